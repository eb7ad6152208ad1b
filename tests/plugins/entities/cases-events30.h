/* cases-events30.h: rows of test-entities-works.c's table (included
 * inside it) for ent-events30 (issue 24): an occasion named for a place
 * and its short form (occasions.c, mend_place_occasions()), an award
 * before its lowercase noun, an event's capitalised run before its noun
 * (find_occasion_runs()), a championship and the United Nations'
 * programmes by name (product-names.tsv, organisations.tsv), with the
 * runs near them that stay as they were.  All sentences written here. */

/* The place's short form of the document's occasion, MISC: before its
 * part, after its part's possessive, after a time's possessive. */
{ "The Ruritown Film Festival opened on Friday. Twenty films are up for Ruritown's top prize. The Ruritown jury met.",
  "MISC:Ruritown Film Festival | MISC:Ruritown | MISC:Ruritown" },
{ "The Ruritown Film Festival opened on Friday. This year's Ruritown was smaller.",
  "MISC:Ruritown Film Festival | MISC:Ruritown" },
/* Where it is held stays the place, as eng.train writes "at Wimbledon";
 * so does the place with no occasion of its name, or another noun. */
{ "The Ruritown Film Festival opened on Friday. The film was shown at Ruritown on Monday.",
  "MISC:Ruritown Film Festival | LOC:Ruritown" },
{ "Twenty films were shown in Ruritown. They are up for Ruritown's top prize.", "LOC:Ruritown | LOC:Ruritown" },
{ "The Ruritown Film Festival opened on Friday. The mayor of Ruritown was there.",
  "MISC:Ruritown Film Festival | LOC:Ruritown" },
/* An award before its lowercase noun, whatever stands before it; not a
 * person's name with a first name. */
{ "He has won his third Kelvor award.", "MISC:Kelvor" },
{ "She had three Tarvo nominations this year.", "MISC:Tarvo" },
{ "She won the Anna Keller award.", "PERSON:Anna Keller" },
/* An event's capitalised run before its noun, whole; not a body's by
 * its head, nor a place's. */
{ "He won the Halvex Duty Free event last week.", "MISC:Halvex Duty Free" },
/* A run no span touches after a name's possessive: found from that
 * name's end (find_occasion_runs() reads from the spans' ends). */
{ "She won Tarvo Bank's Winter Challenge event last week.", "ORG:Tarvo Bank | MISC:Winter Challenge" },
{ "The Kelvor Trust event was cancelled.", "ORG:Kelvor Trust" },
{ "He played at the Tarvo Street event.", "LOC:Tarvo Street" },
/* A championship no body's nor anyone's. */
{ "The Six Nations starts next week.", "MISC:Six Nations" },
{ "He was picked for his first Six Nations match.", "MISC:Six Nations" },
/* The United Nations' programmes are bodies, by their names and their
 * acronyms; a programme no list names stays a scheme's. */
{ "The United Nations Environment Programme said so.", "ORG:United Nations Environment Programme" },
{ "The UN Development Programme said so.", "ORG:UN Development Programme" },
{ "The Velmar Recovery Programme was launched.", "MISC:Velmar Recovery Programme" },
