/* summary.c: what the cross-document phase keeps of each document.
 *
 * collect() runs once a document, in input order, and its summary lives
 * until the end of the run: for an archive of millions of articles, this
 * is the stage's memory.  So a summary holds only what stories and
 * findings need (its date, its salient names, the dates and kinds of event
 * it names), in one block with its strings; names are ids (a name's text
 * is written once, and read back only for the stories it ties).  The
 * blocks themselves wait on disk (a spill, spill.c), read back by the
 * story grouping in its order and by the comparisons a story at a time
 * (corpus_summary()); the sentences quoted as evidence go to a second
 * spill, read back only for the findings written, and the claims another
 * report can be compared with to a third, read back a story at a time
 * (corpus_claims()).  In memory a document costs 12 bytes: where its
 * block lies and its day. */
#include "spill.h"
#include "checks.h"

#include <stdlib.h>
#include <string.h>

/* Indexed by SalientLabel; a country is shown as the GPE it is. */
const char *const salient_labels[] = { "PERSON", "ORG", "GPE", "LOC", "NORP", "THREAT_ACTOR", "GPE", NULL };

char *
corpus_sentence (const Corpus *corpus, const Kept *kept, GError **error)
{
  return spill_get (corpus->spill, kept->sentence_at, kept->sentence_length, error);
}

char *
corpus_name (const Corpus *corpus, const Salient *name, GError **error)
{
  guint64 at = name->text_at_low | (guint64) name->text_at_high << 32;
  return spill_get (corpus->spill, at, name->text_length, error);
}

/* ---- the corpus --------------------------------------------------------- */

Corpus *
corpus_new (const Knowledge *k, const char *reference_key, guint salient, guint story_days, guint story_cache,
            const char *tmp_dir)
{
  Corpus *corpus = g_new0 (Corpus, 1);
  corpus->k = k;
  corpus->reference_key = g_strdup (reference_key);
  corpus->salient = MIN (salient, 255);
  corpus->story_days = story_days;
  corpus->story_cache = story_cache;
  corpus->tmp_dir = g_strdup (tmp_dir);
  corpus->keys_at = g_array_new (FALSE, FALSE, sizeof (guint64));
  corpus->days = g_array_new (FALSE, FALSE, sizeof (guint32));
  corpus->keys = spill_new ("summaries", tmp_dir);
  corpus->spill = spill_new ("names and evidence", tmp_dir);
  corpus->claims = spill_new ("claims", tmp_dir);
  corpus->record = assay_state_writer_new_buffer ();
  corpus->interned = g_string_chunk_new (256);
  return corpus;
}

void
corpus_free (Corpus *corpus)
{
  if (corpus == NULL)
    return;
  g_free (corpus->reference_key);
  g_free (corpus->tmp_dir);
  g_array_unref (corpus->keys_at);
  g_array_unref (corpus->days);
  spill_free (corpus->keys);
  spill_free (corpus->spill);
  spill_free (corpus->claims);
  assay_state_writer_free (corpus->record);
  g_string_chunk_free (corpus->interned);
  g_free (corpus);
}

gsize
corpus_bytes (const Corpus *corpus)
{
  return corpus->keys_at->len * (sizeof (guint64) + sizeof (guint32));
}

guint
corpus_n_docs (const Corpus *corpus)
{
  return corpus->keys_at->len;
}

guint32
corpus_day (const Corpus *corpus, guint index)
{
  return g_array_index (corpus->days, guint32, index);
}

Summary *
corpus_summary (const Corpus *corpus, guint index, GError **error)
{
  g_return_val_if_fail (index < corpus->keys_at->len, NULL);
  guint64 at = g_array_index (corpus->keys_at, guint64, index);
  guint64 end = index + 1 < corpus->keys_at->len ? g_array_index (corpus->keys_at, guint64, index + 1)
                                                 : spill_size (corpus->keys);
  Summary *s = g_malloc (end - at);
  if (!spill_read (corpus->keys, at, end - at, (char *) s, error))
    {
      g_free (s);
      return NULL;
    }
  if (end - at < sizeof (Summary) || s->size != end - at || s->index != index)
    {
      g_free (s);
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "reading back the summary of the input's document number %u from its temporary file: "
                   "the file holds another there (damaged)",
                   index);
      return NULL;
    }
  /* The id is the block's last bytes; the kinds of event point to strings
   * this process keeps (the knowledge's and the corpus's), since the file
   * is this process's own. */
  s->id = (const char *) (summary_dates (s) + s->n_dates);
  return s;
}

guint64
corpus_spilled (const Corpus *corpus)
{
  return spill_size (corpus->keys) + spill_size (corpus->spill) + spill_size (corpus->claims);
}

