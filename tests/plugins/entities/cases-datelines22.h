/* cases-datelines22.h: rows of test-entities-places.c's table (included
 * inside it) for ent-testa22 (issue 24: eng.testa's errors by class).
 * All sentences written here. */

  /* A wire dateline's town in capitals, alone or with its country, is
   * a place, in a sport report where the town's club plays too. */
  { "SOCCER - DERBY DRAW .\n\nDERBY , England 2001-03-14\n\nDerby beat Valmora 2-1 on Saturday .",
    "PERSON:DERBY | GPE:DERBY | GPE:England country=United Kingdom | ORG:Derby | ORG:Valmora" },
  { "SOCCER - OSIJEK WIN .\n\nOSIJEK 2001-03-14\n\nOsijek beat Valmora 2-1 on Saturday .",
    "LOC:OSIJEK | GPE:OSIJEK | ORG:Osijek | ORG:Valmora" },
  /* ... a town the lists know too, where the score made it the club. */
  { "SOCCER - LILLE WIN .\n\nLILLE , France 2001-03-14\n\nLille beat Valmora 2-1 on Saturday .",
    "ORG:LILLE | GPE:LILLE kb=geonames:2998324 country=France | GPE:France kb=iso3166:FR | ORG:Lille | ORG:Valmora" },
  /* ... its first word's abbreviation cut off as a sentence of its own. */
  { "BASEBALL - CARDS WIN .\n\nST. DENIS 2001-03-14\n\nThe Cards beat Valmora 4-2 on Friday .",
    "ORG:CARDS | GPE:ST. DENIS | ORG:Cards | ORG:Valmora" },
  /* Not an organisation the lists know by its id, filed at its seat,
   * nor capitals before no date (a headline). */
  { "TALKS END .\n\nUNITED NATIONS 2001-03-14\n\nThe talks ended on Friday .",
    "ORG:UNITED NATIONS=United Nations kb=wikidata:Q1065" },
  { "SOCCER - SPLIT BEAT VALMORA 2-1 .\n\nSplit beat Valmora 2-1 on Saturday .",
    "ORG:SPLIT | ORG:VALMORA | ORG:Split | ORG:Valmora" },
