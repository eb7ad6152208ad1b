/* rules-places.c: names built on a place: clubs named after their city,
 * by a result around them; a listed place before an event or an
 * organisation, or after "Republic of", as part of its name; and a place
 * before a suffix ("Lyon-based"). */
#include "entities.h"

gboolean
is_score (const Scan *scan, guint i)
{
  const char *p = word_at (scan, i)->text;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '-')
    p++;
  else if (g_str_has_prefix (p, "\xe2\x80\x93"))
    p += 3;
  else
    return FALSE;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0';
}

/* The span at word @i if it is a city's: a place GeoNames' list or the
 * tagger found, no country, nation or subdivision (England, Wales and
 * counties: their teams are named as they are). */
static Span *
city_at (Scan *scan, guint i)
{
  Span *p = span_at (scan, word_at (scan, i)->span);
  if (p == NULL || (strcmp (p->label, "GPE") != 0 && strcmp (p->label, "LOC") != 0))
    return NULL;
  /* GeoNames' cities (cities.tsv), or a place only the tagger found;
   * places.tsv mixes cities with nations (England, Wales) and has no
   * kind to tell them apart. */
  if (p->kb ? !g_str_has_prefix (p->kb, "geonames:") : p->source != SOURCE_TAGGER)
    return NULL;
  return p;
}

/* The span of word @i where it may name a club by a result: a city
 * (city_at()), a first name or an English word, or one word the tagger
 * already called an organisation
 * ("Exeter beat Leeds 2-1": the tagger may read the club itself).  The
 * latter is marked too, so the document's votes (links.c) do not turn
 * it back into the city its other mentions are; NULL: neither. */
static Span *
team_at (Scan *scan, guint i, gboolean sets)
{
  Span *p = span_at (scan, word_at (scan, i)->span);
  if (p && p->source == SOURCE_TAGGER && p->b - p->a == 1 && strcmp (p->label, "ORG") == 0)
    return p;
  /* A club named like a first name or an English word ("Chelsea",
   * "Sale", "Wasps", "Wednesday"), which the tagger calls a person or
   * leaves: one word, not in capitals, the tagger's person or nobody's,
   * in a sentence with one score: two are sets ("Federer beat Hewitt
   * 6-3 6-4"); not a first name before a surname ("beat Jan Kroslak"). */
  const Word *w = word_at (scan, i);
  guint flags = word_map_get (scan->e->first_names, w->key, w->hash);
  if (!sets && w->upper && !w->capitals && !w->glued && (flags & (NAME_WORD_FIRST | NAME_WORD_ENGLISH))
      && (w->cue == 0 || (w->cue == CUE_FUNCTION && (flags & NAME_WORD_FIRST)))
      && g_unichar_isalpha (g_utf8_get_char (w->text))
      && (i + 1 >= scan->words->len || !word_at (scan, i + 1)->upper))
    {
      if (p && p->source == SOURCE_TAGGER && p->b - p->a == 1 && strcmp (p->label, "PERSON") == 0)
        return p;
      if (p == NULL)
        {
          Span *s = claim (scan, i, i + 1, "ORG", SOURCE_RULE);
          if (s)
            s->canonical = words_text (scan, i, i + 1);
          return s;
        }
    }
  return city_at (scan, i);
}

/* A club named after its city, by a result around it: in a sentence with
 * a score, a city right before a result word (cues.tsv kind result:
 * "Exeter beat Leeds 2-1") or after one, a score and "with", "to" or "by"
 * allowed between ("drew 1-1 with Bristol", "lost 3-0 to Cardiff"; "lost
 * 2-0 at Old Trafford" is the ground), is the club: ORG, and so are the city's other mentions in
 * the document (links.c).  Countries and subdivisions keep their label: a
 * country's team is named as the country.  No score, no club: "London beat Paris to
 * host the Games". */
