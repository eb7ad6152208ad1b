/* scan.c: finding candidate matches: one pass over the words finds the
 * anchors (the words a pattern needs), and one sweep over the tokens tries
 * the patterns those anchors name, where their hints let them.  The only
 * file of the stage with SIMD and bit tricks; dates_scan() is its door. */
#include "dates-private.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define KEY_BYTES 16

static inline guint64
anchor_hash (const guint64 key[2])
{
  guint64 h = (key[0] ^ (key[1] * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15))) * G_GUINT64_CONSTANT (0xFF51AFD7ED558CCD);
  return h ^ (h >> 32);
}

/* A slot's mark in Bank.anchor_marks: sixteen bits of its key's hash
 * (not those that chose the slot), never 0, which marks an empty slot. */
static inline guint16
anchor_mark (guint64 h)
{
  return (guint16) (h >> 48) | 1;
}

/* The patterns of bank @b a word anchors, from the first KEY_BYTES
 * bytes of its lowercase form (zero-padded, little-endian) and their
 * anchor_hash() @h, the same in every bank; @capital: the word is
 * capitalised. */
static inline guint64
anchor_lookup (const Bank *b, const guint64 key[2], guint64 h, gboolean capital)
{
  guint16 mark = anchor_mark (h);
  for (guint slot = h & (b->anchor_slots - 1); b->anchor_marks[slot]; slot = (slot + 1) & (b->anchor_slots - 1))
    if (b->anchor_marks[slot] == mark && b->anchor_table[slot].key[0] == key[0] && b->anchor_table[slot].key[1] == key[1])
      return b->anchor_table[slot].any | (capital ? b->anchor_table[slot].capital : 0);
  return 0;
}

/* The shape filter's bit for a word of @n bytes whose first two bytes
 * are @first (little-endian: the second is the byte after a one-byte
 * word) and whose last is @last: each byte folded to its low five bits
 * (case and the ASCII ranges fold away), and the length modulo
 * KEY_BYTES, hashed.  With the last byte, the archive's words read fell
 * from 181k to 103k of 876k (digits and joined words included).
 * Measured: without the filter, dates_process() takes 4.1% more
 * instructions (bench/stage-callgrind.py, 500 BBC articles). */
static inline guint
shape_bit (guint first, guint last, guint n)
{
  guint32 shape = (n % KEY_BYTES) << 18 | (first & 0x1f1f) << 5 | (last & 31);
  return (shape * 0x9E3779B1u) >> (32 - SHAPE_BITS);
}

/* The form @form's bits in @filter: for a form of one byte, one for each
 * byte that may follow it; for a form of KEY_BYTES or more, which any
 * word that starts with its first KEY_BYTES finds, one for each length
 * and last byte. */
static void
shape_add (guint64 *filter, const char *form)
{
  guint n = strlen (form);
  if (n == 0)
    return;
  gboolean open_end = n >= KEY_BYTES;
  for (guint next = 0; next < (n == 1 ? 32u : 1u); next++)
    for (guint length = 0; length < (open_end ? KEY_BYTES : 1u); length++)
      for (guint last = 0; last < (open_end ? 32u : 1u); last++)
        {
          guint first = (guchar) form[0] | (n > 1 ? (guchar) form[1] : next) << 8;
          guint shape = open_end ? shape_bit (first, last, length) : shape_bit (first, (guchar) form[n - 1], n);
          filter[shape / 64] |= G_GUINT64_CONSTANT (1) << (shape % 64);
        }
}

static void
add_anchor (Bank *b, const char *form, guint64 mask)
{
  if (mask == 0)
    return;
  guint64 old = GPOINTER_TO_SIZE (g_hash_table_lookup (b->anchors, form));
  g_hash_table_insert (b->anchors, g_strdup (form), GSIZE_TO_POINTER (old | mask));
}

/* One table from every word form to the patterns it anchors: lexicon
 * classes (units in the plural too, holidays by their first word) and the
 * words patterns.tsv names. */
