/* gazetteer.h: names the entities stage knows (gazetteer.c). */
#pragma once

#include <assay/assay.h>

#include <string.h>

G_BEGIN_DECLS

typedef struct
{
  const char *label;     /* GPE, NORP, ORG, PERSON, THREAT_ACTOR, MISC (malware) */
  const char *canonical;
  const char *kb;        /* nullable: "iso3166:CN", "wikidata:Q458", "attack:G0128", "geonames:…" */
  const char *country;   /* nullable: the country it belongs to or is attributed to */
  gboolean place;        /* a city or region, not a country */
  /* nullable: the kind of a name that only hints the tagger (it claims
   * no words alone): CITY, REGION, FIRST (a first name), NAME (a part of
   * a person's name), COMPANY.  Its gazetteer class is B-/I- of it. */
  const char *hint;
  gboolean yields;       /* generated (cities, subdivisions, malware): a name listed before it keeps its entry */
  gboolean faint;        /* a hint only as a feature: a place the tagger finds there is not this one */
} GazetteerEntry;

typedef struct _Gazetteer Gazetteer;

/* What one word key is to the lists, from one probe of the map of the
 * names' first words: a text's word is looked up once, where it is read,
 * and matching reads the answer.
 *
 * 9 bytes, not 16: packed, and @start a byte (the START_ flags are four:
 * gazetteer-private.h asserts they fit), so that a Word (entities.h) is
 * 64 bytes with no padding of this one inside it.  @single first:
 * returned by value (gazetteer_word()), the pointer fills one register
 * and @start the other.  No file takes the address of a member (GCC
 * would warn). */
typedef struct __attribute__ ((packed))
{
  const GazetteerEntry *single; /* nullable: the name of the word alone */
  guint8 start;                 /* how names start with it (gazetteer.c's START_ flags); 0: none */
} GazetteerWord;

G_STATIC_ASSERT (sizeof (GazetteerWord) == 9);

/* The kinds of cue word the rules read (cues.tsv): a set of bits, 64 so
 * that kinds can grow past the 31 an enum holds. */
typedef guint64 Cue;

