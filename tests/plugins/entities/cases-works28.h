/* cases-works28.h: rows of test-entities-works.c's table (included
 * inside it) for ent-works28 (issue 24): a title with lowercase joiners
 * before its kind's noun, in the plural too, whole (works-joined.c),
 * and the runs near it that stay names of their own.  All sentences
 * written here. */

/* Whole, a street's head after "on", a plural noun, a possessive or a
 * sentence's "The" before it, a modified noun ("series"). */
{ "He loved the Terror on Maple Lane films as a boy.", "MISC:Terror on Maple Lane" },
{ "The studio's Terror on Maple Lane films were a hit.", "MISC:Terror on Maple Lane" },
{ "The Lord of the Rings trilogy was long.", "MISC:Lord of the Rings" },
{ "She read the Lady of the Lake books as a child.", "MISC:Lady of the Lake" },
{ "He saw the Merchant of Venice films.", "MISC:Merchant of Venice" },
/* Apart: a person's name and a place the lists know, two names joined
 * by "and", a body's head, a person's full name before "of". */
{ "He saw the Kerrigan of Leeds films.", "PERSON:Kerrigan | GPE:Leeds",
  "the tagger's one ORG over a person and a place (ORG:Kerrigan of Leeds), no title's now" },
{ "He saw the Tarvo and Halvex films.", "ORG:Tarvo | ORG:Halvex" },
{ "He saw the University of Kent films.", "ORG:University of Kent" },
{ "She read the Anna Keller of Kelvor books.", "PERSON:Anna Keller | LOC:Kelvor" },
/* A place after "at" follows a title. */
{ "He watched the Hamlet at the Old Vic production.", "MISC:Hamlet | LOC:Old Vic",
  "a run before a noun stops at no place phrase (MISC:Old Vic alone)" },
/* A capitalised "Vs" between two capitalised runs in a document that
 * speaks of works: a title (versus_title_at()); not a lowercase "vs"
 * of a fixture, not a side the lists claim, not where no work is
 * spoken of. */
{ "The film was a hit. The most recent, Goblin Vs Wizard, was released in 2003.", "MISC:Goblin Vs Wizard" },
{ "The most recent, Goblin Vs Wizard, was released in 2003.", "MISC:Goblin Vs Wizard",
  "a document that names no kind of work in lowercase (the tagger's PERSON)" },
{ "The film was a hit. Tarvo vs Halvex ended 2-1.", "ORG:Tarvo | ORG:Halvex",
  "a fixture's first side in lowercase 'vs' (the tagger leaves Tarvo)" },
{ "The film was a hit. England Vs France was dull.", "GPE:England | GPE:France" },
{ "The song is a hit. It is a song by Moth Vs Comet.", "ORG:Moth Vs Comet" },
