/* music.c: bands, record labels and performers by what music stories
 * write around them (issue 24).  The tagger, trained on CoNLL-2003's
 * newswire of 1996, knows few bands or stage names: a one-word band
 * ("Keane", "Busted") is a person or a place to it, a label ("the Mute
 * label") a thing, a rapper ("DMX") an organisation.  CoNLL's guidelines
 * make bands and labels organisations, performers people.  No open list
 * of bands, labels or artists is in the registries reachable here (npm's
 * and PyPI's hold only MusicBrainz clients), so the evidence is the
 * sentence: a musician's noun between a band and its player, a star's
 * or a musician's noun before a name, a label's noun after its name, a
 * list after "bands".  Organisations go through org_by_cue(), which
 * keeps a person's full name the tagger found; organisations and people
 * so found decide their other mentions' vote (links.c,
 * spread_cued_orgs()). */
#include "entities.h"

#include <string.h>

/* Whether the name at word @a opens with a first name (first-names.tsv,
 * or a name the lists hint as one), or (@surnames) with any word the
 * lists hint as a person's: "Madonna guitarist", "Springsteen guitarist
 * Nils Lofgren" (his backing band's), "bands including Tom Jones" name
 * people.  In a list of bands a surname alone is a band's ("Keane",
 * "Travis"). */
static gboolean
first_named (const Scan *scan, guint a, gboolean surnames)
{
  const Word *w = word_at (scan, a);
  return (first_name_flags (scan, w) & NAME_WORD_FIRST)
         || (w->hint && w->hint->hint && strcmp (w->hint->hint, "FIRST") == 0)
         || (surnames && w->hint && strcmp (w->hint->label, "PERSON") == 0);
}

/* Whether a word of [a, b) ends an event's name ("Eurovision Song
 * Contest"). */
static gboolean
run_has_event_head (const Scan *scan, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    if (word_at (scan, k)->cue & CUE_EVENT_HEAD)
      return TRUE;
  return FALSE;
}

/* The first word of the name that ends right before word @i, or @i
 * where there is none that may be a band's or a label's: the tagger's
 * span ending there, else up to three capitalised words
 * with no span.  Not a place, a nationality or a group the lists know
 * ("Welsh singer", "Liverpool guitarist"), nor a work or a product a
 * rule found ("Xbox frontman J. Allard"), nor a sentence's
 * first word that is an English word ("Jazz singer Cleo Laine"), nor
 * one glued to a quote mark ("the 'Explicit' label"). */
static guint
name_before (const Scan *scan, guint ws, guint i)
{
  if (i <= ws || !is_name_word (word_at (scan, i - 1)) || word_at (scan, i - 1)->glued)
    return i;
  const Span *held = span_at (scan, word_at (scan, i - 1)->span);
  guint a = i - 1;
  if (held)
    {
      if (held->dropped || held->b != i || held->place || held->listed || held->work || held->source != SOURCE_TAGGER
          || strcmp (held->label, "NORP") == 0 || strcmp (held->label, "GPE") == 0)
        return i;
      a = held->a;
    }
  else
    {
      while (a > ws && a + 3 > i && is_name_word (word_at (scan, a - 1)) && word_at (scan, a - 1)->span < 0
             && !word_at (scan, a)->glued && !(word_at (scan, a - 1)->cue & (CUE_MODIFIER | CUE_ROLE | CUE_FUNCTION)))
        a--;
      /* "Blazin' Squad singer": the run goes on before its apostrophe,
       * where this does not read; "Eurovision Song Contest singer": on
       * into the tagger's name; an event's name is none of a band's. */
      if (a > ws && word_at (scan, a)->glued == FALSE && word_at (scan, a - 1)->glued
          && scan->text[word_at (scan, a - 1)->start] == '\'')
        return i;
      if ((a > ws && word_at (scan, a - 1)->upper && word_at (scan, a - 1)->span >= 0) || run_has_event_head (scan, a, i))
        return i;
    }
  /* Words only, in one sentence: not "on 26 November singer Brian
   * Harvey", nor the tagger's "Jay-Z. Soul singer" across a full stop. */
  for (guint k = a; k < i; k++)
    {
      const Word *v = word_at (scan, k);
      if ((v->cue & CUE_FUNCTION) || (k > a && v->sentence_start) || !g_unichar_isalpha (g_utf8_get_char (v->text))
          || (k + 1 < i && v->end < word_at (scan, k + 1)->start && scan->text[v->end - 1] == '.'))
        return i;
    }
  const Word *first = word_at (scan, a);
  if ((first->cue & (CUE_GROUP | CUE_ROLE | CUE_HONORIFIC | CUE_MODIFIER))
      || (first->sentence_start && (first_name_flags (scan, first) & NAME_WORD_ENGLISH)))
    return i;
  /* A name opening with a person's is a person's, unless a word after
   * its first is an English word: "Joy Division", "Stone Roses" are
   * bands, "Bruce Springsteen" is not. */
  gboolean english = FALSE;
  for (guint k = a + 1; k < i && !english; k++)
    english = (first_name_flags (scan, word_at (scan, k)) & NAME_WORD_ENGLISH) != 0;
  if (first_named (scan, a, TRUE) && !english)
    return i;
  return a;
}

