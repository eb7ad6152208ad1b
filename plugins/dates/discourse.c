/* discourse.c: what the expressions found so far in a document tell the
 * next one.  A clock time right after a day is on that day ("next Friday
 * at 3 p.m."); "a year earlier" keeps the grain of the quarter or month
 * named just before ("third-quarter net fell from $6 million a year
 * earlier" is 1988-Q3); "that year", "the following week" count from the
 * last date of their grain named before them.  Each is a named update of
 * one struct, Discourse, carried through a document's expressions. */
#include "dates-private.h"
#include "tense.h"

#include <string.h>


/* The longest gap, in bytes, between a day and a clock time of the same
 * phrase: "on 27 February, kick-off 1500 GMT", "Saturday's game (1500
 * GMT)", "on Tuesday, at about 0200 local time". */
#define JOIN_REACH 24

/* Whether the text between a day and a clock time joins them into one
 * phrase: spaces, a comma, an opening bracket, the day's "'s", the words
 * "at", "from", "around", "about", "by", "until" ("Friday, at 3 p.m.",
 * "May 29 around noon"), and at most two other words in lowercase that
 * name what happens then ("kick-off", "game"): no word that opens a
 * clause of its own (kind `clause`, `coordinator` and the like: "on
 * Friday and will speak at 3pm"), no name, and no finite verb, the
 * verb of a clause of its own: a past (in -ed or irregular), a word of
 * kind `finite` ("is", "will"), or a word in -s, a present ("founded on
 * 4 May 1950, opens at 1000 GMT") or the plural subject of one ("He quit
 * on Monday, shops shut at 1700").  A day @far from the reference (a
 * year away) lends its day only to a time with no word but the links
 * between ("The raid on 27 February 2004, at 1500 GMT"; "Since 11
 * September 2001, flight times change at 2300 GMT" is today's). */
static gboolean
joins_day (const Dates *d, const char *p, const char *end, gboolean far)
{
  static const char *const links[] = { "at", "from", "around", "about", "by", "until" };
  if (end - p > JOIN_REACH)
    return FALSE;
  const char *text = p;
  if (g_str_has_prefix (p, "'s ") || g_str_has_prefix (p, "\u2019s "))
    p += p[0] == '\'' ? 2 : 4;
  guint others = 0;
  while (p < end)
    {
      if (*p == ' ' || *p == ',' || *p == '(')
        {
          p++;
          continue;
        }
      const char *w = p;
      while (p < end && (g_ascii_isalpha (*p) || (*p == '-' && p > w)))
        p++;
      gsize n = p - w;
      if (n == 0 || (p < end && *p != ' ' && *p != ',' && *p != '('))
        return FALSE;
      gboolean link = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (links) && !link; i++)
        link = n == strlen (links[i]) && g_ascii_strncasecmp (w, links[i], n) == 0;
      if (link)
        continue;
      gsize w_end;
      if (far || ++others > 2 || !g_ascii_islower (*w) || regular_past (w, n) || word_opens_clause (d, text, w - text)
          || (n > 2 && w[n - 1] == 's' && w[n - 2] != 's') || word_at_in (d->finite_words, text, w - text, &w_end)
          || past_form_at (d, text, w - text, end - text) > 0)
        return FALSE;
    }
  return TRUE;
}

/* Whether the text between a clock time and a day after it makes them one
 * expression, as TIMEX3 writes it ("5 p.m. EST, Nov. 9", "noon on
 * Thursday", "16:00 UTC today"): spaces, a comma, "on". */
gboolean
joins_following_day (const char *p, const char *end)
{
  if (end - p > 6)
    return FALSE;
  while (p < end && (*p == ' ' || *p == ','))
    p++;
  if (end - p >= 3 && g_ascii_strncasecmp (p, "on ", 3) == 0)
    p += 3;
  while (p < end && *p == ' ')
    p++;
  return p == end;
}

/* How many days a day named may lie from the reference and still give a
 * clock time after it its day: a report's days are recent ones; "He was
 * born on 5 May 1960.  At 3pm he spoke" is today's 3pm. */
#define DAY_BEFORE_REACH 31

/* Whether the day @named lies within DAY_BEFORE_REACH days of @ref's day
 * (the reference's, which an open clock time holds), and @t's clause lets
 * it take that day (t->borrow); unknown, not. */
static gboolean
near_reference (const TimexValue *named, const Timex *t)
{
  GDate a, b;
  /* the reference's day: the value's, without its clock, or the anchor
   * of a week counted from it */
  const TimexValue *ref = t->value.kind == VALUE_CALENDAR ? &t->value : &t->anchor;
  TimexValue day = value_calendar (ref->year, ref->month, ref->day);
  if (!value_to_date (named, &a) || !value_to_date (&day, &b))
    return FALSE;
  int apart = g_date_days_between (&a, &b);
  /* a present clause's time, only on a day to come (Borrow) */
  return apart <= (t->borrow == BORROW_AHEAD ? 0 : DAY_BEFORE_REACH) && apart >= -DAY_BEFORE_REACH;
}

