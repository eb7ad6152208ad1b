/* assay-private.h: what the core's modules share with each other and with
 * the `assay` tool and the tests, but never with plugins.  These symbols are
 * exported from libassay-1.so under the version node ASSAY_PRIVATE (see
 * libassay.map), so the tool and the tests use the one copy of the core that
 * plugins use; the header is not installed, and nothing here is ABI.
 */
#pragma once

#include <stdio.h>
#include <string.h>
#include <assay/assay.h>

G_BEGIN_DECLS

/* ---- names and text (assay-names.c, assay-utf8.c) ------------------------ */

/* lower-kebab-case: stage, option and layer names, finding kinds. */
ASSAY_API gboolean assay_name_is_kebab (const char *name);
/* Metadata and attribute keys: lower case, digits, '-' and '_'. */
ASSAY_API gboolean assay_name_is_key (const char *name);

/* Whether names or keys @a and @b are equal, their first bytes compared
 * inline before strcmp() is called: most that differ differ there (a
 * document's layers: removed, paragraph, sentence, token, entity, timex,
 * claim...; an annotation's keys; a guard's entries).  The whole run's
 * strcmp() took 230.2M instructions before, 200.2M after, the run
 * 5,910.8M and 5,884.2M (callgrind, one copy of the BBC archive, the
 * news-crosscheck pipeline). */
static inline gboolean
assay_names_equal (const char *a, const char *b)
{
  return a[0] == b[0] && strcmp (a, b) == 0;
}

/* Returns: (transfer full): @text with each invalid byte replaced by U+FFFD
 * (and NUL, which is invalid in a document, too); @n_invalid counts them. */
ASSAY_API char *assay_utf8_make_valid (const char *text, gsize length, gsize *out_length, guint *n_invalid);

/* Returns: (transfer full): a document of @text, which it takes (g_malloc()ed,
 * NUL-terminated at @length) and does not validate again: the caller has
 * checked that it is valid UTF-8 without NUL (the JSONL reader's common
 * line, where validating it twice was 1.5% of the dates pipeline in perf).
 * @n_invalid is how many bytes the caller replaced (the invalid-utf8
 * metadata when above 0). */
ASSAY_API AssayDocument *assay_document_new_take_valid (const char *id, char *text, gsize length,
                                                        guint n_invalid);

/* What the running stage may write; set by the runner around process(). */
typedef struct
{
  const char *stage_name;
  const char *const *provides;
  gboolean rewrites_text;
} AssayStageGuard;

ASSAY_API void assay_document_set_guard (AssayDocument *doc, const AssayStageGuard *guard);

/* An error domain's quark, read and stored atomically: GLib's
 * G_DEFINE_QUARK stores it lazily with plain accesses, a data race when
 * two workers raise a domain's first error at once (ThreadSanitizer
 * found it in the runner's test: a fixture stage failing on documents in
 * two threads).  Two first callers may both make it; they store the same
 * value, g_quark_from_static_string() being thread-safe. */
#define ASSAY_DEFINE_QUARK(QN, q_n)                                       \
  GQuark q_n##_quark (void)                                               \
  {                                                                       \
    static gint quark = 0;                                                \
    GQuark q = (GQuark) g_atomic_int_get (&quark);                        \
    if (G_UNLIKELY (q == 0))                                              \
      {                                                                   \
        q = g_quark_from_static_string (#QN);                             \
        g_atomic_int_set (&quark, (gint) q);                              \
      }                                                                   \
    return q;                                                             \
  }

/* Annotations a document may hold, all layers together: a token per mark
 * of punctuation cost about 330 bytes each through the main pipeline and
 * its writer (1 MB of punctuation peaked at 330 MB), so without a cap a
 * 64 MiB document could need 20 GB.  A long news article has some 20,000;
 * the default leaves fifty times that. */
#define ASSAY_DEFAULT_MAX_ANNOTATIONS 1000000u
/* The cap documents made from now on get (process-wide: the tool sets it
 * once, from `assay run --max-annotations`, before reading).  0 is no
 * cap. */
ASSAY_API void assay_document_set_default_max_annotations (guint max);
ASSAY_API guint assay_document_get_default_max_annotations (void);
/* The cap of @doc alone (0: none).  Reaching it fails the annotation that
 * would pass it with ASSAY_DOCUMENT_ERROR_TOO_MANY, kept also as the
 * document's violation, so that a stage that drops the error still fails
 * the document with a record that names the limit. */
ASSAY_API void assay_document_set_max_annotations (AssayDocument *doc, guint max);
/* Returns: (transfer full) (nullable): the first rule a stage broke through
 * a call that reports no error (assay_annotation_set_attr()), cleared. */
ASSAY_API GError *assay_document_take_violation (AssayDocument *doc);
ASSAY_API gboolean assay_finding_check (const AssayFinding *finding, GError **error);

/* ---- options (assay-options.c) ------------------------------------------ */

/* Returns: (transfer full): the values of @specs at their defaults.  Path
 * defaults resolve against @data_dir.  Fails when a default does not parse
 * (a broken descriptor) with ASSAY_PIPELINE_ERROR_BAD_VALUE. */
ASSAY_API AssayOptions *assay_options_new (const AssayOptionSpec *specs,
                                 guint n_specs,
                                 const char *data_dir,
                                 GError **error);
ASSAY_API void assay_options_free (AssayOptions *options);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayOptions, assay_options_free)

ASSAY_API const AssayOptionSpec *assay_options_lookup_spec (const AssayOptions *options, const char *name);

/* Parses @text for option @name; relative paths resolve against @base_dir.
 * Errors: ASSAY_PIPELINE_ERROR_UNKNOWN_OPTION, _BAD_VALUE, _OUT_OF_RANGE,
 * _MISSING_FILE, with a message that names no place (the caller does). */
ASSAY_API gboolean assay_options_set (AssayOptions *options,
                            const char *name,
                            const char *text,
                            const char *base_dir,
                            GError **error);

/* Checks a spec as a loader must: name, type, default, range, choices. */
ASSAY_API gboolean assay_option_spec_check (const AssayOptionSpec *spec, GError **error);

