/* test-mapreduce.c: the map/reduce law of docs/cluster.md, with the
 * `assay` command as a cluster runs it: for a split of the inputs into
 * shards, the reduce of the shards' states with their outputs (--docs) is
 * byte-identical to one `assay run` over the inputs in order; and a state
 * that does not belong is refused with a message that says why. */
#include "../core/test-util.h"
#include "../test-command.h"

#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

static char *tmp_dir;
/* When set, the reduce's tables sorted on disk get this many bytes
 * (ASSAY_SORT_MEMORY): a few hundred force many runs and merge passes. */
static const char *sort_memory;
/* When set, the child's TMPDIR is a folder that does not exist: every
 * temporary file, the stage's spills too, must go to --tmp-dir. */
static gboolean no_tmpdir;
/* ASSAY_STORY_CACHE for the children (the stage's test hook: how many
 * forming stories its grouping keeps in memory; "0" for all), or NULL. */
static const char *story_cache;
/* ASSAY_STAGE_MEMORY for the children (the stages' share of a budget, in
 * bytes), or NULL. */
static const char *stage_memory;
/* The stages' share (ASSAY_STAGE_MEMORY) small enough that the budgeted
 * reduce of check_split() must evict forming stories, or NULL. */
static const char *evicting_share;
static char *saved_tmpdir;

/* Runs assay with @args. */
static void
run_argv (TestResult *r, GPtrArray *args)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_ptr_array_add (argv, (char *) ASSAY_BIN);
  for (guint i = 0; i < args->len; i++)
    g_ptr_array_add (argv, args->pdata[i]);
  g_ptr_array_add (argv, NULL);
  /* The child inherits this process's environment. */
  if (sort_memory)
    g_setenv ("ASSAY_SORT_MEMORY", sort_memory, TRUE);
  else
    g_unsetenv ("ASSAY_SORT_MEMORY");
  if (story_cache)
    g_setenv ("ASSAY_STORY_CACHE", story_cache, TRUE);
  else
    g_unsetenv ("ASSAY_STORY_CACHE");
  if (stage_memory)
    g_setenv ("ASSAY_STAGE_MEMORY", stage_memory, TRUE);
  else
    g_unsetenv ("ASSAY_STAGE_MEMORY");
  if (no_tmpdir)
    g_setenv ("TMPDIR", "/nonexistent/assay-test-tmpdir", TRUE);
  else if (saved_tmpdir)
    g_setenv ("TMPDIR", saved_tmpdir, TRUE);
  else
    g_unsetenv ("TMPDIR");
  test_run (r, NULL, NULL, (const char *const *) argv->pdata);
  /* A stage that could not make its spill in --tmp-dir says so. */
  if (no_tmpdir && r->err && strstr (r->err, "cannot make a temporary file"))
    g_error ("assay %s with --tmp-dir and no TMPDIR: %s", (const char *) args->pdata[0], r->err);
}

