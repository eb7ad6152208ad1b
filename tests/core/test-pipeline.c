/* test-pipeline.c: option values and pipeline validation, table-driven,
 * asserting exact error codes and that each message names file, section
 * and key. */
#include "assay-private.h"

#include <string.h>

static AssayRegistry *registry;

/* ---- options ------------------------------------------------------------- */

static const char *const modes[] = { "fast", "exact", NULL };
static const AssayOptionSpec specs[] = {
  { "flag", ASSAY_OPTION_BOOL, "false", "a flag" },
  { "count", ASSAY_OPTION_INT, "3", "a count", .min = "1", .max = "10" },
  { "ratio", ASSAY_OPTION_DOUBLE, "0.5", "a ratio", .min = "0", .max = "1" },
  { "name", ASSAY_OPTION_STRING, NULL, "a name" },
  { "mode", ASSAY_OPTION_ENUM, "fast", "a mode", .choices = modes },
  { "file", ASSAY_OPTION_PATH, NULL, "a file" },
};

static void
test_option_values (void)
{
  const struct
  {
    const char *name;
    const char *text;
    int code; /* -1: accepted */
  } cases[] = {
    { "flag", "true", -1 },      { "flag", "Yes", -1 },        { "flag", "off", -1 },
    { "flag", "maybe", ASSAY_PIPELINE_ERROR_BAD_VALUE },       { "count", "10", -1 },
    { "count", " 7 ", -1 },      { "count", "11", ASSAY_PIPELINE_ERROR_OUT_OF_RANGE },
    { "count", "0", ASSAY_PIPELINE_ERROR_OUT_OF_RANGE },       { "count", "3.5", ASSAY_PIPELINE_ERROR_BAD_VALUE },
    { "count", "", ASSAY_PIPELINE_ERROR_BAD_VALUE },           { "ratio", "1e-1", -1 },
    { "ratio", "1.01", ASSAY_PIPELINE_ERROR_OUT_OF_RANGE },    { "ratio", "nan", ASSAY_PIPELINE_ERROR_BAD_VALUE },
    { "ratio", "0,5", ASSAY_PIPELINE_ERROR_BAD_VALUE },        { "name", "", -1 },
    { "mode", "exact", -1 },     { "mode", "Exact", ASSAY_PIPELINE_ERROR_BAD_VALUE },
    { "file", "", ASSAY_PIPELINE_ERROR_BAD_VALUE },            { "file", "data.tsv", -1 },
    { "nope", "1", ASSAY_PIPELINE_ERROR_UNKNOWN_OPTION },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (AssayOptions) options = assay_options_new (specs, G_N_ELEMENTS (specs), "/data", NULL);
      g_autoptr (GError) error = NULL;
      gboolean ok = assay_options_set (options, cases[i].name, cases[i].text, "/base", &error);
      if (cases[i].code < 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, ASSAY_PIPELINE_ERROR, cases[i].code);
        }
    }
}

static void
test_option_getters (void)
{
  g_autoptr (AssayOptions) options = assay_options_new (specs, G_N_ELEMENTS (specs), "/data", NULL);
  g_assert_false (assay_options_get_bool (options, "flag"));
  g_assert_cmpint (assay_options_get_int (options, "count"), ==, 3);
  g_assert_cmpfloat (assay_options_get_double (options, "ratio"), ==, 0.5);
  g_assert_null (assay_options_get_string (options, "name"));
  g_assert_cmpint (assay_options_get_enum (options, "mode"), ==, 0);
  g_assert_cmpstr (assay_options_get_string (options, "mode"), ==, "fast");
  g_assert_false (assay_options_is_set (options, "count"));

  g_assert_true (assay_options_set (options, "count", "8", "/base", NULL));
  g_assert_true (assay_options_set (options, "mode", "exact", "/base", NULL));
  g_assert_true (assay_options_set (options, "file", "sub/x.tsv", "/base", NULL));
  g_assert_true (assay_options_set (options, "name", "ñame", "/base", NULL));
  g_assert_cmpint (assay_options_get_int (options, "count"), ==, 8);
  g_assert_cmpint (assay_options_get_enum (options, "mode"), ==, 1);
  g_assert_cmpstr (assay_options_get_string (options, "file"), ==, "/base/sub/x.tsv");
  g_assert_cmpstr (assay_options_get_string (options, "name"), ==, "ñame");
  g_assert_true (assay_options_is_set (options, "count"));

  /* A bad value leaves the good one in place. */
  g_assert_false (assay_options_set (options, "count", "99", "/base", NULL));
  g_assert_cmpint (assay_options_get_int (options, "count"), ==, 8);

  g_autofree char *text = assay_options_to_text (options, "ratio");
  g_assert_cmpstr (text, ==, "0.5");
}

