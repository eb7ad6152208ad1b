/* cases-tense14b.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-fix14b's mends of dates-tense14's rules, from
 * review-dates14b's sentences and the ones near them where each rule
 * must not fire.  Reference Tuesday 2005-03-01. */
  /* a plan said with "to" in a past story: a past with its present's
   * form after "he", "she", "it", "used" before a determiner, and the
   * main clause after an opening phrase's comma keep the day gone by */
  { "He read a statement to open the hearing on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "He cut short his holiday to attend the funeral on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "She set a date to resign on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "Brown used a speech to announce the cuts on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "In a speech to open the conference on [Monday], Blair said the war was just.", "2005-03-01", "DATE", "2005-02-28" },
  { "After his decision to quit on [Friday], Smith thanked the fans.", "2005-03-01", "DATE", "2005-02-25" },
  /* near them: a modal or a present before the same verb, "they" (as
   * often the present), "used to", and a main clause in the future */
  { "He will read a statement to open the hearing on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  /* the same form not opening its clause: after "if", "whether", a
   * modal or a noun it is a present or an infinitive; after a comma or
   * "and" it opens its clause and is the past */
  { "Fans will see if she hit her stride on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "We will know whether it cut costs on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "After the vote, she cut the dividend to save cash on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "The board met and it cut the dividend on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "He reads a statement to open the hearing on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "He is set to quit on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "He used to play on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "The firm will use a new plant to launch the car on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "In a bid to open the talks on [Monday], Blair will fly to Paris.", "2005-03-01", "DATE", "2005-03-07" },
  { "In the team to face Wales on [Saturday] are three new caps.", "2005-03-01", "DATE", "2005-03-05" },
  { "The team to face Wales on [Saturday], he said, will be strong.", "2005-03-01", "DATE", "2005-03-05" },
  { "The team to face Scotland on [Saturday] will be named today.", "2005-03-01", "DATE", "2005-03-05" },
  /* the look-aheads stop at the sentence layer's end only, not at an
   * abbreviation's period inside its sentence; near them, a past verb
   * after the abbreviation and a full stop the layer splits at */
  { "The meeting on [Thursday] at No. 10 will discuss the budget.", "2005-03-01", "DATE", "2005-03-03" },
  /* a month's or weekday's abbreviation before a capital ends the
   * reading even where the layer keeps "Apr. Smith" together; a digit
   * or a word in lowercase after it goes on */
  { "Fans of the club met on [8 Apr.]. Smith will speak on Friday.", "2005-03-01", "DATE", "2004-04-08" },
  { "The club was fined on [8 Apr.]. Smith will appeal.", "2005-03-01", "DATE", "2004-04-08" },
  { "The club was fined on [8 Sept.]. Smith will appeal.", "2005-03-01", "DATE", "2004-09-08" },
  { "The fans will meet on [8 Apr.]. at the ground.", "2005-03-01", "DATE", "2005-04-08" },
  { "The club hearing on [Thursday] in Washington D.C. will be open.", "2005-03-01", "DATE", "2005-03-03" },
  { "The summit on [Friday] in St. Petersburg will be attended by 20 leaders.", "2005-03-01", "DATE", "2005-03-04" },
  { "The game on [Saturday], which Mr. Smith will referee, is sold out.", "2005-03-01", "DATE", "2005-03-05" },
  { "The hearing on [Friday] before Judge J. Smith will decide the case.", "2005-03-01", "DATE", "2005-03-04" },
  { "The vote on [Friday] at No. 10 was a formality.", "2005-03-01", "DATE", "2005-02-25" },
  { "The meeting on [Thursday] was held at No. 10. It will be repeated next week.", "2005-03-01", "DATE", "2005-02-24" },
  /* a hard-wrapped line goes on in the next where that starts in
   * lowercase or the line ends with a preposition, a determiner or a
   * coordinator; a headline's line, a blank line or a full stop end it */
  { "The match on [Saturday] in\nCardiff will be shown live.", "2005-03-01", "DATE", "2005-03-05" },
  { "The match on [Saturday] in the\nMillennium Stadium will be shown live.", "2005-03-01", "DATE", "2005-03-05" },
  { "Police said the raid on [Friday]\nwas planned for months.", "2005-03-01", "DATE", "2005-02-25" },
  { "The match on [Saturday] was played\nin Cardiff.", "2005-03-01", "DATE", "2005-02-26" },
  { "Smith to quit on [Friday]\nThe club said he had been sacked.", "2005-03-01", "DATE", "2005-03-04" },
  { "The hearing on [Friday] was adjourned.\nIt will resume next week.", "2005-03-01", "DATE", "2005-02-25" },
  /* a future that judges the day is the event's own where a condition
   * in the present or a relative clause not in the past follows it;
   * near them, the judgement of a day gone by stays */
  { "The match on [Saturday] will go down in history if Wales win.", "2005-03-01", "DATE", "2005-03-05" },
  { "The race on [Sunday] will be remembered as a classic if the weather holds.", "2005-03-01", "DATE", "2005-03-06" },
  { "The concert on [Friday] will be remembered by all who attend.", "2005-03-01", "DATE", "2005-03-04" },
  { "The final on [Sunday] will be remembered by those who will watch it.", "2005-03-01", "DATE", "2005-03-06" },
  { "The concert on [Friday] will be remembered by all who attended.", "2005-03-01", "DATE", "2005-02-25" },
  { "The concert on [Friday] will be remembered by everyone who saw it.", "2005-03-01", "DATE", "2005-02-25" },
  { "The final on [Sunday] will be remembered as the day that changed rugby.", "2005-03-01", "DATE", "2005-02-27" },
  { "The final on [Sunday] will go down as one of the greatest, even if Wales lost.", "2005-03-01", "DATE", "2005-02-27" },
  { "The final on [Sunday] will be remembered as the match in which Wales won the title.", "2005-03-01", "DATE", "2005-02-27" },
  /* a day opening its sentence, a "when" or "if" clause after its
   * comma: passed over to the main clause unless it holds a past, one
   * reader for this and the opening noun phrase's */
  { "On [Sunday], when the team is expected to arrive, fans gathered at the airport.", "2005-03-01", "DATE", "2005-02-27" },
  { "On [Monday], when the markets open, shares will fall.", "2005-03-01", "DATE", "2005-03-07" },
  { "On [Sunday], when the fans arrive, police will be waiting.", "2005-03-01", "DATE", "2005-03-06" },
  { "On [Sunday], when fans arrived, police will be waiting.", "2005-03-01", "DATE", "2005-02-27" },
  { "On [Sunday], if the weather holds, the match will go ahead.", "2005-03-01", "DATE", "2005-03-06" },
  { "On [Sunday], if fans were worried, they did not show it.", "2005-03-01", "DATE", "2005-02-27" },
  { "On [Sunday], if anything, the crowd was louder.", "2005-03-01", "DATE", "2005-02-27" },
  { "The match on [Saturday], if it goes ahead, will be live.", "2005-03-01", "DATE", "2005-03-05" },
  { "The match on [Sunday], when the team is expected to arrive, was called off.", "2005-03-01", "DATE", "2005-02-27" },
