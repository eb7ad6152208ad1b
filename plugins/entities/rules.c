/* rules.c: the entities stage's rules over one sentence's words: names
 * by their shape (organisations, places), the tagger's names read and
 * trimmed, names the tagger cut mended, products after their maker,
 * organisations named by the words around them and acronyms in
 * brackets.  The rules about people are people.c's.  The cue words they
 * read are data/cues.tsv's. */
#include "entities.h"

/* Organisations and places by their shape: a run of capitalised words
 * (with connectors inside) holding an org-head ("Ministry of State
 * Security", "Security Information Service") or else a loc-head ("Baltic
 * Sea", "Bay of Biscay").  A listed place after a connector, once the
 * head was read, is part of the name ("Gulf of Mexico", "Bank of
 * England"). */
/* Whether words [i, end), a run find_org_shapes() read, end in the name
 * of an event, an award or a law (cues.tsv kind event-head: "Booker
 * Prize", "Consumer Electronics Show", "Gulf War", "Freedom of
 * Information Act"); if so *@from is where the name starts: after the
 * run's last lowercase word but "of", or "and" in a run holding an
 * org-head ("Wimbledon and Masters Cup" is the Masters Cup), past a year ("1998 World Cup"), or back over a listed
 * place or nationality right before ("London Marathon", "African Nations
 * Cup"), which sets *@swallowed.  A name that speaks ("Epic Games said")
 * or that the lists know as a company is no event. */
/* Whether @w is a compound whose part after a hyphen is lowercase. */
static gboolean
lower_compound (const Word *w)
{
  const char *hyphen = strchr (w->text, '-');
  return hyphen && g_ascii_islower (hyphen[1]);
}

static gboolean
is_event (const Scan *scan, guint ws, guint i, guint end, gboolean head, guint *from, gboolean *swallowed)
{
  guint last = end - 1;
  while (last > i && !word_at (scan, last)->upper)
    last--;
  const Word *h = word_at (scan, last);
  if (!(h->cue & CUE_EVENT_HEAD) || h->capitals)
    return FALSE;
  if (end < scan->words->len && (word_at (scan, end)->cue & CUE_VERB) && !word_at (scan, end)->upper)
    return FALSE;
  guint a = i;
  for (guint k = last; k > i; k--)
    {
      const Word *w = word_at (scan, k - 1);
      /* "and" inside a run holding an org-head, which and_ends_name()
       * kept one name ("Serious Organised Crime and Police Bill");
       * elsewhere it joins two names ("Wimbledon and Masters Cup"). */
      gboolean joined = head && strcmp (w->key, "and") == 0;
      /* ... but not after a whole organisation's name, its head before
       * "and" ("British Airways and Carling Cup sponsors", "Department
       * of Health and Mental Health Act": two names). */
      for (guint m = i; joined && m + 1 < k; m++)
        joined = !(word_at (scan, m)->cue & CUE_ORG_HEAD);
      if (!w->upper && strcmp (w->key, "of") != 0 && !joined
          && !(strcmp (w->key, "the") == 0 && k - 1 > i && strcmp (word_at (scan, k - 2)->key, "of") == 0))
        {
          a = k;
          break;
        }
    }
  /* Nor a lowercase word ("the last 16 of the Australian Open"), nor a
   * compound lowercase after its hyphen ("Newly-crowned Australian Open
   * champion"). */
  while (a < last && (!g_ascii_isalpha (scan->text[word_at (scan, a)->start]) || (word_at (scan, a)->cue & CUE_FUNCTION)
                      || !word_at (scan, a)->upper || lower_compound (word_at (scan, a))))
    a++;
  gboolean took = FALSE;
  const Span *before = a == i && i > ws ? span_at (scan, word_at (scan, i - 1)->span) : NULL;
  if (before && before->source == SOURCE_GAZETTEER && before->b == i && !word_at (scan, i)->glued
      && (strcmp (before->label, "GPE") == 0 || strcmp (before->label, "NORP") == 0))
    a = before->a, took = TRUE;
  if (last <= a)
    return FALSE;
  const Word *first = word_at (scan, a);
  /* A head that is a first name too (person-names.tsv: "Bill") after a
   * kind of person (person-nouns.tsv) or a town alone is the person's
   * name or nickname ("Uncle Bill", "Buffalo Bill"; "the Finance Bill",
   * "the Scotland Bill" are laws). */
  if (last == a + 1 && h->known.single && h->known.single->hint && strcmp (h->known.single->hint, "FIRST") == 0
      && ((word_map_get (scan->e->first_names, first->key, first->hash) & NAME_WORD_PERSON_NOUN)
          || (first->hint && first->hint_len == 1 && strcmp (first->hint->hint ? first->hint->hint : "", "CITY") == 0)))
    return FALSE;
  if (first->hint && a + first->hint_len == last + 1 && strcmp (first->hint->hint, "COMPANY") == 0)
    return FALSE;
  /* What the run swallowed may lie before the event's name. */
  for (guint k = a; k < end && !took; k++)
    {
      const Span *in = span_at (scan, word_at (scan, k)->span);
      took = in && in->source == SOURCE_GAZETTEER;
    }
  *swallowed = took;
  *from = a;
  return TRUE;
}

