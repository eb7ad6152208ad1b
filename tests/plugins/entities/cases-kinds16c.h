/* cases-kinds16c.h: the sixteenth session's rows for places and papers
 * of the right kind (issue 24, branch ent-kinds16c).  Included in
 * test-entities-places.c's table.  All sentences written here; each
 * rule with sentences next to it where it must not fire. */

/* A state or a province ISO 3166-2 lists that the tagger read as a
 * place is the political unit, GPE with its code (rules-towns.c,
 * mend_tagged_states()). */
{ "The singer was staying at a hotel in Florida last month.", "GPE:Florida kb=iso3166-2:US-FL" },
{ "The chain has stores in Rhode Island and Colorado.", "GPE:Rhode Island kb=iso3166-2:US-RI country=United States | GPE:Colorado kb=iso3166-2:US-CO" },
{ "The shoe maker is based in Beaverton, Oregon.", "GPE:Beaverton kb=geonames:5713376 country=United States | GPE:Oregon kb=iso3166-2:US-OR" },
{ "The group moved its legal home to the US state of Delaware.", "GPE:US=United States kb=iso3166:US | GPE:Delaware kb=iso3166-2:US-DE" },
/* ... one it read as an organisation only beside a word of its
 * government: the office, "of" and the name, or the name and the word. */
{ "Papers filed in a Delaware court show the price.", "GPE:Delaware kb=iso3166-2:US-DE" },
{ "Texas Judge Mary Hollis said the sale could go ahead.", "GPE:Texas kb=iso3166-2:US-TX | PERSON:Mary Hollis role=Judge role_org=Texas" },
/* ... not beside another word (a firm's officer), a college's side, a
 * country or a city the lists know better, a province named after its
 * chief town. */
{ "The Delaware chief executive, Tom Hart, quit.", "ORG:Delaware | PERSON:Tom Hart" },
{ "The Florida State coach was sacked on Monday.", "ORG:Florida" },
{ "Georgia and Armenia signed a gas deal.", "GPE:Georgia kb=iso3166:GE | GPE:Armenia kb=iso3166:AM" },
{ "He flew to Washington for talks.", "GPE:Washington country=United States" },
{ "They toured Thailand and stayed in Phuket.", "GPE:Thailand kb=iso3166:TH | GPE:Phuket kb=geonames:1151254 country=Thailand" },

/* A paper named like a people, after a word of the press and "of the"
 * or after "told The", "writing in The" (the title's own capitalised
 * article), is the paper, ORG (rules-context.c). */
{ "She is the editor of The Australian.", "ORG:Australian" },
{ "He said so in an interview, and told The Scotsman more.", "ORG:Scotsman" },
{ "Writing in The Independent, he said the plan was flawed.", "ORG:Independent" },
{ "A correspondent of the Herald said it was over.", "ORG:Herald" },
/* ... not a people before a noun it modifies, a sentence's first
 * word, nor after a word that is no press's. */
{ "He told the Australian delegation that talks had stalled.", "NORP:Australian=Australia kb=iso3166:AU country=Australia" },
{ "She is the editor of the American edition of the magazine.", "NORP:American=United States kb=iso3166:US country=United States" },
{ "He is a reporter of the Kenyan army.", "NORP:Kenyan=Kenya kb=iso3166:KE country=Kenya" },
{ "The Australian won the race.", "NORP:Australian=Australia kb=iso3166:AU country=Australia" },

/* A city the lists name on their own, read as an organisation before a
 * noun of a city's (seats.tsv kind city-noun), is the city, outside a
 * report of teams (rules-towns.c, mend_town_modifiers()). */
{ "Her lawyer asked a Los Angeles court to freeze the money.", "GPE:Los Angeles country=United States" },
{ "San Francisco police said they had found nothing.", "GPE:San Francisco country=United States" },
/* ... not before a club's word. */
{ "The Liverpool manager was sacked after the defeat.", "ORG:Liverpool" },
