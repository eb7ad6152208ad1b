/* works-linked.c: the entities stage's rule for titles of works whose
 * capitalised words are joined by a lowercase "of" or "and" ("Winter of
 * the Long Knives", "The Fox and the Lantern") and that no work's noun
 * stands right before: the tagger cuts them there into two names, a
 * person and an organisation, or leaves a piece unnamed.  Where the
 * sentence speaks of a work (a kind of work in lowercase, a work's verb
 * or credit: "the film", "starred in", "starring"), the whole run is the
 * work's title, MISC; spread_works() then names its other mentions. */

#include "entities.h"

#include <string.h>

/* How far from the run, in words, the sentence's work word may stand:
 * a clause's length ("beat Winter of the Long Knives to the best film
 * prize"), not another clause's work. */
enum { WORK_WORD_REACH = 12 };

/* Whether a word within WORK_WORD_REACH of the run [a, b), in the
 * sentence [ws, we) (anywhere in it where @a == @b), says a work is
 * spoken of: a kind of work in
 * lowercase by its first sense (work-nouns.tsv kind any: "film",
 * "novel", "album"), a song's noun, or a work's verb or credit
 * (cues.tsv: "starred in", "co-wrote", "starring"). */
static gboolean
work_word_near (const Scan *scan, guint ws, guint we, guint a, guint b)
{
  /* a == b: anywhere in the sentence. */
  guint from = a == b || a <= ws + WORK_WORD_REACH ? ws : a - WORK_WORD_REACH;
  guint to = a == b ? we : MIN (we, b + WORK_WORD_REACH);
  for (guint k = from; k < to; k++)
    {
      const Word *w = word_at (scan, k);
      if (k >= a && k < b)
        continue;
      if (w->upper)
        continue;
      /* A work-of noun speaks of what it copies, which may be no work
       * ("a version of the Statue of Liberty"). */
      if (w->cue & CUE_WORK_NOUN)
        {
          if (!(w->cue & (CUE_WORK_MODIFIED | CUE_WORK_VERB)))
            return TRUE;
          continue;
        }
      /* "stars" and "role" say a work only before "in" ("stars in",
       * not "rock stars enter"). */
      if ((w->cue & (CUE_SONG_NOUN | CUE_WORK_VERB | CUE_WORK_CREDIT))
          || ((w->cue & CUE_WORK_IN) && k + 1 < we && strcmp (word_at (scan, k + 1)->key, "in") == 0))
        return TRUE;
    }
  return FALSE;
}

/* Whether the run [a, b) is no work's title though joined so: a word
 * that heads or shapes a body's, a place's, an event's or an office's
 * name ("Bank of England", "Isle of Man", "Bishop of Durham", "Council
 * of Europe"), an acronym, a person's name opening it or after "and
 * the", or a name the
 * lists claim, a work's or one reaching past the run ("the Vale of
 * York", "Oscar-winning ..."); a name the tagger or a rule gave the
 * whole run other than the tagger's own is kept too.  @both: the run
 * has "and the" before the "of" at @link, whose title may open with a
 * first name. */
static gboolean
not_linked_title (const Scan *scan, guint a, guint link, guint b, gboolean both)
{
  /* A function or title word opens no person's name, though the lists
   * may know it for a first name ("My Winter" read as a person); the
   * cue map's kinds are masked on capitalised words, so it is asked. */
  const Word *first = word_at (scan, a);
  if (!both && opens_person (scan, a)
      && !(cue_map_rules (scan->e->cues, first->key, first->hash) & (CUE_FUNCTION | CUE_CONNECTOR | CUE_TITLE_WORD)))
    return TRUE;
  /* After "and the" a person is a second name ("Tom Hale and the Ray
   * Cole Band"); after "of" a first name is often a common word too
   * ("Winter of Rain"), and an office before it is refused below. */
  guint after = link + 2;
  if (word_at (scan, link)->key[0] == 'a' && after < b && opens_person (scan, after))
    return TRUE;
  /* A title or an office before it: a person's ("Lord Hale of the
   * Marsh"), or the office's own ("Chancellor of the Exchequer"). */
  if (a > 0 && (word_at (scan, a - 1)->cue & (CUE_ROLE | CUE_HONORIFIC)))
    return TRUE;
  for (guint k = a; k < b; k++)
    {
      const Word *w = word_at (scan, k);
      if (w->capitals
          || (w->upper && (w->cue & (CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_EVENT_HEAD | CUE_ROLE | CUE_HONORIFIC | CUE_ORG_WORD))))
        return TRUE;
      const Span *held = span_at (scan, w->span);
      if (held && !held->dropped
          && (held->source >= SOURCE_GAZETTEER || held->listed || held->work || held->a < a || held->b > b
              || (held->a == a && held->b == b && held->source != SOURCE_TAGGER)))
        return TRUE;
    }
  return FALSE;
}

/* Whether the document writes the run [a, b) again elsewhere, word for
 * word: a title is named whole at each mention, two names joined by
 * "and the" seldom twice so.  A walk over the document, asked only for
 * a run so joined in a document that speaks of works, with a work's
 * word near it: a few times a document at most. */
