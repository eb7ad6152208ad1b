/* venues-bodies.c: names a venue's or a company's longer form takes
 * (issue 24, ent-venues22).
 *
 * A venue's name (a capitalised run ending in a word of
 * venue-bodies.tsv: Theatre, Playhouse, Library) is a place, LOC,
 * where something happens there, as eng.train writes its venues ("at the National Tennis
 * Centre"); where the venue is a sentence's subject and speaks or acts
 * ("the Westbury Theatre said", "... has commissioned", "... will
 * open"), it is the institution, ORG, as eng.train writes the bodies
 * that speak ("the National Hurricane Center said").
 *
 * A company's name with a place's right after it and nothing else of
 * the phrase after the place is the company's arm there, one name
 * ("Corvina UK said", "Radio Stanmore Kent:"), as eng.train writes
 * "Toyota Australia", "AOL Germany" and "Ford China": never an
 * organisation and a place side by side. */

#include "entities.h"

#include <string.h>

static guint
venue_row (const AssayDataRow *row, const char **wrong)
{
  if (strchr (row->fields[0], ' '))
    {
      *wrong = "more than one word";
      return 0;
    }
  return 1;
}

GHashTable *
venue_bodies_load (const char *data_dir, GError **error)
{
  return word_table_load (data_dir, "venue-bodies.tsv", "WORD<TAB>SOURCE", 2, venue_row, error);
}

/* Whether the words from @b on say the name before them acts: a
 * reporting verb ("said", "announced"), or "has"/"will" and a verb that
 * is no "be"/"been" (a passive's: "will be attended by", "has been
 * closed", where the venue is the place something is done to).  A
 * copula ("is", "was") says what it is, not what it does. */
static gboolean
acts_after (const Scan *scan, guint b, guint n)
{
  static const char *const reports[] = { "said", "says", "told", "added", "stated", "announced", "warned",
                                         "confirmed", "denied", "explained", NULL };
  static const char *const aux[] = { "has", "have", "had", "will", "would", "could", "can", "may", "might",
                                     "must", "should", NULL };
  const Word *w = word_at (scan, b);
  /* No cue bit to ask: cues.tsv gives "has" and "will" other kinds
   * (name-verb), and a venue's span before is rare enough. */
  if (w->upper || w->glued)
    return FALSE;
  if (key_in (w->key, reports))
    return TRUE;
  if (!key_in (w->key, aux) || b + 1 >= n)
    return FALSE;
  const Word *v = word_at (scan, b + 1);
  return !v->upper && g_ascii_isalpha (v->key[0]) && strcmp (v->key, "be") != 0 && strcmp (v->key, "been") != 0
         && strcmp (v->key, "not") != 0;
}

/* Whether the name at @a is its clause's subject: the sentence's first
 * words ("The Westbury Theatre said"), or after "and", "but", "that" or
 * a comma ("Last year, the Westbury Theatre has ...").  After a
 * preposition ("at the ...", "Visitors to the ...") it is a place. */
static gboolean
subject_at (const Scan *scan, guint a)
{
  static const char *const openers[] = { "and", "but", "that", ",", "while", NULL };
  if (a == 0 || word_at (scan, a)->sentence_start)
    return TRUE;
  if (strcmp (word_at (scan, a - 1)->key, "the") == 0)
    {
      a--;
      if (word_at (scan, a)->sentence_start)
        return TRUE;
    }
  return a > 0 && key_in (word_at (scan, a - 1)->key, openers);
}

void
mend_acting_venues (Scan *scan)
{
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      /* The label and the word after first: most spans are no place
       * or thing, or stand before no lowercase word. */
      if (p->dropped || p->b >= n || p->b - p->a < 2
          || (strcmp (p->label, "LOC") != 0 && strcmp (p->label, "MISC") != 0) || word_at (scan, p->b)->upper)
        continue;
      const Word *head = word_at (scan, p->b - 1);
      if (!head->upper || head->capitals || !g_hash_table_contains (scan->e->venue_bodies, head->key))
        continue;
      if (subject_at (scan, p->a) && acts_after (scan, p->b, n))
        span_set_org (p);
    }
}

