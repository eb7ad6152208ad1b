/* orgpairs.c: a body's name whose head follows two subjects joined by
 * "and" or "&" ("the Fenland and General Workers' Union", "the Copper
 * and Brass Association").  The tagger cuts such a name at the
 * connector, and a possessive mark inside it ("Workers'", "Worker's")
 * cuts it again: "Fenland" ORG, "Union" ORG, or "Worker" PERSON after
 * the "&" join's "Fenland & General".  CoNLL writes the whole as one
 * organisation in eng.train ("Securities and Exchange Commission",
 * "Truth and Reconciliation Commission", "European Coal and Steel
 * Community", "Copper and Brass Servicenter Association").  Reads only
 * the words' shapes and cues.tsv's kinds, no list of names. */

#include "entities.h"

#include <string.h>

/* The most words either side of the connector: "Food and Drug
 * Administration", "Transport and General Workers' Union". */
#define SIDE_MAX 4

/* Words no body's subject is: a title, a word of when, a verb, a
 * sentence's opening function word. */
#define NOT_SUBJECT (CUE_ROLE | CUE_HONORIFIC | CUE_TIME | CUE_WEEKDAY | CUE_VERB | CUE_FUNCTION)

static gboolean
subject_word (const Word *w)
{
  return w->upper && is_name_word (w) && !g_ascii_isdigit ((guchar) w->text[0]) && !(w->cue & NOT_SUBJECT);
}

/* A word after the connector: a subject's, or a title's modifier
 * inside the name ("General" in "Transport and General Workers'
 * Union", cues.tsv role and modifier), never the name's head. */
static gboolean
inner_word (const Word *w)
{
  return subject_word (w)
         || (w->upper && (w->cue & CUE_MODIFIER) && !g_ascii_isdigit ((guchar) w->text[0])
             && !(w->cue & (NOT_SUBJECT & ~CUE_ROLE)));
}

/* Whether @w is a plain English word of a subject (english-words.tsv),
 * no first name nor a body CoNLL writes alone: two companies' or
 * bodies' names joined ("Ardley and Tarn Motors", "the Foreign Office
 * and Fenwick Laboratories") hold a word no English list has, or a
 * first name, or a head before the connector. */
static gboolean
plain_word (Scan *scan, const Word *w)
{
  guint flags = first_name_flags (scan, w);
  return (flags & NAME_WORD_ENGLISH) && !(flags & (NAME_WORD_FIRST | NAME_WORD_INSTITUTION));
}

/* Whether word @k is a people's adjective the lists know (NORP:
 * "Ruritanian"), no span's but its own one-word one, and no person of
 * it ("Scotsman"): what opens a body's name ("the British Securities
 * and Investments Board", eng.train's one organisation). */
static gboolean
nationality_at (const Scan *scan, guint k)
{
  const Word *w = word_at (scan, k);
  const Span *q = span_at (scan, w->span);
  if (!w->upper || w->capitals || !w->known.single || strcmp (w->known.single->label, "NORP") != 0
      || g_str_has_suffix (w->key, "man") || g_str_has_suffix (w->key, "men"))
    return FALSE;
  return !q || (q->a == k && q->b == k + 1 && strcmp (q->label, "NORP") == 0)
         || (q->a == k && strcmp (q->label, "MISC") == 0);
}

/* Whether the span @s may be taken into the joined name: a name the
 * tagger or a rule found (a listed company, place or person is a name
 * of its own: "Shell and BP Union" is two), an organisation or a
 * "person" with no first name ("Worker" before "'s Union"). */
static gboolean
loose_piece (Scan *scan, const Span *s)
{
  if (s->source >= SOURCE_GAZETTEER && s->source != SOURCE_AROUND)
    return FALSE;
  if (s->place)
    return FALSE;
  if (strcmp (s->label, "ORG") == 0)
    return TRUE;
  if (strcmp (s->label, "PERSON") != 0)
    return FALSE;
  for (guint k = s->a; k < s->b; k++)
    if (first_name_flags (scan, word_at (scan, k)) & NAME_WORD_FIRST)
      return FALSE;
  return TRUE;
}

