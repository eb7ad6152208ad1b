/* test-golden.c: whole pipelines on whole inputs, output diffed against the
 * expected JSONL beside each case.
 *
 * Each folder below tests/golden/ holds `args` (the assay arguments, one a
 * line, run from the project root; @FIXTURE_PLUGIN_DIR@ is replaced) and
 * `expected.jsonl`.  Set ASSAY_UPDATE_GOLDEN=1 to rewrite the expected
 * files after a deliberate change, then review the diff before committing.
 *
 * Expected is not right: a folder's `known-wrong.tsv` names each entity
 * the expected output holds that a careful reader would call wrong, and
 * each one it lacks (DOC<TAB>TEXT<TAB>LABEL<TAB>WHY; LABEL "missing" for
 * a name the output should hold and does not).  The test checks that
 * every row still describes the output, so that mending one fails here
 * and the row goes with the new expected file.
 */
#include "../core/test-util.h"
#include "../test-command.h"

#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

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

/* Whether document @doc_id of the JSONL @out has an entity of @text,
 * labelled @label (NULL: any label). */
static gboolean
has_entity (const char *out, const char *doc_id, const char *text, const char *label)
{
  g_auto (GStrv) lines = g_strsplit (out, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      if (**l == '\0' || strstr (*l, doc_id) == NULL)
        continue;
      g_autoptr (JsonNode) root = json_from_string (*l, NULL);
      JsonObject *record = root ? json_node_get_object (root) : NULL;
      if (record == NULL || g_strcmp0 (json_object_get_string_member_with_default (record, "type", ""), "doc")
          || g_strcmp0 (json_object_get_string_member_with_default (record, "id", ""), doc_id))
        continue;
      const char *body = json_object_get_string_member (record, "text");
      JsonArray *annotations = json_object_get_array_member (record, "annotations");
      for (guint i = 0; i < json_array_get_length (annotations); i++)
        {
          JsonObject *a = json_array_get_object_element (annotations, i);
          if (g_strcmp0 (json_object_get_string_member_with_default (a, "layer", ""), "entity"))
            continue;
          gint64 start = json_object_get_int_member (a, "start"), end = json_object_get_int_member (a, "end");
          if ((gsize) (end - start) == strlen (text) && memcmp (body + start, text, end - start) == 0
              && (label == NULL || g_strcmp0 (json_object_get_string_member (a, "label"), label) == 0))
            return TRUE;
        }
    }
  return FALSE;
}

static void
check_known_wrong (const char *dir, const char *out)
{
  g_autofree char *path = g_build_filename (dir, "known-wrong.tsv", NULL);
  g_autofree char *text = NULL;
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return;
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (guint n = 0; lines[n]; n++)
    {
      if (*lines[n] == '\0' || *lines[n] == '#')
        continue;
      g_auto (GStrv) f = g_strsplit (lines[n], "\t", -1);
      if (g_strv_length (f) != 4)
        g_error ("%s:%u: write DOC<TAB>TEXT<TAB>LABEL<TAB>WHY", path, n + 1);
      gboolean missing = strcmp (f[2], "missing") == 0;
      if (has_entity (out, f[0], f[1], missing ? NULL : f[2]) == missing)
        g_error ("%s:%u: %s «%s» %s no longer holds: mended? Remove the row, then review and rewrite "
                 "the expected file", path, n + 1, f[0], f[1], f[2]);
      g_test_message ("known wrong in %s: «%s» %s (%s)", f[0], f[1], f[2], f[3]);
    }
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
  check_known_wrong (dir, out);

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
