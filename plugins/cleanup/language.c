/* language.c: the document's language, and passages in another one.
 *
 * The language most of the sentences are in is the document's (metadata
 * `lang`, unless the input has it).  Then each sentence is read on its own,
 * and inside it each
 * stretch between quotation marks and each field of a citation (split at
 * ". "), so an untranslated quotation or a citation's Czech title is found
 * inside an English sentence.  A passage is tagged (layer `language`, label
 * its code) when it is prose with enough letters, its language differs from
 * the document's, and CLD2 is sure of it.
 *
 * CLD2 is the costly part, and most passages of most documents are plainly
 * in one language.  So the words come first (data/common-words.tsv, the
 * commonest words of each language), read once a document: the language
 * whose words it uses most is its likely language, and a passage written in
 * that language's letters alone, with enough of its words and few of other
 * languages', is taken to be in it without asking CLD2.  A passage where
 * something differs (a letter the language does not use, too few of its
 * words) is read by CLD2 as before.  When such plain sentences hold most of
 * the document's letters, the vote for its language is decided, and the
 * sentences too short to be tagged are not read either.
 */
#include "cleanup-private.h"
#include "langid.h"

#include <string.h>

/* Longest word looked up, in bytes: no language's common words are longer. */
#define MAX_WORD 48
/* Languages the common words may name: one bit each in a set of them. */
#define MAX_WORD_LANGUAGES 32

/* A common word in the table the word reader probes (see word_langs()). */
typedef struct
{
  guint32 offset; /* of the word in CommonWords.pool */
  guint32 hash;
  guint32 length; /* 0: an empty slot (no common word is empty) */
  guint32 langs;
} WordSlot;

struct _CommonWords
{
  GHashTable *words;   /* lowercase word -> the languages it is common in */
  WordSlot *slots;     /* the same words, open-addressed by word_hash() */
  /* The words' bytes, one after another: a word that matches a slot's
   * hash and length is compared in these 20 KB rather than in a string
   * of its own wherever the heap put it, and a slot is 16 bytes rather
   * than 24 with a pointer (word_langs() waited on that string about as
   * long as on the slot, in perf's samples). */
  char *pool;
  guint32 slot_mask;
  /* A bit per value of a hash's top 16 bits, set for each common word:
   * most words of a text are none, and 8 KB answer that from the first
   * cache where the slots (about 130 KB) mostly did not (word_langs()
   * was a seventh of the language pass in perf; bench/cleanup-bench.py). */
  guint64 hash_filter[65536 / 64];
  GPtrArray *codes;    /* language codes, by bit */
  guint32 latin;       /* languages written in ASCII letters (all of them theirs) */
  GHashTable *letters; /* other lowercase letter -> the languages whose words use it */
  gsize longest;       /* bytes of the longest word: longer ones need no look-up */
  gsize longest_ascii; /* the same among the words all in ASCII (most of a text's) */
};

void
common_words_free (CommonWords *cw)
{
  if (cw == NULL)
    return;
  g_hash_table_unref (cw->words);
  g_free (cw->slots);
  g_free (cw->pool);
  g_ptr_array_unref (cw->codes);
  g_hash_table_unref (cw->letters);
  g_free (cw);
}

/* A word's hash from its bytes eight at a time (zero-padded), so that
 * the word reader can hash an ASCII word straight from the text, found
 * by the letter masks of read_ascii_block(), with no loop over its
 * letters (FNV-1a a letter, in the loop that read them, was that loop's
 * longest chain of work). */
#define WORD_HASH_K0 G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)
#define WORD_HASH_K1 G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9)

static inline guint64
word_hash_step (guint64 h, guint64 chunk)
{
  h = (h ^ chunk) * WORD_HASH_K1;
  return h ^ (h >> 31);
}

static guint32
word_hash (const char *word, gsize length)
{
  guint64 h = length * WORD_HASH_K0;
  for (gsize i = 0; i < length; i += 8)
    {
      guint64 chunk = 0;
      memcpy (&chunk, word + i, MIN (8, length - i));
      h = word_hash_step (h, chunk);
    }
  return (guint32) (h >> 32);
}

/* memcmp() == 0 for a common word's few bytes, without the call: most
 * words that reach it are one (memcmp() was 1% of the worker's time in perf). */
