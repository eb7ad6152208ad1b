/* tense.h: what the readers of tense share: tense.c reads the nearest
 * cue of the lexicon before an expression; tense-clause.c reads a
 * clause's own verb (done, or planned); tense-weekday.c reads whether a
 * weekday names the coming day or the one gone by. */
#pragma once

#include "dates-private.h"

#include <string.h>

/* Every kind, for cue_at(). */
#define ALL_CUES ((1u << N_CUE_KINDS) - 1)

/* How far after an expression its clause's verb is looked for. */
#define AFTER_REACH 120

/* The first kind of @kinds (a mask of bits 1 << CUE_*) in the order of
 * the kinds whose cue in @set matches at @at, or -1 (tense.c). */
int cue_at (const CueSet *set, const Tense *tense, gsize at, guint kinds);
/* The kind (PAST_ALONE, PAST_SHARED, PAST_NOUN, PAST_BARE) of the word
 * at @at, as past_form_at() reads it, PAST_NOUN and PAST_BARE kept
 * (tense.c). */
int past_form_kind_at (const Dates *d, const char *text, gsize at, gsize limit);
/* Whether the word at @at..@end, a verb whose past is its base ("cut",
 * PAST_BARE), is in the past: its subject a noun without -s after a
 * determiner, after @floor, and its object after it (tense-bare.c). */
gboolean bare_past_at (const Dates *d, const char *text, gsize floor, gsize at, gsize end);
/* Whether the word at @at (its end in *@end) is in @set, in lowercase
 * (tense.c). */
gboolean word_at_in (GHashTable *set, const char *text, gsize at, gsize *end);
/* A word of the text in lowercase, as word_before_in() reads the one
 * ending at an offset, read once for all the sets a reader tests it
 * against: tense_past_clause() tests each word of the clause against up
 * to ten sets, and each word_before_in() found the word's start and
 * lowercased it again (35,800 calls on the bench's 20 MB). */
typedef struct
{
  char word[32];
  gboolean ok; /* a word word_before_in() would look up */
  gsize start; /* where it starts, as word_before_in() gives it */
} WordKey;

/* The word ending at @end (spaces before @end passed over), exactly as
 * word_before_in() takes it. */
static inline void
word_key (WordKey *key, const char *text, gsize end)
{
  while (end > 0 && text[end - 1] == ' ')
    end--;
  gsize w = end;
  while (w > 0 && end - w < 32 && (g_ascii_isalpha (text[w - 1]) || text[w - 1] == '-' || text[w - 1] == '\''))
    w--;
  key->start = w;
  key->ok = !(w == end || end - w >= 32 || (w > 0 && g_ascii_isalnum (text[w - 1])));
  if (!key->ok)
    return;
  for (gsize i = w; i < end; i++)
    key->word[i - w] = ascii_to_lower (text[i]);
  key->word[end - w] = '\0';
}

/* word_before_in() of the word @key holds. */
static inline gboolean
key_in (const WordKey *key, GHashTable *set)
{
  return key->ok && g_hash_table_contains (set, key->word);
}

/* Whether @c ends a clause: a comma, a semicolon, a colon or a bracket,
 * and a double quote where @quote.  The readers test it at each byte as
 * they look for their clause's start or end, and strchr() on a string of
 * the marks was a call a byte: about 4M instructions in all on the
 * bench's 20 MB, the tense readers' (callgrind). */
static inline gboolean
clause_mark (char c, gboolean quote)
{
  return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || (quote && c == '"');
}

/* Whether the word @at..@end of @text is a present perfect's "has" or
 * "have", which tells where things stand, no event of its own day. */
static inline gboolean
perfect_auxiliary (const char *text, gsize at, gsize end)
{
  return (end - at == 3 && strncmp (text + at, "has", 3) == 0) || (end - at == 4 && strncmp (text + at, "have", 4) == 0);
}

/* Whether the full stop, "!" or "?" at @at may end a sentence: not with
 * a letter or a digit right after (the periods inside "U.S.", "3.5%",
 * "bbc.co.uk"), nor with a word in lowercase after the spaces ("the
 * U.S. will play").  Read only where no sentence layer bounds the text
 * (tense_limit()): inside the layer's sentence the layer has decided,
 * abbreviations and all ("No. 10", "St. Petersburg", "Mr. Smith"). */
static inline gboolean
stop_mark (const char *text, gsize at)
{
  char c = text[at];
  if (c != '.' && c != '!' && c != '?')
    return FALSE;
  gsize next = at + 1;
  while (text[next] == ' ')
    next++;
  return !g_ascii_isalnum (text[at + 1]) && !g_ascii_islower (text[next]);
}

/* Whether a look-ahead from @tense's expression stops at @at: the end of
 * its sentence (tense_limit(): the sentence layer's, a hard-wrapped
 * line's continuation included; a headline or a line with no full stop
 * ends there too), or a mark that ends a clause.  A period inside the
 * sentence is passed ("the match on Saturday in the U.S. will kick off",
 * "the meeting on Thursday at No. 10 will discuss"). */
static inline gboolean
after_stops (const Tense *tense, gsize at)
{
  char c = tense->text[at];
  return at >= tense->limit || c == '\0' || clause_mark (c, FALSE);
}

/* Whether a reader of the rest of the sentence after @tense's expression
 * stops at @at: its sentence's end as after_stops() reads it (marks of
 * clauses go on). */
static inline gboolean
sentence_stops (const Tense *tense, gsize at)
{
  return at >= tense->limit || tense->text[at] == '\0';
}

