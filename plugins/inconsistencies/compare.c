/* compare.c: stories, and where the reports of one story disagree.
 *
 * The finish in two phases hands the corpus here: join() has stories.c
 * group its documents into stories, and finish_stories() has this file
 * write, story by story of its range, the `story` record and the findings where its reports disagree: one actor given two origins, or the
 * blame put on different countries; one event dated differently at the same
 * precision; counts further apart than their wording allows; a person given
 * two offices never held together, or two people one single-holder office;
 * and the per-document checks for reports without a date of their own, at
 * the story's date.  Each finding quotes every report on each side.
 */
#include "compare.h"
#include "checks.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  const Summary *doc;
  const Kept *kept;
} Mention;

/* Evidence from every document: the first mention of each, in order. */
static gboolean
add_mentions (const Corpus *corpus, AssayFinding *f, GArray *mentions, GError **error)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const Mention *m = &g_array_index (mentions, Mention, i);
      gboolean seen = FALSE;
      for (guint j = 0; j < i && !seen; j++)
        seen = g_array_index (mentions, Mention, j).doc == m->doc;
      if (seen)
        continue;
      g_autofree char *sentence = corpus_sentence (corpus, m->kept, error);
      if (sentence == NULL)
        return FALSE;
      guint id = m->kept->claim_id;
      assay_finding_add_evidence (f, m->doc->id, m->kept->start, m->kept->end, sentence, &id, 1);
    }
  return TRUE;
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

/* Do two ways of saying a value stand on one side: counts whose ranges
 * meet, or the same date or origin?  Dates at other precisions are not
 * compared, but neither do they agree: "2014" must not join "February 8"
 * and "February 9" into one side. */
static gboolean
same_side (const Kept *a, const Kept *b)
{
  if (strcmp (a->type, CLAIM_QUANTITY) == 0)
    return quantities_agree (a, b);
  return g_strcmp0 (a->value, b->value) == 0;
}

static gboolean
emit (const Corpus *corpus, AssaySink *sink, const char *kind, AssaySeverity severity, const char *message, GArray *mentions, GError **error)
{
  g_autoptr (AssayFinding) f = assay_finding_new (kind, severity, message);
  return add_mentions (corpus, f, mentions, error) && assay_sink_emit (sink, f, error);
}

#define COMPARED_VALUES 16

static guint
side_root (guint *side_of, guint i)
{
  while (side_of[i] != i)
    i = side_of[i] = side_of[side_of[i]];
  return i;
}

/* Is @x said the way @way is: value, wording and who? */
static gboolean
same_way (const Mention *x, const Mention *way)
{
  return g_strcmp0 (x->kept->value, way->kept->value) == 0 && g_strcmp0 (x->kept->extra, way->kept->extra) == 0
         && g_strcmp0 (x->kept->subject, way->kept->subject) == 0;
}

static guint
way_of (GArray *ways, const Mention *x)
{
  for (guint w = 0; w < ways->len; w++)
    if (same_way (x, &g_array_index (ways, Mention, w)))
      return w;
  g_assert_not_reached ();
  return 0;
}

/* One side of a disagreement in words: each value as it was said, with
 * the reports that say it ("about 300 in a, b and almost 300 in c"). */
static char *
side_words (GArray *side, const char *type)
{
  GString *out = g_string_new (NULL);
  gboolean quantity = strcmp (type, CLAIM_QUANTITY) == 0;
  for (guint i = 0; i < side->len; i++)
    {
      const Mention *m = &g_array_index (side, Mention, i);
      gboolean seen = FALSE;
      for (guint j = 0; j < i && !seen; j++)
        {
          const Mention *o = &g_array_index (side, Mention, j);
          seen = g_strcmp0 (o->kept->value, m->kept->value) == 0 && g_strcmp0 (o->kept->extra, m->kept->extra) == 0;
        }
      if (seen)
        continue;
      g_autoptr (GArray) saying = g_array_new (FALSE, FALSE, sizeof (Mention));
      for (guint j = i; j < side->len; j++)
        {
          const Mention *o = &g_array_index (side, Mention, j);
          if (g_strcmp0 (o->kept->value, m->kept->value) == 0 && g_strcmp0 (o->kept->extra, m->kept->extra) == 0)
            g_array_append_val (saying, *o);
        }
      g_autofree char *docs = doc_list (saying);
      g_string_append_printf (out, "%s%s%s in %s", out->len ? " and " : "", quantity ? approx_words (m->kept->extra) : "",
                              m->kept->value, docs);
    }
  return g_string_free (out, FALSE);
}

