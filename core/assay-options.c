/* assay-options.c: typed option values, parsed and checked once against a
 * stage's schema so that stages read values that are already right.
 */
#include "assay-private.h"

#include <math.h>
#include <string.h>

typedef struct
{
  const AssayOptionSpec *spec;
  gboolean set;       /* given by the pipeline or --set */
  gboolean has_value; /* set, or has a default */
  gboolean b;
  gint64 i;
  double d;
  char *s;            /* string, enum and path (absolute) */
  int e;
} OptionValue;

struct _AssayOptions
{
  guint n;
  OptionValue *values;
};

const char *
assay_option_type_to_string (AssayOptionType type)
{
  switch (type)
    {
    case ASSAY_OPTION_BOOL:
      return "bool";
    case ASSAY_OPTION_INT:
      return "int";
    case ASSAY_OPTION_DOUBLE:
      return "double";
    case ASSAY_OPTION_STRING:
      return "string";
    case ASSAY_OPTION_ENUM:
      return "enum";
    case ASSAY_OPTION_PATH:
      return "path";
    }
  return "unknown";
}

static gboolean
parse_bool (const char *text, gboolean *out)
{
  static const char *const yes[] = { "true", "yes", "on", "1" };
  static const char *const no[] = { "false", "no", "off", "0" };
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      if (g_ascii_strcasecmp (text, yes[i]) == 0)
        return *out = TRUE, TRUE;
      if (g_ascii_strcasecmp (text, no[i]) == 0)
        return *out = FALSE, TRUE;
    }
  return FALSE;
}

static gboolean
parse_double (const char *text, double *out)
{
  char *end = NULL;
  while (g_ascii_isspace (*text))
    text++;
  if (*text == '\0')
    return FALSE;
  *out = g_ascii_strtod (text, &end);
  while (end && g_ascii_isspace (*end))
    end++;
  return end && *end == '\0' && isfinite (*out);
}

static gboolean
parse_int (const char *text, gint64 *out)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  return g_ascii_string_to_signed (trimmed, 10, G_MININT64, G_MAXINT64, out, NULL);
}

static char *
choices_text (const AssayOptionSpec *spec)
{
  GString *s = g_string_new (NULL);
  for (const char *const *c = spec->choices; c && *c; c++)
    g_string_append_printf (s, "%s%s", s->len ? ", " : "", *c);
  return g_string_free (s, FALSE);
}

/* Parses @text into @v per its spec, checking range and choices; paths are
 * made absolute against @base_dir but not checked for existence here. */
static gboolean
parse_value (OptionValue *v, const char *text, const char *base_dir, GError **error)
{
  const AssayOptionSpec *spec = v->spec;

  switch (spec->type)
    {
    case ASSAY_OPTION_BOOL:
      if (!parse_bool (text, &v->b))
        {
          g_set_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_BAD_VALUE,
                       "'%s' is not a bool (use true or false)", text);
          return FALSE;
        }
      break;

    case ASSAY_OPTION_INT:
      {
        gint64 lo = G_MININT64, hi = G_MAXINT64;
        if (!parse_int (text, &v->i))
          {
            g_set_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_BAD_VALUE,
                         "'%s' is not a whole number", text);
            return FALSE;
          }
        if ((spec->min && parse_int (spec->min, &lo) && v->i < lo)
            || (spec->max && parse_int (spec->max, &hi) && v->i > hi))
          {
            g_set_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_OUT_OF_RANGE,
                         "%s is out of range (%s..%s)", text, spec->min ? spec->min : "",
                         spec->max ? spec->max : "");
            return FALSE;
          }
        break;
      }

    case ASSAY_OPTION_DOUBLE:
      {
        double lo, hi;
        if (!parse_double (text, &v->d))
          {
            g_set_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_BAD_VALUE,
                         "'%s' is not a number", text);
            return FALSE;
          }
        if ((spec->min && parse_double (spec->min, &lo) && v->d < lo)
            || (spec->max && parse_double (spec->max, &hi) && v->d > hi))
          {
            g_set_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_OUT_OF_RANGE,
                         "%s is out of range (%s..%s)", text, spec->min ? spec->min : "",
                         spec->max ? spec->max : "");
            return FALSE;
          }
        break;
      }

    case ASSAY_OPTION_STRING:
      g_free (v->s);
      v->s = g_strdup (text);
      break;

    case ASSAY_OPTION_ENUM:
      v->e = -1;
      for (int i = 0; spec->choices && spec->choices[i]; i++)
        if (strcmp (spec->choices[i], text) == 0)
          v->e = i;
      if (v->e < 0)
        {
          g_autofree char *choices = choices_text (spec);
          g_set_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_BAD_VALUE,
                       "'%s' is not one of: %s", text, choices);
          return FALSE;
        }
      g_free (v->s);
      v->s = g_strdup (text);
      break;

    case ASSAY_OPTION_PATH:
      if (*text == '\0')
        {
          g_set_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_BAD_VALUE,
                       "a path cannot be empty");
          return FALSE;
        }
      g_free (v->s);
      v->s = g_canonicalize_filename (text, base_dir);
      break;
    }
  v->has_value = TRUE;
  return TRUE;
}

