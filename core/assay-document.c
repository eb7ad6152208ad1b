/* assay-document.c: the document itself: its text, its life, the blocks
 * its annotations are carved from, and the running stage's rights.  The
 * other areas of the model have their own files: annotations and layers
 * (assay-annotation.c), metadata (assay-meta.c), rewriting and the offset
 * map (assay-rewrite.c), findings (assay-finding.c), names
 * (assay-names.c), UTF-8 (assay-utf8.c).
 */
#include "assay-document-private.h"

ASSAY_DEFINE_QUARK (assay-document-error-quark, assay_document_error)

static guint default_max_annotations = ASSAY_DEFAULT_MAX_ANNOTATIONS;

void
assay_document_set_default_max_annotations (guint max)
{
  g_atomic_int_set (&default_max_annotations, max);
}

guint
assay_document_get_default_max_annotations (void)
{
  return g_atomic_int_get (&default_max_annotations);
}

void
assay_document_set_max_annotations (AssayDocument *doc, guint max)
{
  g_return_if_fail (doc != NULL);
  doc->max_annotations = max;
}

static gboolean
is_boundary (const char *text, gsize len, gsize offset)
{
  return offset == len || (offset < len && ((guchar) text[offset] & 0xC0) != 0x80);
}

gboolean
doc_check_span (const AssayDocument *doc, gsize start, gsize end, GError **error)
{
  if (start > end || end > doc->text_len)
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_SPAN,
                   "span [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ") does not fit the text of "
                   "document '%s' (%" G_GSIZE_FORMAT " bytes)",
                   start, end, doc->id, doc->text_len);
      return FALSE;
    }
  if (!is_boundary (doc->text, doc->text_len, start) || !is_boundary (doc->text, doc->text_len, end))
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_SPAN,
                   "span [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ") of document '%s' cuts a "
                   "UTF-8 character: offsets are bytes and must fall between characters",
                   start, end, doc->id);
      return FALSE;
    }
  return TRUE;
}

/* ---- the document --------------------------------------------------------- */

AssayDocument *
assay_document_new (const char *id, const char *text, gssize length)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  guint invalid = 0;
  gsize valid_len;

  if (length < 0)
    length = strlen (text);
  char *valid = assay_utf8_make_valid (text ? text : "", length, &valid_len, &invalid);
  return assay_document_new_take_valid (id, valid, valid_len, invalid);
}

AssayDocument *
assay_document_new_take_valid (const char *id, char *text, gsize length, guint n_invalid)
{
  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  AssayDocument *doc = g_new0 (AssayDocument, 1);
  guint invalid = n_invalid;

  doc->id = g_utf8_make_valid (id, -1);
  doc->original = text;
  doc->original_len = length;
  doc->text = doc->original;
  doc->text_len = doc->original_len;
  doc->max_annotations = assay_document_get_default_max_annotations ();
  /* room for a few keys and values: grown from nothing, the first
   * additions reallocated it (set_meta 6.9M instructions on
   * bench/dates-bench.py's 20 MB, callgrind) */
  doc->meta = g_ptr_array_sized_new (8);

  if (invalid > 0)
    {
      char count[16];
      g_snprintf (count, sizeof count, "%u", invalid);
      assay_document_set_meta (doc, ASSAY_META_INVALID_UTF8, count, NULL);
    }
  return doc;
}

/* A block's first bytes: the block before it, and what keeps the rest
 * aligned for any type. */
#define BLOCK_HEADER 16

/* @size bytes that live as long as @doc (see AssayDocument.last_block);
 * doc_alloc_raw() inline takes them from a block with room. */
gpointer
doc_alloc_block (AssayDocument *doc, gsize size)
{
  /* aligned for any type: strings (doc_strndup()) take bytes unrounded */
  gsize pad = -(guintptr) doc->block_next & 15;
  /* pad > 0: before the first block block_next is NULL, and NULL + 0 is
   * undefined behaviour in C (UBSan reports it). */
  if (pad > 0 && pad <= doc->block_left)
    doc->block_next += pad, doc->block_left -= pad;
  size = (size + 15) & ~(gsize) 15;
  if (size > doc->block_left)
    {
      /* blocks double, from 4 KiB to 64 KiB: small documents stay small */
      gsize block = MIN (4096 << MIN (doc->n_blocks, 4), 65536);
      block = MAX (block, size + BLOCK_HEADER);
      /* Not g_malloc0(): zeroing whole blocks, most of whose bytes a
       * small document never uses, was 3.4% of the dates pipeline's
       * instructions (callgrind, bench/dates-bench.py's 20 MB); what
       * needs zeroing is zeroed as it is handed out (doc_alloc()). */
      char *mem = g_malloc (block);
      *(gpointer *) mem = doc->last_block;
      doc->last_block = mem;
      doc->n_blocks++;
      doc->block_next = mem + BLOCK_HEADER;
      doc->block_left = block - BLOCK_HEADER;
    }
  gpointer p = doc->block_next;
  doc->block_next += size;
  doc->block_left -= size;
  return p;
}

void
assay_document_free (AssayDocument *doc)
{
  if (doc == NULL)
    return;
  for (guint i = 0; i < doc->by_id.len; i++)
    doc_annotation_clear (doc->by_id.items[i]);
  for (gpointer block = doc->last_block; block;)
    {
      gpointer before = *(gpointer *) block;
      g_free (block);
      block = before;
    }
  if (doc->findings)
    g_ptr_array_unref (doc->findings);
  g_ptr_array_unref (doc->meta);
  if (doc->text != doc->original)
    g_free (doc->text);
  g_free (doc->original);
  if (doc->map)
    g_array_unref (doc->map);
  g_clear_error (&doc->violation);
  g_free (doc->id);
  g_free (doc);
}

const char *
assay_document_get_id (const AssayDocument *doc)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return doc->id;
}

const char *
assay_document_get_text (const AssayDocument *doc, gsize *length)
{
  g_return_val_if_fail (doc != NULL, NULL);
  if (length)
    *length = doc->text_len;
  return doc->text;
}

const char *
assay_document_get_original_text (const AssayDocument *doc, gsize *length)
{
  g_return_val_if_fail (doc != NULL, NULL);
  if (length)
    *length = doc->original_len;
  return doc->original;
}

gboolean
assay_document_is_rewritten (const AssayDocument *doc)
{
  g_return_val_if_fail (doc != NULL, FALSE);
  return doc->map != NULL;
}

/* ---- the running stage's rights ------------------------------------------- */

void
assay_document_set_guard (AssayDocument *doc, const AssayStageGuard *guard)
{
  doc->guard = guard;
  for (guint i = 0; i < doc->n_layers; i++)
    doc->layers[i]->granted = NULL;
}

GError *
assay_document_take_violation (AssayDocument *doc)
{
  GError *error = doc->violation;
  doc->violation = NULL;
  return error;
}

void
doc_note_violation (AssayDocument *doc, GError *error)
{
  if (doc->violation == NULL)
    doc->violation = error;
  else
    g_error_free (error);
}

gboolean
doc_guard_provides (const AssayStageGuard *guard, const char *prefix, const char *name)
{
  gsize prefix_len = strlen (prefix);
  if (guard == NULL)
    return TRUE;
  /* no strncmp() call for no prefix: most entries name another layer or
   * key, and a stage's document asks once per layer and key */
  for (const char *const *p = guard->provides; p && *p; p++)
    if ((prefix_len == 0 || strncmp (*p, prefix, prefix_len) == 0) && assay_names_equal (*p + prefix_len, name))
      return TRUE;
  return FALSE;
}
