/* calendar.c: calendar arithmetic: the year a month without one falls
 * in, a weekday from a day, counting years, months, weeks and days into
 * values, and the reference date read by the one date rule
 * (assay_date_parse()). */
#include "dates-private.h"

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

/* The year for a month (and day, 0 for none) written without one.  News
 * mostly reports what happened: the last occurrence on or before @ref,
 * unless that lies more than eight months back (then the next one, as
 * with "January" written in November), or the words before it speak of
 * the future (then the first on or after @ref, unless the last lies
 * within a month: a day a few weeks back, counted in days over the new
 * year too; a holiday or a year's end passes @day 0, named to come). */

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
  /* counted in days, over the new year too ("by Dec. 23" written on 5
   * January is last year's) */
  int days_back = G_MAXINT;
  if (day && valid_dmy (day, month, past))
    {
      GDate last;
      g_date_clear (&last, 1);
      g_date_set_dmy (&last, (GDateDay) day, (GDateMonth) month, (GDateYear) past);
      days_back = (int) (g_date_get_julian (ref) - g_date_get_julian (&last));
    }
  if (future)
    {
      if (days_back <= 31 && !(past == y && month == ref_month && day == ref_day))
        return past;
      return not_after && !(month == ref_month && (day == 0 || day == ref_day)) ? y + 1 : y;
    }
  int months_back = (y - past) * 12 + ref_month - month;
  return months_back > 8 ? past + 1 : past;
}

/* How near the reference a day the tense placed keeps its year against
 * its weekday, in days: a report's recent days, as discourse.c's
 * DAY_BEFORE_REACH. */
#define WEEKDAY_SLIP_REACH 31

/* How far before @ref a day the tense put ahead may go to agree with its
 * weekday, in days.  A reference given for a collection is the day it
 * was gathered or later, so a plan an article announced may lie a little
 * before it ("will be televising the replay live on Wednesday 19
 * January", read against 1 March 2005, is 2005's, not 2006's, a
 * Thursday); a day done never lies after it, so a past keeps its side. */
#define WEEKDAY_LATE_REFERENCE 92

/* The year of a day written with its weekday but no year ("Saturday 20
 * November"): @year, as the tense chose it, when the day falls on
 * @weekday (1 Monday .. 7 Sunday) then.  Else the weekday is the
 * writer's statement of which year is meant only where the clause has no
 * tense that places the day (a dateline, a heading, a list of dates:
 * "Saturday 20 November" under a match's headline, written in March 2005,
 * is 2004's, as 20 November 2005 is a Sunday), or where the year on which
 * the day falls on @weekday keeps the day on the side of @ref the tense
 * put it (a past before, a future after, or a little before: see
 * WEEKDAY_LATE_REFERENCE).  Elsewhere the tense says more
 * than the weekday: "He was arrested on Tuesday 12 April", written in
 * March 2005, is 2004's even though 12 April 2005 is the Tuesday, and the
 * inconsistencies stage reports the slip.  Of the year before and the
 * year after, the nearer to @ref is tried first.  A day the tense put
 * within a month of @ref keeps its year too: "on Tuesday March 4",
 * written on Tuesday 5 March 2024, is a slip, not 2025's.  @placed: the
 * clause has a tense that places the day (a cue of the past or the
 * future, its own verb done or planned). */
int
year_with_weekday (const GDate *ref, int year, int month, int day, int weekday, gboolean placed)
{
  if (weekday < 1 || weekday > 7 || !valid_dmy (day, month, year))
    return year;
  GDate d;
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  if ((int) g_date_get_weekday (&d) == weekday)
    return year;
  int days = g_date_days_between (ref, &d);
  if (ABS (days) <= WEEKDAY_SLIP_REACH)
    return year;
  /* the side of @ref the tense put the day on, 0 where no tense places it */
  int side = 0;
  if (placed)
    side = days < 0 ? -1 : 1;
  /* the nearer of the two years around the reference's first */
  int first = year <= g_date_get_year (ref) ? year + 1 : year - 1;
  int tries[] = { first, 2 * year - first };
  for (guint i = 0; i < G_N_ELEMENTS (tries); i++)
    {
      if (!valid_dmy (day, month, tries[i]))
        continue;
      g_date_set_dmy (&d, (GDateDay) day, (GDateMonth) month, (GDateYear) tries[i]);
      int moved = g_date_days_between (ref, &d);
      if ((int) g_date_get_weekday (&d) == weekday && !(side < 0 && moved > 0)
          && !(side > 0 && moved < -WEEKDAY_LATE_REFERENCE))
        return tries[i];
    }
  return year;
}

/* The day @d as a value. */
TimexValue
value_day (const GDate *d)
{
  return value_calendar (g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
}

/* The ISO 8601 week @d falls in. */
TimexValue
value_week (const GDate *d)
{
  /* ISO week-numbering year: the year of the week's Thursday. */
  GDate thursday = *d;
  int wd = g_date_get_weekday (d);
  if (wd < 4)
    g_date_add_days (&thursday, 4 - wd);
  else
    g_date_subtract_days (&thursday, wd - 4);
  return (TimexValue){ .kind = VALUE_WEEK, .year = g_date_get_year (&thursday),
                       .week = (int) g_date_get_iso8601_week_of_year (d) };
}

/* The year, month, week or day (@grain 'Y', 'M', 'W', 'D') @step of them
 * from @from. */
TimexValue
counted_from (const GDate *from, char grain, int step)
{
  GDate d = *from;
  if (grain == 'Y')
    return value_calendar (g_date_get_year (&d) + step, 0, 0);
  if (grain == 'M')
    {
      step < 0 ? g_date_subtract_months (&d, -step) : g_date_add_months (&d, step);
      return value_calendar (g_date_get_year (&d), g_date_get_month (&d), 0);
    }
  int days = grain == 'W' ? 7 * step : step;
  days < 0 ? g_date_subtract_days (&d, -days) : g_date_add_days (&d, days);
  return grain == 'W' ? value_week (&d) : value_day (&d);
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
