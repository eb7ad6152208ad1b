/* cases-ahead16.h: rows of test-dates.c's table (included inside its
 * cases[]) for the sixteenth session's directions and anchors (issue
 * 25): which way a date named without its year points, and what it is
 * counted from.  Each rule with sentences near it where it must not
 * fire, written first. */
  /* a bare season after a present progressive of a launch or a release
   * (kind `release` of context-words.tsv) is the coming one */
  { "The firm is launching the phone in [the autumn].", "2005-03-01", "DATE", "2005-FA" },
  { "The band are bringing out their new album in [the autumn].", "2005-03-01", "DATE", "2005-FA" },
  { "The studio is also unveiling its slate in [the summer].", "2005-03-01", "DATE", "2005-SU" },
  { "The firm said it is launching the phone in [the autumn].", "2005-03-01", "DATE", "2005-FA" },
  /* near it: another verb's progressive, a past progressive, a
   * progressive in another clause than the season's */
  { "Prices are rising in [the autumn].", "2005-03-01", "DATE", "2004-FA" },
  { "The firm was launching the phone in [the autumn] when the fire broke out.", "2005-03-01", "DATE", "2004-FA" },
  { "He is selling the house he bought in [the autumn].", "2005-03-01", "DATE", "2004-FA" },
  { "The firm, which is launching a phone, slashed prices in [the autumn].", "2005-03-01", "DATE", "2004-FA" },
  { "The firm launched the phone in [the autumn].", "2005-03-01", "DATE", "2004-FA" },
  /* a phrase opening its sentence with such a verb, no auxiliary: the
   * main clause decides whether the thing is done */
  { "Shipping in [the autumn], the console will cost less than its rival.", "2005-03-01", "DATE", "2005-FA" },
  { "Launching in [the summer], the service is aimed at students.", "2005-03-01", "DATE", "2005-SU" },
  { "Shipping in [the autumn], the album sold well.", "2005-03-01", "DATE", "2004-FA" },
  { "Launching in [the summer], the service attracted few students.", "2005-03-01", "DATE", "2004-SU" },
  /* an infinitive of purpose after a noun, in a clause of the present
   * perfect, is still to come */
  { "The club has been given money to strengthen the squad in [the summer].", "2005-03-01", "DATE", "2005-SU" },
  { "The manager has been promised funds to sign players in [the summer].", "2005-03-01", "DATE", "2005-SU" },
  /* near it: an infinitive after a verb, something done between, the
   * simple past, no infinitive */
  { "The club has been asked to explain what happened in [the summer].", "2005-03-01", "DATE", "2004-SU" },
  { "The club has been forced to sell players in [the summer].", "2005-03-01", "DATE", "2004-SU" },
  { "The club was given money to strengthen the squad in [the summer].", "2005-03-01", "DATE", "2004-SU" },
  { "The club has been fined for fielding an ineligible player in [the summer].", "2005-03-01", "DATE", "2004-SU" },
  /* a weekday's fixture after "for", in a clause whose verb of readying
   * is a present progressive, is the coming one */
  { "The coach is preparing his players for [Wednesday]'s match in Cardiff.", "2005-03-01", "DATE", "2005-03-02" },
  { "The squad are preparing hard for [Sunday]'s final.", "2005-03-01", "DATE", "2005-03-06" },
  /* near it: a past progressive, no "for" of a fixture, a verb of no
   * readying */
  { "The team were preparing for [Sunday]'s final when the news broke.", "2005-03-01", "DATE", "2005-02-27" },
  { "The coach is preparing a report on [Sunday]'s defeat.", "2005-03-01", "DATE", "2005-02-27" },
  { "The coach is blaming his players for [Sunday]'s defeat.", "2005-03-01", "DATE", "2005-02-27" },
  /* near it: a modal's perfect, a participle right before "to", "up to"
   * a count, a mark between the infinitive and the expression */
  { "The decision might have been taken to cut costs in the run-up to the vote on [2 November].", "2005-03-01", "DATE", "2004-11-02" },
  { "The site has been taken to cut costs in the run-up to the vote on [2 November].", "2005-03-01", "DATE", "2004-11-02" },
  { "The winger has been ruled out for up to six weeks after surgery on [Tuesday].", "2005-01-01", "DATE", "2004-12-28" },
  { "The club has been given money to pay its debts, and its staff, in [the summer].", "2005-03-01", "DATE", "2004-SU" },
  /* a term set, told in the present right before its time's preposition
   * (kind `term`), ends or runs ahead */
  { "Her lease expires on [1 February].", "2005-03-01", "DATE", "2006-02-01" },
  { "The show runs at the Barbican until [20 February].", "2005-03-01", "DATE", "2006-02-20" },
  { "Her spell as chair ends on [1 February], when a successor takes over.", "2005-03-01", "DATE", "2006-02-01" },
  { "The strike ends on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  /* near it: the past, a custom, an outcome between the verb and its
   * preposition, a verb of no term */
  { "Her lease expired on [1 February].", "2005-03-01", "DATE", "2005-02-01" },
  { "Each year the show runs until [20 February].", "2005-03-01", "DATE", "2005-02-20" },
  { "The game ends in a draw on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "She runs a cafe in Leeds which she opened on [20 February].", "2005-03-01", "DATE", "2005-02-20" },
  /* "by" a time after a noun of expectation (kind `expectation`) before
   * "of" or "that" is the time it looks to */
  { "The union sees signs of a settlement by [the end of February].", "2005-03-01", "DATE", "2006-02", "END" },
  { "Hopes of a ceasefire by [the end of February] are fading.", "2005-03-01", "DATE", "2006-02", "END" },
  /* near it: the clause's verb in the past, no such noun */
  { "There were signs of a recovery by [the end of February].", "2005-03-01", "DATE", "2005-02", "END" },
  { "Sales had risen by [the end of February].", "2005-03-01", "DATE", "2005-02", "END" },
  { "The firm sold 500 cars by [the end of February].", "2005-03-01", "DATE", "2005-02", "END" },
  /* "the same month", "the same day", "the same week" with a year right
   * after it: the month, day or week named before, in that year */
  { "Car sales in January fell 3% against [the same month] in 2004.", "2005-03-01", "DATE", "2004-01" },
  { "Crowds on Sunday were bigger than on [the same day] in 2003.", "2005-03-01", "DATE", "2003-02-27" },
  { "Sales rose in the week to 10 February, against [the same week] in 2004.", "2005-03-01", "DATE", "2004-W06" },
  /* near it: no year after it, another clause's year, a count after "in" */
  { "The firm cut prices in January, and sales fell in [the same month].", "2005-03-01", "DATE", "2005-01" },
  { "The firm cut prices in January 2004. In [the same month], rivals raised theirs.", "2005-03-01", "DATE", "2004-01" },
  { "The firm cut prices in January, and in [the same month] in 10 shops sales fell.", "2005-03-01", "DATE", "2005-01" },
  /* a day or month after one placed ahead in its sentence, later in the
   * calendar and placed by no cue of its own, is the plan's next step,
   * in that one's year */
  { "The council will shut the bridge on 10 February and reopen it in [March].", "2005-03-01", "DATE", "2006-03" },
  { "The first phase opens on 20 February, with the second stage in [March].", "2005-03-01", "DATE", "2006-03" },
  /* near it: earlier in the calendar, a verb of the past between, in
   * the next sentence */
  { "The shop opens on 21 February, a year after the [January] fire.", "2005-03-01", "DATE", "2005-01" },
  { "The band will play on 21 February, and their last show was in [March].", "2005-03-01", "DATE", "2004-03" },
  { "The band will release a single on 21 February; their last album sold well in [March].", "2005-03-01", "DATE", "2004-03" },
  { "The store will open on 21 February. The firm opened its first store in [March].", "2005-03-01", "DATE", "2004-03" },
  { "Exports in April-[July] rose to $5m.", "2005-01-01", "DATE", "2004-07" },
  { "She got engaged to him in February, and the pair split for private reasons in [October].", "2005-01-01", "DATE", "2004-10" },
  /* a month after a report's verb whose object is a figure a period
   * ended with (kind `outcome`), or that ends a period "the" opens ("the
   * 12 months through June", "the year to June"), in a clause of the
   * past, is one gone by */
  { "The carmaker posted a loss of 40m euros in [June].", "2005-03-01", "DATE", "2004-06" },
  { "The club reported a profit in the 12 months through [June].", "2005-03-01", "DATE", "2004-06" },
  { "The chain made a loss in the year to [June].", "2005-03-01", "DATE", "2004-06" },
  /* near it: another object, a destination, the future */
  { "The carmaker announced a launch in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The firm extended the deadline by three months to [June].", "2005-03-01", "DATE", "2005-06" },
  { "The band moved the tour from the spring to [June].", "2005-03-01", "DATE", "2005-06" },
  { "The chain will report a loss in the year to [June].", "2005-03-01", "DATE", "2005-06" },
  /* a day word inside a quotation whose attribution right after it names
   * the day the words were said is counted from that day */
  { "\"We met [yesterday] and agreed a deal,\" the chairman told reporters on Thursday.", "2005-03-01", "DATE", "2005-02-23" },
  { "\"I will decide [tomorrow],\" he told the BBC on Sunday.", "2005-03-01", "DATE", "2005-02-28" },
  /* near it: no day in the attribution, a day of another clause after
   * it, no quotation, the quotation closed before another sentence */
  { "\"We met [yesterday] and agreed a deal,\" the chairman said.", "2005-03-01", "DATE", "2005-02-28" },
  { "\"We met [yesterday],\" the chairman said, adding that talks resume on Friday.", "2005-03-01", "DATE", "2005-02-28" },
  { "The market fell [yesterday], a trader said on Friday.", "2005-03-01", "DATE", "2005-02-28" },
  { "\"The market fell [yesterday].\" Talks resume on Friday, the minister said.", "2005-03-01", "DATE", "2005-02-28" },
