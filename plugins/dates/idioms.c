/* idioms.c: a time word inside a set phrase that names no time ("called
 * it a day", "saved the day", "the man of the day") is no expression.  The
 * phrases are data/idioms.tsv's (scripts/make-dates-idioms.py). */
#include "dates-private.h"

#include <string.h>

/* The longest word a phrase's key may have: the lookup copies the word
 * on the stack. */
#define IDIOM_WORD_MAX 32

/* Bytes that may stand between a phrase's words in a text: "day in, day
 * out", "day-in-day-out". */
static gboolean
idiom_separator (char c)
{
  return c == ' ' || c == ',' || c == '-';
}

/* Whether @form is the last word of a phrase of kind `ref` ("past" of
 * "the past"): an expression may end in it.  At loading only. */
static gboolean
ends_a_ref (const Dates *d, const char *form)
{
  GHashTableIter it;
  gpointer key;
  gsize n = strlen (form);
  g_hash_table_iter_init (&it, d->refs);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      gsize k = strlen (key);
      if (k >= n && strcmp ((const char *) key + k - n, form) == 0 && (k == n || ((const char *) key)[k - n - 1] == ' '))
        return TRUE;
    }
  return FALSE;
}

gboolean
load_idioms (Dates *d, const char *path, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  d->idioms = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  d->idiom_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 2, 2,
                                 "PHRASE<TAB>SOURCE, words in lowercase, a|b for either form, as "
                                 "save|saved the day<TAB>judged",
                                 error))
        return FALSE;
      const char *phrase = row->fields[0];
      if (strcmp (row->fields[1], "wordnet") != 0 && strcmp (row->fields[1], "judged") != 0)
        {
          assay_data_row_set_error (error, table, row, "the source '%s' is neither wordnet nor judged", row->fields[1]);
          return FALSE;
        }
      if (*phrase == '\0' || strstr (phrase, "  ") || phrase[0] == ' ' || g_str_has_suffix (phrase, " ")
          || strstr (phrase, "||"))
        {
          assay_data_row_set_error (error, table, row, "the phrase '%s' is not words with one space between", phrase);
          return FALSE;
        }
      char **words = g_strsplit (phrase, " ", -1);
      guint idiom = d->idioms->len, keys = 0;
      gboolean gapped = FALSE;
      g_ptr_array_add (d->idioms, words);
      for (guint w = 0; words[w]; w++)
        {
          /* a gap: the words before it hold a key, so that the gap is
           * walked forward from the expression, never back */
          if (strcmp (words[w], "...") == 0)
            {
              if (keys == 0 || w == 0 || words[w + 1] == NULL)
                {
                  assay_data_row_set_error (error, table, row,
                                            "the phrase '%s' has a gap '...' before its unit or at an end", phrase);
                  return FALSE;
                }
              gapped = TRUE;
              continue;
            }
          g_auto (GStrv) forms = g_strsplit (words[w], "|", -1);
          for (guint f = 0; forms[f]; f++)
            {
              if (*forms[f] == '\0' || strlen (forms[f]) >= IDIOM_WORD_MAX)
                {
                  assay_data_row_set_error (error, table, row, "the phrase '%s' has an empty or too long form",
                                            phrase);
                  return FALSE;
                }
              for (const char *c = forms[f]; *c; c++)
                if (g_ascii_isupper (*c))
                  {
                    assay_data_row_set_error (error, table, row, "the phrase '%s' is not in lowercase", phrase);
                    return FALSE;
                  }
              /* keyed by its words that may end an expression, the
               * lexicon's units and parts of the day ("day", "hour")
               * and the last words of its refs ("a thing of the past"):
               * an expression's last word is looked up, and the fewer
               * the keys, the fewer lookups the shapes let through */
              if (gapped
                  || (unit_code (d, forms[f]) == NULL && !g_hash_table_contains (d->parts, forms[f])
                      && !ends_a_ref (d, forms[f])))
                continue;
              keys++;
              GArray *slots = g_hash_table_lookup (d->idiom_words, forms[f]);
              if (slots == NULL)
                {
                  slots = g_array_new (FALSE, FALSE, sizeof (guint32));
                  g_hash_table_insert (d->idiom_words, g_strdup (forms[f]), slots);
                }
              guint32 slot = (idiom << 8) | MIN (w, 255u);
              g_array_append_val (slots, slot);
            }
        }
      if (keys == 0)
        {
          assay_data_row_set_error (error, table, row,
                                    "the phrase '%s' holds no unit, part of the day nor last word of a ref of the "
                                    "lexicon: it would never be found",
                                    phrase);
          return FALSE;
        }
    }
  word_shapes_fill (&d->idiom_shapes, d->idiom_words);
  return TRUE;
}

