/* normalise-days-months.c: the values of the calendar's named parts of a
 * year: a day, a month (alone or with a shift, "June last year") and a
 * season, each placed in the year the tense and the reference give
 * (year_of(), year_for()).  Years, decades, quarters and the year just
 * gone are in normalise-years.c. */
#include "normalise.h"
#include "tense.h"

#include <string.h>

/* How far before a month its past perfect is looked for, in bytes: about
 * six words, the month's own clause. */
#define PERFECT_REACH 40

/* How far ahead of the reference a day named without its year may be
 * and stay ahead whatever the tense of its clause: BBC reports of a
 * coming day often sit in a past clause ("hinted at a Budget giveaway
 * on 16 March", "was included in the squad for the match on 5 March",
 * written on 1 March), where a day months ahead in one tells an event
 * done ("the 10 June election"). */
#define DAY_AHEAD_NEAR 31

/* How far ahead of the reference a day told as done right after its verb
 * ("was called off on June 8", read on 6 June) stays in the reference's
 * year: a week.  So near, the article's own date is likelier wrong than
 * the event a year old, and the inconsistencies stage reports the day
 * after the publication told as past; further ahead ("passed away on 17
 * March", read on 1 March) it is the last such day (day_of_verb_done()).
 * Three days instead changed no document of TimeBank+AQUAINT, MEANTIME
 * or the BBC archive at either reference date (dates-ranges26): the week
 * stays for an event of the coming days told in a participle ("the
 * concert held on 8 March"), which a year back would put a year wrong. */
#define DAY_DONE_NEAR 7

/* How many days into the reference's month a month named alone with an
 * event done in it is still taken as last year's: three (a week moved
 * "The strike, which began in June, was called off on June 8", read on
 * 6 June, to last year's June). */
#define MONTH_BEGUN_DAYS 3

/* Whether @day of @month in @year (0: a month alone) lies at most
 * DAY_AHEAD_NEAR days after @ref. */
static gboolean
day_near (const GDate *ref, int year, int month, int day)
{
  if (day == 0 || !valid_dmy (day, month, year))
    return FALSE;
  GDate g;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&g) <= g_date_get_julian (ref) + DAY_AHEAD_NEAR;
}

/* Whether @day of @month in @year is a valid day before @ref. */
static gboolean
day_before (const GDate *ref, int year, int month, int day)
{
  if (!valid_dmy (day, month, year))
    return FALSE;
  GDate g;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_compare (&g, ref) < 0;
}

/* Whether the sentence from @start, past @end to its full stop (within
 * the sentence layer's sentence, @tense's limit), names a year: @year,
 * the day's year without the present's push, in four digits ("the first
 * grand slam of 2005, which begins on 17 January"; not another, "a
 * budget for 2007-13"), or "last year" or "this year" ("begins on 10
 * January, where he lost last year"): a scheduled present there tells
 * of that year's event, not the next year's. */
static gboolean
year_named (const Tense *tense, gsize start, gsize end, int year)
{
  const char *text = tense->text;
  gsize stop = end;
  while (stop < end + 200 && !sentence_stops (tense, stop))
    stop++;
  for (gsize at = start; at < stop; at++)
    {
      if (at > 0 && g_ascii_isalnum (text[at - 1]))
        continue;
      /* 19xx or 20xx, not a count in a longer number ("2000 staff" may
       * pass: a year as often) */
      if (((text[at] == '1' && text[at + 1] == '9') || (text[at] == '2' && text[at + 1] == '0')) && g_ascii_isdigit (text[at + 2])
          && g_ascii_isdigit (text[at + 3]) && !g_ascii_isalnum (text[at + 4])
          && (int) g_ascii_strtoull (text + at, NULL, 10) == year)
        return TRUE;
      if ((g_ascii_strncasecmp (text + at, "last year", 9) == 0 || g_ascii_strncasecmp (text + at, "this year", 9) == 0)
          && !g_ascii_isalnum (text[at + 9]))
        return TRUE;
    }
  return FALSE;
}

/* The first day of a range of days written before the day at @start
 * ("20-30 January", "20–30 January", with no space around the dash),
 * below @day; 0 where none. */
