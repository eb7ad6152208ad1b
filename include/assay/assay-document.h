/* assay-document.h: the document model every stage reads and writes.
 *
 * One AssayDocument travels through the whole pipeline.  It holds the text
 * as it was read (the original, never changed) and as it is now (the
 * current text, which only a text-rewriting stage may replace), string
 * metadata, and annotation layers.  Everything a stage adds lives in the
 * document and can be written out; stages share nothing else.
 *
 * Offsets.  Every span is a pair of byte offsets [start, end) into the
 * current text, half-open, and both ends must fall on UTF-8 code point
 * boundaries; the document refuses any other span.  The text is valid UTF-8
 * at all times: invalid input bytes are replaced by U+FFFD when the document
 * is made, and replacement text is checked.  When a stage rewrites the text
 * the core keeps a byte-offset map, so any span of the current text can be
 * reported in original offsets (assay_document_map_to_original()).
 *
 * Ownership.  The document copies every string it is given.  Getters return
 * pointers owned by the document (transfer none), valid until the document
 * changes the thing they point at or is freed.  Annotation pointers stay
 * valid for the document's life.
 *
 * Threads.  A document is used by one thread at a time; distinct documents
 * share nothing and may be processed in parallel.
 */
#pragma once

#if !defined(ASSAY_INSIDE) && !defined(ASSAY_COMPILATION)
#error "Only <assay/assay.h> can be included directly."
#endif

#include <stddef.h>
#include <string.h>
#include <glib.h>
#include <assay/assay-version.h>

G_BEGIN_DECLS

typedef struct _AssayDocument AssayDocument;
typedef struct _AssayAnnotation AssayAnnotation;
typedef struct _AssayTextEdit AssayTextEdit;
typedef struct _AssayFinding AssayFinding;

#define ASSAY_DOCUMENT_ERROR (assay_document_error_quark ())
ASSAY_API GQuark assay_document_error_quark (void);

/**
 * AssayDocumentError:
 * @ASSAY_DOCUMENT_ERROR_BAD_SPAN: a span lies outside the text, ends before
 *   it starts, or cuts a UTF-8 code point
 * @ASSAY_DOCUMENT_ERROR_UNDECLARED: the running stage wrote a layer or a
 *   metadata key it does not list in its `provides`
 * @ASSAY_DOCUMENT_ERROR_NOT_REWRITER: the running stage changed the text
 *   without the ASSAY_STAGE_REWRITES_TEXT flag
 * @ASSAY_DOCUMENT_ERROR_HAS_ANNOTATIONS: the text was to be rewritten after
 *   annotations were added (their offsets would no longer hold)
 * @ASSAY_DOCUMENT_ERROR_BAD_EDIT: text edits overlap, or a replacement is
 *   not valid UTF-8
 * @ASSAY_DOCUMENT_ERROR_BAD_NAME: a layer, metadata key, attribute key or
 *   finding kind is not a lower-kebab-case name
 * @ASSAY_DOCUMENT_ERROR_TOO_MANY: the document holds as many annotations as
 *   the run allows (`assay run --max-annotations`); since ABI 1.2
 */
typedef enum
{
  ASSAY_DOCUMENT_ERROR_BAD_SPAN,
  ASSAY_DOCUMENT_ERROR_UNDECLARED,
  ASSAY_DOCUMENT_ERROR_NOT_REWRITER,
  ASSAY_DOCUMENT_ERROR_HAS_ANNOTATIONS,
  ASSAY_DOCUMENT_ERROR_BAD_EDIT,
  ASSAY_DOCUMENT_ERROR_BAD_NAME,
  ASSAY_DOCUMENT_ERROR_TOO_MANY,
} AssayDocumentError;

/* The metadata key under which the core counts the invalid UTF-8 sequences
 * it replaced with U+FFFD when the document was read. */
#define ASSAY_META_INVALID_UTF8 "invalid-utf8"

/* The metadata key the core's HTML reader sets to "html" on the document
 * it makes of a page: its text is the parser's, character references
 * decoded.  No other reader sets it, and the JSONL reader takes it from
 * no record, so a stage may trust it (cleanup decodes references in any
 * other text). */
#define ASSAY_META_PARSED_FROM "parsed-from"

/* ---- the document ------------------------------------------------------ */

/**
 * assay_document_new:
 * @id: the document id, unique in its input (copied)
 * @text: the text, UTF-8; invalid sequences become U+FFFD and are counted in
 *   the metadata key ASSAY_META_INVALID_UTF8
 * @length: bytes of @text, or -1 if it is NUL-terminated
 *
 * Returns: (transfer full): a new document with @text as both its original
 * and its current text.  Free with assay_document_free().
 */
