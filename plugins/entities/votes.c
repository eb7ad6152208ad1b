/* votes.c: the entities stage's document-level votes on organisations
 * the tagger found at one mention and missed at the others: a name of
 * two words or more the document tags as an organisation ("BT Retail")
 * is one wherever the same words come again untagged, and so is its
 * first word alone where no list or English explains it ("BT" after
 * "BT Retail", "Wanadoo Group ... Wanadoo").  Run by link_names() after
 * its own votes on one-word names, so a word it already named is left. */

#include "entities.h"

#include <string.h>

gboolean
product_shaped (const Word *w)
{
  for (const char *c = w->text + 1; *c; c++)
    if ((*c == '-' || g_ascii_isupper (*c)) && g_ascii_islower (c[-1]))
      return TRUE;
  return FALSE;
}

/* Whether the word @w may be an organisation's name alone by its longer
 * name's first word ("BT" after "BT Retail", "Qwest" after "Qwest
 * Communications"): no cue word nor name the lists know but a company's
 * ("Virgin", "Sky", "Manchester" are more than the company), no English
 * word, first name or kind of person, and not of a product's shape ("the
 * GameBoy Advance" tagged ORG, then "the GameBoy"). */
static gboolean
head_alone_ok (const Scan *scan, const Word *w)
{
  const GazetteerEntry *alone = w->known.single ? w->known.single : w->hint;
  if (w->cue != 0 || (alone && !(alone->hint && strcmp (alone->hint, "COMPANY") == 0)))
    return FALSE;
  if (w->end - w->start < 2 || !g_unichar_isalpha (g_utf8_get_char (w->text)))
    return FALSE;
  if (w->capitals || alone)
    return TRUE;
  guint flags = first_name_flags (scan, w);
  return !(flags & (NAME_WORD_FIRST | NAME_WORD_ENGLISH | NAME_WORD_PERSON_NOUN)) && !product_shaped (w);
}

/* Whether the organisation [a, b) the document tagged may name its
 * untagged repeats: one a rule or a list found, or one holding an
 * org-head or a word that is no lowercase English word ("BT Retail",
 * "NTT DoCoMo", "Directors Guild"); the tagger's organisation of
 * English words alone is as often a title ("Greatest Hits", "Wife
 * Swap", "Football Manager"), which is no organisation elsewhere. */
static gboolean
run_repeats (const Scan *scan, const Span *p)
{
  if (p->source != SOURCE_TAGGER || p->cued)
    return TRUE;
  for (guint i = p->a; i < p->b; i++)
    {
      const Word *w = word_at (scan, i);
      if ((w->cue & CUE_ORG_HEAD) || w->capitals
          || !(first_name_flags (scan, w) & NAME_WORD_ENGLISH))
        return TRUE;
    }
  return FALSE;
}

/* Whether word @i is a person's mark before a name: a title, a form of
 * address or a kind of person ("US rapper", "Dr", "Chancellor"). */
static gboolean
person_mark (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return (w->cue & (CUE_ROLE | CUE_HONORIFIC))
         || (first_name_flags (scan, w) & NAME_WORD_PERSON_NOUN);
}

/* Whether the tagger's organisation [a, b) of @p is a person's name by
 * what the document says: opening with a kind of person ("Rapper
 * Eminem"), or after a person's mark at any of its named mentions ("US
 * rapper Snoop Dogg").  One wrong guess of the tagger's is then not spread; a
 * cued one is.  Not by a first name: bands and services are named so
 * ("Franz Ferdinand", "My Ask Jeeves"). */
static gboolean
run_is_person (const Scan *scan, const Span *p)
{
  if (person_mark (scan, p->a))
    return TRUE;
  /* Its mentions the document named (a few spans a document, not every
   * word). */
  guint n = p->b - p->a;
  for (guint s = 0; s < scan->spans->len; s++)
    {
      const Span *q = span_at (scan, s);
      if (q->dropped || q->b - q->a != n || q->a == 0)
        continue;
      guint k = 0;
      while (k < n && scan->slots[q->a + k] == scan->slots[p->a + k])
        k++;
      if (k == n && person_mark (scan, q->a - 1))
        return TRUE;
    }
  return FALSE;
}

/* Whether the words [a, b) are all in capitals: a dateline's "ST
 * LOUIS" is the place, whatever the team of the same name is. */
static gboolean
all_capitals (const Scan *scan, guint a, guint b)
{
  for (guint i = a; i < b; i++)
    if (!word_at (scan, i)->capitals)
      return FALSE;
  return TRUE;
}

enum { LONGEST = 6, MOST_RUNS = 32 };

/* The organisations of two words or more a document tagged, by their
 * spans: few a document, compared word slot by word slot (Word.slot, one
 * a key), no string built. */
typedef struct
{
  guint span[MOST_RUNS];
  guint n;
} Runs;

/* The span + 1 of the run in @runs whose words are those of [a, b), 0:
 * none. */
static guint
run_find (const Scan *scan, const Runs *runs, guint a, guint b)
{
  for (guint r = 0; r < runs->n; r++)
    {
      const Span *p = span_at (scan, runs->span[r]);
      if (p->b - p->a != b - a)
        continue;
      guint i = 0;
      while (i < b - a && scan->slots[p->a + i] == scan->slots[a + i])
        i++;
      if (i == b - a)
        return runs->span[r] + 1;
    }
  return 0;
}

