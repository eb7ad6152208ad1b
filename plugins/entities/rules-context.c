/* rules-context.c: names by the words around them: organisations after
 * a noun naming their kind or before "shares", people before a reporting
 * verb, a news agency in a dateline, a reference list's parts, and
 * acronyms in brackets after a name.  The cue words are data/cues.tsv's. */
#include "entities.h"

/* Words [a, b) read as a person's name by their shape: two or three
 * capitalised words, the first a first name of first-names.tsv, none
 * an English word ("band Kaiser Chiefs", "company Scott Free"), a cue
 * word or a name a list gives another kind.
 * The tagger's person so shaped after a cue noun that also names people
 * ("rival", "broker") is a person: on eng.testa the new tagger's people
 * there were right where the cue made them organisations. */
static gboolean
person_shaped (const Scan *scan, guint a, guint b)
{
  if (b - a < 2 || b - a > 3)
    return FALSE;
  const Word *first = word_at (scan, a);
  if ((first_name_flags (scan, first) & (NAME_WORD_FIRST | NAME_WORD_ENGLISH))
      != NAME_WORD_FIRST)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Word *w = word_at (scan, k);
      if (!w->upper || w->capitals || w->cue || (w->hint && strcmp (w->hint->label, "PERSON") != 0)
          || (k > a && (first_name_flags (scan, w) & NAME_WORD_ENGLISH))
          || (w->known.single && strcmp (w->known.single->label, "PERSON") != 0))
        return FALSE;
    }
  return TRUE;
}

/* An organisation's name written in title case goes on past a
 * capitalised "And", "Of" or "For" and the capitalised word after it
 * ("shares in Marks And Spencer"), where the tagger stopped before it:
 * span @k grows over them (nobody's words, or the tagger's). */
static void
extend_title_case (Scan *scan, gint k, guint we)
{
  Span *p = span_at (scan, k);
  guint e = p->b;
  while (e + 1 < we)
    {
      const Word *fn = word_at (scan, e), *next = word_at (scan, e + 1);
      const Span *after = span_at (scan, next->span);
      if (!fn->upper || fn->capitals || !(fn->cue & (CUE_FUNCTION | CUE_CONNECTOR)) || fn->span >= 0 || !next->upper
          || next->capitals || (next->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC))
          || (after && (after->source != SOURCE_TAGGER || after->a != e + 1)))
        break;
      e += 2;
      if (after)
        e = MAX (e, after->b);
    }
  if (e == p->b)
    return;
  for (guint j = p->b; j < e; j++)
    {
      Span *other = span_at (scan, word_at (scan, j)->span);
      if (other && other != p)
        other->dropped = TRUE;
      word_at (scan, j)->span = k;
    }
  p->b = e;
  g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
}

/* Organisations by the words around them: a capitalised run right after
 * a noun that names a kind of organisation ("drinks firm Allied Domecq",
 * "messaging firm Mblox", "the band Portishead"; cues.tsv kind org-noun),
 * or a name before "shares" or after "shares in".  The tagger's person,
 * place or thing there is the organisation, and weighs more when the
 * document's mentions of the word vote. */
void
org_by_cue (Scan *scan, guint a, guint we)
{
  /* A name, or a word with a capital inside ("security firm iDefence"). */
  if (a >= we || (!is_name_word (word_at (scan, a)) && !g_ascii_isupper (word_at (scan, a)->text[1]))
      || (word_at (scan, a)->cue & (CUE_ROLE | CUE_HONORIFIC | CUE_FUNCTION)))
    return;
  /* One letter is no organisation's name ("company N/A" in a table). */
  if (word_at (scan, a)->end - word_at (scan, a)->start == 1)
    return;
  Span *held = span_at (scan, word_at (scan, a)->span);
  if (held && held->a == a && held->source == SOURCE_TAGGER && strcmp (held->label, "PERSON") == 0
      && person_shaped (scan, held->a, held->b))
    return; /* "rival Merlene Ottey", "broker Shakil Rizvi" */
  if (held && held->a == a && (held->source == SOURCE_TAGGER || (held->source == SOURCE_RULE && !held->role)))
    {
      if (strcmp (held->label, "ORG") != 0)
        {
          span_set_org (held);
        }
      held->cued = TRUE;
      extend_title_case (scan, word_at (scan, a)->span, we);
      return;
    }
  if (held)
    return; /* a listed name keeps its kind */
  guint b = a;
  while (b < we && b < a + 4 && word_at (scan, b)->upper && word_at (scan, b)->span < 0
         && !(word_at (scan, b)->cue & (CUE_ROLE | CUE_FUNCTION)) && (b == a || !word_at (scan, b)->glued))
    b++;
  Span *s = claim (scan, a, b, "ORG", SOURCE_RULE);
  if (s)
    {
      s->canonical = words_text (scan, a, b);
      s->cued = TRUE;
    }
}

/* Whether word @i starts a place: one a list named, or (@tagger) the
 * tagger too. */
static gboolean
place_at (const Scan *scan, guint i, gboolean tagger)
{
  const Span *held = span_at (scan, word_at (scan, i)->span);
  return held && (tagger || held->source == SOURCE_GAZETTEER || held->kb)
         && (held->place || strcmp (held->label, "GPE") == 0 || strcmp (held->label, "LOC") == 0);
}

/* Whether the lists hint word @a as a city's, a region's or a
 * country's name: one such word before "paper" is where a study comes
 * from as often ("the Oxford paper"; not "the Western Mail newspaper"). */
static gboolean
place_hinted (const Scan *scan, guint a)
{
  const GazetteerEntry *hint = word_at (scan, a)->hint;
  return hint
         && (strcmp (hint->label, "GPE") == 0 || strcmp (hint->label, "LOC") == 0
             || (hint->hint && (strcmp (hint->hint, "CITY") == 0 || strcmp (hint->hint, "REGION") == 0)));
}

/* Whether the capitalised run from word @a (the name held there, or
 * capitalised words) is followed by a lowercase word that is no function
 * word, connector, verb or word of when (cues.tsv): a noun the name modifies ("told the Ryder
 * Cup team", "the Premiership clubs", "the Today programme"), which is
 * what was told, not the name. */