#define CUE_ROLE ((Cue) 1 << 0)
#define CUE_MODIFIER ((Cue) 1 << 1)
#define CUE_HONORIFIC ((Cue) 1 << 2)
#define CUE_ORG_HEAD ((Cue) 1 << 3)
#define CUE_VERB ((Cue) 1 << 4)
#define CUE_CONNECTOR ((Cue) 1 << 5)
#define CUE_FUNCTION ((Cue) 1 << 6)
#define CUE_LOC_HEAD ((Cue) 1 << 7)
#define CUE_ORG_NOUN ((Cue) 1 << 8)
#define CUE_PLACE_SUFFIX ((Cue) 1 << 9)    /* "-based": a place's name before it is its own name */
#define CUE_NAME_SUFFIX ((Cue) 1 << 47)   /* "-powered", "-owned": any capitalised name before it is its own word */
#define CUE_GROUP ((Cue) 1 << 10)          /* people of a group that is no country's: NORP alone ("Muslims", "Tory") */
#define CUE_EVENT_HEAD ((Cue) 1 << 11)     /* ends an event's, award's or law's name: "Booker Prize", "Gulf War" */
#define CUE_RESULT ((Cue) 1 << 12)         /* joins two teams in a result: "beat", "drew", "v" */
#define CUE_NAME_VERB ((Cue) 1 << 13)      /* a verb after a name and its number: "Channel 4 has" (numbered.c) */
#define CUE_MEASURE ((Cue) 1 << 14)        /* a unit or a move after a number: "5 per cent", "1 up" (numbered.c) */
#define CUE_TITLE_WORD ((Cue) 1 << 15)     /* a lowercase word inside a work's title: "Lost in Translation" (works.c) */
#define CUE_COMPANY_OF ((Cue) 1 << 16)     /* what a company has: "X's shareholders", "X's chief executive" (companies.c) */
#define CUE_EXAMPLES ((Cue) 1 << 17)       /* opens a list of examples: "retailers including X, Y" (companies.c) */
#define CUE_WORK_NOUN ((Cue) 1 << 18)      /* a kind of work, from work-nouns.tsv, not cues.tsv: "the film X" (works.c) */
#define CUE_COMPANY_ONLY ((Cue) 1 << 19)   /* what only a company has, not a person or a place: "X's shareholders" (companies.c) */
#define CUE_PERSON_HAS ((Cue) 1 << 20)     /* what a person has as often as a company: "Murdoch's takeover" (companies.c) */
#define CUE_WORK_MODIFIED ((Cue) 1 << 21)  /* a work noun by its second sense only: after a modifier alone ("TV series X") */
#define CUE_ORG_WORD ((Cue) 1 << 22)       /* what a campaign or a body is or is for, in its name: "Save The Children" (works.c) */
#define CUE_ORG_AFTER ((Cue) 1 << 23)      /* a kind of publication or body after its name: "the Times newspaper" (rules-context.c) */
#define CUE_MEDIA_VERB ((Cue) 1 << 24)     /* "told the X", "writing in the X": X is a publication or a body (rules-context.c) */
#define CUE_WORK_VERB ((Cue) 1 << 25)      /* a work's title follows: "co-wrote X" (works.c) */
#define CUE_WORK_IN ((Cue) 1 << 26)        /* "in" and a work's title follow: "starred in X", "his role in X" (works.c) */
#define CUE_MEDIA_PREP ((Cue) 1 << 27)     /* a media verb only with "in", "to" or "with": "writing in the X", not "wrote the X" (rules-context.c) */
#define CUE_TIME ((Cue) 1 << 28)           /* a lowercase word of when: "told the Guardian yesterday" is no modifier's noun (rules-context.c) */
#define CUE_TECH_NOUN ((Cue) 1 << 29)      /* a kind of technology after its acronym: "GPRS technology" (rules-context.c) */
#define CUE_CEREMONY ((Cue) 1 << 30)       /* an event head whose name's first word, plural, is the event: "the Brits" (rules-context.c) */
#define CUE_STAKE_IN ((Cue) 1 << 31)       /* what an owner holds in a company, before "in" and its name: "a stake in X" (rules-context.c) */
#define CUE_ORG_AFTER_BARE ((Cue) 1 << 32) /* an org-after noun whose name needs no "the" before it: "told Heat magazine" (rules-context.c) */
#define CUE_TRANSFER ((Cue) 1 << 33)       /* a player's move between clubs: "moved from X to Y" names no places (rules.c) */
#define CUE_PLAYER ((Cue) 1 << 34)         /* a club's player by position: "midfielder", "striker" (rules.c) */
#define CUE_TEAM_NOUN ((Cue) 1 << 35)      /* what a club has after its name: "Portsmouth side", "Leeds fans" (rules-places.c) */
#define CUE_LINE_UP ((Cue) 1 << 37)        /* a heading of a team's players: "Subs: ...", "Replacements: ..." (lineups.c) */
#define CUE_FIXTURE ((Cue) 1 << 36)        /* a result word only teams stand around, score or none: "v", "vs" (rules-places.c) */
#define CUE_SAINT ((Cue) 1 << 38)          /* a saint's title: "St Mary's Hospital" is one name past its possessive (spans.c) */
#define CUE_CLUB_POST ((Cue) 1 << 40)      /* a club's post after its name, a club's alone: "Valencia boss", "as Valencia coach" (rules-places.c) */
#define CUE_SPORT ((Cue) 1 << 41)         /* a word of sport stories: a club clubs.tsv lists keeps the tagger's organisation (rules-places.c) */
#define CUE_SPEAKS_FOR ((Cue) 1 << 39)     /* speaks for a body before "for" or "at": "a spokeswoman for X" (rules-context.c) */
#define CUE_PROGRAMME ((Cue) 1 << 48)      /* a broadcast's noun after its title: "told the Today programme" (works.c) */
#define CUE_WORK_CREDIT ((Cue) 1 << 49)    /* a film's credit after its title and a comma: "X, starring Y" (titles.c) */
#define CUE_WORK_CREW ((Cue) 1 << 50)      /* a film's maker or player between its title and a name: "X star Y" (titles.c) */
#define CUE_COMPANY_TAIL ((Cue) 1 << 51)   /* a film or music company's last word: "Paramount Pictures" ... "Paramount" (companies.c) */
#define CUE_BROADCAST_AFTER ((Cue) 1 << 57) /* what a broadcaster does, after its name: "BSkyB broadcasts" (rules-context.c) */
#define CUE_COMPETITION ((Cue) 1 << 58) /* a sports league's one-word name: "Premiership", "Bundesliga" (votes.c) */
#define CUE_COMPETITION_HEAD ((Cue) 1 << 59) /* the last word of a sports league's name: "Premier League" (votes.c) */
#define CUE_WORK_NAMED ((Cue) 1 << 60) /* a verb naming a work after its noun: "the song, titled X", "a film called X" (titles.c) */
#define CUE_MUSICIAN ((Cue) 1 << 42)    /* a musician's or a star's noun: the name after is a person, a musician's name before a band or label: "Oasis guitarist Gem Archer" (music.c) */
#define CUE_LABEL ((Cue) 1 << 43)       /* a record label's cue: the name before the noun ("the Mute label"), after the verb and "to" ("signed to Creation") (music.c) */
#define CUE_BAND_NOUN ((Cue) 1 << 44)   /* a band's or a group's noun: the name after is one ("group Westlife"), the plural opens a list: "Other bands at the festival include X, Y" (music.c) */
#define CUE_SONG_NOUN ((Cue) 1 << 62) /* a song's noun that is a verb as often: a title follows after a music word or a possessive ("her debut hit X", "the hit track X"); in the plural it opens a list ("her hits include X, Y") (music.c; masked off Word.cue in capitals) */
#define CUE_MUSIC_WORD ((Cue) 1 << 63) /* a genre or a word of the charts before a song's noun or a musician's ("debut hit", "Pop star X": the genre is no name) (music.c; masked off Word.cue, read by cue_map_rules()) */
#define CUE_PERSON_SIDE ((Cue) 1 << 52)    /* a person's following or government after the name: "the Brown camp" (links.c) */
#define CUE_SPORT_NAME ((Cue) 1 << 55)     /* a sport's name: after or before a place, or after "Team", it ends a national body's name ("UK Athletics", "Sport England"; orgnames.c) */
#define CUE_WEEKDAY ((Cue) 1 << 54)        /* a day's name a paper's title holds: "the Sunday Times", "the Mail on Sunday" (spans.c) */
#define CUE_CYBER ((Cue) 1 << 56)          /* a word of computer-security stories: ATT&CK's names stand only where one is (votes.c) */
#define CUE_PRODUCT_NOUN ((Cue) 1 << 45) /* a kind of software or device after its name: "Kazaa software" (rules-context.c) */
#define CUE_VESSEL ((Cue) 1 << 46)       /* a kind of ship, its name after it: "the submarine Kursk" (products.c) */
#define CUE_PRESS_TITLE ((Cue) 1 << 53)  /* a word a newspaper's title ends in: "the Sunday Times", not "the Sunday Arsenal" (spans.c) */
#define CUE_MONTH ((Cue) 1 << 61)        /* a month's name, "May" too: after a word of when it is a date, no name ("Last May", rules.c) */

