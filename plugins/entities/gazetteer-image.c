/* gazetteer-image.c: the gazetteer and the first names' word map as
 * built from the data files, written once at build time (meson runs
 * assay-entities-images over the data folder: gazetteer.image,
 * first-names.image) and read back at each start, so a process does not
 * read and fold 230,000 names and words again: reading the TSVs was
 * 381 M instructions of the stage's 393 M at start-up (callgrind, one
 * BBC document).
 *
 * The image is a cache, never the source: it names every data file it
 * was made from with its size and a hash of its bytes, and is read only
 * where each file is still as it was, and where it was written by this
 * build's code with this utf8proc (its stamp: GAZETTEER_CODE, a hash of
 * every file whose code shapes an image, made by code-stamp.py at build
 * time, then utf8proc's version, which folds every key); otherwise the
 * TSVs are read, so a folder copied and edited (the `data` option) is
 * read as written.  Its header holds a hash of all its bytes, checked
 * before anything else is read.  An image that is damaged (that hash
 * not its bytes', cut short, an offset past its end) is passed over for
 * the TSVs with one warning naming the file and what is wrong: a cache
 * must not stop the stage, and an installed one is not the user's to
 * delete.
 *
 * The layout, all in the byte order of the machine that wrote it (its
 * marker checked): a header (ImageHeader), the sources (ImageSource),
 * the entries (ImageEntry), the used slots of each map (ImageSlot, n
 * each, by their index in the map of mask + 1 slots as the maps had
 * them: a gazetteer's keys, starts and currencies; a word map's one),
 * then the strings, each ending in a NUL, the last byte a NUL.  Offsets
 * are into the strings; NONE is a NULL string.
 */
#include "gazetteer-private.h"
#include "tables.h"

#include "gazetteer-code.h" /* GAZETTEER_CODE, generated (code-stamp.py) */

#include <string.h>
#include <utf8proc.h>

#define MAGIC "ASGAZ2\n"      /* a gazetteer */
#define MAGIC_MAP "ASWMP2\n"  /* a word map */
#define ENDIAN 0x01020304u
#define NONE G_MAXUINT32
#define N_MAPS 3

typedef struct
{
  char magic[8];
  guint32 endian;
  guint32 n_sources;
  guint32 n_entries;
  guint32 longest;
  guint32 mask[N_MAPS]; /* keys, starts, currencies; a word map's first alone (the others 0) */
  guint32 n[N_MAPS];
  guint32 strings_size;
  guint32 pad;   /* 0 */
  guint64 hash;  /* image_hash() of the whole file, this field 0 */
  char code[32]; /* its stamp (stamp_of()), NUL-padded (the header 96 bytes, a multiple of 8) */
} ImageHeader;
G_STATIC_ASSERT (sizeof (ImageHeader) == 96);
G_STATIC_ASSERT (G_STRUCT_OFFSET (ImageHeader, hash) == 56);

typedef struct
{
  guint32 name;
  guint32 pad;
  guint64 size;
  guint64 hash;
} ImageSource;

typedef struct
{
  guint32 kinds; /* label | hint << 8 | place << 16 | yields << 17 | faint << 18 */
  guint32 canonical, kb, country;
} ImageEntry;

/* A used slot of a map, by its index: the maps are two thirds empty
 * slots (half empty at most, to keep misses short), which written whole
 * were 12.9 MB of the images' 17 MB, hashed and walked at every start. */
typedef struct
{
  guint32 index; /* in the map: above the slot before's */
  guint32 hash, flags, key;
  guint32 value; /* entry index + 1, 0: none */
} ImageSlot;

/* The labels and hints an entry may have (gazetteer.c's literals): the
 * image keeps their index, and reading gives back the same literals. */
static const char *const labels[] = { "GPE", "NORP", "ORG", "PERSON", "THREAT_ACTOR", "MISC" };
static const char *const hints[] = { NULL, "CITY", "REGION", "FIRST", "NAME", "COMPANY" };

/* Eight bytes at @p, in the machine's order. */
static inline guint64
read8 (const char *p)
{
  guint64 w;
  memcpy (&w, p, 8);
  return w;
}

#ifdef __SIZEOF_INT128__
/* The two halves of @a * @b's 128-bit product folded together (wyhash's
 * mix): one multiply mixes sixteen bytes. */
