/* awards.c: the entities stage's rules about award lists and the
 * theatres works play at.  A line of an award list ("Best new play -
 * X by Y at Z", "Best actor - Y for X at Z") names a category, whose
 * "Best" is no name, then the winner: a work, or a person and the work
 * after "for"; the place after "at" ending such a line, or after a
 * work's title ("Hamlet at the Old Vic"), is a venue, LOC (the label
 * set has no facility). */

#include "entities.h"

#include <string.h>

/* Whether @w is a dash standing alone: "-", an en dash or an em dash. */
gboolean
is_dash (const Scan *scan, const Word *w)
{
  const char *t = scan->text + w->start;
  gsize n = w->end - w->start;
  return (n == 1 && t[0] == '-')
         || (n == 3 && (strncmp (t, "\u2013", 3) == 0 || strncmp (t, "\u2014", 3) == 0));
}

static gboolean
key_is (const Word *w, const char *key)
{
  return strcmp (w->key, key) == 0;
}

/* Whether @w is "at" in lowercase: asked of every word of a document,
 * by its bytes rather than strcmp(). */
static inline gboolean
is_at (const Word *w)
{
  return !w->upper && w->key[0] == 'a' && w->key[1] == 't' && w->key[2] == '\0';
}

/* Whether @w may be inside a title though written in lowercase (cues.tsv
 * kinds connector and title-word: "of", "in", "the", "and"). */
static gboolean
lower_title_word (const Word *w)
{
  return !w->upper && (w->cue & (CUE_CONNECTOR | CUE_TITLE_WORD));
}

/* The end of a venue's name from word @v, ending at @we or before: its
 * capitalised words, "of" between them ("Duke of York's"), a glued
 * possessive before another capitalised word ("Shakespeare's Globe") and,
 * where @to_end, a comma before the words that end the line ("Theatre
 * Royal, Haymarket").  Returns @v where there is none. */
static guint
venue_end (const Scan *scan, guint v, guint we, gboolean to_end)
{
  guint b = v;
  while (b < we && b < v + 8)
    {
      const Word *w = word_at (scan, b);
      if (w->upper && !w->glued && g_ascii_isalpha (scan->text[w->start]))
        b++;
      else if (b > v && b + 1 < we && (is_possessive (w) && w->glued)
               && word_at (scan, b + 1)->upper)
        b++;
      else if (b > v && b + 1 < we && key_is (w, "of") && word_at (scan, b + 1)->upper)
        b++;
      else if (b > v && to_end && b + 1 < we && w->glued && key_is (w, ",")
               && word_at (scan, b + 1)->upper)
        b++;
      else if (b > v && to_end && b + 1 == we && is_possessive (w) && w->glued)
        b++; /* "at the Duke of York's" ending the line */
      else
        break;
    }
  return b;
}

/* Whether the run [v, e) may be a venue: not an event ("at the Olivier
 * Awards", "the Edinburgh Festival"; cues.tsv kind event-head), nor an
 * award or a product of product-names.tsv ("at the Oscars"), not a
 * name the lists claim other than a place ("at the BBC"), and not the
 * owner of what follows ("at the Prince Edward's wedding"). */
static gboolean
may_be_venue (const Scan *scan, guint v, guint e, guint we)
{
  if (e == v || (e < we && is_possessive (word_at (scan, e))))
    return FALSE;
  /* An acronym alone is a body's ("starred in the drama at the BBC"),
   * a theatre hardly ever. */
  if (e == v + 1 && word_at (scan, v)->capitals)
    return FALSE;
  for (guint k = v; k < e; k++)
    {
      const Word *w = word_at (scan, k);
      const Span *held = span_at (scan, w->span);
      if ((w->cue & CUE_EVENT_HEAD)
          || (held && held->source >= SOURCE_GAZETTEER && strcmp (held->label, "LOC") != 0))
        return FALSE;
      if (held && (held->a < v || held->b > e))
        return FALSE;
      /* An award or a product product-names.tsv names ("Ray at the
       * Oscars"), named as such only after this pass
       * (mend_award_plurals()). */
      if (w->upper
          && (word_map_get (scan->e->product_names, w->key, w->hash)
              & (PRODUCT_AWARD | PRODUCT_NAME | PRODUCT_FIRST)))
        return FALSE;
    }
  return TRUE;
}

