/* test-cleanup.c: the cleanup stage's passes on cases written here, and its
 * encoding repair on the ftfy test cases with the measured counts as floors. */
#include "cleanup-private.h"
#include "../../core/test-util.h"

#include <string.h>
#include <unistd.h>
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
    { "ends with one\n", "ends with one\n" },
    { "ends with many \n\n \n", "ends with many\n" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = normalized (cases[i].in, cases[i].fold);
      if (strcmp (got, cases[i].out) != 0)
        g_error ("«%s» became «%s», expected «%s»", cases[i].in, got, cases[i].out);
    }
}

/* normalize_text() passes over sixteen plain bytes at a time: each change
 * is put at every position in and around such a block (after k letters),
 * so that a double space, a space before a line break or at a line's
 * start, or a control character is found wherever it falls. */
static void
test_normalize_blocks (void)
{
  const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "  b", " b" },        /* a double space becomes one */
    { " \nb", "\nb" },      /* no space at a line's end */
    { "\n b", "\nb" },      /* nor at its start */
    { "\x01" "b", "b" },     /* a control character goes */
    { "\r\nb", "\nb" },     /* one newline convention */
    { "e\xcc\x81", "\xc3\xa9" }, /* NFC across the block's end */
  };
  const char *tail = " and some words after it, long enough for two blocks";
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint k = 1; k < 40; k++)
      {
        g_autofree char *letters = g_strnfill (k, 'a');
        g_autofree char *in = g_strconcat (letters, cases[i].in, tail, NULL);
        g_autofree char *want = g_strconcat (letters, cases[i].out, tail, NULL);
        g_autofree char *got = normalized (in, FALSE);
        if (strcmp (got, want) != 0)
          g_error ("«%s» became «%s», expected «%s»", in, got, want);
      }
}

static Segmenter *segmenter;

/* Runs the segmenter over @text and returns @layer's spans joined by '|'. */
static char *
spans (const char *text, const char *layer)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("s", text, -1);
  g_autoptr (GError) error = NULL;
  g_assert_true (segment_document (segmenter, doc, TRUE, &error));
  guint n;
  AssayAnnotation *const *list = assay_document_get_annotations (doc, layer, &n);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      if (i)
        g_string_append_c (out, '|');
      g_string_append_len (out, text + assay_annotation_get_start (list[i]),
                           assay_annotation_get_end (list[i]) - assay_annotation_get_start (list[i]));
    }
  return g_string_free (out, FALSE);
}

