/* assay-jsonl.c: one JSONL line into a document or an error record, and
 * a stream cut into lines, both in bounded time and memory whatever the
 * bytes.
 *
 * A line is scanned once, flat, before json-glib (which recurses) parses
 * it: nesting past ASSAY_MAX_JSON_DEPTH, anything after the object, and a
 * lone escaped UTF-16 surrogate are refused with the column, since
 * json-glib would overflow its stack, drop the rest, or drop the next
 * character.  A number id is kept as the digits written.  Lines end at
 * LF, CR or CRLF; a line past its limit is counted to its end, not kept.
 */
/* memmem() is GNU's (and POSIX 2024's). */
#define _GNU_SOURCE
/* json_reserve() and json_copy_run16(): a string's runs and escapes written
 * inline (a call into GLib for each was 1.2% of the dates pipeline's
 * instructions, callgrind on bench/dates-bench.py's 20 MB). */
#include "assay-json-private.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <json-glib/json-glib.h>

/* What a flat scan of a line found before json-glib parses it. */
typedef struct
{
  gssize id_at; /* where the top-level "id" member's value starts, or -1 */
} LineScan;

static int
hex_value (const char *s)
{
  int v = 0;
  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (s[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* One pass over the line, without recursion: fails on a line that opens
 * with a JSON value other than an object, on nesting deeper than
 * @max_depth (json-glib recurses once a level, so a line of 100,000
 * brackets would overflow the stack), on anything but white space after
 * the first complete value (json-glib would drop it without a word), and
 * on an escaped UTF-16 surrogate without its other half (json-glib would
 * drop the character after it).  Everything else is json-glib's to judge.
 * Columns count bytes from 1. */
static gboolean
scan_line (const char *s, gsize n, guint max_depth, LineScan *scan, GError **error)
{
  guint depth = 0;
  gboolean in_string = FALSE, ended = FALSE;
  gboolean expect_key = FALSE, key_is_id = FALSE, want_id_value = FALSE;
  gsize string_start = 0;
  scan->id_at = -1;

  for (gsize i = 0; i < n; i++)
    {
      if (in_string)
        {
          /* Inside a string only a quote or a backslash matters: the
           * rest is passed over in a tight loop (this scan was a third of
           * reading a line in perf, bench/dates-bench.py). */
          while (i < n && s[i] != '"' && s[i] != '\\')
            i++;
          if (i == n)
            break;
        }
      char c = s[i];
      if (in_string)
        {
          if (c == '"')
            {
              in_string = FALSE;
              if (expect_key && depth == 1)
                {
                  key_is_id = i - string_start == 2 && memcmp (s + string_start, "id", 2) == 0;
                  expect_key = FALSE;
                }
            }
          else if (c == '\\' && i + 1 < n)
            {
              if (s[i + 1] == 'u' && i + 5 < n)
                {
                  int u = hex_value (s + i + 2);
                  if (u >= 0xD800 && u <= 0xDBFF)
                    {
                      int low = i + 11 < n && s[i + 6] == '\\' && s[i + 7] == 'u'
                                    ? hex_value (s + i + 8)
                                    : -1;
                      if (low < 0xDC00 || low > 0xDFFF)
                        goto lone_surrogate;
                      i += 11;
                      continue;
                    }
                  if (u >= 0xDC00 && u <= 0xDFFF)
                    goto lone_surrogate;
                }
              i++;
            }
          continue;
        lone_surrogate:
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                       "a lone UTF-16 surrogate \\%.5s at column %" G_GSIZE_FORMAT
                       " (half of a pair, with no character of its own)",
                       s + i + 1, i + 1);
          return FALSE;
        }
      if (g_ascii_isspace (c))
        continue;
      if (ended)
        {
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                       "more after the end of the document at column %" G_GSIZE_FORMAT
                       "; a line holds one JSON object",
                       i + 1);
          return FALSE;
        }
      if (depth == 0 && c != '{' && c != '\0' && strchr ("[\"-0123456789tfn", c))
        {
          /* A line that opens with another JSON value is refused here,
           * not by json-glib: its parser (1.6) leaks the tree of a value
           * that follows another at the top level ("5{...}", "[1]{...}":
           * some 600 bytes a line, which a fuzzer found as memory growing
           * by 1.3 KB an input).  Anything else is not JSON at all, and
           * json-glib says so at its first byte. */
          g_set_error_literal (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                               "a line must be a JSON object with \"id\" and \"text\"");
          return FALSE;
        }
      if (want_id_value)
        {
          scan->id_at = i;
          want_id_value = FALSE;
        }
      switch (c)
        {
        case '"':
          in_string = TRUE;
          string_start = i + 1;
          break;
        case '{':
        case '[':
          if (++depth > max_depth)
            {
              g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_TOO_DEEP,
                           "nested deeper than %u levels at column %" G_GSIZE_FORMAT, max_depth,
                           i + 1);
              return FALSE;
            }
          expect_key = depth == 1 && c == '{';
          break;
        case '}':
        case ']':
          if (depth == 0)
            return TRUE; /* unbalanced: json-glib says where */
          ended = --depth == 0;
          break;
        case ',':
          expect_key = depth == 1;
          break;
        case ':':
          want_id_value = depth == 1 && key_is_id;
          key_is_id = FALSE;
          break;
        default:
          break;
        }
    }
  return TRUE;
}