static int
range_first_day (const char *text, gsize start, int day)
{
  gsize e = start;
  if (e >= 1 && text[e - 1] == '-')
    e--;
  else if (e >= 3 && g_str_has_prefix (text + e - 3, "\u2013"))
    e -= 3;
  else
    return 0;
  gsize s = e;
  while (s > 0 && e - s < 3 && g_ascii_isdigit (text[s - 1]))
    s--;
  if (e - s < 1 || e - s > 2 || (s > 0 && !g_ascii_isspace (text[s - 1])))
    return 0;
  int first = atoi (text + s);
  return first >= 1 && first < day ? first : 0;
}

/* Whether the day at @start follows "is on" or "are on", or "is
 * against" and a name before "on", within its clause from @floor: a
 * present that states what is arranged ("the next poll is on 5 May",
 * "the first Test is against Canada on 13 November", "the return is on
 * 1 February and they will ...": four of four in the BBC archive ahead of
 * their articles; TimeBank+AQUAINT has none).  Only where no cue of the
 * past or the future stands before it (the caller's tense_unknown()):
 * "said the match was on 13 November" is a report of a past. */
static gboolean
present_on_before (const char *text, gsize floor, gsize start)
{
  if (start < floor + 4 || strncmp (text + start - 4, " on ", 4) != 0)
    return FALSE;
  gsize w, n = word_before (text, floor, start - 4, &w);
  /* capitalised words of a name, then "against" */
  for (guint names = 0; n && g_ascii_isupper (text[w]) && names < 5; names++)
    n = word_before (text, floor, w, &w);
  if (n == 7 && strncmp (text + w, "against", 7) == 0 && w + 8 < start - 4 && g_ascii_isupper (text[w + 8]))
    n = word_before (text, floor, w, &w);
  return (n == 2 && strncmp (text + w, "is", 2) == 0) || (n == 3 && strncmp (text + w, "are", 3) == 0);
}

/* Where the noun ends after the month at @x if the month names when
 * fixtures awaited fall, else 0: "for" and at most two words (a
 * determiner, a count) before it, and a noun of kind `event` or
 * `fixtures` in the plural right after it ("captain for the three
 * November Tests", "named for the November internationals"); the caller
 * asks that its clause tell nothing done, before the month or after the
 * noun (done_before(): "was selected for the November internationals",
 * "tickets for the February internationals sold out" are those gone by;
 * a present perfect's "has" and a word of kind `purpose`, "has been
 * named captain for", are not). */
static gsize
fixtures_for (const Reading *x)
{
  const char *text = x->m->subject;
  gsize at = x->m->start, w;
  gboolean found = FALSE;
  for (guint words = 0; words < 3 && !found; words++)
    {
      gsize n = word_before (text, x->tense->start, at, &w);
      if (n == 0)
        return FALSE;
      found = n == 3 && strncmp (text + w, "for", 3) == 0;
      at = w;
    }
  if (!found || text[x->m->end] != ' ')
    return FALSE;
  gsize e = x->m->end + 1;
  while (g_ascii_isalpha (text[e]) || text[e] == '-')
    e++;
  if (e - x->m->end < 4 || text[e - 1] != 's' || text[e - 2] == 's' || text[e - 2] == '\'')
    return FALSE;
  char word[32];
  gsize n = e - (x->m->end + 1);
  if (n >= sizeof word)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    word[i] = g_ascii_tolower (text[x->m->end + 1 + i]);
  word[n] = '\0';
  return g_hash_table_contains (x->d->event_words, word) || g_hash_table_contains (x->d->fixtures_words, word) ? e : 0;
}

/* Whether the day of @x is the time of a verb in the past right before
 * its "on": "died on 17 March", "passed away on", "was laid to rest on",
 * "Smith, who left on" (a particle or an idiom's last word between, kind
 * `phrasal` of context-words.tsv, "to" before one).  DAY_AHEAD_NEAR keeps
 * a day a few weeks ahead in a past clause where the day is a noun's
 * ("hinted at a Budget giveaway on 16 March", "named in the squad for the
 * match on 5 March"); a day of the verb itself is the event done, which
 * lies behind the telling.  Four-letter forms in -ied, -ued, -wed
 * ("died", "sued", "owed") count, which past_verb_at() leaves (its
 * regular past has five letters or more, for "need", "shed").  Not a
 * day DAY_DONE_NEAR days ahead or nearer. */
/* Whether @day of @month in @year is a valid day more than
 * DAY_DONE_NEAR days after @ref: far enough ahead that a clause telling
 * it done means the last such day. */
