/* cases-past-clause.h: rows of test-dates.c's table (included inside its
 * cases[]) for the year of a month or day named without one, read from
 * its clause: a clause that tells an event done sends a month ahead of
 * the reference a year back; a report's past about a coming time
 * (backshift) and a verb of a coming event do not.  Each rule with
 * sentences near it where it must not fire. */
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
  /* a text that ends on a word after the month: the look for a present
   * after it stops at the text's end (the fuzz target read past it) */
  { "Sales fell in [June] quickly", "2005-03-01", "DATE", "2004-06" },
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
  { "The council gave no reason for the [14 May] deadline.", "2005-03-01", "DATE", "2005-05-14" },
  /* nor a day within a month ahead: a coming day is often named in a
   * clause of the past */
  { "He was named in the squad for the match on [5 March].", "2005-03-01", "DATE", "2005-03-05" },
  { "The firm hinted at a price cut on [16 March].", "2005-03-01", "DATE", "2005-03-16" },
  { "The minister hinted at a tax cut on [16 March].", "2005-01-01", "DATE", "2005-03-16" },
  { "Its shares were bought between 12 January and [10 February].", "2005-01-01", "DATE", "2005-02-10" },
  { "The shop was founded in May and closed in [June].", "2005-03-01", "DATE", "2004-06" },
  { "They said the play's [15 March] opening date remains unchanged.", "2005-01-01", "DATE", "2005-03-15" },
  { "The chart published on [17 April] will include downloads.", "2005-03-01", "DATE", "2005-04-17" },
  /* "found", a past WordNet's counts now let in (find 705, found 13) */
  { "In [June], a new virus was found on phones.", "2005-03-01", "DATE", "2004-06" },
  /* after a cue of the future in its clause, a participle is no past */
  { "Downloads will count in the chart published on [17 May].", "2005-03-01", "DATE", "2005-05-17" },
  { "Officials will say the plant was closed in [June].", "2005-03-01", "DATE", "2004-06" },
  /* a report's past about a coming time is backshifted: no event done */
  { "Blair said the election was on [5 May].", "2005-03-01", "DATE", "2005-05-05" },
  { "She told reporters the launch was in [June].", "2005-03-01", "DATE", "2005-06" },
  { "He said the vote was due in [June].", "2005-03-01", "DATE", "2005-06" },
  /* but a copula with a complement tells a state then, gone by */
  { "He said the flat was empty in [June].", "2005-03-01", "DATE", "2004-06" },
  { "She said the shop was closed in [June].", "2005-03-01", "DATE", "2004-06" },
  { "The spokesman said the plant was busy in [April].", "2005-03-01", "DATE", "2004-04" },
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
  { "The minister said the firm collapsed in [June].", "2005-03-01", "DATE", "2004-06" },
  { "The union threatened to strike and walked out in [June].", "2005-03-01", "DATE", "2004-06" },
  { "Police arrested him in [June] after a long hunt.", "2005-03-01", "DATE", "2004-06" },
  /* a report's verb of an event is no backshifted present */
  { "Police said he was arrested in [June] after a long hunt.", "2005-03-01", "DATE", "2004-06" },
  { "The firm said the plant was sold in [June].", "2005-03-01", "DATE", "2004-06" },
  { "The firm said the merger was on track for completion in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The band confirmed a new album in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The band confirmed in [June] that it had split.", "2005-03-01", "DATE", "2004-06" },
  /* not a verb as often of an event done ("called the dip in
   * February's figure a mild decline") */
  { "The minister called the fall in [June] a blip.", "2005-03-01", "DATE", "2004-06" },
