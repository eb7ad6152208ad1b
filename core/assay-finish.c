/* assay-finish.c: the end of the cross-document phase: a run's finish(),
 * a map's save(), and a reduce (docs/cluster.md), which merges the maps'
 * states, finishes, and writes the maps' records each with its story, within
 * a memory budget when one is given.
 *
 * Within a budget (`assay reduce --memory-budget`), what the core would
 * hold a document for, which story each belongs to, is sorted on disk
 * (assay-stories.c, assay-sort.c), and the story and finding records wait
 * on disk, not in memory, until the records before them are written.  The
 * stages' own memory after merging is checked against the budget before
 * finish(), and a budget too small says the smallest that works.
 */
#include "assay-runner-private.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

/* ---- the cross-document phase ------------------------------------------ */

static gboolean
write_all (int fd, const char *data, gsize length)
{
  for (gsize done = 0; done < length;)
    {
      ssize_t n = write (fd, data + done, length - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return FALSE;
      done += n;
    }
  return TRUE;
}

/* Within a budget, the story and finding records wait on disk, not in
 * memory, until the document records before them are written. */
static gboolean
spill_records (AssaySink *sink, GError **error)
{
  if (sink->limit == 0 || sink->buffer->len <= sink->limit)
    return TRUE;
  if (sink->overflow < 0)
    {
      g_autofree char *path = g_build_filename (sink->tmp_dir ? sink->tmp_dir : g_get_tmp_dir (),
                                                "assay-findings-XXXXXX", NULL);
      if ((sink->overflow = g_mkstemp_full (path, O_RDWR, 0600)) < 0)
        {
          g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
                       "keeping the cross-document records on disk: cannot create %s: %s (give --tmp-dir or "
                       "TMPDIR a folder with room)", path, g_strerror (errno));
          return FALSE;
        }
      unlink (path);
    }
  if (!write_all (sink->overflow, sink->buffer->str, sink->buffer->len))
    {
      int saved = errno;
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
                   "keeping the cross-document records on disk in %s: %s (give --tmp-dir or TMPDIR a folder with "
                   "room)", sink->tmp_dir ? sink->tmp_dir : g_get_tmp_dir (), g_strerror (saved ? saved : ENOSPC));
      return FALSE;
    }
  g_string_truncate (sink->buffer, 0);
  return TRUE;
}

/* A failure of the core's disk work is kept as the sink's fatal error
 * (see AssaySink) as well as returned to the stage. */
static gboolean
sink_failed (AssaySink *sink, GError *local, GError **error)
{
  if (sink->fatal == NULL)
    sink->fatal = g_error_copy (local);
  g_propagate_error (error, local);
  return FALSE;
}

static gboolean
sink_overflow (AssaySink *sink, GError **error)
{
  GError *local = NULL;
  return spill_records (sink, &local) || sink_failed (sink, local, error);
}

/* Copies what @sink kept on disk to @out. */
static gboolean
sink_copy_overflow (AssaySink *sink, FILE *out, GError **error)
{
  if (sink->overflow < 0)
    return TRUE;
  g_autofree char *chunk = g_malloc (1 << 16);
  ssize_t n;
  if (lseek (sink->overflow, 0, SEEK_SET) != 0)
    n = -1;
  else
    while ((n = read (sink->overflow, chunk, 1 << 16)) > 0 || (n < 0 && errno == EINTR))
      if (n > 0 && fwrite (chunk, 1, n, out) != (size_t) n)
        {
          g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "writing the output failed: %s",
                       g_strerror (errno));
          return FALSE;
        }
  if (n < 0)
    {
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
                   "reading back the cross-document records kept on disk failed: %s", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* A story's document ids, in order, as one 64-bit FNV-1a digest (each id
 * with its NUL, so that "ab","c" and "a","bc" differ): what lets
 * finish_stories() be checked against join() without keeping every id. */
static guint64
docs_digest (const char *const *doc_ids, guint n_docs)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  for (guint i = 0; i < n_docs; i++)
    for (const guchar *p = (const guchar *) doc_ids[i];; p++)
      {
        h = (h ^ *p) * G_GUINT64_CONSTANT (0x100000001b3);
        if (*p == '\0')
          break;
      }
  return h;
}

