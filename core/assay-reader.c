/* assay-reader.c: turning the command line's inputs into a stream of
 * documents, one at a time, so memory never depends on the archive's size.
 *
 * Inputs: a .txt file (one document, its id the file name without .txt),
 * a .jsonl file (one document a line), a folder (its .txt and .jsonl files,
 * recursively, in sorted order; a .txt file's id is its path below the
 * folder without .txt), or "-" (JSONL on standard input).  Every problem
 * with one document (an unreadable file, a malformed line, one over a
 * limit) becomes an item carrying the error, so the run writes an error
 * record and goes on.
 *
 * Whatever a file holds, reading it ends in bounded time and memory: a
 * file larger than the document limit is not read past it, a folder yields
 * only regular files, opened so that opening a FIFO cannot block, and
 * lines are cut and parsed by assay-jsonl.c within their own limits.
 *
 * A JSONL line can be handed out unparsed (assay_reader_next_raw()): the
 * runner's workers parse it (assay_input_item_parse()), so that reading
 * is no longer one thread's work for all cores; assay_reader_next() parses
 * it here, for callers without workers.
 */
#include "assay-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <json-glib/json-glib.h>

ASSAY_DEFINE_QUARK (assay-input-error-quark, assay_input_error)

/* Files are read in pieces of this size. */
#define READ_CHUNK (64 * 1024)

typedef enum
{
  INPUT_TXT,
  INPUT_JSONL,
  INPUT_HTML,
  INPUT_ARCHIVE, /* an archive, or compressed JSONL */
  INPUT_STDIN,
  INPUT_DIR,
  INPUT_FD,
} InputKind;

typedef struct
{
  char *path;
  InputKind kind;
  int fd; /* INPUT_FD */
} Input;

typedef struct
{
  char *dir;
  GPtrArray *names; /* sorted */
  guint next;
} WalkFrame;

struct _AssayReader
{
  GArray *inputs; /* Input */
  guint next_input;

  GPtrArray *walk;  /* WalkFrame*, innermost last */
  char *walk_root;  /* the folder input being walked */

  AssayLineSource src;
  JsonParser *parser;

  AssayArchive *archive; /* the archive being read, or NULL */
  int archive_fd;

  AssayStdinFormat stdin_format;
  guint64 n_unread;     /* files and members of types not read */
  GPtrArray *unread;    /* the first ASSAY_READER_MAX_UNREAD_NAMES of them */
  AssayReaderLimits limits;

  gboolean total_known;
  guint64 total_bytes;
};

void
assay_input_item_clear (AssayInputItem *item)
{
  assay_document_free (item->doc);
  g_free (item->raw);
  g_free (item->id);
  g_free (item->location);
  g_clear_error (&item->error);
  memset (item, 0, sizeof *item);
}

static void
walk_frame_free (WalkFrame *frame)
{
  g_free (frame->dir);
  g_ptr_array_unref (frame->names);
  g_free (frame);
}

static void
input_clear (gpointer data)
{
  g_free (((Input *) data)->path);
}

void
assay_reader_limits_init (AssayReaderLimits *limits)
{
  g_return_if_fail (limits != NULL);
  limits->max_doc_bytes = ASSAY_DEFAULT_MAX_DOC_BYTES;
  limits->max_line_bytes = ASSAY_DEFAULT_MAX_LINE_BYTES;
  limits->max_fields = ASSAY_MAX_META_FIELDS;
}

AssayFileType
assay_file_type (const char *name, gsize *suffix_len)
{
  static const struct
  {
    const char *suffix;
    AssayFileType type;
  } types[] = {
    { ".txt", ASSAY_FILE_TXT }, { ".jsonl", ASSAY_FILE_JSONL }, { ".html", ASSAY_FILE_HTML },
    { ".htm", ASSAY_FILE_HTML },
  };
  gsize len = 0;
  AssayFileType type = ASSAY_FILE_OTHER;
  if (assay_archive_is_archive_name (name))
    type = ASSAY_FILE_ARCHIVE;
  else if (assay_archive_is_compressed_jsonl_name (name))
    type = ASSAY_FILE_JSONL_COMPRESSED;
  else
    for (guint i = 0; i < G_N_ELEMENTS (types); i++)
      if (g_str_has_suffix (name, types[i].suffix))
        {
          len = strlen (types[i].suffix);
          type = types[i].type;
          break;
        }
  if (suffix_len)
    *suffix_len = len;
  return type;
}

