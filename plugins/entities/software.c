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
  SOFTWARE_OWN = 1 << 2,    /* the name's possessive is its own: "Krellix's spread" */
};

/* The value software_names() gives a name whose possessive is its own:
 * a malicious program's "Krellix's spread" tells no owner. */
static const char own_possessive[] = "own";

/* A software-nouns.tsv row's SOFTWARE_ bits: a word before its name
 * names it after "called" too. */
static guint
software_row_bits (const AssayDataRow *row, const char **wrong)
{
  const char *where = row->fields[1];
  guint bits = strcmp (where, "before") == 0    ? SOFTWARE_BEFORE | SOFTWARE_CALLED
               : strcmp (where, "program") == 0 ? SOFTWARE_BEFORE | SOFTWARE_CALLED | SOFTWARE_OWN
               : strcmp (where, "called") == 0  ? SOFTWARE_CALLED
                                                 : 0;
  if (bits == 0)
    *wrong = "an unknown place of the name";
  return bits;
}

GHashTable *
software_nouns_load (const char *data_dir, guint64 bits[8], GError **error)
{
  GHashTable *words = word_table_load (data_dir, "software-nouns.tsv", "WORD<TAB>before, program or called<TAB>SOURCE", 3,
                                       software_row_bits, error);
  if (words == NULL)
    return NULL;
  word_table_hash_bits (words, bits, 8);
  return words;
}

/* The software-nouns.tsv bits of word @w written in lowercase; after
 * "called" cues.tsv's kinds of software and technology count too ("a
 * technology called FlowCast", "software named Tallyho"). */
static guint
software_bits (const Scan *scan, const Word *w)
{
  if (w->upper)
    return 0;
  guint bits = (w->cue & (CUE_PRODUCT_NOUN | CUE_TECH_NOUN)) ? SOFTWARE_CALLED : 0;
  /* The key's hash bit first, as products.c's: it tells most words
   * after a name (a verb, "and", "of") they are none without hashing
   * the key again. */
  if (word_hash_bit (scan->e->software_bits, 8, w->hash))
    bits |= GPOINTER_TO_UINT (g_hash_table_lookup (scan->e->software_nouns, w->key));
  return bits;
}

/* Whether the words before span @p, to word @a, say it is something's
 * by name: an article ("the", "a", "an") or an owner's possessive
 * after a name ("Tunely's", "a Tunely's" being no English), with one
 * lowercase word between or none ("the popular", "Tunely's new"). */
static gboolean
named_thing (const Scan *scan, guint a)
{
  for (guint skip = 0; skip < 2 && a > skip; skip++)
    {
      const Word *w = word_at (scan, a - 1 - skip);
      const char *key = w->key;
      if (key[0] == 't' ? strcmp (key, "the") == 0 : key[0] == 'a' && (key[1] == '\0' || strcmp (key, "an") == 0))
        return TRUE;
      if (is_possessive (w))
        return a - skip >= 2 && word_at (scan, a - 2 - skip)->upper;
      if (w->upper || (w->cue & CUE_VERB))
        return FALSE;
    }
  return FALSE;
}

/* The SOFTWARE_ bits of the kind of software span @p stands before
 * after an article
 * or an owner's possessive: "the Swapster network", "a Pixly
 * service", "Tunely's Beatbox service", a kind of software of cues.tsv
 * between ("the ZipShare file-sharing system").  Not an acronym (a
 * broadcaster's: "the NBC network", a tax's: "the VAT system"), nor
 * before a kind of person ("the Swapster network engineer"); or 0. */
static guint
named_before (const Scan *scan, const Span *p)
{
  guint n = scan->words->len, i = p->b;
  if (p->a == 0 || i + 1 >= n)
    return 0;
  const Word *w = word_at (scan, i);
  if (!w->upper && (w->cue & CUE_PRODUCT_NOUN) && i + 2 < n)
    w = word_at (scan, ++i);
  guint bits = software_bits (scan, w);
  if (!(bits & SOFTWARE_BEFORE) || !named_thing (scan, p->a))
    return 0;
  if (p->b - p->a == 1 && word_at (scan, p->a)->capitals)
    return 0;
  if (i + 1 < n && (first_name_flags (scan, word_at (scan, i + 1)) & NAME_WORD_PERSON_NOUN))
    return 0;
  return bits;
}

/* Whether span @p follows a kind of software and "called" or "named":
 * "a program called Tallyho", "a technology called FlowCast". */
static gboolean
named_called (const Scan *scan, const Span *p)
{
  if (p->a < 2)
    return FALSE;
  const char *verb = word_at (scan, p->a - 1)->key;
  if ((verb[0] != 'c' && verb[0] != 'n') || (strcmp (verb, "called") != 0 && strcmp (verb, "named") != 0))
    return FALSE;
  return (software_bits (scan, word_at (scan, p->a - 2)) & SOFTWARE_CALLED) != 0;
}

void
software_names (Scan *scan, GHashTable **products)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped)
        continue;
      guint bits = named_before (scan, p);
      if (!(bits || named_called (scan, p)) || !unlisted_name (scan, p))
        continue;
      if (!*products)
        *products = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *raw = words_text (scan, p->a, p->b);
      char *key = assay_text_fold (raw, -1);
      if (bits & SOFTWARE_OWN)
        g_hash_table_insert (*products, key, (gpointer) own_possessive);
      else if (!g_hash_table_contains (*products, key))
        g_hash_table_add (*products, key);
      else
        g_free (key);
    }
}

gboolean
software_own_possessive (GHashTable *products, const char *key)
{
  return g_hash_table_lookup (products, key) == own_possessive;
}
