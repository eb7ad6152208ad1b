/* ner.c: a named-entity tagger: averaged perceptron, greedy left to right.
 *
 * Each token gets the tag (BIO over PER, ORG, LOC, MISC) with the highest
 * score, given features of the token and its neighbours and the two tags
 * already chosen before it.  A token is read once into integers
 * (NerToken: hashes of its lowercased form, shape, affixes, gazetteer
 * class, and flags); a feature is a kind and one or two of those values
 * mixed into a row of a hashed table of int8 weights, so the model needs
 * no vocabulary, tagging allocates nothing, and the table (2^bits rows of
 * one weight per tag) stays in cache.  The features, per token i (w: the
 * lowercased word, "<s>" / "</s>" past the sentence's ends):
 *   bias; w[i]; w[i-1]; w[i+1]; w[i-2]; w[i+2]; w[i-1]+w[i]; w[i]+w[i+1];
 *   shape[i] (X x d for upper, lower, digit, runs collapsed: "Xx", "X.X.",
 *   "dddd" stays "d"), shape[i-1], shape[i+1];
 *   prefixes of 1..3 and suffixes of 1..4 bytes of w[i];
 *   whether w[i] is title-case (apart at the sentence's start), all
 *   capitals, holds a digit or a hyphen;
 *   the gazetteer's class of w[i] (B-GPE, I-ORG ...: where the longest
 *   listed name over the words falls, gazetteer_classes()), alone and
 *   with shape[i]; the classes of w[i-1] and w[i+1] together;
 *   for a capitalised w[i], the type the tagger gave the same word most
 *   often earlier in the document where it was written capitalised
 *   inside a sentence of prose (not a headline's guess: see
 *   ner_history_add()), with how w[i] is written (capitalised or in
 *   capitals, first in its sentence or not): Ratinov and Roth's
 *   (2009) prediction history, aggregated;
 *   for a capitalised w[i] only (Ratinov and Roth's features that
 *   generalise, chosen on eng.testa: 90.6 -> 91.6, five runs averaged):
 *   the kinds of the cue words at i-1, i-2 and i+1 (NerToken.kind: an
 *   organisation's noun, a title, a work's noun, a head, a function word,
 *   a reporting verb, from cues.tsv); the gazetteer's classes of w[i-2]
 *   and w[i+2] together; the capitalised run w[i] is in (function words
 *   allowed inside): its length, where w[i] is in it, whether it holds a
 *   function word, and for a word before its last, the last word and its
 *   suffix of three (run_rows());
 *   where the model has word classes (ner-clusters.c, a model file's
 *   "clusters" line): the classes of w[i] at each level with how it is
 *   capitalised (Ratinov and Roth's word clusters; eng.testa, five runs
 *   averaged, seeds 1 and 6: the tagger 91.64 / 91.79 -> 92.09 / 92.06,
 *   the stage 91.50 / 91.42 -> 92.04 / 91.96).  The neighbours' classes
 *   too (w[i-1], w[i+1] at the two finer levels) scored no better
 *   (91.77 / 92.02, QUALITY-tagger17.md) and cost four rows a token
 *   outside the sums' cache; w[i]'s own are in it (local_rows());
 *   tag[i-1]; tag[i-2]+tag[i-1]; tag[i-1]+shape[i] (with the shape, not
 *   the word as taggers often do: a shape's rows stay in cache, a word's
 *   would be a load the next choice waits for, and on eng.testa it
 *   scored the same).
 * All but the last three are fixed for a sentence, so their score is
 * summed once a token; only the tag features are added per choice.
 * Training is the averaged perceptron (Collins 2002), with the averages
 * kept lazily, in floats; the averages are then scaled into int8 (on
 * eng.testa that scored as well as int16 or floats).  Each epoch first
 * tags every document in order with the weights so far, to give each
 * token the history the tagger itself would give it, then updates
 * sentence by sentence in a shuffled order.
 *
 * What it reads of a word, and its cache of words read, is in
 * ner-tokens.c.
 *
 * The model file (written by ner_model_save):
 *   "ASNER2\n", then text lines "tags N" and N tag names, "bits B",
 *   "scale S" (the int8 weights are the averaged ones times S), where
 *   it reads word classes "clusters FILE" (FILE beside the model),
 *   "weights K", then K binary records of a little-endian uint32 (row *
 *   N + tag) and a signed byte, the weight, the non-zero weights in
 *   increasing index order.
 */
#include "ner.h"
#include "ner-private.h"
#include "tables.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define MAX_TAGS 16
#define MAX_FEATURES 39
#define MAX_CONTEXT 17 /* context_rows() gives at most this many */

struct _NerModel
{
  guint n_tags;
  char **tags;        /* NULL-terminated */
  guint bits;
  guint shift;        /* 64 - bits */
  gint8 *weights;     /* rows * n_tags */
  gsize weights_mapped; /* table_free()'s argument for @weights (tables.h) */
  float scale;
  guint serial;       /* this model among those made in the process: whose sums a thread's cache holds */
  float *train;       /* rows * n_tags while training, else NULL */
  guint min_count;    /* ner_model_set_min_count() */
  NerClusters *clusters; /* ner_model_set_clusters(), NULL: none */
  /* allowed[p][t]: tag t may follow tag p - 1 (p = 0: the sentence's
   * start); an I- tag only follows B- or I- of its type, a greedy
   * tagger's one constraint, so spans are always well formed. */
  gboolean allowed[MAX_TAGS + 1][MAX_TAGS];
  /* ban[p][t]: 0 where allowed[p][t], else far below any score (at most
   * MAX_FEATURES + 3 rows of |w| <= 127), so that ner_tag() takes the
   * best of the scores plus it with no branch: which tag wins is as good
   * as random to the predictor. */
  gint32 ban[MAX_TAGS + 1][MAX_TAGS];
  guint8 type_of[MAX_TAGS]; /* tag_type() */
  /* For nine tags (ner_tag9()): by the two tags before (prev2, prev,
   * each tag index + 1, 0 before the sentence), what does not depend on
   * the token: the weights of K_T1 and K_T2T1 and the ban, tags 0-7 as
   * int16 and tag 8 apart; pairs_update() sets them whenever the
   * weights change.  Two of a token's three tag rows and their loads
   * fewer a choice. */
  gint16 pairs[10][10][8];
  gint32 pairs8[10][10];
};

/* ---- tokens ------------------------------------------------------------- */

enum
{
  K_BIAS = 1, K_W, K_W_1, K_W1, K_W_2, K_W2, K_W_1W, K_WW1, K_SHAPE, K_SHAPE_1, K_SHAPE1,
  K_PRE, K_SUF, K_TITLE, K_CAPS, K_DIGIT, K_HYPHEN, K_GAZ, K_GAZSHAPE, K_GAZ_11,
  K_T1, K_T2T1, K_T1SHAPE, K_HISTORY,
  K_KIND_1, K_KIND_2, K_KIND1, K_GAZ_22, K_RUN, K_RUN_LAST, K_RUN_LAST_SUF,
  K_CLUSTER,
};

