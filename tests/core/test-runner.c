/* test-runner.c: the streaming runner: one record per input in input order,
 * the same bytes for any number of workers, failures as error records, and
 * the cross-document phase. */
#include "test-util.h"

#include <string.h>
#include <json-glib/json-glib.h>

static AssayRegistry *registry;
static char *tmp_dir;

static AssayPipeline *
pipeline_from (const char *text)
{
  g_autoptr (GError) error = NULL;
  AssayPipeline *p = assay_pipeline_load_data (text, strlen (text), "test.pipeline", tmp_dir,
                                               registry, NULL, &error);
  g_assert_no_error (error);
  return p;
}

/* Runs @p over @inputs; returns the output, and @ok what assay_run said. */
static char *
run (const AssayPipeline *p, const char *const *inputs, guint workers, AssayRunStats *stats,
     gboolean *ok, GError **error)
{
  char *buffer = NULL;
  size_t size = 0;
  FILE *out = open_memstream (&buffer, &size);
  g_autoptr (AssayReader) reader = assay_reader_new (inputs, NULL);
  g_assert_nonnull (reader);
  char *except[] = { "token", NULL };
  AssayRunConfig config = { .n_workers = workers, .out = out, .output = { .except = except } };
  AssayRunStats local_stats;
  gboolean result = assay_run (p, reader, &config, stats ? stats : &local_stats, error);
  fclose (out);
  if (ok)
    *ok = result;
  else
    g_assert_true (result);
  return buffer;
}

static char *
write_corpus (const char *name, guint n_docs, const char *poison_every)
{
  g_autoptr (GString) jsonl = g_string_new (NULL);
  GRand *rand = g_rand_new_with_seed (7);
  static const char *const words[] = { "Prague", "said", "the", "ministry", "on", "Wednesday",
                                       "Gdańsk", "hackers", "attack", "NATO", "EU", "APT31" };
  for (guint i = 0; i < n_docs; i++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      guint n_words = g_rand_int_range (rand, 0, 400);
      for (guint w = 0; w < n_words; w++)
        {
          g_string_append (text, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
          guint r = g_rand_int_range (rand, 0, 20);
          g_string_append (text, r == 0 ? ". " : r == 1 ? "  " : r == 2 ? "\n" : " ");
          if (r == 3)
            g_string_append (text, "ADVERT: buy now\n");
        }
      if (poison_every && i % 10 == 3)
        g_string_append (text, poison_every);
      AssayJsonWriter w;
      assay_json_writer_init (&w, jsonl);
      assay_json_begin_object (&w);
      assay_json_key (&w, "id");
      g_autofree char *id = g_strdup_printf ("doc-%04u", i);
      assay_json_string (&w, id);
      assay_json_key (&w, "text");
      assay_json_string (&w, text->str);
      assay_json_end_object (&w);
      g_string_append_c (jsonl, '\n');
      if (i == n_docs / 2)
        g_string_append (jsonl, "{\"id\": broken\n");
    }
  g_rand_free (rand);
  char *path = g_build_filename (tmp_dir, name, NULL);
  g_assert_true (g_file_set_contents (path, jsonl->str, jsonl->len, NULL));
  return path;
}

static GPtrArray *
records (const char *output)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  g_auto (GStrv) lines = g_strsplit (output, "\n", -1);
  for (char **l = lines; *l; l++)
    {
      if (**l == '\0')
        continue;
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (GError) error = NULL;
      if (!json_parser_load_from_data (parser, *l, -1, &error))
        g_error ("not a JSON line: %s: %s", error->message, *l);
      g_ptr_array_add (list, json_node_copy (json_parser_get_root (parser)));
    }
  return list;
}

static const char *
member (JsonNode *record, const char *name)
{
  JsonObject *o = json_node_get_object (record);
  return json_object_has_member (o, name) && !json_object_get_null_member (o, name)
             ? json_object_get_string_member (o, name)
             : NULL;
}

