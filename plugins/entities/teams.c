/* teams.c: clubs, the places sport names them after: a city's or a
 * province's name beside a result and a score ("Exeter beat Leeds 2-1",
 * "Borders 19-20 Ulster"), the clubs clubs.tsv lists in a sport report,
 * and the evidence both read (moved out of rules-places.c, which held
 * them with the places' other rules, to keep each file one area). */
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
  guint flags = first_name_flags (scan, w);
  if (!sets && w->upper && !w->capitals && !w->glued && (flags & (NAME_WORD_FIRST | NAME_WORD_ENGLISH))
      && (w->cue == 0 || ((w->cue & ~CUE_WEEKDAY) == CUE_FUNCTION && (flags & NAME_WORD_FIRST)))
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

/* A player after his position ("Rovers keeper Jo Day", "striker Ann
 * Bell"; cues.tsv kind player, or a team-noun), in a sport report: two
 * or three capitalised words the tagger read as a thing or a body,
 * opening with a first name (first-names.tsv) and no cue word, are the
 * player, PERSON; the tagger reads a surname that is an English word
 * ("Day", "Bell") as an occasion's or a body's, and mend_first_names()
 * leaves such words be.  Before link_names(), so the surname alone later
 * is the player's too. */
static void
mend_positioned_players (Scan *scan, guint ws, guint we)
{
  if (!(scan->sentence_cues & (CUE_PLAYER | CUE_TEAM_NOUN)))
    return;
  gint report = -1;
  for (guint i = ws + 1; i + 1 < we; i++)
    {
      const Word *position = word_at (scan, i - 1), *first = word_at (scan, i);
      /* A position, or what a club has that is a kind of person
       * (person-nouns.tsv: "keeper", "boss") or follows a side's name
       * ("Wasps centre", "Leicester lock"); not the side itself after a
       * people's word ("the Argentine side Newell Old Boys" is the
       * club). */
      if (position->upper || !(position->cue & (CUE_PLAYER | CUE_TEAM_NOUN)))
        continue;
      if (!(position->cue & CUE_PLAYER) && !(first_name_flags (scan, position) & NAME_WORD_PERSON_NOUN))
        {
          const Span *side = i >= ws + 2 ? span_at (scan, word_at (scan, i - 2)->span) : NULL;
          if (!side || side->dropped || side->b != i - 1 || strcmp (side->label, "NORP") == 0)
            continue;
        }
      Span *p = span_at (scan, first->span);
      if (!p || p->dropped || p->a != i || p->b - p->a < 2 || p->b - p->a > 3 || p->source != SOURCE_TAGGER
          || strcmp (p->label, "PERSON") == 0
          || !((first_name_flags (scan, first) & NAME_WORD_FIRST)
               || (first->hint && first->hint->hint && strcmp (first->hint->hint, "FIRST") == 0)))
        continue; /* a first name of either list: "Matt" is person-names.tsv's only */
      gboolean plain = TRUE;
      for (guint k = p->a; k < p->b && plain; k++)
        {
          const Word *w = word_at (scan, k);
          plain = w->upper && !w->capitals && w->cue == 0 && g_ascii_isalpha (w->text[0]);
        }
      if (!plain)
        continue;
      if (report < 0)
        report = sport_report (scan);
      if (!report)
        return;
      span_set_label (p, "PERSON");
    }
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
  mend_positioned_players (scan, ws, we);
  /* A club needs no score where British English gives it a plural verb:
   * "Chelsea have decided", "Chelsea are saying", "Chelsea were now
   * looking" (a person has, is, was).  One word the tagger calls a
   * person, opening the sentence (a quote allowed before it), before
   * "are", "were" or "have": elsewhere the verb's subject is often more
   * than the name ("she and sister Venus are", "people who like Robbie
   * are", "if Perot were").  So only the sentence's first two words
   * are read: the walk of every word read a span and a key for nothing
   * (find_teams() 5.7M -> 3.5M instructions on 500 BBC articles). */
  for (guint i = ws; i + 1 < we && i < ws + 2; i++)
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
  /* A score starts with a digit: most sentences have none
   * (Scan.sentence_openers), most words are none, no call. */
  if (!(scan->sentence_openers & OPENS_DIGIT))
    return;
  guint scores = 0;
  for (guint i = ws; i < we && scores < 2; i++)
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
          span_set_org (sides[s]);
          sides[s]->team = TRUE;
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
          span_set_org (p);
          p->team = TRUE;
        }
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
gboolean
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
gboolean
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
         || !(first_name_flags (scan, next) & NAME_WORD_PERSON_NOUN);
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
gboolean
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
      /* "against Wimbledon to save Everton": one plays against a club,
       * not an event (MISC) or a person the lists name as a club; only
       * before a stop or a small word ("to", "in", "and"), not a noun
       * ("against Wimbledon champion Federer"). */
      if (!place && !strict && strcmp (before->key, "against") == 0
          && (b >= scan->words->len || word_at (scan, b)->sentence_start
              || !g_ascii_isalpha (scan->text[word_at (scan, b)->start])
              || (!word_at (scan, b)->upper && (word_at (scan, b)->cue & (CUE_FUNCTION | CUE_TITLE_WORD | CUE_CONNECTOR)))))
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

enum
{
  MATCH_AT = 1 << 0,
  MATCH_TO = 1 << 1,
  MATCH_FROM = 1 << 2,
  MATCH_BY = 1 << 3,
};

/* The MATCH_ bit of the small word @key, or 0. */
static guint
match_bit (const char *key)
{
  static const char *const preps[] = { "at", "to", "from", "by" };
  for (guint k = 0; k < G_N_ELEMENTS (preps); k++)
    if (strcmp (key, preps[k]) == 0)
      return 1u << k;
  return 0;
}

/* A match-words.tsv row's MATCH_ bits, from its BEFORE field: small
 * words separated by ','. */
static guint
match_word_bits (const AssayDataRow *row, const char **wrong)
{
  guint bits = 0;
  g_auto (GStrv) preps = g_strsplit (row->fields[1], ",", -1);
  for (guint k = 0; preps[k]; k++)
    {
      guint bit = match_bit (preps[k]);
      if (bit == 0)
        {
          *wrong = "an unknown word to stand before (at, to, from, by)";
          return 0;
        }
      bits |= bit;
    }
  return bits;
}

/* match-words.tsv: each word's key to its MATCH_ bits, or NULL with
 * @error set. */
GHashTable *
match_words_load (const char *data_dir, GError **error)
{
  return word_table_load (data_dir, "match-words.tsv", "WORD<TAB>at, to, from or by, or several: at,to<TAB>SOURCE", 3,
                          match_word_bits, error);
}

/* Whether the name at word @a follows a small word of @bits (MATCH_:
 * "at", "to", "from", "by") after a game's or a move's word that stands
 * so (match-words.tsv), a score allowed between: "a 3-2 win at
 * Norwich", "drawing 1-1 at Derby", "lost to Swansea", "a move to
 * Southampton", "on loan from Bath", "recalled by Bath"; not "flew to
 * Leicester", "a meeting at Bolton". */
static gboolean
played_against (const Scan *scan, guint a, guint bits)
{
  if (a < 2 || word_at (scan, a)->sentence_start || word_at (scan, a - 1)->sentence_start)
    return FALSE;
  guint bit = match_bit (word_at (scan, a - 1)->key) & bits;
  if (bit == 0)
    return FALSE;
  guint j = a - 2;
  if (is_score (scan, j))
    {
      if (j == 0 || word_at (scan, j)->sentence_start)
        return FALSE;
      j--;
    }
  const Word *w = word_at (scan, j);
  if (w->upper || !(GPOINTER_TO_UINT (g_hash_table_lookup (scan->e->match_words, w->key)) & bit))
    return FALSE;
  /* A country's side plays at a town, not its club ("Wales won 2-1 at
   * Cardiff", "Brazil's win at Leeds"): the nearest name before the
   * game's word, a few words off in its sentence, a country (a GPE of
   * no town's geonames entry, as find_listed_clubs() tells a country's
   * side, and no listed club's name).  Only the nearest: "former England
   * international Jo Lee's loan spell at Leicester" is his club's. */
  for (guint i = j; i > 0 && j - i < 8 && !word_at (scan, i)->sentence_start; i--)
    {
      const Span *s = span_at (scan, word_at (scan, i - 1)->span);
      if (s && !s->dropped)
        return strcmp (s->label, "GPE") != 0 || (s->kb && g_str_has_prefix (s->kb, "geonames:"))
               || club_listed (scan, s->a, s->b);
    }
  return TRUE;
}

/* Whether the name [a, b), in a sport report, is a club a player moves
 * from or to (cues.tsv kind transfer, match-words.tsv's moves): after
 * "from" or "by" and a move's word ("on loan from Millbrook", "recalled
 * by Millbrook"; not "to": a name no list makes a club is as often a
 * ground, "a move to Westfield Park", and "at" is where a game was
 * played), before "on" and a transfer word in the next few words
 * ("heads for Millbrook on loan", "join Millbrook on a month's loan"),
 * or before "have" or "has" and a transfer word, one word allowed
 * between ("Millbrook have also signed"). */
static gboolean
transfer_club (const Scan *scan, guint a, guint b)
{
  if (played_against (scan, a, MATCH_FROM | MATCH_BY))
    return TRUE;
  guint n = scan->words->len;
  if (b + 1 >= n || word_at (scan, b)->sentence_start || word_at (scan, b)->upper)
    return FALSE;
  const char *next = word_at (scan, b)->key;
  gboolean on = strcmp (next, "on") == 0;
  if (!on && strcmp (next, "have") != 0 && strcmp (next, "has") != 0)
    return FALSE;
  for (guint k = b + 1; k < n && k <= b + (on ? 5 : 2) && !word_at (scan, k)->sentence_start; k++)
    {
      const Word *w = word_at (scan, k);
      if (w->upper)
        return FALSE;
      if (w->cue & CUE_TRANSFER)
        return TRUE;
    }
  return FALSE;
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
                  || (first_name_flags (scan, before) & NAME_WORD_PERSON_NOUN))
                continue;
            }
          /* Where a game was played: "in Salzburg 3-2"; but a town's
           * name after a game's result and "at" is the club's ("a 2-1
           * win at Leicester"). */
          gboolean played = place && pass == 1
                            && (played_against (scan, p->a, MATCH_AT | MATCH_TO | MATCH_FROM | MATCH_BY)
                                || transfer_club (scan, p->a, p->b));
          if (after_where (scan, p->a) && !played)
            continue;
          gboolean evidence = played || club_evidence (scan, p->a, p->b, place, pass == 0);
          if (pass == 0 && !evidence)
            continue;
          /* Only the tagger's person goes on the list alone: a place or a
           * MISC (an event, "Wimbledon") is more than the club. */
          /* A short form that is an English word ("Villa", "Spurs") is
           * find_club_short_forms()' to read: "German Villa" in a
           * scorers' list is a player. */
          if (!evidence
              && (strcmp (p->label, "PERSON") != 0 || among_people (scan, p->a, p->b)
                  || (p->b - p->a == 1 && (first_name_flags (scan, word_at (scan, p->a)) & NAME_WORD_ENGLISH))
                  || (p->b - p->a == 1 && person_word (scan, &people, word_at (scan, p->a)->key))))
            continue;
          span_set_org (p);
          p->team = evidence && p->b - p->a == 1;
          g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
          sport = TRUE;
        }
    }
}