/* The kinds the tagger reads as features (ner_cue_kind()); the others
 * are the rules' alone. */
#define CUE_TAGGER_KINDS                                                                                               \
  (CUE_ROLE | CUE_HONORIFIC | CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_EVENT_HEAD | CUE_ORG_NOUN | CUE_WORK_NOUN               \
   | CUE_FUNCTION | CUE_CONNECTOR | CUE_VERB)


/* Word keys to flags, looked up by a hash each word gets once
 * (word_hash): the cue words' kinds, the words names start with.  An
 * open-addressed table of hashes, so a miss, nearly every word, costs a
 * compare of integers and no string hashing. */
typedef struct _WordMap WordMap;

/* FNV-1a of the @length bytes of @key. */
guint32 word_hash (const char *key, gsize length);
/* Returns (transfer full): free with word_map_free(). */
WordMap *word_map_new (void);
void word_map_free (WordMap *m);
/* ORs @flags (not 0) into @key's; @key is copied. */
void word_map_add (WordMap *m, const char *key, guint flags);
/* Sets the value of @key, which the map holds (its flags are not 0). */
void word_map_set_value (WordMap *m, const char *key, gconstpointer value);
/* One slot of a WordMap: the hash, the flags, the key and the value
 * side by side, so a probe reads one place, not several arrays (a word
 * that starts a name read its entry from an array apart).  Same
 * instructions; entities-bench could not tell the stage's time apart at
 * the load it was measured under, so this stays for the simpler map. */
typedef struct
{
  guint32 hash;
  guint flags;     /* 0: an empty slot */
  const char *key; /* in the map's strings */
  gconstpointer value; /* NULL until word_map_set_value() */
} WordSlot;

struct _WordMap
{
  guint32 mask;    /* slots - 1 */
  guint n;
  WordSlot *slots;
  GStringChunk *strings;
  GPtrArray *sources; /* nullable: the data files it was read from (word_map_note_source()), for its image */
  char *image;        /* nullable: the strings of the image it was read from, which its keys point into */
  gsize mapped;       /* table_free()'s argument for @slots (tables.h): an image's map is megabytes */
};

