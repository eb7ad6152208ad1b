/* words.c: cutting sentences into words and finding cue phrases in them.
 *
 * Claims are read by cue phrases (cues.tsv), and every word of every
 * sentence may start one of any kind.  Looking each phrase up by kind and
 * length, building the phrase each time, made claim reading the stage's
 * whole cost.  So the phrases are a trie over word ids: a word's folded
 * form is looked up once, an unknown word (most words) ends the walk at
 * once, and one walk from each word finds the cues of every kind that
 * start there.
 */
#include "words.h"

#include <string.h>

typedef struct
{
  guint kind;
  guint length; /* in words */
  const char *value;
} CueMatch;

typedef struct
{
  /* Cues that end at this node, by kind: value, NULL when none. */
  GHashTable *ends; /* GUINT kind -> char* value (owned) */
} Node;

struct _CueTrie
{
  GHashTable *vocabulary; /* folded word -> GUINT id (from 1) */
  GHashTable *edges;      /* GUINT (node << 16 | id) -> GUINT child node */
  GArray *nodes;          /* Node; 0 is the root */
};

#define TRIE_LIMIT 65535

CueTrie *
cue_trie_new (void)
{
  CueTrie *t = g_new0 (CueTrie, 1);
  t->vocabulary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  t->edges = g_hash_table_new (g_direct_hash, g_direct_equal);
  t->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_array_set_size (t->nodes, 1);
  return t;
}

void
cue_trie_free (CueTrie *t)
{
  if (t == NULL)
    return;
  for (guint i = 0; i < t->nodes->len; i++)
    g_clear_pointer (&g_array_index (t->nodes, Node, i).ends, g_hash_table_unref);
  g_array_unref (t->nodes);
  g_hash_table_unref (t->edges);
  g_hash_table_unref (t->vocabulary);
  g_free (t);
}

gboolean
cue_trie_add (CueTrie *t, const char *phrase, guint kind, const char *value)
{
  g_auto (GStrv) words = g_strsplit (phrase, " ", -1);
  guint node = 0;
  for (char **w = words; *w; w++)
    {
      if (**w == '\0')
        continue;
      guint id = GPOINTER_TO_UINT (g_hash_table_lookup (t->vocabulary, *w));
      if (id == 0)
        {
          id = g_hash_table_size (t->vocabulary) + 1;
          if (id > TRIE_LIMIT)
            return FALSE;
          g_hash_table_insert (t->vocabulary, g_strdup (*w), GUINT_TO_POINTER (id));
        }
      gpointer edge = GUINT_TO_POINTER ((node << 16) | id);
      guint child = GPOINTER_TO_UINT (g_hash_table_lookup (t->edges, edge));
      if (child == 0)
        {
          child = t->nodes->len;
          if (child > TRIE_LIMIT)
            return FALSE;
          g_array_set_size (t->nodes, child + 1);
          g_hash_table_insert (t->edges, edge, GUINT_TO_POINTER (child));
        }
      node = child;
    }
  Node *n = &g_array_index (t->nodes, Node, node);
  if (n->ends == NULL)
    n->ends = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_hash_table_insert (n->ends, GUINT_TO_POINTER (kind), g_strdup (value));
  return TRUE;
}

void
words_init (Words *w)
{
  w->text = NULL;
  w->words = g_array_new (FALSE, FALSE, sizeof (Word));
  w->folded = g_string_new (NULL);
  w->matches = g_array_new (FALSE, FALSE, sizeof (CueMatch));
  w->ids = g_array_new (FALSE, FALSE, sizeof (guint));
}

void
words_clear (Words *w)
{
  g_clear_pointer (&w->words, g_array_unref);
  if (w->folded)
    g_string_free (w->folded, TRUE), w->folded = NULL;
  g_clear_pointer (&w->matches, g_array_unref);
  g_clear_pointer (&w->ids, g_array_unref);
}

static gboolean
is_word_char (const char *p, const char *end)
{
  guchar c = *p;
  if (c < 0x80)
    return g_ascii_isalnum (c);
  gunichar u = g_utf8_get_char_validated (p, end - p);
  return u < 0xFFFFFFFE && (g_unichar_isalnum (u) || g_unichar_ismark (u));
}

