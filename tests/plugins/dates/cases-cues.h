/* cases-cues.h: rows of test-dates.c's table (included inside its
 * cases[]) for tense cues of the lexicon: a first or a return announced
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
  /* mends of these cues: a comparison with what was expected before a
   * date in a future clause, a weekday inside a club's name as a pair,
   * the day's news after a name's "today", a participle after a modal or
   * "has to be" */
  /* "than expected", "as expected" right before the date is no verb in
   * the past: the clause's own cue decides, a future one too */
  { "Growth will be stronger than expected in [the second quarter].", "2005-03-01", "DATE", "2005-Q2" },
  /* "had expected" is a plan gone by, unless a word of the present later
   * in the sentence tells it revised, its date still ahead */
  { "Analysts had expected a rate rise in [June], but now expect one in August.", "2005-01-01", "DATE", "2005-06" },
  { "The team had been expected to arrive on [Friday], officials now say.", "2005-03-01", "DATE", "2005-03-04" },
  { "The team had been expected to arrive on [Friday], but came on Monday.", "2005-03-01", "DATE", "2005-02-25" },
  { "Analysts had expected sales to fall in [November].", "2005-03-01", "DATE", "2004-11" },
  { "Most analysts had expected the Bank to raise rates in [May].", "2005-01-01", "DATE", "2004-05" },
  { "The firm had released figures in [June]; it now says they were wrong.", "2005-01-01", "DATE", "2004-06" },
  { "The firm says sales will rise faster than expected in [April].", "2005-03-01", "DATE", "2005-04" },
  { "Rates will rise earlier than expected on [Thursday].", "2005-03-01", "DATE", "2005-03-03" },
  { "The project will finish as scheduled in [January].", "2005-03-01", "DATE", "2006-01" },
  { "The vote will be held as expected on [Tuesday].", "2005-01-01", "DATE", "2005-01-04" },
  { "Prices fell more than expected in [January].", "2005-03-01", "DATE", "2005-01" },
  { "Output was weaker than expected in [February].", "2005-03-01", "DATE", "2005-02" },
  { "The shop opened as planned on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "The shares were priced on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "Shares fell earlier than expected on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "He left earlier on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  /* a weekday is a club's only after the word it pairs with; a place
   * before a bare weekday, as wire stories write, keeps the day */
  { "The storm hit the Isle of Man [Tuesday], the coastguard said.", "2005-03-01", "DATE", "2005-03-01" },
  { "The talks ended in Sheffield [Friday] with no deal.", "2005-03-01", "DATE", "2005-02-25" },
  { "Fans of Sheffield [Wednesday] were angry.", "2005-03-01", NULL },
  { "A Sheffield [Wednesday] fan was hurt.", "2005-03-01", NULL },
  /* "today" after a name tells the day's news where a verb of the day
   * follows it, whatever the general words after */
  { "Chelsea [today] host Arsenal in the biggest game of the season for most fans.", "2005-03-01", "DATE", "2005-03-01" },
  { "England [today] face Wales in Cardiff.", "2005-03-01", "DATE", "2005-03-01" },
  { "Most people in Britain [today] own a car.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Children [today] play Xbox games more than football.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Fans in Britain [today] play FIFA more than ever.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Pupils [today] face GCSE exams that are harder than ever.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* a participle after a modal, "has to be", or "will now be" is the
   * auxiliary's tense; "had been expected to be" is a plan gone by */
  { "The match won't be played on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The tie must be played on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The game should be replayed on [Tuesday].", "2005-03-01", "DATE", "2005-03-01" },
  /* in a past report, "should"/"must" are the report's, no future cue:
   * the month is the nearest; in a present one, or "has to be", the cue
   * holds */
  { "He said the vote should be held in [February], but it was delayed.", "2005-03-01", "DATE", "2005-02" },
  { "He said the vote should be held in [June].", "2005-03-01", "DATE", "2005-06" },
  { "The vote should be held in [February].", "2005-03-01", "DATE", "2006-02" },
  { "He says the tie must be played on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "He said the tie has to be replayed on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The final will now be played on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "The tie has to be replayed on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The bill had been expected to be passed on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "He had planned to leave on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "The bill was expected to be passed on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "He must have left on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "He should have called on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "The house could be located [Wednesday].", "2005-03-01", "DATE", "2005-02-23" },
  { "The match was played on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "The game had been postponed on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  /* "a week earlier" as "a month earlier" and "a year earlier": the
   * week before the one named (TimeBank dates "a UNIT earlier" 26 times
   * of 27); "a day earlier" and counts above one stay a span */
  { "Sales were up 3% from [a week earlier].", "2005-03-01", "DATE", "2005-W08" },
  { "In the week to 10 June 2003 sales fell; [a week earlier] they rose.", "2005-03-01", "DATE", "2003-W23" },
  { "Sales were up from [three weeks earlier].", "2005-03-01", "DURATION", "P3W" },
  { "He had left [a week earlier] than planned.", "2005-03-01", "DURATION", "P1W" },
  { "It finished [a month earlier] than expected.", "2005-03-01", "DURATION", "P1M" },
  /* a year's number as one side of a size is none; a year before a
   * product of other numbers keeps its date */
  { "The camera records at 4096 * 2160 pixels.", "2005-03-01", NULL },
  { "The panel has 2048 x 1080 pixels.", "2005-03-01", NULL },
  { "In [2004], 3 x 4 grids were sold.", "2005-03-01", "DATE", "2004" },
  { "It shows images of 1920 x 1080 pixels.", "2005-03-01", NULL },
  { "The panel measures 2000 x 50 mm.", "2005-03-01", NULL },
  { "The board is 1200 x 8 cm.", "2005-03-01", NULL },
  { "Sales doubled from 1998 to [2004] x 2 in value.", "2005-03-01", "DATE", "2004" },
  { "He joined in [2000] x 3 times.", "2005-03-01", "DATE", "2000" },
  { "Prices in [2003]*2 were odd.", "2005-03-01", "DATE", "2003" },
  { "Sales in [2004] rose 5%.", "2005-03-01", "DATE", "2004" },
  /* "the day to day" is routine, no day; "the day" of a report stays */
  { "It hurts the day to day running of the firm.", "2005-03-01", NULL },
  { "Shares fell 3% on [the day] to close at 250p.", "2005-03-01", "DATE", "2005-03-01" },
  /* (the year to a month is the twelve months ending then, as "the year
   * ended": cases-forms.h) */
  { "Prices rose 3% on [the year] to March.", "2005-03-01", "DURATION", "P1Y" },
  /* "on a Sunday" is some Sunday, no week told; "a" before a weekday
   * that qualifies a noun is the story's day, and so is "on Sunday" */
  { "He once played for ten hours on a [Sunday] and lost.", "2005-03-01", "DATE", "XXXX-WXX-7" },
  { "The show airs on a [Saturday morning].", "2005-03-01", "TIME", "XXXX-WXX-6TMO" },
  { "On a [Monday], the market is quiet.", "2005-03-01", "DATE", "XXXX-WXX-1" },
  { "In a [Wednesday] media event, Apple showed a laptop.", "2005-03-01", "DATE", "2005-02-23" },
  { "About 500 people attended a [Sunday night] memorial service.", "2005-03-01", "TIME", "2005-02-27TNI" },
  { "He played on [Sunday] and lost.", "2005-03-01", "DATE", "2005-02-27" },
  { "He wrote it on a Sunday Times deadline.", "2005-03-01", NULL },
  /* a clock time of what happens as a rule is no day's; of an event, the
   * day's */
  { "He usually wakes at [3am].", "2005-03-01", "TIME", "XXXX-XX-XXT03:00" },
  { "The shop always opens at [9am].", "2005-03-01", "TIME", "XXXX-XX-XXT09:00" },
  { "He woke at [3am].", "2005-03-01", "TIME", "2005-03-01T03:00" },
  { "The meeting starts at [9am].", "2005-03-01", "TIME", "2005-03-01T09:00" },
  { "Police often patrol the area, and they arrested three men at [3am].", "2005-03-01", "TIME", "2005-03-01T03:00" },
  /* the habitual word reaches to the end of its clause only: a later
   * clause with a subject or a day of its own keeps its day */
  { "The shop usually opens at 9am, but tomorrow it opens at [10am].", "2005-03-01", "TIME", "2005-03-02T10:00" },
  { "Markets usually open at 8am; today they open at [9am].", "2005-03-01", "TIME", "2005-03-01T09:00" },
  { "Staff normally arrive at 8am and the strike starts at [noon].", "2005-03-01", "TIME", "2005-03-01T12:00" },
  { "Trains usually leave at 7:30am, but the strike begins at [6pm].", "2005-03-01", "TIME", "2005-03-01T18:00" },
  { "Buses often run late, while Tesco opens at [8am].", "2005-03-01", "TIME", "2005-03-01T08:00" },
  { "The shop usually opens at 9am and closes at [5pm].", "2005-03-01", "TIME", "XXXX-XX-XXT17:00" },
  { "The shop usually opens at 9am but closes at [5pm].", "2005-03-01", "TIME", "XXXX-XX-XXT17:00" },
  { "The shop usually opens at [9am], but it is shut today.", "2005-03-01", "TIME", "XXXX-XX-XXT09:00" },
  { "Staff and managers usually arrive at [8am].", "2005-03-01", "TIME", "XXXX-XX-XXT08:00" },
  { "He usually leaves at 6pm and then eats at [7pm].", "2005-03-01", "TIME", "XXXX-XX-XXT19:00" },
  { "She usually runs, and at [6am] she swims.", "2005-03-01", "TIME", "XXXX-XX-XXT06:00" },
  /* "in future", British for "in the future"; not the adjective */
  { "[In future], I will rest more.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "He will be careful [in future].", "2005-03-01", "DATE", "FUTURE_REF" },
  { "They will invest in future growth.", "2005-03-01", NULL },
  { "[In future] we will rest.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "Talks will resume in future rounds.", "2005-03-01", NULL },
  /* "the next morning", "the following evening": the day after the
   * one named, a DATE as TimeBank writes it; a part of the day after
   * "that" or as an adjective is none */
  { "On 3 June 2003 he arrived. He left [the next morning].", "2005-03-01", "DATE", "2003-06-04" },
  { "On 3 June 2003 he arrived. He left [the following evening].", "2005-03-01", "DATE", "2003-06-04" },
  { "He read the morning papers.", "2005-03-01", NULL },
  { "He met her that morning.", "2005-03-01", NULL },
  /* only as a noun phrase, not before a noun; with no date named before
   * it, no day known (not the day after the report's) */
  { "The next morning session starts at 9.", "2005-03-01", NULL },
  { "The next evening news bulletin led with the story.", "2005-03-01", NULL },
  { "The next afternoon tea party was cancelled.", "2005-03-01", NULL },
  { "[The next morning] he left.", "2005-03-01", "DATE", "XXXX-XX-XX" },
  { "On 3 May 2003 he arrived. [The next morning], police found him.", "2005-03-01", "DATE", "2003-05-04" },
  { "On 3 May 2003 he arrived. [The next morning] Smith left.", "2005-03-01", "DATE", "2003-05-04" },
  { "On 3 May 2003 he arrived. [The next morning] dawned cold.", "2005-03-01", "DATE", "2003-05-04" },
  /* a lowercase word after it that the pattern does not name counts
   * only as a verb in the past: an irregular one from past-forms.tsv, or
   * one in -ed; a noun or a present verb there is none ("found" is not in
   * past-forms.tsv: make-past-forms.py reads it as "to found") */
  { "On 3 May 2003 he arrived. [The next morning] came the news.", "2005-03-01", "DATE", "2003-05-04" },
  { "On 3 May 2003 he arrived. [The next morning] began with rain.", "2005-03-01", "DATE", "2003-05-04" },
  { "On 3 May 2003 he arrived. [The next morning] took him to Paris.", "2005-03-01", "DATE", "2003-05-04" },
  { "On 3 May 2003 he arrived. [The next morning] brought more rain.", "2005-03-01", "DATE", "2003-05-04" },
  { "On 3 May 2003 he arrived. [The next morning] saw protests.", "2005-03-01", "DATE", "2003-05-04" },
  { "On 3 May 2003 he arrived. [The next morning] started badly.", "2005-03-01", "DATE", "2003-05-04" },
  { "The next morning shift begins at six.", "2005-03-01", NULL },
  { "The next morning flight leaves at six.", "2005-03-01", NULL },
  { "The next evening meal will be served late.", "2005-03-01", NULL },
  { "The next morning brings more rain.", "2005-03-01", NULL },
  { "The next afternoon train comes at four.", "2005-03-01", NULL },
  /* "on a Thursday" is some Thursday: "the next day" after it has no
   * known day; after "on Thursday", or a date named after it, it has */
  { "It fell on a Thursday, and [the next day] the markets crashed.", "2005-03-01", "DATE", "XXXX-XX-XX" },
  { "It fell on Thursday, and [the next day] the markets crashed.", "2005-03-01", "DATE", "2005-02-25" },
  { "On a Sunday he left; on 3 May 2003 he came back, and [the next day] he left.", "2005-03-01", "DATE", "2003-05-04" },
  { "He arrived on 3 May 2003. He often works on a Friday. [The following year] he left.", "2005-03-01", "DATE", "2004" },
