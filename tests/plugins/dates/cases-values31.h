/* cases-values31.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-values31 (issue 25): a holiday's own year, a year
 * range of one digit, "over the next year". */
  /* a year in the holiday's own phrase anchors it, not the reference
   * (normalise-holiday.c, holiday_own_year()): "in YEAR" after its noun
   * phrase, "of YEAR" (in the span, as "the summer of 1969"), "YEAR's" */
  { "Her song was the [Christmas] number one in 1987.", "2005-03-01", "DATE", "1987-12-25" },
  { "The Christmas number one in [1987] was her song.", "2005-03-01", "DATE", "1987" },
  { "The mill burned down at [Easter of 1921].", "2005-03-01", "DATE", "1921-03-27" },
  /* the year ends the text: nothing is read past it */
  { "The mill burned down at [Easter of 1921]", "2005-03-01", "DATE", "1921-03-27" },
  { "The town remembers the [Christmas of 1962] for its snow.", "2005-03-01", "DATE", "1962-12-25" },
  { "It was 1987's [Christmas] hit.", "2005-03-01", "DATE", "1987-12-25" },
  { "It was 1987\u2019s [Christmas] hit.", "2005-03-01", "DATE", "1987-12-25" },
  { "The [Christmas] party in 1990 was the last.", "2005-03-01", "DATE", "1990-12-25" },
  /* near them: a year past a finite verb or a number is the clause's,
   * not the holiday's, nor is "in" before anything but a year */
  { "The [Christmas] party was held in 1990.", "2005-03-01", "DATE", "2004-12-25" },
  { "Shops say [Christmas] sales rose 5% in 2004.", "2005-03-01", "DATE", "2004-12-25" },
  { "Shops shut at [Christmas] in most towns.", "2005-03-01", "DATE", "2004-12-25" },
  { "The [Christmas] card in 1990s style sold well.", "2005-03-01", "DATE", "2004-12-25" },
  /* a year and the next in one digit, as in two ("2003-04"): the first
   * year, with the range (normalise_year(), fiscal_year_end()) */
  { "The famous [1931-2] Springbok tourists lost once.", "2005-03-01", "DATE", "1931" },
  { "By the time they returned in [1957-8] they were the best side.", "2005-03-01", "DATE", "1957" },
  { "He played in nine games of the [1957-8] season.", "2005-03-01", "DATE", "1957" },
  /* near it: a score or pages stay out */
  { "Ashby won [1957-8] on the night.", "2005-03-01", NULL },
  /* "over/during/within/throughout the next/coming year": the twelve
   * months ahead, a stretch (patterns.tsv, the relunit row of "the past
   * year"; the duration row gives P1Y) */
  { "Prices at Dunmore will rise over [the next year].", "2005-03-01", "DURATION", "P1Y" },
  { "The plant will hire 40 staff during [the coming year].", "2005-03-01", "DURATION", "P1Y" },
  { "The road should open within [the next year].", "2005-03-01", "DURATION", "P1Y" },
  { "Throughout [the coming year] the band will tour.", "2005-03-01", "DURATION", "P1Y" },
  /* near it: "the past year" the year before, as TimeBank+AQUAINT write
   * it; a possessive, a financial year, or no preposition of a stretch,
   * the year after the reference */
  { "Prices rose over [the past year].", "2005-03-01", "DATE", "2004" },
  { "He will be busy over [the coming year]'s talks.", "2005-03-01", "DATE", "2006" },
  { "Costs will rise over [the next financial year].", "2005-03-01", "DATE", "2006" },
  { "The firm will open a plant in [the next year].", "2005-03-01", "DATE", "2006" },
  /* "or so" after it: the year ahead, as TimeBank+AQUAINT's one "over
   * the next year or so" (DATE, APPROX) */
  { "The depot will close over [the next year] or so.", "2005-03-01", "DATE", "2006" },
