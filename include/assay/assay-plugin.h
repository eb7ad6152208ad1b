/* assay-plugin.h: the plugin ABI: how a shared object declares its stages.
 *
 * A plugin is a shared object that exports exactly one function,
 * assay_plugin_stages_v1(), returning a NULL-terminated array of constant
 * stage descriptors.  ASSAY_PLUGIN_DEFINE() writes that function.  The name
 * is fixed (it does not depend on the file name) and carries the ABI
 * generation, so a future incompatible ABI is a different symbol.
 *
 * The core opens a plugin with local symbol binding and immediate
 * resolution: a plugin that needs a symbol this libassay lacks fails when it
 * is loaded, with the loader's message, never in the middle of a batch.
 *
 * Each descriptor begins with ASSAY_STAGE_DESC_HEADER, which records the
 * struct sizes and the ABI version the plugin was compiled against.  The
 * core accepts a plugin whose ABI major equals its own and whose minor is
 * not newer, reads fields appended in later minors only when the recorded
 * struct size covers them, and refuses any other plugin with both versions
 * in the message.
 *
 * Life of a stage instance:
 *   create()   once per instance, before any document is read;
 *   process()  once per document, in pipeline order with the other stages;
 *   collect()  (optional) once per successfully processed document, in input
 *              order, on one thread: keep a compact summary for the
 *              cross-document phase, never the document itself;
 *   finish()   (optional) once, after the last document: emit findings that
 *              span documents through the sink;
 *   destroy()  once per instance.
 * Over shards (`assay map` and `assay reduce`, since ABI 1.2): a map calls
 * save() where a run would call finish(); a reduce creates a fresh
 * instance, calls merge() once per shard's state, in shard order, then
 * finish().  A stage with collect() but no save() cannot run over shards;
 * `assay map` says so before it reads a document.
 * A finish in two phases (since ABI 1.3), instead of finish():
 *   join()            once: groups the documents into stories and tells
 *                     each story's documents (assay_sink_join_story()), in
 *                     story order, without findings (every part of a
 *                     reduce repeats it);
 *   finish_stories()  once, with a range of the joined stories: writes
 *                     those stories' records and findings, and nothing
 *                     of the others.
 * A run calls finish_stories() with every story; a reduce in parts
 * (`assay reduce --part K/N`) gives each part a contiguous range, so that
 * the parts divide the comparisons (docs/cluster.md).
 *
 * Threading (AssayThreading) says how many instances there are:
 *   PER_WORKER  one instance per worker thread; each is only ever used by
 *               one thread at a time, so it needs no locks.  When the stage
 *               has collect() the core makes one more instance that receives
 *               every collect() and the finish() call.
 *   SHARED      one instance for all workers: process() must be thread-safe.
 *               collect() may run while process() runs on other threads.
 *   SINGLETON   one instance, and the core never calls it from two threads
 *               at once (it serialises process() and collect()).
 */
#pragma once

#if !defined(ASSAY_INSIDE) && !defined(ASSAY_COMPILATION)
#error "Only <assay/assay.h> can be included directly."
#endif

#include <stddef.h>
#include <glib.h>
#include <gmodule.h>
#include <assay/assay-version.h>
#include <assay/assay-document.h>
#include <assay/assay-options.h>
#include <assay/assay-state.h>

G_BEGIN_DECLS

/* The error domain a stage uses for its own failures, such as a data file
 * that does not parse.  The core wraps every stage error with the stage and
 * document id when it surfaces, so a stage need not repeat them. */
#define ASSAY_STAGE_ERROR (assay_stage_error_quark ())
ASSAY_API GQuark assay_stage_error_quark (void);

typedef enum
{
  ASSAY_STAGE_ERROR_FAILED,     /* anything else */
  ASSAY_STAGE_ERROR_DATA,       /* a data file is missing or malformed */
  ASSAY_STAGE_ERROR_INPUT,      /* the document cannot be processed */
  /* join() or finish() within a reduce's --memory-budget: what the stage
   * cannot put on disk does not fit its share (assay_host_get_memory_share()).
   * The reduce stops with the message and writes nothing, as when the
   * budget is too small for the merged states.  Anywhere else (`assay
   * run`, a reduce without a budget, a stage built for an ABI before 1.6)
   * it is an ordinary error: the stage's error record.  Since ABI 1.6. */
  ASSAY_STAGE_ERROR_BUDGET,
} AssayStageError;

typedef enum
{
  ASSAY_THREADING_PER_WORKER = 0,
  ASSAY_THREADING_SHARED,
  ASSAY_THREADING_SINGLETON,
} AssayThreading;

/** Returns: (transfer none): "per-worker", "shared" or "singleton". */
ASSAY_API const char *assay_threading_to_string (AssayThreading threading);

