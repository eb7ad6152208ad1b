/* cases-periods29.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-periods29 (issue 25): a financial year written as
 * two years with its words, one expression; a month or day after
 * "ended"/"ending" closes a span of figures. */
  /* the financial year written as two, whole with its words
   * (normalise-years.c, fiscal_year_words()): the first year's value */
  { "Profits at Corran Mills rose in [the 2005-06 financial year].", "2005-03-01", "DATE", "2005" },
  { "[The 2003/04 tax year] closed with a surplus.", "2005-03-01", "DATE", "2003" },
  { "Spending rose in [the financial year 2004-05].", "2005-03-01", "DATE", "2004" },
  /* near it: a sports year keeps the years alone; two years with no
   * word of a financial year are unchanged */
  { "He played in the [2004-05] season.", "2005-03-01", "DATE", "2004" },
  { "Sales grew in [2004-05].", "2005-03-01", "DATE", "2004" },
  /* a month or day after "ended" or "ending" and a unit "the" opens
   * closes the span: the last before the reference, in a present too
   * (normalise-days-months.c, span_closed_by(); context-words.tsv kind
   * `closing`) */
  { "Sales at Brisco Tools in the year ended [30 June] are 3% up.", "2005-03-01", "DATE", "2004-06-30" },
  { "Profit for the year ended [June] is up 3%.", "2005-03-01", "DATE", "2004-06" },
  { "Profit for the year ending [March] rose.", "2005-03-01", "DATE", "2004-03" },
  { "Sales fell in the quarter ended [30 June].", "2005-03-01", "DATE", "2004-06-30" },
  /* near it: a plan's span is still running; a verb "ended" with no
   * unit before it closes nothing */
  { "The firm will report for the year ending [June].", "2005-03-01", "DATE", "2005-06" },
  { "The lease ending [June 3] is renewed.", "2005-03-01", "DATE", "2005-06-03" },
