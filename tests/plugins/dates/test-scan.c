/* test-scan.c: the dates stage's scan for candidates (scan.c): which
 * words anchor patterns, where tries start (BEFORE, counted in tokens),
 * the filters on a try's first bytes, and any number of patterns.  Each
 * case runs the stage with patterns of its own. */
#include "dates-test-util.h"

#include <string.h>

/* What a stage with one pattern, BEFORE @before, finds in @text: the
 * text of each expression, joined by '|'. */
static char *
found_with_before (guint before, const char *text)
{
  g_autofree char *patterns = g_strdup_printf ("year\tyear\t%u\t(?:\\b(?i:in\\s+the\\s+year|in)\\s+)?\\b(?<year>\\d{4})\\b\n", before);
  g_autoptr (JsonNode) input = json_from_string ("{\"id\":\"a\",\"published\":\"2024-03-06\"}", NULL);
  json_object_set_string_member (json_node_get_object (input), "text", text);
  g_autofree char *line = json_to_string (input, FALSE);
  g_autofree char *jsonl = g_strconcat (line, "\n", NULL);
  g_autofree char *out = run_with_patterns (patterns, jsonl);
  return found_texts (out);
}

/* Patterns are not limited to 64 (a set of them is a 64-bit mask, a bank
 * each 64): with 130, a pattern of each of three banks finds its match. */
static void
test_many_patterns (void)
{
  GString *patterns = g_string_new ("# one pattern for each tag word\n");
  for (guint i = 0; i < 130; i++)
    g_string_append_printf (patterns, "year\ttag%u\t1\t\\btag%u\\s+(?<year>\\d{4})\\b\n", i, i);
  g_autofree char *out = run_with_patterns (patterns->str,
                                            "{\"id\":\"t\",\"text\":\"Seen tag0 1990, tag64 1991 and tag129 1992; "
                                            "not tag130 1993.\",\"published\":\"2024-03-06\"}\n");
  g_string_free (patterns, TRUE);
  g_assert_nonnull (strstr (out, "\"text\":\"tag0 1990\",\"label\":\"DATE\",\"attrs\":{\"value\":\"1990\""));
  g_assert_nonnull (strstr (out, "\"text\":\"tag64 1991\",\"label\":\"DATE\",\"attrs\":{\"value\":\"1991\""));
  g_assert_nonnull (strstr (out, "\"text\":\"tag129 1992\",\"label\":\"DATE\",\"attrs\":{\"value\":\"1992\""));
  g_assert_null (strstr (out, "\"value\":\"1993\""));
}

/* The word scan weighs each word by its length, first two bytes and last
 * byte before reading it, with the word's end found for a block of 64
 * bytes at once: a form of one byte (whatever follows it), forms of 15
 * bytes and of more than the 16 a key holds, joined forms whose parts
 * are none, and forms that run across a block's end must all still
 * anchor their patterns, at every place against the blocks; words that
 * only share a form's first bytes, length or last byte anchor nothing. */
static void
test_word_shapes (void)
{
  const char *patterns = "year\tm\t1\t\\b(?<year>\\d{4})\\s+m\\b\n"
                         "year\tinternationally\t0\t\\binternationally\\s+(?<year>\\d{4})\\b\n"
                         "year\tlandmark\t0\t\\b(?i:landmark)[\\s-]+(?<year>\\d{4})\\b\n"
                         "year\tpre-war\t0\t\\bpre-war\\s+(?<year>\\d{4})\\b\n"
                         "year\to'clock\t1\t\\b(?<year>\\d{4})\\s+o'clock\\b\n"
                         "year\tcounterintelligence\t0\t\\bcounterintelligence\\w*\\s+(?<year>\\d{4})\\b\n";
  g_autoptr (GString) jsonl = g_string_new (NULL);
  /* each expression once at every offset against the blocks */
  for (guint pad = 0; pad < 64; pad++)
    g_string_append_printf (jsonl,
                            "{\"id\":\"p%u\",\"text\":\"Seen.%*sLandmark 1991 came. Then 1992 m, internationally 1993,"
                            " 1994 m-long and landmark-1995, pre-war 1938, 1939 o'clock, counterintelligence 1940,"
                            " counterintelligences 1941.\",\"published\":\"2024-03-06\"}\n",
                            pad, (int) pad, "");
  g_string_append (jsonl, "{\"id\":\"near\",\"text\":\"Not landmarks 1996, landmarc 1997, 1998 mm, 1999 M2,"
                          " internationallyy 2000, internationalist 2001, pre war 2002, prewar 2003, 2004 o clock,"
                          " counterintelligenc 2006.\",\"published\":\"2024-03-06\"}\n");
  g_autofree char *out = run_with_patterns (patterns, jsonl->str);
  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (records), >=, 65);
  for (guint i = 0; i < 64; i++)
    {
      g_autofree char *found = found_texts (records[i]);
      g_assert_cmpstr (found, ==, "Landmark 1991|1992 m|internationally 1993|1994 m|landmark-1995|pre-war 1938|1939 o'clock|"
                       "counterintelligence 1940|counterintelligences 1941");
    }
  g_autofree char *near = found_texts (records[64]);
  g_assert_cmpstr (near, ==, "");
}

