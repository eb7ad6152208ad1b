/* rules-towns.c: towns against clubs, split from rules-places.c by
 * area.  A town's name used as a modifier in sport and local copy ("the
 * Banbridge runner", "the Newry summit", "Omagh's Ciara Gallagher") is
 * the town, GPE, where the tagger or a rule read an organisation, a
 * place or a thing; a place after "at" or "for" where someone works, in
 * a sport report that names its club, is the club. */
#include "entities.h"

#include <string.h>

/* Whether the document gives the name [a, b) a club's evidence at any
 * mention (teams.c's club_evidence(), or a result's team): a club
 * named after its town is no town there ("the Bath man" in a rugby
 * report is the club's player). */
static gboolean
named_as_club (const Scan *scan, guint a, guint b, GHashTable **asked)
{
  /* Each name's answer once a document: a walk over every span for
   * each mention was quadratic (8,000 "The Banbridge runner won."
   * sentences: 1.82 s of CPU, 0.02 s at 4d4eea5). */
  char *text = words_text (scan, a, b);
  if (*asked == NULL)
    *asked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gpointer known;
  if (g_hash_table_lookup_extended (*asked, text, NULL, &known))
    {
      g_free (text);
      return GPOINTER_TO_UINT (known);
    }
  gboolean club = FALSE;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a != b - a || strcmp (word_at (scan, p->a)->key, word_at (scan, a)->key) != 0)
        continue;
      g_autofree char *other = words_text (scan, p->a, p->b);
      if (strcmp (other, text) == 0 && (p->team || club_evidence (scan, p->a, p->b, TRUE, FALSE)))
        {
          club = TRUE;
          break;
        }
    }
  g_hash_table_insert (*asked, text, GUINT_TO_POINTER (club));
  return club;
}

/* Whether the lowercase word at @i is a kind of person that is no
 * club's post, player or role (person-nouns.tsv less cues.tsv's player,
 * team-noun, club-post, role: "runner", "man", "teenager"; not
 * "striker", "fans", "boss", "mayor"), or an event's head (cues.tsv
 * event-head: "summit", "marathon"). */
static gboolean
town_noun (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  if (w->upper || w->sentence_start)
    return FALSE;
  if (w->cue & CUE_EVENT_HEAD)
    return TRUE;
  /* A contest's winner is the event's, named after its town: "the
   * Venice winner", "the Wimbledon champion" (seats.tsv kind winner). */
  if (seats_word_is (scan, i, SEAT_WORD_WINNER))
    return FALSE;
  return !(w->cue & (CUE_PLAYER | CUE_TEAM_NOUN | CUE_CLUB_POST | CUE_ROLE | CUE_SPORT))
         && (first_name_flags (scan, w) & NAME_WORD_PERSON_NOUN);
}

/* The span at word @i where it is a person's name of two to four words
 * (the tagger's person, or its organisation opening on a first name:
 * "Omagh's Ciara Nic Reid", which the club's reading dragged to ORG),
 * or NULL. */
static Span *
owned_person (Scan *scan, guint i)
{
  if (i >= scan->words->len || word_at (scan, i)->sentence_start || word_at (scan, i)->span < 0)
    return NULL;
  Span *q = span_at (scan, word_at (scan, i)->span);
  if (q->dropped || q->a != i || q->b - q->a < 2 || q->b - q->a > 4)
    return NULL;
  if (strcmp (q->label, "PERSON") == 0)
    return q;
  if (strcmp (q->label, "ORG") != 0 || q->cued || q->team || q->kb || q->source > SOURCE_RULE
      || !(first_name_flags (scan, word_at (scan, i)) & NAME_WORD_FIRST))
    return NULL;
  for (guint k = q->a; k < q->b; k++)
    if (word_at (scan, k)->cue || word_at (scan, k)->capitals || word_at (scan, k)->hint)
      return NULL;
  return q;
}

/* Whether span @p is the end of a longer name: a capitalised word that
 * is no function word, or "and"/"&", right before it inside its sentence
 * ("Ernst and Young's", "Sun Valley"). */
static gboolean
ends_longer_name (const Scan *scan, const Span *p)
{
  if (p->a == 0 || word_at (scan, p->a)->sentence_start)
    return FALSE;
  const Word *before = word_at (scan, p->a - 1);
  return (before->upper && !(before->cue & CUE_FUNCTION)) || strcmp (before->key, "and") == 0
         || strcmp (before->key, "&") == 0;
}

