/* cases-tense14.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-tense14's classes of direction, each with the
 * sentences near it where the rule must not fire.  Reference Tuesday
 * 2005-03-01 unless the row says. */
  /* an infinitive of a plan after a noun or a name: the coming day, as
   * "Saturday's game" in the same text already is, where a present
   * perfect, a report's verb or nothing tells the clause's time */
  { "He has been handed a place in Italy's team to face Scotland on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "Jones has been picked in the team to face Wales on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "Smith to quit on [Friday]", "2005-03-01", "DATE", "2005-03-04" },
  { "Blair to meet Bush on [Thursday]", "2005-03-01", "DATE", "2005-03-03" },
  { "The minister to visit Paris on [Monday] has been named.", "2005-03-01", "DATE", "2005-03-07" },
  { "He said the side to face Wales on [Saturday] would be named later.", "2005-03-01", "DATE", "2005-03-05" },
  { "France have brought him back into the squad to face England at Twickenham on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "He wants to meet them on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  /* near it: a verb done further back (a plan in a past story), or
   * after it in its clause, or the infinitive after a verb in the past:
   * the day gone by, as before */
  { "He flew to Rome to meet the Pope on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "He agreed to meet them on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "They wanted to play on [Saturday] but it rained.", "2005-03-01", "DATE", "2005-02-26" },
  { "The team to face Wales on [Saturday] had lost on Wednesday.", "2005-03-01", "DATE", "2005-02-26" },
  { "The team to face Wales on Saturday had lost on [Wednesday].", "2005-03-01", "DATE", "2005-02-23" },
  { "The team to face Wales on [Saturday] was beaten.", "2005-03-01", "DATE", "2005-02-26" },
  { "The talks to decide the issue on [Monday] ended without a deal.", "2005-03-01", "DATE", "2005-02-28" },
  { "He went to see the match on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "He made the trip to town on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  /* and a future said as before */
  { "England will face Wales on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The side that faced Wales on [Saturday] lost.", "2005-03-01", "DATE", "2005-02-26" },
  /* a future after the day that judges what is done: the day gone by;
   * near it, a future of the event itself, "seen by millions", and a
   * day after "will be remembered" (a service held then): ahead */
  { "The final on [Sunday] will long be remembered.", "2005-03-01", "DATE", "2005-02-27" },
  { "The final on [Sunday] will be remembered as a classic.", "2005-03-01", "DATE", "2005-02-27" },
  { "[Sunday]'s victory will go down as one of the greatest.", "2005-03-01", "DATE", "2005-02-27" },
  { "The concert on [Friday] will live long in the memory.", "2005-03-01", "DATE", "2005-02-25" },
  { "The final on [Sunday] will be played in Cardiff.", "2005-03-01", "DATE", "2005-03-06" },
  { "The match on [Saturday] will be seen by millions.", "2005-03-01", "DATE", "2005-03-05" },
  { "[Saturday]'s game will be shown live.", "2005-03-01", "DATE", "2005-03-05" },
  { "He will be remembered at a service on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  /* a progressive of change before a weekday announces the change
   * ahead, as any present progressive does ("stamp prices are rising
   * on Monday", "council tax is rising on Friday by 4%"): the sentence
   * alone cannot tell it from a report of the day's trend, so a past
   * tense or a past after it is what points back */
  { "Stamp prices are rising on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "Council tax is rising on [Friday] by 4%.", "2005-03-01", "DATE", "2005-03-04" },
  { "Interest rates are rising on [Thursday], the bank has announced.", "2005-03-01", "DATE", "2005-03-03" },
  { "The pound is rising on [Monday] when markets reopen.", "2005-03-01", "DATE", "2005-03-07" },
  { "Shares were falling in Tokyo on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "Shares are expected to fall on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "Shares will be falling on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "European finance ministers are meeting on [Thursday] in Brussels.", "2005-03-01", "DATE", "2005-03-03" },
  { "The talks are starting on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  /* "shot", "left", "lost" right after a relative pronoun are its verb
   * in the past, as "stole" is, after a main clause of the future */
  { "Police will question the man who shot Smith on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "Police will question the man who stole the car on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "Police will question everyone who attends the match on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The man who stole the car faces trial on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "He will take the shot on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  /* the look-aheads end with the sentence layer's sentence: a line with
   * no full stop ends there ("last year" in the next paragraph keeps no
   * day), and a period inside "U.S." or before a word in lowercase ends
   * none (the clause's verb after it is read) */
  { "The judge will start a hearing on [16 February]\n\nLast year he ruled against it.", "2005-03-01", "DATE", "2006-02-16" },
  { "The judge will start a hearing on [16 February]. Last year he ruled against it.", "2005-03-01", "DATE", "2006-02-16" },
  { "The judge will start a hearing on [16 February], as he did last year.", "2005-03-01", "DATE", "2005-02-16" },
  { "The match on [Saturday] in the U.S. will kick off at 3pm.", "2005-03-01", "DATE", "2005-03-05" },
  { "On [Saturday] the U.S. team will play Brazil.", "2005-03-01", "DATE", "2005-03-05" },
  { "The summit starting on [Monday] in Washington D.C. was cancelled.", "2005-03-01", "DATE", "2005-02-28" },
  { "The match on [Saturday] was held in the U.S. It will be shown again.", "2005-03-01", "DATE", "2005-02-26" },
  { "The war ended on [8 Apr.] It is on Sunday.", "2005-03-01", "DATE", "2004-04-08" },
  /* a day opening its sentence, "when" after its comma: the clause of
   * that same time tells the day's tense; other openers as before */
  { "On [Saturday], when Wales play France, the roof will be closed.", "2005-03-01", "DATE", "2005-03-05" },
  { "On [Sunday], when he meets Bush, Blair will raise the issue.", "2005-03-01", "DATE", "2005-03-06" },
  { "On [Saturday], when the match was played, fans rioted.", "2005-03-01", "DATE", "2005-02-26" },
  { "On [Friday], when the minister set aside his plans, aides were surprised.", "2005-03-01", "DATE", "2005-02-25" },
  { "On [Sunday], when asked about it, he declined to comment.", "2005-03-01", "DATE", "2005-02-27" },
  { "On [Sunday], if Wales play France, the roof will be closed.", "2005-03-01", "DATE", "2005-03-06" },
  /* "should" and "must" are modals of kind `unfinished` as "could" and
   * "may": a fixture awaited after "for" is the coming one; a clause
   * that tells it done stays gone by */
  { "He should figure in the match squad for [Monday]'s match at Sale.", "2005-03-01", "DATE", "2005-03-07" },
  { "He must be fit for [Monday]'s match.", "2005-03-01", "DATE", "2005-03-07" },
  { "He was dropped from the squad for [Monday]'s match.", "2005-03-01", "DATE", "2005-02-28" },
  { "He should not have been sent off in [Monday]'s match.", "2005-03-01", "DATE", "2005-02-28" },
  /* an opening noun phrase of an event, a "when" clause after its
   * comma: passed over to the main verb, unless it tells the day done */
  { "The final on [Saturday], when Wales play France, will be live.", "2005-03-01", "DATE", "2005-03-05" },
  { "The match on [Saturday], when fans rioted, will be investigated.", "2005-03-01", "DATE", "2005-02-26" },
  { "The match on [Saturday], when it rained, was abandoned.", "2005-03-01", "DATE", "2005-02-26" },
  { "Smith, who will be remembered at a service on [Friday], died last week.", "2005-03-01", "DATE", "2005-03-04" },
