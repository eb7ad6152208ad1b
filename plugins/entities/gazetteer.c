/* gazetteer.c: the names the entities stage knows, from its data files:
 * countries (GPE) and their demonyms (NORP), organisations and agencies
 * (ORG), threat-actor groups and their aliases (THREAT_ACTOR).  A name is
 * found by its key (case folded, accents stripped, apostrophes made
 * straight), over tokens, longest first; every alias of an entry leads to
 * its one canonical name and identifier.  What the files give is
 * prebuilt at build time and read back at start-up where they are
 * unchanged (gazetteer-image.c).
 */
#include "gazetteer-private.h"
#include "tables.h"

#include <string.h>

guint32
word_hash (const char *key, gsize length)
{
  guint32 h = ASSAY_FNV_BASIS;
  for (gsize i = 0; i < length; i++)
    h = assay_fnv_step (h, (guchar) key[i]);
  return h;
}

WordMap *
word_map_new (void)
{
  WordMap *m = g_new0 (WordMap, 1);
  m->mask = 63;
  m->slots = g_new0 (WordSlot, 64);
  m->strings = g_string_chunk_new (4096);
  return m;
}

void
word_map_free (WordMap *m)
{
  if (m == NULL)
    return;
  if (m->strings) /* NULL: its keys are in an image's strings */
    g_string_chunk_free (m->strings);
  if (m->sources)
    g_ptr_array_unref (m->sources);
  g_free (m->image);
  table_free (m->slots, m->mapped);
  g_free (m);
}


/* word_map_add()'s work: the slot of @key, added with @flags (not 0)
 * where absent. */
static WordSlot *
word_map_add_slot (WordMap *m, const char *key, guint flags)
{
  if (2 * (m->n + 1) > m->mask + 1)
    {
      /* Half full at most, so misses end soon. */
      WordMap old = *m;
      m->mask = 2 * (old.mask + 1) - 1;
      m->slots = table_new0 (((gsize) m->mask + 1) * sizeof (WordSlot), &m->mapped);
      for (guint32 i = 0; i <= old.mask; i++)
        if (old.slots[i].flags)
          m->slots[word_map_slot (m, old.slots[i].key, old.slots[i].hash)] = old.slots[i];
      table_free (old.slots, old.mapped);
    }
  guint32 hash = word_hash (key, strlen (key));
  guint32 at = word_map_slot (m, key, hash);
  if (m->slots[at].flags == 0)
    {
      m->slots[at].hash = hash;
      m->slots[at].key = g_string_chunk_insert (m->strings, key);
      m->n++;
    }
  m->slots[at].flags |= flags;
  return &m->slots[at];
}

void
word_map_add (WordMap *m, const char *key, guint flags)
{
  g_return_if_fail (flags != 0);
  word_map_add_slot (m, key, flags);
}

void
word_map_note_source (WordMap *m, const char *file)
{
  if (m->sources == NULL)
    m->sources = g_ptr_array_new ();
  g_ptr_array_add (m->sources, (gpointer) file);
}

void
word_map_prefetch (const WordMap *m, guint32 hash)
{
  __builtin_prefetch (&m->slots[hash & m->mask]);
}

WordMap *
clubs_read_tsv (const char *data_dir, GError **error)
{
  /* Read at every start until round 12 (as a GHashTable, each key
   * joined by printf): 57.7 M instructions of the start-up's 131 M; now
   * at build time, into clubs.image, and here only where that image is
   * stale (a data folder's clubs.tsv edited). */
  g_autofree char *path = g_build_filename (data_dir, "clubs.tsv", NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  WordMap *clubs = word_map_new ();
  word_map_note_source (clubs, "clubs.tsv");
  g_autoptr (GString) key = g_string_new (NULL);
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 3, 3, "NAME<TAB>CLUB<TAB>COUNTRY", error))
        {
          word_map_free (clubs);
          return NULL;
        }
      /* Keyed as the words are (assay_text_fold()), one space between;
       * a name of spaces alone has no key, and matches nothing. */
      g_string_truncate (key, 0);
      g_auto (GStrv) words = g_strsplit (row->fields[0], " ", -1);
      for (guint w = 0; words[w]; w++)
        if (*words[w])
          {
            g_autofree char *folded = assay_text_fold (words[w], -1);
            if (key->len)
              g_string_append_c (key, ' ');
            g_string_append (key, folded);
          }
      if (key->len)
        word_map_add (clubs, key->str, 1);
    }
  return clubs;
}

WordMap *
companies_read_tsv (const char *data_dir, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, "companies.tsv", NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  WordMap *companies = word_map_new ();
  word_map_note_source (companies, "companies.tsv");
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 2, 2, "NAME<TAB>SOURCE", error))
        {
          word_map_free (companies);
          return NULL;
        }
      /* Keyed as the words are, one space between (folded once, the
       * spaces closed up in place); read at build time into
       * companies.image, and here only where that image is stale. */
      g_autofree char *folded = assay_text_fold (row->fields[0], -1);
      char *to = folded;
      gboolean space = FALSE;
      for (const char *c = folded; *c; c++)
        if (*c == ' ')
          space = to > folded;
        else
          {
            if (space)
              *to++ = ' ', space = FALSE;
            *to++ = *c;
          }
      *to = '\0';
      if (*folded)
        word_map_add (companies, folded, 1);
    }
  return companies;
}

void
word_map_set_value (WordMap *m, const char *key, gconstpointer value)
{
  guint32 at = word_map_slot (m, key, word_hash (key, strlen (key)));
  g_return_if_fail (m->slots[at].flags != 0);
  m->slots[at].value = value;
}

GazetteerWord
gazetteer_word (const Gazetteer *g, const char *key, guint32 hash)
{
  guint32 at = word_map_slot (g->starts, key, hash);
  GazetteerWord w = { .start = g->starts->slots[at].flags,
                      .single = g->starts->slots[at].value };
  return w;
}

