/* cases-words30.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-words30 (issue 25): time words read as dates that
 * are not.  A holiday's word inside a capitalised name or title
 * (holiday-names.c), beside the same holiday standing as the day. */
  { "They sailed to the [Christmas] Island last week.", "2005-03-01", NULL },
  { "The choir sang 'Last [Christmas]' at the gala.", "2005-03-01", NULL },
  { "The theatre staged A [Christmas] Carol for the children.", "2005-03-01", NULL },
  { "The Westbury Gazette [Christmas] Appeal raised money for the hospital.", "2005-03-01", NULL },
  { "The children dressed as Father [Christmas] for the parade.", "2005-03-01", NULL },
  { "The band recorded Do They Know It's [Christmas] for charity.", "2005-03-01", NULL },
  { "The minister was knighted in the [New Year] Honours last week.", "2005-03-01", NULL },
  /* the day: lowercase words around it, a possessive of a name, a
   * sentence's first word, another calendar's word, an acronym */
  { "Shops were busy over [Christmas] in the town.", "2005-03-01", "DATE", "2004-12-25" },
  { "[Last Christmas] the shops were busy in the town.", "2005-03-01", "DATE", "2004-12-25" },
  { "Britain's [Christmas] sales fell by a tenth.", "2005-03-01", "DATE", "2004-12-25" },
  { "The Queen’s [Christmas] message was watched by millions.", "2005-03-01", "DATE", "2004-12-25" },
  { "The UK [Christmas] market was slow for retailers.", "2005-03-01", "DATE", "2004-12-25" },
  { "Flights were cancelled on [Christmas Day] in Paris.", "2005-03-01", "DATE", "2004-12-25" },
  { "They wished every guest a Happy [New Year] in the card.", "2005-03-01", "DATE", "2005-01-01" },
  /* a new clause after the holiday: a form of address or "I" */
  { "The work was finished by [Christmas] Mr Pellow said in a letter.", "2005-03-01", "DATE", "2004-12-25" },
  { "At [Easter] Dr Vane wrote to the parish about the roof.", "2005-03-01", "DATE", "2004-04-11" },
  { "The work was finished by [Christmas] I think, said the builder.", "2005-03-01", "DATE", "2004-12-25" },
  /* a prize's name: an award's noun before "of the year" (kind `award`),
   * beside the same nouns ranked within the year */
  { "The rower was voted athlete of [the year] by the panel.", "2005-03-01", NULL },
  { "The site won blog of [the year] at the ceremony.", "2005-03-01", NULL },
  { "He was honoured as the league's man of [the year] in Leeds.", "2005-03-01", NULL },
  { "Her favourite film of [the year] was a comedy.", "2005-03-01", "DATE", "2005" },
  { "It was the biggest game of [the year] for the club.", "2005-03-01", "DATE", "2005" },
