/* test-dates-data.c: the dates stage's data files and options read at
 * load: each malformed row or option is told at `assay check`, naming
 * the file and the line, and patterns without hints get theirs read.
 * (Split from test-dates.c, whose table of sentences grows.) */
#include "dates-test-util.h"

#include <string.h>
#include <gio/gio.h>

/* Runs `assay check` on a pipeline of cleanup and dates with @option set
 * to a file of @contents, and returns its stderr; the check must fail. */
static char *
check_fails (const char *option, const char *file_name, const char *contents)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-dates-XXXXXX", NULL);
  test_write_file (dir, file_name, contents, -1);
  g_autofree char *pipeline = g_strdup_printf ("[pipeline]\nstages=cleanup;dates\n[dates]\n%s=%s/%s\n", option, dir,
                                               file_name);
  test_write_file (dir, "bad.pipeline", pipeline, -1);
  g_autofree char *pipeline_path = g_build_filename (dir, "bad.pipeline", NULL);
  const char *argv[] = { ASSAY_BIN, "check", pipeline_path, NULL };
  g_autoptr (GError) error = NULL;
  char *err = NULL;
  g_autoptr (GSubprocess) proc
      = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, &error));
  g_assert_cmpint (g_subprocess_get_exit_status (proc), !=, 0);
  test_remove_tree (dir);
  return err;
}

/* The stage's own lexicon with @entry added fails the check, and the
 * message names the file, the line an editor shows (comments and blank
 * lines counted) and @complaint. */
static void
assert_lexicon_entry_fails (const char *entry, const char *complaint)
{
  g_autofree char *lexicon_path = g_build_filename (PROJECT_SOURCE_DIR, "plugins", "dates", "data", "lexicon.tsv", NULL);
  g_autofree char *lexicon = NULL;
  g_assert_true (g_file_get_contents (lexicon_path, &lexicon, NULL, NULL));
  g_autofree char *bad = g_strconcat (lexicon, entry, NULL);
  g_autofree char *err = check_fails ("lexicon", "lexicon.tsv", bad);
  guint line = 1;
  for (const char *p = lexicon; *p; p++)
    line += *p == '\n';
  g_autofree char *where = g_strdup_printf ("lexicon.tsv:%u: ", line);
  if (!strstr (err, where))
    g_error ("'%s' does not say '%s'", err, where);
  g_assert_nonnull (strstr (err, complaint));
}

/* A user's lexicon with a ref value TIMEX3 has not stops the run before
 * any document. */
static void
test_bad_ref_value (void)
{
  assert_lexicon_entry_fails ("ref\tbefore long\tSOON_REF\n", "PAST_REF, PRESENT_REF, FUTURE_REF or PX and a unit (PXX: none), not 'SOON_REF'");
  /* a span of no count is PX and a unit's code, in capitals */
  assert_lexicon_entry_fails ("ref\tan age\tPX\n", "or PX and a unit (PXX: none), not 'PX'");
}

/* A holiday's rule is read whole: text after it, or a '/Y' mistyped,
 * is an error at load, not ignored. */
static void
test_bad_holiday_rule (void)
{
  assert_lexicon_entry_fails ("holiday\tHogmanay\t12-31/y\n", "a holiday's rule is MM-DD or N:WEEKDAY:MONTH");
  assert_lexicon_entry_fails ("holiday\tHogmanay\t12-31Y\n", "not '12-31Y'");
  assert_lexicon_entry_fails ("holiday\tHogmanay\t13-01\n", "not '13-01'");
}

/* A dated event's day is read by libassay's one date rule: a day that
 * does not exist, or a month alone, stops the check at the row's line. */
static void
test_bad_dated_event (void)
{
  g_autofree char *err = check_fails ("dated-events", "dated-events.tsv",
                                      "# events\n2003-02-14\t-\tfloods\n2003-13-45\t-\tfloods\n");
  g_assert_nonnull (strstr (err, "dated-events.tsv:3: '2003-13-45': month 13 is not 01 to 12"));
  g_autofree char *month = check_fails ("dated-events", "dated-events.tsv", "2003-02\t-\tfloods\n");
  g_assert_nonnull (strstr (month, "dated-events.tsv:1: the event's day is YYYY-MM-DD"));
}

/* A shift is a direction: -1, 0 or +1; "-2" would say more than the
 * normalisations read. */
static void
test_bad_shift_value (void)
{
  assert_lexicon_entry_fails ("shift\tthe one before last\t-2\n", "a shift's value is -1, 0 or +1, not '-2'");
}

static void
test_bad_frequency_value (void)
{
  assert_lexicon_entry_fails ("frequency\tbiweekly\ttwice\n",
                              "a frequency's value is a TIMEX3 duration (P1D, PT1H), not 'twice'");
}