/* Returns: (transfer full): the value as text, as `assay inspect` and the
 * pipeline dump print it; NULL when unset. */
ASSAY_API char *assay_options_to_text (const AssayOptions *options, const char *name);

/* ---- loader and registry (assay-registry.c) ---------------------------- */

#define ASSAY_LOADER_ERROR (assay_loader_error_quark ())
ASSAY_API GQuark assay_loader_error_quark (void);

typedef enum
{
  ASSAY_LOADER_ERROR_OPEN,           /* dlopen failed: missing file, unresolved symbol */
  ASSAY_LOADER_ERROR_NO_ENTRY_POINT, /* no assay_plugin_stages_v1 */
  ASSAY_LOADER_ERROR_ABI,            /* built for another ABI */
  ASSAY_LOADER_ERROR_BAD_DESCRIPTOR, /* a missing callback, a bad name, a bad option spec */
  ASSAY_LOADER_ERROR_DUPLICATE,      /* a stage name already taken on the path */
} AssayLoaderError;

/* One stage as the core read it from a plugin: a copy of the descriptor as
 * this core's struct, zero past the plugin's struct_size, and its options
 * copied into this core's AssayOptionSpec layout. */
typedef struct
{
  AssayStageDesc desc;
  AssayOptionSpec *options; /* n_options, in declaration order */
  guint n_options;
  char *file;               /* the shared object, absolute */
  char *data_dir;           /* <folder of file>/data */
} AssayStageInfo;

typedef struct
{
  char *file;
  GError *error;
} AssayBrokenPlugin;

typedef struct _AssayRegistry AssayRegistry;

ASSAY_API AssayRegistry *assay_registry_new (void);
ASSAY_API void assay_registry_free (AssayRegistry *registry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayRegistry, assay_registry_free)

/* Loads every plugin in @dir: files ending in .so in it and in its direct
 * subfolders (one folder per plugin, with its data).  Plugins that fail to
 * load are remembered as broken, not fatal. */
ASSAY_API void assay_registry_scan_dir (AssayRegistry *registry, const char *dir);

/* Loads one plugin file; on failure it is also remembered as broken. */
ASSAY_API gboolean assay_registry_load_file (AssayRegistry *registry, const char *file, GError **error);

/* Returns: (transfer full): the plugin folders to scan, in order:
 * @cli_path (':'-separated, nullable), $ASSAY_PLUGIN_PATH, then the build
 * tree when this program runs uninstalled, else the install folder. */
ASSAY_API char **assay_registry_default_path (const char *cli_path);

/* Returns: (transfer full): the folder of the pipelines shipped with assay:
 * the build tree's when this program runs uninstalled, else the installed
 * one (found relative to the binary when installed under one prefix). */
ASSAY_API char *assay_default_pipeline_dir (void);

/* Returns: (transfer none) (nullable): the stage named @name. */
ASSAY_API const AssayStageInfo *assay_registry_lookup (const AssayRegistry *registry, const char *name);

/* Returns: (transfer none): the stages, sorted by name. */
ASSAY_API GPtrArray *assay_registry_get_stages (const AssayRegistry *registry);

/* Returns: (transfer none): the plugins that failed to load (AssayBrokenPlugin*). */
ASSAY_API GPtrArray *assay_registry_get_broken (const AssayRegistry *registry);

/* Returns: (transfer full) (nullable): the known stage name nearest to
 * @name by edit distance, when it is near enough to be a typo. */
ASSAY_API char *assay_suggest (const char *name, const char *const *candidates);

/* ---- pipeline (assay-pipeline.c) ------------------------------------------ */

#define ASSAY_PIPELINE_ERROR (assay_pipeline_error_quark ())
ASSAY_API GQuark assay_pipeline_error_quark (void);

typedef enum
{
  ASSAY_PIPELINE_ERROR_READ,                /* the file cannot be read */
  ASSAY_PIPELINE_ERROR_PARSE,               /* not a key file */
  ASSAY_PIPELINE_ERROR_MISSING_SECTION,     /* no [pipeline] */
  ASSAY_PIPELINE_ERROR_MISSING_KEY,         /* no stages= */
  ASSAY_PIPELINE_ERROR_UNKNOWN_KEY,         /* a key [pipeline] does not know */
  ASSAY_PIPELINE_ERROR_UNKNOWN_SECTION,     /* a section that is no stage */
  ASSAY_PIPELINE_ERROR_DUPLICATE_STAGE,     /* a stage named twice in stages= */
  ASSAY_PIPELINE_ERROR_BAD_NAME,            /* a stage name that is not lower-kebab */
  ASSAY_PIPELINE_ERROR_UNKNOWN_PLUGIN,      /* no stage of that name on the path */
  ASSAY_PIPELINE_ERROR_UNKNOWN_OPTION,      /* a key the stage does not declare */
  ASSAY_PIPELINE_ERROR_BAD_VALUE,           /* wrong type, not a choice */
  ASSAY_PIPELINE_ERROR_OUT_OF_RANGE,        /* outside min..max */
  ASSAY_PIPELINE_ERROR_MISSING_FILE,        /* a path option names nothing */
  ASSAY_PIPELINE_ERROR_MISSING_REQUIREMENT, /* a required layer no earlier stage provides */
  ASSAY_PIPELINE_ERROR_REWRITE_ORDER,       /* a text-rewriting stage after an annotating one */
  ASSAY_PIPELINE_ERROR_BAD_OVERRIDE,        /* a --set that is not STAGE.KEY=VALUE */
  ASSAY_PIPELINE_ERROR_DUPLICATE,           /* a group or a key written twice */
} AssayPipelineError;

typedef struct
{
  char *instance;              /* the section name */
  const AssayStageInfo *info;  /* owned by the registry */
  AssayOptions *options;
  gboolean has_problem;        /* loading found a problem in its section */
} AssayPipelineStage;

typedef struct
{
  char *path;        /* as given, for messages */
  char *description; /* nullable */
  GPtrArray *stages; /* AssayPipelineStage* */
} AssayPipeline;

