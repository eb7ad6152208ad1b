/* assay-output.c: the JSONL records of DESIGN.md's output contract.
 *
 *   {"type":"doc","id":..,"meta":{..},"text":..,"annotations":[..],"findings":[..]}
 *   {"type":"story","id":..,"docs":[..],"from":..,"to":..,"ties":[..]}   (assay-stories.c)
 *   {"type":"finding","story":..?,"kind":..,"severity":..,"message":..,"evidence":[..]}
 *   {"type":"error","id":..,"stage":..,"input":..,"message":..}
 *
 * Every annotation carries its id (references point at ids), label (null
 * when it has none) and attrs ({} when none), so consumers see one shape.
 * When the text was rewritten, each annotation also carries orig_start and
 * orig_end, its span in the text as it was read.  An annotation repeats
 * its text in "text" unless its layer is in AssayOutputOptions.no_text:
 * the command leaves it out of structural layers (paragraph, sentence,
 * section), whose text is the record's text again: with it the dates
 * pipeline wrote 112 MB for 20 MB of news text, 49 MB without it
 * (bench/dates-bench.py's input).
 */
/* O_TMPFILE is Linux's; elsewhere the hidden name is used. */
#define _GNU_SOURCE
#include "assay-document-private.h"
#include "assay-json-private.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#ifndef O_TMPFILE
#define O_TMPFILE 0
#endif

static gboolean
layer_wanted (const AssayOutputOptions *opts, const char *layer)
{
  if (opts == NULL)
    return TRUE;
  if (opts->only)
    return g_strv_contains ((const char *const *) opts->only, layer);
  if (opts->except)
    return !g_strv_contains ((const char *const *) opts->except, layer);
  return TRUE;
}

static gboolean
layer_has_text (const AssayOutputOptions *opts, const char *layer)
{
  return opts == NULL || opts->no_text == NULL
         || !g_strv_contains ((const char *const *) opts->no_text, layer);
}

static void
write_meta (const char *key, const char *value, gpointer user_data)
{
  AssayJsonWriter *w = user_data;
  if (strcmp (key, "story") == 0)
    return; /* written first: see assay_output_document() */
  assay_json_key (w, key);
  assay_json_string (w, value);
}

/* A layer's name as its annotations write it, `,"layer":"NAME","start":`,
 * made once a layer into @member (emptied first): the members every
 * annotation opens with are written in one step (write_annotation()). */
static void
layer_member (GString *member, const char *layer)
{
  AssayJsonWriter w;
  assay_json_writer_init (&w, member);
  json_open (&w, '{');
  g_string_truncate (member, 0);
  json_wrote_member (&w);
  JSON_KEY_LITERAL (&w, "layer");
  json_string (&w, layer);
  JSON_KEY_LITERAL (&w, "start");
}

/* What a bare annotation ends with: no label, no attributes. */
#define BARE_TAIL ",\"label\":null,\"attrs\":{}}"

/* The most attributes write_plain_tail() takes (a timex has three to
 * six); more go the writer's way. */
#define PLAIN_ATTRS_MAX 8

/* An annotation's label and attributes, `,"label":..,"attrs":{..}`, in
 * one reservation when its label, keys and values are all plain
 * (json_plain_len()): FALSE, with nothing written, otherwise.  A key and
 * a value a step each through the writer, with its comma bits and a check
 * for room at each quote, made the records of the dates pipeline on the
 * first 5 MB of bench/dates-bench.py's input 46.7M instructions, 40.1M
 * this way (callgrind, -j 1; plugins/dates/SPEED.md, twentieth
 * session). */
