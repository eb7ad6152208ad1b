/* assay-pipeline.c: reading a pipeline file and validating it whole before
 * any stage is created.
 *
 * Validation is all or nothing: every problem is collected, so an analyst
 * fixes a file in one pass, and a pipeline with any problem is never
 * returned half-built.  Each problem names the file, the section and the
 * key, and where it can, what was probably meant.
 */
#include "assay-private.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

ASSAY_DEFINE_QUARK (assay-pipeline-error-quark, assay_pipeline_error)

#define PIPELINE_GROUP "pipeline"

typedef struct
{
  const char *file;
  GString *message;
  int first_code;
  guint count;
  gboolean stages_incomplete; /* a listed stage was not resolved: layer order cannot be judged */
} Problems;

G_GNUC_PRINTF (3, 4)
static void
problem (Problems *p, AssayPipelineError code, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *text = g_strdup_vprintf (format, args);
  va_end (args);
  if (p->count++ == 0)
    p->first_code = code;
  else
    g_string_append_c (p->message, '\n');
  g_string_append_printf (p->message, "%s: %s", p->file, text);
}

static void
stage_free (AssayPipelineStage *stage)
{
  g_free (stage->instance);
  assay_options_free (stage->options);
  g_free (stage);
}

void
assay_pipeline_free (AssayPipeline *pipeline)
{
  if (pipeline == NULL)
    return;
  g_free (pipeline->path);
  g_free (pipeline->description);
  g_ptr_array_unref (pipeline->stages);
  g_free (pipeline);
}

static char *
suggestion_text (const char *name, const char *const *candidates)
{
  g_autofree char *best = assay_suggest (name, candidates);
  return best ? g_strdup_printf (" (did you mean '%s'?)", best) : g_strdup ("");
}

