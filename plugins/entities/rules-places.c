/* rules-places.c: names built on a place: a listed place before an event
 * or an organisation, or after "Republic of", as part of its name; a
 * place before a suffix ("Lyon-based"); the lists' cities the tagger read
 * as something else, and towns no list holds.  Clubs named after their
 * city are teams.c's. */
#include "entities.h"

#include <string.h>

/* A listed place right before capitalised loc-heads (cues.tsv) that end
 * the capitalised run is part of a place's name, LOC: "Sydney Harbour",
 * "Melbourne Park", "Edinburgh Airport", "Ohio River Valley": the place
 * ending at word @i.  Not before another capitalised word ("Edinburgh
 * Airport Ltd"), nor across a sentence's end or a hyphen.  Whether it
 * joined them. */
static gboolean
mend_place_heads (Scan *scan, guint i, guint we)
{
  Span *place = span_at (scan, word_at (scan, i)->span);
  if (!place || place->dropped || place->b != i + 1 || strcmp (place->label, "GPE") != 0)
    return FALSE;
  guint e = i + 1;
  while (e < we && word_at (scan, e)->upper && !word_at (scan, e)->glued && !word_at (scan, e)->capitals
         && (word_at (scan, e)->cue & CUE_LOC_HEAD))
    e++;
  if (e == i + 1 || (e < we && word_at (scan, e)->upper && !word_at (scan, e)->sentence_start))
    return FALSE;
  /* The heads' words leave what else held them within them (the
   * tagger's LOC "Harbour"), not a name going on past them. */
  for (guint k = i + 1; k < e; k++)
    {
      const Span *other = span_at (scan, word_at (scan, k)->span);
      if (other && other != place && (other->a < i + 1 || other->b > e))
        return FALSE;
    }
  for (guint k = i + 1; k < e; k++)
    {
      Span *other = span_at (scan, word_at (scan, k)->span);
      if (other && other != place)
        other->dropped = TRUE;
      word_at (scan, k)->span = word_at (scan, i)->span;
    }
  place->b = e;
  place->label = "LOC";
  place->place = FALSE;
  g_clear_pointer (&place->kb, g_free);
  g_clear_pointer (&place->country, g_free);
  g_free (place->canonical), place->canonical = words_text (scan, place->a, place->b);
  return TRUE;
}

/* Whether @rest is a body's name of find_org_shapes()'s that opens with
 * a title's modifier (cues.tsv kind modifier: "State", "National",
 * "High") and ends in an organisation's head: "State University", "High
 * Court".
 * find_org_shapes() starts no run at a listed place before such a word
 * (it would take "Texas State Senator" for a body), so the place stands
 * apart, while eng.train writes the whole as one organisation, a
 * state's university or police, a country's department or agency, a
 * province's high court alike. */
