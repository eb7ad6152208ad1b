/* assay-sort.c: an external sort, so that what grows with an archive can
 * be kept on disk instead of in memory.
 *
 * A reduce within a memory budget (`assay reduce --memory-budget`,
 * docs/cluster.md) cannot hold a table entry per document: at 10^9
 * articles even 30 bytes each is 30 GB.  Such tables become records,
 * sorted here: records are gathered in memory up to the sorter's share of
 * the budget, sorted, and written as a sorted run to a temporary file; at
 * the end the runs are merged (k-way, through a heap), in several passes
 * when there are more runs than the memory has room to read at once.  A
 * join of two such streams sorted on the same key then replaces a lookup
 * in a hash table.
 *
 * Records are byte strings, ordered as memcmp() orders them (a prefix
 * first), so a caller writes its key first, numbers big-endian, and breaks
 * ties with a sequence number when order among equals matters.  The file is
 * unlinked as soon as it is made: it is gone when the process ends, however
 * it ends.
 */
/* fallocate() and FALLOC_FL_PUNCH_HOLE are Linux's; elsewhere the
 * merged runs keep their disk until the end. */
#define _GNU_SOURCE
#include "assay-private.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* What one run's cursor reads from disk at a time, at most; a
 * sixty-fourth of the memory when that is less.  Small buffers make a wide
 * merge (a share of 4 MiB reads 128 runs at once within half of it), and
 * each pass writes the whole data once more to the file: at 10^9 records
 * a fan-in of 4 took about ten passes where 128 takes two. */
#define CURSOR_BUFFER (16 * 1024)
#define MIN_FAN_IN 2
#define MAX_FAN_IN 1024

typedef struct
{
  guint64 at, end; /* the run's bytes in the file */
} RunSpan;

typedef struct
{
  guint64 at, end;
  guint8 *buffer;
  gsize filled, pos;
  guint8 *record; /* the current record, owned */
  gsize length, capacity;
  /* The records in memory, when this cursor reads them rather than a run. */
  gboolean in_memory;
  guint next;
} Cursor;

struct _AssaySorter
{
  char *what;
  char *tmp_dir;
  gsize memory;
  gsize buffer_size;
  int fd;
  char *path;
  guint64 size;
  GArray *runs; /* RunSpan */
  guint64 n_records;

  GByteArray *data; /* records in memory: u32 length, bytes */
  GArray *index;    /* gsize: where each starts in data */

  gboolean sorted;
  Cursor *cursors;
  guint n_cursors;
  guint *heap; /* cursor indices, the least record first */
  guint n_heap;
  guint8 *write_buffer;
  gsize write_filled;
  /* The first input or output error: after it the file holds a run cut
   * short, so every later call fails with it rather than read a wrong
   * record. */
  GError *failed;
};

AssaySorter *
assay_sorter_new (const char *what, const char *tmp_dir, gsize memory)
{
  g_return_val_if_fail (what != NULL, NULL);
  AssaySorter *s = g_new0 (AssaySorter, 1);
  s->what = g_strdup (what);
  s->tmp_dir = g_strdup (tmp_dir ? tmp_dir : g_get_tmp_dir ());
  /* Tests give a few hundred bytes to force runs and merge passes. */
  s->memory = MAX (memory, (gsize) 64);
  s->buffer_size = CLAMP (s->memory / 64, 16, CURSOR_BUFFER);
  s->fd = -1;
  s->runs = g_array_new (FALSE, FALSE, sizeof (RunSpan));
  s->data = g_byte_array_new ();
  s->index = g_array_new (FALSE, FALSE, sizeof (gsize));
  return s;
}

static void
cursors_free (AssaySorter *s)
{
  for (guint i = 0; i < s->n_cursors; i++)
    {
      g_free (s->cursors[i].buffer);
      /* An in-memory cursor's record points into the data. */
      if (!s->cursors[i].in_memory)
        g_free (s->cursors[i].record);
    }
  g_clear_pointer (&s->cursors, g_free);
  g_clear_pointer (&s->heap, g_free);
  s->n_cursors = s->n_heap = 0;
}

void
assay_sorter_free (AssaySorter *s)
{
  if (s == NULL)
    return;
  cursors_free (s);
  if (s->fd >= 0)
    close (s->fd);
  g_free (s->what);
  g_free (s->tmp_dir);
  g_free (s->path);
  g_free (s->write_buffer);
  g_array_unref (s->runs);
  g_byte_array_unref (s->data);
  g_array_unref (s->index);
  g_clear_error (&s->failed);
  g_free (s);
}

