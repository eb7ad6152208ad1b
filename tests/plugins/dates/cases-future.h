/* cases-future.h: rows of test-dates.c's table (included inside its
 * cases[]) for a month, a day or a weekday in a clause about the future
 * that lies behind the reference by the calendar alone. */
  /* a range of days under a future begins on its first day: a start
   * more than a month back is next year's, the whole range with it;
   * within a month, this year's (a late reference); a past stays */
  { "The fair will offer two new craft prizes, during its [21]-29 January show in Leeds.", "2005-03-01", "DATE", "2006-01-21" },
  { "The fair will offer two new craft prizes, during its 21-[29 January] show in Leeds.", "2005-03-01", "DATE", "2006-01-29" },
  { "The fair will offer new prizes during its [21 January] opening.", "2005-03-01", "DATE", "2006-01-21" },
  { "The fair offered two new craft prizes, during its [21]-29 January show in Leeds.", "2005-03-01", "DATE", "2005-01-21" },
  { "The fair offered two new craft prizes, during its 21-[29 January] show in Leeds.", "2005-03-01", "DATE", "2005-01-29" },
  { "The fair will offer prizes during its [3]-10 February show.", "2005-03-01", "DATE", "2005-02-03" },
  { "The fair will offer prizes during its 3-[10 February] show.", "2005-03-01", "DATE", "2005-02-10" },
  { "He said the fair will offer prizes, as it did during its 21-[29 January] show.", "2005-03-01", "DATE", "2005-01-29" },
  /* a month or a day in a past, a past perfect, a report: stays back */
  { "He was captain for the three [November] Tests last year.", "2005-03-01", "DATE", "2004-11" },
  { "He played in the [November] Tests.", "2005-03-01", "DATE", "2004-11" },
  { "He said the first Test was against Fiji on [13 November].", "2005-03-01", "DATE", "2004-11-13" },
  { "The team had played Fiji on [13 November].", "2005-03-01", "DATE", "2004-11-13" },
