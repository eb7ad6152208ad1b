/* cases-evidence15.h: rows of test-entities-votes.c's table (included
 * inside it) for vote_evidence(): what the document says of a name once
 * ("X, the world's biggest printer firm", "winger X", "its X unit", "X
 * is a Russian oil company") decides the label of each of the tagger's
 * mentions of it, where nothing speaks for the tagger's label; and the
 * sentences next to each where it must not fire.  All names invented,
 * all sentences written here. */

  /* A player's position before the full name: the person, and so is the
   * surname alone that the tagger called an organisation. */
  { "Hearts winger Saulius Mikoliunas was sent off on Sunday. Mikoliunas, 20, pushed the linesman and "
    "Mikoliunas now faces a ban.",
    "ORG:Hearts | PERSON:Saulius Mikoliunas | PERSON:Mikoliunas=Saulius Mikoliunas "
    "| PERSON:Mikoliunas=Saulius Mikoliunas" },
  /* An apposition headed by a firm's noun: the organisation, and its
   * name in full the tagger took for a person's (no first name). */
  { "Hewlett Tarvex is being sued. Tarvex, the country's largest ferry operator, would not comment. Tarvex fares "
    "rose again.",
    "ORG:Hewlett Tarvex | ORG:Tarvex | ORG:Tarvex" },
  /* An acronym introduced in brackets and described: the acronym and
   * its name stay the organisation. */
  { "Pensioners are suing Pelham Mereweather (PM) over lost savings. Anyone who bought a PM bond since 1999 may "
    "claim. PM, the country's third biggest insurance group, said it would fight.",
    "ORG:Pelham Mereweather | ORG:PM=Pelham Mereweather | ORG:PM=Pelham Mereweather | ORG:PM=Pelham Mereweather" },
  { "Yukos wanted to halt the sale of Ulmansk, its main oil producing unit. Ulmansk was sold in December. Buyers "
    "of Ulmansk paid well.",
    "ORG:Ulmansk | ORG:Ulmansk | ORG:Ulmansk" },
  /* A predicate, closed by a relative pronoun. */
  { "Drovnia is a Russian oil company that came close to a merger. Drovnia said profits rose. Shares in Drovnia "
    "fell.",
    "ORG:Drovnia | NORP:Russian=Russia kb=iso3166:RU country=Russia | ORG:Drovnia | ORG:Drovnia" },
  /* "its X unit". */
  { "Yukos said its Vornask unit was sold. Vornask was bought by a state firm.",
    "ORG:Yukos | ORG:Vornask | ORG:Vornask" },
  /* A person's post in apposition. */
  { "\"It is cheap,\" said VK Tandon, a fund manager with Escorts Fund in Delhi.",
    "PERSON:VK Tandon | ORG:Escorts Fund | GPE:Delhi=New Delhi country=India" },
  { "Smith, the Chelsea striker, scored twice. Smith was pleased.",
    "PERSON:Smith role=striker role_org=Chelsea | ORG:Chelsea | PERSON:Smith" },
  { "Paul Jordan, the coach, said his team played well. Jordan was pleased.",
    "PERSON:Paul Jordan role=coach | PERSON:Jordan=Paul Jordan" },
  /* Not against a list's name ("Ford" the company), nor where the noun
   * is no organisation's ("the country"), nor by a pronoun near a club
   * or a place ("Chelsea beat her", "Wimbledon taking her"). */
  { "Ford, the carmaker, said sales rose. Ford said it would hire.", "ORG:Ford | ORG:Ford" },
  { "Jordan, the country, is dry. Officials in Jordan said so.",
    "GPE:Jordan kb=iso3166:JO | GPE:Jordan kb=iso3166:JO" },
  { "Chelsea beat her old club. Chelsea fans were happy.", "ORG:Chelsea | ORG:Chelsea" },
  { "Wimbledon taking her to number one was a surprise. She won at Wimbledon.",
    "MISC:Wimbledon | MISC:Wimbledon" },
  /* A comma that opens a clause, not an apposition: "the embassy
   * official said"; nor a verb after the noun ("the company has
   * written"). */
  { "Kabul, the embassy official said, was calm. Kabul was quiet on Sunday.",
    "GPE:Kabul country=Afghanistan | GPE:Kabul country=Afghanistan" },
  { "Gatwick, the company has written to the council. Flights from Gatwick rose.", "LOC:Gatwick | LOC:Gatwick" },
  /* "official" as an adjective before a station's name. */
  { "On Wednesday the official Kabul Radio said the city was calm.", "ORG:Kabul Radio" },
  /* A first name and a surname are a person's, whatever the noun after
   * them ("a senior broadcaster"). */
  { "Jo Flaherty, a senior broadcaster with the network, said it was cheap. Flaherty added that prices fell.",
    "PERSON:Jo Flaherty | PERSON:Flaherty=Jo Flaherty" },
  /* A predicate of another's subject: "the boss of X is a former
   * striker" says nothing of X. */
  { "The boss of Tarvex is a former striker. Tarvex said profits rose.", "LOC:Tarvex | LOC:Tarvex" },
  /* ... nor of a name after a preposition the sentence opens with, nor
   * after a word that makes it no subject (review mend-ent15b: the
   * tagger's place stays, no person is made of the firm). */
  { "Alongside Drovnia was a former minister. Drovnia said it would appeal.", "LOC:Drovnia | LOC:Drovnia" },
  { "Among Drovnia was a former minister. Drovnia said it would appeal.", "LOC:Drovnia | LOC:Drovnia" },
  /* ... but after a conjunction or "said" it is the subject. */
  { "He said Drovnia is a Russian oil company. Drovnia shares fell.",
    "ORG:Drovnia | NORP:Russian=Russia kb=iso3166:RU country=Russia | ORG:Drovnia" },
  /* An address before one word says nothing of the tagger's
   * organisation where a firm's word follows it (review mend-ent15b). */
  { "Mr Rendall said he was leaving. Rendall shares fell on Monday.", "PERSON:Rendall | ORG:Rendall" },
  /* A musician by a predicate ("is a rapper"), at each mention. */
  { "Kanye Weston is a rapper. Kanye Weston said he was happy. Fans of Kanye Weston cheered.",
    "PERSON:Kanye Weston | PERSON:Kanye Weston | PERSON:Kanye Weston" },
  /* A full name opening with a first name, a person at most of its
   * mentions: the person at the one the tagger made a place. */
  { "Stan Marlow wrote comics. The comic book genius of Stan Marlow. Stan Marlow, the man behind the heroes, is "
    "82. Stan Marlow said he was pleased.",
    "PERSON:Stan Marlow | PERSON:Stan Marlow | PERSON:Stan Marlow | PERSON:Stan Marlow" },
  /* Not a band the text names so ("the band X"), nor a company the
   * lists hold. */
  { "The band Franz Ferdinand won two prizes. Franz Ferdinand played first. Fans of Franz Ferdinand cheered.",
    "ORG:Franz Ferdinand | ORG:Franz Ferdinand | ORG:Franz Ferdinand" },
  { "Shares in Morgan Stanley fell. Morgan Stanley said profits rose.", "ORG:Morgan Stanley | ORG:Morgan Stanley" },
  /* A headline's mention takes the label the body gives all the same
   * words' mentions (vote_headline()). */
  { "El Mansouri targets cross country\n\nDouble world champion Hicham El Mansouri will run at the cross country "
    "event. El Mansouri said he was fit.",
    "PERSON:El Mansouri | PERSON:Hicham El Mansouri | PERSON:El Mansouri" },
  /* Not in a result's headline: the club, whatever the body's place. */
  { "Bath 19-20 Gloucester\n\nIn Gloucester the weather was wet. Police in Gloucester said the roads were quiet.",
    "ORG:Bath | ORG:Gloucester | GPE:Gloucester kb=geonames:2648404 country=United Kingdom "
    "| GPE:Gloucester kb=geonames:2648404 country=United Kingdom" },
  /* A player's position before one word decides its other mentions too
   * (a post does not: "market leader X" may be the firm). */
  { "Unclear future for striker Baronek\n\nBaronek, who is the club's leading scorer, was dropped for the final. "
    "Baronek was angry.",
    "PERSON:Baronek role=striker | PERSON:Baronek | PERSON:Baronek" },
