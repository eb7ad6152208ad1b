/* discourse-year.c: which year a date written without one is in, by
 * what the document named before it: the year written just before in
 * its sentence ("in 2001, when on 11 September"), the year a day or a
 * month took when first named, "the year" and "the month" of the period
 * a report is about, a sequence of plans.  The rest of what discourse
 * carries is in discourse.c; both update one struct, Discourse. */
#include "dates-private.h"
#include "tense.h"

#include <string.h>

/* How far after a year a day or month without one is still in it, in
 * bytes: a few words of one clause ("2001, when the 11 September"). */
#define YEAR_REACH 24

/* Whether the year written in four digits that ends at @year_end follows
 * an article or a possessive and modifies a word of a business's accounts
 * (the lexicon's kind `business`) one or two words after it: "the 2004
 * results", "Labour's 2004 pre-tax profits".  Such a year is the period
 * the figures cover, which are reported after it. */
static gboolean
year_of_accounts (const Dates *d, const char *text, gsize sentence_start, gsize year_end)
{
  static const char *const determiners[] = { "the", "a", "an", "its", "their", "his", "her", "our", "this", "that" };
  if (year_end < sentence_start + 7 || text[year_end - 5] != ' ')
    return FALSE;
  gsize w, word_end = year_end - 5;
  word_before (text, sentence_start, word_end, &w);
  gboolean determined = text[word_end - 1] == 's'
                        && (text[word_end - 2] == '\''
                            || (word_end >= 4 && memcmp (text + word_end - 4, "\u2019", 3) == 0));
  for (guint k = 0; k < G_N_ELEMENTS (determiners) && !determined; k++)
    determined = strlen (determiners[k]) == word_end - w && g_ascii_strncasecmp (text + w, determiners[k], word_end - w) == 0;
  if (!determined)
    return FALSE;
  const char *p = text + year_end;
  for (guint k = 0; k < 2 && *p == ' ' && g_ascii_islower (p[1]); k++)
    {
      p++;
      char word[24];
      guint n = 0;
      while ((g_ascii_isalpha (p[n]) || p[n] == '-') && n < sizeof word - 1)
        word[n] = g_ascii_tolower (p[n]), n++;
      word[n] = '\0';
      if (!g_ascii_isalpha (p[n]) && g_hash_table_contains (d->business, word))
        return TRUE;
      p += n;
    }
  return FALSE;
}

/* "The year" is the one a report is about: the reference's, unless a
 * year alone was just written, within two sentences and with no other
 * date since, as what the text speaks of.  That year must open its
 * sentence ("In 1974 Wilson ... increased his majority later in the
 * year", "2003 was a bad year"), or the clause of "the year" must speak
 * of no present or future (data/context-words.tsv, kind `present`) and
 * the year not be set off by commas ("revenues slipped ... in 2004 ...
 * Nickel prices rose 43% during the year").  A year in
 * an aside or a relative clause is background, a founding or birth year
 * ("The company, founded in 1987, said profits for the year rose"), and
 * a clause in the present or future is about the year of the report
 * ("The firm was founded in 1987.  Its shares are up 20% on the year");
 * "of the year" after such a year is an award ("voted male athlete of
 * the year"), after an opening one its year ("In 1985 it won song of the
 * year", "for the rest of the year");
 * normalise() leaves the latter unflagged.  Not "the year ahead", nor
 * "the year he turned 18", which says which year by its clause, nor a
 * year that bounds, compares or modifies ("by 2006", "since 1993", "with
 * 2003's", "the 2003 World Cup": kind `bound`).
 * TimeBank+AQUAINT writes its ten "the year" as the creation time's year
 * or as a span, none after a year so written: none changes. */
