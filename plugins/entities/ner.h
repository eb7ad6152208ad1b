/* ner.h: the entities stage's learned tagger (ner.c). */
#pragma once

#include <assay/assay.h>

G_BEGIN_DECLS

/* Feature buckets per tag: 2^20 keeps collisions rare for the few hundred
 * thousand features news text has. */
#define NER_BUCKETS (1u << 20)
/* Averaged weights smaller than this are left out of the model file. */
#define NER_PRUNE 0.01f

/* One sentence as the tagger sees it. */
typedef struct
{
  guint n;
  char **words;      /* as written */
  char **lower;      /* lowercased */
  const char **gazetteer; /* nullable; per token the class the gazetteer gives it ("B-GPE"), or NULL */
} NerSentence;

typedef struct _NerModel NerModel;

NerModel *ner_model_new (const char *const *tags);
void ner_model_free (NerModel *m);
guint ner_model_n_tags (const NerModel *m);
const char *ner_model_tag (const NerModel *m, guint i);

/* Fills @out (guint32 buckets) with the features of token @i given the two
 * tags before it. */
void ner_token_features (const NerSentence *s, guint i, const char *prev, const char *prev2, GArray *out);

/* Tags each token of @s (indexes into the model's tags) into @tags. */
void ner_tag (const NerModel *m, const NerSentence *s, guint *tags);

/* Averaged perceptron over @sentences (NerSentence*) with @gold (guint*
 * tag indexes per sentence), @epochs passes in a shuffled order. */
void ner_train (NerModel *m, GPtrArray *sentences, GPtrArray *gold, guint epochs, guint32 seed);

gboolean ner_model_save (const NerModel *m, const char *path, GError **error);
NerModel *ner_model_load (const char *path, GError **error);

G_END_DECLS