/* Whether the run from word @i stops at "and", word @j: before "the"
 * ("Goldman Sachs and the Wellcome Trust", "Elton John and the Terrence
 * Higgins Trust" are two names), or where the tagger closed a name of two
 * words or more, an org-head among them, right before it ("The London
 * Assembly and Transport for London"); not in "Bill and Melinda Gates
 * Foundation", "Pew Internet and American Life Project". */
static gboolean
and_ends_name (const Scan *scan, guint ws, guint we, guint i, guint j, const guint *tags, gboolean head)
{
  if (j + 1 < we && strcmp (word_at (scan, j + 1)->key, "the") == 0)
    return TRUE;
  const NerModel *model = scan->e->model;
  if (!head || j < i + 2 || ner_model_tag (model, tags[j - ws])[0] != 'O')
    return FALSE;
  /* Not inside "Department for Education and Skills", "Office of
   * Management and Budget", "Investors Bank and Trust": no connector
   * before "and", two capitalised words after it. */
  for (guint k = i; k < j; k++)
    if (!word_at (scan, k)->upper)
      return FALSE;
  if (j + 2 >= we || !word_at (scan, j + 1)->upper || !word_at (scan, j + 2)->upper)
    return FALSE;
  guint a = j - 1;
  while (a > i && ner_model_tag (model, tags[a - ws])[0] == 'I')
    a--;
  return a >= i && j - a >= 2 && ner_model_tag (model, tags[a - ws])[0] == 'B';
}