gboolean
corpus_flush (const Corpus *corpus, GError **error)
{
  return spill_finish (corpus->keys, error) && spill_finish (corpus->spill, error)
         && spill_finish (corpus->claims, error);
}

/* Salient name @name: its fingerprint, and its text written to the spill. */
static gboolean
salient_name (Corpus *corpus, const char *name, Salient *out, GError **error)
{
  /* The folded name: "SPLIT" in a dateline is the Split of the text. */
  g_autofree char *folded = assay_text_fold (name, -1);
  guint64 h = G_GUINT64_CONSTANT (14695981039346656037);
  for (const guchar *p = (const guchar *) folded; *p; p++)
    h = (h ^ *p) * G_GUINT64_CONSTANT (1099511628211);
  out->name = h;
  /* The text is only shown (a story's ties): a long name is cut. */
  gsize length = MIN (strlen (name), 255);
  while (length > 0 && length < strlen (name) && ((guchar) name[length] & 0xC0) == 0x80)
    length--;
  guint64 at;
  if (!spill_add (corpus->spill, name, length, &at, error))
    return FALSE;
  out->text_at_low = at & 0xFFFFFFFF;
  out->text_at_high = at >> 32;
  out->text_length = length;
  return TRUE;
}

/* ---- reading a document ------------------------------------------------- */

/* What salient_names() gathers of one name, whatever form it is written
 * in: one entry where four tables keyed by its spelling were (counts,
 * labels, headline places, spellings): four hash lookups a mention, and
 * a sort whose every comparison looked two counts up.  With the sections
 * read once a document (section_at()), corpus_collect() went from 430.5M
 * to 294.0M instructions on the BBC archive (callgrind, one copy, 2,225
 * documents, the news-crosscheck pipeline), 2.2% of the whole run. */
typedef struct
{
  const char *spelling; /* the first met: stands for the name */
  const char *label;    /* the first mention's */
  int count;            /* mentions, a title's counting three */
  gsize headline;       /* where the headline first gives it, plus one; 0: it does not */
} NameEntry;

/* Most mentioned first, then by spelling: a total order (spellings are
 * distinct), so the order is the same whatever sort runs it. */
static int
count_order (gconstpointer a, gconstpointer b)
{
  const NameEntry *ea = *(NameEntry *const *) a, *eb = *(NameEntry *const *) b;
  return ea->count != eb->count ? eb->count - ea->count : strcmp (ea->spelling, eb->spelling);
}

/* The label of the section that holds @offset (the first that does, as
 * claims_in_section() reads it), or NULL. */
static const char *
section_at (AssayAnnotation *const *sections, guint n, gsize offset)
{
  for (guint i = 0; i < n; i++)
    if (assay_annotation_get_start (sections[i]) <= offset && offset < assay_annotation_get_end (sections[i]))
      return assay_annotation_get_label (sections[i]);
  return NULL;
}

static gboolean
in_references (const AssayDocument *doc, gsize offset)
{
  return claims_in_section (doc, offset, "references");
}

/* The date a document was written: its publication date, else the latest
 * full date of its body (the dateline's, mostly). */
static guint32
written_day (const Corpus *corpus, const AssayDocument *doc, gboolean *published)
{
  guint32 day = checks_publication_day (doc, corpus->reference_key);
  *published = day != 0;
  if (day)
    return day;
  guint n;
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  for (guint i = 0; i < n; i++)
    {
      const char *value = assay_annotation_get_attr (timexes[i], "value");
      if (value && strlen (value) >= 10 && g_ascii_isdigit (value[0])
          && g_strcmp0 (assay_annotation_get_attr (timexes[i], "resolution"), "underspecified") != 0
          && !in_references (doc, assay_annotation_get_start (timexes[i])))
        day = MAX (day, knowledge_timex_day (value));
    }
  return day;
}

/* Is @a inside a date ("12:00 UTC", "Chapter 11" read as a date): a name
 * there is part of the date, and ties no story. */
static gboolean
inside_timex (const AssayDocument *doc, const AssayAnnotation *a)
{
  guint n;
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  gsize start = assay_annotation_get_start (a), end = assay_annotation_get_end (a);
  guint i = n ? assay_document_lower_bound (doc, "timex", start + 1) : 0;
  return i > 0 && assay_annotation_get_start (timexes[i - 1]) <= start && end <= assay_annotation_get_end (timexes[i - 1]);
}

/* Labels of names that can tie reports of one story: who and where, not
 * things or works (MISC).  Returns the SalientLabel, or -1. */