/* Claims [v, e) as a venue, LOC, over the tagger's and the rules'
 * pieces there ("Royal" PERSON, "Haymarket" PERSON); @venues, where
 * given, keeps its words for spread_venues(). */
static void
claim_venue (Scan *scan, guint v, guint e, GArray *venues)
{
  drop_spans (scan, v, e, NULL);
  Span *s = claim (scan, v, e, "LOC", SOURCE_RULE);
  if (s)
    {
      s->canonical = words_text (scan, v, e);
      if (venues)
        {
          guint ends[2] = { v, e };
          g_array_append_vals (venues, ends, 2);
        }
    }
}

/* The end of a title from word @a before @we in an award's line: its
 * capitalised words, lowercase title words between them, a possessive
 * inside before another capitalised word ("All's Well That Ends Well"),
 * up to "by" ("Hamlet by William Shakespeare") or any other lowercase
 * word.  Returns @a where there is none. */
static guint
line_title_end (const Scan *scan, guint a, guint we)
{
  guint b = a, last = a;
  while (b < we)
    {
      const Word *w = word_at (scan, b);
      if (w->upper && g_ascii_isalnum (scan->text[w->start]))
        last = ++b;
      else if (b > a && is_possessive (w) && w->glued && b + 1 < we && word_at (scan, b + 1)->upper)
        b++;
      else if (b > a && lower_title_word (w) && !key_is (w, "by") && !key_is (w, "for")
               && !key_is (w, "at"))
        b++;
      else if (b > a && w->glued && w->end - w->start == 1 && scan->text[w->start] == ':'
               && b + 1 < we && word_at (scan, b + 1)->upper)
        b++;
      else
        break;
    }
  return last;
}

/* Whether any of the words [a, b) is a name the lists claim as a
 * person or a company, or all of them a club's (a sport's award:
 * "Outstanding player - Wayne Rooney for Everton", "Best performance -
 * Manchester United at Old Trafford"), which an award line's title is
 * not. */
static gboolean
listed_name (const Scan *scan, guint a, guint b)
{
  if (club_listed (scan, a, b))
    return TRUE;
  for (guint k = a; k < b; k++)
    {
      const Span *held = span_at (scan, word_at (scan, k)->span);
      if (held && held->source >= SOURCE_GAZETTEER && strcmp (held->label, "LOC") != 0
          && strcmp (held->label, "MISC") != 0)
        return TRUE;
    }
  return FALSE;
}

/* A line of an award list: an optional bullet dash, "Best" or
 * "Outstanding" and the category in lowercase ("Best new play", "Best
 * supporting role in a musical", "Outstanding achievement in opera"),
 * a dash, and the winner.  "Best" there is no name.  The winner is a
 * work where the category names a kind of work and no kind of person
 * ("Best new musical - X", cues.tsv's and work-nouns.tsv's nouns; not
 * "Best musical actor - Y"), or where "by" or "designed by" follows it
 * ("X by Alan Bennett") or, after a category naming no kind of
 * person, "at" and a venue; a title owned by a name of two words or more
 * is the words after the possessive ("Northern Ballet's Giselle").
 * Where the category names a kind of person, "Y for X" names the work
 * X, though it have a person's shape ("for Billy Elliot": the line says
 * whose it is), unless a list claims X.  A place after the last "at"
 * ending the line is the venue, LOC.  A line of no category ("Best
 * wishes - John": no kind of work or person, no "for", "by" nor "at")
 * loses only its "Best"; "Best" before a capital is left ("Best Buy
 * said"). */