/* Whether the sentence's first word @w, which the tagger alone named
 * [a, a + 1) as no person, is named by nothing else: no list hints it
 * but faintly (a German town "Much") nor as CoNLL's one-word body
 * (institutions.tsv: "Treasury"), no cue word makes it a name, and
 * no other span the document keeps holds it ("Can" of a longer name).
 * Cue words that only read a name before or after them ("can" as a
 * name's verb) are no evidence of this one. */
static gboolean
named_by_nothing (const Scan *scan, guint k, const Word *w)
{
  const Span *p = span_at (scan, k);
  return !(w->hint && !w->hint->faint) && !(first_name_flags (scan, w) & NAME_WORD_INSTITUTION)
         && !(w->known.single && !w->known.single->faint) && !(w->cue & ~(CUE_NAME_VERB | CUE_FUNCTION))
         && strcmp (p->label, "PERSON") != 0 && (w->span < 0 || (guint) w->span == k);
}

enum
{
  USE_NAMED = 1, /* capitalised inside a sentence */
  USE_LOWER = 2, /* in lowercase */
};

/* Returns (transfer full): by Scan.slots, how the document writes each
 * key (USE_ bits), so that a sentence's first word is asked of in one
 * lookup, not a walk of the document's words (quadratic in a document
 * of many such openers). */
static guint8 *
slot_uses (const Scan *scan)
{
  guint8 *uses = g_new0 (guint8, MAX (scan->n_slots, 1));
  for (guint i = 0; i < scan->words->len; i++)
    {
      const Word *w = word_at (scan, i);
      uses[scan->slots[i]] |= !w->upper ? USE_LOWER : !w->sentence_start ? USE_NAMED : 0;
    }
  return uses;
}

/* Whether the word @i after a sentence's first word makes that word a
 * subject or one of a pair of names: a verb ("Orange had", "Citadel
 * pulled", "Reading v Bury"), a word before a score or a number ("Derby
 * won 2-1") or a connector before a capital ("Arsenal and Chelsea"; not
 * "Much of western Europe"). */
static gboolean
opens_clause (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  gsize n = w->end - w->start;
  if ((w->cue & (CUE_VERB | CUE_NAME_VERB | CUE_RESULT)) || (n > 3 && w->text[n - 2] == 'e' && w->text[n - 1] == 'd'))
    return TRUE;
  if (i + 1 >= scan->words->len || word_at (scan, i + 1)->sentence_start)
    return FALSE;
  const Word *after = word_at (scan, i + 1);
  return ((w->cue & (CUE_FUNCTION | CUE_CONNECTOR)) && after->upper) || g_ascii_isdigit (after->text[0]);
}

/* A sentence's first word alone that the tagger named and nothing else
 * did is a capitalised common word where English writes it in lowercase
 * (english-words.tsv), no list knows it or hints it but as a surname,
 * the document never
 * writes it capitalised inside a sentence, and a lowercase noun it
 * modifies follows ("Rock star Ozzy Osbourne", "Broadband take-up"):
 * not a word ending in "s" or "ed", which is as often the name's verb
 * or what it has ("Monsoon shares", "Sage reported"), nor a cue word (a
 * reporting verb, a function word) but a title's head or a film's
 * crew (cues.tsv role, work-crew: "Rock star", "Film director").
 * Whatever follows, so is such a word the tagger called no person where
 * nothing else names it (named_by_nothing(): "Much of the country",
 * "Can prices fall?"): a person's is find_later_people()'s to judge. */
static void
drop_opening_common_words (Scan *scan)
{
  guint n_words = scan->words->len;
  g_autofree guint8 *uses = NULL; /* slot_uses(), made at the first word that gets that far */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->cued || p->b - p->a != 1 || p->b >= n_words)
        continue;
      const Word *w = word_at (scan, p->a), *next = word_at (scan, p->b);
      if (!w->sentence_start || w->capitals
          || (first_name_flags (scan, w) & (NAME_WORD_ENGLISH | NAME_WORD_FIRST)) != NAME_WORD_ENGLISH)
        continue;
      gsize n = next->end - next->start;
      /* Only where the sentence goes on in lowercase words: a word
       * alone on its line, before a capital ("Liberal Democrat") or
       * before a number or "v" ("Arsenal 2", "Reading v Bury") is as
       * often a name cut short or a side in a list of results. */
      gboolean lone = !next->sentence_start && !next->upper && !next->glued && g_ascii_isalpha (next->text[0])
                      && (n >= 3 || (next->cue & (CUE_FUNCTION | CUE_CONNECTOR)))
                      && !opens_clause (scan, p->b) && named_by_nothing (scan, k, w);
      /* A surname the lists hint is no evidence against English's
       * lowercase word ("Rock", "Street"); a place's or a company's is. */
      if (!lone
          && ((w->hint && strcmp (w->hint->label, "PERSON") != 0)
              || (w->known.single && strcmp (w->known.single->label, "PERSON") != 0) || w->cue))
        continue;
      /* A word ending in "s" is as often a band's, a team's or a
       * show's name ("Oasis singer", "Rovers took", "Scrubs star"). */
      if (w->text[w->end - w->start - 1] == 's')
        continue;
      /* The kinds only a rule reads after a name are nouns still
       * ("Major league", "Live coverage", "Rock singer"). */
      if (!lone
          && (next->upper || next->glued
              || (next->cue
                  & ~(CUE_ROLE | CUE_WORK_CREW | CUE_COMPETITION_HEAD | CUE_BROADCAST_AFTER | CUE_PERSON_SIDE
                      | CUE_MUSICIAN | CUE_LABEL | CUE_BAND_NOUN))
              || n < 3 || !g_ascii_islower (next->text[0]) || next->text[n - 1] == 's'
              || (next->text[n - 2] == 'e' && next->text[n - 1] == 'd')))
        continue;
      if (uses == NULL)
        uses = slot_uses (scan);
      gboolean named = (uses[scan->slots[p->a]] & USE_NAMED) != 0, lower = (uses[scan->slots[p->a]] & USE_LOWER) != 0;
      /* A word the lists hint as a person's name is one before a verb
       * ("Lee made films"): only before a kind of person ("Rock star")
       * or where the document writes it in lowercase too ("Good luck
       * ... a good idea"). */
      if (named
          || (!lone && (w->hint || w->known.single) && !lower && !(next->cue & CUE_ROLE)
              && !(first_name_flags (scan, next) & NAME_WORD_PERSON_NOUN)))
        continue;
      p->dropped = TRUE;
      word_at (scan, p->a)->span = -1;
    }
}