/* Joins the name about the connector at word @i ("and", "&") when the
 * capitalised words after it end at a body's head (cues.tsv org-head or
 * org-word: Union, Commission, Association) and nothing capitalised
 * runs on, a possessive mark allowed inside ("Workers' Union"), and
 * before it stand one or two capitalised words or the tagger's or a
 * rule's organisation (the "&" join's span holds the connector).  Not
 * after a place or a people ("Britain and European Union", "Welsh and
 * Scottish Association": two), a listed name, a person by a first name,
 * a list's comma, nor a title or a word of when. */
void
join_paired_body_at (Scan *scan, guint ws, guint we, guint i)
{
  if (i == ws || i + 2 >= we || !subject_word (word_at (scan, i - 1)) || !inner_word (word_at (scan, i + 1)))
    return;
  guint last = 0, n = 0;
  for (guint k = i + 1; k < we && n <= SIDE_MAX; k++)
    {
      const Word *w = word_at (scan, k);
      if (inner_word (w))
        last = k, n++;
      else if (!(is_possessive (w) && w->glued && k + 1 < we && inner_word (word_at (scan, k + 1))))
        break;
    }
  if (n < 2 || n > SIDE_MAX || !(word_at (scan, last)->cue & (CUE_ORG_HEAD | CUE_ORG_WORD)) || !subject_word (word_at (scan, last)))
    return;
  guint b = last + 1;
  /* The words after the connector: loose pieces only, none running on
   * past the head. */
  for (guint k = i + 1; k < b; k++)
    {
      const Span *s = span_at (scan, word_at (scan, k)->span);
      if (s && (s->b > b || !loose_piece (scan, s)))
        return;
    }
  const Span *left = span_at (scan, word_at (scan, i - 1)->span);
  guint a;
  gboolean nation = FALSE;
  /* The tagger's "Ruritanian Exhibition" MISC before the connector: a
   * people's adjective and English words, the name's opening. */
  if (left && strcmp (left->label, "MISC") == 0 && left->b == i && left->a + 1 < i && left->a + SIDE_MAX >= i
      && nationality_at (scan, left->a))
    a = left->a, nation = TRUE;
  else if (left)
    {
      if (!loose_piece (scan, left) || strcmp (left->label, "ORG") != 0 || left->b - left->a > SIDE_MAX
          || (left->b != i && !(left->a < i && left->b <= b)))
        return;
      a = left->a;
    }
  else
    {
      a = i - 1;
      if (a > ws && word_at (scan, a - 1)->span < 0 && subject_word (word_at (scan, a - 1)))
        a--;
    }
  /* A people's adjective right before the name opens it ("the
   * Ruritanian Exhibition and Conference Centre"). */
  if (!nation && a > ws && nationality_at (scan, a - 1) && !word_at (scan, a - 1)->sentence_start)
    a--, nation = TRUE;
  /* A list's last two items ("the Ministry, Navy and Air Force"), or
   * a body's head before the connector: two names. */
  if ((word_at (scan, i - 1)->cue & CUE_ORG_HEAD) || (a > ws && word_at (scan, a - 1)->text[0] == ','))
    return;
  for (guint k = a; k < last; k++)
    {
      const Word *w = word_at (scan, k);
      if (k == i || (k > i && is_possessive (w)) || (k < i && w->text[0] == '&') || (nation && k == a))
        continue;
      if ((k < i && !subject_word (w)) || !plain_word (scan, w))
        return;
    }
  /* Two companies the lists hold ("Ardley and General Motors"). */
  if (name_listed (scan->e->companies, scan, a, i) || name_listed (scan->e->companies, scan, i + 1, b))
    return;
  /* Already one name. */
  const Span *whole = span_at (scan, word_at (scan, a)->span);
  if (whole && whole->a == a && whole->b == b)
    return;
  drop_spans (scan, a, b, NULL);
  Span *s = claim (scan, a, b, "ORG", SOURCE_AROUND);
  if (s)
    s->canonical = words_text (scan, a, b);
}
