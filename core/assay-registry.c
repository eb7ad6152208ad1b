/* assay-registry.c: finding plugins, loading them and checking what they
 * declare, so that a bad plugin is refused with a precise message at load
 * time and never reaches a run.
 *
 * A plugin is opened with local binding and immediate symbol resolution:
 * one built against a newer libassay fails here, with the dynamic loader's
 * message, not halfway through an archive.  Its one entry point returns
 * descriptors, which are copied into this core's struct layout by their
 * recorded size (see assay-plugin.h for the version rule).
 */
#include "assay-private.h"

#include <string.h>

ASSAY_DEFINE_QUARK (assay-loader-error-quark, assay_loader_error)
ASSAY_DEFINE_QUARK (assay-stage-error-quark, assay_stage_error)

struct _AssayRegistry
{
  GPtrArray *modules; /* GModule*, kept open for the registry's life */
  GPtrArray *stages;  /* AssayStageInfo*, in load order */
  GPtrArray *broken;  /* AssayBrokenPlugin* */
  GHashTable *by_name; /* name -> AssayStageInfo* */
  GHashTable *files;   /* canonical file names already seen */
};

const char *
assay_version_string (void)
{
  return ASSAY_VERSION_STRING;
}

const char *
assay_threading_to_string (AssayThreading threading)
{
  switch (threading)
    {
    case ASSAY_THREADING_PER_WORKER:
      return "per-worker";
    case ASSAY_THREADING_SHARED:
      return "shared";
    case ASSAY_THREADING_SINGLETON:
      return "singleton";
    }
  return "unknown";
}

static void
module_close (gpointer module)
{
  g_module_close (module);
}

static void
stage_info_free (AssayStageInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->options);
  g_free (info->file);
  g_free (info->data_dir);
  g_free (info);
}

static void
broken_free (AssayBrokenPlugin *broken)
{
  g_free (broken->file);
  g_error_free (broken->error);
  g_free (broken);
}

AssayRegistry *
assay_registry_new (void)
{
  AssayRegistry *registry = g_new0 (AssayRegistry, 1);
  registry->modules = g_ptr_array_new_with_free_func (module_close);
  registry->stages = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_info_free);
  registry->broken = g_ptr_array_new_with_free_func ((GDestroyNotify) broken_free);
  registry->by_name = g_hash_table_new (g_str_hash, g_str_equal);
  registry->files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return registry;
}

void
assay_registry_free (AssayRegistry *registry)
{
  if (registry == NULL)
    return;
  g_hash_table_unref (registry->by_name);
  g_hash_table_unref (registry->files);
  g_ptr_array_unref (registry->stages);
  g_ptr_array_unref (registry->broken);
  /* Close the modules last: the stage infos point into them. */
  g_ptr_array_unref (registry->modules);
  g_free (registry);
}

static gboolean
check_layer_list (const char *file,
                  const char *stage,
                  const char *what,
                  const char *const *list,
                  GError **error)
{
  for (const char *const *p = list; p && *p; p++)
    {
      gboolean ok = g_str_has_prefix (*p, "meta:") ? assay_name_is_key (*p + 5)
                                                    : assay_name_is_kebab (*p);
      if (!ok)
        {
          g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
                       "%s: stage '%s' %s '%s', which is neither a lower-kebab-case layer "
                       "nor meta:KEY",
                       file, stage, what, *p);
          return FALSE;
        }
    }
  return TRUE;
}

/* Reads one descriptor into a new AssayStageInfo, or explains why not. */
static AssayStageInfo *
read_descriptor (const char *file, const AssayStageDesc *d, GError **error)
{
  if (d->abi_major != ASSAY_ABI_MAJOR)
    {
      g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_ABI,
                   "%s was built for assay plugin ABI %u.%u, but this assay (%s) has ABI "
                   "%d.%d: rebuild the plugin against this assay's headers",
                   file, d->abi_major, d->abi_minor, ASSAY_VERSION_STRING, ASSAY_ABI_MAJOR,
                   ASSAY_ABI_MINOR);
      return NULL;
    }
  if (d->abi_minor > ASSAY_ABI_MINOR)
    {
      g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_ABI,
                   "%s needs assay plugin ABI %u.%u, but this assay (%s) has ABI %d.%d: "
                   "upgrade assay, or build the plugin against this assay's headers",
                   file, d->abi_major, d->abi_minor, ASSAY_VERSION_STRING, ASSAY_ABI_MAJOR,
                   ASSAY_ABI_MINOR);
      return NULL;
    }
  if (d->struct_size < ASSAY_STAGE_DESC_SIZE_1_0
      || (d->abi_minor == ASSAY_ABI_MINOR && d->struct_size > sizeof (AssayStageDesc)))
    {
      g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
                   "%s: a stage descriptor declares struct_size %u, which does not fit ABI "
                   "%u.%u: start descriptors with ASSAY_STAGE_DESC_HEADER",
                   file, d->struct_size, d->abi_major, d->abi_minor);
      return NULL;
    }

  g_autoptr (GPtrArray) specs = g_ptr_array_new ();
  AssayStageInfo *info = g_new0 (AssayStageInfo, 1);
  memcpy (&info->desc, d, MIN (d->struct_size, sizeof (AssayStageDesc)));
  const AssayStageDesc *desc = &info->desc;
  const char *name = desc->name ? desc->name : "(unnamed)";