static gboolean
provides_layer (const AssayStageInfo *info, const char *layer)
{
  for (const char *const *p = info->desc.provides; p && *p; p++)
    if (strcmp (*p, layer) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
provides_any_layer (const AssayStageInfo *info)
{
  for (const char *const *p = info->desc.provides; p && *p; p++)
    if (!g_str_has_prefix (*p, "meta:"))
      return TRUE;
  return FALSE;
}

static void
check_options (Problems *p,
               GKeyFile *kf,
               AssayPipelineStage *stage,
               const char *base_dir)
{
  const AssayStageInfo *info = stage->info;
  if (!g_key_file_has_group (kf, stage->instance))
    return;

  g_auto (GStrv) keys = g_key_file_get_keys (kf, stage->instance, NULL, NULL);
  for (char **k = keys; k && *k; k++)
    {
      if (strcmp (*k, "plugin") == 0)
        continue;
      g_autoptr (GError) error = NULL;
      g_autofree char *value = g_key_file_get_string (kf, stage->instance, *k, &error);
      if (value == NULL)
        {
          problem (p, ASSAY_PIPELINE_ERROR_BAD_VALUE, "[%s] %s: %s", stage->instance, *k,
                   error->message);
          continue;
        }
      g_strstrip (value);
      if (assay_options_set (stage->options, *k, value, base_dir, &error))
        continue;
      stage->has_problem = TRUE;
      if (g_error_matches (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_UNKNOWN_OPTION))
        {
          g_autoptr (GStrvBuilder) b = g_strv_builder_new ();
          for (guint i = 0; i < info->n_options; i++)
            g_strv_builder_add (b, info->options[i].name);
          g_auto (GStrv) names = g_strv_builder_end (b);
          g_autofree char *hint = suggestion_text (*k, (const char *const *) names);
          g_autofree char *all = g_strjoinv (", ", names);
          problem (p, ASSAY_PIPELINE_ERROR_UNKNOWN_OPTION,
                   "[%s] %s: stage '%s' has no option '%s'%s; its options: %s", stage->instance,
                   *k, info->desc.name, *k, hint, *all ? all : "(none)");
        }
      else
        problem (p, error->code, "[%s] %s: %s", stage->instance, *k, error->message);
    }
}

static void
apply_overrides (Problems *p,
                 AssayPipeline *pipeline,
                 const char *const *overrides)
{
  g_autofree char *cwd = g_get_current_dir ();
  for (const char *const *o = overrides; o && *o; o++)
    {
      const char *eq = strchr (*o, '=');
      const char *dot = eq ? memchr (*o, '.', eq - *o) : NULL;
      if (eq == NULL || dot == NULL || dot == *o || dot + 1 == eq)
        {
          problem (p, ASSAY_PIPELINE_ERROR_BAD_OVERRIDE,
                   "--set %s: write it as STAGE.OPTION=VALUE", *o);
          continue;
        }
      g_autofree char *instance = g_strndup (*o, dot - *o);
      g_autofree char *key = g_strndup (dot + 1, eq - dot - 1);
      AssayPipelineStage *stage = NULL;
      for (guint i = 0; i < pipeline->stages->len && !stage; i++)
        if (strcmp (((AssayPipelineStage *) pipeline->stages->pdata[i])->instance, instance) == 0)
          stage = pipeline->stages->pdata[i];
      if (stage == NULL)
        {
          problem (p, ASSAY_PIPELINE_ERROR_BAD_OVERRIDE,
                   "--set %s: the pipeline has no stage '%s'", *o, instance);
          continue;
        }
      if (stage->options == NULL)
        continue;
      g_autoptr (GError) error = NULL;
      /* Values given on the command line are relative to where it runs. */
      if (assay_options_set (stage->options, key, eq + 1, cwd, &error))
        continue;
      stage->has_problem = TRUE;
      problem (p, error->code, "--set %s: %s", *o,
               error->code == ASSAY_PIPELINE_ERROR_UNKNOWN_OPTION ? "unknown option"
                                                                  : error->message);
    }
}

static void
check_paths (Problems *p, AssayPipelineStage *stage)
{
  for (guint i = 0; i < stage->info->n_options; i++)
    {
      const AssayOptionSpec *spec = &stage->info->options[i];
      if (spec->type != ASSAY_OPTION_PATH)
        continue;
      g_autofree char *path = assay_options_to_text (stage->options, spec->name);
      struct stat st;
      gboolean exists = path == NULL || stat (path, &st) == 0;
      if (path && (!exists || (!S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))))
        stage->has_problem = TRUE;
      if (!exists)
        problem (p, ASSAY_PIPELINE_ERROR_MISSING_FILE, "[%s] %s: %s does not exist%s",
                 stage->instance, spec->name, path,
                 assay_options_is_set (stage->options, spec->name)
                     ? ""
                     : " (the stage's default: is the plugin installed whole?)");
      /* A FIFO or a device would block or never end when the stage reads it. */
      else if (path && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
        problem (p, ASSAY_PIPELINE_ERROR_MISSING_FILE,
                 "[%s] %s: %s is not a regular file (a FIFO, socket or device); name a file",
                 stage->instance, spec->name, path);
    }
}

static void
check_order (Problems *p, const AssayPipeline *pipeline, const AssayRegistry *registry)
{
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      const AssayPipelineStage *stage = pipeline->stages->pdata[i];
      const AssayStageDesc *desc = &stage->info->desc;

      if (desc->flags & ASSAY_STAGE_REWRITES_TEXT)
        for (guint j = 0; j < i; j++)
          {
            const AssayPipelineStage *before = pipeline->stages->pdata[j];
            if (provides_any_layer (before->info))
              {
                problem (p, ASSAY_PIPELINE_ERROR_REWRITE_ORDER,
                         "[" PIPELINE_GROUP "] stages: '%s' rewrites the text, so it must run "
                         "before '%s', which annotates it",
                         stage->instance, before->instance);
                break;
              }
          }

      for (const char *const *r = desc->requires; r && *r; r++)
        {
          /* Metadata may come with the input, so it cannot be checked here. */
          if (g_str_has_prefix (*r, "meta:"))
            continue;
          gboolean found = FALSE;
          for (guint j = 0; j < i && !found; j++)
            found = provides_layer (((AssayPipelineStage *) pipeline->stages->pdata[j])->info, *r);
          if (found)
            continue;

          const char *later = NULL;
          for (guint j = i + 1; j < pipeline->stages->len && !later; j++)
            if (provides_layer (((AssayPipelineStage *) pipeline->stages->pdata[j])->info, *r))
              later = ((AssayPipelineStage *) pipeline->stages->pdata[j])->instance;
          if (later)
            {
              problem (p, ASSAY_PIPELINE_ERROR_MISSING_REQUIREMENT,
                       "[" PIPELINE_GROUP "] stages: '%s' requires layer '%s', which '%s' "
                       "provides, but '%s' runs later: move it before '%s'",
                       stage->instance, *r, later, later, stage->instance);
              continue;
            }
          g_autoptr (GString) providers = g_string_new (NULL);
          GPtrArray *all = assay_registry_get_stages (registry);
          for (guint j = 0; j < all->len; j++)
            if (provides_layer (all->pdata[j], *r))
              g_string_append_printf (providers, "%s'%s'", providers->len ? ", " : "",
                                      ((AssayStageInfo *) all->pdata[j])->desc.name);
          if (providers->len)
            problem (p, ASSAY_PIPELINE_ERROR_MISSING_REQUIREMENT,
                     "[" PIPELINE_GROUP "] stages: '%s' requires layer '%s', which no earlier "
                     "stage provides; add one that does before it: %s",
                     stage->instance, *r, providers->str);
          else
            problem (p, ASSAY_PIPELINE_ERROR_MISSING_REQUIREMENT,
                     "[" PIPELINE_GROUP "] stages: '%s' requires layer '%s', which no earlier "
                     "stage provides, and no stage on the plugin path provides it",
                     stage->instance, *r);
        }
    }
}

/* GKeyFile merges a group written twice and keeps the last of a key
 * written twice, without a word: an analyst who added a second [pipeline]
 * or a second label= would run something else than they read.  This pass
 * reads the lines as GKeyFile does (comments, blank lines, [group],
 * key=value, key[locale]=value) and notes each repetition with both line
 * numbers.  Lines GKeyFile refuses are left to its own message. */
static void
check_duplicates (Problems *p, const char *data, gsize length)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *group = NULL;
  guint line_no = 0;
  for (const char *line = data, *end = data + length; line < end;)
    {
      const char *nl = memchr (line, '\n', end - line);
      const char *stop = nl ? nl : end;
      g_autofree char *text = g_strndup (line, stop - line);
      line = nl ? nl + 1 : end;
      line_no++;
      g_strstrip (text);
      if (*text == '\0' || *text == '#')
        continue;
      if (*text == '[')
        {
          char *close = strchr (text, ']');
          if (close == NULL)
            continue;
          g_free (group);
          group = g_strndup (text + 1, close - text - 1);
          char *key = g_strconcat ("[", group, NULL);
          guint first = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
          if (first)
            {
              problem (p, ASSAY_PIPELINE_ERROR_DUPLICATE,
                       "[%s]: the group is written twice, on lines %u and %u; write each group "
                       "once",
                       group, first, line_no);
              g_free (key);
            }
          else
            g_hash_table_insert (seen, key, GUINT_TO_POINTER (line_no));
          continue;
        }
      char *eq = strchr (text, '=');
      if (eq == NULL || group == NULL)
        continue;
      *eq = '\0';
      g_strchomp (text);
      char *key = g_strconcat ("[", group, "]", text, NULL);
      guint first = GPOINTER_TO_UINT (g_hash_table_lookup (seen, key));
      if (first)
        {
          problem (p, ASSAY_PIPELINE_ERROR_DUPLICATE,
                   "[%s] %s: written twice, on lines %u and %u; keep one (only the last "
                   "would count)",
                   group, text, first, line_no);
          g_free (key);
        }
      else
        g_hash_table_insert (seen, key, GUINT_TO_POINTER (line_no));
    }
}