static void
test_same_bytes_for_any_workers (void)
{
  g_autofree char *corpus = write_corpus ("many.jsonl", 400, NULL);
  g_autoptr (AssayPipeline) p
      = pipeline_from ("[pipeline]\nstages=rewriter;sentences;counter;corpus-size\n");
  const char *const inputs[] = { corpus, NULL };
  AssayRunStats stats;
  g_autofree char *one = run (p, inputs, 1, &stats, NULL, NULL);
  g_assert_cmpuint (stats.n_documents, ==, 400);
  g_assert_cmpuint (stats.n_errors, ==, 1);
  g_assert_cmpuint (stats.n_findings, ==, 1);
  for (guint workers = 2; workers <= 8; workers *= 2)
    {
      g_autofree char *many = run (p, inputs, workers, NULL, NULL, NULL);
      g_assert_cmpstr (one, ==, many);
    }

  /* One record per input line, in input order, then the finding. */
  g_autoptr (GPtrArray) list = records (one);
  g_assert_cmpuint (list->len, ==, 402);
  guint doc = 0;
  for (guint i = 0; i < 401; i++)
    {
      const char *type = member (list->pdata[i], "type");
      if (i == 201)
        {
          g_assert_cmpstr (type, ==, "error");
          g_assert_true (g_str_has_suffix (member (list->pdata[i], "input"), "many.jsonl:202"));
          continue;
        }
      g_assert_cmpstr (type, ==, "doc");
      g_autofree char *id = g_strdup_printf ("doc-%04u", doc++);
      g_assert_cmpstr (member (list->pdata[i], "id"), ==, id);
    }
  g_assert_cmpstr (member (list->pdata[401], "type"), ==, "finding");
  g_assert_cmpstr (member (list->pdata[401], "kind"), ==, "longest-document");
}

/* Documents large enough that the window fills by its bytes before its
 * count (17 of 1 MB, where the window stops at 16 MB): every record comes
 * out, in order, the same for any number of workers.  One light stage, so
 * that it stays quick under ThreadSanitizer. */
static void
test_window_full_by_bytes (void)
{
  g_autoptr (GString) jsonl = g_string_new (NULL);
  for (guint i = 0; i < 17; i++)
    {
      g_string_append_printf (jsonl, "{\"id\": \"big-%02u\", \"text\": \"", i);
      for (guint k = 0; k < (1u << 20) / 16; k++)
        g_string_append (jsonl, k % 50 == 49 ? "Hackers said. \\n" : "Prague said no ");
      g_string_append (jsonl, "\"}\n");
    }
  g_autofree char *path = g_build_filename (tmp_dir, "big.jsonl", NULL);
  g_assert_true (g_file_set_contents (path, jsonl->str, jsonl->len, NULL));
  g_autoptr (AssayPipeline) p = pipeline_from ("[pipeline]\nstages=sentences\n");
  const char *const inputs[] = { path, NULL };
  AssayRunStats stats;
  g_autofree char *one = run (p, inputs, 1, &stats, NULL, NULL);
  g_assert_cmpuint (stats.n_documents, ==, 17);
  g_autofree char *two = run (p, inputs, 2, NULL, NULL, NULL);
  g_assert_true (strcmp (one, two) == 0);
  g_autoptr (GPtrArray) list = records (one);
  g_assert_cmpuint (list->len, ==, 17);
  for (guint i = 0; i < 17; i++)
    {
      g_autofree char *id = g_strdup_printf ("big-%02u", i);
      g_assert_cmpstr (member (list->pdata[i], "id"), ==, id);
    }
}

/* JSON is parsed in the workers: every limit and malformed-line error of
 * the reader (issue 28) comes out of a run as the same error record, in
 * its place, for any number of workers. */
