/* normalise-years.c: the values of the calendar's numbered periods: a
 * year (and a financial or sports year written as two), a decade, a
 * century, a quarter or half, and the year or quarter just gone ("a year
 * ago", "the latest quarter").  Days, months and seasons are in
 * normalise-days-months.c. */
#include "normalise.h"
#include "tense.h"

#include <string.h>

/* Whether a size's sign and its other side follow @at in @s: a number
 * of three digits or more ("1920 x 1080", "4096 * 2160"), or a count in
 * a unit of kind `size` of data/context-words.tsv ("2000 x 50 mm"); a
 * small multiplier alone is no size, and the year before it stays ("2004
 * x 2", "2000 x 3 times"). */
static gboolean
size_after (const Dates *d, const char *s, gsize at)
{
  if (s[at] == ' ')
    at++;
  if (s[at] != 'x' && s[at] != '*')
    return FALSE;
  at += s[at + 1] == ' ' ? 2 : 1;
  gsize digits = at;
  while (g_ascii_isdigit (s[at]) || (s[at] == '.' && at > digits && g_ascii_isdigit (s[at + 1])))
    at++;
  if (at == digits)
    return FALSE;
  if (at - digits >= 3)
    return TRUE;
  if (s[at] == ' ')
    at++;
  gsize end = at;
  while (g_ascii_isalpha (s[end]) && end - at < 32)
    end++;
  return end > at && !g_ascii_isdigit (s[end]) && word_before_in (d->size_words, s, end, NULL);
}

/* Whether "1994-96" from @start to @end is a range of years, not of
 * pages, a score or a count: opening its sentence, or after a possessive
 * or a word of kind `span` or `fiscal` ("in 1994-96", "the 2003-04
 * season", "the firm's 1998-99 results", "fiscal 2003-04"), with no
 * plural noun after it but one of kind `accounts` and no measure in its
 * clause ("pages 1994-96", "was 1950-70 degrees", "linked 1850-60
 * houses", "Call 0800 1994-96"). */
static gboolean
years_range_at (const Dates *d, const Match *m, gsize start, gsize end)
{
  const char *text = m->subject;
  if (measure_in_clause (d, m))
    return FALSE;
  if (text[end] == ' ' && g_ascii_islower (text[end + 1]))
    {
      gsize n = 0;
      while (g_ascii_isalpha (text[end + 1 + n]))
        n++;
      /* a plural, not a verb ("was", "has", "does") nor a singular in
       * -ss, -sis, -us ("the 2008-09 crisis", "its 2008-09 bonus"), nor
       * "this" ("in 2008-09 this club lost", dropped whole before; the
       * year row of patterns.tsv passes it too) */
      if (n > 3 && text[end + n] == 's' && !strchr ("su", text[end + n - 1])
          && !(text[end + n - 1] == 'i' && text[end + n - 2] == 's') && strncmp (text + end + 1, "does", n) != 0
          && strncmp (text + end + 1, "this", n) != 0
          && !word_before_in (d->accounts_words, text, end + 1 + n, NULL))
        return FALSE;
    }
  gsize b = start;
  while (b > 0 && strchr (" \"'(", text[b - 1]))
    b--;
  if (b == 0 || strchr (".!?\n", text[b - 1]))
    return TRUE;
  if (b >= 2 && text[b - 1] == 's' && (text[b - 2] == '\'' || (b >= 4 && memcmp (text + b - 4, "\xE2\x80\x99", 3) == 0)))
    return TRUE;
  if (text[start - 1] != ' ')
    return FALSE;
  return word_before_in (d->span_words, text, start - 1, NULL) || word_before_in (d->fiscal_words, text, start - 1, NULL);
}

/* Whether a year alone from @start to @end, before a plural of kind
 * `accounts`, is the year of those accounts, not a count of them: after a
 * determiner or a possessive ("its 2004 results", "Shell's 2004
 * profits"), a word of kind `ledger` ("full-year", "to report", "a
 * jump on 2003 figures") or `forecast` ("analysts expect 2005
 * earnings").  "The search returned 2000 results", "froze
 * 1900 accounts" are counts.  A year before any other word is left to
 * the pattern. */
