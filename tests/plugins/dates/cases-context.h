/* cases-context.h: rows of test-dates.c's table (included inside its
 * cases[]) for what the words around an expression tell: irregular verbs
 * in the past, a year written after a day, the day named before a clock
 * time, verbs that announce a coming day.  Each rule with sentences near
 * it where it must not fire. */
  /* An irregular verb in the past alone (data/past-forms.tsv) in the
   * month's clause: a month ahead is last year's, as "had risen" is.
   * Each row below the first three fails without its guard: a future cue
   * earlier in the clause wins; a past shared with the participle
   * ("built", "won") never counts, it is as often an adjective; a
   * passive's or an article's word, a capital, another sentence, or a
   * relative pronoun with no comma before it stop it. */
  { "Its sales rose to 520,000 in [April].", "2005-03-01", "DATE", "2004-04" },
  { "Profits fell sharply in [April].", "2005-03-01", "DATE", "2004-04" },
  { "The firm began work in [April].", "2005-03-01", "DATE", "2004-04" },
  { "He said the changes would apply once the new tax year began in [April].", "2005-03-01", "DATE", "2005-04" },
  { "The Queen will open the newly built hospital on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "Nothing could stop the bullet that tore through his window on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "Fans will be worried after the pack drove them back on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "He will have spent his birthday on [Sunday] in bed.", "2005-03-01", "DATE", "2005-02-27" },
  { "A newly built stadium hosts the final on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  { "The newly built stadium opens in [May].", "2005-03-01", "DATE", "2005-05" },
  { "The cup he won is at stake in [April].", "2005-03-01", "DATE", "2005-04" },
  { "The rose show opens in [April].", "2005-03-01", "DATE", "2005-04" },
  { "Rose sings in [April].", "2005-03-01", "DATE", "2005-04" },
  { "The law, which took effect in 2004, applies in [April].", "2005-03-01", "DATE", "2005-04" },
  { "It rose in price. It opens in [April].", "2005-03-01", "DATE", "2005-04" },
  { "The man who stole the car faces trial in [May].", "2005-03-01", "DATE", "2005-05" },
  { "The shares, which fell in [April], recovered.", "2005-03-01", "DATE", "2004-04" },
  { "Demand ran high in [April].", "2005-03-01", "DATE", "2004-04" },
  /* a month gone by that opens its clause takes the tense of the verb
   * after it */
  { "In [January] a larger project is due to launch.", "2005-03-01", "DATE", "2006-01" },
  { "In [January] a larger project was due to launch.", "2005-03-01", "DATE", "2005-01" },
  { "In [January] he said prices will rise.", "2005-03-01", "DATE", "2005-01" },
  { "The ban comes into effect in [February].", "2005-03-01", "DATE", "2006-02" },
  { "The ban came into effect in [February].", "2005-03-01", "DATE", "2005-02" },
  /* and a cue of the past before a fixture's verb */
  { "He fell ill and missed the match England play on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "England play France on [Saturday].", "2005-03-01", "DATE", "2005-03-05" },
  /* A day without its year takes "in YEAR" after it in its phrase: one
   * lowercase word between at most, not a verb in the past, no mark. */
  { "Since [the 11 September] World Trade Centre attack in 2001, fear rose.", "2005-03-01", "DATE", "2001-09-11" },
  { "The [5 May] election in 2005 was close.", "2005-03-01", "DATE", "2005-05-05" },
  { "On [5 March] prices hit levels last seen in 2001.", "2005-03-01", "DATE", "2005-03-05" },
  { "On [5 March], in 2001, it rained.", "2005-03-01", "DATE", "2005-03-05" },
  { "Sales in [March] rose in 2004.", "2005-03-01", "DATE", "2005-03" },
  { "He arrived on [5 March] and left in 2001.", "2005-03-01", "DATE", "2005-03-05" },
  { "Sales were higher in [March] than in 2004.", "2005-03-01", "DATE", "2005-03" },
  { "Turnout on [5 May] as in 2001 is expected to be low.", "2005-03-01", "DATE", "2005-05-05" },
  /* A clock time or "earlier in the day" with no day of its own takes
   * the day named a sentence or two before, if it is within a month of
   * the reference; a day written right after the time still wins. */
  { "The attack came on Friday. Police said so. By [4pm] it was over.", "2005-03-01", "TIME", "2005-02-25T16:00" },
  { "The attack came on 20 February. [Earlier in the day] police came.", "2005-03-01", "DATE", "2005-02-20" },
  { "He was born on 5 May 1960. At [3pm] he spoke.", "2005-03-01", "TIME", "2005-03-01T15:00" },
  { "It came on 20 February. Talks resume at [3 p.m. on Monday].", "2005-03-01", "TIME", "2005-02-28T15:00" },
  { "Polls open at [8am] and close at 10pm.", "2005-03-01", "TIME", "2005-03-01T08:00" },
  /* only where the time's clause is in the past or opens with it: in the
   * future or the present (a usual hour), only a day to come */
  { "On Friday he resigned. He will give a press conference at [3pm].", "2005-03-01", "TIME", "2005-03-01T15:00" },
  { "The company reported results on 24 February. The shops open at [9am].", "2005-03-01", "TIME", "2005-03-01T09:00" },
  { "The ferry sank on Saturday. Rescue teams arrived at [5am].", "2005-03-01", "TIME", "2005-02-26T05:00" },
  { "The deal was signed on Monday. A decision is expected by [the end of the day].", "2005-03-01", "DATE", "2005-03-01", "END" },
  /* a time on a written day names that day too; a zone changes nothing */
  { "He will unveil plans on Thursday night. He starts at [1830 GMT].", "2005-03-01", "TIME", "2005-03-03T18:30Z" },
  { "Polls open at [0700 GMT].", "2005-03-01", "TIME", "2005-03-01T07:00Z" },
  /* Verbs of travel and gathering in the present announce the coming
   * day, as the fixture verbs do; a past form, a possessive, "his" in
   * capitals or the noun "vote" do not. */
  { "The team travel to Newcastle on [Wednesday].", "2005-03-01", "DATE", "2005-03-02" },
  { "Leaders gather in Rome on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "They travelled to Newcastle on [Wednesday].", "2005-03-01", "DATE", "2005-02-23" },
  { "His visits on [Friday] were brief.", "2005-03-01", "DATE", "2005-02-25" },
  { "He faced the public vote on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  /* not "go", "head", "return": the weekday is as often a later noun's;
   * "go on sale" is a plan */
  { "Arsenal head into the game after losing to Bolton on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "Liverpool return to form with a win over Everton on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "Shares go up after a profit warning on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "Tickets go on sale on [Thursday].", "2005-03-01", "DATE", "2005-03-03" },
  { "The show goes on air on [Wednesday].", "2005-03-01", "DATE", "2005-03-02" },
  { "Fans demanding Elian's return marched on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  /* "earlier in the week", "later in the week" after a day named: that
   * day's week; "by the end of the week" stays the reference's */
  { "On Friday he resigned. [Earlier in the week] he had denied it.", "2005-03-01", "DATE", "2005-W08" },
  { "Prices fell [earlier in the week].", "2005-03-01", "DATE", "2005-W09" },
  { "He was born on 5 May 1960. [Earlier in the week] he spoke.", "2005-03-01", "DATE", "2005-W09" },
  { "The strike started on Friday. Drivers will walk out again [later in the week].", "2005-03-01", "DATE", "2005-W09" },
  { "The report came out on 3 February. [Later in the week], ministers will discuss it.", "2005-03-01", "DATE", "2005-W09" },
  { "Talks resume on Monday. [Later in the week] the ministers will meet.", "2005-03-01", "DATE", "2005-W10" },
  { "He was hurt last Saturday. We will know by [the end of the week].", "2005-03-01", "DATE", "2005-W09", "END" },
  /* A weekday's possessive is the next day after "look forward to", or
   * before a noun of what is held on a day whose clause goes on to speak
   * of the future; not across a verb in -s, a past cue or a new clause's
   * subject. */
  { "He believes [Saturday]'s contest against Scotland will be scrappy.", "2005-03-01", "DATE", "2005-03-05" },
  { "Fans look forward to [Sunday]'s Oscars.", "2005-03-01", "DATE", "2005-03-06" },
  { "[Saturday]'s game will be shown live.", "2005-03-01", "DATE", "2005-03-05" },
  { "[Sunday]'s big match will be close.", "2005-03-01", "DATE", "2005-03-06" },
  { "Almunia will start [Wednesday]'s Champions League group tie.", "2005-03-01", "DATE", "2005-03-02" },
  /* a past event with a future consequence (not of kind `event`) */
  { "[Saturday]'s defeat will hurt the club.", "2005-03-01", "DATE", "2005-02-26" },
  { "Damage from [Friday]'s storm will cost millions.", "2005-03-01", "DATE", "2005-02-25" },
  { "He will play in [Sunday]'s final.", "2005-03-01", "DATE", "2005-03-06" },
  { "No action will be taken following his sending-off in [Sunday]'s final.", "2005-03-01", "DATE", "2005-02-27" },
  { "Fans look to [Sunday]'s win to lift them.", "2005-03-01", "DATE", "2005-02-27" },
  { "[Saturday]'s match was a thriller.", "2005-03-01", "DATE", "2005-02-26" },
  { "[Saturday]'s defeat means they will struggle.", "2005-03-01", "DATE", "2005-02-26" },
  { "[Wednesday]'s ruling, which will be appealed, was a blow.", "2005-03-01", "DATE", "2005-02-23" },
  { "He had said before [Wednesday]'s game he would consider leaving.", "2005-03-01", "DATE", "2005-02-23" },
  /* "due for release", "due out": the future; "due to" before a word
   * in -ed is a cause ("due to increased demand"), before a verb whose
   * stem ends so a plan */
  { "The album, due for release in [February], was delayed.", "2005-03-01", "DATE", "2006-02" },
  { "The album is due out in [February].", "2005-03-01", "DATE", "2006-02" },
  { "Sales rose due to increased demand in [January].", "2005-03-01", "DATE", "2005-01" },
  { "Talks are due to start in [January].", "2005-03-01", "DATE", "2006-01" },
  { "Sales rose due to the storm in [February].", "2005-03-01", "DATE", "2005-02" },
  /* "was due" is a plan that did not hold; "due to" with no "be" before
   * it, or before a participle as an adjective, is a cause */
  { "The film was due out in [January] but was delayed.", "2005-03-01", "DATE", "2005-01" },
  { "The film is due out in [January].", "2005-03-01", "DATE", "2006-01" },
  { "The rise is due to increased demand in [January].", "2005-03-01", "DATE", "2005-01" },
  { "He was ruled out due to injury on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "The match was called off due to bad weather on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "The store is due to open on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "It is also due to announce a plan in [January].", "2005-03-01", "DATE", "2006-01" },
  /* "current" before a noun that names no time */
  { "He presents a current affairs show.", "2005-03-01", NULL },
  { "The current account deficit grew.", "2005-03-01", NULL },
  { "Debit cards [now] account for most payments.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The [current] market is weak.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* Across the new year in a clause of the future: a day a few weeks
   * back is still that day (year_for() counts the days over the new
   * year); further back, or a month alone, it is the next one.  A
   * quarter that ended two or more quarters back is next year's when
   * the clause speaks of the future; the one just ended is reported on. */
  { "He would be back by [Dec. 23].", "2005-01-05", "DATE", "2004-12-23" },
  { "He would be back by [Feb. 23].", "2005-03-06", "DATE", "2005-02-23" },
  { "Talks will resume on [10 November].", "2005-01-05", "DATE", "2005-11-10" },
  { "The plant will close on [25 January].", "2005-01-05", "DATE", "2005-01-25" },
  { "The plant will close in [December].", "2005-01-05", "DATE", "2005-12" },
  { "The plant will close in [January].", "2004-12-20", "DATE", "2005-01" },
  { "The plant closed in [June].", "2004-12-20", "DATE", "2004-06" },
  { "Shops will open on [Christmas Day].", "2005-01-05", "DATE", "2005-12-25" },
  { "It plans to ship them by [year-end].", "2005-01-20", "DATE", "2005", "END" },
  { "It plans to ship them by [year-end].", "2004-12-20", "DATE", "2004", "END" },
  { "Sales will rise in [the first quarter].", "2004-12-20", "DATE", "2005-Q1" },
  { "Profits rose in [the first quarter].", "2004-12-20", "DATE", "2004-Q1" },
  { "It will report profits for [the third quarter].", "2004-12-20", "DATE", "2004-Q3" },
  /* A complement clause after "that" has a tense of its own: a fixture's
   * verb in it gives it, and a past before "that" does not make a month
   * in it last year's.  A fixture's verb in -s is finite, its clause's
   * own.  Not where a past is inside the clause, where "that" is no
   * complement (before a noun alone), or the fixture's verb is bare
   * after a past ("didn't play"). */
  { "He knew that the show opens in [April].", "2005-03-01", "DATE", "2005-04" },
  { "The firm announced that talks resume on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "He asked whether the club hosts Bath on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "He revealed the club hosts Bath on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "The festival, which opens on [Thursday], is sold out.", "2005-03-01", "DATE", "2005-03-03" },
  { "He said that prices rose in [April].", "2005-03-01", "DATE", "2004-04" },
  { "He knew the show opened in [April].", "2005-03-01", "DATE", "2004-04" },
  { "He said that he played on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "He said that the game on [Sunday] was a disaster.", "2005-03-01", "DATE", "2005-02-27" },
  { "He won that match on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "I didn't play on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "The firm that hosted Bath on [Friday] lost.", "2005-03-01", "DATE", "2005-02-25" },
  { "They got off to a flying start on [Saturday].", "2005-03-01", "DATE", "2005-02-26" },
  { "The shop remained open on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  /* A verb in -ed right before "in" and a month not yet come this year
   * is an event done (last year's), as an irregular past is; not after a
   * passive's or an infinitive's word, nor with a future cue before. */
  { "The deal, signed in [April], gives them control.", "2005-03-01", "DATE", "2004-04" },
  { "The deal was signed in [April].", "2005-03-01", "DATE", "2004-04" },
  { "Sales climbed in [June].", "2005-03-01", "DATE", "2004-06" },
  { "The deal will be signed in [April].", "2005-03-01", "DATE", "2005-04" },
  { "The deal is signed in [April] each year.", "2005-03-01", "DATE", "2005-04" },
  { "The deal, to be signed in [April], is worth a lot.", "2005-03-01", "DATE", "2005-04" },
  { "The results are expected in [April].", "2005-03-01", "DATE", "2005-04" },
  { "The deal was signed in [February].", "2005-03-01", "DATE", "2005-02" },
  /* "today" after a plural noun of people or things (data/generic-nouns.tsv)
   * whose verb is in the present is the present in general, PRESENT_REF;
   * a verb in the past or the future after it, a singular noun, or a
   * noun that is none of them ("the markets", "Monday") leave the day. */
  { "Children [today] watch too much television.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Most consumers [today] own a mobile phone.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The players [today] were superb.", "2005-03-01", "DATE", "2005-03-01" },
  { "Pupils [today] sat their exams.", "2005-03-01", "DATE", "2005-03-01" },
  { "Fans [today] will see the cup.", "2005-03-01", "DATE", "2005-03-01" },
  { "Fans [today] celebrated the win.", "2005-03-01", "DATE", "2005-03-01" },
  { "The minister resigned [today].", "2005-03-01", "DATE", "2005-03-01" },
  { "The child [today] starts school.", "2005-03-01", "DATE", "2005-03-01" },
  { "Shares [today] rose sharply.", "2005-03-01", "DATE", "2005-03-01" },
  { "He said Rangers [today] announce a deal.", "2005-03-01", "DATE", "2005-03-01" },
  /* and after "of" that follows a noun: a noun's age */
  { "It will never appeal to the children of [today].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "They repackage them for the kids of [today], he said.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "As of [today] we have not received any statement.", "2005-03-01", "DATE", "2005-03-01" },
  { "Prices will rise by [the end of today].", "2005-03-01", "DATE", "2005-03-01", "END" },
  { "He described the events of [today] as a defining moment.", "2009-06-04", "DATE", "2009-06-04" },
  /* "at the weekend" is every weekend after a habitual adverb in its
   * sentence; "at weekends", "on Saturdays" always; not "last weekend",
   * "at the weekend" with no such word, nor "the end of the weekend". */
  { "He usually plays golf at [the weekend].", "2005-03-01", "SET", "XXXX-WXX-WE" },
  { "Shops often close early at [the weekend].", "2005-03-01", "SET", "XXXX-WXX-WE" },
  { "He plays golf at [weekends].", "2005-03-01", "SET", "XXXX-WXX-WE" },
  { "The office is shut at the [weekends].", "2005-03-01", "SET", "XXXX-WXX-WE" },
  { "The shop is open on [Saturdays].", "2005-03-01", "SET", "XXXX-WXX-6" },
  { "He played golf at [the weekend].", "2005-03-01", "DATE", "2005-W08-WE" },
  { "He will play golf at [the weekend].", "2005-03-01", "DATE", "2005-W09-WE" },
  { "He usually plays golf, but he rested [last weekend].", "2005-03-01", "DATE", "2005-W08-WE" },
  { "It was usually quiet. He played at [the weekend].", "2005-03-01", "DATE", "2005-W08-WE" },
  /* a possessive weekday's event named by a verb in the present right
   * before it is the coming one; not a past event ("defeat"), nor after
   * a verb in the past */
  { "The most important thing at the moment is [Sunday]'s game against Newport.", "2005-03-01", "DATE", "2005-03-06" },
  { "The big talking point is [Saturday]'s defeat by Bath.", "2005-03-01", "DATE", "2005-02-26" },
  { "The most important thing was [Sunday]'s game against Newport.", "2005-03-01", "DATE", "2005-02-27" },
  /* "one day" right after a cue of the future is some day to come, as
   * TimeBank writes it; a day's span elsewhere */
  { "The tunnel will [one day] link the two towns.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "You could [one day] captain your country.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "The strike will last [one day].", "2005-03-01", "DURATION", "P1D" },
  { "He was banned for [one day].", "2005-03-01", "DURATION", "P1D" },
  { "The talks will take [one day] at most.", "2005-03-01", "DURATION", "P1D" },