gboolean
assay_sink_emit (AssaySink *sink, const AssayFinding *finding, GError **error)
{
  g_return_val_if_fail (sink != NULL && finding != NULL, FALSE);
  if (sink->phase == SINK_JOIN)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "a finding emitted in join(): findings belong to finish_stories()");
      return FALSE;
    }
  /* Its story would be the previous range's (or none): the parts'
   * outputs would not add up. */
  if (sink->phase == SINK_STORIES && sink->next == sink->first)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "a finding emitted in finish_stories() before its range's first story was begun: each finding "
                   "belongs to the story begun last with assay_sink_begin_story()");
      return FALSE;
    }
  if (!assay_finding_check (finding, error))
    return FALSE;
  assay_output_finding_in_story (sink->buffer, finding, assay_story_spool_current (sink->spool));
  sink->emitted++;
  return sink_overflow (sink, error);
}

gboolean
assay_sink_begin_story (AssaySink *sink,
                        const char *id,
                        const char *const *doc_ids,
                        guint n_docs,
                        const char *from,
                        const char *to,
                        const AssayStoryTie *ties,
                        guint n_ties,
                        GError **error)
{
  g_return_val_if_fail (sink != NULL && (doc_ids != NULL || n_docs == 0), FALSE);
  g_return_val_if_fail (ties != NULL || n_ties == 0, FALSE);
  if (sink->spool == NULL)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "stories can only be told in the cross-document phase of a run");
      return FALSE;
    }
  gboolean joined = sink->phase == SINK_STORIES;
  if (sink->phase == SINK_JOIN)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "story '%s' begun in join(): join() tells stories with assay_sink_join_story(), "
                   "finish_stories() begins them", id ? id : "");
      return FALSE;
    }
  /* finish_stories() begins the stories of its range in join()'s order,
   * with their documents: else the parts' outputs would not add up. */
  if (joined && sink->next >= sink->end)
    {
      /* Caught here, not after finish_stories() returns: the story past
       * the range is the next part's, and must not be written in this one. */
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "story '%s' begun past the end of finish_stories()' range (stories %u to %u): it begins the "
                   "stories of its range only", id ? id : "", sink->first, sink->end - 1);
      return FALSE;
    }
  if (joined
      && (g_strcmp0 (id, sink->joined->pdata[sink->next]) != 0
          || n_docs != g_array_index (sink->joined_docs, guint, sink->next)))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "story '%s' (%u documents) begun where join() told story '%s' (%u documents): "
                   "finish_stories() begins the stories of its range in join()'s order",
                   id ? id : "", n_docs, (const char *) sink->joined->pdata[sink->next],
                   g_array_index (sink->joined_docs, guint, sink->next));
      return FALSE;
    }
  if (joined && docs_digest (doc_ids, n_docs) != g_array_index (sink->joined_digests, guint64, sink->next))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "story '%s' begun with other documents than join() told it: finish_stories() begins each "
                   "story with the documents join() gave it, in the same order", id ? id : "");
      return FALSE;
    }
  GError *local = NULL;
  if (!assay_story_spool_begin (sink->spool, sink->buffer, id, doc_ids, n_docs, from, to, ties, n_ties, joined,
                                &local))
    {
      /* The stage's own mistakes (an id twice) are its error; the sort's
       * disk failures are the run's. */
      if (local->domain == ASSAY_RUN_ERROR)
        return sink_failed (sink, local, error);
      g_propagate_error (error, local);
      return FALSE;
    }
  sink->next += joined;
  return sink_overflow (sink, error);
}

gboolean
assay_sink_join_story (AssaySink *sink, const char *id, const char *const *doc_ids, guint n_docs, GError **error)
{
  g_return_val_if_fail (sink != NULL && (doc_ids != NULL || n_docs == 0), FALSE);
  if (sink->phase != SINK_JOIN || sink->spool == NULL)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "story '%s' joined outside join(): stories are joined in the first phase of a finish in two "
                   "phases", id ? id : "");
      return FALSE;
    }
  GError *local = NULL;
  const char *story = assay_story_spool_assign (sink->spool, id, doc_ids, n_docs, &local);
  if (story == NULL)
    {
      if (local->domain == ASSAY_RUN_ERROR)
        return sink_failed (sink, local, error);
      g_propagate_error (error, local);
      return FALSE;
    }
  g_ptr_array_add (sink->joined, (gpointer) story);
  g_array_append_val (sink->joined_docs, n_docs);
  guint64 digest = docs_digest (doc_ids, n_docs);
  g_array_append_val (sink->joined_digests, digest);
  return TRUE;
}

