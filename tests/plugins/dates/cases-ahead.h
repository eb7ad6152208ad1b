/* cases-ahead.h: rows of test-dates.c's table (included inside its
 * cases[]) for a day that is the coming one by its clause: a scheduled
 * present ("steps down on 16 January"), "is being" + a participle, a
 * fixture awaited ("ahead of Saturday's game"), a weekday named again.
 * Each rule with sentences near it where it must not fire. */
  /* a day after a fixture's or a handover's verb in the present, or
   * after a present progressive in the passive, is the coming one; so is
   * a day that opens its sentence before a clause of what is planned */
  { "The chief executive steps down on [16 January].", "2005-03-01", "DATE", "2006-01-16" },
  { "Her deputy takes over on [16 January].", "2005-03-01", "DATE", "2006-01-16" },
  { "The exhibition opens on [20 January].", "2005-03-01", "DATE", "2006-01-20" },
  /* "is being" + a participle where the date opens the clause, or
   * where no word of kind `topic` nor an infinitive stands between the
   * participle and the date (below) */
  { "A new law is being introduced on [1 January].", "2005-03-01", "DATE", "2006-01-01" },
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
  /* nor "ahead of" or "for" in a clause that tells an event done (a
   * verb of the past not of kind `purpose`), nor "for" of cause in the
   * perfect; previews still go ahead */
  { "Fans clashed with police ahead of [Sunday]'s game in Rome.", "2005-03-01", "DATE", "2005-02-27" },
  { "The manager was sacked ahead of [Saturday]'s defeat.", "2005-03-01", "DATE", "2005-02-26" },
  { "He has apologised for [Sunday]'s game, in which he was sent off.", "2005-03-01", "DATE", "2005-02-27" },
  { "He has been fined for [Saturday]'s match incident.", "2005-03-01", "DATE", "2005-02-26" },
  { "Two men were arrested ahead of [Saturday]'s match at Anfield.", "2005-03-01", "DATE", "2005-02-26" },
  { "Fans gathered outside the ground ahead of [Saturday]'s match and sang.", "2005-03-01", "DATE", "2005-02-26" },
  { "The striker has been banned for [Sunday]'s game against Leeds.", "2005-03-01", "DATE", "2005-03-06" },
  { "He has been ruled out of the Ireland team for [Saturday]'s clash against Scotland.", "2005-03-01", "DATE", "2005-03-05" },
  { "The coach has made four changes to the side that beat England for [Saturday]'s clash with Wales.", "2005-03-01", "DATE", "2005-03-05" },
  { "Police have praised supporters for [Saturday]'s match, which passed off peacefully.", "2005-03-01", "DATE", "2005-02-26" },
  /* the fixture's own relative clause tells it first */
  { "He admitted the fear of injury weighed on his mind ahead of [Saturday]'s charity game, which features a host of big names.", "2005-03-01", "DATE", "2005-03-05" },
  { "Fans clashed with police ahead of [Sunday]'s game, which Chelsea won.", "2005-03-01", "DATE", "2005-02-27" },
  { "The skipper spoke out ahead of [Tuesday]'s first leg at home to Leverkusen.", "2005-01-01", "DATE", "2005-01-04" },
  { "England flew to Rome ahead of [Sunday]'s game.", "2005-03-01", "DATE", "2005-03-06" },
  { "England named an unchanged side ahead of [Sunday]'s game.", "2005-03-01", "DATE", "2005-03-06" },
  { "Police are on alert ahead of [Saturday]'s match at Anfield.", "2005-03-01", "DATE", "2005-03-05" },
  { "The keeper has been called up for [Saturday]'s game.", "2005-03-01", "DATE", "2005-03-05" },
  /* "is being" + a participle: ahead after a date that opens its
   * clause, and before a date with no word of kind `topic` (about, for,
   * following, in connection with, ...) nor an infinitive between */
  { "From [1 January], a new law is being introduced.", "2005-03-01", "DATE", "2006-01-01" },
  { "On [10 January], new rules are being phased in.", "2005-03-01", "DATE", "2006-01-10" },
  { "A man is being questioned by police about a stabbing on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "Health officials are being blamed for an outbreak on [10 January].", "2005-03-01", "DATE", "2005-01-10" },
  { "The jury is being asked to consider events on [3 January].", "2005-03-01", "DATE", "2005-01-03" },
  { "On [3 January], the suspect was questioned.", "2005-03-01", "DATE", "2005-01-03" },
  { "The study, which is being presented at a seminar on [Thursday] in London, was funded by the DTI.", "2005-03-01", "DATE", "2005-03-03" },
  { "The film is also being screened uncut on a cable channel on [24 January].", "2005-03-01", "DATE", "2006-01-24" },
  { "The festival is being opened by a screening of a comedy on [Thursday].", "2005-03-01", "DATE", "2005-03-03" },
  { "The opera is being staged in Vienna on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "Two men are being questioned by police investigating an attack on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "A teenager is being sought in connection with a shooting on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "A man is being held in custody following a robbery on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "The bill is being debated in parliament on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "The new stamps are being released on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "Two men are being held over a robbery on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "The driver is being treated for injuries suffered on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "Fans are being sought after trouble at the match on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Staff are being questioned during an inquiry into a fire on [9 January].", "2005-03-01", "DATE", "2005-01-09" },
  { "He is being urged to quit after the defeat on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "The firm is being asked to explain losses in [November].", "2005-03-01", "DATE", "2004-11" },
  { "He was being questioned by police on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "The report said the man is being questioned about a stabbing on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
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
  /* a year its sentence names blocks the present's push only where it
   * is the day's own ("a budget for 2007-13" is not) */
  { "The summit begins on [16 December] and will set a budget for 2007-13.", "2005-03-01", "DATE", "2005-12-16" },
  /* a participle after "is being" tells nothing done */
  { "Zambia host Angola on Saturday. A defeat came at the stadium, where [Saturday]'s game is being played.", "2005-03-01", "DATE", "2005-03-05" },
  /* nor after a verb of an event done in its own clause */
  { "Chelsea play Liverpool on Sunday. He was sent off in the final minute of [Sunday]'s match.", "2005-03-01", "DATE", "2005-02-27" },
  { "Chelsea play Liverpool on Sunday. The EU was cautious, stressing that [Sunday]'s meeting was a first step.", "2005-03-01", "DATE", "2005-03-06" },
  { "Chelsea play Liverpool on Sunday. Mourinho promised to pick him for [Sunday]'s match.", "2005-03-01", "DATE", "2005-03-06" },
  /* a clause of what comes round (kind `recurring` before a unit, a
   * weekday or a season, in the date's own clause or an "as" clause of
   * comparison after it) tells a custom: no coming day from a fixture's
   * present */
  { "On [20 January] the Pope opens his window to bless the crowd, as he does every week.", "2005-03-01", "DATE", "2005-01-20" },
  { "The festival opens on [20 January], as it does every year.", "2005-03-01", "DATE", "2005-01-20" },
  { "Each year the show opens on [20 January].", "2005-03-01", "DATE", "2005-01-20" },
  { "The club meets on [Friday], as it does each week.", "2005-03-01", "DATE", "2005-02-25" },
  { "The fair opens on [20 January] every four years.", "2005-03-01", "DATE", "2005-01-20" },
  /* not in another clause of the sentence (a relative clause, one after
   * "and"), nor "each" or "every" before another noun, nor with a cue of
   * the future */
  { "The club, which meets every week, hosts Chelsea on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "Prices rise every year, and the new tariff starts on [1 January].", "2005-03-01", "DATE", "2006-01-01" },
  { "Each team plays on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "Every seat is sold and the show opens on [20 January].", "2005-03-01", "DATE", "2006-01-20" },
  { "The club will meet on [Friday], as it does each week.", "2005-03-01", "DATE", "2005-03-04" },
  /* a day a few weeks before the reference under a future that holds in
   * its own clause is the next one: "will", a present of a fixture or a
   * plan, "have until" (tense_future_firm()); year_for() alone keeps such
   * a day gone by under any future ("would be back by 23 February") */
  { "When the new levy comes into force on [18 February], firms will pay more.", "2005-03-01", "DATE", "2006-02-18" },
  { "England take on Scotland at Twickenham on [19 February].", "2005-03-01", "DATE", "2006-02-19" },
  { "Italy face Ireland in Rome on [12 February].", "2005-03-01", "DATE", "2006-02-12" },
  { "Leeds host Derby on [19 February].", "2005-03-01", "DATE", "2006-02-19" },
  { "Ireland will play France on [13 February].", "2005-03-01", "DATE", "2006-02-13" },
  { "Farmers have until [20 February] to register.", "2005-03-01", "DATE", "2006-02-20" },
  { "Bidders have until [midnight on 20 February] to apply.", "2005-03-01", "TIME", "2006-02-20T24:00" },
  { "Polls are scheduled for [27 February].", "2005-03-01", "DATE", "2006-02-27" },
  { "The vote is due on [20 February].", "2005-03-01", "DATE", "2006-02-20" },
  { "The court said it will rule on [16 February].", "2005-03-01", "DATE", "2006-02-16" },
  { "The firm has stopped work but expects to restart by [2 February].", "2005-03-01", "DATE", "2006-02-02" },
  /* not a past, "had", a conditional or a past participle after a past
   * last before the day, nor a sentence that names the day's year or
   * tells what comes round */
  { "The new levy came into force on [18 February].", "2005-03-01", "DATE", "2005-02-18" },
  { "England took on Scotland at Twickenham on [19 February].", "2005-03-01", "DATE", "2005-02-19" },
  { "Italy faced Ireland in Rome on [12 February].", "2005-03-01", "DATE", "2005-02-12" },
  { "Leeds hosted Derby on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Ireland played France on [13 February].", "2005-03-01", "DATE", "2005-02-13" },
  { "Ireland would play France on [13 February], he hoped.", "2005-03-01", "DATE", "2005-02-13" },
  { "He said he would be back by [23 February].", "2005-03-01", "DATE", "2005-02-23" },
  { "Farmers had until [20 February] to register.", "2005-03-01", "DATE", "2005-02-20" },
  { "Polls were scheduled for [27 February] but postponed.", "2005-03-01", "DATE", "2005-02-27" },
  { "The vote was due on [20 February].", "2005-03-01", "DATE", "2005-02-20" },
  { "The court ruled on [16 February] that it will hear the case.", "2005-03-01", "DATE", "2005-02-16" },
  { "The court postponed the launch until [3 February].", "2005-03-01", "DATE", "2005-02-03" },
  { "This year's ceremony will be held on [27 February].", "2005-03-01", "DATE", "2005-02-27" },
  { "The 2005 meeting will be held in Paris on [18 February].", "2005-03-01", "DATE", "2005-02-18" },
  { "The fair will be held on [20 February], as it is every year.", "2005-03-01", "DATE", "2005-02-20" },
  /* nor a noun phrase after a word of kind `topic` that names a past
   * event, not a fixture, or a participle right after a noun */
  { "He will be sentenced for the attack on [12 February].", "2005-03-01", "DATE", "2005-02-12" },
  { "The trial will hear evidence about the fire on [15 February].", "2005-03-01", "DATE", "2005-02-15" },
  { "He will appeal against the ruling made on [22 February].", "2005-03-01", "DATE", "2005-02-22" },
  { "Police will question two men arrested on [25 February].", "2005-03-01", "DATE", "2005-02-25" },
  { "Wales will play England on [5 February].", "2005-03-01", "DATE", "2006-02-05" },
  { "Wales will play the final on [5 February].", "2005-03-01", "DATE", "2006-02-05" },
  { "The minister will visit the city on [20 February].", "2005-03-01", "DATE", "2006-02-20" },
  { "The ceremony will be held on [27 February].", "2005-03-01", "DATE", "2006-02-27" },
  { "Details will be published on the ministry's website on [9 February].", "2005-03-01", "DATE", "2006-02-09" },
  { "Wales will play England in the opening match on [5 February].", "2005-03-01", "DATE", "2006-02-05" },
  { "The team will prepare for the final on [5 February].", "2005-03-01", "DATE", "2006-02-05" },
  { "He will be presented with the award on [15 February].", "2005-03-01", "DATE", "2006-02-15" },
  /* "hope to", "is hoping to": a cue of the future; not "hoped to", a
   * participle in a past clause, nor "hopes" as a noun before "of" */
  { "We are hoping to hear in [the New Year].", "2005-03-01", "DATE", "2006" },
  { "The club hopes to sign him on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "She hoped to hear in [the New Year].", "2005-03-01", "DATE", "2005" },
  { "Shops stocked up early hoping to cash in on the [Christmas] rush.", "2005-03-01", "DATE", "2004-12-25" },
  { "The deal raised hopes of a recovery in [January].", "2005-03-01", "DATE", "2005-01" },
