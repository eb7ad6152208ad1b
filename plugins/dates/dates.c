/* dates.c: the `dates` stage: time expressions and their TIMEX3 values.
 *
 * How expressions are written is data: data/patterns.tsv (PCRE2 patterns,
 * each of a kind), data/lexicon.tsv (month, weekday, number, unit, season
 * words, shift words, and cues of the future), data/timezones.tsv.  Each kind names a
 * normalisation here, which reads the pattern's named groups and computes
 * the value against the reference date:
 *   - the document's metadata `published` (or the key `reference-key`
 *     names), else the option `reference-date` or `assay run
 *     --reference-date`, else the latest full date earlier in the text;
 *   - without any, values stay underspecified ("XXXX-05-28").
 * A date without a year is put in the year that makes it nearest the
 * reference date, or the next one on or after it when the sentence speaks
 * of the future; weekdays likewise, within a week.  Inside a reference list
 * (section `references`) dates are the citation's own: not re-anchored.
 *
 * Output: layer `timex`, label DATE, TIME, DURATION or SET; attributes
 * `value`, `mod` (TIMEX3: START, MID, END, APPROX, MORE_THAN, ...),
 * `anchor` (the reference date used), `resolution` (absolute, relative,
 * underspecified), `weekday` (1 Monday .. 7 Sunday, when one is named),
 * `utc_offset` (of a time written with its zone; the value is local time,
 * as TIMEX3 writes it, with Z when the zone is at UTC+0).
 */
#include <assay/assay.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* The named groups a normalisation reads (patterns.tsv's header lists them). */
enum
{
  G_YEAR,
  G_MONTH,
  G_DAY,
  G_WEEKDAY,
  G_SHIFT,
  G_MOD,
  G_UNIT,
  G_NUMBER,
  G_WORD,
  G_SEASON,
  G_PART,
  G_HOUR,
  G_MINUTE,
  G_AMPM,
  G_TZ,
  G_HALF,
  N_GROUPS
};

static const char *const group_names[N_GROUPS] = {
  "year", "month", "day", "weekday", "shift", "mod", "unit", "number", "word", "season", "part", "hour", "minute", "ampm", "tz",
  "half",
};

/* The normalisations, as patterns.tsv names them (KIND). */
typedef enum
{
  KIND_ISO,
  KIND_DATE,
  KIND_MONTH,
  KIND_MONTHREL,
  KIND_YEAR,
  KIND_DECADE,
  KIND_CENTURY,
  KIND_QUARTER,
  KIND_SEASON,
  KIND_REF,
  KIND_QUARTERREL,
  KIND_YEARAGO,
  KIND_HOLIDAY,
  KIND_DURATION,
  KIND_SET,
  KIND_TIME,
  KIND_RELDAY,
  KIND_TONIGHT,
  KIND_WEEKDAY,
  KIND_MONTHSHIFT,
  KIND_RELUNIT,
  KIND_WITHIN,
  KIND_ANAPHOR,
  KIND_AGO,
  N_KINDS
} Kind;

static const char *const kind_names[N_KINDS + 1] = {
  "iso",      "date",    "month",   "monthrel", "year",    "decade",     "century", "quarter",
  "season",   "ref",     "quarterrel", "yearago", "holiday", "duration", "set",     "time",
  "relday",   "tonight", "weekday", "monthshift", "relunit", "within",   "anaphor", "ago",
  NULL,
};

typedef struct
{
  Kind kind;
  pcre2_code *re; /* compiled anchored: tried only where a match may start */
  int groups[N_GROUPS]; /* each group's number, or a negative number */
  guint8 named[N_GROUPS]; /* the groups it has (those of groups[] >= 0) */
  guint n_named;
  gboolean jit;
  int expr; /* the number of the group `expr`, or a negative number */
  pcre2_match_data *md; /* scratch for its matches */
  /* Whether a pair of bytes can tell where a match may start (see
   * Dates.pairs): not when the pattern has a positive lookbehind,
   * which could need more before the match than a probe has. */
  gboolean pair_filter;
  /* How many tokens a match may hold before the word that anchors it
   * (BEFORE in patterns.tsv): it is tried no further back. */
  guint before;
} Pattern;

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
#define MAX_PATTERNS 64
/* The most tokens a pattern may declare before its anchor: as many as
 * WINDOW_BEFORE bytes can hold, each a mark ("...") */
#define MAX_BEFORE WINDOW_BEFORE
/* The most tokens a tense cue may say it spans (lexicon.tsv) */
#define MAX_CUE_TOKENS 16

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

typedef struct
{
  GHashTable *months, *weekdays, *numbers, *ordinals, *units, *seasons, *parts, *holidays, *refs, *shifts, *frequencies,
      *zones;
  GHashTable *capitalised; /* see build_capitalised() */
  /* Tense cues, future and past in one anchored pattern, each kind
   * marked, tried where a token starts: one try at a token instead of
   * one per cue. */
  pcre2_code *cues;
  gboolean cues_jit; /* compiled by the JIT: tried with pcre2_jit_match() */
  /* The bytes a cue can start with (all when PCRE2 cannot tell): a
   * capitalised word, a number or a mark is passed over without a try. */
  guint8 cue_first[32];
  /* A cue that says how many tokens it spans, ending where the
   * expression starts, is tried only that near the expression.  Further
   * back the others are, by themselves (far_cues), and only at tokens
   * whose first three bytes can start one, learnt as they come as the
   * patterns' triples are: there a cue like "a verb in -ed right before
   * the expression" let every word by, and most tries were its. */
  pcre2_code *far_cues;
  gboolean far_cues_jit;
  guint8 far_cue_first[32];
  guint cue_reach;         /* the most tokens a cue said it spans */
  TripleTable cue_triples; /* known and open: bit 0 */
  GArray *patterns;  /* Pattern */
  guint64 class_patterns[N_NEEDS]; /* the patterns each class of word anchors */
  /* Those a number anchors by what follows its digits ("short+:" for
   * "10:35", "year+s" for "1990s"): [0] one or two digits, [1] four. */
  guint64 digits_then[2][128];
  GHashTable *word_patterns;       /* lowercase word -> patterns it anchors (guint64) */
  GHashTable *anchors;             /* word form -> all the patterns it anchors (guint64) */
  /* The same for the word scan, open addressing, keyed by the form's
   * first 16 bytes in lowercase (longer forms share a key: a pattern may
   * then run where it cannot match, slower, never wrong). */
  AnchorSlot *anchor_table;
  guint anchor_slots;              /* a power of two */
  /* A bit for each hash some form has: 1 KiB that stays in the L1 cache
   * and turns most words (no anchor) away before the table is read. */
  guint64 anchor_filter[128];
  /* Before that, a bit for each shape of form (shape_bit()): 2 KiB that
   * turn most words away on three bytes and a length, without reading
   * the word whole. */
  guint64 shape_filter[(1 << SHAPE_BITS) / 64];
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
  char *reference_key;
  GDate reference; /* the option's, or --reference-date */
  gboolean has_reference;
  /* Scratch space of process(), kept from one document to the next (an
   * instance serves one worker), so that matching does not allocate for
   * each document and each match. */
  struct
  {
    AnchorList anchors;
    CandidateList candidates;
    PairList pairs;
    guint64 *tokens;    /* Tokens.bits */
    gsize tokens_size;  /* in words */
    pcre2_match_data *cue;
  } scratch;
} Dates;

/* ---- loading ----------------------------------------------------------- */

static void
pattern_clear (gpointer data)
{
  Pattern *p = data;
  pcre2_match_data_free (p->md);
  pcre2_code_free (p->re);
}

static void
dates_destroy (gpointer data)
{
  Dates *d = data;
  GHashTable *tables[] = { d->months, d->weekdays, d->numbers, d->ordinals, d->units,
                           d->seasons, d->parts, d->holidays, d->refs, d->shifts, d->frequencies, d->zones,
                           d->capitalised };
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i])
      g_hash_table_unref (tables[i]);
  pcre2_code_free (d->cues);
  pcre2_code_free (d->far_cues);
  if (d->word_patterns)
    g_hash_table_unref (d->word_patterns);
  if (d->anchors)
    g_hash_table_unref (d->anchors);
  g_free (d->anchor_table);
  g_free (d->pairs);
  g_free (d->triples.slots);
  g_free (d->cue_triples.slots);
  if (d->patterns)
    g_array_unref (d->patterns);
  g_free (d->reference_key);
  g_free (d->scratch.anchors.items);
  g_free (d->scratch.candidates.items);
  g_free (d->scratch.pairs.items);
  g_free (d->scratch.tokens);
  pcre2_match_data_free (d->scratch.cue);
  g_free (d);
}

/* @options: PCRE2's, besides PCRE2_UTF; @jit: PCRE2_JIT_* for
 * pcre2_jit_compile(), or 0 for a pattern only read, never run. */
static pcre2_code *
compile (const char *pattern, guint32 options, guint32 jit, const char *where, GError **error)
{
  int code;
  PCRE2_SIZE offset;
  pcre2_code *re = pcre2_compile ((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF | options,
                                  &code, &offset, NULL);
  if (re == NULL)
    {
      PCRE2_UCHAR message[256];
      pcre2_get_error_message (code, message, sizeof message);
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                   "%s: pattern error at character %zu: %s", where, (size_t) offset, message);
      return NULL;
    }
  if (jit)
    pcre2_jit_compile (re, jit);
  return re;
}

/* The character at @p, lowercase when @caseless. */
static gunichar
trie_char (const char *p, gboolean caseless)
{
  gunichar c = g_utf8_get_char (p);
  return caseless ? g_unichar_tolower (c) : c;
}

/* Appends to @out the words @words[0..@n), which share their first
 * @depth bytes and are sorted, as a regex that matches what the words
 * match from there: a trie, "t(?:en|h(?:irty|ree)|wo)", so that PCRE2
 * tests each letter once on its way to a word and turns away a word
 * that starts no alternative at its first letter, where a flat
 * "ten|thirty|three|two" tested every alternative.  A word that ends
 * where longer ones go on is tried after them, as longest first did
 * ("Sept" before "Sep"). */
static void
append_trie (GString *out, char **words, guint n, gsize depth, gboolean caseless)
{
  gboolean ends = FALSE;
  guint n_branches = 0;
  GString *branches = g_string_new (NULL);
  for (guint i = 0; i < n;)
    {
      if (words[i][depth] == '\0')
        {
          ends = TRUE, i++;
          continue;
        }
      /* the words that go on with the same character */
      gunichar c = trie_char (words[i] + depth, caseless);
      guint j = i + 1;
      while (j < n && words[j][depth] && trie_char (words[j] + depth, caseless) == c)
        j++;
      /* their longest common prefix from here, whole characters */
      gsize common = g_utf8_next_char (words[i] + depth) - words[i];
      for (;;)
        {
          const char *a = words[i] + common;
          gboolean all = *a != '\0';
          for (guint k = i + 1; k < j && all; k++)
            all = words[k][common] && trie_char (words[k] + common, caseless) == trie_char (a, caseless);
          if (!all)
            break;
          common = g_utf8_next_char (a) - words[i];
        }
      g_autofree char *segment = g_regex_escape_string (words[i] + depth, common - depth);
      g_string_append_printf (branches, "%s%s", n_branches++ ? "|" : "", segment);
      append_trie (branches, words + i, j - i, common, caseless);
      i = j;
    }
  if (n_branches == 1 && !ends)
    g_string_append (out, branches->str);
  else if (n_branches > 0)
    g_string_append_printf (out, "(?:%s)%s", branches->str, ends ? "?" : "");
  g_string_free (branches, TRUE);
}

static int
compare_words (gconstpointer a, gconstpointer b, gpointer caseless)
{
  const char *x = *(const char *const *) a, *y = *(const char *const *) b;
  if (!GPOINTER_TO_INT (caseless))
    return strcmp (x, y);
  /* grouped by lowercase characters, as append_trie() reads them */
  while (*x && *y && trie_char (x, TRUE) == trie_char (y, TRUE))
    x = g_utf8_next_char (x), y = g_utf8_next_char (y);
  if (!*x || !*y)
    return (*x != '\0') - (*y != '\0');
  return trie_char (x, TRUE) < trie_char (y, TRUE) ? -1 : 1;
}

/* The words of @table as one group matching any of them (transfer
 * full), for a pattern's slot; @caseless: the slot matches in any
 * case. */
static char *
alternation (GHashTable *table, gboolean caseless)
{
  guint n_words;
  g_autofree char **words = (char **) g_hash_table_get_keys_as_array (table, &n_words);
  g_qsort_with_data (words, n_words, sizeof *words, compare_words, GINT_TO_POINTER (caseless));
  GString *alt = g_string_new ("(?:");
  append_trie (alt, words, n_words, 0, caseless);
  g_string_append_c (alt, ')');
  return g_string_free (alt, FALSE);
}

/* Compiles the cues @future and @past (either may be empty) into one
 * anchored pattern, each kind marked, into *@cues (NULL when both are
 * empty), and the bytes a cue can start with into @first (all when
 * PCRE2 cannot tell); @jit: PCRE2_JIT_* beside PCRE2_JIT_COMPLETE. */
static gboolean
compile_cues (GString *future, GString *past, guint32 jit, const char *where, pcre2_code **cues, gboolean *cues_jit,
              guint8 first[32], GError **error)
{
  memset (first, 0, 32);
  *cues = NULL;
  if (future->len == 0 && past->len == 0)
    return TRUE;
  g_autofree char *both = g_strdup_printf ("(*MARK:future)(?:%s)|(*MARK:past)(?:%s)", future->len ? future->str : "(*FAIL)",
                                           past->len ? past->str : "(*FAIL)");
  if ((*cues = compile (both, PCRE2_ANCHORED, PCRE2_JIT_COMPLETE | jit, where, error)) == NULL)
    return FALSE;
  size_t jit_size = 0;
  *cues_jit = pcre2_pattern_info (*cues, PCRE2_INFO_JITSIZE, &jit_size) == 0 && jit_size > 0;
  /* a mark hides the first bytes from PCRE2: read them unmarked */
  g_autofree char *unmarked = g_strdup_printf ("(?:%s)|(?:%s)", future->len ? future->str : "(*FAIL)",
                                               past->len ? past->str : "(*FAIL)");
  pcre2_code *probe = compile (unmarked, 0, 0, where, NULL);
  const guint8 *bitmap = NULL;
  if (probe)
    pcre2_pattern_info (probe, PCRE2_INFO_FIRSTBITMAP, &bitmap);
  if (bitmap)
    memcpy (first, bitmap, 32);
  else
    memset (first, 0xff, 32);
  pcre2_code_free (probe);
  return TRUE;
}