static int
identifying_label (const char *label)
{
  if (g_strcmp0 (label, "country") == 0)
    return SALIENT_COUNTRY;
  for (int i = 0; label && i < SALIENT_COUNTRY; i++)
    if (strcmp (label, salient_labels[i]) == 0)
      return i;
  return -1;
}

/* Where @folded (a folded name) stands in @folded_title as a run of whole
 * words, or -1. */
static gssize
in_folded_title (const char *folded_title, const char *folded)
{
  gsize n = strlen (folded);
  if (n == 0)
    return -1;
  for (const char *at = strstr (folded_title, folded); at; at = strstr (at + 1, folded))
    if ((at == folded_title || !g_ascii_isalnum (at[-1])) && !g_ascii_isalnum (at[n]))
      return at - folded_title;
  return -1;
}

/* The most mentioned names, a title's mention counting three, each marked
 * when the headline gives it, the first it gives marked the subject.  A
 * headline given as metadata is not in the text, so its names are not
 * annotated: a name whose canonical form or mention it holds is marked,
 * without the weight of a mention (the weights stay those of the text, so
 * that one report's lead names compare with another's whatever form its
 * headline came in). */
static gboolean
salient_names (Corpus *corpus, const AssayDocument *doc, Salient *out, guint *n_out, GError **error)
{
  guint n, n_sections;
  AssayAnnotation *const *entities = assay_document_get_annotations (doc, "entity", &n);
  AssayAnnotation *const *sections = assay_document_get_annotations (doc, "section", &n_sections);
  /* folded name -> NameEntry, both owned */
  g_autoptr (GHashTable) entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *meta_title = assay_document_get_meta (doc, "title");
  gboolean title_in_text = FALSE;
  for (guint i = 0; i < n && !title_in_text; i++)
    title_in_text = g_strcmp0 (section_at (sections, n_sections, assay_annotation_get_start (entities[i])), "title") == 0;
  /* A headline is short: past 1 KB a title is something else, and the
   * looks below must not cost mentions times its length. */
  g_autofree char *folded_title
      = meta_title && !title_in_text ? assay_text_fold (meta_title, MIN (strlen (meta_title), 1024)) : NULL;
  /* each form a name is written in, folded, looked for once */
  g_autoptr (GHashTable) looked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *text = assay_document_get_text (doc, NULL);
  for (guint i = 0; i < n; i++)
    {
      const char *name = assay_annotation_get_attr (entities[i], "canonical");
      const char *label = assay_annotation_get_label (entities[i]);
      const char *kb = assay_annotation_get_attr (entities[i], "kb");
      /* A country, named or by its people, weighs less in joining a
       * story than a city, a person or an organisation. */
      if (g_strcmp0 (label, "NORP") == 0)
        name = assay_annotation_get_attr (entities[i], "country"), label = "country";
      else if (g_strcmp0 (label, "GPE") == 0 && kb && g_str_has_prefix (kb, "iso3166:"))
        label = "country";
      gsize start = assay_annotation_get_start (entities[i]);
      const char *section = NULL;
      if (name == NULL || identifying_label (label) < 0 || g_utf8_strlen (name, -1) < 2
          || g_strcmp0 (section = section_at (sections, n_sections, start), "references") == 0
          || inside_timex (doc, entities[i]))
        continue;
      gssize titled = g_strcmp0 (section, "title") == 0 ? (gssize) start : -1;
      int weight = titled >= 0 ? 3 : 1;
      /* One name however it is cased ("SPLIT", "Split"): the first
       * spelling met stands for it. */
      char *key = assay_text_fold (name, -1);
      gpointer stored_key, stored;
      NameEntry *e;
      if (g_hash_table_lookup_extended (entries, key, &stored_key, &stored))
        {
          /* The table's own copy of the key stays valid below. */
          g_free (key);
          key = stored_key, e = stored;
        }
      else
        {
          e = g_new0 (NameEntry, 1);
          e->spelling = name, e->label = label;
          g_hash_table_insert (entries, key, e);
        }
      if (folded_title && e->headline == 0)
        {
          char *surface = assay_text_fold (text + start, assay_annotation_get_end (entities[i]) - start);
          gssize a = -1, b = -1;
          if (!g_hash_table_contains (looked, surface))
            a = in_folded_title (folded_title, surface);
          if (!g_hash_table_contains (looked, key))
            b = in_folded_title (folded_title, key), g_hash_table_add (looked, g_strdup (key));
          g_hash_table_add (looked, surface);
          titled = a < 0 ? b : b < 0 ? a : MIN (a, b);
        }
      if (titled >= 0 && e->headline == 0)
        e->headline = (gsize) titled + 1;
      e->count += weight;
    }
  guint n_names = g_hash_table_size (entries);
  g_autofree NameEntry **names = g_new (NameEntry *, n_names + 1);
  GHashTableIter iter;
  g_hash_table_iter_init (&iter, entries);
  for (guint i = 0; g_hash_table_iter_next (&iter, NULL, (gpointer *) &names[i]); i++)
    ;
  qsort (names, n_names, sizeof *names, count_order);
  n = MIN (n_names, corpus->salient);
  for (guint i = 0; i < n; i++)
    {
      if (!salient_name (corpus, names[i]->spelling, &out[i], error))
        return FALSE;
      out[i].label = identifying_label (names[i]->label);
      out[i].headline = names[i]->headline != 0;
      out[i].subject = FALSE;
      out[i].weight = MIN ((guint) names[i]->count, 255);
    }
  /* The subject: the name the headline gives first, a country aside. */
  gsize first = G_MAXSIZE;
  Salient *subject = NULL;
  for (guint i = 0; i < n; i++)
    {
      gsize at = names[i]->headline;
      if (at && at < first && out[i].label != SALIENT_COUNTRY)
        first = at, subject = &out[i];
    }
  if (subject)
    subject->subject = TRUE;
  *n_out = n;
  return TRUE;
}