static gboolean
write_plain_tail (AssayJsonWriter *w, const AssayAnnotation *a)
{
  gsize lens[1 + 2 * PLAIN_ATTRS_MAX];
  guint n = a->n_attrs;
  if (n > 2 * PLAIN_ATTRS_MAX)
    return FALSE;
  gsize need = sizeof ",\"label\":\"\",\"attrs\":{}" + 4;
  lens[0] = a->label ? json_plain_len (a->label) : 4;
  if (lens[0] == G_MAXSIZE)
    return FALSE;
  need += lens[0];
  for (guint i = 0; i < n; i++)
    {
      lens[1 + i] = json_plain_len (a->attrs[i]);
      if (lens[1 + i] == G_MAXSIZE)
        return FALSE;
      need += lens[1 + i] + 4; /* its quotes, and a colon or a comma */
    }
  char *p = json_reserve (w->out, need);
  if (a->label)
    {
      memcpy (p, ",\"label\":\"", 10);
      json_copy (p + 10, a->label, lens[0]);
      p += 10 + lens[0];
      *p++ = '"';
    }
  else
    {
      memcpy (p, ",\"label\":null", 13);
      p += 13;
    }
  memcpy (p, ",\"attrs\":{", 10);
  p += 10;
  for (guint i = 0; i < n; i += 2)
    {
      if (i)
        *p++ = ',';
      *p++ = '"';
      json_copy (p, a->attrs[i], lens[1 + i]);
      p += lens[1 + i];
      memcpy (p, "\":\"", 3);
      p += 3;
      json_copy (p, a->attrs[i + 1], lens[2 + i]);
      p += lens[2 + i];
      *p++ = '"';
    }
  *p++ = '}';
  /* no NUL stored, as after json_put_len() */
  w->out->len = p - w->out->str;
  return TRUE;
}

/* @layer: the annotation's layer_member().  Its id, layer, start and end
 * go through one reservation (a bare one, all of it: write_bare()): one
 * call each into the writer made the dates pipeline's records a fifth of
 * its instructions (callgrind on bench/dates-bench.py's 20 MB).
 * The annotation's fields are read as the core's own, not through the
 * public getters: seven calls an annotation through the GOT, each with
 * its argument check, were 1% of the same (1,897.3M -> 1,878.1M). */
static void
write_annotation (AssayJsonWriter *w, const AssayDocument *doc, const AssayAnnotation *a,
                  const char *text, gboolean with_text, const GString *layer)
{
  gsize start = a->start, end = a->end;
  guint n_refs = a->refs ? a->refs->len : 0;
  gboolean rewritten = doc->map != NULL;

  json_open (w, '{');
  char *p = json_reserve (w->out, 3 * JSON_UINT_MAX + layer->len + 16);
  memcpy (p, "\"id\":", 5);
  p = json_format_uint (p + 5, a->id);
  json_copy (p, layer->str, layer->len);
  p = json_format_uint (p + layer->len, start);
  memcpy (p, ",\"end\":", 7);
  p = json_format_uint (p + 7, end);
  json_commit (w->out, p);
  json_wrote_member (w);
  if (rewritten)
    {
      gsize orig_start, orig_end;
      assay_document_map_to_original (doc, start, end, &orig_start, &orig_end);
      JSON_KEY_LITERAL (w, "orig_start");
      json_int (w, orig_start);
      JSON_KEY_LITERAL (w, "orig_end");
      json_int (w, orig_end);
    }
  if (with_text)
    {
      JSON_KEY_LITERAL (w, "text");
      json_string_valid (w, text + start, end - start);
    }
  if (!write_plain_tail (w, a))
    {
      JSON_KEY_LITERAL (w, "label");
      json_string (w, a->label);
      JSON_KEY_LITERAL (w, "attrs");
      json_open (w, '{');
      /* keys and values in turn */
      for (guint i = 0; i < a->n_attrs; i += 2)
        {
          json_key (w, a->attrs[i]);
          json_string (w, a->attrs[i + 1]);
        }
      json_close (w, '}');
    }
  if (n_refs > 0)
    {
      JSON_KEY_LITERAL (w, "refs");
      json_open (w, '{');
      for (guint i = 0; i < n_refs; i++)
        {
          const char *key;
          guint n_ids;
          const guint *ids = assay_annotation_get_nth_ref (a, i, &key, &n_ids);
          json_key (w, key);
          json_open (w, '[');
          for (guint j = 0; j < n_ids; j++)
            json_int (w, ids[j]);
          json_close (w, ']');
        }
      json_close (w, '}');
    }
  json_close (w, '}');
}

