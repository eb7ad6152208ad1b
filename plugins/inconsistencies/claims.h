/* claims.h: reading claims out of one document's sentences, and the
 * checks a document allows on its own. */
#pragma once

#include "knowledge.h"
#include "words.h"

/* Claim types: the `claim` layer's labels. */
#define CLAIM_ATTRIBUTION "attribution"
#define CLAIM_ORIGIN "origin"
#define CLAIM_EVENT_TIME "event-time"
#define CLAIM_QUANTITY "quantity"
#define CLAIM_ROLE "role"

/* Adds the `claim` layer to @doc.  Returns FALSE with @error only when the
 * document refuses an annotation. */
gboolean claims_extract (const Knowledge *k, AssayDocument *doc, GError **error);

/* What one role claim says against the knowledge base at @day (days since
 * 0001-01-01), as a finding, or NULL when it holds (or cannot be checked).
 * @assumed says where @day came from, for the message ("the publication
 * date"). */
AssayFinding *claims_check_role (const Knowledge *k,
                                 const char *doc_id,
                                 const char *person,
                                 const char *office,
                                 const char *org,
                                 const char *title,
                                 guint32 day,
                                 const char *assumed,
                                 gsize start,
                                 gsize end,
                                 const char *evidence,
                                 guint claim_id);

/* The kinds of event @doc reports (cues.tsv's story-event), read in its
 * headline and lead, first named first.
 * Returns: (transfer container): strings of @k's. */
GPtrArray *claims_story_events (const Knowledge *k, const AssayDocument *doc);

/* Is @offset inside a `section` annotation labelled @label? */
gboolean claims_in_section (const AssayDocument *doc, gsize offset, const char *label);

/* The weekday (1 Monday .. 7 Sunday) of @day. */
int claims_weekday (guint32 day);

extern const char *const claims_weekday_names[8];