/* The values that stand for words past the sentence's ends and for "no
 * gazetteer class". */
#define H_START 0x5bd1e995u
#define H_END 0x27d4eb2fu
#define H_NONE 0x165667b1u

/* A feature's row: its kind and values by multiply-shift hashing, the
 * row being the product's top bits (the values are FNV hashes already,
 * well mixed; a cheap mix here matters, as every token has thirty). */
static inline guint32
row (const NerModel *m, guint32 kind, guint32 a, guint32 b)
{
  guint64 h = (guint64) (a + kind * 0x9E3779B9u) * 0xff51afd7ed558ccdull ^ (guint64) (b + 1) * 0xc4ceb9fe1a85ec53ull;
  return (guint32) (h >> m->shift);
}

/* The rows of the features of token @i that depend on it alone (its
 * word, shape, affixes, flags, gazetteer class; and whether it starts
 * the sentence); returns how many.  ner_tag() keeps their sums per
 * thread by the token's key (local_key), since most of a text's words
 * are words seen before. */
static guint
local_rows (const NerModel *m, const NerToken *t, guint i, guint32 *out)
{
  guint k = 0;
  out[k++] = row (m, K_BIAS, 0, 0);
  out[k++] = row (m, K_W, t->word, 0);
  out[k++] = row (m, K_SHAPE, t->shape, 0);
  for (guint j = 0; j < t->n_pre; j++)
    out[k++] = row (m, K_PRE, t->pre[j], j);
  for (guint j = 0; j < t->n_suf; j++)
    out[k++] = row (m, K_SUF, t->suf[j], j);
  if (t->flags & NER_TITLE)
    out[k++] = row (m, K_TITLE, i == 0, 0);
  if (t->flags & NER_CAPS)
    out[k++] = row (m, K_CAPS, 0, 0);
  if (t->flags & NER_DIGIT)
    out[k++] = row (m, K_DIGIT, 0, 0);
  if (t->flags & NER_HYPHEN)
    out[k++] = row (m, K_HYPHEN, 0, 0);
  if (t->gaz)
    {
      out[k++] = row (m, K_GAZ, t->gaz, 0);
      out[k++] = row (m, K_GAZSHAPE, t->gaz, t->shape);
    }
  /* Looked up here, not per token: these rows' sums are kept by the
   * word (local_key), so the table is probed only on a cache miss. */
  const guint16 *classes = m->clusters ? ner_clusters_classes (m->clusters, t->word) : NULL;
  for (guint j = 0; classes && j < NER_CLUSTER_LEVELS; j++)
    out[k++] = row (m, K_CLUSTER, classes[j], j | (t->flags & (NER_TITLE | NER_CAPS)) << 2);
  return k;
}

/* What local_rows() reads of a token, in 64 bits: the lowercased word,
 * its shape (which with the word fixes the affixes and flags but
 * NER_TITLE at the sentence's start), its gazetteer class, its flags and
 * whether it starts the sentence. */
static inline guint64
local_key (const NerToken *t, guint i)
{
  guint64 h = ((guint64) t->word << 32 | t->shape) * 0x9E3779B97F4A7C15ull;
  h ^= ((guint64) t->gaz << 9 | (guint64) t->flags << 1 | (i == 0)) * 0xC2B2AE3D27D4EB4Full;
  return h ^ h >> 29;
}

/* Whether token @i of @s is capitalised (or in capitals), so a word of a
 * capitalised run; run_rows() lets the run go on over one lowercase
 * function word between two such words ("Bank of England"). */
static inline gboolean
run_word (const NerSentence *s, guint i)
{
  return s->tokens[i].flags & (NER_TITLE | NER_CAPS);
}

#define RUN_MAX 8

/* The features of capitalised token @i that read the whole capitalised
 * run it is in (at most RUN_MAX words each way of it): the run's length
 * and where @i is in it, with whether it holds a function word
 * ("Bank of England"); and for a word before the run's last, that last
 * word and its suffix of three.  A name's kind is often said by its last
 * word ("Sale Sharks", "Wall Street Journal", "Matrix Asset Advisors"),
 * further off than the neighbours' features reach.  Chosen on eng.testa
 * (the tagger alone, one run, seeds 1-4, mean): all of this round's
 * features 91.20 against 90.16 before; without the run's shape 91.03,
 * without its last word 90.61.  Tried and not kept (no gain beyond a
 * seed's spread beside the rest): the lowercase word before the run and
 * its kind, for every word of the run (91.19), and the history of the
 * run's last word (91.10). */
static guint
run_rows (const NerModel *m, const NerSentence *s, guint i, guint32 *out)
{
  guint a = i, b = i + 1, k = 0;
  gboolean function = FALSE;
  while (a > 0 && i - a < RUN_MAX)
    {
      if (run_word (s, a - 1))
        a--;
      else if (a > 1 && s->tokens[a - 1].kind == NER_KIND_FUNCTION && run_word (s, a - 2))
        a -= 2, function = TRUE;
      else
        break;
    }
  while (b < s->n && b - i < RUN_MAX)
    {
      if (run_word (s, b))
        b++;
      else if (b + 1 < s->n && s->tokens[b].kind == NER_KIND_FUNCTION && run_word (s, b + 1))
        b += 2, function = TRUE;
      else
        break;
    }
  guint len = MIN (b - a, 4), pos = b - a == 1 ? 3 : i == a ? 0 : i + 1 == b ? 2 : 1;
  out[k++] = row (m, K_RUN, len * 4 + pos, function);
  if (i + 1 < b)
    {
      const NerToken *last = &s->tokens[b - 1];
      out[k++] = row (m, K_RUN_LAST, last->word, 0);
      if (last->n_suf >= 3)
        out[k++] = row (m, K_RUN_LAST_SUF, last->suf[2], 0);
    }
  return k;
}

/* The rows of the features of token @i that read its neighbours.
 * Inlined into the tagger, a call a token was not (GCC left it a call,
 * and inlined it saved 5.8 M of entities_process()'s 458.8 M
 * instructions on 500 BBC articles). */
