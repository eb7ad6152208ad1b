/* titles.c: works' titles known by what stands around them rather than
 * by a kind of work before them (works.c): a broadcast's title before
 * "programme" after a channel or the press, and a title's own "The"
 * written with its capital inside a sentence. */

#include "entities.h"

#include <string.h>

/* Whether the organisation @p is named as a broadcaster is: a word in
 * capitals or one with a number ("BBC Radio 4", "ITV Wales", "Channel
 * 4", "ITV1"); a party's or a council's name is none of these ("the
 * Labour Party's Education programme", "the Arts Council's Lottery
 * programme" are their plans). */
static gboolean
channel_name (const Scan *scan, const Span *p)
{
  for (guint k = p->a; k < p->b; k++)
    {
      const Word *w = word_at (scan, k);
      const char *text = scan->text + w->start;
      if ((w->capitals && w->end - w->start > 1) || g_ascii_isdigit (text[0])
          || g_ascii_isdigit (text[w->end - w->start - 1]))
        return TRUE;
    }
  return FALSE;
}

/* A broadcast by its title before a programme's noun (cues.tsv kind
 * programme), where a broadcaster or the press stands before it: a
 * channel's possessive ("BBC Radio 4's Today programme"; channel_name())
 * or "the" after a verb of the press, or "on" after a reporting verb
 * ("told the Today programme", "said on the Panorama programme").  Up to four capitalised words nobody but the
 * tagger named, none opening the sentence; not "the Government
 * programme" (no press before it), nor a name the lists claim, nor a
 * person's name (a host's: "the Jonathan Ross programme").  Asked at
 * each programme noun by find_credited_titles()'s walk over the words,
 * one walk for the title rules of this file. */
static void
programme_title (Scan *scan, guint ws, guint i)
{
  if (i < ws + 2)
    return;
  guint a = i;
  while (a > ws + 1 && a + 4 > i && word_at (scan, a - 1)->upper && !word_at (scan, a - 1)->sentence_start
         && !word_at (scan, a - 1)->glued && g_ascii_isalnum (scan->text[word_at (scan, a - 1)->start])
         && !(word_at (scan, a - 1)->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC)))
    a--;
  if (a == i || word_at (scan, a)->sentence_start)
    return;
  const Word *before = word_at (scan, a - 1);
  gboolean press = FALSE;
  if (is_possessive (before))
    {
      const Span *channel = a >= ws + 2 ? span_at (scan, word_at (scan, a - 2)->span) : NULL;
      press = channel && !channel->dropped && strcmp (channel->label, "ORG") == 0 && channel_name (scan, channel);
    }
  else if (strcmp (before->key, "the") == 0 && !before->upper && a >= ws + 2)
    {
      /* "on" alone is no press: "spent £5m on the Government
       * programme"; "said on the Today programme" is. */
      const Word *verb = word_at (scan, a - 2);
      press = (verb->cue & CUE_MEDIA_VERB)
              || (strcmp (verb->key, "on") == 0 && a >= ws + 3 && !word_at (scan, a - 2)->sentence_start
                  && (word_at (scan, a - 3)->cue & (CUE_MEDIA_VERB | CUE_VERB)) && !word_at (scan, a - 3)->upper);
    }
  /* A channel in capitals before the title is the channel's ("told
   * the BBC Today programme"); a run in capitals alone after "the",
   * or ending in a number, is the channel itself ("the BBC
   * programme", "the Radio 4 programme"). */
  while (a + 1 < i && word_at (scan, a)->capitals && word_at (scan, a)->end - word_at (scan, a)->start > 1)
    a++;
  if (!press || g_ascii_isdigit (scan->text[word_at (scan, i - 1)->start])
      || (!is_possessive (before) && word_at (scan, a)->capitals))
    return;
  const Word *first = word_at (scan, a);
  gboolean free = !(i - a >= 2 && (first_name_flags (scan, first) & NAME_WORD_FIRST));
  for (guint k = a; k < i && free; k++)
    {
      const Word *w = word_at (scan, k);
      const Span *q = span_at (scan, w->span);
      const GazetteerEntry *alone = w->known.single;
      free = (!q || (q->source <= SOURCE_TAGGER && q->a >= a && q->b <= i))
             && (!alone || strcmp (alone->label, "MISC") == 0);
    }
  if (!free)
    return;
  Span *s = claim (scan, a, i, "MISC", SOURCE_RULE);
  if (s)
    s->canonical = words_text (scan, a, i);
}

/* A capitalised "The" inside a sentence before a name is the name's own
 * first word ("liked The Pianist", "read The Lord of the Rings", "fans of
 * The Game"): English writes the article in lowercase unless a title or
 * a name holds it, and CoNLL's eng.train and eng.testa put it inside the
 * name 31 times of 33 ("at The Oval", "and The Times").  Not at a
 * sentence's start, after an opening quote or a colon, or in a line
 * where every word of four letters or more is capitalised (a headline in
 * title case capitalises every article); not before a nationality, a
 * name the lists claim or a rule's name, which keep their own spans. */
void
mend_the_titles (Scan *scan, guint ws, guint we)
{
  /* Most sentences hold no capitalised "The" but at their start. */
  gboolean any = FALSE;
  for (guint i = ws + 1; i + 1 < we && !any; i++)
    any = word_at (scan, i)->text[0] == 'T' && strcmp (word_at (scan, i)->text, "The") == 0;
  if (!any)
    return;
  gboolean sentence_case = FALSE;
  for (guint i = ws; i < we && !sentence_case; i++)
    {
      const Word *w = word_at (scan, i);
      sentence_case = !w->upper && w->end - w->start >= 4 && g_ascii_isalpha (scan->text[w->start]);
    }
  if (!sentence_case)
    return;
  for (guint i = ws + 1; i + 1 < we; i++)
    {
      const Word *the = word_at (scan, i);
      if (strcmp (the->key, "the") != 0 || strcmp (the->text, "The") != 0 || the->sentence_start || the->span >= 0)
        continue;
      const Word *before = word_at (scan, i - 1);
      if (!g_ascii_isalnum (scan->text[before->start]) && scan->text[before->start] != ',')
        continue;
      /* Where the sentence's reader may have missed a break, "The" opens
       * a sentence: after an abbreviation's full stop ("officials in the
       * U.S. The White House denied"), or after a heading in capitals
       * run into the text with no stop ("ADVANCE WARS DS The UK Nintendo
       * DS launch"); not a form of address's ("Mr. The Rock"). */
      if (scan->text[before->end - 1] == '.' && !(before->cue & CUE_HONORIFIC))
        continue;
      guint heading = ws;
      while (heading < i && word_at (scan, heading)->capitals)
        heading++;
      if (heading == i)
        continue;
      Span *s = span_at (scan, word_at (scan, i + 1)->span);
      if (!s || s->a != i + 1 || s->source > SOURCE_TAGGER || strcmp (s->label, "NORP") == 0 || word_at (scan, i + 1)->glued)
        continue;
      s->a = i;
      word_at (scan, i)->span = word_at (scan, i + 1)->span;
      g_free (s->canonical);
      s->canonical = words_text (scan, s->a, s->b);
    }
}

/* Whether a person's name the tagger or a rule found ends before word
 * @b. */
static gboolean
person_ends (const Scan *scan, guint b)
{
  const Span *p = span_at (scan, word_at (scan, b - 1)->span);
  return p && !p->dropped && p->b == b && strcmp (p->label, "PERSON") == 0;
}

