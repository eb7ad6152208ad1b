/* test-reader.c: .txt, .jsonl and folder inputs; every problem becomes an
 * item carrying its error, and the stream goes on. */
#include "test-util.h"

#include <malloc.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <json-glib/json-glib.h>

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("assay-reader-XXXXXX", NULL);
  test_write_file (f->dir, "corpus/b.txt", "Second", -1);
  test_write_file (f->dir, "corpus/a.txt", "First", -1);
  test_write_file (f->dir, "corpus/sub/c.txt", "Third", -1);
  test_write_file (f->dir, "corpus/README.md", "not an article", -1);
  test_write_file (f->dir, "corpus/.hidden.txt", "hidden", -1);
  test_write_file (f->dir, "corpus/z.jsonl",
                   "{\"id\":\"j1\",\"text\":\"One\",\"title\":\"T\",\"published\":\"2025-05-29\","
                   "\"source\":\"Reuters\",\"section\":\"world\",\"count\":3}\n"
                   "\n"
                   "{\"id\": 42, \"text\": \"Numeric id\"}\r\n"
                   "not json at all\n"
                   "[1, 2]\n"
                   "{\"text\":\"no id\"}\n"
                   "{\"id\":\"j5\"}\n"
                   "{\"id\":\"j6\",\"text\":\"caf\xe9\",\"meta\":{\"author\":\"A\"}}\n",
                   -1);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static void
test_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *corpus = g_build_filename (f->dir, "corpus", NULL);
  const char *const inputs[] = { corpus, NULL };
  GPtrArray *items = test_read_all (inputs);

  /* Sorted, recursive, .txt and .jsonl only, hidden files skipped. */
  const char *expected[] = { "a", "b", "sub/c", "j1", "42", NULL, NULL, NULL, "j5", "j6" };
  g_assert_cmpuint (items->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < items->len; i++)
    {
      AssayInputItem *item = items->pdata[i];
      if (i >= 5 && i <= 8)
        {
          g_assert_null (item->doc);
          g_assert_error (item->error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED);
          /* file:line, counting the blank line. */
          g_autofree char *where = g_strdup_printf ("z.jsonl:%u", i - 1);
          g_assert_true (g_str_has_suffix (item->location, where));
          g_assert_nonnull (strstr (item->error->message, where));
        }
      else
        {
          g_assert_no_error (item->error);
          g_assert_cmpstr (assay_document_get_id (item->doc), ==, expected[i]);
          g_assert_cmpstr (item->id, ==, expected[i]);
        }
    }

  AssayInputItem *j1 = items->pdata[3];
  g_assert_cmpstr (assay_document_get_text (j1->doc, NULL), ==, "One");
  g_assert_cmpstr (assay_document_get_meta (j1->doc, "title"), ==, "T");
  g_assert_cmpstr (assay_document_get_meta (j1->doc, "published"), ==, "2025-05-29");
  g_assert_cmpstr (assay_document_get_meta (j1->doc, "source"), ==, "Reuters");
  g_assert_cmpstr (assay_document_get_meta (j1->doc, "section"), ==, "world");
  g_assert_null (assay_document_get_meta (j1->doc, "count"));

  AssayInputItem *no_text = items->pdata[8];
  g_assert_cmpstr (no_text->id, ==, "j5");
  g_assert_nonnull (strstr (no_text->error->message, "no \"text\""));

  AssayInputItem *j6 = items->pdata[9];
  g_assert_cmpstr (assay_document_get_text (j6->doc, NULL), ==, "caf\xEF\xBF\xBD");
  g_assert_cmpstr (assay_document_get_meta (j6->doc, ASSAY_META_INVALID_UTF8), ==, "1");
  g_assert_cmpstr (assay_document_get_meta (j6->doc, "author"), ==, "A");
  test_items_free (items);
}

/* A NUL escaped in JSON does not cut the text short: it becomes U+FFFD,
 * counted as a NUL byte in a .txt file is; an escaped backslash before
 * "u0000" is text. */
static void
test_escaped_nul (Fixture *f, gconstpointer data)
{
  test_write_file (f->dir, "nul.jsonl",
                   "{\"id\":\"n\",\"text\":\"before\\u0000after \\\\u0000 kept\"}\n", -1);
  g_autofree char *path = g_build_filename (f->dir, "nul.jsonl", NULL);
  const char *const inputs[] = { path, NULL };
  GPtrArray *items = test_read_all (inputs);
  g_assert_cmpuint (items->len, ==, 1);
  AssayInputItem *n = items->pdata[0];
  g_assert_no_error (n->error);
  g_assert_cmpstr (assay_document_get_text (n->doc, NULL), ==, "before\xEF\xBF\xBD" "after \\u0000 kept");
  g_assert_cmpstr (assay_document_get_meta (n->doc, ASSAY_META_INVALID_UTF8), ==, "1");
  test_items_free (items);
}