static gboolean
day_done_far (const GDate *ref, int year, int month, int day)
{
  if (!valid_dmy (day, month, year))
    return FALSE;
  GDate g;
  g_date_clear (&g, 1);
  g_date_set_dmy (&g, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&g) > g_date_get_julian (ref) + DAY_DONE_NEAR;
}

static gboolean
day_of_verb_done (const Reading *x, int year, int month, int day)
{
  if (!day_done_far (x->ref, year, month, day))
    return FALSE;
  const char *text = x->m->subject;
  gsize floor = x->tense->start, w;
  gsize n = word_before (text, floor, x->m->start, &w);
  if (n != 2 || g_ascii_strncasecmp (text + w, "on", 2) != 0)
    return FALSE;
  gsize end = w;
  for (guint skipped = 0; skipped < 3; skipped++)
    {
      gsize at;
      if (word_before_in (x->d->phrasal_words, text, end, &at) && at >= floor)
        end = at;
      else if (skipped > 0 && word_before (text, floor, end, &at) == 2 && g_ascii_strncasecmp (text + at, "to", 2) == 0)
        end = at;
      else
        break;
    }
  n = word_before (text, floor, end, &w);
  if (n < 4 || !g_ascii_islower (text[w]))
    return FALSE;
  /* after a cue of the future the form in -ed is a participle that
   * names a thing ("will be included in the chart published on 17
   * April"), and so before one ("The chart published on 17 April will
   * include downloads"), as tense_past_clause() reads them */
  Tense ahead = *x->tense;
  ahead.end = w;
  ahead.future = -1;
  ahead.fixture = 0;
  if (tense_future (&ahead) || tense_future_after (x->tense, x->m->end))
    return FALSE;
  if (n == 4 && regular_past (text + w, n) && strchr ("iuw", text[w + 1]) != NULL)
    return TRUE;
  /* a form as often a noun ("left", "the left") is a verb after a
   * subject's pronoun or "who" ("Smith, who left on 1 March") */
  gsize before;
  char word[16];
  if (n < sizeof word)
    {
      memcpy (word, text + w, n);
      word[n] = '\0';
    }
  if (n < sizeof word && GPOINTER_TO_INT (g_hash_table_lookup (x->d->past_forms, word)) == PAST_NOUN
      && (word_before_in (x->d->subject_words, text, w, &before) || word_before_in (x->d->relative_words, text, w, &before))
      && before >= floor)
    return TRUE;
  return past_verb_at (x->tense, x->tense, w, w + n);
}

/* Whether the day of @x opens its sentence, alone or after "On", and
 * the clause it opens, which it dates, tells an event done (the verb
 * after it: tense_past_clause()): "On 28 March, the board met", read on
 * 10 March, is last year's, as "decided on 28 March" is
 * (day_of_verb_done()).  DAY_AHEAD_NEAR keeps a day a few weeks ahead
 * in a past clause for a noun's day ("hinted at a giveaway on 16
 * March"), which a fronted day is not.  Not a day DAY_DONE_NEAR days
 * ahead or nearer. */
static gboolean
day_fronted_done (const Reading *x, int year, int month, int day)
{
  const char *text = x->m->subject;
  gsize at = x->m->start, w;
  gsize n = word_before (text, x->tense->start, at, &w);
  if (n == 2 && g_ascii_strncasecmp (text + w, "on", 2) == 0)
    at = w;
  else if (n != 0)
    return FALSE;
  return day_done_far (x->ref, year, month, day) && opens_sentence (text, x->tense->start, at)
         && tense_past_clause (x->tense, x->m->end);
}

/* Whether a coordinator and a verb in the present with its object ("and
 * follows the departure of ... on 1 January", "but replaces the") stand
 * between the clause's future cue and the day of @x: the second clause
 * tells a fact of its own, and the day in it is not the first clause's
 * plan ("Her departure will come into effect on 1 February and follows
 * the departure of her deputy on 1 January").  A future cue of the second
 * clause's own still holds ("and takes over the firm, which will list on
 * 1 March"), and a plural noun after the coordinator ("will rise on 1
 * February and prices on 1 March") has no determiner after it. */
