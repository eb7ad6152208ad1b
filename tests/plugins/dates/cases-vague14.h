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
  /* words of time that are no time: a count of things after "the past",
   * what becomes of a thing, a state's current (not capital) budget */
  { "If I keep going as I have in the past few matches I will win.", "2005-03-01", NULL },
  { "He has scored in the past several games.", "2005-03-01", NULL },
  { "The future of the club is in doubt.", "2005-03-01", NULL },
  { "The UK current budget must be in balance.", "2005-03-01", NULL },
  { "It would mean reducing current expenditure.", "2005-03-01", NULL },
  /* near it: a span of time units, "the past" before a comma, "the
   * future" alone, "current" before other nouns or a budget's year */
  { "Prices rose over [the past few days].", "2005-03-01", "DURATION", "PXD" },
  { "In [the past], few people came.", "2005-03-01", "DATE", "PAST_REF" },
  { "Nobody knows what [the future] holds.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "He worries about the future of work.", "2005-03-01", NULL },
  { "[Current] prices are high.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Spending rose in the [current] budget year.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* one or two units: a span of some; after "in" some time ahead, with
   * "ago" some time back */
  { "He wants a vote on it in [a year or two].", "2005-03-01", "DATE", "FUTURE_REF" },
  { "It should be ready within [a day or two].", "2005-03-01", "DATE", "FUTURE_REF" },
  { "It will take [a year or two] to build.", "2005-03-01", "DURATION", "PXY" },
  { "She stayed for [a week or two].", "2005-03-01", "DURATION", "PXW" },
  { "He left [a year or two ago].", "2005-03-01", "DATE", "PAST_REF" },
  /* near it: no unit, two units written out, a unit alone */
  { "It costs one pound or two.", "2005-03-01", NULL },
  { "It took [a year or so].", "2005-03-01", "DURATION", "P1Y" },
  { "He spent [a year] or two months there.", "2005-03-01", "DURATION", "P1Y" },
  /* "today" in a present supposed against the facts: the present in
   * general */
  { "If the young Howard were applying to Oxford [today], he would fail.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Were he standing [today], he would win.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* near it: an open condition, "were" of the past, a future supposed,
   * "today" in the main clause */
  { "If it rains [today], the match is off.", "2005-03-01", "DATE", "2005-03-01" },
  { "They were here [today].", "2005-03-01", "DATE", "2005-03-01" },
  { "If they were to leave [today], nobody would know.", "2005-03-01", "DATE", "2005-03-01" },
  { "If it were sunny, they would leave [today].", "2005-03-01", "DATE", "2005-03-01" },
  /* "the decade": the reference's */
  { "It hit its first recession of [the decade] in 2001.", "2005-03-01", "DATE", "200" },
  { "Output will double by [the end of the decade].", "2005-03-01", "DATE", "200", "END" },
  /* near it: a count of decades, one before "before" */
  { "It took [two decades].", "2005-03-01", "DURATION", "P20Y" },
  { "The decade before was hard.", "2005-03-01", NULL },
  /* "late in the day" after a word of degree: the idiom, no time */
  { "It will be a little late in the day when people wake up.", "2005-03-01", NULL },
  { "The bid came relatively late in the day.", "2005-03-01", NULL },
  { "It came too late in the day to matter.", "2005-03-01", NULL },
  /* near it: alone, the day's end; "early" after a degree word */
  { "Shares rose [late in the day].", "2005-03-01", "DATE", "2005-03-01", "END" },
  { "[Late in the day], lawyers emerged.", "2005-03-01", "DATE", "2005-03-01", "END" },
  { "It rose a little [early in the day].", "2005-03-01", "DATE", "2005-03-01", "START" },
