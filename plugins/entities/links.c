/* links.c: what a document says of all its mentions: a later short form
 * (a surname, an acronym) names the full name written before, and a
 * word keeps one label through the document. */
#include "entities.h"

/* How a document writes each word (by key): how often capitalised, and
 * whether ever in lowercase.  Read once: asking it of every word for
 * every candidate was quadratic (1.6 MB on one line: 1.15 s). */
typedef struct
{
  guint upper;
  gboolean lower;
} WordUse;

static GHashTable *
word_uses (Scan *scan)
{
  GHashTable *uses = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; i < scan->words->len; i++)
    {
      const Word *w = word_at (scan, i);
      WordUse *u = g_hash_table_lookup (uses, w->key);
      if (u == NULL)
        g_hash_table_insert (uses, (gpointer) w->key, u = g_new0 (WordUse, 1));
      if (w->upper)
        u->upper++;
      else
        u->lower = TRUE;
    }
  return uses;
}

static void
add_single (GHashTable *singles, const char *key, guint span)
{
  GArray *spans = g_hash_table_lookup (singles, key);
  if (spans == NULL)
    g_hash_table_insert (singles, (gpointer) key, spans = g_array_new (FALSE, FALSE, sizeof (guint)));
  g_array_append_val (spans, span);
}

/* A group's word alone (cues.tsv kind `group`: "Muslims", "Tory",
 * "Kurds") is a NORP with no country, whatever the tagger or the vote
 * made it: it speaks for no country.  Found by the tagger or not: its
 * capital is the name's ("Tory MPs"), not a sentence's.  A longer name
 * around it ("Christian Aid", "Muslim Council of Britain") and a rule's
 * or a list's name keep theirs.  One pass over the words. */
/* Whether word @i is a title's word, or one's plural ("MPs", "ministers"). */
static gboolean
is_title_word (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  if (w->cue & (CUE_ROLE | CUE_MODIFIER))
    return TRUE;
  gsize n = strlen (w->key);
  if (n < 2 || n > 40 || w->key[n - 1] != 's')
    return FALSE;
  char stem[41];
  memcpy (stem, w->key, n - 1);
  stem[n - 1] = '\0';
  return (word_map_get (scan->e->cues, stem, word_hash (stem, n - 1)) & CUE_ROLE) != 0;
}

static void
mark_groups (Scan *scan)
{
  for (guint i = 0; i < scan->words->len; i++)
    {
      Word *w = word_at (scan, i);
      if (!(w->cue & CUE_GROUP) || !w->upper || w->capitals)
        continue;
      Span *p = span_at (scan, w->span);
      if (p == NULL)
        {
          /* ... but not the start of an organisation's name nobody
           * found ("Jewish Agency"). */
          gboolean longer = i + 1 < scan->words->len && word_at (scan, i + 1)->upper
                            && !word_at (scan, i + 1)->sentence_start && (word_at (scan, i + 1)->cue & CUE_ORG_HEAD);
          if (!longer && (p = claim (scan, i, i + 1, "NORP", SOURCE_TAGGER)))
            p->canonical = g_strdup (w->text);
          continue;
        }
      if (p->a != i || p->source > SOURCE_TAGGER || strcmp (p->label, "NORP") == 0)
        continue;
      /* The tagger's "Tory MPs": a group's word and titles after it is
       * the group and people of it, not one name. */
      gboolean titles = TRUE;
      for (guint k = i + 1; k < p->b && titles; k++)
        titles = is_title_word (scan, k);
      if (!titles)
        continue;
      for (guint k = i + 1; k < p->b; k++)
        word_at (scan, k)->span = -1;
      p->b = i + 1;
      p->label = "NORP";
      p->place = FALSE;
      p->cued = FALSE;
      g_free (p->canonical), p->canonical = g_strdup (w->text);
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
      g_clear_pointer (&p->role, g_free);
      g_clear_pointer (&p->role_org, g_free);
    }
}

/* Inside one document a later short form names the full one: "Novak"
 * is "Tomas Novak", "MSS" the "Ministry of State Security" it was
 * introduced with; the full name written first is the canonical. */