/* Whether the word before @i, in its sentence, holds @i inside a longer
 * name or a common noun's phrase: a capitalised name word ("Epping
 * Forest", "Sherwood Forest") or "the" ("the Palace said"). */
static gboolean
run_before (const Scan *scan, guint i)
{
  if (i == 0 || word_at (scan, i)->sentence_start)
    return FALSE;
  const Word *before = word_at (scan, i - 1);
  return (before->upper && is_name_word (before) && !g_ascii_isdigit ((guchar) before->text[0]))
         || strcmp (before->key, "the") == 0;
}

/* Clubs by a short form that is also an English word (clubs.tsv's
 * "Spurs", "Forest", "Villa", "Palace": make-clubs.py keeps only the
 * source's other names and a town's club's distinctive last word), in
 * a sport report (sport_report()): a capitalised mention alone, no
 * capitalised word or "the" before it and none after it in its
 * sentence ("Forest chief executive", "bid from Spurs"; not "Epping
 * Forest", "Forest Green", "the Palace"), is the club where the
 * document writes the word with a capital inside a sentence somewhere
 * and never in lowercase ("Forest fires" opening a sentence beside
 * "the forest" is the word), or, written only opening sentences, where
 * the words around it show a club (club_evidence(): "Spurs fans",
 * "Forest won 2-1").  The tagger's one-word person, place or
 * thing there is relabelled; a longer name's word is left. */
