/* cases-occasions20.h: rows of test-entities-spans.c's table (included
 * inside it) for ent-orgs20 (issue 24): a name before an occasion's noun
 * (occasion-nouns.tsv, occasions.c's mend_occasions()).  All sentences
 * written here. */

  /* After "the", before an occasion's noun: the occasion's name, MISC
   * (the tagger's ORG or LOC), at the document's other mentions too. */
  { "Thousands watched the Zorbacon exhibition. Zorbacon closes on Sunday.", "MISC:Zorbacon | MISC:Zorbacon" },
  { "The Velocon trade show opened. Velocon drew 5,000 buyers.", "MISC:Velocon | MISC:Velocon" },
  { "Buyers flocked to the VCX trade show in Nevada.",
    "MISC:VCX | GPE:Nevada kb=iso3166-2:US-NV country=United States" },
  { "He was picked for the Four Counties match with Wales.", "MISC:Four Counties | GPE:Wales country=United Kingdom" },
  /* Not where a mention speaks or owns, nor a body's by its head. */
  { "Visitors packed the Zorbacon exhibition. Zorbacon said sales rose.", "LOC:Zorbacon | LOC:Zorbacon" },
  { "Delegates met at the Kelmsford Trust exhibition.", "ORG:Kelmsford Trust" },
  /* Not an acronym alone before a noun without its kind ("the VCX
   * festival" may be the body's), nor a one-word name before a team's
   * noun ("the Kelmsford match"), nor a person by a first name. */
  { "Fans queued for the VCX festival.", "ORG:VCX" },
  { "He missed the Kelmsford match with a knee injury.", "ORG:Kelmsford" },
  { "Fans cheered at the Tom Brown concert on Friday.", "PERSON:Tom Brown" },
