/* test-inputs.c: the inputs beyond .txt and .jsonl files: article pages
 * (.html, .htm), archives (tar, compressed or not, zip) and compressed
 * JSONL, read as streams, in folders too; what folders hold that is not
 * read is counted. */
#include "test-util.h"

#include <string.h>
#include <unistd.h>
#include <archive.h>
#include <archive_entry.h>
#include <json-glib/json-glib.h>

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

static void
test_html_files (Fixture *f, gconstpointer data)
{
  test_write_file (f->dir, "pages/2024/ferry.html", article_page, -1);
  test_write_file (f->dir, "pages/old.htm", article_page, -1);
  test_write_file (f->dir, "pages/menu.html", "<ul><li><a href=/>Home</a></li></ul>", -1);
  g_autofree char *pages = g_build_filename (f->dir, "pages", NULL);
  g_autofree char *single = g_build_filename (f->dir, "pages", "old.htm", NULL);
  const char *const inputs[] = { pages, single, NULL };
  GPtrArray *items = test_read_all (inputs);
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
  test_items_free (items);
}

/* Writes @members (name, contents pairs, NULL-terminated; a name ending
 * in '/' is a folder) into the open archive @a, and closes and frees it. */
static void
write_members (struct archive *a, const char *const *members)
{
  for (const char *const *m = members; *m; m += 2)
    {
      struct archive_entry *entry = archive_entry_new ();
      archive_entry_set_pathname (entry, m[0]);
      gboolean dir_entry = g_str_has_suffix (m[0], "/");
      archive_entry_set_filetype (entry, dir_entry ? AE_IFDIR : AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      archive_entry_set_size (entry, dir_entry ? 0 : strlen (m[1]));
      g_assert_cmpint (archive_write_header (a, entry), ==, ARCHIVE_OK);
      if (!dir_entry)
        g_assert_cmpint (archive_write_data (a, m[1], strlen (m[1])), ==, strlen (m[1]));
      archive_entry_free (entry);
    }
  g_assert_cmpint (archive_write_close (a), ==, ARCHIVE_OK);
  archive_write_free (a);
}

/* Writes an archive at @dir/@name with libarchive (@format an
 * ARCHIVE_FORMAT_*, @filter an ARCHIVE_FILTER_*), of the members
 * @members: name, contents pairs, NULL-terminated.  Returns its path. */
static char *
write_archive (const char *dir, const char *name, int format, int filter,
               const char *const *members)
{
  char *path = g_build_filename (dir, name, NULL);
  struct archive *a = archive_write_new ();
  g_assert_cmpint (archive_write_set_format (a, format), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_add_filter (a, filter), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (a, path), ==, ARCHIVE_OK);
  write_members (a, members);
  return path;
}

static const char *const news_members[] = {
  "news/", "",
  "news/a.txt", "First article's text.",
  "news/pages/ferry.html", article_page,
  "news/notes.md", "# not an article",
  "news/more.jsonl", "{\"id\":\"j1\",\"text\":\"One\"}\n\n{\"id\":\"j2\",\"text\":\"Two\"}\nnot json\n",
  "news/b.txt", "Last article's text.",
  NULL,
};

/* Every kind of archive: members in archive order, ids ARCHIVE/member,
 * JSONL members line by line, locations naming archive, member and line;
 * members not read are counted and named. */
static void
test_archives (Fixture *f, gconstpointer data)
{
  const struct
  {
    const char *name;
    int format, filter;
  } kinds[] = {
    { "n.tar", ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_NONE },
    { "n.tar.gz", ARCHIVE_FORMAT_TAR_USTAR, ARCHIVE_FILTER_GZIP },
    { "n.tar.bz2", ARCHIVE_FORMAT_TAR_GNUTAR, ARCHIVE_FILTER_BZIP2 },
    { "n.tar.xz", ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_XZ },
    { "n.tar.zst", ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_ZSTD },
    { "n.zip", ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE },
  };
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_test_message ("%s", kinds[k].name);
      g_autofree char *path
          = write_archive (f->dir, kinds[k].name, kinds[k].format, kinds[k].filter, news_members);
      const char *const inputs[] = { path, NULL };
      g_autoptr (GError) error = NULL;
      g_autoptr (AssayReader) reader = assay_reader_new (inputs, &error);
      g_assert_no_error (error);
      g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      AssayInputItem item;
      guint64 bytes = 0;
      while (assay_reader_next (reader, &item))
        {
          g_ptr_array_add (ids, g_strdup (item.id));
          bytes += item.bytes;
          if (g_str_has_suffix (item.id, "/news/pages/ferry"))
            {
              g_assert_no_error (item.error);
              g_assert_cmpstr (assay_document_get_meta (item.doc, "title"), ==, "Ferry fares rise");
            }
          if (item.error)
            {
              g_autofree char *where = g_strdup_printf ("%s/news/more.jsonl:4", path);
              g_assert_cmpstr (item.location, ==, where);
              g_assert_true (g_str_has_prefix (item.error->message, where));
            }
          assay_input_item_clear (&item);
        }
      /* The id is the archive's name, then the member's path without its
       * extension; a JSONL member's lines have their own ids. */
      g_ptr_array_add (ids, NULL);
      g_autofree char *got = g_strjoinv (" ", (char **) ids->pdata);
      const char *n = kinds[k].name;
      g_autofree char *want = g_strdup_printf ("%s/news/a %s/news/pages/ferry j1 j2 "
                                               "%s/news/more.jsonl:4 %s/news/b",
                                               n, n, path, n);
      g_assert_cmpstr (got, ==, want);
      guint64 n_unread = 0;
      const char *const *unread = assay_reader_get_unread (reader, &n_unread);
      g_assert_cmpuint (n_unread, ==, 1);
      g_autofree char *md = g_strdup_printf ("%s/news/notes.md", path);
      g_assert_cmpstr (unread[0], ==, md);
      g_assert_null (unread[1]);
      /* Progress counts the archive's bytes on disk, not what they hold. */
      GStatBuf st;
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpuint (bytes, >, 0);
      g_assert_cmpuint (bytes, <=, st.st_size);
    }
}

