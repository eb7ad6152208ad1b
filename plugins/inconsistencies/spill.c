/* spill.c: what the cross-document phase keeps on disk (spill.h).
 *
 * The corpus keeps, per document, only what the story grouping reads; the
 * names' text and the evidence sentences (read back for the records
 * written) and each document's claims (read back a story at a time) wait
 * in spills: unlinked temporary files in the run's temporary folder.  The
 * claims' records are written with the state's encoding (assay-state.h,
 * buffer writer and reader), the layout the state file keeps them in, so
 * one codec serves both.
 */
#include "spill.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

/* What a state's spill is copied in. */
#define CHUNK (256 * 1024)
/* What a spill gathers before it writes: a document adds a few small
 * pieces to each spill (its names, its evidence, its claims, its summary),
 * which unbuffered were a system call each (a map's system time doubled). */
#define WRITE_BUFFER (64 * 1024)
/* What a read that goes on where the last one ended brings in at once.
 * The grouping and the records read the summaries, and much else, in the
 * order they were written, a few hundred bytes at a time: each read was a
 * pread() call (73,847 of them on 20 MB of BBC JSONL, strace), most of
 * the cross-document phase's system time.  A read elsewhere (the story
 * store's records, a dated story's reports) stays one call for what it
 * asks, so a random pattern pays no window it does not use. */
#define READ_AHEAD (64 * 1024)

/* The bytes of the file a sequential read brought in (READ_AHEAD), apart
 * from the Spill so that spill_read() keeps its const Spill. */
typedef struct
{
  char *bytes;   /* READ_AHEAD, made on the first sequential read */
  guint64 at;    /* where they start in the file */
  gsize length;  /* 0: none held */
  guint64 next;  /* where the last read ended */
} ReadAhead;

/* ---- spills -------------------------------------------------------------- */

struct _Spill
{
  int fd;           /* an unlinked temporary file, or -1: none yet, or memory */
  gboolean opened;  /* the file was tried (it is made on the first bytes) */
  GString *memory;  /* when no temporary file could be made */
  char *pending;    /* bytes not written yet (WRITE_BUFFER), the file's last */
  gsize n_pending;
  guint64 size;     /* with the pending bytes */
  const char *what; /* what it keeps, for errors: "evidence", "claims" */
  char *dir;        /* the run's temporary folder (assay_host_get_tmp_dir()) */
  ReadAhead *ahead; /* the file's bytes read ahead */
};

/* @what: a static string naming what the spill keeps, for its errors
 * (the file is unlinked at once, so its name cannot tell).  The file is
 * made in @dir on the first bytes, so that a stage created only to be
 * checked (`assay check`) or to finish makes none. */
Spill *
spill_new (const char *what, const char *dir)
{
  Spill *spill = g_new0 (Spill, 1);
  spill->what = what;
  spill->dir = g_strdup (dir);
  spill->fd = -1;
  spill->ahead = g_new0 (ReadAhead, 1);
  return spill;
}

void
spill_free (Spill *spill)
{
  if (spill->fd >= 0)
    close (spill->fd);
  if (spill->memory)
    g_string_free (spill->memory, TRUE);
  g_free (spill->pending);
  g_free (spill->ahead->bytes);
  g_free (spill->ahead);
  g_free (spill->dir);
  g_free (spill);
}

/* Makes the spill's file; when none can be made, the spill keeps its bytes
 * in memory (the run goes on, its memory growing with the input), and the
 * process says so once, naming the folder. */
static void
spill_open (Spill *spill)
{
  static gint warned;
  spill->opened = TRUE;
  g_autofree char *path = g_build_filename (spill->dir, "assay-spill-XXXXXX", NULL);
  spill->fd = g_mkstemp (path);
  if (spill->fd >= 0)
    {
      unlink (path); /* gone with the process, however it ends */
      return;
    }
  int saved = errno;
  spill->memory = g_string_new (NULL);
  if (g_atomic_int_compare_and_exchange (&warned, 0, 1))
    g_warning ("cannot make a temporary file in %s (%s): the cross-document phase keeps its %s, and whatever "
               "else it would spill there, in memory, which grows with the input (give --tmp-dir or TMPDIR a "
               "folder with room)",
               spill->dir, g_strerror (saved), spill->what);
}