void
find_org_shapes (Scan *scan, guint ws, guint we, const guint *tags)
{
  /* A sentence in title case (a headline: every word but "of", "the"
   * and their like capitalised) capitalises every word, so a run there
   * is no event's name by its last word ("Blair Wins Election"). */
  guint lower = 0, upper = 0;
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      if (w->upper)
        upper++;
      else if (g_ascii_isalpha (scan->text[w->start]) && !(w->cue & (CUE_FUNCTION | CUE_CONNECTOR)))
        lower++;
    }
  gboolean title_case = lower == 0 && upper >= 3;
  for (guint i = ws; i < we;)
    {
      Span *held = span_at (scan, word_at (scan, i)->span);
      /* A listed place, nationality or organisation that opens a
       * capitalised run holding an org-head is that organisation's first
       * word ("Scotland Yard", "UK Independence Party", "Welsh Assembly",
       * "Commons Public Accounts Committee"): the run is read from the
       * word after it, and claims only as an organisation. */
      gboolean led = held && held->source == SOURCE_GAZETTEER && held->a == i && held->b < we
                     && (strcmp (held->label, "GPE") == 0 || strcmp (held->label, "NORP") == 0
                         || strcmp (held->label, "ORG") == 0)
                     && is_name_word (word_at (scan, i)) && !word_at (scan, held->b)->glued
                     && word_at (scan, held->b)->upper && word_at (scan, held->b)->span < 0
                     && !(word_at (scan, held->b)->cue & (CUE_ROLE | CUE_MODIFIER | CUE_HONORIFIC));
      if (!led && (!is_name_word (word_at (scan, i)) || (held && held->source == SOURCE_GAZETTEER)))
        {
          i++;
          continue;
        }
      /* A title, a person's first name and surname, "of": the organisation
       * starts after "of" ("Detective Inspector Paul Miller of Thames
       * Valley Police"), the person is find_titled_people()'s. */
      if (!led && (word_at (scan, i)->cue & (CUE_ROLE | CUE_MODIFIER)))
        {
          guint t = i;
          while (t < we && (word_at (scan, t)->cue & (CUE_ROLE | CUE_MODIFIER)) && word_at (scan, t)->upper)
            t++;
          if (t + 2 < we && word_at (scan, t + 1)->upper && word_at (scan, t + 1)->cue == 0
              && strcmp (word_at (scan, t + 2)->key, "of") == 0
              && (word_map_get (scan->e->first_names, word_at (scan, t)->key, word_at (scan, t)->hash) & NAME_WORD_FIRST))
            {
              i = t + 3;
              continue;
            }
        }
      guint j = led ? held->b : i + 1, end = j;
      gboolean head = !led && (word_at (scan, i)->cue & CUE_ORG_HEAD) != 0;
      gboolean loc = !led && (word_at (scan, i)->cue & CUE_LOC_HEAD) != 0, swallowed = led;
      while (j < we)
        {
          Word *w = word_at (scan, j);
          Span *inside = span_at (scan, w->span);
          if (inside && inside->source == SOURCE_GAZETTEER)
            {
              gboolean place = inside->a == j
                               && (strcmp (inside->label, "GPE") == 0 || strcmp (inside->label, "NORP") == 0);
              /* ... but not a place that owns what follows: "Unit 26165
               * of Russia's GRU" is the unit of the GRU. */
              gboolean owns = inside->b < we && is_possessive (word_at (scan, inside->b));
              /* ... not after "and" ("Party and the London Assembly"
               * are two; "Council for England", "Bank of the West" one). */
              guint c = j - 1;
              if (strcmp (word_at (scan, c)->key, "the") == 0 && c > i)
                c--;
              gboolean joined = strcmp (word_at (scan, c)->key, "and") == 0;
              if ((head || loc) && place && strcmp (inside->label, "GPE") == 0 && !owns && !joined
                  && !word_at (scan, j - 1)->upper)
                {
                  end = j = inside->b;
                  swallowed = TRUE;
                }
              else if (!head && !loc && place)
                {
                  /* Inside a run whose head is still to come: "Pew
                   * Internet and American Life Project" is one name. */
                  end = j = inside->b;
                  swallowed = TRUE;
                  continue;
                }
              break;
            }
          if (w->upper && head && (w->cue & CUE_ROLE) && !(w->cue & CUE_ORG_HEAD))
            break; /* "Home Office | Minister Ann Widdecombe": a title after the name */
          if (w->upper)
            head = head || (w->cue & CUE_ORG_HEAD), loc = loc || (w->cue & CUE_LOC_HEAD), end = ++j;
          else if (strcmp (w->key, "and") == 0 && and_ends_name (scan, ws, we, i, j, tags, head))
            break;
          else if ((w->cue & CUE_CONNECTOR) && !w->upper && !(loc && !head && strcmp (w->key, "of") != 0))
            j++; /* a place's name goes on past "of" only: "Sea for the Bay" is two */
          else
            break;
        }
      /* A place's head ends its name or comes before "of": "Gulf War"
       * is an event, "1991 Gulf" no place. */
      if (loc && !head)
        {
          guint last = end - 1;
          while (last > i && !word_at (scan, last)->upper)
            last--;
          gboolean of_after = FALSE;
          for (guint k = i; k < end; k++)
            of_after = of_after || ((word_at (scan, k)->cue & CUE_LOC_HEAD) && k + 1 < end
                                    && strcmp (word_at (scan, k + 1)->key, "of") == 0);
          loc = ((word_at (scan, last)->cue & CUE_LOC_HEAD) || of_after)
                && g_ascii_isalpha (scan->text[word_at (scan, i)->start]);
          /* A first name and a head alone, a title before them or not,
           * are as often a person ("Andy Street", "Mayor Andy Street",
           * "Wayne Bridge"): the tagger decides. */
          guint p = i;
          while (p + 2 < end && (word_at (scan, p)->cue & (CUE_ROLE | CUE_MODIFIER | CUE_HONORIFIC)))
            p++;
          const GazetteerEntry *named = word_at (scan, p)->hint;
          if (loc && end - p == 2 && (!named || named->faint || strcmp (named->label, "PERSON") == 0)
              && (word_map_get (scan->e->first_names, word_at (scan, p)->key, word_at (scan, p)->hash) & NAME_WORD_FIRST))
            loc = FALSE;
          /* A head right after a form of address is a surname: "Mr
           * Park", "Mrs Street". */
          for (guint k = i; loc && k + 1 < end; k++)
            if ((word_at (scan, k)->cue & CUE_HONORIFIC) && (word_at (scan, k + 1)->cue & CUE_LOC_HEAD))
              loc = FALSE;
          /* A place's name starts after the run's last "and": "Lord
           * Falconer and Downing Street" is a person and a place. */
          for (guint k = i; loc && k + 2 < end; k++)
            if (strcmp (word_at (scan, k)->key, "and") == 0)
              i = k + 1;
          while (i + 1 < end && !word_at (scan, i)->upper)
            i++; /* "and the Biography Channel" */
        }
      if (led && !head)
        {
          i = held->b; /* the place alone, as listed */
          continue;
        }
      if (led)
        loc = FALSE;
      guint from = i;
      /* A place-led run that ends in an event's head is the event, the
       * place its first word ("Detroit Motor Show", though Motor is an
       * org-head). */
      gboolean event = !title_case && is_event (scan, ws, i, end, head, &from, &swallowed);
      if (event)
        i = from;
      if ((head || loc || event) && end - i >= 2)
        {
          Span *s = claim (scan, i, end, event ? "MISC" : head ? "ORG" : "LOC", swallowed ? SOURCE_AROUND : SOURCE_RULE);
          if (s)
            {
              s->source = SOURCE_RULE;
              s->canonical = words_text (scan, i, end);
            }
        }
      i = end;
    }
}

/* Whether words [@a, @b), a town's name GeoNames lists only faintly
 * (cities.tsv kind faint: it is also a word, a person's name or a
 * bigger city's), name the town where the tagger read a place there: two
 * words or more, not ending in a loc-head, one of them no lowercase
 * English word ("East Kilbride", "Beverly Hills"; not "Apple Valley",
 * "West End", "North East", "Canary Wharf", "Villa Park": a district, a
 * region, a ground as often). */
static gboolean
faint_town (const Scan *scan, guint a, guint b)
{
  if (b - a < 2 || (word_at (scan, b - 1)->cue & CUE_LOC_HEAD))
    return FALSE;
  for (guint k = a; k < b; k++)
    if (!(word_map_get (scan->e->first_names, word_at (scan, k)->key, word_at (scan, k)->hash) & NAME_WORD_ENGLISH))
      return TRUE;
  return FALSE;
}