/* .jsonl.gz and .jsonl.zst are read as streams of lines, named by the
 * file; in a folder too, with other files' ids relative to it. */
static void
test_compressed_jsonl (Fixture *f, gconstpointer data)
{
  const char *const lines[] = {
    "data", "{\"id\":\"c1\",\"text\":\"One\"}\r\n{\"id\":\"c2\",\"text\":\"Two\"}\n[]\n", NULL,
  };
  g_autofree char *dir = g_build_filename (f->dir, "in", NULL);
  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  g_autofree char *gz = write_archive (dir, "a.jsonl.gz", ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_GZIP, lines);
  g_autofree char *zst = write_archive (dir, "b.jsonl.zst", ARCHIVE_FORMAT_RAW, ARCHIVE_FILTER_ZSTD, lines);
  const char *const members[] = { "x.txt", "In a tar in a folder.", NULL };
  g_autofree char *tar = write_archive (dir, "c.tar.xz", ARCHIVE_FORMAT_TAR_USTAR, ARCHIVE_FILTER_XZ, members);
  const char *const inputs[] = { dir, NULL };
  GPtrArray *items = test_read_all (inputs);
  g_assert_cmpuint (items->len, ==, 7);
  const char *ids[] = { "c1", "c2", NULL, "c1", "c2", NULL, "c.tar.xz/x" };
  for (guint i = 0; i < items->len; i++)
    {
      AssayInputItem *item = items->pdata[i];
      if (ids[i])
        {
          g_assert_no_error (item->error);
          g_assert_cmpstr (item->id, ==, ids[i]);
        }
      else
        {
          g_autofree char *where = g_strdup_printf ("%s:3", i < 3 ? gz : zst);
          g_assert_error (item->error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED);
          g_assert_cmpstr (item->location, ==, where);
        }
    }
  g_assert_cmpstr (assay_document_get_text (((AssayInputItem *) items->pdata[4])->doc, NULL), ==, "Two");
  test_items_free (items);
}

