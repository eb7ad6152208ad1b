/* inconsistencies.c: the `inconsistencies` stage: claims, and where reports
 * of one story disagree with each other or with the calendar.
 *
 * Per document (process): claims.c reads the `claim` layer, checks.c the
 * findings one document allows on its own.  Across documents: collect()
 * keeps a compact summary of each (summary.c); join() groups them into
 * stories (stories.c), and finish_stories() compares the claims of the
 * reports of each story of its range (compare.c): a finish in two phases,
 * so that the parts of a reduce divide the comparisons.
 */
#include "checks.h"
#include "compare.h"

typedef struct
{
  Knowledge *k;
  char *reference_key;
  const AssayHost *host; /* for its memory share, at the join */
  Corpus *corpus; /* the cross-document phase */
  GPtrArray *stories; /* Story*, from join() */
} Stage;

static const AssayOptionSpec stage_options[] = {
  { .name = "knowledge", .type = ASSAY_OPTION_PATH, .default_value = "office-holders.tsv",
    .help = "Office holders with dates (OFFICE, ORG, HOLDER, FROM, TO, CHECKED, SOURCE): the anachronism and "
            "role checks' knowledge base" },
  { .name = "knowledge-extra", .type = ASSAY_OPTION_PATH, .default_value = "office-holders-extra.tsv",
    .help = "More office holders in the same columns, read after the first file: where users add theirs" },
  { .name = "roles", .type = ASSAY_OPTION_PATH, .default_value = "role-aliases.tsv",
    .help = "How titles are written (\"foreign policy chief\") and the office each names" },
  { .name = "role-titles", .type = ASSAY_OPTION_PATH, .default_value = "role-titles.tsv",
    .help = "The offices' own titles (\"minister for foreign affairs and trade\"), generated from the knowledge "
            "base by scripts/make-role-titles.py; read after roles" },
  { .name = "cues", .type = ASSAY_OPTION_PATH, .default_value = "cues.tsv",
    .help = "The words claims are read by: blame, origin, event, date, approximation, number and verb cues" },
  { .name = "reference-key", .type = ASSAY_OPTION_STRING, .default_value = "published",
    .help = "The metadata key holding a document's publication date (the date of writing for anachronisms)" },
  { .name = "story-days", .type = ASSAY_OPTION_INT, .default_value = "7", .min = "0", .max = "3660",
    .help = "A document joins a story only when its date lies this many days or fewer after the story's "
            "last report (an undated document joins by names alone, and must share more)" },
  { .name = "salient", .type = ASSAY_OPTION_INT, .default_value = "8", .min = "2", .max = "20",
    .help = "How many of a document's most mentioned names (people, organisations, places, actors) it keeps "
            "to find its story by: a document joins the story whose reports share enough of them, each "
            "weighed by how rare it is in the input" },
  { .name = NULL },
};

static void
stage_destroy (gpointer data)
{
  Stage *self = data;
  /* The stories point into the corpus. */
  g_clear_pointer (&self->stories, g_ptr_array_unref);
  corpus_free (self->corpus);
  knowledge_free (self->k);
  g_free (self->reference_key);
  g_free (self);
}

static gpointer
stage_create (const AssayHost *host, const AssayOptions *options, GError **error)
{
  Knowledge *k = knowledge_load (assay_options_get_string (options, "knowledge"),
                                 assay_options_get_string (options, "knowledge-extra"),
                                 assay_options_get_string (options, "roles"),
                                 assay_options_get_string (options, "role-titles"),
                                 assay_options_get_string (options, "cues"), error);
  if (k == NULL)
    return NULL;
  Stage *self = g_new0 (Stage, 1);
  self->k = k;
  self->reference_key = g_strdup (assay_options_get_string (options, "reference-key"));
  self->corpus = corpus_new (k, self->reference_key, assay_options_get_int (options, "salient"),
                             assay_options_get_int (options, "story-days"), G_MAXUINT,
                             assay_host_get_tmp_dir (host));
  self->host = host;
  return self;
}

