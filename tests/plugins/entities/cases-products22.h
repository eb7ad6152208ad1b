/* cases-products22.h: the twenty-second session's rows for names right
 * before a kind of device or format (issue 24, branch ent-products22;
 * software.c, software-nouns.tsv kinds device and acronym).  Included in
 * test-entities-places.c's table.  All sentences written here. */

/* A name right before a kind of device is the product, MISC, no
 * article needed, at every mention. */
{ "The Zenkit chip will be ten times faster than rival chips.", "MISC:Zenkit" },
{ "Owners can back up data from Sim cards, and Sim cards are cheap.", "MISC:Sim | MISC:Sim",
  "a card's name read as a place" },
{ "The Varnell Mate card could be used to back up data on the phone.", "MISC:Varnell Mate" },
/* An acronym WordNet writes for a common noun (the generated block) is
 * no name there, as eng.train's "ISDN equipment". */
{ "Users put a wireless LAN card in the PC.", "" },
/* Not a person's name ("play the X card"), nor before a kind of person
 * or a possessive (the noun is then a name's own word). */
{ "Mr Harlow will play the Harlow card, Harlow said.", "PERSON:Harlow | LOC:Harlow | LOC:Harlow" },
{ "The Zenkit chip designer said he was happy.", "ORG:Zenkit" },
/* An acronym the tagger read as a place is no body: the card's name. */
{ "Buyers order SIM cards online.", "MISC:SIM" },
