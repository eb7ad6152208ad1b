/* test-command.h: running a command the way the tests of the command
 * line, the report, the cluster commands and the golden files all do. */
#pragma once

#include <gio/gio.h>
#include <signal.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <string.h>

/* What a finished process left: its exit status and what it wrote. */
typedef struct
{
  int status;
  char *out;
  char *err;
} TestResult;

static inline void
test_result_clear (TestResult *r)
{
  g_clear_pointer (&r->out, g_free);
  g_clear_pointer (&r->err, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TestResult, test_result_clear)

/* Writes @contents to a new file of its own in the temporary folder,
 * named after @pattern (g_file_open_tmp()'s, "name-XXXXXX.pipeline").
 * Returns: (transfer full): its path; the caller unlinks it.  A fixed
 * name is not enough: meson runs test programs at once, and the plain
 * and sanitizer suites may share /tmp, so one run's unlink raced
 * another's read. */
static inline char *
test_write_tmp (const char *pattern, const char *contents)
{
  g_autoptr (GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp (pattern, &path, &error);
  g_assert_no_error (error);
  close (fd);
  g_assert_true (g_file_set_contents (path, contents, -1, &error));
  g_assert_no_error (error);
  return path;
}

/* Runs @argv (NULL-terminated, the program first) in @cwd (nullable: this
 * folder) with @input (nullable: nothing) on its standard input, and
 * fills @r, which the caller clears.  ASSAY_PLUGIN_PATH and COLUMNS are
 * unset so that a developer's shell cannot change what a test sees.
 * Asserts that the process started and exited.
 *
 * The input goes through a file, not a pipe: a command that refuses to
 * start (a bad pipeline, a broken data file) exits before it reads, and
 * writing the rest into the closed pipe killed the test with SIGPIPE,
 * depending on how fast the child exited under load. */
static inline void
test_run (TestResult *r, const char *cwd, const char *input, const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *input_path = NULL;
  if (input)
    {
      int fd = g_file_open_tmp ("assay-test-input-XXXXXX", &input_path, &error);
      g_assert_no_error (error);
      close (fd);
      g_assert_true (g_file_set_contents (input_path, input, -1, &error));
      g_assert_no_error (error);
    }
  g_autoptr (GSubprocessLauncher) launcher
      = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_set_stdin_file_path (launcher, input_path ? input_path : "/dev/null");
  g_subprocess_launcher_unsetenv (launcher, "ASSAY_PLUGIN_PATH");
  g_subprocess_launcher_unsetenv (launcher, "COLUMNS");
  if (cwd)
    g_subprocess_launcher_set_cwd (launcher, cwd);
  g_autoptr (GSubprocess) proc = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  if (input_path)
    g_unlink (input_path);
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &r->out, &r->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  r->status = g_subprocess_get_exit_status (proc);
}

/* test_run() with @input written into a pipe, as a shell's `cat x |`
 * gives it, for what only a pipe shows (no size to look at first, reads
 * that come short).  A command that exits before reading all of @input
 * is not an error here: the broken pipe is ignored, not a SIGPIPE. */
static inline void
test_run_piped (TestResult *r, const char *cwd, const char *input, const char *const *argv)
{
  signal (SIGPIPE, SIG_IGN);
  g_autoptr (GSubprocessLauncher) launcher
      = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                   | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "ASSAY_PLUGIN_PATH");
  g_subprocess_launcher_unsetenv (launcher, "COLUMNS");
  if (cwd)
    g_subprocess_launcher_set_cwd (launcher, cwd);
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) proc = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (proc, input, NULL, &r->out, &r->err, &error);
  if (error && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BROKEN_PIPE))
    {
      g_clear_error (&error);
      g_subprocess_wait (proc, NULL, &error);
    }
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (proc));
  r->status = g_subprocess_get_exit_status (proc);
}

/* Fails the test, showing @haystack, unless it holds @needle. */
static inline void
test_assert_contains (const char *haystack, const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected «%s» in:\n%s", needle, haystack);
}
