/* cases-values14.h: rows of test-dates.c's table (included inside its
 * cases[]) for the fourteenth session's wrong values and types (issue
 * 25).  Each rule with sentences near it where it must not fire. */
  /* a rate of things counted in ways rate_after_count() does not read:
   * a plural in capitals, a plural with no -s, a count with its scale,
   * an adjective between; a SET with no freq (things, not times) */
  { "More than 30,000 PCs [a day] are being recruited.", "2005-03-01", "SET", "P1D", NULL, "" },
  { "Some 40,000 people [a week] attended.", "2005-03-01", "SET", "P1W" },
  { "Nokia make 200 million cell phones [a year].", "2005-03-01", "SET", "P1Y" },
  { "It carries 1.5 million passengers [a year].", "2005-03-01", "SET", "P1Y" },
  { "Thousands of people [a day] visit the site.", "2005-03-01", "SET", "P1D" },
  { "The software can create up to 2,000 new heads [an hour].", "2005-03-01", "SET", "PT1H" },
  { "It draws 2m visitors [a year].", "2005-03-01", "SET", "P1Y" },
  { "The firm hired 30 staff [a month].", "2005-03-01", "SET", "P1M" },
  /* near it: a span after an event, an age, no count, a year before
   * the plural, a count of time, a second's rate (a unit, no SET) */
  { "The 30,000 PCs [a day] later were cleaned.", "2005-03-01", "DURATION", "P1D" },
  { "Ten people [a day] later died.", "2005-03-01", "DURATION", "P1D" },
  { "NATO sent 300 men [a week] after the raid.", "2005-03-01", "DURATION", "P1W" },
  { "He bought two PCs [a year ago].", "2005-03-01", "DATE", "2004" },
  { "He saw the PCs [a day].", "2005-03-01", "DURATION", "P1D" },
  { "Several PCs [a day] failed.", "2005-03-01", "DURATION", "P1D" },
  { "In 2004 cars [a year] were sold.", "2005-03-01", "DURATION", "P1Y" },
  { "It could do 1,000 trillion operations [a second].", "2005-03-01", NULL },
  { "They stayed in Paris for [a day].", "2005-03-01", "DURATION", "P1D" },
  /* a year that numbers a name: after one capitalised word WordNet
   * writes in lowercase as a made thing, or in a list of two versions or
   * more of one to three digits (more in cases-fix14.h).  A name no list
   * knows as a product's keeps its year, wrongly: "the Russell 2000
   * index", "a venture called Orion 1980", "Transport 2000" */
  { "It only works on PCs running Windows XP or Windows [2000].", "2005-03-01", NULL },
  { "PCs running Windows 95, 98, ME, NT, [2000], and XP could be vulnerable.", "2005-03-01", NULL },
  /* near it: an event or a law named with its year (kind `edition`), an
   * acronym, a name of two words, a sentence's first word, title case,
   * a list of years, a year's comma before a count or a score */
  { "He played for Denmark at Euro [2004].", "2005-03-01", "DATE", "2004" },
  { "He was held under the Terrorism Act [2000] on Monday.", "2005-03-01", "DATE", "2000" },
  { "Jobs gave the keynote at WWDC [2005] in San Francisco.", "2005-03-01", "DATE", "2005" },
  { "It opened the Aero India [2005] air show.", "2005-03-01", "DATE", "2005" },
  { "Vienna [2003] was his last win.", "2005-03-01", "DATE", "2003" },
  { "Sales Rise In [2004] As Prices Fall", "2005-03-01", "DATE", "2004" },
  { "Profits rose in 2003, [2004] and 2005.", "2005-03-01", "DATE", "2004" },
  { "Ethiopia produced more crops in [2004], 24% higher than in 2003.", "2005-03-01", "DATE", "2004" },
  { "Her first title since Wimbledon in [2003], 2-6 6-3 6-0.", "2005-03-01", "DATE", "2003" },
  { "Between 1990 and [2004], 25 children died.", "2005-03-01", "DATE", "2004" },
  /* an age is no span: "years" alone before "old" */
  { "The current version of the browser is four [years] old.", "2005-03-01", NULL },
  { "The car is many [years] old.", "2005-03-01", NULL },
  { "He was 84 [years] old when he died.", "2005-03-01", NULL },
  { "Staff must delete e-mails more than three [months] old.", "2005-03-01", NULL },
  /* near it: a span before other words, "years-old" as an adjective of a
   * span (TimeBank+AQUAINT: "a years-old slump" P1Y) */
  { "He has spent [years] in jail.", "2005-03-01", "DURATION", "PXY" },
  { "Kenya hoped for an end to a [years]-old slump.", "2005-03-01", "DURATION", "PXY" },
  { "He left [two years] later.", "2005-03-01", "DURATION", "P2Y" },
  /* the coming weeks: "coming" in the span, "the" not */
  { "Sales will rise in the [coming months].", "2005-03-01", "DURATION", "PXM" },
  { "Other chapters will follow in [coming weeks].", "2005-03-01", "DURATION", "PXW" },
  /* near it: one unit, a count */
  { "[The coming year] will be hard.", "2005-03-01", "DATE", "2006" },
  { "Prices will rise in [the coming three months].", "2005-03-01", "DURATION", "P3M" },
  /* some time gone by */
  { "The film was released [a while ago].", "2005-03-01", "DATE", "PAST_REF" },
  { "He left the firm [some time ago].", "2005-03-01", "DATE", "PAST_REF" },
  /* near it: no "ago", a count before "ago" */
  { "Once in a [while] he calls.", "2005-03-01", NULL },
  { "It was a [while] before he came.", "2005-03-01", NULL },
  { "He left [three weeks ago].", "2005-03-01", "DATE", "2005-02-08" },
