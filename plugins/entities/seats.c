/* seats.c: three kinds of name the tagger reads as people or bodies,
 * each told by the words around it (seats.tsv) and read once the
 * document's names are linked:
 * - a parliamentary seat ("the MP for North Norfolk", "the Tatton
 *   constituency", "the Leicester South by-election") is a place, GPE
 *   as OntoNotes writes constituencies, at its other mentions too;
 * - a language (languages.tsv, from ISO 639) after "in", "learn",
 *   "speak" or before "name", "word" is MISC, as CoNLL writes them; a
 *   nationality stays one where a noun follows ("Welsh voters");
 * - an acronym the document calls a format, a disc, a console or a
 *   standard ("the VCD format", "VCD discs") is MISC, a product, at
 *   every mention. */
#include "entities.h"

#include <string.h>

enum
{
  SEAT_MEMBER = 1 << 0,
  SEAT_AFTER = 1 << 1,
  SEAT_REPRESENT = 1 << 2,
  SEAT_POLITICS = 1 << 3,
  SEAT_LANG_BEFORE = 1 << 4,
  SEAT_LANG_AFTER = 1 << 5,
  SEAT_FORMAT = 1 << 6,
  SEAT_PARTY = 1 << 7,
  SEAT_PARTY_NAME = 1 << 8,
  SEAT_MEMBER_KIND = 1 << 9,
  SEAT_GRADE = 1 << 10,
  SEAT_TRADE = 1 << 11,
  SEAT_STATE_OFFICE = 1 << 12,
  SEAT_UNIT_TYPE = 1 << 13,
  SEAT_UNIT_CAPITAL = 1 << 14,
  SEAT_PRESS_ROLE = 1 << 15,
  SEAT_CITY_NOUN = 1 << 16,
  SEAT_WINNER = 1 << 17,
  SEAT_VENUE_VERB = 1 << 18,
  SEAT_JOURNEY_VERB = 1 << 19,
  SEAT_COPULA = 1 << 20,
};

/* Word maps, probed by the hash each word has already: nearly every
 * word misses, and a miss costs no string hashing. */
/* The bits of a word's hash that tell, without a probe, that seats.tsv
 * or languages.tsv holds no such word.  4,096 (512 bytes each) where
 * 512 were: seats.tsv's kinds grew to 185 words this session, and
 * kinds_at() with all it calls fell from 9.50M to 7.72M instructions on
 * the first 500 BBC articles (callgrind; plugins/entities/SPEED.md,
 * sixteenth session). */
#define SEAT_BLOOM_BITS 4096

static inline void
bloom_add (guint64 *bloom, guint32 hash)
{
  bloom[(hash % SEAT_BLOOM_BITS) / 64] |= G_GUINT64_CONSTANT (1) << (hash & 63);
}

static inline gboolean
bloom_has (const guint64 *bloom, guint32 hash)
{
  return (bloom[(hash % SEAT_BLOOM_BITS) / 64] & (G_GUINT64_CONSTANT (1) << (hash & 63))) != 0;
}

struct _Seats
{
  GHashTable *states;    /* folded name -> "iso3166-2:CODE": subdivisions.tsv's claimed or hinted units of a unit-type (states, provinces) */
  WordMap *words;        /* folded word (or words, one space between) -> SEAT_ bits (seats.tsv) */
  guint64 word_bits[SEAT_BLOOM_BITS / 64];     /* bloom_add() of each of @words' keys: most words are none, told without a probe */
  guint64 language_bits[SEAT_BLOOM_BITS / 64]; /* the same for @language_words */
  WordMap *language_words; /* languages.tsv's names, folded: flags 1 */
  GHashTable *languages; /* folded name -> the language's name (languages.tsv) */
  GHashTable *parties;   /* folded name -> "party" (parties.tsv) */
};

void
seats_free (Seats *seats)
{
  g_clear_pointer (&seats->words, word_map_free);
  g_clear_pointer (&seats->language_words, word_map_free);
  g_clear_pointer (&seats->languages, g_hash_table_unref);
  g_clear_pointer (&seats->parties, g_hash_table_unref);
  g_clear_pointer (&seats->states, g_hash_table_unref);
  g_free (seats);
}

static const struct
{
  const char *name;
  guint bit;
} seat_kinds[] = {
  { "member", SEAT_MEMBER },        { "seat", SEAT_AFTER },          { "represent", SEAT_REPRESENT },
  { "politics", SEAT_POLITICS },    { "lang-before", SEAT_LANG_BEFORE }, { "lang-after", SEAT_LANG_AFTER },
  { "format", SEAT_FORMAT },        { "party", SEAT_PARTY },
  { "party-name", SEAT_PARTY_NAME }, { "member-kind", SEAT_MEMBER_KIND },
  { "grade", SEAT_GRADE },          { "trade", SEAT_TRADE },
  { "state-office", SEAT_STATE_OFFICE }, { "unit-type", SEAT_UNIT_TYPE },
  { "unit-capital", SEAT_UNIT_CAPITAL }, { "press-role", SEAT_PRESS_ROLE },
  { "city-noun", SEAT_CITY_NOUN },    { "winner", SEAT_WINNER },       { "venue-verb", SEAT_VENUE_VERB },
  { "journey-verb", SEAT_JOURNEY_VERB }, { "copula", SEAT_COPULA },
};

/* Reads @file of @data_dir, two fields a row: the first field folded,
 * to its kinds' bits in @kinds (non-NULL; its hash's bit set in
 * @bloom, 512 bits), or to the second field in
 * @into, and with flags 1 in @present (nullable).  FALSE with @error
 * naming the file and line. */
