/* cases-vague22.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-vague22 (issue 25): a span no count or unit tells
 * ("for a while", "for some time"), DURATION PXX, only after "for";
 * two calendar years one apart written together ("2003-04", "2006-2007")
 * one span. */
  { "The roads will stay shut for [a while].", "2005-03-01", "DURATION", "PXX" },
  { "The two firms have talked for [some time] about a merger.", "2005-03-01", "DURATION", "PXX" },
  { "Rates are likely to stay on hold for [quite some time].", "2005-03-01", "DURATION", "PXX" },
  { "She has coached the under-21 side for [a little while].", "2005-03-01", "DURATION", "PXX" },
  { "The dispute may go on for [some time] to come.", "2005-03-01", "DURATION", "PXX" },
  /* without "for" no span is told: a time it took, a time after */
  { "It took [some time] to agree the deal.", "2005-03-01", NULL },
  { "Some time later the board resigned.", "2005-03-01", NULL },
  { "Once in a while the river floods.", "2005-03-01", NULL },
  { "It had been a while since the last strike.", "2005-03-01", NULL },
  /* "a while ago" stays the past, the longer match */
  { "The shop closed for good [a while ago].", "2005-03-01", "DATE", "PAST_REF" },
  /* two calendar years one apart, however written, are one financial or
   * sports year: one span, the first year (the range both: test_ranges) */
  { "Exports fell during [2003-04], a dry year.", "2005-03-01", "DATE", "2003" },
  { "Repayments wait until [the 2006-2007 fiscal year].", "2005-03-01", "DATE", "2006" },
  { "In [2003/2004], arrests under the act rose.", "2005-03-01", "DATE", "2003" },
  { "The [1999-00] season was his best.", "2005-03-01", "DATE", "1999" },
  { "The [2005\u201306] budget was cut.", "2005-03-01", "DATE", "2005" },
  /* near it: years further apart are a range, two ends; a year and a
   * month, pages */
  { "He coached the side from [1994]-96.", "2005-03-01", "DATE", "1994" },
  { "Figures for the [2001]-2003 period were revised.", "2005-03-01", "DATE", "2001" },
  { "The figure for [2004-05-12] was wrong.", "2005-03-01", "DATE", "2004-05-12" },
  { "See pages 2003-04 of the report.", "2005-03-01", NULL },
