/* store.c: the forming stories in a store rewritable by story number
 * (store.h).
 *
 * The grouping rewrites any story at any time: an undated report may join
 * a story formed long before (docs/cluster.md), so write-once sorted runs
 * will not do.  Each story is one record in a spill (its counts of names,
 * kinds of event, days and subjects, and its first reports), written where
 * it was when it still fits its slot, at the end otherwise, with room to
 * grow, so that a story that gains a name is seldom moved.  An index in
 * memory finds it: 40 bytes a story, with its first report, last day and
 * a 128-bit Bloom filter of its core names, which the grouping reads
 * without the record.  The stories in memory are bounded by a count (for
 * tests) and by the share of a reduce's budget, counted in the bytes
 * their tables hold beside the index and what the grouping holds outside
 * the store; they are evicted by the clock (second chance): the stories a
 * name brings as candidates are the recent ones, and they stay.
 *
 * The records are written in the state's encoding (assay-state.h's buffer
 * writer and reader), as the claims' records are.
 */
#include "store.h"

#include "spill.h"

#include <string.h>

/* What GLib's allocations cost beyond their bytes, for the figures below:
 * the allocator's word before each block, a GArray's header and a
 * GHashTable's (GLib 2.74 on 64 bits; measured against RSS on the BBC
 * archive, docs/cluster.md). */
#define MALLOC_WORDS 16
#define ARRAY_BYTES (32 + MALLOC_WORDS)
#define TABLE_BYTES (88 + MALLOC_WORDS)

/* Where a story's record lies. */
typedef struct
{
  guint64 at;        /* NEVER_WRITTEN until it first leaves memory */
  guint32 length;    /* of its record */
  guint32 capacity;  /* of its slot: room for it to grow in place */
  guint32 first;     /* mirrors of the record's, read without it */
  guint32 last;
  guint64 core[2];   /* a Bloom filter of its core's names (core_bits()) */
} Entry;

#define NEVER_WRITTEN G_MAXUINT64

typedef struct
{
  Forming *f;        /* NULL: free */
  gboolean used;     /* read since the clock's hand last passed */
  gboolean dirty;    /* changed since it was read */
  gsize bytes;       /* what f holds (forming_bytes()), 0 when free */
} Slot;

struct _StoryStore
{
  GArray *index;     /* Entry a story, by number */
  Slot *slots;
  guint n_slots;     /* made, each holding a story or free */
  guint n_alloc;
  guint n_held;      /* slots holding a story */
  GArray *free;      /* guint: slots made and free */
  guint limit;       /* at most this many in memory; G_MAXUINT: all */
  guint64 share;     /* what the grouping may hold in all, in bytes; 0: no bound */
  guint64 outside;   /* what it holds outside the store (story_store_set_outside()) */
  gsize held;        /* what the stories in memory hold, their slots' bytes summed */
  guint hand;        /* the clock's */
  GHashTable *where; /* story number -> its slot + 1, for those in memory */
  Spill *records;
  guint n_moved;     /* records written at the end after their first time */
  guint n_evicted;   /* stories that left memory */
  guint n_read;      /* stories read back */
  /* The most the grouping held while the one story in use, kept in memory
   * whatever its size, did not fit beside the rest (settle()); 0: never. */
  guint64 over_kept;
  AssayStateWriter *buffer; /* a record is encoded in it, reused */
};

StoryStore *
story_store_new (const char *dir, guint cached, guint64 share)
{
  StoryStore *store = g_new0 (StoryStore, 1);
  store->index = g_array_new (FALSE, FALSE, sizeof (Entry));
  /* Slots are made as stories come, so that an unbounded cache (a run
   * without a memory budget) costs no more than the stories it holds. */
  store->limit = MAX (cached, 1);
  store->share = share;
  store->free = g_array_new (FALSE, FALSE, sizeof (guint));
  store->where = g_hash_table_new (NULL, NULL);
  store->records = spill_new ("stories", dir);
  store->buffer = assay_state_writer_new_buffer ();
  return store;
}

static void
forming_free (Forming *f)
{
  if (f == NULL)
    return;
  g_array_unref (f->firsts);
  g_hash_table_unref (f->count);
  g_clear_pointer (&f->events, g_hash_table_unref);
  g_clear_pointer (&f->days, g_hash_table_unref);
  g_clear_pointer (&f->partials, g_hash_table_unref);
  g_clear_pointer (&f->month_days, g_hash_table_unref);
  g_clear_pointer (&f->heads, g_hash_table_unref);
  g_free (f);
}

