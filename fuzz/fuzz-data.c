/* fuzz-data.c: the readers of data files.  The first byte of an input
 * picks a reader: the core's line reader, or one path option of one stage
 * (the stage is created with the rest of the input as that file, and
 * destroyed); the rest is the file.  Any file gives a stage or an error
 * naming the file, never a crash. */
#include "fuzz-util.h"

typedef struct
{
  const char *stage;  /* NULL: assay_data_read_lines() */
  const char *option;
  const char *file;   /* nullable: a file in the folder @option names */
} Reader;

static const Reader readers[] = {
  { NULL, NULL },
  { "cleanup", "mojibake-data" },
  { "cleanup", "boilerplate-data" },
  { "cleanup", "abbreviations" },
  { "cleanup", "structure-data" },
  { "dates", "lexicon" },
  { "dates", "patterns" },
  { "dates", "timezones" },
  { "inconsistencies", "knowledge" },
  { "inconsistencies", "knowledge-extra" },
  { "inconsistencies", "roles" },
  { "inconsistencies", "cues" },
  { "entities", "model" },
  { "entities", "data", "actors.tsv" },
  { "entities", "data", "actors-extra.tsv" },
  { "entities", "data", "countries.tsv" },
  { "entities", "data", "country-names.tsv" },
  { "entities", "data", "cues.tsv" },
  { "entities", "data", "demonyms.tsv" },
  { "entities", "data", "office-holders.tsv" },
  { "entities", "data", "organisations.tsv" },
  { "entities", "data", "places.tsv" },
};

/* A folder of links to the stage's own data files, so that one of them
 * can be swapped for the input while the others stay as shipped. */
static char *
data_folder_copy (const AssayStageInfo *info)
{
  static GHashTable *copies; /* stage name -> folder */
  if (copies == NULL)
    copies = g_hash_table_new (g_str_hash, g_str_equal);
  char *dir = g_hash_table_lookup (copies, info->desc.name);
  if (dir)
    return dir;
  dir = g_dir_make_tmp ("assay-fuzz-folder-XXXXXX", NULL);
  GDir *d = g_dir_open (info->data_dir, 0, NULL);
  if (dir == NULL || d == NULL)
    fuzz_fail ("copying the data folder", info->data_dir);
  const char *name;
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *from = g_build_filename (info->data_dir, name, NULL);
      g_autofree char *to = g_build_filename (dir, name, NULL);
      if (symlink (from, to) != 0)
        fuzz_fail ("linking", to);
    }
  g_dir_close (d);
  g_hash_table_insert (copies, (gpointer) info->desc.name, dir);
  return dir;
}

static char *file_path;

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  if (size == 0)
    return 0;
  if (file_path == NULL)
    {
      char *dir = g_dir_make_tmp ("assay-fuzz-data-XXXXXX", NULL);
      file_path = g_build_filename (dir, "data.tsv", NULL);
      g_free (dir);
    }
  const Reader *reader = &readers[data[0] % G_N_ELEMENTS (readers)];
  const AssayStageInfo *info = NULL;
  g_autofree char *swapped = NULL, *original = NULL;
  const char *option_value = file_path;
  if (reader->stage)
    {
      info = assay_registry_lookup (fuzz_registry (), reader->stage);
      if (info == NULL)
        fuzz_fail ("no such stage", reader->stage);
    }
  if (reader->file)
    {
      option_value = data_folder_copy (info);
      swapped = g_build_filename (option_value, reader->file, NULL);
      original = g_build_filename (info->data_dir, reader->file, NULL);
      unlink (swapped);
    }
  const char *target = swapped ? swapped : file_path;
  if (!g_file_set_contents (target, (const char *) data + 1, size - 1, NULL))
    fuzz_fail ("writing", target);

  g_autoptr (GError) error = NULL;
  if (reader->stage == NULL)
    {
      g_autoptr (GPtrArray) lines = assay_data_read_lines (file_path, &error);
      if ((lines == NULL) == (error == NULL))
        fuzz_fail ("lines and an error, or neither", NULL);
      return 0;
    }
  g_autoptr (AssayOptions) options
      = assay_options_new (info->options, info->n_options, info->data_dir, &error);
  if (options == NULL || !assay_options_set (options, reader->option, option_value, "/", &error))
    fuzz_fail ("setting the option", error->message);
  if (strcmp (reader->stage, "dates") == 0
      && !assay_options_set (options, "reference-key", "published", "/", &error))
    fuzz_fail ("setting the option", error->message);
  AssayHost host = {
    .instance_name = reader->stage,
    .data_dir = info->data_dir,
    .reference_date = "2025-05-29",
    .n_workers = 1,
  };
  gpointer instance = info->desc.create (&host, options, &error);
  if ((instance == NULL) == (error == NULL))
    fuzz_fail ("an instance and an error, or neither", error ? error->message : NULL);
  if (instance)
    info->desc.destroy (instance);
  if (swapped && (unlink (swapped) != 0 || symlink (original, swapped) != 0))
    fuzz_fail ("restoring", swapped);
  return 0;
}