/* Document records go to the spool while one is held (see assay-stories.c). */
gboolean
assay_runner_write_buffer_to (FILE *out, const GString *buffer, GError **error)
{
  if (buffer->len == 0)
    return TRUE;
  if (fwrite (buffer->str, 1, buffer->len, out) != buffer->len)
    {
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "writing the output failed: %s",
                   g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

/* ---- map and reduce (docs/cluster.md) ------------------------------------ */

/* A stage that keeps a state it cannot write would lose it: refused before
 * a document is read. */
gboolean
assay_runner_check_savable (const AssayPipeline *pipeline, GError **error)
{
  for (guint s = 0; s < pipeline->stages->len; s++)
    {
      const AssayPipelineStage *stage = pipeline->stages->pdata[s];
      const AssayStageDesc *desc = &stage->info->desc;
      if (desc->collect == NULL || desc->save != NULL)
        continue;
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_CREATE,
                   "stage '%s' (%s %s, %s) keeps a cross-document state but cannot save it: it has no save and "
                   "merge callbacks (plugin ABI %u.%u; ABI 1.2 added them).  Run the pipeline whole with "
                   "'assay run', or give the stage save() and merge()",
                   stage->instance, desc->name, desc->version, stage->info->file, desc->abi_major, desc->abi_minor);
      return FALSE;
    }
  return TRUE;
}

/* A map's end: each cross-document stage's state, or collect()'s error
 * for the reduce to report as a run would. */
gboolean
assay_runner_save_state (Run *run, AssayRunStats *stats, GError **error)
{
  AssayStateOut *out = assay_state_out_new (run->state_file, run->state_path, run->pipeline,
                                            run->config->reference_date, stats->n_documents, stats->n_errors, error);
  gboolean ok = out != NULL;
  for (guint s = 0; ok && s < run->n_stages; s++)
    {
      StageRuntime *rt = &run->stages[s];
      const AssayStageDesc *desc = &rt->stage->info->desc;
      if (!assay_stage_has_state (desc))
        continue;
      AssayStateWriter *writer
          = assay_state_out_begin_stage (out, rt->corpus_error ? rt->corpus_error->message : NULL, error);
      ok = writer != NULL;
      if (ok && rt->corpus_error == NULL && desc->save)
        {
          GError *local = NULL;
          ok = desc->save (rt->corpus, writer, &local);
          if (!ok)
            {
              g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
                           "stage '%s' could not save its cross-document state: %s", rt->stage->instance,
                           local ? local->message : "save() failed without saying why");
              g_clear_error (&local);
            }
          else
            g_clear_error (&local);
        }
      ok = ok && assay_state_out_end_stage (out, error);
    }
  ok = ok && assay_state_out_finish (out, error);
  assay_state_out_free (out);
  return ok;
}

/* Merges one state file into the stages' instances, in pipeline order. */
static gboolean
merge_state (Run *run, guint index, char **reference_date, GError **error)
{
  const char *path = run->states[index];
  AssayStateIn *in = assay_state_in_open_described (path, run->description, error);
  if (in == NULL)
    return FALSE;
  const char *date = assay_state_in_get_reference_date (in);
  if (index == 0)
    *reference_date = g_strdup (date);
  else if (g_strcmp0 (date, *reference_date) != 0)
    {
      g_set_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_MISMATCH,
                   "%s: mapped with --reference-date %s, and %s with %s: map every shard with the same one", path,
                   date ? date : "unset", run->states[0], *reference_date ? *reference_date : "unset");
      assay_state_in_free (in);
      return FALSE;
    }
  run->n_records[index] = assay_state_in_get_n_records (in);

  gboolean ok = TRUE;
  for (guint s = 0; ok && s < run->n_stages; s++)
    {
      StageRuntime *rt = &run->stages[s];
      const AssayStageDesc *desc = &rt->stage->info->desc;
      if (!assay_stage_has_state (desc))
        continue;
      g_autofree char *failure = NULL;
      AssayStateReader *reader = assay_state_in_next_stage (in, rt->stage->instance, &failure, error);
      if (reader == NULL)
        {
          ok = FALSE;
          break;
        }
      /* The first failure in shard order is the one run would report:
       * collect() stops there, and so does merging. */
      gboolean skip = failure != NULL || rt->corpus_error != NULL || desc->merge == NULL;
      if (failure && rt->corpus_error == NULL)
        rt->corpus_error = g_error_new_literal (ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED, failure);
      if (!skip)
        {
          GError *local = NULL;
          if (!desc->merge (rt->corpus, reader, &local))
            {
              g_set_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_FORMAT,
                           "%s: stage '%s' could not read its state back: %s", path, rt->stage->instance,
                           local ? local->message : "merge() failed without saying why");
              g_clear_error (&local);
              ok = FALSE;
              break;
            }
          g_clear_error (&local);
        }
      ok = assay_state_in_end_stage (in, rt->stage->instance, skip, error);
    }
  ok = ok && assay_state_in_close (in, error);
  assay_state_in_free (in);
  return ok;
}