ASSAY_API AssayDocument *assay_document_new (const char *id, const char *text, gssize length);

/**
 * assay_document_free:
 * @doc: (nullable) (transfer full): the document
 */
ASSAY_API void assay_document_free (AssayDocument *doc);

/** Returns: (transfer none): the document id. */
ASSAY_API const char *assay_document_get_id (const AssayDocument *doc);

/**
 * assay_document_get_text:
 * @length: (out) (optional): the text's length in bytes
 *
 * Returns: (transfer none): the current text, NUL-terminated, valid UTF-8.
 * Valid until the text is rewritten.
 */
ASSAY_API const char *assay_document_get_text (const AssayDocument *doc, gsize *length);

/**
 * assay_document_get_original_text:
 * @length: (out) (optional): its length in bytes
 *
 * Returns: (transfer none): the text as it was read (after the U+FFFD
 * repair of invalid bytes), never changed by any stage.
 */
ASSAY_API const char *assay_document_get_original_text (const AssayDocument *doc, gsize *length);

/** Returns: whether any stage has rewritten the text. */
ASSAY_API gboolean assay_document_is_rewritten (const AssayDocument *doc);

/* ---- metadata ------------------------------------------------------------ */

/**
 * assay_document_get_meta:
 * @key: a metadata key such as "title" or "published"
 *
 * Returns: (transfer none) (nullable): the value, or NULL when unset.
 */
ASSAY_API const char *assay_document_get_meta (const AssayDocument *doc, const char *key);

/**
 * assay_document_set_meta:
 * @key: a lower-kebab-case key (copied)
 * @value: (nullable): the value (copied); NULL removes the key
 *
 * While a stage runs it may set only the keys it lists in `provides` as
 * "meta:KEY".
 *
 * Returns: TRUE, or FALSE with ASSAY_DOCUMENT_ERROR_UNDECLARED or
 * ASSAY_DOCUMENT_ERROR_BAD_NAME.
 */
ASSAY_API gboolean assay_document_set_meta (AssayDocument *doc,
                                            const char *key,
                                            const char *value,
                                            GError **error);

/**
 * AssayMetaFunc:
 * Called once a metadata entry, in the order the keys were first set.
 */
typedef void (*AssayMetaFunc) (const char *key, const char *value, gpointer user_data);

ASSAY_API void assay_document_foreach_meta (const AssayDocument *doc,
                                            AssayMetaFunc func,
                                            gpointer user_data);

/* ---- rewriting the text -------------------------------------------------- */

/**
 * assay_text_edit_new:
 *
 * An edit collects replacements of spans of the current text and applies
 * them at once, so a stage can make thousands of small changes in linear
 * time.  Spans are in the offsets of the text the edit is applied to.
 *
 * Returns: (transfer full): an empty edit; free with assay_text_edit_free().
 */
ASSAY_API AssayTextEdit *assay_text_edit_new (void);

/**
 * assay_text_edit_replace:
 * @start: first byte of the span to replace
 * @end: byte after it (@start == @end inserts)
 * @replacement: the new text (copied); "" deletes the span
 * @length: bytes of @replacement, or -1 if NUL-terminated
 *
 * Replacements may be added in any order; they must not overlap (two
 * insertions at one point are kept in the order they were added).
 */
ASSAY_API void assay_text_edit_replace (AssayTextEdit *edit,
                                        gsize start,
                                        gsize end,
                                        const char *replacement,
                                        gssize length);

/** Returns: how many replacements @edit holds. */
ASSAY_API guint assay_text_edit_get_count (const AssayTextEdit *edit);

ASSAY_API void assay_text_edit_free (AssayTextEdit *edit);

/**
 * assay_document_apply_edit:
 * @edit: (transfer none): the replacements
 *
 * Replaces the current text and extends the offset map to the original.
 * Only a stage flagged ASSAY_STAGE_REWRITES_TEXT may call it, and only
 * before any annotation exists in the document.  On error the document is
 * unchanged.
 *
 * Returns: TRUE, or FALSE with ASSAY_DOCUMENT_ERROR_NOT_REWRITER,
 * _HAS_ANNOTATIONS, _BAD_SPAN or _BAD_EDIT.
 */
ASSAY_API gboolean assay_document_apply_edit (AssayDocument *doc,
                                              const AssayTextEdit *edit,
                                              GError **error);