/* A business word's value is "-": nothing else is read from it. */
static void
test_bad_business_value (void)
{
  assert_lexicon_entry_fails ("business\tprofit\tyes\n", "a business word has no value: write '-', not 'yes'");
}

/* A fixture cue is a pattern like the others, and its errors say where. */
static void
test_bad_fixture_cue (void)
{
  assert_lexicon_entry_fails ("fixture\t\\b(?:host\n", "missing closing parenthesis");
  /* each row is right alone, the kind's cues together are not: the
   * message names the kind */
  g_autofree char *err = check_fails ("lexicon", "lexicon.tsv", "future\t(?<x>will)\nfuture\t(?<x>shall)\n");
  g_assert_nonnull (strstr (err, "lexicon.tsv, the future cues without TOKENS together: "));
  g_assert_nonnull (strstr (err, "two named subpatterns have the same name"));
}

/* A number word's value is read once, at load: one that is no number
 * is told there, not read as 0 at each number in the text. */
static void
test_bad_number_value (void)
{
  assert_lexicon_entry_fails ("number\tumpteen\tmany\n", "a number's value is a number above 0 (12, 0.25), not 'many'");
}

/* A cue's TOKENS, how near the expression it is tried, is a count. */
static void
test_bad_cue_tokens (void)
{
  assert_lexicon_entry_fails ("past\t\\bwas\\b\tnear\n", "TOKENS is 'near', not a number of tokens from 1 to 16");
}

/* Digits followed by a word of a class name a class that exists. */
static void
test_bad_digits_then_class (void)
{
  g_autofree char *err = check_fails ("patterns", "patterns.tsv", "time\tyear+{ZONE}\t0\t\\b\\d{4}[A-Z]+\\b\n");
  g_assert_nonnull (strstr (err, "patterns.tsv:1: NEEDS 'year+{ZONE}': after '+' comes the one ASCII character"));
}

/* A NEEDS word quoted at one end only is an error, not a word no text holds. */
static void
test_half_quoted_needs (void)
{
  g_autofree char *err = check_fails ("patterns", "patterns.tsv", "year\t\"year\t0\tthe year\n");
  g_assert_nonnull (strstr (err, "patterns.tsv:1: NEEDS '\"year': a quoted word is written"));
}

/* A KIND no normalisation has would make its pattern match and yield nothing. */
static void
test_unknown_kind (void)
{
  g_autofree char *err = check_fails ("patterns", "patterns.tsv", "dat\t{MONTH}\t0\t\\b(?<month>{MONTH})\\b\n");
  g_assert_nonnull (strstr (err, "patterns.tsv:1: no normalisation is called 'dat' (KIND is one of iso, date,"));
}

/* BEFORE is a count of tokens, told when it is none, and a pattern
 * written without it is told too. */
static void
test_bad_before (void)
{
  g_autofree char *err = check_fails ("patterns", "patterns.tsv", "year\tyear\tmany\t\\b(?<year>\\d{4})\\b\n");
  g_assert_nonnull (strstr (err, "patterns.tsv:1: BEFORE is 'many', not a number of tokens from 0 to 48"));
  g_autofree char *old = check_fails ("patterns", "patterns.tsv", "year\tyear\t\\b(?<year>\\d{4})\\b\n");
  g_assert_nonnull (strstr (old, "patterns.tsv:1: NEEDS and BEFORE go together; write KIND<TAB>PATTERN"));
}

/* A pattern written alone gets its hints from itself: the word every
 * match holds ({MONTH} here) and how far before it a match may start
 * ("late" is a token before the month). */
static void
test_hints_read (void)
{
  g_autofree char *out = run_with_patterns ("# no hints\n"
                                            "month\t(?:\\b(?<mod>(?i:early|late))\\s+)?\\b(?<month>{MONTH})\\b\n"
                                            "year\t\\b(?i:in)\\s+(?<expr>(?<year>\\d{4}))\\b\n",
                                            "{\"id\":\"h\",\"text\":\"It will rain in late May, as in 1990.\",\"published\":\"2024-03-06\"}\n");
  g_assert_nonnull (strstr (out, "\"text\":\"late May\",\"label\":\"DATE\",\"attrs\":{\"value\":\"2024-05\",\"mod\":\"END\""));
  g_assert_nonnull (strstr (out, "\"text\":\"1990\",\"label\":\"DATE\",\"attrs\":{\"value\":\"1990\""));
}

/* The hints read, as ASSAY_DATES_SHOW_HINTS prints them: digits with the
 * character after them, a class's word and the tokens before it, a word. */