static gboolean
load_lexicon (Dates *d, const char *path, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  g_autoptr (GString) future = g_string_new (NULL);
  g_autoptr (GString) past = g_string_new (NULL);
  g_autoptr (GString) far_future = g_string_new (NULL);
  g_autoptr (GString) far_past = g_string_new (NULL);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      char **f = row->fields;
      if (!assay_data_row_check (table, row, 2, 3, "KIND<TAB>WORD<TAB>VALUE, or future or past<TAB>PATTERN[<TAB>TOKENS]",
                                 error))
        return FALSE;
      if (strcmp (f[0], "future") == 0 || strcmp (f[0], "past") == 0)
        {
          /* Compiled alone first, so an error names its line. */
          g_autofree char *where = assay_data_row_where (table, row);
          guint64 reach = 0;
          if (f[2] && !g_ascii_string_to_unsigned (f[2], 10, 1, MAX_CUE_TOKENS, &reach, NULL))
            {
              g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                           "%s: TOKENS is '%s', not a number of tokens from 1 to %d", where, f[2], MAX_CUE_TOKENS);
              return FALSE;
            }
          pcre2_code *re = compile (f[1], 0, 0, where, error);
          if (re == NULL)
            return FALSE;
          pcre2_code_free (re);
          gboolean is_future = strcmp (f[0], "future") == 0;
          GString *cues = is_future ? future : past;
          g_string_append_printf (cues, "%s(?:%s)", cues->len ? "|" : "", f[1]);
          if (reach == 0)
            {
              cues = is_future ? far_future : far_past;
              g_string_append_printf (cues, "%s(?:%s)", cues->len ? "|" : "", f[1]);
            }
          d->cue_reach = MAX (d->cue_reach, reach);
          continue;
        }
      if (row->n_fields != 3)
        goto bad;
      GHashTable *into = strcmp (f[0], "month") == 0     ? d->months
                         : strcmp (f[0], "weekday") == 0 ? d->weekdays
                         : strcmp (f[0], "number") == 0  ? d->numbers
                         : strcmp (f[0], "ordinal") == 0 ? d->ordinals
                         : strcmp (f[0], "unit") == 0    ? d->units
                         : strcmp (f[0], "season") == 0  ? d->seasons
                         : strcmp (f[0], "part") == 0    ? d->parts
                         : strcmp (f[0], "holiday") == 0 ? d->holidays
                         : strcmp (f[0], "ref") == 0     ? d->refs
                         : strcmp (f[0], "shift") == 0   ? d->shifts
                         : strcmp (f[0], "frequency") == 0 ? d->frequencies
                                                         : NULL;
      if (into == NULL)
        goto bad;
      if (into == d->refs && strcmp (f[2], "PAST_REF") && strcmp (f[2], "PRESENT_REF") && strcmp (f[2], "FUTURE_REF"))
        {
          assay_data_row_set_error (error, table, row,
                       "a ref's value is PAST_REF, PRESENT_REF or FUTURE_REF, not '%s'", f[2]);
          return FALSE;
        }
      if (into == d->shifts && strcmp (f[2], "-1") && strcmp (f[2], "0") && strcmp (f[2], "+1"))
        {
          assay_data_row_set_error (error, table, row,
                       "a shift's value is -1, 0 or +1, not '%s'", f[2]);
          return FALSE;
        }
      if (into == d->frequencies && (f[2][0] != 'P' || !g_ascii_isdigit (f[2][f[2][1] == 'T' ? 2 : 1])))
        {
          assay_data_row_set_error (error, table, row,
                       "a frequency's value is a TIMEX3 duration (P1D, PT1H), not '%s'", f[2]);
          return FALSE;
        }
      if (into == d->numbers)
        {
          /* read once here, not at each number in the text */
          char *end;
          double value = g_ascii_strtod (f[2], &end);
          if (end == f[2] || *end != '\0' || !(value > 0))
            {
              assay_data_row_set_error (error, table, row,
                           "a number's value is a number above 0 (12, 0.25), not '%s'", f[2]);
              return FALSE;
            }
          g_hash_table_insert (into, g_strdup (f[1]), g_memdup2 (&value, sizeof value));
          continue;
        }
      g_hash_table_insert (into, g_strdup (f[1]), g_strdup (f[2]));
      continue;
    bad:
      assay_data_row_set_error (error, table, row,
                                "'%s' with %u fields is no entry; write KIND<TAB>WORD<TAB>VALUE with KIND one of "
                                "month, weekday, number, ordinal, unit, season, part, holiday, ref, shift, "
                                "frequency, or future or past<TAB>PATTERN[<TAB>TOKENS]",
                                f[0], row->n_fields);
      return FALSE;
    }
  /* Cues are English words: ASCII word boundaries (no PCRE2_UCP) are
   * right for them and cost half as much, and the cues are read before
   * every partial date.  Anchored: they are tried token by token (see
   * speaks_of_future()). */
  GString *kinds[] = { future, past };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *where = g_strdup_printf ("%s, the %s cues together", path, k ? "past" : "future");
      pcre2_code *re = kinds[k]->len ? compile (kinds[k]->str, PCRE2_ANCHORED, 0, where, error) : NULL;
      if (kinds[k]->len && re == NULL)
        return FALSE;
      pcre2_code_free (re);
    }
  /* Both kinds in one pattern, the future first, each marked: one try
   * a token tells whether a cue starts there and which.  All the cues
   * near the expression, those with no TOKENS further back. */
  if (future->len || past->len)
    {
      g_autofree char *where = g_strdup_printf ("%s, the future and past cues together", path);
      if (!compile_cues (future, past, 0, where, &d->cues, &d->cues_jit, d->cue_first, error)
          || !compile_cues (far_future, far_past, PCRE2_JIT_PARTIAL_HARD, where, &d->far_cues, &d->far_cues_jit,
                            d->far_cue_first, error))
        return FALSE;
    }
  return TRUE;
}

/* One zone, from a row of the file or an entry of the option; @where
 * says which ("timezones.tsv:12", "the option zones"). */
static gboolean
zone_add (Dates *d, const char *name, const char *offset, const char *where, GError **error)
{
  char sign;
  int h, m;
  /* The option comes from a command line: a name too long or not UTF-8
   * is told, not cut or built into a pattern. */
  if (strlen (name) >= 16 || *name == '\0' || !g_utf8_validate (name, -1, NULL) || strpbrk (name, " \t"))
    {
      g_autofree char *shown = g_utf8_make_valid (name, -1);
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                   "%s: time zone '%s': a name is one word of UTF-8, 1 to 15 bytes", where, shown);
      return FALSE;
    }
  if (sscanf (offset, "%c%d:%d", &sign, &h, &m) != 3 || (sign != '+' && sign != '-'))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                   "%s: time zone '%s': the offset '%s' is not +HH:MM or -HH:MM (+05:30)", where, name, offset);
      return FALSE;
    }
  g_hash_table_insert (d->zones, g_strdup (name), GINT_TO_POINTER ((sign == '-' ? -1 : 1) * (h * 60 + m)));
  return TRUE;
}

static gboolean
load_zones (Dates *d, const char *path, const char *overrides, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      g_autofree char *where = assay_data_row_where (table, row);
      if (!assay_data_row_check (table, row, 2, 2, "ABBREVIATION<TAB>OFFSET, as IST<TAB>+05:30", error)
          || !zone_add (d, row->fields[0], row->fields[1], where, error))
        return FALSE;
    }
  /* The option's entries come last and so win: "IST=+01:00,CST=+08:00". */
  g_auto (GStrv) extra = g_strsplit (overrides ? overrides : "", ",", -1);
  for (char **e = extra; *e; e++)
    {
      if (**e == '\0')
        continue;
      char *eq = strchr (*e, '=');
      if (eq == NULL)
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "the option zones: '%s' is not NAME=+HH:MM (IST=+01:00)", *e);
          return FALSE;
        }
      *eq = '\0';
      if (!zone_add (d, *e, eq + 1, "the option zones", error))
        return FALSE;
    }
  return TRUE;
}

/* The spaces of Unicode that news text puts between a day and its month
 * (no-break, narrow no-break, thin), as a class's contents. */
#define WIDE_SPACES "\\s\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}"


/* g_ascii_tolower() inline: in GLib it is a call, and the hot paths
 * lowercase words a character at a time (116k calls on the BBC
 * archive). */
static inline char
ascii_to_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}
/* @pattern with each `\s` matching Unicode's spaces too.  Patterns are
 * compiled without PCRE2_UCP, so that `\b`, `\d` and `\s` are tested on
 * ASCII without a lookup in Unicode's tables at each character (about
 * 6 % of the stage's instructions); only `\s` needs more, and gets
 * it here, inside a class ("[\s-]") or as one. */
static char *
spaces_widened (const char *pattern)
{
  GString *out = g_string_sized_new (strlen (pattern) + 64);
  gboolean in_class = FALSE;
  for (const char *p = pattern; *p; p++)
    {
      if (*p == '\\' && p[1] == 'Q')
        {
          /* quoted to \E: literal */
          const char *e = strstr (p + 2, "\\E");
          gsize n = e ? (gsize) (e + 2 - p) : strlen (p);
          g_string_append_len (out, p, n);
          p += n - 1;
        }
      else if (in_class && p[0] == '[' && p[1] == ':' && strstr (p + 2, ":]"))
        {
          /* a POSIX class ("[:alpha:]") inside a class: its ']' closes nothing */
          const char *e = strstr (p + 2, ":]");
          g_string_append_len (out, p, e + 2 - p);
          p = e + 1;
        }
      else if (*p == '\\' && p[1] == 's')
        {
          g_string_append (out, in_class ? WIDE_SPACES : "[" WIDE_SPACES "]");
          p++;
        }
      else if (*p == '\\' && p[1])
        {
          g_string_append_len (out, p, 2);
          p++;
        }
      else
        {
          /* a ']' right after '[' or '[^' is a member, not the end */
          if (*p == '[' && !in_class)
            {
              in_class = TRUE;
              g_string_append_c (out, *p);
              if (p[1] == '^')
                g_string_append_c (out, *++p);
              if (p[1] == ']')
                g_string_append_c (out, *++p);
              continue;
            }
          if (*p == ']' && in_class)
            in_class = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

static gboolean
load_patterns (Dates *d, const char *path, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  struct
  {
    const char *name;
    GHashTable *table;
  } slots[] = { { "{MONTH}", d->months },   { "{WEEKDAY}", d->weekdays }, { "{NUMBER}", d->numbers },
                { "{ORDINAL}", d->ordinals }, { "{UNIT}", d->units },     { "{SEASON}", d->seasons },
                { "{PART}", d->parts },     { "{TZ}", d->zones }, { "{HOLIDAY}", d->holidays },
                { "{REF}", d->refs },       { "{FREQUENCY}", d->frequencies } };
  static const char *const class_names[N_NEEDS] = { "digit", "year", "short", "{MONTH}", "{WEEKDAY}", "{UNIT}", "{NUMBER}",
                                                     "{ORDINAL}", "{SEASON}", "{PART}", "{HOLIDAY}", "{TZ}" };
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      char **f = row->fields;
      g_autofree char *where = assay_data_row_where (table, row);
      if (!assay_data_row_check (table, row, 4, 4, "KIND<TAB>NEEDS<TAB>BEFORE<TAB>PATTERN", error))
        return FALSE;
      if (d->patterns->len >= MAX_PATTERNS)
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s: a pattern past the %dth; the stage takes at most %d", where, MAX_PATTERNS, MAX_PATTERNS);
          return FALSE;
        }
      guint64 before;
      if (!g_ascii_string_to_unsigned (f[2], 10, 0, MAX_BEFORE, &before, NULL))
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s: BEFORE is '%s', not a number of tokens from 0 to %d", where, f[2], MAX_BEFORE);
          return FALSE;
        }
      Kind kind = 0;
      while (kind < N_KINDS && strcmp (f[0], kind_names[kind]) != 0)
        kind++;
      if (kind == N_KINDS)
        {
          g_autofree char *known = g_strjoinv (", ", (char **) kind_names);
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s: no normalisation is called '%s' (KIND is one of %s)", where, f[0], known);
          return FALSE;
        }
      guint64 bit = G_GUINT64_CONSTANT (1) << d->patterns->len;
      g_auto (GStrv) needs = g_strsplit (f[1], "|", -1);
      for (char **n = needs; *n; n++)
        {
          gboolean known = FALSE;
          if (g_str_has_prefix (*n, "short+") || g_str_has_prefix (*n, "year+"))
            {
              const char *then = strchr (*n, '+') + 1;
              /* digits written together with a word of a class
               * ("1530GMT"): whatever the class's words begin with */
              GHashTable *class = NULL;
              for (guint s = 0; s < G_N_ELEMENTS (slots); s++)
                if (strcmp (then, slots[s].name) == 0)
                  class = slots[s].table;
              if (class)
                {
                  GHashTableIter iter;
                  gpointer word;
                  g_hash_table_iter_init (&iter, class);
                  while (g_hash_table_iter_next (&iter, &word, NULL))
                    if ((guchar) *(const char *) word < 128)
                      d->digits_then[**n == 'y'][(guchar) ascii_to_lower (*(const char *) word)] |= bit;
                  continue;
                }
              if (strlen (then) != 1 || (guchar) *then >= 128 || g_ascii_isspace (*then))
                {
                  g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                               "%s: NEEDS '%s': after '+' comes the one ASCII character that follows the digits, "
                               "or a class ({TZ}) whose words follow them",
                               where, *n);
                  return FALSE;
                }
              d->digits_then[**n == 'y'][(guchar) ascii_to_lower (*then)] |= bit;
              continue;
            }
          /* A word in quotes is that word, even one that names a class ("year"). */
          gsize len = strlen (*n);
          gboolean quoted = len > 2 && (*n)[0] == '"' && (*n)[len - 1] == '"';
          if (!quoted && strchr (*n, '"'))
            {
              g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                           "%s: NEEDS '%s': a quoted word is written \"word\", quotes at both ends", where, *n);
              return FALSE;
            }
          for (guint c = 0; c < N_NEEDS && !quoted; c++)
            if (strcmp (*n, class_names[c]) == 0)
              d->class_patterns[c] |= bit, known = TRUE;
          if (!known && **n)
            {
              g_autofree char *word = quoted ? g_ascii_strdown (*n + 1, len - 2) : g_ascii_strdown (*n, -1);
              guint64 mask = GPOINTER_TO_SIZE (g_hash_table_lookup (d->word_patterns, word));
              g_hash_table_insert (d->word_patterns, g_steal_pointer (&word), GSIZE_TO_POINTER (mask | bit));
            }
        }
      GString *pattern = g_string_new (f[3]);
      for (guint s = 0; s < G_N_ELEMENTS (slots); s++)
        if (strstr (pattern->str, slots[s].name))
          {
            /* Month and weekday names are capitalised ("may" is a verb),
             * zones are upper case; other words come in any case. */
            gboolean cased = slots[s].table == d->months || slots[s].table == d->weekdays
                             || slots[s].table == d->zones || slots[s].table == d->holidays;
            g_autofree char *alt = alternation (slots[s].table, !cased);
            g_autofree char *wrapped = cased ? g_strdup (alt) : g_strdup_printf ("(?i:%s)", alt);
            g_string_replace (pattern, slots[s].name, wrapped, 0);
          }
      /* Compiled twice: unanchored only to learn from PCRE2 which bytes
       * a match can begin with, anchored to run. */
      g_autofree char *widened = spaces_widened (pattern->str);
      pcre2_code *probe = compile (widened, 0, 0, where, NULL);
      /* an error is told at its place in the pattern as written */
      if (probe == NULL)
        pcre2_code_free (compile (pattern->str, 0, 0, where, error));
      if (probe == NULL && error && *error == NULL)
        g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s: pattern error", where);
      pcre2_code *re = probe ? compile (widened, PCRE2_ANCHORED, PCRE2_JIT_COMPLETE | PCRE2_JIT_PARTIAL_HARD, where, error) : NULL;
      gboolean looks_behind = strstr (pattern->str, "(?<=") != NULL;
      g_string_free (pattern, TRUE);
      if (re == NULL)
        {
          pcre2_code_free (probe);
          return FALSE;
        }
      Pattern p = { .kind = kind, .re = re, .expr = pcre2_substring_number_from_name (re, (PCRE2_SPTR) "expr"),
                    .md = pcre2_match_data_create_from_pattern (re, NULL), .pair_filter = !looks_behind,
                    .before = before };
      guint8 first[32] = { 0 }; /* a bit for each byte a match can start with */
      for (guint g = 0; g < N_GROUPS; g++)
        if ((p.groups[g] = pcre2_substring_number_from_name (re, (PCRE2_SPTR) group_names[g])) >= 0)
          p.named[p.n_named++] = g;
      size_t jit_size = 0;
      p.jit = pcre2_pattern_info (re, PCRE2_INFO_JITSIZE, &jit_size) == 0 && jit_size > 0;
      const guint8 *bitmap = NULL;
      guint32 type = 0, unit = 0;
      pcre2_pattern_info (probe, PCRE2_INFO_FIRSTBITMAP, &bitmap);
      pcre2_pattern_info (probe, PCRE2_INFO_FIRSTCODETYPE, &type);
      if (bitmap)
        memcpy (first, bitmap, sizeof first);
      else if (type == 1 && pcre2_pattern_info (probe, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0)
        {
          guchar lower = ascii_to_lower (unit), upper = g_ascii_toupper (unit);
          first[lower / 8] |= 1 << (lower % 8);
          first[upper / 8] |= 1 << (upper % 8);
        }
      else
        memset (first, 0xff, sizeof first);
      pcre2_code_free (probe);
      guint64 mask = G_GUINT64_CONSTANT (1) << d->patterns->len;
      for (guint b = 0; b < 256; b++)
        if (first[b / 8] & (1 << (b % 8)))
          d->first_open[b] |= mask;
      if (p.pair_filter)
        d->pair_filtered |= mask;
      for (guint n = 0; n <= before; n++)
        d->reach[n] |= mask;
      for (guint v = 0; v < 256; v++)
        if (v & (1u << (d->patterns->len % 8)))
          d->most_before[d->patterns->len / 8][v] = MAX (d->most_before[d->patterns->len / 8][v], before);
      g_array_append_val (d->patterns, p);
    }
  return TRUE;
}

#define KEY_BYTES 16

static inline guint64
anchor_hash (const guint64 key[2])
{
  guint64 h = (key[0] ^ (key[1] * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15))) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
  return h ^ (h >> 32);
}

/* The filter's bit: from the hash's top bits, the slot uses the bottom. */
#define FILTER_BIT(h) ((h) >> 51)

/* The patterns a word anchors, from the first KEY_BYTES bytes of its
 * lowercase form (zero-padded, little-endian); @capital: the word is
 * capitalised. */
static inline guint64
anchor_lookup (const Dates *d, const guint64 key[2], gboolean capital)
{
  guint64 h = anchor_hash (key);
  if (!(d->anchor_filter[FILTER_BIT (h) / 64] & (G_GUINT64_CONSTANT (1) << (FILTER_BIT (h) % 64))))
    return 0;
  for (guint slot = h & (d->anchor_slots - 1); d->anchor_table[slot].key[0]; slot = (slot + 1) & (d->anchor_slots - 1))
    if (d->anchor_table[slot].key[0] == key[0] && d->anchor_table[slot].key[1] == key[1])
      return d->anchor_table[slot].any | (capital ? d->anchor_table[slot].capital : 0);
  return 0;
}

