/* cases-spans16.h: rows of test-entities-spans.c's table for issue 24's
 * spans round of ent-spans16, each rule with the sentences next to it
 * where it must not fire.  Included inside that table. */

  /* A body's noun (cues.tsv org-word: a duchy, a diocese, a church, a
   * guild, a chamber) before "of" and a place or a name: one ORG
   * (orgnames.c's join_connected()). */
  { "The Diocese of Ripon said so.", "ORG:Diocese of Ripon" },
  { "Aides from the Duchy of Brittany and the Duchy of Savoy spoke.",
    "ORG:Duchy of Brittany | ORG:Duchy of Savoy" },
  { "The Church of Scotland said so.", "ORG:Church of Scotland" },
  { "The Archdiocese of Boston paid the claims.", "ORG:Archdiocese of Boston" },
  { "The Guild of Food Writers met.", "ORG:Guild of Food Writers" },
  { "The Chamber of Deputies voted.", "ORG:Chamber of Deputies" },
  /* Not a lowercase noun ("the people of Kent", "a chamber of
   * horrors"), a title ("the Mayor of London"), nor a possessive cut
   * off the body ("the Bank of England's"). */
  { "The people of Kent voted.", "GPE:Kent" },
  { "The Mayor of London met the people of Kent.", "GPE:London country=United Kingdom | GPE:Kent" },
  { "He visited the chamber of horrors.", "" },
  { "A guild of writers met on Monday.", "" },
  { "The Bank of England's governor spoke.", "ORG:Bank of England" },
  { "The Church of England's bishops met.", "ORG:Church of England" },

  /* A body's long name cut before "and" and its last word: the tagger's
   * ORG holding a connector, "and" and one capitalised English word
   * (orgnames.c's join_and_last_word()). */
  { "The Department for Education and Skills said exams would change.",
    "ORG:Department for Education and Skills" },
  { "The Ministry of Health and Welfare said so.", "ORG:Ministry of Health and Welfare" },
  /* Never two names glued: no connector in the first, a listed company
   * or a body's name of one word after "and". */
  { "Shell and BP raised prices.", "ORG:Shell | ORG:BP" },
  { "The Bank of England and Barclays agreed.", "ORG:Bank of England | ORG:Barclays" },
  { "The Bank of England and Treasury agreed.", "ORG:Bank of England | ORG:Treasury" },
  { "Britain and France agreed.", "GPE:Britain=United Kingdom kb=iso3166:GB | GPE:France kb=iso3166:FR" },
  /* A body named in brackets after "body" or "board" whose name holds
   * "and" (join_bracketed_bodies()). */
  { "It would be for its national governing body (Ireland Badminton and Squash Federation) to act.",
    "ORG:Ireland Badminton and Squash Federation" },
  { "The sport's board (England and Wales Cricket Board) met.", "ORG:England and Wales Cricket Board" },
  /* Not two places or two companies' names in the brackets, nor
   * brackets after another noun. */
  { "The governing body (England and Wales) agreed.", "GPE:England country=United Kingdom | GPE:Wales country=United Kingdom" },
  { "The governing body (Shell and BP) met.", "ORG:Shell | ORG:BP" },
  { "He ran at the meeting (Canada Track and Field) on Sunday.", "GPE:Canada kb=iso3166:CA",
    "a tagger that reads no place in a sport's name (Field LOC); the brackets stay as it read them" },

  /* A plural possessive inside a name: a class of people (person-nouns.tsv,
   * or a compound ending in one), alone, after capitalised English words
   * or a place, then capitalised words ending in a head: one name, its
   * head's label (spans.c's mend_possessive_names()). */
  { "The Poets' Circle named her poet of the year.", "ORG:Poets' Circle" },
  { "The Professional Footballers' Association said so.", "ORG:Professional Footballers' Association" },
  { "The Sportswriters' Association named him player of the year.", "ORG:Sportswriters' Association" },
  { "The Lawyers' Guild said so.", "ORG:Lawyers' Guild" },
  /* A singular possessive still owns what follows; a place's, a
   * person's or a party's plural too; and nothing without a head. */
  { "Britain's Tony Smith won.", "GPE:Britain=United Kingdom kb=iso3166:GB | PERSON:Tony Smith" },
  { "Tony Blair's Labour Party won.", "PERSON:Tony Blair | ORG:Labour Party" },
  { "The Tories' leader Michael Howard spoke.", "NORP:Tories | PERSON:Michael Howard role=leader role_org=Tories" },
  { "The fans' favourite Wayne Rooney scored.", "PERSON:Wayne Rooney" },
  { "A circle of friends met on Monday.", "" },

  /* A nationality's noun before a person (demonyms.tsv's Welshman,
   * Dutchman, Frenchwoman): NORP, then the person; alone, NORP. */
  { "The title went to Scotsman Tom Price after a long rally.",
    "NORP:Scotsman=United Kingdom kb=iso3166:GB country=United Kingdom | PERSON:Tom Price" },
  { "The Englishman held on to win the final set.", "NORP:Englishman=United Kingdom kb=iso3166:GB country=United Kingdom" },
  /* A people in the plural the lists hold in the singular (orgnames.c's
   * mend_pieces()): NORP. */
  { "Thousands of Malawians voted on Tuesday.", "NORP:Malawians" },
  /* Not a person's noun after "The" inside a sentence: a paper's name. */
  { "He is political editor of The Scotsman, he said.", "ORG:Scotsman" },
  /* ... but an adjective after it stays the people's. */
  { "He said The British were coming.", "NORP:British=United Kingdom kb=iso3166:GB country=United Kingdom" },
  /* A first name and a surname the tagger read as two bodies: one
   * person; not two clubs, a place's station, a product in capitals. */
  { "Adelaide Hamilton won the prize for her first novel.", "PERSON:Adelaide Hamilton" },
  { "He took the train from Victoria Station.", "LOC:Victoria Station" },
  /* Two titles joined by "and" are no name. */
  { "The King and Queen visited Paris.", "GPE:Paris country=France" },

  /* A house alone, "for" and a seat the tagger read as one body: the
   * house, then the seat (orgnames.c's house_for_seat()); not a longer
   * body's name, nor a body that is no house. */
  { "He entered Parliament for Bolton West in 1997.", "ORG:Parliament | GPE:Bolton West" },
  { "The National Assembly for Wales met.", "ORG:National Assembly for Wales" },
  { "The Campaign for Scotland was launched.", "ORG:Campaign for Scotland" },
