/* cases-works16.h: rows of test-entities-works.c's table (included
 * inside it) for the sixteenth session's works: each rule's sentences,
 * and the sentences near it where it must not fire, written here. */

/* A prize's lowercase word between an award's category and "for"
 * ("the best album award for X", "the best single prize for X"): the
 * title after "for" is the work it was won for. */
{ "The band took the best album award for Paper Lanterns at the ceremony.", "MISC:Paper Lanterns" },
{ "The song did well: the singer won the best single prize for Quiet Engines.", "MISC:Quiet Engines" },
{ "The film was a hit. She won the best newcomer trophy for Cold Water Blues.", "MISC:Cold Water Blues" },
/* Not a person's name there, a place or a club, a sport report, a
 * category no award names, nor where no work is named at all. */
{ "The album sold well. He won the best producer award for Mark Ronson's label.", "PERSON:Mark Ronson" },
{ "The film was a hit. It may win the best director prize for Peter Harlan, the critics say.", "PERSON:Peter Harlan" },
{ "The film was a hit. It won the best single prize for Scotland, the judges said.", "GPE:Scotland" },
{ "Chelsea won 2-1. He took the best player award for Chelsea.", "ORG:Chelsea | ORG:Chelsea" },
{ "The film was a hit. He won the best value award for Tesco shoppers.", "ORG:Tesco" },
{ "The firm won the best employer award for Unilever last year.", "ORG:Unilever" },
/* "for" after a prize's word is not "voted for": a person voted for. */
{ "The album sold well. Fans voted for Paul Weller in the best single poll.", "PERSON:Paul Weller" },
/* An act's possessive and a title placed in a chart ("at number two",
 * "from number one", "to No 1"): the title, a short or a plain one too,
 * in a document that speaks of works. */
{ "The album sold well. Singer Tom Vale's Glass Trains went straight in at number two.",
  "PERSON:Tom Vale | MISC:Glass Trains" },
{ "The album was a hit. Singer Tom Vale's Paper Moon, which entered the chart at number four, fell.",
  "PERSON:Tom Vale | MISC:Paper Moon" },
{ "The album sold well. It pushed Madonna's Burning Up from number one to No 3.",
  "PERSON:Madonna | MISC:Burning Up" },
/* Not a member after his band's possessive, a player after his club's,
 * nor a place the lists know. */
{ "The album sold well. Oasis's Chris Martin went to number one in the chart.",
  "ORG:Oasis | PERSON:Chris Martin" },
{ "The album sold well. Liverpool's Steven Gerrard stays at number one in the chart.",
  "ORG:Liverpool | PERSON:Steven Gerrard" },
{ "The album sold well. Madonna's London home rose to number four on the list of sales.",
  "PERSON:Madonna | GPE:London" },
{ "The album sold well. Singer Tom Vale's New York flat is at number four on the list.",
  "PERSON:Tom Vale | GPE:New York" },
/* After "by" a possessive is inside the act's own name; the tagger
 * reads the owner alone, and the rule leaves the rest. */
{ "The album sold well. Glass Trains, by Shelly's Child, Jo and Lil Kim, debuted at number four.",
  "MISC:Glass Trains | ORG:Shelly's Child | PERSON:Jo | PERSON:Lil Kim",
  "an act's name with a possessive inside after \"by\" (the tagger's Shelly ORG; the chart rule leaves Child)" },
