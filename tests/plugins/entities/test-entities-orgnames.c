/* test-entities-orgnames.c: the entities stage through `assay run`, on
 * sentences written here, for organisations' names the tagger cuts or
 * mislabels by the shape of their words (orgnames.c): a body's name with
 * a lowercase connector after its head, joined; a person's label in a
 * list of companies made theirs; and the sentences near
 * each rule where it must not fire. */
#include "entity-cases.h"

/* Each annotation is written LABEL:text, separated by " | ". */
static const EntityCase cases[] = {
  /* A head (organisation head, org-word or org-noun of cues.tsv) before
   * "for" and a capitalised run: one body's name, whatever the tagger
   * made of the part after "for" (a person, a place, a body alone). */
  { "Donors gave to Network for Good last week.", "ORG:Network for Good" },
  { "The Campaign for Nuclear Disarmament marched on Saturday.", "ORG:Campaign for Nuclear Disarmament" },
  { "The Campaign for Real Ale held a festival.", "ORG:Campaign for Real Ale" },
  { "The Movie Association for America sued the site.", "ORG:Movie Association for America" },
  { "The Institute for Fiscal Studies said taxes would rise.", "ORG:Institute for Fiscal Studies" },
  /* Not after a person, a club or a lowercase word; not an event, a
   * contest or a date after the connector. */
  { "Smith scored for Chelsea on Saturday.", "PERSON:Smith | ORG:Chelsea" },
  { "Tony Blair campaigned for Labour on Monday.", "PERSON:Tony Blair | ORG:Labour" },
  { "Millions of people voted for Labour.", "ORG:Labour" },
  { "The campaign for Labour was run from London.", "ORG:Labour | GPE:London" },
  { "Chelsea Football Club for Champions League games needs more seats.",
    "ORG:Chelsea Football Club | MISC:Champions League" },
  /* Not a person's name of one word before a kind of person, which
   * it modifies; but a place or a word the lists hold no name there. */
  { "The Society of Blair loyalists met.", "" },
  { "The Society of Blair supporters met.", "" },
  { "The Society of London met on Monday.", "ORG:Society of London" },
  { "The Campaign for Scotland was launched.", "ORG:Campaign for Scotland" },
  { "The Party of Blair was born.", "ORG:Party of Blair" },
  /* Not after a title, nor a phrase the tagger read over "of the". */
  { "The Lord Chief Justice of England spoke.", "GPE:England" },
  { "Members of the Bank of England's committee met.", "ORG:Bank of England",
    "the tagger's phrase over \"of the\" (Members of the Bank ORG, England GPE): not joined on" },
  { "The Society for the Protection of Birds said so.", "ORG:Protection of Birds",
    "a name going on past \"for the\" (the tagger's part after it only)" },
  /* A one-word name the tagger called a person in a list of companies
   * takes their label, and its other mentions follow. */
  { "Firms such as Microsoft, Intel, Dell and Yahoo gained. Yahoo said sales rose.",
    "ORG:Microsoft | ORG:Intel | ORG:Dell | ORG:Yahoo | ORG:Yahoo" },
  /* Not a surname the lists hint, nor a list holding a person's name
   * (Labour stays the tagger's person there: a miss, not this rule's). */
  { "He thanked Smith, Jones, Microsoft and Google for their help.",
    "PERSON:Smith | PERSON:Jones | ORG:Microsoft | ORG:Google",
    "a tagger that reads Jones as a person here (the tagger says ORG; no rule mends a surname in a list)" },
  /* A first name or a title before any mention in the document keeps a
   * person (person_evidence()); with none, a surname no list holds is
   * lost to the companies beside it. */
  { "Steve Jobs spoke on Monday. Microsoft, Apple and Jobs were in court.",
    "PERSON:Steve Jobs | ORG:Microsoft | ORG:Apple | PERSON:Jobs" },
  { "Microsoft, Apple and Jobs were in court. Mr Jobs said so.",
    "ORG:Microsoft | ORG:Apple | PERSON:Jobs | PERSON:Jobs" },
  { "Microsoft, Apple and Jobs were in court.", "ORG:Microsoft | ORG:Apple | PERSON:Jobs",
    "a list of surnames: Jobs is in no list (person-names.tsv) and nothing in the document says a person" },
  { "Blair, Brown, Labour and the Tories argued.", "PERSON:Blair | PERSON:Brown | PERSON:Labour | NORP:Tories" },
#include "cases-orgs15.h"
#include "cases-tech24.h"
#include "cases-bodies30.h"
};

ENTITY_CASES_MAIN ("orgnames", cases, entity_render_plain)
