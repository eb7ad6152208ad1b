/* test-sort.c: the external sort (core/assay-sort.c) the reduce keeps
 * its growing tables in within a memory budget: records come back in
 * memcmp order, each once, whether they fit in memory, spill to a few
 * runs, or to so many that the merge takes several passes; equal records
 * and the empty record included; and the temporary file is never seen in
 * its folder. */
#include "test-util.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>

static char *tmp_dir;

static int
compare_bytes (gconstpointer a, gconstpointer b)
{
  const GBytes *x = *(GBytes *const *) a, *y = *(GBytes *const *) b;
  return g_bytes_compare (x, y);
}

/* Sorts @n random records (some equal, some empty, some prefixes of
 * others) with @memory bytes and checks them against a sort in memory. */
static void
check_sort (guint n, gsize memory, guint32 seed, guint min_runs)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  g_autoptr (AssaySorter) sorter = assay_sorter_new ("test records", tmp_dir, memory);
  g_autoptr (GError) error = NULL;
  for (guint i = 0; i < n; i++)
    {
      guint8 record[40];
      gsize length = g_rand_int_range (rand, 0, sizeof record);
      for (gsize j = 0; j < length; j++)
        /* A small alphabet: many shared prefixes and equal records. */
        record[j] = "ab\0\xff"[g_rand_int_range (rand, 0, 4)];
      if (i % 7 == 3 && expected->len > 0)
        {
          /* An exact repeat of an earlier record. */
          GBytes *earlier = expected->pdata[g_rand_int_range (rand, 0, expected->len)];
          length = g_bytes_get_size (earlier);
          if (length > 0)
            memcpy (record, g_bytes_get_data (earlier, NULL), length);
        }
      g_ptr_array_add (expected, g_bytes_new (record, length));
      g_assert_true (assay_sorter_add (sorter, record, length, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (assay_sorter_get_n_runs (sorter), >=, min_runs);
  g_assert_cmpuint (assay_sorter_get_n_records (sorter), ==, n);
  g_assert_true (assay_sorter_sort (sorter, &error));
  g_assert_no_error (error);
  g_ptr_array_sort (expected, compare_bytes);
  for (guint i = 0; i < expected->len; i++)
    {
      const guint8 *r;
      gsize length;
      assay_sorter_peek (sorter, &r, &length);
      g_assert_nonnull (r);
      gsize want_length;
      const guint8 *want = g_bytes_get_data (expected->pdata[i], &want_length);
      g_assert_cmpmem (r, length, want, want_length);
      g_assert_true (assay_sorter_advance (sorter, &error));
      g_assert_no_error (error);
    }
  const guint8 *end;
  gsize end_length;
  assay_sorter_peek (sorter, &end, &end_length);
  g_assert_null (end);
  /* The runs' file was unlinked when it was made. */
  g_autoptr (GDir) dir = g_dir_open (tmp_dir, 0, NULL);
  g_assert_null (g_dir_read_name (dir));
}

static void
test_in_memory (void)
{
  check_sort (1000, 1 << 20, 1, 0);
}

static void
test_runs (void)
{
  /* About 60 runs, merged 32 at a time (4,096 bytes of memory give a
   * fan-in of 32): two passes. */
  check_sort (3000, 4096, 2, 10);
}

static void
test_merge_passes (void)
{
  /* 64 bytes hold a record or two: thousands of runs, merged two at a
   * time over many passes. */
  check_sort (2000, 64, 3, 500);
}

static void
test_empty (void)
{
  g_autoptr (AssaySorter) sorter = assay_sorter_new ("nothing", tmp_dir, 64);
  g_autoptr (GError) error = NULL;
  g_assert_true (assay_sorter_sort (sorter, &error));
  const guint8 *r;
  gsize length;
  assay_sorter_peek (sorter, &r, &length);
  g_assert_null (r);
}

/* A folder it cannot write to is an error that names it. */
static void
test_no_room (void)
{
  g_autoptr (AssaySorter) sorter = assay_sorter_new ("the test's records", "/nonexistent/folder", 64);
  g_autoptr (GError) error = NULL;
  gboolean ok = TRUE;
  for (guint i = 0; ok && i < 100; i++)
    ok = assay_sorter_add (sorter, "0123456789abcdef0123456789abcdef", 32, &error);
  g_assert_false (ok);
  g_assert_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "sorting the test's records on disk"));
  g_assert_nonnull (strstr (error->message, "/nonexistent/folder"));
}

/* The disk failing partway through a run (a file size limit stands in
 * for a full disk): the error, and the same error from every later call,
 * even once the disk has room again, never a record read from a run cut
 * short. */
static void
test_write_fails (void)
{
  struct rlimit old, small;
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old), ==, 0);
  void (*was) (int) = signal (SIGXFSZ, SIG_IGN);
  small = old;
  small.rlim_cur = 1000;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  g_autoptr (AssaySorter) sorter = assay_sorter_new ("the test's records", tmp_dir, 256);
  g_autoptr (GError) error = NULL;
  gboolean ok = TRUE;
  for (guint i = 0; ok && i < 1000; i++)
    ok = assay_sorter_add (sorter, "0123456789abcdef0123456789abcdef", 32, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old), ==, 0);
  signal (SIGXFSZ, was);
  g_assert_false (ok);
  g_assert_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "writing the temporary file"));

  g_autoptr (GError) again = NULL;
  g_assert_false (assay_sorter_add (sorter, "x", 1, &again));
  g_assert_cmpstr (again->message, ==, error->message);
  g_autoptr (GError) sorting = NULL;
  g_assert_false (assay_sorter_sort (sorter, &sorting));
  g_assert_cmpstr (sorting->message, ==, error->message);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("assay-sort-test-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  g_test_add_func ("/sort/in-memory", test_in_memory);
  g_test_add_func ("/sort/runs", test_runs);
  g_test_add_func ("/sort/merge-passes", test_merge_passes);
  g_test_add_func ("/sort/empty", test_empty);
  g_test_add_func ("/sort/no-room", test_no_room);
  g_test_add_func ("/sort/write-fails", test_write_fails);
  int status = g_test_run ();
  test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