/* What the grouping may hold: within a reduce's --memory-budget, the
 * stage's share of it in join() (its tables that cannot go to disk, and as many
 * forming stories as the rest holds, counted by what they hold; store.c),
 * else everything in memory, as fast as that can be.  Never an option: it
 * changes no byte of the output, and an option would be in the state's
 * fingerprint.  For tests, ASSAY_STORY_CACHE (a number of stories, 0 for
 * all) bounds their count too, in any run, so that eviction is tested
 * without a budget's other effects. */
static gboolean
story_cache (const AssayHost *host, Corpus *corpus, GError **error)
{
  const char *forced = g_getenv ("ASSAY_STORY_CACHE");
  if (forced && *forced)
    {
      guint64 n;
      if (!g_ascii_string_to_unsigned (forced, 10, 0, G_MAXUINT32, &n, NULL))
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                       "ASSAY_STORY_CACHE='%s' is not a number of stories from 0 (all) to 4294967295 (it is for "
                       "tests; unset it)", forced);
          return FALSE;
        }
      corpus->story_cache = n == 0 ? G_MAXUINT : (guint) n;
    }
  else
    corpus->story_cache = G_MAXUINT;
  /* The grouping runs in join(), while the core sorts nothing; the
   * stories it makes stay through finish_stories(), while it does. */
  corpus->story_share = assay_host_get_join_memory_share (host);
  corpus->kept_share = assay_host_get_memory_share (host);
  return TRUE;
}

static gboolean
stage_process (gpointer data, AssayDocument *doc, GError **error)
{
  Stage *self = data;
  guint32 published = checks_publication_day (doc, self->reference_key);
  return claims_extract (self->k, doc, published, error) && checks_document (self->k, self->reference_key, doc, error);
}

static gboolean
stage_collect (gpointer data, const AssayDocument *doc, GError **error)
{
  Stage *self = data;
  return corpus_collect (self->corpus, doc, error);
}

static gboolean
stage_join (gpointer data, AssaySink *sink, GError **error)
{
  Stage *self = data;
  g_clear_pointer (&self->stories, g_ptr_array_unref);
  if (!story_cache (self->host, self->corpus, error))
    return FALSE;
  self->stories = compare_join (self->corpus, sink, error);
  return self->stories != NULL;
}

static gboolean
stage_finish_stories (gpointer data, AssaySink *sink, guint first, guint end, GError **error)
{
  Stage *self = data;
  return compare_story_range (self->corpus, self->stories, first, end, sink, error);
}

static gboolean
stage_save (gpointer data, AssayStateWriter *writer, GError **error)
{
  Stage *self = data;
  return corpus_save (self->corpus, writer, error);
}

static gboolean
stage_merge (gpointer data, AssayStateReader *reader, GError **error)
{
  Stage *self = data;
  return corpus_merge (self->corpus, reader, error);
}

static const char *const stage_requires[] = { "entity", "timex", "sentence", "section", "meta:published", NULL };
static const char *const stage_provides[] = { "claim", NULL };

static const AssayStageDesc stage_desc = {
  ASSAY_STAGE_DESC_HEADER,
  .name = "inconsistencies",
  .version = "0.2.0",
  .summary = "Read claims, and flag where reports of one story disagree with each other or the calendar",
  .license = "MIT",
  .requires = stage_requires,
  .provides = stage_provides,
  .options = stage_options,
  .threading = ASSAY_THREADING_SHARED,
  .create = stage_create,
  .process = stage_process,
  .destroy = stage_destroy,
  .collect = stage_collect,
  .save = stage_save,
  .merge = stage_merge,
  .join = stage_join,
  .finish_stories = stage_finish_stories,
};

ASSAY_PLUGIN_DEFINE (&stage_desc)