static void
build_bank_anchors (Dates *d, Bank *b)
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
          guint64 mask = b->class_patterns[classes[c].need];
          add_anchor (b, first, mask);
          if (classes[c].need == NEED_UNIT)
            {
              g_autofree char *plural = g_str_has_suffix (first, "y") && strcmp (first, "day") != 0
                                            ? g_strdup_printf ("%.*sies", (int) strlen (first) - 1, first)
                                            : g_strdup_printf ("%ss", first);
              add_anchor (b, plural, mask);
            }
        }
    }
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, b->word_patterns);
  while (g_hash_table_iter_next (&iter, &key, &value))
    add_anchor (b, key, GPOINTER_TO_SIZE (value));

  b->anchor_slots = 64;
  while (b->anchor_slots < 4 * g_hash_table_size (b->anchors))
    b->anchor_slots *= 2;
  b->anchor_table = g_new0 (AnchorSlot, b->anchor_slots);
  b->anchor_marks = g_new0 (guint16, b->anchor_slots);
  g_hash_table_iter_init (&iter, b->anchors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *form = key;
      guint64 k[2] = { 0, 0 };
      for (guint i = 0; form[i] && i < KEY_BYTES; i++)
        k[i / 8] |= (guint64) (guchar) ascii_to_lower (form[i]) << (8 * (i % 8));
      guint64 h = anchor_hash (k);
      shape_add (d->shape_filter, form);
      guint slot = h & (b->anchor_slots - 1);
      while (b->anchor_marks[slot] && (b->anchor_table[slot].key[0] != k[0] || b->anchor_table[slot].key[1] != k[1]))
        slot = (slot + 1) & (b->anchor_slots - 1);
      b->anchor_marks[slot] = anchor_mark (h);
      AnchorSlot *entry = &b->anchor_table[slot];
      memcpy (entry->key, k, sizeof k);
      if (g_ascii_isupper (form[0]))
        entry->capital |= GPOINTER_TO_SIZE (value);
      else
        entry->any |= GPOINTER_TO_SIZE (value);
    }
}

void
build_anchors (Dates *d)
{
  for (guint i = 0; i < d->n_banks; i++)
    build_bank_anchors (d, d->banks[i]);
}

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
gsize
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
 * stand for what is before a token as `\b` sees it.  A token that
 * starts with a letter or a digit starts a word, so nothing alphanumeric
 * comes before it: the space alone stands for what does, and the probes
 * cost half.  A lookbehind could need more than a probe has, so a
 * pattern's lookbehinds are taken out of what its probes run
 * (load.c, probe_source()); the tense cues have no pair filter.  Without @jit, PCRE2_NO_JIT: a pattern JIT-compiled for
 * complete matches only gives PCRE2_ERROR_JIT_BADOPTION for a partial
 * one under libpcre2 10.42-1 (Debian 12 without its updates) instead of
 * falling back to the interpreter, and every probe said "no".
 * PCRE2_ANCHORED at match time: a probe must match where it starts;
 * for the codes compiled anchored (every pattern's and cue's) it changes
 * nothing. */
gboolean
prefix_opens (pcre2_code *re, pcre2_match_data *md, gboolean jit, const guchar *bytes, guint n)
{
  for (const char *before = g_ascii_isalnum (bytes[0]) ? " " : " a"; *before; before++)
    {
      char probe[4] = { *before };
      memcpy (probe + 1, bytes, n);
      int rc = jit ? pcre2_jit_match (re, (PCRE2_SPTR) probe, n + 1, 1, PCRE2_PARTIAL_HARD, md, NULL)
                   : pcre2_match (re, (PCRE2_SPTR) probe, n + 1, 1, PCRE2_PARTIAL_HARD | PCRE2_NO_JIT | PCRE2_ANCHORED,
                                  md, NULL);
      if (rc >= 0 || rc == PCRE2_ERROR_PARTIAL)
        return TRUE;
    }
  return FALSE;
}

/* The slot of the three bytes @key (see TripleSlot) in @table, made
 * when new.  The table grows at three quarters full, not half: nearly
 * every look-up finds its key (a triple is new once a process), so the
 * longer runs of slots cost few instructions (the bench's whole process
 * +0.04%), and tables half the size miss the cache less (on the bench's
 * 20 MB this stage's two, the scan's and the tense cues', 12,288 slots of
 * 24 bytes in all -> 6,144).  Measured against the half-full rule, whole
 * processes on that 20 MB in turns, four series of 21 to 31 rounds at a
 * load of 12 to 17 (the last by bench/lib-ab-bench.py --plugins): medians
 * of the rounds' CPU ratios 0.979, 0.983, 0.984 and 0.984. */