/* An anchor's range reaches back as far as the most BEFORE of all the
 * patterns it anchors, wherever their bits lie in the mask: here the
 * first pattern (BEFORE 0) and the tenth (BEFORE 2, in the mask's second
 * byte) share their anchor. */
static void
test_before_of_all_patterns (void)
{
  g_autoptr (GString) patterns = g_string_new ("year\tmarker\t0\t\\bmarker\\s+(?<year>\\d{4})\\b\n");
  for (guint i = 1; i < 9; i++)
    g_string_append_printf (patterns, "year\ttag%u\t0\t\\btag%u\\s+(?<year>\\d{4})\\b\n", i, i);
  g_string_append (patterns, "year\tmarker\t2\t\\bin\\s+the\\s+marker\\s+of\\s+(?<year>\\d{4})\\b\n");
  g_autofree char *out = run_with_patterns (patterns->str,
                                            "{\"id\":\"a\",\"text\":\"Seen in the marker of 1950 and marker 1951.\","
                                            "\"published\":\"2024-03-06\"}\n"
                                            "{\"id\":\"b\",\"text\":\"Seen in the big marker of 1952.\","
                                            "\"published\":\"2024-03-06\"}\n");
  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (records), >=, 2);
  g_autofree char *a = found_texts (records[0]);
  g_autofree char *b = found_texts (records[1]);
  g_assert_cmpstr (a, ==, "in the marker of 1950|marker 1951");
  g_assert_cmpstr (b, ==, "");
}

/* A character of several bytes is one token: its continuation bytes
 * start none (the block masks take 0x80 to 0xBF as gaps), so "«" counts
 * once when a match may hold one token before its year. */
static void
test_utf8_one_token (void)
{
  const char *jsonl = "{\"id\":\"a\",\"text\":\"It said \u00ab 1998 \u00bb then.\",\"published\":\"2024-03-06\"}\n";
  g_autofree char *one = run_with_patterns ("year\tyear\t1\t(?:\u00ab\\s*)?\\b(?<year>\\d{4})\\b\n", jsonl);
  g_autofree char *none = run_with_patterns ("year\tyear\t0\t(?:\u00ab\\s*)?\\b(?<year>\\d{4})\\b\n", jsonl);
  g_autofree char *one_found = found_texts (one);
  g_autofree char *none_found = found_texts (none);
  g_assert_cmpstr (one_found, ==, "\u00ab 1998");
  g_assert_cmpstr (none_found, ==, "1998");
}

/* A pattern is tried as many tokens before its anchor as BEFORE says
 * and no further: words and marks count, spaces do not. */
static void
test_before_counts_tokens (void)
{
  const char *text = "Born in 1998, married in  the  year 2004.";
  g_autofree char *none = found_with_before (0, text);
  g_autofree char *one = found_with_before (1, text);
  g_autofree char *two = found_with_before (2, text);
  g_autofree char *three = found_with_before (3, text);
  g_assert_cmpstr (none, ==, "1998|2004");
  g_assert_cmpstr (one, ==, "in 1998|2004");
  g_assert_cmpstr (two, ==, "in 1998|2004");
  g_assert_cmpstr (three, ==, "in 1998|in  the  year 2004");
}

/* A pattern is tried only where its first two bytes can start a match,
 * as a probe learns; the probe must see what comes before the token as
 * `\b` does.  Here a match starts at an apostrophe right after a letter
 * ("of'98"), where `\b` holds, and after a space, where it does not
 * hold before the apostrophe. */
static void
test_pair_filter_context (void)
{
  g_autofree char *out = run_with_patterns ("year\tshort\t1\t\\b'(?<year>\\d\\d)\\b\n"
                                            "year\tshort\t1\t(?<!\\w)'(?<year>\\d\\d)\\b\n",
                                            "{\"id\":\"a\",\"text\":\"The class of'98 met.\",\"published\":\"2024-03-06\"}\n"
                                            "{\"id\":\"b\",\"text\":\"The class of '98 met.\",\"published\":\"2024-03-06\"}\n");
  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (records), >=, 2);
  g_assert_nonnull (strstr (records[0], "\"text\":\"'98\""));
  g_assert_nonnull (strstr (records[1], "\"text\":\"'98\""));
  g_assert_nonnull (strstr (records[0], "\"value\":\"1998\""));
  g_assert_nonnull (strstr (records[1], "\"value\":\"1998\""));
}

/* A probe of the pair filter has a space before the bytes it tries, not
 * the text, so its lookbehinds are made what lets the most through: a
 * lookbehind that asks for something holds ("(?<!\s)" after a
 * parenthesis, which a space before the probe would have refused), and
 * one inside a negative lookahead fails, so that the lookahead forbids
 * nothing in the probe ("(?!(?<=-)\d)": a year after a hyphen is no
 * year, one after a space is). */