static void
run_assay (TestResult *r, const char *first, ...)
{
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  va_list ap;
  va_start (ap, first);
  for (const char *a = first; a; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  va_end (ap);
  run_argv (r, args);
}

static char *
read_file (const char *path)
{
  char *text = NULL;
  g_autoptr (GError) error = NULL;
  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* The run's records other than doc and error records: what a reduce
 * writes without --docs. */
static char *
cross_document_records (const char *output)
{
  GString *tail = g_string_new (NULL);
  g_auto (GStrv) lines = g_strsplit (output, "\n", -1);
  for (char **l = lines; *l; l++)
    if (**l && !g_str_has_prefix (*l, "{\"type\":\"doc\"") && !g_str_has_prefix (*l, "{\"type\":\"error\",\"id\":\""))
      g_string_append_printf (tail, "%s\n", *l);
  return g_string_free (tail, FALSE);
}

/* Runs the reduce @reduce (its arguments, ending with "-o FILE") in
 * @n_parts parts, with the maps' outputs or (@with_docs FALSE) without,
 * every other part within a budget, and compares their outputs, in
 * order, with @expected.  When the pipeline's stage finishes in two
 * phases (@divides), the parts divide its stories; otherwise only the
 * last part writes cross-document records. */
static void
check_parts (const char *name, GPtrArray *reduce, guint n_parts, gboolean with_docs, const char *tmp_arg,
             gboolean divides, const char *expected, int status)
{
  g_autoptr (GString) parts = g_string_new (NULL);
  guint with_stories = 0;
  for (guint k = 1; k <= n_parts; k++)
    {
      g_autofree char *part = g_strdup_printf ("--part=%u/%u", k, n_parts);
      g_autoptr (GPtrArray) args = g_ptr_array_new ();
      for (guint i = 0; i + 2 < reduce->len; i++)
        if (with_docs || !g_str_has_prefix (reduce->pdata[i], "--docs="))
          g_ptr_array_add (args, reduce->pdata[i]);
      g_ptr_array_add (args, part);
      if (k % 2 == 1)
        {
          /* 256M: see check_split(); ASSAY_SORT_MEMORY forces the spills */
          g_ptr_array_add (args, "--memory-budget=256M");
          g_ptr_array_add (args, (char *) tmp_arg);
          sort_memory = "300";
        }
      g_auto (TestResult) pr = { 0 };
      no_tmpdir = k % 2 == 1;
      run_argv (&pr, args);
      sort_memory = NULL;
      no_tmpdir = FALSE;
      /* Every part reports the stage's failure in its status. */
      if (pr.status != status)
        g_error ("%s: part %u/%u exited %d: %s", name, k, n_parts, pr.status, pr.err);
      with_stories += strstr (pr.out, "{\"type\":\"story\"") != NULL;
      g_autofree char *cross = cross_document_records (pr.out);
      if (!divides && k < n_parts)
        g_assert_cmpstr (cross, ==, "");
      g_string_append (parts, pr.out);
    }
  if (strcmp (parts->str, expected) != 0)
    g_error ("%s: the reduce in %u parts (%s) differs from one reduce's", name, n_parts,
             with_docs ? "with --docs" : "without --docs");
  guint n_stories = 0;
  for (const char *p = expected; (p = strstr (p, "{\"type\":\"story\"")); p++)
    n_stories++;
  /* Without the maps' outputs, the parts divide the stories alone: by
   * their documents, so seven parts of a few hundred stories each write
   * some. */
  if (divides && !with_docs && n_parts == 7 && n_stories >= 7)
    g_assert_cmpuint (with_stories, >=, 2);
}

/* Splits @units (input paths, in order) into @n_shards contiguous shards
 * at points drawn from @seed (an empty shard among them when there are
 * more shards than units: it is given an empty JSONL file), maps each,
 * reduces, and compares with @expected, the output of one run.  Every
 * reduce keeps @cache forming stories in memory (ASSAY_STORY_CACHE; NULL:
 * as the run decides), the rest in the grouping's store on disk. */
static void
check_split (const char *name, const char *pipeline, GPtrArray *units, guint n_shards, guint32 seed,
             gboolean divides, const char *cache, const char *expected)
{
  story_cache = cache;
  g_autoptr (GRand) rand = g_rand_new_with_seed (seed);
  /* Cut points: sorted, in [0, units->len]; equal ones make empty shards. */
  g_autoptr (GArray) cuts = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i + 1 < n_shards; i++)
    {
      guint cut = n_shards <= units->len ? (guint) ((i + 1) * units->len / n_shards)
                                         : (guint) g_rand_int_range (rand, 0, units->len + 1);
      /* Uneven shards: move an even cut a little. */
      if (n_shards <= units->len && units->len > 2 * n_shards)
        cut = CLAMP ((int) cut + g_rand_int_range (rand, -1, 2), 0, (int) units->len);
      g_array_append_val (cuts, cut);
    }
  for (guint i = 1; i < cuts->len; i++)
    for (guint j = i; j > 0 && g_array_index (cuts, guint, j - 1) > g_array_index (cuts, guint, j); j--)
      {
        guint t = g_array_index (cuts, guint, j);
        g_array_index (cuts, guint, j) = g_array_index (cuts, guint, j - 1);
        g_array_index (cuts, guint, j - 1) = t;
      }

  g_autoptr (GPtrArray) reduce = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GPtrArray) docs = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (reduce, g_strdup ("reduce"));
  g_ptr_array_add (reduce, g_strdup (pipeline));
  g_autofree char *empty = g_build_filename (tmp_dir, "empty.jsonl", NULL);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  guint from = 0;
  for (guint s = 0; s < n_shards; s++)
    {
      guint to = s < cuts->len ? g_array_index (cuts, guint, s) : units->len;
      g_autofree char *out = g_strdup_printf ("%s/%s-%u-%u.jsonl", tmp_dir, name, n_shards, s);
      g_autofree char *state = g_strdup_printf ("%s/%s-%u-%u.state", tmp_dir, name, n_shards, s);
      g_autoptr (GPtrArray) map = g_ptr_array_new ();
      g_ptr_array_add (map, "map");
      g_ptr_array_add (map, (char *) pipeline);
      g_ptr_array_add (map, "-j2");
      g_ptr_array_add (map, "--no-progress");
      g_ptr_array_add (map, "-o");
      g_ptr_array_add (map, out);
      g_ptr_array_add (map, "--state");
      g_ptr_array_add (map, state);
      if (from == to)
        g_ptr_array_add (map, empty);
      for (guint u = from; u < to; u++)
        g_ptr_array_add (map, units->pdata[u]);
      g_auto (TestResult) r = { 0 };
      run_argv (&r, map);
      if (r.status > 1)
        g_error ("map of shard %u/%u failed (%d): %s", s, n_shards, r.status, r.err);
      /* A map's records name no story: the reduce decides them. */
      g_autofree char *shard_out = read_file (out);
      g_assert_null (strstr (shard_out, "\"type\":\"story\""));
      g_assert_null (strstr (shard_out, "\"type\":\"finding\""));
      g_ptr_array_add (reduce, g_strdup (state));
      g_ptr_array_add (docs, g_strdup_printf ("--docs=%s", out));
      from = to;
    }
  g_autofree char *reduced = g_strdup_printf ("%s/%s-%u-reduced.jsonl", tmp_dir, name, n_shards);

  /* Without --docs: the story and finding records alone. */
  g_autoptr (GPtrArray) bare = g_ptr_array_new ();
  for (guint i = 0; i < reduce->len; i++)
    g_ptr_array_add (bare, reduce->pdata[i]);
  g_auto (TestResult) tail = { 0 };
  run_argv (&tail, bare);
  g_assert_cmpint (tail.status, ==, strstr (expected, "{\"type\":\"error\",\"id\":null") ? 1 : 0);
  g_autofree char *expected_tail = cross_document_records (expected);
  g_assert_cmpstr (tail.out, ==, expected_tail);

  for (guint i = 0; i < docs->len; i++)
    g_ptr_array_add (reduce, g_strdup (docs->pdata[i]));
  g_ptr_array_add (reduce, g_strdup ("-o"));
  g_ptr_array_add (reduce, g_strdup (reduced));
  g_auto (TestResult) r = { 0 };
  run_argv (&r, reduce);
  if (r.status != tail.status)
    g_error ("reduce of %u shards failed (%d): %s", n_shards, r.status, r.err);
  g_autofree char *got = read_file (reduced);
  if (strcmp (got, expected) != 0)
    g_error ("%s in %u shards: the reduce's output (%s) differs from one run's", name, n_shards, reduced);

  /* Within a memory budget, with its tables sorted on disk in runs of a
   * few records (merged in several passes) and the findings spilled: the
   * same bytes, and no temporary file left behind. */
  g_autofree char *spill_dir = g_strdup_printf ("%s/%s-%u-tmp", tmp_dir, name, n_shards);
  g_assert_cmpint (g_mkdir (spill_dir, 0700), ==, 0);
  g_autofree char *tmp_arg = g_strconcat ("--tmp-dir=", spill_dir, NULL);
  g_autoptr (GPtrArray) budgeted = g_ptr_array_new ();
  for (guint i = 0; i + 2 < reduce->len; i++)
    g_ptr_array_add (budgeted, reduce->pdata[i]);
  /* Under ASan the reduces of the BBC slice peak at 122 MB resident (31 MB
   * the examples'), twice that leaves room; the spills are forced by
   * ASSAY_SORT_MEMORY below, not by the budget.  (512M was given when every
   * state's opening read the stages' data files whole to fingerprint them,
   * which ASan's quarantine kept: 258M was then the smallest that worked.) */
  g_ptr_array_add (budgeted, "--memory-budget=256M");
  g_ptr_array_add (budgeted, tmp_arg);
  sort_memory = "200";
  no_tmpdir = TRUE;
  /* A stage's share too small for what its grouping cannot put on disk
   * (the names' frequencies, at least) stops the reduce before a story is
   * formed: exit 2, the budget named, nothing written. */
  if (divides)
    {
      stage_memory = "200";
      g_auto (TestResult) small = { 0 };
      run_argv (&small, budgeted);
      stage_memory = NULL;
      if (small.status != 2 || !strstr (small.err, "--memory-budget is too small for grouping these states' stories")
          || !strstr (small.err, "the stage's share of it is 0.0 MiB") || small.out[0] != '\0')
        g_error ("reduce of %u shards with a stage share of 200 bytes: %d, %s", n_shards, small.status, small.err);
    }
  /* The budget, not a count of stories, drives the eviction: the stage's
   * share is set small enough that the grouping writes stories out and
   * reads them back, which its own debug domain counts (the stage's
   * debug log would change its path to the same stories). */
  g_autofree char *saved_debug = g_strdup (g_getenv ("G_MESSAGES_DEBUG"));
  if (evicting_share)
    {
      story_cache = NULL;
      stage_memory = evicting_share;
      g_setenv ("G_MESSAGES_DEBUG", "assay-story-store", TRUE);
    }
  g_auto (TestResult) br = { 0 };
  run_argv (&br, budgeted);
  if (saved_debug)
    g_setenv ("G_MESSAGES_DEBUG", saved_debug, TRUE);
  else
    g_unsetenv ("G_MESSAGES_DEBUG");
  stage_memory = NULL;
  story_cache = cache;
  sort_memory = NULL;
  no_tmpdir = FALSE;
  if (br.status != tail.status)
    g_error ("reduce of %u shards within a budget failed (%d): %s", n_shards, br.status, br.err);
  if (strcmp (br.out, expected) != 0)
    g_error ("%s in %u shards: the reduce within a memory budget differs from one run's", name, n_shards);
  if (evicting_share)
    {
      g_autoptr (GMatchInfo) m = NULL;
      g_autoptr (GRegex) counts = g_regex_new ("grouping: \\d+ stories, (\\d+) evicted from memory, (\\d+) read back",
                                               0, 0, NULL);
      if (!g_regex_match (counts, br.err, 0, &m))
        g_error ("%s in %u shards: no count of the stories evicted in: %s", name, n_shards, br.err);
      g_autofree char *evicted = g_match_info_fetch (m, 1), *read = g_match_info_fetch (m, 2);
      if (g_ascii_strtoull (evicted, NULL, 10) == 0 || g_ascii_strtoull (read, NULL, 10) == 0)
        g_error ("%s in %u shards: a share of %s bytes evicted %s stories and read back %s: the law is not "
                 "tested through eviction", name, n_shards, evicting_share, evicted, read);
    }
  g_autoptr (GDir) left = g_dir_open (spill_dir, 0, NULL);
  g_assert_nonnull (left);
  g_assert_null (g_dir_read_name (left));

  /* The same reduce in parts, concatenated in order; every other part
   * within a budget, sorting on disk. */
  const guint part_counts[] = { 1, 2, 3, 7 };
  for (guint c = 0; c < G_N_ELEMENTS (part_counts); c++)
    {
      check_parts (name, reduce, part_counts[c], TRUE, tmp_arg, divides, expected, tail.status);
      if (part_counts[c] > 1)
        check_parts (name, reduce, part_counts[c], FALSE, tmp_arg, divides, expected_tail, tail.status);
    }
  left = (g_dir_close (left), g_dir_open (spill_dir, 0, NULL));
  g_assert_null (g_dir_read_name (left));
  story_cache = NULL;
}

