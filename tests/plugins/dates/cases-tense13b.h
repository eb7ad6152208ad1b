/* cases-tense13b.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-tense13b's classes and review-dates13b's defects: a
 * clock time that takes the day named just before it in its phrase, a
 * weekday in brackets after a day, a present progressive before a date,
 * a closed aside before it, a weekday that is a title's word, a weekday
 * after a noun of what is held, and the rows near each where the rule
 * must not fire.  Reference Tuesday 2005-02-22, Tuesday 2005-03-01 or
 * Thursday 2005-03-03, as each row says. */
  /* a clock time after a day of its own phrase takes that day, however
   * far from the reference ("kick-off", "game" name what happens then) */
  { "England play Wales on 27 February, kick-off [1500 GMT].", "2005-01-01", "TIME", "2005-02-27T15:00Z" },
  { "England beat Wales on 12 February, kick-off [1500 GMT].", "2005-02-22", "TIME", "2005-02-12T15:00Z" },
  { "The raid on Sunday, at about [0200 local time], killed three.", "2005-02-22", "TIME", "2005-02-20T02:00" },
  { "Saturday's game ([1500 GMT]) was shown live.", "2005-02-22", "TIME", "2005-02-19T15:00Z" },
  { "Wales face England on 5 March, with kick-off at [1500 GMT].", "2005-01-01", "TIME", "2005-03-05T15:00Z" },
  /* near it: a clause of its own between ("and", "when"), a verb in -ed,
   * a name, or the next sentence, and the time keeps the rules it had */
  { "He resigned on 2 February and will speak at [3pm].", "2005-02-22", "TIME", "2005-02-22T15:00" },
  { "The vote is on 5 March, which means the polls close at [2200 GMT].", "2005-01-01", "TIME", "2005-01-01T22:00Z" },
  { "The polls closed on 2 February, with results expected at [0600 GMT].", "2005-02-22", "TIME", "2005-02-22T06:00Z" },
  { "The match is on 5 March. Doors open at [1300 GMT].", "2005-01-01", "TIME", "2005-01-01T13:00Z" },
  { "The match is on 5 March, Smith said at [1300 GMT].", "2005-01-01", "TIME", "2005-01-01T13:00Z" },
  /* a finite verb of a clause of its own between (a present in -s, the
   * plural subject of one), or a day a year or more away with a comma or
   * a word between: the reference's day */
  { "The museum, founded on 4 May 1950, opens at [1000 GMT].", "2005-02-22", "TIME", "2005-02-22T10:00Z" },
  { "Since 11 September 2001, flights stop at [2300 GMT].", "2005-02-22", "TIME", "2005-02-22T23:00Z" },
  { "He quit on Monday, shops shut at [1700 GMT].", "2005-02-22", "TIME", "2005-02-22T17:00Z" },
  { "He quit on Monday, the shop opens at [9am].", "2005-02-22", "TIME", "2005-02-22T09:00" },
  /* a day far away still lends its day to a time right after it */
  { "The vote was on 5 May 1997 at [2200 BST].", "2005-02-22", "TIME", "1997-05-05T22:00" },
  { "The raid on 27 February 2004, at [1500 GMT], killed three people.", "2005-02-22", "TIME", "2004-02-27T15:00Z" },
  { "Since 11 September 2001, flight times change at [2300 GMT].", "2005-02-22", "TIME", "2005-02-22T23:00Z" },
  /* a time before the day is joined to it, as before */
  { "The match kicks off at [3pm on 5 March].", "2005-01-01", "TIME", "2005-03-05T15:00" },
  /* a weekday in brackets right after a day names that day again: one
   * value for both, whatever the reference's week says */
  { "He said yesterday ([Monday]) that he would quit.", "2005-03-01", "DATE", "2005-02-28" },
  { "All plans announced yesterday ([Monday]), including this, stand.", "2005-03-01", "DATE", "2005-02-28" },
  { "He spoke yesterday ([Monday night]).", "2005-03-01", "TIME", "2005-02-28TNI" },
  { "He said yesterday ([Wednesday]) that he would quit.", "2005-03-03", "DATE", "2005-03-02" },
  { "The vote is on 10 March ([Thursday]).", "2005-03-01", "DATE", "2005-03-10" },
  /* near it: weekdays that disagree name no one day, and the weekday
   * keeps its own value ("yesterday (Wednesday)" said on a Tuesday) */
  { "He said yesterday ([Wednesday]) that he would quit.", "2005-03-01", "DATE", "2005-02-23" },
  /* near it: a bracket that holds more, a list, a new sentence, a
   * shift, no day before */
  { "He spoke yesterday (and on [Wednesday]).", "2005-03-01", "DATE", "2005-02-23" },
  { "He spoke yesterday, [Wednesday] and Thursday.", "2005-03-01", "DATE", "2005-02-23" },
  { "He left yesterday. ([Wednesday] was quiet.)", "2005-03-01", "DATE", "2005-02-23" },
  { "He left yesterday ([next Wednesday] he returns).", "2005-03-01", "DATE", "2005-03-02" },
  { "The match ([Wednesday]) was won.", "2005-03-01", "DATE", "2005-02-23" },
  /* a present progressive right before a date's preposition: what is
   * arranged, ahead; a name or a place may stand between */
  { "The talks are starting on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "European finance ministers are meeting on [Thursday] in Brussels.", "2005-03-01", "DATE", "2005-03-03" },
  { "Ministers are meeting in Geneva on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "She is meeting Ms Furse on [Thursday].", "2005-03-01", "DATE", "2005-03-03" },
  { "They're leaving for Paris on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "He is leaving on [Friday], he said.", "2005-03-01", "DATE", "2005-03-04" },
  { "The leaders, who met on Monday, are meeting again on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "Most pundits are betting on [5 May].", "2005-03-01", "DATE", "2005-05-05" },
  /* near it: the past progressive, an object in lowercase (an event
   * that may be gone by), a noun in -ing, a participle after the date */
  { "The leaders were meeting on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  /* nor before a month alone: a trend under way, as often reported
   * after the clause as gone by */
  { "Prices are rising in [January], figures showed.", "2005-03-01", "DATE", "2005-01" },
  { "House prices are falling in London in [February], the survey found.", "2005-03-01", "DATE", "2005-02" },
  { "Sales are rising in [March], the firm said.", "2005-03-01", "DATE", "2005-03" },
  { "Police are investigating a raid on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "He is recovering in hospital after a crash on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "The problem is nothing on [Friday], he said.", "2005-03-01", "DATE", "2005-02-25" },
  { "Police are questioning a man arrested on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "The man who is fighting for his life was stabbed on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  /* an aside closed right before the date's preposition: its tense is
   * its own, the clause around it decides the date */
  { "Leeds will face Hull, who lost to Derby last month, on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "Leeds will face Hull, who were travelling to Derby, on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "Leeds lost to Hull, who will face Derby next week, on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "The club will sign Smith, who left Derby in 2003, in [June].", "2005-03-01", "DATE", "2005-06" },
  /* near it: the aside not closed before the date is the date's clause
   * (its own past decides), and a comma with no relative word is no
   * aside */
  { "Leeds will face Hull, who were travelling to Derby on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Leeds will face Hull, who lost to Derby last month on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Leeds lost to Hull, and will face Derby, on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "Leeds beat Hull 2-0, with Smith scoring twice, on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  /* a weekday that is a title's word: before a title's capitalised words
   * and a broadcast's or publication's noun (kind `title`), right after a
   * name's possessive before that noun, before a capitalised part of the
   * day and another capitalised word */
  { "Speaking on BBC Radio Scotland's Sunday Live programme, Ms Jamieson said it was wrong.", "2005-03-01", NULL },
  { "Ms Hewitt told GMTV's Sunday programme that it was wrong.", "2005-03-01", NULL },
  { "Past winners have included Ant & Dec's Saturday Night Takeaway and Pop Idol.", "2005-03-01", NULL },
  { "He watched Monday Night Football at home.", "2005-03-01", NULL },
  /* near it: the weekday's own possessive, a name that is the clause's
   * subject, a noun of no title, a verb, a part of the day alone */
  { "He will appear on [Sunday]'s programme.", "2005-03-01", "DATE", "2005-02-27" },
  { "On [Sunday] Mr Blair said he would go.", "2005-03-01", "DATE", "2005-02-27" },
  { "Labour held its [Sunday] rally in Leeds.", "2005-03-01", "DATE", "2005-02-27" },
  { "On [Saturday] Sky Sports showed the final live.", "2005-03-01", "DATE", "2005-02-26" },
  { "Kick-off is on [Saturday] Night.", "2005-03-01", "DATE", "2005-02-26" },
  /* nor a weekday after a sentence's opening "On", the words after it
   * the subject's */
  { "On [Wednesday] Evening Standard journalists went on strike.", "2005-03-01", "DATE", "2005-02-23" },
  { "On [Thursday] Night Mail workers walked out.", "2005-03-01", "DATE", "2005-02-24" },
  { "On [Sunday] Newsnight programme makers met.", "2005-03-01", "DATE", "2005-02-27" },
  { "Smith told his [Sunday] programme audience.", "2005-03-01", "DATE", "2005-02-27" },
  /* (dates-read30: "the Mail on Sunday" is a paper, kind `dayname`;
   * "told the Financial Times on Monday" stays a day) */
  { "He told the Mail on [Sunday] that he would quit.", "2005-03-01", NULL },
  { "He told the Financial Times on [Monday] that he would quit.", "2005-03-01", "DATE", "2005-02-28" },
  /* the day's possessive before a programme's name is the day's (a rule
   * that took "the X on Sunday's <Name>" as a paper matched one BBC
   * sentence and lost the date in all of these) */
  { "He attacked the Tories on [Monday]'s Newsnight.", "2005-03-01", "DATE", "2005-02-28" },
  { "She criticised the Government on [Tuesday]'s Today programme.", "2005-03-01", "DATE", "2005-03-01" },
  /* a text that ends on its weekday, with no full stop: nothing is read
   * past its end (an over-read once, under ASan) */
  { "The talks ended on [Friday]", "2005-03-01", "DATE", "2005-02-25" },
  { "He watched it on [Sunday]", "2005-03-01", "DATE", "2005-02-27" },
  /* an awaited possessive reads its clause past a closed bracket, and a
   * clock time in the bracket takes its day */
  { "[Saturday]'s game (1500 GMT) will be shown live.", "2005-03-01", "DATE", "2005-03-05" },
  { "Saturday's game ([1500 GMT]) will be shown live.", "2005-03-01", "TIME", "2005-03-05T15:00Z" },
  { "[Sunday]'s match (kick-off 1600 GMT) will be on BBC One.", "2005-03-01", "DATE", "2005-03-06" },
  /* near it: a past in the bracket or after it, a bracket not closed */
  { "[Saturday]'s game (which we won) will hurt.", "2005-03-01", "DATE", "2005-02-26" },
  { "[Saturday]'s game (1500 GMT) was shown live.", "2005-03-01", "DATE", "2005-02-26" },
  { "[Saturday]'s game (a dull one will be forgotten.", "2005-03-01", "DATE", "2005-02-26" },
  /* right after a relative pronoun, a past that is as often a noun or an
   * adjective (past-forms.tsv kind noun: "lost", "left") is the verb, and
   * the relative clause's own past decides */
  { "Leeds will face Hull, who lost to Derby on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Leeds will face Hull, who left Derby on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  /* near it: elsewhere the same words are no past */
  { "Leeds will make up lost ground on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "He will play on the left on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The left will march on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  /* a weekday after "on" that closes a sentence's opening noun phrase
   * of what is held on a day (kind `event`) reads the clause's verb after
   * it, as "Saturday's match will" is read */
  { "The match on [Saturday] will kick off at 1500 GMT.", "2005-03-01", "DATE", "2005-03-05" },
  { "The match on Saturday will kick off at [1500 GMT].", "2005-03-01", "TIME", "2005-03-05T15:00Z" },
  { "The summit on [Friday] will discuss trade.", "2005-03-01", "DATE", "2005-03-04" },
  /* near it: a past after it, no event held, a report before, a noun
   * phrase that goes on past a mark, a past in an aside */
  { "The match on [Saturday] was abandoned.", "2005-03-01", "DATE", "2005-02-26" },
  { "The attack on [Friday] will be investigated.", "2005-03-01", "DATE", "2005-02-25" },
  { "He said the match on [Saturday] was live.", "2005-03-01", "DATE", "2005-02-26" },
  { "The final on [Sunday], which we lost, will be replayed.", "2005-03-01", "DATE", "2005-02-27" },
  { "The meeting on [Friday] is crucial.", "2005-03-01", "DATE", "2005-02-25" },
