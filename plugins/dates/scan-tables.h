/* scan-tables.h: the word scan's tables (scan.c) and the classes of
 * words patterns need: where a bank of up to 64 patterns is tried
 * around its anchor words, and the filters that turn most words away
 * before a pattern is tried.  Apart from dates-private.h because the
 * scan is the one area of the stage built for speed: its tables and
 * the measurements that justify each are read together. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Classes of words a pattern can need (NEEDS in patterns.tsv). */
enum
{
  NEED_DIGIT, /* any word that starts with a digit */
  NEED_YEAR,  /* one that starts with exactly four ("2025", "1990s", "2025-05-29") */
  NEED_SHORT, /* one that starts with one or two ("7", "10", "3,400", "90s") */
  NEED_MONTH,
  NEED_WEEKDAY,
  NEED_UNIT,
  NEED_NUMBER,
  NEED_ORDINAL,
  NEED_SEASON,
  NEED_PART,
  NEED_HOLIDAY,
  NEED_ZONE, /* a time-zone abbreviation, upper case */
  N_NEEDS
};

/* How far around an anchor word a pattern is tried, in bytes: room for the
 * longest prefix and rest ("29, 2025 15:23 IST").  The longest prefix a
 * match on the BBC archive needs is 25 bytes ("about the next couple of
 * months"); 48 leave room for longer numbers in words ("more than two
 * hundred and fifty-five years", 37), and each byte less is fewer
 * tokens where patterns are tried. */
#define WINDOW_BEFORE 48
#define WINDOW_AFTER 96
/* The patterns of one bank (Bank): a set of them is a 64-bit mask. */
#define BANK_PATTERNS 64

/* The most tokens a pattern may declare before its anchor: as many as
 * WINDOW_BEFORE bytes can hold, each a mark ("...") */
#define MAX_BEFORE WINDOW_BEFORE

/* A word that anchors patterns, and where they are tried for it. */
typedef struct
{
  gsize start, end;
  guint64 patterns;
  /* The first byte where a match may start: the earliest token its
   * patterns' BEFORE allow, within WINDOW_BEFORE bytes and its sentence;
   * then moved back to the next anchor's, if that lies before, so that
   * anchors come into range in order. */
  gsize from;
  gsize sentence_end;
  /* Its token's place among those the sweep visits, counted from where
   * it comes into range (match_anchors()). */
  gsize ordinal;
} Anchor;

/* The anchors of a document, in order; appended to in the word scan,
 * where a GArray's append was a call for each. */
typedef struct
{
  Anchor *items;
  guint len, size;
} AnchorList;

/* A match found, and the matches of a document (see match_anchors()):
 * lists of the stage's own for the same reason. */
typedef struct Candidate Candidate;
typedef struct
{
  Candidate *items;
  guint len, size;
} CandidateList;
typedef struct
{
  PCRE2_SIZE *items; /* the candidates' ovectors, one after another */
  gsize len, size;
} PairList;

typedef struct
{
  guint64 key[2];
  guint64 any;     /* the patterns the form anchors in any case */
  guint64 capital; /* and those it anchors only capitalised ("May", not "may") */
} AnchorSlot;

/* The shape filter has 2^SHAPE_BITS bits (see shape_bit()). */
#define SHAPE_BITS 14

/* Three ASCII bytes a token may start with, (b1 << 14 | b2 << 7 | b3) + 1
 * (0: an empty slot), and which patterns a match can start with them:
 * those known, and of those the ones it can. */
typedef struct
{
  guint32 key;
  guint64 known, open;
} TripleSlot;

/* Triples learnt as they come, in an open addressing table that doubles
 * (see triple_slot()). */
typedef struct
{
  TripleSlot *slots;
  guint size, used;
} TripleTable;

/* The word scan's and the sweep's tables for a bank of up to 64 patterns,
 * Dates.patterns[first] on.  A set of patterns is a 64-bit mask, so that
 * the scan tests a word's patterns, a byte's and a pair's in one
 * instruction each; a patterns.tsv of more patterns gets more banks.  One
 * word scan serves them all (Dates.shape_filter), each bank's look-ups
 * made only for the words it lets by, and a bank's sweep runs only where
 * its own anchors are: a bank of its own for each bank's scan had cost a
 * 65th pattern, one that anchored almost nothing, +9.4% of
 * dates_process() (callgrind, 500 BBC articles), the word scan twice. */
typedef struct
{
  guint first; /* the bank's first pattern */
  /* The scan's state for this bank: the patterns the word being read
   * anchors so far, and the document's anchors */
  guint64 word;
  AnchorList found;
  guint64 class_patterns[N_NEEDS]; /* the patterns each class of word anchors */
  /* Those a number anchors by what follows its digits ("short+:" for
   * "10:35", "year+s" for "1990s"): [0] one or two digits, [1] four,
   * [2] any number of them ("digit+s" for "300secs") */
  guint64 digits_then[3][128];
  GHashTable *word_patterns;       /* lowercase word -> patterns it anchors (guint64) */
  GHashTable *anchors;             /* word form -> all the patterns it anchors (guint64) */
  /* The same for the word scan, open addressing, keyed by the form's
   * first 16 bytes in lowercase (longer forms share a key: a pattern may
   * then run where it cannot match, slower, never wrong). */
  AnchorSlot *anchor_table;
  /* A mark for each slot (anchor_mark()), 0 where it is empty: 2 KiB a
   * probe reads first, so that a word which anchors nothing reads none
   * of the 32 KiB of slots (on the bench's 20 MB, 244k of the 383k
   * look-ups after the shape filter).  Measured against main, whole
   * processes on that 20 MB in turns (bench/lib-ab-bench.py --plugins),
   * three series of 31, 31 and 61 rounds at a load of 10 to 24: medians
   * of the rounds' CPU ratios 0.999, 0.998, 0.989; dates_process() on
   * 500 BBC articles 118.50M -> 118.31M instructions. */
  guint16 *anchor_marks;
  guint anchor_slots;              /* a power of two */
  /* The patterns a match of which can start with byte b. */
  guint64 first_open[256];
  /* The patterns with a pair filter, and what it has learnt: for each
   * pair of ASCII bytes, the first time it comes, whether a match can
   * start with it (a partial match on the pair alone).  Most tries fail
   * on the first word, and a bit test costs a fraction of a try. */
  guint64 pair_filtered;
  /* [n]: the patterns that may start n tokens (or more) before their
   * anchor (Pattern.before); none past MAX_BEFORE, where the table runs
   * on to 63 for finish_word()'s search */
  guint64 reach[64];
  /* The most BEFORE of the patterns whose bits are in a byte of a mask:
   * the most of a mask's patterns is the largest of its eight bytes'. */
  guint8 most_before[8][256];
  /* 128 x 128, a bit per pattern in each half; the two halves of a pair
   * side by side, one cache line for both */
  struct
  {
    guint64 known, open;
  } *pairs;
  /* The same for the first three bytes, where the pair leaves patterns
   * open: half the tries that pass the pair fail on the third byte
   * ("thi" of "this" for a pattern that opens with "three", "for" for
   * one that opens with "four").  Learnt as they come, in an open
   * addressing table that doubles: few triples come (1.6k on the BBC
   * archive), where 128 x 128 x 128 of them would be 32 MiB. */
  TripleTable triples;
} Bank;

G_END_DECLS
