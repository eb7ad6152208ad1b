/* assay-stories.c: stories in the output, and the spool that lets each
 * `doc` record name its story.
 *
 * A story is decided in the cross-document phase, after every document has
 * passed; its `doc` records come first in the output.  So while a pipeline
 * has a cross-document phase, the writer puts document records in a spool
 * (an unlinked temporary file: memory stays bounded by the documents in
 * flight, whatever the archive), the stages' finish() emit their story and
 * finding records into memory, and then the spool is copied to the output
 * with `"story":ID` written first in each named document's `meta`.  The
 * price is one more pass over the document records on disk, and no output
 * before the end of the run.
 *
 * Which story each document belongs to is a table with an entry a
 * document.  Without a memory budget it is a hash table.  Within one
 * (`--memory-budget`), it is a join of sorted streams (assay-sort.c), so
 * that its memory does not grow with the archive: the stories' documents,
 * (id, order given, story), sorted as they come; a first pass over the
 * records writes (id, record number) for each doc record; merging the two
 * by id gives (record number, story), sorted again by record number, which
 * the second pass reads along with the records.  Both ways give the k-th
 * record with an id the k-th story that names it.
 */
#include "assay-private.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct _AssayStorySpool
{
  FILE *file;
  /* document id -> GPtrArray of story ids (owned by names), in the order
   * they were given: ids are not unique in every input (assay warns), and
   * the k-th record with an id takes the k-th story that names it. */
  GHashTable *story_of;
  GHashTable *stamped; /* document id -> records with it stamped so far */
  GStringChunk *names;
  char *current;        /* the story findings are emitted into, or NULL */
  GHashTable *ids;      /* story ids used (keys in names) */

  /* Within a memory budget (see above); NULL without one. */
  char *tmp_dir;
  gsize memory;           /* each sorter's share */
  AssaySorter *assigned;  /* id \0 seq (8, big-endian) story */
  AssaySorter *records;   /* id \0 record number (8) */
  AssaySorter *numbered;  /* record number (8) story */
  guint64 n_assigned;
  guint64 n_scanned;      /* records the first pass has numbered */
  guint64 first_written;  /* the number of the first record written */
  gboolean written_seen;
  gboolean ids_shared;    /* without a budget: a document has two stories */
  guint64 n_stamped;      /* records the second pass has read */
};

AssayStorySpool *
assay_story_spool_new (const char *tmp_dir, gsize memory, GError **error)
{
  g_autofree char *path = g_build_filename (tmp_dir ? tmp_dir : g_get_tmp_dir (), "assay-spool-XXXXXX", NULL);
  int fd = g_mkstemp_full (path, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "holding the documents until their stories are known: cannot create %s: %s", path,
                   g_strerror (saved));
      return NULL;
    }
  /* Unlinked at once: a killed run leaves nothing behind. */
  unlink (path);
  FILE *file = fdopen (fd, "w+");
  if (file == NULL)
    {
      int saved = errno;
      close (fd);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   "holding the documents until their stories are known: %s", g_strerror (saved));
      return NULL;
    }
  AssayStorySpool *spool = g_new0 (AssayStorySpool, 1);
  spool->file = file;
  spool->story_of = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  spool->stamped = g_hash_table_new (g_str_hash, g_str_equal);
  spool->ids = g_hash_table_new (g_str_hash, g_str_equal);
  spool->names = g_string_chunk_new (4096);
  if (memory > 0)
    {
      spool->tmp_dir = g_strdup (tmp_dir);
      spool->memory = memory;
      spool->assigned = assay_sorter_new ("the documents of the stories", tmp_dir, memory);
    }
  return spool;
}

void
assay_story_spool_free (AssayStorySpool *spool)
{
  if (spool == NULL)
    return;
  fclose (spool->file);
  g_hash_table_unref (spool->story_of);
  g_hash_table_unref (spool->stamped);
  g_hash_table_unref (spool->ids);
  g_string_chunk_free (spool->names);
  assay_sorter_free (spool->assigned);
  assay_sorter_free (spool->records);
  assay_sorter_free (spool->numbered);
  g_free (spool->tmp_dir);
  g_free (spool);
}

