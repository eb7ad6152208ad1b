/* ner-private.h: what ner.c and ner-tokens.c share and no one else
 * reads. */
#pragma once

#include <assay/assay.h>
#include "ner.h"

G_BEGIN_DECLS

/* FNV-1a of @n bytes (assay_fnv_step()): the hashes a token is read
 * into. */
static inline guint32
fnv (const char *s, gsize n)
{
  guint32 h = ASSAY_FNV_BASIS;
  for (gsize i = 0; i < n; i++)
    h = assay_fnv_step (h, (guchar) s[i]);
  return h;
}

/* The word classes a model reads (ner-clusters.c), NULL: none. */
typedef struct _NerClusters NerClusters;
NerClusters *ner_clusters_load (const char *path, GError **error);
void ner_clusters_free (NerClusters *c);
const char *ner_clusters_name (const NerClusters *c);
const NerClusters *ner_model_clusters (const NerModel *m);
/* The NER_CLUSTER_LEVELS classes of the word of hash @word
 * (NerToken.word), coarse to fine; NULL: not clustered. */
const guint16 *ner_clusters_classes (const NerClusters *c, guint32 word);

G_END_DECLS
