/* cases-idioms17.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-idioms17 (issue 25): set phrases with a time word
 * that name no time (idioms.tsv), each beside a near sentence whose time
 * word is a time. */
  /* idioms.tsv's judged rows, in their forms */
  { "A late goal from the striker saved [the day] for the club.", "2005-03-01", NULL },
  { "Only one man can save [the day] in the new thriller.", "2005-03-01", NULL },
  { "The letter from her sister made [her day].", "2005-03-01", NULL },
  { "The good news made Anna's [day], she said.", "2005-03-01", NULL },
  { "The keeper was the man of [the day] at the stadium.", "2005-03-01", NULL },
  { "He trained [day] in, day out for the race.", "2005-03-01", NULL },
  /* WordNet's: a verb in its forms, an adverb */
  { "After 20 years the band called it [a day].", "2005-03-01", NULL },
  { "She is calling it [a day] after a long career.", "2005-03-01", NULL },
  /* a phrase with a gap ("one minute ... the next"), its clause closed
   * after it; not where "the next" opens a noun phrase */
  { "One [minute] he was at his desk, the next he was gone.", "2005-03-01", NULL },
  { "The side looked sharp one [minute], lost the next.", "2005-03-01", NULL },
  { "[One minute] later, the next bus left the depot.", "2005-03-01", "DURATION", "PT1M" },
  /* near them: the time word outside the phrase, or the phrase's words
   * apart */
  { "Protesters called it a day on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "She saved [a day] of leave for the trip.", "2005-03-01", "DURATION", "P1D" },
  { "He spent [a day] in the court.", "2005-03-01", "DURATION", "P1D" },
  { "Sales for the time were weak [today].", "2005-03-01", "DATE", "2005-03-01" },
  /* a phrase the lexicon gives a value stays a time (not WordNet's) */
  { "[For the time being] the plant is closed.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The firm made [a day] of talks the rule.", "2005-03-01", "DURATION", "P1D" },
  /* a weekday, a month or a season in a work's title: capitalised words
   * after a work's noun (kind `work`) that opens a noun phrase, or in
   * quotation marks */
  { "He saw the film [Sunday] Best at the festival.", "2005-03-01", NULL },
  { "Their hit Manic [Monday] sold well.", "2005-03-01", NULL },
  { "Her new hit single Manic [Monday] sold well.", "2005-03-01", NULL },
  { "Anna's novel Bright [April] Morning won a prize.", "2005-03-01", NULL },
  { "She starred in the 1999 film [April] Fools Day.", "2005-03-01", NULL },
  { "The band closed the show with \"Manic [Monday]\" on the night.", "2005-03-01", NULL },
  /* near them: the noun a verb's, the run no title, the quote speech */
  { "Leeds play [Sunday] Best Club in the final.", "2005-03-01", "DATE", "2005-03-06" },
  { "They will play [Sunday] in the final.", "2005-03-01", "DATE", "2005-03-06" },
  { "The film opens on [Friday] in London.", "2005-03-01", "DATE", "2005-03-04" },
  { "The hit single came out on [Monday] in Leeds.", "2005-03-01", "DATE", "2005-02-28" },
  { "\"We will meet on [Monday],\" he said.", "2005-03-01", "DATE", "2005-03-07" },
  /* quoted, but in a sentence that names no work: a greeting's holiday,
   * which TimeML tags */
  { "They wished every reader a \"Merry [Christmas]\" in the letter.", "2005-03-01", "DATE", "2004-12-25" },
  { "They will show the film [Friday March 4] at the cinema.", "2005-03-01", "DATE", "2005-03-04" },
  /* a title named again, opening its sentence, after the work's noun
   * named it; not the same words where no title was named */
  { "Critics praised the film Grey Friday. Grey [Friday] is drawn from a memoir.", "2005-03-01", NULL },
  { "Grey [Friday] is drawn from a memoir.", "2005-03-01", "DATE", "2005-02-25" },
  { "Their hit Manic Monday sold well. It was played on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  /* a term set in the present of a thing that is this year's (kind
   * `current-term`), in its sentence or the one before: the reference's
   * year, though the reference has passed the day */
  { "This year's show opened in London. It runs until [20 February].", "2005-03-01", "DATE", "2005-02-20" },
  { "The current exhibition runs until [20 February].", "2005-03-01", "DATE", "2005-02-20" },
  { "This year's fair opened last week. The last tickets go on sale as it runs until [February].", "2005-03-01", "DATE", "2005-02" },
  /* near it: no word of this year's, or the term long gone (read in
   * December, this year's run ends the next year), or a thing of
   * another sentence further back */
  { "The festival came to London. It runs until [20 February].", "2005-03-01", "DATE", "2006-02-20" },
  /* other signs it is under way: its opening in the past, its edition */
  { "The fair, which opened on Thursday, runs until [20 February].", "2005-03-01", "DATE", "2005-02-20" },
  { "The 55th festival runs until [20 February].", "2005-03-01", "DATE", "2005-02-20" },
  { "The fair on 55th Street runs until [20 February].", "2005-03-01", "DATE", "2006-02-20" },
  { "The exhibition runs until [20 February].", "2005-03-01", "DATE", "2006-02-20" },
  { "This year's pantomime opened last week. It runs until [20 February].", "2005-12-28", "DATE", "2006-02-20" },
  { "This year's show opened in London. Crowds came. It runs until [20 February].", "2005-03-01", "DATE", "2006-02-20" },
  /* the sentence before across a paragraph's break; "current" after a
   * possessive */
  { "It will be shown at this year's city festival.\n\nThe film will screen at the festival, which runs until [20 February].", "2005-03-01", "DATE", "2005-02-20" },
  { "The club's current kit contract expires in [February] and a new one starts.", "2005-03-01", "DATE", "2005-02" },
  { "The club's kit contract expires in [February] and a new one starts.", "2005-03-01", "DATE", "2006-02" },