#define FAIL(...)                                                                  \
  G_STMT_START                                                                     \
  {                                                                                \
    g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,     \
                 __VA_ARGS__);                                                     \
    stage_info_free (info);                                                        \
    return NULL;                                                                   \
  }                                                                                \
  G_STMT_END

  if (!assay_name_is_kebab (desc->name))
    FAIL ("%s: stage name '%s' is not lower-kebab-case", file, name);
  if (desc->version == NULL || desc->summary == NULL)
    FAIL ("%s: stage '%s' has no %s", file, name, desc->version ? "summary" : "version");
  if (desc->create == NULL || desc->process == NULL || desc->destroy == NULL)
    FAIL ("%s: stage '%s' has no %s callback: create, process and destroy are required", file,
          name, !desc->create ? "create" : !desc->process ? "process" : "destroy");
  /* A state written that cannot be read back, or the reverse, would only
   * fail at the reduce, after every shard has run. */
  if ((desc->save == NULL) != (desc->merge == NULL))
    FAIL ("%s: stage '%s' has a %s callback but no %s: a cross-document state is saved and merged by one "
          "stage", file, name, desc->save ? "save" : "merge", desc->save ? "merge" : "save");
  if (desc->save && desc->collect == NULL)
    FAIL ("%s: stage '%s' has save and merge callbacks but no collect: there is no state to save", file, name);
  /* Stories joined and never finished, or the reverse, would lose them. */
  if ((desc->join == NULL) != (desc->finish_stories == NULL))
    FAIL ("%s: stage '%s' has a %s callback but no %s: a finish in two phases has both", file, name,
          desc->join ? "join" : "finish_stories", desc->join ? "finish_stories" : "join");
  if ((guint) desc->threading > ASSAY_THREADING_SINGLETON)
    FAIL ("%s: stage '%s' has unknown threading %d", file, name, (int) desc->threading);
  if (desc->flags & ~(guint32) ASSAY_STAGE_REWRITES_TEXT)
    FAIL ("%s: stage '%s' has unknown flags 0x%x", file, name, desc->flags);
  if (!check_layer_list (file, name, "requires", desc->requires, error)
      || !check_layer_list (file, name, "provides", desc->provides, error))
    {
      stage_info_free (info);
      return NULL;
    }

  if (desc->options)
    {
      if (d->option_spec_size < ASSAY_OPTION_SPEC_SIZE_1_0)
        FAIL ("%s: stage '%s' declares option_spec_size %u, smaller than ABI 1.0's %u", file,
              name, d->option_spec_size, (guint) ASSAY_OPTION_SPEC_SIZE_1_0);
      const guint8 *p = (const guint8 *) desc->options;
      GArray *copies = g_array_new (FALSE, TRUE, sizeof (AssayOptionSpec));
      for (;; p += d->option_spec_size)
        {
          AssayOptionSpec spec = { 0 };
          memcpy (&spec, p, MIN (d->option_spec_size, sizeof spec));
          if (spec.name == NULL)
            break;
          g_array_append_val (copies, spec);
        }
      info->n_options = copies->len;
      info->options = (AssayOptionSpec *) g_array_free (copies, FALSE);
      for (guint i = 0; i < info->n_options; i++)
        {
          g_autoptr (GError) local = NULL;
          if (!assay_option_spec_check (&info->options[i], &local))
            FAIL ("%s: stage '%s': %s", file, name, local->message);
          for (guint j = 0; j < i; j++)
            if (strcmp (info->options[i].name, info->options[j].name) == 0)
              FAIL ("%s: stage '%s' declares option '%s' twice", file, name,
                    info->options[i].name);
        }
    }
