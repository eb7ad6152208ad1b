/* cases-tech24.h: rows of test-entities-orgnames.c's table for issue
 * 24's round of ent-tech24 (standards, research houses, headings in
 * capitals), each rule with the sentences next to it where it must not
 * fire.  Included inside that table. */

  /* A standard is no company: companies.tsv drops what Debian's usb.ids
   * and pci.ids name as a device class's subclass or protocol
   * (scripts/make-entities-data.py), so no company hint makes it ORG. */
  { "The phone can send pictures over Bluetooth to a laptop.", "" },
  /* "Research" heads a firm's name (cues.tsv org-head; eng.train writes
   * "Nomura Research Institute" ORG): a surname before it is no person. */
  { "The figures came from Halvorsen Research on Monday.", "ORG:Halvorsen Research" },
  { "Analysts at Quillby Research said sales fell.", "ORG:Quillby Research" },
  { "He said research spending rose.", "" },
  /* A share after the name is none of it (rules.c find_org_shapes()). */
  { "According to Halvorsen Research 40% of homes have broadband.", "ORG:Halvorsen Research" },
  { "He listened to Radio 4 on Monday.", "ORG:Radio 4" },
  /* A run after "for" or "of" after a capitalised head belongs to the
   * longer name the tagger reads, though a list holds the head ("Centre"
   * is also a French region). */
  { "The study, from the Centre for Economic Policy Research, was published.",
    "ORG:Centre for Economic Policy Research" },
  { "He joined the Institute for Fiscal Studies in 2001.", "ORG:Institute for Fiscal Studies" },
  /* A heading all in capitals, or a run all in capitals: a head names a
   * body only at the run's end or before "of" (eng.train writes "PRESS
   * DIGEST", "RESEARCH ALERT", "MOTOR RACING" O); in ordinary case the
   * shape still counts. */
  { "PRESS DIGEST - RURITANIA - JULY 3", "" },
  { "RESEARCH ALERT - TARVEX SHARES RISE", "ORG:TARVEX" },
  { "RESEARCH ALERT - Tarvex starts coverage.", "ORG:Tarvex" },
  { "BANK OF RURITANIA CUTS RATES", "ORG:BANK OF RURITANIA",
    "a heading's run that holds \"of\" runs on to its end: where the name stops is not read" },
  { "Press Digest - Ruritania - July 3", "ORG:Press Digest | LOC:Ruritania" },
  /* "and" after a head the tagger closed, where an English word opens
   * the words after and they reach a head of their own: a field joined
   * to a field, one body (rules.c and_ends_name()); a name after "and"
   * opens another. */
  { "The data came from the Coastal Flood Research and Applications Information Center in May.",
    "ORG:Coastal Flood Research and Applications Information Center" },
  { "The team at Tarvex Research and Quillby Institute said so.", "ORG:Tarvex Research | ORG:Quillby Institute" },
  /* "and" as the last word: and_joins_two() read the word after it,
   * past the document's end (the fuzz target's find, in
   * fuzz/regressions/stage-entities/) */
  { "She joined Tarvex Research Institute and", "ORG:Tarvex Research Institute" },
