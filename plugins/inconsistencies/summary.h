/* summary.h: what the cross-document phase keeps of each document (the
 * corpus: summary.c), and the stories it groups them into (stories.c).
 *
 * A summary is kept for every document of a run, so it is kept small: one
 * block a document with its claims' strings; salient names as ids, their
 * text and each claim's sentence (the evidence a finding quotes) in a
 * spill file on disk rather than in memory.  Only claims another report
 * can be compared with are kept.
 */
#pragma once

#include "claims.h"

/* A claim another report may be compared with, or a weekday left without
 * a year. */
typedef struct
{
  const char *type; /* a CLAIM_ constant, or "weekday"; the other strings lie in the summary's block */
  /* extra: approx, office\torg\ttitle, the blamed party's country, or the weekday */
  const char *subject, *value, *key, *extra;
  guint64 sentence_at; /* the evidence: in the corpus's spill */
  guint32 sentence_length;
  guint32 start, end; /* the evidence: bytes in the document */
  guint32 claim_id;
  guint8 former;
  guint8 update; /* a count its sentence says has changed */
} Kept;

/* Labels a salient name may have (identifying_label()). */
typedef enum
{
  SALIENT_PERSON,
  SALIENT_ORG,
  SALIENT_GPE,
  SALIENT_LOC,
  SALIENT_NORP,
  SALIENT_THREAT_ACTOR,
  SALIENT_COUNTRY, /* a GPE that is a country (or a NORP's country) */
} SalientLabel;

extern const char *const salient_labels[];

/* A name that may tie a document to others of its story: its canonical
 * name as a 64-bit fingerprint (two names would have to collide in 64
 * bits to be taken for one), and where its text waits in the spill. */
typedef struct
{
  guint64 name;
  guint32 text_at_low;
  guint8 text_at_high, text_length;
  guint8 label : 4;    /* SalientLabel */
  guint8 headline : 1; /* named in the headline */
  guint8 subject : 1;  /* the headline's first name, not a country: what
                        * the report is about */
  guint8 weight;       /* mentions, a title's counting three; at most 255 */
} Salient;

/* One block a document: the summary, then its arrays (names, events,
 * dates), then its id; kept on disk (corpus_summary()).  Its claims are not in the corpus's memory: they
 * wait in the spill (claims_at, claims_length), since only the
 * comparisons of its story read them, and the story grouping, which needs
 * every document at once, reads only the rest (docs/cluster.md).
 * corpus_claims() gives a copy of the block with its claims after the
 * dates (the Kept array, then their strings). */
typedef struct
{
  const char *id;
  guint32 index;        /* input order */
  guint32 day;          /* date of writing, 0: unknown */
  guint32 n_kept;       /* claims kept, in the spill */
  guint32 size;         /* of the whole block */
  guint32 claims_length; /* of the claims' record in the spill, 0 when none */
  guint64 claims_at;
  guint8 published;     /* day is the document's own publication date */
  guint8 n_names, n_dates, n_events;
  guint8 with_claims;   /* a copy from corpus_claims(): summary_kept() holds them */
} Summary;

/* Most mentioned first. */
static inline Salient *
summary_names (const Summary *s)
{
  return (Salient *) (s + 1);
}

/* The kinds of event its headline and lead name. */
static inline const char **
summary_events (const Summary *s)
{
  return (const char **) (summary_names (s) + s->n_names);
}

/* The dates the document names (days, or STORY_PARTIAL_DATE), distinct. */
static inline guint32 *
summary_dates (const Summary *s)
{
  return (guint32 *) (summary_events (s) + s->n_events);
}

/* The claims, only in a copy corpus_claims() made (with_claims). */
static inline Kept *
summary_kept (const Summary *s)
{
  g_assert (s->with_claims || s->n_kept == 0);
  gsize at = (gsize) ((const char *) (summary_dates (s) + s->n_dates) - (const char *) s);
  return (Kept *) ((char *) s + ((at + 7) & ~(gsize) 7));
}

#define STORY_DATES 8
#define STORY_EVENTS 4
/* A day and month without a year ("March 4"), among a summary's dates. */
#define STORY_PARTIAL_DATE(month, day) (0x80000000u | ((guint32) (month) << 5) | (guint32) (day))
#define STORY_IS_PARTIAL_DATE(d) (((d) & 0x80000000u) != 0)

typedef struct _Spill Spill;

/* Every document's summary, for the cross-document phase.  The summaries
 * themselves wait on disk (@keys, one block a document, in input order),
 * read back by the grouping in its order and by the comparisons a story
 * at a time: in memory a document costs where its block lies and its day
 * (12 bytes), whatever the archive's size (docs/cluster.md). */
