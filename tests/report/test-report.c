/* test-report.c: `assay report` as analysts run it: the terminal summary
 * and the tables against golden files (tests/report/expected/; rewrite
 * them with ASSAY_UPDATE_GOLDEN=1 and read the diff), its messages and exit
 * status, and the escaping every piece of article text passes through.
 * The page in a browser is tested by test-report-html.py.
 */
#include "assay-report.h"
#include "../test-command.h"

#include <string.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#define FIXTURES TEST_SOURCE_DIR "/report"

/* Runs `assay report` with the NULL-terminated @args, @input on stdin. */
static void
run_report (TestResult *r, const char *input, const char *const *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (char *) ASSAY_BIN);
  g_ptr_array_add (argv, (char *) "report");
  for (const char *const *a = args; *a; a++)
    g_ptr_array_add (argv, (char *) *a);
  g_ptr_array_add (argv, NULL);
  test_run (r, PROJECT_SOURCE_DIR, input, (const char *const *) argv->pdata);
}

/* ---- golden -------------------------------------------------------------- */

typedef struct
{
  const char *name; /* expected/<name> */
  const char *args[8];
} GoldenCase;

/* The fixtures: stories.jsonl (stories, a story without findings, a
 * finding outside stories, an error, a hostile article), no-stories.jsonl
 * (an output from before stories), quiet.jsonl (no findings). */
static const GoldenCase golden_cases[] = {
  { "stories-summary.txt", { "tests/report/stories.jsonl", "--width", "80" } },
  { "no-stories-summary.txt", { "tests/report/no-stories.jsonl", "--width", "100" } },
  { "quiet-summary.txt", { "tests/report/quiet.jsonl", "--width", "80" } },
  { "stories-findings.csv", { "tests/report/stories.jsonl", "--format", "csv" } },
  { "stories-findings.tsv", { "tests/report/stories.jsonl", "--format", "tsv" } },
  { "no-stories-findings.csv", { "tests/report/no-stories.jsonl", "--format", "csv" } },
  { "quiet-findings.csv", { "tests/report/quiet.jsonl", "--format", "csv" } },
  { "stories-claims.csv", { "tests/report/stories.jsonl", "--format", "csv", "--layer", "claim" } },
  { "no-stories-timex.tsv",
    { "tests/report/no-stories.jsonl", "--format", "tsv", "--layer", "timex" } },
};

static void
test_golden (gconstpointer data)
{
  const GoldenCase *c = data;
  g_auto (TestResult) r = { 0 };
  run_report (&r, NULL, c->args);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  g_autofree char *path = g_build_filename (FIXTURES, "expected", c->name, NULL);
  if (g_getenv ("ASSAY_UPDATE_GOLDEN"))
    g_assert_true (g_file_set_contents (path, r.out, -1, NULL));
  g_autofree char *expected = NULL;
  if (!g_file_get_contents (path, &expected, NULL, NULL))
    g_error ("%s is missing: run with ASSAY_UPDATE_GOLDEN=1 to create it", path);
  g_assert_cmpstr (r.out, ==, expected);
}

/* ---- behaviour ------------------------------------------------------------ */

static void
test_summary_from_stdin (void)
{
  g_autofree char *input = NULL;
  g_assert_true (g_file_get_contents (FIXTURES "/no-stories.jsonl", &input, NULL, NULL));
  g_auto (TestResult) r = { 0 };
  run_report (&r, input, (const char *[]){ "-", "--width", "100", NULL });
  g_assert_cmpint (r.status, ==, 0);
  test_assert_contains (
      r.out, "assay report: -\n5 documents, 3 findings (0 high, 3 medium, 0 low), 0 errors\n");
  /* The weekday mismatch sits inside its document's record: shown all the same. */
  test_assert_contains (r.out, "#1 weekday-mismatch, medium, in gdansk-port-translated\n");
  test_assert_contains (r.out, "No stories:");
}

static void
test_summary_cuts_to_width (void)
{
  g_auto (TestResult) r = { 0 };
  run_report (&r, NULL, (const char *[]){ "tests/report/stories.jsonl", "--width", "50", NULL });
  g_assert_cmpint (r.status, ==, 0);
  g_auto (GStrv) lines = g_strsplit (r.out, "\n", -1);
  guint quotes = 0;
  /* The hostile article's id alone is wider than 50 columns: its quotes
   * keep 10 columns and run over. */
  for (char **l = lines; *l; l++)
    if (strstr (*l, ": \"") && g_str_has_prefix (*l, "      ")
        && !g_str_has_prefix (*l, "      hostile-"))
      {
        quotes++;
        g_assert_cmpuint (g_utf8_strlen (*l, -1), <=, 50);
      }
  g_assert_cmpuint (quotes, ==, 9);
}

