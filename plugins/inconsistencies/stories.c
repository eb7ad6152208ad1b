/* stories.c: documents joined into stories, the reports of one event.
 *
 * A story is what two reports must share before their claims are compared,
 * so a wrong join is a false finding waiting to happen.  Documents are taken
 * in date order (undated ones last) and each joins the one story it fits
 * best, or starts its own: single-pass clustering as in topic detection and
 * tracking, so no chain of weak links can glue two events together.
 *
 * A document fits a story by the names they share, each weighed by how
 * rare it is in the whole input (the inverse of its document frequency,
 * smoothed so that a small input, where every name is in every report,
 * still ties) and by the share of the story's documents that name it: a
 * name one document of a large story mentions in passing counts little.
 * Only names half the story's reports share count, so that a story cannot
 * drift through its latest report's names, and one of the report's two
 * most mentioned names must be among them.  It must share at least two,
 * one of them something other than a country, within `story-days` of the
 * story's last report (an undated report must fit better, and
 * name a day the story names, or a kind of event a dated story's reports
 * name, or be nearly one of them), and its lead
 * must name a kind of event one of the story's reports names, when both
 * name any (cues.tsv's story-event: a market's fall is not its rise).
 * Reports whose headlines' subjects each are missing from the other are
 * of different events, however much else they share, unless one is nearly
 * a copy of the other.
 */
#include "store.h"

#include <math.h>

/* A name as a hash-table key: its fingerprint. */
#define NAME(salient) GSIZE_TO_POINTER ((gsize) (salient).name)
#include <string.h>

/* A smoothed inverse document frequency: ln ((N + PRIOR) / (df + 1)).
 * PRIOR stands for the archive around a small input: with five reports of
 * one story and nothing else, a name in all five still weighs ln (25/6). */
#define IDF_PRIOR 20.0
/* The score a document must reach against a story: about three names
 * shared by every report of a small input, or two rare ones in an archive. */
#define JOIN_SCORE 4.0
/* What naming a day the story's reports name adds to the score: about a
 * name every report of a small input shares. */
#define DATE_TIE 1.5
/* An undated document has no date window to narrow it: it must fit better. */
#define UNDATED_FACTOR 1.5
/* Stories a document is compared with, per name, most recent first. */
#define CANDIDATES_PER_NAME 32

/* Does @table, nullable, hold @key? */
static gboolean
has (GHashTable *table, gconstpointer key)
{
  return table != NULL && g_hash_table_contains (table, key);
}

static guint
size_of (GHashTable *table)
{
  return table ? g_hash_table_size (table) : 0;
}

/* Returns: (transfer none): *@table, made on first use. */
static GHashTable *
made (GHashTable **table, GHashFunc hash, GEqualFunc equal)
{
  if (*table == NULL)
    *table = g_hash_table_new (hash, equal);
  return *table;
}

void
story_free (gpointer data)
{
  Story *s = data;
  g_array_unref (s->docs);
  g_array_unref (s->ties);
  g_array_unref (s->tie_dates);
  g_free (s);
}

static gboolean
is_country (const Salient *n)
{
  return n->label == SALIENT_COUNTRY || n->label == SALIENT_NORP;
}

static int
by_day (gconstpointer a, gconstpointer b, gpointer corpus)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  guint32 dx = corpus_day (corpus, x), dy = corpus_day (corpus, y);
  /* Dated first, by day; then input order. */
  gboolean ux = dx == 0, uy = dy == 0;
  if (ux != uy)
    return ux - uy;
  if (dx != dy)
    return dx < dy ? -1 : 1;
  return x < y ? -1 : x > y;
}

/* How rare the names are: each one's document frequency over the whole
 * input, whose smoothed inverse weighs it (IDF_PRIOR).  The weight is
 * computed where it is read rather than kept in a second table beside the
 * frequencies: that table was a third of the grouping's memory that
 * cannot go to disk (a double allocated a name). */
typedef struct
{
  GHashTable *df; /* name -> documents naming it */
  guint n_docs;
} Rarity;

static double
idf_of (const Rarity *r, gconstpointer name)
{
  return log ((r->n_docs + IDF_PRIOR) / (GPOINTER_TO_UINT (g_hash_table_lookup (r->df, name)) + 1.0));
}

