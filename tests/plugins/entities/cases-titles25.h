/* cases-titles25.h: rows of test-entities-works.c's table (included
 * inside it) for ent-titles25 (issue 24).  All sentences written here. */

  /* A capitalised common noun's possessive before an event's name is
   * part of it (rules.c's is_event()), the plural's bare apostrophe
   * too. */
  { "Ann Lee won at the Readers' Choice Awards on Friday.", "PERSON:Ann Lee | MISC:Readers' Choice Awards" },
  { "The Viewers' Circle Prize went to a newcomer.", "MISC:Viewers' Circle Prize" },
  { "The Children's Book Prize went to Ann Lee.", "MISC:Children's Book Prize | PERSON:Ann Lee" },
  { "Tom Rayne won the People's Gold Award last year.", "PERSON:Tom Rayne | MISC:People's Gold Award" },
  /* ... not a person's, a place's, a day's or a category's before an
   * event that names a place itself. */
  { "Ann Lee said Smith's World Cup hopes were over.", "PERSON:Ann Lee | PERSON:Smith | MISC:World Cup" },
  { "Kent's Garden Festival opened.", "GPE:Kent | MISC:Garden Festival" },
  { "He missed Sunday's Garden Festival.", "MISC:Garden Festival" },
  { "She won the Women's Belgian Open.", "MISC:Belgian Open" },
  { "He played in May's Garden Cup final.", "MISC:Garden Cup" },
  /* ... nor the end of a longer name before it: the owner's work. */
  { "The actor will star in NPK Films' Border War next year.", "ORG:NPK Films | MISC:Border War" },
  { "She won at the French People's Choice Awards.", "NORP:French | MISC:People's Choice Awards" },
  /* A chart's name in a document about music (charts.c's find_charts()):
   * "Top" and a number, or a number before a word of the charts; not a
   * broadcaster's chart show. */
  { "The band's single reached the Top 40 last week.", "MISC:Top 40" },
  { "The singer's album entered the Glow 100 chart at five.", "MISC:Glow 100" },
  { "The band's song was played on the Radio 9 chart show.", "ORG:Radio 9" },
  /* ... also opening the document: the walk back from the number
   * counted on k - 3, unsigned, which wrapped at its first words */
  { "Glow 100 chart success came fast for the band's single.", "MISC:Glow 100" },