static gboolean
read_rows (const char *data_dir, const char *file, WordMap *kinds, guint64 *bloom, GHashTable *into, WordMap *present,
           GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, file, NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  const char *shape = kinds ? "WORD<TAB>KIND" : "NAME<TAB>VALUE";
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 2, 2, shape, error))
        return FALSE;
      if (*row->fields[0] == '\0' || *row->fields[1] == '\0')
        {
          assay_data_row_set_error (error, table, row, "an empty field; write %s", shape);
          return FALSE;
        }
      g_autofree char *key = assay_text_fold (row->fields[0], -1);
      if (!kinds)
        {
          if (present)
            word_map_add (present, key, 1);
          if (bloom)
            {
              bloom_add (bloom, word_hash (key, strlen (key)));
            }
          g_hash_table_insert (into, g_steal_pointer (&key), g_strdup (row->fields[1]));
          continue;
        }
      guint bits = 0;
      g_auto (GStrv) names = g_strsplit (row->fields[1], ",", -1);
      for (guint k = 0; names[k]; k++)
        {
          guint bit = 0;
          for (guint s = 0; s < G_N_ELEMENTS (seat_kinds); s++)
            if (strcmp (g_strstrip (names[k]), seat_kinds[s].name) == 0)
              bit = seat_kinds[s].bit;
          if (bit == 0)
            {
              assay_data_row_set_error (error, table, row, "unknown kind '%s'", names[k]);
              return FALSE;
            }
          bits |= bit;
        }
      word_map_add (kinds, key, bits);
      if (bloom)
        {
          bloom_add (bloom, word_hash (key, strlen (key)));
        }
    }
  return TRUE;
}

/* The states, provinces and other units of subdivisions.tsv whose type
 * seats.tsv names (kind unit-type), the names that claim or hint (a
 * faint one is an English word or a person's name as often), into
 * @seats->states, keyed by the name in lowercase with its accents ("Salé"
 * is no "Sale").  A unit of a type named after its chief town (kind
 * unit-capital: Italy's and Thailand's provinces) only where GeoNames
 * (cities.tsv) has no town of the name in its country: Siena, Phuket are
 * the towns.  Those units' names and countries are gathered first, and
 * only a town of one of those countries is lowered and looked up: every
 * one of cities.tsv's 23,628 rows was, at each start, 111M of a
 * one-document run's 165M instructions (SPEED.md, seventeenth round). */
static gboolean
read_units (const char *data_dir, Seats *seats, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, "subdivisions.tsv", NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  /* Per row, its kinds (0: not read), and the towns' keys ("name\tCC")
   * and countries asked of cities.tsv. */
  guint n_rows = assay_data_table_get_n_rows (table);
  g_autofree guint *row_kinds = g_new0 (guint, MAX (n_rows, 1));
  g_autoptr (GHashTable) towns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) countries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint r = 0; r < n_rows; r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 4, 4, "NAME<TAB>ISO 3166-2<TAB>TYPE<TAB>KIND", error))
        return FALSE;
      if (strcmp (row->fields[3], "faint") == 0)
        continue;
      g_autofree char *type = assay_text_fold (row->fields[2], -1);
      guint kinds = word_map_get (seats->words, type, word_hash (type, strlen (type)));
      if (!(kinds & (SEAT_UNIT_TYPE | SEAT_UNIT_CAPITAL)))
        continue;
      row_kinds[r] = kinds;
      if (kinds & SEAT_UNIT_TYPE)
        continue;
      g_autofree char *name = g_utf8_strdown (row->fields[0], -1);
      g_hash_table_add (towns, g_strdup_printf ("%s\t%.2s", name, row->fields[1]));
      g_hash_table_add (countries, g_strndup (row->fields[1], 2));
    }
  /* Each key asked becomes a town's only where cities.tsv has it. */
  g_autoptr (GHashTable) found = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *cities_path = g_build_filename (data_dir, "cities.tsv", NULL);
  g_autoptr (AssayDataTable) cities = assay_data_table_read (cities_path, error);
  if (cities == NULL)
    return FALSE;
  for (guint r = 0; r < assay_data_table_get_n_rows (cities); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (cities, r);
      if (!assay_data_row_check (cities, row, 5, 5, "NAME<TAB>COUNTRY<TAB>POPULATION<TAB>ID<TAB>KIND", error))
        return FALSE;
      if (!g_hash_table_contains (countries, row->fields[1]))
        continue;
      /* A name in ASCII lowered on the stack, as g_utf8_strdown() would
       * lower it (most of GeoNames' names): 7,287 rows' two allocations. */
      char buffer[128];
      gsize length = strlen (row->fields[0]);
      gboolean ascii = length + 4 <= sizeof buffer;
      for (gsize k = 0; ascii && k < length; k++)
        {
          ascii = !(row->fields[0][k] & 0x80);
          buffer[k] = g_ascii_tolower (row->fields[0][k]);
        }
      g_autofree char *town = NULL;
      if (ascii)
        {
          buffer[length] = '\t';
          memcpy (buffer + length + 1, row->fields[1], 3); /* two letters and their NUL, as @countries holds */
        }
      else
        {
          g_autofree char *name = g_utf8_strdown (row->fields[0], -1);
          town = g_strdup_printf ("%s\t%s", name, row->fields[1]);
        }
      const char *key = g_hash_table_lookup (towns, ascii ? buffer : town);
      if (key)
        g_hash_table_add (found, (gpointer) key);
    }
  for (guint r = 0; r < n_rows; r++)
    {
      if (row_kinds[r] == 0)
        continue;
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      char *name = g_utf8_strdown (row->fields[0], -1);
      if (!(row_kinds[r] & SEAT_UNIT_TYPE))
        {
          g_autofree char *town = g_strdup_printf ("%s\t%.2s", name, row->fields[1]);
          if (g_hash_table_contains (found, town))
            {
              g_free (name);
              continue;
            }
        }
      g_hash_table_insert (seats->states, name, g_strdup_printf ("iso3166-2:%s", row->fields[1]));
    }
  return TRUE;
}

Seats *
seats_load (const char *data_dir, GError **error)
{
  Seats *seats = g_new0 (Seats, 1);
  seats->words = word_map_new ();
  seats->language_words = word_map_new ();
  seats->languages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  seats->parties = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!read_rows (data_dir, "seats.tsv", seats->words, seats->word_bits, NULL, NULL, error)
      || !read_rows (data_dir, "languages.tsv", NULL, seats->language_bits, seats->languages, seats->language_words, error)
      || !read_rows (data_dir, "parties.tsv", NULL, NULL, seats->parties, NULL, error))
    {
      seats_free (seats);
      return NULL;
    }
  seats->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!read_units (data_dir, seats, error))
    {
      seats_free (seats);
      return NULL;
    }
  return seats;
}

