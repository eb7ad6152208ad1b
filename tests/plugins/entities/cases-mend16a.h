/* cases-mend16a.h: rows of test-entities-spans.c's table (included
 * inside it) from mend-ent16a's review of ent-spans16 and ent-docs16:
 * the sentences near their rules that went wrong, and the body's name
 * glued to another name by "and" (issue 24).  All sentences written
 * here. */

  /* The tagger's or a shape rule's body's name glued by "and" to a name
   * of its own: cut there (orgnames.c's cut_glued_names()), a person, a
   * body CoNLL writes alone, a word no English list holds. */
  { "The Ministry of Defence and John Smith have denied the claims.",
    "ORG:Ministry of Defence | PERSON:John Smith" },
  { "The Department of Trade and Industry and Ofcom said so.", "ORG:Department of Trade and Industry | ORG:Ofcom" },
  { "The Institute for Fiscal Studies and Oxfam published reports.",
    "ORG:Institute for Fiscal Studies | ORG:Oxfam" },
  { "The Department of Health and Labour both criticised the plan.", "ORG:Department of Health | ORG:Labour" },
  /* Not an English word that ends a body's own name, nor a place after
   * a place ("the Diocese of Ripon and Leeds"). */
  { "The Department of Trade and Industry said exports rose.", "ORG:Department of Trade and Industry" },
  { "The Chartered Institute of Personnel and Development said pay rose.",
    "ORG:Chartered Institute of Personnel and Development" },
  { "He studied at the College of William and Mary in Virginia.",
    "ORG:College of William and Mary | GPE:Virginia country=United States" },
  { "The Internet Corporation for Assigned Names and Numbers said so.",
    "ORG:Internet Corporation for Assigned Names and Numbers" },
  { "The Museum of Science and Industry in Manchester reopened.",
    "ORG:Museum of Science and Industry | GPE:Manchester country=United Kingdom" },
  /* join_and_last_word() leaves a word the tagger read as a body of its
   * own after "and". */
  { "The Bank of Japan and Fed both held rates.", "ORG:Bank of Japan | ORG:Fed" },
  /* "The Scotsman newspaper" at a sentence's start is the paper; the
   * man alone is the people's. */
  { "The Scotsman newspaper reported the story first.", "ORG:Scotsman" },
  { "The Scotsman said he was very tired after the race.",
    "NORP:Scotsman=United Kingdom kb=iso3166:GB country=United Kingdom" },
  /* "the Parliament for X" is a body's name, not a member's seat. */
  { "The Parliament for Scotland opened in 1999.", "ORG:Parliament for Scotland" },
  { "She was elected to Parliament for Sheffield in 2001.",
    "ORG:Parliament | GPE:Sheffield" },
  /* "the group of" counts what follows: no company's apposition. */
  { "Europe - the group of nations - met in Brussels.", "LOC:Europe | GPE:Brussels country=Belgium" },
  { "Halcrow - the engineering group - said profits had risen.", "ORG:Halcrow" },
  /* A nationality's adjective before a body's "<Noun> of <Name>" is the
   * name's first word (orgnames.c's join_nationality()); not a
   * government's part, a lowercase body, a nationality's noun. */
  { "The British Chamber of Commerce said exports were falling.", "ORG:British Chamber of Commerce" },
  { "The Irish Society of Chartered Accountants met.", "ORG:Irish Society of Chartered Accountants" },
  { "The French Embassy in London was closed.",
    "NORP:French=France kb=iso3166:FR country=France | GPE:London country=United Kingdom" },
  { "A British chamber of commerce survey found growth.",
    "NORP:British=United Kingdom kb=iso3166:GB country=United Kingdom" },