FILE *
assay_story_spool_file (AssayStorySpool *spool)
{
  return spool->file;
}

const char *
assay_story_spool_current (const AssayStorySpool *spool)
{
  return spool ? spool->current : NULL;
}

const char *
assay_story_spool_assign (AssayStorySpool *spool, const char *id, const char *const *doc_ids, guint n_docs,
                          GError **error)
{
  if (id == NULL || *id == '\0' || g_hash_table_contains (spool->ids, id))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "story id '%s' is empty or used twice: each story needs an id of its own", id ? id : "");
      return NULL;
    }
  char *story = g_string_chunk_insert_const (spool->names, id);
  g_hash_table_add (spool->ids, story);
  g_autoptr (GByteArray) record = g_byte_array_new ();
  for (guint i = 0; spool->assigned && i < n_docs; i++)
    {
      guint64 seq = GUINT64_TO_BE (spool->n_assigned++);
      g_byte_array_set_size (record, 0);
      g_byte_array_append (record, (const guint8 *) doc_ids[i], strlen (doc_ids[i]) + 1);
      g_byte_array_append (record, (const guint8 *) &seq, 8);
      g_byte_array_append (record, (const guint8 *) story, strlen (story));
      if (!assay_sorter_add (spool->assigned, record->data, record->len, error))
        return NULL;
    }
  for (guint i = 0; !spool->assigned && i < n_docs; i++)
    {
      GPtrArray *stories = g_hash_table_lookup (spool->story_of, doc_ids[i]);
      if (stories == NULL)
        g_hash_table_insert (spool->story_of, g_string_chunk_insert_const (spool->names, doc_ids[i]),
                             stories = g_ptr_array_new ());
      g_ptr_array_add (stories, story);
      spool->ids_shared |= stories->len > 1;
    }
  return story;
}

gboolean
assay_story_spool_begin (AssayStorySpool *spool,
                         GString *out,
                         const char *id,
                         const char *const *doc_ids,
                         guint n_docs,
                         const char *from,
                         const char *to,
                         const AssayStoryTie *ties,
                         guint n_ties,
                         gboolean joined,
                         GError **error)
{
  /* A joined story's documents are known already (assay_sink_join_story()). */
  const char *story = joined ? g_hash_table_lookup (spool->ids, id)
                             : assay_story_spool_assign (spool, id, doc_ids, n_docs, error);
  if (story == NULL)
    {
      if (joined)
        g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                     "story '%s' was not told in join()", id ? id : "");
      return FALSE;
    }
  spool->current = (char *) story;

  AssayJsonWriter w;
  assay_json_writer_init (&w, out);
  assay_json_begin_object (&w);
  assay_json_key (&w, "type");
  assay_json_string (&w, "story");
  assay_json_key (&w, "id");
  assay_json_string (&w, story);
  assay_json_key (&w, "docs");
  assay_json_begin_array (&w);
  for (guint i = 0; i < n_docs; i++)
    assay_json_string (&w, doc_ids[i]);
  assay_json_end_array (&w);
  if (from)
    {
      assay_json_key (&w, "from");
      assay_json_string (&w, from);
    }
  if (to)
    {
      assay_json_key (&w, "to");
      assay_json_string (&w, to);
    }
  assay_json_key (&w, "ties");
  assay_json_begin_array (&w);
  for (guint i = 0; i < n_ties; i++)
    {
      assay_json_begin_object (&w);
      assay_json_key (&w, "type");
      assay_json_string (&w, ties[i].type);
      assay_json_key (&w, "value");
      assay_json_string (&w, ties[i].value);
      if (ties[i].label)
        {
          assay_json_key (&w, "label");
          assay_json_string (&w, ties[i].label);
        }
      assay_json_end_object (&w);
    }
  assay_json_end_array (&w);
  assay_json_end_object (&w);
  g_string_append_c (out, '\n');
  return TRUE;
}

gboolean
assay_story_spool_ids_shared (const AssayStorySpool *spool)
{
  return spool->ids_shared;
}

void
assay_story_spool_end (AssayStorySpool *spool)
{
  spool->current = NULL;
}

