/* inconsistencies.c: the `inconsistencies` stage: claims, and where reports
 * of one story disagree with each other or with the calendar.
 *
 * Per document (process): claims.c reads the `claim` layer; then the checks
 * one document allows: a weekday that does not fit its date, a title its
 * holder did not hold on the publication date, two titles one person never
 * held at once, one actor given two origins.
 *
 * Across documents (collect, finish): each document leaves a compact
 * summary (its date, its most mentioned names, its claims with their
 * sentences).  finish() groups documents into stories in linear time: every
 * pair of a document's salient names is a key, and documents under one key
 * whose dates lie within `story-days` join one story (union-find).  Inside a
 * story it compares claims of the same key across documents.
 */
#include "summary.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  Knowledge *k;
  char *reference_key;
  gint64 story_days;
  gint64 salient;
  /* cross-document phase */
  GPtrArray *docs; /* Summary* */
  GStringChunk *strings; /* names and labels the summaries share */
} Stage;

static void
kept_clear (gpointer data)
{
  Kept *k = data;
  g_free (k->subject);
  g_free (k->value);
  g_free (k->key);
  g_free (k->extra);
  g_free (k->sentence);
}

static void
summary_free (gpointer data)
{
  Summary *s = data;
  g_free (s->id);
  g_free (s->names);
  g_free (s->dates);
  g_free (s->events);
  g_array_unref (s->kept);
  g_free (s);
}

static const AssayOptionSpec stage_options[] = {
  { .name = "knowledge", .type = ASSAY_OPTION_PATH, .default_value = "office-holders.tsv",
    .help = "Office holders with dates (OFFICE, ORG, HOLDER, FROM, TO, CHECKED, SOURCE): the anachronism and "
            "role checks' knowledge base" },
  { .name = "knowledge-extra", .type = ASSAY_OPTION_PATH, .default_value = "office-holders-extra.tsv",
    .help = "More office holders in the same columns, read after the first file: where users add theirs" },
  { .name = "roles", .type = ASSAY_OPTION_PATH, .default_value = "role-aliases.tsv",
    .help = "How titles are written (\"foreign policy chief\") and the office each names" },
  { .name = "cues", .type = ASSAY_OPTION_PATH, .default_value = "cues.tsv",
    .help = "The words claims are read by: blame, origin, event, date, approximation, number and verb cues" },
  { .name = "reference-key", .type = ASSAY_OPTION_STRING, .default_value = "published",
    .help = "The metadata key holding a document's publication date (the date of writing for anachronisms)" },
  { .name = "story-days", .type = ASSAY_OPTION_INT, .default_value = "7", .min = "0", .max = "3660",
    .help = "A document joins a story only when its date lies this many days or fewer after the story's "
            "last report (an undated document joins by names alone, and must share more)" },
  { .name = "salient", .type = ASSAY_OPTION_INT, .default_value = "8", .min = "2", .max = "20",
    .help = "How many of a document's most mentioned names (people, organisations, places, actors) it keeps "
            "to find its story by: a document joins the story whose reports share enough of them, each "
            "weighed by how rare it is in the input" },
  { .name = NULL },
};

static void
stage_destroy (gpointer data)
{
  Stage *self = data;
  knowledge_free (self->k);
  g_free (self->reference_key);
  g_ptr_array_unref (self->docs);
  g_string_chunk_free (self->strings);
  g_free (self);
}

static gpointer
stage_create (G_GNUC_UNUSED const AssayHost *host, const AssayOptions *options, GError **error)
{
  Knowledge *k = knowledge_load (assay_options_get_string (options, "knowledge"),
                                 assay_options_get_string (options, "knowledge-extra"),
                                 assay_options_get_string (options, "roles"),
                                 assay_options_get_string (options, "cues"), error);
  if (k == NULL)
    return NULL;
  Stage *self = g_new0 (Stage, 1);
  self->k = k;
  self->reference_key = g_strdup (assay_options_get_string (options, "reference-key"));
  self->story_days = assay_options_get_int (options, "story-days");
  self->salient = assay_options_get_int (options, "salient");
  self->docs = g_ptr_array_new_with_free_func (summary_free);
  self->strings = g_string_chunk_new (4096);
  return self;
}

/* ---- per document ---------------------------------------------------------- */

/* Evidence longer than this is cut to a window around the claim: a
 * "sentence" of a megabyte (a list, a table, hostile input) would be
 * copied into every finding and kept per claim. */
#define EVIDENCE_MAX 1000

/* The sentence around @offset, as evidence: start, end, and its text. */
static char *
sentence_around (const AssayDocument *doc, gsize offset, gsize *start, gsize *end)
{
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  guint n;
  AssayAnnotation *const *sentences = assay_document_get_annotations (doc, "sentence", &n);
  guint i = n ? assay_document_lower_bound (doc, "sentence", offset + 1) : 0;
  *start = offset, *end = MIN (length, offset + 1);
  if (i > 0 && assay_annotation_get_end (sentences[i - 1]) > offset)
    *start = assay_annotation_get_start (sentences[i - 1]), *end = assay_annotation_get_end (sentences[i - 1]);
  if (*end - *start > EVIDENCE_MAX)
    {
      *start = MAX (*start, offset > EVIDENCE_MAX / 2 ? offset - EVIDENCE_MAX / 2 : 0);
      *end = MIN (*end, *start + EVIDENCE_MAX);
      while (*start > 0 && ((guchar) text[*start] & 0xC0) == 0x80)
        (*start)--;
    }
  while (*end < length && ((guchar) text[*end] & 0xC0) == 0x80)
    (*end)++;
  return g_strndup (text + *start, *end - *start);
}

static void
add_evidence (AssayFinding *f, const AssayDocument *doc, const AssayAnnotation *a)
{
  gsize s, e;
  g_autofree char *sentence = sentence_around (doc, assay_annotation_get_start (a), &s, &e);
  guint id = assay_annotation_get_id (a);
  assay_finding_add_evidence (f, assay_document_get_id (doc), s, e, sentence, &id, 1);
}

/* The document's own date of writing: its metadata, date part. */
static guint32
publication_day (const Stage *self, const AssayDocument *doc)
{
  const char *published = assay_document_get_meta (doc, self->reference_key);
  if (published == NULL || strlen (published) < 10)
    return 0;
  g_autofree char *date = g_strndup (published, 10);
  return knowledge_parse_day (date, FALSE);
}

static char *
weekday_message (const char *text, int named, guint32 day, const char *how)
{
  g_autofree char *date = knowledge_format_day (day);
  return g_strdup_printf ("\"%s\" names a %s, but %s is a %s (%s).", text, claims_weekday_names[named], date,
                          claims_weekday_names[claims_weekday (day)], how);
}

