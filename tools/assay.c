/* assay.c: the command line: run, map, check, plugins, inspect; reduce is
 * in assay-reduce.c, report in assay-report.c.
 *
 * Exit status, as DESIGN.md fixes it: 0 when every document was processed,
 * 1 when some failed (their error records are in the output), 2 when the
 * pipeline or the command line is wrong and nothing was run.
 */
#include "assay-private.h"
#include "assay-report.h"
#include "assay-cli.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>


static char *opt_plugin_path = NULL;

static const GOptionEntry common_entries[] = {
  { "plugin-path", 0, 0, G_OPTION_ARG_STRING, &opt_plugin_path,
    "Folders to search for stage plugins first, separated by ':'", "DIRS" },
  { NULL }
};

int
usage_error (const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *text = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("assay: %s\n", text);
  return EXIT_USAGE;
}

GOptionContext *
new_context (const char *parameters, const char *summary, const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameters);
  g_option_context_set_summary (context, summary);
  if (entries)
    g_option_context_add_main_entries (context, entries, NULL);
  g_option_context_add_main_entries (context, common_entries, NULL);
  return context;
}

gboolean
parse_args (GOptionContext *context, int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;
  if (g_option_context_parse (context, argc, argv, &error))
    return TRUE;
  usage_error ("%s (see --help)", error->message);
  return FALSE;
}

static AssayRegistry *
load_registry (void)
{
  AssayRegistry *registry = assay_registry_new ();
  g_auto (GStrv) path = assay_registry_default_path (opt_plugin_path);
  for (char **dir = path; *dir; dir++)
    assay_registry_scan_dir (registry, *dir);
  return registry;
}

/* Standard output into a file gets the buffer an output file gets
 * (assay-output.c says what it saves); glibc takes a size only with the
 * buffer itself.  A pipe keeps stdio's block, so its reader gets records
 * as they come; an -o stream keeps the buffer it was given. */
void
buffer_output (FILE *out)
{
  static char stdout_buffer[256 * 1024];
  struct stat out_stat;
  if (out == stdout && fstat (STDOUT_FILENO, &out_stat) == 0 && S_ISREG (out_stat.st_mode))
    setvbuf (out, stdout_buffer, _IOFBF, sizeof stdout_buffer);
  else
    setvbuf (out, NULL, _IOFBF, 0);
}

/* Prints a message of one or more lines (a pipeline's problems come one a
 * line), each starting with "assay: " so it reads as this tool's in a
 * script's log. */
void
print_error (const char *message)
{
  g_auto (GStrv) lines = g_strsplit (message, "\n", -1);
  for (char **l = lines; *l; l++)
    if (**l)
      g_printerr ("%s%s\n", g_str_has_prefix (*l, "assay:") ? "" : "assay: ", *l);
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The names of the pipelines shipped with assay (files NAME.pipeline in
 * @dir), sorted. */
static char **
shipped_pipelines (const char *dir)
{
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  while (d && (name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".pipeline"))
      {
        g_autofree char *bare = g_strndup (name, strlen (name) - strlen (".pipeline"));
        g_strv_builder_add (b, bare);
      }
  char **names = g_strv_builder_end (b);
  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);
  return names;
}

/* Resolves the PIPELINE argument: a file as named, or else, when it is a
 * bare name ("news-crosscheck", "dates.pipeline"), a pipeline shipped with
 * assay (the build tree's when run uninstalled, the installed ones
 * otherwise).  Returns: (transfer full) (nullable): the file, or NULL after
 * saying what is wrong. */
static char *
resolve_pipeline (const char *command, const char *arg)
{
  if (g_file_test (arg, G_FILE_TEST_EXISTS) || strchr (arg, '/') != NULL)
    return g_strdup (arg);
  g_autofree char *dir = assay_default_pipeline_dir ();
  g_autofree char *file = g_str_has_suffix (arg, ".pipeline")
                               ? g_strdup (arg)
                               : g_strconcat (arg, ".pipeline", NULL);
  g_autofree char *path = g_build_filename (dir, file, NULL);
  if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&path);
  g_auto (GStrv) names = shipped_pipelines (dir);
  g_autofree char *bare = g_strndup (file, strlen (file) - strlen (".pipeline"));
  g_autofree char *hint = assay_suggest (bare, (const char *const *) names);
  g_autofree char *list = names[0] ? g_strjoinv (", ", names) : g_strdup ("none");
  usage_error ("%s: no pipeline file '%s' here, and no shipped pipeline of that name in %s%s%s%s; "
               "shipped: %s",
               command, arg, dir, hint ? " (did you mean '" : "", hint ? hint : "",
               hint ? "'?)" : "", list);
  return NULL;
}

/* The layers @pipeline's stages provide (not their metadata keys), sorted. */
static char **
pipeline_layers (const AssayPipeline *pipeline)
{
  g_autoptr (GPtrArray) layers = g_ptr_array_new ();
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      const AssayPipelineStage *stage = pipeline->stages->pdata[i];
      for (const char *const *p = stage->info->desc.provides; p && *p; p++)
        if (!g_str_has_prefix (*p, "meta:")
            && !g_ptr_array_find_with_equal_func (layers, *p, g_str_equal, NULL))
          g_ptr_array_add (layers, (gpointer) *p);
    }
  g_ptr_array_sort (layers, compare_strings);
  g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
  for (guint i = 0; i < layers->len; i++)
    g_strv_builder_add (b, layers->pdata[i]);
  return g_strv_builder_end (b);
}

