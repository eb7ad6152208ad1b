/* cases-spans18.h: rows of test-entities-spans.c's table from
 * ent-spans18 (issue 24): two names the tagger glued into one body by
 * "and", cut where each part has evidence of its own, and the bodies'
 * names holding "and" that stay whole.  All sentences and names written
 * here. */

  /* Both parts listed (companies.tsv): two companies
   * (orgnames.c's cut_two_names()). */
  { "The backing from Ryanair and British Airways is a big boost to the plan.",
    "ORG:Ryanair | ORG:British Airways" },
  /* Both parts named alone elsewhere in the document. */
  { "The backing from Dunmore and Quill Motors is a big boost to the plan. Analysts said Dunmore would gain. "
    "Quill Motors declined to comment.",
    "ORG:Dunmore | ORG:Quill Motors | ORG:Dunmore | ORG:Quill Motors" },
  /* Two bodies of one kind: the same head ends both, or opens both. */
  { "The takeover of Harbour Bank and Meadow Bank by a US group is a boost to the plan.",
    "ORG:Harbour Bank | ORG:Meadow Bank | GPE:US=United States kb=iso3166:US" },
  /* One part alone evidenced: the tagger's whole stays. */
  { "The backing from Dunmore and Quill Motors is a big boost to the plan. Quill Motors declined to comment.",
    "ORG:Dunmore and Quill Motors | ORG:Quill Motors" },
  /* A body's subjects joined by "and": one name, the heads differing or
   * the parts no names of their own. */
  { "The Securities and Exchange Commission said so.", "ORG:Securities and Exchange Commission" },
  { "The Department of Health and Human Services said so.", "ORG:Department of Health and Human Services" },
  { "The Food and Drug Administration approved it.", "ORG:Food and Drug Administration" },
  /* A firm's name joined by "&" is one organisation, where the tagger
   * cut it there (orgnames.c's join_ampersand_at()): back over a word
   * no span holds, on over the capitalised words after, and not over a
   * name the tagger glued on by "and". */
  { "Bright & Dunmore said profits rose.", "ORG:Bright & Dunmore" },
  { "The administrators Edgar Holt & Partners were called in.", "ORG:Edgar Holt & Partners" },
  { "It bought firms such as Tarrow & Vale and Quill Communications last year.",
    "ORG:Tarrow & Vale | ORG:Quill Communications" },
  { "Research firm Orrin Survey & Civic Life says a blog is created every second.",
    "ORG:Orrin Survey & Civic Life" },
  /* Not two people by their own evidence, two places, nor a holiday. */
  { "Tom Pellow & David Quarrie won the award.", "PERSON:Tom Pellow | PERSON:David Quarrie" },
  { "Serbia & Montenegro drew with Spain.",
    "GPE:Serbia kb=iso3166:RS | GPE:Montenegro kb=iso3166:ME | GPE:Spain kb=iso3166:ES" },