void
discourse_mark_before (Timex *t, const char *code, int step, const char *mod, const char *shift)
{
  if (step != 0 || mod == NULL || shift == NULL || g_ascii_strcasecmp (shift, "the") != 0)
    return;
  /* "earlier in the day", "by the end of the day" */
  t->day_before = strcmp (code, "D") == 0;
  /* "earlier in the week", "later in the week"; not "by the end of the
   * week" after "last Saturday", which is this one's */
  t->week_before = strcmp (code, "W") == 0
                   && (g_ascii_strncasecmp (mod, "earlier", 7) == 0 || g_ascii_strncasecmp (mod, "later", 5) == 0);
}

/* Whether the day @named lies more than a year from the reference's day
 * (@t's value or anchor), a day of history rather than of the report;
 * unknown, not. */
static gboolean
far_from_reference (const TimexValue *named, const Timex *t)
{
  GDate a, b;
  const TimexValue *ref = t->value.kind == VALUE_CALENDAR ? &t->value : &t->anchor;
  TimexValue day = value_calendar (ref->year, ref->month, ref->day);
  if (!value_to_date (named, &a) || !value_to_date (&day, &b))
    return FALSE;
  return ABS (g_date_days_between (&a, &b)) > 366;
}

/* How far after an event's noun its sentence's verb is looked for. */
#define EVENT_VERB_REACH 160

/* Whether the sentence after an event's noun ending at @from tells an
 * event done, a verb in the past before its stop ("funeral, crowds
 * formed a queue", "funeral was held"): four letters at least, as
 * tense_borrow() reads them. */
static gboolean
event_told_done (const Dates *d, const char *text, gsize from)
{
  for (gsize at = from; at < from + EVENT_VERB_REACH && text[at] != '\0' && text[at] != '\n'; at++)
    {
      if (strchr (".!?", text[at]) && (text[at + 1] == ' ' || text[at + 1] == '\0' || text[at + 1] == '\n'))
        return FALSE;
      if (!g_ascii_isalpha (text[at]) || g_ascii_isalnum (text[at - 1]))
        continue;
      gsize e = at;
      while (g_ascii_isalpha (text[e]))
        e++;
      if ((e - at > 3 && regular_past (text + at, e - at)) || past_form_at (d, text, at, e))
        return TRUE;
      at = e;
    }
  return FALSE;
}

void
discourse_place_time (const Dates *d, const Discourse *ds, const char *text, Timex *t)
{
  if (ds->last_day_end == 0)
    return;
  /* a time that dates an event named right after it ("Before the midday
   * funeral", "the morning session") is that event's day, the one the
   * story tells, named however far back, where its sentence tells an
   * event done ("crowds formed a queue"): one to come is on a day of its
   * own ("The midday memorial is on Friday" after "He died on Saturday") */
  gsize event_end;
  gsize reach = t->day_before && t->start - ds->last_day_end > ANAPHOR_REACH && text[t->end] == ' '
                        && word_at_in (d->event_words, text, t->end + 1, &event_end)
                        && event_told_done (d, text, event_end)
                    ? G_MAXSIZE
                    : ANAPHOR_REACH;
  if (t->day_open && joins_day (d, text + ds->last_day_end, text + t->start, far_from_reference (&ds->last_day, t)))
    timex_set_day (t, &ds->last_day);
  else if (t->week_before && t->start - ds->last_day_end <= ANAPHOR_REACH && near_reference (&ds->last_day, t))
    {
      /* "On Friday he resigned.  Earlier in the week he had denied it":
       * Friday's week */
      GDate day;
      if (value_to_date (&ds->last_day, &day))
        t->value = value_week (&day), t->anchor = ds->last_day;
    }
  else if (t->day_before && t->start - ds->last_day_end <= reach && value_is_dated (&ds->last_day)
           && t->value.clock != CLOCK_PART && near_reference (&ds->last_day, t))
    {
      /* "The attack came on Friday. ... By 4pm it was over", "Earlier
       * in the day": the day named a sentence or two before, as TimeBank
       * dates "10 p.m" and "Earlier that day".  The time stays open to a
       * day written right after it ("at 3 p.m. on Monday"). */
      t->value.year = ds->last_day.year;
      t->value.month = ds->last_day.month;
      t->value.day = ds->last_day.day;
      t->anchor = ds->last_day;
      if (strcmp (t->resolution, "underspecified") != 0)
        t->resolution = "relative";
    }
}

/* The last month of the period @v names (a quarter, a half, a month of
 * a year), counted from the year 0; 0 where it names none of these. */