/* An id written as a JSON number is kept as the digits written, if it is
 * an integer; NULL otherwise. */
static char *
numeric_id (const char *line, gsize length, gssize at)
{
  if (at < 0)
    return NULL;
  gsize i = at, start = at;
  if (i < length && line[i] == '-')
    i++;
  gsize digits = i;
  while (i < length && g_ascii_isdigit (line[i]))
    i++;
  if (i == digits || (i < length && strchr (".eE", line[i])))
    return NULL;
  return g_strndup (line + start, i - start);
}

static const char *const known_fields[] = { "title", "published", "url", "source", "lang", NULL };

static void
set_meta_from (AssayDocument *doc, JsonObject *object, const char *key)
{
  JsonNode *node = json_object_get_member (object, key);
  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    assay_document_set_meta (doc, key, json_node_get_string (node), NULL);
}

/* ---- the common line, without json-glib --------------------------------- */

/* Most lines are one flat object of string members ({"id":..,"text":..,
 * "published":..}).  Those are read here in one pass: json-glib builds a
 * tree, copies every string and validates it again, and was the largest
 * part of reading (perf: a sixth of the dates pipeline's CPU time,
 * bench/dates-bench.py).  Anything else (a number, a nested value, an
 * escaped NUL, a raw control character, a key written twice or with an
 * escape, a limit passed) is left to json-glib, so that what it accepts,
 * refuses and says stays the one rule; tests/core/test-reader.c checks
 * that both ways give the same records. */

typedef struct
{
  const char *key;
  gsize key_len;
  char *value; /* decoded, NUL-terminated */
  gsize value_len;
} FlatMember;

#define MAX_FLAT_MEMBERS 32

static gboolean
is_json_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Decodes the JSON string starting after its opening quote at *@p into
 * @out; moves *@p past the closing quote.  FALSE for anything the fast way
 * leaves to json-glib. */
/* The bytes that end a run of a JSON string's plain ASCII characters:
 * the quote, the backslash and the control characters (which the fast way
 * leaves to json-glib), and the bytes of other characters, whose UTF-8 is
 * checked here.  A table: one test a byte where there were three. */
static const guint8 ends_run[256] = {
  [0x00 ... 0x1f] = 1,
  ['"'] = 1,
  ['\\'] = 1,
  [0x80 ... 0xff] = 1,
};