void
gazetteer_word_prefetch (const Gazetteer *g, guint32 hash)
{
  word_map_prefetch (g->starts, hash);
}

void
gazetteer_name_prefetch (const Gazetteer *g, GazetteerWord first, guint32 hash, const char *next_key,
                         gboolean next_glued)
{
  if (first.single)
    __builtin_prefetch (&first.single->hint);
  if (next_key == NULL || !((first.start & START_LONGER) || next_glued))
    return;
  /* word_hash() of the key match_both() builds, from the first word's. */
  if (!next_glued)
    hash = assay_fnv_step (hash, ' ');
  for (const char *p = next_key; *p; p++)
    hash = assay_fnv_step (hash, (guchar) *p);
  word_map_prefetch (g->keys, hash);
}

gboolean
gazetteer_is_currency (const Gazetteer *g, const char *key, guint32 hash)
{
  return word_map_get (g->currencies, key, hash) != 0;
}

void
gazetteer_word_case (const char *word, gboolean *upper, gboolean *capitals)
{
  gunichar c = g_utf8_get_char (word);
  *upper = g_unichar_isupper (c) || g_unichar_istitle (c) || g_unichar_isdigit (c);
  *capitals = TRUE;
  for (const char *p = word; *p && *capitals; p = g_utf8_next_char (p))
    *capitals = !g_unichar_islower (g_utf8_get_char (p));
}

/* Whether @name, as written, has a lowercase letter: "WHO" is a name,
 * "Who" starting a question is not. */
