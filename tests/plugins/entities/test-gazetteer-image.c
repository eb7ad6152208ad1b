/* test-gazetteer-image.c: the entities stage's prebuilt lists
 * (gazetteer-image.c): read back, the gazetteer, the first names' map and
 * the clubs' map are what the TSVs give; an
 * image whose data files changed, or that another build's code wrote, is
 * passed over for the TSVs; so is a damaged one, with a warning naming
 * the file and what is wrong. */
#include "../../../plugins/entities/entities.h"
#include "../../../plugins/entities/gazetteer-private.h"
#include "../../../plugins/entities/tables.h"

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
  Gazetteer *image = gazetteer_image_load (ENTITIES_DATA);
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
      if (!g_str_has_suffix (name, ".tsv") && strcmp (name, "gazetteer.image") != 0
          && strcmp (name, "clubs.image") != 0 && strcmp (name, "companies.image") != 0)
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
  g_assert_null (gazetteer_image_load (dir));
  Gazetteer *after = gazetteer_new (dir, &error);
  g_assert_no_error (error);
  g_assert_null (after->image);
  g_assert_true (knows (after, "zorblax fisheries council"));
  g_assert_true (knows (after, "czech republic"));
  gazetteer_free (after);
  remove_data (dir);
}

/* The gazetteer gazetteer_new() reads from @dir with its image changed:
 * @n bytes at @offset (from its end where negative) set to @bytes (none
 * where NULL), then cut to @cut bytes (0: not cut), then, where @seal,
 * the hash in its header made its bytes' again (to reach the checks
 * behind it).  The image is put back after. */
static Gazetteer *
load_changed (const char *dir, gssize offset, const void *bytes, gsize n, gsize cut, gboolean seal,
              GError **error)
{
  g_autofree char *path = g_build_filename (dir, "gazetteer.image", NULL);
  g_autofree char *text = NULL;
  gsize length;
  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  g_autofree char *copy = g_memdup2 (text, length);
  if (bytes)
    memcpy (copy + (offset < 0 ? (gssize) length + offset : offset), bytes, n);
  if (seal)
    gazetteer_image_seal (copy, cut ? cut : length);
  g_assert_true (g_file_set_contents (path, copy, cut ? cut : length, NULL));
  Gazetteer *g = gazetteer_new (dir, error);
  g_assert_true (g_file_set_contents (path, text, length, NULL));
  return g;
}

/* Where the build's image keeps its parts: the entries' and the keys
 * map's used slots' offsets (20 bytes each: index, hash, flags, key,
 * entry), and its entries and strings' counts. */
typedef struct
{
  gsize entries, slots;
  guint32 n_entries, strings_size;
} Layout;

static Layout
layout_of (void)
{
  g_autoptr (GError) error = NULL;
  Gazetteer *tsv = gazetteer_read_tsv (ENTITIES_DATA, &error);
  g_assert_no_error (error);
  Layout l = { 96 + tsv->sources->len * 24, 0, 0, 0 };
  for (guint b = 0; b < tsv->entries->len; b++)
    l.n_entries += b + 1 == tsv->entries->len ? tsv->block_used : ENTRY_BLOCK;
  l.slots = l.entries + (gsize) l.n_entries * 16;
  gazetteer_free (tsv);
  g_autofree char *path = g_build_filename (ENTITIES_DATA, "gazetteer.image", NULL);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  memcpy (&l.strings_size, text + 48, 4);
  return l;
}

/* A damaged image is passed over for the TSVs with one warning naming
 * the file and what is wrong: the stage still starts. */