static gboolean
the_year (const Dates *d, const Discourse *ds, const char *text, gsize sentence_start, Timex *t)
{
  static const char *const persons[] = { " he ", " she ", " it ", " they ", " we ", " I ", " you " };
  if (ds->last_year_end < 4 || !ds->last_year_alone || t->start - ds->last_year_end > PERIOD_REACH
      || t->value.kind != VALUE_CALENDAR || t->value.month != 0 || t->value.year == ds->last_year
      || g_ascii_strncasecmp (text + t->end, " ahead", 6) == 0)
    return FALSE;
  /* "the year" alone opening its sentence or after "in", not "later in
   * the year they fell" nor "1981 was to be the year he toured" */
  gsize pw, pn = word_before (text, 0, t->start, &pw);
  gsize lead_at = t->start;
  while (lead_at > 0 && text[lead_at - 1] == ' ')
    lead_at--;
  gboolean lead = (pn == 2 && g_ascii_strncasecmp (text + pw, "in", 2) == 0) || lead_at == 0
                  || strchr (".!?\n", text[lead_at - 1]) != NULL;
  for (guint k = 0; k < G_N_ELEMENTS (persons) && lead && t->mod == NULL && t->end - t->start == 8; k++)
    if (strncmp (text + t->end, persons[k], strlen (persons[k])) == 0)
      return FALSE;
  /* where the year's sentence starts, and whether the year opens it,
   * alone or after "In" */
  gsize year_at = ds->last_year_end - 4, at = year_at, w;
  if (word_before_in (d->bound_words, text, at, NULL))
    return FALSE;
  gsize n = at > 0 && text[at - 1] == ' ' ? word_before (text, 0, at - 1, &w) : 0;
  if (n == 2 && g_ascii_strncasecmp (text + w, "in", 2) == 0)
    at = w;
  while (at > 0 && text[at - 1] != '\0' && strchr (" \t\"'\u2018\u201C", text[at - 1]))
    at--;
  gboolean opens = at == 0 || strchr (".!?\n", text[at - 1]) != NULL;
  if (!opens)
    {
      /* nor an award ("named athlete of the year") */
      if (word_between_in (d->present_words, text, sentence_start, t->start)
          || (t->start >= 3 && g_ascii_strncasecmp (text + t->start - 3, "of ", 3) == 0))
        return FALSE;
      /* an aside: ", founded in 1987,", ", who won gold in 2000," */
      gsize s = year_at;
      while (s > 0 && year_at - s < PERIOD_REACH && !strchr (".!?\n", text[s - 1]))
        s--;
      if (text[ds->last_year_end] == ',' && memchr (text + s, ',', year_at - s))
        return FALSE;
      /* a relative clause that goes on past its year, before a main
       * clause of the present perfect or a modal ("who moved to City in
       * 2003 after a poor stint at Leeds, has battled back ... at the
       * start of the season"): a relative pronoun since the last comma
       * before the year.  A main clause in the past may go on in the
       * year ("Profits, which rose in 2004 on strong sales, fell later
       * in the year") */
      gsize from = year_at;
      while (from > s && text[from - 1] != ',')
        from--;
      if (word_between_in (d->relative_words, text, from, year_at)
          && word_between_in (d->unfinished_words, text, ds->last_year_end, t->start))
        return FALSE;
    }
  t->anchor = value_calendar (ds->last_year, 0, 0);
  t->value.year = ds->last_year;
  return TRUE;
}

/* Where the clause that goes on at @at ends: the next comma, semicolon
 * or end of sentence (a full stop before a space or the end). */
static gsize
clause_end (const char *text, gsize at)
{
  while (text[at] != '\0' && !strchr (",;!?\n", text[at])
         && !(text[at] == '.' && (text[at + 1] == ' ' || text[at + 1] == '\0')))
    at++;
  return at;
}

/* Where the clause that holds @at starts: after the last comma or
 * semicolon since @sentence_start ("if cars are excluded from the data,
 * sales rose 0.3% on the month": the clause of "the month" is past). */
static gsize
clause_start (const char *text, gsize sentence_start, gsize at)
{
  while (at > sentence_start && text[at - 1] != ',' && text[at - 1] != ';')
    at--;
  return at;
}

/* Where the coordinate clause that holds @at starts, from @from: after
 * the last " and " or " but " ("sales have been improving and revenue
 * for the year was": the clause of "the year" is past). */
