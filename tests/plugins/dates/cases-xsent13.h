/* cases-xsent13.h: rows of test-dates.c's table (included inside its
 * cases[]) for a day whose month's name ends its sentence ("on 8 June."):
 * the period is the sentence's, and nothing read after the expression
 * (a clause's verb, a scheduled present, a year named) may come from the
 * next sentence.  Reference Tuesday 2005-03-01.  The rows marked "next"
 * failed on 3047d2f, whose look-aheads started past the full stop. */
  /* a past clause: last year's, whatever the next sentence's tense */
  { "The war ended on [8 June]. It rained.", "2005-03-01", "DATE", "2004-06-08" },
  { "The war ended on [8 June]. It is on Sunday.", "2005-03-01", "DATE", "2004-06-08" }, /* next */
  { "The war ended on [8 June]. Sunday is fine.", "2005-03-01", "DATE", "2004-06-08" }, /* next */
  { "The war ended on [8 June]. It was on Sunday.", "2005-03-01", "DATE", "2004-06-08" },
  { "The war ended on [8 June]. The talks will resume on Sunday.", "2005-03-01", "DATE", "2004-06-08" },
  { "The war ended on [8 June]! It is on Sunday.", "2005-03-01", "DATE", "2004-06-08" },
  /* near it: a clause of the same sentence still counts, and a month
   * written first or abbreviated keeps what it had */
  { "The war ended on [8 June], and it is on Sunday.", "2005-03-01", "DATE", "2004-06-08" },
  { "The war ended on [June 8]. It is on Sunday.", "2005-03-01", "DATE", "2004-06-08" },
  { "The vote was on [Dec. 8]. It is on Sunday.", "2005-03-01", "DATE", "2004-12-08" },
  { "The war ended in [June]. It is on Sunday.", "2005-03-01", "DATE", "2004-06" },
  /* a day ahead under a present or a future keeps its own year, and the
   * next sentence's past does not pull it back */
  { "The talks will end on [8 June]. It rained.", "2005-03-01", "DATE", "2005-06-08" },
  { "The talks will end on [8 June]. It was on Sunday.", "2005-03-01", "DATE", "2005-06-08" },
  { "The next poll is on [5 May]. It was cold.", "2005-03-01", "DATE", "2005-05-05" },
  /* an abbreviated month's period that ends the sentence too ("8 Apr."
   * before a capital): the expression keeps it, the look-aheads stop at
   * it; "Apr. 8" and a lowercase word after it are as before */
  { "The war ended on [8 Apr.] It is on Sunday.", "2005-03-01", "DATE", "2004-04-08" }, /* next */
  { "The war ended on [8 Apr.] It rained.", "2005-03-01", "DATE", "2004-04-08" },
  { "The war ended on [Apr. 8]. It is on Sunday.", "2005-03-01", "DATE", "2004-04-08" },
  { "The talks will end on [8 Apr.] It was cold.", "2005-03-01", "DATE", "2005-04-08" },
