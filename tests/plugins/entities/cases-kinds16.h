/* cases-kinds16.h: the sixteenth session's rows for the right kind of
 * thing (issue 24): towns, clubs, products, firms.  Included in
 * test-entities-places.c's table.  All sentences written here; each
 * rule with sentences next to it where it must not fire. */

/* A town GeoNames knows, after "the" and before a kind of person or an
 * event's head, is the town (rules-towns.c). */
{ "The Banbridge runner led from the gun.", "GPE:Banbridge kb=geonames:2656407 country=United Kingdom" },
{ "The Newry summit ended without a deal.", "GPE:Newry kb=geonames:2641581 country=United Kingdom" },
/* ... not before a thing, a body, a role or a club's player. */
{ "The Banbridge road will close next week.", "LOC:Banbridge" },
{ "The Omagh council met on Tuesday.", "ORG:Omagh" },
{ "The Newry mayor opened the library.", "ORG:Newry" },
{ "Leicester 2-2 Sale. The Leicester man was named man of the match.", "ORG:Leicester | ORG:Sale | ORG:Leicester" },
{ "Leicester 2-2 Sale. The Sale wing said the team was unlucky.", "ORG:Leicester | ORG:Sale | ORG:Sale" },
/* A town's possessive before a person's name is the town, the person a
 * person; not what the town has, nor in a report of teams. */
{ "Omagh's Ciara Gallagher was third in the women's race.",
  "GPE:Omagh kb=geonames:2640967 country=United Kingdom | PERSON:Ciara Gallagher" },
{ "Newry's Sean Patrick Doyle was fourth in the final.",
  "GPE:Newry kb=geonames:2641581 country=United Kingdom | PERSON:Sean Patrick Doyle" },
{ "Residents of Omagh's town centre have complained.", "LOC:Omagh" },
{ "Leicester 2-2 Sale. Bath's Paul Kerr watched from the stands.",
  "ORG:Leicester | ORG:Sale | ORG:Bath | PERSON:Paul Kerr" },
{ "Newry's mayor Peter Byrne opened the library.", "PERSON:Peter Byrne role=mayor" },
/* ... nor a contest's winner, a district of two English words, the
 * end of a longer name or a listed club's possessive. */
{ "But the Venice winner faces stiff competition.", "LOC:Venice" },
{ "She helped launch the West End show.", "LOC:West End" },
{ "Sales will double, said Ernst and Young's Tom Baker.", "PERSON:Ernst | ORG:Young | PERSON:Tom Baker" },
{ "The squad includes Everton's Tim Cahill and Wayne Lowe.",
  "ORG:Everton | PERSON:Tim Cahill | PERSON:Wayne Lowe" },

/* A role's "of X, which" and a verb that is no copula: what the clause
 * says X does is a firm's (rules-context.c's firm_by_clause()). */
{ "Ian Holt, director of Brevik, which tracks the market, agreed.", "PERSON:Ian Holt role=director | ORG:Brevik" },
/* ... not "which is" (a village, a film: what follows says), nor a
 * place the lists know. */
{ "John Smith, director of Brevik, which is a small village, spoke.",
  "PERSON:John Smith role=director | LOC:Brevik" },
{ "Mary Jones, director of Gloucester, which she runs as a charity, wept.",
  "PERSON:Mary Jones role=director | GPE:Gloucester kb=geonames:2648404 country=United Kingdom" },
/* Analysts with a name, and a plural speaker's word right before one:
 * the firm they work for. */
{ "Analysts with Telvar expect more growth.", "ORG:Telvar" },
{ "Figures from analysts Corvina show the trend.", "ORG:Corvina" },
/* ... not a person of two words, nor a place. */
{ "Economists Paul Haber and Jane Ross disagreed.", "PERSON:Paul Haber | PERSON:Jane Ross" },
{ "Analysts with the bank in Frankfurt expect a cut.", "GPE:Frankfurt country=Germany" },
