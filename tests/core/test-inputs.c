/* test-inputs.c: the inputs beyond .txt and .jsonl files: article pages
 * (.html, .htm), in folders too. */
#include "test-util.h"

#include <string.h>

typedef struct
{
  char *dir;
} Fixture;

static const char article_page[]
    = "<html><head><title>Ferry fares rise - The Island Times</title></head><body>"
      "<nav><a href='/'>Home</a></nav><article>"
      "<p>Ferry fares to the islands will rise by 6% in April, the operator said on Monday, "
      "blaming the cost of fuel.</p>"
      "<p>Islanders&#39; groups said the rise, the second in a year, would hit families hardest.</p>"
      "</article></body></html>";

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("assay-inputs-XXXXXX", NULL);
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
test_html_files (Fixture *f, gconstpointer data)
{
  test_write_file (f->dir, "pages/2024/ferry.html", article_page, -1);
  test_write_file (f->dir, "pages/old.htm", article_page, -1);
  test_write_file (f->dir, "pages/menu.html", "<ul><li><a href=/>Home</a></li></ul>", -1);
  g_autofree char *pages = g_build_filename (f->dir, "pages", NULL);
  g_autofree char *single = g_build_filename (f->dir, "pages", "old.htm", NULL);
  const char *const inputs[] = { pages, single, NULL };
  GPtrArray *items = read_all (inputs);
  g_assert_cmpuint (items->len, ==, 4);

  /* The id is the path below the folder without the extension; the
   * record names the page's file. */
  AssayInputItem *ferry = items->pdata[0];
  g_assert_no_error (ferry->error);
  g_assert_cmpstr (ferry->id, ==, "2024/ferry");
  g_assert_cmpstr (assay_document_get_meta (ferry->doc, "title"), ==, "Ferry fares rise");
  g_assert_cmpstr (assay_document_get_meta (ferry->doc, "file"), ==, ferry->location);
  g_assert_true (g_str_has_suffix (ferry->location, "pages/2024/ferry.html"));
  g_assert_cmpstr (assay_document_get_text (ferry->doc, NULL), ==,
                   "Ferry fares to the islands will rise by 6% in April, the operator said on "
                   "Monday, blaming the cost of fuel.\n\nIslanders' groups said the rise, the "
                   "second in a year, would hit families hardest.");

  /* A page with no article is an error record naming the file. */
  AssayInputItem *menu = items->pdata[1];
  g_assert_null (menu->doc);
  g_assert_error (menu->error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_NO_ARTICLE);
  g_assert_cmpstr (menu->id, ==, "menu");
  g_assert_nonnull (strstr (menu->error->message, "pages/menu.html: no article"));

  g_assert_cmpstr (((AssayInputItem *) items->pdata[2])->id, ==, "old");
  g_assert_cmpstr (((AssayInputItem *) items->pdata[3])->id, ==, "old");
  items_free (items);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/inputs/html-files", Fixture, NULL, fixture_set_up, test_html_files, fixture_tear_down);
  return g_test_run ();
}