/* The dates it names outside its reference list, distinct: what a story's
 * reports share besides names.  A day and month without a year is kept as
 * such ("March 4"). */
static guint
named_dates (const AssayDocument *doc, guint32 *out)
{
  guint n, found = 0;
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  for (guint i = 0; i < n && found < STORY_DATES; i++)
    {
      const char *value = assay_annotation_get_attr (timexes[i], "value");
      if (value == NULL || strlen (value) != 10 || in_references (doc, assay_annotation_get_start (timexes[i])))
        continue;
      guint32 day;
      if (g_str_has_prefix (value, "XXXX-") && g_ascii_isdigit (value[5]) && g_ascii_isdigit (value[8]))
        day = STORY_PARTIAL_DATE (atoi (value + 5), atoi (value + 8));
      else if (g_ascii_isdigit (value[0]))
        day = knowledge_timex_day (value);
      else
        continue;
      gboolean seen = day == 0;
      for (guint j = 0; j < found && !seen; j++)
        seen = out[j] == day;
      if (!seen)
        out[found++] = day;
    }
  return found;
}

/* Adds the kinds of event the words of [@start, @end) of @text name to
 * @kinds, skipping words inside names ("Volt Typhoon" is no typhoon). */
static void
add_events (const Knowledge *k, const char *text, gsize start, gsize end, AssayAnnotation *const *names,
            guint n_names, Words *words, GPtrArray *kinds)
{
  words_cut (words, k->trie, text, start, end);
  guint e = 0;
  for (guint w = 0; w < words->len; w++)
    {
      const Word *word = words_at (words, w);
      while (e < n_names && assay_annotation_get_end (names[e]) <= word->start)
        e++;
      if (e < n_names && assay_annotation_get_start (names[e]) <= word->start)
        continue;
      const char *kind;
      guint n = words_cue (words, w, CUE_STORY_EVENT, &kind);
      if (n == 0)
        continue;
      gboolean seen = FALSE;
      for (guint i = 0; i < kinds->len && !seen; i++)
        seen = strcmp (kinds->pdata[i], kind) == 0;
      if (!seen)
        g_ptr_array_add (kinds, (gpointer) kind);
      w += n - 1;
    }
}

/* The kinds of event @doc reports (cues.tsv's story-event), read in its
 * headline and lead, first named first: what the report is about, not what
 * it recalls further down.  A headline given as metadata is not in the
 * text (and has no names marked).  Returns: (transfer container): strings
 * of @k's. */
static GPtrArray *
story_events (const Knowledge *k, const AssayDocument *doc)
{
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  guint n_sentences, n_names;
  AssayAnnotation *const *sentences = assay_document_get_annotations (doc, "sentence", &n_sentences);
  AssayAnnotation *const *names = assay_document_get_annotations (doc, "entity", &n_names);
  Words words;
  words_init (&words);
  GPtrArray *kinds = g_ptr_array_new ();
  const char *title = assay_document_get_meta (doc, "title");
  if (title)
    add_events (k, title, 0, strlen (title), NULL, 0, &words, kinds);
  for (guint i = 0, lead = 0; i < n_sentences && lead < 3; i++)
    {
      gsize start = assay_annotation_get_start (sentences[i]), end = assay_annotation_get_end (sentences[i]);
      /* From the sentence's first name: from the first of all, a document
       * of many short lines was quadratic (no lead sentence ends the
       * search early).  No name crosses a sentence's start: the entities
       * stage reads names in one sentence's words. */
      guint from = assay_document_lower_bound (doc, "entity", start);
      add_events (k, text, start, end, names ? names + from : NULL, n_names - from, &words, kinds);
      /* The headline, byline and time lines, a dateline or a one-line
       * kicker are no lead sentences. */
      lead += words.len >= 6 && !claims_in_section (doc, start, "title") && !claims_in_section (doc, start, "byline");
    }
  words_clear (&words);
  return kinds;
}

