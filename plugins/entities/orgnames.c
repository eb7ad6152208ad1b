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

/* Whether @p is the tagger's person (or a capitalised pair's before a
 * reporting verb) with no first name of first-names.tsv: "Fair Trading"
 * (the lists' wider people's names, person-names.tsv, hold Fair and
 * Hill, so they do not count here). */
static gboolean
tagged_non_person (Scan *scan, const Span *p)
{
  if (p->source > SOURCE_TAGGER)
    return FALSE;
  for (guint i = p->a; i < p->b; i++)
    if (first_name_flags (scan, word_at (scan, i)) & NAME_WORD_FIRST)
      return FALSE;
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
      /* A person of two words or more, but the tagger's with no first
       * name or name the lists give a person ("the Commission for Fair
       * Trading": the tagger took the pair for a person). */
      if (s && (strcmp (s->label, "PERSON") == 0 ? s->b - s->a > 1 && !tagged_non_person (scan, s)
                                                 : s->source == SOURCE_GAZETTEER && strcmp (s->label, "ORG") == 0))
        return FALSE;
      if (w->hint && w->hint_len == b - i && strcmp (w->hint->label, "ORG") == 0)
        return FALSE;
    }
  const Word *first = word_at (scan, a);
  /* A first name and a capital after it: a person ("for John Smith"). */
  if (b - a > 1 && (first_name_flags (scan, first) & NAME_WORD_FIRST))
    return FALSE;
  /* A person's name of one word before a kind of person is their
   * modifier, no body's name: "The Society of Blair loyalists" (not
   * "Network for Good last week", "the Fund for Peace published"). */
  if (b - a != 1 || b >= scan->words->len)
    return TRUE;
  const Word *next = word_at (scan, b);
  if (next->upper || next->sentence_start
      || !((first_name_flags (scan, first) & NAME_WORD_FIRST) || (first->hint && strcmp (first->hint->label, "PERSON") == 0)))
    return TRUE;
  char stem[64];
  const char *noun = plural_stem (next->key, FALSE, stem) ? stem : next->key;
  return !(word_map_get (scan->e->first_names, noun, word_hash (noun, strlen (noun))) & NAME_WORD_PERSON_NOUN);
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
      /* The cue bits first: "and" and "the" are connectors too, and
       * among the commonest words. */
      if (c->upper || !(c->cue & CUE_CONNECTOR) || !body_head (word_at (scan, i - 1))
          || !capital_word (word_at (scan, i + 1)) || strcmp (c->key, "and") == 0 || strcmp (c->key, "the") == 0)
        continue;
      guint a = i - 1;
      const Span *left = span_at (scan, word_at (scan, i - 1)->span);
      /* A body's short form the lists hold ("the Commission", the
       * European one's) before a connector and a name is a body of its
       * own ("the Commission for Fair Trading"): the head alone opens
       * it. */
      gboolean short_form = left && left->b == i && left->source == SOURCE_GAZETTEER && strcmp (left->label, "ORG") == 0
                            && (left->a == i - 1 || (left->a == i - 2 && (word_at (scan, i - 2)->cue & CUE_FUNCTION)));
      if (left && !short_form
          && (left->b != i || left->source > SOURCE_RULE || strcmp (left->label, "PERSON") == 0 || left->place))
        continue;
      if (left && !short_form)
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

/* Whether the span @p holds a connector after its first word ("of",
 * "for": "Department for Education"): a body's long name,
 * not a name of one piece ("Shell", "Smith"). */
static gboolean
holds_connector (const Scan *scan, const Span *p)
{
  for (guint i = p->a + 1; i + 1 < p->b; i++)
    {
      const Word *w = word_at (scan, i);
      if (!w->upper && (w->cue & CUE_CONNECTOR) && strcmp (w->key, "and") != 0 && strcmp (w->key, "the") != 0)
        return TRUE;
    }
  return FALSE;
}

/* A body's long name cut before "and" and its last word ("Department
 * for Education | and Skills"): the tagger's ORG holding
 * a connector, then "and" and one capitalised English word no list names
 * (not a first name, a place, a listed body, a person, nor a word CoNLL
 * writes as a body's name alone: institutions.tsv's Treasury, Labour),
 * then no capital: one name.  Never two names glued ("Shell and BP": no
 * connector in Shell; "the Bank of England and Barclays": a listed
 * company; "the Bank of England and Treasury": an institution). */
static void
join_and_last_word (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 1; i + 1 < we; i++)
    {
      const Word *c = word_at (scan, i);
      /* The first letter first: the walk meets every word. */
      if (c->key[0] != 'a' || c->upper || strcmp (c->key, "and") != 0)
        continue;
      gint k = word_at (scan, i - 1)->span;
      Span *p = span_at (scan, k);
      const Word *last = word_at (scan, i + 1);
      if (!p || p->dropped || p->b != i || strcmp (p->label, "ORG") != 0 || !capital_word (last) || last->capitals
          || (i + 2 < we && (word_at (scan, i + 2)->upper || (word_at (scan, i + 2)->cue & CUE_CONNECTOR))))
        continue;
      guint flags = first_name_flags (scan, last);
      const Span *q = span_at (scan, last->span);
      /* Nor a word the tagger read as a body's name of its own ("the
       * Bank of Japan and Fed"). */
      if (!(flags & NAME_WORD_ENGLISH) || (flags & (NAME_WORD_FIRST | NAME_WORD_INSTITUTION))
          || (q && (q->b - q->a > 1 || q->source >= SOURCE_GAZETTEER || q->place
                    || (q->source == SOURCE_TAGGER && strcmp (q->label, "ORG") == 0)))
          || (last->hint && last->hint_len == 1) || !holds_connector (scan, p))
        continue;
      drop_spans (scan, i + 1, i + 2, p);
      word_at (scan, i)->span = k;
      word_at (scan, i + 1)->span = k;
      p->b = i + 2;
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
      i++;
    }
}

/* The label of the name [a, b) after "and" at the end of the tagger's
 * body's name ("the Ministry of Defence and John Smith", "the Institute
 * for Fiscal Studies and Oxfam") where it is a name of its own, or
 * NULL: a person (a first name, not an English word, then capitals; a
 * word no English list holds the lists hint as a person's), a listed
 * company, a body CoNLL
 * writes alone (institutions.tsv: Labour, Treasury) or an acronym; one
 * word no English list holds ("Ofcom") is a body's name too.  A place
 * stays ("the Diocese of Ripon and Leeds", "Bath and Wells"), and so
 * does an English word ("Trade and Industry", "Personnel and
 * Development"). */