static gboolean
modifier_led_body (const Scan *scan, const Span *rest)
{
  return rest->source == SOURCE_RULE && rest->b - rest->a >= 2 && strcmp (rest->label, "ORG") == 0
         && (word_at (scan, rest->a)->cue & CUE_MODIFIER) && !(word_at (scan, rest->a)->cue & CUE_ROLE)
         && (word_at (scan, rest->b - 1)->cue & CUE_ORG_HEAD) && !word_at (scan, rest->b - 1)->capitals;
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
      /* Asked here, in the loop over the sentence's words that runs
       * anyway, behind the head's bit. */
      if ((word_at (scan, i + 1)->cue & CUE_LOC_HEAD) && mend_place_heads (scan, i, we))
        continue;
      Span *place = span_at (scan, word_at (scan, i)->span);
      Span *rest = span_at (scan, word_at (scan, i + 1)->span);
      if (!place || !rest || place == rest || place->source != SOURCE_GAZETTEER || place->b != i + 1
          || strcmp (place->label, "GPE") != 0 || (rest->source != SOURCE_TAGGER && !modifier_led_body (scan, rest))
          || rest->a != i + 1 || word_at (scan, i + 1)->glued
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
          && !(first_name_flags (scan, w) & (NAME_WORD_FIRST | NAME_WORD_PERSON_NOUN)))
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
      /* A kind of person no cue names a role, alone before "of" and a
       * listed place ("the Emperor of Ruritania", "the Viceroy of ..."):
       * a role and its place, not a place's longer name, and the tagger's
       * place or organisation on the role names nothing. */
      if (head && place && head != place && head->source == SOURCE_TAGGER && head->a == i && head->b == i + 1
          && place->source == SOURCE_GAZETTEER && place->a == i + 2 && strcmp (place->label, "GPE") == 0
          && strcmp (word_at (scan, i + 1)->key, "of") == 0
          && (strcmp (head->label, "LOC") == 0 || strcmp (head->label, "ORG") == 0)
          && (first_name_flags (scan, word_at (scan, i)) & NAME_WORD_PERSON_NOUN))
        {
          head->dropped = TRUE;
          word_at (scan, i)->span = -1;
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

/* The city's or subdivision's entry the lists hint or claim for words
 * [a, b) exactly (cities.tsv, subdivisions.tsv, places.tsv: Braga the
 * district hides Braga the city), or NULL. */
const GazetteerEntry *
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
gboolean
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
  return b - a == 1 && (first_name_flags (scan, w) & (NAME_WORD_FIRST | NAME_WORD_ENGLISH));
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

/* The last sentence sport_sentence() read, [start, end), and its answer:
 * the spans come in the order of their words, so each sentence is read
 * once (read again for each span, one long sentence of many names was
 * quadratic: 8,000 repeats of one short sentence took 0.82 s, 2,000
 * took 0.07 s). */
typedef struct
{
  guint start, end;
  gboolean sport;
} SentenceMemo;

/* Whether the sentence of word @a holds a sport word (cues.tsv kind
 * sport): a sentence, not the document, as "manager" or "players" name
 * other things too ("an information manager from Nantes"). */
static gboolean
sport_sentence (const Scan *scan, guint a, SentenceMemo *memo)
{
  if (a >= memo->start && a < memo->end)
    return memo->sport;
  guint i = a;
  while (i > 0 && !word_at (scan, i)->sentence_start)
    i--;
  memo->start = i;
  memo->sport = FALSE;
  for (; i < scan->words->len && (i <= a || !word_at (scan, i)->sentence_start); i++)
    memo->sport |= (word_at (scan, i)->cue & CUE_SPORT) != 0;
  memo->end = i;
  return memo->sport;
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
  SentenceMemo memo = { 0, 0, FALSE };
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
      if (strcmp (p->label, "ORG") == 0 && sport_sentence (scan, p->a, &memo) && club_listed (scan, p->a, p->b))
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

/* Whether the words [a, b), capitalised and none glued (to a bracket or
 * a word before: "(Wessex and Bath)" is a club), are a region
 * regions.tsv names: region_at()'s question for a span's exact words,
 * its key joined on the stack (most spans are of one word: their key
 * as it is), as the place rules ask it of many spans. */
gboolean
region_named (const Scan *scan, guint a, guint b)
{
  if (b - a == 1)
    return word_at (scan, a)->upper && !word_at (scan, a)->glued
           && g_hash_table_contains (scan->e->regions, word_at (scan, a)->key);
  char key[128];
  gsize length = 0;
  for (guint i = a; i < b; i++)
    {
      const Word *w = word_at (scan, i);
      gsize n = strlen (w->key);
      if (!w->upper || w->glued || length + n + 2 > sizeof key)
        return FALSE;
      if (i > a)
        key[length++] = ' ';
      memcpy (key + length, w->key, n);
      length += n;
    }
  key[length] = '\0';
  return g_hash_table_contains (scan->e->regions, key);
}

/* Whether "the city", "town" or "village of" stands before word @a
 * ("the city of Hanau", "the small Fife town of Kirkcaldy"), or such a
 * noun and "called" or "named", perhaps after "is" or "was" ("a town
 * named Quorby", "the village was called Brindlemoor": a fictional or
 * unlisted place the text itself says is one; not "a man called X"). */
static gboolean
settlement_before (const Scan *scan, guint a)
{
  static const char *const settlements[] = { "city", "town", "village", "hamlet", NULL };
  static const char *const naming[] = { "called", "named", NULL }, *const copulas[] = { "was", "is", NULL };
  if (a < 2 || word_at (scan, a)->sentence_start || word_at (scan, a - 1)->sentence_start)
    return FALSE;
  /* The word before's first byte first: mend_tagged_towns() asks
   * this of every span, and the naming verbs' two comparisons cost
   * 0.4 M instructions on 500 BBC articles where "of" alone cost none. */
  const char *before = word_at (scan, a - 1)->key;
  if (before[0] == 'o' && strcmp (before, "of") == 0)
    return key_in (word_at (scan, a - 2)->key, settlements);
  if ((before[0] != 'c' && before[0] != 'n') || !key_in (before, naming))
    return FALSE;
  guint noun = a - 2;
  if (key_in (word_at (scan, noun)->key, copulas) && noun > 0 && !word_at (scan, noun)->sentence_start)
    noun--;
  return key_in (word_at (scan, noun)->key, settlements);
}

/* Whether the tagger's place [a, b) stands where a town does: a comma
 * and a country or a subdivision after it ("Chatham, Kent", "Beaverton,
 * Oregon"), "in", "near" or "outside" before it, "from" or "at" where
 * @loose (outside a sport report, where a club is "joined from Narbonne"
 * or beaten "at X"; not for a company's name: "works at Tata") and
 * before no English word, listed club or lowercase word the name
 * modifies ("from Whitehall departments"), or "the city", "town" or
 * "village of" before it ("the city of Hanau").  Not before a
 * possessive, nor after a company's word ("orders from X"). */
static gboolean
town_context (const Scan *scan, guint a, guint b, gboolean loose)
{
  guint n = scan->words->len;
  /* Nor before its possessive ("at Oxford's college"): not the town
   * but what it has. */
  if (b < n && !word_at (scan, b)->sentence_start && is_possessive (word_at (scan, b)))
    return FALSE;
  if (b + 1 < n && !word_at (scan, b)->sentence_start && !word_at (scan, b + 1)->sentence_start
      && strcmp (word_at (scan, b)->key, ",") == 0)
    {
      const Span *q = span_at (scan, word_at (scan, b + 1)->span);
      if (is_place (q) && q->a == b + 1 && q->kb && g_str_has_prefix (q->kb, "iso3166"))
        return TRUE;
    }
  if (a == 0 || word_at (scan, a)->sentence_start || company_context (scan, a))
    return FALSE;
  static const char *const near[] = { "in", "near", "outside" }, *const from[] = { "from", "at" };
  const char *key = word_at (scan, a - 1)->key;
  for (guint k = 0; k < G_N_ELEMENTS (near); k++)
    if (strcmp (key, near[k]) == 0)
      return TRUE;
  /* "from" and "at" stand before companies as often ("the rights came
   * from Paramount") and clubs: not a lowercase English word's nor a
   * name clubs.tsv lists. */
  gboolean english = club_listed (scan, a, b); /* nor a club's: "take control at Chelsea" */
  /* ... nor before a lowercase word the name modifies ("from Whitehall
   * departments"): what is named after the town. */
  english = english
            || (b < n && !word_at (scan, b)->sentence_start
                && g_unichar_islower (g_utf8_get_char (word_at (scan, b)->text))
                && !(word_at (scan, b)->cue & (CUE_FUNCTION | CUE_VERB)));
  for (guint i = a; i < b && !english; i++)
    english = (first_name_flags (scan, word_at (scan, i)) & NAME_WORD_ENGLISH) != 0;
  for (guint k = 0; k < G_N_ELEMENTS (from) && loose && !english; k++)
    if (strcmp (key, from[k]) == 0)
      return TRUE;
  return settlement_before (scan, a);
}

/* The words the document gives person evidence for, by key: a word of a
 * person's name of two words or more, or one after a title or a form of
 * address ("Mr Keighley").  Made once a pass, so each name's question is
 * one lookup (the keys are the scan's own strings). */
static GHashTable *
person_keys (const Scan *scan)
{
  GHashTable *keys = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || strcmp (p->label, "PERSON") != 0 || p->b - p->a < 2)
        continue;
      for (guint i = p->a; i < p->b; i++)
        g_hash_table_add (keys, (gpointer) word_at (scan, i)->key);
    }
  for (guint i = 1; i < scan->words->len; i++)
    if (!word_at (scan, i)->sentence_start && (word_at (scan, i - 1)->cue & (CUE_ROLE | CUE_HONORIFIC)))
      g_hash_table_add (keys, (gpointer) word_at (scan, i)->key);
  return keys;
}

/* Whether the one-word name [a, b) is a word @people holds
 * (person_keys()). */
static gboolean
person_named (const Scan *scan, GHashTable *people, guint a, guint b)
{
  return b - a == 1 && g_hash_table_contains (people, word_at (scan, a)->key);
}

/* The place's city entry for the tagger's LOC [a, b) that a town may be:
 * a GeoNames city of the name (cities.tsv, any kind, the faint ones
 * too: Keighley, Hinckley, Hanau), of one word, or of more not ending in
 * a loc-head with a word no lowercase English word ("Villa Park", "West
 * End" stay places of their own); no region ("Asia" the town), no name
 * in capitals or of a cue word ("West"), no company's name (Nokia,
 * Paramount, Tata are GeoNames towns too). */
static const GazetteerEntry *
town_entry (const Scan *scan, const Span *p)
{
  if (p->dropped || p->source != SOURCE_TAGGER || strcmp (p->label, "LOC") != 0 || p->b - p->a > 3)
    return NULL;
  const Word *w = word_at (scan, p->a);
  if (w->capitals || w->cue != 0)
    return NULL;
  if (p->b - p->a > 1)
    {
      if (word_at (scan, p->b - 1)->cue & CUE_LOC_HEAD)
        return NULL;
      gboolean english = TRUE;
      for (guint i = p->a; i < p->b; i++)
        english = english && (first_name_flags (scan, word_at (scan, i)) & NAME_WORD_ENGLISH);
      if (english)
        return NULL;
    }
  const GazetteerEntry *entry = city_entry (scan, p->a, p->b);
  if (entry == NULL || !entry->kb || !g_str_has_prefix (entry->kb, "geonames:")
      || name_listed (scan->e->companies, scan, p->a, p->b) || region_named (scan, p->a, p->b))
    return NULL;
  return entry;
}

/* Whether span @p is the tagger's name of one to three words, a
 * place, an organisation, a person or a thing ("the city called X" the
 * tagger reads as a title as often), that no list knows (no word with a
 * hint or a cue, none in capitals, no region): a town only the text can
 * say is one. */
static gboolean
unlisted_town (const Scan *scan, const Span *p)
{
  if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a > 3 || p->team || p->cued || p->work
      || (strcmp (p->label, "LOC") != 0 && strcmp (p->label, "ORG") != 0 && strcmp (p->label, "PERSON") != 0
          && strcmp (p->label, "MISC") != 0))
    return FALSE;
  for (guint i = p->a; i < p->b; i++)
    {
      const Word *w = word_at (scan, i);
      if (w->hint || w->cue != 0 || w->capitals) /* "the city of Acme Corp" */
        return FALSE;
    }
  return !region_named (scan, p->a, p->b);
}