static double
fit (const Summary *d, const Forming *f, const Rarity *idf, gboolean partial, gboolean *other_than_country,
     guint *shared)
{
  double score = 0;
  *shared = 0;
  *other_than_country = FALSE;
  for (guint i = 0; i < d->n_names; i++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (f->count, NAME (summary_names (d)[i])));
      /* Only the story's core, what half its reports name, counts as a
       * shared name: a story cannot drift from one event to the next
       * through the names its latest report brought.  When @partial, a
       * name two of its reports give adds to the fit by its share, as
       * evidence, not as a tie. */
      if (n == 0 || (n * 2 < f->n_docs && (n < 2 || !partial)))
        continue;
      if (n * 2 >= f->n_docs)
        {
          (*shared)++;
          *other_than_country |= !is_country (&summary_names (d)[i]);
        }
      score += idf_of (idf, NAME (summary_names (d)[i])) * n / f->n_docs;
    }
  return score;
}

/* The day and month of a full date, as a partial one. */
static guint32
partial_of (guint32 day)
{
  GDate date;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return STORY_PARTIAL_DATE (g_date_get_month (&date), g_date_get_day (&date));
}

/* Does @d name a day the story's reports name?  Equal days, or a day and
 * month without a year that a full date has ("March 4", 2024-03-04). */
static gboolean
shares_date (const Summary *d, const Forming *f)
{
  for (guint i = 0; i < d->n_dates; i++)
    {
      guint32 x = summary_dates (d)[i];
      gpointer key = GUINT_TO_POINTER (x);
      if (STORY_IS_PARTIAL_DATE (x) ? has (f->month_days, key)
                                     : has (f->days, key) || has (f->partials, GUINT_TO_POINTER (partial_of (x))))
        return TRUE;
    }
  return FALSE;
}

/* Is one of @d's two most mentioned names (a headline's counting three) in
 * the story's core?  Reports of one event are about the same main actor
 * or place; two airlines' orders of one maker's jets are two stories,
 * however many names around them they share. */
static gboolean
shares_lead_name (const Summary *d, const Forming *f)
{
  /* Names as often mentioned as the second are as much its leads: a tie
   * is not broken by the alphabet. */
  guint8 second = d->n_names >= 2 ? summary_names (d)[1].weight : 0;
  for (guint i = 0; i < d->n_names && (i < 2 || summary_names (d)[i].weight >= second); i++)
    {
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (f->count, NAME (summary_names (d)[i])));
      if (n > 0 && n * 2 >= f->n_docs)
        return TRUE;
    }
  return FALSE;
}

/* Might one of @d's lead names (as shares_lead_name() takes them) be in
 * the core of story @number?  FALSE says surely not, before the story's
 * record is read. */
static gboolean
lead_may_be_in (const Summary *d, const StoryStore *store, guint number)
{
  guint8 second = d->n_names >= 2 ? summary_names (d)[1].weight : 0;
  for (guint i = 0; i < d->n_names && (i < 2 || summary_names (d)[i].weight >= second); i++)
    if (story_store_core_may_hold (store, number, summary_names (d)[i].name))
      return TRUE;
  return FALSE;
}

static const Salient *
subject_of (const Summary *d)
{
  for (guint i = 0; i < d->n_names; i++)
    if (summary_names (d)[i].subject)
      return &summary_names (d)[i];
  return NULL;
}

/* Do two names, folded, name one party: equal, or the shorter a run of
 * whole words at the start or the end of the longer ("Lacroix" and
 * "Christian Lacroix", "Aer Lingus" and "Aer Lingus Group PLC")? */
static gboolean
names_meet (const char *a, const char *b)
{
  gsize na = strlen (a), nb = strlen (b);
  if (na > nb)
    {
      const char *t = a;
      a = b, b = t;
      gsize n = na;
      na = nb, nb = n;
    }
  if (na == 0)
    return FALSE;
  if (na == nb)
    return strcmp (a, b) == 0;
  return (strncmp (a, b, na) == 0 && b[na] == ' ') || (strcmp (a, b + nb - na) == 0 && b[nb - na - 1] == ' ');
}

/* The folded text of @name, "" when the spill cannot be read. */
static char *
folded_name (const Corpus *corpus, const Salient *name)
{
  g_autofree char *text = corpus_name (corpus, name, NULL);
  return text ? assay_text_fold (text, -1) : g_strdup ("");
}

/* @d's names, folded, read from the spill once. */
static GPtrArray *
folded_names (const Corpus *corpus, const Summary *d)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < d->n_names; i++)
    g_ptr_array_add (names, folded_name (corpus, &summary_names (d)[i]));
  return names;
}