void
find_tagged (Scan *scan, guint ws, guint we, const guint *tags)
{
  const NerModel *model = scan->e->model;
  gboolean has_lower = FALSE;
  for (guint i = ws; i < we && !has_lower; i++)
    has_lower = !word_at (scan, i)->capitals;
  for (guint i = ws; i < we;)
    {
      const char *tag = ner_model_tag (model, tags[i - ws]);
      if (tag[0] == 'O')
        {
          i++;
          continue;
        }
      guint j = i + 1;
      while (j < we && ner_model_tag (model, tags[j - ws])[0] == 'I'
             && strcmp (ner_model_tag (model, tags[j - ws]) + 2, tag + 2) == 0)
        j++;
      guint a = i, b = j;
      i = j;
      /* A name does not end in "of", a possessive or a month ("Retrieved
       * February"), nor start with "According"; a person's does not start
       * with the title before it. */
      while (b > a && (!word_at (scan, b - 1)->upper || is_possessive (word_at (scan, b - 1))
                       || (word_at (scan, b - 1)->cue & CUE_FUNCTION)))
        b--;
      while (a < b && (word_at (scan, a)->cue & CUE_FUNCTION) && !(word_at (scan, a)->cue & CUE_CONNECTOR))
        a++;
      const char *label = label_for (tag + 2);
      /* "Referee Graham Poll", "Actress Anna Keaveney" (the tagger says
       * ORG too): a kind of person of person-nouns.tsv as a title, kept
       * as the person's role. */
      gboolean kind_title = person_noun_before_name (scan, a, b);
      guint kind = a;
      if (kind_title)
        {
          a++;
          label = "PERSON";
        }
      if (strcmp (label, "PERSON") == 0)
        {
          while (b - a > 1 && (word_at (scan, a)->cue & (CUE_ROLE | CUE_MODIFIER | CUE_HONORIFIC)))
            a++;
          /* ... nor end with one in capitals after it ("Margaret Moran MP"). */
          while (b - a > 1 && (word_at (scan, b - 1)->cue & CUE_ROLE) && word_at (scan, b - 1)->capitals)
            b--;
          if (b - a == 1 && (word_at (scan, a)->cue & (CUE_ROLE | CUE_MODIFIER | CUE_HONORIFIC)))
            continue; /* a title alone ("High Representative") */
          /* One word in capitals, in a sentence that is not all in
           * capitals, is an acronym, and acronyms name organisations
           * ("GDL", "RMT"), hardly ever people. */
          const Word *only = word_at (scan, a);
          if (b - a == 1 && only->capitals && has_lower && only->end - only->start >= 2
              && g_ascii_isalpha (scan->text[only->start]) && g_ascii_isalpha (scan->text[only->start + 1]))
            label = "ORG";
        }
      if (b - a == 1 && (word_at (scan, a)->cue & CUE_FUNCTION))
        continue; /* "I" */
      /* A form of address alone is no name ("Sir" cut off "Sir Alex
       * Ferguson"), nor a title alone any name ("the Queen" is no
       * organisation, "Chancellor" no place). */
      if (b - a == 1 && (word_at (scan, a)->cue & (CUE_HONORIFIC | CUE_ROLE)))
        continue;
      if (b - a == 1 && g_utf8_strlen (word_at (scan, a)->text, -1) == 2 && g_str_has_suffix (word_at (scan, a)->text, "."))
        continue; /* an initial alone: "Novak, J." in a reference list */
      /* A longer name of another kind around a known place, nationality
       * or organisation is another name: "U.S. Open", "Air France";
       * "NATO Allies" in a title is still NATO, and a known person or
       * group is never swallowed ("... and Security Policy Jane Doe").
       * A nationality inside a longer name is part of it whatever its
       * kind: "British Masters", "American League", "Iraqi Kurds". */
      gboolean around = b - a > 1;
      for (guint k = a; k < b && around; k++)
        {
          const Span *inner = span_at (scan, word_at (scan, k)->span);
          around = inner == NULL
                   || (inner->source == SOURCE_GAZETTEER && inner->a >= a && inner->b <= b
                       && inner->b - inner->a < b - a
                       && (strcmp (tagger_class (inner->label), label) != 0 || strcmp (inner->label, "NORP") == 0)
                       && strcmp (inner->label, "PERSON") != 0 && strcmp (inner->label, "THREAT_ACTOR") != 0);
          around = around && !(word_at (scan, k)->cue & (CUE_ROLE | CUE_HONORIFIC));
        }
      /* A city the tagger reads as an organisation is one there: the
       * team or the company named after it ("Barcelona beat Madrid"). */
      Span *known = span_at (scan, word_at (scan, a)->span);
      /* ... but a city that speaks is its government: "Warsaw said". */
      gboolean speaks = b < we && (word_at (scan, b)->cue & CUE_VERB) && !word_at (scan, b)->upper;
      /* Before a place suffix ("Lyon-based") a place is one, whatever
       * the tagger says. */
      gboolean suffixed = b < we && word_at (scan, b)->glued && (word_at (scan, b)->cue & CUE_PLACE_SUFFIX);
      if (known && known->place && known->a == a && known->b == b && strcmp (label, "ORG") == 0 && !speaks
          && !suffixed)
        {
          known->label = "ORG";
          g_clear_pointer (&known->country, g_free);
          g_free (known->canonical), known->canonical = words_text (scan, a, b);
          continue;
        }
      Span *s = claim (scan, a, b, label, around ? SOURCE_AROUND : SOURCE_TAGGER);
      if (s)
        {
          s->source = SOURCE_TAGGER;
          s->canonical = words_text (scan, a, b);
          if (kind_title)
            s->role = words_text (scan, kind, kind + 1);
          /* A place the tagger found where a list hinted a city or
           * region of that name is that one: a GPE, with its country
           * (a faint town's too where faint_town() says so).
           * A lone word the lists know as a company, with no first name
           * before it, is the company, whatever person, place or thing
           * the tagger took it for ("Chrysler said", "Maersk", "Airbus"). */
          const GazetteerEntry *hint = word_at (scan, a)->hint;
          if (hint && b - a == 1 && word_at (scan, a)->hint_len == 1 && strcmp (hint->hint, "COMPANY") == 0
              && strcmp (label, "ORG") != 0)
            s->label = "ORG";
          /* An event, an award or a law does not speak: the tagger's
           * MISC ending in an event's head before a reporting verb is the
           * organisation named so ("Epic Games said"); after "the" it
           * is the event's organisers ("the Brit Awards said"). */
          if (speaks && b - a >= 2 && strcmp (label, "MISC") == 0 && (word_at (scan, b - 1)->cue & CUE_EVENT_HEAD)
              && (a == ws || strcmp (word_at (scan, a - 1)->key, "the") != 0))
            s->label = "ORG";
          /* After "in" a place the lists hint is the place, whatever
           * organisation the tagger read ("Roads in Kent and Norfolk":
           * Kent the county, not its cricket club). */
          gboolean in = a > ws && strcmp (word_at (scan, a - 1)->key, "in") == 0 && strcmp (label, "ORG") == 0;
          if (hint && (!hint->faint || faint_town (scan, a, b)) && word_at (scan, a)->hint_len == b - a
              && (strcmp (label, "LOC") == 0 || suffixed || in) && strcmp (hint->label, "GPE") == 0)
            {
              s->label = "GPE";
              s->place = TRUE;
              s->kb = g_strdup (hint->kb);
              s->country = g_strdup (hint->country);
            }
        }
    }
}

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
  if ((word_map_get (scan->e->first_names, first->key, first->hash) & (NAME_WORD_FIRST | NAME_WORD_ENGLISH))
      != NAME_WORD_FIRST)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Word *w = word_at (scan, k);
      if (!w->upper || w->capitals || w->cue || (w->hint && strcmp (w->hint->label, "PERSON") != 0)
          || (k > a && (word_map_get (scan->e->first_names, w->key, w->hash) & NAME_WORD_ENGLISH))
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
          held->label = "ORG";
          held->place = FALSE;
          g_clear_pointer (&held->kb, g_free);
          g_clear_pointer (&held->country, g_free);
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
        continue;
      /* ... and there only before a name the tagger left or called an
       * organisation or a person: "Shares in Europe", "Shares in
       * Anglo-Swedish AstraZeneca" are no companies. */
      if (w->upper && i + 2 < we)
        {
          const Span *named = span_at (scan, word_at (scan, i + 2)->span);
          if (named && strcmp (named->label, "ORG") != 0 && strcmp (named->label, "PERSON") != 0)
            continue;
        }
      guint at[2], n = 0;
      if (w->cue & CUE_ORG_NOUN)
        at[n++] = i + 1; /* "firm X" */
      else if (strcmp (w->key, "shares") == 0)
        {
          if (i > ws)
            {
              /* "X shares": a person or nobody's word; a thing there
               * is a kind of shares ("European shares"), and a number
               * how many ("got 9 shares each", "1,000 shares"). */
              const Span *before = span_at (scan, word_at (scan, i - 1)->span);
              if ((!before || strcmp (before->label, "PERSON") == 0)
                  && !g_ascii_isdigit (word_at (scan, i - 1)->text[0]))
                at[n++] = before ? before->a : i - 1;
            }
          if (i + 2 < we && strcmp (word_at (scan, i + 1)->key, "in") == 0)
            at[n++] = i + 2; /* "shares in X" */
        }
      for (guint c = 0; c < n; c++)
        org_by_cue (scan, at[c], we);
    }
}