/* The tagger's place on a town's name GeoNames knows is the town (GPE,
 * with its country and id) where one mention reads as a town's
 * (town_context()) and the document gives no person evidence for the
 * name (person_named()): "both from Keighley", "a speech in Chatham,
 * Kent", "the city of Hanau"; then its other mentions the tagger called
 * a place are too.  A name no list knows is a town after "the city",
 * "town" or "village of" (unlisted_town(), settlement_before()), GPE
 * with no id, and so are its other mentions the tagger called a place.
 * The tagger's LOC alone is no town: a district, a
 * ground, a region of that name are as common ("at the Riverside",
 * "Thailand's Phuket island"). */
static void
mend_tagged_towns (Scan *scan)
{
  gboolean sport = sport_document (scan) || scan->has_player;
  g_autoptr (GHashTable) people = NULL; /* person_keys(), made at the first candidate */
  g_autoptr (GHashTable) towns = NULL, unlisted = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      gboolean listed = town_entry (scan, p) && town_context (scan, p->a, p->b, !sport);
      /* A name no list knows after "the town of": the text says what
       * it is. */
      if (!listed && !(settlement_before (scan, p->a) && unlisted_town (scan, p)))
        continue;
      if (people == NULL)
        people = person_keys (scan);
      if (person_named (scan, people, p->a, p->b))
        continue;
      GHashTable **set = listed ? &towns : &unlisted;
      if (*set == NULL)
        *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (*set, words_text (scan, p->a, p->b));
    }
  if (towns == NULL && unlisted == NULL)
    return;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER
          || (strcmp (p->label, "LOC") != 0 && strcmp (p->label, "ORG") != 0 && strcmp (p->label, "PERSON") != 0
              && strcmp (p->label, "MISC") != 0))
        continue;
      g_autofree char *text = words_text (scan, p->a, p->b);
      const GazetteerEntry *entry = towns && g_hash_table_contains (towns, text) ? town_entry (scan, p) : NULL;
      /* An unlisted name's other mentions only where the tagger read a
       * place there too. */
      if (entry == NULL
          && !(unlisted && g_hash_table_contains (unlisted, text) && unlisted_town (scan, p)
               && (strcmp (p->label, "LOC") == 0 || settlement_before (scan, p->a))))
        continue;
      p->label = "GPE";
      p->place = TRUE;
      if (entry == NULL)
        continue;
      g_free (p->kb), p->kb = g_strdup (entry->kb);
      g_free (p->country), p->country = NULL;
      if (entry->country && strcmp (entry->country, entry->canonical) != 0)
        p->country = g_strdup (entry->country);
      g_free (p->canonical), p->canonical = g_strdup (entry->canonical);
    }
}

