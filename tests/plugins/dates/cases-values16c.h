/* cases-values16c.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-values16c's classes (issue 25): movable feasts
 * computed from Easter, and words that are no time.  Each rule with
 * sentences near it where it must not fire. */
  /* movable feasts (lexicon.tsv's E+N rules): bare after a word of kind
   * `feast`, the next one in a clause of the future, the last one in a
   * clause of the past; Easter 2005 fell on 27 March, 2004's on 11 April */
  { "Shops will stay open over [Easter], the chain announced.", "2005-01-15", "DATE", "2005-03-27" },
  { "Shops will stay open over [Easter], the chain announced.", "2005-06-15", "DATE", "2006-04-16" },
  { "Sales were strong over [Easter], the chain reported.", "2005-06-15", "DATE", "2005-03-27" },
  { "The bill must pass by [Whitsun] or it will fall.", "2005-01-15", "DATE", "2005-05-15" },
  { "The office will be shut until [Easter Monday] this time.", "2005-01-15", "DATE", "2005-03-28" },
  { "The strike will end before [Good Friday], the union said.", "2005-02-01", "DATE", "2005-03-25" },
  { "Pancakes will be sold on [Shrove Tuesday] at the fair.", "2005-01-15", "DATE", "2005-02-08" },
  { "Sales fell [last Easter], the retailer said.", "2005-01-15", "DATE", "2004-04-11" },
  { "Sales will rise [next Easter], the retailer hopes.", "2005-06-15", "DATE", "2006-04-16" },
  { "He will be back at [Easter 2006] after the tour.", "2005-01-15", "DATE", "2006-04-16" },
  { "Talks will run until [Pentecost] in Brussels.", "2000-01-10", "DATE", "2000-06-11" },
  /* near it: a name's part, a modifier, a feast after another word */
  { "The [Good Friday] Agreement was signed in Belfast.", "2005-01-15", NULL },
  { "Children hunted [Easter] eggs in the park.", "2005-01-15", NULL },
  { "He sailed on to [Easter] Island in the spring.", "2005-01-15", NULL },
  { "The bishop gave his [Easter] message to the crowd.", "2005-01-15", NULL },
  { "Tickets for the [Easter] Rising play sold out.", "2005-01-15", NULL },
  { "The crowd at [Whitsun] Fair was small.", "2005-01-15", NULL },
  { "He walked on an [Easter Monday] hike with friends.", "2005-01-15", NULL },
  /* near it: a weekday alone is still a day */
  { "The deal was signed on [Friday] in Belfast.", "2005-01-15", "DATE", "2005-01-14" },
  /* a duration written as an open compound before a noun: "the" is the
   * noun's ("The 90 minute film": the span is "90 minute") */
  { "The [90 minute] film will be shown on Sunday.", "2005-01-15", "DURATION", "PT90M" },
  { "The [two hour] meeting ended without a deal.", "2005-01-15", "DURATION", "PT2H" },
  { "The [10-day] trip ended in Rome.", "2005-01-15", "DURATION", "P10D" },
  /* near it: a plural, a shift, a count of one keep "the" */
  { "[The 90 minutes] were tense for the fans.", "2005-01-15", "DURATION", "PT90M" },
  { "[The 10 days] of talks ended in Geneva.", "2005-01-15", "DURATION", "P10D" },
  { "Prices rose over [the past two years] in the city.", "2005-01-15", "DURATION", "P2Y" },
  /* "his early days": a period of a life, no span (a possessive before
   * "early", as before a plural alone) */
  { "He recalled his early [days] in the band.", "2005-01-15", NULL },
  { "The show looks back at their early [years] together.", "2005-01-15", NULL },
  /* near it: "the early days" of a trade, "days" after other words,
   * "early" before a count */
  { "In the early [days] of the war, troops advanced.", "2005-01-15", "DURATION", "PXD" },
  { "The talks took [days] to finish.", "2005-01-15", "DURATION", "PXD" },
  { "Prices fell in [recent days] on the exchange.", "2005-01-15", "DURATION", "PXD" },
  { "He left in the early hours after [two days] of talks.", "2005-01-15", "DURATION", "P2D" },
  /* a comparative: "more recent", "less recent" (as "most recent") */
  { "The show covers his early songs and more [recent] events.", "2005-01-15", NULL },
  { "The more [recent] figures were weak.", "2005-01-15", NULL },
  /* near it: "more recently", "recent" alone */
  { "[More recently], he moved to Paris.", "2005-01-15", "DATE", "PAST_REF" },
  { "The [recent] rise in prices hurt sales.", "2005-01-15", "DATE", "PAST_REF" },
  { "Industry is exporting more [these days], officials said.", "2005-01-15", "DATE", "PRESENT_REF" },
  { "Acme Wireless [recently] agreed to work with the firm.", "2005-01-15", "DATE", "PAST_REF" },
  { "Prices have risen in more [recent years] than not.", "2005-01-15", "DATE", "PAST_REF" },
  /* a feast with no tense: the nearest; after an event done in its
   * clause, the last */
  { "Talks on [Good Friday] in the capital.", "2005-01-15", "DATE", "2005-03-25" },
  { "Talks on [Good Friday] in the capital.", "2005-11-20", "DATE", "2006-04-14" },
  { "The talks ended before [Easter], officials said.", "2005-01-15", "DATE", "2004-04-11" },
  { "Police arrested two men over [Easter] in the town.", "2005-01-15", "DATE", "2004-04-11" },