static inline __attribute__ ((always_inline)) guint
context_rows (const NerModel *m, const NerSentence *s, guint i, guint32 *out)
{
  const NerToken *t = &s->tokens[i];
  const NerToken *before = i > 0 ? &s->tokens[i - 1] : NULL;
  const NerToken *after = i + 1 < s->n ? &s->tokens[i + 1] : NULL;
  guint32 w = t->word;
  guint32 w_1 = before ? before->word : H_START, w1 = after ? after->word : H_END;
  guint32 w_2 = i > 1 ? s->tokens[i - 2].word : H_START, w2 = i + 2 < s->n ? s->tokens[i + 2].word : H_END;
  guint k = 0;
  out[k++] = row (m, K_W_1, w_1, 0);
  out[k++] = row (m, K_W1, w1, 0);
  out[k++] = row (m, K_W_2, w_2, 0);
  out[k++] = row (m, K_W2, w2, 0);
  out[k++] = row (m, K_W_1W, w_1, w);
  out[k++] = row (m, K_WW1, w, w1);
  out[k++] = row (m, K_SHAPE_1, before ? before->shape : H_START, 0);
  out[k++] = row (m, K_SHAPE1, after ? after->shape : H_END, 0);
  guint32 gb = before && before->gaz ? before->gaz : H_NONE, ga = after && after->gaz ? after->gaz : H_NONE;
  if (gb != H_NONE || ga != H_NONE)
    out[k++] = row (m, K_GAZ_11, gb, ga);
  /* What the document's earlier mentions were (not a local feature: the
   * same word has another history in another place). */
  if (t->history)
    out[k++] = row (m, K_HISTORY, t->history, (t->flags & (NER_TITLE | NER_CAPS)) | (i == 0 ? 4 : 0));
  /* What follows (the kinds of the cue words around the word, the
   * lists' classes two words off, the capitalised run it is in) is read
   * only for a capitalised word, where names are: a lowercase word's tag
   * is O nearly always, and its rows would cost a load each.  Read for
   * every word, they scored the same on eng.testa (91.61 against 91.58,
   * five runs averaged) and cost the stage 4.9% more instructions, not
   * 3.0%. */
  guint32 cap = t->flags & (NER_TITLE | NER_CAPS);
  if (!cap)
    return k;
  /* The kinds of the cue words around it: "firm X", "the film X", "Mr
   * X", "X said", "X of". */
  if (before && before->kind)
    out[k++] = row (m, K_KIND_1, before->kind, cap);
  if (i > 1 && s->tokens[i - 2].kind)
    out[k++] = row (m, K_KIND_2, s->tokens[i - 2].kind, cap);
  if (after && after->kind)
    out[k++] = row (m, K_KIND1, after->kind, cap);
  /* The lists' classes two words off ("Chief Executive Martin Sorrell"
   * reads B-FIRST at +2 from "Executive"). */
  guint32 g_2 = i > 1 && s->tokens[i - 2].gaz ? s->tokens[i - 2].gaz : H_NONE;
  guint32 g2 = i + 2 < s->n && s->tokens[i + 2].gaz ? s->tokens[i + 2].gaz : H_NONE;
  if (g_2 != H_NONE || g2 != H_NONE)
    out[k++] = row (m, K_GAZ_22, g_2, g2);
  k += run_rows (m, s, i, out + k);
  return k;
}

/* The rows of the features of token @i that do not depend on the tags;
 * returns how many. */
static guint
static_rows (const NerModel *m, const NerSentence *s, guint i, guint32 *out)
{
  guint k = local_rows (m, &s->tokens[i], i, out);
  return k + context_rows (m, s, i, out + k);
}

/* The rows of the tag features, @prev and @prev2 being tag index + 1
 * (0: before the sentence). */
static void
tag_rows (const NerModel *m, const NerToken *t, guint prev, guint prev2, guint32 *out)
{
  out[0] = row (m, K_T1, prev, 0);
  out[1] = row (m, K_T2T1, prev2, prev);
  out[2] = row (m, K_T1SHAPE, prev, t->shape);
}

/* The type (0: no name, else 1 + the index of its type among the
 * model's, in the order of their B- tags) of tag @t. */
static guint
tag_type (const NerModel *m, guint t)
{
  return m->type_of[t];
}

void
ner_history_apply (NerSentence *s, const guint16 *counts)
{
  for (guint i = 0; i < s->n; i++)
    {
      NerToken *t = &s->tokens[i];
      t->history = 0;
      if (!(t->flags & (NER_TITLE | NER_CAPS)))
        continue;
      const guint16 *c = counts + (gsize) t->doc_slot * NER_HISTORY_TYPES;
#ifdef __SSE2__
      /* The eight counts as one vector: their maximum in every lane (as
       * signed, each flipped by 0x8000), then the first lane holding it;
       * a count is there when the maximum is not 0.  The loop below did
       * this with a branch a type, which the predictor could not learn
       * (4.1 M instructions on 500 BBC articles). */
      G_STATIC_ASSERT (NER_HISTORY_TYPES == 8);
      const __m128i flip = _mm_set1_epi16 ((gint16) 0x8000);
      __m128i v = _mm_xor_si128 (_mm_loadu_si128 ((const __m128i *) (gconstpointer) c), flip);
      __m128i top = _mm_max_epi16 (v, _mm_shuffle_epi32 (v, _MM_SHUFFLE (1, 0, 3, 2)));
      top = _mm_max_epi16 (top, _mm_shuffle_epi32 (top, _MM_SHUFFLE (2, 3, 0, 1)));
      top = _mm_max_epi16 (top, _mm_shufflelo_epi16 (_mm_shufflehi_epi16 (top, _MM_SHUFFLE (2, 3, 0, 1)),
                                                     _MM_SHUFFLE (2, 3, 0, 1)));
      guint most = (guint16) (_mm_cvtsi128_si32 (top) ^ 0x8000);
      guint mask = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi16 (v, top));
      t->history = most ? (guint8) (__builtin_ctz (mask) / 2 + 1) : 0;
#else
      guint best = 0, total = c[0];
      for (guint k = 1; k < NER_HISTORY_TYPES; k++)
        {
          total += c[k];
          best = c[k] > c[best] ? k : best;
        }
      t->history = total ? (guint8) (best + 1) : 0;
#endif
    }
}

/* Whether @s ends as a sentence of prose does (a full stop, question or
 * exclamation mark, or a closing quote right after one): a headline, a
 * dateline or a caption does not, and their words are where the tagger
 * errs most.  A headline may end in a quote ("... was 'botched'") with
 * no stop before it: not prose. */