static inline gboolean
same_bytes (const char *a, const char *b, gsize length)
{
  for (gsize i = 0; i < length; i++)
    if (a[i] != b[i])
      return FALSE;
  return TRUE;
}

/* The languages @word (@length bytes, lowercase, hashed to @hash) is a
 * common word of, or 0. */
static guint32
word_langs (const CommonWords *cw, const char *word, gsize length, guint32 hash)
{
  if (!(cw->hash_filter[(hash >> 16) / 64] & (G_GUINT64_CONSTANT (1) << ((hash >> 16) % 64))))
    return 0;
  for (guint32 i = hash & cw->slot_mask;; i = (i + 1) & cw->slot_mask)
    {
      const WordSlot *slot = &cw->slots[i];
      if (slot->length == 0)
        return 0;
      if (slot->hash == hash && slot->length == length && same_bytes (cw->pool + slot->offset, word, length))
        return slot->langs;
    }
}

/* Builds cw->slots from cw->words, at most half full. */
static void
index_words (CommonWords *cw)
{
  guint32 size = 16;
  while (size < 2 * g_hash_table_size (cw->words))
    size *= 2;
  cw->slots = g_new0 (WordSlot, size);
  cw->slot_mask = size - 1;
  GString *pool = g_string_new (NULL);
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, cw->words);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gsize length = strlen (key);
      guint32 hash = word_hash (key, length);
      cw->hash_filter[(hash >> 16) / 64] |= G_GUINT64_CONSTANT (1) << ((hash >> 16) % 64);
      guint32 i = hash & cw->slot_mask;
      while (cw->slots[i].length)
        i = (i + 1) & cw->slot_mask;
      /* length <= MAX_WORD, and the pool far below 4 GB (a line a word) */
      cw->slots[i] = (WordSlot){ (guint32) pool->len, hash, (guint32) length, GPOINTER_TO_UINT (value) };
      g_string_append_len (pool, key, length);
    }
  cw->pool = g_string_free (pool, FALSE);
}

static guint
language_index (CommonWords *cw, const char *code)
{
  for (guint i = 0; i < cw->codes->len; i++)
    if (strcmp (cw->codes->pdata[i], code) == 0)
      return i;
  g_ptr_array_add (cw->codes, g_strdup (code));
  return cw->codes->len - 1;
}

CommonWords *
common_words_new (const char *data_file, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (data_file, error);
  if (table == NULL)
    return NULL;
  CommonWords *cw = g_new0 (CommonWords, 1);
  cw->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cw->codes = g_ptr_array_new_with_free_func (g_free);
  cw->letters = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 2, 2, "LANG<TAB>WORD", error))
        {
          common_words_free (cw);
          return NULL;
        }
      const char *code = row->fields[0];
      g_autofree char *word = g_utf8_strdown (row->fields[1], -1);
      g_strstrip (word);
      if (*code == '\0' || *word == '\0' || strlen (word) > MAX_WORD || strchr (word, ' '))
        {
          assay_data_row_set_error (error, table, row,
                                    "language '%s', word '%s': write LANG<TAB>WORD, a language "
                                    "code and one word of at most %d bytes",
                                    code, word, MAX_WORD);
          common_words_free (cw);
          return NULL;
        }
      guint index = language_index (cw, code);
      if (index >= MAX_WORD_LANGUAGES)
        {
          assay_data_row_set_error (error, table, row,
                                    "'%s' is language %u; the file may name at most %d", code,
                                    index + 1, MAX_WORD_LANGUAGES);
          common_words_free (cw);
          return NULL;
        }
      guint32 bit = 1u << index;
      for (const char *p = word; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          if (c < 0x80 && g_ascii_isalpha (c))
            cw->latin |= bit;
          else if (c >= 0x80 && g_unichar_isalpha (c))
            {
              guint32 set = GPOINTER_TO_UINT (g_hash_table_lookup (cw->letters, GUINT_TO_POINTER (c)));
              g_hash_table_insert (cw->letters, GUINT_TO_POINTER (c), GUINT_TO_POINTER (set | bit));
            }
        }
      gboolean ascii = TRUE;
      for (const char *p = word; *p && ascii; p++)
        ascii = (guchar) *p < 0x80;
      cw->longest = MAX (cw->longest, strlen (word));
      if (ascii)
        cw->longest_ascii = MAX (cw->longest_ascii, strlen (word));
      guint32 set = GPOINTER_TO_UINT (g_hash_table_lookup (cw->words, word)) | bit;
      g_hash_table_insert (cw->words, g_steal_pointer (&word), GUINT_TO_POINTER (set));
    }
  index_words (cw);
  return cw;
}

