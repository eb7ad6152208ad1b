/* cases-cues.h: rows of test-dates.c's table (included inside its
 * cases[]) for the tenth session's cues: a first or a return announced
 * in the present, a passive's participle, a future seen from the past,
 * a comparison with what was expected, a weekday inside
 * a name, "today" in general after a name, a count of units "earlier",
 * and "half an hour".  Each rule with sentences near it where it must not fire. */
  /* A debut or a return in the present is a fixture: the coming day; in
   * the past, or in the bare form after "to", it is not one. */
  { "Smith makes his debut on [Saturday] against Leeds.", "2005-03-01", "DATE", "2005-03-05" },
  { "Hingis is making her comeback on [Tuesday] in Thailand.", "2005-03-01", "DATE", "2005-03-01" },
  { "Hingis makes her return to tennis at the Open in Pattaya on [Tuesday].", "2005-01-01", "DATE", "2005-01-04" },
  { "Smith made his debut on [Saturday] against Leeds.", "2005-03-01", "DATE", "2005-02-26" },
  { "He had hoped to make his debut on [Saturday] but was injured.", "2005-03-01", "DATE", "2005-02-26" },
  { "The striker, who made his debut last week, scored on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Everyone talked about his debut on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  /* a participle after "will be" or "to be" takes its auxiliary's
   * tense, not the past of a verb in -ed; after "was", "could be", the
   * past stays */
  { "The match will be played on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "He is likely to be evicted on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "The report is expected to be published on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "He was evicted on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "He could not be located [Wednesday].", "2005-03-01", "DATE", "2005-02-23" },
  { "The deal was signed on [Thursday].", "2005-03-01", "DATE", "2005-02-24" },
  /* "set to", "going to", "favourite to" are a future, but not after a
   * verb in the past; a plan told in the past stays one to come */
  { "He is favourite to win on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "He was favourite to win on [Saturday] but lost.", "2005-03-01", "DATE", "2005-02-26" },
  { "Gerrard looked set to move during [the summer].", "2005-03-01", "DATE", "2004-SU" },
  { "Gerrard is set to move during [the summer].", "2005-03-01", "DATE", "2005-SU" },
  { "He guessed it was going to happen on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Protesters were planning to march on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  /* "than expected", "as expected": a comparison, not the future; ", as
   * expected," apart by its commas leaves the clause its tense */
  { "The US created fewer jobs than expected in [December].", "2005-03-01", "DATE", "2004-12" },
  { "Sales were better than expected in [November].", "2005-03-01", "DATE", "2004-11" },
  { "He did not return as expected on [3 January].", "2005-03-01", "DATE", "2005-01-03" },
  { "Growth is expected in [December].", "2005-03-01", "DATE", "2005-12" },
  { "Analysts expect a rise in [December].", "2005-03-01", "DATE", "2005-12" },
  { "The vote, if it is held, as expected, on [5 May], will be close.", "2005-01-01", "DATE", "2005-05-05" },
  { "The plant will close later than planned, in [December].", "2005-03-01", "DATE", "2005-12" },
  /* A weekday after a word that makes a name with it (kind `dayname`)
   * is no day, wherever it stands; a city's name with "on" between, or a
   * capitalised word not of the kind, keeps the day. */
  { "The team beat Sheffield [Wednesday] 2-1 on Saturday.", "2005-03-01", NULL },
  { "They drew at home to Sheffield [Wednesday].", "2005-03-01", NULL },
  { "He offered to invest in Sheffield [Wednesday], but was rebuffed.", "2005-03-01", NULL },
  { "Robinson Crusoe met his Man [Friday] there.", "2005-03-01", NULL },
  { "He arrived in Sheffield on [Wednesday] for talks.", "2005-03-01", "DATE", "2005-02-23" },
  { "Sheffield voted on [Wednesday].", "2005-03-01", "DATE", "2005-02-23" },
  { "Police arrested a Sheffield man on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "Bill Clinton [Saturday] vowed to hunt down the bombers.", "1998-08-10", "DATE", "1998-08-08" },
  /* "today" after a name, in a sentence of things in general in the
   * present simple: the present; the day where the sentence tells an
   * event of the day (no general word), a past or a future */
  { "Poverty in Britain [today] is worse than in 1970.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Africa [today] faces many problems.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "How can it be right in Britain [today] that most people pay more?", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Most homes have a phone in Britain [today].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Voters in Britain [today] go to the polls.", "2005-03-01", "DATE", "2005-03-01" },
  { "Voters go to the polls in Britain [today].", "2005-03-01", "DATE", "2005-03-01" },
  { "Most voters went to the polls in Britain [today].", "2005-03-01", "DATE", "2005-03-01" },
  { "The minister said in London [today] that more taxes would come.", "2005-03-01", "DATE", "2005-03-01" },
  { "More rain fell in Britain [today] than in a month.", "2005-03-01", "DATE", "2005-03-01" },
  { "Africa [today] will get more aid.", "2005-03-01", "DATE", "2005-03-01" },
  { "The mood in London [today] is sombre.", "2005-03-01", "DATE", "2005-03-01" },
  /* a count of units "earlier", as TimeBank writes "A day earlier" (with
   * its word; "Three days later" without): the span; "a year earlier",
   * the year before of figures compared, stays a date */
  { "It would end in 2006, [five years earlier] than expected.", "2005-03-01", "DURATION", "P5Y" },
  { "In 2001 the plant closed. [Two years earlier] it had 500 staff.", "2005-03-01", "DURATION", "P2Y" },
  { "[A day earlier], the minister had resigned.", "2005-03-01", "DURATION", "P1D" },
  { "Profit rose 5% from [a year earlier].", "2005-03-01", "DATE", "2004" },
  /* "a month earlier": the month before the one named, as "the previous
   * month"; before the reference's month when none was named */
  { "Sales rose in January from [a month earlier].", "2005-03-01", "DATE", "2004-12" },
  { "In June 2003 sales fell; [a month earlier] they rose.", "2005-03-01", "DATE", "2003-05" },
  { "Sales were up from [a month earlier].", "2005-03-01", "DATE", "2005-02" },
  { "Sales rose in January from [two months earlier].", "2005-03-01", "DURATION", "P2M" },
  { "Profit rose from 40% [one year earlier].", "2005-03-01", "DATE", "2004" },
  { "He left earlier [this month].", "2005-03-01", "DATE", "2005-03" },
  { "It happened [three years ago].", "2005-03-01", "DATE", "2002" },
  /* "half an" is a number, as "half a" is; "an hour and a half" stays */
  { "Within [half an hour], episodes can be uploaded.", "2005-03-01", "DURATION", "PT30M" },
  { "It took [an hour and a half].", "2005-03-01", "DURATION", "PT1H30M" },
  { "He slept for [half a day].", "2005-03-01", "DURATION", "PT12H" },
  { "He ate half an apple.", "2005-03-01", NULL },