static gsize
coordinate_start (const char *text, gsize from, gsize at)
{
  for (gsize w = at; w >= from + 5; w--)
    if (strncmp (text + w - 5, " and ", 5) == 0 || strncmp (text + w - 5, " but ", 5) == 0)
      return w;
  return from;
}

/* Whether a full stop, "!" or "?" before a space lies in @from..@to. */
static gboolean
stop_between (const char *text, gsize from, gsize to)
{
  for (gsize at = from; at + 1 < to; at++)
    if (strchr (".!?", text[at]) && (text[at + 1] == ' ' || text[at + 1] == '\n'))
      return TRUE;
  return FALSE;
}

/* "The year", "the month" of a report about a past month: the month and
 * its year named last before, within a paragraph or two and with no
 * date since ("Retail sales rose 3% in December ... Sales climbed 8% for
 * the year", said in March, is last year; "rose 1.2% in the month" is
 * that December), as TimeBank anchors "the quarter" on the quarter just
 * reported.  Only a month named, gone by before the reference's year
 * or month: "sales in January" said in March, then "the year", is this
 * year anyway; a day named is too often a weekday of the week just gone
 * ("lost on Monday ... began the year with a win" said on 1 January),
 * unless it is in the month named before it.
 * Not where the clause of "the year" or "the month" speaks of the
 * present (kind `present`: "Sales in December rose but the year is off
 * to a slow start"), or holds a present perfect or a modal (kind
 * `unfinished`: "The year has started well", "Prices have risen since
 * the start of the year"), or the period runs up to now ("in the year
 * so far"), nor "the year ahead", nor a prize or a part of it
 * ("album of the year", "the rest of the month"), nor a sports season,
 * which starts in one year and ends in the next (the_year 2,
 * normalise_relunit()), and never a future (normalise_relunit() flags
 * none). */
static gboolean
the_period_named (const Dates *d, const Discourse *ds, const char *text, gsize sentence_start, Timex *t)
{
  /* a day inside the month named before it ("sales in December ...
   * before Christmas") leaves the report's month as it was */
  gboolean day_in_month = ds->last_named_grain == 'D' && ds->last_period.kind == VALUE_CALENDAR
                          && ds->last_period.day == 0 && ds->last_period.year == ds->last_named[0]
                          && ds->last_period.month == ds->last_named[1] && ds->last_period_end > 0
                          && t->start - ds->last_period_end <= ANAPHOR_REACH;
  if ((ds->last_named_grain != 'M' && !day_in_month) || ds->last_named_end == 0
      || t->start < ds->last_named_end || t->start - ds->last_named_end > ANAPHOR_REACH
      || t->value.kind != VALUE_CALENDAR || t->value.day != 0 || t->value.year < 1 || t->the_year == 2
      || (t->mod == NULL && t->start >= 3 && g_ascii_strncasecmp (text + t->start - 3, "of ", 3) == 0)
      || g_ascii_strncasecmp (text + t->end, " ahead", 6) == 0
      || word_between_in (d->present_words, text, clause_start (text, sentence_start, t->start), t->start)
      || word_between_in (d->present_words, text, t->end, clause_end (text, t->end))
      || word_between_in (d->unfinished_words, text,
                          coordinate_start (text, clause_start (text, sentence_start, t->start), t->start), t->start)
      || word_between_in (d->unfinished_words, text, t->end, clause_end (text, t->end))
      || g_ascii_strncasecmp (text + t->end, " so far", 7) == 0)
    return FALSE;
  int y = ds->last_named[0], mo = ds->last_named[1];
  /* two months named in one sentence before it, neither the report's
   * for sure ("Exports fell in December, after rising in November.  For
   * the month"): none, as a year across two months' years is; a month
   * named in an earlier sentence is not the report's rival ("from 85,000
   * in October ... continued in December ... during the month") */
  if (ds->month_before_end > 0 && t->start - ds->month_before_end <= ANAPHOR_REACH
      && !stop_between (text, ds->month_before_end, ds->last_named_end)
      && ds->month_before[0] * 12 + ds->month_before[1] != y * 12 + mo
      && (t->value.month != 0 || ds->month_before[0] != y))
    return FALSE;
  if (t->value.month == 0 ? y >= t->value.year : y * 12 + mo >= t->value.year * 12 + t->value.month)
    return FALSE;
  t->anchor = value_calendar (y, t->value.month ? mo : 0, 0);
  t->value.year = y;
  if (t->value.month)
    t->value.month = mo;
  t->resolution = "relative";
  return TRUE;
}