void
find_teams (Scan *scan, guint ws, guint we)
{
  /* A club needs no score where British English gives it a plural verb:
   * "Chelsea have decided", "Chelsea are saying", "Chelsea were now
   * looking" (a person has, is, was).  One word the tagger calls a
   * person, opening the sentence (a quote allowed before it), before
   * "are", "were" or "have": elsewhere the verb's subject is often more
   * than the name ("she and sister Venus are", "people who like Robbie
   * are", "if Perot were"). */
  for (guint i = ws; i + 1 < we; i++)
    {
      Span *p = span_at (scan, word_at (scan, i)->span);
      const char *next = word_at (scan, i + 1)->key;
      if (p == NULL || p->a != i || p->b != i + 1 || p->source != SOURCE_TAGGER || strcmp (p->label, "PERSON") != 0
          || word_at (scan, i)->capitals || word_at (scan, i + 1)->upper
          || (strcmp (next, "are") != 0 && strcmp (next, "were") != 0 && strcmp (next, "have") != 0))
        continue;
      if (i > ws && !(i == ws + 1 && g_unichar_ispunct (g_utf8_get_char (word_at (scan, ws)->text))))
        continue;
      p->label = "ORG";
      p->team = TRUE;
    }
  guint scores = 0;
  for (guint i = ws; i < we && scores < 2; i++) /* a score starts with a digit: most words, no call */
    scores += g_ascii_isdigit (word_at (scan, i)->text[0]) && is_score (scan, i);
  if (scores == 0)
    return;
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      if (!(w->cue & CUE_RESULT) || w->upper)
        continue;
      Span *sides[2] = { i > ws ? team_at (scan, i - 1, scores > 1) : NULL, NULL };
      guint k = i + 1;
      if (k < we && is_score (scan, k))
        k++;
      if (k < we && !word_at (scan, k)->upper
          && (strcmp (word_at (scan, k)->key, "with") == 0 || strcmp (word_at (scan, k)->key, "to") == 0
              || strcmp (word_at (scan, k)->key, "by") == 0))
        k++;
      if (k < we)
        sides[1] = team_at (scan, k, scores > 1);
      if (sides[0] && sides[0]->b != i)
        sides[0] = NULL;
      if (sides[1] && sides[1]->a != k)
        sides[1] = NULL;
      for (guint s = 0; s < 2; s++)
        {
          Span *p = sides[s];
          if (p == NULL)
            continue;
          p->label = "ORG";
          p->place = FALSE;
          p->team = TRUE;
          g_clear_pointer (&p->kb, g_free);
          g_clear_pointer (&p->country, g_free);
        }
    }
}

/* A listed country or city right before an event or organisation the
 * tagger found is part of its name: "Qatar" + "Open" is the Qatar Open,
 * "China" + "Daily" China Daily; and one after a place the tagger found
 * and "of" is part of that place's ("Republic of Ireland"). */
