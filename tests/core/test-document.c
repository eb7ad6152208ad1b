/* test-document.c: the document model: text, metadata, annotations,
 * references, findings, and the rights of the running stage. */
#include "assay-private.h"

#include <string.h>

static void
test_new_valid (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d1", "Gdańsk, 29 May", -1);
  gsize len;
  g_assert_cmpstr (assay_document_get_id (doc), ==, "d1");
  g_assert_cmpstr (assay_document_get_text (doc, &len), ==, "Gdańsk, 29 May");
  g_assert_cmpuint (len, ==, strlen ("Gdańsk, 29 May"));
  g_assert_true (assay_document_get_text (doc, NULL) == assay_document_get_original_text (doc, NULL));
  g_assert_false (assay_document_is_rewritten (doc));
  g_assert_null (assay_document_get_meta (doc, ASSAY_META_INVALID_UTF8));
}

static void
test_new_invalid_utf8 (void)
{
  /* A raw Latin-1 pound sign, a truncated sequence at the end, and a NUL. */
  const char raw[] = "\xa3" "15.8m and \0 caf\xc3";
  g_autoptr (AssayDocument) doc = assay_document_new ("d", raw, sizeof raw - 1);
  gsize len;
  const char *text = assay_document_get_text (doc, &len);
  g_assert_true (g_utf8_validate (text, len, NULL));
  g_assert_cmpstr (text, ==, "\xEF\xBF\xBD" "15.8m and \xEF\xBF\xBD caf\xEF\xBF\xBD");
  g_assert_cmpstr (assay_document_get_meta (doc, ASSAY_META_INVALID_UTF8), ==, "3");
}

/* The core's validator answers as GLib's, with the same end, wherever
 * the trouble sits against its eight-byte reads. */
/* The repair counts what it replaced, and otherwise makes GLib's. */
static void
test_utf8_make_valid_as_glib (void)
{
  const char *const pieces[] = { "\xa3", "\xc3", "\xc3\xa9", "\xe2\x80\x99", "\xe2\x80", "\xed\xa0\x80" /* surrogate */,
                                 "\xc0\xaf" /* overlong */, "\xf4\x90\x80\x80" /* beyond U+10FFFF */,
                                 "\xf0\x9f\x98\x80", "\x80", "\xef\xbf\xbd" /* U+FFFD itself */, "" };
  const guint bad[] = { 1, 1, 0, 0, 2, 3, 2, 4, 0, 1, 0, 0 };
  G_STATIC_ASSERT (G_N_ELEMENTS (pieces) == G_N_ELEMENTS (bad));
  for (guint k = 0; k < G_N_ELEMENTS (pieces); k++)
    for (guint at = 0; at < 12; at++)
      for (int nul = 0; nul < 2; nul++)
        {
          g_autoptr (GString) text = g_string_new (NULL);
          for (guint i = 0; i < at; i++)
            g_string_append_c (text, 'a' + i % 26);
          g_string_append (text, pieces[k]);
          g_string_append (text, "tail of plain text");
          if (nul)
            g_string_insert_c (text, at / 2, '\0');
          gsize length = 0;
          guint invalid = 99;
          g_autofree char *mine = assay_utf8_make_valid (text->str, text->len, &length, &invalid);
          g_autofree char *glib = g_utf8_make_valid (text->str, text->len);
          g_assert_cmpstr (mine, ==, glib);
          g_assert_cmpuint (length, ==, strlen (glib));
          g_assert_cmpuint (invalid, ==, bad[k] + nul);
        }
}

static void
test_meta (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "x", -1);
  g_autoptr (GError) error = NULL;
  g_assert_true (assay_document_set_meta (doc, "title", "A", &error));
  g_assert_true (assay_document_set_meta (doc, "published", "2025-05-29", &error));
  g_assert_true (assay_document_set_meta (doc, "title", "B", &error));
  g_assert_cmpstr (assay_document_get_meta (doc, "title"), ==, "B");
  g_assert_false (assay_document_set_meta (doc, "Title", "C", &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME);
  g_clear_error (&error);
  g_assert_true (assay_document_set_meta (doc, "published", NULL, &error));
  g_assert_null (assay_document_get_meta (doc, "published"));
}

