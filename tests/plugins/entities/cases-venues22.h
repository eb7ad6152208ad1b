/* cases-venues22.h: rows of test-entities-places.c's table (included
 * inside it) for ent-venues22 (issue 24; venues-bodies.c).  A venue
 * that is its sentence's subject and speaks or acts is the institution,
 * ORG; where something happens there it stays the place, LOC, as
 * eng.train writes venues.  A company's name with a place right after
 * it that ends the phrase is one ORG, as eng.train writes "Toyota
 * Australia".  All sentences written here. */

  /* The venue speaks or acts: a reporting verb, "has"/"will" and a
   * verb, after the sentence's opening, a comma or "and". */
  { "The Westbury Theatre said it would stage the play.", "ORG:Westbury Theatre" },
  { "The Westbury Theatre has commissioned three new works.", "ORG:Westbury Theatre" },
  { "Last year, the Kestrel Playhouse announced a new season.", "ORG:Kestrel Playhouse" },
  { "The BBC and the Westbury Theatre have led the field.", "ORG:BBC | ORG:Westbury Theatre" },
  /* The place: a passive's "will be", after a preposition, a street
   * (no word of venue-bodies.tsv). */
  { "The Kestrel Arena will be attended by 3,000 people.", "LOC:Kestrel Arena" },
  { "The play opens at the Westbury Theatre next week.", "LOC:Westbury Theatre" },
  { "Visitors to the Westbury Theatre will see a new play.", "LOC:Westbury Theatre" },
  { "Ferry Street would worry about rates.", "LOC:Ferry Street" },
  /* A company's arm in a place, the phrase ending after the place. */
  { "Speaking to BBC Radio Kent before the vote, she said no.", "ORG:BBC Radio Kent" },
  { "He told Sky News Australia: \"We lost.\"", "ORG:Sky News Australia" },
  { "Analysts at Credit Suisse First Boston said so.", "ORG:Credit Suisse First Boston" },
  /* Not two names before a lowercase noun they modify, nor two capitals
   * (a union's short form, a title). */
  { "The EU China summit was held in Beijing.", "ORG:EU=European Union kb=wikidata:Q458 | GPE:China kb=iso3166:CN | GPE:Beijing country=China" },
  /* Not a first name the tagger read as a company before a place: a
   * person's name, which the rule leaves to the tagger. */
  { "Trevor Holland, a farmer, said no.", "PERSON:Trevor Holland",
    "a first name the tagger reads ORG before a country (Trevor ORG, Holland GPE): mend_company_places() keeps them apart, no rule joins them as a person" },
  /* A place's name opening a company's that ends in an organisation's
   * head (Limited, cues.tsv org-head): one ORG, not the place alone. */
  { "Shares in Chile Petrochemicals Limited rose.", "ORG:Chile Petrochemicals Limited" },
  { "The head of Peru Cable Limited resigned.", "ORG:Peru Cable Limited" },
