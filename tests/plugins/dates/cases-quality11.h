/* cases-quality11.h: rows of test-dates.c's table (included inside its
 * cases[]) for the eleventh session's rules: the year of a month or day
 * named without one in a clause of the past.  Each rule with sentences
 * near it where it must not fire. */
  /* a month or day ahead of the reference, in a clause that tells an
   * event done, is last year's: the verb before it, or after it where
   * the month opens its clause */
  { "In [July], the band played a secret gig in a pub.", "2005-03-01", "DATE", "2004-07" },
  { "In [June] the trust sold two paintings.", "2005-03-01", "DATE", "2004-06" },
  { "The company lowered its prices in [May], the report said.", "2005-03-01", "DATE", "2004-05" },
  { "The rail line, closed in [April], reopened last week.", "2005-03-01", "DATE", "2004-04" },
  { "The firm said in [April] that profits rose.", "2005-03-01", "DATE", "2004-04" },
  { "The election was held on [10 June].", "2005-03-01", "DATE", "2004-06-10" },
  { "The board changed to a calendar year in [December].", "2005-10-27", "DATE", "2004-12" },
  /* a month behind the reference that year_for() takes as the coming
   * one (more than eight months back) is this year's in the past */
  { "In [January], the firm brought in a new chief executive.", "2005-10-27", "DATE", "2005-01" },
  { "In [January], the firm will bring in a new chief executive.", "2005-10-27", "DATE", "2006-01" },
  /* not in a clause of the future, the present or a plan */
  { "In [June] the trust will sell two paintings.", "2005-03-01", "DATE", "2005-06" },
  { "In [June], the trust is selling two paintings.", "2005-03-01", "DATE", "2005-06" },
  { "The console, codenamed Xenon, will be unveiled in [May].", "2005-03-01", "DATE", "2005-05" },
  { "Her last show is in [May].", "2005-03-01", "DATE", "2005-05" },
  { "The firm has extended its loans through [June].", "2005-03-01", "DATE", "2005-06" },
  /* nor an infinitive's, a report's object, a time aimed at, a noun's
   * modifier */
  { "The firm agreed to sell the plant in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The firm announced a new phone in [April].", "2005-03-01", "DATE", "2005-04" },
  { "The hearing was adjourned until [May].", "2005-03-01", "DATE", "2005-05" },
  { "The council gave no reason for [the 14 May] deadline.", "2005-03-01", "DATE", "2005-05-14" },
  /* nor a day within a month ahead: a coming day is often named in a
   * clause of the past */
  { "He was named in the squad for the match on [5 March].", "2005-03-01", "DATE", "2005-03-05" },
  { "The firm hinted at a price cut on [16 March].", "2005-03-01", "DATE", "2005-03-16" },
  { "The minister hinted at a tax cut on [16 March].", "2005-01-01", "DATE", "2005-03-16" },
  { "Its shares were bought between 12 January and [10 February].", "2005-01-01", "DATE", "2005-02-10" },
  { "The shop was founded in May and closed in [June].", "2005-03-01", "DATE", "2004-06" },
  { "They said the play's [15 March] opening date remains unchanged.", "2005-01-01", "DATE", "2005-03-15" },
  { "The chart published on [17 April] will include downloads.", "2005-03-01", "DATE", "2005-04-17" },
  /* a day after a fixture's or a handover's verb in the present, or
   * after a present progressive in the passive, is the coming one; so is
   * a day that opens its sentence before a clause of what is planned */
  { "The chief executive steps down on [16 January].", "2005-03-01", "DATE", "2006-01-16" },
  { "Her deputy takes over on [16 January].", "2005-03-01", "DATE", "2006-01-16" },
  { "The exhibition opens on [20 January].", "2005-03-01", "DATE", "2006-01-20" },
  /* "is being" + a participle only where the date opens the clause
   * (dates-fix11b): elsewhere it tells as often what is under way */
  { "A new law is being introduced on [1 January].", "2005-03-01", "DATE", "2005-01-01" },
  { "From [1 January], a new law is being introduced to curb spam.", "2005-03-01", "DATE", "2006-01-01" },
  { "On [20 January] the exhibition opens in Leeds.", "2005-03-01", "DATE", "2006-01-20" },
  { "The tournament, which starts on [17 January], is sold out.", "2005-03-01", "DATE", "2006-01-17" },
  /* not a verb of the past, near or after the date, nor a fixture in
   * another clause than the date's */
  { "The exhibition opened on [20 January].", "2005-03-01", "DATE", "2005-01-20" },
  { "Sales rose on [16 January].", "2005-03-01", "DATE", "2005-01-16" },
  { "From [1 January], the old law was repealed.", "2005-03-01", "DATE", "2005-01-01" },
  { "The fund meets in Rome to help the towns hit by the storm, which struck on [26 December].", "2005-03-01", "DATE", "2004-12-26" },
  { "The group meets in Paris, where talks began on [12 January].", "2005-03-01", "DATE", "2005-01-12" },
  { "A fire is being investigated after it broke out on [20 January].", "2005-03-01", "DATE", "2005-01-20" },
  /* "at present" is the present, as "currently"; "present" alone is not */
  { "[At present], the fuel airlines use is untaxed.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The airline has 91 aircraft [at present].", "2005-03-01", "DATE", "PRESENT_REF" },
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
  /* "found", a past WordNet's counts now let in (find 705, found 13) */
  { "In [June], a new virus was found on phones.", "2005-03-01", "DATE", "2004-06" },
  /* a weekday named again as a possessive or after "the", read as gone
   * by in a report's past, is the coming day the document named first */
  { "The board meets on Friday to settle the pay deal. Its chairman said that [Friday]'s meeting was just a formality.", "2005-03-01", "DATE", "2005-03-04" },
  { "Talks resume on Monday in Geneva. Diplomats said the [Monday] talks would be hard.", "2005-03-01", "DATE", "2005-03-07" },
  /* not a day gone by named first ("lost on Saturday"), nor a bare
   * weekday named again, nor a weekday with its own shift */
  { "The club lost on Saturday. A fan said [Saturday]'s defeat was hard.", "2005-03-01", "DATE", "2005-02-26" },
  { "The board meets on Friday. Workers walked out on [Friday] too.", "2005-03-01", "DATE", "2005-02-25" },
  { "The board meets on Friday. It said [last Friday]'s vote was void.", "2005-03-01", "DATE", "2005-02-25" },
  { "Rovers lost on Saturday, and the manager will pick his side for [Saturday]'s game.", "2005-03-01", "DATE", "2005-03-05" },
  /* after a cue of the future in its clause, a participle is no past */
  { "Downloads will count in the chart published on [17 May].", "2005-03-01", "DATE", "2005-05-17" },
  { "Officials will say the plant was closed in [June].", "2005-03-01", "DATE", "2004-06" },