/* A word of the text: a run of letters, read once a document. */
typedef struct
{
  gsize start, end;
  guint letters;
  gboolean lower;   /* starts in lowercase */
  guint32 langs;    /* the languages it is a common word of */
  guint32 alphabet; /* the languages all of its letters belong to */
} Word;

/* The words of a text, in order.  A plain array rather than a GArray:
 * g_array_append_val() on each word was 1% of the stage in perf. */
typedef struct
{
  Word *items;
  guint len, size;
} Words;

static void
words_free (Words *words)
{
  g_free (words->items);
  g_free (words);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Words, words_free)

static inline void
words_append (Words *words, const Word *w)
{
  if (words->len == words->size)
    {
      words->size = 2 * words->size + 16;
      words->items = g_renew (Word, words->items, words->size);
    }
  words->items[words->len++] = *w;
}

/* Bytes from a word's start that read_ascii_block() loads, sixteen, past
 * the 64 it reads the letters of. */
#define ASCII_BLOCK 64
#define ASCII_BLOCK_READ (ASCII_BLOCK + 16)

/* The bytes of the @length (1 to 8) at @p, lowercase: each is an ASCII
 * letter, whose lowercase is its bit 0x20 set. */
static inline guint64
lower_chunk (const char *p, gsize length)
{
  guint64 chunk;
  memcpy (&chunk, p, 8);
  guint64 keep = length >= 8 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << (8 * length)) - 1;
  return (chunk | G_GUINT64_CONSTANT (0x2020202020202020)) & keep;
}

/* Reads the words that lie whole in the ASCII bytes among the
 * ASCII_BLOCK at @p (not inside a word; ASCII_BLOCK_READ bytes
 * readable), as read_words() would, their ASCII letters found sixteen
 * bytes at a time: one word after another from bit masks, with no
 * branch on each byte (the byte loop's turns at each word's ends were
 * most of read_words(), a fifth of the stage; bench/cleanup-bench.py).
 * Returns where read_words() goes on: the start of a word this could
 * not finish (it runs on past the block, or into a character beyond
 * ASCII), else the end of what it read; @p when it read nothing. */
static const char *
read_ascii_block (const CommonWords *cw, const char *text, const char *p, Words *words,
                  guint counts[MAX_WORD_LANGUAGES])
{
#if defined(__SSE2__) && G_BYTE_ORDER == G_LITTLE_ENDIAN
  guint64 letters = 0, high = 0;
  for (int k = 0; k < ASCII_BLOCK / 16; k++)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (p + 16 * k));
      __m128i letter = assay_ascii_letters16 (v);
      letters |= (guint64) (guint16) _mm_movemask_epi8 (letter) << (16 * k);
      high |= (guint64) (guint16) _mm_movemask_epi8 (v) << (16 * k);
    }
  /* Only up to the first byte beyond ASCII: a letter there may go on a
   * word, which the general way reads. */
  guint limit = high ? (guint) __builtin_ctzll (high) : ASCII_BLOCK;
  if (limit < ASCII_BLOCK)
    letters &= (G_GUINT64_CONSTANT (1) << limit) - 1;
  guint64 starts = letters & ~(letters << 1);
  while (starts)
    {
      guint s = (guint) __builtin_ctzll (starts);
      starts &= starts - 1;
      /* the first byte after s that is no ASCII letter; ASCII_BLOCK - s
       * when all the rest are (ctz of 0 is undefined: a run of 64
       * letters from the block's first byte) */
      guint64 rest = ~(letters >> s);
      guint length = rest ? (guint) __builtin_ctzll (rest) : ASCII_BLOCK - s;
      if (s + length >= limit)
        return p + s; /* the word may go on: the general way reads it */
      const char *word = p + s;
      Word w = { .start = word - text, .end = word + length - text, .letters = length,
                 .lower = (*word & 0x20) != 0, .alphabet = cw->latin };
      if (length <= cw->longest && length <= cw->longest_ascii)
        {
          /* The hash word_hash() gives, from the text's bytes lowercased
           * a chunk at a time; longer words (none in the shipped list)
           * lowercased into a buffer first. */
          char lower[MAX_WORD + 8];
          guint32 hash;
          if (length <= 16)
            {
              guint64 chunk = lower_chunk (word, MIN (length, 8));
              memcpy (lower, &chunk, 8);
              guint64 h = word_hash_step (length * WORD_HASH_K0, chunk);
              if (length > 8)
                {
                  chunk = lower_chunk (word + 8, length - 8);
                  memcpy (lower + 8, &chunk, 8);
                  h = word_hash_step (h, chunk);
                }
              hash = (guint32) (h >> 32);
            }
          else
            {
              for (guint i = 0; i < length; i++)
                lower[i] = (char) (word[i] | 0x20);
              hash = word_hash (lower, length);
            }
          w.langs = word_langs (cw, lower, length, hash);
          for (guint32 set = w.langs; set; set &= set - 1)
            counts[__builtin_ctz (set)]++;
        }
      words_append (words, &w);
    }
  return p + limit;