/* Whether the word at @c ends the phrase a name before it stands in:
 * the text's end, a new sentence, punctuation, or a verb or a function
 * word ("... said", "before", "and").  A lowercase noun there takes the
 * names before it as its modifiers ("the Union China summit", "Corvina
 * UK staff"): two names, or one the rule cannot tell. */
static gboolean
phrase_ends (const Scan *scan, guint c, guint n)
{
  if (c >= n)
    return TRUE;
  const Word *w = word_at (scan, c);
  if (w->sentence_start)
    return TRUE;
  if (w->upper)
    return FALSE;
  if (!g_ascii_isalnum (w->key[0]))
    return !is_possessive (w);
  return (w->cue & (CUE_VERB | CUE_FUNCTION)) != 0;
}

void
mend_company_places (Scan *scan)
{
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b >= n || strcmp (p->label, "ORG") != 0)
        continue;
      const Word *next = word_at (scan, p->b);
      if (!next->upper || next->glued || next->sentence_start)
        continue;
      Span *q = span_at (scan, next->span);
      if (q == NULL || q->dropped || q->a != p->b || strcmp (q->label, "GPE") != 0)
        continue;
      /* A title's or a form of address's word before a name is a
       * person's ("MC Stanmore"), and an organisation's name that owns
       * the place ("the Union's ...") is no company's arm. */
      const Word *first = word_at (scan, p->a);
      if ((first->cue & (CUE_ROLE | CUE_HONORIFIC)) || is_possessive (word_at (scan, p->b - 1))
          || !phrase_ends (scan, q->b, n))
        continue;
      /* One word before the place: not a first name (the tagger's
       * "Trevor" ORG and "Holland" GPE are one person), nor two
       * capitals, a title or a union's short form as often as a
       * company's ("MC Stanmore", "the EU China summit"). */
      if (p->b - p->a == 1
          && ((first_name_flags (scan, first) & NAME_WORD_FIRST) || (first->capitals && strlen (first->key) <= 2)))
        continue;
      guint b = q->b;
      drop_spans (scan, q->a, q->b, p);
      p->b = b;
      for (guint i = p->a; i < b; i++)
        word_at (scan, i)->span = (gint) k;
      g_free (p->canonical);
      p->canonical = words_text (scan, p->a, b);
      /* The arm is not the company the lists know: their id names the
       * parent. */
      g_clear_pointer (&p->kb, g_free);
    }
}

/* The end of the capitalised words from @b that finish a company's or
 * a body's name a place's name opens, 0: none.  Their last word an
 * organisation's head (cues.tsv org-head), as in every such name of
 * eng.train's ("U.S. Treasury", "Sudan Airways", "Karachi Stock
 * Exchange"): a name of another kind after a place is a second name
 * ("Stanmore Corvina", a headline's "Ruritania Jane Doe").  The words
 * either one span of the tagger's or a rule's, ORG, over all of them,
 * or words no name holds ("Ruritania Petrochemicals Limited"). */
static guint
name_goes_on (const Scan *scan, guint b, guint n)
{
  guint e = b;
  while (e < n && word_at (scan, e)->upper && !word_at (scan, e)->sentence_start
         && (e == b || !word_at (scan, e)->glued) && g_ascii_isalpha (word_at (scan, e)->key[0]))
    e++;
  if (e == b || (e < n && word_at (scan, e)->glued) || !(word_at (scan, e - 1)->cue & CUE_ORG_HEAD)
      || word_at (scan, e - 1)->capitals)
    return 0;
  const Span *q = span_at (scan, word_at (scan, b)->span);
  if (q)
    return !q->dropped && q->a == b && q->b == e && strcmp (q->label, "ORG") == 0 && q->source < SOURCE_GAZETTEER
               ? e
               : 0;
  for (guint i = b + 1; i < e; i++)
    if (word_at (scan, i)->span >= 0)
      return 0;
  return e;
}

void
mend_place_led_companies (Scan *scan)
{
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b >= n || strcmp (p->label, "GPE") != 0)
        continue;
      const Word *next = word_at (scan, p->b);
      if (!next->upper || next->glued || next->sentence_start || is_possessive (word_at (scan, p->b - 1)))
        continue;
      guint e = name_goes_on (scan, p->b, n);
      if (e == 0)
        continue;
      guint a = p->a;
      drop_spans (scan, a, e, NULL);
      Span *s = claim (scan, a, e, "ORG", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, a, e);
    }
}
