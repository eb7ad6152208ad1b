/* assay-json.c: a small streaming JSON writer.
 *
 * Output is the hot path of a batch run: building a json-glib tree per
 * document and generating it costs several times what the stages do (see
 * DESIGN.md), so records are written straight into a GString.  The writer
 * tracks only whether the current container needs a comma; callers keep
 * the structure right.  Strings are escaped per RFC 8259 section 7.
 */
#include "assay-private.h"

#include <string.h>

/* g_string_append_len() and _c() are calls into GLib (inline only from
 * 2.76), one per key, bracket and number of a record: 5% of the dates
 * pipeline in perf (bench/dates-bench.py).  Where the buffer has room,
 * the bytes are copied here; GLib grows it otherwise. */
static inline void
put_len (GString *out, const char *s, gsize n)
{
  if (out->len + n < out->allocated_len)
    {
      memcpy (out->str + out->len, s, n);
      out->len += n;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_len (out, s, n);
}

static inline void
put_c (GString *out, char c)
{
  if (out->len + 1 < out->allocated_len)
    {
      out->str[out->len++] = c;
      out->str[out->len] = '\0';
    }
  else
    g_string_append_c (out, c);
}

void
assay_json_writer_init (AssayJsonWriter *w, GString *out)
{
  w->out = out;
  w->depth = 0;
  w->need_comma = 0;
  w->after_key = FALSE;
}

static inline void
before_value (AssayJsonWriter *w)
{
  if (w->after_key)
    {
      w->after_key = FALSE;
      return;
    }
  guint64 bit = G_GUINT64_CONSTANT (1) << (w->depth & 63);
  if (w->need_comma & bit)
    put_c (w->out, ',');
  w->need_comma |= bit;
}

static inline void
open_container (AssayJsonWriter *w, char c)
{
  before_value (w);
  put_c (w->out, c);
  w->depth++;
  w->need_comma &= ~(G_GUINT64_CONSTANT (1) << (w->depth & 63));
}

static inline void
close_container (AssayJsonWriter *w, char c)
{
  g_return_if_fail (w->depth > 0);
  w->depth--;
  put_c (w->out, c);
}

void
assay_json_begin_object (AssayJsonWriter *w)
{
  open_container (w, '{');
}

void
assay_json_end_object (AssayJsonWriter *w)
{
  close_container (w, '}');
}

void
assay_json_begin_array (AssayJsonWriter *w)
{
  open_container (w, '[');
}

void
assay_json_end_array (AssayJsonWriter *w)
{
  close_container (w, ']');
}

/* Which bytes a JSON string cannot hold as they are: '"', '\\' and the
 * control characters. */
static const guint8 needs_escape[256] = {
  [0x00 ... 0x1f] = 1,
  ['"'] = 1,
  ['\\'] = 1,
};

/* Escapes valid UTF-8: only '"', '\\' and control characters need it.
 * A table rather than three comparisons a byte, and runs appended whole:
 * escaping was the largest part of writing a record (perf on
 * bench/dates-bench.py). */
static void
append_escaped (GString *out, const char *s, gsize len)
{
  static const char hex[] = "0123456789abcdef";
  const guchar *p = (const guchar *) s;
  const guchar *end = p + len;

  while (p < end)
    {
      const guchar *run = p;
      while (p < end && !needs_escape[*p])
        p++;
      put_len (out, (const char *) run, p - run);
      if (p == end)
        break;
      guchar c = *p++;
      switch (c)
        {
        case '"':
          put_len (out, "\\\"", 2);
          break;
        case '\\':
          put_len (out, "\\\\", 2);
          break;
        case '\n':
          put_len (out, "\\n", 2);
          break;
        case '\r':
          put_len (out, "\\r", 2);
          break;
        case '\t':
          put_len (out, "\\t", 2);
          break;
        case '\b':
          put_len (out, "\\b", 2);
          break;
        case '\f':
          put_len (out, "\\f", 2);
          break;
        default:
          {
            char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            put_len (out, u, 6);
          }
        }
    }
}

static void
append_string (GString *out, const char *s, gsize len)
{
  put_c (out, '"');
  if (g_utf8_validate_len (s, len, NULL))
    append_escaped (out, s, len);
  else
    {
      gsize valid_len;
      g_autofree char *valid = assay_utf8_make_valid (s, len, &valid_len, NULL);
      append_escaped (out, valid, valid_len);
    }
  put_c (out, '"');
}

void
assay_json_key (AssayJsonWriter *w, const char *key)
{
  before_value (w);
  /* Keys are nearly always plain ASCII names ("start", "layer"): those
   * need neither UTF-8 validation nor escaping, which were a tenth of
   * writing a record (perf on bench/dates-bench.py). */
  const char *k = key;
  while (*k > 0x1f && *k != '"' && *k != '\\')
    k++;
  if (*k == '\0')
    {
      put_c (w->out, '"');
      put_len (w->out, key, k - key);
      put_len (w->out, "\":", 2);
      w->after_key = TRUE;
      return;
    }
  append_string (w->out, key, strlen (key));
  put_c (w->out, ':');
  w->after_key = TRUE;
}

void
assay_json_key_quoted (AssayJsonWriter *w, const char *quoted, gsize length)
{
  before_value (w);
  put_len (w->out, quoted, length);
  w->after_key = TRUE;
}

void
assay_json_string_len (AssayJsonWriter *w, const char *value, gsize length)
{
  before_value (w);
  append_string (w->out, value, length);
}

void
assay_json_string_valid (AssayJsonWriter *w, const char *value, gsize length)
{
  /* The document's text is most of a record's bytes: checking it again
   * was 2% of the dates pipeline in perf (bench/dates-bench.py). */
  before_value (w);
  put_c (w->out, '"');
  append_escaped (w->out, value, length);
  put_c (w->out, '"');
}

void
assay_json_string (AssayJsonWriter *w, const char *value)
{
  if (value == NULL)
    {
      assay_json_null (w);
      return;
    }
  /* Layer names, labels and attribute values are nearly always short
   * ASCII with nothing to escape: one pass finds that and copies them,
   * where strlen(), UTF-8 validation and the escaping scan were three
   * (perf on bench/dates-bench.py). */
  const guchar *p = (const guchar *) value;
  while (*p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
    p++;
  if (*p == '\0')
    {
      before_value (w);
      put_c (w->out, '"');
      put_len (w->out, value, (const char *) p - value);
      put_c (w->out, '"');
      return;
    }
  assay_json_string_len (w, value, strlen (value));
}

void
assay_json_int (AssayJsonWriter *w, gint64 value)
{
  /* Offsets are most of what a record's numbers are: format them by hand,
   * printf would be the slowest part of writing an annotation. */
  char buf[24];
  char *p = buf + sizeof buf;
  guint64 magnitude = value < 0 ? -(guint64) value : (guint64) value;
  before_value (w);
  do
    *--p = (char) ('0' + magnitude % 10);
  while ((magnitude /= 10) != 0);
  if (value < 0)
    *--p = '-';
  put_len (w->out, p, buf + sizeof buf - p);
}

void
assay_json_double (AssayJsonWriter *w, double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  before_value (w);
  /* JSON has no NaN or infinity. */
  if (value != value || value > G_MAXDOUBLE || value < -G_MAXDOUBLE)
    g_string_append (w->out, "null");
  else
    g_string_append (w->out, g_ascii_dtostr (buf, sizeof buf, value));
}

void
assay_json_bool (AssayJsonWriter *w, gboolean value)
{
  before_value (w);
  g_string_append (w->out, value ? "true" : "false");
}

void
assay_json_null (AssayJsonWriter *w)
{
  before_value (w);
  put_len (w->out, "null", 4);
}
