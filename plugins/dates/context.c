/* context.c: what the words around an expression say of it: the day a
 * holiday's rule gives in a year, whether "a week" after a count is a
 * rate, whether a measure stands before "the 30s".  Moved out of
 * normalise.c, which had reached 1,190 lines. */
#include "dates-private.h"

#include <stdio.h>
#include <string.h>

/* A number of a holiday's rule at *@p, as sscanf()'s %d reads it
 * (spaces, a sign, at least one digit), *@p moved past it. */
static gboolean
rule_number (const char **p, int *n)
{
  const char *s = *p;
  while (g_ascii_isspace (*s))
    s++;
  gboolean negative = *s == '-';
  if (*s == '-' || *s == '+')
    s++;
  if (!g_ascii_isdigit (*s))
    return FALSE;
  int value = 0;
  for (; g_ascii_isdigit (*s) && value < 100000; s++)
    value = value * 10 + (*s - '0');
  *n = negative ? -value : value;
  *p = s;
  return TRUE;
}

/* The day the holiday @rule of the lexicon falls on in @year (a fixed
 * day, MM-DD, or the nth weekday of a month, N:WEEKDAY:MM with N -1 for
 * the last); FALSE when the rule is neither.  The rule is read by hand,
 * as sscanf()'s "%d:%d:%d" and "%d-%d" read it: the two sscanf() calls
 * cost 5.0M instructions on the bench's 20 MB (4,608 calls, callgrind),
 * the whole function 5.5M. */
gboolean
holiday_in_year (const char *rule, int year, GDate *h)
{
  int mo, dd, nth, wd;
  const char *p = rule;
  g_date_clear (h, 1);
  if (rule_number (&p, &nth) && *p++ == ':' && rule_number (&p, &wd) && *p++ == ':' && rule_number (&p, &mo))
    {
      g_date_set_dmy (h, 1, mo, year);
      if (nth > 0)
        g_date_add_days (h, (wd - g_date_get_weekday (h) + 7) % 7 + 7 * (nth - 1));
      else
        {
          g_date_set_day (h, g_date_get_days_in_month (mo, year));
          g_date_subtract_days (h, (g_date_get_weekday (h) - wd + 7) % 7);
        }
      return TRUE;
    }
  p = rule;
  if (rule_number (&p, &mo) && *p++ == '-' && rule_number (&p, &dd) && g_date_valid_dmy (dd, mo, year))
    {
      g_date_set_dmy (h, dd, mo, year);
      return TRUE;
    }
  return FALSE;
}

gboolean
holiday_rule_valid (const char *rule)
{
  int a, b, c, n = -1;
  gboolean ok;
  if (sscanf (rule, "%d:%d:%d%n", &a, &b, &c, &n) == 3 && n > 0)
    ok = a >= -1 && a <= 5 && a != 0 && b >= 1 && b <= 7 && c >= 1 && c <= 12;
  else if ((n = -1, sscanf (rule, "%d-%d%n", &a, &b, &n) == 2) && n > 0)
    ok = g_date_valid_dmy ((GDateDay) b, (GDateMonth) a, 2000); /* a leap year: 02-29 */
  else
    return FALSE;
  return ok && (g_ascii_isdigit (rule[0]) || rule[0] == '-') && (rule[n] == '\0' || strcmp (rule + n, "/Y") == 0);
}

