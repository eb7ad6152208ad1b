/* cases-unknown18.h: rows of test-entities-votes.c's table (included
 * inside it) for ent-unknown18 (issue 24): a one-word name the tagger
 * alone called a person, with nothing in the document for a person,
 * is dropped where the word is an English one no list hints as a
 * person's or the document writes it in lowercase too
 * (evidence.c's drop_unsupported_people()).  All sentences written
 * here. */

  /* An English word no list hints as a person's. */
  { "Halo sold well. Halo is the most important game of the year.", "" },
  /* A hinted surname the document writes in lowercase too. */
  { "Critics said Gravel is a lazy term. The gravel label covers many styles.", "" },
  { "Critics said Urban is a lazy term. The urban label covers many styles.", "" },
  /* Not where a title, a first name or a team sheet speaks for a
   * person at some mention. */
  { "Mr Gravel said the road was closed. The gravel was wet.", "PERSON:Gravel" },
  { "Replacements: Okafor, Gravel, Brennick, Halo, Tarrant.",
    "PERSON:Okafor | PERSON:Gravel | PERSON:Brennick | PERSON:Halo | PERSON:Tarrant" },
  { "Ms Lantern said the plan would work. Lantern left on Monday.", "PERSON:Lantern | PERSON:Lantern" },
  { "Tom Lantern spoke first. Later he said Lantern was tired.", "PERSON:Tom Lantern | PERSON:Lantern=Tom Lantern" },
  /* A replacement on a team sheet: "X for Y (71)". */
  { "Replacements: Halo for Dowling (75).", "PERSON:Halo | PERSON:Dowling" },
  /* Every replacement is a person; the tagger finds only some of a
   * longer list's names. */
  { "Replacements: Okafor for Brennick (71), Halo for Dowling (75), Tarrant for Quayle (80).",
    "PERSON:Okafor | PERSON:Brennick | PERSON:Halo | PERSON:Dowling | PERSON:Tarrant | PERSON:Quayle",
    "the tagger: a team sheet's replacements as people when the list runs past two" },
  /* A scorecard's grammar speaks for its players whatever their names
   * mean in English: a dismissal's mark about the name, a bowler's
   * figures after it (evidence.c's on_scorecard()). */
  { "Tom Pellow c Halo b Kettle 46.", "PERSON:Tom Pellow | PERSON:Halo | PERSON:Kettle" },
  { "Bowling: Kettle 7-1-38-0, Halo 9-2-30-1.", "PERSON:Kettle | PERSON:Halo" },
  /* Not a lone letter in prose. */
  { "Halo b sold well.", "" },