/* Can another report's claim ever be compared with @c?  Only those are
 * kept (compare.c): counts of dated reports, titles that name an office
 * held now, blame with a country and an event, origins and event times
 * outside reference lists. */
static gboolean
comparable (const AssayAnnotation *c, gboolean published)
{
  const char *type = assay_annotation_get_label (c);
  if (assay_annotation_get_attr (c, "section"))
    return FALSE;
  if (g_strcmp0 (type, CLAIM_ROLE) == 0)
    return assay_annotation_get_attr (c, "office") && !assay_annotation_get_attr (c, "former");
  if (g_strcmp0 (type, CLAIM_ATTRIBUTION) == 0)
    return assay_annotation_get_attr (c, "country") && assay_annotation_get_attr (c, "event");
  if (assay_annotation_get_attr (c, "key") == NULL || assay_annotation_get_attr (c, "value") == NULL)
    return FALSE;
  return g_strcmp0 (type, CLAIM_QUANTITY) != 0 || published;
}

static gboolean
keep_evidence (Corpus *corpus, const AssayDocument *doc, gsize offset, Kept *k, GError **error)
{
  gsize start, end;
  g_autofree char *sentence = checks_sentence (doc, offset, &start, &end);
  k->start = start, k->end = end;
  k->sentence_length = end - start;
  return spill_add (corpus->spill, sentence, end - start, &k->sentence_at, error);
}

/* The claims another report may be compared with, and weekdays whose date
 * has no year yet (the story may give one).  Their strings are copies
 * (g_free() them) until corpus_collect() moves them into the summary. */
static gboolean
keep_claims (Corpus *corpus, const AssayDocument *doc, gboolean published, GArray *kept, GError **error)
{
  guint n;
  AssayAnnotation *const *claims = assay_document_get_annotations (doc, "claim", &n);
  for (guint i = 0; i < n; i++)
    {
      const AssayAnnotation *c = claims[i];
      Kept k = { 0 };
      k.type = claim_type (assay_annotation_get_label (c));
      if (k.type == NULL || !comparable (c, published))
        continue;
      k.subject = g_strdup (assay_annotation_get_attr (c, "subject"));
      k.value = g_strdup (assay_annotation_get_attr (c, "value"));
      k.key = g_strdup (assay_annotation_get_attr (c, "key"));
      k.former = assay_annotation_get_attr (c, "former") != NULL;
      k.update = assay_annotation_get_attr (c, "update") != NULL;
      if (strcmp (k.type, CLAIM_QUANTITY) == 0)
        k.extra = g_strdup (assay_annotation_get_attr (c, "approx"));
      else if (strcmp (k.type, CLAIM_ATTRIBUTION) == 0)
        {
          k.extra = g_strdup (assay_annotation_get_attr (c, "country"));
          g_free ((char *) k.key);
          k.key = g_strdup (assay_annotation_get_attr (c, "event"));
        }
      else if (strcmp (k.type, CLAIM_ROLE) == 0)
        k.extra = g_strdup_printf ("%s\t%s\t%s", assay_annotation_get_attr (c, "office"),
                                   assay_annotation_get_attr (c, "org"), assay_annotation_get_attr (c, "title"));
      k.claim_id = assay_annotation_get_id (c);
      g_array_append_val (kept, k);
      if (!keep_evidence (corpus, doc, assay_annotation_get_start (c), &g_array_index (kept, Kept, kept->len - 1),
                          error))
        return FALSE;
    }
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  for (guint i = 0; i < n; i++)
    {
      const char *wd = assay_annotation_get_attr (timexes[i], "weekday");
      const char *value = assay_annotation_get_attr (timexes[i], "value");
      if (wd == NULL || value == NULL || !g_str_has_prefix (value, "XXXX-") || strlen (value) != 10)
        continue;
      Kept k = { 0 };
      k.type = "weekday";
      k.value = g_strdup (value);
      k.extra = g_strdup (wd);
      k.claim_id = assay_annotation_get_id (timexes[i]);
      gsize ts = assay_annotation_get_start (timexes[i]), te = assay_annotation_get_end (timexes[i]);
      k.subject = g_strndup (text + ts, MIN (te - ts, 200));
      g_array_append_val (kept, k);
      if (!keep_evidence (corpus, doc, ts, &g_array_index (kept, Kept, kept->len - 1), error))
        return FALSE;
    }
  return TRUE;
}

