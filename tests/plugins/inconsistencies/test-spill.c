/* test-spill.c: the inconsistencies stage's spills (spill.c): bytes
 * gathered in a buffer read back wherever they lie, rewritten in place, a
 * full disk reported naming the spill; and the stories' store (store.c):
 * records rewritten in place or moved, evicted and read back the same. */
#include "spill.h"
#include "store.h"

#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

/* A byte that depends on where it lies, so that a misplaced one shows. */
static char
byte_at (guint64 at)
{
  return (char) ((at * 2654435761u) >> 13);
}

static void
fill (char *out, guint64 at, gsize length)
{
  for (gsize i = 0; i < length; i++)
    out[i] = byte_at (at + i);
}

/* Writes pieces of many sizes (some larger than the buffer) and reads
 * back every range around the buffer's edge and the file's. */
static void
check_spill (Spill *spill)
{
  GError *error = NULL;
  static const gsize sizes[] = { 1, 7, 300, 4096, 65535, 65536, 70000, 13, 200000, 5 };
  guint64 size = 0;
  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
      {
        g_autofree char *piece = g_malloc (sizes[i]);
        fill (piece, size, sizes[i]);
        guint64 at;
        g_assert_true (spill_add (spill, piece, sizes[i], &at, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (at, ==, size);
        size += sizes[i];
        g_assert_cmpuint (spill_size (spill), ==, size);
        /* The last bytes, whether written or still gathered, and a range
         * across them. */
        guint64 from = size > 100000 ? size - 100000 : 0;
        g_autofree char *back = g_malloc (size - from);
        g_autofree char *expected = g_malloc (size - from);
        fill (expected, from, size - from);
        g_assert_true (spill_read (spill, from, size - from, back, &error));
        g_assert_no_error (error);
        g_assert_true (memcmp (back, expected, size - from) == 0);
      }
  /* Rewritten across the end (gathered) and well before it (written). */
  char mark[3000];
  memset (mark, 'x', sizeof mark);
  g_assert_true (spill_rewrite (spill, size - 1000, mark, 1000, &error));
  g_assert_true (spill_rewrite (spill, 10, mark, sizeof mark, &error));
  g_assert_true (spill_rewrite (spill, size - 70000, mark, sizeof mark, &error));
  g_assert_no_error (error);
  g_assert_true (spill_finish (spill, &error));
  g_assert_no_error (error);
  g_autofree char *all = g_malloc (size);
  g_assert_true (spill_read (spill, 0, size, all, &error));
  g_assert_no_error (error);
  for (guint64 i = 0; i < size; i++)
    {
      gboolean marked = (i >= 10 && i < 10 + sizeof mark) || (i >= size - 70000 && i < size - 70000 + sizeof mark)
                        || i >= size - 1000;
      if (all[i] != (marked ? 'x' : byte_at (i)))
        g_error ("byte %" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT " read back wrong", i, size);
    }
  /* Past the end is an error, not a read of what lies there. */
  g_assert_false (spill_read (spill, size - 1, 2, all, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED);
  g_clear_error (&error);
}

static void
test_spill_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-spill-XXXXXX", NULL);
  Spill *spill = spill_new ("summaries", dir);
  check_spill (spill);
  spill_free (spill);
  /* The file was unlinked at once: nothing is left. */
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Small records read back one after another come from the bytes read
 * ahead (spill.c's READ_AHEAD): each must be its own, also across the
 * window's end, into the bytes still gathered, after a read elsewhere,
 * and after a rewrite of bytes the window holds (read again, not kept). */
static void
test_spill_read_ahead (void)
{
  GError *error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("assay-spill-XXXXXX", NULL);
  Spill *spill = spill_new ("summaries", dir);
  enum { RECORDS = 3000 };
  guint64 at[RECORDS + 1];
  for (guint i = 0; i < RECORDS; i++)
    {
      /* 1 to 397 bytes: records cross the window's end at many places */
      gsize length = 1 + (i * 37) % 397;
      char piece[400];
      fill (piece, spill_size (spill), length);
      g_assert_true (spill_add (spill, piece, length, &at[i], &error));
      g_assert_no_error (error);
    }
  at[RECORDS] = spill_size (spill);
  /* the last bytes are still gathered (600 KB written, 64 KB buffer) */
  g_assert_cmpuint (at[RECORDS] % (64 * 1024), !=, 0);
  char back[400], expected[400];
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < RECORDS; i++)
      {
        gsize length = at[i + 1] - at[i];
        g_assert_true (spill_read (spill, at[i], length, back, &error));
        g_assert_no_error (error);
        fill (expected, at[i], length);
        if (memcmp (back, expected, length) != 0)
          g_error ("record %u (pass %u) read back wrong", i, pass);
        /* now and then a read elsewhere, then on where it was */
        if (i % 97 == 0)
          {
            guint other = (i * 7919) % RECORDS;
            gsize n = at[other + 1] - at[other];
            g_assert_true (spill_read (spill, at[other], n, back, &error));
            fill (expected, at[other], n);
            g_assert_true (memcmp (back, expected, n) == 0);
          }
      }
  /* Records 9 and 10 (a read on from the last, which brings the window
   * over 11); rewrite 11; read 11. */
  g_assert_true (spill_read (spill, at[9], at[10] - at[9], back, &error));
  g_assert_true (spill_read (spill, at[10], at[11] - at[10], back, &error));
  gsize n11 = at[12] - at[11];
  char mark[400];
  memset (mark, 'x', n11);
  g_assert_true (spill_rewrite (spill, at[11], mark, n11, &error));
  g_assert_true (spill_read (spill, at[11], n11, back, &error));
  g_assert_no_error (error);
  g_assert_true (memcmp (back, mark, n11) == 0);
  spill_free (spill);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Where no file can be made, the bytes stay in memory, read the same. */
static void
test_spill_memory (void)
{
  if (g_test_subprocess ())
    {
      /* The warning is what is tested, not a failure. */
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
      Spill *spill = spill_new ("summaries", "/nonexistent/folder");
      check_spill (spill);
      spill_free (spill);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*cannot make a temporary file in /nonexistent/folder*summaries*");
}

/* A file size limit makes the buffered writes fail (EFBIG): the error
 * names the spill and its folder, when the buffer is written or at
 * spill_finish(). */
static void
test_spill_full (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("assay-spill-XXXXXX", NULL);
      signal (SIGXFSZ, SIG_IGN);
      struct rlimit limit = { 32 * 1024, 32 * 1024 };
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      Spill *spill = spill_new ("claims", dir);
      GError *error = NULL;
      char piece[1000] = { 0 };
      guint64 at;
      gboolean ok = TRUE;
      for (guint i = 0; i < 200 && ok; i++)
        ok = spill_add (spill, piece, sizeof piece, &at, &error);
      g_assert_false (ok);
      g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED);
      g_printerr ("%s\n", error->message);
      g_clear_error (&error);
      spill_free (spill);
      /* A piece too large to gather fails as it is written, and leaves
       * nothing pending (not its length over the buffer's bytes). */
      spill = spill_new ("claims", dir);
      g_autofree char *large = g_malloc0 (100 * 1024);
      g_assert_false (spill_add (spill, large, 100 * 1024, &at, &error));
      g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED);
      g_clear_error (&error);
      g_assert_true (spill_finish (spill, &error));
      g_assert_no_error (error);
      /* Rewriting past the end is refused with an error, not silently. */
      g_assert_false (spill_rewrite (spill, 0, piece, sizeof piece, &error));
      g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED);
      g_clear_error (&error);
      spill_free (spill);
      /* Under the buffer's size: found at the end. */
      spill = spill_new ("claims", dir);
      limit.rlim_cur = 0;
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_assert_true (spill_add (spill, piece, sizeof piece, &at, &error));
      g_assert_false (spill_finish (spill, &error));
      g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED);
      g_printerr ("%s\n", error->message);
      g_clear_error (&error);
      spill_free (spill);
      g_rmdir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*keeping the cross-document findings' claims in a temporary file in *assay-spill-*: "
                             "File too large*keeping the cross-document findings' claims*File too large*");
}