guint64
assay_sorter_get_n_records (const AssaySorter *s)
{
  return s->n_records;
}

guint
assay_sorter_get_n_runs (const AssaySorter *s)
{
  return s->runs->len;
}

/* FALSE, with the sorter's first error, once it has failed. */
static gboolean
still_ok (AssaySorter *s, GError **error)
{
  if (s->failed == NULL)
    return TRUE;
  if (error)
    *error = g_error_copy (s->failed);
  return FALSE;
}

static gboolean
io_failed (AssaySorter *s, const char *doing, int saved, GError **error)
{
  /* Room is the likely want when a write fails; a read fails for a file
   * damaged under the process. */
  gboolean writing = strcmp (doing, "reading back") != 0;
  if (s->failed == NULL)
    s->failed = g_error_new (ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "sorting %s on disk: %s the temporary file %s failed: %s%s",
                             s->what, doing, s->path ? s->path : s->tmp_dir, g_strerror (saved),
                             writing ? " (give --tmp-dir or TMPDIR a folder with room)" : "");
  return still_ok (s, error);
}

static gboolean
open_file (AssaySorter *s, GError **error)
{
  if (s->fd >= 0)
    return TRUE;
  s->path = g_build_filename (s->tmp_dir, "assay-sort-XXXXXX", NULL);
  s->fd = g_mkstemp_full (s->path, O_RDWR, 0600);
  if (s->fd < 0)
    {
      int saved = errno;
      g_free (s->path);
      s->path = NULL;
      return io_failed (s, "creating", saved, error);
    }
  /* Unlinked at once: nothing is left behind, on success, error or kill. */
  unlink (s->path);
  s->write_buffer = g_malloc (s->buffer_size);
  return TRUE;
}

static gboolean
write_flush (AssaySorter *s, GError **error)
{
  for (gsize done = 0; done < s->write_filled;)
    {
      ssize_t n = pwrite (s->fd, s->write_buffer + done, s->write_filled - done, s->size);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        return io_failed (s, "writing", n < 0 ? errno : ENOSPC, error);
      done += n;
      s->size += n;
    }
  s->write_filled = 0;
  return TRUE;
}

static gboolean
write_bytes (AssaySorter *s, gconstpointer data, gsize length, GError **error)
{
  const guint8 *p = data;
  while (length > 0)
    {
      if (s->write_filled == s->buffer_size && !write_flush (s, error))
        return FALSE;
      gsize n = MIN (length, s->buffer_size - s->write_filled);
      memcpy (s->write_buffer + s->write_filled, p, n);
      s->write_filled += n, p += n, length -= n;
    }
  return TRUE;
}

static int
compare_records (const guint8 *a, gsize na, const guint8 *b, gsize nb)
{
  int c = memcmp (a, b, MIN (na, nb));
  return c ? c : (na > nb) - (na < nb);
}

static int
compare_in_memory (gconstpointer x, gconstpointer y, gpointer data)
{
  const guint8 *base = data;
  const guint8 *a = base + *(const gsize *) x, *b = base + *(const gsize *) y;
  guint32 na, nb;
  memcpy (&na, a, 4);
  memcpy (&nb, b, 4);
  return compare_records (a + 4, na, b + 4, nb);
}

/* Sorts the records in memory, and with @spill writes them as a run. */
static gboolean
sort_memory (AssaySorter *s, gboolean spill, GError **error)
{
  g_array_sort_with_data (s->index, compare_in_memory, s->data->data);
  if (!spill || s->index->len == 0)
    return TRUE;
  if (!open_file (s, error))
    return FALSE;
  RunSpan run = { .at = s->size };
  for (guint i = 0; i < s->index->len; i++)
    {
      const guint8 *r = s->data->data + g_array_index (s->index, gsize, i);
      guint32 n;
      memcpy (&n, r, 4);
      if (!write_bytes (s, r, 4 + (gsize) n, error))
        return FALSE;
    }
  if (!write_flush (s, error))
    return FALSE;
  run.end = s->size;
  g_array_append_val (s->runs, run);
  g_byte_array_set_size (s->data, 0);
  g_array_set_size (s->index, 0);
  return TRUE;
}

