/* assay-options.h: a stage's typed option schema and the validated values.
 *
 * A stage declares its options as a NULL-terminated array of AssayOptionSpec.
 * The core uses the schema three times: to validate a pipeline file before
 * any stage is created (type, range, choices, existing paths), to print the
 * options in `assay inspect`, and to hand the stage an AssayOptions whose
 * every value is already checked, so a stage's create() never parses text.
 *
 * Values are written as text in specs and pipeline files alike:
 *   bool    true/false, yes/no, on/off, 1/0
 *   int     a decimal integer (64 bits)
 *   double  a decimal number
 *   string  any text
 *   enum    one of `choices`
 *   path    a file or folder that must exist; relative paths in a pipeline
 *           resolve against the pipeline file's folder, relative defaults
 *           against the stage's data folder (assay_host_get_data_dir())
 */
#pragma once

#if !defined(ASSAY_INSIDE) && !defined(ASSAY_COMPILATION)
#error "Only <assay/assay.h> can be included directly."
#endif

#include <glib.h>
#include <assay/assay-version.h>

G_BEGIN_DECLS

typedef enum
{
  ASSAY_OPTION_BOOL,
  ASSAY_OPTION_INT,
  ASSAY_OPTION_DOUBLE,
  ASSAY_OPTION_STRING,
  ASSAY_OPTION_ENUM,
  ASSAY_OPTION_PATH,
} AssayOptionType;

/**
 * AssayOptionSpec:
 * @name: lower-kebab-case name, as written in a pipeline file
 * @type: the value's type
 * @default_value: (nullable): the default as text; NULL means the option is
 *   unset unless the pipeline sets it (assay_options_is_set() tells)
 * @help: one sentence for `assay inspect`
 * @min: (nullable): for int and double, the smallest value allowed, as text
 * @max: (nullable): the largest value allowed, as text
 * @choices: (nullable): for enum, the NULL-terminated list of allowed values
 *
 * This struct is versioned by size: the descriptor records
 * sizeof (AssayOptionSpec) as the plugin saw it, and a newer core reads
 * fields appended later only when that size covers them.  Only append.
 */
typedef struct
{
  const char *name;
  AssayOptionType type;
  const char *default_value;
  const char *help;
  const char *min;
  const char *max;
  const char *const *choices;
} AssayOptionSpec;

/** Returns: (transfer none): "bool", "int", "double", "string", "enum" or "path". */
ASSAY_API const char *assay_option_type_to_string (AssayOptionType type);

/* Validated option values of one stage instance.  Owned by the core; a
 * stage reads them in create() and may keep the pointer for its life. */
typedef struct _AssayOptions AssayOptions;

/* Each getter takes an option the stage declared with that type; asking for
 * an undeclared option or the wrong type is a programmer error (a critical
 * warning and a zero value).  An unset option without a default reads as
 * FALSE, 0, 0.0 or NULL. */
ASSAY_API gboolean assay_options_get_bool (const AssayOptions *options, const char *name);
ASSAY_API gint64 assay_options_get_int (const AssayOptions *options, const char *name);
ASSAY_API double assay_options_get_double (const AssayOptions *options, const char *name);

/**
 * assay_options_get_string:
 *
 * Works for string, enum and path options; a path comes back absolute.
 *
 * Returns: (transfer none) (nullable): the value.
 */
ASSAY_API const char *assay_options_get_string (const AssayOptions *options, const char *name);

/**
 * assay_options_get_enum:
 *
 * Returns: the index of the value in the spec's `choices`, or -1 when unset.
 */
ASSAY_API int assay_options_get_enum (const AssayOptions *options, const char *name);

/** Returns: whether the pipeline (or `--set`) gave the option a value. */
ASSAY_API gboolean assay_options_is_set (const AssayOptions *options, const char *name);

G_END_DECLS
