/* test-date.c: assay_date_parse(), the one date rule, case by case:
 * each grain, times and zones, and each wrong form with its exact code and
 * the part of its message that tells the user what to write. */
#include "test-util.h"

#include <string.h>

typedef struct
{
  const char *text;
  AssayDate want;
} Good;

#define DAY ASSAY_DATE_GRAIN_DAY
static const Good good[] = {
  { "2025", { 2025, 0, 0, ASSAY_DATE_GRAIN_YEAR } },
  { "0001", { 1, 0, 0, ASSAY_DATE_GRAIN_YEAR } },
  { "2025-05", { 2025, 5, 0, ASSAY_DATE_GRAIN_MONTH } },
  { "2025-05-29", { 2025, 5, 29, DAY } },
  { "2024-02-29", { 2024, 2, 29, DAY } },
  { "2000-02-29", { 2000, 2, 29, DAY } },
  { "2025-05-29T15:23", { 2025, 5, 29, DAY, TRUE, 15, 23, 0 } },
  { "2025-05-29 15:23:07", { 2025, 5, 29, DAY, TRUE, 15, 23, 7 } },
  { "2025-05-29T15:23:07.125", { 2025, 5, 29, DAY, TRUE, 15, 23, 7 } },
  { "2025-05-29T15:23:07,5Z", { 2025, 5, 29, DAY, TRUE, 15, 23, 7, TRUE, 0 } },
  { "2025-05-29T15:23:00+01:00", { 2025, 5, 29, DAY, TRUE, 15, 23, 0, TRUE, 60 } },
  { "2025-05-29T15:23:00-0530", { 2025, 5, 29, DAY, TRUE, 15, 23, 0, TRUE, -330 } },
  { "2025-05-29T15:23+08", { 2025, 5, 29, DAY, TRUE, 15, 23, 0, TRUE, 480 } },
  { "2025-05-29T24:00:00", { 2025, 5, 29, DAY, TRUE, 24, 0, 0 } },
  { "2016-12-31T23:59:60Z", { 2016, 12, 31, DAY, TRUE, 23, 59, 60, TRUE, 0 } },
};

typedef struct
{
  const char *text;
  AssayDateError code;
  const char *says; /* a part of the message */
} Bad;

static const Bad bad[] = {
  { "", ASSAY_DATE_ERROR_SYNTAX, "four-digit year" },
  { "25", ASSAY_DATE_ERROR_SYNTAX, "four-digit year" },
  { "May 2025", ASSAY_DATE_ERROR_SYNTAX, "four-digit year" },
  { "03-02-2009", ASSAY_DATE_ERROR_SYNTAX, "ambiguous" },
  { "3.2.2009", ASSAY_DATE_ERROR_SYNTAX, "ambiguous" },
  { "02/03/2009", ASSAY_DATE_ERROR_SYNTAX, "ambiguous" },
  { "20250529", ASSAY_DATE_ERROR_SYNTAX, "'20250529'" },
  { "2025 ", ASSAY_DATE_ERROR_SYNTAX, "may follow the year" },
  { " 2025", ASSAY_DATE_ERROR_SYNTAX, "four-digit year" },
  { "2025-", ASSAY_DATE_ERROR_SYNTAX, "month is not two digits" },
  { "2025-5-29", ASSAY_DATE_ERROR_SYNTAX, "month is not two digits" },
  { "2025-13", ASSAY_DATE_ERROR_RANGE, "month 13 is not 01 to 12" },
  { "2025-00-10", ASSAY_DATE_ERROR_RANGE, "month 0 is not 01 to 12" },
  { "0000-01-01", ASSAY_DATE_ERROR_RANGE, "year 0" },
  { "2025-05-", ASSAY_DATE_ERROR_SYNTAX, "day is not two digits" },
  { "2025-02-29", ASSAY_DATE_ERROR_RANGE, "2025-02 has no day 29" },
  { "2025-04-31", ASSAY_DATE_ERROR_RANGE, "2025-04 has no day 31" },
  { "2025-05T10:00", ASSAY_DATE_ERROR_SYNTAX, "a time needs a day" },
  { "2025-05-29x", ASSAY_DATE_ERROR_SYNTAX, "only 'T' or a space" },
  { "2025-05-29T", ASSAY_DATE_ERROR_SYNTAX, "not hh:mm" },
  { "2025-05-29T9:00", ASSAY_DATE_ERROR_SYNTAX, "not hh:mm" },
  { "2025-05-29T25:00", ASSAY_DATE_ERROR_RANGE, "hour 25" },
  { "2025-05-29T24:30", ASSAY_DATE_ERROR_RANGE, "hour 24" },
  { "2025-05-29T10:60", ASSAY_DATE_ERROR_RANGE, "minute 60" },
  { "2025-05-29T10:00:61", ASSAY_DATE_ERROR_RANGE, "second 61" },
  { "2025-05-29T10:00:0", ASSAY_DATE_ERROR_SYNTAX, "seconds" },
  { "2025-05-29T10:00:00.", ASSAY_DATE_ERROR_SYNTAX, "decimal mark" },
  { "2025-05-29T10:00+1", ASSAY_DATE_ERROR_SYNTAX, "zone" },
  { "2025-05-29T10:00+24:00", ASSAY_DATE_ERROR_RANGE, "zone hour 24" },
  { "2025-05-29T10:00+01:75", ASSAY_DATE_ERROR_RANGE, "zone minute 75" },
  { "2025-05-29T10:00 UTC", ASSAY_DATE_ERROR_SYNTAX, "follows the time" },
};

