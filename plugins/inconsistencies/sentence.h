/* sentence.h: a sentence as the claim readers see it, and the small
 * helpers they share (claims.c reads origins, bases, blame, event times
 * and roles; quantities.c reads counts). */
#pragma once

#include "claims.h"

#include <string.h>

typedef struct
{
  const Knowledge *k;
  AssayDocument *doc;
  const char *text;
  gsize sentence_start, sentence_end;
  Words *w;
  const AssayAnnotationView *entities;
  guint n_entities;
  const AssayAnnotationView *timexes;
  guint n_timexes;
  gboolean in_references;
  guint64 claims;
  guint32 published; /* the document's own date, 0: unknown */
  const char *doc_event; /* the first event the document's sentences name, so far */
} Sentence;

static inline guint
cue_at (const Sentence *s, guint i, CueKind kind, const char **value)
{
  return words_cue (s->w, i, kind, value);
}

static inline gboolean
word_is (const Sentence *s, guint i, CueKind kind)
{
  return words_is (s->w, i, kind);
}

static inline guint
n_words (const Sentence *s)
{
  return s->w->len;
}

/* The first word at or after byte @offset. */
static inline guint
word_from (const Sentence *s, gsize offset)
{
  guint low = 0, high = n_words (s);
  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      if (words_at (s->w, mid)->start < offset)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static inline const char *
attr (const AssayAnnotationView *a, const char *key)
{
  return assay_annotation_view_get_attr (a, key);
}

/* The country an entity stands for: a country itself, a nationality, or
 * anything the entities stage placed in one. */
static inline const char *
entity_country (const AssayAnnotationView *e)
{
  const char *kb = attr (e, "kb");
  if (kb && g_str_has_prefix (kb, "iso3166:"))
    return attr (e, "canonical");
  return attr (e, "country");
}

static inline gboolean
is_actor (const AssayAnnotationView *e)
{
  return g_strcmp0 (e->label, "THREAT_ACTOR") == 0;
}

static inline AssayAnnotation *
add_claim (Sentence *s, const char *type, gsize start, gsize end, GError **error)
{
  AssayAnnotation *c = assay_document_add_annotation (s->doc, "claim", start, end, type, error);
  if (c && s->in_references)
    assay_annotation_set_attr (c, "section", "references");
  s->claims++;
  return c;
}

static inline gboolean
dated_value (const char *value)
{
  return value && g_ascii_isdigit (value[0]) && strlen (value) >= 4 && !strchr (value, 'X') && value[4] != 'W'
         && (value[4] == '\0' || (value[4] == '-' && g_ascii_isdigit (value[5])));
}

/* Does a clause end between word @i and the next ("...; the talks
 * began")? */
static inline gboolean
clause_ends_after (const Sentence *s, guint i)
{
  const Word *w = words_at (s->w, i), *next = words_at (s->w, i + 1);
  for (gsize b = w->end; b < next->start; b++)
    if (strchr (";:.?!", s->text[b]))
      return TRUE;
  return FALSE;
}

/* The first of @n annotations (sorted by start) that starts at or after
 * @offset.  Every lookup of a sentence's names and dates is a binary
 * search: a sentence of 100,000 dates must not cost 100,000 squared. */
static inline guint
first_from (const AssayAnnotationView *layer, guint n, gsize offset)
{
  return assay_annotation_view_lower_bound (layer, n, offset);
}

/* The annotation that covers [@start, @end), among the few that start at
 * or before @start (annotations of one layer seldom nest deeper). */
static inline const AssayAnnotationView *
covering (const AssayAnnotationView *layer, guint n, gsize start, gsize end)
{
  guint i = first_from (layer, n, start + 1);
  for (guint k = 0; k < 8 && i > 0; k++, i--)
    if (end <= layer[i - 1].end)
      return &layer[i - 1];
  return NULL;
}

static inline gboolean
inside_any (const AssayAnnotationView *layer, guint n, gsize start, gsize end)
{
  return covering (layer, n, start, end) != NULL;
}

static inline const AssayAnnotationView *
entity_covering (const Sentence *s, gsize start, gsize end)
{
  return covering (s->entities, s->n_entities, start, end);
}

/* The sentence's entities that start in [@from, @to). */
static inline void
entities_between (const Sentence *s, gsize from, gsize to, guint *first, guint *last)
{
  *first = first_from (s->entities, s->n_entities, from);
  *last = first_from (s->entities, s->n_entities, to);
}

/* quantities.c: the `quantity` claims of @s. */
gboolean quantity_claims (Sentence *s, GError **error);
