/* value.c: the TIMEX3 value as fields, and the one place it becomes text.
 *
 * The normalisations fill a TimexValue (a year, a month, a week, a
 * quarter, a duration's count and unit...); discourse moves its parts
 * from one expression to another ("that day" takes the day named
 * before); value_append() writes it when the expression is written into
 * the document.  No value is ever read back from its text. */
#include "dates-private.h"

#include <math.h>
#include <string.h>

TimexValue
value_calendar (int year, int month, int day)
{
  return (TimexValue){ .kind = VALUE_CALENDAR, .year = year, .month = month, .day = day };
}

TimexValue
value_period (int year, char period, int number)
{
  return (TimexValue){ .kind = VALUE_PERIOD, .year = year, .period = period, .number = number };
}

TimexValue
value_duration (double count, const char *unit)
{
  return (TimexValue){ .kind = VALUE_DURATION, .count = count, .unit = unit };
}

gboolean
value_is_day (const TimexValue *v)
{
  return v->kind == VALUE_CALENDAR && v->month != 0 && v->day != 0 && v->clock == CLOCK_NONE;
}

gboolean
value_is_dated (const TimexValue *v)
{
  switch (v->kind)
    {
    case VALUE_CALENDAR:
    case VALUE_WEEK:
    case VALUE_PERIOD:
    case VALUE_SEASON:
    case VALUE_DECADE:
    case VALUE_CENTURY:
      return v->year >= 0;
    case VALUE_LEXICON:
      return g_ascii_isdigit (v->code[0]);
    default:
      return FALSE;
    }
}

gboolean
value_year_unknown (const TimexValue *v)
{
  switch (v->kind)
    {
    case VALUE_CALENDAR:
    case VALUE_WEEK:
    case VALUE_PERIOD:
    case VALUE_SEASON:
      return v->year == VALUE_X;
    case VALUE_LEXICON:
      return strncmp (v->code, "XXXX", 4) == 0;
    default:
      return FALSE;
    }
}

gboolean
value_to_date (const TimexValue *v, GDate *date)
{
  if (!value_is_day (v) || v->year < 1 || v->year > 9999 || !valid_dmy (v->day, v->month, v->year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay)v->day, (GDateMonth)v->month, (GDateYear)v->year);
  return TRUE;
}

void
value_mask (TimexValue *v, gboolean keep_month)
{
  /* a duration's count and a ref never came from the reference */
  if (v->kind == VALUE_DURATION || v->kind == VALUE_REF || v->kind == VALUE_LEXICON)
    return;
  v->year = VALUE_X;
  if (keep_month)
    return;
  if (v->month > 0)
    v->month = VALUE_X;
  if (v->day > 0)
    v->day = VALUE_X;
  v->week = VALUE_X;
  v->number = VALUE_X;
}

/* Writes @n at @p in at least @width digits, as printf's "%0*d" does,
 * or @width X for VALUE_X; returns where it ended (at most 12 bytes, or
 * @width, past @p).  Digit by digit into the caller's buffer: these are
 * most of every value, and appending them a character at a time to a
 * GString cost more than the rest of writing a timex (callgrind). */
static inline char *
put_part (char *p, int n, int width)
{
  if (n == VALUE_X)
    {
      memset (p, 'X', width);
      return p + width;
    }
  /* a year, and a month, a day, a week, an hour or a minute */
  if (width == 4 && n >= 0 && n <= 9999)
    {
      p[0] = (char)('0' + n / 1000), p[1] = (char)('0' + n / 100 % 10);
      p[2] = (char)('0' + n / 10 % 10), p[3] = (char)('0' + n % 10);
      return p + 4;
    }
  if (width == 2 && n >= 0 && n <= 99)
    {
      p[0] = (char)('0' + n / 10), p[1] = (char)('0' + n % 10);
      return p + 2;
    }
  if (n < 0)
    return p + g_snprintf (p, 16, "%0*d", width, n);
  char digits[12];
  int k = 0;
  for (unsigned v = (unsigned)n; k == 0 || v > 0; v /= 10)
    digits[k++] = (char)('0' + v % 10);
  for (int i = k; i < width; i++)
    *p++ = '0';
  while (k > 0)
    *p++ = digits[--k];
  return p;
}