static gboolean
future_left_behind (const Reading *x)
{
  const Dates *d = x->d;
  const char *text = x->m->subject;
  gsize at = x->m->start, e, we;
  while (at > x->tense->start + 1)
    {
      at--;
      if (text[at - 1] != ' ' || !word_at_in (d->coordinator_words, text, at, &e) || text[e] != ' '
          || !g_ascii_islower (text[e + 1]))
        continue;
      gsize verb = e + 1, verb_end = verb;
      while (g_ascii_islower (text[verb_end]))
        verb_end++;
      if (verb_end - verb < 4 || text[verb_end - 1] != 's' || text[verb_end - 2] == 's' || text[verb_end] != ' '
          || !word_at_in (d->determiner_words, text, verb_end + 1, &we))
        return FALSE;
      Tense own = *x->tense;
      own.start = verb_end;
      own.future = -1;
      own.fixture = 0;
      return !tense_future (&own);
    }
  return FALSE;
}

/* Whether the month or day at @x closes a span of a business's or a
 * statistic's figures that "the" opens ("the year to June", "the 12
 * months through March", "the quarter ended 30 June": a word of kind
 * `path` or `closing`; tense_period_to()), not a forecast's; not after
 * a month ("from January to June") nor a destination ("moved to June",
 * "extended by three months to June"). */
static gboolean
span_closed_by (const Reading *x)
{
  gsize path;
  return (word_before_in (x->d->path_words, x->m->subject, x->m->start, &path)
          || word_before_in (x->d->closing_words, x->m->subject, x->m->start, &path))
         && tense_period_to (x->d, x->m->subject, x->tense->start, path);
}

/* The year of a month named without one: nearest the reference by the
 * tense (year_for()).  A month up to three months ahead, which
 * year_for() takes as this year's where no cue of the future is found (a
 * report names the months to come as often as those gone by), is last
 * year's after a past perfect or an irregular past of an event done in
 * its clause ("had risen in April", said in March: done_between()).
 * @by_future (may be NULL) tells whether a cue of the future, before or
 * after the expression, placed it: "The parade on 8 May will be the
 * biggest" names its own year, which day_named_again() leaves. */