static inline guint64
mix (guint64 a, guint64 b)
{
  unsigned __int128 r = (unsigned __int128) a * b;
  return (guint64) r ^ (guint64) (r >> 64);
}
#endif

/* A hash of @n bytes from @seed: whether a data file changed, whether an
 * image is the one written.  Hashing the images and their data files
 * (13 MB) is the start-up's largest cost: where the compiler has a
 * 128-bit product, three chains of wyhash's step (sixteen bytes, each
 * chain's state in one of them, so a block's place counts) that do not
 * wait on each other, some 0.5 instructions a byte against 1.0 for four
 * lanes of one 64-bit multiply each; elsewhere those lanes. */
static guint64
bytes_hash (guint64 seed, const char *data, gsize n)
{
  gsize i = 0;
  guint64 h;
#ifdef __SIZEOF_INT128__
  const guint64 s0 = 0xa0761d6478bd642full, s1 = 0xe7037ed1a0b428dbull, s2 = 0x8ebc6af09c88c6e3ull,
                s3 = 0x589965cc75374cc3ull;
  guint64 c0 = seed ^ s0 ^ n, c1 = seed ^ s1, c2 = seed ^ s2;
  for (; i + 48 <= n; i += 48)
    {
      c0 = mix (read8 (data + i) ^ s1, read8 (data + i + 8) ^ c0);
      c1 = mix (read8 (data + i + 16) ^ s2, read8 (data + i + 24) ^ c1);
      c2 = mix (read8 (data + i + 32) ^ s3, read8 (data + i + 40) ^ c2);
    }
  h = c0 ^ c1 ^ c2;
  for (; i + 8 <= n; i += 8)
    h = mix (read8 (data + i) ^ s1, h ^ s3);
#else
  guint64 lane[4] = { seed ^ 0x9E3779B97F4A7C15ull ^ n, seed + 0x632BE59BD9B4E019ull, seed ^ 0x2545F4914F6CDD1Dull,
                      ~seed };
  for (; i + 32 <= n; i += 32)
    for (guint k = 0; k < 4; k++)
      {
        lane[k] = (lane[k] ^ read8 (data + i + 8 * k)) * 0xff51afd7ed558ccdull;
        lane[k] ^= lane[k] >> 32;
      }
  h = lane[0];
  for (guint k = 1; k < 4; k++)
    h = (h ^ lane[k]) * 0xc4ceb9fe1a85ec53ull, h ^= h >> 31;
#endif
  for (; i < n; i++)
    h = (h ^ (guchar) data[i]) * 0xc4ceb9fe1a85ec53ull;
  return h ^ h >> 29;
}

/* The hash of an image's @n bytes (@n at least its header's), its
 * header's own hash field taken as 0. */
static guint64
image_hash (const char *data, gsize n)
{
  ImageHeader h;
  memcpy (&h, data, sizeof h);
  h.hash = 0;
  return bytes_hash (bytes_hash (0, (const char *) &h, sizeof h), data + sizeof h, n - sizeof h);
}

void
gazetteer_image_seal (char *data, gsize n)
{
  g_return_if_fail (n >= sizeof (ImageHeader));
  guint64 hash = image_hash (data, n);
  memcpy (data + G_STRUCT_OFFSET (ImageHeader, hash), &hash, sizeof hash);
}

/* The stamp an image this build writes carries, and reads only where it
 * is its own: the code's hash, then utf8proc's version, whose case
 * folding makes every key (a library upgrade without a rebuild). */
static void
stamp_of (char out[32])
{
  memset (out, 0, 32);
  g_snprintf (out, 32, "%s/%s", GAZETTEER_CODE, utf8proc_version ());
}

/* The size and hash of @data_dir/@name; FALSE where it cannot be read. */
static gboolean
source_hash (const char *data_dir, const char *name, guint64 *size, guint64 *hash, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, name, NULL);
  g_autofree char *text = NULL;
  gsize length;
  if (!g_file_get_contents (path, &text, &length, error))
    return FALSE;
  *size = length;
  *hash = bytes_hash (0, text, length);
  return TRUE;
}

static guint
code_of (const char *const *table, guint n, const char *s)
{
  for (guint k = 0; k < n; k++)
    if (g_strcmp0 (table[k], s) == 0)
      return k;
  return G_MAXUINT;
}