static void
test_pair_filter_lookbehind (void)
{
  const char *jsonl = "{\"id\":\"a\",\"text\":\"It began(1998) and ended.\",\"published\":\"2024-03-06\"}\n"
                      "{\"id\":\"b\",\"text\":\"Seen in 1998, not in x-2004.\",\"published\":\"2024-03-06\"}\n";
  g_autofree char *asks = run_with_patterns ("year\tyear\t0\t(?<![\\s-])(?<year>\\d{4})\\b\n", jsonl);
  g_autofree char *forbids = run_with_patterns ("year\tyear\t0\t(?!(?<=-)\\d)\\b(?<year>\\d{4})\\b\n", jsonl);
  g_auto (GStrv) asks_records = g_strsplit (asks, "\n", -1);
  g_auto (GStrv) forbids_records = g_strsplit (forbids, "\n", -1);
  g_assert_cmpuint (g_strv_length (asks_records), >=, 2);
  g_assert_cmpuint (g_strv_length (forbids_records), >=, 2);
  g_autofree char *asks_a = found_texts (asks_records[0]);
  g_autofree char *asks_b = found_texts (asks_records[1]);
  g_autofree char *forbids_a = found_texts (forbids_records[0]);
  g_autofree char *forbids_b = found_texts (forbids_records[1]);
  g_assert_cmpstr (asks_a, ==, "1998");
  g_assert_cmpstr (asks_b, ==, "");
  g_assert_cmpstr (forbids_a, ==, "1998");
  g_assert_cmpstr (forbids_b, ==, "1998");
}

/* The word filter (hints.c, hints_word_filters()): a pattern that may
 * open with a word it writes out is tried after "WORD " only where the
 * next byte may go on a match, read from the pattern.  Each match below
 * must still be found whatever its case, with a slot ({NUMBER}, {UNIT}),
 * an optional word, a class or a lookahead after the word, and where
 * the word is followed by something other than one space (the filter
 * then stays out; a capital inside a sentence is a name's, names.c, so
 * capitals open sentences or come in words all capitals); the near
 * sentences, where the word opens no match,
 * must find only what follows it. */
static void
test_word_filter (void)
{
  const char *patterns
    = "duration\t{UNIT}\t4\t\\b(?:(?i:the)\\s+(?:(?<shift>(?i:last|past|next))\\s+)?)?"
      "(?<number>\\d+|{NUMBER})[\\s-]+(?<unit>{UNIT})s?\\b\n"
      "year\tyear\t2\t\\b(?i:since)\\s+[\\[(]?(?<year>\\d{4})\\b\n"
      "year\tyear\t1\t\\b(?i:by)\\s+(?=\\d)(?<year>\\d{4})\\b\n";
  const struct
  {
    const char *text, *found;
  } cases[] = {
    { "It fell in the last three years.", "the last three years" },
    { "The 2 weeks passed.", "The 2 weeks" },
    { "It fell in THE NEXT five days.", "THE NEXT five days" },
    { "It fell in the past 10 days.", "the past 10 days" },
    { "It fell in the THREE weeks before.", "the THREE weeks" },
    { "It fell in the  three days before.", "the  three days" },
    { "It fell in the\tfour weeks before.", "the\tfour weeks" },
    { "Since 2001 it rose, and since (1998.", "Since 2001|since (1998" },
    { "By 2004 it was done.", "By 2004" },
    /* near: the word opens nothing, what follows it is found alone */
    { "the company said three years ago", "three years" },
    { "the lasting two weeks", "two weeks" },
    { "since then 2001 by then", "" },
    { "the", "" },
  };
  /* the filter is read once a bank has been tried WORD_FILTER_TRIES
   * times: a first document of 5,000 tries at "the" and at the number
   * after it passes that, so the cases after it run with the filter */
  g_autoptr (GString) jsonl = g_string_new ("{\"id\":\"warm\",\"published\":\"2024-03-06\",\"text\":\"");
  for (guint i = 0; i < 2500; i++)
    g_string_append (jsonl, "It took the 5 days. ");
  g_string_append (jsonl, "\"}\n");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonNode) input = json_from_string ("{\"id\":\"a\",\"published\":\"2024-03-06\"}", NULL);
      json_object_set_string_member (json_node_get_object (input), "text", cases[i].text);
      g_autofree char *line = json_to_string (input, FALSE);
      g_string_append_printf (jsonl, "%s\n", line);
    }
  g_autofree char *out = run_with_patterns (patterns, jsonl->str);
  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (records), >=, G_N_ELEMENTS (cases) + 1);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = found_texts (records[i + 1]);
      g_assert_cmpstr (found, ==, cases[i].found);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/before-counts-tokens", test_before_counts_tokens);
  g_test_add_func ("/dates/pair-filter-context", test_pair_filter_context);
  g_test_add_func ("/dates/pair-filter-lookbehind", test_pair_filter_lookbehind);
  g_test_add_func ("/dates/patterns/more-than-64", test_many_patterns);
  g_test_add_func ("/dates/scan/word-shapes", test_word_shapes);
  g_test_add_func ("/dates/scan/before-of-all-patterns", test_before_of_all_patterns);
  g_test_add_func ("/dates/scan/utf8-one-token", test_utf8_one_token);
  g_test_add_func ("/dates/scan/word-filter", test_word_filter);
  return g_test_run ();
}