void
story_store_free (StoryStore *store)
{
  if (store == NULL)
    return;
  for (guint i = 0; i < store->n_slots; i++)
    forming_free (store->slots[i].f);
  g_free (store->slots);
  g_array_unref (store->free);
  g_array_unref (store->index);
  g_hash_table_unref (store->where);
  spill_free (store->records);
  assay_state_writer_free (store->buffer);
  g_free (store);
}

guint
story_store_len (const StoryStore *store)
{
  return store->index->len;
}

guint32
story_store_first (const StoryStore *store, guint number)
{
  return g_array_index (store->index, Entry, number).first;
}

guint32
story_store_last (const StoryStore *store, guint number)
{
  return g_array_index (store->index, Entry, number).last;
}

/* A name's two bits of 128 in a core's filter: with a core of 8 names,
 * a name outside it passes for one about once in 70. */
static void
core_bits (guint64 name, guint *a, guint *b)
{
  guint64 h = name * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  *a = h >> 57, *b = (h >> 50) & 127;
}

gboolean
story_store_core_may_hold (const StoryStore *store, guint number, guint64 name)
{
  const guint64 *core = g_array_index (store->index, Entry, number).core;
  guint a, b;
  core_bits (name, &a, &b);
  return (core[a >> 6] >> (a & 63) & 1) && (core[b >> 6] >> (b & 63) & 1);
}

/* What an array of @n elements of @size bytes holds, as GLib allocates
 * it: a power of two, 16 bytes at least, and the allocator's own word. */
gsize
story_array_bytes (gsize n, gsize size)
{
  gsize bytes = 16;
  while (bytes < n * size)
    bytes *= 2;
  return bytes + MALLOC_WORDS;
}

/* What a GHashTable of @n entries holds: GLib keeps a power of two of
 * buckets, 8 at least, and doubles them when they are about 15/16 full;
 * each bucket is its key, its value (none apart in a set) and a hash of
 * 4 bytes.  @key and @value are 4 bytes when every one fits in 32 bits,
 * else 8. */
gsize
story_table_bytes (gsize n, gsize key, gsize value)
{
  gsize buckets = 8;
  while (buckets - buckets / 16 <= n)
    buckets *= 2;
  return TABLE_BYTES + buckets * (key + value + 4) + 3 * MALLOC_WORDS;
}

/* What @f holds in memory: its tables, its list of first reports and
 * itself. */
static gsize
forming_bytes (const Forming *f)
{
  gsize bytes = sizeof (Forming) + MALLOC_WORDS + ARRAY_BYTES + story_array_bytes (f->firsts->len, sizeof (guint32));
  /* Names are 64-bit fingerprints, counts and days fit in 32 bits, kinds
   * of event are pointers to interned strings. */
  bytes += story_table_bytes (g_hash_table_size (f->count), 8, 4);
  if (f->events)
    bytes += story_table_bytes (g_hash_table_size (f->events), 8, 4);
  GHashTable *days[] = { f->days, f->partials, f->month_days };
  for (guint t = 0; t < G_N_ELEMENTS (days); t++)
    if (days[t])
      bytes += story_table_bytes (g_hash_table_size (days[t]), 4, 0);
  if (f->heads)
    bytes += story_table_bytes (g_hash_table_size (f->heads), 8, 0);
  return bytes;
}

/* What the store holds whatever it caches: the index, 40 bytes a story
 * (as GLib grows it), the slots and the table that finds a story's slot. */
static gsize
fixed_bytes (const StoryStore *store)
{
  return sizeof (StoryStore) + story_array_bytes (store->index->len, sizeof (Entry)) + ARRAY_BYTES
         + store->n_alloc * sizeof (Slot) + story_array_bytes (store->free->len, sizeof (guint))
         + story_table_bytes (g_hash_table_size (store->where), 4, 4);
}

gsize
story_store_bytes (const StoryStore *store)
{
  return fixed_bytes (store) + store->held;
}

gsize
story_store_index_bytes (const StoryStore *store)
{
  return fixed_bytes (store);
}

static Forming *
forming_new (guint32 number)
{
  Forming *f = g_new0 (Forming, 1);
  f->number = number;
  f->first = G_MAXUINT32;
  f->firsts = g_array_new (FALSE, FALSE, sizeof (guint32));
  f->count = g_hash_table_new (NULL, NULL);
  return f;
}

/* ---- records ------------------------------------------------------------- */

/* Writes a set of numbers: its size, then each. */
static gboolean
write_set (AssayStateWriter *w, GHashTable *set, GError **error)
{
  if (!assay_state_write_uint (w, set ? g_hash_table_size (set) : 0, error))
    return FALSE;
  if (set == NULL)
    return TRUE;
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, set);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (!assay_state_write_uint (w, GPOINTER_TO_SIZE (key), error))
      return FALSE;
  return TRUE;
}