/* A holiday named with no year and no cue of tense after a day named
 * within a sentence or two is the one nearest that day, not the one
 * nearest the reference: "the session will broadcast on 18 December ...
 * Other Christmas specials include a Christmas Day concert" (said in
 * March) is the coming Christmas; "sales on 3 January ... over Christmas"
 * the one just gone. */
static void
holiday_near_day (const Discourse *ds, Timex *t)
{
  GDate day, h;
  if (ds->last_day_end == 0 || t->start - ds->last_day_end > ANAPHOR_REACH || !value_to_date (&ds->last_day, &day))
    return;
  /* the day's year's, or the year before's or after's when that is nearer:
   * within half a year of the day named, or it says nothing */
  int y = g_date_get_year (&day);
  if (!holiday_in_year (t->holiday_open, y, &h))
    return;
  int apart = g_date_days_between (&day, &h);
  if ((apart > 183 || apart < -183) && holiday_in_year (t->holiday_open, apart > 0 ? y - 1 : y + 1, &h))
    apart = g_date_days_between (&day, &h);
  if (apart <= 183 && apart >= -183)
    t->value = value_day (&h);
}

/* "The following summer", "the previous winter" after a date named
 * within reach count from its year, as "the following year" does ("In
 * 1999 he joined Leeds.  The following summer, he moved" is 2000's
 * summer); with none, from the reference. */
static gboolean
season_from_named (const Discourse *ds, const char *text, Timex *t)
{
  if (t->value.kind != VALUE_SEASON || !ds->last_named_grain || ds->last_named_end == 0
      || t->start - ds->last_named_end > ANAPHOR_REACH)
    return FALSE;
  int step = g_ascii_strncasecmp (text + t->start, "the following ", 14) == 0  ? 1
             : g_ascii_strncasecmp (text + t->start, "the previous ", 13) == 0 ? -1
                                                                                : 0;
  if (step == 0)
    return FALSE;
  t->value.year = ds->last_named[0] + step;
  t->anchor = value_calendar (ds->last_named[0], 0, 0);
  t->resolution = "relative";
  return TRUE;
}

/* Whether @t, a day written without its year and placed by the
 * reference alone (its anchor a day), was named so before in the
 * document: the year it got then ("The sides meet again on 1 February
 * ... The return is on 1 February": one match, one day, however each
 * clause's tense reads).  A year written in the sentence comes first
 * (place_in_named_year()); a weekday written with the day placed its year
 * by itself (year_with_weekday()), and so did a cue of its own clause's
 * tense ("will meet on 3 February ... The first leg was on 3 February":
 * two matches); the first mention's year is taken where none did. */
static void
day_named_again (const Discourse *ds, Timex *t)
{
  TimexValue *v = &t->value;
  if (!t->year_open || t->year_by_tense || t->weekday > 0 || v->kind != VALUE_CALENDAR || v->month < 1 || v->month > 12 || v->day < 1
      || v->day > 31 || t->anchor.kind != VALUE_CALENDAR || t->anchor.day < 1)
    return;
  int first = ds->day_first_year[v->month - 1][v->day - 1];
  if (first == 0 || first == v->year || !valid_dmy (v->day, v->month, first))
    return;
  v->year = first;
}

/* A month without its year and with a possessive, "December's data", is
 * the December the text has been about: the year the same month last
 * named without its year took, whatever the clause's tense would make of
 * it alone ("sales rose in December ... analysts will study December's
 * figures" is one December, not the coming one).  The possessive names a
 * thing of that month (its figures, its record) as "Saturday's match"
 * does of a day (discourse_weekday_again()).  Not a month without it,
 * which may be another year's ("lost in December ... will meet again in
 * December"), nor after the same month with its year written, a
 * comparison as often as not ("26% more than in December 2003 ... Before
 * December's record"). */