static inline guint
kinds_at (const Scan *scan, guint i)
{
  if (i >= scan->words->len)
    return 0;
  const Word *w = word_at (scan, i);
  const Seats *seats = scan->e->seats;
  if (!bloom_has (seats->word_bits, w->hash))
    return 0;
  return word_map_get (seats->words, w->key, w->hash);
}

/* Whether word @i is one of a state's or a province's government
 * (seats.tsv kind state-office: governor, legislature, court), which
 * makes a subdivision's name beside it the political unit
 * (mend_tagged_states(), rules-towns.c). */
gboolean
seats_state_office (const Scan *scan, guint i)
{
  return (kinds_at (scan, i) & SEAT_STATE_OFFICE) != 0;
}

/* Whether words @a to @b - 1 are a party's name the lists know
 * (parties.tsv, seats.tsv kind party-name), as written or in the
 * singular ("Liberal Democrats" of WordNet's "Liberal Democrat"): a
 * party is an organisation, not its members' group (religions.c). */
gboolean
seats_party_name (const Scan *scan, guint a, guint b)
{
  g_autofree char *text = words_text (scan, a, b);
  g_autofree char *key = assay_text_fold (text, -1);
  gsize n = strlen (key);
  for (guint form = 0; form < 2 && n > 1; form++)
    {
      if (g_hash_table_contains (scan->e->seats->parties, key)
          || (word_map_get (scan->e->seats->words, key, word_hash (key, n)) & SEAT_PARTY_NAME))
        return TRUE;
      if (key[n - 1] != 's')
        break;
      key[--n] = '\0'; /* the singular, once */
    }
  return FALSE;
}

/* Whether word @i is one of the press (seats.tsv kind press-role:
 * "editor"), before "of the" and a publication (rules-context.c). */
gboolean
seats_press_role (const Scan *scan, guint i)
{
  return (kinds_at (scan, i) & SEAT_PRESS_ROLE) != 0;
}

/* Whether word @i, lowercase, is a noun of a city's (seats.tsv kind
 * city-noun: "court", "band"), after which a city is the city
 * (mend_town_modifiers(), rules-towns.c). */
gboolean
seats_city_noun (const Scan *scan, guint i)
{
  return i < scan->words->len && !word_at (scan, i)->upper && !word_at (scan, i)->sentence_start
         && (kinds_at (scan, i) & SEAT_CITY_NOUN) != 0;
}

/* Whether word @i is of kind winner, venue-verb, journey-verb or
 * copula (seats.tsv), the words rules-towns.c and rules-context.c read
 * around towns and firms: the kind's bit among @kind (one of the
 * SEAT_WORD_ values of entities.h). */
gboolean
seats_word_is (const Scan *scan, guint i, SeatWord kind)
{
  static const guint bits[] = { [SEAT_WORD_WINNER] = SEAT_WINNER,
                                [SEAT_WORD_VENUE_VERB] = SEAT_VENUE_VERB,
                                [SEAT_WORD_JOURNEY_VERB] = SEAT_JOURNEY_VERB,
                                [SEAT_WORD_COPULA] = SEAT_COPULA };
  return (kinds_at (scan, i) & bits[kind]) != 0;
}

/* The ISO 3166-2 code ("iso3166-2:US-FL") of the state or province
 * named by words [a, b) exactly (read_units()), or NULL. */
const char *
seats_state_code (const Scan *scan, guint a, guint b)
{
  /* A name in ASCII is lowered in a buffer on the stack, as
   * g_utf8_strdown() would lower it: two allocations a span less, 9.30M
   * -> 1.69M instructions on the first 500 BBC articles (1.3% of the
   * stage; callgrind, plugins/entities/SPEED.md). */
  char buffer[128];
  gsize n = 0;
  gboolean ascii = TRUE;
  for (guint i = a; i < b && ascii; i++)
    {
      const Word *w = word_at (scan, i);
      if (i > a && !w->glued)
        {
          if (n + 1 >= sizeof buffer)
            ascii = FALSE;
          else
            buffer[n++] = ' ';
        }
      for (const char *c = w->text; *c && ascii; c++)
        {
          if ((guchar) *c >= 0x80 || n + 1 >= sizeof buffer)
            ascii = FALSE;
          else
            buffer[n++] = g_ascii_tolower (*c);
        }
    }
  if (ascii)
    {
      buffer[n] = '\0';
      return g_hash_table_lookup (scan->e->seats->states, buffer);
    }
  g_autofree char *text = words_text (scan, a, b);
  g_autofree char *key = g_utf8_strdown (text, -1);
  return g_hash_table_lookup (scan->e->seats->states, key);
}

/* Word @i starts with a lowercase letter: a noun or a verb after a
 * name, as "voters" after "Welsh". */
static gboolean
lowercase_at (const Scan *scan, guint i)
{
  return i < scan->words->len && g_ascii_islower (word_at (scan, i)->text[0]);
}

/* A name the lists gave as a body or a person (a party: "Labour"; "the
 * Senate seat"), a nationality ("the Scottish MP") or a name in
 * capitals ("SNP MP") is no seat; nor a person a title found. */
static gboolean
may_be_seat (const Scan *scan, const Span *p)
{
  if (strcmp (p->label, "NORP") == 0 || strcmp (p->label, "GPE") == 0)
    return FALSE;
  /* A city the lists know that a rule made a body ("a Cardiff
   * constituency") may be a seat again. */
  const GazetteerEntry *single = word_at (scan, p->a)->known.single;
  gboolean city = p->b - p->a == 1 && single && strcmp (single->label, "GPE") == 0;
  if (p->source >= SOURCE_RULE && strcmp (p->label, "LOC") != 0 && !city)
    return FALSE;
  for (guint i = p->a; i < p->b; i++)
    if (!word_at (scan, i)->capitals)
      return TRUE;
  return FALSE;
}

/* The keys of words [a, b) joined by a unit separator: one string to
 * look a run of words up by. */
static char *
joined_keys (const Scan *scan, guint a, guint b)
{
  GString *key = g_string_new (NULL);
  for (guint i = a; i < b; i++)
    {
      if (i > a)
        g_string_append_c (key, '\x1f');
      g_string_append (key, word_at (scan, i)->key);
    }
  return g_string_free (key, FALSE);
}

