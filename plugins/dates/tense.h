/* tense.h: what the readers of tense share: tense.c reads the nearest
 * cue of the lexicon before an expression; tense-clause.c reads a
 * clause's own verb (done, or planned); tense-weekday.c reads whether a
 * weekday names the coming day or the one gone by. */
#pragma once

#include "dates-private.h"

/* Every kind, for cue_at(). */
#define ALL_CUES ((1u << N_CUE_KINDS) - 1)

/* How far after an expression its clause's verb is looked for. */
#define AFTER_REACH 120

/* The first kind of @kinds (a mask of bits 1 << CUE_*) in the order of
 * the kinds whose cue in @set matches at @at, or -1 (tense.c). */
int cue_at (const CueSet *set, const Tense *tense, gsize at, guint kinds);
/* Whether the word at @at (its end in *@end) is in @set, in lowercase
 * (tense.c). */
gboolean word_at_in (GHashTable *set, const char *text, gsize at, gsize *end);
/* Reads the nearest cue before @tense's expression, once (tense.c). */
void tense_read (Tense *tense);
/* Whether the sentence around @start..@end is in the present simple
 * throughout (tense.c). */
gboolean sentence_present_simple (const Tense *tense, gsize start, gsize end, gboolean future_too);
/* Whether the word at @at..@end is a verb in the past that tells an
 * event done (tense-clause.c). */
gboolean past_verb_at (const Tense *tense, const Tense *window, gsize at, gsize end);