static int
year_of (const Reading *x, int month, int day, gboolean *by_future)
{
  Tense *tense = x->tense;
  /* a month gone by that opens its sentence ("In October a larger
   * project is due to launch"): the tense of the verb after it */
  /* a day after a fixture's verb ("steps down on 16 January", "the show
   * opens on 16 January"), as a weekday after one; and a day that opens
   * its sentence before a clause of what is planned ("From 1 January, a
   * new law is being introduced"); not in a clause of what comes round
   * ("Each year the show opens on 20 January"), whose present tells the
   * custom, not the coming one */
  /* a present of what is arranged ("the first Test is against Canada on
   * 13 November"), weaker than "will": a day a few weeks back stays
   * (year_for()'s late reference), not pushed a year on below */
  gboolean arranged = day != 0 && tense_unknown (tense) && present_on_before (tense->text, tense->start, x->m->start);
  /* fixtures a month names after "for", in a clause that tells nothing
   * done: a present perfect ("has been named captain for the three
   * November Tests") or a present looks ahead to them */
  gsize clause = x->m->start, noun_end = day == 0 ? fixtures_for (x) : 0, clause_end = noun_end;
  while (clause > tense->start && !clause_or_sentence_mark (tense->text[clause - 1]))
    clause--;
  /* the clause's verb may come after the noun ("Tickets for the February
   * internationals sold out"), up to a relative clause's own ("the
   * November matches that the club arranged") */
  const char *text = tense->text;
  gsize word_end;
  while (noun_end != 0 && clause_end - noun_end < AFTER_REACH && !after_stops (tense, clause_end)
         && !(text[clause_end] == ' '
              && (word_at_in (x->d->relative_words, text, clause_end + 1, &word_end)
                  || word_at_in (x->d->complement_words, text, clause_end + 1, &word_end))))
    clause_end++;
  gboolean awaited = noun_end != 0 && !done_before (tense, clause, x->m->start, TRUE)
                     && !done_before (tense, noun_end, clause_end, TRUE)
                     && !year_named (tense, tense->start, x->m->end, year_for (x->ref, month, 0, FALSE));
  gboolean future = awaited || (tense_future (tense) && !future_left_behind (x)) || tense_coordinated_future (tense)
                    || (day == 0 && month < (int) g_date_get_month (x->ref) && tense->end - tense->start <= 6
                        && tense_unknown (tense) && tense_future_after (tense, x->m->end))
                    || (day != 0
                        && (tense_fixture_own (tense)
                            || (tense->end - tense->start <= 6 && tense_unknown (tense)
                                && tense_scheduled_after (tense, x->m->end))
                            || arranged)
                        && !year_named (tense, tense->start, x->m->end, year_for (x->ref, month, day, FALSE))
                        && !tense_recurring (tense, x->m->end));
  /* a range of days in one month ("20-30 January") is one event, and
   * under a future it begins on its first day: year_for() weighs how
   * far back that day lies, so that a plan whose start is more than a
   * few weeks behind the reference is next year's even where its last
   * day is near ("will feature ... during its 20-30 January season",
   * read on 1 March); the first day takes this year from
   * discourse_range() */
  /* (the cue after it is looked for only where none before placed the
   * day: the caller takes any cue before as placing it) */
  if (by_future)
    *by_future = (future && !arranged && !awaited)
                 || (day != 0 && tense_unknown (tense) && tense_future_after (tense, x->m->end));
  int first = future && day != 0 ? range_first_day (x->m->subject, x->m->start, day) : 0;
  int y = year_for (x->ref, month, first ? first : day, future);
  /* year_for() keeps a day a few weeks back under a future ("would be
   * back by Feb. 23", written on March 6); where the future holds in
   * the day's own clause ("will play England on 5 February", "have until
   * 16 December", "are scheduled for 27 February"), the day is the next
   * one, unless the sentence names the day's year ("This year's ceremony
   * will be held on 27 February") or tells what comes round */
  if (future && day != 0 && day_before (x->ref, y, month, day) && !arranged && tense_future_firm (tense)
      && !year_named (tense, tense->start, x->m->end, y) && !tense_recurring (tense, x->m->end))
    y++;
  int ref_year = g_date_get_year (x->ref), ref_month = g_date_get_month (x->ref);
  /* later in the year than the reference, and resolved after it ("In
   * January", written in October, is taken as the coming one) */
  gboolean ahead = month > ref_month || (month == ref_month && day > (int) g_date_get_day (x->ref));
  gboolean after_ref = y > ref_year || (y == ref_year && ahead);
  /* the verb of the month's own clause, a few words before it ("had
   * hurt the economy in April"), not one earlier in the sentence */
  gsize from = MAX (tense->start, tense->end > PERFECT_REACH ? tense->end - PERFECT_REACH : 0);
  if (!future && day == 0 && y == g_date_get_year (x->ref) && month > (int) g_date_get_month (x->ref)
      && done_between (x->d, tense->text, from, tense->end))
    y--;
  /* a month or day ahead after "since" in its clause is last year's, and
   * so is one whose clause tells an event done ("In June, the virus was
   * discovered", said in March): TimeBank+AQUAINT date all four such
   * months and days a year back ("changed ... in December", "In January,
   * American Medical brought in", written in October) */
  else if (!future && after_ref
           && (tense_since_before (tense) || (!day_near (x->ref, y, month, day) && tense_past_clause (tense, x->m->end))
               || (day != 0 && (day_of_verb_done (x, y, month, day) || day_fronted_done (x, y, month, day)))))
    y = ahead ? ref_year - 1 : ref_year;
  /* the reference's own month, named alone in its first days in a
   * clause of an event done, is last year's: a report names the month
   * it is in "this month", and on 1 March little has happened in it
   * ("In March the ONS reclassified £3.4bn", read on 1 March 2005, is
   * 2004-03); later in the month it stays ("In March sales rose",
   * read on 20 March), and where its sentence names the year before, a
   * comparison ("Sales were higher in March than in 2004") */
  else if (!future && day == 0 && y == ref_year && month == ref_month
           && g_date_get_day (x->ref) <= MONTH_BEGUN_DAYS && tense_past_clause (tense, x->m->end)
           && !year_named (tense, tense->start, x->m->end, ref_year - 1))
    y--;
  /* a month or day that closes a span whose figures are told, and no
   * plan ("inflation in the year to June was 3%", "sales rose in the 12
   * months through March", read on 1 March): the span has ended, so the
   * last such month before the reference's, whatever the clause's tense
   * (a present reports the figures as often as a past), where no cue of
   * the future follows: "sales for the year to March will fall 8%", read
   * on 1 March, forecasts the span under way; nor after a verb of speech
   * ("warned of a loss in the year to June": tense_past_clause() leaves
   * the figures of a report's verb only, "posted", "reported") */
  if (!future && y >= ref_year && (ahead || (day == 0 && month == ref_month)) && span_closed_by (x)
      && !tense_future_after (tense, x->m->end)
      && !word_between_in (x->d->reported_words, tense->text, tense->start, x->m->start))
    y = ref_year - 1;
  return y;
}