/* The slot of @key (its word_hash() @hash): where it is, or the empty
 * slot where it would go (linear probing, the map at most half full).
 * Inline, with word_map_get(), in the header: every word of a text
 * probes the cue words' map, and as a call the probe's saving and
 * restoring of registers was as long as the probe (look_up_words()). */
static inline guint32
word_map_slot (const WordMap *m, const char *key, guint32 hash)
{
  guint32 i = hash & m->mask;
  while (m->slots[i].flags && (m->slots[i].hash != hash || strcmp (m->slots[i].key, key) != 0))
    i = (i + 1) & m->mask;
  return i;
}

/* The flags of @key, whose word_hash() is @hash; 0: absent. */
static inline guint
word_map_get (const WordMap *m, const char *key, guint32 hash)
{
  return m->slots[word_map_slot (m, key, hash)].flags;
}
/* Notes that @m's keys came from @file (static: a literal) of its data
 * folder, so that its prebuilt image (gazetteer-image.c) is read only
 * while the file is as it was. */
void word_map_note_source (WordMap *m, const char *file);
/* Returns (transfer full): the word map prebuilt as @data_dir/@name
 * (gazetteer-image.c) where that file exists and every data file it was
 * read from is as it was then, and it is whole and this build's;
 * otherwise NULL and the caller reads the TSVs (a damaged image with a
 * warning naming the file and what is wrong). */
WordMap *word_map_image_load (const char *data_dir, const char *name);
/* The football clubs' names of @data_dir/clubs.tsv (openfootball's
 * list, NAME<TAB>CLUB<TAB>COUNTRY), each folded word by word
 * (assay_text_fold()) and joined by one space, with the flags 1: from
 * the TSV alone (gazetteer.c), as assay-entities-images writes it into
 * clubs.image; or NULL with @error naming the file and line. */
WordMap *clubs_read_tsv (const char *data_dir, GError **error);
/* The companies' names of @data_dir/companies.tsv (NAME<TAB>SOURCE),
 * folded and their words joined by one space, with the flags 1: from
 * the TSV alone (gazetteer.c), as assay-entities-images writes it into
 * companies.image; or NULL with @error naming the file and line. */
WordMap *companies_read_tsv (const char *data_dir, GError **error);
/* Asks for the slot word_map_get() of a key of @hash will read first,
 * so that the probe, a few words later, need not wait for memory. */
void word_map_prefetch (const WordMap *m, guint32 hash);

/* Loads the data files of @data_dir: the names that claim words
 * (countries.tsv, places.tsv, demonyms.tsv, organisations.tsv,
 * office-holders.tsv, actors.tsv, actors-extra.tsv, malware.tsv, and the
 * claim lines of cities.tsv and subdivisions.tsv), those that hint (person-names.tsv,
 * companies.tsv, the hint and faint lines) and the currency codes
 * (currencies.tsv); from @data_dir/gazetteer.image instead where every
 * file it was made from is unchanged (gazetteer-image.c).  Returns
 * (transfer full) the gazetteer, or NULL with @error naming the file and
 * line (or the image and what is wrong with it). */
Gazetteer *gazetteer_new (const char *data_dir, GError **error);
void gazetteer_free (Gazetteer *g);

/* How a word is written, as matching needs it: @upper, it starts with a
 * capital or a digit (a name may start there); @capitals, it has no
 * lowercase letter (an acronym may be there). */
void gazetteer_word_case (const char *word, gboolean *upper, gboolean *capitals);

/* The longest name starting at token @i of @keys (the tokens' keys), at
 * most @n tokens; returns its length in tokens (0: none) and the entry.
 * @glued says which tokens follow the one before with no space between
 * ("People" "’s"), so a name matches however the text was cut into
 * tokens; @capitals which have no lowercase letter, for the names listed
 * in capitals only ("WHO"), which match only so.  With @claims_only,
 * names that only hint are passed over. */
guint gazetteer_match (const Gazetteer *g, const char *const *keys, const gboolean *glued, const gboolean *capitals,
                       guint i, guint n, gboolean claims_only, const GazetteerEntry **entry);

/* The class of a word inside a listed name (static): "B-GPE" for its
 * first word, "I-GPE" for the others; B-CITY ... for hints. */
const char *gazetteer_class (const GazetteerEntry *entry, gboolean first);