/* The longest run of words before a word of a party that named_party()
 * looks up; a longer span is no party's name. */
#define PARTY_RUN_MAX 6

/* Whether a mention of @p's words stands before a word of a party
 * somewhere in the document ("the Alba party", "Labour MPs", "Labour
 * leader"): a party's name, no seat.  Not a reporting verb: "the MP
 * for Tatton said" is the MP speaking.  @before (made at the first
 * call) holds the runs of words before each party word, so that a
 * document of many seats is read once, not once a seat. */
static gboolean
named_party (const Scan *scan, const Span *p, GHashTable **before)
{
  /* A party's name as the lists write it, or the span's words after
   * its first ("Veteran Labour"), or what kind of member ("Euro MP"). */
  for (guint from = p->a; from < p->b && from < p->a + 2; from++)
    {
      g_autofree char *text = words_text (scan, from, p->b);
      g_autofree char *key = assay_text_fold (text, -1);
      if (g_hash_table_contains (scan->e->seats->parties, key)
          || (word_map_get (scan->e->seats->words, key, word_hash (key, strlen (key))) & (SEAT_PARTY_NAME | SEAT_MEMBER_KIND)))
        return TRUE;
    }
  guint n = p->b - p->a;
  if (n > PARTY_RUN_MAX)
    return FALSE;
  if (*before == NULL)
    {
      *before = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 1; i < scan->words->len; i++)
        if (kinds_at (scan, i) & SEAT_PARTY)
          for (guint k = 1; k <= PARTY_RUN_MAX && k <= i; k++)
            g_hash_table_add (*before, joined_keys (scan, i - k, i));
    }
  g_autofree char *key = joined_keys (scan, p->a, p->b);
  return g_hash_table_contains (*before, key);
}

/* Whether "of" or "for" at word @i leads to a lowercase noun (past
 * "the", "a", "its"): the seat word before it is a figure ("the
 * Arsenal constituency of fans", "the Chelsea by-election for the
 * club's board"), no seat; a name or a year may follow ("the
 * Sedgefield constituency of Tony Blair"). */
static gboolean
figurative_after (const Scan *scan, guint i)
{
  static const char *const leads[] = { "of", "for" }, *const articles[] = { "the", "a", "its" };
  guint n = scan->words->len;
  gboolean lead = FALSE;
  for (guint k = 0; i < n && k < G_N_ELEMENTS (leads); k++)
    lead |= strcmp (word_at (scan, i)->key, leads[k]) == 0;
  if (!lead)
    return FALSE;
  i++;
  for (guint k = 0; i < n && k < G_N_ELEMENTS (articles); k++)
    if (strcmp (word_at (scan, i)->key, articles[k]) == 0)
      {
        i++;
        break;
      }
  return lowercase_at (scan, i);
}

/* Relabels @p, its canonical @canonical or, where it has none yet (a
 * span claimed here), its words. */
static void
set_label (const Scan *scan, Span *p, const char *label, const char *canonical)
{
  if (strcmp (p->label, label) != 0)
    {
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
    }
  p->label = label;
  if (canonical)
    g_free (p->canonical), p->canonical = g_strdup (canonical);
  else if (p->canonical == NULL)
    p->canonical = words_text (scan, p->a, p->b);
}

/* Word @i is a member's title before "for": in capitals ("MP",
 * "Member"), or "the member" ("a member for 20 years" is no seat's). */
static gboolean
member_at (const Scan *scan, guint i)
{
  if (!(kinds_at (scan, i) & SEAT_MEMBER))
    return FALSE;
  return word_at (scan, i)->upper || (i >= 1 && strcmp (word_at (scan, i - 1)->key, "the") == 0);
}

/* "MP for X" where X has no span, or the tagger's one runs from "MP"
 * ("MP for Ealing North" ORG): X, the name words after "for", is the
 * span read next. */
static void
claim_after_member (Scan *scan)
{
  guint n = scan->words->len;
  for (guint i = 0; i + 2 < n; i++)
    {
      const char *f = word_at (scan, i + 1)->key; /* "for", told without a call: this reads every word */
      if (f[0] != 'f' || f[1] != 'o' || f[2] != 'r' || f[3] != '\0' || !member_at (scan, i)
          || !is_name_word (word_at (scan, i + 2)) || !g_ascii_isalpha (word_at (scan, i + 2)->text[0]))
        continue;
      const Span *q = span_at (scan, word_at (scan, i + 2)->span);
      if (q && !(q->source == SOURCE_TAGGER && q->a <= i))
        continue;
      guint end = i + 2;
      while (end < n && is_name_word (word_at (scan, end)) && !word_at (scan, end)->sentence_start
             && (end == i + 2 || !(q == NULL && word_at (scan, end)->span >= 0)))
        end++;
      if (q)
        end = MAX (q->b, i + 3);
      claim (scan, i + 2, end, "LOC", SOURCE_RULE);
    }
}

/* Whether the document has a word of politics (seats.tsv), asked once
 * (@cache: -1 not yet) and only where a weak cue needs it. */
static gboolean
speaks_of_politics (const Scan *scan, int *cache)
{
  if (*cache < 0)
    {
      *cache = 0;
      for (guint i = 0; i < scan->words->len && !*cache; i++)
        *cache = (kinds_at (scan, i) & SEAT_POLITICS) != 0;
    }
  return *cache;
}