static const char *
next_char (const char *p)
{
  return (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
}

static void
append_folded (GString *out, const char *p, gsize n)
{
  gboolean ascii = TRUE;
  for (gsize i = 0; i < n && ascii; i++)
    ascii = !((guchar) p[i] & 0x80);
  if (ascii)
    {
      gsize at = out->len;
      g_string_append_len (out, p, n);
      for (gsize i = at; i < out->len; i++)
        out->str[i] = g_ascii_tolower (out->str[i]);
    }
  else
    {
      g_autofree char *folded = assay_text_fold (p, n);
      g_string_append (out, folded);
    }
  g_string_append_c (out, '\0');
}

/* Every cue that starts at word @i, longest of each kind. */
static void
match_at (Words *w, const CueTrie *t, guint i, const guint *ids)
{
  Word *word = &g_array_index (w->words, Word, i);
  word->matches = w->matches->len;
  guint node = 0;
  for (guint j = i; j < w->words->len && ids[j]; j++)
    {
      node = GPOINTER_TO_UINT (g_hash_table_lookup (t->edges, GUINT_TO_POINTER ((node << 16) | ids[j])));
      if (node == 0)
        break;
      GHashTable *ends = g_array_index (t->nodes, Node, node).ends;
      if (ends == NULL)
        continue;
      GHashTableIter iter;
      gpointer kind, value;
      g_hash_table_iter_init (&iter, ends);
      while (g_hash_table_iter_next (&iter, &kind, &value))
        {
          CueMatch m = { GPOINTER_TO_UINT (kind), j - i + 1, value };
          /* The word alone is kept (words_value()); of the longer ones of
           * a kind, the longest. */
          gboolean replaced = FALSE;
          for (guint k = word->matches; m.length > 1 && k < w->matches->len && !replaced; k++)
            {
              CueMatch *o = &g_array_index (w->matches, CueMatch, k);
              if (o->kind == m.kind && o->length > 1)
                *o = m, replaced = TRUE;
            }
          if (!replaced)
            g_array_append_val (w->matches, m);
          word->kinds |= 1u << m.kind;
          if (j == i)
            word->single |= 1u << m.kind;
        }
    }
  word->n_matches = w->matches->len - word->matches;
}

void
words_cut (Words *w, const CueTrie *t, const char *text, gsize start, gsize end)
{
  w->text = text;
  g_array_set_size (w->words, 0);
  g_string_truncate (w->folded, 0);
  g_array_set_size (w->matches, 0);
  const char *p = text + start, *stop = text + end;
  while (p < stop)
    {
      if (!is_word_char (p, stop))
        {
          p = next_char (p);
          continue;
        }
      const char *first = p;
      while (p < stop)
        {
          if (is_word_char (p, stop))
            {
              p = next_char (p);
              continue;
            }
          const char *next = next_char (p);
          gunichar c = (guchar) *p < 0x80 ? (guchar) *p : g_utf8_get_char (p);
          gboolean number_mark = (c == ',' || c == '.') && g_ascii_isdigit (p[-1]);
          gboolean joins = (c == '-' || c == '\'' || c == 0x2019 || number_mark) && next < stop
                           && is_word_char (next, stop) && (!number_mark || g_ascii_isdigit (*next));
          if (!joins)
            break;
          p = next;
        }
      Word word = { first - text, p - text, w->folded->len, 0, 0, 0, 0 };
      append_folded (w->folded, first, p - first);
      g_array_append_val (w->words, word);
    }
  /* Word ids once, then one walk from each word that can start a cue. */
  g_array_set_size (w->ids, w->words->len);
  guint *ids = (guint *) w->ids->data;
  for (guint i = 0; i < w->words->len; i++)
    ids[i] = GPOINTER_TO_UINT (g_hash_table_lookup (t->vocabulary, words_folded (w, i)));
  for (guint i = 0; i < w->words->len; i++)
    if (ids[i])
      match_at (w, t, i, ids);
}

guint
words_cue (const Words *w, guint i, guint kind, const char **value)
{
  if (i >= w->words->len)
    return 0;
  const Word *word = words_at (w, i);
  if (!(word->kinds >> kind & 1))
    return 0;
  guint longest = 0;
  for (guint k = word->matches; k < word->matches + word->n_matches; k++)
    {
      const CueMatch *m = &g_array_index (w->matches, CueMatch, k);
      if (m->kind == kind && m->length > longest)
        {
          longest = m->length;
          if (value)
            *value = m->value;
        }
    }
  return longest;
}

const char *
words_value (const Words *w, guint i, guint kind)
{
  if (!words_is (w, i, kind))
    return NULL;
  /* The single word's own value, not a longer phrase's. */
  const Word *word = words_at (w, i);
  for (guint k = word->matches; k < word->matches + word->n_matches; k++)
    {
      const CueMatch *m = &g_array_index (w->matches, CueMatch, k);
      if (m->kind == kind && m->length == 1)
        return m->value;
    }
  return NULL;
}