static gboolean
ends_as_prose (const NerSentence *s)
{
  static const char *const stops[] = { ".", "!", "?" };
  static const char *const quotes[] = { "\"", "'", "\xe2\x80\x9d", "\xe2\x80\x99" };
  /* Their words' hashes, made once (hashing them again for every
   * sentence was 300 instructions a sentence). */
  static guint32 stop_hash[G_N_ELEMENTS (stops)], quote_hash[G_N_ELEMENTS (quotes)];
  static gsize hashed = 0;
  if (g_once_init_enter (&hashed))
    {
      for (guint k = 0; k < G_N_ELEMENTS (stops); k++)
        stop_hash[k] = fnv (stops[k], strlen (stops[k]));
      for (guint k = 0; k < G_N_ELEMENTS (quotes); k++)
        quote_hash[k] = fnv (quotes[k], strlen (quotes[k]));
      g_once_init_leave (&hashed, 1);
    }
  if (s->n == 0)
    return FALSE;
  guint last = s->n - 1;
  for (guint k = 0; k < G_N_ELEMENTS (quotes) && last > 0; k++)
    if (s->tokens[last].word == quote_hash[k])
      {
        last--;
        break;
      }
  for (guint k = 0; k < G_N_ELEMENTS (stops); k++)
    if (s->tokens[last].word == stop_hash[k])
      return TRUE;
  return FALSE;
}

void
ner_history_add (const NerModel *m, const NerSentence *s, const guint *tags, guint16 *counts)
{
  if (!ends_as_prose (s))
    return;
  for (guint i = 1; i < s->n; i++)
    {
      const NerToken *t = &s->tokens[i];
      if ((t->flags & (NER_TITLE | NER_CAPS)) != NER_TITLE)
        continue;
      guint16 *c = counts + (gsize) t->doc_slot * NER_HISTORY_TYPES + tag_type (m, tags[i]);
      *c = (guint16) MIN (*c + 1, G_MAXUINT16);
    }
}

/* Sets m->pairs from the weights (ner_model_new(), ner_model_load(),
 * quantise()).  Integer sums, so the scores are the same as adding the
 * rows one by one. */
static void
pairs_update (NerModel *m)
{
  if (m->n_tags != 9)
    return;
  for (guint p2 = 0; p2 <= 9; p2++)
    for (guint p = 0; p <= 9; p++)
      {
        const gint8 *t1 = m->weights + (gsize) row (m, K_T1, p, 0) * 9;
        const gint8 *t2 = m->weights + (gsize) row (m, K_T2T1, p2, p) * 9;
        for (guint t = 0; t < 9; t++)
          {
            gint32 v = t1[t] + t2[t] + (m->ban[p][t] ? -20000 : 0);
            if (t < 8)
              m->pairs[p2][p][t] = (gint16) v;
            else
              m->pairs8[p2][p] = v;
          }
      }
}

/* ---- the model ------------------------------------------------------------ */

NerModel *
ner_model_new (const char *const *tags, guint bits)
{
  g_return_val_if_fail (tags != NULL && g_strv_length ((char **) tags) <= MAX_TAGS, NULL);
  g_return_val_if_fail (bits >= 8 && bits <= 24, NULL);
  NerModel *m = g_new0 (NerModel, 1);
  m->n_tags = g_strv_length ((char **) tags);
  m->tags = g_strdupv ((char **) tags);
  m->bits = bits;
  m->shift = 64 - bits;
  static gint serials = 0;
  m->serial = (guint) g_atomic_int_add (&serials, 1) + 1;
  /* In large pages where the kernel offers them (tables.c): written whole
   * when the model is read, it faults once a large page.  Its rows are
   * read at random, but whether that misses the TLB less was not
   * measured (SPEED.md). */
  m->weights = table_new0 (((gsize) 1 << bits) * m->n_tags, &m->weights_mapped);
  m->scale = 1;
  for (guint t = 0, types = 0; t < m->n_tags; t++)
    if (m->tags[t][0] == 'B')
      {
        types = MIN (types + 1, NER_HISTORY_TYPES - 1);
        m->type_of[t] = (guint8) types;
        for (guint u = 0; u < m->n_tags; u++)
          if (m->tags[u][0] == 'I' && strcmp (m->tags[u] + 1, m->tags[t] + 1) == 0)
            m->type_of[u] = m->type_of[t];
      }
  for (guint p = 0; p <= m->n_tags; p++)
    for (guint t = 0; t < m->n_tags; t++)
      {
        const char *prev = p == 0 ? "O" : m->tags[p - 1], *tag = m->tags[t];
        m->allowed[p][t] = tag[0] != 'I' || (prev[0] != 'O' && strcmp (prev + 1, tag + 1) == 0);
        m->ban[p][t] = m->allowed[p][t] ? 0 : G_MININT32 / 2;
      }
  pairs_update (m);
  return m;
}

void
ner_model_free (NerModel *m)
{
  if (m == NULL)
    return;
  g_strfreev (m->tags);
  table_free (m->weights, m->weights_mapped);
  g_free (m->train);
  ner_clusters_free (m->clusters);
  g_free (m);
}

guint
ner_model_n_tags (const NerModel *m)
{
  return m->n_tags;
}

const char *
ner_model_tag (const NerModel *m, guint i)
{
  return m->tags[i];
}

gsize
ner_model_weight_bytes (const NerModel *m)
{
  return ((gsize) 1 << m->bits) * m->n_tags * sizeof (gint8);
}

/* Adds the weights of @n rows to @scores. */
static inline void
add_rows (const gint8 *weights, guint n_tags, const guint32 *rows, guint n, gint32 *scores)
{
  for (guint f = 0; f < n; f++)
    {
      const gint8 *w = weights + (gsize) rows[f] * n_tags;
      for (guint t = 0; t < n_tags; t++)
        scores[t] += w[t];
    }
}

/* add_rows() for BIO over four types, the sums in registers; where SSE2
 * is there, ner_tag9() does this and the rest of the choice instead. */
static inline void
add_rows9 (const gint8 *weights, const guint32 *rows, guint n, gint32 *scores)
{
  /* The first eight tags of a row as one vector (int8 widened to int16:
   * at most MAX_FEATURES rows of |w| <= 127 cannot overflow), the ninth
   * alone: a few instructions a row instead of some thirty. */
  typedef gint8 V8x8 __attribute__ ((vector_size (8)));
  typedef gint16 V16x8 __attribute__ ((vector_size (16)));
  G_STATIC_ASSERT (MAX_FEATURES * 128 < G_MAXINT16);
  gint32 s8 = 0;
  V16x8 sums = { 0 };
  for (guint f = 0; f < n; f++)
    {
      const gint8 *w = weights + (gsize) rows[f] * 9;
      V8x8 b;
      memcpy (&b, w, sizeof b);
      sums += __builtin_convertvector (b, V16x8);
      s8 += w[8];
    }
  for (guint t = 0; t < 8; t++)
    scores[t] += sums[t];
  scores[8] += s8;
}

/* Tokens are tagged CHUNK at a time: the rows of all their fixed
 * features are asked for from memory first, so the loads overlap
 * instead of waiting one after the other. */
#define CHUNK 16

/* The sums of the local rows (local_rows()) of the words a thread tagged
 * lately, by local_key(), direct-mapped: one load a token where there
 * were some fifteen into the weights (a text repeats its words; the
 * Zipf head of a language is a few thousand).  One cache a thread (the
 * stage tags in parallel with one shared model), for one model at a
 * time: @serial says whose sums it holds (0: none yet; serials start
 * at 1). */
