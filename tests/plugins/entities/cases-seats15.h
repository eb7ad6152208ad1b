/* cases-seats15.h: the fifteenth session's rows for seats.c (issue 24),
 * included in test-entities-seats.c's table.  All sentences written
 * here; each rule with sentences next to it where it must not fire. */

/* A seat's name after "MP for", before "MP", "constituency",
 * "by-election", or after "represented" in a document of politics, is a
 * place (GPE), at its other mentions too. */
{ "Paul Smith, the MP for Norwich, will stand down.", "PERSON:Paul Smith role=MP | GPE:Norwich" },
{ "Tatton MP Jane Smith spoke. The Tatton seat is safe.", "GPE:Tatton | PERSON:Jane Smith role=MP role_org=Tatton | GPE:Tatton" },
{ "Voters in the Hartlepool constituency go to the polls.", "GPE:Hartlepool" },
{ "The Leicester South by-election was held in July.", "GPE:Leicester South" },
{ "She has represented Glimmerton since 1997, the MP said.", "GPE:Glimmerton" },
/* ... a seat named by two places after "MP for" or "the member for" is
 * one name; not a person or a party after "and", nor "a member for". */
{ "Quentin Davies, the MP for Grantham and Stamford, was attacked.",
  "PERSON:Quentin Davies role=MP | GPE:Grantham and Stamford" },
{ "Sir Nicholas was the member for Kensington and Chelsea.", "PERSON:Nicholas | GPE:Kensington and Chelsea" },
{ "The MP for Leeds and Mr Smith met.", "GPE:Leeds | PERSON:Smith" },
{ "As MP for Leeds and Plaid Cymru's leader, he spoke.", "GPE:Leeds | ORG:Plaid Cymru" },
{ "She was a member for 20 years and a member for Hull.", "LOC:Hull" },
/* ... a name no pass found after "MP for", or the tagger's run from
 * "MP"; a city a rule made a body before "constituency". */
{ "He was elected MP for Hornsey in 1992.", "GPE:Hornsey" },
{ "Steve Pound, MP for Ealing North, spoke.", "PERSON:Steve Pound role=MP | GPE:Ealing North" },
{ "He was elected for a Cardiff constituency in 1945.", "GPE:Cardiff kb=geonames:2653822 country=United Kingdom" },
/* ... not a seat word followed by "of" or "for" and a lowercase noun:
 * a figure; a name or a year may follow. */
{ "The Arsenal constituency of fans is vocal.", "ORG:Arsenal" },
{ "The Chelsea by-election for the club board was called off.", "ORG:Chelsea" },
{ "Labour holds the Sedgefield constituency of Tony Blair.", "ORG:Labour | GPE:Sedgefield | PERSON:Tony Blair" },
{ "The Hartlepool by-election of 2004 was close.", "GPE:Hartlepool" },
/* ... not a number after "MP for", nor "seat belt". */
{ "He has been MP for 20 years and wears a seat belt.", "" },
/* ... not a party before "MP", "MP for" or "MPs", nor a name the
 * document writes before "party". */
{ "The Labour MP for Leeds Central said the party would win.", "ORG:Labour | GPE:Leeds Central" },
{ "Labour MPs and the Labour MP Tom Watson met.", "ORG:Labour | PERSON:Tom Watson role=MP" },
{ "The Alba MP said the Alba party would win.", "ORG:Alba | ORG:Alba" },
{ "The Labour MP said the Tory MP was wrong.", "ORG:Labour | NORP:Tory" },
/* ... not "seat" or "represented" outside politics (a team, a car). */
{ "Michael Schumacher took the Ferrari seat in 1996.", "PERSON:Michael Schumacher | ORG:Ferrari" },
{ "Jonny Wilkinson has represented Newcastle since 1997.", "PERSON:Jonny Wilkinson | ORG:Newcastle" },

/* A language's name (languages.tsv, ISO 639) after "in", "learn",
 * "speak", or before "name", "word", "for" and a quote, is MISC named
 * by its language, with the languages listed after it. */
{ "The service was held in Latin and the priests speak Welsh.", "MISC:Latin | MISC:Welsh" },
{ "She wants to learn Mandarin.", "MISC:Mandarin=Mandarin Chinese" },
{ "The word comes from the Greek for 'truth'.", "MISC:Greek" },
{ "He gave the baby a Gaelic name.", "MISC:Gaelic" },
{ "Signs are written in Welsh and English.", "MISC:Welsh | MISC:English" },
{ "He scored in English and Scottish football.", "NORP:English=United Kingdom kb=iso3166:GB country=United Kingdom | NORP:Scottish=United Kingdom kb=iso3166:GB country=United Kingdom" },
{ "The film was released in English and Spanish.", "MISC:English | MISC:Spanish" },
{ "The song was recorded in Mandarin and Cantonese to raise funds.", "MISC:Mandarin=Mandarin Chinese | MISC:Cantonese" },
/* ... not a nationality before a noun, nor inside a longer name, nor a
 * country's name ISO 639 also gives a language (Tonga). */
{ "Welsh voters backed the Welsh Assembly.", "NORP:Welsh=United Kingdom kb=iso3166:GB country=United Kingdom | ORG:Welsh Assembly" },
{ "Sales in French markets fell.", "NORP:French=France kb=iso3166:FR country=France" },
{ "Investors in Tonga and Latin America were hit.", "GPE:Tonga kb=iso3166:TO | LOC:Latin America" },
{ "The French for cat is chat.", "NORP:French=France kb=iso3166:FR country=France" },

/* An acronym before "format", "discs" or "console" is a format, MISC,
 * at each of its mentions. */
{ "Films come on the VCD format for the PSP. VCD discs cost more.", "MISC:VCD | MISC:PSP | MISC:VCD" },
/* ... and the name it ends ("Sony PSP"); the company alone stays one. */
{ "The Sony PSP console hits shops. Sony's profits rose.", "MISC:Sony PSP | ORG:Sony" },
/* ... not a body's acronym: one with a possessive or a reporting verb,
 * nor before "standard". */
{ "The BBC format sold well. The BBC said so.", "ORG:BBC | ORG:BBC" },
{ "The BBC disc jockey John Peel died in October.", "ORG:BBC | PERSON:John Peel" },
{ "The IBM disk drive failed twice.", "ORG:IBM" },
{ "The NUJ format was agreed, the NUJ's leader said.", "ORG:NUJ | ORG:NUJ" },
{ "The GMB union said the GMB format was fair.", "ORG:GMB | ORG:GMB" },
/* ... a party before "MP" or "seat" is no seat (parties.tsv, from
 * WordNet), nor a kind of member ("Euro MP"). */
{ "He won a safe Conservative seat. The Euro MP Ann Kirk spoke.", "PERSON:Ann Kirk role=MP" },
