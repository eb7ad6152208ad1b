/* cases-pairs21.h: rows of test-entities-spans.c's table from
 * ent-split21 (issue 24): a body's name whose head follows two subjects
 * joined by "and" or "&" (orgpairs.c's join_paired_body_at()), which
 * the tagger cut at the connector and at a possessive mark inside.  All
 * sentences and names written here. */

  /* Cut at "and", and again at the possessive mark. */
  { "Members of the Timber and General Workers' Union voted to strike.",
    "ORG:Timber and General Workers' Union" },
  { "The Paper and General Workers Union (PGWU) backed the deal.",
    "ORG:Paper and General Workers Union | ORG:PGWU" },
  /* The name's own possessive after its head stays outside. */
  { "Of the workers, the Timber and General Workers' Union's 70 are among them.",
    "ORG:Timber and General Workers' Union" },
  /* After the "&" join (join_ampersand_at()), on over "Worker's". */
  { "The Timber & General Worker's Union said it would ballot members.",
    "ORG:Timber & General Worker's Union" },
  /* Two listed companies, a place and a body, a body's head before the
   * connector, a list's last two items: two names. */
  { "Car makers Fiat and General Motors agreed a deal.", "ORG:Fiat | ORG:General Motors" },
  { "Britain and European Union officials met.", "GPE:Britain=United Kingdom kb=iso3166:GB | ORG:European Union kb=wikidata:Q458" },
  { "The Foreign Office and Marsh Laboratories signed a deal.", "ORG:Foreign Office | ORG:Marsh Laboratories" },
  { "The Timber Board, Paper and General Workers Union met.", "ORG:Timber Board | ORG:Paper | ORG:General Workers Union" },