#undef FAIL

  info->file = g_strdup (file);
  g_autofree char *dir = g_path_get_dirname (file);
  info->data_dir = g_build_filename (dir, "data", NULL);
  return info;
}

static void
remember_broken (AssayRegistry *registry, const char *file, const GError *error)
{
  AssayBrokenPlugin *broken = g_new0 (AssayBrokenPlugin, 1);
  broken->file = g_strdup (file);
  broken->error = g_error_copy (error);
  g_ptr_array_add (registry->broken, broken);
}

static gboolean
load_file (AssayRegistry *registry, const char *file, GError **error)
{
  /* Immediate binding (no G_MODULE_BIND_LAZY) and local symbols. */
  GModule *module = g_module_open (file, G_MODULE_BIND_LOCAL);
  if (module == NULL)
    {
      g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_OPEN, "cannot load %s: %s",
                   file, g_module_error ());
      return FALSE;
    }

  AssayPluginStagesFunc entry = NULL;
  if (!g_module_symbol (module, ASSAY_PLUGIN_ENTRY_POINT, (gpointer *) &entry) || entry == NULL)
    {
      g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_NO_ENTRY_POINT,
                   "no entry point %s in %s: a plugin defines it with ASSAY_PLUGIN_DEFINE",
                   ASSAY_PLUGIN_ENTRY_POINT, file);
      g_module_close (module);
      return FALSE;
    }

  const AssayStageDesc *const *descs = entry ();
  if (descs == NULL || descs[0] == NULL)
    {
      g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
                   "%s declares no stages", file);
      g_module_close (module);
      return FALSE;
    }

  /* All of a plugin's stages load, or none does. */
  g_autoptr (GPtrArray) infos = g_ptr_array_new_with_free_func ((GDestroyNotify) stage_info_free);
  for (guint i = 0; descs[i]; i++)
    {
      AssayStageInfo *info = read_descriptor (file, descs[i], error);
      if (info == NULL)
        {
          g_module_close (module);
          return FALSE;
        }
      g_ptr_array_add (infos, info);
      for (guint j = 0; j < i; j++)
        if (strcmp (((AssayStageInfo *) infos->pdata[j])->desc.name, info->desc.name) == 0)
          {
            g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
                         "%s declares stage '%s' twice", file, info->desc.name);
            g_module_close (module);
            return FALSE;
          }
      const AssayStageInfo *other = g_hash_table_lookup (registry->by_name, info->desc.name);
      if (other)
        {
          g_set_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_DUPLICATE,
                       "stage '%s' in %s is shadowed by the one in %s, earlier on the plugin "
                       "path",
                       info->desc.name, file, other->file);
          g_module_close (module);
          return FALSE;
        }
    }

  g_ptr_array_add (registry->modules, module);
  for (guint i = 0; i < infos->len; i++)
    {
      AssayStageInfo *info = infos->pdata[i];
      g_hash_table_insert (registry->by_name, (gpointer) info->desc.name, info);
      g_ptr_array_add (registry->stages, info);
      infos->pdata[i] = NULL;
    }
  return TRUE;
}

gboolean
assay_registry_load_file (AssayRegistry *registry, const char *file, GError **error)
{
  g_return_val_if_fail (registry != NULL && file != NULL, FALSE);
  g_autofree char *canonical = g_canonicalize_filename (file, NULL);
  if (g_hash_table_contains (registry->files, canonical))
    return TRUE;
  g_hash_table_add (registry->files, g_strdup (canonical));

  g_autoptr (GError) local = NULL;
  if (!load_file (registry, canonical, &local))
    {
      remember_broken (registry, canonical, local);
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

static GPtrArray *
list_dir_sorted (const char *dir)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GDir *d = g_dir_open (dir, 0, NULL);
  if (d == NULL)
    return names;
  const char *name;
  while ((name = g_dir_read_name (d)))
    if (name[0] != '.')
      g_ptr_array_add (names, g_strdup (name));
  g_dir_close (d);
  g_ptr_array_sort (names, compare_strings);
  return names;
}

void
assay_registry_scan_dir (AssayRegistry *registry, const char *dir)
{
  g_return_if_fail (registry != NULL && dir != NULL);
  g_autoptr (GPtrArray) names = list_dir_sorted (dir);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, names->pdata[i], NULL);
      if (g_str_has_suffix (path, "." G_MODULE_SUFFIX))
        {
          if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
            assay_registry_load_file (registry, path, NULL);
        }
      else if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          g_autoptr (GPtrArray) inner = list_dir_sorted (path);
          for (guint j = 0; j < inner->len; j++)
            if (g_str_has_suffix (inner->pdata[j], "." G_MODULE_SUFFIX))
              {
                g_autofree char *file = g_build_filename (path, inner->pdata[j], NULL);
                if (g_file_test (file, G_FILE_TEST_IS_REGULAR))
                  assay_registry_load_file (registry, file, NULL);
              }
        }
    }
}

