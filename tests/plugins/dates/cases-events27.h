/* cases-events27.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-events27 (issue 25): the period a report compares
 * with, named after its own. */
  /* the last period named ends a year before the one named before it:
   * "a year earlier", "a year ago" are that one, even when it is more
   * than a year before the reference; without the pair, the year before
   * the reference as before */
  { "Brantley Mills earned $6m in the last quarter of 2004, down from $9m in the fourth quarter of 2003. "
    "Sales rose to $80m from $71m [a year earlier].", "2005-03-01", "DATE", "2003-Q4" },
  { "Velora lost $3m in the fourth quarter of 2004, against a loss of $5m in the fourth quarter of 2003. "
    "Its costs fell from $12m [a year ago].", "2005-06-01", "DATE", "2003-Q4" },
  { "Velora lost $3m in the third quarter of 2002. Its costs fell from $12m [a year earlier].", "2005-06-01",
    "DATE", "2004" },
  /* "the same period" with a year written after it: the period named
   * last, in that year ("the same period of 2002" is no match of the
   * pattern: "of" takes the year into a span of its own) */
  { "Orlin Foods made $4m in the fourth quarter, up from $2m during [the same period] in 2003.", "2005-03-01",
    "DATE", "2003-Q4" },
  { "Orlin Foods made $4m in March 2004, up from $2m in [the same period] in 2002.", "2005-03-01", "DATE",
    "2002-03" },
