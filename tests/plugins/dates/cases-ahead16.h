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
  { "Coming out in [the autumn], the console will cost less than its rival.", "2005-03-01", "DATE", "2005-FA" },
  { "Launching in [the summer], the service is aimed at students.", "2005-03-01", "DATE", "2005-SU" },
  { "Coming out in [the autumn], the album sold well.", "2005-03-01", "DATE", "2004-FA" },
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
