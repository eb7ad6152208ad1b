/* entities.h: what the entities stage's files share: the words of a
 * document as the stage reads them, the names found over them (spans),
 * and the passes that find them.  entities.c reads the words, matches the
 * lists and runs the passes; rules.c holds the rules by a name's shape
 * and the reading of the tagger's names, rules-context.c those by the
 * words around a name, rules-places.c those built on places, products.c
 * products and models, people.c those about people, numbered.c the one
 * that joins a name and its number; links.c what one document says of
 * all its mentions. */
#pragma once

#include "gazetteer.h"
#include "ner.h"

#include <stdbool.h>
#include <string.h>

typedef struct
{
  NerModel *model;
  Gazetteer *gazetteer;
  CueMap *cues;     /* key -> the rules' and the tagger's Cue kinds */
  GRegex *products; /* products.tsv's patterns, one alternation anchored at both ends */
  WordMap *product_names; /* product-names.tsv by key: PRODUCT_ flags; a name of two words or more by its words joined by one space */
  guint64 product_bits[8]; /* bit (hash & 511) set for each product's or award's first word: most words are none, told without a lookup */
  WordMap *first_names; /* by key: NAME_WORD_FIRST (first-names.tsv), NAME_WORD_ENGLISH (english-words.tsv), NAME_WORD_DEITY (deities.tsv) and the rest of people.c's first_names_read_tsv() */
  char **skip_sections; /* section labels whose sentences are not read */
  GHashTable *zones;    /* time-zone abbreviations (timezones.tsv, the dates stage's list copied at build) */
  GHashTable *regions;  /* continents' and regions' names, folded (regions.tsv): read by stake_in(), region_at() (mend_unlisted_towns() too) and family_plural() */
  WordMap *clubs;       /* football clubs' names, folded, words joined by one space (clubs.tsv, or its image clubs.image): flags 1; read by club_listed() */
  WordMap *companies;   /* companies' names, folded, words joined by one space (companies.tsv, or its image companies.image): flags 1; read by mend_known_cities(), as the gazetteer keeps a city's entry over a company's hint of the same name (Toyota, Kawasaki) */
  struct _Seats *seats;  /* seats.tsv's words and languages.tsv (seats.c): read by mend_seats() */
  GHashTable *religions; /* adjectives of religions (religions.tsv) and diseases' names (diseases.tsv), folded, to what they are (religions.c): read by mend_religions() */
  struct _CompanyActs *company_acts; /* what companies do (company-acts.tsv): read by company_act(), companies.c */
  GHashTable *match_words; /* a game's words before "at"/"to" and a club, to MATCH_ bits (match-words.tsv): read by played_against(), teams.c */
  GHashTable *sport_countries; /* national sides' short forms and names as written, to a SportCountry (sport-countries.tsv): read by find_squad_lists(), lineups.c */
  GHashTable *team_nicknames; /* sides' nicknames of one word, folded (team-nicknames.tsv): read by find_nicknames(), nicknames.c */
  GHashTable *role_subjects; /* departments' subjects before a title's head, folded (role-subjects.tsv): read by find_roles(), people.c */
  guint64 event_first_bits; /* bit (hash & 63) set for each event-nouns.tsv phrase's first word: most spans are told none without a lookup */
  GHashTable *software_nouns; /* kinds of software beside their names, folded, to where the name stands (software-nouns.tsv): read by software_names(), software.c */
  guint64 software_bits[8]; /* bit (hash & 511) set for each software-nouns.tsv word: most words after a name are told none without a lookup */
  GHashTable *occasion_nouns; /* lowercase nouns of occasions after a name, to OCCASION_ kinds (occasion-nouns.tsv): read by mend_occasions(), occasions.c */
  guint64 occasion_bits[4]; /* bit (hash & 255) set for each occasion-nouns.tsv word: most words after a name are told none without a lookup */
  GHashTable *firm_heads;   /* companies' and media's head nouns, folded, to their kind (firm-heads.tsv): read by mend_firm_heads(), firm-heads.c */
  guint64 firm_head_bits[4]; /* bit (hash & 255) set for each firm-heads.tsv word: most capitalised words are told none without a lookup */
  GHashTable *venue_bodies; /* venues' last words that are an institution's too, folded (venue-bodies.tsv): read by mend_acting_venues(), venues-bodies.c */
  GHashTable *place_leads;  /* words opening a place's name, folded, to their kind (place-leads.tsv): rules-leads.c */
  guint64 place_lead_bits[4]; /* bit (hash & 255) set for each place-leads.tsv word: most names' first words are told none without a lookup */
  struct _PersonAliases *person_aliases; /* phrases tying initials to a person's name (person-aliases.tsv): read by mend_initialled_aliases(), initials.c */
  GHashTable *owner_adjectives; /* hyphened adjectives of who owns or runs a body, folded (owner-adjectives.tsv): read by trim_owner_adjectives(), spans-joins.c */
  GHashTable *event_nouns; /* occasions', papers' and office-holders' bodies' names that are no names, folded (event-nouns.tsv): read by drop_event_nouns(), spans.c */
} Entities;

/* Where a name came from, weakest first: a stronger source's span takes
 * the words from a weaker one's. */
typedef enum
{
  SOURCE_REPORTING, /* a capitalised pair before a reporting verb */
  SOURCE_TAGGER,
  SOURCE_RULE,      /* a title before it, an organisation's shape */
  SOURCE_GAZETTEER,
  SOURCE_AROUND,    /* only to claim: a longer name around a known one */
} Source;

/* 64 bytes, a cache line's worth: the passes walk these arrays word by
 * word, and the rules ask for a word by its index some nine million
 * times on 500 BBC articles, so word_at()'s index times 64 is one shift
 * where 80 took a `lea` (i * 5) and a shift (SPEED.md, ent-word26).  It
 * was 80 with 64-bit offsets, a 16-bit @hint_len and GazetteerWord's 16
 * bytes; now the offsets are 32-bit (ENTITIES_MAX_TEXT), @hint_len a
 * byte and GazetteerWord packed to 9, @known.single kept at an offset
 * that is a multiple of 8.  The flags stay bool, read as gboolean
 * everywhere: as one-bit fields they made the stage 1% slower, not
 * faster (their stores and their reads into gbooleans cost more than
 * the shift saved).  Every field is read by its name, so no rule
 * changed with the layout. */
