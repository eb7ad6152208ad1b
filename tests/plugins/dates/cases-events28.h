/* cases-events28.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-events28 (issue 25): a range of months as the
 * period compared, "the same period last year". */
  /* a range of months compared is the quarter or half it fills, else
   * its year; a dash joins two months as "from ... to" does */
  { "Harwick Tiles made $9m between October and December, down from $12m in [the same period] in 2003.",
    "2005-03-01", "DATE", "2003-Q4" },
  { "In April-June Harwick Tiles made $9m, down from $12m in [the same period] in 2002.", "2005-03-01", "DATE",
    "2002-Q2" },
  { "Harwick Tiles made $9m between January and June 2004, against $7m in [the same period] in 2003.",
    "2005-03-01", "DATE", "2003-H1" },
  { "Harwick Tiles made $9m between April and July, against $7m in [the same period] in 2003.", "2005-03-01",
    "DATE", "2003" },
  { "Harwick Tiles made $9m between October and November, against $7m [a year earlier].", "2005-03-01", "DATE",
    "2003" },
  /* a range over a new year has no value as a whole: its last month */
  { "Harwick Tiles made $9m from November 2003 to February 2004, against $7m in [the same period] in 2002.",
    "2005-03-01", "DATE", "2002-02" },
  /* "the same period last year": the period named last, a year back;
   * the year-ago one itself where it was named last; none named, the
   * reference's quarter a year back (the words say it is a year back:
   * the reference's own quarter would be a period the report has no
   * figures for yet) */
  { "Pellam Foods made $4m in the fourth quarter, up from $2m in [the same period] last year.", "2005-03-01", "DATE",
    "2003-Q4" },
  { "Pellam Foods made $4m between July and September, up from $2m in [the same period] last year.", "2005-03-01",
    "DATE", "2003-Q3" },
  { "Pellam Foods made $4m in the fourth quarter of 2004, up from $2m in the fourth quarter of 2003. "
    "Costs were flat on [the same period] last year.", "2005-03-01", "DATE", "2003-Q4" },
  { "Pellam Foods said sales were up on [the same period] last year.", "2005-03-01", "DATE", "2004-Q1" },