static void
test_files (Fixture *f, gconstpointer data)
{
  g_autofree char *b = g_build_filename (f->dir, "corpus", "b.txt", NULL);
  g_autofree char *a = g_build_filename (f->dir, "corpus", "a.txt", NULL);
  /* Named files keep the order given. */
  const char *const inputs[] = { b, a, NULL };
  GPtrArray *items = test_read_all (inputs);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpstr (((AssayInputItem *) items->pdata[0])->id, ==, "b");
  g_assert_cmpstr (((AssayInputItem *) items->pdata[1])->id, ==, "a");
  g_assert_cmpuint (((AssayInputItem *) items->pdata[0])->bytes, ==, 6);
  test_items_free (items);
}

static void
test_bad_inputs (Fixture *f, gconstpointer data)
{
  g_autofree char *md = g_build_filename (f->dir, "corpus", "README.md", NULL);
  const struct
  {
    const char *inputs[3];
    int code;
  } cases[] = {
    { { "/no/such/file.txt", NULL }, ASSAY_INPUT_ERROR_NOT_FOUND },
    { { md, NULL }, ASSAY_INPUT_ERROR_UNSUPPORTED },
    { { "-", "-", NULL }, ASSAY_INPUT_ERROR_UNSUPPORTED },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (AssayReader) reader = assay_reader_new (cases[i].inputs, &error);
      g_assert_null (reader);
      g_assert_error (error, ASSAY_INPUT_ERROR, cases[i].code);
    }
}

static void
test_total_bytes (Fixture *f, gconstpointer data)
{
  g_autofree char *corpus = g_build_filename (f->dir, "corpus", NULL);
  const char *const inputs[] = { corpus, NULL };
  g_autoptr (AssayReader) reader = assay_reader_new (inputs, NULL);
  gsize jsonl_len;
  g_autofree char *jsonl_path = g_build_filename (corpus, "z.jsonl", NULL);
  g_autofree char *jsonl = NULL;
  g_file_get_contents (jsonl_path, &jsonl, &jsonl_len, NULL);
  g_assert_cmpuint (assay_reader_get_total_bytes (reader), ==, 5 + 6 + 5 + jsonl_len);
}

static void
test_data_lines (Fixture *f, gconstpointer data)
{
  test_write_file (f->dir, "data.tsv", "# a comment\r\nfirst\tentry\r\n\n  \nsecond\n#x\nlast", -1);
  test_write_file (f->dir, "latin1.tsv", "caf\xe9\n", -1);
  g_autofree char *path = g_build_filename (f->dir, "data.tsv", NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) lines = assay_data_read_lines (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lines->len, ==, 4);
  g_assert_cmpstr (lines->pdata[0], ==, "first\tentry");
  g_assert_cmpstr (lines->pdata[1], ==, "  ");
  g_assert_cmpstr (lines->pdata[2], ==, "second");
  g_assert_cmpstr (lines->pdata[3], ==, "last");

  g_autofree char *bad = g_build_filename (f->dir, "latin1.tsv", NULL);
  g_assert_null (assay_data_read_lines (bad, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, "latin1.tsv:1: not UTF-8 (byte 3 of the file)"));
  g_clear_error (&error);
  g_assert_null (assay_data_read_lines ("/no/such/data.tsv", &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, "/no/such/data.tsv"));
}

/* Reads @contents written to @name in the fixture's folder. */
static GPtrArray *
read_file_items (Fixture *f, const char *name, const char *contents, gssize length,
                 const AssayReaderLimits *limits)
{
  test_write_file (f->dir, name, contents, length);
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  const char *const inputs[] = { path, NULL };
  return test_read_all_within (inputs, limits);
}

static void
assert_doc (AssayInputItem *item, const char *id, const char *text)
{
  g_assert_no_error (item->error);
  g_assert_nonnull (item->doc);
  g_assert_cmpstr (assay_document_get_id (item->doc), ==, id);
  if (text)
    g_assert_cmpstr (assay_document_get_text (item->doc, NULL), ==, text);
}