static gboolean
flat_string (const char **p, const char *end, GString *out)
{
  const guchar *q = (const guchar *) *p, *e = (const guchar *) end;
  /* Decoded, a string is never longer than its JSON (an escape of two,
   * six or twelve bytes stands for one to four): room for the rest of the
   * line is made once, and the plain runs are copied as they are found,
   * sixteen bytes at a time, where they were found and then copied,
   * through a check for room at each run and escape (the dates pipeline
   * on the first 5 MB of bench/dates-bench.py's input, callgrind, -j 1:
   * parsing the lines 22.2M -> 20.4M instructions; plugins/dates/SPEED.md,
   * twentieth session). */
  char *d = json_reserve (out, (gsize) (e - q));
  for (;;)
    {
      gboolean stopped = json_copy_run16 (&q, e, &d, TRUE);
      while (!stopped && q < e && !ends_run[*q])
        *d++ = (char) *q++;
      if (q >= e)
        return FALSE;
      if (*q >= 0x80)
        {
          /* A run of non-ASCII bytes holds whole characters when the line
           * is valid (an ASCII byte never continues one): the line is
           * valid UTF-8 exactly when every such run is, so it is checked
           * run by run here rather than whole beforehand, one pass fewer. */
          const guchar *high = q;
          while (q < e && *q >= 0x80)
            *d++ = (char) *q++;
          if (!g_utf8_validate_len ((const char *) high, q - high, NULL))
            return FALSE;
          continue;
        }
      if (*q < 0x20)
        return FALSE;
      if (*q == '"')
        {
          out->len = d - out->str;
          json_terminate (out);
          *p = (const char *) q + 1;
          return TRUE;
        }
      if (q + 1 >= e)
        return FALSE;
      char c = (char) q[1];
      q += 2;
      switch (c)
        {
        case '"': *d++ = '"'; break;
        case '\\': *d++ = '\\'; break;
        case '/': *d++ = '/'; break;
        case 'b': *d++ = '\b'; break;
        case 'f': *d++ = '\f'; break;
        case 'n': *d++ = '\n'; break;
        case 'r': *d++ = '\r'; break;
        case 't': *d++ = '\t'; break;
        case 'u':
          {
            int u = q + 4 <= e ? hex_value ((const char *) q) : -1;
            if (u <= 0 || (u >= 0xDC00 && u <= 0xDFFF))
              return FALSE;
            q += 4;
            if (u >= 0xD800 && u <= 0xDBFF)
              {
                int low = q + 6 <= e && q[0] == '\\' && q[1] == 'u' ? hex_value ((const char *) q + 2) : -1;
                if (low < 0xDC00 || low > 0xDFFF)
                  return FALSE;
                q += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
              }
            d += g_unichar_to_utf8 (u, d);
            break;
          }
        default:
          return FALSE;
        }
    }
}

static const char *
flat_value (const FlatMember *members, guint n, const char *key)
{
  for (guint i = 0; i < n; i++)
    if (members[i].key_len == strlen (key) && memcmp (members[i].key, key, members[i].key_len) == 0)
      return members[i].value;
  return NULL;
}

/* The document of a flat line of valid UTF-8, as the json-glib way below
 * would make it; FALSE (with @item untouched) when it is not that simple
 * or not valid UTF-8 (its strings are checked as they are decoded; any
 * other byte outside ASCII, in a key or between members, is refused). */
