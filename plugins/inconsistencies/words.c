/* words.c: cutting sentences into words and finding cue phrases in them.
 *
 * Claims are read by cue phrases (cues.tsv), and every word of every
 * sentence may start one of any kind.  Looking each phrase up by kind and
 * length, building the phrase each time, made claim reading the stage's
 * whole cost.  So the phrases are a trie over word ids: a word's folded
 * form is looked up once, an unknown word (most words) ends the walk at
 * once, and one walk from each word finds the cues of every kind that
 * start there.
 */
#include "words.h"

#include <assay/assay-ascii16-private.h>
#include <string.h>

struct _CueMatch
{
  guint kind;
  guint length; /* in words */
  const char *value;
};

typedef struct
{
  guint kind;
  char *value; /* owned */
} CueEnd;

typedef struct
{
  /* The cues that end at this node, one per kind. */
  CueEnd *ends;
  guint n_ends;
} Node;

/* A word's hash from its folded bytes eight at a time, never 0.  Its low
 * 16 bits are its filter bit.  Eight at a time rather than FNV-1a's byte
 * at a time, so that words_cut() hashes an ASCII word as it copies it a
 * chunk at a time.  @word has zeros from @length to the end of its last
 * eight bytes (padded_word()). */
#define WORD_HASH_K0 G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)
#define WORD_HASH_K1 G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9)

static inline guint64
word_hash_step (guint64 h, guint64 chunk)
{
  h = (h ^ chunk) * WORD_HASH_K1;
  return h ^ (h >> 31);
}

static inline guint32
word_hash_finish (guint64 h)
{
  guint32 h32 = (guint32) (h >> 32);
  return h32 ? h32 : 1;
}

static inline guint32
word_hash_padded (const char *word, gsize length)
{
  guint64 h = length * WORD_HASH_K0;
  for (gsize i = 0; i < length; i += 8)
    {
      guint64 chunk;
      memcpy (&chunk, word + i, 8);
      h = word_hash_step (h, chunk);
    }
  return word_hash_finish (h);
}

/* word_hash_padded() of a NUL-terminated @word of the trie's (cold). */
static guint32
word_hash (const char *word)
{
  gsize length = strlen (word);
  g_autofree char *padded = g_malloc0 (length + 8);
  memcpy (padded, word, length);
  return word_hash_padded (padded, length);
}

static inline guint
filter_bit (const char *word)
{
  return word_hash (word) & 0xFFFF;
}

/* Open-addressed tables of the frozen trie, looked up without a call:
 * GHashTable lookups were half the words' cost after the filter
 * (callgrind, 150 BBC articles: 90 instructions each, a third of the
 * words being cue words such as "the", "of", "was"). */
typedef struct
{
  guint32 hash;   /* FNV-1a of the word; 0: empty slot */
  guint32 id;
  guint32 offset; /* of the word in CueTrie.pool */
  guint32 length; /* its bytes */
} VocabularySlot;

/* An edge carries its child's cue ends (where they lie in CueTrie.ends),
 * so that a walk reads no Node: the Node and then its own array of ends,
 * two loads one after the other at each word of a cue, were a third of
 * words_cut()'s samples in perf (news-crosscheck on 20 MB of BBC JSONL). */
typedef struct
{
  guint32 key; /* node << 16 | word id; 0: empty slot (the root has no id 0) */
  guint16 child;
  guint16 n_ends;
  guint32 first_end;
} EdgeSlot;

/* A cue that ends at a node, in the frozen trie's one array. */
typedef struct
{
  guint kind;
  const char *value; /* the Node's */
} FlatEnd;

