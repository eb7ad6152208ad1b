/* summary.h: what the cross-document phase keeps of each document, and
 * the stories it groups them into (stories.c). */
#pragma once

#include "claims.h"

/* What collect() keeps of one claim, or of a weekday left without a year. */
typedef struct
{
  const char *type; /* interned */
  /* extra: approx, office\torg\ttitle, the blamed party's country, or the weekday */
  char *subject, *value, *key, *extra;
  guint claim_id;
  gboolean references, former;
  gsize start, end; /* the sentence: the evidence */
  char *sentence;
} Kept;

/* A name that may tie a document to others of its story. */
typedef struct
{
  const char *name;  /* interned canonical name */
  const char *label; /* interned entity label */
  guint weight;      /* mentions, a title's counting three */
} Salient;

typedef struct
{
  char *id;
  guint index;          /* input order */
  guint32 day;          /* date of writing, 0: unknown */
  const char **events;  /* the kinds of event its headline and lead name, at most STORY_EVENTS */
  guint n_events;
  gboolean published;   /* day is the document's own publication date */
  Salient *names;       /* most mentioned first */
  guint n_names;
  guint32 *dates;       /* dates the document names (days, or STORY_PARTIAL_DATE), distinct, at most STORY_DATES */
  guint n_dates;
  GArray *kept;         /* Kept */
  guint story;          /* the story's index in stories_group()'s result */
} Summary;

#define STORY_DATES 8
/* A day and month without a year ("March 4"), among a summary's dates. */
#define STORY_PARTIAL_DATE(month, day) (0x80000000u | ((guint32) (month) << 5) | (guint32) (day))
#define STORY_IS_PARTIAL_DATE(d) (((d) & 0x80000000u) != 0)
#define STORY_EVENTS 4

typedef struct
{
  GPtrArray *docs;     /* Summary*, input order; not owned */
  guint32 from, to;    /* date span of its dated documents, 0 when none */
  GPtrArray *ties;     /* const Salient*: names two or more documents share, strongest first */
  GArray *tie_dates;   /* guint32: days two or more documents name */
  const char *event;   /* the kind of event most of its reports name, nullable */
} Story;

void story_free (gpointer story);

/* Groups @docs (Summary*, in input order) into stories: every document in
 * exactly one, stories ordered by their first document.  Linear in the
 * number of documents, given bounded names per document.
 * Returns: (transfer full): Story*. */
GPtrArray *stories_group (GPtrArray *docs, guint story_days);