void
mend_place_prefix (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i + 1 < we; i++)
    {
      Span *place = span_at (scan, word_at (scan, i)->span);
      Span *rest = span_at (scan, word_at (scan, i + 1)->span);
      if (!place || !rest || place == rest || place->source != SOURCE_GAZETTEER || place->b != i + 1
          || strcmp (place->label, "GPE") != 0 || rest->source != SOURCE_TAGGER || rest->a != i + 1
          || word_at (scan, i + 1)->glued
          || (strcmp (rest->label, "MISC") != 0 && strcmp (rest->label, "ORG") != 0))
        continue;
      place->dropped = TRUE;
      for (guint k = place->a; k <= i; k++)
        word_at (scan, k)->span = word_at (scan, i + 1)->span;
      rest->a = place->a;
      g_free (rest->canonical), rest->canonical = words_text (scan, rest->a, rest->b);
    }
  /* A place the tagger found, then "of" and a listed place, is one
   * place: "Republic of Ireland" (the tagger's name stops at "of", the
   * list claims the rest); of a country, a GPE.  Not a person or a
   * team: "Johnson of the U.S.", "Olympiakos of Greece" are two names. */
  for (guint i = ws; i + 2 < we; i++)
    {
      Span *head = span_at (scan, word_at (scan, i)->span);
      Span *place = span_at (scan, word_at (scan, i + 2)->span);
      /* The new tagger leaves "Republic" out: "the", a capitalised word
       * nobody named (no cue word, first name or kind of person: "the
       * Emperor of Brazil"), "of" and a listed country are the country's
       * longer name ("the Republic of Ireland", "the Commonwealth of
       * Australia"). */
      const Word *w = word_at (scan, i);
      if (!head && place && place->source == SOURCE_GAZETTEER && place->a == i + 2 && place->kb
          && g_str_has_prefix (place->kb, "iso3166:") && !strchr (place->kb + 8, '-') && w->upper && !w->capitals
          && w->cue == 0 && i > ws && !w->sentence_start && g_unichar_isalpha (g_utf8_get_char (w->text))
          && strcmp (word_at (scan, i + 1)->key, "of") == 0 && word_at (scan, i + 1)->span < 0
          && strcmp (word_at (scan, i - 1)->key, "the") == 0 && strcmp (place->label, "GPE") == 0
          && !(word_map_get (scan->e->first_names, w->key, w->hash) & (NAME_WORD_FIRST | NAME_WORD_PERSON_NOUN)))
        {
          Span copy = *place;
          place->dropped = TRUE;
          for (guint k = place->a; k < place->b; k++)
            word_at (scan, k)->span = -1;
          Span *s = claim (scan, i, copy.b, "GPE", SOURCE_RULE);
          if (s)
            {
              s->canonical = words_text (scan, i, copy.b);
              s->kb = g_strdup (copy.kb);
              i = copy.b - 1;
            }
          continue;
        }
      if (!head || !place || head->source != SOURCE_TAGGER || head->b != i + 1 || strcmp (head->label, "LOC") != 0
          || (word_at (scan, i)->cue & (CUE_ROLE | CUE_HONORIFIC)) /* "Sultan of Brunei" is a person */
          || strcmp (word_at (scan, i + 1)->key, "of") != 0 || word_at (scan, i + 1)->span >= 0
          || place->source != SOURCE_GAZETTEER || place->a != i + 2 || strcmp (place->label, "GPE") != 0)
        continue;
      gboolean country = place->kb && g_str_has_prefix (place->kb, "iso3166:") && !strchr (place->kb + 8, '-');
      place->dropped = TRUE;
      for (guint k = i + 1; k < place->b; k++)
        word_at (scan, k)->span = word_at (scan, i)->span;
      head->b = place->b;
      if (country)
        {
          /* The country's: "Republic of Ireland" is Ireland. */
          head->label = "GPE";
          head->place = FALSE;
          g_free (head->kb), head->kb = g_strdup (place->kb);
        }
      g_free (head->canonical), head->canonical = words_text (scan, head->a, head->b);
      i = head->b - 1;
    }
}

/* A name right before a place suffix ("Lyon-based": add_sentence_words()
 * cut it off only where the lists know the place there) is that place,
 * whatever the tagger or the document's vote made of it: the claims stage
 * reads "Lyon-based X" as X's base. */
void
mend_place_suffix (Scan *scan)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b >= scan->words->len || !word_at (scan, p->b)->glued
          || !(word_at (scan, p->b)->cue & CUE_PLACE_SUFFIX) || p->b - p->a > 4)
        continue;
      const char *keys[4];
      gboolean glued[4], capitals[4];
      for (guint i = p->a; i < p->b; i++)
        {
          const Word *w = word_at (scan, i);
          keys[i - p->a] = w->key, glued[i - p->a] = i > p->a && w->glued, capitals[i - p->a] = w->capitals;
        }
      const GazetteerEntry *entry = NULL;
      guint n = p->b - p->a;
      if (gazetteer_match (scan->e->gazetteer, keys, glued, capitals, 0, n, FALSE, &entry) != n
          || strcmp (entry->label, "GPE") != 0 || (strcmp (p->label, "GPE") == 0 && p->source == SOURCE_GAZETTEER))
        continue;
      p->label = "GPE";
      p->place = entry->place;
      g_free (p->canonical), p->canonical = g_strdup (entry->canonical);
      g_free (p->kb), p->kb = g_strdup (entry->kb);
      g_free (p->country), p->country = NULL;
      if (entry->country && strcmp (entry->country, entry->canonical) != 0)
        p->country = g_strdup (entry->country);
    }
}

