/* cases-missed.h: rows of test-dates.c's table (included inside its
 * cases[]) for expressions the stage used to miss on unseen articles:
 * sports seasons, race times glued to "secs", "half-a-second", a year
 * before a plural of accounts, a capitalised season before an event, the
 * first week or weekend of a release, the end of "1994-96", the first
 * of two counts of one unit.  Each rule with sentences near it where it
 * must not fire. */
  /* a sports season is the calendar year the reference is in, counted by
   * the shift (TIMEX3 has no value for a season of sport) */
  { "Rovers have conceded only nine goals [this season].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The striker moved to Spain [last season] for 4m.", "2005-03-01", "DATE", "PAST_REF" },
  { "The coach hopes to stay for [next season] at least.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "It was the worst defeat of [the season] for the club.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "She has lost only once since [the start of the season].", "2005-03-01", "DATE", "PRESENT_REF", "START" },
  { "He will retire at [the end of the season], his agent said.", "2005-03-01", "DATE", "2005" },
  { "[This season]'s league is the closest for years.", "2005-03-01", "DATE", "PRESENT_REF" },
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
  /* "the season" after a year just written is that year's, as "the
   * year" is; not an idiom's season, nor a thing's own last season */
  { "He joined Leeds in 1998. [The season] was a disaster for him.", "2005-03-01", "DATE", "1998" },
  { "In 2001 he scored 30 goals, his best tally of [the season].", "2005-03-01", "DATE", "2001" },
  { "In 2001 he scored 30 goals. He hopes to beat it in [the season] ahead.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "United lead the table at this stage of [the season].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "He has scored 12 goals for Leeds in [the season] so far.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "It has been a long campaign in [the season] for Leeds.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "'Tis the season to be merry, the vicar said.", "2005-03-01", NULL },
  { "It is the season to be cheerful.", "2005-03-01", NULL },
  { "It is the season for giving, the shops say.", "2005-03-01", NULL },
  { "The firm sent the season's greetings to clients.", "2005-03-01", NULL },
  { "Fans packed the ground for the season opener.", "2005-03-01", NULL },
  { "The shares hit a season high of 400p.", "2005-03-01", NULL },
  { "The drama was dropped after its last season.", "2005-03-01", NULL },
  { "The comedy ends with their next season.", "2005-03-01", NULL },
  { "It was a long period at the start of the [this season].", "2005-03-01", "DATE", "PRESENT_REF" },
  /* a race time glued to "sec"/"secs", and "half-a-second" */
  { "The Scot won the 200m heat in [21.47secs] on Friday.", "2005-03-01", "DURATION", "PT21.47S" },
  { "Her best of [7.18secs] came in Ghent.", "2005-03-01", "DURATION", "PT7.18S" },
  { "He ran [10.3 secs] into a strong wind.", "2005-03-01", "DURATION", "PT10.3S" },
  { "The Kenyan finished [half-a-second] ahead of the pack.", "2005-03-01", "DURATION", "PT0.5S" },
  { "The bus came [half-an-hour] late.", "2005-03-01", "DURATION", "PT30M" },
  { "Fans had a [half a second] to react.", "2005-03-01", "DURATION", "PT0.5S" },
  /* near it: the regulator, a clock in hours, a decade, a rate, an
   * ordinal's compound */
  { "He kicked four more second-half penalties.", "2005-03-01", NULL },
  { "He served a [10-second]-long penalty.", "2005-03-01", "DURATION", "PT10S" },
  { "They scored two second-half goals.", "2005-03-01", NULL },
  { "The ad runs for [30 seconds] at peak time.", "2005-03-01", "DURATION", "PT30S" },
  { "The SEC filed a suit against the bank.", "2005-03-01", NULL },
  { "He said an SEC probe was under way.", "2005-03-01", NULL },
  { "Troops moved in at [0600hrs].", "2005-03-01", "TIME", "2005-03-01T06:00" }, /* a clock time, no span */
  { "She was in her 20s then.", "2005-03-01", NULL },
  { "The camera shoots 30-frames-a-second video.", "2005-03-01", NULL },
  { "It was a half-a-loaf deal.", "2005-03-01", NULL },
  /* a year before a plural of accounts is a date, and its figures come
   * out after it */
  { "The bank was the first to post [2004] results.", "2005-03-01", "DATE", "2004" },
  { "Fund income rose 20% on [2003] figures.", "2005-03-01", "DATE", "2003" },
  { "The firm will publish its 2004 results on [9 March].", "2005-03-01", "DATE", "2005-03-09" },
  { "The carmaker is due to reveal 2004 earnings on [20 April].", "2005-03-01", "DATE", "2005-04-20" },
  /* near it: counts of people, jobs and sales */
  { "Some 2004 people signed the petition.", "2005-03-01", NULL },
  { "The plant shed 1950 jobs.", "2005-03-01", NULL },
  { "The shop made 2000 sales online.", "2005-03-01", NULL },
  /* a year before a word of kind `accounts` only after a determiner, a
   * possessive or a word of kind `ledger`; else a count of them */
  { "Shell's [2004] profits beat forecasts.", "2005-03-01", "DATE", "2004" },
  { "The bank is due to report [2004] results.", "2005-03-01", "DATE", "2004" },
  { "The firm gave its full-year [2004] figures.", "2005-03-01", "DATE", "2004" },
  { "Brokers forecast [2005] profits of 3bn.", "2005-03-01", "DATE", "2005" },
  { "The search returned 2000 results for his name.", "2005-03-01", NULL },
  { "Hackers broke into 2000 accounts at the bank.", "2005-03-01", NULL },
  { "The firm froze 1900 accounts linked to the group.", "2005-03-01", NULL },
  { "The museum holds 1800 figures of saints.", "2005-03-01", NULL },
  { "Nearly 2000 profits warnings were issued.", "2005-03-01", NULL },
  /* a capitalised season inside a sentence before a noun of kind `event` */
  { "Ministers are preparing for a likely [Spring] election.", "2005-03-01", "DATE", "2005-SP" },
  { "Both sides expect a [Winter] derby at the new ground.", "2005-03-01", "DATE", "2005-WI" },
  /* near it: before another noun, opening a sentence, and names */
  { "He bought Spring flowers for his wife.", "2005-03-01", NULL },
  { "Spring elections are rare in Britain.", "2005-03-01", NULL },
  { "She won gold at the Winter Olympics.", "2005-03-01", NULL },
  { "They met in the Summer of Love.", "2005-03-01", NULL },
  /* a capitalised season after a shift word, or ending a sentence's
   * opening phrase, before a capitalised word is still a season */
  { "[Last Summer] Labour lost two seats.", "2005-03-01", "DATE", "2004-SU" },
  { "During [the Winter] Britain ran short of gas.", "2005-03-01", "DATE", "2004-WI" },
  { "The Summer Palace was burnt by troops.", "2005-03-01", NULL },
  { "He will come back in [the Spring].", "2005-03-01", "DATE", "2005-SP" },
  /* "its first week", "their opening weekend": the span, no date told */
  { "The console sold 90,000 units in [its first week] in the shops.", "2005-03-01", "DURATION", "P1W" },
  { "The sequel made 9m over [its opening weekend] in the US.", "2005-03-01", "DURATION", "P1WE" },
  { "The pair spent [their first weekend] in Rome.", "2005-03-01", "DURATION", "P1WE" },
  /* near it: a quarter of accounts, a season, "the last week", no unit */
  { "The chain said its [first quarter] sales fell.", "2005-06-15", "DATE", "2005-Q1" },
  { "The striker had a poor first season at the club.", "2005-03-01", NULL },
  { "The airport shut on its opening day after a row.", "2005-03-01", NULL },
  { "Prices fell over [the last week].", "2005-03-01", "DURATION", "P1W" },
  { "The club won its first game in [a month].", "2005-03-01", "DURATION", "P1M" },
  /* the end of a range of years written with two digits */
  { "She taught in Cardiff in 1988-[91] before the move.", "2005-03-01", "DATE", "1991" },
  { "He was chairman from 1998-[2001].", "2005-03-01", "DATE", "2001" },
  /* near it: a year and a month, a longer number, decades */
  { "The code 1994-[96-123] was wrong.", "2005-03-01", NULL },
  { "The figure for 2004-[03] was wrong.", "2005-03-01", NULL },
  { "The ISO form [2004-03-12] is given.", "2005-03-01", "DATE", "2004-03-12" },
  { "She grew up in the 1970s and [80s].", "2005-03-01", "DATE", "198" },
  /* the end of "1994-96" only where the range is of years (kind
   * `span` before it, a possessive, a sentence's start), not of pages,
   * a score, a phone number or a count */
  { "He was chairman during 1998-[01].", "2005-03-01", "DATE", "2001" },
  { "The plan for 2004-[10] was agreed.", "2005-03-01", "DATE", "2010" },
  { "See pages 1994-96 of the report.", "2005-03-01", NULL },
  { "The tests ran at 1950-70 degrees.", "2005-03-01", NULL },
  { "The road linked 1850-60 houses to the network.", "2005-03-01", NULL },
  { "The score was 1994-96 after extra time.", "2005-03-01", NULL },
  /* the first of two counts of one unit: a DURATION of its own */
  { "Her heats were run in [7.14] and 7.11 seconds.", "2005-03-01", "DURATION", "PT7.14S" },
  { "Her heats were run in 7.14 and [7.11 seconds].", "2005-03-01", "DURATION", "PT7.11S" },
  { "The works will take between [3] and 4 years.", "2005-03-01", "DURATION", "P3Y" },
  /* near it: a year, a count of things, a joined clock duration */
  { "In [2003] and 10 years on, the club is back.", "2005-03-01", "DATE", "2003" },
  { "He scored 3 and 4 goals in the two games.", "2005-03-01", NULL },
  { "He became an MP aged 23 and [150 days].", "2005-03-01", "DURATION", "P150D" },
  { "He became an MP aged [23] and 150 days.", "2005-03-01", NULL },
  { "The trip took [1 hour and 5 minutes].", "2005-03-01", "DURATION", "PT1H5M" },
  /* nor across clauses, nor after a label's capitalised word */
  { "The sides drew 1 and [2 days] later they met again.", "2005-03-01", "DURATION", "P2D" },
  { "She scored 8 and [9 minutes] later a third.", "2005-03-01", "DURATION", "PT9M" },
  { "Chapter 5 and [6 hours] of video were released.", "2005-03-01", "DURATION", "PT6H" },
  { "Between [2] and 3 weeks are needed.", "2005-03-01", "DURATION", "P2W" },
