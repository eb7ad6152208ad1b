/* cases-occasions20.h: rows of test-entities-spans.c's table (included
 * inside it) for ent-orgs20 (issue 24): a name before an occasion's noun
 * (occasion-nouns.tsv, occasions.c's mend_occasions()), a body's head
 * ending the tagger's person or thing (mend_body_heads()), a
 * publication's or a body's kind before its name (cues.tsv org-noun).
 * All sentences written here. */

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

  /* The tagger's thing ending in a body's head (cues.tsv org-word: Fund,
   * Coalition; org-head: Force) is the body, with its acronym in
   * brackets right after. */
  { "Mary Lane, founder of the Widows Fund (WF), spoke.", "PERSON:Mary Lane role=founder | ORG:Widows Fund | ORG:WF=Widows Fund" },
  { "Tom Hale, of the Rural Lanes Reform Coalition, said: \"We welcome it.\"",
    "PERSON:Tom Hale | ORG:Rural Lanes Reform Coalition" },
  /* A magazine, a website or a charity by its kind before the name, at
   * every mention. */
  { "Meanwhile, German magazine Der Zeitblick said part of the talks had stalled.", "NORP:German=Germany kb=iso3166:DE country=Germany | ORG:Der Zeitblick" },
  { "He topped US magazine Rolling Pebble's annual list.", "GPE:US=United States kb=iso3166:US | ORG:Rolling Pebble" },
  { "Sales rose, according to industry website Screen Weekly. Screen Weekly said so.", "ORG:Screen Weekly | ORG:Screen Weekly" },
  /* Not after an organisation's name, which names the noun's own: the
   * name after it opens a clause ("told the X website Y had"). */
  { "Carl Dell was jailed in May. His brother told the Daily Lark website Dell did not deserve it.",
    "PERSON:Carl Dell | ORG:Daily Lark | PERSON:Dell=Carl Dell" },
  /* ... an organisation of two words or an acronym: one word is as often
   * the town the tagger read so (its ORG here is wrong, the tagger's),
   * the band's home. */
  { "The single sold well, while Leeds band Copper Kettles have their first hit at number six.",
    "ORG:Leeds | ORG:Copper Kettles" },
