/* knowledge.h: the inconsistencies stage's data files, read once.
 *
 *   office-holders.tsv (+ -extra)  who held which office, from and to when
 *   role-aliases.tsv               how news writes a title -> the office
 *   role-titles.tsv                the offices' own titles (generated)
 *   cues.tsv                       the words claims are read by
 */
#pragma once

#include <assay/assay.h>

#include "words.h"

/* One term of office.  Dates are days since 0001-01-01 (GDate's Julian
 * days): a year-only FROM is its first day, a year-only TO its last. */
typedef struct
{
  char *office;  /* "foreign minister" */
  char *org;     /* "Ruritania" */
  char *holder;  /* "Ana Novak" */
  char *source;  /* "wikidata:Q..." */
  guint32 from, to; /* to 0: open on `checked` */
  guint32 checked;
} Term;

typedef enum
{
  CUE_BRIDGE,
  CUE_BLAME_AFTER,
  CUE_BLAME_BEFORE,
  CUE_NEGATION,
  CUE_EVENT,
  CUE_UNRELATED,
  CUE_START,
  CUE_END,
  CUE_ANNOUNCE,
  CUE_APPROX,
  CUE_NUMBER,
  CUE_COUNTED_STOP,
  CUE_VERB,
  CUE_FORMER,
  CUE_PAST,
  CUE_FUTURE,
  CUE_SPEAKER,
  CUE_STORY_EVENT,
  CUE_OFFICE_CHANGER,
  CUE_PLURAL,
  CUE_PART_OF,
  CUE_COMPARISON,
  CUE_BASE,
  CUE_ORGANISATION,
  CUE_UPDATE,
  CUE_HAPPENED,
  CUE_TALLY,
  CUE_PEOPLE_VERB,
  CUE_AUXILIARY,
  CUE_SPEECH,
  N_CUE_KINDS
} CueKind;

typedef struct
{
  GPtrArray *terms;          /* Term*, owned */
  GHashTable *by_holder;     /* folded name -> GPtrArray of Term* */
  GHashTable *by_office;     /* "office\torg" -> GPtrArray of Term* */
  GHashTable *roles;         /* lowercase title -> GPtrArray of char*[2] {office, org or ""} */
  GHashTable *cues[N_CUE_KINDS]; /* lowercase phrase -> value ("" when none) */
  CueTrie *trie;             /* every cue phrase, all kinds: what sentences are read by */
} Knowledge;

Knowledge *knowledge_load (const char *holders,
                           const char *holders_extra,
                           const char *roles,
                           const char *role_titles,
                           const char *cues,
                           GError **error);
void knowledge_free (Knowledge *k);

/* Days since 0001-01-01 of an ISO date "2025", "2025-05" or "2025-05-29":
 * its first day, or with @last its last.  0 when it is none. */
guint32 knowledge_parse_day (const char *iso, gboolean last);

/* Days since 0001-01-01 of a TIMEX3 value naming a day ("2025-05-29",
 * "2025-05-29T15:23", "2025-05-29TMO"); 0 when it names none. */
guint32 knowledge_timex_day (const char *value);

/* Returns: (transfer full): "2025-05-29". */
char *knowledge_format_day (guint32 day);

/* The terms of @office at @org, nullable. */
GPtrArray *knowledge_office_terms (const Knowledge *k, const char *office, const char *org);
