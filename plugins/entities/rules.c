/* rules.c: the entities stage's rules that read a sentence's runs of
 * capitalised words: organisations, places and events by their shape, and
 * the tagger's names read and trimmed.  Names by the words around them
 * are rules-context.c's, places and the clubs named after them
 * rules-places.c's, products products.c's, people people.c's.  The cue
 * words they read are data/cues.tsv's. */
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
is_event (const Scan *scan, guint ws, guint i, guint end, gboolean head, const guint *tags, guint *from,
          gboolean *swallowed)
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
      /* Nor back past "of" after a number: "Article 2 of the Geneva
       * Convention" is a part of the law, which is named alone. */
      gboolean part = strcmp (w->key, "of") == 0 && k - 1 > i && g_ascii_isdigit (word_at (scan, k - 2)->text[0]);
      if ((!w->upper && strcmp (w->key, "of") != 0 && !joined
           && !(strcmp (w->key, "the") == 0 && k - 1 > i && strcmp (word_at (scan, k - 2)->key, "of") == 0))
          || part)
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
  /* A common noun's possessive right before the name is its first
   * words, as CoNLL writes it ("Cup Winners ' Cup", "African Nations '
   * Cup"; "the Readers' Choice Awards"): the noun is capitalised and an
   * English word, no first name, no day or month (the map's kinds: a
   * month's is off Word.cue) and no listed name, and the name after it
   * holds no listed place ("Men's Australian Open", "Sunday's Belgian
   * Grand Prix", "England's World Cup" name their event alone).  The
   * capitalised words before the noun, no listed ones, come with it
   * ("New Year's"), but not a longer name's end ("BBC Films' Dirty
   * War": the company's film) unless a place's or a nationality's. */
  if (a == i && i >= ws + 2 && is_possessive (word_at (scan, i - 1)) && word_at (scan, i - 1)->glued)
    {
      gboolean placed = FALSE;
      for (guint k = i; k <= last && !placed; k++)
        placed = word_at (scan, k)->span >= 0;
      guint o = i - 2;
      const Word *owner = word_at (scan, o);
      /* ... nor a name the tagger reads as a person's or a place's
       * ("Smith's World Cup hopes"); it reads a body as often where the
       * noun is a kind of people ("the Children's Book Prize"). */
      const char *tag = ner_model_tag (scan->e->model, tags[o - ws]);
      gboolean named = tag[0] != 'O' && (strcmp (tag + 2, "PER") == 0 || strcmp (tag + 2, "LOC") == 0);
      if (!placed && !named && owner->upper && !owner->capitals && owner->span < 0
          && g_ascii_isalpha (scan->text[owner->start])
          && !(owner->cue & (CUE_FUNCTION | CUE_WEEKDAY | CUE_TIME | CUE_HONORIFIC | CUE_ROLE))
          && (first_name_flags (scan, owner) & (NAME_WORD_ENGLISH | NAME_WORD_FIRST)) == NAME_WORD_ENGLISH
          && !(cue_map_rules (scan->e->cues, owner->key, owner->hash) & CUE_MONTH))
        {
          while (o > ws && word_at (scan, o - 1)->upper && !word_at (scan, o - 1)->capitals
                 && word_at (scan, o - 1)->span < 0 && g_ascii_isalpha (scan->text[word_at (scan, o - 1)->start])
                 && !(word_at (scan, o - 1)->cue & (CUE_FUNCTION | CUE_HONORIFIC | CUE_ROLE)))
            o--;
          const Span *prior = o > ws ? span_at (scan, word_at (scan, o - 1)->span) : NULL;
          if (o == ws || !word_at (scan, o - 1)->upper || (word_at (scan, o - 1)->cue & CUE_FUNCTION)
              || (prior && prior->source == SOURCE_GAZETTEER
                  && (strcmp (prior->label, "GPE") == 0 || strcmp (prior->label, "NORP") == 0)))
            a = o; /* a listed place before stays its own: "the US People's Choice Awards" */
        }
    }
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
      && ((first_name_flags (scan, first) & NAME_WORD_PERSON_NOUN)
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

/* Whether the capitalised words [a, b) have the initials of the word
 * @acronym in capitals (two to five letters), connectors left out:
 * "General Motors" and "GM". */
static gboolean
initials_of (const Scan *scan, guint a, guint b, const Word *acronym)
{
  gsize n = acronym->end - acronym->start, k = 0;
  if (n < 2 || n > 5 || !acronym->capitals)
    return FALSE;
  for (guint m = a; m < b; m++)
    {
      const Word *w = word_at (scan, m);
      if (!w->upper)
        continue;
      if (k >= n || g_ascii_toupper (w->text[0]) != acronym->text[k])
        return FALSE;
      k++;
    }
  return k == n;
}

/* Whether the lists hint the words [a, b), whole, as a company's name. */
static gboolean
company_hinted (const Scan *scan, guint a, guint b)
{
  const Word *w = word_at (scan, a);
  return b > a && w->hint && w->hint->hint && strcmp (w->hint->hint, "COMPANY") == 0 && w->hint_len == b - a;
}

/* Whether "and" at word @j joins two names, the run [i, j) before it
 * and the capitalised words after it: the run is a company the lists
 * hint, whole, or holds an org-head, and the words after open with one
 * ("Fiat and General Motors", "Viacom and Sony Pictures", "Sony Pictures
 * Entertainment and MGM Studios"; not "Procter and Gamble", whose
 * second word is none), each has its own head, or the words after
 * it
 * are what an acronym in brackets right after them stands for
 * ("Fiat and General Motors (GM)"), and the run and they together are
 * not. */
static gboolean
and_joins_two (const Scan *scan, guint we, guint i, guint j)
{
  /* "and" ending the sentence joins nothing; past the document's last
   * word word_at() reads a slot no document filled (the scan's buffers
   * are reused from document to document). */
  if (j + 1 >= we)
    return FALSE;
  guint k = j + 1;
  while (k < we && word_at (scan, k)->upper && !word_at (scan, k)->glued)
    k++;
  /* ... or a body's name with its head ("Sony Pictures Entertainment
   * and MGM Studios"). */
  const GazetteerEntry *next = word_at (scan, j + 1)->hint;
  gboolean headed = FALSE;
  for (guint m = i; m < j && !headed; m++)
    headed = word_at (scan, m)->upper && (word_at (scan, m)->cue & CUE_ORG_HEAD);
  /* The words after: a company hinted whole, or opening with one that
   * is no English word ("Red" of "Red Crescent Societies" is). */
  const Word *second = word_at (scan, j + 1);
  gboolean company_after = company_hinted (scan, j + 1, k)
                           || (next && next->hint && strcmp (next->hint, "COMPANY") == 0
                               && !(first_name_flags (scan, second) & NAME_WORD_ENGLISH));
  if ((company_hinted (scan, i, j) || headed) && company_after)
    return TRUE;
  /* Two bodies, each with its head: the run before, of two words or
   * more, ends in one, and the words after are a head, "of" and a name
   * ("China Construction Bank and Bank of China"; not "Investors Bank
   * and Trust", "Securities and Exchange Commission"). */
  if (j >= i + 2 && (word_at (scan, j - 1)->cue & CUE_ORG_HEAD) && word_at (scan, j - 1)->upper
      && (word_at (scan, j + 1)->cue & CUE_ORG_HEAD) && word_at (scan, j + 1)->upper && k == j + 2
      && j + 3 < we && strcmp (word_at (scan, j + 2)->key, "of") == 0 && word_at (scan, j + 3)->upper)
    return TRUE;
  if (k == j + 1 || k + 2 >= we || strcmp (word_at (scan, k)->text, "(") != 0
      || strcmp (word_at (scan, k + 2)->text, ")") != 0)
    return FALSE;
  const Word *acronym = word_at (scan, k + 1);
  return initials_of (scan, j + 1, k, acronym) && !initials_of (scan, i, k, acronym);
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
  if (and_joins_two (scan, we, i, j))
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
  /* Not where an English word opens the words after and they run to a
   * head of their own: a field joined to a field names one body ("Flood
   * Research and Applications Information Center", "Tarvex Research and
   * Development Centre"), where a name there opens another ("Tarvex
   * Research and Quillby Institute", "Foreign Office and Marsh
   * Laboratories": an English word the lists give a person too). */
  const Word *opener = word_at (scan, j + 1);
  if ((first_name_flags (scan, opener) & (NAME_WORD_ENGLISH | NAME_WORD_FIRST)) == NAME_WORD_ENGLISH
      && !(opener->hint && strcmp (opener->hint->label, "PERSON") == 0))
    for (guint k = j + 1; k < we && word_at (scan, k)->upper; k++)
      if (word_at (scan, k)->cue & CUE_ORG_HEAD)
        return FALSE;
  guint a = j - 1;
  while (a > i && ner_model_tag (model, tags[a - ws])[0] == 'I')
    a--;
  return a >= i && j - a >= 2 && ner_model_tag (model, tags[a - ws])[0] == 'B';
}

/* Whether word @i opens a quotation or what follows a colon ("It
 * added: \"The Labour Party will ..."): a capitalised function word
 * there opens a sentence as at the sentence's first word, and is no
 * name's first word (is_name_word() reads only the latter).  The quote
 * is an opening one: the sentence's first word, or with a space
 * before it. */
static gboolean
opens_quotation (const Scan *scan, guint ws, guint i)
{
  if (i == ws)
    return FALSE;
  const Word *mark = word_at (scan, i - 1);
  gunichar c = g_utf8_get_char (mark->text);
  gsize n = mark->end - mark->start;
  if (n > 3 || !(c == '"' || c == 0x201C || c == 0x2018 || c == '\'' || c == ':'))
    return FALSE;
  return c == ':' || i - 1 == ws || !mark->glued;
}

/* Whether "and" at word @j follows a name its org-head closed and no
 * org-head follows in the capitalised words after it: two names
 * ("Christian Aid and Oxfam"; not "Investors Bank and Trust"). */
static gboolean
head_closes (const Scan *scan, guint j, guint we)
{
  if (!(word_at (scan, j - 1)->cue & CUE_ORG_HEAD))
    return FALSE;
  for (guint k = j + 1; k < we && word_at (scan, k)->upper; k++)
    if (word_at (scan, k)->cue & CUE_ORG_HEAD)
      return FALSE;
  return TRUE;
}

void
find_org_shapes (Scan *scan, guint ws, guint we, const guint *tags)
{
  /* A sentence in title case (a headline: every word but "of", "the"
   * and their like capitalised) capitalises every word, so a run there
   * is no event's name by its last word ("Blair Wins Election").  Its
   * first lowercase word says it is not: the walk stops there (most
   * sentences, within a few words). */
  guint lower = 0, upper = 0;
  /* A word that ends the walk is lowercase, so capitals is already
   * false for it. */
  gboolean capitals = TRUE;
  for (guint i = ws; i < we && lower == 0; i++)
    {
      const Word *w = word_at (scan, i);
      if (g_ascii_isalpha (scan->text[w->start]) && !w->capitals)
        capitals = FALSE;
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
      if (!led && (!is_name_word (word_at (scan, i)) || (held && held->source == SOURCE_GAZETTEER)
                   || ((word_at (scan, i)->cue & CUE_FUNCTION) && !word_at (scan, i)->capitals
                       && opens_quotation (scan, ws, i))))
        {
          i++;
          continue;
        }
      /* A title, a person's first name and surname, "of": the organisation
       * starts after "of" ("Detective Inspector Paul Miller of Thames
       * Valley Police"), the person is find_titled_people()'s.  So after
       * "and", where another titled person may follow ("Det Supt Mike
       * Walsh and Insp Jane Carter of Kent Police" was one organisation).
       * A first name the lists hint counts ("Mike", an English word). */
      if (!led && (word_at (scan, i)->cue & (CUE_ROLE | CUE_MODIFIER)))
        {
          guint t = i;
          while (t < we && (word_at (scan, t)->cue & (CUE_ROLE | CUE_MODIFIER)) && word_at (scan, t)->upper)
            t++;
          if (t + 2 < we && word_at (scan, t + 1)->upper && word_at (scan, t + 1)->cue == 0
              && (strcmp (word_at (scan, t + 2)->key, "of") == 0 || strcmp (word_at (scan, t + 2)->key, "and") == 0)
              && ((first_name_flags (scan, word_at (scan, t)) & NAME_WORD_FIRST)
                  || (word_at (scan, t)->hint && g_strcmp0 (word_at (scan, t)->hint->hint, "FIRST") == 0)))
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
            {
              /* ... unless the words before it are all a title's ("Foreign Aid Minister"). */
              gboolean title = TRUE;
              for (guint k = i; title && k < j; k++)
                title = (word_at (scan, k)->cue & CUE_MODIFIER) != 0;
              head = !title;
              break; /* "Home Office | Minister Ann Widdecombe": a title after the name */
            }
          /* A share is no part of a name: "according to Tarvex Group 40% of". */
          if (g_ascii_isdigit (w->text[0]) && j + 1 < scan->words->len && word_at (scan, j + 1)->glued
              && word_at (scan, j + 1)->text[0] == '%')
            break;
          if (w->upper)
            head = head || (w->cue & CUE_ORG_HEAD), loc = loc || (w->cue & CUE_LOC_HEAD), end = ++j;
          else if (strcmp (w->key, "and") == 0
                   && (and_ends_name (scan, ws, we, i, j, tags, head) || head_closes (scan, j, we)))
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
              && (first_name_flags (scan, word_at (scan, p)) & NAME_WORD_FIRST))
            loc = FALSE;
          /* A head right after a form of address is a surname: "Mr
           * Park", "Mrs Street". */
          for (guint k = i; loc && k + 1 < end; k++)
            if ((word_at (scan, k)->cue & CUE_HONORIFIC) && (word_at (scan, k + 1)->cue & CUE_LOC_HEAD))
              loc = FALSE;
          /* A place's name starts after the run's last lowercase word
           * but "of" and "the": "Lord Falconer and Downing Street" is a
           * person and a place, "Neaptide for the Grand Theatre" a play
           * and a venue; "Princess of Wales Theatre" is one name, and
           * "Beyond the Sea" is not cut to its last word. */
          for (guint k = i + 1; loc && k + 1 < end; k++)
            {
              const Word *c = word_at (scan, k);
              if (!c->upper && strcmp (c->key, "of") != 0 && strcmp (c->key, "the") != 0)
                i = k + 1;
            }
          /* A venue's name that owns what follows or heads a post is its
           * company's as often ("the Grand Theatre's website", "Grand
           * Theatre artistic director Ann Lee"): the tagger decides. */
          if (loc && end < we
              && (is_possessive (word_at (scan, end)) || (word_at (scan, end)->cue & (CUE_ROLE | CUE_MODIFIER))
                  || (end + 1 < we && !word_at (scan, end)->upper && !(word_at (scan, end)->cue & CUE_FUNCTION)
                      && (word_at (scan, end + 1)->cue & CUE_ROLE) && !word_at (scan, end + 1)->upper)))
            loc = FALSE;
          while (i + 1 < end && !word_at (scan, i)->upper)
            i++; /* "and the Biography Channel" */
        }
      /* A name the tagger reads across a possessive before the run is
       * whole, from the tagger's first word: "Guy's Hospital Medical
       * School", "British Bankers' Association" (not "Britain's Football
       * Association", which it reads as two). */
      if (head && !led && i >= ws + 2 && is_possessive (word_at (scan, i - 1)) && word_at (scan, i - 2)->upper
          && ner_model_tag (scan->e->model, tags[i - 1 - ws])[0] == 'I'
          && ner_model_tag (scan->e->model, tags[i - ws])[0] == 'I')
        {
          i -= 2;
          while (i > ws && ner_model_tag (scan->e->model, tags[i - ws])[0] == 'I' && word_at (scan, i - 1)->upper)
            i--;
        }
      /* A form of address, a first name and a head alone are a person's
       * name ("Dr Bernard Aid"): the tagger decides (not "Lord Ashcroft
       * Foundation", no first name). */
      if (head && !led && end == i + 3 && (word_at (scan, i)->cue & CUE_HONORIFIC)
          && (first_name_flags (scan, word_at (scan, i + 1))
              & NAME_WORD_FIRST))
        head = FALSE;
      /* A line all in capitals (a wire's heading: "PRESS DIGEST", "MARKET
       * WATCH"), or a run all in capitals (a heading's first words:
       * "RESEARCH ALERT - Tarvex ..."), shows no name by its shape: a head there names a
       * body only at the run's end or before "of" ("CENTRAL BANK", "BANK
       * OF SPAIN"); the tagger reads the rest. */
      if (head && !(word_at (scan, end - 1)->cue & CUE_ORG_HEAD))
        {
          gboolean shouted = TRUE, of = FALSE;
          for (guint k = i; k < end; k++)
            {
              shouted = shouted && (capitals || word_at (scan, k)->capitals);
              of = of || strcmp (word_at (scan, k)->key, "of") == 0;
            }
          head = !shouted || of;
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
      gboolean event = !title_case && is_event (scan, ws, i, end, head, tags, &from, &swallowed);
      if (event)
        i = from;
      /* A run right after "for" or "of" after a capitalised head is the
       * end of a longer name the lists hold a word of ("Centre", also a
       * region, in "Centre for Marine Policy Research"): the tagger reads
       * it whole. */
      if (head && !led && i >= ws + 2 && (word_at (scan, i - 1)->cue & CUE_CONNECTOR) && !word_at (scan, i - 1)->upper
          && word_at (scan, i - 2)->upper && (word_at (scan, i - 2)->cue & CUE_ORG_HEAD))
        {
          i = end;
          continue;
        }
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
    if (!(first_name_flags (scan, word_at (scan, k)) & NAME_WORD_ENGLISH))
      return TRUE;
  return FALSE;
}

/* Whether the tagger's place [@a, @b) of @label, one word a city's name
 * GeoNames lists only faintly, names the city: the tagger read a place
 * right after "in" or "at", and the word is no first name
 * (first-names.tsv: "in Asia", "at Howard"), no cue word ("in West"),
 * not in capitals (an acronym): "in Nice", "In Nice last week". */
static gboolean
faint_city_in (const Scan *scan, guint ws, guint a, guint b, const char *label)
{
  if (b - a != 1 || a == ws || strcmp (label, "LOC") != 0)
    return FALSE;
  const Word *w = word_at (scan, a), *before = word_at (scan, a - 1);
  if (strcmp (before->key, "in") != 0 && strcmp (before->key, "at") != 0)
    return FALSE;
  return !w->capitals && w->cue == 0 && !(first_name_flags (scan, w) & NAME_WORD_FIRST);
}

/* Whether the tagger's place [@a, @b) is a listed place @inner with
 * capitalised words before it that no list or cue claims: a part or a
 * region of it, the longer name meant ("East Jerusalem", "North
 * America", "Greater London").  Words after a place name something of
 * the place's ("China Daily", "Munich Re", "Beijing News"), which the
 * tagger reads as the place as often as not: the list's place stays. */
static gboolean
place_runs_on (const Scan *scan, guint a, guint b, const char *label, const Span *inner)
{
  if (strcmp (label, "LOC") != 0 || strcmp (inner->label, "GPE") != 0 || inner->b != b)
    return FALSE;
  for (guint k = a; k < inner->a; k++)
    {
      const Word *w = word_at (scan, k);
      if (!w->upper || w->span >= 0 || (w->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC | CUE_VERB)))
        return FALSE;
    }
  return TRUE;
}

/* Whether word @a, opening the tagger's name [@a, @b) of @label, is a
 * person's first name before a surname: a capitalised first name of
 * first-names.tsv, the next word capitalised and no list's name (a word
 * only hinted as a part of a person's name is one). */
static gboolean
first_name_opens (const Scan *scan, guint a, guint b, const char *label)
{
  if (strcmp (label, "PERSON") != 0 || b - a < 2)
    return FALSE;
  const Word *first = word_at (scan, a), *next = word_at (scan, a + 1);
  if (!first->upper || first->capitals || !next->upper || next->capitals || next->span >= 0)
    return FALSE;
  if (next->hint && strcmp (next->hint->hint, "FIRST") != 0 && strcmp (next->hint->hint, "NAME") != 0)
    return FALSE;
  /* After "in" or a word of when (cues.tsv kind time: "since", "last")
   * a month is the date ("In Jan Reuters said", "since April Smith
   * has"). */
  if (a > 0)
    {
      const Word *before = word_at (scan, a - 1);
      if (strcmp (before->key, "in") == 0 || (before->cue & CUE_TIME))
        return FALSE;
    }
  return (first_name_flags (scan, first) & NAME_WORD_FIRST) != 0;
}

/* Whether word @i opens a place the lists know (a claimed place or a
 * hinted city or region) of one word. */
static gboolean
one_word_place (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  const Span *s = span_at (scan, w->span);
  if (s && s->a == i && s->b == i + 1 && s->place)
    return TRUE;
  return w->hint && w->hint_len == 1 && strcmp (w->hint->label, "GPE") == 0;
}

/* Whether [@a, @b) is an end of a route between two places the lists
 * know, "from X to Y" ("Flights from Seville to Aarhus"), outside a
 * sport report (a score anywhere) or a sentence of a move (cues.tsv's
 * transfer: "moved", "signed", "fee") in a document that names a player
 * by position ("The midfielder moved from Newcastle to Chelsea"), where
 * "from Leeds to Chelsea" is a move between clubs.  Not a move alone:
 * people move house from Leeds to York. */
static gboolean
route_end (const Scan *scan, guint ws, guint we, guint a, guint b)
{
  gboolean first = a > ws && b + 1 < we && strcmp (word_at (scan, a - 1)->key, "from") == 0
                   && strcmp (word_at (scan, b)->key, "to") == 0 && one_word_place (scan, b + 1);
  gboolean second = b == a + 1 && a >= ws + 3 && strcmp (word_at (scan, a - 1)->key, "to") == 0
                    && strcmp (word_at (scan, a - 3)->key, "from") == 0 && one_word_place (scan, a - 2);
  if (!(first || second) || scan->has_score)
    return FALSE;
  for (guint i = ws; i < we && scan->has_player; i++)
    if (word_at (scan, i)->cue & CUE_TRANSFER)
      return FALSE;
  return TRUE;
}

/* A listed body's one-word short form that is an English word ("Lords"
 * of the House of Lords) names the body only on its own: after a name's
 * word it ends another name ("the Time Lords", "Appeal Lords", "Drug
 * Lords"), before "of" it heads one ("the Lords of the Manor"), and
 * with no "the" before it, a name after it makes it a title ("Lords
 * Bingham and Steyn"; "the Commons Oliver Heald said" and "Commons
 * Speaker Michael Martin", a role after it, are the body's).
 * Such a form is let go, so that the tagger's name, if any, stands
 * whole, and marked in *@cut (by word from @ws; allocated at the first
 * such form, NULL in the sentences with none, as nearly all are: a
 * g_new0() a sentence was 3.0M of the stage's 497M on 500 BBC articles):
 * the tagger, which reads the lists' hint, takes the word alone for the
 * body there too. */
static void
drop_short_forms_in_names (Scan *scan, guint ws, guint we, gboolean **cut)
{
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      Span *p = span_at (scan, w->span);
      if (!p || p->dropped || p->source != SOURCE_GAZETTEER || p->a != i || p->b != i + 1 || w->capitals
          || strcmp (p->label, "ORG") != 0 || strchr (p->canonical, ' ') == NULL
          || !(first_name_flags (scan, w) & NAME_WORD_ENGLISH))
        continue;
      const Word *before = i > ws ? word_at (scan, i - 1) : NULL, *after = i + 1 < we ? word_at (scan, i + 1) : NULL;
      gboolean the = before && strcmp (before->key, "the") == 0;
      if ((before && is_name_word (before) && !the) || (after && strcmp (after->key, "of") == 0 && !after->upper)
          || (!the && after && is_name_word (after) && !(after->cue & CUE_ROLE)
              && !(first_name_flags (scan, after) & NAME_WORD_PERSON_NOUN)))
        {
          p->dropped = TRUE;
          word_at (scan, i)->span = -1;
          if (*cut == NULL)
            *cut = g_new0 (gboolean, we - ws);
          (*cut)[i - ws] = TRUE;
        }
    }
}