/* ---- writing ------------------------------------------------------------ */

typedef struct
{
  GString *strings;
  GHashTable *offsets; /* string -> offset + 1 */
} Strings;

static guint32
string_at (Strings *st, const char *s)
{
  if (s == NULL)
    return NONE;
  guint off = GPOINTER_TO_UINT (g_hash_table_lookup (st->offsets, s));
  if (off)
    return off - 1;
  off = (guint) st->strings->len;
  g_string_append_len (st->strings, s, strlen (s) + 1);
  g_hash_table_insert (st->offsets, (gpointer) s, GUINT_TO_POINTER (off + 1));
  return off;
}

/* Writes the image @path (@magic) of @n_maps @maps (their values indexes
 * into @index: entry -> index + 1, nullable where they have none),
 * @entries (ImageEntry, nullable) and the data files @sources of
 * @data_dir, with @st's strings so far. */
static gboolean
image_write (const char *magic, const WordMap *const *maps, guint n_maps, GHashTable *index, GByteArray *entries,
             guint longest, const GPtrArray *sources, Strings *st, const char *data_dir, const char *path,
             GError **error)
{
  g_autoptr (GByteArray) slots = g_byte_array_new ();
  for (guint m = 0; m < n_maps; m++)
    for (guint32 i = 0; i <= maps[m]->mask; i++)
      {
        const WordSlot *s = &maps[m]->slots[i];
        if (s->flags == 0)
          continue;
        ImageSlot is = { i, s->hash, s->flags, string_at (st, s->key),
                         s->value && index ? GPOINTER_TO_UINT (g_hash_table_lookup (index, s->value)) : 0 };
        if (s->value && is.value == 0)
          {
            g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                         "%s: a key's value is none of the gazetteer's entries", path);
            return FALSE;
          }
        g_byte_array_append (slots, (const guint8 *) &is, sizeof is);
      }
  g_autoptr (GByteArray) files = g_byte_array_new ();
  for (guint k = 0; sources && k < sources->len; k++)
    {
      ImageSource src = { string_at (st, sources->pdata[k]), 0, 0, 0 };
      if (!source_hash (data_dir, sources->pdata[k], &src.size, &src.hash, error))
        return FALSE;
      g_byte_array_append (files, (const guint8 *) &src, sizeof src);
    }
  if (st->strings->len == 0)
    g_string_append_c (st->strings, '\0');
  ImageHeader h = { .endian = ENDIAN, .n_sources = sources ? sources->len : 0,
                    .n_entries = entries ? entries->len / sizeof (ImageEntry) : 0, .longest = longest,
                    .strings_size = (guint32) st->strings->len };
  memcpy (h.magic, magic, sizeof h.magic);
  stamp_of (h.code);
  for (guint m = 0; m < n_maps; m++)
    h.mask[m] = maps[m]->mask, h.n[m] = maps[m]->n;
  g_autoptr (GByteArray) out = g_byte_array_new ();
  g_byte_array_append (out, (const guint8 *) &h, sizeof h);
  g_byte_array_append (out, files->data, files->len);
  if (entries)
    g_byte_array_append (out, entries->data, entries->len);
  g_byte_array_append (out, slots->data, slots->len);
  g_byte_array_append (out, (const guint8 *) st->strings->str, st->strings->len);
  gazetteer_image_seal ((char *) out->data, out->len);
  return g_file_set_contents (path, (const char *) out->data, out->len, error);
}