static gboolean
has_lower (const char *name)
{
  for (const char *p = name; *p; p = g_utf8_next_char (p))
    if ((guchar) *p < 0x80 ? g_ascii_islower (*p) : g_unichar_islower (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* The entry of the name keyed @key, or NULL. */
static const GazetteerEntry *
name_get (const Gazetteer *g, const char *key)
{
  guint32 at = word_map_slot (g->keys, key, word_hash (key, strlen (key)));
  return (g->keys->slots[at].flags & KEY_NAME) ? g->keys->slots[at].value : NULL;
}

/* Lists the name keyed @key as @entry, written in capitals only where
 * @acronym (the last listing decides). */
static void
name_set (Gazetteer *g, const char *key, const GazetteerEntry *entry, gboolean acronym)
{
  /* One probe, not three (add, set the value, set or clear the acronym
   * flag): 21 M of the stage's start-up instructions fewer (name_set()
   * was 42 M, a name each of 74,000). */
  WordSlot *slot = word_map_add_slot (g->keys, key, KEY_NAME);
  slot->value = entry;
  if (acronym)
    slot->flags |= KEY_ACRONYM;
  else
    slot->flags &= ~(guint) KEY_ACRONYM;
}

static GazetteerEntry *entry_new (Gazetteer *g, const char *label, const char *canonical, const char *kb,
                                  const char *country);

/* When a place that only hints meets another place of the same name that
 * only hints (Kent the county, Kent in Washington; Norfolk, Valencia,
 * Munster), the first keeps the name and its label, but neither its link
 * nor its country, which the text has not chosen: a wrong country is worse
 * than none.  Returns whether it did. */
static gboolean
unlink_rival_place (Gazetteer *g, const char *key, const GazetteerEntry *had, const GazetteerEntry *entry)
{
  if (!had || !had->hint || !entry->hint || !had->place || !entry->place || had->kb == NULL
      || g_strcmp0 (had->kb, entry->kb) == 0)
    return FALSE;
  GazetteerEntry *plain = entry_new (g, had->label, had->canonical, NULL,
                                     g_strcmp0 (had->country, entry->country) == 0 ? had->country : NULL);
  plain->place = TRUE, plain->hint = had->hint, plain->yields = had->yields, plain->faint = had->faint;
  word_map_set_value (g->keys, key, plain);
  return TRUE;
}

/* add() for a name of one word, most of the lists: its @key (transfer
 * full) is the whole name and its first word. */
static void
add_word (Gazetteer *g, GazetteerEntry *entry, const char *name, char *key)
{
  const GazetteerEntry *had = name_get (g, key);
  if (*key == '\0' || (had && (entry->hint || entry->yields)))
    {
      if (*key)
        unlink_rival_place (g, key, had, entry);
      g_free (key);
      return;
    }
  gsize cut = strcspn (key, "'");
  if (cut && key[cut])
    {
      g_autofree char *first = g_strndup (key, cut);
      word_map_add (g->starts, first, START_NAME);
    }
  word_map_add (g->starts, key, START_NAME | START_WHOLE);
  name_set (g, key, entry, !has_lower (name));
  g_free (key);
  g->longest = MAX (g->longest, 1);
}

static void
add (Gazetteer *g, GazetteerEntry *entry, const char *name)
{
  if (name == NULL || *name == '\0' || strcmp (name, "-") == 0)
    return;
  g_autofree char *key = assay_text_fold (name, -1);
  if (strpbrk (key, " \t") == NULL)
    {
      add_word (g, entry, name, g_steal_pointer (&key));
      return;
    }
  g_auto (GStrv) words = g_strsplit_set (g_strstrip (key), " \t", -1);
  guint n = 0;
  for (guint k = 0; words[k]; k++)
    if (*words[k])
      words[n++] = words[k];
    else
      g_free (words[k]);
  words[n] = NULL;
  g_autofree char *joined = g_strjoinv (" ", words);
  /* A name that claims is never hidden by one that only hints; among
   * hints the first file's wins; a generated city or region yields to
   * any name read before it (Georgia the country, not the state). */
  const GazetteerEntry *had = name_get (g, joined);
  if (had && (entry->hint || entry->yields))
    {
      unlink_rival_place (g, joined, had, entry);
      return;
    }
  name_set (g, joined, entry, !has_lower (name));
  for (guint k = 1; k < n; k++)
    {
      GString *p = g_string_new (words[0]);
      for (guint j = 1; j < k; j++)
        g_string_append_printf (p, " %s", words[j]);
      word_map_add (g->keys, p->str, KEY_PREFIX);
      g_string_free (p, TRUE);
    }
  if (n > 0)
    {
      /* A name's first word as a text's word would key it: "people" of
       * "people's", "u.s." whole. */
      gsize cut = strcspn (words[0], "'");
      g_autofree char *first = g_strndup (words[0], cut ? cut : strlen (words[0]));
      word_map_add (g->starts, first, START_NAME);
      word_map_add (g->starts, words[0], START_NAME | (n > 1 ? START_LONGER : START_WHOLE));
    }
  g->longest = MAX (g->longest, n);
}

static GazetteerEntry *
entry_new (Gazetteer *g, const char *label, const char *canonical, const char *kb, const char *country)
{
  /* Entries come from blocks, not an allocation each. */
  if (g->block_used == ENTRY_BLOCK || g->entries->len == 0)
    {
      g_ptr_array_add (g->entries, g_new0 (GazetteerEntry, ENTRY_BLOCK));
      g->block_used = 0;
    }
  GazetteerEntry *e = (GazetteerEntry *) g->entries->pdata[g->entries->len - 1] + g->block_used++;
  e->label = label;
  /* Canonicals and links are nearly all distinct (a city each): copied,
   * not looked up in the chunk's table of strings, which cost 1,000
   * instructions an entry at start-up (77 M for 77,000 entries);
   * countries, a few hundred shared by all, are. */
  e->canonical = g_string_chunk_insert (g->strings, canonical);
  e->kb = kb ? g_string_chunk_insert (g->strings, kb) : NULL;
  e->country = country ? g_string_chunk_insert_const (g->strings, country) : NULL;
  return e;
}

/* A data file's rows as libassay's table reader gives them (each row's
 * line kept, so every error names FILE:LINE), with each row's fields at
 * hand as row[i]: f[k] past the row's last field is NULL. */
typedef struct
{
  AssayDataTable *table;
  char ***row;
  guint len;
} Rows;

static void
rows_free (Rows *rows)
{
  if (rows == NULL)
    return;
  assay_data_table_free (rows->table);
  g_free (rows->row);
  g_free (rows);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Rows, rows_free)

/* Reads @file of @data_dir: lines of tab-separated fields, '#' starting
 * a comment line, at least @min_fields a line, as @layout says. */
static Rows *
fields_of (const char *data_dir, const char *file, guint min_fields, const char *layout, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, file, NULL);
  g_autoptr (Rows) rows = g_new0 (Rows, 1);
  if (!(rows->table = assay_data_table_read (path, error)))
    return NULL;
  rows->len = assay_data_table_get_n_rows (rows->table);
  rows->row = g_new (char **, MAX (rows->len, 1));
  for (guint i = 0; i < rows->len; i++)
    {
      const AssayDataRow *r = assay_data_table_get_row (rows->table, i);
      if (!assay_data_row_check (rows->table, r, min_fields, G_MAXUINT, layout, error))
        return NULL;
      rows->row[i] = r->fields;
    }
  return g_steal_pointer (&rows);
}

/* Sets @error to "FILE:LINE: " and the message, for row @i of @rows. */
G_GNUC_PRINTF (4, 5) static void
row_error (GError **error, const Rows *rows, guint i, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  assay_data_row_set_error (error, rows->table, assay_data_table_get_row (rows->table, i), "%s", message);
}

static void
add_aliases (Gazetteer *g, GazetteerEntry *e, const char *aliases)
{
  g_auto (GStrv) list = g_strsplit (aliases ? aliases : "", "|", -1);
  for (char **a = list; *a; a++)
    add (g, e, *a);
}

/* A generated place's KIND column: claim, hint (@hint's class) or faint
 * (the class, and no more). */
static gboolean
set_kind (GazetteerEntry *e, const char *hint, const char *kind, const Rows *rows, guint i, GError **error)
{
  e->yields = TRUE;
  if (strcmp (kind, "claim") == 0)
    return TRUE;
  e->hint = hint;
  e->faint = strcmp (kind, "faint") == 0;
  if (e->faint || strcmp (kind, "hint") == 0)
    return TRUE;
  row_error (error, rows, i, "kind \"%s\" is none of claim, hint, faint", kind);
  return FALSE;
}

/* fields_of() for gazetteer_read_tsv(): the file is also noted among
 * @g's sources, which its image is checked against (gazetteer-image.c). */
static Rows *
gazetteer_fields (Gazetteer *g, const char *data_dir, const char *file, guint min_fields, const char *layout,
                  GError **error)
{
  g_ptr_array_add (g->sources, (gpointer) file);
  return fields_of (data_dir, file, min_fields, layout, error);
}

Gazetteer *
gazetteer_read_tsv (const char *data_dir, GError **error)
{
  Gazetteer *g = g_new0 (Gazetteer, 1);
  g->keys = word_map_new ();
  g->starts = word_map_new ();
  g->currencies = word_map_new ();
  g->entries = g_ptr_array_new_with_free_func (g_free);
  g->strings = g_string_chunk_new (4096);
  g->sources = g_ptr_array_new ();
  g_autoptr (GHashTable) countries = g_hash_table_new (g_str_hash, g_str_equal); /* code -> canonical */
  g_autoptr (Rows) extra = NULL;

  g_autoptr (Rows) rows = gazetteer_fields (g, data_dir, "countries.tsv", 2, "CANONICAL<TAB>ISO 3166-1 ALPHA-2<TAB>ALIASES", error);
  if (rows == NULL)
    goto fail;
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->row[i];
      g_autofree char *kb = g_strdup_printf ("iso3166:%s", f[1]);
      GazetteerEntry *e = entry_new (g, "GPE", f[0], kb, f[0]);
      add (g, e, f[0]);
      add_aliases (g, e, f[2]);
      g_hash_table_insert (countries, (gpointer) e->country, (gpointer) e->canonical);
      g_hash_table_insert (countries, g_string_chunk_insert_const (g->strings, f[1]), (gpointer) e->canonical);
    }
  g_clear_pointer (&rows, rows_free);

  /* GeoNames' cities and ISO 3166-2's subdivisions: the lines marked
   * claim name places on their own, the others hint; places.tsv's, read
   * after, win. */
  if (!(rows = gazetteer_fields (g, data_dir, "cities.tsv", 5, "NAME<TAB>COUNTRY<TAB>POPULATION<TAB>ID<TAB>KIND", error)))
    goto fail;
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->row[i];
      const char *country = g_hash_table_lookup (countries, f[1]);
      GazetteerEntry *e = entry_new (g, "GPE", f[0], f[3], country);
      e->place = TRUE;
      if (!set_kind (e, "CITY", f[4], rows, i, error))
        goto fail;
      add (g, e, f[0]);
    }
  g_clear_pointer (&rows, rows_free);
  if (!(rows = gazetteer_fields (g, data_dir, "subdivisions.tsv", 4, "NAME<TAB>ISO 3166-2<TAB>TYPE<TAB>KIND", error)))
    goto fail;
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->row[i];
      g_autofree char *code = g_strndup (f[1], 2);
      g_autofree char *kb = g_strdup_printf ("iso3166-2:%s", f[1]);
      GazetteerEntry *e = entry_new (g, "GPE", f[0], kb, g_hash_table_lookup (countries, code));
      e->place = TRUE;
      if (!set_kind (e, "REGION", f[3], rows, i, error))
        goto fail;
      add (g, e, f[0]);
    }
  g_clear_pointer (&rows, rows_free);

  /* Cities and regions: GPE too, canonical as news spells them, with
   * their country. */
  if (!(rows = gazetteer_fields (g, data_dir, "places.tsv", 2, "CANONICAL<TAB>COUNTRY<TAB>ALIASES", error)))
    goto fail;
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->row[i];
      const char *country = g_hash_table_lookup (countries, f[1]);
      if (country == NULL)
        {
          row_error (error, rows, i, "no country with code %s in countries.tsv", f[1]);
          goto fail;
        }
      GazetteerEntry *e = entry_new (g, "GPE", f[0], NULL, country);
      e->place = TRUE;
      add (g, e, f[0]);
      add_aliases (g, e, f[2]);
    }
  g_clear_pointer (&rows, rows_free);

  /* The hand-written demonyms, then the generated ones they lack. */
  static const char *const norp_files[] = { "demonyms.tsv", "nationalities.tsv" };
  for (guint file = 0; file < G_N_ELEMENTS (norp_files); file++)
    {
      if (!(rows = gazetteer_fields (g, data_dir, norp_files[file], 2, "ISO 3166-1 ALPHA-2<TAB>DEMONYMS", error)))
        goto fail;
      for (guint i = 0; i < rows->len; i++)
        {
          char **f = rows->row[i];
          const char *country = g_hash_table_lookup (countries, f[0]);
          if (country == NULL)
            {
              row_error (error, rows, i, "no country with code %s in countries.tsv", f[0]);
              goto fail;
            }
          g_autofree char *kb = g_strdup_printf ("iso3166:%s", f[0]);
          /* "Chinese" names China: the canonical is the country's. */
          GazetteerEntry *e = entry_new (g, "NORP", country, kb, country);
          add_aliases (g, e, f[1]);
        }
      g_clear_pointer (&rows, rows_free);
    }

  if (!(rows = gazetteer_fields (g, data_dir, "organisations.tsv", 4, "CANONICAL<TAB>WIKIDATA (or -)<TAB>COUNTRY (or -)<TAB>ALIASES", error)))
    goto fail;
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->row[i];
      g_autofree char *kb = strcmp (f[1], "-") ? g_strdup_printf ("wikidata:%s", f[1]) : NULL;
      const char *country = strcmp (f[2], "-") ? g_hash_table_lookup (countries, f[2]) : NULL;
      GazetteerEntry *e = entry_new (g, "ORG", f[0], kb, country);
      add (g, e, f[0]);
      add_aliases (g, e, f[3]);
    }
  g_clear_pointer (&rows, rows_free);

  /* People: one entry a person, however many terms they held (the terms
   * are the inconsistency checks' business, not the tagging's). */
  if (!(rows = gazetteer_fields (g, data_dir, "office-holders.tsv", 5, "NAME<TAB>WIKIDATA<TAB>ROLE<TAB>ORGANISATION<TAB>FROM<TAB>TO<TAB>ALIASES", error)))
    goto fail;
  {
    g_autoptr (GHashTable) people = g_hash_table_new (g_str_hash, g_str_equal);
    for (guint i = 0; i < rows->len; i++)
      {
        char **f = rows->row[i];
        /* The last fields, when empty, may have lost their tabs. */
        const char *aliases = g_strv_length (f) > 6 ? f[6] : NULL;
        if (g_hash_table_contains (people, f[1]))
          {
            add_aliases (g, g_hash_table_lookup (people, f[1]), aliases);
            continue;
          }
        g_autofree char *kb = g_strdup_printf ("wikidata:%s", f[1]);
        GazetteerEntry *e = entry_new (g, "PERSON", f[0], kb, NULL);
        g_hash_table_insert (people, g_string_chunk_insert_const (g->strings, f[1]), e);
        add (g, e, f[0]);
        add_aliases (g, e, aliases);
      }
  }
  g_clear_pointer (&rows, rows_free);

  /* Threat actors: ATT&CK's list, then this project's extra names and
   * canonicals by ATT&CK id. */
  extra = gazetteer_fields (g, data_dir, "actors-extra.tsv", 3, "ATT&CK ID<TAB>CANONICAL (or -)<TAB>EXTRA ALIASES<TAB>SOURCE", error);
  if (extra == NULL || !(rows = gazetteer_fields (g, data_dir, "actors.tsv", 2, "ATT&CK ID<TAB>NAME<TAB>ALIASES<TAB>COUNTRY", error)))
    goto fail;
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->row[i];
      const char *canonical = f[1];
      const char *more = NULL;
      for (guint k = 0; k < extra->len; k++)
        {
          char **x = extra->row[k];
          if (strcmp (x[0], f[0]) == 0)
            canonical = strcmp (x[1], "-") ? x[1] : canonical, more = x[2];
        }
      g_autofree char *kb = g_strdup_printf ("attack:%s", f[0]);
      /* "China (suspected)": the country, without the hedge. */
      g_autofree char *attributed = f[2] && f[3] ? g_strdup (f[3]) : NULL;
      if (attributed && strchr (attributed, '('))
        *strchr (attributed, '(') = '\0';
      if (attributed)
        g_strstrip (attributed);
      const char *country = attributed && *attributed ? g_hash_table_lookup (countries, attributed) : NULL;
      GazetteerEntry *e = entry_new (g, "THREAT_ACTOR", canonical, kb, country ? country : attributed);
      add (g, e, f[1]);
      add (g, e, canonical);
      add_aliases (g, e, f[2]);
      add_aliases (g, e, more);
    }
  g_clear_pointer (&rows, rows_free);

  /* Malware (ATT&CK's): products, MISC, after every name that claims
   * (a malware named like a country or an organisation keeps theirs). */
  if (!(rows = gazetteer_fields (g, data_dir, "malware.tsv", 2, "ATT&CK ID<TAB>NAME<TAB>ALIASES", error)))
    goto fail;
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->row[i];
      g_autofree char *kb = g_strdup_printf ("attack:%s", f[0]);
      GazetteerEntry *e = entry_new (g, "MISC", f[1], kb, NULL);
      e->yields = TRUE;
      add (g, e, f[1]);
      add_aliases (g, e, f[2]);
    }
  g_clear_pointer (&rows, rows_free);

  /* Currency codes: no names, whatever the lists or the tagger say. */
  if (!(rows = gazetteer_fields (g, data_dir, "currencies.tsv", 2, "CODE<TAB>NAME", error)))
    goto fail;
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *key = assay_text_fold (rows->row[i][0], -1);
      if (*key)
        word_map_add (g->currencies, key, 1);
    }
  g_clear_pointer (&rows, rows_free);

  /* Hints: companies and people's names, which the tagger weighs; a
   * company's name that is also a person's ("Chrysler") hints the
   * company. */
  if (!(rows = gazetteer_fields (g, data_dir, "companies.tsv", 2, "NAME<TAB>SOURCE", error)))
    goto fail;
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->row[i];
      GazetteerEntry *e = entry_new (g, "ORG", f[0], NULL, NULL);
      e->hint = "COMPANY";
      add (g, e, f[0]);
    }
  g_clear_pointer (&rows, rows_free);
  if (!(rows = gazetteer_fields (g, data_dir, "person-names.tsv", 2, "NAME<TAB>KIND (first or name)", error)))
    goto fail;
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->row[i];
      GazetteerEntry *e = entry_new (g, "PERSON", f[0], NULL, NULL);
      e->hint = strcmp (f[1], "first") == 0 ? "FIRST" : "NAME";
      add (g, e, f[0]);
    }
  /* A name of one word, most of them, is found by the probe that reads
   * its first word's flags: its entry is the value of the starts map,
   * and whether it is an acronym a flag (the same answers as the names
   * and acronyms tables give, without hashing the key again). */
  for (guint32 i = 0; i <= g->keys->mask; i++)
    if ((g->keys->slots[i].flags & KEY_NAME) && strchr (g->keys->slots[i].key, ' ') == NULL)
      {
        word_map_set_value (g->starts, g->keys->slots[i].key, g->keys->slots[i].value);
        if (g->keys->slots[i].flags & KEY_ACRONYM)
          word_map_add (g->starts, g->keys->slots[i].key, START_ACRONYM);
      }
  return g;