static gboolean
modifies_noun (const Scan *scan, guint a, guint we)
{
  const Span *held = span_at (scan, word_at (scan, a)->span);
  guint b = held && held->a == a ? held->b : a;
  while (b < we && word_at (scan, b)->upper && !word_at (scan, b)->glued)
    b++;
  if (b >= we)
    return FALSE;
  const Word *next = word_at (scan, b);
  return !next->upper && !next->glued && g_ascii_isalpha (scan->text[next->start])
         && !(next->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_VERB | CUE_ORG_AFTER | CUE_TIME));
}

/* Whether the capitalised run from word @a, whose first word may stand
 * before a role's head (cues.tsv modifier: "Prime", "Financial"), is a
 * name and no title: longer than that word, with no role, honorific or
 * modifier after it ("told the Financial Times", not "told the Prime
 * Minister", "the Home Secretary", "the Foreign Affairs Committee"). */
static gboolean
titled_run (const Scan *scan, guint a, guint we)
{
  guint b = a + 1;
  for (; b < we && word_at (scan, b)->upper && !word_at (scan, b)->glued; b++)
    if (word_at (scan, b)->cue & (CUE_ROLE | CUE_HONORIFIC | CUE_MODIFIER | CUE_ORG_HEAD))
      return FALSE;
  return b > a + 1;
}

/* A broadcaster by what it does, cues.tsv kind broadcast-after: one
 * word with a capital after its first letter that the tagger named,
 * right before "broadcasts", "coverage" ("BBC and BSkyB broadcasts",
 * "C-SPAN coverage") is an organisation, and decides the vote on its
 * other mentions.  Not a word the tagger left ("FM broadcasts", "TV
 * coverage": a band, a medium), a run of capitalised words ("the FA Cup
 * coverage"), a place ("US coverage"), a word with a digit ("F1
 * coverage"), nor an event's plural ("Olympics coverage": one capital). */
static void
broadcaster_by_cue (Scan *scan, guint ws, guint i)
{
  if (i == ws)
    return;
  const Word *w = word_at (scan, i - 1);
  const Span *held = span_at (scan, w->span);
  gsize n = w->end - w->start, capitals = 0;
  const char *t = scan->text + w->start;
  for (gsize c = 0; c < n; c++)
    {
      if (g_ascii_isdigit (t[c]))
        return;
      capitals += g_ascii_isupper (t[c]) ? 1 : 0;
    }
  if (capitals < 2 || w->glued || (i - 1 > ws && word_at (scan, i - 2)->upper) || place_at (scan, i - 1, TRUE)
      || place_hinted (scan, i - 1) || !held || held->a != i - 1 || held->b != i || held->source != SOURCE_TAGGER)
    return;
  org_by_cue (scan, i - 1, i);
}

/* A newspaper named like a people ("The Scotsman", "The Australian"),
 * the nationality the lists name at word @a alone, where the words
 * before it name a publication: the name is the paper, ORG.  Not
 * before a lowercase noun it modifies ("told the Australian
 * delegation") or a capitalised word going on.  TRUE where it changed. */
static gboolean
paper_named_like_people (Scan *scan, guint a, guint we)
{
  Span *held = a < we ? span_at (scan, word_at (scan, a)->span) : NULL;
  if (held == NULL || held->a != a || held->b != a + 1 || strcmp (held->label, "NORP") != 0
      || modifies_noun (scan, a, we) || (a + 1 < we && word_at (scan, a + 1)->upper))
    return FALSE;
  span_set_org (held);
  held->cued = TRUE;
  g_free (held->canonical), held->canonical = words_text (scan, a, a + 1);
  return TRUE;
}

/* A publication after a word of the press (seats.tsv kind press-role),
 * "of" and "the": "the editor of the Scotsman", "a columnist of The
 * Australian".  A paper named like a people is the paper; another
 * capitalised name an organisation, as after "told the" (a place, a
 * title, a person of two words or a name before a noun it modifies
 * stays what it is: "the editor of the Yorkshire Post" is the tagger's,
 * "the editor of the Prime Minister's speech" no paper). */
static void
publication_by_press (Scan *scan, guint we, guint i)
{
  if (i + 3 >= we || strcmp (word_at (scan, i + 1)->key, "of") != 0 || strcmp (word_at (scan, i + 2)->key, "the") != 0)
    return;
  guint a = i + 3;
  if (paper_named_like_people (scan, a, we))
    return;
  const Word *first = word_at (scan, a);
  const Span *held = span_at (scan, first->span);
  if (g_ascii_isupper (first->text[0]) && !place_at (scan, a, TRUE)
      && !(first->cue & (CUE_ROLE | CUE_HONORIFIC | CUE_MODIFIER))
      && !(held && strcmp (held->label, "ORG") != 0 && held->source != SOURCE_TAGGER)
      && !(held && strcmp (held->label, "PERSON") == 0 && held->b - held->a >= 2) && !modifies_noun (scan, a, we))
    org_by_cue (scan, a, we);
}

/* A publication or a body by the lowercase word @i (cues.tsv kinds
 * org-after, media-verb): the name right before "newspaper" after
 * "the" or a possessive ("the Times newspaper", "Britain's Sun
 * newspaper"), or after "told the", "writing in the" ("told the
 * Guardian"), is an organisation; not a title ("told the Prime
 * Minister"), a number ("told the 300-strong audience") or the
 * tagger's person ("told the Michael Jackson trial"), nor a name that
 * modifies a noun after it ("told the Ryder Cup team", "the Today
 * programme": modifies_noun()), nor after a verb of writing without
 * "in" ("wrote the Bond theme": cues.tsv media-prep), nor an event
 * before "website" ("the Olympics website": event-head).  A place stays
 * one: a listed one or one the lists hint before "paper" ("the Tokyo
 * paper", "the Oxford paper": the tagger takes "Sun" there for a place
 * too), any after "in the" ("writing in the North").  What is left is
 * cued, and decides the vote on the name's other mentions ("He told the
 * Observer ... the Observer's editor"). */