/* Whether the clause of a day written with its weekday places it in
 * time, so that the weekday may not move its year across the reference
 * (year_with_weekday()): a cue of the tense, its clause's own verb done
 * or planned, or a verb in the past before it on its line that the cues
 * do not know ("He died on Saturday 5 November": four letters in -ed, an
 * irregular form).  A dateline, a heading or a list of dates ("LONDON,
 * Saturday 20 November", "Fixtures: Saturday 12 March", a date alone on
 * its line) has none, and
 * neither has a present that names a day without a side ("The final is
 * on Sunday 20 November"). */
static gboolean
weekday_day_placed (const Reading *x)
{
  const char *text = x->m->subject;
  /* alone on its line (a heading's date): the verbs of the paragraph
   * after it are not its own */
  gsize before = x->m->start, after = x->m->end;
  while (before > x->tense->start && text[before - 1] != '\n' && !g_ascii_isalnum (text[before - 1]))
    before--;
  while (text[after] && text[after] != '\n' && !g_ascii_isalnum (text[after]) && after < x->m->end + 8)
    after++;
  if ((before == 0 || text[before - 1] == '\n') && (text[after] == '\n' || text[after] == '\0'))
    return FALSE;
  for (gsize at = x->m->start; at > x->tense->start && text[at - 1] != '\n'; at--)
    if (g_ascii_islower (text[at - 1]) && (at < 2 || !g_ascii_isalpha (text[at - 2])))
      {
        gsize e = at - 1;
        while (g_ascii_isalpha (text[e]))
          e++;
        if ((e - (at - 1) >= 4 && regular_past (text + at - 1, e - (at - 1)))
            || past_form_at (x->d, text, at - 1, x->m->start))
          return TRUE;
      }
  return !tense_unknown (x->tense) || tense_past_clause (x->tense, x->m->end)
         || tense_scheduled_after (x->tense, x->m->end);
}

/* A day: "2025-05-29", "May 29", "29 May 2025", with a clock time after it when the pattern has one. */
gboolean
normalise_date (const Reading *x, Timex *t)
{
  const Match *m = x->m;
  gboolean anchored = x->anchored;
  const char *month_s = x->g.text[G_MONTH];
  int year = x->year;
  int month = x->month;
  int day = x->day;
  /* Numbers alone are read in the order the pattern names them (month
   * first with slashes, as the US writes 5/3/2021; day first with dots
   * and dashes, as Europe writes 03.02.2009), unless that order gives a
   * month above 12 where the other number can be one: then the other
   * order is the only reading (13/5/2021 is 13 May). */
  if (m->kind == KIND_DATE && month > 12 && day >= 1 && day <= 12 && month_s && g_ascii_isdigit (month_s[0]))
    {
      int swap = month;
      month = day, day = swap;
    }
  if (month < 1 || month > 12 || day < 1 || day > 31)
    return FALSE;
  if (year)
    t->resolution = "absolute";
  else if (anchored)
    {
      gboolean by_future = FALSE;
      year = year_of (x, month, day, &by_future), t->year_open = TRUE;
      t->year_by_tense = by_future || !tense_unknown (x->tense);
      year = year_with_weekday (x->ref, year, month, day, t->weekday, t->weekday > 0 && weekday_day_placed (x));
    }
  /* without a year, a day no year has ("31 February"; 2000 had a
   * 29 February) */
  if (!valid_dmy (day, month, year ? year : 2000))
    return FALSE;
  const char *hour_s = x->g.text[G_HOUR], *minute_s = x->g.text[G_MINUTE];
  t->value = value_calendar (year ? year : VALUE_X, month, day);
  if (!year)
    t->resolution = "underspecified";
  if (hour_s && minute_s)
    {
      t->value.clock = CLOCK_TIME, t->value.hour = parse_int (hour_s), t->value.minute = parse_int (minute_s);
      t->type = "TIME";
    }
  return TRUE;
}

/* Whether the word at @start follows a lowercase word in its sentence
 * and names a time of a noun of kind `event` right after it or one word
 * on ("a May general election", "an expected Spring poll"). */
static gsize
event_after (const Reading *x, gsize start)
{
  const char *text = x->m->subject;
  if (start < 2 || text[start - 1] != ' ' || !g_ascii_islower (text[start - 2]))
    return 0;
  gsize at = x->m->end;
  for (guint words = 0; words < 2 && text[at] == ' ' && g_ascii_islower (text[at + 1]); words++)
    {
      for (at++; g_ascii_isalpha (text[at]) || text[at] == '-'; at++)
        ;
      if (word_before_in (x->d->event_words, text, at, NULL))
        return at;
    }
  return 0;
}