static void
month_named_again (const Discourse *ds, const char *text, Timex *t)
{
  TimexValue *v = &t->value;
  if (!t->year_open || v->kind != VALUE_CALENDAR || v->month < 1 || v->month > 12 || v->day != 0)
    return;
  int year = ds->month_open_year[v->month - 1];
  if (year == 0 || year == v->year)
    return;
  const char *after = text + t->end;
  if (!g_str_has_prefix (after, "'s") && !g_str_has_prefix (after, "\u2019s"))
    return;
  if (g_ascii_isalnum (after[after[0] == '\'' ? 2 : 4]))
    return;
  v->year = year;
  t->anchor = value_calendar (year, v->month, 0);
}

/* A day or month without its year placed in the year written before it
 * in its sentence (discourse_place_in_year()); FALSE where none is. */
static gboolean
place_in_named_year (const Dates *d, const Discourse *ds, const char *text, gsize sentence_start, Timex *t)
{
  if (!t->year_open || ds->last_year_end == 0 || ds->last_year_end <= sentence_start
      || t->start > ds->last_year_end + YEAR_REACH || t->value.kind != VALUE_CALENDAR)
    return FALSE;
  /* already the year written: named, no other to take */
  if (t->value.year == ds->last_year)
    return TRUE;
  /* within one clause: no comma, dash or bracket between, nor a word
   * that opens another ("since its launch in 2003 and that as of
   * February" is this year's February) */
  for (gsize i = ds->last_year_end; i < t->start; i++)
    if (strchr (",;:-()", text[i]))
      return FALSE;
  static const char *const opens[] = { " and ", " but ", " or ", " that ", " while " };
  for (guint k = 0; k < G_N_ELEMENTS (opens); k++)
    if (g_strstr_len (text + ds->last_year_end, t->start + 1 - ds->last_year_end, opens[k]))
      return FALSE;
  /* a year of accounts is not when they are reported: "The 2004
   * results released on 1 March" (but "Labour's 1997 victory on 1 May",
   * and "The 2001 sales on 24 December", with no verb of reporting
   * between, a day inside the year) */
  if (year_of_accounts (d, text, sentence_start, ds->last_year_end)
      && word_between_in (d->report_words, text, ds->last_year_end, t->start))
    return FALSE;
  /* nor a year right before a plural of published accounts (kind
   * `accounts`: "its 2004 results on 23 March", "to reveal 2004 earnings
   * on 19 January"): the figures of a year come out after it */
  gsize noun = ds->last_year_end + 1, noun_end = noun;
  while (text[ds->last_year_end] == ' ' && g_ascii_isalpha (text[noun_end]))
    noun_end++;
  if (noun_end > noun && word_before_in (d->accounts_words, text, noun_end, NULL))
    return FALSE;
  /* "29 February" in a leap year named, not in another */
  if (t->value.day > 0 && !valid_dmy (t->value.day, t->value.month, ds->last_year))
    return FALSE;
  t->value.year = ds->last_year;
  t->anchor = value_calendar (ds->last_year, 0, 0);
  return TRUE;
}

/* Whether "to" and a word in lowercase stand between @from and @to, an
 * infinitive ("to start work"; not "compared to 95%"). */
static gboolean
infinitive_between (const char *text, gsize from, gsize to)
{
  for (gsize at = from + 1; at + 4 < to; at++)
    if (text[at - 1] == ' ' && text[at] == 't' && text[at + 1] == 'o' && text[at + 2] == ' '
        && g_ascii_islower (text[at + 3]))
      return TRUE;
  return FALSE;
}

/* A month named alone that the reference put ahead of itself with no
 * cue of tense, after a month gone by named earlier in its sentence, is
 * the one before the reference too: a report compares figures of months
 * past ("IE had 92.9% of users in October compared to 95.5% in June",
 * read in March 2005: 2004-06).  A cue of the future or a fixture
 * ("are expected to rise in June") places it where it was. */
