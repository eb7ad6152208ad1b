/* entities.c: the `entities` stage: people, organisations, places,
 * nationalities and threat actors over cleanup's tokens.
 *
 * Per sentence, sources claim words, a stronger one taking them from a
 * weaker (Source): the name lists (gazetteer.c), then rules reading the
 * cue words of data/cues.tsv (organisation shapes, people after titles,
 * acronyms in brackets: rules-context.c), then the learned tagger (ner.c, its
 * names read in rules.c), then capitalised pairs before a reporting verb.
 * Roles are read around each person.  Per document (links.c), short forms
 * link to the full names written before (surnames, acronyms) and a word
 * keeps one label.  This file reads the words, matches the lists and runs
 * the passes.  README.md and doc/ (by area) tell the whole of it.
 */
#include "entities.h"

static void
span_clear (gpointer data)
{
  Span *s = data;
  g_free (s->canonical);
  g_free (s->kb);
  g_free (s->country);
  g_free (s->role);
  g_free (s->role_org);
}

static void
entities_destroy (gpointer data)
{
  Entities *e = data;
  ner_model_free (e->model);
  gazetteer_free (e->gazetteer);
  cue_map_free (e->cues);
  word_map_free (e->first_names);
  g_clear_pointer (&e->products, g_regex_unref);
  g_clear_pointer (&e->product_names, word_map_free);
  g_strfreev (e->skip_sections);
  g_clear_pointer (&e->zones, g_hash_table_unref);
  g_clear_pointer (&e->regions, g_hash_table_unref);
  g_clear_pointer (&e->religions, g_hash_table_unref);
  g_clear_pointer (&e->seats, seats_free);
  g_clear_pointer (&e->clubs, word_map_free);
  g_clear_pointer (&e->companies, word_map_free);
  g_clear_pointer (&e->company_acts, company_acts_free);
  g_clear_pointer (&e->event_nouns, g_hash_table_unref);
  g_clear_pointer (&e->owner_adjectives, g_hash_table_unref);
  g_clear_pointer (&e->occasion_nouns, g_hash_table_unref);
  g_clear_pointer (&e->match_words, g_hash_table_unref);
  g_clear_pointer (&e->sport_countries, g_hash_table_unref);
  g_clear_pointer (&e->team_nicknames, g_hash_table_unref);
  g_clear_pointer (&e->software_nouns, g_hash_table_unref);
  g_clear_pointer (&e->role_subjects, g_hash_table_unref);
  g_clear_pointer (&e->venue_bodies, g_hash_table_unref);
  g_clear_pointer (&e->firm_heads, g_hash_table_unref);
  g_clear_pointer (&e->place_leads, g_hash_table_unref);
  g_clear_pointer (&e->person_aliases, person_aliases_free);
  g_free (e);
}

/* The time zones of @data_dir/timezones.tsv (its first column), or NULL
 * with @error set.  The file is the dates stage's list, copied here by
 * meson (data/meson.build) so that one file owns the zones.  Returns a
 * new set the caller owns. */
static GHashTable *
zones_load (const char *data_dir, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, "timezones.tsv", NULL);
  g_autofree char *text = NULL;
  if (!g_file_get_contents (path, &text, NULL, error))
    return NULL;
  GHashTable *zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (guint n = 0; lines[n]; n++)
    {
      char *line = g_strstrip (lines[n]);
      if (*line == '\0' || *line == '#')
        continue;
      char *tab = strchr (line, '\t');
      if (!tab || tab == line)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: expected ABBREVIATION<TAB>OFFSET", path, n + 1);
          g_hash_table_unref (zones);
          return NULL;
        }
      g_hash_table_add (zones, g_strndup (line, tab - line));
    }
  return zones;
}

/* The continents' and regions' names of @data_dir/regions.tsv
 * (scripts/make-regions.py, from WordNet), folded as the words' keys are
 * and joined by one space, or NULL with @error naming the file. */
static GHashTable *
regions_load (const char *data_dir, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, "regions.tsv", NULL);
  g_autofree char *text = NULL;
  if (!g_file_get_contents (path, &text, NULL, error))
    return NULL;
  GHashTable *regions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (guint n = 0; lines[n]; n++)
    {
      char *line = g_strstrip (lines[n]);
      if (*line == '\0' || *line == '#')
        continue;
      if (strchr (line, '\t'))
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: expected NAME alone", path, n + 1);
          g_hash_table_unref (regions);
          return NULL;
        }
      g_hash_table_add (regions, assay_text_fold (line, -1));
    }
  return regions;
}

/* A table of one word a row, its last field the row's source
 * (role-subjects.tsv, match-words.tsv): each word, folded as the words'
 * keys are, to @value's number for its row, never 0 (0 with @wrong set
 * is the row's error); NULL with @error naming the file and line.  One
 * loader, so that each such table checks its rows alike. */
GHashTable *
word_table_load (const char *data_dir, const char *file, const char *shape, guint n_fields, WordRowValue value,
                 GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, file, NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, n_fields, n_fields, shape, error))
        goto fail;
      const char *wrong = *row->fields[0] == '\0'                ? "an empty word"
                          : strchr (row->fields[0], ' ')          ? "more than one word"
                          : *row->fields[n_fields - 1] == '\0'   ? "an empty source"
                                                                  : NULL;
      guint number = wrong ? 0 : value (row, &wrong);
      if (number == 0)
        {
          assay_data_row_set_error (error, table, row, "%s; write %s", wrong, shape);
          goto fail;
        }
      g_hash_table_insert (words, assay_text_fold (row->fields[0], -1), GUINT_TO_POINTER (number));
    }
  return words;
fail:
  g_hash_table_unref (words);
  return NULL;
}

/* Sets in @bits (@n_words of 64 bits, a power of two) the bit of each
 * of @words' keys by its word_hash(), as word_hash_bit() reads it: most
 * words are told none of a table's without a look-up. */
void
word_table_hash_bits (GHashTable *words, guint64 *bits, guint n_words)
{
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint32 hash = word_hash (key, strlen (key));
      bits[(hash / 64) & (n_words - 1)] |= G_GUINT64_CONSTANT (1) << (hash & 63);
    }
}

/* Per byte: its ASCII lowercase (the low 8 bits) and what it is, for
 * word_key(): a lowercase letter, a capital, no ASCII; and, for a
 * word's first byte, the OPENS_* bit of Scan.sentence_openers
 * (look_up_word()). */
enum
{
  BYTE_LOWER = 1 << 8,
  BYTE_CAPITAL = 1 << 9,
  BYTE_HIGH = 1 << 10,
  BYTE_HYPHEN = 1 << 11,
};
static guint16 byte_class[256];