static void
publication_by_cue (Scan *scan, guint ws, guint we, guint i)
{
  if ((word_at (scan, i)->cue & CUE_ORG_AFTER) && i > ws && word_at (scan, i - 1)->upper
      && !word_at (scan, i)->glued)
    {
      const Span *held = span_at (scan, word_at (scan, i - 1)->span);
      guint a = held && held->b == i ? held->a : i - 1;
      /* "told Heat magazine", "Forbes magazine said" (org-after-bare):
       * no "the" needed, but no article ("a Sunday magazine") or
       * capitalised word before the name either, nor the tagger's
       * person of two words ("Jane Hill magazine editor"). */
      gboolean bare = (word_at (scan, i)->cue & CUE_ORG_AFTER_BARE)
                      && !(held && held->a == a && strcmp (held->label, "PERSON") == 0 && held->b - held->a >= 2)
                      && (a == ws
                          || (!word_at (scan, a - 1)->upper && strcmp (word_at (scan, a - 1)->key, "a") != 0
                              && strcmp (word_at (scan, a - 1)->key, "an") != 0));
      /* A writer's noun (seats.tsv kind press-role: "journalist",
       * "columnist") follows where the writer works as often as what
       * for: the tagger's place stays one ("the White House
       * journalists"), and so does a name ending in a place's head
       * (cues.tsv loc-head: "the Fleet Street journalists"). */
      gboolean beat = seats_press_role (scan, i)
                      && ((word_at (scan, i - 1)->cue & CUE_LOC_HEAD)
                          || (held && held->a == a && held->source == SOURCE_TAGGER
                              && (strcmp (held->label, "LOC") == 0 || strcmp (held->label, "GPE") == 0)));
      if ((a > ws || bare) && !beat && !place_at (scan, a, FALSE) && !(a + 1 == i && place_hinted (scan, a))
          && !(word_at (scan, i - 1)->cue & CUE_EVENT_HEAD)
          && (bare || strcmp (word_at (scan, a - 1)->key, "the") == 0 || is_possessive (word_at (scan, a - 1))))
        org_by_cue (scan, a, i);
    }
  if (!(word_at (scan, i)->cue & CUE_MEDIA_VERB))
    return;
  guint j = i + 1;
  if (j < we && (strcmp (word_at (scan, j)->key, "in") == 0 || strcmp (word_at (scan, j)->key, "to") == 0
                 || strcmp (word_at (scan, j)->key, "with") == 0))
    j++;
  else if (word_at (scan, i)->cue & CUE_MEDIA_PREP)
    return; /* "wrote the Bond theme": what was written */
  if (j + 1 >= we || strcmp (word_at (scan, j)->key, "the") != 0)
    return;
  /* "told The Scotsman", "writing in The Independent": the title's own
   * article, capitalised inside the sentence. */
  if (word_at (scan, j)->upper && paper_named_like_people (scan, j + 1, we))
    return;
  const Word *first = word_at (scan, j + 1);
  const Span *held = span_at (scan, first->span);
  if (g_ascii_isupper (first->text[0]) && !place_at (scan, j + 1, TRUE)
      && !(first->cue & (CUE_ROLE | CUE_HONORIFIC)) && !((first->cue & CUE_MODIFIER) && !titled_run (scan, j + 1, we))
      && !(held && strcmp (held->label, "PERSON") == 0 && held->b - held->a >= 2)
      && !modifies_noun (scan, j + 1, we))
    org_by_cue (scan, j + 1, we);
}

gboolean
region_at (const Scan *scan, guint a, guint we)
{
  guint b = a;
  while (b < we && b < a + 4 && word_at (scan, b)->upper && !word_at (scan, b)->glued)
    b++;
  if (b == a || (b < we && word_at (scan, b)->upper && !word_at (scan, b)->glued))
    return FALSE;
  /* rules-places.c's key on the stack, not a GString and a printf a word
   * (1,500 instructions a call; SPEED.md, seventeenth round). */
  return region_named (scan, a, b);
}

/* Whether word @i, of kind stake-in ("shares", "stake"), then "in" and
 * a name, holds a share of a company: not "at stake in Darfur" (what is
 * at stake there), nor a year ("sold its stake in 2000"), nor a name the
 * lists hint as a place ("a stake in Sakhalin"), unless only faintly
 * (a small town: "shares in Marks And Spencer"), nor a place a list
 * names or the tagger reads where the lists hint one at any strength
 * ("a stake in Africa", "in Latin America", "in Europe's biggest cable
 * firm": a country's or a region's share of a market is no company).  A
 * longer name the place only opens is no place ("a stake in Asia
 * Pacific Breweries", "in Portugal Telecom"), nor a name the tagger
 * alone calls a place ("a stake in Sibneft"), but a continent or a
 * region regions.tsv names is, whatever the tagger read ("a stake in
 * Africa", "in Scandinavia's gas market"). */
static gboolean
stake_in (const Scan *scan, guint ws, guint we, guint i)
{
  if (i + 2 >= we || strcmp (word_at (scan, i + 1)->key, "in") != 0
      || (i > ws && strcmp (word_at (scan, i - 1)->key, "at") == 0)
      || g_ascii_isdigit (scan->text[word_at (scan, i + 2)->start]))
    return FALSE;
  const Span *held = span_at (scan, word_at (scan, i + 2)->span);
  if (held && held->a == i + 2
      && !(held->b < we && word_at (scan, held->b)->upper && !word_at (scan, held->b)->glued)
      && (place_at (scan, i + 2, FALSE) || (place_at (scan, i + 2, TRUE) && place_hinted (scan, i + 2)
                                          && word_at (scan, i + 2)->hint_len == held->b - held->a)))
    return FALSE;
  /* A continent or a region, whatever the tagger made of it. */
  if (region_at (scan, i + 2, we))
    return FALSE;
  const GazetteerEntry *hint = word_at (scan, i + 2)->hint;
  return !(hint && !hint->faint && place_hinted (scan, i + 2));
}