static AssayReader *
reader_alloc (void)
{
  AssayReader *reader = g_new0 (AssayReader, 1);
  reader->inputs = g_array_new (FALSE, TRUE, sizeof (Input));
  g_array_set_clear_func (reader->inputs, input_clear);
  reader->walk = g_ptr_array_new_with_free_func ((GDestroyNotify) walk_frame_free);
  reader->parser = json_parser_new ();
  reader->src.fd = -1;
  reader->archive_fd = -1;
  reader->unread = g_ptr_array_new_with_free_func (g_free);
  reader->src.buf = g_malloc (ASSAY_LINE_CHUNK);
  reader->src.line = g_string_sized_new (4096);
  assay_reader_limits_init (&reader->limits);
  return reader;
}

AssayReader *
assay_reader_new (const char *const *inputs, GError **error)
{
  g_autoptr (AssayReader) reader = reader_alloc ();

  gboolean seen_stdin = FALSE;
  for (const char *const *p = inputs; p && *p; p++)
    {
      Input input = { .path = g_strdup (*p), .fd = -1 };
      if (strcmp (*p, "-") == 0)
        {
          if (seen_stdin)
            {
              g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_UNSUPPORTED,
                           "standard input (-) can be named only once");
              g_free (input.path);
              return NULL;
            }
          seen_stdin = TRUE;
          input.kind = INPUT_STDIN;
        }
      else if (g_file_test (*p, G_FILE_TEST_IS_DIR))
        input.kind = INPUT_DIR;
      else if (!g_file_test (*p, G_FILE_TEST_EXISTS))
        {
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_NOT_FOUND,
                       "input %s: no such file or folder", *p);
          g_free (input.path);
          return NULL;
        }
      else if (assay_file_type (*p, NULL) == ASSAY_FILE_TXT)
        input.kind = INPUT_TXT;
      else if (assay_file_type (*p, NULL) == ASSAY_FILE_JSONL)
        input.kind = INPUT_JSONL;
      else if (assay_file_type (*p, NULL) == ASSAY_FILE_HTML)
        input.kind = INPUT_HTML;
      else if (assay_file_type (*p, NULL) == ASSAY_FILE_ARCHIVE
               || assay_file_type (*p, NULL) == ASSAY_FILE_JSONL_COMPRESSED)
        input.kind = INPUT_ARCHIVE;
      else
        {
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_UNSUPPORTED,
                       "input %s: cannot tell how to read it; name .txt, .html, .jsonl "
                       "(.jsonl.gz, .jsonl.zst) files, archives (.tar, .tar.gz, .tar.bz2, "
                       ".tar.xz, .tar.zst, .zip), folders, or - for standard input",
                       *p);
          g_free (input.path);
          return NULL;
        }
      g_array_append_val (reader->inputs, input);
    }
  return g_steal_pointer (&reader);
}

AssayReader *
assay_reader_new_for_fd (int fd, const char *name)
{
  g_return_val_if_fail (fd >= 0 && name != NULL, NULL);
  AssayReader *reader = reader_alloc ();
  Input input = { .path = g_strdup (name), .kind = INPUT_FD, .fd = fd };
  g_array_append_val (reader->inputs, input);
  return reader;
}

void
assay_reader_set_limits (AssayReader *reader, const AssayReaderLimits *limits)
{
  g_return_if_fail (reader != NULL && limits != NULL);
  g_return_if_fail (limits->max_doc_bytes > 0 && limits->max_line_bytes > 0 && limits->max_fields > 0);
  reader->limits = *limits;
}

static void
close_jsonl (AssayReader *reader)
{
  if (reader->src.fd >= 0 && reader->src.owned)
    close (reader->src.fd);
  reader->src.fd = -1;
  reader->src.read = NULL;
  reader->src.read_data = NULL;
  reader->src.buf_pos = reader->src.buf_len = 0;
  reader->src.after_cr = FALSE;
  g_clear_pointer (&reader->src.name, g_free);
}