/* "Oasis guitarist Gem Archer", "Former Busted singer Charlie Simpson":
 * a band's player (cues.tsv kind musician) between two names; the
 * one before is the band.  A name of one word the tagger called a thing
 * stays where the player is a person-noun too ("Eurovision singer
 * Ruslana", "R&B singer Usher": a contest's, a genre's), and so does an
 * event's ("Eurovision Song Contest singer"); "frontman" is a band's
 * alone. */
static void
band_by_member (Scan *scan, guint ws, guint we, guint i)
{
  const Word *noun = word_at (scan, i);
  if (noun->upper || i + 1 >= we || !is_name_word (word_at (scan, i + 1)) || word_at (scan, i + 1)->glued)
    return;
  guint a = name_before (scan, ws, i);
  if (a == i)
    return;
  const Span *held = span_at (scan, word_at (scan, a)->span);
  if (held && strcmp (held->label, "MISC") == 0 && (held->b - held->a == 1 || run_has_event_head (scan, held->a, held->b))
      && (first_name_flags (scan, noun) & NAME_WORD_PERSON_NOUN))
    return;
  org_by_cue (scan, a, i);
}

/* "rapper DMX", "US rapper Snoop Dogg", "singer LL Cool J", "Rapper
 * Eminem" opening a sentence, "R&B star R Kelly": the name right after a
 * performer's noun (cues.tsv kind musician, @i) is the performer, a
 * person, whatever the
 * tagger made of it (an organisation, a thing) or where it found none;
 * it decides the vote of the name's other mentions (links.c), as a
 * cued organisation's does.
 * Not a name the lists claim (a place, a company), nor one after a
 * mark, a title or a function word ("singer Sir Cliff Richard" is the
 * title's; "the singer Tuesday"). */