static gboolean
year_of_ledger (const Dates *d, const char *text, gsize start, gsize end)
{
  if (text[end] != ' ')
    return TRUE;
  gsize n = 0;
  while (g_ascii_isalpha (text[end + 1 + n]))
    n++;
  if (n == 0 || !word_before_in (d->accounts_words, text, end + 1 + n, NULL))
    return TRUE;
  if (start < 2 || text[start - 1] != ' ')
    return FALSE;
  if (text[start - 2] == 's' && start >= 3 && text[start - 3] == '\'')
    return TRUE;
  if (start >= 5 && memcmp (text + start - 5, "\xE2\x80\x99s", 4) == 0)
    return TRUE;
  return word_before_in (d->determiner_words, text, start - 1, NULL)
         || word_before_in (d->ledger_words, text, start - 1, NULL)
         || word_before_in (d->forecast_words, text, start - 1, NULL);
}

/* Where a financial or sports year written as two calendar years ends,
 * after the first, @year, ends at @end: "2005/06", "2003/4", "2005-6",
 * "2003-04", "2005\u201306", "2006-2007", "2000/2001" (the next year, in
 * its last one, two or all four digits, after a slash, a hyphen or an en
 * dash), one span whose value is the first year and whose range is
 * both; 0 where none.  Two years one apart name one financial or
 * sports year however they are written, as "fiscal 1989" names one
 * (TimeBank+AQUAINT: DATE 1989); years further apart are a range of
 * years, two DATEs, as TimeML writes a range's ends ("1994-96",
 * normalise_decade()).  Not a date ("2005/06/01", "2005-06-01"). */
static gsize
fiscal_year_end (const char *text, gsize end, int year)
{
  gsize sep_n = text[end] == '/' || text[end] == '-' ? 1 : strncmp (text + end, "\u2013", 3) == 0 ? 3 : 0;
  if (sep_n == 0)
    return 0;
  gsize at = end + sep_n, n = 0;
  int next = 0;
  while (n < 5 && g_ascii_isdigit (text[at + n]))
    next = next * 10 + (text[at + n++] - '0');
  if (g_ascii_isalnum (text[at + n]) || text[at + n] == '/' || (text[at + n] == '-' && g_ascii_isdigit (text[at + n + 1])))
    return 0;
  if (n != 1 && n != 2 && n != 4)
    return 0;
  int modulus = n == 1 ? 10 : n == 2 ? 100 : 10000;
  return next == (year + 1) % modulus ? at + n : 0;
}

/* Whether a financial or sports year written as two whole years joined
 * by a hyphen or a dash, from @start to @end (the first ends at
 * @year_end), is one: beside a word of kind `fiscal` ("fiscal
 * 2006-2007", "the 2006-2007 season") or before one of kind `accounts`
 * ("its 2006-2007 results").  Elsewhere ("by 2006-2007", "the war of
 * 2006-2007") the two are a span's ends, two DATEs, as "2001-2003" is;
 * "2006-07" and "2006/2007" are written so for financial years alone. */
static gboolean
fiscal_whole_years (const Dates *d, const char *text, gsize start, gsize year_end, gsize end)
{
  if (text[year_end] == '/' || end - year_end < 5 || !g_ascii_isdigit (text[end - 4]) || !g_ascii_isdigit (text[end - 3]))
    return TRUE;
  if (start > 1 && text[start - 1] == ' ' && word_before_in (d->fiscal_words, text, start - 1, NULL))
    return TRUE;
  gsize after_end;
  return text[end] == ' '
         && (word_at_in (d->fiscal_words, text, end + 1, &after_end) || word_at_in (d->accounts_words, text, end + 1, &after_end));
}

/* "The 2005-06 financial year", "the tax year 2005/06": the financial
 * year written as two, @start..@end, with the words that name it (a
 * word of kind `fiscal` and "year", after it or before it, and the "the"
 * before them), one expression, as TimeBank+AQUAINT write "the current
 * fiscal year" and "fiscal 1989" whole; the years alone left the words a
 * reader of the layer cannot tell from a calendar year's.  Widens
 * @start and @end where the words are there.  Not "the 2005-06 season":
 * "season" names a sports year, and no "year" follows it. */
