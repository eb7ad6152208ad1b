/* test-json.c: the streaming JSON writer and the output records, proven by
 * reading them back with json-glib, on fixed cases and on random strings. */
#include "assay-private.h"

#include <string.h>
#include <json-glib/json-glib.h>

static JsonNode *
parse (const char *text)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) error = NULL;
  if (!json_parser_load_from_data (parser, text, -1, &error))
    g_error ("not JSON: %s\n%s", error->message, text);
  return json_node_copy (json_parser_get_root (parser));
}

static void
test_structure (void)
{
  g_autoptr (GString) out = g_string_new (NULL);
  AssayJsonWriter w;
  assay_json_writer_init (&w, out);
  assay_json_begin_object (&w);
  assay_json_key (&w, "a");
  assay_json_int (&w, -42);
  assay_json_key (&w, "b");
  assay_json_begin_array (&w);
  assay_json_int (&w, 0);
  assay_json_int (&w, G_MAXINT64);
  assay_json_int (&w, G_MININT64);
  assay_json_bool (&w, TRUE);
  assay_json_null (&w);
  assay_json_double (&w, 0.5);
  assay_json_begin_object (&w);
  assay_json_end_object (&w);
  assay_json_begin_array (&w);
  assay_json_end_array (&w);
  assay_json_end_array (&w);
  assay_json_key (&w, "c");
  assay_json_string (&w, NULL);
  assay_json_end_object (&w);
  g_assert_cmpstr (out->str, ==,
                   "{\"a\":-42,\"b\":[0,9223372036854775807,-9223372036854775808,true,null,0.5,"
                   "{},[]],\"c\":null}");
}

/* A key written ready-quoted takes its comma and its place in the
 * structure as one from assay_json_key() does. */
static void
test_quoted_keys (void)
{
  g_autoptr (GString) a = g_string_new (NULL), b = g_string_new (NULL);
  AssayJsonWriter w;
  assay_json_writer_init (&w, a);
  assay_json_begin_object (&w);
  assay_json_key (&w, "id");
  assay_json_int (&w, 7);
  assay_json_key (&w, "attrs");
  assay_json_begin_object (&w);
  assay_json_key (&w, "k");
  assay_json_string (&w, "v");
  assay_json_end_object (&w);
  assay_json_key (&w, "label");
  assay_json_null (&w);
  assay_json_end_object (&w);

  assay_json_writer_init (&w, b);
  assay_json_begin_object (&w);
  ASSAY_JSON_KEY_LITERAL (&w, "id");
  assay_json_int (&w, 7);
  ASSAY_JSON_KEY_LITERAL (&w, "attrs");
  assay_json_begin_object (&w);
  ASSAY_JSON_KEY_LITERAL (&w, "k");
  assay_json_string (&w, "v");
  assay_json_end_object (&w);
  ASSAY_JSON_KEY_LITERAL (&w, "label");
  assay_json_null (&w);
  assay_json_end_object (&w);
  g_assert_cmpstr (b->str, ==, "{\"id\":7,\"attrs\":{\"k\":\"v\"},\"label\":null}");
  g_assert_cmpstr (b->str, ==, a->str);
}

static void
test_escapes (void)
{
  const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "plain", "\"plain\"" },
    { "quote \" backslash \\", "\"quote \\\" backslash \\\\\"" },
    { "line\nfeed\ttab\rcr", "\"line\\nfeed\\ttab\\rcr\"" },
    { "\x01\x1f\b\f", "\"\\u0001\\u001f\\b\\f\"" },
    { "Gdańsk – “quoted” ✓ 𝄞", "\"Gdańsk – “quoted” ✓ 𝄞\"" },
    { "solidus / stays", "\"solidus / stays\"" },
    { "bad \xff byte", "\"bad \xEF\xBF\xBD byte\"" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      AssayJsonWriter w;
      assay_json_writer_init (&w, out);
      assay_json_string (&w, cases[i].in);
      g_assert_cmpstr (out->str, ==, cases[i].out);
    }
}

