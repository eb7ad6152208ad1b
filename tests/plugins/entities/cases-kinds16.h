/* cases-kinds16.h: the sixteenth session's rows for the right kind of
 * thing (issue 24): towns, clubs, products, firms.  Included in
 * test-entities-places.c's table.  All sentences written here; each
 * rule with sentences next to it where it must not fire. */

/* A town GeoNames knows, after "the" and before a kind of person or an
 * event's head, is the town (rules-towns.c). */
{ "The Banbridge runner led from the gun.", "GPE:Banbridge kb=geonames:2656407 country=United Kingdom" },
{ "The Newry summit ended without a deal.", "GPE:Newry kb=geonames:2641581 country=United Kingdom" },
/* ... not before a thing, a body, a role or a club's player. */
{ "The Banbridge road will close next week.", "LOC:Banbridge" },
{ "The Omagh council met on Tuesday.", "ORG:Omagh" },
{ "The Newry mayor opened the library.", "GPE:Newry kb=geonames:2641581 country=United Kingdom",
  "a town before its officer left a place (Newry ORG before \"mayor\")" },
{ "Leicester 2-2 Sale. The Leicester man was named man of the match.", "ORG:Leicester | ORG:Sale | ORG:Leicester" },
{ "Leicester 2-2 Sale. The Sale wing said the team was unlucky.", "ORG:Leicester | ORG:Sale | ORG:Sale" },
/* A town's possessive before a person's name is the town, the person a
 * person; not what the town has, nor in a report of teams. */
{ "Omagh's Ciara Gallagher was third in the women's race.",
  "GPE:Omagh kb=geonames:2640967 country=United Kingdom | PERSON:Ciara Gallagher" },
{ "Newry's Sean Patrick Doyle was fourth in the final.",
  "GPE:Newry kb=geonames:2641581 country=United Kingdom | PERSON:Sean Patrick Doyle" },
{ "Residents of Omagh's town centre have complained.", "LOC:Omagh" },
{ "Leicester 2-2 Sale. Bath's Paul Kerr watched from the stands.",
  "ORG:Leicester | ORG:Sale | ORG:Bath | PERSON:Paul Kerr" },
{ "Newry's mayor Peter Byrne opened the library.", "PERSON:Peter Byrne role=mayor" },
/* ... nor a contest's winner, a district of two English words, the
 * end of a longer name or a listed club's possessive. */
{ "But the Venice winner faces stiff competition.", "LOC:Venice" },
{ "She helped launch the West End show.", "LOC:West End" },
{ "Sales will double, said Ernst and Young's Tom Baker.", "ORG:Ernst and Young | PERSON:Tom Baker",
  "a firm of two surnames joined by \"and\" whole, not the tagger's pieces (Ernst PERSON, Young ORG)" },
{ "The squad includes Everton's Tim Cahill and Wayne Lowe.",
  "ORG:Everton | PERSON:Tim Cahill | PERSON:Wayne Lowe" },

/* A role's "of X, which" and a verb that is no copula: what the clause
 * says X does is a firm's (rules-context.c's firm_by_clause()). */
{ "Ian Holt, director of Brevik, which tracks the market, agreed.", "PERSON:Ian Holt role=director | ORG:Brevik" },
/* ... not "which is" (a village, a film: what follows says), nor a
 * place the lists know. */
{ "John Smith, director of Brevik, which is a small village, spoke.",
  "PERSON:John Smith role=director | LOC:Brevik" },
{ "Mary Jones, director of Gloucester, which she runs as a charity, wept.",
  "PERSON:Mary Jones role=director | GPE:Gloucester kb=geonames:2648404 country=United Kingdom" },
/* Analysts with a name, and a plural speaker's word right before one:
 * the firm they work for. */
{ "Analysts with Telvar expect more growth.", "ORG:Telvar" },
{ "Figures from analysts Corvina show the trend.", "ORG:Corvina" },
/* ... not a person of two words, nor a place. */
{ "Economists Paul Haber and Jane Ross disagreed.", "PERSON:Paul Haber | PERSON:Jane Ross" },
{ "Analysts with the bank in Frankfurt expect a cut.", "GPE:Frankfurt country=Germany" },

