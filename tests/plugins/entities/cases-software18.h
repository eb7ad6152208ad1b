/* cases-software18.h: the eighteenth session's rows for software,
 * services and devices by the noun of their kind (issue 24, branch
 * ent-software18; software.c, software-nouns.tsv).  Included in
 * test-entities-places.c's table.  All sentences written here. */

/* An owner's possessive stands where the article does: a listed company's
 * service by its name, whatever the tagger read it as. */
{ "Users joined Zendesk's My Wren service in May.", "ORG:Zendesk | MISC:My Wren" },
/* An unlisted owner of a service is a company too. */
{ "Users joined Dalby's My Wren service in May.", "ORG:Dalby | MISC:My Wren",
  "an unlisted owner before a service's name read as the company it is, not a person" },
{ "He liked Atlassian's Melody service, he said.", "ORG:Atlassian | MISC:Melody" },
/* ... and one lowercase word between the article and the name. */
{ "Users of the popular Harlow Share network sued.", "MISC:Harlow Share" },
/* A games machine by its name, the tagger's place too. */
{ "She sold the old Fenwick console.", "MISC:Fenwick" },
/* Not where a cue reads a company ("the rival X"). */
{ "Police shut the rival Harlow Share network.", "ORG:Harlow Share" },
/* A company named in full speaks for itself, not for its network. */
{ "The Kessler Group said the popular Kessler network grew.", "ORG:Kessler Group | MISC:Kessler" },