/* Moves @s's string into @tail (the summary's block), returns its place. */
static const char *
move_string (const char *s, char **tail)
{
  if (s == NULL)
    return NULL;
  gsize n = strlen (s) + 1;
  memcpy (*tail, s, n);
  const char *moved = *tail;
  *tail += n;
  return moved;
}

/* Why a document joined a story, or did not: what it brings (a name its
 * headline gives marked ^, its subject ^^). */
static void
log_summary (const Corpus *corpus, const Summary *s)
{
  g_autoptr (GString) line = g_string_new (NULL);
  const Salient *names = summary_names (s);
  for (guint i = 0; i < s->n_names; i++)
    {
      g_autofree char *name = corpus_name (corpus, &names[i], NULL);
      g_string_append_printf (line, "%s%s%s (%s, %u)", i ? ", " : "", names[i].subject ? "^^" : names[i].headline ? "^" : "",
                              name ? name : "?",
                              salient_label (&names[i]),
                              names[i].weight);
    }
  g_string_append (line, "; dates");
  const guint32 *dates = summary_dates (s);
  for (guint i = 0; i < s->n_dates; i++)
    if (STORY_IS_PARTIAL_DATE (dates[i]))
      g_string_append_printf (line, " XXXX-%02u-%02u", (dates[i] >> 5) & 15, dates[i] & 31);
    else
      {
        g_autofree char *d = knowledge_format_day (dates[i]);
        g_string_append_printf (line, " %s", d);
      }
  g_string_append (line, "; events");
  for (guint i = 0; i < s->n_events; i++)
    g_string_append_printf (line, " %s", summary_events (s)[i]);
  g_string_append_printf (line, "; %u claims kept", s->n_kept);
  g_autofree char *day = s->day ? knowledge_format_day (s->day) : g_strdup ("undated");
  g_debug ("%s (%s): names %s", s->id, day, line->str);
}

/* The bytes of @kept's strings. */
static gsize
claims_strings (GArray *kept)
{
  gsize strings = 0;
  for (guint i = 0; i < kept->len; i++)
    {
      const Kept *k = &g_array_index (kept, Kept, i);
      const char *each[] = { k->subject, k->value, k->key, k->extra };
      for (guint j = 0; j < G_N_ELEMENTS (each); j++)
        strings += each[j] ? strlen (each[j]) + 1 : 0;
    }
  return strings;
}

/* Where the claims start in a copy with claims: after the dates, aligned. */
static gsize
claims_offset (const Summary *s)
{
  return (sizeof (Summary) + s->n_names * sizeof (Salient) + s->n_events * sizeof (char *)
          + s->n_dates * sizeof (guint32) + 7) & ~(gsize) 7;
}

Summary *
corpus_claims (const Corpus *corpus, const Summary *s, GError **error)
{
  g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (Kept));
  g_array_set_clear_func (kept, kept_clear);
  if (!claims_read_back (corpus->claims, s->claims_at, s->claims_length, s->n_kept, s->id, kept, error))
    return NULL;
  gsize head = claims_offset (s);
  gsize size = head + kept->len * sizeof (Kept) + claims_strings (kept) + strlen (s->id) + 1;
  Summary *copy = g_malloc0 (size);
  /* The summary and its names, events and dates, as they are. */
  memcpy (copy, s, sizeof (Summary) + s->n_names * sizeof (Salient) + s->n_events * sizeof (char *)
                       + s->n_dates * sizeof (guint32));
  copy->size = size;
  copy->with_claims = TRUE;
  char *tail = (char *) copy + head + kept->len * sizeof (Kept);
  for (guint i = 0; i < kept->len; i++)
    {
      const Kept *from = &g_array_index (kept, Kept, i);
      Kept *to = &summary_kept (copy)[i];
      *to = *from;
      to->subject = move_string (from->subject, &tail);
      to->value = move_string (from->value, &tail);
      to->key = move_string (from->key, &tail);
      to->extra = move_string (from->extra, &tail);
    }
  copy->id = move_string (s->id, &tail);
  return copy;
}

/* Writes @id's summary to the keys' spill: one block with its arrays and
 * its id; its claims (@kept) go to the claims' spill.  FALSE with @error
 * when they cannot be written there. */