static void
mend_constituencies (Scan *scan, gboolean member_for)
{
  guint n = scan->words->len;
  int politics = -1;
  if (member_for)
    claim_after_member (scan);
  g_autoptr (GHashTable) seats = NULL; /* made at the first seat: most documents have none */
  g_autoptr (GHashTable) party_runs = NULL; /* named_party()'s, made at its first call */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped)
        continue;
      guint after = kinds_at (scan, p->b);
      const Word *next = p->b < n ? word_at (scan, p->b) : NULL;
      gboolean seat = FALSE;
      /* "the MP for X", "the Member for X". */
      if (p->a >= 2 && strcmp (word_at (scan, p->a - 1)->key, "for") == 0 && member_at (scan, p->a - 2))
        seat = TRUE;
      /* "X MP" (capitals: "MP"), "the X constituency", "X by-election";
       * "seat" only in politics ("the Ferrari seat"); no person ("Ann
       * Smith MP"), nor a party before "MP for" ("the Labour MP for
       * Y": the seat follows). */
      else if (next && (after & SEAT_AFTER) && strcmp (p->label, "PERSON") != 0
               && !((after & SEAT_MEMBER) && p->b + 1 < n && strcmp (word_at (scan, p->b + 1)->key, "for") == 0)
               && (next->capitals
                   || (!next->upper && !figurative_after (scan, p->b + 1)
                       && (strcmp (next->key, "seat") != 0 || speaks_of_politics (scan, &politics)))))
        seat = TRUE;
      /* "has represented X since 1997", in politics. */
      else if (p->a >= 1 && (kinds_at (scan, p->a - 1) & SEAT_REPRESENT) && speaks_of_politics (scan, &politics))
        seat = TRUE;
      if (!seat || !may_be_seat (scan, p) || named_party (scan, p, &party_runs))
        continue;
      /* "the MP for Grantham and Stamford": a seat named by two places
       * is one name. */
      guint end = p->b;
      if (end + 1 < n && (strcmp (word_at (scan, end)->key, "and") == 0 || strcmp (word_at (scan, end)->key, "&") == 0)
          && p->a >= 2 && member_at (scan, p->a - 2))
        for (end++; end < n && is_name_word (word_at (scan, end)) && !word_at (scan, end)->sentence_start; end++)
          {
            /* Not a person after it: "the MP for Leeds and Mr Smith". */
            const Span *q = span_at (scan, word_at (scan, end)->span);
            if ((word_at (scan, end)->cue & CUE_HONORIFIC) || (q && strcmp (q->label, "PERSON") == 0))
              {
                end = p->b;
                break;
              }
          }
      /* Nor a party or a possessive: "as MP for X and Plaid Cymru's
       * leader". */
      const Span tail = { .a = p->b + 1, .b = end };
      if (end > p->b + 1 && ((end < n && is_possessive (word_at (scan, end))) || named_party (scan, &tail, &party_runs)))
        end = p->b;
      Span *whole = end > p->b + 1 ? claim (scan, p->a, end, "GPE", SOURCE_AROUND) : NULL;
      if (whole)
        p = whole;
      set_label (scan, p, "GPE", NULL);
      if (seats == NULL)
        seats = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (seats, words_text (scan, p->a, p->b));
    }
  if (seats == NULL)
    return;
  /* The seat's other mentions the tagger or the rules named otherwise. */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || !may_be_seat (scan, p))
        continue;
      g_autofree char *text = words_text (scan, p->a, p->b);
      if (g_hash_table_contains (seats, text))
        set_label (scan, p, "GPE", NULL);
    }
}

/* Word @i, a language's name, stands where a language does: after "in",
 * "learn" (@listed: after another language and "and", "or" or a comma)
 * with no lowercase noun after it, or before "name", "word", "for" and
 * a quote. */
static gboolean
language_context (const Scan *scan, guint i, gboolean listed)
{
  guint after = kinds_at (scan, i + 1);
  if (lowercase_at (scan, i + 1) && (after & SEAT_LANG_AFTER))
    {
      if (strcmp (word_at (scan, i + 1)->key, "for") != 0)
        return TRUE;
      const char *q = i + 2 < scan->words->len ? word_at (scan, i + 2)->text : "";
      return strchr ("'\"", q[0]) != NULL || g_str_has_prefix (q, "\u2018") || g_str_has_prefix (q, "\u201c");
    }
  gboolean joined = i + 1 < scan->words->len
                    && (strcmp (word_at (scan, i + 1)->key, "and") == 0 || strcmp (word_at (scan, i + 1)->key, "or") == 0);
  if (lowercase_at (scan, i + 1) && !(after & SEAT_LANG_BEFORE) && !joined)
    return FALSE;
  /* Joined to another language ("in English and Spanish", "in
   * Mandarin and Cantonese") or to a clause ("in Latin and the
   * priests"), not to a nationality of no language's name ("in English
   * and Scottish football"). */
  if (joined && i + 2 < scan->words->len)
    {
      const Word *other = word_at (scan, i + 2);
      const Span *q = span_at (scan, other->span);
      if (q && strcmp (q->label, "NORP") == 0 && !word_map_get (scan->e->seats->language_words, other->key, other->hash))
        return FALSE;
    }
  if (i + 1 < scan->words->len && word_at (scan, i + 1)->upper && !word_at (scan, i + 1)->sentence_start
      && !word_map_get (scan->e->seats->language_words, word_at (scan, i + 1)->key, word_at (scan, i + 1)->hash))
    return FALSE;
  return i >= 1 && ((kinds_at (scan, i - 1) & SEAT_LANG_BEFORE) || listed);
}

static void
mend_languages (Scan *scan)
{
  guint last = G_MAXUINT; /* the last language marked, for "in Welsh and English" */
  g_autoptr (GHashTable) marked = NULL;
  for (guint i = 0; i < scan->words->len; i++)
    {
      const Word *w = word_at (scan, i);
      if (!w->upper || !bloom_has (scan->e->seats->language_bits, w->hash))
        continue;
      const char *language = word_map_get (scan->e->seats->language_words, w->key, w->hash)
                                 ? g_hash_table_lookup (scan->e->seats->languages, w->key)
                                 : NULL;
      if (language == NULL)
        continue;
      Span *p = span_at (scan, w->span);
      /* A longer name ("Latin America", "French Open"), a place the lists
       * or a title name, or the lists' body or person keeps its label. */
      if (p && (p->b - p->a != 1 || strcmp (p->label, "GPE") == 0
                || (p->source >= SOURCE_GAZETTEER && strcmp (p->label, "NORP") != 0)))
        continue;
      const char *between = i >= 1 ? word_at (scan, i - 1)->key : "";
      gboolean listed = last != G_MAXUINT && last + 2 == i
                        && (strcmp (between, "and") == 0 || strcmp (between, "or") == 0 || strcmp (between, ",") == 0);
      if (!language_context (scan, i, listed))
        continue;
      if (p == NULL && (p = claim (scan, i, i + 1, "MISC", SOURCE_RULE)) == NULL)
        continue;
      set_label (scan, p, "MISC", language);
      if (marked == NULL)
        marked = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_add (marked, (gpointer) w->key);
      last = i;
    }
  if (marked == NULL)
    return;
  /* Its other mentions the tagger named a person, a body or a place
   * ("Latin" alone); a nationality stays one. */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (!p->dropped && p->b - p->a == 1 && p->source == SOURCE_TAGGER && strcmp (p->label, "MISC") != 0
          && g_hash_table_contains (marked, word_at (scan, p->a)->key))
        set_label (scan, p, "MISC", g_hash_table_lookup (scan->e->seats->languages, word_at (scan, p->a)->key));
    }
}

