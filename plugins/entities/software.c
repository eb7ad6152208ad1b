/* software.c: software, services and technologies by the noun of
 * their kind beside their names (data/software-nouns.tsv): "the
 * Swapster network", "the ZipShare file-sharing system", "a program
 * called Tallyho".  The names it finds join products_by_noun()'s
 * (rules-context.c), which drops those that speak or own anywhere and
 * relabels the rest MISC at every mention. */

#include "entities.h"

#include <string.h>

enum
{
  SOFTWARE_BEFORE = 1 << 0, /* the name stands before the noun */
  SOFTWARE_CALLED = 1 << 1, /* the name follows the noun and "called" */
};

GHashTable *
software_nouns_load (const char *data_dir, GError **error)
{
  static const char shape[] = "WORD<TAB>before or called<TAB>SOURCE";
  g_autofree char *path = g_build_filename (data_dir, "software-nouns.tsv", NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 3, 3, shape, error))
        goto fail;
      /* A word before its name names it after "called" too. */
      guint bits = strcmp (row->fields[1], "before") == 0   ? SOFTWARE_BEFORE | SOFTWARE_CALLED
                   : strcmp (row->fields[1], "called") == 0 ? SOFTWARE_CALLED
                                                            : 0;
      const char *wrong = bits == 0                      ? "an unknown place of the name"
                          : *row->fields[0] == '\0'      ? "an empty word"
                          : strchr (row->fields[0], ' ') ? "a word of more than one word"
                          : *row->fields[2] == '\0'      ? "an empty source"
                                                         : NULL;
      if (wrong)
        {
          assay_data_row_set_error (error, table, row, "%s; write %s", wrong, shape);
          goto fail;
        }
      g_hash_table_insert (words, assay_text_fold (row->fields[0], -1), GUINT_TO_POINTER (bits));
    }
  return words;
fail:
  g_hash_table_unref (words);
  return NULL;
}

/* The software-nouns.tsv bits of word @w written in lowercase; after
 * "called" cues.tsv's kinds of software and technology count too ("a
 * technology called FlowCast", "software named Tallyho"). */
static guint
software_bits (const Scan *scan, const Word *w)
{
  if (w->upper || !g_ascii_islower (w->text[0]))
    return 0;
  guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (scan->e->software_nouns, w->key));
  return bits | ((w->cue & (CUE_PRODUCT_NOUN | CUE_TECH_NOUN)) ? SOFTWARE_CALLED : 0);
}

/* Whether span @p stands before a kind of software after an article:
 * "the Swapster network", "a Pixly service", a kind of software of
 * cues.tsv between ("the ZipShare file-sharing system").  Not an
 * acronym (a broadcaster's: "the NBC network", a tax's: "the VAT
 * system"), nor before a kind of person ("the Swapster network
 * engineer"). */
static gboolean
named_before (const Scan *scan, const Span *p)
{
  guint n = scan->words->len, i = p->b;
  if (p->a == 0 || i + 1 >= n)
    return FALSE;
  const Word *w = word_at (scan, i);
  if (!w->upper && (w->cue & CUE_PRODUCT_NOUN) && i + 2 < n)
    w = word_at (scan, ++i);
  if (!(software_bits (scan, w) & SOFTWARE_BEFORE))
    return FALSE;
  const char *article = word_at (scan, p->a - 1)->key;
  if (strcmp (article, "the") != 0 && strcmp (article, "a") != 0 && strcmp (article, "an") != 0)
    return FALSE;
  if (p->b - p->a == 1 && word_at (scan, p->a)->capitals)
    return FALSE;
  return i + 1 >= n || !(first_name_flags (scan, word_at (scan, i + 1)) & NAME_WORD_PERSON_NOUN);
}

/* Whether span @p follows a kind of software and "called" or "named":
 * "a program called Tallyho", "a technology called FlowCast". */
static gboolean
named_called (const Scan *scan, const Span *p)
{
  if (p->a < 2)
    return FALSE;
  const char *verb = word_at (scan, p->a - 1)->key;
  if (strcmp (verb, "called") != 0 && strcmp (verb, "named") != 0)
    return FALSE;
  return (software_bits (scan, word_at (scan, p->a - 2)) & SOFTWARE_CALLED) != 0;
}

void
software_names (Scan *scan, GHashTable **products)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || !(named_before (scan, p) || named_called (scan, p)) || !unlisted_name (scan, p))
        continue;
      if (!*products)
        *products = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *raw = words_text (scan, p->a, p->b);
      g_hash_table_add (*products, assay_text_fold (raw, -1));
    }
}