/* Does @name meet one of @names (names_meet())? */
static gboolean
meets_one_of (const char *name, GPtrArray *names)
{
  for (guint i = 0; i < names->len; i++)
    if (names_meet (name, names->pdata[i]))
      return TRUE;
  return FALSE;
}

/* Are @d and the story about different principals: is @d's subject named
 * by none of the story's reports, while @d names none of theirs?  Two
 * airlines' orders of one maker's jets share the maker, the day and the
 * kind of event; each headline's buyer is missing from the other report.
 * A story of many reports has many subjects, so that one odd headline
 * (a local angle, a page's debris taken for a headline) cannot part it.
 * A name given in part counts ("Lacroix" is the "Christian Lacroix" of
 * another report); the texts are read back only here, rarely.  Sets
 * *@others to whether they are; FALSE with @error when a summary cannot be
 * read back. */
static gboolean
other_principals (const Corpus *corpus, const Summary *d, const Forming *f, gboolean *others, GError **error)
{
  *others = FALSE;
  const Salient *subject = subject_of (d);
  if (subject == NULL || size_of (f->heads) == 0
      || g_hash_table_contains (f->count, NAME (*subject)))
    return TRUE;
  for (guint i = 0; i < d->n_names; i++)
    if (has (f->heads, NAME (summary_names (d)[i])))
      return TRUE;
  g_autofree char *subject_text = folded_name (corpus, subject);
  g_autoptr (GPtrArray) mine = folded_names (corpus, d);
  /* A story's first reports say what it is about: a bounded look, however
   * large it has grown; their summaries are read back for it. */
  for (guint j = 0; j < f->firsts->len; j++)
    {
      g_autofree Summary *other = corpus_summary (corpus, g_array_index (f->firsts, guint32, j), error);
      if (other == NULL)
        return FALSE;
      g_autoptr (GPtrArray) theirs = folded_names (corpus, other);
      if (meets_one_of (subject_text, theirs))
        return TRUE;
      const Salient *head = subject_of (other);
      g_autofree char *head_text = head ? folded_name (corpus, head) : NULL;
      if (head_text && meets_one_of (head_text, mine))
        return TRUE;
    }
  *others = TRUE;
  return TRUE;
}

/* Do @d and the story name a kind of event in common? */
static gboolean
names_event (const Summary *d, const Forming *f)
{
  for (guint i = 0; i < d->n_events; i++)
    if (has (f->events, summary_events (d)[i]))
      return TRUE;
  return FALSE;
}

static void
add_to (Forming *f, const Summary *d)
{
  f->n_docs++;
  if (f->firsts->len < FORMING_FIRST_DOCS)
    g_array_append_val (f->firsts, d->index);
  f->first = MIN (f->first, d->index);
  for (guint i = 0; i < d->n_names; i++)
    g_hash_table_insert (f->count, (gpointer) NAME (summary_names (d)[i]),
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (f->count, NAME (summary_names (d)[i]))) + 1));
  f->last = MAX (f->last, d->day);
  const Salient *subject = subject_of (d);
  if (subject)
    g_hash_table_add (made (&f->heads, NULL, NULL), (gpointer) NAME (*subject));
  for (guint i = 0; i < d->n_dates; i++)
    {
      guint32 x = summary_dates (d)[i];
      if (STORY_IS_PARTIAL_DATE (x))
        {
          g_hash_table_add (made (&f->partials, NULL, NULL), GUINT_TO_POINTER (x));
          g_hash_table_add (made (&f->month_days, NULL, NULL), GUINT_TO_POINTER (x));
        }
      else
        {
          g_hash_table_add (made (&f->days, NULL, NULL), GUINT_TO_POINTER (x));
          g_hash_table_add (made (&f->month_days, NULL, NULL), GUINT_TO_POINTER (partial_of (x)));
        }
    }
  for (guint i = 0; i < d->n_events; i++)
    {
      GHashTable *events = made (&f->events, g_str_hash, g_str_equal);
      g_hash_table_insert (events, (gpointer) summary_events (d)[i],
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (events, summary_events (d)[i])) + 1));
    }
}

/* A report whose headline and lead name only kinds of event that none of
 * the story's reports names (a market's rise, where they name its fall)
 * is of another story.  One that names none fits any. */
static gboolean
same_event (const Summary *d, const Forming *f)
{
  if (d->n_events == 0 || size_of (f->events) == 0)
    return TRUE;
  for (guint i = 0; i < d->n_events; i++)
    if (has (f->events, summary_events (d)[i]))
      return TRUE;
  return FALSE;
}