/* Random strings of every byte class, written and read back. */
static void
test_random_round_trip (void)
{
  GRand *rand = g_rand_new_with_seed (g_test_rand_int ());
  static const gunichar pool[] = { 0x0, 0x1, 0x8, 0x9, 0xA, 0xD, 0x1F, '"', '\\', '/', 'a',
                                   0x7F, 0xA0, 0xE9, 0x144, 0x2028, 0x2029, 0x201C, 0xFEFF,
                                   0xFFFD, 0x1F600, 0x10FFFF };
  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr (GString) value = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 0, 24);
      for (guint i = 0; i < n; i++)
        {
          gunichar c = pool[g_rand_int_range (rand, 0, G_N_ELEMENTS (pool))];
          if (c == 0)
            c = 'z'; /* C strings: the writer's callers never hold NUL */
          g_string_append_unichar (value, c);
        }
      g_autoptr (GString) out = g_string_new (NULL);
      AssayJsonWriter w;
      assay_json_writer_init (&w, out);
      assay_json_begin_object (&w);
      assay_json_key (&w, value->str);
      assay_json_string_len (&w, value->str, value->len);
      assay_json_end_object (&w);

      /* The NUL-terminated way (with its one-pass path for plain ASCII)
       * writes the same bytes as the counted one. */
      g_autoptr (GString) same = g_string_new (NULL);
      assay_json_writer_init (&w, same);
      assay_json_begin_object (&w);
      assay_json_key (&w, value->str);
      assay_json_string (&w, value->str);
      assay_json_end_object (&w);
      g_assert_cmpstr (same->str, ==, out->str);

      g_autoptr (JsonNode) root = parse (out->str);
      JsonObject *object = json_node_get_object (root);
      g_assert_true (json_object_has_member (object, value->str));
      g_assert_cmpstr (json_object_get_string_member (object, value->str), ==, value->str);
    }
  g_rand_free (rand);
}

/* The writer finds plain runs 16 bytes at a time: a byte that needs
 * escaping, or a character that does not, at every place of a string
 * longer than two such blocks, as a byte-by-byte escaper writes it. */
static void
test_escapes_every_place (void)
{
  static const char *const pieces[] = { "\"", "\\", "\n", "\x01", "\x1f", "\x7f", " ", "\xc3\xa9", "\xf0\x9f\x98\x80" };
  for (guint k = 0; k < G_N_ELEMENTS (pieces); k++)
    for (guint at = 0; at <= 40; at++)
      {
        g_autoptr (GString) value = g_string_new (NULL), expected = g_string_new ("\"");
        for (guint i = 0; i <= 40; i++)
          {
            if (i == at)
              g_string_append (value, pieces[k]);
            if (i < 40)
              g_string_append_c (value, (char) ('a' + i % 26));
          }
        for (const guchar *p = (const guchar *) value->str; *p; p++)
          if (*p == '"' || *p == '\\')
            g_string_append_printf (expected, "\\%c", *p);
          else if (*p == '\n')
            g_string_append (expected, "\\n");
          else if (*p < 0x20)
            g_string_append_printf (expected, "\\u%04x", *p);
          else
            g_string_append_c (expected, (char) *p);
        g_string_append_c (expected, '"');
        g_autoptr (GString) out = g_string_new (NULL), valid = g_string_new (NULL);
        AssayJsonWriter w;
        assay_json_writer_init (&w, out);
        assay_json_string_len (&w, value->str, value->len);
        g_assert_cmpstr (out->str, ==, expected->str);
        assay_json_writer_init (&w, valid);
        assay_json_string_valid (&w, value->str, value->len);
        g_assert_cmpstr (valid->str, ==, expected->str);
      }
}

/* A string as a byte-by-byte escaper writes it, quotes included. */
static GString *
escaped_by_bytes (const GString *value)
{
  GString *expected = g_string_new ("\"");
  for (gsize i = 0; i < value->len; i++)
    {
      guchar c = (guchar) value->str[i];
      if (c == '"' || c == '\\')
        g_string_append_printf (expected, "\\%c", c);
      else if (c == '\n')
        g_string_append (expected, "\\n");
      else if (c < 0x20)
        g_string_append_printf (expected, "\\u%04x", c);
      else
        g_string_append_c (expected, (char) c);
    }
  g_string_append_c (expected, '"');
  return expected;
}

/* The 16-byte blocks' edges: every length from 0 to 49 (a block short,
 * one whole, one and a byte, three), with one escape, or two side by
 * side, at every place, the last byte included, written after a prefix
 * of each length 0-17 so that the output's own room ends anywhere (the
 * writer reserves the rest of the text plus a block after each
 * escape). */
