/* cases-spans28.h: rows of test-entities-spans.c's table from
 * ent-spans28 (issue 24): a body's name holding "for" or "and" that
 * the tagger cut in pieces.  All sentences and names written here. */

  /* A body's head, "for", "the" maybe, and capitalised words: one
   * name (spans-joins.c's mend_for_names()). */
  { "Staff at the Centre for Hearing said so.", "ORG:Centre for Hearing" },
  { "Staff at the Centre for Marsh Ecology said so.", "ORG:Centre for Marsh Ecology",
    "a run after 'for' opened by a word person-names.tsv hints a first name, 'Marsh' (GPE:Centre | PERSON:Marsh Ecology)" },
  { "A study by the Centre for the Study of Upland Farms found this.",
    "ORG:Centre for the Study of Upland Farms" },
  { "The Society for the Protection of Moor Birds said it was worried.",
    "ORG:Society for the Protection of Moor Birds" },
  { "A Centre for Tarnwick Studies report said so.", "ORG:Centre for Tarnwick Studies" },
  /* ... not a name that runs on past a capitalised word: the tagger's
   * whole stays. */
  { "Staff at the Centre for Upland Studies Group said so.", "ORG:Centre for Upland Studies Group" },
  /* A people's adjective opening a body's name joined at "and" is the
   * name's own (orgpairs.c's nationality_at()). */
  { "He spoke at the Scottish Garden and Trade Centre on Monday.",
    "ORG:Scottish Garden and Trade Centre" },
  /* ... not the adjective right before "and": two. */
  { "The Welsh and Scottish Association met.", "NORP:Welsh=United Kingdom kb=iso3166:GB country=United Kingdom | ORG:Scottish Association" },