/* What sport_words() read of the sentence last asked about: its words
 * [start, end), so the names of one long sentence read it once. */
typedef struct
{
  guint start, end;
  gboolean sport, lowercase;
} SentenceRead;

/* Whether the sentence of word @a holds a word of sport, a player's
 * position, what a side has, a result's, a fixture's or a transfer's
 * word (cues.tsv sport, player, team-noun, club-post, result, fixture,
 * transfer) or a score; sets *@lowercase where it holds a lowercase
 * word.  @read keeps the last sentence's answer. */
static gboolean
sport_words (const Scan *scan, guint a, SentenceRead *read, gboolean *lowercase)
{
  if (!(a >= read->start && a < read->end))
    {
      const Cue sport
          = CUE_SPORT | CUE_PLAYER | CUE_TEAM_NOUN | CUE_CLUB_POST | CUE_RESULT | CUE_FIXTURE | CUE_TRANSFER;
      /* Back to the sentence's start, not past the end of the last one
       * read where @a lies after it (that end is a sentence's start). */
      guint floor = a >= read->end ? read->end : 0, i = a;
      while (i > floor && !word_at (scan, i)->sentence_start)
        i--;
      read->start = i;
      read->sport = read->lowercase = FALSE;
      for (; i < scan->words->len && (i == read->start || !word_at (scan, i)->sentence_start); i++)
        {
          const Word *w = word_at (scan, i);
          read->sport = read->sport || (w->cue & sport) || (g_ascii_isdigit (w->text[0]) && is_score (scan, i));
          read->lowercase = read->lowercase || g_unichar_islower (g_utf8_get_char (w->text));
        }
      read->end = i;
    }
  *lowercase = read->lowercase;
  return read->sport;
}