static gboolean
check_weekdays (AssayDocument *doc, GError **error)
{
  guint n;
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  for (guint i = 0; i < n; i++)
    {
      const char *wd = assay_annotation_get_attr (timexes[i], "weekday");
      const char *value = assay_annotation_get_attr (timexes[i], "value");
      const char *resolution = assay_annotation_get_attr (timexes[i], "resolution");
      guint32 day = value && strlen (value) >= 10 && value[0] != 'X' ? knowledge_parse_day (value, FALSE) : 0;
      int named = wd ? atoi (wd) : 0;
      if (day == 0 || named < 1 || named > 7 || claims_weekday (day) == named)
        continue;
      gsize s = assay_annotation_get_start (timexes[i]), e = assay_annotation_get_end (timexes[i]);
      g_autofree char *span = g_strndup (text + s, e - s);
      g_autofree char *how = g_strcmp0 (resolution, "absolute") == 0
                                 ? g_strdup ("the year as written")
                                 : g_strdup_printf ("year %.4s assumed from the reference date %s", value,
                                                    assay_annotation_get_attr (timexes[i], "anchor")
                                                        ? assay_annotation_get_attr (timexes[i], "anchor")
                                                        : "of the text");
      g_autofree char *message = weekday_message (span, named, day, how);
      g_autoptr (AssayFinding) f = assay_finding_new ("weekday-mismatch",
                                                      g_strcmp0 (resolution, "absolute") == 0 ? ASSAY_SEVERITY_HIGH
                                                                                              : ASSAY_SEVERITY_MEDIUM,
                                                      message);
      add_evidence (f, doc, timexes[i]);
      if (!assay_document_add_finding (doc, f, error))
        return FALSE;
    }
  return TRUE;
}

/* The tense cue (past or future) of the phrase of up to three words ending
 * at word @j: 1 past, -1 future, 0 none. */
static int
tense_at (const Knowledge *k, char **words, guint j)
{
  for (guint n = MIN (j + 1, 3u); n > 0; n--)
    {
      GString *p = g_string_new (NULL);
      for (guint i = j + 1 - n; i <= j; i++)
        g_string_append_printf (p, "%s%s", p->len ? " " : "", words[i]);
      int tense = g_hash_table_contains (k->cues[CUE_FUTURE], p->str) ? -1
                  : g_hash_table_contains (k->cues[CUE_PAST], p->str) ? 1
                                                                     : 0;
      g_string_free (p, TRUE);
      if (tense)
        return tense;
    }
  return 0;
}

/* Does the verb that governs the date at [@start, @end) report the past?
 * The nearest tense cue before the date in its clause decides ("announced
 * today another event to be held on October 12" is to come: "to be held"
 * is nearer than "announced"); a participle after "be" does not decide
 * ("may be signed"); with no cue before it, the nearest after. */
static gboolean
reports_past (const Knowledge *k, const AssayDocument *doc, gsize start, gsize end)
{
  gsize s, e;
  /* The sentence, cut to a window around the date: the governing verb is
   * near it, and a long sentence must not be copied per date. */
  g_autofree char *sentence = sentence_around (doc, start, &s, &e);
  if (end > e)
    end = e;
  gsize ds = MAX (start, s) - s, de = end - s;
  /* The dates themselves are no tense words: "May 20" is no "may". */
  guint n;
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  guint i = n ? assay_document_lower_bound (doc, "timex", s > 200 ? s - 200 : 0) : 0;
  for (; i < n && assay_annotation_get_start (timexes[i]) < e; i++)
    {
      gsize ts = MAX (s, assay_annotation_get_start (timexes[i])), te = MIN (e, assay_annotation_get_end (timexes[i]));
      if (ts < te)
        memset (sentence + (ts - s), ' ', te - ts);
    }
  /* The clause: from the last clause mark before the date to the next one. */
  gsize from = ds, to = de;
  while (from > 0 && !strchr (";:", sentence[from - 1]))
    from--;
  while (sentence[to] && !strchr (";:.", sentence[to]))
    to++;
  g_autofree char *before = assay_text_fold (sentence + from, ds - from);
  g_autofree char *after = assay_text_fold (sentence + de, to - de);
  const char *separators = " ,\"“”()\n";
  g_auto (GStrv) bw = g_strsplit_set (before, separators, -1);
  g_auto (GStrv) aw = g_strsplit_set (after, separators, -1);
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  for (char **w = bw; *w; w++)
    if (**w)
      g_ptr_array_add (words, *w);
  for (guint j = words->len; j-- > 0;)
    {
      int tense = tense_at (k, (char **) words->pdata, j);
      /* "may be signed", "will be held": a participle after "be" takes its
       * tense from the words before. */
      if (tense > 0 && j > 0 && strcmp (words->pdata[j - 1], "be") == 0)
        continue;
      if (tense)
        return tense > 0;
    }
  g_ptr_array_set_size (words, 0);
  for (char **w = aw; *w; w++)
    if (**w)
      g_ptr_array_add (words, *w);
  for (guint j = 0; j < words->len; j++)
    {
      int tense = tense_at (k, (char **) words->pdata, j);
      if (tense)
        return tense > 0;
    }
  return FALSE;
}

static gboolean
has_digit (const char *p, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_isdigit (p[i]))
      return TRUE;
  return FALSE;
}

/* A date later than the publication date, in a sentence that reports the
 * past ("was signed on June 3" in an article of May 28). */
