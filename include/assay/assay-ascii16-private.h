/* assay-ascii16-private.h: the SSE2 letter and digit classes the
 * in-tree stages share (cleanup's tokenizer and word reader, the claims'
 * word cutter).
 *
 * Not installed, and not included by <assay/assay.h> (include/assay/
 * meson.build lists what is): the public headers are the API a plugin
 * built elsewhere compiles against, in C or C++, on any architecture,
 * and <emmintrin.h> in them put every _mm_ name into every such plugin,
 * and made what the API declares depend on the plugin's compiler flags
 * (-mno-sse2, MSVC and every non-x86 target saw other declarations).
 * Here for the in-tree stages only, beside the API because the stages
 * reach libassay's headers and no others (mend-dates20).
 */
#pragma once

#ifdef __SSE2__
#include <emmintrin.h>

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
