/* cases-firms29.h: a company named like a surname by its own acts
 * (issue 24, company-acts.tsv, firm_act_at()): only a company's shares
 * fall, its losses are posted, or ", which employs" follows it, after
 * its founder's full name too; an act a person does too (kind shared,
 * "went bankrupt") stays his, and a person's own cues still win.  All
 * names invented; included by test-entities-companies.c. */
  { "Designer Anna Tarvill founded the firm in 1990. Tarvill shares fell 5% on Monday.",
    "PERSON:Anna Tarvill | ORG:Tarvill" },
  { "Designer Anna Tarvill founded the firm in 1990. Tarvill posted a loss of $5m.",
    "PERSON:Anna Tarvill | ORG:Tarvill" },
  { "Designer Anna Tarvill founded the firm in 1990. Tarvill, which makes shoes, has 50 shops.",
    "PERSON:Anna Tarvill | ORG:Tarvill" },
  { "Tarvill, which employs 500 people, has 50 shops.", "ORG:Tarvill" },
  { "Analysts said Kelvane, which sells shoes, has 50 shops.", "ORG:Kelvane" },
  /* Near misses: a person who went bankrupt, a person's appositive, a
   * founder's other mentions, "said profits fell" (a chief executive
   * says so too). */
  { "Carl Ruddick ran a shop. Ruddick went bankrupt in 1990.", "PERSON:Carl Ruddick | PERSON:Ruddick" },
  { "Ann Tarvo, which is odd, has 50 shops.", "PERSON:Ann Tarvo" },
  { "Anna Tarvill founded the label. Tarvill said she was proud. Tarvill shares fell.",
    "PERSON:Anna Tarvill | PERSON:Tarvill | ORG:Tarvill" },
  { "Greg Lentz chairs the firm. Lentz said profits fell.", "PERSON:Greg Lentz | PERSON:Lentz" },