/* A bare annotation (see write_annotation()), in an array of annotations
 * whose layer writes no text, in a document not rewritten: its comma,
 * braces and members in one reservation, without the writer's steps for
 * an object opened and closed (its depth and comma bits, the close's
 * check) and without the test for original offsets: the paragraph,
 * sentence and section layers are most of the dates pipeline's
 * annotations: the whole process on bench/dates-bench.py's 20 MB
 * (callgrind, -j 1) 1,812.3M -> 1,805.3M instructions. */
static inline void
write_bare (AssayJsonWriter *w, const AssayAnnotation *a, const GString *layer)
{
  char *p = json_reserve (w->out, 2 + 3 * JSON_UINT_MAX + layer->len + 16 + sizeof BARE_TAIL);
  guint64 bit = G_GUINT64_CONSTANT (1) << (w->depth & 63);
  /* the comma before all but an array's first value, without a branch */
  *p = ',';
  p += (w->need_comma & bit) != 0;
  w->need_comma |= bit;
  memcpy (p, "{\"id\":", 6);
  p = json_format_uint (p + 6, a->id);
  json_copy (p, layer->str, layer->len);
  p = json_format_uint (p + layer->len, a->start);
  memcpy (p, ",\"end\":", 7);
  p = json_format_uint (p + 7, a->end);
  memcpy (p, BARE_TAIL, sizeof BARE_TAIL - 1);
  /* no NUL stored: the record's closing newline ends the string, as
   * after json_put_len() */
  w->out->len = p + sizeof BARE_TAIL - 1 - w->out->str;
}

static void
write_finding_body (AssayJsonWriter *w, const AssayFinding *f)
{
  assay_json_key (w, "kind");
  assay_json_string (w, assay_finding_get_kind (f));
  assay_json_key (w, "severity");
  assay_json_string (w, assay_severity_to_string (assay_finding_get_severity (f)));
  assay_json_key (w, "message");
  assay_json_string (w, assay_finding_get_message (f));
  assay_json_key (w, "evidence");
  assay_json_begin_array (w);
  for (guint i = 0, n = assay_finding_get_n_evidence (f); i < n; i++)
    {
      const char *doc_id, *text;
      gsize start, end;
      const guint *ids;
      guint n_ids;
      assay_finding_get_evidence (f, i, &doc_id, &start, &end, &text, &ids, &n_ids);
      assay_json_begin_object (w);
      assay_json_key (w, "doc");
      assay_json_string (w, doc_id);
      assay_json_key (w, "start");
      assay_json_int (w, start);
      assay_json_key (w, "end");
      assay_json_int (w, end);
      assay_json_key (w, "text");
      assay_json_string (w, text);
      if (n_ids > 0)
        {
          assay_json_key (w, "annotations");
          assay_json_begin_array (w);
          for (guint j = 0; j < n_ids; j++)
            assay_json_int (w, ids[j]);
          assay_json_end_array (w);
        }
      assay_json_end_object (w);
    }
  assay_json_end_array (w);
}

