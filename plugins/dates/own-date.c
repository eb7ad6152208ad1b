/* own-date.c: the date an article gives itself, on a dateline or a
 * line of its own near its top ("WASHINGTON, August 8 (Xinhua) --",
 * "Tuesday, 4 January, 2005, 10:32 GMT"), which anchors its relative
 * expressions in place of the collection's reference
 * (discourse_own_date()).  Split from discourse.c, which had passed the
 * project's 1,200 lines; the code is as it was. */
#include "dates-private.h"
#include "tense.h"

#include <string.h>

/* How far into a document its own date may stand, in bytes, and how many
 * lines with text may come before it: a headline, a subheading and a
 * place ("Leeds v Bath / Headingley / Saturday 20 November"). */
#define OWN_DATE_REACH 400
#define OWN_DATE_LINES 4
/* How many lines with text may come before a weekday, day and month
 * alone on their line, the one form with no other evidence: a headline
 * and a subheading. */
#define OWN_DATE_BARE_LINES 2
/* The longest line that is a dateline ("WASHINGTON, August 8 (Xinhua)
 * --", "Tuesday, 4 January, 2005, 10:32 GMT"). */
#define OWN_DATE_LINE 80
/* How many days after the collection's reference an article's own date
 * may fall: the reference is the day the collection was gathered or
 * later, so a dateline's day without its year well after it is the year
 * before's ("WASHINGTON, March 12 (Xinhua) --" read at 1 March 2005 is
 * 12 March 2004), and a day whose weekday names it there is one to come
 * (a fixture list's "Saturday 12 March", a festival's "Friday 8 July"),
 * not the day the article was written; a few days allow for a reference
 * given loosely. */
#define OWN_DATE_AHEAD 7

/* The bounds of the line around @at, scanning at most OWN_DATE_LINE + 1
 * bytes each way: FALSE when the line is longer than that. */
static gboolean
line_around (const char *text, gsize length, gsize at, gsize *start, gsize *end)
{
  gsize s = at, e = at;
  while (s > 0 && text[s - 1] != '\n' && at - s <= OWN_DATE_LINE)
    s--;
  while (e < length && text[e] != '\n' && e - s <= OWN_DATE_LINE)
    e++;
  *start = s, *end = e;
  return e - s <= OWN_DATE_LINE;
}

/* Whether the line @start..@end holds a day with its month ("12 March",
 * "MARCH 12", "Saturday, 12 March") and no word in lowercase: a date
 * line, as a listing has several. */
static gboolean
date_line (const Dates *d, const char *text, gsize start, gsize end)
{
  gboolean number = FALSE, month = FALSE;
  for (gsize i = start; i < end;)
    {
      if (!g_ascii_isalnum (text[i]))
        {
          i++;
          continue;
        }
      gsize w = i;
      while (i < end && g_ascii_isalnum (text[i]))
        i++;
      if (g_ascii_islower (text[w]))
        return FALSE;
      if (g_ascii_isdigit (text[w]))
        {
          guint64 n = g_ascii_strtoull (text + w, NULL, 10);
          number = number || (i - w <= 2 && n >= 1 && n <= 31);
        }
      else if (i - w < 16)
        {
          /* the lexicon writes months capitalised; a line in capitals too */
          char name[16];
          for (gsize k = 0; k < i - w; k++)
            name[k] = k ? g_ascii_tolower (text[w + k]) : text[w + k];
          name[i - w] = '\0';
          month = month || g_hash_table_contains (d->months, name);
        }
    }
  return number && month;
}

/* Whether the word at @at..@end is in capitals, two letters or more
 * ("LONDON", "GMT"). */
static gboolean
all_capitals (const char *text, gsize at, gsize end)
{
  if (end - at < 2)
    return FALSE;
  for (gsize i = at; i < end; i++)
    if (!g_ascii_isupper (text[i]))
      return FALSE;
  return TRUE;
}

static gboolean dateline_at (const Dates *d, const char *text, gsize length, const Timex *t);

gboolean
discourse_own_date (const Dates *d, const char *text, gsize length, Timex *t, const GDate *ref)
{
  TimexValue *v = &t->value;
  /* a day written with its month ("20 November", "Saturday 20
   * November", "August 8"), not "Saturday" alone, which is counted from
   * a day already known */
  if (t->start >= OWN_DATE_REACH || v->kind != VALUE_CALENDAR || v->year < 1 || v->year > 9999 || v->month < 1
      || v->day < 1 || (!t->year_open && strcmp (t->resolution, "absolute") != 0)
      || !valid_dmy (v->day, v->month, v->year))
    return FALSE;
  GDate day;
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, (GDateDay) v->day, (GDateMonth) v->month, (GDateYear) v->year);
  int year = v->year;
  if (g_date_days_between (ref, &day) > OWN_DATE_AHEAD)
    {
      if (!t->year_open || !valid_dmy (v->day, v->month, year - 1))
        return FALSE;
      g_date_set_dmy (&day, (GDateDay) v->day, (GDateMonth) v->month, (GDateYear) (year - 1));
      if (t->weekday && (int) g_date_get_weekday (&day) != t->weekday)
        return FALSE;
      year--;
    }
  if (!dateline_at (d, text, length, t))
    return FALSE;
  v->year = year;
  return TRUE;
}