/* An acronym the lists do not give as a body, right before "format",
 * "discs" or "console" (never "disc" alone: "the BBC disc jockey"): a
 * medium, MISC, at each name it ends ("VCD", "Sony PSP"). */
static void
mend_formats (Scan *scan)
{
  g_autoptr (GHashTable) formats = NULL;
  for (guint i = 0; i + 1 < scan->words->len; i++)
    {
      const Word *w = word_at (scan, i);
      if (!w->capitals || !w->upper || strlen (w->key) < 2 || !g_ascii_isalpha (w->text[0])
          || !lowercase_at (scan, i + 1) || !(kinds_at (scan, i + 1) & SEAT_FORMAT))
        continue;
      const Span *p = span_at (scan, w->span);
      /* The acronym ends the name: "VCD", "Sony PSP console". */
      if (p && (p->b != i + 1 || (p->source >= SOURCE_GAZETTEER && strcmp (p->label, "MISC") != 0)))
        continue;
      if (formats == NULL)
        formats = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_add (formats, (gpointer) w->key);
    }
  if (formats == NULL)
    return;
  /* A body's acronym has a possessive, says things or stands before a
   * body's noun somewhere ("the GMB union", "the NUJ's leader"). */
  const Cue body = CUE_VERB | CUE_ORG_NOUN | CUE_ORG_AFTER | CUE_ORG_WORD;
  for (guint i = 0; i + 1 < scan->words->len; i++)
    {
      const Word *next = word_at (scan, i + 1);
      /* A head in capitals only: "GMB Union", not "DVD technologies". */
      Cue cue = cue_map_rules (scan->e->cues, next->key, next->hash) & (next->upper ? body | CUE_ORG_HEAD : body);
      if (is_possessive (next) || cue)
        g_hash_table_remove (formats, word_at (scan, i)->key);
    }
  for (guint i = 0; i < scan->words->len; i++)
    {
      const Word *w = word_at (scan, i);
      if (!w->upper || !g_hash_table_contains (formats, w->key))
        continue;
      Span *p = span_at (scan, w->span);
      if (p == NULL && (kinds_at (scan, i + 1) & SEAT_FORMAT))
        p = claim (scan, i, i + 1, "MISC", SOURCE_RULE);
      if (p && p->b == i + 1 && p->source < SOURCE_GAZETTEER)
        set_label (scan, p, "MISC", NULL);
    }
}

/* Whether word @i is an acronym in capitals of two letters or more, a
 * letter first ("HD", "SCART"; not "2G"). */
static gboolean
acronym_word (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return w->capitals && w->upper && strlen (w->key) >= 2 && g_ascii_isalpha (w->text[0]);
}

/* The length of the acronym that opens word @i before a hyphen and a
 * lowercase word ("HD-ready", "HDTV-compatible"), or 0. */
static gsize
acronym_before_hyphen (const Scan *scan, guint i)
{
  const char *t = word_at (scan, i)->text, *hyphen = strchr (t, '-');
  if (hyphen == NULL || hyphen - t < 2 || !g_ascii_islower (hyphen[1]))
    return 0;
  for (const char *c = t; c < hyphen; c++)
    if (!g_ascii_isupper (*c) && !(c > t && g_ascii_isdigit (*c)))
      return 0;
  return (gsize) (hyphen - t);
}

enum
{
  SPELLED_WORD = 1,     /* a hyphened word's parts: "high-definition" */
  SPELLED_BRACKETS = 2, /* words before it in brackets: "personal video recorder (PVR)" */
  SPELLED_BODY = 4,     /* with SPELLED_BRACKETS, the words end in a body's noun: "the kelvish farmers union (KFU)" */
};

/* Adds @key (taken) with @flag to *@spelled, made at the first. */
static void
spelled_add (GHashTable **spelled, char *key, guint flag)
{
  if (*spelled == NULL)
    *spelled = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (*spelled, key, GUINT_TO_POINTER (flag));
}

/* The acronyms the document spells out in lowercase words, folded, as
 * mend_seats()'s one walk over the words meets them: the initials of
 * one lowercase word's hyphened parts, alone or before an acronym that
 * ends it ("high-definition" -> "hd", "high-definition TV" -> "hdtv";
 * spelled_by_hyphens()), and a run of lowercase words right before the
 * acronym in brackets ("personal video recorder (PVR)";
 * spelled_in_brackets()): common words' short forms, no name's ("Office
 * for National Statistics (ONS)" is capitalised).  Initials of any run
 * of words matched BBC's bodies by chance (ONS, HP, EA) in a first try.
 * Each to SPELLED_ flags in *@spelled, made at the first; it stays NULL
 * where the document spells nothing out. */
static void
spelled_by_hyphens (const Scan *scan, guint i, GHashTable **spelled)
{
  const Word *w = word_at (scan, i);
  guint n = scan->words->len;
  char initials[8];
  guint length = 0;
  for (const char *c = w->text; *c && length < 6; c++)
    if (c == w->text || (c[-1] == '-' && g_ascii_isalpha (*c)))
      initials[length++] = g_ascii_tolower (*c);
  initials[length] = '\0';
  /* Not right before the acronym, which it describes: "the dual-screen
   * DS". */
  const Word *next = i + 1 < n ? word_at (scan, i + 1) : NULL;
  if (next && !next->sentence_start && next->capitals)
    {
      if (strlen (next->key) <= 4 && strcmp (next->key, initials) != 0)
        spelled_add (spelled, g_strconcat (initials, next->key, NULL), SPELLED_WORD);
      return;
    }
  if (length >= 2)
    spelled_add (spelled, g_strdup (initials), SPELLED_WORD);
}