gboolean
holiday_opens_year (const Dates *d, const char *text, gsize start, gsize end, gsize *the)
{
  /* the preposition decides: "in", "into the New Year" is the year; "at", "over",
   * "after", "before", "to celebrate", "to mark the New Year" and a
   * particle's "in" ("saw in the New Year") the holiday */
  gsize in, v;
  if (word_before (text, 0, start, the) != 3 || g_ascii_strncasecmp (text + *the, "the", 3) != 0
      || !(word_before (text, 0, *the, &in) == 2 ? g_ascii_strncasecmp (text + in, "in", 2) == 0
                                                    : g_ascii_strncasecmp (text + in, "into ", 5) == 0)
      || (in > 0 && g_ascii_isalnum (text[in - 1])) || word_before_in (d->particle_words, text, in, &v))
    return FALSE;
  /* and what follows: a mark, or a word that opens another phrase
   * ("in the New Year after surgery", "and"); a noun after it is the
   * holiday's ("in the New Year honours", "the New Year's list") */
  gsize after = end;
  while (text[after] == ' ')
    after++;
  if (!g_ascii_isalpha (text[after]))
    return text[after] != '\'' && (guchar) text[after] != 0xe2; /* "\u2019s" */
  gsize word_end = after;
  while (g_ascii_isalpha (text[word_end]))
    word_end++;
  return g_ascii_islower (text[after])
         && (word_before_in (d->bound_words, text, word_end, NULL) || word_before_in (d->clause_words, text, word_end, NULL)
             || word_before_in (d->subject_words, text, word_end, NULL));
}

/* Whether the word that ends at or before @end (spaces skipped) is a count:
 * it holds a digit ("$1m", "358,000"; not a year alone, "2004", nor a
 * word before a mark, "2004,") or is a number word of the lexicon
 * ("four"; not the article "a").  Its start goes to @start. */
static gboolean
count_before (const Dates *d, const char *text, gsize end, gsize *start)
{
  while (end > 0 && g_ascii_isspace (text[end - 1]))
    end--;
  /* the walk stops at any space and after 32 bytes, no count being
   * longer: else "5\ta\tweek\t" repeated walks each time to the start */
  gsize w = end;
  guint digits = 0;
  while (w > 0 && end - w < 32 && !g_ascii_isspace (text[w - 1]))
    digits += g_ascii_isdigit (text[--w]) != 0;
  *start = w;
  if (end == w || strchr (",.;:", text[end - 1]) || (w > 0 && !g_ascii_isspace (text[w - 1])))
    return FALSE;
  if (digits)
    return !(digits == 4 && end - w == 4 && (text[w] == '1' || text[w] == '2'));
  return number_word_at (d, text, w, end);
}

gboolean
number_word_at (const Dates *d, const char *text, gsize start, gsize end)
{
  char word[24];
  if (end - start >= sizeof word)
    return FALSE;
  for (gsize i = start; i < end; i++)
    word[i - start] = g_ascii_tolower (text[i]);
  word[end - start] = '\0';
  /* "a" and "an" count one in the lexicon, but as articles they are no
   * count here ("a quarter-of-an-hour") */
  return strcmp (word, "a") != 0 && strcmp (word, "an") != 0 && g_hash_table_contains (d->numbers, word);
}

/* Whether an amount of something, counted, ends at @end: "two hours of
 * sport", "three pints of real ale": a count, a plural (or "million"),
 * "of", and one or two lowercase words, within 64 bytes. */
static gboolean
amount_of_before (const Dates *d, const char *text, gsize end)
{
  gsize floor = end > 64 ? end - 64 : 0, w;
  for (guint words = 0; words < 2; words++)
    {
      gsize n = word_before (text, floor, end, &w);
      if (n == 0 || !g_ascii_islower (text[w]) || (w > floor && !g_ascii_isspace (text[w - 1])))
        return FALSE;
      gsize of;
      if (word_before (text, floor, w, &of) == 2 && g_ascii_strncasecmp (text + of, "of", 2) == 0
          && (of == floor || g_ascii_isspace (text[of - 1])))
        {
          gsize noun, noun_end = of;
          gsize m = word_before (text, floor, noun_end, &noun);
          while (noun_end > noun && text[noun_end - 1] == ' ')
            noun_end--;
          gboolean counted = m > 2 && g_ascii_islower (text[noun])
                             && (text[noun_end - 1] == 's'
                                 || scale_word_at (d, text, noun, noun_end));
          return counted && count_before (d, text, noun, &w);
        }
      end = w;
    }
  return FALSE;
}

