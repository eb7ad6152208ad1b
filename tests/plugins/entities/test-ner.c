/* test-ner.c: the entities tagger's document history (ner.c): which
 * mentions it counts, what it gives later ones, and that a model learns
 * from it. */
#include "../../../plugins/entities/ner.h"
#include "../../../plugins/entities/ner-private.h"

#include <unistd.h>
#include <glib/gstdio.h>
#include <string.h>

static const char *const TAGS[] = { "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC", NULL };

/* A sentence of @words (NULL-terminated), each token's slot the index of
 * its lowercased word in @vocab (as ner_document_slots() would give). */
static NerSentence *
sentence_new (const char *const *words, const char *const *vocab)
{
  NerSentence *s = g_new0 (NerSentence, 1);
  s->n = g_strv_length ((char **) words);
  s->tokens = g_new0 (NerToken, s->n);
  for (guint i = 0; i < s->n; i++)
    {
      ner_token_init (&s->tokens[i], words[i], strlen (words[i]), NULL);
      g_autofree char *lower = g_ascii_strdown (words[i], -1);
      guint slot = 0;
      while (vocab[slot] && strcmp (vocab[slot], lower) != 0)
        slot++;
      g_assert_nonnull (vocab[slot]);
      s->tokens[i].doc_slot = slot;
    }
  return s;
}

static void
sentence_free (gpointer data)
{
  NerSentence *s = data;
  g_free (s->tokens);
  g_free (s);
}

/* Slots are numbered by distinct key text: two words whose hashes
 * collide ("dosodal" and "dusafar" share FNV-1a 32; here every hash is
 * made equal) still get slots of their own. */
static void
test_slots (void)
{
  const char *const keys[] = { "yukos", "dosodal", "yukos", "dusafar", "dosodal", "yukos", "moscow" };
  const guint32 hashes[] = { 7, 7, 7, 7, 7, 7, 7 };
  guint32 slots[G_N_ELEMENTS (keys)];
  guint size = ner_document_slots (keys, hashes, G_N_ELEMENTS (keys), slots);
  g_assert_cmpuint (size, ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_assert_cmpuint (slots[i], <, size);
      for (guint j = 0; j < i; j++)
        if (strcmp (keys[i], keys[j]) == 0)
          g_assert_cmpuint (slots[i], ==, slots[j]);
        else
          g_assert_cmpuint (slots[i], !=, slots[j]);
    }
}

static void
test_history (void)
{
  static const char *const vocab[] = { "yukos", "said", "shares", "fell", ".", "in", "moscow", "news", "'", NULL };
  NerModel *m = ner_model_new (TAGS, 10);
  g_autofree guint16 *counts = g_new0 (guint16, G_N_ELEMENTS (vocab) * NER_HISTORY_TYPES);

  /* A headline (no full stop): its guesses are not counted. */
  const char *headline[] = { "Shares", "in", "Yukos", "fell", NULL };
  NerSentence *h = sentence_new (headline, vocab);
  guint h_tags[] = { 0, 0, 1, 0 }; /* Yukos a person: the headline's mistake */
  ner_history_add (m, h, h_tags, counts);
  for (guint k = 0; k < G_N_ELEMENTS (vocab) * NER_HISTORY_TYPES; k++)
    g_assert_cmpuint (counts[k], ==, 0);

  /* A headline ending in a quote with no stop before it is no prose
   * either ("... was 'botched'"). */
  const char *quoted[] = { "Shares", "in", "Yukos", "'", NULL };
  NerSentence *q = sentence_new (quoted, vocab);
  guint q_tags[] = { 0, 0, 1, 0 };
  ner_history_add (m, q, q_tags, counts);
  for (guint k = 0; k < G_N_ELEMENTS (vocab) * NER_HISTORY_TYPES; k++)
    g_assert_cmpuint (counts[k], ==, 0);
  sentence_free (q);

  /* Prose: a capitalised word inside the sentence counts, the first word
   * and lowercase words do not. */
  const char *prose[] = { "Shares", "in", "Yukos", "fell", ".", NULL };
  NerSentence *p = sentence_new (prose, vocab);
  guint org[] = { 3, 0, 3, 0, 0 };
  ner_history_add (m, p, org, counts);
  ner_history_add (m, p, org, counts);
  guint per[] = { 0, 0, 1, 0, 0 };
  ner_history_add (m, p, per, counts);
  g_assert_cmpuint (counts[0 * NER_HISTORY_TYPES + 2], ==, 2); /* yukos: ORG twice */
  g_assert_cmpuint (counts[0 * NER_HISTORY_TYPES + 1], ==, 1); /* and PER once */
  g_assert_cmpuint (counts[2 * NER_HISTORY_TYPES + 2], ==, 0); /* Shares, first: not counted */

  /* A later sentence: Yukos gets its commonest type (ORG: 1 + 2), a word
   * with no history and a lowercase word get none. */
  const char *later[] = { "Yukos", "said", "Moscow", "news", NULL };
  NerSentence *l = sentence_new (later, vocab);
  l->tokens[3].history = 5; /* overwritten */
  ner_history_apply (l, counts);
  g_assert_cmpuint (l->tokens[0].history, ==, 3);
  g_assert_cmpuint (l->tokens[1].history, ==, 0);
  g_assert_cmpuint (l->tokens[2].history, ==, 0);
  g_assert_cmpuint (l->tokens[3].history, ==, 0);

  sentence_free (h);
  sentence_free (p);
  sentence_free (l);
  ner_model_free (m);
}