typedef struct
{
  guint32 start, end;  /* bytes of the text: under 4 GiB (ENTITIES_MAX_TEXT) */
  guint32 hash;        /* word_hash() of the key */
  gint span;           /* index into the spans, -1: none */
  GazetteerWord known; /* what the key is to the lists (looked up once, only where @upper; else zero) */
  bool glued;          /* no space before it */
  bool upper;          /* starts with a capital (or a digit) */
  bool capitals;       /* no lowercase letter */
  bool sentence_start;
  bool hyphen;         /* holds a '-', told by word_key()'s table: mend_seats() asked strchr() of every lowercase word (mend_seats() 17.0M -> 12.9M instructions on 500 BBC articles, the words' reading +0.4M) */
  guint8 kind;         /* the tagger's kind of cue word (ner_cue_kind()), from the kinds it was trained with */
  guint8 hint_len;     /* the length in words of @hint's name (claim_known() notes none longer than 255) */
  const char *text, *key; /* in the scan's strings */
  Cue cue;             /* the rules' kinds (cues.tsv, work-nouns.tsv) */
  const GazetteerEntry *hint; /* nullable: a listed name that only hints starts here */
} Word;

/* A word's index times its size is one shift only at a power of two. */
G_STATIC_ASSERT (sizeof (Word) == 64);
/* @known.single where an 8-byte load of it never straddles two 8-byte
 * words of the array (a Word starts at a multiple of 8). */
G_STATIC_ASSERT (G_STRUCT_OFFSET (Word, known) % 8 == 0);

/* The longest text the stage reads, in bytes: Word.start and Word.end
 * are 32-bit.  The core's limit on a document is --max-doc-bytes, 64 MiB
 * by default, but it may be raised past 4 GiB, so entities_process()
 * refuses a longer text (the document fails with a message, as any
 * stage's error fails it) rather than cut its offsets. */
#define ENTITIES_MAX_TEXT ((gsize) G_MAXUINT32)

typedef struct
{
  guint a, b;          /* words [a, b) */
  const char *label;
  char *canonical, *kb, *country, *role, *role_org;
  Source source;
  gboolean dropped;
  gboolean place;      /* from places.tsv */
  gboolean listed;     /* the tagger's place around a place the lists claim ("North America", rules.c's place_runs_on()): protected as the lists' names are (works.c) */
  gboolean cued;       /* an organisation by the words around it ("drinks firm X"): weighs more in the vote */
  gboolean team;       /* a city's club by a result around it ("Exeter beat Leeds 2-1"): so are its other mentions */
  gboolean numbered;   /* its last word a number mend_numbered_names() joined ("Commodore 64"): the name before it votes as its bare mentions do (links.c) */
  gboolean glued;      /* the tagger's name cut from a year or a sentence's opening word glued to it (rules.c's find_tagged()): its label came with the glue, so it gives no vote (links.c) */
  gboolean work;       /* a work's title after a noun naming its kind ("the film X", works.c): so are the document's other mentions of it */
} Span;

typedef struct
{
  const Entities *e;
  const char *text;
  GArray *words;       /* Word */
  /* words->data, kept in step wherever entities.c resizes the array:
   * word_at() loads it, not scan->words and then its data (the rules
   * ask for words some nine million times on 500 BBC articles, and every
   * store through a Word may alias the GArray, so both loads were made
   * again at each ask): entities_process() 486.4 M -> 480.1 M
   * instructions there (callgrind). */
  Word *word_base;
  guint n_read;        /* words read so far (add_word()); then scan->words->len */
  GArray *spans;       /* Span */
  guint longest_hint;  /* the sentence's longest hinted name, in words (find_known) */
  GStringChunk *strings; /* the words' text and keys: one allocation a few pages, not two a word */
  char *block;         /* most words' texts and keys, one after another (scan_copy()) */
  gsize block_size, block_used;
  GByteArray *scratch; /* find_known()'s arrays, reused sentence after sentence */
  guint n_slots;       /* distinct keys among the words: slots[i] < n_slots */
  const guint32 *slots; /* per word, the same for the same key in the document, from 0 (ner_document_slots()) */
  guint8 *name_flags;  /* per slot, 0x80 | the first names' map's flags once probed, 0: not yet (first_name_flags()) */
  guint8 *person_marks; /* per slot, a first name or title before one of its words; NULL: not yet (person_evidence()) */
  gboolean has_score;  /* a result ("3-1") among the words: a sport report (set once the words are read) */
  gboolean has_player; /* a player by position among the words (cues.tsv's player; likewise) */
  gboolean has_line_up; /* a line-up's heading ("Subs not used:", "Replacements:"; line_up_heading()): likewise */
  gboolean has_capital_heading; /* drop_capital_headings() found a heading all in capitals: find_heading_names() reads the words again only then */
  /* The OR of every kind the cue map gives the words (CueRow.rules, as
   * cue_map_rules() answers, before look_up_words() masks Word.cue) of
   * the sentence the rules read now, and of the whole document: a rule
   * that needs a word of one kind returns at once where none is
   * (find_music(), find_band_mentions(), find_titled_people(): 9.6 M of
   * entities_process()'s 493 M instructions on 500 BBC articles, for
   * 0.3 M to make the ORs). */
  Cue sentence_cues, document_cues;
  /* The OR of Word.cue (after its masks) over the sentence's words
   * with a capital: a rule that reads a kind only on a capitalised
   * word ("Institute for ...", "British Chamber of ...") returns at
   * once where none is, though the kind's lowercase noun ("the
   * institute") is in the sentence. */
  Cue sentence_upper_cues;
  /* Their OR over the document: a pass over every word for a kind
   * only a capitalised word is read in (mend_for_names()) returns at
   * once where none is. */
  Cue document_upper_cues;
  /* The OR of OPENS_* over the first bytes of the sentence's words: a
   * rule that starts only at a number, a bracket or a comma returns at
   * once where the sentence has none. */
  guint sentence_openers;
  guint8 works_spoken; /* speaks_of_works(), asked once a document: 0 not yet, 1 no, 2 yes */
} Scan;

/* Scan.sentence_openers: a word that opens with a digit, "(", ",".
 * Bits above a byte: entities.c keeps them in its byte table beside each
 * byte's lowercase. */
#define OPENS_DIGIT (1u << 12)
#define OPENS_BRACKET (1u << 13)
#define OPENS_COMMA (1u << 14)

static inline Word *
word_at (const Scan *scan, guint i)
{
  return &scan->word_base[i];
}

/* @w's slot (Scan.slots), @w one of @scan's words. */
static inline guint32
word_slot (const Scan *scan, const Word *w)
{
  return scan->slots[w - scan->word_base];
}

static inline Span *
span_at (const Scan *scan, gint i)
{
  return i < 0 ? NULL : &g_array_index (scan->spans, Span, i);
}