TripleSlot *
triple_slot (TripleTable *table, guint32 key)
{
  if (4 * (table->used + 1) > 3 * table->size)
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

/* The patterns a word starting with digits at @p may anchor, by how many
 * digits lead and what follows them: most numbers in news are no year
 * and no clock time. */
static inline guint64
digit_anchor (const Bank *b, const char *p, const char *end)
{
  guint n = 0;
  while (p + n < end && g_ascii_isdigit (p[n]))
    n++;
  guchar then = p + n < end ? ascii_to_lower (p[n]) : 0;
  guint64 mask = b->class_patterns[NEED_DIGIT] | (then < 128 ? b->digits_then[2][then] : 0);
  if (n == 4)
    mask |= b->class_patterns[NEED_YEAR] | (then < 128 ? b->digits_then[1][then] : 0);
  if (n <= 2)
    mask |= b->class_patterns[NEED_SHORT] | (then < 128 ? b->digits_then[0][then] : 0);
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

/* The patterns of the first of the @n_banks @banks that the word of @n
 * bytes at @w (a number when @digit, else letters and digits the shape
 * filter let by) anchors; @end is the document's end.  Those of the other
 * banks go to their Bank.word, and are added to *@more.  The first bank's
 * kept apart, and the banks given as arguments: the other banks' stores
 * may alias anything (-fno-strict-aliasing), and made a patterns.tsv of
 * one bank reload its tables for each word, +1.0% of dates_process()
 * (callgrind, 500 BBC articles); and inline, as its call for each word
 * read was 1.1% of dates_process() (200 BBC articles). */
G_ALWAYS_INLINE static inline guint64
word_anchors (Bank *const *banks, guint n_banks, const char *w, gsize n, const char *end, gboolean digit,
              guint64 *more)
{
  guint64 mask;
  if (digit)
    {
      mask = digit_anchor (banks[0], w, end);
      for (guint i = 1; i < n_banks; i++)
        {
          guint64 m = digit_anchor (banks[i], w, end);
          banks[i]->word |= m, *more |= m;
        }
      return mask;
    }
  guint64 key[2];
  word_key (w, n, end, key);
  guint64 h = anchor_hash (key);
  gboolean capital = g_ascii_isupper (*w);
  mask = anchor_lookup (banks[0], key, h, capital);
  for (guint i = 1; i < n_banks; i++)
    {
      guint64 m = anchor_lookup (banks[i], key, h, capital);
      banks[i]->word |= m, *more |= m;
    }
  return mask;
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

/* Each byte's classes, 64 bytes at once.  Measured: the byte loop
 * (the #else, on a target without SSE2) takes dates_process() 49% more
 * instructions (bench/stage-callgrind.py, 500 BBC articles). */
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
      /* 0x80 to 0xBF, signed: -128 to -65 */
      __m128i continuation = _mm_cmplt_epi8 (v, _mm_set1_epi8 (-64));
      __m128i joiner = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('-')), _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\'')));
      /* (guint): the movemask's upper bits are clear, and a cast to
       * guint16 cost a zero extension for each */
      a |= (guint64) (guint) _mm_movemask_epi8 (_mm_or_si128 (digit, letter)) << i;
      n |= (guint64) (guint) _mm_movemask_epi8 (digit) << i;
      g |= (guint64) (guint) _mm_movemask_epi8 (_mm_or_si128 (space, continuation)) << i;
      j |= (guint64) (guint) _mm_movemask_epi8 (joiner) << i;
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
  guint64 mask; /* the first bank's patterns it anchors */
  guint64 more; /* the other banks' (each bank's in its Bank.word) */
  gboolean joined;
} Word;

/* prefix_opens() for pattern @index, through PCRE2's interpreter: the
 * answers are kept (Bank.pairs, Bank.triples), so on 20 MB of BBC text
 * there were 7,377 probes, and JIT-compiling every pattern a second time
 * for partial matching cost more at start-up than the interpreter costs
 * for them (load.c). */
