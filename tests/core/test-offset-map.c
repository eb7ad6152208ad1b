/* test-offset-map.c: rewriting text through the core, and mapping spans of
 * the rewritten text back to the original.  Worked cases first, then many
 * random rewrites checked against a byte-by-byte model. */
#include "assay-private.h"

#include <string.h>

static gboolean
edit (AssayDocument *doc, const char *find, const char *replacement, GError **error)
{
  const char *text = assay_document_get_text (doc, NULL);
  const char *at = strstr (text, find);
  g_assert_nonnull (at);
  g_autoptr (AssayTextEdit) e = assay_text_edit_new ();
  assay_text_edit_replace (e, at - text, at - text + strlen (find), replacement, -1);
  return assay_document_apply_edit (doc, e, error);
}

static void
assert_maps (AssayDocument *doc, const char *cur_find, const char *orig_expected)
{
  gsize len, olen, s, e;
  const char *text = assay_document_get_text (doc, &len);
  const char *orig = assay_document_get_original_text (doc, &olen);
  const char *at = strstr (text, cur_find);
  g_assert_nonnull (at);
  assay_document_map_to_original (doc, at - text, at - text + strlen (cur_find), &s, &e);
  g_autofree char *got = g_strndup (orig + s, e - s);
  g_assert_cmpstr (got, ==, orig_expected);
}

static void
test_mojibake_repair (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "Port of GdaÅ„sk, Poland", -1);
  g_autoptr (GError) error = NULL;
  g_assert_true (edit (doc, "Å„", "ń", &error));
  g_assert_cmpstr (assay_document_get_text (doc, NULL), ==, "Port of Gdańsk, Poland");
  g_assert_true (assay_document_is_rewritten (doc));
  assert_maps (doc, "Gdańsk", "GdaÅ„sk");
  assert_maps (doc, "ń", "Å„");
  assert_maps (doc, "Poland", "Poland");
  assert_maps (doc, "Port", "Port");
  /* A span that starts inside the repaired character covers all of it. */
  gsize s, e;
  assay_document_map_to_original (doc, 11, 13, &s, &e);
  g_assert_cmpuint (s, ==, 11);
  g_assert_cmpuint (e, ==, 16);
}

static void
test_deletion_and_empty_spans (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "Home > News\nBody text.\nShare this", -1);
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayTextEdit) e = assay_text_edit_new ();
  /* Added in reverse order on purpose: the core sorts. */
  assay_text_edit_replace (e, 22, 33, "", 0);
  assay_text_edit_replace (e, 0, 12, "", 0);
  g_assert_true (assay_document_apply_edit (doc, e, &error));
  g_assert_cmpstr (assay_document_get_text (doc, NULL), ==, "Body text.");
  assert_maps (doc, "Body text.", "Body text.");
  gsize s, o;
  /* An empty span where text went stands for what went. */
  assay_document_map_to_original (doc, 0, 0, &s, &o);
  g_assert_cmpuint (s, ==, 0);
  g_assert_cmpuint (o, ==, 12);
  assay_document_map_to_original (doc, 10, 10, &s, &o);
  g_assert_cmpuint (s, ==, 22);
  g_assert_cmpuint (o, ==, 33);
  assay_document_map_to_original (doc, 4, 4, &s, &o);
  g_assert_cmpuint (s, ==, 16);
  g_assert_cmpuint (o, ==, 16);
}

static void
test_passes_compose (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "A  B  KÃ¸benhavn  C", -1);
  g_autoptr (GError) error = NULL;
  g_assert_true (edit (doc, "Ã¸", "ø", &error));
  g_assert_true (edit (doc, "A  B", "A B", &error));
  g_assert_true (edit (doc, "  C", " C", &error));
  g_assert_true (edit (doc, "A ", "", &error));
  g_assert_cmpstr (assay_document_get_text (doc, NULL), ==, "B  København C");
  assert_maps (doc, "København", "KÃ¸benhavn");
  /* "B" survives from the rewrite of "A  B": it stands for all of it. */
  assert_maps (doc, "B  K", "A  B  K");
  assert_maps (doc, "  K", "  K");
  assert_maps (doc, " C", "  C");
  assert_maps (doc, "hav", "hav");
  assert_maps (doc, "n C", "n  C");
}

static void
test_insertion_order (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "ab", -1);
  g_autoptr (AssayTextEdit) e = assay_text_edit_new ();
  assay_text_edit_replace (e, 1, 1, "1", -1);
  assay_text_edit_replace (e, 1, 1, "2", -1);
  assay_text_edit_replace (e, 1, 2, "B", -1);
  g_assert_cmpuint (assay_text_edit_get_count (e), ==, 3);
  g_assert_true (assay_document_apply_edit (doc, e, NULL));
  g_assert_cmpstr (assay_document_get_text (doc, NULL), ==, "a12B");
}

