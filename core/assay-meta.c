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
  char *copy = g_utf8_make_valid (value, -1);
  if (i >= 0)
    {
      g_free (doc->meta->pdata[i + 1]);
      doc->meta->pdata[i + 1] = copy;
    }
  else
    {
      g_ptr_array_add (doc->meta, g_strdup (key));
      g_ptr_array_add (doc->meta, copy);
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
