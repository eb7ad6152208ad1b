/* ner-private.h: what ner.c and ner-tokens.c share and no one else
 * reads. */
#pragma once

#include <assay/assay.h>

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

G_END_DECLS
