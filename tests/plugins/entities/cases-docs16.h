/* cases-docs16.h: rows of test-entities-votes.c's table (included
 * inside it): one name, one label, by what the document says of it
 * somewhere (issue 24).  A company described between dashes or as a
 * "group"; a band the text names so twice, whatever a person of the
 * same surname says; a person's possessive that is no company's; and
 * the sentences next to each where it must not fire.  All names
 * invented, all sentences written here. */

  /* An apposition between dashes, as between commas; its noun may go on
   * with a participle's phrase up to the closing dash. */
  { "Harlowe - the steel maker - has warned on profits. Harlowe said demand fell.", "ORG:Harlowe | ORG:Harlowe" },
  { "Pavlask - the gas firm bought by a rival in March - is in the news. Pavlask pumps gas.",
    "ORG:Pavlask | ORG:Pavlask" },
  /* "group" heads a company's apposition as "firm" does. */
  { "Tessamir, the chemicals group, said sales fell. Workers at Tessamir were told on Monday.",
    "ORG:Tessamir | ORG:Tessamir" },
  /* Not a clause between dashes ("the firm says"), a noun owning what
   * follows ("the firm's founder"), a person's post the noun qualifies
   * ("the company lawyer"), nor a dash closing what a comma opened
   * ("However, the firm - now called X -"). */
  { "Dr Harlowe - the firm says - is wrong. Harlowe said nothing.", "PERSON:Harlowe | PERSON:Harlowe" },
  { "Sophie Brennick - the firm's founder - left on Monday.", "PERSON:Sophie Brennick" },
  { "Vossberg - the company lawyer - said nothing. Anna Vossberg left.",
    "PERSON:Vossberg=Anna Vossberg | PERSON:Anna Vossberg" },
  { "However, the firm - now called Castamir Holdings - has recovered. Castamir Holdings said so.",
    "ORG:Castamir Holdings | ORG:Castamir Holdings" },
  /* A band the text names so twice (the headline's "Rock band X", "the
   * band X") is the band at every mention, not the surname of a singer
   * of the same name elsewhere in the story; the headline's too. */
  { "Rock band Ormsby plan comeback\n\nThe band Ormsby sold a million records. Carol Ormsby was a singer in "
    "the 1960s. Ormsby released their second album in May.",
    "ORG:Ormsby | ORG:Ormsby | PERSON:Carol Ormsby | ORG:Ormsby" },
  /* Not a singer the text calls one ("Pop singer X", "Singer Kate X"),
   * nor a band named once beside a person of its name: "X said she"
   * is hers. */
  { "Pop singer Ormsby shines\n\nSinger Kate Ormsby sold a million records. Ormsby released her second album in "
    "May.",
    "PERSON:Ormsby=Kate Ormsby | PERSON:Kate Ormsby role=Singer | PERSON:Ormsby=Kate Ormsby" },
  { "The band Dervish played in York. Their singer Amy Dervish left in May. Dervish said she would be missed.",
    "ORG:Dervish | GPE:York country=United Kingdom | PERSON:Amy Dervish | PERSON:Dervish=Amy Dervish",
    "a band named so once beside a person of its name: its own mention (\"the band X\") is linked to her" },
  /* A person the document names in full keeps their possessive: "X's
   * shares" after "Greg X, who chairs ..." are his. */
  { "Greg Lentz, who chairs the retailer Saxby, sold his shares on Monday. Lentz's shares were worth £5m. "
    "Saxby's shares fell.",
    "PERSON:Greg Lentz | ORG:Saxby | PERSON:Lentz=Greg Lentz | ORG:Saxby" },
  /* What a person holds is his ("Lentz's shares", "Lentz's stake");
   * what only a firm has is the firm's, a company named after the man
   * ("Lentz's profits", "Lentz's workforce"). */
  { "Greg Lentz founded the firm in 1990. Lentz's shares rose last year and Lentz's stake grew.",
    "PERSON:Greg Lentz | PERSON:Lentz=Greg Lentz | PERSON:Lentz=Greg Lentz" },
  { "Greg Lentz founded the firm in 1990. Lentz's profits rose last year and Lentz's workforce grew.",
    "PERSON:Greg Lentz | ORG:Lentz | ORG:Lentz" },
  /* A company named after its founder: the text's own words decide each
   * mention ("the retailer X", "X's shares"; "Mr X's stake"). */
  { "Brian Mortlake founded the retailer Mortlake in 1982. Mortlake's shares fell 4% on Monday. Mr Mortlake's "
    "stake is worth £20m.",
    "PERSON:Brian Mortlake | ORG:Mortlake | ORG:Mortlake | PERSON:Mortlake" },
  { "Janet Pell, who chairs Ostrander, said profits would fall. Ostrander's shares fell. Pell's warning hit the "
    "market.",
    "PERSON:Janet Pell | ORG:Ostrander | ORG:Ostrander | PERSON:Pell=Janet Pell" },
  /* A company the companies' list holds, which the tagger called a
   * place, a thing or a person, in a list or a range of companies
   * whose other names are organisations, one of them a known company:
   * the company (vote_listed_companies(), votes.c). */
  { "From Bentley to Nissan, carmakers cut jobs.", "ORG:Bentley | ORG:Nissan" },
  { "Sales of Nokia and Ericsson phones rose.", "ORG:Nokia | ORG:Ericsson" },
  /* Not a comma alone ("In X, Y opened"), "from X" and "to Y" apart, a
   * person the text marks so ("Mr X and Y"), nor what a company owns
   * ("Y's X, Z and W"). */
  { "In Bentley, Nissan opened a plant.", "LOC:Bentley | ORG:Nissan" },
  { "Workers from Bentley went to Nissan.", "LOC:Bentley | ORG:Nissan" },
  { "Mr Kellogg and Heinz met.", "PERSON:Kellogg | ORG:Heinz" },
  { "Sony's Walkman, Philips and Nokia were named.", "ORG:Sony | MISC:Walkman | ORG:Philips | ORG:Nokia" },
  /* A band's player named after its possessive ("X's drummer Tom
   * Pike", a word between allowed): the band, at its other mentions
   * too (music.c, band_before()). */
  { "Ulverin's lead singer Tom Pike said the band would tour. Ulverin play in June.",
    "ORG:Ulverin | PERSON:Tom Pike | ORG:Ulverin" },
  { "Fans say Ulverin's former drummer Tom Pike left.", "ORG:Ulverin | PERSON:Tom Pike" },
  /* Not a first name ("Madonna's guitarist": a solo singer has players
   * too), the surname of a person named before, nor after an honorific. */
  { "Madonna's guitarist Tom Pike left in May.", "PERSON:Madonna | PERSON:Tom Pike" },
  { "Amy Castell sang. Castell's guitarist Tom Pike left in May.",
    "PERSON:Amy Castell | PERSON:Castell=Amy Castell | PERSON:Tom Pike" },
  { "Mr Kessick's singer Tom Pike left.", "PERSON:Kessick | PERSON:Tom Pike" },
  /* A name of two words the text calls a band once is the band where the
   * tagger or a loc-head made it a place ("X Road"); the singer's own
   * surname stays hers (spread_cued_runs(), votes.c). */
  { "Amy Castell, who sings for the band Dervish Road, has left. Castell's voice was the band's trademark. Dervish "
    "Road will go on without her.",
    "PERSON:Amy Castell | ORG:Dervish Road | PERSON:Castell=Amy Castell | ORG:Dervish Road" },
  /* Not a thing (MISC) the text gave a spokesman: an event has them too. */
  { "A spokesman for the Harbour Summit said talks went well. The Harbour Summit ends on Friday.",
    "ORG:Harbour Summit | MISC:Harbour Summit" },
  /* "its" and what only a company has in the clause of the name opening
   * the sentence: the company, at every mention, the headline's too
   * (companies.c, subject_owner()). */
  { "Kovrinsk owner faces court\n\nKovrinsk has asked its shareholders to back the plan. Kovrinsk filed for "
    "bankruptcy.",
    "ORG:Kovrinsk | ORG:Kovrinsk | ORG:Kovrinsk" },
  /* Not across another clause ("where", a comma), nor a name the lists
   * give a person. */
  { "Kovrinsk vote\n\nKovrinsk is the town where the firm asked its shareholders to back the plan. Kovrinsk voted "
    "no.",
    "LOC:Kovrinsk | LOC:Kovrinsk | LOC:Kovrinsk" },
  { "Kovrinsk vote\n\nKovrinsk, the town, saw the firm ask its shareholders to back the plan. Kovrinsk voted no.",
    "LOC:Kovrinsk | LOC:Kovrinsk | LOC:Kovrinsk" },
  { "Bellini is not planning to sell its unit. The sale of Bellini was halted.", "PERSON:Bellini | PERSON:Bellini" },
