/* cases-clubs23.h: rows of test-entities-sport.c's table (included
 * inside it) for ent-clubs23 (issue 24): results lists whose brackets
 * hold a club and a country, and the sentences where they must not
 * fire.  All names invented here. */

  /* A results list: the athlete a person, the club ORG, the country
   * (sport-countries.tsv) GPE, with places and times around them, one
   * entry a sentence where the place's full stop breaks it. */
  { "Leeds won 2-1. Results: 1. J Doe (Leeds, GB) 13:01.2, 2. A Roe (Kenya) 13:05.3, 3. T Vane (Bath, Eng) 13:07.0.",
    "ORG:Leeds | PERSON:J Doe | ORG:Leeds | GPE:GB=Great Britain kb=iso3166:GB | PERSON:A Roe | GPE:Kenya kb=iso3166:KE"
    " | PERSON:T Vane | ORG:Bath | GPE:Eng=England" },
  { "5000m: 1 J Doe (Leeds, GB) 13:01.2; 2 A Roe (Kenya) 13:05.3; 3 T Vane (Bath, Eng) 13:07.0.",
    "PERSON:J Doe | ORG:Leeds | GPE:GB=Great Britain kb=iso3166:GB | PERSON:A Roe | GPE:Kenya kb=iso3166:KE"
    " | PERSON:T Vane | ORG:Bath | GPE:Eng=England" },
  /* A place after the comma that is no country's side: the brackets
   * are no club and country, and the town after the comma keeps the
   * reading it had (no country's canonical name). */
  { "Leeds won 2-1. J Doe (Leeds, Bristol), T Vane (Bath, Derby).",
    "ORG:Leeds | PERSON:J Doe | ORG:Leeds | GPE:Bristol kb=geonames:2654675 country=United Kingdom"
    " | PERSON:T Vane | ORG:Bath | ORG:Derby" },
  /* A split club's last word alone after its full name is the club
   * (teams.c, find_split_club_short_forms()), a score after the full
   * name ending it as a stop does; not where the document names the
   * country the word is the people of, nor inside a longer name. */
  { "Leeds won 2-1. Perth Irish beat Bath. Irish led 10-3, and the Irish pack was strong.",
    "ORG:Leeds | ORG:Perth Irish | ORG:Irish=Perth Irish | ORG:Irish=Perth Irish" },
  { "Perth Irish 19-33 Bath. The Irish defence held.", "ORG:Perth Irish | ORG:Irish=Perth Irish" },
  { "Leeds won 2-1. Perth Irish beat Bath. Ireland play next, and the Irish pack is strong.",
    "ORG:Leeds | ORG:Perth Irish | GPE:Ireland kb=iso3166:IE | NORP:Irish=Ireland kb=iso3166:IE country=Ireland" },
  { "Leeds won 2-1. Perth Irish beat Bath. The Irish Rugby Union met.",
    "ORG:Leeds | ORG:Perth Irish | ORG:Irish Rugby Union" },