/* Fills @pipeline from @kf, noting every problem in @p. */
static void
build (Problems *p,
       AssayPipeline *pipeline,
       GKeyFile *kf,
       const char *base_dir,
       const AssayRegistry *registry,
       const char *const *overrides)
{
  g_autoptr (GError) local = NULL;
  if (!g_key_file_has_group (kf, PIPELINE_GROUP))
    {
      problem (p, ASSAY_PIPELINE_ERROR_MISSING_SECTION,
               "no [" PIPELINE_GROUP "] section: a pipeline file starts with [" PIPELINE_GROUP
               "] and a line stages=STAGE;STAGE;...");
      return;
    }

  static const char *const pipeline_keys[] = { "description", "stages", NULL };
  g_auto (GStrv) keys = g_key_file_get_keys (kf, PIPELINE_GROUP, NULL, NULL);
  for (char **k = keys; k && *k; k++)
    if (!g_strv_contains (pipeline_keys, *k))
      {
        g_autofree char *hint = suggestion_text (*k, pipeline_keys);
        problem (p, ASSAY_PIPELINE_ERROR_UNKNOWN_KEY,
                 "[" PIPELINE_GROUP "] %s: unknown key%s; [" PIPELINE_GROUP
                 "] takes description and stages",
                 *k, hint);
      }
  pipeline->description = g_key_file_get_string (kf, PIPELINE_GROUP, "description", NULL);

  g_auto (GStrv) names = g_key_file_get_string_list (kf, PIPELINE_GROUP, "stages", NULL, NULL);
  guint n_names = 0;
  for (char **n = names; n && *n; n++)
    if (*g_strstrip (*n))
      n_names++;
  if (n_names == 0)
    {
      problem (p, ASSAY_PIPELINE_ERROR_MISSING_KEY,
               "[" PIPELINE_GROUP "] stages: missing or empty: list the stages to run, "
               "separated by ';'");
      return;
    }

  GPtrArray *known = assay_registry_get_stages (registry);
  g_autoptr (GStrvBuilder) known_builder = g_strv_builder_new ();
  for (guint i = 0; i < known->len; i++)
    g_strv_builder_add (known_builder, ((AssayStageInfo *) known->pdata[i])->desc.name);
  g_auto (GStrv) known_names = g_strv_builder_end (known_builder);
  guint n_broken = assay_registry_get_broken (registry)->len;

  for (char **n = names; *n; n++)
    {
      const char *instance = *n;
      if (*instance == '\0')
        continue;
      if (!assay_name_is_kebab (instance))
        {
          problem (p, ASSAY_PIPELINE_ERROR_BAD_NAME,
                   "[" PIPELINE_GROUP "] stages: '%s' is not a stage name (lower-kebab-case; "
                   "separate stages with ';')",
                   instance);
          p->stages_incomplete = TRUE;
          continue;
        }
      gboolean duplicate = FALSE;
      for (guint i = 0; i < pipeline->stages->len && !duplicate; i++)
        duplicate = strcmp (((AssayPipelineStage *) pipeline->stages->pdata[i])->instance,
                            instance) == 0;
      if (duplicate)
        {
          problem (p, ASSAY_PIPELINE_ERROR_DUPLICATE_STAGE,
                   "[" PIPELINE_GROUP "] stages: '%s' is listed twice; to run a plugin twice, "
                   "give each its own section with plugin=NAME",
                   instance);
          p->stages_incomplete = TRUE;
          continue;
        }

      g_autofree char *plugin = g_key_file_get_string (kf, instance, "plugin", NULL);
      if (plugin)
        g_strstrip (plugin);
      const char *plugin_name = plugin ? plugin : instance;
      const char *where_key = plugin ? "plugin" : NULL;
      const AssayStageInfo *info = assay_registry_lookup (registry, plugin_name);
      if (info == NULL)
        {
          g_autofree char *hint = suggestion_text (plugin_name, (const char *const *) known_names);
          g_autofree char *broken
              = n_broken ? g_strdup_printf ("; %u plugin%s on the plugin path failed to load "
                                            "(see `assay plugins`)",
                                            n_broken, n_broken == 1 ? "" : "s")
                         : g_strdup ("");
          if (where_key)
            problem (p, ASSAY_PIPELINE_ERROR_UNKNOWN_PLUGIN,
                     "[%s] plugin: no stage named '%s' on the plugin path%s%s", instance,
                     plugin_name, hint, broken);
          else
            problem (p, ASSAY_PIPELINE_ERROR_UNKNOWN_PLUGIN,
                     "[" PIPELINE_GROUP "] stages: no stage named '%s' on the plugin path%s%s",
                     plugin_name, hint, broken);
          p->stages_incomplete = TRUE;
          continue;
        }

      AssayPipelineStage *stage = g_new0 (AssayPipelineStage, 1);
      stage->instance = g_strdup (instance);
      stage->info = info;
      g_ptr_array_add (pipeline->stages, stage);
      stage->options = assay_options_new (info->options, info->n_options, info->data_dir, &local);
      if (stage->options == NULL)
        {
          problem (p, ASSAY_PIPELINE_ERROR_BAD_VALUE, "[%s]: stage '%s' (%s): %s", instance,
                   info->desc.name, info->file, local->message);
          g_clear_error (&local);
          stage->has_problem = TRUE;
          continue;
        }
      check_options (p, kf, stage, base_dir);
    }

  g_auto (GStrv) groups = g_key_file_get_groups (kf, NULL);
  g_autoptr (GStrvBuilder) instances_builder = g_strv_builder_new ();
  for (char **n = names; *n; n++)
    if (**n)
      g_strv_builder_add (instances_builder, *n);
  g_auto (GStrv) instances = g_strv_builder_end (instances_builder);
  for (char **g = groups; g && *g; g++)
    if (strcmp (*g, PIPELINE_GROUP) != 0 && !g_strv_contains ((const char *const *) instances, *g))
      {
        g_autofree char *hint = suggestion_text (*g, (const char *const *) instances);
        problem (p, ASSAY_PIPELINE_ERROR_UNKNOWN_SECTION,
                 "[%s]: no stage of that name in [" PIPELINE_GROUP "] stages%s", *g, hint);
      }

  apply_overrides (p, pipeline, overrides);
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      AssayPipelineStage *stage = pipeline->stages->pdata[i];
      if (stage->options)
        check_paths (p, stage);
    }
  /* The order is judged whenever every stage is known, so a wrong value
   * does not hide a wrong order. */
  if (!p->stages_incomplete)
    check_order (p, pipeline, registry);
}