/* An acronym before a connector's, a socket's or an interface's noun
 * is a format, MISC (seats.tsv kind format); not before a cable, a chip
 * or a screen, which follow a company as often. */
{ "Most old sets come with a SCART connector.", "MISC:SCART" },
{ "NTL cable customers complained about the price.", "" },
/* An acronym written as an adjective (spelled out in lowercase words,
 * and joined by a hyphen to a lowercase word or before two different
 * nouns) is no name (seats.c's drop_adjective_acronyms()); not a body
 * that speaks somewhere. */
{ "Buyers want HD-ready sets for high-definition pictures. The EBU is testing HD formats and HD content.",
  "ORG:EBU" },
{ "Sky will launch a personal video recorder (PVR). PVR owners and PVR sales grew.", "" },
/* ... not one the document does not spell out in lowercase words, nor
 * a longer name's part described by a hyphened word ("dual-screen"),
 * nor a MISC spelled out only in brackets (CoNLL writes BSE MISC). */
{ "The Nintendo DS is out. The dual-screen DS has DS games and DS cartridges.",
  "MISC:Nintendo DS | MISC:DS | MISC:DS | MISC:DS" },
{ "Cases of bovine spongiform encephalopathy (BSE) fell. BSE tests and BSE cattle are rare.",
  "MISC:BSE | MISC:BSE | MISC:BSE" },
{ "Airbus said the A380-based freighter, A380 engines and A380 wings were ready.",
  "ORG:Airbus | MISC:A380 | MISC:A380 | MISC:A380" },
{ "The firm TKX said the TKX box, TKX service and TKX network would launch in May.",
  "ORG:TKX | ORG:TKX | ORG:TKX | ORG:TKX" },
{ "The sticker says \"HD-Ready\" on the box.", "MISC:HD-Ready" },
{ "The US-led force met US troops and US officials.",
  "MISC:US-led | GPE:US=United States kb=iso3166:US | GPE:US=United States kb=iso3166:US" },
/* A grade's or a class's letter is no name; "Grade" in a name stays. */
{ "The drug was moved from Grade B to Class C.", "" },
{ "Michael Grade and Alan Yentob met at the BBC.", "PERSON:Michael Grade | PERSON:Alan Yentob | ORG:BBC" },
/* The High Street as the trade; a street placed in a town stays. */
{ "Sales on the High Street fell in January.", "" },
{ "Shops on the High Street in Guildford were busy.",
  "LOC:High Street | GPE:Guildford kb=geonames:2647793 country=United Kingdom" },

/* In a sport report, a listed club's town after "at" or "for" where a
 * player or a coach works is the club the report names elsewhere
 * (rules-towns.c's mend_clubs_at()). */
{ "Chelsea 2-0 Wigan. Bolton striker Kevin Davies is fit. His future at Bolton is in doubt.",
  "ORG:Chelsea | ORG:Wigan | ORG:Bolton | PERSON:Kevin Davies role=striker role_org=Bolton | ORG:Bolton" },
{ "Chelsea 2-0 Wigan. Bolton striker Kevin Davies is fit. He played for Derby and Bolton.",
  "ORG:Chelsea | ORG:Wigan | ORG:Bolton | PERSON:Kevin Davies role=striker role_org=Bolton | ORG:Derby | ORG:Bolton" },
/* ... not the town where a match is played; but a game's result at a
 * town is against its club (ent-events17, issue 24's class: "a draw at
 * Bolton" is the club; teams.c's played_against(), match-words.tsv). */
{ "Chelsea 2-0 Wigan. Bolton striker Kevin Davies is fit. They drew 1-1 at Bolton last season.",
  "ORG:Chelsea | ORG:Wigan | ORG:Bolton | PERSON:Kevin Davies role=striker role_org=Bolton | ORG:Bolton" },
{ "Chelsea 2-0 Wigan. Bolton striker Kevin Davies is fit. The final will be held at Bolton.",
  "ORG:Chelsea | ORG:Wigan | ORG:Bolton | PERSON:Kevin Davies role=striker role_org=Bolton | GPE:Bolton country=United Kingdom" },
/* mend-ent16b: in a sport report, a town after "at" before a noun or a
 * possessive names a place in it, and after a word of arriving or
 * staying is the town: no club there. */
{ "Fans gathered at Leeds station. Leeds lost 2-1 to Sheffield United.",
  "GPE:Leeds country=United Kingdom | ORG:Leeds | ORG:Sheffield United" },
{ "He was treated at Leeds's hospital. Leeds lost 2-1 to Sheffield United.",
  "GPE:Leeds country=United Kingdom | ORG:Leeds | ORG:Sheffield United" },
{ "The team arrived at Milan on Tuesday. AC Milan beat Inter 1-0. Milan are top.",
  "GPE:Milan country=Italy | ORG:AC Milan | ORG:Inter | ORG:Milan" },
/* ... where a player works, the club. */
{ "He was happy at Leeds. Leeds lost 2-1 to Sheffield United.", "ORG:Leeds | ORG:Leeds | ORG:Sheffield United" },
/* mend-ent16b: "interface" follows a company or a body as often as a
 * standard: no format's word. */
{ "The IBM interface is used by banks.", "ORG:IBM" },
{ "The RAF interface with the Army was criticised.", "ORG:RAF | ORG:Army" },