static void
fiscal_year_words (const Dates *d, const char *text, gsize *start, gsize *end)
{
  gsize w, e, at = *start;
  if (text[*end] == ' ' && word_at_in (d->fiscal_words, text, *end + 1, &e) && text[e] == ' '
      && g_ascii_strncasecmp (text + e + 1, "year", 4) == 0 && !g_ascii_isalnum (text[e + 5]))
    *end = e + 5;
  else if (word_before (text, 0, at, &w) == 4 && g_ascii_strncasecmp (text + w, "year", 4) == 0
           && word_before_in (d->fiscal_words, text, w, &w))
    at = w;
  else
    return;
  if (word_before (text, 0, at, &w) == 3 && g_ascii_strncasecmp (text + w, "the", 3) == 0)
    at = w;
  *start = MIN (*start, at);
}

/* A year: "2025", "nineteen ninety-six"; not one side of a size. */
gboolean
normalise_year (const Reading *x, Timex *t)
{
  int year = x->year;
  gsize year_end = group_end (x->m, G_YEAR);
  if (year_end > 0 && size_after (x->d, x->m->subject, year_end))
    return FALSE;
  /* the first of "1994-96" where the range is not one of years ("pages
   * 1994-96", "was 1950-70 degrees"): as its end, no year */
  const char *text = x->m->subject;
  if (year_end > 0 && text[year_end] == '-' && g_ascii_isdigit (text[year_end + 1]) && g_ascii_isdigit (text[year_end + 2])
      && !g_ascii_isalnum (text[year_end + 3]) && !years_range_at (x->d, x->m, group_offset (x->m, G_YEAR), year_end + 3))
    return FALSE;
  /* the year alone, the whole match (not after a preposition the pattern
   * reads, "in 2004 results were poor") */
  if (year_end > 0 && !x->g.text[G_MOD] && x->m->ovector[0] == x->m->start && x->m->start == group_offset (x->m, G_YEAR)
      && !year_of_ledger (x->d, x->m->subject, x->m->start, year_end))
    return FALSE;
  t->value = value_calendar (year, 0, 0);
  t->resolution = "absolute";
  gsize fiscal_end = year_end > 0 ? fiscal_year_end (text, year_end, year) : 0;
  /* two whole years with no word of a financial year beside them are a
   * span's two ends, each a year wherever it stands, as "2008-2010" is
   * ("mayor 2008-2009") */
  if (fiscal_end && !fiscal_whole_years (x->d, text, group_offset (x->m, G_YEAR), year_end, fiscal_end))
    fiscal_end = 0;
  /* as a range of years, only where years are spoken of, or before a
   * name ("the awesome 1924-5 All Black tourists"): "won 2005-6", "pages
   * 2003-4", "a 2003/4 split" are a score, pages, a ratio, and neither
   * number a year */
  if (fiscal_end && !years_range_at (x->d, x->m, group_offset (x->m, G_YEAR), fiscal_end)
      && !(text[fiscal_end] == ' ' && g_ascii_isupper (text[fiscal_end + 1])))
    return FALSE;
  if (fiscal_end)
    {
      gsize start = t->start;
      fiscal_year_words (x->d, text, &start, &fiscal_end);
      t->start = start;
      t->end = fiscal_end;
      t->ranged = TRUE;
      t->range_start = value_calendar (year, 0, 0);
      t->range_end = value_calendar (year + 1, 0, 0);
    }
  return TRUE;
}

/* A decade: "the 1990s", "the '90s", the "80s" of "the 1970s and 80s";
 * "the 1800s" is the century. */
