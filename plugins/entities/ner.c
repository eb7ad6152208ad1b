/* ner.c: a named-entity tagger: averaged perceptron, greedy left to right.
 *
 * Each token gets the tag (BIO over PER, ORG, LOC, MISC) with the highest
 * score, given features of the token and its neighbours and the two tags
 * already chosen before it.  Features are strings hashed into a fixed table
 * of weights (NER_BUCKETS per tag), so the model needs no vocabulary.  The
 * features, per token i (lowercased words, w[-2..+2]):
 *   bias; w[i]; w[i-1]; w[i+1]; w[i-2]; w[i+2]; w[i-1]+w[i]; w[i]+w[i+1];
 *   shape[i] (X x d for upper, lower, digit, runs collapsed: "Xx", "X.X.",
 *   "dddd" stays "d"), shape[i-1], shape[i+1];
 *   prefixes of 1..3 and suffixes of 1..4 characters of w[i];
 *   whether w[i] is title-case, all capitals, holds a digit or a hyphen,
 *   starts the sentence; tag[i-1]; tag[i-2]+tag[i-1]; tag[i-1]+w[i];
 *   the gazetteer's class of w[i] (B-GPE, I-ORG ...: where the longest
 *   listed name over the words falls, gazetteer_classes()), alone and
 *   with shape[i]; the classes of w[i-1] and w[i+1] together.
 * Training is the averaged perceptron (Collins 2002), with the averages
 * kept lazily.
 *
 * The model file (written by ner_model_save):
 *   "ASNER1\n", then text lines "tags N" and N tag names, "buckets B",
 *   "weights K", then K binary records of a little-endian uint32 (bucket *
 *   N + tag) and a little-endian float32 weight, the non-zero averaged
 *   weights in increasing index order.
 */
#include "ner.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

struct _NerModel
{
  guint n_tags;
  char **tags;    /* NULL-terminated */
  float *weights; /* NER_BUCKETS * n_tags */
};

/* ---- features ----------------------------------------------------------- */

static guint32
fnv (const char *s, gsize n, guint32 h)
{
  for (gsize i = 0; i < n; i++)
    h = (h ^ (guchar) s[i]) * 16777619u;
  return h;
}

/* Adds the bucket of feature "@kind=@value" to @out. */
static void
feature (GArray *out, const char *kind, const char *value, gsize n)
{
  guint32 h = fnv (kind, strlen (kind), 2166136261u);
  h = fnv ("=", 1, h);
  h = fnv (value, n, h);
  guint32 bucket = h % NER_BUCKETS;
  g_array_append_val (out, bucket);
}

static void
feature_s (GArray *out, const char *kind, const char *value)
{
  feature (out, kind, value, strlen (value));
}

/* feature_s (out, kind, "@a|@b") without building the string: the same
 * bucket, the pair cut at 255 bytes as the model was trained with. */
static void
feature_pair (GArray *out, const char *kind, const char *a, const char *b)
{
  gsize left = 255, na = MIN (strlen (a), left);
  guint32 h = fnv (kind, strlen (kind), 2166136261u);
  h = fnv ("=", 1, h);
  h = fnv (a, na, h);
  left -= na;
  if (left > 0)
    {
      h = fnv ("|", 1, h);
      left--;
    }
  h = fnv (b, MIN (strlen (b), left), h);
  guint32 bucket = h % NER_BUCKETS;
  g_array_append_val (out, bucket);
}

static void
shape_of (const char *w, char *out, gsize size)
{
  gsize n = 0;
  char last = 0;
  for (const char *p = w; *p && n + 1 < size; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      char k = g_unichar_isupper (c) ? 'X' : g_unichar_islower (c) ? 'x' : g_unichar_isdigit (c) ? 'd' : (c < 128 ? (char) c : '*');
      if (k != last || !(k == 'X' || k == 'x' || k == 'd'))
        out[n++] = k;
      last = k;
    }
  out[n] = '\0';
}

