/* cases-fix11b.h: rows of test-dates.c's table (included inside its
 * cases[]) for the mends of the eleventh session's review: each rule's
 * sentences that must fire, and the sentences next to them where it must
 * not. */
  /* a report's past about a coming time is backshifted: no event done */
  { "Blair said the election was on [5 May].", "2005-03-01", "DATE", "2005-05-05" },
  { "She told reporters the launch was in [June].", "2005-03-01", "DATE", "2005-06" },
  { "He said he was retiring in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The club confirmed he was leaving in [June] when his contract ends.", "2005-03-01", "DATE", "2005-06" },
  { "The band was touring Japan in [June], its manager said.", "2005-03-01", "DATE", "2005-06" },
  /* a verb of a coming event, its object before the month */
  { "The union threatened a strike in [April] over pay.", "2005-03-01", "DATE", "2005-04" },
  { "The government promised a referendum in [June].", "2005-03-01", "DATE", "2005-06" },
  { "Arsenal were drawn against Bayern in the quarter-final on [9 April].", "2005-03-01", "DATE", "2005-04-09" },
  { "The party pledged a tax cut in [May].", "2005-03-01", "DATE", "2005-05" },
  { "Campaigning was suspended ahead of the vote in [May].", "2005-03-01", "DATE", "2005-05" },
  /* the gains kept: an event told done */
  { "In [June], the virus was discovered.", "2005-03-01", "DATE", "2004-06" },
  { "MCI exited bankruptcy in [April].", "2005-03-01", "DATE", "2004-04" },
  { "The election was held on [10 June].", "2005-03-01", "DATE", "2004-06-10" },
  { "The minister said the firm collapsed in [June].", "2005-03-01", "DATE", "2004-06" },
  { "The union threatened to strike and walked out in [June].", "2005-03-01", "DATE", "2004-06" },
  { "Police arrested him in [June] after a long hunt.", "2005-03-01", "DATE", "2004-06" },
  /* "is being" + a participle: ahead only after a date that opens its
   * clause */
  { "From [1 January], a new law is being introduced.", "2005-03-01", "DATE", "2006-01-01" },
  { "On [10 January], new rules are being phased in.", "2005-03-01", "DATE", "2006-01-10" },
  { "A man is being questioned by police about a stabbing on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "Health officials are being blamed for an outbreak on [10 January].", "2005-03-01", "DATE", "2005-01-10" },
  { "The jury is being asked to consider events on [3 January].", "2005-03-01", "DATE", "2005-01-03" },
  { "On [3 January], the suspect was questioned.", "2005-03-01", "DATE", "2005-01-03" },
  /* a weekday named again keeps the coming day only for an event whose
   * clause tells nothing done */
  { "Leeds host Derby on Saturday. The manager said [Saturday]'s defeat at Ipswich was unacceptable.", "2005-03-01", "DATE", "2005-02-26" },
  { "The talks resume on Monday. [Monday]'s talks broke down, diplomats said.", "2005-03-01", "DATE", "2005-02-28" },
  { "Shares will be suspended on Friday. Traders said [Friday]'s fall was the worst in a year.", "2005-03-01", "DATE", "2005-02-25" },
  { "The exhibition opens on Friday. The [Friday] before, the artist had fallen ill.", "2005-03-01", "DATE", "2005-02-25" },
  { "The strike starts on Tuesday. [Tuesday]'s deadline was missed, the union said.", "2005-03-01", "DATE", "2005-03-01" },
  { "The cabinet meets on Thursday. At the [Thursday] meeting last week, ministers argued.", "2005-03-01", "DATE", "2005-02-24" },
  { "The team plays Chelsea on Sunday. The manager said that [Sunday]'s game would be tough.", "2005-03-01", "DATE", "2005-03-06" },
  { "The cabinet meets on Thursday. A minister said [Thursday]'s meeting was only a first step.", "2005-03-01", "DATE", "2005-03-03" },
  /* a scheduled present: not past a year its sentence names, nor in a
   * timeline's entry */
  { "The first grand slam of 2005, which begins on [17 January], is in Melbourne.", "2005-03-01", "DATE", "2005-01-17" },
  { "Henman begins his season on [10 January] in Doha, where he lost last year.", "2005-03-01", "DATE", "2005-01-10" },
  { "Timeline. [12 January] - The firm opens talks with the union.", "2005-03-01", "DATE", "2005-01-12" },
  { "The grand slam begins on [17 January] in Melbourne.", "2005-03-01", "DATE", "2006-01-17" },
  { "Klein steps down on [16 January].", "2005-03-01", "DATE", "2006-01-16" },
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
  { "The troops attacked at 0600 hrs.", "2005-03-01", NULL },
  { "The firm hired 5 HR managers.", "2005-03-01", NULL },
  /* "at present" as a time, not before its object */
  { "[At present], there are no plans to sell the firm.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Nobody is [at present] able to say when it will end.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The economy [at present] marks a big divide.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The scheme is aimed at present and former staff.", "2005-03-01", NULL },
  { "Costs are measured at present-day prices.", "2005-03-01", NULL },
  { "Looking at present trends, sales will rise.", "2005-03-01", NULL },
  { "He hinted at present difficulties in the talks.", "2005-03-01", NULL },
  /* a year its sentence names blocks the present's push only where it
   * is the day's own ("a budget for 2007-13" is not) */
  { "The summit begins on [16 December] and will set a budget for 2007-13.", "2005-03-01", "DATE", "2005-12-16" },
  /* a participle after "is being" tells nothing done */
  { "Zambia host Angola on Saturday. A defeat came at the stadium, where [Saturday]'s game is being played.", "2005-03-01", "DATE", "2005-03-05" },
  /* nor after a verb of an event done in its own clause */
  { "Chelsea play Liverpool on Sunday. He was sent off in the final minute of [Sunday]'s match.", "2005-03-01", "DATE", "2005-02-27" },
  { "Chelsea play Liverpool on Sunday. The EU was cautious, stressing that [Sunday]'s meeting was a first step.", "2005-03-01", "DATE", "2005-03-06" },
  { "Chelsea play Liverpool on Sunday. Mourinho promised to pick him for [Sunday]'s match.", "2005-03-01", "DATE", "2005-03-06" },
  /* a report's verb of an event is no backshifted present */
  { "Police said he was arrested in [June] after a long hunt.", "2005-03-01", "DATE", "2004-06" },
  { "The firm said the plant was sold in [June].", "2005-03-01", "DATE", "2004-06" },
  { "The firm said the merger was on track for completion in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The band confirmed a new album in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The band confirmed in [June] that it had split.", "2005-03-01", "DATE", "2004-06" },
  /* not a verb as often of an event done ("called the dip in
   * February's figure a mild decline") */
  { "The minister called the fall in [June] a blip.", "2005-03-01", "DATE", "2004-06" },
