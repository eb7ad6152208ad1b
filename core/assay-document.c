/* assay-document.c: the document model, its annotation layers, findings,
 * and the byte-offset map that lets a rewritten text be reported in the
 * offsets of the text as it was read.
 *
 * The offset map is a list of segments covering the current text from 0 to
 * its end.  A copy segment maps byte for byte onto the original; a replace
 * segment maps its whole current range onto its whole original range.  Text
 * deleted from the original leaves a gap between segments' original ranges.
 * Each rewrite composes the new edit with the existing map, so any number of
 * rewriting passes still map straight to the original.
 */
#include "assay-private.h"

#include <string.h>

G_DEFINE_QUARK (assay-document-error-quark, assay_document_error)

typedef struct
{
  gsize cur;
  gsize cur_len;
  gsize orig;
  gsize orig_len;
  gboolean copy;
} Segment;

/* A growing list of annotations carved from the document's blocks (see
 * AssayDocument.blocks): a list outgrown stays behind in its block, so
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

typedef struct
{
  char *doc_id;
  gsize start;
  gsize end;
  char *text;
  guint *ids;
  guint n_ids;
} Evidence;

struct _AssayFinding
{
  char *kind;
  AssaySeverity severity;
  char *message;
  GArray *evidence; /* Evidence */
};

/* A name a stage gave (a label or a key), by its address, and the copy
 * kept of it.  The strcmp() in recent_label() and key_interned() keeps
 * a buffer that held another name at the same address from hitting. */
typedef struct
{
  const char *given;
  const char *copy;
} RecentName;

struct _AssayDocument
{
  char *id;
  char *original;
  gsize original_len;
  char *text; /* == original until the first rewrite */
  gsize text_len;
  GPtrArray *meta; /* key, value, key, value ... owned */
  GPtrArray *layers;      /* Layer*, in order of first write */
  GPtrArray *layer_names; /* const char*, NULL-terminated view of the names */
  AnnotationList by_id;   /* index = id - 1; owns them */
  GPtrArray *findings;    /* AssayFinding*, owned */
  GArray *map;            /* Segment; NULL while not rewritten */
  const AssayStageGuard *guard;
  GError *violation;
  /* Annotations and their attribute lists are many, small, and live as
   * long as the document: they are carved from blocks it owns.  One
   * allocation each cost more than all else in adding one, the more so
   * as a document is often freed by another thread than the worker that
   * annotated it, and glibc's malloc then takes a lock for each. */
  GPtrArray *blocks; /* owned */
  char *block_next;
  gsize block_left;
  /* Labels stages gave lately, by their address, with the document's
   * copies: a stage gives the same few, most often from literals, and a
   * pointer and a strcmp() cost less than a copy each.  See
   * recent_label(). */
  RecentName recent_labels[32];
  /* The layer annotated last: a stage most often adds to one layer many
   * times running, and this is one strcmp() where the lookup is one a
   * layer. */
  Layer *recent_layer; /* nullable */
};

typedef struct
{
  gsize start;
  gsize end;
  char *replacement;
  gsize length;
  guint order;
} Replacement;

struct _AssayTextEdit
{
  GArray *replacements; /* Replacement */
};

/* ---- names ---------------------------------------------------------------- */

gboolean
assay_name_is_kebab (const char *name)
{
  if (name == NULL || !g_ascii_islower (name[0]))
    return FALSE;
  for (const char *p = name; *p; p++)
    {
      if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        continue;
      if (*p == '-' && p[1] != '\0' && p[1] != '-')
        continue;
      return FALSE;
    }
  return TRUE;
}

gboolean
assay_name_is_key (const char *name)
{
  if (name == NULL || !g_ascii_islower (name[0]))
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-' || *p == '_'))
      return FALSE;
  return TRUE;
}

/* ---- UTF-8 ------------------------------------------------------------------ */

