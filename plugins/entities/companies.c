/* companies.c: the entities stage's rules about companies by what the
 * text says of them, beyond a noun right before the name (rules-context.c's
 * find_cued_orgs): what a company has after the name's possessive
 * ("Aston's chief executive", "Monsoon's shareholders", and after
 * "said its": "Maruti said its sales rose"), and the
 * examples listed after a kind of organisation in the plural
 * ("retailers including HMV, Monsoon, Jessops, Body Shop and Tesco").
 * Both point org_by_cue() at the name: the tagger's person or place
 * there is the organisation, and decides its word's label in the
 * document's vote.  The words are cues.tsv's (kinds company-of,
 * company-only, examples, org-noun).  Its pass over the words,
 * find_by_context(), also hands works.c the work nouns and the lists
 * after them, so the two rules cost one pass; the steps of a list after
 * a kind in the plural (plural_stem(), examples_from(), next_example())
 * are here for both, and for people.c's families. */

#include "entities.h"

#include <string.h>

/* Whether word @i is one of the punctuation marks @marks alone. */
static gboolean
is_mark (const Scan *scan, guint i, const char *marks)
{
  const Word *w = word_at (scan, i);
  return w->end - w->start == 1 && strchr (marks, scan->text[w->start]) != NULL;
}

gboolean
plural_stem (const char *key, gboolean es, char *stem)
{
  gsize n = strlen (key);
  if (n < 4 || n > 63 || key[n - 1] != 's')
    return FALSE;
  if (es && key[n - 2] != 'e')
    return FALSE;
  gsize cut = es ? n - 2 : n - 1;
  memcpy (stem, key, cut);
  stem[cut] = '\0';
  return TRUE;
}

gboolean
plural_has_cue (const Scan *scan, const char *key, Cue cue)
{
  char single[64];
  if (!plural_stem (key, FALSE, single))
    return FALSE;
  if (cue_map_rules (scan->e->cues, single, word_hash (single, strlen (single))) & cue)
    return TRUE;
  /* "companies", "bodies": the singular ends in "y" ("movies" is
   * "movie", read above). */
  gsize n = strlen (single);
  if (n < 4 || strcmp (single + n - 2, "ie") != 0)
    return FALSE;
  single[n - 2] = 'y', single[n - 1] = '\0';
  return (cue_map_rules (scan->e->cues, single, word_hash (single, n - 1)) & cue) != 0;
}

guint
examples_from (const Scan *scan, guint we, guint j)
{
  if (strcmp (word_at (scan, j)->key, "such") == 0)
    {
      if (j + 1 >= we || strcmp (word_at (scan, j + 1)->key, "as") != 0)
        return we;
      j++;
    }
  return j + 1;
}

guint
next_example (const Scan *scan, guint we, guint j)
{
  while (j < we && (is_mark (scan, j, ",") || strcmp (word_at (scan, j)->key, "and") == 0
                    || strcmp (word_at (scan, j)->key, "or") == 0))
    j++;
  return j;
}

/* The first word of the name that ends right before word @i, or @i
 * where there is none: the span there, else the capitalised words
 * before (up to four). */
guint
company_name_before (const Scan *scan, guint ws, guint i)
{
  if (i == ws)
    return i;
  const Span *held = span_at (scan, word_at (scan, i - 1)->span);
  if (held)
    return held->b == i ? held->a : i;
  guint a = i;
  while (a > ws && a + 4 > i && word_at (scan, a - 1)->upper && !word_at (scan, a - 1)->glued)
    a--;
  return a;
}

enum { SURNAME_REACH = 512 };

/* Whether the one word @a is the surname of a person the document named
 * in full before it ("Greg Lentz, who chairs Saxby ... Lentz's
 * shares"): what a person holds (cues.tsv stake-in, person-has: his
 * shares, his stake, his sales) is his, whatever the tagger made of the
 * word alone; a person's possessive is no company's.  Profits, a
 * workforce, stores are a company's still ("Sir Ian Pellow founded
 * Pellow ... Pellow's profits rose").  Not where the
 * text named the word alone an organisation before ("Brian Mortlake
 * founded the retailer Mortlake ... Mortlake's shares fell": the
 * firm's). */
static gboolean
surname_named (const Scan *scan, guint a)
{
  gboolean person = FALSE;
  /* The last SURNAME_REACH spans only: every possessive of the kind
   * walking all of them made a document of 20,000 such sentences
   * quadratic (0.08 s -> 0.59 s of CPU); an article holds fewer. */
  guint from = scan->spans->len > SURNAME_REACH ? scan->spans->len - SURNAME_REACH : 0;
  for (guint k = from; k < scan->spans->len; k++)
    {
      const Span *q = span_at (scan, k);
      if (q->dropped || q->b > a || scan->slots[q->b - 1] != scan->slots[a])
        continue;
      if (q->b - q->a == 1 && q->cued && strcmp (q->label, "PERSON") != 0)
        return FALSE;
      person = person || (q->b - q->a >= 2 && strcmp (q->label, "PERSON") == 0);
    }
  return person;
}

/* Whether the name [a, b) before a possessive and the word @j of kind
 * company-of is a person's or a place's rather than a company's: after
 * an honorific or a title ("Mr Green", "Lord Sainsbury") or a person or
 * place the lists know ("Hollywood"), unless @j is what only a company
 * has (company-only: "shareholders", "chief executive"); after the
 * tagger's person or a last word the lists hint as a person's name
 * ("Murdoch", "Rowling"), where @j is what a person has as often
 * (person-has: "takeover", "sales").  The tagger's person or place
 * alone is no reason: it often takes a company for one ("Virgin Blue's
 * shares", "Sina's shares"), which is what this rule mends. */
static gboolean
person_or_place (const Scan *scan, guint ws, guint a, guint b, guint j)
{
  Cue cue = word_at (scan, j)->cue;
  if (cue & CUE_COMPANY_ONLY)
    return FALSE;
  if (a > ws && (word_at (scan, a - 1)->cue & (CUE_HONORIFIC | CUE_ROLE)))
    return TRUE;
  if (b - a == 1 && (cue & (CUE_STAKE_IN | CUE_PERSON_HAS)) && surname_named (scan, a))
    return TRUE;
  const Span *held = span_at (scan, word_at (scan, a)->span);
  if (held && (held->source >= SOURCE_GAZETTEER || held->kb || held->place)
      && (strcmp (held->label, "PERSON") == 0 || strcmp (held->label, "LOC") == 0
          || strcmp (held->label, "GPE") == 0))
    return TRUE;
  if (!(cue & CUE_PERSON_HAS))
    return FALSE;
  const Word *last = word_at (scan, b - 1);
  return (held && strcmp (held->label, "PERSON") == 0)
         || (last->hint && strcmp (last->hint->label, "PERSON") == 0);
}

