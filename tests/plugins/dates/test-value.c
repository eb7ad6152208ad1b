/* test-value.c: the dates stage's TIMEX value (plugins/dates/value.c), the
 * one place a value becomes text, and the calendar arithmetic that fills
 * it (calendar.c): each kind written as TIMEX3 writes it, parts nothing
 * told written X, what a stand-in reference leaves after masking, and the
 * order ranges are decided by. */
#include "../../../plugins/dates/dates-private.h"

#include <string.h>

/* @v as text (transfer full). */
static char *
text_of (const TimexValue *v)
{
  GString *out = g_string_new (NULL);
  value_append (out, v);
  return g_string_free (out, FALSE);
}

static void
assert_text (const TimexValue *v, const char *expected)
{
  g_autofree char *text = text_of (v);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_calendar (void)
{
  TimexValue v = value_calendar (2025, 5, 29);
  assert_text (&v, "2025-05-29");
  v = value_calendar (2025, 5, 0);
  assert_text (&v, "2025-05");
  v = value_calendar (987, 0, 0);
  assert_text (&v, "0987");
  v = value_calendar (VALUE_X, 11, 9);
  assert_text (&v, "XXXX-11-09");
  v = value_calendar (2004, 10, VALUE_X);
  assert_text (&v, "2004-10-XX");
  v = value_calendar (2004, VALUE_X, 0);
  assert_text (&v, "2004-XX");
  /* a year past TIMEX3's four digits is written whole, as printf would */
  v = value_calendar (12345, 1, 2);
  assert_text (&v, "12345-01-02");
}

static void
test_time_of_day (void)
{
  TimexValue v = value_calendar (2024, 3, 6);
  v.clock = CLOCK_TIME, v.hour = 9, v.minute = 5;
  assert_text (&v, "2024-03-06T09:05");
  v.utc = TRUE;
  assert_text (&v, "2024-03-06T09:05Z");
  v = value_calendar (2024, 3, 5);
  v.clock = CLOCK_PART, v.part = "NI";
  assert_text (&v, "2024-03-05TNI");
  g_assert_false (value_is_day (&v)); /* a time of day is no day */
  TimexValue weekday = { .kind = VALUE_WEEK,
                         .year = VALUE_X,
                         .week = VALUE_X,
                         .weekday = 2,
                         .clock = CLOCK_PART,
                         .part = "NI" };
  assert_text (&weekday, "XXXX-WXX-2TNI");
}

static void
test_other_kinds (void)
{
  TimexValue v = { .kind = VALUE_WEEK, .year = 2024, .week = 9, .weekend = TRUE };
  assert_text (&v, "2024-W09-WE");
  v = (TimexValue){ .kind = VALUE_WEEK, .year = VALUE_X, .week = VALUE_X, .weekday = 7 };
  assert_text (&v, "XXXX-WXX-7");
  v = value_period (1989, 'H', 2);
  assert_text (&v, "1989-H2");
  v = value_period (VALUE_X, 'Q', VALUE_X);
  assert_text (&v, "XXXX-QX");
  v = (TimexValue){ .kind = VALUE_SEASON, .year = 2005, .code = "SU" };
  assert_text (&v, "2005-SU");
  v = (TimexValue){ .kind = VALUE_DECADE, .year = 199 };
  assert_text (&v, "199");
  v = (TimexValue){ .kind = VALUE_CENTURY, .year = 19 };
  assert_text (&v, "19");
  v = (TimexValue){ .kind = VALUE_DECADE, .year = VALUE_X };
  assert_text (&v, "XXX");
  v = (TimexValue){ .kind = VALUE_REF, .ref = REF_PAST };
  assert_text (&v, "PAST_REF");
  v = (TimexValue){ .kind = VALUE_LEXICON, .code = "P1W" };
  assert_text (&v, "P1W");
  /* a lexicon's ref: TIMEX3's three by kind, anything else as written */
  v = value_ref ("FUTURE_REF");
  g_assert_cmpint (v.kind, ==, VALUE_REF);
  assert_text (&v, "FUTURE_REF");
  v = value_ref ("XXXX-SU");
  g_assert_cmpint (v.kind, ==, VALUE_LEXICON);
  g_assert_true (value_year_unknown (&v));
  assert_text (&v, "XXXX-SU");
  v = (TimexValue){ .kind = VALUE_NONE };
  assert_text (&v, "");
}

static void
test_durations (void)
{
  static const struct
  {
    double count;
    const char *unit, *text;
  } cases[] = {
    { 3, "D", "P3D" },
    { 6, "H", "PT6H" },
    { 2.5, "Y", "P2Y6M" },
    { 5.5, "H", "PT5H30M" },
    { 1.5, "MIN", "PT1M30S" },
    { 0.5, "D", "PT12H" },
    { 2, "DE", "P20Y" },
    { 1, "CE", "P100Y" },
    { 3, "2W", "P6W" },
    { -1, "Y", "PXY" },
    { -1, "H", "PTXH" },
    { 4.69, "S", "PT4.69S" },
    { 1e10, "Y", "P10000000000Y" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      TimexValue v = value_duration (cases[i].count, cases[i].unit);
      assert_text (&v, cases[i].text);
    }
}

/* A value computed from a stand-in reference keeps only what was named. */
static void
test_mask (void)
{
  TimexValue v = value_calendar (2000, 6, 14);
  value_mask (&v, FALSE);
  assert_text (&v, "XXXX-XX-XX");
  g_assert_true (value_year_unknown (&v));
  v = value_calendar (2000, 6, 0);
  value_mask (&v, TRUE);
  assert_text (&v, "XXXX-06");
  v = value_period (2000, 'Q', 2);
  value_mask (&v, FALSE);
  assert_text (&v, "XXXX-QX");
  v = (TimexValue){ .kind = VALUE_WEEK, .year = 2000, .week = 24, .weekend = TRUE };
  value_mask (&v, FALSE);
  assert_text (&v, "XXXX-WXX-WE");
  v = (TimexValue){ .kind = VALUE_DECADE, .year = 200 };
  value_mask (&v, FALSE);
  assert_text (&v, "XXX");
  /* a count never came from the reference */
  v = value_duration (10, "D");
  value_mask (&v, FALSE);
  assert_text (&v, "P10D");
}

static void
test_dates_and_order (void)
{
  GDate d;
  TimexValue v = value_calendar (2024, 2, 29);
  g_assert_true (value_to_date (&v, &d));
  g_assert_cmpint (g_date_get_day (&d), ==, 29);
  v = value_calendar (2023, 2, 29);
  g_assert_false (value_to_date (&v, &d));
  v = value_calendar (VALUE_X, 2, 3);
  g_assert_false (value_to_date (&v, &d));
  g_assert_true (value_is_day (&v));
  g_assert_false (value_is_dated (&v));

  /* ISO weeks: 2005-01-01 is a Saturday of 2004's last week */
  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, 1, 2005);
  v = value_week (&d);
  assert_text (&v, "2004-W53");
  v = counted_from (&d, 'M', -1);
  assert_text (&v, "2004-12");
  v = counted_from (&d, 'D', 1);
  assert_text (&v, "2005-01-02");

  TimexValue a = value_calendar (2009, 0, 0), b = value_calendar (2011, 0, 0);
  g_assert_cmpint (value_compare (&a, &b), <, 0);
  g_assert_cmpint (value_compare (&b, &a), >, 0);
  g_assert_cmpint (value_compare (&a, &a), ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/value/calendar", test_calendar);
  g_test_add_func ("/dates/value/time-of-day", test_time_of_day);
  g_test_add_func ("/dates/value/other-kinds", test_other_kinds);
  g_test_add_func ("/dates/value/durations", test_durations);
  g_test_add_func ("/dates/value/mask", test_mask);
  g_test_add_func ("/dates/value/dates-and-order", test_dates_and_order);
  return g_test_run ();
}