/* What story @n should hold after @round rounds of changes: a mirror the
 * store's copy is compared with. */
static void
expect_story (const Forming *f, guint n, guint rounds)
{
  g_assert_cmpuint (f->number, ==, n);
  g_assert_cmpuint (f->n_docs, ==, rounds);
  g_assert_cmpuint (f->first, ==, rounds ? n : G_MAXUINT32);
  g_assert_cmpuint (f->last, ==, rounds ? 700000 + rounds : 0);
  g_assert_cmpuint (f->firsts->len, ==, MIN (rounds, FORMING_FIRST_DOCS));
  for (guint i = 0; i < f->firsts->len; i++)
    g_assert_cmpuint (g_array_index (f->firsts, guint32, i), ==, n + 1000 * i);
  /* Story n names n % 7 + 1 names a round, the later ones new: some grow
   * past their slot, some never. */
  guint names = rounds ? (n % 7 + 1) * (n % 3 == 0 ? rounds : 1) : 0;
  g_assert_cmpuint (g_hash_table_size (f->count), ==, names);
  for (guint i = 0; i < names; i++)
    {
      guint64 key = ((guint64) n << 40) | i | G_GUINT64_CONSTANT (0x8000000000000000);
      guint expected = n % 3 == 0 ? rounds - i / (n % 7 + 1) : rounds;
      g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (f->count, GSIZE_TO_POINTER ((gsize) key))), ==,
                        expected);
    }
  g_assert_cmpuint (f->events ? g_hash_table_size (f->events) : 0, ==, rounds && n % 2 ? 1 : 0);
  if (rounds && n % 2)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (f->events, "attack")), ==, rounds);
  g_assert_cmpuint (f->days ? g_hash_table_size (f->days) : 0, ==, rounds && n % 5 == 0 ? rounds : 0);
  g_assert_null (f->partials);
  g_assert_cmpuint (f->heads ? g_hash_table_size (f->heads) : 0, ==, rounds && n % 4 == 0 ? 1 : 0);
}

