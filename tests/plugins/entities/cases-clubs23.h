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