/* Whether the mention [a, b) of a region's name says it is a county's
 * side or a company: city_contrary()'s evidence, a possessive before it
 * ("Spain's Iberia", the airline), a number after it (a table's row),
 * or a sentence of sport or with no lowercase word. */
static gboolean
region_contrary (const Scan *scan, guint a, guint b, SentenceRead *read)
{
  if (city_contrary (scan, a, b) || (a > 0 && !word_at (scan, a)->sentence_start && is_possessive (word_at (scan, a - 1))))
    return TRUE;
  /* A number right after it: a table's row ("Yorkshire 14 6 5 3",
   * "Cruz Azul 2 Leon 2"). */
  if (b < scan->words->len && !word_at (scan, b)->sentence_start && g_ascii_isdigit (word_at (scan, b)->text[0]))
    return TRUE;
  /* A sentence of sport ("to beat Yorkshire", "Lancashire batsman"), or
   * one with no lowercase word (a table's heading, a headline). */
  gboolean lowercase = FALSE;
  return sport_words (scan, a, read, &lowercase) || !lowercase;
}

/* The organisation beside the mention [a, b) in a list ("Nintendo,
 * Nokia and Sony", "Iberia and BA"), or NULL. */
static const Span *
org_beside (const Scan *scan, guint a, guint b)
{
  guint n = scan->words->len;
  for (int side = 0; side < 2; side++)
    {
      if ((side == 0 && (a < 2 || word_at (scan, a)->sentence_start || word_at (scan, a - 1)->sentence_start))
          || (side == 1 && (b + 1 >= n || word_at (scan, b)->sentence_start || word_at (scan, b + 1)->sentence_start)))
        continue;
      guint sep = side == 0 ? a - 1 : b, other = side == 0 ? a - 2 : b + 1;
      const char *key = word_at (scan, sep)->key;
      if (strcmp (key, "and") != 0 && strcmp (key, ",") != 0)
        continue;
      const Span *q = span_at (scan, word_at (scan, other)->span);
      if (q && !q->dropped && strcmp (q->label, "ORG") == 0 && (side == 0 ? q->b == sep : q->a == other))
        return q;
    }
  return NULL;
}

