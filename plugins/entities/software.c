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
  SOFTWARE_DEVICE = 1 << 3, /* the name stands right before the noun, no article needed: "GPRS cards" */
  SOFTWARE_ACRONYM = 1 << 4, /* the word is an acronym of a common noun: "DVD", "LAN" */
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
               : strcmp (where, "device") == 0  ? SOFTWARE_DEVICE | SOFTWARE_CALLED
               : strcmp (where, "acronym") == 0 ? SOFTWARE_ACRONYM
                                                 : 0;
  if (bits == 0)
    *wrong = "an unknown place of the name";
  return bits;
}

GHashTable *
software_nouns_load (const char *data_dir, guint64 bits[8], GError **error)
{
  GHashTable *words = word_table_load (data_dir, "software-nouns.tsv", "WORD<TAB>before, program, device, acronym or called<TAB>SOURCE", 3,
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

/* Whether span @p stands right before a kind of device or format
 * (software-nouns.tsv kind device: "GPRS cards", "the Zenkit chip"),
 * and not before a kind of person ("the Zenkit chip designer") nor a
 * possessive, which makes the noun a name's last word ("Harlow card's
 * creditors": a company's). */
static gboolean
device_before (const Scan *scan, const Span *p)
{
  guint n = scan->words->len;
  if (p->b + 1 >= n || p->source > SOURCE_RULE)
    return FALSE;
  const Word *next = word_at (scan, p->b);
  if (next->upper || !word_hash_bit (scan->e->software_bits, 8, next->hash)
      || !(software_bits (scan, next) & SOFTWARE_DEVICE))
    return FALSE;
  const Word *after = word_at (scan, p->b + 1);
  return !is_possessive (after) && !(first_name_flags (scan, after) & NAME_WORD_PERSON_NOUN);
}

/* Whether span @p is one acronym the lists read as a common noun
 * (software-nouns.tsv kind acronym, from WordNet: "DVD", "LAN"). */
static gboolean
common_acronym (const Scan *scan, const Span *p)
{
  const Word *w = word_at (scan, p->a);
  return p->b - p->a == 1 && w->capitals && !p->listed && !p->kb
         && word_hash_bit (scan->e->software_bits, 8, w->hash)
         && (GPOINTER_TO_UINT (g_hash_table_lookup (scan->e->software_nouns, w->key)) & SOFTWARE_ACRONYM);
}

/* Whether a span of the tagger's or a rule's the words of span @p
 * begin is a person's name: "Mr Harlow ... the Harlow card" is his,
 * no product. */
static gboolean
named_person (const Scan *scan, const Span *p)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *q = span_at (scan, k);
      if (q->dropped || q->b - q->a < p->b - p->a || strcmp (q->label, "PERSON") != 0)
        continue;
      gboolean same = TRUE;
      for (guint j = 0; j < p->b - p->a && same; j++)
        same = strcmp (word_at (scan, q->a + j)->key, word_at (scan, p->a + j)->key) == 0;
      if (same)
        return TRUE;
    }
  return FALSE;
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
      Span *p = span_at (scan, k);
      if (p->dropped)
        continue;
      gboolean device = device_before (scan, p);
      /* "a DVD format", "LAN cards": a common noun, as eng.train writes
       * "ISDN equipment". */
      if (device && common_acronym (scan, p))
        {
          p->dropped = TRUE;
          continue;
        }
      /* A person's name there is left alone: "play the Harlow card" is
       * a politician's; and so is another acronym the tagger read as an
       * organisation, a body's as often ("the GMB format"), which
       * seats.c's formats read with a body's signs; one it read as a
       * place is no body ("SIM cards"). */
      device = device && strcmp (p->label, "PERSON") != 0
               && !(p->b - p->a == 1 && word_at (scan, p->a)->capitals && strcmp (p->label, "ORG") == 0)
               && !named_person (scan, p);
      guint bits = named_before (scan, p);
      if (!(bits || device || named_called (scan, p)) || !unlisted_name (scan, p))
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
