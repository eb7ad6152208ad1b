/* assay-data.c: the one reader of stages' tab-separated data tables,
 * whose errors name the file and the line as an editor shows it. */
#include "assay-private.h"

#include <string.h>
#include <unistd.h>

struct _AssayDataTable
{
  char *path;
  GArray *rows; /* AssayDataRow, fields owned (GStrv) */
};

static void
row_clear (gpointer data)
{
  AssayDataRow *row = data;
  g_strfreev (row->fields);
}

static gboolean
is_blank (const char *line, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (line[i] != ' ' && line[i] != '\t')
      return FALSE;
  return TRUE;
}

AssayDataTable *
assay_data_table_read (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr (GError) local = NULL;
  /* A regular file only, and within bounds, as assay_data_read_lines()
   * reads: a FIFO named as a table must not hang the stage's creation,
   * nor a huge file fill the memory. */
  int fd = assay_open_input (path, TRUE, &local);
  if (fd >= 0)
    {
      data = assay_read_fd_limited (fd, path, ASSAY_MAX_DATA_FILE_BYTES, NULL, &length, &local);
      close (fd);
    }
  if (data == NULL)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s", local->message);
      return NULL;
    }
  const char *bad;
  if (!g_utf8_validate_len (data, length, &bad))
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

  AssayDataTable *table = g_new0 (AssayDataTable, 1);
  table->path = g_strdup (path);
  table->rows = g_array_new (FALSE, TRUE, sizeof (AssayDataRow));
  g_array_set_clear_func (table->rows, row_clear);
  guint line = 0;
  for (const char *p = data, *end = data + length; p < end;)
    {
      const char *eol = memchr (p, '\n', end - p);
      if (eol == NULL)
        eol = end;
      gsize n = eol - p;
      line++;
      if (n > 0 && p[n - 1] == '\r')
        n--;
      if (!is_blank (p, n) && p[0] != '#')
        {
          g_autofree char *text = g_strndup (p, n);
          AssayDataRow row = { .line = line, .fields = g_strsplit (text, "\t", -1) };
          row.n_fields = g_strv_length (row.fields);
          g_array_append_val (table->rows, row);
        }
      p = eol + 1;
    }
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
  g_free (table->path);
  g_free (table);
}
