/* cases-vague21.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-vague21 (issue 25): "today's" before a singular
 * noun of a people or a society (data/collective-nouns.tsv) speaks of
 * the present in general, which TimeBank leaves unannotated as it does
 * "today's" before a plural of people or things. */
  { "Pop stars shape the tastes of today's youth, a critic argues.", "2005-03-01", NULL },
  { "In today's society, few people write letters.", "2005-03-01", NULL },
  { "Today's generation is more at ease with gadgets.", "2005-03-01", NULL },
  { "The novel is for today's youth what jazz was for their grandparents.", "2005-03-01", NULL },
  { "Today's civilization, for all its gadgets, runs on oil.", "2005-03-01", NULL },
  { "Today's youth who text all day rarely read.", "2005-03-01", NULL },
  /* near it: another noun after it makes the phrase the day's ("today's
   * youth team"), as does a verb in the past after it; a noun of no
   * people or society stays the day's, singular nouns of people too */
  { "[Today]'s youth team lost to a side from Leeds.", "2005-03-01", "DATE", "2005-03-01" },
  { "[Today]'s society dinner was cancelled.", "2005-03-01", "DATE", "2005-03-01" },
  { "[Today]'s society was shocked by the verdict, a paper wrote.", "2005-03-01", "DATE", "2005-03-01" },
  { "[Today]'s ruling is a blow to the firm.", "2005-03-01", "DATE", "2005-03-01" },
  { "[Today]'s winner takes home a cup.", "2005-03-01", "DATE", "2005-03-01" },
  /* a preposition after it may make it an act's noun: the day's */
  { "[Today]'s generation of power failed after a storm.", "2005-03-01", "DATE", "2005-03-01" },
