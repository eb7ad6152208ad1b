/* cases-present28.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-present28 (issue 25): the present in general, a
 * sentence opened after a quotation closed without its full stop, the
 * century's parts, stretches of years with their article. */
  /* a double quote closing on a word, then a capital: a new sentence,
   * not a name ("Currently" is the present, as in lower case) */
  { "\"We train the nurses of Marlow\" [Currently] the scheme runs in four towns.", "2005-03-01", "DATE",
    "PRESENT_REF" },
  { "Gwen Arlott said the plan was \"dead\" [Currently] the town has no bus.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* the opening quote of a title stays a name's ("the \"Today\" show") */
  { "She told the \"Today\" programme she would stand.", "2005-03-01", NULL },
  /* a part of the century, as of the decade: the reference's, with its
   * mod; "the century" alone is left out */
  { "Sea levels may rise a metre by [the middle of the century].", "2005-03-01", "DATE", "20", "MID" },
  { "The mill will close before [the end of the century].", "2005-03-01", "DATE", "20", "END" },
  { "Brenna Voss was named the singer of the century.", "2005-03-01", NULL },
  /* "over the years": the stretch with its article */
  { "The village has grown a lot over [the years].", "2005-03-01", "DURATION", "PXY" },
  { "Fashions changed down [the decades].", "2005-03-01", "DURATION", "PXY" },
  { "In the [years] since, the village has grown.", "2005-03-01", "DURATION", "PXY" },
  /* "today" closing its clause after a field or a place, in a sentence
   * of the present simple: the present in general; the day's where the
   * sentence tells an act (past, progressive, fixture) or a name or an
   * event noun stands before it */
  { "There is far too much shouting on radio [today].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "She is one of the finest voices in British jazz [today].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "There was far too much shouting on radio [today].", "2005-03-01", "DATE", "2005-03-01" },
  { "What we are hearing on radio [today] is noise.", "2005-03-01", "DATE", "2005-03-01" },
  { "Her appeal begins in earnest [today].", "2005-03-01", "DATE", "2005-03-01" },
  { "Ona Petrak is in Lisbon [today].", "2005-03-01", "DATE", "2005-03-01" },
  { "Ona Petrak speaks at the hearing [today].", "2005-03-01", "DATE", "2005-03-01" },
  /* a determiner between the preposition and "today" picks out a thing
   * or place of the day's news, in the present as much as the past */
  { "Shares in Tarmin Foods are down on the market [today].", "2005-03-01", "DATE", "2005-03-01" },
  { "The krona is weaker against the euro [today].", "2005-03-01", "DATE", "2005-03-01" },
  { "There is snow on the hills [today].", "2005-03-01", "DATE", "2005-03-01" },
  /* a verb of a thing lasting on, in a restrictive relative clause of
   * no event: the present in general */
  { "Fell walking is a custom which continues [today].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "It is a rule that still applies [today].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The strike, which continues [today], hurts the port.", "2005-03-01", "DATE", "2005-03-01" },
  { "The hearing continues [today].", "2005-03-01", "DATE", "2005-03-01" },
