/* cases-classes20.h: rows of test-dates.c's table (included inside its
 * cases[]) for the twentieth session's classes of error judges named on
 * BBC articles (issue 25).  Each rule with sentences near it where it
 * must not fire. */
  /* a sports season's start or end: the year it falls in, no START or
   * END, which on a year are the calendar's first or last months */
  { "The striker may leave at [the end of the season].", "2005-03-01", "DATE", "2005" },
  { "Their coach quit at [the end of this season].", "2005-04-10", "DATE", "2005" },
  { "The keeper was dropped at [the start of the season].", "2005-10-12", "DATE", "2005" },
  { "The loan runs to [the end of next season].", "2005-02-01", "DATE", "2006" },
  /* near it: a year's own end keeps its mod, and a season of no known
   * year keeps the REF with it */
  { "The plant will close at [the end of the year].", "2005-03-01", "DATE", "2005", "END" },
  { "The keeper was dropped at [the start of the season].", "2005-03-01", "DATE", "PRESENT_REF", "START" },
  /* placed in a year written before it, as "the season" is: that year,
   * no mod */
  { "The winger joined in 2001 and was hurt at [the start of the season].", "2005-03-01", "DATE", "2001" },
  /* "the year" of "this time of the year": a time that comes each year,
   * no year; the same of the day */
  { "Colds spread fast at this time of the year.", "2005-03-01", NULL },
  { "For shops it is the busiest time of the year.", "2005-03-01", NULL },
  { "At this time of the day the roads are empty.", "2005-03-01", NULL },
  /* "of" ending a line, as in wrapped text */
  { "Colds spread fast at this time of\nthe year.", "2005-03-01", NULL },
  /* near it: "the year" after other words of "of" stays the year */
  { "Prices are at their highest level of [the year].", "2005-03-01", "DATE", "2005" },
  { "They met at [the end of the year].", "2005-03-01", "DATE", "2005", "END" },
