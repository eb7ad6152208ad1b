/* test-html.c: article pages (tests/data/html/, written in the shapes
 * news sites use) into documents: the main text a paragraph a block, page
 * chrome out, metadata from Open Graph, JSON-LD, <meta>, <title> and
 * <time>, and an error for a page with no article. */
#include "test-util.h"

#include <malloc.h>
#include <string.h>

static AssayDocument *
page (const char *name, GError **error)
{
  g_autofree char *path = g_build_filename (TEST_SOURCE_DIR, "data", "html", name, NULL);
  g_autofree char *html = NULL;
  gsize length = 0;
  g_assert_true (g_file_get_contents (path, &html, &length, NULL));
  return assay_html_to_document ("page", html, length, error);
}

static const char *
text_of (const AssayDocument *doc)
{
  return assay_document_get_text (doc, NULL);
}

/* A page with @head and one paragraph of article gives @value as its
 * metadata @key. */
static void
assert_head_gives (const char *head, const char *key, const char *value)
{
  g_autofree char *html = g_strdup_printf (
      "<html><head>%s</head><body><p>%s</p></body></html>", head,
      "A paragraph long enough to be an article's text, with commas, and more words to pass "
      "the shortest article the extractor accepts.");
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = assay_html_to_document ("t", html, strlen (html), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (assay_document_get_meta (doc, key), ==, value);
}

/* TRUE when @para is one whole paragraph of @text. */
static gboolean
has_paragraph (const char *text, const char *para)
{
  g_auto (GStrv) paras = g_strsplit (text, "\n\n", -1);
  return g_strv_contains ((const char *const *) paras, para);
}

static void
test_broadcaster (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = page ("broadcaster.html", &error);
  g_assert_no_error (error);
  const char *text = text_of (doc);
  /* The lead, first, and the last paragraph, last: the text blocks each
   * in a wrapper of their own are gathered from the article. */
  g_assert_true (g_str_has_prefix (text, "The harbour bridge in Port Ellis will close"));
  g_assert_true (g_str_has_suffix (text, "for the duration of the closure."));
  /* Character references decoded, by name, number and hex. */
  g_assert_true (has_paragraph (
      text, "Council leader Maria Lopez said the work \u2014 the largest since the bridge "
            "opened \u2014 could not wait: \u201cWe've patched it for a decade. It\u2019s time.\u201d"));
  g_assert_true (has_paragraph (text, "Shops fear a quiet spring"));
  /* Chrome: menus, the headline, the caption, the link block, related
   * stories, the footer, scripts and styles. */
  const char *absent[] = { "Sport", "Harbour bridge to close", "Photo agency", "repairs delayed",
                           "Related stories", "Copyright", "dataLayer", "display:flex" };
  for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
    g_assert_null (strstr (text, absent[i]));
  g_assert_cmpstr (assay_document_get_meta (doc, "title"), ==,
                   "Harbour bridge to close for six weeks of repairs");
  g_assert_cmpstr (assay_document_get_meta (doc, "published"), ==, "2024-03-05T08:12:00Z");
  g_assert_cmpstr (assay_document_get_meta (doc, "author"), ==, "Ann Other, Sam Writer");
  g_assert_cmpstr (assay_document_get_meta (doc, "source"), ==, "Northern Broadcasting News");
  g_assert_cmpstr (assay_document_get_meta (doc, "url"), ==,
                   "https://news.example.org/news/uk-10001");
}

static void
test_blog (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = page ("blog.html", &error);
  g_assert_no_error (error);
  const char *text = text_of (doc);
  g_assert_true (g_str_has_prefix (text, "A strike by train drivers planned for Wednesday"));
  g_assert_true (has_paragraph (text, "\"We have an offer we can put to our members,\" the "
                                      "union's regional organiser, Tom Hughes, said."));
  g_assert_true (has_paragraph (text, "Thursday: normal timetable all day"));
  g_assert_true (g_str_has_suffix (text, "the result is expected on 5 December."));
  const char *absent[] = { "Business", "Posted on", "Share on", "About time", "Most read",
                           "Privacy" };
  for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
    g_assert_null (strstr (text, absent[i]));
  /* <title> without the site's name. */
  g_assert_cmpstr (assay_document_get_meta (doc, "title"), ==,
                   "Rail strike called off after late-night talks");
  g_assert_cmpstr (assay_document_get_meta (doc, "published"), ==, "2023-11-20T22:45:00+00:00");
  g_assert_cmpstr (assay_document_get_meta (doc, "author"), ==, "Jo Bloggs");
  g_assert_null (assay_document_get_meta (doc, "source"));
}

static void
test_broken_markup (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = page ("broken.html", &error);
  g_assert_no_error (error);
  const char *text = text_of (doc);
  /* Unclosed <p>s are paragraphs still; misnested tags lose no words. */
  g_assert_true (has_paragraph (
      text, "Under the deal, pay rises by 4% this year and by 3% in each of the next two, and "
            "the lowest-paid staff get a one-off payment of \u00a3500."));
  g_assert_true (has_paragraph (
      text, "The council\u2019s finance chief said the cost, about \u00a311m a year, would be met "
            "from reserves and from savings in its office budget, not from cuts to services."));
  /* A <div> of text with <br><br> is paragraphs too. */
  g_assert_true (has_paragraph (text, "Union members voted 71% in favour."));
  g_assert_true (g_str_has_suffix (text, "higher than in any ballot since 2011."));
  /* The headline, in a <font> here, is the title's; the dateline stays. */
  g_assert_true (g_str_has_prefix (text, "June 14, 2019\n\nThe county council"));
  g_assert_null (strstr (text, "Front page"));
  g_assert_null (strstr (text, "Advertise"));
  g_assert_cmpstr (assay_document_get_meta (doc, "title"), ==, "Council & unions agree deal");
  g_assert_cmpstr (assay_document_get_meta (doc, "published"), ==, "2019-06-14");
}

static void
test_comments_and_sidebar (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = page ("comments.html", &error);
  g_assert_no_error (error);
  const char *text = text_of (doc);
  g_assert_true (g_str_has_prefix (text, "A water company has been fined \u00a32m"));
  g_assert_true (g_str_has_suffix (text, "restocked the river with the Angling Trust.\""));
  g_assert_true (has_paragraph (
      text, "Magistrates heard that about 4,000 fish died along a six-mile stretch, and that the "
            "company did not tell the Environment Agency for 31 hours."));
  /* Comments, however long, an advertisement's label, a "Read more"
   * link, the sidebar and the footer stay out. */
  const char *absent[] = { "RiverWatcher", "bonuses", "Advertisement", "Read more", "Most read",
                           "Sign up", "morning briefing", "Registered", "Subscribe" };
  for (guint i = 0; i < G_N_ELEMENTS (absent); i++)
    if (strstr (text, absent[i]))
      g_error ("«%s» in the text:\n%s", absent[i], text);
  g_assert_cmpstr (assay_document_get_meta (doc, "title"), ==,
                   "Water company fined \u00a32m over river spill");
  g_assert_cmpstr (assay_document_get_meta (doc, "author"), ==, "Priya Shah");
  g_assert_cmpstr (assay_document_get_meta (doc, "source"), ==, "The Riverside Post");
}

static void
test_line_breaks (void)
{
  const char *html = "<article><p>A line of text long enough to count as a paragraph, surely."
                     "<br><br><br><br>Another line after breaks, with words, commas, and more."
                     "<br> <br>Third.<br>Fourth, on a line of its own.</p></article>";
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = assay_html_to_document ("b", html, strlen (html), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text_of (doc), ==,
                   "A line of text long enough to count as a paragraph, surely.\n\nAnother line "
                   "after breaks, with words, commas, and more.\n\nThird.\nFourth, on a line of "
                   "its own.");
}

static void
test_bare_paragraphs (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = page ("bare.html", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (text_of (doc),
                                   "a second day.\n\nForecasters expect the wind to ease by Thursday."));
  g_assert_null (assay_document_get_meta (doc, "title"));
}

static void
test_no_article (void)
{
  g_autoptr (GError) error = NULL;
  AssayDocument *doc = page ("index.html", &error);
  g_assert_null (doc);
  g_assert_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_NO_ARTICLE);
  g_assert_nonnull (strstr (error->message, "no article"));

  /* Nothing, and text with no markup at all that is too short. */
  g_clear_error (&error);
  g_assert_null (assay_html_to_document ("e", "", 0, &error));
  g_assert_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_NO_ARTICLE);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr (GString) html = g_string_new ("<html><body><article>");
  for (int i = 0; i < 3; i++)
    g_string_append (html, "<p>A paragraph of some length, with a comma, about caf\xe9 prices "
                           "rising in the city.</p>");
  g_string_append (html, "</article></body></html>");
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = assay_html_to_document ("u", html->str, html->len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (assay_document_get_meta (doc, ASSAY_META_INVALID_UTF8), ==, "3");
  g_assert_nonnull (strstr (text_of (doc), "caf\xef\xbf\xbd prices"));
}

