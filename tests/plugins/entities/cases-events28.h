/* cases-events28.h: rows of test-entities-works.c's table (included
 * inside it) for ent-works28 (issue 24): an award named for a period's
 * best, whole (awards.c, period_award()), and a named meeting before
 * "meeting" (occasion-nouns.tsv), with the runs near them that stay as
 * they were.  All sentences written here. */

/* The award whole, MISC: a broadcaster's name opening it, a capitalised
 * head after it, a person's name the tagger ran on into it. */
{ "He was named Radio Tarvo Sportsman of the Year on Sunday.", "MISC:Radio Tarvo Sportsman of the Year" },
{ "She won the Tarvo Novel of the Year Award last night.", "MISC:Tarvo Novel of the Year Award" },
{ "He was voted Halvex Player of the Month.", "MISC:Halvex Player of the Month" },
{ "Kelvor Businessman of the Year Anna Keller spoke.", "MISC:Kelvor Businessman of the Year | PERSON:Anna Keller" },
/* Not a period in lowercase, nor "of the" and a word of no period. */
{ "He was voted player of the year by fans.", "" },
{ "She read the Book of the Dead.", "MISC:Book of the Dead",
  "a title cut at 'of the' with no work's noun near (MISC:Book | LOC:Dead)" },
/* A meeting's name of two words or more, MISC; not a place by its head,
 * a body by its head, one word. */
{ "She won at the Kelvor Indoor meeting last week.", "MISC:Kelvor Indoor" },
{ "She ran at Halvex's Tarvo Velgan meeting on Friday.", "GPE:Halvex | MISC:Tarvo Velgan",
  "a town the lists do not know before a possessive (the tagger's LOC:Halvex)" },
{ "He spoke at the Tarvo Street meeting.", "LOC:Tarvo Street" },
{ "The Halvex Trust meeting was held on Monday.", "ORG:Halvex Trust" },
{ "She attended the Tarvo meeting.", "LOC:Tarvo" },
