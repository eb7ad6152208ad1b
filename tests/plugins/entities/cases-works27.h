/* cases-works27.h: rows of test-entities-works.c's table (included
 * inside it) for ent-works27 (issue 24): a side of a match after
 * "game" or "classic" and a word before them is no work's title
 * (works-matches.c), as it was before ent-works26 read those nouns.
 * All sentences written here. */

/* "against" or "v" after the name: anywhere. */
{ "The cup classic Tarvo against Halvex was tense.", "ORG:Tarvo | ORG:Halvex" },
{ "The cup game Tarvo v Halvex ended 1-1.", "ORG:Tarvo | ORG:Halvex" },
/* A result in bare numbers: a name, a number, a name, a number; a
 * sequel's number alone stays the title's. */
{ "The cup game Tarvo 2 Halvex 1 was tense.", "ORG:Tarvo | ORG:Halvex" },
{ "The racing game Tarmac Kings 2 sold well.", "MISC:Tarmac Kings 2" },
/* A game's verb or a past verb after it, or a place's name, in a sport
 * report (a score). */
{ "In the crucial game Tarvo won 2-0.", "ORG:Tarvo" },
{ "Tarvo won 3-1. The last game Tarn Ovel played was dull.", "ORG:Tarvo | PERSON:Tarn Ovel" },
{ "The famous classic Tarvo Park derby ended 1-1.", "LOC:Tarvo Park" },
/* Elsewhere a work's title before the same verbs keeps its label: a
 * series' award, a game's sales. */
{ "Cosmetic surgery series Nip Tuck beat Silver Harbour to the prize.", "MISC:Nip Tuck | LOC:Silver Harbour" },
{ "The puzzle game Glimmerbox won an award.", "MISC:Glimmerbox" },
{ "The puzzle game Glimmerbox sold well, as the arcade classic Zap-Man played on.", "MISC:Glimmerbox | MISC:Zap-Man" },