#define LOCAL_SLOTS 8192

typedef struct
{
  guint64 key; /* 0: empty */
  gint16 sum[9];
} LocalSum;

typedef struct
{
  guint serial;
  LocalSum slots[LOCAL_SLOTS];
} LocalCache;

/* Thread-local storage, not a GPrivate: its memory goes with the thread
 * (dynamic TLS of a loaded module), and nothing is left to free. */
static _Thread_local LocalCache thread_cache;

/* Not inlined: where the compiler saw that the cache is thread_cache,
 * it read the thread-local's address again at each use, a call of
 * __tls_get_addr() twice a token (386,592 calls, 4.3 M of the stage's
 * 486 M instructions on 500 BBC articles); a pointer returned from a
 * call is asked for once a sentence. */
static G_GNUC_NO_INLINE LocalCache *
local_cache_for (const NerModel *m)
{
  LocalCache *c = &thread_cache;
  if (c->serial != m->serial)
    {
      memset (c->slots, 0, sizeof c->slots);
      c->serial = m->serial;
    }
  return c;
}

#ifdef __SSE2__
/* A row's first eight weights in int16 lanes: each byte doubled into a
 * lane and shifted back down, its sign extension, three instructions
 * where SSE2 has no widening load; one in SSE4.1 (pmovsxbw), which
 * ner_tag9_sse41() uses where the processor has it: ner_tag() 101.6M ->
 * 95.8M instructions on 500 BBC articles.  (GCC's target_clones of
 * ner_tag9() with a vector conversion was slower: 107.6M.) */
static inline __m128i
widen_sse2 (const gint8 *w)
{
  __m128i b = _mm_loadl_epi64 ((const __m128i *) (gconstpointer) w);
  return _mm_srai_epi16 (_mm_unpacklo_epi8 (b, b), 8);
}

#if defined(__GNUC__) && defined(__x86_64__)
#include <smmintrin.h>
#define NER_SSE41 1
static inline __attribute__ ((target ("sse4.1"))) __m128i
widen_sse41 (const gint8 *w)
{
  return _mm_cvtepi8_epi16 (_mm_loadl_epi64 ((const __m128i *) (gconstpointer) w));
}
#else
#define widen_sse41 widen_sse2
#endif

/* The rows' sums of tags 0-7 into @acc and of tag 8 into @s8. */
static inline __attribute__ ((always_inline)) void
add_rows9_sse2 (const gint8 *weights, const guint32 *rows, guint n, __m128i *acc, gint32 *s8, gboolean sse41)
{
  /* Unrolled by four, as the prefetches' loops in ner_tag9(): a row is
   * some six instructions, and the loop's count, compare and branch were
   * three more (the three loops unrolled: ner_tag() 108.9M -> 101.6M
   * instructions on 500 BBC articles; by eight, 103.2M). */
#pragma GCC unroll 4
  for (guint f = 0; f < n; f++)
    {
      const gint8 *w = weights + (gsize) rows[f] * 9;
      *acc = _mm_add_epi16 (*acc, sse41 ? widen_sse41 (w) : widen_sse2 (w));
      *s8 += w[8];
    }
}

/* ner_tag() for the shipped model's nine tags: the scores of tags 0-7
 * stay in one vector of int16 from the cache's sums to the choice, and
 * the best allowed tag is found by vector maximum and compare.  int16
 * holds every score: at most MAX_FEATURES + 3 rows of |w| <= 127, plus
 * a ban of -20000.  Same tags as the general loop (the first best one).
 * Measured on BBC text: ner_tag()'s instructions 141.9 M -> 120.0 M on
 * 500 articles (callgrind), the stage's CPU 0.319 -> 0.303 s (median of
 * 7 alternating runs at load 11-13).  The prefetches stay: without them
 * the stage took 0.346 s against 0.327 s. */
static inline __attribute__ ((always_inline)) void
ner_tag9 (const NerModel *m, const NerSentence *s, guint *tags, gboolean sse41)
{
  G_STATIC_ASSERT ((MAX_FEATURES + 3) * 127 + 20000 < G_MAXINT16);
  guint32 rows[CHUNK][MAX_FEATURES];
  guint n_rows[CHUNK], n_local[CHUNK];
  LocalSum *miss[CHUNK];
  guint64 keys[CHUNK];
  __m128i acc[CHUNK];
  gint32 s8[CHUNK];
  LocalCache *cache = local_cache_for (m);
  for (guint base = 0; base < s->n; base += CHUNK)
    {
      guint end = MIN (base + CHUNK, s->n);
      /* What every token of the chunk will load (its slot of the cache,
       * its context's rows) is asked for first, as in ner_tag(). */
      for (guint i = base; i < end; i++)
        {
          guint c = i - base;
          n_rows[c] = context_rows (m, s, i, rows[c] + MAX_FEATURES - MAX_CONTEXT);
#pragma GCC unroll 4
          for (guint f = 0; f < n_rows[c]; f++)
            __builtin_prefetch (m->weights + (gsize) rows[c][MAX_FEATURES - MAX_CONTEXT + f] * 9);
          keys[c] = local_key (&s->tokens[i], i) | 1;
          __builtin_prefetch (&cache->slots[keys[c] & (LOCAL_SLOTS - 1)]);
        }
      for (guint i = base; i < end; i++)
        {
          guint c = i - base, n = 0;
          miss[c] = NULL;
          /* A hit's sums are read now, before a miss in this chunk may
           * take its slot. */
          LocalSum *slot = &cache->slots[keys[c] & (LOCAL_SLOTS - 1)];
          if (slot->key == keys[c])
            {
              acc[c] = _mm_loadu_si128 ((const __m128i *) (gconstpointer) slot->sum);
              s8[c] = slot->sum[8];
            }
          else
            {
              acc[c] = _mm_setzero_si128 ();
              s8[c] = 0;
              miss[c] = slot, n = local_rows (m, &s->tokens[i], i, rows[c]);
#pragma GCC unroll 4
              for (guint f = 0; f < n; f++)
                __builtin_prefetch (m->weights + (gsize) rows[c][f] * 9);
            }
          n_local[c] = n;
        }
      for (guint i = base; i < end; i++)
        {
          guint c = i - base;
          if (miss[c])
            {
              add_rows9_sse2 (m->weights, rows[c], n_local[c], &acc[c], &s8[c], sse41);
              miss[c]->key = keys[c];
              _mm_storeu_si128 ((__m128i *) (gpointer) miss[c]->sum, acc[c]);
              miss[c]->sum[8] = (gint16) s8[c];
            }
          add_rows9_sse2 (m->weights, rows[c] + MAX_FEATURES - MAX_CONTEXT, n_rows[c], &acc[c], &s8[c], sse41);
        }
      for (guint i = base; i < end; i++)
        {
          guint c = i - base;
          guint prev = i > 0 ? tags[i - 1] + 1 : 0, prev2 = i > 1 ? tags[i - 2] + 1 : 0;
          /* The tag rows (tag_rows()): the two of the tags alone, and
           * the ban, from m->pairs; the one with the shape here. */
          guint32 dynamic = row (m, K_T1SHAPE, prev, s->tokens[i].shape);
          __m128i v = _mm_add_epi16 (acc[c], _mm_loadu_si128 ((const __m128i *) (gconstpointer) m->pairs[prev2][prev]));
          gint32 v8 = s8[c] + m->pairs8[prev2][prev];
          add_rows9_sse2 (m->weights, &dynamic, 1, &v, &v8, sse41);
          /* The maximum of the eight lanes in every lane, then the first
           * lane that holds it; tag 8 only where it is higher still. */
          __m128i top = _mm_max_epi16 (v, _mm_shuffle_epi32 (v, _MM_SHUFFLE (1, 0, 3, 2)));
          top = _mm_max_epi16 (top, _mm_shuffle_epi32 (top, _MM_SHUFFLE (2, 3, 0, 1)));
          top = _mm_max_epi16 (top, _mm_shufflelo_epi16 (_mm_shufflehi_epi16 (top, _MM_SHUFFLE (2, 3, 0, 1)),
                                                         _MM_SHUFFLE (2, 3, 0, 1)));
          gint32 best_score = (gint16) _mm_cvtsi128_si32 (top);
          guint mask = (guint) _mm_movemask_epi8 (_mm_cmpeq_epi16 (v, top));
          tags[i] = v8 > best_score ? 8 : (guint) __builtin_ctz (mask) / 2;
        }
    }
}