static void
award_line (Scan *scan, guint ws, guint we, GArray *venues)
{
  guint k = ws;
  if (k < we && is_dash (scan, word_at (scan, k)))
    k++;
  if (k + 3 >= we)
    return;
  guint open = k;
  const Word *o = word_at (scan, open);
  if (!o->upper || !(key_is (o, "best") || key_is (o, "outstanding")))
    return;
  gboolean person = FALSE, work = FALSE;
  for (k = open + 1; k < we && k < open + 9 && !is_dash (scan, word_at (scan, k)); k++)
    {
      const Word *w = word_at (scan, k);
      if (w->upper || !g_ascii_isalpha (scan->text[w->start]))
        return;
      if ((first_name_flags (scan, w) & NAME_WORD_PERSON_NOUN)
          || (w->cue & (CUE_WORK_CREW | CUE_WORK_IN)))
        person = TRUE;
      else if (w->cue & CUE_WORK_NOUN)
        work = TRUE;
    }
  guint d = k, j = d + 1;
  if (d == open + 1 || j >= we || !is_dash (scan, word_at (scan, d)) || !word_at (scan, j)->upper)
    return;
  /* A results table's line ("Best time - 9.85 by Asafa Powell") has a
   * figure for its winner: no title, though "by" follow it. */
  if (!g_ascii_isalpha (scan->text[word_at (scan, j)->start]))
    {
      if (word_at (scan, open)->span >= 0 && span_at (scan, word_at (scan, open)->span)->a == open)
        drop_spans (scan, open, open + 1, NULL);
      return;
    }
  /* The line's end, before its closing punctuation. */
  guint le = we;
  while (le > j && !g_ascii_isalnum (scan->text[word_at (scan, le - 1)->start])
         && !is_possessive (word_at (scan, le - 1)))
    le--;
  /* The venue: the last "at" whose place runs to the line's end. */
  guint at = le;
  for (guint t = le; t-- > j + 1;)
    {
      const Word *w = word_at (scan, t);
      if (w->upper || !key_is (w, "at"))
        continue;
      guint v = t + 1 < le && key_is (word_at (scan, t + 1), "the") ? t + 2 : t + 1;
      if (v < le && venue_end (scan, v, le, TRUE) == le && may_be_venue (scan, v, le, we))
        at = t;
      break;
    }
  guint f = j;
  while (f < at && !(key_is (word_at (scan, f), "for") && !word_at (scan, f)->upper))
    f++;
  gboolean by = FALSE;
  guint e = line_title_end (scan, j, at);
  if (e < at)
    {
      const Word *w = word_at (scan, e);
      by = !w->upper
           && (key_is (w, "by")
               || ((key_is (w, "designed") || key_is (w, "directed")) && e + 1 < at
                   && key_is (word_at (scan, e + 1), "by")));
    }
  if (word_at (scan, open)->span >= 0 && span_at (scan, word_at (scan, open)->span)->a == open)
    drop_spans (scan, open, open + 1, NULL);
  if (!person && !work && !by && f == at && at == le)
    return;
  if (at < le)
    {
      guint v = key_is (word_at (scan, at + 1), "the") ? at + 2 : at + 1;
      claim_venue (scan, v, le, venues);
    }
  if (f < at)
    {
      /* "Y for X": X the work, where the category names a kind of person. */
      guint a = f + 1, b = a < at ? line_title_end (scan, a, at) : a;
      if (person && b == at && !listed_name (scan, a, b))
        claim_title (scan, a, b);
      return;
    }
  /* A venue and no kind of person in the category is a work's line
   * too ("Best new dance production - X at Shakespeare's Globe"), unless a
   * first name opens the winner. */
  gboolean staged = at < le && !person && !opens_person (scan, j);
  if (!(work && !person) && !by && !staged)
    return;
  /* An owner's possessive: the title after it ("Northern Ballet's
   * Giselle"), not after a one-word English owner, the title's own
   * ("All's Well That Ends Well"). */
  guint a = j;
  for (guint p = j + 1; p < e; p++)
    if (is_possessive (word_at (scan, p)))
      {
        if (p - j >= 2 || !(first_name_flags (scan, word_at (scan, j)) & NAME_WORD_ENGLISH))
          a = p + 1;
        break;
      }
  if (a < e && !listed_name (scan, a, e) && !(a == j && !work && opens_person (scan, a)))
    claim_title (scan, a, e);
}

