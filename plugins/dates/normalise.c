/* normalise.c: a match's value, by the normalisation its pattern's KIND
 * names: a table from kind to function, each reading the match's named
 * groups and computing a TIMEX3 value against the reference date. */
#include "dates-private.h"

#include <math.h>
#include <stdio.h>
#include <string.h>


/* The text each named group of a match holds, NUL-terminated, or NULL
 * where the group did not match.  Copied once into @bytes (matches are
 * short; a longer one's copies go to @heap): a copy for each group
 * allocated and freed was a third of the time spent normalising. */
typedef struct
{
  char *text[N_GROUPS];
  char bytes[512];
  char *heap; /* nullable; freed by the caller */
} Groups;

static void
groups_read (const Match *m, Groups *g)
{
  const PCRE2_SIZE *ov = m->ovector;
  /* only the groups the pattern has: most have a few of N_GROUPS */
  gsize need = 0;
  for (guint k = 0; k < m->n_named; k++)
    {
      int n = m->groups[m->named[k]];
      if (ov[2 * n] != PCRE2_UNSET)
        need += ov[2 * n + 1] - ov[2 * n] + 1;
    }
  char *p = g->bytes;
  g->heap = NULL;
  if (need > sizeof g->bytes)
    p = g->heap = g_malloc (need);
  memset (g->text, 0, sizeof g->text);
  for (guint k = 0; k < m->n_named; k++)
    {
      guint i = m->named[k];
      int n = m->groups[i];
      if (ov[2 * n] == PCRE2_UNSET)
        continue;
      gsize len = ov[2 * n + 1] - ov[2 * n];
      memcpy (p, m->subject + ov[2 * n], len);
      p[len] = '\0';
      g->text[i] = p;
      p += len + 1;
    }
}

/* Where group @g starts in the text (0 when it did not match). */
static gsize
group_offset (const Match *m, guint g)
{
  int n = m->groups[g];
  const PCRE2_SIZE *ov = m->ovector;
  return n < 0 || ov[2 * n] == PCRE2_UNSET ? 0 : ov[2 * n];
}

/* Where group @g ends in the text (0 when it did not match). */
static gsize
group_end (const Match *m, guint g)
{
  int n = m->groups[g];
  const PCRE2_SIZE *ov = m->ovector;
  return n < 0 || ov[2 * n] == PCRE2_UNSET ? 0 : ov[2 * n + 1];
}

/* What every normalisation reads of a match, read once: its named
 * groups' text, the shift word and its direction, the word group in
 * lowercase, and the year, month and day as numbers. */
typedef struct
{
  const Dates *d;
  const Match *m;
  const GDate *ref;
  const AssayDate *ref_at; /* the reference's time and zone, when written; nullable */
  Tense *tense;
  gboolean anchored;
  Groups g;
  const char *shift; /* lowercase, or NULL */
  int step;          /* the shift's direction: -1, 0, +1 */
  const char *word;  /* the group `word` in lowercase, or NULL */
  int year, month, day; /* 0 where not named */
} Reading;

typedef gboolean (*Normaliser) (const Reading *x, Timex *t);

/* How far before a month its past perfect is looked for, in bytes: about
 * six words, the month's own clause. */
#define PERFECT_REACH 40

/* The year of a month named without one: nearest the reference by the
 * tense (year_for()).  A month up to three months ahead, which
 * year_for() takes as this year's where no cue of the future is found (a
 * report names the months to come as often as those gone by), is last
 * year's after a past perfect or an irregular past of an event done in
 * its clause ("had risen in April", said in March: done_between()). */
static int
year_of (const Reading *x, int month, int day)
{
  Tense *tense = x->tense;
  /* a month gone by that opens its sentence ("In October a larger
   * project is due to launch"): the tense of the verb after it */
  gboolean future = tense_future (tense)
                    || (day == 0 && month < (int) g_date_get_month (x->ref) && tense->end - tense->start <= 6
                        && tense_unknown (tense) && tense_future_after (tense, x->m->end));
  int y = year_for (x->ref, month, day, future);
  /* the verb of the month's own clause, a few words before it ("had
   * hurt the economy in April"), not one earlier in the sentence */
  gsize from = MAX (tense->start, tense->end > PERFECT_REACH ? tense->end - PERFECT_REACH : 0);
  if (!future && day == 0 && y == g_date_get_year (x->ref) && month > (int) g_date_get_month (x->ref)
      && done_between (x->d, tense->text, from, tense->end))
    y--;
  return y;
}