/* The shape filter's bit for the @n bytes at @w: their first two and
 * their last byte folded to five bits each, and their length up to 15
 * (past that no last byte: longer forms share their first KEY_BYTES
 * anyway), hashed.  With the last byte, the archive's words read fell
 * from 181k to 103k of 876k (digits and joined words included). */
static inline guint
shape_bit (const guchar *w, gsize n)
{
  guint c1 = (w[0] | 0x20) & 31, c2 = n > 1 ? (w[1] | 0x20) & 31 : 0, last = n < 15 ? (w[n - 1] | 0x20) & 31 : 0;
  guint32 shape = (MIN (n, 15) << 15) | (c1 << 10) | (c2 << 5) | last;
  return (shape * 0x9E3779B1u) >> (32 - SHAPE_BITS);
}

static void
add_anchor (Dates *d, const char *form, guint64 mask)
{
  if (mask == 0)
    return;
  guint64 old = GPOINTER_TO_SIZE (g_hash_table_lookup (d->anchors, form));
  g_hash_table_insert (d->anchors, g_strdup (form), GSIZE_TO_POINTER (old | mask));
}

/* One table from every word form to the patterns it anchors: lexicon
 * classes (units in the plural too, holidays by their first word) and the
 * words patterns.tsv names. */
static void
build_anchors (Dates *d)
{
  struct
  {
    GHashTable *table;
    int need;
  } classes[] = { { d->months, NEED_MONTH },   { d->weekdays, NEED_WEEKDAY }, { d->units, NEED_UNIT },
                  { d->numbers, NEED_NUMBER }, { d->ordinals, NEED_ORDINAL }, { d->seasons, NEED_SEASON },
                  { d->parts, NEED_PART },     { d->holidays, NEED_HOLIDAY }, { d->zones, NEED_ZONE } };
  for (guint c = 0; c < G_N_ELEMENTS (classes); c++)
    {
      GHashTableIter iter;
      gpointer key;
      g_hash_table_iter_init (&iter, classes[c].table);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          const char *word = key;
          g_autofree char *first = strchr (word, ' ') ? g_strndup (word, strchr (word, ' ') - word) : g_strdup (word);
          guint64 mask = d->class_patterns[classes[c].need];
          add_anchor (d, first, mask);
          if (classes[c].need == NEED_UNIT)
            {
              g_autofree char *plural = g_str_has_suffix (first, "y") && strcmp (first, "day") != 0
                                            ? g_strdup_printf ("%.*sies", (int) strlen (first) - 1, first)
                                            : g_strdup_printf ("%ss", first);
              add_anchor (d, plural, mask);
            }
        }
    }
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, d->word_patterns);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_anchor (d, key, GPOINTER_TO_SIZE (value));

  d->anchor_slots = 64;
  while (d->anchor_slots < 4 * g_hash_table_size (d->anchors))
    d->anchor_slots *= 2;
  d->anchor_table = g_new0 (AnchorSlot, d->anchor_slots);
  g_hash_table_iter_init (&iter, d->anchors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *form = key;
      guint64 k[2] = { 0, 0 };
      for (guint i = 0; form[i] && i < KEY_BYTES; i++)
        k[i / 8] |= (guint64) (guchar) ascii_to_lower (form[i]) << (8 * (i % 8));
      guint64 h = anchor_hash (k);
      d->anchor_filter[FILTER_BIT (h) / 64] |= G_GUINT64_CONSTANT (1) << (FILTER_BIT (h) % 64);
      guint shape = shape_bit ((const guchar *) form, strlen (form));
      d->shape_filter[shape / 64] |= G_GUINT64_CONSTANT (1) << (shape % 64);
      guint slot = h & (d->anchor_slots - 1);
      while (d->anchor_table[slot].key[0] && (d->anchor_table[slot].key[0] != k[0] || d->anchor_table[slot].key[1] != k[1]))
        slot = (slot + 1) & (d->anchor_slots - 1);
      AnchorSlot *entry = &d->anchor_table[slot];
      memcpy (entry->key, k, sizeof k);
      if (g_ascii_isupper (form[0]))
        entry->capital |= GPOINTER_TO_SIZE (value);
      else
        entry->any |= GPOINTER_TO_SIZE (value);
    }
}

/* The names capitalised_anyway() knows, as a text writes them with a
 * capital: months' and weekdays' (their forms as the lexicon has them),
 * seasons' (lowercase there), and each in the plural.  One lookup for a
 * word, where one for each table and each number cost most of deciding
 * whether a capitalised date names something. */
static void
build_capitalised (Dates *d)
{
  d->capitalised = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *tables[] = { d->months, d->weekdays, d->seasons };
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      GHashTableIter iter;
      gpointer key;
      g_hash_table_iter_init (&iter, tables[t]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          char *name = g_strdup (key);
          if (tables[t] == d->seasons)
            name[0] = g_ascii_toupper (name[0]);
          g_hash_table_add (d->capitalised, g_strconcat (name, "s", NULL));
          g_hash_table_add (d->capitalised, name);
        }
    }
}

/* atoi() inline (spaces, a sign, digits; as strtol() does, a number past
 * a long's range is the long's end, then cut to an int): through libc
 * each was a call into strtol() with its locale, for each number of each
 * value. */
static inline int
parse_int (const char *s)
{
  while (g_ascii_isspace (*s))
    s++;
  gboolean negative = *s == '-';
  if (*s == '-' || *s == '+')
    s++;
  guint64 n = 0;
  for (; g_ascii_isdigit (*s); s++)
    n = n > (guint64) G_MAXINT64 / 10 ? (guint64) G_MAXINT64 + 1 : n * 10 + (guint64) (*s - '0');
  gint64 value = n > (guint64) G_MAXINT64 ? (negative ? G_MININT64 : G_MAXINT64)
                                          : (negative ? -(gint64) n : (gint64) n);
  return (int) value;
}

/* g_date_valid_dmy() inline, with its types' widths (a day is a guint8,
 * a year a guint16): the values' checks call it for most expressions,
 * and through GLib each call checks more, 22k calls on the BBC archive. */
static inline gboolean
valid_dmy (int day, int month, int year)
{
  static const guint8 month_days[13] = { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  guint8 d = (guint8) day;
  guint16 y = (guint16) year;
  if (d == 0 || month < 1 || month > 12 || y == 0 || d > month_days[month])
    return FALSE;
  return month != 2 || d < 29 || (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* A reference date read by the one date rule (assay_date_parse()): the
 * stage counts from a day, so a year or a month alone is refused, with
 * what to write. */
static gboolean
reference_read (const char *text, GDate *date, GError **error)
{
  AssayDate read;
  if (!assay_date_parse (text, -1, &read, error))
    return FALSE;
  if (read.grain != ASSAY_DATE_GRAIN_DAY)
    {
      g_set_error (error, ASSAY_DATE_ERROR, ASSAY_DATE_ERROR_SYNTAX,
                   "'%s' names a %s, and relative dates are counted from a day; write the day, as %04d-%02d-01",
                   text, read.grain == ASSAY_DATE_GRAIN_YEAR ? "year" : "month", read.year,
                   read.month ? read.month : 1);
      return FALSE;
    }
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) read.day, (GDateMonth) read.month, (GDateYear) read.year);
  return TRUE;
}

/* The day of a TIMEX3 value the stage wrote ("2025-05-29", "2025-05-29T15:00",
 * "1998-02-12TNI"): its first ten bytes are an ISO day or not. */
static gboolean
timex_day (const char *value, gsize length, GDate *date)
{
  AssayDate read;
  if (length < 10 || (length > 10 && value[10] != 'T') || !assay_date_parse (value, 10, &read, NULL))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) read.day, (GDateMonth) read.month, (GDateYear) read.year);
  return TRUE;
}

static gpointer
dates_create (const AssayHost *host, const AssayOptions *options, GError **error)
{
  Dates *d = g_new0 (Dates, 1);
  GHashTable **tables[] = { &d->months, &d->weekdays, &d->numbers, &d->ordinals,
                            &d->units,  &d->seasons,  &d->parts,   &d->holidays, &d->refs, &d->shifts,
                            &d->frequencies };
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    *tables[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d->zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->word_patterns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->patterns = g_array_new (FALSE, TRUE, sizeof (Pattern));
  g_array_set_clear_func (d->patterns, pattern_clear);
  d->reference_key = g_strdup (assay_options_get_string (options, "reference-key"));

  const char *reference = assay_options_get_string (options, "reference-date");
  if (reference == NULL)
    reference = assay_host_get_reference_date (host);
  g_autoptr (GError) date_error = NULL;
  if (reference && !(d->has_reference = reference_read (reference, &d->reference, &date_error)))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED, "reference date %s", date_error->message);
      dates_destroy (d);
      return NULL;
    }

  if (!load_lexicon (d, assay_options_get_string (options, "lexicon"), error)
      || !load_zones (d, assay_options_get_string (options, "timezones"),
                      assay_options_get_string (options, "zones"), error)
      || !load_patterns (d, assay_options_get_string (options, "patterns"), error))
    {
      dates_destroy (d);
      return NULL;
    }
  build_anchors (d);
  build_capitalised (d);
  d->pairs = g_malloc0 (128 * 128 * sizeof *d->pairs);
  return d;
}

/* ---- values ------------------------------------------------------------ */

/* One match, as the normalisations see it. */
typedef struct
{
  Kind kind;
  gsize start, end;    /* bytes in the text */
  const int *groups;   /* the pattern's group numbers */
  const guint8 *named; /* the groups it has, n_named of them */
  guint n_named;
  PCRE2_SIZE *ovector; /* a copy of the match's pairs */
  const char *subject; /* the text */
} Match;

/* The text each named group of a match holds, NUL-terminated, or NULL
 * where the group did not match.  Copied once into @bytes (matches are
 * short; a longer one's copies go to @heap): a copy for each group
 * allocated and freed was a third of the time spent normalising. */
typedef struct
{
  char *text[N_GROUPS];
  char bytes[512];
  char *heap; /* nullable; freed by the caller */
} Groups;

static void
groups_read (const Match *m, Groups *g)
{
  const PCRE2_SIZE *ov = m->ovector;
  /* only the groups the pattern has: most have a few of N_GROUPS */
  gsize need = 0;
  for (guint k = 0; k < m->n_named; k++)
    {
      int n = m->groups[m->named[k]];
      if (ov[2 * n] != PCRE2_UNSET)
        need += ov[2 * n + 1] - ov[2 * n] + 1;
    }
  char *p = g->bytes;
  g->heap = NULL;
  if (need > sizeof g->bytes)
    p = g->heap = g_malloc (need);
  memset (g->text, 0, sizeof g->text);
  for (guint k = 0; k < m->n_named; k++)
    {
      guint i = m->named[k];
      int n = m->groups[i];
      if (ov[2 * n] == PCRE2_UNSET)
        continue;
      gsize len = ov[2 * n + 1] - ov[2 * n];
      memcpy (p, m->subject + ov[2 * n], len);
      p[len] = '\0';
      g->text[i] = p;
      p += len + 1;
    }
}

/* Where group @g starts in the text (0 when it did not match). */
static gsize
group_offset (const Match *m, guint g)
{
  int n = m->groups[g];
  const PCRE2_SIZE *ov = m->ovector;
  return n < 0 || ov[2 * n] == PCRE2_UNSET ? 0 : ov[2 * n];
}

/* Where group @g ends in the text (0 when it did not match). */
static gsize
group_end (const Match *m, guint g)
{
  int n = m->groups[g];
  const PCRE2_SIZE *ov = m->ovector;
  return n < 0 || ov[2 * n] == PCRE2_UNSET ? 0 : ov[2 * n + 1];
}

/* Whether the month name @form, as written, shortens a longer name of
 * the same month in the lexicon ("Dec" of "December", "Sept" of
 * "September"), so that a period after it is its own. */
static gboolean
month_abbreviates (const Dates *d, const char *form)
{
  const char *month = g_hash_table_lookup (d->months, form);
  gsize len = strlen (form);
  GHashTableIter iter;
  gpointer name, value;
  g_hash_table_iter_init (&iter, d->months);
  while (month && g_hash_table_iter_next (&iter, &name, &value))
    if (strcmp (value, month) == 0 && strlen (name) > len && g_ascii_strncasecmp (name, form, len) == 0)
      return TRUE;
  return FALSE;
}

typedef struct
{
  const char *type;     /* DATE TIME DURATION SET */
  char *value;
  const char *mod;
  const char *resolution;
  int weekday;          /* 0: none named */
  char *utc_offset;     /* of a time given with its zone ("EST"), nullable */
  gsize start;          /* the span annotated (a duration leaves "about" out) */
  gsize end;
  gboolean day_open;    /* a clock time whose day is not written: it took the reference date */
  int years_back;       /* "a year ago", "year-earlier": years before, at the grain of the period compared */
  char refers;          /* "that year", "the following week": 'Y', 'M', 'W' or 'D', counted from the
                         * last date of that grain named before it; 0: from the reference date */
  int refers_step;      /* and by how many of those */
  char anchor[16];      /* the reference date used, when relative; "" when none */
} Timex;

static int
lookup_int (GHashTable *table, const char *word)
{
  const char *v = word ? g_hash_table_lookup (table, word) : NULL;
  return v ? parse_int (v) : 0;
}

/* Which way a shift word ("last", "this coming", "year-ago") points from
 * the reference date, by the lexicon: -1, 0, +1; 0 for no shift or one
 * the lexicon does not know.  @shift is lowercase; spaces between its
 * words may be any whitespace. */
static int
shift_step (const Dates *d, const char *shift)
{
  if (shift == NULL)
    return 0;
  char key[64]; /* longer than any shift a lexicon has */
  gsize n = 0;
  for (const char *p = shift; *p; p++)
    {
      if (n == sizeof key - 1)
        return 0;
      if (!g_ascii_isspace (*p))
        key[n++] = *p;
      else if (n > 0 && key[n - 1] != ' ')
        key[n++] = ' ';
    }
  while (n > 0 && key[n - 1] == ' ')
    n--;
  key[n] = '\0';
  return lookup_int (d->shifts, key);
}

static const char *
mod_code (const char *mod)
{
  gsize len = mod ? strlen (mod) : 0;
  if (mod == NULL || len >= 32) /* longer than any the patterns take */
    return mod ? "APPROX" : NULL;
  char m[32];
  for (gsize i = 0; i <= len; i++)
    m[i] = ascii_to_lower (mod[i]);
  if (g_str_has_suffix (m, " in")) /* "late in the day" as "late" */
    m[strlen (m) - 3] = '\0';
  if (strcmp (m, "earlier") == 0 || strcmp (m, "later") == 0)
    return NULL;
  const char *w = g_str_has_prefix (m, "the ") ? m + 4 : m; /* "the end of", "year-end" */
  if (strcmp (m, "early") == 0 || g_str_has_prefix (w, "beginning") || g_str_has_prefix (w, "start"))
    return "START";
  if (strcmp (m, "late") == 0 || g_str_has_prefix (w, "end"))
    return "END";
  if (strcmp (m, "mid") == 0 || g_str_has_prefix (w, "middle"))
    return "MID";
  if (strcmp (m, "more than") == 0)
    return "MORE_THAN";
  if (strcmp (m, "less than") == 0)
    return "LESS_THAN";
  if (strcmp (m, "at least") == 0)
    return "EQUAL_OR_MORE";
  if (strcmp (m, "up to") == 0)
    return "EQUAL_OR_LESS";
  return "APPROX"; /* about, around, nearly, almost, roughly, some */
}

/* The year for a month (and day, 0 for none) written without one.  News
 * mostly reports what happened: the last occurrence on or before @ref,
 * unless that lies more than eight months back (then the next one, as
 * with "January" written in November), or the words before it speak of
 * the future (then the first on or after @ref, unless the last lies
 * within a month). */
/* The Julian day of 9999-12-31: TIMEX3 years have four digits. */
#define LAST_JULIAN 3652059

static int
year_for (const GDate *ref, int month, int day, gboolean future)
{
  int y = g_date_get_year (ref);
  int ref_month = g_date_get_month (ref), ref_day = g_date_get_day (ref);
  gboolean not_after = month < ref_month || (month == ref_month && (day == 0 || day <= ref_day));
  int past = not_after ? y : y - 1;
  /* A day a few weeks back is that day even in a clause read as future
   * ("would be back by Feb. 23", written on March 6): a year ahead is the
   * less likely reading. */
  int days_back = not_after && day ? (ref_month - month) * 31 + ref_day - day : G_MAXINT;
  if (future)
    return not_after && !(month == ref_month && (day == 0 || day == ref_day)) && days_back > 31 ? y + 1 : y;
  int months_back = (y - past) * 12 + ref_month - month;
  return months_back > 8 ? past + 1 : past;
}