/* Claims of @type in one story, by key: where two documents disagree, one
 * finding with every document on each side. */
static gboolean
compare_claims (const Corpus *corpus, GPtrArray *story, const char *type, const char *kind, AssaySink *sink, GError **error)
{
  g_autoptr (GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  for (guint d = 0; d < story->len; d++)
    {
      const Summary *s = story->pdata[d];
      for (guint i = 0; i < s->n_kept; i++)
        {
          const Kept *k = &summary_kept (s)[i];
          if (strcmp (k->type, type) != 0 || k->key == NULL || k->value == NULL)
            continue;
          GArray *list = g_hash_table_lookup (by_key, k->key);
          if (list == NULL)
            g_hash_table_insert (by_key, (gpointer) k->key, list = g_array_new (FALSE, FALSE, sizeof (Mention)));
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
      /* A count a later report says has changed ("the toll has risen
       * to 30") is news of the story, not a disagreement with the first
       * reports. */
      if (strcmp (type, CLAIM_QUANTITY) == 0)
        {
          guint32 first = G_MAXUINT32;
          for (guint i = 0; i < list->len; i++)
            if (g_array_index (list, Mention, i).doc->published)
              first = MIN (first, g_array_index (list, Mention, i).doc->day);
          for (guint i = list->len; i-- > 0;)
            {
              const Mention *m = &g_array_index (list, Mention, i);
              if (m->kept->update && m->doc->published && m->doc->day > first)
                g_array_remove_index (list, i);
            }
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
      /* Sides: ways that agree with each other ("about 300", "nearly
       * 300") stand together, so that one disagreement is one finding
       * with every wording on each side.  Agreement does not chain
       * forever ("about 100", "about 110", "about 120"): a side is
       * compared with another only where two of their ways disagree, and
       * ways of one side that disagree are compared as sides of their own. */
      guint n_ways = ways->len;
      g_autofree guint *side_of = g_new (guint, n_ways);
      for (guint i = 0; i < n_ways; i++)
        side_of[i] = i;
      for (guint i = 0; i < n_ways; i++)
        for (guint j = i + 1; j < n_ways; j++)
          if (same_side (g_array_index (ways, Mention, i).kept, g_array_index (ways, Mention, j).kept))
            {
              guint a = side_root (side_of, i), b = side_root (side_of, j);
              side_of[MAX (a, b)] = MIN (a, b);
            }
      for (guint i = 0; i < n_ways; i++)
        side_of[i] = side_root (side_of, i);
      /* Each mention's way, found once. */
      g_autofree guint *way_idx = g_new0 (guint, list->len + 1);
      for (guint m = 0; m < list->len; m++)
        if (!(quantity && !g_array_index (list, Mention, m).doc->published))
          way_idx[m] = way_of (ways, &g_array_index (list, Mention, m));
      g_autoptr (GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < n_ways; i++)
        for (guint j = i + 1; j < n_ways; j++)
          {
            const Mention *a = &g_array_index (ways, Mention, i), *b = &g_array_index (ways, Mention, j);
            if (!claims_disagree (a->kept, b->kept))
              continue;
            /* Ways of one side that disagree are sides of their own. */
            gboolean inside = side_of[i] == side_of[j];
            guint sa = inside ? G_MAXUINT - i : side_of[i], sb = inside ? G_MAXUINT - j : side_of[j];
            g_autofree char *pair = g_strdup_printf ("%u %u", MIN (sa, sb), MAX (sa, sb));
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
                guint w = way_idx[m];
                if (inside ? same_way (x, a) : side_of[w] == sa)
                  g_array_append_val (side_a, *x);
                else if (inside ? same_way (x, b) : side_of[w] == sb)
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
            g_autofree char *said_a = side_words (side_a, type), *said_b = side_words (side_b, type);
            g_autofree char *message = NULL;
            AssaySeverity severity = ASSAY_SEVERITY_MEDIUM;
            if (strcmp (type, CLAIM_ORIGIN) == 0)
              {
                message = g_strdup_printf ("%s is tied to %s, but to %s: one actor cannot come from both.",
                                           a->kept->subject, said_a, said_b);
                severity = ASSAY_SEVERITY_HIGH;
              }
            else if (strcmp (type, CLAIM_EVENT_TIME) == 0 && g_str_has_suffix (l->data, " date"))
              {
                /* "crash date": when a one-off event happened. */
                g_autofree char *event = g_strndup (l->data, strlen (l->data) - strlen (" date"));
                message = g_strdup_printf ("The %s happened on %s, but on %s, at the same precision.", event, said_a,
                                           said_b);
              }
            else if (strcmp (type, CLAIM_EVENT_TIME) == 0)
              message = g_strdup_printf ("The %s is dated %s, but %s, at the same precision.", (const char *) l->data,
                                         said_a, said_b);
            else
              message = g_strdup_printf ("How many (%s): %s, but %s, further apart than their wording allows.",
                                         (const char *) l->data, said_a, said_b);
            if (!emit (corpus, sink, kind, severity, message, all, error))
              return FALSE;
          }
    }
  return TRUE;
}

/* Does @doc blame @country anywhere outside its reference list? */
static gboolean
blames_country (const Summary *doc, const char *country)
{
  for (guint i = 0; i < doc->n_kept; i++)
    {
      const Kept *k = &summary_kept (doc)[i];
      if (strcmp (k->type, CLAIM_ATTRIBUTION) == 0 && g_strcmp0 (k->extra, country) == 0)
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
compare_attributions (const Corpus *corpus, GPtrArray *story, AssaySink *sink, GError **error)
{
  g_autoptr (GArray) blames = g_array_new (FALSE, FALSE, sizeof (Mention));
  for (guint d = 0; d < story->len; d++)
    {
      const Summary *s = story->pdata[d];
      for (guint i = 0; i < s->n_kept; i++)
        {
          const Kept *k = &summary_kept (s)[i];
          if (strcmp (k->type, CLAIM_ATTRIBUTION) == 0 && k->extra && *k->extra && k->key)
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
        g_autofree char *message = g_strdup_printf ("The %s is blamed on %s in %s, but on %s in %s: the reports name "
                                                    "different countries as responsible.",
                                                    a->kept->key, who_a, docs_a, who_b, docs_b);
        g_array_append_vals (side_a, side_b->data, side_b->len);
        if (!emit (corpus, sink, "attribute-conflict", ASSAY_SEVERITY_MEDIUM, message, side_a, error))
          return FALSE;
      }
  return TRUE;
}

/* Roles across a story: one person, two offices never held together; two
 * people in one single-holder office; and, for documents without their own
 * date, the knowledge-base checks against the story's date. */
static gboolean
compare_roles (const Corpus *corpus, GPtrArray *story, guint32 story_day, AssaySink *sink, GError **error)
{
  g_autoptr (GArray) roles = g_array_new (FALSE, FALSE, sizeof (Mention));
  for (guint d = 0; d < story->len; d++)
    {
      const Summary *s = story->pdata[d];
      for (guint i = 0; i < s->n_kept; i++)
        {
          const Kept *k = &summary_kept (s)[i];
          if (strcmp (k->type, CLAIM_ROLE) == 0 && k->extra && !k->former)
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
              g_autofree char *sentence = corpus_sentence (corpus, a->kept, error);
              if (sentence == NULL)
                return FALSE;
              g_autoptr (AssayFinding) f = checks_role (corpus->k, a->doc->id, a->kept->subject, fa[0], fa[1], fa[2],
                                                        story_day, assumed, a->kept->start, a->kept->end, sentence,
                                                        a->kept->claim_id);
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
              if (checks_terms_overlap (corpus->k, a->kept->subject, fa[0], fa[1], fb[0], fb[1], &known) || !known)
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
          if (!emit (corpus, sink, "role-conflict", ASSAY_SEVERITY_HIGH, message, both, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Weekdays written with a date but no year, checked in the year of the
 * story's date. */
static gboolean
story_weekdays (const Corpus *corpus, GPtrArray *story, guint32 story_day, AssaySink *sink, GError **error)
{
  if (story_day == 0)
    return TRUE;
  g_autofree char *story_date = knowledge_format_day (story_day);
  for (guint d = 0; d < story->len; d++)
    {
      const Summary *s = story->pdata[d];
      for (guint i = 0; i < s->n_kept; i++)
        {
          const Kept *k = &summary_kept (s)[i];
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
          if (best == 0 || named < 1 || named > 7 || checks_weekday (best) == named)
            continue;
          g_autofree char *how = g_strdup_printf ("the document gives no year; the story's other reports date it "
                                                  "%s", story_date);
          g_autofree char *message = checks_weekday_message (k->subject, named, best, how);
          g_autoptr (AssayFinding) f = assay_finding_new ("weekday-mismatch", ASSAY_SEVERITY_MEDIUM, message);
          g_autofree char *sentence = corpus_sentence (corpus, k, error);
          if (sentence == NULL)
            return FALSE;
          guint id = k->claim_id;
          assay_finding_add_evidence (f, s->id, k->start, k->end, sentence, &id, 1);
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

/* The story record: its documents (@reports, read back), date span and
 * what ties them. */
static gboolean
begin_story (const Corpus *corpus, AssaySink *sink, const Story *story, GPtrArray *reports, guint number,
             GError **error)
{
  g_autofree char *id = g_strdup_printf ("s%u", number);
  g_autofree const char **doc_ids = g_new (const char *, story->docs->len);
  for (guint d = 0; d < story->docs->len; d++)
    doc_ids[d] = ((Summary *) reports->pdata[d])->id;
  guint n_ties = MIN (story->ties->len, 8u) + MIN (story->tie_dates->len, 4u) + (story->event != NULL);
  g_autofree AssayStoryTie *ties = g_new0 (AssayStoryTie, n_ties);
  g_autoptr (GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  guint t = 0;
  for (guint i = 0; i < story->ties->len && i < 8; i++, t++)
    {
      const Salient *name = &g_array_index (story->ties, Salient, i);
      char *text = corpus_name (corpus, name, error);
      if (text == NULL)
        return FALSE;
      g_ptr_array_add (dates, text); /* freed with the dates */
      ties[t] = (AssayStoryTie) { "name", text, salient_label (name) };
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

/* Tells the core a story the grouping made, with its documents. */
static gboolean
join_story (const Story *story, guint number, const char *const *ids, gpointer sink, GError **error)
{
  g_autofree char *id = g_strdup_printf ("s%u", number + 1);
  return assay_sink_join_story (sink, id, ids, story->docs->len, error);
}

GPtrArray *
compare_join (Corpus *corpus, AssaySink *sink, GError **error)
{
  if (!g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
    {
      gsize bytes = corpus_bytes (corpus);
      guint n = corpus_n_docs (corpus);
      g_debug ("cross-document state: %" G_GSIZE_FORMAT " bytes in memory for %u documents (%.0f a document), "
               "and %" G_GUINT64_FORMAT " bytes of summaries, names, evidence and claims on disk",
               bytes, n, n ? (double) bytes / n : 0.0, corpus_spilled (corpus));
    }
  if (!corpus_flush (corpus, error))
    return NULL;
  return stories_group (corpus, corpus->story_days, join_story, sink, error);
}

gboolean
compare_story_range (const Corpus *corpus, GPtrArray *stories, guint first, guint end, AssaySink *sink,
                     GError **error)
{
  for (guint o = first; o < end && o < stories->len; o++)
    {
      const Story *st = stories->pdata[o];
      /* Its reports, read back from disk for this story alone (with their
       * claims when there are two or more to compare): the corpus keeps
       * none in memory. */
      g_autoptr (GPtrArray) story = g_ptr_array_new_full (st->docs->len, g_free);
      for (guint d = 0; d < st->docs->len; d++)
        {
          g_autofree Summary *keys = corpus_summary (corpus, g_array_index (st->docs, guint32, d), error);
          Summary *report = keys == NULL          ? NULL
                             : st->docs->len < 2 ? g_steal_pointer (&keys)
                                                 : corpus_claims (corpus, keys, error);
          if (report == NULL)
            return FALSE;
          g_ptr_array_add (story, report);
        }
      if (!begin_story (corpus, sink, st, story, o + 1, error))
        return FALSE;
      if (st->docs->len < 2)
        continue;
      /* The story's date: the median of its documents' own dates. */
      g_autoptr (GArray) days = g_array_new (FALSE, FALSE, sizeof (guint32));
      for (guint d = 0; d < story->len; d++)
        if (((Summary *) story->pdata[d])->published)
          g_array_append_val (days, ((Summary *) story->pdata[d])->day);
      g_array_sort (days, uint_order);
      guint32 story_day = days->len ? g_array_index (days, guint32, (days->len - 1) / 2) : 0;
      if (!compare_claims (corpus, story, CLAIM_ORIGIN, "attribute-conflict", sink, error)
          || !compare_attributions (corpus, story, sink, error)
          || !compare_claims (corpus, story, CLAIM_EVENT_TIME, "date-conflict", sink, error)
          || !compare_claims (corpus, story, CLAIM_QUANTITY, "number-conflict", sink, error)
          || !compare_roles (corpus, story, story_day, sink, error)
          || !story_weekdays (corpus, story, story_day, sink, error))
        return FALSE;
    }
  return TRUE;
}
