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
