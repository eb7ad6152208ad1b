/* people.c: the first-names rule of the entities stage (mend_first_names)
 * and its lists, first-names.tsv and english-words.tsv. */

#include "entities.h"

#include <string.h>

#include <assay/assay-data.h>
#include <assay/assay-text.h>

/* Adds each row's first field of @file of @data_dir, folded, to @names
 * with @flag; FALSE with @error naming file and line. */
static gboolean
name_words_add (WordMap *names, const char *data_dir, const char *file, guint flag, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, file, NULL);
  AssayDataTable *table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  guint n = assay_data_table_get_n_rows (table);
  guint width = flag == NAME_WORD_FIRST ? 2 : 1;
  for (guint i = 0; i < n; i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, width, width, flag == NAME_WORD_FIRST ? "NAME<TAB>LANGUAGES" : "WORD",
                                 error))
        {
          assay_data_table_free (table);
          return FALSE;
        }
      g_autofree char *key = assay_text_fold (row->fields[0], -1);
      word_map_add (names, key, flag);
    }
  assay_data_table_free (table);
  return TRUE;
}

WordMap *
first_names_load (const char *data_dir, GError **error)
{
  WordMap *names = word_map_new ();
  if (!name_words_add (names, data_dir, "first-names.tsv", NAME_WORD_FIRST, error)
      || !name_words_add (names, data_dir, "english-words.tsv", NAME_WORD_ENGLISH, error)
      || !name_words_add (names, data_dir, "person-nouns.tsv", NAME_WORD_PERSON_NOUN, error))
    {
      word_map_free (names);
      return NULL;
    }
  return names;
}

gboolean
person_noun_before_name (Scan *scan, guint a, guint b)
{
  /* Three or four words: the kind of person, a first name, one or two
   * more; none a function word ("Uncle Roy All Around You" is a work). */
  if (b - a < 3 || b - a > 4)
    return FALSE;
  const Word *kind = word_at (scan, a), *first = word_at (scan, a + 1);
  guint kind_flags = word_map_get (scan->e->first_names, kind->key, kind->hash);
  if (!kind->upper || kind->capitals || !(kind_flags & NAME_WORD_PERSON_NOUN) || (kind_flags & NAME_WORD_FIRST)
      || !first->upper || first->capitals || !(word_map_get (scan->e->first_names, first->key, first->hash) & NAME_WORD_FIRST))
    return FALSE;
  for (guint k = a + 1; k < b; k++)
    if (!word_at (scan, k)->upper || (word_at (scan, k)->cue & CUE_FUNCTION))
      return FALSE;
  return TRUE;
}

/* The tagger reads "Iga Swiatek", "Marion Bartoli" as organisations
 * where it never saw the first name: two capitalised words (neither in
 * capitals) opening with a first name of first-names.tsv, neither a cue
 * word (an org-head, a loc-head such as Road, a title, a month) nor a
 * listed name but a person's, are a person, whatever label the tagger
 * gave them.  Not where the second word is a lowercase English word:
 * the list holds Nou, Monte, Merrill, Leyton, and on the BBC archive
 * "Merrill Lynch", "Nou Camp", "Leyton Orient" were most of its wrong
 * people, few surnames being such words. */
void
mend_first_names (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i + 1 < we; i++)
    {
      Span *s = span_at (scan, word_at (scan, i)->span);
      if (!s || s->a != i || s->b != i + 2 || s->source != SOURCE_TAGGER || strcmp (s->label, "PERSON") == 0)
        continue;
      gboolean plain = TRUE;
      for (guint k = i; k < i + 2 && plain; k++)
        {
          const Word *w = word_at (scan, k);
          /* A word the lists hint or know alone as a place, a company
           * or an organisation ("Kansas City", "Lada Togliatti", "Aston
           * Villa", "San Andreas") is no part of a person's name here:
           * on the BBC archive, letting a small town's name through
           * (Marion Bartoli) turned more places into people than it
           * mended. */
          const GazetteerEntry *alone = w->known.single;
          plain = w->upper && !w->capitals && g_unichar_isalpha (g_utf8_get_char (scan->text + w->start)) && w->cue == 0
                  && (k == i || !(word_map_get (scan->e->first_names, w->key, w->hash) & NAME_WORD_ENGLISH))
                  && (k == i || !w->glued) && (!w->hint || strcmp (w->hint->label, "PERSON") == 0)
                  && (!alone || strcmp (alone->label, "PERSON") == 0);
        }
      const Word *first = word_at (scan, i);
      if (!plain || !(word_map_get (scan->e->first_names, first->key, first->hash) & NAME_WORD_FIRST))
        continue;
      s->label = "PERSON";
      s->place = FALSE;
      g_clear_pointer (&s->kb, g_free);
      g_clear_pointer (&s->country, g_free);
    }
}