static void
month_after_past_month (const Dates *d, const Discourse *ds, const char *text, gsize sentence_start, Timex *t)
{
  const TimexValue *v = &t->value, *last = &ds->last_period;
  if (!t->year_open || t->year_by_tense || v->kind != VALUE_CALENDAR || v->month < 1 || v->day != 0
      || t->anchor.kind != VALUE_CALENDAR || t->anchor.month < 1 || ds->last_period_end <= sentence_start
      || last->kind != VALUE_CALENDAR || last->month < 1 || last->day != 0 || last->year < 1)
    return;
  int now = t->anchor.year * 12 + t->anchor.month;
  /* one clause's comparison, no coordinator between that may open a
   * clause of its own ("joined in October and leaves in June"), nor a
   * modal or a verb of hope (kind `someday`: "Rates, cut in January,
   * may rise again in May") or an infinitive ("hired in October to
   * start work in June") that points ahead */
  if (v->year * 12 + v->month > now && last->year * 12 + last->month < now
      && !word_between_in (d->coordinator_words, text, ds->last_period_end, t->start)
      && !word_between_in (d->someday_words, text, ds->last_period_end, t->start)
      && !infinitive_between (text, ds->last_period_end, t->start))
    t->value.year--;
}

/* A day or month written without its year, that no cue of its own
 * clause placed and the reference put at or behind itself, after one
 * placed ahead of the reference earlier in its sentence and later in
 * the calendar than it, is the next step of a plan, in that one's year:
 * "will shut the bridge on 10 February and reopen it in March", read
 * on 1 March, is March 2006, not the March under way.  Not
 * a month or day before the one ahead in the calendar ("opens on 21
 * February, a year after the January fire"), nor with a verb of the
 * past between the two ("will open on 21 February; sales
 * fell in March", "and their last show was in March") or after the
 * later one in its sentence ("in April-July rose"); the one ahead was
 * placed so by a cue of its clause's tense, not by the reference alone */
/* Whether the pronoun at @p opens a clause as its subject: after a mark
 * of a clause, a coordinator ("and it cut"), or a complement's "that",
 * not after a verb whose object it is ("and reopen it in March"). */
static gboolean
subject_opens (const Dates *d, const char *text, gsize from, gsize p)
{
  gsize b = p;
  while (b > from && text[b - 1] == ' ')
    b--;
  if (b == from || clause_or_sentence_mark (text[b - 1]))
    return TRUE;
  return word_before_in (d->coordinator_words, text, b, NULL) || word_before_in (d->complement_words, text, b, NULL);
}

static gboolean
past_between (const Dates *d, const char *text, gsize from, gsize to)
{
  if (done_between (d, text, from, to))
    return TRUE;
  for (gsize at = from; at < to; at++)
    {
      if (!g_ascii_islower (text[at]) || (at > 0 && g_ascii_isalpha (text[at - 1])))
        continue;
      gsize e = at;
      while (e < to && g_ascii_isalpha (text[e]))
        e++;
      gsize n = e - at;
      if ((n == 3 && (strncmp (text + at, "was", 3) == 0 || strncmp (text + at, "had", 3) == 0))
          || (n == 4 && strncmp (text + at, "were", 4) == 0)
          || (((n > 4 && regular_past (text + at, n)) || past_form_at (d, text, at, e) != 0)
              && !word_before_in (d->passive_words, text, at, NULL)))
        return TRUE;
      /* a verb whose past is its bare form ("cut", "put", "set") after a
       * subject of the third person singular, where the present ends in
       * -s: "and it cut 300 in December".  A word that is no verb there
       * ("it also") reads as one too, which only leaves the year as the
       * reference gave it */
      gsize p, pn = word_before (text, from, at, &p);
      if (((pn == 2 && (strncmp (text + p, "he", 2) == 0 || strncmp (text + p, "it", 2) == 0))
           || (pn == 3 && strncmp (text + p, "she", 3) == 0))
          && p + pn + 1 == at && text[e - 1] != 's' && (e >= to || text[e] != '\'')
          && !word_before_in (d->finite_words, text, e, NULL) && !word_before_in (d->someday_words, text, e, NULL)
          && subject_opens (d, text, from, p))
        return TRUE;
      at = e - 1;
    }
  return FALSE;
}

