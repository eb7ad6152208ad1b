/* tense-weekday.c: whether a weekday without a shift names the coming
 * day or the one gone by: a possessive weekday before its clause's verb
 * ("Saturday's match"), a fixture the words before it await ("ahead of
 * Sunday's final"), and a weekday named again in a report's past.  The
 * cue reading they share is in tense.c. */
#include "tense.h"

#include <string.h>

/* Whether the noun ending at @end is its phrase's head: a mark after it,
 * or a word that opens another phrase ("against", "which", "and"). */
static gboolean
noun_is_head (const Dates *d, const char *text, gsize end)
{
  gsize at = end;
  while (text[at] == ' ')
    at++;
  if (!g_ascii_isalpha (text[at]))
    return TRUE;
  gsize word_end = at;
  while (g_ascii_isalpha (text[word_end]))
    word_end++;
  return word_before_in (d->preposition_words, text, word_end, NULL) || word_before_in (d->bound_words, text, word_end, NULL)
         || word_before_in (d->clause_words, text, word_end, NULL) || word_before_in (d->subject_words, text, word_end, NULL);
}

/* Whether the possessive weekday at @start..@end ("Saturday's") is the
 * coming one: after "forward to" (kind `ahead`), or before a noun of
 * kind `event` whose clause speaks of the future ("Saturday's game will
 * be shown live"); a past event with a future consequence is past
 * ("Saturday's defeat will hurt the club"). */
static gboolean
possessive_ahead (Tense *tense, gsize start, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize w;
  if (start >= 3 && g_ascii_strncasecmp (text + start - 3, "to ", 3) == 0 && word_before_in (d->ahead_words, text, start - 3, &w))
    return TRUE;
  /* "after Sunday's final", "following his sending-off in Sunday's
   * final": done (kind `clause`) */
  for (gsize back = start, words = 0; words < 4 && back > 0; words++, back = w)
    if (word_before_in (d->clause_words, text, back, &w))
      return FALSE;
    else if (w == back || !g_ascii_islower (text[w]))
      break;
  /* the possessive's noun, after names ("Tuesday's Champions League
   * group tie") and one word in lowercase at most ("Sunday's big match");
   * its clause speaks of the future before it or after it ("Almunia will
   * start Tuesday's tie", "Saturday's game will be shown live") */
  gsize at = end;
  while (text[at] && text[at] != ' ')
    at++;
  gsize word_end;
  for (guint words = 0, lower = 0; words < 5 && lower < 2 && text[at] == ' '; words++, at = word_end)
    {
      if (word_at_in (d->event_words, text, at + 1, &word_end))
        /* or it is what a verb in the present right before it names
         * ("the most important thing is Sunday's game"): the noun is the
         * head (a mark or a preposition after it, not "Sunday's match
         * report") and nothing in the sentence is past ("is Saturday's
         * match, which Chelsea won 2-1") */
        return tense_future (tense) || tense_future_after (tense, end)
               || (word_before_in (d->present_words, text, start, NULL) && noun_is_head (d, text, word_end)
                   && sentence_present_simple (tense, start, end, FALSE));
      lower += !g_ascii_isupper (text[at + 1]);
    }
  return FALSE;
}

/* Where a weekday dates a fixture awaited by the words before it: "ahead
 * of Sunday's game", "ahead of their Six Nations game against Ireland on
 * Sunday" (AWAIT_AHEAD), "for Saturday's match", "named for the game
 * against Italy on Sunday" (AWAIT_FOR), "misses Wednesday's tie", "has
 * been ruled out of Saturday's clash" (AWAIT_ABSENT: a word of kind
 * `miss`, or one of kind `out` before "out of"), with the fixture a noun
 * of kind `event` of data/context-words.tsv; *@cue is where "ahead",
 * "for", or the word of `miss` or `out` starts.  Only names, determiners and
 * one more word in lowercase come between the cue and the noun ("for his
 * display in the game on Sunday" is no fixture awaited), and only names
 * and the prepositions of a fixture's opponent or place between the noun
 * and "on". */
typedef enum
{
  AWAIT_NONE,
  AWAIT_AHEAD,
  AWAIT_FOR,
  AWAIT_ABSENT,
} Await;

