/* cases-spans27.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-spans27 (issue 25): spans and types a judge found
 * wrong. */
  /* "long" closes a duration only as a word: never the start of "longer" */
  { "Nurses there live [four years] longer than miners.", "2005-03-01", "DURATION", "P4Y" },
  { "The strike was [four years long].", "2005-03-01", "DURATION", "P4Y" },
  /* a count with its fraction after "every" is as often as the count */
  { "Chip speeds doubled [every five and a half months].", "2005-03-01", "SET", "P5.5M" },
  { "The comet returns [every 2.5 years].", "2005-03-01", "SET", "P2Y6M" },
  /* "a day" after time counted, even with no count read, is a rate */
  { "Lena spends three to fours hours [a day] on the forum.", "2005-03-01", "SET", "P1D" },
  { "Miners worked long hours [a week] below ground.", "2005-03-01", "SET", "P1W" },
  { "Lena spends [three to four hours] a day on the forum.", "2005-03-01", "DURATION", "PTXH" },
