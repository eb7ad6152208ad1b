/* cases-names31.h: rows of test-entities-votes.c's table (included
 * inside it) for ent-names31 (issue 24: clergy titles read as bodies,
 * surname particles cutting names).  All sentences and names written
 * here. */

  /* "Reverend" spelled out is a form of address, as "Rev" is: alone,
   * after "Most" or "Very", no part of the name and no body's (was
   * "Most Reverend Bo Kell" ORG). */
  { "The Most Reverend Bo Kell spoke. The Reverend Ann Tarvo agreed.", "PERSON:Bo Kell | PERSON:Ann Tarvo role=Reverend" },
  { "The Very Reverend Bo Kell spoke.", "PERSON:Bo Kell" },
  /* Clergy titles are a person's role, and alone after "the" no body
   * (was "the Cardinal" ORG, "Imam Ali Rasul" one name). */
  { "Cardinal Ann Tarvo said mass. Later the Cardinal left.", "PERSON:Ann Tarvo role=Cardinal" },
  { "Imam Ali Rasul and Rabbi Ann Tarvo met Monsignor Bo Kell.",
    "PERSON:Ali Rasul role=Imam | PERSON:Ann Tarvo role=Rabbi | PERSON:Bo Kell role=Monsignor" },
  /* Near miss: a team named by the plural is still the team's. */
  { "The Arizona Cardinals lost.", "ORG:Arizona Cardinals" },
