/* holiday-names.h: a holiday's word inside a name (holiday-names.c). */
#pragma once

#include "dates-private.h"

/* Whether the holiday matched at [@start, @end) is a word of a
 * capitalised name or title around it, a capitalised word right before
 * or after it that names_something() reads as a name's ("Christmas
 * Island", "Father Christmas", "Last Christmas"): no date. */
gboolean holiday_in_name (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start,
                          gsize sentence_end);

/* Whether the word at @next, right after a holiday, opens a new clause
 * rather than continuing a name: "I" or a form of address ("by
 * Christmas Mr Pellow said"). */
gboolean holiday_clause_follows (const Dates *d, const char *text, gsize next);
