/* words.h: a sentence cut into words, and the cue phrases of cues.tsv
 * found in it, all kinds in one pass. */
#pragma once

#include <assay/assay.h>

typedef struct _CueTrie CueTrie;

/* Returns: (transfer full): an empty trie. */
CueTrie *cue_trie_new (void);
void cue_trie_free (CueTrie *trie);
/* Adds @phrase (folded words separated by single spaces) as a cue of
 * @kind with @value (copied).  FALSE when the trie is full. */
gboolean cue_trie_add (CueTrie *trie, const char *phrase, guint kind, const char *value);
/* Builds the lookup tables words_cut() reads; call after the last
 * cue_trie_add() (another add needs another freeze). */
void cue_trie_freeze (CueTrie *trie);

typedef struct
{
  gsize start, end;  /* bytes in the text */
  guint32 folded;    /* offset of its folded form in Words.folded */
  guint32 matches;   /* first of its cue matches in Words.matches */
  guint32 kinds;     /* bit k: a cue of kind k starts here */
  guint32 single;    /* bit k: the word alone is a cue of kind k (N_CUE_KINDS <= 32) */
  guint16 n_matches;
  /* Its folded form may hold a '-': a hyphen joins two of its parts
   * ("twenty-five"), or it has a character beyond ASCII, whose folding
   * words_cut() does not follow.  FALSE answers the number reader's
   * question for nearly every word without a search (quantities.c). */
  guint16 maybe_hyphen;
} Word;

typedef struct _CueMatch CueMatch;

/* Arrays of the words' own rather than GArrays: appending a word is on
 * the stage's hottest path, and g_array_append_val() is a call each time
 * (measured: 130 instructions a word). */
typedef struct
{
  const char *text;
  Word *items;
  guint len, capacity;
  char *folded;       /* the words' folded forms, NUL-separated */
  gsize folded_len, folded_capacity;
  CueMatch *matches;
  guint n_matches, matches_capacity;
  guint *ids;         /* each word's id in the trie's vocabulary, 0: none */
} Words;

void words_init (Words *w);
void words_clear (Words *w);

/* Cuts [@start, @end) of @text into words (letters and digits, with inner
 * hyphens, apostrophes, and the commas and points of numbers: "3,400",
 * "1.5") and finds every cue of @trie that starts at each. */
void words_cut (Words *w, const CueTrie *trie, const char *text, gsize start, gsize end);

static inline const Word *
words_at (const Words *w, guint i)
{
  return &w->items[i];
}

/* Returns: (transfer none): word @i folded (assay_text_fold()). */
static inline const char *
words_folded (const Words *w, guint i)
{
  return w->folded + words_at (w, i)->folded;
}

guint words_cue_longest (const Words *w, guint i, guint kind, const char **value);

/* The longest cue of @kind that starts at word @i: its length in words (0:
 * none), and its value.  Inline up to the answer most words give (no cue
 * of @kind starts here), where the call was: the claims ask it about 5.1M
 * times on the BBC archive, and the calls took 80.9M instructions
 * (callgrind, one copy, the news-crosscheck pipeline). */
static inline guint
words_cue (const Words *w, guint i, guint kind, const char **value)
{
  if (i >= w->len || !(words_at (w, i)->kinds >> kind & 1))
    return 0;
  return words_cue_longest (w, i, kind, value);
}

/* Is word @i alone a cue of @kind? */
static inline gboolean
words_is (const Words *w, guint i, guint kind)
{
  return i < w->len && (words_at (w, i)->single >> kind & 1);
}

/* Returns: (transfer none) (nullable): the value of word @i alone as a cue
 * of @kind. */
const char *words_value (const Words *w, guint i, guint kind);
