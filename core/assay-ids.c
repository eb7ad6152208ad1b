/* assay-ids.c: noticing documents that share an id, so a run can say so
 * (36,000 records with each id six times passed in silence).  Every
 * record is still written: which one is right is the user's to say.
 *
 * Ids are kept as 64-bit hashes, not strings, so a run of millions of
 * documents holds a few dozen bytes for each; two different ids collide
 * with odds of about n^2 / 2^65, nothing at any corpus size assay reads.
 */
#include "assay-private.h"

#include <string.h>

struct _AssayDuplicateIds
{
  GHashTable *seen; /* FNV-1a hashes, as pointers */
  guint64 n_duplicates;
  GPtrArray *examples; /* the first few duplicate ids */
  guint max_examples;
};

AssayDuplicateIds *
assay_duplicate_ids_new (guint max_examples)
{
  /* Keys are the hashes themselves: the pointer type is 64 bits wide on
   * every platform assay builds for. */
  G_STATIC_ASSERT (sizeof (gpointer) >= sizeof (guint64));
  AssayDuplicateIds *ids = g_new0 (AssayDuplicateIds, 1);
  ids->seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  ids->examples = g_ptr_array_new_with_free_func (g_free);
  ids->max_examples = max_examples;
  return ids;
}

void
assay_duplicate_ids_free (AssayDuplicateIds *ids)
{
  if (ids == NULL)
    return;
  g_hash_table_unref (ids->seen);
  g_ptr_array_unref (ids->examples);
  g_free (ids);
}

static guint64
fnv1a (const char *s)
{
  guint64 h = G_GUINT64_CONSTANT (14695981039346656037);
  for (; *s; s++)
    h = (h ^ (guchar) *s) * G_GUINT64_CONSTANT (1099511628211);
  return h | 1; /* never 0: NULL is no key */
}

gboolean
assay_duplicate_ids_note (AssayDuplicateIds *ids, const char *id)
{
  g_return_val_if_fail (ids != NULL && id != NULL, FALSE);
  gpointer key = (gpointer) (guintptr) fnv1a (id);
  if (g_hash_table_add (ids->seen, key))
    return FALSE;
  ids->n_duplicates++;
  if (ids->examples->len < ids->max_examples
      && !g_ptr_array_find_with_equal_func (ids->examples, id, g_str_equal, NULL))
    g_ptr_array_add (ids->examples, g_strdup (id));
  return TRUE;
}

guint64
assay_duplicate_ids_get_count (const AssayDuplicateIds *ids, const char *const **examples)
{
  g_return_val_if_fail (ids != NULL, 0);
  if (examples)
    {
      g_ptr_array_add (ids->examples, NULL);
      g_ptr_array_set_size (ids->examples, ids->examples->len - 1);
      *examples = (const char *const *) ids->examples->pdata;
    }
  return ids->n_duplicates;
}
