/* test-cue-needs.c: the words a near cue needs (plugins/dates/cue-needs.c),
 * read from its pattern: what each row is read to need, that a row never
 * matches where the test says its words are missing (each row tried by
 * PCRE2 at every byte of sentences near it), and that the test does turn
 * away the words where a row cannot match. */
#include "../../../plugins/dates/cue-needs.h"
#include "../../../plugins/dates/pattern-syntax.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <string.h>

/* Rows as the lexicon writes them (data/lexicon.tsv's near cues), and
 * forms the reader must leave unjudged. */
static const char *const to_be = "(?=[a-z]+,?\\s+to\\s+be\\s)(?<!\\blast )\\b(?!(?:was|were)\\b)[a-z]+,?\\s+to\\s+be\\s+"
                                 "(?:also\\s+)?(?:[a-z]{2,}(?:ed|en)|held|set)(?:\\s+[A-Za-z0-9'-]+){0,3}?\\s+(?:on|in|at)\\s*$";
static const char *const starting = "(?=taking\\s|starting\\s|kicking\\s)(?<=[a-z] )(?:taking\\s+place|starting|kicking\\s+off)"
                                    "(?:\\s+(?:in|at)\\s+[A-Z][A-Za-z'-]*)?\\s+(?:on|in|at)\\s*$";
static const char *const to_face = "(?=to\\s)to\\s+(?:face|meet|play|host|visit)\\b(?:\\s+[A-Za-z0-9'-]+){0,4}?\\s+on\\s*$";
static const char *const until = "\\b(?:until|till)\\s*$";
static const char *const is_ing = "(?=is\\s|are\\s|'re\\s|\\x{2019}re\\s)(?:is|are|'re|\\x{2019}re)\\s+(?:also\\s+)?[a-z]{2,}ing"
                                  "\\s+(?:on|in|at)\\s*$";

static gboolean
matches (const char *pattern, const char *text, gsize at, gsize end)
{
  int code;
  PCRE2_SIZE offset;
  pcre2_code *re = pcre2_compile ((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF | PCRE2_ANCHORED, &code,
                                  &offset, NULL);
  g_assert_nonnull (re);
  pcre2_match_data *md = pcre2_match_data_create_from_pattern (re, NULL);
  int rc = pcre2_match (re, (PCRE2_SPTR) text, end, at, 0, md, NULL);
  pcre2_match_data_free (md);
  pcre2_code_free (re);
  return rc >= 0;
}

/* Whether the test lets @pattern (kind 0, alone) be tried at @at. */
static gboolean
let_through (const CueNeeds *needs, const char *text, gsize at, gsize end)
{
  CueScan scan = { .scanned = end };
  return !(needs->judged & 1) || cue_needs_met (needs, 0, cue_needs_present (needs, &scan, text, at, end));
}

static void
test_read (void)
{
  CueNeeds needs = { 0 };
  cue_needs_add_row (&needs, 0, to_be);
  g_assert_cmpuint (needs.judged, ==, 1);
  g_assert_cmpuint (needs.n_rows[0], ==, 1);
  /* "to" and "be", each once though the lookahead names them again,
   * and one of "on", "in", "at" at the end */
  g_assert_cmpuint (needs.n_terms[0][0], ==, 3);
  g_assert_cmpuint (needs.n_words, ==, 5);
  g_assert_cmpstr (needs.words[0].text, ==, "to");
  g_assert_true (needs.words[0].left && !needs.words[0].anchored);

  CueNeeds all = { 0 };
  cue_needs_add_row (&all, 0, starting);
  cue_needs_add_row (&all, 0, to_face);
  cue_needs_add_row (&all, 0, until);
  cue_needs_add_row (&all, 1, is_ing);
  g_assert_cmpuint (all.judged, ==, 3);
  /* one of three words where the row starts, one of "on", "in", "at" */
  g_assert_cmpuint (all.n_terms[0][0], ==, 2);
  g_assert_cmpuint (__builtin_popcount (all.terms[0][0][0]), ==, 3);
  /* "to" where it starts, one of its verbs, "on" at the end */
  g_assert_cmpuint (all.n_terms[0][1], ==, 3);
  g_assert_cmpuint (all.n_terms[0][2], ==, 1);

  /* not read: a row that may need nothing makes its kind tried as before */
  static const char *const unjudged[] = {
    "\\b(?:until|till)?\\s*$",          /* optional */
    "(?i)until\\s*$",                   /* a flag: its case is not the text's */
    "\\Quntil\\E\\s*$",                 /* quoted */
    "[a-z]{3,}ed(?:\\s+(?:on|in))?\\s*$", /* "ed" ends no word of its own */
    "(?:until|[a-z]+)\\s*$",          /* an alternative without a word */
    "untils*\\s*$",                     /* its last letter repeated */
    "(?!until\\b)[a-z]+\\s*$",          /* a negative lookahead needs nothing */
  };
  for (guint i = 0; i < G_N_ELEMENTS (unjudged); i++)
    {
      CueNeeds n = { 0 };
      cue_needs_add_row (&n, 0, unjudged[i]);
      g_test_message ("%s", unjudged[i]);
      g_assert_cmpuint (n.judged, ==, 0);
      g_assert_cmpuint (n.unjudged, ==, 1);
    }
  /* a judged row and an unjudged one of the same kind: the kind unjudged */
  CueNeeds mixed = { 0 };
  cue_needs_add_row (&mixed, 0, until);
  cue_needs_add_row (&mixed, 0, "(?:until|[a-z]+)\\s*$");
  cue_needs_add_row (&mixed, 0, to_face);
  g_assert_cmpuint (mixed.judged, ==, 0);
  /* a group of more than eight alternatives is no term (the lexicon's
   * verbs after "to"): the row needs its other words */
  CueNeeds many = { 0 };
  cue_needs_add_row (&many, 0, "(?=to\\s)to\\s+(?:a|b|c|d|e|f|g|h|i)\\s+on\\s*$");
  g_assert_cmpuint (many.judged, ==, 1);
  g_assert_cmpuint (many.n_terms[0][0], ==, 2);
}

/* Each row at every byte of sentences written near it: wherever PCRE2
 * matches, the test lets the row through; and it turns the row away at
 * the bytes @turned names (each a word's first bytes, in order). */
static void
test_sound (void)
{
  static const struct
  {
    const char *const *pattern;
    const char *text;
    const char *turned; /* words (space-separated) at which the row must be turned away */
  } cases[] = {
    { &to_be, "The match, which was due to be played on", "be played" },
    { &to_be, "The match is set to be held, in the end, at", "be held end" },
    { &to_be, "The final is expected to be staged in", NULL },
    { &to_be, "Toronto is where the final will be played on", "Toronto is where the final will be played" },
    { &to_be, "The bet is to be able to bet on", NULL },
    { &to_be, "tobe be to be held on", NULL },
    { &to_be, "The vote is to be held, says Blair, on", NULL },
    { &to_be, "It was to become law in", "It was to become law" },
    { &starting, "with the race starting in Paris at", "with the race in Paris" },
    { &starting, "the restarting of talks in", "the restarting of talks" },
    { &starting, "with work kicking off on", "with work off" },
    { &to_face, "Chelsea are to face Arsenal on", "Chelsea are face Arsenal" },
    { &to_face, "Chelsea went into play on", "Chelsea went into play" },
    { &to_face, "the team to play them at home on", NULL },
    { &until, "the ban lasts until", "the ban lasts" },
    { &until, "the ban lasts untill", "the ban lasts untill" },
    { &until, "the ban lasts till", NULL },
    { &is_ing, "Sale is hosting Bath on", "Sale hosting Bath" },
    { &is_ing, "they're playing at", "playing" },
    { &is_ing, "they\u2019re playing at", "playing" },
    { &is_ing, "This island sits in", "This island sits" },
  };
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      CueNeeds needs = { 0 };
      cue_needs_add_row (&needs, 0, *cases[c].pattern);
      g_assert_cmpuint (needs.judged, ==, 1);
      const char *text = cases[c].text;
      gsize end = strlen (text);
      /* every byte, from the end back, with one scan as speaks_of_future() keeps it */
      CueScan scan = { .scanned = end };
      for (gsize at = end; at-- > 0;)
        {
          gboolean through = cue_needs_met (&needs, 0, cue_needs_present (&needs, &scan, text, at, end));
          g_test_message ("'%s' at %zu: %s", text, at, through ? "through" : "turned");
          if (matches (*cases[c].pattern, text, at, end))
            g_assert_true (through);
          g_assert_true (through == let_through (&needs, text, at, end));
        }
      g_auto (GStrv) turned = g_strsplit (cases[c].turned ? cases[c].turned : "", " ", -1);
      const char *from = text;
      for (char **w = turned; *w && **w; w++)
        {
          const char *found = strstr (from, *w);
          g_assert_nonnull (found);
          g_test_message ("'%s': turned at '%s'", text, *w);
          g_assert_false (let_through (&needs, text, (gsize) (found - text), end));
          from = found + strlen (*w);
        }
    }
}

