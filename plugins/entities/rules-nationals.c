/* rules-nationals.c: adjectives of place that are a people's, not a
 * place's or a thing's.  Two nationality words joined by a hyphen
 * ("Palestinian-Israeli talks", "a Kelvish-Dutch group") and the
 * adjective of a region ("Middle Eastern", "North American") are NORP,
 * as eng.train writes them MISC ("Russian-Chechen", "Israeli-Syrian",
 * "Far Eastern"), where the tagger read a place, an organisation or a
 * thing.  New beside rules-places.c, which is at its size. */
#include "entities.h"

#include <string.h>

/* The most parts a pair of nationalities is read in ("Franco-German-
 * Italian" has three). */
#define PAIR_PARTS 3

/* Whether the hyphened word @w is two or three nationality words or
 * countries' names, each capitalised, one at least a nationality the
 * lists know (demonyms.tsv, nationalities.tsv: "Palestinian-Israeli",
 * "UK-Dutch"; not "India-Pakistan", two countries, a relation's ends
 * as the corpus writes them, nor "Pan-European", "Non-EU", "Rolls-Royce",
 * whose first part the lists know as neither). */
static gboolean
national_pair (const Scan *scan, const Word *w)
{
  const char *text = w->text, *key = w->key;
  gsize n = strlen (key);
  /* The key is the text folded: the same bytes where both are ASCII,
   * which the parts must be for their cuts to line up. */
  if (n != strlen (text) || n >= 64)
    return FALSE;
  guint parts = 0;
  gboolean nationality = FALSE;
  for (gsize at = 0; at <= n; parts++)
    {
      gsize cut = at + strcspn (key + at, "-");
      if (parts == PAIR_PARTS || cut - at < 2 || !g_ascii_isupper (text[at]))
        return FALSE;
      char part[64];
      memcpy (part, key + at, cut - at);
      part[cut - at] = '\0';
      gboolean upper, capitals;
      char written[64];
      memcpy (written, text + at, cut - at);
      written[cut - at] = '\0';
      gazetteer_word_case (written, &upper, &capitals);
      const char *keys[1] = { part };
      gboolean glued[1] = { FALSE }, caps[1] = { capitals };
      const GazetteerEntry *entry = NULL;
      if (gazetteer_match (scan->e->gazetteer, keys, glued, caps, 0, 1, FALSE, &entry) != 1)
        return FALSE;
      gboolean people = strcmp (entry->label, "NORP") == 0;
      if (!people && !(strcmp (entry->label, "GPE") == 0 && entry->kb && g_str_has_prefix (entry->kb, "iso3166:")))
        return FALSE;
      nationality = nationality || people;
      at = cut + 1;
    }
  return parts >= 2 && nationality;
}

/* The length of the region's adjective ending @key ("eastern" -> 4 for
 * "east", "american" -> 7 for "america"), or 0 where it is none. */
static gsize
region_stem (const char *key)
{
  gsize n = strlen (key);
  if (n <= 4 || key[n - 1] != 'n')
    return 0;
  if (key[n - 2] == 'r' && key[n - 3] == 'e')
    return n - 3;
  if (key[n - 2] == 'a' && (key[n - 3] == 'i' || key[n - 3] == 'c'))
    return n - 1;
  return 0;
}

/* Whether span @p, two or three capitalised words, is a region's
 * adjective: the region regions.tsv names with its last word's ending
 * cut ("Middle Eastern": Middle East, "Latin American": Latin America;
 * not "Native American", no region's, nor "Eastern" alone).  Writes
 * the region's name, as the text gives it, into @region (64 bytes). */
static gboolean
region_adjective (const Scan *scan, const Span *p, char *region)
{
  /* The last word's ending first: most names end in none. */
  if (p->b - p->a < 2 || p->b - p->a > 3 || region_stem (word_at (scan, p->b - 1)->key) == 0)
    return FALSE;
  char key[64];
  gsize length = 0;
  for (guint i = p->a; i < p->b; i++)
    {
      const Word *w = word_at (scan, i);
      gsize n = strlen (w->key);
      if (!w->upper || w->capitals || w->glued || n != w->end - w->start || length + n + 2 > sizeof key)
        return FALSE;
      if (i + 1 == p->b && (n = region_stem (w->key)) == 0)
        return FALSE;
      if (i > p->a)
        key[length] = region[length] = ' ', length++;
      memcpy (key + length, w->key, n);
      memcpy (region + length, w->text, n);
      length += n;
    }
  key[length] = region[length] = '\0';
  return g_hash_table_contains (scan->e->regions, key);
}

static void
become_people (Span *p, char *canonical)
{
  p->label = "NORP";
  p->place = FALSE;
  p->cued = FALSE;
  g_free (p->canonical), p->canonical = canonical;
  g_clear_pointer (&p->kb, g_free);
  g_clear_pointer (&p->country, g_free);
}

void
mend_place_adjectives (Scan *scan)
{
  /* A pair no pass named ("UK-Dutch" the tagger left alone): claimed. */
  /* The words through one pointer: this loop reads every word, and
   * through word_at() each store of claim() made it load the array
   * again. */
  const Word *words = scan->word_base;
  guint n = scan->words->len;
  for (guint i = 0; i < n; i++)
    {
      const Word *w = &words[i];
      if (!w->hyphen || !w->upper || w->span >= 0 || !national_pair (scan, w))
        continue;
      Span *p = claim (scan, i, i + 1, "NORP", SOURCE_TAGGER);
      if (p)
        p->canonical = g_strdup (w->text);
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      /* The span's shape before its label: one word with a hyphen, or
       * a last word ending as a region's adjective (region_stem()). */
      if (p->dropped || p->work || p->source > SOURCE_RULE)
        continue;
      const Word *w = word_at (scan, p->a);
      if ((p->b - p->a == 1 ? !w->hyphen : region_stem (word_at (scan, p->b - 1)->key) == 0)
          || strcmp (p->label, "NORP") == 0)
        continue;
      char region[64];
      if (p->b - p->a == 1 && w->hyphen && w->upper && national_pair (scan, w))
        become_people (p, g_strdup (w->text));
      else if (p->b - p->a > 1 && region_adjective (scan, p, region))
        become_people (p, g_strdup (region));
    }
}
