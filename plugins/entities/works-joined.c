/* works-joined.c: the entities stage's rule for a title with lowercase
 * joiners inside written before the noun of its kind, the noun in the
 * plural too ("the Terror on Maple Lane films", "the Lady of the Lake
 * books"): the tagger cuts such a run at its "on" or "of" into two
 * names, a place oftenest ("Terror" LOC, "Maple Lane" LOC), and
 * titles.c's title_before_noun() reads only the singular and no
 * place's head.  CoNLL-2003's eng.train writes a title with its
 * lowercase words as one MISC ("Butch Cassidy and the Sundance Kid",
 * "All the President's Men"; 26 MISC names hold a lowercase "of",
 * "on", "for", "and" or "the" inside), never cut at them.  And a title
 * joined by a capitalised "Vs" ("Goblin Vs Wizard"), below. */

#include "entities.h"

#include <string.h>

/* The most words a joined title before its noun holds. */
enum { MAX_JOINED = 10 };

/* Whether the capitalised word @k of a joined title, after the
 * lowercase word @joiner (NULL: none yet), may be the title's: none is
 * in a name the lists claim or a rule's person ("Smith of Leeds": a
 * place the lists know), nor a body's, a place's or an event's head or
 * a title (may_be_title()'s test: "the University of Kent film"); but a
 * title before "of the" names no one ("Lord of the Rings"), and a
 * place's head ending a piece after "on", "from" or "the" is the
 * title's own ("Terror on Maple Lane", "Lady of the Lake"): a place
 * after "in" or "at" follows a title as often ("the Hamlet at the Old
 * Vic production"). */
static gboolean
word_may_be_title (const Scan *scan, guint k, guint i, const Word *joiner)
{
  const Word *w = word_at (scan, k);
  const Span *held = span_at (scan, w->span);
  if (held && !held->dropped
      && (held->work || held->source >= SOURCE_GAZETTEER || held->listed
          || (held->source == SOURCE_RULE && strcmp (held->label, "PERSON") == 0)))
    return FALSE;
  Cue cue = cue_map_rules (scan->e->cues, w->key, w->hash);
  if (k + 2 < i && strcmp (word_at (scan, k + 1)->text, "of") == 0 && strcmp (word_at (scan, k + 2)->text, "the") == 0)
    cue &= ~(Cue) (CUE_ROLE | CUE_HONORIFIC);
  if (joiner && (k + 1 == i || !word_at (scan, k + 1)->upper)
      && (strcmp (joiner->key, "on") == 0 || strcmp (joiner->key, "from") == 0 || strcmp (joiner->key, "the") == 0))
    cue &= ~(Cue) CUE_LOC_HEAD;
  return !(cue & (CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_EVENT_HEAD | CUE_ROLE | CUE_HONORIFIC));
}

/* Whether a capitalised piece of one word is a place the lists know,
 * claimed or hinted (cities.tsv's "Leeds"): after a person's name
 * ("Kerrigan of Leeds") it says where the person is from. */
static gboolean
listed_place (const Word *w)
{
  const GazetteerEntry *e = w->known.single ? w->known.single : (w->hint && !w->hint->faint ? w->hint : NULL);
  if (e == NULL)
    return FALSE;
  return strcmp (e->label, "GPE") == 0 || strcmp (e->label, "LOC") == 0
         || (e->hint && (strcmp (e->hint, "CITY") == 0 || strcmp (e->hint, "REGION") == 0));
}

/* Whether the run's first word @a reads as a person's: the tagger's or a
 * rule's person there, or a word english-words.tsv does not hold
 * ("Kerrigan", not "Merchant": "the Merchant of Venice film" is a
 * title with its place). */
static gboolean
person_first (const Scan *scan, guint a)
{
  const Word *w = word_at (scan, a);
  const Span *held = span_at (scan, w->span);
  if (held && !held->dropped && held->a == a && strcmp (held->label, "PERSON") == 0)
    return TRUE;
  guint flags = first_name_flags (scan, w);
  return (flags & NAME_WORD_FIRST) || !(flags & NAME_WORD_ENGLISH);
}

gboolean
joined_pieces_may_be_title (const Scan *scan, guint start, guint i)
{
  /* Each capitalised word may be a title's, the joiner before it
   * told; a run a person's name opens is a maker's or a hero's with a
   * place ("the Anna Keller of Kelvor films"), and a piece of one word
   * a place the lists know after a word that reads as a person's is
   * where the person is from ("the Kerrigan of Leeds album"). */
  const Word *joiner = NULL;
  for (guint k = start; k < i; k++)
    {
      const Word *w = word_at (scan, k);
      if (!w->upper)
        {
          joiner = w;
          continue;
        }
      gboolean opens = k == start || !word_at (scan, k - 1)->upper;
      gboolean alone = opens && (k + 1 == i || !word_at (scan, k + 1)->upper);
      if ((k == start && opens_person (scan, k)) || (alone && joiner && listed_place (w) && person_first (scan, start))
          || !word_may_be_title (scan, k, i, joiner))
        return FALSE;
    }
  return TRUE;
}

