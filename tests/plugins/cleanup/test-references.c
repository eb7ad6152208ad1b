/* test-references.c: the cleanup stage's decoding of HTML character
 * references in plain text (references.c): what is decoded, to what, where
 * it maps back to in the original, and the text near a reference that must
 * stay as written; and a page read as HTML, whose references its parser
 * decoded, not decoded again. */
#include "cleanup-private.h"
#include "../../core/test-util.h"

#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

static References *references;

/* @in decoded, as a document (so the offset map can be asked). */
static AssayDocument *
decoded (const char *in)
{
  AssayDocument *doc = assay_document_new ("t", in, -1);
  g_autoptr (AssayTextEdit) edit = assay_text_edit_new ();
  references_decode (references, in, strlen (in), edit);
  if (assay_text_edit_get_count (edit) > 0)
    g_assert_true (assay_document_apply_edit (doc, edit, NULL));
  return doc;
}

static void
test_decode (void)
{
  const struct
  {
    const char *in, *out;
    /* A stretch of @out, and the stretch of @in it must map back to. */
    const char *span, *orig;
  } cases[] = {
    /* BBC's own (decimal), and the same in hex, either case of x. */
    { "the city of S&#227;o Paulo", "the city of São Paulo", "São", "S&#227;o" },
    { "Tottenham bid &#163;8m", "Tottenham bid £8m", "£8m", "&#163;8m" },
    { "S&#xE3;o and S&#XE3;o and S&#xe3;o", "São and São and São", "ã", "&#xE3;" },
    { "prices in &#8364; rose", "prices in € rose", "€", "&#8364;" },
    { "Pel&#233; scored", "Pelé scored", "Pelé", "Pel&#233;" },
    /* Named, with two code points, and the upper-case legacy names. */
    { "caf&eacute; &amp; bar", "café & bar", "& bar", "&amp; bar" },
    { "x &NotEqualTilde; y", "x \u2242\u0338 y", "\u2242\u0338", "&NotEqualTilde;" },
    { "AT&AMP;T &LT;b&GT;", "AT&T <b>", "&T", "&AMP;T" },
    { "no&nbsp;break", "no\u00a0break", "\u00a0", "&nbsp;" },
    /* Double escaped: decoded once, as a browser shows it. */
    { "S&amp;#227;o", "S&#227;o", "&#227;", "&amp;#227;" },
    { "&amp;amp;", "&amp;", "&amp;", "&amp;amp;" },
    /* The standard's replacements: 0x80-0x9F as Windows-1252, and
     * U+FFFD for zero, surrogates and numbers past U+10FFFF. */
    { "Blair&#146;s", "Blair\u2019s", "\u2019", "&#146;" },
    { "&#150; and &#x80;", "\u2013 and \u20ac", "\u20ac", "&#x80;" },
    { "a&#0;b", "a\ufffdb", "\ufffd", "&#0;" },
    { "a&#xD800;b", "a\ufffdb", "\ufffd", "&#xD800;" },
    { "a&#1114112;b", "a\ufffdb", "\ufffd", "&#1114112;" },
    { "a&#99999999999999999999999;b", "a\ufffdb", "\ufffd", "&#99999999999999999999999;" },
    { "a&#x10FFFF;b", "a\U0010ffffb", "\U0010ffff", "&#x10FFFF;" },
    { "&#x1F600;!", "\U0001f600!", "\U0001f600", "&#x1F600;" },
    /* A control is decoded as itself (normalisation strips it); 0x81,
     * which the table leaves, too. */
    { "a&#7;b", "a\ab", "\a", "&#7;" },
    { "a&#129;b", "a\xc2\x81" "b", "\xc2\x81", "&#129;" },
    /* Several in a row, and a reference at each end. */
    { "&#233;&#233;&eacute;", "ééé", "é", "&#233;" },
    { "&lt;", "<", "<", "&lt;" },
    { "end &gt;", "end >", ">", "&gt;" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (AssayDocument) doc = decoded (cases[i].in);
      gsize length;
      const char *got = assay_document_get_text (doc, &length);
      if (strcmp (got, cases[i].out) != 0)
        g_error ("«%s» became «%s», expected «%s»", cases[i].in, got, cases[i].out);
      const char *at = strstr (got, cases[i].span);
      g_assert_nonnull (at);
      gsize o_start, o_end;
      assay_document_map_to_original (doc, at - got, at - got + strlen (cases[i].span), &o_start, &o_end);
      g_autofree char *orig = g_strndup (cases[i].in + o_start, o_end - o_start);
      if (strcmp (orig, cases[i].orig) != 0)
        g_error ("«%s»: «%s» maps back to «%s», expected «%s»", cases[i].in, cases[i].span, orig,
                 cases[i].orig);
    }
}

/* Text near a reference that is none: every one stays as written. */
static void
test_not_references (void)
{
  const char *cases[] = {
    "AT&T and R&D, Q&A, M&S, S&P 500, R&B",
    "Marsh & McLennan, Ernst & Young",
    "&c and &c. and etc",
    "a bare & here, and one at the end &",
    "&foo; &Eacute2; &eacute2; &EACUTE;",                /* no names the standard knows */
    "&QL; &UR; &HT;",                                    /* news-wire codes, no references */
    "&copy 2005, &amp and &eacute without semicolons",   /* legacy names, not well formed */
    "&#233 &#x; &#; &#xG1; &# 233; & #233;",            /* no digits, or no semicolon */
    "&#-1; &#+1; &#1.5; &#x1F600 ;",
    "& amp; &;amp &&",
    "&CounterClockwiseContourIntegralX; &aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa;",
    "br /&gt",
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (AssayTextEdit) edit = assay_text_edit_new ();
      guint n = references_decode (references, cases[i], strlen (cases[i]), edit);
      if (n != 0 || assay_text_edit_get_count (edit) != 0)
        g_error ("«%s»: %u references decoded where there are none", cases[i], n);
    }
  /* A reference glued to one that is none is still read. */
  g_autoptr (AssayDocument) doc = decoded ("&&#233; R&D&#233;");
  g_assert_cmpstr (assay_document_get_text (doc, NULL), ==, "&é R&Dé");
}

/* The longest name in the table, and the same cut at the end of the text. */
static void
test_edges (void)
{
  g_autoptr (AssayDocument) doc = decoded ("&CounterClockwiseContourIntegral;");
  g_assert_cmpstr (assay_document_get_text (doc, NULL), ==, "\u2233");
  const char *cut[] = { "&eacute", "&", "&#", "&#x", "&#233", "&#x41" };
  for (guint i = 0; i < G_N_ELEMENTS (cut); i++)
    {
      g_autoptr (AssayTextEdit) edit = assay_text_edit_new ();
      /* Read only up to the cut, though a ";" follows in memory. */
      g_autofree char *text = g_strconcat (cut[i], ";", NULL);
      g_assert_cmpuint (references_decode (references, text, strlen (cut[i]), edit), ==, 0);
      /* And in a buffer that ends there, for ASan and valgrind to see a
       * read past its end. */
      g_autofree char *exact = g_memdup2 (cut[i], strlen (cut[i]));
      g_assert_cmpuint (references_decode (references, exact, strlen (cut[i]), edit), ==, 0);
    }
}

typedef struct
{
  const char *contents, *says;
} BadTable;

static const BadTable bad_tables[] = {
  { "name\teacute\n", "html-entities.tsv:1: 2 fields where 3 are expected" },
  { "# c\nname\teacute\tZZ\n", "html-entities.tsv:2: 'ZZ' is no code point" },
  { "name\teacute\tD800\n", "'D800' is no code point" },
  { "name\t&eacute;\t00E9\n", "'&eacute;' is no reference name" },
  { "number\t41\t0041\n", "'41' is no number from 80 to 9F" },
  { "number\t80\t20AC 20AC\n", "'80' is no number from 80 to 9F" },
  { "letter\tx\t0078\n", "kind 'letter' is neither" },
  { "name\tx\t0078 0079 007A\n", "'0078 0079 007A' is no code point" },
  { "name\tx\t0078 \n", "is no code point" },
  { "name\tx\t110000\n", "'110000' is no code point" },
  { "name\tx\t-78\n", "'-78' is no code point" },
};

static void
test_bad_table (gconstpointer data)
{
  const BadTable *c = data;
  g_autofree char *dir = g_dir_make_tmp ("assay-references-XXXXXX", NULL);
  test_write_file (dir, "html-entities.tsv", c->contents, -1);
  g_autofree char *path = g_build_filename (dir, "html-entities.tsv", NULL);
  g_autoptr (GError) error = NULL;
  References *r = references_new (path, &error);
  test_remove_tree (dir);
  g_assert_null (r);
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  if (!strstr (error->message, c->says))
    g_error ("'%s' does not say '%s'", error->message, c->says);
}

/* The text of the first record `assay run` writes for @path, through the
 * pipeline @pipeline with @option (nullable) set. */
static char *
run_text (const char *pipeline, const char *path, const char *option)
{
  const char *argv[] = { ASSAY_BIN, "run", pipeline, path, option ? "--set" : NULL, option, NULL };
  return test_first_record_text (argv);
}

/* The same words as plain text and as a page: the text's references are
 * decoded (and its offsets map back), the page's are the parser's, and
 * "&amp;eacute;" in the page, which a browser shows as "&eacute;", stays
 * that.  The option turns the step off. */
static void
test_html_once (void)
{
  const char *words = "In S&#227;o Paulo the caf&eacute; charged &#163;5 for a coffee, "
                      "and the board of AT&amp;T met the press at the caf&amp;eacute; again.";
  g_autofree char *dir = g_dir_make_tmp ("assay-references-XXXXXX", NULL);
  test_write_file (dir, "plain.txt", words, -1);
  g_autofree char *page = g_strdup_printf ("<html><head><title>Coffee</title></head><body><article>"
                                           "<p>%s</p><p>%s</p></article></body></html>",
                                           words, words);
  test_write_file (dir, "page.html", page, -1);
  test_write_file (dir, "cleanup.pipeline", "[pipeline]\nstages=cleanup\n", -1);
  g_autofree char *pipeline = g_build_filename (dir, "cleanup.pipeline", NULL);
  g_autofree char *plain_path = g_build_filename (dir, "plain.txt", NULL);
  g_autofree char *page_path = g_build_filename (dir, "page.html", NULL);

  g_autofree char *plain = run_text (pipeline, plain_path, NULL);
  g_assert_cmpstr (plain, ==,
                   "In São Paulo the café charged £5 for a coffee, and the board of AT&T met the "
                   "press at the caf&eacute; again.");
  g_autofree char *html = run_text (pipeline, page_path, NULL);
  g_assert_nonnull (strstr (html, "In São Paulo the café charged £5 for a coffee, and the board of "
                                  "AT&T met the press at the caf&eacute; again."));
  g_autofree char *off = run_text (pipeline, plain_path, "cleanup.decode-references=false");
  g_assert_nonnull (strstr (off, "S&#227;o Paulo"));

  /* A record cannot pass for a page: its "file" is only metadata, and
   * the key that marks a parsed page is dropped from its input. */
  test_write_file (dir, "records.jsonl",
                   "{\"id\":\"f\",\"text\":\"S&#227;o Paulo &amp; caf&eacute;\",\"file\":\"2004/a.txt\","
                   "\"parsed-from\":\"html\",\"meta\":{\"parsed-from\":\"html\"}}\n",
                   -1);
  g_autofree char *records_path = g_build_filename (dir, "records.jsonl", NULL);
  g_autofree char *record = run_text (pipeline, records_path, NULL);
  g_assert_cmpstr (record, ==, "São Paulo & café");
  test_remove_tree (dir);
}

/* Through the whole stage: references decoded before the encoding repair
 * and the normalisation see the text, so a reference to a byte of
 * mojibake is repaired, "&nbsp;" becomes a space and a control goes. */
static void
test_before_repair (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-references-XXXXXX", NULL);
  test_write_file (dir, "cleanup.pipeline", "[pipeline]\nstages=cleanup\n", -1);
  test_write_file (dir, "plain.txt",
                   "The caf&#195;&#169; in S&#195;&#163;o Paulo, no&nbsp;&nbsp;break, "
                   "soft&shy;hyphen, bell&#7;s, cafe&#769;.",
                   -1);
  g_autofree char *pipeline = g_build_filename (dir, "cleanup.pipeline", NULL);
  g_autofree char *path = g_build_filename (dir, "plain.txt", NULL);
  g_autofree char *text = run_text (pipeline, path, NULL);
  g_assert_cmpstr (text, ==, "The café in São Paulo, no break, softhyphen, bells, café.");
  test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_autoptr (GError) error = NULL;
  references = references_new (CLEANUP_DATA_DIR "/html-entities.tsv", &error);
  g_assert_no_error (error);
  g_test_add_func ("/cleanup/references/decode", test_decode);
  g_test_add_func ("/cleanup/references/not-references", test_not_references);
  g_test_add_func ("/cleanup/references/edges", test_edges);
  g_test_add_func ("/cleanup/references/html-once", test_html_once);
  g_test_add_func ("/cleanup/references/before-repair", test_before_repair);
  for (guint i = 0; i < G_N_ELEMENTS (bad_tables); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cleanup/references/bad-row/%u", i);
      g_test_add_data_func (name, &bad_tables[i], test_bad_table);
    }
  int status = g_test_run ();
  references_free (references);
  return status;
}