/* Stories in the order of their first reports (the index holds it). */
static int
by_first_report (gconstpointer a, gconstpointer b, gpointer store)
{
  guint32 x = story_store_first (store, *(const guint32 *) a), y = story_store_first (store, *(const guint32 *) b);
  return x < y ? -1 : x > y;
}

static int
uint32_order (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return x < y ? -1 : x > y;
}

/* What the story's documents (@docs, @n_docs of them, in input order)
 * share, for the reader: names and dates that two or more of them name;
 * their summaries are read back for it, and their ids go to @ids (in the
 * story's order).  NULL with @error when they cannot be. */
static Story *
story_from (const Corpus *corpus, const Forming *f, const guint32 *docs, guint n_docs, const Rarity *idf,
            GPtrArray *ids, GError **error)
{
  Story *s = g_new0 (Story, 1);
  s->docs = g_array_sized_new (FALSE, FALSE, sizeof (guint32), n_docs);
  g_array_append_vals (s->docs, docs, n_docs);
  /* The kind most of its reports name. */
  guint most = 0;
  GHashTableIter it;
  gpointer kind, votes;
  if (f->events)
    {
      g_hash_table_iter_init (&it, f->events);
      while (g_hash_table_iter_next (&it, &kind, &votes))
        if (GPOINTER_TO_UINT (votes) > most
            || (GPOINTER_TO_UINT (votes) == most && strcmp (kind, s->event) < 0))
          s->event = kind, most = GPOINTER_TO_UINT (votes);
    }
  s->ties = g_array_new (FALSE, FALSE, sizeof (Salient));
  s->tie_dates = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr (GHashTable) days = g_hash_table_new (NULL, NULL);
  g_ptr_array_set_size (ids, 0);
  for (guint d = 0; d < s->docs->len; d++)
    {
      Summary *doc = corpus_summary (corpus, g_array_index (s->docs, guint32, d), error);
      if (doc == NULL)
        {
          story_free (s);
          return NULL;
        }
      g_ptr_array_add (ids, g_strdup (doc->id));
      if (doc->day)
        {
          s->from = s->from ? MIN (s->from, doc->day) : doc->day;
          s->to = MAX (s->to, doc->day);
        }
      for (guint i = 0; i < doc->n_names; i++)
        if (GPOINTER_TO_UINT (g_hash_table_lookup (f->count, NAME (summary_names (doc)[i]))) >= 2
            && g_hash_table_add (seen, (gpointer) NAME (summary_names (doc)[i])))
          g_array_append_val (s->ties, summary_names (doc)[i]);
      for (guint i = 0; i < doc->n_dates; i++)
        {
          if (STORY_IS_PARTIAL_DATE (summary_dates (doc)[i]))
            continue;
          gpointer key = GUINT_TO_POINTER (summary_dates (doc)[i]);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (days, key)) + 1;
          g_hash_table_insert (days, key, GUINT_TO_POINTER (n));
          if (n == 2)
            g_array_append_val (s->tie_dates, summary_dates (doc)[i]);
        }
      g_free (doc);
    }
  /* Strongest first: shared by more documents, then rarer; as found (the
   * first report's most mentioned first) when equal. */
  Salient *ties = (Salient *) s->ties->data;
  for (guint i = 1; i < s->ties->len; i++)
    for (guint j = i; j > 0; j--)
      {
        Salient a = ties[j - 1], b = ties[j];
        guint ca = GPOINTER_TO_UINT (g_hash_table_lookup (f->count, NAME (a)));
        guint cb = GPOINTER_TO_UINT (g_hash_table_lookup (f->count, NAME (b)));
        double wa = idf_of (idf, NAME (a)) * ca;
        double wb = idf_of (idf, NAME (b)) * cb;
        if (wa > wb || wa == wb)
          break;
        ties[j - 1] = b, ties[j] = a;
      }
  g_array_sort (s->tie_dates, uint32_order);
  return s;
}

/* What a list of @len stories by name holds (story_array_bytes()): a
 * list cut back to CANDIDATES_PER_NAME keeps what it had grown to. */
static gsize
list_bytes (guint len)
{
  return story_array_bytes (len >= CANDIDATES_PER_NAME ? 2 * CANDIDATES_PER_NAME : len, sizeof (guint));
}

/* What an array of @n elements of @size bytes, written in full, holds in
 * resident pages: a GArray reserved at its size rounds its allocation up
 * to a power of two, but the pages past its end are never touched. */