void
assay_output_document (GString *out, const AssayDocument *doc, const AssayOutputOptions *opts)
{
  AssayJsonWriter w;
  gsize text_len;
  const char *text = assay_document_get_text (doc, &text_len);

  assay_json_writer_init (&w, out);
  assay_json_begin_object (&w);
  assay_json_key (&w, "type");
  assay_json_string (&w, "doc");
  assay_json_key (&w, "id");
  assay_json_string (&w, assay_document_get_id (doc));
  assay_json_key (&w, "meta");
  assay_json_begin_object (&w);
  /* A story the input named comes first, where the cross-document phase
   * replaces it with the story it finds (assay-stories.c): one key. */
  const char *story = assay_document_get_meta (doc, "story");
  if (story)
    {
      assay_json_key (&w, "story");
      assay_json_string (&w, story);
    }
  assay_document_foreach_meta (doc, write_meta, &w);
  assay_json_end_object (&w);
  assay_json_key (&w, "text");
  assay_json_string_valid (&w, text, text_len);
  if (opts && opts->with_original && assay_document_is_rewritten (doc))
    {
      gsize orig_len;
      const char *orig = assay_document_get_original_text (doc, &orig_len);
      assay_json_key (&w, "original");
      assay_json_string_valid (&w, orig, orig_len);
    }

  assay_json_key (&w, "annotations");
  assay_json_begin_array (&w);
  guint n_layers;
  const char *const *layers = assay_document_get_layers (doc, &n_layers);
  /* one buffer for the layers' members: a GString a layer was 0.5% of
   * the dates pipeline's instructions (callgrind, bench/dates-bench.py) */
  g_autoptr (GString) member = g_string_sized_new (64);
  for (guint l = 0; l < n_layers; l++)
    {
      if (!layer_wanted (opts, layers[l]))
        continue;
      guint n;
      AssayAnnotation *const *list = assay_document_get_annotations (doc, layers[l], &n);
      gboolean with_text = layer_has_text (opts, layers[l]);
      layer_member (member, layers[l]);
      gboolean may_be_bare = !with_text && doc->map == NULL;
      for (guint i = 0; i < n; i++)
        {
          const AssayAnnotation *a = list[i];
          if (may_be_bare && a->label == NULL && a->n_attrs == 0 && (a->refs == NULL || a->refs->len == 0))
            write_bare (&w, a, member);
          else
            write_annotation (&w, doc, a, text, with_text, member);
        }
    }
  assay_json_end_array (&w);

  assay_json_key (&w, "findings");
  assay_json_begin_array (&w);
  for (guint i = 0, n = assay_document_get_n_findings (doc); i < n; i++)
    {
      assay_json_begin_object (&w);
      write_finding_body (&w, assay_document_get_finding (doc, i));
      assay_json_end_object (&w);
    }
  assay_json_end_array (&w);
  assay_json_end_object (&w);
  g_string_append_c (out, '\n');
}

void
assay_output_finding (GString *out, const AssayFinding *finding)
{
  assay_output_finding_in_story (out, finding, NULL);
}

void
assay_output_finding_in_story (GString *out, const AssayFinding *finding, const char *story)
{
  AssayJsonWriter w;
  assay_json_writer_init (&w, out);
  assay_json_begin_object (&w);
  assay_json_key (&w, "type");
  assay_json_string (&w, "finding");
  if (story)
    {
      assay_json_key (&w, "story");
      assay_json_string (&w, story);
    }
  write_finding_body (&w, finding);
  assay_json_end_object (&w);
  g_string_append_c (out, '\n');
}

void
assay_output_error (GString *out,
                    const char *id,
                    const char *stage,
                    const char *input,
                    const char *message)
{
  AssayJsonWriter w;
  assay_json_writer_init (&w, out);
  assay_json_begin_object (&w);
  assay_json_key (&w, "type");
  assay_json_string (&w, "error");
  assay_json_key (&w, "id");
  assay_json_string (&w, id);
  assay_json_key (&w, "stage");
  assay_json_string (&w, stage);
  assay_json_key (&w, "input");
  assay_json_string (&w, input);
  assay_json_key (&w, "message");
  assay_json_string (&w, message);
  assay_json_end_object (&w);
  g_string_append_c (out, '\n');
}

/* ---- the -o file ---------------------------------------------------------- */

/* The output is written to a file with no name, or a hidden one, and
 * renamed over the final name only when whole: readers of the final name
 * see the old file or the new one, never half of one.
 *
 * On Linux the file is made with O_TMPFILE: it has no name until the run
 * has finished, so a run killed by SIGKILL (or a crash, or power loss)
 * leaves nothing behind, and the old output stays as it was.  Where the
 * file system cannot do that, the file is named .NAME.partial-PID-XXXXXX
 * beside the output; `assay run` removes it on SIGINT, SIGTERM and SIGHUP,
 * and the next run writing the same output removes those of processes
 * that no longer exist. */


