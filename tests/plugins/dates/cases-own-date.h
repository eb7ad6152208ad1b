/* cases-own-date.h: rows of test-dates.c's table (included inside its
 * cases[]) for a day written with its weekday and no year: the weekday
 * says which year is meant, where the year the tense chose disagrees
 * with it and the year before or after agrees.  With rows near the rule
 * where it must not fire. */
  /* the tense's year has another weekday; the year before has this one */
  { "The final is on [Saturday 20 November].", "2005-03-01", "DATE", "2004-11-20" },
  { "The court ruled on [Friday, June 14] that the law stood.", "2025-03-01", "DATE", "2024-06-14" },
  { "The vote will be held on [Thursday 2 March].", "2006-01-10", "DATE", "2006-03-02" },
  /* the tense's year and the weekday agree: nothing moves */
  { "The final is on [Sunday 20 November].", "2005-03-01", "DATE", "2005-11-20" },
  { "They met on [Friday 3 December] in Rome.", "2005-03-01", "DATE", "2004-12-03" },
  { "They will meet on [Thursday 3 March].", "2005-03-01", "DATE", "2005-03-03" },
  /* no year within one of the tense's has that weekday: the tense's stays */
  { "He was born on [Monday 20 November].", "2005-03-01", "DATE", "2004-11-20" },
  /* a year written is never moved by its weekday */
  { "It opened on [Monday 20 November 2005].", "2005-03-01", "DATE", "2005-11-20" },
  /* a slip in the weekday of a day near the reference stays that day
   * (the inconsistencies stage reports it), not a year away */
  { "He said so at the press conference on [Tuesday March 4].", "2024-03-05", "DATE", "2024-03-04" },