gboolean
assay_sorter_add (AssaySorter *s, gconstpointer record, gsize length, GError **error)
{
  g_return_val_if_fail (s != NULL && !s->sorted && (record != NULL || length == 0), FALSE);
  if (!still_ok (s, error))
    return FALSE;
  if (length >= G_MAXUINT32)
    {
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
                   "sorting %s on disk: a record of %" G_GSIZE_FORMAT " bytes is over the 4 GiB a record may hold", s->what,
                   length);
      return FALSE;
    }
  gsize need = s->data->len + 4 + length + (s->index->len + 1) * sizeof (gsize);
  if (need > s->memory && s->index->len > 0 && !sort_memory (s, TRUE, error))
    return FALSE;
  gsize at = s->data->len;
  guint32 n = length;
  g_byte_array_append (s->data, (const guint8 *) &n, 4);
  g_byte_array_append (s->data, record, length);
  g_array_append_val (s->index, at);
  s->n_records++;
  return TRUE;
}

/* ---- the merge -------------------------------------------------------------- */

/* Reads @n bytes of @c's run into @out; FALSE with @error on a read
 * error or a run cut short (a damaged temporary file). */
static gboolean
cursor_read (AssaySorter *s, Cursor *c, guint8 *out, gsize n, GError **error)
{
  while (n > 0)
    {
      if (c->pos == c->filled)
        {
          gsize want = MIN ((guint64) s->buffer_size, c->end - c->at);
          ssize_t got = want ? pread (s->fd, c->buffer, want, c->at) : 0;
          if (got < 0 && errno == EINTR)
            continue;
          if (got <= 0)
            return io_failed (s, "reading back", got < 0 ? errno : EIO, error);
          c->at += got, c->filled = got, c->pos = 0;
        }
      gsize k = MIN (n, c->filled - c->pos);
      memcpy (out, c->buffer + c->pos, k);
      c->pos += k, out += k, n -= k;
    }
  return TRUE;
}

/* Moves @c to its next record; *@more FALSE at its end. */
static gboolean
cursor_next (AssaySorter *s, Cursor *c, gboolean *more, GError **error)
{
  if (c->in_memory)
    {
      *more = c->next < s->index->len;
      if (!*more)
        return TRUE;
      const guint8 *r = s->data->data + g_array_index (s->index, gsize, c->next++);
      guint32 n;
      memcpy (&n, r, 4);
      /* Pointed at, not copied: the records in memory do not move now. */
      c->record = (guint8 *) r + 4;
      c->length = n;
      return TRUE;
    }
  *more = c->pos < c->filled || c->at < c->end;
  if (!*more)
    return TRUE;
  guint32 n;
  if (!cursor_read (s, c, (guint8 *) &n, 4, error))
    return FALSE;
  /* A length past the run's end is a damaged file, not a record to
   * allocate for. */
  if (n > (c->end - c->at) + (c->filled - c->pos))
    return io_failed (s, "reading back", EIO, error);
  /* Allocated even for an empty record: NULL means the end. */
  if (n > c->capacity || c->record == NULL)
    {
      c->capacity = MAX (MAX (n, 16), c->capacity * 2);
      c->record = g_realloc (c->record, c->capacity);
    }
  c->length = n;
  return cursor_read (s, c, c->record, n, error);
}

static gboolean
heap_less (AssaySorter *s, guint a, guint b)
{
  const Cursor *x = &s->cursors[a], *y = &s->cursors[b];
  int c = compare_records (x->record, x->length, y->record, y->length);
  /* Equal records are equal bytes; the earlier run first keeps it stable. */
  return c < 0 || (c == 0 && a < b);
}

static void
heap_down (AssaySorter *s, guint i)
{
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, m = i;
      if (l < s->n_heap && heap_less (s, s->heap[l], s->heap[m]))
        m = l;
      if (r < s->n_heap && heap_less (s, s->heap[r], s->heap[m]))
        m = r;
      if (m == i)
        return;
      guint t = s->heap[i];
      s->heap[i] = s->heap[m], s->heap[m] = t;
      i = m;
    }
}

/* Cursors on runs [@first, @first + @n) and, with @memory, the records in
 * memory; each at its first record, in the heap. */
