/* cases-vague19.h: rows of test-dates.c's table (included inside its
 * cases[]) for the nineteenth session's vague expressions (issue 25).
 * Each rule with sentences near it where it must not fire. */
  /* a count back with a scale word: past the calendar's four digits,
   * some time back, as "6,000 years ago" is */
  { "The rock formed [150 million years ago].", "2005-03-01", "DATE", "PAST_REF" },
  { "The rock formed [two billion years ago].", "2005-03-01", "DATE", "PAST_REF" },
  { "The planet formed [4.5 billion years ago].", "2005-03-01", "DATE", "PAST_REF" },
  { "The lake formed [about 1.5 million years ago].", "2005-03-01", "DATE", "PAST_REF", "APPROX" },
  /* near it: a scale word that keeps the count within the calendar, a
   * count of money, a string of digits no count */
  { "The town was founded [two thousand years ago].", "2005-03-01", "DATE", "0005" },
  { "It raised 150 million dollars [two years ago].", "2005-03-01", "DATE", "2003" },
  { "It ran [99999999999999999999 years ago].", "2005-03-01", NULL },
  /* "the present time" after "until", "up to", "from ... to" as after
   * "at": the present, the span without the preposition */
  { "The rule held until [the present time].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The line ran up to [the present time].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "From 1990 to [the present time] it grew.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* near it: no preposition of time before it */
  { "The present time is one of change.", "2005-03-01", NULL },
  { "They value the present time more.", "2005-03-01", NULL },
