/* cases-obligation.h: rows of test-dates.c's table (included inside its
 * cases[]) for "must" and the verb it rules, a fixture row of the
 * lexicon: the coming weekday or day, not a month alone, nor what the
 * obligation is about (a word of kind `topic` between), nor "must have",
 * nor "must" before a verb that names no appointment. */
  { "The flanker must attend a disciplinary hearing on [Wednesday].", "2005-03-01", "DATE", "2005-03-02" },
  { "She must appear in court on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "The firm must file its accounts by [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  /* what the obligation is about: a deed done */
  { "He must answer for his tackle on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "He must answer a charge over his tackle on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  /* a past inferred, a past in a later clause, a month alone */
  { "They must have met on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "He must return the money he took on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "He must also answer a charge over the win at Blackburn in [February].", "2005-03-01", "DATE", "2005-02" },
  { "He must pay the fine by [May].", "2005-03-01", "DATE", "2005-05" },
  /* a verb of an appointment or a deadline's deed, an adverb before it
   * (these four fail on 91e47ea, which had no "must" row) */
  { "The committee must decide on the bid by [Thursday].", "2005-03-01", "DATE", "2005-03-03" },
  { "All candidates must sit the written paper on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "The firm must still report its figures on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "The club must make a decision by [Tuesday].", "2005-03-03", "DATE", "2005-03-08" },
  /* a verb of knowing or judging, or an adverb before one: the day is
   * gone by (these pass on 91e47ea and failed on ffd5ad8, whose row took
   * "must" and any word) */
  { "The fans must surely regret the chants heard on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "The board must accept that the loss on [Sunday] hurt.", "2005-03-01", "DATE", "2005-02-27" },
  { "The coach must admit the display on [Saturday] was poor.", "2005-03-01", "DATE", "2005-02-26" },
  { "The fans must never repeat the chaos of [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "Voters must realise the poll on [Thursday] changed little.", "2005-03-01", "DATE", "2005-02-24" },
