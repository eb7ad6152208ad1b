/* cases-firms27.h: a company named like a surname (issue 24), read as a
 * person at every mention: an apposition or a copula of a noun only an
 * organisation is ("the company", "a bank") outweighs the lists' hint of
 * a surname, at every mention; a mention with a person's evidence stays
 * a person's.  All sentences written here; included by
 * test-entities-companies.c. */
  { "Pemberton, the company, said sales rose. Pemberton will open new shops.",
    "ORG:Pemberton | ORG:Pemberton" },
  { "Pemberton Holt, the company, said sales rose. Pemberton Holt will open shops.",
    "ORG:Pemberton Holt | ORG:Pemberton Holt" },
  { "Harwood is a bank. Harwood said so.", "ORG:Harwood | ORG:Harwood" },
  { "Harwood, the bank, cut rates. Mr Harwood, its founder, was pleased.",
    "ORG:Harwood | PERSON:Harwood" },
  /* A relative clause after a noun only an organisation is. */
  { "Pemberton, the company that makes cups, said sales rose. Pemberton will cut jobs.",
    "ORG:Pemberton | ORG:Pemberton" },
  { "Harwood, the bank which lent the money, said so.", "ORG:Harwood" },
  /* Near: a noun a person may be called ("broker"), a noun owning what
   * follows, a noun qualifying a person's post. */
  { "Pemberton, the insurance broker, said so.", "PERSON:Pemberton" },
  { "Pemberton, the firm's founder, said so.", "PERSON:Pemberton" },
  { "Harwood, the bank manager, said so.", "PERSON:Harwood" },
  { "Pemberton was the company's founder.", "PERSON:Pemberton" },
  { "Pemberton, the broker that we hired, said so.", "PERSON:Pemberton" },
  { "Harwood, the man that the bank hired, said so.", "PERSON:Harwood" },