static void
test_terminal_escapes_neutralised (void)
{
  /* ESC [ 2 J would clear the analyst's screen. */
  const char *input = "{\"type\":\"error\",\"id\":\"x\\u001b[2J\",\"message\":\"m\\u0007\"}\n";
  g_auto (TestResult) r = { 0 };
  run_report (&r, input, (const char *[]){ "-", NULL });
  g_assert_cmpint (r.status, ==, 0);
  g_assert_null (strchr (r.out, '\033'));
  g_assert_null (strchr (r.out, '\a'));
  test_assert_contains (r.out, "x\xef\xbf\xbd[2J");
}

typedef struct
{
  const char *input; /* stdin, or NULL */
  const char *args[6];
  int status;
  const char *message;
} ErrorCase;

static const ErrorCase error_cases[] = {
  { NULL,
    { "tests/report/absent.jsonl" },
    1,
    "cannot read tests/report/absent.jsonl: No such file" },
  { "{\"type\":\"doc\",\"id\":\"a\",\"text\":\"\"}\n{\"type\":\"doc\",\"id\":\n",
    { "-" },
    1,
    "(standard input):2: not a JSON object" },
  { "[1,2]\n", { "-" }, 1, "(standard input):1: not a JSON object (another JSON value)" },
  { "{\"type\":\"finding\",\"message\":\"x\"}\n",
    { "-" },
    1,
    "(standard input):1: a finding record needs \"kind\"" },
  { "{\"type\":\"doc\",\"id\":\"a\"}\n{\"type\":\"doc\",\"id\":\"a\"}\n",
    { "-" },
    1,
    "(standard input):2: a second document with the id 'a'" },
  { NULL,
    { "tests/report/stories.jsonl", "--layer", "claim", "--format", "html" },
    2,
    "--layer writes a table" },
  { NULL,
    { "tests/report/stories.jsonl", "--format", "pdf" },
    2,
    "--format takes text, html, csv or tsv" },
  { NULL, { NULL }, 2, "name one results file" },
  { NULL,
    { "tests/report/stories.jsonl", "--layer", "entiy", "-o", "/dev/null" },
    2,
    "no document has a layer 'entiy' (did you mean 'entity'?); the layers in this output: claim, "
    "entity, paragraph, removed, section, sentence, timex" },
  { NULL, { "tests/report/stories.jsonl", "--width", "5" }, 2, "--width takes" },
};

static void
test_errors (gconstpointer data)
{
  const ErrorCase *c = data;
  g_auto (TestResult) r = { 0 };
  run_report (&r, c->input, c->args);
  g_assert_cmpint (r.status, ==, c->status);
  test_assert_contains (r.err, c->message);
  g_assert_cmpstr (r.out, ==, "");
}

static char *
write_html (const char *fixture)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-report-XXXXXX", NULL);
  char *path = g_build_filename (dir, "report.html", NULL);
  g_auto (TestResult) r = { 0 };
  run_report (&r, NULL, (const char *[]){ fixture, "-o", path, NULL });
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  return path;
}

static void
remove_html (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_unlink (path);
  g_rmdir (dir);
}

static guint
count (const char *haystack, const char *needle)
{
  guint n = 0;
  for (const char *p = haystack; (p = strstr (p, needle)); p += strlen (needle))
    n++;
  return n;
}

/* What the browser test checks in a browser, checked here in the bytes:
 * the hostile article's markup arrives only as text. */
static void
test_html_hostile_escaped (void)
{
  g_autofree char *path = write_html ("tests/report/stories.jsonl");
  g_autofree char *html = NULL;
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  remove_html (path);
  /* The page's own two scripts (the data and the code), nothing else. */
  g_assert_cmpuint (count (html, "<script"), ==, 2);
  g_assert_cmpuint (count (html, "</script>"), ==, 2);
  g_assert_null (strstr (html, "<img"));
  g_assert_null (strstr (html, "onerror=\""));
  g_assert_null (strstr (html, "<svg"));
  test_assert_contains (html,
                   "gdansk-port-web &lt;/p&gt;&lt;script&gt;window.__pwned=10&lt;/script&gt;");
  test_assert_contains (html, "data-doc=\"hostile-&lt;img src=x onerror=window.__pwned=1&gt;\"");
  test_assert_contains (
      html, "href=\"#doc=hostile-%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&amp;at=");
  /* Inside the JSON data, '<' never appears: no text can close the element. */
  const char *data = strstr (html, "id=\"assay-docs\">");
  g_assert_nonnull (data);
  const char *end = strstr (data, "</script>");
  g_autofree char *json = g_strndup (data + 16, end - data - 16);
  g_assert_null (strchr (json, '<'));
  test_assert_contains (json, "\\u003cscript\\u003ewindow.__pwned=5\\u003c/script\\u003e");
  /* The template's own slot syntax in an article stays text. */
  test_assert_contains (json, "{{\\u0026data}}");
}