/**
 * assay_document_map_to_original:
 * @start: first byte of a span of the current text
 * @end: byte after it
 * @orig_start: (out): where the span starts in the original text
 * @orig_end: (out): where it ends there
 *
 * A span that covers rewritten text maps to the whole original span that
 * was rewritten; an empty span at a place where text was deleted maps to
 * the deleted original text.  Without rewriting, offsets map to themselves.
 */
ASSAY_API void assay_document_map_to_original (const AssayDocument *doc,
                                               gsize start,
                                               gsize end,
                                               gsize *orig_start,
                                               gsize *orig_end);

/* ---- annotations --------------------------------------------------------- */

/**
 * assay_document_add_annotation:
 * @layer: a lower-kebab-case layer name, such as "entity"
 * @start: first byte of the span in the current text
 * @end: byte after it
 * @label: (nullable): the label, such as "PERSON" (copied)
 *
 * Adds an annotation with a new id, unique in the document.  The layer stays
 * sorted by start (then longest first, then by id).  While a stage runs it
 * may add only to the layers it lists in `provides`.
 *
 * Returns: (transfer none): the annotation, owned by the document and valid
 * for its life; or NULL with ASSAY_DOCUMENT_ERROR_BAD_SPAN,
 * _UNDECLARED or _BAD_NAME.
 */
ASSAY_API AssayAnnotation *assay_document_add_annotation (AssayDocument *doc,
                                                          const char *layer,
                                                          gsize start,
                                                          gsize end,
                                                          const char *label,
                                                          GError **error);

/**
 * assay_document_get_annotations:
 * @layer: the layer name
 * @n_annotations: (out): how many there are
 *
 * Returns: (transfer none) (array length=n_annotations): the layer's
 * annotations sorted by start, or NULL with 0 when the layer is empty.
 * Valid until the next annotation is added to that layer.
 */
ASSAY_API AssayAnnotation *const *assay_document_get_annotations (const AssayDocument *doc,
                                                                  const char *layer,
                                                                  guint *n_annotations);

/**
 * assay_document_lower_bound:
 *
 * Returns: the index in @layer of the first annotation that starts at or
 * after @offset (the layer's size when there is none): a binary search, so
 * a stage can visit the annotations within a sentence without a scan.
 */
ASSAY_API guint assay_document_lower_bound (const AssayDocument *doc,
                                            const char *layer,
                                            gsize offset);

/**
 * assay_document_get_annotation:
 * @id: an annotation id
 *
 * Returns: (transfer none) (nullable): the annotation with that id.
 */
ASSAY_API AssayAnnotation *assay_document_get_annotation (const AssayDocument *doc, guint id);

/**
 * assay_document_get_layers:
 * @n_layers: (out): how many layers have annotations
 *
 * Returns: (transfer none) (array length=n_layers): the names of the layers
 * in the order they were first written.
 */
ASSAY_API const char *const *assay_document_get_layers (const AssayDocument *doc, guint *n_layers);

/* ---- a layer as one array (ABI 1.2) -------------------------------------- */

/**
 * AssayAnnotationView:
 * @annotation: the annotation itself, for what a view does not hold (its
 *   references) and for writing to it (assay_annotation_set_attr())
 * @start: as assay_annotation_get_start()
 * @end: as assay_annotation_get_end()
 * @label: (nullable): as assay_annotation_get_label()
 * @attrs: (array length=n_attrs): key, value, key, value ...: @n_attrs
 *   pairs in the order first set (read them with
 *   assay_annotation_view_get_attr())
 * @id: as assay_annotation_get_id()
 * @n_attrs: how many key/value pairs @attrs holds
 *
 * One annotation as a layer view shows it: the fields a stage reads, in a
 * struct it reads without a call.  Append new fields at the end only, and
 * bump ASSAY_ABI_MINOR: a stage passes the size it was compiled with
 * (assay_document_view_layer() does), and the core fills that much, so a
 * stage built against 1.2 keeps working on a later core.
 */
typedef struct
{
  AssayAnnotation *annotation;
  gsize start;
  gsize end;
  const char *label;
  const char *const *attrs;
  guint id;
  guint n_attrs;
} AssayAnnotationView;

/* The smallest view a stage can ask for: the fields of ABI 1.2. */
#define ASSAY_ANNOTATION_VIEW_SIZE_1_2 (offsetof (AssayAnnotationView, n_attrs) + sizeof (guint))

