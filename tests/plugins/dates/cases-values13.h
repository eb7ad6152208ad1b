/* cases-values13.h: rows of test-dates.c's table (included inside its
 * cases[]) for the thirteenth session's wrong values: a range or an
 * alternative of counts is a span of some such count (PXM); "hours"
 * after a word of a schedule is no span; a 24-hour time with "local
 * time" or "hrs" is a TIME of its day.
 * Each rule with sentences near it where it must not fire. */
  /* a range or an alternative of counts: no one length */
  { "He said it would take [the next two to three months].", "2005-03-01", "DURATION", "PXM" },
  { "The work will take [12 to 18 months].", "2005-03-01", "DURATION", "PXM" },
  { "It could take [five or ten years] to recover.", "2005-03-01", "DURATION", "PXY" },
  { "The repairs took [5-10 years].", "2005-03-01", "DURATION", "PXY" },
  { "The fever lasted [one or two days].", "2005-03-01", "DURATION", "PXD" },
  /* near it: one count, a compound, a fraction, a range of other things */
  { "It will take [two months] to three years of work, he said.", "2005-03-01", "DURATION", "P2M" },
  { "They agreed a [five-year] plan.", "2005-03-01", "DURATION", "P5Y" },
  { "The building took [2 1/2 years].", "2005-03-01", "DURATION", "P2Y6M" },
  { "[Two] to three players were hurt.", "2005-03-01", NULL },
  { "Between two and three players were hurt in [the first two days].", "2005-03-01", "DURATION", "P2D" },
  { "He served [three years] or more.", "2005-03-01", "DURATION", "P3Y" },
  /* the times a thing is open or done, no span */
  { "Staff complained of long working [hours].", "2005-03-01", NULL },
  { "The bank is closed outside opening [hours].", "2005-03-01", NULL },
  { "Call the helpline during office [hours].", "2005-03-01", NULL },
  { "Mobile phones are banned during school [hours].", "2005-03-01", NULL },
  /* near it: a count of them, "hours" alone, a span after another word,
   * another unit after the word */
  { "In the opening [days] of the campaign, the party led.", "2005-03-01", "DURATION", "PXD" },
  { "The deal needs [ten working days] to clear.", "2005-03-01", "DURATION", "P10D" },
  { "Shares fell for [eight trading days] in a row.", "2005-03-01", "DURATION", "P8D" },
  { "Staff worked [48 hours] without a break.", "2005-03-01", "DURATION", "PT48H" },
  { "Passengers waited [hours] for the bus.", "2005-03-01", "DURATION", "PTXH" },
  { "Talks went on for [hours] at the office.", "2005-03-01", "DURATION", "PTXH" },
  { "The shop was open for [three hours] on Sunday.", "2005-03-01", "DURATION", "PT3H" },
  /* a 24-hour clock time with "local time" or "hrs": a time of its day */
  { "The blast happened at [2100 local time].", "2005-03-01", "TIME", "2005-03-01T21:00" },
  { "The attack began at [1400 hrs].", "2005-03-01", "TIME", "2005-03-01T14:00" },
  /* (a term's end told in the present is the coming one: cases-ahead16.h) */
  { "The curfew ends at [0600hrs on Friday].", "2005-03-01", "TIME", "2005-03-04T06:00" },
  { "The polls open at [0930 GMT].", "2005-03-01", "TIME", "2005-03-01T09:30Z" },
  /* near it: a bare number, a count of hours, local people, a price, a
   * number that is no time of day */
  { "They met at [2100].", "2005-03-01", NULL },
  { "The pilot logged [1200 hrs] of flying.", "2005-03-01", NULL },
  { "The engine has run for more than [2000 hrs].", "2005-03-01", NULL },
  { "The crew were awake for [1400 hrs].", "2005-03-01", NULL },
  { "In all, [2100] local people voted.", "2005-03-01", NULL },
  { "Analysts set [a 2100] price target.", "2005-03-01", NULL },
  { "The rally drew [2500 local] fans.", "2005-03-01", NULL },
  /* "a later date": some day to come (TimeBank+AQUAINT's one) */
  { "The council will name the new chair at [a later date].", "2005-03-01", "DATE", "FUTURE_REF" },
  { "Both sides agreed the row could be settled at [a later date].", "2005-03-01", "DATE", "FUTURE_REF" },
  /* near it: "an earlier date", "at some point", "the later date", a
   * date of a thing */
  { "The vote was moved to an earlier [date].", "2005-03-01", NULL },
  { "At some [point], it will become clear.", "2005-03-01", NULL },
  { "The later [date] suits the union better.", "2005-03-01", NULL },
  { "He wrote a later-[dated] cheque.", "2005-03-01", NULL },
  /* "one day" as some day: to come after a modal or a word of hope, or
   * in a clause of the future; gone by where it opens a past */
  { "He can go abroad [one day], his lawyer said.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "The club could [one day] become the biggest in Europe.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "She hopes to play at Wimbledon [one day].", "2005-03-01", "DATE", "FUTURE_REF" },
  { "[One day] I will go back to Lagos.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "Every young player dreams of being able to [one day] lead the side.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "Her aim is to [one day] run the firm.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "She can travel to Rome [one day] and meet the Pope.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "The minister hopes that [one day] the line can be extended.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "[One day], she walked into a record shop in Leeds.", "2005-03-01", "DATE", "PAST_REF" },
  { "[One day] he went to the market alone.", "2005-03-01", "DATE", "PAST_REF" },
  /* near it: a span after a preposition, a verb of lasting, a
   * determiner, a compound; a span reckoned from it; a day's possessive;
   * an ordinal day; a count of days before a noun */
  { "The ground was closed for [one day] after the storm.", "2005-03-01", "DURATION", "P1D" },
  { "The visit could take [one day].", "2005-03-01", "DURATION", "P1D" },
  { "The strike will last [one day], the union said.", "2005-03-01", "DURATION", "P1D" },
  { "He was banned for [one day], and could return on Friday.", "2005-03-01", "DURATION", "P1D" },
  { "[One day] later, he resigned.", "2005-03-01", "DURATION", "P1D" },
  { "Rain washed out [one day]'s play at Lord's.", "2005-03-01", "DURATION", "P1D" },
  { "Staff will hold a [one-day] strike.", "2005-03-01", "DURATION", "P1D" },
  { "He could take [one day] off each week.", "2005-03-01", "DURATION", "P1D" },
  { "The vote falls on the first [day] of the month.", "2005-03-01", NULL },
  { "[One day] internationals were cut from the tour.", "2005-03-01", "DURATION", "P1D" },
  { "Talks were held on [one day] in May.", "2005-03-01", "DURATION", "P1D" },
  { "He said that [one day] was enough.", "2005-03-01", "DURATION", "P1D" },
  { "Visits were cut to [one day] a week.", "2005-03-01", "DURATION", "P1D" },
  { "The odds fell to [one day] in five.", "2005-03-01", "DURATION", "P1D" },
  { "The trial was put back to [one day] later.", "2005-03-01", "DURATION", "P1D" },
  { "The strike could last [one day] and cost millions.", "2005-03-01", "DURATION", "P1D" },
  { "The final will be played over [one day].", "2005-03-01", "DURATION", "P1D" },
  { "The parts will arrive within [one day].", "2005-03-01", "DURATION", "P1D" },
  { "The paint will be dry after [one day].", "2005-03-01", "DURATION", "P1D" },
  { "We can build it in just [one day].", "2005-03-01", "DURATION", "P1D" },
  { "The course will be cut to [one day].", "2005-03-01", "DURATION", "P1D" },
  { "They would work [one day] and rest the next.", "2005-03-01", "DURATION", "P1D" },
  { "It may rain [one day], then shine another.", "2005-03-01", "DURATION", "P1D" },
  /* nor a modal far before, in another clause, with a past between */
  { "Prices will fall, given that the new chief had only been in the post [one day].", "2005-03-01", "DURATION", "P1D" },
  { "Investors fear the bank will struggle because its chief had worked there [one day].", "2005-03-01", "DURATION", "P1D" },
  /* a rate's SET with its count: TIMEX3's freq */
  { "She sings six nights [a week].", "2005-03-01", "SET", "P1W", NULL, "6X" },
  { "Take the pills three times [a day].", "2005-03-01", "SET", "P1D", NULL, "3X" },
  { "The board meets twice [a month].", "2005-03-01", "SET", "P1M", NULL, "2X" },
  { "Staff now work four days [a week].", "2005-03-01", "SET", "P1W", NULL, "4D" },
  { "Doctors worked 12 hours [a day].", "2005-03-01", "SET", "P1D", NULL, "12H" },
  /* near it: a rate of something else, a span, "every" */
  { "The firm earns $1m [a week].", "2005-03-01", "SET", "P1W", NULL, "" },
  /* No count in a word of 23, 24 or 25 bytes (24 once wrote past the
   * count's buffer: ASan in the sanitizer suite). */
  { "They meet 12345678901234567890123 nights [a week].", "2005-03-01", "SET", "P1W", NULL, "" },
  { "They meet 123456789012345678901234 nights [a week].", "2005-03-01", "SET", "P1W", NULL, "" },
  { "They meet 1234567890123456789012345 nights [a week].", "2005-03-01", "SET", "P1W", NULL, "" },
  { "The airline runs four flights [a week].", "2005-03-01", "SET", "P1W", NULL, "" },
  { "He left [a week] after the match.", "2005-03-01", "DURATION", "P1W", NULL, "" },
  { "The committee meets [every week].", "2005-03-01", "SET", "P1W", NULL, "" },
  { "Alerts go out six to 10 times [a year].", "2005-03-01", "SET", "P1Y", NULL, "" },
  { "It rains two or three times [a week].", "2005-03-01", "SET", "P1W", NULL, "" },
  /* review-dates13 defect 4: "one day" as the subject (a finite verb
   * right after it), an object before "to", or the object or complement
   * of a verb of kind `lasting` is a span, whatever word of hope is
   * before it; near them, some day to come stays */
  { "He wants [one day] to rest before the final.", "2005-03-01", "DURATION", "P1D" },
  { "Fans hope [one day] is enough to sell out.", "2005-03-01", "DURATION", "P1D" },
  { "I wish [one day] had been enough.", "2005-03-01", "DURATION", "P1D" },
  { "We could only play [one day].", "2005-03-01", "DURATION", "P1D" },
  { "It might be [one day or two].", "2005-03-01", "DURATION", "PXD" },
  { "Fans hope [one day] will be enough.", "2005-03-01", "DURATION", "P1D" },
  { "It will be [one day] before the result is known.", "2005-03-01", "DURATION", "P1D" },
  { "Fans hope [one day] the club will win the league.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "He hopes [one day] it can be done.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "Islam will [one day] be the largest religion.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "He can go abroad [one day] and see how it works.", "2005-03-01", "DATE", "FUTURE_REF" },
  /* review-dates13 defect 7: "a later date" only after "at" (or "to",
   * "until" of a thing put off, still to come); after "at" in a clause of
   * an event done it lies back; a later date compared is no time */
  { "The meeting was finally held at [a later date].", "2005-03-01", "DATE", "PAST_REF" },
  { "The manuscript bears a later [date] than the letter.", "2005-03-01", NULL },
  { "The letter carries a later [date].", "2005-03-01", NULL },
  { "The talks were postponed until [a later date].", "2005-03-01", "DATE", "FUTURE_REF" },
  { "It was agreed the issue can be tackled at [a later date].", "2005-03-01", "DATE", "FUTURE_REF" },
  { "It is not yet clear if the game will be played at [a later date].", "2005-03-01", "DATE", "FUTURE_REF" },
  /* review-dates13 defect 8: "in the [first] opening hours of" an event
   * or a time are its first hours, a span; a schedule's hours elsewhere,
   * even with "of" after, stay no time */
  { "In the opening [hours] of the war, the city fell.", "2005-03-01", "DURATION", "PTXH" },
  { "In the first trading [hours] of the year, shares rose.", "2005-03-01", "DURATION", "PTXH" },
  { "The opening [hours] of the library were cut.", "2005-03-01", NULL },
  { "During the opening [hours] of the museum, entry is free.", "2005-03-01", NULL },
  { "The bank is closed outside the opening [hours].", "2005-03-01", NULL },
  /* and a year after "in" before "local time" as a noun is no clock
   * time; after other words it is */
  { "In [1500 local time] was kept by church bells.", "2005-03-01", NULL },
  { "By [1900 local time] the polls had closed.", "2005-03-01", "TIME", "2005-03-01T19:00" },
  { "Since [2300 local time] the city has been quiet.", "2005-03-01", "TIME", "2005-03-01T23:00" },
  /* a count "or more" / "or fewer" before its unit: the count, with the
   * mod "at least" and "up to" give (a judge's class); near it, a range
   * of counts, "or more" after the unit, a count of another thing */
  { "Staff have not had a rise for [10 or more years].", "2005-03-01", "DURATION", "P10Y", "EQUAL_OR_MORE" },
  { "The trip takes [two or more weeks].", "2005-03-01", "DURATION", "P2W", "EQUAL_OR_MORE" },
  { "The job takes [two or fewer days].", "2005-03-01", "DURATION", "P2D", "EQUAL_OR_LESS" },
  { "It could take [two or three years].", "2005-03-01", "DURATION", "PXY", NULL },
  { "The scheme runs for [three years] or more.", "2005-03-01", "DURATION", "P3Y", NULL },
  { "The firm has 10 or more [staff].", "2005-03-01", NULL },
  /* a rate after a present passive of a counted plural ("tickets are
   * booked a day": how many a day, a judge's class); near it a past
   * passive of a delay, an uncounted plural, a singular, an active verb,
   * a span before an event */
  { "Nearly half a million tickets are booked [a day].", "2005-03-01", "SET", "P1D" },
  { "Some 2,000 patients are treated [a day].", "2005-03-01", "SET", "P1D" },
  { "Millions of emails are sent [a day].", "2005-03-01", "SET", "P1D" },
  { "Around 300 flights are cancelled [a week].", "2005-03-01", "SET", "P1W" },
  { "The two games were postponed [a day].", "2005-03-01", "DURATION", "P1D" },
  { "The talks are delayed [a day].", "2005-03-01", "DURATION", "P1D" },
  { "The bridge is closed [a day].", "2005-03-01", "DURATION", "P1D" },
  { "The fans waited [a day].", "2005-03-01", "DURATION", "P1D" },
  { "The 20 players are rested [a day] before the final.", "2005-03-01", "DURATION", "P1D" },
  /* "year on year" after its verb says each year, a SET (a judge's
   * class); before a noun it is an adjective, as "yearly" is, and "a
   * year" before it no span; "a year on the farm" still is one */
  { "Sales rose 5% [year on year].", "2005-03-01", "SET", "P1Y" },
  { "Costs have risen [year-on-year] in every region.", "2005-03-01", "SET", "P1Y" },
  { "[Year-on-year], we have grown.", "2005-03-01", "SET", "P1Y" },
  { "[Year-on-year] sales rose.", "2005-03-01", NULL },
  { "The firm gave [a year] on year comparison.", "2005-03-01", NULL },
  { "He stayed [a year] on the farm.", "2005-03-01", "DURATION", "P1Y" },
  { "[Year] after year, prices rose.", "2005-03-01", NULL },