void
ner_token_features (const NerSentence *s, guint i, const char *prev, const char *prev2, GArray *out)
{
  g_array_set_size (out, 0);
  const char *w = s->lower[i];
  const char *at[5];
  for (int k = -2; k <= 2; k++)
    {
      int j = (int) i + k;
      at[k + 2] = j < 0 ? "<s>" : j >= (int) s->n ? "</s>" : s->lower[j];
    }
  char shape[32], shape_prev[32], shape_next[32];
  shape_of (s->words[i], shape, sizeof shape);
  if (i > 0)
    shape_of (s->words[i - 1], shape_prev, sizeof shape_prev);
  else
    strcpy (shape_prev, "<s>");
  if (i + 1 < s->n)
    shape_of (s->words[i + 1], shape_next, sizeof shape_next);
  else
    strcpy (shape_next, "</s>");

  feature_s (out, "bias", "");
  feature_s (out, "w", w);
  feature_s (out, "w-1", at[1]);
  feature_s (out, "w+1", at[3]);
  feature_s (out, "w-2", at[0]);
  feature_s (out, "w+2", at[4]);
  feature_pair (out, "w-1w", at[1], w);
  feature_pair (out, "ww+1", w, at[3]);
  feature_s (out, "shape", shape);
  feature_s (out, "shape-1", shape_prev);
  feature_s (out, "shape+1", shape_next);
  gsize len = strlen (w);
  for (gsize k = 1; k <= 3 && k <= len; k++)
    feature (out, "pre", w, k);
  for (gsize k = 1; k <= 4 && k <= len; k++)
    feature (out, "suf", w + len - k, k);
  const char *orig = s->words[i];
  gunichar first = g_utf8_get_char (orig);
  gboolean all_upper = TRUE, digit = FALSE;
  for (const char *p = orig; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      all_upper = all_upper && !g_unichar_islower (c);
      digit = digit || g_unichar_isdigit (c);
    }
  if (g_unichar_isupper (first))
    feature_s (out, "title", i == 0 ? "first" : "inner");
  if (all_upper && g_unichar_isalpha (first))
    feature_s (out, "caps", "");
  if (digit)
    feature_s (out, "digit", "");
  if (strchr (orig, '-'))
    feature_s (out, "hyphen", "");
  feature_s (out, "t-1", prev);
  feature_pair (out, "t-2t-1", prev2, prev);
  feature_pair (out, "t-1w", prev, w);
  if (s->gazetteer)
    {
      const char *none = "-";
      const char *here = s->gazetteer[i] ? s->gazetteer[i] : none;
      const char *before = i > 0 && s->gazetteer[i - 1] ? s->gazetteer[i - 1] : none;
      const char *after = i + 1 < s->n && s->gazetteer[i + 1] ? s->gazetteer[i + 1] : none;
      if (here != none)
        {
          feature_s (out, "gaz", here);
          feature_pair (out, "gazshape", here, shape);
        }
      if (before != none || after != none)
        {
          feature_pair (out, "gaz-1+1", before, after);
        }
    }
}

/* ---- the model ------------------------------------------------------------ */

NerModel *
ner_model_new (const char *const *tags)
{
  NerModel *m = g_new0 (NerModel, 1);
  m->n_tags = g_strv_length ((char **) tags);
  m->tags = g_strdupv ((char **) tags);
  m->weights = g_new0 (float, (gsize) NER_BUCKETS * m->n_tags);
  return m;
}

void
ner_model_free (NerModel *m)
{
  if (m == NULL)
    return;
  g_strfreev (m->tags);
  g_free (m->weights);
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

static guint
best_tag (const NerModel *m, const GArray *features, const float *weights)
{
  float scores[64] = { 0 };
  for (guint f = 0; f < features->len; f++)
    {
      const float *w = weights + (gsize) g_array_index (features, guint32, f) * m->n_tags;
      for (guint t = 0; t < m->n_tags; t++)
        scores[t] += w[t];
    }
  guint best = 0;
  for (guint t = 1; t < m->n_tags; t++)
    if (scores[t] > scores[best])
      best = t;
  return best;
}

/* An I- tag may only follow B- or I- of its type: a greedy tagger's one
 * constraint, so spans are always well formed. */
static gboolean
allowed (const char *prev, const char *tag)
{
  if (tag[0] != 'I')
    return TRUE;
  return prev[0] != 'O' && strcmp (prev + 1, tag + 1) == 0;
}

void
ner_tag (const NerModel *m, const NerSentence *s, guint *tags)
{
  g_autoptr (GArray) features = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint i = 0; i < s->n; i++)
    {
      const char *prev = i > 0 ? m->tags[tags[i - 1]] : "<s>";
      const char *prev2 = i > 1 ? m->tags[tags[i - 2]] : "<s>";
      ner_token_features (s, i, prev, prev2, features);
      float scores[64] = { 0 };
      for (guint f = 0; f < features->len; f++)
        {
          const float *w = m->weights + (gsize) g_array_index (features, guint32, f) * m->n_tags;
          for (guint t = 0; t < m->n_tags; t++)
            scores[t] += w[t];
        }
      guint best = 0;
      float best_score = -INFINITY;
      for (guint t = 0; t < m->n_tags; t++)
        if (allowed (prev, m->tags[t]) && scores[t] > best_score)
          best = t, best_score = scores[t];
      tags[i] = best;
    }
}

