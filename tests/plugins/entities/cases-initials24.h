/* cases-initials24.h: rows of test-entities-names.c's table (included
 * inside it) for ent-hyphens24 (issue 24; initials.c).  Two or three
 * capitals the document ties to a person are that person's, PERSON at
 * every mention: a phrase of person-aliases.tsv between them and a
 * person's name that opens with a first name, or the initials of a person the document names with a
 * personal pronoun after them.  All names invented here. */

  /* An alias phrase, then the person's name: every mention follows. */
  { "\"We are not done,\" says QX, also known as Quentin Xavier. QX is still struggling.",
    "PERSON:QX | PERSON:Quentin Xavier | PERSON:QX" },
  { "The rapper DKW, whose real name is Dara Kell Wynn, said nothing.", "PERSON:DKW | PERSON:Dara Kell Wynn" },
  /* The person named before, the initials with a pronoun after them. */
  { "Brenna Quist won the race. BQ said she was tired.", "PERSON:Brenna Quist | PERSON:BQ" },
  /* Not initials no person's name follows the phrase of, nor a body's
   * capitals with a pronoun after them but no person of their letters. */
  { "The firm ZQ, known as Zell Quarry Holdings, said profits rose.", "ORG:ZQ | ORG:Zell Quarry Holdings" },
  { "Tomas Vell met QX and it said he was welcome.", "PERSON:Tomas Vell | ORG:QX" },
