/* dates-private.h: what the dates stage's files share.
 *
 * The stage in passes over a document: scan.c finds candidate matches of
 * the patterns (data/patterns.tsv) where their anchor words are (its
 * tables in scan-tables.h);
 * normalise.c computes each one's TIMEX3 value by its kind, with words.c
 * (what the words mean), calendar.c (calendar arithmetic) and tense.c
 * (whether the clause speaks of the future); discourse.c carries what
 * earlier expressions tell later ones; value.c holds a value as fields and
 * writes it as text, once; timex.c writes the expression.  load.c
 * reads the data files; dates.c is the stage itself.
 */
#pragma once

#include <assay/assay.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "cue-needs.h"
#include "scan-tables.h"

G_BEGIN_DECLS

/* The named groups a normalisation reads (patterns.tsv's header lists them). */
enum
{
  G_YEAR,
  G_MONTH,
  G_DAY,
  G_WEEKDAY,
  G_SHIFT,
  G_MOD,
  G_UNIT,
  G_NUMBER,
  G_WORD,
  G_SEASON,
  G_PART,
  G_HOUR,
  G_MINUTE,
  G_AMPM,
  G_TZ,
  G_HALF,
  G_OFFSET,
  G_AFTER,
  N_GROUPS
};

/* The normalisations, as patterns.tsv names them (KIND). */
typedef enum
{
  KIND_ISO,
  KIND_DATE,
  KIND_MONTH,
  KIND_MONTHREL,
  KIND_YEAR,
  KIND_DECADE,
  KIND_CENTURY,
  KIND_QUARTER,
  KIND_SEASON,
  KIND_REF,
  KIND_QUARTERREL,
  KIND_YEARAGO,
  KIND_HOLIDAY,
  KIND_DURATION,
  KIND_SET,
  KIND_TIME,
  KIND_RELDAY,
  KIND_TONIGHT,
  KIND_WEEKDAY,
  KIND_MONTHSHIFT,
  KIND_RELUNIT,
  KIND_WITHIN,
  KIND_ANAPHOR,
  KIND_AGO,
  KIND_ELLIPTIC,
  N_KINDS
} Kind;

typedef struct
{
  Kind kind;
  /* Tried only where a match may start, so compiled anchored (its
   * first bytes are read from that code at load) and run by the
   * interpreter; after HOT_TRIES tries, JIT-compiled (@jit then), which
   * a pattern tried a few times does not repay (scan.c,
   * pattern_make_hot()). */
  pcre2_code *re;
  guint tries;
  int groups[N_GROUPS]; /* each group's number, or a negative number */
  guint8 named[N_GROUPS]; /* the groups it has (those of groups[] >= 0) */
  guint n_named;
  gboolean jit;
  int expr; /* the number of the group `expr`, or a negative number */
  pcre2_match_data *md; /* scratch for its matches */
  /* Whether a pair of bytes can tell where a match may start (see
   * Dates.pairs), and what the probes that tell it run: @re itself,
   * or when it looks behind, @opens, where each lookbehind is what lets
   * the most through (a probe has no text before it; load.c,
   * probe_source()). */
  gboolean pair_filter;
  pcre2_code *opens;
  /* How many tokens a match may hold before the word that anchors it
   * (BEFORE in patterns.tsv): it is tried no further back. */
  guint before;
} Pattern;

/* The Julian day of 9999-12-31: TIMEX3 years have four digits. */
#define LAST_JULIAN 3652059
/* Tries of a pattern by the interpreter before it is compiled for the
 * JIT (Pattern.re): an interpreted try costs about 2,000 instructions
 * more than a JIT-compiled one, and the JIT compile about 350,000.
 * Callgrind, whole processes on the BBC archive's first 1, 100 and 1,000
 * articles: 61.7M, 98.7M and 299.1M instructions when each pattern is
 * compiled at its first try, 49.7M, 93.8M and 297.6M at 32 (at 150,
 * 88.1M on 100 but 301.2M on 1,000); every pattern compiled at load
 * cost 79.6M on an empty input, 48.4M now. */
#define HOT_TRIES 32
/* The most tokens a tense cue may say it spans (lexicon.tsv) */
#define MAX_CUE_TOKENS 16

/* The kinds of tense cue, in the order they win when two start at one
 * token ("expected", "expected on": the future). */
enum
{
  CUE_FUTURE,
  CUE_FIXTURE,
  CUE_PAST,
  N_CUE_KINDS
};
G_STATIC_ASSERT (N_CUE_KINDS == CUE_NEEDS_KINDS);

/* The tense cues of one reach, a pattern for each kind (NULL where the
 * lexicon has none), anchored, tried in the kinds' order: the first that
 * matches is the kind, as one alternation of the kinds would find it.
 * Apart, a kind is tried only where its own first bytes (and, for the
 * far cues, its first three bytes) let it: a fixture cue opens with
 * forty lookbehinds ("not after 'two ', 'the ', ..."), which one
 * pattern of the three kinds ran at every token a future or past cue
 * could start at (3,400 instructions a try).  Measured (callgrind,
 * -j 1, the 20 MB of bench/dates-bench.py): speaks_of_future() with
 * what it calls 105.1M -> 71.4M instructions, the whole process
 * 1,849.5M -> 1,814.3M (-1.9%). */
typedef struct
{
  pcre2_code *re[N_CUE_KINDS];
  gboolean jit[N_CUE_KINDS]; /* compiled by the JIT: tried with pcre2_jit_match() */
  /* for each byte, the kinds (bit K for kind K) with a cue that can
   * start with it (all when PCRE2 cannot tell): a capitalised word, a
   * number or a mark is passed over.  One load a token: a bitmap for
   * each kind, tested in a loop, and a call for the near cues at each
   * token cost speaks_of_future() 71.4M instructions with its callees
   * where this costs 62.1M (callgrind, the bench's 20 MB) */
  guint8 kinds[256];
  /* what the far cues' triple probes (prefix_opens()) run: NULL where
   * the kind's own pattern serves, else its probe_source(), JIT-compiled
   * for partial matches.  A probe has a space before its bytes, not the
   * text, so a lookbehind at a cue's start must be taken as what lets
   * the most through: the pattern itself had never found
   * "(?<=\bwill )be" (and the interpreter's probes of the fixture
   * cues cost 8M instructions more than the JIT's on the bench's 20 MB) */
  pcre2_code *opens[N_CUE_KINDS];
  gboolean opens_jit[N_CUE_KINDS]; /* opens has JIT code */
  guint8 unfiltered; /* the kinds no probe can judge (probe_source() has none): no triple filter */
  /* near cues: bit K of within[N] where a kind-K cue says it spans more
   * than N tokens, so that speaks_of_future() tries a kind only within
   * its own reach (lexicon.tsv: "tried only that near the expression"),
   * not the longest kind's: the past cue of reach 2 ("issued July 1")
   * had been tried 12 tokens back, as far as the future's "to be" cue,
   * 107k tries on the bench's 20 MB of which 784 matched; the whole
   * process 1,839.5M -> 1,806.6M instructions, callgrind -j 1) */
  guint8 within[MAX_CUE_TOKENS];
  gboolean any; /* a cue of some kind */
  /* near cues: the words each kind's rows need (cue-needs.h), tested
   * before a kind is tried at a token; NULL for the far cues */
  CueNeeds *needs;
} CueSet;

/* The lengths and first letters of a set's words (bit L of first[N]:
 * a word of N bytes opens with letter L, bit 26 with another byte), for
 * word_before_in_shaped(); filled once the set is loaded. */
typedef struct
{
  guint32 first[32];
} WordShapes;