fail:
  gazetteer_free (g);
  return NULL;
}

Gazetteer *
gazetteer_new (const char *data_dir, GError **error)
{
  Gazetteer *g = gazetteer_image_load (data_dir);
  return g ? g : gazetteer_read_tsv (data_dir, error);
}

void
gazetteer_free (Gazetteer *g)
{
  if (g == NULL)
    return;
  word_map_free (g->keys);
  word_map_free (g->starts);
  word_map_free (g->currencies);
  if (g->entries_mapped)
    table_free (g->entries->pdata[0], g->entries_mapped);
  g_ptr_array_unref (g->entries);
  g_string_chunk_free (g->strings);
  if (g->sources)
    g_ptr_array_unref (g->sources);
  g_free (g->image);
  g_free (g);
}

/* The longest name at token @i that claims (@claim, @claim_entry) and
 * the longest of any kind (@any, @any_entry), in one walk. */
static void
match_both (const Gazetteer *g, const char *const *keys, const GazetteerWord *vocab, const gboolean *glued,
            const gboolean *capitals, guint i, guint n, guint *claim, const GazetteerEntry **claim_entry, guint *any,
            const GazetteerEntry **any_entry)
{
  *claim = *any = 0;
  GazetteerWord first = vocab ? vocab[i] : gazetteer_word (g, keys[i], word_hash (keys[i], strlen (keys[i])));
  guint start = first.start;
  const GazetteerEntry *single = first.single;
  /* Words glued to the next ("U.S." "-based") may start a name whatever
   * the first word alone is. */
  gboolean glued_on = i + 1 < n && glued[i + 1];
  if (!start && !glued_on)
    return;
  char key[512];
  gsize used = 0;
  guint words = 0;
  gboolean in_capitals = TRUE;
  for (guint len = 1; i + len <= n; len++)
    {
      if (len == 1 || !glued[i + len - 1])
        words++;
      if (words > g->longest)
        break;
      const char *word = keys[i + len - 1];
      gsize size = strlen (word);
      if (used + size + 2 > sizeof key)
        break; /* longer than any name */
      if (len > 1 && !glued[i + len - 1])
        key[used++] = ' ';
      memcpy (key + used, word, size + 1);
      used += size;
      in_capitals = in_capitals && capitals[i + len - 1];
      /* The word alone: its flags say whether to look it up, and
       * whether to go on; most capitalised words end here. */
      guint flags = 0;
      const GazetteerEntry *e = single;
      if (len > 1)
        {
          guint32 at = word_map_slot (g->keys, key, word_hash (key, used));
          flags = g->keys->slots[at].flags;
          e = (flags & KEY_NAME) ? g->keys->slots[at].value : NULL;
        }
      gboolean acronym = len == 1 ? (start & START_ACRONYM) != 0 : (flags & KEY_ACRONYM) != 0;
      if (e && (in_capitals || !acronym))
        {
          *any = len, *any_entry = e;
          if (!e->hint)
            *claim = len, *claim_entry = e;
        }
      /* No longer name starts so: stop, unless the next token is glued
       * on and may finish this word ("people" "'s"). */
      if (i + len < n && !glued[i + len]
          && !(len == 1 ? (start & START_LONGER) != 0 : (flags & KEY_PREFIX) != 0))
        break;
    }
}

