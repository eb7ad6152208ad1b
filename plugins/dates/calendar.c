/* calendar.c: calendar arithmetic and how calendar values are written:
 * the year a month without one falls in, a weekday from a day, counting
 * years, months, weeks and days, and the reference date read by the one
 * date rule (assay_date_parse()). */
#include "dates-private.h"

#include <stdio.h>
#include <string.h>

/* A reference date read by the one date rule (assay_date_parse()): the
 * stage counts from a day, so a year or a month alone is refused, with
 * what to write. */
gboolean
reference_read (const char *text, GDate *date, AssayDate *at, GError **error)
{
  AssayDate read;
  if (!assay_date_parse (text, -1, &read, error))
    return FALSE;
  if (read.grain != ASSAY_DATE_GRAIN_DAY)
    {
      g_set_error (error, ASSAY_DATE_ERROR, ASSAY_DATE_ERROR_SYNTAX,
                   "'%s' names a %s, and relative dates are counted from a day; write the day, as %04d-%02d-01",
                   text, read.grain == ASSAY_DATE_GRAIN_YEAR ? "year" : "month", read.year,
                   read.month ? read.month : 1);
      return FALSE;
    }
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) read.day, (GDateMonth) read.month, (GDateYear) read.year);
  if (at)
    *at = read;
  return TRUE;
}

/* The day of a TIMEX3 value the stage wrote ("2025-05-29", "2025-05-29T15:00",
 * "1998-02-12TNI"): its first ten bytes are an ISO day or not. */
gboolean
timex_day (const char *value, gsize length, GDate *date)
{
  AssayDate read;
  if (length < 10 || (length > 10 && value[10] != 'T') || !assay_date_parse (value, 10, &read, NULL))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) read.day, (GDateMonth) read.month, (GDateYear) read.year);
  return TRUE;
}

/* The year for a month (and day, 0 for none) written without one.  News
 * mostly reports what happened: the last occurrence on or before @ref,
 * unless that lies more than eight months back (then the next one, as
 * with "January" written in November), or the words before it speak of
 * the future (then the first on or after @ref, unless the last lies
 * within a month). */

int
year_for (const GDate *ref, int month, int day, gboolean future)
{
  int y = g_date_get_year (ref);
  int ref_month = g_date_get_month (ref), ref_day = g_date_get_day (ref);
  gboolean not_after = month < ref_month || (month == ref_month && (day == 0 || day <= ref_day));
  int past = not_after ? y : y - 1;
  /* A day a few weeks back is that day even in a clause read as future
   * ("would be back by Feb. 23", written on March 6): a year ahead is the
   * less likely reading. */
  int days_back = not_after && day ? (ref_month - month) * 31 + ref_day - day : G_MAXINT;
  if (future)
    return not_after && !(month == ref_month && (day == 0 || day == ref_day)) && days_back > 31 ? y + 1 : y;
  int months_back = (y - past) * 12 + ref_month - month;
  return months_back > 8 ? past + 1 : past;
}

/* Writes YYYY, YYYY-MM or YYYY-MM-DD into @out (11 bytes at least), a
 * @month or @day of 0 left out, digit by digit; FALSE (nothing written)
 * when a part has more digits than that. */
gboolean
calendar_write (char *out, int year, int month, int day)
{
  if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31)
    return FALSE;
  char *p = out;
  *p++ = '0' + year / 1000, *p++ = '0' + year / 100 % 10, *p++ = '0' + year / 10 % 10, *p++ = '0' + year % 10;
  if (month)
    *p++ = '-', *p++ = '0' + month / 10, *p++ = '0' + month % 10;
  if (month && day)
    *p++ = '-', *p++ = '0' + day / 10, *p++ = '0' + day % 10;
  *p = '\0';
  return TRUE;
}

