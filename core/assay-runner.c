/* assay-runner.c: streaming documents from the reader through the stages
 * to the writer on all cores, with output in input order.
 *
 * Three kinds of thread:
 *   the reader   cuts the input into items (a JSONL line is handed over
 *                unparsed) and hands each out as a job, but never more
 *                than `capacity` jobs ahead of the writer: that window
 *                bounds memory, whatever the size of the input;
 *   workers      parse an item's JSON, run every stage on the document and
 *                serialise its record: all the per-document work, so that
 *                a light pipeline scales with the workers too (the reader
 *                only looks for line ends);
 *   the writer   (the calling thread) takes finished jobs strictly by
 *                sequence number, feeds the cross-document phase (collect)
 *                in input order, and writes the record.
 * Output depends only on the input, never on the number of workers or on
 * timing: byte-identical for any -j.
 *
 * The threads hand jobs over through POSIX mutexes and condition
 * variables rather than GLib's: GMutex and GAsyncQueue are raw futexes on
 * Linux, which ThreadSanitizer cannot see, so it reported every hand-over
 * as a race and a real one would have drowned among them.
 *
 * A thread is woken only when what it waits for has come: the writer once
 * a quarter of the window is ready in order, the reader once half the
 * window is free.  Waking every thread on every hand-over cost a fifth of
 * a light pipeline's CPU time in the kernel (perf, bench/dates-bench.py),
 * most of it wake-ups that found nothing to do.
 *
 * What is left serial: the writer (start-up, then copying each record out;
 * on the dates pipeline writing to a file, about a fifth of the CPU time,
 * most of it the kernel's copy into the page cache) and the reader (cutting
 * lines, 3%).  So a light pipeline scales until the workers' share per
 * worker falls to the writer's, around four to eight workers for dates
 * writing every layer, further with --layers timex or a fast consumer.
 */
#include "assay-runner-private.h"

#include <string.h>
#include <time.h>
#include <errno.h>
#include <unistd.h>
#include <pthread.h>
#include <json-glib/json-glib.h>

ASSAY_DEFINE_QUARK (assay-run-error-quark, assay_run_error)


static void
work_queue_init (WorkQueue *q)
{
  pthread_mutex_init (&q->lock, NULL);
  pthread_cond_init (&q->ready, NULL);
  g_queue_init (&q->jobs);
}

static void
work_queue_clear (WorkQueue *q)
{
  pthread_mutex_destroy (&q->lock);
  pthread_cond_destroy (&q->ready);
  g_queue_clear (&q->jobs);
}

static void
work_queue_push (WorkQueue *q, gpointer job)
{
  pthread_mutex_lock (&q->lock);
  g_queue_push_tail (&q->jobs, job);
  pthread_cond_signal (&q->ready);
  pthread_mutex_unlock (&q->lock);
}

static gpointer
work_queue_pop (WorkQueue *q)
{
  pthread_mutex_lock (&q->lock);
  while (g_queue_is_empty (&q->jobs))
    pthread_cond_wait (&q->ready, &q->lock);
  gpointer job = g_queue_pop_head (&q->jobs);
  pthread_mutex_unlock (&q->lock);
  return job;
}


/* Pushed once per worker to end it. */
static Job end_of_work;

/* The window, in jobs and in bytes.  Light pipelines hand over a job
 * in a few microseconds, and each time the writer or the reader sleeps
 * and is woken costs the kernel about as much: a window of 64 jobs at
 * -j 1 (it was 12) took the dates pipeline on 20 MB of BBC JSONL from
 * 0.330 to 0.297 s of CPU (medians of 9 alternating runs).  At 256
 * jobs (-j 1; 64 more a worker) the same run's threads slept and were
 * woken 1,500 times where they had 390 (voluntary context switches), the
 * kernel's share of its CPU time (perf) fell from 12% to 7.5%, and its CPU
 * time by 0.6%, 1.7% and 2.3% (medians of three series of 21 to 31 runs
 * in turns, at a load of 4 to 5); peak RSS 14.8 -> 17.4 MB.  At 1,024
 * jobs it slept 80 times and took 1.4% more CPU than at 64 (the larger
 * window's memory costs more than the sleeps it saves).  Beyond
 * small_window jobs, the window also stops at WINDOW_BYTES of input, so
 * that memory stays bounded as before by the few largest lines the
 * reader accepts (ASSAY_DEFAULT_MAX_LINE_BYTES each), not by 64 of them. */