static void
byte_class_init (void)
{
  static gsize done = 0;
  if (!g_once_init_enter (&done))
    return;
  for (guint c = 0; c < 256; c++)
    byte_class[c] = c >= 0x80               ? (guint16) (c | BYTE_HIGH)
                    : g_ascii_isupper (c) ? (guint16) ((c + 32) | BYTE_CAPITAL)
                    : g_ascii_islower (c) ? (guint16) (c | BYTE_LOWER)
                    : c == '-'            ? (guint16) (c | BYTE_HYPHEN)
                    : g_ascii_isdigit (c) ? (guint16) (c | OPENS_DIGIT)
                    : c == '('            ? (guint16) (c | OPENS_BRACKET)
                    : c == ','            ? (guint16) (c | OPENS_COMMA)
                                          : (guint16) c;
  g_once_init_leave (&done, 1);
}

WordMap *
first_names_load (const char *data_dir, GError **error)
{
  /* The prebuilt map where it is the TSVs' (gazetteer-image.c): reading
   * and folding its 124,000 words was 128 M instructions, most of the
   * start-up the gazetteer's image left. */
  WordMap *names = word_map_image_load (data_dir, "first-names.image");
  return names ? names : first_names_read_tsv (data_dir, error);
}

static gpointer
entities_create (const AssayHost *host, const AssayOptions *options, GError **error)
{
  byte_class_init ();
  Entities *e = g_new0 (Entities, 1);
  const char *data_dir = assay_options_get_string (options, "data");
  e->skip_sections = g_strsplit (assay_options_get_string (options, "skip-sections"), ",", -1);
  for (char **l = e->skip_sections; *l; l++)
    g_strstrip (*l);
  const char *model = assay_options_get_string (options, "model");
  /* The cue rows the model was trained with, beside it (ner-train.c):
   * the tagger reads those alone; a model with none reads cues.tsv's. */
  g_autofree char *model_dir = g_path_get_dirname (model);
  g_autofree char *tagger_cues = g_build_filename (model_dir, "ner-cues.tsv", NULL);
  if (!(e->model = ner_model_load (model, error)) || !(e->gazetteer = gazetteer_new (data_dir, error))
      || !(e->cues = cue_map_load (data_dir, g_file_test (tagger_cues, G_FILE_TEST_EXISTS) ? tagger_cues : NULL, error))
      || !(e->products = products_load (data_dir, error))
      || !(e->product_names = product_names_load (data_dir, e->product_bits, error))
      || !(e->first_names = first_names_load (data_dir, error)) || !(e->zones = zones_load (data_dir, error))
      || !(e->regions = regions_load (data_dir, error)) || !(e->clubs = clubs_load (data_dir, error))
      || !(e->companies = companies_load (data_dir, error))
      || !(e->religions = religions_load (data_dir, error)) || !(e->seats = seats_load (data_dir, error))
      || !(e->company_acts = company_acts_load (data_dir, error))
      || !(e->event_nouns = event_nouns_load (data_dir, &e->event_first_bits, error))
      || !(e->owner_adjectives = owner_adjectives_load (data_dir, error))
      || !(e->occasion_nouns = occasion_nouns_load (data_dir, e->occasion_bits, error))
      || !(e->match_words = match_words_load (data_dir, error))
      || !(e->sport_countries = sport_countries_load (data_dir, error))
      || !(e->team_nicknames = team_nicknames_load (data_dir, error))
      || !(e->software_nouns = software_nouns_load (data_dir, e->software_bits, error))
      || !(e->role_subjects = role_subjects_load (data_dir, error))
      || !(e->venue_bodies = venue_bodies_load (data_dir, error)) || !(e->firm_heads = firm_heads_load (data_dir, e->firm_head_bits, error))
      || !(e->place_leads = place_leads_load (data_dir, e->place_lead_bits, error))
      || !(e->person_aliases = person_aliases_load (data_dir, error)))
    {
      entities_destroy (e);
      return NULL;
    }
  return e;
}

const char *
label_for (const char *type)
{
  if (strcmp (type, "PER") == 0)
    return "PERSON";
  return type; /* ORG, LOC, MISC */
}

const char *const tagger_labels[4] = { "PERSON", "ORG", "LOC", "MISC" };

guint
label_index (const char *label)
{
  /* By the first byte, then one compare: called for every span a
   * document's votes read (65,677 calls of strcmp() on 500 BBC
   * articles where it tried the labels in turn). */
  switch (label[0])
    {
    case 'P':
      return strcmp (label, "PERSON") == 0 ? 0 : 3;
    case 'O':
      return strcmp (label, "ORG") == 0 ? 1 : 3;
    case 'L':
      return strcmp (label, "LOC") == 0 ? 2 : 3;
    case 'G':
      return strcmp (label, "GPE") == 0 ? 2 : 3; /* a place the lists knew, LOC to the tagger */
    default:
      return 3; /* MISC, and every other label */
    }
}

/* The tagger's label for a gazetteer's. */
const char *
tagger_class (const char *label)
{
  if (strcmp (label, "GPE") == 0)
    return "LOC";
  if (strcmp (label, "NORP") == 0 || strcmp (label, "THREAT_ACTOR") == 0)
    return "MISC";
  return label;
}

/* The text of words [a, b), each run of space made one ' '. */
char *
words_text (const Scan *scan, guint a, guint b)
{
  /* Measured, then copied into one allocation: a GString grown word by
   * word cost 350 instructions a call in g_string_new() and its
   * growing. */
  gsize size = 1;
  for (guint i = a; i < b; i++)
    {
      const Word *w = word_at (scan, i);
      size += (i > a && !w->glued) + strlen (w->text);
    }
  char *out = g_malloc (size), *p = out;
  for (guint i = a; i < b; i++)
    {
      const Word *w = word_at (scan, i);
      if (i > a && !w->glued)
        *p++ = ' ';
      gsize n = strlen (w->text);
      memcpy (p, w->text, n);
      p += n;
    }
  *p = '\0';
  return out;
}

/* Whether word @i is a time of day: "10:30", "9pm", "11am" (not "9.99",
 * a price, nor "11.25", a rate in a table), or four digits 0000-2359
 * ("1030 GMT"; whether a year, "by 2010", is read by the zone after it,
 * which must be one of timezones.tsv's). */
static gboolean
is_clock (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  const char *t = w->text;
  gsize n = w->end - w->start;
  if (n < 3 || n > 7 || !g_ascii_isdigit (t[0]))
    return FALSE;
  gsize d = 0;
  while (d < n && g_ascii_isdigit (t[d]))
    d++;
  if (d <= 2 && d + 3 == n && t[d] == ':' && g_ascii_isdigit (t[d + 1]) && g_ascii_isdigit (t[d + 2]))
    return TRUE;
  if (d <= 2 && d + 2 == n && (g_ascii_strcasecmp (t + d, "am") == 0 || g_ascii_strcasecmp (t + d, "pm") == 0))
    return TRUE;
  return d == 4 && n == 4 && (t[0] - '0') * 10 + (t[1] - '0') <= 23 && t[2] <= '5';
}