static void
find_club_short_forms (Scan *scan)
{
  if (!sport_report (scan))
    return;
  guint n = scan->words->len;
  /* Per slot: 1 capitalised inside a sentence, 2 written in lowercase. */
  g_autofree guint8 *seen = g_new0 (guint8, scan->n_slots);
  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (scan, i);
      if (!w->upper)
        seen[word_slot (scan, w)] |= 2;
      else if (!opens_sentence (scan, i))
        seen[word_slot (scan, w)] |= 1;
    }
  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (scan, i);
      guint8 written = seen[word_slot (scan, w)];
      if (!w->upper || w->capitals || (written & 2) || !is_name_word (w) || run_before (scan, i)
          || (i + 1 < n && !word_at (scan, i + 1)->sentence_start && word_at (scan, i + 1)->upper)
          || !(first_name_flags (scan, w) & NAME_WORD_ENGLISH) || !club_listed (scan, i, i + 1))
        continue;
      /* Written only opening sentences: the club where it shows one
       * ("Spurs fans", "Forest won 2-1"). */
      if (!written && !club_evidence (scan, i, i + 1, FALSE, FALSE))
        continue;
      Span *p = span_at (scan, w->span);
      if (p && (p->b - p->a != 1 || p->source != SOURCE_TAGGER))
        continue;
      if (p)
        span_set_org (p);
      else if (!(p = claim (scan, i, i + 1, "ORG", SOURCE_RULE)))
        continue;
      g_free (p->canonical), p->canonical = words_text (scan, i, i + 1);
    }
}