static void
test_spans (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "Lipavský said", -1);
  g_autoptr (GError) error = NULL;
  /* "ý" is two bytes at 6..8. */
  g_assert_nonnull (assay_document_add_annotation (doc, "entity", 0, 9, "PERSON", &error));
  g_assert_null (assay_document_add_annotation (doc, "entity", 0, 8, "PERSON", &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_SPAN);
  g_assert_nonnull (strstr (error->message, "cuts a UTF-8 character"));
  g_clear_error (&error);
  g_assert_null (assay_document_add_annotation (doc, "entity", 5, 100, NULL, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_SPAN);
  g_clear_error (&error);
  g_assert_null (assay_document_add_annotation (doc, "entity", 5, 4, NULL, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_SPAN);
  g_clear_error (&error);
  g_assert_null (assay_document_add_annotation (doc, "Entity", 0, 1, NULL, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME);
  g_clear_error (&error);
  /* Empty spans, at the very end too, are fine. */
  g_assert_nonnull (assay_document_add_annotation (doc, "entity", 14, 14, NULL, &error));
}

static void
test_layer_order (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "0123456789", -1);
  /* Added out of order: kept by start, then longest first, then id. */
  const gsize spans[][2] = { { 5, 6 }, { 0, 3 }, { 5, 9 }, { 2, 4 }, { 0, 3 }, { 9, 10 } };
  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    g_assert_nonnull (assay_document_add_annotation (doc, "x", spans[i][0], spans[i][1], NULL, NULL));
  guint n;
  AssayAnnotation *const *list = assay_document_get_annotations (doc, "x", &n);
  g_assert_cmpuint (n, ==, 6);
  const guint expected_ids[] = { 2, 5, 4, 3, 1, 6 };
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (assay_annotation_get_id (list[i]), ==, expected_ids[i]);
  g_assert_cmpuint (assay_document_lower_bound (doc, "x", 0), ==, 0);
  g_assert_cmpuint (assay_document_lower_bound (doc, "x", 1), ==, 2);
  g_assert_cmpuint (assay_document_lower_bound (doc, "x", 5), ==, 3);
  g_assert_cmpuint (assay_document_lower_bound (doc, "x", 10), ==, 6);
  g_assert_cmpuint (assay_document_lower_bound (doc, "nothing", 3), ==, 0);
  g_assert_null (assay_document_get_annotations (doc, "nothing", &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (assay_document_get_annotation (doc, 4) == list[2]);
  g_assert_null (assay_document_get_annotation (doc, 0));
  g_assert_null (assay_document_get_annotation (doc, 7));
}

static void
test_layers_listed (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "abc", -1);
  assay_document_add_annotation (doc, "token", 0, 1, NULL, NULL);
  assay_document_add_annotation (doc, "entity", 0, 1, NULL, NULL);
  assay_document_add_annotation (doc, "token", 1, 2, NULL, NULL);
  guint n;
  const char *const *layers = assay_document_get_layers (doc, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (layers[0], ==, "token");
  g_assert_cmpstr (layers[1], ==, "entity");
  g_assert_null (layers[2]);
}

/* A layer view holds what the getters return, in the layer's order; a
 * stage compiled against a later minor (a larger view) gets the fields it
 * knows zeroed past ours; a view smaller than ABI 1.2's is refused. */
static void
test_layer_view (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "Kaja Kallas met Ursula", -1);
  AssayAnnotation *ursula = assay_document_add_annotation (doc, "entity", 16, 22, "PERSON", NULL);
  AssayAnnotation *kaja = assay_document_add_annotation (doc, "entity", 0, 11, NULL, NULL);
  assay_annotation_set_attr (kaja, "canonical", "Kaja Kallas");
  assay_annotation_set_attr (kaja, "kb", "Q3196");
  guint n = 99;
  g_autofree AssayAnnotationView *views = assay_document_view_layer (doc, "entity", &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (views[0].annotation == kaja);
  g_assert_cmpuint (views[0].id, ==, assay_annotation_get_id (kaja));
  g_assert_cmpuint (views[0].start, ==, 0);
  g_assert_cmpuint (views[0].end, ==, 11);
  g_assert_null (views[0].label);
  g_assert_cmpuint (views[0].n_attrs, ==, 2);
  g_assert_cmpstr (assay_annotation_view_get_attr (&views[0], "kb"), ==, "Q3196");
  g_assert_cmpstr (assay_annotation_view_get_attr (&views[0], "canonical"), ==, "Kaja Kallas");
  g_assert_null (assay_annotation_view_get_attr (&views[0], "country"));
  g_assert_true (views[1].annotation == ursula);
  g_assert_cmpstr (views[1].label, ==, "PERSON");
  g_assert_cmpuint (views[1].n_attrs, ==, 0);
  g_assert_cmpuint (assay_annotation_view_lower_bound (views, n, 0), ==, 0);
  g_assert_cmpuint (assay_annotation_view_lower_bound (views, n, 1), ==, 1);
  g_assert_cmpuint (assay_annotation_view_lower_bound (views, n, 17), ==, 2);

  g_assert_null (assay_document_view_layer (doc, "timex", &n));
  g_assert_cmpuint (n, ==, 0);

  /* a view 16 bytes longer, as a later minor's stage would ask for */
  gsize big = sizeof (AssayAnnotationView) + 16;
  g_autofree char *wide = (char *) assay_document_view_layer_sized (doc, "entity", big, &n);
  g_assert_cmpuint (n, ==, 2);
  const AssayAnnotationView *second = (const AssayAnnotationView *) (wide + big);
  g_assert_true (second->annotation == ursula);
  for (gsize i = sizeof (AssayAnnotationView); i < big; i++)
    g_assert_cmpint (wide[i], ==, 0);

  if (g_test_undefined ())
    {
      g_test_expect_message ("assay", G_LOG_LEVEL_CRITICAL, "*view_size*");
      g_assert_null (assay_document_view_layer_sized (doc, "entity", 8, &n));
      g_test_assert_expected_messages ();
      g_assert_cmpuint (n, ==, 0);
    }
}

/* Issue 28: a token per mark of 1 MB of punctuation peaked at 330 MB.
 * The cap fails the annotation past it, names the option that raises it,
 * and keeps the error as the violation for a stage that drops it. */
static void
test_annotation_cap (void)
{
  g_assert_cmpuint (assay_document_get_default_max_annotations (), ==, ASSAY_DEFAULT_MAX_ANNOTATIONS);
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "!?!?", -1);
  assay_document_set_max_annotations (doc, 3);
  for (gsize i = 0; i < 3; i++)
    g_assert_nonnull (assay_document_add_annotation (doc, "token", i, i + 1, NULL, NULL));
  g_autoptr (GError) error = NULL;
  g_assert_null (assay_document_add_annotation (doc, "token", 3, 4, NULL, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_TOO_MANY);
  g_assert_nonnull (strstr (error->message, "limit of 3 annotations"));
  g_assert_nonnull (strstr (error->message, "--max-annotations"));
  g_autoptr (GError) violation = assay_document_take_violation (doc);
  g_assert_error (violation, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_TOO_MANY);
  guint n;
  assay_document_get_annotations (doc, "token", &n);
  g_assert_cmpuint (n, ==, 3);

  /* The process-wide default reaches documents made after it is set. */
  assay_document_set_default_max_annotations (1);
  g_autoptr (AssayDocument) capped = assay_document_new ("e", "ab", -1);
  assay_document_set_default_max_annotations (0);
  g_autoptr (AssayDocument) free_doc = assay_document_new ("f", "ab", -1);
  assay_document_set_default_max_annotations (ASSAY_DEFAULT_MAX_ANNOTATIONS);
  g_assert_nonnull (assay_document_add_annotation (capped, "token", 0, 1, NULL, NULL));
  g_assert_null (assay_document_add_annotation (capped, "token", 1, 2, NULL, NULL));
  g_autoptr (GError) dropped = assay_document_take_violation (capped);
  g_assert_error (dropped, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_TOO_MANY);
  g_assert_nonnull (assay_document_add_annotation (free_doc, "token", 0, 1, NULL, NULL));
  g_assert_nonnull (assay_document_add_annotation (free_doc, "token", 1, 2, NULL, NULL));
}

static void
test_attrs_and_refs (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "Kaja Kallas said", -1);
  AssayAnnotation *person = assay_document_add_annotation (doc, "entity", 0, 11, "PERSON", NULL);
  AssayAnnotation *claim = assay_document_add_annotation (doc, "claim", 0, 16, "role", NULL);
  assay_annotation_set_attr (person, "canonical", "Kaja Kallas");
  assay_annotation_set_attr (person, "role_org", "EU");
  assay_annotation_set_attr (person, "canonical", "Kallas, Kaja");
  g_assert_cmpstr (assay_annotation_get_attr (person, "canonical"), ==, "Kallas, Kaja");
  g_assert_cmpuint (assay_annotation_get_n_attrs (person), ==, 2);
  const char *key, *value;
  assay_annotation_get_nth_attr (person, 1, &key, &value);
  g_assert_cmpstr (key, ==, "role_org");
  g_assert_cmpstr (value, ==, "EU");
  assay_annotation_set_attr (person, "role_org", NULL);
  g_assert_null (assay_annotation_get_attr (person, "role_org"));
  g_assert_cmpuint (assay_annotation_get_n_attrs (person), ==, 1);

  assay_annotation_add_ref (claim, "entity", person);
  assay_annotation_add_ref (claim, "entity", person);
  guint n;
  const guint *ids = assay_annotation_get_refs (claim, "entity", &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpuint (ids[0], ==, assay_annotation_get_id (person));
  g_assert_null (assay_annotation_get_refs (claim, "timex", &n));
  g_assert_cmpuint (n, ==, 0);
  g_assert_null (assay_document_take_violation (doc));
}

/* Sets @n_keys keys ("kNNN", all sharing their first byte and many their
 * first two: one chain in the process's table of keys, then past its
 * end) on a new document's annotation, twice, and checks each value. */
static gpointer
set_many_keys (gpointer data)
{
  guint n_keys = GPOINTER_TO_UINT (data);
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "text", -1);
  AssayAnnotation *a = assay_document_add_annotation (doc, "entity", 0, 4, "X", NULL);
  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < n_keys; i++)
      {
        g_autofree char *key = g_strdup_printf ("k%u", i);
        g_autofree char *value = g_strdup_printf ("%u-%u", i, round);
        assay_annotation_set_attr (a, key, value);
      }
  g_assert_null (assay_document_take_violation (doc));
  g_assert_cmpuint (assay_annotation_get_n_attrs (a), ==, n_keys);
  for (guint i = 0; i < n_keys; i++)
    {
      g_autofree char *key = g_strdup_printf ("k%u", i);
      g_autofree char *value = g_strdup_printf ("%u-1", i);
      g_assert_cmpstr (assay_annotation_get_attr (a, key), ==, value);
    }
  return NULL;
}

/* Keys are found in a table the process keeps, which threads fill and
 * read without a lock: more keys than it holds (256) still work, set
 * from two threads at once, and a bad key is refused whether the table
 * is full or not. */
static void
test_attr_key_table (void)
{
  GThread *threads[2];
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("keys", set_many_keys, GUINT_TO_POINTER (300));
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);
  set_many_keys (GUINT_TO_POINTER (300));

  g_autoptr (AssayDocument) doc = assay_document_new ("d", "text", -1);
  AssayAnnotation *a = assay_document_add_annotation (doc, "entity", 0, 4, "X", NULL);
  static const char *const bad[] = { "", "K1", "k 1", "1k" };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      assay_annotation_set_attr (a, bad[i], "x");
      g_autoptr (GError) error = assay_document_take_violation (doc);
      g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME);
    }
  g_assert_cmpuint (assay_annotation_get_n_attrs (a), ==, 0);
  /* near them, good keys */
  assay_annotation_set_attr (a, "k", "short");
  assay_annotation_set_attr (a, "k_1", "joined");
  g_assert_null (assay_document_take_violation (doc));
  g_assert_cmpstr (assay_annotation_get_attr (a, "k"), ==, "short");
  g_assert_cmpstr (assay_annotation_get_attr (a, "k_1"), ==, "joined");
  g_assert_null (assay_annotation_get_attr (a, "k1"));
}

