/* test-entities-seats.c: constituencies, languages and formats (issue
 * 24's classes from the fifteenth session's held-out judges; seats.c),
 * each with sentences next to it where the rule must not fire.  All
 * sentences written here. */
#include "entity-cases.h"

static const EntityCase cases[] = {
#include "cases-seats15.h"
};

ENTITY_CASES_MAIN ("seats", cases, entity_render)
