/* cases-people30.h: rows of test-entities-votes.c's table (included
 * inside it) for ent-people30 (issue 24: people lost to a score read as
 * a model's number, forms of address, a body's name run into a
 * person's, first names that are English words).  All sentences and
 * names written here. */

  /* A tennis score after a player whose surname the lists hold as a
   * company's is no model's number: the full name stays the person's
   * and the surname alone links to it (was "Nikon 6-3" MISC, then
   * "Nikon" ORG at every short mention). */
  { "Ana Sahara beat Ines Nikon 6-3 6-2 on Sunday. Nikon was tired.",
    "PERSON:Ana Sahara | PERSON:Ines Nikon | PERSON:Nikon=Ines Nikon" },
  /* Near miss: a model's number with a hyphen is longer. */
  { "Orvik ordered ten Boeing 737-800 jets.", "MISC:Boeing 737-800" },
  /* A first name that is an English word ("Tom", "Bill": first-names.tsv
   * leaves them out, person-names.tsv keeps them) before a firm's head
   * noun is a person's (was ORG by firm-heads.c). */
  { "Tom Business said hello. Bill Airline waved.", "PERSON:Tom Business | PERSON:Bill Airline" },
  /* Near miss: no first name, the firm's. */
  { "The Tarvill Cinema opened.", "ORG:Tarvill Cinema" },
