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
  { "The curfew ends at [0600hrs on Friday].", "2005-03-01", "TIME", "2005-02-25T06:00" },
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