/* Whether this program runs from the build tree rather than installed. */
static gboolean
running_uninstalled (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  return exe && g_str_has_prefix (exe, ASSAY_BUILD_ROOT "/");
}

/* An installed folder: @from_bindir as configured, relative to the folder
 * of the running binary (so a prefix install runs wherever it is put, a
 * DESTDIR copy too), or absolute when configured outside the prefix. */
static char *
installed_dir (const char *from_bindir)
{
  if (g_path_is_absolute (from_bindir))
    return g_strdup (from_bindir);
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  if (exe == NULL)
    return g_strdup (from_bindir);
  g_autofree char *bindir = g_path_get_dirname (exe);
  return g_canonicalize_filename (from_bindir, bindir);
}

char *
assay_default_pipeline_dir (void)
{
  return running_uninstalled () ? g_strdup (ASSAY_BUILD_PIPELINE_DIR)
                                : installed_dir (ASSAY_INSTALL_PIPELINE_DIR);
}

char **
assay_registry_default_path (const char *cli_path)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  const char *sources[] = { cli_path, g_getenv ("ASSAY_PLUGIN_PATH") };
  for (guint s = 0; s < G_N_ELEMENTS (sources); s++)
    {
      if (sources[s] == NULL)
        continue;
      g_auto (GStrv) parts = g_strsplit (sources[s], G_SEARCHPATH_SEPARATOR_S, -1);
      for (char **p = parts; *p; p++)
        if (**p)
          g_strv_builder_add (builder, *p);
    }
  if (running_uninstalled ())
    g_strv_builder_add (builder, ASSAY_BUILD_PLUGIN_DIR);
  else
    {
      g_autofree char *dir = installed_dir (ASSAY_INSTALL_PLUGIN_DIR);
      g_strv_builder_add (builder, dir);
    }
  char **path = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return path;
}

const AssayStageInfo *
assay_registry_lookup (const AssayRegistry *registry, const char *name)
{
  g_return_val_if_fail (registry != NULL && name != NULL, NULL);
  return g_hash_table_lookup (registry->by_name, name);
}

static int
compare_infos (gconstpointer a, gconstpointer b)
{
  const AssayStageInfo *x = *(const AssayStageInfo *const *) a;
  const AssayStageInfo *y = *(const AssayStageInfo *const *) b;
  return strcmp (x->desc.name, y->desc.name);
}

GPtrArray *
assay_registry_get_stages (const AssayRegistry *registry)
{
  g_return_val_if_fail (registry != NULL, NULL);
  g_ptr_array_sort (registry->stages, compare_infos);
  return registry->stages;
}

GPtrArray *
assay_registry_get_broken (const AssayRegistry *registry)
{
  g_return_val_if_fail (registry != NULL, NULL);
  return registry->broken;
}

/* Optimal string alignment distance: a transposition counts as one edit,
 * the commonest typo in a stage or option name. */
static guint
edit_distance (const char *a, const char *b)
{
  gsize n = strlen (a), m = strlen (b);
  g_autofree guint *d = g_new (guint, (n + 1) * (m + 1));
#define D(i, j) d[(i) * (m + 1) + (j)]
  for (gsize i = 0; i <= n; i++)
    D (i, 0) = i;
  for (gsize j = 0; j <= m; j++)
    D (0, j) = j;
  for (gsize i = 1; i <= n; i++)
    for (gsize j = 1; j <= m; j++)
      {
        guint cost = a[i - 1] != b[j - 1];
        guint best = MIN (MIN (D (i - 1, j) + 1, D (i, j - 1) + 1), D (i - 1, j - 1) + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
          best = MIN (best, D (i - 2, j - 2) + 1);
        D (i, j) = best;
      }
  guint result = D (n, m);
#undef D
  return result;
}

char *
assay_suggest (const char *name, const char *const *candidates)
{
  const char *best = NULL;
  guint best_distance = G_MAXUINT;
  for (const char *const *c = candidates; c && *c; c++)
    {
      guint dist = edit_distance (name, *c);
      if (dist < best_distance)
        best = *c, best_distance = dist;
    }
  if (best && best_distance <= MAX (2u, (guint) strlen (name) / 3))
    return g_strdup (best);
  return NULL;
}