/* Whether the words after a city's name at @b name one of a side's
 * people, which makes the city the side (eng.train: "Northern
 * Transvaal centre Andre Snyman", "Everton 's Duncan Ferguson" are
 * ORG): a player by position ("Kelso scrum-half", "Kelso's
 * fly-half"), a post only a club has ("Kelso boss"), or what a club
 * has and a person's name of two words or more after it ("Kelso prop
 * Jo Bloggs", "Kelso coach Jo Bloggs": "the Kelso coach" alone may be a
 * bus, "Kelso centre" the town's): SIDE_BY_POSITION; after a
 * possessive, that name alone ("Kelso's Jo Bloggs"): SIDE_BY_NAME, which
 * wants a surer sport document (a soap's "Kelso's Jo Bloggs" is a
 * character's).  A country's side is the country (city_at() takes
 * none). */
enum
{
  SIDE_NONE,
  SIDE_BY_POSITION,
  SIDE_BY_NAME,
};

static guint
side_person_after (const Scan *scan, guint b)
{
  guint n = scan->words->len, j = b;
  if (j >= n || word_at (scan, j)->sentence_start)
    return SIDE_NONE;
  gboolean owned = is_possessive (word_at (scan, j));
  if (owned && (++j >= n || word_at (scan, j)->sentence_start))
    return SIDE_NONE;
  const Word *w = word_at (scan, j);
  if (!w->upper)
    {
      if ((w->cue & CUE_PLAYER) || ((w->cue & CUE_CLUB_POST) && !(w->cue & CUE_ROLE)))
        return SIDE_BY_POSITION;
      if (!(w->cue & CUE_TEAM_NOUN) || ++j >= n || word_at (scan, j)->sentence_start)
        return SIDE_NONE;
    }
  else if (!owned)
    return SIDE_NONE;
  const Span *q = span_at (scan, word_at (scan, j)->span);
  if (!q || q->dropped || q->a != j || q->b - q->a < 2 || strcmp (q->label, "PERSON") != 0)
    return SIDE_NONE;
  return w->upper ? SIDE_BY_NAME : SIDE_BY_POSITION;
}

