/* cases-mend15.h: rows of test-dates.c's table (included inside its
 * cases[]) for the fifteenth session's review of its anchors and
 * values (issue 25): the reviewer's sentences near those rules that
 * went wrong, each with its neighbours where the rule must still fire. */
  /* a headline's "to" before a place or a thing is where one goes, not a
   * plan (tense-clause.c, tense_headline_plan()) */
  { "Fans flock to stadium on [Monday]", "2005-03-01", "DATE", "2005-02-28" },
  { "Man taken to hospital on [Friday]", "2005-03-01", "DATE", "2005-02-25" },
  { "UK to host summit on [Monday]", "2005-03-01", "DATE", "2005-03-07" },
  { "Stars to attend gala on [Friday]", "2005-03-01", "DATE", "2005-03-04" },
  { "Staff to strike on [Monday]", "2005-03-01", "DATE", "2005-03-07" },
  /* a line past HEADLINE_MAX with no stop is running text, no headline */
  { "Staff said they had voted to strike after a long and bitter dispute over pay and pensions which the union says "
    "has dragged on for months without any sign of a settlement on [Monday]", "2005-03-01", "DATE", "2005-02-28" },
  /* a holiday aimed at ("ahead of", "before") days gone by, with no cue
   * of the future, is the one just past; with one, the next
   * (normalise-holiday.c, HOLIDAY_JUST_PAST) */
  { "Shops are hiring staff ahead of [Christmas].", "2005-12-28", "DATE", "2005-12-25" },
  { "Spending ahead of [Christmas] is expected to be flat.", "2005-01-02", "DATE", "2004-12-25" },
  { "Shops will hire extra staff ahead of [Christmas].", "2005-12-28", "DATE", "2006-12-25" },
  { "Ahead of [Christmas] sales will rise.", "2005-12-28", "DATE", "2006-12-25" },
  { "Gold climbs ahead of [New Year]", "2005-12-28", "DATE", "2006-01-01" },
  { "Shops are hiring staff ahead of [Christmas].", "2005-03-01", "DATE", "2005-12-25" },
  /* a holiday opening its sentence with no comma: the main clause
   * after it tells the time */
  { "Before [Christmas] the minister said the plan would work.", "2005-03-01", "DATE", "2004-12-25" },
  { "Before [Christmas] the minister says the plan will work.", "2005-03-01", "DATE", "2005-12-25" },
  /* a time before an event's noun takes the day told however far back
   * only where its sentence tells an event done (discourse.c,
   * event_told_done()); one to come keeps the reference's or its own */
#define MEND15_FILLER "Friends and colleagues spoke of his long career on stage and screen, and of the causes he championed for decades. "
  { "He died on Saturday. " MEND15_FILLER MEND15_FILLER MEND15_FILLER MEND15_FILLER MEND15_FILLER MEND15_FILLER
    "The [midday] memorial is on Friday.", "2005-03-01", "TIME", "2005-03-01T12:00" },
  { "He died on Saturday. " MEND15_FILLER MEND15_FILLER MEND15_FILLER MEND15_FILLER MEND15_FILLER MEND15_FILLER
    "After the [midday] funeral the family will hold a wake.", "2005-03-01", "TIME", "2005-03-01T12:00" },
  { "He died on Saturday. " MEND15_FILLER MEND15_FILLER MEND15_FILLER MEND15_FILLER MEND15_FILLER MEND15_FILLER
    "The [midday] funeral was held at the church.", "2005-03-01", "TIME", "2005-02-26T12:00" },
#undef MEND15_FILLER
  /* a month ahead of the reference after a month gone by in its sentence
   * is the one before, but not past a modal or an infinitive that
   * points ahead (discourse.c, month_after_past_month()) */
  { "The firm had 300 staff in November, up from 250 in [May].", "2005-03-01", "DATE", "2004-05" },
  { "He was hired in October to start work in [June].", "2005-03-01", "DATE", "2005-06" },
  { "Rates, cut in January, may rise again in [May].", "2005-03-01", "DATE", "2005-05" },
  /* nor after a wish or a modal before it (kind `someday`) */
  { "He wants the deal done before [Christmas].", "2005-12-28", "DATE", "2006-12-25" },
  { "He promised to finish the work before [Christmas].", "2005-12-28", "DATE", "2005-12-25" },
  /* "A year ago" opening its sentence tells a time of its own, not the
   * period just reported a year before (normalise_yearago(), 'O') */
  { "Profit in the fourth quarter rose to $2bn. [A year ago] the firm was close to collapse.", "2005-03-01", "DATE", "2004" },
  { "Profit in the fourth quarter rose to $2bn, from $1bn [a year ago].", "2005-03-01", "DATE", "2003-Q4" },