guint
gazetteer_match (const Gazetteer *g, const char *const *keys, const gboolean *glued, const gboolean *capitals,
                 guint i, guint n, gboolean claims_only, const GazetteerEntry **entry)
{
  guint claim, any;
  const GazetteerEntry *claim_entry = NULL, *any_entry = NULL;
  match_both (g, keys, NULL, glued, capitals, i, n, &claim, &claim_entry, &any, &any_entry);
  if (claims_only ? claim : any)
    *entry = claims_only ? claim_entry : any_entry;
  return claims_only ? claim : any;
}

const char *
gazetteer_class (const GazetteerEntry *entry, gboolean first)
{
  static const char *const labels[][3] = {
    { "GPE", "B-GPE", "I-GPE" },       { "NORP", "B-NORP", "I-NORP" },
    { "ORG", "B-ORG", "I-ORG" },       { "PERSON", "B-PERSON", "I-PERSON" },
    { "THREAT_ACTOR", "B-ACTOR", "I-ACTOR" },
    { "CITY", "B-CITY", "I-CITY" },    { "REGION", "B-REGION", "I-REGION" },
    { "FIRST", "B-FIRST", "I-FIRST" }, { "NAME", "B-NAME", "I-NAME" },
    { "COMPANY", "B-COMPANY", "I-COMPANY" },
  };
  const char *kind = entry->hint ? entry->hint : entry->label;
  /* The labels' first bytes differ but for CITY and COMPANY, NORP and
   * NAME: most kinds are one compare of a byte, not a strcmp() down the
   * list (67,388 calls of strcmp() on 500 BBC articles). */
  for (guint k = 0; k < G_N_ELEMENTS (labels); k++)
    if (labels[k][0][0] == kind[0] && strcmp (labels[k][0], kind) == 0)
      return labels[k][first ? 1 : 2];
  return NULL;
}