/* Whether @c ends a clause or a sentence (",;:.!?()"). */
static inline gboolean
clause_or_sentence_mark (char c)
{
  return clause_mark (c, FALSE) || c == '.' || c == '!' || c == '?';
}

/* Whether the word @prev_start..@prev_end, one space before @at, is a
 * noun a participle at @at qualifies ("the ruling made on 22 February",
 * "the summit starting on Monday") (tense-clause.c). */
gboolean noun_before (const Dates *d, const char *text, gsize prev_start, gsize prev_end, gsize at);
/* Whether the words @from..@to of a clause tell an event done, the last
 * verb of the past winning; with @preview, a present perfect's "has" and
 * a word of kind `purpose` tell none (tense-weekday.c). */
gboolean done_before (Tense *tense, gsize from, gsize to, gboolean preview);
/* Where the main clause starts after a "when" or "if" clause of the
 * day's own time that opens at @from, right after the day's comma, and
 * closes with a comma ("On Sunday, when the team is expected to arrive,
 * fans gathered", "On Sunday, if Wales play France, the roof will be
 * closed"); *@done: that clause holds a verb in the past, which tells
 * the day gone by ("when fans rioted").  @from where there is none
 * (tense-clause.c; read by tense_scheduled_after() and
 * tense_future_after()). */
gsize tense_when_clause (const Tense *tense, gsize from, gboolean *done);
/* Whether @tense's sentence is a headline's plan before the expression,
 * "Staff to strike on Monday" (tense-clause.c). */
gboolean tense_headline_plan (const Tense *tense);
/* Reads the nearest cue before @tense's expression, once (tense.c). */
void tense_read (Tense *tense);
/* Whether the sentence around @start..@end is in the present simple
 * throughout (tense.c). */
gboolean sentence_present_simple (const Tense *tense, gsize start, gsize end, gboolean future_too);
/* Whether the word at @at..@end is a verb in the past that tells an
 * event done (tense-clause.c). */
gboolean past_verb_at (const Tense *tense, const Tense *window, gsize at, gsize end);
/* Whether the word at @at of @tense's window is a verb of kind
 * `release` in -ing after "is", "are", "am" or "'re" ("is launching the
 * phone in the autumn"): a present progressive of an arrangement, which
 * speaks of the future (tense-clause.c). */
gboolean tense_progressive_release (const Tense *tense, gsize at);
/* Whether the past cue at @at is a present perfect's "has been" or "have
 * been" whose clause goes on to an infinitive after a noun, with nothing
 * done between it and the expression ("has been given money to
 * strengthen the squad in the summer"): the infinitive tells what the
 * thing is for, still to come (tense-clause.c). */
gboolean tense_perfect_purpose (const Tense *tense, gsize at);
/* Whether @tense's expression lies in a phrase that opens its sentence
 * with a verb of kind `release` in -ing and no mark between ("Launching
 * in the summer, the service ..."): a plan, unless the main clause
 * tells the thing done (tense-clause.c). */
/* Whether @tense's window opens its sentence with a capitalised word;
 * then that word's bytes are [*@start, *@end). */
gboolean tense_opening_word (const Tense *tense, gsize *start, gsize *end);
gboolean tense_release_opener (const Tense *tense);
/* Whether the text before @at (from @floor) ends in the auxiliary of a
 * present progressive, "is ", "are ", "am " or "'re ", one adverb
 * ("also", "now", "still") allowed after it (tense-clause.c). */
gboolean progressive_before (const char *text, gsize floor, gsize at);
/* Whether the word at @at is a verb of kind `term` ("expires", "runs")
 * with at most five words and no mark after it up to the expression, the
 * last a preposition of its time ("expires on", "runs at the Tate
 * until"), in a clause with no word of kind `recurring`: a term set,
 * its end or run ahead (tense-clause.c). */
gboolean tense_scheduled_term (const Tense *tense, gsize at);
/* Whether the word at @at is a noun of kind `expectation` before "of" or
 * "that", the expression after "by" later in its clause with no mark
 * between ("hopes of a truce by the end of April"), and its clause's
 * verb before it tells nothing done ("there were signs of" does)
 * (tense-clause.c). */
gboolean tense_expected_by (const Tense *tense, gsize at);
/* The readers above that need a preposition as the window's last word,
 * as bits of what tense_tail_readers() gives. */
enum
{
  TAIL_RELEASE = 1 << 0,  /* tense_progressive_release(): "in" or "on" */
  TAIL_TERM = 1 << 1,     /* tense_scheduled_term(): its prepositions */
  TAIL_EXPECTED = 1 << 2, /* tense_expected_by(): "by" */
};
/* Which of tense_progressive_release(), tense_scheduled_term() and
 * tense_expected_by() may hold at some word of @tense's window: each
 * needs the window's last word to be a preposition of its own, the same
 * word whichever word it is asked at, so that speaks_of_future() reads
 * it once for the window, not once a word (tense-clause.c). */
guint tense_tail_readers (const Tense *tense);

/* Whether the word of kind `path` at @path ("to", "through") ends a
 * period of accounts that "the" opens after @from ("the year to June"),
 * not a forecast's (tense-clause.c). */
gboolean tense_period_to (const Dates *d, const char *text, gsize from, gsize path);

/* Whether "today" at @start..@end, closing its clause after a field or a
 * place ("of football today.", "in children's books today,"), speaks of
 * the present in general: the sentence in the present simple, with no
 * progressive and no fixture's verb (tense-present.c). */
gboolean tense_present_general (Tense *tense, gsize start, gsize end);