/* Drops every span that holds a word of [a, b), but @keep (nullable),
 * and frees all its words: what a span taking those words over does
 * first.  The span stays in scan->spans, marked dropped. */
static inline void
drop_spans (Scan *scan, guint a, guint b, const Span *keep)
{
  for (guint i = a; i < b; i++)
    {
      Span *q = span_at (scan, word_at (scan, i)->span);
      if (q && q != keep)
        {
          q->dropped = TRUE;
          for (guint w = q->a; w < q->b; w++)
            word_at (scan, w)->span = -1;
        }
    }
}

static inline gboolean
is_possessive (const Word *w)
{
  return w->key[0] == '\'' && (w->key[1] == '\0' || (w->key[1] == 's' && w->key[2] == '\0'));
}

/* Whether @key is one of @keys (NULL-ended): a few fixed words, where a
 * table would cost more than it saves. */
static inline gboolean
key_in (const char *key, const char *const *keys)
{
  for (; *keys; keys++)
    if (strcmp (key, *keys) == 0)
      return TRUE;
  return FALSE;
}

static inline gboolean
is_name_word (const Word *w)
{
  return w->upper && !(w->sentence_start && (w->cue & CUE_FUNCTION));
}

/* Whether word @i is a capitalised month's name (cues.tsv kind month,
 * read from the map: no word carries it) after a word of when (kind
 * time: "Last May", "next June") or "this", or after "in" with a year,
 * a comma or the sentence's end after it ("in May.", "in June 2004"):
 * a date, never a name.  "in May" before other words may be the person
 * ("confidence in May as leader"), so the month needs its end there. */
static inline gboolean
month_after_when (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  if (i == 0 || !w->upper || !(cue_map_rules (scan->e->cues, w->key, w->hash) & CUE_MONTH))
    return FALSE;
  const Word *before = word_at (scan, i - 1);
  if ((before->cue & CUE_TIME) || strcmp (before->key, "this") == 0)
    return TRUE;
  if (strcmp (before->key, "in") != 0)
    return FALSE;
  if (i + 1 >= scan->words->len)
    return TRUE;
  const Word *after = word_at (scan, i + 1);
  char c = scan->text[after->start];
  return after->sentence_start || c == '.' || c == ',' || c == ';' || g_ascii_isdigit (c);
}

/* The tagger's labels by index (PERSON, ORG, LOC, MISC). */
extern const char *const tagger_labels[4];
/* The stage's label for a tagger type ("PER" -> "PERSON"; static). */
const char *label_for (const char *type);
/* The index into tagger_labels of a stage's label (GPE as LOC, others as MISC). */
guint label_index (const char *label);
/* The tagger's label for a gazetteer's (GPE -> LOC; static). */
const char *tagger_class (const char *label);
/* Returns (transfer full): the text of words [a, b), each run of space one ' '. */
char *words_text (const Scan *scan, guint a, guint b);
/* Claims words [a, b) for a new span unless a span at least as strong
 * holds one of them; weaker spans there are dropped.  Returns (transfer
 * none: it lives in scan->spans until the next claim) the span or NULL. */
Span *claim (Scan *scan, guint a, guint b, const char *label, Source source);
/* Relabels @span an organisation: a body is no place, so the place's
 * knowledge-base id and country it may carry go (@span keeps its words). */
void span_set_org (Span *span);
/* Relabels @span @label (static) as no place: the place's knowledge-base
 * id and country it may carry go, as for span_set_org(). */
void span_set_label (Span *span, const char *label);

/* Word @i is not a name, whatever the lists or the tagger say: a
 * currency's code, US$, a job title in capitals or its plural. */
gboolean not_a_name (const Scan *scan, guint i);

/* The rules (rules*.c, products.c), each over the words [ws, we) of one sentence, in
 * the order entities_process() runs them. */
/* @tags: the tagger's tags of the sentence's words. */
void find_org_shapes (Scan *scan, guint ws, guint we, const guint *tags);
void find_titled_people (Scan *scan, guint ws, guint we, const guint *tags);
/* The tagger's names, @tags its tags of the sentence's words. */
void find_tagged (Scan *scan, guint ws, guint we, const guint *tags);
void mend_split_people (Scan *scan, guint ws, guint we);
void mend_initialled_people (Scan *scan, guint ws, guint we);
/* A person, "of" and an organisation the tagger took as one name
 * ("Stuart Hensel of the Economist Intelligence Unit"): two (people.c);
 * reads the sentence's spans, from @first_span on. */
void mend_person_of_org (Scan *scan, guint first_span);
void mend_place_prefix (Scan *scan, guint ws, guint we);
void find_models (Scan *scan, guint ws, guint we);
/* A name and a bare number after it ("Radio 4", "Euro 2004"): one name
 * (numbered.c). */
void mend_numbered_names (Scan *scan, guint ws, guint we);
/* Whether @w is digits alone, at most @max of them ("2004", "4"). */
gboolean is_bare_number (const Word *w, gsize max);
/* Whether word @i is a score: "2-1", "3-0" (digits, a hyphen or an en
 * dash, digits). */
gboolean is_score (const Scan *scan, guint i);
void find_cued_orgs (Scan *scan, guint ws, guint we);
/* Whether the capitalised run from word @a (to @we, at most four words,
 * all of it: "Latin America and", "Europe's") is a continent's or a
 * region's name (regions.tsv): a place, whatever the tagger read. */
gboolean region_at (const Scan *scan, guint a, guint we);
/* The organisation a cue in the text points at, starting at word @a
 * (before @we): the tagger's or a rule's name there is relabelled ORG,
 * or a capitalised run of up to four words nothing named is claimed;
 * it then decides its word's label in the document's vote (cued). */
void org_by_cue (Scan *scan, guint a, guint we);
/* Companies and works by what the text says of them, in one pass
 * (companies.c): "X's chief executive", "retailers including X, Y and
 * Z", "the film X", "films such as X and Y". */
void find_by_context (Scan *scan, guint ws, guint we);
/* Bands and record labels by the words around them (music.c). */
void find_music (Scan *scan, guint ws, guint we);
/* Whether word @w is a possessive determiner, a closed class of
 * English ("her hit", "their single"; music.c). */
gboolean possessive_determiner (const Word *w);
/* A music chart's name, MISC: "the Top 40", "the Hot 100 chart" (charts.c). */
void find_charts (Scan *scan, guint ws, guint we);
/* A band the document names by its player's noun ("Busted singer
 * Charlie Simpson", even opening a sentence) is an organisation at its
 * other mentions ("leaving Busted", "support to The Bravery") where one
 * does not open a sentence (music.c). */
