/* assay-date.h: the one rule for reading a date that a user, a document's
 * metadata or a data file writes.
 *
 * The command's --reference-date, a document's `published` and a stage's
 * dated data must mean the same day everywhere: before this rule, four
 * parsers in the project disagreed (one read "03-02-2009" as the year 3,
 * another took the first ten bytes of any string).  A stage that reads a
 * date from outside the text calls assay_date_parse() and gets an error
 * message it can pass on unchanged.
 *
 * Added in ABI 1.1.
 */
#pragma once

#if !defined(ASSAY_INSIDE) && !defined(ASSAY_COMPILATION)
#error "Only <assay/assay.h> can be included directly."
#endif

#include <glib.h>
#include <assay/assay-version.h>

G_BEGIN_DECLS

/**
 * AssayDateGrain:
 * @ASSAY_DATE_GRAIN_YEAR: a year alone (2025)
 * @ASSAY_DATE_GRAIN_MONTH: a month of a year (2025-05)
 * @ASSAY_DATE_GRAIN_DAY: a day (2025-05-29)
 *
 * How much of the calendar date a text names.  A clock time needs a day.
 */
typedef enum
{
  ASSAY_DATE_GRAIN_YEAR = 1,
  ASSAY_DATE_GRAIN_MONTH = 2,
  ASSAY_DATE_GRAIN_DAY = 3,
} AssayDateGrain;

/**
 * AssayDate:
 * @year: 1 to 9999
 * @month: 1 to 12, or 0 at year grain
 * @day: 1 to the month's last day, or 0 at year or month grain
 * @grain: which of year, month and day the text named
 * @has_time: whether a clock time followed the day
 * @hour: 0 to 23 (24 only as 24:00:00, the end of the day, as ISO 8601 allows)
 * @minute: 0 to 59
 * @second: 0 to 60 (a leap second); fractions are read and dropped
 * @has_offset: whether the time carried a zone (`Z` or `+hh:mm`)
 * @offset_minutes: the zone's offset east of UTC in minutes (-1439 to
 *   1439); 0 for `Z`
 *
 * A date read by assay_date_parse(): a plain value, on the caller's stack
 * or in its structs; nothing to free.  Fields that the text did not name
 * are 0.  The caller allocates it, so its layout is fixed for ABI 1: a
 * later minor version that needs more adds a type and a function, not
 * fields.
 */
typedef struct
{
  int year;
  int month;
  int day;
  AssayDateGrain grain;
  gboolean has_time;
  int hour;
  int minute;
  int second;
  gboolean has_offset;
  int offset_minutes;
} AssayDate;

#define ASSAY_DATE_ERROR (assay_date_error_quark ())
ASSAY_API GQuark assay_date_error_quark (void);

/**
 * AssayDateError:
 * @ASSAY_DATE_ERROR_SYNTAX: the text is not written as ISO 8601
 * @ASSAY_DATE_ERROR_RANGE: written so, but a field is out of its range
 *   (month 13, 30 February, 25:00, an offset of 15 hours)
 */
typedef enum
{
  ASSAY_DATE_ERROR_SYNTAX,
  ASSAY_DATE_ERROR_RANGE,
} AssayDateError;

/**
 * assay_date_parse:
 * @text: the date as written
 * @length: its length in bytes, or -1 when @text ends with a NUL
 * @date: (out caller-allocates): where the date goes; left cleared on error
 * @error: (nullable): where an error goes
 *
 * Reads an ISO 8601 calendar date in its extended form, at year, month or
 * day grain, and a time of day after a day:
 *
 *   YYYY | YYYY-MM | YYYY-MM-DD [(T|' ')hh:mm[:ss[(.|,)fraction]][Z|±hh[:mm]|±hhmm]]
 *
 * The space before the time is RFC 3339's allowance, which feeds and
 * databases write.  Nothing else is accepted, on purpose: "03-02-2009"
 * or "3.2.2009" could be the 3rd of February or the 2nd of March, and
 * the reader cannot know which its writer meant, so such a date is
 * refused, not guessed; a basic-form "20250529" is refused too, as it
 * cannot be told from a number.  Leading or trailing spaces are errors,
 * as is any byte after the date.
 *
 * The error message quotes the text, says what is wrong and what to write
 * ("'2025-13-01': month 13 is not 01 to 12; write YYYY-MM-DD, as
 * 2025-05-29"), so a caller can pass it on with only its own "where"
 * before it.
 *
 * Returns: TRUE with @date filled; FALSE with @error set in
 * ASSAY_DATE_ERROR.
 */
ASSAY_API gboolean assay_date_parse (const char *text, gssize length, AssayDate *date,
                                     GError **error);

G_END_DECLS
