/* normalize.c: Unicode and white-space normalisation with utf8proc.
 *
 * NFC composition, removal of characters that are invisible or control the
 * display rather than carry text (C0/C1 controls, zero-width spaces,
 * byte-order marks, soft hyphens, bidirectional embeddings, overrides and
 * marks), one newline convention, one space between words, at most one
 * blank line between paragraphs.  Curly quotes and dashes are content and
 * stay unless folding is asked for.  Each change is its own replacement,
 * so the offset map stays exact.
 */
#include "cleanup-private.h"

#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

static gboolean
is_invisible (gunichar c)
{
  if (c == '\n' || c == '\t')
    return FALSE;
  if (c < 0x20 || (c >= 0x7F && c < 0xA0))
    return TRUE;
  switch (c)
    {
    case 0x00AD: /* soft hyphen */
    case 0x200B: /* zero-width space */
    case 0x2060: /* word joiner */
    case 0xFEFF: /* byte-order mark */
    case 0x200E: /* left-to-right mark */
    case 0x200F: /* right-to-left mark */
    case 0x061C: /* Arabic letter mark */
      return TRUE;
    default:
      /* Bidirectional embeddings, overrides and isolates. */
      return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == '\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F
         || c == 0x205F || c == 0x3000;
}

static const char *
ascii_fold (gunichar c)
{
  switch (c)
    {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: return "-";
    case 0x2026: return "...";
    default: return NULL;
    }
}

/* NFC of the stretch [start, end) when it changes; NULL otherwise. */
static char *
nfc_if_changed (const char *start, const char *end)
{
  utf8proc_uint8_t *out = NULL;
  utf8proc_ssize_t n = utf8proc_map ((const utf8proc_uint8_t *) start, end - start, &out,
                                     UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (n < 0)
    return NULL;
  if ((gsize) n == (gsize) (end - start) && memcmp (out, start, n) == 0)
    {
      free (out);
      return NULL;
    }
  char *copy = g_strndup ((const char *) out, n);
  free (out);
  return copy;
}

guint
normalize_text (const NormalizeOptions *opts, const char *text, gsize length, AssayTextEdit *edit)
{
  guint changes = 0;
  const char *p = text, *end = text + length;
  gboolean at_line_start = TRUE;

#define REPLACE(a, b, s)                                                          \
  G_STMT_START                                                                    \
  {                                                                               \
    assay_text_edit_replace (edit, (a) - text, (b) - text, (s), -1);              \
    changes++;                                                                    \
  }                                                                               \
  G_STMT_END

  while (p < end)
    {
#ifdef __SSE2__
      /* Sixteen bytes at a time where nothing below can change any of
       * them: printable ASCII, each space inside the line and followed by
       * a character that is not one (the case the single-space test below
       * lets through), the last byte no space, since what follows it is
       * unread.  The byte loops below then only see short stretches: word
       * by word they were most of this pass's time (perf,
       * bench/cleanup-bench.py). */
      if (end - p >= 16)
        {
          __m128i v = _mm_loadu_si128 ((const __m128i *) p);
          /* bytes 0x20..0x7E: x - 0x20 < 0x5F, compared signed after the flip */
          __m128i shifted = _mm_sub_epi8 (v, _mm_set1_epi8 (0x20 - 128));
          int outside = _mm_movemask_epi8 (_mm_cmpgt_epi8 (shifted, _mm_set1_epi8 (0x5E - 128)));
          int spaces = _mm_movemask_epi8 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (' ')));
          if (!outside && !(spaces & (spaces >> 1)) && !(spaces & 0x8000)
              && !(at_line_start && (spaces & 1)))
            {
              p += 16;
              at_line_start = FALSE;
              continue;
            }
        }
#endif
      /* Printable ASCII but the space, most of any text, is never changed
       * by anything below: passed over without decoding.  So is one space
       * between two such characters inside a line.  (perf on
       * bench/cleanup-bench.py: this pass took 9% of the stage, most of it
       * decoding and classifying such characters one by one.) */
      if ((guchar) *p > 0x20 && (guchar) *p < 0x7F)
        {
          while (p < end && (guchar) *p > 0x20 && (guchar) *p < 0x7F)
            p++;
          at_line_start = FALSE;
          continue;
        }
      if (*p == ' ' && !at_line_start && p + 1 < end && (guchar) p[1] > 0x20 && (guchar) p[1] < 0x7F)
        {
          p++;
          continue;
        }
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      /* Line breaks: \r\n, \r, U+2028 and U+2029 become \n; at most two in a row. */
      if (opts->whitespace && (c == '\r' || c == '\n' || c == 0x2028 || c == 0x2029))
        {
          const char *run_start = p;
          guint breaks = 0;
          gboolean canonical = TRUE;
          while (p < end)
            {
              gunichar d = g_utf8_get_char (p);
              if (d == '\r' && p + 1 < end && p[1] == '\n')
                breaks++, p += 2, canonical = FALSE;
              else if (d == '\n')
                breaks++, p++;
              else if (d == '\r' || d == 0x2028)
                breaks++, p = g_utf8_next_char (p), canonical = FALSE;
              else if (d == 0x2029)
                breaks += 2, p = g_utf8_next_char (p), canonical = FALSE;
              else if (is_space (d) || (opts->strip_invisible && is_invisible (d)))
                p = g_utf8_next_char (p), canonical = FALSE; /* blanks between breaks */
              else
                break;
            }
          if (run_start == text)
            REPLACE (run_start, p, ""); /* no line breaks before the first line */
          else if (p == end && !(canonical && breaks == 1))
            REPLACE (run_start, p, "\n"); /* one after the last, as files have it */
          else if (breaks > 2 || !canonical)
            REPLACE (run_start, p, breaks >= 2 ? "\n\n" : "\n");
          at_line_start = TRUE;
          continue;
        }

      if (opts->strip_invisible && is_invisible (c))
        {
          const char *run_start = p;
          while (p < end && is_invisible (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          REPLACE (run_start, p, "");
          continue;
        }

      if (opts->whitespace && is_space (c))
        {
          const char *run_start = p;
          gboolean single_plain = c == ' ';
          p = next;
          while (p < end && (is_space (g_utf8_get_char (p))
                             || (opts->strip_invisible && is_invisible (g_utf8_get_char (p)))))
            {
              single_plain = FALSE;
              p = g_utf8_next_char (p);
            }
          gboolean line_end = p == end || *p == '\n' || *p == '\r';
          if (at_line_start || line_end)
            REPLACE (run_start, p, ""); /* no spaces at either end of a line */
          else if (!single_plain)
            REPLACE (run_start, p, " ");
          continue;
        }

      if (opts->fold_punctuation)
        {
          const char *ascii = ascii_fold (c);
          if (ascii)
            {
              REPLACE (p, next, ascii);
              p = next;
              at_line_start = FALSE;
              continue;
            }
        }

      if (opts->nfc && c >= 0x80)
        {
          /* A stretch that NFC may change: the non-ASCII characters and the
           * character before them, which a combining mark may join. */
          const char *run_start = p;
          if (p > text && (guchar) p[-1] < 0x80 && g_ascii_isalpha (p[-1]))
            run_start = p - 1;
          const char *q = p;
          while (q < end && (guchar) *q >= 0x80)
            {
              gunichar d = g_utf8_get_char (q);
              if (is_space (d) || (opts->strip_invisible && is_invisible (d)) || d == 0x2028
                  || d == 0x2029 || (opts->fold_punctuation && ascii_fold (d)))
                break;
              q = g_utf8_next_char (q);
            }
          if (q > p)
            {
              g_autofree char *nfc = nfc_if_changed (run_start, q);
              if (nfc)
                REPLACE (run_start, q, nfc);
              p = q;
              at_line_start = FALSE;
              continue;
            }
        }

      at_line_start = FALSE;
      p = next;
    }
#undef REPLACE
  return changes;
}
