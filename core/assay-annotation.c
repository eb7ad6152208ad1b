/* assay-annotation.c: annotation layers and the annotations in them:
 * adding them in order, reading them, their attributes and references, and
 * whether the running stage may write them. */
#include "assay-document-private.h"

void
doc_annotation_clear (AssayAnnotation *a)
{
  if (a->refs)
    {
      for (guint i = 0; i < a->refs->len; i++)
        g_array_unref (g_array_index (a->refs, Ref, i).ids);
      g_array_unref (a->refs);
    }
}

/* list_insert() where the list is full or @a goes before its end. */
static void
list_insert_slow (AssayDocument *doc, AnnotationList *list, guint index, AssayAnnotation *a)
{
  if (list->len == list->size)
    {
      guint size = list->size ? 2 * list->size : 16;
      AssayAnnotation **grown = doc_alloc_raw (doc, size * sizeof *grown);
      if (list->len)
        memcpy (grown, list->items, list->len * sizeof *grown);
      list->items = grown;
      list->size = size;
    }
  /* Stages add mostly in order: an append needs no memmove() call (a
   * million token annotations go through here on the BBC archive). */
  if (index < list->len)
    memmove (list->items + index + 1, list->items + index, (list->len - index) * sizeof *list->items);
  list->items[index] = a;
  list->len++;
}

/* Puts @a at @index of @list, moving those after it up.  An append to a
 * list with room, nearly every call (a million token annotations on the
 * BBC archive, each added to two lists), is inline, where the calls were:
 * assay_document_add_annotation() took 254.5M instructions with them and
 * 210.8M without (callgrind, one copy of the archive, the news-crosscheck
 * pipeline). */
static inline void
list_insert (AssayDocument *doc, AnnotationList *list, guint index, AssayAnnotation *a)
{
  if (G_LIKELY (index == list->len && list->len < list->size))
    list->items[list->len++] = a;
  else
    list_insert_slow (doc, list, index, a);
}

static gboolean
check_layer_right (const AssayDocument *doc, const char *layer, GError **error)
{
  if (doc_guard_provides (doc->guard, "", layer))
    return TRUE;
  g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_UNDECLARED,
               "stage '%s' wrote to layer '%s', which it does not list in its provides",
               doc->guard->stage_name, layer);
  return FALSE;
}

/* check_layer_right() on a layer that exists, read once for each guard. */
static gboolean
check_layer_grant (const AssayDocument *doc, Layer *layer, GError **error)
{
  if (doc->guard == NULL || layer->granted == doc->guard)
    return TRUE;
  if (!check_layer_right (doc, layer->name, error))
    return FALSE;
  layer->granted = doc->guard;
  return TRUE;
}

/* ---- annotations -------------------------------------------------------- */

/* Attribute keys are interned for the life of the process (they are
 * names, a few a stage, see assay_name_is_key()), so that an annotation
 * finds a key it holds by its address, and no document copies one.
 * Returns: @key interned, or NULL when it is no valid key.
 *
 * Labels and keys were remembered by the address a stage gave them at,
 * keys in initial-exec thread-local storage, to skip a copy or a check and
 * a hash: 0.6% of a whole run's instructions (callgrind, 500 BBC articles,
 * the main pipeline) and nothing measurable in time (20 MB of BBC JSONL,
 * -j 2, median of 7 runs in turns: 5.09 s of CPU with, 5.15 s without;
 * bench/lib-ab-bench.py).  They went, with the bug the address cache had
 * shipped.
 *
 * Every key interned so far is in an open-addressing table that threads
 * read without a lock: a slot is filled once (compare-and-exchange from
 * NULL) and never changes, so a reader sees it empty or holding a string
 * GLib's intern table keeps for the life of the process.  A stage sets a
 * handful of keys thousands of times; a key found here costs a hash of
 * its first bytes and one strcmp(), where g_intern_string() checks the name,
 * hashes it and takes GLib's global lock.  A table full (KEY_SLOTS keys)
 * leaves the rest to GLib.  Before it, each document kept its four
 * recent keys, which missed each key's first use in each document:
 * 33,560 misses on bench/dates-bench.py's 20 MB, where
 * assay_annotation_set_attr() took 56.5M instructions with them and
 * 41.0M with this (callgrind, all it calls included). */