/* Whether the sentence [ws, we) speaks of a performance: a work's title
 * is in it, or a word of a part played (cues.tsv kind work-in:
 * "starred", "stars", "role"). */
static gboolean
performance_sentence (const Scan *scan, guint ws, guint we)
{
  for (guint k = ws; k < we; k++)
    {
      const Word *w = word_at (scan, k);
      const Span *held = span_at (scan, w->span);
      if ((held && held->work && !held->dropped) || (!w->upper && (w->cue & CUE_WORK_IN)))
        return TRUE;
    }
  return FALSE;
}

/* Whether the word after a venue's run at @e ends the phrase: the
 * sentence's end, punctuation, or a function word ("at the Gielgud,",
 * "at the Odeon on Sunday"); not a lowercase noun the run names the
 * kind of ("at the Curzon Mayfair cinema", "at the Brit Awards
 * ceremony"), which says what it is. */
static gboolean
venue_closed (const Scan *scan, guint e, guint we)
{
  if (e >= we)
    return TRUE;
  const Word *w = word_at (scan, e);
  return !g_ascii_isalnum (scan->text[w->start])
         || (!w->upper && (w->cue & (CUE_FUNCTION | CUE_CONNECTOR)));
}

/* A place after a work's title and "at" is where it plays ("Hamlet at
 * the Old Vic", "The Seagull at Shakespeare's Globe"), and so is a place
 * after "at the" in a sentence of a performance ("Dench, who starred
 * in it at the Gielgud", "hoping for awards at the Odeon"): a venue,
 * LOC.  A title that took the place in ("The Winter's Tale at the
 * Barbican", read whole after "starred in") is cut before "at the",
 * where one to three capitalised words end it.  Not the owner of what
 * follows ("at the Prince Edward's wedding"), an event ("at the Olivier
 * Awards", "at the Australian Open"), a name the lists claim other than
 * a place, nor, without "the", a person's name ("Hamlet at Tom
 * Cruise's house"); in a sentence of a performance only, not a name the
 * lists or a rule made (the tagger's alone), nor a body's or a
 * competition's head in it ("a new role at the Premier League"), nor a
 * run a lowercase noun follows ("at the Curzon Mayfair cinema"). */
static void
venue_at (Scan *scan, guint ws, guint we, guint t, GArray *venues, gint *performance)
{
  if (t == ws || t + 1 >= we)
    return;
  const Word *w = word_at (scan, t);
  const Span *work = span_at (scan, word_at (scan, t - 1)->span);
  const Span *inside = span_at (scan, w->span);
  gboolean the = key_is (word_at (scan, t + 1), "the");
  guint v = the ? t + 2 : t + 1;
  if (v >= we)
    return;
  if (inside && inside->work && !inside->dropped && inside->a < t && the && inside->b <= v + 3
      && inside->b > v && venue_end (scan, v, we, FALSE) == inside->b)
    {
      /* The title took the venue in: cut it there. */
      guint a = inside->a, b = inside->b;
      drop_spans (scan, a, b, NULL);
      claim_title (scan, a, t);
      if (may_be_venue (scan, v, b, we))
        claim_venue (scan, v, b, venues);
      return;
    }
  guint e = venue_end (scan, v, we, FALSE);
  if (e == v || !may_be_venue (scan, v, e, we))
    return;
  if (work && !work->dropped && work->work && work->b == t)
    {
      if (!(v == t + 1 && opens_person (scan, v)))
        claim_venue (scan, v, e, venues);
      return;
    }
  if (!the || e > v + 3 || !venue_closed (scan, e, we))
    return;
  gboolean tagged = TRUE;
  for (guint k = v; k < e; k++)
    {
      const Span *held = span_at (scan, word_at (scan, k)->span);
      /* Nor a body's or a competition's head: "a new role at
       * the Premier League", "at the Royal Academy". */
      if ((held && held->source != SOURCE_TAGGER)
          || (word_at (scan, k)->cue & (CUE_ORG_HEAD | CUE_COMPETITION_HEAD | CUE_COMPETITION)))
        tagged = FALSE;
    }
  if (!tagged)
    return;
  /* A document of works, no sport report ("a similar role at the
   * Premier League"). */
  if (*performance < 0)
    *performance = !scan->has_score && !scan->has_player && performance_sentence (scan, ws, we)
                   && speaks_of_works (scan);
  if (*performance)
    claim_venue (scan, v, e, venues);
}

