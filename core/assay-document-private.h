/* assay-document-private.h: what the files of the document model share
 * (assay-document.c, assay-annotation.c, assay-meta.c, assay-rewrite.c,
 * assay-finding.c):
 * the structs behind the opaque types, and the document's allocator.  Not
 * installed, not included outside those files; nothing here is exported
 * (no ASSAY_API, so hidden by the library's default visibility).
 */
#pragma once

#include "assay-private.h"

#include <string.h>

G_BEGIN_DECLS

/* A growing list of annotations carved from the document's blocks (see
 * AssayDocument.last_block): a list outgrown stays behind in its block, so
 * the lists of a document cost at most twice their last size, and no
 * malloc() or realloc() as a stage adds to them. */
typedef struct
{
  AssayAnnotation **items;
  guint len, size;
} AnnotationList;

typedef struct
{
  const char *name; /* from doc_strndup() */
  AnnotationList annotations; /* sorted; owned by by_id */
  /* The running stage's guard once it was found to provide the layer:
   * a stage writes thousands of annotations to one layer, and its
   * provides need reading once.  Cleared when the guard changes. */
  const AssayStageGuard *granted;
  /* The label its last annotation got: most annotations of a layer
   * share a few labels, and share one copy (labels never change). */
  const char *last_label; /* nullable */
} Layer;

typedef struct
{
  const char *key; /* interned (key_interned()) */
  GArray *ids; /* guint */
} Ref;

struct _AssayAnnotation
{
  AssayDocument *doc;
  guint id;
  Layer *layer;
  gsize start;
  gsize end;
  const char *label; /* from doc_alloc() */
  const char **attrs; /* key, value, key, value ...: keys interned (key_interned()), values and the list from doc_alloc() */
  guint n_attrs;      /* keys and values */
  guint attrs_size;
  GArray *refs;      /* Ref; NULL when none */
};

struct _AssayDocument
{
  char *id;
  char *original;
  gsize original_len;
  char *text; /* == original until the first rewrite */
  gsize text_len;
  GPtrArray *meta; /* key, value, key, value ...: from doc_strndup() */
  /* The layers in order of first write, and their names NULL-terminated
   * (what assay_document_get_layers() returns), from the blocks as the
   * annotation lists are: no allocation of their own to make and free,
   * as there is none for the block chain (@last_block) and for findings
   * until one is added.  Their seven allocations a document (GLib's
   * arrays), no longer made, cost the dates pipeline on
   * bench/dates-bench.py's 20 MB 30.2M instructions: 1,772.3M with them,
   * 1,742.1M without (callgrind, -j 1). */
  Layer **layers;
  const char **layer_names; /* NULL until the first layer */
  guint n_layers, layers_size;
  AnnotationList by_id;   /* index = id - 1; owns them */
  GPtrArray *findings;    /* AssayFinding*, owned; NULL until the first */
  GArray *map;            /* Segment; NULL while not rewritten */
  const AssayStageGuard *guard;
  guint max_annotations; /* 0: no cap */
  GError *violation;
  /* Annotations and their attribute lists are many, small, and live as
   * long as the document: they are carved from blocks it owns.  One
   * allocation each cost more than all else in adding one, the more so
   * as a document is often freed by another thread than the worker that
   * annotated it, and glibc's malloc then takes a lock for each. */
  gpointer last_block; /* owned; each block starts with the one before */
  guint n_blocks;
  char *block_next;
  gsize block_left;
  /* The layer annotated last: a stage most often adds to one layer many
   * times running, and this is one strcmp() where the lookup is one a
   * layer. */
  Layer *recent_layer; /* nullable */
};

/* doc_alloc_raw() where the block has no room: a new block. */
gpointer doc_alloc_block (AssayDocument *doc, gsize size);

/* @size bytes that live as long as @doc (see AssayDocument.last_block),
 * as they were left: for what is written whole at once (a list copied
 * into its larger successor).  Inline where the block has room (nearly
 * always): a call for each annotation, each attribute list and each
 * list outgrown had cost the process 1,878.0M instructions against
 * 1,873.0M inline, on bench/dates-bench.py's 20 MB (callgrind, -j 1). */
static inline gpointer
doc_alloc_raw (AssayDocument *doc, gsize size)
{
  /* aligned for any type: strings (doc_strndup()) take bytes unrounded */
  gsize pad = -(guintptr) doc->block_next & 15;
  gsize rounded = (size + 15) & ~(gsize) 15;
  if (G_UNLIKELY (pad + rounded > doc->block_left || doc->block_next == NULL))
    return doc_alloc_block (doc, size);
  gpointer p = doc->block_next + pad;
  doc->block_next += pad + rounded;
  doc->block_left -= pad + rounded;
  return p;
}

/* @size zeroed bytes that live as long as @doc.  Inline, so that a
 * struct's size known here zeroes it in a few stores, where a call to
 * memset() for each annotation (and each list, copied over after) was
 * 3.4% of the instructions of the cleanup stage run alone on the BBC
 * archive (callgrind). */
static inline gpointer
doc_alloc (AssayDocument *doc, gsize size)
{
  return memset (doc_alloc_raw (doc, size), 0, size);
}

/* A copy of the @length bytes at @s, NUL-terminated, that lives as long
 * as @doc: values are many and short, and a GStringChunk's kilobyte
 * chunks meant a malloc() every few dozen of them. */
static inline const char *
doc_strndup (AssayDocument *doc, const char *s, gsize length)
{
  char *copy;
  if (length + 1 > doc->block_left)
    copy = doc_alloc_raw (doc, length + 1);
  else
    {
      /* bytes need no alignment: taken as they come, not rounded up */
      copy = doc->block_next;
      doc->block_next += length + 1;
      doc->block_left -= length + 1;
    }
  memcpy (copy, s, length);
  copy[length] = '\0';
  return copy;
}

/* Whether [@start, @end) is a span of @doc's current text that cuts no
 * UTF-8 character; the error says which rule it broke. */
gboolean doc_check_span (const AssayDocument *doc, gsize start, gsize end, GError **error);

/* doc_check_span()'s answer for a span that passes, inline: a million
 * token annotations on the BBC archive each paid a call for it (2.5% of
 * the instructions of the cleanup stage run alone, callgrind). */
static inline gboolean
doc_span_ok (const AssayDocument *doc, gsize start, gsize end, GError **error)
{
  if (G_LIKELY (start <= end && end <= doc->text_len
                && (start == doc->text_len || ((guchar) doc->text[start] & 0xC0) != 0x80)
                && (end == doc->text_len || ((guchar) doc->text[end] & 0xC0) != 0x80)))
    return TRUE;
  return doc_check_span (doc, start, end, error);
}

/* Keeps @error (transfer full) as @doc's violation unless one is kept. */
void doc_note_violation (AssayDocument *doc, GError *error);

/* Whether @guard (nullable: no stage running) lists @prefix@name in its
 * provides. */
gboolean doc_guard_provides (const AssayStageGuard *guard, const char *prefix, const char *name);

/* Frees what @a holds outside the document's blocks (its references). */
void doc_annotation_clear (AssayAnnotation *a);

G_END_DECLS