/* Encodes @f into the store's buffer. */
static gboolean
encode (StoryStore *store, const Forming *f, GError **error)
{
  AssayStateWriter *w = store->buffer;
  assay_state_writer_clear_buffer (w);
  if (!assay_state_write_uint (w, f->n_docs, error) || !assay_state_write_uint (w, f->first, error)
      || !assay_state_write_uint (w, f->last, error) || !assay_state_write_uint (w, f->firsts->len, error))
    return FALSE;
  for (guint i = 0; i < f->firsts->len; i++)
    if (!assay_state_write_uint (w, g_array_index (f->firsts, guint32, i), error))
      return FALSE;
  GHashTableIter it;
  gpointer key, value;
  if (!assay_state_write_uint (w, g_hash_table_size (f->count), error))
    return FALSE;
  g_hash_table_iter_init (&it, f->count);
  while (g_hash_table_iter_next (&it, &key, &value))
    if (!assay_state_write_uint (w, GPOINTER_TO_SIZE (key), error)
        || !assay_state_write_uint (w, GPOINTER_TO_UINT (value), error))
      return FALSE;
  if (!assay_state_write_uint (w, f->events ? g_hash_table_size (f->events) : 0, error))
    return FALSE;
  if (f->events)
    {
      g_hash_table_iter_init (&it, f->events);
      while (g_hash_table_iter_next (&it, &key, &value))
        if (!assay_state_write_string (w, key, error) || !assay_state_write_uint (w, GPOINTER_TO_UINT (value), error))
          return FALSE;
    }
  return write_set (w, f->days, error) && write_set (w, f->partials, error) && write_set (w, f->month_days, error)
         && write_set (w, f->heads, error);
}

/* Writes @f's record: in its slot when it fits, else at the end, with
 * half as much again to grow in. */
static gboolean
store_write (StoryStore *store, const Forming *f, GError **error)
{
  if (!encode (store, f, error))
    return FALSE;
  gsize length;
  const char *bytes = (const char *) assay_state_writer_get_buffer (store->buffer, &length);
  Entry *e = &g_array_index (store->index, Entry, f->number);
  if (e->at != NEVER_WRITTEN && length <= e->capacity)
    {
      if (!spill_rewrite (store->records, e->at, bytes, length, error))
        return FALSE;
      e->length = length;
      return TRUE;
    }
  gsize room = MIN (length + length / 2, (gsize) G_MAXUINT32);
  if (length > room)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "the story of the input's document number %u has grown past 4 GB", f->first);
      return FALSE;
    }
  guint64 at, ignored;
  static const char zeros[256];
  if (!spill_add (store->records, bytes, length, &at, error))
    return FALSE;
  store->n_moved += e->at != NEVER_WRITTEN;
  for (gsize pad = room - length; pad > 0;)
    {
      gsize n = MIN (pad, sizeof zeros);
      if (!spill_add (store->records, zeros, n, &ignored, error))
        return FALSE;
      pad -= n;
    }
  e->at = at, e->length = length, e->capacity = room;
  return TRUE;
}

/* Sets @error for a record that does not read back as written. */
static gboolean
damaged (guint number, GError **error)
{
  g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
               "reading back story number %u from its temporary file: it is not as written (damaged)", number);
  return FALSE;
}

/* Reads a set written by write_set() into *@set (made when not empty). */
static gboolean
read_set (AssayStateReader *r, GHashTable **set, GError **error)
{
  guint64 n, v;
  if (!assay_state_read_uint (r, &n, error))
    return FALSE;
  if (n > assay_state_reader_get_remaining (r))
    return FALSE;
  for (guint64 i = 0; i < n; i++)
    {
      if (!assay_state_read_uint (r, &v, error))
        return FALSE;
      if (*set == NULL)
        *set = g_hash_table_new (NULL, NULL);
      g_hash_table_add (*set, GSIZE_TO_POINTER ((gsize) v));
    }
  return TRUE;
}