typedef enum
{
  /* The stage replaces the text (assay_document_apply_edit()).  It must run
   * before every stage that annotates; the pipeline validator enforces it. */
  ASSAY_STAGE_REWRITES_TEXT = 1 << 0,
} AssayStageFlags;

/* What the core tells a stage instance about where it runs. */
typedef struct _AssayHost AssayHost;

/** Returns: (transfer none): the stage's instance name (its pipeline section). */
ASSAY_API const char *assay_host_get_instance_name (const AssayHost *host);

/**
 * assay_host_get_data_dir:
 *
 * A plugin's data files live in a folder named `data` beside its shared
 * object; relative defaults of path options resolve against it.
 *
 * Returns: (transfer none): that folder's absolute path (it may not exist).
 */
ASSAY_API const char *assay_host_get_data_dir (const AssayHost *host);

/**
 * assay_host_get_reference_date:
 *
 * Returns: (transfer none) (nullable): the run's `--reference-date` (ISO
 * 8601 as the user gave it), the anchor for documents that carry no date of
 * their own; NULL when none was given.
 */
ASSAY_API const char *assay_host_get_reference_date (const AssayHost *host);

/** Returns: the number of worker threads of the run. */
ASSAY_API guint assay_host_get_n_workers (const AssayHost *host);

/**
 * assay_host_get_tmp_dir:
 *
 * Where the run keeps its temporary files: the command's `--tmp-dir`, else
 * $TMPDIR, else /tmp.  A stage that spills what it keeps to disk (its
 * cross-document summaries) makes its files here, so that a user who
 * points a reduce at a disk with room gets the stage's files there too,
 * not only the core's.  Since ABI 1.4.
 *
 * Returns: (transfer none): the folder (never NULL; it may not be
 * writable: the stage's own file creation says so), valid as long as the
 * host, that is for the stage instance's whole life.
 */
ASSAY_API const char *assay_host_get_tmp_dir (const AssayHost *host);

/**
 * assay_host_get_memory_share:
 *
 * How many bytes a stage's join() and finish_stories() may keep in memory
 * beyond its merged summaries, in a reduce within a memory budget (`assay
 * reduce --memory-budget`): a quarter of what the budget leaves once the
 * states are merged (each of the core's three tables sorted on disk has
 * another quarter), so that the budget accounts for what the stage keeps
 * when it keeps no more than this.  A stage that can keep part of its
 * working set on disk (the inconsistencies stage's forming stories) sizes
 * it by this, so that the size is the budget's business, not an option
 * in the pipeline's fingerprint.  Tests make it small with
 * ASSAY_STAGE_MEMORY (bytes, with --memory-budget), which sets this share
 * alone; ASSAY_SORT_MEMORY sets only the core's.
 * Since ABI 1.5.
 *
 * Returns: the bytes; 0 when there is no budget (an `assay run`, a reduce
 * without --memory-budget, or before the finish): keep everything in
 * memory.
 */
ASSAY_API guint64 assay_host_get_memory_share (const AssayHost *host);

/**
 * assay_host_get_join_memory_share:
 *
 * How many bytes a stage's join() may keep in memory beyond its merged
 * summaries, in a reduce within a memory budget: two of the four
 * quarters assay_host_get_memory_share() is one of, since the core sorts
 * nothing on disk while join() runs (the other two are its working memory
 * then: the stories join() tells, reading, the allocator's slack).  What join() keeps for
 * finish_stories() must fit assay_host_get_memory_share(): the core's
 * tables fill then.  The core gives back to the system what join() freed
 * before finish_stories() runs.  ASSAY_STAGE_MEMORY (tests) sets both to
 * its value.  Since ABI 1.6.
 *
 * Returns: the bytes; 0 when there is no budget, as
 * assay_host_get_memory_share().
 */
ASSAY_API guint64 assay_host_get_join_memory_share (const AssayHost *host);

/**
 * assay_data_read_lines:
 * @path: a data file (UTF-8 text)
 *
 * Reads a stage's data file the way every stage wants it: one entry a
 * line, blank lines and lines starting with '#' left out, a final '\r'
 * dropped, the file checked to be UTF-8.  Stages keep their knowledge in
 * such files so users can read and extend it.
 *
 * Superseded by assay_data_table_read() (assay-data.h), whose rows keep
 * their line numbers for error messages; kept, as ABI 1.0, for plugins
 * built against it (no stage of this tree calls it).
 *
 * Returns: (transfer full): the lines (char*, owned by the array), or NULL
 * with ASSAY_STAGE_ERROR_DATA naming the file.
 */
ASSAY_API GPtrArray *assay_data_read_lines (const char *path, GError **error);

/* Where the cross-document phase sends its findings. */
typedef struct _AssaySink AssaySink;