static gsize
exact_bytes (gsize n, gsize size)
{
  return n * size + 16;
}

/* What a story made for finish_stories() holds. */
static gsize
story_bytes (const Story *s)
{
  return sizeof (Story) + 16 + 3 * (32 + 16) + exact_bytes (s->docs->len, sizeof (guint32))
         + story_array_bytes (s->ties->len, sizeof (Salient)) + story_array_bytes (s->tie_dates->len, sizeof (guint32));
}

/* What the grouping holds outside the store, that cannot go to disk, in
 * bytes as GLib allocates them (store.h). */
typedef struct
{
  guint64 frequencies; /* the names' document frequencies */
  guint64 lists;       /* the stories that gained each name: the table */
  guint64 entries;     /* and its lists */
  guint64 by_doc;      /* arrays of 4 bytes a document: date order, each one's story */
  guint64 stories;     /* the stories made, once the grouping is over */
  guint64 quarter;     /* a quarter of what the budget leaves (the share of
                        * finish_stories()); 0 when forced or none */
} Held;

static char *
mebibytes (guint64 bytes)
{
  return g_strdup_printf ("%.1f MiB", bytes / 1048576.0);
}

/* Tells the store what @held holds, so that it evicts stories to stay
 * within the share with it; FALSE with a budget error when what cannot be
 * evicted (that part, the store's index, and the story in use when it did
 * not fit beside them: story_store_over_kept()) is past the share, once
 * @done of @total documents are grouped, or when a story cannot be
 * written.  The error gives what is known: the share, what was held, how
 * far the grouping got, and how much larger the budget must be at least
 * for what was held.  No figure for the whole: the tables grow with the
 * documents left by what their names and stories bring, which the rate so
 * far does not bound either way. */
static gboolean
within_share (StoryStore *store, Held *held, guint done, guint total, GError **error)
{
  guint64 outside = held->frequencies + held->lists + held->entries + held->by_doc + held->stories;
  if (!story_store_set_outside (store, outside, error))
    return FALSE;
  guint64 share = story_store_share (store), index = story_store_index_bytes (store), fixed = outside + index;
  guint64 kept = story_store_over_kept (store), need = MAX (fixed, kept);
  if (share == 0 || need <= share)
    return TRUE;
  g_autofree char *given = mebibytes (share), *now = mebibytes (need), *names = mebibytes (held->frequencies);
  g_autofree char *lists = mebibytes (held->lists + held->entries), *idx = mebibytes (index);
  g_autofree char *docs = mebibytes (held->by_doc + held->stories);
  g_autofree char *in_use = kept > fixed ? g_strdup_printf ("; with the story in use, which stays in memory "
                                                            "whatever its size, %s", now)
                                         : g_strdup ("");
  /* The share in join() is share / quarter quarters of what the budget
   * leaves (core/assay-finish.c): the budget must grow at least that
   * fraction's inverse times what the share lacked (four times when the
   * two shares are one).  In tenths of a MiB, rounded up, so that the
   * figure is never below it. */
  double per_byte = held->quarter && held->quarter < share ? 4.0 * held->quarter / share : 4.0;
  guint64 tenths = (guint64) ((need - share) * per_byte * 10 + 1048575) / 1048576;
  g_autofree char *rest = done < total ? g_strdup_printf ("and more for the %u documents not grouped yet", total - done)
                                       : g_strdup ("and more as the stories are made");
  g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_BUDGET,
               "--memory-budget is too small for grouping these states' stories: the stage's share of it is %s "
               "(its share while the stories are grouped, when the core sorts nothing: a part of what the budget "
               "leaves once the states are merged), and after %u of %u documents "
               "the grouping held %s that it cannot put on disk (the names' frequencies %s, the stories each name "
               "brings as candidates %s, the stories' index %s, the documents' order and stories %s%s): the "
               "budget must be at least %" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT " MiB larger for that alone, "
               "%s", given, done, total, now, names, lists, idx, docs, in_use, tenths / 10, tenths % 10, rest);
  return FALSE;
}

