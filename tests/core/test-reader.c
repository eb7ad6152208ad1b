/* test-reader.c: .txt, .jsonl and folder inputs; every problem becomes an
 * item carrying its error, and the stream goes on. */
#include "test-util.h"

#include <string.h>

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

static GPtrArray *
read_all (const char *const *inputs)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayReader) reader = assay_reader_new (inputs, &error);
  g_assert_no_error (error);
  GPtrArray *items = g_ptr_array_new ();
  AssayInputItem *item = g_new0 (AssayInputItem, 1);
  while (assay_reader_next (reader, item))
    {
      g_ptr_array_add (items, item);
      item = g_new0 (AssayInputItem, 1);
    }
  g_free (item);
  return items;
}

static void
items_free (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      assay_input_item_clear (items->pdata[i]);
      g_free (items->pdata[i]);
    }
  g_ptr_array_unref (items);
}

static void
test_folder (Fixture *f, gconstpointer data)
{
  g_autofree char *corpus = g_build_filename (f->dir, "corpus", NULL);
  const char *const inputs[] = { corpus, NULL };
  GPtrArray *items = read_all (inputs);

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
  items_free (items);
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
  GPtrArray *items = read_all (inputs);
  g_assert_cmpuint (items->len, ==, 1);
  AssayInputItem *n = items->pdata[0];
  g_assert_no_error (n->error);
  g_assert_cmpstr (assay_document_get_text (n->doc, NULL), ==, "before\xEF\xBF\xBD" "after \\u0000 kept");
  g_assert_cmpstr (assay_document_get_meta (n->doc, ASSAY_META_INVALID_UTF8), ==, "1");
  items_free (items);
}

static void
test_files (Fixture *f, gconstpointer data)
{
  g_autofree char *b = g_build_filename (f->dir, "corpus", "b.txt", NULL);
  g_autofree char *a = g_build_filename (f->dir, "corpus", "a.txt", NULL);
  /* Named files keep the order given. */
  const char *const inputs[] = { b, a, NULL };
  GPtrArray *items = read_all (inputs);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpstr (((AssayInputItem *) items->pdata[0])->id, ==, "b");
  g_assert_cmpstr (((AssayInputItem *) items->pdata[1])->id, ==, "a");
  g_assert_cmpuint (((AssayInputItem *) items->pdata[0])->bytes, ==, 6);
  items_free (items);
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
  g_assert_nonnull (strstr (error->message, "latin1.tsv is not UTF-8 (first bad byte at offset 3)"));
  g_clear_error (&error);
  g_assert_null (assay_data_read_lines ("/no/such/data.tsv", &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, "/no/such/data.tsv"));
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
  return g_test_run ();
}
