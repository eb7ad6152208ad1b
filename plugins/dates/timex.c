/* timex.c: a TIMEX3 expression found, and how it is written into the
 * document's `timex` layer. */
#include "dates-private.h"

#include <string.h>

/* A DATE of one day, known or not ("2009-11-09", "XXXX-11-09"), without a mod. */
gboolean
is_one_day (const Timex *t)
{
  return strcmp (t->type, "DATE") == 0 && t->mod == NULL && strlen (t->value) == 10 && t->value[4] == '-'
         && t->value[7] == '-';
}

void
timex_clear (Timex *t)
{
  g_clear_pointer (&t->value, g_free);
  g_clear_pointer (&t->utc_offset, g_free);
  g_clear_pointer (&t->range, g_free);
  t->anchor[0] = '\0';
}

gboolean
emit_timex (AssayDocument *doc, const Timex *t, GError **error)
{
  AssayAnnotation *a = assay_document_add_annotation (doc, "timex", t->start, t->end, t->type, error);
  if (a == NULL)
    return FALSE;
  assay_annotation_set_attr (a, "value", t->value);
  if (t->mod)
    assay_annotation_set_attr (a, "mod", t->mod);
  if (t->anchor[0])
    assay_annotation_set_attr (a, "anchor", t->anchor);
  assay_annotation_set_attr (a, "resolution", t->resolution);
  if (t->utc_offset)
    assay_annotation_set_attr (a, "utc_offset", t->utc_offset);
  if (t->range)
    assay_annotation_set_attr (a, "range", t->range);
  if (t->weekday)
    {
      /* one digit, ISO's 1 (Monday) to 7 */
      char wd[4] = { '0' + t->weekday };
      if (t->weekday < 0 || t->weekday > 9)
        g_snprintf (wd, sizeof wd, "%d", t->weekday);
      assay_annotation_set_attr (a, "weekday", wd);
    }
  return TRUE;
}

void
timex_set_day (Timex *t, const char *day)
{
  memcpy (t->value, day, 10);
  t->day_open = FALSE;
}

void
timex_take_day (Timex *time, const Timex *day)
{
  timex_set_day (time, day->value);
  time->end = day->end;
  time->weekday = day->weekday ? day->weekday : time->weekday;
  if (strcmp (time->resolution, "underspecified") != 0)
    time->resolution = day->resolution;
  memcpy (time->anchor, day->anchor, sizeof time->anchor);
}
