/* cases-values15.h: rows of test-dates.c's table (included inside its
 * cases[]) for the fifteenth session's values (issue 25): decades,
 * frequency adjectives, pairs and ranges, sports seasons.  Each rule with
 * sentences near it where it must not fire. */
  /* a decade with an apostrophe or in words, after "the", as
   * TimeBank+AQUAINT spans "the nineties" and "the 1990s" (199) */
  { "She was one of the most visible artists of [the 1980's], he said.", "2005-03-01", "DATE", "198" },
  { "Prices fell in [the mid-1960's] and rose again.", "2005-03-01", "DATE", "196", "MID" },
  { "Growth was strong in [the nineties] in Asia.", "2005-03-01", "DATE", "199" },
  { "The band was formed in [the late Seventies] in Leeds.", "2005-03-01", "DATE", "197", "END" },
  { "[The Sixties] were a time of change.", "2005-03-01", "DATE", "196" },
  { "Jazz had its best years in [the twenties].", "2005-03-01", "DATE", "192" },
  { "Unemployment peaked in [the early eighties].", "2005-03-01", "DATE", "198", "START" },
  /* near it: a year's possessive, an age, degrees, a count, a year */
  { "Labour won [1997]'s general election.", "2005-03-01", "DATE", "1997" },
  { "He won the title in [1990], and 1991's too.", "2005-03-01", "DATE", "1990" },
  /* "the" before the possessive makes it the decade's, as an adjective */
  { "It ended [the 1980's] boom in property.", "2005-03-01", "DATE", "198" },
  { "He is a man in his [sixties] from Leeds.", "2005-03-01", NULL },
  { "She died in her early [seventies] last year.", "2005-03-01", NULL },
  { "Temperatures will be in [the seventies] on Friday.", "2005-03-01", NULL },
  { "He scored a round in [the sixties] at Augusta.", "2005-03-01", NULL },
  { "Eighty [seventies] records were sold.", "2005-03-01", NULL },
  { "The [1980] season was his best.", "2005-03-01", "DATE", "1980" },
  /* two days of one month joined by "and", the month written once: the
   * first after "on" takes the second's month (first_day_before()), the
   * second after the month's day takes the month, as TimeBank+AQUAINT
   * tags "April 24" and "25" */
  { "It goes under the hammer in London on [22] and 23 June.", "2005-03-01", "DATE", "2005-06-22" },
  { "It goes under the hammer in London on 22 and [23 June].", "2005-03-01", "DATE", "2005-06-23" },
  { "The vote is on June 22 and [23].", "2005-03-01", "DATE", "2005-06-23" },
  { "The vote is on June 22 and [23, 2006], in Paris.", "2005-03-01", "DATE", "2006-06-23" },
  { "The talks are on [3rd] and 4th of May.", "2005-03-01", "DATE", "2005-05-03" },
  /* near it: a count before "and", a count after the month's day, a
   * count after "by", a range's first day ("between": discourse_range()) */
  { "There were [22] people and 23 June was the day.", "2005-03-01", NULL },
  { "On June 22 and [23] people died.", "2005-03-01", NULL },
  { "Prices rose by [22] and 23 June saw more.", "2005-03-01", NULL },
  { "It is due between [22] and 23 June.", "2005-03-01", "DATE", "2005-06-22" },
  { "Scores of 22 and [23] were posted in June.", "2005-03-01", NULL },
  /* the first clock time of a range takes the zone and the day of the
   * second, after "from" or "between" only */
  { "It will be shown from [1130] to 1215 GMT on Wednesday.", "2005-03-01", "TIME", "2005-03-02T11:30Z" },
  { "It will be shown from 1130 to [1215 GMT on Wednesday].", "2005-03-01", "TIME", "2005-03-02T12:15Z" },
  { "Polls are open between [11:30] and 12:15 GMT.", "2005-03-01", "TIME", "2005-03-01T11:30Z" },
  /* near it: no zone after the second, no "from", a count of things */
  { "Polls are open from [0900] until 1700, daily.", "2005-03-01", NULL },
  { "Voters rose [1130] to 1215 GMT figures.", "2005-03-01", NULL },
  { "It fell from [1130] to 1215 points.", "2005-03-01", NULL },
  /* frequency adjectives as TimeBank+AQUAINT leaves them (annual 0 of 6,
   * quarterly 1 of 11, monthly and yearly none): untagged before a noun,
   * as "annual" always was; a thing issued at that interval a SET */
  { "Staff get 25 days of [annual] leave.", "2005-03-01", NULL },
  { "The firm raised its [quarterly] dividend.", "2005-03-01", NULL },
  { "Its [monthly] sales figures rose.", "2005-03-01", NULL },
  { "He gave his [monthly] news conference.", "2005-03-01", "SET", "P1M" },
  /* "the weekend of" and its days: the days date it, and are tagged */
  { "It was held on [the weekend] of 27-28 November.", "2005-03-01", NULL },
  { "It was held on the weekend of [27]-28 November.", "2005-03-01", "DATE", "2004-11-27" },
  /* near it: the weekend alone, of a thing, "of" a word */
  { "It happened at [the weekend].", "2005-03-01", "DATE", "2005-W08-WE" },
  { "[The weekend] of fun ended badly.", "2005-03-01", "DATE", "2005-W08-WE" },
  /* a sports season is no calendar year: from August to December every
   * sport's season under way started in the reference's year (football's
   * August to May, cricket's or Formula One's within a year), so the
   * shift counts years from it; before August the two disagree, and the
   * value is PAST_REF, PRESENT_REF or FUTURE_REF; "the end of the
   * season" is a year later for football, so a REF at any month */
  { "Rovers have conceded only nine goals [this season].", "2005-10-01", "DATE", "2005" },
  { "The striker moved to Spain [last season] for 4m.", "2005-10-01", "DATE", "2004" },
  { "He will join on [the first day of next season].", "2005-10-01", "DATE", "2006" },
  { "He will join on [the first day of next season].", "2005-03-01", "DATE", "FUTURE_REF", "START" },
  { "He was injured at [the start of the season].", "2005-11-20", "DATE", "2005" },
  { "He will retire at [the end of the season], his agent said.", "2005-10-01", "DATE", "PRESENT_REF", "END" },
  { "He will retire at [the end of next season].", "2005-10-01", "DATE", "FUTURE_REF", "END" },
  { "He signed a contract until [the end of next season].", "2005-03-01", "DATE", "2006" },
  { "He left at [the end of last season].", "2005-05-01", "DATE", "2004" },
  { "United lead the table at this stage of [the season].", "2005-12-01", "DATE", "2005" },
  { "The season starts next week, and [the season] will be long.", "2005-07-25", "DATE", "PRESENT_REF" },
  { "He hopes to score more in [the season] ahead.", "2005-10-01", "DATE", "FUTURE_REF" },
  /* near it: a year's season, a season of the calendar, a thing's own,
   * the idiom, a season ticket, a year written before */
  { "The 1980 [season] was his best.", "2005-03-01", NULL },
  { "It is [the season] of goodwill.", "2005-03-01", NULL },
  { "After its last [season] the show ended.", "2005-03-01", NULL },
  { "He bought a [season] ticket.", "2005-10-01", NULL },
  { "He joined Leeds in 1998. [The season] was a disaster.", "2005-03-01", "DATE", "1998" },
  { "They met in [the spring].", "2005-10-01", "DATE", "2005-SP" },
  /* the lexicon's scale words (kind `scale`), one list for every rule of
   * a count: a plural of one and "of", a count with one, a counted noun */
  { "Thousands of emails are sent [a day].", "2005-03-01", "SET", "P1D" },
  { "Two thousand tickets are booked [a week].", "2005-03-01", "SET", "P1W" },
  { "It earns 2 trillion [a year].", "2005-03-01", "SET", "P1Y" },
  { "Millions of people [a day] visit.", "2005-03-01", "SET", "P1D" },
  /* near it: a span after an event, a scale word with no count */
  { "Three thousand people [a day] later died.", "2005-03-01", "DURATION", "P1D" },
  { "He said a million things [a day ago].", "2005-03-01", "DATE", "2005-02-28" },