#else
  (void) cw, (void) text, (void) words, (void) counts;
  return p;
#endif
}

/* Returns: (transfer full): the words of @text, in order, with what the
 * common words (nullable) say of them; @counts (MAX_WORD_LANGUAGES, zeroed
 * by the caller) gets how many of them are common in each language,
 * counted here as each word is found rather than in a second pass over
 * the words (that pass, a bit at a time through g_bit_nth_lsf(), was a
 * tenth of the language pass in perf; bench/cleanup-bench.py).  ASCII,
 * most of the text, takes the short way. */
static Words *
read_words (const CommonWords *cw, const char *text, gsize length, guint counts[MAX_WORD_LANGUAGES])
{
  Words *words = g_new0 (Words, 1);
  words->size = length / 6 + 1;
  words->items = g_new (Word, words->size);
  const char *end = text + length;
  char buf[MAX_WORD + 8];
  gsize wlen = 0;
  gboolean in_word = FALSE, too_long = FALSE, ascii = TRUE;
  Word w = { 0 };
  for (const char *p = text; p <= end;)
    {
      if (cw && !in_word && end - p >= ASCII_BLOCK_READ)
        {
          const char *q = read_ascii_block (cw, text, p, words, counts);
          if (q > p)
            {
              p = q;
              continue;
            }
        }
      gunichar c = 0;
      gboolean letter = FALSE;
      const char *next = end + 1;
      if (p < end && (guchar) *p < 0x80)
        c = (guchar) *p, letter = g_ascii_isalpha (*p), next = p + 1;
      else if (p < end)
        c = g_utf8_get_char (p), letter = g_unichar_isalpha (c), next = g_utf8_next_char (p);
      if (letter)
        {
          if (!in_word)
            {
              /* GLib's tables give the ASCII answer for ASCII; the call
               * was 0.8% of the stage alone in perf. */
              gboolean upper = c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);
              w = (Word){ .start = p - text, .lower = !upper, .alphabet = G_MAXUINT32 };
              wlen = 0, too_long = FALSE, ascii = TRUE, in_word = TRUE;
            }
          if (cw && c < 0x80)
            {
              /* A run of ASCII letters, most of a text, in a tight loop:
               * each does what the general case below does for it
               * (read_words() was a fifth of the stage in perf;
               * bench/cleanup-bench.py). */
              w.alphabet &= cw->latin;
              const char *q = p;
              for (; q < end && g_ascii_isalpha (*q); q++)
                {
                  guchar lc = (guchar) *q | 0x20;
                  if (too_long || wlen + 1 > cw->longest)
                    too_long = TRUE;
                  else
                    buf[wlen++] = (char) lc;
                }
              w.letters += q - p;
              p = q;
              continue;
            }
          w.letters++;
          if (cw)
            {
              /* An ASCII letter's lowercase is its bit 0x20 set. */
              gunichar lc = c < 0x80 ? c | 0x20 : g_unichar_tolower (c);
              w.alphabet &= lc < 0x80 ? cw->latin
                                      : GPOINTER_TO_UINT (g_hash_table_lookup (
                                            cw->letters, GUINT_TO_POINTER (lc)));
              gsize bytes = lc < 0x80 ? 1 : (gsize) g_unichar_to_utf8 (lc, NULL);
              ascii = ascii && lc < 0x80;
              if (too_long || wlen + bytes > cw->longest)
                too_long = TRUE;
              else if (lc < 0x80)
                buf[wlen++] = (char) lc;
              else
                wlen += g_unichar_to_utf8 (lc, buf + wlen);
            }
        }
      else if (in_word)
        {
          w.end = p - text;
          if (cw && !too_long && !(ascii && wlen > cw->longest_ascii))
            {
              w.langs = word_langs (cw, buf, wlen, word_hash (buf, wlen));
              for (guint32 set = w.langs; set; set &= set - 1)
                counts[__builtin_ctz (set)]++;
            }
          words_append (words, &w);
          in_word = FALSE;
        }
      p = next;
    }
  return words;
}