/* Opens map output @path for reading; NULL with @error. */
static FILE *
open_docs (const char *path, GError **error)
{
  GError *local = NULL;
  int fd = assay_open_input (path, TRUE, &local);
  FILE *in = fd >= 0 ? fdopen (fd, "rb") : NULL;
  if (in == NULL)
    {
      if (fd >= 0)
        close (fd);
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "%s", local ? local->message : g_strerror (errno));
      g_clear_error (&local);
    }
  return in;
}

static gboolean
check_count (Run *run, guint i, guint64 n, GError **error)
{
  if (n == run->n_records[i])
    return TRUE;
  g_set_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_MISMATCH,
               "%s has %" G_GUINT64_FORMAT " records, but %s says its map wrote %" G_GUINT64_FORMAT
               ": the map's output is incomplete, or --docs does not name the maps' outputs in the order of "
               "their states",
               run->docs[i], n, run->states[i], run->n_records[i]);
  return FALSE;
}

/* The maps' records, in shard order, each with its story.  A first pass
 * reads the outputs before this part's when records share an id (the
 * k-th record with an id takes the k-th story that names it, wherever the
 * parts cut), and within a budget every output up to this part's last,
 * to number the records for the join (assay-stories.c). */
static gboolean
stamp_docs (Run *run, GError **error)
{
  guint scan_to = run->share > 0 ? run->docs_to
                  : assay_story_spool_ids_shared (run->spool) ? run->docs_from : 0;
  for (guint i = 0; i < scan_to; i++)
    {
      FILE *in = open_docs (run->docs[i], error);
      if (in == NULL)
        return FALSE;
      guint64 n = 0;
      gboolean ok = assay_story_spool_scan (run->spool, in, run->docs[i], i >= run->docs_from, &n, error);
      fclose (in);
      if (!ok || !check_count (run, i, n, error))
        return FALSE;
    }
  if (!assay_story_spool_join (run->spool, error))
    return FALSE;
  for (guint i = run->docs_from; i < run->docs_to; i++)
    {
      FILE *in = open_docs (run->docs[i], error);
      if (in == NULL)
        return FALSE;
      guint64 n = 0;
      gboolean ok = assay_story_spool_stamp (run->spool, in, run->docs[i], run->config->out, &n, error);
      fclose (in);
      if (!ok || !check_count (run, i, n, error))
        return FALSE;
    }
  return TRUE;
}

/* A reduce needs its stages no more once they have finished: their
 * memory goes back before the records are stamped. */
static void
release_corpora (Run *run)
{
  for (guint s = 0; s < run->n_stages; s++)
    {
      StageRuntime *rt = &run->stages[s];
      if (rt->corpus && rt->corpus_owned)
        rt->stage->info->desc.destroy (rt->corpus);
      rt->corpus = NULL;
    }
#ifdef __GLIBC__
  malloc_trim (0);
#endif
}

/* What the comparisons of a story cost, in the units of stamping, bytes
 * of the maps' records: a report of a story, compared, costs about what
 * copying this many bytes of records costs.  Measured on the BBC archive
 * x64 (142,400 documents, 1.5 GB of records): stamping took 6 s of CPU,
 * about 4 ns a byte, and the inconsistencies stage's comparisons 0.3 s,
 * about 2 us a report.  A guess for other stages: it only balances the
 * parts, never changes the output. */
#define STORY_DOC_BYTES 512

/* A reduce in parts that divides the work (run->divide): the units of the
 * whole output, in order, are the shards' records (each shard weighed by
 * its records' bytes: stamping reads and writes them) and then the joined
 * stories (each weighed by its documents: the comparisons read their
 * claims).  Part K of N takes the units that start in the K-th N-th of
 * the total weight: contiguous ranges, so that the parts' outputs, in
 * order, are the one reduce's.  Every part computes the same cut from the
 * maps' outputs and join(), which all parts run alike. */
static guint64
story_weight (const GArray *story_docs, guint j)
{
  return MAX (g_array_index (story_docs, guint, j), 1u) * (guint64) STORY_DOC_BYTES;
}