/* Whether the mention [a, b) speaks or acts as a company: a reporting
 * verb before or after it ("said Nokia", "Nokia has"), a place's
 * suffix before it ("Chennai-based Tata"), its possessive
 * ("Nokia's N-Gage"), an organisation's head or noun right after it in
 * lowercase ("the Tata group"), or an organisation beside it in a list
 * ("Nintendo, Nokia and Sony", "Nokia and Microsoft"). */
static gboolean
company_evidence (const Scan *scan, guint a, guint b)
{
  guint n = scan->words->len;
  /* Not after "of": a title's place speaks through its holder ("the
   * Archbishop of Canterbury wrote"). */
  if (a > 0 && !word_at (scan, a)->sentence_start && strcmp (word_at (scan, a - 1)->key, "of") == 0)
    return FALSE;
  if (city_contrary (scan, a, b))
    return TRUE;
  /* Based somewhere: "Chennai-based Tata" (the suffix a word of its
   * own, glued to the place before it). */
  if (a > 0 && !word_at (scan, a)->sentence_start && word_at (scan, a - 1)->glued
      && (word_at (scan, a - 1)->cue & (CUE_PLACE_SUFFIX | CUE_NAME_SUFFIX)))
    return TRUE;
  if (b < n && !word_at (scan, b)->sentence_start)
    {
      const Word *after = word_at (scan, b);
      if (is_possessive (after) || (!after->upper && (after->cue & (CUE_ORG_HEAD | CUE_ORG_NOUN | CUE_ORG_AFTER))))
        return TRUE;
    }
  return org_beside (scan, a, b) != NULL;
}