/* The entry of span @p where it is a town's or a county's name
 * (GeoNames, ISO 3166-2, places.tsv) that is no listed company's or region's, nor where @clubs a listed club's, of one
 * or two words, none in capitals or a cue word; or NULL. */
static const GazetteerEntry *
modifier_town (const Scan *scan, const Span *p, gboolean clubs, gboolean people)
{
  if (p->dropped || p->b - p->a > 2 || p->team || p->work || p->cued || p->source > SOURCE_RULE
      || (strcmp (p->label, "LOC") != 0 && strcmp (p->label, "ORG") != 0 && strcmp (p->label, "MISC") != 0
          && strcmp (p->label, "PERSON") != 0))
    return NULL;
  for (guint i = p->a; i < p->b; i++)
    if (word_at (scan, i)->capitals || word_at (scan, i)->cue)
      return NULL;
  /* Two words both English ones are a district's or a street's as
   * often ("the West End show"). */
  if (p->b - p->a == 2 && (first_name_flags (scan, word_at (scan, p->a)) & NAME_WORD_ENGLISH)
      && (first_name_flags (scan, word_at (scan, p->a + 1)) & NAME_WORD_ENGLISH))
    return NULL;
  if (ends_longer_name (scan, p))
    return NULL;
  /* Before a kind of person (@people), a county or another subdivision
   * ISO 3166-2 lists is where the person comes from as a town is ("the
   * Kent athlete", "a Devon man"), and so is a name two places share
   * (Kent the county and Kent in Washington: the lists keep it a place
   * with no link); not before an event's head ("a Cesar prize") or a
   * possessive ("Miyazaki's Spirited Away": a province's name and a
   * surname).  eng.train reads a county as a club in a report of its
   * matches (the county sides no list holds: "the Kent man took four
   * catches", in a report of teams or with a word of its sport,
   * cues.tsv kind sport: "batsman", "wickets"), and as a place
   * elsewhere.  city_entry() answers only such places. */
  const GazetteerEntry *entry = city_entry (scan, p->a, p->b);
  gboolean town = entry && entry->kb && g_str_has_prefix (entry->kb, "geonames:");
  if (entry == NULL || (clubs && club_listed (scan, p->a, p->b))
      || (!town && (!people || clubs || (scan->document_cues & CUE_SPORT)))
      || name_listed (scan->e->companies, scan, p->a, p->b) || region_named (scan, p->a, p->b))
    return NULL;
  return entry;
}

/* The entry of span @p where it is a city the lists name on their own
 * (GeoNames' claimed towns, places.tsv: London, Los Angeles; not a
 * faint one, a region's or a company's name), of one to three words
 * none in capitals, not the end of a longer name; or NULL. */
static const GazetteerEntry *
noun_city (const Scan *scan, const Span *p)
{
  if (p->dropped || p->b - p->a > 3 || p->team || p->work || p->cued)
    return NULL;
  for (guint i = p->a; i < p->b; i++)
    if (word_at (scan, i)->capitals)
      return NULL;
  if (ends_longer_name (scan, p))
    return NULL;
  const GazetteerEntry *entry = city_entry (scan, p->a, p->b);
  if (entry == NULL || entry->hint || entry->faint || (entry->kb && !g_str_has_prefix (entry->kb, "geonames:"))
      || name_listed (scan->e->companies, scan, p->a, p->b) || region_named (scan, p->a, p->b))
    return NULL;
  return entry;
}

/* Makes the span @p the town @entry names: its label, kb, country
 * (none where the town's name is the country's) and canonical. */
static void
become_town (Span *p, const GazetteerEntry *entry)
{
  p->label = "GPE";
  p->place = TRUE;
  g_free (p->kb), p->kb = entry->kb ? g_strdup (entry->kb) : NULL;
  g_free (p->country), p->country = NULL;
  if (entry->country && strcmp (entry->country, entry->canonical) != 0)
    p->country = g_strdup (entry->country);
  g_free (p->canonical), p->canonical = g_strdup (entry->canonical);
}