/* "nominated for X", "won for X" (or "shortlisted"): X the work the
 * prize was for ("nominated for Endgame", "won for Closer"), whole
 * (title_end()), its other mentions too (spread_works()).  In a
 * document of works, not a sport report ("won for Chelsea"); not a
 * category in capitals ("nominated for Best Actor"), a person (a first
 * name opens it: "nominated for Billy Elliot" stays a known gap), the
 * tagger's organisation of one word ("nominated for Labour", a party),
 * a name a list or a rule made ("nominated for Copenhagen", a city the
 * lists claim, though a play's name too), nor one the lists hint as a
 * company, a city or a region. */
static void
nominated_at (Scan *scan, guint ws, guint we, guint f)
{
  if (f == ws || f + 1 >= we)
    return;
  guint i = f - 1;
  const Word *w = word_at (scan, i);
  if (w->upper || !(key_is (w, "nominated") || key_is (w, "shortlisted") || key_is (w, "won")))
    return;
  guint a = i + 2;
  const Word *first = word_at (scan, a);
  if (!first->upper || first->glued || !g_ascii_isalpha (scan->text[first->start])
      || ((first->cue & CUE_FUNCTION) && !key_is (first, "the")) || key_is (first, "best")
      || key_is (first, "outstanding") || scan->has_score || scan->has_player)
    return;
  guint e = title_end (scan, a, we, FALSE);
  if (e == a || (e < we && is_possessive (word_at (scan, e))))
    return;
  const char *hint = first->hint ? first->hint->hint : NULL;
  gboolean other = opens_person (scan, a)
                   || (hint
                       && (strcmp (hint, "COMPANY") == 0 || strcmp (hint, "CITY") == 0
                           || strcmp (hint, "REGION") == 0));
  for (guint k = a; k < e && !other; k++)
    {
      const Span *held = span_at (scan, word_at (scan, k)->span);
      /* The tagger's organisation of one word is a party or a
       * club as often ("nominated for Labour"). */
      other = held
              && (held->source >= SOURCE_RULE || held->a < a || held->b > e
                  || (e == a + 1 && strcmp (held->label, "ORG") == 0));
    }
  if (!other && speaks_of_works (scan))
    claim_title (scan, a, e);
}

/* A venue's other mentions in the document are the venue too ("the
 * Lyttelton" the tagger called an organisation elsewhere): the same
 * words after a lowercase word, not inside a longer name ("the Olivier
 * Awards": a capitalised word after it, or a longer span over it), where
 * the tagger's span alone holds exactly them, not as an organisation
 * (a venue's name is its company's as often: "Thomas Ades and the Royal
 * Opera House for the premiere"), or none does after "the" or "at" and
 * before the phrase's end. */
static void
spread_venues (Scan *scan, const GArray *venues)
{
  guint n = scan->words->len;
  /* A venue named again is spread once: each walk reads every word, so
   * a walk per mention made a list of one theatre's nights quadratic. */
  g_autoptr (GHashTable) spread = NULL;
  for (guint k = 0; k + 1 < venues->len; k += 2)
    {
      guint a = g_array_index (venues, guint, k), b = g_array_index (venues, guint, k + 1);
      if (spread == NULL)
        spread = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GString *run = g_string_new (NULL);
      for (guint i = a; i < b; i++)
        g_string_append_printf (run, "%" G_GUINT32_FORMAT " ", scan->slots[i]);
      if (!g_hash_table_add (spread, g_string_free (run, FALSE)))
        continue;
      for (guint i = 1; i + (b - a) <= n; i++)
        {
          guint e = i + (b - a);
          if (i == a || scan->slots[i] != scan->slots[a] || !runs_equal (scan, a, b, i, e)
              || word_at (scan, i - 1)->upper
              || (e < n && word_at (scan, e)->upper && !word_at (scan, e)->glued))
            continue;
          const Span *held = span_at (scan, word_at (scan, i)->span);
          if (held
              && (held->source != SOURCE_TAGGER || held->a != i || held->b != e
                  || strcmp (held->label, "ORG") == 0))
            continue;
          /* Where nothing named it, only after "the" or "at" and before
           * the phrase's end ("the Palace said" may be a palace). */
          if (!held
              && (!(key_is (word_at (scan, i - 1), "the") || key_is (word_at (scan, i - 1), "at"))
                  || !(venue_closed (scan, e, n) || (e < n && is_possessive (word_at (scan, e))))))
            continue;
          claim_venue (scan, i, e, NULL);
        }
    }
}

