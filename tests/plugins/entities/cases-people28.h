/* cases-people28.h: rows of test-entities-votes.c's table (included
 * inside it) for ent-people28 (issue 24: people's links, and words that
 * are no names).  All sentences and names written here. */

  /* A person called by a title and a first name before anyone of that
   * first name is named in full is another person: the lone first name
   * is a person, linked to neither (was the later full name's). */
  { "Prince Charles and his bride will marry in April. Many think she should be queen after Charles becomes king."
    " Opposition leader Charles Stenmo welcomed the news.",
    "PERSON:Charles role=Prince | PERSON:Charles | PERSON:Charles Stenmo role=leader" },
  /* Near miss: the full name first, the title after it is the same
   * person's, and the lone first name still links. */
  { "Charles Stenmo won the vote on Monday. Later Sir Charles said he was delighted. Charles thanked his staff.",
    "PERSON:Charles Stenmo | PERSON:Charles | PERSON:Charles=Charles Stenmo" },
