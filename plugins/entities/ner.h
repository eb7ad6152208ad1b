/* ner.h: the entities stage's learned tagger (ner.c). */
#pragma once

#include <assay/assay.h>
#include "gazetteer.h" /* Cue */

#include <string.h>

G_BEGIN_DECLS

/* Feature buckets, as a power of two, of a model trained without
 * --bits: 2^18 rows of int8 weights (2.25 MiB with 9 tags) stay mostly
 * in cache, where a float table of 2^20 rows (36 MiB) did not.  With the
 * document history, 2^17 rows collided enough to cost 0.37 F1 on
 * eng.testa (90.25 -> 90.62, five runs averaged, three seeds); the stage
 * was some 4% slower for it. */
#define NER_DEFAULT_BITS 18

/* The levels of a word's classes in a model's word clusters (coarse to
 * fine), and the value no class may take. */
#define NER_CLUSTER_LEVELS 3
#define NER_CLUSTER_NONE 0xFFFFu

/* One token as the tagger reads it: everything it needs, computed once
 * when the token is read (ner_token_init), as integers. */
typedef struct
{
  guint32 word;     /* hash of the lowercased word */
  guint32 shape;    /* hash of its shape ("Xx", "X.X.", "d") */
  guint32 pre[3];   /* hashes of its first 1..3 bytes lowercased */
  guint32 suf[4];   /* of its last 1..4 */
  guint32 gaz;      /* hash of the gazetteer's class ("B-GPE"), 0: none */
  guint32 doc_slot; /* the word's slot in its document's table (ner_document_slots()) */
  guint8 n_pre, n_suf;
  guint8 flags;     /* NER_TITLE ... */
  /* What the tagger made of the same word earlier in the document, where
   * it was written capitalised inside a sentence: 0 nothing yet, else 1 +
   * the type it was given most (0 no name, then the model's types in
   * order), ner_history_apply(). */
  guint8 history;
  /* What kind of cue word it is (NER_KIND_*, ner_cue_kind()), 0 none:
   * read only as a neighbour's, so a name after "group", "firm",
   * "newspaper" or "the film" is read by the kind, not only by the word
   * eng.train happened to have there. */
  guint8 kind;
} NerToken;

/* The kinds of cue word the tagger reads around a word (NerToken.kind). */
enum
{
  NER_KIND_NONE = 0,
  NER_KIND_ORG_NOUN, /* a lowercase noun for a kind of organisation: firm, group, newspaper */
  NER_KIND_PERSON,   /* a title or form of address: minister, Mr */
  NER_KIND_WORK,     /* a lowercase noun for a kind of work: film, album */
  NER_KIND_ORG_HEAD, /* a capitalised organisation's head: Ministry, Council */
  NER_KIND_LOC_HEAD, /* a place's head: Sea, river */
  NER_KIND_EVENT,    /* an event's, award's or law's head: Prize, cup */
  NER_KIND_FUNCTION, /* a lowercase function word or connector: of, and, the */
  NER_KIND_VERB,     /* a lowercase reporting verb: said */
};

/* The NerToken.kind of a word whose tagger's cue kinds (CueRow.tagger:
 * the kinds the model was trained with) are @cue; @upper: it starts with
 * a capital or a digit (a lowercase kind, "firm", is not read in a name:
 * "Firm Foundations"); @first_name: it is a first name the lists hint
 * (person-names.tsv) before a capitalised word in its sentence, where an
 * event's head is read as the first name ("Secretary of Defense Bill
 * Cohen").  The one place training (ner-train.c) and the stage
 * (entities.c) make it, so the tagger reads what it learnt from. */
guint8 ner_cue_kind (Cue cue, gboolean upper, gboolean first_name);

/* Whether a word of cue kinds @cue that is an event's head is read as a
 * first name, ner_cue_kind()'s @first_name: it is capitalised (@upper),
 * the lists hint it as a first name (@single: its lists' entry, the
 * gazetteer_word()'s) and the next word is capitalised, not glued to it
 * and in its sentence (@name_next): "Secretary of Defense Bill Cohen",
 * not "the Finance Bill".  The one test training and the stage make. */
gboolean ner_cue_first_name (Cue cue, gboolean upper, const GazetteerEntry *single, gboolean name_next);

enum
{
  NER_TITLE = 1 << 0,  /* starts with a capital */
  NER_CAPS = 1 << 1,   /* starts with a letter and has no lowercase one */
  NER_DIGIT = 1 << 2,
  NER_HYPHEN = 1 << 3,
};

