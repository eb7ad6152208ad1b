/* cases-works16.h: rows of test-entities-works.c's table (included
 * inside it) for the sixteenth session's works: each rule's sentences,
 * and the sentences near it where it must not fire, written here. */

/* A prize's lowercase word between an award's category and "for"
 * ("the best album award for X", "the best single prize for X"): the
 * title after "for" is the work it was won for. */
{ "The band took the best album award for Paper Lanterns at the ceremony.", "MISC:Paper Lanterns" },
{ "The song did well: the singer won the best single prize for Quiet Engines.", "MISC:Quiet Engines" },
{ "The film was a hit. She won the best newcomer trophy for Cold Water Blues.", "MISC:Cold Water Blues" },
/* Not a person's name there, a place or a club, a sport report, a
 * category no award names, nor where no work is named at all. */
{ "The album sold well. He won the best producer award for Mark Ronson's label.", "PERSON:Mark Ronson" },
{ "The film was a hit. It may win the best director prize for Peter Harlan, the critics say.", "PERSON:Peter Harlan" },
{ "The film was a hit. It won the best single prize for Scotland, the judges said.", "GPE:Scotland" },
{ "Chelsea won 2-1. He took the best player award for Chelsea.", "ORG:Chelsea | ORG:Chelsea" },
{ "The film was a hit. He won the best value award for Tesco shoppers.", "ORG:Tesco" },
{ "The firm won the best employer award for Unilever last year.", "ORG:Unilever" },
/* "for" after a prize's word is not "voted for": a person voted for. */
{ "The album sold well. Fans voted for Paul Weller in the best single poll.", "PERSON:Paul Weller" },