static Await
await_cue_before (const Dates *d, const char *text, gsize floor, gsize at, gsize *cue)
{
  gsize w;
  gsize n = word_before (text, floor, at, &w);
  if (n == 3 && g_ascii_strncasecmp (text + w, "for", 3) == 0 && (w == floor || text[w - 1] == ' '))
    return *cue = w, AWAIT_FOR;
  if (n > 0 && text[w + n] == ' ' && word_before_in (d->miss_words, text, w + n, NULL) && (w == floor || text[w - 1] == ' '))
    return *cue = w, AWAIT_ABSENT;
  if (n != 2 || strncmp (text + w, "of", 2) != 0)
    return AWAIT_NONE;
  n = word_before (text, floor, w, &w);
  if (n == 5 && g_ascii_strncasecmp (text + w, "ahead", 5) == 0 && (w == floor || text[w - 1] == ' '))
    return *cue = w, AWAIT_AHEAD;
  if (n == 3 && strncmp (text + w, "out", 3) == 0 && w > floor && word_before_in (d->out_words, text, w, &w))
    return *cue = w, AWAIT_ABSENT;
  return AWAIT_NONE;
}

static Await
awaited_fixture (const Dates *d, const char *text, gsize floor, gsize start, gsize end, gboolean possessive, gsize *cue)
{
  static const char *const links[] = { "against", "v", "vs", "versus", "at", "in", "with", "the", NULL };
  static const char *const determiners[] = { "the", "a", "their", "his", "her", "its", "our", "this", "next", NULL };
  gsize w, at;
  if (possessive)
    {
      Await kind = await_cue_before (d, text, floor, start, cue);
      if (kind != AWAIT_FOR && kind != AWAIT_ABSENT)
        return kind;
      /* "for Saturday's" names what is awaited only before a fixture
       * ("fined for Saturday's trouble" names what happened), and so does
       * "misses Saturday's" ("misses Monday's deadline" is its own) */
      at = end;
      while (text[at] && text[at] != ' ')
        at++;
      gsize word_end;
      for (guint words = 0, lower = 0; words < 5 && lower < 2 && text[at] == ' '; words++, at = word_end)
        {
          if (word_at_in (d->event_words, text, at + 1, &word_end))
            return kind;
          lower += !g_ascii_isupper (text[at + 1]);
        }
      return AWAIT_NONE;
    }
  /* "... on Sunday": back over the opponent and the place to the noun */
  if (word_before (text, floor, start, &w) != 2 || strncmp (text + w, "on", 2) != 0)
    return AWAIT_NONE;
  at = w;
  for (guint words = 0; words < 7; words++)
    {
      gsize n = word_before (text, floor, at, &w);
      if (n == 0 || (text[w + n] != ' ' && text[w + n] != '-'))
        return AWAIT_NONE;
      if (word_before_in (d->event_words, text, w + n, NULL) && g_ascii_islower (text[w]))
        break;
      gboolean link = g_ascii_isupper (text[w]);
      for (guint i = 0; !link && links[i]; i++)
        link = n == strlen (links[i]) && strncmp (text + w, links[i], n) == 0;
      if (!link)
        return AWAIT_NONE;
      at = w;
    }
  /* and back from the noun over names and determiners to the cue */
  at = w;
  for (guint words = 0, lower = 0; words < 6; words++)
    {
      Await kind = await_cue_before (d, text, floor, at, cue);
      if (kind != AWAIT_NONE)
        return kind;
      gsize n = word_before (text, floor, at, &w);
      if (n == 0 || text[w + n] != ' ')
        return AWAIT_NONE;
      gboolean determiner = FALSE;
      for (guint i = 0; !determiner && determiners[i]; i++)
        determiner = n == strlen (determiners[i]) && g_ascii_strncasecmp (text + w, determiners[i], n) == 0;
      if (!determiner && !g_ascii_isupper (text[w])
          && (++lower > 1 || word_before_in (d->preposition_words, text, w + n, NULL)
              || word_before_in (d->clause_words, text, w + n, NULL)))
        return AWAIT_NONE;
      at = w;
    }
  return AWAIT_NONE;
}

/* The tense of the fixture's own relative clause after @end (", which
 * features...", ", which passed off peacefully"): 1 where its verb is a
 * present (a word of kind `present`, or one in -s), -1 where it is a
 * past, 0 where there is none. */