/* One sentence as the tagger sees it. */
typedef struct
{
  guint n;
  NerToken *tokens;
} NerSentence;

typedef struct _NerModel NerModel;

/* For the @n words of one document, @keys (each word's case-folded
 * form, as assay_text_fold() makes it) and @hashes (word_hash() of each
 * key), each word's slot into @slots: the same for the same key text,
 * numbered from 0 in the order keys first appear.  Returns the number of
 * distinct keys, the size of the table ner_history_apply() reads.
 * Linear in @n; allocates one table for the call. */
guint ner_document_slots (const char *const *keys, const guint32 *hashes, guint n, guint32 *slots);

/* The counts ner_history_apply() and ner_history_add() keep per slot:
 * one per type a word can be given, no name included. */
#define NER_HISTORY_TYPES 8

/* Sets each token's history from @counts (NER_HISTORY_TYPES a slot of
 * the document's table, by token->doc_slot), before ner_tag(). */
void ner_history_apply (NerSentence *s, const guint16 *counts);
/* Adds to @counts the types @tags gave the tokens written capitalised
 * inside the sentence, after ner_tag(), if the sentence ends as prose
 * does (a headline's guesses would spread through the document). */
void ner_history_add (const NerModel *m, const NerSentence *s, const guint *tags, guint16 *counts);

/* Reads @word (@length bytes of UTF-8, as written) and @gaz_class
 * (nullable: the gazetteer's class of the word, "B-GPE") into @t.
 * Allocates nothing: ASCII is lowercased through a table, other text a
 * character at a time on the stack. */
void ner_token_init (NerToken *t, const char *word, gsize length, const char *gaz_class);
/* The calling thread's cache of the words it read lately (transfer
 * none: it lives as long as the thread).  Asked for once a sentence: a
 * thread-local of a loaded module costs a call each time it is read. */
typedef struct _NerTokenCache NerTokenCache;
NerTokenCache *ner_token_cache (void);

/* What ner_token_init() read of the words a thread read lately, but
 * the gazetteer's class, direct-mapped by the word as written: a text
 * repeats its words, and a hit is one compare and one copy where reading
 * a word is some four hundred instructions (its case, shape, affixes and
 * their hashes).  Words longer than NER_TOKEN_TEXT bytes are read each
 * time.  Here, not in ner-tokens.c, so that a hit and the prefetch are
 * inline in the stage's loop over the tokens: as calls, a call each a
 * token (below). */
#define NER_TOKEN_BITS 12
#define NER_TOKEN_TEXT 22

typedef struct
{
  guint8 length; /* 0: empty */
  char text[NER_TOKEN_TEXT];
  NerToken token;
} NerTokenSlot;

struct _NerTokenCache
{
  NerTokenSlot slots[1 << NER_TOKEN_BITS];
};

static inline NerTokenSlot *
ner_token_slot (NerTokenCache *cache, guint32 hash)
{
  return &cache->slots[(hash * 0x9E3779B1u) >> (32 - NER_TOKEN_BITS)];
}

/* Reads @word (@length bytes, 1 to NER_TOKEN_TEXT) into @slot, the
 * slot of its hash: a miss of ner_token_init_hashed(). */
void ner_token_fill (NerTokenSlot *slot, const char *word, gsize length);
/* ner_token_init() of a word too long for the cache, or empty, and but
 * the gazetteer's class and the kind. */
void ner_token_read_long (NerToken *t, const char *word, gsize length);
/* The hash of a gazetteer class's name (NerToken.gaz), not 0. */
guint32 ner_gaz_hash (const char *gaz_class);

/* Whether the @n bytes (1 to 24) at @a and @b are the same, by loads
 * that overlap (the first and the last 8, 4 or 1 bytes, and 8 in the
 * middle past 16), reading nothing outside either: memcmp() was a call
 * a token (189,111 on 500 BBC articles) for words of some five bytes. */
