/* cases-tense13.h: rows of test-dates.c's table (included inside its
 * cases[]) for the direction of a day or weekday whose clause is not the
 * sentence's main one: a relative clause's own past, a plan's participle
 * before a noun.  Reference Tuesday 2005-03-01. */
  /* a relative clause's own verb in the past decides, whatever the main
   * clause says further back */
  { "Leeds will stay six points behind leaders Hull, who grabbed a late win at Derby on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Leeds could slip behind Hull, who finally secured a draw at Derby on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "The ministers will meet the envoy, who arrived in Rome on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "The fund will repay the banks, which lent it money on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "Leeds will chase Hull, who was beaten at Derby on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  /* near it: the relative clause's own present, fixture or future
   * still looks ahead, and so does a main clause's future with no
   * relative clause */
  { "Leeds trail Hull, who host Derby on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "Leeds trail Hull, who will travel to Derby on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The envoy, who arrives in Rome on [Monday], will meet the ministers.", "2005-03-01", "DATE", "2005-03-07" },
  { "Leeds will play Hull at Derby on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The team will decide which player starts on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "Leeds will face Hull, who have won at Derby on [Saturday] twice.", "2005-03-01", "DATE", "2005-03-05" },
  /* a plan's participle before a noun ("the scheduled vote") yields to
   * a past further back; alone, or after a report's verb, its future
   * stands */
  { "The band had finished the album on Monday, ahead of the scheduled launch on [25 December].", "2005-03-01", "DATE", "2004-12-25" },
  { "The firm completed the sale ahead of the planned merger on [25 December].", "2005-03-01", "DATE", "2004-12-25" },
  { "Prices rose ahead of the expected cut on [10 February].", "2005-03-01", "DATE", "2005-02-10" },
  { "Prices rose ahead of the expected cut on [10 March].", "2005-03-01", "DATE", "2005-03-10" },
  { "He said the planned launch on [10 October] would go ahead.", "2005-03-01", "DATE", "2005-10-10" },
  { "The planned launch on [10 October] will go ahead.", "2005-03-01", "DATE", "2005-10-10" },
  { "Fans are waiting for the planned release in [October].", "2005-03-01", "DATE", "2005-10" },
  { "The minister will speak ahead of the scheduled vote on [25 December].", "2005-03-01", "DATE", "2005-12-25" },
  { "He is expected to sign on [25 December].", "2005-03-01", "DATE", "2005-12-25" },
  { "He will do it in his last budget before the expected poll on [5 May].", "2005-01-01", "DATE", "2005-05-05" },
  { "The firm finished the sale, and is expected to sign on [25 December].", "2005-03-01", "DATE", "2005-12-25" },
  /* a present participle of a plan after a noun ("the summit starting on
   * Monday") is ahead, as the clause's present or present perfect puts
   * it; a simple past further back is the tense; not after "is" or a
   * preposition, nor before a noun */
  { "India joins the trade meeting taking place in Geneva on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "Spain has been asked to the trade meeting taking place in Geneva on [Friday] and Saturday.", "2005-03-01", "DATE", "2005-03-04" },
  { "Spain has been asked to the trade meeting taking place in Geneva on Friday and [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The leaders attend the summit starting on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "The ministers prepare for the conference beginning in Rome on [Thursday].", "2005-03-01", "DATE", "2005-03-03" },
  { "The derby kicking off at Hampden on [Sunday] is a sell-out.", "2005-03-01", "DATE", "2005-03-06" },
  { "The trade fair taking place in Leeds on [Friday] was cancelled.", "2005-03-01", "DATE", "2005-02-25" },
  { "The summit starting on [Monday] had been called off.", "2005-03-01", "DATE", "2005-02-28" },
  { "He said the summit starting on [Monday] would be short.", "2005-03-01", "DATE", "2005-03-07" },
  { "The scheduled vote on [25 December] was cancelled.", "2005-03-01", "DATE", "2004-12-25" },
  { "Leeds will stay behind Hull, who had won at Derby on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "He has been named captain for the November Tests in [2003].", "2005-03-01", "DATE", "2003" },
  { "He has been named captain for the [November] Tests in 2003.", "2005-03-01", "DATE", "2003-11" },
  { "The film took $10m in the three days beginning on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "The film took $10m in the three days beginning on Friday and [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "The talks held in Geneva on [Friday] ended without agreement.", "2005-03-01", "DATE", "2005-02-25" },
  { "The coach announced his starting line-up on [Wednesday].", "2005-03-01", "DATE", "2005-02-23" },
  { "The fans queued after starting on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "Some shops were starting their sales on [Christmas Day].", "2005-03-01", "DATE", "2004-12-25" },
  /* one day named twice with no year: the second takes the year the
   * first got, unless its own clause's tense, a year in its sentence or
   * a weekday places it */
  { "The sides meet again at Ibrox on 1 February. The return leg is on [1 February] and both coaches will rest players.", "2005-03-01", "DATE", "2006-02-01" },
  { "The sides meet again at Ibrox on 1 February. The return leg is on [1 February].", "2005-03-01", "DATE", "2006-02-01" },
  { "The sides will meet again at Ibrox on 3 February. The first leg was on [3 February].", "2005-03-01", "DATE", "2005-02-03" },
  { "In 2003 he opened a shop on 1 February. The new shop will open on [1 February].", "2005-03-01", "DATE", "2006-02-01" },
  { "The vote will be on 5 February. In 2003 the vote was on [5 February].", "2005-03-01", "DATE", "2003-02-05" },
  { "The final will be on 20 November. The final on [Sunday 20 November] is sold out.", "2005-03-01", "DATE", "2005-11-20" },
  { "He joined the club on 2 February. The club said on [2 February] that he had joined.", "2005-03-01", "DATE", "2005-02-02" },
  /* a month before plural fixtures after "for" is the coming one where
   * its clause tells nothing done (a present perfect, a present); a past
   * verb, a year named, a singular noun or no fixture keep it back */
  { "She has been named captain for the three [November] Tests.", "2005-03-01", "DATE", "2005-11" },
  { "Smith is fit for the [November] matches.", "2005-03-01", "DATE", "2005-11" },
  { "Jones has been called up for the [October] internationals.", "2005-03-01", "DATE", "2005-10" },
  { "She was captain for the three [November] Tests.", "2005-03-01", "DATE", "2004-11" },
  { "She captained Wales for the [November] Tests.", "2005-03-01", "DATE", "2004-11" },
  { "Jones was called up for the [October] internationals.", "2005-03-01", "DATE", "2004-10" },
  { "Smith was fit for the [November] matches last year.", "2005-03-01", "DATE", "2004-11" },
  { "Oil is trading at $40 a barrel for [November] delivery.", "2005-03-01", "DATE", "2004-11" },
  { "Sales are up for the [November] period.", "2005-03-01", "DATE", "2004-11" },
  /* review-dates13 defect 2: lowercase "tests" after a weekday's
   * possessive are mostly medical or technical, no fixture on the day;
   * near it, other fixtures there still look ahead */
  { "The results of Thursday's [tests] will be known next week.", "2005-03-01", NULL },
  { "The results of [Thursday]'s tests will be known next week.", "2005-03-01", "DATE", "2005-02-24" },
  { "[Wednesday]'s tests on the engine will take days to assess.", "2005-03-01", "DATE", "2005-02-23" },
  { "[Friday]'s tests showed no trace of the drug.", "2005-03-01", "DATE", "2005-02-25" },
  { "[Saturday]'s internationals will be shown live.", "2005-03-01", "DATE", "2005-03-05" },
  { "[Sunday]'s fixtures will be played behind closed doors.", "2005-03-01", "DATE", "2005-03-06" },
  /* review-dates13 defect 3: the verb of the fixtures' clause may come
   * after the noun and tell them done; a present or a future there, or a
   * past only in a relative clause, still looks ahead */
  { "Tickets for the [February] internationals sold out in hours.", "2005-03-01", "DATE", "2005-02" },
  { "Ticket sales for the [November] internationals were strong.", "2005-03-01", "DATE", "2004-11" },
  { "Demand for the [November] Tests was huge.", "2005-03-01", "DATE", "2004-11" },
  { "Tickets for the [November] internationals go on sale on Monday.", "2005-03-01", "DATE", "2005-11" },
  { "Tickets for the [November] internationals will sell fast.", "2005-03-01", "DATE", "2005-11" },
  { "She has been named captain for the three [November] Tests and will lead the side.", "2005-03-01", "DATE", "2005-11" },
  { "Smith is fit for the [November] matches that the club arranged.", "2005-03-01", "DATE", "2005-11" },
  /* review-dates13 defect 5: a relative clause's second verb, after a
   * coordinator, is the expression's, and a present there looks ahead;
   * a coordinator between nouns or between two pasts keeps the past */
  { "The team will meet Kenya, who finished second and race on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "The team will meet Kenya, who finished second and now race on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "Leeds will chase Hull, who won a race and a medal on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "Leeds will chase Hull, who won and drew at Derby on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Leeds will chase Hull, who scored twice and celebrated on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  /* review-dates13 defect 6: a future written after a day named again
   * gives it its own year, not the one the first mention got; a past
   * there, or none, or a future past a clause mark, takes the first's */
  { "The war ended on 8 May. Veterans gather every year on 8 May. The parade on [8 May] will be the biggest.", "2005-03-01", "DATE", "2005-05-08" },
  { "The war ended on 8 May. Veterans gather every year on 8 May. The parade on [8 May] was the biggest.", "2005-03-01", "DATE", "2004-05-08" },
  { "The war ended on 8 May. Veterans gather every year on 8 May. The parade on [8 May] drew crowds.", "2005-03-01", "DATE", "2004-05-08" },
  { "The war ended on 8 May. Veterans gather every year on 8 May. The parade on [8 May], they said, will be the biggest.", "2005-03-01", "DATE", "2004-05-08" },
  { "The vote will be on 5 February. The count on [5 February] was slow.", "2005-03-01", "DATE", "2006-02-05" },