/* A buffer that holds another key, or a bad one, at the same address is
 * read anew (keys were once remembered by their address). */
static void
test_attr_key_buffer (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "Kaja Kallas said", -1);
  AssayAnnotation *person = assay_document_add_annotation (doc, "entity", 0, 11, "PERSON", NULL);
  char key[16];
  g_strlcpy (key, "canonical", sizeof key);
  assay_annotation_set_attr (person, key, "Kaja Kallas");
  g_strlcpy (key, "role", sizeof key);
  assay_annotation_set_attr (person, key, "minister");
  g_assert_cmpstr (assay_annotation_get_attr (person, "canonical"), ==, "Kaja Kallas");
  g_assert_cmpstr (assay_annotation_get_attr (person, "role"), ==, "minister");
  g_assert_null (assay_document_take_violation (doc));
  g_strlcpy (key, "Bad Key", sizeof key);
  assay_annotation_set_attr (person, key, "x");
  g_autoptr (GError) error = assay_document_take_violation (doc);
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME);
  g_assert_cmpuint (assay_annotation_get_n_attrs (person), ==, 2);

  /* a label was never checked as a key: the same buffer as a key is */
  g_strlcpy (key, "PERSON", sizeof key);
  AssayAnnotation *other = assay_document_add_annotation (doc, "entity", 12, 16, key, NULL);
  assay_annotation_set_attr (other, key, "x");
  g_autoptr (GError) label_error = assay_document_take_violation (doc);
  g_assert_error (label_error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME);
  g_assert_cmpuint (assay_annotation_get_n_attrs (other), ==, 0);

  /* Keys that share their first two bytes, in turns: each set again
   * replaces its value, none is added twice. */
  static const char *const keys[] = { "k1", "k2", "k3", "k4", "k5", "k6" };
  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      {
        g_strlcpy (key, keys[i], sizeof key);
        g_autofree char *value = g_strdup_printf ("%s-%u", keys[i], round);
        assay_annotation_set_attr (other, key, value);
      }
  g_assert_null (assay_document_take_violation (doc));
  g_assert_cmpuint (assay_annotation_get_n_attrs (other), ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = g_strdup_printf ("%s-2", keys[i]);
      g_assert_cmpstr (assay_annotation_get_attr (other, keys[i]), ==, value);
    }

  /* values: ASCII as it is, other UTF-8 kept, invalid bytes replaced
   * wherever they come */
  assay_annotation_set_attr (other, "k1", "Gda\xc5\x84sk");
  g_assert_cmpstr (assay_annotation_get_attr (other, "k1"), ==, "Gda\xc5\x84sk");
  assay_annotation_set_attr (other, "k1", "a\xff" "b");
  g_assert_cmpstr (assay_annotation_get_attr (other, "k1"), ==, "a\xef\xbf\xbd" "b");
  assay_annotation_set_attr (other, "k1", "\xff");
  g_assert_cmpstr (assay_annotation_get_attr (other, "k1"), ==, "\xef\xbf\xbd");
  assay_annotation_set_attr (other, "k1", "");
  g_assert_cmpstr (assay_annotation_get_attr (other, "k1"), ==, "");
}