void
common_words_tally (const CommonWords *cw, const char *text, gsize length, WordTally *tally)
{
  guint counts[MAX_WORD_LANGUAGES] = { 0 };
  g_autoptr (Words) words = read_words (cw, text, length, counts);
  *tally = (WordTally){ .words = words->len };
  for (guint i = 0; i < words->len; i++)
    {
      const Word *w = &words->items[i];
      tally->letters += w->letters;
      tally->lower += w->lower;
      for (guint b = 0; b < MAX_WORD_LANGUAGES; b++)
        {
          tally->common[b] += (w->langs >> b) & 1;
          tally->alphabet[b] += (w->alphabet >> b) & 1;
        }
    }
  G_STATIC_ASSERT (G_N_ELEMENTS (tally->common) == MAX_WORD_LANGUAGES);
}

/* What the words of a passage say. */
typedef struct
{
  guint letters;
  guint words;
  guint lower;    /* words starting in lowercase */
  gboolean plain; /* plainly in the language asked about */
} Scan;

/* Reads [s, e) (byte offsets, ending between words) through @words:
 * letters and words, and whether it is plainly in language @lang (a bit
 * index, or -1 to ask about none): that language's letters only, one word
 * in four among its commonest (its running text has far more; a quotation
 * in another language, a list of foreign names, has few), and fewer common
 * words of other languages alone than half that. */
static void
scan_passage (const char *text, const Words *words, gsize s, gsize e, int lang, Scan *out)
{
  /* The first word ending after @s. */
  guint lo = 0, hi = words->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (words->items[mid].end <= s)
        lo = mid + 1;
      else
        hi = mid;
    }
  guint32 bit = lang >= 0 ? 1u << lang : 0;
  guint hits = 0, others = 0;
  gboolean foreign = FALSE;
  *out = (Scan){ 0 };
  for (guint i = lo; i < words->len; i++)
    {
      const Word *w = &words->items[i];
      if (w->start >= e)
        break;
      out->words++;
      gsize from = MAX (w->start, s), to = MIN (w->end, e);
      if (from != w->start || to != w->end)
        {
          /* A passage cut inside a word counts the part in it, which is
           * none of the common words. */
          out->lower += !g_unichar_isupper (g_utf8_get_char (text + from));
          for (const char *p = text + from; p < text + to; p = g_utf8_next_char (p))
            out->letters++;
          foreign = TRUE;
          continue;
        }
      out->letters += w->letters;
      out->lower += w->lower;
      hits += (w->langs & bit) != 0;
      others += w->langs != 0 && (w->langs & bit) == 0;
      foreign = foreign || (w->alphabet & bit) == 0;
    }
  out->plain = lang >= 0 && !foreign && hits >= 2 && hits * 4 >= out->words && others * 2 <= hits;
}

/* The language whose common words the text uses most, if it clearly
 * leads: the one a passage is first held against.  -1 when none does. */