/* Whether a present passive of a counted plural ends at @end: a count
 * ("500", "half a million") or a plural of one and "of" ("millions
 * of", "hundreds of") before a plural noun in lowercase, "are", and a
 * participle in -ed or an irregular one ("half a million tickets are
 * booked", "500 cars are made", "millions of emails are sent"): "a day"
 * right after it is
 * how many a day, a rate.  Not a past ("the two games were postponed a
 * day" is a delay), a singular ("the bridge is closed a day"), an
 * active verb ("they waited a day") nor an uncounted plural ("the talks
 * are delayed a day"). */
static gboolean
counted_passive_before (const Dates *d, const char *text, gsize end)
{
  gsize part, part_n = word_before (text, 0, end, &part);
  char word[24];
  if (part_n < 3 || part_n >= sizeof word || !g_ascii_islower (text[part]))
    return FALSE;
  memcpy (word, text + part, part_n);
  word[part_n] = '\0';
  /* a participle: in -ed, or a shared form of data/past-forms.tsv
   * ("sent", "sold", "made"; past_form_at() reads none after "are") */
  if (!regular_past (word, part_n)
      && !(d->past_forms && GPOINTER_TO_INT (g_hash_table_lookup (d->past_forms, word)) == PAST_SHARED))
    return FALSE;
  gsize be, be_n = word_before (text, 0, part, &be);
  if (be_n != 3 || strncmp (text + be, "are", 3) != 0)
    return FALSE;
  gsize noun, noun_n = word_before (text, 0, be, &noun), w;
  if (noun_n < 3 || !g_ascii_islower (text[noun]) || text[noun + noun_n - 1] != 's' || text[noun + noun_n - 2] == 's')
    return FALSE;
  gsize count, count_n = word_before (text, 0, noun, &count);
  if (count_before (d, text, noun, &w)
      || scale_word_at (d, text, count, count + count_n))
    return TRUE;
  /* "millions of", "hundreds of" */
  gsize many, many_n = word_before (text, 0, count, &many);
  if (count_n != 2 || strncmp (text + count, "of", 2) != 0 || many_n < 4 || many_n > sizeof word
      || text[many + many_n - 1] != 's')
    return FALSE;
  for (gsize i = 0; i + 1 < many_n; i++)
    word[i] = g_ascii_tolower (text[many + i]);
  word[many_n - 1] = '\0';
  return g_hash_table_contains (d->numbers, word) || g_hash_table_contains (d->scales, word);
}

/* Whether "a week" at @start says how often, after a count or a word in
 * lowercase after a count: "$1m a week", "$500 million a year", "four
 * flights a week", "700 seats a week".  Such a rate is a SET, as TIMEX3
 * types it and MEANTIME (100911, "a year" SET P1Y) and TimeBank (wsj_0918,
 * "$33 million a year" SET P1Y) annotate it where they do; TimeBank leaves
 * most out (8 times in 10: wsj_0568, wsj_0811, wsj_0165, NYT19980206.0460,
 * APW19980213.1320), and once writes a DURATION ("$1 billion a year").
 * Leaving them out raised TBAQ's value F1 by 0.09 and cut MEANTIME's by
 * 0.17; the SET changes neither, and was a DURATION before. */
gboolean
rate_after_count (const Dates *d, const char *text, gsize start, gsize end)
{
  /* "a week after the attack", "a year after the merger": a span
   * between two events, whatever is counted before it, unless what is
   * counted is time ("six days a week after running the firm") */
  const char *after = text + end;
  while (*after == ' ')
    after++;
  gboolean span = rate_read_as_span (d, text, start, after);
  gsize w;
  if (count_before (d, text, start, &w) || word_before_in (d->times_words, text, start, &w))
    return !span;
  if (counted_passive_before (d, text, start))
    return !span;
  /* the word between is what is counted, a plural or a multiplier
   * ("flights", "million"); "£4.50 for an hour's session" is a span */
  gsize noun = w, noun_end = start;
  while (noun_end > noun && text[noun_end - 1] == ' ')
    noun_end--;
  gboolean counted = noun_end > noun + 2 && g_ascii_islower (text[noun])
                     && (text[noun_end - 1] == 's'
                         || scale_word_at (d, text, noun, noun_end));
  /* time counted in time, with a count or none ("six days a week after
   * running the firm", "long hours a day", "three to fours hours a day"
   * with its slip): how much of the one in each of the other, a rate
   * even before "after", as TimeBank writes "a day" after hours a SET */
  char unit[24];
  if (counted && text[noun_end - 1] == 's' && noun_end - noun < sizeof unit)
    {
      memcpy (unit, text + noun, noun_end - noun);
      unit[noun_end - noun] = '\0';
      if (unit_code (d, unit) != NULL)
        return TRUE;
    }
  if (!counted || !count_before (d, text, noun, &w))
    /* or an amount of something: "two hours of sport a week" */
    return amount_of_before (d, text, start) && !span;
  return !span;
}

