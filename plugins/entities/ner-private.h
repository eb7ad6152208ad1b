/* ner-private.h: what ner.c and ner-tokens.c share and no one else
 * reads. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* FNV-1a, a byte at a time: the hashes a token is read into. */
static inline guint32
fnv_step (guint32 h, guchar c)
{
  return (h ^ c) * 16777619u;
}

static inline guint32
fnv (const char *s, gsize n)
{
  guint32 h = 2166136261u;
  for (gsize i = 0; i < n; i++)
    h = fnv_step (h, (guchar) s[i]);
  return h;
}

G_END_DECLS
