/* cases-venues19.h: rows of test-entities-places.c's table (included
 * inside it) for ent-events19 (issue 24): a venue's name, a capitalised
 * run ending in a venue's noun (cues.tsv loc-head: arena, theatre, dome,
 * lane...), is a place, LOC, as CoNLL-2003 writes its venues; the
 * words near it where it is not.  All sentences written here. */

  /* A venue after "at", with "the" or none, and alone. */
  { "The band played at the Harbour Indoor Arena.", "LOC:Harbour Indoor Arena" },
  { "The show opens at the Grand Theatre next week.", "LOC:Grand Theatre" },
  { "They played at Eastfield Dome.", "LOC:Eastfield Dome" },
  { "Fans packed the Westbury Arena on Friday.", "LOC:Westbury Arena" },
  /* "of" inside the name; the name after a lowercase word but "of"
   * inside the run ("Neaptide for the ..." is a play and a venue). */
  { "It opens at Toronto's Princess of Wales Theatre next year.", "GPE:Toronto country=Canada | LOC:Princess of Wales Theatre" },
  { "Her career included Neaptide for the Grand Theatre, and more.", "PERSON:Neaptide | LOC:Grand Theatre" },
  /* Not a first name and a venue's noun alone (the tagger's person),
   * nor a longer name the run is part of ("... Group"). */
  { "Lois Lane wrote it.", "PERSON:Lois Lane" },
  { "The Kestrel Arena Group said profits rose.", "ORG:Kestrel Arena Group" },
  /* Not a venue's name that owns what follows or heads a post: its
   * company's as often (the tagger's label stays). */
  { "The Westbury Theatre's new season opens in May.", "ORG:Westbury Theatre" },
  { "A spokesman for the Westbury Theatre's board said so.", "ORG:Westbury Theatre" },