typedef struct
{
  const Knowledge *k;
  char *reference_key;
  guint salient;
  guint story_days;
  guint story_cache;     /* forming stories the grouping keeps in memory (store.c), set by the join */
  guint64 story_share;   /* bytes the grouping may hold in all, 0: no bound; set by the join */
  guint64 kept_share;    /* bytes of stories it may hand to finish_stories(), 0: no bound; likewise */
  char *tmp_dir;         /* the run's temporary folder, for the grouping's store */
  GArray *keys_at;       /* guint64 a document, input order: where its summary starts in @keys */
  GArray *days;          /* guint32 a document: its day (the grouping's order without a read) */
  Spill *keys;           /* the summaries, one block a document (corpus_summary()) */
  Spill *spill;          /* names' text and evidence: saved in a state as it is */
  Spill *claims;         /* the summaries' claims (corpus_claims()) */
  AssayStateWriter *record; /* a buffer the claims' records are encoded in */
  GStringChunk *interned; /* the event kinds of merged summaries */
} Corpus;

/* Returns: (transfer full): an empty corpus; @k must outlive it.  Its
 * spills are made in @tmp_dir (the run's temporary folder) when first
 * written. */
Corpus *corpus_new (const Knowledge *k, const char *reference_key, guint salient, guint story_days,
                    guint story_cache, const char *tmp_dir);
void corpus_free (Corpus *corpus);

/* Keeps @doc's summary.  FALSE with @error when its evidence cannot be
 * spilled. */
gboolean corpus_collect (Corpus *corpus, const AssayDocument *doc, GError **error);

/* Writes every summary and the evidence (the spill) for a reduce
 * elsewhere; FALSE with @error when they cannot be written. */
gboolean corpus_save (const Corpus *corpus, AssayStateWriter *writer, GError **error);

/* Appends the summaries of a state corpus_save() wrote, as if collect()
 * had seen those documents next; FALSE with @error when it is malformed. */
gboolean corpus_merge (Corpus *corpus, AssayStateReader *reader, GError **error);

/* The number of documents kept, and one's day (0: undated). */
guint corpus_n_docs (const Corpus *corpus);
guint32 corpus_day (const Corpus *corpus, guint index);

/* Returns: (transfer full): the summary of document @index (input order)
 * read back from disk (free with g_free(); it holds its id), or NULL with
 * @error when it cannot be read back. */
Summary *corpus_summary (const Corpus *corpus, guint index, GError **error);

/* Returns: (transfer full): a copy of @s with its claims read back from
 * the spill (free with g_free(); it holds its id), or NULL with @error
 * when the spill cannot be read back or holds something else. */
Summary *corpus_claims (const Corpus *corpus, const Summary *s, GError **error);

/* Returns: (transfer full): the text of @name, or NULL with @error when
 * the spill cannot be read back. */
char *corpus_name (const Corpus *corpus, const Salient *name, GError **error);

/* Returns: (transfer full): the evidence sentence of @kept, or NULL with
 * @error when the spill cannot be read back. */
char *corpus_sentence (const Corpus *corpus, const Kept *kept, GError **error);

/* The corpus's bytes in memory (where the summaries lie, the days), and
 * on disk (the summaries, the evidence and the claims), for the debug log. */
gsize corpus_bytes (const Corpus *corpus);
guint64 corpus_spilled (const Corpus *corpus);

/* Writes what the spills still gather in memory to their files
 * (spill_finish()): at the end of a map and before the grouping, so that
 * a full disk is reported then, naming the spill.  FALSE with @error. */
gboolean corpus_flush (const Corpus *corpus, GError **error);

static inline const char *
salient_label (const Salient *s)
{
  return salient_labels[s->label];
}

typedef struct
{
  GArray *docs;        /* guint32: its documents' numbers, input order */
  guint32 from, to;    /* date span of its dated documents, 0 when none */
  GArray *ties;        /* Salient: names two or more documents share, strongest first */
  GArray *tie_dates;   /* guint32: days two or more documents name */
  const char *event;   /* the kind of event most of its reports name, nullable */
} Story;

void story_free (gpointer story);

/* Told each story as it is made, in story order, with its documents' ids
 * (in its order); FALSE with @error stops the grouping. */
typedef gboolean (*StoryTold) (const Story *story, guint number, const char *const *ids, gpointer data,
                               GError **error);

/* Groups the corpus's documents into stories: every document in exactly
 * one, stories ordered by their first document, each told to @told.
 * Linear in the number of documents, given bounded names per document;
 * the summaries are read back from disk as they are needed.
 * Returns: (transfer full): Story*, or NULL with @error when a summary
 * cannot be read back or @told failed. */
GPtrArray *stories_group (const Corpus *corpus, guint story_days, StoryTold told, gpointer data, GError **error);