static void
divide_parts (Run *run, const GArray *story_docs, guint *first, guint *end)
{
  guint n_stories = story_docs ? story_docs->len : 0;
  guint64 total = 0, at = 0;
  for (guint i = 0; i < run->n_docs; i++)
    total += run->doc_bytes[i];
  for (guint j = 0; j < n_stories; j++)
    total += story_weight (story_docs, j);
  run->docs_from = run->docs_to = 0;
  *first = *end = 0;
#define PART_AT(x) (total ? (guint) ((x) * run->n_parts / total) : run->n_parts - 1)
  for (guint i = 0; i < run->n_docs; at += run->doc_bytes[i], i++)
    {
      run->docs_from += PART_AT (at) < run->part;
      run->docs_to += PART_AT (at) <= run->part;
    }
  for (guint j = 0; j < n_stories; at += story_weight (story_docs, j), j++)
    {
      *first += PART_AT (at) < run->part;
      *end += PART_AT (at) <= run->part;
    }
#undef PART_AT
}

/* The bytes of each map output, which weigh the shards when the parts
 * divide the work; FALSE with @error when one cannot be read. */
static gboolean
measure_docs (Run *run, GError **error)
{
  run->doc_bytes = g_new0 (guint64, MAX (run->n_docs, 1));
  for (guint i = 0; i < run->n_docs; i++)
    {
      GStatBuf st;
      if (g_stat (run->docs[i], &st) != 0)
        {
          int saved = errno;
          g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "%s: %s", run->docs[i], g_strerror (saved));
          return FALSE;
        }
      run->doc_bytes[i] = st.st_size;
    }
  return TRUE;
}

/* A stage's finish in two phases: join(), then finish_stories() over all
 * the stories, or over this part's when the reduce divides them.  FALSE
 * with @error set (the stage's failure) when either fails; *@late then
 * says whether it failed in finish_stories(), whose records so far belong
 * to this part. */
static gboolean
finish_in_phases (Run *run, StageRuntime *rt, AssaySink *sink, gboolean *divided, gboolean *late, GError **error)
{
  const AssayStageDesc *desc = &rt->stage->info->desc;
  g_ptr_array_set_size (sink->joined, 0);
  g_array_set_size (sink->joined_docs, 0);
  g_array_set_size (sink->joined_digests, 0);
  sink->phase = SINK_JOIN;
  gboolean ok = desc->join (rt->corpus, sink, error);
  sink->phase = SINK_STORIES;
#ifdef __GLIBC__
  /* What join() freed of its larger share goes back to the system before
   * the tables fill (assay_host_get_join_memory_share()): freed, it would
   * still be resident, and the tables' buffers come from mmap. */
  if (rt->host.join_share > 0)
    malloc_trim (0);
#endif
  if (!ok || sink->fatal)
    return ok;
  guint first = 0, end = sink->joined->len;
  if (run->divide)
    {
      divide_parts (run, sink->joined_docs, &first, &end);
      *divided = TRUE;
    }
  g_debug ("stage '%s' joined %u stories; this part compares stories %u to %u", rt->stage->instance,
           sink->joined->len, first, end);
  *late = TRUE;
  sink->first = sink->next = first;
  sink->end = end;
  ok = desc->finish_stories (rt->corpus, sink, first, end, error);
  if (ok && sink->next != end && !sink->fatal)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "finish_stories() began %u of the %u stories of its range: it begins each, in join()'s order",
                   sink->next - first, end - first);
      ok = FALSE;
    }
  return ok;
}

/* Every stage's finish() into memory (within a budget, on disk past its
 * share) first: the held document records can only be written once every
 * story is known, and they come first. */