static void
close_archive (AssayReader *reader)
{
  g_clear_pointer (&reader->archive, assay_archive_free);
  if (reader->archive_fd >= 0)
    close (reader->archive_fd);
  reader->archive_fd = -1;
}

void
assay_reader_set_stdin_format (AssayReader *reader, AssayStdinFormat format)
{
  g_return_if_fail (reader != NULL);
  reader->stdin_format = format;
}

static void
note_unread (AssayReader *reader, char *location)
{
  reader->n_unread++;
  if (reader->unread->len < ASSAY_READER_MAX_UNREAD_NAMES)
    g_ptr_array_add (reader->unread, location);
  else
    g_free (location);
}

const char *const *
assay_reader_get_unread (const AssayReader *reader, guint64 *n_unread)
{
  g_return_val_if_fail (reader != NULL, NULL);
  if (n_unread)
    *n_unread = reader->n_unread;
  g_ptr_array_add (reader->unread, NULL);
  g_ptr_array_set_size (reader->unread, reader->unread->len - 1);
  return (const char *const *) reader->unread->pdata;
}

void
assay_reader_free (AssayReader *reader)
{
  if (reader == NULL)
    return;
  close_jsonl (reader);
  close_archive (reader);
  g_ptr_array_unref (reader->unread);
  g_array_unref (reader->inputs);
  g_ptr_array_unref (reader->walk);
  g_free (reader->walk_root);
  g_free (reader->src.buf);
  g_string_free (reader->src.line, TRUE);
  g_object_unref (reader->parser);
  g_free (reader);
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static gboolean
push_dir (AssayReader *reader, const char *dir, GError **error)
{
  GDir *d = g_dir_open (dir, 0, error);
  if (d == NULL)
    return FALSE;
  WalkFrame *frame = g_new0 (WalkFrame, 1);
  frame->dir = g_strdup (dir);
  frame->names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while ((name = g_dir_read_name (d)))
    if (name[0] != '.')
      g_ptr_array_add (frame->names, g_strdup (name));
  g_dir_close (d);
  g_ptr_array_sort (frame->names, compare_names);
  g_ptr_array_add (reader->walk, frame);
  return TRUE;
}

/* The next .txt or .jsonl file below the folder being walked, or NULL. */
static char *
walk_next (AssayReader *reader, GError **error)
{
  while (reader->walk->len > 0)
    {
      WalkFrame *frame = reader->walk->pdata[reader->walk->len - 1];
      if (frame->next >= frame->names->len)
        {
          g_ptr_array_remove_index (reader->walk, reader->walk->len - 1);
          continue;
        }
      char *path = g_build_filename (frame->dir, frame->names->pdata[frame->next++], NULL);
      struct stat st;
      /* lstat: a link to a folder is not followed, so a loop cannot trap the walk. */
      if (lstat (path, &st) == 0 && S_ISDIR (st.st_mode))
        {
          if (!push_dir (reader, path, error))
            {
              g_prefix_error (error, "%s: ", path);
              g_free (path);
              return NULL;
            }
          g_free (path);
          continue;
        }
      if (assay_file_type (path, NULL) != ASSAY_FILE_OTHER)
        return path;
      note_unread (reader, path);
    }
  return NULL;
}

static void
item_error (AssayInputItem *item, const char *id, const char *location, GError *error)
{
  item->id = g_strdup (id);
  item->location = g_strdup (location);
  item->error = error;
}

void
assay_input_item_fail (AssayInputItem *item, const char *id, const char *location, int code,
                       const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *text = g_strdup_vprintf (format, args);
  va_end (args);
  item_error (item, id ? id : location, location,
              g_error_new (ASSAY_INPUT_ERROR, code, "%s: %s", location, text));
}

static const char *
file_kind (mode_t mode)
{
  if (S_ISFIFO (mode))
    return "a FIFO";
  if (S_ISSOCK (mode))
    return "a socket";
  if (S_ISCHR (mode))
    return "a character device";
  if (S_ISBLK (mode))
    return "a block device";
  if (S_ISDIR (mode))
    return "a folder";
  return "a special file";
}

static void
not_regular (const char *path, mode_t mode, GError **error)
{
  g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_NOT_REGULAR,
               "%s: %s, not a regular file, so it is not read (reading it could block or "
               "never end)",
               path, file_kind (mode));
}

