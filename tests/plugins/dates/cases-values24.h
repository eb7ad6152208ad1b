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
  { "In the tax year [2011–2012], rates rose.", "2005-03-01", "DATE", "2011" },
  /* short forms and slashes are written so for financial years alone */
  { "Rates rose in [2011-12].", "2005-03-01", "DATE", "2011" },
  { "Rates rose in [2011/2012].", "2005-03-01", "DATE", "2011" },