/* "X's chief executive", "X's pre-tax profits": the possessive at @i,
 * up to two lowercase words, then a word of kind company-of; the name
 * ends before word @end (@i, or the reporting verb of "X said its
 * sales").  Not after a person's first name ("Roman Abramovich's
 * shares" are his; "Warren Buffett's", a first name the lists hint that
 * first-names.tsv leaves out as an English word). */
static void
owner_company (Scan *scan, guint ws, guint we, guint i, guint end)
{
  guint j = i + 1;
  while (j < we && j < i + 4 && !word_at (scan, j)->upper && !(word_at (scan, j)->cue & CUE_COMPANY_OF)
         && g_ascii_isalpha (scan->text[word_at (scan, j)->start]))
    j++;
  if (j >= we || j >= i + 4 || word_at (scan, j)->upper || !(word_at (scan, j)->cue & CUE_COMPANY_OF))
    return;
  /* A modifier is what a company has only before what a company has
   * ("chief operating officer", "operating profit", "executive board"),
   * or alone at its phrase's end ("chief executive said"): "Dr Khan's
   * operating list" and "Buffett's operating rules" are a person's. */
  const Word *next = j + 1 < we ? word_at (scan, j + 1) : NULL;
  if ((word_at (scan, j)->cue & CUE_MODIFIER) && next && !next->upper && g_ascii_isalpha (scan->text[next->start])
      && !(next->cue & (CUE_COMPANY_OF | CUE_ROLE | CUE_ORG_HEAD | CUE_VERB | CUE_NAME_VERB | CUE_FUNCTION
                        | CUE_CONNECTOR)))
    return;
  guint a = company_name_before (scan, ws, end);
  if (a == end)
    return;
  /* Nor a sentence's first word that English writes in lowercase
   * ("Manufacturers' domestic sales"). */
  const Word *first = word_at (scan, a);
  guint flags = first_name_flags (scan, first);
  gboolean first_hint = first->hint && first->hint->hint && strcmp (first->hint->hint, "FIRST") == 0;
  if ((end - a >= 2 && ((flags & NAME_WORD_FIRST) || first_hint))
      || (end - a == 1 && first->sentence_start && (flags & NAME_WORD_ENGLISH)))
    return;
  /* A person or a place has shares, sales and takeovers too ("Mr
   * Smith's shares", "Murdoch's takeover"). */
  if (person_or_place (scan, ws, a, end, j))
    return;
  org_by_cue (scan, a, end);
}

/* Whether the example at word @j is a person's name: after or at an
 * honorific, the tagger's person of two words or more, or a first name
 * (first-names.tsv, or the lists' hint of one: "John", "Tom", which
 * first-names.tsv leaves out as English words) before another
 * capitalised word that is no organisation's head ("rivals such as Gordon Brown and
 * John Prescott", "bands including Tom Jones"), whatever the tagger
 * made of it: the list's kind does not make it an organisation. */
static gboolean
listed_person (const Scan *scan, guint we, guint j)
{
  const Word *w = word_at (scan, j);
  if ((w->cue & CUE_HONORIFIC) || (j > 0 && (word_at (scan, j - 1)->cue & CUE_HONORIFIC)))
    return TRUE;
  const Span *held = span_at (scan, w->span);
  if (held && held->a == j && held->b - held->a >= 2 && strcmp (held->label, "PERSON") == 0)
    return TRUE;
  gboolean first = (first_name_flags (scan, w) & NAME_WORD_FIRST)
                   || (w->hint && w->hint->hint && strcmp (w->hint->hint, "FIRST") == 0);
  return first && j + 1 < we && is_name_word (word_at (scan, j + 1))
         && !word_at (scan, j + 1)->glued && !(word_at (scan, j + 1)->cue & CUE_ORG_HEAD);
}

/* "retailers including X, Y and Z", "banks such as X": an org-noun in
 * the plural at @i, a comma or dash allowed, the word of kind examples
 * at @j ("such" with its "as"), then names joined by commas, "and",
 * "or": each an organisation.  FALSE where @i is no org-noun. */
static gboolean
listed_companies (Scan *scan, guint we, guint i, guint j)
{
  const Word *w = word_at (scan, i);
  char single[64];
  if (!plural_stem (w->key, FALSE, single) || (!(w->cue & CUE_ORG_NOUN) && !plural_has_cue (scan, w->key, CUE_ORG_NOUN)))
    return FALSE;
  j = examples_from (scan, we, j);
  for (guint items = 0; j < we && items < 12; items++)
    {
      if (!is_name_word (word_at (scan, j)))
        return TRUE;
      /* A person listed stays one ("rivals such as Gordon Brown",
       * "bands including Tom Jones"): the tagger's person of two words
       * or more opening with a first name, or one after an honorific. */
      if (!listed_person (scan, we, j))
        org_by_cue (scan, j, we);
      gint k = word_at (scan, j)->span;
      Span *held = span_at (scan, k);
      if (held && held->a == j && strcmp (held->label, "ORG") == 0 && held->source <= SOURCE_RULE)
        {
          /* The example is the whole capitalised run: the tagger's
           * "Body" of "Body Shop". */
          guint b = held->b;
          while (b < we && word_at (scan, b)->upper && word_at (scan, b)->span < 0 && !word_at (scan, b)->glued
                 && !(word_at (scan, b)->cue & CUE_FUNCTION))
            word_at (scan, b++)->span = k;
          if (b > held->b)
            {
              held->b = b;
              g_free (held->canonical), held->canonical = words_text (scan, held->a, b);
            }
        }
      if (held && held->a == j)
        j = held->b;
      else
        while (j < we && word_at (scan, j)->upper)
          j++;
      /* ", " "and" "or" ", and": the next example. */
      guint next = next_example (scan, we, j);
      if (next == j)
        return TRUE;
      j = next;
    }
  return TRUE;
}

/* The organisation's noun (cues.tsv kind org-noun, or band-noun: "the
 * chemicals group", "a rock group") of a noun phrase opening with the
 * article at @i, up to two lowercase words before it ("the new
 * network", "a retailer"), or NULL: none, or one that names a person
 * too (person-nouns.tsv).  Its index in @at. */