typedef struct
{
  GHashTable *months, *weekdays, *numbers, *ordinals, *units, *seasons, *parts, *holidays, *refs, *shifts, *frequencies,
      *zones;
  GHashTable *scales; /* English's scale words ("million"), the lexicon's kind `scale`: what they multiply by */
  GHashTable *business; /* words of a business's accounts ("profit"), near a quarter of a business year */
  /* set phrases that name no time (idioms.tsv): each a NULL-ended array
   * of its words, a word's forms a|b; and each form of a word to the
   * phrases that hold it (a GArray of guint32: phrase << 8 | its word) */
  GPtrArray *idioms;
  GHashTable *idiom_words;
  WordShapes idiom_shapes; /* idiom_words' shapes: most expressions' last words are turned away by them */
  GHashTable *generic_nouns; /* nouns of people and made things, a set: after "today's", the present */
  GHashTable *collective_nouns; /* "society", "youth": singular after "today's", the present */
  /* words that tell how a nearby expression reads (data/context-words.tsv),
   * each a set: before "for", what is awaited ("fit for Saturday's
   * game"); between a year of accounts and a day, a report's verb; before
   * "the 30s", a measure; before "New Year", another calendar */
  GHashTable *purpose_words, *report_words, *measure_words, *calendar_words;
  GHashTable *times_words; /* "once", "twice": before "a year", a rate */
  GHashTable *release_words; /* "launching": after "is", a plan under way, its season or month ahead */
  GHashTable *term_words;    /* "expires", "runs": right before its day, a term set, the day ahead */
  WordShapes term_shapes;    /* term_words' shapes: asked at each lowercase word a tense is read back over */
  WordShapes title_lead_shapes; /* title_lead_words' shapes: asked at the word before each capitalised calendar word */
  GHashTable *expectation_words; /* "signs", "hopes": "hopes of a truce by" a time still to come */
  GHashTable *outcome_words; /* "loss", "profit": a report's object that tells a period done */
  GHashTable *perfect_words; /* "had": a month not yet come after it in its clause is last year's */
  GHashTable *owner_words;   /* "his", "those": a plural unit after it is no span ("his younger days") */
  GHashTable *schedule_words; /* "opening", "office": "hours" after it are a schedule, no span */
  GHashTable *degree_words;   /* "as", "too": before "soon" it measures how soon, no time */
  GHashTable *sequel_words;   /* "after", "as": after "soon" it ties another event, no time */
  GHashTable *figurative_words; /* "little", "relatively": before "late in the day", the idiom */
  GHashTable *someday_words;  /* "could", "hope": "one day" after it in its clause is a day to come */
  GHashTable *lasting_words;  /* "take", "last": "one day" right after it is a span */
  GHashTable *finite_words;   /* "is", "had": "one day" right before it is a subject, a span */
  GHashTable *finished_words; /* "risen", "hurt": after a perfect word, an event done ("had risen in April") */
  GHashTable *present_words;  /* "is", "says": "the year" in its clause is the report's */
  GHashTable *bound_words;    /* "by", "since", "the": a year after it bounds or modifies, "the year" is not it */
  GHashTable *passive_words;  /* "be", "the": a past form after it is a participle or a noun ("will be held") */
  GHashTable *subject_words;  /* "he", "they": a new clause's subject, after a possessive weekday's noun */
  GHashTable *ahead_words;    /* "forward": "look forward to Sunday's Oscars", what is awaited */
  GHashTable *event_words;    /* "game", "election": a weekday's possessive noun that is held on the day */
  GHashTable *fixtures_words; /* "tests": a plural of matches after "for" and a month, with kind `event` */
  GHashTable *compare_words;  /* "than", "as": a year after one is a comparison's, not a day's */
  GHashTable *clause_words;   /* "who", "after": opens a clause whose past is its own */
  GHashTable *relative_words; /* "who", "which": a year in its clause describes a noun, not the topic */
  GHashTable *subordinate_words; /* "what", "which": a perfect of naming after it describes a noun */
  GHashTable *naming_words;      /* "dubbed", "billed": a perfect of them names, it tells no event */
  GHashTable *miss_words;     /* "misses": before a weekday's fixture, an absence from one awaited */
  GHashTable *out_words;      /* "ruled", "is": before "out of" a weekday's fixture, an absence from one awaited */
  GHashTable *complement_words; /* "that": after a verb, opens a clause with a tense of its own */
  GHashTable *habitual_words;   /* "usually": "the weekend" in its clause is every weekend, a SET */
  GHashTable *cause_words;      /* "fined", "apologised": "for" after it gives the cause, a fixture gone by */
  GHashTable *recurring_words;  /* "every", "each": before a unit, a weekday or a season, a time that comes again */
  GHashTable *topic_words;      /* "about", "following": after "is being" + a participle, the date is what the act is about */
  GHashTable *qualified_words;  /* "trends", "rates": "present" before it is an adjective, "at present" no time */
  GHashTable *forecast_words;   /* "expect", "forecast": figures in its sentence are to come, not reported */
  GHashTable *accounts_words;    /* "results", "figures": after a year, accounts published after it */
  GHashTable *accounting_words;  /* "account", "expenditure": "current" before it is the accounting term, no time */
  GHashTable *brink_words;       /* "at", "until": before "the last minute", the idiom of lateness, no span */
  GHashTable *behind_words;      /* "since": before a holiday, the one gone by */
  GHashTable *happened_words;    /* "disaster", "floods": after a holiday, an event gone by, the last one */
  GHashTable *lead_words;        /* "ahead", "run-up": before "of" or "to" and a holiday, the one aimed at */
  GHashTable *link_words;        /* "of", "to": between a word of kind lead and a holiday */
  GHashTable *tensed_words;      /* "for", "into": before a holiday, words of kind aim that leave it to the tense */
  GHashTable *feast_words;       /* "by", "over": right before a movable feast named bare ("over Easter"), the feast */
  GHashTable *current_term_words; /* "this year's", "the current": a term of what they name is in the reference's year */
  GHashTable *work_words;        /* "film", "hit": before a title in capitals, a weekday or month in it the title's ("the film Sunday Best") */
  GHashTable *works_words;       /* "songs", "programmes": before a list's lead, the capitalised names after it titles ("songs like Manic Monday") */
  GHashTable *title_lead_words;  /* "like", "including": between a work's plural noun and the titles it lists */
  GHashTable *feast_next_words;  /* "for", "he", "will": right after a movable feast named bare, the feast ("by Easter for repairs"; not "on Easter eggs") */
  GHashTable *results_words;     /* "profits", "sales": "the year" in their sentence, told early in a year, is the year just ended */
  GHashTable *award_words;       /* "player", "album": before "of the year", an award's name, no date */
  GHashTable *ranking_words;     /* "only", "last": before "album of the year", one ranked within the year, no prize */
  GHashTable *giving_words;      /* "gave", "cost": a count of people after it and "a week" is a span given, not a rate */
  GHashTable *plural_words;      /* "people", "children": plurals with no -s, a count of which before "a day" is a rate */
  GHashTable *span_words;        /* "in", "during": before "1994-96", a range of years, not of pages or a score */
  GHashTable *fiscal_words;      /* "fiscal", "season": beside "2006-2007", one financial or sports year, not two */
  GHashTable *closing_words;     /* "ended", "ending": after "the year", the month or day after it closes the span */
  GHashTable *singular_words;    /* "he", "it": a subject whose present takes -s, so "it cut 200 jobs" is past */
  GHashTable *ledger_words;      /* "full-year", "report": before a year and a word of kind accounts, the year is theirs */
  GHashTable *seasonal_words;    /* "ticket", "pass": after "season" a thing named, no time */
  GHashTable *enduring_words;    /* "continues", "remains": before a clause-ending "today", the present in general */
  GHashTable *attributive_words; /* "yearly", "monthly": a frequency that before a noun is an adjective, untagged */
  GHashTable *periodical_words; /* "conference", "bulletin": held or issued at an interval; "monthly" before it is a SET */
  GHashTable *generic_words;    /* "most", "more": "children today" in its sentence are of the present in general */
  GHashTable *preposition_words; /* "against": after a possessive's event noun, it is the head ("Sunday's match against") */
  GHashTable *dayname_words;   /* "sheffield wednesday", "man friday": a word and a weekday that are a name */
  GHashTable *honorific_words; /* "col", "dr": a title before a first name; a weekday after the pair is a surname */
  GHashTable *slot_words;      /* "show": a weekday right before it is a slot that recurs, a SET */
  GHashTable *phrasal_words;   /* "away", "rest": ends a verb's phrase ("passed away on", "laid to rest on") */
  GHashTable *greeting_words;  /* "merry", "happy": capitalised before a holiday, a greeting's word, the holiday a day */
  GHashTable *title_words;     /* "programme", "magazine": after a title with a weekday in it, the weekday is the title's */
  GHashTable *coordinator_words; /* "and", "but": joins clauses, each with a day of its own */
  GHashTable *opener_words;     /* "the", "tomorrow": after a coordinator, a new clause's first word */
  GHashTable *backshift_words;  /* "should": a modal that keeps the tense of a past report before it */
  GHashTable *reported_words;   /* "said": a verb that reports speech or thought in the past */
  GHashTable *plan_words;       /* "expected": after "had", a plan that a present later in the sentence may keep ahead */
  GHashTable *aim_words;        /* "for", "until": a month after it is a time aimed at, not the time a past verb's event was done */
  GHashTable *path_words;       /* "to", "from": the same as aim_words before a month, not before a determiner */
  GHashTable *size_words;       /* "pixels", "mm": a count after "2048 x" in one makes the number before a size, no year */
  GHashTable *firm_words;     /* "chairman", "debt": after a month's possessive, the month is a firm or a person ("May's chairman") */
  GHashTable *coming_words;      /* "will", "have": a future that holds for a day a few weeks back ("have until 16 December") */
  GHashTable *conditional_words; /* "would": a future that leaves a day a few weeks back gone by */
  GHashTable *unfinished_words; /* "has", "may": a participle after it tells no event done before the reference */
  GHashTable *prospect_words;   /* "threatened", "promised": a past verb whose object is a coming event */
  GHashTable *determiner_words; /* "the", "his": after a firm future, opens a noun phrase that may name a past event */
  GHashTable *particle_words;   /* "see": "see in the New Year" is the holiday, "in" a particle */
  GPtrArray *events;          /* days that name an event (data/dated-events.tsv; events.c) */
  GHashTable *event_lead_words; /* "since", "after": opening a sentence before an event's short form, not a name */
  GHashTable *past_forms;     /* irregular verbs in the past ("rose", "fell"; data/past-forms.tsv) */
  guint16 past_shapes[26];    /* bit N of [c - 'a']: some past form starts with c and has N letters */
  guint32 past_pairs[26];     /* bit c2 - 'a' of [c - 'a']: some past form starts with c, c2 */
  GHashTable *capitalised; /* see build_capitalised() */
  /* Tense cues, tried where a token starts.  A cue that says how many
   * tokens it spans, ending where the expression starts, is tried only
   * that near the expression (near_cues).  The others (far_cues) are
   * tried at every token, but only where its first three bytes can start
   * one, learnt as they come as the patterns' triples are: a cue like "a
   * verb in -ed right before the expression" lets every word by, so near
   * the expression, where both are tried, the two sets are kept apart
   * (with them in one, 19.5k tries of 30k on the 20 MB of
   * bench/dates-bench.py were near ones with no filter, 92% failing). */
  CueSet near_cues;
  CueSet far_cues;
  /* "is being introduced": a clause of what is planned, read only after
   * a date that opens it (lexicon.tsv's kind `planned`), or NULL */
  pcre2_code *planned;
  guint cue_reach;         /* the most tokens a cue said it spans */
  TripleTable cue_triples; /* known: bit 0; open: bit K for a far cue of kind K */
  GArray *patterns;  /* Pattern */
  /* The scan's tables, a bank for each 64 patterns (see Bank). */
  Bank **banks;
  guint n_banks;
  /* A bit for each shape of a form any bank's patterns need (shape_bit()):
   * 2 KiB that turn most words away on three bytes and a length, without
   * reading the word whole. */
  guint64 shape_filter[(1 << SHAPE_BITS) / 64];
  char *reference_key;
  GDate reference; /* the option's, or --reference-date */
  AssayDate reference_at; /* and all of it that was written */
  gboolean has_reference;
  /* Scratch space of process(), kept from one document to the next (an
   * instance serves one worker), so that matching does not allocate for
   * each document and each match. */
  struct
  {
    CandidateList candidates;
    PairList pairs;
    guint64 *tokens;    /* Tokens.bits */
    gsize tokens_size;  /* in words */
    pcre2_match_data *cue;
    GString *value; /* a value as it is written */
  } scratch;
} Dates;