static void
test_declared_charset (void)
{
  /* Latin-1 pages are read as Windows-1252, as browsers read them: 0x93
   * and 0x94 are curly quotes, 0xA3 the pound sign. */
  const char *html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                     "charset=iso-8859-1\"></head><body><p>The caf\xe9 owner said the rent had "
                     "risen to \xa3" "900 a month, \x93" "far too much\x94 for a small business "
                     "like hers in the old town, where shops have closed all year.</p></body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = assay_html_to_document ("c", html, strlen (html), &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text_of (doc), "caf\u00e9 owner"));
  g_assert_nonnull (strstr (text_of (doc), "\u00a3900 a month, \u201cfar too much\u201d"));
  g_assert_null (assay_document_get_meta (doc, ASSAY_META_INVALID_UTF8));
}

static void
test_too_deep (void)
{
  /* 200,000 nested <div>s took gumbo five minutes: refused at once. */
  g_autoptr (GString) html = g_string_new (NULL);
  for (int i = 0; i < 200000; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "text");
  g_autoptr (GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  g_assert_null (assay_html_to_document ("d", html->str, html->len, &error));
  g_assert_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_TOO_DEEP);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  /* Tags in a script are its text, whatever the case of its end tag. */
  g_string_assign (html, "<SCRIPT>var s = '");
  for (int i = 0; i < 1000; i++)
    g_string_append (html, "<div>");
  g_string_append (html, "';</Script><article><p>A paragraph long enough to count as the text of "
                         "an article, with a comma, and then some more words after it, to pass the "
                         "shortest article.</p>"
                         "</article>");
  g_clear_error (&error);
  g_autoptr (AssayDocument) scripted = assay_html_to_document ("s", html->str, html->len, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (text_of (scripted), "var s"));

  /* And the depth counted after the script is the page's. */
  g_string_append (html, "<SCRIPT></SCRIPT>");
  for (int i = 0; i < 1000; i++)
    g_string_append (html, "<div>");
  g_clear_error (&error);
  g_assert_null (assay_html_to_document ("s", html->str, html->len, &error));
  g_assert_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_TOO_DEEP);

  /* Unclosed <p> and <li>, and void elements, do not count as depth. */
  g_string_assign (html, "<article>");
  for (int i = 0; i < 2000; i++)
    g_string_append (html, "<p>Another paragraph, short but long enough to count.<br><img src=x>");
  g_clear_error (&error);
  g_autoptr (AssayDocument) doc = assay_html_to_document ("p", html->str, html->len, &error);
  g_assert_no_error (error);
  g_auto (GStrv) paras = g_strsplit (text_of (doc), "\n\n", -1);
  g_assert_cmpuint (g_strv_length (paras), ==, 2000);
}

