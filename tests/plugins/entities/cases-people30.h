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
  /* Forms of address, one or two ("Rt Rev", "Rt Hon", "Most Rev"), are
   * no part of the name after them, nor a body's name (the tagger's
   * "Rt Rev Ann Tarvo" and "Most Rev Jo Pelt" ORG, "Rt Hon Dan Orvik"
   * GPE). */
  { "The Rt Rev Ann Tarvo, Bishop of Kelso, spoke. Later Rt Rev Tarvo said more.",
    "PERSON:Ann Tarvo role=Bishop | LOC:Kelso | PERSON:Tarvo=Ann Tarvo" },
  { "The Most Rev Jo Pelt and the Rt Hon Dan Orvik MP met.", "PERSON:Jo Pelt | PERSON:Dan Orvik" },
  /* Near miss: "Hon" alone, a company's word in the lists, opens the
   * company's name. */
  { "Hon Kelvo said profits rose.", "ORG:Hon Kelvo" },
  /* The tagger's name run on into a form of address before a person
   * ends before it; the title so run on is no name at all. */
  { "He told the BBC Mr Tarvo was wrong.", "ORG:BBC | PERSON:Tarvo" },
  { "Tory Treasurer Lord Ashby gave money.", "NORP:Tory | PERSON:Ashby" },
  /* A body's name the document names alone, run into a person's first
   * name and surname, is two mentions. */
  { "The union Kelvo said pay was too low. Kelvo Dave Quarnby said members would strike.",
    "ORG:Kelvo | ORG:Kelvo | PERSON:Dave Quarnby" },
  /* Near miss: with no sign of a body, the first word stays the
   * person's (three-word names are as often people's). */
  { "Kelvo Dave Quarnby said members would strike.", "PERSON:Kelvo Dave Quarnby" },
  /* A first name that is an English word ("Tom", "Bill": first-names.tsv
   * leaves them out, person-names.tsv keeps them) before a firm's head
   * noun is a person's (was ORG by firm-heads.c). */
  { "Tom Business said hello. Bill Airline waved.", "PERSON:Tom Business | PERSON:Bill Airline" },
  /* Near miss: no first name, the firm's. */
  { "The Tarvill Cinema opened.", "ORG:Tarvill Cinema" },