/* Per word of @keys the class of the listed name over it, as "B-GPE"
 * (first word) or "I-GPE" (the others), or NULL: the tagger's gazetteer
 * features.  Names that claim are found first, longest first, left to
 * right; then, over the words they left, names that hint.  @upper says
 * which words start with a capital or a digit (a name is looked for only
 * there).  @vocab (nullable) are the keys' gazetteer_word().  Where
 * @entries is not NULL it gets, at the first word of each
 * name found, its entry (NULL elsewhere), and @lengths its length in
 * words.  Returns (transfer container): free with g_free; the strings
 * are static. */
const char **gazetteer_classes (const Gazetteer *g, const char *const *keys, const GazetteerWord *vocab,
                                const gboolean *glued, const gboolean *capitals, const gboolean *upper, guint n,
                                const GazetteerEntry **entries, guint *lengths);
/* gazetteer_classes() into @classes, which holds @n (the stage's, its
 * scratch space reused sentence after sentence: no allocation a
 * sentence). */
void gazetteer_classes_fill (const Gazetteer *g, const char *const *keys, const GazetteerWord *vocab,
                             const gboolean *glued, const gboolean *capitals, const gboolean *upper, guint n,
                             const GazetteerEntry **entries, guint *lengths, const char **classes);


/* What @key (its word_hash() @hash) is to the lists; all zero for a
 * word no name starts with.  The entry lives as long as @g. */
GazetteerWord gazetteer_word (const Gazetteer *g, const char *key, guint32 hash);
/* word_map_prefetch() for gazetteer_word(). */
void gazetteer_word_prefetch (const Gazetteer *g, guint32 hash);
/* Asks for what matching a name at a word will read after
 * gazetteer_word() gave @first for it (its key's hash @hash): the entry
 * of the word alone, and where the next word (@next_key, nullable: none;
 * @next_glued: no space before it) may go on a longer name, the slot of
 * the two words' key.  Only a hint to memory: nothing is read. */
void gazetteer_name_prefetch (const Gazetteer *g, GazetteerWord first, guint32 hash, const char *next_key,
                              gboolean next_glued);
/* Whether @key (its word_hash() @hash) is an ISO 4217 code of
 * currencies.tsv. */
gboolean gazetteer_is_currency (const Gazetteer *g, const char *key, guint32 hash);

/* What a cue word is: to the rules, the kinds cues.tsv and
 * work-nouns.tsv give it now; to the tagger, the kinds it was trained
 * with (the model's ner-cues.tsv), so that a row a user adds after
 * training feeds the rules and leaves the tagger's features as the
 * model learnt them. */
typedef struct
{
  Cue rules;
  Cue tagger;      /* of CUE_TAGGER_KINDS only */
  const char *key; /* in the map's strings */
} CueRow;

/* Word keys to their CueRow, one probe a word (inline: every word of
 * a text is looked up). */
typedef struct
{
  WordMap *words; /* key -> index into rows; 0 absent */
  GArray *rows;   /* CueRow; the first has no kinds, for the words that are no cue word */
} CueMap;

/* Reads cues.tsv of @data_dir, and work-nouns.tsv as CUE_WORK_NOUN, for
 * the rules; for the tagger @tagger_file (nullable: the tagger reads the
 * rules' rows, as training does), the cue rows a model was trained with
 * (WORD<TAB>KIND[,KIND...], cues.tsv's kind names, written by
 * assay-ner-train).  Returns (transfer full) the map, or NULL with
 * @error naming the file, line and kind. */
CueMap *cue_map_load (const char *data_dir, const char *tagger_file, GError **error);
void cue_map_free (CueMap *m);
/* The row of @key (its word_hash() @hash); a row of no kinds where the
 * word is no cue word.  Lives as long as @m. */
static inline const CueRow *
cue_map_get (const CueMap *m, const char *key, guint32 hash)
{
  return &g_array_index (m->rows, CueRow, word_map_get (m->words, key, hash));
}

/* The rules' kinds of @key: cue_map_get()'s rules. */
static inline Cue
cue_map_rules (const CueMap *m, const char *key, guint32 hash)
{
  return cue_map_get (m, key, hash)->rules;
}
/* Writes the tagger's kinds of @m's rows (those that have any) to @path
 * as a tagger_file for cue_map_load(), in key order, with a header
 * saying what it is. */
gboolean cue_map_write_tagger (const CueMap *m, const char *path, GError **error);

G_END_DECLS