#define KEY_SLOTS 256
static const char *key_slots[KEY_SLOTS];

static const char *
key_interned (const char *key)
{
  /* hashed on its first two bytes: keys are few, and those that share
   * them are told apart by strcmp() one slot on */
  guint h = key[0] ? (guchar) key[0] * 31u + (guchar) key[1] : 0;
  for (guint i = 0; i < KEY_SLOTS; i++)
    {
      const char **slot = &key_slots[(h + i) % KEY_SLOTS];
      const char *known = g_atomic_pointer_get (slot);
      if (known == NULL)
        {
          if (!assay_name_is_key (key))
            return NULL;
          const char *interned = g_intern_string (key);
          if (g_atomic_pointer_compare_and_exchange (slot, NULL, interned))
            return interned;
          /* another thread filled it meanwhile */
          known = g_atomic_pointer_get (slot);
        }
      if (strcmp (known, key) == 0)
        return known;
    }
  return assay_name_is_key (key) ? g_intern_string (key) : NULL;
}

static Layer *
layer_lookup (const AssayDocument *doc, const char *name)
{
  for (guint i = 0; i < doc->n_layers; i++)
    if (assay_names_equal (doc->layers[i]->name, name))
      return doc->layers[i];
  return NULL;
}

static int
annotation_order (const AssayAnnotation *a, const AssayAnnotation *b)
{
  if (a->start != b->start)
    return a->start < b->start ? -1 : 1;
  if (a->end != b->end)
    return a->end > b->end ? -1 : 1;
  return a->id < b->id ? -1 : (a->id > b->id);
}

AssayAnnotation *
assay_document_add_annotation (AssayDocument *doc,
                               const char *layer_name,
                               gsize start,
                               gsize end,
                               const char *label,
                               GError **error)
{
  g_return_val_if_fail (doc != NULL && layer_name != NULL, NULL);

  /* A layer that exists has a valid name.  The recent layer is compared
   * first byte first (assay_names_equal()): cleanup's segmentation adds
   * to the paragraph and the sentence layers in turn, and a call to
   * strcmp() that tells them apart at their first byte was most of what
   * a miss cost. */
  Layer *layer = doc->recent_layer && assay_names_equal (doc->recent_layer->name, layer_name)
                   ? doc->recent_layer
                   : layer_lookup (doc, layer_name);
  if (layer == NULL && !assay_name_is_kebab (layer_name))
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME,
                   "'%s' is not a valid layer name (lower-kebab-case)", layer_name);
      return NULL;
    }
  if (!(layer ? check_layer_grant (doc, layer, error) : check_layer_right (doc, layer_name, error))
      || !doc_span_ok (doc, start, end, error))
    return NULL;
  if (doc->max_annotations && doc->by_id.len >= doc->max_annotations)
    {
      GError *cap = g_error_new (ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_TOO_MANY,
                                 "document '%s' reached the limit of %u annotations (adding to "
                                 "layer '%s'); raise it with --max-annotations",
                                 doc->id, doc->max_annotations, layer_name);
      g_propagate_error (error, g_error_copy (cap));
      doc_note_violation (doc, cap);
      return NULL;
    }

  if (layer == NULL)
    {
      /* from the document's blocks, as annotations are: no malloc() */
      layer = doc_alloc (doc, sizeof *layer);
      layer->name = doc_strndup (doc, layer_name, strlen (layer_name));
      layer->granted = doc->guard;
      if (doc->n_layers + 1 >= doc->layers_size)
        {
          /* a list outgrown stays behind in its block, as annotations' do */
          guint size = doc->layers_size ? 2 * doc->layers_size : 16;
          Layer **layers = doc_alloc_raw (doc, size * sizeof *layers);
          const char **names = doc_alloc_raw (doc, size * sizeof *names);
          if (doc->n_layers)
            {
              memcpy (layers, doc->layers, doc->n_layers * sizeof *layers);
              memcpy (names, doc->layer_names, doc->n_layers * sizeof *names);
            }
          doc->layers = layers;
          doc->layer_names = names;
          doc->layers_size = size;
        }
      doc->layers[doc->n_layers] = layer;
      doc->layer_names[doc->n_layers++] = layer->name;
      doc->layer_names[doc->n_layers] = NULL;
    }

  doc->recent_layer = layer;
  AssayAnnotation *a = doc_alloc (doc, sizeof *a);
  a->doc = doc;
  a->id = doc->by_id.len + 1;
  a->layer = layer;
  a->start = start;
  a->end = end;
  if (label && layer->last_label && assay_names_equal (layer->last_label, label))
    a->label = layer->last_label;
  else if (label)
    a->label = layer->last_label = doc_strndup (doc, label, strlen (label));
  list_insert (doc, &doc->by_id, doc->by_id.len, a);

  AnnotationList *list = &layer->annotations;
  guint lo = list->len;
  if (list->len > 0 && annotation_order (list->items[list->len - 1], a) > 0)
    {
      guint hi = list->len;
      lo = 0;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;
          if (annotation_order (list->items[mid], a) < 0)
            lo = mid + 1;
          else
            hi = mid;
        }
    }
  list_insert (doc, list, lo, a);
  return a;
}