/* Parses and validates a pipeline file, all or nothing: every problem found
 * is reported in one error, one line each, naming file, section and key;
 * the error's code is that of the first problem.  @overrides are
 * "STAGE.KEY=VALUE" strings applied over the file (nullable). */
ASSAY_API AssayPipeline *assay_pipeline_load (const char *path,
                                    const AssayRegistry *registry,
                                    const char *const *overrides,
                                    GError **error);

/* The same for text in memory; relative paths resolve against @base_dir. */
ASSAY_API AssayPipeline *assay_pipeline_load_data (const char *data,
                                         gsize length,
                                         const char *display_path,
                                         const char *base_dir,
                                         const AssayRegistry *registry,
                                         const char *const *overrides,
                                         GError **error);
ASSAY_API void assay_pipeline_free (AssayPipeline *pipeline);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayPipeline, assay_pipeline_free)

/* For `assay check`: as assay_pipeline_load(), but a file with problems
 * still yields what could be built of it (its known stages, each marked
 * has_problem when its section has one), with @error set; NULL only when
 * the file cannot be read.  Such a pipeline is for checking, never for a
 * run.  Returns: (transfer full) (nullable). */
ASSAY_API AssayPipeline *assay_pipeline_load_partial (const char *path,
                                                      const AssayRegistry *registry,
                                                      GError **error);

/* Starts each stage of @pipeline once (skipping those marked has_problem)
 * and stops it again, so what a stage checks as it starts (its data files'
 * contents, a reference date) is checked before a run.  FALSE with every
 * stage's problem in @error, one a line, "FILE: [section] key: ..." where
 * the message names an option's value, "FILE: [section]: ..." otherwise. */
ASSAY_API gboolean assay_pipeline_check_stages (const AssayPipeline *pipeline, GError **error);

/* ---- JSON writing (assay-json.c) ------------------------------------------- */

/* A streaming JSON writer into a GString: no tree, no allocation per value.
 * Strings are escaped per RFC 8259; invalid UTF-8 is written as U+FFFD. */
typedef struct
{
  GString *out;
  guint depth;
  guint64 need_comma; /* bit d: the container at depth d already has a member */
  gboolean after_key;
} AssayJsonWriter;

ASSAY_API void assay_json_writer_init (AssayJsonWriter *w, GString *out);
ASSAY_API void assay_json_begin_object (AssayJsonWriter *w);
ASSAY_API void assay_json_end_object (AssayJsonWriter *w);
ASSAY_API void assay_json_begin_array (AssayJsonWriter *w);
ASSAY_API void assay_json_end_array (AssayJsonWriter *w);
ASSAY_API void assay_json_key (AssayJsonWriter *w, const char *key);
/* A key written as it is, quotes and colon included: for the fixed keys
 * of every annotation, where scanning each for characters to escape was
 * 4% of the dates pipeline (perf, bench/dates-bench.py).  @quoted must be
 * JSON already ("\"start\":"); use ASSAY_JSON_KEY_LITERAL. */
ASSAY_API void assay_json_key_quoted (AssayJsonWriter *w, const char *quoted, gsize length);
/* @key: a string literal of characters that need no escaping. */
#define ASSAY_JSON_KEY_LITERAL(w, key) \
  assay_json_key_quoted ((w), "\"" key "\":", sizeof ("\"" key "\":") - 1)
ASSAY_API void assay_json_string (AssayJsonWriter *w, const char *value);
ASSAY_API void assay_json_string_len (AssayJsonWriter *w, const char *value, gsize length);
/* As assay_json_string_len(), for text known to be valid UTF-8 (a
 * document's text and its spans, which the document validated when it
 * was made): not checked again. */
ASSAY_API void assay_json_string_valid (AssayJsonWriter *w, const char *value, gsize length);
ASSAY_API void assay_json_int (AssayJsonWriter *w, gint64 value);
ASSAY_API void assay_json_double (AssayJsonWriter *w, double value);
ASSAY_API void assay_json_bool (AssayJsonWriter *w, gboolean value);
ASSAY_API void assay_json_null (AssayJsonWriter *w);

/* ---- records (assay-output.c) ------------------------------------------- */

/* Which layers a doc record carries. */
typedef struct
{
  char **only;         /* nullable: write only these */
  char **except;       /* nullable: write all but these (used when only is NULL) */
  gboolean with_original; /* also write the original text when it was rewritten */
  char **no_text;      /* nullable: layers whose annotations are written
                        * without "text" (their offsets into the record's
                        * text say it) */
} AssayOutputOptions;

/* Appends one JSONL line (with its newline) to @out. */
ASSAY_API void assay_output_document (GString *out, const AssayDocument *doc, const AssayOutputOptions *opts);
ASSAY_API void assay_output_finding (GString *out, const AssayFinding *finding);
ASSAY_API void assay_output_error (GString *out,
                         const char *id,
                         const char *stage,
                         const char *input,
                         const char *message);

/* Appends a `finding` record that belongs to story @story (nullable). */
ASSAY_API void assay_output_finding_in_story (GString *out, const AssayFinding *finding, const char *story);

/* ---- stories (assay-stories.c) ------------------------------------------ */

/* Holds a run's document records on disk until the cross-document phase has
 * said which story each belongs to; see assay-stories.c. */
typedef struct _AssayStorySpool AssayStorySpool;

/* Returns: (transfer full): a spool on an unlinked temporary file in
 * @tmp_dir (nullable: $TMPDIR), or NULL with @error.  With @memory > 0
 * (a memory budget's share), which story each document belongs to is
 * sorted on disk within @memory bytes a table, not held in memory: then
 * the reduce calls assay_story_spool_scan() over every map output up to
 * its last, then assay_story_spool_join(), before stamping. */
ASSAY_API AssayStorySpool *assay_story_spool_new (const char *tmp_dir, gsize memory, GError **error);
ASSAY_API void assay_story_spool_free (AssayStorySpool *spool);
/* Returns: (transfer none): where document records are written meanwhile. */
ASSAY_API FILE *assay_story_spool_file (AssayStorySpool *spool);
/* Returns: (transfer none) (nullable): the story being emitted. */
ASSAY_API const char *assay_story_spool_current (const AssayStorySpool *spool);
/* Notes that the documents @doc_ids belong to story @id, for their doc
 * records.  Returns: (transfer none): the story's id as the spool keeps
 * it (valid for the spool's life), or NULL with @error when @id is empty
 * or used already (ASSAY_STAGE_ERROR) or the sort on disk failed
 * (ASSAY_RUN_ERROR). */