/* Whether the mention [a, b) of a town's name stands where a body named
 * after the town does: after "at", "for" or "against" (staff "at X", a
 * member "for X"), after "with" ("a season with X", "talks with X") or
 * a bracket (an affiliation: "Tom Hale (X)"), after "the" (a town takes no article: "the X" is a
 * ship's, a body's, a film's), after a lowercase verb ("told X"; not
 * before one: cues.tsv's verbs hold "was" and "has") or a kind of work
 * ("the thriller X", work-nouns.tsv), before what a body has or is ("X
 * MP", "X council": cues.tsv org-head, org-noun, org-after, role), a
 * hyphen's word ("X-based") or a number (a results table's row: "X 3 Y
 * 1", where no score's hyphen tells the document is sport's), written
 * in capitals (a table), or with a club's evidence (teams.c). */
static gboolean
body_context (const Scan *scan, guint a, guint b)
{
  if (word_at (scan, a)->capitals || club_evidence (scan, a, b, TRUE, FALSE))
    return TRUE;
  if (a > 0 && !word_at (scan, a)->sentence_start)
    {
      const Word *before = word_at (scan, a - 1);
      if (strcmp (before->key, "at") == 0 || strcmp (before->key, "for") == 0 || strcmp (before->key, "against") == 0
          || strcmp (before->key, "the") == 0 || strcmp (before->key, "with") == 0 || strcmp (before->key, "(") == 0
          || (!before->upper && (before->cue & (CUE_VERB | CUE_WORK_NOUN))))
        return TRUE;
    }
  if (b >= scan->words->len || word_at (scan, b)->sentence_start)
    return FALSE;
  const Word *after = word_at (scan, b);
  /* A lowercase word of no cue (no verb, no function word) right after
   * it makes the name a modifier, a body's or a product's as often as a
   * town's ("X crude" is a grade of oil, "X office" a firm's). */
  return (!after->upper && (after->cue & (CUE_ORG_HEAD | CUE_ORG_NOUN | CUE_ORG_AFTER | CUE_ROLE)))
         || (!after->upper && after->cue == 0 && g_ascii_isalpha (after->text[0]))
         || after->text[0] == '-' || g_ascii_isdigit (after->text[0]);
}

/* The entry of the tagger's organisation @p where it may be a quiet
 * town: one to three words, none in capitals, over exactly a name the
 * lists hint, a town or a subdivision that is no faint hint, no English
 * word of one word (Bath, Save, Best: the word as often), no name
 * companies.tsv lists (Toyota), not the end of a longer name; or NULL.
 * A name clubs.tsv lists may be the town: mend_quiet_towns() asks for a
 * story with no word of sport at all. */
static const GazetteerEntry *
quiet_town (const Scan *scan, const Span *p)
{
  const Word *w = word_at (scan, p->a);
  if (p->dropped || p->source != SOURCE_TAGGER || p->team || p->cued || p->work || p->b - p->a > 3
      || strcmp (p->label, "ORG") != 0 || w->hint == NULL || w->hint_len != p->b - p->a)
    return NULL;
  for (guint i = p->a; i < p->b; i++)
    if (word_at (scan, i)->capitals)
      return NULL;
  if (ends_longer_name (scan, p))
    return NULL;
  const GazetteerEntry *entry = city_entry (scan, p->a, p->b);
  if (entry == NULL || entry->faint || name_listed (scan->e->companies, scan, p->a, p->b))
    return NULL;
  /* A first name too is the place only where a subdivision's hint
   * stands for it (Kent, the county: an entry with no GeoNames id), not
   * where GeoNames' town alone does (Young, Wesley: a person's name as
   * often, the tagger's organisation or not). */
  guint flags = p->b - p->a == 1 ? first_name_flags (scan, w) : 0;
  if ((flags & NAME_WORD_ENGLISH)
      || ((flags & NAME_WORD_FIRST) && entry->kb && !g_str_has_prefix (entry->kb, "iso3166-2:")))
    return NULL;
  /* Nor a name of English words only ("South West", a district of
   * Singapore's, is England's region as often): the words alone, not
   * the lists, read it. */
  gboolean english = p->b - p->a > 1;
  for (guint i = p->a; english && i < p->b; i++)
    english = (first_name_flags (scan, word_at (scan, i)) & NAME_WORD_ENGLISH) != 0;
  return english ? NULL : entry;
}

