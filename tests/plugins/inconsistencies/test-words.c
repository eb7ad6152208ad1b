/* test-words.c: the claims' words (words.c): where each word of a
 * sentence begins and ends, its folded form, and the cues that start at
 * it.  An ASCII word is folded and hashed as it is copied, a word with a
 * character beyond ASCII by assay_text_fold(): both must give what
 * assay_text_fold() gives, whatever mix a sentence holds. */
#include "words.h"

#include <string.h>

typedef struct
{
  const char *sentence;
  const char *words; /* the words' texts, '|'-separated */
} WordsCase;

static const WordsCase cases[] = {
  { "The Ministry said 3,400 jobs went.", "The|Ministry|said|3,400|jobs|went" },
  /* joiners: a hyphen, apostrophes (ASCII and U+2019), a number's point */
  { "Twenty-five don't know; it's 1.5 times", "Twenty-five|don't|know|it's|1.5|times" },
  { "Zürich’s mayor", "Zürich’s|mayor" },
  { "the mayor’s office", "the|mayor’s|office" },
  /* a word beyond ASCII from its first letter, and one with a mark */
  { "Élysée Palace and Škoda", "Élysée|Palace|and|Škoda" },
  { "cafe\xcc\x81 open", "cafe\xcc\x81|open" },
  /* what joins nothing: a trailing hyphen or apostrophe, a point after
   * a word, a comma between words, quotes around one */
  { "pre- and post-war 'hello' end.", "pre|and|post-war|hello|end" },
  { "one,two", "one|two" },
  { "£5m for ΑΘΗΝΑ", "5m|for|ΑΘΗΝΑ" },
  { "", "" },
  { " \t ", "" },
};

static void
test_cut (void)
{
  g_autoptr (GPtrArray) kept = g_ptr_array_new_with_free_func ((GDestroyNotify) cue_trie_free);
  CueTrie *trie = cue_trie_new ();
  g_ptr_array_add (kept, trie);
  cue_trie_freeze (trie);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const char *text = cases[c].sentence;
      Words w;
      words_init (&w);
      words_cut (&w, trie, text, 0, strlen (text));
      g_auto (GStrv) expected = cases[c].words[0] ? g_strsplit (cases[c].words, "|", -1) : g_new0 (char *, 1);
      g_assert_cmpuint (w.len, ==, g_strv_length (expected));
      for (guint i = 0; i < w.len; i++)
        {
          const Word *word = words_at (&w, i);
          g_autofree char *got = g_strndup (text + word->start, word->end - word->start);
          g_assert_cmpstr (got, ==, expected[i]);
          g_autofree char *folded = assay_text_fold (text + word->start, word->end - word->start);
          g_assert_cmpstr (words_folded (&w, i), ==, folded);
          /* A folded '-' is never missed (the number reader skips the
           * words without the flag); an ASCII word without one is not
           * flagged, or the flag would save nothing. */
          gboolean ascii = TRUE;
          for (const char *p = got; *p; p++)
            ascii = ascii && (guchar) *p < 0x80;
          if (strchr (folded, '-'))
            g_assert_true (word->maybe_hyphen);
          else if (ascii)
            g_assert_false (word->maybe_hyphen);
        }
      words_clear (&w);
    }
}

/* A cue of ASCII and non-ASCII words is found whichever way each word
 * was folded, and only where it starts. */
static void
test_cues (void)
{
  /* cues are given folded (cues.tsv is read so) */
  g_autofree char *city = assay_text_fold ("Zürich", -1);
  g_autofree char *office = g_strconcat ("mayor of ", city, NULL);
  CueTrie *trie = cue_trie_new ();
  g_assert_true (cue_trie_add (trie, city, 0, "city"));
  g_assert_true (cue_trie_add (trie, office, 1, "office"));
  g_assert_true (cue_trie_add (trie, "said", 2, "speech"));
  cue_trie_freeze (trie);
  static const struct
  {
    const char *sentence;
    guint word, kind, length;
  } cues[] = {
    { "The Mayor of ZÜRICH said", 1, 1, 3 }, { "The Mayor of ZÜRICH said", 3, 0, 1 },
    { "The Mayor of ZÜRICH said", 4, 2, 1 }, { "The Mayor of ZÜRICH said", 0, 1, 0 },
    { "The Mayor of ZÜRICH said", 2, 1, 0 }, { "mayor of Zug", 0, 1, 0 },
    { "Zürich’s mayor said", 0, 0, 0 },      { "unsaid", 0, 2, 0 },
  };
  for (guint c = 0; c < G_N_ELEMENTS (cues); c++)
    {
      Words w;
      words_init (&w);
      words_cut (&w, trie, cues[c].sentence, 0, strlen (cues[c].sentence));
      g_assert_cmpuint (words_cue (&w, cues[c].word, cues[c].kind, NULL), ==, cues[c].length);
      words_clear (&w);
    }
  cue_trie_free (trie);
}

/* The frozen trie keeps each node's cues with the edge into it and its
 * words in one pool: a phrase of two kinds, a phrase inside a longer one,
 * one given twice, and words that are a cue word's start or run past it. */