static void
test_corrupt (void)
{
  g_autofree char *dir = copy_data ();
  g_autofree char *path = g_build_filename (dir, "gazetteer.image", NULL);
  Layout l = layout_of ();
  guint32 past = l.strings_size, too_many = l.n_entries + 1, zero = 0, all_ones = G_MAXUINT32, huge_mask = (1u << 28) - 1;
  char flipped;
  {
    g_autofree char *text = NULL;
    g_assert_true (g_file_get_contents (ENTITIES_DATA "/gazetteer.image", &text, NULL, NULL));
    flipped = (char) (text[l.slots + 4] ^ 0x5a);
  }
  const struct
  {
    gssize offset;
    const void *bytes;
    gsize n, cut;
    gboolean seal;
    const char *says;
  } cases[] = {
    { 0, "XSGAZ2", 6, 0, FALSE, "no ASGAZ2 header" },
    { 0, NULL, 0, 40, FALSE, "shorter than its header" },
    { 0, NULL, 0, 100000, FALSE, "the hash in its header differs" },
    { 0, NULL, 0, 100000, TRUE, "its length is not what its header says" },
    /* The strings' last NUL; a letter of a name (the review's Gdańsk
     * made Gdynia!); the longest name's words, which 0 would make
     * every name one word. */
    { -1, "x", 1, 0, FALSE, "the hash in its header differs" },
    { -40, "Gdynia!", 7, 0, FALSE, "the hash in its header differs" },
    { 20, &zero, 4, 0, FALSE, "the hash in its header differs" },
    { -1, "x", 1, 0, TRUE, "its length is not what its header says" },
    /* Behind a hash made whole again: an entry's canonical name past
     * the strings; a slot's key past them; a slot's entry past the
     * entries; the second slot's index not above the first's (0); a
     * slot's flags 0. */
    { (gssize) l.entries + 4, &past, 4, 0, TRUE, "an entry's string out of range" },
    { (gssize) (l.slots + 12), &past, 4, 0, TRUE, "a slot's key or entry out of range" },
    { (gssize) (l.slots + 16), &too_many, 4, 0, TRUE, "a slot's key or entry out of range" },
    { (gssize) (l.slots + 20), &zero, 4, 0, TRUE, "a slot's index or flags" },
    { (gssize) (l.slots + 8), &zero, 4, 0, TRUE, "a slot's index or flags" },
    /* The keys map's mask (at 24): 2^32 - 1, whose power-of-two test
     * wrapped in 32 bits (the run then died asking for 96 GiB), and
     * 2^28 - 1, a power of two far past what the writer sizes for its
     * keys (6 GiB mapped and every name lost, silently). */
    { 24, &all_ones, 4, 0, TRUE, "a map's size" },
    { 24, &huge_mask, 4, 0, TRUE, "a map's size" },
  };
  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *pattern = g_strdup_printf ("%s: a damaged image*%s*", path, cases[k].says);
      g_test_expect_message (NULL, G_LOG_LEVEL_WARNING, pattern);
      Gazetteer *g = load_changed (dir, cases[k].offset, cases[k].bytes, cases[k].n, cases[k].cut, cases[k].seal,
                                   &error);
      g_test_assert_expected_messages ();
      g_assert_no_error (error);
      g_assert_nonnull (g);
      g_assert_null (g->image);
      g_assert_true (knows (g, "czech republic"));
      gazetteer_free (g);
    }
  /* Another build's code or utf8proc wrote it: the TSVs read, no
   * warning (a stale cache is no damage). */
  {
    g_autoptr (GError) error = NULL;
    Gazetteer *g = load_changed (dir, 64, "0123", 4, 0, TRUE, &error);
    g_assert_no_error (error);
    g_assert_nonnull (g);
    g_assert_null (g->image);
    gazetteer_free (g);
  }
  /* A key's hash changed behind a hash made whole again (on purpose: no
   * damage does that) is not checked key by key: the image is read, that
   * one key is not found, and every other name is. */
  {
    g_autoptr (GError) error = NULL;
    Gazetteer *g = load_changed (dir, (gssize) (l.slots + 4), &flipped, 1, 0, TRUE, &error);
    g_assert_no_error (error);
    g_assert_nonnull (g);
    g_assert_nonnull (g->image);
    g_assert_true (knows (g, "czech republic"));
    gazetteer_free (g);
  }
  /* Near the checks: the same image written back unchanged, and sealed
   * again unchanged, is read. */
  {
    g_autoptr (GError) error = NULL;
    Gazetteer *g = load_changed (dir, 0, NULL, 0, 0, TRUE, &error);
    g_assert_no_error (error);
    g_assert_nonnull (g);
    g_assert_nonnull (g->image);
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
  WordMap *image = word_map_image_load (ENTITIES_DATA, "first-names.image");
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
  g_assert_null (word_map_image_load (dir, "first-names.image"));
  WordMap *after = first_names_load (dir, &error);
  g_assert_no_error (error);
  g_assert_null (after->image);
  g_assert_cmpuint (word_map_get (after, "zorblaxing", word_hash ("zorblaxing", 10)), ==, NAME_WORD_ENGLISH);
  word_map_free (after);
  /* Cut short: a warning naming the file, and the TSVs read. */
  g_assert_true (g_file_set_contents (image_copy, bytes, length / 2, &error));
  g_autofree char *pattern = g_strdup_printf ("%s: a damaged image*", image_copy);
  g_test_expect_message (NULL, G_LOG_LEVEL_WARNING, pattern);
  WordMap *cut = first_names_load (dir, &error);
  g_test_assert_expected_messages ();
  g_assert_no_error (error);
  g_assert_nonnull (cut);
  g_assert_null (cut->image);
  word_map_free (cut);
  remove_data (dir);
}