static const char *
glued_name (Scan *scan, guint a, guint b)
{
  const Word *w = word_at (scan, a);
  guint f = first_name_flags (scan, w);
  if (w->known.single && w->known.single->place)
    return NULL;
  if (b - a >= 2)
    {
      /* A first name (first-names.tsv, or a person's the lists know:
       * "John", "Tony") and a surname: no
       * body's head, and no English word unless the lists hint a
       * person's ("John Smith"). */
      const Word *s = word_at (scan, b - 1);
      gboolean surname = !(first_name_flags (scan, s) & NAME_WORD_ENGLISH)
                         || (s->hint && strcmp (s->hint->label, "PERSON") == 0)
                         || (w->hint && w->hint_len == b - a && strcmp (w->hint->label, "PERSON") == 0);
      const GazetteerEntry *e = w->known.single ? w->known.single : w->hint;
      gboolean first = (f & NAME_WORD_FIRST) || (e && strcmp (e->label, "PERSON") == 0);
      if (first && b - a == 2 && surname && !(s->cue & (CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_ORG_WORD)))
        return "PERSON";
      return name_listed (scan->e->companies, scan, a, b) ? "ORG" : NULL;
    }
  /* A surname the lists hint that is no English word too ("and
   * Numbers" of "Assigned Names and Numbers" is the name's own). */
  /* A first name alone ends a body's own name as often ("the College
   * of William and Mary"). */
  if ((w->known.single && strcmp (w->known.single->label, "GPE") == 0) || (f & NAME_WORD_FIRST)
      || (w->hint && w->hint->hint && strcmp (w->hint->hint, "FIRST") == 0))
    return NULL;
  if (w->hint && w->hint_len == 1 && strcmp (w->hint->label, "PERSON") == 0 && !(f & NAME_WORD_ENGLISH))
    return "PERSON";
  if (w->capitals || (f & NAME_WORD_INSTITUTION) || !(f & NAME_WORD_ENGLISH)
      || name_listed (scan->e->companies, scan, a, b))
    return "ORG";
  return NULL;
}

/* The tagger's body's name holding a connector and then "and" glued to
 * a name of its own after it (glued_name()): cut at "and", the rest
 * its own name.  The mirror of join_and_last_word(), which joins what
 * the tagger cut where the last word is an English word no list names. */
static void
cut_glued_names (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i < we; i++)
    {
      gint k = word_at (scan, i)->span;
      Span *p = span_at (scan, k);
      if (!p || p->dropped || p->a != i || p->source >= SOURCE_GAZETTEER || strcmp (p->label, "ORG") != 0 || p->b - p->a < 5)
        continue;
      guint a = p->a, b = p->b, j = b - 2;
      while (j > a + 2 && strcmp (word_at (scan, j)->key, "and") != 0)
        j--;
      const char *label = NULL;
      if (word_at (scan, j)->upper || strcmp (word_at (scan, j)->key, "and") != 0 || b - j > 3)
        {
          i = b - 1;
          continue;
        }
      Span cut = *p;
      cut.b = j;
      if (!holds_connector (scan, &cut) || !(label = glued_name (scan, j + 1, b)))
        {
          i = b - 1;
          continue;
        }
      for (guint w = j; w < b; w++)
        word_at (scan, w)->span = -1;
      p->b = j;
      g_free (p->canonical), p->canonical = words_text (scan, a, j);
      Span *s = claim (scan, j + 1, b, label, SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, j + 1, b);
      i = b - 1;
    }
}

/* A nationality's adjective the tagger read as a people (NORP) right
 * before a body's name of the shape "<Noun> of <Name>" (an org-word or
 * an org-head, and a connector: "Chamber of Commerce") is the body's
 * own first word: "the British Chamber of Commerce", "the Russian
 * Academy of Sciences" are one ORG, as "the American Medical
 * Association" already was by its shape.  Not a government's part
 * ("the British Ministry of Defence", "the French Embassy": the
 * country's, whose name it takes without the adjective), a name the
 * lists or a rule already know ("Scottish Bank of Scotland"), a
 * person's noun ("Englishman"), nor a lowercase body ("British chamber
 * of commerce"). */
static void
join_nationality (Scan *scan, guint ws, guint we)
{
  static const char *const government[] = { "ministry", "department", "embassy", "office", "government", "consulate", NULL };
  for (guint i = ws + 1; i < we; i++)
    {
      const Word *w = word_at (scan, i), *n = word_at (scan, i - 1);
      if (!w->upper || w->capitals || !(w->cue & (CUE_ORG_WORD | CUE_ORG_HEAD)) || !n->upper || n->capitals)
        continue;
      gint k = w->span;
      Span *p = span_at (scan, k), *q = span_at (scan, n->span);
      if (!p || p->dropped || p->a != i || strcmp (p->label, "ORG") != 0 || p->source == SOURCE_GAZETTEER
          || !q || q->dropped || q->a != i - 1 || q->b != i || strcmp (q->label, "NORP") != 0
          || !holds_connector (scan, p) || name_listed (scan->e->companies, scan, p->a, p->b)
          || g_str_has_suffix (n->key, "man") || g_str_has_suffix (n->key, "men") || g_str_has_suffix (n->key, "woman"))
        continue;
      gboolean part = FALSE;
      for (const char *const *g = government; *g && !part; g++)
        part = strcmp (w->key, *g) == 0;
      if (part)
        continue;
      q->dropped = TRUE;
      word_at (scan, i - 1)->span = k;
      p->a = i - 1;
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
    }
}

/* A body named in brackets after "body" or "board" whose name holds
 * "and" ("its national governing body (Ireland Badminton and Squash
 * Federation)", "the
 * board (England and Wales Cricket Board)"): the capitalised words
 * between the brackets are one ORG, where the tagger read a place and
 * left the rest.  Not two places or two listed names alone in them
 * ("(England and Wales)": the last word a place's or a list's), not a
 * lowercase word but "and" and "of" inside; the last word an English
 * word no list names ("Field", "Board"), not a company's own name
 * ("(Microsoft and Google)": a name of one word of its own after "and"). */