#ifdef NER_SSE41
/* ner_tag9() compiled for SSE4.1 (widen_sse41()); the same tags, which
 * test-ner's reference test and the entity layer checked both ways. */
static __attribute__ ((target ("sse4.1"))) void
ner_tag9_sse41 (const NerModel *m, const NerSentence *s, guint *tags)
{
  ner_tag9 (m, s, tags, TRUE);
}
#endif
#endif

void
ner_tag (const NerModel *m, const NerSentence *s, guint *tags)
{
#ifdef __SSE2__
  if (m->n_tags == 9)
    {
#ifdef NER_SSE41
      if (__builtin_cpu_supports ("sse4.1"))
        ner_tag9_sse41 (m, s, tags);
      else
#endif
        ner_tag9 (m, s, tags, FALSE);
      return;
    }
#endif
  guint32 rows[CHUNK][MAX_FEATURES];
  guint n_rows[CHUNK], n_local[CHUNK];
  LocalSum *miss[CHUNK];
  guint64 keys[CHUNK];
  gint32 scores[CHUNK][MAX_TAGS];
  const guint nt = m->n_tags;
  /* Local sums fit int16 (at most 16 rows of int8); the cache is for the
   * BIO tags over four types the shipped model has. */
  LocalCache *cache = nt == 9 ? local_cache_for (m) : NULL;
  for (guint base = 0; base < s->n; base += CHUNK)
    {
      guint end = MIN (base + CHUNK, s->n);
      /* First what every token of the chunk will load (its slot of the
       * cache, its context's rows) is asked for, then read: the loads
       * overlap instead of waiting one after the other. */
      for (guint i = base; i < end; i++)
        {
          guint c = i - base;
          n_local[c] = 0;
          n_rows[c] = context_rows (m, s, i, rows[c] + MAX_FEATURES - MAX_CONTEXT);
          for (guint f = 0; f < n_rows[c]; f++)
            __builtin_prefetch (m->weights + (gsize) rows[c][MAX_FEATURES - MAX_CONTEXT + f] * nt);
          if (cache)
            {
              keys[c] = local_key (&s->tokens[i], i) | 1;
              __builtin_prefetch (&cache->slots[keys[c] & (LOCAL_SLOTS - 1)]);
            }
        }
      for (guint i = base; i < end; i++)
        {
          guint c = i - base, n = 0;
          memset (scores[c], 0, sizeof scores[0]);
          miss[c] = NULL;
          if (cache)
            {
              /* A hit's sums are copied now, before a miss in this chunk
               * may take its slot. */
              LocalSum *slot = &cache->slots[keys[c] & (LOCAL_SLOTS - 1)];
              if (slot->key == keys[c])
                for (guint t = 0; t < 9; t++)
                  scores[c][t] = slot->sum[t];
              else
                miss[c] = slot, n = local_rows (m, &s->tokens[i], i, rows[c]);
            }
          else
            n = local_rows (m, &s->tokens[i], i, rows[c]);
          for (guint f = 0; f < n; f++)
            __builtin_prefetch (m->weights + (gsize) rows[c][f] * nt);
          /* The context's rows after the local ones. */
          memmove (rows[c] + n, rows[c] + MAX_FEATURES - MAX_CONTEXT, n_rows[c] * sizeof rows[c][0]);
          n_local[c] = n;
          n_rows[c] += n;
        }
      for (guint i = base; i < end; i++)
        {
          guint c = i - base;
          if (nt != 9)
            {
              add_rows (m->weights, nt, rows[c], n_rows[c], scores[c]);
              continue;
            }
          if (miss[c])
            {
              add_rows9 (m->weights, rows[c], n_local[c], scores[c]);
              miss[c]->key = keys[c];
              for (guint t = 0; t < 9; t++)
                miss[c]->sum[t] = (gint16) scores[c][t];
            }
          add_rows9 (m->weights, rows[c] + n_local[c], n_rows[c] - n_local[c], scores[c]);
        }
      for (guint i = base; i < end; i++)
        {
          gint32 *sc = scores[i - base];
          guint prev = i > 0 ? tags[i - 1] + 1 : 0, prev2 = i > 1 ? tags[i - 2] + 1 : 0;
          guint32 dynamic[3];
          tag_rows (m, &s->tokens[i], prev, prev2, dynamic);
          if (nt == 9)
            add_rows9 (m->weights, dynamic, 3, sc);
          else
            add_rows (m->weights, nt, dynamic, 3, sc);
          /* The first best allowed tag: O (tag 0) is allowed after
           * any tag, and a banned tag scores far below it. */
          guint best = 0;
          gint32 best_score = sc[0] + m->ban[prev][0];
          for (guint t = 1; t < nt; t++)
            {
              gint32 v = sc[t] + m->ban[prev][t];
              best = v > best_score ? t : best;
              best_score = MAX (v, best_score);
            }
          tags[i] = best;
        }
    }
}

