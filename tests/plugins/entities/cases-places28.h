/* cases-places28.h: rows of test-entities-places.c's table (included
 * inside it) for issue 24's places of the wrong kind (ent-places28).
 * All sentences written here; the people's names invented. */

  /* A county before a kind of person is where the person comes from,
   * GPE, after "the", "a" or "an" (rules-towns.c's modifier_town()),
   * with no link where two places share the name (Kent). */
  { "The Kent athlete won gold in the relay.", "GPE:Kent" },
  { "A Kent man was arrested on Tuesday.", "GPE:Kent" },
  { "The Suffolk teenager was hurt in a crash.", "GPE:Suffolk" },
  /* ... not in a story of the county's side (a word of its sport: eng.train's
   * cricket reports write the county ORG), nor before a player's word,
   * nor a contest's winner. */
  { "Essex batsman Tom Veller hit 82 as Kent lost. The Kent man was dropped twice.",
    "ORG:Essex | PERSON:Tom Veller | ORG:Kent | ORG:Kent" },
  { "The Kent batsman scored 40.", "ORG:Kent" },
  { "The Kent winner was named.", "ORG:Kent" },
  /* ... nor a subdivision before an event's head after "a" (a prize's
   * name), nor before a possessive (a province's name and a surname). */
  { "Her film earned a Cesar prize for its director.", "MISC:Cesar" },
  { "The sequel follows Miyazaki's film Silver Orchard.", "PERSON:Miyazaki | MISC:Silver Orchard" },
  { "The sequel follows Miyazaki's Silver Orchard.", "PERSON:Miyazaki | MISC:Silver Orchard",
    "a title after a possessive with no work's noun (the tagger's PERSON:Silver Orchard)" },

  /* Nationality words joined by a hyphen, or a nationality and a
   * country, are a NORP, as eng.train writes "Israeli-Syrian" MISC
   * (rules-nationals.c), named by the tagger or not. */
  { "The Palestinian-Israeli talks resumed.", "NORP:Palestinian-Israeli" },
  { "Shares in the UK-Dutch group rose.", "NORP:UK-Dutch" },
  { "Turkish-Austrian consortium Velkor won the contract.", "NORP:Turkish-Austrian | ORG:Velkor" },
  /* ... not two countries, nor a part the lists know as neither. */
  { "India-Pakistan peace boosts trade.", "MISC:India-Pakistan" },
  { "Pan-European group Euronext bid.", "MISC:Pan-European | ORG:Euronext" },
  { "Rolls-Royce and Mercedes-Benz sold more.", "ORG:Rolls-Royce | ORG:Mercedes-Benz" },
  /* A region's adjective is a NORP, canonical the region
   * (regions.tsv); not a people's name that names no region, nor the
   * region itself. */
  { "Middle Eastern leaders met.", "NORP:Middle Eastern=Middle East" },
  { "North American sales rose.", "NORP:North American=North America" },
  { "The Middle East is calm.", "LOC:Middle East" },

  /* A name no list knows after "the village/town/city (was) called"
   * or "named" is a town, GPE (rules-places.c's settlement_before()),
   * the tagger's thing too; not after another noun ("a man called X",
   * "the town hall was called X"). */
  { "The village was called Brindlemoor.", "GPE:Brindlemoor" },
  { "A man called Anna Brindle phoned.", "PERSON:Anna Brindle" },
  { "A man called Brindlemoor phoned.", "PERSON:Brindlemoor", "a person named after 'a man called' (the tagger's LOC)" },
  { "The town hall was called Brindlemoor.", "ORG:Brindlemoor" },

  /* A full name's first word alone after it is that place, GPE, linked
   * to it (rules-short-places.c); not before the full name, nor where
   * two places of one kind share the word. */
  { "The Republic of Ireland have arranged a friendly. The Republic have played there twice.",
    "GPE:Republic of Ireland kb=iso3166:IE | GPE:Republic=Republic of Ireland kb=iso3166:IE" },
  { "The Republic have played there twice.", "LOC:Republic" },
  { "The Republic of Ireland and the Republic of Congo met. The Republic won.",
    "GPE:Republic of Ireland kb=iso3166:IE | GPE:Republic of Congo kb=iso3166:CG | LOC:Republic" },