static const Word *
phrase_org_noun (const Scan *scan, guint we, guint i, guint *at)
{
  guint j = i + 1;
  while (j < we && j < i + 3 && !word_at (scan, j)->upper
         && !(word_at (scan, j)->cue & (CUE_ORG_NOUN | CUE_BAND_NOUN))
         && g_ascii_isalpha (scan->text[word_at (scan, j)->start]))
    j++;
  const Word *noun = j < we ? word_at (scan, j) : NULL;
  if (noun == NULL || noun->upper || !(noun->cue & (CUE_ORG_NOUN | CUE_BAND_NOUN))
      || (first_name_flags (scan, noun) & NAME_WORD_PERSON_NOUN))
    return NULL;
  *at = j;
  return noun;
}

/* Whether @noun is one only an organisation is: an org-noun that heads
 * organisations' names too ("company", "bank"); no person is one, where
 * "broker" or "firm" may be said of one. */
static gboolean
org_only_noun (const Scan *scan, const Word *noun)
{
  return (noun->cue & CUE_ORG_NOUN) && (cue_map_rules (scan->e->cues, noun->key, noun->hash) & CUE_ORG_HEAD);
}

/* The name ending right before word @i - 1 (a comma or a copula) is a
 * company, by the noun phrase at @i; not a person's name the lists know
 * (the tagger's person whose last word the lists hint as a person's,
 * or a first name: "Smith, the insurance broker,", "John Smith is a
 * firm believer"; org_by_cue() keeps the tagger's person of two words
 * too). */
static void
company_by_phrase (Scan *scan, guint ws, guint i, const Word *noun)
{
  guint a = company_name_before (scan, ws, i - 1);
  if (a == i - 1)
    return;
  const Span *named = span_at (scan, word_at (scan, a)->span);
  const Word *last = word_at (scan, i - 2);
  /* A noun only an organisation is outweighs the lists' hint of a
   * surname ("Pemberton, the company, said"). */
  gboolean only_org = org_only_noun (scan, noun);
  if (named && strcmp (named->label, "PERSON") == 0
      && ((last->hint && strcmp (last->hint->label, "PERSON") == 0 && !only_org)
          || (first_name_flags (scan, last) & NAME_WORD_FIRST)))
    return;
  org_by_cue (scan, a, i - 1);
}

enum { DASHED_WORDS = 12 };

/* Whether the noun at @j of a phrase between dashes
 * runs on to the closing dash ("X - the gas firm bought by a rival in
 * March - is ..."): a dash's pair encloses the apposition, the
 * words after its noun describe it.  Not a noun owning what follows
 * ("X - the firm's home -") or a noun it qualifies ("X - the company
 * lawyer -": a person's post, cues.tsv role, player, musician or
 * person-nouns.tsv; "the firm unit", an organisation's), nor a reporting
 * verb before the dash ("X - the firm says - ..."): the dash opened a
 * clause. */
static gboolean
dash_closed (const Scan *scan, guint we, guint j)
{
  const Word *next = word_at (scan, j + 1);
  /* "a group of" counts what follows ("Europe - the group of nations
   * -"), where a company's noun names it ("the maker of ..."). */
  if (!(word_at (scan, j)->cue & CUE_ORG_NOUN) && strcmp (next->key, "of") == 0)
    return FALSE;
  if (is_possessive (next)
      || (next->cue
          & (CUE_ROLE | CUE_PLAYER | CUE_MUSICIAN | CUE_ORG_NOUN | CUE_ORG_HEAD | CUE_COMPANY_OF))
      || (first_name_flags (scan, next) & NAME_WORD_PERSON_NOUN))
    return FALSE;
  for (guint k = j + 1; k < we && k < j + DASHED_WORDS; k++)
    {
      const Word *w = word_at (scan, k);
      if (is_mark (scan, k, "-"))
        return TRUE;
      if ((!w->upper && (w->cue & (CUE_VERB | CUE_NAME_VERB))) || is_mark (scan, k, ",.;:()"))
        return FALSE;
    }
  return FALSE;
}

/* "Irancell, the new network, ...", "Irancell - the new network -": a
 * name, a comma or a dash, "the" at @i and an organisation's noun
 * phrase (phrase_org_noun()) that ends there (a comma, a dash, a full
 * stop, a semicolon, a bracket or the sentence's end) is a company.
 * Not where the noun owns what follows ("Leeds, the firm's home"), nor
 * after a person's name (company_by_phrase()). */
static void
apposed_company (Scan *scan, guint ws, guint we, guint i)
{
  guint j;
  const Word *noun = phrase_org_noun (scan, we, i, &j);
  if (noun == NULL)
    return;
  /* Closed as it was opened: "However, the firm - now renamed X -" is
   * no apposition to "However". */
  gboolean dash = is_mark (scan, i - 1, "-");
  /* A relative clause may describe a noun only an organisation is
   * ("X, the company that makes cups,"); "Smith, the broker that ..."
   * may be a person. */
  const Word *next = j + 1 < we ? word_at (scan, j + 1) : NULL;
  gboolean relative = next && (next->key[0] == 't' || next->key[0] == 'w')
                      && (strcmp (next->key, "that") == 0 || strcmp (next->key, "which") == 0)
                      && org_only_noun (scan, noun);
  if (next && !relative && !is_mark (scan, j + 1, dash ? "-.;)" : ",.;)")
      && !(dash && dash_closed (scan, we, j)))
    return;
  company_by_phrase (scan, ws, i, noun);
}

/* "Yahoo was the first internet firm to offer shares", "Tarvex is a
 * retailer.": a name, a copula, "a", "an" or "the" at @i and an
 * organisation's noun phrase (phrase_org_noun()) that ends there (a
 * mark or a function word after it) is a company, as apposed_company()
 * reads "X, the retailer,".  Not one before another noun ("a company
 * director") or its possessive ("the band's singer"), nor after a
 * person's name.  The copulas are grammar, no kind of cues.tsv's. */