/* Writes YYYY, YYYY-MM or YYYY-MM-DD into @out (11 bytes at least), a
 * @month or @day of 0 left out, digit by digit; FALSE (nothing written)
 * when a part has more digits than that. */
static gboolean
calendar_write (char *out, int year, int month, int day)
{
  if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0 || day > 31)
    return FALSE;
  char *p = out;
  *p++ = '0' + year / 1000, *p++ = '0' + year / 100 % 10, *p++ = '0' + year / 10 % 10, *p++ = '0' + year % 10;
  if (month)
    *p++ = '-', *p++ = '0' + month / 10, *p++ = '0' + month % 10;
  if (month && day)
    *p++ = '-', *p++ = '0' + day / 10, *p++ = '0' + day % 10;
  *p = '\0';
  return TRUE;
}

/* TIMEX3's YYYY, YYYY-MM or YYYY-MM-DD (transfer full); a @month or @day
 * of 0 is left out.  Written digit by digit: printf was a fifth of the
 * time spent normalising, and these are most values. */
static char *
calendar_value (int year, int month, int day)
{
  char *v = g_malloc (11);
  if (!calendar_write (v, year, month, day))
    {
      g_free (v);
      return !month ? g_strdup_printf ("%04d", year)
             : !day ? g_strdup_printf ("%04d-%02d", year, month)
                    : g_strdup_printf ("%04d-%02d-%02d", year, month, day);
    }
  return v;
}

static char *
iso_date (const GDate *d)
{
  return calendar_value (g_date_get_year (d), g_date_get_month (d), g_date_get_day (d));
}

static char *
iso_week (const GDate *d)
{
  /* ISO week-numbering year: the year of the week's Thursday. */
  GDate thursday = *d;
  int wd = g_date_get_weekday (d);
  if (wd < 4)
    g_date_add_days (&thursday, 4 - wd);
  else
    g_date_subtract_days (&thursday, wd - 4);
  return g_strdup_printf ("%04d-W%02u", g_date_get_year (&thursday), g_date_get_iso8601_week_of_year (d));
}

/* The year, month, week or day (@grain 'Y', 'M', 'W', 'D') @step of them
 * from @from, as a TIMEX3 value (transfer full). */
static char *
counted_from (const GDate *from, char grain, int step)
{
  GDate d = *from;
  if (grain == 'Y')
    return calendar_value (g_date_get_year (&d) + step, 0, 0);
  if (grain == 'M')
    {
      step < 0 ? g_date_subtract_months (&d, -step) : g_date_add_months (&d, step);
      return calendar_value (g_date_get_year (&d), g_date_get_month (&d), 0);
    }
  int days = grain == 'W' ? 7 * step : step;
  days < 0 ? g_date_subtract_days (&d, -days) : g_date_add_days (&d, days);
  return grain == 'W' ? iso_week (&d) : iso_date (&d);
}

/* @s in lowercase: in @buf (@size bytes) when it fits, else allocated
 * and kept in *@heap for the caller to free.  Normalising lowercases a
 * few words a match, and a malloc() each was a tenth of its time. */
static char *
ascii_lower (const char *s, char *buf, gsize size, char **heap)
{
  gsize n = strlen (s);
  char *out = n < size ? buf : (*heap = g_malloc (n + 1));
  for (gsize i = 0; i <= n; i++)
    out[i] = ascii_to_lower (s[i]);
  return out;
}

static double
number_value (const Dates *d, const char *word)
{
  if (word == NULL)
    return 0;
  if (g_ascii_isdigit (word[0]))
    {
      /* "2 1/2": a whole number and a fraction after it */
      char *rest, *slash, *after;
      double whole = g_ascii_strtod (word, &rest);
      long num = strtol (rest, &slash, 10);
      if (slash > rest && *slash == '/')
        {
          long den = strtol (slash + 1, &after, 10);
          if (after > slash + 1 && den > 0)
            whole += (double) num / den;
        }
      return whole;
    }
  char buf[64];
  g_autofree char *heap = NULL;
  char *lower = ascii_lower (word, buf, sizeof buf, &heap);
  if (g_str_has_suffix (lower, " and a half"))
    {
      lower[strlen (lower) - strlen (" and a half")] = '\0';
      double n = number_value (d, lower);
      return n > 0 ? n + 0.5 : n;
    }
  const double *v = g_hash_table_lookup (d->numbers, lower);
  if (v)
    return *v;
  /* "twenty four" adds up, "two hundred" multiplies, and "a" counts one
   * only before "hundred" or "dozen" ("a five-year plan" is five).  Words
   * that do not make one number ("seven a" of "up from seven a year
   * ago", "five six") are none: 0. */
  g_auto (GStrv) parts = g_strsplit_set (lower, " -", -1);
  double total = 0;
  for (char **w = parts; *w; w++)
    {
      if (**w == '\0')
        continue;
      const double *pv = g_hash_table_lookup (d->numbers, *w);
      if (pv == NULL)
        return -1; /* vague ("several") or unknown */
      double value = *pv;
      gboolean article = strcmp (*w, "a") == 0 || strcmp (*w, "an") == 0;
      if (article && total == 0 && w[1] && strcmp (w[1], "hundred") != 0)
        continue;
      double below_hundred = fmod (total, 100);
      if (value == 100)
        total = MAX (total, 1) * 100;
      else if (total == 0 || (below_hundred == 0 && value < 100)
               || (below_hundred >= 20 && fmod (below_hundred, 10) == 0 && value < 10))
        total += value;
      else
        return 0;
    }
  return total > 0 ? total : -1;
}

/* A year said in words: "nineteen ninety-six", "twenty ten", "nineteen
 * hundred", "nineteen oh five", "two thousand and three"; 0 when @words
 * is none (after the century, a number from ten to ninety-nine). */
static int
spoken_year (const Dates *d, const char *words)
{
  g_autofree char *lower = g_strdelimit (g_ascii_strdown (words, -1), "-", ' ');
  const char *rest;
  int century;
  if (g_str_has_prefix (lower, "two thousand"))
    {
      century = 20, rest = lower + strlen ("two thousand");
      while (*rest == ' ')
        rest++;
      if (g_str_has_prefix (rest, "and "))
        rest += 4;
      if (*rest == '\0')
        return 2000;
      double n = number_value (d, rest);
      return n >= 1 && n <= 99 && n == floor (n) ? 2000 + (int) n : 0;
    }
  char *space = strchr (lower, ' ');
  if (space == NULL)
    return 0;
  *space = '\0';
  century = (int) number_value (d, lower);
  for (rest = space + 1; *rest == ' ';)
    rest++;
  if (century < 10 || century > 29)
    return 0;
  if (strcmp (rest, "hundred") == 0)
    return century * 100;
  gboolean oh = g_str_has_prefix (rest, "oh ");
  double n = number_value (d, oh ? rest + 3 : rest);
  if (n != floor (n) || (oh ? n < 1 || n > 9 : n < 10 || n > 99))
    return 0;
  return century * 100 + (int) n;
}

/* The lexicon's code of the unit @word, in any case and number; NULL
 * for none. */
static const char *
unit_code (const Dates *d, const char *word)
{
  char lower[32]; /* longer than any unit */
  gsize n = word ? strlen (word) : 0;
  if (word == NULL || n >= sizeof lower)
    return NULL;
  for (gsize i = 0; i <= n; i++)
    lower[i] = ascii_to_lower (word[i]);
  if (n > 1 && lower[n - 1] == 's' && !g_hash_table_contains (d->units, lower))
    lower[--n] = '\0';
  if (n >= 8 && memcmp (lower + n - 8, "centurie", 8) == 0)
    strcpy (lower + n - 3, "y");
  return g_hash_table_lookup (d->units, lower);
}

/* TIMEX3 duration for @n (negative: vague) units of @code. */
static char *
duration_value (double n, const char *code)
{
  double factor = 1;
  const char *letter = code;
  gboolean time = FALSE;
  if (strcmp (code, "DE") == 0)
    factor = 10, letter = "Y";
  else if (strcmp (code, "CE") == 0)
    factor = 100, letter = "Y";
  else if (strcmp (code, "2W") == 0)
    factor = 2, letter = "W";
  else if (strcmp (code, "H") == 0 || strcmp (code, "S") == 0)
    time = TRUE;
  else if (strcmp (code, "MIN") == 0)
    time = TRUE, letter = "M";
  if (n < 0)
    return g_strdup_printf ("P%sX%s", time ? "T" : "", letter);
  double total = n * factor;
  /* "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M: the fraction in the
   * next smaller unit, where it comes out whole. */
  static const struct
  {
    const char *letter;
    gboolean time;
    double count;
    const char *smaller;
    gboolean smaller_time;
  } finer[] = { { "Y", FALSE, 12, "M", FALSE }, { "W", FALSE, 7, "D", FALSE }, { "D", FALSE, 24, "H", TRUE },
                { "H", TRUE, 60, "M", TRUE },   { "M", TRUE, 60, "S", TRUE } };
  double whole = floor (total), part = total - whole;
  if (part == 0 && total < 1e15)
    {
      /* Most durations: a whole count, written digit by digit (printf's
       * "%.0f" of a double was most of the time spent writing values). */
      char digits[16];
      guint n_digits = 0;
      for (guint64 v = (guint64) total; n_digits == 0 || v > 0; v /= 10)
        digits[n_digits++] = '0' + v % 10;
      char *value = g_malloc (2 + n_digits + strlen (letter) + 1), *p = value;
      *p++ = 'P';
      if (time)
        *p++ = 'T';
      while (n_digits > 0)
        *p++ = digits[--n_digits];
      strcpy (p, letter);
      return value;
    }
  if (part == 0)
    return g_strdup_printf ("P%s%.0f%s", time ? "T" : "", total, letter);
  for (guint i = 0; i < G_N_ELEMENTS (finer); i++)
    {
      double smaller = part * finer[i].count;
      if (strcmp (finer[i].letter, letter) != 0 || finer[i].time != time || smaller != floor (smaller))
        continue;
      GString *v = g_string_new ("P");
      if (time)
        g_string_append_c (v, 'T');
      if (whole > 0)
        g_string_append_printf (v, "%.0f%s", whole, letter);
      if (finer[i].smaller_time && !time)
        g_string_append_c (v, 'T');
      g_string_append_printf (v, "%.0f%s", smaller, finer[i].smaller);
      return g_string_free (v, FALSE);
    }
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  /* ten digits: "04.69 seconds" is PT4.69S, not the nearest double's 4.6900000000000004 */
  return g_strdup_printf ("P%s%s%s", time ? "T" : "", g_ascii_formatd (buf, sizeof buf, "%.10g", total), letter);
}

static int
hour_of (const char *hour, const char *ampm)
{
  int h = parse_int (hour);
  if (ampm && (ampm[0] == 'p' || ampm[0] == 'P') && h < 12)
    h += 12;
  if (ampm && (ampm[0] == 'a' || ampm[0] == 'A') && h == 12)
    h = 0;
  return h;
}

static char *
zone_suffix (const Dates *d, const char *tz)
{
  if (tz == NULL || !g_hash_table_contains (d->zones, tz))
    return NULL;
  int minutes = GPOINTER_TO_INT (g_hash_table_lookup (d->zones, tz));
  return g_strdup_printf ("%c%02d:%02d", minutes < 0 ? '-' : '+', ABS (minutes) / 60, ABS (minutes) % 60);
}

/* The date of weekday @target (1..7) relative to @r: by @step (a shift
 * word's) when @shifted ("this Friday" is this week's), else by tense. */
static void
resolve_weekday (GDate *r, int target, gboolean shifted, int step, gboolean future)
{
  int today = g_date_get_weekday (r);
  int back = (today - target + 7) % 7, ahead = (target - today + 7) % 7;
  if (shifted && step < 0)
    g_date_subtract_days (r, back ? back : 7);
  else if (shifted && step > 0)
    g_date_add_days (r, ahead ? ahead : 7);
  else if (shifted)
    target < today ? g_date_subtract_days (r, back) : g_date_add_days (r, ahead);
  else if (future)
    g_date_add_days (r, ahead);
  else
    g_date_subtract_days (r, back);
}

/* Where tokens start in a document: the places a pattern is tried (a
 * word or a part of one after a hyphen or an apostrophe, and each
 * punctuation mark).  A bit for each byte of the text, as the word scan
 * finds them sixty-four at a time: writing each start out as a number
 * was a tenth of the scan. */
typedef struct
{
  guint64 *bits;
  gsize length; /* the text's, in bytes */
} Tokens;

/* The first token at or after @at, or the text's length when none is. */
static inline gsize
token_from (const Tokens *tokens, gsize at)
{
  if (at >= tokens->length)
    return tokens->length;
  gsize w = at / 64, last = (tokens->length - 1) / 64;
  guint64 m = tokens->bits[w] & (~G_GUINT64_CONSTANT (0) << (at % 64));
  while (m == 0)
    {
      if (w == last)
        return tokens->length;
      m = tokens->bits[++w];
    }
  return w * 64 + __builtin_ctzll (m);
}

/* The last token before @at, or G_MAXSIZE when none is. */
static inline gsize
token_before (const Tokens *tokens, gsize at)
{
  if (at == 0)
    return G_MAXSIZE;
  gsize w = (at - 1) / 64;
  guint64 m = tokens->bits[w] & (~G_GUINT64_CONSTANT (0) >> (63 - (at - 1) % 64));
  while (m == 0)
    {
      if (w == 0)
        return G_MAXSIZE;
      m = tokens->bits[--w];
    }
  return w * 64 + 63 - __builtin_clzll (m);
}

/* Whether a match of @re can start with the @n bytes at @bytes (ASCII),
 * by a partial match on them after a space and after a letter: those two
 * stand for what is before a token as `\b` and a negative lookbehind
 * see it.  A token that starts with a letter or a digit starts a word,
 * so nothing alphanumeric comes before it: the space alone stands for
 * what does, and the probes cost half.  A positive lookbehind could
 * need more, so a pattern with one has no pair filter (the tense cues
 * have none). */
static gboolean
prefix_opens (pcre2_code *re, pcre2_match_data *md, gboolean jit, const guchar *bytes, guint n)
{
  for (const char *before = g_ascii_isalnum (bytes[0]) ? " " : " a"; *before; before++)
    {
      char probe[4] = { *before };
      memcpy (probe + 1, bytes, n);
      int rc = jit ? pcre2_jit_match (re, (PCRE2_SPTR) probe, n + 1, 1, PCRE2_PARTIAL_HARD, md, NULL)
                   : pcre2_match (re, (PCRE2_SPTR) probe, n + 1, 1, PCRE2_PARTIAL_HARD, md, NULL);
      if (rc >= 0 || rc == PCRE2_ERROR_PARTIAL)
        return TRUE;
    }
  return FALSE;
}

/* The slot of the three bytes @key (see TripleSlot) in @table, made
 * when new. */
static TripleSlot *
triple_slot (TripleTable *table, guint32 key)
{
  if (2 * (table->used + 1) > table->size)
    {
      /* twice the room, each slot where its key now falls */
      TripleSlot *old = table->slots;
      guint old_size = table->size;
      table->size = old_size ? 2 * old_size : 1024;
      table->slots = g_new0 (TripleSlot, table->size);
      for (guint i = 0; i < old_size; i++)
        if (old[i].key)
          {
            guint at = (old[i].key * 0x9E3779B1u) & (table->size - 1);
            while (table->slots[at].key)
              at = (at + 1) & (table->size - 1);
            table->slots[at] = old[i];
          }
      g_free (old);
    }
  guint at = (key * 0x9E3779B1u) & (table->size - 1);
  while (table->slots[at].key && table->slots[at].key != key)
    at = (at + 1) & (table->size - 1);
  if (table->slots[at].key == 0)
    table->slots[at].key = key, table->used++;
  return &table->slots[at];
}

/* The tense of an expression's clause, read only when its value depends
 * on it (most expressions' values do not). */
typedef struct
{
  Dates *d; /* learns which triples can start a far cue */
  const char *text;
  gsize start, end; /* the words before the expression */
  const Tokens *tokens;
  pcre2_match_data *md;
  int future;       /* -1: not read yet */
} Tense;

static gboolean speaks_of_future (const Tense *tense);

static gboolean
tense_future (Tense *tense)
{
  if (tense->future < 0)
    tense->future = speaks_of_future (tense);
  return tense->future;
}

/* Computes the value of @m; FALSE when the match is no time expression
 * after all (an impossible date...), or when it needs a reference date
 * and @anchored says there is none (see normalise()). */
