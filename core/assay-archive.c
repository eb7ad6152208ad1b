/* assay-archive.c: documents inside archives (tar, compressed or not, and
 * zip) and compressed JSONL (.jsonl.gz, .jsonl.zst, ...), read through
 * libarchive as a stream: nothing is unpacked to disk, and memory holds
 * one member's document (or one JSONL line) at a time.
 *
 * Members come in archive order.  A .txt or .html member is one document,
 * read whole within the document limit; a .jsonl member is handed to the
 * reader, which cuts it into lines as it does a file (assay_archive_read()
 * is its source of bytes).  A member that cannot be read (a bad checksum,
 * an encrypted zip entry, one over the limit) becomes an error record
 * naming archive and member, and the next member is read; an archive that
 * cannot go on (cut short, not an archive) ends with one error record.
 */
#include "assay-private.h"

#include <errno.h>
#include <string.h>
#include <archive.h>
#include <archive_entry.h>

/* Read from the file in pieces of this size. */
#define ARCHIVE_BLOCK (64 * 1024)

struct _AssayArchive
{
  struct archive *a;
  char *path;      /* as given: for locations */
  char *id_prefix; /* ids of members: PREFIX/member */
  gboolean raw;    /* a compressed stream of one JSONL file, no members */
  gboolean done;
  gint64 consumed; /* archive bytes accounted for in items so far */
  char *member;    /* the member being read */
  char *location;  /* PATH/member, or PATH for a compressed JSONL file */
};

static const char *const archive_suffixes[] = {
  ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz",
  ".tar.zst", ".tzst", ".zip", NULL,
};

static const char *const compressed_jsonl_suffixes[] = {
  ".jsonl.gz", ".jsonl.zst", ".jsonl.bz2", ".jsonl.xz", NULL,
};

static gboolean
has_suffix_in (const char *name, const char *const *suffixes)
{
  for (const char *const *s = suffixes; *s; s++)
    if (g_str_has_suffix (name, *s))
      return TRUE;
  return FALSE;
}

gboolean
assay_archive_is_archive_name (const char *name)
{
  return has_suffix_in (name, archive_suffixes);
}

gboolean
assay_archive_is_compressed_jsonl_name (const char *name)
{
  return has_suffix_in (name, compressed_jsonl_suffixes);
}

AssayArchive *
assay_archive_open (int fd, const char *path, const char *id_prefix, GError **error)
{
  g_return_val_if_fail (fd >= 0 && path != NULL && id_prefix != NULL, NULL);
  AssayArchive *archive = g_new0 (AssayArchive, 1);
  archive->raw = assay_archive_is_compressed_jsonl_name (path);
  archive->a = archive_read_new ();
  archive_read_support_filter_all (archive->a);
  if (archive->raw)
    archive_read_support_format_raw (archive->a);
  else
    {
      archive_read_support_format_tar (archive->a);
      archive_read_support_format_gnutar (archive->a);
      archive_read_support_format_zip (archive->a);
    }
  archive->path = g_strdup (path);
  archive->id_prefix = g_strdup (id_prefix);
  if (archive_read_open_fd (archive->a, fd, ARCHIVE_BLOCK) != ARCHIVE_OK)
    {
      g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED, "%s: %s", path,
                   archive_error_string (archive->a));
      assay_archive_free (archive);
      return NULL;
    }
  return archive;
}

void
assay_archive_free (AssayArchive *archive)
{
  if (archive == NULL)
    return;
  archive_read_free (archive->a);
  g_free (archive->path);
  g_free (archive->id_prefix);
  g_free (archive->member);
  g_free (archive->location);
  g_free (archive);
}

/* Archive bytes read since the last item: what progress counts. */
gsize
assay_archive_take_consumed (AssayArchive *archive)
{
  gint64 now = archive_filter_bytes (archive->a, -1);
  gsize delta = now > archive->consumed ? (gsize) (now - archive->consumed) : 0;
  archive->consumed = MAX (now, archive->consumed);
  return delta;
}

static const char *
error_text (AssayArchive *archive)
{
  const char *text = archive_error_string (archive->a);
  return text ? text : "cannot be read";
}

/* Reads the member's data whole, at most @limit bytes; NULL with @error
 * set past the limit or on a read error. */