/* One round of changes to story @n, its @round'th (from 1). */
static void
change_story (Forming *f, guint n, guint round)
{
  if (f->firsts->len < FORMING_FIRST_DOCS)
    {
      guint32 doc = n + 1000 * f->firsts->len;
      g_array_append_val (f->firsts, doc);
    }
  f->n_docs++;
  f->first = MIN (f->first, n);
  f->last = 700000 + round;
  guint per = n % 7 + 1, names = n % 3 == 0 ? per * round : per;
  for (guint i = 0; i < names; i++)
    {
      gpointer key = GSIZE_TO_POINTER ((gsize) (((guint64) n << 40) | i | G_GUINT64_CONSTANT (0x8000000000000000)));
      g_hash_table_insert (f->count, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (f->count, key)) + 1));
    }
  if (n % 2)
    {
      if (f->events == NULL)
        f->events = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (f->events, "attack", GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (f->events, "attack")) + 1));
    }
  if (n % 5 == 0)
    {
      if (f->days == NULL)
        f->days = g_hash_table_new (NULL, NULL);
      g_hash_table_add (f->days, GUINT_TO_POINTER (730000 + round));
    }
  if (n % 4 == 0)
    {
      if (f->heads == NULL)
        f->heads = g_hash_table_new (NULL, NULL);
      g_hash_table_add (f->heads, GSIZE_TO_POINTER ((gsize) G_GUINT64_CONSTANT (0xF00000000000000D)));
    }
}

/* Stories added, changed in rounds in an order that jumps about, with
 * room in memory for @cached: each read back as the mirror says, its
 * index's first report and last day too. */
