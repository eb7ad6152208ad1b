/* religions.c: the entities stage's religions: religions.tsv's
 * adjectives, and the tagger's one-word name that is one ("Islamic
 * leaders") made a NORP of no country.  Moved out of rules-places.c,
 * which had grown to its limit. */
#include "entities.h"

#include <string.h>

/* religions.tsv (scripts/make-religions.py, from WordNet):
 * RELIGION<TAB>ADJECTIVES ('|'), as a table from each adjective, folded
 * as the words' keys are, to its religion; NULL with @error naming the
 * file and line. */
GHashTable *
religions_load (const char *data_dir, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, "religions.tsv", NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  GHashTable *religions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 2, 2, "RELIGION<TAB>ADJECTIVES", error))
        {
          g_hash_table_unref (religions);
          return NULL;
        }
      if (*row->fields[0] == '\0' || *row->fields[1] == '\0')
        {
          assay_data_row_set_error (error, table, row, "an empty field; write RELIGION<TAB>ADJECTIVES");
          g_hash_table_unref (religions);
          return NULL;
        }
      g_auto (GStrv) adjectives = g_strsplit (row->fields[1], "|", -1);
      for (guint k = 0; adjectives[k]; k++)
        if (*adjectives[k])
          g_hash_table_insert (religions, assay_text_fold (adjectives[k], -1), g_strdup (row->fields[0]));
    }
  return religions;
}

/* A religion's adjective the tagger named alone (MISC, ORG or PERSON:
 * "Islamic leaders") is a NORP of no country, its canonical the
 * religion's name.  Read after the tagger, not claimed by the lists:
 * the lists' class would move the tagger's features and cut the names
 * it begins ("Islamic Jihad", "Islamic Salvation Front"), which stay the
 * tagger's. */
void
mend_religions (Scan *scan)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a != 1 || p->source != SOURCE_TAGGER || strcmp (p->label, "NORP") == 0
          || word_at (scan, p->a)->capitals)
        continue;
      const char *religion = g_hash_table_lookup (scan->e->religions, word_at (scan, p->a)->key);
      if (religion == NULL)
        continue;
      p->label = "NORP";
      g_free (p->canonical), p->canonical = g_strdup (religion);
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
    }
}
