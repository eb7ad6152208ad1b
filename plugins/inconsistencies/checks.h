/* checks.h: the findings one document allows on its own (checks.c), and
 * the pieces the cross-document comparisons share with them. */
#pragma once

#include "claims.h"

/* Runs every per-document check on @doc, whose `claim` layer is read:
 * weekdays that do not fit their dates, titles their holders did not hold
 * on the publication date (metadata @reference_key), two titles one person
 * never held together, one actor given two origins, a date after
 * publication reported as past. */
gboolean checks_document (const Knowledge *k, const char *reference_key, AssayDocument *doc, GError **error);

/* The sentence around @offset as evidence: its bounds, and its text, a
 * window of it when the sentence is very long.
 * Returns: (transfer full). */
char *checks_sentence (const AssayDocument *doc, gsize offset, gsize *start, gsize *end);

/* Days since 0001-01-01 of @doc's own date (metadata @key), 0: none. */
guint32 checks_publication_day (const AssayDocument *doc, const char *key);

/* Returns: (transfer full): "\"Monday, March 5\" names a Monday, but ...". */
char *checks_weekday_message (const char *text, int named, guint32 day, const char *how);

/* The weekday (1 Monday .. 7 Sunday) of @day. */
int checks_weekday (guint32 day);

/* Did @person hold both offices at once, by the knowledge base?  @known:
 * whether it knows them holding both at all. */
gboolean checks_terms_overlap (const Knowledge *k, const char *person, const char *office_a, const char *org_a,
                               const char *office_b, const char *org_b, gboolean *known);

/* What one role claim says against the knowledge base at @day (days since
 * 0001-01-01), as a finding, or NULL when it holds (or cannot be checked).
 * @assumed says where @day came from, for the message ("the publication
 * date").  Returns: (transfer full) (nullable). */
AssayFinding *checks_role (const Knowledge *k,
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