void
find_tagged (Scan *scan, guint ws, guint we, const guint *tags)
{
  const NerModel *model = scan->e->model;
  gboolean has_lower = FALSE;
  for (guint i = ws; i < we && !has_lower; i++)
    has_lower = !word_at (scan, i)->capitals;
  g_autofree gboolean *cut = NULL;
  drop_short_forms_in_names (scan, ws, we, &cut);
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
      if (b == a + 1 && cut && cut[a - ws])
        continue;
      const char *label = label_for (tag + 2);
      /* A month after a word of when (cues.tsv kind time: "Last May",
       * "next June") or "this" is the date's, in the name or before it,
       * whatever the tagger read there. */
      if (a + 1 < b && month_after_when (scan, a + 1))
        a++;
      if (a < b && a > ws && month_after_when (scan, a))
        a++;
      if (a == b)
        continue;
      /* ... and a name after it is a person's, the form a title there
       * ("Lords Bingham"). */
      if (cut && cut[a - ws] && b > a + 1 && is_name_word (word_at (scan, a + 1)))
        {
          a++;
          label = "PERSON";
        }
      /* ... but a month that is a first name opening the tagger's person
       * is the first name ("Jan Kroslak", "April Ashley"), where the word
       * after it is no name the lists know and the word before it no
       * word of when (first_name_opens()). */
      while (a < b && (word_at (scan, a)->cue & CUE_FUNCTION) && !(word_at (scan, a)->cue & CUE_CONNECTOR)
             && !first_name_opens (scan, a, b, label))
        a++;
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
      /* A number alone is no name: the tagger reads a year before an
       * event's or a title's name as one of its own ("the 1996 Olympic
       * champion", "the 1998 World Cup and 2000 European Championship";
       * "Euro 2004" is joined by mend_numbered_names(), which takes a
       * number no span holds). */
      if (b - a == 1 && is_bare_number (word_at (scan, a), G_MAXSIZE))
        continue;
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
       * kind: "British Masters", "American League", "Iraqi Kurds".
       * So is one ending in a listed body's short form of one word, not
       * an acronym ("Lords" of the House of Lords): "Wilton Lords",
       * "Appeal Lords" are names of their own; one opening with it is the body
       * and what follows ("the Commons Oliver Heald said"). */
      gboolean around = b - a > 1, runs_on = FALSE;
      for (guint k = a; k < b && around; k++)
        {
          const Span *inner = span_at (scan, word_at (scan, k)->span);
          gboolean on = inner && inner->source == SOURCE_GAZETTEER && place_runs_on (scan, a, b, label, inner);
          runs_on = runs_on || on;
          around = inner == NULL
                   || (inner->source == SOURCE_GAZETTEER && inner->a >= a && inner->b <= b
                       && inner->b - inner->a < b - a
                       && (strcmp (tagger_class (inner->label), label) != 0 || strcmp (inner->label, "NORP") == 0
                           || on
                           || (inner->b - inner->a == 1 && inner->b == b && !word_at (scan, inner->a)->capitals
                               && strchr (inner->canonical, ' ') != NULL))
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
          s->listed = runs_on;
          s->canonical = words_text (scan, a, b);
          if (kind_title)
            s->role = words_text (scan, kind, kind + 1);
          /* A place the tagger found where a list hinted a city or
           * region of that name is that one: a GPE, with its country
           * (a faint town's too where faint_town() or faint_city_in()
           * says so).
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
           * Kent the county, not its cricket club); so is an end of a
           * route ("from Seville to Aarhus"). */
          gboolean in = a > ws && strcmp (label, "ORG") == 0
                        && (strcmp (word_at (scan, a - 1)->key, "in") == 0
                            || (hint && route_end (scan, ws, we, a, b)));
          if (hint && (!hint->faint || faint_town (scan, a, b) || faint_city_in (scan, ws, a, b, label))
              && word_at (scan, a)->hint_len == b - a
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