static gboolean
pattern_opens (const Dates *d, guint index, const guchar *bytes, guint n)
{
  const Pattern *pat = &g_array_index (d->patterns, Pattern, index);
  return prefix_opens (pat->opens ? pat->opens : pat->re, pat->md, FALSE, bytes, n);
}

/* Tries pattern @index anchored at @offset of @text, which ends for it
 * at @end, and adds a match to @candidates (its pairs to @pairs).
 * Returns whether it matched, and where the match ends in *@match_end. */
static gboolean
try_pattern (const Dates *d, guint index, const char *text, gsize offset, gsize end, CandidateList *candidates,
             PairList *pairs, gsize *match_end)
{
  /* an instance serves one worker (ASSAY_THREADING_PER_WORKER): its
   * patterns may change under a const Dates */
  Pattern *pat = &g_array_index (d->patterns, Pattern, index);
  if (G_UNLIKELY (!pat->jit) && ++pat->tries == HOT_TRIES)
    pattern_make_hot (pat);
  pcre2_match_data *md = pat->md;
  int rc = pat->jit ? pcre2_jit_match (pat->re, (PCRE2_SPTR) text, end, offset, 0, md, NULL)
                    : pcre2_match (pat->re, (PCRE2_SPTR) text, end, offset, PCRE2_NO_UTF_CHECK | PCRE2_ANCHORED, md,
                                   NULL);
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
      n += __builtin_popcountll (m);
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
 * find.  No filter past the first three bytes: the duration pattern
 * (BEFORE 12, its opening words optional) fails 11.7k of its 13.8k
 * tries on 2,159 BBC articles (callgrind, assay run dates -j 1), most
 * from "the", "for", "a", "this" (their triples pass for "the last",
 * "forty", "a", "third"), failing on the word after;
 * a filter learnt on a short word and the next one's first three bytes,
 * as the triple's, cut JIT tries by 19.5M but its first-time probes cost
 * 58.7M (the whole process 562.7M -> 604.0M instructions; 582.9M with
 * the filter on that pattern alone): too many pairs of words to learn. */
static void
match_anchors (Dates *d, Bank *b, const char *text, AnchorList *anchors, const Tokens *tokens, CandidateList *candidates,
               PairList *pairs)
{
  Anchor *a = anchors->items;
  guint n = anchors->len, head = 0, next = 0;
  /* An anchor's range may start before the one before it: the sweep
   * takes anchors in, and out, in order. */
  for (guint k = n; k-- > 1;)
    a[k - 1].from = MIN (a[k - 1].from, a[k].from);
  gsize resume[BANK_PATTERNS] = { 0 };
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
      guint64 open = named & b->first_open[b1];
      if (open == 0)
        continue;
      /* of those, the ones whose BEFORE reaches an anchor from here */
      guint64 reachable = 0;
      for (guint k = head; k < next; k++)
        reachable |= a[k].patterns & b->reach[a[k].ordinal > at ? MIN (a[k].ordinal - at, MAX_BEFORE) : 0];
      open &= reachable;
      if (open == 0)
        continue;
      guchar b2 = here + 1 < end ? text[here + 1] : 0x80;
      if (b1 < 128 && b2 < 128)
        {
          guint pair = b1 * 128 + b2;
          guint64 unknown = open & b->pair_filtered & ~b->pairs[pair].known;
          for (guint64 bits = unknown; bits; bits &= bits - 1)
            if (pattern_opens (d, b->first + __builtin_ctzll (bits), (const guchar *) text + here, 2))
              b->pairs[pair].open |= bits & -bits;
          b->pairs[pair].known |= unknown;
          open &= b->pairs[pair].open | ~b->pair_filtered;
          guchar b3 = here + 2 < end ? text[here + 2] : 0x80;
          if ((open & b->pair_filtered) && b3 < 128)
            {
              TripleSlot *triple = triple_slot (&b->triples, (b1 << 14 | b2 << 7 | b3) + 1);
              unknown = open & b->pair_filtered & ~triple->known;
              for (guint64 bits = unknown; bits; bits &= bits - 1)
                if (pattern_opens (d, b->first + __builtin_ctzll (bits), (const guchar *) text + here, 3))
                  triple->open |= bits & -bits;
              triple->known |= unknown;
              open &= triple->open | ~b->pair_filtered;
            }
        }
      for (; open; open &= open - 1)
        {
          guint p = __builtin_ctzll (open);
          gsize match_end;
          if (here >= resume[p] && try_pattern (d, b->first + p, text, here, end, candidates, pairs, &match_end))
            resume[p] = MAX (match_end, here + 1);
        }
    }
}