static void
copula_company (Scan *scan, guint ws, guint we, guint i)
{
  static const char *const copulas[] = { "is", "was", "are", "were", "became" };
  if (i < ws + 2 || word_at (scan, i - 1)->upper || !word_at (scan, i - 2)->upper)
    return;
  gboolean copula = FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (copulas) && !copula; k++)
    copula = strcmp (word_at (scan, i - 1)->key, copulas[k]) == 0;
  guint j;
  const Word *noun = copula ? phrase_org_noun (scan, we, i, &j) : NULL;
  if (noun == NULL)
    return;
  const Word *after = j + 1 < we ? word_at (scan, j + 1) : NULL;
  if (after && (is_possessive (after)
                || !(is_mark (scan, j + 1, ",.;)") || (!after->upper && (after->cue & (CUE_FUNCTION | CUE_CONNECTOR))))))
    return;
  /* "a firm, fair referee": a lowercase word after the comma that is no
   * verb or function word goes on with adjectives, the noun still to
   * come ("Tarvex is a retailer, and ..." ends the phrase). */
  const Word *then = j + 2 < we && is_mark (scan, j + 1, ",") ? word_at (scan, j + 2) : NULL;
  if (then && !then->upper && g_ascii_isalpha (scan->text[then->start])
      && !(then->cue & (CUE_VERB | CUE_NAME_VERB | CUE_FUNCTION | CUE_CONNECTOR | CUE_TIME)))
    return;
  company_by_phrase (scan, ws, i, noun);
}

/* "Euronext chief executive Jean-Francois Theodore", "Kazmir
 * shareholders": the name right before what only a company has
 * (cues.tsv company-only: chairman, executive, shareholders; or one who
 * speaks for it, speaks-for, before that one's name), a
 * modifier allowed between ("chief"), at @i, is the company's, whatever
 * person or thing the tagger took it for; it decides the vote on the
 * word's other mentions.  Not a possessive (owner_company() reads those),
 * a place ("Paris chairman" is a club's, and so an organisation the
 * lists already call a place), a nationality or group, nor a name after
 * an honorific or a title ("Mr Green chairman" is no English); a
 * person's name with a first name is a company's only before an
 * officer's name ("William Kell chairman Ann Lee"), where a person has
 * none. */
static void
company_before_officer (Scan *scan, guint ws, guint we, guint i)
{
  guint end = i;
  if (end > ws && !word_at (scan, end - 1)->upper && (word_at (scan, end - 1)->cue & CUE_MODIFIER))
    end--;
  if (end == ws || !word_at (scan, end - 1)->upper || is_possessive (word_at (scan, end - 1)))
    return;
  /* "executive producer" is a film's: a modifier is what a company has
   * only before a name or what a company has. */
  const Word *next = i + 1 < we ? word_at (scan, i + 1) : NULL;
  if ((word_at (scan, i)->cue & CUE_MODIFIER) && next && !next->upper && g_ascii_isalpha (scan->text[next->start])
      && !(next->cue & (CUE_COMPANY_OF | CUE_VERB | CUE_NAME_VERB | CUE_FUNCTION | CUE_CONNECTOR)))
    return;
  Span *held = span_at (scan, word_at (scan, end - 1)->span);
  guint a = held ? held->a : company_name_before (scan, ws, end);
  if (a == end)
    return;
  /* A party's people ("Tory chairman": a group of cues.tsv) are NORP;
   * an English word the tagger read as a thing or left ("Conservative
   * chairman", "Company shareholders") is an adjective or a noun. */
  const Word *first = word_at (scan, a);
  gboolean english = (first_name_flags (scan, first) & NAME_WORD_ENGLISH) != 0;
  if ((cue_map_rules (scan->e->cues, first->key, first->hash) & CUE_GROUP)
      || (english && (!held || strcmp (held->label, "MISC") == 0)))
    return;
  /* One who speaks for a body (speaks-for: "William Hill spokesman
   * Rupert Adams", "Jupiter analyst Olivier Beauvillain") makes the name
   * before it a company only before that one's name, and only a name
   * the tagger found that opens with no English word ("Health spokesman
   * Paul Burstow", "Steel analyst Peter Lee" are of a field). */
  if (!(word_at (scan, i)->cue & CUE_COMPANY_ONLY)
      && (!held || english || !next || !is_name_word (next) || next->glued))
    return;
  if (!held)
    {
      org_by_cue (scan, a, end); /* a name the tagger left: "Tarvex chairman" */
      return;
    }
  if (held->b != end || held->source != SOURCE_TAGGER || held->place
      || (strcmp (held->label, "PERSON") != 0 && strcmp (held->label, "MISC") != 0 && strcmp (held->label, "LOC") != 0))
    return;
  if (held->a > ws && (word_at (scan, held->a - 1)->cue & (CUE_HONORIFIC | CUE_ROLE)))
    return;
  gboolean first_name = (first_name_flags (scan, first) & NAME_WORD_FIRST)
                        || (first->hint && first->hint->hint && strcmp (first->hint->hint, "FIRST") == 0);
  if (first_name && held->b - held->a >= 2 && (i + 1 >= we || !is_name_word (word_at (scan, i + 1))))
    return;
  /* One who speaks for a first name ("Madonna spokeswoman Liz
   * Rosenberg", "Michael Jackson spokeswoman Raymone Bain") speaks for
   * a person: a firm named so ends in an English word ("William Hill
   * spokesman Rupert Adams"), and not in a person the lists know. */
  const Word *last = word_at (scan, held->b - 1);
  if (first_name && !(word_at (scan, i)->cue & CUE_COMPANY_ONLY)
      && (held->b - held->a < 2 || (first->hint && first->hint_len == held->b - held->a && strcmp (first->hint->label, "PERSON") == 0)
          || !(first_name_flags (scan, last) & NAME_WORD_ENGLISH)))
    return;
  held->label = "ORG";
  held->cued = TRUE;
  g_clear_pointer (&held->role, g_free);
}

/* A name of two or three words the tagger called a person, then its
 * initials in capitals in brackets, one letter a word ("Hewlett Packard
 * (HP)", "Marks Spencer (MS)"): news gives a company's or a body's name
 * an initialism so, never a person's, so the name is an organisation,
 * and find_acronyms() gives the initials its label.  Not a name opening
 * with a first name (first-names.tsv, or person-names.tsv's kind first,
 * which keeps "John") or after a title ("John Smith
 * (JS)" is still a person's, as a paper's initials for its writer), nor
 * a name of lowercase English words alone, nor initials of another length ("Hewlett Packard (HPQ)"). @i: the
 * bracket. */