/* Whether @t stands in a dateline of the header (discourse_own_date()). */
static gboolean
dateline_at (const Dates *d, const char *text, gsize length, const Timex *t)
{
  gsize line_start, line_end;
  if (!line_around (text, length, t->start, &line_start, &line_end) || line_end < t->end)
    return FALSE;
  /* in the header: few lines with text before it, each short (headings,
   * a place), none a paragraph of the body, after which a date alone on
   * its line heads a part of the story ("20 November" in a diary); and
   * whether the last of them is a byline ("By Ann Lee") */
  guint lines = 0;
  gsize from = 0, last_text = G_MAXSIZE;
  for (gsize i = 0; i < line_start; i++)
    if (text[i] == '\n')
      {
        if (i - from > OWN_DATE_LINE)
          return FALSE;
        for (gsize k = from; k < i; k++)
          if (!g_ascii_isspace (text[k]))
            {
              lines++, last_text = k;
              break;
            }
        from = i + 1;
      }
  if (lines > OWN_DATE_LINES)
    return FALSE;
  gboolean byline = last_text != G_MAXSIZE && strncmp (text + last_text, "By ", 3) == 0
                    && g_ascii_isupper (text[last_text + 3]);
  /* the words on the line besides the date: none in lowercase (a
   * sentence, "On 11 September 2001, the towers fell"; a heading,
   * "Closing date: 31 March"), and none capitalised unless it is the
   * evidence of a dateline: a place in capitals and a comma before the
   * date ("LONDON, Jan 12"), an agency in brackets ("(Reuters)"), a clock
   * time and its zone ("10:32 GMT"), or the name after a byline ("BBC
   * News, 4 February").  A headline in Title Case ("Iraq Election Set
   * For January 30") has other words, and none of these. */
  gboolean place = FALSE, agency = FALSE, clock = FALSE, words = FALSE, named = FALSE;
  int depth = 0;
  for (gsize i = line_start; i < line_end;)
    {
      if (i == t->start)
        {
          i = t->end;
          continue;
        }
      if (text[i] == '(')
        depth++;
      else if (text[i] == ')' && depth > 0)
        depth--;
      if (!g_ascii_isalnum (text[i]))
        {
          i++;
          continue;
        }
      gsize w = i;
      while (i < line_end && g_ascii_isalnum (text[i]) && !(i == t->start))
        i++;
      words = words || g_ascii_isalpha (text[w]);
      if (g_ascii_islower (text[w]))
        return FALSE;
      if (g_ascii_isdigit (text[w]))
        {
          /* a clock time, "10:32" or "1032", before a zone in capitals */
          gsize e = i;
          if (e + 1 < line_end && (text[e] == ':' || text[e] == '.') && g_ascii_isdigit (text[e + 1]))
            for (e++; e < line_end && g_ascii_isdigit (text[e]); e++)
              ;
          gsize z = e + (text[e] == ' ');
          gsize ze = z;
          while (ze < line_end && g_ascii_isalpha (text[ze]))
            ze++;
          if ((e - w == 4 || (e - w >= 4 && e > i)) && all_capitals (text, z, ze))
            clock = TRUE, i = ze;
          continue;
        }
      if (depth > 0)
        {
          agency = TRUE;
          continue;
        }
      /* before the date, up to a comma: a place in capitals, or the
       * name after a byline */
      gboolean before = w < t->start;
      gsize c = i;
      while (c < t->start && text[c] != ',' && (text[c] == ' ' || g_ascii_isalpha (text[c])))
        c++;
      gboolean to_comma = before && c < t->start && text[c] == ',';
      if (to_comma && all_capitals (text, w, i))
        place = TRUE;
      else if (to_comma && byline)
        named = TRUE;
      else
        return FALSE;
    }
  if (place || agency || clock || named)
    return TRUE;
  /* else only a weekday, its day and its month, alone on their line
   * right under the headline, and not one of a listing's date lines
   * near the top ("Tour dates / Friday 3 June / ... / Saturday 4 June") */
  if (words || t->weekday == 0 || lines > OWN_DATE_BARE_LINES)
    return FALSE;
  for (gsize i = 0; i < length && i < OWN_DATE_REACH + OWN_DATE_LINE;)
    {
      gsize s, e;
      gboolean short_line = line_around (text, length, i, &s, &e);
      if (s != line_start && short_line && date_line (d, text, s, e))
        return FALSE;
      i = e + 1;
    }
  return TRUE;
}