gboolean
gazetteer_image_write (const Gazetteer *g, const char *data_dir, const char *path, GError **error)
{
  g_autoptr (GString) strings = g_string_new (NULL);
  g_autoptr (GHashTable) offsets = g_hash_table_new (g_str_hash, g_str_equal);
  Strings st = { strings, offsets };
  g_autoptr (GHashTable) index = g_hash_table_new (NULL, NULL); /* entry -> index + 1 */
  g_autoptr (GByteArray) entries = g_byte_array_new ();
  guint n_entries = 0;
  for (guint b = 0; b < g->entries->len; b++)
    {
      const GazetteerEntry *block = g->entries->pdata[b];
      guint used = b + 1 == g->entries->len ? g->block_used : ENTRY_BLOCK;
      for (guint k = 0; k < used; k++)
        {
          const GazetteerEntry *e = &block[k];
          guint label = code_of (labels, G_N_ELEMENTS (labels), e->label);
          guint hint = code_of (hints, G_N_ELEMENTS (hints), e->hint);
          if (label == G_MAXUINT || hint == G_MAXUINT)
            {
              g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                           "%s: the label %s or hint %s has no code in gazetteer-image.c's tables", path, e->label,
                           e->hint ? e->hint : "(none)");
              return FALSE;
            }
          ImageEntry ie = { label | hint << 8 | (e->place ? 1u : 0) << 16 | (e->yields ? 1u : 0) << 17
                                | (e->faint ? 1u : 0) << 18,
                            string_at (&st, e->canonical), string_at (&st, e->kb), string_at (&st, e->country) };
          g_byte_array_append (entries, (const guint8 *) &ie, sizeof ie);
          g_hash_table_insert (index, (gpointer) e, GUINT_TO_POINTER (++n_entries));
        }
    }
  const WordMap *maps[N_MAPS] = { g->keys, g->starts, g->currencies };
  return image_write (MAGIC, maps, N_MAPS, index, entries, g->longest, g->sources, &st, data_dir, path, error);
}

gboolean
word_map_image_write (const WordMap *m, const char *data_dir, const char *path, GError **error)
{
  g_autoptr (GString) strings = g_string_new (NULL);
  g_autoptr (GHashTable) offsets = g_hash_table_new (g_str_hash, g_str_equal);
  Strings st = { strings, offsets };
  return image_write (MAGIC_MAP, &m, 1, NULL, NULL, 0, m->sources, &st, data_dir, path, error);
}

/* ---- reading ------------------------------------------------------------ */

/* The string at @off of the image's @strings (@size bytes, the last a
 * NUL), or NULL for NONE; FALSE where @off is past them. */
static gboolean
string_of (const char *strings, guint32 size, guint32 off, const char **out)
{
  if (off == NONE)
    {
      *out = NULL;
      return TRUE;
    }
  *out = strings + off;
  return off < size;
}

/* The word map of @mask + 1 slots from the image's @n used ones, or NULL
 * where one is not what the writer made (set *@bad). */
static WordMap *
map_of (const ImageSlot *slots, guint32 mask, guint32 n, const char *strings, guint32 strings_size,
        const GazetteerEntry *entries, guint32 n_entries, const char **bad)
{
  WordMap *m = g_new0 (WordMap, 1);
  m->mask = mask, m->n = n;
  m->slots = table_new0 (((gsize) mask + 1) * sizeof (WordSlot), &m->mapped);
  /* Each key's hash is taken as written, not hashed again: the image's
   * own hash has shown its bytes are the ones this build's code wrote
   * from word_hash() (the check of every key was 21.3 M instructions, a
   * third of the start-up, and proved that again).  A hash made whole
   * again over a slot changed on purpose leaves that key unfound, never
   * a read out of bounds: every offset is checked, and the maps are half
   * empty, so a probe ends.  Each index is above the one before, so none
   * is written twice and the map holds @n keys.  One test a field, the
   * loop left at the first that fails (275,000 slots at every start). */
  WordSlot *out = m->slots;
  guint64 after = 0; /* the index before's + 1 */
  guint32 k = 0;
  for (; k < n; k++)
    {
      const ImageSlot *s = &slots[k];
      if (s->index > mask || s->index < after || s->flags == 0 || s->key >= strings_size || s->value > n_entries)
        break;
      after = (guint64) s->index + 1;
      out[s->index] = (WordSlot) { s->hash, s->flags, strings + s->key, s->value ? &entries[s->value - 1] : NULL };
    }
  if (k < n)
    *bad = slots[k].index > mask || slots[k].index < after || slots[k].flags == 0 ? "a slot's index or flags"
                                                                                 : "a slot's key or entry out of range";
  if (*bad)
    {
      word_map_free (m);
      return NULL;
    }
  return m;
}

/* An image file read and checked as far as its layout goes. */
typedef struct
{
  char *path;
  GMappedFile *file;
  ImageHeader h;
  const ImageSource *sources;
  const ImageEntry *entries;
  const ImageSlot *slots; /* the maps', one after another */
  const char *strings;
} Image;

static void
image_clear (Image *im)
{
  g_free (im->path);
  if (im->file)
    g_mapped_file_unref (im->file);
}

/* Warns that @im's file is damaged (@bad says how): it is passed over
 * and the TSVs read. */
