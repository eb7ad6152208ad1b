/* links.c: what a document says of all its mentions: a later short form
 * (a surname, an acronym) names the full name written before, and a
 * word keeps one label through the document. */
#include "entities.h"

/* Whether words [i, i + n) are the words of span @p, read as keys,
 * capitalised where it is, within one sentence. */
static gboolean
same_words (Scan *scan, guint i, const Span *p)
{
  guint n = p->b - p->a;
  if (i + n > scan->words->len)
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      const Word *w = word_at (scan, i + k), *m = word_at (scan, p->a + k);
      if ((k > 0 && w->sentence_start) || w->upper != m->upper || w->glued != m->glued || strcmp (w->key, m->key) != 0)
        return FALSE;
    }
  return TRUE;
}

/* A name of two words or more the document writes whole keeps one
 * label, the one its whole mentions by the tagger have most often (the
 * first's on a tie): "Sinclair Spectrum" ORG and PERSON.  And it is that
 * name where a pass cut it in pieces or left part of it: "West Ham" ORG
 * once, then "West" ORG + "Ham" PERSON; "London Marathon", then the
 * place London alone.  Only where the pieces lie inside the words
 * (nothing longer around them is cut) and one piece at least is a
 * name. */
static void
mend_cut_names (Scan *scan)
{
  /* first word's key -> GPtrArray of groups, a group a GArray of the
   * indexes of one name's whole mentions, first first. */
  g_autoptr (GHashTable) by_first = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  /* The first words' hashes, a bit each: most words are no name's
   * first word, and this answers so without a lookup. */
  guint64 firsts = 0;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a < 2 || p->source == SOURCE_REPORTING)
        continue;
      const char *first = word_at (scan, p->a)->key;
      firsts |= (guint64) 1 << (word_at (scan, p->a)->hash & 63);
      GPtrArray *groups = g_hash_table_lookup (by_first, first);
      if (groups == NULL)
        g_hash_table_insert (by_first, (gpointer) first,
                             groups = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref));
      GArray *group = NULL;
      for (guint o = 0; o < groups->len && !group; o++)
        {
          GArray *g = groups->pdata[o];
          const Span *q = span_at (scan, g_array_index (g, guint, 0));
          if (q->b - q->a == p->b - p->a && same_words (scan, q->a, p))
            group = g;
        }
      if (group == NULL)
        g_ptr_array_add (groups, group = g_array_new (FALSE, FALSE, sizeof (guint)));
      g_array_append_val (group, k);
    }
  /* The mentions cut in pieces: where a group's words are written
   * again, and the spans there lie wholly inside (nothing longer around
   * them is cut), one at least, none the whole name already. */
  typedef struct
  {
    guint at;
    GArray *group;
  } Cut;
  g_autoptr (GArray) cuts = g_array_new (FALSE, FALSE, sizeof (Cut));
  for (guint i = 0; firsts && i < scan->words->len; i++)
    {
      const Word *w = word_at (scan, i);
      GPtrArray *groups = w->upper && (firsts >> (w->hash & 63) & 1) ? g_hash_table_lookup (by_first, w->key) : NULL;
      for (guint o = 0; groups && o < groups->len; o++)
        {
          GArray *g = groups->pdata[o];
          const Span *model = span_at (scan, g_array_index (g, guint, 0));
          guint n = model->b - model->a;
          if (!same_words (scan, i, model))
            continue;
          gboolean inside = TRUE;
          guint pieces = 0;
          for (guint k = i; k < i + n && inside; k++)
            {
              const Span *q = span_at (scan, word_at (scan, k)->span);
              inside = q == NULL || (q->a >= i && q->b <= i + n && q->b - q->a < n);
              pieces += q != NULL && q->a == k;
            }
          if (!inside || pieces == 0)
            continue;
          Cut c = { i, g };
          g_array_append_val (cuts, c);
          i += n - 1;
          break;
        }
    }
  /* Each group's label: its whole mentions' and its pieces' votes; the
   * model, the first whole mention with it, gives its attributes. */
  g_autoptr (GHashTable) model_of = g_hash_table_new (NULL, NULL); /* group -> model index + 1 */
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, by_first);
  while (g_hash_table_iter_next (&it, NULL, &value))
    {
      GPtrArray *groups = value;
      for (guint o = 0; o < groups->len; o++)
        {
          GArray *g = groups->pdata[o];
          guint count[4] = { 0 };
          for (guint m = 0; m < g->len; m++)
            {
              /* One the text itself gave ("the film Vera Drake") decides. */
              const Span *q = span_at (scan, g_array_index (g, guint, m));
              count[label_index (q->label)] += q->cued ? 1000 : 2;
            }
          for (guint c = 0; c < cuts->len; c++)
            {
              const Cut *cut = &g_array_index (cuts, Cut, c);
              guint n = span_at (scan, g_array_index (g, guint, 0))->b - span_at (scan, g_array_index (g, guint, 0))->a;
              for (guint k = cut->at; cut->group == g && k < cut->at + n; k++)
                {
                  const Span *q = span_at (scan, word_at (scan, k)->span);
                  if (q && q->a == k)
                    count[label_index (q->label)]++;
                }
            }
          guint best = label_index (span_at (scan, g_array_index (g, guint, 0))->label);
          for (guint l = 0; l < 4; l++)
            if (count[l] > count[best])
              best = l;
          guint model = 0;
          for (guint m = 0; m < g->len && !model; m++)
            if (label_index (span_at (scan, g_array_index (g, guint, m))->label) == best)
              model = g_array_index (g, guint, m) + 1;
          if (model == 0)
            {
              /* Only the pieces voted so: the whole mentions keep theirs. */
              model = g_array_index (g, guint, 0) + 1;
              best = label_index (span_at (scan, model - 1)->label);
            }
          g_hash_table_insert (model_of, g, GUINT_TO_POINTER (model));
          const Span copy = *span_at (scan, model - 1);
          for (guint m = 0; m < g->len; m++)
            {
              Span *q = span_at (scan, g_array_index (g, guint, m));
              if (q->source != SOURCE_TAGGER || label_index (q->label) == best)
                continue;
              q->label = copy.label;
              q->place = copy.place;
              g_free (q->kb), q->kb = g_strdup (copy.kb);
              g_free (q->country), q->country = g_strdup (copy.country);
            }
        }
    }
  for (guint c = 0; c < cuts->len; c++)
    {
      const Cut *cut = &g_array_index (cuts, Cut, c);
      Span copy = *span_at (scan, GPOINTER_TO_UINT (g_hash_table_lookup (model_of, cut->group)) - 1);
      guint n = copy.b - copy.a;
      for (guint k = cut->at; k < cut->at + n; k++)
        {
          Span *q = span_at (scan, word_at (scan, k)->span);
          if (q)
            q->dropped = TRUE;
          word_at (scan, k)->span = -1;
        }
      Span *s = claim (scan, cut->at, cut->at + n, copy.label, copy.source);
      if (s)
        {
          s->canonical = g_strdup (copy.canonical);
          s->kb = g_strdup (copy.kb);
          s->country = g_strdup (copy.country);
          s->place = copy.place;
          s->cued = copy.cued;
        }
    }
}

