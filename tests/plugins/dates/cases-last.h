/* cases-last.h: rows of test-dates.c's table (included inside its
 * cases[]) for the twelfth session's last classes: a year inside a
 * relative clause is no topic year for "the year" or "the season" in a
 * main clause of the present perfect or a modal; a
 * weekday's fixture that someone misses or is ruled out of is the coming
 * one; a fixture's verb in the plural present ("talks begin") as in -s;
 * a relative's perfect of naming ("what has been dubbed") is no past cue
 * of the clause.
 * Each rule with sentences near it where it must not fire. */
  /* a year in a who/which clause that goes on past it describes the
   * noun: "the season", "the year" after it are the reference's */
  { "The striker, who moved to City in 2003 after a poor stint at Leeds, has struggled since [the start of the season].", "2005-03-01", "DATE", "PRESENT_REF", "START" },
  { "The striker, who moved to City in 2003 after a poor stint at Leeds, has struggled since [the start of the year].", "2005-03-01", "DATE", "2005", "START" },
  { "Fans who bought tickets in 2002 for the final have been angry since [the start of the season].", "2005-03-01", "DATE", "PRESENT_REF", "START" },
  /* near it: the year in the main clause, before or after a relative
   * clause that closed, or after "that" of a complement */
  { "The striker, who was hurt, moved to City in 2003 and scored 20 goals at [the start of the season].", "2005-03-01", "DATE", "2003" },
  { "Sales fell in 2003, which hurt the firm, and rose [later in the year].", "2005-03-01", "DATE", "2003" },
  { "The chief said that in 2003 sales fell sharply during [the year].", "2005-03-01", "DATE", "2003" },
  /* nor a main clause in the past, which may go on in the year */
  { "Profits, which rose in 2004 on strong sales, fell sharply [later in the year].", "2005-03-01", "DATE", "2004" },
  { "The club who won the league in 2002 struggled at [the start of the season].", "2005-03-01", "DATE", "2002" },
  /* an absence from a fixture ("misses", "is out of", "has been ruled
   * out of") names one awaited: the coming day */
  { "The defender has been ruled out of [Wednesday]'s Champions League clash with Barcelona.", "2005-03-01", "DATE", "2005-03-02" },
  { "The forward misses [Wednesday]'s first-leg tie after breaking his cheekbone.", "2005-03-01", "DATE", "2005-03-02" },
  { "The striker is out of [Sunday]'s game with a knee injury.", "2005-03-01", "DATE", "2005-03-06" },
  { "He is missing [Saturday]'s match through suspension.", "2005-03-01", "DATE", "2005-03-05" },
  { "He has pulled out of [Sunday]'s game with a hamstring strain.", "2005-03-01", "DATE", "2005-03-06" },
  { "He has been ruled out of the game against Italy on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "The winger misses the match with Leeds on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  /* near it: the absence told done, a way out of a match played, a cause,
   * no fixture after the weekday */
  { "The striker missed [Sunday]'s game with a knee injury.", "2005-03-01", "DATE", "2005-02-27" },
  { "The striker pulled out of [Sunday]'s game with a knee injury.", "2005-03-01", "DATE", "2005-02-27" },
  { "The striker was ruled out of [Sunday]'s game, the coach said.", "2005-03-01", "DATE", "2005-02-27" },
  { "He has missed [Sunday]'s game through injury.", "2005-03-01", "DATE", "2005-02-27" },
  { "He came out of [Sunday]'s game with a knock.", "2005-03-01", "DATE", "2005-02-27" },
  { "He has come out of [Sunday]'s game with a knock.", "2005-03-01", "DATE", "2005-02-27" },
  { "He has been fined after walking out of [Sunday]'s game.", "2005-03-01", "DATE", "2005-02-27" },
  { "The club is missing [Sunday]'s takings.", "2005-03-01", "DATE", "2005-02-27" },
  /* a plural present of an opening verb is a fixture as its form in -s */
  { "Two days of talks on the future of the island begin at the minister's residence later on [Wednesday].", "2005-03-01", "DATE", "2005-03-02" },
  { "Auditions begin in Canada on [Thursday].", "2005-03-01", "DATE", "2005-03-03" },
  { "Talks start in Geneva on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "The markets close early on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "The Dubai Sevens, which start on [Thursday], draw big crowds.", "2005-03-01", "DATE", "2005-03-03" },
  { "Polls close at 2200 on [Thursday].", "2005-03-01", "DATE", "2005-03-03" },
  /* near it: the noun or the adjective after a word that describes it, a
   * possessive, a past form */
  { "We had an early start on [Thursday].", "2005-03-01", "DATE", "2005-02-24" },
  { "The team made a disastrous start on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Shares hit a record close on [Wednesday].", "2005-03-01", "DATE", "2005-02-23" },
  { "The shop was open on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "The shop kept its doors open on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "Oil prices close to record levels on [Friday] worried traders.", "2005-03-01", "DATE", "2005-02-25" },
  { "He made his start on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "The index ended near its close on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "The talks began on [Wednesday].", "2005-03-01", "DATE", "2005-02-23" },
  /* a relative's or a free relative's perfect of naming yields to the
   * future further back (read in January: June not yet come) */
  { "The band will play in what has been dubbed Europe's biggest tent on [Tuesday, 14 June].", "2005-01-01", "DATE", "2005-06-14" },
  { "The band will play in what has been dubbed the biggest tent on [14 June].", "2005-01-01", "DATE", "2005-06-14" },
  { "He will run in a race which has been billed as the decider on [14 June].", "2005-01-01", "DATE", "2005-06-14" },
  /* near it: another perfect in the relative clause may tell the date's
   * own event; a perfect of naming with no relative word or no future;
   * a perfect of naming in a closed aside before a past */
  { "The band will play at a venue that has been rebuilt on [14 June].", "2005-01-01", "DATE", "2004-06-14" },
  { "They will examine what has been done in [June].", "2005-01-01", "DATE", "2004-06" },
  { "The band has been dubbed the best in [June].", "2005-01-01", "DATE", "2004-06" },
  { "The race, which has been billed as the decider, was held on [14 June].", "2005-01-01", "DATE", "2004-06-14" },
  { "He joined a club which has been dubbed the best in [June].", "2005-01-01", "DATE", "2004-06" },
