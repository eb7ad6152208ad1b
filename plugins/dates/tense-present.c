/* tense-present.c: whether a "today" that closes its clause speaks of
 * the present in general ("the state of football today.", "the best
 * writers in children's books today") rather than of the day of the
 * report ("the stores were busy today.", "the case opens in the High
 * Court today.").  Split from tense.c, whose cue reader it shares
 * tense.h with; tense_nowadays() (tense-habit.c) reads the other shapes,
 * "the children of today" and "children today watch". */
#include "tense.h"

#include <string.h>

/* How many words back from "today" its preposition may stand ("in
 * British broadcasting", "in children's books"). */
#define PLACE_WORDS 4

/* Whether a word in -ing before @start follows a present progressive's
 * auxiliary (progressive_before()): "what we are seeing today", "the
 * choices we're making today" tell an act of the day, not a state. */
static gboolean
progressive_in (const char *text, gsize from, gsize start)
{
  for (gsize at = from; at < start; at++)
    {
      if (!g_ascii_isalpha (text[at]) || (at > from && g_ascii_isalpha (text[at - 1])))
        continue;
      gsize e = at;
      while (e < start && g_ascii_isalpha (text[e]))
        e++;
      if (e - at > 4 && strncmp (text + e - 3, "ing", 3) == 0 && progressive_before (text, from, at))
        return TRUE;
      at = e;
    }
  return FALSE;
}

/* Whether the sentence of @start..@end is in the present simple
 * throughout (no past, no future), with no progressive and no fixture's
 * verb before it ("the night that begins today"). */
static gboolean
present_throughout (Tense *tense, gsize start, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  if (progressive_in (text, tense->start, start) || !sentence_present_simple (tense, start, end, TRUE))
    return FALSE;
  gsize stop = end;
  while (stop < end + AFTER_REACH && !sentence_stops (tense, stop))
    stop++;
  Tense all = *tense;
  all.end = stop;
  for (gsize c = tense->start; c < start; c++)
    {
      if (!g_ascii_isalpha (text[c]) || (c > 0 && g_ascii_isalnum (text[c - 1])))
        continue;
      if (cue_at (&d->far_cues, &all, c, 1u << CUE_FIXTURE) == CUE_FIXTURE
          || cue_at (&d->near_cues, &all, c, 1u << CUE_FIXTURE) == CUE_FIXTURE)
        return FALSE;
    }
  return TRUE;
}

gboolean
tense_present_general (Tense *tense, gsize start, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  /* lowercase "today" ending its clause: a mark right after it */
  if (!g_ascii_islower (text[start]) || !text[end] || !strchr (".,;!?\"", text[end]))
    return FALSE;
  gsize w;
  gsize n = word_before (text, tense->start, start, &w);
  if (n < 2 || w + n + 1 != start)
    return FALSE;
  /* a verb of a thing lasting on right before it, in a relative clause
   * of a thing that is no event ("a custom which continues today", "a
   * rule that still applies today"; "the trial, which continues today"
   * and "the match continues today" are the day's) */
  if (word_before_in (d->enduring_words, text, w + n, NULL))
    {
      gsize v = w, r;
      while (v > tense->start && text[v - 1] == ' ')
        v--;
      /* one "still" between ("which still exists today") */
      if (v >= 5 && strncmp (text + v - 5, "still", 5) == 0 && word_before (text, tense->start, v, &r) == 5)
        for (v = r; v > tense->start && text[v - 1] == ' ';)
          v--;
      gboolean relative = word_before_in (d->relative_words, text, v, &r)
                          || (word_before (text, tense->start, v, &r) == 4 && strncmp (text + r, "that", 4) == 0);
      /* restrictive, no comma before it: ", which continues today" tells
       * of one thing going on ("the strike, which continues today") */
      while (relative && r > tense->start && text[r - 1] == ' ')
        r--;
      return relative && (r == 0 || text[r - 1] != ',') && !word_between_in (d->event_words, text, tense->start, start)
             && present_throughout (tense, start, end);
    }
  /* else a noun, in lowercase or an acronym ("on TV"), not a name ("in
   * Brussels today" is where the day's act is) nor a noun of an event
   * held on the day ("at the hearing today") */
  if ((g_ascii_isupper (text[w]) && g_ascii_islower (text[w + 1])) || word_before_in (d->event_words, text, w + n, NULL))
    return FALSE;
  /* a preposition a few words back, which makes "today" the time of a
   * field or a place ("of football today", "in children's books
   * today"), not of a verb's act ("begin in earnest today" has its
   * preposition too, and the fixture cue below rules it out).  A field
   * is named bare ("on radio", "in British jazz"); a determiner between
   * picks out a thing or place of the day's news ("shares are down on
   * the market today", "the pound is weaker against the dollar today",
   * "there is snow on the hills today"), which stays the day's */
  gboolean placed = FALSE;
  gsize at = w;
  for (guint k = 0; k < PLACE_WORDS && !placed && at > tense->start; k++)
    {
      gsize pw;
      gsize pn = word_before (text, tense->start, at, &pw);
      if (pn == 0 || word_before_in (d->determiner_words, text, pw + pn, NULL))
        break;
      placed = word_before_in (d->preposition_words, text, pw + pn, NULL);
      at = pw;
      while (at > tense->start && (text[at - 1] == ' ' || text[at - 1] == '\''))
        at--;
    }
  return placed && present_throughout (tense, start, end);
}