void find_band_mentions (Scan *scan);
/* A name the tagger took for a person that a music story makes plural
 * and never one person ("Zorbek are", "Zorbek played their first
 * gig"): a band, an organisation at every mention (bands.c). */
void find_plural_bands (Scan *scan);
/* Clubs named after cities, by a result around them. */
void find_teams (Scan *scan, guint ws, guint we);
/* A two-word name the tagger gave another label, opening with a first
 * name (first-names.tsv) and holding no cue or listed word: a person. */
void mend_first_names (Scan *scan, guint ws, guint we);
/* A listed first name, a middle initial or none and a surname the
 * tagger labelled an organisation or a work, where the sentence says it
 * is a person (people-evidence.c). */
void mend_evidenced_people (Scan *scan, guint first_span, guint ws, guint we);
void mend_cut_people (Scan *scan, guint first_span, guint ws, guint we);
/* Whether @w is a first name of first-names.tsv or of person-names.tsv's
 * kind first (people.c). */
gboolean any_first_name (const Scan *scan, const Word *w);
/* Whether @w is a middle initial after the first name @first (people.c). */
gboolean middle_initial (const Scan *scan, const Word *first, const Word *w);
/* The flags of first_names_load()'s map. */
enum
{
  NAME_WORD_FIRST = 1 << 0,   /* a first name of first-names.tsv */
  NAME_WORD_ENGLISH = 1 << 1, /* a lowercase English word of english-words.tsv */
  NAME_WORD_PERSON_NOUN = 1 << 2, /* a kind of person of person-nouns.tsv (referee, actress) */
  NAME_WORD_INSTITUTION = 1 << 3, /* CoNLL's organisation or event of one word, institutions.tsv (Treasury, Open) */
  NAME_WORD_COMMON = 1 << 4,  /* CoNLL's capitalised word mostly no name, common-capitals.tsv (Cabinet, Government) */
  NAME_WORD_DEITY = 1 << 5,   /* a god's name of deities.tsv (God, Jehovah): a person's, as CoNLL writes it */
  NAME_WORD_PROBED = 1 << 7,  /* only in Scan.name_flags, above every flag of the map: the map was asked */
};

/* The first names' map's flags (NAME_WORD_) of @w's key, @w one of
 * @scan's words.  The rules ask the map (megabytes: a cache miss a
 * probe) 133,187 times over the BBC archive for 55,650 distinct keys a
 * document, summed, so each key's answer is kept by its slot and the
 * map asked once a key a document (SPEED.md, fourteenth round). */
static inline guint
first_name_flags (const Scan *scan, const Word *w)
{
  guint8 *flags = &scan->name_flags[word_slot (scan, w)];
  if (G_UNLIKELY (*flags == 0))
    *flags = NAME_WORD_PROBED | word_map_get (scan->e->first_names, w->key, w->hash);
  return *flags & ~NAME_WORD_PROBED;
}
/* Whether the tagger's name over words [@a, @b) opens with a kind of
 * person written as a title before a first name and a surname
 * ("Referee Graham Poll", "Actress Anna Keaveney"): the name starts a
 * word later, and is a person's. */
gboolean person_noun_before_name (Scan *scan, guint a, guint b);
/* Returns (transfer full): first-names.tsv, english-words.tsv and person-nouns.tsv of
 * @data_dir by key (NAME_WORD_ flags), or NULL with @error set (file,
 * line). */
WordMap *first_names_load (const char *data_dir, GError **error);
/* first_names_load() from the TSVs alone (people.c); first_names_load()
 * reads first-names.image where it is the TSVs' (entities.c). */
WordMap *first_names_read_tsv (const char *data_dir, GError **error);
/* Words shaped as products.tsv's patterns say (iPod, A380), and
 * products and awards by their names (product-names.tsv): MISC. */
void find_products (Scan *scan, guint ws, guint we);
/* Returns (transfer full): products.tsv of @data_dir as one pattern, or
 * NULL with @error naming the file and line of a bad row or pattern. */
GRegex *products_load (const char *data_dir, GError **error);
/* The flags of product_names_load()'s map. */
enum
{
  PRODUCT_NAME = 1 << 0,  /* a product's name, whole (Linux, Xbox Live) */
  PRODUCT_AWARD = 1 << 1, /* an award's name, whole (Oscar, Baftas) */
  PRODUCT_FIRST = 1 << 2, /* the first word of a name of two words or more */
  PRODUCT_MARKS_TITLE = 1 << 3, /* a lowercase word that says a sentence speaks of works (game, sequel): works.c */
  PRODUCT_NUMBERED = 1 << 4,    /* a noun that names things by their number, no title's (Radio 1): works.c */
  PRODUCT_MAKER = 1 << 5,       /* a maker of vehicles, whose name and a model's are a product (Ford Cortina) */
  PRODUCT_INDEX = 1 << 6,       /* a stock index, MISC only where the words around read it as one (products.c) */
  PRODUCT_MARKET_WORD = 1 << 7, /* after an index, its noun or how it moves ("Nikkei average", "Dow rises"; products.c) */
  PRODUCT_VEHICLE_NOUN = 1 << 8, /* a kind of car, whose name before it is a model's ("the Corvanta sedan"; vehicles.c) */
};
/* Returns (transfer full): product-names.tsv of @data_dir by key (and in
 * @bits, the first words' hashes of the names), or NULL with @error
 * naming the file and line of a bad row. */
WordMap *product_names_load (const char *data_dir, guint64 bits[8], GError **error);
/* A listed product's last word in capitals, alone elsewhere in the
 * document ("Nintendo DS ... the DS"), is the product: MISC. */
void spread_products (Scan *scan);
void find_reporting (Scan *scan, guint ws, guint we);
void find_dateline (Scan *scan, guint ws, guint we);
/* datelines.c: a dateline's town ("OSLO 2001-03-14") is a place. */
void find_dateline_place (Scan *scan, guint ws, guint we);
/* For a sentence of a reference list only. */
void find_reference_parts (Scan *scan, guint ws, guint we);
/* Acronyms in brackets after a name; @acronyms (key -> span index + 1)
 * keeps them for the rest of the document. */
void find_acronyms (Scan *scan, guint ws, guint we, GHashTable *acronyms);
/* Titles before or after the people among the spans from @first_span on
 * (those of this sentence: earlier ones end before @ws). */
void find_roles (Scan *scan, guint first_span, guint ws, guint we);

/* Per document (spans.c), run by link_names(): names' spans mended
 * (a generational suffix, a year or an opening word or an acronym glued
 * on, a name cut before "on" or "of" or at a possessive inside it, a
 * city cut from a longer place),
 * capitalised common plurals dropped. */
