/* test-scan.c: the dates stage's scan for candidates (scan.c): which
 * words anchor patterns, where tries start (BEFORE, counted in tokens),
 * the filters on a try's first bytes, and any number of patterns.  Each
 * case runs the stage with patterns of its own. */
#include "dates-test-util.h"

#include <string.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

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

/* A 65th pattern is a second bank's, and one word scan serves both
 * banks: a word only the second bank anchors (whose shape the first
 * bank's words never have), a number only it anchors by what follows its
 * digits, a word both banks anchor (each bank finds its own match), the
 * part of a joined word, and a document with no word of the second bank
 * (whose first bank is swept alone). */
static void
test_second_bank (void)
{
  GString *patterns = g_string_new ("# one pattern for each tag word, then three more\n");
  for (guint i = 0; i < 64; i++)
    g_string_append_printf (patterns, "year\ttag%u\t1\t\\btag%u\\s+(?<year>\\d{4})\\b\n", i, i);
  g_string_append (patterns, "year\tzephyr\t0\t\\bzephyr\\s+(?<year>\\d{4})\\b\n"
                             "year\tyear+q\t0\t\\b(?<year>\\d{4})q\\b\n"
                             "year\ttag7\t0\t\\btag7\\s+in\\s+(?<year>\\d{4})\\b\n");
  g_autofree char *out = run_with_patterns (patterns->str,
                                            "{\"id\":\"a\",\"text\":\"Seen tag7 1990, zephyr 1991, 1992q, tag7 in 1993, "
                                            "mid-zephyr 1995 and zephyrs 1996.\",\"published\":\"2024-03-06\"}\n"
                                            "{\"id\":\"b\",\"text\":\"Seen tag63 1997, 1998 and tag0 1999.\","
                                            "\"published\":\"2024-03-06\"}\n");
  g_string_free (patterns, TRUE);
  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (records), >=, 2);
  g_autofree char *a = found_texts (records[0]);
  g_autofree char *b = found_texts (records[1]);
  g_assert_cmpstr (a, ==, "tag7 1990|zephyr 1991|1992q|tag7 in 1993|zephyr 1995");
  g_assert_cmpstr (b, ==, "tag63 1997|tag0 1999");
}

/* A word is looked up by its slot's mark first (scan.c, anchor_lookup()):
 * with many forms, runs of slots and forms whose marks may meet, every
 * form still anchors its own pattern and no other, and words near them
 * ("tagx", "tag1x") anchor none. */
static void
test_anchor_marks (void)
{
  GString *patterns = g_string_new ("# one pattern for each tag word\n");
  GString *text = g_string_new ("{\"id\":\"t\",\"text\":\"Seen tagx 1900, tag1x 1901");
  for (guint i = 0; i < 60; i++)
    {
      g_string_append_printf (patterns, "year\ttag%u\t1\t\\btag%u\\s+(?<year>\\d{4})\\b\n", i, i);
      g_string_append_printf (text, ", tag%u %u", i, 1910 + i);
    }
  g_string_append (text, ".\",\"published\":\"2024-03-06\"}\n");
  g_autofree char *out = run_with_patterns (patterns->str, text->str);
  g_autofree char *found = found_texts (out);
  g_auto (GStrv) each = g_strsplit (found, "|", -1);
  g_assert_cmpuint (g_strv_length (each), ==, 60);
  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *want = g_strdup_printf ("tag%u %u", i, 1910 + i);
      g_assert_cmpstr (each[i], ==, want);
    }
  g_string_free (patterns, TRUE);
  g_string_free (text, TRUE);
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

/* The values of the weekdays a stage finds in @jsonl when its lexicon is
 * the stage's own with its tense cues replaced by @cues (rows of
 * lexicon.tsv), joined by '|'. */
