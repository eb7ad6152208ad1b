/* tense-habit.c: whether an expression's sentence tells what happens as
 * a rule rather than once: a present simple throughout
 * (sentence_present_simple()), a time that recurs after it ("on
 * Saturdays", tense_recurring()), a habit's word or people in general
 * (tense_habitual(), tense_nowadays()).  Split from tense.c, whose cue
 * reader it shares tense.h with. */
#include "tense.h"

#include <string.h>

/* Whether the sentence around @start..@end holds no verb of the past (in
 * -ed, "need" and "speed" aside, or irregular) and no cue of the
 * lexicon's past, nor of its future where @future_too: a present simple
 * throughout, what
 * happens as a rule ("He usually plays golf at the weekend"), not a
 * report of one time ("Police often patrol the area, and they arrested
 * three men at the weekend", "He always said the match at the weekend
 * would be hard"). */
gboolean
sentence_present_simple (const Tense *tense, gsize start, gsize end, gboolean future_too)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize stop = end;
  while (stop < end + AFTER_REACH && !sentence_stops (tense, stop))
    stop++;
  Tense all = *tense;
  all.end = stop;
  for (gsize at = tense->start; at < stop; at++)
    {
      if (at == start)
        at = end;
      if (!g_ascii_isalpha (text[at]) || (at > 0 && (g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')))
        continue;
      gsize word_end = at;
      while (word_end < stop && g_ascii_isalpha (text[word_end]))
        word_end++;
      gsize n = word_end - at;
      /* a comparison's clause after the expression is another time
       * ("watch more television than their parents did") */
      if (at > end && word_before_in (d->compare_words, text, word_end, NULL))
        break;
      int far = cue_at (&d->far_cues, &all, at, ALL_CUES);
      int near = cue_at (&d->near_cues, &all, at, ALL_CUES);
      /* a fixture's verb is a present ("usually plays golf") */
      /* four letters, not -eed: "need", "proceed" are presents */
      if ((n > 3 && regular_past (text + at, n) && text[word_end - 3] != 'e')
          || past_form_at (d, text, at, word_end) || far == CUE_PAST || near == CUE_PAST
          || (future_too && (far == CUE_FUTURE || near == CUE_FUTURE)))
        return FALSE;
      at = word_end;
    }
  return TRUE;
}

/* The end of the word of letters at @at, @stop at most. */
static gsize
next_word_end (const char *text, gsize at, gsize stop)
{
  while (at < stop && g_ascii_isalpha (text[at]))
    at++;
  return at;
}

/* Whether the word at @at..@e names a time that comes round: a unit
 * ("week", "years"), a weekday as the lexicon writes it ("Sunday") or a
 * season ("spring"). */
static gboolean
time_that_recurs (const Dates *d, const char *text, gsize at, gsize e)
{
  char word[32];
  if (e - at >= sizeof word)
    return FALSE;
  memcpy (word, text + at, e - at);
  word[e - at] = '\0';
  if (g_hash_table_contains (d->weekdays, word))
    return TRUE;
  for (gsize i = 0; word[i]; i++)
    word[i] = g_ascii_tolower (word[i]);
  return unit_code (d, word) != NULL || g_hash_table_contains (d->seasons, word);
}

/* Whether @c ends the clause tense_recurring() reads on from its
 * expression: a mark of clause_or_sentence_mark(), a double quote or a
 * line's end. */
static gboolean
recurring_stop (char c)
{
  return clause_or_sentence_mark (c) || c == '"' || c == '\n';
}

gboolean
tense_recurring (const Tense *tense, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  if (g_hash_table_size (d->recurring_words) == 0)
    return FALSE;
  /* the expression's clause: back to its last mark, on to the next; a
   * relative or coordinated clause after a comma is another's */
  gsize from = tense->start;
  for (gsize at = tense->end; at > tense->start; at--)
    if (clause_mark (text[at - 1], FALSE))
      {
        from = at;
        break;
      }
  gsize stop = end;
  while (stop < end + AFTER_REACH && stop < tense->limit && text[stop] && !recurring_stop (text[stop]))
    stop++;
  /* and an "as" clause of comparison right after a comma, which says the
   * same event comes round ("as it is every year") */
  if (text[stop] == ',' && g_ascii_strncasecmp (text + stop, ", as ", 5) == 0)
    for (stop += 5; stop < end + 2 * AFTER_REACH && stop < tense->limit && text[stop] && !recurring_stop (text[stop]);)
      stop++;
  for (gsize at = from; at < stop; at++)
    {
      if (!g_ascii_isalpha (text[at]) || (at > 0 && g_ascii_isalnum (text[at - 1])))
        continue;
      gsize e = next_word_end (text, at, stop);
      if (word_before_in (d->recurring_words, text, e, NULL))
        /* the time itself, after "other" or a count at most two words on */
        for (guint words = 0; words < 3 && text[e] == ' '; words++)
          {
            gsize w = e + 1;
            e = w;
            while (e < stop && g_ascii_isalnum (text[e]))
              e++;
            if (e == w)
              break;
            if (time_that_recurs (d, text, w, e))
              return TRUE;
          }
      at = e;
    }
  return FALSE;
}

/* Whether a word of kind `habitual` is in the clause before @start: the
 * nearest back, with no semicolon between nor a coordinator that opens a
 * clause of its own (an opener, a subject word or a name after it: "but
 * tomorrow it opens at 10am", "and the strike starts at noon"). */
static gboolean
habitual_in_clause (const Dates *d, const char *text, gsize from, gsize start)
{
  gsize at = start, next = start;
  while (at > from)
    {
      if (text[at - 1] == ';')
        return FALSE;
      if (!g_ascii_isalpha (text[at - 1]))
        {
          at--;
          continue;
        }
      /* the word read once for both sets (tense.h): 13,748 calls of
       * word_before_in() here on the bench's 20 MB */
      WordKey key;
      word_key (&key, text, at);
      gsize w = key.start;
      if (key_in (&key, d->habitual_words) && w >= from)
        return TRUE;
      if (key_in (&key, d->coordinator_words) && w >= from && next < start
          && (word_before_in (d->opener_words, text, next_word_end (text, next, start), NULL)
              || word_before_in (d->subject_words, text, next_word_end (text, next, start), NULL)
              || g_ascii_isupper (text[next])))
        return FALSE;
      while (at > from && g_ascii_isalpha (text[at - 1]))
        at--;
      next = at;
    }
  return FALSE;
}

gboolean
tense_habitual (Tense *tense, gsize start, gsize end)
{
  return habitual_in_clause (tense->d, tense->text, tense->start, start) && sentence_present_simple (tense, start, end, TRUE);
}

gboolean
tense_nowadays (Tense *tense, gsize start, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  /* "the children of today", "the kids of today": of people or things
   * (data/generic-nouns.tsv), not of events ("the events of today", the
   * day's), not "as of today", nor before a possessive's noun ("of
   * today's") */
  if (start >= 3 && strncmp (text + start - 3, "of ", 3) == 0 && !g_ascii_isalnum (text[end]) && text[end] != '\''
      && (guchar) text[end] != 0xe2 && plural_noun_before (d, text, start - 3, FALSE))
    return TRUE;
  /* after a name as after a plural noun of people: "Poverty in Britain
   * today is worse than", "Africa today faces many problems"; after a
   * name the clause may end at "today" ("most homes in Britain today
   * have one", "fewer jobs in Britain today.") */
  gsize w;
  gsize n = word_before (text, tense->start, start, &w);
  gboolean named = n >= 2 && w + n + 1 == start && g_ascii_isupper (text[w]);
  if (!d->far_cues.any || !(named || plural_noun_before (d, text, start, TRUE)))
    return FALSE;
  gboolean clause_ends = named && text[end] && strchr (".,;:!?", text[end]);
  if (!clause_ends && (text[end] != ' ' || !g_ascii_islower (text[end + 1])))
    return FALSE;
  /* the word after: no cue of the past or the future ("the players
   * today were superb", "fans today will see"), no verb in -ed or
   * irregular past ("fans today celebrated", "pupils today sat") */
  gsize at = end + 1, word_end = at;
  while (!clause_ends && g_ascii_isalpha (text[word_end]))
    word_end++;
  Tense after = *tense;
  after.end = word_end;
  /* (a fixture's verb is a present: "Africa today faces many problems") */
  int far = clause_ends ? -1 : cue_at (&d->far_cues, &after, at, ALL_CUES);
  int near = clause_ends ? -1 : cue_at (&d->near_cues, &after, at, ALL_CUES);
  if (!clause_ends
      && (far == CUE_PAST || far == CUE_FUTURE || near == CUE_PAST || near == CUE_FUTURE
          || regular_past (text + at, word_end - at) || past_form_at (d, text, at, word_end)))
    return FALSE;
  /* a fixture's verb between a name and a name is the day's fixture,
   * whatever general words the sentence holds further on ("Chelsea today
   * host Arsenal in the biggest game of the season for most fans"); not
   * a state of things ("Africa today faces many problems"), nor after
   * plural noun ("children today play Xbox games more") or a place
   * ("fans in Britain today play FIFA more than ever") */
  gsize next = word_end;
  while (text[next] == ' ')
    next++;
  if ((far == CUE_FIXTURE || near == CUE_FIXTURE) && named && next > word_end && g_ascii_isupper (text[next])
      && !word_before_in (d->preposition_words, text, w, NULL) && !plural_noun_before (d, text, start, TRUE))
    return FALSE;
  /* and a word of people or things in general in the sentence ("Most
   * consumers today own", "watch more television"), in a present simple
   * throughout: "Voters today go to the polls" is the day's event */
  gsize stop = end;
  while (stop < end + AFTER_REACH && !sentence_stops (tense, stop))
    stop++;
  return (word_between_in (d->generic_words, text, tense->start, stop) || word_between_in (d->habitual_words, text, tense->start, stop))
         && sentence_present_simple (tense, start, end, TRUE);
}