/* Trained on documents where a name's type shows only in an earlier
 * sentence, by its cue (each name is a person in some documents, an
 * organisation in others, and is written alone at a sentence's start
 * later), the tagger gets the later mention right by its history. */
static const char *const history_vocab[] = { "met", "visited", "smith", "acme", "jones", "corp", "said", ".", "mr", "the", NULL };

static void
history_set (GPtrArray *sentences, GPtrArray *gold, GArray *docs)
{
  const char *const *vocab = history_vocab;
  const char *names[] = { "Smith", "Acme", "Jones", "Corp" };
  for (guint d = 0; d < 40; d++)
    {
      const char *name = names[d % 4];
      gboolean person = (d / 4) % 2 == 0; /* each name a person in half the documents */
      guint first = sentences->len;
      g_array_append_val (docs, first);
      /* "Mr X said ." or "the X said ." first: the cue shows the type. */
      const char *a[] = { person ? "Mr" : "the", name, "said", ".", NULL };
      guint ga[] = { 0, person ? 1 : 3, 0, 0 };
      g_ptr_array_add (sentences, sentence_new (a, vocab));
      g_ptr_array_add (gold, g_memdup2 (ga, sizeof ga));
      /* Then "X said ." with nothing but the history to tell. */
      const char *b[] = { name, "said", ".", NULL };
      guint gb[] = { person ? 1 : 3, 0, 0 };
      g_ptr_array_add (sentences, sentence_new (b, vocab));
      g_ptr_array_add (gold, g_memdup2 (gb, sizeof gb));
    }
}

static void
test_train_history (void)
{
  const char *const *vocab = history_vocab;
  g_autoptr (GPtrArray) sentences = g_ptr_array_new_with_free_func (sentence_free);
  g_autoptr (GPtrArray) gold = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint));
  history_set (sentences, gold, docs);
  NerModel *m = ner_model_new (TAGS, 12);
  ner_train (m, sentences, gold, docs, 10, 1, 2);
  /* A document the model has not seen, a person by its cue. */
  g_autofree guint16 *counts = g_new0 (guint16, G_N_ELEMENTS (history_vocab) * NER_HISTORY_TYPES);
  const char *a[] = { "Mr", "Acme", "said", ".", NULL };
  const char *b[] = { "Acme", "said", ".", NULL };
  NerSentence *sa = sentence_new (a, vocab), *sb = sentence_new (b, vocab);
  guint tags[4];
  ner_history_apply (sa, counts);
  ner_tag (m, sa, tags);
  g_assert_cmpuint (tags[1], ==, 1);
  ner_history_add (m, sa, tags, counts);
  ner_history_apply (sb, counts);
  g_assert_cmpuint (sb->tokens[0].history, ==, 2);
  ner_tag (m, sb, tags);
  g_assert_cmpuint (tags[0], ==, 1);
  sentence_free (sa);
  sentence_free (sb);
  ner_model_free (m);
}

