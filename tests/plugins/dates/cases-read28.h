/* cases-read28.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-read28 (issue 25): a weekday, a month or a holiday
 * in a title that a list of works names (title-lists.c, kinds `works`
 * and `title-lead` of context-words.tsv), each beside a near sentence
 * whose time word is a time. */
  { "Songs like Lazy [Monday] made the band famous.", "2005-03-01", NULL },
  { "She starred in programmes such as The Roses of [May] before the film.", "2005-03-01", NULL },
  { "Films including Grey Friday and [Christmas Day] sold well.", "2005-03-01", NULL },
  { "Songs like Blue Monday, [Easter Sunday] and Red Rain sold well.", "2005-03-01", NULL },
  /* no list: no plural of a work before the lead, no "such" before
   * "as", or a lone word ("shows such as Friday's") */
  { "Players like Anna Grey arrived on [Monday] for talks.", "2005-03-01", "DATE", "2005-02-28" },
  { "Films opened as Grey Friday sales began in [May].", "2005-03-01", "DATE", "2004-05" },
  { "Shows such as [Friday]'s gala sold out.", "2005-03-01", "DATE", "2005-02-25" },
  { "Songs like Blue Monday were played and [Monday] the band left.", "2005-03-01", "DATE", "2005-02-28" },
