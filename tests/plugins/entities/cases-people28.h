/* cases-people28.h: rows of test-entities-votes.c's table (included
 * inside it) for ent-people28 (issue 24: people's links, and words that
 * are no names).  All sentences and names written here. */

  /* A person called by a title and a first name before anyone of that
   * first name is named in full is another person: the lone first name
   * is a person, linked to neither (was the later full name's). */
  { "Duke Charles opened the bridge in April. Crowds cheered as Charles cut the ribbon."
    " Opposition leader Charles Stenmo welcomed the news.",
    "PERSON:Charles role=Duke | PERSON:Charles | PERSON:Charles Stenmo role=leader" },
  /* Near miss: the full name first, the title after it is the same
   * person's, and the lone first name still links. */
  { "Charles Stenmo won the vote on Monday. Later Sir Charles said he was delighted. Charles thanked his staff.",
    "PERSON:Charles Stenmo | PERSON:Charles | PERSON:Charles=Charles Stenmo" },
  /* An acronym spelled out in lowercase words before it in brackets is
   * a common noun's: no organisation there nor at its other mentions
   * (the tagger's ORG at both), however it is used after (seats.c's
   * drop_adjective_acronyms() asked for two nouns after it). */
  { "Orvik plans to export liquid natural gas (LNG) from 2008. LNG exports will double.", "" },
  { "The price of liquefied petroleum gas (LPG) rose. Drivers use LPG.", "" },
  /* Near misses: after capitalised words the acronym is the name's; a
   * MISC so spelled out stays (CoNLL writes BSE MISC: cases-kinds16.h). */
  { "Tarvo Energy Group (TEG) said profits rose. TEG will pay a dividend.",
    "ORG:Tarvo Energy Group | ORG:TEG=Tarvo Energy Group | ORG:TEG=Tarvo Energy Group" },
  /* A body's name written in lowercase ends in its noun: its acronym
   * stays the name it is (mend-ent23: the rule dropped it everywhere). */
  { "the kelvish growers union (KGU) said prices fell. The KGU wants more.", "ORG:KGU | ORG:KGU" },
  /* A question's opening auxiliary or modal is no part of the name after
   * it; the party word then is what it is elsewhere.  Near misses: a
   * first name so spelled opening a statement stays the name's. */
  { "Will Tory housing plans win votes?\n\nDora Pelling has revealed his planned Tory housing plans.",
    "NORP:Tory | PERSON:Dora Pelling | NORP:Tory" },
  { "Can Velmar win next year?\n\nVelmar has reached the age of 10.", "ORG:Velmar | ORG:Velmar" },
  { "Will Smith starred in the film. Can Velmar dominate?", "PERSON:Will Smith | ORG:Velmar" },