ASSAY_API const char *assay_story_spool_assign (AssayStorySpool *spool,
                                                const char *id,
                                                const char *const *doc_ids,
                                                guint n_docs,
                                                GError **error);
/* Appends the `story` record to @out and makes @id the current story;
 * unless @joined (assay_story_spool_assign() was called for it), notes
 * its documents first. */
ASSAY_API gboolean assay_story_spool_begin (AssayStorySpool *spool,
                                            GString *out,
                                            const char *id,
                                            const char *const *doc_ids,
                                            guint n_docs,
                                            const char *from,
                                            const char *to,
                                            const AssayStoryTie *ties,
                                            guint n_ties,
                                            gboolean joined,
                                            GError **error);
/* No story is current any more (a stage's finish() has ended). */
ASSAY_API void assay_story_spool_end (AssayStorySpool *spool);
/* Copies the held records to @out, each named document's meta with its
 * story. */
ASSAY_API gboolean assay_story_spool_copy (AssayStorySpool *spool, FILE *out, GError **error);
/* Copies the doc and error records of @in (a map's output, named @in_name
 * in messages) to @out as assay_story_spool_copy() copies its own: what
 * lets `assay reduce` write the bytes of one run.  *@n_records (nullable):
 * the records read. */
ASSAY_API gboolean assay_story_spool_stamp (AssayStorySpool *spool,
                                            FILE *in,
                                            const char *in_name,
                                            FILE *out,
                                            guint64 *n_records,
                                            GError **error);

/* A first pass over a map's output @in, in shard order: counts its
 * records in *@n_records (nullable) and, within a budget, numbers its doc
 * records for the join.  @written: this reduce writes these records (a
 * part writes some shards only; the earlier ones are read for the count
 * of records that share an id).  Without a budget, only shards not
 * written need this pass. */
ASSAY_API gboolean assay_story_spool_scan (AssayStorySpool *spool,
                                           FILE *in,
                                           const char *in_name,
                                           gboolean written,
                                           guint64 *n_records,
                                           GError **error);
/* Without a budget: whether some id is named by two stories (records
 * share it), so that a part must count the records before its own. */
ASSAY_API gboolean assay_story_spool_ids_shared (const AssayStorySpool *spool);
/* Within a budget: after the stories are told and the records scanned,
 * joins them into each written record's story.  Without one, does
 * nothing. */
ASSAY_API gboolean assay_story_spool_join (AssayStorySpool *spool, GError **error);

/* ---- an external sort (assay-sort.c) ------------------------------------ */

/* Byte-string records sorted as memcmp() orders them, within a memory
 * bound: runs spilled to an unlinked temporary file and merged. */
typedef struct _AssaySorter AssaySorter;

/* Returns: (transfer full): an empty sorter that keeps at most about
 * @memory bytes of records in memory (and half as much for the merge's
 * buffers; at least 64 bytes, which tests use to force runs), spilling to
 * @tmp_dir (nullable: $TMPDIR).  @what names the records in messages. */
ASSAY_API AssaySorter *assay_sorter_new (const char *what, const char *tmp_dir, gsize memory);
ASSAY_API void assay_sorter_free (AssaySorter *sorter);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssaySorter, assay_sorter_free)
/* Adds a copy of @record.  FALSE with ASSAY_RUN_ERROR_WRITE when a run
 * cannot be written (the message names the folder). */
ASSAY_API gboolean assay_sorter_add (AssaySorter *sorter, gconstpointer record, gsize length, GError **error);
/* Ends adding and starts reading, least record first.  Errors as add. */
ASSAY_API gboolean assay_sorter_sort (AssaySorter *sorter, GError **error);
/* The least record not yet passed, NULL after the last; valid until the
 * next advance (transfer none). */
ASSAY_API void assay_sorter_peek (AssaySorter *sorter, const guint8 **record, gsize *length);
/* Passes the current record.  FALSE with @error when a run cannot be read. */
ASSAY_API gboolean assay_sorter_advance (AssaySorter *sorter, GError **error);
ASSAY_API guint64 assay_sorter_get_n_records (const AssaySorter *sorter);
/* The runs written to disk so far (0: everything fitted in memory). */
ASSAY_API guint assay_sorter_get_n_runs (const AssaySorter *sorter);

/* ---- cross-document state (assay-state.c; docs/cluster.md) ------------- */

#define ASSAY_STATE_ERROR (assay_state_error_quark ())
ASSAY_API GQuark assay_state_error_quark (void);

typedef enum
{
  ASSAY_STATE_ERROR_IO,       /* the file cannot be read or written */
  ASSAY_STATE_ERROR_FORMAT,   /* no state file, or a damaged one */
  ASSAY_STATE_ERROR_MISMATCH, /* another format version, pipeline, stage version or option */
} AssayStateErrorCode;

/* The version of the frame assay-state.c writes and reads. */
#define ASSAY_STATE_FORMAT_VERSION 1

/* Whether a stage takes part in the cross-document phase (collect or
 * finish), and so has a place in a state file. */
ASSAY_API gboolean assay_stage_has_state (const AssayStageDesc *desc);
/* Returns: (transfer full): the pipeline's stages, versions and option
 * values, one a line: what a state file's fingerprint is taken of. */
ASSAY_API char *assay_pipeline_describe (const AssayPipeline *pipeline);

/* Writing: the header, then per stage with a state (pipeline order)
 * begin_stage (@failure, nullable: collect()'s error) and end_stage around
 * what the stage writes, then finish.  @file must be seekable; it stays the
 * caller's.  Errors: ASSAY_STATE_ERROR_IO naming @path. */