static void
assert_failed (AssayInputItem *item, int code, const char *location, const char *needle)
{
  g_assert_null (item->doc);
  g_assert_error (item->error, ASSAY_INPUT_ERROR, code);
  g_assert_true (g_str_has_suffix (item->location, location));
  g_assert_nonnull (strstr (item->error->message, location));
  if (strstr (item->error->message, needle) == NULL)
    g_error ("expected «%s» in «%s»", needle, item->error->message);
}

/* 100,000 brackets overflowed json-glib's recursion and killed the run;
 * now the line is an error record and the next line is read. */
static void
test_deep_nesting (Fixture *f, gconstpointer data)
{
  GString *s = g_string_new ("{\"id\":\"deep\",\"text\":\"x\",\"extra\":");
  for (int i = 0; i < 100000; i++)
    g_string_append_c (s, '[');
  for (int i = 0; i < 100000; i++)
    g_string_append_c (s, ']');
  g_string_append (s, "}\n{\"id\":\"after\",\"text\":\"fine\",\"meta\":{\"a\":\"[[[\"}}\n");
  /* Exactly as deep as allowed still parses. */
  g_string_append (s, "{\"id\":\"limit\",\"text\":\"t\",\"x\":");
  for (int i = 1; i < ASSAY_MAX_JSON_DEPTH; i++)
    g_string_append_c (s, '[');
  for (int i = 1; i < ASSAY_MAX_JSON_DEPTH; i++)
    g_string_append_c (s, ']');
  g_string_append (s, "}\n");
  GPtrArray *items = read_file_items (f, "deep.jsonl", s->str, s->len, NULL);
  g_string_free (s, TRUE);
  g_assert_cmpuint (items->len, ==, 3);
  assert_failed (items->pdata[0], ASSAY_INPUT_ERROR_TOO_DEEP, "deep.jsonl:1",
                 "nested deeper than 512 levels at column 544");
  assert_doc (items->pdata[1], "after", "fine");
  assert_doc (items->pdata[2], "limit", "t");
  test_items_free (items);
}

/* Two objects on a line: json-glib kept the first and dropped the second
 * silently. */
static void
test_trailing_value (Fixture *f, gconstpointer data)
{
  GPtrArray *items = read_file_items (
      f, "two.jsonl",
      "{\"id\":\"a\",\"text\":\"one\"} {\"id\":\"b\",\"text\":\"two\"}\n"
      "{\"id\":\"c\",\"text\":\"x\"}   \t\n"
      "{\"id\":\"d\",\"text\":\"x\"} 5\n",
      -1, NULL);
  g_assert_cmpuint (items->len, ==, 3);
  assert_failed (items->pdata[0], ASSAY_INPUT_ERROR_MALFORMED, "two.jsonl:1",
                 "more after the end of the document at column 25");
  assert_doc (items->pdata[1], "c", "x");
  assert_failed (items->pdata[2], ASSAY_INPUT_ERROR_MALFORMED, "two.jsonl:3", "column 23");
  test_items_free (items);
}

/* A value before the object ("5{...}", "[1]{...}"): json-glib 1.6 leaks
 * the tree of the value after the first (some 600 bytes a line; a fuzzer
 * saw the reader's memory grow 1.3 KB an input), so such a line is
 * refused before json-glib sees it.  The heap may not grow with the
 * number of such lines. */
static void
test_value_before_object (Fixture *f, gconstpointer data)
{
  GPtrArray *items = read_file_items (f, "lead.jsonl",
                                      "5{\"id\":\"a\",\"text\":\"x\"}\n"
                                      "[1]{\"id\":\"b\",\"text\":\"x\"}\n"
                                      "\"s\" {\"id\":\"c\",\"text\":\"x\"}\n"
                                      "  {\"id\":\"d\",\"text\":\"x\"}\n",
                                      -1, NULL);
  g_assert_cmpuint (items->len, ==, 4);
  assert_failed (items->pdata[0], ASSAY_INPUT_ERROR_MALFORMED, "lead.jsonl:1", "must be a JSON object");
  assert_failed (items->pdata[1], ASSAY_INPUT_ERROR_MALFORMED, "lead.jsonl:2", "must be a JSON object");
  assert_failed (items->pdata[2], ASSAY_INPUT_ERROR_MALFORMED, "lead.jsonl:3", "must be a JSON object");
  assert_doc (items->pdata[3], "d", "x");
  test_items_free (items);

  GString *many = g_string_new (NULL);
  for (guint i = 0; i < 4000; i++)
    g_string_append (many, "5{\"id\":\"a\",\"text\":\"x\",\"m\":[1,2,{\"k\":3}]}\n");
  items = read_file_items (f, "warm.jsonl", many->str, many->len, NULL);
  test_items_free (items);
  gsize before = mallinfo2 ().uordblks;
  items = read_file_items (f, "many.jsonl", many->str, many->len, NULL);
  test_items_free (items);
  gssize grown = (gssize) (mallinfo2 ().uordblks - before);
  g_test_message ("heap after 4,000 such lines: %+" G_GSSIZE_FORMAT " bytes", grown);
  g_assert_cmpint (grown, <, 256 * 1024); /* leaking, it grew 6.7 MB */
  g_string_free (many, TRUE);
}