/* "a spokeswoman for Bat", "an analyst at Ovum": after a word of kind
 * speaks-for at @i, "for" or "at", or after what only a company has
 * (company-only: "chief executive of Wippit", "shareholders of Tavra"),
 * "of", and "the" or not, the name at word @j is the body spoken for or
 * owned; returns @j, or 0 where it is no
 * organisation's: a person's (the tagger's of two words or more, a word
 * the lists know or hint as a person's surname or first-names.tsv holds:
 * "a spokesman for Tony Blair", "for Blair", "for Gordon"; org_by_cue()
 * leaves titles and honorifics), a
 * place the lists know or hint at any strength ("a spokesman for
 * Downing Street", "an economist at Oxford"), or the tagger's place
 * the lists know too ("a spokesman for Kent"). */
static guint
spoken_for (const Scan *scan, guint we, guint i)
{
  guint j = i + 1;
  if (j >= we)
    return 0;
  const char *prep = word_at (scan, j)->key;
  /* "with" as "at" ("analysts with Marston"), after a speaker's word
   * only: "shareholders of X", never "with X". */
  if ((word_at (scan, i)->cue & CUE_SPEAKS_FOR)
          ? strcmp (prep, "for") != 0 && strcmp (prep, "at") != 0 && strcmp (prep, "with") != 0
          : strcmp (prep, "of") != 0)
    return 0;
  j++;
  if (j < we && strcmp (word_at (scan, j)->key, "the") == 0 && !word_at (scan, j)->upper)
    j++;
  if (j >= we || !word_at (scan, j)->upper || word_at (scan, j)->glued)
    return 0;
  const Word *w = word_at (scan, j);
  const Span *held = span_at (scan, w->span);
  if (held && held->a == j && strcmp (held->label, "PERSON") == 0 && held->b - held->a >= 2)
    return 0;
  /* A first name the lists hint only as one (an English word too:
   * "Bat", "Will") is no person's name alone after "for"; a surname
   * is ("for Blair"), and so is a first name first-names.tsv holds. */
  const GazetteerEntry *known = w->known.single ? w->known.single : w->hint;
  if (known && strcmp (known->label, "PERSON") == 0 && !(known->hint && strcmp (known->hint, "FIRST") == 0))
    return 0;
  if (first_name_flags (scan, w) & NAME_WORD_FIRST)
    return 0;
  if (place_at (scan, j, FALSE) || place_hinted (scan, j))
    return 0;
  /* Nor a name that modifies what is spoken for: a place's or a body's
   * head in lowercase after it ("a spokesman for Stansted airport",
   * "for Kent police"), or an adjective of a hyphen and a lowercase
   * word ("for the Tutsi-dominated army"). */
  const char *hyphen = strchr (w->text, '-');
  if (hyphen && g_ascii_islower (hyphen[1]))
    return 0;
  guint b = held && held->a == j ? held->b : j + 1;
  if (b < we && !word_at (scan, b)->upper && !word_at (scan, b)->glued
      && (word_at (scan, b)->cue & (CUE_LOC_HEAD | CUE_ORG_HEAD | CUE_ORG_NOUN | CUE_ORG_AFTER)))
    return 0;
  /* After "of", a name before a lowercase noun modifies it: "chairman
   * of the Tibetan government" (after "for" a verb follows as often:
   * "a spokeswoman for Bat declined"). */
  if (strcmp (prep, "of") == 0 && modifies_noun (scan, j, we))
    return 0;
  return j;
}

/* The organisation spoken for at word @j (spoken_for()): where @j is
 * nobody's word and a name of the tagger's or a rule's (not a listed
 * one, nor a person by a title) starts right after it, both are one
 * ("the State Tobacco Administration Monopoly", where the tagger left
 * "State" out); else as org_by_cue() makes it. */
static void
speaks_for_org (Scan *scan, guint j, guint we)
{
  Span *next = j + 1 < we ? span_at (scan, word_at (scan, j + 1)->span) : NULL;
  if (word_at (scan, j)->span < 0 && next && next->a == j + 1 && next->source <= SOURCE_RULE && !next->role
      && !word_at (scan, j + 1)->glued && word_at (scan, j)->upper && !(word_at (scan, j)->cue & (CUE_ROLE | CUE_HONORIFIC)))
    {
      guint b = next->b;
      Span *s = claim (scan, j, b, "ORG", SOURCE_GAZETTEER);
      if (s)
        {
          s->source = SOURCE_RULE;
          s->canonical = words_text (scan, j, b);
          s->cued = TRUE;
        }
      return;
    }
  org_by_cue (scan, j, we);
}

/* Whether a role's word at @i, "of", a name the tagger read and a
 * relative clause that is no copula's ("director of Brevik, which
 * tracks the market") stand at @i: the clause says what the name does,
 * and a role's "of X, which sells" is a firm's.  Not "which is",
 * "which was" (a village, a film: the noun after says what it is),
 * nor a name the lists know or a person's of two words. */
static gboolean
firm_by_clause (const Scan *scan, guint i, guint we)
{
  if (i + 5 >= we || strcmp (word_at (scan, i + 1)->key, "of") != 0 || !word_at (scan, i + 2)->upper)
    return FALSE;
  const Span *held = span_at (scan, word_at (scan, i + 2)->span);
  if (held == NULL || held->a != i + 2 || held->source != SOURCE_TAGGER || held->b + 2 >= we
      || (strcmp (held->label, "LOC") != 0 && strcmp (held->label, "PERSON") != 0))
    return FALSE;
  const Word *comma = word_at (scan, held->b), *which = word_at (scan, held->b + 1), *verb = word_at (scan, held->b + 2);
  if (strcmp (comma->key, ",") != 0 || strcmp (which->key, "which") != 0 || verb->upper)
    return FALSE;
  if (seats_word_is (scan, held->b + 2, SEAT_WORD_COPULA)) /* seats.tsv kind copula */
    return FALSE;
  return !place_at (scan, i + 2, FALSE) && !place_hinted (scan, i + 2);
}

