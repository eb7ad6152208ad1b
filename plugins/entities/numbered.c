/* numbered.c: a name cut short before its number ("BBC Radio 4",
 * "Channel 4", "S Club 7", "Euro 2004"), joined to it.  A number after a
 * name is far more often a score, a share price's move, a poll's figure
 * or a count ("Shell 5 per cent lower", "Manchester United 1 up",
 * "Motorola 2 seconds behind") than part of the name: the rule joins only
 * where what follows the number cannot be a measure, and a wrong label
 * being worse than a miss, it does not join where in doubt. */

#include "entities.h"

#include <string.h>

gboolean
is_bare_number (const Word *w, gsize max)
{
  gsize n = w->end - w->start;
  for (gsize k = 0; k < n; k++)
    if (!g_ascii_isdigit (w->text[k]))
      return FALSE;
  return n > 0 && n <= max;
}

/* Whether @w is a year a name may carry: four digits, 1900 to 2099. */
static gboolean
is_year (const Word *w)
{
  return is_bare_number (w, 4) && w->end - w->start == 4 && (strncmp (w->text, "19", 2) == 0 || strncmp (w->text, "20", 2) == 0);
}

/* Whether word @i, right after a name's number, says the number is the
 * name's: the sentence's end, a possessive ("Radio 4's"), a capitalised
 * word ("Channel 4 News"), punctuation that closes a phrase, a verb
 * (cues.tsv's reporting verbs and kind `name-verb`: "Channel 4 has",
 * "Radio 1 plays"), or a lowercase word that is neither a plural nor a
 * unit or a move (kind `measure`: "5 per cent", "1 up", "1 hour").
 * Anything else ("3%", "4-1", a number, a symbol): no. */
static gboolean
number_ends_name (const Scan *scan, guint i, guint we)
{
  if (i >= we)
    return TRUE;
  const Word *w = word_at (scan, i);
  if (is_possessive (w) || (w->cue & (CUE_VERB | CUE_NAME_VERB)))
    return TRUE;
  gunichar c = g_utf8_get_char (w->text);
  if (g_unichar_isupper (c))
    return TRUE;
  /* A lowercase word: the name's unless a unit or a move (cues.tsv kind
   * measure: "per", "up", "hour") or a plural, read as a count
   * ("Motorola 2 seconds behind"; a function word ending in s is none:
   * "Radio 1 this morning"); "Channel 4 show", "Series 60 software" are
   * the name's. */
  gsize n = w->end - w->start;
  if (g_unichar_islower (c))
    return !(w->cue & CUE_MEASURE) && (!(n > 2 && w->text[n - 1] == 's') || (w->cue & CUE_FUNCTION));
  /* A phrase's end, or a closing quote; not "%", a hyphen, a slash or
   * a dash, which go on with the number ("3%", "4-1", "24/7"). */
  return (c < 0x80 && c != 0 && strchr (".,;:!?)]\"", (int) c) != NULL) || c == 0x201D || c == 0x2019;
}

/* Whether word @i goes on with the number before it: "%", a hyphen, a
 * slash or an en dash written against it ("3%", "2004-05"). */
static gboolean
goes_on (const Scan *scan, guint i, guint we)
{
  if (i >= we || !word_at (scan, i)->glued)
    return FALSE;
  gunichar c = g_utf8_get_char (word_at (scan, i)->text);
  return c == '%' || c == '-' || c == '/' || c == 0x2013;
}

/* Joins an organisation or other name and a bare number right after it
 * (see the top of the file).  The number: one to three digits, the
 * sentence's only such number; or, after a MISC (an event, a product), a
 * year (1900-2099), the sentence's only four-digit number ("Euro 2004",
 * "Windows 2000").  Not in a sentence with a score or with no lowercase
 * word (a results table's row: "Mapei 27", "Leicester 17 Wasps 21",
 * "KANSAS CITY 61 74"), nor after a place the lists know (a city's team:
 * "Newcastle 27"), a person, a number, nor in brackets or before more
 * numbers, as a team sheet writes the minutes of goals and substitutes
 * ("(Drogba 45)", "Henry 2, 29"); and a one-to-three digit number only
 * where number_ends_name() says the word after it allows.  Linear: one
 * pass to count, one to join. */
void
mend_numbered_names (Scan *scan, guint ws, guint we)
{
  guint numbers = 0, years = 0;
  gboolean lower = FALSE;
  /* No number, nothing to mend (Scan.sentence_openers): most sentences. */
  if (!(scan->sentence_openers & OPENS_DIGIT))
    return;
  /* Every word of every sentence passes here: a number, a score and a
   * lowercase letter are told by the first byte before anything is
   * called (two GLib calls and three scans of the text a word cost this
   * pass 12.1 M of the stage's 480 M instructions on 500 BBC articles). */
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      guchar c = (guchar) w->text[0];
      if (g_ascii_isdigit (c))
        {
          if (is_score (scan, i))
            return;
          numbers += is_bare_number (w, 3);
          years += is_bare_number (w, 4) && w->end - w->start == 4;
        }
      else if (!lower)
        lower = c < 0x80 ? g_ascii_islower (c) : g_unichar_islower (g_utf8_get_char (w->text));
    }
  if (!lower || (numbers != 1 && years != 1))
    return;
  for (guint i = ws + 1; i < we; i++)
    {
      Word *number = word_at (scan, i);
      Span *s = span_at (scan, word_at (scan, i - 1)->span);
      if (number->span >= 0 || number->glued || !s || s->dropped || s->b != i)
        continue;
      gboolean misc = strcmp (s->label, "MISC") == 0;
      gboolean small = numbers == 1 && is_bare_number (number, 3);
      gboolean year = misc && years == 1 && is_year (number);
      if ((!misc && strcmp (s->label, "ORG") != 0) || !(small || year))
        continue;
      const Word *last = word_at (scan, i - 1);
      const GazetteerEntry *place = last->known.single ? last->known.single : last->hint;
      if (!last->upper || (place && (strcmp (place->label, "GPE") == 0 || strcmp (place->label, "LOC") == 0))
          || (s->a > ws && is_bare_number (word_at (scan, s->a - 1), 4))
          || (i + 2 < we && (word_at (scan, i + 1)->upper || strcmp (word_at (scan, i + 1)->text, ",") == 0)
              && is_bare_number (word_at (scan, i + 2), 4))
          || (s->a > ws && strcmp (word_at (scan, s->a - 1)->text, "(") == 0))
        continue;
      /* A year names an edition whatever follows ("World Cup 2006
       * tickets"), but for a share ("3%") or a range ("2004-05"). */
      if (goes_on (scan, i + 1, we) || (small && !number_ends_name (scan, i + 1, we)))
        continue;
      s->b = i + 1;
      s->numbered = TRUE;
      number->span = last->span;
      g_free (s->canonical);
      s->canonical = words_text (scan, s->a, s->b);
    }
}