gboolean
assay_runner_finish (Run *run, AssayRunStats *stats, GError **error)
{
  g_autoptr (GString) buffer = g_string_new (NULL);
  g_autoptr (GPtrArray) joined = g_ptr_array_new ();
  g_autoptr (GArray) joined_docs = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) joined_digests = g_array_new (FALSE, FALSE, sizeof (guint64));
  /* Within a budget the records wait on disk past a mebibyte (or the
   * share, when less): they are written out whole later, so more memory
   * for them would buy nothing, and finish() needs what is left. */
  AssaySink sink = { .buffer = buffer, .spool = run->spool, .limit = MIN (run->share, (gsize) 1 << 20),
                     .overflow = -1, .tmp_dir = run->config->tmp_dir, .joined = joined,
                     .joined_docs = joined_docs, .joined_digests = joined_digests };
  gboolean ok = TRUE, divided = FALSE;
  for (guint s = 0; ok && s < run->n_stages; s++)
    {
      StageRuntime *rt = &run->stages[s];
      const AssayStageDesc *desc = &rt->stage->info->desc;
      sink.emitted = 0;
      /* A failure before the stories are divided (in collect(), a
       * state, join()) is the last part's to write, after every story;
       * one in finish_stories() the part's whose stories were cut short. */
      gboolean late = FALSE;
      if ((desc->join || desc->finish) && rt->corpus_error == NULL)
        {
          GError *local = NULL;
          if (!(desc->join ? finish_in_phases (run, rt, &sink, &divided, &late, &local)
                           : desc->finish (rt->corpus, &sink, &local)))
            rt->corpus_error = local ? local
                                     : g_error_new (ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                                                    "%s failed without saying why",
                                                    desc->join ? "join() or finish_stories()" : "finish()");
          else
            g_clear_error (&local);
          sink.phase = SINK_FINISH;
        }
      stats->n_findings += sink.emitted;
      /* A budget too small for what the stage cannot put on disk stops
       * the reduce, as one too small for the merged states does: an error
       * record would pass for the stage's own failure.  Only within a
       * budget and from a stage built for ABI 1.6, which added the code
       * (assay-plugin.h): elsewhere it is the stage's error record. */
      if (rt->corpus_error && g_error_matches (rt->corpus_error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_BUDGET)
          && run->reducing && run->config->memory_budget > 0 && desc->abi_minor >= 6 && sink.fatal == NULL)
        sink.fatal = g_error_new (ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_BUDGET, "stage '%s': %s", rt->stage->instance,
                                  rt->corpus_error->message);
      if (sink.fatal)
        {
          g_propagate_error (error, g_steal_pointer (&sink.fatal));
          ok = FALSE;
          break;
        }
      if (rt->corpus_error)
        {
          stats->n_errors++;
          if (!run->divide || run->last_part || late)
            {
              assay_output_error (buffer, NULL, rt->stage->instance, NULL, rt->corpus_error->message);
              ok = spill_records (&sink, error);
            }
        }
      if (run->spool)
        assay_story_spool_end (run->spool);
    }
  /* No stories were joined (the stage failed before): the parts divide
   * the shards' records alone. */
  if (run->divide && !divided)
    {
      guint first, end;
      divide_parts (run, NULL, &first, &end);
    }
  if (ok && run->reducing)
    release_corpora (run);
  if (ok)
    ok = run->reducing ? stamp_docs (run, error)
                       : run->spool == NULL || assay_story_spool_copy (run->spool, run->config->out, error);
  if (ok && (!run->reducing || run->last_part || run->divide))
    ok = sink_copy_overflow (&sink, run->config->out, error)
         && assay_runner_write_buffer_to (run->config->out, buffer, error);
  if (sink.overflow >= 0)
    close (sink.overflow);
  g_clear_error (&sink.fatal);
  return ok;
}

/* The process's resident memory now, in bytes (0 when unknown). */
static guint64
resident_bytes (void)
{
  g_autofree char *statm = NULL;
  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    return 0;
  guint64 size = 0, resident = 0;
  if (sscanf (statm, "%" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT, &size, &resident) != 2)
    return 0;
  return resident * (guint64) sysconf (_SC_PAGESIZE);
}

static char *
mebibytes (guint64 bytes)
{
  return g_strdup_printf ("%" G_GUINT64_FORMAT "M", (bytes + (1 << 20) - 1) >> 20);
}

/* Is @budget enough to go on: what the process holds now (the stages'
 * knowledge; then, @merging, the merged states of @merged of the states'
 * @total records), and the least the reduce needs besides to sort on disk and
 * write?  Else an error that gives the smallest budget the reduce can go
 * on with: while merging, estimated from the growth so far (@base: what it
 * held before merging), so that a budget too small for a large archive
 * stops the reduce at the first state past it, not after the last.  A
 * stage's finish() needs more than that, in its own memory (the
 * inconsistencies stage groups stories in memory: docs/cluster.md), which
 * the core cannot know before it runs: the command says afterwards when
 * the peak went over. */
