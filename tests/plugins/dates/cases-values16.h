/* cases-values16.h: rows of test-dates.c's table (included inside its
 * cases[]) for the sixteenth session's missed and spurious classes (issue
 * 25).  Each rule with sentences near it where it must not fire. */
  /* "current" before a word of accounting (context-words.tsv's kind
   * `accounting`): the accounting term, no time */
  { "Its [current] assets rose to $5m, the bank reported.", "2005-03-01", NULL },
  { "[Current] spending on hospitals will rise, ministers announced.", "2005-03-01", NULL },
  { "The [current] account deficit widened sharply in the autumn.", "2005-03-01", NULL },
  { "Rates on [current] accounts were cut again.", "2005-03-01", NULL },
  /* near it: "current" before other nouns, a unit after the noun, a
   * noun after "current" that is no accounting term */
  { "The [current] government spends too much, according to critics.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The [current] budget year ends in April, officials explained.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Its [current] chairman will retire, the company announced.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Spending is [currently] high, the minister said.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* "at the last minute", "until the last minute": the idiom of
   * lateness (kind `brink`), no span of a minute */
  { "The deal was agreed at [the last minute] by both sides.", "2005-03-01", NULL },
  { "She pulled out of the concert at [the last minute] on Friday.", "2005-03-01", NULL },
  { "He waited until [the last minute] before deciding.", "2005-03-01", NULL },
  /* the last minute of a match, after "in" or "at": the moment of an
   * event, no span either (dates-events26, after BBC judges) */
  { "He scored in [the last minute] of the game.", "2005-03-01", NULL },
  { "She scored at [the last minute] of the first half.", "2005-03-01", NULL },
  { "The doors closed at [the last minute] of trading.", "2005-03-01", NULL },
  /* near it: a count of minutes, "by" */
  { "He ran for [ten minutes] until the last bus came.", "2005-03-01", "DURATION", "PT10M" },
  /* "of the year" after a noun of kind `award`: the prize's name, no date */
  { "He was named player of [the year] on Monday by his fellow professionals.", "2005-03-01", NULL },
  { "Her song won record of [the year] and two other prizes.", "2005-03-01", NULL },
  { "Jauzion, France's player of [the year] in 2004, stayed at home.", "2005-03-01", NULL },
  { "The house won the prize for publisher of [the year] again.", "2005-03-01", NULL },
  /* near it: a determiner or a superlative before the noun, a noun of
   * no award, the year of a day */
  { "It was the hottest day of [the year] in London.", "2005-03-01", "DATE", "2005" },
  { "He was the best player of [the year], according to the manager.", "2005-03-01", "DATE", "2005" },
  { "The film of [the year] was a comedy, critics agreed.", "2005-03-01", "DATE", "2005" },
  { "Her biggest album of [the year] sold poorly in Europe.", "2005-03-01", "DATE", "2005" },
  { "The players returned at [the end of the year] for training.", "2005-03-01", "DATE", "2005", "END" },
  /* a count and a capitalised unit before a capitalised word: a title's
   * words, no span */
  { "She starred in [48 Hour] River Crossing, a film about a ferry.", "2005-03-01", NULL },
  { "The band played [48 Hour] Music Marathon shows across the country.", "2005-03-01", NULL },
  /* near it: lowercase units, a capitalised unit before a lowercase
   * word or a full stop */
  { "The shop is open [24 hours] a day in the winter.", "2005-03-01", "DURATION", "PT24H" },
  { "The rain fell for [24 Hours]. Then it stopped.", "2005-03-01", "DURATION", "PT24H" },
  { "Workers staged a [24-hour] strike on Monday in Paris.", "2005-03-01", "DURATION", "PT24H" },
  { "Sales rose in December. It won album of [the year].", "2005-03-01", NULL },
  { "In 1985 it won song of [the year].", "2005-03-01", NULL },
  /* an ambiguous month after "the" or a possessive dates a noun of kind
   * `event` after it ("its March deadline"), as after "a" */
  { "The government missed its [March] deadline for the report.", "2005-03-01", "DATE", "2005-03" },
  { "Labour set out its [May] election plans on the radio.", "2005-03-01", "DATE", "2005-05" },
  /* near it: a march, a name's possessive, a shift before the month */
  { "Thousands joined the [March] through the city centre.", "2005-03-01", NULL },
  { "Her [May] tenants moved out of the flat.", "2005-03-01", NULL },
  { "Sales will rise [this May], the firm predicted.", "2005-03-01", "DATE", "2005-05" },
  /* a lowercase season before a noun of kind `event` ("a summer tour") */
  { "The party is planning a [spring] election, sources say.", "2005-03-01", "DATE", "2005-SP" },
  { "The band will start a [summer] tour of Europe.", "2005-03-01", "DATE", "2005-SU" },
  /* near it: a season before another noun, opening a sentence */
  { "He drank [spring] water at the camp.", "2005-03-01", NULL },
  { "Farmers planted [winter] wheat across Kansas.", "2005-03-01", NULL },
  { "[Summer] tours are popular with bands.", "2005-03-01", NULL },
  /* "the coming week's" is the week, "the coming week" alone the span */
  { "[The coming week]'s talks will decide the matter, officials said.", "2005-03-01", "DATE", "2005-W10" },
  { "Talks resume in [the coming week], officials said.", "2005-03-01", "DURATION", "P1W" },
  { "[The past week]'s rally lifted shares.", "2005-03-01", "DURATION", "P1W" },
  /* "this moment" is the present, as TimeBank+AQUAINT tag "this crucial
   * moment"; "a moment" is not ("at the moment" is, dates-values17) */
  { "We are in a wonderful position at [this moment] in time.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "At [the moment] the talks are stalled.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "He paused for [a moment] and then left.", "2005-03-01", NULL },
  /* "the fiscal year" alone is left (TimeBank+AQUAINT: a DATE once, a
   * DURATION twice); ended on a day it is the span */
  { "It expects lower earnings for [the fiscal year].", "2005-03-01", NULL },
  { "Sales in [the fiscal year] ended Jan. 31 rose 5%.", "2005-03-01", "DURATION", "P1Y" },
  { "The fiscal year [2004] was hard for the firm.", "2005-03-01", "DATE", "2004" },
  /* the month with its year after "the" ("the August 1988 ceasefire") */
  { "It followed the [August 1988] ceasefire in the Gulf.", "2005-03-01", "DATE", "1988-08" },
  { "It followed an [August 1988] ceasefire in the Gulf.", "2005-03-01", "DATE", "1988-08" },
  /* a financial or sports year written as two calendar years: one span,
   * the first year's value, both in its range */
  { "Growth was 7.1% in [2005-6], up from 6.7%.", "2005-03-01", "DATE", "2005" },
  { "The economy would grow by 2% in [2006/07], he said.", "2005-03-01", "DATE", "2006" },
  { "Borrowing figures for [2003/4] are £35bn.", "2005-03-01", "DATE", "2003" },
  /* near it: a hyphen and two digits, a date in slashes, a next number
   * that is no next year, a count */
  /* a hyphen and two digits one year on: one financial year (dates-vague22) */
  { "Beans exported during [2003-04] rose.", "2005-03-01", "DATE", "2003" },
  { "The form dated [2005/06/01] was lost.", "2005-03-01", "DATE", "2005-06-01" },
  { "Prices in [2005]-7 rose.", "2005-03-01", "DATE", "2005" },
  { "The budget for [2007]-13 was agreed.", "2005-03-01", "DATE", "2007" },
  /* mend-dates16: a headline capitalises every word, so a capitalised
   * unit there is no title's; a plural unit is a span */
  { "Ferry Stuck For [6 Hours] In Fog", "2005-03-01", "DURATION", "PT6H" },
  { "Talks Resume After [3 Weeks] Of Deadlock", "2005-03-01", "DURATION", "P3W" },
  { "Rain For [48 Hours] Floods Town", "2005-03-01", "DURATION", "PT48H" },
  { "Workers Stage [24 Hour] Strike Over Pay", "2005-03-01", "DURATION", "PT24H" },
  { "The storm raged for [40 Days] Without a break, he wrote.", "2005-03-01", "DURATION", "P40D" },
  /* mend-dates16: a year written as two only where years are spoken of
   * (a range of years' places); a score, pages, a ratio are no year */
  { "Chelsea won [2005]-6 in the shoot-out.", "2005-03-01", NULL },
  { "See pages [2003]-4 of the report.", "2005-03-01", NULL },
  { "The ratio was [2003]/4 in favour.", "2005-03-01", NULL },
  { "A [2003]/4 split of the vote was expected.", "2005-03-01", NULL },
  { "Spending in [the financial year 2004/5] rose.", "2005-03-01", "DATE", "2004" },
  { "The season [2004/05] ended in May.", "2005-03-01", "DATE", "2004" },
  { "The club's [2005/06] accounts show a loss.", "2005-03-01", "DATE", "2005" },
  { "The unbeaten [1924-5] All Black tourists were famous.", "2005-03-01", "DATE", "1924" },
  /* mend-dates16: "this moment" is the present only after "at" */
  { "At [this moment], nobody knows the cost.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "[This moment] of crisis calls for calm, he said.", "2005-03-01", NULL },
  { "He captured [this moment] in a photograph.", "2005-03-01", NULL },
  { "From [this moment] on, he was a star.", "2005-03-01", NULL },
  { "Up to [this moment], he had said nothing.", "2005-03-01", NULL },
  /* mend-dates16: an accounting noun before a thing held at a time is
   * the one now under way */
  { "The [current] spending review is the toughest in years.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The [current] spending round runs to 2008.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "[Current] liabilities rose to two billion pounds.", "2005-03-01", NULL },
  /* mend-dates16: an ordinal, a word of kind ranking, a superlative
   * in a compound rank a thing within the year, no prize */
  { "He became the third manager of [the year] to be sacked.", "2005-03-01", "DATE", "2005" },
  { "It is her second album of [the year], and the best.", "2005-03-01", "DATE", "2005" },
  { "He was the first player of [the year] to score twice.", "2005-03-01", "DATE", "2005" },
  { "The biggest-selling album of [the year] was a debut.", "2005-03-01", "DATE", "2005" },
  { "His only book of [the year] was a thriller.", "2005-03-01", "DATE", "2005" },
  { "It was the band's last album of [the year], he said.", "2005-03-01", "DATE", "2005" },
  { "She is the top-selling artist of [the year] so far.", "2005-03-01", "DATE", "2005" },
  { "Grammys for song of [the year] and record of the year went to him.", "2005-03-01", NULL },
  { "Rooney was named young player of [the year] on Sunday.", "2005-03-01", NULL },
  { "She was honoured as coach of [the year] by the league.", "2005-03-01", NULL },
  { "He was the PFA player of [the year] in 2003.", "2005-03-01", NULL },
  /* mend-dates16: a month or season before the noun it dates, the noun
   * phrase the subject: the verb after the noun tells the year */
  { "The [March] budget raised taxes on fuel.", "2005-01-02", "DATE", "2004-03" },
  { "The [March] budget raised taxes on fuel.", "2005-12-28", "DATE", "2005-03" },
  { "The [May] elections will be close.", "2005-01-02", "DATE", "2005-05" },
  { "England's [summer] tour starts in May.", "2005-12-28", "DATE", "2006-SU" },
  /* near it: a verb of the clause before the month is the event's; a
   * relative clause's verb is not the clause's */
  { "He predicted in his [March] budget that growth would pick up.", "2005-05-15", "DATE", "2005-03" },
  { "The [March] budget will raise taxes on fuel.", "2005-05-15", "DATE", "2006-03" },
  { "Her [May] wedding was in the papers.", "2005-06-15", "DATE", "2005-05" },
