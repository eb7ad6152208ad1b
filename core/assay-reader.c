/* assay-reader.c: turning the command line's inputs into a stream of
 * documents, one at a time, so memory never depends on the archive's size.
 *
 * Inputs: a .txt file (one document, its id the file name without .txt),
 * a .jsonl file (one document a line), a folder (its .txt and .jsonl files,
 * recursively, in sorted order; a .txt file's id is its path below the
 * folder without .txt), or "-" (JSONL on standard input).  Every problem
 * with one document (an unreadable file, a malformed line) becomes an item
 * carrying the error, so the run writes an error record and goes on.
 */
#include "assay-private.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <json-glib/json-glib.h>

G_DEFINE_QUARK (assay-input-error-quark, assay_input_error)

typedef enum
{
  INPUT_TXT,
  INPUT_JSONL,
  INPUT_STDIN,
  INPUT_DIR,
} InputKind;

typedef struct
{
  char *path;
  InputKind kind;
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

  FILE *jsonl;
  gboolean jsonl_is_stdin;
  char *jsonl_name;
  guint64 line_no;
  char *line;
  size_t line_cap;
  JsonParser *parser;

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

AssayReader *
assay_reader_new (const char *const *inputs, GError **error)
{
  g_autoptr (AssayReader) reader = g_new0 (AssayReader, 1);
  reader->inputs = g_array_new (FALSE, TRUE, sizeof (Input));
  g_array_set_clear_func (reader->inputs, input_clear);
  reader->walk = g_ptr_array_new_with_free_func ((GDestroyNotify) walk_frame_free);
  reader->parser = json_parser_new_immutable ();

  gboolean seen_stdin = FALSE;
  for (const char *const *p = inputs; p && *p; p++)
    {
      Input input = { .path = g_strdup (*p) };
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

static void
close_jsonl (AssayReader *reader)
{
  if (reader->jsonl && !reader->jsonl_is_stdin)
    fclose (reader->jsonl);
  reader->jsonl = NULL;
  g_clear_pointer (&reader->jsonl_name, g_free);
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
  free (reader->line);
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

static void
read_txt (const char *path, const char *id, AssayInputItem *item)
{
  char *data = NULL;
  gsize length = 0;
  GError *error = NULL;
  if (!g_file_get_contents (path, &data, &length, &error))
    {
      GError *wrapped = g_error_new (ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_READ, "%s",
                                     error->message);
      g_error_free (error);
      item_error (item, id, path, wrapped);
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

static const char *const known_fields[] = { "title", "published", "url", "source", "lang", NULL };

static void
set_meta_from (AssayDocument *doc, JsonObject *object, const char *key)
{
  JsonNode *node = json_object_get_member (object, key);
  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    assay_document_set_meta (doc, key, json_node_get_string (node), NULL);
}

/* Parses one JSONL line into a document or an error naming file and line. */
static void
parse_line (AssayReader *reader, const char *line, gsize length, AssayInputItem *item)
{
  g_autofree char *location = g_strdup_printf ("%s:%" G_GUINT64_FORMAT, reader->jsonl_name,
                                               reader->line_no);
  guint invalid = 0;
  gsize valid_len = length;
  const char *valid = line;
  g_autofree char *repaired = NULL;
  GError *error = NULL;

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
  item->bytes = length + 1;
  if (!json_parser_load_from_data (reader->parser, valid, valid_len, &error))
    {
      /* json-glib says "<data>:1:COLUMN: ..." of the one line it was given. */
      const char *detail = error->message;
      if (g_str_has_prefix (detail, "<data>:1:"))
        detail += strlen ("<data>:1:");
      GError *wrapped = g_error_new (ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                                     "%s: malformed JSON at column %s", location, detail);
      g_error_free (error);
      item_error (item, location, location, wrapped);
      return;
    }
  JsonNode *root = json_parser_get_root (reader->parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      item_error (item, location, location,
                  g_error_new (ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                               "%s: a line must be a JSON object with \"id\" and \"text\"",
                               location));
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
      else if (type == G_TYPE_INT64)
        id = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (id_node));
    }
  if (id == NULL)
    {
      item_error (item, location, location,
                  g_error_new (ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                               "%s: no \"id\" (a non-empty string or an integer)", location));
      return;
    }

  JsonNode *text_node = json_object_get_member (object, "text");
  if (text_node == NULL || !JSON_NODE_HOLDS_VALUE (text_node)
      || json_node_get_value_type (text_node) != G_TYPE_STRING)
    {
      item_error (item, id, location,
                  g_error_new (ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_MALFORMED,
                               "%s: document '%s' has no \"text\" string", location, id));
      return;
    }

  AssayDocument *doc = assay_document_new (id, json_node_get_string (text_node), -1);
  for (const char *const *k = known_fields; *k; k++)
    set_meta_from (doc, object, *k);
  /* Other string fields, and a "meta" object of strings, are metadata too,
   * so nothing the producer attached is dropped silently. */
  JsonNode *meta_node = json_object_get_member (object, "meta");
  if (meta_node && JSON_NODE_HOLDS_OBJECT (meta_node))
    {
      JsonObject *meta = json_node_get_object (meta_node);
      g_autoptr (GList) members = json_object_get_members (meta);
      for (GList *m = members; m; m = m->next)
        if (assay_name_is_key (m->data))
          set_meta_from (doc, meta, m->data);
    }
  g_autoptr (GList) members = json_object_get_members (object);
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

/* Reads the next non-blank line of the open JSONL stream into @item. */
static gboolean
next_jsonl (AssayReader *reader, AssayInputItem *item)
{
  for (;;)
    {
      errno = 0;
      ssize_t n = getline (&reader->line, &reader->line_cap, reader->jsonl);
      if (n < 0)
        {
          gboolean failed = ferror (reader->jsonl);
          int saved = errno;
          if (failed)
            {
              g_autofree char *location = g_strdup_printf (
                  "%s:%" G_GUINT64_FORMAT, reader->jsonl_name, reader->line_no + 1);
              item_error (item, location, location,
                          g_error_new (ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_READ,
                                       "%s: read failed: %s", location, g_strerror (saved)));
            }
          close_jsonl (reader);
          return failed;
        }
      reader->line_no++;
      while (n > 0 && (reader->line[n - 1] == '\n' || reader->line[n - 1] == '\r'))
        n--;
      gsize skip = 0;
      while ((ssize_t) skip < n && g_ascii_isspace (reader->line[skip]))
        skip++;
      if ((ssize_t) skip == n)
        continue;
      parse_line (reader, reader->line, n, item);
      return TRUE;
    }
}

static gboolean
open_jsonl (AssayReader *reader, const char *path, AssayInputItem *item)
{
  reader->jsonl = fopen (path, "rb");
  reader->line_no = 0;
  if (reader->jsonl == NULL)
    {
      int saved = errno;
      item_error (item, path, path,
                  g_error_new (ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_READ, "%s: %s", path,
                               g_strerror (saved)));
      return FALSE;
    }
  reader->jsonl_is_stdin = FALSE;
  reader->jsonl_name = g_strdup (path);
  return TRUE;
}

gboolean
assay_reader_next (AssayReader *reader, AssayInputItem *item)
{
  g_return_val_if_fail (reader != NULL && item != NULL, FALSE);
  memset (item, 0, sizeof *item);

  for (;;)
    {
      if (reader->jsonl)
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
              read_txt (path, id, item);
              return TRUE;
            }
          if (!open_jsonl (reader, path, item))
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
            read_txt (input->path, id, item);
            return TRUE;
          }
        case INPUT_JSONL:
          if (!open_jsonl (reader, input->path, item))
            return TRUE;
          break;
        case INPUT_STDIN:
          reader->jsonl = stdin;
          reader->jsonl_is_stdin = TRUE;
          reader->jsonl_name = g_strdup ("<stdin>");
          reader->line_no = 0;
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
      else if (g_str_has_suffix (name, ".txt") || g_str_has_suffix (name, ".jsonl"))
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
      if (input->kind == INPUT_STDIN)
        return self->total_bytes = 0;
      if (input->kind == INPUT_DIR)
        self->total_bytes += dir_bytes (input->path);
      else if (stat (input->path, &st) == 0)
        self->total_bytes += st.st_size;
    }
  return self->total_bytes;
}
