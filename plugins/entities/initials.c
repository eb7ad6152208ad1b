/* Initials that stand for a person: two or three capitals the tagger
 * reads as an organisation ("QX" as the UN is written) are a person's
 * where the document ties them to one: a phrase of person-aliases.tsv
 * between them and a person's name ("says QX, also known as Quentin
 * Xavier"), or the initials of a person named in the document with "he",
 * "she", "his" or "her" right after them ("Quentin Xavier ... QX said he
 * would"). */
#include "entities.h"

#include <string.h>

enum
{
  /* Words of a phrase: "whose real name is" is four; longer ones are
   * sentences, not aliases. */
  ALIAS_MAX_WORDS = 4,
  /* Within this many words after a mention a pronoun is the mention's:
   * "QX said he", "QX, 34, said she". */
  PRONOUN_REACH = 4
};

struct _PersonAliases
{
  /* Each phrase's words, folded, NULL-ended. */
  GPtrArray *phrases;
};

void
person_aliases_free (PersonAliases *aliases)
{
  if (aliases == NULL)
    return;
  g_ptr_array_unref (aliases->phrases);
  g_free (aliases);
}

PersonAliases *
person_aliases_load (const char *data_dir, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, "person-aliases.tsv", NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  PersonAliases *aliases = g_new0 (PersonAliases, 1);
  aliases->phrases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 2, 2, "PHRASE<TAB>SOURCE", error))
        goto fail;
      g_autofree char *folded = assay_text_fold (row->fields[0], -1);
      char **words = g_strsplit (folded, " ", -1);
      guint n = g_strv_length (words);
      /* an empty word (two spaces, a space at an end) would match no
       * word of a text: a row that silently never fires */
      gboolean empty = n == 0;
      for (guint k = 0; k < n && !empty; k++)
        empty = *words[k] == '\0';
      if (empty || n > ALIAS_MAX_WORDS || *row->fields[1] == '\0')
        {
          g_strfreev (words);
          assay_data_row_set_error (error, table, row,
                                    "a phrase of one to %d words, one space between each, and a source; write "
                                    "PHRASE<TAB>SOURCE",
                                    ALIAS_MAX_WORDS);
          goto fail;
        }
      g_ptr_array_add (aliases->phrases, words);
    }
  return aliases;
fail:
  person_aliases_free (aliases);
  return NULL;
}

/* Whether span @p is initials the tagger or a rule may have misread:
 * one word of two or three ASCII capitals, no list's name. */
static gboolean
initials_span (const Scan *scan, const Span *p)
{
  if (p->dropped || p->b - p->a != 1 || p->kb || p->place || p->listed || p->work || p->team
      || p->source > SOURCE_RULE || strcmp (p->label, "PERSON") == 0)
    return FALSE;
  const Word *w = word_at (scan, p->a);
  gsize n = w->end - w->start;
  if (!w->capitals || n < 2 || n > 3)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (!g_ascii_isupper (w->text[k]))
      return FALSE;
  return TRUE;
}

static gboolean
is_skippable (const Word *w)
{
  return strcmp (w->key, ",") == 0 || strcmp (w->key, "(") == 0 || strcmp (w->key, ":") == 0;
}

/* The word after a phrase of person-aliases.tsv that starts at word @i
 * (a comma or bracket before it skipped; "is", "was", a comma after it),
 * or 0 where none starts there. */
static guint
alias_phrase_end (const Scan *scan, guint i, guint n)
{
  if (i < n && is_skippable (word_at (scan, i)))
    i++;
  if (i >= n || word_at (scan, i)->upper)
    return 0;
  const GPtrArray *phrases = scan->e->person_aliases->phrases;
  for (guint k = 0; k < phrases->len; k++)
    {
      char **words = g_ptr_array_index (phrases, k);
      guint j = i, m = 0;
      while (words[m] && j < n && !word_at (scan, j)->sentence_start
             && strcmp (word_at (scan, j)->key, words[m]) == 0)
        j++, m++;
      if (words[m] || j >= n || word_at (scan, j)->sentence_start)
        continue;
      const Word *w = word_at (scan, j);
      if ((strcmp (w->key, "is") == 0 || strcmp (w->key, "was") == 0 || is_skippable (w)) && j + 1 < n
          && !word_at (scan, j + 1)->sentence_start)
        j++;
      return j;
    }
  return 0;
}

