/* test-loader.c: loading plugins, and refusing broken ones cleanly with a
 * message that names the file and what is wrong. */
#include "assay-private.h"

#include <string.h>
#include <glib/gstdio.h>

typedef struct
{
  const char *file;
  int code;
  const char *mentions[2];
} BadCase;

static const BadCase bad_cases[] = {
  { "no-entry-point", ASSAY_LOADER_ERROR_NO_ENTRY_POINT,
    { "no entry point assay_plugin_stages_v1", "ASSAY_PLUGIN_DEFINE" } },
  { "abi-too-new", ASSAY_LOADER_ERROR_ABI, { "needs assay plugin ABI", "has ABI" } },
  { "abi-other-major", ASSAY_LOADER_ERROR_ABI, { "built for assay plugin ABI 2.0", "rebuild" } },
  { "missing-callback", ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
    { "'missing-callback' has no process callback", NULL } },
  { "bad-option", ASSAY_LOADER_ERROR_BAD_DESCRIPTOR, { "option 'threshold'", "not a whole number" } },
  { "unresolved-symbol", ASSAY_LOADER_ERROR_OPEN, { "assay_document_from_the_future", NULL } },
  { "join-alone", ASSAY_LOADER_ERROR_BAD_DESCRIPTOR,
    { "'join-alone' has a join callback but no finish_stories", NULL } },
};

static void
test_bad_plugin (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *file = g_strdup_printf ("%s/%s.so", BAD_PLUGIN_DIR, c->file);
  g_autoptr (AssayRegistry) registry = assay_registry_new ();
  g_autoptr (GError) error = NULL;
  g_assert_false (assay_registry_load_file (registry, file, &error));
  g_assert_error (error, ASSAY_LOADER_ERROR, c->code);
  g_assert_nonnull (strstr (error->message, file));
  for (guint i = 0; i < G_N_ELEMENTS (c->mentions) && c->mentions[i]; i++)
    if (strstr (error->message, c->mentions[i]) == NULL)
      g_error ("message lacks «%s»: %s", c->mentions[i], error->message);
  if (strcmp (c->file, "abi-too-new") == 0)
    {
      /* Both versions, relative to this build's: the fixture asks for one
       * minor version more. */
      g_autofree char *versions = g_strdup_printf ("needs assay plugin ABI %d.%d, but this assay (%s) has ABI %d.%d",
                                                   ASSAY_ABI_MAJOR, ASSAY_ABI_MINOR + 1, ASSAY_VERSION_STRING,
                                                   ASSAY_ABI_MAJOR, ASSAY_ABI_MINOR);
      g_assert_nonnull (strstr (error->message, versions));
    }
  g_assert_cmpuint (assay_registry_get_stages (registry)->len, ==, 0);
  g_assert_cmpuint (assay_registry_get_broken (registry)->len, ==, 1);
}

static void
test_missing_file (void)
{
  g_autoptr (AssayRegistry) registry = assay_registry_new ();
  g_autoptr (GError) error = NULL;
  g_assert_false (assay_registry_load_file (registry, "/no/such/plugin.so", &error));
  g_assert_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_OPEN);
  g_assert_nonnull (strstr (error->message, "/no/such/plugin.so"));
}

static void
test_scan_bad_dir (void)
{
  /* Broken plugins are listed, the loadable ones are usable. */
  g_autoptr (AssayRegistry) registry = assay_registry_new ();
  assay_registry_scan_dir (registry, BAD_PLUGIN_DIR);
  g_assert_cmpuint (assay_registry_get_broken (registry)->len, ==, G_N_ELEMENTS (bad_cases));
  GPtrArray *stages = assay_registry_get_stages (registry);
  g_assert_cmpuint (stages->len, ==, 4);
  g_assert_cmpstr (((AssayStageInfo *) stages->pdata[0])->desc.name, ==, "create-fails");
  g_assert_cmpstr (((AssayStageInfo *) stages->pdata[1])->desc.name, ==, "fails-on-one-doc");
  g_assert_cmpstr (((AssayStageInfo *) stages->pdata[2])->desc.name, ==, "old-minor");
  g_assert_cmpstr (((AssayStageInfo *) stages->pdata[3])->desc.name, ==, "undeclared-layer");
}

/* A plugin built for the minor ABI before this one (1.5, before a stage
 * could stop a reduce with ASSAY_STAGE_ERROR_BUDGET) loads, with every
 * callback of its descriptor, and creates: a new minor only adds. */
