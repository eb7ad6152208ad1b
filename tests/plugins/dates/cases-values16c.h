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
