/* datelines.c: the place a wire story's dateline opens with.  Agencies
 * start a story on a line of its own, the town in capitals, perhaps its
 * country, then the day: "OSLO 2001-03-14", "PORT LOUIS , Mauritius
 * 2001-03-14".  The town is where the story was filed, a place whatever
 * else the document calls it (a club of the same name in a sport report,
 * the tagger's organisation for capitals it rarely saw). */
#include "entities.h"

/* Whether @w is a numeric date: digits with two '-' or '/' between them
 * ("2001-03-14", "14/03/2001"), no letter. */
static gboolean
numeric_date (const Word *w)
{
  const char *t = w->text;
  if (!g_ascii_isdigit (t[0]))
    return FALSE;
  guint separators = 0;
  for (; *t; t++)
    if (*t == '-' || *t == '/')
      separators++;
    else if (!g_ascii_isdigit (*t))
      return FALSE;
  return separators == 2;
}

static gboolean
capital_word (const Word *w)
{
  return w->capitals && w->upper && g_ascii_isalpha (w->text[0]);
}

/* Whether @w is the full stop of an abbreviation in the town's name,
 * cut off by the tokens ("ST. DENIS"). */
static gboolean
is_abbrev_dot (const Word *w)
{
  return w->glued && w->text[0] == '.' && w->text[1] == '\0';
}

/* A sentence [ws, we) that is a dateline: a run of capitals from its
 * start, then the day's date ending the sentence, with at most three
 * capitalised words after a comma between (the country, the state).  The
 * run is claimed a place over the tagger's and the rules' names. */
void
find_dateline_place (Scan *scan, guint ws, guint we)
{
  /* A cheap refusal first: most sentences are longer, or open with a
   * word holding a lowercase letter. */
  if (we - ws < 2 || we - ws > 8 || !word_at (scan, ws)->capitals || !word_at (scan, ws)->upper
      || !numeric_date (word_at (scan, we - 1)))
    return;
  guint b = ws;
  while (b < we - 1 && (capital_word (word_at (scan, b)) || (b > ws && is_abbrev_dot (word_at (scan, b)))))
    b++;
  if (b == ws)
    return;
  if (b < we - 1)
    {
      /* ", Country" up to the date: capitalised words only. */
      if (strcmp (word_at (scan, b)->text, ",") != 0 || we - 1 - (b + 1) == 0 || we - 1 - (b + 1) > 3)
        return;
      for (guint i = b + 1; i < we - 1; i++)
        if (!word_at (scan, i)->upper || !g_ascii_isalpha (word_at (scan, i)->text[0]))
          return;
    }
  /* "ST. PAUL 2001-03-14": the sentences were cut after the
   * abbreviation, which is the town's first word. */
  guint a = ws;
  if (ws >= 2 && is_abbrev_dot (word_at (scan, ws - 1)) && capital_word (word_at (scan, ws - 2))
      && word_at (scan, ws - 2)->sentence_start)
    a = ws - 2;
  /* A town the lists know may have been made a club by a sport
   * report's score already: the dateline says otherwise. */
  Span *s = span_at (scan, word_at (scan, a)->span);
  if (s && s->a == a && s->b == b)
    {
      /* ... but an organisation the lists know by its id is itself
       * ("UNITED NATIONS 2001-03-14", filed at its seat). */
      if (s->kb && !g_str_has_prefix (s->kb, "geonames:"))
        return;
      s->label = "GPE";
      s->place = TRUE;
      /* Out of the document's vote: the club's mentions do not outvote
       * the dateline. */
      if (s->source < SOURCE_RULE)
        s->source = SOURCE_RULE;
      return;
    }
  s = claim (scan, a, b, "GPE", SOURCE_AROUND);
  if (s)
    {
      s->canonical = words_text (scan, a, b);
      s->place = TRUE; /* the votes leave it the place */
    }
}