/* Whether word @i is a plural verb a club takes in British English
 * ("Leicester are", "Leicester say they"), which a city does not. */
static gboolean
plural_verb_at (const Scan *scan, guint i)
{
  static const char *const verbs[] = { "are", "were", "have", "say" };
  const Word *w = word_at (scan, i);
  if (w->upper)
    return FALSE;
  for (guint v = 0; v < G_N_ELEMENTS (verbs); v++)
    if (strcmp (w->key, verbs[v]) == 0)
      return TRUE;
  return FALSE;
}

/* Where word @i opens its sentence, a quote allowed before it. */
static gboolean
opens_sentence (const Scan *scan, guint i)
{
  if (word_at (scan, i)->sentence_start)
    return TRUE;
  return i > 0 && word_at (scan, i - 1)->sentence_start && word_at (scan, i - 1)->end - word_at (scan, i - 1)->start <= 3
         && g_unichar_ispunct (g_utf8_get_char (word_at (scan, i - 1)->text));
}

/* A club named after its city in a sport document (one with a score
 * anywhere, or a club find_teams() found): a city after a result word
 * (cues.tsv kind result: "beat Leicester", "to beat Feyenoord") or
 * "against" (not a result word: find_teams() would read a player after
 * it, "against Roddick 6-4", as a club), or opening its sentence before a plural verb
 * ("Leicester are", "Leicester say they"), alone or with an
 * organisation and "and" ("Leicester and Saracens are believed to"), is
 * the club, and spread_teams() names its other mentions so.  Not "in
 * Leicester", "Leicester is a city", "Leicester's mayor"; a country's
 * side is the country (city_at() takes no country). */
/* Whether the document is a sport report: a score anywhere, or a club a
 * result named (find_teams()). */
static gboolean
sport_document (const Scan *scan)
{
  for (guint k = 0; k < scan->spans->len; k++)
    if (span_at (scan, k)->team && !span_at (scan, k)->dropped)
      return TRUE;
  return scan->has_score;
}

void
find_city_teams (Scan *scan)
{
  guint n = scan->words->len;
  /* The context first, the document's kind only once one fits: most
   * documents name no city so. */
  gint sport = -1;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      guint i = span_at (scan, k)->a;
      if (span_at (scan, k)->b != i + 1)
        continue;
      Span *p = city_at (scan, i);
      if (p == NULL || p->dropped || p->team || word_at (scan, i)->capitals)
        continue;
      const Word *before = i > 0 ? word_at (scan, i - 1) : NULL;
      gboolean club = before && !before->upper && ((before->cue & CUE_RESULT) || strcmp (before->key, "against") == 0);
      if (!club && opens_sentence (scan, i) && i + 1 < n)
        {
          guint j = i + 1;
          if (strcmp (word_at (scan, j)->key, "and") == 0 && j + 1 < n)
            {
              const Span *other = span_at (scan, word_at (scan, j + 1)->span);
              j = other && other->a == j + 1 && strcmp (other->label, "ORG") == 0 ? other->b : n;
            }
          club = j < n && plural_verb_at (scan, j);
        }
      if (!club)
        continue;
      if (sport < 0)
        sport = sport_document (scan);
      if (!sport)
        return;
      p->label = "ORG";
      p->place = FALSE;
      p->team = TRUE;
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
    }
}
