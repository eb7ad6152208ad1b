/* works-before.c: the entities stage's rule for a work's title written
 * before the noun of its kind ("a Moon Harbour film", "the Captain Vane
 * franchise", "the Grey Lantern sequel"): CoNLL-2003 writes such a
 * title MISC ("the hit film Independence Day" and "plans Mission
 * sequel" alike), where the tagger, reading the run alone, takes it for
 * an organisation or a place, or cuts a hero's name to his surname.
 * The title is a work (Span.work), so spread_works() names the
 * document's other mentions too. */

#include "entities.h"

#include <string.h>

/* The longest title read before a noun, in words. */
enum { MAX_BEFORE = 4 };

/* Whether the work's noun at word @i heads its phrase: the sentence
 * ends, a mark, a function word or a verb follows ("the X film, which",
 * "the X film was", "the X film opened"); not another noun it modifies
 * ("the X film festival", "the X film industry"), where the run is a
 * festival's or a place's. */
static gboolean
noun_heads (const Scan *scan, guint i, guint we)
{
  if (i + 1 >= we)
    return TRUE;
  const Word *next = word_at (scan, i + 1);
  if (!g_ascii_isalnum (scan->text[next->start]))
    return !next->glued || strcmp (next->key, "-") != 0; /* "film-maker" */
  if (next->upper)
    return FALSE;
  /* A past tense, read by its ending: the nouns after a work's noun
   * ("festival", "industry", "fans") seldom end so. */
  gsize n = next->end - next->start;
  return (next->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_NAME_VERB | CUE_VERB)) != 0
         || (n > 4 && scan->text[next->end - 2] == 'e' && scan->text[next->end - 1] == 'd');
}

/* Whether word @k of a run before a work's noun is no title's: a word
 * cues.tsv writes capitalised as a function word (a medium, a month, a
 * feast: "the TV film", "a Christmas album"), a title or form of
 * address, or a compound adjective ("an Oscar-nominated film", "a
 * London-based magazine"). */
static gboolean
no_title_word (const Scan *scan, guint k)
{
  const Word *w = word_at (scan, k);
  if (w->glued || (w->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_ROLE | CUE_HONORIFIC)))
    return TRUE;
  /* A number, a decade, an ordinal ("the 1960s film", "a 12th
   * album"), or an acronym: a broadcaster's or a chart's ("the ZTV
   * film", "the ZTV Two sitcom"). */
  if (!g_ascii_isalpha (w->text[0]) || (w->capitals && w->end - w->start > 1))
    return TRUE;
  if (w->hyphen)
    {
      const char *dash = strrchr (w->text, '-');
      return dash && g_ascii_islower (dash[1]);
    }
  return FALSE;
}

/* Whether the name the tagger, a rule or the lists found over words
 * [a, b) stands as it is before the noun: the lists' name, whole
 * (a country, a city or a company: where the work comes from or who
 * made it, "a Hollywood film", "the BBC film"), a rule's (a band's, a
 * body's), a nationality ("a French film"), or a person's name before a
 * noun of one work (@series FALSE: "the Mike Brennan film" is his);
 * before a noun of a set of works (@series: a work-of noun, "sequel",
 * "remake", "franchise", or a plural) a person's name is the hero's
 * ("the Captain Vane franchise", "the Kit Marlow films").  A name of the tagger's or the lists' over part of the
 * run only is the title's piece ("the Kansas Smith films": Kansas). */
static gboolean
name_stands (const Scan *scan, guint a, guint b, gboolean series)
{
  /* One word the lists hint at, a company's, a place's or a people's
   * ("the Kelvor books", "a Ruritanian film"), whatever the tagger
   * made of it. */
  const Word *first = word_at (scan, a);
  const GazetteerEntry *listed = first->known.single ? first->known.single : first->hint;
  if (b - a == 1 && listed && strcmp (listed->label, "PERSON") != 0)
    return TRUE;
  /* A place of two words or more the lists know whole, though they
   * claim it later or only hint at it ("a North Quay musical"): where
   * the work is staged or set, not its title. */
  if (b - a >= 2 && first->hint && first->hint_len == b - a
      && (strcmp (first->hint->label, "GPE") == 0 || strcmp (first->hint->label, "LOC") == 0))
    return TRUE;
  for (guint k = a; k < b; k++)
    {
      const Span *held = span_at (scan, word_at (scan, k)->span);
      if (!held || held->dropped)
        continue;
      if (held->a < a || held->b > b || held->work)
        return TRUE; /* a longer name, or a title already */
      if (strcmp (held->label, "NORP") == 0)
        return TRUE;
      /* The tagger's one word MISC: an adjective of origin oftenest, as
       * CoNLL-2003 writes nationalities and continents' adjectives MISC
       * ("the Ruritanian version", "a Continental remake"), which a
       * later rule may make NORP; a title of one word stays MISC
       * without the claim. */
      if (b - a == 1 && held->source < SOURCE_RULE && strcmp (held->label, "MISC") == 0)
        return TRUE;
      gboolean whole = held->a == a && held->b == b;
      if (!whole)
        continue;
      if (strcmp (held->label, "PERSON") == 0)
        return !series;
      /* The tagger's place of two words or more: where the work is
       * staged or set ("a North Quay musical", "the Far Vale trilogy"),
       * one word a title's as often ("the Kelvor sequel"). */
      if (b - a >= 2 && (strcmp (held->label, "LOC") == 0 || strcmp (held->label, "GPE") == 0))
        return TRUE;
      if (held->source >= SOURCE_RULE || held->listed || held->place)
        return TRUE;
    }
  return FALSE;
}

