/* cases-events22.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-events22 (issue 25): a day that names an event
 * (data/dated-events.tsv) is the event's own day, with its year. */
  /* a day and month without a year, then one of the event's nouns */
  { "Airlines lost money after the [11 September] attacks.", "2005-03-01", "DATE", "2001-09-11" },
  { "Insurers paid out after [September 11th] hijackings.", "2005-03-01", "DATE", "2001-09-11" },
  { "The inquiry into the [7 July] bombings opens.", "2006-01-10", "DATE", "2005-07-07" },
  /* another noun, or none: the day nearest the reference, as before */
  { "Shares fell on [11 September] after the warning.", "2005-03-01", "DATE", "2004-09-11" },
  { "The [11 September] deadline passed quietly.", "2005-03-01", "DATE", "2004-09-11" },
  /* the short form alone, the event's day */
  { "Since [9/11], flights to the city have fallen.", "2005-03-01", "DATE", "2001-09-11" },
  { "Security spending grew after [9/11] and the slump.", "2005-03-01", "DATE", "2001-09-11" },
  { "A post [7/7] review of policing was ordered.", "2006-01-10", "DATE", "2005-07-07" },
  /* not before the event happened, nor after a name's capitalised word,
   * nor two numbers and a slash that name no event */
  { "The board backed a 7/7 split of the seats.", "2004-03-01", NULL },
  { "Critics praised Larkspur 9/11 at the festival.", "2005-03-01", NULL },
  { "Larkspur 9/11 won the prize.", "2005-03-01", NULL },
  { "The helpline is open 24/7 for callers.", "2005-03-01", NULL },
  { "About 3/4 of voters agreed.", "2005-03-01", NULL },
  /* a holiday bare before "is" and an article or a habitual word speaks
   * of it in any year: no year; counted to, or told, one year's */
  { "[Christmas] is a busy season for toy makers.", "2005-03-01", "DATE", "XXXX-12-25" },
  { "[Halloween] is always noisy on our street.", "2005-03-01", "DATE", "XXXX-10-31" },
  { "[Christmas] is a month away, and shops are ready.", "2005-11-25", "DATE", "2005-12-25" },
  { "[Christmas] was a success for the shop.", "2005-03-01", "DATE", "2004-12-25" },
  { "Sales rose. The run-up to [Christmas] is a test for toy makers.", "2005-01-04", "DATE", "2004-12-25" },
  { "\"[Christmas] is a time for giving,\" he said.", "2005-03-01", "DATE", "XXXX-12-25" },