static char *
run_whole (const char *name, const char *pipeline, GPtrArray *units)
{
  g_autofree char *out = g_strdup_printf ("%s/%s-run.jsonl", tmp_dir, name);
  g_autoptr (GPtrArray) args = g_ptr_array_new ();
  g_ptr_array_add (args, "run");
  g_ptr_array_add (args, (char *) pipeline);
  g_ptr_array_add (args, "-j2");
  g_ptr_array_add (args, "--no-progress");
  g_ptr_array_add (args, "-o");
  g_ptr_array_add (args, out);
  for (guint u = 0; u < units->len; u++)
    g_ptr_array_add (args, units->pdata[u]);
  g_auto (TestResult) r = { 0 };
  run_argv (&r, args);
  g_assert_cmpint (r.status, <=, 1);
  return read_file (out);
}

/* The examples: three .txt articles and a JSONL file of two, its lines
 * as units of their own so that seven shards cut between them. */
static GPtrArray *
example_units (void)
{
  GPtrArray *units = g_ptr_array_new_with_free_func (g_free);
  const char *txt[] = { "gdansk-port-analysis.txt", "gdansk-port-web.txt", "gdansk-port-wire.txt" };
  for (guint i = 0; i < G_N_ELEMENTS (txt); i++)
    g_ptr_array_add (units, g_build_filename (PROJECT_SOURCE_DIR, "examples", "articles", txt[i], NULL));
  g_autofree char *jsonl_path = g_build_filename (PROJECT_SOURCE_DIR, "examples", "articles", "more-news.jsonl", NULL);
  g_autofree char *jsonl = read_file (jsonl_path);
  g_auto (GStrv) lines = g_strsplit (jsonl, "\n", -1);
  guint n = 0;
  for (char **l = lines; *l; l++)
    if (**l)
      {
        g_autofree char *name = g_strdup_printf ("more-news-%u.jsonl", n++);
        g_autofree char *line = g_strconcat (*l, "\n", NULL);
        test_write_file (tmp_dir, name, line, -1);
        g_ptr_array_add (units, g_build_filename (tmp_dir, name, NULL));
      }
  g_assert_cmpuint (n, >=, 2);
  return units;
}