static void
initialled_company (Scan *scan, guint ws, guint we, guint i)
{
  if (i < ws + 2 || i + 2 >= we || strcmp (word_at (scan, i + 2)->text, ")") != 0)
    return;
  Span *name = span_at (scan, word_at (scan, i - 1)->span);
  const Word *acro = word_at (scan, i + 1);
  if (name == NULL || name->dropped || name->b != i || name->source != SOURCE_TAGGER
      || strcmp (name->label, "PERSON") != 0 || name->b - name->a < 2 || name->b - name->a > 3 || !acro->capitals
      || strlen (acro->text) != name->b - name->a)
    return;
  gboolean proper = FALSE;
  for (guint k = name->a; k < name->b; k++)
    {
      if (g_ascii_toupper (word_at (scan, k)->text[0]) != acro->text[k - name->a])
        return;
      proper |= !(first_name_flags (scan, word_at (scan, k)) & NAME_WORD_ENGLISH);
    }
  /* English words alone name a thing as often ("Liquid Crystal Display
   * (LCD)", "Essential Tremor (ET)"). */
  if (!proper)
    return;
  const Word *first = word_at (scan, name->a);
  if ((first_name_flags (scan, first) & NAME_WORD_FIRST) || (first->hint && g_strcmp0 (first->hint->hint, "FIRST") == 0)
      || (name->a > ws && (word_at (scan, name->a - 1)->cue & (CUE_ROLE | CUE_HONORIFIC))))
    return;
  span_set_org (name);
  g_clear_pointer (&name->role, g_free);
}

/* "its" or "their" (@i), a name and a part of a company ("its Yugansk
 * unit", "its Vivendi subsidiary": cues.tsv kind company-of, and
 * org-head or company-only): the name is
 * a company's part, an organisation, where the tagger read a place, a
 * person or a thing; cued, so that its mentions alone vote so
 * (links.c: "the sale of Yugansk"). Not a name the lists place, nor
 * one that runs on past three words. */
static void
company_part (Scan *scan, guint we, guint i)
{
  if (i + 2 >= we)
    return;
  Span *part = span_at (scan, word_at (scan, i + 1)->span);
  if (part == NULL || part->dropped || part->a != i + 1 || part->b >= we || part->b - part->a > 3
      || part->source != SOURCE_TAGGER || part->place || strcmp (part->label, "ORG") == 0
      || strcmp (part->label, "NORP") == 0)
    return;
  const Word *after = word_at (scan, part->b);
  /* A part of the company itself (also an organisation's head or only a
   * company's: "unit", "subsidiary"), not what it sells or earns ("its
   * Boxing Day sales", "its Clubcard profits"). */
  if (after->upper || !(after->cue & CUE_COMPANY_OF) || !(after->cue & (CUE_COMPANY_ONLY | CUE_ORG_HEAD))
      || (after->cue & CUE_MODIFIER))
    return;
  span_set_org (part);
  part->cued = TRUE;
}

enum
{
  SUBJECT_REACH = 12
};

/* "X will not give up its unit easily", "X has written to its
 * shareholders": "its" at @i before what only a company has (cues.tsv
 * company-only, or company-of and org-head: shareholders, subsidiary,
 * chairman, unit; a word between allowed: "its main unit", "its chief
 * executive") makes the name opening the sentence the company, where
 * nothing but lowercase words stands between (no mark, no other name,
 * no conjunction or relative opening another clause, no reporting verb:
 * "Smith said its shareholders" is the firm he speaks for), within
 * twelve words.  A person has no "its": not a first name or a name the
 * lists hint as a person's, whatever org_by_cue() would make of it. */
static void
subject_owner (Scan *scan, guint ws, guint we, guint i)
{
  static const char *const clauses[]
      = { "and",   "but",   "or",   "that",    "which", "who", "whom", "whose",
          "where", "while", "when", "because", "if",    "as",  NULL };
  guint j = i + 1;
  if (j + 1 < we && !word_at (scan, j)->upper && g_ascii_isalpha (word_at (scan, j)->text[0])
      && !(word_at (scan, j)->cue & (CUE_COMPANY_ONLY | CUE_COMPANY_OF)))
    j++;
  const Word *noun = j < we ? word_at (scan, j) : NULL;
  if (noun == NULL || noun->upper
      || !((noun->cue & CUE_COMPANY_ONLY)
           || ((noun->cue & CUE_COMPANY_OF) && (noun->cue & CUE_ORG_HEAD))))
    return;
  const Word *first = word_at (scan, ws);
  if (!is_name_word (first) || (first->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC)))
    return;
  /* A name the tagger or a rule found: a sentence's capitalised first
   * word alone is as often a common noun ("Analysts expect its
   * shareholders", "Shares in its subsidiary"). */
  const Span *held = span_at (scan, first->span);
  if (held == NULL || held->dropped || held->a != ws)
    return;
  guint b = held->b;
  if (b >= i || i - b > SUBJECT_REACH)
    return;
  for (guint k = b; k < i; k++)
    {
      const Word *w = word_at (scan, k);
      if (w->upper || !g_unichar_isalnum (g_utf8_get_char (w->text)) || (w->cue & CUE_VERB))
        return;
      for (const char *const *c = clauses; *c; c++)
        if (strcmp (w->key, *c) == 0)
          return;
    }
  const GazetteerEntry *e = first->known.single ? first->known.single : first->hint;
  if ((first_name_flags (scan, first) & NAME_WORD_FIRST) || (e && strcmp (e->label, "PERSON") == 0))
    return;
  org_by_cue (scan, ws, b);
}

/* company-acts.tsv: the phrases by their first word's key, each a
 * NULL-ended array of keys (a GPtrArray of them a word), and the words
 * that may stand between a name and its phrase. */
struct _CompanyActs
{
  GHashTable *acts; /* first key -> GPtrArray of GStrv (owns them) */
  /* The same first keys (ACT_FIRST, the value their GPtrArray) and the
   * aux words (ACT_AUX), probed by the hash each word has already:
   * company_act() asks after every lowercase word that follows a
   * capitalised one, nearly all of them no such word: with GLib's
   * string hashing of each, find_by_context() executed 25.7M
   * instructions on the first 500 BBC articles, 21.1M with this map
   * (callgrind; plugins/entities/SPEED.md, seventeenth round). */
  WordMap *words;
  /* The brand rows (kind brand) the same way, by first key: a word's
   * slot holds one value, and a first key may open both kinds. */
  GHashTable *brands;
  WordMap *brand_words;
  /* The act rows of kind `shared` (a person does it too: "went
   * bankrupt"), by their keys' address: asked only after a match. */
  GHashTable *shared;
};