#define WINDOW_BYTES (G_GUINT64_CONSTANT (16) << 20)

static gpointer
instance_for (StageRuntime *rt, guint worker)
{
  return rt->stage->info->desc.threading == ASSAY_THREADING_PER_WORKER ? rt->instances[worker]
                                                                        : rt->instances[0];
}

static void
fail_job (Job *job, const char *stage, const char *message)
{
  job->failed = TRUE;
  g_string_truncate (job->record, 0);
  assay_output_error (job->record, job->input.id, stage, job->input.location, message);
}

/* The calling thread's CPU time in microseconds: what --stage-times
 * counts, so that a stage's figure does not grow with other processes'
 * load on the machine (wall time inside process() did). */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;
  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
    return g_get_monotonic_time ();
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* Runs every stage over @doc.  On failure, returns FALSE with @error set
 * to the stage's message and *@failed_stage to its instance name. */
static gboolean
run_stages (Run *run, guint worker, AssayDocument *doc, const char *id,
            const char **failed_stage, GError **error)
{
  for (guint s = 0; s < run->n_stages; s++)
    {
      StageRuntime *rt = &run->stages[s];
      const AssayStageDesc *desc = &rt->stage->info->desc;
      gboolean singleton = desc->threading == ASSAY_THREADING_SINGLETON;
      GError *local = NULL;

      assay_document_set_guard (doc, &rt->guard);
      if (singleton)
        pthread_mutex_lock (&rt->lock);
      gint64 began = run->config->stage_times ? thread_cpu_us () : 0;
      gboolean ok = desc->process (instance_for (rt, worker), doc, &local);
      if (run->config->stage_times)
        rt->busy_us[worker] += thread_cpu_us () - began;
      if (singleton)
        pthread_mutex_unlock (&rt->lock);
      assay_document_set_guard (doc, NULL);

      GError *violation = assay_document_take_violation (doc);
      if (ok && local)
        {
          g_warning ("stage '%s' succeeded on document '%s' but set an error: %s",
                     rt->stage->instance, id, local->message);
          g_clear_error (&local);
        }
      if (ok && violation == NULL)
        continue;
      *failed_stage = rt->stage->instance;
      if (local == NULL && violation == NULL)
        local = g_error_new (ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                             "the stage reported failure without saying why (a plugin bug)");
      g_propagate_error (error, local ? local : violation);
      if (local)
        g_clear_error (&violation);
      return FALSE;
    }
  return TRUE;
}

/* A record's buffer is reused, not allocated for each document: a buffer
 * the writer has written goes back to the workers (spare_records, taken
 * and given under the lock each already holds to hand a job over).  A
 * fresh 4 KB buffer a document, grown by realloc(), cost the dates
 * pipeline 15.6M instructions of malloc(), realloc(), memcpy() and free()
 * more (callgrind, bench/dates-bench.py's 20 MB at -j 1: 1,946.3M ->
 * 1,930.7M, -0.8%).  A buffer over RECORD_KEEP (a huge document's) is
 * freed, not kept; the pool holds at most the buffers of one window. */
#define RECORD_KEEP (256 * 1024)

static void
process_job (Run *run, Worker *worker, Job *job)
{
  job->record = worker->next_record ? g_steal_pointer (&worker->next_record) : g_string_sized_new (4096);
  g_string_truncate (job->record, 0);
  assay_input_item_parse (&job->input, worker->parser, assay_reader_get_limits (run->reader));
  if (job->input.doc == NULL)
    {
      fail_job (job, NULL, job->input.error->message);
      return;
    }

  AssayDocument *doc = job->input.doc;
  const char *stage = NULL;
  GError *error = NULL;
  if (!run_stages (run, worker->index, doc, job->input.id, &stage, &error))
    {
      fail_job (job, stage, error->message);
      g_error_free (error);
      return;
    }
  assay_output_document (job->record, doc, &run->config->output);
  /* Free here, in parallel, unless the writer still has to collect it. */
  if (!run->any_collect)
    g_clear_pointer (&job->input.doc, assay_document_free);
}