/* A film's title known by its credit, with no work's noun before it: a
 * credit after a comma (cues.tsv kind work-credit) and a capitalised
 * name after it ("The Aviator, starring Leonardo DiCaprio", "Closer,
 * directed by Mike Nichols"), or who made it or is in it (kind
 * work-crew) before a person's name the tagger or a rule found ("Vera
 * Drake star Imelda Staunton", "Sideways producer Michael London").  The
 * title is the capitalised run before (capitalised_run_start(): "of the"
 * inside, a sentence's "The" not), in a document that names a kind of
 * work in lowercase; spread_works() then names its other mentions.
 * Not a run a name the lists claim, a rule's person, a head of an
 * organisation's, a place's or an event's name is in (may_be_title():
 * "Channel 4 director Y", "Oscars star"), nor one whose first word the
 * lists hint as a city, a region or a company ("Hollywood star Tom
 * Cruise", "Sony producer"), nor a nationality ("British director"),
 * nor a person's name before a credit after a comma ("Jude Law,
 * starring as ..." has a lowercase word after it); not a crew noun in a
 * sport report, where a club's "star" is its player ("Chelsea star"),
 * nor a sentence's first word alone that English writes in lowercase
 * ("Film director Y", "Pop star Y"), nor a word joined by a hyphen
 * ("Oscar-winning director Y"), nor a run after "and" and a
 * capitalised word, where the title may begin further back ("Only
 * Fools and Horses star David Jason"; not after a person's name, "Roger
 * Clarke and Touching the Void director Y", nor where a capitalised
 * "The" opens the run, "Falling Down and The Phantom of the Opera
 * director Y"). */
/* A title with a lowercase title word inside, before a kind of work
 * after "the" or a possessive, or opening with its own capitalised
 * "The" ("the Lord of the Rings trilogy", "from The Phantom of the
 * Opera movie"): the tagger cuts such a run at its "of" or "in" into
 * two names ("Phantom" ORG, "Opera" LOC), and no title follows the
 * noun.  Three words or more, some lowercase; not a run a head, a role
 * or a name the lists claim is in (may_be_title(): "the University of
 * London film society", "the Bank of England report"), nor a run with
 * no lowercase word ("the Disney film", "the BBC film": a maker), nor a
 * person's name ("the Robert de Niro thriller"). */
static void
title_before_noun (Scan *scan, guint ws, guint i)
{
  if (i < ws + 3 || !word_at (scan, i - 1)->upper || !g_ascii_isalnum (scan->text[word_at (scan, i - 1)->start]))
    return;
  guint a = capitalised_run_start (scan, ws, i);
  if (a + 3 > i || a == ws)
    return;
  gboolean lower = FALSE;
  for (guint k = a + 1; k < i && !lower; k++)
    lower = !word_at (scan, k)->upper;
  const Word *before = word_at (scan, a - 1), *first = word_at (scan, a);
  gboolean opened = strcmp (first->text, "The") == 0
                    || (strcmp (before->key, "the") == 0 && !before->upper) || is_possessive (before);
  /* A person's name with its particle is a maker's ("the Robert de
   * Niro thriller"). */
  const Span *held = span_at (scan, first->span);
  if (!lower || !opened || !may_be_title (scan, a, i, FALSE) || !joined_pieces_may_be_title (scan, a, i)
      || (held && !held->dropped && held->a == a && held->b == i && strcmp (held->label, "PERSON") == 0))
    return;
  claim_title (scan, a, i);
}

/* A title with its own possessive after an organisation's possessive,
 * a channel's ("ITV1's Hell's Kitchen", "BBC Radio 4's Woman's Hour"):
 * the tagger reads it as two names, a person or a place and another
 * ("Hell" LOC, "Kitchen" LOC).  Up to three capitalised words before
 * the title's possessive and five after ("the RSC's All's Well That
 * Ends Well"); not a person's name a first name opens
 * ("Microsoft's Bill Gates's"), nor a run whose second part opens with a
 * function word ("Sony's Walkman's The ..."), nor a name the lists
 * claim or a head's (may_be_title()). */
static void
possessive_title (Scan *scan, guint ws, guint we, guint i)
{
  const Span *owner = span_at (scan, word_at (scan, i - 1)->span);
  guint j = i + 1;
  if (!owner || owner->dropped || owner->b != i || strcmp (owner->label, "ORG") != 0 || j + 2 >= we
      || !word_at (scan, j)->upper || word_at (scan, j)->glued || opens_person (scan, j))
    return;
  guint k = j;
  while (k < we && k < j + 3 && word_at (scan, k)->upper && !word_at (scan, k)->glued
         && g_ascii_isalpha (scan->text[word_at (scan, k)->start]))
    k++;
  if (k == j || k + 1 >= we || !is_possessive (word_at (scan, k)))
    return;
  guint e = k + 1;
  while (e < we && e < k + 6 && word_at (scan, e)->upper && !word_at (scan, e)->glued
         && g_ascii_isalpha (scan->text[word_at (scan, e)->start]))
    e++;
  if (e == k + 1 || (cue_map_rules (scan->e->cues, word_at (scan, k + 1)->key, word_at (scan, k + 1)->hash) & CUE_FUNCTION)
      || !may_be_title (scan, j, k, FALSE) || !may_be_title (scan, k + 1, e, FALSE))
    return;
  (void) ws;
  claim_title (scan, j, e);
}

/* A broadcaster's programme by its possessive where the press names
 * it: "told" (cues.tsv kind media-verb) or "on", "the" or not, then a
 * broadcaster's name (channel_name(): "BBC Five Live", "Channel 4",
 * "ITV1") and its possessive, then a title of up to eight words
 * (title_end()), MISC ("told BBC Radio 5's Matchday", "on BBC One's
 * Breakfast with Frost").  Not a reporter's or a guest's name (opens_person(), a
 * surname given in full, two words the first of which is no English
 * word: "told CNN's Zubair Khan"), a month or a weekday, nor a first
 * word cues.tsv marks a function word but "The" ("Christmas"), a company's or a place's name the lists hint,
 * nor a name the lists claim or a head's (may_be_title(): "told ITV's
 * London Studios staff"). */