void mend_suffixed_people (Scan *scan);
void mend_glued (Scan *scan);
void drop_lowercase_runs (Scan *scan);
void mend_of_names (Scan *scan);
void mend_possessive_names (Scan *scan);
void mend_longer_places (Scan *scan);
/* A row's number for word_table_load(), never 0; 0 with *@wrong set to
 * what is wrong with the row. */
typedef guint (*WordRowValue) (const AssayDataRow *row, const char **wrong);
GHashTable *word_table_load (const char *data_dir, const char *file, const char *shape, guint n_fields, WordRowValue value,
                             GError **error);
void word_table_hash_bits (GHashTable *words, guint64 *bits, guint n_words);
/* Whether @hash's bit is set in @bits of word_table_hash_bits(). */
static inline gboolean
word_hash_bit (const guint64 *bits, guint n_words, guint32 hash)
{
  return (bits[(hash / 64) & (n_words - 1)] >> (hash & 63)) & 1;
}
/* role-subjects.tsv's words (people.c), or NULL with @error set. */
GHashTable *role_subjects_load (const char *data_dir, GError **error);
/* event-nouns.tsv's phrases (spans.c), or NULL with @error set. */
GHashTable *event_nouns_load (const char *data_dir, guint64 *first_bits, GError **error);
/* Names that are an occasion's or a paper's common noun ("the Budget",
 * "a White Paper"; event-nouns.tsv) dropped, once the document's
 * mentions are linked (spans.c). */
void drop_event_nouns (Scan *scan);
/* A name's opening adjective of ownership cut off (spans-joins.c). */
GHashTable *owner_adjectives_load (const char *data_dir, GError **error);
void trim_owner_adjectives (Scan *scan);
/* A capitalised word a name may go on with after "of" (spans.c), and
 * where a body's name goes on to after it (spans-joins.c). */
gboolean name_run_word (const Scan *scan, guint i);
guint of_subject_end (const Scan *scan, const Span *p, guint n);
/* A body's name holding "for" mended whole (spans-joins.c), from
 * mend_of_names(). */
void mend_for_names (Scan *scan);
void mend_body_events (Scan *scan);
/* occasion-nouns.tsv's words (occasions.c), or NULL with @error set. */
GHashTable *occasion_nouns_load (const char *data_dir, guint64 bits[4], GError **error);
/* A name the tagger or a rule gave, right after an article and before
 * an occasion's noun ("the Orbicon conference"), is the occasion's:
 * MISC, at the document's other mentions too (occasions.c). */
void mend_occasions (Scan *scan);
/* The tagger's person or thing of two words or more ending in a body's
 * head ("the Kelmsford Arts Award Fund", cues.tsv org-head and org-word)
 * is an organisation (occasions.c). */
void mend_body_heads (Scan *scan);
/* A newspaper's title holding a day ("the Sunday Times", "the Mail on
 * Sunday's"), a body's name enumerating what it is for ("Department for
 * Culture, Media and Sport"): one organisation each. */
void mend_press_days (Scan *scan);
void mend_enumerated_names (Scan *scan);
/* Per document (links.c): later short forms to the full names before,
 * one label a word. */
void link_names (Scan *scan, GHashTable *acronyms);
/* Per document, after link_names() (companies.c): a film or music
 * company named in full ("Paramount Pictures") makes its name without
 * the last word an organisation elsewhere ("for Paramount"). */
void vote_company_stems (Scan *scan);
/* venues-bodies.c: a venue that speaks or acts is its institution,
 * ORG; a company's name and a place's right after it, one ORG. */
GHashTable *venue_bodies_load (const char *data_dir, GError **error);
GHashTable *firm_heads_load (const char *data_dir, guint64 bits[4], GError **error);
void mend_firm_heads (Scan *scan);
gboolean firm_cue_at (const Scan *scan, guint a);
gboolean firm_act_at (const Scan *scan, guint a);
void mend_acting_venues (Scan *scan);
GHashTable *place_leads_load (const char *data_dir, guint64 bits[4], GError **error);
void mend_place_leads (Scan *scan);
void mend_company_places (Scan *scan);
/* A place's name opening a company's ("Ruritania Petrochemicals
 * Limited"): the whole, one ORG. */
void mend_place_led_companies (Scan *scan);
void find_later_orgs (Scan *scan);
/* Whether words [a, b) and [c, d) are the same words, by slot (votes.c). */
gboolean runs_equal (const Scan *scan, guint a, guint b, guint c, guint d);
/* Per document (evidence.c, from link_names() before its surnames): a name
 * the document describes once ("X, the world's biggest printer firm",
 * "winger X", "X ... her achievements") takes the label described at
 * each of the tagger's mentions, where nothing in the document speaks
 * for the tagger's label. */
void vote_evidence (Scan *scan);
/* Per document (evidence.c, from link_names() after its votes): a
 * headline's mention takes the label the body gives all the mentions of
 * the same words. */
void vote_headline (Scan *scan);
/* Per document, after the spreads (evidence.c): a one-word name the
 * tagger alone called a person, that the document writes in lowercase
 * or that is an English word no list hints as a person's, with nothing
 * for a person at any mention, is dropped. */
void drop_unsupported_people (Scan *scan);
/* Per document, after the votes (votes.c): a name of two words or more
 * and its acronym of one word ("British American Tobacco", "Bat") agree
 * on being an organisation. */
void vote_acronyms (Scan *scan);
typedef struct _PersonAliases PersonAliases;
PersonAliases *person_aliases_load (const char *data_dir, GError **error);
void person_aliases_free (PersonAliases *aliases);
void mend_initialled_aliases (Scan *scan);
/* Per document (votes.c, from link_names()): an organisation's head noun
 * alone after "the" is an organisation where the document names one in
 * full with that head ("the European Commission ... the Commission"). */
void vote_heads (Scan *scan);
/* Per document (votes.c, from link_names()): a listed company the
 * tagger called a thing or a person in a list or a range of companies
 * ("from X to Y", "X, Y and Z") is the company. */
void vote_listed_companies (Scan *scan);
/* Per document (votes.c, from link_names()): a name of two words or
 * more a cue made an organisation is one at its mentions the tagger or
 * a shape rule took for a place. */
void spread_cued_runs (Scan *scan);
/* Per document (votes.c, first in link_names()): the tagger's one-word
 * name inside a heading in capitals that is a common English word no list
 * knows ("THE STARS WHO LEFT") is dropped. */