/* Word @i is not a name, whatever the lists or the tagger say: a
 * currency's code (USD), a country's code glued to a dollar sign (US$,
 * AU$), a job title written as an acronym, or its plural (CFO, CSOs), a
 * time zone of timezones.tsv after a time of day ("1030 GMT", "9pm EST";
 * not "at 9am UK time"). */
gboolean
not_a_name (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  if (w->capitals && i > 0 && g_hash_table_contains (scan->e->zones, w->text) && is_clock (scan, i - 1))
    return TRUE;
  /* A contraction ("I'm", "We've", "They'll") is a pronoun and a verb. */
  const char *apostrophe = strrchr (w->key, '\'');
  if (apostrophe && apostrophe > w->key
      && (strcmp (apostrophe, "'m") == 0 || strcmp (apostrophe, "'ve") == 0 || strcmp (apostrophe, "'re") == 0
          || strcmp (apostrophe, "'ll") == 0 || strcmp (apostrophe, "'d") == 0))
    return TRUE;
  if (!w->capitals && !(w->upper && g_str_has_suffix (w->text, "s")))
    return FALSE;
  gsize n = strlen (w->key);
  if (w->capitals && gazetteer_is_currency (scan->e->gazetteer, w->key, w->hash))
    return TRUE;
  if (i + 1 < scan->words->len && word_at (scan, i + 1)->glued && word_at (scan, i + 1)->text[0] == '$')
    return TRUE;
  if (n < 2 || n > 6)
    return FALSE;
  Cue cue = w->cue;
  if (!(cue & CUE_ROLE) && w->key[n - 1] == 's')
    {
      char stem[8];
      memcpy (stem, w->key, n - 1);
      stem[n - 1] = '\0';
      cue = cue_map_rules (scan->e->cues, stem, word_hash (stem, n - 1));
    }
  /* Only titles in capitals: "Chancellor" alone may still name one. */
  return (cue & CUE_ROLE) && g_ascii_isupper (w->text[1]);
}

void
span_set_org (Span *span)
{
  span_set_label (span, "ORG");
}

void
span_set_label (Span *span, const char *label)
{
  span->label = label;
  span->place = FALSE;
  g_clear_pointer (&span->kb, g_free);
  g_clear_pointer (&span->country, g_free);
}

/* Claims words [a, b) for a new span unless a span at least as strong
 * holds one of them; weaker spans there are dropped.  Returns the span or
 * NULL. */
Span *
claim (Scan *scan, guint a, guint b, const char *label, Source source)
{
  if (a >= b || (b - a == 1 && not_a_name (scan, a)))
    return NULL;
  /* "Last May", "this June" (or the month alone after them) is a date,
   * whichever pass reads it as a name: a list of titles after it ("Last
   * May, R&B star Usher"), the tagger.  find_tagged() cuts it off the
   * tagger's longer names; another pass's longer name is left whole. */
  if ((b - a == 1 && month_after_when (scan, a)) || (b - a == 2 && month_after_when (scan, a + 1)))
    return NULL;
  for (guint i = a; i < b; i++)
    {
      Span *other = span_at (scan, word_at (scan, i)->span);
      if (other && other->source >= source)
        return NULL;
    }
  drop_spans (scan, a, b, NULL);
  Span s = { .a = a, .b = b, .label = label, .source = source };
  g_array_append_val (scan->spans, s);
  for (guint i = a; i < b; i++)
    word_at (scan, i)->span = scan->spans->len - 1;
  return &g_array_index (scan->spans, Span, scan->spans->len - 1);
}

/* @length bytes of @text and a NUL, in @scan's strings: from the
 * document's block where it has room (add_word() copies every word, and
 * g_string_chunk_insert_len() cost 57 instructions a word there), else
 * from the chunk. */
static const char *
scan_copy (Scan *scan, const char *text, gsize length)
{
  if (length < scan->block_size - scan->block_used)
    {
      char *copy = scan->block + scan->block_used;
      memcpy (copy, text, length);
      copy[length] = '\0';
      scan->block_used += length + 1;
      return copy;
    }
  return g_string_chunk_insert_len (scan->strings, text, length);
}

/* The key of @text (@length bytes, under 64), as assay_text_fold()
 * makes it of ASCII, written into the caller's @key (not terminated),
 * and @text's copy into @copy, in one pass; its case
 * as gazetteer_word_case() reads it and word_hash() of the key into
 * @w.  ASCII, nearly every word of English news, goes through one table
 * (byte_class): 8 instructions a byte, where three tests a byte made
 * this 145 instructions a word, 27 M of the stage's 494 M on 500 BBC
 * articles.  Returns the classes of the bytes seen: BYTE_HIGH, not
 * ASCII, and @key and @w are not set; BYTE_CAPITAL, @key differs from
 * @text. */
G_ALWAYS_INLINE static inline guint
word_key (const char *text, gsize length, char *copy, char *key, Word *w)
{
  guint seen = 0;
  guint32 h = ASSAY_FNV_BASIS; /* word_hash() of the key, on the way */
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) text[i];
      guint k = byte_class[c];
      copy[i] = (char) c;
      key[i] = (char) k;
      seen |= k;
      h = assay_fnv_step (h, (guchar) k);
    }
  w->hyphen = (seen & BYTE_HYPHEN) != 0;
  if (!(seen & BYTE_HIGH))
    {
      w->upper = g_ascii_isupper (text[0]) || g_ascii_isdigit (text[0]);
      w->capitals = !(seen & BYTE_LOWER);
      w->hash = h;
    }
  return seen;
}

/* The key of @text (@length bytes) in @scan's strings, and @w's case
 * and hash (word_key()), for a word of any length or script. */
static const char *
word_key_copy (Scan *scan, const char *text, gsize length, Word *w)
{
  char buf[64], copy[64]; /* @copy unread: add_word() has made one */
  if (length < sizeof buf)
    {
      guint seen = word_key (text, length, copy, buf, w);
      if (!(seen & BYTE_HIGH))
        {
          /* A word with no capital, most of them, is its own key where
           * @text ends with its NUL (add_word() passes the scan's copy of
           * the word, which lives as long as the key): not copied again. */
          if (!(seen & BYTE_CAPITAL) && text[length] == '\0')
            return text;
          return scan_copy (scan, buf, length);
        }
    }
  if (length >= sizeof buf)
    w->hyphen = memchr (text, '-', length) != NULL;
  gboolean upper, capitals;
  gazetteer_word_case (text, &upper, &capitals);
  w->upper = upper, w->capitals = capitals;
  g_autofree char *key = assay_text_fold (text, length);
  w->hash = word_hash (key, strlen (key));
  return g_string_chunk_insert (scan->strings, key);
}