static void
test_hostile_lines_in_workers (void)
{
  g_autoptr (GString) jsonl = g_string_new (NULL);
  g_string_append (jsonl, "{\"id\":\"a\",\"text\":\"Fine.\"}\n");
  g_string_append (jsonl, "{\"id\":\"deep\",\"x\":");
  for (guint i = 0; i < 600; i++)
    g_string_append_c (jsonl, '[');
  g_string_append (jsonl, "\n{\"id\":\"b\",\"text\":\"x\"} {\"id\":\"c\"}\n");
  g_string_append (jsonl, "{\"id\":\"d\",\"text\":\"lone \\ud800 half\"}\r\n");
  g_string_append (jsonl, "{\"id\":\"e\",\"text\":\"too long for the limit\"}\r");
  g_string_append (jsonl, "{\"id\":18446744073709551616,\"text\":\"Big id.\"}\n");
  g_string_append (jsonl, "{\"id\": broken\n");
  g_string_append (jsonl, "{\"id\":\"f\",\"text\":\"Last.\"}");
  g_autofree char *path = g_build_filename (tmp_dir, "hostile.jsonl", NULL);
  g_assert_true (g_file_set_contents (path, jsonl->str, jsonl->len, NULL));
  g_autoptr (AssayPipeline) p = pipeline_from ("[pipeline]\nstages=sentences\n");
  const char *const inputs[] = { path, NULL };

  /* What the reader alone makes of each line, parsed in its own thread. */
  g_autoptr (AssayReader) reader = assay_reader_new (inputs, NULL);
  AssayReaderLimits limits;
  assay_reader_limits_init (&limits);
  limits.max_doc_bytes = 16;
  assay_reader_set_limits (reader, &limits);
  g_autoptr (GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  AssayInputItem item;
  while (assay_reader_next (reader, &item))
    {
      g_ptr_array_add (expected, item.error ? g_strdup (item.error->message) : NULL);
      assay_input_item_clear (&item);
    }
  g_assert_cmpuint (expected->len, ==, 8);

  g_autofree char *one = NULL;
  for (guint workers = 1; workers <= 8; workers *= 2)
    {
      char *buffer = NULL;
      size_t size = 0;
      FILE *out = open_memstream (&buffer, &size);
      g_autoptr (AssayReader) r = assay_reader_new (inputs, NULL);
      assay_reader_set_limits (r, &limits);
      AssayRunConfig config = { .n_workers = workers, .out = out };
      AssayRunStats stats;
      g_assert_true (assay_run (p, r, &config, &stats, NULL));
      fclose (out);
      g_assert_cmpuint (stats.n_documents, ==, 3);
      g_assert_cmpuint (stats.n_errors, ==, 5);
      if (one == NULL)
        {
          one = buffer;
          continue;
        }
      g_assert_cmpstr (one, ==, buffer);
      g_free (buffer);
    }
  g_autoptr (GPtrArray) list = records (one);
  g_assert_cmpuint (list->len, ==, 8);
  for (guint i = 0; i < list->len; i++)
    {
      const char *message = expected->pdata[i];
      g_assert_cmpstr (member (list->pdata[i], "type"), ==, message ? "error" : "doc");
      if (message)
        g_assert_cmpstr (member (list->pdata[i], "message"), ==, message);
    }
  g_assert_cmpstr (member (list->pdata[5], "id"), ==, "18446744073709551616");
  g_assert_nonnull (strstr (expected->pdata[1], "nested deeper than"));
  g_assert_nonnull (strstr (expected->pdata[2], "more after the end"));
  g_assert_nonnull (strstr (expected->pdata[3], "lone UTF-16 surrogate"));
  g_assert_nonnull (strstr (expected->pdata[4], "--max-doc-bytes"));
  g_assert_nonnull (strstr (expected->pdata[6], "malformed JSON"));
}

static void
test_rewritten_offsets (void)
{
  test_write_file (tmp_dir, "ad.txt", "ADVERT: click\nBody  starts here.  Done.\n", -1);
  g_autofree char *path = g_build_filename (tmp_dir, "ad.txt", NULL);
  g_autoptr (AssayPipeline) p = pipeline_from ("[pipeline]\nstages=rewriter;sentences\n");
  const char *const inputs[] = { path, NULL };
  g_autofree char *out = run (p, inputs, 2, NULL, NULL, NULL);
  g_assert_cmpstr (
      out, ==,
      "{\"type\":\"doc\",\"id\":\"ad\",\"meta\":{\"sentence-count\":\"2\"},"
      "\"text\":\"Body starts here. Done.\\n\",\"annotations\":["
      "{\"id\":1,\"layer\":\"removed\",\"start\":0,\"end\":0,\"orig_start\":0,\"orig_end\":14,"
      "\"text\":\"\",\"label\":\"advert\",\"attrs\":{}},"
      "{\"id\":2,\"layer\":\"sentence\",\"start\":0,\"end\":17,\"orig_start\":14,\"orig_end\":32,"
      "\"text\":\"Body starts here.\",\"label\":null,\"attrs\":{}},"
      "{\"id\":3,\"layer\":\"sentence\",\"start\":18,\"end\":23,\"orig_start\":34,\"orig_end\":39,"
      "\"text\":\"Done.\",\"label\":null,\"attrs\":{}}],\"findings\":[]}\n");
}

static void
test_stage_fails_on_some (void)
{
  g_autofree char *corpus = write_corpus ("poison.jsonl", 40, " POISON");
  g_autoptr (AssayPipeline) p = pipeline_from ("[pipeline]\nstages=sentences;fails-on-one-doc;corpus-size\n");
  const char *const inputs[] = { corpus, NULL };
  AssayRunStats stats;
  g_autofree char *out = run (p, inputs, 3, &stats, NULL, NULL);
  g_assert_cmpuint (stats.n_documents, ==, 36);
  g_assert_cmpuint (stats.n_errors, ==, 5);
  g_autoptr (GPtrArray) list = records (out);
  g_assert_cmpuint (list->len, ==, 42);
  JsonNode *failed = list->pdata[3];
  g_assert_cmpstr (member (failed, "type"), ==, "error");
  g_assert_cmpstr (member (failed, "id"), ==, "doc-0003");
  g_assert_cmpstr (member (failed, "stage"), ==, "fails-on-one-doc");
  g_assert_true (g_str_has_suffix (member (failed, "input"), "poison.jsonl:4"));
  g_assert_true (g_str_has_prefix (member (failed, "message"), "found poison at byte"));
  /* The cross-document phase saw only documents that went through. */
  g_assert_nonnull (strstr (member (list->pdata[41], "message"), "of 36 documents"));
}

static void
test_undeclared_layer (void)
{
  test_write_file (tmp_dir, "one.txt", "Some text.", -1);
  g_autofree char *path = g_build_filename (tmp_dir, "one.txt", NULL);
  g_autoptr (AssayPipeline) p = pipeline_from ("[pipeline]\nstages=undeclared-layer\n");
  const char *const inputs[] = { path, NULL };
  AssayRunStats stats;
  g_autofree char *out = run (p, inputs, 1, &stats, NULL, NULL);
  g_assert_cmpuint (stats.n_errors, ==, 1);
  g_assert_nonnull (strstr (out, "\"stage\":\"undeclared-layer\""));
  g_assert_nonnull (strstr (out, "wrote to layer 'secret', which it does not list in its provides"));
}

static void
test_create_fails (void)
{
  test_write_file (tmp_dir, "one.txt", "Some text.", -1);
  g_autofree char *path = g_build_filename (tmp_dir, "one.txt", NULL);
  g_autoptr (AssayPipeline) p = pipeline_from ("[pipeline]\nstages=sentences;create-fails\n");
  const char *const inputs[] = { path, NULL };
  g_autoptr (GError) error = NULL;
  gboolean ok;
  g_autofree char *out = run (p, inputs, 2, NULL, &ok, &error);
  g_assert_false (ok);
  g_assert_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_CREATE);
  g_assert_nonnull (strstr (error->message, "stage 'create-fails'"));
  g_assert_nonnull (strstr (error->message, "create-fails.so"));
  g_assert_nonnull (strstr (error->message, "gazetteer.tsv line 3"));
  g_assert_cmpstr (out, ==, "");
}