static int
period_last_month (const TimexValue *v)
{
  if (v->year < 1 || v->year == VALUE_X)
    return 0;
  if (v->kind == VALUE_PERIOD && (v->period == 'Q' || v->period == 'H') && v->number >= 1 && v->number <= 4)
    return v->year * 12 + v->number * (v->period == 'Q' ? 3 : 6);
  if (v->kind == VALUE_CALENDAR && v->month >= 1 && v->month <= 12 && v->day == 0)
    return v->year * 12 + v->month;
  return 0;
}

/* The last period named as a whole: a range of months ("between July
 * and September", "April-June") is the quarter or half it fills
 * (2004-Q3), else the year it lies in (TimeML has no value for four
 * months, and TimeBank+AQUAINT no range of months to say otherwise: the
 * year is right at its grain where its last month is wrong); a range
 * over a new year stays at its last month. */
static TimexValue
compared_period (const Discourse *ds)
{
  const TimexValue *from = &ds->last_period_from, *to = &ds->last_period;
  if (from->kind != VALUE_CALENDAR || from->year != to->year)
    return *to;
  int first = from->month, last = to->month, n = last - first + 1;
  if ((n == 3 || n == 6) && last % n == 0)
    return value_period (to->year, n == 3 ? 'Q' : 'H', last / n);
  return value_calendar (to->year, 0, 0);
}

void
discourse_compare_period (const Discourse *ds, Timex *t)
{
  /* @t is a year ("a year ago"), years_back before the reference's.
   * Only "a year ago" compares a period with its like: "three years ago"
   * after "next month's championships" is a year, not 2002-04. */
  if (t->years_back != 1 || t->value.kind != VALUE_CALENDAR || t->value.month != 0 || t->value.year == VALUE_X)
    return;
  /* the reference's month, counted from the year 0 */
  int now = t->anchor.kind == VALUE_CALENDAR && t->anchor.month >= 1 ? t->anchor.year * 12 + t->anchor.month : 0;
  gboolean period_near = ds->last_period_end > 0 && t->start - ds->last_period_end <= PERIOD_REACH;
  /* A year written alone after the period ("in the last three months of
   * 2004 ... against 1.41bn a year earlier") is what is compared: the
   * year before it.  Only for "a year earlier", which counts from the
   * time just told ("a year ago" counts from the day of writing), and
   * only the year of the reference or the one before, the period of a
   * report: an earlier year is as often the rival named ("rose to 3bn
   * in 2004, from 1.4bn in 2003 ... from 3bn a year earlier"). */
  if (t->years_back_from == 'T' && ds->last_year_alone && ds->last_year_end > 0 && now > 0
      && t->start - ds->last_year_end <= PERIOD_REACH && ds->last_year * 12 + 12 >= now - 12
      && !(period_near && ds->last_period_end >= ds->last_year_end))
    {
      t->value.year = ds->last_year - 1;
      return;
    }
  if (!period_near)
    return;
  /* "a year earlier" after a period named: that period a year before
   * ("profit in the fourth quarter ... a year earlier" is 2003-Q4, read
   * in 2005), where the period ends at most a year before the reference
   * or after it (the report's; one further back is as often the rival
   * named: "down from $1bn in the fourth quarter of 2003 ... from $48.8bn
   * a year earlier").  "A year ago" only where the period is the
   * reference's year's, or the one just ended before the reference, up
   * to three months back, which a report of results names (the fourth
   * quarter in March): further back it counts from the day of writing
   * ("Sales rose in the third quarter of 2003.  A year ago the firm was
   * near collapse", read in 2005).  The adjectives ("the year-ago
   * quarter") keep to the reference's year: the period before them may
   * be the year-ago one already ("in the 1988 period.  The year-ago
   * results", read in 1989). */
  /* the period just named is itself the year-ago one, compared with the
   * report's named before it: "a year earlier", "a year ago" after
   * both are that one ("$5m in the fourth quarter of 2004, from $4m in
   * the fourth quarter of 2003 ... costs rose from $2m a year earlier") */
  if (ds->last_period_year_ago && t->years_back_from != 'O')
    {
      t->value = compared_period (ds);
      return;
    }
  int last = period_last_month (&ds->last_period);
  int reach = t->years_back_from == 'T' ? 12 : t->years_back_from == 'N' ? 3 : -1;
  gboolean compared = ds->last_period.year - 1 == t->value.year
                      || (now > 0 && last > 0 && reach >= 0 && last >= now - reach
                          && (last < now || t->years_back_from == 'T'));
  if (compared && (last > 0 || ds->last_period.kind == VALUE_SEASON))
    {
      t->value = compared_period (ds);
      t->value.year -= t->years_back;
    }
}

