/* cases-vague22.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-vague22 (issue 25): a span no count or unit tells
 * ("for a while", "for some time"), DURATION PXX, only after "for". */
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