/* A town or a county the lists know that the tagger read as an
 * organisation is the place in a story of no sport, where no mention of
 * the name stands where a body named after it does (body_context()):
 * the tagger reads "the people of X" as a club's as readily where it
 * puts towns and their clubs in one class of words.  The document, not
 * the sentence, must hold no word of sport, a player's position, a
 * side's, a result's, a fixture's or a transfer's (cues.tsv sport,
 * player, team-noun, club-post, result, fixture, transfer), no score,
 * no line-up: a club's name stands in a sentence of its owners or its
 * debts as often. */
static void
mend_quiet_towns (Scan *scan)
{
  const Cue sport = CUE_SPORT | CUE_PLAYER | CUE_TEAM_NOUN | CUE_CLUB_POST | CUE_RESULT | CUE_FIXTURE | CUE_TRANSFER;
  if ((scan->document_cues & sport) || scan->has_score || scan->has_player || scan->has_line_up)
    return;
  /* Each candidate name's verdict: 1 the town, 2 a body's mention
   * somewhere. */
  g_autoptr (GHashTable) names = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (quiet_town (scan, p) == NULL)
        continue;
      if (names == NULL)
        names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      char *text = words_text (scan, p->a, p->b);
      guint verdict = GPOINTER_TO_UINT (g_hash_table_lookup (names, text));
      verdict = MAX (verdict, body_context (scan, p->a, p->b) ? 2u : 1u);
      g_hash_table_insert (names, text, GUINT_TO_POINTER (verdict));
    }
  if (names == NULL)
    return;
  /* A body's mention under another label counts too ("X Council" is a
   * longer name; "X said" the tagger's person). */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || strcmp (p->label, "ORG") == 0 || p->b - p->a > 3)
        continue;
      g_autofree char *text = words_text (scan, p->a, p->b);
      if (g_hash_table_contains (names, text) && (p->team || body_context (scan, p->a, p->b)))
        g_hash_table_insert (names, g_steal_pointer (&text), GUINT_TO_POINTER (2u));
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const GazetteerEntry *entry = quiet_town (scan, p);
      if (entry == NULL)
        continue;
      g_autofree char *text = words_text (scan, p->a, p->b);
      if (GPOINTER_TO_UINT (g_hash_table_lookup (names, text)) != 1)
        continue;
      become_town (p, entry);
    }
}

void
mend_town_modifiers (Scan *scan)
{
  /* "a Kent man" names where he comes from as "the Kent man" does; "a
   * Newry summit" may be a firm's, so an event's head only after "the". */
  static const char *const articles[] = { "a", "an", NULL };
  mend_quiet_towns (scan);
  guint n = scan->words->len;
  /* In a report of teams (a score, a player by position, a line-up, a
   * team found), a town clubs.tsv lists is left to the clubs' rules:
   * "the Leicester man", "Fulham's Luis Boa Morte" are the club's. */
  int teams = -1; /* sport_report(), asked at the first candidate: most documents have none */
  g_autoptr (GHashTable) asked = NULL; /* named_as_club()'s answers */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b + 1 >= n || word_at (scan, p->b)->sentence_start || word_at (scan, p->b)->upper)
        continue;
      /* "the Banbridge runner", "the Derry summit": the town's, where
       * no name goes on after the noun ("the Dundalk man Kevin Walsh"
       * is the town's as well; "the Derry summit Committee" is not). */
      const char *article = p->a > 0 && !word_at (scan, p->a)->sentence_start ? word_at (scan, p->a - 1)->key : "";
      /* The article's first byte before its comparisons: most spans
       * stand after none (every span with a lowercase word after it
       * asks). */
      gboolean the = article[0] == 't' && strcmp (article, "the") == 0;
      gboolean noun
          = (the || (article[0] == 'a' && key_in (article, articles))) && town_noun (scan, p->b);
      gboolean people = noun && !(word_at (scan, p->b)->cue & CUE_EVENT_HEAD);
      gboolean before_noun = (the ? noun : people)
                             && (p->b + 1 >= n || word_at (scan, p->b + 1)->sentence_start
                                 || !word_at (scan, p->b + 1)->upper
                                 || (first_name_flags (scan, word_at (scan, p->b + 1)) & NAME_WORD_FIRST));
      /* "Omagh's Ciara Gallagher": where the athlete comes from, when
       * the document gives the name no club's evidence; the person
       * stays a person.  Not in a report of teams, where a town's
       * possessive before a player is its club's ("Bath's Paul Kerr"
       * in a rugby report that names Bath nowhere else), nor a club's
       * name clubs.tsv lists in any story (a squad's list names
       * "Everton's Tim Cahill" with no score or position). */
      Span *person = NULL;
      if (!before_noun && is_possessive (word_at (scan, p->b)))
        person = owned_person (scan, p->b + 1);
      /* "a Los Angeles court", "Leeds band X", "the London premiere":
       * the tagger's organisation of a city before a noun of the city's
       * (seats.tsv kind city-noun), outside a report of teams. */
      gboolean city = !before_noun && person == NULL && strcmp (p->label, "ORG") == 0 && seats_city_noun (scan, p->b);
      if (!before_noun && person == NULL && !city)
        continue;
      if (teams < 0)
        teams = sport_report (scan);
      if ((person || city) && (teams || club_listed (scan, p->a, p->b)))
        continue;
      const GazetteerEntry *entry = city ? noun_city (scan, p) : modifier_town (scan, p, teams, before_noun && people);
      if (entry == NULL || named_as_club (scan, p->a, p->b, &asked))
        continue;
      become_town (p, entry);
      if (person && strcmp (person->label, "PERSON") != 0)
        {
          person->label = "PERSON";
          g_clear_pointer (&person->kb, g_free);
          g_clear_pointer (&person->country, g_free);
        }
    }
}

