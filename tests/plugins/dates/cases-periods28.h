/* cases-periods28.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-periods28 (issue 25): business years and quarters,
 * a month that closes a span of figures, "from January to June" in one
 * year, "the same period a year earlier". */
  /* a month after "to" or "through" and a unit "the" opens closes a
   * span whose figures are out: the last such month before the
   * reference's, in a present as in a past (normalise-days-months.c,
   * span_closed_by()) */
  { "Prices rose 3% in the year to [June].", "2005-03-01", "DATE", "2004-06" },
  { "Sales at Dunmore Mills rose 5% in the 12 months through [June].", "2005-03-01", "DATE", "2004-06" },
  { "Inflation in the year to [March] is 3%.", "2005-03-01", "DATE", "2004-03" },
  { "Sales in the three months through [April] are 2% up.", "2005-03-01", "DATE", "2004-04" },
  /* near it: a cue of the future after it forecasts the span under way;
   * a month already gone this year stays; "moved to June" and "by three
   * months to June" close no span */
  { "Sales for the year to [March] will fall 8%.", "2005-03-01", "DATE", "2005-03" },
  { "Sales in the year to [June] will rise, the firm forecast.", "2005-03-01", "DATE", "2005-06" },
  { "The firm will report results for the year to [June].", "2005-03-01", "DATE", "2005-06" },
  { "Prices rose 3% in the year to [January].", "2005-03-01", "DATE", "2005-01" },
  { "The meeting was moved to [June].", "2005-03-01", "DATE", "2005-06" },
  { "The deadline is extended by three months to [June].", "2005-03-01", "DATE", "2005-06" },
  /* "from January to June", each end placed alone in a different year:
   * one stretch, in the year of the end where it lies before the
   * reference, else of the start (discourse.c, discourse_range()) */
  { "From [January] to June, output at Tollan Steel rose 4%.", "2005-03-01", "DATE", "2004-01" },
  { "Output rose 4% from January to [June].", "2005-03-01", "DATE", "2004-06" },
  { "From January to [June] the coast road will close.", "2005-03-01", "DATE", "2006-06" },
  /* near it: months out of their order tell a change, not a stretch */
  { "The date swapped from [May] to April.", "2005-01-01", "DATE", "2004-05" },
  /* "the same period a year earlier" as "the same period last year":
   * the period named last, a year back */
  { "Pellam Foods lost $3m in the fourth quarter of 2004, against a $1m loss for [the same period] a year earlier.",
    "2005-03-01", "DATE", "2003-Q4" },
  { "Pellam Foods lost $3m in the fourth quarter of 2004, against a $1m loss for the same period [a year earlier].",
    "2005-03-01", "DATE", "2003-Q4" },
  { "Harwick Tiles made $9m in the third quarter, against $7m in [the same period] a year before.", "2005-03-01",
    "DATE", "2003-Q3" },
  { "Harwick Tiles made $9m in the third quarter, against $7m in [the same period] the year before.", "2005-03-01",
    "DATE", "2003-Q3" },
  /* "the previous year" right after it is that period's year, not the
   * one before (discourse.c, discourse_same_period()); alone it counts
   * back from the year named */
  { "Harwick Tiles made $9m in the fourth quarter, against $7m in the same period [the previous year].",
    "2005-03-01", "DATE", "2003" },
  { "Harwick Tiles was founded in 2003. [The previous year] its owner sold a mill.", "2005-03-01", "DATE", "2002" },
  /* near it: no period named before, the reference's own quarter, a
   * year back as the words after it say; alone, the reference's own */
  { "Pellam Foods said sales were up on [the same period] a year earlier.", "2005-03-01", "DATE", "2004-Q1" },
  { "Sales at Pellam Foods rose, up from $5m in [the same period].", "2005-03-01", "DATE", "2005-Q1" },
  /* a business's year and quarter written as the calendar's, as
   * TimeBank does (no FY): "fiscal" or "financial" after the ordinal or
   * the shift */
  { "Spending will rise in [the coming financial year].", "2005-03-01", "DATE", "2006" },
  { "Over [the past fiscal year], sales rose.", "2005-03-01", "DATE", "2004" },
  /* (without its year, the reference's: a business's year is named by
   * its end, dates-values30) */
  { "Sales at Ostrava Glass fell in its [second fiscal quarter].", "2005-03-01", "DATE", "2005-Q2" },
  { "Sales fell in [the second financial quarter].", "2005-03-01", "DATE", "2005-Q2" },
  /* near it: a quarter of a match is none of a year */
  { "He scored twice in the [second quarter].", "2005-03-01", NULL },
  /* one convention for a fraction of a unit, in value.c's
   * append_duration(): in the next smaller unit where it comes out whole
   * (TimeBank: "2 1/2 years" P2Y6M), else as a decimal of the unit
   * (a month has no whole count of days) */
  { "The festival is held [every 2.5 years].", "2005-03-01", "SET", "P2Y6M" },
  { "The audit is held [every five and a half months].", "2005-03-01", "SET", "P5.5M" },
  { "The talks lasted [three and a half days].", "2005-03-01", "DURATION", "P3DT12H" },
