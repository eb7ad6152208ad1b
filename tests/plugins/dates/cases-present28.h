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