/* A day: "2025-05-29", "May 29", "29 May 2025", with a clock time after it when the pattern has one. */
static gboolean
normalise_date (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const Match *m = x->m;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  gboolean anchored = x->anchored;
  const char *month_s = x->g.text[G_MONTH];
  int year = x->year;
  int month = x->month;
  int day = x->day;
  /* Numbers alone are read in the order the pattern names them (month
   * first with slashes, as the US writes 5/3/2021; day first with dots
   * and dashes, as Europe writes 03.02.2009), unless that order gives a
   * month above 12 where the other number can be one: then the other
   * order is the only reading (13/5/2021 is 13 May). */
  if (m->kind == KIND_DATE && month > 12 && day >= 1 && day <= 12 && month_s && g_ascii_isdigit (month_s[0]))
    {
      int swap = month;
      month = day, day = swap;
    }
  if (month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;
  if (year)
    t->resolution = "absolute";
  else if (anchored)
    year = year_for (ref, month, day, tense_future (tense)), t->year_open = TRUE;
  /* without a year, a day no year has ("31 February"; 2000 had a
   * 29 February) */
  if (!valid_dmy (day, month, year ? year : 2000))
    return FALSE;
  const char *hour_s = x->g.text[G_HOUR], *minute_s = x->g.text[G_MINUTE];
  t->value = value_calendar (year ? year : VALUE_X, month, day);
  if (!year)
    t->resolution = "underspecified";
  if (hour_s && minute_s)
    {
      t->value.clock = CLOCK_TIME, t->value.hour = parse_int (hour_s), t->value.minute = parse_int (minute_s);
      t->type = "TIME";
    }
  /* "on 28 December." ends a sentence with the sentence's period;
   * "on Dec. 28" and "by Dec." keep the abbreviation's. */
  gsize month_end = group_end (m, G_MONTH);
  if (month_end + 1 == m->end && m->subject[month_end] == '.' && !month_abbreviates (d, month_s))
    t->end = month_end;
  return TRUE;
}

/* A month: "June", "June 2025". */
static gboolean
normalise_month (const Reading *x, Timex *t)
{
  gboolean anchored = x->anchored;
  int year = x->year;
  int month = x->month;
  if (month < 1)
    return FALSE;
  if (year)
    t->resolution = "absolute";
  else if (anchored)
    year = year_of (x, month, 0), t->year_open = TRUE;
  t->value = value_calendar (year ? year : VALUE_X, month, 0);
  if (!year)
    t->resolution = "underspecified";
  return TRUE;
}

/* A month and a shift: "June last year". */
static gboolean
normalise_monthrel (const Reading *x, Timex *t)
{
  const GDate *ref = x->ref;
  gboolean anchored = x->anchored;
  int step = x->step;
  int month = x->month;
  if (!anchored || month < 1)
    return FALSE;
  t->value = value_calendar (g_date_get_year (ref) + step, month, 0);
  return TRUE;
}

/* A year: "2025", "nineteen ninety-six". */
static gboolean
normalise_year (const Reading *x, Timex *t)
{
  int year = x->year;
  t->value = value_calendar (year, 0, 0);
  t->resolution = "absolute";
  return TRUE;
}

/* A decade: "the 1990s", "the '90s", the "80s" of "the 1970s and 80s";
 * "the 1800s" is the century. */
static gboolean
normalise_decade (const Reading *x, Timex *t)
{
  const GDate *ref = x->ref;
  gboolean anchored = x->anchored;
  int year = x->year;
  const char *century_s = x->g.text[G_NUMBER];
  /* Two digits were read as a year of 1950-2049 (as in 5/3/21); a decade
   * named so ("'40s") takes its century from the decade named with it
   * ("the 1930s and 40s"), else the reference. */
  if (strlen (x->g.text[G_YEAR]) == 2)
    year %= 100;
  /* "the 30s" without its apostrophe after a measure in the clause
   * ("temperatures in the 30s", "a round in the 60s") is a range of
   * that measure: a wrong decade is worse than none */
  gsize year_at = group_offset (x->m, G_YEAR);
  if (year < 100 && !century_s && year_at > 0 && x->m->subject[year_at - 1] != '\'' && measure_in_clause (x->d, x->m))
    return FALSE;
  if (year < 100 && century_s)
    year += parse_int (century_s) * 100;
  else if (year < 100)
    {
      /* '90s: the decade of that name nearest the reference. */
      int century = anchored ? g_date_get_year (ref) / 100 * 100 : 1900;
      year += century;
      if (anchored && year > g_date_get_year (ref))
        year -= 100;
    }
  /* "the 1800s" is the century, TIMEX3 "18"; "the 2000s" the decade. */
  if (year % 100 == 0 && year < 2000)
    t->value = (TimexValue){ .kind = VALUE_CENTURY, .year = year / 100 };
  else
    t->value = (TimexValue){ .kind = VALUE_DECADE, .year = year / 10 };
  t->resolution = "absolute";
  return TRUE;
}

/* A century: "the 20th century" is TIMEX3 "19". */
static gboolean
normalise_century (const Reading *x, Timex *t)
{
  const char *number_s = x->g.text[G_NUMBER];
  /* "the 20th century" is the years 19xx: TIMEX3 writes "19". */
  int n = number_s ? parse_int (number_s) : 0;
  if (n < 1 || n > 30)
    return FALSE;
  t->value = (TimexValue){ .kind = VALUE_CENTURY, .year = n - 1 };
  t->resolution = "absolute";
  return TRUE;
}

/* How far from a quarter named without its year a figure of money or a
 * share must be for it to be a quarter of a business year, in bytes:
 * about two paragraphs. */
#define FIGURES_REACH 1000

/* Whether a sum of money, a share or a word of a business's accounts
 * (the lexicon's kind `business`: "profits", "growth") is written
 * within FIGURES_REACH bytes of [@start, @end) in @text (NUL-terminated):
 * "$11bn", "2%", "£53m", "40 per cent".  "The first quarter" of a match
 * report has none near it, and is no quarter of a year. */
static gboolean
figures_near (const Dates *d, const char *text, gsize start, gsize end)
{
  gsize from = start > FIGURES_REACH ? start - FIGURES_REACH : 0;
  /* no further than the text's NUL: a pointer past its end is undefined */
  const char *stop = text + end + strnlen (text + end, FIGURES_REACH);
  /* the signs first, outward from the expression: they are cheap to see
   * and in a business report one is seldom far */
  const char *before = text + start, *after = text + end;
  while (before > text + from || (after < stop && *after))
    {
      if (before > text + from)
        {
          before--;
          if (*before == '%' || *before == '$' || (*before == '\xC2' && before[1] == '\xA3')
              || (*before == '\xE2' && before[1] == '\x82' && before[2] == '\xAC'))
            return TRUE;
        }
      if (after < stop && *after)
        {
          if (*after == '%' || *after == '$' || (*after == '\xC2' && after[1] == '\xA3')
              || (*after == '\xE2' && after[1] == '\x82' && after[2] == '\xAC'))
            return TRUE;
          after++;
        }
    }
  /* then the words */
  for (const char *p = text + from; *p && p < stop; p++)
    if (g_ascii_isalpha (*p) && (p == text || !g_ascii_isalpha (p[-1])))
      {
        char word[24];
        guint n = 0;
        while (g_ascii_isalpha (p[n]) && n < sizeof word - 1)
          word[n] = g_ascii_tolower (p[n]), n++;
        word[n] = '\0';
        if (!g_ascii_isalpha (p[n]) && g_hash_table_contains (d->business, word))
          return TRUE;
        p += n - 1;
      }
  return FALSE;
}

/* A quarter or a half of a year: "the third quarter", "the first half of 2008". */
static gboolean
normalise_quarter (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  gboolean anchored = x->anchored;
  const char *unit_s = x->g.text[G_UNIT];
  const char *number_s = x->g.text[G_NUMBER];
  const char *shift = x->shift;
  int step = x->step;
  int year = x->year;
  char ordinal_buf[64];
  g_autofree char *ordinal_heap = NULL;
  char *ordinal = number_s ? ascii_lower (number_s, ordinal_buf, sizeof ordinal_buf, &ordinal_heap) : NULL;
  int q = lookup_int (d->ordinals, ordinal);
  /* A year has two halves, the first and the other ("the second
   * half", "the last half", "the latter half"): 1989-H2. */
  gboolean half = unit_s && g_ascii_strcasecmp (unit_s, "half") == 0;
  /* as business news and TIMEX3 write them: "Q3", "H1" */
  if (ordinal && (ordinal[0] == 'q' || ordinal[0] == 'h') && g_ascii_isdigit (ordinal[1]) && !ordinal[2])
    q = ordinal[1] - '0', half = ordinal[0] == 'h';
  if (half)
    q = q == 1 ? 1 : 2;
  if (q < 1 || q > 4)
    return FALSE;
  gboolean written_short = ordinal && (ordinal[0] == 'q' || ordinal[0] == 'h') && g_ascii_isdigit (ordinal[1]);
  if (!year && !shift && !half && !written_short && !figures_near (x->d, x->m->subject, x->m->start, x->m->end))
    return FALSE;
  if (!year && anchored && shift) /* "the first quarter of last year" */
    year = g_date_get_year (ref) + step;
  else if (!year && anchored)
    {
      year = g_date_get_year (ref);
      int current = (g_date_get_month (ref) - 1) / (half ? 6 : 3) + 1;
      if (q > current && !tense_future (tense))
        year--; /* a quarter not yet reached is last year's */
      else if (!half && q < current - 1 && tense_future (tense))
        year++; /* ended two quarters back or more: next year's ahead */
    }
  else if (year)
    t->resolution = "absolute";
  t->value = value_period (year ? year : VALUE_X, half ? 'H' : 'Q', q);
  return TRUE;
}

/* A season: "last spring", "summer 2005". */
static gboolean
normalise_season (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  gboolean anchored = x->anchored;
  const char *season_s = x->g.text[G_SEASON];
  const char *shift = x->shift;
  int step = x->step;
  int year = x->year;
  char season_buf[64];
  g_autofree char *season_heap = NULL;
  const char *code = g_hash_table_lookup (d->seasons, ascii_lower (season_s, season_buf, sizeof season_buf, &season_heap));
  if (code == NULL)
    return FALSE;
  if (year)
    t->resolution = "absolute";
  else if (anchored)
    {
      /* Spring, summer, autumn begin in months 3, 6, 9; winter in 12. */
      int start = strcmp (code, "SP") == 0 ? 3 : strcmp (code, "SU") == 0 ? 6 : strcmp (code, "FA") == 0 ? 9 : 12;
      int y = g_date_get_year (ref), month_now = g_date_get_month (ref);
      gboolean passed = month_now >= start + 3; /* this year's is over */
      if (step < 0)
        year = passed ? y : y - 1;
      else if (step > 0)
        year = month_now < start ? y : y + 1;
      else if (shift == NULL && month_now < start && !tense_future (tense))
        year = y - 1; /* "in the summer", told in March of the past: last year's */
      else if (shift == NULL && passed && tense_future (tense))
        year = y + 1;
      else
        year = y;
    }
  t->value = (TimexValue){ .kind = VALUE_SEASON, .year = year ? year : VALUE_X, .code = code };
  return TRUE;
}

/* A word for the present, the past or the future: "now", "recently". */
static gboolean
normalise_ref (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const char *word = x->word;
  const char *value = g_hash_table_lookup (d->refs, word); /* {REF} matches its words as written */
  if (value == NULL)
    return FALSE;
  /* "the fifth month in the past six": a count follows, whose unit is
   * left out; that is a span, not the past */
  if (g_str_has_suffix (word, "past"))
    {
      const char *after = x->m->subject + x->m->end;
      while (*after == ' ')
        after++;
      char next[24];
      guint n = 0;
      while (g_ascii_isalpha (after[n]) && n < sizeof next - 1)
        next[n] = g_ascii_tolower (after[n]), n++;
      next[n] = '\0';
      if (g_ascii_isdigit (*after) || (n && !g_ascii_isalpha (after[n]) && g_hash_table_contains (d->numbers, next)))
        return FALSE;
    }
  t->resolution = "relative";
  t->value = value_ref (value);
  return TRUE;
}

/* A holiday, by its rule in the lexicon: in the year written, or the one
 * a shift names ("last Christmas" the last before the reference, "next
 * Easter" the first after it, "this Christmas" the reference year's), or
 * else the year that puts it nearest the reference, by the tense. */
static gboolean
normalise_holiday (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  const char *rule = g_hash_table_lookup (d->holidays, x->g.text[G_WORD]);
  GDate h;
  int y = g_date_get_year (ref);
  if (rule == NULL || !holiday_in_year (rule, x->year ? x->year : y, &h))
    return FALSE;
  /* the word before, when the lexicon has it as a shift of one word
   * that points ("last", "next", "previous") or is "this"; not "that",
   * as often a conjunction ("said that Christmas sales fell") */
  const char *text = x->m->subject;
  gsize w, e = x->m->start;
  /* "Chinese New Year", "Orthodox Christmas": another calendar's day */
  if (word_before_in (d->calendar_words, text, e, &w))
    return FALSE;
  e = w + word_before (text, 0, e, &w);
  char shift[8];
  gboolean shifted = FALSE, of_year = FALSE;
  int step = 0;
  /* "this year's Christmas", "last year's Christmas sales": the shift
   * before "year's" names the year (the year itself is found apart) */
  gsize apostrophe = e >= 2 && text[e - 2] == '\'' ? 2 : e >= 4 && memcmp (text + e - 4, "\u2019", 3) == 0 ? 4 : 0;
  gsize year_end = e - apostrophe;
  if (apostrophe && text[e - 1] == 's' && year_end >= 4 && g_ascii_strncasecmp (text + year_end - 4, "year", 4) == 0
      && (year_end == 4 || !g_ascii_isalnum (text[year_end - 5])))
    {
      of_year = TRUE;
      e = w + word_before (text, 0, year_end - 4, &w);
    }
  if (e > w && e - w < sizeof shift && e < x->m->start && (w == 0 || !g_ascii_isalnum (text[w - 1])))
    {
      for (gsize i = w; i < e; i++)
        shift[i - w] = g_ascii_tolower (text[i]);
      shift[e - w] = '\0';
      step = shift_step (d, shift);
      shifted = g_hash_table_contains (d->shifts, shift) && (step != 0 || strcmp (shift, "this") == 0);
    }
  if (x->year == 0 && shifted && of_year)
    holiday_in_year (rule, y + step, &h);
  else if (x->year == 0 && shifted && step == 0)
    {
      /* "this Christmas" is the reference year's, but within a month
       * after the last one the tense decides, as for a bare month (by
       * its month alone: a holiday named to come is the next one, where
       * "by Dec. 23" in January is a deadline just past):
       * "Retailers said this Christmas was their worst", in January,
       * is the one just gone */
      t->start = w;
      GDate last = h;
      if (g_date_compare (&last, ref) > 0)
        holiday_in_year (rule, y - 1, &last);
      if (g_date_days_between (&last, ref) <= 31)
        holiday_in_year (rule, year_for (ref, g_date_get_month (&h), 0, tense_future (tense)), &h);
    }
  else if (x->year == 0 && shifted)
    {
      t->start = w;
      if (step < 0 && g_date_compare (&h, ref) >= 0)
        holiday_in_year (rule, y - 1, &h);
      else if (step > 0 && g_date_compare (&h, ref) <= 0)
        holiday_in_year (rule, y + 1, &h);
    }
  else if (x->year == 0)
    {
      /* the nearest, by the month it falls in (the nth weekday's rule
       * gives the same month every year); with no cue of tense, the one
       * nearest a day named just before may be meant
       * (discourse_place_in_year()) */
      holiday_in_year (rule, year_for (ref, g_date_get_month (&h), 0, tense_future (tense)), &h);
      if (tense_unknown (tense))
        t->holiday_open = rule;
    }
  t->value = value_day (&h);
  /* a rule in /Y after "the", before a mark: the year it opens ("will
   * be assessed in the New Year.") */
  gsize the, after = x->m->end;
  while (text[after] == ' ')
    after++;
  if (g_str_has_suffix (rule, "/Y") && x->year == 0 && !shifted && !g_ascii_isalnum (text[after])
      && text[after] != '\'' && (guchar) text[after] != 0xe2 /* "the New Year's list", "\u2019s" */
      && word_before (text, 0, x->m->start, &the) == 3 && g_ascii_strncasecmp (text + the, "the", 3) == 0
      && (the == 0 || !g_ascii_isalnum (text[the - 1])))
    {
      t->start = the;
      t->value = value_calendar (g_date_get_year (&h), 0, 0);
      t->holiday_open = NULL;
    }
  if (x->year) /* "Christmas 2004" */
    t->resolution = "absolute";
  return TRUE;
}

/* "A year ago", "year-earlier": the year before; discourse may give it the grain of a period named before. */
static gboolean
normalise_yearago (const Reading *x, Timex *t)
{
  const GDate *ref = x->ref;
  int y = g_date_get_year (ref);
  t->value = value_calendar (y - 1, 0, 0);
  t->years_back = 1;
  return TRUE;
}

/* The quarter just reported: "the latest quarter", "the year-earlier quarter". */
static gboolean
normalise_quarterrel (const Reading *x, Timex *t)
{
  const GDate *ref = x->ref;
  const char *shift = x->shift;
  int y = g_date_get_year (ref);
  if (!figures_near (x->d, x->m->subject, x->m->start, x->m->end))
    return FALSE;
  /* The quarter just reported: the last one completed before the
   * reference date; "current" is the reference date's own, a year
   * earlier is four back. */
  int q = (g_date_get_month (ref) - 1) / 3 + 1;
  gboolean current = shift && (strstr (shift, "current") || strstr (shift, "same"));
  if (!current)
    q--;
  if (shift && (strstr (shift, "previous") || strstr (shift, "prior")))
    q--;
  if (shift && strstr (shift, "year-"))
    y--;
  while (q < 1)
    q += 4, y--;
  t->value = value_period (y, 'Q', q);
  return TRUE;
}

/* A duration: "three years", "about six hours", "2 1/2 years". */
static gboolean
normalise_duration (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const Match *m = x->m;
  const char *unit_s = x->g.text[G_UNIT];
  const char *number_s = x->g.text[G_NUMBER];
  const char *shift = x->shift;
  /* a race time, "2:05:38", "1:50.87" (the seconds in `number`) */
  if (unit_s == NULL && x->g.text[G_MINUTE] && number_s)
    {
      int hours = x->g.text[G_HOUR] ? parse_int (x->g.text[G_HOUR]) : 0, minutes = parse_int (x->g.text[G_MINUTE]);
      if (x->g.text[G_HOUR] && minutes >= 60)
        return FALSE;
      t->value = value_duration (round (((hours * 60.0 + minutes) * 60 + g_ascii_strtod (number_s, NULL)) * 1000), "MS");
      t->type = "DURATION", t->resolution = "absolute";
      return TRUE;
    }
  const char *code = unit_code (d, unit_s);
  if (code == NULL || strcmp (code, "WE") == 0)
    return FALSE;
  double n = number_s ? number_value (d, number_s) : shift ? 1 : -1;
  if (n == 0)
    return FALSE;
  /* a plural alone after a possessive or "those" is a period of someone's
   * life or of the past, no span measured ("in his younger days", "those
   * days", "the good old days"); TimeBank+AQUAINT annotates none such */
  if (!number_s && !shift && word_before_in (d->owner_words, m->subject, m->start, NULL))
    return FALSE;
  if (n > 0 && group_offset (m, G_HALF)) /* "a minute and a half" */
    n += 0.5;
  /* "in some quarters", "from several quarters": among some people,
   * the idiom (all seven such on the BBC archive); "the next few
   * quarters", "several quarters of losses" are spans */
  if (n < 0 && strcmp (code, "Q") == 0)
    {
      gsize before_at, len = word_before (m->subject, 0, m->start, &before_at);
      if ((len == 2 && g_ascii_strncasecmp (m->subject + before_at, "in", 2) == 0)
          || (len == 4 && g_ascii_strncasecmp (m->subject + before_at, "from", 4) == 0))
        return FALSE;
    }
  gboolean rate = number_s && (g_ascii_strcasecmp (number_s, "a") == 0 || g_ascii_strcasecmp (number_s, "an") == 0)
                  && m->start == group_offset (m, G_NUMBER) && rate_after_count (d, m->subject, m->start, m->end);
  /* "30 frames a second", "one gigabit a second": a unit of measure, as
   * "per second" is (see patterns.tsv) */
  if (rate && strcmp (code, "S") == 0)
    return FALSE;
  /* "it will one day be ...": some day to come, as TimeBank writes it
   * (FUTURE_REF), no span of a day */
  if (n == 1 && strcmp (code, "D") == 0 && number_s && g_ascii_strcasecmp (number_s, "one") == 0 && !shift
      && !x->g.text[G_MOD] && m->start == group_offset (m, G_NUMBER) && tense_future_word_before (x->tense, m->start))
    {
      t->value = value_ref ("FUTURE_REF");
      t->resolution = "relative";
      return TRUE;
    }
  t->type = rate ? "SET" : "DURATION";
  t->value = value_duration (n, code);
  t->resolution = "absolute";
  /* "the eight-year plan": before a duration used as an adjective,
   * "the" is the noun's, not the expression's. */
  gsize unit_at = group_offset (m, G_UNIT);
  if (g_ascii_strncasecmp (m->subject + t->start, "the ", 4) == 0 && unit_at > t->start
      && m->subject[unit_at - 1] == '-')
    t->start += 4;
  /* "a five-year plan": the article is not part of the expression. */
  char number_buf[64];
  g_autofree char *number_heap = NULL;
  char *number_lower = number_s ? ascii_lower (number_s, number_buf, sizeof number_buf, &number_heap) : NULL;
  if (number_lower && (g_str_has_prefix (number_lower, "a ") || g_str_has_prefix (number_lower, "an "))
      && !g_hash_table_contains (d->numbers, number_lower) && n != 100 /* "a dozen", "a hundred" */
      && n > 0 /* "a few days" keeps its article */
      && g_ascii_strncasecmp (m->subject + t->start, number_s, strlen (number_s)) == 0)
    t->start += number_lower[1] == 'n' ? 3 : 2;
  return TRUE;
}

/* A set: "every week", "on Sundays", "weekly". */
static gboolean
normalise_set (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const char *weekday_s = x->g.text[G_WEEKDAY];
  const char *unit_s = x->g.text[G_UNIT];
  const char *number_s = x->g.text[G_NUMBER];
  const char *season_s = x->g.text[G_SEASON];
  const char *word = x->word;
  t->type = "SET";
  t->resolution = "absolute";
  const char *code = unit_s ? unit_code (d, unit_s) : NULL;
  if (weekday_s)
    t->value = (TimexValue){ .kind = VALUE_WEEK, .year = VALUE_X, .week = VALUE_X,
                             .weekday = lookup_int (d->weekdays, weekday_s) },
    t->weekday = 0;
  else if (code && strcmp (code, "WE") == 0) /* "on weekends" */
    t->value = (TimexValue){ .kind = VALUE_WEEK, .year = VALUE_X, .week = VALUE_X, .weekend = TRUE };
  else if (season_s)
    {
      char season_buf[64];
      g_autofree char *season_heap = NULL;
      const char *code_of_season
          = g_hash_table_lookup (d->seasons, ascii_lower (season_s, season_buf, sizeof season_buf, &season_heap));
      if (code_of_season == NULL)
        return FALSE;
      t->value = (TimexValue){ .kind = VALUE_SEASON, .year = VALUE_X, .code = code_of_season };
    }
  else if (word)
    {
      const char *every = g_hash_table_lookup (d->frequencies, word);
      if (every == NULL)
        return FALSE;
      t->value = (TimexValue){ .kind = VALUE_LEXICON, .code = every };
    }
  else
    {
      /* "every week", "every two weeks": P1W, P2W */
      double n = number_s ? number_value (d, number_s) : 1;
      if (code == NULL || n <= 0)
        return FALSE;
      t->value = value_duration (n, code);
    }
  return TRUE;
}

/* A clock time: "3 p.m. EST", "noon", on the reference date or a weekday named. */
static gboolean
normalise_time (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  gboolean anchored = x->anchored;
  const char *word = x->word;
  const char *hour_s = x->g.text[G_HOUR], *minute_s = x->g.text[G_MINUTE];
  const char *ampm = x->g.text[G_AMPM], *tz = x->g.text[G_TZ];
  int h, mi = minute_s ? parse_int (minute_s) : 0;
  if (word)
    h = strcmp (word, "midnight") == 0 ? 0 : 12, mi = 0;
  else
    h = hour_of (hour_s, ampm);
  if (h > 23 || mi > 59)
    return FALSE;
  /* "Midnight on 1 February", "midnight Friday": the end of that day, as
   * TIMEX3 writes it and TimeBank annotates it (1989-10-27T24), T24:00
   * in this stage's minutes; the clock arithmetic above reads it as 0. */
  gboolean midnight = word && strcmp (word, "midnight") == 0;
  t->has_offset = zone_minutes (d, tz, x->g.text[G_OFFSET], &t->offset_minutes);
  GDate day_of = *ref;
  int zone;
  if (anchored && t->weekday)
    resolve_weekday (&day_of, t->weekday, FALSE, 0, tense_future (tense));
  else if (anchored && x->ref_at && x->ref_at->has_time && x->ref_at->has_offset
           && zone_minutes (d, tz, x->g.text[G_OFFSET], &zone))
    {
      /* a time in a zone, against the reference's time in its own */
      int delta = clock_day (x->ref_at, h, mi, zone, tense_future (tense));
      delta < 0 ? g_date_subtract_days (&day_of, 1) : delta > 0 ? g_date_add_days (&day_of, 1) : (void) 0;
    }
  t->day_before = t->day_open = t->weekday == 0;
  t->value = anchored ? value_day (&day_of) : value_calendar (VALUE_X, VALUE_X, VALUE_X);
  t->type = "TIME";
  /* Local time, as TIMEX3 writes it; a zone at UTC+0 makes that UTC. */
  t->value.clock = CLOCK_TIME, t->value.hour = midnight ? 24 : h, t->value.minute = mi;
  t->value.utc = t->has_offset && t->offset_minutes == 0;
  if (!anchored)
    t->resolution = "underspecified";
  return TRUE;
}

/* A day counted from the reference: "yesterday", "tomorrow morning", "tonight". */
static gboolean
normalise_relday (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  const char *word = x->word;
  GDate r = *ref;
  /* "today's consumers": the present in general, which TimeBank leaves
   * unannotated ("today's personal computers"): no expression;
   * "today's ruling", "today's geography quiz" are the day's */
  if (strcmp (word, "today") == 0 && today_generic (d, x->m->subject, x->m->end))
    return FALSE;
  /* "children today watch": the present in general */
  if (strcmp (word, "today") == 0 && x->m->end - x->m->start == 5 && tense_nowadays (x->tense, x->m->start, x->m->end))
    {
      t->value = value_ref ("PRESENT_REF");
      return TRUE;
    }
  if (strstr (word, "day before yesterday"))
    g_date_subtract_days (&r, 2);
  else if (strstr (word, "day after tomorrow"))
    g_date_add_days (&r, 2);
  else if (g_str_has_prefix (word, "yesterday") || g_str_has_prefix (word, "last night"))
    g_date_subtract_days (&r, 1);
  else if (g_str_has_prefix (word, "tomorrow"))
    g_date_add_days (&r, 1);
  t->value = value_day (&r);
  /* the part of day the last word names, or ends with ("tonight") */
  const char *last_word = strrchr (word, ' ');
  const char *part = g_hash_table_lookup (d->parts, last_word ? last_word + 1 : word);
  GHashTableIter parts;
  gpointer name, code;
  g_hash_table_iter_init (&parts, d->parts);
  while (part == NULL && !last_word && g_hash_table_iter_next (&parts, &name, &code))
    if (g_str_has_suffix (word, name))
      part = code;
  if (part)
    t->type = "TIME", t->value.clock = CLOCK_PART, t->value.part = part;
  return TRUE;
}

/* A weekday: "Friday", "next Friday", "Thursday morning". */
static gboolean
normalise_weekday (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const Match *m = x->m;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  const char *shift = x->shift;
  int step = x->step;
  GDate r = *ref;
  /* "Thursday morning" is a part of that day, TIME 1998-02-12TMO,
   * as TIMEX3 and HeidelTime write it, and as "tomorrow morning"
   * is. */
  /* "Wednesday's ruling" names an event as news reports it: one that
   * has happened, whatever the clause around it says of the future
   * ("they would look for ways around Wednesday's ruling"). */
  const char *after = m->subject + m->end;
  /* "the Sunday Times", "the Sunday Mirror": a name */
  if (m->start >= 4 && g_ascii_strncasecmp (m->subject + m->start - 4, "the ", 4) == 0 && after[0] == ' '
      && g_ascii_isupper (after[1]) && g_ascii_islower (after[2]))
    return FALSE;
  /* the coming one after a fixture's verb, or as an awaited possessive */
  resolve_weekday (&r, t->weekday, shift != NULL, step, shift == NULL && tense_weekday_ahead (tense, m->start, m->end));
  const char *part = x->g.text[G_PART] ? g_hash_table_lookup (d->parts, x->g.text[G_PART]) : NULL;
  t->value = value_day (&r);
  if (part)
    t->type = "TIME", t->value.clock = CLOCK_PART, t->value.part = part;
  return TRUE;
}

/* A month with a shift: "last June", "next March". */
static gboolean
normalise_monthshift (const Reading *x, Timex *t)
{
  const GDate *ref = x->ref;
  int step = x->step;
  int month = x->month;
  GDate r = *ref;
  int ref_month = g_date_get_month (&r), y = g_date_get_year (&r);
  if (step < 0)
    y -= month >= ref_month;
  else if (step > 0)
    y += month <= ref_month;
  t->value = value_calendar (y, month, 0);
  return TRUE;
}

/* A unit counted from the reference: "last year", "this week", "the weekend". */
static gboolean
normalise_relunit (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  const char *unit_s = x->g.text[G_UNIT];
  const char *shift = x->shift;
  int step = x->step;
  GDate r = *ref;
  const char *code = unit_code (d, unit_s);
  if (code == NULL)
    return FALSE;
  /* "at the end of the day" is the idiom, "in the end" (all nine on the
   * BBC archive); a day's end is written otherwise ("by the end of the
   * day", "the end of the day's trading") */
  const Match *m = x->m;
  if (strcmp (code, "D") == 0 && t->mod && strcmp (t->mod, "END") == 0 && m->start >= 3
      && g_ascii_strncasecmp (m->subject + m->start - 3, "at ", 3) == 0
      && (m->start == 3 || !g_ascii_isalnum (m->subject[m->start - 4])))
    return FALSE;
  int y = g_date_get_year (&r);
  const char *mod_s = x->g.text[G_MOD];
  discourse_mark_before (t, code, step, mod_s, shift);
  if (strcmp (code, "Y") == 0 && mod_s && g_ascii_strcasecmp (mod_s, "end") == 0)
    {
      /* "by year-end", "after year-end": the end of the nearest year
       * by the tense, and of the last one before the reference after
       * "since" (TimeBank: "since year-end", written in October 1989, is
       * 1988's end); "shares will be sold after year-end" is this one's.  TimeBank is split on the
       * value, the year (wsj_0950, wsj_1013) or its last day (wsj_0006,
       * wsj_0586): the year with mod END is how TIMEX3 writes "the end
       * of the year", and stays.  By its month alone (year_for()):
       * "will ship by year-end" said on 20 January is this year's. */
      gsize w, n = word_before (m->subject, 0, m->start, &w);
      gboolean back = n == 5 && g_ascii_strncasecmp (m->subject + w, "since", 5) == 0;
      t->value = value_calendar (back ? y - 1 : year_for (&r, 12, 0, tense_future (tense)), 0, 0);
    }
  else if (strcmp (code, "Y") == 0 || strcmp (code, "M") == 0 || strcmp (code, "D") == 0)
    {
      t->value = counted_from (&r, code[0], step);
      /* "the year" with no shift word may be the year just written
       * (discourse_place_in_year()) */
      if (code[0] == 'Y' && step == 0 && shift && g_ascii_strcasecmp (shift, "the") == 0 && !tense_future (tense))
        t->the_year = TRUE;
    }
  else if (strcmp (code, "WE") == 0 && shift && g_ascii_strncasecmp (shift, "the", 3) == 0)
    {
      /* "the weekend": the last one in a report of what happened, the
       * next one when the clause speaks of the future, as a weekday. */
      resolve_weekday (&r, G_DATE_SATURDAY, FALSE, 0, tense_future (tense));
      t->value = value_week (&r);
      t->value.weekend = TRUE;
      /* "usually plays golf at the weekend": every weekend (a word of
       * kind `habitual` earlier in its sentence) */
      if (step == 0 && !x->g.text[G_MOD] && word_between_in (d->habitual_words, m->subject, tense->start, m->start))
        {
          t->type = "SET", t->resolution = "absolute";
          t->value = (TimexValue){ .kind = VALUE_WEEK, .year = VALUE_X, .week = VALUE_X, .weekend = TRUE };
        }
    }
  else if (strcmp (code, "W") == 0 || strcmp (code, "WE") == 0)
    {
      step < 0 ? g_date_subtract_days (&r, 7) : step > 0 ? g_date_add_days (&r, 7) : (void) 0;
      t->value = value_week (&r);
      t->value.weekend = strcmp (code, "WE") == 0;
    }
  else if (strcmp (code, "Q") == 0)
    {
      int q = (g_date_get_month (&r) - 1) / 3 + 1 + step;
      if (q < 1)
        q += 4, y--;
      if (q > 4)
        q -= 4, y++;
      t->value = value_period (y, 'Q', q);
    }
  else if (strcmp (code, "DE") == 0)
    t->value = (TimexValue){ .kind = VALUE_DECADE, .year = y / 10 + step };
  else if (strcmp (code, "CE") == 0)
    t->value = (TimexValue){ .kind = VALUE_CENTURY, .year = y / 100 + step };
  else
    return FALSE;
  return TRUE;
}

/* "That year", "the following week": counted from the reference until discourse finds the date named before. */
static gboolean
normalise_anaphor (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  const char *unit_s = x->g.text[G_UNIT];
  int step = x->step;
  GDate r = *ref;
  /* "that year", "the following week", "the same day": the value
   * counted from the reference date stands until the stage finds the
   * date named before it (in dates_process). */
  const char *code = unit_code (d, unit_s);
  if (code == NULL || (strcmp (code, "Y") && strcmp (code, "M") && strcmp (code, "W") && strcmp (code, "D")))
    return FALSE;
  t->refers = code[0], t->refers_step = step;
  t->value = counted_from (&r, t->refers, step);
  return TRUE;
}

/* A count of units back or on: "three years ago", "two weeks from now"; "three days later" is the span. */
static gboolean
normalise_ago (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const Match *m = x->m;
  const GDate *ref = x->ref;
  const char *unit_s = x->g.text[G_UNIT];
  const char *number_s = x->g.text[G_NUMBER];
  const char *word = x->word;
  GDate r = *ref;
  const char *code = unit_code (d, unit_s);
  double n = number_value (d, number_s);
  if (n > 0 && group_offset (m, G_HALF)) /* "an hour and a half later" */
    n += 0.5;
  gboolean forward = strcmp (word, "later") == 0 || strcmp (word, "from now") == 0;
  /* "three days later", "30 days before": TimeML dates the event the
   * word relates, not the span; the expression is the span, P3D. */
  if (code && n != 0 && (strcmp (word, "later") == 0 || strcmp (word, "before") == 0))
    {
      gsize span_end = group_offset (m, G_WORD);
      while (span_end > t->start && g_ascii_isspace (m->subject[span_end - 1]))
        span_end--;
      t->type = "DURATION";
      t->value = value_duration (n, code);
      t->resolution = "absolute";
      t->end = span_end;
      return TRUE;
    }
  if (code && n < 0 && (strcmp (word, "ago") == 0 || strcmp (word, "from now") == 0))
    {
      /* "several years ago": some time back, no date. */
      t->value = (TimexValue){ .kind = VALUE_REF, .ref = forward ? REF_FUTURE : REF_PAST };
      return TRUE;
    }
  if (code && strcmp (code, "Y") == 0 && n > 0 && n != floor (n))
    {
      /* "2 1/2 years ago": 30 months back. */
      code = "M";
      n *= 12;
    }
  if (code == NULL || n <= 0 || n != floor (n))
    return FALSE;
  /* A count no calendar holds ("99999999999999999999 years ago") is
   * no date: the value must stay within the years 1 to 9999. */
  if (strcmp (code, "WE") == 0) /* "a weekend ago": no count of weekends dates a day */
    return FALSE;
  int years_each = strcmp (code, "CE") == 0 ? 100 : strcmp (code, "DE") == 0 ? 10 : strcmp (code, "Y") == 0 ? 1 : 0;
  double unit_days = years_each ? 366.0 * years_each : strcmp (code, "Q") == 0 ? 92 : strcmp (code, "M") == 0 ? 31
                     : strcmp (code, "2W") == 0 ? 14 : strcmp (code, "W") == 0 ? 7 : 1;
  double days_away = n * unit_days;
  guint32 julian = g_date_get_julian (&r);
  if (forward ? julian + days_away > LAST_JULIAN : days_away >= julian)
    return FALSE;
  int k = (int) n;
  if (years_each)
    {
      t->value = value_calendar (g_date_get_year (&r) + (forward ? 1 : -1) * k * years_each, 0, 0);
      if (strcmp (code, "Y") == 0 && !forward)
        t->years_back = k;
    }
  else if (strcmp (code, "Q") == 0)
    {
      int q = (g_date_get_month (&r) - 1) / 3 + (forward ? k : -k);
      int y = g_date_get_year (&r) + (q < 0 ? (q - 3) / 4 : q / 4);
      t->value = value_period (y, 'Q', ((q % 4) + 4) % 4 + 1);
    }
  else if (strcmp (code, "M") == 0)
    {
      forward ? g_date_add_months (&r, k) : g_date_subtract_months (&r, k);
      t->value = value_calendar (g_date_get_year (&r), g_date_get_month (&r), 0);
    }
  else if (strcmp (code, "W") == 0 || strcmp (code, "D") == 0 || strcmp (code, "2W") == 0)
    {
      int days = k * (strcmp (code, "D") == 0 ? 1 : strcmp (code, "W") == 0 ? 7 : 14);
      forward ? g_date_add_days (&r, days) : g_date_subtract_days (&r, days);
      t->value = value_day (&r);
    }
  else
    t->value = value_day (&r); /* hours, minutes: the day it was */
  return TRUE;
}
/* The normalisations, by the KIND patterns.tsv names; @needs_reference:
 * its value is counted from the reference date, so without one it is
 * computed from a stand-in (see normalise()). */
static const struct
{
  const char *name;
  Normaliser normalise;
  gboolean needs_reference;
} normalisers[N_KINDS] = {
  [KIND_ISO] = { "iso", normalise_date, FALSE },
  [KIND_DATE] = { "date", normalise_date, FALSE },
  [KIND_MONTH] = { "month", normalise_month, FALSE },
  [KIND_MONTHREL] = { "monthrel", normalise_monthrel, TRUE },
  [KIND_YEAR] = { "year", normalise_year, FALSE },
  [KIND_DECADE] = { "decade", normalise_decade, FALSE },
  [KIND_CENTURY] = { "century", normalise_century, FALSE },
  [KIND_QUARTER] = { "quarter", normalise_quarter, FALSE },
  [KIND_SEASON] = { "season", normalise_season, FALSE },
  [KIND_REF] = { "ref", normalise_ref, FALSE },
  [KIND_QUARTERREL] = { "quarterrel", normalise_quarterrel, TRUE },
  [KIND_YEARAGO] = { "yearago", normalise_yearago, TRUE },
  [KIND_HOLIDAY] = { "holiday", normalise_holiday, TRUE },
  [KIND_DURATION] = { "duration", normalise_duration, FALSE },
  [KIND_SET] = { "set", normalise_set, FALSE },
  [KIND_TIME] = { "time", normalise_time, FALSE },
  [KIND_RELDAY] = { "relday", normalise_relday, TRUE },
  [KIND_TONIGHT] = { "tonight", normalise_relday, TRUE },
  [KIND_WEEKDAY] = { "weekday", normalise_weekday, TRUE },
  [KIND_MONTHSHIFT] = { "monthshift", normalise_monthshift, TRUE },
  [KIND_RELUNIT] = { "relunit", normalise_relunit, TRUE },
  [KIND_WITHIN] = { "within", normalise_relunit, TRUE },
  [KIND_ANAPHOR] = { "anaphor", normalise_anaphor, TRUE },
  [KIND_AGO] = { "ago", normalise_ago, TRUE },
};

gboolean
normaliser_find (const char *name, Kind *kind)
{
  for (Kind k = 0; k < N_KINDS; k++)
    if (strcmp (name, normalisers[k].name) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

char *
normaliser_names (void)
{
  GString *names = g_string_new (NULL);
  for (Kind k = 0; k < N_KINDS; k++)
    g_string_append_printf (names, "%s%s", k ? ", " : "", normalisers[k].name);
  return g_string_free (names, FALSE);
}

/* Computes the value of @m; FALSE when the match is no time expression
 * after all (an impossible date...), or when it needs a reference date
 * and @anchored says there is none (see normalise()). */
static gboolean
normalise_at (const Dates *d, const Match *m, const GDate *ref, const AssayDate *ref_at, Tense *tense, gboolean anchored,
              Timex *t)
{
  Reading x = { d, m, ref, ref_at, tense, anchored };
  groups_read (m, &x.g);
  g_autofree char *groups_heap = x.g.heap;
  char *year_s = x.g.text[G_YEAR], *month_s = x.g.text[G_MONTH], *day_s = x.g.text[G_DAY];
  char *shift_s = x.g.text[G_SHIFT], *word_s = x.g.text[G_WORD];
  char shift_buf[64], word_buf[64];
  g_autofree char *shift_heap = NULL, *word_heap = NULL;
  x.shift = shift_s ? ascii_lower (g_strstrip (shift_s), shift_buf, sizeof shift_buf, &shift_heap) : NULL;
  x.step = shift_step (d, x.shift);
  x.word = word_s ? ascii_lower (word_s, word_buf, sizeof word_buf, &word_heap) : NULL;
  x.year = year_s ? (g_ascii_isdigit (year_s[0]) ? parse_int (year_s) : spoken_year (d, year_s)) : 0;
  if (year_s && x.year == 0)
    return FALSE;
  x.month = month_s ? (g_ascii_isdigit (month_s[0]) ? parse_int (month_s) : lookup_int (d->months, month_s)) : 0;
  x.day = day_s ? parse_int (day_s) : 0;
  t->weekday = lookup_int (d->weekdays, x.g.text[G_WEEKDAY]);
  t->mod = mod_code (x.g.text[G_MOD]);
  t->type = "DATE";
  t->resolution = "relative";
  t->start = m->start;
  if (year_s && strlen (year_s) == 2)
    x.year = x.year < 50 ? 2000 + x.year : 1900 + x.year;
  if (normalisers[m->kind].needs_reference && !anchored)
    return FALSE;
  return normalisers[m->kind].normalise (&x, t);
}

/* Computes the value of @m against @ref, or without a reference date
 * when @anchored is FALSE; FALSE when @m is no time expression after all.
 * An expression that needs the reference ("yesterday", "last year",
 * "three days ago") is still found without one: its value is computed
 * from a stand-in date and the digits that came from it are masked
 * ("XXXX", "XXXX-XX-XX"), keeping a month that was named ("June last
 * year": "XXXX-06"), and a weekday as TIMEX3 writes one alone
 * ("XXXX-WXX-5").  Its resolution says `underspecified`. */
gboolean
normalise (const Dates *d, const Match *m, const GDate *ref, const AssayDate *ref_at, Tense *tense,
           gboolean anchored, Timex *t)
{
  if (normalise_at (d, m, ref, ref_at, tense, anchored, t))
    {
      /* a date whose year nothing told ("the third quarter", written
       * without a reference date) */
      if (strcmp (t->type, "SET") != 0 && strcmp (t->type, "DURATION") != 0 && value_year_unknown (&t->value))
        t->resolution = "underspecified";
      return TRUE;
    }
  if (anchored)
    return FALSE;
  timex_clear (t);
  *t = (Timex) { 0 };
  GDate stand_in;
  g_date_clear (&stand_in, 1);
  g_date_set_dmy (&stand_in, 15, G_DATE_JUNE, 2000);
  if (!normalise_at (d, m, &stand_in, NULL, tense, TRUE, t))
    return FALSE;
  if (t->value.kind == VALUE_DURATION)
    return TRUE; /* "three days later" is three days, whatever the day */
  if (m->kind == KIND_WEEKDAY && t->weekday)
    {
      /* a weekday alone, as TIMEX3 writes it, keeping its part of the day */
      TimexValue day = t->value;
      t->value = (TimexValue){ .kind = VALUE_WEEK, .year = VALUE_X, .week = VALUE_X, .weekday = t->weekday,
                               .clock = day.clock, .hour = day.hour, .minute = day.minute, .part = day.part };
    }
  else
    /* the year always came from the stand-in; the rest unless named */
    value_mask (&t->value, m->kind == KIND_MONTHREL || m->kind == KIND_MONTHSHIFT);
  t->resolution = "underspecified";
  return TRUE;
}