static gboolean
parse_flat (const char *location, const char *line, gsize length, const AssayReaderLimits *limits,
            AssayInputItem *item)
{
  const char *p = line, *end = line + length;
  FlatMember members[MAX_FLAT_MEMBERS];
  guint n = 0;
  gboolean ok = FALSE;
  g_autoptr (GString) buf = g_string_sized_new (length);

  while (p < end && is_json_space (*p))
    p++;
  if (p >= end || *p++ != '{')
    return FALSE;
  while (p < end && is_json_space (*p))
    p++;
  if (p < end && *p == '}')
    goto done; /* {}: json-glib says what is missing */
  for (;;)
    {
      if (n == MAX_FLAT_MEMBERS || p >= end || *p++ != '"')
        goto done;
      const char *key = p;
      while (p < end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20 && (guchar) *p < 0x80)
        p++;
      if (p >= end || *p != '"')
        goto done;
      gsize key_len = p - key;
      p++;
      for (guint i = 0; i < n; i++)
        if (members[i].key_len == key_len && memcmp (members[i].key, key, key_len) == 0)
          goto done;
      while (p < end && is_json_space (*p))
        p++;
      if (p >= end || *p++ != ':')
        goto done;
      while (p < end && is_json_space (*p))
        p++;
      if (p >= end || *p++ != '"')
        goto done;
      g_string_truncate (buf, 0);
      if (!flat_string (&p, end, buf))
        goto done;
      gsize value_len = buf->len;
      char *value;
      /* The text, most of the line, becomes the document's as it is: one
       * copy fewer. */
      if (key_len == 4 && memcmp (key, "text", 4) == 0)
        {
          value = g_string_free (g_steal_pointer (&buf), FALSE);
          buf = g_string_sized_new (end - p);
        }
      else
        value = g_strndup (buf->str, buf->len);
      members[n++] = (FlatMember){ key, key_len, value, value_len };
      while (p < end && is_json_space (*p))
        p++;
      if (p < end && *p == ',')
        {
          p++;
          while (p < end && is_json_space (*p))
            p++;
          continue;
        }
      if (p < end && *p == '}')
        break;
      goto done;
    }
  p++;
  while (p < end && is_json_space (*p))
    p++;
  if (p != end)
    goto done;

  const char *id = flat_value (members, n, "id");
  FlatMember *text = NULL;
  for (guint i = 0; i < n; i++)
    if (members[i].key_len == 4 && memcmp (members[i].key, "text", 4) == 0)
      text = &members[i];
  /* Past a limit, the json-glib way below says which. */
  if (id == NULL || *id == '\0' || text == NULL || text->value_len > limits->max_doc_bytes
      || n > limits->max_fields)
    goto done;

  /* The line was valid UTF-8 and flat_string() refused \u0000 and lone
   * surrogates: the text is valid as it is, and is not checked again. */
  AssayDocument *doc = assay_document_new_take_valid (id, g_steal_pointer (&text->value),
                                                      text->value_len, 0);
  for (const char *const *k = known_fields; *k; k++)
    {
      const char *value = flat_value (members, n, *k);
      if (value)
        assay_document_set_meta (doc, *k, value, NULL);
    }
  for (guint i = 0; i < n; i++)
    {
      /* a key of up to 63 bytes is made a string on the stack: an
       * allocation for each member was 3 malloc() and free() calls a
       * document (-6.5M instructions of the dates pipeline on
       * bench/dates-bench.py's 20 MB, callgrind) */
      char small[64];
      g_autofree char *large = NULL;
      const char *key = small;
      if (members[i].key_len < sizeof small)
        {
          memcpy (small, members[i].key, members[i].key_len);
          small[members[i].key_len] = '\0';
        }
      else
        key = large = g_strndup (members[i].key, members[i].key_len);
      if (strcmp (key, "id") && strcmp (key, "text") && strcmp (key, "type") && strcmp (key, ASSAY_META_PARSED_FROM)
          && !g_strv_contains (known_fields, key) && assay_name_is_key (key))
        assay_document_set_meta (doc, key, members[i].value, NULL);
    }
  item->doc = doc;
  item->id = g_strdup (id);
  item->location = g_strdup (location);
  ok = TRUE;

done:
  for (guint i = 0; i < n; i++)
    g_free (members[i].value);
  return ok;
}