static gboolean
normalise_at (const Dates *d, const Match *m, const GDate *ref, Tense *tense, gboolean anchored, Timex *t)
{
  Kind kind = m->kind;
  Groups g;
  groups_read (m, &g);
  g_autofree char *groups_heap = g.heap;
  char *year_s = g.text[G_YEAR], *month_s = g.text[G_MONTH], *day_s = g.text[G_DAY];
  char *weekday_s = g.text[G_WEEKDAY], *shift_s = g.text[G_SHIFT], *mod_s = g.text[G_MOD];
  char *unit_s = g.text[G_UNIT], *number_s = g.text[G_NUMBER], *word_s = g.text[G_WORD];
  char *season_s = g.text[G_SEASON];
  char shift_buf[64], word_buf[64];
  g_autofree char *shift_heap = NULL, *word_heap = NULL;
  char *shift = shift_s ? ascii_lower (g_strstrip (shift_s), shift_buf, sizeof shift_buf, &shift_heap) : NULL;
  int step = shift_step (d, shift);
  char *word = word_s ? ascii_lower (word_s, word_buf, sizeof word_buf, &word_heap) : NULL;
  int year = year_s ? (g_ascii_isdigit (year_s[0]) ? parse_int (year_s) : spoken_year (d, year_s)) : 0;
  if (year_s && year == 0)
    return FALSE;
  int month = month_s ? (g_ascii_isdigit (month_s[0]) ? parse_int (month_s) : lookup_int (d->months, month_s)) : 0;
  int day = day_s ? parse_int (day_s) : 0;
  t->weekday = lookup_int (d->weekdays, weekday_s);
  t->mod = mod_code (mod_s);
  t->type = "DATE";
  t->resolution = "relative";
  t->start = m->start;
  if (year_s && strlen (year_s) == 2)
    year = year < 50 ? 2000 + year : 1900 + year;

  if (kind == KIND_ISO || kind == KIND_DATE)
    {
      if (month < 1 || month > 12 || day < 1 || day > 31)
        return FALSE;
      if (year)
        t->resolution = "absolute";
      else if (anchored)
        year = year_for (ref, month, day, tense_future (tense));
      /* without a year, a day no year has ("31 February"; 2000 had a
       * 29 February) */
      if (!valid_dmy (day, month, year ? year : 2000))
        return FALSE;
      const char *hour_s = g.text[G_HOUR], *minute_s = g.text[G_MINUTE];
      if (year)
        t->value = calendar_value (year, month, day);
      else
        t->value = g_strdup_printf ("XXXX-%02d-%02d", month, day), t->resolution = "underspecified";
      if (hour_s && minute_s)
        {
          char *v = g_strdup_printf ("%sT%s:%s", t->value, hour_s, minute_s);
          g_free (t->value), t->value = v, t->type = "TIME";
        }
      /* "on 28 December." ends a sentence with the sentence's period;
       * "on Dec. 28" and "by Dec." keep the abbreviation's. */
      gsize month_end = group_end (m, G_MONTH);
      if (month_end + 1 == m->end && m->subject[month_end] == '.' && !month_abbreviates (d, month_s))
        t->end = month_end;
      return TRUE;
    }
  if (kind == KIND_MONTH)
    {
      if (month < 1)
        return FALSE;
      if (year)
        t->resolution = "absolute";
      else if (anchored)
        year = year_for (ref, month, 0, tense_future (tense));
      t->value = year ? calendar_value (year, month, 0) : g_strdup_printf ("XXXX-%02d", month);
      if (!year)
        t->resolution = "underspecified";
      return TRUE;
    }
  if (kind == KIND_MONTHREL)
    {
      if (!anchored || month < 1)
        return FALSE;
      int y = g_date_get_year (ref) + step;
      t->value = g_strdup_printf ("%04d-%02d", y, month);
      return TRUE;
    }
  if (kind == KIND_YEAR)
    {
      t->value = calendar_value (year, 0, 0);
      t->resolution = "absolute";
      return TRUE;
    }
  if (kind == KIND_DECADE)
    {
      if (year < 100)
        {
          /* '90s: the decade of that name nearest the reference. */
          int century = anchored ? g_date_get_year (ref) / 100 * 100 : 1900;
          year += century;
          if (anchored && year > g_date_get_year (ref))
            year -= 100;
        }
      /* "the 1800s" is the century, TIMEX3 "18"; "the 2000s" the decade. */
      t->value = year % 100 == 0 && year < 2000 ? g_strdup_printf ("%02d", year / 100)
                                                : g_strdup_printf ("%03d", year / 10);
      t->resolution = "absolute";
      return TRUE;
    }
  if (kind == KIND_CENTURY)
    {
      /* "the 20th century" is the years 19xx: TIMEX3 writes "19". */
      int n = number_s ? parse_int (number_s) : 0;
      if (n < 1 || n > 30)
        return FALSE;
      t->value = g_strdup_printf ("%02d", n - 1);
      t->resolution = "absolute";
      return TRUE;
    }
  if (kind == KIND_QUARTER)
    {
      char ordinal_buf[64];
      g_autofree char *ordinal_heap = NULL;
      char *ordinal = number_s ? ascii_lower (number_s, ordinal_buf, sizeof ordinal_buf, &ordinal_heap) : NULL;
      int q = lookup_int (d->ordinals, ordinal);
      /* A year has two halves, the first and the other ("the second
       * half", "the last half", "the latter half"): 1989-H2. */
      gboolean half = unit_s && g_ascii_strcasecmp (unit_s, "half") == 0;
      if (half)
        q = q == 1 ? 1 : 2;
      if (q < 1 || q > 4)
        return FALSE;
      if (!year && anchored && shift) /* "the first quarter of last year" */
        year = g_date_get_year (ref) + step;
      else if (!year && anchored)
        {
          year = g_date_get_year (ref);
          int current = (g_date_get_month (ref) - 1) / (half ? 6 : 3) + 1;
          if (q > current && !tense_future (tense))
            year--; /* a quarter not yet reached is last year's */
        }
      else if (year)
        t->resolution = "absolute";
      char grain = half ? 'H' : 'Q';
      t->value = year ? g_strdup_printf ("%04d-%c%d", year, grain, q) : g_strdup_printf ("XXXX-%c%d", grain, q);
      return TRUE;
    }
  if (kind == KIND_SEASON)
    {
      char season_buf[64];
      g_autofree char *season_heap = NULL;
      const char *code = g_hash_table_lookup (d->seasons, ascii_lower (season_s, season_buf, sizeof season_buf, &season_heap));
      if (code == NULL)
        return FALSE;
      if (year)
        t->resolution = "absolute";
      else if (anchored)
        {
          /* Spring, summer, autumn begin in months 3, 6, 9; winter in 12. */
          int start = strcmp (code, "SP") == 0 ? 3 : strcmp (code, "SU") == 0 ? 6 : strcmp (code, "FA") == 0 ? 9 : 12;
          int y = g_date_get_year (ref), month_now = g_date_get_month (ref);
          gboolean passed = month_now >= start + 3; /* this year's is over */
          if (step < 0)
            year = passed ? y : y - 1;
          else if (step > 0)
            year = month_now < start ? y : y + 1;
          else if (shift == NULL && month_now < start && !tense_future (tense))
            year = y - 1; /* "in the summer", told in March of the past: last year's */
          else if (shift == NULL && passed && tense_future (tense))
            year = y + 1;
          else
            year = y;
        }
      t->value = year ? g_strdup_printf ("%04d-%s", year, code) : g_strdup_printf ("XXXX-%s", code);
      return TRUE;
    }
  if (kind == KIND_REF)
    {
      const char *value = g_hash_table_lookup (d->refs, word); /* {REF} matches its words as written */
      if (value == NULL)
        return FALSE;
      t->resolution = "relative";
      t->value = g_strdup (value);
      return TRUE;
    }

  if (kind == KIND_QUARTERREL || kind == KIND_YEARAGO || kind == KIND_HOLIDAY)
    {
      if (!anchored)
        return FALSE;
      int y = g_date_get_year (ref);
      if (kind == KIND_HOLIDAY)
        {
          const char *rule = g_hash_table_lookup (d->holidays, word_s);
          int mo, dd, nth, wd;
          GDate h;
          g_date_clear (&h, 1);
          if (rule && sscanf (rule, "%d:%d:%d", &nth, &wd, &mo) == 3)
            {
              /* The nth weekday of the month (nth -1: the last), in the year
               * that puts it nearest the reference. */
              int best_year = year_for (ref, mo, 15, tense_future (tense));
              g_date_set_dmy (&h, 1, mo, best_year);
              if (nth > 0)
                {
                  g_date_add_days (&h, (wd - g_date_get_weekday (&h) + 7) % 7 + 7 * (nth - 1));
                }
              else
                {
                  g_date_set_day (&h, g_date_get_days_in_month (mo, best_year));
                  g_date_subtract_days (&h, (g_date_get_weekday (&h) - wd + 7) % 7);
                }
            }
          else if (rule && sscanf (rule, "%d-%d", &mo, &dd) == 2)
            g_date_set_dmy (&h, dd, mo, year_for (ref, mo, dd, tense_future (tense)));
          else
            return FALSE;
          t->value = iso_date (&h);
          return TRUE;
        }
      if (kind == KIND_YEARAGO)
        {
          t->value = g_strdup_printf ("%04d", y - 1);
          t->years_back = 1;
          return TRUE;
        }
      /* The quarter just reported: the last one completed before the
       * reference date; "current" is the reference date's own, a year
       * earlier is four back. */
      int q = (g_date_get_month (ref) - 1) / 3 + 1;
      gboolean current = shift && (strstr (shift, "current") || strstr (shift, "same"));
      if (!current)
        q--;
      if (shift && (strstr (shift, "previous") || strstr (shift, "prior")))
        q--;
      if (shift && strstr (shift, "year-"))
        y--;
      while (q < 1)
        q += 4, y--;
      t->value = g_strdup_printf ("%04d-Q%d", y, q);
      return TRUE;
    }

  /* Everything below needs the reference date. */
  if (kind == KIND_DURATION)
    {
      const char *code = unit_code (d, unit_s);
      if (code == NULL || strcmp (code, "WE") == 0)
        return FALSE;
      double n = number_s ? number_value (d, number_s) : shift ? 1 : -1;
      if (n == 0)
        return FALSE;
      if (n > 0 && group_offset (m, G_HALF)) /* "a minute and a half" */
        n += 0.5;
      t->type = "DURATION";
      t->value = duration_value (n, code);
      t->resolution = "absolute";
      /* "the eight-year plan": before a duration used as an adjective,
       * "the" is the noun's, not the expression's. */
      gsize unit_at = group_offset (m, G_UNIT);
      if (g_ascii_strncasecmp (m->subject + t->start, "the ", 4) == 0 && unit_at > t->start
          && m->subject[unit_at - 1] == '-')
        t->start += 4;
      /* "a five-year plan": the article is not part of the expression. */
      char number_buf[64];
      g_autofree char *number_heap = NULL;
      char *number_lower = number_s ? ascii_lower (number_s, number_buf, sizeof number_buf, &number_heap) : NULL;
      if (number_lower && (g_str_has_prefix (number_lower, "a ") || g_str_has_prefix (number_lower, "an "))
          && !g_hash_table_contains (d->numbers, number_lower) && n != 100 /* "a dozen", "a hundred" */
          && n > 0 /* "a few days" keeps its article */
          && g_ascii_strncasecmp (m->subject + t->start, number_s, strlen (number_s)) == 0)
        t->start += number_lower[1] == 'n' ? 3 : 2;
      return TRUE;
    }
  if (kind == KIND_SET)
    {
      t->type = "SET";
      t->resolution = "absolute";
      const char *code = unit_s ? unit_code (d, unit_s) : NULL;
      if (weekday_s)
        t->value = g_strdup_printf ("XXXX-WXX-%d", lookup_int (d->weekdays, weekday_s)), t->weekday = 0;
      else if (code && strcmp (code, "WE") == 0) /* "on weekends" */
        t->value = g_strdup ("XXXX-WXX-WE");
      else if (season_s)
        {
          char season_buf[64];
          g_autofree char *season_heap = NULL;
          const char *code_of_season
              = g_hash_table_lookup (d->seasons, ascii_lower (season_s, season_buf, sizeof season_buf, &season_heap));
          t->value = g_strdup_printf ("XXXX-%s", code_of_season);
        }
      else if (word)
        {
          const char *every = g_hash_table_lookup (d->frequencies, word);
          if (every == NULL)
            return FALSE;
          t->value = g_strdup (every);
        }
      else
        {
          /* "every week", "every two weeks": P1W, P2W */
          double n = number_s ? number_value (d, number_s) : 1;
          if (code == NULL || n <= 0)
            return FALSE;
          t->value = duration_value (n, code);
        }
      return TRUE;
    }
  if (kind == KIND_TIME)
    {
      const char *hour_s = g.text[G_HOUR], *minute_s = g.text[G_MINUTE];
      const char *ampm = g.text[G_AMPM], *tz = g.text[G_TZ];
      int h, mi = minute_s ? parse_int (minute_s) : 0;
      if (word)
        h = strcmp (word, "midnight") == 0 ? 0 : 12, mi = 0;
      else
        h = hour_of (hour_s, ampm);
      if (h > 23 || mi > 59)
        return FALSE;
      t->utc_offset = zone_suffix (d, tz);
      GDate day_of = *ref;
      if (anchored && t->weekday)
        resolve_weekday (&day_of, t->weekday, FALSE, 0, tense_future (tense));
      t->day_open = t->weekday == 0;
      g_autofree char *date = anchored ? iso_date (&day_of) : g_strdup ("XXXX-XX-XX");
      t->type = "TIME";
      /* Local time, as TIMEX3 writes it; a zone at UTC+0 makes that UTC,
       * which ISO 8601 marks with Z ("12:00 UTC" is T12:00Z). */
      gboolean utc = t->utc_offset && strcmp (t->utc_offset, "+00:00") == 0;
      t->value = g_strdup_printf ("%sT%02d:%02d%s", date, h, mi, utc ? "Z" : "");
      if (!anchored)
        t->resolution = "underspecified";
      return TRUE;
    }
  if (!anchored)
    return FALSE;

  GDate r = *ref;
  if (kind == KIND_RELDAY || kind == KIND_TONIGHT)
    {
      if (strstr (word, "day before yesterday"))
        g_date_subtract_days (&r, 2);
      else if (strstr (word, "day after tomorrow"))
        g_date_add_days (&r, 2);
      else if (g_str_has_prefix (word, "yesterday") || g_str_has_prefix (word, "last night"))
        g_date_subtract_days (&r, 1);
      else if (g_str_has_prefix (word, "tomorrow"))
        g_date_add_days (&r, 1);
      g_autofree char *date = iso_date (&r);
      /* the part of day the last word names, or ends with ("tonight") */
      const char *last_word = strrchr (word, ' ');
      const char *part = g_hash_table_lookup (d->parts, last_word ? last_word + 1 : word);
      GHashTableIter parts;
      gpointer name, code;
      g_hash_table_iter_init (&parts, d->parts);
      while (part == NULL && !last_word && g_hash_table_iter_next (&parts, &name, &code))
        if (g_str_has_suffix (word, name))
          part = code;
      if (part)
        t->type = "TIME", t->value = g_strdup_printf ("%sT%s", date, part);
      else
        t->value = g_steal_pointer (&date);
      return TRUE;
    }
  if (kind == KIND_WEEKDAY)
    {
      /* "Thursday morning" is a part of that day, TIME 1998-02-12TMO,
       * as TIMEX3 and HeidelTime write it, and as "tomorrow morning"
       * is. */
      /* "Wednesday's ruling" names an event as news reports it: one that
       * has happened, whatever the clause around it says of the future
       * ("they would look for ways around Wednesday's ruling"). */
      const char *after = m->subject + m->end;
      gboolean possessive = g_str_has_prefix (after, "'s") || g_str_has_prefix (after, "\u2019s");
      resolve_weekday (&r, t->weekday, shift != NULL, step, shift == NULL && !possessive && tense_future (tense));
      const char *part = g.text[G_PART] ? g_hash_table_lookup (d->parts, g.text[G_PART]) : NULL;
      g_autofree char *date = iso_date (&r);
      if (part)
        t->type = "TIME", t->value = g_strdup_printf ("%sT%s", date, part);
      else
        t->value = g_steal_pointer (&date);
      return TRUE;
    }
  if (kind == KIND_MONTHSHIFT)
    {
      int ref_month = g_date_get_month (&r), y = g_date_get_year (&r);
      if (step < 0)
        y -= month >= ref_month;
      else if (step > 0)
        y += month <= ref_month;
      t->value = g_strdup_printf ("%04d-%02d", y, month);
      return TRUE;
    }
  if (kind == KIND_RELUNIT || kind == KIND_WITHIN)
    {
      const char *code = unit_code (d, unit_s);
      if (code == NULL)
        return FALSE;
      int y = g_date_get_year (&r);
      if (strcmp (code, "Y") == 0 || strcmp (code, "M") == 0 || strcmp (code, "D") == 0)
        t->value = counted_from (&r, code[0], step);
      else if (strcmp (code, "WE") == 0 && shift && g_ascii_strncasecmp (shift, "the", 3) == 0)
        {
          /* "the weekend": the last one in a report of what happened, the
           * next one when the clause speaks of the future, as a weekday. */
          resolve_weekday (&r, G_DATE_SATURDAY, FALSE, 0, tense_future (tense));
          g_autofree char *week = iso_week (&r);
          t->value = g_strdup_printf ("%s-WE", week);
        }
      else if (strcmp (code, "W") == 0 || strcmp (code, "WE") == 0)
        {
          step < 0 ? g_date_subtract_days (&r, 7) : step > 0 ? g_date_add_days (&r, 7) : (void) 0;
          g_autofree char *week = iso_week (&r);
          t->value = strcmp (code, "WE") == 0 ? g_strdup_printf ("%s-WE", week) : g_steal_pointer (&week);
        }
      else if (strcmp (code, "Q") == 0)
        {
          int q = (g_date_get_month (&r) - 1) / 3 + 1 + step;
          if (q < 1)
            q += 4, y--;
          if (q > 4)
            q -= 4, y++;
          t->value = g_strdup_printf ("%04d-Q%d", y, q);
        }
      else if (strcmp (code, "DE") == 0)
        t->value = g_strdup_printf ("%03d", y / 10 + step);
      else if (strcmp (code, "CE") == 0)
        t->value = g_strdup_printf ("%02d", y / 100 + step);
      else
        return FALSE;
      return TRUE;
    }
  if (kind == KIND_ANAPHOR)
    {
      /* "that year", "the following week", "the same day": the value
       * counted from the reference date stands until the stage finds the
       * date named before it (in dates_process). */
      const char *code = unit_code (d, unit_s);
      if (code == NULL || (strcmp (code, "Y") && strcmp (code, "M") && strcmp (code, "W") && strcmp (code, "D")))
        return FALSE;
      t->refers = code[0], t->refers_step = step;
      t->value = counted_from (&r, t->refers, step);
      return TRUE;
    }
  if (kind == KIND_AGO)
    {
      const char *code = unit_code (d, unit_s);
      double n = number_value (d, number_s);
      if (n > 0 && group_offset (m, G_HALF)) /* "an hour and a half later" */
        n += 0.5;
      gboolean forward = strcmp (word, "later") == 0 || strcmp (word, "from now") == 0;
      /* "three days later", "30 days before": TimeML dates the event the
       * word relates, not the span; the expression is the span, P3D. */
      if (code && n != 0 && (strcmp (word, "later") == 0 || strcmp (word, "before") == 0))
        {
          gsize span_end = group_offset (m, G_WORD);
          while (span_end > t->start && g_ascii_isspace (m->subject[span_end - 1]))
            span_end--;
          t->type = "DURATION";
          t->value = duration_value (n, code);
          t->resolution = "absolute";
          t->end = span_end;
          return TRUE;
        }
      if (code && n < 0 && (strcmp (word, "ago") == 0 || strcmp (word, "from now") == 0))
        {
          /* "several years ago": some time back, no date. */
          t->value = g_strdup (forward ? "FUTURE_REF" : "PAST_REF");
          return TRUE;
        }
      if (code && strcmp (code, "Y") == 0 && n > 0 && n != floor (n))
        {
          /* "2 1/2 years ago": 30 months back. */
          code = "M";
          n *= 12;
        }
      if (code == NULL || n <= 0 || n != floor (n))
        return FALSE;
      /* A count no calendar holds ("99999999999999999999 years ago") is
       * no date: the value must stay within the years 1 to 9999. */
      if (strcmp (code, "WE") == 0) /* "a weekend ago": no count of weekends dates a day */
        return FALSE;
      int years_each = strcmp (code, "CE") == 0 ? 100 : strcmp (code, "DE") == 0 ? 10 : strcmp (code, "Y") == 0 ? 1 : 0;
      double unit_days = years_each ? 366.0 * years_each : strcmp (code, "Q") == 0 ? 92 : strcmp (code, "M") == 0 ? 31
                         : strcmp (code, "2W") == 0 ? 14 : strcmp (code, "W") == 0 ? 7 : 1;
      double days_away = n * unit_days;
      guint32 julian = g_date_get_julian (&r);
      if (forward ? julian + days_away > LAST_JULIAN : days_away >= julian)
        return FALSE;
      int k = (int) n;
      if (years_each)
        {
          t->value = g_strdup_printf ("%04d", g_date_get_year (&r) + (forward ? 1 : -1) * k * years_each);
          if (strcmp (code, "Y") == 0 && !forward)
            t->years_back = k;
        }
      else if (strcmp (code, "Q") == 0)
        {
          int q = (g_date_get_month (&r) - 1) / 3 + (forward ? k : -k);
          int y = g_date_get_year (&r) + (q < 0 ? (q - 3) / 4 : q / 4);
          t->value = g_strdup_printf ("%04d-Q%d", y, ((q % 4) + 4) % 4 + 1);
        }
      else if (strcmp (code, "M") == 0)
        {
          forward ? g_date_add_months (&r, k) : g_date_subtract_months (&r, k);
          t->value = g_strdup_printf ("%04d-%02d", g_date_get_year (&r), g_date_get_month (&r));
        }
      else if (strcmp (code, "W") == 0 || strcmp (code, "D") == 0 || strcmp (code, "2W") == 0)
        {
          int days = k * (strcmp (code, "D") == 0 ? 1 : strcmp (code, "W") == 0 ? 7 : 14);
          forward ? g_date_add_days (&r, days) : g_date_subtract_days (&r, days);
          t->value = iso_date (&r);
        }
      else
        t->value = iso_date (&r); /* hours, minutes: the day it was */
      return TRUE;
    }
  return FALSE;
}

