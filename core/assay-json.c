/* assay-json.c: a small streaming JSON writer.
 *
 * Output is the hot path of a batch run: building a json-glib tree per
 * document and generating it costs several times what the stages do (see
 * DESIGN.md), so records are written straight into a GString.  The writer
 * tracks only whether the current container needs a comma; callers keep
 * the structure right.  Strings are escaped per RFC 8259 section 7.
 */
#include "assay-json-private.h"

#include <string.h>

void
assay_json_writer_init (AssayJsonWriter *w, GString *out)
{
  w->out = out;
  w->depth = 0;
  w->need_comma = 0;
  w->after_key = FALSE;
}

void
assay_json_begin_object (AssayJsonWriter *w)
{
  json_open (w, '{');
  json_terminate (w->out);
}

void
assay_json_end_object (AssayJsonWriter *w)
{
  json_close (w, '}');
  json_terminate (w->out);
}

void
assay_json_begin_array (AssayJsonWriter *w)
{
  json_open (w, '[');
  json_terminate (w->out);
}

void
assay_json_end_array (AssayJsonWriter *w)
{
  json_close (w, ']');
  json_terminate (w->out);
}

/* Which bytes a JSON string cannot hold as they are: '"', '\\' and the
 * control characters. */
static const guint8 needs_escape[256] = {
  [0x00 ... 0x1f] = 1,
  ['"'] = 1,
  ['\\'] = 1,
};

/* Escapes valid UTF-8: only '"', '\\' and control characters need it,
 * and runs are appended whole. */
void
json_append_escaped (GString *out, const char *s, gsize len)
{
  static const char hex[] = "0123456789abcdef";
  const guchar *p = (const guchar *) s;
  const guchar *end = p + len;

  while (p < end)
    {
      /* the plain run copied as it is found, sixteen bytes at a time
       * into room for the rest unescaped: finding a run and then copying
       * it read the text twice (the dates pipeline on
       * bench/dates-bench.py's 20 MB 1,806.6M -> 1,803.8M instructions,
       * the text's escaping 36.6M -> 33.6M; callgrind, -j 1) */
      char *d = json_reserve (out, (gsize) (end - p) + 16);
      gboolean stopped = json_copy_run16 (&p, end, &d, FALSE);
      while (!stopped && p < end && !needs_escape[*p])
        *d++ = (char) *p++;
      out->len = d - out->str;
      if (p == end)
        break;
      guchar c = *p++;
      switch (c)
        {
        case '"':
          json_put_len (out, "\\\"", 2);
          break;
        case '\\':
          json_put_len (out, "\\\\", 2);
          break;
        case '\n':
          json_put_len (out, "\\n", 2);
          break;
        case '\r':
          json_put_len (out, "\\r", 2);
          break;
        case '\t':
          json_put_len (out, "\\t", 2);
          break;
        case '\b':
          json_put_len (out, "\\b", 2);
          break;
        case '\f':
          json_put_len (out, "\\f", 2);
          break;
        default:
          {
            char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            json_put_len (out, u, 6);
          }
        }
    }
}

static void
append_string (GString *out, const char *s, gsize len)
{
  json_put_c (out, '"');
  if (g_utf8_validate_len (s, len, NULL))
    json_append_escaped (out, s, len);
  else
    {
      gsize valid_len;
      g_autofree char *valid = assay_utf8_make_valid (s, len, &valid_len, NULL);
      json_append_escaped (out, valid, valid_len);
    }
  json_put_c (out, '"');
}

void
assay_json_key (AssayJsonWriter *w, const char *key)
{
  json_before_value (w);
  /* Keys are nearly always plain ASCII names ("start", "layer"): those
   * need neither UTF-8 validation nor escaping, which were a tenth of
   * writing a record (perf on bench/dates-bench.py). */
  const char *k = key;
  while (*k > 0x1f && *k != '"' && *k != '\\')
    k++;
  if (*k == '\0')
    {
      json_put_c (w->out, '"');
      json_put_len (w->out, key, k - key);
      json_put_len (w->out, "\":", 2);
      json_terminate (w->out);
      w->after_key = TRUE;
      return;
    }
  append_string (w->out, key, strlen (key));
  json_put_c (w->out, ':');
  w->after_key = TRUE;
  json_terminate (w->out);
}

void
assay_json_key_quoted (AssayJsonWriter *w, const char *quoted, gsize length)
{
  json_key_quoted (w, quoted, length);
  json_terminate (w->out);
}

void
assay_json_string_len (AssayJsonWriter *w, const char *value, gsize length)
{
  json_before_value (w);
  append_string (w->out, value, length);
  json_terminate (w->out);
}

void
assay_json_string_valid (AssayJsonWriter *w, const char *value, gsize length)
{
  /* The document's text is most of a record's bytes: checking it again
   * was 2% of the dates pipeline in perf (bench/dates-bench.py). */
  json_string_valid (w, value, length);
  json_terminate (w->out);
}

void
assay_json_string (AssayJsonWriter *w, const char *value)
{
  json_string (w, value);
  json_terminate (w->out);
}

void
assay_json_int (AssayJsonWriter *w, gint64 value)
{
  json_int (w, value);
  json_terminate (w->out);
}

void
assay_json_double (AssayJsonWriter *w, double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  json_before_value (w);
  /* JSON has no NaN or infinity. */
  if (value != value || value > G_MAXDOUBLE || value < -G_MAXDOUBLE)
    g_string_append (w->out, "null");
  else
    g_string_append (w->out, g_ascii_dtostr (buf, sizeof buf, value));
}

void
assay_json_bool (AssayJsonWriter *w, gboolean value)
{
  json_before_value (w);
  g_string_append (w->out, value ? "true" : "false");
}

void
assay_json_null (AssayJsonWriter *w)
{
  json_before_value (w);
  json_put_len (w->out, "null", 4);
  json_terminate (w->out);
}
