/* cases-vague18.h: rows of test-dates.c's table (included inside its
 * cases[]) for the eighteenth session's vague expressions (issue 25).
 * Each rule with sentences near it where it must not fire. */
  /* "present" and "the present time" after "at" are the present, the
   * span without the preposition, as "at the moment"'s */
  { "At [present] the mill has no buyer.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "No date is set at [the present time].", "2005-03-01", "DATE", "PRESENT_REF" },
  /* near it: "present" and "the present time" without "at" */
  { "She will present the report to the board.", "2005-03-01", NULL },
  { "The present time is one of change.", "2005-03-01", NULL },
  { "He gave her a present.", "2005-03-01", NULL },
  /* "centuries", the unit's irregular plural, counted or not */
  { "The abbey has stood for [centuries].", "2005-03-01", "DURATION", "PXY" },
  { "The abbey stood for [two centuries].", "2005-03-01", "DURATION", "P200Y" },
  { "The abbey stood for [a century].", "2005-03-01", "DURATION", "P100Y" },
  /* near it: an age, as "years old" is */
  { "The walls are centuries old.", "2005-03-01", NULL },
  /* an idiom's "one's", before the time word and after it: any
   * possessive, or a word in 's */
  { "The keeper saved them in the club's hour of need.", "2005-03-01", NULL },
  { "The keeper saved them in their hour of need.", "2005-03-01", NULL },
  { "The news made Ann's day.", "2005-03-01", NULL },
  /* idioms with a time word (idioms.tsv's judged rows): "a thing of the
   * past", keyed by a ref's last word; "name the day"; a period of a
   * life */
  { "Paper tickets are a thing of the past.", "2005-03-01", NULL },
  { "Such queues became things of the past.", "2005-03-01", NULL },
  { "The minister has yet to name the day.", "2005-03-01", NULL },
  { "She spent her retirement years by the sea.", "2005-03-01", NULL },
  /* each form of the judged rows, and "one's" as a word in 's
   * (mend-dates18: only the first form of each was tested) */
  { "In his twilight years he wrote poems.", "2005-03-01", NULL },
  { "In Orla's declining years the farm failed.", "2005-03-01", NULL },
  { "The couple named the day for their wedding.", "2005-03-01", NULL },
  /* near them: the past itself, a day named, years counted, a day
   * counted from today */
  { "In [the past] the firm sold paper tickets.", "2005-03-01", "DATE", "PAST_REF" },
  { "Of all things, [the past] matters most to him.", "2005-03-01", "DATE", "PAST_REF" },
  { "She saved for her retirement for [ten years].", "2005-03-01", "DURATION", "P10Y" },
  { "They fly home [the day after tomorrow].", "2005-03-01", "DATE", "2005-03-03" },
  /* near them: the idiom's words apart, in another order */
  { "Things were better in [the past].", "2005-03-01", "DATE", "PAST_REF" },
  { "She spent [ten years] in retirement.", "2005-03-01", "DURATION", "P10Y" },
  { "The [years] of her retirement were calm.", "2005-03-01", "DURATION", "PXY" },