gboolean
normalise_decade (const Reading *x, Timex *t)
{
  const GDate *ref = x->ref;
  gboolean anchored = x->anchored;
  int year = x->year;
  const char *century_s = x->g.text[G_NUMBER];
  /* Two digits were read as a year of 1950-2049 (as in 5/3/21); a decade
   * named so ("'40s") takes its century from the decade named with it
   * ("the 1930s and 40s"), else the reference. */
  if (strlen (x->g.text[G_YEAR]) == 2)
    year %= 100;
  /* "the 30s" without its apostrophe after a measure in the clause
   * ("temperatures in the 30s", "a round in the 60s") is a range of
   * that measure: a wrong decade is worse than none */
  gsize year_at = group_offset (x->m, G_YEAR);
  if (year < 100 && !century_s && year_at > 0 && x->m->subject[year_at - 1] != '\'' && measure_in_clause (x->d, x->m))
    return FALSE;
  if (year < 100 && century_s && x->m->subject[x->m->end - 1] != 's')
    {
      /* the end of "1994-96", "2003-04", "1998-01" (in the next
       * century when its digits are smaller): a year after the first,
       * within 30; not a range going back ("2004-03" is a year and a
       * month).  "1999-00" is left: its "00" is read as no year */
      gsize first_at = group_offset (x->m, G_NUMBER);
      if (!years_range_at (x->d, x->m, first_at, x->m->end))
        return FALSE;
      int first = parse_int (x->m->subject + first_at);
      year += parse_int (century_s) * 100 + (year < first % 100 ? 100 : 0);
      if (year <= first || year - first > 30)
        return FALSE;
      t->value = value_calendar (year, 0, 0);
      t->resolution = "absolute";
      return TRUE;
    }
  if (year < 100 && century_s)
    year += parse_int (century_s) * 100;
  else if (year < 100)
    {
      /* '90s: the decade of that name nearest the reference. */
      int century = anchored ? g_date_get_year (ref) / 100 * 100 : 1900;
      year += century;
      if (anchored && year > g_date_get_year (ref))
        year -= 100;
    }
  /* "the 1800s" is the century, TIMEX3 "18"; "the 2000s" the decade. */
  if (year % 100 == 0 && year < 2000)
    t->value = (TimexValue){ .kind = VALUE_CENTURY, .year = year / 100 };
  else
    t->value = (TimexValue){ .kind = VALUE_DECADE, .year = year / 10 };
  t->resolution = "absolute";
  return TRUE;
}

/* A century: "the 20th century" is TIMEX3 "19". */
gboolean
normalise_century (const Reading *x, Timex *t)
{
  const char *number_s = x->g.text[G_NUMBER];
  /* "the 20th century" is the years 19xx: TIMEX3 writes "19". */
  int n = number_s ? parse_int (number_s) : 0;
  if (n < 1 || n > 30)
    return FALSE;
  t->value = (TimexValue){ .kind = VALUE_CENTURY, .year = n - 1 };
  t->resolution = "absolute";
  return TRUE;
}

/* How far from a quarter named without its year a figure of money or a
 * share must be for it to be a quarter of a business year, in bytes:
 * about two paragraphs. */
#define FIGURES_REACH 1000

/* Whether a sum of money, a share or a word of a business's accounts
 * (the lexicon's kind `business`: "profits", "growth") is written
 * within FIGURES_REACH bytes of [@start, @end) in @text (NUL-terminated):
 * "$11bn", "2%", "£53m", "40 per cent".  "The first quarter" of a match
 * report has none near it, and is no quarter of a year. */
static gboolean
figures_near (const Dates *d, const char *text, gsize start, gsize end)
{
  gsize from = start > FIGURES_REACH ? start - FIGURES_REACH : 0;
  /* no further than the text's NUL: a pointer past its end is undefined */
  const char *stop = text + end + strnlen (text + end, FIGURES_REACH);
  /* the signs first, outward from the expression: they are cheap to see
   * and in a business report one is seldom far */
  const char *before = text + start, *after = text + end;
  while (before > text + from || (after < stop && *after))
    {
      if (before > text + from)
        {
          before--;
          if (*before == '%' || *before == '$' || (*before == '\xC2' && before[1] == '\xA3')
              || (*before == '\xE2' && before[1] == '\x82' && before[2] == '\xAC'))
            return TRUE;
        }
      if (after < stop && *after)
        {
          if (*after == '%' || *after == '$' || (*after == '\xC2' && after[1] == '\xA3')
              || (*after == '\xE2' && after[1] == '\x82' && after[2] == '\xAC'))
            return TRUE;
          after++;
        }
    }
  /* then the words */
  for (const char *p = text + from; *p && p < stop; p++)
    if (g_ascii_isalpha (*p) && (p == text || !g_ascii_isalpha (p[-1])))
      {
        char word[24];
        guint n = 0;
        while (g_ascii_isalpha (p[n]) && n < sizeof word - 1)
          word[n] = g_ascii_tolower (p[n]), n++;
        word[n] = '\0';
        if (!g_ascii_isalpha (p[n]) && g_hash_table_contains (d->business, word))
          return TRUE;
        p += n - 1;
      }
  return FALSE;
}