static char *
weekdays_with_cues (const char *cues, const char *jsonl)
{
  g_autofree char *own_path = g_build_filename (PROJECT_SOURCE_DIR, "plugins", "dates", "data", "lexicon.tsv", NULL);
  g_autofree char *own = NULL;
  g_assert_true (g_file_get_contents (own_path, &own, NULL, NULL));
  g_autoptr (GString) lexicon = g_string_new (NULL);
  g_auto (GStrv) lines = g_strsplit (own, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (!g_str_has_prefix (lines[i], "future\t") && !g_str_has_prefix (lines[i], "fixture\t")
        && !g_str_has_prefix (lines[i], "past\t") && *lines[i])
      g_string_append_printf (lexicon, "%s\n", lines[i]);
  g_string_append (lexicon, cues);
  g_autofree char *dir = g_dir_make_tmp ("assay-dates-XXXXXX", NULL);
  test_write_file (dir, "lexicon.tsv", lexicon->str, -1);
  g_autofree char *pipeline = g_strdup_printf ("[pipeline]\nstages=cleanup;dates\n[cleanup]\nrewrite=false\ntokens=false\n"
                                               "language=false\n[dates]\nlexicon=%s/lexicon.tsv\n", dir);
  test_write_file (dir, "p.pipeline", pipeline, -1);
  g_autofree char *pipeline_path = g_build_filename (dir, "p.pipeline", NULL);
  const char *argv[] = { ASSAY_BIN, "run", pipeline_path, "-", "--layers", "timex", NULL };
  g_autofree char *out = test_run_assay (argv, jsonl);
  test_remove_tree (dir);
  GString *values = g_string_new (NULL);
  for (const char *p = out; (p = strstr (p, "\"value\":\"")); p++)
    g_string_append_printf (values, "%s%.10s", values->len ? "|" : "", p + 9);
  return g_string_free (values, FALSE);
}

/* Each kind of tense cue is a pattern of its own, tried only where its
 * own first bytes let it: a kind whose cues all start with one letter,
 * which PCRE2 gives as one code unit without saying whether it is
 * caseless, is still found in either case; where cues of two kinds
 * start at one token the future wins, then the fixture, then the past,
 * and a near cue counts only where its kind comes before the far one's.
 * The reference, 2024-03-06, is a Wednesday: Friday ahead is 03-08, the
 * one before 03-01. */
static void
test_cue_kinds (void)
{
  const char *jsonl = "{\"id\":\"a\",\"text\":\"They WILL meet on Friday. They will meet on Friday. They met on "
                      "Friday.\",\"published\":\"2024-03-06\"}\n";
  g_autofree char *caseless = weekdays_with_cues ("future\t(?i)\\bwill\\b\n", jsonl);
  g_autofree char *cased = weekdays_with_cues ("future\t\\bWILL\\b\n", jsonl);
  g_assert_cmpstr (caseless, ==, "2024-03-08|2024-03-08|2024-03-01");
  g_assert_cmpstr (cased, ==, "2024-03-08|2024-03-01|2024-03-01");

  const char *slated = "{\"id\":\"b\",\"text\":\"The vote is slated for Friday.\",\"published\":\"2024-03-06\"}\n";
  g_autofree char *future_first = weekdays_with_cues ("past\t\\bslated\\b\nfuture\t\\bslated\\b\n", slated);
  g_autofree char *past_alone = weekdays_with_cues ("past\t\\bslated\\b\n", slated);
  g_autofree char *far_future = weekdays_with_cues ("future\t\\bslated\\b\npast\t\\bslated for\\s*$\t2\n", slated);
  g_autofree char *near_future = weekdays_with_cues ("past\t\\bslated\\b\nfuture\t\\bslated for\\s*$\t2\n", slated);
  g_autofree char *near_out_of_reach = weekdays_with_cues ("past\t\\bslated\\b\nfuture\t\\bslated for\\s*$\t1\n", slated);
  g_assert_cmpstr (future_first, ==, "2024-03-08");
  g_assert_cmpstr (past_alone, ==, "2024-03-01");
  g_assert_cmpstr (far_future, ==, "2024-03-08");
  g_assert_cmpstr (near_future, ==, "2024-03-08");
  g_assert_cmpstr (near_out_of_reach, ==, "2024-03-01");
}

/* A far cue is tried only where its first three bytes can start one, as
 * a probe with a space before them learns; a lookbehind at the cue's
 * start judges the text before the token, which the probe does not
 * have, so it is taken as what lets the most through (where a reader of
 * the pattern cannot tell, an atomic group beside it, the cue's kind
 * has no such filter): the cue is found where its lookbehind holds, and
 * only there. */
static void
test_cue_lookbehind (void)
{
  const char *jsonl = "{\"id\":\"a\",\"text\":\"They will be there on Friday. They may be there on Friday.\","
                      "\"published\":\"2024-03-06\"}\n";
  g_autofree char *behind = weekdays_with_cues ("future\t(?<=\\bwill )be\\b\n", jsonl);
  g_autofree char *atomic = weekdays_with_cues ("future\t(?<=\\bwill )(?>be)\\b\n", jsonl);
  g_assert_cmpstr (behind, ==, "2024-03-08|2024-03-01");
  g_assert_cmpstr (atomic, ==, "2024-03-08|2024-03-01");
}

/* A near cue is tried only as many tokens back as its kind's cues say
 * they span (lexicon.tsv: "tried only that near the expression"), not as
 * far as another kind's longest reach: "zorb", a past cue of one token,
 * counts right before the weekday and not two or four tokens back, where
 * "will" decides, though a future cue of six tokens is tried that far
 * ("gleep" four tokens back).  Before, every near cue was tried as far as
 * the longest (the shipped past cue of two tokens twelve back, as far as
 * the "to be" cue: 107k tries on dates-bench's 20 MB, 784 found). */
static void
test_cue_own_reach (void)
{
  const char *jsonl = "{\"id\":\"a\",\"text\":\"They will zorb Friday. They will zorb on Friday. They will zorb "
                      "at home on Friday. They met and gleep at home on Friday. They met at home on Friday.\","
                      "\"published\":\"2024-03-06\"}\n";
  g_autofree char *values = weekdays_with_cues ("future\t\\bwill\\b\npast\t\\bmet\\b\npast\t\\bzorb\\b\t1\n"
                                                "future\t\\bgleep\\b\t6\n",
                                                jsonl);
  g_assert_cmpstr (values, ==, "2024-03-01|2024-03-08|2024-03-08|2024-03-08|2024-03-01");
}

/* load.c reads a pattern's first bytes (PCRE2's start bitmap, or its
 * first code unit) from its code compiled anchored, the code it runs:
 * the PCRE2 built against must tell them for that code as it does for
 * the same pattern unanchored.  Were it to tell none, no match would be
 * lost (every byte would open the pattern), but the first-byte filter's
 * saving would, silently. */
typedef struct
{
  gboolean has_bitmap;
  guint8 bitmap[32];
  guint32 type, unit; /* PCRE2_INFO_FIRSTCODETYPE, and its unit when 1 */
} FirstBytes;

static FirstBytes
first_bytes_of (const char *pattern, guint32 options)
{
  int code;
  PCRE2_SIZE offset;
  pcre2_code *re = pcre2_compile ((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF | options, &code, &offset,
                                  NULL);
  g_assert_nonnull (re);
  FirstBytes f = { 0 };
  const guint8 *bitmap = NULL;
  pcre2_pattern_info (re, PCRE2_INFO_FIRSTBITMAP, &bitmap);
  pcre2_pattern_info (re, PCRE2_INFO_FIRSTCODETYPE, &f.type);
  if (f.type == 1)
    pcre2_pattern_info (re, PCRE2_INFO_FIRSTCODEUNIT, &f.unit);
  if ((f.has_bitmap = bitmap != NULL))
    memcpy (f.bitmap, bitmap, 32);
  pcre2_code_free (re);
  return f;
}

static void
test_anchored_first_bytes (void)
{
  const char *patterns[] = {
    "(?:\\b(?i:about|the)\\s+)?\\b(?<n>(?i:two|three|ten)|\\d+)\\s+(?i:years|days)\\b",
    "(?<=\\bin )(?:June|July)\\b",
    "\\b(?<day>\\d{1,2})[.-](?<month>\\d{1,2})[.-](?<year>\\d{4})\\b",
  };
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      FirstBytes loose = first_bytes_of (patterns[i], 0), anchored = first_bytes_of (patterns[i], PCRE2_ANCHORED);
      g_assert_true (anchored.has_bitmap || anchored.type == 1);
      g_assert_cmpint (anchored.has_bitmap, ==, loose.has_bitmap);
      g_assert_cmpmem (anchored.bitmap, 32, loose.bitmap, 32);
      g_assert_cmpuint (anchored.type, ==, loose.type);
      g_assert_cmpuint (anchored.unit, ==, loose.unit);
    }
}

/* The triple filter's table grows as triples come (scan.c, triple_slot()):
 * with some two thousand distinct first three bytes before years, it
 * grows past three quarters full twice, and each answer it learnt must
 * still be its key's after the moves, when the words come again: a word
 * of three letters a to y opens the pattern, one with a 'z' ("qbz") does
 * not on its third byte though its pair does. */
static void
test_triple_table_grows (void)
{
  const char *patterns = "year\tyear\t1\t\\b[a-y][a-y][a-y]\\s+(?<year>\\d{4})\\b\n";
  GString *text = g_string_new (NULL);
  guint open = 0;
  for (guint round = 0; round < 2; round++)
    for (const char *first = "qxk"; *first; first++)
      for (char second = 'a'; second <= 'z'; second++)
        for (char third = 'a'; third <= 'z'; third++)
          {
            g_string_append_printf (text, "%c%c%c 1990. ", *first, second, third);
            open += second != 'z' && third != 'z';
          }
  g_autoptr (JsonNode) input = json_from_string ("{\"id\":\"t\",\"published\":\"2024-03-06\"}", NULL);
  json_object_set_string_member (json_node_get_object (input), "text", text->str);
  g_string_free (text, TRUE);
  g_autofree char *line = json_to_string (input, FALSE);
  g_autofree char *jsonl = g_strconcat (line, "\n", NULL);
  g_autofree char *out = run_with_patterns (patterns, jsonl);
  g_autofree char *found = found_texts (out);
  g_auto (GStrv) texts = g_strsplit (found, "|", -1);
  g_assert_cmpuint (g_strv_length (texts), ==, open);
  for (guint i = 0; texts[i]; i++)
    g_assert_null (strchr (texts[i], 'z'));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/before-counts-tokens", test_before_counts_tokens);
  g_test_add_func ("/dates/pair-filter-context", test_pair_filter_context);
  g_test_add_func ("/dates/pair-filter-lookbehind", test_pair_filter_lookbehind);
  g_test_add_func ("/dates/patterns/more-than-64", test_many_patterns);
  g_test_add_func ("/dates/patterns/second-bank", test_second_bank);
  g_test_add_func ("/dates/scan/word-shapes", test_word_shapes);
  g_test_add_func ("/dates/scan/anchor-marks", test_anchor_marks);
  g_test_add_func ("/dates/scan/before-of-all-patterns", test_before_of_all_patterns);
  g_test_add_func ("/dates/scan/utf8-one-token", test_utf8_one_token);
  g_test_add_func ("/dates/scan/cue-kinds", test_cue_kinds);
  g_test_add_func ("/dates/scan/cue-lookbehind", test_cue_lookbehind);
  g_test_add_func ("/dates/scan/cue-own-reach", test_cue_own_reach);
  g_test_add_func ("/dates/scan/anchored-first-bytes", test_anchored_first_bytes);
  g_test_add_func ("/dates/scan/triple-table-grows", test_triple_table_grows);
  return g_test_run ();
}