/* ---- the stage ------------------------------------------------------------- */

/* How far back "a year earlier" looks for the period it compares with:
 * about two sentences of a business report. */
#define PERIOD_REACH 300
/* How far back "that year", "the following day" look for the date they
 * count from, in bytes: a sentence or two. */
#define ANAPHOR_REACH 600

/* Whether the text between a clock time and a day after it makes them one
 * expression, as TIMEX3 writes it ("5 p.m. EST, Nov. 9", "noon on
 * Thursday", "16:00 UTC today"): spaces, a comma, "on". */
static gboolean
joins_following_day (const char *p, const char *end)
{
  if (end - p > 6)
    return FALSE;
  while (p < end && (*p == ' ' || *p == ','))
    p++;
  if (end - p >= 3 && g_ascii_strncasecmp (p, "on ", 3) == 0)
    p += 3;
  while (p < end && *p == ' ')
    p++;
  return p == end;
}

/* A DATE of one day, known or not ("2009-11-09", "XXXX-11-09"), without a mod. */
static gboolean
is_one_day (const Timex *t)
{
  return strcmp (t->type, "DATE") == 0 && t->mod == NULL && strlen (t->value) == 10 && t->value[4] == '-'
         && t->value[7] == '-';
}

static void
timex_clear (Timex *t)
{
  g_clear_pointer (&t->value, g_free);
  g_clear_pointer (&t->utc_offset, g_free);
  t->anchor[0] = '\0';
}

/* Computes the value of @m against @ref, or without a reference date
 * when @anchored is FALSE; FALSE when @m is no time expression after all.
 * An expression that needs the reference ("yesterday", "last year",
 * "three days ago") is still found without one: its value is computed
 * from a stand-in date and the digits that came from it are masked
 * ("XXXX", "XXXX-XX-XX"), keeping a month that was named ("June last
 * year": "XXXX-06"), and a weekday as TIMEX3 writes one alone
 * ("XXXX-WXX-5").  Its resolution says `underspecified`. */
static gboolean
normalise (const Dates *d, const Match *m, const GDate *ref, Tense *tense, gboolean anchored, Timex *t)
{
  if (normalise_at (d, m, ref, tense, anchored, t))
    {
      /* a date whose year nothing told ("the third quarter", written
       * without a reference date) */
      if (strcmp (t->type, "SET") != 0 && strcmp (t->type, "DURATION") != 0 && strncmp (t->value, "XXXX", 4) == 0)
        t->resolution = "underspecified";
      return TRUE;
    }
  if (anchored)
    return FALSE;
  timex_clear (t);
  *t = (Timex) { 0 };
  GDate stand_in;
  g_date_clear (&stand_in, 1);
  g_date_set_dmy (&stand_in, 15, G_DATE_JUNE, 2000);
  if (!normalise_at (d, m, &stand_in, tense, TRUE, t))
    return FALSE;
  if (m->kind == KIND_WEEKDAY && t->weekday)
    {
      const char *time = strchr (t->value, 'T');
      char *masked = g_strdup_printf ("XXXX-WXX-%d%s", t->weekday, time ? time : "");
      g_free (t->value);
      t->value = masked;
    }
  else
    {
      /* the year always came from the stand-in; the rest unless named */
      gboolean month_named = m->kind == KIND_MONTHREL || m->kind == KIND_MONTHSHIFT;
      for (char *p = t->value; *p && *p != 'T'; p++)
        if (g_ascii_isdigit (*p) && (p - t->value < 4 || !month_named))
          *p = 'X';
    }
  t->resolution = "underspecified";
  return TRUE;
}

static gboolean
emit_timex (AssayDocument *doc, const Timex *t, GError **error)
{
  AssayAnnotation *a = assay_document_add_annotation (doc, "timex", t->start, t->end, t->type, error);
  if (a == NULL)
    return FALSE;
  assay_annotation_set_attr (a, "value", t->value);
  if (t->mod)
    assay_annotation_set_attr (a, "mod", t->mod);
  if (t->anchor[0])
    assay_annotation_set_attr (a, "anchor", t->anchor);
  assay_annotation_set_attr (a, "resolution", t->resolution);
  if (t->utc_offset)
    assay_annotation_set_attr (a, "utc_offset", t->utc_offset);
  if (t->weekday)
    {
      /* one digit, ISO's 1 (Monday) to 7 */
      char wd[4] = { '0' + t->weekday };
      if (t->weekday < 0 || t->weekday > 9)
        g_snprintf (wd, sizeof wd, "%d", t->weekday);
      assay_annotation_set_attr (a, "weekday", wd);
    }
  return TRUE;
}

/* Whether the text between a day and a clock time joins them: nothing
 * but spaces, a comma, and one of "at", "from", "around", "about", "by",
 * "until" ("Friday, at 3 p.m.", "May 29 around noon"). */
static gboolean
joins_day (const char *p, const char *end)
{
  static const char *const links[] = { "at", "from", "around", "about", "by", "until" };
  if (end - p > 10)
    return FALSE;
  while (p < end && (*p == ' ' || *p == ','))
    p++;
  for (guint i = 0; i < G_N_ELEMENTS (links) && p < end; i++)
    {
      gsize n = strlen (links[i]);
      if ((gsize) (end - p) > n && g_ascii_strncasecmp (p, links[i], n) == 0 && p[n] == ' ')
        {
          p += n;
          break;
        }
    }
  while (p < end && *p == ' ')
    p++;
  return p == end;
}

struct Candidate
{
  gsize start, end;
  guint pattern; /* index: earlier wins a tie */
  Match match;   /* its ovector is set once matching is over */
  gsize pairs_at; /* where its ovector starts in the scratch pairs */
};

static int
candidate_order (gconstpointer a, gconstpointer b)
{
  const Candidate *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  gsize lx = x->end - x->start, ly = y->end - y->start;
  if (lx != ly)
    return lx > ly ? -1 : 1;
  return x->pattern < y->pattern ? -1 : (x->pattern > y->pattern);
}

/* Candidates come nearly in order, by where their tries began (a match
 * may start later, at its `expr` group; at one place, a shorter match
 * may come before a longer one), each a few places at most from where
 * it belongs: an insertion sort moves those few, where a merge sort
 * copied every 80-byte candidate through a buffer and back. */
static void
sort_candidates (CandidateList *candidates)
{
  Candidate *c = candidates->items;
  for (guint i = 1; i < candidates->len; i++)
    if (candidate_order (&c[i - 1], &c[i]) > 0)
      {
        Candidate moving = c[i];
        guint j = i;
        for (; j > 0 && candidate_order (&c[j - 1], &moving) > 0; j--)
          c[j] = c[j - 1];
        c[j] = moving;
      }
}

static gboolean
in_section (AssayAnnotation *const *sections, guint n, gsize offset, const char *label)
{
  for (guint i = 0; i < n; i++)
    if (assay_annotation_get_start (sections[i]) <= offset && offset < assay_annotation_get_end (sections[i]))
      return g_strcmp0 (assay_annotation_get_label (sections[i]), label) == 0;
  return FALSE;
}


/* The tense of the clause an expression sits in, from the nearest tense
 * cue before it: "will be named commander for a mission in December"
 * speaks of the future, "said they will meet, after talks ended Friday"
 * of the past.  Cues are tried where tokens start, from the expression
 * back to the start of the window, and the first found decides; where a
 * future and a past cue start together ("expected", "expected on") the
 * future wins.  Searching the whole window forward for its last cue
 * tried every alternative at every letter, ten times the cost: most
 * expressions have a cue a few words before them. */
static gboolean
speaks_of_future (const Tense *tense)
{
  Dates *d = tense->d;
  if (d->cues == NULL)
    return FALSE;
  const guchar *text = (const guchar *) tense->text;
  guint back = 0; /* tokens between this one and the expression */
  for (gsize at = token_before (tense->tokens, tense->end); at != G_MAXSIZE && at >= tense->start;
       at = token_before (tense->tokens, at), back++)
    {
      gboolean near = back < d->cue_reach;
      pcre2_code *cues = near ? d->cues : d->far_cues;
      const guint8 *first = near ? d->cue_first : d->far_cue_first;
      if (cues == NULL)
        break;
      if (!(first[text[at] / 8] >> (text[at] % 8) & 1))
        continue;
      if (!near && at + 3 <= tense->end && text[at] < 128 && text[at + 1] < 128 && text[at + 2] < 128)
        {
          TripleSlot *triple = triple_slot (&d->cue_triples, (text[at] << 14 | text[at + 1] << 7 | text[at + 2]) + 1);
          if (!triple->known)
            triple->known = 1, triple->open = prefix_opens (cues, tense->md, d->far_cues_jit, text + at, 3);
          if (!triple->open)
            continue;
        }
      gboolean jit = near ? d->cues_jit : d->far_cues_jit;
      if ((jit ? pcre2_jit_match (cues, text, tense->end, at, 0, tense->md, NULL)
               : pcre2_match (cues, text, tense->end, at, PCRE2_NO_UTF_CHECK, tense->md, NULL))
          >= 0)
        return strcmp ((const char *) pcre2_get_mark (tense->md), "future") == 0;
    }
  return FALSE;
}

/* The patterns a word starting with digits at @p may anchor, by how many
 * digits lead and what follows them: most numbers in news are no year
 * and no clock time. */
static inline guint64
digit_anchor (const Dates *d, const char *p, const char *end)
{
  guint n = 0;
  while (p + n < end && g_ascii_isdigit (p[n]))
    n++;
  guchar then = p + n < end ? ascii_to_lower (p[n]) : 0;
  guint64 mask = d->class_patterns[NEED_DIGIT];
  if (n == 4)
    mask |= d->class_patterns[NEED_YEAR] | (then < 128 ? d->digits_then[1][then] : 0);
  if (n <= 2)
    mask |= d->class_patterns[NEED_SHORT] | (then < 128 ? d->digits_then[0][then] : 0);
  return mask;
}

/* The lookup key of the @n bytes at @w: their first KEY_BYTES in
 * lowercase, zero-padded, little-endian.  Loaded a word at a time: bytes
 * stored one by one and read back as words stall on store forwarding,
 * and that stall was a third of the word scan.  `| 0x20` lowercases a
 * letter and leaves digits, '-' and '\'' as they are. */
static inline void
word_key (const char *w, gsize n, const char *end, guint64 key[2])
{
  guint64 lo = 0, hi = 0;
  if (end - w >= KEY_BYTES)
    memcpy (&lo, w, 8), memcpy (&hi, w + 8, 8);
  else
    {
      char bytes[KEY_BYTES] = { 0 };
      memcpy (bytes, w, MIN (n, KEY_BYTES));
      memcpy (&lo, bytes, 8), memcpy (&hi, bytes + 8, 8);
    }
  guint64 all = ~G_GUINT64_CONSTANT (0), ones = G_GUINT64_CONSTANT (0x2020202020202020);
  guint64 lo_mask = n >= 8 ? all : (G_GUINT64_CONSTANT (1) << (8 * n)) - 1;
  guint64 hi_mask = n >= KEY_BYTES ? all : n > 8 ? (G_GUINT64_CONSTANT (1) << (8 * (n - 8))) - 1 : 0;
  key[0] = (GUINT64_FROM_LE (lo) | ones) & lo_mask;
  key[1] = (GUINT64_FROM_LE (hi) | ones) & hi_mask;
}

/* The patterns the @n letters (and digits) at @w may anchor, once the
 * shape filter let them by; @end is the document's end. */
static inline guint64
word_anchor (const Dates *d, const char *w, gsize n, const char *end)
{
  guint64 key[2];
  word_key (w, n, end, key);
  return anchor_lookup (d, key, g_ascii_isupper (*w));
}

