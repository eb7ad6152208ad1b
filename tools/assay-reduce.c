/* assay-reduce.c: `assay reduce`: merge the shards' states of `assay map`
 * and finish the cross-document phase (docs/cluster.md), within a memory
 * budget when one is given.  Apart from assay.c so each stays a file one
 * can hold in one's head.
 */
#include "assay-cli.h"

#include <string.h>
#include <sys/resource.h>

/* Appends the states of the list file @path to @states, and their map
 * outputs to *@docs when the lines name them (all or none, and not with
 * --docs as well). */
static gboolean
read_shard_list (const char *path, GPtrArray *states, char ***docs)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) error = NULL;
  if (!g_file_get_contents (path, &text, NULL, &error))
    {
      usage_error ("reduce: --from %s", error->message);
      return FALSE;
    }
  g_autoptr (GStrvBuilder) outputs = g_strv_builder_new ();
  guint n_outputs = 0, n_lines = 0, first = states->len;
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      if (*lines[i] == '\0')
        continue;
      n_lines++;
      char *tab = strchr (lines[i], '\t');
      if (tab)
        {
          *tab = '\0';
          g_strv_builder_add (outputs, tab + 1);
          n_outputs++;
        }
      g_ptr_array_add (states, g_strdup (lines[i]));
    }
  if (n_outputs > 0 && (n_outputs != n_lines || first > 0 || *docs))
    {
      usage_error ("reduce: --from %s: name a map output on every line or on none, and give the states and "
                   "outputs either there or on the command line", path);
      return FALSE;
    }
  if (n_outputs > 0)
    *docs = g_strv_builder_end (outputs);
  return TRUE;
}

/* The budget bounds what grows with the archive in the core; a stage's
 * finish() holds its own work in memory (docs/cluster.md).  Says so when
 * the peak went over. */
static void
warn_over_budget (guint64 budget)
{
  struct rusage usage;
  if (budget == 0 || getrusage (RUSAGE_SELF, &usage) != 0)
    return;
  guint64 peak = (guint64) usage.ru_maxrss << 10;
  if (peak > budget)
    g_printerr ("assay: the reduce's memory peaked at %" G_GUINT64_FORMAT "M, over --memory-budget %"
                G_GUINT64_FORMAT "M: a stage's finish() grouped its stories in memory beyond the budget\n",
                (peak + (1 << 20) - 1) >> 20, budget >> 20);
}