/* The id of a doc record, unescaped, and where its meta object opens.  The
 * writer made the record, so its shape is known:
 * {"type":"doc","id":"...","meta":{ */
static gboolean
doc_record_id (const char *line, gsize length, GString *id, gsize *meta_open)
{
  static const char head[] = "{\"type\":\"doc\",\"id\":\"";
  if (length < sizeof head || memcmp (line, head, sizeof head - 1) != 0)
    return FALSE;
  g_string_truncate (id, 0);
  gsize i = sizeof head - 1;
  while (i < length && line[i] != '"')
    {
      if (line[i] != '\\' || i + 1 >= length)
        {
          g_string_append_c (id, line[i++]);
          continue;
        }
      char c = line[i + 1];
      if (c == 'u' && i + 5 < length)
        {
          /* Only what the writer escapes this way: controls, below U+0020. */
          char hex[5] = { line[i + 2], line[i + 3], line[i + 4], line[i + 5], 0 };
          g_string_append_unichar (id, (gunichar) g_ascii_strtoull (hex, NULL, 16));
          i += 6;
          continue;
        }
      const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
      const char *at = strchr (from, c);
      g_string_append_c (id, at ? to[at - from] : c);
      i += 2;
    }
  static const char meta[] = "\",\"meta\":{";
  if (i + sizeof meta - 1 > length || memcmp (line + i, meta, sizeof meta - 1) != 0)
    return FALSE;
  *meta_open = i + sizeof meta - 1;
  return TRUE;
}

/* The bytes of a leading "story":"..." member (and its comma) at @p. */
static gsize
skip_story_key (const char *p, gsize length)
{
  static const char key[] = "\"story\":\"";
  if (length < sizeof key || memcmp (p, key, sizeof key - 1) != 0)
    return 0;
  gsize i = sizeof key - 1;
  while (i < length && p[i] != '"')
    i += p[i] == '\\' ? 2 : 1;
  if (i >= length)
    return 0;
  i++; /* the closing quote */
  return i < length && p[i] == ',' ? i + 1 : i;
}

/* Writes @line with "story":@name first in its meta (at @meta_open). */
static gboolean
write_stamped (const char *line, gsize length, gsize meta_open, const char *name, GString *story, FILE *out)
{
  AssayJsonWriter w;
  g_string_truncate (story, 0);
  assay_json_writer_init (&w, story);
  assay_json_key (&w, "story");
  assay_json_string (&w, name);
  /* A story the input named stands first in meta (assay-output.c): the
   * one found replaces it. */
  gsize rest = meta_open + skip_story_key (line + meta_open, length - meta_open);
  if (line[rest] != '}')
    g_string_append_c (story, ',');
  return fwrite (line, 1, meta_open, out) == meta_open && fwrite (story->str, 1, story->len, out) == story->len
         && fwrite (line + rest, 1, length - rest, out) == length - rest;
}

/* The story of the k-th record with the id in @id, from the hash table. */
static const char *
story_from_table (AssayStorySpool *spool, GString *id)
{
  GPtrArray *stories = g_hash_table_lookup (spool->story_of, id->str);
  if (stories == NULL)
    return NULL;
  gpointer key, count = NULL;
  if (!g_hash_table_lookup_extended (spool->stamped, id->str, &key, &count))
    key = g_string_chunk_insert_const (spool->names, id->str);
  guint k = GPOINTER_TO_UINT (count);
  g_hash_table_insert (spool->stamped, key, GUINT_TO_POINTER (k + 1));
  return stories->pdata[MIN (k, stories->len - 1)];
}

static gboolean
read_failed (const char *in_name, int saved, GError **error)
{
  g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "reading %s failed: %s",
               in_name ? in_name : "back the documents held until their stories were known", g_strerror (saved));
  return FALSE;
}