const char **
gazetteer_classes (const Gazetteer *g, const char *const *keys, const GazetteerWord *vocab, const gboolean *glued,
                   const gboolean *capitals, const gboolean *upper, guint n, const GazetteerEntry **entries,
                   guint *lengths)
{
  const char **classes = g_new0 (const char *, n + 1);
  gazetteer_classes_fill (g, keys, vocab, glued, capitals, upper, n, entries, lengths, classes);
  return classes;
}

void
gazetteer_classes_fill (const Gazetteer *g, const char *const *keys, const GazetteerWord *vocab,
                        const gboolean *glued, const gboolean *capitals, const gboolean *upper, guint n,
                        const GazetteerEntry **entries, guint *lengths, const char **classes)
{
  memset (classes, 0, n * sizeof *classes);
  /* Most sentences are short: their arrays on the stack. */
  guint any_stack[128];
  const GazetteerEntry *any_entry_stack[128];
  g_autofree guint *any_heap = n > 128 ? g_new (guint, n) : NULL;
  g_autofree const GazetteerEntry **any_entry_heap = n > 128 ? g_new (const GazetteerEntry *, n) : NULL;
  guint *any = any_heap ? any_heap : any_stack;
  const GazetteerEntry **any_entry = any_entry_heap ? any_entry_heap : any_entry_stack;
  memset (any, 0, n * sizeof *any);
  memset (any_entry, 0, n * sizeof *any_entry);
  /* Names that claim, longest first, left to right; what each word
   * starts of any kind is kept for the hints after. */
  guint anything = 0;
  for (guint i = 0, next = 0; i < n; i++)
    {
      if (!upper[i])
        continue;
      guint claim;
      const GazetteerEntry *claim_entry = NULL;
      match_both (g, keys, vocab, glued, capitals, i, n, &claim, &claim_entry, &any[i], &any_entry[i]);
      anything |= any[i];
      if (claim == 0 || i < next)
        continue;
      for (guint j = 0; j < claim; j++)
        classes[i + j] = gazetteer_class (claim_entry, j == 0);
      if (entries)
        entries[i] = claim_entry, lengths[i] = claim;
      next = i + claim;
    }
  /* Then names that hint, over the words left; a hint does not reach
   * into a name that claims.  Most sentences start no name of any kind
   * (@any all zero: this walk would find nothing). */
  if (anything == 0)
    return;
  for (guint i = 0; i < n;)
    {
      guint len = classes[i] ? 0 : any[i];
      for (guint j = 1; j < len; j++)
        if (classes[i + j])
          len = 0;
      if (len == 0)
        {
          i++;
          continue;
        }
      for (guint j = 0; j < len; j++)
        classes[i + j] = gazetteer_class (any_entry[i], j == 0);
      if (entries)
        entries[i] = any_entry[i], lengths[i] = len;
      i += len;
    }
}

