/* ner-clusters.c: the word classes the tagger reads (ner-clusters.tsv,
 * made by scripts/make-word-clusters.py), so that a word eng.train never
 * had is read by the words it behaves like in unlabelled text (Ratinov
 * and Roth 2009's word clusters).
 *
 * The table is keyed by NerToken.word, the hash of the lowercased word
 * the tagger already has: a word's classes are one probe of an
 * open-addressed table, nothing hashed again, made only where the
 * tagger sums a word's own rows afresh (local_rows(), ner.c).  Two words of one hash
 * share the first one's classes, as they share every other row. */
#include "ner.h"
#include "ner-private.h"

#include <string.h>

struct _NerClusters
{
  guint32 mask;
  guint32 *keys;
  guint16 *classes; /* NER_CLUSTER_LEVELS a slot; classes[0] NER_CLUSTER_NONE: empty */
  guint n;
  char *name;       /* the file's base name, as the model file names it */
};

void
ner_clusters_free (NerClusters *c)
{
  if (c == NULL)
    return;
  g_free (c->keys);
  g_free (c->classes);
  g_free (c->name);
  g_free (c);
}

const char *
ner_clusters_name (const NerClusters *c)
{
  return c->name;
}

static guint16 *
probe (const NerClusters *c, guint32 key)
{
  guint32 j = (key * 0x9E3779B1u) & c->mask;
  while (c->classes[(gsize) j * NER_CLUSTER_LEVELS] != NER_CLUSTER_NONE && c->keys[j] != key)
    j = (j + 1) & c->mask;
  return &c->classes[(gsize) j * NER_CLUSTER_LEVELS];
}

NerClusters *
ner_clusters_load (const char *path, GError **error)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (path, &text, NULL, &local))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s", local->message);
      return NULL;
    }
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  guint rows = 0;
  for (guint k = 0; lines[k]; k++)
    rows += lines[k][0] && lines[k][0] != '#';
  NerClusters *c = g_new0 (NerClusters, 1);
  guint size = 16;
  while (size < 2 * rows)
    size *= 2;
  c->mask = size - 1;
  c->keys = g_new0 (guint32, size);
  c->classes = g_new (guint16, (gsize) size * NER_CLUSTER_LEVELS);
  memset (c->classes, 0xff, (gsize) size * NER_CLUSTER_LEVELS * sizeof (guint16));
  c->name = g_path_get_basename (path);
  gboolean header = TRUE;
  for (guint k = 0; lines[k]; k++)
    {
      const char *line = lines[k];
      if (!line[0] || line[0] == '#')
        continue;
      g_auto (GStrv) cols = g_strsplit (line, "\t", -1);
      if (header)
        {
          header = FALSE;
          if (g_strv_length (cols) >= NER_CLUSTER_LEVELS + 1 && strcmp (cols[0], "word") == 0)
            continue;
        }
      guint n = g_strv_length (cols);
      guint16 v[NER_CLUSTER_LEVELS];
      gboolean ok = n >= NER_CLUSTER_LEVELS + 1 && cols[0][0];
      for (guint l = 0; ok && l < NER_CLUSTER_LEVELS; l++)
        {
          guint64 x;
          ok = g_ascii_string_to_unsigned (cols[l + 1], 10, 0, NER_CLUSTER_NONE - 1, &x, NULL);
          v[l] = (guint16) x;
        }
      if (!ok)
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s:%u: not a word and its %d classes (numbers below 65535) by tabs", path, k + 1,
                       NER_CLUSTER_LEVELS);
          ner_clusters_free (c);
          return NULL;
        }
      NerToken t;
      ner_token_init (&t, cols[0], strlen (cols[0]), NULL);
      guint16 *slot = probe (c, t.word);
      if (slot[0] != NER_CLUSTER_NONE)
        continue; /* the first of two words of one hash, or one word twice */
      c->keys[(slot - c->classes) / NER_CLUSTER_LEVELS] = t.word;
      memcpy (slot, v, sizeof v);
      c->n++;
    }
  return c;
}

const guint16 *
ner_clusters_classes (const NerClusters *c, guint32 word)
{
  const guint16 *slot = probe (c, word);
  return slot[0] == NER_CLUSTER_NONE ? NULL : slot;
}