/* The tagger's place on a town GeoNames lists only faintly (a town of
 * fewer than 100,000 people, or a word) whose name companies.tsv lists
 * too (a list with much noise: Florida, Canterbury, Delft are in it) is
 * the company, ORG, at every such mention, where one acts as a company
 * (company_evidence(): "said Nokia", "the Tata group") and none reads as
 * a town's (town_context() but "from" and "at": "vice president at
 * Tata"; a comma and a country: in_country()); Nokia
 * and Tata are towns in Finland and Hungary.  Not a region, nor a name
 * in capitals or a cue word. */
static void
mend_company_towns (Scan *scan)
{
  g_autoptr (GHashTable) places = NULL, companies = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || strcmp (p->label, "LOC") != 0 || p->source != SOURCE_TAGGER || p->b - p->a > 3
          || word_at (scan, p->a)->capitals || word_at (scan, p->a)->cue != 0
          || !name_listed (scan->e->companies, scan, p->a, p->b))
        continue;
      const GazetteerEntry *entry = city_entry (scan, p->a, p->b);
      if (entry == NULL || !entry->faint || region_named (scan, p->a, p->b))
        continue;
      if (places == NULL)
        {
          places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          companies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        }
      char *text = words_text (scan, p->a, p->b);
      if (town_context (scan, p->a, p->b, FALSE) || in_country (scan, p->b, NULL))
        g_hash_table_add (places, text);
      else if (company_evidence (scan, p->a, p->b))
        g_hash_table_add (companies, text);
      else
        g_free (text);
    }
  if (companies == NULL || g_hash_table_size (companies) == 0)
    return;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || strcmp (p->label, "LOC") != 0 || p->source != SOURCE_TAGGER)
        continue;
      g_autofree char *text = words_text (scan, p->a, p->b);
      if (!g_hash_table_contains (companies, text) || g_hash_table_contains (places, text))
        continue;
      p->label = "ORG";
      p->place = FALSE;
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
    }
}

/* Whether the tagger's organisation @p, a region's name, acts as a
 * company at this mention: in a company's context ("shares in Iberia",
 * company_context()), beside an organisation in a list ("Iberia and
 * BA") or before its possessive ("Iberia's fleet"); speaking is
 * region_contrary()'s.  Not by a lowercase organisation's noun after it:
 * "Lancashire police" is the county's.  Airlines, retailers and brands
 * bear regions' names (Iberia, Arcadia, Patagonia). */
static gboolean
region_company (const Scan *scan, const Span *p)
{
  if (strcmp (p->label, "ORG") != 0)
    return FALSE;
  /* Not beside another region the tagger read so ("Yorkshire and East
   * Anglia"). */
  const Span *q = org_beside (scan, p->a, p->b);
  guint n = scan->words->len;
  return company_context (scan, p->a) || (q && !region_named (scan, q->a, q->b))
         || (p->b < n && !word_at (scan, p->b)->sentence_start && is_possessive (word_at (scan, p->b)));
}

/* Whether the tagger's name [a, b) is a county, a state or a province
 * the lists give the name to over any city (an ISO 3166-2 entry: Kent,
 * Gloucestershire), of one word or two (WordNet's regions hold few
 * counties), where this mention stands as a place's: after a place and
 * a comma ("Hinckley, Leicestershire"), in a town's context
 * (town_context(): "a home in Kent") or beside a place in a list
 * (place_beside(): "Dorset and Torbay").  A county's name alone is a
 * cricket side's as often ("a season with Warwickshire"); no cue word
 * ("South", "West" are provinces too). */
static gboolean
county_named (const Scan *scan, guint a, guint b)
{
  /* The lists' own hint over exactly the words, no lookup of the
   * gazetteer: a name they give to a company or a person first is not
   * the county's here. */
  const Word *w = word_at (scan, a);
  const GazetteerEntry *entry = w->hint;
  if (b - a > 2 || entry == NULL || w->hint_len != b - a || w->cue != 0 || w->capitals || entry->kb == NULL
      || strcmp (entry->label, "GPE") != 0 || !g_str_has_prefix (entry->kb, "iso3166-2:"))
    return FALSE;
  if (a >= 2 && !word_at (scan, a)->sentence_start && !word_at (scan, a - 1)->sentence_start
      && strcmp (word_at (scan, a - 1)->key, ",") == 0)
    {
      const Span *q = span_at (scan, word_at (scan, a - 2)->span);
      if (q && !q->dropped && q->b == a - 1 && (strcmp (q->label, "LOC") == 0 || strcmp (q->label, "GPE") == 0))
        return TRUE;
    }
  return town_context (scan, a, b, TRUE) || place_beside (scan, a, b);
}

