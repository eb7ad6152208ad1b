/* test-output-file.c: the -o file where the file system has no O_TMPFILE.
 *
 * assay_output_file_open() writes the output as an unnamed O_TMPFILE and
 * links it into place when whole; a file system that refuses O_TMPFILE
 * gets a hidden .NAME.partial-PID-XXXXXXXX file instead, renamed over the
 * output at the end.  That fallback runs on no file system this suite is
 * likely to meet, so this program refuses O_TMPFILE itself: it defines
 * open64(), which libassay's calls bind to before libc's, and fails an
 * O_TMPFILE open with EOPNOTSUPP, as such a file system does.
 */
#define _GNU_SOURCE
#include "assay-private.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static gboolean refuse_tmpfile;
static guint tmpfile_refused;

int open64 (const char *path, int flags, ...);

int
open64 (const char *path, int flags, ...)
{
  mode_t mode = 0;
  if ((flags & O_CREAT) || (flags & O_TMPFILE) == O_TMPFILE)
    {
      va_list ap;
      va_start (ap, flags);
      mode = va_arg (ap, int);
      va_end (ap);
    }
  if (refuse_tmpfile && (flags & O_TMPFILE) == O_TMPFILE)
    {
      tmpfile_refused++;
      errno = EOPNOTSUPP;
      return -1;
    }
  return syscall (SYS_openat, AT_FDCWD, path, flags, mode);
}

static char *
read_all (const char *path)
{
  char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* The names in @dir that start with @prefix. */
static guint
count_prefixed (const char *dir, const char *prefix)
{
  GDir *d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  guint n = 0;
  const char *name;
  while ((name = g_dir_read_name (d)))
    n += g_str_has_prefix (name, prefix);
  g_dir_close (d);
  return n;
}

static void
test_named_partial (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-output-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "out.jsonl", NULL);
  g_assert_true (g_file_set_contents (out, "old\n", -1, NULL));
  g_assert_cmpint (chmod (out, 0664), ==, 0);

  /* A dead run's partial file, as kill -9 leaves one here. */
  pid_t child = fork ();
  if (child == 0)
    _exit (0);
  g_assert_cmpint (waitpid (child, NULL, 0), ==, child);
  g_autofree char *stale_name = g_strdup_printf (".out.jsonl.partial-%d-0000abcd", (int) child);
  g_autofree char *stale = g_build_filename (dir, stale_name, NULL);
  g_assert_true (g_file_set_contents (stale, "left by kill -9", -1, NULL));

  refuse_tmpfile = TRUE;
  g_autoptr (GError) error = NULL;
  AssayOutputFile *f = assay_output_file_open (out, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f);
  g_assert_cmpuint (tmpfile_refused, ==, 1);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));

  /* Written under a hidden name of this process; the output stays whole. */
  const char *partial = assay_output_file_get_partial_path (f);
  g_assert_nonnull (partial);
  g_autofree char *base = g_path_get_basename (partial);
  g_autofree char *mine = g_strdup_printf (".out.jsonl.partial-%ld-", (long) getpid ());
  g_assert_true (g_str_has_prefix (base, mine));
  g_autofree char *partial_copy = g_strdup (partial);
  fputs ("new\n", assay_output_file_get_stream (f));
  g_autofree char *during = read_all (out);
  g_assert_cmpstr (during, ==, "old\n");
  g_assert_true (g_file_test (partial_copy, G_FILE_TEST_EXISTS));

  /* Committed: renamed over the output, with the mode it replaced. */
  g_assert_true (assay_output_file_commit (f, &error));
  g_assert_no_error (error);
  g_autofree char *after = read_all (out);
  g_assert_cmpstr (after, ==, "new\n");
  g_assert_false (g_file_test (partial_copy, G_FILE_TEST_EXISTS));
  struct stat st;
  g_assert_cmpint (stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0664);

  /* Aborted: the hidden file goes, the output stays as it was. */
  f = assay_output_file_open (out, &error);
  g_assert_no_error (error);
  g_autofree char *aborted = g_strdup (assay_output_file_get_partial_path (f));
  fputs ("half a rec", assay_output_file_get_stream (f));
  assay_output_file_abort (f);
  g_assert_false (g_file_test (aborted, G_FILE_TEST_EXISTS));
  g_autofree char *kept = read_all (out);
  g_assert_cmpstr (kept, ==, "new\n");
  g_assert_cmpuint (count_prefixed (dir, ".out.jsonl.partial-"), ==, 0);
  refuse_tmpfile = FALSE;

  g_unlink (out);
  g_rmdir (dir);
}

/* Where O_TMPFILE works the file has no name until it is committed. */
static void
test_unnamed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-output-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "out.jsonl", NULL);
  g_autoptr (GError) error = NULL;
  AssayOutputFile *f = assay_output_file_open (out, &error);
  g_assert_no_error (error);
  if (assay_output_file_get_partial_path (f) != NULL)
    {
      assay_output_file_abort (f);
      g_rmdir (dir);
      g_test_skip ("this file system has no O_TMPFILE");
      return;
    }
  fputs ("x\n", assay_output_file_get_stream (f));
  g_assert_cmpuint (count_prefixed (dir, ""), ==, 0);
  g_assert_true (assay_output_file_commit (f, &error));
  g_autofree char *after = read_all (out);
  g_assert_cmpstr (after, ==, "x\n");
  g_unlink (out);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/output-file/named-partial", test_named_partial);
  g_test_add_func ("/output-file/unnamed", test_unnamed);
  return g_test_run ();
}
