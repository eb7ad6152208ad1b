/* cases-spans17b.h: the seventeenth session's second-round span rows
 * (issue 24: a place cut out of a longer name), included in
 * test-entities-places.c's table.  All sentences written here. */

/* A listed place before a body's name that opens with a title's
 * modifier and ends in an organisation's head is that body's first
 * word: one ORG, as eng.train writes a state's university or police so. */
{ "She studied at Michigan State University in the 1990s.", "ORG:Michigan State University" },
{ "The Utah State Police said the road was shut.", "ORG:Utah State Police" },
{ "The Kerala High Court ruled on Monday.", "ORG:Kerala High Court" },
/* ... not a place before a title ("State Senator" is a person's role),
 * nor a place before a possessive, nor a place alone. */
{ "The Texas State Senator voted against it.", "GPE:Texas country=United States" },
{ "Ohio's governor said the budget was late.", "GPE:Ohio kb=iso3166-2:US-OH country=United States" },