typedef struct _AssayStateOut AssayStateOut;
ASSAY_API AssayStateOut *assay_state_out_new (FILE *file,
                                              const char *path,
                                              const AssayPipeline *pipeline,
                                              const char *reference_date,
                                              guint64 n_documents,
                                              guint64 n_errors,
                                              GError **error);
/* Returns: (transfer none): where the stage writes, valid until end_stage. */
ASSAY_API AssayStateWriter *assay_state_out_begin_stage (AssayStateOut *out, const char *failure, GError **error);
ASSAY_API gboolean assay_state_out_end_stage (AssayStateOut *out, GError **error);
ASSAY_API gboolean assay_state_out_finish (AssayStateOut *out, GError **error);
ASSAY_API void assay_state_out_free (AssayStateOut *out);

/* Reading: open (the header, checked against @pipeline: a state of another
 * format version, pipeline, stage version or option value fails with
 * ASSAY_STATE_ERROR_MISMATCH saying what differs), then per stage with a
 * state next_stage and end_stage, then close (the trailer). */
typedef struct _AssayStateIn AssayStateIn;
ASSAY_API AssayStateIn *assay_state_in_open (const char *path, const AssayPipeline *pipeline, GError **error);
/* The same, against @description (assay_pipeline_describe()'s): a reduce
 * opens every state once or more, and describing the pipeline hashes each
 * stage's code and data (some 20 MB with the entities stage), so it
 * describes it once. */
ASSAY_API AssayStateIn *assay_state_in_open_described (const char *path, const char *description, GError **error);
/* Returns: (transfer none) (nullable): the map's --reference-date. */
ASSAY_API const char *assay_state_in_get_reference_date (const AssayStateIn *in);
/* Returns: the doc and error records the map wrote. */
ASSAY_API guint64 assay_state_in_get_n_records (const AssayStateIn *in);
/* Returns: (transfer none): the stage's state, valid until end_stage; NULL
 * with @error.  *@failure (transfer full, nullable) is collect()'s error in
 * the map, when it failed. */
ASSAY_API AssayStateReader *assay_state_in_next_stage (AssayStateIn *in,
                                                       const char *stage,
                                                       char **failure,
                                                       GError **error);
/* Checks that @stage read its whole state, or with @skip passes what is left. */
ASSAY_API gboolean assay_state_in_end_stage (AssayStateIn *in, const char *stage, gboolean skip, GError **error);
ASSAY_API gboolean assay_state_in_close (AssayStateIn *in, GError **error);
ASSAY_API void assay_state_in_free (AssayStateIn *in);

/* The -o file: written under no name (or a hidden one) and renamed over
 * the final name when whole; see assay-output.c for what a kill leaves. */
typedef struct _AssayOutputFile AssayOutputFile;

/* Opens a new output for @path, after symbolic links (a dangling link's
 * target is created; the link stays).  It gets the mode of the file it
 * will replace, or the umask's for a new one; a FIFO or a device is
 * written in place.  Returns: (transfer full): free it with _commit() or
 * _abort(); NULL with ASSAY_RUN_ERROR_WRITE naming @path. */
ASSAY_API AssayOutputFile *assay_output_file_open (const char *path, GError **error);
/* Returns: (transfer none): the stream to write to. */
ASSAY_API FILE *assay_output_file_get_stream (AssayOutputFile *f);
/* Returns: (transfer none) (nullable): the hidden name the data has now,
 * for a signal handler to unlink; NULL when it has none. */
ASSAY_API const char *assay_output_file_get_partial_path (AssayOutputFile *f);
/* Flushes, syncs and renames into place; frees @f (transfer full) either
 * way, removing the partial data on failure. */
ASSAY_API gboolean assay_output_file_commit (AssayOutputFile *f, GError **error);
/* Discards what was written and frees @f (nullable, transfer full). */
ASSAY_API void assay_output_file_abort (AssayOutputFile *f);

/* ---- input (assay-reader.c) --------------------------------------------- */

#define ASSAY_INPUT_ERROR (assay_input_error_quark ())
ASSAY_API GQuark assay_input_error_quark (void);

typedef enum
{
  ASSAY_INPUT_ERROR_NOT_FOUND,   /* an input path does not exist */
  ASSAY_INPUT_ERROR_UNSUPPORTED, /* a file that is neither .txt nor .jsonl */
  ASSAY_INPUT_ERROR_READ,        /* an I/O error */
  ASSAY_INPUT_ERROR_MALFORMED,   /* a JSONL line that is no document */
  ASSAY_INPUT_ERROR_NOT_REGULAR, /* a FIFO, socket or device where a regular file must be */
  ASSAY_INPUT_ERROR_TOO_LARGE,   /* a document or a line over its limit */
  ASSAY_INPUT_ERROR_TOO_DEEP,    /* a JSONL line nested deeper than the reader goes */
  ASSAY_INPUT_ERROR_NO_ARTICLE,  /* an HTML page with no article text in it */
} AssayInputError;

/* Defaults of the reader's limits: generous for news (a long article is
 * 100 KB), small enough that one bad input cannot take the machine. */
#define ASSAY_DEFAULT_MAX_DOC_BYTES (G_GUINT64_CONSTANT (64) << 20)
#define ASSAY_DEFAULT_MAX_LINE_BYTES (G_GUINT64_CONSTANT (64) << 20)
/* json-glib parses recursively, a stack frame or more a level (100,000
 * levels overflowed a thread's stack); a document needs three (the
 * object, "meta", a value).  Lines nested deeper are refused before
 * json-glib sees them. */
#define ASSAY_MAX_JSON_DEPTH 512
/* A data file of a stage (a lexicon, a gazetteer): the largest shipped is
 * a few MB. */
#define ASSAY_MAX_DATA_FILE_BYTES (G_GUINT64_CONSTANT (1) << 30)
/* A pipeline file: a few hundred bytes in practice. */
#define ASSAY_MAX_PIPELINE_BYTES (G_GUINT64_CONSTANT (16) << 20)
/* Fields of one JSONL document (its members plus those of "meta"), by
 * default: each becomes a metadata entry, and 200,000 of them took 91 s
 * before the limit. */
#define ASSAY_MAX_META_FIELDS 1000