static gboolean
decode (AssayStateReader *r, Forming *f, GError **error)
{
  guint64 n_docs, first, last, n, key, value;
  if (!assay_state_read_uint (r, &n_docs, error) || !assay_state_read_uint (r, &first, error)
      || !assay_state_read_uint (r, &last, error) || !assay_state_read_uint (r, &n, error)
      || n > FORMING_FIRST_DOCS)
    return FALSE;
  f->n_docs = n_docs, f->first = first, f->last = last;
  for (guint64 i = 0; i < n; i++)
    {
      if (!assay_state_read_uint (r, &value, error))
        return FALSE;
      guint32 doc = value;
      g_array_append_val (f->firsts, doc);
    }
  if (!assay_state_read_uint (r, &n, error) || n > assay_state_reader_get_remaining (r))
    return FALSE;
  for (guint64 i = 0; i < n; i++)
    {
      if (!assay_state_read_uint (r, &key, error) || !assay_state_read_uint (r, &value, error))
        return FALSE;
      g_hash_table_insert (f->count, GSIZE_TO_POINTER ((gsize) key), GUINT_TO_POINTER ((guint) value));
    }
  if (!assay_state_read_uint (r, &n, error) || n > assay_state_reader_get_remaining (r))
    return FALSE;
  for (guint64 i = 0; i < n; i++)
    {
      g_autofree char *kind = NULL;
      if (!assay_state_read_string (r, &kind, error) || kind == NULL || !assay_state_read_uint (r, &value, error))
        return FALSE;
      if (f->events == NULL)
        f->events = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_insert (f->events, (gpointer) g_intern_string (kind), GUINT_TO_POINTER ((guint) value));
    }
  return read_set (r, &f->days, error) && read_set (r, &f->partials, error) && read_set (r, &f->month_days, error)
         && read_set (r, &f->heads, error) && assay_state_reader_get_remaining (r) == 0;
}

/* Returns: (transfer full): story @number read back from its record. */
static Forming *
store_read (StoryStore *store, guint number, GError **error)
{
  const Entry *e = &g_array_index (store->index, Entry, number);
  Forming *f = forming_new (number);
  if (e->at == NEVER_WRITTEN)
    return f;
  g_autofree char *bytes = g_malloc (e->length);
  if (!spill_read (store->records, e->at, e->length, bytes, error))
    {
      forming_free (f);
      return NULL;
    }
  g_autoptr (AssayStateReader) r = assay_state_reader_new_buffer (bytes, e->length, "a story's record");
  GError *local = NULL;
  if (!decode (r, f, &local))
    {
      forming_free (f);
      g_clear_error (&local);
      damaged (number, error);
      return NULL;
    }
  return f;
}

/* ---- the cache ----------------------------------------------------------- */

/* Is the grouping over its share, with @incoming bytes more in memory? */
static gboolean
over_share (const StoryStore *store, gsize incoming)
{
  return store->share && store->outside + fixed_bytes (store) + store->held + incoming > store->share;
}

/* Evicts the story the clock's hand comes to first that was not read
 * since it last passed, written when it changed; its slot goes to the free
 * ones.  FALSE with @error when it cannot be written. */
static gboolean
evict_one (StoryStore *store, guint keep, GError **error)
{
  for (;;)
    {
      Slot *slot = &store->slots[store->hand];
      guint at = store->hand;
      store->hand = (store->hand + 1) % store->n_slots;
      if (slot->f == NULL || at == keep)
        continue;
      if (slot->used)
        {
          slot->used = FALSE;
          continue;
        }
      if (slot->dirty && !store_write (store, slot->f, error))
        return FALSE;
      g_hash_table_remove (store->where, GUINT_TO_POINTER (slot->f->number));
      g_clear_pointer (&slot->f, forming_free);
      store->n_evicted++;
      store->held -= slot->bytes;
      store->n_held--;
      *slot = (Slot){ 0 };
      g_array_append_val (store->free, at);
      return TRUE;
    }
}

/* Evicts stories other than the one in slot @keep (G_MAXUINT: none) while
 * the grouping is over its share: the bookkeeping (the slots, the table
 * that finds them) grows too as a story comes in.  The story in use stays
 * however large: when it alone does not fit beside what cannot be evicted,
 * what was held then is remembered, for the grouping's check
 * (story_store_over_kept()). */
static gboolean
settle (StoryStore *store, guint keep, GError **error)
{
  while (store->n_held > (keep == G_MAXUINT ? 0u : 1u) && over_share (store, 0))
    if (!evict_one (store, keep, error))
      return FALSE;
  if (over_share (store, 0))
    store->over_kept = MAX (store->over_kept, store->outside + fixed_bytes (store) + store->held);
  return TRUE;
}

/* Returns: a free slot for a story of @incoming bytes, stories evicted
 * until it fits the count and the share (written when they changed);
 * G_MAXUINT with @error when one cannot be written. */