/* Whether the waiting writer should be woken (with run->lock held): when
 * a quarter of the window is ready in order for it, or every job handed
 * out so far is, so that it writes several records a wake-up without
 * ever holding back the last ones (a slow standard input, the end). */
static gboolean
writer_has_enough (const Run *run)
{
  guint64 in_flight = run->n_read - run->next_write;
  guint64 want = MIN (MAX (run->capacity / 4, 1), in_flight);
  /* from the far end: jobs mostly finish in order, so the one a quarter
   * ahead is the one not yet ready, found in one test */
  for (guint64 i = want; i-- > 0;)
    if (run->ring[(run->next_write + i) % run->capacity] == NULL)
      return FALSE;
  return TRUE;
}

static gpointer
worker_main (gpointer data)
{
  Run *run = ((gpointer *) data)[0];
  Worker worker = {
    .index = GPOINTER_TO_UINT (((gpointer *) data)[1]),
    .parser = json_parser_new (),
  };
  g_free (data);

  for (;;)
    {
      Job *job = work_queue_pop (&run->work);
      if (job == &end_of_work)
        break;
      process_job (run, &worker, job);
      pthread_mutex_lock (&run->lock);
      run->ring[job->seq % run->capacity] = job;
      if (run->writer_waiting && writer_has_enough (run))
        pthread_cond_signal (&run->job_done);
      if (run->spare_records->len > 0)
        worker.next_record = g_ptr_array_steal_index_fast (run->spare_records, run->spare_records->len - 1);
      pthread_mutex_unlock (&run->lock);
    }
  if (worker.next_record)
    g_string_free (worker.next_record, TRUE);
  g_object_unref (worker.parser);
  return NULL;
}

/* The bytes a job stands for in the window: those read, or those of the
 * document they made when that is more (an archive's entry grows as it is
 * decompressed). */
static gsize
job_weight (const AssayInputItem *item)
{
  gsize weight = MAX (item->bytes, item->raw_len);
  if (item->doc)
    {
      gsize length;
      assay_document_get_text (item->doc, &length);
      weight = MAX (weight, length);
    }
  return weight;
}

/* Whether the reader must wait before handing out one more job (with
 * run->lock held): the window is full by count, or by bytes once it holds
 * more than a few jobs. */
static gboolean
window_full (const Run *run)
{
  guint64 in_flight = run->n_read - run->next_write;
  return in_flight >= run->capacity
         || (in_flight >= run->small_window && run->bytes_in_flight >= WINDOW_BYTES);
}

static gpointer
reader_main (gpointer data)
{
  Run *run = data;
  for (;;)
    {
      if (g_atomic_int_get (&run->aborted))
        break;
      Job *job = g_new0 (Job, 1);
      if (!assay_reader_next_raw (run->reader, &job->input))
        {
          g_free (job);
          break;
        }
      pthread_mutex_lock (&run->lock);
      while (window_full (run) && !g_atomic_int_get (&run->aborted))
        {
          run->reader_waiting = TRUE;
          pthread_cond_wait (&run->room, &run->lock);
        }
      run->reader_waiting = FALSE;
      job->seq = run->n_read++;
      job->weight = job_weight (&job->input);
      run->bytes_in_flight += job->weight;
      pthread_mutex_unlock (&run->lock);
      work_queue_push (&run->work, job);
    }
  pthread_mutex_lock (&run->lock);
  run->reader_done = TRUE;
  pthread_cond_signal (&run->job_done);
  pthread_mutex_unlock (&run->lock);
  for (guint i = 0; i < run->n_workers; i++)
    work_queue_push (&run->work, &end_of_work);
  return NULL;
}