/* A duration: "P3D", "PT5H30M" ("5 1/2 hours": the fraction in the next
 * smaller unit, where it comes out whole), "PXY" when no count was said. */
static void
append_duration (GString *out, double n, const char *code)
{
  /* a race time in milliseconds (unit "MS"): its hours, minutes and
   * seconds, as TIMEX3 writes them (PT2H5M38S, PT1M50.87S) */
  if (strcmp (code, "MS") == 0)
    {
      gint64 ms = (gint64) n, hours = ms / 3600000, minutes = ms / 60000 % 60, milli = ms % 60000;
      g_string_append (out, "PT");
      if (hours)
        g_string_append_printf (out, "%" G_GINT64_FORMAT "H", hours);
      if (minutes)
        g_string_append_printf (out, "%" G_GINT64_FORMAT "M", minutes);
      if (milli || (!hours && !minutes))
        {
          g_string_append_printf (out, "%" G_GINT64_FORMAT, milli / 1000);
          if (milli % 1000)
            {
              char fraction[8];
              g_snprintf (fraction, sizeof fraction, ".%03d", (int) (milli % 1000));
              for (gsize end = strlen (fraction); end > 1 && fraction[end - 1] == '0'; end--)
                fraction[end - 1] = '\0';
              g_string_append (out, fraction);
            }
          g_string_append_c (out, 'S');
        }
      return;
    }
  double factor = 1;
  const char *letter = code;
  gboolean time = FALSE;
  if (strcmp (code, "DE") == 0)
    factor = 10, letter = "Y";
  else if (strcmp (code, "CE") == 0)
    factor = 100, letter = "Y";
  else if (strcmp (code, "2W") == 0)
    factor = 2, letter = "W";
  else if (strcmp (code, "H") == 0 || strcmp (code, "S") == 0)
    time = TRUE;
  else if (strcmp (code, "MIN") == 0)
    time = TRUE, letter = "M";
  g_string_append_c (out, 'P');
  if (time)
    g_string_append_c (out, 'T');
  if (n < 0)
    {
      g_string_append_c (out, 'X');
      g_string_append (out, letter);
      return;
    }
  double total = n * factor;
  static const struct
  {
    const char *letter;
    gboolean time;
    double count;
    const char *smaller;
    gboolean smaller_time;
  } finer[] = { { "Y", FALSE, 12, "M", FALSE },
                { "W", FALSE, 7, "D", FALSE },
                { "D", FALSE, 24, "H", TRUE },
                { "H", TRUE, 60, "M", TRUE },
                { "M", TRUE, 60, "S", TRUE } };
  double whole = floor (total), part = total - whole;
  if (part == 0 && total < 1e9)
    {
      char digits[16];
      g_string_append_len (out, digits, put_part (digits, (int)total, 1) - digits);
      g_string_append (out, letter);
      return;
    }
  if (part == 0)
    {
      g_string_append_printf (out, "%.0f%s", total, letter);
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (finer); i++)
    {
      double smaller = part * finer[i].count;
      if (strcmp (finer[i].letter, letter) != 0 || finer[i].time != time
          || smaller != floor (smaller))
        continue;
      if (whole > 0)
        g_string_append_printf (out, "%.0f%s", whole, letter);
      if (finer[i].smaller_time && !time)
        g_string_append_c (out, 'T');
      g_string_append_printf (out, "%.0f%s", smaller, finer[i].smaller);
      return;
    }
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  /* ten digits: "04.69 seconds" is PT4.69S, not the nearest double's 4.6900000000000004 */
  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.10g", total));
  g_string_append (out, letter);
}

/* TIMEX3's names of the references without a date. */
static const char *const ref_names[]
    = { [REF_PRESENT] = "PRESENT_REF", [REF_PAST] = "PAST_REF", [REF_FUTURE] = "FUTURE_REF" };

TimexValue
value_ref (const char *text)
{
  for (guint i = 0; i < G_N_ELEMENTS (ref_names); i++)
    if (strcmp (text, ref_names[i]) == 0)
      return (TimexValue){ .kind = VALUE_REF, .ref = (RefKind)i };
  return (TimexValue){ .kind = VALUE_LEXICON, .code = text };
}