static guint
free_slot (StoryStore *store, gsize incoming, GError **error)
{
  /* Within the share, as far as evicting helps: what is left over is the
   * part that cannot be evicted, which the grouping checks
   * (story_store_set_outside()). */
  while (store->n_held > 0 && over_share (store, incoming))
    if (!evict_one (store, G_MAXUINT, error))
      return G_MAXUINT;
  if (store->free->len == 0 && store->n_slots < store->limit)
    {
      if (store->n_slots == store->n_alloc)
        {
          store->n_alloc = MIN (MAX (store->n_alloc, 8u) * 2, store->limit);
          store->slots = g_renew (Slot, store->slots, store->n_alloc);
        }
      store->slots[store->n_slots] = (Slot){ 0 };
      return store->n_slots++;
    }
  if (store->free->len == 0 && !evict_one (store, G_MAXUINT, error))
    return G_MAXUINT;
  guint at = g_array_index (store->free, guint, store->free->len - 1);
  g_array_set_size (store->free, store->free->len - 1);
  return at;
}

static Forming *
put (StoryStore *store, guint at, Forming *f, gboolean dirty)
{
  gsize bytes = forming_bytes (f);
  store->slots[at] = (Slot){ .f = f, .used = TRUE, .dirty = dirty, .bytes = bytes };
  store->held += bytes;
  store->n_held++;
  g_hash_table_insert (store->where, GUINT_TO_POINTER (f->number), GUINT_TO_POINTER (at + 1));
  return f;
}

Forming *
story_store_add (StoryStore *store, GError **error)
{
  Entry e = { .at = NEVER_WRITTEN, .first = G_MAXUINT32 };
  g_array_append_val (store->index, e);
  Forming *f = forming_new (store->index->len - 1);
  guint at = free_slot (store, forming_bytes (f), error);
  if (at == G_MAXUINT)
    {
      forming_free (f);
      g_array_set_size (store->index, store->index->len - 1);
      return NULL;
    }
  put (store, at, f, TRUE);
  return settle (store, at, error) ? f : NULL;
}

Forming *
story_store_get (StoryStore *store, guint number, GError **error)
{
  g_return_val_if_fail (number < store->index->len, NULL);
  guint held = GPOINTER_TO_UINT (g_hash_table_lookup (store->where, GUINT_TO_POINTER (number)));
  if (held)
    {
      store->slots[held - 1].used = TRUE;
      return store->slots[held - 1].f;
    }
  /* Read first, so that the stories evicted for it make room for what it
   * really holds. */
  Forming *f = store_read (store, number, error);
  if (f == NULL)
    return NULL;
  store->n_read++;
  guint at = free_slot (store, forming_bytes (f), error);
  if (at == G_MAXUINT)
    {
      forming_free (f);
      return NULL;
    }
  put (store, at, f, FALSE);
  return settle (store, at, error) ? f : NULL;
}

gboolean
story_store_set_outside (StoryStore *store, guint64 bytes, GError **error)
{
  store->outside = bytes;
  return settle (store, G_MAXUINT, error);
}

guint64
story_store_share (const StoryStore *store)
{
  return store->share;
}

gboolean
story_store_changed (StoryStore *store, Forming *f, GError **error)
{
  guint held = GPOINTER_TO_UINT (g_hash_table_lookup (store->where, GUINT_TO_POINTER (f->number)));
  g_return_val_if_fail (held != 0 && store->slots[held - 1].f == f, FALSE);
  store->slots[held - 1].dirty = TRUE;
  /* It grew: others leave memory for it. */
  gsize bytes = forming_bytes (f);
  store->held += bytes - store->slots[held - 1].bytes;
  store->slots[held - 1].bytes = bytes;
  if (!settle (store, held - 1, error))
    return FALSE;
  Entry *e = &g_array_index (store->index, Entry, f->number);
  e->first = f->first, e->last = f->last;
  /* The core is what half the reports name: it changes as they join. */
  e->core[0] = e->core[1] = 0;
  GHashTableIter it;
  gpointer name, n;
  g_hash_table_iter_init (&it, f->count);
  while (g_hash_table_iter_next (&it, &name, &n))
    if (GPOINTER_TO_UINT (n) * 2 >= f->n_docs)
      {
        guint a, b;
        core_bits (GPOINTER_TO_SIZE (name), &a, &b);
        e->core[a >> 6] |= G_GUINT64_CONSTANT (1) << (a & 63);
        e->core[b >> 6] |= G_GUINT64_CONSTANT (1) << (b & 63);
      }
  return TRUE;
}

guint64
story_store_over_kept (const StoryStore *store)
{
  return store->over_kept;
}

guint
story_store_n_moved (const StoryStore *store)
{
  return store->n_moved;
}

guint
story_store_n_evicted (const StoryStore *store)
{
  return store->n_evicted;
}

guint
story_store_n_read (const StoryStore *store)
{
  return store->n_read;
}