void
discourse_same_period (const Discourse *ds, const char *text, Timex *t)
{
  /* "the previous year", "the prior year" right after "the same period"
   * say which year that period is in, the one compared: its own year,
   * not the year before it (read alone they count back from it) */
  if (t->refers == 'Y' && t->refers_step == -1 && ds->last_period_end >= 11 && t->start == ds->last_period_end + 1
      && g_ascii_strncasecmp (text + ds->last_period_end - 11, "same period", 11) == 0
      && ds->last_period.year >= 1 && ds->last_period.year <= 9999)
    {
      t->value = value_calendar (ds->last_period.year, 0, 0);
      t->refers = 0;
      return;
    }
  if (t->value.kind != VALUE_PERIOD || (text[t->start] != 't' && text[t->start] != 'T')
      || g_ascii_strncasecmp (text + t->start, "the same ", 9) != 0)
    return;
  const char *after = text + t->end;
  if (after[0] != ' ')
    return;
  gboolean named = ds->last_period_end != 0 && t->start - ds->last_period_end <= PERIOD_REACH;
  /* " last year", its own expression: the period named last, a year
   * back ("profit in the fourth quarter ... from $6m in the same period
   * last year" is 2003-Q4 read in 2005), or that one where it is already
   * the year-ago one of the period named before it */
  /* ... and so do the words that count the year back from the period
   * told ("the same period a year earlier", "a year before", "the
   * previous year", "the year before") */
  static const char *const back[] = { "last year", "a year earlier", "a year before", "the previous year",
                                      "the year before", "the prior year" };
  gsize n = 0;
  for (guint i = 0; i < G_N_ELEMENTS (back) && n == 0; i++)
    if (g_ascii_strncasecmp (after + 1, back[i], strlen (back[i])) == 0 && !g_ascii_isalnum (after[1 + strlen (back[i])]))
      n = strlen (back[i]);
  if (n > 0 && named)
    {
      t->value = compared_period (ds);
      t->value.year -= !ds->last_period_year_ago;
      return;
    }
  /* no period named before it: the reference's own, which the tagger
   * gave, still a year back as the words after it say ("sales were up
   * on the same period a year earlier": the year-ago quarter, as "a
   * year earlier" itself reads) */
  if (n > 0)
    {
      /* and counted back, it is no period of the report's own that "a
       * year earlier" after it counts back from again (discourse_note()) */
      if (t->value.year >= 1 && t->value.year <= 9999)
        t->value.year--, t->years_back = 1;
      return;
    }
  if (!named)
    return;
  /* the year written right after it, its own expression: " in 2003" */
  if (strncmp (after + 1, "in ", 3) != 0)
    return;
  after += 4;
  if ((after[0] != '1' && after[0] != '2') || !g_ascii_isdigit (after[1]) || !g_ascii_isdigit (after[2])
      || !g_ascii_isdigit (after[3]) || g_ascii_isalnum (after[4]))
    return;
  /* a period ended before the reference, which a report compares: not
   * the reference's own quarter, an earlier "the same period" read
   * alone ("up from $5m in the same period last year") */
  int now = t->anchor.kind == VALUE_CALENDAR && t->anchor.month >= 1 ? t->anchor.year * 12 + t->anchor.month : 0;
  int last = period_last_month (&ds->last_period);
  if (now == 0 || last == 0 || last >= now)
    return;
  t->value = compared_period (ds);
  t->value.year = (after[0] - '0') * 1000 + (after[1] - '0') * 100 + (after[2] - '0') * 10 + (after[3] - '0');
}

/* The Monday of the ISO week @v names, in @monday; FALSE where it names
 * none. */
static gboolean
week_monday (const TimexValue *v, GDate *monday)
{
  if (v->kind != VALUE_WEEK || v->year < 1 || v->year > 9998 || v->week < 1 || v->week > 53)
    return FALSE;
  /* 4 January is in week 1 */
  g_date_clear (monday, 1);
  g_date_set_dmy (monday, 4, G_DATE_JANUARY, (GDateYear) v->year);
  g_date_subtract_days (monday, g_date_get_weekday (monday) - 1);
  g_date_add_days (monday, (v->week - 1) * 7);
  return TRUE;
}

/* "The previous weekend", "the following week" after a week or weekend
 * named last ("took $20m at the weekend ... down on the previous
 * weekend", "was arrested last week; the previous week he had fled"):
 * one before or after that one, as "the following year" counts from a
 * year named, not from the reference's.  TRUE where it did. */
static gboolean
week_from_named (const Discourse *ds, Timex *t)
{
  GDate monday;
  if (t->refers != 'W' || t->refers_step == 0 || ds->last_week_end == 0 || ds->last_week_end < ds->last_named_end
      || t->start < ds->last_week_end || t->start - ds->last_week_end > ANAPHOR_REACH
      || !week_monday (&ds->last_week, &monday))
    return FALSE;
  gboolean weekend = t->value.kind == VALUE_WEEK && t->value.weekend;
  if (t->refers_step < 0)
    g_date_subtract_days (&monday, 7 * (guint) -t->refers_step);
  else
    g_date_add_days (&monday, 7 * (guint) t->refers_step);
  t->value = value_week (&monday);
  t->value.weekend = weekend;
  t->anchor = ds->last_week;
  t->resolution = "relative";
  return TRUE;
}