/* A lone surrogate escape made json-glib drop the character after it. */
static void
test_lone_surrogate (Fixture *f, gconstpointer data)
{
  GPtrArray *items = read_file_items (
      f, "sur.jsonl",
      "{\"id\":\"hi\",\"text\":\"a\\ud800b\"}\n"
      "{\"id\":\"lo\",\"text\":\"a\\udc00b\"}\n"
      "{\"id\":\"hi-hi\",\"text\":\"\\ud800\\ud800\"}\n"
      "{\"id\":\"pair\",\"text\":\"smile \\ud83d\\ude00!\"}\n"
      "{\"id\":\"escaped\",\"text\":\"\\\\ud800 is text\"}\n"
      "{\"id\":\"end\",\"text\":\"cut \\ud800\"}\n",
      -1, NULL);
  g_assert_cmpuint (items->len, ==, 6);
  assert_failed (items->pdata[0], ASSAY_INPUT_ERROR_MALFORMED, "sur.jsonl:1",
                 "lone UTF-16 surrogate \\ud800 at column 21");
  assert_failed (items->pdata[1], ASSAY_INPUT_ERROR_MALFORMED, "sur.jsonl:2", "\\udc00");
  assert_failed (items->pdata[2], ASSAY_INPUT_ERROR_MALFORMED, "sur.jsonl:3", "surrogate");
  assert_doc (items->pdata[3], "pair", "smile \xF0\x9F\x98\x80!");
  assert_doc (items->pdata[4], "escaped", "\\ud800 is text");
  assert_failed (items->pdata[5], ASSAY_INPUT_ERROR_MALFORMED, "sur.jsonl:6", "surrogate");
  test_items_free (items);
}

/* CR alone ended no line: three documents were read as one. */
static void
test_line_ends (Fixture *f, gconstpointer data)
{
  GPtrArray *items = read_file_items (f, "cr.jsonl",
                                      "{\"id\":\"a\",\"text\":\"1\"}\r{\"id\":\"b\",\"text\":\"2\"}\r"
                                      "{\"id\":\"c\",\"text\":\"3\"}\r\n\r\n"
                                      "{\"id\":\"d\",\"text\":\"4\"}\n\r"
                                      "{\"id\":\"e\",\"text\":\"5\"}\nbad",
                                      -1, NULL);
  g_assert_cmpuint (items->len, ==, 6);
  const char *ids[] = { "a", "b", "c", "d", "e" };
  for (guint i = 0; i < 5; i++)
    assert_doc (items->pdata[i], ids[i], NULL);
  /* CRLF is one line end, LF CR two; a last line without an end is read. */
  g_assert_true (g_str_has_suffix (((AssayInputItem *) items->pdata[2])->location, "cr.jsonl:3"));
  g_assert_true (g_str_has_suffix (((AssayInputItem *) items->pdata[3])->location, "cr.jsonl:5"));
  g_assert_true (g_str_has_suffix (((AssayInputItem *) items->pdata[4])->location, "cr.jsonl:7"));
  assert_failed (items->pdata[5], ASSAY_INPUT_ERROR_MALFORMED, "cr.jsonl:8", "malformed JSON");
  test_items_free (items);

  /* A CRLF split between two reads is still one line end. */
  GString *s = g_string_new ("{\"id\":\"long\",\"text\":\"");
  while (s->len < 64 * 1024 - 3)
    g_string_append_c (s, 'x');
  g_string_append (s, "\"}\r\n{\"id\":\"next\",\"text\":\"y\"}\r\n");
  g_assert_cmpint (s->str[64 * 1024 - 1], ==, '\r');
  items = read_file_items (f, "split.jsonl", s->str, s->len, NULL);
  g_string_free (s, TRUE);
  g_assert_cmpuint (items->len, ==, 2);
  assert_doc (items->pdata[0], "long", NULL);
  assert_doc (items->pdata[1], "next", "y");
  g_assert_true (g_str_has_suffix (((AssayInputItem *) items->pdata[1])->location, "split.jsonl:2"));
  test_items_free (items);
}