static gboolean
corpus_keep (Corpus *corpus, const char *id, guint32 day, gboolean published, const Salient *names, guint n_names,
             const char *const *events, guint n_events, const guint32 *dates, guint n_dates, GArray *kept,
             GError **error)
{
  guint64 claims_at;
  guint32 claims_length;
  if (!claims_spill (corpus->claims, corpus->record, kept, &claims_at, &claims_length, id, error))
    return FALSE;
  gsize size = sizeof (Summary) + n_names * sizeof (Salient) + n_events * sizeof (char *)
               + n_dates * sizeof (guint32) + strlen (id) + 1;
  g_autofree Summary *s = g_malloc0 (size);
  s->size = size;
  s->n_kept = kept->len, s->n_names = n_names, s->n_events = n_events, s->n_dates = n_dates;
  s->claims_at = claims_at, s->claims_length = claims_length;
  /* (memcpy() takes no NULL source, even for no bytes.) */
  if (n_names)
    memcpy (summary_names (s), names, n_names * sizeof (Salient));
  if (n_events)
    memcpy (summary_events (s), events, n_events * sizeof (char *));
  if (n_dates)
    memcpy (summary_dates (s), dates, n_dates * sizeof (guint32));
  char *tail = (char *) (summary_dates (s) + n_dates);
  s->id = move_string (id, &tail);
  s->index = corpus->keys_at->len;
  s->day = day;
  s->published = published;
  if (!g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
    log_summary (corpus, s);
  guint64 at;
  if (!spill_add (corpus->keys, (const char *) s, size, &at, error))
    return FALSE;
  g_array_append_val (corpus->keys_at, at);
  g_array_append_val (corpus->days, day);
  return TRUE;
}

gboolean
corpus_collect (Corpus *corpus, const AssayDocument *doc, GError **error)
{
  gboolean published;
  guint32 day = written_day (corpus, doc, &published);
  Salient names[255];
  guint n_names;
  if (!salient_names (corpus, doc, names, &n_names, error))
    return FALSE;
  guint32 dates[STORY_DATES];
  guint n_dates = named_dates (doc, dates);
  g_autoptr (GPtrArray) events = story_events (corpus->k, doc);
  guint n_events = MIN (events->len, STORY_EVENTS);
  g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (Kept));
  g_array_set_clear_func (kept, kept_clear);
  if (!keep_claims (corpus, doc, published, kept, error))
    return FALSE;
  return corpus_keep (corpus, assay_document_get_id (doc), day, published, names, n_names,
                      (const char *const *) events->pdata, n_events, dates, n_dates, kept, error);
}

/* ---- the state: the corpus for a reduce elsewhere (docs/cluster.md) ----

 * The stage's part of a state file, version 1, every number as LEB128:
 *   1; the spill's length and bytes; the number of summaries; each summary:
 *   id, day, published, its names (fingerprint, spill offset, length,
 *   label, weight, marks: 1 headline, 2 subject), its event kinds, its
 *   dates, its kept claims (type, subject, value, key, extra, spill offset
 *   and length, start, end, claim id, former, update).
 * Every field of Summary, Salient and Kept that collect() sets is here: a
 * field added there and not here breaks the law of docs/cluster.md, which
 * tests/cluster/test-mapreduce.c checks on the BBC archive.
 * Merging appends the spill at the end of this corpus's and moves the
 * offsets by its length: the corpus is then the one collect() would have
 * built over the shards' documents in order. */

#define STATE_VERSION 1
static gboolean
save_summary (const Corpus *corpus, guint index, AssayStateWriter *w, GError **error)
{
  g_autofree Summary *stored = corpus_summary (corpus, index, error);
  g_autofree Summary *s = stored ? corpus_claims (corpus, stored, error) : NULL;
  if (s == NULL)
    return FALSE;
#define U(v) assay_state_write_uint (w, (v), error)
#define S(v) assay_state_write_string (w, (v), error)
  if (!S (s->id) || !U (s->day) || !U (s->published) || !U (s->n_names))
    return FALSE;
  const Salient *names = summary_names (s);
  for (guint i = 0; i < s->n_names; i++)
    if (!U (names[i].name) || !U (names[i].text_at_low | (guint64) names[i].text_at_high << 32)
        || !U (names[i].text_length) || !U (names[i].label) || !U (names[i].weight)
        || !U (names[i].headline | names[i].subject << 1))
      return FALSE;
  if (!U (s->n_events))
    return FALSE;
  for (guint i = 0; i < s->n_events; i++)
    if (!S (summary_events (s)[i]))
      return FALSE;
  if (!U (s->n_dates))
    return FALSE;
  for (guint i = 0; i < s->n_dates; i++)
    if (!U (summary_dates (s)[i]))
      return FALSE;
  if (!U (s->n_kept))
    return FALSE;
  for (guint i = 0; i < s->n_kept; i++)
    if (!kept_write (w, &summary_kept (s)[i], error))
      return FALSE;
  return TRUE;
#undef U
#undef S
}

