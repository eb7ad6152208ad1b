/* cases-classes.h: rows of test-dates.c's table (included inside its
 * cases[]) for forms a held-out judge found written wrong or missed: a
 * two-digit decade with its part, "hours" in "the early hours of", "recent
 * times".  Each with sentences near it where the rule must not fire. */
  /* a two-digit decade after "the" with a part, as the four-digit row
   * reads it; not after a possessive ("in his mid-70s" is an age), not
   * without "the" */
  { "In those days, in [the mid-70s], we staged a play a month.", "2005-03-01", "DATE", "197", "MID" },
  { "The band was formed in [the mid-'70s] in Leeds.", "2005-03-01", "DATE", "197", "MID" },
  { "The band was formed in [the late 80s] in Leeds.", "2005-03-01", "DATE", "198", "END" },
  { "The band was formed in [the 80s] in Leeds.", "2005-03-01", "DATE", "198", NULL },
  { "The founder, in his mid-70s, still sings.", "2005-03-01", NULL },
  { "The founder, in his 70s, still sings.", "2005-03-01", NULL },
  /* "the early hours of DATE": the date alone, no vague duration for
   * "hours"; "hours" alone still is one */
  { "Attempts to view the site have failed since the early hours of [25 October].", "2005-03-01", "DATE", "2004-10-25" },
  { "Police arrested him in the early hours of [Thursday morning].", "2005-03-01", "TIME", "2005-02-24TMO" },
  { "The talks went on into the early hours.", "2005-03-01", NULL },
  { "Nurses work long [hours] for little pay.", "2005-03-01", "DURATION", "PTXH" },
  { "Fans queued for [hours] in the rain.", "2005-03-01", "DURATION", "PTXH" },
  /* "recent times" as "recent years"; "recent" before another noun is
   * the adjective's time as before */
  { "The service has improved significantly in [recent times].", "2005-03-01", "DATE", "PAST_REF" },
  { "Their [recent] win lifted the club.", "2005-03-01", "DATE", "PAST_REF" },
  { "He has rested many times since the injury.", "2005-03-01", NULL },
  /* only "hours": "the early days", "the early years" stay durations */
  { "Back in the early [days] game making was a hobby.", "2005-03-01", "DURATION", "PXD" },
  { "Life expectancy for men is around the mid-70s.", "2005-03-01", NULL },
  { "We forget about [the late 80s] and the hits it gave us.", "2005-03-01", "DATE", "198", "END" },
  /* "the closing days", "the final weeks": the span with its part, mod
   * END; not "the final" of a cup, nor a singular ("the final day") */
  { "The site stays working in [the closing days] of the campaign.", "2005-03-01", "DURATION", "PXD", "END" },
  { "In [the final weeks] of the war, food ran out.", "2005-03-01", "DURATION", "PXW", "END" },
  { "He scored in [the dying minutes] of the match.", "2005-03-01", "DURATION", "PTXM", "END" },
  { "In the final, he scored twice in [two minutes].", "2005-03-01", "DURATION", "PT2M" },
  { "The closing ceremony was a triumph.", "2005-03-01", NULL },
