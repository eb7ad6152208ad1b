/* timex.c: a TIMEX3 expression found, and how it is written into the
 * document's `timex` layer: its value and its anchor become text here
 * (value_append()), once. */
#include "dates-private.h"

#include <math.h>
#include <string.h>

/* A DATE of one day, known or not ("2009-11-09", "XXXX-11-09"), without a mod. */
gboolean
is_one_day (const Timex *t)
{
  return strcmp (t->type, "DATE") == 0 && t->mod == NULL && value_is_day (&t->value);
}

void
timex_clear (Timex *t)
{
  *t = (Timex){ 0 };
}

/* @v as text in @scratch (emptied first). */
static const char *
value_text (GString *scratch, const TimexValue *v)
{
  g_string_truncate (scratch, 0);
  value_append (scratch, v);
  return scratch->str;
}

gboolean
emit_timex (AssayDocument *doc, const Timex *t, GString *scratch, GError **error)
{
  AssayAnnotation *a = assay_document_add_annotation (doc, "timex", t->start, t->end, t->type, error);
  if (a == NULL)
    return FALSE;
  assay_annotation_set_attr (a, "value", value_text (scratch, &t->value));
  if (t->mod)
    assay_annotation_set_attr (a, "mod", t->mod);
  if (t->anchor.kind != VALUE_NONE)
    assay_annotation_set_attr (a, "anchor", value_text (scratch, &t->anchor));
  assay_annotation_set_attr (a, "resolution", t->resolution);
  if (t->freq[0])
    assay_annotation_set_attr (a, "freq", t->freq);
  if (t->has_offset)
    {
      /* +HH:MM; few times give their zone */
      int m = ABS (t->offset_minutes);
      char offset[16];
      g_snprintf (offset, sizeof offset, "%c%02d:%02d", t->offset_minutes < 0 ? '-' : '+', m / 60, m % 60);
      assay_annotation_set_attr (a, "utc_offset", offset);
    }
  if (t->ranged)
    {
      g_string_truncate (scratch, 0);
      value_append (scratch, &t->range_start);
      g_string_append_c (scratch, '/');
      value_append (scratch, &t->range_end);
      assay_annotation_set_attr (a, "range", scratch->str);
    }
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
timex_set_day (Timex *t, const TimexValue *day)
{
  t->value.year = day->year;
  t->value.month = day->month;
  t->value.day = day->day;
  t->day_open = FALSE;
}

void
timex_take_day (Timex *time, const Timex *day)
{
  timex_set_day (time, &day->value);
  time->end = day->end;
  time->weekday = day->weekday ? day->weekday : time->weekday;
  if (strcmp (time->resolution, "underspecified") != 0)
    time->resolution = day->resolution;
  time->anchor = day->anchor;
}

/* Milliseconds in one of a clock unit's code (H, MIN, S), or 0. */
static double
clock_unit_ms (const char *unit)
{
  return strcmp (unit, "H") == 0 ? 3600000 : strcmp (unit, "MIN") == 0 ? 60000 : strcmp (unit, "S") == 0 ? 1000 : 0;
}

/* The smallest clock unit, in milliseconds, that a duration already
 * joined (unit "MS", @ms long) counts in: "two hours, 23 minutes" is in
 * minutes, and takes seconds after it, not minutes. */
static double
joined_unit_ms (double ms)
{
  return fmod (ms, 3600000) == 0 ? 3600000 : fmod (ms, 60000) == 0 ? 60000 : fmod (ms, 1000) == 0 ? 1000 : 0;
}

gboolean
timex_join_duration (const Dates *d, Timex *first, const Timex *second, const char *text)
{
  /* each a count of a clock unit, the second's smaller and under one of
   * the first ("two hours 90 minutes" is two spans) */
  if (first->value.kind != VALUE_DURATION || second->value.kind != VALUE_DURATION || second->mod != NULL
      || first->value.count < 0 || second->value.count < 0 || first->end > second->start)
    return FALSE;
  gboolean joined = strcmp (first->value.unit, "MS") == 0;
  double big = joined ? joined_unit_ms (first->value.count) : clock_unit_ms (first->value.unit);
  double small = clock_unit_ms (second->value.unit);
  if (small == 0 || big <= small || second->value.count * small >= big
      || (!joined && big < 3600000 && first->value.count >= 60))
    return FALSE;
  /* "90 minutes and 30 seconds later": the second counts from the first */
  const char *after = text + second->end;
  while (*after == ' ')
    after++;
  static const char *const shifts[] = { "later", "earlier", "ago", "before", "after", "from", NULL };
  for (guint i = 0; shifts[i]; i++)
    if (g_ascii_strncasecmp (after, shifts[i], strlen (shifts[i])) == 0 && !g_ascii_isalpha (after[strlen (shifts[i])]))
      return FALSE;
  /* a space, a comma, "and" between them, nothing else; after a comma
   * the second opens a phrase of its own before "of" ("Within two hours,
   * 30 minutes of footage", "15 minutes of it") or a comparison (a word,
   * then one of kind `compare`: "four hours, 30 minutes longer than") */
  const char *p = text + first->end, *end = text + second->start;
  if (*p == ',')
    {
      p++;
      gsize next = (gsize) (after - text), next_end = next;
      while (g_ascii_isalpha (text[next_end]))
        next_end++;
      gsize then = next_end, then_end;
      while (text[then] == ' ')
        then++;
      for (then_end = then; g_ascii_isalpha (text[then_end]); then_end++)
        ;
      if ((next_end - next == 2 && strncmp (after, "of", 2) == 0)
          || (next_end > next && then_end > then && word_before_in (d->compare_words, text, then_end, NULL)))
        return FALSE;
    }
  while (p < end && *p == ' ')
    p++;
  if (end - p >= 4 && strncmp (p, "and ", 4) == 0)
    p += 4;
  while (p < end && *p == ' ')
    p++;
  if (p != end || end == text + first->end)
    return FALSE;
  first->value = value_duration ((joined ? first->value.count : first->value.count * big) + second->value.count * small, "MS");
  first->end = second->end;
  return TRUE;
}