/* Whether @map lists @key (words folded, joined by one space). */
static gboolean
map_lists (const WordMap *map, const char *key)
{
  return word_map_get (map, key, word_hash (key, strlen (key))) != 0;
}

/* clubs.image is what clubs.tsv gives, slot by slot; with clubs.tsv
 * edited in a copied folder the image is passed over and the edit read
 * (the staleness check covers clubs.tsv: the stage does not answer from
 * the old list); a bad row of the edited file is an error naming it and
 * its line, as before the image. */
/* first_name_flags(): each word's flags are the first names' map's for
 * its key, asked once a slot (Scan.name_flags) and the same when asked
 * again; a key the map lacks is 0 every time (its answer kept too), and
 * two keys of one hash, in slots of their own, keep their own flags. */
static void
test_first_names_memo (void)
{
  WordMap *map = word_map_new ();
  word_map_add (map, "john", NAME_WORD_FIRST);
  word_map_add (map, "will", NAME_WORD_FIRST | NAME_WORD_ENGLISH);
  word_map_add (map, "referee", NAME_WORD_PERSON_NOUN);
  Entities e = { .first_names = map };
  /* "zz" is given "will"'s hash: a probe finds no key of that text. */
  const char *keys[] = { "john", "will", "referee", "zz", "john", "will", "zz", "smith" };
  const guint32 slot_of[] = { 0, 1, 2, 3, 0, 1, 3, 4 };
  const guint n = G_N_ELEMENTS (keys);
  g_autoptr (GArray) words = g_array_sized_new (FALSE, TRUE, sizeof (Word), n);
  g_array_set_size (words, n);
  for (guint i = 0; i < n; i++)
    {
      Word *w = &g_array_index (words, Word, i);
      w->key = keys[i];
      w->hash = strcmp (keys[i], "zz") == 0 ? word_hash ("will", 4) : word_hash (keys[i], strlen (keys[i]));
    }
  guint8 flags[5] = { 0 };
  Scan scan = { .e = &e, .words = words, .word_base = (Word *) (gpointer) words->data, .slots = slot_of, .n_slots = 5, .name_flags = flags };
  const guint expected[] = { NAME_WORD_FIRST, NAME_WORD_FIRST | NAME_WORD_ENGLISH, NAME_WORD_PERSON_NOUN, 0,
                             NAME_WORD_FIRST, NAME_WORD_FIRST | NAME_WORD_ENGLISH, 0, 0 };
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < n; i++)
      {
        const Word *w = &g_array_index (words, Word, i);
        g_assert_cmpuint (first_name_flags (&scan, w), ==, expected[i]);
        g_assert_cmpuint (first_name_flags (&scan, w), ==, word_map_get (map, w->key, w->hash));
        g_assert_cmpuint (flags[slot_of[i]], ==, NAME_WORD_PROBED | expected[i]);
      }
  word_map_free (map);
}

