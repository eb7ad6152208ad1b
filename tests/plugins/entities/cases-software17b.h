/* cases-software17b.h: the seventeenth session's second round of rows
 * for software, services and technologies by the noun of their kind
 * (issue 24, branch ent-software17b; software.c, software-nouns.tsv).
 * Included in test-entities-places.c's table.  All sentences written
 * here; each rule with sentences next to it where it must not fire. */

/* A name no list knows right before a kind of software after an
 * article is the product, MISC, and so are its other mentions. */
{ "Users like the Marlow Connect service for its photos.", "MISC:Marlow Connect" },
{ "He joined the Kessler network in May.", "MISC:Kessler" },
{ "Police shut the Harmon Swap network on Tuesday.", "MISC:Harmon Swap" },
/* ... and after "called" or "named" after one. */
{ "He wrote a program called Tallyho for his bank.", "MISC:Tallyho" },
{ "He wrote an application named Peter Lark for the shop.", "MISC:Peter Lark" },
/* ... not where a mention speaks or owns: a company's. */
{ "He joined the Kessler network. Kessler said sales rose.", "ORG:Kessler | ORG:Kessler",
  "a name known only by its network and its speech: the tagger reads it PERSON (the rule keeps it from MISC)" },
/* ... not an acronym, a listed company or a place, nor before a kind
 * of person. */
{ "He joined the NBC network in May.", "ORG:NBC" },
{ "The Vodafone network failed on Monday.", "ORG:Vodafone" },
{ "Tickets for the Paris service sold out.", "GPE:Paris country=France" },
{ "Kotler told the Swapster network engineer to wait.", "PERSON:Kotler | ORG:Swapster" },
/* Malicious programs by their kind after their name (session 21,
 * ent-tech21: virus, worm, trojan), at every mention; not where the
 * name is an acronym or a listed place. */
{ "Experts warned about the Krellix worm on Monday. Krellix spreads by e-mail.", "MISC:Krellix | MISC:Krellix" },
{ "The Dorvana virus hit banks in May.", "MISC:Dorvana" },
{ "Banks fear the Pembly Hawk trojan, which steals passwords.", "MISC:Pembly Hawk" },
{ "He joined the NBC virus inquiry in May.", "ORG:NBC" },
{ "Doctors tracked the Paris virus in May.", "GPE:Paris country=France" },
/* ... whose possessive is its own, no owner's; a service's possessive
 * still tells its company. */
{ "The Krellix worm hit many sites in May. Krellix's spread has now been stopped.", "MISC:Krellix | MISC:Krellix" },
{ "Users left the Zorvex network in May. Zorvex's users fell.", "ORG:Zorvex | ORG:Zorvex" },
