/* occasions.c: a name right before a lowercase noun for a kind of
 * occasion ("the Zorbacon exhibition", "the Four Counties match", "the
 * Velocon trade show"; occasion-nouns.tsv) is the occasion's own name,
 * MISC as CoNLL-2003 writes named events, at that mention and at the
 * document's other mentions of the same words; and a name the tagger
 * gave a person's or a thing's label that ends in a body's head ("Fund",
 * "Trust") is the body's. */

#include "entities.h"

#include <string.h>

enum
{
  OCCASION_NOUN = 1 << 0,   /* the occasion: "festival", "exhibition" */
  OCCASION_BEFORE = 1 << 1, /* may stand between the name and the noun: "trade" */
  OCCASION_TEAM = 1 << 2,   /* the occasion after a name of two words or more: "match" */
  OCCASION_PHRASE = 1 << 3, /* the occasion only after a word of kind before: "show" */
};

static guint
occasion_row_value (const AssayDataRow *row, const char **wrong)
{
  guint value = 0;
  g_auto (GStrv) kinds = g_strsplit (row->fields[1], ",", -1);
  for (guint i = 0; kinds[i]; i++)
    {
      const char *k = g_strstrip (kinds[i]);
      guint v = strcmp (k, "noun") == 0     ? OCCASION_NOUN
                : strcmp (k, "before") == 0 ? OCCASION_BEFORE
                : strcmp (k, "team") == 0   ? OCCASION_TEAM
                : strcmp (k, "phrase") == 0 ? OCCASION_PHRASE
                                            : 0;
      if (v == 0)
        {
          *wrong = "an unknown kind (noun, team, phrase, before)";
          return 0;
        }
      value |= v;
    }
  return value;
}

GHashTable *
occasion_nouns_load (const char *data_dir, guint64 *bits, GError **error)
{
  GHashTable *words = word_table_load (data_dir, "occasion-nouns.tsv", "WORD<TAB>noun, team, phrase or before<TAB>SOURCE", 3,
                                       occasion_row_value, error);
  if (words == NULL)
    return NULL;
  word_table_hash_bits (words, bits, 1);
  return words;
}

/* occasion-nouns.tsv's kinds of the lowercase word @w, 0: none.  The
 * key's hash bit first: most words after a name (a verb, "and", "of")
 * are told none without a lookup. */
static guint
occasion_kind (const Scan *scan, const Word *w)
{
  if (w->upper || !word_hash_bit (&scan->e->occasion_bits, 1, w->hash))
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (scan->e->occasion_nouns, w->key));
}

/* Whether word @i, before a name, says the name is one occasion's, not
 * the subject of a verb "race" or "walk" nor one of a body's or a
 * band's many ("an Orbicon concert"): "the", "this", "next", "last" or
 * an owner's possessive ("this year's"). */