/* Writes the pending bytes to the file. */
static gboolean
spill_flush (Spill *spill, GError **error)
{
  for (gsize done = 0; done < spill->n_pending;)
    {
      ssize_t n = write (spill->fd, spill->pending + done, spill->n_pending - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                       "keeping the cross-document findings' %s in a temporary file in %s: %s "
                       "(give --tmp-dir or TMPDIR a folder with room)",
                       spill->what, spill->dir, g_strerror (n < 0 ? errno : ENOSPC));
          return FALSE;
        }
      done += n;
    }
  spill->n_pending = 0;
  return TRUE;
}

gboolean
spill_add (Spill *spill, const char *text, gsize length, guint64 *at, GError **error)
{
  *at = spill->size;
  if (length && !spill->opened)
    spill_open (spill);
  if (spill->memory)
    g_string_append_len (spill->memory, text, length);
  else if (length)
    {
      if (spill->pending == NULL)
        spill->pending = g_malloc (WRITE_BUFFER);
      if (spill->n_pending + length > WRITE_BUFFER && !spill_flush (spill, error))
        return FALSE;
      if (length >= WRITE_BUFFER)
        {
          /* Too large to gather: written as it is. */
          spill->n_pending = length;
          char *pending = spill->pending;
          spill->pending = (char *) text;
          gboolean ok = spill_flush (spill, error);
          spill->pending = pending;
          /* A failed write leaves the piece's length pending: nothing of it
           * is in the buffer, so a later flush or read must not take it. */
          spill->n_pending = 0;
          if (!ok)
            return FALSE;
        }
      else
        {
          memcpy (spill->pending + spill->n_pending, text, length);
          spill->n_pending += length;
        }
    }
  spill->size += length;
  return TRUE;
}

gboolean
spill_rewrite (Spill *spill, guint64 at, const char *text, gsize length, GError **error)
{
  if (at > spill->size || length > spill->size - at)
    {
      /* A programmer's error, but the caller passes the error on: say it. */
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "rewriting %" G_GSIZE_FORMAT " bytes at %" G_GUINT64_FORMAT " of the %s spill, past its end (%"
                   G_GUINT64_FORMAT " bytes)", length, at, spill->what, spill->size);
      return FALSE;
    }
  if (spill->memory)
    {
      memcpy (spill->memory->str + at, text, length);
      return TRUE;
    }
  /* What is still pending is rewritten there; the rest in the file, and
   * what was read ahead of it is read again. */
  spill->ahead->length = 0;
  guint64 written = spill->size - spill->n_pending;
  if (at + length > written)
    {
      guint64 from = MAX (at, written);
      memcpy (spill->pending + (from - written), text + (from - at), at + length - from);
      length = from - at;
    }
  for (gsize done = 0; done < length;)
    {
      ssize_t n = pwrite (spill->fd, text + done, length - done, at + done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                       "rewriting the cross-document findings' %s in a temporary file in %s: %s "
                       "(give --tmp-dir or TMPDIR a folder with room)",
                       spill->what, spill->dir, g_strerror (n < 0 ? errno : ENOSPC));
          return FALSE;
        }
      done += n;
    }
  return TRUE;
}

gboolean
spill_finish (Spill *spill, GError **error)
{
  return spill->memory || spill->fd < 0 || spill_flush (spill, error);
}

