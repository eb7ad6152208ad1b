/* test-spill.c: the inconsistencies stage's spills (spill.c): bytes
 * gathered in a buffer read back wherever they lie, rewritten in place, a
 * full disk reported naming the spill. */
#include "spill.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

/* A byte that depends on where it lies, so that a misplaced one shows. */
static char
byte_at (guint64 at)
{
  return (char) ((at * 2654435761u) >> 13);
}

static void
fill (char *out, guint64 at, gsize length)
{
  for (gsize i = 0; i < length; i++)
    out[i] = byte_at (at + i);
}

/* Writes pieces of many sizes (some larger than the buffer) and reads
 * back every range around the buffer's edge and the file's. */
static void
check_spill (Spill *spill)
{
  GError *error = NULL;
  static const gsize sizes[] = { 1, 7, 300, 4096, 65535, 65536, 70000, 13, 200000, 5 };
  guint64 size = 0;
  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        g_autofree char *piece = g_malloc (sizes[i]);
        fill (piece, size, sizes[i]);
        guint64 at;
        g_assert_true (spill_add (spill, piece, sizes[i], &at, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (at, ==, size);
        size += sizes[i];
        g_assert_cmpuint (spill_size (spill), ==, size);
        /* The last bytes, whether written or still gathered, and a range
         * across them. */
        guint64 from = size > 100000 ? size - 100000 : 0;
        g_autofree char *back = g_malloc (size - from);
        g_autofree char *expected = g_malloc (size - from);
        fill (expected, from, size - from);
        g_assert_true (spill_read (spill, from, size - from, back, &error));
        g_assert_no_error (error);
        g_assert_true (memcmp (back, expected, size - from) == 0);
      }
  /* Rewritten across the end (gathered) and well before it (written). */
  char mark[3000];
  memset (mark, 'x', sizeof mark);
  g_assert_true (spill_rewrite (spill, size - 1000, mark, 1000, &error));
  g_assert_true (spill_rewrite (spill, 10, mark, sizeof mark, &error));
  g_assert_true (spill_rewrite (spill, size - 70000, mark, sizeof mark, &error));
  g_assert_no_error (error);
  g_assert_true (spill_finish (spill, &error));
  g_assert_no_error (error);
  g_autofree char *all = g_malloc (size);
  g_assert_true (spill_read (spill, 0, size, all, &error));
  g_assert_no_error (error);
  for (guint64 i = 0; i < size; i++)
    {
      gboolean marked = (i >= 10 && i < 10 + sizeof mark) || (i >= size - 70000 && i < size - 70000 + sizeof mark)
                        || i >= size - 1000;
      if (all[i] != (marked ? 'x' : byte_at (i)))
        g_error ("byte %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT " read back wrong", i, size);
    }
  /* Past the end is an error, not a read of what lies there. */
  g_assert_false (spill_read (spill, size - 1, 2, all, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED);
  g_clear_error (&error);
}

static void
test_spill_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-spill-XXXXXX", NULL);
  Spill *spill = spill_new ("summaries", dir);
  check_spill (spill);
  spill_free (spill);
  /* The file was unlinked at once: nothing is left. */
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Where no file can be made, the bytes stay in memory, read the same. */
static void
test_spill_memory (void)
{
  if (g_test_subprocess ())
    {
      /* The warning is what is tested, not a failure. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
      Spill *spill = spill_new ("summaries", "/nonexistent/folder");
      check_spill (spill);
      spill_free (spill);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*cannot make a temporary file in /nonexistent/folder*summaries*");
}

/* A file size limit makes the buffered writes fail (EFBIG): the error
 * names the spill and its folder, when the buffer is written or at
 * spill_finish(). */
static void
test_spill_full (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("assay-spill-XXXXXX", NULL);
      signal (SIGXFSZ, SIG_IGN);
      struct rlimit limit = { 32 * 1024, 32 * 1024 };
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      Spill *spill = spill_new ("claims", dir);
      GError *error = NULL;
      char piece[1000] = { 0 };
      guint64 at;
      gboolean ok = TRUE;
      for (guint i = 0; i < 200 && ok; i++)
        ok = spill_add (spill, piece, sizeof piece, &at, &error);
      g_assert_false (ok);
      g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED);
      g_printerr ("%s\n", error->message);
      g_clear_error (&error);
      spill_free (spill);
      /* Under the buffer's size: found at the end. */
      spill = spill_new ("claims", dir);
      limit.rlim_cur = 0;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_true (spill_add (spill, piece, sizeof piece, &at, &error));
      g_assert_false (spill_finish (spill, &error));
      g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED);
      g_printerr ("%s\n", error->message);
      g_clear_error (&error);
      spill_free (spill);
      g_rmdir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*keeping the cross-document findings' claims in a temporary file in *assay-spill-*: "
                             "File too large*keeping the cross-document findings' claims*File too large*");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/spill/file", test_spill_file);
  g_test_add_func ("/spill/memory", test_spill_memory);
  g_test_add_func ("/spill/full", test_spill_full);
  return g_test_run ();
}
