/* cases-mend16b.h: rows of test-dates.c's table (included inside its
 * cases[]) for mend-dates16b's review of dates-ahead16 (issue 25): the
 * near sentences on which its rules went wrong, and the classes added
 * after it, each with sentences near it where it must not fire. */
  /* a time after "by" in a noun of expectation's clause is still to
   * come, unless the clause's verb after it tells the hope gone */
  { "Hopes of a deal by [Friday] have faded.", "2005-03-01", "DATE", "2005-03-04" },
  { "Hopes of a deal by [Friday] faded on Thursday.", "2005-03-01", "DATE", "2005-02-25" },
  { "Fears of a strike by [the end of January] proved unfounded.", "2005-03-01", "DATE", "2005-01", "END" },
  { "The chances of a deal by [the summer] were slim, he said last year.", "2005-03-01", "DATE", "2004-SU" },
  /* a present progressive of a release points its own time ahead, "in"
   * or "on" after its object, not the time of a thing the object names */
  { "The airline is opening a new route to Rome in [the autumn].", "2005-03-01", "DATE", "2005-FA" },
  { "The brewer is launching its own \"third-type\" drink in [April].", "2005-06-15", "DATE", "2006-04" },
  { "The firm is rolling back the price rises it made in [January].", "2005-03-01", "DATE", "2005-01" },
  { "The shop is staging a sale of stock left over from [the summer].", "2005-03-01", "DATE", "2004-SU" },
  { "They are bringing out figures for [the summer] quarter that ended in September.", "2005-03-01", "DATE", "2004-SU" },
  { "The channel is screening the film it shot in [the autumn].", "2005-03-01", "DATE", "2004-FA" },
  /* a figure a period ended with is that period done where a verb of
   * publication reported it, not where one of speech or a forecast
   * told it ahead */
  { "The firm reported a loss in the three months to [June].", "2005-03-01", "DATE", "2004-06" },
  { "The firm warned of a loss in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The firm warned of a loss in the year to [June].", "2005-03-01", "DATE", "2005-06" },
  { "The firm predicted a profit in the year to [June].", "2005-03-01", "DATE", "2005-06" },
  { "Analysts forecast a loss in the year to [June].", "2005-03-01", "DATE", "2005-06" },
  /* a quotation attributed with no day of its own takes the day the
   * story's lead names for what was said; not a day the lead names for
   * another thing, nor where the attribution is in the present, names a
   * day of its own, or the words are no quotation */
  { "Tax cut promised\n\nThe prime minister said on Monday that taxes would fall.\n\n\"We will act [tomorrow],\" he said.", "2005-03-01", "DATE", "2005-03-01" },
  { "The chairman said on Monday the firm would be sold. \"We met the buyers [yesterday],\" he said.", "2005-03-01", "DATE", "2005-02-27" },
  { "The chairman told staff on Monday the firm would be sold.\n\"[Today] is a sad day,\" he said, adding that talks resume on Friday.", "2005-03-01", "DATE", "2005-02-28" },
  { "The factory closed on Monday after 50 years.\n\"We knew [yesterday],\" a worker said.", "2005-03-01", "DATE", "2005-02-28" },
  { "The chairman said the firm would be sold on Monday.\n\"We met the buyers [yesterday],\" he said.", "2005-03-01", "DATE", "2005-02-28" },
  { "The chairman said on Monday the firm would be sold.\n\"We met the buyers [yesterday],\" he says.", "2005-03-01", "DATE", "2005-02-28" },
  { "The chairman said on Monday the firm would be sold.\n\"We met the buyers [yesterday],\" a rival said on Friday.", "2005-03-01", "DATE", "2005-02-24" },
  { "The chairman said on Monday the firm would be sold.\nHe met the buyers [yesterday].", "2005-03-01", "DATE", "2005-02-28" },
  { "\"We met the buyers [yesterday],\" the chairman said. He said on Monday the firm would be sold.", "2005-03-01", "DATE", "2005-02-28" },
  /* an attribution with no "on" before its weekday, as American reports
   * write it; a possessive weekday is no day of speaking */
  { "\"We signed the deal [yesterday],\" the chairman said Thursday.", "2005-03-01", "DATE", "2005-02-23" },
  { "\"We signed the deal [yesterday],\" the chairman told Thursday's meeting.", "2005-03-01", "DATE", "2005-02-28" },
  /* a fixture's verb in -s right before its "in", a particle at most
   * between, points a month or a season ahead; not a bare form, a verb
   * with an object, nor a custom */
  { "The tournament kicks off in [mid-February].", "2005-03-01", "DATE", "2006-02", "MID" },
  { "The festival opens in [the spring].", "2005-12-28", "DATE", "2006-SP" },
  { "The league, which starts in [February], was founded in 1990.", "2005-03-01", "DATE", "2006-02" },
  { "The tournament kicks off in [March].", "2005-03-20", "DATE", "2005-03" },
  { "The tournament kicked off in [mid-February].", "2005-03-01", "DATE", "2005-02", "MID" },
  { "He said the tournament kicks off in [February].", "2005-03-01", "DATE", "2005-02" },
  { "The season usually kicks off in [February].", "2005-03-01", "DATE", "2005-02" },
  { "The tournament kicks off in [February] every year.", "2005-03-01", "DATE", "2005-02" },
  { "He faces charges over a crash in [January].", "2005-03-01", "DATE", "2005-01" },
  { "England host Wales in [February].", "2005-03-01", "DATE", "2005-02" },
  /* the next step of a plan, not after a past whose form is the bare
   * verb's after a subject that would take -s in the present */
  { "The firm will cut jobs in June and it cut 300 in [December].", "2005-12-28", "DATE", "2005-12" },
  { "The firm will cut jobs in June and he put the cost at $1m in [December].", "2005-01-02", "DATE", "2004-12" },
  { "The council will shut the bridge on 10 February and reopen it in [March].", "2005-03-01", "DATE", "2006-03" },
  { "The council will shut the bridge on 10 February and it reopens in [March].", "2005-03-01", "DATE", "2006-03" },
  /* a term told in the present points ahead, not in a clause of a habit */
  { "The season usually ends in [May].", "2005-12-28", "DATE", "2005-05" },
  { "The season ends in [May].", "2005-12-28", "DATE", "2006-05" },
  /* "the same month of 2004", as "the same month in 2004": the month
   * named before, in that year; "of" before anything else stays out */
  { "Sales in January fell against [the same month] of 2004.", "2005-03-01", "DATE", "2004-01" },
  { "[The same month] of 2004 saw record sales.", "2005-03-01", "DATE", "2004-03" },
  { "He left in the same month of his arrival.", "2005-03-01", NULL },
  /* a bare month right after "tipped for", "pencilled in for" or
   * "earmarked for" is the coming one; May and March are months there;
   * not after "was" */
  { "The vote is pencilled in for [June].", "2005-07-15", "DATE", "2006-06" },
  { "A cabinet reshuffle is tipped for [May].", "2005-07-15", "DATE", "2006-05" },
  { "The site is earmarked for [March].", "2005-07-15", "DATE", "2006-03" },
  { "The vote was pencilled in for [June] but was delayed.", "2005-07-15", "DATE", "2005-06" },
  { "He was tipped for the top job in [June].", "2005-07-15", "DATE", "2005-06" },
  { "Voters turned out for May.", "2005-07-15", NULL },