void
find_cued_orgs (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      /* Lowercase; "Shares" also as the sentence's first word ("Shares
       * in Marks And Spencer rose"), but not a kind of organisation,
       * which opens a sentence as a person's title ("Broadcaster Chris
       * Evans"). */
      if (w->upper && (i != ws || w->capitals || strcmp (w->key, "shares") != 0))
        {
          /* "Writing in the Observer, she said ..." */
          if (i == ws && !w->capitals && (w->cue & CUE_MEDIA_VERB))
            publication_by_cue (scan, ws, we, i);
          continue;
        }
      /* ... and there only before a name the tagger left or called an
       * organisation or a person: "Shares in Europe", "Shares in
       * Anglo-Swedish AstraZeneca" are no companies. */
      if (w->upper && i + 2 < we)
        {
          const Span *named = span_at (scan, word_at (scan, i + 2)->span);
          if (named && strcmp (named->label, "ORG") != 0 && strcmp (named->label, "PERSON") != 0)
            continue;
        }
      if (w->cue & (CUE_ORG_AFTER | CUE_MEDIA_VERB))
        publication_by_cue (scan, ws, we, i);
      /* "of" after it first, as publication_by_press() reads it: every
       * lowercase word asked seats.tsv, and find_cued_orgs() fell from
       * 15.1M to 8.1M instructions on the first 500 BBC articles
       * (callgrind; SPEED.md, seventeenth round). */
      if (!w->upper && i + 3 < we && word_at (scan, i + 1)->key[0] == 'o' && word_at (scan, i + 1)->key[1] == 'f'
          && word_at (scan, i + 1)->key[2] == '\0' && seats_press_role (scan, i))
        publication_by_press (scan, we, i);
      if (w->cue & CUE_BROADCAST_AFTER)
        broadcaster_by_cue (scan, ws, i);
      guint at[2], n = 0;
      if (w->cue & (CUE_SPEAKS_FOR | CUE_COMPANY_ONLY))
        {
          guint j = spoken_for (scan, we, i);
          if (j)
            {
              speaks_for_org (scan, j, we);
              continue;
            }
        }
      /* "analysts Corvina": a plural speaker's word right before a
       * name is what they work for (a person there is of two words:
       * "economists Paul Smith and ..." is left to org_by_cue()'s
       * person test). */
      if ((w->cue & CUE_SPEAKS_FOR) && !w->upper && w->key[strlen (w->key) - 1] == 's' && i + 1 < we)
        at[n++] = i + 1;
      /* "director of Brevik, which sells chips": what the clause says
       * sells or makes is a firm (not "which is a village"). */
      else if ((w->cue & CUE_ROLE) && !w->upper && firm_by_clause (scan, i, we))
        at[n++] = i + 2;
      /* "firm X"; not after a sentence's opening "Outside the", "At
       * the": the noun ends the phrase of place that opens the
       * sentence, and the name after it opens the clause ("Outside the
       * supermarket Smith said", "At the club Police found"); nor after
       * an organisation's name, which names the noun's own ("told the
       * Daily Lark website Smith had", "the ACB magazine"): the name
       * after it opens a clause of its own.  An organisation of two
       * words or an acronym: one word is as often a town the tagger
       * read so, the band's or the firm's home ("Leeds band X"). */
      else if ((w->cue & CUE_ORG_NOUN)
          && !(i == ws + 2 && strcmp (word_at (scan, i - 1)->key, "the") == 0 && (word_at (scan, ws)->cue & CUE_FUNCTION))
          && !(i > ws && word_at (scan, i - 1)->upper && word_at (scan, i - 1)->span >= 0
               && strcmp (span_at (scan, word_at (scan, i - 1)->span)->label, "ORG") == 0
               && (word_at (scan, i - 1)->capitals || span_at (scan, word_at (scan, i - 1)->span)->a + 1 < i)))
        at[n++] = i + 1;
      else if (w->cue & CUE_STAKE_IN)
        {
          if (i > ws && strcmp (w->key, "shares") == 0)
            {
              /* "X shares": a person or nobody's word; a thing there
               * is a kind of shares ("European shares"), and a number
               * how many ("got 9 shares each", "1,000 shares"). */
              const Span *before = span_at (scan, word_at (scan, i - 1)->span);
              if ((!before || strcmp (before->label, "PERSON") == 0)
                  && !g_ascii_isdigit (word_at (scan, i - 1)->text[0]))
                at[n++] = before ? before->a : i - 1;
            }
          if (stake_in (scan, ws, we, i))
            at[n++] = i + 2; /* "shares in X", "a stake in X" */
        }
      for (guint c = 0; c < n; c++)
        org_by_cue (scan, at[c], we);
    }
}

/* Two or three capitalised words the others left, before a reporting
 * verb: a person ("Jane Doe said"). */
void
find_reporting (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 2; i < we; i++)
    {
      if (!(word_at (scan, i)->cue & CUE_VERB) || word_at (scan, i)->upper)
        continue;
      guint a = i;
      /* A surname that is a title's word, after a first name: "Mervyn
       * King said", "John Major said" (the tagger, reading the title's
       * kind, leaves them out). */
      if (i >= ws + 2 && is_name_word (word_at (scan, i - 1)) && !word_at (scan, i - 1)->capitals
          && word_at (scan, i - 1)->span < 0 && (word_at (scan, i - 1)->cue & CUE_ROLE)
          && is_name_word (word_at (scan, i - 2)) && word_at (scan, i - 2)->span < 0 && word_at (scan, i - 2)->cue == 0
          && (first_name_flags (scan, word_at (scan, i - 2))
              & (NAME_WORD_FIRST | NAME_WORD_ENGLISH)) == NAME_WORD_FIRST)
        a = i - 1;
      /* a + 3 > i, not a > i - 3: i - 3 wraps below zero in a document's
       * first words ("Mervyn King said ..." opening it was never read). */
      while (a > ws && a + 3 > i && is_name_word (word_at (scan, a - 1)) && word_at (scan, a - 1)->span < 0
             && word_at (scan, a - 1)->cue == 0)
        a--;
      if (i - a >= 2)
        {
          Span *s = claim (scan, a, i, "PERSON", SOURCE_REPORTING);
          if (s)
            s->canonical = words_text (scan, a, i);
        }
    }
}