static void
add_word (Scan *scan, gsize from, gsize cut, gboolean sentence_start)
{
  /* The array's length was set for the words before they are read
   * (entities_process()), and is cut to those read after: a word filled
   * in place, where appending a copy cost 77 instructions a word
   * (g_array_append_vals() and its memcpy()), and growing the array by
   * one 56 (g_array_set_size()).  More words than room (sentences that
   * overlap) grow it. */
  guint at = scan->n_read++;
  if (at == scan->words->len)
    {
      g_array_set_size (scan->words, at + at / 2 + 16);
      scan->word_base = (Word *) (gpointer) scan->words->data;
    }
  Word *w = word_at (scan, at);
  /* memset() and the fields, not a compound literal: GCC made that a
   * `rep stos`, whose start-up perf found 10% of the samples of
   * entities_process()'s own code. */
  memset (w, 0, sizeof *w);
  /* Word's offsets are 32-bit: entities_process() read no longer text. */
  g_assert (cut <= ENTITIES_MAX_TEXT);
  w->start = (guint32) from, w->end = (guint32) cut, w->span = -1;
  w->glued = from > 0 && !g_ascii_isspace (scan->text[from - 1]) && at > 0 && word_at (scan, at - 1)->end == from;
  w->sentence_start = sentence_start;
  gsize length = cut - from;
  const char *src = scan->text + from;
  if (length < 64 && 2 * (length + 1) < scan->block_size - scan->block_used)
    {
      /* The text's copy and its key written in one pass over the bytes,
       * side by side in the block: a copy by memcpy() and a second pass
       * cost some 40 instructions a word. */
      char *copy = scan->block + scan->block_used, *key = copy + length + 1;
      guint seen = word_key (src, length, copy, key, w);
      copy[length] = '\0';
      w->text = copy;
      if (!(seen & BYTE_HIGH))
        {
          if (seen & BYTE_CAPITAL)
            {
              key[length] = '\0';
              w->key = key;
              scan->block_used += 2 * (length + 1);
            }
          else
            {
              w->key = copy; /* a word with no capital is its own key */
              scan->block_used += length + 1;
            }
          return;
        }
      scan->block_used += length + 1;
    }
  else
    w->text = scan_copy (scan, src, length);
  w->key = word_key_copy (scan, w->text, length, w);
  /* its cue and what the lists say: look_up_words() */
}

/* How far ahead look_up_words() asks for a word's slots. */
#define LOOKAHEAD 8

/* A sentence as entities_process() reads it: its words [ws, we), its
 * section's label, and the OR of the kinds its words have in the cue
 * map (Scan.sentence_cues; look_up_words()). */
typedef struct
{
  guint ws, we;
  const char *section_label;
  Cue cues;
  Cue upper_cues; /* the OR of its capitalised words' Word.cue (Scan.sentence_upper_cues) */
  guint openers;  /* Scan.sentence_openers */
} Read;

/* Word @i's cue (the cue words' small map, for every word) and what
 * the lists say of it (their large map, only where a name may start: a
 * capital or a digit), once all @n words are read; returns the cue
 * map's kinds of it before Word.cue's masks, and ORs into @upper_cues
 * its Word.cue where it has a capital, into @openers its first byte's
 * class (OPENS_*, among other bits).  A probe of the large
 * map misses the cache nearly always, so every word's slots are asked
 * for LOOKAHEAD words before they are read, and the misses overlap
 * (perf: gazetteer_word() and word_map_get() waited on one load each,
 * 8% of the stage's samples). */
static inline Cue
look_up_word (Scan *scan, guint i, guint n, Cue *upper_cues, guint *openers)
{
  if (i + LOOKAHEAD < n)
    {
      const Word *ahead = word_at (scan, i + LOOKAHEAD);
      word_map_prefetch (scan->e->cues->words, ahead->hash);
      if (ahead->upper)
        gazetteer_word_prefetch (scan->e->gazetteer, ahead->hash);
    }
  Word *w = word_at (scan, i);
  *openers |= byte_class[(guchar) w->key[0]];
  const CueRow *row = cue_map_get (scan->e->cues, w->key, w->hash);
  /* music.c's genre words ("pop", "rock") are common words
   * everywhere else, and so is a song's noun in capitals ("Hit"):
   * the other rules, which read a word with any kind as no plain
   * word, never see them.  Nor a paper's title word (press-title)
   * or a month (month), read only from the map by mend_press_days()
   * and month_after_when(): "Times" stays a plain capitalised word,
   * "June" a plain function word. */
  w->cue = row->rules & ~(CUE_MUSIC_WORD | CUE_PRESS_TITLE | CUE_MONTH | (w->upper ? CUE_SONG_NOUN : 0));
  gboolean first_name = FALSE;
  if (w->upper)
    {
      /* Read only lowercase, after a number (numbered.c): "Will
       * Smith", "Dick Pound" stay names, as before these kinds; the
       * kinds of works.c and companies.c are read in lowercase only
       * too ("Le Pen", "Jonathan Drama" stay as they were; so are
       * music.c's: "Singer Ferguson" in a headline), and a
       * person's following ("Islamic Front", "State Tobacco
       * Administration Monopoly" stay whole). */
      w->cue &= ~(CUE_NAME_VERB | CUE_MEASURE | CUE_TITLE_WORD | CUE_WORK_NOUN | CUE_COMPANY_OF | CUE_EXAMPLES
                  | CUE_PERSON_SIDE | CUE_MUSICIAN | CUE_LABEL | CUE_BAND_NOUN);
      w->known = gazetteer_word (scan->e->gazetteer, w->key, w->hash);
      /* An event's head that is a first name too (person-names.tsv),
       * before a capitalised word, is the first name: "Minister of Finance
       * Bill Birch", "Secretary of Defense Bill Cohen" (not "the
       * Finance Bill"). */
      if (ner_cue_first_name (w->cue | row->tagger, w->upper, w->known.single,
                              i + 1 < n && word_at (scan, i + 1)->upper && !word_at (scan, i + 1)->glued
                                  && !word_at (scan, i + 1)->sentence_start))
        {
          first_name = TRUE;
          w->cue &= ~CUE_EVENT_HEAD;
        }
      *upper_cues |= w->cue;
      /* What matching there reads next: the name's entry, the key
       * of two words (find_known(), sentences later).  perf had
       * match_both() wait on these two loads (71% of its samples);
       * the stage's CPU moved 0.343 -> 0.339 s and 0.345 -> 0.340 s
       * (entities-bench, 9 and 15 runs in turns): small, and kept. */
      if (w->known.start)
        gazetteer_name_prefetch (scan->e->gazetteer, w->known, w->hash,
                                 i + 1 < n ? word_at (scan, i + 1)->key : NULL,
                                 i + 1 < n && word_at (scan, i + 1)->glued);
    }
  /* The tagger's kind from the kinds it was trained with (most
   * words are no cue word: no call for them). */
  w->kind = row->tagger ? ner_cue_kind (row->tagger, w->upper, first_name) : NER_KIND_NONE;
  return row->rules;
}

/* look_up_word() for every word, of @n_reads sentences, which tile the
 * words in order; each sentence's Read.cues the OR of its words' kinds
 * in the cue map. */
