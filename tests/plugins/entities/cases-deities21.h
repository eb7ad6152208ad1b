/* cases-deities21.h: rows of test-entities-votes.c's table (included
 * inside it) for ent-venues21 (issue 24): a god's name of deities.tsv
 * (scripts/make-deities.py, from WordNet) the tagger calls a person
 * stays one, though the word is English too ("god") and nothing else in
 * the document speaks for a person: CoNLL-2003 writes deities PER
 * (evidence.c's drop_unsupported_people()).  All sentences written
 * here. */

  { "The captain said his faith in God had not been shaken.", "PERSON:God" },
  /* Nor where the document writes the word in lowercase too. */
  { "The sailors prayed to God for calm water. Every god of the sea was feared.", "PERSON:God" },
  /* Still dropped: a word no list names a god, the document writing it
   * in lowercase too. */
  { "The captain said his faith in Gravel had not been shaken. The gravel was wet.", "" },
