/* cases-fix11.h: rows of test-dates.c's table (included inside its
 * cases[]) for the eleventh session's second round: fiscal years written
 * with "to", a coming fixture's weekday, a month that names a firm,
 * durations of two units, ranges of days.  Each rule with sentences near
 * it where it must not fire. */
  /* "the year to DATE" is the twelve months ending then, as "the year
   * ended DATE" (TimeBank: six of six DURATION P1Y) */
  { "Losses rose to 4m for [the year] to 31 July.", "2005-03-01", "DURATION", "P1Y" },
  { "Profit rose 5% in [the financial year] to March.", "2005-03-01", "DURATION", "P1Y" },
  { "Profit rose in [the year] ended 30 June.", "2005-03-01", "DURATION", "P1Y" },
  /* not "the year to date", nor "the year" before another "to" */
  { "It is the best film of [the year] to come out of France.", "2005-03-01", "DATE", "2005" },
  { "Shares are up 5% in the year to date.", "2005-03-01", NULL },
  { "Shares rose 3% on [the day] to 31p.", "2005-03-01", "DATE", "2005-03-01" },
  { "Sales in [the week] to 25 December were 4% higher.", "2005-03-01", "DURATION", "P1W" },
  { "Prices may fall in [the week] to come.", "2005-03-01", "DATE", "2005-W09" },