static void
look_up_words (Scan *scan, Read *reads, guint n_reads)
{
  guint n = scan->words->len;
  for (guint r = 0; r < n_reads; r++)
    {
      /* In locals: through reads[r], each word stored both ORs. */
      Cue cues = 0, upper_cues = 0;
      guint openers = 0;
      for (guint i = reads[r].ws; i < reads[r].we; i++)
        cues |= look_up_word (scan, i, n, &upper_cues, &openers);
      reads[r].cues = cues, reads[r].upper_cues = upper_cues;
      reads[r].openers = openers & (OPENS_DIGIT | OPENS_BRACKET | OPENS_COMMA);
    }
}

/* Where token [from, cut) ends in a place suffix ("-based", "-born":
 * cues.tsv kind place-suffix) after a place the lists know, alone or
 * with up to three words before it in the sentence (words from @ws):
 * "Copenhagen-based", "New York-based"; or, before a name suffix
 * (kind name-suffix), after any other capitalised word ("Windows-based").  Returns the hyphen's offset, or
 * 0.  The place is then its own word, so its own name: the claims stage
 * reads "Lyon-based X" as X's base. */
static gsize
place_suffix_at (Scan *scan, guint ws, gsize from, gsize cut)
{
  const char *hyphen = NULL;
  for (const char *p = scan->text + cut - 1; p > scan->text + from; p--)
    if (*p == '-')
      {
        hyphen = p;
        break;
      }
  if (hyphen == NULL || !g_ascii_isalpha (hyphen[1]))
    return 0;
  gsize at = (gsize) (hyphen - scan->text);
  Word read = { 0 }; /* the key's case and hash */
  const char *suffix = word_key_copy (scan, hyphen, cut - at, &read);
  Cue kinds = cue_map_rules (scan->e->cues, suffix, read.hash);
  /* A suffix in title case is a compound's second word, not an
   * adjective's ending: "the film Self-Made", "Home-Made Pies". */
  if (!g_ascii_islower (hyphen[1]))
    kinds &= ~CUE_NAME_SUFFIX;
  if (!(kinds & (CUE_PLACE_SUFFIX | CUE_NAME_SUFFIX)))
    return 0;
  const char *part = word_key_copy (scan, scan->text + from, at - from, &read);
  if (!read.upper)
    return 0;
  const char *keys[4];
  gboolean glued[4], caps[4];
  guint before = MIN (scan->n_read - ws, G_N_ELEMENTS (keys) - 1);
  gboolean nationality = FALSE;
  for (guint k = (kinds & CUE_PLACE_SUFFIX) ? before + 1 : 0; k-- > 0;)
    {
      /* The place's words: k words before the part, then the part. */
      for (guint j = 0; j < k; j++)
        {
          const Word *w = word_at (scan, scan->n_read - k + j);
          keys[j] = w->key, glued[j] = j > 0 && w->glued, caps[j] = w->capitals;
        }
      keys[k] = part, glued[k] = FALSE, caps[k] = read.capitals;
      const GazetteerEntry *entry = NULL;
      if (k > 0 && !word_at (scan, scan->n_read - k)->upper)
        continue;
      if (gazetteer_match (scan->e->gazetteer, keys, glued, caps, 0, k + 1, FALSE, &entry) == k + 1)
        {
          if (strcmp (entry->label, "GPE") == 0)
            return at;
          nationality = nationality || (k == 0 && strcmp (entry->label, "NORP") == 0);
        }
    }
  /* Before a name suffix (cues.tsv kind name-suffix) any other
   * capitalised word is a name as much as a place is ("Windows-based
   * players", "Intel-powered laptops"): cut off,
   * the tagger and the lists decide what it names.  At a sentence's
   * start only where it is no lowercase English word: "Web-based
   * services" opens with a capital for the sentence's sake.  Not a
   * nationality or a group ("Brazilian-born", "Kurdish-controlled"):
   * the adjective and its suffix are one, as CoNLL writes them. */
  if (!(kinds & CUE_NAME_SUFFIX) || (cue_map_rules (scan->e->cues, part, read.hash) & CUE_GROUP))
    return 0;
  if (!nationality)
    {
      const GazetteerEntry *entry = NULL;
      keys[0] = part, glued[0] = FALSE, caps[0] = read.capitals;
      nationality = gazetteer_match (scan->e->gazetteer, keys, glued, caps, 0, 1, FALSE, &entry) == 1
                    && strcmp (entry->label, "NORP") == 0;
    }
  if (nationality)
    return 0;
  if (scan->n_read > ws || !(word_map_get (scan->e->first_names, part, read.hash) & NAME_WORD_ENGLISH))
    return at;
  return 0;
}

/* Words of one sentence: cleanup's tokens, with a possessive ending cut
 * off as a word of its own (as CoNLL, which the tagger learned from, and
 * the gazetteer's names expect), and a place suffix after a listed place
 * (place_suffix_at()). */
static void
add_sentence_words (Scan *scan, AssayAnnotation *const *tokens, guint first, guint last)
{
  guint ws = scan->n_read;
  for (guint t = first; t < last; t++)
    {
      gsize a = assay_annotation_get_start (tokens[t]), b = assay_annotation_get_end (tokens[t]);
      gsize cut = b;
      /* Not after one letter ("I's", "A's"), but after a digit: "Radio
       * 4's" (or 4’s, a curly apostrophe) is Radio 4 and its
       * possessive. */
      /* The endings' bytes compared in place: strncmp() was a call a
       * token (perf: the stage's most sampled line after the tagger's). */
      const char *end = scan->text + b;
      if ((b - a > 3 || (b - a == 3 && g_ascii_isdigit (scan->text[a]))) && end[-1] == 's' && end[-2] == '\'')
        cut = b - 2;
      else if ((b - a > 5 || (b - a == 5 && g_ascii_isdigit (scan->text[a]))) && end[-1] == 's'
               && memcmp (end - 4, "\xe2\x80\x99", 3) == 0)
        cut = b - 4;
      else if (b - a > 6 && memchr (scan->text + a + 1, '-', b - a - 1))
        {
          gsize at = place_suffix_at (scan, ws, a, b);
          cut = at ? at : b;
        }
      for (gsize from = a; from < b; from = cut, cut = b)
        add_word (scan, from, cut, t == first && from == a);
    }
}

/* The listed names of words [ws, we): their gazetteer classes for the
 * tagger, as gazetteer_classes() gives them at training (in the scan's
 * scratch space: read them before the next sentence's find_known()),
 * and in @entries and @lengths (@we - @ws each) the names found, which
 * claim_known() claims.  Apart, so that the tagger reads every sentence
 * before the rules read any (entities_process()). */