static inline gboolean
ner_same_short (const char *a, const char *b, gsize n)
{
  if (n >= 8)
    {
      guint64 x0, y0, x1, y1, x2 = 0, y2 = 0;
      memcpy (&x0, a, 8), memcpy (&y0, b, 8);
      memcpy (&x1, a + n - 8, 8), memcpy (&y1, b + n - 8, 8);
      if (n > 16)
        memcpy (&x2, a + 8, 8), memcpy (&y2, b + 8, 8);
      return ((x0 ^ y0) | (x1 ^ y1) | (x2 ^ y2)) == 0;
    }
  if (n >= 4)
    {
      guint32 x0, y0, x1, y1;
      memcpy (&x0, a, 4), memcpy (&y0, b, 4);
      memcpy (&x1, a + n - 4, 4), memcpy (&y1, b + n - 4, 4);
      return ((x0 ^ y0) | (x1 ^ y1)) == 0;
    }
  return a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1];
}

G_STATIC_ASSERT (NER_TOKEN_TEXT <= 24);

/* ner_token_init() where the caller has a hash of @word as written
 * (@hash: any 32 bits that differ between most words; words written
 * alike must get the same), to find the word in @cache with no second
 * pass over its bytes.  Asking for that place first with
 * ner_token_prefetch(), some work before, spares the wait for memory.
 * The token is the same whatever @hash is. */
static inline void
ner_token_init_hashed (NerTokenCache *cache, NerToken *t, const char *word, gsize length, guint32 hash,
                       const char *gaz_class)
{
  if (length > 0 && length <= NER_TOKEN_TEXT)
    {
      NerTokenSlot *slot = ner_token_slot (cache, hash);
      if (slot->length != length || !ner_same_short (slot->text, word, length))
        ner_token_fill (slot, word, length);
      *t = slot->token;
    }
  else
    ner_token_read_long (t, word, length);
  t->gaz = gaz_class ? ner_gaz_hash (gaz_class) : 0;
  t->kind = NER_KIND_NONE; /* the caller's to set: ner_cue_kind() */
}

static inline void
ner_token_prefetch (NerTokenCache *cache, guint32 hash)
{
  __builtin_prefetch (ner_token_slot (cache, hash));
}

/* A model of @tags (the O tag first, then B-X / I-X) with 2^@bits
 * feature rows, all weights zero.  Returns (transfer full): free with
 * ner_model_free(). */
NerModel *ner_model_new (const char *const *tags, guint bits);
void ner_model_free (NerModel *m);
guint ner_model_n_tags (const NerModel *m);
const char *ner_model_tag (const NerModel *m, guint i);
/* Bytes the weights take in memory. */
gsize ner_model_weight_bytes (const NerModel *m);

/* Tags each token of @s (indexes into the model's tags) into @tags,
 * which holds @s->n. */
void ner_tag (const NerModel *m, const NerSentence *s, guint *tags);

/* ner_tag() the plain way, a row at a time with no cache or vectors:
 * what ner_tag()'s faster paths must give (the tests compare them). */
void ner_tag_reference (const NerModel *m, const NerSentence *s, guint *tags);

/* Averaged perceptron over @sentences (NerSentence*) with @gold (guint*
 * tag indexes per sentence), @epochs passes over the documents (@docs:
 * the index of each one's first sentence, ascending) in a shuffled
 * order, each document's sentences in order, the history features
 * (ner_history_apply()) from the tagger's own guesses as when it runs;
 * @runs such runs (seeds @seed, @seed + 1 ...; at least 1) have their
 * averaged weights averaged, which are then quantised to the int8
 * ner_tag() reads, so what is scored after training is what is saved. */
/* Training gives weights only to the rows that at least @min_count
 * tokens of the first epoch read (their features hashed there), the
 * others left zero (default 0: every row).  A row of a feature seen once
 * or twice is mostly noise, and in a smaller table it is the noise
 * that collides with the features the model needs.  Measured for a
 * 2^16 table (576 KiB, in the L2 cache) at 3: eng.testa as before, but
 * no faster and worse on the project's table tests, so not shipped
 * (SPEED.md, sixteenth round). */
void ner_model_set_min_count (NerModel *m, guint min_count);

void ner_train (NerModel *m, GPtrArray *sentences, GPtrArray *gold, GArray *docs, guint epochs, guint32 seed,
                guint runs);

/* Gives @m the word classes of @path (ner-clusters.tsv: a word and its
 * NER_CLUSTER_LEVELS classes by tabs, coarse to fine), read as features
 * from then on; the model file names the file, which must stay beside
 * it.  Before training. */
gboolean ner_model_set_clusters (NerModel *m, const char *path, GError **error);

gboolean ner_model_save (const NerModel *m, const char *path, GError **error);
NerModel *ner_model_load (const char *path, GError **error);

G_END_DECLS