GPtrArray *
stories_group (const Corpus *corpus, guint story_days, StoryTold told, gpointer data, GError **error)
{
  guint n_docs = corpus_n_docs (corpus);
  /* How rare each name is in the input: one pass over the summaries in
   * input order. */
  g_autoptr (GHashTable) df = g_hash_table_new (NULL, NULL);
  for (guint d = 0; d < n_docs; d++)
    {
      g_autofree Summary *s = corpus_summary (corpus, d, error);
      if (s == NULL)
        return NULL;
      for (guint i = 0; i < s->n_names; i++)
        g_hash_table_insert (df, (gpointer) NAME (summary_names (s)[i]),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (df, NAME (summary_names (s)[i]))) + 1));
    }
  const Rarity rarity = { df, n_docs }, *idf = &rarity;
  gpointer value;

  /* The dated documents' numbers in date order (their days are in
   * memory); the undated follow in input order, found by a cursor rather
   * than listed: 4 bytes a document fewer where most are undated (every
   * report of the BBC archive), which the budget cannot put on disk. */
  g_autoptr (GArray) order = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint32 d = 0; d < n_docs; d++)
    if (corpus_day (corpus, d) != 0)
      g_array_append_val (order, d);
  g_array_sort_with_data (order, by_day, (gpointer) corpus);
  guint32 undated = 0;
  /* The forming stories wait on disk, a bounded number in memory
   * (store.c): any of them may be read and rewritten, since an undated
   * report can join any story (docs/cluster.md). */
  g_autoptr (StoryStore) store = story_store_new (corpus->tmp_dir, corpus->story_cache, corpus->story_share);
  /* Each document's story, by number (4 bytes a document): the stories'
   * lists of documents, made from it at the end. */
  g_autofree guint32 *story_of = g_new (guint32, MAX (n_docs, 1));
  /* Checked before the first report is grouped: a budget too small for
   * the frequencies stops the reduce here. */
  Held held = { .quarter = corpus->kept_share,
                .frequencies = story_table_bytes (g_hash_table_size (df), 8, 4),
                .by_doc = exact_bytes (n_docs, sizeof (guint32)) + story_array_bytes (order->len, sizeof (guint32)),
                .lists = story_table_bytes (0, 8, 8) };
  if (!within_share (store, &held, 0, n_docs, error))
    return NULL;
  /* name -> numbers of the stories naming it, in the order they formed */
  g_autoptr (GHashTable) by_name = g_hash_table_new_full (NULL, NULL, NULL,
                                                          (GDestroyNotify) g_array_unref);
  /* story number + 1 -> compared already with this report */
  g_autoptr (GHashTable) tried = g_hash_table_new (NULL, NULL);
  gboolean debug = !g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN);
  for (guint o = 0; o < n_docs; o++)
    {
      if (o >= order->len)
        while (corpus_day (corpus, undated) != 0)
          undated++;
      guint32 next = o < order->len ? g_array_index (order, guint32, o) : undated++;
      g_autofree Summary *d = corpus_summary (corpus, next, error);
      if (d == NULL)
        return NULL;
      guint best_number = G_MAXUINT;
      double best_score = 0;
      double needed = d->day ? JOIN_SCORE : JOIN_SCORE * UNDATED_FACTOR;
      g_hash_table_remove_all (tried);
      for (guint i = 0; i < d->n_names; i++)
        {
          GArray *list = g_hash_table_lookup (by_name, NAME (summary_names (d)[i]));
          for (guint c = list ? list->len : 0, seen = 0; c-- > 0 && seen < CANDIDATES_PER_NAME; seen++)
            {
              guint index = g_array_index (list, guint, c);
              if (!g_hash_table_add (tried, GUINT_TO_POINTER (index + 1)))
                continue;
              /* Out of the window by the index alone: no record read. */
              guint32 last = story_store_last (store, index);
              if (d->day && last && d->day - last > story_days)
                continue;
              /* Nor is a story read whose core surely holds none of the
               * report's leads (the test just below, from the index). */
              if (!debug && !lead_may_be_in (d, store, index))
                continue;
              /* Valid until the next story is read (best is kept by its
               * number). */
              const Forming *f = story_store_get (store, index, error);
              if (f == NULL)
                return NULL;
              /* A story none of whose core names is one of the report's
               * leads is never chosen (the last test below): it is left
               * before the costlier ones, unless the debug log wants
               * every candidate's score.  Most candidates come by a name
               * many stories share, and fail here. */
              if (!debug && !shares_lead_name (d, f))
                continue;
              gboolean other;
              guint shared;
              gboolean same_day = shares_date (d, f);
              /* An undated report that names a day a dated story names
               * has its time from it, and little else may tie it: a
               * short copy of a wire story.  Names two of the story's
               * reports give count for it. */
              gboolean anchored = d->day == 0 && f->last != 0 && same_day;
              double score = fit (d, f, idf, anchored, &other, &shared);
              /* Naming a day the story's reports name speaks for one
               * event as a shared name does. */
              if (same_day)
                score += DATE_TIE;
              /* Leads that name only other kinds of event (a market's rise,
               * where the story's name its fall) part two stories, unless
               * the names say twice over that it is one and a day the
               * story names says so too: the kinds are read from a few
               * words, and a report of a quake may speak only of its dead;
               * but markets' reports of two days share every name. */
              if (!same_event (d, f) && (score < 2 * needed || !same_day))
                continue;
              /* An undated report has no window to narrow it.  It joins a
               * story that has a dated report by fitting it better; a
               * story of undated reports only when it names a day they
               * name, or is nearly one of them (a copy, a rewrite): else
               * an archive without dates forms stories by topic. */
              gboolean near_copy = score >= 2 * needed && shared >= MAX (4u, (2u * d->n_names + 2) / 3);
              if (d->day == 0 && f->last == 0 && !same_day && !near_copy)
                continue;
              /* Joining a dated story, it needs the time or the event on
               * its side: a day the story names, or a kind of event both
               * name; names alone gather a topic (a season of rugby around
               * one dated report). */
              if (d->day == 0 && f->last != 0 && !same_day && !near_copy && !names_event (d, f))
                continue;
              /* Anchored by a day and naming a kind of event its reports
               * name, it need fit no better than a dated report. */
              double bar = anchored && names_event (d, f) ? JOIN_SCORE : needed;
              if (debug)
                {
                  g_autofree Summary *first = corpus_summary (corpus, g_array_index (f->firsts, guint32, 0), NULL);
                  g_debug ("%s against the story of %s: score %.2f of %.2f, %u core names shared%s%s%s", d->id,
                           first ? first->id : "?", score, bar, shared, other ? "" : ", all countries",
                           same_day ? ", a day shared" : "",
                           shares_lead_name (d, f) ? "" : ", no lead name in its core");
                }
              /* Subjects each missing from the other part two stories,
               * unless the report is nearly one of the story's (a film
               * the tagger missed in one copy's headline). */
              if (shared >= 2 && other && score >= bar && score > best_score && shares_lead_name (d, f))
                {
                  gboolean others = FALSE;
                  if (!near_copy && !other_principals (corpus, d, f, &others, error))
                    return NULL;
                  if (!others)
                    best_number = index, best_score = score;
                }
            }
        }
      Forming *best = best_number == G_MAXUINT ? story_store_add (store, error)
                                               : story_store_get (store, best_number, error);
      if (best == NULL)
        return NULL;
      guint index = best->number;
      /* The story joins the lists of the names it gains. */
      for (guint i = 0; i < d->n_names; i++)
        if (!g_hash_table_contains (best->count, NAME (summary_names (d)[i])))
          {
            GArray *list = g_hash_table_lookup (by_name, NAME (summary_names (d)[i]));
            if (list == NULL)
              {
                list = g_array_new (FALSE, FALSE, sizeof (guint));
                g_hash_table_insert (by_name, (gpointer) NAME (summary_names (d)[i]), list);
                held.entries += 32 + 16 + list_bytes (0);
              }
            held.entries -= list_bytes (list->len);
            g_array_append_val (list, index);
            /* Only a list's last CANDIDATES_PER_NAME entries are ever
             * read (above): the older go, so that a name many stories
             * share ("UK") holds a bounded list however large the input. */
            if (list->len >= 2 * CANDIDATES_PER_NAME)
              g_array_remove_range (list, 0, list->len - CANDIDATES_PER_NAME);
            held.entries += list_bytes (list->len);
          }
      add_to (best, d);
      if (!story_store_changed (store, best, error))
        return NULL;
      story_of[d->index] = index;
      held.lists = story_table_bytes (g_hash_table_size (by_name), 8, 8)
                   + story_table_bytes (g_hash_table_size (tried), 4, 0);
      if (!within_share (store, &held, o + 1, n_docs, error))
        return NULL;
    }

  guint n_stories = story_store_len (store);
  /* How the share bounded the stories in memory, in a domain of its own
   * (G_MESSAGES_DEBUG=assay-story-store), so that the law tests see the
   * eviction without the stage's debug log, which changes the path the
   * grouping takes to the same stories. */
  g_log ("assay-story-store", G_LOG_LEVEL_DEBUG,
         "grouping: %u stories, %u evicted from memory, %u read back, share %" G_GUINT64_FORMAT " bytes", n_stories,
         story_store_n_evicted (store), story_store_n_read (store), story_store_share (store));
  /* What the grouping holds at its peak, for docs/cluster.md's figures:
   * the tables that grow with the names and the stories. */
  if (debug)
    {
      guint64 listed = 0;
      GHashTableIter lists;
      g_hash_table_iter_init (&lists, by_name);
      while (g_hash_table_iter_next (&lists, NULL, &value))
        listed += ((GArray *) value)->len;
      g_debug ("grouping: %u documents, %u names (frequencies), %u lists of stories holding %" G_GUINT64_FORMAT
               " entries, %u stories, %" G_GSIZE_FORMAT " bytes of them in memory (the index and %u cached)",
               n_docs, g_hash_table_size (df), g_hash_table_size (by_name), listed, n_stories,
               story_store_bytes (store), MIN (n_stories, corpus->story_cache));
    }

  /* What only the grouping needed goes before the stories are made. */
  g_clear_pointer (&by_name, g_hash_table_unref);
  g_clear_pointer (&tried, g_hash_table_unref);
  g_clear_pointer (&order, g_array_unref);
  held.lists = held.entries = 0;
  /* The counting sort's arrays below and the stories as they are made
   * take their place. */
  held.by_doc = 2 * exact_bytes (n_docs, sizeof (guint32)) + 2 * exact_bytes (n_stories + 1, sizeof (guint32));
  if (!within_share (store, &held, n_docs, n_docs, error))
    return NULL;
  /* Each story's documents, in input order: a counting sort of
   * @story_of by story (4 bytes a document and a story more, while the
   * stories are made). */
  g_autofree guint32 *starts = g_new0 (guint32, n_stories + 1);
  for (guint d = 0; d < n_docs; d++)
    starts[story_of[d] + 1]++;
  for (guint i = 0; i < n_stories; i++)
    starts[i + 1] += starts[i];
  g_autofree guint32 *members = g_new (guint32, MAX (n_docs, 1));
  for (guint d = 0; d < n_docs; d++)
    members[starts[story_of[d]]++] = d;
  g_clear_pointer (&story_of, g_free);
  /* The members and the counting sort's starts and order stay while the
   * stories are made. */
  held.by_doc = exact_bytes (n_docs, sizeof (guint32)) + 2 * exact_bytes (n_stories + 1, sizeof (guint32));
  /* starts[i] is now where story i + 1 begins: story i spans
   * [starts[i - 1], starts[i]). */
  g_autofree guint32 *by_first = g_new (guint32, MAX (n_stories, 1));
  for (guint i = 0; i < n_stories; i++)
    by_first[i] = i;
  g_qsort_with_data (by_first, n_stories, sizeof (guint32), by_first_report, store);
  g_autoptr (GPtrArray) stories = g_ptr_array_new_with_free_func (story_free);
  g_autoptr (GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_stories; i++)
    {
      guint number = by_first[i];
      guint32 from = number ? starts[number - 1] : 0;
      const Forming *f = story_store_get (store, number, error);
      if (f == NULL)
        return NULL;
      Story *s = story_from (corpus, f, members + from, starts[number] - from, idf, ids, error);
      if (s == NULL)
        return NULL;
      g_ptr_array_add (stories, s);
      held.stories += story_bytes (s) + sizeof (gpointer);
      if (!within_share (store, &held, n_docs, n_docs, error))
        return NULL;
      if (!told (s, stories->len - 1, (const char *const *) ids->pdata, data, error))
        return NULL;
    }
  /* The stories stay through finish_stories(), while the core's tables
   * fill: they must fit the smaller share of that phase. */
  if (corpus->kept_share && held.stories > corpus->kept_share)
    {
      g_autofree char *given = mebibytes (corpus->kept_share), *kept = mebibytes (held.stories);
      guint64 tenths = (4 * (held.stories - corpus->kept_share) * 10 + 1048575) / 1048576;
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_BUDGET,
                   "--memory-budget is too small for these states' stories: the %u stories made of %u documents "
                   "take %s, which stay in memory while the findings are sorted on disk, where the stage's share "
                   "is %s (a quarter of what the budget leaves once the states are merged): the budget must be "
                   "at least %" G_GUINT64_FORMAT ".%" G_GUINT64_FORMAT " MiB larger", n_stories, n_docs, kept,
                   given, tenths / 10, tenths % 10);
      return NULL;
    }
  return g_steal_pointer (&stories);
}
