/* assay-stories.c: stories in the output, and the spool that lets each
 * `doc` record name its story.
 *
 * A story is decided in the cross-document phase, after every document has
 * passed; its `doc` records come first in the output.  So while a pipeline
 * has a cross-document phase, the writer puts document records in a spool
 * (an unlinked temporary file: memory stays bounded by the documents in
 * flight, whatever the archive), the stages' finish() emit their story and
 * finding records into memory, and then the spool is copied to the output
 * with `"story":ID` written first in each named document's `meta`.  The
 * price is one more pass over the document records on disk, and no output
 * before the end of the run.
 */
#include "assay-private.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct _AssayStorySpool
{
  FILE *file;
  /* document id -> GPtrArray of story ids (owned by names), in the order
   * they were given: ids are not unique in every input (assay warns), and
   * the k-th record with an id takes the k-th story that names it. */
  GHashTable *story_of;
  GHashTable *stamped; /* document id -> records with it stamped so far */
  GStringChunk *names;
  char *current;        /* the story findings are emitted into, or NULL */
  GHashTable *ids;      /* story ids used (keys in names) */
};

AssayStorySpool *
assay_story_spool_new (GError **error)
{
  g_autofree char *path = NULL;
  int fd = g_file_open_tmp ("assay-spool-XXXXXX", &path, error);
  if (fd < 0)
    {
      g_prefix_error (error, "holding the documents until their stories are known: ");
      return NULL;
    }
  /* Unlinked at once: a killed run leaves nothing behind. */
  unlink (path);
  FILE *file = fdopen (fd, "w+");
  if (file == NULL)
    {
      int saved = errno;
      close (fd);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "holding the documents until their stories are known: %s", g_strerror (saved));
      return NULL;
    }
  AssayStorySpool *spool = g_new0 (AssayStorySpool, 1);
  spool->file = file;
  spool->story_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  spool->stamped = g_hash_table_new (g_str_hash, g_str_equal);
  spool->ids = g_hash_table_new (g_str_hash, g_str_equal);
  spool->names = g_string_chunk_new (4096);
  return spool;
}

void
assay_story_spool_free (AssayStorySpool *spool)
{
  if (spool == NULL)
    return;
  fclose (spool->file);
  g_hash_table_unref (spool->story_of);
  g_hash_table_unref (spool->stamped);
  g_hash_table_unref (spool->ids);
  g_string_chunk_free (spool->names);
  g_free (spool);
}

FILE *
assay_story_spool_file (AssayStorySpool *spool)
{
  return spool->file;
}

const char *
assay_story_spool_current (const AssayStorySpool *spool)
{
  return spool ? spool->current : NULL;
}

gboolean
assay_story_spool_begin (AssayStorySpool *spool,
                         GString *out,
                         const char *id,
                         const char *const *doc_ids,
                         guint n_docs,
                         const char *from,
                         const char *to,
                         const AssayStoryTie *ties,
                         guint n_ties,
                         GError **error)
{
  if (id == NULL || *id == '\0' || g_hash_table_contains (spool->ids, id))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "story id '%s' is empty or used twice: each story needs an id of its own", id ? id : "");
      return FALSE;
    }
  char *story = g_string_chunk_insert_const (spool->names, id);
  g_hash_table_add (spool->ids, story);
  for (guint i = 0; i < n_docs; i++)
    {
      GPtrArray *stories = g_hash_table_lookup (spool->story_of, doc_ids[i]);
      if (stories == NULL)
        g_hash_table_insert (spool->story_of, g_string_chunk_insert_const (spool->names, doc_ids[i]),
                             stories = g_ptr_array_new ());
      g_ptr_array_add (stories, story);
    }
  spool->current = story;

  AssayJsonWriter w;
  assay_json_writer_init (&w, out);
  assay_json_begin_object (&w);
  assay_json_key (&w, "type");
  assay_json_string (&w, "story");
  assay_json_key (&w, "id");
  assay_json_string (&w, story);
  assay_json_key (&w, "docs");
  assay_json_begin_array (&w);
  for (guint i = 0; i < n_docs; i++)
    assay_json_string (&w, doc_ids[i]);
  assay_json_end_array (&w);
  if (from)
    {
      assay_json_key (&w, "from");
      assay_json_string (&w, from);
    }
  if (to)
    {
      assay_json_key (&w, "to");
      assay_json_string (&w, to);
    }
  assay_json_key (&w, "ties");
  assay_json_begin_array (&w);
  for (guint i = 0; i < n_ties; i++)
    {
      assay_json_begin_object (&w);
      assay_json_key (&w, "type");
      assay_json_string (&w, ties[i].type);
      assay_json_key (&w, "value");
      assay_json_string (&w, ties[i].value);
      if (ties[i].label)
        {
          assay_json_key (&w, "label");
          assay_json_string (&w, ties[i].label);
        }
      assay_json_end_object (&w);
    }
  assay_json_end_array (&w);
  assay_json_end_object (&w);
  g_string_append_c (out, '\n');
  return TRUE;
}

