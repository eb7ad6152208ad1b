/* test-gazetteer-image.c: the entities stage's prebuilt lists
 * (gazetteer-image.c): read back, the gazetteer and the first names' map
 * are what the TSVs give; an
 * image whose data files changed, or that another build's code wrote, is
 * passed over for the TSVs; one that is not an image is an error naming
 * the file. */
#include "../../../plugins/entities/entities.h"
#include "../../../plugins/entities/gazetteer-private.h"

#include <glib/gstdio.h>
#include <string.h>

/* Whether entries @a and @b say the same.  Labels and hints are compared
 * as strings: the image gives gazetteer-image.c's own literals, the same
 * pointers as gazetteer.c's only where the linker merges equal strings,
 * which ASan's builds do not. */
static void
assert_same_entry (const GazetteerEntry *a, const GazetteerEntry *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;
  g_assert_cmpstr (a->label, ==, b->label);
  g_assert_cmpstr (a->hint, ==, b->hint);
  g_assert_cmpstr (a->canonical, ==, b->canonical);
  g_assert_cmpstr (a->kb, ==, b->kb);
  g_assert_cmpstr (a->country, ==, b->country);
  g_assert_cmpint (a->place, ==, b->place);
  g_assert_cmpint (a->yields, ==, b->yields);
  g_assert_cmpint (a->faint, ==, b->faint);
}

static void
assert_same_map (const WordMap *a, const WordMap *b)
{
  g_assert_cmpuint (a->mask, ==, b->mask);
  g_assert_cmpuint (a->n, ==, b->n);
  for (guint32 i = 0; i <= a->mask; i++)
    {
      const WordSlot *x = &a->slots[i], *y = &b->slots[i];
      g_assert_cmpuint (x->flags, ==, y->flags);
      if (x->flags == 0)
        continue;
      g_assert_cmpuint (x->hash, ==, y->hash);
      g_assert_cmpstr (x->key, ==, y->key);
      assert_same_entry (x->value, y->value);
    }
}

/* The build's image is what the build's TSVs give, slot by slot. */
static void
test_same (void)
{
  g_autoptr (GError) error = NULL;
  Gazetteer *tsv = gazetteer_read_tsv (ENTITIES_DATA, &error);
  g_assert_no_error (error);
  Gazetteer *image = gazetteer_image_load (ENTITIES_DATA, &error);
  g_assert_no_error (error);
  g_assert_nonnull (image);
  g_assert_nonnull (image->image);
  g_assert_cmpuint (image->longest, ==, tsv->longest);
  assert_same_map (image->keys, tsv->keys);
  assert_same_map (image->starts, tsv->starts);
  assert_same_map (image->currencies, tsv->currencies);
  gazetteer_free (tsv);
  gazetteer_free (image);
}

/* A copy of the build's data folder (the TSVs and the image) in a new
 * temporary folder; returns its path. */
static char *
copy_data (void)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("gazetteer-image-XXXXXX", &error);
  g_assert_no_error (error);
  g_autoptr (GDir) d = g_dir_open (ENTITIES_DATA, 0, &error);
  g_assert_no_error (error);
  for (const char *name; (name = g_dir_read_name (d));)
    {
      if (!g_str_has_suffix (name, ".tsv") && strcmp (name, "gazetteer.image") != 0)
        continue;
      g_autofree char *from = g_build_filename (ENTITIES_DATA, name, NULL);
      g_autofree char *to = g_build_filename (dir, name, NULL);
      g_autofree char *text = NULL;
      gsize length;
      g_assert_true (g_file_get_contents (from, &text, &length, &error));
      g_assert_true (g_file_set_contents (to, text, length, &error));
    }
  return dir;
}