static const char **
find_known (Scan *scan, guint ws, guint we, const GazetteerEntry **entries, guint *lengths)
{
  guint n = we - ws;
  /* The gazetteer's view of the words, in the scan's scratch space: no
   * allocation a sentence.  Pointers first, then the flags, then the
   * packed 9-byte GazetteerWords (alignment 1): the flags after them sat
   * off their 4-byte alignment (UBSan: misaligned stores and loads). */
  gsize need = n * (2 * sizeof (gpointer) + sizeof (GazetteerWord) + 3 * sizeof (gboolean));
  /* Grown only: setting its size each sentence was a call into GLib
   * of some 130 instructions (with the tagger's two buffers, 3.0 M on
   * 500 BBC articles). */
  if (scan->scratch->len < need)
    g_byte_array_set_size (scan->scratch, need);
  guint8 *at = scan->scratch->data;
  const char **classes = (const char **) (gpointer) at;
  const char **keys = (const char **) (gpointer) (at += n * sizeof (gpointer));
  gboolean *glued = (gboolean *) (gpointer) (at += n * sizeof (gpointer));
  gboolean *capitals = glued + n, *upper = capitals + n;
  GazetteerWord *vocab = (GazetteerWord *) (gpointer) (upper + n);
  /* Every array is written whole here or by gazetteer_classes_fill()
   * but @entries, which it sets only where a name is, and @lengths, read
   * only there: zeroing the whole space (56 bytes a word) was 1.9 M of
   * the stage's 453 M instructions on 500 BBC articles. */
  memset (entries, 0, n * sizeof *entries);
  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (scan, ws + i);
      keys[i] = w->key, glued[i] = w->glued, upper[i] = w->upper, capitals[i] = w->capitals, vocab[i] = w->known;
    }
  gazetteer_classes_fill (scan->e->gazetteer, keys, vocab, glued, capitals, upper, n, entries, lengths, classes);
  return classes;
}

/* Claims the names find_known() found in words [ws, we) (@entries and
 * @lengths as it left them); a hinted name the tagger decides is noted
 * on its first word for find_tagged(). */
static void
claim_known (Scan *scan, guint ws, guint we, const GazetteerEntry *const *entries, const guint *lengths)
{
  guint n = we - ws;
  scan->longest_hint = 0;
  for (guint i = 0; i < n; i++)
    {
      const GazetteerEntry *entry = entries[i];
      if (entry == NULL)
        continue;
      if (entry->hint)
        {
          /* The tagger decides; find_tagged() reads the hint back.  Its
           * length is a byte (Word.hint_len): no listed name comes near
           * 255 words, and a longer one is no hint rather than one whose
           * length is wrong. */
          if (lengths[i] <= G_MAXUINT8)
            {
              scan->longest_hint = MAX (scan->longest_hint, lengths[i]);
              word_at (scan, ws + i)->hint = entry;
              word_at (scan, ws + i)->hint_len = (guint8) lengths[i];
            }
          continue;
        }
      Span *s = claim (scan, ws + i, ws + i + lengths[i], entry->label, SOURCE_GAZETTEER);
      if (s == NULL)
        continue;
      s->canonical = g_strdup (entry->canonical);
      s->place = entry->place;
      s->kb = g_strdup (entry->kb);
      if (entry->country && (strcmp (entry->label, "GPE") != 0 || strcmp (entry->country, entry->canonical) != 0))
        s->country = g_strdup (entry->country);
    }
}

/* A hash of the word as written for ner_token_init_hashed(): its key's
 * (the same for "The" and "the"), and its case, so that the two take
 * different places in the tagger's cache of words. */
static inline guint32
token_hash (const Word *w)
{
  return w->hash ^ (w->upper ? 0x9E3779B9u : 0) ^ (w->capitals ? 0x7F4A7C15u : 0);
}

static gint
span_order (gconstpointer x, gconstpointer y)
{
  const Span *a = x, *b = y;
  return a->a != b->a ? (a->a < b->a ? -1 : 1) : (a->b > b->b ? -1 : a->b < b->b);
}

