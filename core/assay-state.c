/* assay-state.c: the state file `assay map` writes and `assay reduce`
 * reads: each cross-document stage's state, framed so that a reduce
 * refuses a state of another pipeline and a stage never reads another's
 * bytes.  The format (docs/cluster.md has it in full):
 *
 *   "ASSAY-STATE\n"            12 bytes, the magic
 *   u32 format version         ASSAY_STATE_FORMAT_VERSION
 *   u32 length, bytes          the pipeline's description (below)
 *   32 bytes                   its SHA-256, the pipeline's fingerprint
 *   u32 length, bytes          the reference date, length 0xFFFFFFFF for none
 *   u64 documents, u64 errors  the doc and error records the map wrote
 *   per stage with a cross-document phase, in pipeline order:
 *     u8 status                0: state follows; 1: collect() failed
 *     (status 1) u32 length, bytes: the failure's message
 *     u64 length, bytes        what the stage's save() wrote
 *   "END-STATE\n"              10 bytes: the file is whole
 *
 * Integers of the frame are little-endian.  The description names every
 * stage (instance, stage, version, and whether it keeps a state) and every
 * option's value, one a line, so a mismatch is reported as the first line
 * that differs.
 */
#include "assay-private.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

ASSAY_DEFINE_QUARK (assay-state-error-quark, assay_state_error)

static const char state_magic[] = "ASSAY-STATE\n";
static const char state_trailer[] = "END-STATE\n";
#define NO_STRING 0xFFFFFFFFu
/* The description and a failure's message are small; a larger length is a
 * damaged file, not something to allocate. */
#define MAX_FRAME_STRING (16u << 20)

/* A writer and a reader go to a state file, or (buffer, data) to memory:
 * a stage's own records in the state's encoding (assay_state_writer_new_
 * buffer()), so that a stage has one codec for its state and its spills. */
struct _AssayStateWriter
{
  FILE *file;
  const char *path;
  GByteArray *buffer;
};

struct _AssayStateReader
{
  FILE *file;
  const char *path;
  guint64 remaining;
  const guint8 *data; /* a buffer reader's next byte */
  char *what;         /* a buffer reader's name for its messages (owned) */
};

/* ---- what stages call ------------------------------------------------------ */

gboolean
assay_state_write (AssayStateWriter *writer, gconstpointer data, gsize length, GError **error)
{
  g_return_val_if_fail (writer != NULL && (data != NULL || length == 0), FALSE);
  if (writer->buffer)
    {
      if (length)
        g_byte_array_append (writer->buffer, data, length);
      return TRUE;
    }
  if (length == 0 || fwrite (data, 1, length, writer->file) == length)
    return TRUE;
  g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED, "writing the state file %s failed: %s",
               writer->path, g_strerror (errno));
  return FALSE;
}

gboolean
assay_state_write_uint (AssayStateWriter *writer, guint64 value, GError **error)
{
  g_return_val_if_fail (writer != NULL, FALSE);
  guint8 bytes[10];
  gsize n = 0;
  do
    {
      bytes[n] = value & 0x7F;
      value >>= 7;
      bytes[n++] |= value ? 0x80 : 0;
    }
  while (value);
  return assay_state_write (writer, bytes, n, error);
}

gboolean
assay_state_write_string (AssayStateWriter *writer, const char *value, GError **error)
{
  g_return_val_if_fail (writer != NULL, FALSE);
  /* 0 is NULL, n + 1 a string of n bytes. */
  gsize length = value ? strlen (value) : 0;
  return assay_state_write_uint (writer, value ? length + 1 : 0, error)
         && assay_state_write (writer, value, length, error);
}

static gboolean
reader_fail (AssayStateReader *reader, const char *what, GError **error)
{
  if (reader->what)
    g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT, "%s is damaged: %s", reader->what, what);
  else
    g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT, "the state file %s is damaged: %s", reader->path,
                 what);
  return FALSE;
}