static void
test_refusals (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "naïve text", -1);
  g_autoptr (AssayTextEdit) overlap = assay_text_edit_new ();
  assay_text_edit_replace (overlap, 0, 4, "x", -1);
  assay_text_edit_replace (overlap, 2, 6, "y", -1);
  g_assert_false (assay_document_apply_edit (doc, overlap, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_EDIT);
  g_clear_error (&error);

  g_autoptr (AssayTextEdit) cut = assay_text_edit_new ();
  assay_text_edit_replace (cut, 3, 4, "x", -1); /* inside "ï" */
  g_assert_false (assay_document_apply_edit (doc, cut, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_SPAN);
  g_clear_error (&error);

  g_autoptr (AssayTextEdit) invalid = assay_text_edit_new ();
  assay_text_edit_replace (invalid, 0, 1, "\xff", 1);
  g_assert_false (assay_document_apply_edit (doc, invalid, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_EDIT);
  g_clear_error (&error);
  g_assert_cmpstr (assay_document_get_text (doc, NULL), ==, "naïve text");
  g_assert_false (assay_document_is_rewritten (doc));

  assay_document_add_annotation (doc, "token", 0, 6, NULL, NULL);
  g_autoptr (AssayTextEdit) late = assay_text_edit_new ();
  assay_text_edit_replace (late, 0, 1, "N", -1);
  g_assert_false (assay_document_apply_edit (doc, late, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_HAS_ANNOTATIONS);
}

/* ---- random rewrites against a model ----------------------------------- */

/* Where each byte of the current text came from: [start, end) of the
 * original (one byte for a copy, the whole rewritten span otherwise). */
typedef struct
{
  gsize start;
  gsize end;
} Origin;

static void
model_span (const GArray *origins, gsize orig_len, gsize s, gsize e, gsize *os, gsize *oe)
{
  gsize len = origins->len;
  if (s < e)
    {
      *os = g_array_index (origins, Origin, s).start;
      *oe = g_array_index (origins, Origin, e - 1).end;
      return;
    }
  gsize before = s > 0 ? g_array_index (origins, Origin, s - 1).end : 0;
  gsize after = s < len ? g_array_index (origins, Origin, s).start : orig_len;
  *os = MIN (before, after);
  *oe = MAX (before, after);
}

static void
test_random_against_model (void)
{
  GRand *rand = g_rand_new_with_seed (g_test_rand_int ());
  for (guint round = 0; round < 300; round++)
    {
      gsize orig_len = g_rand_int_range (rand, 0, 60);
      g_autofree char *orig = g_malloc (orig_len + 1);
      for (gsize i = 0; i < orig_len; i++)
        orig[i] = 'a' + g_rand_int_range (rand, 0, 26);
      orig[orig_len] = '\0';
      g_autoptr (AssayDocument) doc = assay_document_new ("d", orig, orig_len);
      g_autoptr (GArray) model = g_array_new (FALSE, FALSE, sizeof (Origin));
      for (gsize i = 0; i < orig_len; i++)
        g_array_append_val (model, ((Origin){ i, i + 1 }));

      guint passes = g_rand_int_range (rand, 1, 5);
      for (guint pass = 0; pass < passes; pass++)
        {
          gsize len;
          assay_document_get_text (doc, &len);
          g_autoptr (AssayTextEdit) e = assay_text_edit_new ();
          g_autoptr (GArray) next = g_array_new (FALSE, FALSE, sizeof (Origin));
          gsize cursor = 0;
          while (cursor <= len)
            {
              gsize start = cursor + g_rand_int_range (rand, 0, 8);
              if (start > len)
                break;
              gsize span = g_rand_int_range (rand, 0, 5); /* MIN() would draw twice */
              gsize end = MIN (len, start + span);
              guint rlen = g_rand_int_range (rand, 0, 4);
              if (end == start && rlen == 0)
                rlen = 1;
              char replacement[4] = "XYZ";
              replacement[rlen] = '\0';
              assay_text_edit_replace (e, start, end, replacement, rlen);
              for (gsize k = cursor; k < start; k++)
                g_array_append_val (next, g_array_index (model, Origin, k));
              gsize os, oe;
              if (start < end)
                model_span (model, orig_len, start, end, &os, &oe);
              else
                os = oe = start > 0 ? g_array_index (model, Origin, start - 1).end : 0;
              for (guint k = 0; k < rlen; k++)
                g_array_append_val (next, ((Origin){ os, oe }));
              cursor = end + (end == start ? 1 : 0);
              if (end == start)
                {
                  /* An insertion: the byte after it is copied. */
                  if (start < len)
                    g_array_append_val (next, g_array_index (model, Origin, start));
                }
            }
          for (gsize k = cursor; k < len; k++)
            g_array_append_val (next, g_array_index (model, Origin, k));
          g_autoptr (GError) edit_error = NULL;
          assay_document_apply_edit (doc, e, &edit_error);
          g_assert_no_error (edit_error);
          g_array_set_size (model, 0);
          g_array_append_vals (model, next->data, next->len);
          assay_document_get_text (doc, &len);
          g_assert_cmpuint (len, ==, model->len);
        }

      gsize len;
      assay_document_get_text (doc, &len);
      for (gsize s = 0; s <= len; s++)
        for (gsize e = s; e <= len; e++)
          {
            gsize got_s, got_e, want_s, want_e;
            assay_document_map_to_original (doc, s, e, &got_s, &got_e);
            model_span (model, orig_len, s, e, &want_s, &want_e);
            if (got_s != want_s || got_e != want_e)
              g_error ("round %u: [%zu,%zu) maps to [%zu,%zu), model says [%zu,%zu)", round, s,
                       e, got_s, got_e, want_s, want_e);
          }
    }
  g_rand_free (rand);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/offset-map/mojibake-repair", test_mojibake_repair);
  g_test_add_func ("/offset-map/deletion-and-empty-spans", test_deletion_and_empty_spans);
  g_test_add_func ("/offset-map/passes-compose", test_passes_compose);
  g_test_add_func ("/offset-map/insertion-order", test_insertion_order);
  g_test_add_func ("/offset-map/refusals", test_refusals);
  g_test_add_func ("/offset-map/random-against-model", test_random_against_model);
  return g_test_run ();
}
