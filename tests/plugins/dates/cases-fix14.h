/* cases-fix14.h: rows of test-dates.c's table (included inside its
 * cases[]) for review-dates14's defects: a year dropped as a product's
 * number only where the evidence says product, and the sentences near
 * each rule where it must not fire. */
  /* a product: a capitalised noun of made things, or a list of versions */
  { "It only works on PCs running Windows [2000].", "2005-03-01", NULL },
  { "Support for Windows 95, 98, [2000] ends soon.", "2005-03-01", NULL },
  { "The team shipped Version 3, 4, [2000] and XP.", "2005-03-01", NULL },
  /* places, events, holidays: WordNet writes them capitalised */
  { "He won gold at Athens [2004] in the relay.", "2005-03-01", "DATE", "2004" },
  { "Organisers of London [2012] said the bid was strong.", "2005-03-01", "DATE", "2012" },
  { "He went back to Vienna [2003] for inspiration.", "2005-03-01", "DATE", "2003" },
  { "He remembered Seoul [1988] fondly.", "2005-03-01", "DATE", "1988" },
  { "It was launched at Glastonbury [2004] last June.", "2005-03-01", "DATE", "2004" },
  { "He starred at Cannes [2004] and Berlin 2005.", "2005-03-01", "DATE", "2004" },
  { "He starred at Cannes 2004 and Berlin [2005].", "2005-03-01", "DATE", "2005" },
  { "He missed Wimbledon [2004] through injury.", "2005-03-01", "DATE", "2004" },
  { "The Paris [2012] bid team met on Monday.", "2005-03-01", "DATE", "2012" },
  { "Staff were told at [Easter 2005] about the move.", "2005-03-01", "DATE", "2005-03-27" },
  { "Sales at Xmas [2004] rose.", "2005-03-01", "DATE", "2004" },
  { "Parties at Hogmanay [2004] were cancelled.", "2005-03-01", "DATE", "2004" },
  { "Shops shut during Ramadan [2004] for a week.", "2005-03-01", "DATE", "2004" },
  { "The wine, a Vintage [1998], was sold for 500 pounds.", "2005-03-01", "DATE", "1998" },
  { "Chelsea 2005 is a better side than Chelsea [2004].", "2005-03-01", "DATE", "2004" },
  /* names of two words or more, the first opening the sentence or not */
  { "Champions League [2005] is on.", "2005-03-01", "DATE", "2005" },
  { "Comic Relief [2005] raised 37m pounds.", "2005-03-01", "DATE", "2005" },
  { "The UK Music Hall of Fame [2004] was televised.", "2005-03-01", "DATE", "2004" },
  { "The Windows [2000] release was late.", "2005-03-01", NULL },
  /* a citation, a sentence's first word, title case, a dating word */
  { "The study (Smith [2004]) found no link.", "2005-03-01", "DATE", "2004" },
  { "Athens [2004] was a success.", "2005-03-01", "DATE", "2004" },
  { "Profits Up 20% For [2004]", "2005-03-01", "DATE", "2004" },
  { "Record Sales Of Windows Software In [2004]", "2005-03-01", "DATE", "2004" },
  /* a count and a comma before a year, or a list of years with a short one */
  { "At 35, [2004] was his best season.", "2005-03-01", "DATE", "2004" },
  { "Aged 28, [1998] was when he started.", "2005-03-01", "DATE", "1998" },
  { "For the top 100, [2004] was a record year.", "2005-03-01", "DATE", "2004" },
  { "He played in 1996, 98, [2000] and 2002.", "2005-03-01", "DATE", "2000" },
  { "He scored 3, 5, 9, then in [2004] none.", "2005-03-01", "DATE", "2004" },
  /* a rate's one reading (rate_read_as_span()), the same whatever is
   * counted: "on average" and "since" keep a rate ... */
  { "Some 100 workers [a day] on average use the clinic.", "2005-03-01", "SET", "P1D" },
  { "Some 100 people [a day] on average use the clinic.", "2005-03-01", "SET", "P1D" },
  { "The firm lost 10 customers [a day] since the change.", "2005-03-01", "SET", "P1D" },
  { "The firm lost 10 staff [a day] since the change.", "2005-03-01", "SET", "P1D" },
  /* ... words of a span after it, or a verb of giving or taking before
   * the count, make it a span */
  { "The singer released three albums [a decade] apart.", "2005-03-01", "DURATION", "P10Y" },
  { "The boss gave 200 staff [a week] to decide.", "2005-03-01", "DURATION", "P1W" },
  { "The court gave 12 men [a year] each in jail.", "2005-03-01", "DURATION", "P1Y" },
  { "He gave the 500 PCs [a day] to cool down.", "2005-03-01", "DURATION", "P1D" },
  { "It cost 4,000 people [a week] of their wages.", "2005-03-01", "DURATION", "P1W" },
  { "The firm gave 300 workers [a day] off.", "2005-03-01", "DURATION", "P1D" },
  { "It took 50 engineers [a month] to fix it.", "2005-03-01", "DURATION", "P1M" },
  /* near them: a verb that is no giving, or money given, stays a rate */
  { "The plant builds 30,000 PCs [a day].", "2005-03-01", "SET", "P1D" },
  { "Nearly 5,000 refugees [a day] are crossing the border.", "2005-03-01", "SET", "P1D" },
  { "About 3,000 jobs [a year] will go.", "2005-03-01", "SET", "P1Y" },
  { "He sold 2,000 DVDs [a month] to shops.", "2005-03-01", "SET", "P1M" },
  { "The charity gave 500 pounds [a week] to the hospice.", "2005-03-01", "SET", "P1W" },
  { "The plant took in 300 cars [a day] from the port.", "2005-03-01", "SET", "P1D" },