void
find_later_orgs (Scan *scan)
{
  drop_opening_common_words (scan);
  guint n_slots = MAX (scan->n_slots, 1);
  /* By a word's slot: 1 where it opens an organisation of two words or
   * more (a lookup of the run is worth making), 2 where it may also name
   * it alone. */
  g_autofree guint8 *opens = NULL;
  Runs runs = { .n = 0 }, people = { .n = 0 };
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a < 2 || p->b - p->a > LONGEST || strcmp (p->label, "ORG") != 0
          || p->numbered || p->work || !run_repeats (scan, p))
        continue;
      const Word *first = word_at (scan, p->a);
      if (!first->upper || (first->cue & CUE_FUNCTION))
        continue; /* "The Body Shop": "The" opens sentences */
      /* run_is_person() reads every span: asked once a run (its answer
       * is the run's words'), not at each of its repeats, which was
       * quadratic in a long document. */
      if (p->source == SOURCE_TAGGER && !p->cued && !run_find (scan, &runs, p->a, p->b))
        {
          if (run_find (scan, &people, p->a, p->b))
            continue;
          if (run_is_person (scan, p))
            {
              if (people.n < MOST_RUNS)
                people.span[people.n++] = k;
              continue;
            }
        }
      if (runs.n == MOST_RUNS)
        break;
      if (opens == NULL)
        opens = g_new0 (guint8, n_slots);
      if (!run_find (scan, &runs, p->a, p->b))
        runs.span[runs.n++] = k;
      opens[scan->slots[p->a]] = MAX (opens[scan->slots[p->a]], head_alone_ok (scan, first) ? 2 : 1);
    }
  if (opens == NULL)
    return;
  /* The tagger's person or place of the same words is the organisation
   * too, and so is its one-word one on such a head ("Vantiq Systems said
   * ... Vantiq said it would hire"), unless the word is a person's of two words or more in the
   * document (a surname: "the Nadal Academy ... Rafael Nadal").  Not its
   * MISC: an adjective opening a body's name ("Islamic Jihad ... Islamic
   * law", "Olympic Committee ... Olympic gold"). */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a < 2 || strcmp (p->label, "PERSON") != 0)
        continue;
      gboolean shared = FALSE;
      for (guint i = p->a; i < p->b && !shared; i++)
        shared = opens[scan->slots[i]] != 0;
      if (!shared)
        continue; /* most people: no word of theirs opens an organisation */
      if (!run_find (scan, &runs, p->a, p->b))
        for (guint i = p->a; i < p->b; i++)
          opens[scan->slots[i]] = 0;
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      if (p->dropped || p->source != SOURCE_TAGGER || p->cued || p->team || p->work || opens[scan->slots[p->a]] == 0
          || (strcmp (p->label, "PERSON") != 0 && strcmp (p->label, "LOC") != 0))
        continue;
      if (p->b - p->a == 1 ? opens[scan->slots[p->a]] < 2 : p->b - p->a > LONGEST)
        continue;
      /* The tagger's place of one word before a noun it modifies is
       * the place the organisation is named after ("the Khurmala Dome
       * field ... develop Khurmala field"); before a verb it is the
       * organisation ("Illva will pay"). */
      const Word *next = p->b < scan->words->len ? word_at (scan, p->b) : NULL;
      if (p->b - p->a == 1 && strcmp (p->label, "LOC") == 0 && next && !next->upper && next->cue == 0
          && g_ascii_isalpha (scan->text[next->start]))
        continue;
      /* A place the lists know, or one the text places ("In St Louis,
       * Smith said" where St Louis is also the team): the place. */
      const char *before = p->a > 0 ? word_at (scan, p->a - 1)->key : "";
      if (p->kb || p->place
          || (w->hint && w->hint->hint && (!strcmp (w->hint->hint, "CITY") || !strcmp (w->hint->hint, "REGION")))
          || (strcmp (p->label, "LOC") == 0
              && (!strcmp (before, "in") || !strcmp (before, "at") || !strcmp (before, "near") || !strcmp (before, "from"))))
        continue;
      if (p->b - p->a >= 2)
        {
          /* The same words the document tags as the organisation
           * elsewhere ("Malvex Energy" a person first, an organisation
           * after "shares in", "Franz Ferdinand" the band); not in
           * capitals.  A person's name the tagger took for an
           * organisation once turns too ("Alicia Keys": 6 such mentions
           * on the BBC archive against some 45 right). */
          if (!run_find (scan, &runs, p->a, p->b) || all_capitals (scan, p->a, p->b))
            continue;
        }
      span_set_org (p);
    }
  guint n_words = scan->words->len;
  for (guint i = 0; i < n_words; i++)
    {
      const Word *w = word_at (scan, i);
      if (w->span >= 0 || !w->upper || opens[scan->slots[i]] == 0)
        continue;
      /* Not the tail of a capitalised run nobody named ("Royal BT"). */
      if (i > 0 && word_at (scan, i - 1)->upper && word_at (scan, i - 1)->span < 0
          && !word_at (scan, i - 1)->sentence_start && !word_at (scan, i)->sentence_start)
        continue;
      /* The longest run of untagged capitalised words from here that is
       * a name the document tagged. */
      guint b = i + 1;
      while (b < n_words && b < i + LONGEST && word_at (scan, b)->upper && word_at (scan, b)->span < 0
             && !word_at (scan, b)->sentence_start && !word_at (scan, b)->glued)
        b++;
      guint to = 0, end = b;
      for (; end >= i + 2 && to == 0; end--)
        {
          to = run_find (scan, &runs, i, end);
          if (to)
            break;
        }
      if (to == 0 || end < b)
        {
          /* A run cut short is part of a longer name nobody found
           * ("BT Retail Services"); the first word alone only where
           * nothing capitalised follows, and not first in its sentence,
           * where a capital says nothing (but an acronym's capitals
           * do). */
          if (to || b > i + 1 || opens[scan->slots[i]] < 2 || (w->sentence_start && !w->capitals))
            continue;
          Span *s = claim (scan, i, i + 1, "ORG", SOURCE_REPORTING);
          if (s)
            s->canonical = words_text (scan, i, i + 1);
          continue;
        }
      Span copy = *span_at (scan, to - 1);
      Span *s = claim (scan, i, end, "ORG", SOURCE_REPORTING);
      if (s)
        {
          s->canonical = g_strdup (copy.canonical);
          s->kb = g_strdup (copy.kb);
          s->country = g_strdup (copy.country);
        }
      i = end - 1;
    }
}