static gboolean
cursors_open (AssaySorter *s, guint first, guint n, gboolean memory, GError **error)
{
  cursors_free (s);
  s->n_cursors = n + (memory ? 1 : 0);
  s->cursors = g_new0 (Cursor, s->n_cursors);
  s->heap = g_new (guint, s->n_cursors);
  for (guint i = 0; i < s->n_cursors; i++)
    {
      Cursor *c = &s->cursors[i];
      if (i < n)
        {
          const RunSpan *run = &g_array_index (s->runs, RunSpan, first + i);
          c->at = run->at, c->end = run->end;
          c->buffer = g_malloc (s->buffer_size);
        }
      else
        c->in_memory = TRUE;
      gboolean more;
      if (!cursor_next (s, c, &more, error))
        return FALSE;
      if (more)
        s->heap[s->n_heap++] = i;
    }
  for (guint i = s->n_heap / 2; i-- > 0;)
    heap_down (s, i);
  return TRUE;
}

/* The least record left (NULL at the end), valid until heap_advance(). */
static void
heap_peek (AssaySorter *s, const guint8 **record, gsize *length)
{
  *record = NULL;
  *length = 0;
  if (s->n_heap == 0)
    return;
  const Cursor *c = &s->cursors[s->heap[0]];
  *record = c->record, *length = c->length;
}

static gboolean
heap_advance (AssaySorter *s, GError **error)
{
  if (s->n_heap == 0)
    return TRUE;
  Cursor *c = &s->cursors[s->heap[0]];
  gboolean more;
  if (!cursor_next (s, c, &more, error))
    return FALSE;
  if (!more)
    s->heap[0] = s->heap[--s->n_heap];
  if (s->n_heap > 0)
    heap_down (s, 0);
  return TRUE;
}

gboolean
assay_sorter_sort (AssaySorter *s, GError **error)
{
  g_return_val_if_fail (s != NULL && !s->sorted, FALSE);
  s->sorted = TRUE;
  if (!still_ok (s, error))
    return FALSE;
  /* Once runs are on disk, the last records join them, and their memory
   * goes to the merge's buffers. */
  gboolean spilled = s->runs->len > 0;
  if (!sort_memory (s, spilled, error))
    return FALSE;
  if (spilled)
    {
      g_byte_array_unref (s->data);
      g_array_unref (s->index);
      s->data = g_byte_array_new ();
      s->index = g_array_new (FALSE, FALSE, sizeof (gsize));
    }
  /* As many runs at once as half the memory holds buffers for. */
  guint fan_in = CLAMP (s->memory / s->buffer_size / 2, MIN_FAN_IN, MAX_FAN_IN);
  guint first = 0;
  while (s->runs->len - first > fan_in)
    {
      guint n = MIN (fan_in, s->runs->len - first);
      if (!cursors_open (s, first, n, FALSE, error))
        return FALSE;
      RunSpan run = { .at = s->size };
      const guint8 *r;
      gsize length;
      for (;;)
        {
          heap_peek (s, &r, &length);
          if (r == NULL)
            break;
          guint32 n32 = length;
          if (!write_bytes (s, &n32, 4, error) || !write_bytes (s, r, length, error) || !heap_advance (s, error))
            return FALSE;
        }
      if (!write_flush (s, error))
        return FALSE;
      run.end = s->size;
      g_array_append_val (s->runs, run);
      /* The runs just merged are read no more: their disk goes back, so
       * the file holds about one copy of the data, not one a pass (where
       * the file system cannot punch holes, it keeps them). */
      for (guint k = first; k < first + n; k++)
        {
          const RunSpan *done = &g_array_index (s->runs, RunSpan, k);
#ifdef FALLOC_FL_PUNCH_HOLE
          if (done->end > done->at)
            (void) fallocate (s->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, (off_t) done->at,
                              (off_t) (done->end - done->at));
#endif
        }
      first += n;
    }
  /* The last pass reads the remaining runs, or the records in memory
   * when nothing was spilled. */
  return cursors_open (s, first, s->runs->len - first, !spilled, error);
}

void
assay_sorter_peek (AssaySorter *s, const guint8 **record, gsize *length)
{
  g_return_if_fail (s != NULL && s->sorted && record != NULL && length != NULL);
  heap_peek (s, record, length);
}

gboolean
assay_sorter_advance (AssaySorter *s, GError **error)
{
  g_return_val_if_fail (s != NULL && s->sorted, FALSE);
  return still_ok (s, error) && heap_advance (s, error);
}