gboolean
assay_state_read (AssayStateReader *reader, gpointer data, gsize length, GError **error)
{
  g_return_val_if_fail (reader != NULL && (data != NULL || length == 0), FALSE);
  if (length > reader->remaining)
    return reader_fail (reader,
                        reader->data ? "it ends before all of it is read" : "a stage's state ends before the stage has read it all",
                        error);
  if (reader->data)
    {
      if (length)
        memcpy (data, reader->data, length);
      reader->data += length;
      reader->remaining -= length;
      return TRUE;
    }
  if (length > 0 && fread (data, 1, length, reader->file) != length)
    {
      if (ferror (reader->file))
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT, "reading the state file %s failed: %s",
                       reader->path, g_strerror (errno));
          return FALSE;
        }
      return reader_fail (reader, "it ends in the middle (was its map killed?)", error);
    }
  reader->remaining -= length;
  return TRUE;
}

gboolean
assay_state_read_uint (AssayStateReader *reader, guint64 *value, GError **error)
{
  g_return_val_if_fail (reader != NULL && value != NULL, FALSE);
  guint64 v = 0;
  for (guint shift = 0;; shift += 7)
    {
      guint8 byte;
      if (!assay_state_read (reader, &byte, 1, error))
        return FALSE;
      if (shift == 63 && byte > 1)
        return reader_fail (reader, "a number does not fit 64 bits", error);
      v |= (guint64) (byte & 0x7F) << shift;
      if (!(byte & 0x80))
        break;
      if (shift == 63)
        return reader_fail (reader, "a number does not fit 64 bits", error);
    }
  *value = v;
  return TRUE;
}

gboolean
assay_state_read_string (AssayStateReader *reader, char **value, GError **error)
{
  g_return_val_if_fail (reader != NULL && value != NULL, FALSE);
  *value = NULL;
  guint64 n;
  if (!assay_state_read_uint (reader, &n, error))
    return FALSE;
  if (n == 0)
    return TRUE;
  /* Checked before allocating: a damaged length must not take the memory. */
  if (n - 1 > reader->remaining)
    return reader_fail (reader, "a string is longer than what is left of the stage's state", error);
  char *s = g_malloc (n);
  if (!assay_state_read (reader, s, n - 1, error))
    {
      g_free (s);
      return FALSE;
    }
  s[n - 1] = '\0';
  if (memchr (s, '\0', n - 1))
    {
      g_free (s);
      return reader_fail (reader, "a string holds a NUL byte", error);
    }
  *value = s;
  return TRUE;
}

guint64
assay_state_reader_get_remaining (const AssayStateReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);
  return reader->remaining;
}

const char *
assay_state_reader_get_path (const AssayStateReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);
  return reader->what ? reader->what : reader->path;
}

/* ---- buffers: a stage's records in the state's encoding ------------------- */

AssayStateWriter *
assay_state_writer_new_buffer (void)
{
  AssayStateWriter *writer = g_new0 (AssayStateWriter, 1);
  writer->buffer = g_byte_array_new ();
  writer->path = "(a buffer in memory)";
  return writer;
}

const guint8 *
assay_state_writer_get_buffer (const AssayStateWriter *writer, gsize *length)
{
  g_return_val_if_fail (writer != NULL && writer->buffer != NULL && length != NULL, NULL);
  *length = writer->buffer->len;
  return writer->buffer->data;
}

void
assay_state_writer_clear_buffer (AssayStateWriter *writer)
{
  g_return_if_fail (writer != NULL && writer->buffer != NULL);
  g_byte_array_set_size (writer->buffer, 0);
}

void
assay_state_writer_free (AssayStateWriter *writer)
{
  if (writer == NULL)
    return;
  g_return_if_fail (writer->buffer != NULL);
  g_byte_array_unref (writer->buffer);
  g_free (writer);
}

AssayStateReader *
assay_state_reader_new_buffer (gconstpointer data, gsize length, const char *what)
{
  g_return_val_if_fail ((data != NULL || length == 0) && what != NULL, NULL);
  AssayStateReader *reader = g_new0 (AssayStateReader, 1);
  /* A reader of no bytes still reads from memory, never from a file. */
  reader->data = data ? data : (const guint8 *) "";
  reader->remaining = length;
  reader->what = g_strdup (what);
  reader->path = reader->what;
  return reader;
}