int
assay_open_input (const char *path, gboolean regular_only, GError **error)
{
  g_return_val_if_fail (path != NULL, -1);
  struct stat st;
  /* A socket cannot be opened at all: say what it is rather than ENXIO. */
  if (regular_only && stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      not_regular (path, st.st_mode, error);
      return -1;
    }
  /* O_NONBLOCK: opening a FIFO without a writer would wait for one. */
  int fd = open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY | (regular_only ? O_NONBLOCK : 0));
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_READ, "%s: %s", path,
                   g_strerror (saved));
      return -1;
    }
  if (fstat (fd, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_READ, "%s: %s", path,
                   g_strerror (saved));
      close (fd);
      return -1;
    }
  if (regular_only && !S_ISREG (st.st_mode))
    {
      not_regular (path, st.st_mode, error);
      close (fd);
      return -1;
    }
  if (regular_only)
    fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  return fd;
}

char *
assay_read_fd_limited (int fd, const char *path, guint64 limit, const char *limit_option,
                       gsize *length, GError **error)
{
  g_return_val_if_fail (fd >= 0 && path != NULL && length != NULL, NULL);
  struct stat st;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && (guint64) st.st_size > limit)
    {
      g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_TOO_LARGE,
                   "%s: %" G_GUINT64_FORMAT " bytes, over the limit of %" G_GUINT64_FORMAT
                   " bytes%s%s",
                   path, (guint64) st.st_size, limit, limit_option ? "; raise it with " : "",
                   limit_option ? limit_option : "");
      return NULL;
    }
  GString *data = g_string_sized_new (S_ISREG (st.st_mode) ? (gsize) st.st_size + 1 : READ_CHUNK);
  for (;;)
    {
      g_string_set_size (data, data->len + READ_CHUNK);
      gsize before = data->len - READ_CHUNK;
      ssize_t n = read (fd, data->str + before, READ_CHUNK);
      g_string_set_size (data, before + MAX (n, 0));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_READ, "%s: %s", path,
                       g_strerror (saved));
          g_string_free (data, TRUE);
          return NULL;
        }
      if (n == 0)
        break;
      if (data->len > limit)
        {
          /* A device or a growing file: stop reading here. */
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_TOO_LARGE,
                       "%s: more than the limit of %" G_GUINT64_FORMAT " bytes%s%s", path, limit,
                       limit_option ? "; raise it with " : "", limit_option ? limit_option : "");
          g_string_free (data, TRUE);
          return NULL;
        }
    }
  *length = data->len;
  return g_string_free (data, FALSE);
}

void
assay_input_item_set_document (AssayInputItem *item, const char *id, const char *location,
                               const char *data, gsize length, gboolean html)
{
  item->bytes = length;
  item->id = g_strdup (id);
  item->location = g_strdup (location);
  if (!html)
    {
      item->doc = assay_document_new (id, data, length);
      return;
    }
  /* A page is parsed later, by whoever takes the item, as a JSONL line
   * is: finding the article is most of the time reading it takes. */
  item->raw = g_memdup2 (data, length + 1);
  item->raw[length] = '\0';
  item->raw_len = length;
  item->raw_html = TRUE;
}

/* The article in the page held in item->raw (see above). */
static void
parse_html (AssayInputItem *item)
{
  g_autofree char *raw = g_steal_pointer (&item->raw);
  gsize length = item->raw_len;
  item->raw_len = 0;
  item->raw_html = FALSE;
  GError *error = NULL;
  item->doc = assay_html_to_document (item->id, raw, length, &error);
  if (item->doc == NULL)
    {
      item->error = g_error_new (error->domain, error->code, "%s: %s", item->location,
                                 error->message);
      g_error_free (error);
      return;
    }
  /* The record names the page it came from: the text is not the file's. */
  assay_document_set_meta (item->doc, "file", item->location, NULL);
}