/* Whether the document names the country @country itself (a GPE of
 * that name): a story of the country's side calls it by its people's
 * word too ("Ireland ... the Irish pack"). */
static gboolean
country_named (const Scan *scan, const char *country)
{
  for (guint k = 0; country && k < scan->spans->len; k++)
    {
      const Span *q = span_at (scan, k);
      if (!q->dropped && strcmp (q->label, "GPE") == 0 && q->canonical && strcmp (q->canonical, country) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A split club's last word alone after its full name (find_split_clubs():
 * "Kelso Irish ... Irish led 10-3", "the Irish pack", "defending from
 * Irish"), as eng.train writes a club's short form ("United manager",
 * "the Rangers"), in the sport report find_split_clubs() asked for: the
 * club, where the word stands alone, no capitalised name word before or
 * after it ("Irish Rugby Union", "Ronan O'Gara's Irish"), and the
 * document names no country the word is the people of (a story that
 * names Ireland means its side by "the Irish" as often).  The tagger's
 * or the lists' one-word name there (a nationality, NORP) takes the
 * club's name; only the spans found: a day's "Wednesday" nobody tagged
 * stays nothing. */
enum { MOST_SPLIT_CLUBS = 8 };

static void
find_split_club_short_forms (Scan *scan, const guint *clubs, guint n_clubs)
{
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len && n_clubs > 0; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a != 1 || p->cued || p->source == SOURCE_AROUND || strcmp (p->label, "ORG") == 0
          || strcmp (p->label, "PERSON") == 0)
        continue;
      const Word *w = word_at (scan, p->a);
      if (w->capitals || (p->b < n && !word_at (scan, p->b)->sentence_start && word_at (scan, p->b)->upper)
          || (!w->sentence_start && p->a > 0 && word_at (scan, p->a - 1)->upper && is_name_word (word_at (scan, p->a - 1))))
        continue;
      const Span *club = NULL;
      for (guint o = 0; o < n_clubs && club == NULL; o++)
        {
          const Span *q = span_at (scan, clubs[o]);
          if (!q->dropped && q->b <= p->a && q->b - q->a >= 2 && scan->slots[q->b - 1] == scan->slots[p->a])
            club = q;
        }
      if (club == NULL || country_named (scan, p->country))
        continue;
      span_set_org (p);
      g_free (p->canonical), p->canonical = g_strdup (club->canonical);
    }
}

/* A club's name of a town and a word after it that the tagger or the
 * lists split (issue 24: "Sheffield" GPE and "Wednesday" nothing,
 * "Kelso" GPE and "Irish" NORP), in a sport report: the town and the
 * words up to two after it that make a name clubs.tsv lists
 * ("Sheffield Wednesday"), or a town and a nationality's
 * word alone after it ("London Welsh", "Kelso Irish"; eng.train writes
 * a club's whole name ORG), is one club, ORG.  Not before another
 * capitalised word ("Manchester City Council"), nor a country's
 * ("England Irish" is no club). */
