/* cue-needs.h: the words a near cue of the lexicon cannot match without,
 * read from its pattern at load, so that speaks_of_future() tries a near
 * cue only where the words after a token hold them (cue-needs.c).
 *
 * The near future kind's "to be" row, `(?=[a-z]+,?\s+to\s+be\s)...`,
 * starts with any lowercase letter and was tried at every lowercase
 * word up to twelve back: 78k tries for 256 matches on the bench's
 * 20 MB (dates-speed16's count), about 2.4% of the process's CPU time. */
#pragma once

#include <glib.h>

#define CUE_NEEDS_KINDS 3  /* the lexicon's cue kinds (N_CUE_KINDS) */
#define CUE_NEEDS_WORDS 32 /* distinct words, one bit each */
#define CUE_NEEDS_ROWS 16  /* rows of one kind that can be judged */
#define CUE_NEEDS_TERMS 6  /* words (or choices of words) one row needs */

typedef struct
{
  char text[16];
  guint8 len;
  gboolean left;     /* the byte before it is no word character (\s or \b before it) */
  gboolean anchored; /* it begins where the cue does (nothing consumed before it) */
} CueWord;

/* The words of every row of one cue set, and for each kind the rows'
 * needs.  A row needs each of its terms; a term is a mask of words, of
 * which one is enough (a group of alternatives, "(?:until|till)").
 * Every word a row needs is followed in its pattern by \s, \b or $: so
 * it ends where the text's next byte is no word character. */
typedef struct
{
  CueWord words[CUE_NEEDS_WORDS];
  guint n_words;
  guint32 by_last[256];           /* the unanchored words ending in each byte */
  guint32 anchored_by_first[256]; /* the anchored words beginning with each byte */
  gboolean word_byte[256];        /* a word character's (\w without PCRE2_UCP): a table read where each byte is tested */
  guint32 terms[CUE_NEEDS_KINDS][CUE_NEEDS_ROWS][CUE_NEEDS_TERMS];
  guint8 n_terms[CUE_NEEDS_KINDS][CUE_NEEDS_ROWS];
  guint8 n_rows[CUE_NEEDS_KINDS];
  guint8 judged;   /* the kinds every row of which needs a word: only those are filtered */
  guint8 unjudged; /* the kinds with a row that needs none that can be read */
} CueNeeds;

/* Where a window's words have been read back to (cue_needs_present()). */
typedef struct
{
  gsize scanned;             /* word ends after this are read */
  guint32 found;             /* the unanchored words found so far */
  gsize at[CUE_NEEDS_WORDS]; /* where each found word's nearest occurrence to the end starts */
} CueScan;

/* Adds row @pattern (one cue of kind @kind, a PCRE2 pattern, compiled
 * anchored) to @needs; a row whose needs cannot be read (a top-level
 * alternative, a flag, more words than fit) makes its kind unjudged. */
void cue_needs_add_row (CueNeeds *needs, guint kind, const char *pattern);

/* The words of @needs found in @text between @at and @end as the row's
 * patterns need them, reading back from @end (@scan: its state for this
 * window, scanned = @end to begin; @at only goes down). */
guint32 cue_needs_present (const CueNeeds *needs, CueScan *scan, const char *text, gsize at, gsize end);

/* Whether a cue of kind @kind can match with the words @present. */
static inline gboolean
cue_needs_met (const CueNeeds *needs, guint kind, guint32 present)
{
  for (guint r = 0; r < needs->n_rows[kind]; r++)
    {
      guint t = 0;
      while (t < needs->n_terms[kind][r] && (needs->terms[kind][r][t] & present))
        t++;
      if (t == needs->n_terms[kind][r])
        return TRUE;
    }
  return FALSE;
}