static gboolean
entities_process (gpointer data, AssayDocument *doc, GError **error)
{
  gsize text_length = 0;
  Scan scan = { .e = data, .text = assay_document_get_text (doc, &text_length) };
  if (text_length > ENTITIES_MAX_TEXT)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT,
                   "%" G_GSIZE_FORMAT " bytes of text: the entities stage reads at most %" G_GSIZE_FORMAT
                   " (its words' offsets are 32-bit)",
                   text_length, ENTITIES_MAX_TEXT);
      return FALSE;
    }
  scan.strings = g_string_chunk_new (16384);
  scan.scratch = g_byte_array_new ();
  scan.spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_array_set_clear_func (scan.spans, span_clear);
  g_autoptr (GHashTable) acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) tokens_buf = g_array_new (FALSE, FALSE, sizeof (NerToken));
  gboolean ok = TRUE;

  guint n_sentences, n_tokens;
  AssayAnnotation *const *sentences = assay_document_get_annotations (doc, "sentence", &n_sentences);
  AssayAnnotation *const *tokens = assay_document_get_annotations (doc, "token", &n_tokens);
  /* Two words a token at most (one cut off: "'s", "-based"): the array
   * is that long as the words are read (add_word()), then cut to those
   * read. */
  scan.words = g_array_sized_new (FALSE, FALSE, sizeof (Word), 2 * n_tokens + 16);
  g_array_set_size (scan.words, 2 * n_tokens + 16);
  scan.word_base = (Word *) (gpointer) scan.words->data;
  /* The words' texts and keys: each token's bytes at most twice, and two
   * NULs a word (a token is cut into two words at most); more, from
   * tokens that overlap, go to the chunk. */
  scan.block_size = 2 * (text_length + 2 * (gsize) n_tokens) + 64;
  scan.block = g_malloc (scan.block_size);
  guint n_sections;
  AssayAnnotation *const *sections = assay_document_get_annotations (doc, "section", &n_sections);
  guint section = 0;
  /* First every sentence's words, so that each word has its slot in the
   * document's table of what the tagger made of it (ner_document_slots());
   * then, sentence by sentence, the lists, the tagger and the rules.  Per
   * sentence read: its first word, and its section's label. */
  g_autoptr (GArray) read = g_array_sized_new (FALSE, FALSE, sizeof (Read), n_sentences);
  for (guint s = 0; s < n_sentences; s++)
    {
      gsize start = assay_annotation_get_start (sentences[s]), end = assay_annotation_get_end (sentences[s]);
      /* A reference list's authors and titles are not what the story
       * says: its sentences are not read. */
      while (section < n_sections && assay_annotation_get_end (sections[section]) <= start)
        section++;
      const char *section_label = section < n_sections && assay_annotation_get_start (sections[section]) <= start
                                      ? assay_annotation_get_label (sections[section])
                                      : NULL;
      if (section_label && g_strv_contains ((const char *const *) scan.e->skip_sections, section_label))
        continue;
      guint first = assay_document_lower_bound (doc, "token", start), last = first;
      while (last < n_tokens && assay_annotation_get_start (tokens[last]) < end)
        last++;
      Read r = { .ws = scan.n_read, .section_label = section_label };
      add_sentence_words (&scan, tokens, first, last);
      r.we = scan.n_read;
      if (r.we > r.ws)
        g_array_append_val (read, r);
    }
  g_array_set_size (scan.words, scan.n_read);
  scan.word_base = (Word *) (gpointer) scan.words->data;
  look_up_words (&scan, (Read *) (gpointer) read->data, read->len);
  for (guint r = 0; r < read->len; r++)
    {
      scan.document_cues |= g_array_index (read, Read, r).cues;
      scan.document_upper_cues |= g_array_index (read, Read, r).upper_cues;
    }
  /* Each word's slot in the document's table of words, where the
   * tagger keeps what it made of each (ner_history_apply()), from the
   * keys and hashes gathered in one pass, which also looks once for a
   * score and a player (route_end() and sport_document() ask them at
   * each candidate, which over every word was quadratic).  It keeps its flags
   * in locals and reads the words through one pointer (written through
   * `scan.`, each word reloaded the array and stored both flags: 25
   * instructions a word), and asks is_score() only of a word that
   * starts with a digit, the first thing it tests. */
  guint n_words = scan.words->len;
  guint32 *slots = g_new (guint32, MAX (n_words, 1));
  g_autofree guint32 *hashes = g_new (guint32, MAX (n_words, 1));
  g_autofree const char **keys = g_new (const char *, MAX (n_words, 1));
  const Word *words = word_at (&scan, 0);
  gboolean has_score = FALSE, has_player = FALSE, has_line_up = FALSE;
  for (guint i = 0; i < n_words; i++)
    {
      const Word *w = &words[i];
      hashes[i] = w->hash;
      keys[i] = w->key;
      if (!has_score && w->upper && g_ascii_isdigit (w->text[0]))
        has_score = is_score (&scan, i);
      has_player = has_player || (w->cue & CUE_PLAYER);
      if (!has_line_up && (w->cue & CUE_LINE_UP) && w->sentence_start)
        has_line_up = line_up_heading (&scan, i);
    }
  scan.has_score = has_score, scan.has_player = has_player, scan.has_line_up = has_line_up;
  guint n_slots = ner_document_slots (keys, hashes, n_words, slots);
  scan.n_slots = n_slots;
  scan.slots = slots;
  g_autofree guint8 *name_flags = g_new0 (guint8, MAX (n_slots, 1));
  scan.name_flags = name_flags;
  g_autofree guint16 *history = g_new0 (guint16, (gsize) n_slots * NER_HISTORY_TYPES);

  /* The tagger over every sentence first, then the rules sentence by
   * sentence: the tagger reads only the words, their lists' classes and
   * what it made of the sentences before (@history), never a span, so
   * its tags are the same; the names the lists claim are claimed where
   * they were, just before their sentence's rules.  Interleaved, each
   * sentence's some 25 rule functions pushed the tagger's code and
   * weights out of the caches and the tagger theirs.  Callgrind over the
   * BBC archive (cache and branches simulated): instructions +0.2%,
   * first-level instruction misses 10.71 M -> 5.74 M, mispredicted
   * branches 33.66 M -> 32.84 M, data misses +2% (the rules now read
   * their sentence's words cold); in blocks of 256 words, not the whole
   * document, every count was worse (SPEED.md, thirteenth round). */
  g_autofree guint *doc_tags = g_new (guint, MAX (n_words, 1));
  g_autofree const GazetteerEntry **entries = g_new (const GazetteerEntry *, MAX (n_words, 1));
  g_autofree guint *lengths = g_new (guint, MAX (n_words, 1));
  for (guint r = 0; r < read->len; r++)
    {
      guint ws = g_array_index (read, Read, r).ws, we = g_array_index (read, Read, r).we, n = we - ws;
      const char *section_label = g_array_index (read, Read, r).section_label;
      /* The tagger's cache of words read (ner_token_init_hashed()) is
       * asked for each word's place now, read after the lists' matching:
       * the loads overlap that work instead of waiting one by one. */
      NerTokenCache *token_cache = ner_token_cache ();
      for (guint i = ws; i < we; i++)
        ner_token_prefetch (token_cache, token_hash (word_at (&scan, i)));
      const char **classes = find_known (&scan, ws, we, entries + ws, lengths + ws);
      if (tokens_buf->len < n) /* grown only, as find_known()'s scratch space */
        g_array_set_size (tokens_buf, n);
      NerSentence sent = { .n = n, .tokens = (NerToken *) (gpointer) tokens_buf->data };
      for (guint i = 0; i < n; i++)
        {
          const Word *w = word_at (&scan, ws + i);
          ner_token_init_hashed (token_cache, &sent.tokens[i], scan.text + w->start,
                                 w->end - w->start, token_hash (w), classes[i]);
          sent.tokens[i].doc_slot = slots[ws + i];
          sent.tokens[i].kind = w->kind;
        }
      guint *tags = doc_tags + ws;
      ner_history_apply (&sent, history);
      ner_tag (scan.e->model, &sent, tags);
      /* A headline's guesses are not the story's: a word it gets wrong
       * would spread through the body. */
      if (section_label == NULL || strcmp (section_label, "title") != 0)
        ner_history_add (scan.e->model, &sent, tags, history);
    }

  for (guint r = 0; r < read->len; r++)
    {
      guint ws = g_array_index (read, Read, r).ws, we = g_array_index (read, Read, r).we;
      const char *section_label = g_array_index (read, Read, r).section_label;
      scan.sentence_cues = g_array_index (read, Read, r).cues;
      scan.sentence_upper_cues = g_array_index (read, Read, r).upper_cues;
      scan.sentence_openers = g_array_index (read, Read, r).openers;
      guint first_span = scan.spans->len;
      claim_known (&scan, ws, we, entries + ws, lengths + ws);
      const guint *tags = doc_tags + ws;

      find_org_shapes (&scan, ws, we, tags);
      find_titled_people (&scan, ws, we, tags);
      find_tagged (&scan, ws, we, tags);
      mend_split_people (&scan, ws, we);
      mend_initialled_people (&scan, ws, we);
      mend_person_of_org (&scan, first_span);
      mend_first_names (&scan, ws, we);
      mend_evidenced_people (&scan, first_span, ws, we);
      mend_cut_people (&scan, first_span, ws, we);
      mend_place_prefix (&scan, ws, we);
      find_models (&scan, ws, we);
      find_products (&scan, ws, we);
      mend_numbered_names (&scan, ws, we);
      find_cued_orgs (&scan, ws, we);
      find_by_context (&scan, ws, we);
      find_music (&scan, ws, we);
      find_charts (&scan, ws, we);
      find_title_case_works (&scan, ws, we);
      find_possessive_titles (&scan, ws, we);
      find_credited_titles (&scan, ws, we);
      find_numbered_works (&scan, ws, we);
      find_linked_titles (&scan, ws, we);
      find_titles_before_nouns (&scan, ws, we);
      find_teams (&scan, ws, we);
      find_reporting (&scan, ws, we);
      find_dateline (&scan, ws, we);
      find_dateline_place (&scan, ws, we);
      if (section_label && strcmp (section_label, "references") == 0)
        find_reference_parts (&scan, ws, we);
      find_acronyms (&scan, ws, we, acronyms);
      find_roles (&scan, first_span, ws, we);
      mend_line_ups (&scan, ws, we);
      find_line_ups (&scan, ws, we);
      find_named_squads (&scan, ws, we);
      find_plural_names (&scan, first_span, ws, we);
      mend_the_titles (&scan, ws, we);
      find_org_names (&scan, ws, we);
    }
  cut_two_names (&scan);
  find_band_mentions (&scan);
  find_plural_bands (&scan);
  link_names (&scan, acronyms);
  find_awards (&scan);
  spread_listed_works (&scan);
  spread_works (&scan);
  spread_products (&scan);
  spread_cued_orgs (&scan);
  vote_acronyms (&scan);
  drop_tech_acronyms (&scan, acronyms);
  mend_award_plurals (&scan);
  mend_families (&scan);
  mend_place_suffix (&scan);
  mend_known_cities (&scan);
  /* After the place adjectives: "West African" is theirs, with its
   * region as canonical, before a group's word makes it a NORP. */
  mend_place_adjectives (&scan);
  mend_religions (&scan);
  mend_short_places (&scan);
  mend_seats (&scan);
  mend_unlisted_towns (&scan);
  drop_unsupported_people (&scan);
  mend_initialled_aliases (&scan);
  drop_event_nouns (&scan);
  mend_occasions (&scan);
  mend_body_heads (&scan);
  mend_firm_heads (&scan);
  vote_company_stems (&scan);
  mend_acting_venues (&scan);
  mend_company_places (&scan);
  mend_place_led_companies (&scan);
  find_heading_names (&scan); /* last: the story's names settled */

  g_array_sort (scan.spans, span_order); /* after this, word->span is stale */
  for (guint k = 0; k < scan.spans->len && ok; k++)
    {
      const Span *p = span_at (&scan, k);
      if (p->dropped)
        continue;
      AssayAnnotation *ann = assay_document_add_annotation (doc, "entity", word_at (&scan, p->a)->start,
                                                            word_at (&scan, p->b - 1)->end, p->label, error);
      if (ann == NULL)
        {
          ok = FALSE;
          break;
        }
      assay_annotation_set_attr (ann, "canonical", p->canonical);
      if (p->kb)
        assay_annotation_set_attr (ann, "kb", p->kb);
      if (p->country)
        assay_annotation_set_attr (ann, "country", p->country);
      if (p->role)
        assay_annotation_set_attr (ann, "role", p->role);
      if (p->role_org)
        assay_annotation_set_attr (ann, "role_org", p->role_org);
    }
  g_free (scan.person_marks);
  g_array_unref (scan.spans);
  g_array_unref (scan.words);
  g_string_chunk_free (scan.strings);
  g_free (scan.block);
  g_byte_array_unref (scan.scratch);
  g_free (slots);
  return ok;
}

