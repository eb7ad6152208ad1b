/* cases-spans24.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-spans24 (issue 25): the spans of the session-20
 * rules against TimeML's extents. */
  /* "the" before a day that names an event is the event noun's: the
   * span is the day alone, as TimeBank+AQUAINT write "the Aug. 7
   * bombings"; a day with no event's noun keeps what it had */
  { "Ferries were grounded after the [11 September] attacks on the coast.", "2005-03-01", "DATE", "2001-09-11" },
  { "Rail staff remembered the [7 July] bombers' victims.", "2006-02-01", "DATE", "2005-07-07" },
  { "The [11 September] hijackings changed air travel.", "2005-03-01", "DATE", "2001-09-11" },
  { "The shop shut on [the 11 September] for a refit.", "2005-03-01", "DATE", "2004-09-11" },
  /* the same "the" before any day and month that modify a noun, as
   * TimeBank+AQUAINT write "the Jan. 14 deadline"; not where the word
   * after cannot be a noun (kind `feast-next`) */
  { "Bidders missed the [14 January] deadline for offers.", "2005-03-01", "DATE", "2005-01-14" },
  { "Voters recalled the [5 May] poll as calm.", "2005-09-01", "DATE", "2005-05-05" },
  { "Talks ended on [the 14 January] after a row.", "2005-03-01", "DATE", "2005-01-14" },
  { "Rain fell on [the 14 January] and again later.", "2005-03-01", "DATE", "2005-01-14" },
  { "We met on [the 14 January].", "2005-03-01", "DATE", "2005-01-14" },
  { "A check on the morning of [the 3 May] showed no leaks.", "2005-06-01", "DATE", "2005-05-03" },
  { "A raid at dawn on [the 3 May] found the cash.", "2005-06-01", "DATE", "2005-05-03" },
