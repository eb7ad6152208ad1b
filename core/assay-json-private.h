/* assay-json-private.h: the JSON writer's steps as inline functions, for
 * the writer (assay-json.c) and the doc record (assay-output.c).
 *
 * A doc record of the dates pipeline is a few hundred annotations of
 * seven keys and values each; as calls into the writer, one per key,
 * number and bracket, writing them was 23% of the pipeline's instructions
 * (callgrind on bench/dates-bench.py's 20 MB).  Inline, the fixed keys
 * become stores of constants and the checks for room fold together.
 * Not installed; nothing here is exported.
 */
#pragma once

#include "assay-private.h"

#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

G_BEGIN_DECLS

/* The length of the run at @p (before @end) with no '"', '\\' or byte
 * below 0x20, and, when @stop_high, no byte of 0x80 or more: the bytes
 * the writer copies as they are, and the reader's plain ASCII.  @stops
 * is the same set as a table, for the tail.  Sixteen bytes at a time
 * where SSE2 is (every x86-64): byte by byte, escaping took 135M and
 * the reader's strings 194M instructions on bench/dates-bench.py's
 * 20 MB, 5.4% and 7.8% of the pipeline's (callgrind); with SSE2, 33M
 * and 40M.  @stop_high is a constant at each call, so each caller's
 * copy keeps only its own test. */
#ifdef __SSE2__
/* A bit for each of the sixteen bytes of @v that ends a plain run (see
 * json_plain_run()). */
static inline unsigned
json_stops (__m128i v, gboolean stop_high)
{
  const __m128i quote = _mm_set1_epi8 ('"'), backslash = _mm_set1_epi8 ('\\'), control = _mm_set1_epi8 (0x1f);
  /* v <= 0x1f unsigned: max(v, 0x1f) is 0x1f; movemask takes each
   * byte's high bit, so or-ing v in stops at bytes >= 0x80 */
  __m128i stop = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, quote), _mm_cmpeq_epi8 (v, backslash)),
                               _mm_cmpeq_epi8 (_mm_max_epu8 (v, control), control));
  if (stop_high)
    stop = _mm_or_si128 (stop, v);
  return (unsigned) _mm_movemask_epi8 (stop);
}
#endif

static inline gsize
json_plain_run (const guchar *p, const guchar *end, const guint8 stops[256], gboolean stop_high)
{
  const guchar *q = p;
#ifdef __SSE2__
  while (end - q >= 16)
    {
      unsigned mask = json_stops (_mm_loadu_si128 ((const __m128i *) q), stop_high);
      if (mask)
        return q - p + __builtin_ctz (mask);
      q += 16;
    }
#endif
  while (q < end && !stops[*q])
    q++;
  return q - p;
}

/* Copies the plain run at *@p (before @end) to *@d sixteen bytes at a
 * time while sixteen remain, storing all sixteen each time (@d has room
 * for them: the reader's decoded string is never longer than its JSON,
 * the writer reserves sixteen over): TRUE when a byte that ends the run
 * was found, with *@p and *@d at it; FALSE with the tail (under sixteen
 * bytes) left to the caller's byte loop.  The reader's decoding and the
 * writer's escaping copy their plain runs this one way. */
static inline gboolean
json_copy_run16 (const guchar **p, const guchar *end, char **d, gboolean stop_high)
{
#ifdef __SSE2__
  const guchar *q = *p;
  char *o = *d;
  for (; end - q >= 16; q += 16, o += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) q);
      _mm_storeu_si128 ((__m128i *) o, v);
      unsigned mask = json_stops (v, stop_high);
      if (mask)
        {
          guint n = (guint) __builtin_ctz (mask);
          *p = q + n, *d = o + n;
          return TRUE;
        }
    }
  *p = q, *d = o;
#else
  (void) p, (void) end, (void) d, (void) stop_high;
#endif
  return FALSE;
}

/* Copies @n bytes from @s to @d.  What a record copies is mostly short
 * (a label, an attribute's key and value, a layer's members, a run of
 * text between two escapes): up to 32 bytes go as two loads and two
 * stores of the same width, overlapping in the middle, which read and
 * write only the @n bytes, where a memcpy() call each cost more: the
 * dates pipeline on bench/dates-bench.py's 20 MB 1,791.4M -> 1,787.7M
 * instructions (callgrind, -j 1), the records 214.3M -> 209.7M. */