/* A model's number or code: digits with capitals ("A380", "RAV4"), or
 * (@numbers) three digits or more, a hyphen allowed ("737-800"), that
 * are no year. */
static gboolean
is_model_code (const Word *w, gboolean numbers)
{
  gsize n = w->end - w->start, digits = 0, letters = 0;
  /* A plural's "s" after a code: "A380s". */
  gsize len = n > 2 && w->text[n - 1] == 's' && g_ascii_isdigit (w->text[n - 2]) ? n - 1 : n;
  for (const char *p = w->text; p < w->text + len; p++)
    if (g_ascii_isdigit (*p))
      digits++;
    else if (g_ascii_isupper (*p))
      letters++;
    else if (*p != '-')
      return FALSE;
  if (digits == 0 || n > 10)
    return FALSE;
  if (letters == 0 && n >= 4 && (g_str_has_prefix (w->text, "19") || g_str_has_prefix (w->text, "20")))
    return FALSE; /* a year or a date: "Boeing 2024 results", "1996-08-30" */
  return letters > 0 || (numbers && n >= 3);
}

/* A maker's name and a model's code after it are a product, MISC, kept
 * whole ("Boeing 787", "Airbus A380"): the maker is an organisation a
 * list or the tagger found, or a company the lists hinted. */
void
find_models (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 1; i < we; i++)
    {
      Word *code = word_at (scan, i);
      if (code->glued || !is_model_code (code, TRUE) || code->span >= 0)
        continue;
      guint a = i;
      Span *maker = span_at (scan, word_at (scan, i - 1)->span);
      /* A number after a team is a score ("Sussex 363"): numbers follow
       * only a maker the lists know as a company. */
      if (maker && maker->b == i && strcmp (maker->label, "ORG") == 0 && is_model_code (code, FALSE))
        a = maker->a;
      else
        {
          /* A listed company ending right before: it starts at most the
           * sentence's longest hinted name back (reading back to the
           * sentence's start made a long sentence of numbers quadratic). */
          guint longest = scan->longest_hint;
          guint stop = i - ws > longest ? i - longest : ws;
          for (guint j = i; j-- > stop && a == i;)
            if (word_at (scan, j)->hint && j + word_at (scan, j)->hint_len == i
                && strcmp (word_at (scan, j)->hint->hint, "COMPANY") == 0)
              a = j;
        }
      if (a == i)
        continue;
      Span *s = claim (scan, a, i + 1, "MISC", SOURCE_AROUND);
      if (s)
        {
          s->source = SOURCE_RULE;
          s->canonical = words_text (scan, a, i + 1);
        }
    }
}