/* Whether a word of d->measure_words stands in the clause before @m,
 * back to a mark that ends one (. ; : ! ? or a line's end), at most
 * 120 bytes back. */
gboolean
measure_in_clause (const Dates *d, const Match *m)
{
  const char *text = m->subject;
  gsize floor = m->start > 120 ? m->start - 120 : 0, end = m->start, w;
  while (end > floor && !strchr (".;:!?\n", text[end - 1]))
    {
      if (!g_ascii_isalpha (text[end - 1]))
        {
          end--;
          continue;
        }
      if (word_before_in (d->measure_words, text, end, &w))
        return TRUE;
      end = MAX (w, floor);
      while (end > floor && g_ascii_isalpha (text[end - 1]))
        end--;
    }
  return FALSE;
}

/* "each July", "every Christmas": a month or a holiday of a fixed day
 * after "each" or "every" is a SET of that month or day in any year, as
 * TimeBank writes "each July" (XXXX-07) and "each Thursday"
 * (XXXX-WXX-4, which the patterns already give); not a holiday whose day
 * moves with the year ("every Easter"), which no one value writes, nor a
 * month with its year ("every May 2005" is no such phrase), nor "every
 * one of the May voters", where "every" rules another word. */
void
context_every (const Dates *d, const char *text, Timex *t)
{
  static const char *const quantifiers[] = { "every ", "each " };
  /* most expressions follow no "every" or "each": their last letter
   * first (this function ran on every expression at 0.3% of the stage's
   * instructions before this test, callgrind) */
  if (t->start < 5 || text[t->start - 1] != ' ' || (ascii_to_lower (text[t->start - 2]) != 'y' && ascii_to_lower (text[t->start - 2]) != 'h'))
    return;
  if (strcmp (t->type, "DATE") != 0 || t->value.kind != VALUE_CALENDAR || t->mod != NULL
      || strcmp (t->resolution, "absolute") == 0 || t->value.month < 1)
    return;
  gsize q = 0;
  for (guint i = 0; i < G_N_ELEMENTS (quantifiers) && q == 0; i++)
    {
      gsize n = strlen (quantifiers[i]);
      if (t->start >= n && g_ascii_strncasecmp (text + t->start - n, quantifiers[i], n) == 0
          && (t->start == n || !g_ascii_isalnum (text[t->start - n - 1])))
        q = n;
    }
  if (q == 0 || t->end - t->start >= 40)
    return;
  char name[40];
  memcpy (name, text + t->start, t->end - t->start);
  name[t->end - t->start] = '\0';
  const char *rule = g_hash_table_lookup (d->holidays, name);
  int mo, dd;
  char rest;
  gboolean month = t->value.day == 0 && g_hash_table_contains (d->months, name);
  gboolean fixed_day = rule && sscanf (rule, "%d-%d%c", &mo, &dd, &rest) == 2;
  if (!month && !fixed_day)
    return;
  t->start -= q;
  t->type = "SET";
  t->value.year = VALUE_X;
  t->anchor.kind = VALUE_NONE;
  t->resolution = "absolute";
  t->year_open = FALSE;
  t->holiday_open = NULL;
}