/**
 * assay_sink_emit:
 * @finding: (transfer none): a finding with evidence from every document it
 *   involves (copied)
 *
 * Returns: TRUE, or FALSE with an error when the finding is malformed (no
 * evidence, a kind that is not lower-kebab-case) or cannot be written.
 */
ASSAY_API gboolean assay_sink_emit (AssaySink *sink, const AssayFinding *finding, GError **error);

/**
 * AssayStoryTie:
 * @type: what joins the documents: "name" or "date"
 * @value: the shared name (canonical) or date (ISO 8601)
 * @label: (nullable): the name's entity label ("ORG"), NULL for a date
 *
 * One thing the documents of a story share, as the output shows it.
 */
typedef struct
{
  const char *type;
  const char *value;
  const char *label;
} AssayStoryTie;

/**
 * assay_sink_begin_story:
 * @id: the story's id, unique in the run ("s1")
 * @doc_ids: (array length=n_docs): its documents, in input order
 * @from: (nullable): the first day of its date span (ISO 8601)
 * @to: (nullable): the last day
 * @ties: (array length=n_ties) (nullable): what joins its documents
 *
 * Writes a `story` record, then marks every finding emitted after it, up to
 * the next story, as that story's (`"story": @id`).  Each document named
 * gets `meta.story` = @id in its `doc` record: the runner holds the run's
 * document records until the cross-document phase has ended, so that they
 * can name their story (on disk, not in memory).  Everything is copied.
 * Since ABI 1.1.
 *
 * Returns: TRUE, or FALSE with ASSAY_STAGE_ERROR_FAILED when @id is empty,
 * already used, or a document is named twice.
 */
ASSAY_API gboolean assay_sink_begin_story (AssaySink *sink,
                                           const char *id,
                                           const char *const *doc_ids,
                                           guint n_docs,
                                           const char *from,
                                           const char *to,
                                           const AssayStoryTie *ties,
                                           guint n_ties,
                                           GError **error);

/**
 * AssayStageCreateFunc:
 * @host: (transfer none): valid for the instance's life
 * @options: (transfer none): the validated options, valid for the instance's life
 *
 * Returns: (transfer full): the instance, or NULL with @error set.  The
 * instance may be any non-NULL pointer; destroy() frees it.
 */
typedef gpointer (*AssayStageCreateFunc) (const AssayHost *host,
                                          const AssayOptions *options,
                                          GError **error);

/* Returns TRUE, or FALSE with @error set: the document then becomes an
 * error record and skips the later stages; the run goes on. */
typedef gboolean (*AssayStageProcessFunc) (gpointer instance, AssayDocument *doc, GError **error);

typedef void (*AssayStageDestroyFunc) (gpointer instance);

/* Keeps what the cross-document phase needs of @doc.  A FALSE return fails
 * the run's cross-document phase for this stage, not the document. */
typedef gboolean (*AssayStageCollectFunc) (gpointer instance,
                                           const AssayDocument *doc,
                                           GError **error);

typedef gboolean (*AssayStageFinishFunc) (gpointer instance, AssaySink *sink, GError **error);

/**
 * assay_sink_join_story:
 * @id: the story's id, unique in the run ("s1")
 * @doc_ids: (array length=n_docs): its documents, in input order
 *
 * In join(): the next story, in the order its records will be written.
 * Each document named gets `meta.story` = @id in its `doc` record, as with
 * assay_sink_begin_story(), which finish_stories() then calls for the
 * stories of its range with the same @id and documents.  Everything is
 * copied.  Since ABI 1.3.
 *
 * Returns: TRUE, or FALSE with ASSAY_STAGE_ERROR_FAILED when called
 * outside join(), @id is empty or already used, or a document is named
 * twice; with ASSAY_RUN_ERROR when the core's disk work failed.
 */
ASSAY_API gboolean assay_sink_join_story (AssaySink *sink,
                                          const char *id,
                                          const char *const *doc_ids,
                                          guint n_docs,
                                          GError **error);

/**
 * AssayStageJoinFunc:
 * @instance: the instance that received collect() (or merge())
 *
 * The first phase of a finish in two phases: groups the documents into
 * stories and calls assay_sink_join_story() once a story, in the order
 * their records are to be written (stories numbered from 0 in that
 * order).  It writes no record.  The stage keeps its stories for
 * finish_stories().  Returns FALSE with @error set when it fails: the
 * stage's cross-document phase then fails, as when finish() fails.
 */
typedef gboolean (*AssayStageJoinFunc) (gpointer instance, AssaySink *sink, GError **error);