static void
test_sentences (void)
{
  const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "Mr. Smith met Gen. Petraeus at No. 10. They talked.",
      "Mr. Smith met Gen. Petraeus at No. 10.|They talked." },
    { "The U.S. and the U.K. agreed. Then E.U. officials left.",
      "The U.S. and the U.K. agreed.|Then E.U. officials left." },
    { "Growth was 3.5 per cent. It fell to 2.1% in Q3.", "Growth was 3.5 per cent.|It fell to 2.1% in Q3." },
    { "J. R. R. Tolkien wrote it. W. H. Auden did not.", "J. R. R. Tolkien wrote it.|W. H. Auden did not." },
    { "\"Is it over?\" he asked. \"Yes!\" she said.", "\"Is it over?\" he asked.|\"Yes!\" she said." },
    { "“We condemn it.” The ministry agreed.", "“We condemn it.”|The ministry agreed." },
    { "He left (after lunch. Really.) and came back. Done.",
      "He left (after lunch. Really.) and came back.|Done." },
    /* square and curly brackets as round ones (the sentence scan finds
     * all six by two folded tests sixteen bytes at a time) */
    { "He left [after lunch. Really.] and came back. Done.",
      "He left [after lunch. Really.] and came back.|Done." },
    { "He left {after lunch. Really.} and came back. Done.",
      "He left {after lunch. Really.} and came back.|Done." },
    /* bytes next to the brackets' are none: the stops after them split */
    { "Type a|b or a\\b or a^b or a_b or y`. Then go. Y* and Z+ too. Done.",
      "Type a|b or a\\b or a^b or a_b or y`.|Then go.|Y* and Z+ too.|Done." },
    { "Signs: *, +, ;, <, =, >, @, \\, |, ~. Then more text here.",
      "Signs: *, +, ;, <, =, >, @, \\, |, ~.|Then more text here." },
    { "Prices rose... Then they fell.", "Prices rose...|Then they fell." },
    { "Smith et al. found it. Others did not.", "Smith et al. found it.|Others did not." },
    { "Headline without a stop\nThe body starts here. It goes on.",
      "Headline without a stop|The body starts here.|It goes on." },
    { "This line of the report was wrapped by hand at\nforty characters or more.",
      "This line of the report was wrapped by hand at\nforty characters or more." },
    { "It was 5 p.m. on Jan. 7 in St. Louis. Nothing happened.",
      "It was 5 p.m. on Jan. 7 in St. Louis.|Nothing happened." },
    { "[1] Kostyuk, A. (2020). APT31. Cyber Threat Analysis. Retrieved May 1.",
      "[1] Kostyuk, A. (2020). APT31. Cyber Threat Analysis. Retrieved May 1." },
    /* a month's or weekday's abbreviation (marked `date`) ends its
     * sentence before an English word that opens one */
    { "The match ended on 8 Apr. It rained all day.", "The match ended on 8 Apr.|It rained all day." },
    { "The deal closed on 3 Dec. The firm was pleased.", "The deal closed on 3 Dec.|The firm was pleased." },
    { "It came on Fri. I was there.", "It came on Fri.|I was there." },
    { "Talks were on 8 Apr. A spokesman said no.", "Talks were on 8 Apr.|A spokesman said no." },
    /* near it: a day after it, a name (kept, as after \"Dr.\"), an
     * initial, a title's abbreviation before an opener, an opener in
     * lowercase */
    { "It opens on Apr. 8 in London. Done.", "It opens on Apr. 8 in London.|Done." },
    { "He was born on 8 Apr. Smith said so.", "He was born on 8 Apr. Smith said so." },
    { "They met on 8 Apr. A. Smith was there.", "They met on 8 Apr. A. Smith was there." },
    { "He met Dr. It was late.", "He met Dr. It was late." },
    { "Due by Jan. he said.", "Due by Jan. he said." },
    /* an opener joining two dates in a range or a list, or a form of
     * "be" after a month as its subject, goes on the sentence */
    { "The offer runs Mon. To Fri. every week.", "The offer runs Mon. To Fri. every week." },
    /* a capitalised first word is no name's ("Shop Mon."), and a range
     * word after a name's capital still joins two date abbreviations */
    { "Shop Mon. To Fri. from 9am.", "Shop Mon. To Fri. from 9am." },
    { "Open Mon. To Sat.", "Open Mon. To Sat." },
    { "Visit Harbour Mon. To Fri. at noon.", "Visit Harbour Mon. To Fri. at noon." },
    { "Shop Mon. Then rest.", "Shop Mon.|Then rest." },
    { "He read the Sun. To many it was news.", "He read the Sun.|To many it was news." },
    { "Shops open Mon. Through Sat. from 9am.", "Shops open Mon. Through Sat. from 9am." },
    { "Results for Jan. And Feb. were weak.", "Results for Jan. And Feb. were weak." },
    { "Figures for Nov. Are expected Tuesday.", "Figures for Nov. Are expected Tuesday." },
    /* near them: an opener before a word that is no date, "Are" before a
     * pronoun (a question), "And" opening a sentence */
    { "Talks ended on Mon. To many it was late.", "Talks ended on Mon.|To many it was late." },
    { "Talks ended on Dec. Are they over?", "Talks ended on Dec.|Are they over?" },
    { "Sales fell in Jan. And the firm cut jobs.", "Sales fell in Jan.|And the firm cut jobs." },
    { "It ended in Jan. Is it back? No.", "It ended in Jan.|Is it back?|No." },
    /* "Sun" after "the" or a capitalised word is a name (the newspaper,
     * a pub): its stop ends the sentence before any capital */
    { "He drank at the Rising Sun. Call it a pub.", "He drank at the Rising Sun.|Call it a pub." },
    { "He told the Sun. Smith denied it.", "He told the Sun.|Smith denied it." },
    { "Shops open Mon. To Sun. Smith said.", "Shops open Mon. To Sun. Smith said." },
    { "It shut on Sun. Smith said so.", "It shut on Sun. Smith said so." },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = spans (cases[i].in, "sentence");
      if (strcmp (got, cases[i].out) != 0)
        g_error ("«%s» split as «%s», expected «%s»", cases[i].in, got, cases[i].out);
    }
}

static void
test_tokens (void)
{
  g_autofree char *got = spans ("Mr. O’Neill’s 3,400 e-mails (at 10:30, 2025-05-29) cost $1.5m... U.S.-made?",
                                "token");
  g_assert_cmpstr (got, ==, "Mr.|O’Neill’s|3,400|e-mails|(|at|10:30|,|2025-05-29|)|cost|$|1.5m|...|U.S.|-|made|?");
}

/* An ampersand glued between two capitals is inside the word ("AT&T",
 * "R&D" before a sentence's stop, which is no initial's); spaced, before a
 * lowercase letter or a digit, or at an end, it is a token of its own. */