/* Every --layers (or --span-text) name must be a layer some stage of the
 * pipeline provides: a misspelt one would silently write nothing.  Says
 * every unknown one, after @option; returns whether all are known. */
static gboolean
check_layers (const AssayPipeline *pipeline, const char *option, const char *const *only)
{
  g_auto (GStrv) known = pipeline_layers (pipeline);
  g_autofree char *list = known[0] ? g_strjoinv (", ", known) : g_strdup ("none");
  gboolean ok = TRUE;
  for (const char *const *l = only; *l; l++)
    {
      if (g_strv_contains ((const char *const *) known, *l))
        continue;
      g_autofree char *hint = assay_suggest (*l, (const char *const *) known);
      usage_error ("run: %s: no stage of %s provides a layer '%s'%s%s%s; its layers: %s",
                   option, pipeline->path, *l, hint ? " (did you mean '" : "", hint ? hint : "",
                   hint ? "'?)" : "", list);
      ok = FALSE;
    }
  return ok;
}

/* Every --set names a stage of the pipeline and one of its options; a
 * wrong name is said with the nearest right one.  Checked on the pipeline
 * as loaded without them; returns whether all are right (values are
 * checked when the pipeline loads with them). */
static gboolean
check_sets (const AssayPipeline *pipeline, const char *const *sets)
{
  g_autoptr (GStrvBuilder) ib = g_strv_builder_new ();
  for (guint i = 0; i < pipeline->stages->len; i++)
    g_strv_builder_add (ib, ((AssayPipelineStage *) pipeline->stages->pdata[i])->instance);
  g_auto (GStrv) instances = g_strv_builder_end (ib);
  gboolean ok = TRUE;
  for (const char *const *o = sets; o && *o; o++)
    {
      const char *eq = strchr (*o, '=');
      const char *dot = eq ? memchr (*o, '.', eq - *o) : NULL;
      if (eq == NULL || dot == NULL)
        continue; /* the pipeline's own check says how to write it */
      g_autofree char *instance = g_strndup (*o, dot - *o);
      g_autofree char *key = g_strndup (dot + 1, eq - dot - 1);
      const AssayPipelineStage *stage = NULL;
      for (guint i = 0; i < pipeline->stages->len && !stage; i++)
        if (strcmp (((AssayPipelineStage *) pipeline->stages->pdata[i])->instance, instance) == 0)
          stage = pipeline->stages->pdata[i];
      if (stage == NULL)
        {
          g_autofree char *hint = assay_suggest (instance, (const char *const *) instances);
          g_autofree char *list = g_strjoinv (", ", instances);
          usage_error ("--set %s: the pipeline has no stage '%s'%s%s%s; its stages: %s", *o,
                       instance, hint ? " (did you mean '" : "", hint ? hint : "",
                       hint ? "'?)" : "", list);
          ok = FALSE;
          continue;
        }
      g_autoptr (GStrvBuilder) nb = g_strv_builder_new ();
      gboolean found = FALSE;
      for (guint i = 0; i < stage->info->n_options; i++)
        {
          g_strv_builder_add (nb, stage->info->options[i].name);
          found = found || strcmp (stage->info->options[i].name, key) == 0;
        }
      if (found)
        continue;
      g_auto (GStrv) names = g_strv_builder_end (nb);
      g_autofree char *hint = assay_suggest (key, (const char *const *) names);
      g_autofree char *list = names[0] ? g_strjoinv (", ", names) : g_strdup ("none");
      usage_error ("--set %s: stage '%s' has no option '%s'%s%s%s; its options: %s", *o,
                   instance, key, hint ? " (did you mean '" : "", hint ? hint : "",
                   hint ? "'?)" : "", list);
      ok = FALSE;
    }
  return ok;
}

/* The pipeline @name names (a file or a shipped one) with the --set
 * overrides, each override's name checked against the pipeline as written
 * ("did you mean").  Returns: (transfer full) (nullable): the pipeline, and
 * in @registry (transfer full) the stages it was loaded from, which must
 * outlive it; NULL, having said why, on a usage error. */
AssayPipeline *
open_pipeline (const char *cmd, const char *name, char **sets, AssayRegistry **registry)
{
  g_autofree char *pipeline_file = resolve_pipeline (cmd, name);
  if (pipeline_file == NULL)
    return NULL;
  *registry = load_registry ();
  if (sets)
    {
      g_autoptr (AssayPipeline) plain = assay_pipeline_load (pipeline_file, *registry, NULL, NULL);
      if (plain && !check_sets (plain, (const char *const *) sets))
        return NULL;
    }
  g_autoptr (GError) error = NULL;
  AssayPipeline *pipeline = assay_pipeline_load (pipeline_file, *registry, (const char *const *) sets, &error);
  if (pipeline == NULL)
    print_error (error->message);
  return pipeline;
}

/* ---- run ------------------------------------------------------------------ */

static char temp_output[4096];
static char temp_state[4096]; /* a map's state file */

static void
remove_temp_output_and_exit (int sig)
{
  /* Only async-signal-safe calls here. */
  if (temp_output[0])
    unlink (temp_output);
  if (temp_state[0])
    unlink (temp_state);
  signal (sig, SIG_DFL);
  raise (sig);
}

/* The reference date anchors "yesterday" and "last Friday": a day, read by
 * the one date rule (assay_date_parse()).  A year or a month alone cannot
 * anchor them, so it is refused here, with what to write, rather than by a
 * stage after the pipeline has started. */