static void
test_ends (void)
{
  CueTrie *trie = cue_trie_new ();
  g_assert_true (cue_trie_add (trie, "prime minister", 0, "office"));
  g_assert_true (cue_trie_add (trie, "prime minister", 1, "person"));
  g_assert_true (cue_trie_add (trie, "prime", 2, "first"));
  g_assert_true (cue_trie_add (trie, "prime minister of", 3, "of"));
  g_assert_true (cue_trie_add (trie, "minister", 1, "old"));
  g_assert_true (cue_trie_add (trie, "minister", 1, "new"));
  cue_trie_freeze (trie);
  const char *text = "The Prime Minister of Primes, minist ministers: minister";
  Words w;
  words_init (&w);
  words_cut (&w, trie, text, 0, strlen (text));
  g_assert_cmpuint (w.len, ==, 8);
  const char *value = NULL;
  g_assert_cmpuint (words_cue (&w, 1, 0, &value), ==, 2);
  g_assert_cmpstr (value, ==, "office");
  g_assert_cmpuint (words_cue (&w, 1, 1, &value), ==, 2);
  g_assert_cmpstr (value, ==, "person");
  g_assert_cmpuint (words_cue (&w, 1, 3, &value), ==, 3);
  g_assert_cmpstr (value, ==, "of");
  g_assert_cmpstr (words_value (&w, 1, 2), ==, "first");
  g_assert_null (words_value (&w, 1, 0)); /* only the phrase is of kind 0 */
  g_assert_cmpstr (words_value (&w, 2, 1), ==, "new");
  g_assert_cmpuint (words_cue (&w, 2, 0, NULL), ==, 0);
  /* "of" alone, "Primes", "minist" and "ministers" are no cue words */
  for (guint i = 3; i < 7; i++)
    g_assert_cmpuint (words_at (&w, i)->kinds, ==, 0);
  g_assert_cmpstr (words_value (&w, 7, 1), ==, "new");
  words_clear (&w);
  cue_trie_free (trie);
}

/* words_cut() reads ASCII a block of 64 bytes at a time from bit masks
 * and goes back to its byte loop for what a block cannot finish: each
 * snippet, cut alone (too short for a block), gives the same words,
 * folded forms, flags and cues as when it lies at every offset of a
 * longer text, so that its words meet a block's end, its first byte
 * beyond ASCII, or the next word's joiner anywhere. */
static void
test_blocks (void)
{
  CueTrie *trie = cue_trie_new ();
  static const char *const cue_words[] = { "the", "twenty-five", "it's", "3,400", "mayor", "abcdefghijklmnopqrstu" };
  for (guint k = 0; k < G_N_ELEMENTS (cue_words); k++)
    g_assert_true (cue_trie_add (trie, cue_words[k], k, cue_words[k]));
  g_assert_true (cue_trie_add (trie, "the mayor", 0, "phrase"));
  cue_trie_freeze (trie);
  static const char *const snippets[] = {
    "The Ministry said 3,400 jobs went.", "Twenty-five don't know; it's 1.5 times",
    "pre- and post-war 'hello' end.", "one,two 1,a a,1 1.2.3 x.y", "a-b-c ab--cd -x y- 'z' it''s",
    "Zürich’s mayor-élu x-é é-x 4,é", "THE MAYOR the Mayor", "ABCDEFGHIJKLMNOPQRSTU abcdefghijklmnopqrstuv",
    "a0-9Z 12,345,678.90 don't-stop", "\tTab\nnew-\nline", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789",
  };
  for (guint c = 0; c < G_N_ELEMENTS (snippets); c++)
    {
      const char *snippet = snippets[c];
      gsize n = strlen (snippet);
      g_assert_cmpuint (n, <, 80);
      Words alone;
      words_init (&alone);
      words_cut (&alone, trie, snippet, 0, n);
      for (gsize at = 0; at < 80; at++)
        {
          char text[256];
          memset (text, ' ', sizeof text);
          memcpy (text + at, snippet, n);
          Words w;
          words_init (&w);
          words_cut (&w, trie, text, 0, sizeof text);
          g_assert_cmpuint (w.len, ==, alone.len);
          for (guint i = 0; i < w.len; i++)
            {
              const Word *a = words_at (&alone, i), *b = words_at (&w, i);
              g_assert_cmpuint (b->start, ==, a->start + at);
              g_assert_cmpuint (b->end, ==, a->end + at);
              g_assert_cmpstr (words_folded (&w, i), ==, words_folded (&alone, i));
              g_assert_cmpuint (b->maybe_hyphen, ==, a->maybe_hyphen);
              g_assert_cmpuint (b->kinds, ==, a->kinds);
              g_assert_cmpuint (b->single, ==, a->single);
            }
          words_clear (&w);
        }
      words_clear (&alone);
    }
  cue_trie_free (trie);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/inconsistencies/words/cut", test_cut);
  g_test_add_func ("/inconsistencies/words/cues", test_cues);
  g_test_add_func ("/inconsistencies/words/ends", test_ends);
  g_test_add_func ("/inconsistencies/words/blocks", test_blocks);
  return g_test_run ();
}