static AssayPipeline *
load_data (const char *data,
           gsize length,
           const char *display_path,
           const char *base_dir,
           const AssayRegistry *registry,
           const char *const *overrides,
           AssayPipeline **partial,
           GError **error)
{
  Problems p = { .file = display_path, .message = g_string_new (NULL), .first_code = -1 };
  g_autoptr (GKeyFile) kf = g_key_file_new ();
  g_autoptr (GError) local = NULL;
  g_autoptr (AssayPipeline) pipeline = g_new0 (AssayPipeline, 1);
  pipeline->path = g_strdup (display_path);
  pipeline->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_free);

  if (!g_key_file_load_from_data (kf, data, length, G_KEY_FILE_NONE, &local))
    problem (&p, ASSAY_PIPELINE_ERROR_PARSE, "not a pipeline file: %s", local->message);
  else
    {
      check_duplicates (&p, data, length);
      build (&p, pipeline, kf, base_dir, registry, overrides);
    }

  if (p.count > 0)
    {
      g_set_error_literal (error, ASSAY_PIPELINE_ERROR, p.first_code, p.message->str);
      g_string_free (p.message, TRUE);
      if (partial)
        *partial = g_steal_pointer (&pipeline);
      return NULL;
    }
  g_string_free (p.message, TRUE);
  return g_steal_pointer (&pipeline);
}