/* A failing create() in the middle: the stages after it were never set
 * up, and tearing down must not touch them (it once did, and crashed). */
static void
test_create_fails_first (void)
{
  test_write_file (tmp_dir, "one.txt", "Some text.", -1);
  g_autofree char *path = g_build_filename (tmp_dir, "one.txt", NULL);
  g_autoptr (AssayPipeline) p
      = pipeline_from ("[pipeline]\nstages=create-fails;sentences;counter;corpus-size\n");
  const char *const inputs[] = { path, NULL };
  g_autoptr (GError) error = NULL;
  gboolean ok;
  g_autofree char *out = run (p, inputs, 2, NULL, &ok, &error);
  g_assert_false (ok);
  g_assert_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_CREATE);
}

static void
test_empty_input (void)
{
  test_write_file (tmp_dir, "empty.jsonl", "", 0);
  g_autofree char *path = g_build_filename (tmp_dir, "empty.jsonl", NULL);
  g_autoptr (AssayPipeline) p = pipeline_from ("[pipeline]\nstages=sentences;corpus-size\n");
  const char *const inputs[] = { path, NULL };
  AssayRunStats stats;
  g_autofree char *out = run (p, inputs, 4, &stats, NULL, NULL);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpuint (stats.n_documents + stats.n_errors + stats.n_findings, ==, 0);
}