/* A member that cannot be read (a bad checksum, one over the limit) is an
 * error record naming archive and member, and the next is read; an
 * archive cut short ends with an error record. */
static void
test_bad_members (Fixture *f, gconstpointer data)
{
  const char *const members[] = {
    "a.txt", "AAAAAAAAAAAAAAAA first",
    "b.txt", "BBBBBBBBBBBBBBBB second",
    "big.txt", "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC",
    "d.txt", "DDDDDDDDDDDDDDDD fourth",
    NULL,
  };
  /* Stored, not deflated, so the member's bytes can be found and spoiled. */
  g_autofree char *path = g_build_filename (f->dir, "bad.zip", NULL);
  {
    struct archive *a = archive_write_new ();
    archive_write_set_format_zip (a);
    archive_write_set_options (a, "zip:compression=store");
    g_assert_cmpint (archive_write_open_filename (a, path), ==, ARCHIVE_OK);
    write_members (a, members);
  }
  g_autofree char *zip = NULL;
  gsize length = 0;
  g_assert_true (g_file_get_contents (path, &zip, &length, NULL));
  /* (Not g_strstr_len(): it stops at the first NUL.) */
  char *b = NULL;
  for (gsize i = 0; i + 8 <= length && b == NULL; i++)
    if (memcmp (zip + i, "BBBBBBBB", 8) == 0)
      b = zip + i;
  g_assert_nonnull (b);
  b[3] = 'X';
  g_assert_true (g_file_set_contents (path, zip, length, NULL));

  const char *const inputs[] = { path, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayReader) reader = assay_reader_new (inputs, &error);
  AssayReaderLimits limits;
  assay_reader_limits_init (&limits);
  limits.max_doc_bytes = 64;
  assay_reader_set_limits (reader, &limits);
  AssayInputItem item;
  g_assert_true (assay_reader_next (reader, &item));
  g_assert_no_error (item.error);
  g_assert_cmpstr (item.id, ==, "bad.zip/a");
  assay_input_item_clear (&item);

  g_assert_true (assay_reader_next (reader, &item));
  g_assert_error (item.error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_READ);
  g_assert_cmpstr (item.id, ==, "bad.zip/b");
  g_autofree char *where = g_strdup_printf ("%s/b.txt: ", path);
  g_assert_true (g_str_has_prefix (item.error->message, where));
  assay_input_item_clear (&item);

  g_assert_true (assay_reader_next (reader, &item));
  g_assert_error (item.error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_TOO_LARGE);
  g_assert_cmpstr (item.id, ==, "bad.zip/big");
  g_assert_nonnull (strstr (item.error->message, "--max-doc-bytes"));
  assay_input_item_clear (&item);

  g_assert_true (assay_reader_next (reader, &item));
  g_assert_no_error (item.error);
  g_assert_cmpstr (assay_document_get_text (item.doc, NULL), ==, "DDDDDDDDDDDDDDDD fourth");
  assay_input_item_clear (&item);
  g_assert_false (assay_reader_next (reader, &item));

  /* Cut short in its second member: the first is read, then one error. */
  g_autoptr (GString) big = g_string_new (NULL);
  for (int i = 0; i < 5000; i++)
    g_string_append_printf (big, "line %d of a long text that does not compress to nothing\n", i * 7919 % 10007);
  const char *const two[] = { "one.txt", "The first.", "two.txt", big->str, NULL };
  g_autofree char *tgz = write_archive (f->dir, "cut.tar.gz", ARCHIVE_FORMAT_TAR_USTAR, ARCHIVE_FILTER_GZIP, two);
  g_autofree char *whole = NULL;
  g_assert_true (g_file_get_contents (tgz, &whole, &length, NULL));
  g_assert_true (g_file_set_contents (tgz, whole, length / 2, NULL));
  const char *const cut_inputs[] = { tgz, NULL };
  GPtrArray *items = test_read_all (cut_inputs);
  g_assert_cmpuint (items->len, >=, 2);
  g_assert_no_error (((AssayInputItem *) items->pdata[0])->error);
  for (guint i = 1; i < items->len; i++)
    {
      AssayInputItem *bad = items->pdata[i];
      g_assert_nonnull (bad->error);
      g_assert_nonnull (strstr (bad->error->message, "cut.tar.gz"));
    }
  test_items_free (items);
}