/* Sixty-four bytes of text as bit masks, bit i for byte i: the ASCII
 * letters and digits words are made of, the bytes that start no token
 * (space, newline, and UTF-8 continuation bytes), and the hyphens and
 * apostrophes that join words.  Past the text's end all are 0.  A mask
 * a block turns each word's and each mark's start into bit arithmetic:
 * a loop byte by byte branched at every word's end and mispredicted
 * there, and was most of the scan. */
typedef struct
{
  guint64 alnum, digit, gap, joiner, valid;
} Block;

static inline void
block_masks (const guchar *p, Block *b)
{
#ifdef __SSE2__
  guint64 a = 0, n = 0, g = 0, j = 0;
  for (guint i = 0; i < 64; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (p + i));
      /* a range test as one signed comparison: shifted so the range
       * starts at -128 */
      __m128i digit = _mm_cmplt_epi8 (_mm_add_epi8 (v, _mm_set1_epi8 ((char) (0x80 - '0'))), _mm_set1_epi8 (-128 + 10));
      __m128i lower = _mm_or_si128 (v, _mm_set1_epi8 (0x20));
      __m128i letter = _mm_cmplt_epi8 (_mm_add_epi8 (lower, _mm_set1_epi8 ((char) (0x80 - 'a'))), _mm_set1_epi8 (-128 + 26));
      __m128i space = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (' ')), _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\n')));
      __m128i continuation = _mm_cmpeq_epi8 (_mm_and_si128 (v, _mm_set1_epi8 ((char) 0xC0)), _mm_set1_epi8 ((char) 0x80));
      __m128i joiner = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('-')), _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\'')));
      a |= (guint64) (guint16) _mm_movemask_epi8 (_mm_or_si128 (digit, letter)) << i;
      n |= (guint64) (guint16) _mm_movemask_epi8 (digit) << i;
      g |= (guint64) (guint16) _mm_movemask_epi8 (_mm_or_si128 (space, continuation)) << i;
      j |= (guint64) (guint16) _mm_movemask_epi8 (joiner) << i;
    }
#else
  guint64 a = 0, n = 0, g = 0, j = 0;
  for (guint i = 0; i < 64; i++)
    {
      a |= (guint64) (g_ascii_isalnum (p[i]) != 0) << i;
      n |= (guint64) (g_ascii_isdigit (p[i]) != 0) << i;
      g |= (guint64) (p[i] == ' ' || p[i] == '\n' || (p[i] & 0xC0) == 0x80) << i;
      j |= (guint64) (p[i] == '-' || p[i] == '\'') << i;
    }
#endif
  b->alnum = a & b->valid, b->digit = n & b->valid, b->gap = g, b->joiner = j & b->valid;
}

/* The masks of the block at @block of @text (@length bytes). */
static inline void
read_block (const char *text, gsize length, gsize block, Block *b)
{
  if (block >= length)
    {
      *b = (Block){ 0 };
      return;
    }
  if (length - block >= 64)
    {
      b->valid = ~G_GUINT64_CONSTANT (0);
      block_masks ((const guchar *) text + block, b);
    }
  else
    {
      guchar tail[64] = { 0 };
      memcpy (tail, text + block, length - block);
      b->valid = (G_GUINT64_CONSTANT (1) << (length - block)) - 1;
      block_masks (tail, b);
    }
}

/* A word being read: its parts joined by hyphens or apostrophes
 * ("third-quarter", "mid-November", "Friday's", "50-minute") each may
 * anchor patterns, and so may the whole. */
typedef struct
{
  gsize start, end;
  guint64 mask;
  gboolean joined;
} Word;

/* prefix_opens() for pattern @index. */
static gboolean
pattern_opens (const Dates *d, guint index, const guchar *bytes, guint n)
{
  const Pattern *pat = &g_array_index (d->patterns, Pattern, index);
  return prefix_opens (pat->re, pat->md, pat->jit, bytes, n);
}

/* Tries pattern @index anchored at @offset of @text, which ends for it
 * at @end, and adds a match to @candidates (its pairs to @pairs).
 * Returns whether it matched, and where the match ends in *@match_end. */
static gboolean
try_pattern (const Dates *d, guint index, const char *text, gsize offset, gsize end, CandidateList *candidates,
             PairList *pairs, gsize *match_end)
{
  const Pattern *pat = &g_array_index (d->patterns, Pattern, index);
  pcre2_match_data *md = pat->md;
  int rc = pat->jit ? pcre2_jit_match (pat->re, (PCRE2_SPTR) text, end, offset, 0, md, NULL)
                    : pcre2_match (pat->re, (PCRE2_SPTR) text, end, offset, PCRE2_NO_UTF_CHECK, md, NULL);
  if (rc < 0)
    return FALSE;
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer (md);
  gsize pairs_at = pairs->len, n_pairs = 2 * pcre2_get_ovector_count (md);
  if (pairs->len + n_pairs > pairs->size)
    {
      pairs->size = MAX (MAX (1024, 2 * pairs->size), pairs->len + n_pairs);
      pairs->items = g_renew (PCRE2_SIZE, pairs->items, pairs->size);
    }
  memcpy (pairs->items + pairs->len, ov, n_pairs * sizeof *ov);
  pairs->len += n_pairs;
  /* A pattern may match context around the expression and mark the
   * expression itself as the group `expr`. */
  gsize s = ov[0], e = ov[1];
  if (pat->expr > 0 && ov[2 * pat->expr] != PCRE2_UNSET)
    s = ov[2 * pat->expr], e = ov[2 * pat->expr + 1];
  Candidate c = { s, e, index, { pat->kind, s, e, pat->groups, pat->named, pat->n_named, NULL, text }, pairs_at };
  if (e > s)
    {
      if (candidates->len == candidates->size)
        {
          candidates->size = MAX (64, 2 * candidates->size);
          candidates->items = g_renew (Candidate, candidates->items, candidates->size);
        }
      candidates->items[candidates->len++] = c;
    }
  *match_end = ov[1];
  return TRUE;
}

/* The bits set in @x.  __builtin_popcountll() is a call into libgcc
 * where the build may not assume the POPCNT instruction (x86-64's
 * baseline has none): the same sum of bits in halves, inline. */
