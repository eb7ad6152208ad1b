/* fuzz-data.c: the readers of data files.  The first byte of an input
 * picks a reader; the rest is the file it reads.  Any file gives what
 * the reader makes or an error, never both, never a crash.
 *
 * Each input runs one reader on one file, not a whole stage: creating
 * the entities stage reads 2.5 MB of lists and a 756 KB model, about two
 * CPU-seconds under ASan, which was the target's rate (one input a
 * second).  So:
 *   - the core's readers, assay_data_read_lines() and
 *     assay_data_table_read(), are called on the file;
 *   - cleanup's loaders (mojibake_new(), boilerplate_new(),
 *     references_new(), ...) and
 *     entities' (ner_model_load(), gazetteer_new(), cue_map_load())
 *     are linked in from the stages' static libraries and called alone;
 *   - dates and inconsistencies read all their files in create(), so the
 *     stage is created with the input as the one option and small copies
 *     of its other files (see light_copy()); the same goes for the files
 *     of entities' data folder, which gazetteer_new() reads together.
 * Files are written to /dev/shm when it exists: writing them is then no
 * disk work. */
#include "fuzz-util.h"

#include <fcntl.h>
#include <glib/gstdio.h>

#include "cleanup-private.h"
#include "gazetteer-private.h"
#include "gazetteer.h"
#include "ner.h"

typedef enum
{
  CORE_LINES,
  CORE_TABLE,
  CLEANUP_MOJIBAKE,
  CLEANUP_BOILERPLATE,
  CLEANUP_ABBREVIATIONS,
  CLEANUP_STRUCTURE,
  CLEANUP_COMMON_WORDS,
  STAGE_OPTION,      /* a path option of a stage (dates, inconsistencies) */
  ENTITIES_MODEL,
  ENTITIES_FOLDER,   /* a file of entities' data folder */
  ENTITIES_IMAGE,    /* an image of that folder, the hash in its header made its bytes' */
  CLEANUP_REFERENCES,
} Kind;

typedef struct
{
  Kind kind;
  const char *stage;  /* STAGE_OPTION */
  const char *option; /* STAGE_OPTION */
  const char *file;   /* ENTITIES_FOLDER: the file's name in the folder */
} Reader;

static const Reader readers[] = {
  { CORE_LINES },
  { CORE_TABLE },
  { CLEANUP_MOJIBAKE },
  { CLEANUP_BOILERPLATE },
  { CLEANUP_ABBREVIATIONS },
  { CLEANUP_STRUCTURE },
  { CLEANUP_COMMON_WORDS },
  { STAGE_OPTION, "dates", "lexicon" },
  { STAGE_OPTION, "dates", "patterns" },
  { STAGE_OPTION, "dates", "timezones" },
  { STAGE_OPTION, "inconsistencies", "knowledge" },
  { STAGE_OPTION, "inconsistencies", "knowledge-extra" },
  { STAGE_OPTION, "inconsistencies", "roles" },
  { STAGE_OPTION, "inconsistencies", "role-titles" },
  { STAGE_OPTION, "inconsistencies", "cues" },
  { ENTITIES_MODEL },
  { ENTITIES_FOLDER, NULL, NULL, "cues.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "countries.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "cities.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "subdivisions.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "places.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "demonyms.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "organisations.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "office-holders.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "actors-extra.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "actors.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "malware.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "currencies.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "companies.tsv" },
  { ENTITIES_FOLDER, NULL, NULL, "person-names.tsv" },
  /* The prebuilt images (gazetteer-image.c), as they are (most stop at
   * the hash of their bytes) and resealed (the checks behind it). */
  { ENTITIES_FOLDER, NULL, NULL, "gazetteer.image" },
  { ENTITIES_FOLDER, NULL, NULL, "first-names.image" },
  { ENTITIES_IMAGE, NULL, NULL, "gazetteer.image" },
  { ENTITIES_IMAGE, NULL, NULL, "first-names.image" },
  /* Last, so that the readers before keep their first bytes. */
  { ENTITIES_FOLDER, NULL, NULL, "clubs.tsv" },
  { CLEANUP_REFERENCES },
  { STAGE_OPTION, "dates", "idioms" },
};

