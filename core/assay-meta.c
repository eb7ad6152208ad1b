/* assay-meta.c: a document's string metadata, a short list of pairs in
 * the order first set (what the writer prints). */
#include "assay-document-private.h"

static int
meta_find (const AssayDocument *doc, const char *key)
{
  for (guint i = 0; i < doc->meta->len; i += 2)
    if (strcmp (doc->meta->pdata[i], key) == 0)
      return i;
  return -1;
}

const char *
assay_document_get_meta (const AssayDocument *doc, const char *key)
{
  g_return_val_if_fail (doc != NULL && key != NULL, NULL);
  int i = meta_find (doc, key);
  return i < 0 ? NULL : doc->meta->pdata[i + 1];
}

gboolean
assay_document_set_meta (AssayDocument *doc, const char *key, const char *value, GError **error)
{
  g_return_val_if_fail (doc != NULL && key != NULL, FALSE);

  if (!assay_name_is_key (key))
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME,
                   "'%s' is not a valid metadata key (lower case, digits, '-' and '_')", key);
      return FALSE;
    }
  if (!doc_guard_provides (doc->guard, "meta:", key))
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_UNDECLARED,
                   "stage '%s' set metadata '%s' without 'meta:%s' in its provides",
                   doc->guard->stage_name, key, key);
      return FALSE;
    }

  int i = meta_find (doc, key);
  if (value == NULL)
    {
      if (i >= 0)
        g_ptr_array_remove_range (doc->meta, i, 2);
      return TRUE;
    }
  /* Keys and values are carved from the document's blocks, as
   * annotations' are (a value replaced stays there until the document
   * goes): two malloc() and two free() calls a key, three keys a
   * document, cost the dates pipeline on bench/dates-bench.py's 20 MB
   * 1,779.0M -> 1,772.3M instructions (callgrind, -j 1). */
  gsize length = strlen (value);
  const char *copy;
  if (g_utf8_validate_len (value, length, NULL))
    copy = doc_strndup (doc, value, length);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (value, length);
      copy = doc_strndup (doc, valid, strlen (valid));
    }
  if (i >= 0)
    doc->meta->pdata[i + 1] = (gpointer) copy;
  else
    {
      g_ptr_array_add (doc->meta, (gpointer) doc_strndup (doc, key, strlen (key)));
      g_ptr_array_add (doc->meta, (gpointer) copy);
    }
  return TRUE;
}

void
assay_document_foreach_meta (const AssayDocument *doc, AssayMetaFunc func, gpointer user_data)
{
  g_return_if_fail (doc != NULL && func != NULL);
  for (guint i = 0; i < doc->meta->len; i += 2)
    func (doc->meta->pdata[i], doc->meta->pdata[i + 1], user_data);
}