/* Inside one document a later short form names the full one: "Novak"
 * is "Tomas Novak", "MSS" the "Ministry of State Security" it was
 * introduced with; the full name written first is the canonical.
 * First, names cut in pieces are mended (mend_cut_names()). */
void
link_names (Scan *scan, GHashTable *acronyms)
{
  mend_cut_names (scan);
  g_autoptr (GHashTable) full = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* key -> span+1 */
  g_autoptr (GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* surname -> span+1, 0: ambiguous */
  g_autoptr (GHashTable) first = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL); /* first name -> span+1, 0: ambiguous */
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
      /* A first name the lists know as one: "Simon" after "Simon
       * Taylor" (one person of that first name only). */
      const Word *given = word_at (scan, p->a);
      if (given->hint && given->hint_len == 1 && strcmp (given->hint->hint, "FIRST") == 0)
        {
          guint was = GPOINTER_TO_UINT (g_hash_table_lookup (first, given->key));
          if (!g_hash_table_contains (first, given->key))
            g_hash_table_insert (first, g_strdup (given->key), GUINT_TO_POINTER (k + 1));
          else if (was && strcmp (span_at (scan, was - 1)->canonical, p->canonical) != 0)
            g_hash_table_insert (first, g_strdup (given->key), GUINT_TO_POINTER (0));
        }
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
          /* A first name alone the tagger found is the person of that
           * first name; a surname of someone else wins ("Taylor"). */
          if (to == 0 && p->source == SOURCE_TAGGER && !g_hash_table_contains (last, key)
              && !(word_at (scan, p->a)->cue & CUE_GROUP))
            to = GPOINTER_TO_UINT (g_hash_table_lookup (first, key));
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
      for (guint i = 0; i < scan->words->len && !again; i++)
        again = i != p->a && word_at (scan, i)->upper && strcmp (word_at (scan, i)->key, w->key) == 0;
      if (!again)
        {
          p->dropped = TRUE;
          word_at (scan, p->a)->span = -1;
        }
    }
  /* Nor, of any label, one the document writes in lowercase elsewhere
   * and never capitalised inside a sentence (Mikheev's evidence of a
   * word's case from the rest of the document): "Much of this online
   * shopping ...", "Hello" in a quote. */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a != 1 || !w->sentence_start || w->capitals
          || w->hint)
        continue;
      gboolean lower = FALSE, inside = FALSE;
      for (guint i = 0; i < scan->words->len && !inside; i++)
        {
          const Word *o = word_at (scan, i);
          if (i == p->a || o->hash != w->hash || strcmp (o->key, w->key) != 0)
            continue;
          lower = lower || !o->upper;
          inside = o->upper && !o->sentence_start;
        }
      if (lower && !inside)
        {
          p->dropped = TRUE;
          word_at (scan, p->a)->span = -1;
        }
    }

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
          gboolean lower = FALSE;
          for (guint o = 0; o < scan->words->len && !lower; o++)
            lower = !word_at (scan, o)->upper && strcmp (word_at (scan, o)->key, w->key) == 0;
          if (count[best] < 2 || lower)
            continue;
          /* As one of its mentions with that label has it (a GPE with
           * its country, not only LOC). */
          const Span *model = NULL;
          for (guint o = 0; o < scan->spans->len && !model; o++)
            {
              const Span *q = span_at (scan, o);
              if (!q->dropped && q->b - q->a == 1 && label_index (q->label) == best
                  && strcmp (word_at (scan, q->a)->key, w->key) == 0)
                model = q;
            }
          if (model == NULL)
            continue;
          Span copy = *model;
          Span *s = claim (scan, i, i + 1, copy.label, SOURCE_REPORTING);
          if (s)
            {
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
        s->canonical = canonical;
      else
        g_free (canonical);
    }

  /* Last, when no vote reads labels any more: a place the tagger found
   * whose name only faintly names a city or region (a person's name or
   * a word too: Houston, Wrexham, Cornwall) is still a city or region,
   * a GPE, though which one the lists cannot say; a continent or a
   * region of the world (cues.tsv `region`: Asia) stays a place. */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      if (!p->dropped && p->source == SOURCE_TAGGER && strcmp (p->label, "LOC") == 0 && w->hint && w->hint->faint
          && w->hint_len == p->b - p->a && strcmp (w->hint->label, "GPE") == 0 && !(w->cue & CUE_REGION))
        p->label = "GPE";
    }

  /* And a group's word alone (cues.tsv `group`: "Muslims", "Tory",
   * "European") is a NORP, whatever the tagger or the vote made it, with
   * no country: it speaks for none.  Found or not by the tagger: its
   * capital is the name's ("Tory MPs"), not a sentence's. */
  for (guint i = 0; i < scan->words->len; i++)
    {
      Word *w = word_at (scan, i);
      if (!(w->cue & CUE_GROUP) || !w->upper)
        continue;
      Span *p = span_at (scan, w->span);
      if (p == NULL)
        {
          if ((p = claim (scan, i, i + 1, "NORP", SOURCE_TAGGER)))
            p->canonical = g_strdup (w->text);
          continue;
        }
      if (p->b - p->a != 1 || p->source == SOURCE_GAZETTEER || strcmp (p->label, "NORP") == 0)
        continue;
      g_free (p->canonical), p->canonical = g_strdup (w->text);
      g_clear_pointer (&p->role, g_free);
      g_clear_pointer (&p->role_org, g_free);
      p->label = "NORP";
      p->place = FALSE;
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
    }
}