struct _AssayOutputFile
{
  char *final_path; /* after symbolic links */
  char *partial;    /* the hidden name, when the file has one */
  FILE *stream;
  int fd;
  gboolean in_place; /* a FIFO or a device, written directly */
  gboolean unnamed;  /* O_TMPFILE */
  mode_t mode;
  char *buffer;      /* the stream's, OUTPUT_BUFFER bytes; freed after it is closed */
};

/* Follows symbolic links from @path to the name the data lives under,
 * also when the last link dangles (the file is created there, and the
 * link stays a link). */
static char *
resolve_links (const char *path, GError **error)
{
  char *current = g_strdup (path);
  for (int hops = 0; hops < 40; hops++)
    {
      struct stat st;
      if (lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return current;
      g_autoptr (GError) local = NULL;
      g_autofree char *target = g_file_read_link (current, &local);
      if (target == NULL)
        {
          g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "cannot write %s: %s", path,
                       local->message);
          g_free (current);
          return NULL;
        }
      char *next;
      if (g_path_is_absolute (target))
        next = g_steal_pointer (&target);
      else
        {
          g_autofree char *dir = g_path_get_dirname (current);
          next = g_build_filename (dir, target, NULL);
        }
      g_free (current);
      current = next;
    }
  g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
               "cannot write %s: too many levels of symbolic links", path);
  g_free (current);
  return NULL;
}

static mode_t
current_umask (void)
{
  /* Read and restore at once; the tool calls this before any thread runs. */
  mode_t mask = umask (022);
  umask (mask);
  return mask;
}

/* Removes .NAME.partial-PID-XXXXXX files beside @final_path whose process
 * is gone: what a killed run left where O_TMPFILE was not available. */