/* A value's bytes beyond ASCII are looked for eight at a time: one at
 * each place of values from 1 to 19 bytes (each part of a word, the tail
 * after it, the start, the end) is found, kept where it is valid UTF-8 and
 * replaced where it is not, and a value of ASCII alone is kept as given. */
static void
test_attr_value_bytes (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "text", -1);
  AssayAnnotation *a = assay_document_add_annotation (doc, "timex", 0, 4, NULL, NULL);
  static const char *const odd[] = { "\xc3\xa9", "\xff", "\xe2\x80", "\x80" };
  for (guint length = 1; length < 20; length++)
    for (guint at = 0; at <= length; at++)
      for (guint k = 0; k < G_N_ELEMENTS (odd); k++)
        {
          GString *value = g_string_new (NULL);
          for (guint i = 0; i < length; i++)
            g_string_append_c (value, 'a' + i % 26);
          if (at < length)
            g_string_insert (value, at, odd[k]);
          assay_annotation_set_attr (a, "value", value->str);
          g_autofree char *expected = g_utf8_make_valid (value->str, -1);
          g_assert_cmpstr (assay_annotation_get_attr (a, "value"), ==, expected);
          if (at == length || k == 0)
            g_assert_cmpstr (assay_annotation_get_attr (a, "value"), ==, value->str);
          g_string_free (value, TRUE);
        }
  g_assert_null (assay_document_take_violation (doc));

  /* the right to the layer is still read under each new guard: refused by
   * one that does not provide it, taken by one that does */
  static const char *const others[] = { "entity", NULL };
  AssayStageGuard entities = { "entities", others, FALSE };
  assay_document_set_guard (doc, &entities);
  assay_annotation_set_attr (a, "value", "1999");
  g_autoptr (GError) refused = assay_document_take_violation (doc);
  g_assert_error (refused, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_UNDECLARED);
  g_assert_cmpstr (assay_annotation_get_attr (a, "value"), !=, "1999");
  static const char *const own[] = { "timex", NULL };
  AssayStageGuard dates = { "dates", own, FALSE };
  assay_document_set_guard (doc, &dates);
  assay_annotation_set_attr (a, "value", "1999");
  assay_annotation_set_attr (a, "type", "DATE");
  g_assert_null (assay_document_take_violation (doc));
  g_assert_cmpstr (assay_annotation_get_attr (a, "value"), ==, "1999");
  g_assert_cmpstr (assay_annotation_get_attr (a, "type"), ==, "DATE");
  assay_document_set_guard (doc, &entities);
  assay_annotation_set_attr (a, "type", "TIME");
  g_clear_error (&refused);
  refused = assay_document_take_violation (doc);
  g_assert_error (refused, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_UNDECLARED);
  g_assert_cmpstr (assay_annotation_get_attr (a, "type"), ==, "DATE");
  assay_document_set_guard (doc, NULL);
}