/* Ids are kept as written: an integer too big for 64 bits became "-1". */
static void
test_ids (Fixture *f, gconstpointer data)
{
  GPtrArray *items = read_file_items (f, "ids.jsonl",
                                      "{\"id\":18446744073709551616123,\"text\":\"big\"}\n"
                                      "{\"text\":\"first\",\"id\" : -0042 }\n"
                                      "{\"id\":-7,\"text\":\"negative\"}\n"
                                      "{\"id\":1.5,\"text\":\"fraction\"}\n"
                                      "{\"id\":1e3,\"text\":\"exponent\"}\n"
                                      "{\"id\":\"\",\"text\":\"empty\"}\n"
                                      "{\"meta\":{\"id\":5},\"id\":\"outer\",\"text\":\"t\"}\n"
                                      "{\"id\":true,\"text\":\"bool\"}\n"
                                      "{\"title\":\"caf\xe9 \xff\xfe\",\"id\":77,\"text\":\"t\"}\n",
                                      -1, NULL);
  g_assert_cmpuint (items->len, ==, 9);
  /* Invalid UTF-8 before a number id: its repair moves the bytes, the id
   * is still the one written. */
  assert_doc (items->pdata[8], "77", "t");
  assert_doc (items->pdata[0], "18446744073709551616123", "big");
  /* json-glib takes leading zeros; the id is what was written. */
  assert_doc (items->pdata[1], "-0042", "first");
  assert_doc (items->pdata[2], "-7", "negative");
  assert_failed (items->pdata[3], ASSAY_INPUT_ERROR_MALFORMED, "ids.jsonl:4", "whole number");
  assert_failed (items->pdata[4], ASSAY_INPUT_ERROR_MALFORMED, "ids.jsonl:5", "whole number");
  assert_failed (items->pdata[5], ASSAY_INPUT_ERROR_MALFORMED, "ids.jsonl:6", "no \"id\"");
  assert_doc (items->pdata[6], "outer", "t");
  assert_failed (items->pdata[7], ASSAY_INPUT_ERROR_MALFORMED, "ids.jsonl:8", "no \"id\"");
  test_items_free (items);
}

/* A file named .txt gave a document with the empty id JSONL refuses. */
static void
test_empty_txt_id (Fixture *f, gconstpointer data)
{
  GPtrArray *items = read_file_items (f, ".txt", "text", -1, NULL);
  g_assert_cmpuint (items->len, ==, 1);
  assert_failed (items->pdata[0], ASSAY_INPUT_ERROR_MALFORMED, ".txt", "would be empty");
  test_items_free (items);
}

static void
test_limits (Fixture *f, gconstpointer data)
{
  AssayReaderLimits limits;
  assay_reader_limits_init (&limits);
  g_assert_cmpuint (limits.max_doc_bytes, ==, 64 << 20);
  limits.max_doc_bytes = 10;
  limits.max_line_bytes = 40;

  GPtrArray *items = read_file_items (f, "big.txt", "eleven char", -1, &limits);
  assert_failed (items->pdata[0], ASSAY_INPUT_ERROR_TOO_LARGE, "big.txt",
                 "11 bytes, over the limit of 10 bytes; raise it with --max-doc-bytes");
  test_items_free (items);
  items = read_file_items (f, "ok.txt", "ten chars!", -1, &limits);
  assert_doc (items->pdata[0], "ok", "ten chars!");
  test_items_free (items);

  items = read_file_items (f, "lines.jsonl",
                           "{\"id\":\"long\",\"text\":\"a line over forty bytes\"}\r"
                           "{\"id\":\"ok\",\"text\":\"short\"}\n"
                           "{\"id\":\"t\",\"text\":\"eleven char\"}\n",
                           -1, &limits);
  g_assert_cmpuint (items->len, ==, 3);
  assert_failed (items->pdata[0], ASSAY_INPUT_ERROR_TOO_LARGE, "lines.jsonl:1",
                 "a line of 46 bytes, over the limit of 40 bytes; raise it with --max-line-bytes");
  assert_doc (items->pdata[1], "ok", "short");
  assert_failed (items->pdata[2], ASSAY_INPUT_ERROR_TOO_LARGE, "lines.jsonl:3",
                 "document 't' has 11 bytes of text, over the limit of 10 bytes");
  g_assert_cmpstr (((AssayInputItem *) items->pdata[2])->id, ==, "t");
  test_items_free (items);

  /* 200,000 metadata keys took 91 s; a document has a handful. */
  GString *s = g_string_new ("{\"id\":\"keys\",\"text\":\"t\"");
  for (int i = 0; i < ASSAY_MAX_META_FIELDS; i++)
    g_string_append_printf (s, ",\"k%d\":\"v\"", i);
  g_string_append (s, "}\n");
  items = read_file_items (f, "keys.jsonl", s->str, s->len, NULL);
  g_string_free (s, TRUE);
  assert_failed (items->pdata[0], ASSAY_INPUT_ERROR_TOO_LARGE, "keys.jsonl:1",
                 "has 1002 fields, over the limit of 1000");
  test_items_free (items);
}