static inline void
json_copy (char *d, const char *s, gsize n)
{
  if (n > 32)
    memcpy (d, s, n);
#ifdef __SSE2__
  else if (n >= 16)
    {
      __m128i a = _mm_loadu_si128 ((const __m128i *) s);
      __m128i b = _mm_loadu_si128 ((const __m128i *) (s + n - 16));
      _mm_storeu_si128 ((__m128i *) d, a);
      _mm_storeu_si128 ((__m128i *) (d + n - 16), b);
    }
#else
  else if (n >= 16)
    memcpy (d, s, n);
#endif
  else if (n >= 8)
    {
      guint64 a, b;
      memcpy (&a, s, 8);
      memcpy (&b, s + n - 8, 8);
      memcpy (d, &a, 8);
      memcpy (d + n - 8, &b, 8);
    }
  else if (n >= 4)
    {
      guint32 a, b;
      memcpy (&a, s, 4);
      memcpy (&b, s + n - 4, 4);
      memcpy (d, &a, 4);
      memcpy (d + n - 4, &b, 4);
    }
  else if (n > 0)
    {
      /* 1 to 3 bytes: the first, the middle and the last */
      char a = s[0], b = s[n / 2], c = s[n - 1];
      d[0] = a, d[n / 2] = b, d[n - 1] = c;
    }
}

/* Appends @n bytes: copied here where the buffer has room (GLib's own
 * append is a call, inline only from 2.76), grown by GLib otherwise.
 * json_put_len() and json_put_c() leave the GString without its closing
 * NUL (the room for it stays): a record is a few hundred of them, and the
 * NUL stored after each cost the dates pipeline on bench/dates-bench.py's
 * 20 MB 1,787.7M -> 1,779.0M instructions (callgrind, -j 1).  Whatever hands the
 * string on ends it with json_terminate() (every public assay_json_*()
 * call, a string the reader decoded) or with a GLib call (a record's
 * closing newline). */
static inline void
json_put_len (GString *out, const char *s, gsize n)
{
  if (G_LIKELY (out->len + n < out->allocated_len))
    {
      json_copy (out->str + out->len, s, n);
      out->len += n;
    }
  else
    g_string_append_len (out, s, n);
}

static inline void
json_put_c (GString *out, char c)
{
  if (G_LIKELY (out->len + 1 < out->allocated_len))
    out->str[out->len++] = c;
  else
    g_string_append_c (out, c);
}

/* Ends @out with its NUL after json_put_len() and json_put_c(). */
static inline void
json_terminate (GString *out)
{
  out->str[out->len] = '\0';
}

/* The comma before a value, unless it follows its key. */
static inline void
json_before_value (AssayJsonWriter *w)
{
  if (w->after_key)
    {
      w->after_key = FALSE;
      return;
    }
  guint64 bit = G_GUINT64_CONSTANT (1) << (w->depth & 63);
  if (w->need_comma & bit)
    json_put_c (w->out, ',');
  w->need_comma |= bit;
}

static inline void
json_open (AssayJsonWriter *w, char c)
{
  json_before_value (w);
  json_put_c (w->out, c);
  w->depth++;
  w->need_comma &= ~(G_GUINT64_CONSTANT (1) << (w->depth & 63));
}

static inline void
json_close (AssayJsonWriter *w, char c)
{
  g_return_if_fail (w->depth > 0);
  w->depth--;
  json_put_c (w->out, c);
}

static inline void
json_key_quoted (AssayJsonWriter *w, const char *quoted, gsize length)
{
  json_before_value (w);
  json_put_len (w->out, quoted, length);
  w->after_key = TRUE;
}

/* @key: a string literal of characters that need no escaping. */
#define JSON_KEY_LITERAL(w, key) json_key_quoted ((w), "\"" key "\":", sizeof ("\"" key "\":") - 1)

/* Room for @n more bytes at the end of @out: where they go.  Writes
 * through it end with json_commit(). */
static inline char *
json_reserve (GString *out, gsize n)
{
  if (G_UNLIKELY (out->len + n >= out->allocated_len))
    {
      gsize len = out->len;
      g_string_set_size (out, len + n);
      g_string_truncate (out, len);
    }
  return out->str + out->len;
}

/* Ends a write through json_reserve() at @end. */
static inline void
json_commit (GString *out, char *end)
{
  out->len = end - out->str;
  *end = '\0';
}

/* The most bytes json_format_uint() writes. */
#define JSON_UINT_MAX 20

/* Writes @value in decimal at @p, two digits a step (a division a digit
 * made the offsets a third of writing an annotation, callgrind on
 * bench/dates-bench.py); returns the end. */