static char *
read_member (AssayArchive *archive, struct archive_entry *entry, const char *location,
             guint64 limit, gsize *length, GError **error)
{
  if (archive_entry_size_is_set (entry) && (guint64) archive_entry_size (entry) > limit)
    {
      g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_TOO_LARGE,
                   "%s: %" G_GINT64_FORMAT " bytes, over the limit of %" G_GUINT64_FORMAT
                   " bytes; raise it with --max-doc-bytes",
                   location, (gint64) archive_entry_size (entry), limit);
      return NULL;
    }
  GString *data = g_string_sized_new (
      archive_entry_size_is_set (entry) ? (gsize) archive_entry_size (entry) + 1 : ARCHIVE_BLOCK);
  for (;;)
    {
      g_string_set_size (data, data->len + ARCHIVE_BLOCK);
      gsize before = data->len - ARCHIVE_BLOCK;
      la_ssize_t n = archive_read_data (archive->a, data->str + before, ARCHIVE_BLOCK);
      g_string_set_size (data, before + MAX (n, 0));
      if (n < 0)
        {
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_READ, "%s: %s", location,
                       error_text (archive));
          g_string_free (data, TRUE);
          return NULL;
        }
      if (n == 0)
        break;
      if (data->len > limit)
        {
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_TOO_LARGE,
                       "%s: more than the limit of %" G_GUINT64_FORMAT
                       " bytes; raise it with --max-doc-bytes",
                       location, limit);
          g_string_free (data, TRUE);
          return NULL;
        }
    }
  *length = data->len;
  return g_string_free (data, FALSE);
}

AssayArchiveNext
assay_archive_next (AssayArchive *archive, guint64 max_doc_bytes, AssayInputItem *item,
                    char **unread)
{
  g_return_val_if_fail (archive != NULL && item != NULL, ASSAY_ARCHIVE_END);
  *unread = NULL;
  if (archive->done)
    return ASSAY_ARCHIVE_END;

  struct archive_entry *entry;
  int status = archive_read_next_header (archive->a, &entry);
  if (status == ARCHIVE_EOF)
    {
      archive->done = TRUE;
      return ASSAY_ARCHIVE_END;
    }
  if (status < ARCHIVE_WARN)
    {
      /* The archive cannot go on (cut short, not an archive at all): one
       * error record for the rest of it. */
      archive->done = TRUE;
      g_autofree char *where = archive->member
                                   ? g_strdup_printf (" after member %s", archive->member)
                                   : g_strdup ("");
      assay_input_item_fail (item, archive->path, archive->path, ASSAY_INPUT_ERROR_MALFORMED,
                             "the archive cannot be read on%s: %s", where, error_text (archive));
      item->bytes = assay_archive_take_consumed (archive);
      return ASSAY_ARCHIVE_ITEM;
    }

  g_free (archive->member);
  g_clear_pointer (&archive->location, g_free);
  if (archive->raw)
    {
      /* One JSONL stream, named by the file. */
      archive->member = g_strdup (archive->path);
      archive->location = g_strdup (archive->path);
      return ASSAY_ARCHIVE_JSONL;
    }
  const char *name = archive_entry_pathname_utf8 (entry);
  if (name == NULL)
    name = archive_entry_pathname (entry);
  archive->member = g_strdup (name ? name : "(no name)");
  while (g_str_has_prefix (archive->member, "./"))
    memmove (archive->member, archive->member + 2, strlen (archive->member + 2) + 1);

  archive->location = g_strdup_printf ("%s/%s", archive->path, archive->member);
  if (archive_entry_filetype (entry) == AE_IFDIR)
    return ASSAY_ARCHIVE_SKIP;
  const char *location = archive->location;
  gsize suffix = 0;
  AssayFileType type = assay_file_type (archive->member, &suffix);
  if (archive_entry_filetype (entry) != AE_IFREG || type == ASSAY_FILE_OTHER
      || type == ASSAY_FILE_ARCHIVE || type == ASSAY_FILE_JSONL_COMPRESSED)
    {
      *unread = g_strdup (location);
      return ASSAY_ARCHIVE_SKIP;
    }
  if (type == ASSAY_FILE_JSONL)
    return ASSAY_ARCHIVE_JSONL;

  g_autofree char *id = g_strdup_printf ("%s/%.*s", archive->id_prefix,
                                         (int) (strlen (archive->member) - suffix),
                                         archive->member);
  GError *error = NULL;
  gsize length = 0;
  g_autofree char *data
      = read_member (archive, entry, location, max_doc_bytes, &length, &error);
  if (data == NULL)
    {
      item->id = g_steal_pointer (&id);
      item->location = g_strdup (location);
      item->error = error;
    }
  else
    assay_input_item_set_document (item, id, location, data, length, type == ASSAY_FILE_HTML);
  item->bytes = assay_archive_take_consumed (archive);
  return ASSAY_ARCHIVE_ITEM;
}

const char *
assay_archive_get_location (const AssayArchive *archive)
{
  return archive->location;
}

gssize
assay_archive_read (gpointer data, void *buf, gsize size)
{
  AssayArchive *archive = data;
  la_ssize_t n = archive_read_data (archive->a, buf, size);
  if (n < 0)
    {
      errno = EIO;
      return -1;
    }
  return n;
}

const char *
assay_archive_get_error (const AssayArchive *archive)
{
  return error_text ((AssayArchive *) archive);
}