/* A token read through the thread's cache of words, by whatever hash
 * the caller gives (here every word the same, so each evicts the one
 * before, and then words that differ only in case), is the token read
 * from scratch: the cache changes no feature. */
static void
test_token_cache (void)
{
  const char *const words[] = { "Reuters", "reuters", "REUTERS", "Café", "café", "U.S.", "1996", "well-known",
                                "Reuters", "an-extremely-long-hyphenated-word", NULL };
  for (guint32 hash = 0; hash < 3; hash++)
    for (guint round = 0; round < 2; round++)
      for (guint i = 0; words[i]; i++)
        {
          NerToken fresh, cached;
          memset (&fresh, 0, sizeof fresh);
          memset (&cached, 0, sizeof cached);
          ner_token_init (&fresh, words[i], strlen (words[i]), "B-GPE");
          ner_token_init_hashed (ner_token_cache (), &cached, words[i], strlen (words[i]),
                                 hash == 2 ? (guint32) i / 3 : hash, "B-GPE");
          g_assert_cmpuint (cached.word, ==, fresh.word);
          g_assert_cmpuint (cached.shape, ==, fresh.shape);
          g_assert_cmpuint (cached.flags, ==, fresh.flags);
          g_assert_cmpuint (cached.gaz, ==, fresh.gaz);
          g_assert_cmpuint (cached.n_pre, ==, fresh.n_pre);
          g_assert_cmpuint (cached.n_suf, ==, fresh.n_suf);
          g_assert_cmpmem (cached.pre, sizeof cached.pre[0] * cached.n_pre, fresh.pre, sizeof fresh.pre[0] * fresh.n_pre);
          g_assert_cmpmem (cached.suf, sizeof cached.suf[0] * cached.n_suf, fresh.suf, sizeof fresh.suf[0] * fresh.n_suf);
        }
  /* Case is read from the text, not from the cache's word of the same
   * hash. */
  NerToken lower, upper;
  ner_token_init_hashed (ner_token_cache (), &lower, "reuters", 7, 42, NULL);
  ner_token_init_hashed (ner_token_cache (), &upper, "Reuters", 7, 42, NULL);
  g_assert_true (upper.flags & NER_TITLE);
  g_assert_false (lower.flags & NER_TITLE);
  g_assert_cmpuint (upper.shape, !=, lower.shape);
}

/* A word the cache holds is told from another of the same length and
 * hash that differs in any one byte (the cache compares by loads that
 * overlap, not memcmp()): every length it holds, every position; and
 * the word read back after is itself again. */
static void
test_token_cache_compare (void)
{
  for (gsize n = 1; n <= 22; n++)
    for (gsize at = 0; at < n; at++)
      {
        char a[23], b[23];
        memset (a, 'a', n), memset (b, 'a', n);
        b[at] = 'b';
        NerToken ta, tb, again;
        ner_token_init_hashed (ner_token_cache (), &ta, a, n, 7, NULL);
        ner_token_init_hashed (ner_token_cache (), &tb, b, n, 7, NULL);
        ner_token_init_hashed (ner_token_cache (), &again, a, n, 7, NULL);
        g_assert_cmpuint (ta.word, ==, fnv (a, n));
        g_assert_cmpuint (tb.word, ==, fnv (b, n));
        g_assert_cmpuint (again.word, ==, fnv (a, n));
      }
}

/* What a token's hashes are, by their definition (ner.h): the
 * lowercased word, its prefixes of 1..3 and suffixes of 1..4 bytes, the
 * shape (X x d, runs collapsed), the flags; the same whether the word is
 * ASCII (token_read_ascii()) or not, and through the cache or not. */