/* Whether the name at word @a stands after "at" or "for", or after
 * "at X and" / "for X and" ("coached at Porto and Barcelona"): where a
 * player or a coach works, in a sport report.  Not after a match's or
 * a final's word or a score earlier in the sentence, nor after "held",
 * "played", "staged" or "hosted" before "at" (seats.tsv venue-verb) ("the final was played
 * at Cardiff": the ground's town) or a word of arriving or staying
 * ("arrived at Milan", "was treated at Barcelona", "born at Leeds"), nor after "left" or "bound" before
 * "for" (a journey: journey-verb). */
static gboolean
works_at (const Scan *scan, guint a)
{
  if (a < 2 || word_at (scan, a)->sentence_start)
    return FALSE;
  guint at = a - 1;
  if (strcmp (word_at (scan, at)->key, "and") == 0 && !word_at (scan, at)->sentence_start)
    {
      /* The name before "and" and the word before it. */
      const Word *before = word_at (scan, at - 1);
      if (before->span < 0)
        return FALSE;
      const Span *first = span_at (scan, before->span);
      if (first->a == 0 || word_at (scan, first->a)->sentence_start)
        return FALSE;
      at = first->a - 1;
    }
  const Word *prep = word_at (scan, at);
  gboolean is_at = strcmp (prep->key, "at") == 0;
  if ((!is_at && strcmp (prep->key, "for") != 0) || at == 0 || prep->sentence_start)
    return FALSE;
  const Word *verb = word_at (scan, at - 1);
  if (verb->cue & (CUE_FIXTURE | CUE_RESULT | CUE_SPORT | CUE_EVENT_HEAD))
    return FALSE;
  /* A match told before it (a score, a result's or a fixture's word:
   * "a 3-2 win at Norwich", "drew 6-6 at Swansea") is played at the
   * ground, in the town. */
  for (guint i = at; i > 0 && !word_at (scan, i)->sentence_start; i--)
    if (is_score (scan, i - 1) || (word_at (scan, i - 1)->cue & (CUE_FIXTURE | CUE_RESULT)))
      return FALSE;
  /* seats.tsv kinds venue-verb, journey-verb. */
  return !seats_word_is (scan, at - 1, is_at ? SEAT_WORD_VENUE_VERB : SEAT_WORD_JOURNEY_VERB);
}