void
assay_state_reader_free (AssayStateReader *reader)
{
  if (reader == NULL)
    return;
  g_return_if_fail (reader->what != NULL);
  g_free (reader->what);
  g_free (reader);
}

/* ---- the pipeline's description ------------------------------------------- */

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

gboolean
assay_stage_has_state (const AssayStageDesc *desc)
{
  return desc->collect != NULL || desc->finish != NULL || desc->join != NULL;
}

/* Adds @path's bytes (a regular file) to @sum; FALSE when it cannot be
 * read.  Read through a fixed buffer, not whole: a stage's data folder
 * holds files of megabytes (the entities' gazetteer image, 11 MB), and a
 * reduce describes the pipeline for its states, so whole files made its
 * peak (and under ASan, whose quarantine keeps what is freed, every file
 * read) the sum of the data folders. */
static gboolean
checksum_file (GChecksum *sum, const char *path)
{
  int fd = assay_open_input (path, TRUE, NULL);
  if (fd < 0)
    return FALSE;
  guchar buffer[64 * 1024];
  ssize_t n;
  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        break;
      g_checksum_update (sum, buffer, n);
    }
  close (fd);
  return n == 0;
}

/* Adds to @sum the name and bytes of each file in the folder @dir, in
 * the order of their names (a subfolder adds its name only); FALSE when
 * the folder cannot be opened. */
static gboolean
checksum_folder (GChecksum *sum, const char *dir)
{
  g_autoptr (GDir) folder = g_dir_open (dir, 0, NULL);
  if (folder == NULL)
    return FALSE;
  g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (folder)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      g_checksum_update (sum, (const guchar *) names->pdata[i], strlen (names->pdata[i]) + 1);
      checksum_file (sum, path);
    }
  return TRUE;
}

/* The SHA-256 of a stage's code and of the files in its data folder: a
 * stage rebuilt or given other data without a new version number must
 * not merge with states of the old one (its stories would differ). */
static char *
stage_build_digest (const AssayStageInfo *info)
{
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  checksum_file (sum, info->file);
  if (info->data_dir)
    checksum_folder (sum, info->data_dir);
  return g_strdup (g_checksum_get_string (sum));
}

char *
assay_pipeline_describe (const AssayPipeline *pipeline)
{
  GString *text = g_string_new (NULL);
  for (guint s = 0; s < pipeline->stages->len; s++)
    {
      const AssayPipelineStage *stage = pipeline->stages->pdata[s];
      const AssayStageInfo *info = stage->info;
      g_autofree char *build = stage_build_digest (info);
      g_string_append_printf (text, "stage %s: %s %s%s\n  %s: code and data sha256 %s\n", stage->instance,
                              info->desc.name, info->desc.version,
                              assay_stage_has_state (&info->desc) ? ", with a cross-document state" : "",
                              stage->instance, build);
      for (guint o = 0; o < info->n_options; o++)
        {
          const AssayOptionSpec *spec = &info->options[o];
          g_autofree char *value = assay_options_to_text (stage->options, spec->name);
          g_string_append_printf (text, "  %s.%s = %s\n", stage->instance, spec->name, value ? value : "(unset)");
          /* A file or folder named by an option is data too, wherever it
           * lies: a copy of a stage's data folder (entities.data=COPY) is
           * hashed as the stage's own folder is, so a state made before
           * a file in the copy changed is refused. */
          const char *path = spec->type == ASSAY_OPTION_PATH ? assay_options_get_string (stage->options, spec->name)
                                                             : NULL;
          g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
          gboolean hashed = path && (g_file_test (path, G_FILE_TEST_IS_DIR) ? checksum_folder (sum, path)
                                                                            : checksum_file (sum, path));
          if (hashed)
            g_string_append_printf (text, "  %s.%s: sha256 %s\n", stage->instance, spec->name,
                                    g_checksum_get_string (sum));
        }
    }
  return g_string_free (text, FALSE);
}

/* ---- the frame: writing ------------------------------------------------- */

struct _AssayStateOut
{
  FILE *file;
  char *path;
  AssayStateWriter writer;
  off_t stage_at; /* where the current stage's length goes */
};