static void
test_clubs (void)
{
  g_autoptr (GError) error = NULL;
  WordMap *tsv = clubs_read_tsv (ENTITIES_DATA, &error);
  g_assert_no_error (error);
  WordMap *image = word_map_image_load (ENTITIES_DATA, "clubs.image");
  g_assert_nonnull (image);
  g_assert_nonnull (image->image);
  assert_same_map (image, tsv);
  g_assert_true (map_lists (image, "chelsea"));
  g_assert_true (map_lists (image, "man utd"));
  g_assert_false (map_lists (image, "man"));
  word_map_free (tsv);
  word_map_free (image);

  g_autofree char *dir = copy_data ();
  WordMap *before = clubs_load (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (before->image);
  g_assert_false (map_lists (before, "zorblax rovers"));
  word_map_free (before);

  g_autofree char *path = g_build_filename (dir, "clubs.tsv", NULL);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  /* Two spaces and a capital: the key is folded word by word, one space. */
  g_autofree char *more = g_strconcat (text, g_str_has_suffix (text, "\n") ? "" : "\n",
                                       "Zorblax  ROVERS\tZorblax Rovers FC\teng\n", NULL);
  g_assert_true (g_file_set_contents (path, more, -1, &error));
  g_assert_null (word_map_image_load (dir, "clubs.image"));
  WordMap *after = clubs_load (dir, &error);
  g_assert_no_error (error);
  g_assert_null (after->image);
  g_assert_true (map_lists (after, "zorblax rovers"));
  g_assert_true (map_lists (after, "chelsea"));
  word_map_free (after);

  guint lines = 1;
  for (const char *p = more; *p; p++)
    lines += *p == '\n';
  g_autofree char *bad = g_strconcat (more, "Zorblax Athletic\n", NULL);
  g_assert_true (g_file_set_contents (path, bad, -1, &error));
  g_assert_null (clubs_load (dir, &error));
  g_autofree char *where = g_strdup_printf ("%s:%u: 1 field where 3 are expected (fields are split at tabs); write NAME<TAB>CLUB<TAB>COUNTRY",
                                            path, lines);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, where);
  remove_data (dir);
}

/* companies.image is what companies.tsv gives, slot by slot; with
 * companies.tsv edited in a copied folder the image is passed over and
 * the edit read, as for clubs.image; a bad row of the edited file is an
 * error naming it and its line. */
static void
test_companies (void)
{
  g_autoptr (GError) error = NULL;
  WordMap *tsv = companies_read_tsv (ENTITIES_DATA, &error);
  g_assert_no_error (error);
  WordMap *image = word_map_image_load (ENTITIES_DATA, "companies.image");
  g_assert_nonnull (image);
  g_assert_nonnull (image->image);
  assert_same_map (image, tsv);
  g_assert_true (map_lists (image, "toyota"));
  g_assert_true (map_lists (image, "general motors"));
  g_assert_false (map_lists (image, "general"));
  word_map_free (tsv);
  word_map_free (image);

  g_autofree char *dir = copy_data ();
  WordMap *before = companies_load (dir, &error);
  g_assert_no_error (error);
  g_assert_nonnull (before->image);
  g_assert_false (map_lists (before, "zorblax holdings"));
  word_map_free (before);

  g_autofree char *path = g_build_filename (dir, "companies.tsv", NULL);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  /* Two spaces and a capital: the key is folded, one space between. */
  g_autofree char *more = g_strconcat (text, g_str_has_suffix (text, "\n") ? "" : "\n",
                                       "Zorblax  HOLDINGS\ttest\n", NULL);
  g_assert_true (g_file_set_contents (path, more, -1, &error));
  g_assert_null (word_map_image_load (dir, "companies.image"));
  WordMap *after = companies_load (dir, &error);
  g_assert_no_error (error);
  g_assert_null (after->image);
  g_assert_true (map_lists (after, "zorblax holdings"));
  g_assert_true (map_lists (after, "toyota"));
  word_map_free (after);

  guint lines = 1;
  for (const char *p = more; *p; p++)
    lines += *p == '\n';
  g_autofree char *bad = g_strconcat (more, "Zorblax Group\n", NULL);
  g_assert_true (g_file_set_contents (path, bad, -1, &error));
  g_assert_null (companies_load (dir, &error));
  g_autofree char *where = g_strdup_printf ("%s:%u: 1 field where 2 are expected (fields are split at tabs); write NAME<TAB>SOURCE",
                                            path, lines);
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, where);
  remove_data (dir);
}