/* One match, as the normalisations see it. */
typedef struct
{
  Kind kind;
  gsize start, end;    /* bytes in the text */
  const int *groups;   /* the pattern's group numbers */
  const guint8 *named; /* the groups it has, n_named of them */
  guint n_named;
  PCRE2_SIZE *ovector; /* a copy of the match's pairs */
  const char *subject; /* the text */
} Match;

/* A part of a TIMEX3 value that nothing told ("XXXX-05-28"): written X. */
#define VALUE_X (-1)

/* What a TIMEX3 value is, and so how it is written. */
typedef enum
{
  VALUE_NONE,
  VALUE_CALENDAR, /* YYYY, YYYY-MM, YYYY-MM-DD, and a time of day after a day */
  VALUE_WEEK,     /* YYYY-Www, its weekend YYYY-Www-WE, a weekday of any week XXXX-WXX-5 */
  VALUE_PERIOD,   /* a quarter or a half of a year: YYYY-Q3, YYYY-H1 */
  VALUE_SEASON,   /* YYYY-SU, by the lexicon's code */
  VALUE_DECADE,   /* 199: the 1990s */
  VALUE_CENTURY,  /* 19: the 20th century, the 1900s */
  VALUE_DURATION, /* P3D, PT5H30M, P2Y6M, PXY */
  VALUE_REF,      /* PRESENT_REF, PAST_REF, FUTURE_REF */
  VALUE_LEXICON,  /* as the lexicon writes it (a frequency's SET, P1W; a ref it names) */
} ValueKind;

typedef enum
{
  REF_PRESENT,
  REF_PAST,
  REF_FUTURE,
} RefKind;

/* A time of day after a day: none, a clock time (T15:00, T12:00Z at
 * UTC+0), or a part of the day (TMO, by the lexicon's code). */
typedef enum
{
  CLOCK_NONE,
  CLOCK_TIME,
  CLOCK_PART,
} ClockKind;

/* A TIMEX3 value as the normalisations compute it: fields, not text.
 * Calendar arithmetic and what discourse carries from one expression to
 * the next work on these; value_append() writes one, once, when the
 * expression is written into the document.  The strings it points at
 * (codes) are the lexicon's, which outlives every value. */