static void
join_bracketed_bodies (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 1; i + 4 < we; i++)
    {
      const Word *o = word_at (scan, i);
      if (o->key[0] != '(' || o->key[1] != '\0')
        continue;
      const char *noun = word_at (scan, i - 1)->key;
      if (word_at (scan, i - 1)->upper || (strcmp (noun, "body") != 0 && strcmp (noun, "board") != 0))
        continue;
      guint j = i + 1, ands = 0;
      while (j < we && j < i + 9
             && (capital_word (word_at (scan, j))
                 || (j > i + 1 && (strcmp (word_at (scan, j)->key, "and") == 0 || strcmp (word_at (scan, j)->key, "of") == 0))))
        ands += strcmp (word_at (scan, j++)->key, "and") == 0;
      if (j >= we || strcmp (word_at (scan, j)->key, ")") != 0 || ands != 1 || j - i < 4 || !capital_word (word_at (scan, j - 1)))
        continue;
      const Word *last = word_at (scan, j - 1);
      const Span *q = span_at (scan, last->span);
      guint flags = first_name_flags (scan, last);
      if ((q && (q->place || q->source >= SOURCE_GAZETTEER || strcmp (q->label, "PERSON") == 0
                 || (q->a + 1 == j && strcmp (word_at (scan, j - 2)->key, "and") == 0)))
          || !(flags & NAME_WORD_ENGLISH) || (flags & (NAME_WORD_FIRST | NAME_WORD_INSTITUTION)))
        continue;
      drop_spans (scan, i + 1, j, NULL);
      Span *s = claim (scan, i + 1, j, "ORG", SOURCE_AROUND);
      if (s)
        s->canonical = words_text (scan, i + 1, j);
      i = j;
    }
}

/* Whether word @i is a house alone ("Parliament", "Senate": a word
 * CoNLL writes alone for the one body, common-capitals.tsv or
 * institutions.tsv), then "for" and a place the lists know: a member's
 * seat after the house ("entered Parliament for Bolton West"),
 * two names.  Not a longer body's name ("the National Assembly for
 * Wales": the house's word is not the name's first). */
static gboolean
house_for_seat (Scan *scan, guint i, guint we)
{
  if (i + 2 >= we || strcmp (word_at (scan, i + 1)->key, "for") != 0 || !capital_word (word_at (scan, i + 2)))
    return FALSE;
  /* A member enters Parliament, never "the Parliament", for a seat:
   * "the Parliament for Scotland" is a body's name. */
  if (i > 0 && strcmp (word_at (scan, i - 1)->key, "the") == 0)
    return FALSE;
  const GazetteerEntry *place = word_at (scan, i + 2)->known.single;
  return (first_name_flags (scan, word_at (scan, i)) & (NAME_WORD_COMMON | NAME_WORD_INSTITUTION)) && place
         && strcmp (place->label, "GPE") == 0;
}

/* Pieces the tagger labels as one kind of name that are another:
 * - a house, "for" and a seat read as one body (house_for_seat()): the
 *   house ORG, the seat GPE;
 * - a nationality's plural the lists hold only in the singular ("the
 *   Malawians" of "Malawian", demonyms.tsv and nationalities.tsv): a
 *   people, NORP, not the tagger's ORG or PERSON;
 * - a nationality's noun for a person ("-man", "-men") after "The"
 *   written with a capital inside a sentence ("editor of The
 *   Scotsman"): a newspaper's or a work's title, ORG, where "the
 *   Scotsman" alone is the man (NORP); not an adjective ("The British"
 *   of a title in capitals);
 * - a first name and a surname the tagger read as two bodies ("Adelaide
 *   Hamilton": a company's and a club's names the lists hold): one
 *   person, where the first is no listed club ("Chelsea Arsenal"), the
 *   second no English word ("Victoria Station"), neither in capitals
 *   ("Sony PSP"), and no capital stands on either side. */
static void
mend_pieces (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i < we; i++)
    {
      Word *w = word_at (scan, i);
      if (w->span < 0 || !w->upper)
        continue;
      Span *p = span_at (scan, w->span);
      if (p && !p->dropped && p->a == i && p->b > i + 2 && strcmp (p->label, "ORG") == 0 && house_for_seat (scan, i, we))
        {
          guint b = p->b;
          drop_spans (scan, i, b, NULL);
          Span *house = claim (scan, i, i + 1, "ORG", SOURCE_RULE);
          if (house)
            house->canonical = words_text (scan, i, i + 1);
          Span *seat = claim (scan, i + 2, b, "GPE", SOURCE_RULE);
          if (seat)
            seat->canonical = words_text (scan, i + 2, b);
          i = b - 1;
          continue;
        }
      if (!p || p->dropped || p->a != i || p->b != i + 1)
        continue;
      gsize n = strlen (w->key);
      if (strcmp (p->label, "NORP") != 0 && p->source < SOURCE_GAZETTEER && n > 4 && n < 64 && w->key[n - 1] == 's' && !w->capitals)
        {
          char stem[64];
          memcpy (stem, w->key, n - 1);
          stem[n - 1] = '\0';
          GazetteerWord g = gazetteer_word (scan->e->gazetteer, stem, word_hash (stem, n - 1));
          if (g.single && strcmp (g.single->label, "NORP") == 0)
            {
              p->label = "NORP";
              p->place = FALSE;
              continue;
            }
        }
      if (strcmp (p->label, "NORP") == 0 && i > ws)
        {
          const Word *the = word_at (scan, i - 1);
          /* ... or before a publication's noun, wherever the sentence
           * starts ("The Scotsman newspaper reported"). */
          gboolean paper = i + 1 < we && (word_at (scan, i + 1)->cue & CUE_ORG_AFTER) && !word_at (scan, i + 1)->upper;
          if (the->upper && (paper || !the->sentence_start) && strcmp (the->key, "the") == 0 && n > 3
              && (g_str_has_suffix (w->key, "man") || g_str_has_suffix (w->key, "men")))
            {
              p->label = "ORG";
              g_clear_pointer (&p->kb, g_free);
              g_clear_pointer (&p->country, g_free);
              g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
            }
          continue;
        }
      Span *q = i + 1 < we ? span_at (scan, word_at (scan, i + 1)->span) : NULL;
      if (!q || q->dropped || q->a != i + 1 || q->b != i + 2 || strcmp (p->label, "ORG") != 0 || strcmp (q->label, "ORG") != 0)
        continue;
      guint f1 = first_name_flags (scan, w), f2 = first_name_flags (scan, word_at (scan, i + 1));
      if (!(f1 & NAME_WORD_FIRST) || (f2 & (NAME_WORD_ENGLISH | NAME_WORD_INSTITUTION)) || word_at (scan, i + 1)->capitals
          || w->capitals || club_listed (scan, i, i + 1)
          || (i > ws && word_at (scan, i - 1)->upper && !word_at (scan, i - 1)->sentence_start)
          || (i + 2 < we && word_at (scan, i + 2)->upper))
        continue;
      drop_spans (scan, i + 1, i + 2, p);
      word_at (scan, i + 1)->span = w->span;
      p->b = i + 2;
      p->label = "PERSON";
      p->place = FALSE;
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
      i++;
    }
}