/* Whether the text before @at ends with @form's @n bytes, a whole word
 * (case aside). */
static gboolean
form_ends_at (const char *text, gsize at, const char *form, gsize n, gsize *word_start)
{
  if (n > at || g_ascii_strncasecmp (text + at - n, form, n) != 0 || (at > n && g_ascii_isalnum (text[at - n - 1])))
    return FALSE;
  *word_start = at - n;
  return TRUE;
}

/* Whether the text from @at starts with @form's @n bytes, a whole word. */
static gboolean
form_starts_at (const char *text, gsize at, const char *form, gsize n, gsize *word_end)
{
  if (g_ascii_strncasecmp (text + at, form, n) != 0 || g_ascii_isalnum (text[at + n]))
    return FALSE;
  *word_end = at + n;
  return TRUE;
}

/* Whether a form of @word (a|b: each in place, no copy) ends at @at
 * (@back) or starts there; its other edge to @edge. */
static gboolean
forms_at (const char *text, gsize at, const char *word, gboolean back, gsize *edge)
{
  for (const char *f = word; *f;)
    {
      const char *bar = strchr (f, '|');
      gsize n = bar ? (gsize) (bar - f) : strlen (f);
      if (back ? form_ends_at (text, at, f, n, edge) : form_starts_at (text, at, f, n, edge))
        return TRUE;
      f += n + (bar != NULL);
    }
  return FALSE;
}

/* The possessives "one's" stands for, as forms of a phrase's word,
 * besides a word in 's. */
#define POSSESSIVES "my|your|his|her|its|our|their"

/* Whether a word in 's (or \u2019s) ends at @at: "Smith's"; its start to
 * @word_start. */
static gboolean
genitive_ends_at (const char *text, gsize at, gsize *word_start)
{
  gsize s = at;
  if (s >= 2 && text[s - 1] == 's' && text[s - 2] == '\'')
    s -= 2;
  else if (s >= 4 && text[s - 1] == 's' && g_str_has_prefix (text + s - 4, "\u2019"))
    s -= 4;
  else
    return FALSE;
  gsize e = s;
  while (s > 0 && g_ascii_isalpha (text[s - 1]))
    s--;
  *word_start = s;
  return s < e;
}

/* Whether a word in 's starts at @at; its end to @word_end. */
static gboolean
genitive_starts_at (const char *text, gsize at, gsize *word_end)
{
  gsize e = at;
  while (g_ascii_isalpha (text[e]))
    e++;
  if (e == at)
    return FALSE;
  if (text[e] == '\'' && text[e + 1] == 's')
    e += 2;
  else if (g_str_has_prefix (text + e, "\u2019s"))
    e += 4;
  else
    return FALSE;
  *word_end = e;
  return !g_ascii_isalnum (text[e]);
}

/* Whether @word of a phrase (its forms a|b, or "one's", any possessive)
 * ends at @at (@back) or starts there; its other edge to @edge. */
static gboolean
word_at (const char *text, gsize at, const char *word, gboolean back, gsize *edge)
{
  if (strcmp (word, "one's") != 0)
    return forms_at (text, at, word, back, edge);
  if (forms_at (text, at, POSSESSIVES, back, edge))
    return TRUE;
  return back ? genitive_ends_at (text, at, edge) : genitive_starts_at (text, at, edge);
}

/* The most words a gap "..." of a phrase spans: "one minute he was
 * there, the next he was gone" holds three; further, the second half is
 * another clause's. */
#define IDIOM_GAP_WORDS 8

static gboolean idiom_from (const char *text, char **words, guint w, gsize at, gsize *phrase_end);

/* Whether the words from @words[@w], "..." first, follow @at after a gap
 * of one to IDIOM_GAP_WORDS words of its sentence (commas allowed: the
 * halves of "one day ..., the next ..." are a comma apart); the end to
 * @phrase_end. */