AssayPipeline *
assay_pipeline_load_data (const char *data,
                          gsize length,
                          const char *display_path,
                          const char *base_dir,
                          const AssayRegistry *registry,
                          const char *const *overrides,
                          GError **error)
{
  g_return_val_if_fail (data != NULL && display_path != NULL && registry != NULL, NULL);
  return load_data (data, length, display_path, base_dir, registry, overrides, NULL, error);
}

static AssayPipeline *
load_file (const char *path,
           const AssayRegistry *registry,
           const char *const *overrides,
           AssayPipeline **partial,
           GError **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;
  g_autoptr (GError) local = NULL;
  /* Bounded: a pipeline named as /dev/zero must not fill the memory.  A
   * FIFO is allowed (assay check <(generate-pipeline)). */
  int fd = assay_open_input (path, FALSE, &local);
  if (fd >= 0)
    {
      data = assay_read_fd_limited (fd, path, ASSAY_MAX_PIPELINE_BYTES, NULL, &length, &local);
      close (fd);
    }
  if (data == NULL)
    {
      g_set_error (error, ASSAY_PIPELINE_ERROR, ASSAY_PIPELINE_ERROR_READ,
                   "cannot read pipeline: %s", local->message);
      return NULL;
    }
  g_autofree char *absolute = g_canonicalize_filename (path, NULL);
  g_autofree char *base_dir = g_path_get_dirname (absolute);
  return load_data (data, length, path, base_dir, registry, overrides, partial, error);
}