static void
test_law_examples (void)
{
  g_autoptr (GPtrArray) units = example_units ();
  g_autofree char *expected = run_whole ("examples", "news-crosscheck", units);
  /* The examples tell stories with findings: the law is not tested on
   * an empty cross-document phase. */
  test_assert_contains (expected, "{\"type\":\"story\"");
  test_assert_contains (expected, "{\"type\":\"finding\"");
  test_assert_contains (expected, "\"meta\":{\"story\":");
  const guint counts[] = { 1, 2, 3, 7 };
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    check_split ("examples", "news-crosscheck", units, counts[i], 29 + i, TRUE, "1", expected);
}

/* The BBC archive (2,225 articles) as ten JSONL files, ids made unique by
 * their section: a split must keep every field of a summary that joins
 * stories (a field save() forgot moved stories here, not in a slice).
 * The archive gives no dates: seven articles in ten are given one, drawn
 * from two months, so that the grouping's date window and its undated
 * joins are both in the law (the dates are made up: only the law, one
 * run against its splits, is tested here). */
static void
test_law_bbc (void)
{
  g_autofree char *bbc = test_corpus_path ("bbc-news");
  if (bbc == NULL)
    return;
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GRand) rand = g_rand_new_with_seed (2225);
  const char *sections[] = { "business", "entertainment", "politics", "sport", "tech" };
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    for (guint i = 1;; i++)
      {
        g_autofree char *name = g_strdup_printf ("%03u.txt", i);
        g_autofree char *path = g_build_filename (bbc, sections[s], name, NULL);
        if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
          break;
        g_autofree char *latin1 = read_file (path);
        g_autofree char *text = g_convert (latin1, -1, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
        g_assert_nonnull (text);
        g_autoptr (JsonBuilder) b = json_builder_new ();
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "id");
        g_autofree char *id = g_strdup_printf ("%s/%03u", sections[s], i);
        json_builder_add_string_value (b, id);
        if (g_rand_int_range (rand, 0, 10) < 7)
          {
            g_autoptr (GDate) day = g_date_new_dmy (1, G_DATE_MARCH, 2005);
            g_date_add_days (day, g_rand_int_range (rand, 0, 61));
            char published[16];
            g_date_strftime (published, sizeof published, "%Y-%m-%d", day);
            json_builder_set_member_name (b, "published");
            json_builder_add_string_value (b, published);
          }
        json_builder_set_member_name (b, "text");
        json_builder_add_string_value (b, text);
        json_builder_end_object (b);
        g_autoptr (JsonNode) root = json_builder_get_root (b);
        char *line = json_to_string (root, FALSE);
        g_ptr_array_add (lines, line);
      }
  g_assert_cmpuint (lines->len, >, 2000);
  g_autoptr (GPtrArray) units = g_ptr_array_new_with_free_func (g_free);
  const guint n_units = 10;
  for (guint u = 0; u < n_units; u++)
    {
      g_autoptr (GString) contents = g_string_new (NULL);
      for (guint i = u * lines->len / n_units; i < (u + 1) * lines->len / n_units; i++)
        g_string_append_printf (contents, "%s\n", (char *) lines->pdata[i]);
      g_autofree char *unit = g_strdup_printf ("bbc-%02u.jsonl", u);
      test_write_file (tmp_dir, unit, contents->str, contents->len);
      g_ptr_array_add (units, g_build_filename (tmp_dir, unit, NULL));
    }
  g_autofree char *expected = run_whole ("bbc", "news-crosscheck", units);
  test_assert_contains (expected, "{\"type\":\"story\"");
  g_assert_null (strstr (expected, "{\"type\":\"error\""));
  /* Stories of several reports, which shards cut apart. */
  g_assert_true (g_regex_match_simple ("\\{\"type\":\"story\",\"id\":\"[^\"]+\",\"docs\":\\[\"[^\"]+\",\"", expected, 0, 0));
  /* Eviction is costly here (nearly every join reads its story back): one
   * split keeps eight stories in memory, the others all of them. */
  const guint counts[] = { 1, 2, 3, 7 };
  /* The grouping of this slice holds about 0.8 MB it cannot put on disk,
   * 3 MB with every story in memory: a share of 1.6 MB evicts some 2,400
   * times and reads back some 1,500 (a count, not a byte, of the
   * budget's law). */
  evicting_share = "1600000";
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    check_split ("bbc", "news-crosscheck", units, counts[i], 290 + i, TRUE, counts[i] == 3 ? "8" : "0", expected);
  evicting_share = NULL;
}

