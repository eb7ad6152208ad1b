/* cases-companies16c.h: rows of test-entities-companies.c's table
 * (included inside it): a name no list holds, before what only a
 * company does (company-acts.tsv: administration, bankruptcy, a
 * flotation, a profit warning, results, a takeover, its shares), is an
 * organisation at every mention; and the sentences next to each where
 * it must not fire (people, places, nationalities, English words).
 * All names invented, all sentences written here (issue 24). */

  /* Class 1: the tagger's person or nothing, before the phrase. */
  { "Vantrex has gone into administration. Staff at Vantrex were told on Monday.", "ORG:Vantrex | ORG:Vantrex" },
  { "Kelmor issued a profit warning on Tuesday.", "ORG:Kelmor" },
  { "Dunsmere Holdings filed for bankruptcy protection in New York.", "ORG:Dunsmere Holdings | GPE:New York" },
  { "Brackley posted a pre-tax profit of 12m pounds.", "ORG:Brackley" },
  { "Pelmont Mining was taken over last year.", "ORG:Pelmont Mining" },
  { "Corvenna shares fell 5% in London.", "ORG:Corvenna | GPE:London" },
  { "Tellwyn to float its shares", "ORG:Tellwyn" },
  { "Tellwyn plans to float its shares in March.", "ORG:Tellwyn" },
  /* A relative clause after a comma between: ", which is listed". */
  { "Vantrex, which has gone into administration, employs 400.", "ORG:Vantrex" },
  { "Orlen reported annual turnover of 2bn euros.", "ORG:Orlen" },
  /* Near: a comma alone is no clause ("In Brackwick, shares fell" is the
   * city's market), nor "which" that does not go on to the phrase. */
  { "In Brackwick, shares fell sharply.", "LOC:Brackwick" },
  { "Reilly, which is odd, went bust.", "PERSON:Reilly" },
  /* "be" of the passive among the aux words; the name's own noun between. */
  { "Millwick Alcobev will now be merged with a rival.", "ORG:Millwick Alcobev" },
  { "Staff at the Ardlow firm went bust.", "ORG:Ardlow" },
  /* Near: a family's name before "family" stays a person's. */
  { "The Smith family went bust.", "PERSON:Smith" },
  /* The headline and the mentions alone follow the phrase's mention. */
  { "Gorvane in trouble\n\nGorvane has gone into receivership, its lenders said. Gorvane employs 400.",
    "ORG:Gorvane | ORG:Gorvane | ORG:Gorvane" },
  /* Class 2: a name the tagger calls a place or a thing. */
  { "He left Tarnovia. Tarnovia posted a loss.", "ORG:Tarnovia | ORG:Tarnovia" },
  /* Not a rule's or a list's label, read from its own evidence (a
   * product), nor a number ending the name (an index's). */
  { "Xbox sales rose. Xbox posted a loss last year.", "MISC:Xbox | MISC:Xbox" },
  { "FTSE 100 shares rose.", "MISC:FTSE" },
  /* Class 3, never: people (a first name, a title, a pronoun after, the
   * surname of a person named before), places and nationalities the
   * lists know, an English word opening the sentence, what a person
   * does ("sold his shares", "took over as chairman"). */
  { "John Fenwick went bankrupt in 1998.", "PERSON:John Fenwick" },
  { "Mr Fenwick filed for bankruptcy last year.", "PERSON:Fenwick" },
  { "Fenwick went bust after his divorce.", "" },
  { "Carla Brightmore ran the shop. Brightmore went bankrupt in 2001.", "PERSON:Carla Brightmore | PERSON:Brightmore" },
  { "Japan posted a trade surplus in May.", "GPE:Japan" },
  { "Tokyo shares fell on Monday.", "GPE:Tokyo" },
  { "Japanese shares rose.", "NORP:Japanese" },
  { "Of the 200 shares traded, 54 shares were stable.", "" },
  { "Ireland's shares were hit. Germany posted a profit on its trade.", "GPE:Ireland | GPE:Germany" },
  { "Paul Allen merged with another fund.", "PERSON:Paul Allen" },
  { "Sarah Harlow went into administration with her firm.", "PERSON:Sarah Harlow" },
  /* A person's evidence at another mention: an age, "said he", a title. */
  { "Kelmor posted a loss. Kelmor, 54, said he was sorry.", "" },
  { "Halbrook went bust in 1998. Mr Halbrook now runs a small shop.", "PERSON:Halbrook" },
  { "Gorvane posted a loss. Later, Gorvane said she was sorry.", "PERSON:Gorvane" },
  { "Smith sold his shares on Monday.", "PERSON:Smith" },
  { "Clare Dunmore took over as chairman on Monday.", "PERSON:Clare Dunmore" },
