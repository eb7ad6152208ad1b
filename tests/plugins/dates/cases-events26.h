/* cases-events26.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-events26 (issue 25): moments that are no spans,
 * "the present day", holidays that name an event gone by. */
  /* "the last minute" or "the last second" after "in" or "at" is a
   * moment a match or a deal names, no span; after other words, and
   * other units, still spans */
  { "Okafor scored the winner in [the last minute] of extra time.", "2005-03-01", NULL },
  { "Brennick won the race at [the last second].", "2005-03-01", NULL },
  { "Prices have risen in [the last week].", "2005-03-01", "DURATION", "P1W" },
  { "Over [the last minute] the queue grew by ten.", "2005-03-01", "DURATION", "PT1M" },
  /* "the present day" after a preposition of a span's end, as "the
   * present time" */
  { "The mill has worked from 1850 to [the present day].", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Until [the present day] nobody knew her name.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* a holiday before a noun of an event that has happened (kind
   * `happened`) is the last one, even in a clause of the future; the
   * one ahead stays where the noun is another */
  { "A concert will raise money for families hit by the [Boxing Day] disaster.", "2005-03-01", "DATE", "2004-12-26" },
  { "Insurers will pay for damage from the [Christmas Eve] floods.", "2005-10-01", "DATE", "2004-12-24" },
  { "The [Christmas] concert will be held in the square.", "2005-10-01", "DATE", "2005-12-25" },
  /* a capital after the holiday makes a name's word, no event; an
   * outcome hoped for or a weather forecast may be the coming one
   * (mend-dates22) */
  /* a name's word, no date at all since dates-words30 (holiday-names.c) */
  { "Volunteers of the [Christmas] Fire Brigade will collect toys.", "2005-12-01", NULL },
  { "Fans hope for a [Boxing Day] victory over Tollbridge.", "2005-12-01", "DATE", "2005-12-26" },
  { "Forecasters warn of a [Christmas] storm over the hills.", "2005-12-01", "DATE", "2005-12-25" },
  { "Aid for victims of the [Christmas Eve] floods arrived.", "2005-12-01", "DATE", "2004-12-24" },
