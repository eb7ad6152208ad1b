/* cases-forms.h: rows of test-dates.c's table (included inside its
 * cases[]) for forms and spans: readers' forms (lowercase weekdays,
 * "hrs"), "at present", a size's units, "the year to DATE", a month that
 * names a firm, durations of two units, ranges of days.  Each rule with
 * sentences near it where it must not fire. */
  /* "at present" is the present, as "currently"; "present" alone is not */
  { "At [present], the fuel airlines use is untaxed.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The airline has 91 aircraft at [present].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "He was present at the meeting.", "2005-03-01", NULL },
  { "The present government is weak.", "2005-03-01", NULL },
  /* readers' forms: a weekday in lowercase, the hour abbreviated */
  { "I have slept little since [friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "I have slept little since it was released friday.", "2005-03-01", NULL },
  { "We met on [monday] at the club.", "2005-03-01", "DATE", "2005-02-28" },
  { "It rained on [tuesday morning] here.", "2005-03-01", "TIME", "2005-03-01TMO" },
  { "The longest I played was [23 hrs] straight.", "2005-03-01", "DURATION", "PT23H" },
  { "His man [friday] ran the office.", "2005-03-01", NULL },
  { "The table has chr and hrs columns.", "2005-03-01", NULL },
  /* a unit of a size after "x" (context-words.tsv, kind `size`) */
  { "The sensor measures 2000 x 16 mm.", "2005-03-01", NULL },
  { "Sales in [2004] x 2 would be enough.", "2005-03-01", "DATE", "2004" },
  /* lowercase weekdays only after since, on, last, next, this */
  { "The game is out on [friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "I went there [last saturday] with my son.", "2005-03-01", "DATE", "2005-02-26" },
  { "He wore his sunday best to the wedding.", "2005-03-01", NULL },
  { "Fans said black friday deals were poor.", "2005-03-01", NULL },
  { "The blog is at www.example.com/friday and is read widely.", "2005-03-01", NULL },
  { "Listen to the tuesday club podcast.", "2005-03-01", NULL },
  /* "hr" and "hrs": lowercase, not after a clock's four digits */
  { "It took [2 hrs] to get home.", "2005-03-01", "DURATION", "PT2H" },
  { "We need [3 hr] of rest.", "2005-03-01", "DURATION", "PT3H" },
  { "The troops attacked at [0600 hrs].", "2005-03-01", "TIME", "2005-03-01T06:00" }, /* a clock time (cases-values13.h) */
  { "The firm hired 5 HR managers.", "2005-03-01", NULL },
  /* "at present" as a time, not before its object */
  { "At [present], there are no plans to sell the firm.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Nobody is at [present] able to say when it will end.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The economy at [present] marks a big divide.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The scheme is aimed at present and former staff.", "2005-03-01", NULL },
  { "Costs are measured at present-day prices.", "2005-03-01", NULL },
  { "Looking at present trends, sales will rise.", "2005-03-01", NULL },
  { "He hinted at present difficulties in the talks.", "2005-03-01", NULL },
  /* after a participle too, unless a noun of kind `qualified` follows */
  { "The museum is closed at [present] because of a strike.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Talks are stalled at [present] over pay.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Some 300 people are employed at [present] across the group.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The drug is used at [present] mainly by farmers.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Staff employed at [present] number 200.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The firm is owned at [present] by a bank.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The figures are compiled at present rates.", "2005-03-01", NULL },
  { "Analysts are looking at present trends.", "2005-03-01", NULL },
  { "Voters are angry at present policies on tax.", "2005-03-01", NULL },
  /* and before a noun that modifies one of kind `qualified` */
  { "At present exchange rates the deal is worth 2bn.", "2005-03-01", NULL },
  { "Borrowers are safe at present interest rates.", "2005-03-01", NULL },
  { "At present staffing levels the ward cannot cope.", "2005-03-01", NULL },
  /* not after a comma, a function word, a verb's "-s" form or an adverb */
  { "At [present], the firm employs 300 staff.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The museum is closed at [present] because rates are high.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The firm at [present] employs staff in Leeds.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The room is at [present] only staff territory.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "At [present] the plan is on hold.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The at [present] qualified staff number 20.", "2005-03-01", "DATE", "PRESENT_REF" },
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
  /* the nouns of kind `event`, right after the month or one word on */
  { "Labour is preparing for a [May] general election.", "2005-03-01", "DATE", "2005-05" },
  { "They planned a [March] summit in Rome.", "2005-03-01", "DATE", "2005-03" },
  { "The band has a [May] release planned for its album.", "2005-03-01", "DATE", "2005-05" },
  { "Police led a March through the city.", "2005-03-01", NULL },
  { "It was a May bank holiday weekend.", "2005-03-01", NULL },
  /* two counts of clock units, the second the smaller, are one duration */
  { "She won in a time of [one minute, 47.97 seconds].", "2005-03-01", "DURATION", "PT1M47.97S" },
  { "The flight took [two hours 15 minutes].", "2005-03-01", "DURATION", "PT2H15M" },
  { "The hearing lasted [1 hour and 5 minutes].", "2005-03-01", "DURATION", "PT1H5M" },
  /* not two of a list, a larger second count, or a second that counts
   * from the first */
  { "It took [two hours], 90 minutes of it in traffic.", "2005-03-01", "DURATION", "PT2H" },
  { "We waited [10 minutes], then 5 minutes more.", "2005-03-01", "DURATION", "PT10M" },
  { "He came on for [10 minutes] and 30 seconds later he scored.", "2005-03-01", "DURATION", "PT10M" },
  /* three units join whole; across a comma only where the second ends
   * its phrase, not where it opens one ("30 minutes of footage", "30
   * minutes longer") */
  { "Radcliffe won in [two hours, 23 minutes and 10 seconds].", "2005-03-01", "DURATION", "PT2H23M10S" },
  { "Radcliffe won in [two hours 15 minutes 25 seconds].", "2005-03-01", "DURATION", "PT2H15M25S" },
  { "It took [1 hour, 5 minutes, 10 seconds].", "2005-03-01", "DURATION", "PT1H5M10S" },
  { "He ran for [two hours 30 minutes] and 90 seconds.", "2005-03-01", "DURATION", "PT2H30M" },
  { "Within [two hours], 30 minutes of footage had been posted online.", "2005-03-01", "DURATION", "PT2H" },
  { "Patients waited [four hours], 30 minutes longer than the target.", "2005-03-01", "DURATION", "PT4H" },
  { "Doctors worked [12 hours], 30 minutes more than their contracts allow.", "2005-03-01", "DURATION", "PT12H" },
  { "He set a best of [seven minutes, 56.86 seconds] to defend his title.", "2005-03-01", "DURATION", "PT7M56.86S" },
  { "She ran [one minute, 46.68 seconds] - a time good enough to qualify.", "2005-03-01", "DURATION", "PT1M46.68S" },
  { "The jury deliberated for [the last two hours], 30 minutes of which were spent on one charge.", "2005-03-01", "DURATION", "PT2H" },
  /* a half of a unit ("half-a-second" hyphenated is not read: two
   * lexicon numbers for it cost 0.3% of the stage's instructions) */
  { "The Irishman finished [half a second] clear.", "2005-03-01", "DURATION", "PT0.5S" },
  { "It shoots a 30-frame-a-second video.", "2005-03-01", NULL },
  /* "yearly" and "monthly" (kind `attributive`) before a noun are
   * adjectives, as "annual" is, untagged in TimeBank; after their verb
   * they are how often; "weekly" and "daily" before a noun stay (TimeBank
   * tags them there) */
  { "The monthly figures showed a 2% fall.", "2005-03-01", NULL },
  { "Retail sales rose at their fastest monthly rate.", "2005-03-01", NULL },
  { "Monthly sales fell 2%.", "2005-03-01", NULL },
  { "Interest is paid [monthly].", "2005-03-01", "SET", "P1M" },
  { "The magazine is published [monthly] in London.", "2005-03-01", "SET", "P1M" },
  { "Rent is paid [monthly] and rates yearly.", "2005-03-01", "SET", "P1M" },
  { "Users must renew it on a [monthly] basis.", "2005-03-01", "SET", "P1M" },
  { "It will announce [monthly] how much it has received.", "2005-03-01", "SET", "P1M" },
  { "Mr Blair told his [monthly] news conference the matter was closed.", "2005-03-01", "SET", "P1M" },
  { "In its [monthly] security bulletin, it flagged eight flaws.", "2005-03-01", "SET", "P1M" },
  { "Ministers attended a [monthly] meeting in Brussels.", "2005-03-01", "SET", "P1M" },
  { "The firm charges a monthly fee for the service.", "2005-03-01", NULL },
  { "It was the highest monthly total ever.", "2005-03-01", NULL },
  { "The president gave his [weekly] radio address.", "2005-03-01", "SET", "P1W" },
  { "It is part of [daily] life.", "2005-03-01", "SET", "P1D" },
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
