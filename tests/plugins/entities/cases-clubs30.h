/* cases-clubs30.h: rows of test-entities-sport.c's table (included
 * inside it) for ent-clubs30 (issue 24): a squad list of players by
 * their full names, each with his club in brackets, in a sport report
 * (rules-squads.c).  All names invented here; the towns are real ones
 * clubs.tsv does not list. */

  /* Two players or more, a break or the sentence's end after each
   * bracket, a role before or after the side, the last player after
   * "and" inside a sentence: every side is the club. */
  { "Leeds won 2-1. Ann Tarvo (Harrogate), Bo Kell (capt, Harrogate), Jim Dore (Ripon, vc) and Tom Wain"
    " (Keswick) were picked.",
    "ORG:Leeds | PERSON:Ann Tarvo | ORG:Harrogate | PERSON:Bo Kell | ORG:Harrogate | PERSON:Jim Dore | ORG:Ripon"
    " | PERSON:Tom Wain | ORG:Keswick" },
  { "Leeds won 2-1. Backs: Ann Tarvo (Harrogate Rovers), Bo Kell (Ripon).",
    "ORG:Leeds | PERSON:Ann Tarvo | ORG:Harrogate Rovers | PERSON:Bo Kell | ORG:Ripon" },
  /* A country among the sides: the list is by country, and a town in
   * it stays as it was read. */
  { "Leeds won 2-1. The squad: Ann Tarvo (Australia), Bo Kell (Ripon), Jim Dore (Wales).",
    "ORG:Leeds | PERSON:Ann Tarvo | GPE:Australia kb=iso3166:AU | PERSON:Bo Kell | LOC:Ripon | PERSON:Jim Dore"
    " | GPE:Wales country=United Kingdom" },
  /* No sport report: a candidate's town, a nominee's film. */
  { "The candidates are Ann Tarvo (Harrogate), Bo Kell (Ripon) and Jim Dore (Keswick).",
    "PERSON:Ann Tarvo | LOC:Harrogate | PERSON:Bo Kell | LOC:Ripon | PERSON:Jim Dore | LOC:Keswick" },
  /* A capitalised run before "club" in lowercase, a place only its last
   * part: the club's name; a place that is the whole run is where the
   * club is, a people's adjective its country's. */
  { "An All Ruritania club spokesman said so.", "ORG:All Ruritania" },
  { "He left the Glasgow club in May. He met the Scottish club Rangers.",
    "GPE:Glasgow kb=geonames:2648579 country=United Kingdom | NORP:Scottish=United Kingdom kb=iso3166:GB"
    " country=United Kingdom | ORG:Rangers" },
