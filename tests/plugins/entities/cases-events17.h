/* cases-events17.h: rows of test-entities-spans.c's table (included
 * inside it) for ent-events17 (issue 24): names that are no names, and
 * the words near them where a name stays.  All sentences written here. */

  /* An occasion's, a paper's or a body of office-holders' capitalised
   * noun (event-nouns.tsv) is no name: spans.c's drop_event_nouns(). */
  { "The minister said the Budget would cut fuel duty.", "" },
  { "Voters in Kendal backed the Greens at the General Election.", "GPE:Kendal kb=geonames:2645826 country=United Kingdom | ORG:Greens" },
  { "The Spending Review will be published in June.", "" },
  { "A Green Paper on rail fares was promised.", "" },
  { "Two Cabinet ministers resigned on Friday.", "" },
  { "The Pre-Budget Report showed borrowing rising.", "" },
  /* Not a longer name holding one, nor a work's title. */
  { "The Budget Committee met on Monday.", "ORG:Budget Committee" },
  { "The Election Commission of Pakistan said so.", "ORG:Election Commission of Pakistan" },
  { "She starred in the film Election in 1999.", "MISC:Election" },
  /* A body's head, "for" or "of" and a pair the tagger or a reporting
   * verb took for a person with no first name of first-names.tsv: one
   * body (orgnames.c's join_connected(), tagged_non_person()); the
   * lists' short form of a body ("the Commission") before them too. */
  { "The Commission for Fair Trading said prices rose.", "ORG:Commission for Fair Trading" },
  { "The Society of Hill Walkers met in March.", "ORG:Society of Hill Walkers" },
  { "The Alliance for Rural Broadband said so.", "ORG:Alliance for Rural Broadband" },
  /* ... not a person with a first name there. */
  { "The Fund for Anna Lee raised money.", "ORG:Fund | PERSON:Anna Lee" },
  /* A department's subject before a title's head is the role's
   * (role-subjects.tsv, people.c's find_roles()), the name alone the
   * person; after the name too. */
  { "Sports Minister Ann Lee opened the stadium.", "PERSON:Ann Lee role=Sports Minister" },
  { "Culture Secretary Tom Brown said so.", "PERSON:Tom Brown role=Culture Secretary" },
  { "Tom Brown, the pensions spokesman, said so.", "PERSON:Tom Brown role=pensions spokesman" },
  /* A capitalised role word alone after a comma, then a list's mark or
   * another name, is the next name of a line-up, not a title ("Bishop"
   * is a surname too); set off and followed by the clause, a title. */
  { "Rovers: Ann Lee, Tom Brown, Bishop; Joe Dunn, Carl Webb.", "PERSON:Ann Lee | PERSON:Tom Brown | PERSON:Joe Dunn | PERSON:Carl Webb" },
  { "Tom Brown, Chairman, said so.", "PERSON:Tom Brown role=Chairman" },
  /* mend-ent17b: a subject before "General" is the title's, not a
   * rank's ("Attorney General", role-subjects.tsv); a list of subjects
   * with commas and "and" is the title's whole; not a comma before a
   * subject and its head. */
  { "Attorney General Jane Doe said so.", "PERSON:Jane Doe role=Attorney General" },
  { "Culture, Media and Sport Secretary Tom Brown said so.", "PERSON:Tom Brown role=Culture, Media and Sport Secretary" },
  { "In culture, Sport Minister Ann Lee spoke.", "PERSON:Ann Lee role=Sport Minister" },
  /* ... not a body's name holding the word, after a nationality too. */
  { "The Welsh Sports Council said so.", "ORG:Welsh Sports Council" },
  { "The Crown Lands Agency charged him.", "ORG:Crown Lands Agency" },
  { "Transport for London said fares would rise.", "ORG:Transport for London" },
