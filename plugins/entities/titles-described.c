/* titles-described.c: works' titles known by how the document
 * describes them elsewhere (a noun phrase naming a kind of work after
 * the title), moved out of titles.c as it was to keep each file under
 * 1,200 lines. */

#include "entities.h"

#include <string.h>

/* Whether word @i is what may follow a kind of work at the end of the
 * noun phrase naming it: no word, a mark, or a lowercase word a cue
 * marks as no noun (a verb, a function word, a connector: "a novel
 * which", "a film of"; after a comma (@apposition) no verb); "a film
 * star", "a games company" go on to another noun. */
static gboolean
phrase_ends (const Scan *scan, guint i, gboolean apposition)
{
  if (i >= scan->words->len)
    return TRUE;
  const Word *w = word_at (scan, i);
  if (!g_ascii_isalpha (scan->text[w->start]))
    return !is_possessive (w); /* "a film's star" names the star */
  /* After a comma a verb makes the phrase the clause's subject, and
   * the name before the comma someone else: "Directed by Antoine
   * Fuqua, the film was poorly received". */
  Cue ends = apposition ? CUE_FUNCTION | CUE_CONNECTOR : CUE_VERB | CUE_NAME_VERB | CUE_FUNCTION | CUE_CONNECTOR;
  return !w->upper && (w->cue & ends) && !(apposition && (w->cue & (CUE_VERB | CUE_NAME_VERB)));
}

/* The title the tagger's name @p is, said of it right after it: "is"
 * or "was" and an article ("Wolf Brother is an enchanting book"), or a
 * comma and an article ("Grange Hill, the school drama"), then up to
 * three lowercase words and a noun whose first sense is a kind of work
 * (work-nouns.tsv kind any: book, novel, film, drama; not series or
 * story, whose first sense is none) ending the phrase
 * (phrase_ends()). */
static gboolean
described_as_work (const Scan *scan, const Span *p)
{
  guint n = scan->words->len, i = p->b;
  if (i + 2 >= n)
    return FALSE;
  const Word *link = word_at (scan, i);
  gboolean copula = strcmp (link->key, "is") == 0 || strcmp (link->key, "was") == 0;
  if (!copula && strcmp (link->text, ",") != 0)
    return FALSE;
  const Word *article = word_at (scan, i + 1);
  if (strcmp (article->key, "a") != 0 && strcmp (article->key, "an") != 0 && strcmp (article->key, "the") != 0)
    return FALSE;
  for (guint j = i + 2; j < n && j < i + 6; j++)
    {
      const Word *w = word_at (scan, j);
      /* A work-of noun is a work too ("Fat Albert, a live-action
       * adaptation of the cartoon", "Shrek 2, the sequel to Shrek"). */
      if (w->upper || !g_ascii_isalpha (scan->text[w->start])
          || (w->cue & ~(CUE_MODIFIER | CUE_WORK_NOUN | CUE_TITLE_WORD))
                 & ~((w->cue & CUE_WORK_NOUN) ? CUE_WORK_VERB : 0))
        return FALSE;
      /* ... but not after a person's name ("Tony Blair, the version
       * of events he gave"): a work-of noun is no noun of a work alone. */
      if ((w->cue & CUE_WORK_NOUN) && !(w->cue & CUE_WORK_MODIFIED) && phrase_ends (scan, j + 1, !copula))
        return !(w->cue & CUE_WORK_VERB) || !opens_person (scan, p->a);
    }
  return FALSE;
}

/* Whether the tagger's person @p opens with a first name
 * (first-names.tsv) and the document says another mention of that name
 * is a person's: a reporting verb after it ("Kate Moss said") or a kind
 * of person apposed ("Kate Moss, the model,"; person-nouns.tsv).
 * spread_works() would make that person the work at every mention
 * ("Kate Moss, the film, premiered"); the tagger's own reading of the
 * other mention is no evidence ("Mary Poppins made millions"). */
static gboolean
named_elsewhere_as_person (const Scan *scan, const Span *p)
{
  const Word *first = word_at (scan, p->a);
  guint n = scan->words->len;
  if (strcmp (p->label, "PERSON") != 0
      || !(word_map_get (scan->e->first_names, first->key, first->hash) & NAME_WORD_FIRST))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      const Span *q = span_at (scan, word_at (scan, i)->span);
      if (i == p->a || !q || q == p || q->a != i || q->dropped || q->b >= n
          || strcmp (word_at (scan, i)->key, first->key) != 0)
        continue;
      const Word *next = word_at (scan, q->b);
      if ((next->cue & CUE_VERB) && !next->upper)
        return TRUE;
      if (q->b + 2 < n && strcmp (next->text, ",") == 0
          && (strcmp (word_at (scan, q->b + 1)->key, "the") == 0 || strcmp (word_at (scan, q->b + 1)->key, "a") == 0))
        {
          const Word *kind = word_at (scan, q->b + 2);
          if (!kind->upper && (word_map_get (scan->e->first_names, kind->key, kind->hash) & NAME_WORD_PERSON_NOUN))
            return TRUE;
        }
    }
  return FALSE;
}

/* A work's title no kind of work stands before, which the text says is
 * one right after it (described_as_work()): the tagger's name of one to
 * five words (a person's, a place's: "Wolf Brother" PERSON), not a
 * listed name, MISC; spread_works() then names its other mentions.  Not
 * "Tom Hanks is a film star", "Sony is a games company" (another noun
 * after the work's), nor "Brown is the story" (a story is first no
 * work), nor a person's name written again (named_elsewhere_as_person()). */
void
find_described_works (Scan *scan)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->work || p->source != SOURCE_TAGGER || p->listed || p->place || p->b - p->a > 5
          || word_at (scan, p->a)->capitals || !described_as_work (scan, p) || named_elsewhere_as_person (scan, p))
        continue;
      claim_title (scan, p->a, p->b); /* p may move: not read after */
    }
}