static void
test_hints_shown (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-dates-XXXXXX", NULL);
  test_write_file (dir, "patterns.tsv",
                   "decade\t\\b(?<year>\\d{3}0)s\\b\n"
                   "date\t(?:\\b(?<weekday>{WEEKDAY}),?\\s+)?\\b(?<month>{MONTH})\\s+(?<day>\\d{1,2})\\b\n"
                   "set\t\\b(?i:every)\\s+(?<unit>{UNIT})\\b\n",
                   -1);
  g_autofree char *pipeline = g_strdup_printf ("[pipeline]\nstages=cleanup;dates\n[dates]\npatterns=%s/patterns.tsv\n", dir);
  test_write_file (dir, "p.pipeline", pipeline, -1);
  g_autofree char *pipeline_path = g_build_filename (dir, "p.pipeline", NULL);
  g_autoptr (GSubprocessLauncher) launcher
      = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE
                                   | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "ASSAY_DATES_SHOW_HINTS", "1", TRUE);
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) proc = g_subprocess_launcher_spawn (launcher, &error, ASSAY_BIN, "run", pipeline_path, "-", NULL);
  g_assert_no_error (error);
  g_autofree char *err = NULL;
  g_assert_true (g_subprocess_communicate_utf8 (proc, "{\"id\":\"x\",\"text\":\"x\"}\n", NULL, NULL, &err, &error));
  g_assert_no_error (error);
  test_remove_tree (dir);
  g_assert_nonnull (strstr (err, "patterns.tsv:1\tdecade\tNEEDS year+s\tBEFORE 0\t(read from the pattern)"));
  g_assert_nonnull (strstr (err, "patterns.tsv:2\tdate\tNEEDS {MONTH}\tBEFORE 2\t(read from the pattern)"));
  g_assert_nonnull (strstr (err, "patterns.tsv:3\tset\tNEEDS \"every\"\tBEFORE 0\t(read from the pattern)"));
}

/* Where no word every match must hold can be proved (digits inside any
 * word), the pattern needs its hints by hand, and loading says so; NEEDS
 * without BEFORE is told too. */
static void
test_hints_unreadable (void)
{
  g_autofree char *err = check_fails ("patterns", "patterns.tsv", "# x\nyear\t(?<year>\\d{4})\n");
  g_assert_nonnull (strstr (err, "patterns.tsv:2: no word every match must hold could be read from the pattern; write "
                                 "KIND<TAB>NEEDS<TAB>BEFORE<TAB>PATTERN"));
  g_autofree char *broken = check_fails ("patterns", "patterns.tsv", "year\t\\b(?<year>\\d{4}\\b\n");
  g_assert_nonnull (strstr (broken, "patterns.tsv:1: pattern error at character"));
  g_autofree char *half = check_fails ("patterns", "patterns.tsv", "year\tyear\t\t\\b(?<year>\\d{4})\\b\n");
  g_assert_nonnull (strstr (half, "patterns.tsv:1: NEEDS and BEFORE go together"));
}

/* A zone's row with no offset a clock can have names its line. */
static void
test_bad_zone_row (void)
{
  g_autofree char *err = check_fails ("timezones", "timezones.tsv", "# zones\n\nUTC\t+00:00\nXST\tfive\n");
  g_assert_nonnull (strstr (err, "timezones.tsv:4: time zone 'XST': the offset 'five' is not +HH:MM"));
  g_autofree char *short_row = check_fails ("timezones", "timezones.tsv", "UTC\t+00:00\nXST +05:00\n");
  g_assert_nonnull (strstr (short_row, "timezones.tsv:2: 1 field where 2 are expected"));
}

/* A row of the generic nouns with a second field is told with its line. */
static void
test_bad_generic_noun (void)
{
  g_autofree char *err = check_fails ("generic-nouns", "generic-nouns.tsv", "# nouns\nconsumer\nfan\tperson\n");
  g_assert_nonnull (strstr (err, "generic-nouns.tsv:3: 2 fields where 1 is expected"));
}

/* A row of the collective nouns with a second field is told with its line. */
static void
test_bad_collective_noun (void)
{
  g_autofree char *err = check_fails ("collective-nouns", "collective-nouns.tsv", "# nouns\nsociety\nyouth\tgroup\n");
  g_assert_nonnull (strstr (err, "collective-nouns.tsv:3: 2 fields where 1 is expected"));
}

/* A context word's row names a kind the stage knows, and the check says
 * which line does not. */
static void
test_bad_context_word (void)
{
  g_autofree char *err = check_fails ("context-words", "context-words.tsv", "# words\npurpose\tfit\nreadiness\tready\n");
  g_assert_nonnull (strstr (err, "context-words.tsv:3"));
  g_assert_nonnull (strstr (err, "the kind 'readiness' is none of purpose, report, measure, calendar, times"));
}

/* An idiom's row says where it comes from, and its phrase is words in
 * lowercase with one space between; the check names the line. */