/* Whether word @i is the one-byte punctuation @c. */
static gboolean
is_punct (const Scan *scan, guint i, char c)
{
  const Word *w = word_at (scan, i);
  return w->text[0] == c && w->text[1] == '\0';
}

/* A news agency in a dateline: "WARSAW, Feb 3 (Reuters) - ...": one to
 * three capitalised words alone in brackets, before a dash, within the
 * sentence's first twelve words, after a comma. */
void
find_dateline (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 2; i + 2 < we && i < ws + 12; i++)
    {
      if (!is_punct (scan, i, '('))
        continue;
      guint j = i + 1;
      while (j < we && j < i + 4 && is_name_word (word_at (scan, j)))
        j++;
      gboolean comma = FALSE;
      for (guint k = ws; k < i && !comma; k++)
        comma = is_punct (scan, k, ',');
      const Word *dash = j + 1 < we ? word_at (scan, j + 1) : NULL;
      if (j == i + 1 || j >= we || !is_punct (scan, j, ')') || dash == NULL || !comma
          || !(strcmp (dash->text, "-") == 0 || strcmp (dash->text, "\xe2\x80\x93") == 0
               || strcmp (dash->text, "\xe2\x80\x94") == 0))
        continue;
      Span *s = claim (scan, i + 1, j, "ORG", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, i + 1, j);
      return;
    }
}

/* A reference list's entry, "Author, A. (2023, March 4). Title of the
 * work. Publication, 12, 40-51.": the title's capitalised words are the
 * work's, not names the story mentions, so the tagger's guesses there go
 * (the lists' names stay: a country, a malware); the publication after
 * it, up to a comma or full stop, is an organisation ("Wired", "Delft
 * Papers", "ENISA"). */
void
find_reference_parts (Scan *scan, guint ws, guint we)
{
  guint title = ws;
  while (title + 1 < we && !(is_punct (scan, title, ')') && is_punct (scan, title + 1, '.')))
    title++;
  if (title + 1 >= we)
    return;
  title += 2;
  guint end = title;
  while (end < we && !is_punct (scan, end, '.'))
    end++;
  for (guint i = title; i < end; i++)
    {
      Span *p = span_at (scan, word_at (scan, i)->span);
      if (p && p->source <= SOURCE_TAGGER)
        {
          p->dropped = TRUE;
          for (guint k = p->a; k < p->b; k++)
            word_at (scan, k)->span = -1;
        }
    }
  guint a = end + 1, b = a;
  while (b < we && is_name_word (word_at (scan, b)) && !is_punct (scan, b, ',') && !is_punct (scan, b, '.'))
    b++;
  if (b > a && (b == we || is_punct (scan, b, ',') || is_punct (scan, b, '.')))
    {
      Span *s = claim (scan, a, b, "ORG", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, a, b);
    }
}

/* Acronyms after a name in brackets ("Ministry of State Security (MSS)")
 * name what the name does; later the acronym alone does too. */
void
find_acronyms (Scan *scan, guint ws, guint we, GHashTable *acronyms)
{
  for (guint i = ws + 1; i + 2 < we; i++)
    {
      Span *name = span_at (scan, word_at (scan, i - 1)->span);
      if (name == NULL || name->b != i || strcmp (word_at (scan, i)->text, "(") != 0
          || strcmp (word_at (scan, i + 2)->text, ")") != 0)
        continue;
      Word *acro = word_at (scan, i + 1);
      glong len = g_utf8_strlen (acro->text, -1);
      if (len < 2 || len > 8)
        continue;
      /* In capitals ("MSS"), or as some write acronyms they say as a
       * word, a capital and the rest lowercase ("Wada", "Nato"). */
      gboolean caps = TRUE, word_like = g_unichar_isupper (g_utf8_get_char (acro->text));
      for (const char *c = acro->text; *c && caps; c = g_utf8_next_char (c))
        caps = g_unichar_isupper (g_utf8_get_char (c));
      for (const char *c = g_utf8_next_char (acro->text); *c && word_like && !caps; c = g_utf8_next_char (c))
        word_like = g_unichar_islower (g_utf8_get_char (c));
      if (!caps && !word_like)
        continue;
      /* Its letters are the capitals of the name's words, in order, a
       * capital after a hyphen starting a word of its own ("World
       * Anti-Doping Agency": WADA). */
      const char *next = acro->key;
      for (guint k = name->a; k < name->b && *next; k++)
        {
          const Word *w = word_at (scan, k);
          if (!w->upper)
            continue;
          for (const char *c = w->text; *c && *next; c = g_utf8_next_char (c))
            {
              gunichar u = g_utf8_get_char (c);
              gboolean starts = c == w->text || (c[-1] == '-' && g_unichar_isupper (u));
              if (starts && g_unichar_tolower (u) == g_utf8_get_char (next))
                next = g_utf8_next_char (next);
              else if (starts && c != w->text)
                break;
            }
        }
      if (*next)
        continue;
      Span copy = *name;
      Span *s = claim (scan, i + 1, i + 2, copy.label, SOURCE_RULE);
      if (s == NULL)
        continue;
      s->canonical = g_strdup (copy.canonical);
      s->kb = g_strdup (copy.kb);
      s->country = g_strdup (copy.country);
      g_hash_table_insert (acronyms, g_strdup (acro->key), GUINT_TO_POINTER (scan->spans->len));
    }
}

/* Whether word @i is an acronym in capitals: two letters or more, no
 * lowercase letter, a letter first ("GPRS", "DRM"; not "2G"). */
static gboolean
acronym_at (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return w->capitals && w->end - w->start >= 2 && g_ascii_isupper (scan->text[w->start]);
}

/* Whether span @p may be a product the lists do not know: the tagger's
 * or a rule's organisation or person, or the tagger's place (no list's:
 * "the Fenwick console"), of three words at most, no list's
 * name, place or work, no company the lists hint ("Nokia handsets",
 * "Fiat engines" are the maker's, in stories where it neither speaks
 * nor owns; which leaves simple-icons' brands that are products, such
 * as "Bluetooth", to the tagger), nor a person's shape ("John Smith
 * software"). */