/* A continent or region regions.tsv names (WordNet's: Yorkshire, East
 * Anglia, the Caribbean) that the tagger read as an organisation, a
 * person or a thing is the place, LOC as the label guide writes regions
 * ("Flooding hit Yorkshire and East Anglia"; a county's or a state's
 * name, GPE with its ISO code: Lancashire), the tagger's name over
 * exactly its words, at every mention, where no mention of it says
 * otherwise (region_contrary(), a person of the name: person_named(),
 * a company's mention: region_company(); a first name alone, "Dakota,
 * the youngest, said she")
 * and the document is no sport report; not a work's or a cued name. */
static void
mend_tagged_regions (Scan *scan)
{
  if (sport_document (scan) || scan->has_player)
    return;
  /* The candidates first, by their label before the regions' lookup
   * (region_named()); most documents have none. */
  g_autoptr (GHashTable) candidates = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->cued || p->work || p->b - p->a > 4
          || (strcmp (p->label, "ORG") != 0 && strcmp (p->label, "MISC") != 0 && strcmp (p->label, "PERSON") != 0)
          || !(region_named (scan, p->a, p->b) || county_named (scan, p->a, p->b)))
        continue;
      if (candidates == NULL)
        candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (candidates, words_text (scan, p->a, p->b));
    }
  if (candidates == NULL)
    return;
  /* The names some mention speaks against, read before any changes:
   * "their match against Yorkshire ... By the close Yorkshire had". */
  g_autoptr (GHashTable) contrary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) people = person_keys (scan);
  SentenceRead read = { 0, 0, FALSE, FALSE };
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a > 4)
        continue;
      char *text = words_text (scan, p->a, p->b);
      if (g_hash_table_contains (candidates, text)
          && (p->team || region_contrary (scan, p->a, p->b, &read) || person_named (scan, people, p->a, p->b)
              || region_company (scan, p)
              || (p->b - p->a == 1 && (first_name_flags (scan, word_at (scan, p->a)) & NAME_WORD_FIRST))))
        g_hash_table_add (contrary, text);
      else
        g_free (text);
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->cued || p->work || p->b - p->a > 4
          || (strcmp (p->label, "ORG") != 0 && strcmp (p->label, "MISC") != 0 && strcmp (p->label, "PERSON") != 0))
        continue;
      g_autofree char *text = words_text (scan, p->a, p->b);
      if (!g_hash_table_contains (candidates, text) || g_hash_table_contains (contrary, text))
        continue;
      /* A region that is also a county or a state is that subdivision
       * (GPE, its ISO code): Lancashire, Cornwall. */
      const GazetteerEntry *entry = city_entry (scan, p->a, p->b);
      gboolean subdivision = entry && entry->kb && g_str_has_prefix (entry->kb, "iso3166-2:");
      p->label = subdivision ? "GPE" : "LOC";
      p->place = subdivision;
      g_free (p->kb), p->kb = subdivision ? g_strdup (entry->kb) : NULL;
      g_free (p->country), p->country = subdivision && entry->country ? g_strdup (entry->country) : NULL;
      g_free (p->canonical), p->canonical = subdivision ? g_strdup (entry->canonical) : g_steal_pointer (&text);
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
  mend_tagged_towns (scan);
  mend_company_towns (scan);
  mend_tagged_regions (scan);
  mend_tagged_states (scan);
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
  mend_town_modifiers (scan);
  mend_clubs_at (scan);
  mend_place_leads (scan);
  mend_districts (scan);
}
