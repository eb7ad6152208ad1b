/* assay-state.h: a stage's cross-document state, written by a map and
 * merged by a reduce (`assay map`, `assay reduce`; docs/cluster.md).
 *
 * A stage with a cross-document phase keeps, through collect(), a compact
 * summary of the documents it has seen.  To run over shards on several
 * machines, each shard's summary is written to a state file (save()), and
 * one reduce reads the shards' states back into one fresh instance in
 * shard order (merge()) before it calls finish().  The law a stage must
 * keep: merging the states of shards A, B, ... in order leaves the
 * instance as collect() over A's documents, then B's, ... would have; then
 * finish() writes the same bytes as one run.
 *
 * The core frames each stage's state (its length, the stage's name and
 * version, the pipeline's fingerprint: docs/cluster.md); a stage writes
 * bytes and reads them back through these calls, and never sees the file.
 * A reader stops at the end of the stage's own state: reading past it is an
 * error, and so is leaving bytes unread.  Integers go as unsigned LEB128
 * (one byte below 128), strings as their length and bytes, so a state is
 * compact and does not depend on the machine's byte order.
 *
 * Since ABI 1.2.
 */
#pragma once

#if !defined(ASSAY_INSIDE) && !defined(ASSAY_COMPILATION)
#error "Only <assay/assay.h> can be included directly."
#endif

#include <glib.h>
#include <assay/assay-version.h>

G_BEGIN_DECLS

typedef struct _AssayStateWriter AssayStateWriter;
typedef struct _AssayStateReader AssayStateReader;

/**
 * assay_state_write:
 * @data: (array length=length): bytes to write (copied)
 *
 * Returns: TRUE, or FALSE with ASSAY_STAGE_ERROR_FAILED naming the state
 * file when it cannot be written (a full disk).
 */
ASSAY_API gboolean assay_state_write (AssayStateWriter *writer, gconstpointer data, gsize length, GError **error);

/* Writes @value as unsigned LEB128.  Errors as assay_state_write(). */
ASSAY_API gboolean assay_state_write_uint (AssayStateWriter *writer, guint64 value, GError **error);

/* Writes @value (nullable: NULL reads back as NULL) with its length.
 * Errors as assay_state_write(). */
ASSAY_API gboolean assay_state_write_string (AssayStateWriter *writer, const char *value, GError **error);

/**
 * assay_state_read:
 * @data: (out caller-allocates) (array length=length): where to put the bytes
 *
 * Returns: TRUE, or FALSE with ASSAY_STAGE_ERROR_INPUT when the stage's
 * state ends first or the file cannot be read; the message names the file.
 */
ASSAY_API gboolean assay_state_read (AssayStateReader *reader, gpointer data, gsize length, GError **error);

/* Reads a value written by assay_state_write_uint().  Errors as
 * assay_state_read(), and when the bytes are no LEB128 number. */
ASSAY_API gboolean assay_state_read_uint (AssayStateReader *reader, guint64 *value, GError **error);

/**
 * assay_state_read_string:
 * @value: (out) (transfer full) (nullable): the string, NUL-terminated;
 *   NULL when NULL was written
 *
 * Returns: TRUE, or FALSE as assay_state_read(), and when the string is
 * longer than what is left of the state or holds a NUL byte.
 */
ASSAY_API gboolean assay_state_read_string (AssayStateReader *reader, char **value, GError **error);

/* Returns: the bytes of the stage's state not read yet. */
ASSAY_API guint64 assay_state_reader_get_remaining (const AssayStateReader *reader);

/* Returns: (transfer none): the state file being read or written, for a
 * stage's own messages. */
ASSAY_API const char *assay_state_reader_get_path (const AssayStateReader *reader);

/* ---- buffers (since ABI 1.4) ---------------------------------------------
 *
 * The same encoding in memory, for a stage's own records (what it spills
 * to disk while it collects), so that a stage writes and reads them with
 * the calls above, one codec for its state and its spills. */

/**
 * assay_state_writer_new_buffer:
 *
 * Returns: (transfer full): a writer whose bytes go to a growing buffer in
 * memory (writes never fail); free with assay_state_writer_free().
 */
ASSAY_API AssayStateWriter *assay_state_writer_new_buffer (void);

/**
 * assay_state_writer_get_buffer:
 * @writer: a writer from assay_state_writer_new_buffer()
 * @length: (out): how many bytes it holds
 *
 * Returns: (transfer none): its bytes, valid until the next write, clear
 * or free.
 */
ASSAY_API const guint8 *assay_state_writer_get_buffer (const AssayStateWriter *writer, gsize *length);

/* Empties a buffer writer, to write the next record. */
ASSAY_API void assay_state_writer_clear_buffer (AssayStateWriter *writer);

/* Frees a buffer writer (only those: the core owns a state file's). */
ASSAY_API void assay_state_writer_free (AssayStateWriter *writer);

/**
 * assay_state_reader_new_buffer:
 * @data: (array length=length): the bytes, not copied: they must outlive
 *   the reader
 * @what: what they are, for messages ("the claims of doc-17"; copied)
 *
 * Returns: (transfer full): a reader of @data, bounded by its length as a
 * stage's state is; its errors name @what.  Free with
 * assay_state_reader_free().
 */
ASSAY_API AssayStateReader *assay_state_reader_new_buffer (gconstpointer data, gsize length, const char *what);

/* Frees a buffer reader (only those). */
ASSAY_API void assay_state_reader_free (AssayStateReader *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayStateWriter, assay_state_writer_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayStateReader, assay_state_reader_free)

/**
 * AssayStageSaveFunc:
 * @instance: the instance that received collect()
 *
 * Writes what collect() kept.  Called once, in `assay map`, after the last
 * document, instead of finish().  Returns FALSE with @error set when it
 * cannot be written.
 */
typedef gboolean (*AssayStageSaveFunc) (gpointer instance, AssayStateWriter *writer, GError **error);

/**
 * AssayStageMergeFunc:
 * @instance: a fresh instance (no collect() yet), which then gets finish()
 *
 * Appends a state written by save() to what the instance holds, as if
 * collect() had seen that shard's documents next.  Called once a shard, in
 * shard order.  Returns FALSE with @error set when the state is malformed.
 */
typedef gboolean (*AssayStageMergeFunc) (gpointer instance, AssayStateReader *reader, GError **error);

G_END_DECLS