static void
test_token_features (void)
{
  static const struct
  {
    const char *word, *lower, *shape;
    guint flags;
  } cases[] = {
    { "Reuters", "reuters", "Xx", NER_TITLE },
    { "reuters", "reuters", "x", 0 },
    { "U.S.", "u.s.", "X.X.", NER_TITLE | NER_CAPS },
    { "IBM", "ibm", "X", NER_TITLE | NER_CAPS },
    { "1996", "1996", "d", NER_DIGIT },
    { "well-known", "well-known", "x-x", NER_HYPHEN },
    { "F-16s", "f-16s", "X-dx", NER_TITLE | NER_DIGIT | NER_HYPHEN },
    { "'s", "'s", "'x", 0 },
    { "a", "a", "x", 0 },
    { "", "", "", 0 },
    { "Café", "caf\xc3\xa9", "Xx", NER_TITLE },
    { "ÉCOLE", "\xc3\xa9" "cole", "X", NER_TITLE | NER_CAPS },
    { "Zürich-based", "z\xc3\xbcrich-based", "Xx-x", NER_TITLE | NER_HYPHEN },
    /* A byte past ASCII late in the word, after the ASCII reading has
     * hashed and shaped its start; and ASCII around digits and hyphens. */
    { "Mo-2-Go\xc3\xa9", "mo-2-go\xc3\xa9", "Xx-d-Xx", NER_TITLE | NER_DIGIT | NER_HYPHEN },
    { "NAÏVE", "na\xc3\xafve", "X", NER_TITLE | NER_CAPS },
    { "--x9", "--x9", "--xd", NER_DIGIT | NER_HYPHEN },
    { "B52s", "b52s", "Xdx", NER_TITLE | NER_DIGIT },
  };
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (guint32 hash = 0; hash < 2; hash++)
      {
        const char *lower = cases[c].lower;
        gsize n = strlen (lower);
        NerToken t;
        memset (&t, 0, sizeof t);
        if (hash)
          ner_token_init_hashed (ner_token_cache (), &t, cases[c].word, strlen (cases[c].word), c, NULL);
        else
          ner_token_init (&t, cases[c].word, strlen (cases[c].word), NULL);
        g_assert_cmpuint (t.word, ==, fnv (lower, n));
        g_assert_cmpuint (t.shape, ==, fnv (cases[c].shape, strlen (cases[c].shape)));
        g_assert_cmpuint (t.flags, ==, cases[c].flags);
        g_assert_cmpuint (t.n_pre, ==, MIN (n, 3));
        g_assert_cmpuint (t.n_suf, ==, MIN (n, 4));
        for (guint j = 0; j < t.n_pre; j++)
          g_assert_cmpuint (t.pre[j], ==, fnv (lower, j + 1));
        for (guint j = 0; j < t.n_suf; j++)
          g_assert_cmpuint (t.suf[j], ==, fnv (lower + n - j - 1, j + 1));
      }
}

/* ner_tag() (for nine tags: the scores in vectors, the local sums from
 * the thread's cache, the tag rows of the two tags before from the
 * model's table of pairs) tags as the plain loop does, with a trained
 * model and the same model saved and loaded (where the table of pairs
 * is made again): every sentence of random words from a small
 * vocabulary, capitalised or not, so that every pair of tags before is
 * met. */
static void
test_tag_reference (void)
{
  static const char *const vocab[] = { "met", "visited", "smith", "acme", "jones", "corp", "said", ".", "mr", "the", NULL };
  static const char *const words[] = { "met", "visited", "Smith", "Acme", "Jones", "Corp", "said", ".", "Mr", "the",
                                       "SMITH", "ACME", NULL };
  g_autoptr (GPtrArray) sentences = g_ptr_array_new_with_free_func (sentence_free);
  g_autoptr (GPtrArray) gold = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint));
  GRand *rand = g_rand_new_with_seed (7);
  for (guint d = 0; d < 60; d++)
    {
      guint first = sentences->len;
      g_array_append_val (docs, first);
      const char *text[21] = { NULL };
      guint n = (guint) g_rand_int_range (rand, 1, 21);
      guint *tags = g_new (guint, n);
      for (guint i = 0; i < n; i++)
        {
          text[i] = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words) - 1)];
          /* Gold tags any allowed sequence: B- or O at random, I- of
           * the type before where there is one. */
          guint t = (guint) g_rand_int_range (rand, 0, 9);
          if (t % 2 == 0 && t > 0 && !(i > 0 && tags[i - 1] > 0 && (tags[i - 1] + 1) / 2 == t / 2))
            t = 0;
          tags[i] = t;
        }
      g_ptr_array_add (sentences, sentence_new (text, vocab));
      g_ptr_array_add (gold, tags);
    }
  g_rand_free (rand);
  NerModel *m = ner_model_new (TAGS, 12);
  ner_train (m, sentences, gold, docs, 3, 1, 1);
  /* A file of its own: a fixed name raced another suite's run in /tmp. */
  g_autofree char *path = NULL;
  close (g_file_open_tmp ("test-ner-reference-XXXXXX.model", &path, NULL));
  g_assert_nonnull (path);
  g_assert_true (ner_model_save (m, path, NULL));
  NerModel *loaded = ner_model_load (path, NULL);
  g_assert_nonnull (loaded);
  g_unlink (path);
  guint fast[20], plain[20], differ = 0, named = 0;
  for (guint k = 0; k < sentences->len; k++)
    {
      NerSentence *s = sentences->pdata[k];
      for (int which = 0; which < 2; which++)
        {
          ner_tag (which ? loaded : m, s, fast);
          ner_tag_reference (which ? loaded : m, s, plain);
          for (guint i = 0; i < s->n; i++)
            {
              differ += fast[i] != plain[i];
              named += plain[i] != 0;
            }
        }
    }
  g_assert_cmpuint (differ, ==, 0);
  g_assert_cmpuint (named, >, 0); /* the model tags names: its weights are not all zero */
  ner_model_free (m);
  ner_model_free (loaded);
}