/* The initials of the capitalised words of span @f, connectors and
 * function words left out, in capitals, into @out (six bytes): FALSE
 * where there are fewer than three or more than five ("British
 * American Tobacco": "BAT"; "Organisation of Petroleum Exporting
 * Countries": "OPEC"). */
static gboolean
span_initials (const Scan *scan, const Span *f, char out[6])
{
  gsize k = 0;
  for (guint m = f->a; m < f->b; m++)
    {
      const Word *w = word_at (scan, m);
      if (!w->upper || (w->cue & (CUE_CONNECTOR | CUE_FUNCTION)))
        continue;
      if (k == 5 || !g_ascii_isalpha (w->text[0]))
        return FALSE;
      out[k++] = g_ascii_toupper (w->text[0]);
    }
  out[k] = '\0';
  return k >= 3;
}

/* Whether @w may be a name's acronym: three to five letters, all
 * capitals or a capital and lowercase letters as the BBC writes them
 * ("BAT", "Bat", "Opec"). */
static gboolean
acronym_shaped (const Word *w)
{
  gsize n = w->end - w->start;
  if (n < 3 || n > 5 || !g_ascii_isupper (w->text[0]))
    return FALSE;
  for (gsize k = 1; k < n; k++)
    if (!g_ascii_isalpha (w->text[k]) || (!w->capitals && g_ascii_isupper (w->text[k])))
      return FALSE;
  return TRUE;
}

/* Whether word @i is a first name (first-names.tsv, or the lists' hint
 * of one): a person's name whose initials spell an acronym is still a
 * person's ("Kim Amber Tate", "Kat"). */
static gboolean
first_named (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return (first_name_flags (scan, w) & NAME_WORD_FIRST)
         || (w->hint && w->hint->hint && strcmp (w->hint->hint, "FIRST") == 0);
}

void
vote_acronyms (Scan *scan)
{
  /* The document's organisation of two words or more and its acronym
   * of one word agree: the tagger's person or place on the acronym is
   * the organisation's ("British American Tobacco ... Bat"), and the
   * tagger's thing or person on the full name is the organisation an
   * acronym a rule found stands for ("a spokeswoman for Bat" made Bat
   * one; "British American Tobacco" the tagger called MISC), unless it
   * opens with a first name.  The acronyms by their letters in
   * capitals, then each longer name's initials looked up: linear in
   * the spans (a pass over every pair was quadratic in a long
   * document). */
  g_autoptr (GHashTable) acronyms = NULL;
  for (guint q = 0; q < scan->spans->len; q++)
    {
      const Span *a = span_at (scan, q);
      if (a->dropped || a->b - a->a != 1 || !acronym_shaped (word_at (scan, a->a)))
        continue;
      if (!acronyms)
        acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
      g_autofree char *key = g_ascii_strup (word_at (scan, a->a)->text, -1);
      GArray *list = g_hash_table_lookup (acronyms, key);
      if (!list)
        {
          list = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (acronyms, g_steal_pointer (&key), list);
        }
      g_array_append_val (list, q);
    }
  if (!acronyms)
    return;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *f = span_at (scan, k);
      char initials[6];
      if (f->dropped || f->b - f->a < 2 || f->work || f->team || !span_initials (scan, f, initials))
        continue;
      GArray *list = g_hash_table_lookup (acronyms, initials);
      for (guint n = 0; list && n < list->len; n++)
        {
          Span *a = span_at (scan, g_array_index (list, guint, n));
          gboolean f_org = strcmp (f->label, "ORG") == 0, a_org = strcmp (a->label, "ORG") == 0;
          if (f_org && !a_org && a->source == SOURCE_TAGGER
              && (strcmp (a->label, "PERSON") == 0 || strcmp (a->label, "LOC") == 0))
            a->label = "ORG";
          else if (a_org && a->cued && !f_org && f->source == SOURCE_TAGGER
                   && (strcmp (f->label, "MISC") == 0
                       || (strcmp (f->label, "PERSON") == 0 && !first_named (scan, f->a))))
            f->label = "ORG";
        }
    }
}