gboolean
unlisted_name (const Scan *scan, const Span *p)
{
  if (p->dropped || p->b - p->a > 3 || p->source > SOURCE_RULE || p->kb || p->place || p->work || p->listed
      || (strcmp (p->label, "ORG") != 0 && strcmp (p->label, "PERSON") != 0
          && (strcmp (p->label, "LOC") != 0 || p->source != SOURCE_TAGGER))
      || (strcmp (p->label, "PERSON") == 0 && person_shaped (scan, p->a, p->b)))
    return FALSE;
  for (guint k = p->a; k < p->b; k++)
    {
      const GazetteerEntry *hint = word_at (scan, k)->hint;
      if (hint && hint->hint && strcmp (hint->hint, "COMPANY") == 0)
        return FALSE;
    }
  return TRUE;
}

/* Products by the noun after them: a name no list knows before a kind
 * of software or device (cues.tsv product-noun: "Kazaa file-sharing",
 * "the Exeem software"), or before a kind of technology when it is no
 * acronym (tech-noun: "Bluetooth technology", "Visual Radio technology";
 * acronyms are drop_tech_acronyms()'s), is a product, MISC, at every
 * mention the tagger or a rule made an organisation or a person.  Not
 * before a kind of person ("the Tarvex technology correspondent"), nor
 * where any mention speaks or owns ("Kazmir said", "Kazmir's") or a
 * rule found a company by the words around it ("a spokesman for
 * Kazmir"): that is a company, which makes software too. */
static void
products_by_noun (Scan *scan)
{
  g_autoptr (GHashTable) products = NULL;
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->b + 1 >= n)
        continue;
      /* the next word's cue before unlisted_name()'s compares, which
       * ran on every span (1.2M of 500 BBC articles' 497M) */
      const Word *next = word_at (scan, p->b);
      if (next->upper || !(next->cue & (CUE_PRODUCT_NOUN | CUE_TECH_NOUN)) || !unlisted_name (scan, p)
          || (!(next->cue & CUE_PRODUCT_NOUN) && p->b - p->a == 1 && acronym_at (scan, p->a))
          || (first_name_flags (scan, word_at (scan, p->b + 1))
              & NAME_WORD_PERSON_NOUN))
        continue;
      if (!products)
        products = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *raw = words_text (scan, p->a, p->b);
      g_hash_table_add (products, assay_text_fold (raw, -1));
    }
  software_names (scan, &products);
  vehicle_names (scan, &products);
  if (!products)
    return; /* nearly every document */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->b >= n)
        continue;
      const Word *next = word_at (scan, p->b);
      if (!p->cued && !is_possessive (next) && (next->upper || !(next->cue & CUE_VERB)))
        continue;
      g_autofree char *raw = words_text (scan, p->a, p->b);
      g_autofree char *key = assay_text_fold (raw, -1);
      if (!p->cued && is_possessive (next) && software_own_possessive (products, key))
        continue;
      g_hash_table_remove (products, key);
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (!unlisted_name (scan, p))
        continue;
      g_autofree char *raw = words_text (scan, p->a, p->b);
      g_autofree char *key = assay_text_fold (raw, -1);
      if (!g_hash_table_contains (products, key))
        continue;
      p->label = "MISC";
      p->cued = FALSE;
      g_clear_pointer (&p->country, g_free);
      g_clear_pointer (&p->role, g_free);
      g_clear_pointer (&p->role_org, g_free);
    }
}

void
drop_tech_acronyms (Scan *scan, GHashTable *acronyms)
{
  /* After the votes, as the acronyms' drop: the products first, whose
   * acronyms before a kind of software this leaves MISC. */
  products_by_noun (scan);
  g_autoptr (GHashTable) tech = NULL;
  guint n = scan->words->len;
  for (guint i = 0; i + 1 < n; i++)
    {
      if (!(word_at (scan, i + 1)->cue & CUE_TECH_NOUN) || word_at (scan, i + 1)->upper || !acronym_at (scan, i))
        continue;
      /* Not before a kind of person (person-nouns.tsv): "the BBC
       * technology correspondent" is the BBC's. */
      if (i + 2 < n
          && (first_name_flags (scan, word_at (scan, i + 2))
              & NAME_WORD_PERSON_NOUN))
        continue;
      if (!tech)
        tech = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_add (tech, (gpointer) word_at (scan, i)->key);
      /* "GPRS and MMS technology", "GPRS, MMS and WAP technology". */
      for (guint k = i; k >= 2 && (strcmp (word_at (scan, k - 1)->key, "and") == 0
                                   || (word_at (scan, k - 1)->end - word_at (scan, k - 1)->start == 1
                                       && scan->text[word_at (scan, k - 1)->start] == ','))
                        && acronym_at (scan, k - 2);
           k -= 2)
        g_hash_table_add (tech, (gpointer) word_at (scan, k - 2)->key);
    }
  if (!tech)
    return; /* nearly every document: no cost */
  /* An acronym that speaks or owns anywhere in the document is an
   * organisation's ("the BBC standard ... the BBC said", "the RNID
   * scheme ... the RNID says", "the BBC's"), and so is one defined in
   * brackets after a name with an organisation's head ("Royal National
   * Institute for Deaf People (RNID)"). */
  for (guint i = 0; i + 1 < n; i++)
    {
      const Word *w = word_at (scan, i), *next = word_at (scan, i + 1);
      if (w->capitals && g_hash_table_contains (tech, w->key)
          && (is_possessive (next) || (!next->upper && (next->cue & CUE_VERB))))
        g_hash_table_remove (tech, w->key);
    }
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, acronyms);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      /* The acronym's span, after "(" after the name. */
      const Span *acro = span_at (scan, (gint) GPOINTER_TO_UINT (value) - 1);
      const Span *full = acro->a >= 2 ? span_at (scan, word_at (scan, acro->a - 2)->span) : NULL;
      for (guint k = full ? full->a : 0; full && k < full->b; k++)
        if (word_at (scan, k)->cue & CUE_ORG_HEAD)
          {
            g_hash_table_remove (tech, key);
            break;
          }
    }
  /* The lists' names stay ("IBM technology"), and a MISC: a named
   * standard may be one ("HD-DVD format"). */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (!p->dropped && p->b - p->a == 1 && p->source <= SOURCE_RULE && acronym_at (scan, p->a)
          && strcmp (p->label, "ORG") == 0 && g_hash_table_contains (tech, word_at (scan, p->a)->key))
        p->dropped = TRUE;
    }
}