static void
image_warn (const Image *im, const char *bad)
{
  g_warning ("%s: a damaged image of the entities stage's lists (%s): the data files are read instead (a slower "
             "start); assay-entities-images remakes it",
             im->path, bad);
}

/* Reads @data_dir/@name, an image of @magic with @n_maps maps: TRUE
 * where it is whole and its data files are as they were; FALSE where
 * there is no such file, it is stale (a data file changed, or another
 * build's code or utf8proc wrote it) or damaged (with a warning). */
static gboolean
image_read (Image *im, const char *data_dir, const char *name, const char *magic, guint n_maps)
{
  im->path = g_build_filename (data_dir, name, NULL);
  if (!g_file_test (im->path, G_FILE_TEST_EXISTS))
    return FALSE;
  g_autoptr (GError) local = NULL;
  if (!(im->file = g_mapped_file_new (im->path, FALSE, &local)))
    {
      image_warn (im, local->message);
      return FALSE;
    }
  const char *data = g_mapped_file_get_contents (im->file);
  gsize length = g_mapped_file_get_length (im->file);
  ImageHeader *h = &im->h;
  const char *bad = NULL;
  guint64 need = sizeof *h;
  char stamp[sizeof h->code];
  stamp_of (stamp);
  if (length < sizeof *h)
    bad = "shorter than its header";
  else
    {
      memcpy (h, data, sizeof *h);
      if (memcmp (h->magic, magic, strlen (magic) + 1) != 0)
        bad = strcmp (magic, MAGIC) == 0 ? "no ASGAZ2 header" : "no ASWMP2 header";
      else if (h->endian != ENDIAN)
        bad = "written on a machine of another byte order";
    }
  if (!bad && memcmp (h->code, stamp, sizeof stamp) != 0)
    {
      g_debug ("%s: written by another build's code or utf8proc (%.*s, this one %s): the data files are read",
               im->path, (int) sizeof h->code, h->code, stamp);
      return FALSE;
    }
  if (!bad && image_hash (data, length) != h->hash)
    bad = "its bytes are not the ones written: the hash in its header differs";
  for (guint m = 0; !bad && m < N_MAPS; m++)
    {
      /* A map's slots, as the writer sizes them (word_map_add(): from
       * 64, doubled before it is half full, so under four a key past
       * 64), counted in 64 bits: a mask of 2^32 - 1 resealed into a
       * header wrapped the power-of-two test in 32 and asked for 96 GiB;
       * the file's length bounds only the used slots. */
      guint64 slots = (guint64) h->mask[m] + 1;
      if (m >= n_maps ? h->mask[m] != 0 || h->n[m] != 0
                      : slots < 64 || (slots & (slots - 1)) != 0 || 2 * (guint64) h->n[m] > slots
                            || (slots > 64 && slots >= 4 * (guint64) h->n[m]))
        bad = "a map's size";
      need += m < n_maps ? (guint64) h->n[m] * sizeof (ImageSlot) : 0;
    }
  if (!bad)
    need += (guint64) h->n_sources * sizeof (ImageSource) + (guint64) h->n_entries * sizeof (ImageEntry)
            + h->strings_size;
  if (!bad && (need != length || h->strings_size == 0 || data[length - 1] != '\0'))
    bad = "its length is not what its header says";
  if (bad)
    {
      image_warn (im, bad);
      return FALSE;
    }
  im->sources = (const ImageSource *) (gconstpointer) (data + sizeof *h);
  im->entries = (const ImageEntry *) (gconstpointer) (im->sources + h->n_sources);
  im->slots = (const ImageSlot *) (gconstpointer) (im->entries + h->n_entries);
  im->strings = data + length - h->strings_size;
  /* Every data file as when the image was written, or the TSVs are read. */
  for (guint k = 0; k < h->n_sources; k++)
    {
      const char *file;
      guint64 size, hash;
      if (!string_of (im->strings, h->strings_size, im->sources[k].name, &file) || file == NULL || strchr (file, '/'))
        {
          image_warn (im, "a data file's name");
          return FALSE;
        }
      if (!source_hash (data_dir, file, &size, &hash, NULL) || size != im->sources[k].size
          || hash != im->sources[k].hash)
        {
          g_debug ("%s: %s changed since it was written: the data files are read", im->path, file);
          return FALSE;
        }
    }
  g_debug ("%s: the image read", im->path);
  return TRUE;
}

