/* cases-clubs24.h: rows of test-entities-sport.c's table (included
 * inside it) for ent-clubs24 (issue 24): a town after a player's move
 * is the club, a player after his position is a person whatever the
 * tagger read, and a number alone is no name.  All names invented
 * here; the towns are real ones clubs.tsv does not list. */

  /* A move's words before the town (match-words.tsv: "loan from",
   * "recalled by"), "on ... loan" or "have signed" after it: the club,
   * and its other mentions in the document too. */
  { "Leeds won 2-1. Jo Lee is on loan from Harrogate and can be recalled by Harrogate.",
    "ORG:Leeds | PERSON:Jo Lee | ORG:Harrogate | ORG:Harrogate" },
  { "Leeds won 2-1. Tom Hale will join Ripon on a month's loan. Ripon sit fifth.",
    "ORG:Leeds | PERSON:Tom Hale | ORG:Ripon | ORG:Ripon" },
  { "Leeds won 2-1. Ann Bell heads for Keswick on loan.", "ORG:Leeds | PERSON:Ann Bell | ORG:Keswick" },
  { "Leeds won 2-1. Both Keswick and Harrogate have signed Ed Fry.",
    "ORG:Leeds | ORG:Keswick | ORG:Harrogate | PERSON:Ed Fry" },
  { "Leeds won 2-1. The striker was signed from Harrogate.", "ORG:Leeds | ORG:Harrogate" },
  /* No move's words, a place's preposition, or no sport report: the
   * place. */
  { "Leeds won 2-1. Ann Bell flew to Keswick on Monday.",
    "ORG:Leeds | PERSON:Ann Bell | LOC:Keswick" },
  { "Leeds won 2-1. Jo Lee spent a week in Ripon on loan.",
    "ORG:Leeds | PERSON:Jo Lee | GPE:Ripon kb=geonames:2639323 country=United Kingdom" },
  { "Jo Lee is on loan from Harrogate, the bank said.", "PERSON:Jo Lee | LOC:Harrogate" },
  /* A player after his position (a first name of first-names.tsv or of
   * person-names.tsv: "Matt"), his surname an English word the
   * tagger read as an occasion's: the person, and the surname alone
   * later his. */
  { "Leeds won 2-1. Northgate keeper Ben Day is set to join Harrogate on loan. Day said so.",
    "ORG:Leeds | PERSON:Ben Day | ORG:Harrogate | PERSON:Day=Ben Day" },
  { "Leeds won 2-1. Rovers keeper Matt Day is set to join Harrogate on loan.",
    "ORG:Leeds | ORG:Rovers | PERSON:Matt Day | ORG:Harrogate" },
  /* A year alone before an event's name is no name of its own. */
  { "He won the 2000 European Championship.", "MISC:European Championship" },
  { "Jo Lee, the 2000 Olympic 200m champion, ran.", "PERSON:Jo Lee | MISC:Olympic" },
