/* cases-every.h: rows of test-dates.c's table (included inside its
 * cases[]) for a month or a holiday of a fixed day after "each" or
 * "every": a SET of any year's, as TimeBank writes "each July".  Rows near
 * it where it must not fire: a moving holiday, a day of a month, another
 * word ruled by "every", a month with its year, a month alone. */
  { "Protesters march through the town [each July].", "2005-03-01", "SET", "XXXX-07" },
  { "The family meets [every Christmas].", "2005-03-01", "SET", "XXXX-12-25" },
  { "[Every Christmas Day] he swims in the sea.", "2005-03-01", "SET", "XXXX-12-25" },
  { "The plant closes [every December] for repairs.", "2005-03-01", "SET", "XXXX-12" },
  { "The shop opened in [July], and has held a sale each July since.", "2005-03-01", "DATE", "2004-07" },
  { "They lost every match in [December].", "2005-03-01", "DATE", "2004-12" },
  { "He said every one of the May voters left.", "2005-03-01", NULL },
  { "She goes there every [5 November].", "2005-03-01", "DATE", "2004-11-05" },
  { "Every [May 2005] voter was counted.", "2005-03-01", "DATE", "2005-05" },
