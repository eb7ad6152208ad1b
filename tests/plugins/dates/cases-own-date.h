/* cases-own-date.h: rows of test-dates.c's table (included inside its
 * cases[]) for a day written with its weekday and no year: the weekday
 * says which year is meant, where the year the tense chose disagrees
 * with it and the year before or after agrees, and either no tense
 * places the day (a dateline, a heading, a list) or that year keeps the
 * day on the side of the reference the tense put it.  With rows near the
 * rule where it must not fire.  The first rows here pass on 91e47ea (the
 * rule's base), as the reading by tense alone gave them; see each group's
 * comment for the rows that fail there. */
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
  /* the weekday moves the year (these four fail on 91e47ea, which kept
   * the tense's year): a past that stays before the reference, a future
   * that stays after it, a heading's list and an agency's dateline with
   * no tense at all */
  { "The club was founded on [Friday 9 May].", "2005-03-01", "DATE", "2003-05-09" },
  { "The tour will end on [Sunday 2 April].", "2005-03-01", "DATE", "2006-04-02" },
  { "Fixtures\n[Sunday 3 July] Leeds v Hull", "2005-03-01", "DATE", "2005-07-03" },
  { "LONDON, [Sunday 3 July] (Reuters) - Shares fell.", "2005-03-01", "DATE", "2005-07-03" },
  /* the tense keeps its year where the weekday's would cross the
   * reference: a past day never becomes one to come, nor a future one
   * gone by more than WEEKDAY_LATE_REFERENCE; the inconsistencies stage
   * reports the weekday.  These pass
   * on 91e47ea and failed on ffd5ad8, whose weekday overrode the tense */
  { "He was arrested on [Tuesday 12 April].", "2005-03-01", "DATE", "2004-04-12" },
  { "The deal was signed on [Sunday 16 October].", "2005-03-01", "DATE", "2004-10-16" },
  { "The talks will resume on [Monday 12 April].", "2005-03-01", "DATE", "2005-04-12" },
  /* a future day may go back a little before the reference to agree
   * with its weekday: a collection's reference may come after the
   * article (fails on 91e47ea) */
  { "The match will be shown live on [Wednesday 19 January].", "2005-03-01", "DATE", "2005-01-19" },
  /* a past verb no cue knows ("died") still places the day */
  { "She died on [Friday 11 November].", "2005-03-01", "DATE", "2004-11-11" },