static gboolean
check_reference_date (const char *text, GError **error)
{
  AssayDate date;
  if (!assay_date_parse (text, -1, &date, error))
    return FALSE;
  if (date.grain != ASSAY_DATE_GRAIN_DAY)
    {
      g_set_error (error, ASSAY_DATE_ERROR, ASSAY_DATE_ERROR_SYNTAX,
                   "'%s' names a %s, and relative dates are counted from a day; write the day, as %04d-%02d-%02d",
                   text, date.grain == ASSAY_DATE_GRAIN_YEAR ? "year" : "month", date.year,
                   date.month ? date.month : 1, 1);
      return FALSE;
    }
  return TRUE;
}

static char **
split_list (const char *text)
{
  g_auto (GStrv) parts = g_strsplit (text, ",", -1);
  GStrvBuilder *b = g_strv_builder_new ();
  for (char **p = parts; *p; p++)
    if (*g_strstrip (*p))
      g_strv_builder_add (b, *p);
  char **list = g_strv_builder_end (b);
  g_strv_builder_unref (b);
  return list;
}

/* GOption takes a short option's value only as the next argument: "-j1"
 * would be refused.  Splits "-jN" and "-oFILE" in two, as getopt reads
 * them, before "--".  Returns: (transfer container): the new argv. */
char **
split_short_values (int *argc, char **argv, GPtrArray *owned)
{
  GPtrArray *out = g_ptr_array_new ();
  gboolean done = FALSE;
  for (int i = 0; i < *argc; i++)
    {
      const char *a = argv[i];
      done = done || strcmp (a, "--") == 0;
      /* "-o -jfile" names a file "-jfile". */
      gboolean is_value = i > 1 && (strcmp (argv[i - 1], "-o") == 0 || strcmp (argv[i - 1], "-j") == 0);
      if (!done && !is_value && i > 0 && a[0] == '-' && (a[1] == 'j' || a[1] == 'o') && a[2] != '\0')
        {
          char *flag = g_strndup (a, 2), *value = g_strdup (a + 2);
          g_ptr_array_add (owned, flag);
          g_ptr_array_add (owned, value);
          g_ptr_array_add (out, flag);
          g_ptr_array_add (out, value);
          continue;
        }
      g_ptr_array_add (out, argv[i]);
    }
  *argc = out->len;
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

gboolean
parse_size (const char *text, guint64 *value)
{
  char *end = NULL;
  if (!g_ascii_isdigit (*text))
    return FALSE;
  errno = 0;
  guint64 v = g_ascii_strtoull (text, &end, 10);
  if (errno != 0)
    return FALSE;
  guint shift = 0;
  if (*end && strchr ("kK", *end))
    shift = 10, end++;
  else if (*end && strchr ("mM", *end))
    shift = 20, end++;
  else if (*end && strchr ("gG", *end))
    shift = 30, end++;
  if (*end != '\0' || v == 0 || v > (G_MAXUINT64 >> shift))
    return FALSE;
  *value = v << shift;
  return TRUE;
}

/* How many of the ids documents share are named in the warning. */
#define MAX_DUPLICATES_NAMED 5

/* Says what a run's inputs held that the user may not expect: files and
 * members passed over (counted; named with -v), documents that share an
 * id, and inputs with no document at all.  None of it changes the exit
 * status: every input that was read has its record. */
static void
warn_about_inputs (AssayReader *reader, AssayDuplicateIds *ids, const AssayRunStats *stats,
                   gboolean verbose)
{
  guint64 n_unread = 0;
  const char *const *unread = assay_reader_get_unread (reader, &n_unread);
  if (n_unread > 0)
    {
      g_printerr ("assay: warning: %" G_GUINT64_FORMAT " file%s not read: assay reads .txt, "
                  ".html, .htm, .jsonl (.gz, .zst, .bz2, .xz) and archives%s\n",
                  n_unread, n_unread == 1 ? " was" : "s were",
                  verbose ? ":" : " (-v names them)");
      if (verbose)
        {
          guint64 named = 0;
          for (const char *const *u = unread; *u; u++, named++)
            g_printerr ("assay:   %s\n", *u);
          if (named < n_unread)
            g_printerr ("assay:   ... and %" G_GUINT64_FORMAT " more\n", n_unread - named);
        }
    }
  const char *const *examples = NULL;
  guint64 n_duplicates = assay_duplicate_ids_get_count (ids, &examples);
  if (n_duplicates > 0)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) examples);
      g_printerr ("assay: warning: %" G_GUINT64_FORMAT " document%s an id seen earlier "
                  "(the first: %s); every record is kept, so ids in the output are not "
                  "unique\n",
                  n_duplicates, n_duplicates == 1 ? " repeats" : "s repeat", names);
    }
  if (stats->n_documents + stats->n_errors == 0)
    g_printerr ("assay: warning: the inputs hold no documents%s\n",
                n_unread > 0 ? " of a type assay reads" : "");
}

/* `assay run`, or with @map `assay map`: the same run, whose cross-document
 * phase is saved to --state for `assay reduce` instead of finished. */