/* A .txt file (one document, its text) or an .html page (one article). */
static void
read_whole (AssayReader *reader, const char *path, const char *id, gboolean in_folder,
            gboolean html, AssayInputItem *item)
{
  GError *error = NULL;
  if (*id == '\0')
    {
      item_error (item, path, path,
                  g_error_new (ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                               "%s: a file's id is its name without its extension, and this "
                               "one's would be empty; rename the file",
                               path));
      return;
    }
  int fd = assay_open_input (path, in_folder, &error);
  gsize length = 0;
  char *data = fd < 0 ? NULL
                      : assay_read_fd_limited (fd, path, reader->limits.max_doc_bytes,
                                               "--max-doc-bytes", &length, &error);
  if (fd >= 0)
    close (fd);
  if (data == NULL)
    {
      item_error (item, id, path, error);
      return;
    }
  assay_input_item_set_document (item, id, path, data, length, html);
  g_free (data);
}

/* A file's id: its path below the folder @root (or its name, without a
 * root) without its extension. */
static char *
file_id (const char *root, const char *path)
{
  gsize suffix = 0;
  assay_file_type (path, &suffix);
  const char *rel = path;
  if (root && g_str_has_prefix (path, root))
    {
      rel = path + strlen (root);
      while (*rel == G_DIR_SEPARATOR)
        rel++;
    }
  else
    {
      const char *slash = strrchr (path, G_DIR_SEPARATOR);
      rel = slash ? slash + 1 : path;
    }
  return g_strndup (rel, strlen (rel) - suffix);
}

/* Reads the next non-blank line of the open JSONL stream into @item. */
/* "NAME:LINE", as "%s:%" G_GUINT64_FORMAT writes it: made for every
 * line, where g_strdup_printf() was a third of the reader thread's
 * instructions (callgrind, bench/dates-bench.py's 20 MB: 12.7M of
 * 38.7M). */
static char *
line_location (const char *name, guint64 line_no)
{
  char digits[24];
  char *p = digits + sizeof digits;
  do
    *--p = (char) ('0' + line_no % 10);
  while ((line_no /= 10) != 0);
  gsize name_len = strlen (name), n = digits + sizeof digits - p;
  char *location = g_malloc (name_len + 1 + n + 1);
  memcpy (location, name, name_len);
  location[name_len] = ':';
  memcpy (location + name_len + 1, p, n);
  location[name_len + 1 + n] = '\0';
  return location;
}

static gboolean
next_jsonl (AssayReader *reader, AssayInputItem *item)
{
  AssayLineSource *src = &reader->src;
  for (;;)
    {
      errno = 0;
      AssayLineStatus status = assay_line_source_next (src, reader->limits.max_line_bytes);
      if (status != ASSAY_LINE_OK)
        {
          if (status == ASSAY_LINE_FAILED)
            {
              int saved = errno;
              g_autofree char *location
                  = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, src->name, src->line_no + 1);
              assay_input_item_fail (item, NULL, location, ASSAY_INPUT_ERROR_READ, "read failed: %s",
                          src->read == assay_archive_read ? assay_archive_get_error (reader->archive)
                                                          : g_strerror (saved));
            }
          close_jsonl (reader);
          return status == ASSAY_LINE_FAILED;
        }
      if (src->line_bytes > reader->limits.max_line_bytes)
        {
          g_autofree char *location
              = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, src->name, src->line_no);
          assay_input_item_fail (item, NULL, location, ASSAY_INPUT_ERROR_TOO_LARGE,
                      "a line of %" G_GUINT64_FORMAT " bytes, over the limit of %" G_GUINT64_FORMAT
                      " bytes; raise it with --max-line-bytes",
                      src->line_bytes, reader->limits.max_line_bytes);
          item->bytes = src->line_bytes + 1;
          return TRUE;
        }
      const char *line = src->line->str;
      gsize n = src->line->len, skip = 0;
      while (skip < n && g_ascii_isspace (line[skip]))
        skip++;
      if (skip == n)
        continue;
      /* Parsed later, by whoever takes the item (assay_input_item_parse()). */
      item->location = line_location (src->name, src->line_no);
      item->raw = g_memdup2 (line, n + 1);
      item->raw_len = n;
      item->bytes = n + 1;
      return TRUE;
    }
}

static void
start_jsonl (AssayReader *reader, int fd, gboolean owned, const char *name)
{
  close_jsonl (reader);
  reader->src.fd = fd;
  reader->src.owned = owned;
  reader->src.name = g_strdup (name);
  reader->src.line_no = 0;
}