struct _CueTrie
{
  /* Bit h: some cue word has filter_bit h.  Most words of a sentence are
   * no cue word, and this answers for them without a lookup (measured:
   * the lookups were a fifth of the words' cost). */
  guint64 filter[65536 / 64];
  GHashTable *vocabulary; /* folded word -> GUINT id (from 1), while built */
  GHashTable *edges;      /* GUINT (node << 16 | id) -> GUINT child node, while built */
  GArray *nodes;          /* Node; 0 is the root */
  VocabularySlot *words;  /* frozen: the vocabulary, open-addressed */
  guint32 words_mask;
  EdgeSlot *links;        /* frozen: the edges, open-addressed */
  guint32 links_mask;
  FlatEnd *ends;          /* frozen: every node's ends, a node's together */
  /* frozen: the vocabulary's words, one after another (NUL-separated).
   * A word is compared with its slot's only when their lengths agree,
   * and then in these few KB rather than in a string of its own
   * wherever the heap put it. */
  char *pool;
};

#define TRIE_LIMIT 65535

CueTrie *
cue_trie_new (void)
{
  CueTrie *t = g_new0 (CueTrie, 1);
  t->vocabulary = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  t->edges = g_hash_table_new (g_direct_hash, g_direct_equal);
  t->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  g_array_set_size (t->nodes, 1);
  return t;
}

void
cue_trie_free (CueTrie *t)
{
  if (t == NULL)
    return;
  for (guint i = 0; i < t->nodes->len; i++)
    {
      Node *n = &g_array_index (t->nodes, Node, i);
      for (guint e = 0; e < n->n_ends; e++)
        g_free (n->ends[e].value);
      g_free (n->ends);
    }
  g_array_unref (t->nodes);
  g_hash_table_unref (t->edges);
  g_hash_table_unref (t->vocabulary);
  g_free (t->words);
  g_free (t->links);
  g_free (t->ends);
  g_free (t->pool);
  g_free (t);
}

gboolean
cue_trie_add (CueTrie *t, const char *phrase, guint kind, const char *value)
{
  g_auto (GStrv) words = g_strsplit (phrase, " ", -1);
  guint node = 0;
  for (char **w = words; *w; w++)
    {
      if (**w == '\0')
        continue;
      guint id = GPOINTER_TO_UINT (g_hash_table_lookup (t->vocabulary, *w));
      if (id == 0)
        {
          id = g_hash_table_size (t->vocabulary) + 1;
          if (id > TRIE_LIMIT)
            return FALSE;
          g_hash_table_insert (t->vocabulary, g_strdup (*w), GUINT_TO_POINTER (id));
          guint bit = filter_bit (*w);
          t->filter[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
        }
      gpointer edge = GUINT_TO_POINTER ((node << 16) | id);
      guint child = GPOINTER_TO_UINT (g_hash_table_lookup (t->edges, edge));
      if (child == 0)
        {
          child = t->nodes->len;
          if (child > TRIE_LIMIT)
            return FALSE;
          g_array_set_size (t->nodes, child + 1);
          g_hash_table_insert (t->edges, edge, GUINT_TO_POINTER (child));
        }
      node = child;
    }
  Node *n = &g_array_index (t->nodes, Node, node);
  /* A phrase given twice for one kind: the later value stands. */
  for (guint e = 0; e < n->n_ends; e++)
    if (n->ends[e].kind == kind)
      {
        g_free (n->ends[e].value);
        n->ends[e].value = g_strdup (value);
        return TRUE;
      }
  n->ends = g_renew (CueEnd, n->ends, n->n_ends + 1);
  n->ends[n->n_ends++] = (CueEnd) { kind, g_strdup (value) };
  return TRUE;
}

static guint32
table_size (guint n)
{
  guint32 size = 16;
  while (size < 2 * n)
    size *= 2;
  return size;
}

static inline guint32
edge_slot (guint32 key, guint32 mask)
{
  return (key * 2654435761u) >> 7 & mask;
}

void
cue_trie_freeze (CueTrie *t)
{
  g_clear_pointer (&t->words, g_free);
  g_clear_pointer (&t->pool, g_free);
  g_clear_pointer (&t->links, g_free);
  g_clear_pointer (&t->ends, g_free);
  /* Each node's ends, in node order; first[n] is where node n's begin. */
  g_autofree guint32 *first = g_new0 (guint32, t->nodes->len);
  guint32 n_ends = 0;
  for (guint n = 0; n < t->nodes->len; n++)
    {
      first[n] = n_ends;
      n_ends += g_array_index (t->nodes, Node, n).n_ends;
    }
  t->ends = g_new (FlatEnd, MAX (n_ends, 1));
  for (guint n = 0; n < t->nodes->len; n++)
    {
      const Node *node = &g_array_index (t->nodes, Node, n);
      for (guint e = 0; e < node->n_ends; e++)
        t->ends[first[n] + e] = (FlatEnd) { node->ends[e].kind, node->ends[e].value };
    }
  guint32 size = table_size (g_hash_table_size (t->vocabulary));
  t->words = g_new0 (VocabularySlot, size);
  t->words_mask = size - 1;
  GHashTableIter iter;
  gpointer key, value;
  GString *pool = g_string_new (NULL);
  g_hash_table_iter_init (&iter, t->vocabulary);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint32 h = word_hash (key);
      guint32 i = h & t->words_mask;
      while (t->words[i].hash)
        i = (i + 1) & t->words_mask;
      gsize length = strlen (key);
      /* at most TRIE_LIMIT words of a line each: far below 4 GB */
      t->words[i] = (VocabularySlot) { h, GPOINTER_TO_UINT (value), (guint32) pool->len, (guint32) length };
      g_string_append_len (pool, key, length + 1);
    }
  t->pool = g_string_free (pool, FALSE);
  size = table_size (g_hash_table_size (t->edges));
  t->links = g_new0 (EdgeSlot, size);
  t->links_mask = size - 1;
  g_hash_table_iter_init (&iter, t->edges);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint32 k = GPOINTER_TO_UINT (key);
      guint child = GPOINTER_TO_UINT (value);
      guint32 i = edge_slot (k, t->links_mask);
      while (t->links[i].key)
        i = (i + 1) & t->links_mask;
      /* child <= TRIE_LIMIT (cue_trie_add()), and a node has at most one
       * end a kind */
      t->links[i] = (EdgeSlot) { k, (guint16) child, (guint16) g_array_index (t->nodes, Node, child).n_ends,
                                 first[child] };
    }
}

