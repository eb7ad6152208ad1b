/* cases-headings22.h: rows of test-entities-votes.c's table (included
 * inside it) for ent-testa22 (issue 24: eng.testa's errors by class).
 * All sentences and names written here. */

  /* A word of a heading all in capitals that the story below names is
   * that name: a surname English has as a word too, a name the tagger
   * leaves in capitals. */
  { "CYCLING - VETERAN BAKER DEFENDS TITLE .\n\nSam Baker defended his title on Saturday . Baker , 36 , won by a minute .",
    "PERSON:BAKER=Sam Baker | PERSON:Sam Baker | PERSON:Baker=Sam Baker" },
  { "SQUASH - HILL BRANDS CHAMPION KARSTEN A CHEAT .\n\nAnthony Hill called champion Ole Karsten a cheat on Saturday . "
    "Karsten denied it . Hill did not say more .",
    "PERSON:HILL=Anthony Hill | PERSON:KARSTEN=Ole Karsten | PERSON:Anthony Hill | PERSON:Ole Karsten "
    "| PERSON:Karsten=Ole Karsten | PERSON:Hill=Anthony Hill" },
  /* ... not a word the story writes only in lowercase. */
  { "CYCLING - VETERAN BAKER DEFENDS TITLE .\n\nThe baker defended his title on Saturday .", "" },