/* Opens the archive (or compressed JSONL file) @path; its members' ids
 * start with @id_prefix. */
static gboolean
open_archive (AssayReader *reader, const char *path, const char *id_prefix, gboolean in_folder,
              AssayInputItem *item)
{
  GError *error = NULL;
  close_archive (reader);
  int fd = assay_open_input (path, in_folder, &error);
  if (fd >= 0)
    reader->archive = assay_archive_open (fd, path, id_prefix, &error);
  if (reader->archive == NULL)
    {
      if (fd >= 0)
        close (fd);
      item_error (item, path, path, error);
      return FALSE;
    }
  reader->archive_fd = fd;
  return TRUE;
}

/* The next item of the open archive: TRUE with @item filled, FALSE when
 * a JSONL member was opened to be read line by line, or the archive
 * ended. */
static gboolean
next_in_archive (AssayReader *reader, AssayInputItem *item)
{
  for (;;)
    {
      char *unread = NULL;
      switch (assay_archive_next (reader->archive, reader->limits.max_doc_bytes, item, &unread))
        {
        case ASSAY_ARCHIVE_ITEM:
          return TRUE;
        case ASSAY_ARCHIVE_JSONL:
          close_jsonl (reader);
          reader->src.read = assay_archive_read;
          reader->src.read_data = reader->archive;
          reader->src.name = g_strdup (assay_archive_get_location (reader->archive));
          reader->src.line_no = 0;
          return FALSE;
        case ASSAY_ARCHIVE_SKIP:
          if (unread)
            note_unread (reader, unread);
          continue;
        case ASSAY_ARCHIVE_END:
          close_archive (reader);
          return FALSE;
        }
    }
}

/* Standard input read whole as one document: text, or a page. */
static void
read_stdin_whole (AssayReader *reader, AssayInputItem *item)
{
  GError *error = NULL;
  gsize length = 0;
  g_autofree char *data = assay_read_fd_limited (STDIN_FILENO, "<stdin>",
                                                 reader->limits.max_doc_bytes, "--max-doc-bytes",
                                                 &length, &error);
  if (data == NULL)
    item_error (item, "stdin", "<stdin>", error);
  else
    assay_input_item_set_document (item, "stdin", "<stdin>", data, length,
                                   reader->stdin_format == ASSAY_STDIN_HTML);
}

static gboolean
open_jsonl (AssayReader *reader, const char *path, gboolean in_folder, AssayInputItem *item)
{
  GError *error = NULL;
  int fd = assay_open_input (path, in_folder, &error);
  if (fd < 0)
    {
      item_error (item, path, path, error);
      return FALSE;
    }
  start_jsonl (reader, fd, TRUE, path);
  return TRUE;
}

void
assay_input_item_parse (AssayInputItem *item, JsonParser *parser, const AssayReaderLimits *limits)
{
  g_return_if_fail (item != NULL && parser != NULL && limits != NULL);
  if (item->raw == NULL)
    return;
  if (item->raw_html)
    {
      parse_html (item);
      return;
    }
  g_autofree char *raw = g_steal_pointer (&item->raw);
  g_autofree char *location = g_steal_pointer (&item->location);
  gsize length = item->raw_len;
  item->raw_len = 0;
  assay_jsonl_parse_line (parser, location, raw, length, limits, item);
}

const AssayReaderLimits *
assay_reader_get_limits (const AssayReader *reader)
{
  g_return_val_if_fail (reader != NULL, NULL);
  return &reader->limits;
}

gboolean
assay_reader_next (AssayReader *reader, AssayInputItem *item)
{
  if (!assay_reader_next_raw (reader, item))
    return FALSE;
  assay_input_item_parse (item, reader->parser, &reader->limits);
  return TRUE;
}

