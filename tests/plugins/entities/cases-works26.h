/* cases-works26.h: rows of test-entities-works.c's table (included
 * inside it) for ent-works26 (issue 24): a video game's title after
 * "game" and a word that says which game (cues.tsv), and a list's
 * title in title case holding a capitalised "Or" or "And" (works.c,
 * title_end()).  All sentences written here. */

{ "The racing game Tarmac Kings sold a million copies.", "MISC:Tarmac Kings" },
{ "Critics loved the puzzle game Glimmerbox, and Glimmerbox sold well.", "MISC:Glimmerbox | MISC:Glimmerbox" },
/* "games" names the examples listed after it. */
{ "Fans of games like Moonfall or Kettle Run were happy.", "MISC:Moonfall | MISC:Kettle Run" },
/* A match's "game": after a function word, after a day's possessive,
 * before a country the lists know. */
{ "After the game Arsenal said little.", "ORG:Arsenal" },
{ "Sunday's game Leeds lost was dull, said the manager.", "ORG:Leeds" },
{ "In the opening game Brazil beat Chile.", "GPE:Brazil | GPE:Chile" },
/* A capitalised "Or" inside a listed title is the title's; a lowercase
 * one joins two. */
{ "Fans of spy games like Moonfall and Run Or Hide were happy.", "MISC:Moonfall | MISC:Run Or Hide" },
/* "classic" after a word that says which kind, and "classics" before
 * a list; not after a function word, an adjective's there. */
{ "Arcade classics such as Moon Raiders, Zap-Man and Monkey Kingpin are gone.",
  "MISC:Moon Raiders | MISC:Zap-Man | MISC:Monkey Kingpin" },
{ "The arcade classic Zap-Man returns.", "MISC:Zap-Man" },
{ "It was a classic Labour pledge.", "ORG:Labour" },
/* A name, "the" and a noun after a work's noun is the title whole,
 * though an epithet has the shape. */
{ "He loved the sitcom Bertie the Baker as a child.", "MISC:Bertie the Baker" },
{ "He loved TV classics like Bertie the Baker and Sally Sparrow.", "MISC:Bertie the Baker | MISC:Sally Sparrow" },
