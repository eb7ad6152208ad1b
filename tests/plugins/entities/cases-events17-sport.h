/* cases-events17-sport.h: rows of test-entities-sport.c's table
 * (included inside it) for ent-events17 (issue 24): a club named like
 * its town after a game's word and "at" or "to" (match-words.tsv,
 * teams.c's played_against()), and the town where no game is.  All
 * sentences written here. */

  { "Derby won 2-1 at Leicester on Saturday. Leicester are tenth.",
    "ORG:Derby | ORG:Leicester | ORG:Leicester" },
  { "Wigan 1-1 Derby. It was their second draw at Bolton this month.",
    "ORG:Wigan | ORG:Derby | ORG:Bolton" },
  { "Wigan 1-1 Derby. Everton lost to Swansea on Tuesday.", "ORG:Wigan | ORG:Derby | ORG:Everton | ORG:Swansea" },
  { "Wigan 1-1 Derby. He completed his move to Southampton on Friday.", "ORG:Wigan | ORG:Derby | ORG:Southampton" },
  /* ... not a town reached, born in or met at. */
  { "Wigan 1-1 Derby. The squad flew to Leicester on Monday.",
    "ORG:Wigan | ORG:Derby | GPE:Leicester country=United Kingdom" },
  { "Wigan 1-1 Derby. The striker was born in Bolton.",
    "ORG:Wigan | ORG:Derby | GPE:Bolton country=United Kingdom" },
  { "Wigan 1-1 Derby. A meeting at Bolton was held on Monday.",
    "ORG:Wigan | ORG:Derby | GPE:Bolton country=United Kingdom" },
  /* ... nor a town a country's side played at (mend-ent17b). */
  { "Wigan 1-1 Derby. Norway won 2-1 at Leicester in a friendly.",
    "ORG:Wigan | ORG:Derby | GPE:Norway kb=iso3166:NO | GPE:Leicester country=United Kingdom" },
  { "Wigan 1-1 Derby. Former England international Tom Brown ended his loan spell at Leicester.",
    "ORG:Wigan | ORG:Derby | GPE:England country=United Kingdom | PERSON:Tom Brown | ORG:Leicester" },
  /* ... nor outside a sport report. */
  { "Sales fell after a loss at Leicester, the retailer said.",
    "GPE:Leicester country=United Kingdom" },