/* The stages created once and run document by document, as the fuzz
 * targets use them: the same checks and errors as a run. */
static void
test_stage_set (void)
{
  g_autoptr (AssayPipeline) p
      = pipeline_from ("[pipeline]\nstages=sentences;fails-on-one-doc;undeclared-layer\n");
  g_autoptr (GError) error = NULL;
  AssayStageSet *set = assay_stage_set_new (p, NULL, &error);
  g_assert_no_error (error);

  AssayDocument *poisoned = assay_document_new ("p", "Fine. POISON here.", -1);
  g_assert_false (assay_stage_set_process (set, poisoned, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT);
  g_assert_cmpstr (error->message, ==, "stage 'fails-on-one-doc': found poison at byte 6");
  g_clear_error (&error);
  guint n;
  assay_document_get_annotations (poisoned, "sentence", &n);
  g_assert_cmpuint (n, ==, 2);
  assay_document_free (poisoned);

  /* The core's guard works here too: a layer the stage did not declare. */
  AssayDocument *clean = assay_document_new ("c", "Fine.", -1);
  g_assert_false (assay_stage_set_process (set, clean, &error));
  g_assert_nonnull (strstr (error->message, "stage 'undeclared-layer': "));
  g_assert_nonnull (strstr (error->message, "'secret'"));
  g_clear_error (&error);
  assay_document_free (clean);
  assay_stage_set_free (set);

  g_autoptr (AssayPipeline) bad = pipeline_from ("[pipeline]\nstages=create-fails\n");
  g_assert_null (assay_stage_set_new (bad, NULL, &error));
  g_assert_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_CREATE);
}

/* A finish in two phases (ABI 1.3): a run joins every story, then
 * finishes them all; a stage that breaks the phases' rules fails its
 * cross-document phase with an error record that says which rule. */