static int
relative_tense (Tense *tense, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize at = end;
  while (at < end + AFTER_REACH && !after_stops (tense, at))
    at++;
  if (g_ascii_strncasecmp (text + at, ", which ", 8) != 0)
    return 0;
  at += 8;
  gsize e = at;
  while (g_ascii_isalpha (text[e]))
    e++;
  Tense window = *tense;
  window.start = at;
  window.end = e;
  if (word_before_in (d->present_words, text, e, NULL)
      || (e - at > 3 && text[e - 1] == 's' && text[e - 2] != 's' && !past_verb_at (tense, &window, at, e)))
    return 1;
  return past_verb_at (tense, &window, at, e) ? -1 : 0;
}

/* Whether a verb of kind `purpose` in -ing after "is", "are" or "am"
 * stands in @from..@to ("is preparing his players", "are gearing up"). */
static gboolean
readying_under_way (const Dates *d, const char *text, gsize from, gsize to)
{
  for (gsize w = from; w < to; w++)
    {
      if (!g_ascii_islower (text[w]) || (w > 0 && g_ascii_isalpha (text[w - 1])))
        continue;
      gsize e = w;
      while (e < to && g_ascii_isalpha (text[e]))
        e++;
      if (e - w > 5 && strncmp (text + e - 3, "ing", 3) == 0 && word_before_in (d->purpose_words, text, e, NULL)
          && progressive_before (text, from, w))
        return TRUE;
      w = e;
    }
  return FALSE;
}

/* Whether the words @from..@to of a clause tell an event done: the last
 * verb of the past wins, but a report's verb ("said"), a complement's
 * "that", an infinitive or a cue of the future opens a time of its own.
 * With @preview TRUE a word of kind `purpose` ("travelled", "named")
 * readies what is awaited, and a present perfect's "has" ("has been
 * named") tells where things stand: neither is an event done. */
gboolean
done_before (Tense *tense, gsize from, gsize to, gboolean preview)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  Tense before = *tense;
  before.end = to;
  gboolean done = FALSE;
  for (gsize w = from; w < to; w++)
    {
      if (!g_ascii_isalpha (text[w]) || (w > 0 && (g_ascii_isalnum (text[w - 1]) || text[w - 1] == '\'')))
        continue;
      gsize e = w;
      while (e < to && g_ascii_isalpha (text[e]))
        e++;
      if (word_before_in (d->complement_words, text, e, NULL) || word_before_in (d->reported_words, text, e, NULL)
          || (e - w == 2 && g_ascii_strncasecmp (text + w, "to", 2) == 0 && g_ascii_islower (text[e + 1]))
          || cue_at (&d->far_cues, &before, w, 1u << CUE_FUTURE) >= 0)
        done = FALSE;
      else if ((!preview || !(word_before_in (d->purpose_words, text, e, NULL) || word_before_in (d->unfinished_words, text, e, NULL)))
               && past_verb_at (tense, &before, w, e))
        done = TRUE;
      w = e;
    }
  return done;
}

/* Whether an absence's clause, @from up to its verb at @cue and that
 * verb, tells it done: "pulled out of", "was ruled out of" (a report's
 * verb, which done_before() lets open a time of its own, is the
 * absence's here), not "is out of" nor "misses". */
static gboolean
absence_done (Tense *tense, gsize from, gsize cue)
{
  const char *text = tense->text;
  gsize e = cue;
  while (g_ascii_isalpha (text[e]))
    e++;
  Tense window = *tense;
  window.start = cue;
  window.end = e;
  return done_before (tense, from, cue, TRUE) || past_verb_at (tense, &window, cue, e);
}

/* Whether a weekday fronted before its clause is told by that clause as
 * the coming day: at most one word before it in its sentence (a
 * preposition: "On Saturday,", "By Friday,"), its clause right after
 * it (a comma between, or none: "On Saturday the team will play"), and
 * a cue of the future or a fixture there before any verb of the past or
 * clause mark ("On Saturday, the team will play Leeds", "On Sunday, Wales
 * host France"), and not a custom told ("On Saturday, the club meets as
 * it does each week").  The reader of the tense looks back
 * from the expression and finds nothing there; a report's past after the
 * comma ("On Saturday, he said he will stand") keeps the day gone by, and
 * so does any clause that tells an event done.  TimeBank+AQUAINT front a
 * weekday before a comma 19 times, each in a clause of the past, left as
 * they were. */