static int
run_or_map (int argc, char **argv, gboolean map)
{
  const char *cmd = map ? "map" : "run";
  g_autofree char *state = NULL;
  int jobs = 0;
  g_autofree char *output = NULL;
  g_autofree char *layers = NULL;
  g_autofree char *span_text = NULL;
  g_autofree char *reference_date = NULL;
  g_auto (GStrv) sets = NULL;
  g_autofree char *max_doc = NULL, *max_line = NULL, *max_fields = NULL, *max_annotations = NULL;
  gboolean with_original = FALSE, progress = FALSE, no_progress = FALSE, stage_times = FALSE;
  gboolean verbose = FALSE;
  g_autofree char *stdin_format = NULL;
  g_autofree char *tmp_dir = NULL;
  const GOptionEntry entries[] = {
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs, "Worker threads (default: all cores)", "N" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write JSONL to FILE (written whole, then renamed into place) instead of standard output",
      "FILE" },
    { "layers", 0, 0, G_OPTION_ARG_STRING, &layers,
      "Layers to write, separated by ',', or 'all' (default: all but token)", "LIST" },
    { "span-text", 0, 0, G_OPTION_ARG_STRING, &span_text,
      "Structural layers whose annotations also repeat their text, separated by ',', or 'all' "
      "(default: none; paragraph, sentence, section and token annotations carry offsets only)",
      "LIST" },
    { "with-original", 0, 0, G_OPTION_ARG_NONE, &with_original,
      "Also write the original text of documents whose text was rewritten", NULL },
    { "reference-date", 0, 0, G_OPTION_ARG_STRING, &reference_date,
      "Anchor day (ISO 8601: YYYY-MM-DD, a time and zone may follow) for documents that carry no date of their own", "DATE" },
    { "set", 0, 0, G_OPTION_ARG_STRING_ARRAY, &sets,
      "Override a pipeline option (repeatable)", "STAGE.OPTION=VALUE" },
    { "progress", 0, 0, G_OPTION_ARG_NONE, &progress,
      "Show progress on standard error even when it is not a terminal", NULL },
    { "no-progress", 0, 0, G_OPTION_ARG_NONE, &no_progress, "Never show progress", NULL },
    { "max-doc-bytes", 0, 0, G_OPTION_ARG_STRING, &max_doc,
      "Refuse (with an error record) a document whose text is larger (default 64M)", "SIZE" },
    { "max-line-bytes", 0, 0, G_OPTION_ARG_STRING, &max_line,
      "Refuse (with an error record) a JSONL line that is longer (default 64M)", "SIZE" },
    { "max-fields", 0, 0, G_OPTION_ARG_STRING, &max_fields,
      "Refuse (with an error record) a JSONL document with more fields, its own and its \"meta\"'s (default 1000)", "N" },
    { "max-annotations", 0, 0, G_OPTION_ARG_STRING, &max_annotations,
      "Fail (with an error record) a document whose stages add more annotations, all layers together (default 1000000; 0: no limit)", "N" },
    { "stdin-format", 0, 0, G_OPTION_ARG_STRING, &stdin_format,
      "What standard input (-) holds: jsonl (the default), txt (one article's text) or html "
      "(one article's page)", "FORMAT" },
    { "verbose", 'v', 0, G_OPTION_ARG_NONE, &verbose,
      "Name the files and archive members passed over, not only count them", NULL },
    { "stage-times", 0, 0, G_OPTION_ARG_NONE, &stage_times,
      "At the end, print each stage's CPU time in process() and its throughput on standard error", NULL },
    { "tmp-dir", 0, 0, G_OPTION_ARG_FILENAME, &tmp_dir,
      "Keep temporary files (the stories' spool, the stages' spills) in DIR (default: $TMPDIR or /tmp)", "DIR" },
    { map ? "state" : NULL, 0, 0, G_OPTION_ARG_FILENAME, &state,
      "Write the shard's cross-document state to FILE, for assay reduce (required)", "FILE" },
    { NULL }
  };
  g_autofree char *pipeline_dir = assay_default_pipeline_dir ();
  g_auto (GStrv) shipped = shipped_pipelines (pipeline_dir);
  g_autofree char *shipped_list = g_strjoinv (", ", shipped);
  g_autofree char *summary = g_strdup_printf (
      "PIPELINE is a pipeline file, or the name of one shipped with assay\n"
      "(%s).\n"
      "INPUT is a .txt file (one article), an .html page (one article: its main\n"
      "text and metadata), a .jsonl file (one article a line:\n"
      "{\"id\", \"text\", \"title\"?, \"published\"?, \"url\"?, \"source\"?, \"lang\"?};\n"
      "also .jsonl.gz and .jsonl.zst), an archive of such files (.tar, .tar.gz,\n"
      ".tar.bz2, .tar.xz, .tar.zst, .zip), a folder (all of these, recursively),\n"
      "or - for standard input (JSONL, or see --stdin-format).\n"
      "Writes one JSONL record per article (doc or error), then\n"
      "the cross-document findings.  Exit status: 0 all processed, 1 some\n"
      "failed, 2 the pipeline or the command line is wrong.%s",
      shipped_list,
      map ? "\n\nA map is one shard of a run: it writes the doc and error records\n"
            "(without meta.story) and, to --state, what the cross-document phase\n"
            "kept; assay reduce merges the shards' states.  See docs/cluster.md." : "");
  g_autoptr (GOptionContext) context = new_context (
      map ? "PIPELINE INPUT... --state FILE - run one shard of a map/reduce" : "PIPELINE INPUT... - run a pipeline over articles",
      summary, entries);
  g_autoptr (GPtrArray) split_args = g_ptr_array_new_with_free_func (g_free);
  g_autofree char **split_argv = split_short_values (&argc, argv, split_args);
  argv = split_argv;
  if (!parse_args (context, &argc, &argv))
    return EXIT_USAGE;

  AssayReaderLimits limits;
  assay_reader_limits_init (&limits);
  if (max_doc && !parse_size (max_doc, &limits.max_doc_bytes))
    return usage_error ("%s: --max-doc-bytes '%s' is not a size such as 1048576, 512K or 64M", cmd,
                        max_doc);
  if (max_line && !parse_size (max_line, &limits.max_line_bytes))
    return usage_error ("%s: --max-line-bytes '%s' is not a size such as 1048576, 512K or 64M", cmd,
                        max_line);
  guint64 n;
  if (max_fields)
    {
      if (!g_ascii_string_to_unsigned (max_fields, 10, 1, G_MAXUINT, &n, NULL))
        return usage_error ("%s: --max-fields '%s' is not a number from 1 to %u", cmd, max_fields, G_MAXUINT);
      limits.max_fields = n;
    }
  if (max_annotations)
    {
      if (!g_ascii_string_to_unsigned (max_annotations, 10, 0, G_MAXUINT, &n, NULL))
        return usage_error ("%s: --max-annotations '%s' is not a number from 0 (no limit) to %u", cmd,
                            max_annotations, G_MAXUINT);
      assay_document_set_default_max_annotations (n);
    }
  if (argc < 2)
    return usage_error ("%s: name a pipeline file or a shipped pipeline (see assay %s --help)", cmd, cmd);
  if (argc < 3)
    return usage_error ("%s: name the inputs: .txt, .html or .jsonl files, archives, folders, "
                        "or - for standard input", cmd);
  AssayStdinFormat stdin_as = ASSAY_STDIN_JSONL;
  if (stdin_format)
    {
      static const char *const formats[] = { "jsonl", "txt", "html", NULL };
      if (!g_strv_contains (formats, stdin_format))
        return usage_error ("%s: --stdin-format '%s' is not one of jsonl, txt, html", cmd,
                            stdin_format);
      stdin_as = strcmp (stdin_format, "txt") == 0    ? ASSAY_STDIN_TXT
                 : strcmp (stdin_format, "html") == 0 ? ASSAY_STDIN_HTML
                                                      : ASSAY_STDIN_JSONL;
      if (!g_strv_contains ((const char *const *) argv + 2, "-"))
        return usage_error ("%s: --stdin-format says what standard input holds, but no input "
                            "is - (standard input)", cmd);
    }
  if (map && (state == NULL || *state == '\0' || strcmp (state, "-") == 0))
    return usage_error ("map: name the state file with --state FILE (a regular file: assay reduce reads it)");
  if (map && (output == NULL || strcmp (output, "-") == 0))
    return usage_error ("map: name the output with -o FILE: the reduce reads it back with --docs");
  if (jobs < 0 || jobs > 1024)
    return usage_error ("%s: --jobs takes a number from 1 to 1024", cmd);
  if (tmp_dir && !g_file_test (tmp_dir, G_FILE_TEST_IS_DIR))
    return usage_error ("%s: --tmp-dir %s is not a folder", cmd, tmp_dir);
  g_autoptr (GError) date_error = NULL;
  if (reference_date && !check_reference_date (reference_date, &date_error))
    return usage_error ("%s: --reference-date %s", cmd, date_error->message);

  g_autoptr (AssayRegistry) registry = NULL;
  g_autoptr (AssayPipeline) pipeline = open_pipeline (cmd, argv[1], sets, &registry);
  if (pipeline == NULL)
    return EXIT_USAGE;
  g_autoptr (GError) error = NULL;
  static char *default_except[] = { "token", NULL };
  /* Structural layers: their text is the record's text again, and written
   * out it made the output 5.6 times the input's text (bench/dates-bench.py:
   * 112 MB for 20 MB on the dates pipeline, 49 MB without it).
   * Annotations analysts read (entities, dates, claims) keep theirs. */
  static const char *const structural[] = { "paragraph", "sentence", "section", "token", NULL };
  g_auto (GStrv) only = NULL;
  g_autoptr (GStrvBuilder) no_text = g_strv_builder_new ();
  g_auto (GStrv) with_text = NULL;
  if (span_text && strcmp (span_text, "all") != 0)
    {
      with_text = split_list (span_text);
      if (!check_layers (pipeline, "--span-text", (const char *const *) with_text))
        return EXIT_USAGE;
    }
  if (span_text == NULL || strcmp (span_text, "all") != 0)
    for (const char *const *l = structural; *l; l++)
      if (with_text == NULL || !g_strv_contains ((const char *const *) with_text, *l))
        g_strv_builder_add (no_text, *l);
  g_auto (GStrv) no_text_list = g_strv_builder_end (no_text);
  if (layers && strcmp (layers, "all") != 0)
    {
      only = split_list (layers);
      if (!check_layers (pipeline, "--layers", (const char *const *) only))
        return EXIT_USAGE;
    }

  g_autoptr (AssayReader) reader = assay_reader_new ((const char *const *) argv + 2, &error);
  if (reader == NULL)
    return usage_error ("%s", error->message);
  assay_reader_set_limits (reader, &limits);
  assay_reader_set_stdin_format (reader, stdin_as);
  g_autoptr (AssayDuplicateIds) ids = assay_duplicate_ids_new (MAX_DUPLICATES_NAMED);

  AssayRunConfig config = {
    .ids = ids,
    .n_workers = jobs,
    .reference_date = reference_date,
    .tmp_dir = tmp_dir,
    .output = { .except = default_except, .with_original = with_original,
                .no_text = no_text_list },
    .progress = !no_progress && (progress || isatty (STDERR_FILENO)),
    .stage_times = stage_times,
  };
  if (only)
    config.output.only = only;
  else if (layers)
    config.output.except = NULL;

  FILE *out = stdout;
  AssayOutputFile *out_file = NULL;
  if (output && strcmp (output, "-") != 0)
    {
      out_file = assay_output_file_open (output, &error);
      if (out_file == NULL)
        return usage_error ("%s: %s", cmd, error->message);
      out = assay_output_file_get_stream (out_file);
      const char *partial = assay_output_file_get_partial_path (out_file);
      if (partial && strlen (partial) < sizeof temp_output)
        {
          g_strlcpy (temp_output, partial, sizeof temp_output);
          signal (SIGINT, remove_temp_output_and_exit);
          signal (SIGTERM, remove_temp_output_and_exit);
          signal (SIGHUP, remove_temp_output_and_exit);
        }
    }
  buffer_output (out);
  config.out = out;

  AssayOutputFile *state_file = NULL;
  if (map)
    {
      state_file = assay_output_file_open (state, &error);
      if (state_file == NULL)
        {
          assay_output_file_abort (out_file);
          temp_output[0] = '\0';
          return usage_error ("map: %s", error->message);
        }
      const char *partial = assay_output_file_get_partial_path (state_file);
      if (partial && strlen (partial) < sizeof temp_state)
        g_strlcpy (temp_state, partial, sizeof temp_state);
    }

  AssayRunStats stats;
  gboolean ok = map ? assay_run_map (pipeline, reader, &config, assay_output_file_get_stream (state_file), state,
                                     &stats, &error)
                    : assay_run (pipeline, reader, &config, &stats, &error);
  if (ok)
    warn_about_inputs (reader, ids, &stats, verbose);
  if (out_file)
    {
      /* Whole or not at all: a failed run leaves the old output.  A map's
       * state comes last: when it exists, the shard is done. */
      if (ok)
        ok = assay_output_file_commit (out_file, &error);
      else
        assay_output_file_abort (out_file);
      temp_output[0] = '\0';
    }
  if (state_file)
    {
      if (ok)
        ok = assay_output_file_commit (state_file, &error);
      else
        assay_output_file_abort (state_file);
      temp_state[0] = '\0';
    }
  if (!ok)
    {
      /* The runner writes to a stream and knows no name; a run's records
       * go to -o or standard output, so say which. */
      if (!map && g_error_matches (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE))
        g_prefix_error (&error, "%s: ", output ? output : "standard output");
      g_printerr ("assay: %s\n", error->message);
      return g_error_matches (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_CREATE) ? EXIT_USAGE : EXIT_RUN_FAILED;
    }
  if (stats.n_errors > 0)
    {
      g_printerr ("assay: %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT
                  " inputs failed; their error records are in the output\n",
                  stats.n_errors, stats.n_errors + stats.n_documents);
      return EXIT_SOME_FAILED;
    }
  return EXIT_ALL_DONE;
}