static void
test_two_phases (void)
{
  g_autofree char *path = write_corpus ("pairs.jsonl", 5, NULL);
  const char *const inputs[] = { path, NULL };
  g_autoptr (AssayPipeline) p = pipeline_from ("[pipeline]\nstages=story-pairs\n");
  AssayRunStats stats;
  g_autofree char *out = run (p, inputs, 2, &stats, NULL, NULL);
  g_assert_cmpuint (stats.n_findings, ==, 2);
  g_autoptr (GPtrArray) list = records (out);
  /* Five documents (one input line is broken: an error record), then
   * stories p1, p2 (each with its finding) and p3 alone. */
  g_assert_cmpuint (list->len, ==, 6 + 5);
  const char *kinds[] = { "story", "finding", "story", "finding", "story" };
  for (guint i = 0; i < 5; i++)
    g_assert_cmpstr (member (list->pdata[6 + i], "type"), ==, kinds[i]);
  g_assert_cmpstr (member (list->pdata[6], "id"), ==, "p1");
  g_assert_cmpstr (member (list->pdata[10], "id"), ==, "p3");
  g_assert_cmpstr (member (list->pdata[9], "story"), ==, "p2");
  /* The join told each document its story. */
  g_assert_nonnull (strstr (out, "{\"type\":\"doc\",\"id\":\"doc-0002\",\"meta\":{\"story\":\"p2\""));

  const struct
  {
    const char *misstep;
    const char *message;
  } missteps[] = {
    { "skip-last", "finish_stories() began 2 of the 3 stories of its range" },
    { "swap", "story 'p2' (2 documents) begun where join() told story 'p1' (2 documents)" },
    { "finding-in-join", "a finding emitted in join(): findings belong to finish_stories()" },
    { "other-docs", "story 'p1' begun with other documents than join() told it" },
    { "past-end", "story 'p4' begun past the end of finish_stories()' range (stories 0 to 2)" },
    { "finding-before-begin", "a finding emitted in finish_stories() before its range's first story was begun" },
    /* ABI 1.6's budget error outside a budgeted reduce: a record, not a stop */
    { "over-budget", "the pairs do not fit the share" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (missteps); i++)
    {
      g_autofree char *text = g_strdup_printf ("[pipeline]\nstages=story-pairs\n[story-pairs]\nmisstep=%s\n",
                                               missteps[i].misstep);
      g_autoptr (AssayPipeline) bad = pipeline_from (text);
      g_autofree char *bad_out = run (bad, inputs, 1, &stats, NULL, NULL);
      /* One error per cross-document phase: the stage's (the broken line's
       * is a document's). */
      g_assert_cmpuint (stats.n_errors, ==, 2);
      if (strstr (bad_out, missteps[i].message) == NULL)
        g_error ("misstep %s: no error record saying «%s» in:\n%s", missteps[i].misstep, missteps[i].message,
                 bad_out);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  registry = assay_registry_new ();
  assay_registry_scan_dir (registry, FIXTURE_PLUGIN_DIR);
  assay_registry_scan_dir (registry, BAD_PLUGIN_DIR);
  tmp_dir = g_dir_make_tmp ("assay-runner-XXXXXX", NULL);

  g_test_add_func ("/runner/same-bytes-for-any-workers", test_same_bytes_for_any_workers);
  g_test_add_func ("/runner/window-full-by-bytes", test_window_full_by_bytes);
  g_test_add_func ("/runner/hostile-lines-in-workers", test_hostile_lines_in_workers);
  g_test_add_func ("/runner/rewritten-offsets", test_rewritten_offsets);
  g_test_add_func ("/runner/stage-fails-on-some", test_stage_fails_on_some);
  g_test_add_func ("/runner/undeclared-layer", test_undeclared_layer);
  g_test_add_func ("/runner/create-fails", test_create_fails);
  g_test_add_func ("/runner/create-fails-first", test_create_fails_first);
  g_test_add_func ("/runner/empty-input", test_empty_input);
  g_test_add_func ("/runner/stage-set", test_stage_set);
  g_test_add_func ("/runner/two-phases", test_two_phases);
  int status = g_test_run ();

  test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  assay_registry_free (registry);
  return status;
}