void
ner_tag_reference (const NerModel *m, const NerSentence *s, guint *tags)
{
  guint32 rows[MAX_FEATURES + 3];
  for (guint i = 0; i < s->n; i++)
    {
      guint prev = i > 0 ? tags[i - 1] + 1 : 0, prev2 = i > 1 ? tags[i - 2] + 1 : 0;
      guint n = static_rows (m, s, i, rows);
      tag_rows (m, &s->tokens[i], prev, prev2, rows + n);
      gint32 scores[MAX_TAGS] = { 0 };
      add_rows (m->weights, m->n_tags, rows, n + 3, scores);
      guint best = 0;
      for (guint t = 1; t < m->n_tags; t++)
        if (scores[t] + m->ban[prev][t] > scores[best] + m->ban[prev][best])
          best = t;
      tags[i] = best;
    }
}

/* Scales the averaged float weights into int8: the largest becomes
 * 127, and the floats are dropped. */
static void
quantise (NerModel *m)
{
  gsize size = ((gsize) 1 << m->bits) * m->n_tags;
  float top = 0;
  for (gsize at = 0; at < size; at++)
    top = MAX (top, fabsf (m->train[at]));
  m->scale = top > 0 ? 127.0f / top : 1;
  for (gsize at = 0; at < size; at++)
    m->weights[at] = (gint8) lrintf (m->train[at] * m->scale);
  g_clear_pointer (&m->train, g_free);
  pairs_update (m);
  /* New weights: no thread's cached sums are this model's any more. */
  static gint retrained = 0;
  m->serial = (guint) g_atomic_int_add (&retrained, 1) | 0x80000000u;
}

/* The training weights' greedy tags of @s into @guess; where @truth is
 * given, the perceptron's update at each wrong tag (the history being
 * the tagger's own choices, as when it runs).  @clock counts the steps,
 * for the averages kept lazily in @totals and @stamps. */
static void
train_sentence (NerModel *m, const NerSentence *s, const guint *truth, guint *guess, float *totals,
                guint32 *stamps, guint32 *clock, guint8 *seen, gboolean counting)
{
  guint32 rows[MAX_FEATURES + 3];
  for (guint i = 0; i < s->n; i++)
    {
      guint n = static_rows (m, s, i, rows);
      tag_rows (m, &s->tokens[i], i > 0 ? guess[i - 1] + 1 : 0, i > 1 ? guess[i - 2] + 1 : 0, rows + n);
      n += 3;
      float scores[MAX_TAGS] = { 0 };
      for (guint f = 0; f < n; f++)
        for (guint t = 0; t < m->n_tags; t++)
          scores[t] += m->train[(gsize) rows[f] * m->n_tags + t];
      /* Without @truth these are the guesses the history is made of:
       * banned sequences (I-X after O) are skipped as ner_tag() skips
       * them.  With it, the update learns from the unconstrained guess.
       * O (tag 0) is allowed after any tag. */
      guint prev = i > 0 ? guess[i - 1] + 1 : 0, best = 0;
      for (guint t = 1; t < m->n_tags; t++)
        if (scores[t] > scores[best] && (truth != NULL || m->allowed[prev][t]))
          best = t;
      guess[i] = best;
      if (truth == NULL)
        continue;
      for (guint f = 0; counting && f < n; f++)
        seen[rows[f]] += seen[rows[f]] < G_MAXUINT8;
      if (best != truth[i])
        for (guint f = 0; f < n; f++)
          {
            /* A row seen fewer than min_count times keeps zero weights
             * (ner_model_set_min_count()). */
            if (seen[rows[f]] < m->min_count)
              continue;
            gsize base = (gsize) rows[f] * m->n_tags;
            guint t[2] = { truth[i], best };
            float delta[2] = { 1, -1 };
            for (int u = 0; u < 2; u++)
              {
                gsize at = base + t[u];
                totals[at] += (*clock - stamps[at]) * m->train[at];
                stamps[at] = *clock;
                m->train[at] += delta[u];
              }
          }
      (*clock)++;
    }
}

/* One averaged perceptron from zero weights, its averages left in
 * m->train (which holds size weights). */
static void
train_run (NerModel *m, GPtrArray *sentences, GPtrArray *gold, GArray *docs, guint epochs, guint32 seed)
{
  gsize size = ((gsize) 1 << m->bits) * m->n_tags;
  memset (m->train, 0, size * sizeof *m->train);
  float *totals = g_new0 (float, size);     /* sum of weights over time */
  guint32 *stamps = g_new0 (guint32, size); /* when each weight last changed */
  guint32 clock = 1;
  /* How many training tokens read each row, in the first epoch. */
  guint8 *seen = g_new0 (guint8, (gsize) 1 << m->bits);
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < sentences->len; i++)
    g_array_append_val (order, i);
  GRand *rand = g_rand_new_with_seed (seed);
  /* The history's counts, for the largest document's table. */
  guint slots = 1, longest = 1;
  for (guint k = 0; k < sentences->len; k++)
    {
      const NerSentence *s = sentences->pdata[k];
      longest = MAX (longest, s->n);
      for (guint i = 0; i < s->n; i++)
        slots = MAX (slots, s->tokens[i].doc_slot + 1);
    }
  guint16 *counts = g_new (guint16, (gsize) slots * NER_HISTORY_TYPES);
  guint *guess = g_new (guint, longest);

  for (guint epoch = 0; epoch < epochs; epoch++)
    {
      /* Each token's history as the weights so far would give it, the
       * documents read in order; then the updates, sentence by sentence
       * in a shuffled order as without it (ordering the updates by
       * document scored no better on eng.testa, and the history stays
       * the tagger's own as when it runs). */
      for (guint d = 0; d < docs->len; d++)
        {
          guint last = d + 1 < docs->len ? g_array_index (docs, guint, d + 1) : sentences->len;
          memset (counts, 0, (gsize) slots * NER_HISTORY_TYPES * sizeof *counts);
          for (guint idx = g_array_index (docs, guint, d); idx < last; idx++)
            {
              NerSentence *s = sentences->pdata[idx];
              ner_history_apply (s, counts);
              train_sentence (m, s, NULL, guess, totals, stamps, &clock, seen, FALSE);
              ner_history_add (m, s, guess, counts);
            }
        }
      /* A new order each epoch (Fisher-Yates). */
      for (guint i = order->len; i > 1; i--)
        {
          guint j = g_rand_int_range (rand, 0, i);
          guint t = g_array_index (order, guint, i - 1);
          g_array_index (order, guint, i - 1) = g_array_index (order, guint, j);
          g_array_index (order, guint, j) = t;
        }
      for (guint k = 0; k < order->len; k++)
        {
          guint idx = g_array_index (order, guint, k);
          train_sentence (m, sentences->pdata[idx], gold->pdata[idx], guess, totals, stamps, &clock, seen,
                          epoch == 0);
        }
    }
  g_free (counts);
  g_free (guess);
  /* Averages: each weight's sum over all steps, divided by the steps. */
  for (gsize at = 0; at < size; at++)
    {
      totals[at] += (clock - stamps[at]) * m->train[at];
      m->train[at] = totals[at] / clock;
    }
  g_rand_free (rand);
  g_free (totals);
  g_free (stamps);
  g_free (seen);
}

