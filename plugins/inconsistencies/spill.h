/* spill.h: what the cross-document phase keeps on disk rather than in
 * memory (spill.c): append-only byte stores in unlinked temporary files,
 * and the claims' records written to one, in the state's encoding
 * (assay-state.h), so that the stage has one codec for its spills and its
 * state. */
#pragma once

#include "summary.h"

/* ---- spills -------------------------------------------------------------- */

/* Returns: (transfer full): an empty spill of @what (a static string, for
 * errors: "claims"), whose file is made in @dir (the run's temporary
 * folder) on the first bytes. */
Spill *spill_new (const char *what, const char *dir);
void spill_free (Spill *spill);

/* Appends @length bytes; *@at is where they start.  They are gathered in
 * a buffer and written when it fills (spill_finish() writes the rest):
 * FALSE with @error when the disk refuses them. */
gboolean spill_add (Spill *spill, const char *text, gsize length, guint64 *at, GError **error);

/* Writes @length bytes over those at @at, all of which spill_add() wrote
 * before (a record rewritten in its place).  FALSE with @error. */
gboolean spill_rewrite (Spill *spill, guint64 at, const char *text, gsize length, GError **error);

/* Writes what it still gathers in memory to its file, so that a full disk
 * is found now, naming the spill, rather than never (the last bytes are
 * read back from memory until then).  FALSE with @error. */
gboolean spill_finish (Spill *spill, GError **error);

/* Reads @length bytes at @at into @out; FALSE with @error when they
 * cannot be read back. */
gboolean spill_read (const Spill *spill, guint64 at, guint32 length, char *out, GError **error);

/* Returns: (transfer full): @length bytes at @at, NUL-terminated, or NULL
 * with @error. */
char *spill_get (const Spill *spill, guint64 at, guint32 length, GError **error);

/* The bytes it holds. */
guint64 spill_size (const Spill *spill);

/* Writes its length and bytes to a state; FALSE with @error. */
gboolean spill_save (const Spill *spill, AssayStateWriter *w, GError **error);

/* Appends what spill_save() wrote to @r; *@base is where it starts here.
 * FALSE with @error. */
gboolean spill_merge (Spill *spill, AssayStateReader *r, guint64 *base, GError **error);

/* ---- the claims' records ------------------------------------------------- */

/* Returns: (transfer none) (nullable): the CLAIM_ constant spelled @label,
 * or NULL when it is none. */
const char *claim_type (const char *label);

/* Frees a Kept's strings (a GArray's clear function). */
void kept_clear (gpointer data);

/* Writes one claim: its type, subject, value, key and extra as strings,
 * then its evidence's offset and length, start, end, claim id, former and
 * update as numbers.  The state keeps claims in this layout too.  Errors
 * as assay_state_write(). */
gboolean kept_write (AssayStateWriter *w, const Kept *k, GError **error);

/* Reads a claim kept_write() wrote and appends it to @kept (its strings
 * owned there), its evidence moved by @base; FALSE with @error when it is
 * damaged or its evidence lies past @evidence_end. */
gboolean kept_read (AssayStateReader *r, guint64 base, guint64 evidence_end, GArray *kept, GError **error);

/* Writes @kept as one record to @claims, through @buffer (a buffer writer,
 * reused); *@at and *@length say where.  FALSE with @error. */
gboolean claims_spill (Spill *claims, AssayStateWriter *buffer, GArray *kept, guint64 *at, guint32 *length,
                       const char *id, GError **error);

/* Reads back @n claims of document @id at @at into @kept; FALSE with @error
 * when they cannot be read or are damaged. */
gboolean claims_read_back (const Spill *claims, guint64 at, guint32 length, guint n, const char *id, GArray *kept,
                           GError **error);

/* ---- reading the stage's records ----------------------------------------- */

/* Sets @error, naming @r's file, and returns FALSE. */
gboolean records_damaged (AssayStateReader *r, const char *what, GError **error);

/* Reads a number of at most @max, or fails naming @what. */
gboolean read_bounded (AssayStateReader *r, guint64 max, guint64 *value, const char *what, GError **error);
