/* assay-data.c: the one reader of stages' tab-separated data tables,
 * whose errors name the file and the line as an editor shows it. */
#include "assay-private.h"

#include <string.h>
#include <unistd.h>

struct _AssayDataTable
{
  char *path;
  /* The file's bytes, each tab and line end made a NUL, and every row's
   * field pointers (and their NULLs) in one block: the fields point into
   * the text.  A copy and a g_strsplit() a row made the entities stage's
   * start-up (five lists of 30,000 to 60,000 rows) 0.7 G instructions of
   * its 0.95 G, most of them malloc() and free(). */
  char *text;
  char **pointers;
  GArray *rows; /* AssayDataRow, fields into @text */
};

static gboolean
is_blank (const char *line, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (line[i] != ' ' && line[i] != '\t')
      return FALSE;
  return TRUE;
}

/* The bytes of the data file @path (NUL-ended, @length without the NUL),
 * or NULL with ASSAY_STAGE_ERROR_DATA: the one place both readers below
 * open, bound and check a file.  A regular file only, and within bounds:
 * a FIFO named as a data file must not hang a stage's creation or `assay
 * check`, nor /dev/zero fill the memory. */
static char *
read_data_file (const char *path, gsize *length, GError **error)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) local = NULL;
  int fd = assay_open_input (path, TRUE, &local);
  if (fd >= 0)
    {
      data = assay_read_fd_limited (fd, path, ASSAY_MAX_DATA_FILE_BYTES, NULL, length, &local);
      close (fd);
    }
  if (data == NULL)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s", local->message);
      return NULL;
    }
  const char *bad;
  if (!g_utf8_validate_len (data, *length, &bad))
    {
      guint line = 1;
      for (const char *p = data; p < bad; p++)
        line += *p == '\n';
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                   "%s:%u: not UTF-8 (byte %" G_GSIZE_FORMAT
                   " of the file); save the file as UTF-8",
                   path, line, (gsize)(bad - data));
      return NULL;
    }
  return g_steal_pointer (&data);
}

AssayDataTable *
assay_data_table_read (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  gsize length = 0;
  g_autofree char *data = read_data_file (path, &length, error);
  if (data == NULL)
    return NULL;

  /* At most a field a tab, and a field and a NULL a line (counted by
   * memchr(): a loop over the bytes cost 50 M instructions of the
   * entities stage's start-up). */
  gsize n_lines = 1, n_tabs = 0;
  for (const char *p = data; (p = memchr (p, '\n', data + length - p)) != NULL; p++)
    n_lines++;
  for (const char *p = data; (p = memchr (p, '\t', data + length - p)) != NULL; p++)
    n_tabs++;
  AssayDataTable *table = g_new0 (AssayDataTable, 1);
  table->path = g_strdup (path);
  table->rows = g_array_new (FALSE, TRUE, sizeof (AssayDataRow));
  table->pointers = g_new (char *, n_tabs + 2 * n_lines);
  char **next = table->pointers;
  guint line = 0;
  for (char *p = data, *end = data + length; p < end;)
    {
      char *eol = memchr (p, '\n', end - p);
      if (eol == NULL)
        eol = end;
      gsize n = eol - p;
      line++;
      if (n > 0 && p[n - 1] == '\r')
        n--;
      if (!is_blank (p, n) && p[0] != '#')
        {
          AssayDataRow row = { .line = line, .fields = next };
          char *field = p;
          for (char *t; (t = memchr (field, '\t', p + n - field)) != NULL; field = t + 1)
            {
              *t = '\0';
              *next++ = field;
            }
          *next++ = field;
          row.n_fields = next - row.fields;
          *next++ = NULL;
          g_array_append_val (table->rows, row);
        }
      /* After the row's fields are cut: its last ends here (the '\r' or
       * '\n'; at the file's end, the NUL the reader puts after it). */
      p[n] = '\0';
      p = eol + 1;
    }
  table->text = g_steal_pointer (&data);
  return table;
}

const char *
assay_data_table_get_path (const AssayDataTable *table)
{
  g_return_val_if_fail (table != NULL, NULL);
  return table->path;
}

guint
assay_data_table_get_n_rows (const AssayDataTable *table)
{
  g_return_val_if_fail (table != NULL, 0);
  return table->rows->len;
}

const AssayDataRow *
assay_data_table_get_row (const AssayDataTable *table, guint index)
{
  g_return_val_if_fail (table != NULL, NULL);
  g_return_val_if_fail (index < table->rows->len, NULL);
  return &g_array_index (table->rows, AssayDataRow, index);
}

char *
assay_data_row_where (const AssayDataTable *table, const AssayDataRow *row)
{
  g_return_val_if_fail (table != NULL && row != NULL, NULL);
  return g_strdup_printf ("%s:%u", table->path, row->line);
}

void
assay_data_row_set_error (GError **error, const AssayDataTable *table, const AssayDataRow *row,
                          const char *format, ...)
{
  g_return_if_fail (table != NULL && row != NULL && format != NULL);
  if (error == NULL)
    return;
  va_list args;
  va_start (args, format);
  g_autofree char *what = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s:%u: %s", table->path,
               row->line, what);
}

gboolean
assay_data_row_check (const AssayDataTable *table, const AssayDataRow *row, guint min_fields,
                      guint max_fields, const char *layout, GError **error)
{
  g_return_val_if_fail (table != NULL && row != NULL && layout != NULL, FALSE);
  g_return_val_if_fail (min_fields <= max_fields, FALSE);
  if (row->n_fields >= min_fields && row->n_fields <= max_fields)
    return TRUE;
  g_autofree char *expected = min_fields == max_fields
                                  ? g_strdup_printf ("%u", min_fields)
                                  : g_strdup_printf ("%u to %u", min_fields, max_fields);
  assay_data_row_set_error (error, table, row,
                            "%u field%s where %s %s expected (fields are split at tabs); write %s",
                            row->n_fields, row->n_fields == 1 ? "" : "s", expected,
                            max_fields == 1 ? "is" : "are", layout);
  return FALSE;
}

void
assay_data_table_free (AssayDataTable *table)
{
  if (table == NULL)
    return;
  g_array_unref (table->rows);
  g_free (table->pointers);
  g_free (table->text);
  g_free (table->path);
  g_free (table);
}

/* The old reader (ABI 1.0): whole lines, without their line numbers, so
 * a loader over it cannot say where a wrong row is.  Use
 * assay_data_table_read() and assay_data_row_check() instead; no stage of
 * this tree calls it any more, and it stays for plugins built against
 * ABI 1.0.  Unlike the table, a line of spaces is an entry here, as it
 * always was. */
GPtrArray *
assay_data_read_lines (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  gsize length = 0;
  g_autofree char *data = read_data_file (path, &length, error);
  if (data == NULL)
    return NULL;
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  for (const char *p = data, *end = data + length; p <= end;)
    {
      const char *eol = memchr (p, '\n', end - p);
      if (eol == NULL)
        eol = end;
      gsize n = eol - p;
      if (n > 0 && p[n - 1] == '\r')
        n--;
      if (n > 0 && p[0] != '#')
        g_ptr_array_add (lines, g_strndup (p, n));
      p = eol + 1;
    }
  return lines;
}