/* The id of @word (@length bytes, hashed to @h), 0 when no cue has it. */
static inline guint
vocabulary_id (const CueTrie *t, const char *word, gsize length, guint32 h)
{
  for (guint32 i = h & t->words_mask; t->words[i].hash; i = (i + 1) & t->words_mask)
    if (t->words[i].hash == h && t->words[i].length == length
        && memcmp (t->pool + t->words[i].offset, word, length) == 0)
      return t->words[i].id;
  return 0;
}

/* The edge from @node by word @id, or NULL. */
static inline const EdgeSlot *
edge_of (const CueTrie *t, guint node, guint id)
{
  guint32 key = node << 16 | id;
  for (guint32 i = edge_slot (key, t->links_mask); t->links[i].key; i = (i + 1) & t->links_mask)
    if (t->links[i].key == key)
      return &t->links[i];
  return NULL;
}

void
words_init (Words *w)
{
  memset (w, 0, sizeof *w);
}

void
words_clear (Words *w)
{
  g_free (w->items);
  g_free (w->matches);
  g_free (w->ids);
  g_free (w->folded);
  memset (w, 0, sizeof *w);
}

/* 1: an ASCII letter or digit; 2: a byte of a non-ASCII character, which
 * g_unichar_isalnum() decides; 0: neither. */
static const guint8 word_byte[256] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, [0x80 ... 0xFF] = 2,
};

static gboolean
is_word_char (const char *p, const char *end)
{
  guchar c = *p;
  if (c < 0x80)
    return word_byte[c] == 1;
  gunichar u = g_utf8_get_char_validated (p, end - p);
  return u < 0xFFFFFFFE && (g_unichar_isalnum (u) || g_unichar_ismark (u));
}

