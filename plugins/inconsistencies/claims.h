/* claims.h: reading claims out of one document's sentences (claims.c). */
#pragma once

#include "knowledge.h"
#include "words.h"

/* Claim types: the `claim` layer's labels. */
#define CLAIM_ATTRIBUTION "attribution"
#define CLAIM_ORIGIN "origin"
#define CLAIM_EVENT_TIME "event-time"
#define CLAIM_QUANTITY "quantity"
#define CLAIM_ROLE "role"

/* Adds the `claim` layer to @doc, written on day @published (0: unknown;
 * a title of a time its sentence names is read against it).  Returns
 * FALSE with @error only when the document refuses an annotation. */
gboolean claims_extract (const Knowledge *k, AssayDocument *doc, guint32 published, GError **error);

/* Is @offset inside a `section` annotation labelled @label? */
gboolean claims_in_section (const AssayDocument *doc, gsize offset, const char *label);