static const AssayOptionSpec entities_options[] = {
  { .name = "model", .type = ASSAY_OPTION_PATH, .default_value = "ner.model",
    .help = "The tagger's model (format ASNER2: int8 weights in 2^bits hashed rows), trained by "
            "assay-ner-train --train FILE.conll --gazetteer DATA-FOLDER; train it with the same data folder "
            "as this stage's `data`, since the model learned how far to trust the lists" },
  { .name = "data", .type = ASSAY_OPTION_PATH, .default_value = ".",
    .help = "The folder of the knowledge files, all tab-separated text: names that claim words "
            "(countries.tsv, places.tsv, demonyms.tsv, nationalities.tsv, organisations.tsv, office-holders.tsv, actors.tsv, "
            "actors-extra.tsv, malware.tsv, and the `claim` lines of cities.tsv and subdivisions.tsv), names that only hint "
            "the tagger (companies.tsv, person-names.tsv, the `hint` lines), currency codes that are no names "
            "(currencies.tsv), the rules' cue words (cues.tsv: titles, organisation and place heads, "
            "reporting verbs, place suffixes such as -based, groups, event heads, words of bodies' names such as "
            "Coalition) and the shapes of products' names "
            "(products.tsv: patterns such as i[A-Z][a-z]+ for iPod) and first names in six languages, which make "
            "a two-word name the tagger mislabelled a person (first-names.tsv: Iga Swiatek), and the capitalised "
            "words CoNLL writes as names of one word, which are never dropped as common nouns (institutions.tsv: "
            "Treasury), European football clubs' names read in sport reports only (clubs.tsv: Chelsea, Man Utd), what companies do after a name (company-acts.tsv: went into administration, posted a loss), occasions' and papers' capitalised nouns that are no names (event-nouns.tsv: Budget, White Paper), a game's words before a club named like its town (match-words.tsv: a win at, lost to), departments' subjects in a title before a name (role-subjects.tsv: Culture Secretary), kinds of software and malware named after or before a name (software-nouns.tsv: network, worm), occasions' nouns after a name (occasion-nouns.tsv: festival, trade show), national sides' short forms in squad lists (sport-countries.tsv: SA, NZ), sides' nicknames in sport reports (team-nicknames.tsv: Wallabies), gods' names kept as people (deities.tsv: God), venues' last words that are an institution's too (venue-bodies.tsv: Theatre, Library), companies' and media's head nouns (firm-heads.tsv: Cinema, Airline, Radio), words opening a place's name (place-leads.tsv: River, Lower), phrases tying initials to a person (person-aliases.tsv: also known as); copy the stage's data folder, edit, and point here to extend them (a bad row is reported as "
            "FILE:LINE); the folder's gazetteer.image, first-names.image, clubs.image and companies.image, the lists prebuilt at build time for a "
            "fast start, are read only while every file they were made from is unchanged and this build and "
            "utf8proc wrote them, else the files are read (a damaged image with a warning); after editing a copy, "
            "`assay-entities-images COPY COPY` remakes them there for the fast start" },
  { .name = "skip-sections", .type = ASSAY_OPTION_STRING, .default_value = "references",
    .help = "Sections (labels of cleanup's section layer, separated by ',') whose names are not tagged: "
            "a reference list's authors and titles are not the story's; empty to read everything (a reference entry read "
            "gives no names the tagger guesses in its title, and its publication is an organisation)" },
  { .name = NULL },
};

/* The section layer is read where cleanup gives it, not required. */
static const char *const entities_requires[] = { "sentence", "token", NULL };
static const char *const entities_provides[] = { "entity", NULL };

static const AssayStageDesc entities_desc = {
  ASSAY_STAGE_DESC_HEADER,
  .name = "entities",
  .version = "0.2.0",
  .summary = "Find people, organisations, places and other names",
  .license = "MIT",
  .requires = entities_requires,
  .provides = entities_provides,
  .options = entities_options,
  .threading = ASSAY_THREADING_SHARED, /* the model is read-only: one copy for all workers */
  .create = entities_create,
  .process = entities_process,
  .destroy = entities_destroy,
};

ASSAY_PLUGIN_DEFINE (&entities_desc)