static void
broadcast_title (Scan *scan, guint ws, guint we, guint i)
{
  const Span *owner = span_at (scan, word_at (scan, i - 1)->span);
  guint j = i + 1;
  if (!owner || owner->dropped || owner->b != i || strcmp (owner->label, "ORG") != 0 || j >= we || owner->a < ws + 1
      || !word_at (scan, j)->upper || word_at (scan, j)->glued || !g_ascii_isalpha (scan->text[word_at (scan, j)->start])
      || !channel_name (scan, owner))
    return;
  guint v = owner->a - 1;
  if (v > ws && strcmp (word_at (scan, v)->key, "the") == 0)
    v--;
  const Word *verb = word_at (scan, v);
  if (verb->upper || (!(verb->cue & CUE_MEDIA_VERB) && strcmp (verb->key, "on") != 0))
    return;
  /* The title whole with its lowercase words ("Breakfast with Frost",
   * "Thought for the Day"), but not a day after it ("Today on
   * Tuesday"). */
  guint e = title_end (scan, j, we, FALSE);
  for (guint k = j + 1; k + 1 < e; k++)
    if (!word_at (scan, k)->upper
        && (cue_map_rules (scan->e->cues, word_at (scan, k + 1)->key, word_at (scan, k + 1)->hash) & (CUE_MONTH | CUE_WEEKDAY)))
      {
        e = k;
        break;
      }
  const Span *held = span_at (scan, word_at (scan, j)->span);
  if (e == j || e > j + 8)
    return;
  const Word *first = word_at (scan, j);
  const char *hint = first->hint ? first->hint->hint : NULL;
  if ((e < we && is_possessive (word_at (scan, e))) || opens_person (scan, j)
      || (e == j + 1 && surname_marked (scan, first))
      || (e == j + 2 && !(first_name_flags (scan, first) & NAME_WORD_ENGLISH))
      || (hint && (strcmp (hint, "COMPANY") == 0 || strcmp (hint, "CITY") == 0 || strcmp (hint, "REGION") == 0))
      || (held && !held->dropped
          && (held->a != j || held->work || held->place || strcmp (held->label, "MISC") == 0
              || strcmp (held->label, "LOC") == 0 || strcmp (held->label, "GPE") == 0))
      || !may_be_title (scan, j, e, FALSE))
    return;
  /* Nor a place the tagger reads ("told BBC Scotland's Holyrood
   * team"), nor a post and who holds it ("told BBC One's Political Editor
   * Nick Robinson", "Sky News's Business Editor"): a kind of person
   * inside (person-nouns.tsv).  A person's name alone inside says
   * nothing ("Breakfast with Frost"). */
  for (guint k = j; k < e; k++)
    {
      Cue cue = cue_map_rules (scan->e->cues, word_at (scan, k)->key, word_at (scan, k)->hash);
      if ((cue & (CUE_MONTH | CUE_WEEKDAY)) || (k == j && (cue & CUE_FUNCTION) && strcmp (first->key, "the") != 0)
          || (first_name_flags (scan, word_at (scan, k)) & NAME_WORD_PERSON_NOUN))
        return;
    }
  claim_title (scan, j, e);
}

/* Whether the sentence [ws, we) calls something a work: a lowercase
 * work's noun, credit or crew word ("film", "starring", "director"), or
 * a word product-names.tsv marks so ("sequel"). */
static gboolean
sentence_of_works (const Scan *scan, guint ws, guint we)
{
  for (guint k = ws; k < we; k++)
    {
      const Word *w = word_at (scan, k);
      if (!w->upper
          && ((w->cue & (CUE_WORK_NOUN | CUE_WORK_CREDIT | CUE_WORK_CREW))
              || (word_map_get (scan->e->product_names, w->key, w->hash) & PRODUCT_MARKS_TITLE)))
        return TRUE;
    }
  return FALSE;
}

/* A work's title before "by" and its maker, a person of two words or
 * more or an organisation the lists do not know, a band's as often
 * ("The Pillowman by Martin McDonagh", "White Teeth by Zadie Smith",
 * "Five to One by The Doors"), where the sentence names a work (sentence_of_works(), a
 * song's noun: "single", "track"; or an award's, cues.tsv kind
 * ceremony, or the "best" of its category) in a document that speaks of works: the capitalised run
 * before "by", whole (title_end()).  Not a participle opening the
 * sentence ("Directed by Tom Vale"), a person's name (opens_person(), a
 * surname given in full), a name the lists claim or hint as a
 * company's or a place's, a head's ("Britain by his count", "the
 * Labour Party by his account"), nor the maker after "by", whose name
 * stays as the tagger read it (a band's too). */
static void
by_title (Scan *scan, guint ws, guint we, guint i)
{
  if (i < ws + 1 || i + 2 >= we)
    return;
  const Span *maker = span_at (scan, word_at (scan, i + 1)->span);
  if (!maker || maker->dropped || maker->a != i + 1
      || !((maker->b - maker->a >= 2 && strcmp (maker->label, "PERSON") == 0)
           || (strcmp (maker->label, "ORG") == 0 && maker->source < SOURCE_GAZETTEER && !maker->listed)))
    return;
  guint a = capitalised_run_start (scan, ws, i);
  if (a >= i || title_end (scan, a, we, FALSE) != i || (i == a + 1 && word_at (scan, a)->sentence_start))
    return;
  const Word *first = word_at (scan, a);
  const Span *held = span_at (scan, first->span);
  const char *hint = first->hint ? first->hint->hint : NULL;
  if (opens_person (scan, a) || (i == a + 1 && surname_marked (scan, first))
      || (hint && (strcmp (hint, "COMPANY") == 0 || strcmp (hint, "CITY") == 0 || strcmp (hint, "REGION") == 0))
      || (held && !held->dropped
          && (held->work || held->a < a || held->b > i || held->place || strcmp (held->label, "GPE") == 0
              || strcmp (held->label, "LOC") == 0))
      || !may_be_title (scan, a, i, FALSE))
    return;
  /* After "at" or "for", "the" or an owner's possessive between, the
   * run is where or for whom it was done, and "by" names the doer ("at
   * Old Trafford by Wayne Rooney", "for the Guardian by Peter Bradshaw",
   * "at Tuesday's Cabinet by John Prescott"). */
  guint v = a;
  if (v > ws + 1 && is_possessive (word_at (scan, v - 1)))
    {
      const Span *owner = span_at (scan, word_at (scan, v - 2)->span);
      v = owner && !owner->dropped && owner->b == v - 1 ? owner->a : v - 2;
    }
  if (v > ws && strcmp (word_at (scan, v - 1)->key, "the") == 0)
    v--;
  if (v > ws && !word_at (scan, v - 1)->upper
      && (strcmp (word_at (scan, v - 1)->key, "at") == 0 || strcmp (word_at (scan, v - 1)->key, "for") == 0))
    return;
  gboolean named = sentence_of_works (scan, ws, we);
  for (guint k = ws; k < we && !named; k++)
    {
      const Word *w = word_at (scan, k);
      named = !w->upper
              && ((w->cue & CUE_CEREMONY) || strcmp (w->key, "best") == 0
                  || (cue_map_rules (scan->e->cues, w->key, w->hash) & CUE_SONG_NOUN));
    }
  if (named && speaks_of_works (scan))
    claim_title (scan, a, i);
}

/* The most mentions only_as_owner() reads of a name. */
#define OWNER_MENTIONS_MAX 16

/* Whether the name whose last word is @o is written nowhere in the
 * document but before a possessive and a capitalised word: then the
 * possessive is the title's own ("Ocean's Eleven ... Ocean's Twelve"),
 * where a maker's is a person the text names otherwise too ("Martin
 * Scorsese's Aviator", "directed by Scorsese"). */
static gboolean
only_as_owner (const Scan *scan, guint o)
{
  const Word *owner = word_at (scan, o);
  guint seen = 0;
  for (guint k = 0; k < scan->words->len; k++)
    {
      const Word *w = word_at (scan, k);
      if (!w->upper || strcmp (w->key, owner->key) != 0)
        continue;
      /* So many mentions, each the owner of a capitalised word, are the
       * title's; and a walk over the whole document at each of them was
       * quadratic (20,000 award sentences naming "Bridget Jones's Diary":
       * 16.7 s of CPU, 0.16 s before the award rule asked here). */
      if (++seen > OWNER_MENTIONS_MAX)
        return TRUE;
      if (k + 2 >= scan->words->len || !is_possessive (word_at (scan, k + 1)) || !word_at (scan, k + 1)->glued
          || !word_at (scan, k + 2)->upper)
        return FALSE;
      /* The name before it is the same as the owner's ("Bridget Jones's
       * Diary", not "Tom Jones's"). */
      for (guint d = 1; d <= o && d <= k; d++)
        {
          const Word *p = word_at (scan, o - d), *q = word_at (scan, k - d);
          if (!p->upper || p->sentence_start || o - d < 1)
            break;
          if (!q->upper || strcmp (p->key, q->key) != 0)
            return FALSE;
        }
    }
  return TRUE;
}