static void
musician_name (Scan *scan, guint we, guint i)
{
  guint j = i + 1;
  if (j >= we || !is_name_word (word_at (scan, j)) || word_at (scan, j)->glued
      || (word_at (scan, j)->cue & (CUE_FUNCTION | CUE_HONORIFIC | CUE_ROLE | CUE_GROUP)))
    return;
  gint k = word_at (scan, j)->span;
  Span *held = span_at (scan, k);
  gboolean cut = FALSE;
  if (held && held->a == i && word_at (scan, i)->upper && held->b > j && held->source == SOURCE_TAGGER)
    {
      /* The tagger's "Rapper Eminem", "Drummer Fenwick": the noun is
       * the person's role, as find_roles() makes "Referee Graham
       * Poll"'s, no part of the name. */
      word_at (scan, i)->span = -1;
      held->a = j;
      g_free (held->canonical), held->canonical = words_text (scan, j, held->b);
      g_free (held->role), held->role = words_text (scan, i, j);
      cut = TRUE;
    }
  else if (held && (held->a != j || held->source != SOURCE_TAGGER))
    return;
  if (held)
    {
      /* A person already, not cut, is left as the tagger made it: the
       * roles and links of people.c and links.c read it so. */
      if ((strcmp (held->label, "PERSON") == 0 && !cut) || held->place || held->listed || held->work
          || held->b - held->a > 4)
        return;
      held->label = "PERSON";
      g_clear_pointer (&held->kb, g_free);
      g_clear_pointer (&held->country, g_free);
      held->cued = TRUE;
      return;
    }
  /* No name there: up to three capitalised words, nobody's ("LL Cool
   * J"); not a name opening with a number ("50 Cent": links.c would
   * read "Cent" alone as its surname in later mentions). */
  if (!g_unichar_isalpha (g_utf8_get_char (word_at (scan, j)->text)))
    return;
  guint b = j;
  while (b < we && b < j + 3 && word_at (scan, b)->upper && word_at (scan, b)->span < 0
         && (b == j || !word_at (scan, b)->glued) && !(word_at (scan, b)->cue & (CUE_FUNCTION | CUE_ROLE)))
    b++;
  if (b < we && word_at (scan, b)->upper && !word_at (scan, b)->glued)
    return; /* a longer run, or one meeting a name: not read here */
  Span *s = claim (scan, j, b, "PERSON", SOURCE_RULE);
  if (s)
    {
      s->canonical = words_text (scan, j, b);
      s->cued = TRUE;
    }
}

/* "the Mute label", "Jay-Z's Roc-A-Fella label", "signed to Creation":
 * a record label's name (cues.tsv kind label).  The noun after a name
 * needs a determiner or a possessive before the name: "Critics label
 * Blair a liar" is the verb. */
static void
label_by_cue (Scan *scan, guint ws, guint we, guint i)
{
  const Word *w = word_at (scan, i);
  if (w->upper)
    return;
  if (i + 2 < we && strcmp (word_at (scan, i + 1)->key, "to") == 0)
    {
      guint j = i + 2;
      if (!is_name_word (word_at (scan, j)) || (word_at (scan, j)->cue & CUE_FUNCTION) || first_named (scan, j, TRUE))
        return;
      const Span *held = span_at (scan, word_at (scan, j)->span);
      if (held && (held->place || strcmp (held->label, "GPE") == 0 || strcmp (held->label, "NORP") == 0))
        return; /* "signed to Manchester" is the city's club: teams.c's */
      org_by_cue (scan, j, we);
      return;
    }
  if (i + 1 < we && is_name_word (word_at (scan, i + 1)))
    return; /* "label Def Jam": org-noun's, rules-context.c */
  guint a = name_before (scan, ws, i);
  if (a == i || a == ws)
    return;
  const Word *before = word_at (scan, a - 1);
  if (!is_possessive (before) && !(before->cue & CUE_FUNCTION))
    return;
  org_by_cue (scan, a, i);
}

/* Whether word @i is a hyphen glued to the words around it
 * ("sold-out"). */
static gboolean
is_hyphen (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return w->end - w->start == 1 && scan->text[w->start] == '-' && w->glued;
}

/* "Other bands at the festival include Embrace, Keane and The Zutons":
 * bands' noun in the plural (cues.tsv kind band-noun), up to seven
 * lowercase words or hyphens opening with a preposition, a word of kind examples, then names joined by
 * commas, "and", "or": each a band but for a person's full name
 * ("bands including Tom Jones"). */
