/* cases-bodies30.h: rows of test-entities-orgnames.c's table for issue
 * 24's round of ent-bodies30 (things that are no body's name: diseases,
 * religious groups), each rule with the sentences next to it where it
 * must not fire.  Included inside that table. */

  /* A disease's name is no organisation nor person (diseases.tsv, from
   * WordNet): MISC, as eng.train writes HIV, AIDS and BSE every time. */
  { "Officials said HIV and Aids were rising.", "MISC:HIV | MISC:Aids" },
  { "The Black Death killed half the town.", "MISC:Black Death" },
  /* The document's own long form wins: an acronym it spelled out is
   * that name's. */
  { "Officials at the Budapest Stock Exchange (BSE) said BSE shares fell.",
    "ORG:Budapest Stock Exchange | ORG:BSE | ORG:BSE" },
  /* A religious group's name of more words the tagger read as a person
   * (a group's word of cues.tsv ends it) is a NORP; a body ending in its
   * own head stays one. */
  { "Many Roman Catholics in the town were angry.", "NORP:Roman Catholics" },
  { "Leaders of Roman Catholics met.", "NORP:Roman Catholics" },
  { "He gave money to Catholic Relief Services.", "ORG:Catholic Relief Services" },
  /* A religion's adjective that is a first name too ("Christian"): a
   * NORP between an article and a lowercase noun, else the tagger's. */
  { "They spoke of the Christian faith.", "NORP:Christian" },
  { "Christian Dorvell scored twice.", "PERSON:Christian Dorvell" },
  /* A party's name the lists know (parties.tsv, seats.tsv party-name),
   * plural or singular, ending in a group's word, is the party's, ORG,
   * not its members' NORP; the members' word alone stays a NORP. */
  { "Liberal Democrat peer Lord Bexford said no.", "ORG:Liberal Democrat | PERSON:Bexford" },
  { "Polls showed the ruling Social Democrats ahead of the Tories.", "ORG:Social Democrats | NORP:Tories" },
  /* Near miss: a bare plural counts the party's members, a NORP. */
  { "He was joined by a handful of Social Democrats.", "NORP:Social Democrats" },
