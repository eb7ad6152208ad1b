/* cases-mend16b.h: rows of test-entities-works.c's table (included
 * inside it) from the sixteenth session's review of the works and
 * kinds rules: sentences near them, written here, where they misfired. */

/* After a broadcaster's possessive, a post and who holds it are no
 * programme. */
{ "The film was shown. He told Channel 4's Chief Correspondent Alex Thomson that he would stand.",
  "ORG:Channel 4 | PERSON:Alex Thomson" },
/* A name inside a programme's title is the title's. */
{ "The film was shown. He told BBC Two's Lunch with Harris that he would stand.",
  "ORG:BBC Two | MISC:Lunch with Harris" },
/* A list of titles placed one by one goes on past a title the rule
 * does not take, and a sentence of many song nouns is walked once. */
{ "The album sold well. Its tracks were all in the top 40 including Blue Lanterns at number 12, It's Over Now or Never at number 19 and Paper Kites at number 33.",
  "MISC:Blue Lanterns | MISC:Paper Kites" },
/* A run before "by" after "at" or "for" ("the" or an owner's
 * possessive between) is where or for whom it was done; a place stays
 * one. */
{ "The album was reviewed. The best goal at Old Trafford by Wayne Rooney came late on.",
  "LOC:Old Trafford | PERSON:Wayne Rooney" },
{ "The film opened. The best reviews were written for the Guardian by Peter Bradshaw.",
  "ORG:Guardian | PERSON:Peter Bradshaw" },
{ "The album sold well. His track record was praised at Tuesday's Cabinet by John Prescott.",
  "PERSON:John Prescott" },
{ "The album sold well. The best of them was Lost Highway by Jon Harte.",
  "MISC:Lost Highway | PERSON:Jon Harte" },
/* After a broadcaster's possessive, a place the tagger reads stays one
 * (a team or a desk named for it). */
{ "The film was shown. He told BBC Scotland's Holyrood team that he would resign.",
  "ORG:BBC Scotland | LOC:Holyrood" },
{ "The film was shown. He spoke on BBC Two's Working Lunch about the markets.",
  "ORG:BBC Two | MISC:Working Lunch" },
/* A title with an owner's possessive inside after a work's noun, the
 * owner named nowhere else: the title whole. */
{ "The film did well. The animated film Tiger's Long Walk opens on Friday.", "MISC:Tiger's Long Walk" },
{ "The album sold well. The album Jack's Broken Heart went to number one.", "MISC:Jack's Broken Heart" },
{ "The film did well. The new film Captain Marlow's Last Voyage topped the box office.",
  "MISC:Captain Marlow's Last Voyage" },
/* Not a clause about the owner's people or things, a listed or a
 * place's possessive, nor a maker's full name before the title. */
{ "The film did well. The film Tom's friends made was shown in Leeds.", "PERSON:Tom | GPE:Leeds" },
{ "The film did well. The film Miramax's Harvey Weinstein bought was shown in Cannes.",
  "ORG:Miramax | PERSON:Harvey Weinstein | GPE:Cannes" },
{ "The album sold well. The album Sony's Japanese arm released sold badly.", "ORG:Sony | NORP:Japanese" },
/* A people's plural where the document names a championship by its
 * first word: the event only after a preposition and "the". */
{ "The European Indoor Championships are in Madrid. She won gold at the Europeans last year.",
  "MISC:European Indoor Championships | GPE:Madrid | MISC:Europeans" },
{ "The European Indoor Championships are in Madrid. The Europeans voted to move the event to Spain.",
  "MISC:European Indoor Championships | GPE:Madrid | NORP:Europeans | GPE:Spain" },
{ "The European Championships were held in Portugal. The Europeans who live in Spain pay tax there.",
  "MISC:European Championships | GPE:Portugal | NORP:Europeans | GPE:Spain" },
/* A title with an alternative after "or," (or "; or,"), a question
 * closing it, whole; not a clause or an aside after "or,". */
{ "The film did well. The new film Grey Harbour or, Who Killed the Mayor? opens next week.",
  "MISC:Grey Harbour or, Who Killed the Mayor?" },
{ "The film did well. The film Grey Harbour or, How I Lost My Hat was shown in Leeds.",
  "MISC:Grey Harbour or, How I Lost My Hat | GPE:Leeds" },
{ "The book sold well. The novel Harbour Lights; or, The Last Summer was reissued.",
  "MISC:Harbour Lights; or, The Last Summer" },
{ "The film did well. He saw the film Grey Harbour or, failing that, a comedy.", "MISC:Grey Harbour" },
{ "The film did well. Tickets for the film cost £5 or, for children, £3.", "" },
/* A festival the document names by its place is the event where a band
 * plays it; not a place the sentence does not play, a ground's name, a
 * club in a sport report, nor with no band, musician or work named. */
{ "The band will headline the Greenfield Festival in June. They played at Greenfield last year to 50,000 fans.",
  "MISC:Greenfield Festival | MISC:Greenfield" },
{ "The band will headline the Greenfield Festival in June. The police in Greenfield said traffic would be heavy.",
  "MISC:Greenfield Festival | GPE:Greenfield" },
{ "The band sold out the Leeds Festival. Chelsea played Leeds on Saturday and won 2-0.",
  "MISC:Leeds Festival | ORG:Chelsea | ORG:Leeds" },
{ "The Cheltenham Festival starts on Tuesday. Gloucester played at Cheltenham last year and lost.",
  "MISC:Cheltenham Festival | ORG:Gloucester | GPE:Cheltenham" },
