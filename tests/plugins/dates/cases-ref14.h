/* cases-ref14.h: rows of test-dates.c's table (included inside its
 * cases[]) for the fourteenth session's anchors of a story's own time
 * (issue 25): the period a past report is about, a month named again,
 * a unit counted from a named one.  Each rule with sentences near it
 * where it must not fire. */
  /* "the year", "the month", "the quarter" of a report about a past
   * month: that month's (discourse.c, the_period_named()) */
  { "Car sales rose 4% in November. Over [the year] they fell 1%.", "2005-02-10", "DATE", "2004" },
  { "Exports jumped in December. Exports for [the year] were a record.", "2005-03-01", "DATE", "2004" },
  { "Home loans rose in December. Lending rose 2% in [the month].", "2005-03-01", "DATE", "2004-12" },
  { "Sales rose in December. Sales rose 1% in the month and 8% for [the year].", "2005-03-01", "DATE", "2004" },
  /* near it: a present or future clause, "the year ahead", a month of
   * the reference's year, no month named, the month to a day, an award,
   * a month long past (beyond the reach) */
  { "Sales rose in December. [The year] is off to a slow start.", "2005-03-01", "DATE", "2005" },
  { "Sales rose in December. Sales will rise for [the year].", "2005-03-01", "DATE", "2005" },
  /* a present perfect, a modal, or a period up to now: the present year */
  { "Sales rose in December. [The year] has started well for the shop.", "2005-03-01", "DATE", "2005" },
  { "Sales rose in December. Shops have done well in [the year] so far.", "2005-03-01", "DATE", "2005" },
  { "Sales rose in December. Prices have risen since [the start of the year].", "2005-03-01", "DATE", "2005", "START" },
  { "Sales rose in December. Sales should rise 2% for [the year].", "2005-03-01", "DATE", "2005" },
  /* near them: a past perfect, and "so" not of "so far", stay the report's */
  { "Sales rose in December. Sales had risen 2% for [the year].", "2005-03-01", "DATE", "2004" },
  { "Sales rose in December. Over [the year] so many shops shut.", "2005-03-01", "DATE", "2004" },
  { "Sales rose in December. Sales have been improving and revenue for [the year] was up.", "2005-03-01", "DATE", "2004" },
  { "Sales rose in December. Analysts see growth in [the year] ahead.", "2005-03-01", "DATE", "2005" },
  { "Sales rose in January. Sales for [the year] are up 2%.", "2005-03-01", "DATE", "2005" },
  { "Sales rose in February. Sales for [the year] rose 2%.", "2005-03-01", "DATE", "2005" },
  /* "the month" with no past month named before it, or only a month to
   * come, is not found: the reference's month would be a guess */
  { "Shares rose 2% in [the month].", "2005-03-01", NULL },
  { "Unemployment fell in December, the government said on Monday. [The month] saw 20,000 new jobs.", "2005-03-01", NULL },
  { "Retail sales rose in December, figures showed on Tuesday. For [the month], sales were up 2%.", "2005-03-01", NULL },
  { "The firm will open its new store in December. [The month] is its busiest.", "2005-03-01", NULL },
  { "Sales rose in December. Sales will rise 2% in [the month].", "2005-03-01", NULL },
  { "Sales rose in December. Shares rose 3% [this month].", "2005-03-01", "DATE", "2005-03" },
  { "Sales rose in December. Losses for [the year] to March rose.", "2005-04-10", "DURATION", "P1Y" },
  { "Losses for [the month] to March rose.", "2005-04-10", "DURATION", "P1M" },
  { "He was named player of [the month].", "2005-03-01", NULL },
  { "Sales rose in December. He spent the rest of [the month] in Rome.", "2005-03-01", NULL },
  { "Sales rose in December. It was her biggest album of [the year].", "2005-03-01", "DATE", "2005" },
  { "He lost on Monday. Moya began [the year] with a win.", "2005-01-01", "DATE", "2005" },
  { "He was hurt in December. He missed the rest of [the season].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Prices rose in December. [The month] by month rise was small.", "2005-03-01", NULL },
  /* a day inside the month named before it leaves that month the one
   * reported; a weekday alone does not make one */
  { "Sales rose 3% in December. Shoppers came before Christmas. Sales climbed 8% for [the year].", "2005-03-01", "DATE", "2004" },
  /* (a day named leaves "the year" of figures told in March the year
   * just ended: dates-values17, year_of_results()) */
  { "Shares fell on 3 March. Sales rose 2% for [the year].", "2005-03-20", "DATE", "2004" },
  /* a month with a possessive is the same month named last before it
   * (discourse.c, month_named_again()) */
  { "Sales rose in December. Analysts will study [December]'s data.", "2005-03-01", "DATE", "2004-12" },
  { "Sales rose in December. Analysts will study [December]\u2019s data.", "2005-03-01", "DATE", "2004-12" },
  { "Sales rose in December and in January. They will study [December]'s data.", "2005-03-01", "DATE", "2004-12" },
  /* near it: no possessive, another month named, the same month only
   * with its year written (a comparison) */
  { "Sales rose in December. Analysts will study [December] data.", "2005-03-01", "DATE", "2005-12" },
  { "Sales rose in November. Analysts will study [December]'s data.", "2005-03-01", "DATE", "2005-12" },
  { "Texts rose 26% on December 2003. Before [December]'s record, the high was in May.", "2005-01-20", "DATE", "2004-12" },
  /* "the previous weekend", "the previous week" after a week or weekend
   * named: one before that one (discourse.c, week_from_named()) */
  { "The film took $20m at the weekend. Takings fell against [the previous weekend].", "2005-03-01", "DATE", "2005-W07-WE" },
  { "He was arrested last week. [The previous week] he had fled.", "2005-03-01", "DATE", "2005-W07" },
  { "The film opened last weekend. [The following weekend] it fell.", "2005-03-01", "DATE", "2005-W09-WE" },
  { "The film topped the chart at the weekend. [The previous weekend] it was second.", "2005-01-04", "DATE", "2004-W52-WE" },
  { "The film opened on Saturday. Takings were up on [the previous weekend].", "2005-03-01", "DATE", "2005-W07-WE" },
  /* near it: no week named, a day named since, a count after a year
   * (TimeBank spans "a minute and a half later", "a month after": the
   * count, a DURATION) */
  { "Takings fell compared with [the previous weekend].", "2005-03-01", "DATE", "2005-W08-WE" },
  { "Fans will gather [the following weekend].", "2005-03-01", "DATE", "2005-W09-WE" },
  { "He was arrested last week. On Monday he fled. [The previous week] he had hidden.", "2005-03-01", "DATE", "2005-W08" },
  { "Sales grew 2.9% in 2001 and 2.5% [a year] later.", "2005-03-01", "DURATION", "P1Y" },
  /* the present of another clause of its sentence leaves "the month" the
   * one reported; its own clause's present does not */
  { "Sales rose in December. If cars are left out, sales rose 0.3% on [the month].", "2005-03-01", "DATE", "2004-12" },
  { "Sales rose in December. Analysts say that sales are up 1% on [the month].", "2005-03-01", NULL },
  /* two months named before it: "the month" is neither's; "the year"
   * of two months in one year is that year, of two years the reference's */
  { "Exports fell in December, after rising in November. For [the month], sales fell 1%.", "2005-03-01", NULL },
  { "Sales fell in November and rose in December. Sales rose 1% in [the month].", "2005-03-01", NULL },
  { "Sales fell in November and rose in December. Sales rose 1% for [the year].", "2005-03-01", "DATE", "2004" },
  { "Sales fell in December and rose in January. Sales rose 1% for [the year].", "2005-03-01", "DATE", "2005" },
  { "Loans fell in October. Prices rose in December. Sales rose 1% in [the month].", "2005-03-01", "DATE", "2004-12" },
  { "The deal will close by the end of [the month].", "2005-03-01", NULL },