/* The head noun of the organisation [a, b): the org-head before its
 * first connector ("Academy" of "Academy of Motion Picture Arts and
 * Sciences", "Office" of "Office for National Statistics"), else its
 * last word ("Commission" of "European Commission"); -1 where that word
 * is no org-head, or is in capitals (an acronym heads nothing). */
static gint
span_head (const Scan *scan, const Span *p)
{
  guint h = p->b - 1;
  for (guint i = p->a + 1; i < p->b; i++)
    if ((word_at (scan, i)->cue & CUE_CONNECTOR) && !word_at (scan, i)->upper)
      {
        h = i - 1;
        break;
      }
  const Word *w = word_at (scan, h);
  return (w->cue & CUE_ORG_HEAD) && w->upper && !w->capitals ? (gint) h : -1;
}

void
vote_heads (Scan *scan)
{
  /* A body named in full is called by its head noun alone after "the"
   * ("the European Commission ... the Commission said", "the Council of
   * Ministers ... the Council's version"): that mention is the same
   * organisation, whatever the tagger made of the lone capitalised
   * noun.  Only where the document itself names such a body: "the
   * Academy" with no academy named in full stays the tagger's (the
   * noun alone says no more than "the Academy Award" beside it). */
  g_autoptr (GHashTable) heads = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->work || p->b - p->a < 2 || strcmp (p->label, "ORG") != 0 || first_named (scan, p->a))
        continue; /* "Margaret Court" the tagger's organisation heads no "the Court family" */
      gint h = span_head (scan, p);
      if (h < 0)
        continue;
      if (!heads)
        heads = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_add (heads, (gpointer) word_at (scan, h)->key);
    }
  if (!heads)
    return;
  /* Not a word of a person's name in the document ("Margaret Court ...
   * the Court"), where the lone word may be the person. */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (!p->dropped && p->b - p->a >= 2 && strcmp (p->label, "PERSON") == 0)
        for (guint i = p->a; i < p->b; i++)
          g_hash_table_remove (heads, word_at (scan, i)->key);
    }
  guint n = scan->words->len;
  for (guint i = 1; i < n; i++)
    {
      const Word *w = word_at (scan, i);
      if (!w->upper || w->capitals || strcmp (word_at (scan, i - 1)->key, "the") != 0
          || !g_hash_table_contains (heads, w->key))
        continue;
      /* The head opening a longer name ("the Bank of Mexico", "the
       * Commission President") is that name's, not this vote's. */
      const Word *next = i + 1 < n ? word_at (scan, i + 1) : NULL;
      if (next && !next->sentence_start
          && ((next->upper && !next->glued) || ((next->cue & CUE_CONNECTOR) && !next->upper)))
        continue;
      if (w->span < 0)
        {
          /* Names are given their canonical when the tagger's spans are
           * read, before this pass: a span claimed here has none of its
           * own ("ORG:Court" written with an empty canonical where the
           * tagger left the noun out). */
          Span *s = claim (scan, i, i + 1, "ORG", SOURCE_REPORTING);
          if (s)
            s->canonical = words_text (scan, i, i + 1);
          continue;
        }
      Span *p = span_at (scan, w->span);
      if (p->dropped || p->a != i || p->b != i + 1 || p->source != SOURCE_TAGGER || p->work || p->cued
          || strcmp (p->label, "ORG") == 0)
        continue;
      span_set_org (p);
    }
}

/* Whether word @i is a word of letters in capitals ("WHO", "EMPTY"),
 * not a mark or a number. */
static gboolean
capital_letters (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return w->capitals && g_unichar_isalpha (g_utf8_get_char (w->text));
}

/* Returns (transfer full, nullable): per word, whether it is in a
 * heading written all in capitals, three words or more of letters in
 * capitals one after another; NULL where the document has none (nearly
 * every one). */
bool *
capital_heading_words (const Scan *scan)
{
  guint n = scan->words->len;
  bool *heading = NULL;
  for (guint i = 0; i < n;)
    {
      guint b = i;
      while (b < n && capital_letters (scan, b))
        b++;
      if (b - i >= 3)
        {
          if (!heading)
            heading = g_new0 (bool, n);
          for (guint k = i; k < b; k++)
            heading[k] = true;
        }
      i = b > i ? b : i + 1;
    }
  return heading;
}

