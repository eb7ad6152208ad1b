/* test-entities-skips.c: the entities stage through `assay run`, on
 * sentences written here, for the rules that return at once where the
 * sentence (Scan.sentence_cues, sentence_upper_cues, sentence_openers) or
 * the document (Scan.document_cues) has no word of the kind they need (find_music(), find_band_mentions(),
 * find_titled_people()): each cue word after a sentence with none, or
 * before one, so a skip that read the wrong sentence, or Word.cue's
 * masked kinds where the rules read the cue map again (a capitalised
 * musician's noun opening a sentence), would lose the name; and
 * sentences with no such word, where nothing may be found. */
#include "entity-cases.h"

/* Each annotation is written LABEL:text, separated by " | ". */
static const EntityCase cases[] = {
  /* A musician's noun opening the second sentence, capitalised: the
   * rules read it from the cue map, not from Word.cue. */
  { "Police said so. Rapper Eminem was there.", "PERSON:Eminem" },
  { "Police said so. Singer LL Cool J was there.", "PERSON:LL Cool J" },
  { "It was late. Singer Ja Rule and rapper DMX performed.", "PERSON:Ja Rule | PERSON:DMX" },
  /* The noun in the first sentence, none in the second. */
  { "The rapper DMX was arrested. Police said he was held in New York.", "PERSON:DMX | GPE:New York" },
  /* A band named before the sentence of its player's noun. */
  { "He said leaving Busted was hard. Busted singer Charlie Simpson has left the band.",
    "ORG:Busted | ORG:Busted | PERSON:Charlie Simpson" },
  /* A title of address after a sentence with none, and before one. */
  { "Rain fell in Leeds. It was written by Lord Falconer and Downing Street adviser Baroness Morgan.",
    "GPE:Leeds | PERSON:Falconer | LOC:Downing Street | PERSON:Morgan" },
  { "It was written by Lord Falconer. Rain fell in Leeds.", "PERSON:Falconer | GPE:Leeds" },
  { "It was late. Governor Mervyn King said so.", "PERSON:Mervyn King" },
  /* The walks that skip a sentence with no capitalised body's head
   * (Scan.sentence_upper_cues: join_connected(), join_nationality()) or
   * no word opening with a digit or a comma (Scan.sentence_openers:
   * mend_numbered_names(), i_comma_title()), each after a sentence with
   * none and before one. */
  { "Rain fell in Leeds. Campaign for Cleaner Rivers chief Anna Holt said so.",
    "GPE:Leeds | ORG:Campaign for Cleaner Rivers | PERSON:Anna Holt" },
  { "Rain fell in Leeds. The Danish Chamber of Commerce said prices rose.", "GPE:Leeds | ORG:Danish Chamber of Commerce" },
  { "The Danish Chamber of Commerce said prices rose. Rain fell in Leeds.", "ORG:Danish Chamber of Commerce | GPE:Leeds" },
  { "Rain fell in Leeds. Radio 7 has new owners.", "GPE:Leeds | ORG:Radio 7" },
  { "Shares in Radio 7 rose after the deal. Rain fell in Leeds.", "ORG:Radio 7 | GPE:Leeds" },
  { "Rain fell in Leeds. He wrote the novel I, Robot in the desert.", "GPE:Leeds | MISC:I, Robot" },
  /* No cue word of these kinds, or one in capitals: nothing. */
  { "SINGER QUITS BAND", "" },
  { "Rain fell in Leeds. Smith said so.", "GPE:Leeds | PERSON:Smith" },
};

ENTITY_CASES_MAIN ("skips", cases, entity_render_plain)
