/* table-util.h: what the plugins' table tests share: one `assay run` over
 * all cases at once, and the verdict over the table. */
#pragma once

#include "../test-command.h"

#include <json-glib/json-glib.h>

/* Runs @argv (an `assay run ... -` command) with @input on its stdin and
 * the plugins of the build tree.  Returns: (transfer full): its stdout;
 * the test fails unless it exits with @status (1: some documents failed). */
static inline char *
test_run_assay_status (const char *const *argv, const char *input, int status)
{
  g_auto (TestResult) r = { 0 };
  test_run (&r, NULL, input, argv);
  if (r.status != status)
    g_error ("%s exited %d, not %d:\n%s", argv[0], r.status, status, r.err);
  return g_steal_pointer (&r.out);
}

/* The instructions @function (a stage's process function,
 * "dates_process") executes, with what it calls, when @argv (an `assay
 * run PIPELINE - ...` command) reads one JSONL document of @text, dated
 * @published (NULL: undated); valgrind's callgrind counts them.  Counts,
 * not seconds: a linear-time test timed with the CPU clock failed in CI
 * at 26 times the cost for 8 times the text, though the instructions grew
 * 4.0 times for 4 times: a big document's cache misses and page faults,
 * not its loops.  Returns 0, after g_test_skip() with what is missing,
 * where callgrind cannot run: no valgrind, or a sanitizer build (ASan and
 * valgrind cannot share a process). */
static inline guint64
test_stage_instructions (const char *const *argv, const char *function, const char *text, const char *published)
{
#ifdef ASSAY_SANITIZED
  g_test_skip ("a sanitizer build: valgrind cannot count its instructions; the plain build's suite does");
  return 0;
#endif
  g_autofree char *valgrind = g_find_program_in_path ("valgrind");
  if (!valgrind)
    {
      g_test_skip ("valgrind is not installed (scripts/setup.sh --test installs it)");
      return 0;
    }
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, "long");
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, text);
  if (published)
    {
      json_builder_set_member_name (b, "published");
      json_builder_add_string_value (b, published);
    }
  json_builder_end_object (b);
  g_autoptr (JsonNode) root = json_builder_get_root (b);
  g_autofree char *line = json_to_string (root, FALSE);
  g_autofree char *input = g_strconcat (line, "\n", NULL);
  g_autofree char *toggle = g_strconcat ("--toggle-collect=", function, NULL);
  g_autoptr (GPtrArray) counted = g_ptr_array_new ();
  const char *const prefix[] = { valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", toggle };
  for (guint i = 0; i < G_N_ELEMENTS (prefix); i++)
    g_ptr_array_add (counted, (gpointer) prefix[i]);
  for (guint i = 0; argv[i]; i++)
    g_ptr_array_add (counted, (gpointer) argv[i]);
  g_ptr_array_add (counted, NULL);
  g_auto (TestResult) r = { 0 };
  test_run (&r, NULL, input, (const char *const *) counted->pdata);
  if (r.status != 0)
    g_error ("%s exited %d:\n%s", argv[0], r.status, r.err);
  const char *at = strstr (r.err, "Collected : ");
  g_assert_nonnull (at);
  guint64 instructions = g_ascii_strtoull (at + strlen ("Collected : "), NULL, 10);
  g_assert_cmpuint (instructions, >, 0);
  return instructions;
}

/* test_run_assay_status() of a run where every document succeeds. */
static inline char *
test_run_assay (const char *const *argv, const char *input)
{
  return test_run_assay_status (argv, input, 0);
}

/* The verdict over a table of cases, each either right, a known gap (its
 * `pending` says what it waits for) or a failure. */
typedef struct
{
  GString *pending;
  gboolean failed;
} TestTable;

static inline void
test_table_case (TestTable *table, const char *text, const char *got, const char *expect, const char *pending)
{
  if (strcmp (got, expect) == 0)
    return;
  if (pending)
    {
      /* one line: a TODO's reason runs to the end of its TAP line, and a
       * text's line break made the rest an unknown line to meson */
      g_autofree char *line = g_strdelimit (g_strdup (text), "\n", ' ');
      if (table->pending == NULL)
        table->pending = g_string_new (NULL);
      g_string_append_printf (table->pending, "%s«%s»: got %s, expected %s; waits for %s",
                              table->pending->len ? "; " : "", line, got, expect, pending);
      return;
    }
  g_test_message ("«%s»:\n  got      %s\n  expected %s", text, got, expect);
  table->failed = TRUE;
}

/* A known gap shows as TODO only when nothing failed: GLib keeps a test's
 * first verdict, and an early TODO would hide a later failure. */
static inline void
test_table_finish (TestTable *table)
{
  if (table->failed)
    g_test_fail ();
  else if (table->pending)
    g_test_incomplete (table->pending->str);
  if (table->pending)
    g_string_free (table->pending, TRUE);
}