gboolean
assay_utf8_validate (const char *text, gsize length, const char **end)
{
  const char *p = text, *stop = text + length;
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080), ones = G_GUINT64_CONSTANT (0x0101010101010101);
  while (p < stop)
    {
      /* Eight ASCII bytes at a time (none high, none NUL): news text is
       * mostly ASCII, and g_utf8_validate_len() reads it a byte at a
       * time, which was a sixth of a whole run's instructions. */
      guint64 w;
      while (stop - p >= 8 && (memcpy (&w, p, 8), !((w | ((w - ones) & ~w)) & high)))
        p += 8;
      while (p < stop && (guchar) *p < 0x80 && *p != '\0')
        p++;
      if (p == stop)
        break;
      if (*p == '\0')
        {
          if (end)
            *end = p;
          return FALSE;
        }
      /* A run of bytes beyond ASCII holds whole characters when valid:
       * GLib checks it, sequences, ranges and all. */
      const char *q = p;
      while (q < stop && (guchar) *q >= 0x80)
        q++;
      if (!g_utf8_validate_len (p, q - p, end))
        return FALSE;
      p = q;
    }
  if (end)
    *end = stop;
  return TRUE;
}

char *
assay_utf8_make_valid (const char *text, gsize length, gsize *out_length, guint *n_invalid)
{
  const char *end;
  guint invalid = 0;

  if (assay_utf8_validate (text, length, &end))
    {
      if (n_invalid)
        *n_invalid = 0;
      if (out_length)
        *out_length = length;
      return g_strndup (text, length);
    }

  GString *out = g_string_sized_new (length + 16);
  const char *p = text;
  gsize left = length;
  while (!assay_utf8_validate (p, left, &end))
    {
      g_string_append_len (out, p, end - p);
      g_string_append (out, "\xEF\xBF\xBD");
      invalid++;
      left -= (end - p) + 1;
      p = end + 1;
    }
  g_string_append_len (out, p, left);
  if (n_invalid)
    *n_invalid = invalid;
  if (out_length)
    *out_length = out->len;
  return g_string_free (out, FALSE);
}

static gboolean
is_boundary (const char *text, gsize len, gsize offset)
{
  return offset == len || (offset < len && ((guchar) text[offset] & 0xC0) != 0x80);
}

static gboolean
check_span (const AssayDocument *doc, gsize start, gsize end, GError **error)
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

  AssayDocument *doc = g_new0 (AssayDocument, 1);
  guint invalid = 0;

  if (length < 0)
    length = strlen (text);
  doc->id = assay_utf8_make_valid (id, strlen (id), NULL, NULL);
  doc->original = assay_utf8_make_valid (text ? text : "", length, &doc->original_len, &invalid);
  doc->text = doc->original;
  doc->text_len = doc->original_len;
  doc->meta = g_ptr_array_new_with_free_func (g_free);
  /* Room for the layers and blocks a pipeline makes, taken here: grown
   * later, by a worker, each realloc() of a list this thread allocated
   * took this thread's malloc arena's lock, and waited on it while this
   * thread read the next documents (a tenth of the dates stage's time,
   * most of it in futex calls). */
  doc->layers = g_ptr_array_sized_new (16);
  doc->layer_names = g_ptr_array_sized_new (17);
  g_ptr_array_add (doc->layer_names, NULL);
  doc->blocks = g_ptr_array_new_full (8, g_free);
  doc->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) assay_finding_free);

  if (invalid > 0)
    {
      char count[16];
      g_snprintf (count, sizeof count, "%u", invalid);
      assay_document_set_meta (doc, ASSAY_META_INVALID_UTF8, count, NULL);
    }
  return doc;
}

static void
annotation_clear (AssayAnnotation *a)
{
  if (a->refs)
    {
      for (guint i = 0; i < a->refs->len; i++)
        g_array_unref (g_array_index (a->refs, Ref, i).ids);
      g_array_unref (a->refs);
    }
}

/* @size zeroed bytes that live as long as @doc (see AssayDocument.blocks). */
static gpointer
doc_alloc (AssayDocument *doc, gsize size)
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
      gsize block = MIN (4096 << MIN (doc->blocks->len, 4), 65536);
      block = MAX (block, size);
      doc->block_next = g_malloc0 (block);
      doc->block_left = block;
      g_ptr_array_add (doc->blocks, doc->block_next);
    }
  gpointer p = doc->block_next;
  doc->block_next += size;
  doc->block_left -= size;
  return p;
}