/* A title of two parts, a name's possessive and one English word after
 * it, capitalised ("Ocean's Eleven", "Schindler's List", "Charlotte's
 * Web"): the tagger reads the owner as a person or an organisation and
 * leaves the word, or reads it as a second name.  Where the sentence
 * calls something a work (sentence_of_works()) and the owner is named
 * nowhere else but so (only_as_owner()); spread_works() names the
 * title's other mentions.  Not a company's the lists hint ("Google's
 * Blogger": its product), not a word cut by an apostrophe alone
 * ("Blazin' Squad"; a plural's possessive ends in "s", "Footballers'
 * Wives").  Not a name the lists claim or a place, a
 * people's or an event's ("Britain's Got", "England's Fifteen"); not an
 * owner of three words or more, nor a person's name of two, a maker's
 * as often as a title's ("Martin Scorsese's Aviator"; "Bridget
 * Jones's Diary" is missed); not a word after it that is a first
 * name, a head, a role or a title of address ("Labour's Tony Blair",
 * "Ocean's Bay", "Blair's Cabinet"), nor a kind of work, which the
 * possessive says who made ("Mozart's Requiem"), nor one that a capitalised word
 * follows ("Spielberg's War of the Worlds" is find_possessive_titles()'s,
 * "Disney's Pixar Studios" no title). */
static void
possessive_word_title (Scan *scan, guint ws, guint we, guint i)
{
  guint j = i + 1, o = i - 1;
  if (j >= we || o < ws || !word_at (scan, j)->upper || word_at (scan, j)->glued || word_at (scan, j)->capitals
      || (j + 1 < we && word_at (scan, j + 1)->upper && !word_at (scan, j + 1)->glued))
    return;
  const Word *w = word_at (scan, j), *owner = word_at (scan, o);
  guint flags = first_name_flags (scan, w);
  Cue cue = cue_map_rules (scan->e->cues, w->key, w->hash);
  if (!(flags & NAME_WORD_ENGLISH) || (flags & NAME_WORD_FIRST) || !g_ascii_isalpha (scan->text[w->start])
      || (cue & (CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_EVENT_HEAD | CUE_ROLE | CUE_HONORIFIC | CUE_ORG_WORD | CUE_FUNCTION
                 | CUE_WORK_NOUN))
      || !owner->upper || owner->capitals || !g_ascii_isalpha (scan->text[owner->start])
      || (owner->hint && owner->hint->hint && strcmp (owner->hint->hint, "COMPANY") == 0)
      || (word_at (scan, i)->key[1] == '\0' && owner->key[strlen (owner->key) - 1] != 's'))
    return;
  guint a = o;
  const Span *held = span_at (scan, owner->span);
  if (held && !held->dropped)
    {
      gboolean person = strcmp (held->label, "PERSON") == 0;
      if (held->b != i || held->b - held->a > 2 || (held->b - held->a == 2 && person)
          || held->source >= SOURCE_GAZETTEER || held->listed || held->work
          || (!person && strcmp (held->label, "ORG") != 0 && strcmp (held->label, "MISC") != 0))
        return;
      a = held->a;
    }
  /* The owner's name goes on before the span held: a longer name; after
   * "by" the name is a maker ("Soldier, by Destiny's Child, Ti and Lil
   * Wayne": a band). */
  if (a > ws
      && ((word_at (scan, a - 1)->upper && !(word_at (scan, a - 1)->cue & CUE_FUNCTION))
          || strcmp (word_at (scan, a - 1)->text, "by") == 0))
    return;
  if (span_at (scan, w->span) && !span_at (scan, w->span)->dropped
      && (span_at (scan, w->span)->source >= SOURCE_GAZETTEER || span_at (scan, w->span)->b > j + 1))
    return;
  if (!sentence_of_works (scan, ws, we) || !only_as_owner (scan, o))
    return;
  claim_title (scan, a, j + 1);
}

/* Whether the one-word run at @a is the last word of a person's name
 * the document gives in full elsewhere ("Johnny Depp ... In the film,
 * Depp, 41, plays"). */