static void
test_title_site_name (void)
{
  const char *pages[][2] = {
    { "<title>Site Name | A headline of some words</title>"
      "<meta property='og:site_name' content='Site Name'>",
      "A headline of some words" },
    { "<title>A headline - with a dash inside \u2014 Site</title>", "A headline - with a dash inside" },
    { "<title>Only a headline</title>", "Only a headline" },
    /* JSON-LD: the headline, but its name where only that is in <title> */
    { "<title>The headline - Site</title><script type='application/ld+json'>"
      "{\"headline\":\"The headline\",\"name\":\"The headline\"}</script>",
      "The headline" },
    { "<title>Hermitian matrix - Wikipedia</title><script type='application/ld+json'>"
      "{\"headline\":\"matrix equal to its conjugate transpose\",\"name\":\"Hermitian matrix\"}</script>",
      "Hermitian matrix" },
    /* og:title loses a site name the page declares, and nothing else */
    { "<meta property='og:title' content='A headline of some words - Site Name'>"
      "<meta property='og:site_name' content='Site Name'>",
      "A headline of some words" },
    { "<meta property='og:title' content='A headline of some words | Site Name'>"
      "<meta property='og:site_name' content='Site Name - news as it happens'>",
      "A headline of some words" },
    { "<meta property='og:title' content='A headline - with a dash'>"
      "<meta property='og:site_name' content='Site Name'>",
      "A headline - with a dash" },
    /* a headline that starts with the site's name keeps its end */
    { "<meta property='og:title' content='Reuters reporter detained in Moscow - officials'>"
      "<meta property='og:site_name' content='Reuters'>",
      "Reuters reporter detained in Moscow - officials" },
    { "<meta property='og:title' content='Reuters - Reporter detained in Moscow'>"
      "<meta property='og:site_name' content='Reuters'>",
      "Reporter detained in Moscow" },
    /* JSON-LD's name only from the item whose headline is taken: here
     * the first item (the site's page) has a name the <title> holds */
    { "<title>Example News</title><script type='application/ld+json'>{\"@graph\":["
      "{\"@type\":\"WebPage\",\"name\":\"Example News\",\"datePublished\":\"2024-01-01\"},"
      "{\"@type\":\"NewsArticle\",\"headline\":\"Bridge reopens after repairs\"}]}</script>",
      "Bridge reopens after repairs" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    assert_head_gives (pages[i][0], "title", pages[i][1]);
}

/* A page inside one <form> (as ASP.NET writes pages): the form wraps the
 * article, and is no form of the page to leave out. */
static void
test_form_wrapper (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = page ("form-wrapper.html", &error);
  g_assert_no_error (error);
  const char *text = text_of (doc);
  g_assert_true (g_str_has_prefix (text, "The island ferry will leave the harbour"));
  g_assert_true (g_str_has_suffix (text, "worried about the school run."));
}

/* Paragraphs written as text parted by <br><br> beside a block of their
 * own (a picture's <div>) score for the block that holds them. */
static void
test_br_paragraphs (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = page ("br-paragraphs.html", &error);
  g_assert_no_error (error);
  const char *text = text_of (doc);
  g_assert_true (has_paragraph (text, "Volunteers spent the spring drying and sorting what could be "
                                      "saved, and the council paid for new shelves, carpets and a lift."));
  g_assert_true (g_str_has_suffix (text, "in any week before the flood."));
  g_assert_null (strstr (text, "Opening hours"));
}

/* Class and id hints (data/html-hints.tsv): a block of comments, a
 * survey dialog (by its ARIA role) and a footer, longer and with more
 * commas than the story, are left out. */
static void
test_class_hints (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = page ("class-hints.html", &error);
  g_assert_no_error (error);
  const char *text = text_of (doc);
  g_assert_true (g_str_has_prefix (text, "A family bakery in the old market"));
  g_assert_true (g_str_has_suffix (text, "brought from the north."));
  g_assert_null (strstr (text, "every Saturday"));
  g_assert_null (strstr (text, "Riverside Media"));
  g_assert_null (strstr (text, "new look of our pages")); /* role="dialog" */
}

/* A page whose only article is in a block its class calls a comment is
 * read again without the hints, not refused. */
static void
test_hints_mislead (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = page ("hints-mislead.html", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text_of (doc), "The council's plan to cut the night buses"));
}

/* JSON-LD's datePublished before article:published_time, which many
 * sites fill with the last change; and a JSON-LD block wrapped in
 * <![CDATA[ ]]>, as XHTML-minded templates write it, is still read. */
static void
test_published_sources (void)
{
  const char *pages[][2] = {
    { "<meta property='article:published_time' content='2024-12-07T12:43:39Z'>"
      "<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2024-12-06T22:00:40Z\",\"dateModified\":\"2024-12-07T12:43:39Z\"}</script>",
      "2024-12-06T22:00:40Z" },
    { "<script type='application/ld+json'>\n  //<![CDATA[\n  {\"@type\":\"BlogPosting\","
      "\"datePublished\":\"2024-06-25\"}\n  //]]>\n</script>",
      "2024-06-25" },
    { "<meta property='article:published_time' content='2023-01-02T03:04:05Z'>",
      "2023-01-02T03:04:05Z" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    assert_head_gives (pages[i][0], "published", pages[i][1]);
}

/* A JSON-LD block of two values ("{...}{...}"): json-glib 1.6 kept the
 * first and leaked the second's tree.  The first is still read, and
 * 2,000 such pages leave the heap as it was. */
static void
test_jsonld_two_values (void)
{
  const char *html = "<html><head><title>Two - Site</title><script type='application/ld+json'>"
                     "{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-06-25\"}"
                     "{\"@type\":\"Person\",\"name\":\"X\"}</script></head>"
                     "<body><p>A sentence of the page's text, long enough to be its body. A second one follows it here, "
                     "and a third, so that the page holds an article of its own.</p></body></html>";
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) first = assay_html_to_document ("j", html, strlen (html), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (assay_document_get_meta (first, "published"), ==, "2024-06-25");
  gsize before = mallinfo2 ().uordblks;
  for (guint i = 0; i < 2000; i++)
    {
      AssayDocument *doc = assay_html_to_document ("j", html, strlen (html), NULL);
      g_assert_nonnull (doc);
      assay_document_free (doc);
    }
  gssize grown = (gssize) (mallinfo2 ().uordblks - before);
  g_test_message ("heap after 2,000 such pages: %+" G_GSSIZE_FORMAT " bytes", grown);
  g_assert_cmpint (grown, <, 256 * 1024); /* leaking, about 1.1 MB */
}

/* An article in sections, each in wrappers of its own, parted by
 * pictures: its holders score alike, and the block that holds them all
 * is the article, not the first section alone. */
static void
test_sections (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = page ("sections.html", &error);
  g_assert_no_error (error);
  const char *text = text_of (doc);
  g_assert_true (g_str_has_prefix (text, "The river authority opened the new flood barrier"));
  g_assert_true (g_str_has_suffix (text, "the story of the floods and the barrier."));
  g_assert_null (strstr (text, "Weather"));
}

/* Holders that score alike are ranked by their place in the page, not by
 * where the parser's nodes happen to lie in memory: the same page gives
 * the same article on every run.  Each page here holds several sections
 * whose one paragraph scores the same; the first is the article. */
static void
test_ties_in_page_order (void)
{
  for (guint sections = 2; sections <= 6; sections++)
    {
      g_autoptr (GString) html = g_string_new ("<html><body>");
      for (guint i = 0; i < sections; i++)
        g_string_append_printf (html,
                                "<section><div><p>Section %u of the page, a paragraph long enough "
                                "to be an article's text, with commas, and more words to pass the "
                                "shortest article the extractor accepts.</p></div></section>",
                                i);
      g_string_append (html, "</body></html>");
      /* Allocations between the runs move the parser's nodes in memory. */
      GPtrArray *spacers = g_ptr_array_new_with_free_func (g_free);
      for (guint run = 0; run < 16; run++)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (AssayDocument) doc
              = assay_html_to_document ("t", html->str, html->len, &error);
          g_assert_no_error (error);
          g_assert_true (g_str_has_prefix (text_of (doc), "Section 0 of the page"));
          g_assert_null (strstr (text_of (doc), "Section 1 of"));
          g_ptr_array_add (spacers, g_malloc (24 + run * 40));
        }
      g_ptr_array_unref (spacers);
    }
}

/* Readability's "hid" hint is a whole class token ("photo hid"), not the
 * start of one ("hidpi"): a block so marked scores 25 less and loses to
 * a shorter story elsewhere on the page; one with a longer class does
 * not.  (The rows are written with \s, not spaces an editor may strip.) */
static void
test_hid_token (void)
{
  const char *classes[][2] = {
    { "photo hid", "A shorter story" }, { "hid", "A shorter story" },
    { "hid photo", "A shorter story" }, { "hidpi", "The longer story" },
    { "photo hidpi", "The longer story" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      g_autofree char *html = g_strdup_printf (
          "<html><body><section><div class='%s'><p>The longer story, its first part with three "
          "commas, in a block whose class decides it and more words so that it scores more.</p>"
          "<p>Its second part, with three commas too, in the same block and again, enough words "
          "to pass the shortest.</p></div></section><section><div><p>A shorter story, with six "
          "commas, in a block, of its own, long enough, to be the article, when the other loses "
          "its place to it."
          "</p></div></section></body></html>",
          classes[i][0]);
      g_autoptr (GError) error = NULL;
      g_autoptr (AssayDocument) doc = assay_html_to_document ("h", html, strlen (html), &error);
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (text_of (doc), classes[i][1]));
    }
}

/* A page of 120 wrappers, each "<form><div>A sentence.</form>" (the end
 * tag of a form leaves its <div> open, so the next nests inside) or, with
 * @forms FALSE, the same tree of "<div><div>A sentence."; then @bold
 * "<b>x</b>" and an <h1>, so that every <form> wraps the page. */
static GString *
nested_wrappers (gboolean forms, guint bold)
{
  GString *html = g_string_new ("<html><body>");
  for (guint i = 0; i < 120; i++)
    g_string_append_printf (html, "<%s><div>A sentence of the page, number %u, with a comma.%s",
                            forms ? "form" : "div", i, forms ? "</form>" : "");
  for (guint i = 0; i < bold; i++)
    g_string_append (html, "<b>x</b>");
  g_string_append (html, "<h1>The headline</h1></body></html>");
  return html;
}

/* Whether a <form> wraps the page is found once a page, not again at
 * every walk that meets it: nested page-wrapping forms cost no more work
 * (elements visited) than the same tree of <div>s.  Asked again at each
 * meeting, the forms' subtrees were walked over and over: 30 times the
 * work here, a hundred times on 100,000 <b>s (26 s against 0.25 s). */
static void
test_nested_forms_work (void)
{
  guint64 visits[2] = { 0 };
  for (guint forms = 0; forms < 2; forms++)
    {
      g_autoptr (GString) html = nested_wrappers (forms, 5000);
      g_autoptr (GError) error = NULL;
      g_autoptr (AssayDocument) doc
          = assay_html_to_document_counting ("f", html->str, html->len, &visits[forms], &error);
      g_assert_no_error (error);
      /* the forms wrap the page: their sentences are the article's */
      g_assert_nonnull (strstr (text_of (doc), "A sentence of the page, number 1, with a comma."));
      g_assert_nonnull (strstr (text_of (doc), "number 119, with a comma."));
    }
  g_assert_cmpuint (visits[0], >, 0);
  g_assert_cmpuint (visits[1], <=, visits[0] + visits[0] / 2);
}

/* Paragraphs inside an inline or unknown element (<span>, <font>, a
 * custom element, as some sites' templates wrap their article) are
 * paragraphs still: each scores on its own, so the article is not one
 * run of text that a box of short, comma-rich paragraphs beats, and each
 * stays a paragraph of the text. */
static void
test_inline_wrappers (void)
{
  const char *paras[] = {
    "The town's oldest cinema will reopen in the spring after a two-year restoration that "
    "saved its painted ceiling, its balcony and the organ that played before the films, the "
    "trust that owns it said on Monday after the last of the scaffolding came down.",
    "Volunteers spent more than four thousand hours cleaning the plaster mouldings by hand, "
    "and a firm from the coast rebuilt the projection room, which had stood empty since the "
    "last reel was shown there in the winter of 1998, when the old owners closed it.",
    "The first film will be the one that opened the cinema in 1931, the trust said, with an "
    "orchestra from the music school playing the score that was written for it and seats sold "
    "at the price they cost that year, converted, for the first night only.",
    "Tickets for the rest of the season go on sale next week, and the trust hopes the cinema "
    "will pay its own way within three years, with films in the evening, concerts at the "
    "weekend and the café in the old foyer open to anyone during the day.",
    "The restoration cost a little over two million pounds, most of it from a national fund "
    "for old buildings, and the rest from a public appeal that raised more in its first month "
    "than the trust had hoped to raise in a year of asking around the town.",
    "Its chair said the people who had given to the appeal, some of whom had their first date "
    "in the back row decades ago, would be invited to a showing of their own before the doors "
    "open to the public, as a thank you for keeping the cinema alive.",
  };
  const char *tags[] = { "span", "font", "article-body" };
  for (guint t = 0; t < G_N_ELEMENTS (tags); t++)
    {
      g_autoptr (GString) html = g_string_new (NULL);
      g_string_append_printf (html, "<html><body><div id='col'><%s>", tags[t]);
      for (guint i = 0; i < G_N_ELEMENTS (paras); i++)
        g_string_append_printf (html, "<p>%s</p>", paras[i]);
      /* A box elsewhere in the page: it beats the article scored as one run. */
      g_string_append_printf (html, "</%s></div><div class='side'><div class='box'>", tags[t]);
      for (guint i = 0; i < 3; i++)
        g_string_append (html, "<p>Markets, fairs, talks, walks and music, all week, in town: a "
                               "list, by day, of what is on.</p>");
      g_string_append (html, "</div></div></body></html>");
      g_autoptr (GError) error = NULL;
      g_autoptr (AssayDocument) doc = assay_html_to_document ("w", html->str, html->len, &error);
      g_assert_no_error (error);
      g_assert_null (strstr (text_of (doc), "Markets, fairs"));
      for (guint i = 0; i < G_N_ELEMENTS (paras); i++)
        g_assert_true (has_paragraph (text_of (doc), paras[i]));
    }

  /* Blocks inside a link (a list of story cards) are link text: the
   * cards are no article. */
  g_autoptr (GString) html = g_string_new ("<html><body><div id='story'>");
  for (guint i = 0; i < G_N_ELEMENTS (paras); i++)
    g_string_append_printf (html, "<p>%s</p>", paras[i]);
  g_string_append (html, "</div><div id='more'>");
  for (guint i = 0; i < 8; i++)
    g_string_append_printf (html, "<a href='/s%u'><div><p>Related story %u, with commas, many, "
                            "of, them, here, and, there, so, that, it, scores, well.</p><p>And "
                            "more, of, the, same, in, a, second, paragraph, of, the, card.</p>"
                            "</div></a>",
                            i, i);
  g_string_append (html, "</div></body></html>");
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayDocument) doc = assay_html_to_document ("c", html->str, html->len, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (text_of (doc), paras[0]));
  g_assert_null (strstr (text_of (doc), "Related story"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/html/broadcaster", test_broadcaster);
  g_test_add_func ("/html/blog", test_blog);
  g_test_add_func ("/html/broken-markup", test_broken_markup);
  g_test_add_func ("/html/comments-and-sidebar", test_comments_and_sidebar);
  g_test_add_func ("/html/line-breaks", test_line_breaks);
  g_test_add_func ("/html/bare-paragraphs", test_bare_paragraphs);
  g_test_add_func ("/html/no-article", test_no_article);
  g_test_add_func ("/html/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/html/declared-charset", test_declared_charset);
  g_test_add_func ("/html/too-deep", test_too_deep);
  g_test_add_func ("/html/title-site-name", test_title_site_name);
  g_test_add_func ("/html/form-wrapper", test_form_wrapper);
  g_test_add_func ("/html/br-paragraphs", test_br_paragraphs);
  g_test_add_func ("/html/class-hints", test_class_hints);
  g_test_add_func ("/html/hints-mislead", test_hints_mislead);
  g_test_add_func ("/html/published-sources", test_published_sources);
  g_test_add_func ("/html/sections", test_sections);
  g_test_add_func ("/html/ties-in-page-order", test_ties_in_page_order);
  g_test_add_func ("/html/hid-token", test_hid_token);
  g_test_add_func ("/html/nested-forms-work", test_nested_forms_work);
  g_test_add_func ("/html/inline-wrappers", test_inline_wrappers);
  g_test_add_func ("/html/jsonld-two-values", test_jsonld_two_values);
  return g_test_run ();
}