/* The end of the sentence word @i is in: the next word opening one. */
static guint
sentence_end (const Scan *scan, guint i, guint n)
{
  guint e = i + 1;
  while (e < n && !word_at (scan, e)->sentence_start)
    e++;
  return e;
}

/* A prize's long name with "of" and its acronym in brackets before its
 * head ("the Festival of Gospel Music (FGM) Awards"): the tagger cuts it
 * at "of" and at the brackets into places and people.  Word @h is the
 * head (cues.tsv kind event-head, capitalised: "Awards", "Prize"),
 * after ")", one capitalised word and "("; before them a capitalised
 * run of three words or more with a lowercase "of" inside
 * (capitalised_run_start()).  The whole, MISC.  Not a body's name and
 * its acronym before a lowercase word ("the Federation of Small
 * Businesses (FSB) conference"), nor a run with no "of" ("the Royal
 * Television Society (RTS) Awards" is left to the tagger). */
static void
bracketed_prize (Scan *scan, guint ws, guint h)
{
  const Word *head = word_at (scan, h), *acronym = word_at (scan, h - 2);
  if (!head->upper || strcmp (word_at (scan, h - 3)->text, "(") != 0 || !acronym->upper
      || !g_ascii_isalpha (acronym->text[0]) || !(cue_map_rules (scan->e->cues, head->key, head->hash) & CUE_EVENT_HEAD))
    return;
  guint a = capitalised_run_start (scan, ws, h - 3);
  gboolean of = FALSE;
  for (guint k = a; k < h - 3 && !of; k++)
    of = !word_at (scan, k)->upper && key_is (word_at (scan, k), "of");
  if (h - 3 < a + 3 || !of)
    return;
  drop_spans (scan, a, h + 1, NULL);
  Span *prize = claim (scan, a, h + 1, "MISC", SOURCE_RULE);
  if (prize)
    prize->canonical = words_text (scan, a, h + 1);
}

/* An award named for a period's best ("the Tarvo Sports Personality of
 * the Year", "Halvex Player of the Month"): the tagger cuts the name at
 * its "of" and calls the piece before it an organisation (a
 * broadcaster's or a body's name opens it) or a person.  Word @i is the
 * period, capitalised after a lowercase "of the" (cues.tsv kind
 * measure: "year", "month", "week"); the name is the capitalised run
 * before "of" (capitalised_run_start()) to the period, and a
 * capitalised event's head after it ("Award", "Prize"); the whole,
 * MISC, as CoNLL-2003 writes awards and prizes ("Nobel Peace Prize",
 * "Orange Prize"), the acronym that opens it no name of its own.  Not a
 * period in lowercase ("player of the year" is a description), nor a
 * run the lists claim a person in, nor one of a word. */