/* The most names a list holds here: a longer run of commas is a table. */
#define LIST_MAX 12

/* The person marks of Scan.person_marks, per slot: a first name or a
 * title right before some mention of the word ("Jerry Yahoo", "Mr
 * Virgin"), and the word ending a person's name of two words or more
 * ("Johnny Depp").  Read once a document: a scan a candidate made a list
 * of 20,000 lists take ten times as long. */
#define MARK_AFTER_FIRST 1
#define MARK_SURNAME 2

static guint8
person_marks (Scan *scan, const Word *w)
{
  if (!scan->person_marks)
    {
      scan->person_marks = g_new0 (guint8, MAX (scan->n_slots, 1));
      for (guint k = 1; k < scan->words->len; k++)
        {
          const Word *before = word_at (scan, k - 1);
          if ((before->cue & (CUE_HONORIFIC | CUE_ROLE))
              || (before->upper && !before->sentence_start && (first_name_flags (scan, before) & NAME_WORD_FIRST)))
            scan->person_marks[scan->slots[k]] |= MARK_AFTER_FIRST;
        }
      for (guint k = 0; k < scan->spans->len; k++)
        {
          const Span *p = span_at (scan, k);
          if (!p->dropped && p->b - p->a >= 2 && strcmp (p->label, "PERSON") == 0)
            scan->person_marks[scan->slots[p->b - 1]] |= MARK_SURNAME;
        }
    }
  return scan->person_marks[word_slot (scan, w)];
}

gboolean
surname_marked (Scan *scan, const Word *w)
{
  return (person_marks (scan, w) & MARK_SURNAME) != 0;
}

gboolean
first_name_marked (Scan *scan, const Word *w)
{
  return (person_marks (scan, w) & MARK_AFTER_FIRST) != 0;
}

/* Whether a person's evidence stands by any mention of @w's word in the
 * document: a first name or a title before one of its mentions
 * (person_marks()), or the word itself a first name. */
static gboolean
person_evidence (Scan *scan, const Word *w)
{
  return (first_name_flags (scan, w) & NAME_WORD_FIRST) || (person_marks (scan, w) & MARK_AFTER_FIRST);
}

/* Whether @p is a name of one word the tagger alone called a person or
 * a place that no list hints as a place: a company named by an English
 * word may be either ("Yahoo" PERSON, "Amazon" LOC). */
static gboolean
relabel_candidate (const Scan *scan, const Span *p)
{
  if (p->source != SOURCE_TAGGER || p->cued || p->place || p->b - p->a != 1)
    return FALSE;
  const Word *w = word_at (scan, p->a);
  /* A surname or first name the lists hint is a person's ("Smith, Jones,
   * Microsoft and Google"). */
  if (w->hint && strcmp (w->hint->label, "PERSON") == 0)
    return FALSE;
  if (strcmp (p->label, "PERSON") == 0)
    return TRUE;
  return strcmp (p->label, "LOC") == 0 && !w->known.single && (!w->hint || strcmp (w->hint->label, "ORG") == 0);
}

/* A list of names, "A, B, C and D" (or "or"; a bracket after a name is
 * skipped: "Medecins sans Frontieres (Doctors Without Borders)"), whose
 * other names are organisations, two at least and more than the
 * candidates: a one-word name the tagger called a person or an unlisted
 * place takes their label ("Google, Yahoo, Ebay and Amazon"), unless a
 * person's evidence holds in the document (person_evidence()).  Its
 * other mentions vote with it (cued).  Not a list with a person's or a
 * place's name the lists know ("Blair, Brown and Labour"). */
static void
relabel_lists (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i + 1 < we; i++)
    {
      /* A list opens with a name and a comma: told by two bytes before
       * anything is looked up (most words open no list). */
      if (!word_at (scan, i)->upper)
        continue;
      const Span *first = span_at (scan, word_at (scan, i)->span);
      guint after = first && first->a == i ? first->b : i + 1;
      if (after >= we || word_at (scan, after)->text[0] != ',')
        continue;
      Span *items[LIST_MAX] = { NULL };
      guint n = 0, orgs = 0, candidates = 0;
      gboolean other = FALSE, closed = FALSE;
      guint k = i;
      while (k < we && n < LIST_MAX)
        {
          Span *p = span_at (scan, word_at (scan, k)->span);
          const Word *w = word_at (scan, k);
          if (!p && capital_word (w) && k + 1 < we && !word_at (scan, k + 1)->upper)
            {
              /* A capitalised word the tagger left out is an item that
               * speaks for neither side. */
              k++;
              n++;
            }
          else if (!p || p->a != k || p->dropped)
            break;
          else
            {
              items[n++] = p;
              /* A company the lists hint counts as one, whatever the
               * tagger's label ("Amazon" LOC). */
              if (strcmp (p->label, "ORG") == 0 || (p->b - p->a == 1 && w->hint && w->hint_len == 1 && strcmp (w->hint->label, "ORG") == 0))
                orgs++;
              else if (relabel_candidate (scan, p))
                candidates++;
              else
                other = TRUE;
              k = p->b;
            }
          if (k < we && strcmp (word_at (scan, k)->text, "(") == 0)
            {
              while (k < we && strcmp (word_at (scan, k)->text, ")") != 0)
                k++;
              k++;
            }
          if (closed || k + 1 >= we)
            break;
          const char *sep = word_at (scan, k)->key;
          if (strcmp (sep, "and") == 0 || strcmp (sep, "or") == 0)
            closed = TRUE;
          else if (strcmp (sep, ",") != 0)
            break;
          k++;
          if (k < we && !closed && (strcmp (word_at (scan, k)->key, "and") == 0 || strcmp (word_at (scan, k)->key, "or") == 0))
            {
              closed = TRUE;
              k++;
            }
        }
      if (n >= 3 && closed && !other && candidates > 0 && orgs >= 2 && orgs > candidates)
        for (guint j = 0; j < n; j++)
          if (items[j] && strcmp (items[j]->label, "ORG") != 0 && !person_evidence (scan, word_at (scan, items[j]->a)))
            {
              items[j]->label = "ORG";
              items[j]->cued = TRUE;
            }
      if (n > 1)
        i = k - 1;
    }
}

