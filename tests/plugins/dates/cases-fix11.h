/* cases-fix11.h: rows of test-dates.c's table (included inside its
 * cases[]) for the eleventh session's second round: fiscal years written
 * with "to", a coming fixture's weekday, a month that names a firm,
 * durations of two units, ranges of days.  Each rule with sentences near
 * it where it must not fire. */
  /* "the year to DATE" is the twelve months ending then, as "the year
   * ended DATE" (TimeBank: six of six DURATION P1Y) */
  { "Losses rose to 4m for [the year] to 31 July.", "2005-03-01", "DURATION", "P1Y" },
  { "Profit rose 5% in [the year] to the 31st of March.", "2005-03-01", "DURATION", "P1Y" },
  { "Profit rose in [the year] ended 30 June.", "2005-03-01", "DURATION", "P1Y" },
  /* not "the year to date", nor "the year" before another "to" */
  { "It is the best film of [the year] to come out of France.", "2005-03-01", "DATE", "2005" },
  { "Shares are up 5% in the year to date.", "2005-03-01", NULL },
  { "Shares rose 3% on [the day] to 31p.", "2005-03-01", "DATE", "2005-03-01" },
  { "Sales in [the week] to 25 December were 4% higher.", "2005-03-01", "DURATION", "P1W" },
  { "Prices may fall in [the week] to come.", "2005-03-01", "DATE", "2005-W09" },
  /* a weekday of a fixture awaited, "ahead of" it or "for" it in a
   * clause of the present perfect, is the coming one */
  { "The flanker has flown to Cardiff ahead of [Saturday]'s game.", "2005-03-01", "DATE", "2005-03-05" },
  { "She travelled to Rome ahead of their Six Nations match against Italy on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "The wing has been named in the side for [Saturday]'s clash with Wales.", "2005-03-01", "DATE", "2005-03-05" },
  { "Two strikers have been called up for the game against Spain on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  /* not a fixture done, nor one "for" in a clause of the past or before
   * a noun of no fixture, nor after "had" */
  { "He scored twice after [Sunday]'s game.", "2005-03-01", "DATE", "2005-02-27" },
  { "In [Sunday]'s game the keeper saved a penalty.", "2005-03-01", "DATE", "2005-02-27" },
  { "The captain was injured in [Saturday]'s match.", "2005-03-01", "DATE", "2005-02-26" },
  { "He was praised for his display in the game on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "She scored in the game against Spain on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "He withdrew from the team for [Friday]'s clash after a knock.", "2005-03-01", "DATE", "2005-02-25" },
  { "The club was fined for [Saturday]'s trouble.", "2005-03-01", "DATE", "2005-02-26" },
  { "Analysts had forecast a cut ahead of [Friday]'s announcement.", "2005-03-01", "DATE", "2005-02-25" },
  { "Smith, who has won 20 caps, was dropped for [Sunday]'s game.", "2005-03-01", "DATE", "2005-02-27" },
  /* a month's possessive before a noun of a firm's or a person's names a
   * firm or a person; before other nouns it is the month */
  { "Talks sped up after May's chairman resigned.", "2005-03-01", NULL },
  { "The rival will take on $6bn of May's debt.", "2005-03-01", NULL },
  { "Analysts looked in March's shares for signs of a bid.", "2005-03-01", NULL },
  { "Investors await news of [May]'s figures.", "2005-03-01", "DATE", "2005-05" },
  { "Turnout will be low in [May]'s elections.", "2005-03-01", "DATE", "2005-05" },
  { "Prices will rise in [June]'s sales.", "2005-03-01", "DATE", "2005-06" },
  /* a month after "a", before an event it dates */
  { "The parties are preparing for a [May] general election.", "2005-03-01", "DATE", "2005-05" },
  { "Labour is thought to favour a [May] poll.", "2005-03-01", "DATE", "2005-05" },
  { "The board has set a [June] deadline for offers.", "2005-03-01", "DATE", "2005-06" },
  /* not "a May morning", a verb or a name */
  { "It was a May morning in the hills.", "2005-03-01", NULL },
  { "She was crowned a May queen.", "2005-03-01", NULL },
  /* two counts of clock units, the second the smaller, are one duration */
  { "She won in a time of [one minute, 47.97 seconds].", "2005-03-01", "DURATION", "PT1M47.97S" },
  { "The flight took [two hours 15 minutes].", "2005-03-01", "DURATION", "PT2H15M" },
  { "The hearing lasted [1 hour and 5 minutes].", "2005-03-01", "DURATION", "PT1H5M" },
  /* not two of a list, a larger second count, or a second that counts
   * from the first */
  { "It took [two hours], 90 minutes of it in traffic.", "2005-03-01", "DURATION", "PT2H" },
  { "We waited [10 minutes], then 5 minutes more.", "2005-03-01", "DURATION", "PT10M" },
  { "He came on for [10 minutes] and 30 seconds later he scored.", "2005-03-01", "DURATION", "PT10M" },
  /* a half of a unit ("half-a-second" hyphenated is not read: two
   * lexicon numbers for it cost 0.3% of the stage's instructions) */
  { "The Irishman finished [half a second] clear.", "2005-03-01", "DURATION", "PT0.5S" },
  { "It shoots a 30-frame-a-second video.", "2005-03-01", NULL },
  /* "yearly" before a noun is an adjective, as "annual" is, untagged in
   * TimeBank; after its verb it is how often */
  { "The firm's yearly sales are $14bn.", "2005-03-01", NULL },
  { "The fee is paid [yearly].", "2005-03-01", "SET", "P1Y" },
  { "The fee is paid [yearly] in advance.", "2005-03-01", "SET", "P1Y" },
  /* "all week", "all day": TimeBank tags neither of its two */
  { "He played well all week.", "2005-03-01", NULL },
  /* a day before a dash and a day with its month is the range's start,
   * as after "from" */
  { "The championships are in Madrid on [4]-6 March.", "2005-03-01", "DATE", "2005-03-04" },
  { "The championships are in Madrid on 4-[6 March].", "2005-03-01", "DATE", "2005-03-06" },
  { "The festival runs [10]\u201312 June in Leeds.", "2005-03-01", "DATE", "2005-06-10" },
  { "The festival runs from [10] to 12 June in Leeds.", "2005-03-01", "DATE", "2005-06-10" },
  /* not a count before "to" without "from", nor a first day after the last */
  { "The fund cut 4 to [6 March] prices.", "2005-03-01", "DATE", "2005-03-06" },
  { "It lost 8-[6 March 2005].", "2005-03-01", "DATE", "2005-03-06" },
