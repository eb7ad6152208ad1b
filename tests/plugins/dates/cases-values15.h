/* cases-values15.h: rows of test-dates.c's table (included inside its
 * cases[]) for the fifteenth session's values (issue 25): decades,
 * frequency adjectives, pairs and ranges, sports seasons.  Each rule with
 * sentences near it where it must not fire. */
  /* a decade with an apostrophe or in words, after "the", as
   * TimeBank+AQUAINT spans "the nineties" and "the 1990s" (199) */
  { "She was one of the most visible artists of [the 1980's], he said.", "2005-03-01", "DATE", "198" },
  { "Prices fell in [the mid-1960's] and rose again.", "2005-03-01", "DATE", "196", "MID" },
  { "It was a fashion of [the 1970\xe2\x80\x99s] in Paris.", "2005-03-01", "DATE", "197" },
  { "Growth was strong in [the nineties] in Asia.", "2005-03-01", "DATE", "199" },
  { "The band was formed in [the late Seventies] in Leeds.", "2005-03-01", "DATE", "197", "END" },
  { "[The Sixties] were a time of change.", "2005-03-01", "DATE", "196" },
  { "Jazz had its best years in [the twenties].", "2005-03-01", "DATE", "192" },
  { "Unemployment peaked in [the early eighties].", "2005-03-01", "DATE", "198", "START" },
  /* near it: a year's possessive, an age, degrees, a count, a year */
  { "Labour won [1997]'s general election.", "2005-03-01", "DATE", "1997" },
  { "He won the title in [1990], and 1991's too.", "2005-03-01", "DATE", "1990" },
  /* "the" before the possessive makes it the decade's, as an adjective */
  { "It ended [the 1980's] boom in property.", "2005-03-01", "DATE", "198" },
  { "He is a man in his [sixties] from Leeds.", "2005-03-01", NULL },
  { "She died in her early [seventies] last year.", "2005-03-01", NULL },
  { "Temperatures will be in [the seventies] on Friday.", "2005-03-01", NULL },
  { "He scored a round in [the sixties] at Augusta.", "2005-03-01", NULL },
  { "Eighty [seventies] records were sold.", "2005-03-01", NULL },
  { "The [1980] season was his best.", "2005-03-01", "DATE", "1980" },
