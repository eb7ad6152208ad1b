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
 * Whatever a line or a file holds, reading it ends in bounded time and
 * memory: a line longer than the line limit is skipped to its end without
 * being kept, a file larger than the document limit is not read past it,
 * nesting is measured by a flat scan before json-glib (which recurses)
 * sees the line, and a folder yields only regular files, opened so that
 * opening a FIFO cannot block.
 */
#include "assay-private.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <json-glib/json-glib.h>

G_DEFINE_QUARK (assay-input-error-quark, assay_input_error)

/* Reads go through a buffer of this size; lines are cut from it. */
#define READ_CHUNK (64 * 1024)

typedef enum
{
  INPUT_TXT,
  INPUT_JSONL,
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

/* A JSONL stream cut into lines at LF, CR or CRLF. */
typedef struct
{
  int fd;            /* -1: none open */
  gboolean owned;    /* close fd at the end */
  char *name;        /* for locations: the path, or <stdin> */
  guint64 line_no;
  char *buf;         /* READ_CHUNK bytes read ahead */
  gsize buf_pos, buf_len;
  gboolean after_cr; /* the last line ended with CR: a LF next is its CRLF */
  GString *line;     /* the current line, without its end */
  guint64 line_bytes; /* the whole line's length, also past the limit */
} LineSource;

struct _AssayReader
{
  GArray *inputs; /* Input */
  guint next_input;

  GPtrArray *walk;  /* WalkFrame*, innermost last */
  char *walk_root;  /* the folder input being walked */

  LineSource src;
  JsonParser *parser;
  AssayReaderLimits limits;

  gboolean total_known;
  guint64 total_bytes;
};

void
assay_input_item_clear (AssayInputItem *item)
{
  assay_document_free (item->doc);
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
}

static AssayReader *
reader_alloc (void)
{
  AssayReader *reader = g_new0 (AssayReader, 1);
  reader->inputs = g_array_new (FALSE, TRUE, sizeof (Input));
  g_array_set_clear_func (reader->inputs, input_clear);
  reader->walk = g_ptr_array_new_with_free_func ((GDestroyNotify) walk_frame_free);
  reader->parser = json_parser_new_immutable ();
  reader->src.fd = -1;
  reader->src.buf = g_malloc (READ_CHUNK);
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
      else if (g_str_has_suffix (*p, ".txt"))
        input.kind = INPUT_TXT;
      else if (g_str_has_suffix (*p, ".jsonl"))
        input.kind = INPUT_JSONL;
      else
        {
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_UNSUPPORTED,
                       "input %s: cannot tell how to read it; name .txt or .jsonl files, "
                       "folders, or - for JSONL on standard input",
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
  g_return_if_fail (limits->max_doc_bytes > 0 && limits->max_line_bytes > 0);
  reader->limits = *limits;
}

static void
close_jsonl (AssayReader *reader)
{
  if (reader->src.fd >= 0 && reader->src.owned)
    close (reader->src.fd);
  reader->src.fd = -1;
  reader->src.buf_pos = reader->src.buf_len = 0;
  reader->src.after_cr = FALSE;
  g_clear_pointer (&reader->src.name, g_free);
}

void
assay_reader_free (AssayReader *reader)
{
  if (reader == NULL)
    return;
  close_jsonl (reader);
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
      if (g_str_has_suffix (path, ".txt") || g_str_has_suffix (path, ".jsonl"))
        return path;
      g_free (path);
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

static void
read_txt (AssayReader *reader, const char *path, const char *id, gboolean in_folder,
          AssayInputItem *item)
{
  GError *error = NULL;
  if (*id == '\0')
    {
      item_error (item, path, path,
                  g_error_new (ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                               "%s: a .txt file's id is its name without .txt, and this one's "
                               "would be empty; rename the file",
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
  item->doc = assay_document_new (id, data, length);
  item->id = g_strdup (id);
  item->location = g_strdup (path);
  item->bytes = length;
  g_free (data);
}

static char *
txt_id (const char *root, const char *path)
{
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
  return g_strndup (rel, strlen (rel) - strlen (".txt"));
}

/* ---- one JSONL line ------------------------------------------------------- */

/* What a flat scan of a line found before json-glib parses it. */
typedef struct
{
  gssize id_at; /* where the top-level "id" member's value starts, or -1 */
} LineScan;

static int
hex_value (const char *s)
{
  int v = 0;
  for (int i = 0; i < 4; i++)
    {
      int d = g_ascii_xdigit_value (s[i]);
      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* One pass over the line, without recursion: fails on nesting deeper
 * than @max_depth (json-glib recurses once a level, so a line of 100,000
 * brackets would overflow the stack), on anything but white space after
 * the first complete value (json-glib would drop it without a word), and
 * on an escaped UTF-16 surrogate without its other half (json-glib would
 * drop the character after it).  Everything else is json-glib's to judge.
 * Columns count bytes from 1. */
static gboolean
scan_line (const char *s, gsize n, guint max_depth, LineScan *scan, GError **error)
{
  guint depth = 0;
  gboolean in_string = FALSE, ended = FALSE;
  gboolean expect_key = FALSE, key_is_id = FALSE, want_id_value = FALSE;
  gsize string_start = 0;
  scan->id_at = -1;

  for (gsize i = 0; i < n; i++)
    {
      char c = s[i];
      if (in_string)
        {
          if (c == '"')
            {
              in_string = FALSE;
              if (expect_key && depth == 1)
                {
                  key_is_id = i - string_start == 2 && memcmp (s + string_start, "id", 2) == 0;
                  expect_key = FALSE;
                }
            }
          else if (c == '\\' && i + 1 < n)
            {
              if (s[i + 1] == 'u' && i + 5 < n)
                {
                  int u = hex_value (s + i + 2);
                  if (u >= 0xD800 && u <= 0xDBFF)
                    {
                      int low = i + 11 < n && s[i + 6] == '\\' && s[i + 7] == 'u'
                                    ? hex_value (s + i + 8)
                                    : -1;
                      if (low < 0xDC00 || low > 0xDFFF)
                        goto lone_surrogate;
                      i += 11;
                      continue;
                    }
                  if (u >= 0xDC00 && u <= 0xDFFF)
                    goto lone_surrogate;
                }
              i++;
            }
          continue;
        lone_surrogate:
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                       "a lone UTF-16 surrogate \\%.5s at column %" G_GSIZE_FORMAT
                       " (half of a pair, with no character of its own)",
                       s + i + 1, i + 1);
          return FALSE;
        }
      if (g_ascii_isspace (c))
        continue;
      if (ended)
        {
          g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                       "more after the end of the document at column %" G_GSIZE_FORMAT
                       "; a line holds one JSON object",
                       i + 1);
          return FALSE;
        }
      if (want_id_value)
        {
          scan->id_at = i;
          want_id_value = FALSE;
        }
      switch (c)
        {
        case '"':
          in_string = TRUE;
          string_start = i + 1;
          break;
        case '{':
        case '[':
          if (++depth > max_depth)
            {
              g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_TOO_DEEP,
                           "nested deeper than %u levels at column %" G_GSIZE_FORMAT, max_depth,
                           i + 1);
              return FALSE;
            }
          expect_key = depth == 1 && c == '{';
          break;
        case '}':
        case ']':
          if (depth == 0)
            return TRUE; /* unbalanced: json-glib says where */
          ended = --depth == 0;
          break;
        case ',':
          expect_key = depth == 1;
          break;
        case ':':
          want_id_value = depth == 1 && key_is_id;
          key_is_id = FALSE;
          break;
        default:
          break;
        }
    }
  return TRUE;
}

/* An id written as a JSON number is kept as the digits written, if it is
 * an integer; NULL otherwise. */
static char *
numeric_id (const char *line, gsize length, gssize at)
{
  if (at < 0)
    return NULL;
  gsize i = at, start = at;
  if (i < length && line[i] == '-')
    i++;
  gsize digits = i;
  while (i < length && g_ascii_isdigit (line[i]))
    i++;
  if (i == digits || (i < length && strchr (".eE", line[i])))
    return NULL;
  return g_strndup (line + start, i - start);
}

static const char *const known_fields[] = { "title", "published", "url", "source", "lang", NULL };

static void
set_meta_from (AssayDocument *doc, JsonObject *object, const char *key)
{
  JsonNode *node = json_object_get_member (object, key);
  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    assay_document_set_meta (doc, key, json_node_get_string (node), NULL);
}

static void
line_error (AssayInputItem *item, const char *id, const char *location, int code,
            const char *format, ...) G_GNUC_PRINTF (5, 6);

static void
line_error (AssayInputItem *item, const char *id, const char *location, int code,
            const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *text = g_strdup_vprintf (format, args);
  va_end (args);
  item_error (item, id ? id : location, location,
              g_error_new (ASSAY_INPUT_ERROR, code, "%s: %s", location, text));
}

/* Parses one JSONL line into a document or an error naming file and line. */
static void
parse_line (AssayReader *reader, const char *line, gsize length, AssayInputItem *item)
{
  g_autofree char *location = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, reader->src.name,
                                               reader->src.line_no);
  guint invalid = 0;
  gsize valid_len = length;
  const char *valid = line;
  g_autofree char *repaired = NULL;
  GError *error = NULL;

  item->bytes = length + 1;
  LineScan scan;
  if (!scan_line (line, length, ASSAY_MAX_JSON_DEPTH, &scan, &error))
    {
      line_error (item, NULL, location, error->code, "%s", error->message);
      g_error_free (error);
      return;
    }

  /* Most lines are valid: parse them where they are, and copy only the
   * ones that need repair. */
  if (!assay_utf8_validate (line, length, NULL))
    valid = repaired = assay_utf8_make_valid (line, length, &valid_len, &invalid);
  /* json-glib hands strings over as C strings: a NUL written as
   * "\u0000" would end the text there, and the rest would be lost without
   * a word.  It becomes U+FFFD and is counted, as a NUL byte in a .txt
   * file is.  (An escape only where an even run of backslashes comes
   * before it: "\\u0000" is a backslash and the letters.) */
  if (g_strstr_len (valid, valid_len, "\\u0000"))
    {
      if (repaired == NULL)
        valid = repaired = g_strndup (line, length);
      for (char *p = repaired; (p = g_strstr_len (p, repaired + valid_len - p, "\\u0000")) != NULL; p += 6)
        {
          gsize before = 0;
          while (p - before > repaired && p[-(gssize) before - 1] == '\\')
            before++;
          if (before % 2 == 0)
            memcpy (p + 2, "fffd", 4), invalid++;
        }
    }
  if (!json_parser_load_from_data (reader->parser, valid, valid_len, &error))
    {
      /* json-glib says "<data>:1:COLUMN: ..." of the one line it was given. */
      const char *detail = error->message;
      if (g_str_has_prefix (detail, "<data>:1:"))
        detail += strlen ("<data>:1:");
      line_error (item, NULL, location, ASSAY_INPUT_ERROR_MALFORMED,
                  "malformed JSON at column %s", detail);
      g_error_free (error);
      return;
    }
  JsonNode *root = json_parser_get_root (reader->parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      line_error (item, NULL, location, ASSAY_INPUT_ERROR_MALFORMED,
                  "a line must be a JSON object with \"id\" and \"text\"");
      return;
    }
  JsonObject *object = json_node_get_object (root);

  g_autofree char *id = NULL;
  JsonNode *id_node = json_object_get_member (object, "id");
  if (id_node && JSON_NODE_HOLDS_VALUE (id_node))
    {
      GType type = json_node_get_value_type (id_node);
      if (type == G_TYPE_STRING && *json_node_get_string (id_node))
        id = g_strdup (json_node_get_string (id_node));
      else if (type == G_TYPE_INT64 || type == G_TYPE_DOUBLE)
        {
          /* The digits as written: json-glib's 64-bit value would turn
           * 18446744073709551616 into another number.  (In @line, where
           * the scan found them: a repaired copy may have moved them.) */
          id = numeric_id (line, length, scan.id_at);
          if (id == NULL)
            {
              line_error (item, NULL, location, ASSAY_INPUT_ERROR_MALFORMED,
                          "\"id\" is a number that is not a whole number; write ids as "
                          "strings");
              return;
            }
        }
    }
  if (id == NULL)
    {
      line_error (item, NULL, location, ASSAY_INPUT_ERROR_MALFORMED,
                  "no \"id\" (a non-empty string or an integer)");
      return;
    }

  JsonNode *text_node = json_object_get_member (object, "text");
  if (text_node == NULL || !JSON_NODE_HOLDS_VALUE (text_node)
      || json_node_get_value_type (text_node) != G_TYPE_STRING)
    {
      line_error (item, id, location, ASSAY_INPUT_ERROR_MALFORMED,
                  "document '%s' has no \"text\" string", id);
      return;
    }
  const char *text = json_node_get_string (text_node);
  gsize text_len = strlen (text);
  if (text_len > reader->limits.max_doc_bytes)
    {
      line_error (item, id, location, ASSAY_INPUT_ERROR_TOO_LARGE,
                  "document '%s' has %" G_GSIZE_FORMAT " bytes of text, over the limit of "
                  "%" G_GUINT64_FORMAT " bytes; raise it with --max-doc-bytes",
                  id, text_len, reader->limits.max_doc_bytes);
      return;
    }
  g_autoptr (GList) members = json_object_get_members (object);
  JsonNode *meta_node = json_object_get_member (object, "meta");
  guint n_fields = g_list_length (members);
  if (meta_node && JSON_NODE_HOLDS_OBJECT (meta_node))
    n_fields += json_object_get_size (json_node_get_object (meta_node));
  if (n_fields > ASSAY_MAX_META_FIELDS)
    {
      line_error (item, id, location, ASSAY_INPUT_ERROR_TOO_LARGE,
                  "document '%s' has %u fields, over the limit of %u (metadata is for a "
                  "document's title, dates, source and the like)",
                  id, n_fields, ASSAY_MAX_META_FIELDS);
      return;
    }

  AssayDocument *doc = assay_document_new (id, text, text_len);
  for (const char *const *k = known_fields; *k; k++)
    set_meta_from (doc, object, *k);
  /* Other string fields, and a "meta" object of strings, are metadata too,
   * so nothing the producer attached is dropped silently. */
  if (meta_node && JSON_NODE_HOLDS_OBJECT (meta_node))
    {
      JsonObject *meta = json_node_get_object (meta_node);
      g_autoptr (GList) meta_members = json_object_get_members (meta);
      for (GList *m = meta_members; m; m = m->next)
        if (assay_name_is_key (m->data))
          set_meta_from (doc, meta, m->data);
    }
  for (GList *m = members; m; m = m->next)
    {
      const char *key = m->data;
      if (strcmp (key, "id") && strcmp (key, "text") && strcmp (key, "type")
          && !g_strv_contains (known_fields, key) && assay_name_is_key (key))
        set_meta_from (doc, object, key);
    }
  if (invalid > 0)
    {
      char count[16];
      g_snprintf (count, sizeof count, "%u", invalid);
      assay_document_set_meta (doc, ASSAY_META_INVALID_UTF8, count, NULL);
    }
  item->doc = doc;
  item->id = g_steal_pointer (&id);
  item->location = g_steal_pointer (&location);
}

/* ---- lines ---------------------------------------------------------------- */

typedef enum
{
  LINE_OK,
  LINE_END,
  LINE_FAILED, /* errno says why */
} LineStatus;

/* Reads the next line into src->line, ending it at LF, CR or CRLF (a CR
 * cannot be part of a JSON line: inside a string it must be escaped).  At
 * most @limit bytes are kept; src->line_bytes counts them all. */
static LineStatus
next_line (LineSource *src, guint64 limit)
{
  g_string_truncate (src->line, 0);
  src->line_bytes = 0;
  gboolean any = FALSE;
  for (;;)
    {
      if (src->buf_pos == src->buf_len)
        {
          ssize_t n = read (src->fd, src->buf, READ_CHUNK);
          if (n < 0 && errno == EINTR)
            continue;
          if (n < 0)
            return LINE_FAILED;
          if (n == 0)
            {
              if (!any)
                return LINE_END;
              src->line_no++;
              return LINE_OK;
            }
          src->buf_pos = 0;
          src->buf_len = n;
        }
      if (src->after_cr)
        {
          src->after_cr = FALSE;
          if (src->buf[src->buf_pos] == '\n')
            {
              src->buf_pos++;
              continue;
            }
        }
      const char *from = src->buf + src->buf_pos;
      gsize left = src->buf_len - src->buf_pos;
      const char *lf = memchr (from, '\n', left);
      const char *cr = memchr (from, '\r', lf ? (gsize) (lf - from) : left);
      const char *end = cr ? cr : lf;
      gsize take = end ? (gsize) (end - from) : left;
      any = TRUE;
      if (src->line_bytes + take <= limit)
        g_string_append_len (src->line, from, take);
      src->line_bytes += take;
      src->buf_pos += take;
      if (end)
        {
          src->buf_pos++;
          src->after_cr = end == cr;
          src->line_no++;
          return LINE_OK;
        }
    }
}

/* Reads the next non-blank line of the open JSONL stream into @item. */
static gboolean
next_jsonl (AssayReader *reader, AssayInputItem *item)
{
  LineSource *src = &reader->src;
  for (;;)
    {
      errno = 0;
      LineStatus status = next_line (src, reader->limits.max_line_bytes);
      if (status != LINE_OK)
        {
          if (status == LINE_FAILED)
            {
              int saved = errno;
              g_autofree char *location
                  = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, src->name, src->line_no + 1);
              line_error (item, NULL, location, ASSAY_INPUT_ERROR_READ, "read failed: %s",
                          g_strerror (saved));
            }
          close_jsonl (reader);
          return status == LINE_FAILED;
        }
      if (src->line_bytes > reader->limits.max_line_bytes)
        {
          g_autofree char *location
              = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, src->name, src->line_no);
          line_error (item, NULL, location, ASSAY_INPUT_ERROR_TOO_LARGE,
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
      parse_line (reader, line, n, item);
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

gboolean
assay_reader_next (AssayReader *reader, AssayInputItem *item)
{
  g_return_val_if_fail (reader != NULL && item != NULL, FALSE);
  memset (item, 0, sizeof *item);

  for (;;)
    {
      if (reader->src.fd >= 0)
        {
          if (next_jsonl (reader, item))
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
          if (g_str_has_suffix (path, ".txt"))
            {
              g_autofree char *id = txt_id (reader->walk_root, path);
              read_txt (reader, path, id, TRUE, item);
              return TRUE;
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
          {
            g_autofree char *id = txt_id (NULL, input->path);
            read_txt (reader, input->path, id, FALSE, item);
            return TRUE;
          }
        case INPUT_JSONL:
          if (!open_jsonl (reader, input->path, FALSE, item))
            return TRUE;
          break;
        case INPUT_STDIN:
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
               && (g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".jsonl")))
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