static gboolean
fronted_ahead (Tense *tense, gsize end)
{
  const char *text = tense->text;
  if (text[end] != ',' && text[end] != ' ')
    return FALSE;
  guint before = 0;
  for (gsize at = tense->start; at < tense->end && before < 2; at++)
    before += g_ascii_isalpha (text[at]) && (at == 0 || !g_ascii_isalnum (text[at - 1]));
  return before <= 1 && tense_scheduled_after (tense, end) && !tense_recurring (tense, end + (text[end] == ','));
}

/* Whether a weekday after "on" closes the noun phrase that opens its
 * sentence, a determiner (kind `determiner`) and at most two words in
 * lowercase before it, the last a noun of what is held on a day (kind
 * `event`: "The match on Saturday", "The summit on Friday"), and the
 * clause's verb after it speaks of the future before any past: "The
 * match on Saturday will kick off at 1500 GMT", as "Saturday's match
 * will" is read; "The match on Saturday was abandoned", "The attack on
 * Friday will be investigated" (no event held) stay gone by.  The
 * reader of the tense looks back from the expression and finds nothing
 * there. */
static gboolean
subject_ahead (Tense *tense, gsize start, gsize end)
{
  const char *text = tense->text;
  if (start < tense->start + 3 || strncmp (text + start - 3, "on ", 3) != 0 || (text[end] != ' ' && text[end] != ','))
    return FALSE;
  gsize at = tense->start;
  while (at < start && !g_ascii_isalpha (text[at]))
    at++;
  gsize word_end;
  if (!opens_sentence (text, tense->start, at) || !word_at_in (tense->d->determiner_words, text, at, &word_end))
    return FALSE;
  guint words = 0;
  for (gsize p = at; p < start - 3; p++)
    {
      if (text[p] == ' ')
        continue;
      if (!g_ascii_isalpha (text[p]) || (p > at && !g_ascii_islower (text[p])))
        return FALSE;
      while (g_ascii_isalpha (text[p]) || text[p] == '-')
        p++;
      if (++words > 3 || text[p] != ' ')
        return FALSE;
    }
  return words >= 2 && word_before_in (tense->d->event_words, text, start - 3, NULL)
         && tense_future_after (tense, end + (text[end] == ','));
}

gboolean
tense_weekday_ahead (Tense *tense, gsize start, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  const char *after = text + end, *before = text + start;
  gboolean possessive = g_str_has_prefix (after, "'s") || g_str_has_prefix (after, "\u2019s");
  /* but "ahead of Sunday's election", and "for" of purpose, after a
   * word of data/context-words.tsv ("fit for Saturday's opener"), name
   * what is awaited: there the clause's tense decides.  "For" of cause
   * ("fined for Saturday's trouble") names what has happened. */
  gsize w;
  /* A fixture awaited ("has flown to Dublin ahead of Sunday's game", "has
   * been named for the game against Italy on Sunday") is the coming one,
   * as a preview writes it, in a clause that tells no event done: "Fans
   * clashed with police ahead of Sunday's game", "was sacked ahead of
   * Saturday's defeat" tell a day gone, and so does a clause told from
   * before a past ("had forecast ahead of Friday's announcement").  A
   * verb of kind `purpose` ("travelled", "named") readies the fixture and
   * tells nothing done.  After "for", only in a clause of the present
   * perfect or a modal (`unfinished`: "has been ruled out of the team for
   * Saturday's clash"; "withdrew from the team for Friday's clash" tells
   * of one gone) with no verb of kind `cause` ("has apologised for
   * Sunday's game", "has been fined for Saturday's match incident" give
   * the cause).  An absence ("misses Wednesday's tie", "is out of
   * Sunday's game", "has been ruled out of Saturday's clash") likewise,
   * in a clause of the present perfect or a modal, or one that tells no
   * event done with the absence's own verb in it ("pulled out of
   * Sunday's game", "was ruled out of" tell one gone), and with no verb
   * of kind `cause` ("fined after walking out of Sunday's game"). */
  gsize cue;
  Await await = awaited_fixture (d, text, tense->start, start, end, possessive, &cue);
  if (await != AWAIT_NONE)
    {
      gsize clause = cue;
      while (clause > tense->start && !strchr (",;(", text[clause - 1]))
        clause--;
      /* its own relative clause tells it first: ", which features a
       * host of big names" to come, ", which passed off peacefully" gone */
      int relative = relative_tense (tense, end);
      if (relative > 0)
        return TRUE;
      /* a present progressive of readying ("is preparing his players
       * for", "are gearing up for") tells the fixture ahead as a
       * present perfect does: the readying is under way now */
      gboolean unfinished = word_between_in (d->unfinished_words, text, clause, cue) || readying_under_way (d, text, clause, cue);
      gboolean cause = word_between_in (d->cause_words, text, clause, cue);
      if (relative == 0 && !word_between_in (d->perfect_words, text, clause, cue)
          && (await == AWAIT_AHEAD ? !done_before (tense, clause, cue, TRUE)
              : await == AWAIT_FOR ? unfinished && !cause
                                   : (unfinished || !absence_done (tense, clause, cue)) && !cause))
        return TRUE;
    }
  if (possessive
      && ((start >= 4 && g_ascii_strncasecmp (before - 4, "for ", 4) == 0
           && word_before_in (d->purpose_words, text, start - 4, &w))
          || (start >= 9 && g_ascii_strncasecmp (before - 9, "ahead of ", 9) == 0)))
    possessive = FALSE;
  if (possessive)
    return possessive_ahead (tense, start, end);
  /* a fixture's present in a clause of what comes round tells the custom
   * ("the club meets on Friday, as it does each week"): no coming day of
   * its own, unless a cue of the future says so */
  return tense_future (tense) || (tense_fixture_future (tense) && !tense_recurring (tense, end))
         || (tense_unknown (tense) && (fronted_ahead (tense, end) || subject_ahead (tense, start, end)));
}

