/* assay-date.c: the one rule for reading a date from outside a text
 * (a command's option, a document's metadata, a data file).
 *
 * A small hand-written reader, not GDateTime: g_date_time_new_from_iso8601()
 * wants a full date and time with a zone (or a default zone) and cannot say
 * which grain was written, and a reference date is as often "2025" or
 * "2025-05" as a timestamp.  Day validity is GLib's (g_date_valid_dmy()).
 */
#include "assay-private.h"

#include <string.h>

ASSAY_DEFINE_QUARK (assay-date-error-quark, assay_date_error)

#define WHAT_TO_WRITE                                                                              \
  "write YYYY, YYYY-MM or YYYY-MM-DD, as 2025-05-29, a time after it as 2025-05-29T15:23:00+01:00"

/* Reads exactly @n digits at *@p into *@value, moving *@p past them. */
static gboolean
read_digits (const char **p, const char *end, int n, int *value)
{
  if (end - *p < n)
    return FALSE;
  int v = 0;
  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }
  *p += n;
  *value = v;
  return TRUE;
}

static gboolean
fail (GError **error, AssayDateError code, const char *text, gssize length, const char *what)
{
  if (error == NULL) /* a caller that only asks whether: nothing to write */
    return FALSE;
  g_autofree char *shown = g_strndup (text, length);
  g_set_error (error, ASSAY_DATE_ERROR, code, "'%s': %s; %s", shown, what, WHAT_TO_WRITE);
  return FALSE;
}

static gboolean
fail_range (GError **error, const char *text, gssize length, const char *what, int value,
            const char *range)
{
  if (error == NULL)
    return FALSE;
  g_autofree char *message = g_strdup_printf ("%s %d is not %s", what, value, range);
  return fail (error, ASSAY_DATE_ERROR_RANGE, text, length, message);
}

/* The time after a day: hh:mm[:ss[.fraction]][zone]. */
static gboolean
parse_time (const char *text, gssize length, const char *p, const char *end, AssayDate *date,
            GError **error)
{
  if (!read_digits (&p, end, 2, &date->hour) || p == end || *p != ':'
      || (p++, !read_digits (&p, end, 2, &date->minute)))
    return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length,
                 "the time after the day is not hh:mm");
  if (p < end && *p == ':')
    {
      p++;
      if (!read_digits (&p, end, 2, &date->second))
        return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length,
                     "the seconds are not two digits");
      if (p < end && (*p == '.' || *p == ','))
        {
          const char *digits = ++p;
          while (p < end && g_ascii_isdigit (*p))
            p++;
          if (p == digits)
            return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length,
                         "no digits after the decimal mark");
        }
    }
  if (date->hour > 24 || (date->hour == 24 && (date->minute || date->second)))
    return fail_range (error, text, length, "hour", date->hour, "00 to 23");
  if (date->minute > 59)
    return fail_range (error, text, length, "minute", date->minute, "00 to 59");
  if (date->second > 60)
    return fail_range (error, text, length, "second", date->second, "00 to 60");
  date->has_time = TRUE;
  if (p == end)
    return TRUE;

  if (*p == 'Z')
    {
      date->has_offset = TRUE;
      p++;
    }
  else if (*p == '+' || *p == '-')
    {
      int sign = *p++ == '-' ? -1 : 1, hours = 0, minutes = 0;
      if (!read_digits (&p, end, 2, &hours))
        return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length,
                     "the zone is not ±hh, ±hh:mm or ±hhmm");
      if (p < end && *p == ':')
        p++;
      if (p < end && !read_digits (&p, end, 2, &minutes))
        return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length,
                     "the zone is not ±hh, ±hh:mm or ±hhmm");
      if (hours > 23)
        return fail_range (error, text, length, "zone hour", hours, "00 to 23");
      if (minutes > 59)
        return fail_range (error, text, length, "zone minute", minutes, "00 to 59");
      date->has_offset = TRUE;
      date->offset_minutes = sign * (hours * 60 + minutes);
    }
  if (p != end)
    return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length, "something follows the time");
  return TRUE;
}

gboolean
assay_date_parse (const char *text, gssize length, AssayDate *date, GError **error)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (date, 0, sizeof *date);
  if (length < 0)
    length = strlen (text);
  const char *p = text, *end = text + length;
  AssayDate d = { 0 };

  gboolean year_read = read_digits (&p, end, 4, &d.year);
  if (year_read && p < end && *p != '-' && !g_ascii_isdigit (*p) && *p != '.' && *p != '/')
    return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length,
                 "only '-' and a month may follow the year");
  if (!year_read || (p < end && *p != '-'))
    {
      /* Say why the common wrong forms are wrong. */
      const char *why = "a date starts with a four-digit year";
      for (const char *q = text; q < end; q++)
        if (*q == '.' || *q == '/' || (*q == '-' && q - text < 4))
          {
            why = "day and month first is ambiguous (03-02-2009 may be 3 February or 2 March)";
            break;
          }
      return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length, why);
    }
  if (d.year == 0)
    return fail_range (error, text, length, "year", d.year, "0001 to 9999");
  d.grain = ASSAY_DATE_GRAIN_YEAR;
  if (p < end)
    {
      p++;
      if (!read_digits (&p, end, 2, &d.month))
        return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length, "the month is not two digits");
      if (d.month < 1 || d.month > 12)
        return fail_range (error, text, length, "month", d.month, "01 to 12");
      d.grain = ASSAY_DATE_GRAIN_MONTH;
    }
  if (p < end)
    {
      if (*p == 'T' || *p == ' ')
        return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length, "a time needs a day before it");
      if (*p != '-')
        return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length,
                     "only '-' and a day may follow the month");
      p++;
      if (!read_digits (&p, end, 2, &d.day))
        return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length, "the day is not two digits");
      if (!g_date_valid_dmy ((GDateDay)d.day, (GDateMonth)d.month, (GDateYear)d.year))
        {
          if (error == NULL)
            return FALSE;
          g_autofree char *what
              = g_strdup_printf ("%04d-%02d has no day %02d", d.year, d.month, d.day);
          return fail (error, ASSAY_DATE_ERROR_RANGE, text, length, what);
        }
      d.grain = ASSAY_DATE_GRAIN_DAY;
    }
  if (p < end)
    {
      if (*p != 'T' && *p != ' ')
        return fail (error, ASSAY_DATE_ERROR_SYNTAX, text, length,
                     "only 'T' or a space and a time may follow the day");
      if (!parse_time (text, length, p + 1, end, &d, error))
        return FALSE;
    }
  *date = d;
  return TRUE;
}