/* Whether a word of the lexicon's kind `business` ("growth", "profits")
 * follows the expression ending at @end, a hyphenated word between at
 * most ("fourth-quarter pre-tax profits"): the quarter names figures,
 * which exist only for a quarter done. */
static gboolean
figures_after (const Dates *d, const char *text, gsize end)
{
  gsize at = end;
  for (guint words = 0; words < 2 && text[at] == ' ' && g_ascii_isalpha (text[at + 1]); words++)
    {
      char word[24];
      guint n = 0;
      gboolean hyphen = FALSE;
      at++;
      while ((g_ascii_isalpha (text[at]) || text[at] == '-') && n < sizeof word - 1)
        {
          hyphen |= text[at] == '-';
          word[n++] = g_ascii_tolower (text[at++]);
        }
      word[n] = '\0';
      if (g_ascii_isalpha (text[at]))
        return FALSE;
      if (g_hash_table_contains (d->business, word))
        return TRUE;
      if (!hyphen)
        return FALSE;
    }
  return FALSE;
}

/* Whether the figures a quarter names at @end are forecast: a cue of the
 * future in its clause after ("sales will be weak", "are likely to be
 * flat"), or a word of kind `forecast` before it in its sentence
 * ("analysts expect", "the firm forecast"); after it such a word is
 * often a comparison of figures out ("profits beat forecasts").  Not a cue of the future before it: figures
 * to be published are reported ("will publish fourth quarter results",
 * "is due to publish its estimate of third quarter growth"). */
static gboolean
figures_forecast (Tense *tense, gsize end)
{
  if (tense_future_after (tense, end))
    return TRUE;
  const char *text = tense->text;
  gsize from = end;
  while (from > tense->start && !strchr (",;:()", text[from - 1]))
    from--;
  return word_between_in (tense->d->forecast_words, text, from, end);
}

/* The month (1 to 12) of a month's name at *@p, in the lexicon's
 * spelling ("June", "Sept", with or without the abbreviation's dot), *@p
 * moved past it; 0 for any other word. */
static int
month_name_at (const Dates *d, const char **p)
{
  char word[16];
  gsize n = 0;
  while (g_ascii_isalpha ((*p)[n]) && n < sizeof word - 1)
    word[n] = (*p)[n], n++;
  word[n] = '\0';
  int month = g_ascii_isalpha ((*p)[n]) ? 0 : lookup_int (d->months, word);
  if (month)
    *p += n + ((*p)[n] == '.');
  return month;
}

/* Whether "fiscal" or "financial" is a word of [@start, @end) of @text
 * (the quarter patterns' own words: kind `fiscal` of context-words.tsv
 * holds "year" and "season" too). */
static gboolean
fiscal_in (const char *text, gsize start, gsize end)
{
  static const char *const words[] = { "fiscal", "financial" };
  for (gsize at = start; at < end; at++)
    if (g_ascii_isalpha (text[at]) && (at == start || !g_ascii_isalpha (text[at - 1])))
      for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        {
          gsize n = strlen (words[i]);
          if (at + n <= end && g_ascii_strncasecmp (text + at, words[i], n) == 0 && !g_ascii_isalpha (text[at + n]))
            return TRUE;
        }
  return FALSE;
}

/* The year a financial year is named by where a month and year after it
 * say when it starts ("the next fiscal year starting April 2005",
 * "the financial year beginning in April 2006"): that year, as a year
 * written as two ("2005-06") is named by its first; 0 where @after (the
 * text right after the expression) says no such thing. */
int
fiscal_year_started (const Dates *d, const char *after)
{
  static const char *const starts[] = { " starting ", " beginning ", " which starts ", " which begins ", " that starts " };
  const char *p = NULL;
  if (*after == ',') /* "next financial year, which starts in April 2005" */
    after++;
  for (guint i = 0; i < G_N_ELEMENTS (starts) && !p; i++)
    if (g_ascii_strncasecmp (after, starts[i], strlen (starts[i])) == 0)
      p = after + strlen (starts[i]);
  if (!p)
    return 0;
  if (g_ascii_strncasecmp (p, "in ", 3) == 0)
    p += 3;
  if (!month_name_at (d, &p) || *p != ' ')
    return 0;
  p++;
  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[3]) || g_ascii_isalnum (p[4]))
    return 0;
  int year = (int) g_ascii_strtoull (p, NULL, 10);
  return year >= 1000 && year < 3000 ? year : 0;
}