static void
test_guard (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "text", -1);
  g_autoptr (GError) error = NULL;
  static const char *const provides[] = { "entity", "meta:title", NULL };
  AssayStageGuard guard = { "entities", provides, FALSE };

  /* Another stage's annotation, added before this one runs. */
  AssayAnnotation *sentence = assay_document_add_annotation (doc, "sentence", 0, 4, NULL, NULL);

  assay_document_set_guard (doc, &guard);
  g_assert_nonnull (assay_document_add_annotation (doc, "entity", 0, 4, NULL, &error));
  g_assert_null (assay_document_add_annotation (doc, "timex", 0, 4, NULL, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_UNDECLARED);
  g_assert_nonnull (strstr (error->message, "'entities'"));
  g_assert_nonnull (strstr (error->message, "'timex'"));
  g_clear_error (&error);

  g_assert_true (assay_document_set_meta (doc, "title", "T", &error));
  g_assert_false (assay_document_set_meta (doc, "published", "2025", &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_UNDECLARED);
  g_clear_error (&error);

  /* Changing another stage's annotation is remembered, not returned. */
  assay_annotation_set_attr (sentence, "kind", "headline");
  g_assert_null (assay_annotation_get_attr (sentence, "kind"));
  GError *violation = assay_document_take_violation (doc);
  g_assert_error (violation, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_UNDECLARED);
  g_assert_nonnull (strstr (violation->message, "'sentence'"));
  g_error_free (violation);
  g_assert_null (assay_document_take_violation (doc));

  /* Not a rewriter. */
  g_autoptr (AssayTextEdit) edit = assay_text_edit_new ();
  assay_text_edit_replace (edit, 0, 1, "T", -1);
  g_assert_false (assay_document_apply_edit (doc, edit, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_NOT_REWRITER);
  assay_document_set_guard (doc, NULL);
}

static void
test_findings (void)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("d", "Friday, June 14, 2025", -1);
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayFinding) f = assay_finding_new ("weekday-mismatch", ASSAY_SEVERITY_MEDIUM,
                                                  "June 14, 2025 is a Saturday, not a Friday");
  g_assert_false (assay_document_add_finding (doc, f, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME);
  g_clear_error (&error);
  const guint ids[] = { 3, 4 };
  assay_finding_add_evidence (f, "d", 0, 21, "Friday, June 14, 2025", ids, 2);
  g_assert_true (assay_document_add_finding (doc, f, &error));
  g_assert_cmpuint (assay_document_get_n_findings (doc), ==, 1);
  const AssayFinding *kept = assay_document_get_finding (doc, 0);
  g_assert_true (kept != f);
  g_assert_cmpstr (assay_finding_get_kind (kept), ==, "weekday-mismatch");
  const char *text;
  const guint *kept_ids;
  guint n_ids;
  gsize start, end;
  assay_finding_get_evidence (kept, 0, NULL, &start, &end, &text, &kept_ids, &n_ids);
  g_assert_cmpuint (end, ==, 21);
  g_assert_cmpstr (text, ==, "Friday, June 14, 2025");
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpuint (kept_ids[1], ==, 4);

  g_autoptr (AssayFinding) bad = assay_finding_new ("Weekday_Mismatch", ASSAY_SEVERITY_LOW, "x");
  assay_finding_add_evidence (bad, "d", 0, 1, NULL, NULL, 0);
  g_assert_false (assay_document_add_finding (doc, bad, &error));
  g_assert_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME);
}