/* The walker both readers of patterns share (pattern-syntax.c): where
 * each construct ends, and which ones a reader of words cannot see
 * into.  @expect_rest is what follows the construct. */
static void
check_end (const char *(*end) (const char *, gboolean *), const char *pattern, const char *expect_rest,
           gboolean expect_unread)
{
  gboolean unread = FALSE;
  g_assert_cmpstr (end (pattern, &unread), ==, expect_rest);
  g_assert_cmpint (unread, ==, expect_unread);
  /* NULL for the flag is allowed and ends at the same place */
  g_assert_cmpstr (end (pattern, NULL), ==, expect_rest);
}

static void
test_syntax (void)
{
  check_end (pattern_escape_end, "\\s+x", "+x", FALSE);
  check_end (pattern_escape_end, "\\x{2019}s", "s", FALSE);
  check_end (pattern_escape_end, "\\p{Lu}a", "a", FALSE);
  check_end (pattern_escape_end, "\\k{name})", ")", FALSE);
  check_end (pattern_escape_end, "\\Q(a)\\Eb", "b", TRUE);
  check_end (pattern_escape_end, "\\Q(a)", "", TRUE);
  check_end (pattern_escape_end, "\\", "", TRUE);
  /* a ']' first is a member, so is a POSIX class's, and an escaped one */
  check_end (pattern_class_end, "[]a]b", "b", FALSE);
  check_end (pattern_class_end, "[^]a]b", "b", FALSE);
  check_end (pattern_class_end, "[[:alpha:]-]b", "b", FALSE);
  check_end (pattern_class_end, "[\\]x]b", "b", FALSE);
  check_end (pattern_class_end, "[\\x{2019}']b", "b", FALSE);
  check_end (pattern_class_end, "[ab", "", TRUE);
  /* a ')' in a class or escaped closes nothing */
  check_end (pattern_group_end, "(?:a|(b))c", "c", FALSE);
  check_end (pattern_group_end, "(?=[)]\\))d", "d", FALSE);
  check_end (pattern_group_end, "(?:\\Q)\\E)e", "e", TRUE);
  check_end (pattern_group_end, "(a(b)", "", TRUE);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/cue-needs/read", test_read);
  g_test_add_func ("/dates/cue-needs/sound", test_sound);
  g_test_add_func ("/dates/pattern-syntax/ends", test_syntax);
  return g_test_run ();
}