/**
 * AssayStageFinishStoriesFunc:
 * @first: the first story of the range (0-based, in join()'s order)
 * @end: one past its last; @first <= @end <= the stories joined
 *
 * The second phase: for each story from @first to @end - 1, in order,
 * assay_sink_begin_story() with the id and documents join() gave it, then
 * that story's findings.  The records of the stories of every range,
 * written in order, must be the records of the whole range: a story's
 * findings depend on its own documents only.  Called after join(), once;
 * a reduce in parts calls it in each part with that part's range.
 */
typedef gboolean (*AssayStageFinishStoriesFunc) (gpointer instance,
                                                 AssaySink *sink,
                                                 guint first,
                                                 guint end,
                                                 GError **error);

/**
 * AssayStageDesc:
 * @struct_size: sizeof (AssayStageDesc) as the plugin was compiled
 * @option_spec_size: sizeof (AssayOptionSpec) as the plugin was compiled
 * @abi_major: ASSAY_ABI_MAJOR the plugin was compiled against
 * @abi_minor: ASSAY_ABI_MINOR likewise
 * @name: lower-kebab-case stage name, unique on the plugin path
 * @version: the stage's own version, such as "1.2.0"
 * @summary: one line for `assay plugins`
 * @license: SPDX identifier
 * @requires: (nullable): NULL-terminated layers the stage reads, which an
 *   earlier stage of the pipeline must provide; "meta:KEY" entries name
 *   metadata it reads, which the input may also supply, so they document
 *   rather than constrain
 * @provides: (nullable): NULL-terminated layers the stage writes, and
 *   "meta:KEY" for each metadata key it sets
 * @options: (nullable): the option schema, terminated by an entry whose
 *   name is NULL
 * @threading: how instances are shared among worker threads
 * @flags: AssayStageFlags
 * @create: required
 * @process: required
 * @destroy: required
 * @collect: (nullable): the cross-document phase's map
 * @finish: (nullable): the cross-document phase's reduce
 * @save: (nullable): writes what collect() kept, for a reduce elsewhere
 *   (since 1.2; see assay-state.h)
 * @merge: (nullable): reads back a state save() wrote (since 1.2); a stage
 *   has both or neither
 * @join: (nullable): a finish in two phases, first phase (since 1.3)
 * @finish_stories: (nullable): its second phase; a stage has both or
 *   neither, and with them the core never calls finish()
 *
 * Append new fields at the end only, and bump ASSAY_ABI_MINOR.
 */
typedef struct
{
  guint32 struct_size;
  guint32 option_spec_size;
  guint16 abi_major;
  guint16 abi_minor;

  const char *name;
  const char *version;
  const char *summary;
  const char *license;
  const char *const *requires;
  const char *const *provides;
  const AssayOptionSpec *options;
  AssayThreading threading;
  guint32 flags;

  AssayStageCreateFunc create;
  AssayStageProcessFunc process;
  AssayStageDestroyFunc destroy;
  AssayStageCollectFunc collect;
  AssayStageFinishFunc finish;
  AssayStageSaveFunc save;
  AssayStageMergeFunc merge;
  AssayStageJoinFunc join;
  AssayStageFinishStoriesFunc finish_stories;
} AssayStageDesc;

/* The smallest descriptor an ABI 1.x core accepts: everything up to and
 * including `finish`, the fields of ABI 1.0. */
#define ASSAY_STAGE_DESC_SIZE_1_0 (offsetof (AssayStageDesc, finish) + sizeof (AssayStageFinishFunc))
#define ASSAY_OPTION_SPEC_SIZE_1_0 (offsetof (AssayOptionSpec, choices) + sizeof (const char *const *))

/* The first initialisers of every descriptor. */
#define ASSAY_STAGE_DESC_HEADER                         \
  .struct_size = sizeof (AssayStageDesc),               \
  .option_spec_size = sizeof (AssayOptionSpec),         \
  .abi_major = ASSAY_ABI_MAJOR,                         \
  .abi_minor = ASSAY_ABI_MINOR

/* The plugin's one entry point. */
#define ASSAY_PLUGIN_ENTRY_POINT "assay_plugin_stages_v1"
typedef const AssayStageDesc *const *(*AssayPluginStagesFunc) (void);

/**
 * ASSAY_PLUGIN_DEFINE:
 * @...: pointers to the plugin's stage descriptors
 *
 * Defines and exports assay_plugin_stages_v1().  Use it once per plugin,
 * at file scope.
 */
#define ASSAY_PLUGIN_DEFINE(...)                                              \
  G_MODULE_EXPORT const AssayStageDesc *const *assay_plugin_stages_v1 (void); \
  G_MODULE_EXPORT const AssayStageDesc *const *assay_plugin_stages_v1 (void)  \
  {                                                                           \
    static const AssayStageDesc *const stages[] = { __VA_ARGS__, NULL };      \
    return stages;                                                            \
  }

G_END_DECLS
