/* cases-values24.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-values24 (issue 25).  Two whole years joined by a
 * hyphen or a dash are one financial or sports year only beside a word
 * of kind `fiscal` (or before one of kind `accounts`); elsewhere they are
 * a span's two ends, two DATEs, as "2001-2003" is. */
  { "The new line opens by [2011]-2012.", "2005-03-01", "DATE", "2011" },
  { "The new line opens by 2011-[2012].", "2005-03-01", "DATE", "2012" },
  { "Tolls are frozen until [fiscal 2011-2012].", "2005-03-01", "DATE", "2011" },
  { "The [2011-2012] season starts late.", "2005-03-01", "DATE", "2011" },
  { "The mill's [2011-2012] results were weak.", "2005-03-01", "DATE", "2011" },
  { "In [the tax year 2011–2012], rates rose.", "2005-03-01", "DATE", "2011" },
  /* short forms and slashes are written so for financial years alone */
  { "Rates rose in [2011-12].", "2005-03-01", "DATE", "2011" },
  { "Rates rose in [2011/2012].", "2005-03-01", "DATE", "2011" },
  /* "a second" is the ordinal unless a word of time follows it or a word
   * of kind `lasting` or `preposition` before it gives it a span */
  { "As the Larks chased [a second], the keeper saved.", "2005-03-01", NULL },
  { "It passed to [a second] or third clerk.", "2005-03-01", NULL },
  { "Fans hoped for [a second] \"Gold\" album.", "2005-03-01", NULL },
  { "The fuse took [a second].", "2005-03-01", "DURATION", "PT1S" },
  { "He paused for [a second], then spoke.", "2005-03-01", "DURATION", "PT1S" },
  { "[A second] later the fuse blew.", "2005-03-01", "DURATION", "PT1S" },
  /* a day known by its short form ("9/11") keeps no year where the
   * document has no date of its own: no anchor says which year is meant */
  { "Since [9/11], flights to the city have fallen.", NULL, "DATE", "XXXX-09-11" },
  { "The [9/11] attacks changed air travel.", NULL, "DATE", "XXXX-09-11" },
  /* "minutes" as a meeting's record, not a span of time: after "the",
   * "its", "their" or a possessive, or opening a sentence before
   * "of"/"from"; a bare "minutes" elsewhere stays PTXM */
  { "Shares fell after [the minutes] showed a split vote.", "2005-03-01", NULL },
  { "The board's [minutes] were published on Tuesday.", "2005-03-01", NULL },
  { "[Minutes] of the March meeting showed a split.", "2005-03-01", NULL },
  { "Within [minutes] of the blast, crews arrived.", "2005-03-01", "DURATION", "PTXM" },
  { "[Minutes] later the roof fell in.", "2005-03-01", "DURATION", "PTXM" },
  { "In the [minutes] after the blast, crews arrived.", "2005-03-01", "DURATION", "PTXM" },
  { "Rates held, [minutes] have shown.", "2005-03-01", NULL },