/**
 * assay_document_view_layer_sized:
 * @layer: the layer name
 * @view_size: sizeof (AssayAnnotationView) as the stage was compiled, at
 *   least ASSAY_ANNOTATION_VIEW_SIZE_1_2; call it through
 *   assay_document_view_layer(), which passes it
 * @n_views: (out): how many annotations the layer has
 *
 * A stage that walks a layer reads it here once, as one array in the
 * layer's order (by start, then longest first, then by id), and iterates
 * it in its own code: reading annotations field by field through the
 * getters costs a call into libassay for each field of each annotation.
 *
 * The view is a snapshot.  Positions, ids and labels never change; @attrs
 * points at the annotation's attributes as they are, so after a stage sets
 * an attribute of an annotation of this layer (or adds one to the layer) it
 * takes a new view.  Pointers in it live as long as the document.
 *
 * Returns: (transfer full) (array length=n_views) (nullable): the views,
 * each @view_size bytes, to free with g_free(); NULL with 0 when the layer
 * has no annotations.
 */
ASSAY_API AssayAnnotationView *assay_document_view_layer_sized (const AssayDocument *doc,
                                                                const char *layer,
                                                                gsize view_size,
                                                                guint *n_views);

#define assay_document_view_layer(doc, layer, n_views) \
  assay_document_view_layer_sized ((doc), (layer), sizeof (AssayAnnotationView), (n_views))

/* The value of attribute @key of @view, or NULL: read in the stage's own
 * code, no call into libassay. */
static inline const char *
assay_annotation_view_get_attr (const AssayAnnotationView *view, const char *key)
{
  for (guint i = 0; i < view->n_attrs; i++)
    if (strcmp (view->attrs[2 * i], key) == 0)
      return view->attrs[2 * i + 1];
  return NULL;
}

/* The index of the first of the @n_views views (a layer's, sorted by
 * start) that starts at or after @offset; @n_views when none does. */