AssayPipeline *
assay_pipeline_load (const char *path,
                     const AssayRegistry *registry,
                     const char *const *overrides,
                     GError **error)
{
  g_return_val_if_fail (path != NULL && registry != NULL, NULL);
  return load_file (path, registry, overrides, NULL, error);
}

AssayPipeline *
assay_pipeline_load_partial (const char *path, const AssayRegistry *registry, GError **error)
{
  g_return_val_if_fail (path != NULL && registry != NULL, NULL);
  AssayPipeline *partial = NULL;
  AssayPipeline *pipeline = load_file (path, registry, NULL, &partial, error);
  return pipeline ? pipeline : partial;
}

/* The option of @stage whose value @message names, so that a stage's
 * complaint reads as the others do, "[section] key: ...": a value set in
 * the file before a default, the longest when several match (a data
 * folder and a file inside it).  NULL when none does. */
static const char *
option_named_in (const AssayPipelineStage *stage, const char *message)
{
  const char *best = NULL;
  gsize best_len = 0;
  gboolean best_set = FALSE;
  for (guint i = 0; i < stage->info->n_options; i++)
    {
      const char *name = stage->info->options[i].name;
      g_autofree char *value = assay_options_to_text (stage->options, name);
      gsize len = value ? strlen (value) : 0;
      /* Short values (a number, "true") would match by chance. */
      if (len < 4 || strstr (message, value) == NULL)
        continue;
      gboolean set = assay_options_is_set (stage->options, name);
      if (best == NULL || (set && !best_set) || (set == best_set && len > best_len))
        {
          best = name;
          best_len = len;
          best_set = set;
        }
    }
  return best;
}

gboolean
assay_pipeline_check_stages (const AssayPipeline *pipeline, GError **error)
{
  g_return_val_if_fail (pipeline != NULL, FALSE);
  Problems p = { .file = pipeline->path, .message = g_string_new (NULL), .first_code = -1 };
  for (guint i = 0; i < pipeline->stages->len; i++)
    {
      const AssayPipelineStage *stage = pipeline->stages->pdata[i];
      /* A stage whose section has problems already would only repeat them. */
      if (stage->options == NULL || stage->has_problem)
        continue;
      const AssayStageDesc *desc = &stage->info->desc;
      AssayHost host = {
        .instance_name = stage->instance,
        .data_dir = stage->info->data_dir,
        .n_workers = 1,
      };
      GError *local = NULL;
      gpointer instance = desc->create (&host, stage->options, &local);
      if (instance)
        {
          desc->destroy (instance);
          g_clear_error (&local);
          continue;
        }
      const char *message = local ? local->message : "create() returned NULL without saying why";
      const char *key = option_named_in (stage, message);
      if (key)
        problem (&p, ASSAY_PIPELINE_ERROR_BAD_VALUE, "[%s] %s: %s", stage->instance, key, message);
      else
        problem (&p, ASSAY_PIPELINE_ERROR_BAD_VALUE, "[%s]: stage '%s' could not start: %s",
                 stage->instance, desc->name, message);
      g_clear_error (&local);
    }
  if (p.count > 0)
    {
      g_set_error_literal (error, ASSAY_PIPELINE_ERROR, p.first_code, p.message->str);
      g_string_free (p.message, TRUE);
      return FALSE;
    }
  g_string_free (p.message, TRUE);
  return TRUE;
}
