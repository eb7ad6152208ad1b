/* test-golden.c: whole pipelines on whole inputs, output diffed against the
 * expected JSONL beside each case.
 *
 * Each folder below tests/golden/ holds `args` (the assay arguments, one a
 * line, run from the project root; @FIXTURE_PLUGIN_DIR@ is replaced) and
 * `expected.jsonl`.  Set ASSAY_UPDATE_GOLDEN=1 to rewrite the expected
 * files after a deliberate change, then review the diff before committing.
 */
#include "../core/test-util.h"
#include "../test-command.h"

#include <string.h>
#include <gio/gio.h>

static char *
read_args (const char *dir, GPtrArray *argv)
{
  g_autofree char *path = g_build_filename (dir, "args", NULL);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      g_strstrip (*l);
      if (**l == '\0' || **l == '#')
        continue;
      GString *arg = g_string_new (*l);
      g_string_replace (arg, "@FIXTURE_PLUGIN_DIR@", FIXTURE_PLUGIN_DIR, 0);
      g_ptr_array_add (argv, g_string_free (arg, FALSE));
    }
  return g_build_filename (dir, "expected.jsonl", NULL);
}

static void
test_case (gconstpointer data)
{
  const char *dir = data;
  g_autoptr (GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (argv, g_strdup (ASSAY_BIN));
  g_autofree char *expected_path = read_args (dir, argv);
  g_ptr_array_add (argv, NULL);

  g_auto (TestResult) r = { 0 };
  test_run (&r, PROJECT_SOURCE_DIR, NULL, (const char *const *) argv->pdata);
  if (r.status > 1)
    g_error ("assay failed (exit %d):\n%s", r.status, r.err);
  const char *out = r.out;

  if (g_getenv ("ASSAY_UPDATE_GOLDEN"))
    {
      g_assert_true (g_file_set_contents (expected_path, out, -1, NULL));
      g_test_message ("rewrote %s", expected_path);
      return;
    }
  g_autofree char *expected = NULL;
  if (!g_file_get_contents (expected_path, &expected, NULL, NULL))
    g_error ("%s is missing: run with ASSAY_UPDATE_GOLDEN=1 to create it", expected_path);
  if (strcmp (out, expected) == 0)
    return;

  /* Show where they part, line by line. */
  g_auto (GStrv) got = g_strsplit (out, "\n", -1);
  g_auto (GStrv) want = g_strsplit (expected, "\n", -1);
  for (guint i = 0; got[i] || want[i]; i++)
    if (!got[i] || !want[i] || strcmp (got[i], want[i]) != 0)
      g_error ("%s differs at line %u:\n- %s\n+ %s\n(ASSAY_UPDATE_GOLDEN=1 rewrites it)",
               expected_path, i + 1, want[i] ? want[i] : "(end)", got[i] ? got[i] : "(end)");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  const char *root = TEST_SOURCE_DIR "/golden";
  GDir *dir = g_dir_open (root, 0, NULL);
  g_assert_nonnull (dir);
  g_autoptr (GPtrArray) cases = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (dir)))
    {
      char *path = g_build_filename (root, name, NULL);
      g_autofree char *args = g_build_filename (path, "args", NULL);
      if (g_file_test (args, G_FILE_TEST_EXISTS))
        g_ptr_array_add (cases, path);
      else
        g_free (path);
    }
  g_dir_close (dir);
  for (guint i = 0; i < cases->len; i++)
    {
      g_autofree char *base = g_path_get_basename (cases->pdata[i]);
      g_autofree char *test_path = g_strdup_printf ("/golden/%s", base);
      g_test_add_data_func (test_path, cases->pdata[i], test_case);
    }
  return g_test_run ();
}