static void
test_option_misuse (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr (AssayOptions) options = assay_options_new (specs, G_N_ELEMENTS (specs), "/", NULL);
      assay_options_get_int (options, "flag");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*option 'flag' is a bool option*");
}

static void
test_spec_check (void)
{
  const struct
  {
    AssayOptionSpec spec;
    gboolean ok;
  } cases[] = {
    { { "fine", ASSAY_OPTION_INT, "2", "h", .min = "1", .max = "3" }, TRUE },
    { { "Bad_Name", ASSAY_OPTION_INT, "2", "h" }, FALSE },
    { { "bad-default", ASSAY_OPTION_INT, "two", "h" }, FALSE },
    { { "out-of-range", ASSAY_OPTION_INT, "9", "h", .max = "3" }, FALSE },
    { { "no-choices", ASSAY_OPTION_ENUM, NULL, "h" }, FALSE },
    { { "range-on-string", ASSAY_OPTION_STRING, NULL, "h", .min = "1" }, FALSE },
    { { "bad-type", (AssayOptionType) 99, NULL, "h" }, FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      gboolean ok = assay_option_spec_check (&cases[i].spec, &error);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (!ok)
        g_assert_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR);
    }
}

/* ---- pipelines --------------------------------------------------------- */

typedef struct
{
  const char *path;
  const char *text;
  int code;                 /* -1: valid */
  const char *mentions[3];  /* substrings the message must hold */
} PipelineCase;

