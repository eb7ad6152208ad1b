/* cases-anchor15.h: rows of test-dates.c's table (included inside its
 * cases[]) for the fifteenth session's anchors and directions (issue
 * 25): which time an expression counts from, and which way it points.
 * Each rule with sentences near it where it must not fire. */
  /* "a year earlier" after a period or a year named: that period a year
   * before, whatever its year (discourse.c, discourse_compare_period()) */
  { "Profit in the fourth quarter rose to $5m from $4m [a year earlier].", "2005-03-01", "DATE", "2003-Q4" },
  { "Net profit rose 70% in the last three months of 2004, compared with 1.4bn [a year earlier].", "2005-03-01", "DATE", "2003" },
  { "Profit rose in the last three months of 2004 against 1.4bn a year earlier. Sales were 9bn against 8bn [a year earlier].", "2005-03-01", "DATE", "2003" },
  { "He joined the firm in June 2004. [A year earlier] he had left Leeds.", "2005-03-01", "DATE", "2003-06" },
  { "He was elected in 2004, and [a year earlier] had won his seat.", "2005-03-01", "DATE", "2003" },
  { "Sales will rise in the fourth quarter from [a year earlier].", "2005-03-01", "DATE", "2004-Q4" },
  /* near it: a year or period further back is as often the rival named */
  { "Profit rose to 3bn in 2004, from 1.4bn in 2003. Sales rose to 6bn, from 3bn [a year earlier].", "2005-03-01", "DATE", "2004" },
  { "Profit fell from $1bn in the fourth quarter of 2003. Revenue rose from $48bn [a year earlier].", "2005-03-01", "DATE", "2004" },
  /* "a year ago" of the period just reported (up to three months back),
   * as TimeBank writes "a year ago" after "third-quarter net" */
  { "Profit in the fourth quarter rose to $5m from $4m [a year ago].", "2005-03-01", "DATE", "2003-Q4" },
  { "Profit in the third quarter rose to $5m from $4m [a year ago].", "2005-10-30", "DATE", "2004-Q3" },
  /* near it: "a year ago" counts from the day of writing after a year or
   * a period further back; nothing named before; beyond the reach */
  { "He joined the firm in June 2003. [A year ago] he quit.", "2005-03-01", "DATE", "2004" },
  { "Sales rose in the third quarter of 2003. [A year ago] the firm was near collapse.", "2005-03-01", "DATE", "2004" },
  { "He was elected in 1997. [A year ago] he said he would stand down.", "2005-03-01", "DATE", "2004" },
  { "Sales rose 5% from [a year earlier].", "2005-03-01", "DATE", "2004" },
  { "Sales rose in 2001. The firm was sold to a rival, its staff moved to new offices, its old shops were shut, its "
    "brand was dropped, its chief executive left, its debts were paid off by the new owners, and its former "
    "chairman retired to Spain to write a book about it. Its name is gone, and few who shop in the high street today would remember it at all. Sales rose 5% from [a year earlier].",
    "2005-03-01", "DATE", "2004" },
  /* near it: the adjectives keep to the period of the reference's year
   * compared: what is named before them may be the year-ago one */
  { "Profit fell in the third quarter of 1988. The [year-earlier] figure was higher.", "2005-03-01", "DATE", "2004" },
  { "In the nine months net was $306m, against a loss in the 1988 period. The [year-ago] results had a charge.", "1989-11-02", "DATE", "1988" },
  { "Profit rose in the third quarter. [The year-ago quarter] was weak.", "1989-11-02", "DATE", "1988-Q3" },
  /* "three years earlier" is the span, P3Y, with or without a year before */
  { "He was elected in 1997. [Three years earlier] he had won his seat.", "2005-03-01", "DURATION", "P3Y" },
  /* a holiday after a preposition of a time aimed at is the next one
   * where its clause tells no event done; after "since" the last one
   * (normalise-holiday.c, holiday_aim()) */
  { "Gold climbs ahead of [New Year]", "2005-03-01", "DATE", "2006-01-01" },
  { "Shops are busy ahead of [Christmas].", "2005-03-01", "DATE", "2005-12-25" },
  { "The firm hopes to finish before [Christmas].", "2005-03-01", "DATE", "2005-12-25" },
  { "Prices are rising in the run-up to [Christmas].", "2005-03-01", "DATE", "2005-12-25" },
  { "Ahead of [Christmas], shops are hiring staff.", "2005-03-01", "DATE", "2005-12-25" },
  { "Shares have fallen since [Christmas].", "2004-11-10", "DATE", "2003-12-25" },
  /* near it: a past before or right after it, a fronted phrase before a
   * past, other prepositions (the tense and the month decide), "for" */
  { "Shops were busy ahead of [Christmas].", "2005-03-01", "DATE", "2004-12-25" },
  { "Stocks rallied ahead of [Christmas].", "2005-03-01", "DATE", "2004-12-25" },
  { "Sales before [Christmas] were weak.", "2005-03-01", "DATE", "2004-12-25" },
  { "Prices rose in the run-up to [Christmas].", "2005-03-01", "DATE", "2004-12-25" },
  { "Ahead of [Christmas], shops hired staff.", "2005-03-01", "DATE", "2004-12-25" },
  { "Sales slumped after [Christmas].", "2005-03-01", "DATE", "2004-12-25" },
  { "Markets are quiet over [Christmas].", "2005-03-01", "DATE", "2004-12-25" },
  { "Sales for [Christmas] are up 3%.", "2005-03-01", "DATE", "2004-12-25" },
  { "Shares have fallen since [New Year].", "2005-03-01", "DATE", "2005-01-01" },
  { "Markets are quiet ahead of [Christmas].", "2004-12-20", "DATE", "2004-12-25" },
  { "He gave 500,000 pounds to the party just days before [Christmas].", "2005-03-01", "DATE", "2004-12-25" },
  { "Read wrote the song before the [Boxing Day] tragedy.", "2005-03-01", "DATE", "2004-12-26" },
  { "Shares rose.  Before [Christmas], Cairn revealed that drilling was good.", "2005-03-01", "DATE", "2004-12-25" },
  { "He will be elected before [Christmas].", "2005-03-01", "DATE", "2005-12-25" },
  { "Before [Christmas], the firm revealed that sales to the north were up.", "2005-03-01", "DATE", "2004-12-25" },
  { "Ahead of [Christmas], shops will hire staff.", "2005-03-01", "DATE", "2005-12-25" },
  /* the reference's own month named alone in its first three days, in a clause
   * of an event done: last year's (normalise-days-months.c, year_of()); the
   * verb after an opening month passes a bracketed aside */
  { "In [March] the Health and Safety Executive (HSE) revised its injury figures.", "2005-03-01", "DATE", "2004-03" },
  { "In [March] sales rose.", "2005-03-01", "DATE", "2004-03" },
  { "Sales rose 3% in [March].", "2005-03-03", "DATE", "2004-03" },
  { "In [June] the agency (FSA) revised them.", "2005-03-01", "DATE", "2004-06" },
  /* near it: later in the month, a future or a plan, a month to come,
   * "to March" (a period up to it) */
  { "In [March] sales rose.", "2005-03-20", "DATE", "2005-03" },
  { "In [March] the firm is to cut jobs.", "2005-03-01", "DATE", "2005-03" },
  { "Sales will rise in [March].", "2005-03-01", "DATE", "2005-03" },
  { "In [June] the Office (ONS) will reclassify it.", "2005-03-01", "DATE", "2005-06" },
  { "To [March], sales rose 5%.", "2005-03-01", "DATE", "2005-03" },
  { "Figures to [March] showed a rise.", "2005-03-01", "DATE", "2005-03" },
  /* a headline's infinitive of a plan, any verb: ahead (tense-clause.c,
   * tense_headline_plan()) */
  { "Staff to strike on [Monday]\nUnion members voted for action.", "2005-03-01", "DATE", "2005-03-07" },
  { "Man to be sentenced on [Friday]", "2005-03-01", "DATE", "2005-03-04" },
  /* near it: a sentence with its full stop, a verb done after the
   * infinitive, a verb before "to" */
  { "Staff to strike on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "Plan to cut jobs approved on [Monday]", "2005-03-01", "DATE", "2005-02-28" },
  { "Staff voted to strike on [Monday]", "2005-03-01", "DATE", "2005-02-28" },
  /* a clock time with no day that dates an event named right after it
   * ("the midday funeral") takes the day named last, however far back,
   * within a month of the reference (discourse.c, discourse_place_time());
   * near it: no event after it (two sentences' reach), a day of history */
  { "The funeral was held at the church on Saturday. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Before the [midday] funeral, crowds formed a queue.", "2005-03-01", "TIME", "2005-02-26T12:00" },
  { "He died on Saturday. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. The [midday] news was grim.", "2005-03-01", "TIME", "2005-03-01T12:00" },
  { "He was born on 5 May 1960. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. Before the [midday] funeral, crowds formed a queue.", "2005-03-01", "TIME", "2005-03-01T12:00" },
  /* a month alone the reference put ahead, after a month gone by named
   * earlier in its sentence: the one before the reference too, figures
   * compared (discourse.c, month_after_past_month()) */
  { "The firm held 41% of the market in October against 44% in [June].", "2005-03-01", "DATE", "2004-06" },
  { "Prices fell 2% in December from a peak in [June].", "2005-03-01", "DATE", "2004-06" },
  /* near it: a cue of the future, a month named in another sentence, no
   * month gone by before it */
  { "Sales fell in October but are expected to rise in [June].", "2005-03-01", "DATE", "2005-06" },
  { "Sales fell in October and will rise in [June].", "2005-03-01", "DATE", "2005-06" },
  { "Sales fell in October. The firm opens a shop in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The firm holds 41% of the market and expects 44% in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The strike by rail workers, which began in [June], was called off on June 8.", "2024-06-06", "DATE", "2024-06" },