/* Whether the word at @i, inside [ws, we), is a name's capitalised word
 * that would carry a run of capitals on past a body's name. */
static gboolean
capital_at (const Scan *scan, guint ws, guint we, guint i)
{
  return i >= ws && i < we && capital_word (word_at (scan, i));
}

/* Whether word @i opens a national body's name before a place: a sport's
 * name (cues.tsv kind sport-name: "Sport England", "Athletics Kenya") or
 * "Team" ("Team GB"), with a capital. */
static gboolean
body_before_place (const Scan *scan, guint ws, guint we, guint i)
{
  const Word *w = word_at (scan, i);
  return capital_at (scan, ws, we, i) && ((w->cue & CUE_SPORT_NAME) || strcmp (w->key, "team") == 0);
}

/* Whether the word at @b, after a nationality and a sport's name, shows
 * a body speaking or staffed: a reporting verb ("British Cycling
 * said"), a possessive ("British Cycling's director") or an office
 * ("Scottish Swimming coach", "chief"; cues.tsv kinds role and
 * club-post).  A nationality and a sport capitalised are as often the
 * sport's ("English Football is in a mess", "French Tennis star",
 * "Irish Racing is worth"), and neither the BBC archive nor eng.train
 * holds one such body otherwise (mend-ent15). */
static gboolean
speaks_as_body (const Scan *scan, guint we, guint b)
{
  if (b >= we)
    return FALSE;
  const Word *w = word_at (scan, b);
  return (is_possessive (w) && w->glued) || (!w->upper && (w->cue & (CUE_VERB | CUE_ROLE | CUE_CLUB_POST)));
}

/* A national sports body named by a place or a nationality and a sport
 * ("UK Athletics", "England Hockey", "British Cycling", "Athletics
 * Kenya", "Sport England"; a nationality only where speaks_as_body())
 * or "Team" and a country ("Team GB", "Team USA"): one organisation, where the tagger
 * reads the place alone and the sport as nothing or a person.  Only
 * where no capitalised word runs on either side ("UK Athletics
 * Championships" is an event, "the England Rugby World Cup squad" a
 * longer name) and the sport is written with a capital ("won for
 * England in athletics", "Team leader John Smith").  "Team" takes any
 * place ("Team Highgrove", a polo side) or two or three capitals no span
 * holds ("GB").  @i: a sport's name or "Team"; returns the word after
 * the body, 0 where there is none. */
static guint
sport_body_at (Scan *scan, guint ws, guint we, guint i)
{
  const Word *w = word_at (scan, i);
  if (!capital_word (w))
    return 0;
  gboolean team = !(w->cue & CUE_SPORT_NAME);
  guint a = i, b = i + 1;
  const Span *after = i + 1 < we ? span_at (scan, word_at (scan, i + 1)->span) : NULL;
  const Span *before = i > ws ? span_at (scan, word_at (scan, i - 1)->span) : NULL;
  if (after && !after->dropped && after->a == i + 1
      && (strcmp (after->label, "GPE") == 0 || (team && strcmp (after->label, "LOC") == 0))
      && body_before_place (scan, ws, we, i))
    b = after->b;
  else if (after == NULL && i + 1 < we && team && word_at (scan, i + 1)->capitals
           && g_ascii_isalpha (word_at (scan, i + 1)->text[0]) && strlen (word_at (scan, i + 1)->text) <= 3)
    b = i + 2;
  else if (before && !team && !before->dropped && before->b == i
           && (strcmp (before->label, "GPE") == 0
               || (strcmp (before->label, "NORP") == 0 && speaks_as_body (scan, we, i + 1))))
    a = before->a;
  else
    return 0;
  if (capital_at (scan, ws, we, a - 1) || capital_at (scan, ws, we, b))
    return 0;
  drop_spans (scan, a, b, NULL);
  Span *s = claim (scan, a, b, "ORG", SOURCE_AROUND);
  if (s)
    s->canonical = words_text (scan, a, b);
  return b;
}

/* A nationality right before a body's name that holds it: a party
 * ("British National Party", "Scottish Socialist Party": its last word
 * "party") or a "National" body ("Czech National Bank", "Russian
 * National Olympic Committee"), the body's name ending in an
 * organisation's head (cues.tsv kind org-head).  The tagger reads the
 * nationality alone (NORP) and the rest as the body; the whole is the
 * body's name.  Not a ministry or a company the nationality only
 * places ("the Russian Interior Ministry", CoNLL's MISC and ORG; "German
 * Deutsche Bank"), nor a name the lists hold, nor a word written twice
 * ("British British Casino Association").  @i: the body's first word,
 * after the nationality's. */
static void
national_body_at (Scan *scan, guint i)
{
  Span *nation = span_at (scan, word_at (scan, i - 1)->span);
  Span *body = span_at (scan, word_at (scan, i)->span);
  if (nation == NULL || body == NULL || nation->b != i || body->a != i || nation->dropped || body->dropped
      || strcmp (nation->label, "NORP") != 0 || strcmp (body->label, "ORG") != 0 || body->b - body->a < 2
      || body->source > SOURCE_RULE || body->kb || !(word_at (scan, body->b - 1)->cue & CUE_ORG_HEAD)
      || !capital_word (word_at (scan, body->b - 1))
      || (strcmp (word_at (scan, body->b - 1)->key, "party") != 0 && strcmp (word_at (scan, i)->key, "national") != 0))
    return;
  guint a = nation->a, b = body->b;
  drop_spans (scan, a, b, NULL);
  Span *s = claim (scan, a, b, "ORG", SOURCE_AROUND);
  if (s)
    s->canonical = words_text (scan, a, b);
}

/* Whether @w is a title of office written as an acronym, or its plural
 * ("MP", "MEPs", "MSPs": cues.tsv's role "MP", and an "s"). */