enum
{
  ACT_FIRST = 1 << 0,
  ACT_AUX = 1 << 1,
};

void
company_acts_free (CompanyActs *acts)
{
  g_clear_pointer (&acts->acts, g_hash_table_unref);
  g_clear_pointer (&acts->words, word_map_free);
  g_clear_pointer (&acts->brands, g_hash_table_unref);
  g_clear_pointer (&acts->brand_words, word_map_free);
  g_clear_pointer (&acts->shared, g_hash_table_unref);
  g_free (acts);
}

static void
strv_array_free (gpointer data)
{
  g_ptr_array_unref (data);
}

CompanyActs *
company_acts_load (const char *data_dir, GError **error)
{
  static const char shape[] = "PHRASE<TAB>act, shared, aux or brand<TAB>SOURCE";
  g_autofree char *path = g_build_filename (data_dir, "company-acts.tsv", NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  CompanyActs *acts = g_new0 (CompanyActs, 1);
  acts->acts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, strv_array_free);
  acts->words = word_map_new ();
  acts->brands = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, strv_array_free);
  acts->brand_words = word_map_new ();
  acts->shared = g_hash_table_new (NULL, NULL);
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 3, 3, shape, error))
        goto fail;
      g_autofree char *folded = assay_text_fold (row->fields[0], -1);
      g_auto (GStrv) keys = g_strsplit (g_strstrip (folded), " ", -1);
      gboolean aux = strcmp (row->fields[1], "aux") == 0;
      gboolean brand = strcmp (row->fields[1], "brand") == 0;
      gboolean shared = strcmp (row->fields[1], "shared") == 0;
      g_autofree char *wrong = NULL;
      if (!aux && !brand && !shared && strcmp (row->fields[1], "act") != 0)
        wrong = g_strdup_printf ("unknown kind '%s'", row->fields[1]);
      else if (keys[0] == NULL || *keys[0] == '\0')
        wrong = g_strdup ("an empty phrase");
      else if (aux && keys[1] != NULL)
        wrong = g_strdup ("an aux of more than one word");
      else if (*row->fields[2] == '\0')
        wrong = g_strdup ("an empty source");
      if (wrong)
        {
          assay_data_row_set_error (error, table, row, "%s; write %s", wrong, shape);
          goto fail;
        }
      for (guint k = 0; keys[k]; k++)
        if (*keys[k] == '\0')
          {
            assay_data_row_set_error (error, table, row, "two spaces in a row; write %s", shape);
            goto fail;
          }
      if (aux)
        {
          word_map_add (acts->words, keys[0], ACT_AUX);
          continue;
        }
      GHashTable *table_of = brand ? acts->brands : acts->acts;
      WordMap *words = brand ? acts->brand_words : acts->words;
      GPtrArray *list = g_hash_table_lookup (table_of, keys[0]);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
          g_hash_table_insert (table_of, g_strdup (keys[0]), list);
          word_map_add (words, keys[0], ACT_FIRST);
          word_map_set_value (words, keys[0], list);
        }
      if (shared)
        g_hash_table_add (acts->shared, keys);
      g_ptr_array_add (list, g_steal_pointer (&keys));
    }
  return acts;
fail:
  company_acts_free (acts);
  return NULL;
}

/* The number of words of the phrase of @words (ACT_FIRST's value)
 * starting at word @j (before @we), or 0; @row (may be NULL) its keys. */
static guint
phrase_at (const WordMap *words, const Scan *scan, guint j, guint we, char ***row)
{
  const Word *w = word_at (scan, j);
  const WordSlot *slot = &words->slots[word_map_slot (words, w->key, w->hash)];
  if (!(slot->flags & ACT_FIRST))
    return 0;
  const GPtrArray *list = slot->value;
  for (guint p = 0; p < list->len; p++)
    {
      char **keys = g_ptr_array_index (list, p);
      guint n = 0;
      while (keys[n] && j + n < we && strcmp (word_at (scan, j + n)->key, keys[n]) == 0)
        n++;
      if (keys[n] == NULL)
        {
          if (row)
            *row = keys;
          return n;
        }
    }
  return 0;
}

/* The act after the name ending before word @i: its length (0 if
 * none), where it starts (@at) and whether a person does it too
 * (@shared).  The phrase right after the name, or after up to three
 * aux words ("was" is both: "X was taken over"; ", which has gone
 * into"); a comma only before "which" ("In Tallinn, shares fell" is the
 * city's market); the name's noun between ("the Kelmor group went into
 * administration"): the name is the group's. */
static guint
act_after (const Scan *scan, guint i, guint we, guint *at, gboolean *shared)
{
  const CompanyActs *acts = scan->e->company_acts;
  guint j = i, n = 0;
  char **row = NULL;
  if (j + 1 < we && !word_at (scan, j)->upper
      && (word_at (scan, j)->cue & (CUE_ORG_NOUN | CUE_ORG_HEAD))
      && !(word_at (scan, j)->cue & CUE_ROLE))
    j++;
  guint first_aux = j;
  while (j < we && (n = phrase_at (acts->words, scan, j, we, &row)) == 0 && j < first_aux + 3
         && (word_map_get (acts->words, word_at (scan, j)->key, word_at (scan, j)->hash) & ACT_AUX)
         && (!is_mark (scan, j, ",")
             || (j + 1 < we && strcmp (word_at (scan, j + 1)->key, "which") == 0)))
    j++;
  *at = j;
  *shared = n > 0 && g_hash_table_contains (acts->shared, row);
  return n;
}

/* Whether the one-word name at @a is followed by an act only a company
 * does ("Tarvill shares fell", "Tarvill, which employs 300 people"):
 * firm_cue_at()'s evidence, read after a founder's full name too. */
gboolean
firm_act_at (const Scan *scan, guint a)
{
  guint at;
  gboolean shared;
  guint n = scan->words->len;
  return a + 1 < n && !is_possessive (word_at (scan, a + 1)) && act_after (scan, a + 1, n, &at, &shared) > 0
         && !shared;
}

guint
company_brand_at (const Scan *scan, guint j, guint we)
{
  return phrase_at (scan->e->company_acts->brand_words, scan, j, we, NULL);
}

/* Whether a person's word follows in the sentence from @j: "Smith went
 * bust after his divorce", "Hale said she filed for bankruptcy". */
