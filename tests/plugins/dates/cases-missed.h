/* cases-missed.h: rows of test-dates.c's table (included inside its
 * cases[]) for expressions the stage used to miss on unseen articles:
 * sports seasons.  Each rule with sentences near it where it must not
 * fire. */
  /* a sports season is the calendar year the reference is in, counted by
   * the shift (TIMEX3 has no value for a season of sport) */
  { "Rovers have conceded only nine goals [this season].", "2005-03-01", "DATE", "2005" },
  { "The striker moved to Spain [last season] for 4m.", "2005-03-01", "DATE", "2004" },
  { "The coach hopes to stay for [next season] at least.", "2005-03-01", "DATE", "2006" },
  { "It was the worst defeat of [the season] for the club.", "2005-03-01", "DATE", "2005" },
  { "She has lost only once since [the start of the season].", "2005-03-01", "DATE", "2005", "START" },
  { "He will retire at [the end of the season], his agent said.", "2005-03-01", "DATE", "2005", "END" },
  { "[This season]'s league is the closest for years.", "2005-03-01", "DATE", "2005" },
  /* near it: a season named by the word before it, a thing named by the
   * word after it, a numbered or a counted season, and "seasoned" */
  { "Shops are busy in the holiday season.", "2005-03-01", NULL },
  { "Fans bought the festive season gifts early.", "2005-03-01", NULL },
  { "A season ticket costs 500 pounds.", "2005-03-01", NULL },
  { "The club froze the price of this season ticket.", "2005-03-01", NULL },
  { "He bought the season pass in a hurry.", "2005-03-01", NULL },
  { "The writer appears in the season finale of the drama.", "2005-03-01", NULL },
  { "The cast left after season 3 of the series.", "2005-03-01", NULL },
  { "He directed the last season of the comedy.", "2005-03-01", NULL },
  { "He has played two seasons in Italy.", "2005-03-01", NULL },
  { "Every season brings its own injuries.", "2005-03-01", NULL },
  { "A seasoned campaigner led the talks.", "2005-03-01", NULL },
  { "It is the season of goodwill to all.", "2005-03-01", NULL },