static void
find_split_clubs (Scan *scan)
{
  guint n = scan->words->len, clubs[MOST_SPLIT_CLUBS], n_clubs = 0;
  gint sport = -1;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      guint a = p->a, c = 0;
      if (p->dropped || p->b >= n || p->b - a > 3 || word_at (scan, p->b)->sentence_start
          || !word_at (scan, p->b)->upper || word_at (scan, a)->capitals)
        continue;
      /* The tagger's organisation of the town's word too: "Sheffield"
       * ORG and "Wednesday" left. */
      gboolean place = strcmp (p->label, "GPE") == 0 || strcmp (p->label, "LOC") == 0;
      if (!place && strcmp (p->label, "ORG") != 0)
        continue;
      /* The document's kind before the lists: a town before a
       * capitalised word is in most documents. */
      if (sport < 0)
        sport = sport_report (scan);
      if (!sport)
        return;
      for (guint e = p->b + 1; e <= p->b + 2 && e <= n; e++)
        {
          const Span *q = span_at (scan, word_at (scan, e - 1)->span);
          if (word_at (scan, e - 1)->sentence_start || !word_at (scan, e - 1)->upper || (q && (q->a < p->b || q->b > e)))
            break;
          if (club_listed (scan, a, e))
            c = e;
        }
      /* A place inside a country (its country named apart from it:
       * "London", "Kelso"; not "Ireland"), places.tsv's cities too. */
      if (c == 0 && place && p->b - a == 1 && p->country && !(p->kb && g_str_has_prefix (p->kb, "iso3166:")))
        {
          const Span *q = span_at (scan, word_at (scan, p->b)->span);
          /* Not a people's name before a noun of theirs ("the Kelso
           * Irish community"): a stop, a possessive, a small word or a
           * club's or a result's word after it. */
          const Word *after = q && q->b < n && !word_at (scan, q->b)->sentence_start ? word_at (scan, q->b) : NULL;
          if (q && !q->dropped && q->a == p->b && q->b == p->b + 1 && strcmp (q->label, "NORP") == 0 && q->country
              && (after == NULL || !g_unichar_isalpha (g_utf8_get_char (after->text)) || is_possessive (after)
                  || (after->cue & (CUE_FUNCTION | CUE_TEAM_NOUN | CUE_PLAYER | CUE_RESULT | CUE_CLUB_POST))))
            c = q->b;
        }
      /* A score after it is no longer name's word ("Kelso Irish 19-33
       * Bath", a result's headline): Word.upper holds digits too. */
      if (c == 0
          || (c < n && !word_at (scan, c)->sentence_start && word_at (scan, c)->upper
              && !g_ascii_isdigit (*word_at (scan, c)->text)))
        continue;
      drop_spans (scan, a, c, NULL);
      Span *s = claim (scan, a, c, "ORG", SOURCE_RULE);
      if (s)
        {
          s->canonical = words_text (scan, a, c);
          if (n_clubs < MOST_SPLIT_CLUBS)
            clubs[n_clubs++] = scan->spans->len - 1;
        }
    }
  find_split_club_short_forms (scan, clubs, n_clubs);
}

void
find_city_teams (Scan *scan)
{
  find_split_clubs (scan);
  find_listed_clubs (scan);
  find_club_short_forms (scan);
  find_nicknames (scan);
  guint n = scan->words->len;
  /* The context first, the document's kind only once one fits: most
   * documents name no city so. */
  gint sport = -1, report = -1;
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
      /* A player's move names the club by a sport report only (a
       * position's, below, too): "on loan from Millbrook". */
      gboolean moved = !club && !after_where (scan, i) && transfer_club (scan, i, p->b);
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
      /* A side's player by position needs a sport report only (a
       * position is no word of a town's news); a result word, a plural
       * verb or a person's name alone needs a score or a club. */
      guint person = club || moved ? SIDE_NONE : side_person_after (scan, p->b);
      if (!club && !moved && person == SIDE_NONE)
        continue;
      gboolean report_only = moved || person == SIDE_BY_POSITION;
      if (!report_only && sport < 0)
        sport = sport_document (scan);
      if (report_only && report < 0)
        report = sport_report (scan);
      if (report_only ? !report : !sport)
        continue;
      span_set_org (p);
      p->team = TRUE;
    }
}