static void
free_record (gpointer record)
{
  g_string_free (record, TRUE);
}

static void
job_free (Job *job)
{
  assay_input_item_clear (&job->input);
  if (job->record)
    g_string_free (job->record, TRUE);
  g_free (job);
}

/* ---- stage instances ---------------------------------------------------- */

void
assay_runner_destroy_stages (Run *run)
{
  for (guint s = 0; s < run->n_stages; s++)
    {
      StageRuntime *rt = &run->stages[s];
      /* Stages after one whose create() failed were never set up. */
      if (rt->stage == NULL)
        continue;
      const AssayStageDesc *desc = &rt->stage->info->desc;
      for (guint i = 0; i < rt->n_instances; i++)
        if (rt->instances[i])
          desc->destroy (rt->instances[i]);
      if (rt->corpus_owned && rt->corpus)
        desc->destroy (rt->corpus);
      g_free (rt->instances);
      g_free (rt->busy_us);
      pthread_mutex_destroy (&rt->lock);
      g_clear_error (&rt->corpus_error);
    }
  g_free (run->stages);
}

static gpointer
create_instance (StageRuntime *rt, GError **error)
{
  const AssayStageDesc *desc = &rt->stage->info->desc;
  GError *local = NULL;
  gpointer instance = desc->create (&rt->host, rt->stage->options, &local);
  if (instance)
    {
      if (local)
        g_warning ("stage '%s' was created but set an error: %s", rt->stage->instance,
                   local->message);
      g_clear_error (&local);
      return instance;
    }
  g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_CREATE,
               "stage '%s' (%s) could not start: %s", rt->stage->instance,
               rt->stage->info->file,
               local ? local->message : "create() returned NULL without saying why");
  g_clear_error (&local);
  return NULL;
}

gboolean
assay_runner_create_stages (Run *run, GError **error)
{
  run->n_stages = run->pipeline->stages->len;
  run->stages = g_new0 (StageRuntime, run->n_stages);
  for (guint s = 0; s < run->n_stages; s++)
    {
      StageRuntime *rt = &run->stages[s];
      const AssayPipelineStage *stage = run->pipeline->stages->pdata[s];
      const AssayStageDesc *desc = &stage->info->desc;
      rt->stage = stage;
      rt->busy_us = g_new0 (gint64, run->n_workers);
      pthread_mutex_init (&rt->lock, NULL);
      rt->host = (AssayHost){
        .instance_name = stage->instance,
        .data_dir = stage->info->data_dir,
        .reference_date = run->config->reference_date,
        .tmp_dir = run->config->tmp_dir,
        .n_workers = run->n_workers,
      };
      rt->guard = (AssayStageGuard){
        .stage_name = stage->instance,
        .provides = desc->provides,
        .rewrites_text = (desc->flags & ASSAY_STAGE_REWRITES_TEXT) != 0,
      };
      /* A reduce processes no document: it creates only the instances
       * that merge and finish, so that its memory is not the per-document
       * stages' knowledge (a gazetteer is most of a run's base). */
      rt->n_instances = run->reducing ? 0 : desc->threading == ASSAY_THREADING_PER_WORKER ? run->n_workers : 1;
      rt->instances = g_new0 (gpointer, MAX (rt->n_instances, 1));
      for (guint i = 0; i < rt->n_instances; i++)
        if (!(rt->instances[i] = create_instance (rt, error)))
          return FALSE;
      run->any_collect = run->any_collect || desc->collect != NULL;
      /* A stage set runs no cross-document phase: a per-worker stage's
       * own instance for it would be created and never used. */
      if (assay_stage_has_state (desc) && !run->documents_only)
        {
          rt->corpus_owned = run->reducing || desc->threading == ASSAY_THREADING_PER_WORKER;
          rt->corpus = rt->corpus_owned ? create_instance (rt, error) : rt->instances[0];
          if (rt->corpus == NULL)
            return FALSE;
        }
    }
  return TRUE;
}