/* The weights a saved model holds (its "weights K" line). */
static gsize
saved_weights (const NerModel *m)
{
  g_autofree char *path = NULL, *text = NULL;
  close (g_file_open_tmp ("test-ner-min-count-XXXXXX.model", &path, NULL));
  g_assert_true (ner_model_save (m, path, NULL));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_unlink (path);
  const char *line = strstr (text, "\nweights ");
  g_assert_nonnull (line);
  return (gsize) g_ascii_strtoull (line + 9, NULL, 10);
}

/* ner_model_set_min_count(): rows fewer tokens read keep no weights, so
 * the model holds fewer; the frequent rows (a cue, "said", the names'
 * shape) still tag the names.  At 255 (the training set's 280 tokens
 * fill the counters of the bias row and a few others only) the model
 * keeps those few rows and can no longer tell the name from the cue. */
static void
test_min_count (void)
{
  g_autoptr (GPtrArray) sentences = g_ptr_array_new_with_free_func (sentence_free);
  g_autoptr (GPtrArray) gold = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint));
  history_set (sentences, gold, docs);
  gsize held[3];
  const guint counts[3] = { 0, 12, 255 };
  for (guint k = 0; k < 3; k++)
    {
      NerModel *m = ner_model_new (TAGS, 12);
      ner_model_set_min_count (m, counts[k]);
      ner_train (m, sentences, gold, docs, 10, 1, 1);
      held[k] = saved_weights (m);
      const char *a[] = { "Mr", "Acme", "said", ".", NULL };
      NerSentence *sa = sentence_new (a, history_vocab);
      guint tags[4];
      ner_tag (m, sa, tags);
      if (k < 2)
        g_assert_cmpuint (tags[1], ==, 1);
      else
        g_assert_true (tags[0] != 0 || tags[1] != 1);
      sentence_free (sa);
      ner_model_free (m);
    }
  g_assert_cmpuint (held[1], <, held[0]);
  g_assert_cmpuint (held[1], >, 0);
  g_assert_cmpuint (held[2], <, held[1]);
  g_assert_cmpuint (held[2], <=, 9 * 8);
}

/* Word classes (ner-clusters.c): a word the training never had is read
 * by its class.  Training has "visited X ." with X a person (Smith,
 * Jones ...) or an organisation (Acme, Corp ...), nothing else telling them
 * apart but the word; the classes put the unseen "Wexley" with the
 * people and "Dunmoor" with the organisations.  The model names its
 * classes' file, read back from beside it; a model whose file is gone,
 * or a file with a row that is not a word and its classes, is refused. */