static inline guint
bits_set (guint64 x)
{
  x -= (x >> 1) & G_GUINT64_CONSTANT (0x5555555555555555);
  x = (x & G_GUINT64_CONSTANT (0x3333333333333333)) + ((x >> 2) & G_GUINT64_CONSTANT (0x3333333333333333));
  x = (x + (x >> 4)) & G_GUINT64_CONSTANT (0x0F0F0F0F0F0F0F0F);
  return (x * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56;
}

/* How many tokens start in [@from, @to). */
static inline guint
tokens_between (const Tokens *tokens, gsize from, gsize to)
{
  guint n = 0;
  for (gsize w = from / 64; from < to && w <= (to - 1) / 64; w++)
    {
      guint64 m = tokens->bits[w];
      if (w == from / 64)
        m &= ~G_GUINT64_CONSTANT (0) << (from % 64);
      if (w == (to - 1) / 64)
        m &= ~G_GUINT64_CONSTANT (0) >> (63 - (to - 1) % 64);
      n += bits_set (m);
    }
  return n;
}

/* The start of the @n-th token before @at (@at itself when @n is 0),
 * or @floor when fewer start from @floor on. */
static inline gsize
tokens_back (const Tokens *tokens, gsize at, guint n, gsize floor)
{
  if (n == 0)
    return at;
  if (at <= floor)
    return floor;
  /* Most anchors reach back to @floor (WINDOW_BEFORE bytes at most): a
   * count tells without the walk token by token. */
  guint within = tokens_between (tokens, floor, at);
  if (within <= n)
    return within == n ? token_from (tokens, floor) : floor;
  gsize w = (at - 1) / 64;
  guint64 m = tokens->bits[w] & (~G_GUINT64_CONSTANT (0) >> (63 - (at - 1) % 64));
  for (;;)
    {
      while (m == 0)
        {
          if (w * 64 <= floor)
            return floor;
          m = tokens->bits[--w];
        }
      guint top = 63 - __builtin_clzll (m);
      if (w * 64 + top < floor)
        return floor;
      if (--n == 0)
        return w * 64 + top;
      m &= ~(G_GUINT64_CONSTANT (1) << top);
    }
}

/* Runs the patterns over @text where their anchors let them, and adds
 * the matches to @candidates.
 *
 * A match holds a word that anchors its pattern, so a pattern is tried
 * only at the tokens from as many before such a word as its BEFORE says
 * (and WINDOW_BEFORE bytes at most) up to its end, and only where PCRE2
 * says a match can start with that byte (and the next ones:
 * Dates.pairs, Dates.triples).  Searching a window with PCRE2 instead
 * would try the pattern at each byte, and a pattern that opens with
 * optional words ("about", "the last") costs over a microsecond per
 * hundred bytes that way.  One pass over the tokens serves every
 * pattern: the anchors whose ranges hold a token (a run of them, as
 * ranges and words come in order) give the patterns to try there.
 * Leftmost matches of each pattern, none overlapping, as a search would
 * find. */
static void
match_anchors (Dates *d, const char *text, AnchorList *anchors, const Tokens *tokens, CandidateList *candidates,
               PairList *pairs)
{
  Anchor *a = anchors->items;
  guint n = anchors->len, head = 0, next = 0;
  /* An anchor's range may start before the one before it: the sweep
   * takes anchors in, and out, in order. */
  for (guint k = n; k-- > 1;)
    a[k - 1].from = MIN (a[k - 1].from, a[k].from);
  gsize resume[MAX_PATTERNS] = { 0 };
  gsize end = 0; /* where the text ends for a match starting here */
  guint64 named = 0; /* the patterns the anchors in range name */
  gsize ordinal = 0; /* the token's here, counted as the sweep moves on */
  for (gsize offset = token_from (tokens, 0); offset < tokens->length;)
    {
      guint before = head + next;
      for (; next < n && a[next].from <= offset; next++)
        a[next].ordinal = ordinal + tokens_between (tokens, offset, a[next].start);
      while (head < next && a[head].end <= offset)
        head++;
      if (head == next)
        {
          if (next == n)
            break;
          /* no anchor here: on to the first token of the next one's
           * range (no anchor in range counts on the ordinal) */
          offset = token_from (tokens, MAX (a[next].from, offset + 1));
          continue;
        }
      if (head + next != before)
        {
          /* the sentence's end, and room for the longest rest after the
           * last anchor ("29, 2025 15:23 IST") */
          end = a[next - 1].end + WINDOW_AFTER, named = 0;
          for (guint k = head; k < next; k++)
            end = MIN (end, a[k].sentence_end), named |= a[k].patterns;
        }
      gsize here = offset;
      offset = token_from (tokens, offset + 1);
      gsize at = ordinal++;
      guchar b1 = text[here];
      guint64 open = named & d->first_open[b1];
      if (open == 0)
        continue;
      /* of those, the ones whose BEFORE reaches an anchor from here */
      guint64 reachable = 0;
      for (guint k = head; k < next; k++)
        reachable |= a[k].patterns & d->reach[a[k].ordinal > at ? MIN (a[k].ordinal - at, MAX_BEFORE) : 0];
      open &= reachable;
      if (open == 0)
        continue;
      guchar b2 = here + 1 < end ? text[here + 1] : 0x80;
      if (b1 < 128 && b2 < 128)
        {
          guint pair = b1 * 128 + b2;
          guint64 unknown = open & d->pair_filtered & ~d->pairs[pair].known;
          for (guint64 bits = unknown; bits; bits &= bits - 1)
            if (pattern_opens (d, __builtin_ctzll (bits), (const guchar *) text + here, 2))
              d->pairs[pair].open |= bits & -bits;
          d->pairs[pair].known |= unknown;
          open &= d->pairs[pair].open | ~d->pair_filtered;
          guchar b3 = here + 2 < end ? text[here + 2] : 0x80;
          if ((open & d->pair_filtered) && b3 < 128)
            {
              TripleSlot *triple = triple_slot (&d->triples, (b1 << 14 | b2 << 7 | b3) + 1);
              unknown = open & d->pair_filtered & ~triple->known;
              for (guint64 bits = unknown; bits; bits &= bits - 1)
                if (pattern_opens (d, __builtin_ctzll (bits), (const guchar *) text + here, 3))
                  triple->open |= bits & -bits;
              triple->known |= unknown;
              open &= triple->open | ~d->pair_filtered;
            }
        }
      for (; open; open &= open - 1)
        {
          guint p = __builtin_ctzll (open);
          gsize match_end;
          if (here >= resume[p] && try_pattern (d, p, text, here, end, candidates, pairs, &match_end))
            resume[p] = MAX (match_end, here + 1);
        }
    }
}

/* Where a walk through a document's sentences, offset by offset in
 * order, has come: the sentence before the first one that starts after
 * the offset, its bounds kept at hand (the annotations' getters are
 * calls into libassay, and words and candidates are many). */
typedef struct
{
  AssayAnnotation *const *sentences;
  guint n, next;    /* the first sentence starting after the offset */
  gsize next_start; /* its start, G_MAXSIZE past the last */
  gsize start, end; /* the bounds of sentence next - 1, when next > 0 */
} SentenceWalk;

static void
sentence_walk_init (SentenceWalk *walk, AssayAnnotation *const *sentences, guint n)
{
  *walk = (SentenceWalk){ sentences, n, 0, n ? assay_annotation_get_start (sentences[0]) : G_MAXSIZE, 0, 0 };
}

/* Moves @walk on to @offset, which is no smaller than the last one. */
static inline void
sentence_walk_to (SentenceWalk *walk, gsize offset)
{
  while (walk->next_start <= offset)
    {
      walk->start = walk->next_start;
      walk->end = assay_annotation_get_end (walk->sentences[walk->next]);
      walk->next++;
      walk->next_start = walk->next < walk->n ? assay_annotation_get_start (walk->sentences[walk->next]) : G_MAXSIZE;
    }
}

/* Ends the word @w of @text: a joined word anchors as a whole too, and a
 * word that anchors anything becomes an anchor (start, end, patterns, and
 * its sentence's start and end).  @sentences moves on with the words,
 * which come in order. */
static void
finish_word (const Dates *d, const char *text, gsize length, Word *w, const Tokens *tokens, AnchorList *anchors,
             SentenceWalk *sentences)
{
  if (w->joined)
    {
      guint64 key[2];
      word_key (text + w->start, w->end - w->start, text + length, key);
      w->mask |= anchor_lookup (d, key, g_ascii_isupper (text[w->start]));
    }
  if (w->mask == 0)
    return;
  Anchor anchor = { w->start, w->end, w->mask, 0, length, 0 };
  sentence_walk_to (sentences, anchor.start);
  /* A word in no sentence has the text since the last one. */
  gsize floor = 0;
  if (sentences->next > 0 && sentences->end >= anchor.end)
    floor = sentences->start, anchor.sentence_end = sentences->end;
  else if (sentences->next > 0)
    floor = sentences->end;
  floor = MAX (floor, anchor.start > WINDOW_BEFORE ? anchor.start - WINDOW_BEFORE : 0);
  /* as many tokens back as the most any of its patterns may hold
   * before it (eight lookups side by side, where a search by halves of
   * d->reach made a chain of six) */
  guint most = 0;
  for (guint k = 0; k < 8; k++)
    most = MAX (most, d->most_before[k][(anchor.patterns >> (8 * k)) & 0xff]);
  anchor.from = tokens_back (tokens, anchor.start, most, floor);
  if (anchors->len == anchors->size)
    {
      anchors->size = MAX (64, 2 * anchors->size);
      anchors->items = g_renew (Anchor, anchors->items, anchors->size);
    }
  anchors->items[anchors->len++] = anchor;
}

/* Whether the word at @at opens its sentence, which starts at
 * @sentence_start: only quotes, brackets and spaces before it, or a mark
 * that opens a clause the way a sentence does ("He said: \"Today...").
 * Bytes beyond ASCII are read as quotes and dashes. */
static gboolean
opens_sentence (const char *text, gsize sentence_start, gsize at)
{
  while (at > sentence_start)
    {
      guchar c = text[at - 1];
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
        return TRUE;
      if (!(c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`' || c == '(' || c == ')' || c == '[' || c == ']'
            || c == '-' || c >= 0x80))
        return FALSE;
      at--;
    }
  return TRUE;
}

/* Whether the @n letters at @w are a word English may capitalise in any
 * place: a month's, a weekday's or a season's name, one or many
 * ("Fridays", "Spring"). */
static gboolean
capitalised_anyway (const Dates *d, const char *w, gsize n)
{
  char word[32];
  if (n >= sizeof word)
    return FALSE;
  memcpy (word, w, n);
  word[n] = '\0';
  return g_hash_table_contains (d->capitalised, word);
}

/* Whether [@start, @end) holds a word English capitalises only in a name:
 * capitalised, not first in its sentence, not after a number ("the 19th
 * Century" is a common style), and not capitalised_anyway() ("BBC Radio
 * 4's Today programme", "Footballer of the Year", "the East Anglian
 * Daily Times").  In a headline in title case, where no word of four
 * letters or more is in lowercase, capitals say nothing. */
static gboolean
names_something (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start, gsize sentence_end)
{
  gboolean capitalised = FALSE;
  for (gsize p = start; p < end && !capitalised;)
    {
      gsize e = p;
      while (e < end && g_ascii_isalpha (text[e]))
        e++;
      if (e == p)
        {
          p++;
          continue;
        }
      gsize before = p;
      while (before > start && (text[before - 1] == ' ' || text[before - 1] == '-'))
        before--;
      gboolean after_number = before > start && before < p && g_ascii_isalnum (text[before - 1]);
      while (after_number && before > start && g_ascii_isalnum (text[before - 1]))
        before--;
      after_number = after_number && g_ascii_isdigit (text[before]);
      if ((p == start || !g_ascii_isalnum (text[p - 1])) && g_ascii_isupper (text[p]) && e - p >= 2
          && g_ascii_islower (text[p + 1]) && !after_number && !opens_sentence (text, sentence_start, p))
        capitalised = !capitalised_anyway (d, text + p, e - p);
      p = e;
    }
  if (!capitalised)
    return FALSE;
  for (gsize p = sentence_start; p < sentence_end;)
    {
      gsize e = p;
      while (e < sentence_end && g_ascii_isalpha (text[e]))
        e++;
      if (e - p >= 4 && g_ascii_islower (text[p]) && (p == sentence_start || !g_ascii_isalnum (text[p - 1])))
        return TRUE;
      p = e > p ? e : p + 1;
    }
  return FALSE;
}

static gboolean
dates_process (gpointer data, AssayDocument *doc, GError **error)
{
  Dates *d = data;
  gsize length;
  const char *text = assay_document_get_text (doc, &length);

  GDate ref;
  const char *published = assay_document_get_meta (doc, d->reference_key);
  /* Dates counted from a reference nobody could read would all be wrong,
   * and quietly so. */
  g_autoptr (GError) date_error = NULL;
  gboolean anchored = published && *published && reference_read (published, &ref, &date_error);
  if (date_error)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT, "metadata '%s' is %s", d->reference_key,
                   date_error->message);
      return FALSE;
    }
  if (!anchored && d->has_reference)
    ref = d->reference, anchored = TRUE;
  gboolean from_text = !anchored; /* anchor on full dates as they come */

  guint n_sentences, n_sections;
  AssayAnnotation *const *sentences = assay_document_get_annotations (doc, "sentence", &n_sentences);
  AssayAnnotation *const *sections = assay_document_get_annotations (doc, "section", &n_sections);

  /* One pass over the words: which patterns each may anchor. */
  if (d->scratch.cue == NULL)
    d->scratch.cue = pcre2_match_data_create (4, NULL);
  AnchorList *anchors = &d->scratch.anchors;
  CandidateList *candidates = &d->scratch.candidates;
  PairList *pairs = &d->scratch.pairs;
  anchors->len = 0;
  candidates->len = 0;
  pairs->len = 0;
  if (length >= G_MAXUINT32)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "document of %" G_GSIZE_FORMAT " bytes: the dates stage reads at most 4 GiB", length);
      return FALSE;
    }
  gsize n_words = (length + 63) / 64;
  if (d->scratch.tokens_size < n_words)
    {
      d->scratch.tokens_size = MAX (n_words, 2 * d->scratch.tokens_size);
      d->scratch.tokens = g_renew (guint64, d->scratch.tokens, d->scratch.tokens_size);
    }
  Tokens tokens = { d->scratch.tokens, length };
  SentenceWalk walk;
  sentence_walk_init (&walk, sentences, n_sentences);
  Word word = { 0, 0, 0, FALSE };
  /* whether the byte before the block is alphanumeric, and a joiner */
  guint64 carry = 0, joiner_carry = 0;
  Block next;
  read_block (text, length, 0, &next);
  for (gsize block = 0; block < length; block += 64)
    {
      /* the next block's masks too: a word that runs past its block ends
       * where the next block's letters and digits do */
      Block cur = next;
      read_block (text, length, block + 64, &next);
      guint64 alnum = cur.alnum;
      guint64 starts = alnum & ~((alnum << 1) | carry);
      guint64 marks = ~alnum & ~cur.gap & cur.valid;
      tokens.bits[block / 64] = starts | marks;
      /* words right after a hyphen or an apostrophe */
      guint64 after_joiner = starts & ((cur.joiner << 1) | joiner_carry);
      carry = alnum >> 63, joiner_carry = cur.joiner >> 63;
      /* Most words anchor nothing and join nothing: a first pass picks
       * the words to read, without a branch for each word (one taken a
       * fifth of the time, at random, mispredicted often): those that
       * start with a digit, follow or precede a joiner, or have the
       * shape of a form.  (The word before stays open meanwhile; a word
       * passed over could neither have joined it nor have been joined
       * by the next.) */
      guint64 read = starts & (cur.digit | after_joiner);
      for (guint64 left = starts & ~read; left; left &= left - 1)
        {
          guint at = __builtin_ctzll (left);
          const guchar *w = (const guchar *) text + block + at;
          /* its length, up to 63, on into the next block; the byte
           * after it is in the text (at worst its closing NUL) */
          guint64 run = (alnum >> at) | (next.alnum << 1 << (63 - at));
          guint n = __builtin_ctzll (~run | G_GUINT64_CONSTANT (1) << 63);
          guint shape = shape_bit (w, n);
          guint64 pass = ((d->shape_filter[shape / 64] >> (shape % 64)) & 1) | (w[n] == '-') | (w[n] == '\'') | (n == 63);
          read |= pass << at;
        }
      for (; read; read &= read - 1)
        {
          guint at = __builtin_ctzll (read);
          gsize s = block + at, e;
          guint64 rest = at < 63 ? ~alnum >> (at + 1) : 0;
          if (rest)
            e = s + 1 + __builtin_ctzll (rest);
          else if (~next.alnum)
            e = block + 64 + __builtin_ctzll (~next.alnum);
          else
            for (e = block + 128; e < length && g_ascii_isalnum (text[e]); e++)
              ;
          gboolean digit = g_ascii_isdigit (text[s]);
          gboolean continues = word.end > 0 && s == word.end + 1 && (text[word.end] == '-' || text[word.end] == '\'');
          if (!continues)
            {
              if (word.mask || word.joined)
                finish_word (d, text, length, &word, &tokens, anchors, &walk);
              word.start = s, word.mask = 0, word.joined = FALSE;
            }
          else
            word.joined = TRUE;
          word.end = e;
          if (digit)
            word.mask |= digit_anchor (d, text + s, text + length);
          else
            word.mask |= word_anchor (d, text + s, e - s, text + length);
        }
    }
  finish_word (d, text, length, &word, &tokens, anchors, &walk);

  match_anchors (d, text, anchors, &tokens, candidates, pairs);
  for (guint i = 0; i < candidates->len; i++)
    candidates->items[i].match.ovector = pairs->items + candidates->items[i].pairs_at;
  sort_candidates (candidates);
  pcre2_match_data *cue = d->scratch.cue;
  gsize taken_until = 0;
  /* most documents have no references section, and need no lookup for
   * each expression */
  gboolean has_references = FALSE;
  for (guint i = 0; i < n_sections && !has_references; i++)
    has_references = g_strcmp0 (assay_annotation_get_label (sections[i]), "references") == 0;
  sentence_walk_init (&walk, sentences, n_sentences);
  char ref_iso[16] = ""; /* the reference as YYYY-MM-DD, "" until written or when it changed */
  char last_day[10]; /* the last DATE of one day, YYYY-MM-DD, ending at last_day_end */
  gsize last_day_end = 0;
  gboolean ok = TRUE;
  Timex pending = { 0 }; /* found, not yet written: a day may follow it */
  char last_period[8];   /* the last quarter or month named, YYYY-QN or YYYY-MM */
  gsize last_period_end = 0;
  int last_named[3] = { 0 }; /* the last date named (year, month, day), to its grain: 'Y', 'M' or 'D' */
  char last_named_grain = 0;
  gsize last_named_end = 0;

  for (guint i = 0; i < candidates->len && ok; i++)
    {
      Candidate *c = &candidates->items[i];
      if (c->start < taken_until)
        continue;
      /* A longer match starting inside this one does not take over, but one
       * that begins here and is longer already came first. */
      gsize sentence_start = 0, sentence_end = length;
      /* the first sentence starting after the candidate (they come in order) */
      sentence_walk_to (&walk, c->start);
      if (walk.next > 0 && walk.end >= c->end)
        sentence_start = walk.start, sentence_end = walk.end;
      if (c->match.kind != KIND_HOLIDAY && names_something (d, text, c->start, c->end, sentence_start, sentence_end))
        continue;
      gboolean citation = has_references && in_section (sections, n_sections, c->start, "references");
      /* The tense just before the expression, not of the whole sentence:
       * "He said Friday that talks will resume" speaks of a past Friday,
       * "talks will resume Friday" of a future one. */
      gsize near_start = MAX (sentence_start, c->start > 200 ? c->start - 200 : 0);
      gsize near_end = c->start;
      while (near_start > sentence_start && ((guchar) text[near_start] & 0xC0) == 0x80)
        near_start--;
      Tense tense = { d, text, near_start, near_end, &tokens, cue, -1 };

      Timex t = { 0 };
      if (!normalise (d, &c->match, &ref, &tense, anchored && !citation, &t))
        continue;
      taken_until = c->end;
      if (t.end == 0)
        t.end = c->end;
      if (anchored && !citation && strcmp (t.resolution, "relative") == 0)
        {
          /* written once for each reference, not for each expression */
          if (ref_iso[0] == '\0'
              && !calendar_write (ref_iso, g_date_get_year (&ref), g_date_get_month (&ref), g_date_get_day (&ref)))
            g_snprintf (ref_iso, sizeof ref_iso, "%04d-%02d-%02d", g_date_get_year (&ref), g_date_get_month (&ref),
                        g_date_get_day (&ref));
          memcpy (t.anchor, ref_iso, sizeof t.anchor);
        }
      /* "next Friday at 3 p.m.": a clock time right after a day is on
       * that day, not on the reference date. */
      if (t.day_open && last_day_end > 0 && joins_day (text + last_day_end, text + t.start))
        memcpy (t.value, last_day, 10), t.day_open = FALSE;
      /* "Third-quarter profit fell from $5 million a year earlier": the
       * year before the period just named, at its grain (1988-Q3). */
      if (t.years_back && last_period_end > 0 && t.start - last_period_end <= PERIOD_REACH
          && parse_int (last_period) - t.years_back == parse_int (t.value))
        {
          g_free (t.value);
          t.value = g_strdup_printf ("%04d%s", parse_int (last_period) - t.years_back, last_period + 4);
        }
      /* "On May 22, 1995, he was promoted, and the following year...":
       * counted from the date named before, when it has the grain; "that
       * day" after "in October 2004" is a day of that month, 2004-10-XX,
       * and "that week" after "in 2004" a week of that year, 2004-WXX. */
      if (t.refers && last_named_grain && t.start - last_named_end <= ANAPHOR_REACH)
        {
          gboolean has_grain = t.refers == 'Y' || last_named_grain == 'D' || (t.refers == 'M' && last_named_grain == 'M');
          int y = last_named[0], mo = last_named_grain == 'M' ? last_named[1] : 0;
          if (has_grain)
            {
              GDate named;
              g_date_clear (&named, 1);
              g_date_set_dmy (&named, last_named[2], last_named[1], y);
              g_free (t.value);
              t.value = counted_from (&named, t.refers, t.refers_step);
              g_snprintf (t.anchor, sizeof t.anchor, "%04d-%02d-%02d", y, last_named[1], last_named[2]);
              t.resolution = "relative";
            }
          else if (t.refers_step == 0)
            {
              g_free (t.value);
              t.value = t.refers == 'W' ? g_strdup_printf ("%04d-WXX", y)
                        : mo ? g_strdup_printf ("%04d-%02d-XX", y, mo)
                        : g_strdup_printf (t.refers == 'D' ? "%04d-XX-XX" : "%04d-XX", y);
              if (mo)
                g_snprintf (t.anchor, sizeof t.anchor, "%04d-%02d", y, mo);
              else
                g_snprintf (t.anchor, sizeof t.anchor, "%04d", y);
              t.resolution = "relative";
            }
        }
      /* "3 p.m. Friday": the day after a clock time is its day, and the
       * two are one expression.  The time waits in @pending for it. */
      if (pending.value && pending.day_open && is_one_day (&t) && joins_following_day (text + pending.end, text + t.start))
        {
          memcpy (pending.value, t.value, 10);
          pending.end = t.end;
          pending.day_open = FALSE;
          pending.weekday = t.weekday ? t.weekday : pending.weekday;
          if (strcmp (pending.resolution, "underspecified") != 0)
            pending.resolution = t.resolution;
          memcpy (pending.anchor, t.anchor, sizeof pending.anchor);
          timex_clear (&t);
          continue;
        }
      if (pending.value && !(ok = emit_timex (doc, &pending, error)))
        {
          timex_clear (&t);
          break;
        }
      timex_clear (&pending);
      gboolean is_date = strcmp (t.type, "DATE") == 0;
      gboolean dated = is_date && g_ascii_isdigit (t.value[0]); /* a year known */
      gsize value_len = strlen (t.value);
      if (dated && value_len == 10)
        memcpy (last_day, t.value, 10), last_day_end = c->end;
      /* A quarter or a month of a year: "the third quarter", "in September". */
      if (dated && value_len == 7 && t.value[4] == '-' && !t.years_back)
        memcpy (last_period, t.value, 8), last_period_end = c->end;
      /* A date named, for "that year" and the like after it. */
      if (dated && !t.refers && value_len >= 4)
        {
          int y = parse_int (t.value), mo = value_len >= 7 && t.value[4] == '-' && g_ascii_isdigit (t.value[5])
                                           ? parse_int (t.value + 5) : 0;
          int dd = mo && value_len == 10 ? parse_int (t.value + 8) : 0;
          if (y >= 1 && valid_dmy (dd ? dd : 1, mo ? mo : 1, y) && !strchr (t.value, 'X'))
            {
              last_named[0] = y, last_named[1] = mo ? mo : 1, last_named[2] = dd ? dd : 1;
              last_named_grain = dd ? 'D' : mo ? 'M' : 'Y';
              last_named_end = c->end;
            }
        }
      /* Without a reference date, the latest full date is the anchor. */
      if (from_text && !citation && is_date && strcmp (t.resolution, "absolute") == 0 && timex_day (t.value, value_len, &ref))
        {
          ref_iso[0] = '\0';
          anchored = anchored || value_len == 10;
        }
      pending = t;
    }
  if (ok && pending.value)
    ok = emit_timex (doc, &pending, error);
  timex_clear (&pending);
  return ok;
}

static const AssayOptionSpec dates_options[] = {
  { .name = "reference-key", .type = ASSAY_OPTION_STRING, .default_value = "published",
    .help = "The metadata key whose date anchors relative expressions" },
  { .name = "reference-date", .type = ASSAY_OPTION_STRING, .default_value = NULL,
    .help = "Anchor (YYYY-MM-DD) for documents without that metadata; else assay run --reference-date, "
            "else the latest full date earlier in the text" },
  { .name = "zones", .type = ASSAY_OPTION_STRING, .default_value = NULL,
    .help = "Time-zone readings that override data/timezones.tsv, as NAME=+HH:MM,... (IST=+01:00)" },
  { .name = "lexicon", .type = ASSAY_OPTION_PATH, .default_value = "lexicon.tsv",
    .help = "Month, weekday, number, unit, season and part-of-day words, holidays, words for the "
            "present, past and future, shift words (last, this, next); cues of the future and the past" },
  { .name = "patterns", .type = ASSAY_OPTION_PATH, .default_value = "patterns.tsv",
    .help = "How time expressions are written, each with the kind of normalisation it gets" },
  { .name = "timezones", .type = ASSAY_OPTION_PATH, .default_value = "timezones.tsv",
    .help = "Time-zone abbreviations and their UTC offsets" },
  { .name = NULL },
};

static const char *const dates_requires[] = { "sentence", "section", "meta:published", NULL };
static const char *const dates_provides[] = { "timex", NULL };

static const AssayStageDesc dates_desc = {
  ASSAY_STAGE_DESC_HEADER,
  .name = "dates",
  .version = "0.1.0",
  .summary = "Find dates, times, durations and sets, with their TIMEX3 values",
  .license = "MIT",
  .requires = dates_requires,
  .provides = dates_provides,
  .options = dates_options,
  .threading = ASSAY_THREADING_PER_WORKER,
  .create = dates_create,
  .process = dates_process,
  .destroy = dates_destroy,
};

ASSAY_PLUGIN_DEFINE (&dates_desc)
