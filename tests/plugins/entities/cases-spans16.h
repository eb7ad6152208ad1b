/* cases-spans16.h: rows of test-entities-spans.c's table for issue 24's
 * spans round of ent-spans16, each rule with the sentences next to it
 * where it must not fire.  Included inside that table. */

  /* A body's noun (cues.tsv org-word: a duchy, a diocese, a church, a
   * guild, a chamber) before "of" and a place or a name: one ORG
   * (orgnames.c's join_connected()). */
  { "The Duchy of Cornwall is an estate.", "ORG:Duchy of Cornwall" },
  { "Aides from the Duchy of Lancaster and the Duchy of Cornwall spoke.",
    "ORG:Duchy of Lancaster | ORG:Duchy of Cornwall" },
  { "The Church of Scotland said so.", "ORG:Church of Scotland" },
  { "The Archdiocese of Boston paid the claims.", "ORG:Archdiocese of Boston" },
  { "The Guild of Food Writers met.", "ORG:Guild of Food Writers" },
  { "The Chamber of Deputies voted.", "ORG:Chamber of Deputies" },
  /* Not a lowercase noun ("the people of Kent", "a chamber of
   * horrors"), a title ("the Mayor of London"), nor a possessive cut
   * off the body ("the Bank of England's"). */
  { "The people of Kent voted.", "GPE:Kent" },
  { "The Mayor of London met the people of Kent.", "GPE:London country=United Kingdom | GPE:Kent" },
  { "He visited the chamber of horrors.", "" },
  { "A guild of writers met on Monday.", "" },
  { "The Bank of England's governor spoke.", "ORG:Bank of England" },
  { "The Church of England's bishops met.", "ORG:Church of England" },