gboolean
assay_story_spool_scan (AssayStorySpool *spool,
                        FILE *in,
                        const char *in_name,
                        gboolean written,
                        guint64 *n_records,
                        GError **error)
{
  char *line = NULL;
  size_t capacity = 0;
  ssize_t length;
  guint64 n = 0;
  g_autoptr (GString) id = g_string_new (NULL);
  g_autoptr (GByteArray) record = g_byte_array_new ();
  gboolean ok = TRUE;
  if (spool->assigned && spool->records == NULL)
    spool->records = assay_sorter_new ("where the documents lie in the records", spool->tmp_dir, spool->memory);
  if (written && !spool->written_seen)
    spool->first_written = spool->n_scanned, spool->written_seen = TRUE;
  while (ok && (length = getline (&line, &capacity, in)) > 0)
    {
      gsize meta_open;
      guint64 number = spool->n_scanned++;
      n++;
      if (!doc_record_id (line, length, id, &meta_open))
        continue;
      if (spool->records)
        {
          guint64 be = GUINT64_TO_BE (number);
          g_byte_array_set_size (record, 0);
          g_byte_array_append (record, (const guint8 *) id->str, strlen (id->str) + 1);
          g_byte_array_append (record, (const guint8 *) &be, 8);
          ok = assay_sorter_add (spool->records, record->data, record->len, error);
        }
      else if (!written)
        story_from_table (spool, id);
    }
  int saved = errno;
  gboolean read_error = ferror (in);
  free (line);
  if (n_records)
    *n_records = n;
  if (ok && read_error)
    return read_failed (in_name, saved, error);
  return ok;
}

/* The first record number of @r, and its story (NUL-terminated in @story). */
static void
numbered_record (const guint8 *r, gsize length, guint64 *number, GString *story)
{
  memcpy (number, r, 8);
  *number = GUINT64_FROM_BE (*number);
  g_string_truncate (story, 0);
  g_string_append_len (story, (const char *) r + 8, length - 8);
}

gboolean
assay_story_spool_join (AssayStorySpool *spool, GError **error)
{
  if (spool->assigned == NULL)
    return TRUE;
  if (spool->records == NULL)
    spool->records = assay_sorter_new ("where the documents lie in the records", spool->tmp_dir, spool->memory);
  spool->numbered = assay_sorter_new ("the documents' stories by record", spool->tmp_dir, spool->memory);
  if (!assay_sorter_sort (spool->assigned, error) || !assay_sorter_sort (spool->records, error))
    return FALSE;
  /* The stories of one id, in the order given (an id names more than one
   * story only when records share it). */
  g_autoptr (GPtrArray) group = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GByteArray) out = g_byte_array_new ();
  for (;;)
    {
      const guint8 *a, *b;
      gsize na, nb;
      assay_sorter_peek (spool->records, &b, &nb);
      if (b == NULL)
        break;
      assay_sorter_peek (spool->assigned, &a, &na);
      int c = a ? strcmp ((const char *) a, (const char *) b) : 1;
      if (c < 0)
        {
          /* A document of a story that no record read here has. */
          if (!assay_sorter_advance (spool->assigned, error))
            return FALSE;
          continue;
        }
      if (c > 0)
        {
          if (!assay_sorter_advance (spool->records, error))
            return FALSE;
          continue;
        }
      g_autofree char *id = g_strdup ((const char *) a);
      gsize skip = strlen (id) + 1 + 8;
      g_ptr_array_set_size (group, 0);
      while (a && strcmp ((const char *) a, id) == 0)
        {
          g_ptr_array_add (group, g_strndup ((const char *) a + skip, na - skip));
          if (!assay_sorter_advance (spool->assigned, error))
            return FALSE;
          assay_sorter_peek (spool->assigned, &a, &na);
        }
      for (guint k = 0; b && strcmp ((const char *) b, id) == 0; k++)
        {
          guint64 number;
          memcpy (&number, b + strlen (id) + 1, 8);
          /* Numbered in the first pass's order, which is the second's. */
          if (GUINT64_FROM_BE (number) >= spool->first_written)
            {
              const char *story = group->pdata[MIN (k, group->len - 1)];
              g_byte_array_set_size (out, 0);
              g_byte_array_append (out, b + strlen (id) + 1, 8);
              g_byte_array_append (out, (const guint8 *) story, strlen (story));
              if (!assay_sorter_add (spool->numbered, out->data, out->len, error))
                return FALSE;
            }
          if (!assay_sorter_advance (spool->records, error))
            return FALSE;
          assay_sorter_peek (spool->records, &b, &nb);
        }
    }
  /* Their memory goes to the last sort. */
  g_clear_pointer (&spool->assigned, assay_sorter_free);
  g_clear_pointer (&spool->records, assay_sorter_free);
  spool->n_stamped = spool->first_written;
  return assay_sorter_sort (spool->numbered, error);
}

