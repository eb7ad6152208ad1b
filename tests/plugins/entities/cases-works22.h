/* cases-works22.h: rows of test-entities-works.c's table (included
 * inside it) for works-before.c: a title right before its kind's noun,
 * MISC, and the names there that stay what they are.  All sentences
 * written here. */

{ "He watched the Silver Kettle sequel on the train.", "MISC:Silver Kettle" },
/* A hero's name before a set of works: the whole name, not his surname. */
{ "He loved the Kit Marlow films.", "MISC:Kit Marlow" },
/* A maker's name before one work stays the person's. */
{ "It was the Mike Brennan film, he said.", "PERSON:Mike Brennan" },
/* Not a noun that modifies another ("film festival"), a people, an
 * acronym, or a decade. */
{ "The British film industry grew.", "NORP:British" },
{ "He liked the 1960s film.", "" },
/* ent-works23: a plural after a name with no "the" is the maker's; an
 * adjective of origin, a place of two words, a platform after "on"
 * stay apart from the title. */
{ "He met the co-chairmen of Harbour Lamp films.", "PERSON:Harbour Lamp" },
{ "They bought the European version of the game.", "NORP:European" },
{ "She starred in a West End musical last year.", "LOC:West End" },
{ "Fans of the franchises such as Moon and Kettle on PS2 were happy.", "MISC:Moon | MISC:Kettle | MISC:PS2" },