static gboolean
named_again (const Scan *scan, guint a, guint b)
{
  guint len = b - a, n = scan->words->len;
  const char *key = word_at (scan, a)->key;
  for (guint k = 0; k + len <= n; k++)
    {
      if (k == a || word_at (scan, k)->key[0] != key[0] || strcmp (word_at (scan, k)->key, key) != 0)
        continue;
      guint j = 1;
      while (j < len && strcmp (word_at (scan, k + j)->key, word_at (scan, a + j)->key) == 0)
        j++;
      if (j == len)
        return TRUE;
    }
  return FALSE;
}

void
find_linked_titles (Scan *scan, guint ws, guint we)
{
  /* Most sentences name no work's word at all (the sentence's cues,
   * read once by look_up_words()): nothing to walk. */
  if (!(scan->sentence_cues & (CUE_WORK_NOUN | CUE_SONG_NOUN | CUE_WORK_IN | CUE_WORK_VERB | CUE_WORK_CREDIT)))
    return;
  gint worky = -1; /* work_word_near() over the whole sentence, asked at the first joint */
  for (guint i = ws + 1; i + 1 < we; i++)
    {
      /* Cheap first: a lowercase "of" or "and" after a capitalised word. */
      const Word *w = word_at (scan, i);
      if (w->upper || !(w->cue & CUE_CONNECTOR) || !word_at (scan, i - 1)->upper || word_at (scan, i - 1)->glued
          || (strcmp (w->key, "of") != 0 && strcmp (w->key, "and") != 0))
        continue;
      /* Most sentences with such a joint ("Bank of England") name no
       * work: the sentence is asked once, before any run is read. */
      if (worky < 0)
        worky = work_word_near (scan, ws, we, ws, ws);
      if (!worky)
        return;
      guint a = i - 1;
      while (a > ws && word_at (scan, a - 1)->upper && !word_at (scan, a - 1)->glued && !word_at (scan, a)->glued)
        a--;
      /* The sentence's first word capitalised as the first, not as the
       * title's ("Sales of ...", "Most of the ..."); a title's "The" or
       * "A" stays. */
      const Word *first = word_at (scan, a);
      if (a == ws && a < i - 1 && !(first->cue & CUE_FUNCTION) && (first_name_flags (scan, first) & NAME_WORD_ENGLISH))
        a++;
      else if (a == ws && a == i - 1 && (first_name_flags (scan, first) & NAME_WORD_ENGLISH))
        continue;
      /* A title with both joints ("Harry Mole and the Keeper of Keys"):
       * the run before a lowercase "and the" opens it, a first name
       * too, for "of" after it says a title goes on, not a person's
       * company ("Tom Hale and the Band"). */
      guint open = a;
      if (w->key[0] == 'o' && a == i - 1 && a >= ws + 3 && !word_at (scan, a - 1)->upper
          && strcmp (word_at (scan, a - 1)->key, "the") == 0 && !word_at (scan, a - 2)->upper
          && strcmp (word_at (scan, a - 2)->key, "and") == 0 && word_at (scan, a - 3)->upper
          && !word_at (scan, a - 3)->glued)
        {
          open = a - 3;
          while (open > ws && word_at (scan, open - 1)->upper && !word_at (scan, open - 1)->glued
                 && !word_at (scan, open)->glued)
            open--;
          if (open == ws && (first_name_flags (scan, word_at (scan, open)) & NAME_WORD_ENGLISH))
            open = a;
        }
      gboolean both = open < a;
      a = open;
      if (!g_ascii_isalpha (scan->text[word_at (scan, a)->start]))
        continue;
      /* "and" joins two names far more often than it is inside one
       * ("Rosneft and Gazprom", "Tom Hale and the Band"): only "and the"
       * is read so, in a title opening with its article ("The Fox and
       * the Lantern") or one the document writes whole again
       * (named_again()). */
      gboolean joined = w->key[0] == 'a';
      if (joined && (strcmp (word_at (scan, i + 1)->key, "the") != 0 || word_at (scan, i + 1)->upper))
        continue;
      guint b = title_end (scan, a, we, FALSE);
      /* Two titles joined after it ("Winter of Ash and Summer Rain",
       * "Day of Ash and Tom Hale"): "and" before two capitalised words
       * or a first name ends it. */
      for (guint k = i + 2; k + 1 < b; k++)
        if (!word_at (scan, k)->upper && strcmp (word_at (scan, k)->key, "and") == 0
            && ((k + 2 < b && word_at (scan, k + 1)->upper && word_at (scan, k + 2)->upper) || opens_person (scan, k + 1)))
          {
            b = k;
            break;
          }
      /* A run named whole again may open with a first name too ("Harry
       * Mole and the Copper Key", twice). */
      gboolean again = joined && strcmp (word_at (scan, a)->key, "the") != 0;
      if (b <= i + 1 + (joined ? 1 : 0) || not_linked_title (scan, a, i, b, both || again))
        continue;
      /* Runs so joined are rare: the reach is read for each. */
      if (work_word_near (scan, ws, we, a, b) && !(again && !named_again (scan, a, b)))
        {
          claim_title (scan, a, b);
          i = b - 1;
        }
    }
}