static gboolean
office_acronym (const Word *w, const Scan *scan)
{
  if (w->capitals)
    return (w->cue & CUE_ROLE) && !g_ascii_isdigit ((guchar) w->text[0]);
  gsize n = strlen (w->key);
  if (n < 3 || n > 7 || strlen (w->text) != n || w->text[n - 1] != 's' || !g_ascii_isupper (w->text[n - 2]))
    return FALSE;
  char single[8];
  memcpy (single, w->key, n - 1);
  single[n - 1] = '\0';
  return (cue_map_rules (scan->e->cues, single, word_hash (single, n - 1)) & CUE_ROLE) != 0;
}

/* A party's members by their office ("34 Labour MPs", "UKIP MEPs",
 * "Tony Banks, Labour MP for West Ham"), or a member by a region's or
 * his name ("East Midlands MEP", "Tony Banks MP"): the tagger's name over
 * both is the party, the region or the person alone; the office is no
 * part of it.  A nationality the lists know left so is a NORP
 * ("Scottish and Welsh MPs").  @i: the office's word. */
static void
cut_office_at (Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  Span *p = span_at (scan, w->span);
  if (p == NULL || p->dropped || p->b != i + 1 || p->a == i || p->source != SOURCE_TAGGER
      || strcmp (p->label, "MISC") == 0 || !office_acronym (w, scan))
    return;
  p->b = i;
  word_at (scan, i)->span = -1;
  g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
  /* "Scottish and Welsh MPs": a nationality's members, no party. */
  const GazetteerEntry *single = p->b == p->a + 1 ? word_at (scan, p->a)->known.single : NULL;
  if (single && strcmp (single->label, "NORP") == 0)
    p->label = "NORP";
}

/* The most words between a name's commas that say what it is. */
#define APPOSITION_MAX 4

/* A name, then between commas a short phrase ending in a band's noun
 * (cues.tsv kind band-noun, or org-noun "band": "Green Day, voted best
 * group, and ...", "Keane, a three-piece band, played"): a band, an
 * organisation, where the tagger read a person, a place or a thing;
 * cued, so its mentions alone vote so.  Not where a function word
 * stands in the phrase ("Smith, head of the group,", "Smith, who
 * founded the band,": the phrase is about a person), nor a possessive
 * ("the group's chairman").  @i: the first comma. */
static void
apposed_band_at (Scan *scan, guint ws, guint we, guint i)
{
  if (i == ws || i + 2 >= we)
    return;
  Span *name = span_at (scan, word_at (scan, i - 1)->span);
  if (name == NULL || name->dropped || name->b != i || name->source != SOURCE_TAGGER
      || strcmp (name->label, "ORG") == 0 || strcmp (name->label, "NORP") == 0 || strcmp (name->label, "GPE") == 0)
    return;
  guint j = i + 1;
  while (j < we && j - i <= APPOSITION_MAX && strcmp (word_at (scan, j)->text, ",") != 0)
    j++;
  if (j >= we || j - i > APPOSITION_MAX || j < i + 2)
    return;
  const Word *noun = word_at (scan, j - 1);
  if (noun->upper || !((noun->cue & CUE_BAND_NOUN) || strcmp (noun->key, "band") == 0))
    return;
  for (guint k = i + 1; k < j - 1; k++)
    {
      const Word *w = word_at (scan, k);
      if (w->upper || is_possessive (w)
          || ((w->cue & CUE_FUNCTION) && !(k == i + 1 && (strcmp (w->key, "a") == 0 || strcmp (w->key, "the") == 0))))
        return;
    }
  span_set_org (name);
  name->cued = TRUE;
  g_clear_pointer (&name->role, g_free);
}

/* Whether the name at word @i (its span's, or the word alone) is a
 * person's by its own evidence: a first name opening it (first-names.tsv,
 * or a person's the lists hint), or a surname the document writes after
 * a first name ("Pellow" after "Tom Pellow"). */
static gboolean
person_side (Scan *scan, guint i)
{
  const Span *s = span_at (scan, word_at (scan, i)->span);
  if (s == NULL || strcmp (s->label, "PERSON") != 0)
    return FALSE;
  const Word *first = word_at (scan, s->a);
  return (first_name_flags (scan, first) & NAME_WORD_FIRST) || (first->hint && strcmp (first->hint->label, "PERSON") == 0)
         || (s->b == s->a + 1 && surname_marked (scan, first));
}

/* Whether the name at word @i is a place's or a people's (GPE, LOC,
 * NORP): two of them about "&" are two ("Serbia & Montenegro" as a
 * match's sides, "English & Welsh"), unless a name's word runs on. */
static gboolean
place_side (const Scan *scan, guint i)
{
  const Span *s = span_at (scan, word_at (scan, i)->span);
  return s && (strcmp (s->label, "GPE") == 0 || strcmp (s->label, "LOC") == 0 || strcmp (s->label, "NORP") == 0);
}

/* A firm's name joined by "&" between capitalised words ("Bright &
 * Dunmore", "Harlow & Sons", "Orr & Vale Research"): one organisation,
 * as CoNLL writes every such name in eng.train (22 of 23; the other a
 * park), where the tagger cut it at the "&" ("Bright" ORG, "Dunmore"
 * PERSON).  The name runs back over the span or the word before the
 * "&" and on over the span after it and the capitalised words no span
 * holds after that ("& Partners", "& Civic Life"), stopping before a
 * lowercase "and" the tagger's span ran on over ("Orr & Vale and
 * Tarn Mills": Tarn Mills its own name).  Not two people by their own
 * evidence ("Tom Pellow & David Quarrie", "Pellow & Quarrie" after
 * their full names), nor two places or peoples with nothing after
 * ("Serbia & Montenegro").  @i: the "&", with spaces about it. */