gboolean
ner_model_set_clusters (NerModel *m, const char *path, GError **error)
{
  NerClusters *c = ner_clusters_load (path, error);
  if (c == NULL)
    return FALSE;
  ner_clusters_free (m->clusters);
  m->clusters = c;
  return TRUE;
}

const NerClusters *
ner_model_clusters (const NerModel *m)
{
  return m->clusters;
}

void
ner_model_set_min_count (NerModel *m, guint min_count)
{
  g_return_if_fail (m != NULL && min_count <= G_MAXUINT8);
  m->min_count = min_count;
}

void
ner_train (NerModel *m, GPtrArray *sentences, GPtrArray *gold, GArray *docs, guint epochs, guint32 seed, guint runs)
{
  g_return_if_fail (m != NULL && sentences != NULL && gold != NULL && docs != NULL);
  g_return_if_fail (runs >= 1);
  gsize size = ((gsize) 1 << m->bits) * m->n_tags;
  m->train = g_new (float, size);
  float *sum = runs > 1 ? g_new0 (float, size) : NULL;
  for (guint r = 0; r < runs; r++)
    {
      train_run (m, sentences, gold, docs, epochs, seed + r);
      for (gsize at = 0; sum && at < size; at++)
        sum[at] += m->train[at];
    }
  /* Several runs' averages averaged: the order's noise mostly cancels. */
  for (gsize at = 0; sum && at < size; at++)
    m->train[at] = sum[at] / runs;
  g_free (sum);
  quantise (m);
}

gboolean
ner_model_save (const NerModel *m, const char *path, GError **error)
{
  g_autoptr (GString) out = g_string_new ("ASNER2\n");
  g_string_append_printf (out, "tags %u\n", m->n_tags);
  for (guint t = 0; t < m->n_tags; t++)
    g_string_append_printf (out, "%s\n", m->tags[t]);
  gsize size = ((gsize) 1 << m->bits) * m->n_tags, count = 0;
  for (gsize at = 0; at < size; at++)
    count += m->weights[at] != 0;
  char scale[G_ASCII_DTOSTR_BUF_SIZE];
  g_ascii_dtostr (scale, sizeof scale, m->scale);
  g_string_append_printf (out, "bits %u\nscale %s\n", m->bits, scale);
  if (m->clusters)
    g_string_append_printf (out, "clusters %s\n", ner_clusters_name (m->clusters));
  g_string_append_printf (out, "weights %zu\n", (size_t) count);
  for (gsize at = 0; at < size; at++)
    if (m->weights[at] != 0)
      {
        guint32 index = GUINT32_TO_LE ((guint32) at);
        g_string_append_len (out, (const char *) &index, 4);
        g_string_append_c (out, (char) m->weights[at]);
      }
  return g_file_set_contents (path, out->str, out->len, error);
}

/* The next line of [*p, end) without its newline, into @buf; FALSE at the
 * end. */
static gboolean
next_line (const char **p, const char *end, char *buf, gsize size)
{
  const char *nl = memchr (*p, '\n', end - *p);
  if (nl == NULL || (gsize) (nl - *p) >= size)
    return FALSE;
  memcpy (buf, *p, nl - *p);
  buf[nl - *p] = '\0';
  *p = nl + 1;
  return TRUE;
}

NerModel *
ner_model_load (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s", local->message);
      return NULL;
    }
  NerModel *m = NULL;
  const char *p = data, *end = data + length;
  char line[256];
  const char *bad = NULL;
  guint n_tags = 0, bits = 0;
  gsize count = 0;
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
  if (!next_line (&p, end, line, sizeof line) || strcmp (line, "ASNER2") != 0)
    bad = strcmp (line, "ASNER1") == 0 ? "a model of an older format: retrain it with assay-ner-train"
                                      : "no ASNER2 header";
  else if (!next_line (&p, end, line, sizeof line) || sscanf (line, "tags %u", &n_tags) != 1 || n_tags < 2
           || n_tags > MAX_TAGS)
    bad = "the line \"tags N\", N from 2 to 16";
  for (guint t = 0; !bad && t < n_tags; t++)
    if (!next_line (&p, end, line, sizeof line) || *line == '\0')
      bad = "tag names";
    else
      g_strv_builder_add (b, line);
  g_auto (GStrv) tags = bad ? NULL : g_strv_builder_end (b);
  if (bad)
    ;
  else if (strcmp (tags[0], "O") != 0)
    bad = "the first tag is not O";
  else if (!next_line (&p, end, line, sizeof line) || sscanf (line, "bits %u", &bits) != 1 || bits < 8 || bits > 24)
    bad = "the line \"bits B\", B from 8 to 24";
  else if (!next_line (&p, end, line, sizeof line) || !g_str_has_prefix (line, "scale "))
    bad = "the line \"scale S\"";
  else
    {
      m = ner_model_new ((const char *const *) tags, bits);
      m->scale = (float) g_ascii_strtod (line + 6, NULL);
      gboolean read = next_line (&p, end, line, sizeof line);
      /* The word classes it was trained with, a file beside it. */
      if (read && g_str_has_prefix (line, "clusters "))
        {
          g_autofree char *dir = g_path_get_dirname (path);
          g_autofree char *file = g_build_filename (dir, line + 9, NULL);
          if (!ner_model_set_clusters (m, file, &local))
            {
              g_propagate_error (error, g_steal_pointer (&local));
              ner_model_free (m);
              return NULL;
            }
          read = next_line (&p, end, line, sizeof line);
        }
      if (!read || sscanf (line, "weights %zu", &count) != 1)
        bad = "the line \"weights K\"";
      else if ((gsize) (end - p) != count * 5)
        bad = "truncated, or bytes after the weights";
    }
  gsize size = bad ? 0 : ((gsize) 1 << bits) * n_tags;
  for (gsize k = 0; !bad && k < count; k++, p += 5)
    {
      guint32 index;
      memcpy (&index, p, 4);
      index = GUINT32_FROM_LE (index);
      if (index >= size)
        bad = "a weight's index out of range";
      else
        m->weights[index] = (gint8) p[4];
    }
  if (bad)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s: not a model file of the entities tagger (%s)",
                   path, bad);
      ner_model_free (m);
      return NULL;
    }
  pairs_update (m);
  return m;
}