static inline char *
json_format_uint (char *p, guint64 value)
{
  static const char pairs[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                                 "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                                 "8081828384858687888990919293949596979899";
  /* offsets have a few digits: compared, not divided, to count them;
   * up to five by one comparison each, not a loop with a multiplication
   * a digit (the dates pipeline on bench/dates-bench.py's 20 MB at -j 1:
   * 1,920.6M -> 1,899.7M instructions, callgrind) */
  guint digits;
  if (value < 10)
    digits = 1;
  else if (value < 100)
    digits = 2;
  else if (value < 1000)
    digits = 3;
  else if (value < 10000)
    digits = 4;
  else
    {
      digits = 5;
      for (guint64 bound = 100000; digits < 20 && value >= bound; bound *= 10)
        digits++;
    }
  char *end = p + digits, *q = end;
  while (value >= 100)
    {
      guint pair = (guint) (value % 100) * 2;
      value /= 100;
      *--q = pairs[pair + 1];
      *--q = pairs[pair];
    }
  if (value >= 10)
    {
      *--q = pairs[value * 2 + 1];
      *--q = pairs[value * 2];
    }
  else
    *--q = (char) ('0' + value);
  return end;
}

/* After members written through json_reserve() into the open container:
 * the next one needs its comma. */
static inline void
json_wrote_member (AssayJsonWriter *w)
{
  w->need_comma |= G_GUINT64_CONSTANT (1) << (w->depth & 63);
}

/* After the closing bracket of the open container was written through
 * json_reserve(). */
static inline void
json_closed (AssayJsonWriter *w)
{
  g_return_if_fail (w->depth > 0);
  w->depth--;
}

/* Offsets are most of what a record's numbers are: formatted by hand,
 * printf would be the slowest part of writing an annotation. */
static inline void
json_int (AssayJsonWriter *w, gint64 value)
{
  json_before_value (w);
  char *p = json_reserve (w->out, JSON_UINT_MAX + 1);
  if (value < 0)
    *p++ = '-';
  json_commit (w->out, json_format_uint (p, value < 0 ? -(guint64) value : (guint64) value));
}

/* Appends the @len bytes of valid UTF-8 at @s escaped per RFC 8259,
 * without quotes (assay-json.c). */
void json_append_escaped (GString *out, const char *s, gsize len);

/* A string of valid UTF-8 (a document's text or a span of it). */
static inline void
json_string_valid (AssayJsonWriter *w, const char *value, gsize length)
{
  json_before_value (w);
  json_put_c (w->out, '"');
  json_append_escaped (w->out, value, length);
  json_put_c (w->out, '"');
}

/* The length of @value when it is all printable ASCII but '"' and '\\'
 * (written as it is between quotes), G_MAXSIZE otherwise.  Layer names,
 * labels and attribute keys and values are nearly always such: one pass
 * finds that and their length, where strlen(), UTF-8 validation and the
 * escaping scan were three (perf on bench/dates-bench.py); one look-up a
 * byte where there were four comparisons (callgrind, the first 1,000
 * articles of bench/dates-bench.py: 3.75M -> 3.00M instructions in
 * json_string()). */
static inline gsize
json_plain_len (const char *value)
{
  static const guint8 plain[256] = { [0x20 ... 0x21] = 1, [0x23 ... 0x5b] = 1, [0x5d ... 0x7f] = 1 };
  const guchar *p = (const guchar *) value;
  while (plain[*p])
    p++;
  return *p == '\0' ? (gsize) ((const char *) p - value) : G_MAXSIZE;
}

/* A NUL-terminated string (NULL: null); what is not plain
 * (json_plain_len()) goes through assay_json_string_len(). */
static inline void
json_string (AssayJsonWriter *w, const char *value)
{
  if (value == NULL)
    {
      json_before_value (w);
      json_put_len (w->out, "null", 4);
      return;
    }
  gsize n = json_plain_len (value);
  if (n != G_MAXSIZE)
    {
      json_before_value (w);
      json_put_c (w->out, '"');
      json_put_len (w->out, value, n);
      json_put_c (w->out, '"');
      return;
    }
  assay_json_string_len (w, value, strlen (value));
}

/* A key: attribute keys are names (assay_name_is_key()), plain ASCII
 * that needs no escaping; anything else goes through assay_json_key(). */
static inline void
json_key (AssayJsonWriter *w, const char *key)
{
  const char *k = key;
  while (*k > 0x1f && *k != '"' && *k != '\\')
    k++;
  if (*k != '\0')
    {
      assay_json_key (w, key);
      return;
    }
  json_before_value (w);
  json_put_c (w->out, '"');
  json_put_len (w->out, key, k - key);
  json_put_len (w->out, "\":", 2);
  w->after_key = TRUE;
}

G_END_DECLS
