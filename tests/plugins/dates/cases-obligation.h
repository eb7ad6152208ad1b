/* cases-obligation.h: rows of test-dates.c's table (included inside its
 * cases[]) for "must" and the verb it rules, a fixture row of the
 * lexicon: the coming weekday or day, not a month alone, nor what the
 * obligation is about (a word of kind `topic` between), nor "must have". */
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