static char *work_dir;  /* where the files are written */
static char *file_path; /* the input, for every reader but ENTITIES_FOLDER */

static void
write_file (const char *path, const char *data, gsize size)
{
  int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0)
    fuzz_fail ("opening", path);
  for (gsize done = 0; done < size;)
    {
      ssize_t n = write (fd, data + done, size - done);
      if (n <= 0)
        fuzz_fail ("writing", path);
      done += n;
    }
  close (fd);
}

/* A small copy of a shipped data file, for the files a reader needs
 * beside the one under test: reading them is then not most of the work.
 * A file up to 16 KiB is kept whole (others refer to it: places.tsv to
 * countries.tsv); a bigger one keeps its comments and first 24 rows.
 * Returns (transfer full) its contents. */
static char *
light_copy (const char *path, gsize *length)
{
  g_autofree char *data = NULL;
  if (!g_file_get_contents (path, &data, length, NULL))
    fuzz_fail ("reading", path);
  if (*length <= 16384)
    return g_steal_pointer (&data);
  guint rows = 0;
  const char *p = data, *end = data + *length;
  while (p < end && rows < 24)
    {
      if (*p != '#' && *p != '\n')
        rows++;
      const char *nl = memchr (p, '\n', end - p);
      p = nl ? nl + 1 : end;
    }
  *length = p - data;
  return g_strndup (data, *length);
}