static gboolean
check_budget (guint64 budget, guint64 base, gboolean merging, guint64 merged, guint64 total, GError **error)
{
  guint64 now = resident_bytes ();
  guint64 needed = now + ASSAY_BUDGET_WORKING;
  if (needed <= budget)
    return TRUE;
  g_autofree char *given = mebibytes (budget), *held = mebibytes (now), *work = mebibytes (ASSAY_BUDGET_WORKING);
  /* A mebibyte more: the next run's memory is not the same to a page. */
  g_autofree char *smallest = mebibytes (needed + (1 << 20));
  if (!merging)
    g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_BUDGET,
                 "--memory-budget %s is too small: the cross-document stages take %s before any state is merged, "
                 "and sorting on disk and writing need %s; the smallest budget that works is %s, and larger "
                 "states need more (what a stage keeps of its summaries in memory)", given, held, work, smallest);
  else if (merged > 0 && merged < total)
    {
      guint64 grown = now > base ? now - base : 0;
      guint64 all = base + (guint64) ((double) grown * total / merged) + ASSAY_BUDGET_WORKING + (1 << 20);
      g_autofree char *estimate = mebibytes (all);
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_BUDGET,
                   "--memory-budget %s is too small for these states: the reduce holds %s after merging the "
                   "states of %" G_GUINT64_FORMAT " of their %" G_GUINT64_FORMAT " records (what the stages "
                   "keep of their summaries in memory), and sorting on disk and writing need %s; at that rate the "
                   "smallest budget that works for them is about %s, and the stages' finish() may need more "
                   "(docs/cluster.md)", given, held, merged, total, work, estimate);
    }
  else
    g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_BUDGET,
                 "--memory-budget %s is too small for these states: the reduce holds %s once the states of %"
                 G_GUINT64_FORMAT " records are merged (what the stages keep of their summaries in memory), "
                 "and sorting on disk and writing need %s; the smallest budget that works for them is %s, "
                 "and the stages' finish() may need more (docs/cluster.md)", given, held, merged, work, smallest);
  return FALSE;
}

/* The records the maps of @states wrote, from their headers: what the
 * budget's estimate while merging is taken against. */
static gboolean
count_records (const char *description, const char *const *states, guint n_states, guint64 *total, GError **error)
{
  *total = 0;
  for (guint i = 0; i < n_states; i++)
    {
      AssayStateIn *in = assay_state_in_open_described (states[i], description, error);
      if (in == NULL)
        return FALSE;
      *total += assay_state_in_get_n_records (in);
      assay_state_in_free (in);
    }
  return TRUE;
}

/* Can the parts of a reduce divide the cross-document work?  When the
 * pipeline's one stage with a cross-document phase finishes in two
 * phases: its stories are numbered alike in every part, and its records
 * are the whole cross-document output.  Otherwise (a stage with finish()
 * alone, or two such stages, whose records would interleave) each part
 * finishes whole, and the last writes every cross-document record. */
static gboolean
divides_stories (const AssayPipeline *pipeline)
{
  guint n_with_state = 0, n_in_phases = 0;
  for (guint s = 0; s < pipeline->stages->len; s++)
    {
      const AssayStageDesc *desc = &((const AssayPipelineStage *) pipeline->stages->pdata[s])->info->desc;
      n_with_state += assay_stage_has_state (desc);
      n_in_phases += assay_stage_has_state (desc) && desc->join != NULL;
    }
  return n_with_state == 1 && n_in_phases == 1;
}