/* A copy of the @length bytes at @s, NUL-terminated, that lives as long
 * as @doc: values are many and short, and a GStringChunk's kilobyte
 * chunks meant a malloc() every few dozen of them. */
static const char *
doc_strndup (AssayDocument *doc, const char *s, gsize length)
{
  char *copy;
  if (length + 1 > doc->block_left)
    copy = doc_alloc (doc, length + 1);
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

/* Puts @a at @index of @list, moving those after it up. */
static void
list_insert (AssayDocument *doc, AnnotationList *list, guint index, AssayAnnotation *a)
{
  if (list->len == list->size)
    {
      guint size = list->size ? 2 * list->size : 16;
      AssayAnnotation **grown = doc_alloc (doc, size * sizeof *grown);
      if (list->len)
        memcpy (grown, list->items, list->len * sizeof *grown);
      list->items = grown;
      list->size = size;
    }
  memmove (list->items + index + 1, list->items + index, (list->len - index) * sizeof *list->items);
  list->items[index] = a;
  list->len++;
}

void
assay_document_free (AssayDocument *doc)
{
  if (doc == NULL)
    return;
  for (guint i = 0; i < doc->by_id.len; i++)
    annotation_clear (doc->by_id.items[i]);
  g_ptr_array_unref (doc->layers);
  g_ptr_array_unref (doc->layer_names);
  g_ptr_array_unref (doc->blocks);
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
  for (guint i = 0; i < doc->layers->len; i++)
    ((Layer *) doc->layers->pdata[i])->granted = NULL;
}

GError *
assay_document_take_violation (AssayDocument *doc)
{
  GError *error = doc->violation;
  doc->violation = NULL;
  return error;
}

static void
note_violation (AssayDocument *doc, GError *error)
{
  if (doc->violation == NULL)
    doc->violation = error;
  else
    g_error_free (error);
}

static gboolean
guard_provides (const AssayStageGuard *guard, const char *prefix, const char *name)
{
  gsize prefix_len = strlen (prefix);
  if (guard == NULL)
    return TRUE;
  for (const char *const *p = guard->provides; p && *p; p++)
    if (strncmp (*p, prefix, prefix_len) == 0 && strcmp (*p + prefix_len, name) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
check_layer_right (const AssayDocument *doc, const char *layer, GError **error)
{
  if (guard_provides (doc->guard, "", layer))
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

/* ---- metadata --------------------------------------------------------------- */

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
  if (!guard_provides (doc->guard, "meta:", key))
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
  char *copy = assay_utf8_make_valid (value, strlen (value), NULL, NULL);
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

/* ---- rewriting -------------------------------------------------------------- */

AssayTextEdit *
assay_text_edit_new (void)
{
  AssayTextEdit *edit = g_new0 (AssayTextEdit, 1);
  edit->replacements = g_array_new (FALSE, FALSE, sizeof (Replacement));
  return edit;
}

void
assay_text_edit_replace (AssayTextEdit *edit,
                         gsize start,
                         gsize end,
                         const char *replacement,
                         gssize length)
{
  g_return_if_fail (edit != NULL);
  g_return_if_fail (replacement != NULL || length == 0);
  if (length < 0)
    length = strlen (replacement);
  Replacement r = {
    .start = start,
    .end = end,
    .replacement = g_strndup (replacement ? replacement : "", length),
    .length = length,
    .order = edit->replacements->len,
  };
  g_array_append_val (edit->replacements, r);
}

guint
assay_text_edit_get_count (const AssayTextEdit *edit)
{
  g_return_val_if_fail (edit != NULL, 0);
  return edit->replacements->len;
}

void
assay_text_edit_free (AssayTextEdit *edit)
{
  if (edit == NULL)
    return;
  for (guint i = 0; i < edit->replacements->len; i++)
    g_free (g_array_index (edit->replacements, Replacement, i).replacement);
  g_array_unref (edit->replacements);
  g_free (edit);
}

static int
replacement_compare (gconstpointer a, gconstpointer b)
{
  const Replacement *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return x->order < y->order ? -1 : (x->order > y->order);
}

/* The segment of @map that holds byte @p when @p is a span's start (the
 * segment starting at or before it) or a span's end (ending at or after it). */
static const Segment *
map_find (GArray *map, gsize p, gboolean as_end)
{
  guint lo = 0, hi = map->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      const Segment *s = &g_array_index (map, Segment, mid);
      gboolean before = as_end ? s->cur + s->cur_len < p : s->cur + s->cur_len <= p;
      if (before)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < map->len ? &g_array_index (map, Segment, lo) : NULL;
}

static gsize
map_start (const AssayDocument *doc, gsize p)
{
  if (doc->map == NULL)
    return p;
  const Segment *s = p < doc->text_len ? map_find (doc->map, p, FALSE) : NULL;
  if (s == NULL)
    return doc->original_len;
  return s->copy ? s->orig + (p - s->cur) : s->orig;
}

static gsize
map_end (const AssayDocument *doc, gsize p)
{
  if (doc->map == NULL)
    return p;
  const Segment *s = p > 0 ? map_find (doc->map, p, TRUE) : NULL;
  if (s == NULL)
    return 0;
  return s->copy ? s->orig + (p - s->cur) : s->orig + s->orig_len;
}

void
assay_document_map_to_original (const AssayDocument *doc,
                                gsize start,
                                gsize end,
                                gsize *orig_start,
                                gsize *orig_end)
{
  g_return_if_fail (doc != NULL && orig_start != NULL && orig_end != NULL);
  start = MIN (start, doc->text_len);
  end = CLAMP (end, start, doc->text_len);
  if (start < end)
    {
      *orig_start = map_start (doc, start);
      *orig_end = map_end (doc, end);
    }
  else
    {
      /* An empty span where text was deleted stands for the deleted text. */
      gsize a = map_end (doc, start), b = map_start (doc, start);
      *orig_start = MIN (a, b);
      *orig_end = MAX (a, b);
    }
}

static void
push_segment (GArray *out, Segment seg)
{
  if (seg.cur_len == 0)
    return;
  if (out->len > 0)
    {
      Segment *last = &g_array_index (out, Segment, out->len - 1);
      if (last->copy && seg.copy && last->orig + last->orig_len == seg.orig)
        {
          last->cur_len += seg.cur_len;
          last->orig_len += seg.orig_len;
          return;
        }
    }
  g_array_append_val (out, seg);
}

/* Appends the segments of the new map for new text [n, n+len) that is a copy
 * of current text [c, c+len). */
static void
compose_copy (const AssayDocument *doc, GArray *out, gsize n, gsize c, gsize len)
{
  if (doc->map == NULL)
    {
      push_segment (out, (Segment){ n, len, c, len, TRUE });
      return;
    }
  const Segment *s = map_find (doc->map, c, FALSE);
  const Segment *last = &g_array_index (doc->map, Segment, doc->map->len - 1);
  for (; s != NULL && s <= last && s->cur < c + len; s++)
    {
      gsize a = MAX (c, s->cur), b = MIN (c + len, s->cur + s->cur_len);
      if (s->copy)
        push_segment (out, (Segment){ n + (a - c), b - a, s->orig + (a - s->cur), b - a, TRUE });
      else
        push_segment (out, (Segment){ n + (a - c), b - a, s->orig, s->orig_len, FALSE });
    }
}

gboolean
assay_document_apply_edit (AssayDocument *doc, const AssayTextEdit *edit, GError **error)
{
  g_return_val_if_fail (doc != NULL && edit != NULL, FALSE);

  if (doc->guard && !doc->guard->rewrites_text)
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_NOT_REWRITER,
                   "stage '%s' rewrote the text of document '%s' without the REWRITES_TEXT flag",
                   doc->guard->stage_name, doc->id);
      return FALSE;
    }
  if (doc->by_id.len > 0)
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_HAS_ANNOTATIONS,
                   "the text of document '%s' cannot be rewritten once it has annotations "
                   "(%u); rewrite first, then annotate",
                   doc->id, doc->by_id.len);
      return FALSE;
    }
  if (edit->replacements->len == 0)
    return TRUE;

  g_autoptr (GArray) sorted = g_array_copy (edit->replacements);
  g_array_sort (sorted, replacement_compare);

  gsize prev_end = 0, new_len = doc->text_len;
  for (guint i = 0; i < sorted->len; i++)
    {
      const Replacement *r = &g_array_index (sorted, Replacement, i);
      if (!check_span (doc, r->start, r->end, error))
        return FALSE;
      if (r->start < prev_end)
        {
          g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_EDIT,
                       "replacements overlap at byte %" G_GSIZE_FORMAT " of document '%s'",
                       r->start, doc->id);
          return FALSE;
        }
      if (!g_utf8_validate_len (r->replacement, r->length, NULL))
        {
          g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_EDIT,
                       "the replacement for [%" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT ") of "
                       "document '%s' is not valid UTF-8",
                       r->start, r->end, doc->id);
          return FALSE;
        }
      prev_end = r->end;
      new_len = new_len - (r->end - r->start) + r->length;
    }

  GString *text = g_string_sized_new (new_len + 1);
  GArray *map = g_array_sized_new (FALSE, FALSE, sizeof (Segment), sorted->len * 2 + 1);
  gsize cursor = 0;
  for (guint i = 0; i < sorted->len; i++)
    {
      const Replacement *r = &g_array_index (sorted, Replacement, i);
      if (r->start > cursor)
        {
          compose_copy (doc, map, text->len, cursor, r->start - cursor);
          g_string_append_len (text, doc->text + cursor, r->start - cursor);
        }
      if (r->length > 0)
        {
          gsize o0, o1;
          if (r->start < r->end)
            o0 = map_start (doc, r->start), o1 = map_end (doc, r->end);
          else
            o0 = o1 = map_end (doc, r->start);
          push_segment (map, (Segment){ text->len, r->length, o0, o1 - o0, FALSE });
          g_string_append_len (text, r->replacement, r->length);
        }
      cursor = r->end;
    }
  if (cursor < doc->text_len)
    {
      compose_copy (doc, map, text->len, cursor, doc->text_len - cursor);
      g_string_append_len (text, doc->text + cursor, doc->text_len - cursor);
    }

  if (doc->text != doc->original)
    g_free (doc->text);
  if (doc->map)
    g_array_unref (doc->map);
  doc->text_len = text->len;
  doc->text = g_string_free (text, FALSE);
  doc->map = map;
  return TRUE;
}