/* ---- the cross-document phase ------------------------------------------ */

static void
collect (Run *run, const AssayDocument *doc)
{
  for (guint s = 0; s < run->n_stages; s++)
    {
      StageRuntime *rt = &run->stages[s];
      const AssayStageDesc *desc = &rt->stage->info->desc;
      if (desc->collect == NULL || rt->corpus_error)
        continue;
      gboolean singleton = desc->threading == ASSAY_THREADING_SINGLETON;
      GError *error = NULL;
      if (singleton)
        pthread_mutex_lock (&rt->lock);
      gboolean ok = desc->collect (rt->corpus, doc, &error);
      if (singleton)
        pthread_mutex_unlock (&rt->lock);
      if (!ok)
        {
          rt->corpus_error = error ? error
                                   : g_error_new (ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                                                  "collect() failed without saying why");
          g_prefix_error (&rt->corpus_error, "collecting document '%s': ",
                          assay_document_get_id (doc));
        }
      else
        g_clear_error (&error);
    }
}

static gboolean
write_buffer (Run *run, const GString *buffer, GError **error)
{
  return assay_runner_write_buffer_to (run->spool ? assay_story_spool_file (run->spool) : run->config->out, buffer,
                                       error);
}

/* ---- progress ----------------------------------------------------------- */

static void
show_progress (guint64 docs, guint64 bytes, guint64 total, gint64 started, gboolean last)
{
  double seconds = (g_get_monotonic_time () - started) / 1e6;
  double rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
  g_autoptr (GString) line = g_string_new (NULL);
  g_string_printf (line, "\rassay: %" G_GUINT64_FORMAT " document%s, %.1f MB, %.1f MB/s", docs,
                   docs == 1 ? "" : "s", bytes / 1e6, rate);
  if (total > 0 && bytes <= total)
    {
      double fraction = (double) bytes / total;
      g_string_append_printf (line, ", %.0f%%", fraction * 100);
      if (!last && fraction > 0.01 && rate > 0)
        {
          guint eta = (guint) ((total - bytes) / 1e6 / rate);
          g_string_append_printf (line, ", ETA %u:%02u", eta / 60, eta % 60);
        }
    }
  g_string_append (line, last ? "\n" : "   ");
  fputs (line->str, stderr);
  fflush (stderr);
}

/* ---- the run ---------------------------------------------------------- */

