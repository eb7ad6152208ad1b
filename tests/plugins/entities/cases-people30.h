/* cases-people30.h: rows of test-entities-votes.c's table (included
 * inside it) for ent-people30 (issue 24: people lost to a score read as
 * a model's number, forms of address, a body's name run into a
 * person's, first names that are English words).  All sentences and
 * names written here. */

  /* A first name that is an English word ("Tom", "Bill": first-names.tsv
   * leaves them out, person-names.tsv keeps them) before a firm's head
   * noun is a person's (was ORG by firm-heads.c). */
  { "Tom Business said hello. Bill Airline waved.", "PERSON:Tom Business | PERSON:Bill Airline" },
  /* Near miss: no first name, the firm's. */
  { "The Tarvill Cinema opened.", "ORG:Tarvill Cinema" },