/* A quarter or a half of a year: "the third quarter", "the first half of 2008". */
gboolean
normalise_quarter (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  gboolean anchored = x->anchored;
  const char *unit_s = x->g.text[G_UNIT];
  const char *number_s = x->g.text[G_NUMBER];
  const char *shift = x->shift;
  int step = x->step;
  int year = x->year;
  char ordinal_buf[64];
  g_autofree char *ordinal_heap = NULL;
  char *ordinal = number_s ? ascii_lower (number_s, ordinal_buf, sizeof ordinal_buf, &ordinal_heap) : NULL;
  int q = lookup_int (d->ordinals, ordinal);
  /* A year has two halves, the first and the other ("the second
   * half", "the last half", "the latter half"): 1989-H2. */
  gboolean half = unit_s && g_ascii_strcasecmp (unit_s, "half") == 0;
  /* as business news and TIMEX3 write them: "Q3", "H1" */
  if (ordinal && (ordinal[0] == 'q' || ordinal[0] == 'h') && g_ascii_isdigit (ordinal[1]) && !ordinal[2])
    q = ordinal[1] - '0', half = ordinal[0] == 'h';
  if (half)
    q = q == 1 ? 1 : 2;
  if (q < 1 || q > 4)
    return FALSE;
  gboolean written_short = ordinal && (ordinal[0] == 'q' || ordinal[0] == 'h') && g_ascii_isdigit (ordinal[1]);
  if (!year && !shift && !half && !written_short && !figures_near (x->d, x->m->subject, x->m->start, x->m->end))
    return FALSE;
  if (!year && anchored && shift) /* "the first quarter of last year" */
    year = g_date_get_year (ref) + step;
  else if (!year && anchored && fiscal_in (x->m->subject, x->m->start, x->m->end))
    /* "its third fiscal quarter": a business's year runs ahead of the
     * calendar's and is named by its end, so a fiscal quarter reported
     * is of the reference's year (TimeBank+AQUAINT: "the fiscal first
     * quarter", "fiscal second-quarter", 1989 in 1989), not the last
     * calendar quarter of that number; a year the text names is
     * discourse's to give */
    year = g_date_get_year (ref);
  else if (!year && anchored)
    {
      year = g_date_get_year (ref);
      int current = (g_date_get_month (ref) - 1) / (half ? 6 : 3) + 1;
      /* "third quarter growth", "fourth-quarter profits": figures
       * reported, of the last such quarter reached ("Fourth-quarter
       * profits fell"), as TimeBank+AQUAINT dates its quarters before a
       * word of figures (third-quarter profits in the fourth quarter:
       * this year's; the fourth quarter's, in it: this year's too).  But
       * figures forecast (a cue of the future, or a word of kind
       * `forecast` in the sentence: "Analysts expect third-quarter growth
       * to slow", "forecast second-quarter earnings") are of the quarter
       * to come. */
      if (!half && figures_after (x->d, x->m->subject, x->m->end))
        {
          if (q > current && !figures_forecast (tense, x->m->end))
            year--;
        }
      else if (q > current && !tense_future (tense))
        year--; /* a quarter not yet reached is last year's */
      else if (!half && q < current - 1 && tense_future (tense))
        year++; /* ended two quarters back or more: next year's ahead */
    }
  else if (year)
    t->resolution = "absolute";
  t->value = value_period (year ? year : VALUE_X, half ? 'H' : 'Q', q);
  return TRUE;
}

/* "A year ago", "year-earlier": the year before; discourse may give it the grain of a period named before. */
gboolean
normalise_yearago (const Reading *x, Timex *t)
{
  const GDate *ref = x->ref;
  int y = g_date_get_year (ref);
  t->value = value_calendar (y - 1, 0, 0);
  t->years_back = 1;
  /* "a year ago" counts from the day of writing, "a year earlier" from
   * the time told before it; the adjectives "year-ago", "year-earlier"
   * name the period compared, which may be the one named before them
   * ("in the 1988 period. The year-ago results") */
  t->years_back_from = !x->word || !strchr (x->word, ' ') ? 0 : g_str_has_suffix (x->word, " ago") ? 'N' : 'T';
  /* "A year ago" opening its sentence tells a time of its own ("Profit
   * rose in the fourth quarter.  A year ago the firm was near
   * collapse"), not the figure compared, which follows one ("from $4m a
   * year ago") */
  if (t->years_back_from == 'N' && opens_sentence (x->m->subject, 0, x->m->start))
    t->years_back_from = 'O';
  return TRUE;
}