static void
period_award (Scan *scan, guint ws, guint i, guint n)
{
  const Word *w = word_at (scan, i);
  if (w->capitals || !(cue_map_rules (scan->e->cues, w->key, w->hash) & CUE_MEASURE))
    return;
  guint a = capitalised_run_start (scan, ws, i - 2);
  if (a >= i - 2 || !g_ascii_isalpha (word_at (scan, a)->text[0]))
    return;
  for (guint k = a; k < i - 2; k++)
    {
      const Span *held = span_at (scan, word_at (scan, k)->span);
      if (held && !held->dropped && held->source >= SOURCE_GAZETTEER && strcmp (held->label, "PERSON") == 0)
        return;
    }
  guint b = i + 1;
  while (b < n && b < i + 3 && word_at (scan, b)->upper && !word_at (scan, b)->glued && !word_at (scan, b)->sentence_start
         && (cue_map_rules (scan->e->cues, word_at (scan, b)->key, word_at (scan, b)->hash) & CUE_EVENT_HEAD))
    b++;
  /* A name the tagger ran on past the award keeps its own words ("of
   * the Year Anna Keller" one ORG): a person's where a first name
   * opens them. */
  Span *over = span_at (scan, word_at (scan, b - 1)->span);
  if (over && !over->dropped && over->b > b && over->source < SOURCE_GAZETTEER)
    {
      for (guint k = over->a; k < b; k++)
        word_at (scan, k)->span = -1;
      over->a = b;
      g_free (over->canonical);
      over->canonical = words_text (scan, over->a, over->b);
      if (opens_person (scan, b))
        over->label = "PERSON";
    }
  drop_spans (scan, a, b, NULL);
  Span *award = claim (scan, a, b, "MISC", SOURCE_RULE);
  if (award)
    award->canonical = words_text (scan, a, b);
}

/* One pass over the words, each asked only what is cheap to ask (its
 * case, its cue, its key's first bytes); a sentence's end is found only
 * where a rule starts in it.  A pass a sentence for each rule cost
 * 16,000 instructions a BBC article (callgrind), twice this. */
void
find_awards (Scan *scan)
{
  guint n = scan->words->len;
  g_autoptr (GArray) venues = g_array_new (FALSE, FALSE, sizeof (guint));
  guint ws = 0, we = 0;  /* the sentence's words; @we 0: not found yet */
  gint performance = -1; /* performance_sentence() not asked yet */
  /* Words told by their hash first (in the word), their key after. */
  const guint32 at_hash = word_hash ("at", 2), for_hash = word_hash ("for", 3);
  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (scan, i);
      if (w->sentence_start)
        {
          ws = i, we = 0, performance = -1;
          /* An award's line opens with a dash or its "Best". */
          if (w->key[0] == '-' || w->key[0] == 'b' || w->key[0] == 'o' || (guchar)w->key[0] == 0xe2)
            {
              we = sentence_end (scan, i, n);
              award_line (scan, ws, we, venues);
            }
          continue;
        }
      if (w->upper && i >= ws + 6 && word_at (scan, i - 1)->text[0] == ')')
        {
          bracketed_prize (scan, ws, i);
          continue;
        }
      if (w->upper)
        {
          /* A capitalised period after a lowercase "of the", a title's
           * capitalised "Vs" (works-joined.c): their bytes first. */
          if (i >= ws + 3 && !w->glued && word_at (scan, i - 1)->key[0] == 't' && !word_at (scan, i - 1)->upper
              && strcmp (word_at (scan, i - 1)->key, "the") == 0 && !word_at (scan, i - 2)->upper
              && strcmp (word_at (scan, i - 2)->key, "of") == 0 && word_at (scan, i - 3)->upper)
            period_award (scan, ws, i, n);
          else if (w->text[0] == 'V' && !w->capitals)
            versus_title_at (scan, i);
          continue;
        }
      /* "at" and "for" are function words of cues.tsv: most words are
       * told by their cue and their hash, not their key. */
      if (w->upper || !(w->cue & CUE_FUNCTION) || (w->hash != at_hash && w->hash != for_hash))
        continue;
      if (is_at (w))
        {
          if (we == 0)
            we = sentence_end (scan, i, n);
          venue_at (scan, ws, we, i, venues, &performance);
        }
      else if ((w->cue & CUE_CONNECTOR) && w->key[0] == 'f' && strcmp (w->key, "for") == 0)
        {
          if (we == 0)
            we = sentence_end (scan, i, n);
          nominated_at (scan, ws, we, i);
        }
    }
  spread_venues (scan, venues);
}