AssayAnnotation *const *
assay_document_get_annotations (const AssayDocument *doc, const char *layer_name, guint *n)
{
  g_return_val_if_fail (doc != NULL && layer_name != NULL && n != NULL, NULL);
  Layer *layer = layer_lookup (doc, layer_name);
  *n = layer ? layer->annotations.len : 0;
  return layer && layer->annotations.len ? (AssayAnnotation *const *) layer->annotations.items : NULL;
}

guint
assay_document_lower_bound (const AssayDocument *doc, const char *layer_name, gsize offset)
{
  g_return_val_if_fail (doc != NULL && layer_name != NULL, 0);
  Layer *layer = layer_lookup (doc, layer_name);
  if (layer == NULL)
    return 0;
  guint lo = 0, hi = layer->annotations.len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      if (layer->annotations.items[mid]->start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

AssayAnnotation *
assay_document_get_annotation (const AssayDocument *doc, guint id)
{
  g_return_val_if_fail (doc != NULL, NULL);
  return id >= 1 && id <= doc->by_id.len ? doc->by_id.items[id - 1] : NULL;
}

const char *const *
assay_document_get_layers (const AssayDocument *doc, guint *n_layers)
{
  g_return_val_if_fail (doc != NULL, NULL);
  if (n_layers)
    *n_layers = doc->n_layers;
  static const char *const none[] = { NULL };
  return doc->layer_names ? doc->layer_names : none;
}

AssayAnnotationView *
assay_document_view_layer_sized (const AssayDocument *doc, const char *layer_name, gsize view_size, guint *n_views)
{
  g_return_val_if_fail (doc != NULL && layer_name != NULL && n_views != NULL, NULL);
  *n_views = 0;
  g_return_val_if_fail (view_size >= ASSAY_ANNOTATION_VIEW_SIZE_1_2, NULL);
  Layer *layer = layer_lookup (doc, layer_name);
  if (layer == NULL || layer->annotations.len == 0)
    return NULL;
  guint n = layer->annotations.len;
  /* A stage built against a later minor asks for more than this core
   * knows: the fields past ours stay zero. */
  gsize filled = MIN (view_size, sizeof (AssayAnnotationView));
  char *views = view_size > sizeof (AssayAnnotationView) ? g_malloc0_n (n, view_size) : g_malloc_n (n, view_size);
  for (guint i = 0; i < n; i++)
    {
      const AssayAnnotation *a = layer->annotations.items[i];
      AssayAnnotationView v = {
        .annotation = (AssayAnnotation *) a,
        .start = a->start,
        .end = a->end,
        .label = a->label,
        .attrs = a->attrs,
        .id = a->id,
        .n_attrs = a->n_attrs / 2,
      };
      memcpy (views + (gsize) i * view_size, &v, filled);
    }
  *n_views = n;
  return (AssayAnnotationView *) views;
}

guint
assay_annotation_get_id (const AssayAnnotation *a)
{
  g_return_val_if_fail (a != NULL, 0);
  return a->id;
}

const char *
assay_annotation_get_layer (const AssayAnnotation *a)
{
  g_return_val_if_fail (a != NULL, NULL);
  return a->layer->name;
}

gsize
assay_annotation_get_start (const AssayAnnotation *a)
{
  g_return_val_if_fail (a != NULL, 0);
  return a->start;
}

gsize
assay_annotation_get_end (const AssayAnnotation *a)
{
  g_return_val_if_fail (a != NULL, 0);
  return a->end;
}

const char *
assay_annotation_get_label (const AssayAnnotation *a)
{
  g_return_val_if_fail (a != NULL, NULL);
  return a->label;
}

const char *
assay_annotation_get_attr (const AssayAnnotation *a, const char *key)
{
  g_return_val_if_fail (a != NULL && key != NULL, NULL);
  for (guint i = 0; i < a->n_attrs; i += 2)
    if (assay_names_equal (a->attrs[i], key))
      return a->attrs[i + 1];
  return NULL;
}

/* Whether the running stage may change @a's @what @key (and whether
 * @key is a valid name, unless @name_checked); a refusal is kept as the
 * document's violation and reported when the stage returns. */
static gboolean
may_change (AssayAnnotation *a, const char *what, const char *key, gboolean name_checked)
{
  GError *error = NULL;
  if (!name_checked && !assay_name_is_key (key))
    {
      error = g_error_new (ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME,
                           "'%s' is not a valid %s key (lower case, digits, '-' and '_')",
                           key, what);
    }
  else if (!check_layer_grant (a->doc, a->layer, &error))
    {
      g_prefix_error (&error, "changing %s '%s' of annotation %u: ", what, key, a->id);
    }
  if (error == NULL)
    return TRUE;
  doc_note_violation (a->doc, error);
  return FALSE;
}

void
assay_annotation_set_attr (AssayAnnotation *a, const char *key, const char *value)
{
  g_return_if_fail (a != NULL && key != NULL);
  AssayDocument *doc = a->doc;
  const char *interned = key_interned (key);
  /* the layer's right is read once for each guard (check_layer_grant()),
   * so a granted layer needs no call to may_change() (with the value's
   * test below: this function with what it calls 46.5M -> 34.8M
   * instructions, the process 1,888.8M -> 1,878.0M, on
   * bench/dates-bench.py's 20 MB, callgrind, -j 1) */
  if (!(interned && (doc->guard == NULL || a->layer->granted == doc->guard))
      && !may_change (a, "attribute", key, interned != NULL))
    return;

  const char *copy = NULL;
  if (value)
    {
      /* values are nearly always short ASCII: validated as UTF-8 only
       * where a byte of theirs is not, found eight bytes at a time after
       * strlen() (a byte at a time, then strlen() of the rest, had cost
       * about four instructions a byte) */
      gsize length = strlen (value);
      guint64 high = 0;
      gsize i = 0;
      for (; i + 8 <= length; i += 8)
        {
          guint64 word;
          memcpy (&word, value + i, 8);
          high |= word;
        }
      for (; i < length; i++)
        high |= (guchar) value[i];
      if ((high & G_GUINT64_CONSTANT (0x8080808080808080)) == 0 || g_utf8_validate_len (value, length, NULL))
        copy = doc_strndup (doc, value, length);
      else
        {
          g_autofree char *valid = g_utf8_make_valid (value, length);
          copy = doc_strndup (doc, valid, strlen (valid));
        }
    }

  for (guint i = 0; i < a->n_attrs; i += 2)
    if (a->attrs[i] == interned)
      {
        if (copy)
          a->attrs[i + 1] = copy;
        else
          {
            memmove (a->attrs + i, a->attrs + i + 2, (a->n_attrs - i - 2) * sizeof *a->attrs);
            a->n_attrs -= 2;
          }
        return;
      }
  if (copy == NULL)
    return;
  if (a->n_attrs == a->attrs_size)
    {
      /* four pairs, then twice as many; the old list stays in its block */
      guint size = a->attrs_size ? 2 * a->attrs_size : 8;
      const char **grown = doc_alloc_raw (doc, size * sizeof *grown);
      if (a->n_attrs)
        memcpy (grown, a->attrs, a->n_attrs * sizeof *grown);
      a->attrs = grown;
      a->attrs_size = size;
    }
  a->attrs[a->n_attrs++] = interned;
  a->attrs[a->n_attrs++] = copy;
}

guint
assay_annotation_get_n_attrs (const AssayAnnotation *a)
{
  g_return_val_if_fail (a != NULL, 0);
  return a->n_attrs / 2;
}

void
assay_annotation_get_nth_attr (const AssayAnnotation *a,
                               guint index,
                               const char **key,
                               const char **value)
{
  g_return_if_fail (a != NULL && index < assay_annotation_get_n_attrs (a));
  if (key)
    *key = a->attrs[index * 2];
  if (value)
    *value = a->attrs[index * 2 + 1];
}

void
assay_annotation_add_ref (AssayAnnotation *a, const char *key, const AssayAnnotation *target)
{
  g_return_if_fail (a != NULL && key != NULL && target != NULL);
  if (target->doc != a->doc)
    {
      doc_note_violation (a->doc, g_error_new (ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_SPAN,
                                           "reference '%s' of annotation %u points at an "
                                           "annotation of another document",
                                           key, a->id));
      return;
    }
  if (!may_change (a, "reference", key, FALSE))
    return;

  if (a->refs == NULL)
    a->refs = g_array_new (FALSE, FALSE, sizeof (Ref));
  Ref *ref = NULL;
  for (guint i = 0; i < a->refs->len && ref == NULL; i++)
    if (strcmp (g_array_index (a->refs, Ref, i).key, key) == 0)
      ref = &g_array_index (a->refs, Ref, i);
  if (ref == NULL)
    {
      Ref fresh = { key_interned (key),
                    g_array_new (FALSE, FALSE, sizeof (guint)) };
      g_array_append_val (a->refs, fresh);
      ref = &g_array_index (a->refs, Ref, a->refs->len - 1);
    }
  g_array_append_val (ref->ids, target->id);
}

const guint *
assay_annotation_get_refs (const AssayAnnotation *a, const char *key, guint *n_ids)
{
  g_return_val_if_fail (a != NULL && key != NULL && n_ids != NULL, NULL);
  *n_ids = 0;
  for (guint i = 0; a->refs && i < a->refs->len; i++)
    {
      const Ref *ref = &g_array_index (a->refs, Ref, i);
      if (strcmp (ref->key, key) == 0)
        {
          *n_ids = ref->ids->len;
          return (const guint *) ref->ids->data;
        }
    }
  return NULL;
}

guint
assay_annotation_get_n_refs (const AssayAnnotation *a)
{
  g_return_val_if_fail (a != NULL, 0);
  return a->refs ? a->refs->len : 0;
}

const guint *
assay_annotation_get_nth_ref (const AssayAnnotation *a,
                              guint index,
                              const char **key,
                              guint *n_ids)
{
  g_return_val_if_fail (a != NULL && index < assay_annotation_get_n_refs (a), NULL);
  const Ref *ref = &g_array_index (a->refs, Ref, index);
  if (key)
    *key = ref->key;
  if (n_ids)
    *n_ids = ref->ids->len;
  return (const guint *) ref->ids->data;
}