/* Adds @anchor, as an anchor of @patterns, to bank @b's, its range
 * starting as many tokens back (from @floor on) as the most any of its
 * patterns may hold before it: a look-up for each byte of the mask that
 * has patterns, one or two a word (all eight took finish_word() from
 * 34.8M to 43.8M instructions on bench/dates-bench.py's 20 MB; a search
 * by halves of b->reach made a chain of six). */
G_ALWAYS_INLINE static inline void
bank_add_anchor (Bank *b, Anchor anchor, guint64 patterns, const Tokens *tokens, gsize floor)
{
  guint most = 0;
  for (guint64 left = patterns; left;)
    {
      guint k = __builtin_ctzll (left) / 8;
      most = MAX (most, b->most_before[k][(patterns >> (8 * k)) & 0xff]);
      left &= ~(G_GUINT64_CONSTANT (0xff) << (8 * k));
    }
  anchor.patterns = patterns;
  anchor.from = tokens_back (tokens, anchor.start, most, floor);
  AnchorList *anchors = &b->found;
  if (anchors->len == anchors->size)
    {
      anchors->size = MAX (64, 2 * anchors->size);
      anchors->items = g_renew (Anchor, anchors->items, anchors->size);
    }
  anchors->items[anchors->len++] = anchor;
}

/* Ends the word @w of @text: a joined word anchors as a whole too, and a
 * word that anchors anything in a bank (Word.mask, Bank.word) becomes an
 * anchor of that bank's (start, end, patterns, and its sentence's start
 * and end).  @sentences moves on with the words, which come in order. */
static void
finish_word (const Dates *d, const char *text, gsize length, Word *w, const Tokens *tokens, SentenceWalk *sentences)
{
  Bank *const *banks = d->banks;
  guint n_banks = d->n_banks;
  if (w->joined)
    w->mask |= word_anchors (banks, n_banks, text + w->start, w->end - w->start, text + length, FALSE, &w->more);
  if (w->mask == 0 && w->more == 0)
    return;
  Anchor anchor = { w->start, w->end, 0, 0, length, 0 };
  sentence_walk_to (sentences, anchor.start);
  /* A word in no sentence has the text since the last one. */
  gsize floor = 0;
  if (sentences->next > 0 && sentences->end >= anchor.end)
    floor = sentences->start, anchor.sentence_end = sentences->end;
  else if (sentences->next > 0)
    floor = sentences->end;
  floor = MAX (floor, anchor.start > WINDOW_BEFORE ? anchor.start - WINDOW_BEFORE : 0);
  if (w->mask)
    bank_add_anchor (banks[0], anchor, w->mask, tokens, floor);
  for (guint i = 1; w->more && i < n_banks; i++)
    if (banks[i]->word)
      {
        bank_add_anchor (banks[i], anchor, banks[i]->word, tokens, floor);
        banks[i]->word = 0;
      }
}

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

static int
candidate_order_data (gconstpointer a, gconstpointer b, gpointer data)
{
  return candidate_order (a, b);
}


/* Whether the word of @n bytes at @w is to be read: it has the shape of
 * a form.  The byte after @w is in the text, at worst its closing NUL. */
static inline guint64
weigh (const Dates *d, const guchar *w, guint n)
{
  guint shape = shape_bit (w[0] | w[1] << 8, w[n - 1], n);
  return (d->shape_filter[shape / 64] >> (shape % 64)) & 1;
}

/* The word scan over @text: every bank's anchors (Bank.found), in one
 * pass for all. */