static const char *
next_char (const char *p)
{
  return (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
}

/* Room for @n more bytes of folded words, their NUL and the zeros up to
 * the end of their last eight bytes (word_hash_padded()). */
static inline char *
folded_room (Words *w, gsize n)
{
  if (w->folded_len + n + 8 > w->folded_capacity)
    {
      w->folded_capacity = MAX (w->folded_capacity * 2, w->folded_len + n + 1024);
      w->folded = g_realloc (w->folded, w->folded_capacity);
    }
  return w->folded + w->folded_len;
}

/* Ends the folded word of @n bytes at @out (its NUL and padding) and
 * returns its hash. */
static inline guint32
finish_folded (Words *w, char *out, gsize n)
{
  memset (out + n, 0, 8);
  w->folded_len += n + 1;
  return word_hash_padded (out, n);
}

/* append_folded() for a word with a character beyond ASCII. */
G_NO_INLINE static guint32
append_folded_utf8 (Words *w, const char *p, gsize n)
{
  g_autofree char *folded = assay_text_fold (p, n);
  n = strlen (folded);
  char *out = folded_room (w, n);
  memcpy (out, folded, n);
  return finish_folded (w, out, n);
}

/* Appends the folded form of [@p, @p + @n) to @w's, @ascii when it is
 * all ASCII (words_cut() knows as it reads it); returns its word_hash().
 * An ASCII word's bytes (letters, digits and the joining "-',.") all have
 * bit 0x20 set but the capitals, so setting it folds the word. */
static inline guint32
append_folded (Words *w, const char *p, gsize n, gboolean ascii)
{
  if (!ascii)
    return append_folded_utf8 (w, p, n);
  char *out = folded_room (w, n);
  for (gsize i = 0; i < n; i++)
    out[i] = p[i] | 0x20;
  return finish_folded (w, out, n);
}

/* A new word of @w, its folded form and id left to the caller. */
static inline guint
words_add (Words *w, gsize start, gsize end, gboolean maybe_hyphen)
{
  if (w->len == w->capacity)
    {
      w->capacity = MAX (64, w->capacity * 2);
      w->items = g_renew (Word, w->items, w->capacity);
      w->ids = g_renew (guint, w->ids, w->capacity);
    }
  guint i = w->len++;
  w->items[i] = (Word) { start, end, w->folded_len, 0, 0, 0, 0, maybe_hyphen };
  return i;
}

/* Word @i's id in @t from its folded form's hash @h. */
static inline void
words_set_id (Words *w, const CueTrie *t, guint i, guint32 h)
{
  guint bit = h & 0xFFFF;
  w->ids[i] = t->filter[bit / 64] >> (bit % 64) & 1
                ? vocabulary_id (t, words_folded (w, i), w->folded_len - 1 - w->items[i].folded, h)
                : 0;
}

/* Bytes from a block's start that read_block() may load: its 64, and
 * the last chunk of a word that ends near its end. */
#define CUT_BLOCK 64
#define CUT_BLOCK_READ (CUT_BLOCK + 16)

/* Reads the words that lie whole in the ASCII bytes among the CUT_BLOCK
 * at @p (not inside a word; CUT_BLOCK_READ bytes readable) as
 * words_cut()'s byte loop would, from bit masks of the block's letters,
 * digits and joining marks found sixteen bytes at a time, and folds and
 * hashes each word eight bytes at a time.  A word's byte loop, its
 * folding and its hashing a byte at a time were most of words_cut()
 * (280M instructions on 5 MB of BBC JSONL, about 300 a word).  Returns
 * where the byte loop goes on: the start of a word this cannot finish (it
 * may run on past the block, or into a character beyond ASCII), else the
 * end of what it read; @p when it read nothing.  As cleanup's word
 * reader does (plugins/cleanup/language.c). */
static const char *
read_block (Words *w, const CueTrie *t, const char *text, const char *p)
{
#if defined(__SSE2__) && G_BYTE_ORDER == G_LITTLE_ENDIAN
  guint64 alnum = 0, digit = 0, high = 0, dash = 0, inner = 0, marks = 0;
  for (int k = 0; k < CUT_BLOCK / 16; k++)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (p + 16 * k));
      __m128i d = assay_ascii_digits16 (v);
      __m128i a = _mm_or_si128 (assay_ascii_letters16 (v), d);
      __m128i h = _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('-'));
      __m128i in = _mm_or_si128 (h, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\'')));
      __m128i m = _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (',')), _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('.')));
      alnum |= (guint64) (guint16) _mm_movemask_epi8 (a) << (16 * k);
      digit |= (guint64) (guint16) _mm_movemask_epi8 (d) << (16 * k);
      high |= (guint64) (guint16) _mm_movemask_epi8 (v) << (16 * k);
      dash |= (guint64) (guint16) _mm_movemask_epi8 (h) << (16 * k);
      inner |= (guint64) (guint16) _mm_movemask_epi8 (in) << (16 * k);
      marks |= (guint64) (guint16) _mm_movemask_epi8 (m) << (16 * k);
    }
  /* Only up to the first byte beyond ASCII, which may be a letter. */
  guint limit = high ? (guint) __builtin_ctzll (high) : CUT_BLOCK;
  /* A hyphen or apostrophe joins between two letters or digits, a comma
   * or point between two digits (bit 63's next byte is unknown here: no
   * word that reaches it is read). */
  guint64 joins = (inner & (alnum << 1) & (alnum >> 1)) | (marks & (digit << 1) & (digit >> 1));
  guint64 word = alnum | joins;
  if (limit < CUT_BLOCK)
    word &= (G_GUINT64_CONSTANT (1) << limit) - 1;
  guint64 hyphens = dash & joins;
  guint64 starts = word & ~(word << 1);
  while (starts)
    {
      guint s = (guint) __builtin_ctzll (starts);
      starts &= starts - 1;
      guint64 rest = ~(word >> s);
      guint length = rest ? (guint) __builtin_ctzll (rest) : CUT_BLOCK - s;
      /* the byte after the word decides whether the one after it joins */
      if (s + length + 1 >= limit)
        return p + s;
      const char *first = p + s;
      guint64 span = ((G_GUINT64_CONSTANT (1) << length) - 1) << s; /* length < 63 */
      guint i = words_add (w, first - text, first + length - text, (hyphens & span) != 0);
      char *out = folded_room (w, length);
      guint64 h = length * WORD_HASH_K0;
      for (guint k = 0; k < length; k += 8)
        {
          guint64 chunk;
          memcpy (&chunk, first + k, 8);
          guint64 keep = length - k >= 8 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << (8 * (length - k))) - 1;
          chunk = (chunk | G_GUINT64_CONSTANT (0x2020202020202020)) & keep;
          memcpy (out + k, &chunk, 8);
          h = word_hash_step (h, chunk);
        }
      out[length] = '\0';
      w->folded_len += length + 1;
      words_set_id (w, t, i, word_hash_finish (h));
    }
  return p + limit;
