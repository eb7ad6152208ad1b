/* cases-leads26.h: rows of test-entities-places.c's table (included
 * inside it) for rules-leads.c's mend_place_leads() (issue 24,
 * ent-places26): a name the tagger reads as a person's or a body's that
 * opens with a word of place-leads.tsv is the river, the lake, the
 * mountain (LOC) or the village (GPE) it names, and so are its other
 * mentions.  All names invented here. */

  { "A body was found in the River Sedd on Monday.", "LOC:River Sedd" },
  { "Fishing on Lake Corran was banned. Lake Corran froze in January.", "LOC:Lake Corran | LOC:Lake Corran" },
  { "The fire broke out in Lower Tidwick last night.", "GPE:Lower Tidwick" },
  { "He walked to Loch Brenna on Sunday.", "LOC:Loch Brenna" },
  /* "the" places it in a sport report too. */
  { "The striker swam in the River Sedd last year.", "LOC:River Sedd" },
  /* Not a name that speaks: a person's. */
  { "River Jones said the plan was sound.", "PERSON:River Jones" },
  /* Not a club in a sport report, with no "the" before it. */
  { "River Plate beat Boca 2-1 on Sunday.", "ORG:River Plate | ORG:Boca" },
  /* Not a body's name of an English word or an organisation's head. */
  { "The Upper Tribunal ruled against him.", "ORG:Upper Tribunal" },
  { "The Upper House voted on Monday.", "ORG:Upper House" },
  /* Nor a body with no word placing it before: a results table's club. */
  { "Results: River Plate 0 Gimnasia 0, Lanus 2 Union 1.",
    "ORG:River Plate | ORG:Gimnasia | ORG:Lanus | ORG:Union" },