/* The reader hands a page over unparsed, for a worker to find the
 * article in, as it does a JSONL line. */
static void
test_html_raw (Fixture *f, gconstpointer data)
{
  test_write_file (f->dir, "ferry.html", article_page, -1);
  test_write_file (f->dir, "menu.html", "<ul><li><a href=/>Home</a></li></ul>", -1);
  g_autofree char *ferry = g_build_filename (f->dir, "ferry.html", NULL);
  g_autofree char *menu = g_build_filename (f->dir, "menu.html", NULL);
  const char *const inputs[] = { ferry, menu, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayReader) reader = assay_reader_new (inputs, &error);
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  AssayInputItem item;

  g_assert_true (assay_reader_next_raw (reader, &item));
  g_assert_true (item.raw_html);
  g_assert_null (item.doc);
  g_assert_null (item.error);
  g_assert_cmpstr (item.id, ==, "ferry");
  g_assert_cmpuint (item.raw_len, ==, strlen (article_page));
  assay_input_item_parse (&item, parser, assay_reader_get_limits (reader));
  g_assert_null (item.raw);
  g_assert_no_error (item.error);
  g_assert_cmpstr (assay_document_get_meta (item.doc, "title"), ==, "Ferry fares rise");
  g_assert_cmpstr (assay_document_get_meta (item.doc, "file"), ==, ferry);
  assay_input_item_clear (&item);

  g_assert_true (assay_reader_next_raw (reader, &item));
  assay_input_item_parse (&item, parser, assay_reader_get_limits (reader));
  g_assert_null (item.doc);
  g_assert_error (item.error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_NO_ARTICLE);
  g_assert_true (g_str_has_prefix (item.error->message, menu));
  assay_input_item_clear (&item);
  g_assert_false (assay_reader_next_raw (reader, &item));
}

/* An encrypted zip: each member an error record naming it, none lost. */
static void
test_encrypted_zip (Fixture *f, gconstpointer data)
{
  g_autofree char *path = g_build_filename (f->dir, "locked.zip", NULL);
  struct archive *a = archive_write_new ();
  archive_write_set_format_zip (a);
  g_assert_cmpint (archive_write_set_options (a, "zip:encryption=zipcrypt"), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_set_passphrase (a, "secret"), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_filename (a, path), ==, ARCHIVE_OK);
  const char *const members[] = { "a.txt", "First.", "b.txt", "Second.", NULL };
  write_members (a, members);

  const char *const inputs[] = { path, NULL };
  GPtrArray *items = test_read_all (inputs);
  g_assert_cmpuint (items->len, ==, 2);
  for (guint i = 0; i < items->len; i++)
    {
      AssayInputItem *item = items->pdata[i];
      g_assert_null (item->doc);
      g_assert_error (item->error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_READ);
      g_assert_cmpstr (item->id, ==, i == 0 ? "locked.zip/a" : "locked.zip/b");
      g_autofree char *where = g_strdup_printf ("%s/%s: ", path, members[2 * i]);
      g_assert_true (g_str_has_prefix (item->error->message, where));
    }
  test_items_free (items);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/inputs/html-files", Fixture, NULL, fixture_set_up, test_html_files, fixture_tear_down);
  g_test_add ("/inputs/archives", Fixture, NULL, fixture_set_up, test_archives, fixture_tear_down);
  g_test_add ("/inputs/compressed-jsonl", Fixture, NULL, fixture_set_up, test_compressed_jsonl, fixture_tear_down);
  g_test_add ("/inputs/bad-members", Fixture, NULL, fixture_set_up, test_bad_members, fixture_tear_down);
  g_test_add ("/inputs/html-raw", Fixture, NULL, fixture_set_up, test_html_raw, fixture_tear_down);
  g_test_add ("/inputs/encrypted-zip", Fixture, NULL, fixture_set_up, test_encrypted_zip, fixture_tear_down);
  return g_test_run ();
}