gboolean
is_score (const Scan *scan, guint i)
{
  const char *p = word_at (scan, i)->text;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '-')
    p++;
  else if (g_str_has_prefix (p, "\xe2\x80\x93"))
    p += 3;
  else
    return FALSE;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0';
}

/* The span at word @i if it is a city's: a place GeoNames' list or the
 * tagger found, no country, nation or subdivision (England, Wales and
 * counties: their teams are named as they are). */
static Span *
city_at (Scan *scan, guint i)
{
  Span *p = span_at (scan, word_at (scan, i)->span);
  if (p == NULL || (strcmp (p->label, "GPE") != 0 && strcmp (p->label, "LOC") != 0))
    return NULL;
  /* GeoNames' cities (cities.tsv), or a place only the tagger found;
   * places.tsv mixes cities with nations (England, Wales) and has no
   * kind to tell them apart. */
  if (p->kb ? !g_str_has_prefix (p->kb, "geonames:") : p->source != SOURCE_TAGGER)
    return NULL;
  return p;
}

/* The span of word @i where it may name a club by a result: a city
 * (city_at()), a first name or an English word, or one word the tagger
 * already called an organisation
 * ("Exeter beat Leeds 2-1": the tagger may read the club itself).  The
 * latter is marked too, so the document's votes (links.c) do not turn
 * it back into the city its other mentions are; NULL: neither. */
static Span *
team_at (Scan *scan, guint i, gboolean sets)
{
  Span *p = span_at (scan, word_at (scan, i)->span);
  if (p && p->source == SOURCE_TAGGER && p->b - p->a == 1 && strcmp (p->label, "ORG") == 0)
    return p;
  /* A club named like a first name or an English word ("Chelsea",
   * "Sale", "Wasps", "Wednesday"), which the tagger calls a person or
   * leaves: one word, not in capitals, the tagger's person or nobody's,
   * in a sentence with one score: two are sets ("Federer beat Hewitt
   * 6-3 6-4"); not a first name before a surname ("beat Jan Kroslak"). */
  const Word *w = word_at (scan, i);
  guint flags = word_map_get (scan->e->first_names, w->key, w->hash);
  if (!sets && w->upper && !w->capitals && !w->glued && (flags & (NAME_WORD_FIRST | NAME_WORD_ENGLISH))
      && (w->cue == 0 || (w->cue == CUE_FUNCTION && (flags & NAME_WORD_FIRST)))
      && g_unichar_isalpha (g_utf8_get_char (w->text))
      && (i + 1 >= scan->words->len || !word_at (scan, i + 1)->upper))
    {
      if (p && p->source == SOURCE_TAGGER && p->b - p->a == 1 && strcmp (p->label, "PERSON") == 0)
        return p;
      if (p == NULL)
        {
          Span *s = claim (scan, i, i + 1, "ORG", SOURCE_RULE);
          if (s)
            s->canonical = words_text (scan, i, i + 1);
          return s;
        }
    }
  return city_at (scan, i);
}

/* A club named after its city, by a result around it: in a sentence with
 * a score, a city right before a result word (cues.tsv kind result:
 * "Exeter beat Leeds 2-1") or after one, a score and "with", "to" or "by"
 * allowed between ("drew 1-1 with Bristol", "lost 3-0 to Cardiff"; "lost
 * 2-0 at Old Trafford" is the ground), is the club: ORG, and so are the city's other mentions in
 * the document (links.c).  Countries and subdivisions keep their label: a
 * country's team is named as the country.  No score, no club: "London beat Paris to
 * host the Games". */