void
drop_capital_headings (Scan *scan)
{
  /* In a heading written all in capitals ("THE STARS WHO LEFT
   * EMPTY-HANDED", "WHO WAS OSCAR?", "TOO FAST TOO FURIOUS": three words
   * or more of letters in capitals, one after another), a capital says
   * nothing: the tagger's or the lists' one-word organisation or person
   * there that English writes in lowercase (english-words.tsv: "who",
   * "too") is a common word, unless the document writes the same word in
   * capitals, or capitalised inside a sentence or named, outside any such
   * heading, or names what the lists say it stands for ("The WHO said
   * ... WHO WARNS OF FLU", "the World Health Organization ... WHO
   * WARNS", "ORIOLES WIN ... the Baltimore Orioles").  A place the
   * lists know stays ("US" in "US TROOPS LEAVE"), and so does a word no
   * English one ("BBC NEWS WEBSITE"). */
  guint n = scan->words->len;
  g_autofree bool *heading = capital_heading_words (scan);
  scan->has_capital_heading = heading != NULL;
  if (!heading)
    return; /* nearly every document: no cost */
  g_autoptr (GHashTable) outside = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    {
      /* Capitalised inside a sentence, in capitals, or named: the
       * body's ("the Baltimore Orioles ... ORIOLES WIN"), not "Who"
       * opening a question. */
      const Word *w = word_at (scan, i);
      if (!heading[i] && w->upper && (!w->sentence_start || w->capitals || w->span >= 0))
        g_hash_table_add (outside, (gpointer) w->key);
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (!p->dropped && !heading[p->a] && p->canonical)
        g_hash_table_add (outside, p->canonical);
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a != 1 || !heading[p->a]
          || (strcmp (p->label, "ORG") != 0 && strcmp (p->label, "PERSON") != 0))
        continue;
      const Word *w = word_at (scan, p->a);
      const GazetteerEntry *e = w->known.single ? w->known.single : w->hint;
      /* A club the lists name, and the tagger's organisation no list
       * holds in a sport report's heading ("ARSENAL WIN AT HOME",
       * "RANGERS HELD TO A DRAW": clubs.tsv leaves out clubs named by
       * English words), is the club all the same: the rule is for a word
       * like "who" or "too".  Not a company companies.tsv holds: "BOOTS ON
       * THE GROUND", "TARGET MISSED" are the words far more often than
       * "SHELL SHARES FALL" is the firm (review-last13). */
      if (w->end - w->start < 2 || (e && strcmp (e->label, "ORG") != 0) || g_hash_table_contains (outside, w->key)
          || (p->canonical && g_hash_table_contains (outside, p->canonical))
          || !(first_name_flags (scan, w) & NAME_WORD_ENGLISH)
          || club_listed (scan, p->a, p->b)
          || (e == NULL && strcmp (p->label, "ORG") == 0 && sport_report (scan)))
        continue;
      p->dropped = TRUE;
      word_at (scan, p->a)->span = -1;
    }
}

void
drop_idle_actors (Scan *scan)
{
  /* ATT&CK names groups and tools as their discoverers did, often with
   * English words ("Play", "Snake", "Sea Turtle", "Cloud Atlas", "The
   * Dukes"), and news names them so only in a story of computer
   * security: in any other the words are the words, a novel, a band.  A
   * name with a word English has not ("NotPetya", "Turla") or a digit
   * (a group numbered by its finder) is no other thing's, and stands
   * anywhere. */
  gboolean any = FALSE;
  for (guint k = 0; k < scan->spans->len && !any; k++)
    {
      const Span *p = span_at (scan, k);
      any = !p->dropped && p->kb && g_str_has_prefix (p->kb, "attack:");
    }
  if (!any)
    return; /* nearly every document: no cost */
  for (guint i = 0; i < scan->words->len; i++)
    if (word_at (scan, i)->cue & CUE_CYBER)
      return;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || !p->kb || !g_str_has_prefix (p->kb, "attack:"))
        continue;
      gboolean english = TRUE;
      for (guint i = p->a; i < p->b && english; i++)
        {
          const Word *w = word_at (scan, i);
          english = (first_name_flags (scan, w) & NAME_WORD_ENGLISH) != 0;
        }
      if (!english)
        continue;
      p->dropped = TRUE;
      for (guint i = p->a; i < p->b; i++)
        word_at (scan, i)->span = -1;
    }
}

/* Whether word @k may open a league's name before its head: a word no
 * other name holds (the tagger's pieces of the name, or nothing), or a
 * nationality ("Scottish Premier League"); never a club the document
 * named ("Chelsea Premiership win") nor a function word ("the"). */
static gboolean
league_word (const Scan *scan, guint k, guint head)
{
  const Word *w = word_at (scan, k);
  const Span *held = span_at (scan, w->span);
  if (!g_ascii_isupper (*w->text) || w->glued || w->capitals || (w->cue & CUE_FUNCTION))
    return FALSE; /* not a number ("17-year-old Irish League", "150th Premiership") */
  if (!held || (held->source <= SOURCE_TAGGER && held->b == head + 1 && !held->team))
    return TRUE;
  return strcmp (held->label, "NORP") == 0 && held->b == k + 1;
}

/* Whether the sentence of words [a, b) speaks of sport: a score, a club
 * a result named or the tagger's organisation clubs.tsv lists, or a word of sport, a player's position, what a club
 * has, a result's or a transfer's word (cues.tsv sport, player,
 * team-noun, club-post, result, fixture, transfer).  A score elsewhere
 * in the document says nothing of a party's league ("Bangladesh beat
 * Zimbabwe 2-1. In Dhaka, the Awami League called a strike"). */
static gboolean
sport_sentence (const Scan *scan, guint a, guint b)
{
  const Cue sport = CUE_SPORT | CUE_PLAYER | CUE_TEAM_NOUN | CUE_CLUB_POST | CUE_RESULT | CUE_FIXTURE | CUE_TRANSFER;
  while (a > 0 && !word_at (scan, a)->sentence_start)
    a--;
  for (guint k = a; k < scan->words->len && (k < b || !word_at (scan, k)->sentence_start); k++)
    {
      const Word *w = word_at (scan, k);
      const Span *held = span_at (scan, w->span);
      if ((w->cue & sport)
          || (held && !held->dropped && held->a == k
              && (held->team || (strcmp (held->label, "ORG") == 0 && club_listed (scan, held->a, held->b))))
          || (g_ascii_isdigit (w->text[0]) && is_score (scan, k)))
        return TRUE;
    }
  return FALSE;
}