/* Whether two words or more stand between @from and @to: a step told
 * apart, not a range ("April-July", "from 10 to 20 February"). */
static gboolean
words_between_two (const char *text, gsize from, gsize to)
{
  guint words = 0;
  for (gsize at = from; at < to; at++)
    words += g_ascii_isalpha (text[at]) && (at == from || !g_ascii_isalpha (text[at - 1]));
  return words >= 2;
}

static void
plan_after_plan (const Dates *d, const Discourse *ds, const char *text, gsize sentence_start, Timex *t)
{
  TimexValue *v = &t->value;
  const TimexValue *last = &ds->last_ahead;
  if (!t->year_open || t->year_by_tense || v->kind != VALUE_CALENDAR || v->month < 1 || v->month > 12
      || ds->last_ahead_end <= sentence_start || t->start < ds->last_ahead_end || t->anchor.kind != VALUE_CALENDAR
      || t->anchor.month < 1 || v->year >= last->year)
    return;
  int now = t->anchor.year * 12 + t->anchor.month, at = v->year * 12 + v->month;
  gboolean behind = at < now || (at == now && (v->day == 0 || v->day <= t->anchor.day));
  gboolean later = v->month > last->month || (v->month == last->month && v->day > 0 && last->day > 0 && v->day > last->day);
  /* the rest of the sentence too: "in April-July rose" */
  gsize stop = t->end;
  while (text[stop] && !strchr (".!?\n", text[stop]) && stop < t->end + 200)
    stop++;
  if (behind && later && (v->day < 1 || valid_dmy (v->day, v->month, last->year))
      && words_between_two (text, ds->last_ahead_end, t->start) && !past_between (d, text, ds->last_ahead_end, stop))
    v->year = last->year;
}

/* How far back term_of_current_event() looks for the words that make a
 * thing this year's: its sentence and the one before, in bytes. */
#define CURRENT_REACH 400
/* How many months before the reference a term of this year's may end:
 * past that, the thing under way is next year's ("this year's pantomime
 * runs until 20 February", read in December). */
#define CURRENT_TERM_MONTHS 3

/* Whether a phrase of @set is written, whole words in any case, in
 * [@from, @to). */
static gboolean
phrase_between_in (GHashTable *set, const char *text, gsize from, gsize to)
{
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gsize n = strlen (key);
      for (gsize at = from; at + n <= to; at++)
        if ((at == 0 || !g_ascii_isalnum (text[at - 1])) && g_ascii_strncasecmp (text + at, key, n) == 0
            && !g_ascii_isalnum (text[at + n]))
          return TRUE;
    }
  return FALSE;
}

/* Whether an edition's ordinal in figures stands before a noun in
 * [@from, @to): "the 55th festival", "its 12th season": a thing held
 * once a year, named by its edition, is the one under way. */
static gboolean
edition_between (const char *text, gsize from, gsize to)
{
  for (gsize at = from; at + 6 < to; at++)
    {
      if (!g_ascii_isdigit (text[at]) || (at > from && g_ascii_isalnum (text[at - 1])) || at < from + 1
          || text[at - 1] != ' ')
        continue;
      gsize e = at;
      while (e < to && g_ascii_isdigit (text[e]))
        e++;
      if (e + 3 < to && (g_ascii_strncasecmp (text + e, "st ", 3) == 0 || g_ascii_strncasecmp (text + e, "nd ", 3) == 0
                         || g_ascii_strncasecmp (text + e, "rd ", 3) == 0 || g_ascii_strncasecmp (text + e, "th ", 3) == 0)
          && g_ascii_islower (text[e + 3]))
        return TRUE;
      at = e;
    }
  return FALSE;
}

/* A day or month without its year that the tense of a term set in the
 * present placed in the year after the reference's ("runs until 20
 * February", read on 1 March: kind `term` right before its preposition)
 * is in the reference's year where the thing whose term it is is the
 * one under way: words of kind `current-term` ("this year's festival",
 * "the current exhibition") in its sentence before it or in the
 * sentence before, or an edition's ordinal ("the 55th festival"), within
 * CURRENT_TERM_MONTHS of the reference.  The
 * reference of an archive is a fixed date after its articles; "the
 * festival runs until 20 February" alone stays the coming one. */