/* "(PVR)" at word @i after as many lowercase words as it has letters. */
static void
spelled_in_brackets (const Scan *scan, guint i, GHashTable **spelled)
{
  const Word *w = word_at (scan, i);
  guint n = scan->words->len;
  if (i < 2 || i + 1 >= n || strcmp (word_at (scan, i - 1)->text, "(") != 0
      || strcmp (word_at (scan, i + 1)->text, ")") != 0)
    return;
  gsize letters = strlen (w->key);
  if (letters < 2 || letters > 6 || i < letters + 1)
    return;
  gboolean match = TRUE;
  for (gsize k = 0; k < letters && match; k++)
    {
      const Word *x = word_at (scan, i - 1 - letters + k);
      match = g_ascii_islower (x->text[0]) && x->text[0] == w->key[k] && (k == 0 || !x->sentence_start);
    }
  /* A body's name written in lowercase ends in its noun ("farmers
   * union", "gold council"): its acronym is a name for the body, which
   * drop_adjective_acronyms() must not drop at every mention as it does
   * a thing's ("liquid natural gas (LNG)"). */
  guint body = (word_at (scan, i - 2)->cue & (CUE_ORG_HEAD | CUE_ORG_WORD)) ? SPELLED_BODY : 0;
  if (match && !(*spelled && g_hash_table_contains (*spelled, w->key)))
    spelled_add (spelled, g_strdup (w->key), SPELLED_BRACKETS | body);
}

/* An acronym the document writes as an adjective is no name: one it
 * spells out in lowercase words (spelled_out(): "high-definition" for
 * HD, "personal video recorder (PVR)"), and joins to a lowercase word by a hyphen ("HD-ready sets") or
 * writes bare before two different lowercase words or more ("HD
 * formats", "HD content"), where it never owns, speaks or stands before
 * a body's noun ("the BBC said"), and no list names it (a place's
 * "US-led", a body's "BBC-funded").  Without the spelling out, these
 * signs are a name's as often: three nouns alone dropped BBC, UKIP, BT
 * and 40 more acronyms over the BBC archive in a first try, and a
 * hyphen with two nouns still dropped DVD, PS2, EADS, USDA and A380.
 * Its mentions the tagger or a rule made names, and the hyphened words
 * before a lowercase noun, are dropped; a listed name stays, and so
 * does a hyphened word in quotes (a sticker's name, "HD-Ready"). */
static void
drop_adjective_acronyms (Scan *scan, GHashTable *spelled, GArray *acronyms)
{
  /* What the document spells out first (@spelled, from mend_seats()'s
   * walk): most documents spell nothing out, and then no acronym's
   * words are counted (counting them in every document cost 2% of the
   * stage's instructions).  @acronyms: the words with a capital first
   * and second, in order, the same walk's. */
  if (spelled == NULL || acronyms == NULL)
    return;
  g_autoptr (GHashTable) nouns = NULL; /* acronym's key -> GHashTable of the words after it */
  g_autoptr (GHashTable) adjectives = NULL;
  guint n = scan->words->len;
  const Cue body = CUE_VERB | CUE_ORG_NOUN | CUE_ORG_AFTER | CUE_ORG_WORD | CUE_FUNCTION;
  for (guint k = 0; k < acronyms->len; k++)
    {
      guint i = g_array_index (acronyms, guint, k);
      gsize length = acronym_before_hyphen (scan, i);
      if (length)
        {
          char *head = g_ascii_strdown (word_at (scan, i)->text, (gssize) length);
          if (!g_hash_table_contains (spelled, head))
            {
              g_free (head);
              continue;
            }
          if (adjectives == NULL)
            adjectives = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_add (adjectives, head);
          continue;
        }
      /* Spelled out right before it in brackets ("liquid natural gas
       * (LNG)"), the acronym is the common noun's wherever it stands:
       * how it is used after says nothing more. */
      if (acronym_word (scan, i)
          && GPOINTER_TO_UINT (g_hash_table_lookup (spelled, word_at (scan, i)->key)) == SPELLED_BRACKETS)
        {
          if (adjectives == NULL)
            adjectives = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_add (adjectives, g_strdup (word_at (scan, i)->key));
          continue;
        }
      const Word *next = word_at (scan, i + 1);
      if (!acronym_word (scan, i) || next->sentence_start || !g_ascii_islower (next->text[0]) || (next->cue & body)
          || !g_hash_table_contains (spelled, word_at (scan, i)->key))
        continue;
      if (nouns == NULL)
        nouns = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_hash_table_unref);
      GHashTable *after = g_hash_table_lookup (nouns, word_at (scan, i)->key);
      if (after == NULL)
        g_hash_table_insert (nouns, (gpointer) word_at (scan, i)->key, after = g_hash_table_new (g_str_hash, g_str_equal));
      g_hash_table_add (after, (gpointer) next->key);
    }
  if (nouns == NULL && adjectives == NULL)
    return;
  if (adjectives == NULL)
    adjectives = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  if (nouns)
    {
      g_hash_table_iter_init (&iter, nouns);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (g_hash_table_size (value) >= 2)
          g_hash_table_add (adjectives, g_strdup (key));
    }
  /* No part of a longer name ("Nintendo DS"). */
  for (guint k = 0; k < scan->spans->len && g_hash_table_size (adjectives) > 0; k++)
    {
      const Span *p = span_at (scan, k);
      for (guint i = p->a; !p->dropped && p->b - p->a >= 2 && i < p->b; i++)
        g_hash_table_remove (adjectives, word_at (scan, i)->key);
    }
  if (g_hash_table_size (adjectives) == 0)
    return;
  /* A body's acronym owns, speaks or names a body after it somewhere;
   * and one the lists know, a place ("US-led", "UK-wide") or a body
   * ("the BBC"), is theirs. */
  for (guint i = 0; i + 1 < n; i++)
    {
      const Word *w = word_at (scan, i), *next = word_at (scan, i + 1);
      if (w->capitals && (is_possessive (next) || (!next->upper && (next->cue & (body & ~CUE_FUNCTION)))))
        g_hash_table_remove (adjectives, w->key);
      const Span *p = w->capitals ? span_at (scan, w->span) : NULL;
      if (p && !p->dropped && (p->source >= SOURCE_GAZETTEER || p->kb || strcmp (p->label, "GPE") == 0))
        g_hash_table_remove (adjectives, w->key);
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a != 1 || p->source > SOURCE_RULE
          || (strcmp (p->label, "MISC") != 0 && strcmp (p->label, "ORG") != 0))
        continue;
      const Word *w = word_at (scan, p->a);
      gsize length = acronym_before_hyphen (scan, p->a);
      if (length)
        {
          g_autofree char *head = g_ascii_strdown (w->text, (gssize) length);
          gboolean quoted = p->a > 0 && !w->sentence_start && (word_at (scan, p->a - 1)->text[0] == '"'
                                                               || word_at (scan, p->a - 1)->text[0] == '\'');
          if (g_hash_table_contains (adjectives, head) && !quoted && p->b < n && lowercase_at (scan, p->b)
              && GPOINTER_TO_UINT (g_hash_table_lookup (spelled, head)) == SPELLED_WORD)
            p->dropped = TRUE;
        }
      /* Spelled out only before brackets ("bovine spongiform
       * encephalopathy (BSE)"), a MISC stays, as CoNLL writes BSE and
       * CPI; the tagger's organisation there is wrong in any scheme
       * ("personal video recorder (PVR)"). */
      else if (acronym_word (scan, p->a) && g_hash_table_contains (adjectives, w->key)
               && (GPOINTER_TO_UINT (g_hash_table_lookup (spelled, w->key)) == SPELLED_WORD
                   || strcmp (p->label, "ORG") == 0))
        p->dropped = TRUE;
    }
}

