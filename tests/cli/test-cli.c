/* test-cli.c: the `assay` command as users run it: output, messages and
 * exit status (0 all processed, 1 some failed, 2 wrong pipeline or usage). */
#include "../core/test-util.h"
#include "../test-command.h"

#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

static char *tmp_dir;
static const char *plugin_path = FIXTURE_PLUGIN_DIR ":" BAD_PLUGIN_DIR;

/* Runs assay in the test's folder with @args (NULL-terminated), feeding
 * @input on stdin. */
static void
run_assay (TestResult *r, const char *input, const char *first, ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (char *) ASSAY_BIN);
  va_list args;
  va_start (args, first);
  for (const char *a = first; a; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  test_run (r, tmp_dir, input, (const char *const *) argv->pdata);
}

static char *
tmp_file (const char *name, const char *contents)
{
  test_write_file (tmp_dir, name, contents, -1);
  return g_build_filename (tmp_dir, name, NULL);
}

static const char *good_pipeline = "[pipeline]\nstages=rewriter;sentences;counter;corpus-size\n"
                                   "[counter]\nlabel=SENT\n";

static void
test_version_and_usage (void)
{
  g_auto (TestResult) v = { 0 };
  run_assay (&v, NULL, "--version", NULL);
  g_assert_cmpint (v.status, ==, 0);
  g_autofree char *expected = g_strdup_printf ("assay " ASSAY_VERSION_STRING " (plugin ABI %d.%d)\n",
                                               ASSAY_ABI_MAJOR, ASSAY_ABI_MINOR);
  g_assert_cmpstr (v.out, ==, expected);

  g_auto (TestResult) none = { 0 };
  run_assay (&none, NULL, NULL);
  g_assert_cmpint (none.status, ==, 2);
  test_assert_contains (none.err, "Usage: assay COMMAND");

  g_auto (TestResult) typo = { 0 };
  run_assay (&typo, NULL, "rnu", NULL);
  g_assert_cmpint (typo.status, ==, 2);
  test_assert_contains (typo.err, "unknown command 'rnu' (did you mean 'run'?)");

  g_auto (TestResult) help = { 0 };
  run_assay (&help, NULL, "run", "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  test_assert_contains (help.out, "--jobs");
  test_assert_contains (help.out, "--reference-date");

  g_auto (TestResult) help2 = { 0 };
  run_assay (&help2, NULL, "help", "inspect", NULL);
  g_assert_cmpint (help2.status, ==, 0);
  test_assert_contains (help2.out, "--json");

  g_auto (TestResult) bad_option = { 0 };
  run_assay (&bad_option, NULL, "run", "--jbos", "2", NULL);
  g_assert_cmpint (bad_option.status, ==, 2);
  test_assert_contains (bad_option.err, "--jbos");
}

static void
test_plugins (void)
{
  g_auto (TestResult) r = { 0 };
  run_assay (&r, NULL, "plugins", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  test_assert_contains (r.out, "counter          2.1.0    Test stage: counts words per sentence");
  test_assert_contains (r.out, "fixture-stages.so");
  test_assert_contains (r.out, "7 plugins failed to load:");
  g_autofree char *too_new = g_strdup_printf ("needs assay plugin ABI %d.%d", ASSAY_ABI_MAJOR, ASSAY_ABI_MINOR + 1);
  test_assert_contains (r.out, too_new);
  test_assert_contains (r.out, "no entry point assay_plugin_stages_v1");
  /* The build tree's own plugins come after the named folders. */
  test_assert_contains (r.out, "template");
}

static void
test_inspect (void)
{
  g_auto (TestResult) r = { 0 };
  run_assay (&r, NULL, "inspect", "counter", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  test_assert_contains (r.out, "Stage counter");
  test_assert_contains (r.out, "Threading        shared");
  test_assert_contains (r.out, "Requires         sentence, meta:published");
  test_assert_contains (r.out, "  weight\n      type      double\n      default   1.0\n"
                          "      range     0..10\n      A weight\n");
  test_assert_contains (r.out, "  mode\n      type      enum\n      default   fast\n"
                          "      choices   fast, exact\n");
  test_assert_contains (r.out, "  note\n      type      string\n      default   (unset)\n");

  g_auto (TestResult) j = { 0 };
  run_assay (&j, NULL, "inspect", "--json", "counter", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (j.status, ==, 0);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_assert_true (json_parser_load_from_data (parser, j.out, -1, NULL));
  JsonObject *o = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (o, "name"), ==, "counter");
  g_assert_cmpstr (json_object_get_string_member (o, "threading"), ==, "shared");
  JsonArray *options = json_object_get_array_member (o, "options");
  g_assert_cmpuint (json_array_get_length (options), ==, 7);
  JsonObject *weight = json_array_get_object_element (options, 1);
  g_assert_cmpstr (json_object_get_string_member (weight, "max"), ==, "10");

  g_auto (TestResult) typo = { 0 };
  run_assay (&typo, NULL, "inspect", "countr", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (typo.status, ==, 2);
  test_assert_contains (typo.err, "no stage named 'countr' on the plugin path (did you mean 'counter'?)");
}

static void
test_check (void)
{
  g_autofree char *good = tmp_file ("good.pipeline", good_pipeline);
  g_auto (TestResult) ok = { 0 };
  run_assay (&ok, NULL, "check", good, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  test_assert_contains (ok.out, "good.pipeline: ok, 4 stages");
  test_assert_contains (ok.out, "label = SENT\n");
  test_assert_contains (ok.out, "mode = fast  (default)");

  g_autofree char *bad = tmp_file ("bad.pipeline", "[pipeline]\nstages=sentences;counter\n"
                                                   "[counter]\nweight=eleven\nlabl=X\n");
  g_auto (TestResult) no = { 0 };
  run_assay (&no, NULL, "check", "bad.pipeline", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (no.status, ==, 2);
  test_assert_contains (no.err, "bad.pipeline: [counter] weight: 'eleven' is not a number\n");
  test_assert_contains (no.err, "bad.pipeline: [counter] labl: stage 'counter' has no option 'labl' "
                           "(did you mean 'label'?)");
  g_assert_cmpstr (no.out, ==, "");
}

static void
test_run_exit_codes (void)
{
  g_autofree char *good = tmp_file ("good.pipeline", good_pipeline);
  g_autofree char *article = tmp_file ("in/article.txt", "ADVERT: buy\nFirst  one. Second one.\n");
  g_autofree char *in = g_build_filename (tmp_dir, "in", NULL);

  g_auto (TestResult) ok = { 0 };
  run_assay (&ok, NULL, "run", good, in, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_cmpstr (ok.err, ==, "");
  test_assert_contains (ok.out, "{\"type\":\"doc\",\"id\":\"article\"");
  test_assert_contains (ok.out, "\"text\":\"First one. Second one.\\n\"");
  test_assert_contains (ok.out, "{\"type\":\"finding\",\"kind\":\"longest-document\"");

  g_autofree char *failing
      = tmp_file ("failing.pipeline", "[pipeline]\nstages=fails-on-one-doc\n");
  g_auto (TestResult) some = { 0 };
  run_assay (&some, "{\"id\":\"a\",\"text\":\"fine\"}\n{\"id\":\"b\",\"text\":\"POISON\"}\n",
             "run", failing, "-", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (some.status, ==, 1);
  test_assert_contains (some.out, "{\"type\":\"error\",\"id\":\"b\",\"stage\":\"fails-on-one-doc\","
                             "\"input\":\"<stdin>:2\",\"message\":\"found poison at byte 0\"}");
  test_assert_contains (some.err, "1 of 2 inputs failed");

  g_autofree char *creating = tmp_file ("create.pipeline", "[pipeline]\nstages=create-fails\n");
  g_auto (TestResult) create = { 0 };
  run_assay (&create, NULL, "run", creating, in, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (create.status, ==, 2);
  test_assert_contains (create.err, "stage 'create-fails'");
  g_assert_cmpstr (create.out, ==, "");

  /* An output that cannot be written stops the run: 3, not the 1 of
   * inputs that failed with their error records written. */
  if (g_file_test ("/dev/full", G_FILE_TEST_EXISTS))
    {
      g_auto (TestResult) full = { 0 };
      run_assay (&full, NULL, "run", good, in, "--plugin-path", plugin_path, "-o", "/dev/full", NULL);
      g_assert_cmpint (full.status, ==, 3);
      test_assert_contains (full.err, "writing the output failed");
    }

  g_auto (TestResult) missing = { 0 };
  run_assay (&missing, NULL, "run", good, "nowhere.txt", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  test_assert_contains (missing.err, "input nowhere.txt: no such file or folder");

  g_auto (TestResult) no_input = { 0 };
  run_assay (&no_input, NULL, "run", good, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (no_input.status, ==, 2);

  g_auto (TestResult) bad_date = { 0 };
  run_assay (&bad_date, NULL, "run", good, in, "--reference-date", "29/05/2025", NULL);
  g_assert_cmpint (bad_date.status, ==, 2);
  test_assert_contains (bad_date.err, "--reference-date '29/05/2025'");
  test_assert_contains (bad_date.err, "ambiguous");

  /* A year alone passed the command once, and the dates stage then refused
   * to start: the command refuses it, saying what to write. */
  g_auto (TestResult) year_date = { 0 };
  run_assay (&year_date, NULL, "run", good, in, "--reference-date", "2025", NULL);
  g_assert_cmpint (year_date.status, ==, 2);
  test_assert_contains (year_date.err, "--reference-date '2025' names a year");
  test_assert_contains (year_date.err, "write the day, as 2025-01-01");

  g_auto (TestResult) bad_set = { 0 };
  run_assay (&bad_set, NULL, "run", good, in, "--plugin-path", plugin_path, "--set",
             "counter.weight=99", NULL);
  g_assert_cmpint (bad_set.status, ==, 2);
  test_assert_contains (bad_set.err, "--set counter.weight=99: 99 is out of range (0..10)");
}

static void
test_run_options (void)
{
  g_autofree char *good = tmp_file ("good.pipeline", good_pipeline);
  g_autofree char *a = tmp_file ("opts/a.txt", "One two three. Four five.\n");
  g_autofree char *in = g_build_filename (tmp_dir, "opts", NULL);

  g_auto (TestResult) only = { 0 };
  run_assay (&only, NULL, "run", good, in, "--layers", "count", "--set", "counter.label=Z",
             "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (only.status, ==, 0);
  g_assert_null (strstr (only.out, "\"layer\":\"sentence\""));
  test_assert_contains (only.out, "\"layer\":\"count\",\"start\":0,\"end\":14,\"text\":\"One two three.\","
                             "\"label\":\"Z\",\"attrs\":{\"value\":\"3\",\"mode\":\"fast\"},"
                             "\"refs\":{\"sentence\":[1]}");

  /* A structural layer's annotations carry offsets only, unless
   * --span-text asks for their text; other layers always carry it. */
  g_auto (TestResult) bare = { 0 };
  run_assay (&bare, NULL, "run", good, in, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (bare.status, ==, 0);
  test_assert_contains (bare.out, "\"layer\":\"sentence\",\"start\":0,\"end\":14,\"label\":null");
  test_assert_contains (bare.out, "\"layer\":\"count\",\"start\":0,\"end\":14,\"text\":\"One two three.\"");
  g_auto (TestResult) spans = { 0 };
  run_assay (&spans, NULL, "run", good, in, "--plugin-path", plugin_path, "--span-text",
             "sentence", NULL);
  g_assert_cmpint (spans.status, ==, 0);
  test_assert_contains (spans.out, "\"layer\":\"sentence\",\"start\":0,\"end\":14,"
                              "\"text\":\"One two three.\",\"label\":null");
  g_auto (TestResult) all_spans = { 0 };
  run_assay (&all_spans, NULL, "run", good, in, "--plugin-path", plugin_path, "--span-text",
             "all", NULL);
  g_assert_cmpstr (all_spans.out, ==, spans.out);
  g_auto (TestResult) bad_span = { 0 };
  run_assay (&bad_span, NULL, "run", good, in, "--plugin-path", plugin_path, "--span-text",
             "sentense", NULL);
  g_assert_cmpint (bad_span.status, ==, 2);
  test_assert_contains (bad_span.err, "assay: run: --span-text: no stage of ");
  test_assert_contains (bad_span.err, "(did you mean 'sentence'?)");

  /* -o writes whole and renames; nothing else is left in the folder. */
  g_autofree char *out_dir = g_build_filename (tmp_dir, "outdir", NULL);
  g_mkdir_with_parents (out_dir, 0755);
  g_autofree char *out_file = g_build_filename (out_dir, "result.jsonl", NULL);
  g_auto (TestResult) to_file = { 0 };
  run_assay (&to_file, NULL, "run", good, in, "-o", out_file, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (to_file.status, ==, 0);
  g_assert_cmpstr (to_file.out, ==, "");
  g_autofree char *written = NULL;
  g_assert_true (g_file_get_contents (out_file, &written, NULL, NULL));
  g_auto (TestResult) to_stdout = { 0 };
  run_assay (&to_stdout, NULL, "run", good, in, "--plugin-path", plugin_path, NULL);
  g_assert_cmpstr (written, ==, to_stdout.out);
  GDir *dir = g_dir_open (out_dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (dir), ==, "result.jsonl");
  g_assert_null (g_dir_read_name (dir));
  g_dir_close (dir);

  /* A FIFO (like /dev/null, not a regular file) is written in place and
   * stays what it was; replacing it by rename once replaced /dev/null. */
  g_autofree char *fifo = g_build_filename (tmp_dir, "out.fifo", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  const char *cat_argv[] = { "cat", fifo, NULL };
  g_autoptr (GSubprocess) cat = g_subprocess_newv (cat_argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, NULL);
  g_auto (TestResult) to_fifo = { 0 };
  run_assay (&to_fifo, NULL, "run", good, in, "-o", fifo, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (to_fifo.status, ==, 0);
  g_autofree char *through_fifo = NULL;
  g_subprocess_communicate_utf8 (cat, NULL, NULL, &through_fifo, NULL, NULL);
  g_assert_cmpstr (through_fifo, ==, to_stdout.out);
  struct stat st;
  g_assert_cmpint (lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  /* A link to a file stays a link; its target gets the output. */
  g_autofree char *target = g_build_filename (tmp_dir, "target.jsonl", NULL);
  g_autofree char *link = g_build_filename (tmp_dir, "link.jsonl", NULL);
  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_auto (TestResult) to_link = { 0 };
  run_assay (&to_link, NULL, "run", good, in, "-o", link, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (to_link.status, ==, 0);
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_autofree char *via_link = NULL;
  g_assert_true (g_file_get_contents (target, &via_link, NULL, NULL));
  g_assert_cmpstr (via_link, ==, to_stdout.out);

  g_auto (TestResult) unwritable = { 0 };
  run_assay (&unwritable, NULL, "run", good, in, "-o", "/nonexistent/dir/out.jsonl",
             "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (unwritable.status, ==, 2);
  test_assert_contains (unwritable.err, "cannot write /nonexistent/dir/out.jsonl");
}

static void
test_run_jobs_identical (void)
{
  g_autofree char *good = tmp_file ("good.pipeline", good_pipeline);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("jobs/%02u/doc-%u.txt", i % 7, i);
      g_autoptr (GString) text = g_string_new ("ADVERT: x\n");
      for (guint s = 0; s < i; s++)
        g_string_append_printf (text, "Sentence  %u of doc %u. ", s, i);
      test_write_file (tmp_dir, name, text->str, -1);
    }
  g_autofree char *in = g_build_filename (tmp_dir, "jobs", NULL);
  g_auto (TestResult) one = { 0 };
  g_auto (TestResult) four = { 0 };
  run_assay (&one, NULL, "run", "-j", "1", good, in, "--plugin-path", plugin_path, NULL);
  run_assay (&four, NULL, "run", "-j", "4", good, in, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (one.status, ==, 0);
  g_assert_cmpstr (one.out, ==, four.out);
  /* -j1 written together, as getopt takes it, was refused. */
  g_auto (TestResult) joined = { 0 };
  g_auto (TestResult) eight = { 0 };
  run_assay (&joined, NULL, "run", "-j1", good, in, "--plugin-path", plugin_path, NULL);
  run_assay (&eight, NULL, "run", good, in, "-j8", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (joined.status, ==, 0);
  g_assert_cmpstr (joined.out, ==, one.out);
  g_assert_cmpstr (eight.out, ==, one.out);
  /* After -o, "-j..." is the file's name, not an option. */
  g_auto (TestResult) named = { 0 };
  run_assay (&named, NULL, "run", good, in, "-o", "-jnamed.jsonl", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (named.status, ==, 0);
  g_autofree char *named_path = g_build_filename (tmp_dir, "-jnamed.jsonl", NULL);
  g_autofree char *named_out = NULL;
  g_assert_true (g_file_get_contents (named_path, &named_out, NULL, NULL));
  g_assert_cmpstr (named_out, ==, one.out);
  /* Folder order: sorted paths; ids are paths below the folder. */
  test_assert_contains (one.out, "\"id\":\"00/doc-0\"");
  g_assert_true (strstr (one.out, "\"id\":\"00/doc-14\"") < strstr (one.out, "\"id\":\"00/doc-21\""));
  g_assert_true (strstr (one.out, "\"id\":\"00/doc-56\"") < strstr (one.out, "\"id\":\"01/doc-1\""));
}

/* --layers names what the pipeline provides; --set names its stages and
 * their options: a typo is an error (exit 2) with the nearest name, never
 * a run that silently writes nothing.  Every message starts "assay:". */
static void
test_run_names_checked (void)
{
  g_autofree char *good = tmp_file ("good.pipeline", good_pipeline);
  g_autofree char *a = tmp_file ("names/a.txt", "One two three. Four five.\n");
  g_autofree char *in = g_build_filename (tmp_dir, "names", NULL);

  g_auto (TestResult) layer = { 0 };
  run_assay (&layer, NULL, "run", good, in, "--plugin-path", plugin_path, "--layers",
             "sentence,sentense,nothing-like-it", NULL);
  g_assert_cmpint (layer.status, ==, 2);
  g_assert_cmpstr (layer.out, ==, "");
  test_assert_contains (layer.err, "assay: run: --layers: no stage of ");
  test_assert_contains (layer.err, "provides a layer 'sentense' (did you mean 'sentence'?); its layers: "
                              "count, removed, sentence\n");
  test_assert_contains (layer.err, "a layer 'nothing-like-it'; its layers:");

  g_auto (TestResult) ok = { 0 };
  run_assay (&ok, NULL, "run", good, in, "--plugin-path", plugin_path, "--layers", "count", NULL);
  g_assert_cmpint (ok.status, ==, 0);
  test_assert_contains (ok.out, "\"layer\":\"count\"");

  g_auto (TestResult) set = { 0 };
  run_assay (&set, NULL, "run", good, in, "--plugin-path", plugin_path, "--set", "counter.lable=X",
             "--set", "countr.label=X", NULL);
  g_assert_cmpint (set.status, ==, 2);
  test_assert_contains (set.err, "assay: --set counter.lable=X: stage 'counter' has no option 'lable' "
                            "(did you mean 'label'?); its options: ");
  test_assert_contains (set.err, "assay: --set countr.label=X: the pipeline has no stage 'countr' "
                            "(did you mean 'counter'?); its stages: rewriter, sentences, counter, "
                            "corpus-size\n");

  g_autofree char *bad = tmp_file ("bad2.pipeline", "[pipeline]\nstages=sentences;counter\n"
                                                    "[counter]\nweight=eleven\n");
  g_auto (TestResult) check = { 0 };
  run_assay (&check, NULL, "check", bad, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (check.status, ==, 2);
  g_auto (GStrv) lines = g_strsplit (check.err, "\n", -1);
  for (char **l = lines; *l; l++)
    if (**l && !g_str_has_prefix (*l, "assay: "))
      g_error ("a message without 'assay: ': %s", *l);
}

/* A pipeline shipped with assay is found by name, from any folder. */
static void
test_run_shipped_pipeline (void)
{
  g_autofree char *article = tmp_file ("shipped/a.txt", "The talks began on Monday in Geneva.\n");
  g_auto (TestResult) named = { 0 };
  run_assay (&named, NULL, "run", "dates", article, NULL);
  g_assert_cmpint (named.status, ==, 0);
  test_assert_contains (named.out, "\"layer\":\"timex\"");

  g_auto (TestResult) check = { 0 };
  run_assay (&check, NULL, "check", "news-crosscheck.pipeline", NULL);
  g_assert_cmpint (check.status, ==, 0);
  test_assert_contains (check.out, "news-crosscheck.pipeline: ok, 4 stages");

  g_auto (TestResult) typo = { 0 };
  run_assay (&typo, NULL, "run", "news-crosschek", article, NULL);
  g_assert_cmpint (typo.status, ==, 2);
  test_assert_contains (typo.err, "assay: run: no pipeline file 'news-crosschek' here, and no shipped "
                             "pipeline of that name in ");
  test_assert_contains (typo.err, "(did you mean 'news-crosscheck'?); shipped: dates, news-crosscheck");
}

static mode_t
file_mode (const char *path)
{
  struct stat st;
  g_assert_cmpint (stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static gboolean
dir_has_partial (const char *dir, const char *base)
{
  g_autofree char *prefix = g_strdup_printf (".%s.partial-", base);
  GDir *d = g_dir_open (dir, 0, NULL);
  gboolean found = FALSE;
  const char *name;
  while ((name = g_dir_read_name (d)))
    found = found || g_str_has_prefix (name, prefix);
  g_dir_close (d);
  return found;
}

/* Issue 28: the output was always 0600, a dangling link was replaced by
 * the file, and kill -9 left a hidden partial file nothing removed. */
static void
test_run_output_file (void)
{
  g_autofree char *good = tmp_file ("good.pipeline", good_pipeline);
  g_autofree char *a = tmp_file ("ofile/in/a.txt", "One two three. Four five.\n");
  g_autofree char *in = g_build_filename (tmp_dir, "ofile", "in", NULL);
  g_autofree char *dir = g_build_filename (tmp_dir, "ofile", NULL);

  /* The mode of the file replaced is kept. */
  g_autofree char *kept = tmp_file ("ofile/kept.jsonl", "old");
  g_assert_cmpint (chmod (kept, 0664), ==, 0);
  g_auto (TestResult) r1 = { 0 };
  run_assay (&r1, NULL, "run", good, in, "-o", kept, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_cmpint (file_mode (kept), ==, 0664);

  /* A new file gets what the umask allows. */
  mode_t old_mask = umask (027);
  g_autofree char *fresh = g_build_filename (dir, "fresh.jsonl", NULL);
  g_auto (TestResult) r2 = { 0 };
  run_assay (&r2, NULL, "run", good, in, "-o", fresh, "--plugin-path", plugin_path, NULL);
  umask (old_mask);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_cmpint (file_mode (fresh), ==, 0640);

  /* A dangling link stays a link; the file is made where it points. */
  g_autofree char *link = g_build_filename (dir, "dangling.jsonl", NULL);
  g_autofree char *target = g_build_filename (dir, "made-by-link.jsonl", NULL);
  g_assert_cmpint (symlink ("made-by-link.jsonl", link), ==, 0);
  g_auto (TestResult) r3 = { 0 };
  run_assay (&r3, NULL, "run", good, in, "-o", link, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (r3.status, ==, 0);
  struct stat st;
  g_assert_cmpint (lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_autofree char *through = NULL;
  g_assert_true (g_file_get_contents (target, &through, NULL, NULL));
  test_assert_contains (through, "\"id\":\"a\"");

  /* Partial files of runs that no longer exist are removed; a live
   * process's is left alone. */
  pid_t child = fork ();
  if (child == 0)
    _exit (0);
  g_assert_cmpint (waitpid (child, NULL, 0), ==, child);
  g_autofree char *dead_name = g_strdup_printf ("ofile/.kept.jsonl.partial-%d-0000abcd", (int) child);
  g_autofree char *live_name = g_strdup_printf ("ofile/.kept.jsonl.partial-%d-0000abcd", (int) getpid ());
  g_autofree char *dead = tmp_file (dead_name, "left by kill -9");
  g_autofree char *live = tmp_file (live_name, "still being written");
  g_auto (TestResult) r4 = { 0 };
  run_assay (&r4, NULL, "run", good, in, "-o", kept, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (r4.status, ==, 0);
  g_assert_false (g_file_test (dead, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (live, G_FILE_TEST_EXISTS));
  g_unlink (live);

  /* kill -9 in the middle of a run: the old output stays whole, and no
   * partial file is left (O_TMPFILE: the data never had a name). */
  g_autofree char *killed = tmp_file ("ofile/killed.jsonl", "old output\n");
  const char *argv[] = { ASSAY_BIN, "run", good, "-", "-o", killed, "--plugin-path", plugin_path, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDIN_PIPE, &error);
  g_assert_no_error (error);
  GOutputStream *to_assay = g_subprocess_get_stdin_pipe (proc);
  const char *line = "{\"id\":\"x\",\"text\":\"Some text. More text.\"}\n";
  for (int i = 0; i < 1000; i++)
    g_assert_true (g_output_stream_write_all (to_assay, line, strlen (line), NULL, NULL, NULL));
  g_usleep (G_USEC_PER_SEC / 2);
  g_subprocess_send_signal (proc, SIGKILL);
  g_subprocess_wait (proc, NULL, NULL);
  g_assert_true (g_subprocess_get_if_signaled (proc));
  g_autofree char *after = NULL;
  g_assert_true (g_file_get_contents (killed, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "old output\n");
  g_assert_false (dir_has_partial (dir, "killed.jsonl"));
}

/* A file-size limit (ulimit -f) killed the run by SIGXFSZ, silently:
 * now the write fails, the run says which file, and no partial file or
 * half output is left. */
static void
test_run_file_size_limit (void)
{
  g_autofree char *good = tmp_file ("good.pipeline", good_pipeline);
  GString *text = g_string_new (NULL);
  for (int i = 0; i < 4000; i++)
    g_string_append (text, "One two three. Four five six seven.\n");
  g_autofree char *in = tmp_file ("fsize/in/a.txt", text->str);
  g_string_free (text, TRUE);
  g_autofree char *dir = g_build_filename (tmp_dir, "fsize", NULL);
  g_autofree char *out = g_build_filename (dir, "out.jsonl", NULL);

  /* The child inherits the soft limit (and the signal's default action:
   * an ignored signal would be inherited too, and prove nothing); this
   * process writes no file while it holds, and the hard limit lets it
   * raise the limit again. */
  struct rlimit old, small;
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &old), ==, 0);
  small = old;
  small.rlim_cur = 32 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  g_auto (TestResult) r = { 0 };
  run_assay (&r, NULL, "run", good, in, "-o", out, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &old), ==, 0);

  g_assert_cmpint (r.status, ==, 3);
  test_assert_contains (r.err, "out.jsonl: writing the output failed");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (dir_has_partial (dir, "out.jsonl"));
}

/* A FIFO in a folder blocked the run; one named as a data file hung
 * `assay check`.  Both now end at once with a message. */
static void
test_special_files (void)
{
  g_autofree char *good = tmp_file ("good.pipeline", good_pipeline);
  g_autofree char *a = tmp_file ("special/a.txt", "One two. Three.\n");
  g_autofree char *c = tmp_file ("special/c.txt", "Four five. Six.\n");
  g_autofree char *in = g_build_filename (tmp_dir, "special", NULL);
  g_autofree char *fifo = g_build_filename (in, "b.jsonl", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_auto (TestResult) run = { 0 };
  run_assay (&run, NULL, "run", good, in, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  test_assert_contains (run.out, "\"id\":\"a\"");
  test_assert_contains (run.out, "b.jsonl: a FIFO, not a regular file");
  test_assert_contains (run.out, "\"id\":\"c\"");

  g_autofree char *with_fifo = g_strdup_printf (
      "[pipeline]\nstages=sentences;counter\n[counter]\nlexicon=%s\n", fifo);
  g_autofree char *pipeline = tmp_file ("fifo-data.pipeline", with_fifo);
  g_auto (TestResult) check = { 0 };
  run_assay (&check, NULL, "check", pipeline, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (check.status, ==, 2);
  test_assert_contains (check.err, "[counter] lexicon:");
  test_assert_contains (check.err, "is not a regular file");

  /* Limits have options, and their errors name them. */
  g_auto (TestResult) small = { 0 };
  run_assay (&small, "{\"id\":\"x\",\"text\":\"a text longer than the line limit\"}\n", "run",
             good, "-", "--max-line-bytes", "32", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (small.status, ==, 1);
  test_assert_contains (small.out, "\"input\":\"<stdin>:1\"");
  test_assert_contains (small.out, "over the limit of 32 bytes; raise it with --max-line-bytes");
  /* The same through a pipe, which has no size to look at first. */
  g_auto (TestResult) piped = { 0 };
  const char *piped_argv[] = { ASSAY_BIN, "run", good, "-", "--max-line-bytes", "32", "--plugin-path", plugin_path, NULL };
  test_run_piped (&piped, tmp_dir, "{\"id\":\"x\",\"text\":\"a text longer than the line limit\"}\n{\"id\":\"y\",\"text\":\"Short.\"}\n", piped_argv);
  g_assert_cmpint (piped.status, ==, 1);
  test_assert_contains (piped.out, "\"input\":\"<stdin>:1\"");
  test_assert_contains (piped.out, "over the limit of 32 bytes; raise it with --max-line-bytes");
  test_assert_contains (piped.out, "\"id\":\"y\"");
  g_auto (TestResult) bad = { 0 };
  run_assay (&bad, NULL, "run", good, in, "--max-doc-bytes", "lots", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  test_assert_contains (bad.err, "--max-doc-bytes 'lots' is not a size");

  /* The field limit and the annotation cap: each named in its error, each
   * raised by its option, and the run goes on past the document. */
  const char *fields = "{\"id\":\"f\",\"text\":\"One. Two.\",\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}\n"
                       "{\"id\":\"g\",\"text\":\"Three.\"}\n";
  g_auto (TestResult) few = { 0 };
  run_assay (&few, fields, "run", good, "-", "--max-fields", "4", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (few.status, ==, 1);
  test_assert_contains (few.out, "has 5 fields, over the limit of 4");
  test_assert_contains (few.out, "raise it with --max-fields");
  test_assert_contains (few.out, "\"id\":\"g\"");
  g_auto (TestResult) enough = { 0 };
  run_assay (&enough, fields, "run", good, "-", "--max-fields", "5", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (enough.status, ==, 0);
  g_auto (TestResult) capped = { 0 };
  run_assay (&capped, fields, "run", good, "-", "--max-annotations", "1", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (capped.status, ==, 1);
  test_assert_contains (capped.out, "reached the limit of 1 annotations");
  test_assert_contains (capped.out, "raise it with --max-annotations");
  g_auto (TestResult) uncapped = { 0 };
  run_assay (&uncapped, fields, "run", good, "-", "--max-annotations", "100", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (uncapped.status, ==, 0);
  g_auto (TestResult) bad_cap = { 0 };
  run_assay (&bad_cap, NULL, "run", good, in, "--max-annotations", "-1", NULL);
  g_assert_cmpint (bad_cap.status, ==, 2);
  test_assert_contains (bad_cap.err, "--max-annotations '-1' is not a number");
}

/* Issue 28's lines, through the whole command: one record each, all
 * valid JSON, in order, the same bytes for -j1 and -j8. */
static void
test_hostile_lines (void)
{
  g_autofree char *good = tmp_file ("good.pipeline", good_pipeline);
  g_autoptr (GString) in = g_string_new ("{\"id\":\"first\",\"text\":\"One. Two.\"}\r");
  g_string_append (in, "{\"id\":\"deep\",\"text\":\"x\",\"x\":");
  for (int i = 0; i < 100000; i++)
    g_string_append_c (in, '[');
  g_string_append (in, "\r\n{\"id\":\"a\",\"text\":\"A.\"} {\"id\":\"b\",\"text\":\"B.\"}\n");
  g_string_append (in, "{\"id\":\"s\",\"text\":\"\\ud800x\"}\n");
  g_string_append (in, "{\"id\":123456789012345678901234567890,\"text\":\"Big id.\"}\r");
  g_string_append (in, "{\"id\":\"last\",\"text\":\"Three. Four.\"}");
  g_autofree char *path = g_build_filename (tmp_dir, "hostile.jsonl", NULL);
  g_assert_true (g_file_set_contents (path, in->str, in->len, NULL));

  g_auto (TestResult) one = { 0 };
  g_auto (TestResult) eight = { 0 };
  run_assay (&one, NULL, "run", "-j1", good, path, "--plugin-path", plugin_path, NULL);
  run_assay (&eight, NULL, "run", "-j8", good, path, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (one.status, ==, 1);
  g_assert_cmpstr (one.out, ==, eight.out);
  test_assert_contains (one.err, "3 of 6 inputs failed");

  g_auto (GStrv) lines = g_strsplit (one.out, "\n", -1);
  const char *expect[] = { "\"id\":\"first\"", "hostile.jsonl:2: nested deeper than 512 levels",
                           "hostile.jsonl:3: more after the end of the document",
                           "hostile.jsonl:4: a lone UTF-16 surrogate",
                           "\"id\":\"123456789012345678901234567890\"", "\"id\":\"last\"" };
  g_autoptr (JsonParser) parser = json_parser_new ();
  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      g_assert_nonnull (lines[i]);
      g_assert_true (json_parser_load_from_data (parser, lines[i], -1, NULL));
      test_assert_contains (lines[i], expect[i]);
    }
}

/* The inputs beyond .txt and .jsonl: pages, standard input in each
 * format, and what a run says of files it passes over, of an input with
 * no documents, and of ids documents share. */
static void
test_run_inputs (void)
{
  g_autofree char *good = tmp_file ("good.pipeline", good_pipeline);
  g_autofree char *page = g_build_filename (TEST_SOURCE_DIR, "data", "html", "blog.html", NULL);
  g_autofree char *html = NULL;
  g_assert_true (g_file_get_contents (page, &html, NULL, NULL));

  g_auto (TestResult) from_page = { 0 };
  run_assay (&from_page, NULL, "run", good, page, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (from_page.status, ==, 0);
  test_assert_contains (from_page.out, "{\"type\":\"doc\",\"id\":\"blog\",\"meta\":{\"title\":"
                                  "\"Rail strike called off after late-night talks\"");
  g_assert_null (strstr (from_page.out, "<p>"));

  g_auto (TestResult) html_in = { 0 };
  run_assay (&html_in, html, "run", good, "--stdin-format", "html", "-", "--plugin-path",
             plugin_path, NULL);
  g_assert_cmpint (html_in.status, ==, 0);
  test_assert_contains (html_in.out, "\"id\":\"stdin\"");
  test_assert_contains (html_in.out, "\"file\":\"<stdin>\"");
  test_assert_contains (html_in.out, "\"text\":\"A strike by train drivers");

  /* Plain text on standard input was "malformed JSON at column 3". */
  g_auto (TestResult) txt_in = { 0 };
  run_assay (&txt_in, "Plain text, not JSON.\n", "run", good, "--stdin-format", "txt", "-",
             "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (txt_in.status, ==, 0);
  test_assert_contains (txt_in.out, "\"text\":\"Plain text, not JSON.\\n\"");

  g_auto (TestResult) bad_format = { 0 };
  run_assay (&bad_format, NULL, "run", good, "--stdin-format", "xml", "-", NULL);
  g_assert_cmpint (bad_format.status, ==, 2);
  test_assert_contains (bad_format.err, "assay: run: --stdin-format 'xml' is not one of jsonl, txt, html");

  /* Files of other types are counted; -v names them. */
  g_autofree char *a = tmp_file ("mixed/a.txt", "Some text.");
  g_autofree char *notes = tmp_file ("mixed/notes.md", "# notes");
  g_autofree char *pdf = tmp_file ("mixed/sub/report.pdf", "%PDF");
  g_autofree char *mixed = g_build_filename (tmp_dir, "mixed", NULL);
  g_auto (TestResult) quiet = { 0 };
  run_assay (&quiet, NULL, "run", good, mixed, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (quiet.status, ==, 0);
  test_assert_contains (quiet.err, "assay: warning: 2 files were not read");
  test_assert_contains (quiet.err, "(-v names them)");
  g_assert_null (strstr (quiet.err, "notes.md"));
  g_auto (TestResult) loud = { 0 };
  run_assay (&loud, NULL, "run", good, mixed, "-v", "--plugin-path", plugin_path, NULL);
  test_assert_contains (loud.err, notes);
  test_assert_contains (loud.err, pdf);

  /* An input with no documents says so. */
  g_autofree char *empty = g_build_filename (tmp_dir, "empty", NULL);
  g_assert_cmpint (g_mkdir (empty, 0755), ==, 0);
  g_auto (TestResult) none = { 0 };
  run_assay (&none, NULL, "run", good, empty, "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (none.status, ==, 0);
  test_assert_contains (none.err, "assay: warning: the inputs hold no documents");

  /* Ids documents share: counted, the first named, every record kept. */
  g_auto (TestResult) dup = { 0 };
  run_assay (&dup,
             "{\"id\":\"x\",\"text\":\"One.\"}\n{\"id\":\"y\",\"text\":\"Two.\"}\n"
             "{\"id\":\"x\",\"text\":\"Three.\"}\n{\"id\":\"x\",\"text\":\"Four.\"}\n",
             "run", good, "-", "--plugin-path", plugin_path, NULL);
  g_assert_cmpint (dup.status, ==, 0);
  test_assert_contains (dup.err, "assay: warning: 2 documents repeat an id seen earlier (the first: x)");
  g_auto (GStrv) lines = g_strsplit (dup.out, "\n", -1);
  guint docs = 0;
  for (char **l = lines; *l; l++)
    docs += g_str_has_prefix (*l, "{\"type\":\"doc\"");
  g_assert_cmpuint (docs, ==, 4);
}

/* `assay check` says everything at once: the file's problems, the order
 * of the stages, and what stages say as they start (a reference date, a
 * data file's contents), each as FILE: [section] key: ... */
static void
test_check_all_at_once (void)
{
  g_autofree char *extra = tmp_file ("check/extra.tsv", "Mayor\tof nowhere\n");
  g_autofree char *pipeline = tmp_file (
      "check/all.pipeline",
      "[pipeline]\nstages=dates;cleanup;entities;inconsistencies\n"
      "[dates]\nreference-date=29/05/2025\n"
      "[cleanup]\nfold-punctuation=maybe\n"
      "[inconsistencies]\nknowledge-extra=extra.tsv\n");
  g_auto (TestResult) r = { 0 };
  run_assay (&r, NULL, "check", pipeline, NULL);
  g_assert_cmpint (r.status, ==, 2);
  g_auto (GStrv) lines = g_strsplit (r.err, "\n", -1);
  const char *expect[] = {
    "[cleanup] fold-punctuation: 'maybe' is not a bool",
    "[pipeline] stages: 'dates' requires layer 'sentence', which 'cleanup' provides, but 'cleanup' runs later",
    "[dates] reference-date: reference date '29/05/2025': day and month first is ambiguous",
    "[inconsistencies] knowledge-extra: ",
  };
  for (guint i = 0; i < G_N_ELEMENTS (expect); i++)
    {
      g_autofree char *line = g_strdup_printf ("assay: %s: %s", pipeline, expect[i]);
      gboolean found = FALSE;
      for (char **l = lines; *l && !found; l++)
        found = g_str_has_prefix (*l, line);
      if (!found)
        g_error ("expected a line starting «%s» in:\n%s", line, r.err);
    }
  for (char **l = lines; *l; l++)
    g_assert_true (**l == '\0' || g_str_has_prefix (*l, "assay: "));
  test_assert_contains (r.err, "extra.tsv:1: 2 fields where");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("assay-cli-XXXXXX", NULL);
  g_test_add_func ("/cli/version-and-usage", test_version_and_usage);
  g_test_add_func ("/cli/plugins", test_plugins);
  g_test_add_func ("/cli/inspect", test_inspect);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/run/exit-codes", test_run_exit_codes);
  g_test_add_func ("/cli/run/options", test_run_options);
  g_test_add_func ("/cli/run/jobs-identical", test_run_jobs_identical);
  g_test_add_func ("/cli/run/names-checked", test_run_names_checked);
  g_test_add_func ("/cli/run/shipped-pipeline", test_run_shipped_pipeline);
  g_test_add_func ("/cli/run/output-file", test_run_output_file);
  g_test_add_func ("/cli/run/file-size-limit", test_run_file_size_limit);
  g_test_add_func ("/cli/run/special-files", test_special_files);
  g_test_add_func ("/cli/run/hostile-lines", test_hostile_lines);
  g_test_add_func ("/cli/run/inputs", test_run_inputs);
  g_test_add_func ("/cli/check-all-at-once", test_check_all_at_once);
  int status = g_test_run ();
  test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