static void
map_examples (const char *pipeline, const char *set, const char *out, const char *state)
{
  g_autofree char *input = g_build_filename (PROJECT_SOURCE_DIR, "examples", "articles", NULL);
  g_auto (TestResult) r = { 0 };
  if (set)
    run_assay (&r, "map", pipeline, "--no-progress", "--set", set, "-o", out, "--state", state, input, NULL);
  else
    run_assay (&r, "map", pipeline, "--no-progress", "-o", out, "--state", state, input, NULL);
  g_assert_cmpint (r.status, ==, 0);
}

/* A state that does not belong is refused, saying why, before anything is
 * written. */
static void
test_refused (void)
{
  g_autofree char *out = g_build_filename (tmp_dir, "r.jsonl", NULL);
  g_autofree char *state = g_build_filename (tmp_dir, "r.state", NULL);
  g_autofree char *dates_state = g_build_filename (tmp_dir, "dates.state", NULL);
  g_autofree char *set_state = g_build_filename (tmp_dir, "set.state", NULL);
  map_examples ("news-crosscheck", NULL, out, state);
  map_examples ("dates", NULL, out, dates_state);
  map_examples ("news-crosscheck", "inconsistencies.story-days=3", out, set_state);

  g_auto (TestResult) other = { 0 };
  run_assay (&other, "reduce", "news-crosscheck", state, dates_state, NULL);
  g_assert_cmpint (other.status, ==, 2);
  test_assert_contains (other.err, "dates.state: the state was written by another pipeline");
  test_assert_contains (other.err, "the state's pipeline has \"cleanup.rewrite = false\" where this one has \"cleanup.rewrite = true\"");
  g_assert_cmpstr (other.out, ==, "");

  g_auto (TestResult) option = { 0 };
  run_assay (&option, "reduce", "news-crosscheck", set_state, NULL);
  g_assert_cmpint (option.status, ==, 2);
  test_assert_contains (option.err, "\"inconsistencies.story-days = 3\" where this one has \"inconsistencies.story-days = 7\"");

  /* The same --set as the map: accepted. */
  g_auto (TestResult) same = { 0 };
  run_assay (&same, "reduce", "news-crosscheck", "--set", "inconsistencies.story-days=3", set_state, NULL);
  g_assert_cmpint (same.status, ==, 0);

  /* Cut short, as a copy interrupted or a map killed would leave it. */
  g_autofree char *whole = NULL;
  gsize length;
  g_assert_true (g_file_get_contents (state, &whole, &length, NULL));
  g_autofree char *cut = g_build_filename (tmp_dir, "cut.state", NULL);
  g_assert_true (g_file_set_contents (cut, whole, length - 5, NULL));
  g_auto (TestResult) truncated = { 0 };
  run_assay (&truncated, "reduce", "news-crosscheck", cut, NULL);
  g_assert_cmpint (truncated.status, ==, 2);
  test_assert_contains (truncated.err, "cut.state: the state file ends in the middle");
  g_assert_cmpstr (truncated.out, ==, "");
  /* Cut inside a stage's state: that stage's reader says so. */
  g_assert_true (g_file_set_contents (cut, whole, length - 40, NULL));
  g_auto (TestResult) inside = { 0 };
  run_assay (&inside, "reduce", "news-crosscheck", cut, NULL);
  g_assert_cmpint (inside.status, ==, 2);
  test_assert_contains (inside.err, "cut.state");

  g_auto (TestResult) junk = { 0 };
  run_assay (&junk, "reduce", "news-crosscheck", out, NULL);
  g_assert_cmpint (junk.status, ==, 2);
  test_assert_contains (junk.err, "not a state file of assay map");

  /* A map's output that lacks records its state counts. */
  g_autofree char *docs = read_file (out);
  char *second = strchr (docs, '\n');
  g_assert_nonnull (second);
  g_autofree char *short_docs = g_build_filename (tmp_dir, "short.jsonl", NULL);
  g_assert_true (g_file_set_contents (short_docs, second + 1, -1, NULL));
  g_autofree char *docs_arg = g_strconcat ("--docs=", short_docs, NULL);
  g_auto (TestResult) missing = { 0 };
  run_assay (&missing, "reduce", "news-crosscheck", state, docs_arg, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  test_assert_contains (missing.err, "short.jsonl has 4 records, but");
  test_assert_contains (missing.err, "says its map wrote 5");

  g_auto (TestResult) count = { 0 };
  run_assay (&count, "reduce", "news-crosscheck", state, state, docs_arg, NULL);
  g_assert_cmpint (count.status, ==, 2);
  test_assert_contains (count.err, "1 --docs for 2 states");

  /* Shards mapped with different reference dates are no one run. */
  g_autofree char *dated = g_build_filename (tmp_dir, "dated.state", NULL);
  g_auto (TestResult) dated_map = { 0 };
  run_assay (&dated_map, "map", "news-crosscheck", "--no-progress", "--reference-date", "2024-03-05", "-o", out,
             "--state", dated, PROJECT_SOURCE_DIR "/examples/articles", NULL);
  g_assert_cmpint (dated_map.status, ==, 0);
  g_auto (TestResult) dates = { 0 };
  run_assay (&dates, "reduce", "news-crosscheck", state, dated, NULL);
  g_assert_cmpint (dates.status, ==, 2);
  test_assert_contains (dates.err, "dated.state: mapped with --reference-date 2024-03-05, and");
  test_assert_contains (dates.err, "with unset: map every shard with the same one");

  g_auto (TestResult) no_state = { 0 };
  run_assay (&no_state, "map", "news-crosscheck", "-o", out, PROJECT_SOURCE_DIR "/examples/articles", NULL);
  g_assert_cmpint (no_state.status, ==, 2);
  test_assert_contains (no_state.err, "--state FILE");
}

/* A budget too small to work with is refused, saying the smallest that
 * works, and that one works; a reduce that fails midway within a budget
 * leaves no temporary file. */
static void
test_budget (void)
{
  g_autofree char *out = g_build_filename (tmp_dir, "b.jsonl", NULL);
  g_autofree char *state = g_build_filename (tmp_dir, "b.state", NULL);
  map_examples ("news-crosscheck", NULL, out, state);
  g_autofree char *docs_arg = g_strconcat ("--docs=", out, NULL);
  g_auto (TestResult) plain = { 0 };
  run_assay (&plain, "reduce", "news-crosscheck", state, docs_arg, NULL);
  g_assert_cmpint (plain.status, ==, 0);

  g_auto (TestResult) small = { 0 };
  run_assay (&small, "reduce", "news-crosscheck", state, docs_arg, "--memory-budget", "1M", NULL);
  g_assert_cmpint (small.status, ==, 2);
  g_assert_cmpstr (small.out, ==, "");
  test_assert_contains (small.err, "--memory-budget 1M is too small");
  /* The smallest budget said works: before merging, the message can only
   * say what starting takes, and a second refusal, after merging, says
   * what these states take (under ASan merging takes more than a
   * mebibyte even here). */
  g_autofree char *err = g_strdup (small.err);
  g_auto (TestResult) fits = { 0 };
  for (guint attempt = 0;; attempt++)
    {
      const char *at = strstr (err, "the smallest budget that works ");
      g_assert_nonnull (at);
      at = strstr (at, " is ");
      g_assert_nonnull (at);
      guint64 smallest = g_ascii_strtoull (at + 4, NULL, 10);
      g_assert_cmpuint (smallest, >, 4);
      g_autofree char *enough = g_strdup_printf ("%" G_GUINT64_FORMAT "M", smallest);
      test_result_clear (&fits);
      run_assay (&fits, "reduce", "news-crosscheck", state, docs_arg, "--memory-budget", enough, NULL);
      if (fits.status == 0 || attempt == 1)
        break;
      g_assert_cmpint (fits.status, ==, 2);
      test_assert_contains (fits.err, "is too small for these states");
      g_free (err);
      err = g_strdup (fits.err);
    }
  g_assert_cmpint (fits.status, ==, 0);
  g_assert_cmpstr (fits.out, ==, plain.out);

  g_auto (TestResult) bad = { 0 };
  run_assay (&bad, "reduce", "news-crosscheck", state, "--memory-budget", "lots", NULL);
  g_assert_cmpint (bad.status, ==, 2);
  test_assert_contains (bad.err, "--memory-budget 'lots' is not a size");
  g_auto (TestResult) no_dir = { 0 };
  run_assay (&no_dir, "reduce", "news-crosscheck", state, "--memory-budget", "64M", "--tmp-dir", out, NULL);
  g_assert_cmpint (no_dir.status, ==, 2);
  test_assert_contains (no_dir.err, "is not a folder");

  /* A map output that lost its last record: found by the first pass,
   * after the stories were sorted on disk. */
  g_autofree char *docs = read_file (out);
  g_autofree char *short_docs = g_build_filename (tmp_dir, "b-short.jsonl", NULL);
  char *last = strrchr (docs, '\n');
  *last = '\0';
  last = strrchr (docs, '\n');
  g_assert_true (g_file_set_contents (short_docs, docs, last - docs + 1, NULL));
  g_autofree char *short_arg = g_strconcat ("--docs=", short_docs, NULL);
  g_autofree char *spill_dir = g_build_filename (tmp_dir, "b-tmp", NULL);
  g_assert_cmpint (g_mkdir (spill_dir, 0700), ==, 0);
  g_autofree char *tmp_arg = g_strconcat ("--tmp-dir=", spill_dir, NULL);
  sort_memory = "100";
  g_auto (TestResult) failed = { 0 };
  run_assay (&failed, "reduce", "news-crosscheck", state, short_arg, "--memory-budget=256M", tmp_arg, NULL);
  sort_memory = NULL;
  g_assert_cmpint (failed.status, ==, 2);
  test_assert_contains (failed.err, "b-short.jsonl has 4 records, but");
  g_autoptr (GDir) left = g_dir_open (spill_dir, 0, NULL);
  g_assert_nonnull (left);
  g_assert_null (g_dir_read_name (left));
}

/* Damage anywhere in a state (bytes changed, as a bad copy leaves them)
 * makes the reduce refuse it or read other values, never crash or read
 * outside the file: run under ASan, this is the bounds check. */
static void
test_damaged_states (void)
{
  g_autofree char *out = g_build_filename (tmp_dir, "d.jsonl", NULL);
  g_autofree char *state = g_build_filename (tmp_dir, "d.state", NULL);
  map_examples ("news-crosscheck", NULL, out, state);
  g_autofree char *whole = NULL;
  gsize length;
  g_assert_true (g_file_get_contents (state, &whole, &length, NULL));
  g_autoptr (GRand) rand = g_rand_new_with_seed (2929);
  g_autofree char *damaged = g_build_filename (tmp_dir, "damaged.state", NULL);
  guint refused = 0;
  for (guint round = 0; round < 40; round++)
    {
      g_autofree char *copy = g_memdup2 (whole, length);
      for (guint i = 0; i < 1 + round % 4; i++)
        copy[g_rand_int_range (rand, 0, length)] = g_rand_int_range (rand, 0, 256);
      g_assert_true (g_file_set_contents (damaged, copy, length, NULL));
      g_auto (TestResult) r = { 0 };
      run_assay (&r, "reduce", "news-crosscheck", damaged, NULL);
      if (r.status > 2)
        g_error ("round %u: the reduce of a damaged state ended with %d: %s", round, r.status, r.err);
      refused += r.status == 2;
      if (r.status == 2)
        test_assert_contains (r.err, "damaged.state");
    }
  /* Most damage lands in the header, the frame or a length. */
  g_assert_cmpuint (refused, >, 0);
}

/* A pipeline without a cross-document phase maps and reduces too: the
 * state holds only its header. */
static void
test_no_cross_document_phase (void)
{
  g_autoptr (GPtrArray) units = example_units ();
  g_autofree char *expected = run_whole ("dates", "dates", units);
  check_split ("dates", "dates", units, 3, 7, FALSE, "0", expected);
}

/* An out-of-tree stage's state (the template's: documents with identical
 * text) goes through the ABI too: two copies of one text in different
 * shards are still found. */
static void
test_template_stage (void)
{
  g_autofree char *pipeline = g_build_filename (tmp_dir, "template.pipeline", NULL);
  g_assert_true (g_file_set_contents (pipeline, "[pipeline]\nstages=template\n", -1, NULL));
  g_autoptr (GPtrArray) units = g_ptr_array_new_with_free_func (g_free);
  const char *texts[] = { "WIRE copy of a STORY.", "Something else.", "WIRE copy of a STORY.", "Another one.",
                          "Something else." };
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *name = g_strdup_printf ("template-%u.jsonl", i);
      g_autofree char *line = g_strdup_printf ("{\"id\":\"t%u\",\"text\":\"%s\"}\n", i, texts[i]);
      test_write_file (tmp_dir, name, line, -1);
      g_ptr_array_add (units, g_build_filename (tmp_dir, name, NULL));
    }
  g_autofree char *expected = run_whole ("template", pipeline, units);
  test_assert_contains (expected, "\"kind\":\"duplicate-text\"");
  for (guint n = 1; n <= 5; n += 2)
    check_split ("template", pipeline, units, n, n, FALSE, "0", expected);
}