static void
test_html_without_findings (void)
{
  g_autofree char *path = write_html ("tests/report/quiet.jsonl");
  g_autofree char *html = NULL;
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  remove_html (path);
  test_assert_contains (html, "No findings: assay flagged no disagreement in these documents.");
  test_assert_contains (html, "Errors: 1 input failed and has no document");
  test_assert_contains (html, "stage cleanup failed on document empty-3");
  g_assert_null (strstr (html, "class=\"finding "));
}

static void
test_html_without_stories (void)
{
  g_autofree char *path = write_html ("tests/report/no-stories.jsonl");
  g_autofree char *html = NULL;
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  remove_html (path);
  test_assert_contains (html, "No stories: this output groups no documents into stories");
  g_assert_cmpuint (count (html, "class=\"finding "), ==, 3);
  g_assert_null (strstr (html, "<article class=\"story\""));
}

/* A damaged or foreign results file: members of unexpected types are
 * passed over, never a GLib critical (fatal in the tests' environment). */
static void
test_unexpected_types (void)
{
  const char *input
      = "{\"type\":\"doc\",\"id\":\"a\",\"meta\":{\"title\":7,\"story\":[1]},\"text\":\"x\","
        "\"annotations\":[1,null,{\"layer\":{}},{\"layer\":\"claim\",\"start\":\"0\",\"refs\":"
        "{\"timex\":[\"t\",{}]},\"attrs\":{\"value\":3}},{\"layer\":\"timex\",\"id\":1.5}],"
        "\"findings\":[2,{\"kind\":\"k\",\"severity\":null,\"evidence\":[3,{\"doc\":5,"
        "\"start\":\"1\",\"annotations\":[\"x\",{}]}]}]}\n"
        "{\"type\":\"story\",\"id\":\"s\",\"docs\":[1,\"a\"],\"ties\":[2,{\"value\":{}}]}\n"
        "{\"type\":\"error\",\"id\":4}\n";
  static const char *const formats[][4] = {
    { "-", NULL },
    { "-", "--format", "csv", NULL },
    { "-", "--format", "html", NULL },
    { "-", "--layer", "claim", NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_auto (TestResult) r = { 0 };
      run_report (&r, input, formats[i]);
      g_assert_cmpstr (r.err, ==, "");
      g_assert_cmpint (r.status, ==, 0);
    }
}

/* A structural layer's annotations come without "text" (assay run's
 * default): the table takes their span of the document's text, and a
 * span outside it leaves the cell empty. */
static void
test_layer_table_spans_without_text (void)
{
  const char *input
      = "{\"type\":\"doc\",\"id\":\"a\",\"meta\":{},\"text\":\"Caf\u00e9 one. Two.\","
        "\"annotations\":[{\"id\":1,\"layer\":\"sentence\",\"start\":0,\"end\":10,"
        "\"label\":null,\"attrs\":{}},{\"id\":2,\"layer\":\"sentence\",\"start\":11,"
        "\"end\":99,\"label\":null,\"attrs\":{}}],\"findings\":[]}\n";
  g_auto (TestResult) r = { 0 };
  run_report (&r, input, (const char *[]){ "-", "--format", "csv", "--layer", "sentence", NULL });
  g_assert_cmpstr (r.err, ==, "");
  g_assert_cmpint (r.status, ==, 0);
  test_assert_contains (r.out, "a,0,10,Caf\u00e9 one.,,\r\n");
  test_assert_contains (r.out, "a,11,99,,,\r\n");
}

/* A device is written in place: renaming a whole page over /dev/null
 * would replace the device with a file. */
static void
test_output_to_device (void)
{
  g_auto (TestResult) r = { 0 };
  run_report (&r, NULL, (const char *[]){ "tests/report/stories.jsonl", "-o", "/dev/null", NULL });
  g_assert_cmpint (r.status, ==, 0);
  GStatBuf st;
  g_assert_cmpint (g_stat ("/dev/null", &st), ==, 0);
  g_assert_true (S_ISCHR (st.st_mode));
}

/* ---- units ---------------------------------------------------------------- */

static void
test_html_escape (void)
{
  static const struct
  {
    const char *in, *out;
  } cases[] = {
    { "", "" },
    { "plain Gdańsk", "plain Gdańsk" },
    { "<script>a&b</script>", "&lt;script&gt;a&amp;b&lt;/script&gt;" },
    { "\" onmouseover='x'", "&quot; onmouseover=&#39;x&#39;" },
    { "&amp;", "&amp;amp;" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      assay_report_html_escape (out, cases[i].in);
      g_assert_cmpstr (out->str, ==, cases[i].out);
    }
}

static void
test_table_cells (void)
{
  static const struct
  {
    const char *in;
    char separator;
    const char *out;
  } cases[] = {
    { "plain", ',', "plain" },
    { "a, b", ',', "\"a, b\"" },
    { "say \"no\"", ',', "\"say \"\"no\"\"\"" },
    { "two\nlines", ',', "\"two\nlines\"" },
    { "=HYPERLINK(\"x\")", ',', "\"'=HYPERLINK(\"\"x\"\")\"" },
    { "-1+2", ',', "\"'-1+2\"" },
    { "@SUM(A1)", '\t', "\"'@SUM(A1)\"" },
    { "tab\there\nand line", '\t', "\"tab\there\nand line\"" },
    { "a, b", '\t', "a, b" },
    { "\"Tuesday\" names", '\t', "\"\"\"Tuesday\"\" names\"" },
    { "", ',', "" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      assay_report_table_cell (out, cases[i].in, cases[i].separator);
      g_assert_cmpstr (out->str, ==, cases[i].out);
    }
}

static void
test_read_model (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayReport) report = assay_report_read (FIXTURES "/stories.jsonl", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (report->docs->len, ==, 6);
  g_assert_cmpuint (report->stories->len, ==, 2);
  g_assert_cmpuint (report->n_story_records, ==, 2);
  g_assert_cmpuint (report->findings->len, ==, 6);
  g_assert_cmpuint (report->errors->len, ==, 1);
  const AssayReportStory *s1 = g_hash_table_lookup (report->stories_by_id, "s1");
  g_assert_cmpuint (s1->docs->len, ==, 4);
  g_assert_cmpuint (s1->findings->len, ==, 5);
  g_assert_cmpstr (s1->from, ==, "2024-03-04");
  const AssayReportStory *s2 = g_hash_table_lookup (report->stories_by_id, "s2");
  g_assert_null (s2->title);
  g_assert_cmpuint (s2->findings->len, ==, 0);
  /* Documents' own findings first, then the story's, then those outside. */
  const AssayReportFinding *first = report->findings->pdata[0];
  g_assert_cmpstr (first->kind, ==, "weekday-mismatch");
  g_assert_cmpstr (first->within, ==, "gdansk-port-translated");
  g_assert_cmpstr (first->story, ==, "s1");
  const AssayReportFinding *last = report->findings->pdata[5];
  g_assert_cmpstr (last->kind, ==, "date-conflict");
  g_assert_null (last->story);
  /* The timeline's entries: the web report's "began in October" refers to
   * a time expression valued 2023-10. */
  const AssayReportDoc *web = g_hash_table_lookup (report->docs_by_id, "gdansk-port-web");
  gboolean seen = FALSE;
  for (guint i = 0; i < web->dated->len; i++)
    {
      const AssayReportDated *d = web->dated->pdata[i];
      if (g_strcmp0 (d->text, "began in October") == 0)
        {
          g_assert_cmpstr (d->date, ==, "2023-10");
          g_assert_cmpstr (d->what, ==, "event-time: attack start");
          seen = TRUE;
        }
    }
  g_assert_true (seen);
  g_assert_cmpuint (web->n_findings, ==, 4);
  /* "some 1,200 containers" has a value that looks like a year, but rests
   * on no time expression: the wire report has nothing dated. */
  const AssayReportDoc *wire = g_hash_table_lookup (report->docs_by_id, "gdansk-port-wire");
  g_assert_cmpuint (wire->dated->len, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (golden_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/report/golden/%s", golden_cases[i].name);
      g_test_add_data_func (path, &golden_cases[i], test_golden);
    }
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/report/error/%u", i);
      g_test_add_data_func (path, &error_cases[i], test_errors);
    }
  g_test_add_func ("/report/summary/stdin", test_summary_from_stdin);
  g_test_add_func ("/report/summary/width", test_summary_cuts_to_width);
  g_test_add_func ("/report/summary/terminal-escapes", test_terminal_escapes_neutralised);
  g_test_add_func ("/report/html/hostile-escaped", test_html_hostile_escaped);
  g_test_add_func ("/report/html/without-findings", test_html_without_findings);
  g_test_add_func ("/report/html/without-stories", test_html_without_stories);
  g_test_add_func ("/report/output/device", test_output_to_device);
  g_test_add_func ("/report/table/spans-without-text", test_layer_table_spans_without_text);
  g_test_add_func ("/report/input/unexpected-types", test_unexpected_types);
  g_test_add_func ("/report/unit/html-escape", test_html_escape);
  g_test_add_func ("/report/unit/table-cells", test_table_cells);
  g_test_add_func ("/report/unit/read-model", test_read_model);
  return g_test_run ();
}