/* A FIFO in a folder blocked the run forever; a link to /dev/zero grew
 * without end.  Both are error records now, and the walk goes on. */
static void
test_special_files (Fixture *f, gconstpointer data)
{
  g_autofree char *corpus = g_build_filename (f->dir, "special", NULL);
  test_write_file (f->dir, "special/a.txt", "first", -1);
  test_write_file (f->dir, "special/d.txt", "last", -1);
  g_autofree char *fifo = g_build_filename (corpus, "b.jsonl", NULL);
  g_autofree char *zero = g_build_filename (corpus, "c.txt", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink ("/dev/zero", zero), ==, 0);
  const char *const inputs[] = { corpus, NULL };
  GPtrArray *items = test_read_all (inputs);
  g_assert_cmpuint (items->len, ==, 4);
  assert_doc (items->pdata[0], "a", "first");
  assert_failed (items->pdata[1], ASSAY_INPUT_ERROR_NOT_REGULAR, "b.jsonl", "a FIFO, not a regular file");
  assert_failed (items->pdata[2], ASSAY_INPUT_ERROR_NOT_REGULAR, "c.txt", "a character device");
  assert_doc (items->pdata[3], "d", "last");
  test_items_free (items);

  /* A data file that is a FIFO fails at once instead of waiting. */
  g_autoptr (GError) error = NULL;
  g_assert_null (assay_data_read_lines (fifo, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, "a FIFO"));
}

/* JSONL from a descriptor: what the fuzz target and pipes use. */
static void
test_fd (Fixture *f, gconstpointer data)
{
  int fds[2];
  g_assert_cmpint (pipe (fds), ==, 0);
  const char *lines = "{\"id\":\"p\",\"text\":\"piped\"}\n[]\n";
  g_assert_cmpint (write (fds[1], lines, strlen (lines)), ==, (gssize) strlen (lines));
  close (fds[1]);
  g_autoptr (AssayReader) reader = assay_reader_new_for_fd (fds[0], "pipe");
  AssayInputItem item;
  g_assert_true (assay_reader_next (reader, &item));
  assert_doc (&item, "p", "piped");
  assay_input_item_clear (&item);
  g_assert_true (assay_reader_next (reader, &item));
  assert_failed (&item, ASSAY_INPUT_ERROR_MALFORMED, "pipe:2", "JSON object");
  assay_input_item_clear (&item);
  g_assert_false (assay_reader_next (reader, &item));
  g_assert_cmpuint (assay_reader_get_total_bytes (reader), ==, 0);
  close (fds[0]);
}

/* The record an item makes: the document's, or the error's message. */
static char *
item_record (AssayInputItem *item)
{
  GString *out = g_string_new (NULL);
  if (item->doc)
    assay_output_document (out, item->doc, NULL);
  else
    g_string_append_printf (out, "error %d: %s", item->error->code, item->error->message);
  g_string_append_printf (out, " | %s | %s | %" G_GSIZE_FORMAT, item->id, item->location, item->bytes);
  return g_string_free (out, FALSE);
}

/* The common flat line is read without json-glib: on lines built from
 * pieces that reach both ways (escapes, pairs, non-ASCII, invalid UTF-8
 * in values and keys, other members,
 * numbers, nesting, duplicate keys, broken syntax), both must make the
 * same record, byte for byte, or the same error. */
