/* discourse.c: what the expressions found so far in a document tell the
 * next one.  A clock time right after a day is on that day ("next Friday
 * at 3 p.m."); "a year earlier" keeps the grain of the quarter or month
 * named just before ("third-quarter net fell from $6 million a year
 * earlier" is 1988-Q3); "that year", "the following week" count from the
 * last date of their grain named before them.  Each is a named update of
 * one struct, Discourse, carried through a document's expressions. */
#include "dates-private.h"

#include <stdio.h>
#include <string.h>

/* How far back "a year earlier" looks for the period it compares with:
 * about two sentences of a business report. */
#define PERIOD_REACH 300
/* How far back "that year", "the following day" look for the date they
 * count from, in bytes: a sentence or two. */
#define ANAPHOR_REACH 600

/* Whether the text between a day and a clock time joins them: nothing
 * but spaces, a comma, and one of "at", "from", "around", "about", "by",
 * "until" ("Friday, at 3 p.m.", "May 29 around noon"). */
static gboolean
joins_day (const char *p, const char *end)
{
  static const char *const links[] = { "at", "from", "around", "about", "by", "until" };
  if (end - p > 10)
    return FALSE;
  while (p < end && (*p == ' ' || *p == ','))
    p++;
  for (guint i = 0; i < G_N_ELEMENTS (links) && p < end; i++)
    {
      gsize n = strlen (links[i]);
      if ((gsize)(end - p) > n && g_ascii_strncasecmp (p, links[i], n) == 0 && p[n] == ' ')
        {
          p += n;
          break;
        }
    }
  while (p < end && *p == ' ')
    p++;
  return p == end;
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

void
discourse_place_time (const Discourse *ds, const char *text, Timex *t)
{
  if (t->day_open && ds->last_day_end > 0 && joins_day (text + ds->last_day_end, text + t->start))
    timex_set_day (t, ds->last_day);
}

void
discourse_compare_period (const Discourse *ds, Timex *t)
{
  if (t->years_back && ds->last_period_end > 0 && t->start - ds->last_period_end <= PERIOD_REACH
      && parse_int (ds->last_period) - t->years_back == parse_int (t->value))
    {
      g_free (t->value);
      t->value = g_strdup_printf ("%04d%s", parse_int (ds->last_period) - t->years_back,
                                  ds->last_period + 4);
    }
}

void
discourse_resolve_anaphor (const Discourse *ds, Timex *t)
{
  if (!t->refers || !ds->last_named_grain || t->start - ds->last_named_end > ANAPHOR_REACH)
    return;
  gboolean has_grain = t->refers == 'Y' || ds->last_named_grain == 'D'
                       || (t->refers == 'M' && ds->last_named_grain == 'M');
  int y = ds->last_named[0], mo = ds->last_named_grain == 'M' ? ds->last_named[1] : 0;
  if (has_grain)
    {
      GDate named;
      g_date_clear (&named, 1);
      g_date_set_dmy (&named, ds->last_named[2], ds->last_named[1], y);
      g_free (t->value);
      t->value = counted_from (&named, t->refers, t->refers_step);
      g_snprintf (t->anchor, sizeof t->anchor, "%04d-%02d-%02d", y, ds->last_named[1],
                  ds->last_named[2]);
      t->resolution = "relative";
    }
  else if (t->refers_step == 0)
    {
      g_free (t->value);
      t->value = t->refers == 'W' ? g_strdup_printf ("%04d-WXX", y)
                 : mo             ? g_strdup_printf ("%04d-%02d-XX", y, mo)
                      : g_strdup_printf (t->refers == 'D' ? "%04d-XX-XX" : "%04d-XX", y);
      if (mo)
        g_snprintf (t->anchor, sizeof t->anchor, "%04d-%02d", y, mo);
      else
        g_snprintf (t->anchor, sizeof t->anchor, "%04d", y);
      t->resolution = "relative";
    }
}

void
discourse_note (Discourse *ds, const Timex *t, gsize end)
{
  gboolean dated
      = strcmp (t->type, "DATE") == 0 && g_ascii_isdigit (t->value[0]); /* a year known */
  gsize value_len = strlen (t->value);
  if (dated && value_len == 10)
    memcpy (ds->last_day, t->value, 10), ds->last_day_end = end;
  /* A quarter or a month of a year: "the third quarter", "in September". */
  if (dated && value_len == 7 && t->value[4] == '-' && !t->years_back)
    memcpy (ds->last_period, t->value, 8), ds->last_period_end = end;
  /* A date named, for "that year" and the like after it. */
  if (dated && !t->refers && value_len >= 4)
    {
      int y = parse_int (t->value),
          mo = value_len >= 7 && t->value[4] == '-' && g_ascii_isdigit (t->value[5])
                   ? parse_int (t->value + 5)
                   : 0;
      int dd = mo && value_len == 10 ? parse_int (t->value + 8) : 0;
      if (y >= 1 && valid_dmy (dd ? dd : 1, mo ? mo : 1, y) && !strchr (t->value, 'X'))
        {
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
  if (first->range || strcmp (first->type, "DATE") || strcmp (second->type, "DATE") || first->mod
      || second->mod || !g_ascii_isdigit (first->value[0]) || !g_ascii_isdigit (second->value[0]))
    return;
  gboolean between = ends_with_word (text, text + first->start, "between");
  if (!between && !ends_with_word (text, text + first->start, "from"))
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
  if (strcmp (first->resolution, "absolute") != 0 && strcmp (second->resolution, "absolute") == 0
      && strlen (first->value) == 7 && strlen (second->value) >= 7 && second->value[4] == '-'
      && first->value[4] == '-')
    {
      int year = parse_int (second->value)
                 - (parse_int (first->value + 5) > parse_int (second->value + 5));
      char *lent = g_strdup_printf ("%04d%s", year, first->value + 4);
      g_free (first->value);
      first->value = lent;
      first->resolution = "absolute";
      first->anchor[0] = '\0';
    }
  if (strcmp (first->value, second->value) >= 0)
    return;
  first->range = g_strdup_printf ("%s/%s", first->value, second->value);
  second->range = g_strdup (first->range);
}