static gboolean
idiom_after_gap (const char *text, char **words, guint w, gsize at, gsize *phrase_end)
{
  for (guint n = 0; n < IDIOM_GAP_WORDS; n++)
    {
      while (text[at] == ' ' || text[at] == ',')
        at++;
      gsize e = at;
      while (g_ascii_isalnum (text[e]) || text[e] == '\'')
        e++;
      if (e == at)
        return FALSE;
      at = e;
      if (idiom_from (text, words, w + 1, at, phrase_end))
        return TRUE;
    }
  return FALSE;
}

/* Whether the words from @words[@w] follow @at; the end to @phrase_end. */
static gboolean
idiom_from (const char *text, char **words, guint w, gsize at, gsize *phrase_end)
{
  gsize s;
  for (; words[w]; w++)
    {
      if (strcmp (words[w], "...") == 0)
        return idiom_after_gap (text, words, w, at, phrase_end);
      gsize sep = at;
      while (idiom_separator (text[sep]))
        sep++;
      if (sep == at || !word_at (text, sep, words[w], FALSE, &s))
        return FALSE;
      at = s;
    }
  *phrase_end = at;
  return TRUE;
}

/* The subjects that may open the clause after a gapped phrase: "the next
 * he was gone". */
static const char *const subjects[] = { "he", "she", "it", "they", "we", "i", "you", NULL };

/* Whether a phrase with a gap, ended at @at, ends its clause: a mark, a
 * subject, or its key again ("inept the next.", "the next he was gone",
 * "the next minute"); "one minute later, the next train left" is no
 * idiom.  A phrase without a gap ends anywhere. */
static gboolean
gap_closed (const char *text, char **words, guint key, gsize at)
{
  gboolean gapped = FALSE;
  for (guint w = key + 1; words[w] && !gapped; w++)
    gapped = strcmp (words[w], "...") == 0;
  if (!gapped)
    return TRUE;
  while (text[at] == ' ')
    at++;
  if (!g_ascii_isalnum (text[at]))
    return TRUE;
  gsize e;
  for (guint i = 0; subjects[i]; i++)
    if (form_starts_at (text, at, subjects[i], strlen (subjects[i]), &e))
      return TRUE;
  return word_at (text, at, words[key], FALSE, &e);
}

/* Whether @words, its word @key at [@key_start, @key_end), is written
 * around it, from before @start to after @end.  A phrase's "..." (only
 * after its key: load_idioms()) is a gap of a few words ("one minute ...
 * the next"). */
static gboolean
idiom_around (const char *text, char **words, guint key, gsize key_start, gsize key_end, gsize start, gsize end)
{
  gsize at = key_start, s;
  for (guint w = key; w > 0; w--)
    {
      gsize sep = at;
      while (sep > 0 && idiom_separator (text[sep - 1]))
        sep--;
      if (sep == at || !word_at (text, sep, words[w - 1], TRUE, &s))
        return FALSE;
      at = s;
    }
  if (at > start)
    return FALSE;
  if (!idiom_from (text, words, key + 1, key_end, &at) || at < end)
    return FALSE;
  return gap_closed (text, words, key, at);
}

gboolean
idiom_holds (const Dates *d, const char *text, gsize start, gsize end)
{
  /* the expression's last word: its head, the time word ("the day") */
  gsize e = end;
  while (e > start && !g_ascii_isalpha (text[e - 1]))
    e--;
  gsize s = e;
  while (s > start && g_ascii_isalpha (text[s - 1]))
    s--;
  if (s == e || e - s >= IDIOM_WORD_MAX)
    return FALSE;
  /* no phrase holds a word of its length and first letter ("February"):
   * no copy, no hash */
  guchar first = g_ascii_tolower (text[s]);
  if (!(d->idiom_shapes.first[e - s] >> (first >= 'a' && first <= 'z' ? first - 'a' : 26) & 1))
    return FALSE;
  char word[IDIOM_WORD_MAX];
  for (gsize i = 0; i < e - s; i++)
    word[i] = g_ascii_tolower (text[s + i]);
  word[e - s] = '\0';
  GArray *slots = g_hash_table_lookup (d->idiom_words, word);
  if (slots == NULL)
    return FALSE;
  for (guint i = 0; i < slots->len; i++)
    {
      guint32 slot = g_array_index (slots, guint32, i);
      if (idiom_around (text, g_ptr_array_index (d->idioms, slot >> 8), slot & 0xff, s, e, start, end))
        return TRUE;
    }
  return FALSE;
}