static const PipelineCase pipeline_cases[] = {
  { "/pipeline/good/minimal", "[pipeline]\nstages=sentences\n", -1 },
  { "/pipeline/good/full",
    "# comment\n[pipeline]\ndescription=all of them\nstages=rewriter;sentences;counter;corpus-size\n"
    "[counter]\n# comments sit on their own lines\nlabel=SENT\nweight=2.5\nmode=exact\n"
    "words=false\nmin-words=2\nlexicon=" FIXTURE_PLUGIN_DIR "/data/lexicon.txt\n",
    -1 },
  { "/pipeline/good/two-instances",
    "[pipeline]\nstages=sentences;count-a;count-b\n[count-a]\nplugin=counter\n"
    "[count-b]\nplugin=counter\nmode=exact\n",
    -1 },
  { "/pipeline/bad/not-a-keyfile", "stages=x\n[pipeline\n", ASSAY_PIPELINE_ERROR_PARSE,
    { "test.pipeline", "not a pipeline file" } },
  { "/pipeline/bad/no-pipeline-section", "[other]\nstages=sentences\n",
    ASSAY_PIPELINE_ERROR_MISSING_SECTION, { "test.pipeline", "[pipeline]" } },
  { "/pipeline/bad/no-stages", "[pipeline]\ndescription=x\n", ASSAY_PIPELINE_ERROR_MISSING_KEY,
    { "[pipeline] stages" } },
  { "/pipeline/bad/empty-stages", "[pipeline]\nstages= ; \n", ASSAY_PIPELINE_ERROR_MISSING_KEY,
    { "[pipeline] stages" } },
  { "/pipeline/bad/unknown-key", "[pipeline]\nstages=sentences\nstagse=x\n",
    ASSAY_PIPELINE_ERROR_UNKNOWN_KEY, { "[pipeline] stagse", "did you mean 'stages'" } },
  { "/pipeline/bad/unknown-plugin", "[pipeline]\nstages=sentencs\n",
    ASSAY_PIPELINE_ERROR_UNKNOWN_PLUGIN, { "[pipeline] stages", "'sentencs'", "did you mean 'sentences'" } },
  { "/pipeline/bad/unknown-plugin-key", "[pipeline]\nstages=c\n[c]\nplugin=countr\n",
    ASSAY_PIPELINE_ERROR_UNKNOWN_PLUGIN, { "[c] plugin", "did you mean 'counter'" } },
  { "/pipeline/bad/comma-separated", "[pipeline]\nstages=rewriter,sentences\n",
    ASSAY_PIPELINE_ERROR_BAD_NAME, { "[pipeline] stages", "separate stages with ';'" } },
  { "/pipeline/bad/duplicate-stage", "[pipeline]\nstages=sentences;sentences\n",
    ASSAY_PIPELINE_ERROR_DUPLICATE_STAGE, { "[pipeline] stages", "listed twice" } },
  { "/pipeline/bad/unknown-option", "[pipeline]\nstages=sentences;counter\n[counter]\nlable=X\n",
    ASSAY_PIPELINE_ERROR_UNKNOWN_OPTION, { "[counter] lable", "did you mean 'label'", "its options:" } },
  { "/pipeline/bad/wrong-type", "[pipeline]\nstages=sentences;counter\n[counter]\nmin-words=few\n",
    ASSAY_PIPELINE_ERROR_BAD_VALUE, { "[counter] min-words", "'few' is not a whole number" } },
  { "/pipeline/bad/bool", "[pipeline]\nstages=sentences;counter\n[counter]\nwords=maybe\n",
    ASSAY_PIPELINE_ERROR_BAD_VALUE, { "[counter] words", "not a bool" } },
  { "/pipeline/bad/out-of-range", "[pipeline]\nstages=sentences;counter\n[counter]\nweight=11\n",
    ASSAY_PIPELINE_ERROR_OUT_OF_RANGE, { "[counter] weight", "out of range (0..10)" } },
  { "/pipeline/bad/not-a-choice", "[pipeline]\nstages=sentences;counter\n[counter]\nmode=slow\n",
    ASSAY_PIPELINE_ERROR_BAD_VALUE, { "[counter] mode", "not one of: fast, exact" } },
  { "/pipeline/bad/missing-file",
    "[pipeline]\nstages=sentences;counter\n[counter]\nlexicon=no/such/lexicon.txt\n",
    ASSAY_PIPELINE_ERROR_MISSING_FILE, { "[counter] lexicon", "no/such/lexicon.txt does not exist" } },
  { "/pipeline/bad/unknown-section", "[pipeline]\nstages=sentences;counter\n[countr]\nlabel=X\n",
    ASSAY_PIPELINE_ERROR_UNKNOWN_SECTION, { "[countr]", "did you mean 'counter'" } },
  { "/pipeline/bad/missing-requirement", "[pipeline]\nstages=counter\n",
    ASSAY_PIPELINE_ERROR_MISSING_REQUIREMENT,
    { "[pipeline] stages", "requires layer 'sentence'", "'sentences'" } },
  { "/pipeline/bad/requirement-later", "[pipeline]\nstages=counter;sentences\n",
    ASSAY_PIPELINE_ERROR_MISSING_REQUIREMENT, { "runs later", "move it before 'counter'" } },
  { "/pipeline/bad/rewrite-after-annotation", "[pipeline]\nstages=sentences;rewriter\n",
    ASSAY_PIPELINE_ERROR_REWRITE_ORDER, { "'rewriter' rewrites the text", "before 'sentences'" } },
  /* GKeyFile merged these silently. */
  { "/pipeline/bad/duplicate-group",
    "[pipeline]\nstages=sentences;counter\n[counter]\nlabel=X\n\n# again\n[pipeline]\ndescription=d\n",
    ASSAY_PIPELINE_ERROR_DUPLICATE, { "[pipeline]: the group is written twice, on lines 1 and 7" } },
  { "/pipeline/bad/duplicate-key",
    "[pipeline]\nstages=sentences;counter\n[counter]\nlabel=X\r\nmode=fast\n  label = Y\n",
    ASSAY_PIPELINE_ERROR_DUPLICATE, { "[counter] label: written twice, on lines 4 and 6" } },
  { "/pipeline/bad/duplicate-key-across-groups",
    "[pipeline]\nstages=sentences;counter\n[counter]\nlabel=X\n[pipeline]\nstages=sentences\n",
    ASSAY_PIPELINE_ERROR_DUPLICATE, { "lines 1 and 5", "[pipeline] stages: written twice, on lines 2 and 6" } },
  { "/pipeline/good/same-key-other-groups",
    "[pipeline]\nstages=sentences;counter;c2\n[counter]\nlabel=X\n[c2]\nplugin=counter\nlabel=X\nlabel[de]=Y\n", -1 },
  { "/pipeline/bad/several-at-once",
    "[pipeline]\nstages=sentences;counter;nothing\n[counter]\nweight=-1\nmode=slow\n",
    ASSAY_PIPELINE_ERROR_OUT_OF_RANGE, { "'nothing'", "[counter] weight", "[counter] mode" } },
};

static void
test_pipeline_case (gconstpointer data)
{
  const PipelineCase *c = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayPipeline) pipeline = assay_pipeline_load_data (
      c->text, strlen (c->text), "test.pipeline", "/nonexistent", registry, NULL, &error);
  if (c->code < 0)
    {
      g_assert_no_error (error);
      g_assert_nonnull (pipeline);
      return;
    }
  g_assert_null (pipeline);
  g_assert_error (error, ASSAY_PIPELINE_ERROR, c->code);
  g_assert_true (g_str_has_prefix (error->message, "test.pipeline: "));
  for (guint i = 0; i < G_N_ELEMENTS (c->mentions) && c->mentions[i]; i++)
    if (strstr (error->message, c->mentions[i]) == NULL)
      g_error ("message lacks «%s»:\n%s", c->mentions[i], error->message);
}