typedef struct
{
  ValueKind kind;
  /* CALENDAR, WEEK, PERIOD, SEASON: the year (0 to 9999 written in four
   * digits), or VALUE_X; DECADE: the decade (199); CENTURY: the century
   * (19) */
  int year;
  int month;    /* CALENDAR: 1 to 12, VALUE_X, or 0 at the grain of a year */
  int day;      /* CALENDAR: 1 to 31, VALUE_X, or 0 at the grain of a month or a year */
  int week;     /* WEEK: ISO 8601's week of the year, or VALUE_X */
  int weekday;  /* WEEK: a day of it, 1 Monday to 7 Sunday; 0: the week */
  gboolean weekend; /* WEEK: its weekend */
  char period;  /* PERIOD: 'Q' a quarter, 'H' a half */
  int number;   /* PERIOD: which one, or VALUE_X */
  const char *code; /* SEASON: its code (SU); LEXICON: the value as written */
  double count;     /* DURATION: how many units, negative when not said (PXY) */
  const char *unit; /* DURATION: the lexicon's unit code (Y, M, W, D, H, MIN, S, DE, CE, 2W), or MS: a race time counted in milliseconds */
  RefKind ref;      /* REF */
  ClockKind clock;  /* CALENDAR at a day's grain, WEEK with a weekday */
  int hour, minute; /* CLOCK_TIME */
  gboolean utc;     /* CLOCK_TIME: the zone was at UTC+0, written Z */
  const char *part; /* CLOCK_PART: the lexicon's code (MO) */
} TimexValue;

typedef struct
{
  const char *type;     /* DATE TIME DURATION SET */
  TimexValue value;     /* kind VALUE_NONE: no expression */
  const char *mod;
  const char *resolution;
  int weekday;          /* 0: none named */
  gboolean has_offset;  /* a time given with its zone ("EST"): */
  int offset_minutes;   /* its UTC offset */
  gsize start;          /* the span annotated (a duration leaves "about" out) */
  gsize end;
  gboolean day_open;    /* a clock time whose day is not written: it took the reference date */
  gboolean day_before;  /* a clock time or "earlier in the day" with no day written: the day named just before, if any */
  gboolean week_before; /* "earlier in the week": the week of the day named just before, if any */
  int borrow;           /* for day_before, week_before: whether its clause lets it take that day (a Borrow) */
  int years_back;       /* "a year ago", "year-earlier": years before, at the grain of the period compared */
  char years_back_from;  /* and counted from: 'T' the time told before ("a year earlier"), 'N' the day of writing
                         * ("a year ago"), 'O' the same opening its sentence (no period compared but one of
                         * the year before), 0 a period of the reference's year compared ("year-ago", "year-earlier") */
  char refers;          /* "that year", "the following week": 'Y', 'M', 'W' or 'D', counted from the
                         * last date of that grain named before it; 0: from the reference date */
  guint8 the_year;      /* "the year", "the month", "the start of the year" with no cue of the future: the reference's, or the year written just before; 2: "the season"; 3: a year of figures reported early in a year (year_of_results()) */
  int refers_step;      /* and by how many of those */
  int refers_year;      /* "the same month in 2004": the year written after it, which the month named
                         * before takes (discourse_resolve_anaphor()); 0: none */
  gboolean year_open;   /* a day or month named without its year, which took one from the reference */
  gboolean year_by_tense; /* and a cue of its clause's tense placed it (day_named_again() leaves it) */
  const char *holiday_open; /* a holiday's rule (lexicon.tsv), when its year came from the reference with no tense cue */
  guint8 weekday_read;  /* a weekday resolved against the reference: 1 by the tense alone, 2 by a shift ("next Thursday"),
                         * 3 by the tense alone where its clause tells its event done (no discourse_weekday_again()) */
  TimexValue anchor;    /* the reference date used, when relative; kind VALUE_NONE when none */
  char freq[16];        /* a SET's TIMEX3 freq, how many in each ("3X" of "three times a day", "3D" of
                         * "three days a week"); empty: none told */
  gboolean ranged;      /* "from 2009 to 2011": on both ends, */
  TimexValue range_start, range_end; /* written START/END, ISO 8601's interval */
} Timex;

/* Where tokens start in a document: the places a pattern is tried (a
 * word or a part of one after a hyphen or an apostrophe, and each
 * punctuation mark).  A bit for each byte of the text, as the word scan
 * finds them sixty-four at a time: writing each start out as a number
 * was a tenth of the scan. */
typedef struct
{
  guint64 *bits;
  gsize length; /* the text's, in bytes */
} Tokens;

/* The tense of an expression's clause, read only when its value depends
 * on it (most expressions' values do not). */
typedef struct
{
  Dates *d; /* learns which triples can start a far cue */
  const char *text;
  gsize start, end; /* the words before the expression */
  const Tokens *tokens;
  pcre2_match_data *md;
  int future;       /* -1: not read yet, else a TenseKind */
  int fixture;      /* > 0: a fixture cue ("Sale host Bath on Friday") is nearer than the cue that gave @future */
  gsize limit;      /* the end of the expression's sentence (the sentence layer's): no look-ahead reads past it */
} Tense;

typedef enum
{
  TENSE_PAST,   /* a past cue: "was", "said", a verb in -ed */
  TENSE_FUTURE, /* a future cue: "will", "expected" */
  TENSE_NONE,   /* no cue in reach: read as the past */
} TenseKind;

struct Candidate
{
  gsize start, end;
  guint pattern; /* index: earlier wins a tie */
  Match match;   /* its ovector is set once matching is over */
  gsize pairs_at; /* where its ovector starts in the scratch pairs */
};

/* Where a walk through a document's sentences, offset by offset in
 * order, has come: the sentence before the first one that starts after
 * the offset, its bounds kept at hand (the annotations' getters are
 * calls into libassay, and words and candidates are many). */
typedef struct
{
  const AssayAnnotationView *sentences;
  guint n, next;    /* the first sentence starting after the offset */
  gsize next_start; /* its start, G_MAXSIZE past the last */
  gsize start, end; /* the bounds of sentence next - 1, when next > 0 */
} SentenceWalk;

static inline void
sentence_walk_init (SentenceWalk *walk, const AssayAnnotationView *sentences, guint n)
{
  *walk = (SentenceWalk){ sentences, n, 0, n ? sentences[0].start : G_MAXSIZE, 0, 0 };
}

/* Moves @walk on to @offset, which is no smaller than the last one. */
static inline void
sentence_walk_to (SentenceWalk *walk, gsize offset)
{
  while (walk->next_start <= offset)
    {
      walk->start = walk->next_start;
      walk->end = walk->sentences[walk->next].end;
      walk->next++;
      walk->next_start = walk->next < walk->n ? walk->sentences[walk->next].start : G_MAXSIZE;
    }
}

/* g_ascii_tolower() inline: in GLib it is a call, and the hot paths
 * lowercase words a character at a time (116k calls on the BBC
 * archive). */
static inline char
ascii_to_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* atoi() inline (spaces, a sign, digits; as strtol() does, a number past
 * a long's range is the long's end, then cut to an int): through libc
 * each was a call into strtol() with its locale, for each number of each
 * value. */
static inline int
parse_int (const char *s)
{
  while (g_ascii_isspace (*s))
    s++;
  gboolean negative = *s == '-';
  if (*s == '-' || *s == '+')
    s++;
  guint64 n = 0;
  for (; g_ascii_isdigit (*s); s++)
    n = n > (guint64) G_MAXINT64 / 10 ? (guint64) G_MAXINT64 + 1 : n * 10 + (guint64) (*s - '0');
  gint64 value = n > (guint64) G_MAXINT64 ? (negative ? G_MININT64 : G_MAXINT64)
                                          : (negative ? -(gint64) n : (gint64) n);
  return (int) value;
}

/* g_date_valid_dmy() inline, with its types' widths (a day is a guint8,
 * a year a guint16): the values' checks call it for most expressions,
 * and through GLib each call checks more, 22k calls on the BBC archive. */