static void
listed_bands (Scan *scan, guint we, guint i)
{
  if (word_at (scan, i)->upper)
    return;
  guint j = i + 1;
  while (j < we && j < i + 8 && !word_at (scan, j)->upper && !(word_at (scan, j)->cue & CUE_EXAMPLES)
         && (g_ascii_isalpha (scan->text[word_at (scan, j)->start]) || is_hyphen (scan, j)))
    j++;
  /* The words between are where the bands are, opening with a
   * preposition ("at the festival"), not a clause of their own ("The
   * groups have targeted projects like the Newbury bypass"). */
  if (j >= we || !(word_at (scan, j)->cue & CUE_EXAMPLES)
      || (j > i + 1 && !(word_at (scan, i + 1)->cue & (CUE_TITLE_WORD | CUE_CONNECTOR))))
    return;
  j = examples_from (scan, we, j);
  for (guint items = 0; j < we && items < 12; items++)
    {
      /* "The Zutons", "the Kaiser Chiefs": the tagger's name is
       * "Zutons"; mend_the_titles() gives it its capitalised "The"
       * later. */
      if ((word_at (scan, j)->cue & CUE_FUNCTION) && j + 1 < we && word_at (scan, j + 1)->upper)
        j++;
      if (!is_name_word (word_at (scan, j)))
        return;
      const Span *held = span_at (scan, word_at (scan, j)->span);
      /* A first name and a surname: a person's ("Tom Jones"), as the
       * tagger's person of two words or more is; a first name alone is
       * a band's too ("Keane", "Travis").  A surname that is an English
       * word says nothing ("Gareth Gates", "Pete Burns"), so "Kaiser
       * Chiefs" stays the tagger's. */
      gboolean person = (first_named (scan, j, FALSE) && j + 1 < we && is_name_word (word_at (scan, j + 1)))
                        || (held && held->a == j && held->b - held->a >= 2 && strcmp (held->label, "PERSON") == 0);
      /* A run nobody named that goes on past a lowercase word ("Friends
       * of the Earth") is longer than org_by_cue() would take. */
      guint end = j;
      while (end < we && word_at (scan, end)->upper)
        end++;
      gboolean longer = !held && end + 1 < we && !word_at (scan, end)->upper
                        && (word_at (scan, end)->cue & (CUE_TITLE_WORD | CUE_CONNECTOR))
                        && strcmp (word_at (scan, end)->key, "and") != 0;
      if (!person && !longer && !(held && held->place))
        org_by_cue (scan, j, we);
      held = span_at (scan, word_at (scan, j)->span);
      if (held && held->a == j)
        j = held->b;
      else
        while (j < we && word_at (scan, j)->upper)
          j++;
      /* A band's name goes on past its lowercase words ("Queens of the
       * Stone Age"): the next band is after the next comma or "and". */
      while (j + 1 < we && !word_at (scan, j)->upper && (word_at (scan, j)->cue & (CUE_CONNECTOR | CUE_TITLE_WORD))
             && strcmp (word_at (scan, j)->key, "and") != 0 && strcmp (word_at (scan, j)->key, "or") != 0)
        {
          j++;
          while (j < we && word_at (scan, j)->upper && !word_at (scan, j)->glued)
            j++;
        }
      guint next = next_example (scan, we, j);
      if (next == j)
        return;
      j = next;
    }
}

void
find_music (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      Cue cue = w->cue;
      /* entities.c reads these kinds in lowercase only; a sentence's
       * first word is looked up again ("Rapper Eminem"). */
      if (w->sentence_start && w->upper && !w->capitals)
        cue = cue_map_rules (scan->e->cues, w->key, w->hash) & CUE_MUSICIAN;
      if (!(cue & (CUE_MUSICIAN | CUE_LABEL | CUE_BAND_NOUN)))
        continue;
      if (cue & CUE_MUSICIAN)
        {
          /* A film's player before its name is titles.c's ("Vera Drake
           * star Imelda Staunton"): only a musician says a band. */
          if (!(cue & CUE_WORK_CREW))
            band_by_member (scan, ws, we, i);
          musician_name (scan, we, i);
        }
      if (cue & CUE_LABEL)
        label_by_cue (scan, ws, we, i);
      if (cue & CUE_BAND_NOUN)
        {
          char single[64];
          if (plural_stem (w->key, FALSE, single))
            listed_bands (scan, we, i);
          else if (!w->upper && i + 1 < we && !word_at (scan, i + 1)->glued && !first_named (scan, i + 1, TRUE))
            /* "indie group Bloc Party", "rights group Liberty"; not a
             * person's name ("the group Tony Blair leads", "the group
             * Blair leads"). */
            org_by_cue (scan, i + 1, we);
        }
    }
}
