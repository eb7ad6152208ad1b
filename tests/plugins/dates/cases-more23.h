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
  /* "the first day of", "the last week of" a season or a year is one
   * DATE, its start or end, as TimeBank+AQUAINT write "the end of 1990"
   * (mod END); a season's end valued as a year takes no mod
   * (season_year_unmodded()).  A count of units ("the first nine months
   * of the year") stays two pieces, as TimeBank+AQUAINT write it; a
   * thing's last day ("of his reign") stays the span */
  { "The pool closed on [the last day of the season].", "2005-03-01", "DATE", "2005" },
  { "Prices fell in [the last week of 2003].", "2005-03-01", "DATE", "2003", "END" },
  { "Prices fell in [the first days of 2003].", "2005-03-01", "DATE", "2003", "START" },
  { "The fair opens on [the final day of the year].", "2005-03-01", "DATE", "2005", "END" },
  { "The fair opens in [the first week of next month].", "2005-03-01", "DATE", "2005-04", "START" },
  { "Sales rose in [the first nine months] of the year.", "2005-03-01", "DURATION", "P9M" },
  { "It was [the last day] of his reign.", "2005-03-01", "DURATION", "P1D" },