static gboolean
out_bytes (AssayStateOut *out, gconstpointer data, gsize length, GError **error)
{
  if (length == 0 || fwrite (data, 1, length, out->file) == length)
    return TRUE;
  g_set_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_IO, "writing the state file %s failed: %s", out->path,
               g_strerror (errno));
  return FALSE;
}

static gboolean
out_u32 (AssayStateOut *out, guint32 v, GError **error)
{
  v = GUINT32_TO_LE (v);
  return out_bytes (out, &v, 4, error);
}

static gboolean
out_u64 (AssayStateOut *out, guint64 v, GError **error)
{
  v = GUINT64_TO_LE (v);
  return out_bytes (out, &v, 8, error);
}

static gboolean
out_string (AssayStateOut *out, const char *s, GError **error)
{
  if (s == NULL)
    return out_u32 (out, NO_STRING, error);
  gsize n = strlen (s);
  return out_u32 (out, n, error) && out_bytes (out, s, n, error);
}

AssayStateOut *
assay_state_out_new (FILE *file,
                     const char *path,
                     const AssayPipeline *pipeline,
                     const char *reference_date,
                     guint64 n_documents,
                     guint64 n_errors,
                     GError **error)
{
  g_return_val_if_fail (file != NULL && path != NULL && pipeline != NULL, NULL);
  AssayStateOut *out = g_new0 (AssayStateOut, 1);
  out->file = file;
  out->path = g_strdup (path);
  out->writer = (AssayStateWriter){ .file = file, .path = out->path };
  g_autofree char *description = assay_pipeline_describe (pipeline);
  guint8 digest[32];
  gsize digest_len = sizeof digest;
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (sum, (const guchar *) description, strlen (description));
  g_checksum_get_digest (sum, digest, &digest_len);
  if (!out_bytes (out, state_magic, strlen (state_magic), error) || !out_u32 (out, ASSAY_STATE_FORMAT_VERSION, error)
      || !out_string (out, description, error) || !out_bytes (out, digest, sizeof digest, error)
      || !out_string (out, reference_date, error) || !out_u64 (out, n_documents, error)
      || !out_u64 (out, n_errors, error))
    {
      assay_state_out_free (out);
      return NULL;
    }
  return out;
}

AssayStateWriter *
assay_state_out_begin_stage (AssayStateOut *out, const char *failure, GError **error)
{
  guint8 status = failure != NULL;
  if (!out_bytes (out, &status, 1, error) || (failure && !out_string (out, failure, error)))
    return NULL;
  /* The length is known at the end: written as 0 now, then over. */
  if (fflush (out->file) != 0 || (out->stage_at = ftello (out->file)) < 0)
    {
      g_set_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_IO,
                   "writing the state file %s failed: %s (a state file must be a regular file)", out->path,
                   g_strerror (errno));
      return NULL;
    }
  return out_u64 (out, 0, error) ? &out->writer : NULL;
}