void
find_titles_before_nouns (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 2; i < we; i++)
    {
      /* Most words: lowercase after a lowercase word, told by two bits. */
      const Word *w = word_at (scan, i);
      if (w->upper || !word_at (scan, i - 1)->upper)
        continue;
      /* The capitalised run before the noun, after a lowercase word
       * ("a", "the", "next", "third"): a sentence's first word may be
       * any word's.  Read before the noun's plural is looked up: most
       * lowercase words after a capital ("Mr Hale says") have no run
       * after a lowercase word before them. */
      guint a = i;
      while (a > ws && i - a < MAX_BEFORE + 1 && word_at (scan, a - 1)->upper && !word_at (scan, a - 1)->sentence_start)
        a--;
      if (a == i || i - a > MAX_BEFORE || a == ws || !g_ascii_isalpha (scan->text[word_at (scan, a - 1)->start]))
        continue;
      const Word *lead = word_at (scan, a - 1);
      if (lead->upper && !(lead->sentence_start && (strcmp (lead->key, "the") == 0 || strcmp (lead->key, "a") == 0)))
        continue;
      /* The noun, or its plural ("the Moon Harbour films"); a verb or a
       * function word is neither. */
      Cue cue = w->cue;
      gboolean plural = FALSE;
      if (!(cue & CUE_WORK_NOUN) && !(cue & (CUE_FUNCTION | CUE_VERB | CUE_NAME_VERB)) && w->end - w->start > 3
          && scan->text[w->end - 1] == 's' && plural_has_cue (scan, w->key, CUE_WORK_NOUN))
        {
          plural = TRUE;
          cue = CUE_WORK_NOUN | (plural_has_cue (scan, w->key, CUE_WORK_VERB) ? CUE_WORK_VERB : 0)
                | (plural_has_cue (scan, w->key, CUE_WORK_MODIFIED) ? CUE_WORK_MODIFIED : 0);
        }
      if (!(cue & CUE_WORK_NOUN) || !noun_heads (scan, i, we))
        continue;
      /* Not the end of a longer title ("The Lord of the Rings trilogy":
       * not "Rings"), an upper word before its lowercase title words:
       * the whole title, where it is one (works-joined.c), before any
       * work's noun ("the Voyage of the Sea Dragon series"). */
      guint k = a - 1;
      while (k > ws && title_word (word_at (scan, k)))
        k--;
      if (k < a - 1 && word_at (scan, k)->upper)
        {
          joined_title_before (scan, ws, a, i);
          continue;
        }
      if (cue & CUE_WORK_MODIFIED)
        continue;
      /* A plural of works after a name with no "the" is its maker's as
       * often ("the chief of Harbour Lamp films", "Kestrel games"): a
       * set of works named by its first title or its hero takes "the"
       * ("the Kit Marlow films"); a work-of noun names the set whatever
       * is before it ("a number of Kelvor sequels"). */
      if (plural && !(cue & CUE_WORK_VERB) && strcmp (lead->key, "the") != 0)
        continue;
      /* One word is the noun's modifier oftener than a title, a place,
       * a people or a company, though neither the tagger nor the lists
       * know it yet ("a Ruritanian film", "the Kelvor books", "the
       * Windows version"); only before a sequel or a franchise is it the
       * first title's or the hero's ("the Kelvor sequels"). */
      if (i - a == 1 && (!(cue & CUE_WORK_VERB) || (first_name_flags (scan, word_at (scan, a)) & NAME_WORD_ENGLISH)))
        continue;
      gboolean bad = FALSE;
      for (guint m = a; m < i && !bad; m++)
        bad = no_title_word (scan, m);
      /* A work-of noun ("sequel", "remake", "franchise": cues.tsv) or
       * a plural names a set of works ("the Kit Marlow films"). */
      gboolean series = (cue & CUE_WORK_VERB) || plural;
      if (bad || name_stands (scan, a, i, series))
        continue;
      claim_title (scan, a, i);
    }
}