void
ner_train (NerModel *m, GPtrArray *sentences, GPtrArray *gold, guint epochs, guint32 seed)
{
  gsize size = (gsize) NER_BUCKETS * m->n_tags;
  float *totals = g_new0 (float, size);   /* sum of weights over time */
  guint32 *stamps = g_new0 (guint32, size); /* when each weight last changed */
  guint32 clock = 1;
  g_autoptr (GArray) features = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < sentences->len; i++)
    g_array_append_val (order, i);
  GRand *rand = g_rand_new_with_seed (seed);

  for (guint epoch = 0; epoch < epochs; epoch++)
    {
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
          const NerSentence *s = sentences->pdata[idx];
          const guint *truth = gold->pdata[idx];
          guint *guess = g_new (guint, MAX (s->n, 1));
          for (guint i = 0; i < s->n; i++)
            {
              /* The history is the tagger's own choices, as when it runs. */
              const char *prev = i > 0 ? m->tags[guess[i - 1]] : "<s>";
              const char *prev2 = i > 1 ? m->tags[guess[i - 2]] : "<s>";
              ner_token_features (s, i, prev, prev2, features);
              guess[i] = best_tag (m, features, m->weights);
              if (guess[i] != truth[i])
                for (guint f = 0; f < features->len; f++)
                  {
                    gsize base = (gsize) g_array_index (features, guint32, f) * m->n_tags;
                    guint t[2] = { truth[i], guess[i] };
                    float delta[2] = { 1, -1 };
                    for (int u = 0; u < 2; u++)
                      {
                        gsize at = base + t[u];
                        totals[at] += (clock - stamps[at]) * m->weights[at];
                        stamps[at] = clock;
                        m->weights[at] += delta[u];
                      }
                  }
              clock++;
            }
          g_free (guess);
        }
    }
  /* Averages: each weight's sum over all steps, divided by the steps. */
  for (gsize at = 0; at < size; at++)
    {
      totals[at] += (clock - stamps[at]) * m->weights[at];
      m->weights[at] = totals[at] / clock;
    }
  g_rand_free (rand);
  g_free (totals);
  g_free (stamps);
}

gboolean
ner_model_save (const NerModel *m, const char *path, GError **error)
{
  g_autoptr (GString) out = g_string_new ("ASNER1\n");
  g_string_append_printf (out, "tags %u\n", m->n_tags);
  for (guint t = 0; t < m->n_tags; t++)
    g_string_append_printf (out, "%s\n", m->tags[t]);
  gsize size = (gsize) NER_BUCKETS * m->n_tags, count = 0;
  for (gsize at = 0; at < size; at++)
    count += fabsf (m->weights[at]) >= NER_PRUNE;
  g_string_append_printf (out, "buckets %u\nweights %zu\n", NER_BUCKETS, (size_t) count);
  for (gsize at = 0; at < size; at++)
    if (fabsf (m->weights[at]) >= NER_PRUNE)
      {
        guint32 index = GUINT32_TO_LE ((guint32) at);
        guint32 bits;
        memcpy (&bits, &m->weights[at], 4);
        bits = GUINT32_TO_LE (bits);
        g_string_append_len (out, (const char *) &index, 4);
        g_string_append_len (out, (const char *) &bits, 4);
      }
  return g_file_set_contents (path, out->str, out->len, error);
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
#define BAD(what)                                                                                \
  G_STMT_START                                                                                   \
  {                                                                                              \
    g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s: not a model file (%s)", \
                 path, what);                                                                    \
    ner_model_free (m);                                                                          \
    return NULL;                                                                                 \
  }                                                                                              \
  G_STMT_END
  NerModel *m = NULL;
  const char *p = data, *end = data + length;
  if (length < 7 || memcmp (p, "ASNER1\n", 7) != 0)
    BAD ("no ASNER1 header");
  p += 7;
  guint n_tags = 0;
  if (sscanf (p, "tags %u\n", &n_tags) != 1 || n_tags == 0 || n_tags > 64)
    BAD ("tags");
  p = (const char *) memchr (p, '\n', end - p) + 1;
  GStrvBuilder *b = g_strv_builder_new ();
  for (guint t = 0; t < n_tags; t++)
    {
      const char *nl = (const char *) memchr (p, '\n', end - p);
      if (nl == NULL)
        {
          g_strv_builder_unref (b);
          BAD ("tag names");
        }
      { g_autofree char *name = g_strndup (p, nl - p); g_strv_builder_add (b, name); }
      p = nl + 1;
    }
  g_auto (GStrv) tags = g_strv_builder_end (b);
  g_strv_builder_unref (b);
  m = ner_model_new ((const char *const *) tags);
  guint buckets = 0;
  gsize count = 0;
  if (sscanf (p, "buckets %u\n", &buckets) != 1 || buckets != NER_BUCKETS)
    BAD ("bucket count differs from this build's");
  p = (const char *) memchr (p, '\n', end - p) + 1;
  if (sscanf (p, "weights %zu\n", &count) != 1)
    BAD ("weights");
  p = (const char *) memchr (p, '\n', end - p) + 1;
  if ((gsize) (end - p) != count * 8)
    BAD ("truncated");
  gsize size = (gsize) NER_BUCKETS * n_tags;
  for (gsize k = 0; k < count; k++, p += 8)
    {
      guint32 index, bits;
      memcpy (&index, p, 4);
      memcpy (&bits, p + 4, 4);
      index = GUINT32_FROM_LE (index);
      bits = GUINT32_FROM_LE (bits);
      if (index >= size)
        BAD ("weight index out of range");
      memcpy (&m->weights[index], &bits, 4);
    }
#undef BAD
  return m;
}