gboolean
assay_option_spec_check (const AssayOptionSpec *spec, GError **error)
{
  if (!assay_name_is_kebab (spec->name))
    {
      g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
                   "option name '%s' is not lower-kebab-case", spec->name);
      return FALSE;
    }
  if ((guint) spec->type > ASSAY_OPTION_PATH)
    {
      g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
                   "option '%s' has unknown type %d", spec->name, (int) spec->type);
      return FALSE;
    }
  if (spec->type == ASSAY_OPTION_ENUM && (spec->choices == NULL || spec->choices[0] == NULL))
    {
      g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
                   "enum option '%s' lists no choices", spec->name);
      return FALSE;
    }
  if (spec->min || spec->max)
    {
      gint64 i;
      double d;
      gboolean numeric = spec->type == ASSAY_OPTION_INT || spec->type == ASSAY_OPTION_DOUBLE;
      gboolean ok = numeric;
      if (spec->type == ASSAY_OPTION_INT)
        ok = (!spec->min || parse_int (spec->min, &i)) && (!spec->max || parse_int (spec->max, &i));
      else if (spec->type == ASSAY_OPTION_DOUBLE)
        ok = (!spec->min || parse_double (spec->min, &d))
             && (!spec->max || parse_double (spec->max, &d));
      if (!ok)
        {
          g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
                       "option '%s': a range needs an int or double option and numeric bounds",
                       spec->name);
          return FALSE;
        }
    }
  if (spec->default_value)
    {
      OptionValue v = { .spec = spec };
      g_autoptr (GError) local = NULL;
      gboolean ok = parse_value (&v, spec->default_value, "/", &local);
      g_free (v.s);
      if (!ok)
        {
          g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
                       "option '%s': its default: %s", spec->name, local->message);
          return FALSE;
        }
    }
  return TRUE;
}

AssayOptions *
assay_options_new (const AssayOptionSpec *specs, guint n_specs, const char *data_dir, GError **error)
{
  g_autoptr (AssayOptions) options = g_new0 (AssayOptions, 1);
  options->n = n_specs;
  options->values = g_new0 (OptionValue, MAX (n_specs, 1));
  for (guint i = 0; i < n_specs; i++)
    {
      OptionValue *v = &options->values[i];
      v->spec = &specs[i];
      v->e = -1;
      if (specs[i].default_value && !parse_value (v, specs[i].default_value, data_dir, error))
        {
          g_prefix_error (error, "the default of option '%s': ", specs[i].name);
          return NULL;
        }
    }
  return g_steal_pointer (&options);
}

void
assay_options_free (AssayOptions *options)
{
  if (options == NULL)
    return;
  for (guint i = 0; i < options->n; i++)
    g_free (options->values[i].s);
  g_free (options->values);
  g_free (options);
}