static void
remove_work_dir (void)
{
  GDir *d = g_dir_open (work_dir, 0, NULL);
  if (d == NULL)
    return;
  const char *name;
  while ((name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (work_dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          GDir *sub = g_dir_open (path, 0, NULL);
          const char *inner;
          while (sub && (inner = g_dir_read_name (sub)))
            {
              g_autofree char *file = g_build_filename (path, inner, NULL);
              g_unlink (file);
            }
          if (sub)
            g_dir_close (sub);
          g_rmdir (path);
        }
      else
        g_unlink (path);
    }
  g_dir_close (d);
  g_rmdir (work_dir);
}

/* ---- dates and inconsistencies: the stage, with small other files ---- */

typedef struct
{
  const AssayStageInfo *info;
  AssayOptions *options; /* each path option: a light copy, in work_dir */
} StageFiles;

/* Whether a stage's file is copied whole rather than light: one whose
 * rows other files refer to past its first 24 (the dates lexicon's units
 * and parts of the day, which every phrase of idioms.tsv must hold, or
 * the stage refuses to start). */
static gboolean
kept_whole (const char *stage, const char *option)
{
  return strcmp (stage, "dates") == 0 && strcmp (option, "lexicon") == 0;
}

static StageFiles *
stage_files (const char *stage)
{
  static GHashTable *stages; /* name -> StageFiles */
  if (stages == NULL)
    stages = g_hash_table_new (g_str_hash, g_str_equal);
  StageFiles *sf = g_hash_table_lookup (stages, stage);
  if (sf)
    return sf;
  sf = g_new0 (StageFiles, 1);
  sf->info = assay_registry_lookup (fuzz_registry (), stage);
  if (sf->info == NULL)
    fuzz_fail ("no such stage", stage);
  g_autoptr (GError) error = NULL;
  sf->options = assay_options_new (sf->info->options, sf->info->n_options, sf->info->data_dir, &error);
  if (sf->options == NULL)
    fuzz_fail ("the options of", stage);
  for (guint i = 0; i < sf->info->n_options; i++)
    {
      const AssayOptionSpec *spec = &sf->info->options[i];
      if (spec->type != ASSAY_OPTION_PATH)
        continue;
      const char *shipped = assay_options_get_string (sf->options, spec->name);
      if (shipped == NULL)
        continue;
      gsize length;
      g_autofree char *data = NULL;
      if (kept_whole (stage, spec->name))
        {
          if (!g_file_get_contents (shipped, &data, &length, NULL))
            fuzz_fail ("reading", shipped);
        }
      else
        data = light_copy (shipped, &length);
      g_autofree char *name = g_strdup_printf ("%s-%s", stage, spec->name);
      g_autofree char *copy = g_build_filename (work_dir, name, NULL);
      write_file (copy, data, length);
      if (!assay_options_set (sf->options, spec->name, copy, "/", &error))
        fuzz_fail ("setting the option", error->message);
    }
  if (strcmp (stage, "dates") == 0 && !assay_options_set (sf->options, "reference-key", "published", "/", &error))
    fuzz_fail ("setting the option", error->message);
  g_hash_table_insert (stages, (gpointer) stage, sf);
  return sf;
}

/* Creates @stage with @option naming @path (NULL: its light copy) and
 * destroys it; returns whether it was created. */
static gboolean
stage_create (const char *stage, const char *option, const char *path, GError **error)
{
  StageFiles *sf = stage_files (stage);
  g_autofree char *light = NULL;
  if (path)
    {
      light = g_strdup (assay_options_get_string (sf->options, option));
      if (!assay_options_set (sf->options, option, path, "/", error))
        fuzz_fail ("setting the option", (*error)->message);
    }
  AssayHost host = {
    .instance_name = stage,
    .data_dir = sf->info->data_dir,
    .reference_date = "2025-05-29",
    .n_workers = 1,
  };
  gpointer instance = sf->info->desc.create (&host, sf->options, error);
  if ((instance == NULL) == (*error == NULL))
    fuzz_fail ("an instance and an error, or neither", *error ? (*error)->message : NULL);
  if (instance)
    sf->info->desc.destroy (instance);
  g_autoptr (GError) local = NULL;
  if (light && !assay_options_set (sf->options, option, light, "/", &local))
    fuzz_fail ("restoring the option", local->message);
  return instance != NULL;
}

/* ---- entities' data folder ------------------------------------------- */

static char *entities_dir;    /* light copies of every file of the folder */
static GHashTable *originals; /* file name -> GBytes of its light copy */

static void
entities_set_up (void)
{
  const AssayStageInfo *info = assay_registry_lookup (fuzz_registry (), "entities");
  if (info == NULL)
    fuzz_fail ("no such stage", "entities");
  entities_dir = g_build_filename (work_dir, "entities", NULL);
  if (g_mkdir (entities_dir, 0700) != 0)
    fuzz_fail ("creating", entities_dir);
  originals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  GDir *d = g_dir_open (info->data_dir, 0, NULL);
  if (d == NULL)
    fuzz_fail ("opening", info->data_dir);
  const char *name;
  while ((name = g_dir_read_name (d)))
    {
      if (!g_str_has_suffix (name, ".tsv"))
        continue;
      g_autofree char *from = g_build_filename (info->data_dir, name, NULL);
      g_autofree char *to = g_build_filename (entities_dir, name, NULL);
      gsize length;
      char *data = light_copy (from, &length);
      write_file (to, data, length);
      g_hash_table_insert (originals, g_strdup (name), g_bytes_new_take (data, length));
    }
  g_dir_close (d);
  /* The images of the light copies, as the build makes the folder's, so
   * that gazetteer_new() reads the gazetteer's (the shipped ones are of
   * the whole lists, stale here); the first names' of a few words, its
   * map's reader people.c not being linked in. */
  g_autoptr (GError) error = NULL;
  g_autofree char *gazetteer_image = g_build_filename (entities_dir, "gazetteer.image", NULL);
  g_autofree char *names_image = g_build_filename (entities_dir, "first-names.image", NULL);
  Gazetteer *g = gazetteer_read_tsv (entities_dir, &error);
  if (g == NULL || !gazetteer_image_write (g, entities_dir, gazetteer_image, &error))
    fuzz_fail ("writing the light gazetteer's image", error->message);
  gazetteer_free (g);
  WordMap *names = word_map_new ();
  word_map_add (names, "anna", 1);
  word_map_add (names, "river", 2);
  word_map_note_source (names, "first-names.tsv");
  if (!word_map_image_write (names, entities_dir, names_image, &error))
    fuzz_fail ("writing the light first names' image", error->message);
  word_map_free (names);
  const char *const images[] = { "gazetteer.image", "first-names.image" };
  for (guint k = 0; k < G_N_ELEMENTS (images); k++)
    {
      g_autofree char *path = g_build_filename (entities_dir, images[k], NULL);
      g_autofree char *data = NULL;
      gsize length;
      if (!g_file_get_contents (path, &data, &length, &error))
        fuzz_fail ("reading", path);
      g_hash_table_insert (originals, g_strdup (images[k]), g_bytes_new_take (g_steal_pointer (&data), length));
    }
}

/* Reads the folder as the stage does; returns whether it loaded. */
static gboolean
entities_load_folder (GError **error)
{
  Gazetteer *g = gazetteer_new (entities_dir, error);
  if ((g == NULL) == (*error == NULL))
    fuzz_fail ("a gazetteer and an error, or neither", *error ? (*error)->message : NULL);
  if (g == NULL)
    return FALSE;
  gazetteer_free (g);
  /* The first names' image: a map where it is whole and fresh, else
   * NULL (a warning where damaged), never a crash. */
  word_map_free (word_map_image_load (entities_dir, "first-names.image"));
  CueMap *cues = cue_map_load (entities_dir, NULL, error);
  if ((cues == NULL) == (*error == NULL))
    fuzz_fail ("cues and an error, or neither", *error ? (*error)->message : NULL);
  cue_map_free (cues);
  if (cues == NULL)
    return FALSE;
  WordMap *clubs = clubs_read_tsv (entities_dir, error);
  if ((clubs == NULL) == (*error == NULL))
    fuzz_fail ("clubs and an error, or neither", *error ? (*error)->message : NULL);
  word_map_free (clubs);
  if (clubs == NULL)
    return FALSE;
  WordMap *companies = companies_read_tsv (entities_dir, error);
  if ((companies == NULL) == (*error == NULL))
    fuzz_fail ("companies and an error, or neither", *error ? (*error)->message : NULL);
  word_map_free (companies);
  return companies != NULL;
}

/* ---- the readers ------------------------------------------------------- */

/* Whether exactly one of @made and @error is set; aborts otherwise. */
#define CHECK_ONE(made, error, what)                                           \
  G_STMT_START                                                                 \
  {                                                                            \
    if (((made) == NULL) == ((error) == NULL))                                 \
      fuzz_fail (what ": a result and an error, or neither",                   \
                 (error) ? (error)->message : NULL);                           \
  }                                                                            \
  G_STMT_END

static void
set_up (void)
{
  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR))
    work_dir = g_strdup ("/dev/shm/assay-fuzz-data-XXXXXX");
  else
    work_dir = g_build_filename (g_get_tmp_dir (), "assay-fuzz-data-XXXXXX", NULL);
  if (g_mkdtemp (work_dir) == NULL)
    fuzz_fail ("creating", work_dir);
  atexit (remove_work_dir);
  file_path = g_build_filename (work_dir, "data.tsv", NULL);
  entities_set_up ();

  /* The small copies must load as they are: an input then fails for
   * what it holds, not for what a copy lacks. */
  g_autoptr (GError) error = NULL;
  if (!entities_load_folder (&error))
    fuzz_fail ("the light copy of the entities folder", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    if (readers[i].kind == STAGE_OPTION && !stage_create (readers[i].stage, NULL, NULL, &error))
      fuzz_fail ("the light copies of a stage's files", error->message);
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  if (size == 0)
    return 0;
  if (work_dir == NULL)
    set_up ();
  const Reader *reader = &readers[data[0] % G_N_ELEMENTS (readers)];
  const char *file = (const char *) data + 1;
  gsize length = size - 1;
  g_autofree char *slot = NULL;
  g_autofree char *sealed = NULL;
  if (reader->kind == ENTITIES_FOLDER || reader->kind == ENTITIES_IMAGE)
    slot = g_build_filename (entities_dir, reader->file, NULL);
  if (reader->kind == ENTITIES_IMAGE && length >= 96)
    {
      sealed = g_memdup2 (file, length);
      gazetteer_image_seal (sealed, length);
      file = sealed;
    }
  write_file (slot ? slot : file_path, file, length);

  g_autoptr (GError) error = NULL;
  switch (reader->kind)
    {
    case CORE_LINES:
      {
        g_autoptr (GPtrArray) lines = assay_data_read_lines (file_path, &error);
        CHECK_ONE (lines, error, "lines");
        for (guint i = 0; lines && i < lines->len; i++)
          {
            const char *line = lines->pdata[i];
            if (*line == '\0' || *line == '#' || strchr (line, '\n'))
              fuzz_fail ("a blank line, a comment or a newline among the lines", line);
          }
        break;
      }
    case CORE_TABLE:
      {
        g_autoptr (AssayDataTable) table = assay_data_table_read (file_path, &error);
        CHECK_ONE (table, error, "table");
        guint last = 0;
        for (guint i = 0; table && i < assay_data_table_get_n_rows (table); i++)
          {
            const AssayDataRow *row = assay_data_table_get_row (table, i);
            if (row->line <= last || row->n_fields == 0 || row->n_fields != g_strv_length (row->fields))
              fuzz_fail ("a row out of order or miscounted", NULL);
            last = row->line;
          }
        break;
      }
    case CLEANUP_MOJIBAKE:
      {
        const AssayStageInfo *info = assay_registry_lookup (fuzz_registry (), "cleanup");
        const char *codecs = NULL;
        for (guint i = 0; i < info->n_options; i++)
          if (strcmp (info->options[i].name, "codecs") == 0)
            codecs = info->options[i].default_value;
        Mojibake *m = mojibake_new (codecs, file_path, &error);
        CHECK_ONE (m, error, "mojibake");
        mojibake_free (m);
        break;
      }
    case CLEANUP_BOILERPLATE:
      {
        Boilerplate *b = boilerplate_new (file_path, &error);
        CHECK_ONE (b, error, "boilerplate");
        boilerplate_free (b);
        break;
      }
    case CLEANUP_ABBREVIATIONS:
      {
        Segmenter *s = segmenter_new (file_path, &error);
        CHECK_ONE (s, error, "segmenter");
        segmenter_free (s);
        break;
      }
    case CLEANUP_STRUCTURE:
      {
        Structure *st = structure_new (file_path, &error);
        CHECK_ONE (st, error, "structure");
        structure_free (st);
        break;
      }
    case CLEANUP_COMMON_WORDS:
      {
        CommonWords *cw = common_words_new (file_path, &error);
        CHECK_ONE (cw, error, "common words");
        common_words_free (cw);
        break;
      }
    case CLEANUP_REFERENCES:
      {
        References *r = references_new (file_path, &error);
        CHECK_ONE (r, error, "references");
        references_free (r);
        break;
      }
    case STAGE_OPTION:
      stage_create (reader->stage, reader->option, file_path, &error);
      break;
    case ENTITIES_MODEL:
      {
        NerModel *model = ner_model_load (file_path, &error);
        CHECK_ONE (model, error, "model");
        ner_model_free (model);
        break;
      }
    case ENTITIES_FOLDER:
    case ENTITIES_IMAGE:
      {
        entities_load_folder (&error);
        GBytes *original = g_hash_table_lookup (originals, reader->file);
        if (original == NULL)
          fuzz_fail ("no shipped file", reader->file);
        gsize n;
        const char *bytes = g_bytes_get_data (original, &n);
        write_file (slot, bytes, n);
        break;
      }
    }
  return 0;
}