gboolean
runs_equal (const Scan *scan, guint a, guint b, guint c, guint d)
{
  if (b - a != d - c)
    return FALSE;
  for (guint k = 0; k < b - a; k++)
    if (scan->slots[a + k] != scan->slots[c + k])
      return FALSE;
  return TRUE;
}

typedef struct
{
  guint a, i;    /* the league's words [a, i], its head at i */
  gboolean sure; /* a league by its own sentence or name */
} League;

void
find_competitions (Scan *scan)
{
  if (!sport_report (scan))
    return;
  /* First the names; a league needs sport in its own sentence, or a
   * one-word league's name (cues.tsv competition: "Premiership"), or
   * another mention of the same name that has it ("the Premier League
   * said TV rights rose" in a report of its games). */
  g_autoptr (GArray) leagues = NULL;
  for (guint i = 0; i < scan->words->len; i++)
    {
      const Word *w = word_at (scan, i);
      if (!(w->cue & (CUE_COMPETITION | CUE_COMPETITION_HEAD)) || !g_ascii_isupper (*w->text) || w->capitals)
        continue;
      /* A longer name goes on after it ("League Cup", "Premiership
       * Rugby"): not this one's end. */
      if (i + 1 < scan->words->len && word_at (scan, i + 1)->upper && !word_at (scan, i + 1)->glued
          && !word_at (scan, i + 1)->sentence_start)
        continue;
      guint a = i;
      while (a > 0 && a + 4 > i && !word_at (scan, a)->sentence_start && league_word (scan, a - 1, i))
        a--;
      /* A head needs a word before it ("Premier League"); a league's
       * one-word name stands alone, a heading's first word too. */
      if (a == i && !(w->cue & CUE_COMPETITION))
        continue;
      if (leagues == NULL)
        leagues = g_array_new (FALSE, FALSE, sizeof (League));
      League league = { .a = a, .i = i, .sure = (w->cue & CUE_COMPETITION) || sport_sentence (scan, a, i + 1) };
      g_array_append_val (leagues, league);
    }
  for (guint n = 0; leagues && n < leagues->len; n++)
    {
      const League *l = &g_array_index (leagues, League, n);
      gboolean sure = l->sure;
      for (guint o = 0; o < leagues->len && !sure; o++)
        {
          const League *m = &g_array_index (leagues, League, o);
          sure = m->sure && runs_equal (scan, l->a, l->i + 1, m->a, m->i + 1);
        }
      if (!sure)
        continue;
      guint a = l->a, i = l->i;
      const Word *w = word_at (scan, i);
      Span *held = span_at (scan, w->span);
      if (held && held->a == a && held->b == i + 1)
        {
          if (held->source > SOURCE_TAGGER && strcmp (held->label, "MISC") != 0)
            continue; /* a list's organisation of that name */
          held->label = "MISC";
          held->place = FALSE;
          g_clear_pointer (&held->kb, g_free);
          g_clear_pointer (&held->country, g_free);
          continue;
        }
      /* A nationality the lists named is the league's first word. */
      for (guint k = a; k < i; k++)
        {
          Span *q = span_at (scan, word_at (scan, k)->span);
          if (q && q->a == k && q->b == k + 1 && q->source >= SOURCE_RULE && strcmp (q->label, "NORP") == 0)
            {
              q->dropped = TRUE;
              word_at (scan, k)->span = -1;
            }
        }
      Span *s = claim (scan, a, i + 1, "MISC", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, a, i + 1);
    }
}

/* Whether word @i joins the names of a list: a comma, "and", "or", "&". */
static gboolean
list_joiner (const Scan *scan, guint i)
{
  const char *k = word_at (scan, i)->key;
  return !strcmp (k, ",") || !strcmp (k, "and") || !strcmp (k, "or") || !strcmp (k, "&");
}

/* The span of the name the list goes on with across the joiner at word
 * @j (", and" one joiner), looking back (@back) or on: NULL where no
 * name is there, or where that name owns the next word ("Sony's
 * Playstation, Microsoft's X-Box": the list is of what they own). */
static Span *
list_neighbour (Scan *scan, guint j, gboolean back)
{
  guint n = scan->words->len;
  if (back)
    {
      if (j > 0 && strcmp (word_at (scan, j)->key, ",") != 0
          && !strcmp (word_at (scan, j - 1)->key, ","))
        j--;
      Span *q = j > 0 ? span_at (scan, word_at (scan, j - 1)->span) : NULL;
      return q && !q->dropped && q->b == j ? q : NULL;
    }
  if (j + 1 < n && !strcmp (word_at (scan, j)->key, ",") && list_joiner (scan, j + 1))
    j++;
  Span *q = j + 1 < n ? span_at (scan, word_at (scan, j + 1)->span) : NULL;
  if (q == NULL || q->dropped || q->a != j + 1
      || (q->b < n && is_possessive (word_at (scan, q->b))))
    return NULL;
  return q;
}

/* Whether word @i is "and", "or" or "&": a list closes there. */
static gboolean
list_closer (const Scan *scan, guint i)
{
  return i < scan->words->len && strcmp (word_at (scan, i)->key, ",") != 0 && list_joiner (scan, i);
}