static inline gboolean
valid_dmy (int day, int month, int year)
{
  static const guint8 month_days[13] = { 0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  guint8 d = (guint8) day;
  guint16 y = (guint16) year;
  if (d == 0 || month < 1 || month > 12 || y == 0 || d > month_days[month])
    return FALSE;
  return month != 2 || d < 29 || (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* ---- loading (load.c) ------------------------------------------------- */

gboolean load_lexicon (Dates *d, const char *path, GError **error);
gboolean load_zones (Dates *d, const char *path, const char *overrides, GError **error);
/* A pattern's word class, "{MONTH}", and the lexicon's words it stands
 * for: the one list load_patterns() expands and hints.c reads. */
typedef struct
{
  const char *name;
  GHashTable *table;
} DatesSlot;
#define DATES_N_SLOTS 13
void dates_slots (const Dates *d, DatesSlot out[DATES_N_SLOTS]);
gboolean load_patterns (Dates *d, const char *path, GError **error);
/* Reads @path, one noun a row (data/generic-nouns.tsv), into
 * d->generic_nouns, which it creates. */
gboolean load_generic_nouns (Dates *d, const char *path, GError **error);
/* The same of data/collective-nouns.tsv into d->collective_nouns. */
gboolean load_collective_nouns (Dates *d, const char *path, GError **error);
/* idioms.c: reads idioms.tsv's phrases */
gboolean load_idioms (Dates *d, const char *path, GError **error);
/* Whether the expression at [@start, @end) lies inside a set phrase of
 * idioms.tsv, one that names no time ("saved the day", "time and
 * again"); one lookup of its last word for most expressions. */
gboolean idiom_holds (const Dates *d, const char *text, gsize start, gsize end);

/* The kind of an irregular past form (data/past-forms.tsv), its value in
 * d->past_forms: the past alone ("rose"), or also the participle
 * ("won", "built"), which may be an adjective ("the newly built stadium"),
 * or a past as often a noun or an adjective ("lost", "left"), read as the
 * past only where a verb must stand (right after "who"). */
enum
{
  PAST_ALONE = 1,
  PAST_SHARED = 2,
  PAST_NOUN = 3,
  /* the past is the base ("cut", "set"): read as the past only where
   * the present would want an -s (bare_past_at()) */
  PAST_BARE = 4,
};

/* Reads @path, WORD<TAB>KIND a row (data/past-forms.tsv), into
 * d->past_forms, which it creates. */
gboolean load_past_forms (Dates *d, const char *path, GError **error);
/* Reads @path, DATE<TAB>SHORT FORM<TAB>NOUNS a row
 * (data/dated-events.tsv), into d->events, which it creates. */
gboolean load_dated_events (Dates *d, const char *path, GError **error);
/* "the 11 September attacks", "since 9/11": @t, a day without its year
 * whose text starts at @start, followed by one of an event's nouns or
 * written as its short form (not after a capitalised word, a name's,
 * "Larkspur 9/11", unless the word opens the sentence, which starts at
 * @sentence_start, and is of kind `event-lead`, "Since 9/11"), is that
 * event's day in its year, unless @ref (when @anchored) is before it.
 * FALSE where @t is two numbers and a slash that name no event: no
 * date. */
gboolean dated_event_place (const Dates *d, const char *text, gsize start, gsize sentence_start, const GDate *ref,
                            gboolean anchored, Timex *t);
/* Reads @path, KIND<TAB>WORD a row (data/context-words.tsv), into
 * d->purpose_words, report_words, measure_words, calendar_words, times_words,
 * perfect_words, owner_words, finished_words, present_words and
 * bound_words, which it creates. */
gboolean load_context_words (Dates *d, const char *path, GError **error);
/* Frees the sets load_context_words() filled (words.c). */
void context_words_free (Dates *d);
/* Whether a word of kind `perfect` ("had") stands between @from and @to
 * in @text with a word of kind `finished` ("risen") right after it. */
gboolean perfect_between (const Dates *d, const char *text, gsize from, gsize to);
/* Whether an event done stands in @from..@to: a past perfect
 * (perfect_between()) or an irregular past (past_form_between()). */
gboolean done_between (const Dates *d, const char *text, gsize from, gsize to);
/* Whether an irregular verb in the past alone ("rose", "fell", not "won":
 * PAST_ALONE; not after a word of kind `passive`, "was to be") stands
 * between @from and @to, after the last comma, semicolon or colon. */
gboolean past_form_between (const Dates *d, const char *text, gsize from, gsize to);
/* The kind (PAST_ALONE, PAST_SHARED) of the irregular past form at @at,
 * ending by @limit, else 0 (PAST_NOUN and PAST_BARE too: tense.c). */
int past_form_at (const Dates *d, const char *text, gsize at, gsize limit);
/* Whether the word @word of @n bytes looks like a regular past, three
 * letters or more ending in -ed ("signed", "fed"): the one test behind
 * past_form_at()'s irregular forms; a caller that wants a longer word
 * says so beside its call. */
static inline gboolean
regular_past (const char *word, gsize n)
{
  return n > 2 && word[n - 2] == 'e' && word[n - 1] == 'd';
}
/* Whether the word that ends at or before @end (spaces skipped) is in
 * @set, lowercased; its start goes to @start when not NULL.  Words of
 * letters, '-' and '\'' only. */
gboolean word_before_in (GHashTable *set, const char *text, gsize end, gsize *start);
void word_shapes_fill (WordShapes *shapes, GHashTable *set);
/* word_before_in() for a set whose @shapes are known: a word of no shape
 * the set has is turned away before the set's hash. */
gboolean word_before_in_shaped (GHashTable *set, const WordShapes *shapes, const char *text, gsize end, gsize *start);
/* The word of letters that ends at or before @end (spaces skipped), not
 * before @floor: its start goes to @start, its length is returned. */
gsize word_before (const char *text, gsize floor, gsize end, gsize *start);
/* Whether a word of @set (lowercased) lies whole between @from and @to. */
gboolean word_between_in (GHashTable *set, const char *text, gsize from, gsize to);
/* context.c */
/* The day the holiday @rule of the lexicon falls on in @year, into @h
 * (the caller's); FALSE when the rule is neither MM-DD nor N:WEEKDAY:MM. */
/* "each July", "every Christmas": a month or a fixed holiday after
 * "each" or "every" becomes a SET of any year's (context.c). */
void context_every (const Dates *d, const char *text, Timex *t);
gboolean holiday_in_year (const char *rule, int year, GDate *h);
/* Whether a holiday's rule of the lexicon is one holiday_in_year() reads
 * whole (MM-DD or N:WEEKDAY:MM, with "/Y" after it or nothing). */
gboolean holiday_rule_valid (const char *rule);
/* Whether @rule is a movable feast's, E+N or E-N: N days after or before
 * Easter Sunday (normalise-holiday.c). */
gboolean feast_rule_valid (const char *rule);
/* Whether the holiday at @start..@end (a rule in /Y) names the year it
 * opens, where "in the" comes before it ("will return in the New Year
 * after surgery"); "the" before it goes to *@the. */
gboolean holiday_opens_year (const Dates *d, const char *text, gsize start, gsize end, gsize *the);
/* Whether "a week" that starts at @start and ends at @end in @text says
 * how often ("$1m a week", "four flights a week", "once a year"). */
gboolean rate_after_count (const Dates *d, const char *text, gsize start, gsize end);
/* Whether [@start, @end) of @text is a number word of the lexicon in any
 * case ("four", "Hundred"), not the article "a" or "an" (context.c). */
gboolean number_word_at (const Dates *d, const char *text, gsize start, gsize end);
gboolean rate_read_as_span (const Dates *d, const char *text, gsize start, const char *after);
/* Whether a word of d->measure_words stands in the clause before @m. */
gboolean measure_in_clause (const Dates *d, const Match *m);
/* Whether "today" ending at @end in @text is followed by "'s" and a
 * plural noun of d->generic_nouns in one of the next three words
 * ("today's consumers", "today's music fans"), or a singular one of
 * d->collective_nouns that ends its noun phrase ("today's society"):
 * the present, not the day. */
gboolean today_generic (const Dates *d, const char *text, gsize end);
/* Whether the word right before @start is a noun of people or things
 * (data/generic-nouns.tsv), in the plural where @plural says so:
 * "children", "consumers". */
gboolean plural_noun_before (const Dates *d, const char *text, gsize start, gboolean plural);
/* Whether the word at @at, in lowercase, is a noun of people or things of
 * d->generic_nouns, singular or plural ("manager", "fans"). */
gboolean generic_noun_at (const Dates *d, const char *text, gsize at);
/* Whether the word of @n letters at @at, capitalised or not, is a noun
 * of d->generic_nouns or the plural of one ("Windows", "Office"). */
gboolean generic_noun_capitalised (const Dates *d, const char *text, gsize at, gsize n);
/* Whether the weekday at @start..@end is part of a club's name: "Sheffield
 * Wednesday manager", "Sheffield Wednesday are fourth", "with Wednesday,
 * who are fourth", or a pair of kind `dayname` ("beat Sheffield
 * Wednesday 2-1", "his Man Friday") (names.c). */
gboolean weekday_in_name (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start);
/* Whether the weekday at @start..@end is a newspaper's word, a name of
 * kind `dayname` with the word after it or with "<Name> on" before it:
 * "Sunday Telegraph journalist", "the Mail on Sunday" (paper-names.c). */
gboolean weekday_names_paper (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start);
/* The titles of works a document has named so far, as spans of its text:
 * their words again are the title's ("Grey Friday is drawn from a memoir",
 * after "the film Grey Friday"). */
#define TITLES_SEEN_MAX 4
typedef struct
{
  guint n, next;
  gsize start[TITLES_SEEN_MAX], end[TITLES_SEEN_MAX];
} TitlesSeen;
/* Whether the weekday, month or season at @start..@end is a word of a
 * work's title: among capitalised words of which one at least is no
 * time, after a work's noun of kind `work` ("the film Sunday Best",
 * "their hit Manic Monday") or in quotation marks in a sentence that
 * names a kind of work ("closed the show with \"Manic Monday\"";
 * not "a \"Merry Christmas\"") (names.c). */
gboolean date_in_work_title (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start,
                             gsize sentence_end, TitlesSeen *seen);
/* Whether the weekday, month, season or holiday at @start..@end is a word
 * of a title that a list of works names: capitalised words ("of" or "the"
 * may join them) after a plural of kind `works` and a word of kind
 * `title-lead` ("songs like Sunday Best", "programmes such as The Buds
 * of May"), or after "and", "or" or a comma that follows such a title
 * ("... like Sunday Best and New Year's Day") (title-lists.c). */
gboolean date_in_listed_title (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start,
                               gsize sentence_end, TitlesSeen *seen);
/* Whether the weekday at @start..@end opens or is the title of a work or
 * a publication: "Sunday Live programme", "GMTV's Sunday programme",
 * "Saturday Night Takeaway", "the Mail on Sunday's". */
gboolean weekday_titles_work (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start,
                              gsize sentence_end);
/* Whether the month at @start..@end is a firm's or a person's name: its
 * possessive before a noun of kind `firm` ("May's chairman", "of May's
 * debt") (names.c). */
gboolean month_names_firm (const Dates *d, const char *text, gsize end);
/* Whether "today" at @start..@end is the present in general: after a
 * plural noun of people or things, before a verb that no tense cue marks
 * past or future ("children today watch"). */
gboolean tense_nowadays (Tense *tense, gsize start, gsize end);
/* Whether the expression at @start..@end ("the weekend") sits in a
 * sentence that tells what happens as a rule: a word of kind `habitual`
 * before it, and no verb of the past nor cue of the lexicon in it. */
gboolean tense_habitual (Tense *tense, gsize start, gsize end);
/* Whether the expression follows "in" after a verb in -ed coordinated
 * with a clause before it that speaks of the future ("will be introduced
 * in April and passed in June"). */
gboolean tense_coordinated_future (const Tense *tense);
/* Whether the clause of a month or day named without its year, ending
 * at @end, tells an event done: a verb in the past before it in its
 * clause ("the firm cut prices in April", "was discovered in June"), or
 * where the month opens its clause, the verb after it ("In June, the
 * virus was discovered"); not a time aimed at ("was jailed until April",
 * "agreed to buy it in April") nor a report's object ("announced a
 * launch in April"), nor with a future after it in its clause. */
gboolean tense_past_clause (Tense *tense, gsize end);
/* Whether a future read for the expression holds in its own clause: the
 * last verb before it there is of kind `coming` ("will", "have"), a
 * present ("are scheduled for") or a cue of the future or a fixture
 * ("take on"), not of kind `conditional`, "had" or a verb in the past
 * ("would be back by", "took on"). */
gboolean tense_future_firm (Tense *tense);
/* Whether the clause of the expression ending at @end names a time that
 * comes again: a word of kind `recurring` before a unit, a weekday or a
 * season, two words at most between ("every week", "each year", "every
 * other Sunday"), in the expression's own clause or in an "as" clause of
 * comparison right after it ("as it does every year"); not in a relative
 * clause or another clause of the sentence. */
gboolean tense_recurring (const Tense *tense, gsize end);
/* Whether the clause after a date that opens it (from @end, a comma
 * skipped) speaks of what is planned: a cue of the future or a fixture
 * before any verb of the past ("From 1 January, a new law is being
 * introduced", "On 16 January the show opens"). */
gboolean tense_scheduled_after (const Tense *tense, gsize end);
/* Whether the word at @at, in lowercase, opens a clause of its own: a
 * wh-word, "if", or one of kind `clause`, `compare`, `coordinator`,
 * `complement` or `aim` ("when", "after", "as", "while", "before"). */
gboolean word_opens_clause (const Dates *d, const char *text, gsize at);
/* Whether the word at @at opens its sentence, which starts at
 * @sentence_start: only quotes, brackets and spaces before it, or a mark
 * that opens a clause as a sentence does (names.c). */
gboolean opens_sentence (const char *text, gsize sentence_start, gsize at);
gboolean year_in_name (const Dates *d, const char *text, gsize start, gsize end);
/* Whether a weekday at @start..@end, named again in a report's past,
 * may keep the coming day the document gave it: a noun of kind `event`
 * follows it ("Thursday's meeting", "the Thursday vote") and the rest
 * of its clause tells nothing done ("was only a first step", not
 * "broke down", "was missed", "last week"). */
gboolean tense_weekday_again_ahead (Tense *tense, gsize start, gsize end);
/* Whether the nearest cue before the expression is a fixture's verb in
 * its own clause, no mark nor word of kind `clause` between ("the Paris
 * Club meets on 12 January", not "meets ... to help the nations hit by
 * the tsunami, which ravaged Asia on 26 December"). */
gboolean tense_fixture_own (Tense *tense);
/* Whether "since" comes before the expression in its clause, with no cue
 * of the future after it ("since listing ... in June": a June gone by). */
gboolean tense_since_before (const Tense *tense);
/* Whether the word right before @start is a cue of the future ("will",
 * "could"): "will one day be" is some day to come. */
gboolean tense_future_word_before (Tense *tense, gsize start);
Bank *bank_new (guint first);
void bank_free (Bank *b);

/* ---- hints (hints.c) --------------------------------------------------- */

/* What every match of @pattern (as patterns.tsv writes it, slots
 * unexpanded) holds as a whole word, as NEEDS alternatives (transfer
 * full), and an upper bound of the tokens a match holds before it; FALSE
 * when nothing could be proved. */
gboolean hints_derive (const Dates *d, const char *pattern, char **needs, guint *before);

/* ---- scanning (scan.c) ------------------------------------------------- */

/* Builds the word scan's tables from the anchors the patterns declared. */
void build_anchors (Dates *d);

/* Finds the candidate matches of @text (@length bytes, below 4 GiB) into
 * d->scratch.candidates, in order (start, then longest, then pattern),
 * each with its ovector; fills @tokens (its bits sized by the caller) with
 * where tokens start.  @sentences bound where a pattern is tried. */
void dates_scan (Dates *d, const char *text, gsize length, const AssayAnnotationView *sentences, guint n_sentences,
                 Tokens *tokens);

/* The last token before @at, or G_MAXSIZE when none is. */
gsize token_before (const Tokens *tokens, gsize at);
gboolean prefix_opens (pcre2_code *re, pcre2_match_data *md, gboolean jit, const guchar *bytes, guint n);
/* load.c: pattern @p, tried often, compiled for the JIT (see Pattern.re). */
void pattern_make_hot (Pattern *p);
TripleSlot *triple_slot (TripleTable *table, guint32 key);

/* ---- names (names.c) --------------------------------------------------- */

void build_capitalised (Dates *d);
gboolean names_something (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start,
                          gsize sentence_end);

/* ---- calendar (calendar.c) --------------------------------------------- */

/* @text, a day by assay_date_parse(), into @date, and all that was read
 * (its time and zone, if written) into @at (nullable). */
gboolean reference_read (const char *text, GDate *date, AssayDate *at, GError **error);
int year_for (const GDate *ref, int month, int day, gboolean future);
int year_with_weekday (const GDate *ref, int year, int month, int day, int weekday, gboolean placed);
TimexValue value_day (const GDate *d);
TimexValue value_week (const GDate *d);
TimexValue counted_from (const GDate *from, char grain, int step);
void resolve_weekday (GDate *r, int target, gboolean shifted, int step, gboolean future);
int clock_day (const AssayDate *at, int hour, int minute, int zone, gboolean future);

/* ---- words (words.c) --------------------------------------------------- */

gboolean month_abbreviates (const Dates *d, const char *form);
int lookup_int (GHashTable *table, const char *word);
int shift_step (const Dates *d, const char *shift);
const char *mod_code (const char *mod);
char *ascii_lower (const char *s, char *buf, gsize size, char **heap);
double number_value (const Dates *d, const char *word);
int spoken_year (const Dates *d, const char *words);
int spoken_decade (const Dates *d, const char *word, int ref_year);
gboolean scale_word_at (const Dates *d, const char *text, gsize start, gsize end);
const char *unit_code (const Dates *d, const char *word);
int hour_of (const char *hour, const char *ampm);
gboolean zone_minutes (const Dates *d, const char *tz, const char *offset, int *out);

/* ---- tense (tense.c) --------------------------------------------------- */

/* Whether the nearest cue before the expression is one of the future. */
gboolean tense_future (Tense *tense);
/* The same, or a fixture in the present: read for weekdays only. */
gboolean tense_fixture_future (Tense *tense);
/* Whether no cue of the past or the future is in reach before the
 * expression (its value then read as the past's). */
gboolean tense_unknown (Tense *tense);
/* Whether the clause goes on after the expression, from @from to the
 * next mark that ends a clause (at most 120 bytes), to a cue of the
 * future before any cue of the past: "Saturday's contest against
 * Scotland will be a scrappy encounter". */
/* Whether a clock time or "later in the week" may take the day named
 * before (Timex.day_before, week_before). */
typedef enum
{
  BORROW_ANY = 1, /* a past in its sentence ("By 4pm it was over") */
  BORROW_AHEAD,   /* a clause in the future or the present: a day not before the
                   * reference ("The leaders will unveil plans on Thursday ...
                   * at 1830 GMT"), not a past one ("On Friday he resigned.
                   * He will speak at 3pm"; "The shops open at 9am") */
} Borrow;
/* The Borrow of the expression ending at @end, whose words before are
 * @tense's. */
int tense_borrow (Tense *tense, gsize end);
/* Where the look-aheads from an expression ending at @from stop, its
 * sentence ending at @end: with @layered (the sentence layer's sentence)
 * @end, or past it where the layer split a hard-wrapped paragraph at a
 * line's end; without, the first stop_mark() or newline (tense.c). */
gsize tense_limit (const Dates *d, const char *text, gsize from, gsize end, gboolean layered);
gboolean tense_future_after (const Tense *tense, gsize from);
/* Whether a weekday with no shift at @start..@end is the coming one: in
 * a clause with a fixture's verb ("England play France on Saturday"),
 * or, as a possessive ("Saturday's"), an awaited one ("look forward to
 * Sunday's Oscars", "Saturday's game will be shown live"), not an event
 * reported ("Wednesday's ruling", "Saturday's defeat will hurt"). */
gboolean tense_weekday_ahead (Tense *tense, gsize start, gsize end);

/* ---- normalisation (normalise.c) --------------------------------------- */

/* The kind patterns.tsv calls @name into *@kind; FALSE when none is. */
gboolean normaliser_find (const char *name, Kind *kind);
/* The kinds' names, ", " between them (transfer full). */
char *normaliser_names (void);
/* @m's value into @t, against @ref (the reference's time and zone in
 * @ref_at when they were written: nullable). */
gboolean normalise (const Dates *d, const Match *m, const GDate *ref, const AssayDate *ref_at, Tense *tense,
                    gboolean anchored, Timex *t);

/* ---- TIMEX values (value.c) ------------------------------------------- */

/* The values most expressions have: a year, a month of a year, a day
 * (each part a number or VALUE_X; 0 leaves a month or a day out). */
TimexValue value_calendar (int year, int month, int day);
TimexValue value_period (int year, char period, int number);
TimexValue value_duration (double count, const char *unit);
/* The value the lexicon writes for a word of the present, the past or
 * the future (@text, which outlives it): a REF when it is TIMEX3's
 * PRESENT_REF, PAST_REF or FUTURE_REF, else the lexicon's text. */
TimexValue value_ref (const char *text);
/* A sports season @step seasons from the one @ref is in (TIMEX3 has no
 * value for one): the year it starts where @ref's month tells it for
 * every sport (August to December) and the span asked is not its end
 * (@to_its_end: "the end of the season", a year later for football);
 * elsewhere PAST_REF, PRESENT_REF or FUTURE_REF. */
TimexValue value_season_of_sport (const GDate *ref, int step, gboolean to_its_end);
/* A sports season's start or end ("the end of the season") valued as
 * the year it falls in loses its mod: TIMEX3's START and END on a year
 * are the calendar's first and last months, which a season's are not
 * (football's ends in May and starts in August).  A REF keeps its mod
 * (PRESENT_REF START: the start of the season under way).  For
 * normalise_relunit() and discourse_place_in_year() alike. */
static inline void
season_year_unmodded (Timex *t)
{
  if (t->value.kind == VALUE_CALENDAR)
    t->mod = NULL;
}
/* Whether @v is a day, its parts known or not ("2009-11-09", "XXXX-11-09",
 * "2004-10-XX"), with no time of day. */
gboolean value_is_day (const TimexValue *v);
/* Whether @v names its year, in four digits: a date that later
 * expressions can count from. */
gboolean value_is_dated (const TimexValue *v);
/* Whether @v is a date of some year nothing told ("XXXX-06", "XXXX-Q3"). */
gboolean value_year_unknown (const TimexValue *v);
/* @v, a day with every part known and in TIMEX3's years, into @date. */
gboolean value_to_date (const TimexValue *v, GDate *date);
/* What a value computed from a stand-in reference keeps: the year is
 * masked, and the rest too unless @keep_month (the month was named). */
void value_mask (TimexValue *v, gboolean keep_month);
/* Writes @v as TIMEX3 writes it at the end of @out. */
void value_append (GString *out, const TimexValue *v);
/* The order of @a and @b as their TIMEX3 text sorts (see discourse_range()). */
int value_compare (const TimexValue *a, const TimexValue *b);

/* ---- TIMEX expressions (timex.c) --------------------------------------- */

gboolean is_one_day (const Timex *t);
void timex_clear (Timex *t);
/* Writes @t into @doc's `timex` layer, its value through @scratch. */
gboolean emit_timex (AssayDocument *doc, const Timex *t, GString *scratch, GError **error);
/* Puts @t, a clock time or a date, on the day @day: its value's day is
 * replaced, and its day is no longer open. */
void timex_set_day (Timex *t, const TimexValue *day);
/* "3 p.m. Friday": the clock time @time takes the day @day names and its
 * span; @day is then spent (the caller clears it). */
void timex_take_day (Timex *time, const Timex *day);
/* "one minute, 47.97 seconds", "two hours 15 minutes", "1 hour and 5
 * minutes": the duration @second, right after @first in a smaller clock
 * unit, is one span with it, written in hours, minutes and seconds
 * (PT1M47.97S); FALSE, and nothing changed, where they are two (timex.c). */
gboolean timex_join_duration (const Dates *d, Timex *first, const Timex *second, const char *text);
/* "times of 6.61 and 6.62 seconds": the first count, in figures, before
 * " and " and the DURATION @t, no earlier than @floor, is a DURATION of
 * its own in @t's unit (normalise-period.c). */
gboolean first_count_before (const char *text, const Timex *t, gsize floor, Timex *first);

/* ---- discourse (discourse.c, discourse-year.c) ----------------------------- */

/* How far back "that year", "the following day" look for the date they
 * count from, in bytes: a sentence or two. */
#define ANAPHOR_REACH 600
/* How far back "a year earlier" looks for the period it compares with:
 * about two sentences of a business report. */
#define PERIOD_REACH 300

/* What the expressions found so far in a document tell the next one. */
typedef struct
{
  TimexValue last_day; /* the last DATE of one day, ending at last_day_end */
  gsize last_day_end;
  TimexValue last_period; /* the last quarter, half, season or month of a year named */
  gsize last_period_end;
  gboolean last_period_year_ago; /* and it ends a year before the one named before it, just before it */
  TimexValue last_period_from; /* a month, where the last period is a range of months ("between July and
                                * September"): its first; VALUE_NONE otherwise (discourse_note()) */
  TimexValue last_ahead; /* the last day or month written without its year and placed after the reference */
  gsize last_ahead_end;
  TimexValue last_week;  /* the last week or weekend named ("the weekend", "last week"), */
  gsize last_week_end;   /* ending there (0: none yet) */
  int last_named[3];     /* the last date named (year, month, day), to its grain: */
  char last_named_grain; /* 'Y', 'M' or 'D'; 0 before any */
  gsize last_named_end;
  int month_before[2];     /* the month (year, month) named as one before the last date named, */
  gsize month_before_end;  /* ending there (0: none): "the month" after two is neither's */
  gsize some_day_end;    /* the end of the last day of no known date ("on a Thursday"), 0: none */
  int last_year;         /* the year of the last DATE written with its year, */
  gsize last_year_end;   /* ending there (0: none yet) */
  gboolean last_year_alone; /* and written as four digits alone ("in 2004", not "early 2004", "May 2004") */
  /* each weekday's day (1 Monday .. 7 Sunday) as the document first
   * resolved it against the reference; kind VALUE_NONE before */
  TimexValue weekday_first[8];
  /* each day of a month's year as the document first resolved it
   * against the reference, written without its year ([month - 1][day -
   * 1]); 0 before */
  guint16 day_first_year[12][31];
  /* each month's year as the document last read it, written without its
   * year ([month - 1]); 0 before */
  guint16 month_open_year[12];
} Discourse;

/* "next Friday at 3 p.m.": a clock time right after a day is on that day,
 * not on the reference date. */
/* Marks @t, a unit counted (@code "D", "W") with @mod and @shift "the"
 * ("earlier in the day", "later in the week"), as taking the day named
 * before it (day_before, week_before: discourse_place_time()). */
void discourse_mark_before (Timex *t, const char *code, int step, const char *mod, const char *shift);
void discourse_place_time (const Dates *d, const Discourse *ds, const char *text, Timex *t);
/* "Third-quarter profit fell from $5 million a year earlier": the year
 * before the period just named, at its grain (1988-Q3). */
void discourse_compare_period (const Discourse *ds, Timex *t);
/* "the same period in 2003", the year its own expression: the period
 * named last, in that year ("profit in the fourth quarter ... from $6m
 * in the same period in 2003" is 2003-Q4) */
void discourse_same_period (const Discourse *ds, const char *text, Timex *t);
/* "On May 22, 1995, he was promoted, and the following year...": counted
 * from the date named before, when it has the grain; "that day" after "in
 * October 2004" is a day of that month, 2004-10-XX, and "that week" after
 * "in 2004" a week of that year, 2004-WXX. */
void discourse_resolve_anaphor (const Discourse *ds, Timex *t);
/* "including 2001, when the 11 September attacks...": a day or month
 * without its year, after a date written with its year in the same
 * sentence (which starts at @sentence_start), is in that year; not after
 * a year of accounts, a year before a word of @d's lexicon kind
 * `business` ("the 2004 results released on 1 March").  "The year" after
 * a year written alone, within two sentences, is that year ("2004 ...
 * the start of the year").  FALSE where @t is no date at all: "the
 * month" with no past month named before it. */
gboolean discourse_place_in_year (const Dates *d, const Discourse *ds, const char *text, gsize sentence_start, Timex *t);
/* "The board meets on Friday ... its chairman said that Friday's vote
 * was a formality": a weekday read by the tense alone as a day gone by,
 * a possessive or after "the", is the coming day the document first
 * resolved that weekday to, whatever the tense of its own clause (a
 * report's past). */
void discourse_weekday_again (const Discourse *ds, const char *text, Timex *t);
/* "yesterday (Wednesday)": a weekday in brackets right after a day is
 * that day, one value for both. */
void discourse_weekday_aside (const Discourse *ds, const char *text, Timex *t);
/* @t, written, ending at @end, is what later expressions may refer to. */
void discourse_note (Discourse *ds, const Timex *t, gsize end);
/* "from 2009 to 2011", "between May and July": @first and @second, dates
 * one after the other in @text, are the ends of one range; each gets its
 * `range`, START/END. */
void discourse_range (const char *text, Timex *first, Timex *second);
/* Whether @t, a day with its month, is the article's own date, in a
 * dateline of its header ("WASHINGTON, August 8 (Xinhua) --", "Saturday
 * 20 November" alone under a headline), not after @ref, the collection's
 * reference: a day without its year after it is moved to the year
 * before. */
gboolean discourse_own_date (const Dates *d, const char *text, gsize length, Timex *t, const GDate *ref);
/* A day or month named without its year (@first) takes the year written
 * just after it in its phrase ("the 11 September attack in 2001",
 * @second): see discourse.c. */
void discourse_year_after (const Dates *d, const char *text, Timex *first, const Timex *second);
/* Whether the text between a clock time and a day after it makes them one
 * expression ("5 p.m. EST, Nov. 9"). */
gboolean joins_following_day (const char *p, const char *end);

G_END_DECLS