typedef struct
{
  guint64 max_doc_bytes;  /* a .txt file, or a JSONL document's text */
  guint64 max_line_bytes; /* one JSONL line, without its end */
  guint max_fields;       /* of one JSONL document; --max-fields */
} AssayReaderLimits;

/* Fills @limits with the defaults above. */
ASSAY_API void assay_reader_limits_init (AssayReaderLimits *limits);

/* One thing read: a document, or the error that stands in for one. */
typedef struct
{
  AssayDocument *doc;  /* transfer full; NULL when error is set */
  char *id;            /* the document id, or the input location for errors */
  char *location;      /* "file" or "file:line" */
  GError *error;
  gsize bytes;         /* input bytes this item consumed */
  char *raw;           /* transfer full, nullable: a JSONL line still to parse
                        * (assay_reader_next_raw()); doc and error are unset */
  gsize raw_len;
  gboolean raw_html;   /* raw is an HTML page (id and location set), not a line */
} AssayInputItem;

ASSAY_API void assay_input_item_clear (AssayInputItem *item);

typedef struct _AssayReader AssayReader;

/* Checks that each input exists and can be read ('-' is standard input),
 * without reading documents yet.  Fails with ASSAY_INPUT_ERROR_NOT_FOUND or
 * _UNSUPPORTED naming the input. */
ASSAY_API AssayReader *assay_reader_new (const char *const *inputs, GError **error);
ASSAY_API void assay_reader_free (AssayReader *reader);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayReader, assay_reader_free)

/* Returns: (transfer full): a reader of JSONL from @fd, named @name in
 * locations; @fd stays the caller's to close, after the reader is freed.
 * For tests and fuzzing, where inputs are not files. */
ASSAY_API AssayReader *assay_reader_new_for_fd (int fd, const char *name);

/* Replaces the reader's limits (see assay_reader_limits_init()). */
ASSAY_API void assay_reader_set_limits (AssayReader *reader, const AssayReaderLimits *limits);

/* Opens @path for reading.  With @regular_only, anything but a regular
 * file (after links) fails with ASSAY_INPUT_ERROR_NOT_REGULAR, and the
 * open cannot block on a FIFO.  Returns: the descriptor (the caller
 * closes it), or -1 with @error set naming @path. */
ASSAY_API int assay_open_input (const char *path, gboolean regular_only, GError **error);

/* Returns: (transfer full): all of @fd's bytes, NUL-terminated, their
 * number in *@length; NULL and ASSAY_INPUT_ERROR_TOO_LARGE (naming @path,
 * @limit and @limit_option, nullable, the option that raises it) past
 * @limit bytes, without reading further. */
ASSAY_API char *assay_read_fd_limited (int fd,
                                       const char *path,
                                       guint64 limit,
                                       const char *limit_option,
                                       gsize *length,
                                       GError **error);

/* Sets @item to the error "@location: MESSAGE" with @code, for the
 * document @id (nullable: then the location stands for it). */
ASSAY_API void assay_input_item_fail (AssayInputItem *item,
                                      const char *id,
                                      const char *location,
                                      int code,
                                      const char *format,
                                      ...) G_GNUC_PRINTF (5, 6);

/* What a file's name says it holds. */
typedef enum
{
  ASSAY_FILE_OTHER,
  ASSAY_FILE_TXT,
  ASSAY_FILE_JSONL,
  ASSAY_FILE_HTML,
  ASSAY_FILE_ARCHIVE,          /* tar (compressed or not), zip */
  ASSAY_FILE_JSONL_COMPRESSED, /* .jsonl.gz, .jsonl.zst, .jsonl.bz2, .jsonl.xz */
} AssayFileType;

/* Returns: the type @name's ending says; *@suffix_len (nullable) is the
 * length of that ending (what an id leaves out). */
ASSAY_API AssayFileType assay_file_type (const char *name, gsize *suffix_len);

/* ---- archives (assay-archive.c) ----------------------------------------- */

typedef struct _AssayArchive AssayArchive;

ASSAY_API gboolean assay_archive_is_archive_name (const char *name);
ASSAY_API gboolean assay_archive_is_compressed_jsonl_name (const char *name);

/* Returns: (transfer full): the archive (or compressed JSONL file, by
 * @path's name) read from @fd, which stays the caller's to close after
 * assay_archive_free(); its members' ids are "@id_prefix/member" without
 * the member's extension.  NULL with @error set naming @path. */
ASSAY_API AssayArchive *assay_archive_open (int fd,
                                            const char *path,
                                            const char *id_prefix,
                                            GError **error);
ASSAY_API void assay_archive_free (AssayArchive *archive);

typedef enum
{
  ASSAY_ARCHIVE_ITEM,  /* the item is filled: a document or an error */
  ASSAY_ARCHIVE_JSONL, /* a JSONL member: read it with assay_archive_read() */
  ASSAY_ARCHIVE_SKIP,  /* a folder, or a member of a type assay does not read */
  ASSAY_ARCHIVE_END,
} AssayArchiveNext;

/* Moves to the next member: a .txt or .html member is read into @item
 * (within @max_doc_bytes), a .jsonl member is left to be read.  For a
 * member of a type not read, *@unread is set to its location (transfer
 * full), else NULL. */
ASSAY_API AssayArchiveNext assay_archive_next (AssayArchive *archive,
                                               guint64 max_doc_bytes,
                                               AssayInputItem *item,
                                               char **unread);

/* "PATH/member" of the member last moved to (PATH alone for compressed
 * JSONL): owned by @archive. */
ASSAY_API const char *assay_archive_get_location (const AssayArchive *archive);

/* Reads up to @size bytes of the current member's data into @buf
 * (@data is the AssayArchive): a count, 0 at its end, or -1 (errno EIO;
 * assay_archive_get_error() says what). */
ASSAY_API gssize assay_archive_read (gpointer data, void *buf, gsize size);
ASSAY_API const char *assay_archive_get_error (const AssayArchive *archive);

/* Returns: the archive's bytes (compressed, as on disk) read since the
 * last call: what an item counts for progress, which is measured in the
 * inputs' sizes on disk. */
