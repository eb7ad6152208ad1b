/* assay-cli.h: what the command's files share (assay.c, assay-reduce.c):
 * exit statuses, option parsing and messages, so that every command reads
 * its options and reports its errors the same way. */
#pragma once

#include "assay-private.h"

/* As DESIGN.md fixes them, and 3: a run that stopped partway (its output
 * could not be written, a disk under the reduce failed) must not read as
 * 1, whose output holds an error record for every input that failed. */
enum
{
  EXIT_ALL_DONE = 0,
  EXIT_SOME_FAILED = 1,
  EXIT_USAGE = 2,
  EXIT_RUN_FAILED = 3,
};

/* Says what is wrong with the command line on stderr; returns EXIT_USAGE.
 * Commands return rather than exit(), so everything they hold is freed. */
int usage_error (const char *format, ...) G_GNUC_PRINTF (1, 2);

/* Returns: (transfer full): a context with @entries (nullable) and the
 * options every command takes. */
GOptionContext *new_context (const char *parameters, const char *summary, const GOptionEntry *entries);

/* Parses, or says why not (usage_error()) and returns FALSE. */
gboolean parse_args (GOptionContext *context, int *argc, char ***argv);

/* Prints @message, each line as the tool's ("assay: ..."). */
void print_error (const char *message);

/* Splits "-jN" and "-oFILE" in two, as getopt reads them, before "--".
 * Returns: (transfer container): the new argv; split values go to @owned. */
char **split_short_values (int *argc, char **argv, GPtrArray *owned);

/* Reads a byte count: digits, and an optional K, M or G (powers of 1024). */
gboolean parse_size (const char *text, guint64 *value);

/* The pipeline @name names (a file or a shipped one) with the --set
 * overrides.  Returns: (transfer full) (nullable): the pipeline, and in
 * @registry (transfer full) the stages it was loaded from, which must
 * outlive it; NULL, having said why, on a usage error. */
AssayPipeline *open_pipeline (const char *cmd, const char *name, char **sets, AssayRegistry **registry);

/* `assay reduce` (assay-reduce.c). */
/* Gives @out (standard output or an -o stream) its output buffer. */
void buffer_output (FILE *out);
int cmd_reduce (int argc, char **argv);