static int
likely_language (const CommonWords *cw, const guint counts[MAX_WORD_LANGUAGES])
{
  if (cw == NULL || cw->codes->len == 0)
    return -1;
  guint best = 0, second = 0;
  int index = -1;
  for (guint i = 0; i < cw->codes->len; i++)
    if (counts[i] > best)
      second = best, best = counts[i], index = i;
    else if (counts[i] > second)
      second = counts[i];
  return best >= 3 && 2 * best >= 3 * second ? index : -1;
}

/* Language is a property of prose: four words or more, most of them
 * starting in lowercase.  Lists of names ("Kostyuk, A., Kugai, T.") and
 * short phrases are left alone, since CLD2 guesses wildly on them. */
static gboolean
is_prose (const Scan *sc)
{
  return sc->words >= 4 && sc->lower * 2 >= sc->words;
}

static gboolean
is_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB;
}

typedef struct
{
  const char *code;
  int percent;
  int reliable;
  gboolean assumed; /* taken from the words (scan.plain), not read by CLD2 */
  Scan scan;
} Reading;

/* Tags [start, end) (trimmed) when it reads as another language; @known is
 * a reading of [start, end) already made, or NULL; @lang the bit of the
 * document's language among the common words, or -1. */
static gboolean
try_passage (AssayDocument *doc, const char *text, const char *start, const char *end,
             const char *doc_lang, guint min_letters, const Words *words, int lang,
             const Reading *known, gboolean *tagged, GError **error)
{
  *tagged = FALSE;
  while (start < end && !g_unichar_isalnum (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);
      if (g_unichar_isalnum (c) || c == '.' || c == '!' || c == '?')
        break;
      end = prev;
    }
  /* Trimming takes no letters, so a known reading's scan holds. */
  Scan sc;
  if (known)
    sc = known->scan;
  else
    scan_passage (text, words, start - text, end - text, lang, &sc);
  if (sc.letters < min_letters || !is_prose (&sc) || sc.plain)
    return TRUE;
  int percent = known ? known->percent : 0, reliable = known ? known->reliable : 0;
  const char *code = known ? known->code : langid_detect (start, end - start, &percent, &reliable);
  if (code == NULL || !reliable || percent < 80 || strcmp (code, doc_lang) == 0)
    return TRUE;
  AssayAnnotation *a = assay_document_add_annotation (doc, "language", start - text, end - text,
                                                      code, error);
  if (a == NULL)
    return FALSE;
  char share[8];
  g_snprintf (share, sizeof share, "%d", percent);
  assay_annotation_set_attr (a, "percent", share);
  *tagged = TRUE;
  return TRUE;
}

/* Bytes the walk for quoted stretches and ". " must look at: '"', '.',
 * and the start of every character beyond ASCII (curly quotes, guillemets). */
static const guint8 cut_byte[256] = { ['"'] = 1, ['.'] = 1, [0x80 ... 0xff] = 1 };

/* The first byte in [@p, @end) that cut_byte[] marks, or @end; sixteen
 * at a time where SSE2 is (x86-64's baseline), the same bytes. */
static inline const char *
next_cut_byte (const char *p, const char *end)
{
#ifdef __SSE2__
  for (; end - p >= 16; p += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) p);
      __m128i hit = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('"')), _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('.')));
      /* bytes from 0x80 on: their top bit, which movemask reads anyway */
      int mask = _mm_movemask_epi8 (_mm_or_si128 (hit, v));
      if (mask)
        return p + __builtin_ctz (mask);
    }
#endif
  while (p < end && !cut_byte[(guchar) *p])
    p++;
  return p;
}

