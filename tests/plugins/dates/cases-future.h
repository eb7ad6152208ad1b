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
  /* "to be" and a participle of a plan after a noun, "are to" as "is
   * to": still to come; not after a past, a word of report or seeming
   * ("believed to be", "was to be", "had to be"), "are to blame", an
   * adjective after "to be" */
  { "The interview is to be shown on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "The talks are to be held on [Monday].", "2005-03-01", "DATE", "2005-03-07" },
  { "The film is part of a series to be shown on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "The talks were held on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "The film was shown on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "Police said the men were believed to be killed on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "The final was to be played on [Sunday] but rain stopped it.", "2005-03-01", "DATE", "2005-02-27" },
  { "The crew had to be rescued on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "He appeared to be injured on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "Drivers are to blame for the crash on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "He wanted to be present on [Sunday], his aide said.", "2005-03-01", "DATE", "2005-02-27" },
  { "The fans who came to be entertained on [Sunday] left early.", "2005-03-01", "DATE", "2005-02-27" },
  { "She became the third guest to be voted out on [Wednesday].", "2005-03-01", "DATE", "2005-02-23" },
  { "She became the first to be voted out on [Wednesday].", "2005-03-01", "DATE", "2005-02-23" },
  { "The festival, to be held on [14]-16 January, has a new stage.", "2005-03-01", "DATE", "2006-01-14" },
  /* a present that states what is arranged: "is on" or "is against"
   * a name before "on" and a day; not a report's past, a past perfect,
   * a custom, a named year, another verb before "on" */
  { "The first Test is against Fiji on [13 November].", "2005-03-01", "DATE", "2005-11-13" },
  { "The next vote is on [12 October], officials say.", "2005-03-01", "DATE", "2005-10-12" },
  { "Our opening game is against South Africa on [20 November].", "2005-03-01", "DATE", "2005-11-20" },
  { "The second leg is on [3 February] and the squad will rest.", "2005-03-01", "DATE", "2005-02-03" },
  { "He said the first Test was against Fiji on [13 November].", "2005-03-01", "DATE", "2004-11-13" },
  { "The fair is on [13 November] each year.", "2005-03-01", "DATE", "2004-11-13" },
  { "The 2004 final is on [13 November] in the record books.", "2005-03-01", "DATE", "2004-11-13" },
  { "The team is against the plan, which passed on [13 November].", "2005-03-01", "DATE", "2004-11-13" },
  { "The squad is still angry about the defeat on [13 November].", "2005-03-01", "DATE", "2004-11-13" },
  { "Fiji is against England, who won on [13 November].", "2005-03-01", "DATE", "2004-11-13" },
