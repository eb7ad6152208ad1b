/* vehicles.c: cars' models by the noun of their kind after them
 * (product-names.tsv kind vehicle-noun, generated from WordNet by
 * scripts/make-vehicle-nouns.py): "the Corvanta sedan", "its new
 * Zelmira hatchbacks", "the Corvanta and the Zelmira sedans".  A model
 * is MISC, as CoNLL eng.train writes one ("Toyota Celica", "Ford
 * Escort"); the tagger reads a maker's model it does not know as a
 * company.  The names found join products_by_noun()'s (rules-context.c),
 * which drops those that speak or own anywhere and relabels the rest
 * MISC at every mention. */

#include "entities.h"

#include <string.h>

/* Whether word @k opens the noun phrase before the model's name: an
 * article, a possessive pronoun or an owner's possessive ("the maker's
 * Corvanta sedan"). */
static gboolean
opens_phrase (const Scan *scan, guint k)
{
  static const char *const words[] = { "the", "a", "an", "its", "their", "our", "his", "her" };
  const Word *w = word_at (scan, k);
  if (is_possessive (w))
    return TRUE;
  if (!(w->cue & CUE_FUNCTION))
    return FALSE;
  for (guint j = 0; j < G_N_ELEMENTS (words); j++)
    if (strcmp (w->key, words[j]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the words before word @a open the model's noun phrase: one
 * of opens_phrase()'s, or one lowercase word after it ("the new", "its
 * popular"). */
static gboolean
phrase_before (const Scan *scan, guint a)
{
  if (a >= 1 && opens_phrase (scan, a - 1))
    return TRUE;
  const Word *between = a >= 2 ? word_at (scan, a - 1) : NULL;
  return between && !between->upper && g_ascii_isalpha (between->text[0]) && !(between->cue & (CUE_FUNCTION | CUE_VERB))
         && opens_phrase (scan, a - 2);
}

/* Whether word @i is a kind of car (vehicle-noun) the name before it
 * names, and not the first half of a compound a place's or a company's
 * name modifies ("the Dagenham car plant", "the Corvanta car dealer",
 * "the Corvanta car park"): a thing a company has, a body's or a
 * place's noun, a kind of person or product after it. */
static gboolean
model_noun_at (const Scan *scan, guint i)
{
  guint n = scan->words->len;
  if (i >= n)
    return FALSE;
  const Word *w = word_at (scan, i);
  if ((w->upper && !w->capitals) || w->end - w->start < 3 || !g_ascii_isalpha (w->text[0])
      || !(word_map_get (scan->e->product_names, w->key, w->hash) & PRODUCT_VEHICLE_NOUN))
    return FALSE;
  if (i + 1 >= n)
    return TRUE;
  const Word *after = word_at (scan, i + 1);
  /* "The Orvik model of banking", "the Ruritania model of welfare": a
   * model of a thing is a way of doing it, a policy's or a business's,
   * no maker's car (a car's model is "of" no lowercase noun). */
  if (g_str_has_prefix (w->key, "model") && strcmp (after->key, "of") == 0)
    return FALSE;
  if (after->upper || !g_ascii_isalpha (after->text[0]))
    return TRUE;
  return !(after->cue & (CUE_COMPANY_OF | CUE_ORG_WORD | CUE_ORG_NOUN | CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_PRODUCT_NOUN))
         && !(first_name_flags (scan, after) & NAME_WORD_PERSON_NOUN)
         && !(word_map_get (scan->e->product_names, after->key, after->hash) & PRODUCT_VEHICLE_NOUN);
}

/* Whether word @w names no maker the lists know: a vehicle maker
 * (product-names.tsv kind maker) or a company of companies.tsv, which
 * the gazetteer may hint as a small town instead ("a Nokia model": the
 * maker's phone). */
static gboolean
unlisted_maker (const Scan *scan, const Word *w)
{
  return !(word_map_get (scan->e->product_names, w->key, w->hash) & PRODUCT_MAKER)
         && !word_map_get (scan->e->companies, w->key, w->hash);
}

/* Whether span @p may be a model's name: the tagger's or a rule's name
 * no list knows (unlisted_name()), not a maker's (product-names.tsv kind
 * maker: "the Velmont cars" of a maker the lists know are the maker's;
 * one they do not know stays a model). */
static gboolean
model_name (const Scan *scan, const Span *p)
{
  const Word *first = word_at (scan, p->a);
  if (!unlisted_name (scan, p) || !unlisted_maker (scan, first))
    return FALSE;
  /* Nor a body's name by its head ("the Kelso Bank model" is the
   * bank's way of working). */
  for (guint k = p->a; k < p->b; k++)
    if (word_at (scan, k)->cue & (CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_ORG_NOUN))
      return FALSE;
  return TRUE;
}

gboolean
vehicle_kind_last (const Scan *scan, const Span *p)
{
  const Word *last = word_at (scan, p->b - 1);
  gsize n = last->end - last->start;
  if (p->b - p->a < 2 || p->b - p->a > 3 || !last->upper || last->text[n - 1] == 's'
      || !(word_map_get (scan->e->product_names, last->key, last->hash) & PRODUCT_VEHICLE_NOUN))
    return FALSE;
  /* The kinds no maker names a model by end a company's name or a
   * show's ("Kelso Car", "Velmar Automobile", "Top Model"); a maker's
   * or a company's name before the kind is the company's too ("Velmar
   * Hybrid" of a listed Velmar). */
  static const char *const generic[] = { "car", "automobile", "motorcar", "motorcycle", "motorbike", "model" };
  for (guint k = 0; k < G_N_ELEMENTS (generic); k++)
    if (strcmp (last->key, generic[k]) == 0)
      return FALSE;
  if (!unlisted_maker (scan, word_at (scan, p->a)))
    return FALSE;
  for (guint k = p->a; k < p->b - 1; k++)
    if (word_at (scan, k)->cue || word_at (scan, k)->capitals)
      return FALSE;
  return TRUE;
}

/* Adds the folded name of span @p to @products. */
static void
add_model (const Scan *scan, const Span *p, GHashTable **products)
{
  if (!*products)
    *products = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *raw = words_text (scan, p->a, p->b);
  char *key = assay_text_fold (raw, -1);
  if (!g_hash_table_contains (*products, key))
    g_hash_table_add (*products, key);
  else
    g_free (key);
}

/* The span whose last word is right before word @b, or NULL. */
static const Span *
span_ending (const Scan *scan, guint b)
{
  if (b == 0)
    return NULL;
  const Span *q = span_at (scan, word_at (scan, b - 1)->span);
  return q && !q->dropped && q->b == b ? q : NULL;
}

void
vehicle_names (Scan *scan, GHashTable **products)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      /* unlisted_name()'s integer tests first: the noun's probe ran on
       * every span. */
      if (p->dropped || p->source > SOURCE_RULE || p->b - p->a > 3 || !model_noun_at (scan, p->b) || !model_name (scan, p))
        continue;
      /* "the Corvanta and the Zelmira sedans", "the Corvanta, Zelmira
       * or Varno sedans": the names joined before it are models too. */
      guint a = p->a;
      const Span *list[4] = { p };
      guint n = 1;
      while (n < G_N_ELEMENTS (list) && a >= 2)
        {
          guint j = a;
          if (opens_phrase (scan, j - 1) && !is_possessive (word_at (scan, j - 1)))
            j--;
          const Word *join = j ? word_at (scan, j - 1) : NULL;
          if (!join || !(strcmp (join->key, "and") == 0 || strcmp (join->key, "or") == 0 || strcmp (join->text, ",") == 0))
            break;
          const Span *q = span_ending (scan, j - 1);
          if (!q || !model_name (scan, q))
            break;
          list[n++] = q;
          a = q->a;
        }
      /* The joined names count where the phrase opens before the first
       * ("the Corvanta and the Zelmira sedans"); "Kelso and the Zelmira
       * sedans" leaves Kelso alone. */
      if (!phrase_before (scan, a))
        n = 1;
      if (n > 1 || phrase_before (scan, p->a))
        for (guint j = 0; j < n; j++)
          add_model (scan, list[j], products);
    }
}
