/* cases-last.h: rows of test-dates.c's table (included inside its
 * cases[]) for the twelfth session's last classes: a year inside a
 * relative clause is no topic year for "the year" or "the season".
 * Each rule with sentences near it where it must not fire. */
  /* a year in a who/which clause that goes on past it describes the
   * noun: "the season", "the year" after it are the reference's */
  { "The striker, who moved to City in 2003 after a poor stint at Leeds, has struggled since [the start of the season].", "2005-03-01", "DATE", "2005", "START" },
  { "The striker, who moved to City in 2003 after a poor stint at Leeds, has struggled since [the start of the year].", "2005-03-01", "DATE", "2005", "START" },
  { "Fans who bought tickets in 2002 for the final were angry at [the end of the season].", "2005-03-01", "DATE", "2005", "END" },
  /* near it: the year in the main clause, before or after a relative
   * clause that closed, or after "that" of a complement */
  { "The striker, who was hurt, moved to City in 2003 and scored 20 goals at [the start of the season].", "2005-03-01", "DATE", "2003", "START" },
  { "Sales fell in 2003, which hurt the firm, and rose [later in the year].", "2005-03-01", "DATE", "2003" },
  { "The chief said that in 2003 sales fell sharply during [the year].", "2005-03-01", "DATE", "2003" },
