/* cases-clubs22.h: rows of test-entities-sport.c's table (included
 * inside it) for ent-clubs22 (issue 24): clubs and provinces named after
 * a place outside a squad list, and the sentences where they must not
 * fire.  All names invented here. */

  /* A town or a province before a player's position is the side
   * (teams.c, side_person_after()); before what a club has and a
   * person's name, too, in a sport report; not a town's other
   * mentions with no such word ("Leinster's chief executive"). */
  { "The Leinster scrum-half Tam Orrin scored twice.", "ORG:Leinster | PERSON:Tam Orrin" },
  { "The Leinster striker Tam Orrin scored. Leinster's chief executive spoke.",
    "ORG:Leinster | PERSON:Tam Orrin role=striker role_org=Leinster | GPE:Leinster kb=iso3166-2:IE-L country=Ireland" },
  { "Leeds won 2-1. Leinster coach Tam Orrin spoke.",
    "ORG:Leeds | ORG:Leinster | PERSON:Tam Orrin role=coach role_org=Leinster" },
  /* What a club has alone, with no name after it, is no evidence, nor
   * outside a sport report ("Leinster coach" may be a bus's). */
  { "Leinster coach Tam Orrin spoke.",
    "GPE:Leinster kb=iso3166-2:IE-L country=Ireland | PERSON:Tam Orrin role=coach role_org=Leinster" },
  /* A side's possessive before a person's name is the side only where
   * a score or a club makes the document a sport report: a soap's
   * "Leinster's Tam Orrin" is a character's, though a word of sport
   * ("footballers") stands in it. */
  { "Leeds won 2-1. Leinster's Tam Orrin was fit.", "ORG:Leeds | ORG:Leinster | PERSON:Tam Orrin" },
  { "She played Leinster's Tam Orrin in a soap about footballers.",
    "GPE:Leinster kb=iso3166-2:IE-L country=Ireland | PERSON:Tam Orrin" },
  /* A club's name the tagger split at its town (teams.c,
   * find_split_clubs()): the town and the words after it that
   * clubs.tsv lists, or a town and a nationality's word alone, is one
   * club in a sport report; not before another capitalised word, a
   * people's noun after the nationality, nor outside sport. */
  { "Leeds won 2-1. Perth Irish beat Bath, and Sheffield Wednesday drew. The Perth Irish community met Manchester"
    " City Council.",
    "ORG:Leeds | ORG:Perth Irish | ORG:Sheffield Wednesday | GPE:Perth kb=geonames:2063523 country=Australia"
    " | NORP:Irish=Ireland kb=iso3166:IE country=Ireland | ORG:Manchester City Council" },
  { "The Perth Irish met on Wednesday.",
    "GPE:Perth kb=geonames:2063523 country=Australia | NORP:Irish=Ireland kb=iso3166:IE country=Ireland" },
  /* A side's nickname the tagger took into the player's name after it
   * is the side and the player (nicknames.c); not outside sport. */
  { "Leeds won 2-1. He joined fellow Wallabies Tam Orrin and Dai Venn in the side.",
    "ORG:Leeds | ORG:Wallabies | PERSON:Tam Orrin | PERSON:Dai Venn" },
  { "He joined fellow Wallabies Tam Orrin in the side.", "PERSON:Wallabies Tam Orrin" },
