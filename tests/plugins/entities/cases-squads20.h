/* cases-squads20.h: rows of test-entities-sport.c's table (included
 * inside it) for ent-sport20 (issue 24): squad lists whose players have
 * initials and their side in brackets (lineups.c's find_squad_lists()),
 * sides by their short forms (sport-countries.tsv), and the lists and
 * sentences where it must not fire.  All names invented here. */

  /* A list by country: each player a person, though a side's brackets
   * end an item with no comma ("(SA) T Vane"), the initial "A" no
   * article; a side's short form is the country (SA is South Africa
   * here, not ISO's Saudi Arabia), with its role after it. */
  { "C Marlow (Australia); J Dunmore (SA) T Vane (New Zealand), A Quillan (NZ) G Parry (Aus, capt).",
    "PERSON:C Marlow | GPE:Australia kb=iso3166:AU | PERSON:J Dunmore | GPE:SA=South Africa kb=iso3166:ZA"
    " | PERSON:T Vane | GPE:New Zealand kb=iso3166:NZ | PERSON:A Quillan | GPE:NZ=New Zealand kb=iso3166:NZ"
    " | PERSON:G Parry | GPE:Aus=Australia kb=iso3166:AU" },
  { "K Ormsby (S Africa), B Ledwell (Eng).",
    "PERSON:K Ormsby | GPE:S Africa=South Africa kb=iso3166:ZA | PERSON:B Ledwell | GPE:Eng=England" },
  /* A list by club: the sides are the clubs, a town's name too; a
   * player's role after his club. */
  { "M Hollis (Leicester), P Garside (Bath, capt), R Tenby (Dragons).",
    "PERSON:M Hollis | ORG:Leicester | PERSON:P Garside | ORG:Bath | PERSON:R Tenby | ORG:Dragons" },
  /* One entry alone in its sentence in a sport report: the person; a
   * club no list places is the club, a referee's county stays. */
  { "Leeds won 2-1. H Pellow (Harrogate).",
    "ORG:Leeds | PERSON:H Pellow | LOC:Harrogate" },
  { "Leeds won 2-1. D Arkwright (Riverside Harriers).",
    "ORG:Leeds | PERSON:D Arkwright | ORG:Riverside Harriers" },
  /* The official in full in the report and by his initial in the list
   * is one person: the surname links to him, not to neither (links.c,
   * initial_of()). */
  { "Leeds won 2-1. Referee Hal Dorne booked three, and Dorne sent off one. H Dorne (Harrogate).",
    "ORG:Leeds | PERSON:Hal Dorne role=Referee | PERSON:Dorne=Hal Dorne | PERSON:H Dorne=Hal Dorne | LOC:Harrogate" },
  /* Not one entry outside a sport report, nor two capitals ("UK"), nor
   * an entry inside a sentence. */
  { "J Corbel (Marketing) joined the board.", "PERSON:J Corbel" },
  { "Leeds won 2-1. UK Sport (UKS) paid for it.", "ORG:Leeds | ORG:UK Sport" },
  /* A side's nickname (team-nicknames.tsv, nicknames.c) in a sport
   * report, capitalised inside a sentence and alone, is the side; not a
   * longer name's word, nor outside sport (the tagger's MISC stays). */
  { "Leeds won 2-1. The Wallabies beat the Pumas, and Gunners boss Tom Vane said the Saints were poor.",
    "ORG:Leeds | ORG:Wallabies | ORG:Pumas | ORG:Gunners | PERSON:Tom Vane | ORG:Saints" },
  { "Leeds won 2-1. The Detroit Lions lost.", "ORG:Leeds | ORG:Detroit Lions" },
  { "Leeds won 2-1. The Lions tour begins in June.", "ORG:Leeds | ORG:Lions" },
  { "Lions roar at the zoo, and the Lions tour begins.", "MISC:Lions" },