/* Reads @length bytes at @at into @out. */
gboolean
spill_read (const Spill *spill, guint64 at, guint32 length, char *out, GError **error)
{
  if (spill->memory || spill->fd < 0)
    {
      gsize held = spill->memory ? spill->memory->len : 0;
      if (at > held || length > held - at)
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                       "reading back the %s kept in memory: it is shorter than written", spill->what);
          return FALSE;
        }
      if (length)
        memcpy (out, spill->memory->str + at, length);
      return TRUE;
    }
  /* The last bytes may still be pending: they are copied from there. */
  guint64 written = spill->size - spill->n_pending;
  if (at > spill->size || length > spill->size - at)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "reading back the %s kept in a temporary file in %s: it is shorter than written", spill->what,
                   spill->dir);
      return FALSE;
    }
  if (at + length > written)
    {
      guint64 from = MAX (at, written);
      memcpy (out + (from - at), spill->pending + (from - written), at + length - from);
      length = from - at;
    }
  ReadAhead *ahead = spill->ahead;
  gboolean sequential = at == ahead->next;
  ahead->next = at + length;
  if (length && at >= ahead->at && at + length <= ahead->at + ahead->length)
    {
      memcpy (out, ahead->bytes + (at - ahead->at), length);
      return TRUE;
    }
  if (sequential && length && length < READ_AHEAD)
    {
      /* Only the file's bytes (those written), never past them: a short
       * read there leaves the window shorter, and the read below takes
       * what it lacks as before. */
      if (ahead->bytes == NULL)
        ahead->bytes = g_malloc (READ_AHEAD);
      ahead->length = 0;
      gsize want = MIN ((guint64) READ_AHEAD, written - at);
      ssize_t n;
      do
        n = pread (spill->fd, ahead->bytes, want, at);
      while (n < 0 && errno == EINTR);
      if (n >= (ssize_t) length)
        {
          ahead->at = at, ahead->length = n;
          memcpy (out, ahead->bytes, length);
          return TRUE;
        }
    }
  for (gsize done = 0; done < length;)
    {
      ssize_t n = pread (spill->fd, out + done, length - done, at + done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                       "reading back the %s kept in a temporary file in %s: %s", spill->what,
                       spill->dir, n < 0 ? g_strerror (errno) : "it is shorter than written");
          return FALSE;
        }
      done += n;
    }
  return TRUE;
}

char *
spill_get (const Spill *spill, guint64 at, guint32 length, GError **error)
{
  char *text = g_malloc (length + 1);
  if (!spill_read (spill, at, length, text, error))
    {
      g_free (text);
      return NULL;
    }
  text[length] = '\0';
  return text;
}

guint64
spill_size (const Spill *spill)
{
  return spill->size;
}

gboolean
spill_save (const Spill *spill, AssayStateWriter *w, GError **error)
{
  if (!assay_state_write_uint (w, spill->size, error))
    return FALSE;
  if (spill->memory)
    return assay_state_write (w, spill->memory->str, spill->memory->len, error);
  g_autofree char *buffer = g_malloc (CHUNK);
  for (guint64 at = 0; at < spill->size;)
    {
      guint32 n = MIN (CHUNK, spill->size - at);
      if (!spill_read (spill, at, n, buffer, error) || !assay_state_write (w, buffer, n, error))
        return FALSE;
      at += n;
    }
  return TRUE;
}

gboolean
spill_merge (Spill *spill, AssayStateReader *r, guint64 *base, GError **error)
{
  guint64 length;
  if (!read_bounded (r, assay_state_reader_get_remaining (r), &length, "its evidence is longer than the state",
                     error))
    return FALSE;
  *base = spill->size;
  g_autofree char *buffer = g_malloc (CHUNK);
  for (guint64 done = 0; done < length;)
    {
      gsize n = MIN (CHUNK, length - done);
      guint64 at;
      if (!assay_state_read (r, buffer, n, error) || !spill_add (spill, buffer, n, &at, error))
        return FALSE;
      done += n;
    }
  return TRUE;
}

/* ---- the claims' records ------------------------------------------------- */

const char *
claim_type (const char *label)
{
  static const char *const types[] = { CLAIM_ATTRIBUTION, CLAIM_ORIGIN, CLAIM_EVENT_TIME, CLAIM_QUANTITY, CLAIM_ROLE };
  for (guint i = 0; label && i < G_N_ELEMENTS (types); i++)
    if (strcmp (label, types[i]) == 0)
      return types[i];
  return NULL;
}

void
kept_clear (gpointer data)
{
  Kept *k = data;
  g_free ((char *) k->subject);
  g_free ((char *) k->value);
  g_free ((char *) k->key);
  g_free ((char *) k->extra);
}

gboolean
kept_write (AssayStateWriter *w, const Kept *k, GError **error)
{
#define U(v) assay_state_write_uint (w, (v), error)
#define S(v) assay_state_write_string (w, (v), error)
  return S (k->type) && S (k->subject) && S (k->value) && S (k->key) && S (k->extra) && U (k->sentence_at)
         && U (k->sentence_length) && U (k->start) && U (k->end) && U (k->claim_id) && U (k->former)
         && U (k->update);
#undef U
#undef S
}