void
value_append (GString *out, const TimexValue *v)
{
  /* the parts of fixed size, before any code from the lexicon: at most
   * 16 bytes a number, 7 numbers, and their marks */
  char buf[160], *p = buf;
  switch (v->kind)
    {
    case VALUE_NONE:
      return;
    case VALUE_CALENDAR:
      p = put_part (p, v->year, 4);
      if (v->month != 0)
        {
          *p++ = '-';
          p = put_part (p, v->month, 2);
          if (v->day != 0)
            *p++ = '-', p = put_part (p, v->day, 2);
        }
      break;
    case VALUE_WEEK:
      p = put_part (p, v->year, 4);
      *p++ = '-', *p++ = 'W';
      p = put_part (p, v->week, 2);
      if (v->weekend)
        *p++ = '-', *p++ = 'W', *p++ = 'E';
      if (v->weekday)
        *p++ = '-', p = put_part (p, v->weekday, 1);
      break;
    case VALUE_PERIOD:
      p = put_part (p, v->year, 4);
      *p++ = '-', *p++ = v->period;
      p = put_part (p, v->number, 1);
      break;
    case VALUE_SEASON:
      p = put_part (p, v->year, 4);
      *p++ = '-';
      g_string_append_len (out, buf, p - buf);
      g_string_append (out, v->code);
      return;
    case VALUE_DECADE:
      p = put_part (p, v->year, 3);
      break;
    case VALUE_CENTURY:
      p = put_part (p, v->year, 2);
      break;
    case VALUE_DURATION:
      append_duration (out, v->count, v->unit);
      return;
    case VALUE_REF:
      g_string_append (out, ref_names[v->ref]);
      return;
    case VALUE_LEXICON:
      g_string_append (out, v->code);
      return;
    }
  /* a time of day, after a day or a weekday */
  if (v->clock != CLOCK_NONE)
    *p++ = 'T';
  if (v->clock == CLOCK_TIME)
    {
      p = put_part (p, v->hour, 2);
      *p++ = ':';
      p = put_part (p, v->minute, 2);
      /* local time, as TIMEX3 writes it; at UTC+0 that is UTC, which ISO
       * 8601 marks with Z ("12:00 UTC" is T12:00Z) */
      if (v->utc)
        *p++ = 'Z';
    }
  g_string_append_len (out, buf, p - buf);
  if (v->clock == CLOCK_PART)
    g_string_append (out, v->part);
}

/* The order of two values' text is what decides whether "from A to B" is
 * a range (discourse_range()): at one grain it is the calendar's order,
 * and across grains ("2009" and "2009-05") it stands for none better. */
int
value_compare (const TimexValue *a, const TimexValue *b)
{
  GString *as = g_string_sized_new (32), *bs = g_string_sized_new (32);
  value_append (as, a);
  value_append (bs, b);
  int order = strcmp (as->str, bs->str);
  g_string_free (as, TRUE);
  g_string_free (bs, TRUE);
  return order;
}

/* The first month in which every sport's season under way, just ended
 * or to come starts in the reference's year, counted by the shift:
 * football's (August to May) has started by then, and one within a year
 * (cricket, Formula One, athletics: March to October) has too, so "this
 * season" started this year, "last season" last year and "next season"
 * starts next year for both.  Before it the two disagree (in March 2005
 * football's "this season" started in 2004, cricket's in 2005). */
#define SEASON_YEAR_KNOWN_FROM 8

/* A season's end is the other way round: before August every sport's
 * season under way ends in the reference's year (football's in May,
 * cricket's in October), from August on football's ends the year after
 * and a season within a year's this year.  So "the end of the season"
 * in March 2005 is 2005 (its mod dropped: season_year_unmodded()); in
 * October it is a REF. */
TimexValue
value_season_of_sport (const GDate *ref, int step, gboolean to_its_end)
{
  gboolean known = to_its_end ? g_date_get_month (ref) < SEASON_YEAR_KNOWN_FROM
                              : g_date_get_month (ref) >= SEASON_YEAR_KNOWN_FROM;
  if (known)
    return value_calendar (g_date_get_year (ref) + step, 0, 0);
  return value_ref (step < 0 ? "PAST_REF" : step > 0 ? "FUTURE_REF" : "PRESENT_REF");
}