void
find_teams (Scan *scan, guint ws, guint we)
{
  /* A club needs no score where British English gives it a plural verb:
   * "Chelsea have decided", "Chelsea are saying", "Chelsea were now
   * looking" (a person has, is, was).  One word the tagger calls a
   * person, opening the sentence (a quote allowed before it), before
   * "are", "were" or "have": elsewhere the verb's subject is often more
   * than the name ("she and sister Venus are", "people who like Robbie
   * are", "if Perot were"). */
  for (guint i = ws; i + 1 < we; i++)
    {
      Span *p = span_at (scan, word_at (scan, i)->span);
      const char *next = word_at (scan, i + 1)->key;
      if (p == NULL || p->a != i || p->b != i + 1 || p->source != SOURCE_TAGGER || strcmp (p->label, "PERSON") != 0
          || word_at (scan, i)->capitals || word_at (scan, i + 1)->upper
          || (strcmp (next, "are") != 0 && strcmp (next, "were") != 0 && strcmp (next, "have") != 0))
        continue;
      if (i > ws && !(i == ws + 1 && g_unichar_ispunct (g_utf8_get_char (word_at (scan, ws)->text))))
        continue;
      p->label = "ORG";
      p->team = TRUE;
    }
  guint scores = 0;
  for (guint i = ws; i < we && scores < 2; i++)
    scores += is_score (scan, i);
  if (scores == 0)
    return;
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      if (!(w->cue & CUE_RESULT) || w->upper)
        continue;
      Span *sides[2] = { i > ws ? team_at (scan, i - 1, scores > 1) : NULL, NULL };
      guint k = i + 1;
      if (k < we && is_score (scan, k))
        k++;
      if (k < we && !word_at (scan, k)->upper
          && (strcmp (word_at (scan, k)->key, "with") == 0 || strcmp (word_at (scan, k)->key, "to") == 0
              || strcmp (word_at (scan, k)->key, "by") == 0))
        k++;
      if (k < we)
        sides[1] = team_at (scan, k, scores > 1);
      if (sides[0] && sides[0]->b != i)
        sides[0] = NULL;
      if (sides[1] && sides[1]->a != k)
        sides[1] = NULL;
      for (guint s = 0; s < 2; s++)
        {
          Span *p = sides[s];
          if (p == NULL)
            continue;
          p->label = "ORG";
          p->place = FALSE;
          p->team = TRUE;
          g_clear_pointer (&p->kb, g_free);
          g_clear_pointer (&p->country, g_free);
        }
    }
}

GRegex *
products_load (const char *data_dir, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, "products.tsv", NULL);
  AssayDataTable *table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  g_autoptr (GString) all = g_string_new ("^(?:");
  guint n = assay_data_table_get_n_rows (table);
  for (guint i = 0; i < n; i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 2, 2, "PATTERN<TAB>WHAT IT NAMES", error))
        {
          assay_data_table_free (table);
          return NULL;
        }
      /* Each pattern alone first, so that a bad one is named by its line. */
      g_autoptr (GError) bad = NULL;
      g_autoptr (GRegex) one = g_regex_new (row->fields[0], 0, 0, &bad);
      if (one == NULL)
        {
          assay_data_row_set_error (error, table, row, "the pattern does not compile: %s", bad->message);
          assay_data_table_free (table);
          return NULL;
        }
      g_string_append_printf (all, "%s(?:%s)", i ? "|" : "", row->fields[0]);
    }
  assay_data_table_free (table);
  g_string_append (all, ")$");
  if (n == 0)
    g_string_assign (all, "(?!)"); /* no product's shape: nothing matches */
  return g_regex_new (all->str, G_REGEX_OPTIMIZE, 0, error);
}

/* A word of a product's shape (products.tsv: "iPod", "A380") that no list
 * or rule named is a product, MISC, whatever the tagger said.  Only words
 * of a mixed shape (a letter, and a digit or a capital after a lowercase
 * letter) are tried: the patterns are for them, and most words (numbers,
 * acronyms) are not; a regular expression for every acronym cost 4% of
 * the stage. */
void
find_products (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i < we; i++)
    {
      Word *w = word_at (scan, i);
      const Span *held = span_at (scan, w->span);
      if (held && (held->source != SOURCE_TAGGER || held->a != i || held->b != i + 1))
        continue;
      /* A product's name starts with a capital or a digit, or has a
       * capital second ("iPod"): most words go here, unread. */
      if (!w->upper && !g_ascii_isupper (w->text[1]))
        continue;
      gboolean digit = FALSE, camel = FALSE, letter = FALSE;
      for (const char *c = w->text; *c; c++)
        {
          digit = digit || g_ascii_isdigit (*c);
          letter = letter || g_ascii_isalpha (*c);
          camel = camel || (c > w->text && g_ascii_isupper (*c) && g_ascii_islower (c[-1]));
        }
      if (!letter || !(digit || camel) || !g_regex_match (scan->e->products, w->text, 0, NULL))
        continue;
      Span *s = claim (scan, i, i + 1, "MISC", SOURCE_RULE);
      if (s)
        s->canonical = g_strdup (w->text);
    }
}

/* A listed country or city right before an event or organisation the
 * tagger found is part of its name: "Qatar" + "Open" is the Qatar Open,
 * "China" + "Daily" China Daily; and one after a place the tagger found
 * and "of" is part of that place's ("Republic of Ireland"). */
