/* assay-rewrite.c: rewriting a document's text, and the byte-offset map
 * that lets a rewritten text be reported in the offsets of the text as it
 * was read.
 *
 * The offset map is a list of segments covering the current text from 0 to
 * its end.  A copy segment maps byte for byte onto the original; a replace
 * segment maps its whole current range onto its whole original range.  Text
 * deleted from the original leaves a gap between segments' original ranges.
 * Each rewrite composes the new edit with the existing map, so any number of
 * rewriting passes still map straight to the original.
 */
#include "assay-document-private.h"

typedef struct
{
  gsize cur;
  gsize cur_len;
  gsize orig;
  gsize orig_len;
  gboolean copy;
} Segment;

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
      if (!doc_check_span (doc, r->start, r->end, error))
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
