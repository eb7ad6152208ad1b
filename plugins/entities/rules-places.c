/* rules-places.c: names built on a place: clubs named after their city,
 * by a result around them; a listed place before an event or an
 * organisation, or after "Republic of", as part of its name; and a place
 * before a suffix ("Lyon-based"). */
#include "entities.h"

#include <string.h>

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

/* Whether each count of the score @text (is_score()'s) has three digits
 * at most: a year ("2003-04") is no side's count. */
static gboolean
short_counts (const char *text)
{
  guint digits = 0;
  for (const char *p = text; *p; p++)
    {
      digits = g_ascii_isdigit (*p) ? digits + 1 : 0;
      if (digits > 3)
        return FALSE;
    }
  return TRUE;
}

/* The span at word @i if it is a city's or a province's: a place
 * GeoNames' list or the tagger found, or a country's subdivision
 * (iso3166-2: Ulster, Munster and Leinster are rugby sides, US states
 * college teams); no country or nation (England, Wales: a country's team
 * is named as the country, LOC in CoNLL). */
static Span *
city_at (Scan *scan, guint i)
{
  Span *p = span_at (scan, word_at (scan, i)->span);
  if (p == NULL || (strcmp (p->label, "GPE") != 0 && strcmp (p->label, "LOC") != 0))
    return NULL;
  /* GeoNames' cities (cities.tsv), or a place only the tagger found;
   * places.tsv mixes cities with nations (England, Wales) and has no
   * kind to tell them apart. */
  if (p->kb ? !g_str_has_prefix (p->kb, "geonames:") && !g_str_has_prefix (p->kb, "iso3166-2:")
            : p->source != SOURCE_TAGGER)
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
team_at (Scan *scan, guint i, gboolean sets, gboolean club_before)
{
  Span *p = span_at (scan, word_at (scan, i)->span);
  if (p && p->source == SOURCE_TAGGER && p->b - p->a == 1 && strcmp (p->label, "ORG") == 0)
    return p;
  /* A club named like a first name or an English word ("Chelsea",
   * "Sale", "Wasps", "Wednesday"), which the tagger calls a person or a
   * thing or leaves: one word, not in capitals, the tagger's person or
   * thing or nobody's, in a sentence with one score: two are sets
   * ("Federer beat Hewitt 6-3 6-4"); not a first name before a surname
   * ("beat Jan Kroslak"), nor before a capital but the score where the
   * result's other side is a city or a listed club (@club_before:
   * "Leicester beat Wasps 37-31"; not the tagger's organisation alone,
   * often a player: "Hendry beat Davis 10-8"). */
  const Word *w = word_at (scan, i);
  guint flags = word_map_get (scan->e->first_names, w->key, w->hash);
  if (!sets && w->upper && !w->capitals && !w->glued && (flags & (NAME_WORD_FIRST | NAME_WORD_ENGLISH))
      && (w->cue == 0 || (w->cue == CUE_FUNCTION && (flags & NAME_WORD_FIRST)))
      && g_unichar_isalpha (g_utf8_get_char (w->text))
      && (i + 1 >= scan->words->len || !word_at (scan, i + 1)->upper
          || (club_before && is_score (scan, i + 1))))
    {
      if (p && p->source == SOURCE_TAGGER && p->b - p->a == 1
          && (strcmp (p->label, "PERSON") == 0 || strcmp (p->label, "MISC") == 0))
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

/* Whether the side @p of a score line is more than a name the tagger
 * read: a city or province, a listed club, an organisation of two
 * words or more (find_teams()). */
static gboolean
side_known (const Scan *scan, const Span *p)
{
  return strcmp (p->label, "GPE") == 0 || strcmp (p->label, "LOC") == 0 || club_listed (scan, p->a, p->b)
         || (strcmp (p->label, "ORG") == 0 && p->b - p->a >= 2);
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
  /* A score line, the score between the sides ("Borders 19-20 Ulster",
   * "Wasps 31-37 Leicester"): the side after the score first, then the
   * one before it, which needs a city, a province or a listed club after
   * the score (a first name or English word before a score alone may be
   * a player's: "Davis 10-8"); counts of three digits at most each
   * ("the 1994-96 Parliament", "Tesco 2003-04 Results" are no result), and
   * no month or other function word after it ("Oxford 10-14 June",
   * "Brighton 16-28 May" are dates), nor "in", "at" or "near" before it
   * (where something is: "the festival in Brighton 16-28 May").  One
   * side at least must be more than a name the tagger read: a city, a
   * province, a listed club, an organisation of two words; two names
   * alone around a score are as often people ("Bush 286-252 Kerry",
   * "Hendry 10-8 Davis"). */
  for (guint i = ws + 1; scores == 1 && i + 1 < we; i++)
    {
      const Word *w = word_at (scan, i);
      const Word *next = word_at (scan, i + 1);
      /* "May" is cues.tsv's verb, a kind the words read in capitals
       * lose (entities.c): the row's own kinds. */
      if (!g_ascii_isdigit (w->text[0]) || !is_score (scan, i) || !short_counts (w->text)
          || (next->cue & CUE_FUNCTION) || (cue_map_get (scan->e->cues, next->key, next->hash)->rules & CUE_NAME_VERB)
          || !g_unichar_isupper (g_utf8_get_char (word_at (scan, i - 1)->text))
          || !g_unichar_isupper (g_utf8_get_char (next->text)))
        continue;
      guint claimed = scan->spans->len; /* team_at() claims an English word: undone below where one side fails */
      Span *after = team_at (scan, i + 1, FALSE, FALSE);
      if (after && after->a != i + 1)
        after = NULL;
      gboolean club = after && (strcmp (after->label, "GPE") == 0 || strcmp (after->label, "LOC") == 0
                                || club_listed (scan, after->a, after->b));
      Span *before = team_at (scan, i - 1, FALSE, club);
      if (before && before->b != i)
        before = NULL;
      /* team_at() may claim a span, which moves the array: @after
       * again from its word. */
      after = after ? span_at (scan, word_at (scan, i + 1)->span) : NULL;
      /* A side of two words or more already an organisation ("Bristol
       * City 2-1 Milton Keynes") makes the other a side too. */
      Span *left = span_at (scan, word_at (scan, i - 1)->span), *right = span_at (scan, word_at (scan, i + 1)->span);
      if (!before && left && !left->dropped && left->b == i && strcmp (left->label, "ORG") == 0)
        before = left;
      if (!after && right && !right->dropped && right->a == i + 1 && strcmp (right->label, "ORG") == 0)
        after = right;
      if (before && after)
        {
          gboolean known = club || side_known (scan, before) || side_known (scan, after)
                           || (strcmp (before->label, "ORG") == 0 && strcmp (after->label, "ORG") == 0);
          if (!known || after_where (scan, before->a))
            before = NULL;
        }
      Span *sides[2] = { before, after };
      for (guint k = claimed; !(before && after) && k < scan->spans->len; k++)
        {
          Span *q = span_at (scan, k);
          q->dropped = TRUE;
          for (guint m = q->a; m < q->b; m++)
            word_at (scan, m)->span = -1;
        }
      for (guint s = 0; s < 2 && before && after; s++)
        {
          sides[s]->label = "ORG";
          sides[s]->place = FALSE;
          sides[s]->team = TRUE;
          g_clear_pointer (&sides[s]->kb, g_free);
          g_clear_pointer (&sides[s]->country, g_free);
        }
    }
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      if (!(w->cue & CUE_RESULT) || w->upper)
        continue;
      Span *sides[2] = { i > ws ? team_at (scan, i - 1, scores > 1, FALSE) : NULL, NULL };
      guint k = i + 1;
      if (k < we && is_score (scan, k))
        k++;
      if (k < we && !word_at (scan, k)->upper
          && (strcmp (word_at (scan, k)->key, "with") == 0 || strcmp (word_at (scan, k)->key, "to") == 0
              || strcmp (word_at (scan, k)->key, "by") == 0))
        k++;
      if (sides[0] && sides[0]->b != i)
        sides[0] = NULL;
      if (k < we)
        sides[1] = team_at (scan, k, scores > 1,
                            sides[0]
                                && (strcmp (sides[0]->label, "GPE") == 0 || strcmp (sides[0]->label, "LOC") == 0
                                    || club_listed (scan, sides[0]->a, sides[0]->b)));
      /* team_at() may claim a span, which moves the array: the first
       * side again from its word. */
      if (sides[0])
        sides[0] = span_at (scan, word_at (scan, i - 1)->span);
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

/* The label of the words [a, m) cut from the front of span @k at a
 * suffix: the tagger's label for the whole span says what the name after
 * the suffix is, not the part ("the Soros-funded Open Society
 * Foundation").  The label of the same words elsewhere in the document,
 * else the lists' (a name they claim, or the kind they hint: a company,
 * a person's name, a city), else the whole's if no organisation's or
 * person's, else none: the part is left unnamed. */
static const char *
part_label (const Scan *scan, guint k, guint a, guint m)
{
  for (guint j = 0; j < scan->spans->len; j++)
    {
      const Span *q = span_at (scan, j);
      if (j == k || q->dropped || q->b - q->a != m - a)
        continue;
      guint i = 0;
      while (i < m - a && strcmp (word_at (scan, q->a + i)->key, word_at (scan, a + i)->key) == 0)
        i++;
      if (i == m - a)
        return q->label;
    }
  const Word *w = word_at (scan, a);
  const GazetteerEntry *entry = w->hint && w->hint_len == m - a ? w->hint : NULL;
  /* Unknown, the whole's label only where it says no agent: before
   * "-funded" or "-run" an organisation and a person are alike. */
  if (entry == NULL)
    return strcmp (span_at (scan, k)->label, "ORG") != 0 && strcmp (span_at (scan, k)->label, "PERSON") != 0
               ? span_at (scan, k)->label
               : NULL;
  if (entry->hint == NULL)
    return entry->label;
  if (strcmp (entry->hint, "COMPANY") == 0)
    return "ORG";
  if (strcmp (entry->hint, "CITY") == 0 || strcmp (entry->hint, "REGION") == 0)
    return entry->faint ? NULL : "GPE";
  return "PERSON";
}

/* A name right before a place suffix ("Lyon-based": add_sentence_words()
 * cut it off only where the lists know the place there) is that place,
 * whatever the tagger or the document's vote made of it: the claims stage
 * reads "Lyon-based X" as X's base. */
void
mend_place_suffix (Scan *scan)
{
  /* A name the tagger ran on past the suffix is two: the name before it
   * and the one it describes ("the Windows-based Creative Zen"). */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      guint m = p->a + 1;
      while (m + 1 < p->b
             && !(word_at (scan, m)->glued && (word_at (scan, m)->cue & (CUE_PLACE_SUFFIX | CUE_NAME_SUFFIX))))
        m++;
      if (p->dropped || m + 1 >= p->b || !word_at (scan, m + 1)->upper)
        continue;
      guint a = p->a;
      const char *label = part_label (scan, k, a, m);
      for (guint i = a; i <= m; i++)
        word_at (scan, i)->span = -1;
      p->a = m + 1;
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
      Span *s = label ? claim (scan, a, m, label, SOURCE_TAGGER) : NULL;
      if (s)
        s->canonical = words_text (scan, a, m);
    }
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

gboolean
sport_report (const Scan *scan)
{
  return scan->has_player || scan->has_line_up || sport_document (scan);
}

gboolean
after_where (const Scan *scan, guint a)
{
  if (a == 0)
    return FALSE;
  const char *before = word_at (scan, a - 1)->key;
  return strcmp (before, "in") == 0 || strcmp (before, "at") == 0 || strcmp (before, "near") == 0;
}

WordMap *
clubs_load (const char *data_dir, GError **error)
{
  /* The map prebuilt at build time where it is clubs.tsv's
   * (gazetteer-image.c): reading and folding the file's 7,430 names was
   * 57.7 M instructions at every start, 44% of the stage's start-up. */
  WordMap *clubs = word_map_image_load (data_dir, "clubs.image");
  return clubs ? clubs : clubs_read_tsv (data_dir, error);
}

WordMap *
companies_load (const char *data_dir, GError **error)
{
  /* The map prebuilt at build time where it is companies.tsv's
   * (gazetteer-image.c): reading and folding the file's 4,563 names at
   * every start was 6.65 M instructions, a sixth of the stage's start-up. */
  WordMap *companies = word_map_image_load (data_dir, "companies.image");
  return companies ? companies : companies_read_tsv (data_dir, error);
}

/* Whether the words [a, b) are a name @map holds, keyed as clubs_load()
 * keys them. */
static gboolean
name_listed (const WordMap *map, const Scan *scan, guint a, guint b)
{
  const Word *first = word_at (scan, a);
  if (b == a + 1) /* most names: the word's key as it is */
    return word_map_get (map, first->key, first->hash) != 0;
  /* The joined key on the stack and its hash continued from the first
   * word's (word_hash() is FNV-1a, byte by byte, and a word's hash is its
   * key's): a GString built, hashed again and freed was most of the 448
   * instructions of each of find_city_teams()'s 28,906 calls on the BBC
   * archive.  Callgrind, entities_process over the archive: 2,398.8 M ->
   * 2,389.1 M (-0.4%), the calls 12.95 M -> 3.89 M; output identical. */
  gsize first_length = strlen (first->key), length = first_length;
  for (guint k = a + 1; k < b; k++)
    length += 1 + strlen (word_at (scan, k)->key);
  char stack[128];
  g_autofree char *heap = length < sizeof stack ? NULL : g_malloc (length + 1);
  char *key = heap ? heap : stack, *at = key + first_length;
  memcpy (key, first->key, first_length);
  guint32 hash = first->hash;
  for (guint k = a + 1; k < b; k++)
    {
      *at++ = ' ';
      hash = assay_fnv_step (hash, ' ');
      for (const char *p = word_at (scan, k)->key; *p; p++)
        {
          *at++ = *p;
          hash = assay_fnv_step (hash, (guchar) *p);
        }
    }
  *at = '\0';
  return word_map_get (map, key, hash) != 0;
}

gboolean
club_listed (const Scan *scan, guint a, guint b)
{
  return name_listed (scan->e->clubs, scan, a, b);
}

/* Whether the name at word @i is a town's that clubs.tsv does not list:
 * a result between it and a listed name is no match ("London beat
 * Paris 54-50 in the final round of voting"). */
static gboolean
town_no_club (const Scan *scan, guint i)
{
  const Span *q = span_at (scan, word_at (scan, i)->span);
  return q && !q->dropped && (strcmp (q->label, "GPE") == 0 || strcmp (q->label, "LOC") == 0)
         && !club_listed (scan, q->a, q->b);
}

/* Whether word @i, in the sentence of the word before it, is a score. */
static gboolean
score_beside (const Scan *scan, guint i)
{
  return i < scan->words->len && !word_at (scan, i)->sentence_start && is_score (scan, i);
}

/* Whether what a club has, at @j after the name, is the club's: not a
 * thing of something ("a York team of scientists", "Leeds fans of the
 * band") nor a kind of person's trade ("a Paris defence lawyer"). */
static gboolean
clubs_own (const Scan *scan, guint j)
{
  if (j + 1 >= scan->words->len || word_at (scan, j + 1)->sentence_start)
    return TRUE;
  const Word *next = word_at (scan, j + 1);
  if (strcmp (next->key, "of") == 0)
    return FALSE;
  return next->upper || (next->cue & (CUE_TEAM_NOUN | CUE_PLAYER | CUE_ROLE))
         || !(word_map_get (scan->e->first_names, next->key, next->hash) & NAME_WORD_PERSON_NOUN);
}

/* Whether word @j, after a name at @a, is a post only a club has there
 * (cues.tsv kind club-post): "Valencia boss", "Leicester skipper"; one
 * that is also a role ("coach", "manager": a shop's, a bus) only after
 * "as" ("sacked as Valencia coach"). */
static gboolean
club_post (const Scan *scan, guint a, guint j)
{
  const Word *post = word_at (scan, j);
  if (!(post->cue & CUE_CLUB_POST))
    return FALSE;
  return !(post->cue & CUE_ROLE)
         || (a > 0 && !word_at (scan, a)->sentence_start && strcmp (word_at (scan, a - 1)->key, "as") == 0);
}

/* Whether the name [a, b) stands where only a club does, in a sport
 * report: beside a score or a result word ("Portsmouth 0-2", "v
 * Portsmouth", "lost to Portsmouth"), before what a club has (cues.tsv
 * kinds team-noun and player: "a Portsmouth side", "Portsmouth
 * striker", "Portsmouth's manager"), or heading a team's line-up, a
 * colon and a list ("Portsmouth: Hislop, Griffin, Primus, ...").  Not a
 * town's council, mayor or people ("Portsmouth council voted").  A
 * town's name beside a result word wants the score beside it too
 * ("beat Portsmouth 2-1", "lost 2-1 to Portsmouth", not "London beat
 * Paris to host the Games") and no unlisted town on the result's other
 * side. */
static gboolean
club_evidence (const Scan *scan, guint a, guint b, gboolean place, gboolean strict)
{
  guint n = scan->words->len;
  gboolean scored_after = score_beside (scan, b);
  if (a > 0 && !word_at (scan, a)->sentence_start)
    {
      const Word *before = word_at (scan, a - 1);
      if (is_score (scan, a - 1))
        return TRUE;
      if ((before->cue & CUE_RESULT) && !before->upper
          && (!place || (before->cue & CUE_FIXTURE)
              || (scored_after && !(a > 1 && !before->sentence_start && town_no_club (scan, a - 2)))))
        return TRUE;
      if (a > 1 && (strcmp (before->key, "to") == 0 || strcmp (before->key, "with") == 0)
          && (word_at (scan, a - 2)->cue & CUE_RESULT)
          && (!place || scored_after || is_score (scan, a - 2)))
        return TRUE;
    }
  if (b >= n || word_at (scan, b)->sentence_start)
    return FALSE;
  guint j = b;
  if (strcmp (word_at (scan, j)->key, "'s") == 0 && j + 1 < n && !word_at (scan, j + 1)->sentence_start)
    j++;
  const Word *after = word_at (scan, j);
  if (is_score (scan, j)
      || (!after->upper && (after->cue & (CUE_TEAM_NOUN | CUE_PLAYER)) && clubs_own (scan, j)
          && (!strict || (j + 1 < n && !word_at (scan, j + 1)->sentence_start && word_at (scan, j + 1)->upper)
              || club_post (scan, a, j))))
    return TRUE;
  if (!after->upper && (after->cue & CUE_RESULT) && (!place || (after->cue & CUE_FIXTURE)))
    return TRUE;
  /* "Leicester won 21-10", "Leicester beat Bath 21-10". */
  if (!after->upper && (after->cue & CUE_RESULT))
    {
      if (score_beside (scan, j + 1))
        return TRUE;
      const Span *other = j + 1 < n && !word_at (scan, j + 1)->sentence_start
                              ? span_at (scan, word_at (scan, j + 1)->span)
                              : NULL;
      return other && other->a == j + 1 && !town_no_club (scan, j + 1) && score_beside (scan, other->b);
    }
  if (j != b || strcmp (after->text, ":") != 0)
    return FALSE;
  /* A line-up: names alone up to the first break ("Hislop, Griffin";
   * not a cricket ground's heading and its scores, "Chesterfield:
   * Worcestershire 238 and 133-5, ..."), and four breaks or more
   * before the sentence ends. */
  guint first = j + 1;
  while (first < n && word_at (scan, first)->upper && !g_ascii_isdigit (*word_at (scan, first)->text)
         && !word_at (scan, first)->sentence_start)
    first++;
  if (first == j + 1 || first >= n
      || (strcmp (word_at (scan, first)->text, ",") != 0 && strcmp (word_at (scan, first)->text, ";") != 0))
    return FALSE;
  guint breaks = 0;
  for (guint k = j + 1; k < n && !word_at (scan, k)->sentence_start && breaks < 4; k++)
    breaks += strcmp (word_at (scan, k)->text, ",") == 0 || strcmp (word_at (scan, k)->text, ";") == 0;
  return breaks >= 4;
}

/* Whether the name [a, b) stands in a list of people: a person's
 * initial before it ("I. Salisbury"), or the tagger's person no club's
 * name two words off or less across a comma, a semicolon or a bracket
 * (a line-up's "Kamara (Makofo 64), Chorley, Herve", a scorers' list
 * "Haessler 33rd, Dundee 45th"): a player who shares a club's name. */
static gboolean
among_people (const Scan *scan, guint a, guint b)
{
  guint n = scan->words->len;
  if (a > 0)
    {
      const char *t = word_at (scan, a - 1)->text;
      if (g_ascii_isupper (t[0]) && (t[1] == '\0' || (t[1] == '.' && t[2] == '\0')))
        return TRUE;
    }
  for (gint side = -1; side <= 1; side += 2)
    {
      gboolean broke = FALSE;
      for (guint d = 1; d <= 3; d++)
        {
          gint i = side < 0 ? (gint) a - (gint) d : (gint) b + (gint) d - 1;
          if (i < 0 || (guint) i >= n)
            break;
          const Word *w = word_at (scan, i);
          if (strchr (",;()", w->text[0]) && w->text[1] == '\0')
            {
              broke = TRUE;
              continue;
            }
          const Span *q = span_at (scan, w->span);
          if (q)
            {
              if (broke && strcmp (q->label, "PERSON") == 0 && !club_listed (scan, q->a, q->b))
                return TRUE;
              break;
            }
        }
    }
  return FALSE;
}

/* Whether @key is a word of one of the document's people of two words
 * or more ("Chelsea" after "Chelsea Clinton" is hers, first name or
 * surname); *@people: their words, made at the first call. */
static gboolean
person_word (const Scan *scan, GHashTable **people, const char *key)
{
  if (*people == NULL)
    {
      *people = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint k = 0; k < scan->spans->len; k++)
        {
          const Span *p = span_at (scan, k);
          if (!p->dropped && p->b - p->a >= 2 && strcmp (p->label, "PERSON") == 0)
            for (guint i = p->a; i < p->b; i++)
              g_hash_table_add (*people, (gpointer) word_at (scan, i)->key);
        }
    }
  return g_hash_table_contains (*people, key);
}

/* Clubs by clubs.tsv (openfootball's list) in a sport report
 * (sport_report()): a listed club's name the tagger called a person, a
 * place or a MISC is the club (ORG) where the sentence shows a club
 * (club_evidence()); a name no list places ("Chelsea", "Everton": a
 * first name or nothing the lists know as a town) is the club at each
 * of its mentions, as a reader of a match report takes it.  Not a
 * person's: a title or a kind of person before it, or a mention the
 * document linked to a person's full name ("Chelsea Clinton ... Chelsea
 * said"); not in capitals (a dateline).  A
 * club so found by its evidence is a team, so spread_teams() names the
 * town's other lone mentions the club too. */
static void
find_listed_clubs (Scan *scan)
{
  g_autoptr (GHashTable) people = NULL; /* person_word()'s, made once a mention asks: most documents never do */
  /* A document with no score, no player by position and no team is a
   * sport report where a listed club shows by strict evidence, a score
   * or "v" beside it or what a club has before a name ("Chelsea manager
   * Jose Mourinho"; not "a York team found", "Wimbledon fans queued"):
   * a first pass takes only those, the second the rest once one was
   * found. */
  gboolean sport = sport_report (scan);
  for (guint pass = sport ? 1 : 0; pass < 2 && (pass == 0 || sport); pass++)
    {
      for (guint k = 0; k < scan->spans->len; k++)
        {
          Span *p = span_at (scan, k);
          if (p->dropped || p->team || p->b - p->a > 4 || strcmp (p->label, "ORG") == 0
              || strcmp (p->label, "NORP") == 0 || word_at (scan, p->a)->capitals)
            continue;
          gboolean place = strcmp (p->label, "GPE") == 0 || strcmp (p->label, "LOC") == 0;
          /* A place a list gives but no town's: a country's or a county's
           * side is named as the place. */
          if (place && p->kb && !g_str_has_prefix (p->kb, "geonames:"))
            continue;
          if ((strcmp (p->label, "PERSON") == 0 && p->source != SOURCE_TAGGER) || !club_listed (scan, p->a, p->b))
            continue;
          if (p->canonical && strcmp (p->label, "PERSON") == 0)
            {
              g_autofree char *text = words_text (scan, p->a, p->b);
              if (strcmp (text, p->canonical) != 0)
                continue;
            }
          if (p->a > 0)
            {
              const Word *before = word_at (scan, p->a - 1);
              if ((before->cue & (CUE_ROLE | CUE_HONORIFIC))
                  || (word_map_get (scan->e->first_names, before->key, before->hash) & NAME_WORD_PERSON_NOUN))
                continue;
            }
          /* Where a game was played: "in Salzburg 3-2". */
          if (after_where (scan, p->a))
            continue;
          gboolean evidence = club_evidence (scan, p->a, p->b, place, pass == 0);
          if (pass == 0 && !evidence)
            continue;
          /* Only the tagger's person goes on the list alone: a place or a
           * MISC (an event, "Wimbledon") is more than the club. */
          if (!evidence
              && (strcmp (p->label, "PERSON") != 0 || among_people (scan, p->a, p->b)
                  || (p->b - p->a == 1 && person_word (scan, &people, word_at (scan, p->a)->key))))
            continue;
          p->label = "ORG";
          p->place = FALSE;
          p->team = evidence && p->b - p->a == 1;
          g_clear_pointer (&p->kb, g_free);
          g_clear_pointer (&p->country, g_free);
          g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
          sport = TRUE;
        }
    }
}

void
find_city_teams (Scan *scan)
{
  find_listed_clubs (scan);
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

/* The city's or subdivision's entry the lists hint or claim for words
 * [a, b) exactly (cities.tsv, subdivisions.tsv, places.tsv: Braga the
 * district hides Braga the city), or NULL. */
static const GazetteerEntry *
city_entry (const Scan *scan, guint a, guint b)
{
  const Word *w = word_at (scan, a);
  const GazetteerEntry *entry = w->hint && w->hint_len == b - a ? w->hint : NULL;
  if ((entry == NULL || strcmp (entry->label, "GPE") != 0) && b - a <= 4 && w->upper)
    {
      const char *keys[4];
      gboolean glued[4], capitals[4];
      for (guint i = a; i < b; i++)
        {
          const Word *x = word_at (scan, i);
          keys[i - a] = x->key, glued[i - a] = i > a && x->glued, capitals[i - a] = x->capitals;
        }
      if (gazetteer_match (scan->e->gazetteer, keys, glued, capitals, 0, b - a, FALSE, &entry) != b - a)
        entry = NULL;
    }
  if (entry == NULL || strcmp (entry->label, "GPE") != 0
      || !(entry->kb ? g_str_has_prefix (entry->kb, "geonames:") || g_str_has_prefix (entry->kb, "iso3166-2:")
                     : entry->place))
    return NULL;
  return entry;
}

/* Whether span @p is a country's or a subdivision's (ISO 3166) or a
 * city's (GeoNames, places.tsv) place. */
static gboolean
is_place (const Span *p)
{
  return p && !p->dropped && strcmp (p->label, "GPE") == 0
         && (p->kb ? g_str_has_prefix (p->kb, "iso3166") || g_str_has_prefix (p->kb, "geonames:") : p->place);
}

/* Whether a country or a subdivision follows [a, b) after a comma or
 * "in" ("X, France", "X in the US"): the strongest sign of a place.  For
 * a name companies.tsv lists too (@company, the city's entry), only its
 * own country: "Lyon in France", not "Toyota in the US". */
static gboolean
in_country (const Scan *scan, guint b, const GazetteerEntry *company)
{
  guint n = scan->words->len;
  if (b + 1 >= n || word_at (scan, b)->sentence_start || word_at (scan, b + 1)->sentence_start)
    return FALSE;
  const char *key = word_at (scan, b)->key;
  guint at = b + 1;
  if (strcmp (key, "in") == 0 && at + 1 < n && strcmp (word_at (scan, at)->key, "the") == 0)
    at++;
  const Span *after = span_at (scan, word_at (scan, at)->span);
  return (strcmp (key, ",") == 0 || strcmp (key, "in") == 0) && is_place (after) && after->a == at && after->kb
         && g_str_has_prefix (after->kb, "iso3166")
         && (company == NULL || (company->country && g_strcmp0 (after->canonical, company->country) == 0));
}

/* Whether the words before [a, b) say it is a place, more weakly: a
 * preposition of place before it ("in", "from": "20 miles from X").  For
 * a name companies.tsv lists too (@company), not "between", which a
 * company's deals stand after as often ("a deal between Honda and
 * Toyota"); "Orders from Toyota" is company_context()'s. */
static gboolean
place_before (const Scan *scan, guint a, guint b, gboolean company)
{
  /* Not "at": a club's staff work "at Porto", a player is "at Lille". */
  static const char *const before[] = { "in", "near", "outside", "around", "across", "via", "from", "between" };
  guint places = company ? G_N_ELEMENTS (before) - 1 : G_N_ELEMENTS (before);
  guint n = scan->words->len;
  /* Nor where the name owns what follows: "at Liverpool's clash". */
  gboolean owns = b < n && is_possessive (word_at (scan, b));
  if (a == 0 || word_at (scan, a)->sentence_start || owns)
    return FALSE;
  const char *key = word_at (scan, a - 1)->key;
  for (guint k = 0; k < places; k++)
    if (strcmp (key, before[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether a company's word stands before the preposition before @a:
 * what a company has or what is held in it ("shares in X", "sales at
 * X", "profits from X"; cues.tsv kinds company-of, stake-in), so the
 * preposition is no place's. */
static gboolean
company_context (const Scan *scan, guint a)
{
  if (a < 2 || word_at (scan, a)->sentence_start || word_at (scan, a - 1)->sentence_start)
    return FALSE;
  /* By the key's row: a capitalised word's kinds of companies.c are
   * cleared (entities.c), and "Sales at X" opens its sentence. */
  const Word *w = word_at (scan, a - 2);
  return (!w->upper || w->sentence_start) && !word_at (scan, a - 1)->upper
         && (cue_map_rules (scan->e->cues, w->key, w->hash) & (CUE_COMPANY_OF | CUE_STAKE_IN));
}

/* Whether a place beside [a, b) in a list ("Pretoria and X") says it is
 * one: a place the lists, the tagger or an earlier round know, not one
 * in a company's context (company_context(): "Sales at Toyota, Honda and
 * Nissan"). */
static gboolean
place_beside (const Scan *scan, guint a, guint b)
{
  guint n = scan->words->len;
  for (int side = 0; side < 2; side++)
    {
      guint sep = side == 0 ? a - 1 : b, other = side == 0 ? a - 2 : b + 1;
      if ((side == 0 && (a < 2 || word_at (scan, a)->sentence_start || word_at (scan, a - 1)->sentence_start))
          || (side == 1 && (b + 1 >= n || word_at (scan, b)->sentence_start || word_at (scan, b + 1)->sentence_start)))
        continue;
      const char *key = word_at (scan, sep)->key;
      if (strcmp (key, "and") != 0 && strcmp (key, "or") != 0 && strcmp (key, ",") != 0)
        continue;
      const Span *q = span_at (scan, word_at (scan, other)->span);
      if (q == NULL || q->dropped || (side == 0 ? q->b != sep : q->a != other))
        continue;
      if (is_place (q) && !company_context (scan, q->a))
        return TRUE;
    }
  return FALSE;
}

/* Whether a mention of a city's name at [a, b) is a club's, a person's
 * or an organisation's by the words beside it: a club's result, score,
 * side or line-up (club_evidence()), "against" before it, a reporting
 * verb before or after it ("Houston said", "said Jupiter"), a title
 * after it ("Biarritz chairman"), or written in capitals (a results
 * table's "KANSAS CITY"). */
static gboolean
city_contrary (const Scan *scan, guint a, guint b)
{
  guint n = scan->words->len;
  if (word_at (scan, a)->capitals || club_evidence (scan, a, b, TRUE, FALSE))
    return TRUE;
  if (a > 0 && !word_at (scan, a)->sentence_start)
    {
      const Word *before = word_at (scan, a - 1);
      if (strcmp (before->key, "against") == 0 || ((before->cue & CUE_VERB) && !before->upper))
        return TRUE;
    }
  if (b < n && !word_at (scan, b)->sentence_start)
    {
      const Word *after = word_at (scan, b);
      if (!after->upper && (after->cue & (CUE_VERB | CUE_ROLE)))
        return TRUE;
    }
  return FALSE;
}

/* Whether the name's one word is also a first name or a lowercase
 * English word (Dallas, Bath, God): only a country after it ("Dallas in
 * the US") makes it the city, at that mention alone. */
static gboolean
person_like (const Scan *scan, guint a, guint b)
{
  const Word *w = word_at (scan, a);
  return b - a == 1 && (word_map_get (scan->e->first_names, w->key, w->hash) & (NAME_WORD_FIRST | NAME_WORD_ENGLISH));
}

/* Whether span @p may be a listed city's: the lists' place the tagger
 * read as a team, or the tagger's name over exactly the words of a name
 * the lists hint.  A test of two fields, before any lookup: most spans
 * are neither. */
static gboolean
maybe_city (const Scan *scan, const Span *p)
{
  const Word *w = word_at (scan, p->a);
  return !p->dropped && (p->place || (w->hint && w->hint_len == p->b - p->a));
}

/* Whether the sentence of word @a holds a sport word (cues.tsv kind
 * sport): a sentence, not the document, as "manager" or "players" name
 * other things too ("an information manager from Nantes"). */
static gboolean
sport_sentence (const Scan *scan, guint a)
{
  guint i = a;
  while (i > 0 && !word_at (scan, i)->sentence_start)
    i--;
  for (; i < scan->words->len && (i <= a || !word_at (scan, i)->sentence_start); i++)
    if (word_at (scan, i)->cue & CUE_SPORT)
      return TRUE;
  return FALSE;
}

/* What the document says of a city's name the tagger read as something
 * else. */
typedef struct
{
  gboolean place;    /* a mention in a place's context */
  gboolean contrary; /* a mention that speaks, a club's, or the name inside a person's */
} CityVote;

/* A city the lists know (cities.tsv, GeoNames) that the tagger read as
 * an organisation or a person is the city where one of its mentions
 * stands in a place's context (place_before(), place_beside()) and none
 * says otherwise: none speaks ("Houston said"), none is a club's (a
 * result, a line-up, a sport report), none a company's ("shares in X"),
 * no person's name holds it ("Dallas Green").  Then every such mention is
 * the city (GPE, its country and GeoNames id): "X is a popular
 * destination ... 20 miles from X".  A name companies.tsv lists too
 * (the gazetteer keeps Toyota and Kawasaki the cities; the list has
 * Leeds and Lyon as well) needs a place's own preposition or its own
 * country after it ("Lyon in France"; "Toyota in the US" is how business
 * news writes of the company), not "between" (place_before()).
 * Not the tagger's organisation of a name clubs.tsv lists in a sentence
 * with a sport word (cues.tsv kind sport): "Monaco and Marseille are
 * interested in the player", where no score makes a sport report. */
void
mend_known_cities (Scan *scan)
{
  if (sport_document (scan) || scan->has_player)
    return;
  g_autoptr (GHashTable) votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (!maybe_city (scan, p) || (strcmp (p->label, "ORG") != 0 && strcmp (p->label, "PERSON") != 0)
          || p->team || p->cued || p->work || city_entry (scan, p->a, p->b) == NULL)
        continue;
      char *text = words_text (scan, p->a, p->b);
      CityVote *v = g_hash_table_lookup (votes, text);
      if (v == NULL)
        g_hash_table_insert (votes, text, v = g_new0 (CityVote, 1));
      else
        g_free (text);
      if (strcmp (p->label, "ORG") == 0 && sport_sentence (scan, p->a) && club_listed (scan, p->a, p->b))
        v->contrary = TRUE;
    }
  if (g_hash_table_size (votes) == 0)
    return;
  /* Rounds, at most four, while one changes a mention: a city made one
   * in a round is the place beside the next in a list in the next round
   * ("across Nottinghamshire, Derbyshire, ..."), never in its own (the
   * votes are all read before any mention changes).  Four bound the work;
   * a list of more unknown names in a row than that is rare. */
  gboolean changed = TRUE;
  for (guint round = 0; round < 4 && changed; round++)
    {
      changed = FALSE;
      for (guint k = 0; k < scan->spans->len; k++)
        {
          const Span *p = span_at (scan, k);
          if (p->dropped)
            continue;
          /* A person's name holding the word: "Dallas Green" */
          if (strcmp (p->label, "PERSON") == 0 && p->b - p->a >= 2)
            for (guint i = p->a; i < p->b; i++)
              {
                CityVote *v = g_hash_table_lookup (votes, word_at (scan, i)->text);
                if (v)
                  v->contrary = TRUE;
              }
          if (!maybe_city (scan, p))
            continue;
          g_autofree char *text = words_text (scan, p->a, p->b);
          CityVote *v = g_hash_table_lookup (votes, text);
          if (v == NULL)
            continue;
          if (p->team || p->cued || p->work || city_contrary (scan, p->a, p->b) || company_context (scan, p->a))
            v->contrary = TRUE;
          else if (strcmp (p->label, "GPE") != 0 && !person_like (scan, p->a, p->b))
            {
              gboolean company = name_listed (scan->e->companies, scan, p->a, p->b);
              gboolean own = in_country (scan, p->b, company ? city_entry (scan, p->a, p->b) : NULL)
                             || place_before (scan, p->a, p->b, company);
              v->place |= own || place_beside (scan, p->a, p->b);
            }
        }
      for (guint k = 0; k < scan->spans->len; k++)
        {
          Span *p = span_at (scan, k);
          if (!maybe_city (scan, p) || (strcmp (p->label, "ORG") != 0 && strcmp (p->label, "PERSON") != 0))
            continue;
          g_autofree char *text = words_text (scan, p->a, p->b);
          const CityVote *v = g_hash_table_lookup (votes, text);
          gboolean company = v && name_listed (scan->e->companies, scan, p->a, p->b);
          gboolean strong = v && in_country (scan, p->b, company ? city_entry (scan, p->a, p->b) : NULL)
                            && !city_contrary (scan, p->a, p->b) && !company_context (scan, p->a);
          const GazetteerEntry *entry
              = v && !v->contrary && (v->place || strong) ? city_entry (scan, p->a, p->b) : NULL;
          if (entry == NULL)
            continue;
          p->label = "GPE";
          p->place = TRUE;
          g_free (p->kb), p->kb = g_strdup (entry->kb);
          g_free (p->country), p->country = NULL;
          if (entry->country && strcmp (entry->country, entry->canonical) != 0)
            p->country = g_strdup (entry->country);
          g_free (p->canonical), p->canonical = g_strdup (entry->canonical);
          changed = TRUE;
        }
    }
}

/* A place no list claims, the tagger's name of one to three words, after
 * a preposition of place and before a comma and a country ("a plant in
 * Tarnby, Denmark", "from Zell, Austria") is a town of that country:
 * GPE (with its GeoNames id where the lists hint a town of that name in
 * that country).  Not before the country's possessive or a name going on ("in
 * Acme, Germany's biggest bank"), nor in a list of places ("in Gazprom,
 * Russia and Ukraine"); over the tagger's organisation only with
 * GeoNames' town of the name in that country. */
void
mend_unlisted_towns (Scan *scan)
{
  static const char *const before[] = { "in", "near", "from", "outside" };
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a > 3 || p->a == 0 || p->b + 2 >= n
          || word_at (scan, p->a)->sentence_start || strcmp (word_at (scan, p->b)->key, ",") != 0
          || (strcmp (p->label, "LOC") != 0 && strcmp (p->label, "ORG") != 0 && strcmp (p->label, "PERSON") != 0))
        continue;
      /* A continent or region is no town ("in South America, Brazil"). */
      if (region_at (scan, p->a, p->b + 1))
        continue;
      gboolean placed = FALSE;
      for (guint j = 0; j < G_N_ELEMENTS (before) && !placed; j++)
        placed = strcmp (word_at (scan, p->a - 1)->key, before[j]) == 0;
      const Span *country = span_at (scan, word_at (scan, p->b + 1)->span);
      if (!placed || !is_place (country) || country->a != p->b + 1 || country->kb == NULL
          || !g_str_has_prefix (country->kb, "iso3166:") || country->b >= n
          || (!word_at (scan, country->b)->sentence_start
              && (word_at (scan, country->b)->upper || is_possessive (word_at (scan, country->b)))))
        continue;
      /* A list, not a town and its country: "Investors in Gazprom, Russia
       * and Ukraine", "in Paris, France and Spain". */
      if (!word_at (scan, country->b)->sentence_start
          && (strcmp (word_at (scan, country->b)->key, "and") == 0
              || strcmp (word_at (scan, country->b)->key, "or") == 0
              || (strcmp (word_at (scan, country->b)->key, ",") == 0 && country->b + 1 < n
                  && is_place (span_at (scan, word_at (scan, country->b + 1)->span)))))
        continue;
      /* A town GeoNames lists is that one only in the same country. */
      const GazetteerEntry *entry = city_entry (scan, p->a, p->b);
      if (entry && g_strcmp0 (entry->country, country->canonical) != 0)
        continue;
      /* The tagger's organisation only where GeoNames has a town of that
       * name there: "a year in Tesco, France" is the company's. */
      if (entry == NULL && strcmp (p->label, "ORG") == 0)
        continue;
      p->label = "GPE";
      p->place = TRUE;
      if (entry)
        g_free (p->kb), p->kb = g_strdup (entry->kb);
      g_free (p->country), p->country = g_strdup (country->canonical);
    }
}
