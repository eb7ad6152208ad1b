/* cases-values17.h: rows of test-dates.c's table (included inside its
 * cases[]) for the seventeenth session's values (issue 25, dates on
 * articles written by others).  Each rule with sentences near it where
 * it must not fire. */
  /* a count written with thousands separators is the whole count, not
   * the digits after its last comma */
  { "The seeds were buried [6,000 years ago], researchers believe.", "2005-03-01", "DATE", "PAST_REF" },
  { "The bridge took [1,500 days] to build.", "2005-03-01", "DURATION", "P1500D" },
  { "The ice has lasted [some 10,000 years] in the valley.", "2005-03-01", "DURATION", "P10000Y", "APPROX" },
  { "She has logged [12,000 hours] of flying.", "2005-03-01", "DURATION", "PT12000H" },
  { "The comet returns [every 1,000 years] or so.", "2005-03-01", "SET", "P1000Y" },
  /* a count back past the year 1 is some time back, as "several years
   * ago" is: four digits of TIMEX3 cannot write its year */
  { "The town was founded [3000 years ago] by farmers.", "2005-03-01", "DATE", "PAST_REF" },
  { "The town was founded [900 years ago] by farmers.", "2005-03-01", "DATE", "1105" },
  /* near it: a sum of money, an age, commas of a list, a figure before
   * a unit of a rate */
  { "He earns 1,500 [a week] at the mill.", "2005-03-01", "SET", "P1W" },
  { "The 2,500-year-old temple was restored.", "2005-03-01", NULL },
  { "The sites are [1,000 years] old.", "2005-03-01", NULL },
  { "In 2004, [500 days] were lost to strikes.", "2005-03-01", "DURATION", "P500D" },