static void
test_flat_lines_as_json_glib (Fixture *f, gconstpointer data)
{
  (void) f, (void) data;
  static const char *const values[] = {
    "\"plain\"", "\"\"", "\"with \\\"quotes\\\" and \\\\ and \\/\"", "\"tab\\t nl\\n cr\\r \\b\\f\"",
    "\"caf\\u00e9 \\u2014 \\ud83d\\ude00\"", "\"Gda\xc5\x84sk \xe2\x80\x94 \xf0\x9f\x98\x80\"", "\"nul \\u0000 here\"",
    "\"lit \\\\u0000 kept\"", "\"bad \\x escape\"", "\"raw \t tab\"", "7", "-12", "1.5", "true", "null", "{\"a\":\"b\"}", "[\"x\"]",
    "\"\\u12\"", "\"unterminated",
    /* invalid UTF-8, which the fast way finds as it decodes: a stray byte,
     * a cut character, an encoded surrogate, an overlong form, past U+10FFFF */
    "\"bad \xff byte\"", "\"cut \xe2\x80\"", "\"half \xed\xa0\x80 pair\"", "\"long \xc0\xaf\"",
    "\"big \xf4\x90\x80\x80\"",
  };
  static const char *const keys[] = { "id", "text", "title", "published", "url", "source", "lang",
                                      "type", "meta", "Bad Key", "story", "x-extra", "t\\u0065xt",
                                      "k\xc3\xa9y", "k\xffy",
                                      /* keys of 63 and 64 bytes: the last that parse_flat() tests on
                                       * the stack, and the first it copies */
                                      "keeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee",
                                      "leeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee" };
  static const char *const spaces[] = { "", " ", "\t", "\r\n ", "  " };
  GRand *rand = g_rand_new_with_seed (29);
  g_autoptr (JsonParser) parser = json_parser_new ();
  guint fast_docs = 0;
  for (guint round = 0; round < 4000; round++)
    {
      g_autoptr (GString) line = g_string_new (NULL);
      g_string_append (line, spaces[g_rand_int_range (rand, 0, G_N_ELEMENTS (spaces))]);
      g_string_append_c (line, '{');
      guint n = g_rand_int_range (rand, 0, 6);
      gboolean id_first = g_rand_int_range (rand, 0, 4) != 0;
      for (guint i = 0; i < n + 2; i++)
        {
          if (i)
            g_string_append_c (line, g_rand_int_range (rand, 0, 60) ? ',' : ';');
          g_string_append (line, spaces[g_rand_int_range (rand, 0, G_N_ELEMENTS (spaces))]);
          const char *key = i == 0 && id_first ? "id" : i == 1 && id_first ? "text"
                          : keys[g_rand_int_range (rand, 0, G_N_ELEMENTS (keys))];
          /* Most values are plain strings, as in real input. */
          const char *value = g_rand_int_range (rand, 0, 3) ? values[g_rand_int_range (rand, 0, 6)]
                                                            : values[g_rand_int_range (rand, 0, G_N_ELEMENTS (values))];
          g_string_append_printf (line, "\"%s\"%s:%s", key,
                                  spaces[g_rand_int_range (rand, 0, G_N_ELEMENTS (spaces))], value);
        }
      g_string_append (line, g_rand_int_range (rand, 0, 40) ? "}" : "} x");
      g_string_append (line, spaces[g_rand_int_range (rand, 0, G_N_ELEMENTS (spaces))]);
      AssayReaderLimits limits;
      assay_reader_limits_init (&limits);
      limits.max_doc_bytes = g_rand_int_range (rand, 0, 5) ? 1024 : 4;
      limits.max_fields = g_rand_int_range (rand, 0, 5) ? limits.max_fields : 3;

      AssayInputItem fast = { 0 }, full = { 0 };
      fast.bytes = full.bytes = line->len + 1;
      assay_jsonl_parse_line (parser, "t.jsonl:1", line->str, line->len, &limits, &fast);
      assay_jsonl_parse_line_full (parser, "t.jsonl:1", line->str, line->len, &limits, &full);
      g_autofree char *a = item_record (&fast);
      g_autofree char *b = item_record (&full);
      if (g_strcmp0 (a, b) != 0)
        g_error ("line %s\nread %s\njson-glib %s", line->str, a, b);
      fast_docs += fast.doc != NULL;
      assay_input_item_clear (&fast);
      assay_input_item_clear (&full);
    }
  g_rand_free (rand);
  /* The lines reach documents, not only errors. */
  g_assert_cmpuint (fast_docs, >, 500);
}

/* The fast way reads a string's plain bytes 16 at a time: a piece that
 * ends a run (an escape, a raw control byte, non-ASCII, invalid UTF-8) at
 * every place of a text longer than two such blocks, read as json-glib
 * reads it. */