/* How its clause tells the event a month or season dates as a noun's
 * modifier (event_after()), where nothing before the expression tells a
 * tense: the noun phrase is then the subject and its verb comes after
 * it ("The March budget raised taxes", "Their summer tour begins next
 * month", "The May elections will be close").  +1 for what is planned
 * (tense_scheduled_after(): a cue of the future or a fixture before any
 * verb of the past), -1 for an event done (done_before()), 0 else. */
static int
event_noun_tense (const Reading *x)
{
  Tense *tense = x->tense;
  gsize noun_end = event_after (x, x->m->start);
  if (noun_end == 0 || !tense_unknown (tense))
    return 0;
  /* a verb of its clause before it is the event's ("He predicted in his
   * March budget that growth would pick up") */
  gsize clause = x->m->start;
  while (clause > tense->start && !clause_or_sentence_mark (tense->text[clause - 1]))
    clause--;
  if (done_before (tense, clause, x->m->start, TRUE))
    return 0;
  if (tense_scheduled_after (tense, noun_end))
    return 1;
  /* up to a relative clause's own verb ("the November matches that the
   * club arranged"), as year_of() reads a month after "for" */
  const char *text = tense->text;
  gsize clause_end = noun_end, word_end;
  while (clause_end - noun_end < AFTER_REACH && !after_stops (tense, clause_end)
         && !clause_or_sentence_mark (text[clause_end])
         && !(text[clause_end] == ' '
              && (word_at_in (x->d->relative_words, text, clause_end + 1, &word_end)
                  || word_at_in (x->d->complement_words, text, clause_end + 1, &word_end))))
    clause_end++;
  return done_before (tense, noun_end, clause_end, TRUE) ? -1 : 0;
}

/* Whether "the" and a season from @start to @season_at follow one
 * capitalised word that opens its sentence: "In the Summer", "During
 * the Winter", "By the Spring". */
static gboolean
season_ends_opener (const char *text, gsize start, gsize season_at)
{
  if (season_at == start || start < 3 || text[start - 1] != ' ')
    return FALSE;
  gsize w, n = word_before (text, 0, start - 1, &w);
  if (n < 2 || !g_ascii_isupper (text[w]))
    return FALSE;
  while (w > 0 && strchr (" \"'", text[w - 1]))
    w--;
  return w == 0 || strchr (".!?\n", text[w - 1]) != NULL;
}

/* A month: "June", "June 2025". */
gboolean
normalise_month (const Reading *x, Timex *t)
{
  gboolean anchored = x->anchored;
  int year = x->year;
  int month = x->month;
  if (month < 1)
    return FALSE;
  /* "May", "March", "August" after "a", "the" or a possessive
   * (patterns.tsv) date a noun of kind `event` right after them or one
   * word on ("a May general election", "its March deadline"); before
   * another word they are no month ("a March through the city", "her May
   * tenants"); "this May" is the month (a shift, not a determiner), and
   * so is one with its year ("the August 1988 ceasefire") */
  const char *text = x->m->subject;
  gsize start = x->m->start;
  WordKey det;
  word_key (&det, text, start);
  if ((month == 3 || month == 5 || month == 8) && !year && start >= 2 && text[start - 1] == ' '
      && key_in (&det, x->d->determiner_words) && !key_in (&det, x->d->shifts) && !event_after (x, start))
    return FALSE;
  if (year)
    t->resolution = "absolute";
  else if (anchored)
    {
      year = year_of (x, month, 0, NULL), t->year_open = TRUE;
      /* a month before a noun it dates, told by the verb after the noun:
       * the next such month for what is planned, the last for what was
       * done ("The March budget raised taxes", read in January) */
      int ref_at = g_date_get_year (x->ref) * 12 + g_date_get_month (x->ref);
      int told = year && !x->year ? event_noun_tense (x) : 0;
      if (told > 0 && year * 12 + month < ref_at)
        year++;
      else if (told < 0 && year * 12 + month > ref_at)
        year--;
      /* a month ahead of the reference that a cue of the future or a
       * fixture placed ("will rise in June", "leaves in June"): no other
       * month of its sentence moves it (month_after_past_month(), which
       * reads no other; asked only then, the tense's reading costs) */
      int ref_months = g_date_get_year (x->ref) * 12 + g_date_get_month (x->ref);
      t->year_by_tense = year * 12 + month > ref_months
                         && tense_fixture_future (x->tense);
    }
  t->value = value_calendar (year ? year : VALUE_X, month, 0);
  if (!year)
    t->resolution = "underspecified";
  /* "the last week of December 2004": one week, the ISO week of the
   * month's last Thursday (a week is the month's whose Thursday it
   * holds), 2004-W53; "the first week of" its first Thursday's */
  const char *mod = x->g.text[G_MOD];
  if (mod && year && g_str_has_suffix (mod, "week of") && strlen (mod) > 12)
    {
      gboolean last = g_ascii_strncasecmp (mod + 4, "last", 4) == 0;
      GDate thursday;
      g_date_clear (&thursday, 1);
      g_date_set_dmy (&thursday, last ? g_date_get_days_in_month (month, year) : 1, month, year);
      while (g_date_get_weekday (&thursday) != G_DATE_THURSDAY)
        last ? g_date_subtract_days (&thursday, 1) : g_date_add_days (&thursday, 1);
      t->value = value_week (&thursday);
      t->mod = NULL;
    }
  return TRUE;
}

