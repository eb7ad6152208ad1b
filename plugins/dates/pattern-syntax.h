/* pattern-syntax.h: stepping over one construct of a PCRE2 pattern as
 * patterns.tsv and lexicon.tsv write it (an escape, a class, a group),
 * for the readers of patterns' text at load: the pair filter's probe
 * source (load.c) and the near cues' needed words (cue-needs.c).  One
 * walker, so that both step over \Q...\E, "[]a]", "[[:alpha:]]" and
 * \x{2019} the same way. */
#pragma once

#include <glib.h>

/* Past the escape at @p ('\\'): \Q quotes to \E (or the end), and
 * \x{a0}, \p{L}, \g{1}, \k{name} and the like end at their brace.
 * Sets *@unread (when not NULL) where a reader of words cannot see
 * into it: a quote (\Q), or a '\\' that ends the pattern. */
const char *pattern_escape_end (const char *p, gboolean *unread);

/* Past the ']' that closes the class opening at @p ('['): a ']' right
 * after '[' or "[^" is a member, and so is one of a POSIX class
 * ("[:alpha:]"); escapes are stepped over whole.  At the pattern's end
 * when no ']' closes it, and then *@unread is set (when not NULL). */
const char *pattern_class_end (const char *p, gboolean *unread);

/* Past the ')' that closes the group opening at @p ('('), stepping over
 * escapes and classes.  At the pattern's end when none closes it, and
 * then *@unread is set (when not NULL); also set where an escape
 * inside is unread. */
const char *pattern_group_end (const char *p, gboolean *unread);