static gboolean
surname_elsewhere (const Scan *scan, guint a)
{
  const Word *w = word_at (scan, a);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (!p->dropped && p->b - p->a >= 2 && p->a != a && strcmp (p->label, "PERSON") == 0
          && strcmp (word_at (scan, p->b - 1)->key, w->key) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A title set off by commas after a kind of work ("her new romantic
 * comedy, Hitch, has topped", "his third thriller, Collateral, took"):
 * the noun in lowercase, a comma, a capitalised run (lowercase title
 * words inside, "Lost in Translation") and a comma or the sentence's
 * end after it.  Not a noun whose second sense only is a work ("the
 * series, Smith said"), nor a person the text names there or in full
 * elsewhere ("the comedy, Jim Carrey said", "In the film, Depp, 41,"),
 * a place the lists hint alone, a name the lists claim or a head's
 * (may_be_title()). */
static void
apposed_title (Scan *scan, guint we, guint i)
{
  guint a = i + 2;
  if (a >= we)
    return;
  const Word *comma = word_at (scan, i + 1);
  if ((word_at (scan, i)->cue & CUE_WORK_MODIFIED) || comma->end - comma->start != 1
      || scan->text[comma->start] != ',' || !word_at (scan, a)->upper
      || !g_ascii_isalpha (scan->text[word_at (scan, a)->start]))
    return;
  guint b = a;
  while (b < we
         && ((word_at (scan, b)->upper && g_ascii_isalnum (scan->text[word_at (scan, b)->start]))
             || (b > a && b + 1 < we && !word_at (scan, b)->upper
                 && (word_at (scan, b)->cue & (CUE_CONNECTOR | CUE_TITLE_WORD)) && word_at (scan, b + 1)->upper)))
    b++;
  const Word *close = b < we ? word_at (scan, b) : NULL;
  if (close && !(close->end - close->start == 1 && scan->text[close->start] == ','))
    return;
  const Word *first = word_at (scan, a);
  if (!may_be_title (scan, a, b, FALSE) || opens_person (scan, a) || (b - a == 1 && surname_elsewhere (scan, a))
      || (first->hint && first->hint_len == b - a
          && strcmp (first->hint->label, "GPE") == 0))
    return;
  claim_title (scan, a, b);
}

/* A kind of work opening the sentence, capitalised there, then its
 * title ("Comedy Shark Tale came in second", "Comedy drama Sideways
 * took"), where the tagger found no longer name opening with the noun
 * ("Novel Idea Ltd"); its name of the noun alone goes ("Comedy
 * Christmas with the Kranks": Comedy ORG).  One more lowercase word may say which kind ("Comedy adventure X"): an
 * English word with no cue, no plural and no person's noun ("Comedy
 * star Steve Martin", "Thriller writer John Grisham", "Film critic
 * Roger Ebert", "Film studio Pixar", "Drama students Jane"), or a work's
 * noun itself.  Not a noun whose second sense only is a work ("Series
 * Smith"), nor "blues" or a plural, nor in a sport report ("Blues slam
 * Blackburn over Savage": a club's name).  The title as after a verb
 * (work_after_verb()): "and" ends it ("Comedy sequel Meet the Fockers
 * and Shall We Dance?": two), and no organisation or place the text
 * names is one. */
static void
opening_kind (Scan *scan, guint ws, guint we)
{
  const Word *w = word_at (scan, ws);
  if (!w->upper || w->capitals || ws + 2 >= we || w->key[strlen (w->key) - 1] == 's' || scan->has_score
      || scan->has_player)
    return;
  Cue cue = cue_map_rules (scan->e->cues, w->key, w->hash);
  const Span *held = span_at (scan, w->span);
  /* A name the noun opens ("Novel Idea Ltd", "Comedy Central"). */
  gint alone = held && !held->dropped && held->b == ws + 1 && held->source < SOURCE_GAZETTEER ? w->span : -1;
  if (!(cue & CUE_WORK_NOUN) || (cue & CUE_WORK_MODIFIED) || (held && !held->dropped && alone < 0))
    return;
  guint k = ws + 1;
  const Word *n = word_at (scan, k);
  if (!n->upper)
    {
      guint flags = first_name_flags (scan, n);
      gboolean kind = (n->cue & CUE_WORK_NOUN) && !(n->cue & CUE_WORK_MODIFIED);
      gboolean plain = n->cue == 0 && (flags & NAME_WORD_ENGLISH) && !(flags & NAME_WORD_PERSON_NOUN)
                       && n->key[strlen (n->key) - 1] != 's';
      if (!(kind || plain) || !g_ascii_isalpha (scan->text[n->start]))
        return;
      k++;
    }
  /* A title a rule found there already stays whole ("Drama Sex And The
   * City": find_title_case_works()'s). */
  const Span *title = k < we ? span_at (scan, word_at (scan, k)->span) : NULL;
  if (k >= we || !word_at (scan, k)->upper || word_at (scan, k)->glued || (title && !title->dropped && title->work))
    return;
  /* The tagger's name of the noun alone goes with the title after it
   * ("Comedy Christmas with the Kranks": Comedy ORG). */
  if (work_after_verb (scan, ws, we, k - 1) > k - 1 && alone >= 0)
    {
      span_at (scan, alone)->dropped = TRUE;
      word_at (scan, ws)->span = -1;
    }
}

/* A title named by a verb right after a work's noun ("The song, titled
 * Grief Never Grows Old", "a new film called Closer", "his book,
 * entitled The Year of Magical Thinking"; cues.tsv kind work-named): read
 * as after a verb (work_after_verb(): no organisation or place the text
 * names, no person a first name opens).  The noun in lowercase right
 * before, a comma between or not; not the verb after any other word ("a
 * man called Smith"), nor a name "a", "an" or "the" follows ("the
 * documentary called Blair a liar"), nor a surname the document gives
 * in full elsewhere. */
static void
named_work (Scan *scan, guint ws, guint we, guint i)
{
  guint n = i - 1;
  if (n > ws && word_at (scan, n)->end - word_at (scan, n)->start == 1 && scan->text[word_at (scan, n)->start] == ',')
    n--;
  const Word *noun = word_at (scan, n);
  if (n < ws || noun->upper || !(noun->cue & CUE_WORK_NOUN) || (noun->cue & CUE_WORK_VERB) || i + 1 >= we
      || !word_at (scan, i + 1)->upper)
    return;
  /* "called X a liar": the verb of a judgement, X its object; a
   * surname of a person named in full elsewhere is no title either. */
  guint b = i + 1;
  while (b < we && word_at (scan, b)->upper && !word_at (scan, b)->glued)
    b++;
  if ((b < we && (strcmp (word_at (scan, b)->text, "a") == 0 || strcmp (word_at (scan, b)->text, "an") == 0
                  || strcmp (word_at (scan, b)->text, "the") == 0))
      || (b == i + 2 && surname_elsewhere (scan, i + 1)))
    return;
  work_after_verb (scan, ws, we, i);
}

/* Whether word @n names an award's category after "best": a kind of
 * work whose first sense is one ("best film", "best original song";
 * work-nouns.tsv kind any), a song's noun ("best single"; cues.tsv kind
 * song-noun: lowercase after "best" it is no verb), one who makes or
 * plays in it ("best director", "best producer"; cues.tsv kind
 * work-crew) or a kind of person ("best actor", "best supporting
 * actress", "best newcomer"; person-nouns.tsv), with "best" one to
 * three words before it, the words between lowercase.  A prize's
 * lowercase word may stand after the category ("the best album award",
 * "the best single prize"; cues.tsv kind event-head). */
static gboolean
award_category (const Scan *scan, guint ws, guint n)
{
  const Word *noun = word_at (scan, n);
  if (n > ws && !noun->upper && (noun->cue & CUE_EVENT_HEAD))
    noun = word_at (scan, --n);
  if (noun->upper || !g_ascii_isalpha (noun->text[0])
      || !(((noun->cue & CUE_WORK_NOUN) && !(noun->cue & CUE_WORK_MODIFIED)) || (noun->cue & CUE_WORK_CREW)
           || (cue_map_rules (scan->e->cues, noun->key, noun->hash) & CUE_SONG_NOUN)
           || (first_name_flags (scan, noun) & NAME_WORD_PERSON_NOUN)))
    return FALSE;
  for (guint k = n; k > ws && k + 4 > n; k--)
    {
      const Word *w = word_at (scan, k - 1);
      if (w->upper || !g_ascii_isalpha (w->text[0]))
        return FALSE;
      if (strcmp (w->key, "best") == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether the tagger read word @i as (a part of) a person's name. */
static gboolean
tagger_person (const Scan *scan, guint i)
{
  const Span *p = span_at (scan, word_at (scan, i)->span);
  return p && !p->dropped && p->source == SOURCE_TAGGER && strcmp (p->label, "PERSON") == 0;
}

/* The end of a title at word @a where the words around say a work is
 * named there (an award's category, the box office): title_end()'s
 * reading of a listed title, and a title with an owner's possessive inside it whole, one to three
 * capitalised words owning it that the document writes nowhere but so
 * (only_as_owner(): "Bridget Jones's Diary", "Captain Corelli's
 * Mandolin"; not "Clint Eastwood's Million Dollar Baby" where Eastwood
 * is named alone too, nor a company's the lists hint: "Pixar's The
 * Incredibles"). */
guint
owned_title_end (const Scan *scan, guint a, guint we)
{
  guint p = a;
  while (p < we && p < a + 3 && word_at (scan, p)->upper && !is_possessive (word_at (scan, p)))
    p++;
  const Word *first = word_at (scan, a);
  if (p > a && p + 1 < we && is_possessive (word_at (scan, p)) && word_at (scan, p)->glued
      && word_at (scan, p + 1)->upper && !word_at (scan, p + 1)->glued
      && !(first->hint && first->hint->hint && strcmp (first->hint->hint, "COMPANY") == 0)
      && only_as_owner (scan, p - 1))
    {
      guint e = title_end (scan, p + 1, we, FALSE);
      if (e > p + 1)
        return e;
    }
  return a;
}

static guint
evidenced_title_end (const Scan *scan, guint a, guint we, gboolean *owned)
{
  guint owned_end = owned_title_end (scan, a, we);
  *owned = owned_end > a;
  if (*owned)
    return owned_end;
  /* A run before a possessive is the owner, no title.  "and" ends it
   * (two titles: "for Ray and Million Dollar Baby respectively",
   * "Suddenly Last Summer and Festen's Rufus Norris"), but between two
   * single words, a title's own pair ("Secrets and Lies", "Pride and
   * Prejudice"), both English words ("Trump and Clinton" are two
   * people), the first no person of the tagger's ("Ray and Sideways"
   * are two films: mend-ent15). */
  guint e = title_end (scan, a, we, TRUE), whole = title_end (scan, a, we, FALSE);
  /* A subtitle after a colon is the title's ("Blade: Trinity"). */
  if (whole > e && e < we && e > a && strcmp (word_at (scan, e)->text, ":") == 0)
    e = whole;
  if (e == a + 1 && e + 2 < we && strcmp (word_at (scan, e)->key, "and") == 0 && word_at (scan, e + 1)->upper
      && !word_at (scan, e + 1)->glued && g_ascii_isalpha (word_at (scan, e + 1)->text[0])
      && !(word_at (scan, e + 1)->cue & CUE_FUNCTION)
      && (first_name_flags (scan, word_at (scan, e + 1)) & NAME_WORD_ENGLISH)
      && (first_name_flags (scan, word_at (scan, a)) & NAME_WORD_ENGLISH) && !tagger_person (scan, a)
      && (e + 2 >= we || (!word_at (scan, e + 2)->upper && !is_possessive (word_at (scan, e + 2)))))
    e += 2;
  return e < we && is_possessive (word_at (scan, e)) ? a : e;
}

/* An award's category and "for" name the work it was won for ("won
 * best actor for Ray", "best director for The Aviator", "nominated for
 * best original song for Learn To Be Lonely"), whole
 * (evidenced_title_end(): "best film for Secrets and Lies").  "best" is
 * the category's word, written in lowercase as news writes categories.
 * In a document that speaks of works, not a sport report ("the best
 * player for Chelsea"); not a person, whom news names there as often
 * ("best actor for Jamie Foxx": a first name opens it, or a surname the
 * document gives in full elsewhere, "best actor for Cheadle":
 * surname_marked(), read once a document, where surname_elsewhere()'s
 * walk at each sentence was quadratic), which
 * loses a film of a person's shape ("Vera Drake"); not a name the lists
 * claim, or hint whole as a company, a city or a region ("the best film
 * for Britain"). */
static void
award_title (Scan *scan, guint ws, guint we, guint i)
{
  if (i + 1 >= we || i < ws + 2 || !word_at (scan, i + 1)->upper || !g_ascii_isalpha (word_at (scan, i + 1)->text[0])
      || scan->has_score || scan->has_player || !award_category (scan, ws, i - 1))
    return;
  gboolean owned;
  guint a = i + 1, e = evidenced_title_end (scan, a, we, &owned);
  /* "at" after the category's work is where it was won ("best actor for
   * Ray at the Oscars", "for Everything Must Go at the Brit Awards"),
   * no title's word. */
  for (guint k = a + 1; k < e; k++)
    if (!word_at (scan, k)->upper && strcmp (word_at (scan, k)->key, "at") == 0)
      {
        e = k;
        owned = FALSE;
        break;
      }
  const Word *first = word_at (scan, a);
  const char *hint = first->hint ? first->hint->hint : NULL;
  /* After a prize's word, a person's category gives the prize to whom
   * "for" names ("the best director prize for Martin Scorsese"): a
   * name the tagger reads as a person stays one there; a work's
   * category names a work ("the best single prize for X"). */
  const Word *prize = word_at (scan, i - 1), *category = word_at (scan, i - 2);
  if (!prize->upper && (prize->cue & CUE_EVENT_HEAD) && tagger_person (scan, a)
      && !(category->cue & CUE_WORK_NOUN)
      && !(cue_map_rules (scan->e->cues, category->key, category->hash) & CUE_SONG_NOUN))
    return;
  /* A name the lists hint whole is that name ("the best deal for
   * Tesco"); one opening a longer run says nothing ("Vera", a town). */
  if (e == a || (!owned && opens_person (scan, a)) || (e == a + 1 && surname_marked (scan, first))
      || (hint && first->hint_len == e - a
          && (strcmp (hint, "COMPANY") == 0 || strcmp (hint, "CITY") == 0 || strcmp (hint, "REGION") == 0))
      || !speaks_of_works (scan))
    return;
  /* Not a name the lists claim, a work already, nor a head's run (not
   * may_be_title(): a rule's person here is a first name's shape, and
   * the category says it is the film's). */
  for (guint k = a; k < e; k++)
    {
      const Span *held = span_at (scan, word_at (scan, k)->span);
      /* Nor a place the tagger reads ("best film for Europe", "best
       * director for Paris"): a prize is given for a country as often. */
      if ((held && (held->source >= SOURCE_GAZETTEER || held->listed || held->work || held->place
                    || strcmp (held->label, "GPE") == 0 || strcmp (held->label, "LOC") == 0))
          || (word_at (scan, k)->cue & (CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_EVENT_HEAD)))
        return;
    }
  claim_title (scan, a, e);
}

/* Whether word @i is "box" of "box office" (or "box-office"), the
 * trade's own phrase for a film's takings, written in lowercase. */
static gboolean
box_office_at (const Scan *scan, guint i, guint we)
{
  const Word *w = word_at (scan, i);
  if (w->upper || w->key[0] != 'b')
    return FALSE;
  if (strcmp (w->key, "box-office") == 0)
    return TRUE;
  return strcmp (w->key, "box") == 0 && i + 1 < we && strcmp (word_at (scan, i + 1)->key, "office") == 0;
}

/* A sentence about the box office is about films: the capitalised run
 * opening it, before a lowercase word, is a film's title ("The
 * Incredibles took $300m at the box office", "Fockers keeps US box
 * office lead"; its other mentions follow, spread_works()).  Not a
 * person (a first name opens it: "Jim Carrey topped the box office";
 * a surname the document gives in full, surname_marked(): "Depp has
 * shunned box office hits"),
 * a company, city or region the lists hint ("Disney", "Hollywood"), a
 * name the lists claim ("US box office takings"), a possessive's owner
 * ("Pixar's film"), a lone English word ("Sales at the box office
 * fell"), nor the sentence's "The" alone ("The film topped the box
 * office"); a run in capitals (a headline) says nothing. */
static void
box_office_title (Scan *scan, guint ws, guint we)
{
  guint a = ws;
  /* A sentence's opening function word is its own ("But Spider-Man
   * has been"), but an article, a title's as often ("The Incredibles"). */
  if (a + 1 < we && (word_at (scan, a)->cue & CUE_FUNCTION) && strcmp (word_at (scan, a)->key, "the") != 0
      && strcmp (word_at (scan, a)->key, "a") != 0 && strcmp (word_at (scan, a)->key, "an") != 0)
    a++;
  const Word *first = word_at (scan, a);
  if (!first->upper || !g_ascii_isalpha (first->text[0]) || first->capitals)
    return;
  gboolean owned;
  guint e = evidenced_title_end (scan, a, we, &owned);
  if (e == a || e >= we)
    return;
  /* Its verb after it, not "and" or another function word that goes on
   * with the subject ("Ticketweb and the SECC box office will"). */
  const Word *after = word_at (scan, e);
  /* Nor a reporting verb (cues.tsv kind verb): a film says nothing, its
   * maker or its cinema does ("Odeon said box office takings rose"). */
  if (after->upper || is_possessive (after) || !g_ascii_isalpha (after->text[0])
      || (after->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_VERB)))
    return;
  guint words = 0;
  for (guint k = a; k < e; k++)
    {
      const Word *w = word_at (scan, k);
      const Span *in = span_at (scan, w->span);
      /* Not over a work or a rule's name inside ("Comedy Meet The
       * Fockers", "Other Oscar contenders"), nor with an acronym
       * ("Ray DVD beats box office takings", "the SECC box office") or
       * a hyphenated word ("Oscar-winning director X's film"). */
      if ((in && (in->work || (in->source >= SOURCE_RULE && in->a > a))) || (w->capitals && w->end - w->start >= 2)
          || strchr (w->text, '-'))
        return;
      if (!(w->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_TITLE_WORD)))
        words++;
    }
  guint o = (first->cue & CUE_FUNCTION) && a + 1 < e ? a + 1 : a;
  const char *hint = word_at (scan, o)->hint ? word_at (scan, o)->hint->hint : NULL;
  const Span *held = span_at (scan, word_at (scan, o)->span);
  if (words == 0 || (!owned && opens_person (scan, o)) || (e == o + 1 && surname_marked (scan, word_at (scan, o)))
      || (hint && (strcmp (hint, "COMPANY") == 0 || strcmp (hint, "CITY") == 0 || strcmp (hint, "REGION") == 0))
      || (e - a == 1 && (first_name_flags (scan, first) & NAME_WORD_ENGLISH)) || !may_be_title (scan, a, e, FALSE)
      || (held && (held->work || strcmp (held->label, "NORP") == 0)))
    return;
  claim_title (scan, a, e);
}

/* A title opening "I," ("I, Claudius", "I, Cyborg") where the tagger
 * names the words after the comma alone, a person most often: the
 * capital "I", a comma, and a name of up to three words the tagger
 * found, after a work's noun (work-nouns.tsv: "the novel I, Claudius")
 * or, at the sentence's start, before a comma and a credit (cues.tsv
 * kind work-credit: "I, Cyborg, starring ...").  Not a sentence that
 * opens "I, for one," (a lowercase word), nor "I, Tony Blair," (a first
 * name: opens_person(), but one word after a work's noun). */
static void
i_comma_title (Scan *scan, guint ws, guint we)
{
  for (guint k = ws; k + 2 < we; k++)
    {
      const Word *w = word_at (scan, k);
      if (w->text[0] != 'I' || w->end - w->start != 1 || strcmp (word_at (scan, k + 1)->key, ",") != 0)
        continue;
      const Span *s = span_at (scan, word_at (scan, k + 2)->span);
      if (!s || s->dropped || s->a != k + 2 || s->b - s->a > 3 || s->source > SOURCE_TAGGER)
        continue;
      /* After a work's noun a one-word name may be a first name too
       * ("the novel I, Claudius"): nobody is named "I, Y" there. */
      gboolean person = opens_person (scan, k + 2);
      gboolean noun = k > ws && (word_at (scan, k - 1)->cue & CUE_WORK_NOUN) && !word_at (scan, k - 1)->upper
                      && (!person || s->b == s->a + 1);
      gboolean credit = k == ws && !person && s->b + 1 < we && strcmp (word_at (scan, s->b)->key, ",") == 0
                        && (word_at (scan, s->b + 1)->cue & CUE_WORK_CREDIT);
      if (noun || credit)
        claim_title (scan, k, s->b);
      return;
    }
}

void
find_credited_titles (Scan *scan, guint ws, guint we)
{
  opening_kind (scan, ws, we);
  if (scan->sentence_openers & OPENS_COMMA) /* "I, Claudius" */
    i_comma_title (scan, ws, we);
  gboolean box_office = FALSE;
  for (guint i = ws + 1; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      /* "for" is one of cues.tsv's five connectors: its key is read
       * only there. */
      if (!w->upper && (w->cue & CUE_CONNECTOR) && w->key[0] == 'f' && strcmp (w->key, "for") == 0)
        {
          award_title (scan, ws, we, i);
          continue;
        }
      if (!box_office && box_office_at (scan, i, we))
        {
          box_office = TRUE;
          box_office_title (scan, ws, we);
          continue;
        }
      if (w->glued && is_possessive (w))
        {
          possessive_title (scan, ws, we, i);
          possessive_word_title (scan, ws, we, i);
          broadcast_title (scan, ws, we, i);
          continue;
        }
      if (!w->upper && (w->cue & CUE_SONG_NOUN))
        listed_singles (scan, ws, we, i);
      if (!w->upper && w->key[0] == 'b' && strcmp (w->key, "by") == 0)
        {
          by_title (scan, ws, we, i);
          continue;
        }
      if ((w->cue & CUE_WORK_NAMED) && !w->upper)
        {
          named_work (scan, ws, we, i);
          continue;
        }
      if ((w->cue & CUE_PROGRAMME) && !w->upper)
        {
          programme_title (scan, ws, i);
          continue;
        }
      if (!(w->cue & (CUE_WORK_CREDIT | CUE_WORK_CREW | CUE_WORK_NOUN)) || w->upper)
        continue;
      if (!(w->cue & (CUE_WORK_CREDIT | CUE_WORK_CREW)))
        {
          title_before_noun (scan, ws, i);
          apposed_title (scan, we, i);
          continue;
        }
      if (i + 1 >= we)
        continue;
      guint b = i, next = i + 1;
      if (w->cue & CUE_WORK_CREDIT)
        {
          const Word *comma = word_at (scan, i - 1);
          if (comma->end - comma->start == 1 && scan->text[comma->start] == ',')
            b--;
          if (strcmp (w->key, "directed") == 0)
            {
              if (strcmp (word_at (scan, next)->key, "by") != 0 || next + 1 >= we)
                continue;
              next++;
            }
          if (!word_at (scan, next)->upper || !g_ascii_isalpha (scan->text[word_at (scan, next)->start]))
            continue;
        }
      else
        {
          const Span *person = span_at (scan, word_at (scan, next)->span);
          if (scan->has_score || scan->has_player || !person || person->dropped || person->a != next
              || strcmp (person->label, "PERSON") != 0)
            continue;
        }
      if (b <= ws || !word_at (scan, b - 1)->upper)
        continue;
      guint a = capitalised_run_start (scan, ws, b);
      if (a >= b || !may_be_title (scan, a, b, FALSE))
        continue;
      const Word *first = word_at (scan, a);
      const char *hint = first->hint ? first->hint->hint : NULL;
      const Span *held = span_at (scan, first->span);
      if ((hint && (strcmp (hint, "CITY") == 0 || strcmp (hint, "REGION") == 0 || strcmp (hint, "COMPANY") == 0))
          || (held && (strcmp (held->label, "NORP") == 0 || held->work))
          /* a club or a body the lists name has stars too ("Real Madrid
           * star David Beckham"; review-last13); not the tagger's
           * organisation, which is a film's title as often ("Sideways
           * star", "Little Britain star": 8 BBC documents), so "Labour
           * star X" in a story of a film is still a title */
          || club_listed (scan, a, b)
          || (held && held->a == a && held->b == b && held->source >= SOURCE_GAZETTEER && strcmp (held->label, "ORG") == 0)
          || (b - a == 1 && (first->sentence_start || a == ws)
              && (first_name_flags (scan, first) & NAME_WORD_ENGLISH))
          || (a > ws + 1 && strcmp (word_at (scan, a - 1)->key, "and") == 0 && word_at (scan, a - 2)->upper
              && strcmp (first->text, "The") != 0 && !person_ends (scan, a - 1)))
        continue;
      gboolean joined = FALSE;
      for (guint k = a; k < b && !joined; k++)
        joined = strchr (word_at (scan, k)->text, '-') != NULL;
      if (joined)
        continue;
      if (!speaks_of_works (scan))
        return;
      claim_title (scan, a, b);
      i = next;
    }
}

/* Whether word @k joins two items of a list: a comma alone, or a
 * lowercase "and" or "or". */
static gboolean
list_joint (const Scan *scan, guint k)
{
  const Word *w = word_at (scan, k);
  return (w->end - w->start == 1 && scan->text[w->start] == ',')
         || (!w->upper && (strcmp (w->key, "and") == 0 || strcmp (w->key, "or") == 0));
}

/* Whether the words [a, b) may be a listed work's title beside one: a
 * title none of whose words another name holds past its ends (a piece
 * of a longer name), that no first name opens ("The Aviator and
 * Leonardo DiCaprio"; "Vera Drake" is lost so), whose first word is a
 * word of two letters or more ("1986", "I"), no company, city or region
 * the lists hint ("Sony, Microsoft and Nintendo"), nor a surname of a
 * person the document names in full (@surnames: "Annette Bening ...
 * Bening"). */
static gboolean
list_item (const Scan *scan, guint a, guint b, GHashTable *surnames)
{
  const Word *first = word_at (scan, a);
  const char *hint = first->hint ? first->hint->hint : NULL;
  if (a >= b || first->end - first->start < 2 || !g_ascii_isalpha (scan->text[first->start])
      || (hint && (strcmp (hint, "COMPANY") == 0 || strcmp (hint, "CITY") == 0 || strcmp (hint, "REGION") == 0))
      || (b == a + 1 && g_hash_table_contains (surnames, first->key)) || opens_person (scan, a)
      || !may_be_title (scan, a, b, FALSE))
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Span *held = span_at (scan, word_at (scan, k)->span);
      if (held && !held->dropped && (held->a < a || held->b > b))
        return FALSE;
    }
  return TRUE;
}

/* Whether the word before a listed title's first word @a shows where
 * it starts: a joint, a sentence's start, or a lowercase word no title
 * holds ("included", "beat"); not a title's lowercase word, a
 * possessive or a number, after which the title may begin further back
 * ("Carry On at your Convenience", "Dead Man's Shoes", "the 19th
 * Century"). */
static gboolean
item_starts (const Scan *scan, guint a)
{
  if (a == 0 || word_at (scan, a)->sentence_start || list_joint (scan, a - 1))
    return TRUE;
  const Word *w = word_at (scan, a - 1);
  /* Nor a musician's noun or a role, a person's name after it ("with
   * rapper Kaylo and Dune actor ..."). */
  return !w->upper && !w->glued && g_ascii_isalpha (scan->text[w->start])
         && !(w->cue & (CUE_TITLE_WORD | CUE_CONNECTOR | CUE_FUNCTION | CUE_MUSICIAN | CUE_ROLE));
}

/* Whether the name before word @e, after a work and a lone "and" or "or"
 * at @joint, opens a clause of its own: a verb in the past follows it, a
 * lowercase word in "-ed" or one cues.tsv knows as a verb after a name
 * (kinds verb and name-verb: "was", "has", "said"): "for the Number of
 * the Beast and Erasure entered the chart at four".  Not a noun or an
 * adverb ("the Medal of Honor and Call of Duty franchises", "in Closer
 * and Hotel Rwanda respectively"); a list of three or more, commas
 * before its "and", is a list. */
static gboolean
clause_after_and (const Scan *scan, guint joint, guint e)
{
  const Word *j = word_at (scan, joint);
  if (strcmp (j->key, "and") != 0 && strcmp (j->key, "or") != 0)
    return FALSE;
  if (e >= scan->words->len || word_at (scan, e)->sentence_start)
    return FALSE;
  const Word *w = word_at (scan, e);
  gsize len = w->end - w->start;
  return !w->upper && g_ascii_isalpha (scan->text[w->start])
         && ((w->cue & (CUE_VERB | CUE_NAME_VERB)) || (len > 4 && g_str_has_suffix (w->key, "ed")));
}

void
spread_listed_works (Scan *scan)
{
  /* A list holds things of one kind: beside a work's title that a rule
   * found, commas and "and" join other titles ("Fahrenheit 9/11, The
   * Motorcycle Diaries, Lost in Translation, Eternal Sunshine of the
   * Spotless Mind and 21 Grams"), which the tagger reads in pieces as
   * people, places and organisations.  Each item a title by
   * title_end()'s reading, one joint between items, in the same
   * sentence, up to eight items each way. */
  guint n = scan->words->len, n_spans = scan->spans->len;
  g_autoptr (GHashTable) surnames = NULL;
  for (guint k = 0; k < n_spans; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || !p->work)
        continue;
      if (!surnames)
        {
          surnames = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint m = 0; m < n_spans; m++)
            {
              const Span *q = span_at (scan, m);
              if (!q->dropped && q->b - q->a >= 2 && strcmp (q->label, "PERSON") == 0)
                g_hash_table_add (surnames, (gpointer) word_at (scan, q->b - 1)->key);
            }
        }
      guint b = p->b;
      for (guint items = 0; items < 8 && b + 1 < n && list_joint (scan, b); items++)
        {
          guint j = b + 1;
          if (j + 1 < n && strcmp (word_at (scan, b)->key, ",") == 0 && list_joint (scan, j) && word_at (scan, j)->end - word_at (scan, j)->start > 1)
            j++; /* the serial comma: ", and" */
          if (word_at (scan, j)->sentence_start || !word_at (scan, j)->upper || word_at (scan, j)->glued)
            break;
          guint we = j;
          while (we < n && we < j + 12 && (we == j || !word_at (scan, we)->sentence_start))
            we++;
          guint e = title_end (scan, j, we, TRUE);
          if (e == j || !list_item (scan, j, e, surnames) || (items == 0 && clause_after_and (scan, b, e)))
            break;
          const Span *held = span_at (scan, word_at (scan, j)->span);
          if (!(held && held->work))
            claim_title (scan, j, e);
          b = e;
        }
      guint a = span_at (scan, k)->a;
      for (guint items = 0; items < 8 && a >= 2 && list_joint (scan, a - 1) && !word_at (scan, a)->sentence_start; items++)
        {
          guint end = a - 1;
          guint ws = end;
          while (ws > 0 && ws + 12 > end && !word_at (scan, ws)->sentence_start)
            ws--;
          guint start = capitalised_run_start (scan, ws, end);
          if (start >= end || title_end (scan, start, end, TRUE) != end || !item_starts (scan, start)
              || !list_item (scan, start, end, surnames))
            break;
          const Span *held = span_at (scan, word_at (scan, start)->span);
          if (!(held && held->work))
            claim_title (scan, start, end);
          a = start;
        }
    }
}