static gboolean
determiner_at (const Scan *scan, guint i)
{
  static const char *const words[] = { "the", "this", "next", "last" };
  const Word *w = word_at (scan, i);
  if (w->upper && !w->sentence_start)
    return FALSE;
  if (is_possessive (w))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (strcmp (w->key, words[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether span @p's label may give way to an occasion's: a name only
 * the tagger or a rule gave (not the lists', a place, a work, a team),
 * an organisation's, a person's or a place's; not a body's by its head ("the
 * Kelmsford Trust festival", cues.tsv org-head and org-word), a
 * company's or a place's the lists hint, a place by its head ("the
 * Kelvor Street meeting"), a person's by a first name
 * ("the Ann Keller concert" is hers) nor one English word ("the
 * Mobile exhibition" is of phones). */
static gboolean
may_be_occasion (Scan *scan, const Span *p)
{
  if (p->dropped || p->source >= SOURCE_GAZETTEER || p->kb || p->place || p->work || p->team || p->listed
      || !(strcmp (p->label, "ORG") == 0 || strcmp (p->label, "PERSON") == 0 || strcmp (p->label, "LOC") == 0))
    return FALSE;
  const Word *first = word_at (scan, p->a), *last = word_at (scan, p->b - 1);
  if ((last->cue & (CUE_ORG_HEAD | CUE_ORG_WORD)) || (first_name_flags (scan, first) & NAME_WORD_FIRST)
      || (first->hint && first->hint->hint && strcmp (first->hint->hint, "FIRST") == 0))
    return FALSE;
  if (p->b - p->a == 1 && (first_name_flags (scan, first) & NAME_WORD_ENGLISH))
    return FALSE;
  /* A place the tagger read by its place's head ("the Kelvor Street
   * meeting", "the Harbour Park concert") is where the occasion is. */
  if ((last->cue & CUE_LOC_HEAD) && (strcmp (p->label, "LOC") == 0 || strcmp (p->label, "GPE") == 0))
    return FALSE;
  for (guint i = p->a; i < p->b; i++)
    {
      const Word *w = word_at (scan, i);
      const char *hint = w->hint && !w->hint->faint ? w->hint->hint : NULL;
      if ((hint && (strcmp (hint, "COMPANY") == 0 || strcmp (hint, "CITY") == 0 || strcmp (hint, "REGION") == 0))
          || (w->known.single && (strcmp (w->known.single->label, "GPE") == 0 || strcmp (w->known.single->label, "LOC") == 0)))
        return FALSE;
    }
  return TRUE;
}

/* Whether spans @p and @q hold the same words. */
static gboolean
same_words (const Scan *scan, const Span *p, const Span *q)
{
  if (p->b - p->a != q->b - q->a)
    return FALSE;
  for (guint i = 0; i < p->b - p->a; i++)
    if (word_slot (scan, word_at (scan, p->a + i)) != word_slot (scan, word_at (scan, q->a + i)))
      return FALSE;
  return TRUE;
}

/* Whether span @p speaks or owns: a reporting verb ("Orbicon said")
 * or a possessive ("Orbicon's chief") right after it: a body, whatever
 * else names it. */
static gboolean
speaks (const Scan *scan, const Span *p)
{
  if (p->b >= scan->words->len)
    return FALSE;
  const Word *w = word_at (scan, p->b);
  return is_possessive (w) || (!w->upper && (w->cue & CUE_VERB));
}

void
mend_occasions (Scan *scan)
{
  guint n = scan->words->len;
  GArray *found = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->b >= n || p->a == 0 || p->dropped)
        continue;
      guint kind = occasion_kind (scan, word_at (scan, p->b));
      if (kind == 0)
        continue;
      const Word *first = word_at (scan, p->a);
      gboolean one = p->b - p->a == 1;
      gboolean taken = (kind & OCCASION_NOUN) || ((kind & OCCASION_TEAM) && !one);
      if (!taken && (kind & OCCASION_BEFORE) && p->b + 1 < n)
        taken = (occasion_kind (scan, word_at (scan, p->b + 1)) & (OCCASION_NOUN | OCCASION_TEAM | OCCASION_PHRASE)) != 0;
      else if (one && first->capitals)
        taken = FALSE;
      if (!taken || !determiner_at (scan, p->a - 1) || !may_be_occasion (scan, p))
        continue;
      if (found == NULL)
        found = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (found, k);
    }
  if (found == NULL)
    return;
  /* The document's other mentions of the same words, unless one speaks
   * ("Orbicon said": the organisation that holds it). */
  for (guint f = 0; f < found->len; f++)
    {
      const Span *p = span_at (scan, g_array_index (found, guint, f));
      gboolean spoken = FALSE;
      for (guint k = 0; k < scan->spans->len && !spoken; k++)
        {
          const Span *q = span_at (scan, k);
          spoken = !q->dropped && same_words (scan, p, q) && speaks (scan, q);
        }
      if (spoken)
        continue;
      for (guint k = 0; k < scan->spans->len; k++)
        {
          Span *q = span_at (scan, k);
          if (q == p || (same_words (scan, p, q) && may_be_occasion (scan, q)))
            q->label = "MISC";
        }
    }
  g_array_unref (found);
}

/* Whether @w, capitalised and ending a name, says the name is a body's:
 * an organisation's head (cues.tsv org-head: Trust, Council, Board) or
 * a word for what a body is (org-word: Fund, Coalition, Society), not
 * an org-word of people in the plural ("Students", "Workers": a group,
 * as often no body), nor an event's head. */
static gboolean
body_last_word (const Word *w)
{
  if (!w->upper || w->capitals || (w->cue & CUE_EVENT_HEAD))
    return FALSE;
  if (w->cue & CUE_ORG_HEAD)
    return TRUE;
  gsize n = strlen (w->key);
  return (w->cue & CUE_ORG_WORD) && n > 0 && w->key[n - 1] != 's';
}

void
mend_body_heads (Scan *scan)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a < 2 || p->cued || p->work || p->listed || p->team
          || p->kb || !body_last_word (word_at (scan, p->b - 1)))
        continue;
      gboolean person = strcmp (p->label, "PERSON") == 0;
      /* The tagger's person with a first name ("Anna Trust") is one;
       * its thing (MISC) only where the head is what a body is, as an
       * org-head ends products' and works' names too ("Media Centre",
       * "The Office"). */
      if (person ? (first_name_flags (scan, word_at (scan, p->a)) & NAME_WORD_FIRST) != 0
                 : strcmp (p->label, "MISC") != 0 || (word_at (scan, p->b - 1)->cue & CUE_ORG_HEAD))
        continue;
      /* Its acronym in brackets right after ("the Widows Fund (WF)")
       * took the same label from it. */
      if (p->b + 2 < scan->words->len && strcmp (word_at (scan, p->b)->key, "(") == 0
          && strcmp (word_at (scan, p->b + 2)->key, ")") == 0 && word_at (scan, p->b + 1)->capitals)
        {
          Span *q = span_at (scan, word_at (scan, p->b + 1)->span);
          if (q && !q->dropped && q->b - q->a == 1 && q->source < SOURCE_GAZETTEER && strcmp (q->label, p->label) == 0)
            q->label = "ORG";
        }
      p->label = "ORG";
    }
}