void drop_capital_headings (Scan *scan);
/* Per word, in a heading all in capitals (votes.c); NULL: none. */
bool *capital_heading_words (const Scan *scan);
/* headings.c: a capitals heading's names the story names below it. */
void find_heading_names (Scan *scan);
/* headings.c: a question's opening auxiliary or modal the tagger joined
 * to the name after it ("Will Tory housing plans ...?", "Can Velmar win?")
 * is cut from the name. */
void cut_question_verbs (Scan *scan);
/* Per document (votes.c, from link_names()): a threat actor's or a
 * malware's name from ATT&CK's lists made of English words ("Play",
 * "Snake", "The Dukes"; english-words.tsv), in a document with no word
 * of computer security (cues.tsv kind `cyber`), is dropped. */
void drop_idle_actors (Scan *scan);
/* Per document (votes.c, from link_names()): in a sport report, a
 * league or a competition by its name's last word (cues.tsv kinds
 * competition, competition-head: "the Premiership", "Premier League")
 * is MISC, as CoNLL-2003 writes sports leagues. */
void find_competitions (Scan *scan);
/* A capital after a lowercase letter, or a hyphen there ("GameBoy",
 * "Spider-Man"): a product's or a title's shape as often as a name's. */
gboolean product_shaped (const Word *w);
void find_city_teams (Scan *scan);
/* The names of @data_dir/clubs.tsv (rules-places.c): its prebuilt
 * image clubs.image where that is current, else clubs_read_tsv()'s; or
 * NULL with @error naming the file and line. */
WordMap *clubs_load (const char *data_dir, GError **error);
/* match-words.tsv's words (teams.c), or NULL with @error set. */
GHashTable *match_words_load (const char *data_dir, GError **error);
/* sport-countries.tsv (lineups.c), or NULL with @error set. */
GHashTable *sport_countries_load (const char *data_dir, GError **error);
/* team-nicknames.tsv (nicknames.c), or NULL with @error set. */
GHashTable *team_nicknames_load (const char *data_dir, GError **error);
/* A side by its nickname in a sport report is the side, ORG (nicknames.c). */
void find_nicknames (Scan *scan);
/* The names of @data_dir/companies.tsv (rules-places.c), keyed as
 * clubs_load()'s: its prebuilt image companies.image where that is
 * current, else companies_read_tsv()'s; or NULL with @error naming the
 * file and line. */
WordMap *companies_load (const char *data_dir, GError **error);
/* The phrases of @data_dir/company-acts.tsv (companies.c), or NULL with
 * @error naming the file and line. */
struct _CompanyActs *company_acts_load (const char *data_dir, GError **error);
void company_acts_free (struct _CompanyActs *acts);
/* The first word of the name ending right before word @i, or @i: the
 * span there, else up to four capitalised words (companies.c). */
guint company_name_before (const Scan *scan, guint ws, guint i);
/* The number of words of a company-acts.tsv brand phrase ("label",
 * "fashion house") at word @j, or 0 (companies.c). */
guint company_brand_at (const Scan *scan, guint j, guint we);
/* A name before such a phrase is the company's (brands.c); @i: the
 * lowercase word after a capitalised one, from find_by_context(). */
void company_brand (Scan *scan, guint ws, guint we, guint i);
/* Names listed right after such a phrase in the plural ("the labels X
 * and Y") are companies (brands.c); @i: the phrase's last word, a
 * lowercase plural before a capitalised word (find_by_context()). */
void company_brand_list (Scan *scan, guint ws, guint we, guint i);
/* Whether the words [a, b) are a club's name clubs.tsv lists. */
gboolean club_listed (const Scan *scan, guint a, guint b);
/* Whether the words [a, b) are a name @map (clubs, companies) holds
 * (teams.c; read by rules-places.c's known cities too). */
gboolean name_listed (const WordMap *map, const Scan *scan, guint a, guint b);
/* Whether the document is a sport report by its scores and the clubs a
 * result named so far (teams.c). */
gboolean sport_document (const Scan *scan);
/* Whether the name [a, b) stands where only a club does (teams.c: a
 * club's post, its players, its line-up, a result with its score);
 * @place: the name is a place's, @strict: the first pass's evidence. */
gboolean club_evidence (const Scan *scan, guint a, guint b, gboolean place, gboolean strict);
/* Whether the document is a sport report: a score, a player by
 * position, a line-up's heading or a team found so far
 * (rules-places.c); the test the clubs' and the line-ups' rules share. */
gboolean sport_report (const Scan *scan);
/* Whether the word before @a says where something stands or happened
 * ("in", "at", "near"): a place, not a club or a town's other use. */
gboolean after_where (const Scan *scan, guint a);
/* The steps the lists after a kind in the plural share (companies.c):
 * plural_stem() writes @key less its plural "s" into @stem (64 bytes;
 * with @es, less "es" too: "Joneses") and returns TRUE, or FALSE where
 * @key is no plural of four letters or more; examples_from() returns the
 * first example's word after the word of kind examples at @j ("such"
 * takes its "as"), or @we where "such" has none; next_example() returns
 * the word after the commas, "and" and "or" at @j, or @j where there
 * are none (the list ends). */
gboolean plural_stem (const char *key, gboolean es, char *stem);
/* Whether @key is a plural whose singular (less "s", or "ies" as "y":
 * "companies", "comedies") is a cue word of kind @cue (cues.tsv). */
gboolean plural_has_cue (const Scan *scan, const char *key, Cue cue);
guint examples_from (const Scan *scan, guint we, guint j);
guint next_example (const Scan *scan, guint we, guint j);
/* Works (works.c), for find_by_context(): a capitalised run right after
 * the work noun at word @i (work-nouns.tsv: "the film X", "French film A
 * Very Long Engagement") is the work's title, MISC; returns the title's
 * last word, or @i. */
guint work_after (Scan *scan, guint ws, guint we, guint i);
/* The title after a work-verb or a work-in word at word @i ("co-wrote
 * X", "starred in X"),
 * as work_after(): returns the title's last word, or @i. */
guint work_after_verb (Scan *scan, guint ws, guint we, guint i);
/* The titles listed after the work noun in the plural at @i and the word
 * of kind examples at @j ("films including X, Y and Z"); FALSE where @i
 * is no work noun in the plural. */
gboolean listed_works (Scan *scan, guint we, guint i, guint j);
/* Per document, before link_names() reads the people (people.c): a kind
 * of person opening a person's name is the person's role ("Singer
 * Fenwick" where the document names Maria Fenwick). */
void mend_kind_titles (Scan *scan);
/* Per document, after link_names() (people.c): "the Oatleys", a surname
 * of the document's people in the plural, is PERSON. */