#else
  (void) w, (void) t, (void) text;
  return p;
#endif
}

/* Every cue that starts at word @i, longest of each kind. */
static void
match_at (Words *w, const CueTrie *t, guint i, const guint *ids)
{
  Word *word = &w->items[i];
  word->matches = w->n_matches;
  guint node = 0;
  for (guint j = i; j < w->len && ids[j]; j++)
    {
      const EdgeSlot *edge = edge_of (t, node, ids[j]);
      if (edge == NULL)
        break;
      node = edge->child;
      const FlatEnd *ends = t->ends + edge->first_end;
      for (guint e = 0; e < edge->n_ends; e++)
        {
          CueMatch m = { ends[e].kind, j - i + 1, ends[e].value };
          /* The word alone is kept (words_value()); of the longer ones of
           * a kind, the longest. */
          gboolean replaced = FALSE;
          for (guint k = word->matches; m.length > 1 && k < w->n_matches && !replaced; k++)
            {
              CueMatch *o = &w->matches[k];
              if (o->kind == m.kind && o->length > 1)
                *o = m, replaced = TRUE;
            }
          if (!replaced)
            {
              if (w->n_matches == w->matches_capacity)
                {
                  w->matches_capacity = MAX (64, w->matches_capacity * 2);
                  w->matches = g_renew (CueMatch, w->matches, w->matches_capacity);
                }
              w->matches[w->n_matches++] = m;
            }
          word->kinds |= 1u << m.kind;
          if (j == i)
            word->single |= 1u << m.kind;
        }
    }
  word->n_matches = w->n_matches - word->matches;
}