gboolean
language_annotate (const CommonWords *cw, AssayDocument *doc, guint min_letters, GError **error)
{
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  if (length == 0)
    return TRUE;

  guint n;
  AssayAnnotation *const *sentences = assay_document_get_annotations (doc, "sentence", &n);
  guint counts[MAX_WORD_LANGUAGES] = { 0 };
  g_autoptr (Words) words = read_words (cw, text, length, counts);

  /* The document's language: the one most of its sentences are in, by
   * letters (a report full of Italian names is still English); the whole
   * text when there are no sentences to count.  A sentence plainly in the
   * language the words point at counts for it unread; when those hold
   * most of the letters, that language has won, and the sentences too
   * short to be tagged need no reading. */
  int likely = n > 0 ? likely_language (cw, counts) : -1;
  const char *likely_code = likely >= 0 ? cw->codes->pdata[likely] : NULL;
  g_autofree Reading *readings = g_new0 (Reading, MAX (n, 1));
  guint64 all_letters = 0, plain_letters = 0;
  for (guint i = 0; i < n; i++)
    {
      Reading *r = &readings[i];
      scan_passage (text, words, assay_annotation_get_start (sentences[i]),
                    assay_annotation_get_end (sentences[i]), likely, &r->scan);
      all_letters += r->scan.letters;
      if (r->scan.plain)
        {
          plain_letters += r->scan.letters;
          r->code = likely_code, r->percent = 100, r->reliable = TRUE, r->assumed = TRUE;
        }
    }
  gboolean decided = plain_letters * 2 > all_letters;
  g_autoptr (GHashTable) letters = g_hash_table_new (g_str_hash, g_str_equal);
  const char *doc_lang = NULL;
  guint best = 0;
  for (guint i = 0; i < n; i++)
    {
      const char *s = text + assay_annotation_get_start (sentences[i]);
      const char *e = text + assay_annotation_get_end (sentences[i]);
      Reading *r = &readings[i];
      if (!r->assumed && !(decided && (r->scan.letters < min_letters || !is_prose (&r->scan))))
        r->code = langid_detect (s, e - s, &r->percent, &r->reliable);
      const char *code = r->code;
      if (code == NULL || !r->reliable)
        continue;
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (letters, code)) + r->scan.letters;
      g_hash_table_insert (letters, (gpointer) code, GUINT_TO_POINTER (count));
      if (count > best)
        best = count, doc_lang = code;
    }
  if (doc_lang == NULL)
    doc_lang = langid_detect (text, length, NULL, NULL);
  if (assay_document_get_meta (doc, "lang") == NULL && doc_lang)
    if (!assay_document_set_meta (doc, "lang", doc_lang, error))
      return FALSE;
  /* The input's word on the language wins, as with all metadata. */
  if (assay_document_get_meta (doc, "lang"))
    doc_lang = assay_document_get_meta (doc, "lang");
  if (doc_lang == NULL)
    return TRUE;
  /* Passages are held against the words only when they point at the
   * document's language; otherwise every one is read, as a plain sentence
   * in the likely language is a passage in another. */
  int lang = likely_code && strcmp (likely_code, doc_lang) == 0 ? likely : -1;

  for (guint i = 0; i < n; i++)
    {
      const char *s = text + assay_annotation_get_start (sentences[i]);
      const char *e = text + assay_annotation_get_end (sentences[i]);
      Reading *r = &readings[i];
      if (r->assumed && lang < 0)
        {
          r->code = langid_detect (s, e - s, &r->percent, &r->reliable);
          r->assumed = r->scan.plain = FALSE;
        }
      gboolean tagged;
      /* Each sentence was read above, whole; reuse that reading. */
      if (!try_passage (doc, text, s, e, doc_lang, min_letters, words, lang, r, &tagged, error))
        return FALSE;
      if (tagged)
        continue;
      /* Inside the sentence: quoted stretches and ". "-separated fields. */
      const char *piece = s;
      for (const char *p = s; p <= e;)
        {
          /* ASCII other than '"' and '.' cuts nothing: passed over in a
           * tight loop (this walk over every sentence's bytes was a
           * fifth of the language pass's own time in perf;
           * bench/cleanup-bench.py). */
          p = next_cut_byte (p, e);
          gunichar c = 0;
          const char *next = e + 1;
          if (p < e && (guchar) *p < 0x80)
            c = (guchar) *p, next = p + 1;
          else if (p < e)
            c = g_utf8_get_char (p), next = g_utf8_next_char (p);
          gboolean cut = p == e || is_quote (c) || (c == '.' && next < e && *next == ' ');
          if (cut)
            {
              /* A piece of fewer bytes than min_letters has fewer
               * letters, and try_passage() would only find that out. */
              if (piece < p && (piece != s || p != e) && (gsize) (p - piece) >= min_letters
                  && !try_passage (doc, text, piece, p, doc_lang, min_letters, words, lang, NULL,
                                   &tagged, error))
                return FALSE;
              piece = next;
            }
          p = next;
        }
    }
  return TRUE;
}