static void
test_clusters (void)
{
  g_autofree char *dir = g_dir_make_tmp ("test-ner-XXXXXX", NULL);
  g_autofree char *tsv = g_build_filename (dir, "classes.tsv", NULL);
  g_autofree char *path = g_build_filename (dir, "tagger.model", NULL);
  const char *rows = "# made by hand\nword\tc1\tc2\tc3\tcount\n"
                     "smith\t1\t10\t100\t9\njones\t1\t10\t100\t9\ntaylor\t1\t10\t100\t9\n"
                     "evans\t1\t10\t100\t9\nwexley\t1\t10\t100\t3\n"
                     "acme\t2\t20\t200\t9\ncorp\t2\t20\t200\t9\nglobex\t2\t20\t200\t9\n"
                     "initech\t2\t20\t200\t9\ndunmoor\t2\t20\t200\t3\n";
  g_assert_true (g_file_set_contents (tsv, rows, -1, NULL));
  const char *const vocab[] = { "visited", "smith", "jones", "taylor", "evans", "acme", "corp", "globex", "initech",
                                ".", "wexley", "dunmoor", NULL };
  g_autoptr (GPtrArray) sentences = g_ptr_array_new_with_free_func (sentence_free);
  g_autoptr (GPtrArray) gold = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint));
  const char *names[] = { "Smith", "Acme", "Jones", "Corp", "Taylor", "Globex", "Evans", "Initech" };
  for (guint d = 0; d < 40; d++)
    {
      guint first = sentences->len;
      g_array_append_val (docs, first);
      const char *a[] = { "visited", names[d % 8], ".", NULL };
      guint ga[] = { 0, d % 2 == 0 ? 1 : 3, 0 };
      g_ptr_array_add (sentences, sentence_new (a, vocab));
      g_ptr_array_add (gold, g_memdup2 (ga, sizeof ga));
    }
  NerModel *m = ner_model_new (TAGS, 14);
  g_autoptr (GError) error = NULL;
  g_assert_true (ner_model_set_clusters (m, tsv, &error));
  ner_train (m, sentences, gold, docs, 10, 1, 1);
  g_assert_true (ner_model_save (m, path, &error));
  ner_model_free (m);
  m = ner_model_load (path, &error);
  g_assert_no_error (error);
  const char *person[] = { "visited", "Wexley", ".", NULL }, *org[] = { "visited", "Dunmoor", ".", NULL };
  NerSentence *sp = sentence_new (person, vocab), *so = sentence_new (org, vocab);
  /* The word's classes by its hash; a word not in the file has none. */
  const guint16 *classes = ner_clusters_classes (ner_model_clusters (m), sp->tokens[1].word);
  g_assert_nonnull (classes);
  g_assert_cmpuint (classes[2], ==, 100);
  g_assert_null (ner_clusters_classes (ner_model_clusters (m), sp->tokens[0].word));
  guint tags[3];
  ner_tag (m, sp, tags);
  g_assert_cmpuint (tags[1], ==, 1);
  ner_tag (m, so, tags);
  g_assert_cmpuint (tags[1], ==, 3);
  ner_model_free (m);
  /* A model without classes gives none, and trained on the same
   * sentences cannot tell the two unseen words apart. */
  m = ner_model_new (TAGS, 14);
  ner_train (m, sentences, gold, docs, 10, 1, 1);
  g_assert_null (ner_model_clusters (m));
  guint plain[2];
  ner_tag (m, sp, tags);
  plain[0] = tags[1];
  ner_tag (m, so, tags);
  plain[1] = tags[1];
  g_assert_true (plain[0] != 1 || plain[1] != 3);
  ner_model_free (m);
  sentence_free (sp);
  sentence_free (so);

  g_assert_cmpint (g_remove (tsv), ==, 0);
  g_assert_null (ner_model_load (path, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (tsv, "word\tc1\tc2\tc3\tcount\nsmith\t1\tten\t100\t9\n", -1, NULL));
  m = ner_model_new (TAGS, 10);
  g_assert_false (ner_model_set_clusters (m, tsv, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA);
  g_assert_nonnull (strstr (error->message, ":2:"));
  ner_model_free (m);
  g_remove (tsv);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ner/slots", test_slots);
  g_test_add_func ("/ner/history", test_history);
  g_test_add_func ("/ner/train-history", test_train_history);
  g_test_add_func ("/ner/min-count", test_min_count);
  g_test_add_func ("/ner/token-cache", test_token_cache);
  g_test_add_func ("/ner/token-features", test_token_features);
  g_test_add_func ("/ner/token-cache-compare", test_token_cache_compare);
  g_test_add_func ("/ner/tag-reference", test_tag_reference);
  g_test_add_func ("/ner/clusters", test_clusters);
  return g_test_run ();
}
