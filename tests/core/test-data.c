/* test-data.c: assay_data_table_read() and its rows: real line numbers
 * past comments and blank lines, fields split and counted, and errors that
 * say FILE:LINE, what is wrong and what to write. */
#include "test-util.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture *f, gconstpointer data)
{
  f->dir = g_dir_make_tmp ("assay-data-XXXXXX", NULL);
}

static void
fixture_tear_down (Fixture *f, gconstpointer data)
{
  test_remove_tree (f->dir);
  g_free (f->dir);
}

static AssayDataTable *
read_table (Fixture *f, const char *contents, gssize length, GError **error)
{
  test_write_file (f->dir, "t.tsv", contents, length);
  g_autofree char *path = g_build_filename (f->dir, "t.tsv", NULL);
  return assay_data_table_read (path, error);
}

static void
test_rows (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDataTable) t = read_table (f,
                                             "# a comment\n"
                                             "\n"
                                             "month\tMay\t5\r\n"
                                             "   \t \n"
                                             "one\n"
                                             "a\t\tc\n"
                                             "  # not a comment: it does not start the line\n"
                                             "last\tno newline",
                                             -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assay_data_table_get_n_rows (t), ==, 5);
  const AssayDataRow *r = assay_data_table_get_row (t, 0);
  g_assert_cmpuint (r->line, ==, 3);
  g_assert_cmpuint (r->n_fields, ==, 3);
  g_assert_cmpstr (r->fields[0], ==, "month");
  g_assert_cmpstr (r->fields[2], ==, "5"); /* the '\r' dropped */
  g_assert_null (r->fields[3]);
  r = assay_data_table_get_row (t, 1);
  g_assert_cmpuint (r->line, ==, 5);
  g_assert_cmpuint (r->n_fields, ==, 1);
  r = assay_data_table_get_row (t, 2);
  g_assert_cmpuint (r->line, ==, 6);
  g_assert_cmpuint (r->n_fields, ==, 3);
  g_assert_cmpstr (r->fields[1], ==, "");
  r = assay_data_table_get_row (t, 3);
  g_assert_cmpuint (r->line, ==, 7);
  r = assay_data_table_get_row (t, 4);
  g_assert_cmpuint (r->line, ==, 8);
  g_assert_cmpstr (r->fields[1], ==, "no newline");
  g_assert_true (g_str_has_suffix (assay_data_table_get_path (t), "t.tsv"));
  g_autofree char *where = assay_data_row_where (t, r);
  g_assert_true (g_str_has_suffix (where, "t.tsv:8"));
}

static void
test_check (Fixture *f, gconstpointer data)
{
  g_autoptr (AssayDataTable) t
      = read_table (f, "# header\nmonth\tMay\nweekday\tMonday\t1\t2\n", -1, NULL);
  const AssayDataRow *two = assay_data_table_get_row (t, 0),
                     *four = assay_data_table_get_row (t, 1);
  g_autoptr (GError) error = NULL;
  g_assert_true (assay_data_row_check (t, two, 2, 3, "KIND<TAB>WORD[<TAB>VALUE]", &error));
  g_assert_no_error (error);
  g_assert_false (assay_data_row_check (t, two, 3, 3, "KIND<TAB>WORD<TAB>VALUE", &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_true (g_str_has_suffix (
      error->message, "t.tsv:2: 2 fields where 3 are expected (fields are split at tabs); "
                      "write KIND<TAB>WORD<TAB>VALUE"));
  g_clear_error (&error);
  g_assert_false (assay_data_row_check (t, four, 2, 3, "KIND<TAB>WORD[<TAB>VALUE]", &error));
  g_assert_nonnull (strstr (error->message, "t.tsv:3: 4 fields where 2 to 3 are expected"));
  g_clear_error (&error);
  assay_data_row_set_error (&error, t, four, "'%s' is no kind; write month or weekday", "x");
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_true (
      g_str_has_suffix (error->message, "t.tsv:3: 'x' is no kind; write month or weekday"));
  assay_data_row_set_error (NULL, t, four, "ignored");
}

static void
test_bad_files (Fixture *f, gconstpointer data)
{
  g_autoptr (GError) error = NULL;
  g_assert_null (read_table (f, "ok\nok\ncaf\xe9\n", -1, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, "t.tsv:3: not UTF-8 (byte 9 of the file)"));
  g_clear_error (&error);
  g_assert_null (assay_data_table_read ("/no/such/table.tsv", &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, "/no/such/table.tsv"));
  g_clear_error (&error);
  g_autoptr (AssayDataTable) empty = read_table (f, "", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assay_data_table_get_n_rows (empty), ==, 0);
}

/* Fails to read @path with both readers, the table and the old lines,
 * with ASSAY_STAGE_ERROR_DATA saying @what: they share one guarded read,
 * and a guard lost by either would let a stage hang or fill the memory. */
static void
assert_both_refuse (const char *path, const char *what)
{
  g_autoptr (GError) error = NULL;
  g_assert_null (assay_data_table_read (path, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, what));
  g_clear_error (&error);
  g_assert_null (assay_data_read_lines (path, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, what));
}

/* A table that is a FIFO (in entities' data folder, say, whose files no
 * option names, so no check sees them) fails at once: the reader used to
 * wait on it for ever, as assay_data_read_lines() once did.  A device, or
 * a file past the limit (a sparse one: no disk is used), fails before a
 * byte is read, and text not UTF-8 at its line. */
static void
test_special_files (Fixture *f, gconstpointer data)
{
  g_autofree char *fifo = g_build_filename (f->dir, "fifo.tsv", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_both_refuse (fifo, "a FIFO");
  assert_both_refuse ("/dev/zero", "a character device");
  g_autofree char *huge = g_build_filename (f->dir, "huge.tsv", NULL);
  FILE *out = fopen (huge, "w");
  g_assert_nonnull (out);
  g_assert_cmpint (ftruncate (fileno (out), ASSAY_MAX_DATA_FILE_BYTES + 1), ==, 0);
  fclose (out);
  assert_both_refuse (huge, "over the limit");
  g_autofree char *latin1 = g_build_filename (f->dir, "latin1.tsv", NULL);
  g_assert_true (g_file_set_contents (latin1, "# names\nJos\xe9\tExampleville\n", -1, NULL));
  assert_both_refuse (latin1, "latin1.tsv:2: not UTF-8 (byte 11 of the file)");
  g_unlink (huge);
  g_unlink (latin1);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/data/table/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/data/table/check", Fixture, NULL, fixture_set_up, test_check, fixture_tear_down);
  g_test_add ("/data/table/bad-files", Fixture, NULL, fixture_set_up, test_bad_files,
              fixture_tear_down);
  g_test_add ("/data/table/special-files", Fixture, NULL, fixture_set_up, test_special_files,
              fixture_tear_down);
  return g_test_run ();
}
