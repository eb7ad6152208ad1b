/* cases-spans29.h: rows of test-entities-spans.c's table from
 * ent-spans29 (issue 24): what ent-spans28 left.  All sentences and
 * names written here. */

  /* A capitalised run ending in "Programme" is one name, a scheme's
   * (cues.tsv event-head), a listed body's name opening it included
   * (spans-joins.c's mend_body_events()). */
  { "Aid from the United Nations Harvest Programme arrived on Monday.",
    "MISC:United Nations Harvest Programme" },
  { "The Tarnwick Recovery Programme was cut.", "MISC:Tarnwick Recovery Programme" },
  { "Leaders met at the United Nations Climate Summit on Monday.",
    "MISC:United Nations Climate Summit" },
  /* ... not a lowercase noun, nor a run going on past the head (an
   * office's), nor a body joined to it by "and"; a place opening the
   * run is the tagger's whole already. */
  { "The Government programme was cut.", "" },
  { "The United Nations Harvest Programme Office said so.",
    "ORG:United Nations Harvest Programme Office" },
  { "Aid from the Leeds Harvest Programme arrived.", "MISC:Leeds Harvest Programme" },
  { "The United Nations and Harvest Programme staff met.",
    "ORG:United Nations kb=wikidata:Q1065 | MISC:Harvest Programme" },