ASSAY_API gsize assay_archive_take_consumed (AssayArchive *archive);

/* ---- HTML (assay-html.c) ----------------------------------------------- */

/* Returns: (transfer full): the article in the HTML page @html (@length
 * bytes, any bytes: invalid UTF-8 becomes U+FFFD and is counted) as a
 * document @id: its main text, a paragraph a block, and the metadata
 * title, published, author, source (the site) and url where the page
 * says them.  NULL with ASSAY_INPUT_ERROR_NO_ARTICLE when the page holds
 * no article.  A pure function: safe on any thread. */
ASSAY_API AssayDocument *assay_html_to_document (const char *id,
                                                 const char *html,
                                                 gsize length,
                                                 GError **error);

/* assay_html_to_document(), and in @visits (nullable) the elements its
 * walks of the page visited: the work it did, which a test can bound
 * where timing it could not. */
ASSAY_API AssayDocument *assay_html_to_document_counting (const char *id,
                                                          const char *html,
                                                          gsize length,
                                                          guint64 *visits,
                                                          GError **error);

/* Sets @item to the document @id read at @location from @data (@length
 * bytes): its text; or, with @html, a copy of the page in item->raw, for
 * assay_input_item_parse() to find the article in (or the error that
 * there is none, naming @location).  @data stays the caller's. */
ASSAY_API void assay_input_item_set_document (AssayInputItem *item,
                                              const char *id,
                                              const char *location,
                                              const char *data,
                                              gsize length,
                                              gboolean html);

/* ---- JSONL (assay-jsonl.c) ---------------------------------------------- */

typedef struct _JsonParser JsonParser; /* json-glib's, as it declares it */

/* Fills @item from one JSONL @line (@length bytes, no line end) read at
 * @location ("file:line"): a document, or an error naming @location.
 * @parser is reused from line to line. */
ASSAY_API void assay_jsonl_parse_line (JsonParser *parser,
                                       const char *location,
                                       const char *line,
                                       gsize length,
                                       const AssayReaderLimits *limits,
                                       AssayInputItem *item);

/* As assay_jsonl_parse_line(), always through json-glib: the tests hold
 * the common line's own reading against it. */
ASSAY_API void assay_jsonl_parse_line_full (JsonParser *parser,
                                            const char *location,
                                            const char *line,
                                            gsize length,
                                            const AssayReaderLimits *limits,
                                            AssayInputItem *item);

/* A stream cut into lines at LF, CR or CRLF. */
typedef struct
{
  int fd;             /* -1: none open */
  gboolean owned;     /* close fd at the end */
  /* When set, bytes come from here instead of fd (a member of an
   * archive): a count, 0 at the end, -1 with errno set. */
  gssize (*read) (gpointer data, void *buf, gsize size);
  gpointer read_data;
  char *name;         /* for locations: the path, or <stdin> */
  guint64 line_no;    /* of the line last read */
  char *buf;          /* bytes read ahead */
  gsize buf_pos, buf_len;
  gboolean after_cr;  /* the last line ended with CR: a LF next is its CRLF */
  GString *line;      /* the current line, without its end */
  guint64 line_bytes; /* the whole line's length, also past the limit */
} AssayLineSource;

#define ASSAY_LINE_CHUNK (64 * 1024) /* the size of AssayLineSource.buf */

typedef enum
{
  ASSAY_LINE_OK,
  ASSAY_LINE_END,
  ASSAY_LINE_FAILED, /* errno says why */
} AssayLineStatus;

/* Reads the next line into src->line; keeps at most @limit bytes of it,
 * and counts all of them in src->line_bytes. */
ASSAY_API AssayLineStatus assay_line_source_next (AssayLineSource *src, guint64 limit);

/* What standard input ("-") holds: JSONL (the default), or one
 * document's text, or one article's page. */
typedef enum
{
  ASSAY_STDIN_JSONL,
  ASSAY_STDIN_TXT,
  ASSAY_STDIN_HTML,
} AssayStdinFormat;

ASSAY_API void assay_reader_set_stdin_format (AssayReader *reader, AssayStdinFormat format);

/* How many of the names of files (in folders) and archive members of
 * types assay does not read are kept for the user. */
#define ASSAY_READER_MAX_UNREAD_NAMES 1000

/* Returns: (transfer none): the locations of the files in folders and the
 * archive members that were passed over, being of types assay does not
 * read (the first ASSAY_READER_MAX_UNREAD_NAMES, NULL-terminated); their
 * number in *@n_unread.  Valid until the next call on @reader. */
ASSAY_API const char *const *assay_reader_get_unread (const AssayReader *reader, guint64 *n_unread);

/* Fills @item with the next document or error; FALSE at the end. */
ASSAY_API gboolean assay_reader_next (AssayReader *reader, AssayInputItem *item);

/* As assay_reader_next(), but a JSONL line or an HTML page comes back
 * unparsed, in item->raw with its location and bytes: parsing is most of reading, and
 * the runner does it in its workers (assay_input_item_parse()) so that
 * one reader thread does not bound a light pipeline. */
ASSAY_API gboolean assay_reader_next_raw (AssayReader *reader, AssayInputItem *item);

/* Turns item->raw, if set (a JSONL line or an HTML page), into a
 * document or an error record, as assay_reader_next() would have; frees
 * the raw bytes.  @parser is the
 * calling thread's own (json-glib parsers are not shared across threads);
 * @limits are the reader's (assay_reader_get_limits()). */
ASSAY_API void assay_input_item_parse (AssayInputItem *item, JsonParser *parser,
                                       const AssayReaderLimits *limits);

/* Returns: (transfer none): the limits set on @reader. */
ASSAY_API const AssayReaderLimits *assay_reader_get_limits (const AssayReader *reader);

/* Returns: the bytes of all inputs, or 0 when unknown (standard input). */
ASSAY_API guint64 assay_reader_get_total_bytes (const AssayReader *reader);

/* ---- duplicate ids (assay-ids.c) ---------------------------------------- */

typedef struct _AssayDuplicateIds AssayDuplicateIds;