/* cues.tsv's kind names, and the kinds each sets. */
static const struct
{
  const char *name;
  Cue cue;
} cue_kinds[] = {
  { "role", CUE_ROLE }, { "modifier", CUE_MODIFIER }, { "honorific", CUE_HONORIFIC },
  { "org-head", CUE_ORG_HEAD }, { "verb", CUE_VERB }, { "connector", CUE_CONNECTOR },
  { "function", CUE_FUNCTION }, { "loc-head", CUE_LOC_HEAD }, { "org-noun", CUE_ORG_NOUN },
  { "place-suffix", CUE_PLACE_SUFFIX }, { "name-suffix", CUE_NAME_SUFFIX },
  { "group", CUE_GROUP }, { "event-head", CUE_EVENT_HEAD },
  { "result", CUE_RESULT }, { "name-verb", CUE_NAME_VERB }, { "measure", CUE_MEASURE },
  { "title-word", CUE_TITLE_WORD }, { "company-of", CUE_COMPANY_OF }, { "examples", CUE_EXAMPLES },
  { "company-only", CUE_COMPANY_ONLY }, { "person-has", CUE_PERSON_HAS }, { "org-word", CUE_ORG_WORD },
  { "org-after", CUE_ORG_AFTER }, { "media-verb", CUE_MEDIA_VERB }, { "work-verb", CUE_WORK_VERB },
  { "work-in", CUE_WORK_IN }, { "media-prep", CUE_MEDIA_PREP },
  { "time", CUE_TIME }, { "tech-noun", CUE_TECH_NOUN }, { "ceremony", CUE_CEREMONY },
  { "stake-in", CUE_STAKE_IN }, { "org-after-bare", CUE_ORG_AFTER_BARE }, { "transfer", CUE_TRANSFER },
  { "player", CUE_PLAYER }, { "team-noun", CUE_TEAM_NOUN }, { "fixture", CUE_FIXTURE },
  { "club-post", CUE_CLUB_POST },
  { "line-up", CUE_LINE_UP },
  { "saint", CUE_SAINT }, { "speaks-for", CUE_SPEAKS_FOR }, { "sport", CUE_SPORT }, { "sport-name", CUE_SPORT_NAME },
  { "programme", CUE_PROGRAMME }, { "work-credit", CUE_WORK_CREDIT }, { "work-crew", CUE_WORK_CREW },
  { "company-tail", CUE_COMPANY_TAIL }, { "cyber", CUE_CYBER },
  { "musician", CUE_MUSICIAN }, { "label", CUE_LABEL }, { "band-noun", CUE_BAND_NOUN },
  { "song-noun", CUE_SONG_NOUN }, { "music-word", CUE_MUSIC_WORD }, { "broadcast-after", CUE_BROADCAST_AFTER },
  { "competition", CUE_COMPETITION }, { "competition-head", CUE_COMPETITION_HEAD },
  { "person-side", CUE_PERSON_SIDE }, { "weekday", CUE_WEEKDAY }, { "product-noun", CUE_PRODUCT_NOUN },
  { "press-title", CUE_PRESS_TITLE }, { "month", CUE_MONTH },
  { "vessel", CUE_VESSEL },
  /* A work's noun WordNet's first sense does not give ("his hit X");
   * work-of: its title follows "of" ("a remake of X", works.c). */
  { "work-noun", CUE_WORK_NOUN }, { "work-noun-modified", CUE_WORK_NOUN | CUE_WORK_MODIFIED },
  { "work-of", CUE_WORK_NOUN | CUE_WORK_VERB },
  /* work-named: the title follows after a work's noun ("the song, titled
   * X"), titles.c. */
  { "work-named", CUE_WORK_NAMED },
};

void
cue_map_free (CueMap *m)
{
  if (m == NULL)
    return;
  word_map_free (m->words);
  g_array_unref (m->rows);
  g_free (m);
}

/* The row of @key, added with no kinds where absent. */
static CueRow *
cue_map_row (CueMap *m, const char *key)
{
  guint index = word_map_get (m->words, key, word_hash (key, strlen (key)));
  if (index == 0)
    {
      index = m->rows->len;
      CueRow row = { 0, 0, NULL };
      g_array_append_val (m->rows, row);
      /* The key as the map keeps it, for cue_map_write_tagger(), from the
       * slot the key went to: not hashed and probed a third time. */
      g_array_index (m->rows, CueRow, index).key = word_map_add_slot (m->words, key, index)->key;
    }
  return &g_array_index (m->rows, CueRow, index);
}

/* Reads @file (in @dir) of WORD<TAB>KIND[,KIND...] rows into the rules'
 * kinds or, with @tagger, the tagger's. */