gboolean
assay_state_out_end_stage (AssayStateOut *out, GError **error)
{
  off_t end = ftello (out->file);
  guint64 length = (guint64) (end - out->stage_at) - 8;
  if (end < 0 || fseeko (out->file, out->stage_at, SEEK_SET) != 0 || !out_u64 (out, length, error)
      || fseeko (out->file, end, SEEK_SET) != 0)
    {
      if (error && *error == NULL)
        g_set_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_IO,
                     "writing the state file %s failed: %s (a state file must be a regular file)", out->path,
                     g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

gboolean
assay_state_out_finish (AssayStateOut *out, GError **error)
{
  if (!out_bytes (out, state_trailer, strlen (state_trailer), error))
    return FALSE;
  if (fflush (out->file) != 0)
    {
      g_set_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_IO, "writing the state file %s failed: %s",
                   out->path, g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

void
assay_state_out_free (AssayStateOut *out)
{
  if (out == NULL)
    return;
  g_free (out->path);
  g_free (out);
}

/* ---- the frame: reading ------------------------------------------------- */

struct _AssayStateIn
{
  FILE *file;
  char *path;
  char *reference_date;
  guint64 n_documents, n_errors;
  AssayStateReader reader;
};

static gboolean
in_fail (AssayStateIn *in, int code, GError **error, const char *format, ...) G_GNUC_PRINTF (4, 5);

static gboolean
in_fail (AssayStateIn *in, int code, GError **error, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, ASSAY_STATE_ERROR, code, "%s: %s", in->path, what);
  return FALSE;
}

static gboolean
in_bytes (AssayStateIn *in, gpointer data, gsize length, GError **error)
{
  if (length == 0 || fread (data, 1, length, in->file) == length)
    return TRUE;
  if (ferror (in->file))
    return in_fail (in, ASSAY_STATE_ERROR_IO, error, "reading failed: %s", g_strerror (errno));
  return in_fail (in, ASSAY_STATE_ERROR_FORMAT, error,
                  "the state file ends in the middle (was its map killed, or the copy cut short?)");
}

static gboolean
in_u32 (AssayStateIn *in, guint32 *v, GError **error)
{
  if (!in_bytes (in, v, 4, error))
    return FALSE;
  *v = GUINT32_FROM_LE (*v);
  return TRUE;
}

static gboolean
in_u64 (AssayStateIn *in, guint64 *v, GError **error)
{
  if (!in_bytes (in, v, 8, error))
    return FALSE;
  *v = GUINT64_FROM_LE (*v);
  return TRUE;
}

static gboolean
in_string (AssayStateIn *in, char **s, GError **error)
{
  guint32 n;
  *s = NULL;
  if (!in_u32 (in, &n, error))
    return FALSE;
  if (n == NO_STRING)
    return TRUE;
  if (n > MAX_FRAME_STRING)
    return in_fail (in, ASSAY_STATE_ERROR_FORMAT, error, "the state file is damaged (a %u-byte header string)", n);
  g_autofree char *raw = g_malloc (n + 1);
  raw[n] = '\0';
  if (!in_bytes (in, raw, n, error))
    return FALSE;
  /* A damaged file must not put invalid UTF-8 into messages. */
  *s = g_utf8_make_valid (raw, n);
  return TRUE;
}

/* The first line where @theirs and @ours differ, as "they: ...; this: ...". */
static char *
first_difference (const char *theirs, const char *ours)
{
  g_auto (GStrv) a = g_strsplit (theirs, "\n", -1);
  g_auto (GStrv) b = g_strsplit (ours, "\n", -1);
  for (guint i = 0;; i++)
    {
      const char *x = a[i] && *a[i] ? a[i] : NULL;
      const char *y = b[i] && *b[i] ? b[i] : NULL;
      if (g_strcmp0 (x, y) != 0)
        return g_strdup_printf ("the state's pipeline has \"%s\" where this one has \"%s\"",
                                x ? g_strstrip (a[i]) : "(no more stages)", y ? g_strstrip (b[i]) : "(no more stages)");
      if (x == NULL)
        return g_strdup ("the descriptions agree but the fingerprint does not (a damaged file)");
    }
}

static gboolean
in_header (AssayStateIn *in, const char *ours, GError **error)
{
  char magic[sizeof state_magic - 1];
  if (!in_bytes (in, magic, sizeof magic, error))
    return FALSE;
  if (memcmp (magic, state_magic, sizeof magic) != 0)
    return in_fail (in, ASSAY_STATE_ERROR_FORMAT, error, "not a state file of assay map (no ASSAY-STATE header)");
  guint32 version;
  if (!in_u32 (in, &version, error))
    return FALSE;
  if (version != ASSAY_STATE_FORMAT_VERSION)
    return in_fail (in, ASSAY_STATE_ERROR_MISMATCH, error,
                    "state format %u, and this assay (%s) reads format %u: run the map again with this assay",
                    version, assay_version_string (), (guint) ASSAY_STATE_FORMAT_VERSION);
  g_autofree char *description = NULL;
  guint8 digest[32];
  if (!in_string (in, &description, error) || !in_bytes (in, digest, sizeof digest, error))
    return FALSE;
  guint8 our_digest[32];
  gsize digest_len = sizeof our_digest;
  g_autoptr (GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (sum, (const guchar *) ours, strlen (ours));
  g_checksum_get_digest (sum, our_digest, &digest_len);
  if (description == NULL || memcmp (digest, our_digest, sizeof digest) != 0 || strcmp (description, ours) != 0)
    {
      g_autofree char *why = first_difference (description ? description : "", ours);
      return in_fail (in, ASSAY_STATE_ERROR_MISMATCH, error,
                      "the state was written by another pipeline (or other stage versions or options): %s; map "
                      "the shard again with this pipeline", why);
    }
  return in_string (in, &in->reference_date, error) && in_u64 (in, &in->n_documents, error)
         && in_u64 (in, &in->n_errors, error);
}

AssayStateIn *
assay_state_in_open (const char *path, const AssayPipeline *pipeline, GError **error)
{
  g_return_val_if_fail (path != NULL && pipeline != NULL, NULL);
  g_autofree char *description = assay_pipeline_describe (pipeline);
  return assay_state_in_open_described (path, description, error);
}

AssayStateIn *
assay_state_in_open_described (const char *path, const char *description, GError **error)
{
  g_return_val_if_fail (path != NULL && description != NULL, NULL);
  AssayStateIn *in = g_new0 (AssayStateIn, 1);
  in->path = g_strdup (path);
  in->reader.path = in->path;
  GError *local = NULL;
  int fd = assay_open_input (path, TRUE, &local);
  if (fd < 0 || (in->file = fdopen (fd, "rb")) == NULL)
    {
      if (fd >= 0)
        close (fd);
      g_set_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_IO, "%s",
                   local ? local->message : g_strerror (errno));
      g_clear_error (&local);
      assay_state_in_free (in);
      return NULL;
    }
  if (!in_header (in, description, error))
    {
      assay_state_in_free (in);
      return NULL;
    }
  return in;
}

const char *
assay_state_in_get_reference_date (const AssayStateIn *in)
{
  return in->reference_date;
}

guint64
assay_state_in_get_n_records (const AssayStateIn *in)
{
  return in->n_documents + in->n_errors;
}

AssayStateReader *
assay_state_in_next_stage (AssayStateIn *in, const char *stage, char **failure, GError **error)
{
  guint8 status;
  *failure = NULL;
  if (!in_bytes (in, &status, 1, error))
    return NULL;
  if (status > 1)
    {
      in_fail (in, ASSAY_STATE_ERROR_FORMAT, error, "the state file is damaged (stage '%s' has status %u)", stage,
               status);
      return NULL;
    }
  if (status == 1 && !in_string (in, failure, error))
    return NULL;
  if (status == 1 && *failure == NULL)
    *failure = g_strdup ("collect() failed");
  guint64 length;
  if (!in_u64 (in, &length, error))
    {
      g_clear_pointer (failure, g_free);
      return NULL;
    }
  in->reader.file = in->file;
  in->reader.remaining = length;
  return &in->reader;
}

gboolean
assay_state_in_end_stage (AssayStateIn *in, const char *stage, gboolean skip, GError **error)
{
  guint64 left = in->reader.remaining;
  if (left == 0)
    return TRUE;
  if (!skip)
    return in_fail (in, ASSAY_STATE_ERROR_FORMAT, error,
                    "stage '%s' left %" G_GUINT64_FORMAT " bytes of its state unread (a damaged file, or a stage "
                    "that does not read what it writes)", stage, left);
  if (fseeko (in->file, left, SEEK_CUR) != 0)
    return in_fail (in, ASSAY_STATE_ERROR_IO, error, "reading failed: %s", g_strerror (errno));
  in->reader.remaining = 0;
  return TRUE;
}

gboolean
assay_state_in_close (AssayStateIn *in, GError **error)
{
  char trailer[sizeof state_trailer - 1];
  if (!in_bytes (in, trailer, sizeof trailer, error))
    return FALSE;
  if (memcmp (trailer, state_trailer, sizeof trailer) != 0 || fgetc (in->file) != EOF)
    return in_fail (in, ASSAY_STATE_ERROR_FORMAT, error,
                    "the state file is damaged (no END-STATE where its stages end)");
  return TRUE;
}

void
assay_state_in_free (AssayStateIn *in)
{
  if (in == NULL)
    return;
  if (in->file)
    fclose (in->file);
  g_free (in->path);
  g_free (in->reference_date);
  g_free (in);
}