static void
resolve_anaphor_named (const Discourse *ds, Timex *t)
{
  if (week_from_named (ds, t))
    return;
  gboolean weekend = t->value.kind == VALUE_WEEK && t->value.weekend;
  /* "the following year", "the previous month" count from a date named
   * before however far back: from the reference they would be "next
   * year", "last month" ("an Oscar in 1973 ... nominated the following
   * year", three paragraphs on, is 1974); "that year" only within reach */
  /* "the next day" after "on a Thursday", some Thursday: no day known
   * to count from, nor is the reference's ("It fell on a Thursday, and
   * the next day the markets crashed") */
  if (t->refers == 'D' && ds->some_day_end > ds->last_named_end)
    {
      t->value = value_calendar (VALUE_X, VALUE_X, VALUE_X);
      return;
    }
  if (!t->refers || !ds->last_named_grain || (t->refers_step == 0 && t->start - ds->last_named_end > ANAPHOR_REACH))
    return;
  gboolean has_grain = t->refers == 'Y' || ds->last_named_grain == 'D'
                       || (t->refers == 'M' && ds->last_named_grain == 'M');
  int y = ds->last_named[0], mo = ds->last_named_grain == 'M' ? ds->last_named[1] : 0;
  if (has_grain)
    {
      GDate named;
      g_date_clear (&named, 1);
      g_date_set_dmy (&named, ds->last_named[2], ds->last_named[1], y);
      t->value = counted_from (&named, t->refers, t->refers_step);
      t->value.weekend = weekend && t->value.kind == VALUE_WEEK;
      t->anchor = value_calendar (y, ds->last_named[1], ds->last_named[2]);
      t->resolution = "relative";
    }
  else if (t->refers_step == 0)
    {
      /* "that week" in 2004 is some week of it, 2004-WXX; "that day" in
       * October 2004 a day of that month, 2004-10-XX */
      if (t->refers == 'W')
        t->value = (TimexValue){ .kind = VALUE_WEEK, .year = y, .week = VALUE_X };
      else
        t->value = value_calendar (y, mo ? mo : VALUE_X, t->refers == 'D' ? VALUE_X : 0);
      t->anchor = value_calendar (y, mo, 0);
      t->resolution = "relative";
    }
}

void
discourse_resolve_anaphor (const Discourse *ds, Timex *t)
{
  resolve_anaphor_named (ds, t);
  /* "the same week in 2004": the month, week or day named before (or
   * the reference's, with none), in the year written after it; a week
   * keeps its number, a day its month and day */
  if (t->refers_year == 0 || t->refers == 'Y')
    return;
  TimexValue *v = &t->value;
  if (v->kind == VALUE_CALENDAR && v->year != VALUE_X)
    {
      /* the 29th of February of a leap year in a year of none: no day */
      if (v->month == 2 && v->day == 29 && !g_date_is_leap_year ((GDateYear) t->refers_year))
        v->day = VALUE_X;
      v->year = t->refers_year;
    }
  else if (v->kind == VALUE_WEEK && v->year != VALUE_X)
    v->year = t->refers_year;
}

void
discourse_weekday_aside (const Discourse *ds, const char *text, Timex *t)
{
  /* "yesterday (Wednesday)", "on 5 March [Saturday]": a weekday in
   * brackets right after a day names that day again, whatever the
   * reference makes of it alone; it is not noted as its weekday's first
   * mention, which the day before may not be (the reference's week may
   * not be the writer's) */
  if (t->weekday_read == 2 || t->weekday < 1 || t->weekday > 7 || t->value.kind != VALUE_CALENDAR
      || ds->last_day_end == 0 || t->start < ds->last_day_end + 2
      || t->start > ds->last_day_end + 3 || !value_is_day (&ds->last_day))
    return;
  const char *gap = text + ds->last_day_end;
  char open = gap[t->start - ds->last_day_end - 1], close = text[t->end];
  if (gap[0] != ' ' || (t->start - ds->last_day_end == 3 && gap[1] != ' ')
      || !((open == '(' && close == ')') || (open == '[' && close == ']')))
    return;
  /* only where the weekdays agree: "yesterday (Wednesday)" said on a
   * Tuesday names no one day, and the weekday alone keeps its own rules */
  GDate day;
  if (!value_to_date (&ds->last_day, &day) || (int) g_date_get_weekday (&day) != t->weekday)
    return;
  /* its part of the day stays ("yesterday (Wednesday night)") */
  t->value.year = ds->last_day.year, t->value.month = ds->last_day.month, t->value.day = ds->last_day.day;
  t->weekday_read = 0;
}

