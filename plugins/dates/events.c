/* events.c: a day that names an event ("the 11 September attacks",
 * "9/11") is the event's own day, in the year it happened
 * (data/dated-events.tsv).  Read once per expression found, never per
 * token: the few rows are walked only for a day without its year. */
#include "dates-private.h"
#include "tense.h"

#include <stdio.h>
#include <string.h>

typedef struct
{
  int year, month, day;
  char *short_form; /* NULL: none */
  char **nouns;     /* NULL-ended, in lowercase */
} DatedEvent;

static void
dated_event_free (gpointer data)
{
  DatedEvent *e = data;
  g_free (e->short_form);
  g_strfreev (e->nouns);
  g_free (e);
}

gboolean
load_dated_events (Dates *d, const char *path, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  d->events = g_ptr_array_new_with_free_func (dated_event_free);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      const char *what = "DATE<TAB>SHORT FORM<TAB>NOUNS, as 2001-09-11<TAB>9/11<TAB>attacks,attack";
      if (!assay_data_row_check (table, row, 3, 3, what, error))
        return FALSE;
      /* libassay's one date rule, as every reader of a date in the
       * project; a day, not a month or a year alone: the row names one. */
      AssayDate date;
      g_autoptr (GError) bad = NULL;
      if (!assay_date_parse (row->fields[0], -1, &date, &bad) || date.grain != ASSAY_DATE_GRAIN_DAY || date.has_time)
        {
          assay_data_row_set_error (error, table, row, "%s (%s)",
                                    bad ? bad->message : "the event's day is YYYY-MM-DD, without a time", what);
          return FALSE;
        }
      DatedEvent *e = g_new0 (DatedEvent, 1);
      e->year = date.year, e->month = date.month, e->day = date.day;
      e->short_form = strcmp (row->fields[1], "-") == 0 ? NULL : g_strdup (row->fields[1]);
      e->nouns = g_strsplit (row->fields[2], ",", -1);
      g_ptr_array_add (d->events, e);
    }
  return TRUE;
}

/* Whether the word at @p (a word of lowercase letters) is one of @nouns. */
static gboolean
noun_follows (const char *p, char *const *nouns)
{
  gsize n = 0;
  while (g_ascii_islower (p[n]))
    n++;
  if (n == 0 || g_ascii_isalnum (p[n]) || p[n] == '-')
    return FALSE;
  for (guint i = 0; nouns[i]; i++)
    if (strlen (nouns[i]) == n && memcmp (nouns[i], p, n) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the @n bytes at @p are two numbers of one or two digits with a
 * slash between ("9/11"): a short form, which no day in words is. */
static gboolean
numbers_slashed (const char *p, gsize n)
{
  gsize i = 0, a, b;
  for (a = 0; i < n && g_ascii_isdigit (p[i]); i++)
    a++;
  if (a == 0 || a > 2 || i >= n || p[i++] != '/')
    return FALSE;
  for (b = 0; i < n && g_ascii_isdigit (p[i]); i++)
    b++;
  return b > 0 && b <= 2 && i == n;
}

/* Whether the word before @start is capitalised: a short form after it
 * ends a name, a film's or a book's ("Larkspur 9/11"), not the event's;
 * but a word opening the sentence (which starts at @sentence_start) may
 * be capitalised for that alone, and one of kind `event-lead` of
 * data/context-words.tsv ("Since 9/11") is not a name's. */
static gboolean
in_title (const Dates *d, const char *text, gsize start, gsize sentence_start)
{
  gsize i = start;
  while (i > sentence_start && text[i - 1] == ' ')
    i--;
  gsize end = i;
  while (i > sentence_start && g_ascii_isalpha (text[i - 1]))
    i--;
  if (i == end || !g_ascii_isupper (text[i]))
    return FALSE;
  while (i > sentence_start && (g_ascii_isspace (text[i - 1]) || text[i - 1] == '"'))
    i--;
  return i > sentence_start || !word_before_in (d->event_lead_words, text, end, NULL);
}

/* "The" before a day and month that modify a noun is the noun's, not
 * the day's ("the 14 March deadline", "the 11 September attacks"), as
 * TimeBank+AQUAINT write "the <TIMEX3>Jan. 14</TIMEX3> deadline" and "the
 * <TIMEX3>Aug. 7</TIMEX3> bombings" each of the eight times: a word in
 * lowercase after the day is such a noun unless it is of kind
 * `feast-next`, the words that cannot be one ("on the 14 March after
 * talks", "the 14 March was quiet", "from the 14 March onwards"), or a
 * verb in the past ("the morning of the 14 March produced"). */
static void
the_before_noun (const Dates *d, const char *text, Timex *t)
{
  if (t->end - t->start <= 4 || g_ascii_strncasecmp (text + t->start, "the ", 4) != 0)
    return;
  gsize next = t->end, next_end, listed_end;
  while (text[next] == ' ')
    next++;
  for (next_end = next; g_ascii_islower (text[next_end]); next_end++)
    ;
  if (next > t->end && next_end > next && !word_at_in (d->feast_next_words, text, next, &listed_end)
      && !regular_past (text + next, next_end - next) && past_form_at (d, text, next, next_end) == 0)
    t->start += 4;
}

gboolean
dated_event_place (const Dates *d, const char *text, gsize start, gsize sentence_start, const GDate *ref,
                   gboolean anchored, Timex *t)
{
  TimexValue *v = &t->value;
  if (!t->year_open || v->kind != VALUE_CALENDAR || v->day == 0 || d->events == NULL)
    return TRUE;
  gboolean slashed = numbers_slashed (text + start, t->end - start);
  /* a day-month that an event's or any noun follows: "the" is the
   * noun's (see the_before_noun()); the events below are read from
   * @start and the day's end, which it leaves */
  if (!slashed)
    the_before_noun (d, text, t);
  for (guint i = 0; i < d->events->len; i++)
    {
      const DatedEvent *e = g_ptr_array_index (d->events, i);
      gboolean named;
      if (slashed)
        named = e->short_form && strlen (e->short_form) == t->end - start
                && memcmp (e->short_form, text + start, t->end - start) == 0;
      else
        {
          const char *p = text + t->end;
          while (*p == ' ')
            p++;
          named = v->month == e->month && v->day == e->day && noun_follows (p, e->nouns);
        }
      if (!named)
        continue;
      if (slashed && in_title (d, text, start, sentence_start))
        break;
      if (anchored && g_date_valid (ref)
          && e->year * 10000 + e->month * 100 + e->day
                 > (int) g_date_get_year (ref) * 10000 + (int) g_date_get_month (ref) * 100 + g_date_get_day (ref))
        break;
      v->year = e->year, v->month = e->month, v->day = e->day;
      t->year_open = FALSE;
      t->year_by_tense = FALSE;
      t->holiday_open = NULL;
      t->resolution = "absolute";
      t->anchor.kind = VALUE_NONE;
      return TRUE;
    }
  /* two numbers and a slash that name no event are no date ("3/4 of
   * them", "24/7") */
  return !slashed;
}