gboolean
kept_read (AssayStateReader *r, guint64 base, guint64 evidence_end, GArray *kept, GError **error)
{
  Kept k = { 0 };
  g_autofree char *type = NULL;
  guint64 at, length, start, end, claim_id, former, update;
  gboolean ok = assay_state_read_string (r, &type, error) && assay_state_read_string (r, (char **) &k.subject, error)
                && assay_state_read_string (r, (char **) &k.value, error)
                && assay_state_read_string (r, (char **) &k.key, error)
                && assay_state_read_string (r, (char **) &k.extra, error) && assay_state_read_uint (r, &at, error)
                && read_bounded (r, G_MAXUINT32, &length, "a sentence's length", error)
                && read_bounded (r, G_MAXUINT32, &start, "an offset", error)
                && read_bounded (r, G_MAXUINT32, &end, "an offset", error)
                && read_bounded (r, G_MAXUINT32, &claim_id, "an annotation id", error)
                && read_bounded (r, 1, &former, "a flag", error) && read_bounded (r, 1, &update, "a flag", error);
  /* Appended first, so that its strings are freed on every path. */
  g_array_append_val (kept, k);
  if (!ok)
    return FALSE;
  Kept *to = &g_array_index (kept, Kept, kept->len - 1);
  to->type = type && strcmp (type, "weekday") == 0 ? "weekday" : claim_type (type);
  if (to->type == NULL)
    return records_damaged (r, "a claim of an unknown type", error);
  if (base > evidence_end || at > evidence_end - base || length > evidence_end - base - at)
    return records_damaged (r, "a claim's sentence lies outside its evidence", error);
  to->sentence_at = at + base;
  to->sentence_length = length, to->start = start, to->end = end, to->claim_id = claim_id;
  to->former = former, to->update = update;
  return TRUE;
}

gboolean
claims_spill (Spill *claims, AssayStateWriter *buffer, GArray *kept, guint64 *at, guint32 *length, const char *id,
              GError **error)
{
  *at = 0, *length = 0;
  assay_state_writer_clear_buffer (buffer);
  for (guint i = 0; i < kept->len; i++)
    if (!kept_write (buffer, &g_array_index (kept, Kept, i), error))
      return FALSE;
  gsize n;
  const guint8 *bytes = assay_state_writer_get_buffer (buffer, &n);
  if (n > G_MAXUINT32)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED, "%s: its claims take over 4 GB", id);
      return FALSE;
    }
  *length = n;
  return n == 0 || spill_add (claims, (const char *) bytes, n, at, error);
}

gboolean
claims_read_back (const Spill *claims, guint64 at, guint32 length, guint n, const char *id, GArray *kept,
                  GError **error)
{
  g_array_set_size (kept, 0);
  if (n == 0)
    return TRUE;
  g_autofree char *bytes = g_malloc (length);
  if (!spill_read (claims, at, length, bytes, error))
    return FALSE;
  g_autofree char *what = claims->memory
                            ? g_strdup_printf ("the claims of %s kept in memory", id)
                            : g_strdup_printf ("the claims of %s read back from a temporary file in %s", id, claims->dir);
  g_autoptr (AssayStateReader) r = assay_state_reader_new_buffer (bytes, length, what);
  for (guint i = 0; i < n; i++)
    if (!kept_read (r, 0, G_MAXUINT64, kept, error))
      return FALSE;
  return assay_state_reader_get_remaining (r) == 0 || records_damaged (r, "bytes are left after its claims", error);
}

/* ---- reading the stage's records ----------------------------------------- */

gboolean
records_damaged (AssayStateReader *r, const char *what, GError **error)
{
  g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT, "%s: the inconsistencies stage's records are damaged: %s",
               assay_state_reader_get_path (r), what);
  return FALSE;
}

gboolean
read_bounded (AssayStateReader *r, guint64 max, guint64 *value, const char *what, GError **error)
{
  if (!assay_state_read_uint (r, value, error))
    return FALSE;
  return *value <= max || records_damaged (r, what, error);
}