/* Capitalised words that are no names by the words around them
 * (seats.tsv): a grade's or a class's letter ("Grade B", "Class A
 * drugs": kind grade, before one capital letter), and the High Street
 * as the retail trade (kind trade, after "the" and before no "in",
 * "of" or comma that places it: "sales on the High Street fell", not
 * "the High Street in Kensington"). */
static void
drop_common_names (Scan *scan)
{
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source > SOURCE_RULE)
        continue;
      guint a = p->a;
      if (a > 0 && !word_at (scan, a)->sentence_start && (kinds_at (scan, a - 1) & SEAT_GRADE)
          && word_at (scan, a - 1)->upper)
        a--; /* "Grade [B]": the tagger's name may leave the grade out */
      if ((kinds_at (scan, a) & SEAT_GRADE) && word_at (scan, a)->upper && a + 1 < n
          && !word_at (scan, a + 1)->sentence_start && p->b <= a + 2)
        {
          const char *letter = word_at (scan, a + 1)->text;
          if (g_ascii_isupper (letter[0]) && (letter[1] == '\0' || (letter[1] == '.' && letter[2] == '\0')))
            {
              p->dropped = TRUE;
              continue;
            }
        }
      if (p->b - p->a != 2 || !word_at (scan, p->a)->upper || p->a == 0
          || strcmp (word_at (scan, p->a - 1)->key, "the") != 0)
        continue;
      char joined[64];
      if (g_snprintf (joined, sizeof joined, "%s %s", word_at (scan, p->a)->key, word_at (scan, p->a + 1)->key)
          >= (int) sizeof joined)
        continue;
      if (!(word_map_get (scan->e->seats->words, joined, word_hash (joined, strlen (joined))) & SEAT_TRADE))
        continue;
      if (p->b < n && !word_at (scan, p->b)->sentence_start
          && (strcmp (word_at (scan, p->b)->key, "in") == 0 || strcmp (word_at (scan, p->b)->key, "of") == 0
              || strcmp (word_at (scan, p->b)->key, ",") == 0))
        continue;
      p->dropped = TRUE;
    }
}

void
mend_seats (Scan *scan)
{
  /* One look at every word says which passes have anything to read:
   * most documents have no "for" after a member, no language's name, no
   * acronym before a format's noun. */
  gboolean member_for = FALSE, language = FALSE, format = FALSE;
  const Seats *seats = scan->e->seats;
  /* The same walk gathers what drop_adjective_acronyms() reads: the
   * acronyms the document spells out, and the words that may be
   * acronyms (two walks of every word cost 3.6 M instructions on the
   * BBC archive's first 150 articles). */
  g_autoptr (GHashTable) spelled = NULL;
  g_autoptr (GArray) acronyms = NULL;
  guint n = scan->words->len;
  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (scan, i);
      if (w->hyphen && g_ascii_islower (w->text[0]))
        spelled_by_hyphens (scan, i, &spelled);
      else if (w->capitals)
        spelled_in_brackets (scan, i, &spelled);
      if (!w->upper)
        {
          /* A member's word before it, as claim_after_member() asks:
           * "for" alone is in nearly every document, and that walk reads
           * every word (member_at() probes the seats' map, but only
           * before a "for"). */
          const char *f = w->key;
          member_for = member_for || (f[0] == 'f' && f[1] == 'o' && f[2] == 'r' && f[3] == '\0' && i > 0 && member_at (scan, i - 1));
          continue;
        }
      if (i + 1 < n && g_ascii_isupper (w->text[1]))
        {
          if (acronyms == NULL)
            acronyms = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (acronyms, i);
        }
      /* The map asked, not the filter only: a capitalised word passes
       * the filter in most documents, and mend_languages() walked them
       * all for nothing (mend_seats() 20.1M -> 18.4M instructions on
       * the first 500 BBC articles; SPEED.md, seventeenth round). */
      language |= bloom_has (seats->language_bits, w->hash) && word_map_get (seats->language_words, w->key, w->hash);
      format |= w->capitals && (kinds_at (scan, i + 1) & SEAT_FORMAT);
    }
  mend_constituencies (scan, member_for);
  if (language)
    mend_languages (scan);
  if (format)
    mend_formats (scan);
  drop_adjective_acronyms (scan, spelled, acronyms);
  drop_common_names (scan);
}