static void
test_escapes_block_edges (void)
{
  static const char *const pieces[] = { "\"", "\x01", "\n\\", "\xc3\xa9\"" };
  for (guint k = 0; k < G_N_ELEMENTS (pieces); k++)
    for (guint len = 0; len <= 49; len++)
      for (guint at = 0; at <= len; at++)
        for (guint prefix = 0; prefix <= 17; prefix += 17 - (len % 17))
          {
            g_autoptr (GString) value = g_string_new (NULL);
            for (guint i = 0; i < len; i++)
              {
                if (i == at)
                  g_string_append (value, pieces[k]);
                g_string_append_c (value, (char) ('A' + i % 26));
              }
            if (at == len)
              g_string_append (value, pieces[k]);
            g_autoptr (GString) expected = escaped_by_bytes (value);
            g_autoptr (GString) out = g_string_sized_new (1);
            for (guint i = 0; i < prefix; i++)
              g_string_append_c (out, '[');
            AssayJsonWriter w;
            assay_json_writer_init (&w, out);
            assay_json_string_len (&w, value->str, value->len);
            g_assert_cmpuint (out->len, ==, prefix + expected->len);
            g_assert_cmpstr (out->str + prefix, ==, expected->str);
          }
}

/* Numbers of every length, both signs, as printf writes them. */
static void
test_numbers (void)
{
  for (guint digits = 1; digits <= 19; digits++)
    {
      guint64 ten = 1;
      for (guint i = 1; i < digits; i++)
        ten *= 10;
      /* the largest of each length, and the largest number at 19 digits */
      const guint64 values[] = { ten, ten - 1, ten + 1, MIN (ten * 9 + (ten - 1), (guint64) G_MAXINT64), ten * 5 + 7 };
      for (guint i = 0; i < G_N_ELEMENTS (values); i++)
        for (int sign = 1; sign >= -1; sign -= 2)
          {
            gint64 value = sign * (gint64) values[i];
            g_autoptr (GString) out = g_string_new (NULL);
            AssayJsonWriter w;
            assay_json_writer_init (&w, out);
            assay_json_int (&w, value);
            g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, value);
            g_assert_cmpstr (out->str, ==, expected);
          }
    }
}

static void
test_records (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("lisbon-7", "Portugal said \"no\".\n", -1);
  assay_document_set_meta (doc, "title", "Título", NULL);
  AssayAnnotation *gpe = assay_document_add_annotation (doc, "entity", 0, 8, "GPE", NULL);
  assay_annotation_set_attr (gpe, "canonical", "Portugal");
  AssayAnnotation *claim = assay_document_add_annotation (doc, "claim", 0, 19, NULL, NULL);
  assay_annotation_add_ref (claim, "entity", gpe);
  assay_document_add_annotation (doc, "token", 0, 8, NULL, NULL);
  g_autoptr (AssayFinding) f = assay_finding_new ("test-kind", ASSAY_SEVERITY_HIGH, "m");
  const guint ids[] = { 1 };
  assay_finding_add_evidence (f, "lisbon-7", 0, 8, "Portugal", ids, 1);
  assay_document_add_finding (doc, f, NULL);

  char *except[] = { "token", NULL };
  AssayOutputOptions opts = { .except = except };
  g_autoptr (GString) out = g_string_new (NULL);
  assay_output_document (out, doc, &opts);
  g_assert_cmpstr (
      out->str, ==,
      "{\"type\":\"doc\",\"id\":\"lisbon-7\",\"meta\":{\"title\":\"Título\"},"
      "\"text\":\"Portugal said \\\"no\\\".\\n\",\"annotations\":["
      "{\"id\":1,\"layer\":\"entity\",\"start\":0,\"end\":8,\"text\":\"Portugal\",\"label\":\"GPE\","
      "\"attrs\":{\"canonical\":\"Portugal\"}},"
      "{\"id\":2,\"layer\":\"claim\",\"start\":0,\"end\":19,\"text\":\"Portugal said \\\"no\\\".\","
      "\"label\":null,\"attrs\":{},\"refs\":{\"entity\":[1]}}],"
      "\"findings\":[{\"kind\":\"test-kind\",\"severity\":\"high\",\"message\":\"m\","
      "\"evidence\":[{\"doc\":\"lisbon-7\",\"start\":0,\"end\":8,\"text\":\"Portugal\","
      "\"annotations\":[1]}]}]}\n");
  g_autoptr (JsonNode) root = parse (out->str);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  g_string_truncate (out, 0);
  assay_output_finding (out, f);
  g_assert_true (g_str_has_prefix (out->str, "{\"type\":\"finding\",\"kind\":\"test-kind\""));
  g_autoptr (JsonNode) froot = parse (out->str);

  g_string_truncate (out, 0);
  assay_output_error (out, "broken-7", "dates", "in.jsonl:7", "bad \"date\"");
  g_assert_cmpstr (out->str, ==,
                   "{\"type\":\"error\",\"id\":\"broken-7\",\"stage\":\"dates\","
                   "\"input\":\"in.jsonl:7\",\"message\":\"bad \\\"date\\\"\"}\n");
}