void
discourse_weekday_again (const Discourse *ds, const char *text, Timex *t)
{
  if (t->weekday_read != 1 || t->weekday < 1 || t->weekday > 7 || t->value.kind != VALUE_CALENDAR)
    return;
  const TimexValue *first = &ds->weekday_first[t->weekday];
  if (first->kind == VALUE_NONE)
    return;
  const char *after = text + t->end;
  gboolean possessive = g_str_has_prefix (after, "'s") || g_str_has_prefix (after, "\u2019s");
  gboolean the = t->start >= 4 && g_ascii_strncasecmp (text + t->start - 4, "the ", 4) == 0
                 && (t->start == 4 || !g_ascii_isalnum (text[t->start - 5]));
  /* only a coming day, named again in a past (a report's, "was only a
   * first step"): a day gone by named again is as often another week's
   * ("lost on Saturday ... will meet them in Saturday's match") */
  if ((!possessive && !the) || value_compare (first, &t->value) <= 0 || t->anchor.kind != VALUE_CALENDAR
      || value_compare (&t->value, &t->anchor) >= 0 || value_compare (first, &t->anchor) <= 0)
    return;
  t->value.year = first->year, t->value.month = first->month, t->value.day = first->day;
}

/* @t, a period of a year ending at @end, is the last named; where it
 * ends a range of months ("between July and September"), its first
 * month goes with it (compared_period()). */
static void
note_period (Discourse *ds, const Timex *t, gsize end)
{
  const TimexValue *from = &t->range_start;
  gboolean months = t->ranged && from->kind == VALUE_CALENDAR && from->month >= 1 && from->day == 0
                    && t->value.kind == VALUE_CALENDAR && t->value.month >= 1 && t->value.day == 0
                    && value_compare (&t->value, &t->range_end) == 0;
  ds->last_period = t->value, ds->last_period_end = end;
  ds->last_period_from = months ? *from : (TimexValue){ .kind = VALUE_NONE };
}

void
discourse_note (Discourse *ds, const Timex *t, gsize end)
{
  const TimexValue *v = &t->value;
  if (t->year_open && t->weekday == 0 && v->kind == VALUE_CALENDAR && v->month >= 1 && v->month <= 12 && v->day >= 1
      && v->day <= 31 && v->year >= 1 && v->year <= 9999 && t->anchor.kind == VALUE_CALENDAR && t->anchor.day >= 1
      && ds->day_first_year[v->month - 1][v->day - 1] == 0)
    ds->day_first_year[v->month - 1][v->day - 1] = (guint16) v->year;
  if (t->year_open && v->kind == VALUE_CALENDAR && v->month >= 1 && v->month <= 12 && v->day == 0
      && v->year >= 1 && v->year <= 9999)
    ds->month_open_year[v->month - 1] = (guint16) v->year;
  if (t->weekday_read && t->weekday >= 1 && t->weekday <= 7 && ds->weekday_first[t->weekday].kind == VALUE_NONE
      && v->kind == VALUE_CALENDAR && v->day >= 1)
    ds->weekday_first[t->weekday] = value_calendar (v->year, v->month, v->day);
  /* a year known, in four digits */
  gboolean dated = strcmp (t->type, "DATE") == 0 && value_is_dated (v) && v->kind != VALUE_DECADE
                   && v->kind != VALUE_CENTURY && v->kind != VALUE_LEXICON && v->year <= 9999;
  /* a year as written, for the days and months named after it in its
   * sentence; any other date named in between is the nearer anchor,
   * but not "the year" that took it ("In 2004 ... Early in the year ...
   * Later in the year") */
  if (dated && !(t->the_year && v->year == ds->last_year)
      /* nor "a year earlier", the year before it compared with it */
      && !(t->years_back && ds->last_year_alone && v->year == ds->last_year - t->years_back))
    {
      gboolean written = strcmp (t->resolution, "absolute") == 0 && v->kind == VALUE_CALENDAR;
      ds->last_year = written ? v->year : 0;
      ds->last_year_end = written ? end : 0;
      /* four digits alone, no "early" or "the end of" */
      ds->last_year_alone = written && v->month == 0 && t->mod == NULL && t->end - t->start == 4;
    }
  /* placed ahead by a cue of its clause's tense, not by the reference
   * alone ("engaged in February" read in January) */
  if (t->year_open && t->year_by_tense && v->kind == VALUE_CALENDAR && v->month >= 1 && v->month <= 12 && v->day != VALUE_X
      && t->anchor.kind == VALUE_CALENDAR && t->anchor.month >= 1
      && (v->year * 12 + v->month > t->anchor.year * 12 + t->anchor.month
          || (v->year * 12 + v->month == t->anchor.year * 12 + t->anchor.month && v->day > t->anchor.day)))
    ds->last_ahead = *v, ds->last_ahead_end = end;
  if (v->kind == VALUE_WEEK && v->year == VALUE_X && v->weekday != 0)
    ds->some_day_end = end;
  if (strcmp (t->type, "DATE") == 0 && v->kind == VALUE_WEEK && v->year >= 1 && v->week >= 1 && v->week <= 53)
    ds->last_week = *v, ds->last_week_end = end;
  if (dated && value_is_day (v))
    ds->last_day = *v, ds->last_day_end = end;
  /* a time on a day written ("will unveil plans on Thursday night ...
   * start the meeting at 1830 GMT") names that day too */
  else if (strcmp (t->type, "TIME") == 0 && !t->day_before && v->kind == VALUE_CALENDAR && v->year >= 1
           && v->month >= 1 && v->day >= 1)
    ds->last_day = value_calendar (v->year, v->month, v->day), ds->last_day_end = end;
  /* A quarter, a half, a season or a month of a year: "the third
   * quarter", "in September". */
  gboolean period = v->kind == VALUE_PERIOD || v->kind == VALUE_SEASON
                    || (v->kind == VALUE_CALENDAR && v->month != 0 && v->day == 0);
  if (dated && period && !t->years_back)
    {
      /* the period a report compares with, named after its own ("in the
       * last three months of 2004 ... from $9m in the fourth quarter of
       * 2003"): "a year earlier" after it is that one, not a year before
       * it (discourse_compare_period()) */
      int before = ds->last_period_end > 0 && t->start - ds->last_period_end <= PERIOD_REACH
                       ? period_last_month (&ds->last_period)
                       : 0;
      int now_named = period_last_month (v);
      ds->last_period_year_ago = before > 0 && now_named > 0 && now_named == before - 12;
      note_period (ds, t, end);
    }
  /* A date named, every part of it known, for "that year" and the like
   * after it; "the year", "the month" name no new one, but the period
   * a report is about, which the next "the month" takes too. */
  gboolean known = v->kind == VALUE_CALENDAR ? v->month != VALUE_X && v->day != VALUE_X
                   : v->kind == VALUE_WEEK   ? v->week != VALUE_X
                   : v->kind == VALUE_PERIOD ? v->number != VALUE_X
                   : v->kind == VALUE_SEASON ? strchr (v->code, 'X') == NULL
                                             : FALSE;
  if (dated && !t->refers && !t->the_year && known)
    {
      int y = v->year, mo = v->kind == VALUE_CALENDAR ? v->month : 0;
      int dd = v->kind == VALUE_CALENDAR ? v->day : 0;
      if (y >= 1 && valid_dmy (dd ? dd : 1, mo ? mo : 1, y))
        {
          if (ds->last_named_grain == 'M')
            ds->month_before[0] = ds->last_named[0], ds->month_before[1] = ds->last_named[1],
            ds->month_before_end = ds->last_named_end;
          ds->last_named[0] = y, ds->last_named[1] = mo ? mo : 1, ds->last_named[2] = dd ? dd : 1;
          ds->last_named_grain = dd ? 'D' : mo ? 'M' : 'Y';
          ds->last_named_end = end;
        }
    }
}