/* ---- annotations -------------------------------------------------------- */

/* A name's slot in a cache of 32 RecentNames: literals lie a few bytes
 * apart, so the address is mixed, not just cut. */
static inline guint
recent_slot (const char *name)
{
  return (guint) (((guint64) (guintptr) name * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 59);
}

/* @label as the document keeps it: the copy made when it was given at
 * the same address lately, else a new one. */
static const char *
recent_label (AssayDocument *doc, const char *label)
{
  G_STATIC_ASSERT (G_N_ELEMENTS (((AssayDocument *) NULL)->recent_labels) == 32);
  RecentName *r = &doc->recent_labels[recent_slot (label)];
  if (r->given != label || strcmp (r->copy, label) != 0)
    r->given = label, r->copy = doc_strndup (doc, label, strlen (label));
  return r->copy;
}

/* Attribute keys are interned for the life of the process (they are
 * names, a few a stage, see assay_name_is_key()), so that a key is found
 * in an annotation by its address, and each worker thread remembers the
 * keys its stages gave lately: after the first document, setting
 * "value" is a pointer and a strcmp(), not a name check and a hash, and
 * no document interns anything. */
#if defined(__GNUC__) && defined(__ELF__)
/* libassay is loaded with the program, so its thread-locals can sit in
 * the static TLS block: a set_attr() then reads them at a fixed offset,
 * where the default model for a shared library calls __tls_get_addr()
 * each time.  (A program that dlopen()s libassay still has room for 512
 * bytes in glibc's reserve.) */
#define ASSAY_STATIC_TLS __attribute__ ((tls_model ("initial-exec")))
#else
#define ASSAY_STATIC_TLS
#endif
static _Thread_local ASSAY_STATIC_TLS RecentName recent_keys[32];

/* @key interned, or NULL when it is no valid key. */
static const char *
key_interned (const char *key)
{
  RecentName *r = &recent_keys[recent_slot (key)];
  if (r->given == key && strcmp (r->copy, key) == 0)
    return r->copy;
  if (!assay_name_is_key (key))
    return NULL;
  r->given = key, r->copy = g_intern_string (key);
  return r->copy;
}

static Layer *
layer_lookup (const AssayDocument *doc, const char *name)
{
  for (guint i = 0; i < doc->layers->len; i++)
    {
      Layer *layer = doc->layers->pdata[i];
      if (strcmp (layer->name, name) == 0)
        return layer;
    }
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

  /* A layer that exists has a valid name. */
  Layer *layer = doc->recent_layer && strcmp (doc->recent_layer->name, layer_name) == 0 ? doc->recent_layer
                                                                                         : layer_lookup (doc, layer_name);
  if (layer == NULL && !assay_name_is_kebab (layer_name))
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME,
                   "'%s' is not a valid layer name (lower-kebab-case)", layer_name);
      return NULL;
    }
  if (!(layer ? check_layer_grant (doc, layer, error) : check_layer_right (doc, layer_name, error))
      || !check_span (doc, start, end, error))
    return NULL;

  if (layer == NULL)
    {
      /* from the document's blocks, as annotations are: no malloc() */
      layer = doc_alloc (doc, sizeof *layer);
      layer->name = doc_strndup (doc, layer_name, strlen (layer_name));
      layer->granted = doc->guard;
      g_ptr_array_add (doc->layers, layer);
      doc->layer_names->pdata[doc->layer_names->len - 1] = (gpointer) layer->name;
      g_ptr_array_add (doc->layer_names, NULL);
    }

  doc->recent_layer = layer;
  AssayAnnotation *a = doc_alloc (doc, sizeof *a);
  a->doc = doc;
  a->id = doc->by_id.len + 1;
  a->layer = layer;
  a->start = start;
  a->end = end;
  a->label = label ? recent_label (doc, label) : NULL;
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
    *n_layers = doc->layers->len;
  return (const char *const *) doc->layer_names->pdata;
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
    if (strcmp (a->attrs[i], key) == 0)
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
  note_violation (a->doc, error);
  return FALSE;
}