static int
cmd_run (int argc, char **argv)
{
  return run_or_map (argc, argv, FALSE);
}

static int
cmd_map (int argc, char **argv)
{
  return run_or_map (argc, argv, TRUE);
}

/* ---- check ---------------------------------------------------------------- */

static char *
join_list (const char *const *list)
{
  if (list == NULL || list[0] == NULL)
    return g_strdup ("(none)");
  return g_strjoinv (", ", (char **) list);
}

static int
cmd_check (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = new_context (
      "PIPELINE - validate a pipeline file without running it",
      "PIPELINE is a file, or the name of a pipeline shipped with assay.\n"
      "Checks every stage, option, value, data file and layer requirement, and\n"
      "reports every problem at once, naming file, section and key.  Then starts\n"
      "each stage once, so a data file it cannot read is reported here too.", NULL);
  if (!parse_args (context, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return usage_error ("check: name one pipeline file");

  g_autofree char *pipeline_file = resolve_pipeline ("check", argv[1]);
  if (pipeline_file == NULL)
    return EXIT_USAGE;
  g_autoptr (AssayRegistry) registry = load_registry ();
  g_autoptr (GError) error = NULL;
  /* Everything at once: the file's problems, and what each stage whose
   * section is right says as it starts (its data files' contents, a
   * reference date), so a wrong value does not hide the next one. */
  g_autoptr (AssayPipeline) pipeline = assay_pipeline_load_partial (pipeline_file, registry, &error);
  if (pipeline == NULL)
    {
      print_error (error->message);
      return EXIT_USAGE;
    }
  g_autoptr (GError) start_error = NULL;
  gboolean started = assay_pipeline_check_stages (pipeline, &start_error);
  if (error || !started)
    {
      if (error)
        print_error (error->message);
      if (start_error)
        print_error (start_error->message);
      return EXIT_USAGE;
    }
  g_print ("%s: ok, %u stage%s\n", pipeline_file, pipeline->stages->len,
           pipeline->stages->len == 1 ? "" : "s");
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      const AssayPipelineStage *stage = pipeline->stages->pdata[i];
      const AssayStageDesc *desc = &stage->info->desc;
      g_autofree char *provides = join_list (desc->provides);
      g_print ("  %u. %s (%s %s): provides %s\n", i + 1, stage->instance, desc->name,
               desc->version, provides);
      for (guint o = 0; o < stage->info->n_options; o++)
        {
          const char *name = stage->info->options[o].name;
          g_autofree char *value = assay_options_to_text (stage->options, name);
          g_print ("       %s = %s%s\n", name, value ? value : "(unset)",
                   assay_options_is_set (stage->options, name) ? "" : "  (default)");
        }
    }
  return EXIT_ALL_DONE;
}

/* ---- plugins -------------------------------------------------------------- */

static int
cmd_plugins (int argc, char **argv)
{
  g_autoptr (GOptionContext) context = new_context (
      "- list the stages found on the plugin path",
      "The plugin path: --plugin-path, then $ASSAY_PLUGIN_PATH, then the build\n"
      "tree (when run uninstalled) or the installed plugin folder.", NULL);
  if (!parse_args (context, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 1)
    return usage_error ("plugins: takes no arguments");

  g_autoptr (AssayRegistry) registry = load_registry ();
  GPtrArray *stages = assay_registry_get_stages (registry);
  GPtrArray *broken = assay_registry_get_broken (registry);
  for (guint i = 0; i < stages->len; i++)
    {
      const AssayStageInfo *info = stages->pdata[i];
      g_print ("%-16s %-8s %s\n", info->desc.name, info->desc.version, info->desc.summary);
      g_print ("%-16s %-8s %s\n", "", "", info->file);
    }
  if (stages->len == 0)
    g_print ("no stages found on the plugin path\n");
  if (broken->len > 0)
    {
      g_print ("\n%u plugin%s failed to load:\n", broken->len, broken->len == 1 ? "" : "s");
      for (guint i = 0; i < broken->len; i++)
        {
          const AssayBrokenPlugin *b = broken->pdata[i];
          g_print ("  %s\n", b->error->message);
        }
    }
  return EXIT_ALL_DONE;
}

/* ---- inspect -------------------------------------------------------------- */

static char *
option_range (const AssayOptionSpec *spec)
{
  if (spec->type == ASSAY_OPTION_ENUM)
    return join_list (spec->choices);
  if (spec->min || spec->max)
    return g_strdup_printf ("%s..%s", spec->min ? spec->min : "", spec->max ? spec->max : "");
  return NULL;
}

static void
json_list (AssayJsonWriter *w, const char *key, const char *const *list)
{
  assay_json_key (w, key);
  assay_json_begin_array (w);
  for (const char *const *p = list; p && *p; p++)
    assay_json_string (w, *p);
  assay_json_end_array (w);
}

static void
inspect_json (const AssayStageInfo *info)
{
  const AssayStageDesc *d = &info->desc;
  g_autoptr (GString) out = g_string_new (NULL);
  AssayJsonWriter w;
  assay_json_writer_init (&w, out);
  assay_json_begin_object (&w);
  assay_json_key (&w, "name");
  assay_json_string (&w, d->name);
  assay_json_key (&w, "version");
  assay_json_string (&w, d->version);
  assay_json_key (&w, "summary");
  assay_json_string (&w, d->summary);
  assay_json_key (&w, "license");
  assay_json_string (&w, d->license);
  assay_json_key (&w, "file");
  assay_json_string (&w, info->file);
  assay_json_key (&w, "data_dir");
  assay_json_string (&w, info->data_dir);
  g_autofree char *abi = g_strdup_printf ("%u.%u", d->abi_major, d->abi_minor);
  assay_json_key (&w, "abi");
  assay_json_string (&w, abi);
  assay_json_key (&w, "threading");
  assay_json_string (&w, assay_threading_to_string (d->threading));
  assay_json_key (&w, "rewrites_text");
  assay_json_bool (&w, (d->flags & ASSAY_STAGE_REWRITES_TEXT) != 0);
  json_list (&w, "requires", d->requires);
  json_list (&w, "provides", d->provides);
  assay_json_key (&w, "cross_document");
  assay_json_bool (&w, d->collect != NULL || d->finish != NULL || d->join != NULL);
  assay_json_key (&w, "options");
  assay_json_begin_array (&w);
  for (guint i = 0; i < info->n_options; i++)
    {
      const AssayOptionSpec *o = &info->options[i];
      assay_json_begin_object (&w);
      assay_json_key (&w, "name");
      assay_json_string (&w, o->name);
      assay_json_key (&w, "type");
      assay_json_string (&w, assay_option_type_to_string (o->type));
      assay_json_key (&w, "default");
      assay_json_string (&w, o->default_value);
      assay_json_key (&w, "help");
      assay_json_string (&w, o->help);
      if (o->type == ASSAY_OPTION_INT || o->type == ASSAY_OPTION_DOUBLE)
        {
          assay_json_key (&w, "min");
          assay_json_string (&w, o->min);
          assay_json_key (&w, "max");
          assay_json_string (&w, o->max);
        }
      if (o->type == ASSAY_OPTION_ENUM)
        json_list (&w, "choices", o->choices);
      assay_json_end_object (&w);
    }
  assay_json_end_array (&w);
  assay_json_end_object (&w);
  g_print ("%s\n", out->str);
}

static void
inspect_text (const AssayStageInfo *info)
{
  const AssayStageDesc *d = &info->desc;
  g_autofree char *requires = join_list (d->requires);
  g_autofree char *provides = join_list (d->provides);
  g_print ("Stage %s\n\n", d->name);
  g_print ("  %-16s %s\n", "Summary", d->summary);
  g_print ("  %-16s %s\n", "Version", d->version);
  g_print ("  %-16s %s\n", "License", d->license ? d->license : "(unknown)");
  g_print ("  %-16s %s\n", "File", info->file);
  g_print ("  %-16s %s\n", "Data folder", info->data_dir);
  g_print ("  %-16s %u.%u\n", "Plugin ABI", d->abi_major, d->abi_minor);
  g_print ("  %-16s %s\n", "Threading", assay_threading_to_string (d->threading));
  g_print ("  %-16s %s\n", "Rewrites text", d->flags & ASSAY_STAGE_REWRITES_TEXT ? "yes" : "no");
  g_print ("  %-16s %s\n", "Requires", requires);
  g_print ("  %-16s %s\n", "Provides", provides);
  g_print ("  %-16s %s\n", "Cross-document",
           d->collect || d->finish || d->join ? "yes (collect/finish)" : "no");
  g_print ("\nOptions%s\n", info->n_options ? "" : ": none");
  for (guint i = 0; i < info->n_options; i++)
    {
      const AssayOptionSpec *o = &info->options[i];
      g_autofree char *range = option_range (o);
      g_print ("\n  %s\n", o->name);
      g_print ("      %-9s %s\n", "type", assay_option_type_to_string (o->type));
      g_print ("      %-9s %s\n", "default", o->default_value ? o->default_value : "(unset)");
      if (range)
        g_print ("      %-9s %s\n", o->type == ASSAY_OPTION_ENUM ? "choices" : "range", range);
      g_print ("      %s\n", o->help ? o->help : "");
    }
}

static int
cmd_inspect (int argc, char **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, "Print JSON instead of text", NULL },
    { NULL }
  };
  g_autoptr (GOptionContext) context = new_context (
      "STAGE - show a stage's options, layers, threading and version",
      "Every option with its type, default, range or choices, and help.", entries);
  if (!parse_args (context, &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return usage_error ("inspect: name one stage (see assay plugins)");

  g_autoptr (AssayRegistry) registry = load_registry ();
  const AssayStageInfo *info = assay_registry_lookup (registry, argv[1]);
  if (info == NULL)
    {
      GPtrArray *stages = assay_registry_get_stages (registry);
      g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
      for (guint i = 0; i < stages->len; i++)
        g_strv_builder_add (b, ((AssayStageInfo *) stages->pdata[i])->desc.name);
      g_auto (GStrv) names = g_strv_builder_end (b);
      g_autofree char *hint = assay_suggest (argv[1], (const char *const *) names);
      if (hint)
        return usage_error ("inspect: no stage named '%s' on the plugin path (did you mean '%s'?)",
                            argv[1], hint);
      return usage_error ("inspect: no stage named '%s' on the plugin path (see assay plugins)", argv[1]);
    }
  if (json)
    inspect_json (info);
  else
    inspect_text (info);
  return EXIT_ALL_DONE;
}

/* ---- main ------------------------------------------------------------- */

static const struct
{
  const char *name;
  int (*run) (int argc, char **argv);
  const char *summary;
} commands[] = {
  { "run", cmd_run, "run a pipeline over articles, writing JSONL" },
  { "map", cmd_map, "run one shard of a pipeline, saving its cross-document state" },
  { "reduce", cmd_reduce, "merge the shards' states and write the cross-document records" },
  { "check", cmd_check, "validate a pipeline file without running it" },
  { "plugins", cmd_plugins, "list the stages found on the plugin path" },
  { "inspect", cmd_inspect, "show a stage's options, layers, threading and version" },
  { "report", assay_report_main, "show what a run found: a summary, an HTML page, or a table" },
};

static void
print_usage (FILE *to)
{
  fprintf (to, "Usage: assay COMMAND [OPTION...] [ARG...]\n\n"
               "Plugin-based text analysis for news articles.\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (to, "  %-9s %s\n", commands[i].name, commands[i].summary);
  fprintf (to, "\n  assay COMMAND --help    options of one command\n"
               "  assay --version         the release and plugin ABI\n");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  /* GLib sends debug and info messages to standard output by default,
   * where they would land among the JSONL records. */
  g_log_writer_default_set_use_stderr (TRUE);
  /* A file-size limit (ulimit -f) would kill the process by SIGXFSZ with
   * nothing said and the output half written; ignored, the write fails
   * with EFBIG and the run ends with an error that names the file. */
  signal (SIGXFSZ, SIG_IGN);

  if (argc < 2)
    {
      print_usage (stderr);
      return EXIT_USAGE;
    }
  const char *command = argv[1];
  if (strcmp (command, "--version") == 0 || strcmp (command, "version") == 0)
    {
      g_print ("assay %s (plugin ABI %d.%d)\n", assay_version_string (), ASSAY_ABI_MAJOR,
               ASSAY_ABI_MINOR);
      return EXIT_ALL_DONE;
    }
  if (strcmp (command, "--help") == 0 || strcmp (command, "-h") == 0)
    {
      print_usage (stdout);
      return EXIT_ALL_DONE;
    }
  if (strcmp (command, "help") == 0)
    {
      if (argc < 3)
        {
          print_usage (stdout);
          return EXIT_ALL_DONE;
        }
      static char *help_argv[4];
      command = argv[2];
      help_argv[0] = argv[0];
      help_argv[1] = argv[2];
      help_argv[2] = "--help";
      argv = help_argv;
      argc = 3;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (strcmp (commands[i].name, command) == 0)
      {
        /* Each command parses its own options: argv[0] becomes "assay COMMAND". */
        g_autofree char *prog = g_strdup_printf ("assay %s", command);
        g_set_prgname (prog);
        argv[1] = argv[0];
        int status = commands[i].run (argc - 1, argv + 1);
        g_free (opt_plugin_path);
        return status;
      }

  const char *names[G_N_ELEMENTS (commands) + 1] = { NULL };
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    names[i] = commands[i].name;
  g_autofree char *hint = assay_suggest (command, names);
  g_printerr ("assay: unknown command '%s'%s%s%s\n", command, hint ? " (did you mean '" : "",
              hint ? hint : "", hint ? "'?)" : "");
  print_usage (stderr);
  return EXIT_USAGE;
}