static void
parse_line (JsonParser *parser, const char *location, const char *line, gsize length,
            const AssayReaderLimits *limits, gboolean slow, AssayInputItem *item)
{
  guint invalid = 0;
  gsize valid_len = length;
  const char *valid = line;
  g_autofree char *repaired = NULL;
  GError *error = NULL;

  /* item->bytes, what progress counts, is the reader's to set: a line of
   * a compressed archive member counts the archive's bytes, not its own. */

  /* The common line, valid as it is, read in one pass (it leaves any line
   * with an escaped NUL to what follows).  A line parse_flat() takes is
   * one object of string members, nothing after it, every surrogate
   * paired: scan_line() below passes all of those, and scanning them
   * first was 3% of the dates pipeline (perf, bench/dates-bench.py).
   * parse_flat() checks the UTF-8 of what it takes as it decodes it; the
   * whole line is validated only when it leaves the line to what follows. */
  if (!slow && parse_flat (location, line, length, limits, item))
    return;
  gboolean valid_utf8 = g_utf8_validate_len (line, length, NULL);

  LineScan scan;
  if (!scan_line (line, length, ASSAY_MAX_JSON_DEPTH, &scan, &error))
    {
      assay_input_item_fail (item, NULL, location, error->code, "%s", error->message);
      g_error_free (error);
      return;
    }

  /* Most lines are valid: parse them where they are, and copy only the
   * ones that need repair. */
  if (!valid_utf8)
    valid = repaired = assay_utf8_make_valid (line, length, &valid_len, &invalid);
  /* json-glib hands strings over as C strings: a NUL written as
   * "\u0000" would end the text there, and the rest would be lost without
   * a word.  It becomes U+FFFD and is counted, as a NUL byte in a .txt
   * file is.  (An escape only where an even run of backslashes comes
   * before it: "\\u0000" is a backslash and the letters.) */
  /* memmem rather than g_strstr_len, which also looks for a NUL byte on
   * the way: it was 2% of the dates pipeline (perf, bench/dates-bench.py). */
  if (memmem (valid, valid_len, "\\u0000", 6))
    {
      if (repaired == NULL)
        valid = repaired = g_strndup (line, length);
      for (char *p = repaired; (p = memmem (p, repaired + valid_len - p, "\\u0000", 6)) != NULL; p += 6)
        {
          gsize before = 0;
          while (p - before > repaired && p[-(gssize) before - 1] == '\\')
            before++;
          if (before % 2 == 0)
            memcpy (p + 2, "fffd", 4), invalid++;
        }
    }
  if (!json_parser_load_from_data (parser, valid, valid_len, &error))
    {
      /* json-glib says "<data>:1:COLUMN: ..." of the one line it was given. */
      const char *detail = error->message;
      if (g_str_has_prefix (detail, "<data>:1:"))
        detail += strlen ("<data>:1:");
      assay_input_item_fail (item, NULL, location, ASSAY_INPUT_ERROR_MALFORMED,
                  "malformed JSON at column %s", detail);
      g_error_free (error);
      return;
    }
  JsonNode *root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      assay_input_item_fail (item, NULL, location, ASSAY_INPUT_ERROR_MALFORMED,
                  "a line must be a JSON object with \"id\" and \"text\"");
      return;
    }
  JsonObject *object = json_node_get_object (root);

  g_autofree char *id = NULL;
  JsonNode *id_node = json_object_get_member (object, "id");
  if (id_node && JSON_NODE_HOLDS_VALUE (id_node))
    {
      GType type = json_node_get_value_type (id_node);
      if (type == G_TYPE_STRING && *json_node_get_string (id_node))
        id = g_strdup (json_node_get_string (id_node));
      else if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
        {
          /* The digits as written: json-glib's 64-bit value would turn
           * 18446744073709551616 into another number.  (In @line, where
           * the scan found them: a repaired copy may have moved them.) */
          id = numeric_id (line, length, scan.id_at);
          if (id == NULL)
            {
              assay_input_item_fail (item, NULL, location, ASSAY_INPUT_ERROR_MALFORMED,
                          "\"id\" is a number that is not a whole number; write ids as "
                          "strings");
              return;
            }
        }
    }
  if (id == NULL)
    {
      assay_input_item_fail (item, NULL, location, ASSAY_INPUT_ERROR_MALFORMED,
                  "no \"id\" (a non-empty string or an integer)");
      return;
    }

  JsonNode *text_node = json_object_get_member (object, "text");
  if (text_node == NULL || !JSON_NODE_HOLDS_VALUE (text_node)
      || json_node_get_value_type (text_node) != G_TYPE_STRING)
    {
      assay_input_item_fail (item, id, location, ASSAY_INPUT_ERROR_MALFORMED,
                  "document '%s' has no \"text\" string", id);
      return;
    }
  const char *text = json_node_get_string (text_node);
  gsize text_len = strlen (text);
  if (text_len > limits->max_doc_bytes)
    {
      assay_input_item_fail (item, id, location, ASSAY_INPUT_ERROR_TOO_LARGE,
                  "document '%s' has %" G_GSIZE_FORMAT " bytes of text, over the limit of "
                  "%" G_GUINT64_FORMAT " bytes; raise it with --max-doc-bytes",
                  id, text_len, limits->max_doc_bytes);
      return;
    }
  g_autoptr (GList) members = json_object_get_members (object);
  JsonNode *meta_node = json_object_get_member (object, "meta");
  guint n_fields = g_list_length (members);
  if (meta_node && JSON_NODE_HOLDS_OBJECT (meta_node))
    n_fields += json_object_get_size (json_node_get_object (meta_node));
  if (n_fields > limits->max_fields)
    {
      assay_input_item_fail (item, id, location, ASSAY_INPUT_ERROR_TOO_LARGE,
                  "document '%s' has %u fields, over the limit of %u (metadata is for a "
                  "document's title, dates, source and the like); raise it with --max-fields",
                  id, n_fields, limits->max_fields);
      return;
    }

  AssayDocument *doc = assay_document_new (id, text, text_len);
  for (const char *const *k = known_fields; *k; k++)
    set_meta_from (doc, object, *k);
  /* Other string fields, and a "meta" object of strings, are metadata too,
   * so nothing the producer attached is dropped silently. */
  if (meta_node && JSON_NODE_HOLDS_OBJECT (meta_node))
    {
      JsonObject *meta = json_node_get_object (meta_node);
      g_autoptr (GList) meta_members = json_object_get_members (meta);
      for (GList *m = meta_members; m; m = m->next)
        if (assay_name_is_key (m->data) && strcmp (m->data, ASSAY_META_PARSED_FROM) != 0)
          set_meta_from (doc, meta, m->data);
    }
  for (GList *m = members; m; m = m->next)
    {
      const char *key = m->data;
      if (strcmp (key, "id") && strcmp (key, "text") && strcmp (key, "type") && strcmp (key, ASSAY_META_PARSED_FROM)
          && !g_strv_contains (known_fields, key) && assay_name_is_key (key))
        set_meta_from (doc, object, key);
    }
  if (invalid > 0)
    {
      char count[16];
      g_snprintf (count, sizeof count, "%u", invalid);
      assay_document_set_meta (doc, ASSAY_META_INVALID_UTF8, count, NULL);
    }
  item->doc = doc;
  item->id = g_steal_pointer (&id);
  item->location = g_strdup (location);
}

