/* cases-places20.h: rows of test-entities-places.c's table (included
 * inside it) for ent-places20 (issue 24: places of the wrong kind).  All
 * sentences and names written here; each rule with sentences next to it
 * where it must not fire. */

  /* A kind of person before "of" and a listed country is a role and its
   * place: only the country is a name, not "the Emperor of X" as the
   * country's longer name, nor the role as a place. */
  { "At the school fete she dressed as the Emperor of Peru.", "GPE:Peru kb=iso3166:PE" },
  { "She played the Emperor of Japan in the first televised opera.", "GPE:Japan kb=iso3166:JP" },
  /* ... but a place's own longer name stays whole. */
  { "The Republic of Ireland won.", "GPE:Republic of Ireland kb=iso3166:IE" },

  /* The tagger's people placed in a town are its districts, LOC: before
   * "in" and a GPE in a list opened by "at", "in" or "near". */
  { "The firm owns stadiums at Eastleigh in Kent, Carla Brook in Bristol, Dean Lowry and Walter Mead in Exeter.",
    "GPE:Eastleigh kb=geonames:2650396 country=United Kingdom | GPE:Kent | LOC:Carla Brook "
    "| GPE:Bristol kb=geonames:2654675 country=United Kingdom | LOC:Dean Lowry | LOC:Walter Mead "
    "| GPE:Exeter kb=geonames:2649808 country=United Kingdom" },
  /* ... after "the" too, and the district's other mentions with it. */
  { "The sale was held at the Greg Fenton in London.", "LOC:Greg Fenton | GPE:London country=United Kingdom" },
  { "Tickets went on sale at Dean Lowry in Exeter. Dean Lowry holds 2,000 fans.",
    "LOC:Dean Lowry | GPE:Exeter kb=geonames:2649808 country=United Kingdom | LOC:Dean Lowry" },
  /* ... after "from", a comma and a county. */
  { "Two men from Dale Hollis, West Sussex, were hurt.",
    "LOC:Dale Hollis | GPE:West Sussex kb=iso3166-2:GB-WSX country=United Kingdom" },
  /* Not a person and her country, nor "from" before "in" (a call from a
   * person), nor a list opened by no preposition of place, nor an
   * employer after a kind of person ("a strategist at"). */
  { "Ross Dale, UK, said so.", "PERSON:Ross Dale | GPE:UK=United Kingdom kb=iso3166:GB" },
  { "A call from Tom Hay in Leeds came.", "PERSON:Tom Hay | GPE:Leeds country=United Kingdom" },
  { "Reporters said Ann Lee and Tom Hay in Leeds had left.",
    "PERSON:Ann Lee | PERSON:Tom Hay | GPE:Leeds country=United Kingdom" },
  { "A bond strategist at Greg Fenton in New York said rates would rise.",
    "PERSON:Greg Fenton | GPE:New York country=United States" },
  /* ... nor a name the document gives person evidence for: the name
   * speaking, or a word of it after a title. */
  { "Fans met at Carla Brook in Bristol. Carla Brook said she was pleased.",
    "PERSON:Carla Brook | GPE:Bristol kb=geonames:2654675 country=United Kingdom | PERSON:Carla Brook" },
  { "Staff at Alan Pryce in Leeds and Dean Lowry in Exeter were told. Mr Pryce said so.",
    "PERSON:Alan Pryce | GPE:Leeds country=United Kingdom | LOC:Dean Lowry "
    "| GPE:Exeter kb=geonames:2649808 country=United Kingdom | PERSON:Pryce=Alan Pryce" },

  /* A hemisphere is a place (cues.tsv loc-head), not an organisation. */
  { "A Northern Hemisphere XV lost to the Southern Hemisphere.",
    "LOC:Northern Hemisphere | LOC:Southern Hemisphere" },

  /* A county the tagger read as an organisation is the county (GPE, its
   * ISO code) where a mention stands as a place's: after a town and a
   * comma. */
  { "One of the men, David Rowe, 34, from Stroud, Gloucestershire, said he was fine.",
    "PERSON:David Rowe | GPE:Stroud kb=geonames:2636616 country=United Kingdom | GPE:Gloucestershire kb=iso3166-2:GB-GLS country=United Kingdom" },
  { "He quit at a public meeting in Melton, Leicestershire last week.",
    "LOC:Melton | GPE:Leicestershire kb=iso3166-2:GB-LEC country=United Kingdom" },
  /* ... not its side alone, nor a direction's word that names a
   * province somewhere. */
  { "Shaun Pollard cut short his first season with Warwickshire to have surgery.",
    "PERSON:Shaun Pollard | ORG:Warwickshire" },