void mend_families (Scan *scan);
/* A team's line-up (people.c): in a list of three names or more, most
 * of them an initial and a surname or a person, each initial and
 * surname is a person ("G Murphy", "S Best"), and so is a lone surname
 * beside one ("Klerck"). */
void mend_line_ups (Scan *scan, guint ws, guint we);
/* A team's line-up, a list of players' names after "Subs:" or a team's
 * name and a colon, or alone with substitutes' minutes (lineups.c):
 * each a person, the team heading it the club. */
void find_line_ups (Scan *scan, guint ws, guint we);
/* rules-squads.c: a squad list's clubs in brackets after players' full names. */
void find_named_squads (Scan *scan, guint ws, guint we);
/* Whether word @i, a cues.tsv line-up word opening its sentence, heads
 * a line-up: a colon within its first four words ("Subs not used:"). */
gboolean line_up_heading (const Scan *scan, guint i);
/* A name of the tagger (not an organisation already) before a plural
 * verb ("Roxy Music were formed", "Kasabian have split") is an
 * organisation, cued so its other mentions follow; not a
 * list of people, nor a name the lists claim.  Reads the sentence's
 * spans, from @first_span on (bands.c, with find_plural_bands()). */
void find_plural_names (Scan *scan, guint first_span, guint ws, guint we);
/* Per document, after link_names() (people.c): a name of two words or
 * more that a cue made an organisation is one at its mentions the
 * tagger took for a person. */
void spread_cued_orgs (Scan *scan);
/* Works by their title case (works.c): a capitalised run of three words
 * or more with a function word capitalised inside ("Sex And The City",
 * "How To Dismantle An Atomic Bomb"), in a sentence not in title case,
 * is a work's title, MISC. */
void find_title_case_works (Scan *scan, guint ws, guint we);
/* An act's possessive and a title in sentence case in a document that
 * speaks of works: "Keane's Hope and Fears" (works.c). */
void find_possessive_titles (Scan *scan, guint ws, guint we);
/* Titles by what stands around them (titles.c), in one walk over the
 * sentence: a film's by its credit after it ("The Aviator, starring
 * Leonardo DiCaprio", "Vera Drake star Imelda Staunton"), a title cut at
 * "of" before a kind of work ("the Phantom of the Opera movie"), one
 * with its own possessive after a channel's ("BBC Radio 4's Woman's
 * Hour"), a broadcast's before "programme" ("told the Today programme"). */
void find_credited_titles (Scan *scan, guint ws, guint we);
/* works.c's pieces titles.c and works-numbered.c read too. */
void claim_title (Scan *scan, guint a, guint b);
gboolean title_word (const Word *w);
gboolean named_the (const Scan *scan, guint a, guint b);
/* Whether the name [a, end) after "game" or "classic" is a side of a
 * match by what follows it or by what it is (works-matches.c). */
gboolean match_after_title (const Scan *scan, guint a, guint end, guint we);
gboolean subtitle_opens (const Scan *scan, guint c, guint we, gboolean people);
/* Per document (titles-described.c, from link_names()): the tagger's name the text
 * says is a work right after it ("Wolf Brother is an enchanting book"),
 * a work's title. */
void find_described_works (Scan *scan);
gboolean speaks_of_works (Scan *scan);
guint capitalised_run_start (const Scan *scan, guint ws, guint b);
gboolean may_be_title (const Scan *scan, guint a, guint b, gboolean lead);
guint title_end (const Scan *scan, guint a, guint we, gboolean listed);
gboolean opens_person (const Scan *scan, guint i);
/* Per document, before spread_works() (titles.c): the other items of a
 * list a work's title is in ("The Motorcycle Diaries, Lost in
 * Translation and 21 Grams") are works too. */
void spread_listed_works (Scan *scan);
void mend_the_titles (Scan *scan, guint ws, guint we);
/* Bodies' names cut at a lowercase connector, joined ("Network for
 * Good"); orgnames.c. */
void find_org_names (Scan *scan, guint ws, guint we);
void join_paired_body_at (Scan *scan, guint ws, guint we, guint i);
/* Two names glued by "and" into one body cut in two (orgnames.c). */
void cut_two_names (Scan *scan);
/* Whether @w's word ends a person's name of two words or more in the
 * document ("Johnny Depp"), read once a document (orgnames.c). */
gboolean surname_marked (Scan *scan, const Word *w);
/* Whether a first name or a title stands right before some mention of
 * @w's word in the document ("Anna Kelmor", "Mr Kelmor"; orgnames.c). */
gboolean first_name_marked (Scan *scan, const Word *w);
/* works-numbered.c: a title and its number or its subtitle after a colon ("Doom 3", "Grand
 * Theft Auto: San Andreas"), in a sentence that speaks of works: MISC. */
void find_numbered_works (Scan *scan, guint ws, guint we);
/* works-linked.c: a title joined by a lowercase "of" or "and" ("Winter
 * of the Long Knives"), a work's word near it in the sentence: MISC. */
void find_linked_titles (Scan *scan, guint ws, guint we);
/* works-before.c: a title right before its kind's noun ("a Moon Harbour
 * film", "the Captain Vane franchise"): MISC, a work. */
void find_titles_before_nouns (Scan *scan, guint ws, guint we);
/* works-joined.c: the title with lowercase joiners inside that ends at
 * word @a's capitalised piece before the noun at word @i ("the Terror
 * on Maple Lane films"): MISC, a work, where it is one. */
void joined_title_before (Scan *scan, guint ws, guint a, guint i);
/* Whether the joined run [start, i) may be one title, not two names
 * ("Smith of Leeds"): works-joined.c, read by titles.c too. */
gboolean joined_pieces_may_be_title (const Scan *scan, guint start, guint i);
/* Whether word @i is the capitalised "Vs" of a title "X Vs Y" in a
 * document that speaks of works, claimed a work's (works-joined.c;
 * asked by find_awards()'s pass over the words). */
gboolean versus_title_at (Scan *scan, guint i);
/* titles.c: the end of a title with an owner's possessive inside,
 * words [a, end): one to three capitalised words the document writes
 * nowhere but before that possessive and a capitalised word ("Captain
 * Corelli's Mandolin"), or @a where there is none. */
guint owned_title_end (const Scan *scan, guint a, guint we);
/* works.c: whether word @k opens a chart's position ("at number two"). */
gboolean chart_place_at (const Scan *scan, guint k, guint we);
/* awards.c: whether @w is a dash standing alone. */
gboolean is_dash (const Scan *scan, const Word *w);
/* works-numbered.c, from find_credited_titles()'s walk: the titles a
 * song's plural noun lists in apposition ("his two singles, X and Y,")
 * or places in a chart ("including X at number 12 and Y at number
 * 19"). */
