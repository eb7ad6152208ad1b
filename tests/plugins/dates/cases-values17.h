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
  /* "the year", "the full year" of figures reported early in a year:
   * the year just ended (a word of kind `results` in the sentence) */
  { "Acme said profits for [the full year] rose 8%.", "2005-02-10", "DATE", "2004" },
  { "Sales for [the year] were up 5%, the firm said.", "2005-02-10", "DATE", "2004" },
  { "For [the full year], the bakery earned $3m.", "2005-03-20", "DATE", "2004" },
  { "Economic growth for [the year] was 3.1%, the agency said.", "2005-01-25", "DATE", "2004" },
  /* a year written before comes first */
  { "Profits rose in 2003. For [the full year], sales rose 2%.", "2005-02-10", "DATE", "2003" },
  /* near it: figures forecast or to come, a present perfect, no figures,
   * later in the year, a year's start or end */
  { "Acme expects profits for [the full year] to rise.", "2005-02-10", "DATE", "2005" },
  { "Profits for [the full year] will rise 8%, it said.", "2005-02-10", "DATE", "2005" },
  { "Shares have risen 5% over [the year], the profits table shows.", "2005-02-10", "DATE", "2005" },
  { "[The year] was a good one for the band.", "2005-02-10", "DATE", "2005" },
  { "Acme said profits for [the full year] rose 8%.", "2005-05-10", "DATE", "2005" },
  { "Profits fell at [the end of the year], the firm said.", "2005-02-10", "DATE", "2005", "END" },
  /* a month of this year named before it: the year running */
  { "Sales rose in February. Sales for [the year] rose 2%.", "2005-03-01", "DATE", "2005" },
  /* a weekday named before it is the day of the report */
  { "Acme said on Tuesday that profits for [the full year] rose 8%.", "2005-02-10", "DATE", "2004" },
  { "Sales for [the year] are up 2%, the firm said.", "2005-03-01", "DATE", "2005" },
  /* "late" is no time alone; a part of a decade is ("of late" is left:
   * lexicon.tsv) */
  { "The son of [late] lawyer Jo Bloggs spoke.", "2005-03-01", NULL },
  { "He was the darling of [late 1990s] investors.", "2005-03-01", "DATE", "199", "END" },
  /* "at the moment": the present, as "currently" */
  { "The firm is popular because, at [the moment], it has few rivals.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Work is stalled at [the moment], the council said.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* near it: the instant of an event */
  { "At the [moment] of impact the driver braked.", "2005-03-01", NULL },
  { "She froze at the [moment] when the lights failed.", "2005-03-01", NULL },
  /* mend-dates17b: a present reporting verb before the figures tells
   * them done ("says profits ... rose"); a present in the figures' own
   * words does not ("profits are up ... for the year"); "on the year"
   * is a change against the year before, not the year reported */
  { "The firm says profits for [the full year] rose 8%.", "2005-02-10", "DATE", "2004" },
  { "Profits are up 5% for [the year], the firm said.", "2005-02-10", "DATE", "2005" },
  { "Exports rose 3% on [the year], the agency said.", "2005-02-10", "DATE", "2005" },
  /* a count with a scale word: no bare PXY for its unit, but the whole
   * count back, some time gone by (dates-vague19) */
  { "Dinosaurs roamed here [150 million years ago].", "2005-03-01", "DATE", "PAST_REF" },
  { "Dinosaurs roamed for 150 million years.", "2005-03-01", NULL },
  { "They waited for [years] to be paid.", "2005-03-01", "DURATION", "PXY" },