gboolean
tense_weekday_again_ahead (Tense *tense, gsize start, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  /* the noun it names: after the possessive, or after the weekday that
   * "the" opens ("the Thursday vote"), one word in lowercase at most
   * between ("Sunday's big match") */
  gsize at = end;
  if (text[at] == '\'' && text[at + 1] == 's')
    at += 2;
  else if (g_str_has_prefix (text + at, "\u2019s"))
    at += 4;
  gsize word_end = at;
  gboolean event = FALSE;
  for (guint words = 0; words < 2 && text[at] == ' ' && g_ascii_islower (text[at + 1]); words++, at = word_end)
    if ((event = word_at_in (d->event_words, text, at + 1, &word_end)))
      break;
  if (!event)
    return FALSE;
  /* nor the verb before it in its clause (after its last mark, or a
   * complement's "that": "stressing that Thursday's meeting"): "was sent
   * off in the final minute of Sunday's match" tells the match held; a
   * report's verb ("said Sunday's game would be tough"), an infinitive
   * or a cue of the future opens a time of its own */
  gsize from = tense->start;
  for (gsize back = start; back > tense->start; back--)
    if (clause_mark (text[back - 1], TRUE))
      {
        from = back;
        break;
      }
  if (done_before (tense, from, start, FALSE))
    return FALSE;
  /* the rest of its clause tells nothing done: "was" and "were" may say
   * what the event is ("Thursday's meeting was only a first step"), a
   * verb in the past or a past cue of the lexicon tells it held
   * ("Monday's talks broke down", "Tuesday's deadline was missed", "the
   * Thursday meeting last week") */
  Tense rest = *tense;
  rest.start = word_end;
  rest.end = word_end;
  while (rest.end < word_end + AFTER_REACH && !after_stops (tense, rest.end))
    rest.end++;
  for (at = word_end; at < rest.end; at++)
    {
      if (!g_ascii_isalpha (text[at]) || g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')
        continue;
      gsize e = at;
      while (e < rest.end && g_ascii_isalpha (text[e]))
        e++;
      gsize n = e - at;
      gboolean copula = (n == 3 && strncmp (text + at, "was", 3) == 0) || (n == 4 && strncmp (text + at, "were", 4) == 0);
      /* a participle after "is being", "will be" is no past ("where
       * Saturday's game is being played") */
      if (!copula
          && ((n > 4 && regular_past (text + at, n) && text[e - 3] != 'e' && !word_before_in (d->passive_words, text, at, NULL))
              || past_form_at (d, text, at, e)
              || cue_at (&d->far_cues, &rest, at, 1u << CUE_PAST) == CUE_PAST))
        return FALSE;
      at = e;
    }
  return TRUE;
}
