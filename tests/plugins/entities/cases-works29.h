/* cases-works29.h: rows of test-entities-works.c's table (included
 * inside it) for ent-works29 (issue 24): a song's title after a
 * possessive determiner and "single" (works.c, work_noun_here()), a
 * blog's or a podcast's name after its noun (cues.tsv work-noun), and
 * the near misses that stay apart.  All sentences written here. */

/* A determiner's single, a title opened by a capitalised "A" or "The"
 * with its capitalised joiners; a name's possessive too. */
{ "Her single A Song For Tomorrow reached number two.", "MISC:A Song For Tomorrow" },
{ "Her single Moon Over Kelvor was a hit.", "MISC:Moon Over Kelvor" },
{ "Their single The Long Road Home sold well.", "MISC:The Long Road Home" },
/* Apart: the adjective before a nationality, a lowercase word after
 * "single", a listed place's possessive before a nationality. */
{ "Their single European currency plan failed.", "NORP:European" },
{ "Her single biggest hit came in May.", "" },
{ "Britain's single European currency was debated.", "GPE:Britain | NORP:European" },
/* A blog's and a podcast's name, whole; a website's is a firm's. */
{ "She writes the blog Owls of Kelvor Street.", "MISC:Owls of Kelvor Street" },
{ "He started a podcast called The Morning Tide.", "MISC:The Morning Tide" },
{ "The blog Tarvo Daily Grind has many readers.", "MISC:Tarvo Daily Grind" },
{ "He runs the website Tarvo Daily.", "ORG:Tarvo Daily" },
/* A person after a blog's noun who writes in it. */
{ "On the blog Tom Kelvin wrote that he was sorry.", "PERSON:Tom Kelvin" },
/* A tournament's name closed by a capitalised "Classic" (cues.tsv
 * event-head), as "Open" and "Grand Prix" are; a title opened by it
 * stays the title. */
{ "He won the Tarvo Classic in May.", "MISC:Tarvo Classic" },
{ "She won the Kelvor Open last week.", "MISC:Kelvor Open" },
{ "The album Classic Tarvo Hits sold well.", "MISC:Classic Tarvo Hits" },
