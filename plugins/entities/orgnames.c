/* orgnames.c: organisations' names the tagger cuts or mislabels by the
 * shape of their words.  A body's name holding a lowercase connector
 * after its head ("Institute for Fiscal Studies", "Network for Good",
 * "Campaign for Nuclear Disarmament"): the tagger stops at "for" and
 * labels the part after it alone, often a person.  A company named by
 * an English word the lists leave out ("Yahoo", "Oxfam"), in a list of
 * companies or bodies ("Google, Yahoo, Ebay and Amazon"): the tagger
 * calls it a person.  Both read only the words around the name and
 * cues.tsv's kinds, no list of names. */

#include "entities.h"

#include <string.h>

/* The most words a joined name's part before or after the connector
 * runs to: "Campaign for Nuclear Disarmament", "National Society for the
 * Prevention of Cruelty", never a sentence of capitals. */
#define PART_MAX 4

/* Whether @w is a name's capitalised word: a capital letter, not a
 * digit (Word.upper counts both), not a sentence's opening function
 * word ("The Campaign"). */
static gboolean
capital_word (const Word *w)
{
  return w->upper && is_name_word (w) && !g_ascii_isdigit ((guchar) w->text[0]) && !is_possessive (w);
}

/* Whether @w heads a body's name before a connector: cues.tsv's
 * organisation heads (Institute, Association, Council), what a body is
 * (kind org-word: Campaign, Society, Fund) and the nouns for bodies
 * (kind org-noun: Network), written with a capital. */
static gboolean
body_head (const Word *w)
{
  return capital_word (w) && (w->cue & (CUE_ORG_HEAD | CUE_ORG_WORD | CUE_ORG_NOUN)) && !(w->cue & CUE_FUNCTION);
}

/* Whether the words [a, b) before a connector can open a body's name:
 * capitalised words only (a span reaching over "of the" is a phrase
 * already: "Members of the Bank" before "of England"), and no title
 * ("Lord Chief Justice of England" is a person's office). */
static gboolean
head_part (const Scan *scan, guint a, guint b)
{
  for (guint i = a; i < b; i++)
    {
      const Word *w = word_at (scan, i);
      if (!w->upper || (w->cue & (CUE_ROLE | CUE_HONORIFIC)))
        return FALSE;
    }
  return TRUE;
}

/* Whether the words [a, b) after a connector can be the rest of a
 * body's name: no listed company or person there ("left the Bank for
 * Barclays", "the Foundation for John Smith"), no event, contest or
 * thing ("Club for Champions League games"), no day or word of when. */
static gboolean
name_rest (Scan *scan, guint a, guint b)
{
  for (guint i = a; i < b; i++)
    {
      const Word *w = word_at (scan, i);
      const Span *s = span_at (scan, w->span);
      if (w->cue & (CUE_TIME | CUE_WEEKDAY | CUE_ROLE | CUE_HONORIFIC | CUE_EVENT_HEAD | CUE_COMPETITION | CUE_COMPETITION_HEAD))
        return FALSE;
      /* An event or a thing ("Club for Champions League games"), a
       * nationality's adjective before its noun ("a Bank of American
       * shareholders"). */
      if (s && (strcmp (s->label, "MISC") == 0 || strcmp (s->label, "NORP") == 0))
        return FALSE;
      if (s && (strcmp (s->label, "PERSON") == 0 ? s->b - s->a > 1 : s->source == SOURCE_GAZETTEER && strcmp (s->label, "ORG") == 0))
        return FALSE;
      if (w->hint && w->hint_len == b - i && strcmp (w->hint->label, "ORG") == 0)
        return FALSE;
    }
  const Word *first = word_at (scan, a);
  /* A first name and a capital after it: a person ("for John Smith"). */
  return !(b - a > 1 && (first_name_flags (scan, first) & NAME_WORD_FIRST));
}

/* Joins a body's name the tagger cut at a lowercase connector: a head
 * (body_head()) right before "for", "of" or another cues.tsv connector
 * but "and" and "the", and a capitalised word right after it.  The name
 * runs back over the capitalised words before the head, or the span
 * that ends there when it is no listed place or person, and on over the
 * capitalised words after the connector (and any span they start).  Not
 * where the head has no capital ("votes for Labour"), nor after a name
 * that is no body's ("Smith for Chelsea", "Blair for Labour"). */
static void
join_connected (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 1; i + 1 < we; i++)
    {
      const Word *c = word_at (scan, i);
      if (c->upper || !(c->cue & CUE_CONNECTOR) || strcmp (c->key, "and") == 0 || strcmp (c->key, "the") == 0
          || !body_head (word_at (scan, i - 1)) || !capital_word (word_at (scan, i + 1)))
        continue;
      guint a = i - 1;
      const Span *left = span_at (scan, word_at (scan, i - 1)->span);
      if (left && (left->b != i || left->source > SOURCE_RULE || strcmp (left->label, "PERSON") == 0 || left->place))
        continue;
      if (left)
        a = left->a;
      else
        while (a > ws && i - a < PART_MAX && capital_word (word_at (scan, a - 1)) && word_at (scan, a - 1)->span < 0)
          a--;
      if (!head_part (scan, a, i))
        continue;
      guint b = i + 1;
      while (b < we && b - i <= PART_MAX && capital_word (word_at (scan, b)))
        b++;
      const Span *right = span_at (scan, word_at (scan, b - 1)->span);
      if (right && right->b > b)
        b = right->b;
      if (b - i > PART_MAX + 1 || !name_rest (scan, i + 1, b))
        continue;
      /* Words the lists claim for a place go into the name ("Movie
       * Association for America"): a claim around them. */
      drop_spans (scan, a, b, NULL);
      Span *s = claim (scan, a, b, "ORG", SOURCE_AROUND);
      if (s)
        s->canonical = words_text (scan, a, b);
      i = b;
    }
}

void
find_org_names (Scan *scan, guint ws, guint we)
{
  join_connected (scan, ws, we);
}
