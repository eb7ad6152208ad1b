/* cases-ranges26.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-ranges26 (issue 25).  Two whole years joined by a
 * hyphen with no word of a financial year beside them are two DATEs
 * wherever they stand, as "2008-2010" is; a singular in -ss, -sis or -us
 * and "as" after a year are no plural it counts. */
  { "He served in 2011-[2012] as mayor.", "2005-03-01", "DATE", "2012" },
  { "He served in [2011]-2012 as mayor.", "2005-03-01", "DATE", "2011" },
  { "He was mayor [2011]-2012.", "2005-03-01", "DATE", "2011" },
  { "He was mayor 2011-[2012].", "2005-03-01", "DATE", "2012" },
  { "The [2011]-2012 crisis hurt the mills.", "2005-03-01", "DATE", "2011" },
  { "The 2011-[2012] crisis hurt the mills.", "2005-03-01", "DATE", "2012" },
  { "The [2011-12] crisis hurt the mills.", "2005-03-01", "DATE", "2011" },
  { "The mill lost money in [2011] as a whole.", "2005-03-01", "DATE", "2011" },
  { "The bridge will close by [the middle of 2011] unless repairs begin.", "2005-03-01", "DATE", "2011", "MID" },
  { "Sales near their [2011] business high.", "2005-03-01", "DATE", "2011" },
  /* nor "this" after a range of years (mend-dates22) */
  { "In [2011-12] this club lost money.", "2005-03-01", "DATE", "2011" },
  /* still a count before a plural, and a score where no year is spoken
   * of */
  { "The depot bought [2000] taxis.", "2005-03-01", NULL },
  { "The Larks won [2005]-6 at home.", "2005-03-01", NULL },
  /* a verb whose past is its base after a pronoun of kind `singular`
   * that opens its clause is the past, as after "the firm": a day ahead
   * is last year's; not an object ("help it cut"), nor "they" (as often
   * the present) */
  { "On [28 March] it cut 200 jobs.", "2005-03-20", "DATE", "2004-03-28" },
  { "On [28 March], she set a record.", "2005-03-20", "DATE", "2004-03-28" },
  { "On [28 March] it cuts 200 jobs.", "2005-03-20", "DATE", "2005-03-28" },
  { "On [28 March] it will cut 200 jobs.", "2005-03-20", "DATE", "2005-03-28" },
  { "The deal on [28 March] would help it cut 200 jobs.", "2005-03-20", "DATE", "2005-03-28" },
  { "On [28 March] they set a record.", "2005-03-20", "DATE", "2005-03-28" },
