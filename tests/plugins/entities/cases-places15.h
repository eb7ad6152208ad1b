/* cases-places15.h: the fifteenth session's place rows (issue 24: LOC
 * against GPE), included in test-entities-places.c's table.  All
 * sentences written here; each rule with sentences next to it where it
 * must not fire. */

/* A town GeoNames knows that the tagger reads as a place is the town
 * (GPE, its id) where a mention reads as a town's: "from", "in",
 * "near", a comma and a county or a country after it, "the town of". */
{ "Two men, both from Keighley, were arrested.", "GPE:Keighley kb=geonames:2645889 country=United Kingdom" },
{ "He gave a speech in Chatham, Kent.",
  "GPE:Chatham kb=geonames:2653305 country=United Kingdom | GPE:Kent" },
{ "Travellers in the city of Hanau will pay by phone.", "GPE:Hanau kb=geonames:2911007 country=Germany" },
/* A name no list knows after "the town of" is a town, and so are its
 * other mentions the tagger called a place; not an organisation's name
 * with a head, nor a title's "of". */
{ "He grew up in the town of Glimmerby.", "GPE:Glimmerby" },
{ "Officials in the city of Acme Corp said.", "ORG:Acme Corp" },
{ "She was the Duchess of Glimmerby.", "ORG:Duchess of Glimmerby" },
/* ... not a person the document names so, nor a company's or a club's
 * name, nor after "from" a word English writes in lowercase. */
{ "He met Mr Keighley. A letter from Keighley arrived.", "PERSON:Keighley | PERSON:Keighley" },
{ "The rights came from Paramount.", "LOC:Paramount" },
/* ... not what is named after the town, nor a region. */
{ "Power came from Whitehall departments.", "LOC:Whitehall" },
/* ... a town before a lowercase word after "in" or "of" all the same. */
{ "Schools in Keighley will open late.", "GPE:Keighley kb=geonames:2645889 country=United Kingdom" },
{ "Sales grew in Africa and Asia.", "LOC:Africa | LOC:Asia" },

/* A region regions.tsv names that the tagger read as an organisation
 * or a thing is the region, LOC; a county's or a state's name GPE. */
{ "Flooding hit Yorkshire and East Anglia.", "LOC:Yorkshire | LOC:East Anglia" },
{ "Tests are under way in the Caribbean.", "LOC:Caribbean" },
/* ... not a county's side: a sentence of sport ("to beat Yorkshire",
 * "Lancashire batsman"), a mention against it elsewhere, a table's row,
 * nor after a possessive (an airline), nor where it speaks. */
{ "Essex need 148 with five wickets in hand to beat Yorkshire.", "ORG:Essex | ORG:Yorkshire" },
{ "Dean Headley, along with Lancashire batsman Graham Lloyd, made his debut.",
  "PERSON:Dean Headley | ORG:Lancashire | PERSON:Graham Lloyd" },
{ "Essex took a firm grip on their match against Yorkshire. By the close Yorkshire had a lead.",
  "ORG:Essex | ORG:Yorkshire | ORG:Yorkshire" },
{ "Rivals include Germany's Lufthansa and Spain's Iberia.",
  "GPE:Germany kb=iso3166:DE | ORG:Lufthansa | GPE:Spain kb=iso3166:ES | ORG:Iberia" },
/* ... nor a company's mention ("shares in Iberia", beside another
 * organisation), nor a first name alone (a person: "Dakota, the
 * youngest"); but a county's police are the county's
 * (review mend-ent15b). */
{ "Shares in Iberia fell after the strike.", "ORG:Iberia" },
{ "Iberia and Lufthansa agreed a deal.", "ORG:Iberia | ORG:Lufthansa" },
{ "Dakota, the youngest, said she wanted to be a singer.", "PERSON:Dakota" },
{ "Lancashire police said the man had been arrested.",
  "GPE:Lancashire kb=iso3166-2:GB-LAN country=United Kingdom" },
/* England's metropolitan counties and Greater London (places.tsv) are
 * places of their own, GPE, not parts of other names. */
{ "West Yorkshire police confirmed that nine men from West Yorkshire were held.",
  "GPE:West Yorkshire country=United Kingdom | GPE:West Yorkshire country=United Kingdom" },
{ "Police in Greater Manchester said prices rose in the West Midlands.",
  "GPE:Greater Manchester country=United Kingdom | GPE:West Midlands country=United Kingdom" },
/* ... but the first word of an organisation's name. */
{ "West Midlands Police said the man was held.", "ORG:West Midlands Police" },

/* A listed place before capitalised loc-heads ending the run is one
 * place, LOC ("harbour" a loc-head). */
{ "Boats sailed on Sydney Harbour on Sunday.", "LOC:Sydney Harbour" },
{ "He lost in round four at Melbourne Park.", "LOC:Melbourne Park" },
{ "A storm hit the Ohio River Valley.", "LOC:Ohio River Valley" },
/* ... not where a capitalised word goes on (an organisation), nor
 * across a sentence's end. */
{ "Edinburgh Airport Ltd said profits rose.", "ORG:Edinburgh Airport Ltd" },
{ "Visitors came to London. Park staff were busy.", "GPE:London country=United Kingdom" },

/* The tagger's place on a small town whose name companies.tsv lists is
 * the company where a mention acts as one and none reads as a town's. */
{ "The system would cut queues, said Nokia. Nokia has worked with Philips.",
  "ORG:Nokia | ORG:Nokia | ORG:Philips" },
{ "He is a manager at Tata. Chennai-based Tata turned to lasers.", "ORG:Tata | GPE:Chennai kb=geonames:1264527 country=India | ORG:Tata" },
/* ... not a title's place, nor a name with no company's evidence, nor
 * one a mention puts in a place's context. */
{ "Earlier the Archbishop of Canterbury wrote to all three parties.", "LOC:Canterbury" },
{ "The huge image of Delft was made of 600 photographs.", "LOC:Delft" },
{ "Nokia has a plant. The workers in Nokia, Finland, were told.",
  "LOC:Nokia | GPE:Nokia kb=geonames:644450 country=Finland | GPE:Finland kb=iso3166:FI" },