static void
term_of_current_event (const Dates *d, const char *text, gsize sentence_start, Timex *t)
{
  TimexValue *v = &t->value;
  if (!t->year_open || !t->year_by_tense || v->kind != VALUE_CALENDAR || v->month < 1 || v->month > 12
      || t->anchor.kind != VALUE_CALENDAR || t->anchor.month < 1 || v->year != t->anchor.year + 1
      || (t->anchor.month - v->month) > CURRENT_TERM_MONTHS || v->month > t->anchor.month)
    return;
  /* the term's verb in the clause before it: at most six words back */
  gsize clause = t->start, words = 0;
  while (clause > sentence_start && !clause_or_sentence_mark (text[clause - 1]) && words <= 6)
    words += text[--clause] == ' ';
  if (!word_between_in (d->term_words, text, clause, t->start))
    return;
  gsize from = sentence_start > CURRENT_REACH ? sentence_start - CURRENT_REACH : 0;
  /* the sentence before: back to the mark that ends the one before it */
  gsize before = sentence_start;
  while (before > from && g_ascii_isspace (text[before - 1]))
    before--;
  if (before > from)
    before--;
  while (before > from && !strchr (".!?\n", text[before - 1]))
    before--;
  if ((phrase_between_in (d->current_term_words, text, before, t->start) || edition_between (text, before, t->start))
      && (v->day < 1 || valid_dmy (v->day, v->month, t->anchor.year)))
    v->year = t->anchor.year;
}

/* Whether the text named the year of "the year" @t, or a month of it,
 * within reach before it ("Sales rose in February.  Sales for the year
 * rose 2%": the year running).  A day named is as often the day the
 * figures came out ("said on Tuesday that profits for the year rose"). */
static gboolean
this_year_named (const Discourse *ds, const Timex *t)
{
  if (ds->last_year_end > 0 && ds->last_year == t->value.year && t->start - ds->last_year_end <= PERIOD_REACH)
    return TRUE;
  return ds->last_named_grain == 'M' && ds->last_named_end > 0 && t->start >= ds->last_named_end
         && t->start - ds->last_named_end <= ANAPHOR_REACH && ds->last_named[0] == t->value.year;
}

gboolean
discourse_place_in_year (const Dates *d, const Discourse *ds, const char *text, gsize sentence_start, Timex *t)
{
  if (season_from_named (ds, text, t))
    return TRUE;
  if (t->the_year)
    {
      /* "the month" is found only as the past month a report is about:
       * with none named before it ("the government said on Monday.  The
       * month saw ..."), or a month still to come, the reference's month
       * would be a guess, and TimeBank+AQUAINT writes none */
      if (t->value.month != 0)
        return the_period_named (d, ds, text, sentence_start, t);
      GDate ref;
      if (the_year (d, ds, text, sentence_start, t) || the_period_named (d, ds, text, sentence_start, t))
        ;
      else if (t->the_year == 2 && value_to_date (&t->anchor, &ref))
        /* "the season" no year written before places: the reference's
         * season, as "this season" is (value_season_of_sport()) */
        t->value = value_season_of_sport (&ref, 0, g_strcmp0 (t->mod, "END") == 0);
      else if (t->the_year == 3 && !this_year_named (ds, t))
        t->value.year--; /* "profits for the full year rose", told in February */
      if (t->the_year == 2)
        season_year_unmodded (t);
      return TRUE;
    }
  if (t->holiday_open)
    {
      holiday_near_day (ds, t);
      return TRUE;
    }
  if (!place_in_named_year (d, ds, text, sentence_start, t))
    {
      day_named_again (ds, t);
      month_named_again (ds, text, t);
      month_after_past_month (d, ds, text, sentence_start, t);
      plan_after_plan (d, ds, text, sentence_start, t);
      term_of_current_event (d, text, sentence_start, t);
    }
  return TRUE;
}