gboolean
corpus_save (const Corpus *corpus, AssayStateWriter *writer, GError **error)
{
  if (!corpus_flush (corpus, error) || !assay_state_write_uint (writer, STATE_VERSION, error)
      || !spill_save (corpus->spill, writer, error)
      || !assay_state_write_uint (writer, corpus->keys_at->len, error))
    return FALSE;
  for (guint i = 0; i < corpus->keys_at->len; i++)
    if (!save_summary (corpus, i, writer, error))
      return FALSE;
  return TRUE;
}

static gboolean
merge_summary (Corpus *corpus, AssayStateReader *r, guint64 base, guint64 spill_end, GArray *kept, GError **error)
{
  g_autofree char *id = NULL;
  guint64 day, published, n_names, n_events, n_dates, n_kept, v;
  Salient names[255];
  const char *events[STORY_EVENTS];
  guint32 dates[STORY_DATES];
  if (!assay_state_read_string (r, &id, error) || !read_bounded (r, G_MAXUINT32, &day, "a day", error)
      || !read_bounded (r, 1, &published, "a flag", error)
      || !read_bounded (r, G_N_ELEMENTS (names), &n_names, "too many names", error))
    return FALSE;
  if (id == NULL)
    return records_damaged (r, "a summary without an id", error);
  for (guint i = 0; i < n_names; i++)
    {
      guint64 name, at, length, label, weight, marks;
      if (!assay_state_read_uint (r, &name, error) || !assay_state_read_uint (r, &at, error)
          || !read_bounded (r, 255, &length, "a name's length", error)
          || !read_bounded (r, SALIENT_COUNTRY, &label, "a name's label", error)
          || !read_bounded (r, 255, &weight, "a name's weight", error)
          || !read_bounded (r, 3, &marks, "a name's marks", error))
        return FALSE;
      if (at > spill_end - base || length > spill_end - base - at)
        return records_damaged (r, "a name lies outside its evidence", error);
      at += base;
      names[i] = (Salient){ .name = name, .text_at_low = at & 0xFFFFFFFF, .text_at_high = at >> 32,
                            .text_length = length, .label = label, .headline = marks & 1,
                            .subject = (marks >> 1) & 1, .weight = weight };
    }
  if (!read_bounded (r, STORY_EVENTS, &n_events, "too many events", error))
    return FALSE;
  for (guint i = 0; i < n_events; i++)
    {
      g_autofree char *kind = NULL;
      if (!assay_state_read_string (r, &kind, error))
        return FALSE;
      if (kind == NULL)
        return records_damaged (r, "an event without a kind", error);
      events[i] = g_string_chunk_insert_const (corpus->interned, kind);
    }
  if (!read_bounded (r, STORY_DATES, &n_dates, "too many dates", error))
    return FALSE;
  for (guint i = 0; i < n_dates; i++)
    {
      if (!read_bounded (r, G_MAXUINT32, &v, "a date", error))
        return FALSE;
      dates[i] = v;
    }
  if (!read_bounded (r, assay_state_reader_get_remaining (r), &n_kept, "too many claims", error))
    return FALSE;
  g_array_set_size (kept, 0);
  for (guint i = 0; i < n_kept; i++)
    if (!kept_read (r, base, spill_end, kept, error))
      return FALSE;
  return corpus_keep (corpus, id, day, published, names, n_names, events, n_events, dates, n_dates, kept, error);
}

gboolean
corpus_merge (Corpus *corpus, AssayStateReader *reader, GError **error)
{
  guint64 version, base, n;
  if (!assay_state_read_uint (reader, &version, error))
    return FALSE;
  if (version != STATE_VERSION)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT,
                   "%s: the inconsistencies state has version %" G_GUINT64_FORMAT " and this stage reads %u",
                   assay_state_reader_get_path (reader), version, STATE_VERSION);
      return FALSE;
    }
  if (!spill_merge (corpus->spill, reader, &base, error)
      || !read_bounded (reader, assay_state_reader_get_remaining (reader), &n, "too many summaries", error))
    return FALSE;
  g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (Kept));
  g_array_set_clear_func (kept, kept_clear);
  for (guint64 i = 0; i < n; i++)
    if (!merge_summary (corpus, reader, base, spill_size (corpus->spill), kept, error))
      return FALSE;
  return TRUE;
}