/* Whether the names from @left (nullable) through @p to @right
 * (nullable) are a list: an "and", "or" or "&" joins two of them or
 * comes next ("X, Y and Z" from any of the three).  Commas alone
 * join clauses as often ("According to the Register, Apple will"). */
static gboolean
list_closes (const Scan *scan, const Span *left, const Span *p, const Span *right)
{
  guint n = scan->words->len;
  return list_closer (scan, p->a - 1) || list_closer (scan, p->b)
         || (p->b + 1 < n && list_closer (scan, p->b + 1))
         || (left && left->a > 0 && list_closer (scan, left->a - 1))
         || (right
             && (list_closer (scan, right->b)
                 || (right->b + 1 < n && list_closer (scan, right->b + 1))));
}

/* Whether the span @q counts as a company of a list: an organisation a
 * list of companies holds or the text called one (cued). */
static gboolean
known_company (Scan *scan, const Span *q)
{
  return strcmp (q->label, "ORG") == 0
         && (q->cued || name_listed (scan->e->companies, scan, q->a, q->b));
}

void
vote_listed_companies (Scan *scan)
{
  /* A company of the companies' list the tagger called a thing, a
   * person or a place (not a listed one: GPE) in a list or a range of companies ("from X to Y", "X,
   * Y and Z") is the company where each of its neighbours in the list is an organisation and one of
   * them a known company (listed, or cued): the list is of companies.  Not a name after a
   * possessive nor before one
   * ("Sony's Playstation, Microsoft's X-Box": products), one of a
   * product's shape ("iTunes"), nor a person the text marks so or names
   * with a first name; not where a neighbour is no organisation
   * ("Johnson and Sotherton": the list is of people). */
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->cued || p->work || p->team
          || p->b - p->a > 3
          || (strcmp (p->label, "MISC") != 0 && strcmp (p->label, "PERSON") != 0
              && strcmp (p->label, "LOC") != 0)
          || p->a == 0)
        continue;
      const Word *first = word_at (scan, p->a), *before = word_at (scan, p->a - 1);
      if (product_shaped (first) || is_possessive (before)
          || (p->b < n && is_possessive (word_at (scan, p->b)))
          || !name_listed (scan->e->companies, scan, p->a, p->b))
        continue;
      if (strcmp (p->label, "PERSON") == 0
          && ((first_name_flags (scan, first) & NAME_WORD_FIRST) || person_mark (scan, p->a - 1)))
        continue;
      Span *left = NULL, *right = NULL;
      if (list_joiner (scan, p->a - 1))
        left = list_neighbour (scan, p->a - 1, TRUE);
      else if (!strcmp (before->key, "to"))
        {
          /* A range: "from X to Y". */
          left = list_neighbour (scan, p->a - 1, TRUE);
          if (left && (left->a == 0 || strcmp (word_at (scan, left->a - 1)->key, "from") != 0))
            left = NULL;
        }
      if (p->b < n && list_joiner (scan, p->b))
        right = list_neighbour (scan, p->b, FALSE);
      else if (p->b < n && !strcmp (word_at (scan, p->b)->key, "to")
               && !strcmp (before->key, "from"))
        right = list_neighbour (scan, p->b, FALSE);
      gboolean range = (left && !strcmp (before->key, "to"))
                       || (right && !strcmp (word_at (scan, p->b)->key, "to"));
      if ((left == NULL && right == NULL) || (!range && !list_closes (scan, left, p, right))
          || (left && strcmp (left->label, "ORG") != 0)
          || (right && strcmp (right->label, "ORG") != 0)
          || !((left && known_company (scan, left)) || (right && known_company (scan, right))))
        continue;
      span_set_org (p);
      p->cued = TRUE; /* the list decided it: its other mentions follow in links.c's vote */
    }
}

void
spread_cued_runs (Scan *scan)
{
  /* A name of two words or more the text itself calls an organisation
   * at one mention ("the band Dervish Road": cued) is the organisation
   * at its mentions the tagger or a shape rule took for a place
   * ("Dervish Road will go on", a loc-head ending it): one name, one
   * label.  Not a name the lists know (a listed place keeps its kind), a
   * work's, a team's or one linked to an identifier; the tagger's people
   * are spread_cued_orgs()'s (people.c).  Not its MISC: on the BBC
   * archive and CoNLL's training set the cue was an event's or a
   * championship's as often ("a spokesman for the UN's World Summit",
   * "Five Nations' committee chairman"), the mentions rightly MISC.
   * Few cued names a document: compared word slot by word slot. */
  guint cued[MOST_RUNS], n_cued = 0;
  for (guint k = 0; k < scan->spans->len && n_cued < MOST_RUNS; k++)
    {
      const Span *p = span_at (scan, k);
      if (!p->dropped && p->cued && p->b - p->a >= 2 && strcmp (p->label, "ORG") == 0)
        cued[n_cued++] = k;
    }
  for (guint k = 0; n_cued && k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a < 2 || p->work || p->team || p->listed || p->kb || p->cued
          || (p->source != SOURCE_TAGGER && p->source != SOURCE_RULE)
          || strcmp (p->label, "LOC") != 0)
        continue;
      for (guint c = 0; c < n_cued; c++)
        {
          const Span *q = span_at (scan, cued[c]);
          if (runs_equal (scan, q->a, q->b, p->a, p->b))
            {
              span_set_org (p);
              break;
            }
        }
    }
}