gboolean
assay_run_reduce (const AssayPipeline *pipeline,
                  const char *const *states,
                  guint n_states,
                  const char *const *docs,
                  guint part,
                  guint n_parts,
                  const AssayRunConfig *config,
                  AssayRunStats *stats,
                  GError **error)
{
  g_return_val_if_fail (pipeline != NULL && config != NULL && config->out != NULL && stats != NULL, FALSE);
  g_return_val_if_fail (states != NULL && n_states > 0, FALSE);
  g_return_val_if_fail (n_parts > 0 && part < n_parts, FALSE);
  memset (stats, 0, sizeof *stats);
  if (!assay_runner_check_savable (pipeline, error))
    return FALSE;

  /* Described once: each state's header is checked against it, and
   * describing hashes every stage's code and data folder. */
  g_autofree char *description = assay_pipeline_describe (pipeline);
  /* The stages see the maps' reference date: read it from the first state
   * before they are created. */
  g_autofree char *reference_date = NULL;
  {
    AssayStateIn *first = assay_state_in_open_described (states[0], description, error);
    if (first == NULL)
      return FALSE;
    reference_date = g_strdup (assay_state_in_get_reference_date (first));
    assay_state_in_free (first);
  }
  AssayRunConfig reduce_config = *config;
  reduce_config.reference_date = reference_date;
  Run run = {
    .pipeline = pipeline,
    .config = &reduce_config,
    .n_workers = 1,
    .description = description,
    .states = states,
    .docs = docs,
    .n_docs = docs ? n_states : 0,
    /* Part K of N stamps the K-th contiguous range of shards, the last
     * also writes the cross-document records: in order, the parts'
     * outputs are the one reduce's. */
    .docs_from = docs ? (guint) ((guint64) part * n_states / n_parts) : 0,
    .docs_to = docs ? (guint) ((guint64) (part + 1) * n_states / n_parts) : 0,
    .last_part = part == n_parts - 1,
    .n_records = g_new0 (guint64, n_states),
    .reducing = TRUE,
    .divide = divides_stories (pipeline),
    .part = part,
    .n_parts = n_parts,
  };
  gboolean ok = (!run.divide || measure_docs (&run, error)) && assay_runner_create_stages (&run, error);
  guint64 budget = config->memory_budget, total = 0;
  ok = ok && (budget == 0 || count_records (description, states, n_states, &total, error));
  guint64 base = resident_bytes ();
  ok = ok && (budget == 0 || check_budget (budget, base, FALSE, 0, total, error));
  g_autofree char *merged_date = NULL;
  guint64 n_records = 0;
  for (guint i = 0; ok && i < n_states; i++)
    {
      ok = merge_state (&run, i, &merged_date, error);
      n_records += run.n_records[i];
      /* Checked after each state: a budget too small stops the reduce
       * early. */
      ok = ok && (budget == 0 || check_budget (budget, base, TRUE, n_records, total, error));
    }
  /* What is left of the budget: a quarter to each table sorted on disk
   * (at most three are open at once: in the join two are read while the
   * third fills), the rest for the stages' finish(). */
  guint64 stage_share = 0;
  if (ok && budget)
    {
      run.share = MAX ((budget - MIN (resident_bytes (), budget)) / 4, (guint64) ASSAY_BUDGET_MIN_SHARE);
      stage_share = run.share;
      /* For tests: a few hundred bytes force many runs and merge passes
       * on a small input, so that the law is tested through them. */
      const char *forced = g_getenv ("ASSAY_SORT_MEMORY");
      guint64 bytes = 0;
      if (forced && *forced)
        {
          if (!g_ascii_string_to_unsigned (forced, 10, 1, G_MAXUINT32, &bytes, NULL))
            {
              g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_BUDGET,
                           "ASSAY_SORT_MEMORY='%s' is not a number of bytes from 1 to 4294967295 (it is for tests; "
                           "unset it)", forced);
              ok = FALSE;
            }
          else
            run.share = bytes;
        }
    }
  /* A stage's finish() may hold what one share allows beyond its merged
   * summaries (the quarter of the budget left after the three tables').
   * ASSAY_SORT_MEMORY forces the core's tables only: a stage that keeps
   * what it cannot put on disk within its share (the grouping) would be
   * refused at a few hundred bytes.  For tests, ASSAY_STAGE_MEMORY (bytes)
   * forces the stages' share. */
  const char *forced_stage = g_getenv ("ASSAY_STAGE_MEMORY");
  /* A stage's share is a budget's: without one the forced share would
   * not apply, which a test should hear of rather than pass silently. */
  if (ok && !budget && forced_stage && *forced_stage)
    g_printerr ("assay: warning: ASSAY_STAGE_MEMORY='%s' is ignored: it forces the stages' share of a "
                "--memory-budget, and this reduce has none\n", forced_stage);
  if (ok && budget && forced_stage && *forced_stage
      && !g_ascii_string_to_unsigned (forced_stage, 10, 1, G_MAXUINT32, &stage_share, NULL))
    {
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_BUDGET,
                   "ASSAY_STAGE_MEMORY='%s' is not a number of bytes from 1 to 4294967295 (it is for tests; "
                   "unset it)", forced_stage);
      ok = FALSE;
    }
  /* join() runs while the core's three tables are empty: it may keep two
   * quarters, its own and one table's; the other two are the core's
   * working memory then (the stories join() tells, the summaries read,
   * the allocator's slack: some 2.5 MiB beyond the stage's count on the
   * BBC archive x64, where three quarters ran 0.4 MiB over at 22M).
   * Forced, the share alone. */
  guint64 join_share = forced_stage && *forced_stage ? stage_share : 2 * stage_share;
  for (guint s = 0; ok && s < run.n_stages; s++)
    {
      run.stages[s].host.memory_share = stage_share;
      run.stages[s].host.join_share = join_share;
    }
  ok = ok && (run.spool = assay_story_spool_new (config->tmp_dir, run.share, error)) != NULL;
  ok = ok && assay_runner_finish (&run, stats, error);
  if (ok && fflush (config->out) != 0)
    {
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "writing the output failed: %s",
                   g_strerror (errno));
      ok = FALSE;
    }
  assay_runner_destroy_stages (&run);
  g_clear_pointer (&run.spool, assay_story_spool_free);
  g_free (run.n_records);
  g_free (run.doc_bytes);
  return ok;
}