static void
test_record_original_offsets (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "Ad\nKÃ¸benhavn", -1);
  g_autoptr (AssayTextEdit) e = assay_text_edit_new ();
  assay_text_edit_replace (e, 0, 3, "", 0);
  assay_text_edit_replace (e, 4, 8, "ø", -1);
  g_assert_true (assay_document_apply_edit (doc, e, NULL));
  assay_document_add_annotation (doc, "entity", 0, 10, "GPE", NULL);
  AssayOutputOptions opts = { .with_original = TRUE };
  g_autoptr (GString) out = g_string_new (NULL);
  assay_output_document (out, doc, &opts);
  g_assert_nonnull (strstr (out->str, "\"start\":0,\"end\":10,\"orig_start\":3,\"orig_end\":15,"
                                      "\"text\":\"København\""));
  g_assert_nonnull (strstr (out->str, "\"original\":\"Ad\\nKÃ¸benhavn\""));
}

/* Annotations that carry nothing but their span (write_bare()) beside
 * ones that carry more, in one layer and across layers: commas, braces
 * and members as write_annotation() writes them; an unlabelled span in a
 * layer that writes its text, or in a rewritten text, is not bare. */
static void
test_record_bare (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("b", "One. Two. Six.", -1);
  assay_document_add_annotation (doc, "sentence", 0, 4, NULL, NULL);
  assay_document_add_annotation (doc, "sentence", 5, 9, "Q", NULL);
  assay_document_add_annotation (doc, "sentence", 10, 14, NULL, NULL);
  AssayAnnotation *para = assay_document_add_annotation (doc, "paragraph", 0, 14, NULL, NULL);
  assay_annotation_set_attr (para, "k", "v");
  assay_document_add_annotation (doc, "section", 0, 14, NULL, NULL);
  char *no_text[] = { "sentence", "paragraph", "section", NULL };
  AssayOutputOptions opts = { .no_text = no_text };
  g_autoptr (GString) out = g_string_new (NULL);
  assay_output_document (out, doc, &opts);
  g_assert_cmpstr (out->str, ==,
                   "{\"type\":\"doc\",\"id\":\"b\",\"meta\":{},\"text\":\"One. Two. Six.\",\"annotations\":["
                   "{\"id\":1,\"layer\":\"sentence\",\"start\":0,\"end\":4,\"label\":null,\"attrs\":{}},"
                   "{\"id\":2,\"layer\":\"sentence\",\"start\":5,\"end\":9,\"label\":\"Q\",\"attrs\":{}},"
                   "{\"id\":3,\"layer\":\"sentence\",\"start\":10,\"end\":14,\"label\":null,\"attrs\":{}},"
                   "{\"id\":4,\"layer\":\"paragraph\",\"start\":0,\"end\":14,\"label\":null,\"attrs\":{\"k\":\"v\"}},"
                   "{\"id\":5,\"layer\":\"section\",\"start\":0,\"end\":14,\"label\":null,\"attrs\":{}}],"
                   "\"findings\":[]}\n");
  g_autoptr (JsonNode) root = parse (out->str);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  /* the same layers with their text */
  g_string_truncate (out, 0);
  assay_output_document (out, doc, NULL);
  g_assert_nonnull (strstr (out->str, "\"annotations\":[{\"id\":1,\"layer\":\"sentence\",\"start\":0,\"end\":4,"
                                      "\"text\":\"One.\",\"label\":null,\"attrs\":{}},{\"id\":2,"));
  g_assert_nonnull (strstr (out->str, "{\"id\":5,\"layer\":\"section\",\"start\":0,\"end\":14,"
                                      "\"text\":\"One. Two. Six.\",\"label\":null,\"attrs\":{}}]"));

  /* a rewritten text: its original offsets too */
  g_autoptr (AssayDocument) edited = assay_document_new ("e", "Ad\nKÃ¸benhavn", -1);
  g_autoptr (AssayTextEdit) e = assay_text_edit_new ();
  assay_text_edit_replace (e, 0, 3, "", 0);
  assay_text_edit_replace (e, 4, 8, "ø", -1);
  g_assert_true (assay_document_apply_edit (edited, e, NULL));
  assay_document_add_annotation (edited, "sentence", 0, 10, NULL, NULL);
  g_string_truncate (out, 0);
  assay_output_document (out, edited, &opts);
  g_assert_nonnull (strstr (out->str, "[{\"id\":1,\"layer\":\"sentence\",\"start\":0,\"end\":10,"
                                      "\"orig_start\":3,\"orig_end\":15,\"label\":null,\"attrs\":{}}]"));
}