/* table_new0(): zeroed and writable to its last byte, small or large (a
 * table of the kernel's large page or more mapped and aligned to it, none
 * where the kernel offers none); and a word map grown past 2 MiB of
 * slots, whose old slots are freed as they were made, keeps every key. */
static void
test_tables (void)
{
  gsize large = table_large_page ();
#ifdef TABLES_ORDINARY_ONLY
  /* The sanitizer build: every table from malloc(), checked by ASan. */
  g_assert_cmpuint (large, ==, 0);
#endif
  /* Tables of one large page and of two and a half, where that is a size
   * a test may touch (not arm64's 512 MiB); else of 2 and 5 MiB. */
  gsize unit = large != 0 && large <= ((gsize) 32 << 20) ? large : (gsize) 2 << 20;
  const gsize sizes[] = { 1, 100, unit, 2 * unit + unit / 2 + 123 };
  for (guint k = 0; k < G_N_ELEMENTS (sizes); k++)
    {
      gsize mapped = 1;
      guint8 *t = table_new0 (sizes[k], &mapped);
      g_assert_nonnull (t);
      /* Only what malloc() gives everywhere: 8 on 32-bit glibc. */
      g_assert_cmpuint ((guintptr) t % 8, ==, 0);
      if (large == 0 || sizes[k] < large)
        g_assert_cmpuint (mapped, ==, 0);
      else
        {
          g_assert_cmpuint (mapped, >=, sizes[k]);
          g_assert_cmpuint ((guintptr) t % large, ==, 0);
        }
      for (gsize i = 0; i < sizes[k]; i += 4093)
        g_assert_cmpuint (t[i], ==, 0);
      g_assert_cmpuint (t[sizes[k] - 1], ==, 0);
      t[0] = 1, t[sizes[k] - 1] = 2;
      table_free (t, mapped);
    }
  table_free (NULL, 0);

  WordMap *m = word_map_new ();
  char key[32];
  for (guint i = 0; i < 200000; i++)
    {
      g_snprintf (key, sizeof key, "w%u", i);
      word_map_add (m, key, 1 + i % 7);
    }
  g_assert_cmpuint (((gsize) m->mask + 1) * sizeof (WordSlot), >=, (gsize) 2 << 20);
  for (guint i = 0; i < 200000; i++)
    {
      g_snprintf (key, sizeof key, "w%u", i);
      g_assert_cmpuint (word_map_get (m, key, word_hash (key, strlen (key))), ==, 1 + i % 7);
    }
  g_assert_cmpuint (word_map_get (m, "w200000", word_hash ("w200000", 7)), ==, 0);
  word_map_free (m);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/gazetteer-image/same", test_same);
  g_test_add_func ("/gazetteer-image/stale", test_stale);
  g_test_add_func ("/gazetteer-image/corrupt", test_corrupt);
  g_test_add_func ("/gazetteer-image/first-names", test_first_names);
  g_test_add_func ("/gazetteer-image/first-names-memo", test_first_names_memo);
  g_test_add_func ("/gazetteer-image/clubs", test_clubs);
  g_test_add_func ("/gazetteer-image/companies", test_companies);
  g_test_add_func ("/gazetteer-image/tables", test_tables);
  return g_test_run ();
}