/* A run, or with @state_file a map (assay_run_map()). */
static gboolean
run_documents (const AssayPipeline *pipeline,
               AssayReader *reader,
               const AssayRunConfig *config,
               FILE *state_file,
               const char *state_path,
               AssayRunStats *stats,
               GError **error)
{
  memset (stats, 0, sizeof *stats);
  Run run = {
    .pipeline = pipeline,
    .config = config,
    .reader = reader,
    .n_workers = config->n_workers ? config->n_workers : g_get_num_processors (),
    .state_file = state_file,
    .state_path = state_path,
  };
  run.capacity = run.n_workers * 64 + 192;
  run.small_window = run.n_workers * 4 + 8;

  if (!assay_runner_create_stages (&run, error))
    {
      assay_runner_destroy_stages (&run);
      return FALSE;
    }
  /* A map's records name no story: the reduce stamps them (docs/cluster.md). */
  if (run.any_collect && state_file == NULL && (run.spool = assay_story_spool_new (config->tmp_dir, 0, error)) == NULL)
    {
      assay_runner_destroy_stages (&run);
      return FALSE;
    }

  work_queue_init (&run.work);
  run.ring = g_new0 (Job *, run.capacity);
  run.spare_records = g_ptr_array_new_with_free_func (free_record);
  pthread_mutex_init (&run.lock, NULL);
  pthread_cond_init (&run.job_done, NULL);
  pthread_cond_init (&run.room, NULL);

  GThread **workers = g_new0 (GThread *, run.n_workers);
  for (guint i = 0; i < run.n_workers; i++)
    {
      gpointer *args = g_new (gpointer, 2);
      args[0] = &run;
      args[1] = GUINT_TO_POINTER (i);
      workers[i] = g_thread_new ("assay-worker", worker_main, args);
    }
  GThread *reader_thread = g_thread_new ("assay-reader", reader_main, &run);

  guint64 total = config->progress ? assay_reader_get_total_bytes (reader) : 0;
  guint64 bytes = 0;
  gint64 started = g_get_monotonic_time (), last_shown = 0;
  GError *write_error = NULL;

  for (;;)
    {
      pthread_mutex_lock (&run.lock);
      Job *job;
      while ((job = run.ring[run.next_write % run.capacity]) == NULL
             && !(run.reader_done && run.next_write == run.n_read))
        {
          run.writer_waiting = TRUE;
          pthread_cond_wait (&run.job_done, &run.lock);
        }
      run.writer_waiting = FALSE;
      if (job == NULL)
        {
          pthread_mutex_unlock (&run.lock);
          break;
        }
      run.ring[run.next_write % run.capacity] = NULL;
      pthread_mutex_unlock (&run.lock);
      gsize job_bytes = job->weight;

      if (write_error == NULL)
        {
          if (!job->failed)
            collect (&run, job->input.doc);
          if (!job->failed && config->ids)
            assay_duplicate_ids_note (config->ids, job->input.id);
          if (!write_buffer (&run, job->record, &write_error))
            {
              g_atomic_int_set (&run.aborted, 1);
              pthread_mutex_lock (&run.lock);
              pthread_cond_signal (&run.room);
              pthread_mutex_unlock (&run.lock);
            }
          if (job->failed)
            stats->n_errors++;
          else
            stats->n_documents++;
          bytes += job->input.bytes;
        }
      GString *spent = g_steal_pointer (&job->record);
      if (spent->allocated_len > RECORD_KEEP)
        {
          g_string_free (spent, TRUE);
          spent = NULL;
        }
      job_free (job);

      /* The reader is woken once half the window is free, not for every
       * job: it then fills the half in one go. */
      pthread_mutex_lock (&run.lock);
      if (spent)
        g_ptr_array_add (run.spare_records, spent);
      run.next_write++;
      run.bytes_in_flight -= job_bytes;
      guint64 in_flight = run.n_read - run.next_write;
      if (run.reader_waiting && in_flight <= run.capacity / 2
          && (in_flight < run.small_window || run.bytes_in_flight <= WINDOW_BYTES / 2))
        pthread_cond_signal (&run.room);
      pthread_mutex_unlock (&run.lock);

      if (config->progress)
        {
          gint64 now = g_get_monotonic_time ();
          if (now - last_shown > G_USEC_PER_SEC / 4)
            {
              show_progress (stats->n_documents + stats->n_errors, bytes, total, started, FALSE);
              last_shown = now;
            }
        }
    }

  g_thread_join (reader_thread);
  for (guint i = 0; i < run.n_workers; i++)
    g_thread_join (workers[i]);
  g_free (workers);

  if (config->progress)
    show_progress (stats->n_documents + stats->n_errors, bytes, total, started, TRUE);

  if (config->stage_times)
    for (guint s = 0; s < run.n_stages; s++)
      {
        gint64 busy = 0;
        for (guint w = 0; w < run.n_workers; w++)
          busy += run.stages[s].busy_us[w];
        double seconds = busy / 1e6;
        g_printerr ("assay: stage %s: %.4f s of CPU in process(), %.1f MB/s on one worker\n",
                    run.stages[s].stage->instance, seconds, seconds > 0 ? bytes / 1e6 / seconds : 0.0);
      }

  gboolean ok = write_error == NULL
                && (state_file ? assay_runner_save_state (&run, stats, &write_error)
                               : assay_runner_finish (&run, stats, &write_error));
  if (ok && fflush (config->out) != 0)
    {
      g_set_error (&write_error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
                   "writing the output failed: %s", g_strerror (errno));
      ok = FALSE;
    }
  if (!ok)
    g_propagate_error (error, write_error);

  assay_runner_destroy_stages (&run);
  g_clear_pointer (&run.spool, assay_story_spool_free);
  g_free (run.ring);
  g_ptr_array_unref (run.spare_records);
  work_queue_clear (&run.work);
  pthread_mutex_destroy (&run.lock);
  pthread_cond_destroy (&run.job_done);
  pthread_cond_destroy (&run.room);
  return ok;
}

