/* cases-tense31.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-tense31 (issue 25).  A schedule's verb in the
 * present ("takes place", "is due") before a bare weekday names the
 * coming day; a modal's passive ("could be reached") before a bare
 * month, or "when" and a verb in the present after it, names the month
 * to come.  The reference day, 1 March 2005, is a Tuesday. */
  /* a schedule's verb in the present before a bare weekday */
  { "The heats take place on [Friday], with the final set for Saturday.", "2005-03-01", "DATE", "2005-03-04" },
  { "The relay takes place on [Friday] in Leeds.", "2005-03-01", "DATE", "2005-03-04" },
  { "The hearing is due on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  { "The festival opens on [Thursday].", "2005-03-01", "DATE", "2005-03-03" },
  { "The derby kicks off on [Saturday] at noon.", "2005-03-01", "DATE", "2005-03-05" },
  /* the same verbs in the past, or a perfect, leave the day gone by */
  { "The relay took place on [Friday] in Leeds.", "2005-03-01", "DATE", "2005-02-25" },
  { "The relay, which took place on [Friday], drew crowds.", "2005-03-01", "DATE", "2005-02-25" },
  /* a modal's passive before a bare month */
  { "A verdict could be reached in [December], the clerk said.", "2005-03-01", "DATE", "2005-12" },
  { "The figures would be published in [November].", "2005-03-01", "DATE", "2005-11" },
  { "A ruling might be given in [January].", "2005-03-01", "DATE", "2006-01" },
  /* "could have been" is a past conjectured */
  { "A verdict could have been reached in [December].", "2005-03-01", "DATE", "2004-12" },
  /* "may" only in that passive: "may have been" is a past guessed */
  { "The vote may be delayed in [November].", "2005-03-01", "DATE", "2005-11" },
  { "The vote may have been delayed in [December].", "2005-03-01", "DATE", "2004-12" },
  /* the "when" clause after the month leaves the modal's reading */
  { "The vote could be delayed in [December], when the envoys gather.", "2005-03-01", "DATE", "2005-12" },
  { "The vote was delayed in [December], when the envoys met.", "2005-03-01", "DATE", "2004-12" },
  /* a modal's passive before a weekday, no participle in -ed */
  { "The heats could be held on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  /* the "when" clause after the month leaves the modal's reading */
  { "The vote could be delayed in [December], when the envoys gather.", "2005-03-01", "DATE", "2005-12" },
  { "The vote was delayed in [December], when the envoys met.", "2005-03-01", "DATE", "2004-12" },
  { "The vote may have been delayed in [December].", "2005-03-01", "DATE", "2004-12" },
  /* a modal's passive before a weekday, no participle in -ed */
  { "The heats could be held on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