gboolean
assay_reader_next_raw (AssayReader *reader, AssayInputItem *item)
{
  g_return_val_if_fail (reader != NULL && item != NULL, FALSE);
  memset (item, 0, sizeof *item);

  for (;;)
    {
      if (reader->src.fd >= 0 || reader->src.read != NULL)
        {
          gboolean from_archive = reader->src.read == assay_archive_read;
          if (next_jsonl (reader, item))
            {
              if (from_archive)
                item->bytes = assay_archive_take_consumed (reader->archive);
              return TRUE;
            }
          continue;
        }

      if (reader->archive)
        {
          if (next_in_archive (reader, item))
            return TRUE;
          continue;
        }

      if (reader->walk->len > 0)
        {
          GError *error = NULL;
          g_autofree char *path = walk_next (reader, &error);
          if (error)
            {
              item_error (item, reader->walk_root, reader->walk_root, error);
              return TRUE;
            }
          if (path == NULL)
            continue;
          AssayFileType type = assay_file_type (path, NULL);
          if (type == ASSAY_FILE_TXT || type == ASSAY_FILE_HTML)
            {
              g_autofree char *id = file_id (reader->walk_root, path);
              read_whole (reader, path, id, TRUE, type == ASSAY_FILE_HTML, item);
              return TRUE;
            }
          if (type == ASSAY_FILE_ARCHIVE || type == ASSAY_FILE_JSONL_COMPRESSED)
            {
              g_autofree char *prefix = file_id (reader->walk_root, path);
              if (!open_archive (reader, path, prefix, TRUE, item))
                return TRUE;
              continue;
            }
          if (!open_jsonl (reader, path, TRUE, item))
            return TRUE;
          continue;
        }

      if (reader->next_input >= reader->inputs->len)
        return FALSE;
      const Input *input = &g_array_index (reader->inputs, Input, reader->next_input++);
      switch (input->kind)
        {
        case INPUT_TXT:
        case INPUT_HTML:
          {
            g_autofree char *id = file_id (NULL, input->path);
            read_whole (reader, input->path, id, FALSE, input->kind == INPUT_HTML, item);
            return TRUE;
          }
        case INPUT_JSONL:
          if (!open_jsonl (reader, input->path, FALSE, item))
            return TRUE;
          break;
        case INPUT_ARCHIVE:
          {
            g_autofree char *prefix = file_id (NULL, input->path);
            if (!open_archive (reader, input->path, prefix, FALSE, item))
              return TRUE;
            break;
          }
        case INPUT_STDIN:
          if (reader->stdin_format != ASSAY_STDIN_JSONL)
            {
              read_stdin_whole (reader, item);
              return TRUE;
            }
          start_jsonl (reader, STDIN_FILENO, FALSE, "<stdin>");
          break;
        case INPUT_FD:
          start_jsonl (reader, input->fd, FALSE, input->path);
          break;
        case INPUT_DIR:
          {
            GError *error = NULL;
            g_free (reader->walk_root);
            reader->walk_root = g_strdup (input->path);
            if (!push_dir (reader, input->path, &error))
              {
                item_error (item, input->path, input->path, error);
                return TRUE;
              }
            break;
          }
        }
    }
}

static guint64
dir_bytes (const char *dir)
{
  guint64 total = 0;
  GDir *d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    return 0;
  const char *name;
  while ((name = g_dir_read_name (d)))
    {
      if (name[0] == '.')
        continue;
      g_autofree char *path = g_build_filename (dir, name, NULL);
      struct stat st;
      if (lstat (path, &st) != 0)
        continue;
      if (S_ISDIR (st.st_mode))
        total += dir_bytes (path);
      else if (S_ISREG (st.st_mode)
               && assay_file_type (name, NULL) != ASSAY_FILE_OTHER)
        total += st.st_size;
    }
  g_dir_close (d);
  return total;
}

guint64
assay_reader_get_total_bytes (const AssayReader *reader)
{
  AssayReader *self = (AssayReader *) reader;
  if (self->total_known)
    return self->total_bytes;
  self->total_known = TRUE;
  for (guint i = 0; i < reader->inputs->len; i++)
    {
      const Input *input = &g_array_index (reader->inputs, Input, i);
      struct stat st;
      if (input->kind == INPUT_STDIN || input->kind == INPUT_FD)
        return self->total_bytes = 0;
      if (input->kind == INPUT_DIR)
        self->total_bytes += dir_bytes (input->path);
      else if (stat (input->path, &st) == 0 && S_ISREG (st.st_mode))
        self->total_bytes += st.st_size;
    }
  return self->total_bytes;
}