/* A month and a shift: "June last year". */
gboolean
normalise_monthrel (const Reading *x, Timex *t)
{
  const GDate *ref = x->ref;
  gboolean anchored = x->anchored;
  int step = x->step;
  int month = x->month;
  if (!anchored || month < 1)
    return FALSE;
  t->value = value_calendar (g_date_get_year (ref) + step, month, 0);
  return TRUE;
}

/* A season: "last spring", "summer 2005". */
gboolean
normalise_season (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  gboolean anchored = x->anchored;
  const char *season_s = x->g.text[G_SEASON];
  const char *shift = x->shift;
  int step = x->step;
  int year = x->year;
  char season_buf[64];
  g_autofree char *season_heap = NULL;
  const char *code = g_hash_table_lookup (d->seasons, ascii_lower (season_s, season_buf, sizeof season_buf, &season_heap));
  if (code == NULL)
    return FALSE;
  /* a capitalised season alone (patterns.tsv), inside a sentence after a
   * lowercase word, dates a noun of kind `event` right after it or one
   * word on ("an expected Spring poll"); before another word it is a
   * name's or an adjective's ("Spring flowers", "Winter Olympics") */
  if (!shift && !year && x->m->start == group_offset (x->m, G_SEASON) && !event_after (x, x->m->start))
    return FALSE;
  /* nor one capitalised before a capitalised word, or "of" and one: a
   * name ("the Winter Olympics", "the Summer Palace", "the Summer of
   * Love").  Not after a shift word ("Last Summer Labour lost"), nor
   * "the" season ending a sentence's opening phrase ("In the Summer Mr
   * Brown will", "During the Winter Britain faced"): the capitalised
   * word opens the clause */
  const char *after = x->m->subject + x->m->end;
  if (!year && g_ascii_isupper (season_s[0]) && strncmp (after, " of ", 4) == 0)
    after += 3;
  if (!year && !shift && g_ascii_isupper (season_s[0]) && after[0] == ' ' && g_ascii_isupper (after[1])
      && !season_ends_opener (x->m->subject, x->m->start, group_offset (x->m, G_SEASON)))
    return FALSE;
  if (year)
    t->resolution = "absolute";
  else if (anchored)
    {
      /* Spring, summer, autumn begin in months 3, 6, 9; winter in 12. */
      int start = strcmp (code, "SP") == 0 ? 3 : strcmp (code, "SU") == 0 ? 6 : strcmp (code, "FA") == 0 ? 9 : 12;
      int y = g_date_get_year (ref), month_now = g_date_get_month (ref);
      gboolean passed = month_now >= start + 3; /* this year's is over */
      if (step < 0)
        year = passed ? y : y - 1;
      else if (step > 0)
        year = month_now < start ? y : y + 1;
      else if (shift == NULL && month_now < start && !tense_future (tense) && event_noun_tense (x) <= 0)
        year = y - 1; /* "in the summer", told in March of the past: last year's */
      else if (shift == NULL && passed && (tense_future (tense) || event_noun_tense (x) > 0))
        year = y + 1;
      else
        year = y;
    }
  t->value = (TimexValue){ .kind = VALUE_SEASON, .year = year ? year : VALUE_X, .code = code };
  return TRUE;
}