/* Returns: (transfer full): a record of ids seen, keeping the first
 * @max_examples ids seen more than once. */
ASSAY_API AssayDuplicateIds *assay_duplicate_ids_new (guint max_examples);
ASSAY_API void assay_duplicate_ids_free (AssayDuplicateIds *ids);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayDuplicateIds, assay_duplicate_ids_free)

/* Notes @id; TRUE when it was seen before. */
ASSAY_API gboolean assay_duplicate_ids_note (AssayDuplicateIds *ids, const char *id);

/* Returns: how many ids were seen again (an id seen three times counts
 * twice); *@examples (nullable; transfer none, NULL-terminated) the
 * first few of them, each once. */
ASSAY_API guint64 assay_duplicate_ids_get_count (const AssayDuplicateIds *ids,
                                                 const char *const **examples);

/* ---- the runner (assay-runner.c) --------------------------------------- */

#define ASSAY_RUN_ERROR (assay_run_error_quark ())
ASSAY_API GQuark assay_run_error_quark (void);

typedef enum
{
  ASSAY_RUN_ERROR_CREATE, /* a stage's create() failed */
  ASSAY_RUN_ERROR_WRITE,  /* the output cannot be written */
  ASSAY_RUN_ERROR_BUDGET, /* the memory budget is too small to work with */
} AssayRunError;

/* Within a reduce's memory budget: what it needs beyond its stages'
 * memory (the output's buffer, a record being read, the tables sorted on
 * disk), and the least memory each such table is given. */
#define ASSAY_BUDGET_WORKING (G_GUINT64_CONSTANT (4) << 20)
#define ASSAY_BUDGET_MIN_SHARE (G_GUINT64_CONSTANT (256) << 10)

typedef struct
{
  guint n_workers;            /* 0: all cores */
  const char *reference_date; /* nullable */
  AssayOutputOptions output;
  FILE *out;
  gboolean progress;          /* a progress line on stderr */
  gboolean stage_times;       /* each stage's busy time on stderr at the end */
  AssayDuplicateIds *ids;     /* nullable: each doc record's id is noted here */
  guint64 memory_budget;      /* a reduce's: bytes, 0 for none (docs/cluster.md) */
  const char *tmp_dir;        /* nullable: where temporary files go ($TMPDIR) */
} AssayRunConfig;

typedef struct
{
  guint64 n_documents; /* doc records written */
  guint64 n_errors;    /* error records written */
  guint64 n_findings;  /* cross-document findings written */
} AssayRunStats;

/* Runs @pipeline over everything @reader yields, writing one record per
 * input item in input order, then the cross-document findings.  Returns
 * FALSE only when the run could not go on (a stage's create() failed, the
 * output failed); per-document failures are error records. */
ASSAY_API gboolean assay_run (const AssayPipeline *pipeline,
                    AssayReader *reader,
                    const AssayRunConfig *config,
                    AssayRunStats *stats,
                    GError **error);

/* A map: as assay_run(), but each cross-document stage's state is saved
 * to @state_file (seekable, named @state_path in messages; it stays the
 * caller's) instead of finish(): the output has the doc and error records,
 * with no `meta.story`, and no story or finding record.  Fails with
 * ASSAY_RUN_ERROR_CREATE, before reading, when a stage keeps a state it
 * cannot save (collect() without save()). */
ASSAY_API gboolean assay_run_map (const AssayPipeline *pipeline,
                                  AssayReader *reader,
                                  const AssayRunConfig *config,
                                  FILE *state_file,
                                  const char *state_path,
                                  AssayRunStats *stats,
                                  GError **error);

/* A reduce: merges the @n_states state files in order into fresh
 * instances and runs finish(), writing to config->out what `assay run`
 * writes after its doc records; with @docs (nullable: one map output per
 * state, same order) those records first, each with its story, so that the
 * output is the bytes of one run.  The run's reference date is the maps'
 * (config->reference_date is not used).  Fails with ASSAY_STATE_ERROR when
 * a state is of another pipeline or damaged, or a map output does not hold
 * the records its state counts; with ASSAY_RUN_ERROR as assay_run().
 * Part @part (from 0) of @n_parts writes a contiguous range of the whole
 * reduce's records, so that the parts' outputs in order are the whole
 * reduce's, written by @n_parts tasks.  Each merges every state.  When the
 * pipeline's one cross-document stage finishes in two phases (join,
 * finish_stories), each joins every story and the parts divide the units
 * of the output by weight: the shards' records (by their bytes), then the
 * stories (by their documents); a part compares only its stories.
 * Otherwise each finishes whole and writes the @part-th range of the
 * shards, the last part also the cross-document records. */
ASSAY_API gboolean assay_run_reduce (const AssayPipeline *pipeline,
                                     const char *const *states,
                                     guint n_states,
                                     const char *const *docs,
                                     guint part,
                                     guint n_parts,
                                     const AssayRunConfig *config,
                                     AssayRunStats *stats,
                                     GError **error);

/* A pipeline's stages created once, to run document by document on the
 * calling thread without a reader or a writer: for tests and fuzzing. */
typedef struct _AssayStageSet AssayStageSet;

/* Returns: (transfer full): one instance of each stage, or NULL with
 * ASSAY_RUN_ERROR_CREATE.  @pipeline must outlive the set. */
ASSAY_API AssayStageSet *assay_stage_set_new (const AssayPipeline *pipeline,
                                              const char *reference_date,
                                              GError **error);
/* Runs each stage's process() over @doc in order, as a run does; FALSE
 * with the failing stage's error, prefixed with its name. */
ASSAY_API gboolean assay_stage_set_process (AssayStageSet *set, AssayDocument *doc, GError **error);
ASSAY_API void assay_stage_set_free (AssayStageSet *set);

/* The host handed to a stage instance. */
struct _AssayHost
{
  const char *instance_name;
  const char *data_dir;
  const char *reference_date;
  const char *tmp_dir; /* nullable: $TMPDIR */
  guint n_workers;
  guint64 memory_share; /* a reduce's, set before its finish; 0: no budget */
  guint64 join_share;   /* what join() may keep of it, likewise */
};

G_END_DECLS