static gboolean
check_future_past (const Stage *self, AssayDocument *doc, guint32 published, GError **error)
{
  guint n;
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  for (guint i = 0; i < n; i++)
    {
      const char *value = assay_annotation_get_attr (timexes[i], "value");
      /* A date as written: with its year, or a day and month the dates
       * stage put in the year nearest the publication ("June 8"), not a
       * weekday or "tomorrow", which it resolves by tense. */
      const char *resolution = assay_annotation_get_attr (timexes[i], "resolution");
      gsize ts = assay_annotation_get_start (timexes[i]), te = assay_annotation_get_end (timexes[i]);
      gboolean written = g_strcmp0 (resolution, "absolute") == 0
                         || (g_strcmp0 (resolution, "relative") == 0 && value && strlen (value) == 10
                             && has_digit (text + ts, te - ts));
      if (!written || g_strcmp0 (assay_annotation_get_label (timexes[i]), "DATE") != 0 || value == NULL
          || !g_ascii_isdigit (value[0]) || strlen (value) < 7 || value[4] != '-' || !g_ascii_isdigit (value[5]))
        continue;
      /* Its first day must lie after the publication date. */
      guint32 first = knowledge_parse_day (value, FALSE);
      if (first == 0 || first <= published + 1 || !reports_past (self->k, doc, ts, te))
        continue;
      g_autofree char *date = knowledge_format_day (published);
      g_autofree char *message = g_strdup_printf ("%s is reported as past, but the article was published on %s.",
                                                  value, date);
      g_autoptr (AssayFinding) f = assay_finding_new ("anachronism", ASSAY_SEVERITY_MEDIUM, message);
      add_evidence (f, doc, timexes[i]);
      if (!assay_document_add_finding (doc, f, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
checked_role (const AssayAnnotation *c)
{
  return assay_annotation_get_attr (c, "office") && !assay_annotation_get_attr (c, "former")
         && !assay_annotation_get_attr (c, "section");
}

static gboolean
terms_overlap (const Knowledge *k, const char *person, const char *office_a, const char *org_a,
               const char *office_b, const char *org_b, gboolean *known)
{
  g_autofree char *key = assay_text_fold (person, -1);
  GPtrArray *held = g_hash_table_lookup (k->by_holder, key);
  gboolean has_a = FALSE, has_b = FALSE;
  for (guint i = 0; held && i < held->len; i++)
    for (guint j = 0; j < held->len; j++)
      {
        const Term *a = held->pdata[i], *b = held->pdata[j];
        if (strcmp (a->office, office_a) || strcmp (a->org, org_a) || strcmp (b->office, office_b)
            || strcmp (b->org, org_b))
          continue;
        has_a = has_b = TRUE;
        guint32 a_to = a->to ? a->to : G_MAXUINT32, b_to = b->to ? b->to : G_MAXUINT32;
        if (a->from <= b_to && b->from <= a_to)
          return TRUE;
      }
  *known = has_a && has_b;
  return FALSE;
}

static gboolean
check_roles (const Stage *self, AssayDocument *doc, guint32 published, GError **error)
{
  guint n;
  AssayAnnotation *const *claims = assay_document_get_annotations (doc, "claim", &n);
  /* One claim for each person and office, and each person's claims
   * together: pairs are only ever of one person's titles, so a document of
   * many titles costs their number, not its square. */
  g_autoptr (GPtrArray) roles = g_ptr_array_new ();
  g_autoptr (GHashTable) distinct = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) by_person = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (assay_annotation_get_label (claims[i]), CLAIM_ROLE) == 0 && checked_role (claims[i]))
      {
        const char *person = assay_annotation_get_attr (claims[i], "subject");
        char *triple = g_strdup_printf ("%s\t%s\t%s", person, assay_annotation_get_attr (claims[i], "office"),
                                        assay_annotation_get_attr (claims[i], "org"));
        if (!g_hash_table_add (distinct, triple))
          continue;
        GArray *mine = g_hash_table_lookup (by_person, person);
        if (mine == NULL)
          g_hash_table_insert (by_person, (gpointer) person, mine = g_array_new (FALSE, FALSE, sizeof (guint)));
        g_array_append_val (mine, roles->len);
        g_ptr_array_add (roles, claims[i]);
      }
  g_autoptr (GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < roles->len; i++)
    {
      const AssayAnnotation *c = roles->pdata[i];
      const char *person = assay_annotation_get_attr (c, "subject"), *office = assay_annotation_get_attr (c, "office");
      const char *org = assay_annotation_get_attr (c, "org"), *title = assay_annotation_get_attr (c, "title");
      g_autofree char *seen = g_strdup_printf ("%s\t%s\t%s", person, office, org);
      if (published && !g_hash_table_contains (reported, seen))
        {
          gsize s, e;
          g_autofree char *sentence = sentence_around (doc, assay_annotation_get_start (c), &s, &e);
          g_autoptr (AssayFinding) f = claims_check_role (self->k, assay_document_get_id (doc), person, office, org,
                                                          title, published, "the publication date", s, e, sentence,
                                                          assay_annotation_get_id (c));
          if (f && !assay_document_add_finding (doc, f, error))
            return FALSE;
          g_hash_table_add (reported, g_steal_pointer (&seen));
        }
      /* Two titles for one person whose terms never overlapped. */
      GArray *mine = g_hash_table_lookup (by_person, person);
      for (guint m = 0; m < mine->len; m++)
        {
          guint j = g_array_index (mine, guint, m);
          if (j <= i)
            continue;
          const AssayAnnotation *d = roles->pdata[j];
          const char *office_b = assay_annotation_get_attr (d, "office"), *org_b = assay_annotation_get_attr (d, "org");
          if (g_strcmp0 (person, assay_annotation_get_attr (d, "subject")) != 0
              || (strcmp (office, office_b) == 0 && strcmp (org, org_b) == 0))
            continue;
          gboolean known = FALSE;
          if (terms_overlap (self->k, person, office, org, office_b, org_b, &known) || !known)
            continue;
          g_autofree char *message = g_strdup_printf (
              "%s is called both %s (%s, %s) and %s (%s, %s), offices the knowledge base has them holding at "
              "different times, never together.",
              person, title, office, org, assay_annotation_get_attr (d, "title"), office_b, org_b);
          g_autoptr (AssayFinding) f = assay_finding_new ("role-conflict", ASSAY_SEVERITY_MEDIUM, message);
          add_evidence (f, doc, c);
          add_evidence (f, doc, d);
          if (!assay_document_add_finding (doc, f, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* One actor, two origins in one document. */
static gboolean
check_origins (AssayDocument *doc, GError **error)
{
  guint n;
  AssayAnnotation *const *claims = assay_document_get_annotations (doc, "claim", &n);
  g_autoptr (GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The first claim of each actor, value and place (text or reference
   * list), grouped by actor: pairs are of one actor's claims only. */
  g_autoptr (GPtrArray) origins = g_ptr_array_new ();
  g_autoptr (GHashTable) distinct = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n; i++)
    {
      const AssayAnnotation *a = claims[i];
      const char *key = assay_annotation_get_attr (a, "key");
      if (g_strcmp0 (assay_annotation_get_label (a), CLAIM_ORIGIN) != 0 || key == NULL)
        continue;
      char *triple = g_strdup_printf ("%s\t%s\t%d", key, assay_annotation_get_attr (a, "value"),
                                      assay_annotation_get_attr (a, "section") != NULL);
      if (!g_hash_table_add (distinct, triple))
        continue;
      GArray *mine = g_hash_table_lookup (by_key, key);
      if (mine == NULL)
        g_hash_table_insert (by_key, (gpointer) key, mine = g_array_new (FALSE, FALSE, sizeof (guint)));
      g_array_append_val (mine, origins->len);
      g_ptr_array_add (origins, (gpointer) a);
    }
  for (guint i = 0; i < origins->len; i++)
    {
      const AssayAnnotation *a = origins->pdata[i];
      GArray *mine = g_hash_table_lookup (by_key, assay_annotation_get_attr (a, "key"));
      for (guint m = 0; m < mine->len; m++)
        {
          guint j = g_array_index (mine, guint, m);
          const AssayAnnotation *b = origins->pdata[j];
          if (j <= i || g_strcmp0 (assay_annotation_get_attr (a, "value"), assay_annotation_get_attr (b, "value")) == 0)
            continue;
          const char *actor = assay_annotation_get_attr (a, "subject");
          const char *va = assay_annotation_get_attr (a, "value"), *vb = assay_annotation_get_attr (b, "value");
          gboolean ordered = strcmp (va, vb) < 0;
          g_autofree char *pair = g_strdup_printf ("%s\t%s\t%s", actor, ordered ? va : vb, ordered ? vb : va);
          if (!g_hash_table_add (done, g_steal_pointer (&pair)))
            continue;
          gboolean cited = assay_annotation_get_attr (a, "section") || assay_annotation_get_attr (b, "section");
          g_autofree char *message = g_strdup_printf (
              "%s is tied to %s in one place and to %s in another of the same document%s.", actor, va, vb,
              cited ? " (one of them in the reference list: the citation describes the actor otherwise than the text)"
                    : "");
          g_autoptr (AssayFinding) f = assay_finding_new ("attribute-conflict",
                                                          cited ? ASSAY_SEVERITY_LOW : ASSAY_SEVERITY_HIGH, message);
          add_evidence (f, doc, a);
          add_evidence (f, doc, b);
          if (!assay_document_add_finding (doc, f, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
stage_process (gpointer data, AssayDocument *doc, GError **error)
{
  Stage *self = data;
  if (!claims_extract (self->k, doc, error))
    return FALSE;
  guint32 published = publication_day (self, doc);
  return check_weekdays (doc, error) && check_origins (doc, error) && check_roles (self, doc, published, error)
         && (published == 0 || check_future_past (self, doc, published, error));
}

/* ---- across documents --------------------------------------------------------- */

static int
count_order (gconstpointer a, gconstpointer b, gpointer counts)
{
  int ca = GPOINTER_TO_INT (g_hash_table_lookup (counts, *(char **) a));
  int cb = GPOINTER_TO_INT (g_hash_table_lookup (counts, *(char **) b));
  return ca != cb ? cb - ca : strcmp (*(char **) a, *(char **) b);
}

static gboolean
in_references (const AssayDocument *doc, gsize offset)
{
  return claims_in_section (doc, offset, "references");
}

static gboolean
in_title (const AssayDocument *doc, gsize offset)
{
  return claims_in_section (doc, offset, "title");
}

/* The date a document was written: its publication date, else the latest
 * full date of its body (the dateline's, mostly). */
static guint32
written_day (const Stage *self, const AssayDocument *doc, gboolean *published)
{
  guint32 day = publication_day (self, doc);
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
        day = MAX (day, knowledge_parse_day (value, FALSE));
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
 * things or works (MISC). */
static gboolean
identifying_label (const char *label)
{
  static const char *const labels[] = { "PERSON", "ORG", "GPE", "LOC", "NORP", "THREAT_ACTOR", NULL };
  return label && g_strv_contains (labels, label);
}

static void
keep_salient (Stage *self, Summary *s, const AssayDocument *doc)
{
  /* Salient names: the most mentioned, a title's mention counting three. */
  guint n;
  AssayAnnotation *const *entities = assay_document_get_annotations (doc, "entity", &n);
  g_autoptr (GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      const char *name = assay_annotation_get_attr (entities[i], "canonical");
      const char *label = assay_annotation_get_label (entities[i]);
      if (g_strcmp0 (label, "NORP") == 0)
        name = assay_annotation_get_attr (entities[i], "country"), label = "GPE";
      if (name == NULL || !identifying_label (label) || g_utf8_strlen (name, -1) < 2
          || in_references (doc, assay_annotation_get_start (entities[i])) || inside_timex (doc, entities[i]))
        continue;
      int weight = in_title (doc, assay_annotation_get_start (entities[i])) ? 3 : 1;
      g_hash_table_insert (counts, (gpointer) name,
                           GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (counts, name)) + weight));
      g_hash_table_insert (labels, (gpointer) name, (gpointer) label);
    }
  g_autofree gpointer *names = g_hash_table_get_keys_as_array (counts, &n);
  g_qsort_with_data (names, n, sizeof (gpointer), count_order, counts);
  s->n_names = MIN (n, (guint) self->salient);
  s->names = g_new (Salient, s->n_names);
  for (guint i = 0; i < s->n_names; i++)
    {
      s->names[i].name = g_string_chunk_insert_const (self->strings, names[i]);
      s->names[i].label = g_string_chunk_insert_const (self->strings, g_hash_table_lookup (labels, names[i]));
      s->names[i].weight = GPOINTER_TO_UINT (g_hash_table_lookup (counts, names[i]));
    }

  /* The full dates it names, outside its reference list: what a story's
   * reports share besides names. */
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  s->dates = g_new (guint32, STORY_DATES);
  for (guint i = 0; i < n && s->n_dates < STORY_DATES; i++)
    {
      const char *value = assay_annotation_get_attr (timexes[i], "value");
      if (value == NULL || strlen (value) != 10 || in_references (doc, assay_annotation_get_start (timexes[i])))
        continue;
      guint32 day;
      if (g_str_has_prefix (value, "XXXX-") && g_ascii_isdigit (value[5]) && g_ascii_isdigit (value[8]))
        day = STORY_PARTIAL_DATE (atoi (value + 5), atoi (value + 8)); /* "March 4", no year */
      else if (g_ascii_isdigit (value[0]))
        day = knowledge_parse_day (value, FALSE);
      else
        continue;
      gboolean seen = day == 0;
      for (guint j = 0; j < s->n_dates && !seen; j++)
        seen = s->dates[j] == day;
      if (!seen)
        s->dates[s->n_dates++] = day;
    }
}

static gboolean
stage_collect (gpointer data, const AssayDocument *doc, G_GNUC_UNUSED GError **error)
{
  Stage *self = data;
  Summary *s = g_new0 (Summary, 1);
  s->id = g_strdup (assay_document_get_id (doc));
  s->index = self->docs->len;
  s->day = written_day (self, doc, &s->published);
  g_autoptr (GPtrArray) events = claims_story_events (self->k, doc);
  s->n_events = MIN (events->len, STORY_EVENTS);
  s->events = g_memdup2 (events->pdata, s->n_events * sizeof (char *));
  s->kept = g_array_new (FALSE, TRUE, sizeof (Kept));
  g_array_set_clear_func (s->kept, kept_clear);
  keep_salient (self, s, doc);
  if (!g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
    {
      /* Why a document joined a story, or did not: what it brings. */
      g_autoptr (GString) line = g_string_new (NULL);
      for (guint i = 0; i < s->n_names; i++)
        g_string_append_printf (line, "%s%s (%s, %u)", i ? ", " : "", s->names[i].name, s->names[i].label,
                                s->names[i].weight);
      g_string_append (line, "; dates");
      for (guint i = 0; i < s->n_dates; i++)
        if (STORY_IS_PARTIAL_DATE (s->dates[i]))
          g_string_append_printf (line, " XXXX-%02u-%02u", (s->dates[i] >> 5) & 15, s->dates[i] & 31);
        else
          {
            g_autofree char *d = knowledge_format_day (s->dates[i]);
            g_string_append_printf (line, " %s", d);
          }
      g_string_append (line, "; events");
      for (guint i = 0; i < s->n_events; i++)
        g_string_append_printf (line, " %s", s->events[i]);
      g_autofree char *day = s->day ? knowledge_format_day (s->day) : g_strdup ("undated");
      g_debug ("%s (%s): names %s", s->id, day, line->str);
    }

  guint n;
  AssayAnnotation *const *claims = assay_document_get_annotations (doc, "claim", &n);
  for (guint i = 0; i < n; i++)
    {
      const AssayAnnotation *c = claims[i];
      Kept k = { 0 };
      k.type = g_string_chunk_insert_const (self->strings, assay_annotation_get_label (c));
      k.subject = g_strdup (assay_annotation_get_attr (c, "subject"));
      k.value = g_strdup (assay_annotation_get_attr (c, "value"));
      k.key = g_strdup (assay_annotation_get_attr (c, "key"));
      k.references = assay_annotation_get_attr (c, "section") != NULL;
      k.former = assay_annotation_get_attr (c, "former") != NULL;
      if (strcmp (k.type, CLAIM_QUANTITY) == 0)
        k.extra = g_strdup (assay_annotation_get_attr (c, "approx"));
      else if (strcmp (k.type, CLAIM_ATTRIBUTION) == 0)
        {
          k.extra = g_strdup (assay_annotation_get_attr (c, "country"));
          g_free (k.key);
          k.key = g_strdup (assay_annotation_get_attr (c, "event"));
        }
      else if (strcmp (k.type, CLAIM_ROLE) == 0 && assay_annotation_get_attr (c, "office"))
        k.extra = g_strdup_printf ("%s\t%s\t%s", assay_annotation_get_attr (c, "office"),
                                   assay_annotation_get_attr (c, "org"), assay_annotation_get_attr (c, "title"));
      k.claim_id = assay_annotation_get_id (c);
      k.sentence = sentence_around (doc, assay_annotation_get_start (c), &k.start, &k.end);
      g_array_append_val (s->kept, k);
    }
  /* Weekdays whose date has no year yet: the story may give one. */
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
      k.sentence = sentence_around (doc, assay_annotation_get_start (timexes[i]), &k.start, &k.end);
      gsize length;
      const char *text = assay_document_get_text (doc, &length);
      k.subject = g_strndup (text + assay_annotation_get_start (timexes[i]),
                             assay_annotation_get_end (timexes[i]) - assay_annotation_get_start (timexes[i]));
      g_array_append_val (s->kept, k);
    }
  g_ptr_array_add (self->docs, s);
  return TRUE;
}

typedef struct
{
  const Summary *doc;
  const Kept *kept;
} Mention;

/* Evidence from every document: the first mention of each, in order. */
static void
add_mentions (AssayFinding *f, GArray *mentions)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const Mention *m = &g_array_index (mentions, Mention, i);
      gboolean seen = FALSE;
      for (guint j = 0; j < i && !seen; j++)
        seen = g_array_index (mentions, Mention, j).doc == m->doc;
      if (!seen)
        assay_finding_add_evidence (f, m->doc->id, m->kept->start, m->kept->end, m->kept->sentence,
                                    &m->kept->claim_id, 1);
    }
}

static char *
doc_list (GArray *mentions)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < mentions->len; i++)
    {
      const char *id = g_array_index (mentions, Mention, i).doc->id;
      gboolean seen = FALSE;
      for (guint j = 0; j < i && !seen; j++)
        seen = g_array_index (mentions, Mention, j).doc == g_array_index (mentions, Mention, i).doc;
      if (!seen)
        g_string_append_printf (out, "%s%s", out->len ? ", " : "", id);
    }
  return g_string_free (out, FALSE);
}

/* The range a quantity allows, by its approximation word.  A round figure
 * is rounded at its last non-zero digit: "about 1,500" stands for 1,400 to
 * 1,600, "about 12" for 11 to 13; never wider than 15 % either side. */
static void
quantity_range (const Kept *k, double *low, double *high)
{
  double v = g_ascii_strtod (k->value, NULL);
  const char *how = k->extra ? k->extra : "exact";
  double unit = 1;
  while (v >= unit * 10 && fmod (v, unit * 10) == 0)
    unit *= 10;
  double slack = MIN (unit, v * 0.15);
  *low = *high = v;
  if (strcmp (how, "approx") == 0)
    *low = v - slack, *high = v + slack;
  else if (strcmp (how, "below") == 0)
    *low = v - slack, *high = v;
  else if (strcmp (how, "above") == 0)
    *low = v, *high = INFINITY;
  else if (strcmp (how, "at-least") == 0)
    *high = INFINITY;
  else if (strcmp (how, "under") == 0)
    *low = 0, *high = v;
  else if (strcmp (how, "at-most") == 0)
    *low = 0;
}

static const char *
approx_words (const char *how)
{
  static const char *const words[][2] = { { "approx", "about " }, { "below", "almost " }, { "above", "more than " },
                                          { "at-least", "at least " }, { "under", "fewer than " },
                                          { "at-most", "up to " } };
  for (guint i = 0; how && i < G_N_ELEMENTS (words); i++)
    if (strcmp (how, words[i][0]) == 0)
      return words[i][1];
  return "";
}

static gboolean
quantities_agree (const Kept *a, const Kept *b)
{
  double al, ah, bl, bh;
  quantity_range (a, &al, &ah);
  quantity_range (b, &bl, &bh);
  return al <= bh && bl <= ah;
}

/* Two claims of one key disagree: origins and dates when their values
 * differ (dates at the same precision), numbers when their ranges miss
 * each other. */
static gboolean
claims_disagree (const Kept *a, const Kept *b)
{
  if (strcmp (a->type, CLAIM_QUANTITY) == 0)
    return !quantities_agree (a, b);
  if (strcmp (a->type, CLAIM_EVENT_TIME) == 0)
    {
      /* Two actors named: two events. */
      if (*a->subject && *b->subject && strcmp (a->subject, b->subject) != 0)
        return FALSE;
      return strlen (a->value) == strlen (b->value) && strcmp (a->value, b->value) != 0;
    }
  return g_strcmp0 (a->value, b->value) != 0;
}

static gboolean
emit (AssaySink *sink, const char *kind, AssaySeverity severity, const char *message, GArray *mentions, GError **error)
{
  g_autoptr (AssayFinding) f = assay_finding_new (kind, severity, message);
  add_mentions (f, mentions);
  return assay_sink_emit (sink, f, error);
}

#define COMPARED_VALUES 16

/* Claims of @type in one story, by key: where two documents disagree, one
 * finding with every document on each side. */
static gboolean
compare_claims (GPtrArray *story, const char *type, const char *kind, AssaySink *sink, GError **error)
{
  g_autoptr (GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  for (guint d = 0; d < story->len; d++)
    {
      const Summary *s = story->pdata[d];
      for (guint i = 0; i < s->kept->len; i++)
        {
          const Kept *k = &g_array_index (s->kept, Kept, i);
          if (strcmp (k->type, type) != 0 || k->references || k->key == NULL || k->value == NULL)
            continue;
          GArray *list = g_hash_table_lookup (by_key, k->key);
          if (list == NULL)
            g_hash_table_insert (by_key, k->key, list = g_array_new (FALSE, FALSE, sizeof (Mention)));
          Mention m = { s, k };
          g_array_append_val (list, m);
        }
    }
  g_autoptr (GList) keys = g_hash_table_get_keys (by_key);
  keys = g_list_sort (keys, (GCompareFunc) strcmp);
  for (GList *l = keys; l; l = l->next)
    {
      GArray *list = g_hash_table_lookup (by_key, l->data);
      /* A report that gives one thing two counts that disagree ("3
       * ships" here, "40 ships" there) speaks of several groups of it:
       * none of its counts of that thing is compared. */
      if (strcmp (type, CLAIM_QUANTITY) == 0)
        for (guint i = 0; i < list->len;)
          {
            const Mention *a = &g_array_index (list, Mention, i);
            gboolean several = FALSE;
            for (guint j = 0; j < list->len && !several; j++)
              {
                const Mention *b = &g_array_index (list, Mention, j);
                several = b->doc == a->doc && claims_disagree (a->kept, b->kept);
              }
            if (!several)
              {
                i++;
                continue;
              }
            const Summary *doc = a->doc;
            for (guint j = list->len; j-- > 0;)
              if (g_array_index (list, Mention, j).doc == doc)
                g_array_remove_index (list, j);
          }
      /* One mention of each value said one way in each report; and a key
       * with more than COMPARED_VALUES such values is no one quantity,
       * date or origin the reports disagree on, but noise (a list, a
       * table): comparing it would cost the square of a large story. */
      g_autoptr (GHashTable) said = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr (GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < list->len;)
        {
          const Mention *m = &g_array_index (list, Mention, i);
          const char *extra = m->kept->extra ? m->kept->extra : "";
          g_hash_table_add (values, g_strdup_printf ("%s\t%s", m->kept->value, extra));
          if (g_hash_table_add (said, g_strdup_printf ("%p\t%s\t%s", (void *) m->doc, m->kept->value, extra)))
            i++;
          else
            g_array_remove_index (list, i);
        }
      if (g_hash_table_size (values) > COMPARED_VALUES)
        continue;
      /* Counts change as a story unfolds (a death toll rises): reports are
       * compared on them only when each has its own date. */
      gboolean quantity = strcmp (type, CLAIM_QUANTITY) == 0;
      /* The first mention of each way of saying it (value, wording, who):
       * pairs of those, not of mentions, so a story of many reports costs
       * their number. */
      g_autoptr (GArray) ways = g_array_new (FALSE, FALSE, sizeof (Mention));
      g_autoptr (GHashTable) seen_ways = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < list->len; i++)
        {
          const Mention *m = &g_array_index (list, Mention, i);
          if (quantity && !m->doc->published)
            continue;
          if (g_hash_table_add (seen_ways, g_strdup_printf ("%s\t%s\t%s", m->kept->value,
                                                             m->kept->extra ? m->kept->extra : "",
                                                             m->kept->subject ? m->kept->subject : "")))
            g_array_append_val (ways, *m);
        }
      g_autoptr (GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < ways->len; i++)
        for (guint j = i + 1; j < ways->len; j++)
          {
            const Mention *a = &g_array_index (ways, Mention, i), *b = &g_array_index (ways, Mention, j);
            if (!claims_disagree (a->kept, b->kept))
              continue;
            const char *va = a->kept->value, *vb = b->kept->value;
            const char *ea = a->kept->extra ? a->kept->extra : "", *eb = b->kept->extra ? b->kept->extra : "";
            g_autofree char *pair = strcmp (va, vb) < 0 ? g_strdup_printf ("%s %s\t%s %s", va, ea, vb, eb)
                                                         : g_strdup_printf ("%s %s\t%s %s", vb, eb, va, ea);
            if (!g_hash_table_add (reported, g_steal_pointer (&pair)))
              continue;
            /* Every document on either side. */
            g_autoptr (GArray) side_a = g_array_new (FALSE, FALSE, sizeof (Mention));
            g_autoptr (GArray) side_b = g_array_new (FALSE, FALSE, sizeof (Mention));
            g_autoptr (GArray) all = g_array_new (FALSE, FALSE, sizeof (Mention));
            for (guint m = 0; m < list->len; m++)
              {
                const Mention *x = &g_array_index (list, Mention, m);
                if (quantity && !x->doc->published)
                  continue;
                /* A side is one value said one way ("12", "at least 12"). */
                if (g_strcmp0 (x->kept->value, va) == 0 && g_strcmp0 (x->kept->extra, a->kept->extra) == 0)
                  g_array_append_val (side_a, *x);
                else if (g_strcmp0 (x->kept->value, vb) == 0 && g_strcmp0 (x->kept->extra, b->kept->extra) == 0)
                  g_array_append_val (side_b, *x);
              }
            /* Two reports must disagree, not one with itself. */
            gboolean other = FALSE;
            for (guint x = 0; x < side_a->len && !other; x++)
              for (guint y = 0; y < side_b->len && !other; y++)
                other = g_array_index (side_a, Mention, x).doc != g_array_index (side_b, Mention, y).doc;
            if (!other)
              continue;
            g_array_append_vals (all, side_a->data, side_a->len);
            g_array_append_vals (all, side_b->data, side_b->len);
            g_autofree char *docs_a = doc_list (side_a), *docs_b = doc_list (side_b);
            g_autofree char *message = NULL;
            AssaySeverity severity = ASSAY_SEVERITY_MEDIUM;
            if (strcmp (type, CLAIM_ORIGIN) == 0)
              {
                message = g_strdup_printf ("%s is tied to %s in %s but to %s in %s: one actor cannot come from both.",
                                           a->kept->subject, va, docs_a, vb, docs_b);
                severity = ASSAY_SEVERITY_HIGH;
              }
            else if (strcmp (type, CLAIM_EVENT_TIME) == 0)
              message = g_strdup_printf ("The %s is dated %s in %s but %s in %s, at the same precision.",
                                         (const char *) l->data, va, docs_a, vb, docs_b);
            else
              {
                const char *ha = approx_words (a->kept->extra), *hb = approx_words (b->kept->extra);
                message = g_strdup_printf ("How many (%s): %s%s in %s but %s%s in %s, further apart than their "
                                           "wording allows.",
                                           (const char *) l->data, ha, va, docs_a, hb, vb, docs_b);
              }
            if (!emit (sink, kind, severity, message, all, error))
              return FALSE;
          }
    }
  return TRUE;
}

/* Does @doc blame @country anywhere outside its reference list? */
static gboolean
blames_country (const Summary *doc, const char *country)
{
  for (guint i = 0; i < doc->kept->len; i++)
    {
      const Kept *k = &g_array_index (doc->kept, Kept, i);
      if (strcmp (k->type, CLAIM_ATTRIBUTION) == 0 && !k->references && g_strcmp0 (k->extra, country) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Who is blamed, across a story: for one kind of event (the sentence's
 * event word: "attack"), the blamed parties compared by the country they
 * belong to (an actor by its known origin), so "Ember Spider" and "Ruritania"
 * agree.  Two documents disagree when neither blames the
 * other's country; when both name who does the blaming and it differs,
 * they report two accusations ("A blamed B, B blamed A"), not a conflict. */
static gboolean
compare_attributions (GPtrArray *story, AssaySink *sink, GError **error)
{
  g_autoptr (GArray) blames = g_array_new (FALSE, FALSE, sizeof (Mention));
  for (guint d = 0; d < story->len; d++)
    {
      const Summary *s = story->pdata[d];
      for (guint i = 0; i < s->kept->len; i++)
        {
          const Kept *k = &g_array_index (s->kept, Kept, i);
          if (strcmp (k->type, CLAIM_ATTRIBUTION) == 0 && !k->references && k->extra && *k->extra && k->key)
            {
              Mention m = { s, k };
              g_array_append_val (blames, m);
            }
        }
    }
  g_autoptr (GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < blames->len; i++)
    for (guint j = i + 1; j < blames->len; j++)
      {
        const Mention *a = &g_array_index (blames, Mention, i), *b = &g_array_index (blames, Mention, j);
        const char *ca = a->kept->extra, *cb = b->kept->extra;
        if (a->doc == b->doc || strcmp (ca, cb) == 0 || strcmp (a->kept->key, b->kept->key) != 0)
          continue;
        if (*a->kept->subject && *b->kept->subject && strcmp (a->kept->subject, b->kept->subject) != 0)
          continue;
        if (blames_country (a->doc, cb) || blames_country (b->doc, ca))
          continue;
        g_autofree char *pair = strcmp (ca, cb) < 0 ? g_strdup_printf ("%s\t%s", ca, cb)
                                                    : g_strdup_printf ("%s\t%s", cb, ca);
        if (!g_hash_table_add (reported, g_steal_pointer (&pair)))
          continue;
        g_autoptr (GArray) side_a = g_array_new (FALSE, FALSE, sizeof (Mention));
        g_autoptr (GArray) side_b = g_array_new (FALSE, FALSE, sizeof (Mention));
        for (guint m = 0; m < blames->len; m++)
          {
            const Mention *x = &g_array_index (blames, Mention, m);
            if (strcmp (x->kept->key, a->kept->key) != 0)
              continue;
            if (strcmp (x->kept->extra, ca) == 0 && !blames_country (x->doc, cb))
              g_array_append_val (side_a, *x);
            else if (strcmp (x->kept->extra, cb) == 0 && !blames_country (x->doc, ca))
              g_array_append_val (side_b, *x);
          }
        g_autofree char *docs_a = doc_list (side_a), *docs_b = doc_list (side_b);
        g_autofree char *who_a = strcmp (a->kept->value, ca) == 0 ? g_strdup (ca)
                                                                  : g_strdup_printf ("%s (%s)", a->kept->value, ca);
        g_autofree char *who_b = strcmp (b->kept->value, cb) == 0 ? g_strdup (cb)
                                                                  : g_strdup_printf ("%s (%s)", b->kept->value, cb);
        g_autofree char *message = g_strdup_printf ("The %s is blamed on %s in %s but on %s in %s: the reports name "
                                                    "different countries as responsible.",
                                                    a->kept->key, who_a, docs_a, who_b, docs_b);
        g_array_append_vals (side_a, side_b->data, side_b->len);
        if (!emit (sink, "attribute-conflict", ASSAY_SEVERITY_MEDIUM, message, side_a, error))
          return FALSE;
      }
  return TRUE;
}

/* Roles across a story: one person, two offices never held together; two
 * people in one single-holder office; and, for documents without their own
 * date, the knowledge-base checks against the story's date. */
static gboolean
compare_roles (const Stage *self, GPtrArray *story, guint32 story_day, AssaySink *sink, GError **error)
{
  g_autoptr (GArray) roles = g_array_new (FALSE, FALSE, sizeof (Mention));
  for (guint d = 0; d < story->len; d++)
    {
      const Summary *s = story->pdata[d];
      for (guint i = 0; i < s->kept->len; i++)
        {
          const Kept *k = &g_array_index (s->kept, Kept, i);
          if (strcmp (k->type, CLAIM_ROLE) == 0 && k->extra && !k->former && !k->references)
            {
              Mention m = { s, k };
              g_array_append_val (roles, m);
            }
        }
    }
  g_autoptr (GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < roles->len; i++)
    {
      const Mention *a = &g_array_index (roles, Mention, i);
      g_auto (GStrv) fa = g_strsplit (a->kept->extra, "\t", 3);
      /* An undated document: the knowledge base at the story's date. */
      if (!a->doc->published && story_day)
        {
          g_autofree char *seen = g_strdup_printf ("kb\t%s\t%s\t%s", a->doc->id, a->kept->subject, a->kept->extra);
          if (g_hash_table_add (reported, g_steal_pointer (&seen)))
            {
              g_autofree char *date = knowledge_format_day (story_day);
              g_autofree char *assumed = g_strdup_printf ("the document has no date of its own; %s is the date of "
                                                          "the other reports of its story", date);
              g_autoptr (AssayFinding) f = claims_check_role (self->k, a->doc->id, a->kept->subject, fa[0], fa[1],
                                                              fa[2], story_day, assumed, a->kept->start,
                                                              a->kept->end, a->kept->sentence, a->kept->claim_id);
              if (f && !assay_sink_emit (sink, f, error))
                return FALSE;
            }
        }
      for (guint j = i + 1; j < roles->len; j++)
        {
          const Mention *b = &g_array_index (roles, Mention, j);
          if (a->doc == b->doc)
            continue;
          g_auto (GStrv) fb = g_strsplit (b->kept->extra, "\t", 3);
          gboolean same_person = g_strcmp0 (a->kept->subject, b->kept->subject) == 0;
          gboolean same_office = strcmp (fa[0], fb[0]) == 0 && strcmp (fa[1], fb[1]) == 0;
          g_autofree char *message = NULL;
          if (same_person && !same_office)
            {
              gboolean known = FALSE;
              if (terms_overlap (self->k, a->kept->subject, fa[0], fa[1], fb[0], fb[1], &known) || !known)
                continue;
              message = g_strdup_printf ("%s is %s (%s, %s) in %s but %s (%s, %s) in %s: the knowledge base has "
                                         "them holding these offices at different times.",
                                         a->kept->subject, fa[2], fa[0], fa[1], a->doc->id, fb[2], fb[0], fb[1],
                                         b->doc->id);
            }
          else if (!same_person && same_office)
            {
              /* One holder at a time: both cannot hold it on the story's
               * days, unless the documents lie around a handover. */
              if (!a->doc->day || a->doc->day != b->doc->day)
                continue;
              message = g_strdup_printf ("%s and %s are both called %s (%s, %s) in reports of one story (%s, %s): "
                                         "the office has one holder at a time.",
                                         a->kept->subject, b->kept->subject, fa[2], fa[0], fa[1], a->doc->id,
                                         b->doc->id);
            }
          else
            continue;
          g_autofree char *seen = g_strdup_printf ("%s\t%s\t%s\t%s", a->kept->subject, a->kept->extra,
                                                   b->kept->subject, b->kept->extra);
          if (!g_hash_table_add (reported, g_steal_pointer (&seen)))
            continue;
          g_autoptr (GArray) both = g_array_new (FALSE, FALSE, sizeof (Mention));
          g_array_append_val (both, *a);
          g_array_append_val (both, *b);
          if (!emit (sink, "role-conflict", ASSAY_SEVERITY_HIGH, message, both, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Weekdays written with a date but no year, checked in the year of the
 * story's date. */
static gboolean
story_weekdays (GPtrArray *story, guint32 story_day, AssaySink *sink, GError **error)
{
  if (story_day == 0)
    return TRUE;
  g_autofree char *story_date = knowledge_format_day (story_day);
  for (guint d = 0; d < story->len; d++)
    {
      const Summary *s = story->pdata[d];
      for (guint i = 0; i < s->kept->len; i++)
        {
          const Kept *k = &g_array_index (s->kept, Kept, i);
          if (strcmp (k->type, "weekday") != 0)
            continue;
          /* The year that puts the date nearest the story's date. */
          int month = atoi (k->value + 5), day = atoi (k->value + 8), named = atoi (k->extra);
          GDate ref;
          g_date_clear (&ref, 1);
          g_date_set_julian (&ref, story_day);
          guint32 best = 0, best_gap = G_MAXUINT32;
          for (int y = g_date_get_year (&ref) - 1; y <= g_date_get_year (&ref) + 1; y++)
            {
              if (!g_date_valid_dmy (day, month, y))
                continue;
              GDate cand;
              g_date_clear (&cand, 1);
              g_date_set_dmy (&cand, day, month, y);
              guint32 j = g_date_get_julian (&cand), gap = j > story_day ? j - story_day : story_day - j;
              if (gap < best_gap)
                best = j, best_gap = gap;
            }
          if (best == 0 || named < 1 || named > 7 || claims_weekday (best) == named)
            continue;
          g_autofree char *how = g_strdup_printf ("the document gives no year; the story's other reports date it "
                                                  "%s", story_date);
          g_autofree char *message = weekday_message (k->subject, named, best, how);
          g_autoptr (AssayFinding) f = assay_finding_new ("weekday-mismatch", ASSAY_SEVERITY_MEDIUM, message);
          assay_finding_add_evidence (f, s->id, k->start, k->end, k->sentence, &k->claim_id, 1);
          if (!assay_sink_emit (sink, f, error))
            return FALSE;
        }
    }
  return TRUE;
}

static int
uint_order (gconstpointer a, gconstpointer b)
{
  guint32 x = *(const guint32 *) a, y = *(const guint32 *) b;
  return x < y ? -1 : x > y;
}

/* The story record: its documents, date span and what ties them. */
static gboolean
begin_story (AssaySink *sink, const Story *story, guint number, GError **error)
{
  g_autofree char *id = g_strdup_printf ("s%u", number);
  g_autofree const char **doc_ids = g_new (const char *, story->docs->len);
  for (guint d = 0; d < story->docs->len; d++)
    doc_ids[d] = ((Summary *) story->docs->pdata[d])->id;
  guint n_ties = MIN (story->ties->len, 8u) + MIN (story->tie_dates->len, 4u) + (story->event != NULL);
  g_autofree AssayStoryTie *ties = g_new0 (AssayStoryTie, n_ties);
  g_autoptr (GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  guint t = 0;
  for (guint i = 0; i < story->ties->len && i < 8; i++, t++)
    {
      const Salient *name = story->ties->pdata[i];
      ties[t] = (AssayStoryTie) { "name", name->name, name->label };
    }
  for (guint i = 0; i < story->tie_dates->len && i < 4; i++, t++)
    {
      char *date = knowledge_format_day (g_array_index (story->tie_dates, guint32, i));
      g_ptr_array_add (dates, date);
      ties[t] = (AssayStoryTie) { "date", date, NULL };
    }
  if (story->event)
    ties[t++] = (AssayStoryTie) { "event", story->event, NULL };
  g_autofree char *from = story->from ? knowledge_format_day (story->from) : NULL;
  g_autofree char *to = story->to ? knowledge_format_day (story->to) : NULL;
  return assay_sink_begin_story (sink, id, doc_ids, story->docs->len, from, to, ties, n_ties, error);
}

/* What one summary holds in memory, with the allocator's header on each
 * block (16 bytes with glibc): the cross-document state's cost per
 * document, which G_MESSAGES_DEBUG=assay-inconsistencies reports. */
static gsize
summary_bytes (const Summary *s)
{
  const gsize block = 16;
  gsize n = sizeof *s + block + strlen (s->id) + 1 + block;
  n += s->n_names * sizeof (Salient) + block + STORY_DATES * sizeof (guint32) + block;
  n += s->n_events * sizeof (char *) + (s->n_events ? block : 0);
  n += sizeof (GArray) + 2 * block + s->kept->len * sizeof (Kept);
  for (guint i = 0; i < s->kept->len; i++)
    {
      const Kept *k = &g_array_index (s->kept, Kept, i);
      const char *strings[] = { k->subject, k->value, k->key, k->extra, k->sentence };
      for (guint j = 0; j < G_N_ELEMENTS (strings); j++)
        n += strings[j] ? strlen (strings[j]) + 1 + block : 0;
    }
  return n;
}

static gboolean
stage_finish (gpointer data, AssaySink *sink, GError **error)
{
  Stage *self = data;
  if (g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN) == FALSE)
    {
      gsize bytes = 0;
      for (guint i = 0; i < self->docs->len; i++)
        bytes += summary_bytes (self->docs->pdata[i]);
      g_debug ("cross-document state: %" G_GSIZE_FORMAT " bytes for %u documents (%.0f a document)", bytes,
               self->docs->len, self->docs->len ? (double) bytes / self->docs->len : 0.0);
    }
  g_autoptr (GPtrArray) stories = stories_group (self->docs, self->story_days);
  for (guint o = 0; o < stories->len; o++)
    {
      const Story *st = stories->pdata[o];
      GPtrArray *story = st->docs;
      if (!begin_story (sink, st, o + 1, error))
        return FALSE;
      if (story->len < 2)
        continue;
      /* The story's date: the median of its documents' own dates. */
      g_autoptr (GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
      for (guint d = 0; d < story->len; d++)
        if (((Summary *) story->pdata[d])->published)
          g_array_append_val (days, ((Summary *) story->pdata[d])->day);
      g_array_sort (days, uint_order);
      guint32 story_day = days->len ? g_array_index (days, guint32, (days->len - 1) / 2) : 0;
      if (!compare_claims (story, CLAIM_ORIGIN, "attribute-conflict", sink, error)
          || !compare_attributions (story, sink, error)
          || !compare_claims (story, CLAIM_EVENT_TIME, "date-conflict", sink, error)
          || !compare_claims (story, CLAIM_QUANTITY, "number-conflict", sink, error)
          || !compare_roles (self, story, story_day, sink, error) || !story_weekdays (story, story_day, sink, error))
        return FALSE;
    }
  return TRUE;
}

static const char *const stage_requires[] = { "entity", "timex", "sentence", "section", "meta:published", NULL };
static const char *const stage_provides[] = { "claim", NULL };

static const AssayStageDesc stage_desc = {
  ASSAY_STAGE_DESC_HEADER,
  .name = "inconsistencies",
  .version = "0.1.0",
  .summary = "Read claims, and flag where reports of one story disagree with each other or the calendar",
  .license = "MIT",
  .requires = stage_requires,
  .provides = stage_provides,
  .options = stage_options,
  .threading = ASSAY_THREADING_SHARED,
  .create = stage_create,
  .process = stage_process,
  .destroy = stage_destroy,
  .collect = stage_collect,
  .finish = stage_finish,
};

ASSAY_PLUGIN_DEFINE (&stage_desc)