static gboolean
person_follows (const Scan *scan, guint j, guint we)
{
  static const char *const pronouns[]
      = { "he", "she", "his", "her", "him", "himself", "herself", NULL };
  for (; j < we; j++)
    {
      const Word *w = word_at (scan, j);
      if (!(w->cue & CUE_FUNCTION) || (w->key[0] != 'h' && w->key[0] != 's'))
        continue;
      for (const char *const *p = pronouns; *p; p++)
        if (strcmp (w->key, *p) == 0)
          return TRUE;
    }
  return FALSE;
}

enum
{
  EVIDENCE_REACH = 2000
};

/* Whether the document gives the name ending in word @last a person's
 * evidence at another mention of that word, within EVIDENCE_REACH words
 * either side (an article's length; a longer document is read around
 * the mention only, so that a phrase repeated in it costs no walk of
 * the whole): a title or an honorific before it ("Mr Kelmor"), a first
 * name before it ("Anna Kelmor"), an age after it ("Kelmor, 54,"), or
 * "he", "she", "his", "her" within three words after it ("Kelmor said
 * he was sorry"): the name is a person's who went bust, not a firm's.
 * Not the first name where @founder is FALSE: a brand is named after
 * its founder ("Anna Tarvill ... Tarvill shares fell"). */
static gboolean
person_evidence (const Scan *scan, guint last, gboolean founder)
{
  static const char *const pronouns[] = { "he", "she", "his", "her", NULL };
  guint n = scan->words->len, slot = scan->slots[last];
  guint from = last > EVIDENCE_REACH ? last - EVIDENCE_REACH : 0;
  guint to = MIN (n, last + EVIDENCE_REACH);
  for (guint k = from; k < to; k++)
    {
      if (scan->slots[k] != slot)
        continue;
      const Word *before
          = k > 0 && !word_at (scan, k)->sentence_start ? word_at (scan, k - 1) : NULL;
      if (before
          && ((before->cue & (CUE_HONORIFIC | CUE_ROLE))
              || (founder && before->upper && (first_name_flags (scan, before) & NAME_WORD_FIRST)
                  && !(first_name_flags (scan, before) & NAME_WORD_ENGLISH))))
        return TRUE;
      if (k + 3 < n && is_mark (scan, k + 1, ",")
          && g_ascii_isdigit (word_at (scan, k + 2)->text[0])
          && strlen (word_at (scan, k + 2)->text) <= 3 && is_mark (scan, k + 3, ","))
        return TRUE;
      for (guint j = k + 1; j < n && j < k + 4 && !word_at (scan, j)->sentence_start; j++)
        for (const char *const *p = pronouns; *p; p++)
          if (strcmp (word_at (scan, j)->key, *p) == 0)
            return TRUE;
    }
  return FALSE;
}

/* "Vantrex has gone into administration", "Kelmor issued a profit
 * warning", "Dunmere shares fell": a name right before what only a
 * company does (company-acts.tsv, two of its aux words allowed between:
 * "has now") is an organisation, the tagger's person, place or thing
 * there too, and decides its mentions' label in the document's vote
 * (org_by_cue(): the headline follows).  Not a name with a person's
 * evidence: a title or an honorific before it, a first name opening it,
 * a name the lists hint as a person's, a personal pronoun after it in
 * the sentence; for an act a person does too (kind shared: "went
 * bankrupt") the surname of a person named in full before ("Carl Rudd
 * ... Rudd went bankrupt"); a person's evidence at another mention.
 * Only a company's shares fall or its losses are posted: a brand named
 * after its founder ("Anna Tarvill ... Tarvill shares fell") is the
 * company there, and keeps it (firm_cue_at(), links.c); not a place or a nationality the lists or
 * rules know ("Japan posted a loss", "Tokyo shares fell"), a region,
 * nor a capitalised English word opening the sentence that nothing
 * named ("Technology shares rose").  @i: the word after the name. */
static void
company_act (Scan *scan, guint ws, guint we, guint i)
{
  /* A name ends in a word that opens with a letter: "FTSE 100 shares
   * rose" is an index's number. */
  if (i == ws || !word_at (scan, i - 1)->upper || is_possessive (word_at (scan, i - 1))
      || !g_unichar_isalpha (g_utf8_get_char (word_at (scan, i - 1)->text)))
    return;
  guint j;
  gboolean shared;
  guint n = act_after (scan, i, we, &j, &shared);
  if (n == 0)
    return;
  const Span *held = span_at (scan, word_at (scan, i - 1)->span);
  guint a;
  if (held)
    {
      /* The tagger's name only: a rule's or a list's label was read
       * from its own evidence (a product: "Xbox posted a loss"). */
      if (held->dropped || held->b != i || held->source != SOURCE_TAGGER || held->place
          || held->role || strcmp (held->label, "NORP") == 0 || strcmp (held->label, "GPE") == 0
          || strcmp (held->label, "DATE") == 0)
        return;
      a = held->a;
    }
  else
    {
      a = company_name_before (scan, ws, i);
      if (a == i || (a == ws && (first_name_flags (scan, word_at (scan, a)) & NAME_WORD_ENGLISH)))
        return;
    }
  const Word *first = word_at (scan, a);
  /* A name opens with a capital letter: "54 shares were stable" is a
   * count. */
  if (!g_unichar_isupper (g_utf8_get_char (first->text)))
    return;
  const GazetteerEntry *e = first->known.single ? first->known.single : first->hint;
  if ((a > ws && (word_at (scan, a - 1)->cue & (CUE_HONORIFIC | CUE_ROLE)))
      || (e && strcmp (e->label, "PERSON") == 0)
      || (e && strcmp (e->label, "ORG") != 0 && (first_name_flags (scan, first) & NAME_WORD_FIRST))
      || (!e && (first_name_flags (scan, first) & NAME_WORD_FIRST))
      || (first->hint && g_strcmp0 (first->hint->hint, "FIRST") == 0)
      || (e
          && (strcmp (e->label, "GPE") == 0 || strcmp (e->label, "LOC") == 0
              || strcmp (e->label, "NORP") == 0))
      || person_follows (scan, j + n, we) || region_at (scan, a, i)
      || (shared && i - a == 1 && surname_named (scan, a)) || person_evidence (scan, i - 1, shared))
    return;
  org_by_cue (scan, a, i);
}

