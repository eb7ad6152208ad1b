/* cases-ofnames26.h: rows of test-entities-spans.c's table from
 * ent-ofnames26 (issue 24): where a name starts and ends against the
 * words glued to it.  All sentences and names written here. */

  /* An adjective of ownership opening a sentence is no word of the
   * name after it (owner-adjectives.tsv), and what it owns is a body
   * (spans-joins.c's trim_owner_adjectives()). */
  { "Privately-held Tarnwick Group said profits rose.", "ORG:Tarnwick Group" },
  { "Family-run Oselby Mills has closed its doors.", "ORG:Oselby Mills" },
  /* ... in lowercase within a sentence it was never in. */
  { "Shares in state-owned Quellin Bank rose on Monday.", "ORG:Quellin Bank" },
  /* ... not a capitalised compound of another kind. */
  { "Self-Made Tarnwick Group said profits rose.", "ORG:Self-Made Tarnwick Group" },
  /* A body's head or word before "of" and capitalised words no list's
   * and no person's, which the tagger cut at a hyphened word: one name
   * (spans-joins.c's of_subject_end()). */
  { "The Coalition of Non-aligned Traders met in Leeds.",
    "ORG:Coalition of Non-aligned Traders | GPE:Leeds country=United Kingdom" },