gboolean
assay_run (const AssayPipeline *pipeline,
           AssayReader *reader,
           const AssayRunConfig *config,
           AssayRunStats *stats,
           GError **error)
{
  g_return_val_if_fail (pipeline != NULL && reader != NULL && config != NULL, FALSE);
  g_return_val_if_fail (config->out != NULL && stats != NULL, FALSE);
  return run_documents (pipeline, reader, config, NULL, NULL, stats, error);
}

gboolean
assay_run_map (const AssayPipeline *pipeline,
               AssayReader *reader,
               const AssayRunConfig *config,
               FILE *state_file,
               const char *state_path,
               AssayRunStats *stats,
               GError **error)
{
  g_return_val_if_fail (pipeline != NULL && reader != NULL && config != NULL, FALSE);
  g_return_val_if_fail (config->out != NULL && stats != NULL && state_file != NULL && state_path != NULL, FALSE);
  if (!assay_runner_check_savable (pipeline, error))
    return FALSE;
  return run_documents (pipeline, reader, config, state_file, state_path, stats, error);
}

/* ---- stages without a run ---------------------------------------------- */

struct _AssayStageSet
{
  AssayRunConfig config;
  Run run;
};

AssayStageSet *
assay_stage_set_new (const AssayPipeline *pipeline, const char *reference_date, GError **error)
{
  g_return_val_if_fail (pipeline != NULL, NULL);
  AssayStageSet *set = g_new0 (AssayStageSet, 1);
  set->config.n_workers = 1;
  set->config.reference_date = reference_date;
  set->run.pipeline = pipeline;
  set->run.config = &set->config;
  set->run.n_workers = 1;
  set->run.documents_only = TRUE;
  if (!assay_runner_create_stages (&set->run, error))
    {
      assay_stage_set_free (set);
      return NULL;
    }
  return set;
}

gboolean
assay_stage_set_process (AssayStageSet *set, AssayDocument *doc, GError **error)
{
  g_return_val_if_fail (set != NULL && doc != NULL, FALSE);
  const char *stage = NULL;
  if (run_stages (&set->run, 0, doc, assay_document_get_id (doc), &stage, error))
    return TRUE;
  g_prefix_error (error, "stage '%s': ", stage);
  return FALSE;
}

void
assay_stage_set_free (AssayStageSet *set)
{
  if (set == NULL)
    return;
  assay_runner_destroy_stages (&set->run);
  g_free (set);
}

/* ---- the host ------------------------------------------------------------ */

const char *
assay_host_get_instance_name (const AssayHost *host)
{
  g_return_val_if_fail (host != NULL, NULL);
  return host->instance_name;
}

const char *
assay_host_get_data_dir (const AssayHost *host)
{
  g_return_val_if_fail (host != NULL, NULL);
  return host->data_dir;
}

const char *
assay_host_get_reference_date (const AssayHost *host)
{
  g_return_val_if_fail (host != NULL, NULL);
  return host->reference_date;
}

guint
assay_host_get_n_workers (const AssayHost *host)
{
  g_return_val_if_fail (host != NULL, 1);
  return host->n_workers;
}

const char *
assay_host_get_tmp_dir (const AssayHost *host)
{
  g_return_val_if_fail (host != NULL, NULL);
  return host->tmp_dir ? host->tmp_dir : g_get_tmp_dir ();
}

guint64
assay_host_get_memory_share (const AssayHost *host)
{
  g_return_val_if_fail (host != NULL, 0);
  return host->memory_share;
}

guint64
assay_host_get_join_memory_share (const AssayHost *host)
{
  g_return_val_if_fail (host != NULL, 0);
  return host->join_share;
}
