/* test-cleanup.c: the cleanup stage's passes on cases written here, and its
 * encoding repair on the ftfy test cases with the measured counts as floors. */
#include "cleanup-private.h"
#include "../../core/test-util.h"

#include <string.h>
#include <json-glib/json-glib.h>

static Mojibake *mojibake;

#define CODECS "WINDOWS-1252,WINDOWS-1250,WINDOWS-1251,ISO-8859-2,WINDOWS-1257,MACINTOSH,CP437"

static void
test_mojibake_cases (void)
{
  const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    /* Repaired. */
    { "Port of GdaÅ„sk", "Port of Gdańsk" },
    { "KÃ¸benhavn and MalmÃ¶", "København and Malmö" },
    { "the ministryâ€™s statement", "the ministry’s statement" },
    { "â€œWe condemn itâ€\xc2\x9d, he said", "“We condemn it”, he said" },
    { "Foreign Minister Jan LipavskÃ½", "Foreign Minister Jan Lipavský" },
    { "ÄŒeskÃ¡ republika", "Česká republika" },
    { "doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t", "doesn’t" },
    { "ZÃ¼rich â€“ GenÃ¨ve", "Zürich – Genève" },
    { "price: 5Â\xc2\xa0â‚¬", "price: 5\xc2\xa0€" },
    { "\xc2\x84quoted\xc2\x93", "„quoted“" },
    /* Left alone. */
    { "SÃO PAULO and SÃo Tomé", "SÃO PAULO and SÃo Tomé" },
    { "café, naïve, façade, Øresund", "café, naïve, façade, Øresund" },
    { "£5.8bn for 3×4 m² at 20°C ±2", "£5.8bn for 3×4 m² at 20°C ±2" },
    { "“Quoted” – and ‘single’… done", "“Quoted” – and ‘single’… done" },
    { "Ελληνικά, русский, 中文, עברית", "Ελληνικά, русский, 中文, עברית" },
    { "NESTLÉ® and ZZAJÉ’s", "NESTLÉ® and ZZAJÉ’s" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = mojibake_fix_string (mojibake, cases[i].in, 3);
      if (strcmp (got, cases[i].out) != 0)
        g_error ("«%s» became «%s», expected «%s»", cases[i].in, got, cases[i].out);
    }
}

/* The ftfy cases: the floors are what the repair achieved when this test
 * was written (see the cleanup README); raise them as it improves. */
#define FTFY_FIXED_FLOOR 72
#define FTFY_WRONGLY_CHANGED_CEILING 2

static void
test_mojibake_ftfy (void)
{
  g_autofree char *dir = test_corpus_path ("ftfy-testcases");
  if (dir == NULL)
    return;
  const char *files[] = { "in-the-wild.json", "synthetic.json", "negative.json",
                          "language-names.json" };
  guint fixed = 0, positives = 0, wrong = 0, negatives = 0;
  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = g_build_filename (dir, files[f], NULL);
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_true (json_parser_load_from_file (parser, path, NULL));
      JsonArray *cases = json_node_get_array (json_parser_get_root (parser));
      for (guint i = 0; i < json_array_get_length (cases); i++)
        {
          JsonObject *c = json_array_get_object_element (cases, i);
          if (strcmp (json_object_get_string_member (c, "expect"), "pass") != 0)
            continue;
          const char *orig = json_object_get_string_member (c, "original");
          const char *want = json_object_has_member (c, "fixed-encoding")
                                 ? json_object_get_string_member (c, "fixed-encoding")
                                 : json_object_get_string_member (c, "fixed");
          g_autofree char *got = mojibake_fix_string (mojibake, orig, 3);
          if (strcmp (orig, want) == 0)
            negatives++, wrong += strcmp (got, orig) != 0;
          else
            positives++, fixed += strcmp (got, want) == 0;
        }
    }
  g_test_message ("ftfy cases: %u of %u repaired, %u of %u clean texts wrongly changed", fixed,
                  positives, wrong, negatives);
  g_assert_cmpuint (fixed, >=, FTFY_FIXED_FLOOR);
  g_assert_cmpuint (wrong, <=, FTFY_WRONGLY_CHANGED_CEILING);
}

static char *
normalized (const char *in, gboolean fold)
{
  NormalizeOptions opts = { TRUE, TRUE, TRUE, fold };
  g_autoptr (AssayDocument) doc = assay_document_new ("n", in, -1);
  g_autoptr (AssayTextEdit) edit = assay_text_edit_new ();
  gsize len;
  const char *text = assay_document_get_text (doc, &len);
  normalize_text (&opts, text, len, edit);
  g_assert_true (assay_document_apply_edit (doc, edit, NULL));
  return g_strdup (assay_document_get_text (doc, NULL));
}

static void
test_normalize (void)
{
  const struct
  {
    const char *in;
    const char *out;
    gboolean fold;
  } cases[] = {
    { "Cafe\xcc\x81 and Lipavsky\xcc\x81", "Café and Lipavský" },
    { "two  spaces,\ttab,\xc2\xa0nbsp,\xe2\x80\x89thin", "two spaces, tab, nbsp, thin" },
    { "zero\xe2\x80\x8bwidth\xef\xbb\xbf and soft\xc2\xadhyphen", "zerowidth and softhyphen" },
    { "bidi \xe2\x80\xaeoverride\xe2\x80\xac and \xe2\x80\x8fmark", "bidi override and mark" },
    { "ctrl\x01\x7f chars", "ctrl chars" },
    { "  lead and trail  \r\nCRLF\rCR\n\n\n\nmany\n  \n indented", "lead and trail\nCRLF\nCR\n\nmany\n\nindented" },
    { "para\xe2\x80\xa9next\xe2\x80\xa8line", "para\n\nnext\nline" },
    { "“curly” – ‘kept’…", "“curly” – ‘kept’…" },
    { "“curly” – ‘folded’…", "\"curly\" - 'folded'...", TRUE },
    { "\n\nstarts late", "starts late" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = normalized (cases[i].in, cases[i].fold);
      if (strcmp (got, cases[i].out) != 0)
        g_error ("«%s» became «%s», expected «%s»", cases[i].in, got, cases[i].out);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_autoptr (GError) error = NULL;
  mojibake = mojibake_new (CODECS, CLEANUP_DATA_DIR "/mojibake.tsv", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cleanup/mojibake/cases", test_mojibake_cases);
  g_test_add_func ("/cleanup/mojibake/ftfy", test_mojibake_ftfy);
  g_test_add_func ("/cleanup/normalize", test_normalize);
  int status = g_test_run ();
  mojibake_free (mojibake);
  return status;
}