int
cmd_reduce (int argc, char **argv)
{
  g_autofree char *output = NULL, *from = NULL, *part_text = NULL, *budget_text = NULL, *tmp_dir = NULL;
  g_auto (GStrv) sets = NULL, docs = NULL;
  const GOptionEntry entries[] = {
    { "part", 0, 0, G_OPTION_ARG_STRING, &part_text,
      "Write only part K of N (1 <= K <= N); the N parts, concatenated in order, are the whole output.  When "
      "the cross-document stage finishes in two phases, the parts divide its stories' comparisons and the "
      "shards' records between them; otherwise part K writes the K-th of N ranges of shards, and the last part "
      "the cross-document records", "K/N" },
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from,
      "Read the states from LIST, one a line, each optionally followed by a tab and its map's output (for more "
      "shards than a command line holds)", "LIST" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write JSONL to FILE (written whole, then renamed into place) instead of standard output", "FILE" },
    { "docs", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &docs,
      "A map's output, once per state and in the same order: written first, each document with its story, so "
      "that the output is the bytes of one assay run", "DOCS" },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sets,
      "Override a pipeline option, as the maps did (repeatable)", "STAGE.OPTION=VALUE" },
    { "memory-budget", 0, 0, G_OPTION_ARG_STRING, &budget_text,
      "Keep the reduce's memory within SIZE bytes (K, M, G: powers of 1024): the tables that grow with the "
      "archive are sorted on disk; the output is the same bytes", "SIZE" },
    { "tmp-dir", 0, 0, G_OPTION_ARG_FILENAME, &tmp_dir,
      "Put temporary files in DIR (default: $TMPDIR, else /tmp); they are removed however the reduce ends",
      "DIR" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = new_context (
      "PIPELINE STATE... - merge the states of assay map and finish the cross-document phase",
      "Merges the shards' states in the order given and writes the story,\n"
      "finding and cross-document error records.  With --docs (one map output\n"
      "per state), those records come first, each document with its story: the\n"
      "output is then byte-identical to one assay run over the shards' inputs\n"
      "in order.  A state of another pipeline, stage version or option value\n"
      "is refused.  With --memory-budget, what grows with the archive is sorted\n"
      "on disk, and a budget too small is refused, saying the smallest that\n"
      "works.  See docs/cluster.md.",
      entries);
  g_autoptr (GPtrArray) split_args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char **split_argv = split_short_values (&argc, argv, split_args);
  argv = split_argv;
  if (!parse_args (context, &argc, &argv))
    return EXIT_USAGE;
  if (argc < 2)
    return usage_error ("reduce: name a pipeline file or a shipped pipeline (see assay reduce --help)");
  g_autoptr (GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  for (int i = 2; i < argc; i++)
    g_ptr_array_add (states, g_strdup (argv[i]));
  if (from && !read_shard_list (from, states, &docs))
    return EXIT_USAGE;
  if (states->len == 0)
    return usage_error ("reduce: name the state files the maps wrote (--state), in shard order");
  guint n_states = states->len;
  if (docs && g_strv_length (docs) != n_states)
    return usage_error ("reduce: %u --docs for %u states: give each state's map output, in the same order",
                        g_strv_length (docs), n_states);
  g_ptr_array_add (states, NULL);

  guint64 part = 1, n_parts = 1;
  if (part_text)
    {
      g_auto (GStrv) kn = g_strsplit (part_text, "/", 2);
      if (g_strv_length (kn) != 2 || !g_ascii_string_to_unsigned (kn[1], 10, 1, G_MAXUINT, &n_parts, NULL)
          || !g_ascii_string_to_unsigned (kn[0], 10, 1, n_parts, &part, NULL))
        return usage_error ("reduce: --part '%s' is not K/N with 1 <= K <= N, such as 2/4", part_text);
    }

  guint64 budget = 0;
  if (budget_text && !parse_size (budget_text, &budget))
    return usage_error ("reduce: --memory-budget '%s' is not a size, such as 64M or 1G", budget_text);
  if (tmp_dir && !g_file_test (tmp_dir, G_FILE_TEST_IS_DIR))
    return usage_error ("reduce: --tmp-dir %s is not a folder", tmp_dir);

  g_autoptr (AssayRegistry) registry = NULL;
  g_autoptr (AssayPipeline) pipeline = open_pipeline ("reduce", argv[1], sets, &registry);
  if (pipeline == NULL)
    return EXIT_USAGE;
  g_autoptr (GError) error = NULL;

  FILE *out = stdout;
  AssayOutputFile *out_file = NULL;
  if (output && strcmp (output, "-") != 0)
    {
      if ((out_file = assay_output_file_open (output, &error)) == NULL)
        return usage_error ("reduce: %s", error->message);
      out = assay_output_file_get_stream (out_file);
    }
  buffer_output (out);
  AssayRunConfig config = { .n_workers = 1, .out = out, .memory_budget = budget, .tmp_dir = tmp_dir };
  AssayRunStats stats;
  gboolean ok = assay_run_reduce (pipeline, (const char *const *) states->pdata, n_states, (const char *const *) docs,
                                  part - 1, n_parts, &config, &stats, &error);
  if (out_file)
    {
      if (ok)
        ok = assay_output_file_commit (out_file, &error);
      else
        assay_output_file_abort (out_file);
    }
  if (!ok)
    {
      print_error (error->message);
      return g_error_matches (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_CREATE)
                     || g_error_matches (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_BUDGET)
                     || error->domain == ASSAY_STATE_ERROR
                 ? EXIT_USAGE
                 : EXIT_RUN_FAILED;
    }
  warn_over_budget (budget);
  if (stats.n_errors > 0)
    {
      g_printerr ("assay: %" G_GUINT64_FORMAT " cross-document phase%s failed; the error records are in the output\n",
                  stats.n_errors, stats.n_errors == 1 ? "" : "s");
      return EXIT_SOME_FAILED;
    }
  return EXIT_ALL_DONE;
}

