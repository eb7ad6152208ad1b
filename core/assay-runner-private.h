/* assay-runner-private.h: what the runner (assay-runner.c) and the end of
 * the cross-document phase (assay-finish.c: finish, a map's save, a
 * reduce's merge and stamping) share: a run's stages and state.  Only
 * those two files include it.
 */
#pragma once

#include "assay-private.h"

#include <pthread.h>

typedef struct
{
  const AssayPipelineStage *stage;
  AssayHost host;
  AssayStageGuard guard;
  gpointer *instances; /* one per worker (PER_WORKER) or one */
  guint n_instances;
  gpointer corpus;     /* receives collect() and finish() */
  gboolean corpus_owned; /* corpus is an extra instance */
  pthread_mutex_t lock; /* SINGLETON: one call at a time */
  GError *corpus_error;
  gint64 *busy_us;     /* per worker: time spent in process() */
} StageRuntime;

typedef struct
{
  guint64 seq;
  AssayInputItem input;
  GString *record;
  gboolean failed;
  gsize weight; /* what it holds in memory, about: see job_weight() */
} Job;

/* A worker's own tools. */
typedef struct
{
  guint index;
  JsonParser *parser; /* json-glib parsers are not shared across threads */
  GString *next_record; /* a written record's buffer, taken for the next job */
} Worker;

/* Jobs for the workers, first in first out. */
typedef struct
{
  pthread_mutex_t lock;
  pthread_cond_t ready;
  GQueue jobs;
} WorkQueue;

/* Which callback a stage's cross-document phase is in: what the sink
 * accepts from it. */
typedef enum
{
  SINK_FINISH,  /* finish(): stories and findings */
  SINK_JOIN,    /* join(): assay_sink_join_story() only */
  SINK_STORIES, /* finish_stories(): the joined stories of its range, in order */
} SinkPhase;

struct _AssaySink
{
  GString *buffer;
  guint64 emitted;
  AssayStorySpool *spool; /* NULL: stories cannot be told apart here */
  /* Within a memory budget, the records go on to this unlinked file
   * whenever the buffer holds more than @limit bytes (0: no limit). */
  gsize limit;
  int overflow;
  const char *tmp_dir;
  /* The first failure of the core's own disk work (the spill file, the
   * stories' sort) while a stage tells its findings: the run fails with
   * it whatever the stage makes of it, since its output would be cut
   * short. */
  GError *fatal;
  /* A finish in two phases: the stories join() told, in order (ids as the
   * spool keeps them), their numbers of documents, a digest of their
   * document ids (64-bit FNV-1a: eight bytes a story, where the ids
   * themselves may be on disk within a budget), finish_stories()' range
   * [first, end), and the next story it is to begin. */
  SinkPhase phase;
  GPtrArray *joined;
  GArray *joined_docs;    /* guint */
  GArray *joined_digests; /* guint64 */
  guint first, end, next;
};

typedef struct
{
  const AssayPipeline *pipeline;
  const AssayRunConfig *config;
  AssayReader *reader;
  StageRuntime *stages;
  guint n_stages;
  guint n_workers;

  WorkQueue work;
  pthread_mutex_t lock;
  pthread_cond_t job_done;   /* the writer waits here for job next_write */
  pthread_cond_t room;       /* the reader waits here for room in the window */
  gboolean writer_waiting;
  gboolean reader_waiting;
  Job **ring;       /* finished jobs, at seq % capacity */
  GPtrArray *spare_records; /* buffers of written records, for the workers (run->lock) */
  guint capacity;
  guint small_window; /* jobs always allowed in flight, whatever their bytes */
  guint64 n_read;   /* jobs handed out */
  guint64 next_write;
  guint64 bytes_in_flight; /* input bytes of the jobs handed out and not yet written */
  gboolean reader_done;
  gint aborted;     /* atomic: stop reading */
  gboolean any_collect; /* some stage keeps documents' summaries */
  AssayStorySpool *spool; /* with any_collect: document records until finish() */
  FILE *state_file;       /* a map: where the cross-document state goes, not finish() */
  const char *state_path;
  const char *const *docs; /* a reduce: the maps' outputs, stamped before the findings */
  const char *const *states; /* their states, for messages */
  const char *description;   /* the pipeline's, which each state's header must have */
  guint64 *n_records;      /* the records each map wrote, by its state */
  guint n_docs;
  guint docs_from, docs_to; /* the part of them this reduce writes */
  gboolean reducing;
  gboolean documents_only; /* a stage set: process() only, no cross-document phase */
  gboolean last_part;      /* a reduce that writes the cross-document records */
  /* A reduce in parts whose one cross-document stage finishes in two
   * phases: the parts divide its stories (and the shards' records) by
   * weight once join() has told them, instead of each writing a range of
   * shards and the last every story. */
  gboolean divide;
  guint part, n_parts;
  guint64 *doc_bytes;      /* dividing with --docs: each map output's size */
  gsize share;             /* within a budget: the memory of each table sorted on disk */
} Run;

/* Creates every stage's instances (a reduce: only the cross-document
 * stages' one each; a stage set: only those that process documents);
 * FALSE with @error when a create() fails. */
gboolean assay_runner_create_stages (Run *run, GError **error);
void assay_runner_destroy_stages (Run *run);

/* Writes @buffer to @out; FALSE with ASSAY_RUN_ERROR_WRITE. */
gboolean assay_runner_write_buffer_to (FILE *out, const GString *buffer, GError **error);

/* A stage with collect() but no save() refused before a map or reduce. */
gboolean assay_runner_check_savable (const AssayPipeline *pipeline, GError **error);
/* A map's end: each cross-document stage's state to run->state_file. */
gboolean assay_runner_save_state (Run *run, AssayRunStats *stats, GError **error);
/* A run's or a reduce's end: every finish(), then the records in order. */
gboolean assay_runner_finish (Run *run, AssayRunStats *stats, GError **error);