static void
join_ampersand_at (Scan *scan, guint ws, guint we, guint i)
{
  if (i == ws || i + 1 >= we || word_at (scan, i)->glued || word_at (scan, i + 1)->glued
      || !capital_word (word_at (scan, i - 1)) || !capital_word (word_at (scan, i + 1)))
    return;
  /* A holiday or a word of when ("Easter & New Year's Day") is no
   * firm's. */
  const Cue when = CUE_FUNCTION | CUE_TIME | CUE_WEEKDAY;
  if ((word_at (scan, i - 1)->cue & when) || (word_at (scan, i + 1)->cue & when))
    return;
  const Span *left = span_at (scan, word_at (scan, i - 1)->span);
  const Span *right = span_at (scan, word_at (scan, i + 1)->span);
  if (left && left == right)
    return;
  guint a = left && left->b == i ? left->a : i - 1;
  /* Back over one capitalised word no span holds ("Tarrow Vale & Co",
   * "the Evening Lamp & General Trust"; not a heading's words before it,
   * "Lead Underwriter Tarrow Vale & Co"), and a place or a people's
   * name right before them ("Wales Rowing & Canoe"). */
  if (a == i - 1 && !left)
    {
      if (a > ws && capital_word (word_at (scan, a - 1)) && word_at (scan, a - 1)->span < 0
          && !(word_at (scan, a - 1)->cue & (CUE_ROLE | CUE_HONORIFIC | CUE_VERB | when)))
        a--;
      const Span *before = a > ws ? span_at (scan, word_at (scan, a - 1)->span) : NULL;
      if (before && before->b == a && place_side (scan, a - 1))
        a = before->a;
    }
  guint b = i + 2, glued_end = 0;
  if (right && right->a == i + 1)
    {
      b = right->b;
      for (guint k = i + 2; k < right->b; k++)
        if (!word_at (scan, k)->upper && strcmp (word_at (scan, k)->key, "and") == 0)
          {
            b = k;
            glued_end = right->b;
            break;
          }
    }
  /* On over the capitalised words after it, a word the tagger alone
   * named too, no person's by evidence ("& Civic Life": Life
   * PERSON). */
  guint bare = b;
  while (b < we && b - bare < PART_MAX && glued_end == 0 && capital_word (word_at (scan, b))
         && !(word_at (scan, b)->cue & (CUE_ROLE | CUE_HONORIFIC | CUE_VERB | when)))
    {
      const Span *q = span_at (scan, word_at (scan, b)->span);
      if (q && (q->source > SOURCE_TAGGER || q->b != b + 1 || person_side (scan, b)))
        break;
      b++;
    }
  if (person_side (scan, i - 1) && person_side (scan, i + 1))
    return;
  if (b == bare && place_side (scan, i - 1) && place_side (scan, i + 1))
    return;
  /* The rest of a span the tagger glued on by "and" is a name of its
   * own, claimed before the firm's takes its words. */
  guint rest = glued_end && b + 1 < glued_end && capital_word (word_at (scan, b + 1)) ? b + 1 : 0;
  drop_spans (scan, a, glued_end ? glued_end : b, NULL);
  Span *s = claim (scan, a, b, "ORG", SOURCE_AROUND);
  if (s)
    s->canonical = words_text (scan, a, b);
  if (rest)
    {
      Span *r = claim (scan, rest, glued_end, "ORG", SOURCE_TAGGER);
      if (r)
        r->canonical = words_text (scan, rest, glued_end);
    }
}

void
find_org_names (Scan *scan, guint ws, guint we)
{
  /* The joins that start at a capitalised body's head (body_head(), an
   * org-word or org-head before the NORP) walk no sentence that holds
   * none (Scan.sentence_upper_cues). */
  if ((scan->sentence_upper_cues & (CUE_ORG_HEAD | CUE_ORG_WORD | CUE_ORG_NOUN)) && (scan->sentence_cues & CUE_CONNECTOR))
    join_connected (scan, ws, we);
  join_and_last_word (scan, ws, we);
  cut_glued_names (scan, ws, we);
  if (scan->sentence_upper_cues & (CUE_ORG_WORD | CUE_ORG_HEAD))
    join_nationality (scan, ws, we);
  if (scan->sentence_openers & OPENS_BRACKET)
    join_bracketed_bodies (scan, ws, we);
  /* The round of ent-orgs15's rules in one walk, each asked only where
   * the word's flags fit: four walks of the sentence cost 2.4% of
   * entities_process's instructions on the BBC archive's first 150
   * articles.  A body's head after "and" (join_paired_body_at()) is
   * asked only where the sentence holds one with a capital. */
  const gboolean bodies = (scan->sentence_upper_cues & (CUE_ORG_HEAD | CUE_ORG_WORD)) != 0;
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      if (!w->upper)
        {
          if (w->text[0] == ',' && w->text[1] == '\0')
            apposed_band_at (scan, ws, we, i);
          else if (w->text[0] == '&' && w->text[1] == '\0')
            {
              join_ampersand_at (scan, ws, we, i);
              if (bodies)
                join_paired_body_at (scan, ws, we, i);
            }
          else if (bodies && w->key[0] == 'a' && strcmp (w->key, "and") == 0)
            join_paired_body_at (scan, ws, we, i);
          continue;
        }
      if ((w->cue & CUE_SPORT_NAME) || (w->key[0] == 't' && strcmp (w->key, "team") == 0))
        {
          guint next = sport_body_at (scan, ws, we, i);
          if (next)
            {
              i = next - 1;
              continue;
            }
        }
      if (w->span < 0 || i == ws)
        continue;
      if (word_at (scan, i - 1)->upper && word_at (scan, i - 1)->span != w->span)
        national_body_at (scan, i);
      /* An office in capitals ("MP") or a capital and an "s" ("MPs"). */
      if ((w->capitals && (w->cue & CUE_ROLE))
          || (w->end - w->start >= 3 && scan->text[w->end - 1] == 's' && g_ascii_isupper (scan->text[w->end - 2])))
        cut_office_at (scan, i);
    }
  if (scan->sentence_openers & OPENS_COMMA) /* a list's commas */
    relabel_lists (scan, ws, we);
  mend_pieces (scan, ws, we);
}

/* The label a list gives the words [a, b) as a name of their own, or
 * NULL: a body or a company the lists claim or hint over exactly those
 * words, a club of clubs.tsv, a word CoNLL writes as a body alone
 * (institutions.tsv: Treasury, Rangers). */
static const char *
listed_alone (Scan *scan, guint a, guint b)
{
  const Word *w = word_at (scan, a);
  if (b == a + 1 && w->known.single && strcmp (w->known.single->label, "ORG") == 0)
    return "ORG";
  if (w->hint && w->hint_len == b - a && strcmp (w->hint->label, "ORG") == 0)
    return "ORG";
  if (b == a + 1 && (first_name_flags (scan, w) & NAME_WORD_INSTITUTION))
    return "ORG";
  return name_listed (scan->e->companies, scan, a, b) || club_listed (scan, a, b) ? "ORG" : NULL;
}