static void
test_tokens_ampersand (void)
{
  static const struct
  {
    const char *text, *tokens;
  } rows[] = {
    { "AT&T and P&O rose.", "AT&T|and|P&O|rose|." },
    { "It spent more on R&D. Then B&Q's shares fell.", "It|spent|more|on|R&D|.|Then|B&Q's|shares|fell|." },
    { "Marks & Spencer rose.", "Marks|&|Spencer|rose|." },
    { "Marks&Spencer, AT&t, A&1 and AT&amp;T rose", "Marks|&|Spencer|,|AT|&|t|,|A|&|1|and|AT|&|amp|;|T|rose" },
    { "R& D and R &D and AT&", "R|&|D|and|R|&|D|and|AT|&" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *got = spans (rows[i].text, "token");
      g_assert_cmpstr (got, ==, rows[i].tokens);
    }
}

/* Plain words are tokenized 64 bytes at a time where 64 bytes are left
 * in the text, the rest a character at a time: a paragraph gives the same
 * tokens alone (its end read the slow way) and at every alignment with a
 * paragraph after it (read the fast way throughout). */
static void
test_tokens_blocks (void)
{
  static const char *const parts[] = {
    "the", "Minister", "3,400", "e-mails", "O’Neill’s", "don't", "10:30", "2025-05-29", "U.S.",
    "Mr.", "et al.", "p.m.", "café", "naïve", "über", "$1.5m", "...", "(at", "noon)", "“quoted”",
    "a/b", "x,y", "ab1cd2", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    "a-", "b:", "c'", "/d", "e,", "f;g", "h!", "i?j", "k\"l", "m'n'", "x:1", "2,b", "o-.", "p-’", "q,é",
    "r/-", "s'(", "t\x01u", "v--w", "#x", "y.z", "§", "z,\n", "AT&T", "R&D.", "M&s", "A&", "&B",
  };
  static const char *const gaps[] = { " ", " ", " ", "  ", "\t", ", ", "; ", " - ", "\n", " \u00a0 " };
  g_autoptr (GRand) rand = g_rand_new_with_seed (9);
  const char *after = "Another paragraph follows, long enough that every byte of the one before "
                      "has sixty-four more after it.";
  g_autofree char *after_tokens = spans (after, "token");
  for (guint round = 0; round < 30; round++)
    {
      g_autoptr (GString) para = g_string_new (NULL);
      guint n = g_rand_int_range (rand, 1, 120);
      for (guint i = 0; i < n; i++)
        {
          g_string_append (para, parts[g_rand_int_range (rand, 0, G_N_ELEMENTS (parts))]);
          g_string_append (para, gaps[g_rand_int_range (rand, 0, G_N_ELEMENTS (gaps))]);
        }
      /* and a last token that a joiner makes, or a stop ends */
      static const char *const last[] = { "end.", "a-b", "1,2", "it's", "q", "x/" };
      g_string_append (para, last[g_rand_int_range (rand, 0, G_N_ELEMENTS (last))]);
      g_autofree char *alone = spans (para->str, "token");
      g_autofree char *want = g_strconcat (alone, "|", after_tokens, NULL);
      for (guint shift = 0; shift < 64; shift++)
        {
          g_autofree char *text = g_strdup_printf ("%*s%s\n\n%s", (int) shift, "", para->str, after);
          g_autofree char *got = spans (text, "token");
          if (strcmp (got, want) != 0)
            g_error ("shifted by %u, «%s» gave «%s», alone «%s»", shift, text, got, want);
        }
    }
  g_autofree char *three = spans ("Mr. O’Neill’s 3,400 e-mails cost $1.5m... U.S.-made? "
                                  "Mr. O’Neill’s 3,400 e-mails cost $1.5m... U.S.-made? "
                                  "the plain words of a long sentence, and ab12 at its end",
                                  "token");
  g_assert_cmpstr (three, ==, "Mr.|O’Neill’s|3,400|e-mails|cost|$|1.5m|...|U.S.|-|made|?|"
                              "Mr.|O’Neill’s|3,400|e-mails|cost|$|1.5m|...|U.S.|-|made|?|"
                              "the|plain|words|of|a|long|sentence|,|and|ab12|at|its|end");
}

static void
test_paragraphs (void)
{
  g_autofree char *got = spans ("Title line\nBy A Writer\n\nThe first paragraph was wrapped by its writer\n"
                                "at a fixed width.\nSecond para.\n\n\nThird.",
                                "paragraph");
  g_assert_cmpstr (got, ==, "Title line|By A Writer|The first paragraph was wrapped by its writer\n"
                            "at a fixed width.|Second para.|Third.");
}

static Structure *structure;

static void
test_parse_when (void)
{
  const struct
  {
    const char *in;
    const char *out;
  } cases[] = {
    { "May 29, 2025 15:23 IST", "2025-05-29T15:23+05:30" },
    { "12 January 2024, 09:15 GMT", "2024-01-12T09:15Z" },
    { "March 5, 2024 09:12 CET", "2024-03-05T09:12+01:00" },
    { "Thursday 29 May 2025", "2025-05-29" },
    { "Jan. 7, 2024, 6:05 pm EST", "2024-01-07T18:05-05:00" },
    { "2024-03-05T09:12:00Z", "2024-03-05T09:12Z" },
    { "2024-03-05 09:12+02:00", "2024-03-05T09:12+02:00" },
    { "2024-03-05", "2024-03-05" },
    { "May 28th", "XXXX-05-28" },
    { "Sept 3, 2023 at 10:00", "2023-09-03T10:00" },
    { "no date here", NULL },
    { "May 45, 2024", NULL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = structure_parse_when (structure, cases[i].in, strlen (cases[i].in));
      if (g_strcmp0 (got, cases[i].out) != 0)
        g_error ("«%s» read as %s, expected %s", cases[i].in, got, cases[i].out);
    }
}

/* Runs segmentation and structure over @text, with @published given by
 * the input when not NULL; returns "meta key=value;...|section,section". */
static char *
structure_of (const char *text, const char *published)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("s", text, -1);
  if (published)
    assay_document_set_meta (doc, "published", published, NULL);
  g_autoptr (GError) error = NULL;
  g_assert_true (segment_document (segmenter, doc, FALSE, &error));
  g_assert_true (structure_annotate (structure, doc, &error));
  g_assert_no_error (error);
  GString *out = g_string_new (NULL);
  const char *keys[] = { "title", "byline", "agency", "published", "updated", "dateline-place",
                         "dateline-country", "dateline-date" };
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (assay_document_get_meta (doc, keys[i]))
      g_string_append_printf (out, "%s=%s;", keys[i], assay_document_get_meta (doc, keys[i]));
  g_string_append_c (out, '|');
  guint n;
  AssayAnnotation *const *sections = assay_document_get_annotations (doc, "section", &n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s", i ? "," : "", assay_annotation_get_label (sections[i]));
  return g_string_free (out, FALSE);
}

static void
test_structure (void)
{
  const struct
  {
    const char *text;
    const char *published;
    const char *out;
  } cases[] = {
    { "Floods hit the north\n\nBy Jane Roe | Posted 12 January 2024, 09:15 GMT\n\n"
      "LONDON, Jan 12 (Reuters) - Rivers burst their banks on Friday.",
      NULL,
      "title=Floods hit the north;byline=Jane Roe;agency=Reuters;published=2024-01-12T09:15Z;"
      "dateline-place=LONDON;dateline-date=2024-01-12;|title,byline,body" },
    { "Oct 2 (UPI) — Talks resumed on Monday.", "2023-10-03",
      "agency=UPI;published=2023-10-03;dateline-date=2023-10-02;|body" },
    { "Dec 31 (AFP) — Fireworks lit the sky.", "2024-01-01",
      "agency=AFP;published=2024-01-01;dateline-date=2023-12-31;|body" },
    { "Headline\nBy AP | Updated: March 5, 2024 09:12 CET\nBody text here.", "2024-03-04",
      "title=Headline;byline=AP;agency=AP;published=2024-03-04;updated=2024-03-05T09:12+01:00;|title,byline,body" },
    { "By early 2005 the net could have two new domain names.\nMore text.", NULL, "|body" },
    { "Report\nThe body cites work.\n[1] Roe, J. (2023, February 8). A title. Retrieved May 1.\n"
      "[2] Doe, A. A second work.\nThe body goes on.",
      NULL, "title=Report;|title,body,references,body" },
    { "Analysis\nText of it.\nSources\nhttps://example.org/report\nSmith (2021) on ports.", NULL,
      "title=Analysis;|title,body,references" },
    /* A date-and-time line under the headline, with no word before it. */
    { "Port reopens after attack\nTuesday 5 March 2024, 14:30 CET\n\nThe port reopened on Tuesday.", NULL,
      "title=Port reopens after attack;published=2024-03-05T14:30+01:00;|title,byline,body" },
    /* Numbers in the dates stage's order: day first with dots and dashes,
     * month first with slashes unless the month would pass 12. */
    { "Port reopens\n05.03.2024 09:12\n\nThe port reopened.", NULL,
      "title=Port reopens;published=2024-03-05T09:12;|title,byline,body" },
    { "Port reopens\nPublished: 25/03/2024\n\nThe port reopened.", NULL,
      "title=Port reopens;published=2024-03-25;|title,byline,body" },
    { "Port reopens\nPublished: 05/03/2024\n\nThe port reopened.", NULL,
      "title=Port reopens;published=2024-05-03;|title,byline,body" },
    { "Port reopens\n05-03-2024\n\nThe port reopened.", NULL,
      "title=Port reopens;published=2024-03-05;|title,byline,body" },
    /* A sentence with a date in it is no date line. */
    { "Port reopens\nThe port said on 5 March 2024 that it reopened.\n\nMore.", NULL,
      "title=Port reopens;|title,body" },
    /* A time line's keyword after a separator, past the first sixteen
     * bytes (cleanup_find_start()), and where the separator is not ASCII;
     * the keyword opening the line; and near them, a keyword inside a
     * sentence, with or without a separator later in the line, which
     * is no time line. */
    { "Port reopens\nBy Jane Roe \u2022 Published 5 March 2024 09:12 GMT\n\nThe port reopened.", NULL,
      "title=Port reopens;byline=Jane Roe;published=2024-03-05T09:12Z;|title,byline,body" },
    { "Port reopens\nJane Roe for the Daily Courier \u00b7 Updated 6 March 2024, 10:00 CET\n\nThe port reopened.",
      NULL,
      "title=Port reopens;published=2024-03-06T10:00+01:00;updated=2024-03-06T10:00+01:00;|title,byline,body" },
    { "Port reopens\nFrom the wires and our own correspondents | posted: 7 March 2024\n\nThe port reopened.", NULL,
      "title=Port reopens;published=2024-03-07;|title,byline,body" },
    { "Port reopens\nDated 8 March 2024\n\nThe port reopened.", NULL,
      "title=Port reopens;published=2024-03-08;|title,byline,body" },
    { "Port reopens\nThe report was published on 5 March 2024 by the ministry.\n\nMore.", NULL,
      "title=Port reopens;|title,body" },
    { "Port reopens\nThe ministry updated the figures on 6 March 2024 | a spokesman said\n\nMore.", NULL,
      "title=Port reopens;|title,body" },
    { "Port reopens\nStaff report \u2022 filed from the docks, no date given\n\nThe port reopened.", NULL,
      "title=Port reopens;|title,body" },
    /* A first line is a title when it ends as a heading does (an
     * ellipsis, a letter beyond ASCII) and has thirty words at most; not
     * when it ends in a comma or has thirty-one. */
    { "Talks resume...\n\nThe talks resumed.", NULL, "title=Talks resume...;|title,body" },
    { "Talks resume in Geneva \u00e9\n\nThe talks resumed.", NULL,
      "title=Talks resume in Geneva \u00e9;|title,body" },
    { "Talks resume,\n\nThe talks resumed.", NULL, "|body" },
    { "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
      "sixteen seventeen eighteen nineteen twenty a b c d e f g h i j\n\nThe talks resumed.",
      NULL,
      "title=One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
      "sixteen seventeen eighteen nineteen twenty a b c d e f g h i j;|title,body" },
    { "One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
      "sixteen seventeen eighteen nineteen twenty a b c d e f g h i j k\n\nThe talks resumed.",
      NULL, "|body" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = structure_of (cases[i].text, cases[i].published);
      if (strcmp (got, cases[i].out) != 0)
        g_error ("case %u: got\n  %s\nexpected\n  %s", i, got, cases[i].out);
    }
}

/* More paragraphs than structure_annotate() keeps on the stack (64): the
 * blocks past them are read where they were moved, and a reference list
 * after the hundredth paragraph is found whole, with the title before. */
static void
test_structure_many_blocks (void)
{
  GString *text = g_string_new ("Harbour works go on\n\n");
  for (guint i = 0; i < 150; i++)
    g_string_append_printf (text, "Paragraph %u of the report says the works go on.\n\n", i);
  g_string_append (text, "References\n\n[1] Roe, J. (2021). Harbours. Retrieved from the archive.\n\n"
                         "[2] Doe, A. (2022). Quays. Retrieved from the archive.");
  g_autofree char *got = structure_of (text->str, NULL);
  g_string_free (text, TRUE);
  g_assert_cmpstr (got, ==, "title=Harbour works go on;|title,body,references");
}

/* Passages written for the purpose (langid-passages.tsv), each quoted in
 * an English report: a foreign one must be tagged with its language, an
 * English one not at all.  The floor is what was measured.  Run twice:
 * with the common words (passages plainly English are not read by CLD2)
 * and without (every passage read), which must agree. */
#define LANGID_CORRECT_FLOOR 26

static CommonWords *common_words;

static void
test_language_passages (void)
{
  g_autofree char *data = NULL;
  g_assert_true (g_file_get_contents (TEST_SOURCE_DIR "/plugins/cleanup/langid-passages.tsv", &data,
                                      NULL, NULL));
  g_auto (GStrv) lines = g_strsplit (data, "\n", -1);
  for (guint with_words = 0; with_words < 2; with_words++)
    {
      guint total = 0, correct = 0;
      for (char **l = lines; *l; l++)
        {
          if (**l == '#' || **l == '\0')
            continue;
          g_auto (GStrv) f = g_strsplit (*l, "\t", 2);
          g_autofree char *text = g_strdup_printf (
              "Officials spoke to reporters on Wednesday about the attack on the ministry network. "
              "One of them put it plainly: “%s” The statement was published later that day.",
              f[1]);
          g_autoptr (AssayDocument) doc = assay_document_new ("l", text, -1);
          g_assert_true (segment_document (segmenter, doc, FALSE, NULL));
          g_assert_true (language_annotate (with_words ? common_words : NULL, doc, 40, NULL));
          g_assert_cmpstr (assay_document_get_meta (doc, "lang"), ==, "en");
          guint n;
          AssayAnnotation *const *tags = assay_document_get_annotations (doc, "language", &n);
          gboolean ok = strcmp (f[0], "en") == 0
                            ? n == 0
                            : n == 1 && strcmp (assay_annotation_get_label (tags[0]), f[0]) == 0;
          if (!ok)
            g_test_message ("missed: %s %s (%u tags%s%s)", f[0], f[1], n, n ? ", first " : "",
                            n ? assay_annotation_get_label (tags[0]) : "");
          total++, correct += ok;
        }
      g_test_message ("language passages, %s common words: %u of %u right",
                      with_words ? "with" : "without", correct, total);
      g_assert_cmpuint (correct, >=, LANGID_CORRECT_FLOOR);
    }
}

/* A document in a language the words know, with the input saying it is
 * another: every sentence is then a passage to read, and is tagged. */
static void
test_language_meta_disagrees (void)
{
  const char *text = "The minister said the attack had lasted for several months before it was "
                     "found. She told reporters that the ministry would not let it go without a "
                     "firm answer from all of its partners.";
  g_autoptr (AssayDocument) doc = assay_document_new ("m", text, -1);
  g_assert_true (assay_document_set_meta (doc, "lang", "de", NULL));
  g_assert_true (segment_document (segmenter, doc, FALSE, NULL));
  g_assert_true (language_annotate (common_words, doc, 40, NULL));
  guint n;
  AssayAnnotation *const *tags = assay_document_get_annotations (doc, "language", &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (assay_annotation_get_label (tags[0]), ==, "en");
  g_assert_cmpstr (assay_annotation_get_label (tags[1]), ==, "en");
}

/* The word reader reads ASCII 64 bytes at a time and the rest a
 * character at a time: a long text, at every alignment, must read as the
 * sum of its parts read alone (each too short for the fast way), with
 * words common in several languages, capitals, words longer than any
 * common word, words that run into letters beyond ASCII or end at a
 * curly quote, digits inside words. */
static void
test_language_word_reader (void)
{
  static const char *const parts[] = {
    "the", "The", "THE", "und", "der", "que", "och", "är", "für", "être", "les", "y",
    "Zürich", "naïve", "dass", "abcdefghijklmnopq", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
    "a1b", "of", "and", "to", "in", "is", "it", "was", "with", "Internationalisation", "wie",
    "не", "и", "mais", "pour", "über", "ok", "Ça", "déjà", "yourselves", "aaaaaaaaaaaaaaaa",
    /* runs of 64 letters and more: one may fill a block from its first
     * byte (the reader must not ask for the first zero bit of none) */
    "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
  };
  static const char *const gaps[] = { " ", ", ", ". ", "\n", " “", "” ", "—", "'", " (", ") ", "  ", "3" };
  g_autoptr (GRand) rand = g_rand_new_with_seed (27);
  for (guint round = 0; round < 40; round++)
    {
      g_autoptr (GString) text = g_string_new (NULL);
      WordTally sum = { 0 };
      guint n = g_rand_int_range (rand, 1, 200);
      for (guint i = 0; i < n; i++)
        {
          const char *part = parts[g_rand_int_range (rand, 0, G_N_ELEMENTS (parts))];
          WordTally one;
          common_words_tally (common_words, part, strlen (part), &one);
          sum.words += one.words, sum.letters += one.letters, sum.lower += one.lower;
          for (guint b = 0; b < 32; b++)
            sum.common[b] += one.common[b], sum.alphabet[b] += one.alphabet[b];
          g_string_append (text, part);
          g_string_append (text, gaps[g_rand_int_range (rand, 0, G_N_ELEMENTS (gaps))]);
        }
      /* every alignment of the text against the 64-byte blocks */
      for (guint shift = 0; shift < 64; shift++)
        {
          g_string_prepend_c (text, '-');
          WordTally whole;
          common_words_tally (common_words, text->str, text->len, &whole);
          g_assert_cmpuint (whole.words, ==, sum.words);
          g_assert_cmpuint (whole.letters, ==, sum.letters);
          g_assert_cmpuint (whole.lower, ==, sum.lower);
          g_assert_cmpmem (whole.common, sizeof whole.common, sum.common, sizeof sum.common);
          g_assert_cmpmem (whole.alphabet, sizeof whole.alphabet, sum.alphabet, sizeof sum.alphabet);
        }
    }
  /* and what it finds is what the table says */
  WordTally t;
  const char *english = "The cat and the dog sat in it, for a while.";
  common_words_tally (common_words, english, strlen (english), &t);
  g_assert_cmpuint (t.words, ==, 11);
  g_assert_cmpuint (t.lower, ==, 10);
  /* the, and, the, in, it, for, a, while: English's eight, most of all */
  guint most = 0;
  for (guint b = 0; b < 32; b++)
    most = MAX (most, t.common[b]);
  g_assert_cmpuint (most, ==, 8);
}

/* The common-words file: its errors name the file and the line. */
static void
test_language_words_file (void)
{
  const struct
  {
    const char *content;
    const char *message; /* NULL: loads; else what follows the file's name */
  } cases[] = {
    { "# comment\nen\tthe\nde\tund\nde\tin\nen\tIn\n", NULL },
    { "# comment\n\nen the\n", ":3: 1 field where 2 are expected (fields are split at tabs); write LANG<TAB>WORD" },
    { "en\tthe\tfox\n", ":1: 3 fields where 2 are expected" },
    { "en\tthe\nen\tthe Fox\n", ":2: language 'en', word 'the fox': write LANG<TAB>WORD" },
    { "\tthe\n", ":1: language '', word 'the'" },
    { "en\t \n", ":1: language 'en', word ''" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = NULL;
      g_autoptr (GError) error = NULL;
      int fd = g_file_open_tmp ("common-words-XXXXXX.tsv", &path, &error);
      g_assert_no_error (error);
      close (fd);
      g_assert_true (g_file_set_contents (path, cases[i].content, -1, NULL));
      CommonWords *cw = common_words_new (path, &error);
      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_nonnull (cw);
          /* Words are told by their whole bytes: "i", "inn" and "th" are
           * none, though they start or run past "in" and "the". */
          const char *text = "The in inn i th Und UNDE the";
          WordTally t;
          common_words_tally (cw, text, strlen (text), &t);
          g_assert_cmpuint (t.words, ==, 8);
          guint en = t.common[0], de = t.common[1];
          g_assert_cmpuint (en, ==, 3); /* The, in, the */
          g_assert_cmpuint (de, ==, 2); /* in, Und */
        }
      else
        {
          g_assert_null (cw);
          g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
          g_autofree char *says = g_strconcat (path, cases[i].message, NULL);
          g_assert_true (g_str_has_prefix (error->message, says));
        }
      common_words_free (cw);
      g_unlink (path);
    }
}

/* A wrong row in any of cleanup's tables names the line an editor shows
 * (comments and blank lines counted) and what to write. */
typedef struct
{
  const char *file, *contents, *says;
} BadTable;

static const BadTable bad_tables[] = {
  { "boilerplate.tsv", "# rules\n\nline\tshare\tShare this\nlabel\tno text\n", "boilerplate.tsv:4: 2 fields where 3 are expected" },
  { "boilerplate.tsv", "# rules\nshout\tx\ty\n", "boilerplate.tsv:2: unknown kind 'shout'; write line, rest, heading or label" },
  { "mojibake.tsv", "signature\t\\xc3\n\ncommon\n", "mojibake.tsv:3: 1 field where 2 are expected" },
  { "mojibake.tsv", "# x\nrare\tabc\n", "mojibake.tsv:2: kind 'rare' is neither; write signature or common" },
  { "structure.tsv", "month\tMay\t5\n# c\nmonth\tJune\tsix\n", "structure.tsv:3: 3 fields, or a month or tz row that does not read" },
  { "structure.tsv", "\n\nsubtitle\tx\n", "structure.tsv:3: unknown kind 'subtitle'" },
  { "abbreviations.txt", "Dr.\nMr.\tMister\n", "abbreviations.txt:2: the second field is `date` or nothing, not 'Mister'" },
  { "abbreviations.txt", "Dr.\nApr\tdate\tx\n", "abbreviations.txt:2: 3 fields where 1 to 2 are expected" },
};

static void
test_bad_table (gconstpointer data)
{
  const BadTable *c = data;
  g_autofree char *dir = g_dir_make_tmp ("assay-cleanup-XXXXXX", NULL);
  test_write_file (dir, c->file, c->contents, -1);
  g_autofree char *path = g_build_filename (dir, c->file, NULL);
  g_autoptr (GError) error = NULL;
  gboolean made = FALSE;
  if (g_str_has_prefix (c->file, "boilerplate"))
    {
      Boilerplate *b = boilerplate_new (path, &error);
      made = b != NULL;
      boilerplate_free (b);
    }
  else if (g_str_has_prefix (c->file, "mojibake"))
    {
      Mojibake *m = mojibake_new (CODECS, path, &error);
      made = m != NULL;
      mojibake_free (m);
    }
  else if (g_str_has_prefix (c->file, "structure"))
    {
      Structure *st = structure_new (path, &error);
      made = st != NULL;
      structure_free (st);
    }
  else
    {
      Segmenter *sg = segmenter_new (path, &error);
      made = sg != NULL;
      segmenter_free (sg);
    }
  test_remove_tree (dir);
  g_assert_false (made);
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  if (!strstr (error->message, c->says))
    g_error ("'%s' does not say '%s'", error->message, c->says);
}

/* The reasons boilerplate_find() gives @text's lines, joined by ','. */
static char *
removal_reasons (const char *table, const char *text)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-cleanup-XXXXXX", NULL);
  test_write_file (dir, "boilerplate.tsv", table, -1);
  g_autofree char *path = g_build_filename (dir, "boilerplate.tsv", NULL);
  g_autoptr (GError) error = NULL;
  Boilerplate *b = boilerplate_new (path, &error);
  g_assert_no_error (error);
  g_autoptr (GArray) found = boilerplate_find (b, text, strlen (text));
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < found->len; i++)
    g_string_append_printf (out, "%s%s", i ? "," : "", g_array_index (found, BoilerplateRemoval, i).reason);
  boilerplate_free (b);
  test_remove_tree (dir);
  return g_string_free (out, FALSE);
}

/* The line patterns are matched as one pattern of branches where they
 * can be joined, one by one where not (a backreference): either way
 * the first rule in the table's order that matches a line names it. */
static void
test_boilerplate_rule_order (void)
{
  const char *rules = "line\tfirst\t(?:share|print)\n"
                      "line\tsecond\t(?:share|tweet)\n"
                      "line\tthird\t.{0,20}(?:cookies).{0,20}\n";
  const char *text = "The council met on Monday to agree the budget for the year.\n"
                     "  Share \n"
                     "Tweet\n"
                     "We use cookies here\n"
                     "The vote was carried by nine votes to four after a long debate.\n";
  g_autofree char *joined = removal_reasons (rules, text);
  g_assert_cmpstr (joined, ==, "first,second,third");
  /* the same table with a rule that cannot be joined */
  g_autofree char *apart_rules = g_strconcat (rules, "line\trepeat\t(\\w+) \\1\n", NULL);
  g_autofree char *apart_text = g_strconcat (text, "again again\n", NULL);
  g_autofree char *apart = removal_reasons (apart_rules, apart_text);
  g_assert_cmpstr (apart, ==, "first,second,third,repeat");
  /* a condition on a group by number, whose number shifts when joined */
  g_autofree char *condition = removal_reasons ("line\tfirst\t(a)?b\nline\tsecond\t(x)?(?(1)y|z)\n",
                                                "The council met on Monday to agree the budget for the year.\nxy\n");
  g_assert_cmpstr (condition, ==, "second");
}

/* The gated rules in the stage: the line goes wherever its words are,
 * in any case, with the Kelvin sign, and a rule before a gated one still
 * names a line both match. */
static void
test_boilerplate_gated (void)
{
  const char *rules = "line\tfirst\t(?:cookie policy)\n"
                      "line\tcookie\t.{0,40}(?:we use cookies|cookie (?:policy|settings)).{0,40}\n"
                      "line\tcredit\t.{0,40}(?:/|\\|)[ ]*(?:reuters|afp)\n";
  const char *text = "The council met on Monday to agree the budget for the year.\n"
                     "Cookie Policy\n"
                     "This page: WE USE COO\u212aIES to count you\n"
                     "The cook said the policy was set by the council in May.\n"
                     "Flooded streets in the centre / Reuters\n"
                     "The vote was carried by nine votes to four, Reuters reported.\n"
                     "Read our cookie settings here\n";
  g_autofree char *joined = removal_reasons (rules, text);
  g_assert_cmpstr (joined, ==, "first,cookie,credit,cookie");
  /* one by one (a rule that cannot be joined): the same lines */
  g_autofree char *apart_rules = g_strconcat (rules, "line\trepeat\t(\\w+) \\1\n", NULL);
  g_autofree char *apart = removal_reasons (apart_rules, text);
  g_assert_cmpstr (apart, ==, "first,cookie,credit,cookie");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_autoptr (GError) error = NULL;
  mojibake = mojibake_new (CODECS, CLEANUP_DATA_DIR "/mojibake.tsv", &error);
  g_assert_no_error (error);
  segmenter = segmenter_new (CLEANUP_DATA_DIR "/abbreviations.txt", &error);
  g_assert_no_error (error);
  segmenter_load_openers (segmenter, CLEANUP_DATA_DIR "/common-words.tsv", &error);
  g_assert_no_error (error);
  structure = structure_new (CLEANUP_DATA_DIR "/structure.tsv", &error);
  g_assert_no_error (error);
  common_words = common_words_new (CLEANUP_DATA_DIR "/common-words.tsv", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cleanup/mojibake/cases", test_mojibake_cases);
  g_test_add_func ("/cleanup/mojibake/ftfy", test_mojibake_ftfy);
  g_test_add_func ("/cleanup/normalize", test_normalize);
  g_test_add_func ("/cleanup/normalize/blocks", test_normalize_blocks);
  g_test_add_func ("/cleanup/boilerplate/rule-order", test_boilerplate_rule_order);
  g_test_add_func ("/cleanup/segment/sentences", test_sentences);
  g_test_add_func ("/cleanup/segment/tokens", test_tokens);
  g_test_add_func ("/cleanup/segment/tokens-ampersand", test_tokens_ampersand);
  g_test_add_func ("/cleanup/segment/tokens-blocks", test_tokens_blocks);
  g_test_add_func ("/cleanup/segment/paragraphs", test_paragraphs);
  g_test_add_func ("/cleanup/structure/parse-when", test_parse_when);
  g_test_add_func ("/cleanup/structure/documents", test_structure);
  g_test_add_func ("/cleanup/structure/many-blocks", test_structure_many_blocks);
  g_test_add_func ("/cleanup/boilerplate/gated", test_boilerplate_gated);
  g_test_add_func ("/cleanup/language/passages", test_language_passages);
  g_test_add_func ("/cleanup/language/meta-disagrees", test_language_meta_disagrees);
  g_test_add_func ("/cleanup/language/words-file", test_language_words_file);
  g_test_add_func ("/cleanup/language/word-reader", test_language_word_reader);
  for (guint i = 0; i < G_N_ELEMENTS (bad_tables); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cleanup/data/bad-row/%u", i);
      g_test_add_data_func (name, &bad_tables[i], test_bad_table);
    }
  int status = g_test_run ();
  mojibake_free (mojibake);
  segmenter_free (segmenter);
  structure_free (structure);
  common_words_free (common_words);
  return status;
}
