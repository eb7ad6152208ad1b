/* cases-values30.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-values30 (issue 25): values and types judges found
 * wrong. */
  /* "over" and "under" before a count of time after a preposition of a
   * stretch: TimeML's MORE_THAN and LESS_THAN, in the span (read before
   * the count row's match: normalise-period.c, over_mod_at()) */
  { "Mrs Ollard has coached the choir for [over 48 years].", "2005-03-01", "DURATION", "P48Y", "MORE_THAN" },
  { "It was the mill's first loss in [over a decade].", "2005-03-01", "DURATION", "P10Y", "MORE_THAN" },
  { "The bridge was rebuilt in just [under a year].", "2005-03-01", "DURATION", "P1Y", "LESS_THAN" },
  { "He was banned for well [over a year].", "2005-03-01", "DURATION", "P1Y", "MORE_THAN" },
  { "She joined the firm just [over a year ago].", "2005-03-01", "DATE", "2004", "MORE_THAN" },
  /* near them: "over" as "during" takes no mod and stays out of the span */
  { "Payments are spread over [three years].", "2005-03-01", "DURATION", "P3Y" },
  { "Prices rose [nearly 20 years] in a row.", "2005-03-01", "DURATION", "P20Y", "APPROX" },
  /* a year from 1000 to 1799 after a preposition of time, before a word
   * that opens a phrase or a clause (patterns.tsv, the first year row) */
  { "The hall at Brackwell was built in [1337] by a wool merchant.", "2005-03-01", "DATE", "1337" },
  { "The abbey has stood since [1120] on the hill.", "2005-03-01", "DATE", "1120" },
  { "By [1650] the town had a wall.", "2005-03-01", "DATE", "1650" },
  { "The chapel stood empty until [1712] when a vicar came.", "2005-03-01", NULL },
  { "The chapel stood empty until [1712] the year a vicar came.", "2005-03-01", "DATE", "1712" },
  /* near them: counts and clock times stay out */
  { "The charity has been involved in [1337] cases.", "2005-03-01", NULL },
  { "The shop is open from 0900 until [1700], daily.", "2005-03-01", NULL },
  { "Shares fell after [1200] people sold.", "2005-03-01", NULL },
  { "The last bus leaves after [1400] on Sundays.", "2005-03-01", NULL },
  /* "the quarter ended 30 June": the calendar quarter of the middle of
   * the three months up to that day (normalise-years.c, quarter_ended());
   * the day the last before the reference, or ahead in a plan */
  { "Profit at Halworth fell 5% in [the quarter] ended 30 June.", "2005-03-01", "DATE", "2004-Q2" },
  { "Sales of $5m for [the quarter] ended July 31 rose.", "2005-03-01", "DATE", "2004-Q2" },
  { "Profit fell 5% in [the quarter] ended Sept. 30, 1989.", "2005-03-01", "DATE", "1989-Q3" },
  { "The firm will report 5% growth for [the quarter] ending 30 June.", "2005-03-01", "DATE", "2005-Q2" },
  { "Profit fell 5% in [the quarter] ended 2 January.", "2005-03-01", "DATE", "2004-Q4" },
  /* near it: no closing day, the last quarter reported */
  { "Profit rose 3% in [the quarter].", "2005-03-01", "DATE", "2004-Q4" },
  /* a fiscal quarter without its year: the reference's (normalise_quarter()) */
  { "Profits at Halworth rose 5% in its [third fiscal quarter].", "2005-03-01", "DATE", "2005-Q3" },
  { "Profits rose 5% in [the fiscal third quarter].", "2005-03-01", "DATE", "2005-Q3" },
  /* near it: a calendar quarter not yet reached is last year's */
  { "Profits rose 5% in [the third quarter].", "2005-03-01", "DATE", "2004-Q3" },
  /* a financial year with the month and year it starts: that year
   * (fiscal_year_started(), from normalise_relunit()) */
  { "Profit will rise 5% in [the next fiscal year] starting April 2005.", "2005-03-01", "DATE", "2005" },
  { "Profit will rise 5% in [next financial year], which starts in April 2005.", "2005-03-01", "DATE", "2005" },
  { "Profit will rise 5% in [the next financial year] which begins in April 2005.", "2005-03-01", "DATE", "2005" },
  /* near it: with no start told, the year after the reference's */
  { "Profit will rise 5% in [the next fiscal year].", "2005-03-01", "DATE", "2006" },
  /* a fraction in one word before "of" and a word: a share, no span
   * (normalise_duration()); the economy's quarters in two words stay */
  { "Just under [three-quarters] of respondents backed the plan.", "2005-03-01", NULL },
  { "[Three-quarters] of voters backed the plan.", "2005-03-01", NULL },
  { "[One-quarter] of those asked backed the plan.", "2005-03-01", NULL },
  { "The economy has had [three quarters] of contraction.", "2005-03-01", "DURATION", "P3Q" },