/* Whether the plural at word @a stands where an event is named: after
 * a preposition and "the" ("at the Europeans", "for the Worlds"); a
 * people's plural stands anywhere else ("the Europeans voted",
 * "Europeans who live in Spain"). */
static gboolean
event_place (const Scan *scan, guint a)
{
  static const char *const preps[] = { "at", "in", "for", "from", "to", "before", "after", "since", "of", "during" };
  if (a < 2 || word_at (scan, a)->sentence_start || strcmp (word_at (scan, a - 1)->key, "the") != 0
      || word_at (scan, a - 1)->sentence_start)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (preps); k++)
    if (strcmp (word_at (scan, a - 2)->key, preps[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether word @k is a verb of a band's playing a place: "play",
 * "played", "headline", "headlining" ... */
static gboolean
plays_verb (const Word *k)
{
  static const char *const verbs[] = { "play", "plays", "played", "playing", "headline", "headlines", "headlined",
                                       "headlining" };
  if (k->upper)
    return FALSE;
  for (guint v = 0; v < G_N_ELEMENTS (verbs); v++)
    if (strcmp (k->key, verbs[v]) == 0)
      return TRUE;
  return FALSE;
}

/* A festival the document names by its place ("the Reading festival",
 * "the Greenfield Festival") is the event where a band plays it: the
 * place's name right after "play" or "headline", or after "played at"
 * ("they last played Reading", "played at Greenfield last year"), MISC,
 * whatever place or organisation was read.  Not a mention before a
 * capitalised word ("played Wembley Arena"), nor one the sentence does
 * not play ("the police in Greenfield"), nor a team or in a sport
 * report, where clubs play towns' names ("Chelsea played Leeds"), nor
 * in a document with no band's, musician's or work's noun ("Gloucester
 * played at Cheltenham" where the Cheltenham Festival is racing's). */
static void
festival_plays (Scan *scan)
{
  guint n = scan->words->len;
  g_autoptr (GHashTable) festivals = NULL; /* nearly every document: none, no cost */
  for (guint i = 1; i < n; i++)
    {
      const Word *w = word_at (scan, i);
      if (w->key[0] != 'f' || strcmp (w->key, "festival") != 0)
        continue;
      guint j = i;
      while (j > 0 && j + 3 > i && word_at (scan, j - 1)->upper && !(word_at (scan, j - 1)->cue & CUE_FUNCTION)
             && !word_at (scan, j - 1)->glued && g_ascii_isalpha (word_at (scan, j - 1)->text[0]))
        j--;
      if (j == i)
        continue;
      if (!festivals)
        festivals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (festivals, words_text (scan, j, i));
    }
  if (!festivals)
    return;
  /* A document of music: a band's or a musician's noun in lowercase
   * ("the band", "singer"; cues.tsv band-noun, musician, or "band"),
   * or a work's (speaks_of_works()). */
  gboolean music = FALSE;
  for (guint i = 0; i < n && !music; i++)
    {
      const Word *w = word_at (scan, i);
      music = !w->upper
              && ((cue_map_rules (scan->e->cues, w->key, w->hash) & (CUE_MUSICIAN | CUE_BAND_NOUN))
                  || strcmp (w->key, "band") == 0);
    }
  if (!music && !speaks_of_works (scan))
    return;
  int sport = -1; /* sport_report(), asked at the first candidate */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->a < 1 || p->team || strcmp (p->label, "MISC") == 0 || strcmp (p->label, "NORP") == 0
          || (p->b < n && word_at (scan, p->b)->upper && !word_at (scan, p->b)->sentence_start))
        continue;
      const Word *before = word_at (scan, p->a - 1);
      if (!(plays_verb (before)
            || (p->a >= 2 && !before->upper && strcmp (before->key, "at") == 0 && plays_verb (word_at (scan, p->a - 2)))))
        continue;
      g_autofree char *text = words_text (scan, p->a, p->b);
      if (!g_hash_table_contains (festivals, text))
        continue;
      if (sport < 0)
        sport = sport_report (scan);
      if (sport)
        return;
      p->label = "MISC";
      p->place = FALSE;
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
    }
}

void
mend_award_plurals (Scan *scan)
{
  festival_plays (scan);
  /* The first word of each event the document names (a MISC of two
   * words or more ending in a ceremony's head of cues.tsv: "Brit
   * Awards", "MTV Europe Music Awards"), made plural. */
  g_autoptr (GHashTable) awards = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a < 2 || strcmp (p->label, "MISC") != 0
          || !(word_at (scan, p->b - 1)->cue & CUE_CEREMONY))
        continue;
      if (!awards)
        awards = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (awards, g_strconcat (word_at (scan, p->a)->key, "s", NULL));
    }
  if (!awards)
    return; /* nearly every document: no cost */
  /* "the Brits", "Brits success" where the document names the Brit
   * Awards, "the MTVs" where it names the MTV Europe Music Awards: the
   * event, whatever organisation, person or place the tagger read; a
   * people's plural (NORP: "the Europeans" where the document names
   * the European Championships) only where an event stands
   * (event_place()). */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (!p->dropped && p->b - p->a == 1 && p->source <= SOURCE_RULE && strcmp (p->label, "MISC") != 0
          && g_hash_table_contains (awards, word_at (scan, p->a)->key) && (strcmp (p->label, "NORP") != 0 || event_place (scan, p->a)))
        {
          p->label = "MISC";
          p->place = FALSE;
          g_clear_pointer (&p->kb, g_free);
          g_clear_pointer (&p->country, g_free);
        }
    }
}
