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
#ifdef __SSE2__
#include <emmintrin.h>
#endif

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

#ifdef __SSE2__
/* The classes of sixteen ASCII bytes at once, for the readers that find
 * words in blocks of text from bit masks rather than a byte at a time
 * (cleanup's tokenizer and word reader, the claims' word cutter).  Each
 * returns 0xff in the bytes of @v of its class.  Written once here so
 * that two stages cutting the same text into words agree on what a
 * letter and a digit are. */

/* ASCII letters: with bit 0x20 set, one of 'a' to 'z' (bytes from 0x80
 * compare as negative, so never). */
static inline __m128i
assay_ascii_letters16 (__m128i v)
{
  __m128i lc = _mm_or_si128 (v, _mm_set1_epi8 (0x20));
  return _mm_and_si128 (_mm_cmpgt_epi8 (lc, _mm_set1_epi8 ('a' - 1)),
                        _mm_cmpgt_epi8 (_mm_set1_epi8 ('z' + 1), lc));
}

/* ASCII digits, '0' to '9'. */
static inline __m128i
assay_ascii_digits16 (__m128i v)
{
  return _mm_and_si128 (_mm_cmpgt_epi8 (v, _mm_set1_epi8 ('0' - 1)),
                        _mm_cmpgt_epi8 (_mm_set1_epi8 ('9' + 1), v));
}
#endif

G_END_DECLS