/* The quarter that "the quarter ended 30 June", "the quarter ending Sept.
 * 30, 1989" names: the calendar quarter of the middle of the three
 * months up to that day, as TimeBank+AQUAINT write "the quarter ended
 * Sept. 30" 1989-Q3 and "the quarter ended July 31" 1989-Q2 (a
 * business's quarter, May to July).  Without its year, the day is the
 * last before the reference (figures reported) unless the clause looks
 * ahead ("will report for the quarter ending 30 June").  FALSE where no
 * such day follows @x. */
static gboolean
quarter_ended (const Reading *x, int *year, int *q)
{
  const char *unit = x->g.text[G_UNIT];
  const char *p = x->m->subject + x->m->end;
  if (!unit || g_ascii_strcasecmp (unit, "quarter") != 0 || *p++ != ' ')
    return FALSE;
  if (g_ascii_strncasecmp (p, "ended ", 6) == 0)
    p += 6;
  else if (g_ascii_strncasecmp (p, "ending ", 7) == 0)
    p += 7;
  else
    return FALSE;
  int day = 0, month = 0, y = 0;
  if (g_ascii_isdigit (*p))
    {
      /* "30 June", "30th June" */
      while (g_ascii_isdigit (*p))
        day = day * 10 + (*p++ - '0');
      if (g_ascii_isalpha (*p) && g_ascii_isalpha (p[1]) && !g_ascii_isalpha (p[2]))
        p += 2;
      if (*p++ != ' ' || (month = month_name_at (x->d, &p)) == 0)
        return FALSE;
    }
  else
    {
      /* "June 30", "Sept. 30," */
      if ((month = month_name_at (x->d, &p)) == 0 || *p++ != ' ' || !g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        day = day * 10 + (*p++ - '0');
    }
  if (day < 1 || day > 31)
    return FALSE;
  if (*p == ',')
    p++;
  if (*p == ' ' && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[4]) && !g_ascii_isdigit (p[5]))
    y = (int) g_ascii_strtoull (p + 1, NULL, 10);
  if (!y)
    {
      int ref_month = g_date_get_month (x->ref), ref_day = g_date_get_day (x->ref);
      gboolean after_ref = month > ref_month || (month == ref_month && day > ref_day);
      y = g_date_get_year (x->ref);
      if (after_ref && !tense_future (x->tense))
        y--;
      else if (!after_ref && tense_future (x->tense))
        y++;
    }
  /* the middle month: the one before the closing month, or two before
   * where the quarter closes early in a month ("ended 2 January") */
  int middle = month - (day >= 15 ? 1 : 2);
  if (middle < 1)
    middle += 12, y--;
  *year = y;
  *q = (middle - 1) / 3 + 1;
  return TRUE;
}

/* The quarter just reported: "the latest quarter", "the year-earlier quarter". */
gboolean
normalise_quarterrel (const Reading *x, Timex *t)
{
  const GDate *ref = x->ref;
  const char *shift = x->shift;
  int y = g_date_get_year (ref);
  if (!figures_near (x->d, x->m->subject, x->m->start, x->m->end))
    return FALSE;
  int closed_q;
  if (!shift && quarter_ended (x, &y, &closed_q))
    {
      t->value = value_period (y, 'Q', closed_q);
      return TRUE;
    }
  /* The quarter just reported: the last one completed before the
   * reference date; "current" is the reference date's own, a year
   * earlier is four back. */
  int q = (g_date_get_month (ref) - 1) / 3 + 1;
  gboolean current = shift && (strstr (shift, "current") || strstr (shift, "same"));
  if (!current)
    q--;
  if (shift && (strstr (shift, "previous") || strstr (shift, "prior")))
    q--;
  if (shift && strstr (shift, "year-"))
    y--;
  while (q < 1)
    q += 4, y--;
  t->value = value_period (y, 'Q', q);
  return TRUE;
}