static void
test_old_minor (void)
{
  /* the fixture is older than this host, whatever minor the host reaches */
  g_assert_cmpint (ASSAY_ABI_MINOR, >, 5);
  g_autoptr (AssayRegistry) registry = assay_registry_new ();
  g_autoptr (GError) error = NULL;
  g_assert_true (assay_registry_load_file (registry, BAD_PLUGIN_DIR "/old-minor.so", &error));
  g_assert_no_error (error);
  GPtrArray *stages = assay_registry_get_stages (registry);
  g_assert_cmpuint (stages->len, ==, 1);
  const AssayStageDesc *desc = &((AssayStageInfo *) stages->pdata[0])->desc;
  g_assert_cmpuint (desc->abi_minor, ==, 5);
  g_assert_nonnull (desc->collect);
  g_assert_nonnull (desc->join);
  g_assert_nonnull (desc->finish_stories);
  gpointer instance = desc->create (NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (instance);
  desc->destroy (instance);
}

static void
test_good_plugin (void)
{
  g_autoptr (AssayRegistry) registry = assay_registry_new ();
  g_autoptr (GError) error = NULL;
  g_assert_true (assay_registry_load_file (registry, FIXTURE_PLUGIN_DIR "/fixture-stages.so", &error));
  g_assert_no_error (error);
  /* Loading the same file twice is harmless. */
  g_assert_true (assay_registry_load_file (registry, FIXTURE_PLUGIN_DIR "/./fixture-stages.so", NULL));
  GPtrArray *stages = assay_registry_get_stages (registry);
  g_assert_cmpuint (stages->len, ==, 5);
  const AssayStageInfo *counter = assay_registry_lookup (registry, "counter");
  g_assert_nonnull (counter);
  g_assert_cmpstr (counter->desc.version, ==, "2.1.0");
  g_assert_cmpint (counter->desc.threading, ==, ASSAY_THREADING_SHARED);
  g_assert_cmpuint (counter->n_options, ==, 7);
  g_assert_cmpstr (counter->options[5].name, ==, "lexicon");
  g_assert_cmpstr (counter->data_dir, ==, FIXTURE_PLUGIN_DIR "/data");
  g_assert_cmpstr (counter->desc.requires[0], ==, "sentence");
  g_assert_true (assay_registry_lookup (registry, "rewriter")->desc.flags & ASSAY_STAGE_REWRITES_TEXT);
  g_assert_null (assay_registry_lookup (registry, "nothing"));
}

static void
test_shadowed_stage (void)
{
  g_autoptr (AssayRegistry) registry = assay_registry_new ();
  g_autofree char *tmp = g_dir_make_tmp ("assay-shadow-XXXXXX", NULL);
  g_autofree char *copy = g_build_filename (tmp, "copy.so", NULL);
  g_autofree char *data = NULL;
  gsize len;
  g_assert_true (g_file_get_contents (FIXTURE_PLUGIN_DIR "/fixture-stages.so", &data, &len, NULL));
  g_assert_true (g_file_set_contents (copy, data, len, NULL));

  g_assert_true (assay_registry_load_file (registry, FIXTURE_PLUGIN_DIR "/fixture-stages.so", NULL));
  g_autoptr (GError) error = NULL;
  g_assert_false (assay_registry_load_file (registry, copy, &error));
  g_assert_error (error, ASSAY_LOADER_ERROR, ASSAY_LOADER_ERROR_DUPLICATE);
  g_assert_nonnull (strstr (error->message, "shadowed"));
  g_unlink (copy);
  g_rmdir (tmp);
}

static void
test_default_path (void)
{
  g_setenv ("ASSAY_PLUGIN_PATH", "/env/a:/env/b", TRUE);
  g_auto (GStrv) path = assay_registry_default_path ("/cli/x::/cli/y");
  g_assert_cmpuint (g_strv_length (path), ==, 5);
  g_assert_cmpstr (path[0], ==, "/cli/x");
  g_assert_cmpstr (path[1], ==, "/cli/y");
  g_assert_cmpstr (path[2], ==, "/env/a");
  g_assert_cmpstr (path[3], ==, "/env/b");
  /* This test runs from the build tree: it finds the build's plugins. */
  g_assert_cmpstr (path[4], ==, ASSAY_BUILD_PLUGIN_DIR);
  g_unsetenv ("ASSAY_PLUGIN_PATH");
}

static void
test_suggest (void)
{
  const char *const names[] = { "cleanup", "entities", "dates", "inconsistencies", NULL };
  const struct
  {
    const char *typo;
    const char *want;
  } cases[] = { { "cleanpu", "cleanup" }, { "entites", "entities" }, { "date", "dates" },
                { "inconsistency", "inconsistencies" }, { "tokenizer", NULL } };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = assay_suggest (cases[i].typo, names);
      g_assert_cmpstr (got, ==, cases[i].want);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/loader/bad/%s", bad_cases[i].file);
      g_test_add_data_func (path, &bad_cases[i], test_bad_plugin);
    }
  g_test_add_func ("/loader/bad/missing-file", test_missing_file);
  g_test_add_func ("/loader/scan-bad-dir", test_scan_bad_dir);
  g_test_add_func ("/loader/good", test_good_plugin);
  g_test_add_func ("/loader/old-minor", test_old_minor);
  g_test_add_func ("/loader/shadowed", test_shadowed_stage);
  g_test_add_func ("/loader/default-path", test_default_path);
  g_test_add_func ("/loader/suggest", test_suggest);
  return g_test_run ();
}