WordMap *
word_map_image_load (const char *data_dir, const char *name)
{
  Image im = { 0 };
  if (!image_read (&im, data_dir, name, MAGIC_MAP, 1))
    {
      image_clear (&im);
      return NULL;
    }
  const char *bad = im.h.n_entries ? "entries in a word map" : NULL;
  /* Its strings copied, and the file dropped (see gazetteer_image_load()). */
  char *copy = g_memdup2 (im.strings, im.h.strings_size);
  WordMap *m = bad ? NULL : map_of (im.slots, im.h.mask[0], im.h.n[0], copy, im.h.strings_size, NULL, 0, &bad);
  if (m == NULL)
    {
      image_warn (&im, bad);
      g_free (copy);
      image_clear (&im);
      return NULL;
    }
  m->image = copy; /* its keys point into it */
  image_clear (&im);
  return m;
}

Gazetteer *
gazetteer_image_load (const char *data_dir)
{
  Image im = { 0 };
  if (!image_read (&im, data_dir, "gazetteer.image", MAGIC, N_MAPS))
    {
      image_clear (&im);
      return NULL;
    }
  const ImageHeader *h = &im.h;
  const char *bad = NULL;
  /* The strings are copied, the rest of the file is read once here: the
   * mapping is dropped after, and with it some 8 MB of resident pages
   * (peak RSS 52.1 MB where it was kept, against 47.1 MB reading the
   * TSVs). */
  char *strings = g_memdup2 (im.strings, h->strings_size);
  /* Some 4 MB written once: a thousand page faults in small pages
   * (tables.h). */
  gsize entries_mapped;
  GazetteerEntry *entries = table_new0 (MAX (h->n_entries, 1) * sizeof (GazetteerEntry), &entries_mapped);
  /* One test of the entry's codes and one of its strings (NONE, a NULL
   * string, is above every offset; the strings end in a NUL), the loop
   * left at the first that fails: 78,000 entries at every start. */
  guint32 size = h->strings_size;
  guint32 k = 0;
  for (; k < h->n_entries; k++)
    {
      const ImageEntry *ie = &im.entries[k];
      GazetteerEntry *e = &entries[k];
      guint label = ie->kinds & 0xff, hint = ie->kinds >> 8 & 0xff;
      if (label >= G_N_ELEMENTS (labels) || hint >= G_N_ELEMENTS (hints) || ie->kinds >> 19)
        {
          bad = "an entry's label or hint";
          break;
        }
      if (ie->canonical >= size || (ie->kb >= size && ie->kb != NONE) || (ie->country >= size && ie->country != NONE))
        {
          bad = "an entry's string out of range";
          break;
        }
      e->label = labels[label], e->hint = hints[hint];
      e->canonical = strings + ie->canonical;
      e->kb = ie->kb == NONE ? NULL : strings + ie->kb;
      e->country = ie->country == NONE ? NULL : strings + ie->country;
      e->place = ie->kinds >> 16 & 1, e->yields = ie->kinds >> 17 & 1, e->faint = ie->kinds >> 18 & 1;
    }
  WordMap *maps[N_MAPS] = { NULL };
  const ImageSlot *slots = im.slots;
  for (guint m = 0; !bad && m < N_MAPS; m++)
    {
      maps[m] = map_of (slots, h->mask[m], h->n[m], strings, h->strings_size, entries, h->n_entries, &bad);
      slots += h->n[m];
    }
  if (bad)
    {
      image_warn (&im, bad);
      for (guint m = 0; m < N_MAPS; m++)
        word_map_free (maps[m]);
      table_free (entries, entries_mapped);
      g_free (strings);
      image_clear (&im);
      return NULL;
    }
  Gazetteer *g = g_new0 (Gazetteer, 1);
  g->keys = maps[0], g->starts = maps[1], g->currencies = maps[2];
  g->entries = g_ptr_array_new_with_free_func (entries_mapped ? NULL : g_free);
  g_ptr_array_add (g->entries, entries);
  g->entries_mapped = entries_mapped;
  g->block_used = h->n_entries;
  g->strings = g_string_chunk_new (64);
  g->longest = h->longest;
  g->image = strings;
  image_clear (&im);
  return g;
}