void
joined_title_before (Scan *scan, guint ws, guint a, guint i)
{
  /* Back over the pieces: lowercase title words (cues.tsv connector
   * and title-word: "of", "on", "the", "for"), capitalised words; not
   * "and", which joins two names before a noun oftener than a title's
   * words ("the Tarvo and Halvex films"). */
  guint start = a;
  while (start > ws + 1 && i - start < MAX_JOINED)
    {
      guint k = start - 1;
      while (k > ws && title_word (word_at (scan, k)) && strcmp (word_at (scan, k)->key, "and") != 0)
        k--;
      if (k == start - 1 || !word_at (scan, k)->upper || word_at (scan, k)->glued
          || !g_ascii_isalpha (scan->text[word_at (scan, k)->start]))
        break;
      guint p = k;
      while (p > ws && word_at (scan, p - 1)->upper && !word_at (scan, p - 1)->glued && !word_at (scan, p)->sentence_start
             && g_ascii_isalpha (scan->text[word_at (scan, p - 1)->start]))
        p--;
      if (i - p > MAX_JOINED)
        break;
      start = p;
    }
  /* A sentence's "The" opens the sentence as often as the title. */
  if (start == ws && strcmp (word_at (scan, ws)->text, "The") == 0)
    start++;
  if (start == a || start <= ws)
    return;
  /* Opened by "the" or an owner's possessive before it, or by its own
   * capitalised "The" ("the Lady of the Lake books", "the studio's
   * Terror on Maple Lane films"); not a maker's run with no article
   * ("Harbour Lamp of Kelvor films"). */
  const Word *before = word_at (scan, start - 1), *first = word_at (scan, start);
  if (!(strcmp (first->text, "The") == 0 && !first->sentence_start)
      && !((strcmp (before->key, "the") == 0 && (!before->upper || before->sentence_start)) || is_possessive (before)))
    return;
  if (joined_pieces_may_be_title (scan, start, i))
    claim_title (scan, start, i);
}

/* A title of two names set against each other with a capitalised "Vs"
 * or "Versus" ("Goblin Vs Wizard", "Robot Versus Pirate"), in a
 * document that speaks of works: the tagger reads the run as one
 * person's name.  Sport and business write "v", "vs" or "versus" in
 * lowercase between sides and figures (eng.train: 98 "vs"/"vs." and 7
 * "versus" in lowercase, all O, one "VS" in a heading in capitals; the
 * BBC archive's three capitalised ones are a film's, a song's and a
 * reviewer's phrase), so a capital one is a title's, MISC, a work.  Not
 * a side the lists claim (a club, a country), nor a heading in title
 * case, nor a run in capitals, nor an act's name after "by". */

/* The capitalised words of a side of "Vs" from word @k going by @step
 * (-1: back, 1: on), four at most, before @we: how many. */
static guint
versus_side (const Scan *scan, guint k, gint step, guint ws, guint we)
{
  guint n = 0;
  for (gint64 m = (gint64) k; m >= (gint64) ws && m < (gint64) we && n < 4; m += step, n++)
    {
      const Word *w = word_at (scan, (guint) m);
      if (!w->upper || !g_ascii_isalpha (w->text[0]) || (step > 0 && w->glued) || (step < 0 && w->sentence_start && n > 0)
          || (step < 0 && m + 1 < (gint64) we && word_at (scan, (guint) m + 1)->glued))
        break;
      const Span *held = span_at (scan, w->span);
      if (held && !held->dropped && (held->source >= SOURCE_GAZETTEER || held->listed || held->work))
        return 0;
    }
  return n;
}

gboolean
versus_title_at (Scan *scan, guint i)
{
  guint n = scan->words->len;
  const Word *w = word_at (scan, i);
  if (i == 0 || i + 1 >= n || w->glued || !word_at (scan, i - 1)->upper || w->sentence_start
      || (strcmp (w->key, "vs") != 0 && strcmp (w->key, "vs.") != 0 && strcmp (w->key, "versus") != 0)
      || !speaks_of_works (scan))
    return FALSE;
  guint before = versus_side (scan, i - 1, -1, 0, n), after = versus_side (scan, i + 1, 1, 0, n);
  if (before == 0 || after == 0)
    return FALSE;
  guint a = i - before, b = i + 1 + after;
  /* After "by" the run names who made a work, an act ("a song by
   * Moth Vs Comet"), no work. */
  if (a > 0 && !word_at (scan, a - 1)->upper && strcmp (word_at (scan, a - 1)->key, "by") == 0)
    return FALSE;
  /* Not a heading in title case: the sentence holds a lowercase word
   * of four letters or more. */
  guint ws = a, we = b;
  while (ws > 0 && !word_at (scan, ws)->sentence_start)
    ws--;
  while (we < n && !word_at (scan, we)->sentence_start)
    we++;
  gboolean sentence_case = FALSE;
  for (guint k = ws; k < we && !sentence_case; k++)
    {
      const Word *v = word_at (scan, k);
      sentence_case = !v->upper && v->end - v->start >= 4 && g_ascii_isalpha (v->text[0]);
    }
  if (!sentence_case)
    return FALSE;
  claim_title (scan, a, b);
  return TRUE;
}
