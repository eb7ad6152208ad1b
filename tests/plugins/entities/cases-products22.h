/* cases-products22.h: the twenty-second session's rows for names right
 * before a kind of device or format (issue 24, branch ent-products22;
 * software.c, software-nouns.tsv kinds device and acronym).  Included in
 * test-entities-places.c's table.  All sentences written here. */

/* A name right before a kind of device is the product, MISC, no
 * article needed, at every mention. */
{ "The Zenkit chip will be ten times faster than rival chips.", "MISC:Zenkit" },
{ "Old phones keep contacts on Sim cards, and Sim cards cost little.", "MISC:Sim | MISC:Sim" },
{ "Buyers can store photos on the Varnell Mate card.", "MISC:Varnell Mate" },
/* An acronym WordNet writes for a common noun (the generated block) is
 * no name there, as eng.train's "ISDN equipment". */
{ "Each new laptop ships with a LAN card.", "" },
/* Not a person's name ("play the X card"; a golden row is a claim:
 * the tagger's LOC for the surname is a known gap), nor before a kind of person
 * or a possessive (the noun is then a name's own word). */
{ "Jo Harlow will play the Harlow card, she said.", "PERSON:Jo Harlow | PERSON:Harlow=Jo Harlow" },
{ "Mr Harlow will play the Harlow card, Harlow said.", "PERSON:Harlow | PERSON:Harlow | PERSON:Harlow",
  "the tagger's LOC for a surname a title named first (Mr Harlow): no rule carries the person to the later mentions" },
{ "The Zenkit chip designer said he was happy.", "ORG:Zenkit" },
/* An acronym the tagger read as a place is no body: the card's name. */
{ "Buyers order SIM cards online.", "MISC:SIM" },
{ "Shoppers can buy SIM cards at the kiosk.", "MISC:SIM",
  "an acronym the tagger reads ORG before a device noun is left to seats.c (\"the GMB format\"): a sign that tells a card's name from a body's" },