static void
remove_stale_partials (const char *final_path)
{
  g_autofree char *dir = g_path_get_dirname (final_path);
  g_autofree char *base = g_path_get_basename (final_path);
  g_autofree char *prefix = g_strdup_printf (".%s.partial-", base);
  GDir *d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    return;
  const char *name;
  while ((name = g_dir_read_name (d)))
    {
      if (!g_str_has_prefix (name, prefix))
        continue;
      char *end = NULL;
      guint64 pid = g_ascii_strtoull (name + strlen (prefix), &end, 10);
      if (pid == 0 || pid > G_MAXINT || end == NULL || *end != '-')
        continue;
      if (kill ((pid_t) pid, 0) == 0 || errno != ESRCH)
        continue;
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_dir_close (d);
}

/* Makes a new hidden name beside the output, for the file open as @fd
 * (O_TMPFILE) or for a new file (@fd < 0).  Returns the descriptor. */
static int
make_partial (AssayOutputFile *f, int fd, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (f->final_path);
  g_autofree char *base = g_path_get_basename (f->final_path);
  for (int attempt = 0; attempt < 100; attempt++)
    {
      g_free (f->partial);
      f->partial = g_strdup_printf ("%s/.%s.partial-%ld-%08x", dir, base, (long) getpid (),
                                    g_random_int ());
      if (fd >= 0)
        {
          g_autofree char *proc = g_strdup_printf ("/proc/self/fd/%d", fd);
          if (linkat (AT_FDCWD, proc, AT_FDCWD, f->partial, AT_SYMLINK_FOLLOW) == 0)
            return fd;
        }
      else
        {
          int made = open (f->partial, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
          if (made >= 0)
            return made;
        }
      if (errno != EEXIST)
        break;
    }
  int saved = errno;
  g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "cannot write %s (as %s): %s",
               f->final_path, f->partial, g_strerror (saved));
  g_clear_pointer (&f->partial, g_free);
  return -1;
}

/* The output's stdio buffer.  A record (about 5 KB of a news article
 * with every layer) is larger than stdio's default of a block (4 KiB),
 * so each went out in a write() of its own: 11,368 system calls for
 * 8,900 records, about a tenth of the dates pipeline's CPU time by
 * strace's account.  In 256 KiB, about 200.  (glibc's setvbuf() takes a
 * size only with a buffer given.) */
#define OUTPUT_BUFFER (256 * 1024)

static void
give_buffer (AssayOutputFile *f)
{
  f->buffer = g_malloc (OUTPUT_BUFFER);
  if (setvbuf (f->stream, f->buffer, _IOFBF, OUTPUT_BUFFER) != 0)
    g_clear_pointer (&f->buffer, g_free);
}

AssayOutputFile *
assay_output_file_open (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_autofree char *final_path = resolve_links (path, error);
  if (final_path == NULL)
    return NULL;
  AssayOutputFile *f = g_new0 (AssayOutputFile, 1);
  f->final_path = g_steal_pointer (&final_path);
  f->fd = -1;
  g_autofree char *dir = g_path_get_dirname (f->final_path);

  struct stat st;
  gboolean exists = stat (f->final_path, &st) == 0;
  if (exists && !S_ISREG (st.st_mode))
    {
      /* A device or a pipe (-o /dev/null, a FIFO) is written in place:
       * renaming a file over it would replace the device node itself. */
      f->in_place = TRUE;
      f->stream = fopen (f->final_path, "w");
      if (f->stream == NULL)
        goto failed;
      /* a reader at the other end of a pipe gets records as they come */
      if (!S_ISFIFO (st.st_mode))
        give_buffer (f);
      return f;
    }
  /* The mode of the file replaced, or what the umask gives a new one. */
  f->mode = exists ? st.st_mode & 07777 : 0666 & ~current_umask ();

  remove_stale_partials (f->final_path);
  if (O_TMPFILE != 0 && g_file_test ("/proc/self/fd", G_FILE_TEST_IS_DIR))
    {
      f->fd = open (dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
      /* A file system without O_TMPFILE says so; anything else (no such
       * folder, no permission) would be the answer for a named file too. */
      if (f->fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
        goto failed;
    }
  f->unnamed = f->fd >= 0;
  if (!f->unnamed && (f->fd = make_partial (f, -1, error)) < 0)
    {
      assay_output_file_abort (f);
      return NULL;
    }
  if (fchmod (f->fd, f->mode) != 0 || (f->stream = fdopen (f->fd, "w")) == NULL)
    goto failed;
  give_buffer (f);
  return f;

failed:
  {
    int saved = errno;
    g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "cannot write %s: %s", path,
                 g_strerror (saved));
    assay_output_file_abort (f);
    return NULL;
  }
}

FILE *
assay_output_file_get_stream (AssayOutputFile *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  return f->stream;
}

const char *
assay_output_file_get_partial_path (AssayOutputFile *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  return f->partial;
}

gboolean
assay_output_file_commit (AssayOutputFile *f, GError **error)
{
  g_return_val_if_fail (f != NULL, FALSE);
  gboolean ok = fflush (f->stream) == 0 && (f->in_place || fsync (fileno (f->stream)) == 0);
  int saved = errno;
  if (ok && f->unnamed)
    ok = make_partial (f, fileno (f->stream), error) >= 0;
  else if (!ok)
    g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "writing %s failed: %s",
                 f->final_path, g_strerror (saved));
  if (fclose (f->stream) != 0 && ok)
    {
      saved = errno;
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "writing %s failed: %s",
                   f->final_path, g_strerror (saved));
      ok = FALSE;
    }
  f->stream = NULL;
  f->fd = -1;
  if (ok && f->partial && g_rename (f->partial, f->final_path) != 0)
    {
      saved = errno;
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "cannot rename %s to %s: %s",
                   f->partial, f->final_path, g_strerror (saved));
      ok = FALSE;
    }
  if (ok)
    g_clear_pointer (&f->partial, g_free);
  assay_output_file_abort (f);
  return ok;
}

void
assay_output_file_abort (AssayOutputFile *f)
{
  if (f == NULL)
    return;
  if (f->stream)
    fclose (f->stream);
  else if (f->fd >= 0)
    close (f->fd);
  if (f->partial)
    g_unlink (f->partial);
  g_free (f->partial);
  g_free (f->final_path);
  g_free (f->buffer);
  g_free (f);
}