void
link_names (Scan *scan, GHashTable *acronyms)
{
  g_autoptr (GHashTable) full = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* key -> span+1 */
  g_autoptr (GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* surname -> span+1, 0: ambiguous */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || strcmp (p->label, "PERSON") != 0 || p->b - p->a < 2)
        continue;
      g_autofree char *raw = words_text (scan, p->a, p->b);
      char *key = assay_text_fold (raw, -1);
      if (!g_hash_table_contains (full, key))
        g_hash_table_insert (full, key, GUINT_TO_POINTER (k + 1));
      else
        g_free (key);
      const char *surname = word_at (scan, p->b - 1)->key;
      guint had = GPOINTER_TO_UINT (g_hash_table_lookup (last, surname));
      if (!g_hash_table_contains (last, surname))
        g_hash_table_insert (last, g_strdup (surname), GUINT_TO_POINTER (k + 1));
      else if (had && strcmp (span_at (scan, had - 1)->canonical, p->canonical) != 0)
        {
          g_autofree char *a = assay_text_fold (span_at (scan, had - 1)->canonical, -1);
          g_autofree char *b = assay_text_fold (p->canonical, -1);
          if (strcmp (a, b) != 0)
            g_hash_table_insert (last, g_strdup (surname), GUINT_TO_POINTER (0));
        }
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      /* A country is a known name, unless the document calls a person
       * by it ("Michael Jordan ... Jordan scored"). */
      if (p->dropped || (p->source == SOURCE_GAZETTEER && (p->b - p->a != 1 || strcmp (p->label, "GPE") != 0)))
        continue;
      /* The key of the whole name: a word's own key (word_key() makes
       * it as assay_text_fold() would), or folded from the name's text
       * where a full name is looked for; other names look for nothing. */
      guint to = 0;
      if (p->b - p->a >= 2 && !strcmp (p->label, "PERSON"))
        {
          g_autofree char *raw = words_text (scan, p->a, p->b);
          g_autofree char *key = assay_text_fold (raw, -1);
          to = GPOINTER_TO_UINT (g_hash_table_lookup (full, key));
        }
      else if (p->b - p->a == 1)
        {
          const char *key = word_at (scan, p->a)->key;
          to = GPOINTER_TO_UINT (g_hash_table_lookup (last, key));
          if (to == 0)
            to = GPOINTER_TO_UINT (g_hash_table_lookup (acronyms, key));
        }
      if (to == 0 || to - 1 == k)
        continue;
      const Span *target = span_at (scan, to - 1);
      if (p->source == SOURCE_GAZETTEER && strcmp (target->label, "PERSON") != 0)
        continue;
      if (p->source == SOURCE_GAZETTEER)
        g_clear_pointer (&p->kb, g_free);
      p->label = target->label;
      g_free (p->canonical), p->canonical = g_strdup (target->canonical);
      if (target->kb && !p->kb)
        p->kb = g_strdup (target->kb);
      if (target->country && !p->country)
        p->country = g_strdup (target->country);
    }
  /* One name, one label in a document: a single word the tagger called
   * a person once and a place once ("said Novak", "Novak's") takes
   * the label it had most often. */
  g_autoptr (GHashTable) votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || (p->source != SOURCE_TAGGER && !p->cued) || p->b - p->a != 1)
        continue;
      guint *count = g_hash_table_lookup (votes, word_at (scan, p->a)->key);
      if (count == NULL)
        {
          /* The first mention's label wins a tie. */
          g_hash_table_insert (votes, g_strdup (word_at (scan, p->a)->key), count = g_new0 (guint, 5));
          count[4] = label_index (p->label);
        }
      /* A label the lists confirmed (a hinted city the tagger found: GPE)
       * weighs double: "Oulu blackout" in a headline is not a person.  One
       * the text itself gave ("oil firm Yukos") decides: the tagger's
       * thirteen "Yukos said" do not outweigh it. */
      count[label_index (p->label)] += p->cued ? 1000 : strcmp (p->label, "GPE") == 0 ? 2 : 1;
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->cued || p->b - p->a != 1)
        continue;
      const guint *count = g_hash_table_lookup (votes, word_at (scan, p->a)->key);
      guint best = count[4];
      for (guint l = 0; l < 4; l++)
        if (count[l] > count[best])
          best = l;
      if (best == label_index (p->label))
        continue;
      p->label = tagger_labels[best];
      const Word *w = word_at (scan, p->a);
      if (best == 2 && w->hint && !w->hint->faint && w->hint_len == 1 && strcmp (w->hint->label, "GPE") == 0)
        {
          /* The place the lists hinted, as find_tagged() makes it. */
          p->label = "GPE";
          p->place = TRUE;
          g_free (p->kb), p->kb = g_strdup (w->hint->kb);
          g_free (p->country), p->country = g_strdup (w->hint->country);
        }
    }

  g_autoptr (GHashTable) uses = word_uses (scan);
  /* A sentence's first word alone that the tagger calls a person, no
   * list knows at all (as a name, a place, a company), no full name explains and the document never
   * names again is a capitalised common word: "Fresh hope after ...",
   * "Hard act to follow" in a headline. */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a != 1 || !w->sentence_start
          || strcmp (p->label, "PERSON") != 0 || w->hint
          || strcmp (p->canonical, w->text) != 0)
        continue;
      gboolean again = FALSE;
      for (guint o = 0; o < scan->spans->len && !again; o++)
        again = o != k && !span_at (scan, o)->dropped
                && strstr (span_at (scan, o)->canonical, w->text) != NULL;
      /* Capitalised elsewhere: another word than this one. */
      if (!again)
        {
          const WordUse *u = g_hash_table_lookup (uses, w->key);
          again = u->upper > (w->upper ? 1u : 0u);
        }
      if (!again)
        {
          p->dropped = TRUE;
          word_at (scan, p->a)->span = -1;
        }
    }

  /* The one-word spans by key, in order (dropped ones too: that is asked
   * when they are looked up), so that the model of a mention is found
   * without reading every span for every word. */
  g_autoptr (GHashTable) singles = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  for (guint k = 0; k < scan->spans->len; k++)
    if (span_at (scan, k)->b - span_at (scan, k)->a == 1)
      add_single (singles, word_at (scan, span_at (scan, k)->a)->key, k);

  /* Words nobody tagged that are a known surname ("Novak said"), or an
   * acronym the document introduced ("BMSA inspectors"). */
  for (guint i = 0; i < scan->words->len; i++)
    {
      Word *w = word_at (scan, i);
      guint to;
      if (w->span >= 0 || !w->upper)
        continue;
      if ((w->capitals || !w->sentence_start) && (to = GPOINTER_TO_UINT (g_hash_table_lookup (acronyms, w->key))))
        {
          Span target = *span_at (scan, to - 1);
          Span *s = claim (scan, i, i + 1, target.label, SOURCE_REPORTING);
          if (s)
            {
              add_single (singles, w->key, scan->spans->len - 1);
              s->canonical = g_strdup (target.canonical);
              s->kb = g_strdup (target.kb);
              s->country = g_strdup (target.country);
            }
          continue;
        }
      gboolean longer = i + 1 < scan->words->len && word_at (scan, i + 1)->upper && !word_at (scan, i + 1)->glued;
      if (!(to = GPOINTER_TO_UINT (g_hash_table_lookup (last, w->key))))
        {
          /* A word the document names alone at least twice with one
           * label, and never writes in lowercase, is that name where the
           * tagger missed it ("Yukos said" first in a story). */
          const guint *count = g_hash_table_lookup (votes, w->key);
          if (count == NULL || longer || (w->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC)) || not_a_name (scan, i))
            continue;
          guint best = count[4];
          for (guint l = 0; l < 4; l++)
            if (count[l] > count[best])
              best = l;
          gboolean lower = ((const WordUse *) g_hash_table_lookup (uses, w->key))->lower;
          if (count[best] < 2 || lower)
            continue;
          /* As one of its mentions with that label has it (a GPE with
           * its country, not only LOC). */
          const Span *model = NULL;
          GArray *same = g_hash_table_lookup (singles, w->key);
          for (guint o = 0; same && o < same->len && !model; o++)
            {
              const Span *q = span_at (scan, g_array_index (same, guint, o));
              if (!q->dropped && label_index (q->label) == best)
                model = q;
            }
          if (model == NULL)
            continue;
          Span copy = *model;
          Span *s = claim (scan, i, i + 1, copy.label, SOURCE_REPORTING);
          if (s)
            {
              add_single (singles, w->key, scan->spans->len - 1);
              s->canonical = g_strdup (copy.canonical);
              s->kb = g_strdup (copy.kb);
              s->country = g_strdup (copy.country);
              s->place = copy.place;
            }
          continue;
        }
      if (longer)
        continue; /* part of a longer name nobody found */
      char *canonical = g_strdup (span_at (scan, to - 1)->canonical);
      Span *s = claim (scan, i, i + 1, "PERSON", SOURCE_REPORTING);
      if (s)
        {
          s->canonical = canonical;
          add_single (singles, w->key, scan->spans->len - 1);
        }
      else
        g_free (canonical);
    }
  mark_groups (scan);
}