static void
remove_data (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  for (const char *name; d && (name = g_dir_read_name (d));)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Whether @g lists @name (one or more words, lowercase) as a name that
 * claims. */
static gboolean
knows (const Gazetteer *g, const char *name)
{
  g_auto (GStrv) keys = g_strsplit (name, " ", -1);
  guint n = g_strv_length (keys);
  g_autofree gboolean *flags = g_new0 (gboolean, n);
  const GazetteerEntry *entry = NULL;
  return gazetteer_match (g, (const char *const *) keys, flags, flags, 0, n, TRUE, &entry) == n;
}

/* A data file edited after the image was made: the image is passed over
 * and the edit read (an organisation added, as a user extends the
 * lists in a copied folder). */
static void
test_stale (void)
{
  g_autofree char *dir = copy_data ();
  g_autoptr (GError) error = NULL;
  Gazetteer *before = gazetteer_new (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (before->image);
  g_assert_false (knows (before, "zorblax fisheries council"));
  gazetteer_free (before);

  g_autofree char *path = g_build_filename (dir, "organisations.tsv", NULL);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_autofree char *more = g_strconcat (text, g_str_has_suffix (text, "\n") ? "" : "\n",
                                       "Zorblax Fisheries Council\t-\t-\t\n", NULL);
  g_assert_true (g_file_set_contents (path, more, -1, &error));
  g_assert_null (gazetteer_image_load (dir, &error));
  g_assert_no_error (error);
  Gazetteer *after = gazetteer_new (dir, &error);
  g_assert_no_error (error);
  g_assert_null (after->image);
  g_assert_true (knows (after, "zorblax fisheries council"));
  g_assert_true (knows (after, "czech republic"));
  gazetteer_free (after);
  remove_data (dir);
}

/* An image changed at @offset (from its end where negative) to @bytes,
 * or cut to @cut bytes (0: not cut); then what gazetteer_new() says. */
static Gazetteer *
load_changed (const char *dir, gssize offset, const char *bytes, gsize cut, GError **error)
{
  g_autofree char *path = g_build_filename (dir, "gazetteer.image", NULL);
  g_autofree char *text = NULL;
  gsize length;
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_autofree char *copy = g_memdup2 (text, length);
  if (bytes)
    memcpy (copy + (offset < 0 ? (gssize) length + offset : offset), bytes, strlen (bytes));
  g_assert_true (g_file_set_contents (path, copy, cut ? cut : length, NULL));
  Gazetteer *g = gazetteer_new (dir, error);
  g_assert_true (g_file_set_contents (path, text, length, NULL));
  return g;
}

static void
test_corrupt (void)
{
  g_autofree char *dir = copy_data ();
  g_autofree char *path = g_build_filename (dir, "gazetteer.image", NULL);
  static const struct
  {
    gssize offset;
    const char *bytes;
    gsize cut;
    const char *says;
  } cases[] = {
    { 0, "XSGAZ1", 0, "no ASGAZ1 header" },
    { 0, NULL, 40, "shorter than its header" },
    { 0, NULL, 100000, "its length is not what its header says" },
    /* The strings' last NUL. */
    { -1, "x", 0, "its length is not what its header says" },
  };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr (GError) error = NULL;
      Gazetteer *g = load_changed (dir, cases[k].offset, cases[k].bytes, cases[k].cut, &error);
      g_assert_null (g);
      g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_nonnull (strstr (error->message, cases[k].says));
    }
  /* A key's slot whose hash is not the key's: the first slot in use of
   * the keys map, its hash's first byte changed. */
  {
    g_autoptr (GError) error = NULL;
    Gazetteer *tsv = gazetteer_read_tsv (ENTITIES_DATA, &error);
    g_assert_no_error (error);
    guint32 first = 0;
    while (tsv->keys->slots[first].flags == 0)
      first++;
    char flipped[2] = { (char) (tsv->keys->slots[first].hash & 0xff) ^ 0x5a, '\0' };
    gsize header = 96 + tsv->sources->len * 24;
    guint entries = 0;
    for (guint b = 0; b < tsv->entries->len; b++)
      entries += b + 1 == tsv->entries->len ? tsv->block_used : ENTRY_BLOCK;
    gazetteer_free (tsv);
    Gazetteer *g = load_changed (dir, (gssize) (header + (gsize) entries * 16 + first * 16), flipped, 0, &error);
    g_assert_null (g);
    g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
    g_assert_nonnull (strstr (error->message, "a key whose hash is not its slot's"));
  }
  /* Another build's code wrote it: not read, no error. */
  {
    g_autoptr (GError) error = NULL;
    Gazetteer *g = load_changed (dir, 52, "0123", 0, &error);
    g_assert_no_error (error);
    g_assert_nonnull (g);
    g_assert_null (g->image);
    gazetteer_free (g);
  }
  remove_data (dir);
}

/* The first names' and English words' map: the build's image is the
 * TSVs' map, slot by slot; a word added to english-words.tsv is read. */
static void
test_first_names (void)
{
  g_autoptr (GError) error = NULL;
  WordMap *tsv = first_names_read_tsv (ENTITIES_DATA, &error);
  g_assert_no_error (error);
  WordMap *image = word_map_image_load (ENTITIES_DATA, "first-names.image", &error);
  g_assert_no_error (error);
  g_assert_nonnull (image);
  g_assert_nonnull (image->image);
  assert_same_map (image, tsv);
  word_map_free (tsv);
  word_map_free (image);

  g_autofree char *dir = copy_data ();
  g_autofree char *path = g_build_filename (dir, "english-words.tsv", NULL);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_autofree char *more = g_strconcat (text, g_str_has_suffix (text, "\n") ? "" : "\n", "zorblaxing\n", NULL);
  g_assert_true (g_file_set_contents (path, more, -1, &error));
  g_autofree char *image_path = g_build_filename (ENTITIES_DATA, "first-names.image", NULL);
  g_autofree char *image_copy = g_build_filename (dir, "first-names.image", NULL);
  g_autofree char *bytes = NULL;
  gsize length;
  g_assert_true (g_file_get_contents (image_path, &bytes, &length, &error));
  g_assert_true (g_file_set_contents (image_copy, bytes, length, &error));
  g_assert_null (word_map_image_load (dir, "first-names.image", &error));
  g_assert_no_error (error);
  WordMap *after = first_names_load (dir, &error);
  g_assert_no_error (error);
  g_assert_null (after->image);
  g_assert_cmpuint (word_map_get (after, "zorblaxing", word_hash ("zorblaxing", 10)), ==, NAME_WORD_ENGLISH);
  word_map_free (after);
  /* Cut short: an error naming the file. */
  g_assert_true (g_file_set_contents (image_copy, bytes, length / 2, &error));
  g_assert_null (first_names_load (dir, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, image_copy));
  remove_data (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gazetteer-image/same", test_same);
  g_test_add_func ("/gazetteer-image/stale", test_stale);
  g_test_add_func ("/gazetteer-image/corrupt", test_corrupt);
  g_test_add_func ("/gazetteer-image/first-names", test_first_names);
  return g_test_run ();
}
