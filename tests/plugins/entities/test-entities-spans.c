/* test-entities-spans.c: names' spans (issue 24's classes from the
 * held-out judges: a year or a sentence's opening word glued to a name,
 * post-nominals, capitalised common plurals, an acronym glued to a
 * person, a generational suffix, a name cut before "on" or "of", a
 * city cut from a longer place),
 * each with sentences next to it where the rule must not fire.  All
 * sentences written here. */
#include "entity-cases.h"

static const EntityCase cases[] = {
  /* A year before a name read as a person before a reporting verb: the
   * name alone, an acronym an organisation; the glued mention does not
   * make the document's others people. */
  { "In 1998 KLXT said it had doubled its staff. KLXT is hiring again.", "ORG:KLXT" },
  { "KLXT grew. In 1998 KLXT said it had doubled its staff. KLXT said it would hire.", "ORG:KLXT | ORG:KLXT | ORG:KLXT" },
  { "Arkwell grew fast. In 2001 Arkwell said it would hire.", "PERSON:Arkwell" },
  /* Not a count that is a name's own ("50 Cent"), nor a number after a
   * name. */
  { "The rapper 50 Cent said he was pleased.", "PERSON:50 Cent" },
  /* An ordinary word opening a sentence before a name the document
   * writes within a sentence without it. */
  { "Officials at the Trade Ministry were loud. Earlier Trade Ministry figures showed a fall.",
    "ORG:Trade Ministry | ORG:Trade Ministry" },
  { "He wrote to the Vale Water Board. Critics of the Vale Water Board were loud.",
    "ORG:Vale Water Board | ORG:Vale Water Board" },
  /* ... but not where the document never writes the name without it,
   * nor a name of one word after it, nor a function word ("The"). */
  { "Investors in United Kestrel Bank lost. United Kestrel Bank said so.",
    "ORG:United Kestrel Bank | ORG:United Kestrel Bank" },
  { "He flew Air Kerala. Air Kerala said the jet was late.", "ORG:Air Kerala | ORG:Air Kerala" },
  { "He reads the Daily Planet. The Daily Planet said so.", "ORG:Daily Planet | ORG:Daily Planet" },
  /* Post-nominals are not part of a person's name; after a full name
   * and before a comma, they are that person's, not the next one's
   * title. */
  { "The barrister Helen Marsh QC said the law was clear.", "PERSON:Helen Marsh" },
  { "The panel heard Tom Ashby QC, Ruth Kerr QC and Sam Lyle.",
    "PERSON:Tom Ashby role=QC | PERSON:Ruth Kerr | PERSON:Sam Lyle" },
  { "The author, Brian Calder OBE, was honoured again.", "PERSON:Brian Calder" },
  /* ... but a title before the name with no comma stays the name's. */
  { "He was replaced, Labour MP Rose Abbot said.", "ORG:Labour | PERSON:Rose Abbot role=MP role_org=Labour" },
  /* Capitalised common words ending in a plural, which the document
   * also writes in lowercase, are no name at any mention. */
  { "The ruling of the Appeal Lords was clear. Nine appeal lords sat. The Appeal Lords were split.", "" },
  /* ... not without the lowercase run, nor one not a plural, nor with
   * the words apart. */
  { "The ruling of the Appeal Lords was clear.", "ORG:Appeal Lords" },
  { "He fought in the Cold War. The cold war ended in 1991.", "MISC:Cold War" },
  { "The Wilton Lords won again. The lords of the manor were angry.", "ORG:Wilton Lords" },
  /* An acronym the document names alone, glued to a person's full
   * name: two names. */
  { "Aides told the BBC Peter Hollins had resigned. The BBC asked why.",
    "ORG:BBC | PERSON:Peter Hollins | ORG:BBC" },
  /* ... not initials that are the name's own. */
  { "Shares in JP Morgan Chase rose. JP said it was pleased.", "ORG:JP Morgan Chase | ORG:JP" },
  /* A person's name with its generational suffix, a title's word
   * inside it or the tagger's organisation: one person. */
  { "The stamps showed Carl Earl Judge Jr smiling.", "PERSON:Carl Earl Judge Jr" },
  { "Mourners came to the funeral of Arthur Lee Bishop Jnr in Ohio.",
    "PERSON:Arthur Lee Bishop Jnr | GPE:Ohio kb=iso3166-2:US-OH country=United States" },
  /* ... not past a form of address, nor a title opening the run. */
  { "He met Mr Hale Snr in Leeds.", "PERSON:Hale Snr | GPE:Leeds country=United Kingdom" },
  /* A name cut before "on" or "of" and what is still its own. */
  { "The law breached the European Charter on Social Rights, lawyers said.",
    "MISC:European Charter on Social Rights" },
  { "He joined the Club of Rome last year.", "ORG:Club of Rome" },
  /* ... not a date after "on". */
  { "The European Charter on Monday was signed.", "MISC:European Charter" },
  { "Grey Harbour Council on Tuesday met Anna Price.", "ORG:Grey Harbour Council | PERSON:Anna Price" },
  /* A claimed city cut from a longer listed place starting with it. */
  { "She lives in Miami Beach with her sons.", "GPE:Miami Beach kb=geonames:4164143 country=United States" },
  /* ... not before another capitalised word, nor the city alone. */
  { "He flew to Miami on Monday.", "GPE:Miami kb=geonames:4164138 country=United States" },
  { "The Miami Beach Club closed.", "ORG:Miami Beach Club" },
#include "cases-spans16.h"
#include "cases-mend16a.h"
#include "cases-spans18.h"
#include "cases-pairs21.h"
#include "cases-events17.h"
#include "cases-occasions20.h"
#include "cases-ofnames26.h"
#include "cases-spans28.h"
#include "cases-spans29.h"
};

ENTITY_CASES_MAIN ("spans", cases, entity_render)