static void
test_bad_idiom (void)
{
  g_autofree char *err = check_fails ("idioms", "idioms.tsv", "# idioms\nsave|saved the day\tjudged\nkill time\tbook\n");
  g_assert_nonnull (strstr (err, "idioms.tsv:3: the source 'book' is neither wordnet nor judged"));
  g_autofree char *spaced = check_fails ("idioms", "idioms.tsv", "kill  time\tjudged\n");
  g_assert_nonnull (strstr (spaced, "idioms.tsv:1: the phrase 'kill  time' is not words with one space between"));
  g_autofree char *upper = check_fails ("idioms", "idioms.tsv", "Kill time\tjudged\n");
  g_assert_nonnull (strstr (upper, "idioms.tsv:1: the phrase 'Kill time' is not in lowercase"));
  g_autofree char *keyless = check_fails ("idioms", "idioms.tsv", "around the clock\tjudged\n");
  g_assert_nonnull (strstr (keyless, "idioms.tsv:1: the phrase 'around the clock' holds no unit, part of the day nor last word of a ref"));
  g_autofree char *gap_first = check_fails ("idioms", "idioms.tsv", "once ... a day\tjudged\n");
  g_assert_nonnull (strstr (gap_first, "idioms.tsv:1: the phrase 'once ... a day' has a gap '...' before its unit"));
}

/* A past form's row says whether the form is the past alone, also the
 * participle, as often a noun, or the base ("cut"), and the check names
 * the line that says none. */
static void
test_bad_past_form (void)
{
  g_autofree char *err = check_fails ("past-forms", "past-forms.tsv", "# forms\nrose\tpast\ncut\tbare\nwon\tboth\n");
  g_assert_nonnull (strstr (err, "past-forms.tsv:4"));
  g_assert_nonnull (strstr (err, "the kind 'both' is none of past, shared, noun, bare"));
}

/* A time-zone name longer than the stage reads, given in a pipeline,
 * is told, not cut short into another zone's name. */
static void
test_zone_name_too_long (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-dates-XXXXXX", NULL);
  test_write_file (dir, "z.pipeline", "[pipeline]\nstages=cleanup;dates\n[dates]\nzones=ABCDEFGHIJKLMNOPQ=+01:00\n", -1);
  g_autofree char *pipeline_path = g_build_filename (dir, "z.pipeline", NULL);
  const char *argv[] = { ASSAY_BIN, "check", pipeline_path, NULL };
  g_autoptr (GError) error = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GSubprocess) proc
      = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, &error));
  test_remove_tree (dir);
  g_assert_cmpint (g_subprocess_get_exit_status (proc), !=, 0);
  g_assert_nonnull (strstr (err, "time zone 'ABCDEFGHIJKLMNOPQ'"));
  g_assert_nonnull (strstr (err, "the option zones: time zone"));
  g_assert_nonnull (strstr (err, "a name is one word of UTF-8, 1 to 15 bytes"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/bad-generic-noun", test_bad_generic_noun);
  g_test_add_func ("/dates/bad-collective-noun", test_bad_collective_noun);
  g_test_add_func ("/dates/bad-context-word", test_bad_context_word);
  g_test_add_func ("/dates/bad-past-form", test_bad_past_form);
  g_test_add_func ("/dates/bad-before", test_bad_before);
  g_test_add_func ("/dates/bad-ref-value", test_bad_ref_value);
  g_test_add_func ("/dates/bad-shift-value", test_bad_shift_value);
  g_test_add_func ("/dates/bad-dated-event", test_bad_dated_event);
  g_test_add_func ("/dates/bad-holiday-rule", test_bad_holiday_rule);
  g_test_add_func ("/dates/bad-frequency-value", test_bad_frequency_value);
  g_test_add_func ("/dates/bad-business-value", test_bad_business_value);
  g_test_add_func ("/dates/bad-fixture-cue", test_bad_fixture_cue);
  g_test_add_func ("/dates/half-quoted-needs", test_half_quoted_needs);
  g_test_add_func ("/dates/bad-number-value", test_bad_number_value);
  g_test_add_func ("/dates/bad-cue-tokens", test_bad_cue_tokens);
  g_test_add_func ("/dates/bad-digits-then-class", test_bad_digits_then_class);
  g_test_add_func ("/dates/zone-name-too-long", test_zone_name_too_long);
  g_test_add_func ("/dates/bad-zone-row", test_bad_zone_row);
  g_test_add_func ("/dates/bad-idiom", test_bad_idiom);
  g_test_add_func ("/dates/patterns/hints-read", test_hints_read);
  g_test_add_func ("/dates/patterns/hints-shown", test_hints_shown);
  g_test_add_func ("/dates/patterns/hints-unreadable", test_hints_unreadable);
  g_test_add_func ("/dates/unknown-kind", test_unknown_kind);
  return g_test_run ();
}