void
words_cut (Words *w, const CueTrie *t, const char *text, gsize start, gsize end)
{
  w->text = text;
  w->len = 0;
  w->folded_len = 0;
  w->n_matches = 0;
  const char *p = text + start, *stop = text + end;
  while (p < stop)
    {
      if (stop - p >= CUT_BLOCK_READ)
        {
          const char *q = read_block (w, t, text, p);
          if (q > p)
            {
              p = q;
              continue;
            }
        }
      while (p < stop && word_byte[(guchar) *p] == 0)
        p++;
      if (p == stop)
        break;
      if (!is_word_char (p, stop))
        {
          p = next_char (p);
          continue;
        }
      const char *first = p;
      /* Whether the word is all ASCII, learnt where a byte beyond ASCII
       * is taken: a letter or mark, or U+2019 joining. */
      gboolean ascii = (guchar) *p < 0x80, hyphen = FALSE;
      while (p < stop)
        {
          while (p < stop && word_byte[(guchar) *p] == 1)
            p++;
          if (p == stop)
            break;
          if (is_word_char (p, stop))
            {
              ascii = FALSE; /* no ASCII byte left is a word character here */
              p = next_char (p);
              continue;
            }
          const char *next = next_char (p);
          gunichar c = (guchar) *p < 0x80 ? (guchar) *p : g_utf8_get_char (p);
          gboolean number_mark = (c == ',' || c == '.') && g_ascii_isdigit (p[-1]);
          gboolean joins = (c == '-' || c == '\'' || c == 0x2019 || number_mark) && next < stop
                           && is_word_char (next, stop) && (!number_mark || g_ascii_isdigit (*next));
          if (!joins)
            break;
          ascii = ascii && c < 0x80;
          hyphen = hyphen || c == '-';
          p = next;
        }
      guint i = words_add (w, first - text, p - text, hyphen || !ascii);
      words_set_id (w, t, i, append_folded (w, first, p - first, ascii));
    }
  /* Then one walk from each word that can start a cue. */
  const guint *ids = w->ids;
  for (guint i = 0; i < w->len; i++)
    if (ids[i])
      match_at (w, t, i, ids);
}

/* words_cue() past its inline test: a cue of @kind starts at word @i. */
guint
words_cue_longest (const Words *w, guint i, guint kind, const char **value)
{
  const Word *word = words_at (w, i);
  guint longest = 0;
  for (guint k = word->matches; k < word->matches + word->n_matches; k++)
    {
      const CueMatch *m = &w->matches[k];
      if (m->kind == kind && m->length > longest)
        {
          longest = m->length;
          if (value)
            *value = m->value;
        }
    }
  return longest;
}

const char *
words_value (const Words *w, guint i, guint kind)
{
  if (!words_is (w, i, kind))
    return NULL;
  /* The single word's own value, not a longer phrase's. */
  const Word *word = words_at (w, i);
  for (guint k = word->matches; k < word->matches + word->n_matches; k++)
    {
      const CueMatch *m = &w->matches[k];
      if (m->kind == kind && m->length == 1)
        return m->value;
    }
  return NULL;
}