/* The spans that open on each word's key: cut_two_names() asks, for
 * each part of each glued name, where else the document names it, and a
 * walk of every span per part made a document of many glued names
 * quadratic (4,000 of them in 1.6 MB: the stage 0.18 -> 0.40 s).  Made
 * once, on the pass's first candidate, over the spans then present;
 * spans claim() appends later (the array only grows) are walked. */
typedef struct
{
  guint n;     /* spans indexed: those before it */
  gint *head;  /* per key slot, the first span opening on it, or -1 */
  gint *next;  /* per span, the next on the same slot, or -1 */
} SpansByFirst;

static void
spans_by_first_fill (SpansByFirst *ix, const Scan *scan)
{
  ix->n = scan->spans->len;
  ix->head = g_new (gint, scan->n_slots);
  ix->next = g_new (gint, ix->n + 1);
  for (guint s = 0; s < scan->n_slots; s++)
    ix->head[s] = -1;
  for (guint k = ix->n; k-- > 0;)
    {
      guint32 slot = scan->slots[g_array_index (scan->spans, Span, k).a];
      ix->next[k] = ix->head[slot];
      ix->head[slot] = (gint) k;
    }
}

static gboolean
named_there (const Scan *scan, const Span *q, guint a, guint b, const Span *glued)
{
  return q != glued && !q->dropped && q->b - q->a == b - a && scan->slots[q->a] == scan->slots[a]
         && (q->b <= glued->a || q->a >= glued->b) && runs_equal (scan, q->a, q->b, a, b);
}

/* The label the document gives the words [a, b) where it names them
 * alone, outside @glued: another mention of the same words, or NULL;
 * the first such span in the document's order, as a walk of them all
 * would find. */
static const char *
named_elsewhere (Scan *scan, SpansByFirst *ix, guint a, guint b, const Span *glued)
{
  if (ix->head == NULL)
    spans_by_first_fill (ix, scan);
  for (gint k = ix->head[scan->slots[a]]; k >= 0; k = ix->next[k])
    if (named_there (scan, span_at (scan, (guint) k), a, b, glued))
      return span_at (scan, (guint) k)->label;
  for (guint k = ix->n; k < scan->spans->len; k++)
    if (named_there (scan, span_at (scan, k), a, b, glued))
      return span_at (scan, k)->label;
  return NULL;
}

/* The label of the words [a, b) as a name of their own, by evidence
 * apart from the glued name @glued: the lists (listed_alone()), another
 * mention of them in the document (named_elsewhere()), or a first name
 * and a surname (glued_name()'s person).  NULL: none, so they may be
 * the glued name's own words ("Securities", "Exchange Commission"). */
static const char *
own_name (Scan *scan, SpansByFirst *ix, guint a, guint b, const Span *glued)
{
  const char *label = listed_alone (scan, a, b);
  if (label == NULL)
    label = named_elsewhere (scan, ix, a, b, glued);
  if (label == NULL && b - a == 2)
    {
      const char *person = glued_name (scan, a, b);
      if (person && strcmp (person, "PERSON") == 0)
        label = person;
    }
  return label;
}

/* Whether [a, j) and [j + 1, b), two words or more each, are bodies of
 * one kind: the right one's last word an organisation's head the left
 * one holds too ("Citizens Bank and Canal Bank", "the Bank of Leith and
 * Troon Savings Bank"), or both opening with the same head ("the Bank
 * of Leith and Bank of Troon").  Not one body's subjects: "Securities
 * and Exchange Commission", "Department of Health and Human Services"
 * (the heads differ). */
static gboolean
same_heads (const Scan *scan, guint a, guint j, guint b)
{
  if (j - a < 2 || b - j - 1 < 2)
    return FALSE;
  const Word *last = word_at (scan, b - 1), *first = word_at (scan, j + 1);
  for (guint i = a; i < j; i++)
    {
      const Word *h = word_at (scan, i);
      if (!(h->cue & CUE_ORG_HEAD) || !h->upper)
        continue;
      if ((last->upper && strcmp (h->key, last->key) == 0) || (i == a && first->upper && strcmp (h->key, first->key) == 0))
        return TRUE;
    }
  return FALSE;
}

/* Two names the tagger or a rule glued into one organisation by "and"
 * ("Skyvale and Harbour Airways", "Eastport United and Rovers"):
 * cut in two where each part is a name of its own by evidence apart
 * from the glued whole (own_name()), or both are bodies of one kind
 * (same_heads()).  Not a name the lists hold whole, nor a part no
 * evidence stands by: a body's subjects ("Food and Drug
 * Administration") and a firm of two surnames ("Marks and Spencer") are
 * one name.  A document's pass, after every sentence's: another mention
 * may come later.  Only the tagger's and the rules' bodies holding a
 * lowercase "and" are read, and they are few (some 150 in the BBC
 * archive's 2,225 articles). */
void
cut_two_names (Scan *scan)
{
  SpansByFirst ix = { 0, NULL, NULL };
  guint n = scan->spans->len;
  for (guint k = 0; k < n; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source > SOURCE_RULE || p->b - p->a < 3 || strcmp (p->label, "ORG") != 0)
        continue;
      guint a = p->a, b = p->b;
      for (guint j = a + 1; j + 1 < b; j++)
        {
          const Word *c = word_at (scan, j);
          if (c->key[0] != 'a' || c->upper || strcmp (c->key, "and") != 0)
            continue;
          if (listed_alone (scan, a, b))
            break;
          const char *left = NULL, *right = NULL;
          if (same_heads (scan, a, j, b))
            left = right = "ORG";
          else if (!(left = own_name (scan, &ix, a, j, p)) || !(right = own_name (scan, &ix, j + 1, b, p)))
            continue;
          for (guint w = a; w < b; w++)
            word_at (scan, w)->span = -1;
          p->dropped = TRUE;
          /* claim() may move the spans: @p is not read after it. */
          Span *l = claim (scan, a, j, left, SOURCE_RULE);
          if (l)
            l->canonical = words_text (scan, a, j);
          Span *r = claim (scan, j + 1, b, right, SOURCE_RULE);
          if (r)
            r->canonical = words_text (scan, j + 1, b);
          break;
        }
    }
  g_free (ix.head);
  g_free (ix.next);
}
