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
/* ... not a person the document names so, nor a company's or a club's
 * name, nor after "from" a word English writes in lowercase. */
{ "He met Mr Keighley. A letter from Keighley arrived.", "PERSON:Keighley | PERSON:Keighley" },
{ "The rights came from Paramount.", "LOC:Paramount" },
/* ... not what is named after the town, nor a region. */
{ "Power came from Whitehall departments.", "LOC:Whitehall" },
/* ... a town before a lowercase word after "in" or "of" all the same. */
{ "Schools in Keighley will open late.", "GPE:Keighley kb=geonames:2645889 country=United Kingdom" },
{ "Sales grew in Africa and Asia.", "LOC:Africa | LOC:Asia" },