void
assay_annotation_set_attr (AssayAnnotation *a, const char *key, const char *value)
{
  g_return_if_fail (a != NULL && key != NULL);
  AssayDocument *doc = a->doc;
  const char *interned = key_interned (key);
  if (!may_change (a, "attribute", key, interned != NULL))
    return;

  const char *copy = NULL;
  if (value)
    {
      gsize length = strlen (value);
      if (assay_utf8_validate (value, length, NULL))
        copy = doc_strndup (doc, value, length);
      else
        {
          g_autofree char *valid = assay_utf8_make_valid (value, length, &length, NULL);
          copy = doc_strndup (doc, valid, length);
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
      const char **grown = doc_alloc (doc, size * sizeof *grown);
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
      note_violation (a->doc, g_error_new (ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_SPAN,
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

/* ---- findings ------------------------------------------------------------- */

const char *
assay_severity_to_string (AssaySeverity severity)
{
  switch (severity)
    {
    case ASSAY_SEVERITY_LOW:
      return "low";
    case ASSAY_SEVERITY_MEDIUM:
      return "medium";
    case ASSAY_SEVERITY_HIGH:
      return "high";
    }
  return "medium";
}

static void
evidence_clear (gpointer data)
{
  Evidence *e = data;
  g_free (e->doc_id);
  g_free (e->text);
  g_free (e->ids);
}

AssayFinding *
assay_finding_new (const char *kind, AssaySeverity severity, const char *message)
{
  g_return_val_if_fail (kind != NULL && message != NULL, NULL);
  AssayFinding *f = g_new0 (AssayFinding, 1);
  f->kind = g_strdup (kind);
  f->severity = CLAMP (severity, ASSAY_SEVERITY_LOW, ASSAY_SEVERITY_HIGH);
  f->message = assay_utf8_make_valid (message, strlen (message), NULL, NULL);
  f->evidence = g_array_new (FALSE, TRUE, sizeof (Evidence));
  g_array_set_clear_func (f->evidence, evidence_clear);
  return f;
}

void
assay_finding_add_evidence (AssayFinding *f,
                            const char *doc_id,
                            gsize start,
                            gsize end,
                            const char *text,
                            const guint *ids,
                            guint n_ids)
{
  g_return_if_fail (f != NULL && doc_id != NULL);
  g_return_if_fail (ids != NULL || n_ids == 0);
  Evidence e = {
    .doc_id = g_strdup (doc_id),
    .start = start,
    .end = MAX (start, end),
    .text = text ? assay_utf8_make_valid (text, strlen (text), NULL, NULL) : NULL,
    .ids = n_ids ? g_memdup2 (ids, n_ids * sizeof (guint)) : NULL,
    .n_ids = n_ids,
  };
  g_array_append_val (f->evidence, e);
}

AssayFinding *
assay_finding_copy (const AssayFinding *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  AssayFinding *copy = assay_finding_new (f->kind, f->severity, f->message);
  for (guint i = 0; i < f->evidence->len; i++)
    {
      const Evidence *e = &g_array_index (f->evidence, Evidence, i);
      assay_finding_add_evidence (copy, e->doc_id, e->start, e->end, e->text, e->ids, e->n_ids);
    }
  return copy;
}

void
assay_finding_free (AssayFinding *f)
{
  if (f == NULL)
    return;
  g_free (f->kind);
  g_free (f->message);
  g_array_unref (f->evidence);
  g_free (f);
}

const char *
assay_finding_get_kind (const AssayFinding *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  return f->kind;
}

AssaySeverity
assay_finding_get_severity (const AssayFinding *f)
{
  g_return_val_if_fail (f != NULL, ASSAY_SEVERITY_MEDIUM);
  return f->severity;
}

const char *
assay_finding_get_message (const AssayFinding *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  return f->message;
}

guint
assay_finding_get_n_evidence (const AssayFinding *f)
{
  g_return_val_if_fail (f != NULL, 0);
  return f->evidence->len;
}

void
assay_finding_get_evidence (const AssayFinding *f,
                            guint index,
                            const char **doc_id,
                            gsize *start,
                            gsize *end,
                            const char **text,
                            const guint **ids,
                            guint *n_ids)
{
  g_return_if_fail (f != NULL && index < f->evidence->len);
  const Evidence *e = &g_array_index (f->evidence, Evidence, index);
  if (doc_id)
    *doc_id = e->doc_id;
  if (start)
    *start = e->start;
  if (end)
    *end = e->end;
  if (text)
    *text = e->text;
  if (ids)
    *ids = e->ids;
  if (n_ids)
    *n_ids = e->n_ids;
}

gboolean
assay_finding_check (const AssayFinding *f, GError **error)
{
  if (!assay_name_is_kebab (f->kind))
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME,
                   "finding kind '%s' is not lower-kebab-case", f->kind);
      return FALSE;
    }
  if (f->evidence->len == 0)
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME,
                   "finding '%s' has no evidence: every finding must point at the text it "
                   "rests on",
                   f->kind);
      return FALSE;
    }
  return TRUE;
}

gboolean
assay_document_add_finding (AssayDocument *doc, const AssayFinding *f, GError **error)
{
  g_return_val_if_fail (doc != NULL && f != NULL, FALSE);
  if (!assay_finding_check (f, error))
    return FALSE;
  g_ptr_array_add (doc->findings, assay_finding_copy (f));
  return TRUE;
}

guint
assay_document_get_n_findings (const AssayDocument *doc)
{
  g_return_val_if_fail (doc != NULL, 0);
  return doc->findings->len;
}

const AssayFinding *
assay_document_get_finding (const AssayDocument *doc, guint index)
{
  g_return_val_if_fail (doc != NULL && index < doc->findings->len, NULL);
  return doc->findings->pdata[index];
}
