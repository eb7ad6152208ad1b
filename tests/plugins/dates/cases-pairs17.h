/* cases-pairs17.h: rows of test-dates.c's table (included inside its
 * cases[]) for the seventeenth session's pairs (issue 25): two days of a
 * month joined by "or", each a DATE as two joined by "and" are.  Each
 * rule with sentences near it where it must not fire. */
  /* the first day before "or" after "on" takes the second's month
   * (first_day_before()); the second after a month's day takes its month
   * (second_day_after()) */
  { "The hearing is set for Tuesday, on [4] or 5 April.", "2005-03-01", "DATE", "2005-04-04" },
  { "The hearing is set for Tuesday, on 4 or [5 April].", "2005-03-01", "DATE", "2005-04-05" },
  { "The talks are planned on the [12th] or 13th of May.", "2005-03-01", "DATE", "2005-05-12" },
  { "The talks are planned on the 12th or [13th of May].", "2005-03-01", "DATE", "2005-05-13" },
  { "The vote falls on June 22 or [23].", "2005-03-01", "DATE", "2005-06-23" },
  { "The vote falls on June 22 or [23, 2006], in Oslo.", "2005-03-01", "DATE", "2006-06-23" },
  /* "the" before an ordinal day after "on" serves "and" as it does "or" */
  { "The talks are planned on the [12th] and 13th of May.", "2005-03-01", "DATE", "2005-05-12" },
  /* near it: "or" is never a range's join ("between"), a count after
   * "by" or before "or", a count after the month's day, "the" before a
   * day without its ordinal ending, "the" without "on" */
  { "It is due between [4] or 5 April.", "2005-03-01", NULL },
  { "Prices rose by [4] or 5 April saw more.", "2005-03-01", NULL },
  { "There were [4] or 5 April showers.", "2005-03-01", NULL },
  { "On June 22 or [23] people voted.", "2005-03-01", NULL },
  { "The scores were on the [12] or 13 May list.", "2005-03-01", NULL },
  { "He came [12th] or 13th of May's riders.", "2005-03-01", NULL },