gboolean
assay_story_spool_stamp (AssayStorySpool *spool,
                         FILE *in,
                         const char *in_name,
                         FILE *out,
                         guint64 *n_records,
                         GError **error)
{
  char *line = NULL;
  size_t capacity = 0;
  ssize_t length;
  guint64 n = 0;
  GString *id = g_string_new (NULL);
  GString *story = g_string_new (NULL);
  GString *next_story = g_string_new (NULL);
  GString *current = g_string_new (NULL);
  guint64 next = G_MAXUINT64;
  gboolean written = TRUE, ok = TRUE;
  if (spool->numbered)
    {
      const guint8 *r;
      gsize nr;
      assay_sorter_peek (spool->numbered, &r, &nr);
      if (r)
        numbered_record (r, nr, &next, next_story);
    }
  while (written && ok && (length = getline (&line, &capacity, in)) > 0)
    {
      gsize meta_open;
      const char *name = NULL;
      n++;
      if (spool->numbered)
        {
          guint64 number = spool->n_stamped++;
          if (number == next && !doc_record_id (line, length, id, &meta_open))
            {
              /* The first pass numbered a doc record here. */
              g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
                           "%s changed while the reduce read it (a document record its first pass numbered "
                           "is not there now): do not write the maps' outputs during a reduce",
                           in_name ? in_name : "the held document records");
              ok = FALSE;
              break;
            }
          if (number == next)
            {
              /* Copied: the sorter's record changes as it moves on. */
              g_string_assign (current, next_story->str);
              name = current->str;
              next = G_MAXUINT64;
              const guint8 *r;
              gsize nr;
              ok = assay_sorter_advance (spool->numbered, error);
              if (ok)
                assay_sorter_peek (spool->numbered, &r, &nr);
              if (ok && r)
                numbered_record (r, nr, &next, next_story);
            }
        }
      else if (g_hash_table_size (spool->story_of) > 0 && doc_record_id (line, length, id, &meta_open))
        name = story_from_table (spool, id);
      if (name == NULL)
        {
          written = fwrite (line, 1, length, out) == (size_t) length;
          continue;
        }
      written = write_stamped (line, length, meta_open, name, story, out);
    }
  int saved = errno;
  gboolean read_error = ferror (in);
  free (line);
  g_string_free (id, TRUE);
  g_string_free (story, TRUE);
  g_string_free (next_story, TRUE);
  g_string_free (current, TRUE);
  if (n_records)
    *n_records = n;
  if (!ok)
    return FALSE;
  if (!written)
    {
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE, "writing the output failed: %s", g_strerror (saved));
      return FALSE;
    }
  if (read_error)
    return read_failed (in_name, saved, error);
  return TRUE;
}

gboolean
assay_story_spool_copy (AssayStorySpool *spool, FILE *out, GError **error)
{
  if (fflush (spool->file) != 0 || fseeko (spool->file, 0, SEEK_SET) != 0)
    {
      g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
                   "reading back the documents held until their stories were known failed: %s", g_strerror (errno));
      return FALSE;
    }
  /* Within a budget, a first pass numbers the held records. */
  if (spool->assigned
      && (!assay_story_spool_scan (spool, spool->file, NULL, TRUE, NULL, error)
          || !assay_story_spool_join (spool, error) || fseeko (spool->file, 0, SEEK_SET) != 0))
    {
      if (error && *error == NULL)
        g_set_error (error, ASSAY_RUN_ERROR, ASSAY_RUN_ERROR_WRITE,
                     "reading back the documents held until their stories were known failed: %s",
                     g_strerror (errno));
      return FALSE;
    }
  return assay_story_spool_stamp (spool, spool->file, NULL, out, NULL, error);
}