static gboolean
cue_rows_read (CueMap *m, const char *dir, const char *file, gboolean tagger, GError **error)
{
  g_autoptr (Rows) rows = fields_of (dir, file, 2, "WORD<TAB>KIND[,KIND...]", error);
  if (rows == NULL)
    return FALSE;
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = rows->row[i];
      if (!assay_data_row_check (rows->table, assay_data_table_get_row (rows->table, i), 2, 2, "WORD<TAB>KIND[,KIND...]",
                                 error))
        return FALSE;
      g_autofree char *key = assay_text_fold (f[0], -1);
      Cue cue = 0;
      /* The kinds read in place, each name between commas stripped once
       * and compared whole only where its first byte is the kind's:
       * g_strsplit() a row and g_strstrip() at every compare down the
       * table were 4.0 M of the stage's 34.4 M instructions at start-up
       * (callgrind, one document).  An empty field names no kind, as
       * g_strsplit() gave no names for it; an empty name between commas
       * is an unknown kind, as before. */
      for (const char *n = *f[1] != '\0' ? f[1] : NULL; n != NULL;)
        {
          const char *comma = strchr (n, ','), *end = comma ? comma : n + strlen (n);
          while (n < end && g_ascii_isspace (*n))
            n++;
          while (end > n && g_ascii_isspace (end[-1]))
            end--;
          gsize length = (gsize) (end - n), k = 0;
          while (k < G_N_ELEMENTS (cue_kinds)
                 && (cue_kinds[k].name[0] != *n || strncmp (cue_kinds[k].name, n, length) != 0
                     || cue_kinds[k].name[length] != '\0'))
            k++;
          if (k == G_N_ELEMENTS (cue_kinds))
            {
              /* the kinds named from the table itself, so that a kind
               * added there is offered here too */
              g_autoptr (GString) known = g_string_new (NULL);
              for (gsize j = 0; j < G_N_ELEMENTS (cue_kinds); j++)
                g_string_append_printf (known, "%s%s", j ? ", " : "", cue_kinds[j].name);
              row_error (error, rows, i, "unknown kind \"%.*s\" (%s)", (int) length, n, known->str);
              return FALSE;
            }
          cue |= cue_kinds[k].cue;
          n = comma ? comma + 1 : NULL;
        }
      if (tagger && (cue & ~CUE_TAGGER_KINDS))
        {
          row_error (error, rows, i, "a kind the tagger does not read (it reads role, honorific, org-head, "
                                     "loc-head, event-head, org-noun, work-noun, function, connector, verb)");
          return FALSE;
        }
      CueRow *row = cue_map_row (m, key);
      if (tagger)
        row->tagger |= cue;
      else
        row->rules |= cue;
    }
  return TRUE;
}

CueMap *
cue_map_load (const char *data_dir, const char *tagger_file, GError **error)
{
  CueMap *m = g_new0 (CueMap, 1);
  m->words = word_map_new ();
  m->rows = g_array_new (FALSE, TRUE, sizeof (CueRow));
  g_array_set_size (m->rows, 1);
  if (!cue_rows_read (m, data_dir, "cues.tsv", FALSE, error))
    {
      cue_map_free (m);
      return NULL;
    }
  /* The kinds of work (generated from WordNet) in the same map, so that
   * the probe every word gets once answers for them too. */
  g_autoptr (Rows) works = fields_of (data_dir, "work-nouns.tsv", 2, "WORD<TAB>KIND", error);
  if (works == NULL)
    {
      cue_map_free (m);
      return NULL;
    }
  for (guint i = 0; i < works->len; i++)
    {
      const char *kind = works->row[i][1];
      Cue cue = strcmp (kind, "any") == 0        ? CUE_WORK_NOUN
                : strcmp (kind, "modified") == 0 ? CUE_WORK_NOUN | CUE_WORK_MODIFIED
                : strcmp (kind, "vessel") == 0   ? CUE_VESSEL
                                                 : 0;
      if (cue == 0)
        {
          row_error (error, works, i, "unknown kind \"%s\" (any, modified, vessel)", kind);
          cue_map_free (m);
          return NULL;
        }
      g_autofree char *key = assay_text_fold (works->row[i][0], -1);
      cue_map_row (m, key)->rules |= cue;
    }
  if (tagger_file == NULL)
    {
      for (guint i = 1; i < m->rows->len; i++)
        g_array_index (m->rows, CueRow, i).tagger = g_array_index (m->rows, CueRow, i).rules & CUE_TAGGER_KINDS;
      return m;
    }
  g_autofree char *dir = g_path_get_dirname (tagger_file);
  g_autofree char *base = g_path_get_basename (tagger_file);
  if (!cue_rows_read (m, dir, base, TRUE, error))
    {
      cue_map_free (m);
      return NULL;
    }
  return m;
}


static gint
row_by_key (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(const CueRow *const *) a)->key, (*(const CueRow *const *) b)->key);
}

gboolean
cue_map_write_tagger (const CueMap *m, const char *path, GError **error)
{
  g_autoptr (GPtrArray) rows = g_ptr_array_new ();
  for (guint i = 1; i < m->rows->len; i++)
    if (g_array_index (m->rows, CueRow, i).tagger)
      g_ptr_array_add (rows, &g_array_index (m->rows, CueRow, i));
  g_ptr_array_sort (rows, row_by_key);
  g_autoptr (GString) out = g_string_new (
      "# The cue words the entities tagger was trained with and their kinds (cues.tsv's names), written by\n"
      "# assay-ner-train with the model beside it: the tagger reads these kinds and no others, so that a\n"
      "# row added to cues.tsv or work-nouns.tsv after training feeds the rules only.  Retrain to change it.\n");
  for (guint i = 0; i < rows->len; i++)
    {
      const CueRow *row = rows->pdata[i];
      g_string_append_printf (out, "%s\t", row->key);
      gboolean first = TRUE;
      for (gsize k = 0; k < G_N_ELEMENTS (cue_kinds); k++)
        /* One bit's names only (work-noun, not work-of). */
        if ((row->tagger & cue_kinds[k].cue) && (cue_kinds[k].cue & (cue_kinds[k].cue - 1)) == 0)
          {
            g_string_append_printf (out, "%s%s", first ? "" : ",", cue_kinds[k].name);
            first = FALSE;
          }
      g_string_append_c (out, '\n');
    }
  return g_file_set_contents (path, out->str, (gssize) out->len, error);
}
