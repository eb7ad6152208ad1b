/* cases-read30.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-read30 (issue 25): a weekday in a newspaper's name
 * (paper-names.c, kind `dayname` of context-words.tsv), "it is early
 * days" (idioms.tsv), a part of the day with "early", "late" or "mid"
 * and no day (patterns.tsv, kind tonight), each beside a near sentence whose time word is a time. */
  { "A book by [Sunday] Telegraph writer Ann Roe says so.", "2005-03-01", NULL },
  { "The Daily and [Sunday] Mirror papers are cutting 40 posts.", "2005-03-01", NULL },
  { "He told the Mail on [Sunday] that he would stand down.", "2005-03-01", NULL },
  { "A poll for the Independent on [Sunday]'s front page found support.", "2005-03-01", NULL },
  /* a third capitalised word, "on" before the weekday, a pair not
   * listed, or a name in lowercase: a day */
  { "On [Sunday] Post Office staff in Leeds went on strike.", "2005-03-01", "DATE", "2005-02-27" },
  { "He said on [Sunday] Telegraph readers were angry.", "2005-03-01", "DATE", "2005-02-27" },
  { "Ireland beat Wales on [Sunday] in Dublin.", "2005-03-01", "DATE", "2005-02-27" },
  { "The mail on [Sunday] was late again.", "2005-03-01", "DATE", "2005-02-27" },
  { "It is still very early [days] for the scheme, she said.", "2005-03-01", NULL },
  { "It's early [days] yet, the coach said.", "2005-03-01", NULL },
  { "In the early [days] of radio, sets were dear.", "2005-03-01", "DURATION", "PXD" },
  { "The rescue took [days] of work by the crews.", "2005-03-01", "DURATION", "PXD" },
  /* a part of the day after a preposition of time: the reference day's */
  { "The shares were up 3% by [late morning] in Paris.", "2005-03-01", "TIME", "2005-03-01TMO", "END" },
  { "In [early afternoon] trade the index fell.", "2005-03-01", "TIME", "2005-03-01TAF", "START" },
  { "The vote did not end until [the early evening].", "2005-03-01", "TIME", "2005-03-01TEV", "START" },
  { "Prices had eased by [mid-morning], dealers said.", "2005-03-01", "TIME", "2005-03-01TMO", "MID" },
  /* before a day, before a noun of any day, or with no preposition */
  { "Prices had eased by late morning on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "Prices had eased by late morning in Tokyo on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "She hosts an early morning radio show.", "2005-03-01", NULL },
  { "Ads shown during early evening cartoons were cut.", "2005-03-01", NULL },
  { "Late morning light filled the room.", "2005-03-01", NULL },