/* An annotation's label and attributes: written in one step when all are
 * plain ASCII (write_plain_tail()), by the writer's steps otherwise (a
 * quote, a control byte, non-ASCII, more attributes than the one step
 * takes): both as the public writer writes them, key by key. */
static void
test_record_label_attrs (void)
{
  static const char *const labels[] = { "DATE", NULL, "", "say \"x\"", "tab\there", "\x7f", "Łódź" };
  static const char *const values[] = { "2031-05", "", "back\\slash", "Gdańsk", "PRESENT_REF", "a,b:{c}" };
  for (guint l = 0; l < G_N_ELEMENTS (labels); l++)
    for (guint v = 0; v < G_N_ELEMENTS (values); v++)
      for (guint c = 0; c < 5; c++)
        {
          /* eight: the most write_plain_tail() takes */
          const guint n_attrs = (const guint[]){ 0, 1, 3, 8, 9 }[c];
          g_autoptr (AssayDocument) doc = assay_document_new ("r", "Oslo in May.", -1);
          AssayAnnotation *a = assay_document_add_annotation (doc, "event", 0, 4, labels[l], NULL);
          for (guint i = 0; i < n_attrs; i++)
            {
              g_autofree char *key = g_strdup_printf ("k%u", i);
              assay_annotation_set_attr (a, key, i == n_attrs - 1 ? values[v] : values[i % 2 ? 4 : 0]);
            }
          g_autoptr (GString) expected = g_string_new ("\"text\":\"Oslo\"");
          AssayJsonWriter w;
          assay_json_writer_init (&w, expected);
          w.need_comma = 1;
          assay_json_key (&w, "label");
          assay_json_string (&w, assay_annotation_get_label (a));
          assay_json_key (&w, "attrs");
          assay_json_begin_object (&w);
          for (guint i = 0; i < assay_annotation_get_n_attrs (a); i++)
            {
              const char *key, *value;
              assay_annotation_get_nth_attr (a, i, &key, &value);
              assay_json_key (&w, key);
              assay_json_string (&w, value);
            }
          assay_json_end_object (&w);
          g_string_append (expected, "}],\"findings\":[]}\n");
          g_autoptr (GString) out = g_string_new (NULL);
          assay_output_document (out, doc, NULL);
          if (!g_str_has_suffix (out->str, expected->str))
            g_error ("label %u, value %u, %u attributes:\n%s\nnot ending\n%s", l, v, n_attrs, out->str, expected->str);
          g_autoptr (JsonNode) root = parse (out->str);
          g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
        }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/json/structure", test_structure);
  g_test_add_func ("/json/escapes", test_escapes);
  g_test_add_func ("/json/quoted-keys", test_quoted_keys);
  g_test_add_func ("/json/escapes-every-place", test_escapes_every_place);
  g_test_add_func ("/json/escapes-block-edges", test_escapes_block_edges);
  g_test_add_func ("/json/numbers", test_numbers);
  g_test_add_func ("/json/random-round-trip", test_random_round_trip);
  g_test_add_func ("/json/records", test_records);
  g_test_add_func ("/json/record-original-offsets", test_record_original_offsets);
  g_test_add_func ("/json/record-bare", test_record_bare);
  g_test_add_func ("/json/record-label-attrs", test_record_label_attrs);
  return g_test_run ();
}