/* Whether span @q is a person's name of two or three words whose first
 * is a first name (first-names.tsv): the tagger's person of another
 * shape ("the firm ZQ, known as Zell Quarry") may be a body's name, and
 * its initials with it. */
static gboolean
named_person (const Scan *scan, const Span *q)
{
  return q && !q->dropped && q->b - q->a >= 2 && q->b - q->a <= 3 && strcmp (q->label, "PERSON") == 0
         && (first_name_flags (scan, word_at (scan, q->a)) & NAME_WORD_FIRST);
}

/* The person's span the phrase after initials @p names, else NULL. */
static const Span *
aliased_person (const Scan *scan, const Span *p)
{
  guint n = scan->words->len;
  guint j = alias_phrase_end (scan, p->b, n);
  if (j == 0)
    return NULL;
  const Span *q = span_at (scan, word_at (scan, j)->span);
  return named_person (scan, q) && q->a == j ? q : NULL;
}

/* Whether "he", "she", "his" or "her" follows word @i within
 * PRONOUN_REACH words of its sentence. */
static gboolean
pronoun_after (const Scan *scan, guint i)
{
  static const char *const pronouns[] = { "he", "she", "his", "her", NULL };
  guint n = scan->words->len;
  for (guint j = i + 1; j < n && j <= i + PRONOUN_REACH && !word_at (scan, j)->sentence_start; j++)
    {
      const Word *w = word_at (scan, j);
      if ((w->cue & CUE_FUNCTION) && (w->key[0] == 'h' || w->key[0] == 's') && key_in (w->key, pronouns))
        return TRUE;
    }
  return FALSE;
}

/* Whether the capitalised words of person @q start with
 * the letters of @initials, in order. */
static gboolean
initials_of (const Scan *scan, const Span *q, const char *initials)
{
  gsize k = 0;
  for (guint m = q->a; m < q->b; m++)
    {
      const Word *w = word_at (scan, m);
      if (!w->upper)
        continue;
      if (initials[k] == '\0' || g_ascii_toupper (w->text[0]) != initials[k])
        return FALSE;
      k++;
    }
  return initials[k] == '\0';
}

/* Makes every mention of initials @key in the document, but the lists'
 * names, the person @q's. */
static void
spread_person (Scan *scan, const char *key, const Span *q)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (!initials_span (scan, p) || strcmp (word_at (scan, p->a)->key, key) != 0)
        continue;
      p->label = "PERSON";
      g_free (p->canonical);
      p->canonical = g_strdup (q->canonical);
      g_clear_pointer (&p->country, g_free);
    }
}

void
mend_initialled_aliases (Scan *scan)
{
  /* Most documents have no initials the tagger misread: one pass over
   * the spans tells, before any look-up. */
  guint n_spans = scan->spans->len;
  gboolean any = FALSE;
  for (guint k = 0; k < n_spans && !any; k++)
    any = initials_span (scan, span_at (scan, k));
  if (!any)
    return;
  for (guint k = 0; k < n_spans; k++)
    {
      const Span *p = span_at (scan, k);
      if (!initials_span (scan, p))
        continue;
      const Span *q = aliased_person (scan, p);
      if (q == NULL && pronoun_after (scan, p->b - 1))
        {
          char initials[4];
          g_strlcpy (initials, word_at (scan, p->a)->text, sizeof initials);
          for (guint m = 0; m < n_spans && q == NULL; m++)
            {
              const Span *r = span_at (scan, m);
              if (named_person (scan, r) && initials_of (scan, r, initials))
                q = r;
            }
        }
      if (q)
        spread_person (scan, word_at (scan, p->a)->key, q);
    }
}