static void
test_flat_string_every_place (Fixture *f, gconstpointer data)
{
  (void) f, (void) data;
  static const char *const pieces[] = { "\\\"", "\\\\", "\\n", "\\u00e9", "\\ud83d\\ude00", "\t",
                                        "\x01", "\x7f", "\xc3\xa9", "\xf0\x9f\x98\x80", "\xff", "\xe2\x80" };
  g_autoptr (JsonParser) parser = json_parser_new ();
  guint fast_docs = 0;
  for (guint k = 0; k < G_N_ELEMENTS (pieces); k++)
    for (guint at = 0; at <= 40; at++)
      {
        g_autoptr (GString) line = g_string_new ("{\"id\":\"a\",\"text\":\"");
        for (guint i = 0; i < 40; i++)
          {
            if (i == at)
              g_string_append (line, pieces[k]);
            g_string_append_c (line, (char) ('a' + i % 26));
          }
        if (at == 40)
          g_string_append (line, pieces[k]);
        g_string_append (line, "\"}");
        AssayReaderLimits limits;
        assay_reader_limits_init (&limits);
        AssayInputItem fast = { 0 }, full = { 0 };
        fast.bytes = full.bytes = line->len + 1;
        assay_jsonl_parse_line (parser, "t.jsonl:1", line->str, line->len, &limits, &fast);
        assay_jsonl_parse_line_full (parser, "t.jsonl:1", line->str, line->len, &limits, &full);
        g_autofree char *a = item_record (&fast);
        g_autofree char *b = item_record (&full);
        if (g_strcmp0 (a, b) != 0)
          g_error ("line %s\nread %s\njson-glib %s", line->str, a, b);
        fast_docs += fast.doc != NULL;
        assay_input_item_clear (&fast);
        assay_input_item_clear (&full);
      }
  /* all but the raw control bytes and the invalid UTF-8 make documents */
  g_assert_cmpuint (fast_docs, >=, 41 * 8);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/reader/folder", Fixture, NULL, fixture_set_up, test_folder, fixture_tear_down);
  g_test_add ("/reader/files", Fixture, NULL, fixture_set_up, test_files, fixture_tear_down);
  g_test_add ("/reader/escaped-nul", Fixture, NULL, fixture_set_up, test_escaped_nul, fixture_tear_down);
  g_test_add ("/reader/bad-inputs", Fixture, NULL, fixture_set_up, test_bad_inputs, fixture_tear_down);
  g_test_add ("/reader/total-bytes", Fixture, NULL, fixture_set_up, test_total_bytes, fixture_tear_down);
  g_test_add ("/data/read-lines", Fixture, NULL, fixture_set_up, test_data_lines, fixture_tear_down);
  g_test_add ("/reader/hostile/deep-nesting", Fixture, NULL, fixture_set_up, test_deep_nesting, fixture_tear_down);
  g_test_add ("/reader/hostile/trailing-value", Fixture, NULL, fixture_set_up, test_trailing_value, fixture_tear_down);
  g_test_add ("/reader/hostile/value-before-object", Fixture, NULL, fixture_set_up, test_value_before_object,
              fixture_tear_down);
  g_test_add ("/reader/hostile/lone-surrogate", Fixture, NULL, fixture_set_up, test_lone_surrogate, fixture_tear_down);
  g_test_add ("/reader/hostile/line-ends", Fixture, NULL, fixture_set_up, test_line_ends, fixture_tear_down);
  g_test_add ("/reader/hostile/ids", Fixture, NULL, fixture_set_up, test_ids, fixture_tear_down);
  g_test_add ("/reader/hostile/empty-txt-id", Fixture, NULL, fixture_set_up, test_empty_txt_id, fixture_tear_down);
  g_test_add ("/reader/hostile/limits", Fixture, NULL, fixture_set_up, test_limits, fixture_tear_down);
  g_test_add ("/reader/hostile/special-files", Fixture, NULL, fixture_set_up, test_special_files, fixture_tear_down);
  g_test_add ("/reader/flat-lines-as-json-glib", Fixture, NULL, fixture_set_up, test_flat_lines_as_json_glib, fixture_tear_down);
  g_test_add ("/reader/flat-string-every-place", Fixture, NULL, fixture_set_up, test_flat_string_every_place,
              fixture_tear_down);
  g_test_add ("/reader/fd", Fixture, NULL, fixture_set_up, test_fd, fixture_tear_down);
  return g_test_run ();
}
