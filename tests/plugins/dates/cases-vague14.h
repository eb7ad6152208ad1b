/* cases-vague14.h: rows of test-dates.c's table (included inside its
 * cases[]) for the fourteenth session's vague times (issue 25): words
 * that are no time, and vague times missed.  Each rule with sentences
 * near it where it must not fire. */
  /* "soon", "someday": a time to come, FUTURE_REF */
  { "The prospects for getting sharper pictures [soon] look poor.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "The government will [soon] require firms to report.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "Shoppers could [soon] be paying by phone.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "It is going to change [very soon], the panel said.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "[Soon] they will all want a share.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "She hopes [someday] to run a farm.", "2005-03-01", "DATE", "FUTURE_REF" },
  /* near it: a measure of how soon, a signal tying another event, a
   * word's part, a clause of an event done */
  { "He will call as soon as he lands.", "2005-03-01", NULL },
  { "It is too soon to say.", "2005-03-01", NULL },
  { "How soon can it ship?", "2005-03-01", NULL },
  { "He left soon after the match.", "2005-03-01", NULL },
  { "They met soon afterwards.", "2005-03-01", NULL },
  { "His soon-to-be wife was there.", "2005-03-01", NULL },
  { "The club soon became a hit.", "2005-03-01", NULL },
  { "The files were soon wiped.", "2005-03-01", NULL },
  { "Soon they were gone.", "2005-03-01", NULL },
  { "Sooner or later it will fail.", "2005-03-01", NULL },