void
assay_jsonl_parse_line (JsonParser *parser,
                        const char *location,
                        const char *line,
                        gsize length,
                        const AssayReaderLimits *limits,
                        AssayInputItem *item)
{
  parse_line (parser, location, line, length, limits, FALSE, item);
}

void
assay_jsonl_parse_line_full (JsonParser *parser,
                             const char *location,
                             const char *line,
                             gsize length,
                             const AssayReaderLimits *limits,
                             AssayInputItem *item)
{
  parse_line (parser, location, line, length, limits, TRUE, item);
}

/* Reads the next line into src->line, ending it at LF, CR or CRLF (a CR
 * cannot be part of a JSON line: inside a string it must be escaped).  At
 * most @limit bytes are kept; src->line_bytes counts them all. */
AssayLineStatus
assay_line_source_next (AssayLineSource *src, guint64 limit)
{
  g_string_truncate (src->line, 0);
  src->line_bytes = 0;
  gboolean any = FALSE;
  for (;;)
    {
      if (src->buf_pos == src->buf_len)
        {
          ssize_t n = src->read ? src->read (src->read_data, src->buf, ASSAY_LINE_CHUNK)
                                : read (src->fd, src->buf, ASSAY_LINE_CHUNK);
          if (n < 0 && errno == EINTR)
            continue;
          if (n < 0)
            return ASSAY_LINE_FAILED;
          if (n == 0)
            {
              if (!any)
                return ASSAY_LINE_END;
              src->line_no++;
              return ASSAY_LINE_OK;
            }
          src->buf_pos = 0;
          src->buf_len = n;
        }
      if (src->after_cr)
        {
          src->after_cr = FALSE;
          if (src->buf[src->buf_pos] == '\n')
            {
              src->buf_pos++;
              continue;
            }
        }
      const char *from = src->buf + src->buf_pos;
      gsize left = src->buf_len - src->buf_pos;
      const char *lf = memchr (from, '\n', left);
      const char *cr = memchr (from, '\r', lf ? (gsize) (lf - from) : left);
      const char *end = cr ? cr : lf;
      gsize take = end ? (gsize) (end - from) : left;
      any = TRUE;
      if (src->line_bytes + take <= limit)
        g_string_append_len (src->line, from, take);
      src->line_bytes += take;
      src->buf_pos += take;
      if (end)
        {
          src->buf_pos++;
          src->after_cr = end == cr;
          src->line_no++;
          return ASSAY_LINE_OK;
        }
    }
}
