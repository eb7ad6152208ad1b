/* cases-heads28.h: a company's, a broadcaster's or a paper's name by its
 * head noun (issue 24, firm-heads.c): the tagger's person or place
 * ending in a word of firm-heads.tsv is the organisation, a capitalised
 * word it left out before opening the name; a person with a first name
 * stays one.  All names invented; included by
 * test-entities-companies.c. */
  { "The film was made by New Tarvill Cinema and released in May.", "ORG:New Tarvill Cinema" },
  { "Shares in Tarvill Airlines fell.", "ORG:Tarvill Airlines" },
  { "He joined Kelvo Airline last year.", "ORG:Kelvo Airline" },
  { "Radio Kelso played the song.", "ORG:Radio Kelso" },
  { "He told Kelso Radio on Monday.", "ORG:Kelso Radio" },
  { "Kelso FM said it would close.", "ORG:Kelso FM" },
  { "He told the Kelso Post on Monday.", "ORG:Kelso Post" },
  { "It was in Dunmore Weekly that he wrote it.", "ORG:Dunmore Weekly" },
  /* A place's name before a run no name held opens the whole. */
  { "He said Ruritania Central Television was sold.", "ORG:Ruritania Central Television" },
  /* Near misses: a person whose surname is such a noun, a paper's word
   * with no "the" before it, a heading's run at a sentence's start. */
  { "Ann Post said she was pleased.", "PERSON:Ann Post" },
  { "Tomas Post scored twice.", "PERSON:Tomas Post" },
  { "Ann Radio said it would close.", "PERSON:Ann Radio" },
  { "Corporate Business grew.", "" },
  /* A brand named after its founder: its mention with what only a
   * company has stays the company's; the founder's other mentions stay
   * his, and a person's own shares are his. */
  { "Designer Anna Tarvill founded the label in 1990. Shares in Tarvill rose 5% on Monday.",
    "PERSON:Anna Tarvill | ORG:Tarvill" },
  { "Designer Anna Tarvill founded the label in 1990. Tarvill's shareholders were angry.",
    "PERSON:Anna Tarvill | ORG:Tarvill" },
  { "Anna Tarvill founded the label. Tarvill said she was proud. Shares in Tarvill rose.",
    "PERSON:Anna Tarvill | PERSON:Tarvill | ORG:Tarvill" },
  { "Greg Lentz chairs the firm. Lentz's shares rose.", "PERSON:Greg Lentz | PERSON:Lentz" },
  { "Tom Dalby chairs the club. Dalby's executive board has resigned.", "PERSON:Tom Dalby | PERSON:Dalby" },