static void
scan_words (Dates *d, const char *text, gsize length, const AssayAnnotationView *sentences, guint n_sentences,
            Tokens *tokens)
{
  for (guint i = 0; i < d->n_banks; i++)
    d->banks[i]->found.len = 0, d->banks[i]->word = 0;
  SentenceWalk walk;
  sentence_walk_init (&walk, sentences, n_sentences);
  Word word = { 0, 0, 0, 0, FALSE };
  Bank *const *banks = d->banks;
  guint n_banks = d->n_banks;
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
      tokens->bits[block / 64] = starts | marks;
      /* words right after a hyphen or an apostrophe */
      guint64 after_joiner = starts & ((cur.joiner << 1) | joiner_carry);
      carry = alnum >> 63, joiner_carry = cur.joiner >> 63;
      /* Most words anchor nothing and join nothing: a first pass picks
       * the words to read, without a branch for each word (one taken a
       * fifth of the time, at random, mispredicted often): those that
       * start with a digit, follow a joiner, or have the shape of a
       * form.  (The word before stays open meanwhile; a word passed
       * over anchors nothing alone, and the word after it joins it
       * when it is read, below.) */
      guint64 read = starts & (cur.digit | after_joiner);
      /* Where each of the other words ends, for all at once: a word's
       * first bit added to the mask of letters and digits carries
       * through the word to the byte after it.  The k-th of those ends
       * is the k-th word's; a word that runs into the next block carries
       * out of this one and is left for last.  (Finding each word's
       * length from its start, one shift and count after another, was
       * a third of this loop.) */
      guint64 left = starts & ~read;
      for (guint64 after = (alnum + left) & ~alnum; after; after &= after - 1, left &= left - 1)
        {
          guint at = __builtin_ctzll (left), e = __builtin_ctzll (after);
          read |= weigh (d, (const guchar *) text + block + at, e - at) << at;
        }
      if (left)
        {
          guint at = __builtin_ctzll (left), e = ~next.alnum ? __builtin_ctzll (~next.alnum) : 64;
          read |= weigh (d, (const guchar *) text + block + at, 64 - at + e) << at;
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
              if (word.mask || word.more || word.joined)
                finish_word (d, text, length, &word, tokens, &walk);
              word.start = s, word.mask = 0, word.more = 0, word.joined = FALSE;
              /* after a joiner, the part before it that was passed over
               * ("pre" of "pre-war"): it anchors nothing alone, but the
               * whole may (reading every word before a joiner cost a
               * test for each word) */
              if (s >= 2 && (text[s - 1] == '-' || text[s - 1] == '\'') && g_ascii_isalnum (text[s - 2]))
                {
                  for (word.start = s - 2; word.start > 0 && g_ascii_isalnum (text[word.start - 1]); word.start--)
                    ;
                  word.joined = TRUE;
                }
            }
          else
            word.joined = TRUE;
          word.end = e;
          word.mask |= word_anchors (banks, n_banks, text + s, e - s, text + length, digit, &word.more);
        }
    }
  finish_word (d, text, length, &word, tokens, &walk);
}

void
dates_scan (Dates *d, const char *text, gsize length, const AssayAnnotationView *sentences, guint n_sentences,
            Tokens *tokens)
{
  CandidateList *candidates = &d->scratch.candidates;
  PairList *pairs = &d->scratch.pairs;
  candidates->len = 0;
  pairs->len = 0;
  scan_words (d, text, length, sentences, n_sentences, tokens);
  /* a bank's sweep only where its anchors are: none, none at all */
  for (guint i = 0; i < d->n_banks; i++)
    if (d->banks[i]->found.len)
      match_anchors (d, d->banks[i], text, &d->banks[i]->found, tokens, candidates, pairs);
  for (guint i = 0; i < candidates->len; i++)
    candidates->items[i].match.ovector = pairs->items + candidates->items[i].pairs_at;
  /* GLib's sort (a merge sort): an insertion sort for a bank's nearly
   * ordered candidates saved 1.4% of dates_process()'s instructions
   * (bench/stage-callgrind.py, 500 BBC articles), not worth a sort of
   * our own. */
  g_qsort_with_data (candidates->items, candidates->len, sizeof *candidates->items, candidate_order_data, NULL);
}