void
mend_clubs_at (Scan *scan)
{
  int sport = -1; /* sport_report(), asked at the first candidate */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || (strcmp (p->label, "GPE") != 0 && strcmp (p->label, "LOC") != 0) || !works_at (scan, p->a))
        continue;
      /* Nor the first word of a ground's name ("at Cardiff Arms Park"),
       * nor a town before a possessive or a lowercase word of no cue (a
       * noun as a rule: not "is", "and", "last") or a place's or a
       * body's head, which names a place in it ("at Liverpool station",
       * "at Manchester airport", "at Barcelona's clinic"). */
      if (p->b < scan->words->len && !word_at (scan, p->b)->sentence_start)
        {
          const Word *next = word_at (scan, p->b);
          if (next->upper || is_possessive (next)
              || (g_ascii_islower (next->text[0]) && next->cue == 0)
              || (cue_map_rules (scan->e->cues, next->key, next->hash) & (CUE_LOC_HEAD | CUE_ORG_HEAD)))
            continue;
        }
      if (sport < 0)
        sport = sport_report (scan);
      if (!sport)
        return;
      /* A mention the document gives as an organisation: a listed club
       * the tagger or a rule called ORG, or a result's team. */
      g_autofree char *text = words_text (scan, p->a, p->b);
      gboolean club = FALSE;
      for (guint j = 0; j < scan->spans->len && !club; j++)
        {
          const Span *q = span_at (scan, j);
          if (q->dropped || q->b - q->a != p->b - p->a || strcmp (q->label, "ORG") != 0
              || strcmp (word_at (scan, q->a)->key, word_at (scan, p->a)->key) != 0)
            continue;
          g_autofree char *other = words_text (scan, q->a, q->b);
          club = strcmp (other, text) == 0 && (q->team || club_listed (scan, q->a, q->b));
        }
      if (!club)
        continue;
      p->label = "ORG";
      p->place = FALSE;
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
    }
}

/* A state, a province or another subdivision ISO 3166-2 lists
 * (subdivisions.tsv) that the tagger read as a place is the political
 * unit, GPE with its code, as the label guide writes states ("in
 * Florida", "Beaverton, Oregon"); one it read as an organisation is the
 * unit only beside a word of its government (seats.tsv kind
 * state-office: "the governor of Texas", "the US state of Delaware", "a
 * Delaware court", "Texas Judge X"), outside a sport report.  Mention by
 * mention, never spread: a state's name is a company's cut short ("Texas,
 * which makes chips") or a college's side as often.  A region that is
 * no unit (regions.tsv alone: East Anglia) has no code and stays LOC. */
void
mend_tagged_states (Scan *scan)
{
  guint n = scan->words->len;
  int sport = -1;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->cued || p->work || p->team || p->b - p->a > 4 || !word_at (scan, p->a)->upper)
        continue;
      gboolean org = strcmp (p->label, "ORG") == 0;
      if (!org && strcmp (p->label, "LOC") != 0)
        continue;
      const char *code = seats_state_code (scan, p->a, p->b);
      if (code == NULL)
        continue;
      /* Not a country's name (Georgia: the lists give no place then) nor
       * a city's the lists know better (Washington, New York). */
      const GazetteerEntry *entry = city_entry (scan, p->a, p->b);
      if (entry == NULL || (entry->kb && !g_str_has_prefix (entry->kb, "iso3166-2:") && !entry->faint))
        continue;
      if (org)
        {
          /* "the governor of X": the office, "of", the name. */
          gboolean before = p->a >= 2 && !word_at (scan, p->a)->sentence_start
                            && !word_at (scan, p->a - 1)->sentence_start
                            && strcmp (word_at (scan, p->a - 1)->key, "of") == 0
                            && seats_state_office (scan, p->a - 2);
          /* "a Delaware court", "Texas Judge X"; not a capitalised word
           * going on with the name ("Florida State" is a college). */
          const Word *next = p->b < n ? word_at (scan, p->b) : NULL;
          gboolean after = next && !next->sentence_start && seats_state_office (scan, p->b)
                           && (!next->upper || (next->cue & CUE_ROLE));
          if (!before && !after)
            continue;
          if (sport < 0)
            sport = sport_report (scan) || scan->has_player;
          if (sport)
            continue;
        }
      p->label = "GPE";
      p->place = TRUE;
      g_free (p->kb), p->kb = g_strdup (code);
      /* The country only from the subdivision's own entry: an
       * ambiguous one's is the other place's. */
      g_free (p->country);
      p->country = entry->kb && strcmp (entry->kb, code) == 0 && entry->country ? g_strdup (entry->country) : NULL;
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
    }
}