/* Whether the @n bytes before @end in @text, ignoring case, are @word and
 * one space; @start: the text's start. */
static gboolean
ends_with_word (const char *start, const char *end, const char *word)
{
  gsize n = strlen (word);
  if ((gsize)(end - start) < n + 1 || end[-1] != ' '
      || g_ascii_strncasecmp (end - n - 1, word, n) != 0)
    return FALSE;
  return end - n - 1 == start || !g_ascii_isalnum (*(end - n - 2));
}

void
discourse_range (const char *text, Timex *first, Timex *second)
{
  static const char *const to[] = { " to ", " until ", " till ", " through ", "-", "\u2013" };
  /* the gap first, the cheapest test: no word of @to (nine bytes at
   * most) nor " and " fits a longer one, and most pairs are sentences
   * apart (discourse_range() 8.8M instructions on the bench's 20 MB,
   * callgrind, most of it the tests below for such pairs) */
  if (second->start < first->end || second->start - first->end > strlen (" through "))
    return;
  if (first->ranged || strcmp (first->type, "DATE") || strcmp (second->type, "DATE") || first->mod
      || second->mod || !value_is_dated (&first->value) || !value_is_dated (&second->value))
    return;
  gboolean between = ends_with_word (text, text + first->start, "between");
  /* a day written alone before a dash needs no "from": "on 4-6 March"
   * is the range "from 4 to 6 March" is (first_day_before()) */
  gsize first_n = first->end - first->start;
  gboolean bare_day = first_n <= 2 && g_ascii_isdigit (text[first->start]) && g_ascii_isdigit (text[first->end - 1])
                      && (text[first->end] == '-' || g_str_has_prefix (text + first->end, "\u2013"));
  /* nor two months a dash joins: "April-June" is the months from one
   * to the other */
  gboolean dash = text[first->end] == '-' || g_str_has_prefix (text + first->end, "\u2013");
  gboolean bare_months = dash && g_ascii_isalpha (text[first->start]) && first->value.kind == VALUE_CALENDAR
                         && first->value.month >= 1 && first->value.day == 0 && second->value.kind == VALUE_CALENDAR
                         && second->value.month >= 1 && second->value.day == 0;
  if (!between && !bare_day && !bare_months && !ends_with_word (text, text + first->start, "from"))
    return;
  const char *gap = text + first->end;
  gsize n = second->start - first->end;
  gboolean joined = between ? n == 5 && g_ascii_strncasecmp (gap, " and ", 5) == 0 : FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (to) && !between && !joined; i++)
    joined = n == strlen (to[i]) && g_ascii_strncasecmp (gap, to[i], n) == 0;
  if (!joined)
    return;
  /* "between July and September 2004": a month without its year takes
   * the end's, or the year before when it comes later in a year */
  TimexValue *a = &first->value, *b = &second->value;
  gboolean a_period = a->kind == VALUE_PERIOD || a->kind == VALUE_SEASON
                      || (a->kind == VALUE_CALENDAR && a->month != 0 && a->day == 0);
  gboolean b_below_year = b->kind != VALUE_DECADE && b->kind != VALUE_CENTURY && b->kind != VALUE_LEXICON
                          && (b->kind != VALUE_CALENDAR || b->month != 0);
  if (strcmp (first->resolution, "absolute") != 0 && strcmp (second->resolution, "absolute") == 0 && a_period
      && b_below_year && a->year <= 9999 && b->year <= 9999)
    {
      int a_month = a->kind == VALUE_CALENDAR && a->month > 0 ? a->month : 0;
      int b_month = b->kind == VALUE_CALENDAR && b->month > 0 ? b->month : 0;
      a->year = b->year - (a_month > b_month);
      first->resolution = "absolute";
      first->anchor.kind = VALUE_NONE;
    }
  /* "From January to June", both ends' years left to the tense, each
   * placed alone: read on 1 March in a past, January is this year's and
   * June, ahead, last year's.  One range is one stretch of months: where
   * the end lies before the reference the tense placed it and the start
   * takes its year; else the start placed the range ahead ("from January
   * to June the road will close", January next year's) and the end takes
   * the start's.  Only months in their calendar order: "swapped from
   * May to April" tells a change, no stretch */
  if (value_compare (a, b) >= 0 && strcmp (first->resolution, "absolute") != 0
      && strcmp (second->resolution, "absolute") != 0 && a->kind == VALUE_CALENDAR && b->kind == VALUE_CALENDAR
      && a->month >= 1 && a->day == 0 && b->month >= a->month && b->day == 0 && a->year <= 9999 && b->year <= 9999
      && second->anchor.kind == VALUE_CALENDAR)
    {
      if (value_compare (b, &second->anchor) < 0)
        a->year = b->year;
      else
        b->year = a->year;
    }
  if (value_compare (a, b) >= 0)
    return;
  first->ranged = second->ranged = TRUE;
  first->range_start = second->range_start = *a;
  first->range_end = second->range_end = *b;
}