void
mend_place_prefix (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i + 1 < we; i++)
    {
      Span *place = span_at (scan, word_at (scan, i)->span);
      Span *rest = span_at (scan, word_at (scan, i + 1)->span);
      if (!place || !rest || place == rest || place->source != SOURCE_GAZETTEER || place->b != i + 1
          || strcmp (place->label, "GPE") != 0 || rest->source != SOURCE_TAGGER || rest->a != i + 1
          || word_at (scan, i + 1)->glued
          || (strcmp (rest->label, "MISC") != 0 && strcmp (rest->label, "ORG") != 0))
        continue;
      place->dropped = TRUE;
      for (guint k = place->a; k <= i; k++)
        word_at (scan, k)->span = word_at (scan, i + 1)->span;
      rest->a = place->a;
      g_free (rest->canonical), rest->canonical = words_text (scan, rest->a, rest->b);
    }
  /* A place the tagger found, then "of" and a listed place, is one
   * place: "Republic of Ireland" (the tagger's name stops at "of", the
   * list claims the rest); of a country, a GPE.  Not a person or a
   * team: "Johnson of the U.S.", "Olympiakos of Greece" are two names. */
  for (guint i = ws; i + 2 < we; i++)
    {
      Span *head = span_at (scan, word_at (scan, i)->span);
      Span *place = span_at (scan, word_at (scan, i + 2)->span);
      /* The new tagger leaves "Republic" out: "the", a capitalised word
       * nobody named (no cue word, first name or kind of person: "the
       * Emperor of Brazil"), "of" and a listed country are the country's
       * longer name ("the Republic of Ireland", "the Commonwealth of
       * Australia"). */
      const Word *w = word_at (scan, i);
      if (!head && place && place->source == SOURCE_GAZETTEER && place->a == i + 2 && place->kb
          && g_str_has_prefix (place->kb, "iso3166:") && !strchr (place->kb + 8, '-') && w->upper && !w->capitals
          && w->cue == 0 && i > ws && !w->sentence_start && g_unichar_isalpha (g_utf8_get_char (w->text))
          && strcmp (word_at (scan, i + 1)->key, "of") == 0 && word_at (scan, i + 1)->span < 0
          && strcmp (word_at (scan, i - 1)->key, "the") == 0 && strcmp (place->label, "GPE") == 0
          && !(word_map_get (scan->e->first_names, w->key, w->hash) & (NAME_WORD_FIRST | NAME_WORD_PERSON_NOUN)))
        {
          Span copy = *place;
          place->dropped = TRUE;
          for (guint k = place->a; k < place->b; k++)
            word_at (scan, k)->span = -1;
          Span *s = claim (scan, i, copy.b, "GPE", SOURCE_RULE);
          if (s)
            {
              s->canonical = words_text (scan, i, copy.b);
              s->kb = g_strdup (copy.kb);
              i = copy.b - 1;
            }
          continue;
        }
      if (!head || !place || head->source != SOURCE_TAGGER || head->b != i + 1 || strcmp (head->label, "LOC") != 0
          || (word_at (scan, i)->cue & (CUE_ROLE | CUE_HONORIFIC)) /* "Sultan of Brunei" is a person */
          || strcmp (word_at (scan, i + 1)->key, "of") != 0 || word_at (scan, i + 1)->span >= 0
          || place->source != SOURCE_GAZETTEER || place->a != i + 2 || strcmp (place->label, "GPE") != 0)
        continue;
      gboolean country = place->kb && g_str_has_prefix (place->kb, "iso3166:") && !strchr (place->kb + 8, '-');
      place->dropped = TRUE;
      for (guint k = i + 1; k < place->b; k++)
        word_at (scan, k)->span = word_at (scan, i)->span;
      head->b = place->b;
      if (country)
        {
          /* The country's: "Republic of Ireland" is Ireland. */
          head->label = "GPE";
          head->place = FALSE;
          g_free (head->kb), head->kb = g_strdup (place->kb);
        }
      g_free (head->canonical), head->canonical = words_text (scan, head->a, head->b);
      i = head->b - 1;
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
          && (word_map_get (scan->e->first_names, word_at (scan, i - 2)->key, word_at (scan, i - 2)->hash)
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

/* A name right before a place suffix ("Lyon-based": add_sentence_words()
 * cut it off only where the lists know the place there) is that place,
 * whatever the tagger or the document's vote made of it: the claims stage
 * reads "Lyon-based X" as X's base. */
void
mend_place_suffix (Scan *scan)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b >= scan->words->len || !word_at (scan, p->b)->glued
          || !(word_at (scan, p->b)->cue & CUE_PLACE_SUFFIX) || p->b - p->a > 4)
        continue;
      const char *keys[4];
      gboolean glued[4], capitals[4];
      for (guint i = p->a; i < p->b; i++)
        {
          const Word *w = word_at (scan, i);
          keys[i - p->a] = w->key, glued[i - p->a] = i > p->a && w->glued, capitals[i - p->a] = w->capitals;
        }
      const GazetteerEntry *entry = NULL;
      guint n = p->b - p->a;
      if (gazetteer_match (scan->e->gazetteer, keys, glued, capitals, 0, n, FALSE, &entry) != n
          || strcmp (entry->label, "GPE") != 0 || (strcmp (p->label, "GPE") == 0 && p->source == SOURCE_GAZETTEER))
        continue;
      p->label = "GPE";
      p->place = entry->place;
      g_free (p->canonical), p->canonical = g_strdup (entry->canonical);
      g_free (p->kb), p->kb = g_strdup (entry->kb);
      g_free (p->country), p->country = NULL;
      if (entry->country && strcmp (entry->country, entry->canonical) != 0)
        p->country = g_strdup (entry->country);
    }
}
