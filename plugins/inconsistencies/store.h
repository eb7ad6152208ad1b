/* store.h: the stories the grouping forms (stories.c), kept in a store
 * rewritable by story number (store.c): each story's record on disk,
 * found through an index of 40 bytes a story, a bounded number of them
 * in memory (docs/cluster.md, "the grouping within the budget").
 */
#pragma once

#include "summary.h"

/* How many of a story's reports the grouping reads back, in the order they
 * joined, when it compares headlines' subjects (stories.c,
 * other_principals()): a story's first reports say what it is about. */
#define FORMING_FIRST_DOCS 32

/* A story while the grouping forms it. */
typedef struct
{
  guint32 number;    /* in the order stories formed: the store's key */
  guint32 n_docs;    /* reports joined */
  guint32 first;     /* the least of their numbers: stories are ordered by it */
  guint32 last;      /* latest day of its dated reports */
  GArray *firsts;    /* guint32: its first FORMING_FIRST_DOCS reports, as they joined */
  GHashTable *count; /* name -> reports of the story naming it */
  /* These are made on their first entry, NULL until then: most stories of
   * an archive are one report, often without dates, kinds of event or a
   * headline's subject, and an empty table still costs some 200 bytes. */
  GHashTable *events;     /* kind of event -> reports naming it (a record read back points to
                           * g_intern_string()'s copies: a few dozen kinds) */
  GHashTable *days;       /* full dates its reports name */
  GHashTable *partials;   /* days and months without a year they name */
  GHashTable *month_days; /* the day and month of every date they name */
  GHashTable *heads;      /* its reports' subjects (fingerprints) */
} Forming;

typedef struct _StoryStore StoryStore;

/* Returns: (transfer full): an empty store whose records go to a spill in
 * @dir (the run's temporary folder), at most @cached stories (1 or more;
 * G_MAXUINT: every story) in memory at once, and no more than @share
 * bytes held by the grouping in all (0: no bound): the store's index,
 * what the grouping tells it holds outside (story_store_set_outside())
 * and the stories in memory, counted by what their tables hold. */
StoryStore *story_store_new (const char *dir, guint cached, guint64 share);
void story_store_free (StoryStore *store);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (StoryStore, story_store_free)

/* The stories formed so far. */
guint story_store_len (const StoryStore *store);

/* The first report and the last day of story @number, from the index
 * (no record is read). */
guint32 story_store_first (const StoryStore *store, guint number);
guint32 story_store_last (const StoryStore *store, guint number);

/* Might @name be in story @number's core (the names at least half its
 * reports name), as of its last story_store_changed()?  FALSE says surely
 * not (a Bloom filter of 128 bits in the index), so the grouping passes
 * over a candidate without reading its record. */
gboolean story_store_core_may_hold (const StoryStore *store, guint number, guint64 name);

/* Returns: (transfer none): a new, empty story, numbered
 * story_store_len() before the call; NULL with @error when a story it
 * evicts from memory cannot be written.  Valid until the next call that
 * may read or add a story. */
Forming *story_store_add (StoryStore *store, GError **error);

/* Returns: (transfer none): story @number, read back when it is not in
 * memory; NULL with @error when it cannot be (or a story it evicts
 * cannot be written).  Valid until the next call that may read or add a
 * story. */
Forming *story_store_get (StoryStore *store, guint number, GError **error);

/* Says that @f changed, so that it is written when it leaves memory; others
 * leave memory when it grew past the share.  FALSE with @error when one
 * cannot be written.  @f stays valid. */
gboolean story_store_changed (StoryStore *store, Forming *f, GError **error);

/* What the store holds in memory now, in bytes: all of it (the index and
 * the stories in memory), and the part it cannot evict (the index, its
 * slots and the table that finds them). */
gsize story_store_bytes (const StoryStore *store);
gsize story_store_index_bytes (const StoryStore *store);

/* The grouping holds @bytes outside the store now (its names' tables,
 * its arrays by document): the stories in memory are evicted until the
 * whole is within the share, as far as evicting helps.  FALSE with @error
 * when a story evicted cannot be written.  Whether the rest fits is the
 * grouping's to check, against story_store_share(). */
gboolean story_store_set_outside (StoryStore *store, guint64 bytes, GError **error);
guint64 story_store_share (const StoryStore *store);

/* What GLib holds for an array of @n elements of @size bytes, and for a
 * hash table of @n entries whose keys and values take @key and @value
 * bytes (4 or 8; a set's value 0), allocator's words included: how the
 * grouping counts its tables against the share. */
gsize story_array_bytes (gsize n, gsize size);
gsize story_table_bytes (gsize n, gsize key, gsize value);

/* The most the grouping held (outside, the index, the stories in memory)
 * while the story in use did not fit beside the rest: it stays in memory
 * whatever its size, so this is what the share must have held; 0 when it
 * always fitted.  The grouping checks it as it checks what it cannot
 * evict. */
guint64 story_store_over_kept (const StoryStore *store);

/* How many times a record outgrew its slot and was written again at the
 * end (the rest are rewritten in place), how many stories left memory
 * and how many were read back: for tests and the debug log. */
guint story_store_n_moved (const StoryStore *store);
guint story_store_n_evicted (const StoryStore *store);
guint story_store_n_read (const StoryStore *store);