static void
test_good (gconstpointer data)
{
  const Good *c = data;
  AssayDate got;
  g_autoptr (GError) error = NULL;
  g_assert_true (assay_date_parse (c->text, -1, &got, &error));
  g_assert_no_error (error);
  g_assert_cmpint (got.year, ==, c->want.year);
  g_assert_cmpint (got.month, ==, c->want.month);
  g_assert_cmpint (got.day, ==, c->want.day);
  g_assert_cmpint (got.grain, ==, c->want.grain);
  g_assert_cmpint (got.has_time, ==, c->want.has_time);
  g_assert_cmpint (got.hour, ==, c->want.hour);
  g_assert_cmpint (got.minute, ==, c->want.minute);
  g_assert_cmpint (got.second, ==, c->want.second);
  g_assert_cmpint (got.has_offset, ==, c->want.has_offset);
  g_assert_cmpint (got.offset_minutes, ==, c->want.offset_minutes);
}

static void
test_bad (gconstpointer data)
{
  const Bad *c = data;
  AssayDate got = { .year = 99 };
  g_autoptr (GError) error = NULL;
  g_assert_false (assay_date_parse (c->text, -1, &got, &error));
  g_assert_error (error, ASSAY_DATE_ERROR, (int)c->code);
  if (!strstr (error->message, c->says))
    g_error ("'%s': message '%s' does not say '%s'", c->text, error->message, c->says);
  /* Every message says what to write. */
  g_assert_nonnull (strstr (error->message, "write YYYY"));
  g_assert_cmpint (got.year, ==, 0);
}

/* The length bounds the text: a date inside a longer string is read alone. */
static void
test_length (void)
{
  AssayDate got;
  g_assert_true (assay_date_parse ("2025-05-29T10:00 and more", 10, &got, NULL));
  g_assert_cmpint (got.grain, ==, ASSAY_DATE_GRAIN_DAY);
  g_assert_false (got.has_time);
  g_assert_true (assay_date_parse ("2025-05-29", 7, &got, NULL));
  g_assert_cmpint (got.grain, ==, ASSAY_DATE_GRAIN_MONTH);
  g_autoptr (GError) error = NULL;
  g_assert_false (assay_date_parse ("2025-05-29", 3, &got, &error));
  g_assert_error (error, ASSAY_DATE_ERROR, ASSAY_DATE_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "'202'"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *path = g_strdup_printf ("/date/parse/good/%u", i);
      g_test_add_data_func (path, &good[i], test_good);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = g_strdup_printf ("/date/parse/bad/%u", i);
      g_test_add_data_func (path, &bad[i], test_bad);
    }
  g_test_add_func ("/date/parse/length", test_length);
  return g_test_run ();
}
