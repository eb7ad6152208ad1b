/* cases-more23.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-more23 (issue 25).  A day and month that open their
 * sentence, alone or after "On", take the tense of the clause they date:
 * a verb of an event done after them puts a day more than a week ahead
 * of the reference in last year, as a day right after its verb is
 * ("decided on 28 March"). */
  { "On [28 March], the mill workers voted to strike.", "2005-03-10", "DATE", "2004-03-28" },
  { "On [28 March] the mill workers met in Leeds.", "2005-03-10", "DATE", "2004-03-28" },
  { "[28 March], the mill workers met in Leeds.", "2005-03-10", "DATE", "2004-03-28" },
  { "On [28 March], the guild said it would sell the hall.", "2005-03-10", "DATE", "2004-03-28" },
  /* a future or a present after it; a day a week ahead or nearer; a day
   * inside the sentence, where a past clause may hold a noun's day ahead;
   * another word before it; a clause of its own between */
  { "On [28 March], the mill workers will vote on the offer.", "2005-03-10", "DATE", "2005-03-28" },
  { "On [28 March], the new rota comes into force.", "2005-03-10", "DATE", "2005-03-28" },
  { "On [14 March], the mill workers voted to strike.", "2005-03-10", "DATE", "2005-03-14" },
  { "The guild hinted at a pay rise on [28 March].", "2005-03-10", "DATE", "2005-03-28" },
  { "Until [28 March], the mill workers voted each week.", "2005-03-10", "DATE", "2005-03-28" },
  { "On [28 March], after the vote, the guild was wound up.", "2005-03-10", "DATE", "2005-03-28" },