void
find_by_context (Scan *scan, guint ws, guint we)
{
  /* One pass for the companies and the works: every test a word fails
   * reads only flags it already has.  A list of examples needs a word
   * that opens one ("including", "such as"), which most sentences lack
   * (Scan.sentence_cues, the kinds before Word.cue's masks): the mark
   * and cue tests after every lowercase word were 2.5M instructions on
   * 500 BBC articles. */
  const gboolean examples = (scan->sentence_cues & CUE_EXAMPLES) != 0;
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      if (w->upper)
        {
          /* A list after a kind in the plural opening the sentence
           * ("Publishers such as Activex"): listed_companies() reads
           * the plural's kind from the map, as Word.cue holds none for
           * a capitalised word. */
          if (examples && i == ws && !w->capitals && i + 2 < we && (word_at (scan, i + 1)->cue & CUE_EXAMPLES))
            listed_companies (scan, we, i, i + 1);
          continue;
        }
      if (i > ws && word_at (scan, i - 1)->upper)
        {
          company_act (scan, ws, we, i);
          /* The probe inline: nearly every such word is no brand's
           * noun, and the calls cost more than the probe. */
          if (word_map_get (scan->e->company_acts->brand_words, w->key, w->hash) & ACT_FIRST)
            company_brand (scan, ws, we, i);
        }
      /* A plural before a name: "the labels Velloni and Marsh". */
      if (scan->text[w->end - 1] == 's' && i + 1 < we && word_at (scan, i + 1)->upper && !(w->cue & CUE_FUNCTION))
        company_brand_list (scan, ws, we, i);
      if (w->text[0] == '(' && w->text[1] == '\0')
        {
          initialled_company (scan, ws, we, i);
          continue;
        }
      if (is_possessive (w))
        {
          owner_company (scan, ws, we, i, i);
          continue;
        }
      if (w->cue & (CUE_COMPANY_ONLY | CUE_SPEAKS_FOR))
        company_before_officer (scan, ws, we, i);
      /* "Maruti said its sales rose": "its" after a reporting verb right
       * after a name is the name's, a thing's ("Smith said its effects
       * ..." is a policy's: what a company has must follow); not after
       * the tagger's person of two words ("John Smith said its profits":
       * a company's he speaks for), nor after its person of one word the
       * lists hint as a person's name or first-names.tsv holds ("Blair
       * said its shares", "Howard said its": "its" is no person's, and a
       * person there speaks for a company or a body; "Tavra said its
       * sales" has no such hint). */
      if ((w->cue & CUE_FUNCTION) && (w->key[0] == 'i' || w->key[0] == 't')
          && (strcmp (w->key, "its") == 0 || strcmp (w->key, "their") == 0))
        {
          company_part (scan, we, i);
          if (w->key[1] == 't')
            subject_owner (scan, ws, we, i);
        }
      if ((w->cue & CUE_FUNCTION) && i >= ws + 2 && strcmp (w->key, "its") == 0
          && (word_at (scan, i - 1)->cue & CUE_VERB) && !word_at (scan, i - 1)->upper)
        {
          const Span *named = span_at (scan, word_at (scan, i - 2)->span);
          const Word *last = word_at (scan, i - 2);
          if (!named || strcmp (named->label, "PERSON") != 0
              || (named->b - named->a < 2 && !(last->hint && strcmp (last->hint->label, "PERSON") == 0)
                  && !(first_name_flags (scan, last) & NAME_WORD_FIRST)))
            owner_company (scan, ws, we, i, i - 1);
          continue;
        }
      if ((w->cue & CUE_FUNCTION) && w->key[0] == 't' && i >= ws + 2 && strcmp (w->key, "the") == 0
          && is_mark (scan, i - 1, ",-"))
        {
          apposed_company (scan, ws, we, i);
          continue;
        }
      if ((w->cue & CUE_FUNCTION) && i >= ws + 2
          && (strcmp (w->key, "the") == 0 || strcmp (w->key, "a") == 0 || strcmp (w->key, "an") == 0))
        copula_company (scan, ws, we, i);
      if (examples)
        {
          guint j = i + 1;
          if (j < we && is_mark (scan, j, ",-"))
            j++;
          if (j < we && !word_at (scan, j)->upper && (word_at (scan, j)->cue & CUE_EXAMPLES)
              && !listed_companies (scan, we, i, j))
            listed_works (scan, we, i, j);
        }
      if (w->cue & CUE_WORK_NOUN)
        i = work_after (scan, ws, we, i);
      else if (w->cue & (CUE_WORK_VERB | CUE_WORK_IN))
        i = work_after_verb (scan, ws, we, i);
    }
}

void
vote_company_stems (Scan *scan)
{
  /* A film or music company is called by its name without its last
   * word (cues.tsv kind company-tail: "Paramount Pictures ... a
   * franchise for Paramount", "Island Records ... signed to Island"),
   * which the tagger, reading the word alone, often takes for a place
   * or a person.  Only where the document names it in full, as an
   * organisation; not a work's title, nor a name the lists claim
   * ("London Records ... in London": the city), though a town they
   * only hint may be ("Paramount", California); nor a stem a place's
   * head ends ("Abbey Road Studios ... on Abbey Road": the street). */
  g_autoptr (GHashTable) stems = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->work || p->b - p->a < 2 || strcmp (p->label, "ORG") != 0
          || !word_at (scan, p->b - 1)->upper)
        continue;
      /* The cue map's kinds are masked on capitalised words: asked again. */
      const Word *last = word_at (scan, p->b - 1);
      const Word *stem_end = word_at (scan, p->b - 2);
      if (!(cue_map_rules (scan->e->cues, last->key, last->hash) & CUE_COMPANY_TAIL)
          || (cue_map_rules (scan->e->cues, stem_end->key, stem_end->hash) & CUE_LOC_HEAD))
        continue;
      if (!stems)
        stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *raw = words_text (scan, p->a, p->b - 1);
      g_hash_table_add (stems, assay_text_fold (raw, -1));
    }
  if (!stems)
    return; /* nearly every document */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->work || p->source > SOURCE_RULE || strcmp (p->label, "ORG") == 0
          || strcmp (p->label, "NORP") == 0)
        continue;
      g_autofree char *raw = words_text (scan, p->a, p->b);
      g_autofree char *key = assay_text_fold (raw, -1);
      if (!g_hash_table_contains (stems, key))
        continue;
      span_set_org (p);
      g_clear_pointer (&p->role, g_free);
      g_clear_pointer (&p->role_org, g_free);
    }
}