/* A stage that keeps a state but cannot save it (built before ABI 1.2)
 * is refused by the map before it reads a document. */
static void
test_unsavable_stage (void)
{
  g_autofree char *pipeline = g_build_filename (tmp_dir, "fixture.pipeline", NULL);
  g_assert_true (g_file_set_contents (pipeline, "[pipeline]\nstages=sentences;corpus-size\n", -1, NULL));
  g_autofree char *out = g_build_filename (tmp_dir, "fixture.jsonl", NULL);
  g_autofree char *state = g_build_filename (tmp_dir, "fixture.state", NULL);
  g_auto (TestResult) r = { 0 };
  run_assay (&r, "map", "--plugin-path", FIXTURE_PLUGIN_DIR, pipeline, "-o", out, "--state", state,
             PROJECT_SOURCE_DIR "/examples/articles", NULL);
  g_assert_cmpint (r.status, ==, 2);
  test_assert_contains (r.err, "stage 'corpus-size'");
  test_assert_contains (r.err, "keeps a cross-document state but cannot save it");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (state, G_FILE_TEST_EXISTS));
}

/* A stage whose finish_stories() begins one story past its part's range
 * is stopped at that story, in that part: the story is the next part's,
 * and must not be written twice. */
static void
test_story_past_range (void)
{
  g_autofree char *pipeline = g_build_filename (tmp_dir, "past-end.pipeline", NULL);
  g_assert_true (g_file_set_contents (pipeline, "[pipeline]\nstages=story-pairs\n[story-pairs]\nmisstep=past-end\n",
                                      -1, NULL));
  g_autoptr (GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  const char *shards[] = { "{\"id\":\"a1\",\"text\":\"One.\"}\n{\"id\":\"a2\",\"text\":\"Two.\"}\n"
                           "{\"id\":\"a3\",\"text\":\"Three.\"}\n",
                           "{\"id\":\"b1\",\"text\":\"Four.\"}\n{\"id\":\"b2\",\"text\":\"Five.\"}\n" };
  for (guint i = 0; i < G_N_ELEMENTS (shards); i++)
    {
      g_autofree char *name = g_strdup_printf ("past-end-%u.jsonl", i);
      test_write_file (tmp_dir, name, shards[i], -1);
      g_autofree char *input = g_build_filename (tmp_dir, name, NULL);
      g_autofree char *out = g_strdup_printf ("%s.out", input);
      char *state = g_strdup_printf ("%s.state", input);
      g_ptr_array_add (states, state);
      g_auto (TestResult) r = { 0 };
      run_assay (&r, "map", "--plugin-path", FIXTURE_PLUGIN_DIR, pipeline, "-o", out, "--state", state, input, NULL);
      g_assert_cmpint (r.status, ==, 0);
    }
  /* Stories p1 (a1 a2), p2 (a3 b1), p3 (b2), weighed by their documents:
   * part 1 of 2 takes p1 and p2. */
  g_auto (TestResult) r = { 0 };
  run_assay (&r, "reduce", "--plugin-path", FIXTURE_PLUGIN_DIR, pipeline, "--part=1/2", states->pdata[0],
             states->pdata[1], NULL);
  g_assert_cmpint (r.status, ==, 1);
  test_assert_contains (r.out, "story 'p3' begun past the end of finish_stories()' range (stories 0 to 1)");
  test_assert_contains (r.out, "{\"type\":\"story\",\"id\":\"p2\"");
  g_assert_null (strstr (r.out, "{\"type\":\"story\",\"id\":\"p3\""));
}

/* A stage's ASSAY_STAGE_ERROR_BUDGET (ABI 1.6) stops a reduce within a
 * budget with the stage's message and nothing written; without a budget it
 * is the stage's error record, as any other error. */
static void
test_stage_budget_error (void)
{
  g_autofree char *pipeline = g_build_filename (tmp_dir, "over-budget.pipeline", NULL);
  g_assert_true (g_file_set_contents (pipeline, "[pipeline]\nstages=story-pairs\n[story-pairs]\nmisstep=over-budget\n",
                                      -1, NULL));
  test_write_file (tmp_dir, "over-budget.jsonl", "{\"id\":\"a1\",\"text\":\"One.\"}\n{\"id\":\"a2\",\"text\":\"Two.\"}\n",
                   -1);
  g_autofree char *input = g_build_filename (tmp_dir, "over-budget.jsonl", NULL);
  g_autofree char *map_out = g_strdup_printf ("%s.out", input);
  g_autofree char *state = g_strdup_printf ("%s.state", input);
  g_auto (TestResult) map = { 0 };
  run_assay (&map, "map", "--plugin-path", FIXTURE_PLUGIN_DIR, pipeline, "-o", map_out, "--state", state, input, NULL);
  g_assert_cmpint (map.status, ==, 0);

  g_autofree char *out = g_build_filename (tmp_dir, "over-budget.reduced", NULL);
  g_auto (TestResult) budgeted = { 0 };
  run_assay (&budgeted, "reduce", "--plugin-path", FIXTURE_PLUGIN_DIR, pipeline, state, "--memory-budget=512M", "-o",
             out, NULL);
  g_assert_cmpint (budgeted.status, ==, 2);
  test_assert_contains (budgeted.err, "stage 'story-pairs': the pairs do not fit the share");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  g_auto (TestResult) unbounded = { 0 };
  run_assay (&unbounded, "reduce", "--plugin-path", FIXTURE_PLUGIN_DIR, pipeline, state, NULL);
  g_assert_cmpint (unbounded.status, ==, 1);
  test_assert_contains (unbounded.out, "the pairs do not fit the share");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  saved_tmpdir = g_strdup (g_getenv ("TMPDIR"));
  tmp_dir = g_dir_make_tmp ("assay-mapreduce-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);
  g_test_add_func ("/cluster/law/examples", test_law_examples);
  g_test_add_func ("/cluster/law/no-cross-document-phase", test_no_cross_document_phase);
  g_test_add_func ("/cluster/law/bbc", test_law_bbc);
  g_test_add_func ("/cluster/law/template-stage", test_template_stage);
  g_test_add_func ("/cluster/refused", test_refused);
  g_test_add_func ("/cluster/budget", test_budget);
  g_test_add_func ("/cluster/unsavable-stage", test_unsavable_stage);
  g_test_add_func ("/cluster/damaged-states", test_damaged_states);
  g_test_add_func ("/cluster/story-past-range", test_story_past_range);
  g_test_add_func ("/cluster/stage-budget-error", test_stage_budget_error);
  int status = g_test_run ();
  test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