/* TIMEX3's YYYY, YYYY-MM or YYYY-MM-DD (transfer full); a @month or @day
 * of 0 is left out.  Written digit by digit: printf was a fifth of the
 * time spent normalising, and these are most values. */
char *
calendar_value (int year, int month, int day)
{
  char *v = g_malloc (11);
  if (!calendar_write (v, year, month, day))
    {
      g_free (v);
      return !month ? g_strdup_printf ("%04d", year)
             : !day ? g_strdup_printf ("%04d-%02d", year, month)
                    : g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    }
  return v;
}

char *
iso_date (const GDate *d)
{
  return calendar_value (g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
}

char *
iso_week (const GDate *d)
{
  /* ISO week-numbering year: the year of the week's Thursday. */
  GDate thursday = *d;
  int wd = g_date_get_weekday (d);
  if (wd < 4)
    g_date_add_days (&thursday, 4 - wd);
  else
    g_date_subtract_days (&thursday, wd - 4);
  return g_strdup_printf ("%04d-W%02u", g_date_get_year (&thursday), g_date_get_iso8601_week_of_year (d));
}

/* The year, month, week or day (@grain 'Y', 'M', 'W', 'D') @step of them
 * from @from, as a TIMEX3 value (transfer full). */
char *
counted_from (const GDate *from, char grain, int step)
{
  GDate d = *from;
  if (grain == 'Y')
    return calendar_value (g_date_get_year (&d) + step, 0, 0);
  if (grain == 'M')
    {
      step < 0 ? g_date_subtract_months (&d, -step) : g_date_add_months (&d, step);
      return calendar_value (g_date_get_year (&d), g_date_get_month (&d), 0);
    }
  int days = grain == 'W' ? 7 * step : step;
  days < 0 ? g_date_subtract_days (&d, -days) : g_date_add_days (&d, days);
  return grain == 'W' ? iso_week (&d) : iso_date (&d);
}

/* The date of weekday @target (1..7) relative to @r: by @step (a shift
 * word's) when @shifted ("this Friday" is this week's), else by tense. */
void
resolve_weekday (GDate *r, int target, gboolean shifted, int step, gboolean future)
{
  int today = g_date_get_weekday (r);
  int back = (today - target + 7) % 7, ahead = (target - today + 7) % 7;
  if (shifted && step < 0)
    g_date_subtract_days (r, back ? back : 7);
  else if (shifted && step > 0)
    g_date_add_days (r, ahead ? ahead : 7);
  else if (shifted)
    target < today ? g_date_subtract_days (r, back) : g_date_add_days (r, ahead);
  else if (future)
    g_date_add_days (r, ahead);
  else
    g_date_subtract_days (r, back);
}

/* How far a clock time may come after the reference's own time and still
 * be on its day in a report of the past: a story's time stamp is often
 * its first version's, and what it reports came a little before. */
#define CLOCK_SLACK 60

/* The day, -1, 0 or +1 from the reference's, of the clock time
 * @hour:@minute at UTC offset @zone (minutes) that a text written at @at
 * (a time and zone given) means: the last such time before the reference
 * (CLOCK_SLACK minutes later at most), or the first after it when the
 * clause speaks of the future.  "The quake struck at 23:40 GMT", written
 * at 01:30 GMT, was the evening before; "02:00 GMT", written at 23:30
 * EST (04:30 GMT the next day), was that next day's. */
int
clock_day (const AssayDate *at, int hour, int minute, int zone, gboolean future)
{
  int reference = at->hour * 60 + at->minute - at->offset_minutes;
  int best = 0;
  gboolean found = FALSE;
  for (int delta = -1; delta <= 1; delta++)
    {
      int instant = delta * 24 * 60 + hour * 60 + minute - zone;
      gboolean fits = future ? instant >= reference - CLOCK_SLACK : instant <= reference + CLOCK_SLACK;
      if (fits && (!found || (future ? delta < best : delta > best)))
        best = delta, found = TRUE;
    }
  return best;
}