/* The most words between a day and "in YEAR" after it that are not a
 * name's: the noun the day dates ("the 5 May election in 2005"); a second
 * is a clause's ("on 5 March hit levels last seen in 2001"). */
#define YEAR_AFTER_WORDS 1

/* "Since the 11 September World Trade Centre attack in 2001": a day or
 * month without its year, then in its phrase "in" and a year of four
 * digits: that year is the day's.  The phrase: no mark between (a comma,
 * a bracket, a dash: "on 5 March, in 2001"), and besides "in" at most
 * one word in lowercase, and not a verb in the past ("Sales in March
 * rose in 2004": an irregular past or a word in -ed) nor of comparison
 * ("higher in March than in 2004": kind `compare`), any number in
 * capitals (names: "World Trade Centre").  TimeBank+AQUAINT and MEANTIME have no day so followed. */
void
discourse_year_after (const Dates *d, const char *text, Timex *first, const Timex *second)
{
  const TimexValue *y = &second->value;
  TimexValue *v = &first->value;
  if (!first->year_open || v->kind != VALUE_CALENDAR || y->kind != VALUE_CALENDAR || y->month != 0
      || second->mod || strcmp (second->resolution, "absolute") != 0 || second->end - second->start != 4
      || second->start < first->end + 4 || second->start - first->end > 80
      || g_ascii_strncasecmp (text + second->start - 4, " in ", 4) != 0)
    return;
  guint lower = 0;
  for (gsize i = first->end; i < second->start - 3;)
    {
      if (text[i] == ' ')
        {
          i++;
          continue;
        }
      if (!g_ascii_isalpha (text[i]))
        return;
      gsize w = i;
      while (i < second->start && (g_ascii_isalpha (text[i]) || text[i] == '\''))
        i++;
      if (g_ascii_islower (text[w])
          && (++lower > YEAR_AFTER_WORDS || word_before_in (d->compare_words, text, i, NULL)
              || regular_past (text + w, i - w) || past_form_at (d, text, w, i)))
        return;
    }
  if (v->day > 0 && !valid_dmy (v->day, v->month, y->year))
    return;
  v->year = y->year;
  first->year_open = FALSE;
  first->resolution = "absolute";
  first->anchor.kind = VALUE_NONE;
}
