/* tense-limit.c: where an expression's sentence ends, for the readers of
 * tense (tense_limit()): the sentence layer's end, a hard-wrapped line's
 * continuation included, and a full stop that ends no sentence (a
 * month's or a weekday's abbreviation).  Split from tense.c, whose
 * readers look no further than this limit. */
#include "tense.h"

#include <string.h>

/* Whether the line ending at @end goes on in the next one, which the
 * sentence layer split from it: a hard wrap inside a paragraph ("The
 * match on Saturday in\nCardiff will be shown live").  The line ends with
 * no mark of a sentence's end, and the next, not blank, starts in
 * lowercase, or the line's last word is one no sentence ends with (a
 * preposition, a determiner, a coordinator: "in", "the", "and").  A
 * headline's line ("Smith to quit on Friday\nThe club said") ends with
 * neither. */
static gboolean
line_goes_on (const Dates *d, const char *text, gsize end, gsize next)
{
  if (end == 0 || !(g_ascii_isalnum (text[end - 1]) || text[end - 1] == ','))
    return FALSE;
  if (g_ascii_islower (text[next]))
    return TRUE;
  return g_ascii_isalpha (text[end - 1])
         && (word_before_in (d->preposition_words, text, end, NULL) || word_before_in (d->aim_words, text, end, NULL)
             || word_before_in (d->path_words, text, end, NULL) || word_before_in (d->opener_words, text, end, NULL)
             || word_before_in (d->coordinator_words, text, end, NULL));
}

/* Whether the full stop at @dot ends a month's or a weekday's
 * abbreviation before a capital ("met on 8 Apr. Smith will speak"): the
 * sentence layer may keep the two together, for "Apr. Smith" may be a
 * name's, but a reader of tense does not read across it, as it would not
 * across "8 April. Smith".  A digit after it is the date going on ("Mar.
 * 3"), a word in lowercase the sentence ("Nov. are expected"). */
static gboolean
date_abbreviation_stop (const Dates *d, const char *text, gsize dot)
{
  gsize next = dot + 1;
  while (text[next] == ' ')
    next++;
  if (next == dot + 1 || !g_ascii_isupper (text[next]))
    return FALSE;
  gsize w = dot;
  while (w > 0 && dot - w < 6 && g_ascii_isalpha (text[w - 1]))
    w--;
  if (dot - w < 3 || dot - w > 5 || (w > 0 && g_ascii_isalnum (text[w - 1])) || !g_ascii_isupper (text[w]))
    return FALSE;
  char word[8];
  memcpy (word, text + w, dot - w);
  word[dot - w] = '\0';
  if (month_abbreviates (d, word))
    return TRUE;
  /* weekdays have no abbreviation rows in the lexicon: a capitalised
   * start of a weekday's name ("Mon", "Thurs") */
  GHashTableIter iter;
  gpointer name;
  g_hash_table_iter_init (&iter, d->weekdays);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    if (strlen (name) > dot - w && strncmp (name, word, dot - w) == 0)
      return TRUE;
  return FALSE;
}

gsize
tense_limit (const Dates *d, const char *text, gsize from, gsize end, gboolean layered)
{
  /* a date abbreviation's stop before a capital inside the layer's
   * sentence (date_abbreviation_stop()), the expression's own last
   * byte included ("8 Apr.") */
  gsize first = from > 0 && text[from - 1] == '.' ? from - 1 : from;
  /* memchr() to each stop: the byte loop was 2.6M of the 3.5M this
   * function cost on 500 BBC articles (callgrind, session 14) */
  gsize reach = MIN (end, from + 2 * AFTER_REACH);
  for (const char *stop = text + first; layered && stop < text + reach
       && (stop = memchr (stop, '.', text + reach - stop)) != NULL; stop++)
    if (date_abbreviation_stop (d, text, stop - text))
      return stop - text;
  if (!layered)
    {
      /* the look-aheads' own reach is under 400 bytes */
      for (gsize at = from; at < end && at < from + 400; at++)
        if (text[at] == '\0' || text[at] == '\n' || stop_mark (text, at))
          return at;
      return end;
    }
  while (end < from + 2 * AFTER_REACH)
    {
      gsize line = end;
      while (text[line] == ' ' || text[line] == '\t' || text[line] == '\r')
        line++;
      if (text[line] != '\n')
        break;
      gsize next = line + 1;
      while (text[next] == ' ' || text[next] == '\t')
        next++;
      if (!line_goes_on (d, text, end, next))
        break;
      /* the next line to its first full stop: the layer's sentence there
       * is not at hand, and a stop_mark() is where it most likely ends */
      end = next;
      while (text[end] != '\0' && text[end] != '\n' && !stop_mark (text, end))
        end++;
    }
  return end;
}