static void
test_names (void)
{
  const struct
  {
    const char *name;
    gboolean kebab;
    gboolean key;
  } cases[] = {
    { "entity", TRUE, TRUE },       { "weekday-mismatch", TRUE, TRUE },
    { "role_org", FALSE, TRUE },    { "a1-b2", TRUE, TRUE },
    { "-lead", FALSE, FALSE },      { "trail-", FALSE, TRUE },
    { "dou--ble", FALSE, TRUE },    { "Upper", FALSE, FALSE },
    { "", FALSE, FALSE },           { "1st", FALSE, FALSE },
    { "with space", FALSE, FALSE }, { "ümlaut", FALSE, FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (assay_name_is_kebab (cases[i].name), ==, cases[i].kebab);
      g_assert_cmpint (assay_name_is_key (cases[i].name), ==, cases[i].key);
    }
}

/* One key for the spellings of one name; everything else kept. */
static void
test_text_fold (void)
{
  static const struct
  {
    const char *text;
    gssize length;
    const char *key;
  } cases[] = {
    { "Dvořák", -1, "dvorak" },
    { "DVOŘÁK", -1, "dvorak" },
    { "Gdańsk", -1, "gdansk" },
    { "Xi\u2019s", -1, "xi's" },
    { "Straße", -1, "strasse" },
    { "Nováková-Dvořák, Ana", -1, "novakova-dvorak, ana" },
    { "Plain ASCII", -1, "plain ascii" },
    { "Ruritania rises", 9, "ruritania" },
    { "Éire", 2, "e" },
    { "", -1, "" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = assay_text_fold (cases[i].text, cases[i].length);
      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/document/new/valid", test_new_valid);
  g_test_add_func ("/document/new/invalid-utf8", test_new_invalid_utf8);
  g_test_add_func ("/document/utf8-make-valid", test_utf8_make_valid_as_glib);
  g_test_add_func ("/document/meta", test_meta);
  g_test_add_func ("/document/annotation/spans", test_spans);
  g_test_add_func ("/document/annotation/order", test_layer_order);
  g_test_add_func ("/document/annotation/layers", test_layers_listed);
  g_test_add_func ("/document/annotation/view", test_layer_view);
  g_test_add_func ("/document/annotation/cap", test_annotation_cap);
  g_test_add_func ("/document/annotation/attrs-refs", test_attrs_and_refs);
  g_test_add_func ("/document/annotation/attr-key-buffer", test_attr_key_buffer);
  g_test_add_func ("/document/annotation/attr-key-table", test_attr_key_table);
  g_test_add_func ("/document/annotation/attr-value-bytes", test_attr_value_bytes);
  g_test_add_func ("/document/guard", test_guard);
  g_test_add_func ("/document/findings", test_findings);
  g_test_add_func ("/document/names", test_names);
  g_test_add_func ("/text/fold", test_text_fold);
  return g_test_run ();
}