void
assay_story_spool_end (AssayStorySpool *spool)
{
  spool->current = NULL;
}

/* The id of a doc record, unescaped, and where its meta object opens.  The
 * writer made the record, so its shape is known:
 * {"type":"doc","id":"...","meta":{ */
static gboolean
doc_record_id (const char *line, gsize length, GString *id, gsize *meta_open)
{
  static const char head[] = "{\"type\":\"doc\",\"id\":\"";
  if (length < sizeof head || memcmp (line, head, sizeof head - 1) != 0)
    return FALSE;
  g_string_truncate (id, 0);
  gsize i = sizeof head - 1;
  while (i < length && line[i] != '"')
    {
      if (line[i] != '\\' || i + 1 >= length)
        {
          g_string_append_c (id, line[i++]);
          continue;
        }
      char c = line[i + 1];
      if (c == 'u' && i + 5 < length)
        {
          /* Only what the writer escapes this way: controls, below U+0020. */
          char hex[5] = { line[i + 2], line[i + 3], line[i + 4], line[i + 5], 0 };
          g_string_append_unichar (id, (gunichar) g_ascii_strtoull (hex, NULL, 16));
          i += 6;
          continue;
        }
      const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
      const char *at = strchr (from, c);
      g_string_append_c (id, at ? to[at - from] : c);
      i += 2;
    }
  static const char meta[] = "\",\"meta\":{";
  if (i + sizeof meta - 1 > length || memcmp (line + i, meta, sizeof meta - 1) != 0)
    return FALSE;
  *meta_open = i + sizeof meta - 1;
  return TRUE;
}

/* The bytes of a leading "story":"..." member (and its comma) at @p. */
static gsize
skip_story_key (const char *p, gsize length)
{
  static const char key[] = "\"story\":\"";
  if (length < sizeof key || memcmp (p, key, sizeof key - 1) != 0)
    return 0;
  gsize i = sizeof key - 1;
  while (i < length && p[i] != '"')
    i += p[i] == '\\' ? 2 : 1;
  if (i >= length)
    return 0;
  i++; /* the closing quote */
  return i < length && p[i] == ',' ? i + 1 : i;
}

gboolean
assay_story_spool_stamp (AssayStorySpool *spool,
                         FILE *in,
                         const char *in_name,
                         FILE *out,
                         guint64 *n_records,
                         GError **error)
{
  char *line = NULL;
  size_t capacity = 0;
  ssize_t length;
  guint64 n = 0;
  GString *id = g_string_new (NULL);
  GString *story = g_string_new (NULL);
  gboolean written = TRUE;
  while (written && (length = getline (&line, &capacity, in)) > 0)
    {
      gsize meta_open;
      const char *name = NULL;
      n++;
      GPtrArray *stories = NULL;
      if (g_hash_table_size (spool->story_of) > 0 && doc_record_id (line, length, id, &meta_open))
        stories = g_hash_table_lookup (spool->story_of, id->str);
      if (stories)
        {
          gpointer key, count = NULL;
          if (!g_hash_table_lookup_extended (spool->stamped, id->str, &key, &count))
            key = g_string_chunk_insert_const (spool->names, id->str);
          guint k = GPOINTER_TO_UINT (count);
          name = stories->pdata[MIN (k, stories->len - 1)];
          g_hash_table_insert (spool->stamped, key, GUINT_TO_POINTER (k + 1));
        }
      if (name == NULL)
        {
          written = fwrite (line, 1, length, out) == (size_t) length;
          continue;
        }
      AssayJsonWriter w;
      g_string_truncate (story, 0);
      assay_json_writer_init (&w, story);
      assay_json_key (&w, "story");
      assay_json_string (&w, name);
      /* A story the input named stands first in meta (assay-output.c):
       * the one found replaces it. */
      gsize rest = meta_open + skip_story_key (line + meta_open, length - meta_open);
      if (line[rest] != '}')
        g_string_append_c (story, ',');
      written = fwrite (line, 1, meta_open, out) == meta_open && fwrite (story->str, 1, story->len, out) == story->len
                && fwrite (line + rest, 1, length - rest, out) == (size_t) (length - rest);
    }
  int saved = errno;
  gboolean read_error = ferror (in);
  free (line);
  g_string_free (id, TRUE);
  g_string_free (story, TRUE);
  if (n_records)
    *n_records = n;
  if (!written)
    {
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "writing the output failed: %s", g_strerror (saved));
      return FALSE;
    }
  if (read_error)
    {
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "reading %s failed: %s",
                   in_name ? in_name : "back the documents held until their stories were known", g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

gboolean
assay_story_spool_copy (AssayStorySpool *spool, FILE *out, GError **error)
{
  if (fflush (spool->file) != 0 || fseeko (spool->file, 0, SEEK_SET) != 0)
    {
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
                   "reading back the documents held until their stories were known failed: %s", g_strerror (errno));
      return FALSE;
    }
  return assay_story_spool_stamp (spool, spool->file, NULL, out, NULL, error);
}