void listed_singles (Scan *scan, guint ws, guint we, guint i);
/* Per document, after link_names() (works.c): the other mentions of a
 * title work_after() and listed_works() found, whatever label they had, are the work. */
void spread_works (Scan *scan);
void find_awards (Scan *scan);
/* Per document (rules-context.c): an acronym in capitals before a kind
 * of technology (cues.tsv tech-noun: "GPRS technology", "GPRS and MMS
 * technology") names none of the tagger's or a rule's organisations,
 * there or elsewhere in the document, unless it speaks or owns there or
 * @acronyms (find_acronyms()) holds it after an organisation's name. */
void drop_tech_acronyms (Scan *scan, GHashTable *acronyms);
/* Whether span @p may be a product the lists do not know (rules-context.c). */
gboolean unlisted_name (const Scan *scan, const Span *p);
/* software-nouns.tsv's words (software.c), each to its SOFTWARE_ bits,
 * and in @bits their hashes' bits; or NULL with @error set. */
GHashTable *software_nouns_load (const char *data_dir, guint64 bits[8], GError **error);
/* Adds to *@products (made when NULL) the folded names a kind of
 * software stands beside (software.c; read by products_by_noun()). */
void software_names (Scan *scan, GHashTable **products);
/* vehicles.c: adds to @products (created when NULL) the folded names
 * of cars' models, right before a kind of car after an article or a
 * possessive ("the Corvanta sedan"), and the names joined before it. */
void vehicle_names (Scan *scan, GHashTable **products);
/* Whether span @p of two or three words ends in a kind of car
 * capitalised, a model's name ("the Corvanta Coupe", "Zelmira Hybrid"):
 * not "Car" or "Model", nor after a cue word or an acronym. */
gboolean vehicle_kind_last (const Scan *scan, const Span *p);
/* Whether software_names() found folded name @key before a kind of
 * program whose possessive is its own ("Krellix's spread"): no owner. */
gboolean software_own_possessive (GHashTable *products, const char *key);
/* Per document (rules-context.c): where the document names "X Awards"
 * or "X Award" as an event, one-word mentions "Xs" are the ceremony,
 * MISC ("the Brits" after "the Brit Awards"). */
void mend_award_plurals (Scan *scan);
/* Per document, after link_names() (rules-places.c): a name before a place
 * suffix ("Lyon-based") is the place the lists know. */
void mend_place_suffix (Scan *scan);
void mend_known_cities (Scan *scan);
void mend_unlisted_towns (Scan *scan);
/* Per document, from mend_unlisted_towns() (rules-districts.c): the
 * tagger's people placed in a town ("at X in Leeds") are its districts. */
void mend_districts (Scan *scan);
/* Whether a company's word stands before the preposition before word @a
 * ("shares in X", "sales at X"): no place's preposition (rules-places.c). */
gboolean company_context (const Scan *scan, guint a);
/* The city's or subdivision's entry of the lists for words [a, b)
 * exactly (GeoNames, ISO 3166-2, places.tsv), or NULL (rules-places.c). */
const GazetteerEntry *city_entry (const Scan *scan, guint a, guint b);
/* Whether the words [a, b) are a region regions.tsv names (rules-places.c). */
gboolean region_named (const Scan *scan, guint a, guint b);
/* Per document, from mend_unlisted_towns() (rules-towns.c): a town
 * before a kind of person or an event, or owning a person's name, is
 * the town, GPE, where the document gives its name no club's evidence. */
void mend_town_modifiers (Scan *scan);
/* Per document, after mend_town_modifiers() (rules-towns.c): in a sport
 * report, a place after "at" or "for" where a player or a coach works
 * ("coached at Porto and Barcelona") is the club the document names as
 * an organisation elsewhere. */
void mend_clubs_at (Scan *scan);
/* Per document, from mend_unlisted_towns() (rules-towns.c): a state or
 * a province ISO 3166-2 lists that the tagger read as a place, or as an
 * organisation beside a word of its government, is the unit, GPE. */
void mend_tagged_states (Scan *scan);
/* religions.c: religions.tsv's adjectives, and the tagger's name that is
 * one or ends in a group's word made a NORP; diseases.tsv's names MISC. */
void mend_religions (Scan *scan);
/* rules-nationals.c: nationality words joined by a hyphen
 * ("Palestinian-Israeli") and a region's adjective ("Middle Eastern")
 * made a NORP, whatever the tagger read. */
void mend_place_adjectives (Scan *scan);
/* rules-short-places.c: a full name's first word alone ("the Republic"
 * after "the Republic of Ireland") is that place, GPE. */
void mend_short_places (Scan *scan);
GHashTable *religions_load (const char *data_dir, GError **error);

/* seats.c: constituencies (GPE) by the words around them ("the MP for
 * X", "the X by-election"), languages (MISC) by theirs ("in Latin", "a
 * Welsh name"), and formats (MISC: "the UMD format"), over the whole
 * document once its names are linked. */
typedef struct _Seats Seats;
typedef struct _CompanyActs CompanyActs;
Seats *seats_load (const char *data_dir, GError **error);
void seats_free (Seats *seats);
void mend_seats (Scan *scan);
/* Whether word @i is of kind state-office (seats.tsv): "governor". */
gboolean seats_state_office (const Scan *scan, guint i);
/* Whether word @i is of kind press-role (seats.tsv): "editor". */
gboolean seats_press_role (const Scan *scan, guint i);
/* Whether words @a to @b - 1 are a party's name the lists know, as
 * written or in the singular: "Liberal Democrats". */
gboolean seats_party_name (const Scan *scan, guint a, guint b);
/* The word lists of seats.tsv read by rules-towns.c and rules-context.c:
 * a contest's winner ("the Venice winner"), a verb of a venue or of
 * arriving before "at" ("held at"), of a journey before "for" ("left
 * for"), a copula after "which" ("which is"). */
typedef enum
{
  SEAT_WORD_WINNER,
  SEAT_WORD_VENUE_VERB,
  SEAT_WORD_JOURNEY_VERB,
  SEAT_WORD_COPULA,
} SeatWord;
gboolean seats_word_is (const Scan *scan, guint i, SeatWord kind);
/* Whether word @i is a lowercase noun of kind city-noun (seats.tsv). */
gboolean seats_city_noun (const Scan *scan, guint i);
/* The "iso3166-2:" code of the state or province [a, b) names, or NULL. */
const char *seats_state_code (const Scan *scan, guint a, guint b);