static OptionValue *
lookup (const AssayOptions *options, const char *name)
{
  for (guint i = 0; i < options->n; i++)
    if (strcmp (options->values[i].spec->name, name) == 0)
      return &options->values[i];
  return NULL;
}

const AssayOptionSpec *
assay_options_lookup_spec (const AssayOptions *options, const char *name)
{
  OptionValue *v = lookup (options, name);
  return v ? v->spec : NULL;
}

gboolean
assay_options_set (AssayOptions *options,
                   const char *name,
                   const char *text,
                   const char *base_dir,
                   GError **error)
{
  OptionValue *v = lookup (options, name);
  if (v == NULL)
    {
      g_set_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_UNKNOWN_OPTION,
                   "unknown option");
      return FALSE;
    }
  /* Parse into a scratch copy so a bad value leaves the old one intact. */
  OptionValue scratch = *v;
  scratch.s = NULL;
  if (!parse_value (&scratch, text, base_dir, error))
    {
      g_free (scratch.s);
      return FALSE;
    }
  g_free (v->s);
  *v = scratch;
  v->set = TRUE;
  return TRUE;
}

char *
assay_options_to_text (const AssayOptions *options, const char *name)
{
  OptionValue *v = lookup (options, name);
  if (v == NULL || !v->has_value)
    return NULL;
  switch (v->spec->type)
    {
    case ASSAY_OPTION_BOOL:
      return g_strdup (v->b ? "true" : "false");
    case ASSAY_OPTION_INT:
      return g_strdup_printf ("%" G_GINT64_FORMAT, v->i);
    case ASSAY_OPTION_DOUBLE:
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        return g_strdup (g_ascii_dtostr (buf, sizeof buf, v->d));
      }
    default:
      return g_strdup (v->s);
    }
}

/* ---- the getters stages call -------------------------------------------- */

static const OptionValue *
get_checked (const AssayOptions *options, const char *name, AssayOptionType a, AssayOptionType b)
{
  g_return_val_if_fail (options != NULL && name != NULL, NULL);
  const OptionValue *v = lookup (options, name);
  if (v == NULL)
    {
      g_critical ("assay: option '%s' is not declared by this stage", name);
      return NULL;
    }
  if (v->spec->type != a && v->spec->type != b)
    {
      g_critical ("assay: option '%s' is a %s option", name,
                  assay_option_type_to_string (v->spec->type));
      return NULL;
    }
  return v->has_value ? v : NULL;
}

gboolean
assay_options_get_bool (const AssayOptions *options, const char *name)
{
  const OptionValue *v = get_checked (options, name, ASSAY_OPTION_BOOL, ASSAY_OPTION_BOOL);
  return v ? v->b : FALSE;
}

gint64
assay_options_get_int (const AssayOptions *options, const char *name)
{
  const OptionValue *v = get_checked (options, name, ASSAY_OPTION_INT, ASSAY_OPTION_INT);
  return v ? v->i : 0;
}

double
assay_options_get_double (const AssayOptions *options, const char *name)
{
  const OptionValue *v = get_checked (options, name, ASSAY_OPTION_DOUBLE, ASSAY_OPTION_DOUBLE);
  return v ? v->d : 0.0;
}

const char *
assay_options_get_string (const AssayOptions *options, const char *name)
{
  g_return_val_if_fail (options != NULL && name != NULL, NULL);
  const OptionValue *v = lookup (options, name);
  if (v && v->spec->type == ASSAY_OPTION_ENUM)
    return v->has_value ? v->s : NULL;
  v = get_checked (options, name, ASSAY_OPTION_STRING, ASSAY_OPTION_PATH);
  return v ? v->s : NULL;
}

int
assay_options_get_enum (const AssayOptions *options, const char *name)
{
  const OptionValue *v = get_checked (options, name, ASSAY_OPTION_ENUM, ASSAY_OPTION_ENUM);
  return v ? v->e : -1;
}

gboolean
assay_options_is_set (const AssayOptions *options, const char *name)
{
  g_return_val_if_fail (options != NULL && name != NULL, FALSE);
  const OptionValue *v = lookup (options, name);
  return v && v->set;
}