static void
check_store (const char *dir, guint cached, guint64 share)
{
  GError *error = NULL;
  const guint n_stories = 60, n_rounds = 40;
  g_autoptr (StoryStore) store = story_store_new (dir, cached, share);
  for (guint n = 0; n < n_stories; n++)
    {
      Forming *f = story_store_add (store, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (f->number, ==, n);
      g_assert_cmpuint (story_store_len (store), ==, n + 1);
    }
  guint rounds[60] = { 0 };
  for (guint r = 1; r <= n_rounds; r++)
    for (guint k = 0; k < n_stories; k++)
      {
        guint n = (k * 37 + r * 11) % n_stories;
        /* Some stories change less often than others. */
        if (n % 6 == 5 && r % 4)
          continue;
        Forming *f = story_store_get (store, n, &error);
        g_assert_no_error (error);
        expect_story (f, n, rounds[n]);
        change_story (f, n, ++rounds[n]);
        g_assert_true (story_store_changed (store, f, &error));
        g_assert_cmpuint (story_store_first (store, n), ==, n);
        g_assert_cmpuint (story_store_last (store, n), ==, 700000 + rounds[n]);
        /* Every name of its core passes the index's filter. */
        GHashTableIter it;
        gpointer name, count;
        g_hash_table_iter_init (&it, f->count);
        while (g_hash_table_iter_next (&it, &name, &count))
          if (GPOINTER_TO_UINT (count) * 2 >= f->n_docs)
            g_assert_true (story_store_core_may_hold (store, n, GPOINTER_TO_SIZE (name)));
        /* A story read and not changed between: as it was. */
        guint other = (n * 13 + 7) % n_stories;
        const Forming *o = story_store_get (store, other, &error);
        g_assert_no_error (error);
        expect_story (o, other, rounds[other]);
        /* Within the share, counted in what the stories hold. */
        if (share)
          g_assert_cmpuint (story_store_bytes (store), <=, share);
      }
  for (guint n = 0; n < n_stories; n++)
    {
      const Forming *f = story_store_get (store, n, &error);
      g_assert_no_error (error);
      expect_story (f, n, rounds[n]);
    }
  g_assert_cmpuint (story_store_bytes (store), >, n_stories * 24);
  /* With few in memory the stories that gain names each round outgrow
   * their slots and move; with all of them, none is ever written. */
  if (cached < n_stories || share)
    {
      g_assert_cmpuint (story_store_n_moved (store), >, 0);
      g_assert_cmpuint (story_store_n_evicted (store), >, 0);
      g_assert_cmpuint (story_store_n_read (store), >, 0);
    }
  else
    {
      g_assert_cmpuint (story_store_n_moved (store), ==, 0);
      g_assert_cmpuint (story_store_n_evicted (store), ==, 0);
      g_assert_cmpuint (story_store_n_read (store), ==, 0);
    }
  /* Every story fits beside the index: none was ever kept past the share. */
  g_assert_cmpuint (story_store_over_kept (store), ==, 0);
}

/* The story in use stays in memory whatever its size; when it alone does
 * not fit beside the index and what lies outside, the store remembers
 * what was held then, past the share, for the grouping to refuse. */
static void
check_kept (const char *dir)
{
  GError *error = NULL;
  const guint64 share = 16 * 1024;
  g_autoptr (StoryStore) store = story_store_new (dir, G_MAXUINT, share);
  for (guint n = 0; n < 4; n++)
    {
      Forming *f = story_store_add (store, &error);
      g_assert_no_error (error);
      change_story (f, n, 1);
      g_assert_true (story_store_changed (store, f, &error));
    }
  /* Near it: a story a few KB large, the others evicted for it if need
   * be, never past the share. */
  Forming *big = story_store_get (store, 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 100; i++)
    g_hash_table_insert (big->count, GSIZE_TO_POINTER ((gsize) (0x7000000000000000 | i)), GUINT_TO_POINTER (1));
  g_assert_true (story_store_changed (store, big, &error));
  g_assert_cmpuint (story_store_over_kept (store), ==, 0);
  g_assert_cmpuint (story_store_bytes (store), <=, share);
  /* Past it: a story of some 2,000 names (about 32 KB of table) alone. */
  big = story_store_get (store, 2, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2000; i++)
    g_hash_table_insert (big->count, GSIZE_TO_POINTER ((gsize) (0x7100000000000000 | i)), GUINT_TO_POINTER (1));
  g_assert_true (story_store_changed (store, big, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (story_store_over_kept (store), >, share);
  g_assert_cmpuint (story_store_over_kept (store), ==, story_store_bytes (store));
  /* Every other story left memory for it. */
  g_assert_cmpuint (story_store_n_evicted (store), >=, 3);
}

/* A story evicted that cannot be written (a file size limit: EFBIG) stops
 * the store with an error naming its spill, not a story lost. */
static void
test_store_full (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("assay-store-XXXXXX", NULL);
      signal (SIGXFSZ, SIG_IGN);
      struct rlimit limit = { 16 * 1024, 16 * 1024 };
      g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
      g_autoptr (StoryStore) store = story_store_new (dir, 2, 0);
      GError *error = NULL;
      Forming *f = NULL;
      guint n = 0;
      /* Each story is written as the next evicts it: past the buffer's
       * 64 KiB, the write fails. */
      for (; n < 100000; n++)
        {
          if ((f = story_store_add (store, &error)) == NULL)
            break;
          for (guint round = 1; round <= 3; round++)
            change_story (f, n * 3, round);
          g_assert_true (story_store_changed (store, f, &error));
        }
      g_assert_null (f);
      g_assert_cmpuint (n, >, 2);
      g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED);
      g_printerr ("%s\n", error->message);
      g_clear_error (&error);
      g_clear_pointer (&store, story_store_free);
      g_rmdir (dir);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*keeping the cross-document findings' stories in a temporary file in *assay-store-*: "
                             "File too large*");
}

/* What the grouping holds outside the store takes the stories' room: they
 * are evicted (written, and read back as they were) until the whole is
 * within the share; what cannot be evicted stays. */
static void
check_outside (const char *dir)
{
  GError *error = NULL;
  g_autoptr (StoryStore) store = story_store_new (dir, G_MAXUINT, 64 * 1024);
  for (guint n = 0; n < 20; n++)
    {
      Forming *f = story_store_add (store, &error);
      g_assert_no_error (error);
      change_story (f, n, 1);
      g_assert_true (story_store_changed (store, f, &error));
    }
  /* All twenty in memory: more than the index alone. */
  gsize all = story_store_bytes (store);
  g_assert_cmpuint (all, >, story_store_index_bytes (store) + 20 * 200);
  g_assert_true (story_store_set_outside (store, 64 * 1024 - story_store_index_bytes (store) - 2000, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (story_store_bytes (store), <=, story_store_index_bytes (store) + 2000);
  g_assert_cmpuint (story_store_bytes (store), <, all);
  /* Past the share: every story leaves memory, the index stays. */
  g_assert_true (story_store_set_outside (store, 64 * 1024, &error));
  g_assert_cmpuint (story_store_bytes (store), ==, story_store_index_bytes (store));
  g_assert_true (story_store_set_outside (store, 0, &error));
  for (guint n = 0; n < 20; n++)
    {
      const Forming *f = story_store_get (store, n, &error);
      g_assert_no_error (error);
      expect_story (f, n, 1);
    }
}

static void
test_store (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-store-XXXXXX", NULL);
  /* One in memory: every read a record's; a few; all of them. */
  check_store (dir, 1, 0);
  check_store (dir, 5, 0);
  check_store (dir, 1000, 0);
  /* Bounded by bytes, not by a count: a few stories' tables fit (the
   * largest takes some 10 KB, all of them about 100 KB). */
  check_store (dir, G_MAXUINT, 32000);
  check_outside (dir);
  check_kept (dir);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Where no file can be made, the records stay in memory, read the same. */
static void
test_store_memory (void)
{
  if (g_test_subprocess ())
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
      check_store ("/nonexistent/folder", 3, 0);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*cannot make a temporary file in /nonexistent/folder*stories*");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/spill/file", test_spill_file);
  g_test_add_func ("/spill/read-ahead", test_spill_read_ahead);
  g_test_add_func ("/spill/memory", test_spill_memory);
  g_test_add_func ("/spill/full", test_spill_full);
  g_test_add_func ("/store/rewritten", test_store);
  g_test_add_func ("/store/memory", test_store_memory);
  g_test_add_func ("/store/full", test_store_full);
  return g_test_run ();
}