static inline guint
assay_annotation_view_lower_bound (const AssayAnnotationView *views, guint n_views, gsize offset)
{
  guint lo = 0, hi = n_views;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (views[mid].start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

ASSAY_API guint assay_annotation_get_id (const AssayAnnotation *annotation);
/** Returns: (transfer none): the layer name. */
ASSAY_API const char *assay_annotation_get_layer (const AssayAnnotation *annotation);
ASSAY_API gsize assay_annotation_get_start (const AssayAnnotation *annotation);
ASSAY_API gsize assay_annotation_get_end (const AssayAnnotation *annotation);
/** Returns: (transfer none) (nullable): the label. */
ASSAY_API const char *assay_annotation_get_label (const AssayAnnotation *annotation);

/**
 * assay_annotation_get_attr:
 * Returns: (transfer none) (nullable): the attribute's value.
 */
ASSAY_API const char *assay_annotation_get_attr (const AssayAnnotation *annotation,
                                                 const char *key);

/**
 * assay_annotation_set_attr:
 * @key: a lower-kebab-case (or snake_case) key (copied; keys are names,
 *   a few a stage, and the core keeps each for the life of the process)
 * @value: (nullable): the value (copied); NULL removes it
 *
 * Only the stage that provides the annotation's layer may change it.  A
 * stage that breaks that rule, or passes a bad key, has its document failed
 * by the core once the stage returns, with a message naming the key: the
 * mistake is the plugin's, so it does not clutter every call with an error.
 */
ASSAY_API void assay_annotation_set_attr (AssayAnnotation *annotation,
                                          const char *key,
                                          const char *value);

/** Returns: how many attributes the annotation has. */
ASSAY_API guint assay_annotation_get_n_attrs (const AssayAnnotation *annotation);

/**
 * assay_annotation_get_nth_attr:
 * @key: (out) (transfer none): the key of attribute @index
 * @value: (out) (transfer none): its value
 *
 * Attributes are kept in the order they were first set.
 */
ASSAY_API void assay_annotation_get_nth_attr (const AssayAnnotation *annotation,
                                              guint index,
                                              const char **key,
                                              const char **value);

/**
 * assay_annotation_add_ref:
 * @key: the name of the reference, such as "entity" or "timex"
 * @target: (transfer none): an annotation of the same document
 *
 * Appends @target's id to the reference list @key, so a claim can point at
 * the entities and dates it is made of.  The same ownership rule as
 * assay_annotation_set_attr() applies.
 */
ASSAY_API void assay_annotation_add_ref (AssayAnnotation *annotation,
                                         const char *key,
                                         const AssayAnnotation *target);

/**
 * assay_annotation_get_refs:
 * @n_ids: (out): how many ids
 *
 * Returns: (transfer none) (array length=n_ids) (nullable): the ids in the
 * reference list @key, in the order they were added.
 */
ASSAY_API const guint *assay_annotation_get_refs (const AssayAnnotation *annotation,
                                                  const char *key,
                                                  guint *n_ids);

/** Returns: how many reference lists the annotation has. */
ASSAY_API guint assay_annotation_get_n_refs (const AssayAnnotation *annotation);

/**
 * assay_annotation_get_nth_ref:
 * @key: (out) (transfer none): the name of reference list @index
 * @n_ids: (out): its length
 *
 * Returns: (transfer none) (array length=n_ids): its ids.
 */
ASSAY_API const guint *assay_annotation_get_nth_ref (const AssayAnnotation *annotation,
                                                     guint index,
                                                     const char **key,
                                                     guint *n_ids);

/* ---- findings ------------------------------------------------------------ */

typedef enum
{
  ASSAY_SEVERITY_LOW,
  ASSAY_SEVERITY_MEDIUM,
  ASSAY_SEVERITY_HIGH,
} AssaySeverity;

/** Returns: (transfer none): "low", "medium" or "high". */
ASSAY_API const char *assay_severity_to_string (AssaySeverity severity);

/**
 * assay_finding_new:
 * @kind: a lower-kebab-case kind such as "date-conflict" (copied)
 * @message: one plain-English sentence for an analyst (copied)
 *
 * A finding is built on its own, then handed to a document
 * (assay_document_add_finding()) or, in the cross-document phase, to the
 * sink (assay_sink_emit()); both copy it.
 *
 * Returns: (transfer full): a finding without evidence.
 */
ASSAY_API AssayFinding *assay_finding_new (const char *kind,
                                           AssaySeverity severity,
                                           const char *message);

/**
 * assay_finding_add_evidence:
 * @doc_id: the id of the document the evidence is in (copied)
 * @start: first byte of the span, in that document's current text
 * @end: byte after it
 * @text: (nullable): the text of the span (copied), so the finding reads on
 *   its own once the document is gone
 * @annotation_ids: (array length=n_ids) (nullable): annotations the evidence
 *   rests on, such as the claims that disagree
 */
ASSAY_API void assay_finding_add_evidence (AssayFinding *finding,
                                           const char *doc_id,
                                           gsize start,
                                           gsize end,
                                           const char *text,
                                           const guint *annotation_ids,
                                           guint n_ids);

/** Returns: (transfer full): a deep copy. */
ASSAY_API AssayFinding *assay_finding_copy (const AssayFinding *finding);
ASSAY_API void assay_finding_free (AssayFinding *finding);

/** Returns: (transfer none): the kind. */
ASSAY_API const char *assay_finding_get_kind (const AssayFinding *finding);
ASSAY_API AssaySeverity assay_finding_get_severity (const AssayFinding *finding);
/** Returns: (transfer none): the message. */
ASSAY_API const char *assay_finding_get_message (const AssayFinding *finding);
ASSAY_API guint assay_finding_get_n_evidence (const AssayFinding *finding);

/**
 * assay_finding_get_evidence:
 * @doc_id: (out) (optional) (transfer none): the document id
 * @start: (out) (optional): span start
 * @end: (out) (optional): span end
 * @text: (out) (optional) (transfer none) (nullable): the span's text
 * @annotation_ids: (out) (optional) (transfer none): ids, @n_ids of them
 * @n_ids: (out) (optional): how many ids
 */
ASSAY_API void assay_finding_get_evidence (const AssayFinding *finding,
                                           guint index,
                                           const char **doc_id,
                                           gsize *start,
                                           gsize *end,
                                           const char **text,
                                           const guint **annotation_ids,
                                           guint *n_ids);

/**
 * assay_document_add_finding:
 * @finding: (transfer none): the finding (copied)
 *
 * Adds a finding about this document alone, such as a weekday that does not
 * fit its date.
 *
 * Returns: TRUE, or FALSE with ASSAY_DOCUMENT_ERROR_BAD_NAME when the kind
 * is not lower-kebab-case or there is no evidence.
 */
ASSAY_API gboolean assay_document_add_finding (AssayDocument *doc,
                                               const AssayFinding *finding,
                                               GError **error);

ASSAY_API guint assay_document_get_n_findings (const AssayDocument *doc);

/** Returns: (transfer none): finding @index. */
ASSAY_API const AssayFinding *assay_document_get_finding (const AssayDocument *doc, guint index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayDocument, assay_document_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayTextEdit, assay_text_edit_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayFinding, assay_finding_free)

G_END_DECLS