static void
test_pipeline_structure (void)
{
  const char *text = "[pipeline]\ndescription=d\nstages=sentences;count-a\n[count-a]\n"
                     "plugin=counter\nlabel=L\nlexicon=lexicon.txt\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayPipeline) p = assay_pipeline_load_data (text, strlen (text), "x.pipeline",
                                                          FIXTURE_PLUGIN_DIR "/data", registry,
                                                          NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (p->description, ==, "d");
  g_assert_cmpuint (p->stages->len, ==, 2);
  AssayPipelineStage *counter = p->stages->pdata[1];
  g_assert_cmpstr (counter->instance, ==, "count-a");
  g_assert_cmpstr (counter->info->desc.name, ==, "counter");
  g_assert_cmpstr (assay_options_get_string (counter->options, "label"), ==, "L");
  /* Relative paths in the file resolve against its folder. */
  g_assert_cmpstr (assay_options_get_string (counter->options, "lexicon"), ==,
                   FIXTURE_PLUGIN_DIR "/data/lexicon.txt");
}

static void
test_pipeline_overrides (void)
{
  const char *text = "[pipeline]\nstages=sentences;counter\n[counter]\nlabel=L\n";
  const char *const good[] = { "counter.label=M", "counter.min-words=4", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayPipeline) p = assay_pipeline_load_data (text, strlen (text), "x.pipeline", "/",
                                                          registry, good, &error);
  g_assert_no_error (error);
  AssayPipelineStage *counter = p->stages->pdata[1];
  g_assert_cmpstr (assay_options_get_string (counter->options, "label"), ==, "M");
  g_assert_cmpint (assay_options_get_int (counter->options, "min-words"), ==, 4);

  const struct
  {
    const char *set;
    int code;
  } bad[] = {
    { "counter.label", ASSAY_PIPELINE_ERROR_BAD_OVERRIDE },
    { "label=M", ASSAY_PIPELINE_ERROR_BAD_OVERRIDE },
    { "dates.reference-key=x", ASSAY_PIPELINE_ERROR_BAD_OVERRIDE },
    { "counter.nope=1", ASSAY_PIPELINE_ERROR_UNKNOWN_OPTION },
    { "counter.min-words=-3", ASSAY_PIPELINE_ERROR_OUT_OF_RANGE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char *const sets[] = { bad[i].set, NULL };
      g_autoptr (GError) e = NULL;
      g_autoptr (AssayPipeline) none = assay_pipeline_load_data (text, strlen (text), "x.pipeline",
                                                                 "/", registry, sets, &e);
      g_assert_null (none);
      g_assert_error (e, ASSAY_PIPELINE_ERROR, bad[i].code);
      g_assert_nonnull (strstr (e->message, "--set"));
    }
}

static void
test_pipeline_unreadable (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayPipeline) p = assay_pipeline_load ("/no/such.pipeline", registry, NULL, &error);
  g_assert_null (p);
  g_assert_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "/no/such.pipeline"));
  g_clear_error (&error);

  /* /dev/zero has no end: reading stops at the limit. */
  g_assert_null (assay_pipeline_load ("/dev/zero", registry, NULL, &error));
  g_assert_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_READ);
  g_assert_nonnull (strstr (error->message, "/dev/zero: more than the limit of 16777216 bytes"));
}

static void
test_unknown_plugin_mentions_broken (void)
{
  g_autoptr (AssayRegistry) with_broken = assay_registry_new ();
  assay_registry_scan_dir (with_broken, BAD_PLUGIN_DIR);
  const char *text = "[pipeline]\nstages=abi-too-new\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayPipeline) p = assay_pipeline_load_data (text, strlen (text), "x.pipeline", "/",
                                                          with_broken, NULL, &error);
  g_assert_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_UNKNOWN_PLUGIN);
  g_assert_nonnull (strstr (error->message, "failed to load (see `assay plugins`)"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  registry = assay_registry_new ();
  assay_registry_scan_dir (registry, FIXTURE_PLUGIN_DIR);
  g_assert_cmpuint (assay_registry_get_broken (registry)->len, ==, 0);

  g_test_add_func ("/options/values", test_option_values);
  g_test_add_func ("/options/getters", test_option_getters);
  g_test_add_func ("/options/misuse", test_option_misuse);
  g_test_add_func ("/options/spec-check", test_spec_check);
  for (guint i = 0; i < G_N_ELEMENTS (pipeline_cases); i++)
    g_test_add_data_func (pipeline_cases[i].path, &pipeline_cases[i], test_pipeline_case);
  g_test_add_func ("/pipeline/structure", test_pipeline_structure);
  g_test_add_func ("/pipeline/overrides", test_pipeline_overrides);
  g_test_add_func ("/pipeline/unreadable", test_pipeline_unreadable);
  g_test_add_func ("/pipeline/unknown-plugin-mentions-broken", test_unknown_plugin_mentions_broken);
  int status = g_test_run ();
  assay_registry_free (registry);
  return status;
}
