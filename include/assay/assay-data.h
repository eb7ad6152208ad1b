/* assay-data.h: the one reader of a stage's data tables.
 *
 * Stages keep their knowledge in tab-separated files beside them, so users
 * can read and extend it.  A user who gets a row wrong must be told the
 * file and line, what is wrong and what to write; before this reader each
 * loader split fields by hand and counted "entries", which are not the
 * lines an editor shows once comments and blank lines are left out.
 *
 * Added in ABI 1.1.  assay_data_read_lines(), the old reader over the
 * same checks, stays for plugins built against ABI 1.0.
 */
#pragma once

#if !defined(ASSAY_INSIDE) && !defined(ASSAY_COMPILATION)
#error "Only <assay/assay.h> can be included directly."
#endif

#include <glib.h>
#include <assay/assay-version.h>

G_BEGIN_DECLS

/**
 * AssayDataRow:
 * @line: the row's line in its file, counted from 1 as editors do
 * @n_fields: how many fields the row has (at least 1)
 * @fields: the fields, split at tabs, @n_fields strings and a NULL after
 *   them; a field may be empty
 *
 * One row of a data table, owned by its table.  The core fills it; a
 * stage only reads it, so fields may be appended to it in a later minor
 * version.
 */
typedef struct
{
  guint line;
  guint n_fields;
  char **fields;
} AssayDataRow;

typedef struct _AssayDataTable AssayDataTable;

/**
 * assay_data_table_read:
 * @path: a data file
 *
 * Reads a tab-separated data file: one row a line, the line's final '\r'
 * dropped, blank lines (nothing but spaces) and lines whose first byte is
 * '#' left out, each row split at every tab.  The file must be UTF-8.
 *
 * Returns: (transfer full): the table, to free with
 * assay_data_table_free(), or NULL with ASSAY_STAGE_ERROR_DATA naming the
 * file (and, for bytes that are not UTF-8, the line).
 */
ASSAY_API AssayDataTable *assay_data_table_read (const char *path, GError **error);

/** Returns: (transfer none): the path the table was read from, as given. */
ASSAY_API const char *assay_data_table_get_path (const AssayDataTable *table);

/** Returns: the number of rows (comments and blank lines not counted). */
ASSAY_API guint assay_data_table_get_n_rows (const AssayDataTable *table);

/**
 * assay_data_table_get_row:
 * @index: from 0 to the number of rows less one
 *
 * Returns: (transfer none): the row, owned by @table.
 */
ASSAY_API const AssayDataRow *assay_data_table_get_row (const AssayDataTable *table, guint index);

/**
 * assay_data_row_check:
 * @table: the row's table
 * @row: a row of it
 * @min_fields: the fewest fields the row may have
 * @max_fields: the most (at least @min_fields)
 * @layout: what a row holds, as a user writes it ("KIND<TAB>WORD<TAB>VALUE")
 *
 * Checks that @row has from @min_fields to @max_fields fields.
 *
 * Returns: TRUE, or FALSE with ASSAY_STAGE_ERROR_DATA as
 * "FILE:LINE: 2 fields where 3 are expected; write KIND<TAB>WORD<TAB>VALUE".
 */
ASSAY_API gboolean assay_data_row_check (const AssayDataTable *table, const AssayDataRow *row,
                                         guint min_fields, guint max_fields, const char *layout,
                                         GError **error);

/**
 * assay_data_row_set_error:
 * @error: (nullable): where the error goes
 * @table: the row's table
 * @row: the row at fault
 * @format: printf() format of what is wrong and what to write instead
 *
 * Sets @error to ASSAY_STAGE_ERROR_DATA with "FILE:LINE: " before the
 * message, so every loader names a row the same way.
 */
ASSAY_API void assay_data_row_set_error (GError **error, const AssayDataTable *table,
                                         const AssayDataRow *row, const char *format, ...)
    G_GNUC_PRINTF (4, 5);

/**
 * assay_data_row_where:
 * @table: the row's table
 * @row: a row of it
 *
 * Returns: (transfer full): "FILE:LINE", for a message built elsewhere (a
 * pattern's compile error); g_free() it.
 */
ASSAY_API char *assay_data_row_where (const AssayDataTable *table, const AssayDataRow *row);

/** Frees @table and its rows; NULL is ignored. */
ASSAY_API void assay_data_table_free (AssayDataTable *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayDataTable, assay_data_table_free)

G_END_DECLS
