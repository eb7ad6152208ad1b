/* assay-text.h: text helpers every stage that compares names needs.
 *
 * Stages that match names from data files against article text, or compare
 * the names two stages wrote, must agree on when two spellings are one
 * name ("Nováková", "NOVAKOVA", "Novakova"; "Ana’s", "Ana's").  This is that
 * one rule, so a gazetteer key written by one stage finds the same key
 * written by another.
 */
#pragma once

#if !defined(ASSAY_INSIDE) && !defined(ASSAY_COMPILATION)
#error "Only <assay/assay.h> can be included directly."
#endif

#include <glib.h>
#include <assay/assay-version.h>

G_BEGIN_DECLS

/**
 * assay_text_fold:
 * @text: UTF-8 text
 * @length: its length in bytes, or -1 when @text ends with a NUL
 *
 * The comparison key of @text: Unicode case folding, accents and other
 * combining marks removed after canonical decomposition, and the
 * typographic apostrophes (U+2019, U+2018, U+02BC) made straight.  Nothing
 * else changes: spaces, hyphens and punctuation stay, so a caller that
 * joins words decides how.  ASCII text is lowercased without allocation
 * beyond the result.  Invalid UTF-8 is returned lowercased as ASCII.
 *
 * Returns: (transfer full): the key, a NUL-terminated string; g_free() it.
 */
ASSAY_API char *assay_text_fold (const char *text, gssize length);

/* FNV-1a (32 bits): the offset basis and one byte's step.  The stages'
 * word tables are keyed by it, each loop hashing as it reads its bytes; a
 * key hashed in one loop must find the key hashed in another, so the
 * step is written here once. */
#define ASSAY_FNV_BASIS 2166136261u

static inline guint32
assay_fnv_step (guint32 hash, guchar byte)
{
  return (hash ^ byte) * 16777619u;
}

G_END_DECLS
