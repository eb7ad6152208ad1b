/* rules-short-places.c: a place the document names in full by its kind
 * and "of" ("the Republic of Ireland", "the Kingdom of Tonga"), named
 * again by its first word alone ("the Republic have played China"), is
 * that place: the short form links to the full name, as a surname links
 * to its person's (links.c).  The tagger reads the word alone as a
 * thing or a region; the full name's label, canonical and identifier
 * are the text's own choice.  Beside rules-places.c, at its size. */
#include "entities.h"

#include <string.h>

/* Whether span @p is a country's or a subdivision's full name of three
 * words or more opening with a capitalised word and "of" (the lists'
 * GPE: an ISO 3166 code). */
static gboolean
full_place (const Scan *scan, const Span *p)
{
  return !p->dropped && p->b - p->a >= 3 && strcmp (p->label, "GPE") == 0 && p->kb
         && g_str_has_prefix (p->kb, "iso3166") && word_at (scan, p->a)->upper && !word_at (scan, p->a)->capitals
         && strcmp (word_at (scan, p->a + 1)->key, "of") == 0;
}

/* The most full names a document's short forms are read against. */
#define FULL_MAX 8

void
mend_short_places (Scan *scan)
{
  /* The document's full names, in order; most documents have none. */
  guint fulls[FULL_MAX], n_full = 0;
  for (guint k = 0; k < scan->spans->len && n_full < FULL_MAX; k++)
    if (full_place (scan, span_at (scan, k)))
      fulls[n_full++] = k;
  if (n_full == 0)
    return;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a != 1 || p->source > SOURCE_TAGGER || p->cued || p->work
          || strcmp (p->label, "GPE") == 0 || strcmp (p->label, "PERSON") == 0)
        continue;
      /* The full name written before it, of the same first word; two
       * such places of one kind ("the Republic of Ireland ... the
       * Republic of Congo") leave the word to the tagger. */
      const Span *full = NULL;
      gboolean two = FALSE;
      guint32 slot = word_slot (scan, word_at (scan, p->a));
      for (guint j = 0; j < n_full; j++)
        {
          const Span *q = span_at (scan, fulls[j]);
          if (word_slot (scan, word_at (scan, q->a)) != slot)
            continue;
          if (full && strcmp (full->canonical, q->canonical) != 0)
            two = TRUE;
          if (q->a < p->a && full == NULL)
            full = q;
        }
      if (full == NULL || two)
        continue;
      p->label = "GPE";
      p->place = full->place;
      g_free (p->canonical), p->canonical = g_strdup (full->canonical);
      g_free (p->kb), p->kb = g_strdup (full->kb);
      g_free (p->country), p->country = g_strdup (full->country);
    }
}