/* A broadcaster's possessive after "told" or "on" (cues.tsv kind
 * media-verb): the name after it is the programme, MISC. */
{ "He told Channel 4's Tonight Desk he was sorry.", "ORG:Channel 4 | MISC:Tonight Desk" },
{ "She appeared on BBC One's Morning Glory with her husband.", "ORG:BBC One | MISC:Morning Glory" },
{ "The coach told BBC Five Live's Matchweek: \"We will fight on.\"", "ORG:BBC Five Live | MISC:Matchweek" },
/* Whole with its lowercase words, but not a day after it. */
{ "He told BBC Radio 4's Evening at Nine that he would stay.", "ORG:BBC Radio 4 | MISC:Evening at Nine" },
{ "He told BBC Radio 4's Today on Tuesday that he would stay.", "ORG:BBC Radio 4 | MISC:Today" },
/* Not a reporter a first name opens or of a person's shape, a
 * company's unit without a media verb, a place the lists know, a
 * head's name, nor a day. */
{ "He told the BBC's Nick Robinson he was sorry.", "ORG:BBC | PERSON:Nick Robinson" },
{ "He told CNN's Zubair Khan he was sorry.", "ORG:CNN | PERSON:Zubair Khan" },
{ "He told Sky's Rupert Murdoch he would stay.", "ORG:Sky | PERSON:Rupert Murdoch" },
{ "He sold the plant to GM's Opel last year.", "ORG:GM | ORG:Opel" },
{ "He told ITV's London Studios staff to go home.", "ORG:ITV | ORG:London Studios" },
{ "He told BBC Scotland's Glasgow audience he would stay.", "ORG:BBC Scotland | GPE:Glasgow" },
{ "He spoke on BBC One's Sunday schedule after the news.", "ORG:BBC One" },
/* A championship's short names where the document names it in full:
 * its first word made plural, and "Indoors" ending an indoor one's. */
{ "She ran at the Commonwealth Championships in March. \"I want a medal at the Commonwealths,\" she said.",
  "MISC:Commonwealth Championships | MISC:Commonwealths" },
{ "He won the World Championships in Paris. The Worlds were his last race.",
  "MISC:World Championships | GPE:Paris | MISC:Worlds" },
{ "He will race at the World Indoors in Budapest.", "MISC:World Indoors | GPE:Budapest" },
/* Not the people where no championship is named, a nationality the
 * lists know, nor "indoors" the adverb, capitalised at a sentence's
 * start. */
{ "Africans buy more phones than Americans, the report said.", "NORP:Africans | NORP:Americans" },
{ "The Australians won the Australian Championships again.", "NORP:Australians | MISC:Australian Championships" },
{ "He stayed indoors on Sunday. Indoors, the crowd was quiet.", "" },
/* A title before "by" and its maker where the sentence names a work,
 * a song or an award. */
{ "The drama won. The Paper Kingdom by Tom Vale was named best new play.",
  "MISC:Paper Kingdom | PERSON:Tom Vale" },
{ "The novel sold well. Copper Rivers by Jane Hollis won the award.", "MISC:Copper Rivers | PERSON:Jane Hollis" },
{ "The album sold well. Silver Lanes by Tom Vale was the best single of the year.",
  "MISC:Silver Lanes | PERSON:Tom Vale" },
{ "The album sold well. They played Glass Trains by Blur, the best single of 1995.", "MISC:Glass Trains | ORG:Blur" },
/* Not a participle opening the sentence, nor a place the lists know. */
{ "The film was a hit. Directed by Tom Vale, it won best film.", "PERSON:Tom Vale" },
{ "The novel sold well. Britain by Tom Vale's count has the best writers.", "GPE:Britain | PERSON:Tom Vale" },
/* A song's plural noun listing titles: in apposition, closed by the
 * same mark, and placed in a chart one by one. */
{ "The album sold well. His two singles, Paper Moon and Silver Lanes, reached numbers 19 and 10.",
  "MISC:Paper Moon | MISC:Silver Lanes" },
{ "The album sold well. He had two more hits - Paper Moon and Silver Lanes - last year.",
  "MISC:Paper Moon | MISC:Silver Lanes" },
{ "The album sold well. Four of his old singles are in the top 40, including Paper Moon at number 12, Glass Trains at "
  "number 19 and Silver Lanes at number 33.",
  "MISC:Paper Moon | MISC:Glass Trains | MISC:Silver Lanes" },
/* Not the acts of "the singles chart", people after the noun and a
 * comma, one title alone, a list the mark does not close. */
{ "The album sold well. The singles chart has Tom Vale at number one, Jane Hollis at number two and Jo Bright at "
  "number three.",
  "PERSON:Tom Vale | PERSON:Jane Hollis | PERSON:Jo Bright" },
{ "The album sold well. He wrote hits, Tom Vale and Jane Hollis said.", "PERSON:Tom Vale | PERSON:Jane Hollis" },
{ "The album sold well. Of his singles, Jo Bright liked one.", "PERSON:Jo Bright" },
