/* evidence.c: the entities stage's document-level votes by what the
 * text says of a name (issue 24): a description after it ("X, the
 * world's biggest printer firm", "X is a Russian oil company"), a post or
 * a position before it ("Hearts winger X"), "its X unit" decide the
 * tagger's label at each of its mentions (vote_evidence()); a full name
 * opening with a first name is one person (vote_full_names()); a
 * headline's mention takes the body's label (vote_headline()).  Run by
 * link_names(). */

#include "entities.h"

#include <stdlib.h>
#include <string.h>

/* Names longer than this many words are not described. */
enum { LONGEST_DESCRIBED = 6 };

/* What the words around a mention say of the name: nothing, a person,
 * an organisation. */
enum
{
  SAYS_NOTHING,
  SAYS_PERSON,
  SAYS_ORG,
};

/* What the lowercase noun @i heading a description says ("the world's
 * biggest printer firm", "its main oil producing unit", "the Hearts
 * winger"): cues.tsv org-noun, org-head an organisation; role, player,
 * musician a person; a word that is both (person-nouns.tsv counts as a
 * person's), or neither, nothing. */
static guint
head_says (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  gboolean org = (w->cue & (CUE_ORG_NOUN | CUE_ORG_HEAD)) != 0;
  gboolean person = (w->cue & (CUE_ROLE | CUE_PLAYER | CUE_MUSICIAN)) != 0;
  /* A firm's noun that is a person's trade too ("the insurance broker"). */
  person = person || (org && (first_name_flags (scan, w) & NAME_WORD_PERSON_NOUN));
  if (w->upper || org == person)
    return SAYS_NOTHING;
  return org ? SAYS_ORG : SAYS_PERSON;
}

/* What a word is to a description after a name (described()). */
enum
{
  DESCRIPTION_WORD,
  DESCRIPTION_CLOSES,    /* a relative pronoun: "Sibneft, a Russian oil company that came close" */
  DESCRIPTION_ENDS_HEAD, /* the head noun's phrase ends: "the man behind the Argonaut games group" */
  DESCRIPTION_VERB,      /* the comma opened a clause: "Wyoming, the bank chief said" */
};

typedef struct
{
  const char *key;
  guint kind;
} DescriptionWord;

static int
description_word_cmp (const void *key, const void *row)
{
  return strcmp (key, ((const DescriptionWord *) row)->key);
}

/* What word @w is to a description: a mark (not a possessive's) or a new
 * sentence closes it; a preposition or a conjunction (cues.tsv function,
 * but a modifier such as "former") ends its head's phrase; and the words
 * of the table below.  Looked up by bisection, sorted by key: asked of
 * each word of each description. */
static guint
description_word (const Word *w)
{
  static const DescriptionWord words[] = {
    { "across", DESCRIPTION_ENDS_HEAD },
    { "added", DESCRIPTION_VERB },
    { "against", DESCRIPTION_ENDS_HEAD },
    { "among", DESCRIPTION_ENDS_HEAD },
    { "are", DESCRIPTION_VERB },
    { "behind", DESCRIPTION_ENDS_HEAD },
    { "between", DESCRIPTION_ENDS_HEAD },
    { "can", DESCRIPTION_VERB },
    { "could", DESCRIPTION_VERB },
    { "did", DESCRIPTION_VERB },
    { "does", DESCRIPTION_VERB },
    { "during", DESCRIPTION_ENDS_HEAD },
    { "had", DESCRIPTION_VERB },
    { "has", DESCRIPTION_VERB },
    { "have", DESCRIPTION_VERB },
    { "into", DESCRIPTION_ENDS_HEAD },
    { "is", DESCRIPTION_VERB },
    { "like", DESCRIPTION_ENDS_HEAD },
    { "may", DESCRIPTION_VERB },
    { "might", DESCRIPTION_VERB },
    { "near", DESCRIPTION_ENDS_HEAD },
    { "of", DESCRIPTION_ENDS_HEAD },
    { "or", DESCRIPTION_ENDS_HEAD },
    { "over", DESCRIPTION_ENDS_HEAD },
    { "said", DESCRIPTION_VERB },
    { "says", DESCRIPTION_VERB },
    { "since", DESCRIPTION_ENDS_HEAD },
    { "than", DESCRIPTION_ENDS_HEAD },
    { "that", DESCRIPTION_CLOSES },
    { "through", DESCRIPTION_ENDS_HEAD },
    { "told", DESCRIPTION_VERB },
    { "under", DESCRIPTION_ENDS_HEAD },
    { "was", DESCRIPTION_VERB },
    { "were", DESCRIPTION_VERB },
    { "which", DESCRIPTION_CLOSES },
    { "who", DESCRIPTION_CLOSES },
    { "whose", DESCRIPTION_CLOSES },
    { "will", DESCRIPTION_VERB },
    { "would", DESCRIPTION_VERB },
  };
  if (w->sentence_start || (!g_unichar_isalnum (g_utf8_get_char (w->text)) && !is_possessive (w)))
    return DESCRIPTION_CLOSES;
  if (w->upper)
    return DESCRIPTION_WORD;
  const DescriptionWord *row = bsearch (w->key, words, G_N_ELEMENTS (words), sizeof *words, description_word_cmp);
  if (row)
    return row->kind;
  return (w->cue & CUE_FUNCTION) && !(w->cue & CUE_MODIFIER) ? DESCRIPTION_ENDS_HEAD : DESCRIPTION_WORD;
}

/* Whether the mention [a, b) before a form of "be" is its clause's
 * subject: at the sentence's start, or after a mark (not a
 * possessive's), a conjunction or "said", a form of address, a
 * lowercase post or firm's noun ("oil firm X is a"), or "the" where
 * that stands so ("The Academy is a school"); not after any other
 * word, a preposition's object ("the boss of X is a former striker",
 * "Among the investors in X is", "Behind X is"), nor a name the tagger
 * opened with a preposition at the sentence's start ("Alongside X was a
 * former minister"). */
static gboolean
predicate_subject (const Scan *scan, guint a, guint b)
{
  static const char *const conjunctions[]
      = { "and", "but", "that", "while", "because", "although", "though", "since", "as", "when", "if", "so",
          "said", "says", NULL };
  /* English's prepositions that open a sentence before its subject. */
  static const char *const prepositions[]
      = { "about", "after", "against", "alongside", "among", "amongst", "around", "before", "behind", "beside",
          "besides", "beyond", "despite", "from", "inside", "like", "near", "outside", "under", "unlike", "with",
          "within", "without", NULL };
  const Word *first = word_at (scan, a);
  if (first->sentence_start || a == 0)
    return b - a == 1 || !key_in (first->key, prepositions);
  const Word *before = word_at (scan, a - 1);
  if (!g_unichar_isalnum (g_utf8_get_char (before->text)))
    return !is_possessive (before);
  if (strcmp (before->key, "the") == 0 || strcmp (before->key, "this") == 0)
    return predicate_subject (scan, a - 1, a);
  return key_in (before->key, conjunctions) || (before->cue & CUE_HONORIFIC)
         || (!before->upper && head_says (scan, a - 1) != SAYS_NOTHING);
}

/* What the description after the mention [a, b) says of it: an
 * apposition ("X, the world's biggest printer firm,"; "X, its main oil
 * producing unit") or a predicate ("X is a Russian oil company", "X was
 * the club's captain"), by its head noun, the last lowercase word before
 * a preposition (description_word()).  A determiner opens it: a
 * list's comma ("Green Day, Ja Rule and ...", "Leeds, England") is no
 * description; a mark or a relative pronoun closes it within twelve
 * words, with no verb before: the comma opened a clause ("Kabul, the
 * embassy official said").  A modifier before an organisation's noun
 * makes it a person's post as often ("a senior broadcaster"): nothing.
 * Not a predicate of a name after a preposition or a possessive ("the
 * boss of HP is a former striker"): the subject is another's. */
static guint
described (const Scan *scan, guint a, guint b)
{
  static const char *const openers[] = { "the", "a", "an", "its", "their", NULL };
  guint n = scan->words->len, i = b;
  if (i + 2 >= n || word_at (scan, i)->sentence_start)
    return SAYS_NOTHING;
  /* By bytes first: asked after every name of the document, and most
   * are followed by neither a comma nor a form of "be". */
  const char *k = word_at (scan, i)->key;
  if (!(k[0] == ',' && k[1] == '\0'))
    {
      gboolean be = (k[0] == 'i' && k[1] == 's' && k[2] == '\0')
                    || ((k[0] == 'w' || k[0] == 'a')
                        && (!strcmp (k, "was") || !strcmp (k, "are") || !strcmp (k, "were")));
      if (!be || !predicate_subject (scan, a, b))
        return SAYS_NOTHING;
    }
  i++;
  const Word *opener = word_at (scan, i);
  if (!(opener->cue & CUE_FUNCTION) || !key_in (opener->key, openers))
    return SAYS_NOTHING;
  guint head = 0;
  gboolean head_done = FALSE, modified = FALSE;
  for (guint j = i + 1; j < n && j < i + 13; j++)
    {
      const Word *w = word_at (scan, j);
      guint kind = description_word (w);
      if (kind == DESCRIPTION_CLOSES)
        {
          guint says = head ? head_says (scan, head) : SAYS_NOTHING;
          return says == SAYS_ORG && modified ? SAYS_NOTHING : says;
        }
      if (kind == DESCRIPTION_VERB)
        return SAYS_NOTHING;
      if (head_done || (head_done = kind == DESCRIPTION_ENDS_HEAD))
        continue;
      if (!w->upper && g_ascii_isalpha (w->text[0]))
        head = j;
      modified = modified || (w->cue & CUE_MODIFIER);
    }
  return SAYS_NOTHING; /* no end in sight: no head to trust */
}

/* Whether a word of [a, b) is one that heads or ends an organisation's
 * or a place's name (cues.tsv org-head, org-noun, org-word,
 * company-tail, loc-head, press-title, team-noun, band-noun), or that
 * ends in a common word after no first name: "official China Daily" is
 * no person. */
static gboolean
org_words (const Scan *scan, guint a, guint b)
{
  /* A name's last word English writes in lowercase is a person's
   * surname ("Andy Green") only after a first name: "official Kabul
   * Radio", "the official North East Says No campaign". */
  if (!(first_name_flags (scan, word_at (scan, a)) & NAME_WORD_FIRST)
      && (first_name_flags (scan, word_at (scan, b - 1)) & NAME_WORD_ENGLISH))
    return TRUE;
  const Cue org = CUE_ORG_HEAD | CUE_ORG_NOUN | CUE_ORG_WORD | CUE_COMPANY_TAIL | CUE_LOC_HEAD | CUE_PRESS_TITLE
                  | CUE_TEAM_NOUN | CUE_BAND_NOUN;
  for (guint i = a; i < b; i++)
    if (word_at (scan, i)->cue & org)
      return TRUE;
  return FALSE;
}

/* What the mention [a, b) labelled @label says of its name by the words
 * around it: a description after it (described()); a person's mark
 * right before it, a form of address or a lowercase title, post or
 * position ("Mr", "Hearts winger", "chairman"; before one word only
 * where the tagger made it no organisation: "fund manager Jupiter" is
 * the firm; never before the tagger's place: "official North East Says
 * No campaign"); "its X unit".  Not a pronoun after it: on the BBC archive
 * "X ... her" within three words was another's far more often than the
 * name's ("Wimbledon taking her to number one", "the Devon diva started
 * her career", "Erfurt elevated him"). */
static guint
mention_says (const Scan *scan, guint a, guint b, const char *label)
{
  guint says = described (scan, a, b);
  if (says)
    return says;
  guint n = scan->words->len;
  const Word *before = a > 0 && !word_at (scan, a)->sentence_start ? word_at (scan, a - 1) : NULL;
  if (before && ((before->cue & CUE_HONORIFIC) || (!before->upper && head_says (scan, a - 1) == SAYS_PERSON))
      && (b - a >= 2 ? !org_words (scan, a, b) : strcmp (label, "ORG") != 0) && strcmp (label, "GPE") != 0
      && strcmp (label, "LOC") != 0)
    return SAYS_PERSON;
  if (before && (before->cue & CUE_FUNCTION) && b < n && !word_at (scan, b)->sentence_start
      && (!strcmp (before->key, "its") || !strcmp (before->key, "their")) && head_says (scan, b) == SAYS_ORG)
    return SAYS_ORG;
  return SAYS_NOTHING;
}

/* Whether the lists know or hint word @w as a person's name alone
 * (person-names.tsv: "Smith"). */
static gboolean
hinted_person (const Word *w)
{
  const GazetteerEntry *e = w->known.single ? w->known.single : w->hint;
  return e && strcmp (e->label, "PERSON") == 0;
}

enum { MOST_DESCRIBED = 16 };

/* A name the document describes: its first mention's words and what its
 * mentions say, by SAYS_. */
typedef struct
{
  guint a, b;
  guint says[3];
  gboolean person_described; /* a person by a description, not only by a mark before it */
  gboolean org_owned;        /* an organisation by "its X unit", not only by a description */
} Described;

/* Whether the span @p, the tagger's, may take another label by what
 * the document says: not a rule's, a list's, a club's or a work's, nor
 * one the lists linked (a place the lists hint: "Arbil, the
 * administrative centre"). */
static gboolean
taggers (const Span *p)
{
  return p->source == SOURCE_TAGGER && !p->cued && !p->team && !p->work && !p->listed && !p->numbered && !p->place
         && !p->kb;
}

/* Whether a lowercase organisation's or band's noun comes right before
 * word @a ("Glasgow group Franz Ferdinand"; cues.tsv org-noun, org-head,
 * band-noun). */
static gboolean
org_noun_before (const Scan *scan, guint a)
{
  const Word *w = a > 0 && !word_at (scan, a)->sentence_start ? word_at (scan, a - 1) : NULL;
  return w && !w->upper && (w->cue & (CUE_ORG_NOUN | CUE_ORG_HEAD | CUE_BAND_NOUN));
}

/* A run of words and its mentions' count by label, for
 * vote_full_names(): the same words are the same slots (runs_equal()). */
typedef struct
{
  const guint32 *slots;
  guint a, b;
  guint person, other;
} FullName;

static guint
full_name_hash (gconstpointer key)
{
  const FullName *f = key;
  guint h = f->b - f->a;
  for (guint i = f->a; i < f->b; i++)
    h = h * 31 + f->slots[i];
  return h;
}

static gboolean
full_name_equal (gconstpointer x, gconstpointer y)
{
  const FullName *f = x, *g = y;
  if (f->b - f->a != g->b - g->a)
    return FALSE;
  for (guint k = 0; k < f->b - f->a; k++)
    if (f->slots[f->a + k] != g->slots[g->a + k])
      return FALSE;
  return TRUE;
}

/* Whether span @p is a candidate of vote_full_names(): the tagger's
 * name of two to six words, no person's or nationality's, opening with a
 * first name, holding no org's or place's word. */
static gboolean
full_name_candidate (const Scan *scan, const Span *p)
{
  const Word *first = word_at (scan, p->a);
  return !p->dropped && p->b - p->a >= 2 && p->b - p->a <= LONGEST_DESCRIBED && taggers (p)
         && strcmp (p->label, "PERSON") != 0 && strcmp (p->label, "NORP") != 0 && !first->capitals
         && (first_name_flags (scan, first) & NAME_WORD_FIRST) && !org_words (scan, p->a, p->b);
}

/* Whether a lowercase organisation's noun or a company's word
 * (cues.tsv company-of, stake-in) comes right after the mention ending
 * at word @b ("Dorset council", "Rendall shares"): the
 * tagger's organisation there stays one, whatever "Ms Dorset" says of
 * a person of the name elsewhere. */
static gboolean
org_noun_after (const Scan *scan, guint b)
{
  const Word *w = b < scan->words->len && !word_at (scan, b)->sentence_start ? word_at (scan, b) : NULL;
  return w && !w->upper
         && ((w->cue & (CUE_ORG_NOUN | CUE_ORG_HEAD))
             || (cue_map_rules (scan->e->cues, w->key, w->hash) & (CUE_COMPANY_OF | CUE_STAKE_IN)));
}

/* A person's full name opening with a first name (first-names.tsv) the
 * tagger labelled otherwise at a mention is the person where the
 * document names the same words a person at least as often ("the George
 * W Bush website" after "George W Bush said"): one name, one label.
 * Not a name a company or club list holds, nor one holding an org's or
 * a place's word (org_words()), nor against a rule's or a list's
 * mention of another label, or one after an organisation's or a band's
 * noun ("Glasgow group Franz Ferdinand").  The mentions are counted once
 * by their words (a table of runs), not per candidate: a document of
 * many such names stays linear.  Counting first changes nothing: a
 * candidate turned PERSON only adds to its words' person count, so the
 * candidates of one name turn all or none. */
static void
vote_full_names (Scan *scan)
{
  g_autoptr (GHashTable) runs = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (!full_name_candidate (scan, p))
        continue;
      if (runs == NULL)
        runs = g_hash_table_new_full (full_name_hash, full_name_equal, g_free, NULL);
      FullName probe = { scan->slots, p->a, p->b, 0, 0 };
      if (!g_hash_table_contains (runs, &probe))
        g_hash_table_add (runs, g_memdup2 (&probe, sizeof probe));
    }
  if (runs == NULL)
    return;
  for (guint o = 0; o < scan->spans->len; o++)
    {
      const Span *q = span_at (scan, o);
      if (q->dropped || q->b - q->a < 2 || q->b - q->a > LONGEST_DESCRIBED)
        continue;
      FullName probe = { scan->slots, q->a, q->b, 0, 0 };
      FullName *run = g_hash_table_lookup (runs, &probe);
      if (run == NULL)
        continue;
      if (strcmp (q->label, "PERSON") == 0)
        run->person++;
      else
        run->other += taggers (q) && !org_noun_before (scan, q->a) ? 1 : 1000;
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (!full_name_candidate (scan, p))
        continue;
      FullName probe = { scan->slots, p->a, p->b, 0, 0 };
      const FullName *run = g_hash_table_lookup (runs, &probe);
      if (run->person == 0 || run->person < run->other || name_listed (scan->e->companies, scan, p->a, p->b)
          || club_listed (scan, p->a, p->b))
        continue;
      p->label = "PERSON";
      p->place = FALSE;
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
    }
}

void
vote_evidence (Scan *scan)
{
  vote_full_names (scan);
  Described names[MOST_DESCRIBED];
  guint n_names = 0;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a > LONGEST_DESCRIBED)
        continue;
      guint says = mention_says (scan, p->a, p->b, p->label);
      if (says == SAYS_NOTHING)
        continue;
      guint d = 0;
      while (d < n_names && !runs_equal (scan, names[d].a, names[d].b, p->a, p->b))
        d++;
      if (d == n_names)
        {
          if (n_names == MOST_DESCRIBED)
            continue;
          names[n_names++] = (Described) { .a = p->a, .b = p->b };
        }
      names[d].says[says]++;
      gboolean by_description = described (scan, p->a, p->b) == says;
      /* A player's position, a musician's trade or a form of address
       * before the name is a person's as surely as a description
       * ("striker Baros"); a post may be a firm's ("market leader"). */
      const Word *before = p->a > 0 ? word_at (scan, p->a - 1) : NULL;
      gboolean sure_mark = before && (before->cue & (CUE_PLAYER | CUE_MUSICIAN | CUE_HONORIFIC));
      names[d].person_described |= says == SAYS_PERSON && (by_description || sure_mark);
      names[d].org_owned |= says == SAYS_ORG && !by_description;
    }
  for (guint d = 0; d < n_names; d++)
    {
      const Described *name = &names[d];
      guint person = name->says[SAYS_PERSON], org = name->says[SAYS_ORG];
      if ((person == 0) == (org == 0))
        continue; /* both, or neither: the tagger's */
      const char *label = person ? "PERSON" : "ORG";
      /* A rule's or a list's mention of the same words with another
       * label outweighs one description ("Ford, the carmaker", listed). */
      gboolean against = FALSE;
      for (guint k = 0; k < scan->spans->len && !against; k++)
        {
          const Span *p = span_at (scan, k);
          against = !p->dropped && runs_equal (scan, p->a, p->b, name->a, name->b) && !taggers (p)
                    && strcmp (p->label, label) != 0;
        }
      /* A full name opening with a first name is a person's unless a
       * list has the whole name ("Jo Flaherty, a senior broadcaster");
       * a company's or a club's listed name is no person's. */
      const Word *first = word_at (scan, name->a);
      gboolean listed
          = name_listed (scan->e->companies, scan, name->a, name->b) || club_listed (scan, name->a, name->b);
      /* A surname the lists hint is a person's in a description
       * ("Smith, the insurance broker"), not in "its Sandoz unit".  A
       * first name alone is first_name_person()'s (links.c), which
       * links it to the full name ("Elton ... Sir Elton John"). */
      if (against || (person && listed)
          || (person && name->b - name->a == 1 && (first_name_flags (scan, first) & NAME_WORD_FIRST))
          || (org && !listed && name->b - name->a >= 2 && !first->capitals
              && (first_name_flags (scan, first) & NAME_WORD_FIRST))
          || (org && name->b - name->a == 1 && hinted_person (first) && !name->org_owned))
        continue;
      for (guint k = 0; k < scan->spans->len; k++)
        {
          Span *p = span_at (scan, k);
          /* The described name, and a person's surname alone ("Hearts
           * winger Saulius Mikoliunas ... Mikoliunas, 20, barged"), or
           * an organisation's name in full the tagger took for a
           * person's, where it opens with no first name ("Hewlett
           * Tarvex ... Tarvex, the world's biggest printer firm"): else
           * links.c makes the short form that person's surname again.
           * A post before one word says less than the tagger's
           * organisation elsewhere ("Market leader Nintendo", tagged a
           * person there, the firm at its other mentions). */
          if (p->dropped
              || !(runs_equal (scan, p->a, p->b, name->a, name->b)
                   || (person && name->b - name->a >= 2 && p->b - p->a == 1
                       && scan->slots[p->a] == scan->slots[name->b - 1])
                   || (org && name->b - name->a == 1 && p->b - p->a >= 2
                       && scan->slots[p->b - 1] == scan->slots[name->a] && strcmp (p->label, "PERSON") == 0
                       && !(first_name_flags (scan, word_at (scan, p->a)) & NAME_WORD_FIRST)))
              || !taggers (p) || strcmp (p->label, label) == 0
              || (person && name->b - name->a == 1 && strcmp (p->label, "ORG") == 0
                  && (!name->person_described || org_noun_after (scan, p->b))))
            continue;
          p->label = label;
          p->cued = TRUE; /* the text decided it: so it weighs in links.c's vote */
          p->place = FALSE;
          g_clear_pointer (&p->kb, g_free);
          g_clear_pointer (&p->country, g_free);
        }
    }
}

enum { HEADLINE_WORDS = 14 };

void
vote_headline (Scan *scan)
{
  /* A headline's mention (the text's first line, of a few words and no
   * full stop: "Bush to outline 'toughest' budget", "El Guerrouj targets
   * cross country") takes the label the body gives each of the same
   * words' mentions, all alike, where the tagger labelled it otherwise
   * with no more than the headline's few words to go on.  Not a result's
   * headline ("Borders 19-20 Ulster": the club, whatever the body's place
   * says), nor a mention its own words describe ("Unclear future for
   * striker Baros"), nor a rule's or a list's. */
  const char *nl = strchr (scan->text, '\n');
  guint n = scan->words->len, h = 0;
  if (nl == NULL)
    return;
  gsize line_end = (gsize) (nl - scan->text);
  while (h < n && word_at (scan, h)->end <= line_end)
    {
      const Word *w = word_at (scan, h);
      if (h > HEADLINE_WORDS || (w->key[0] == '.' && w->key[1] == '\0')
          || (g_ascii_isdigit (w->text[0]) && is_score (scan, h)))
        return;
      h++;
    }
  if (h == 0 || h == n)
    return;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b > h || p->source > SOURCE_TAGGER || p->cued || p->team || p->work || p->listed
          || mention_says (scan, p->a, p->b, p->label) != SAYS_NOTHING)
        continue;
      const Span *model = NULL;
      gboolean alike = TRUE;
      for (guint o = 0; o < scan->spans->len && alike; o++)
        {
          const Span *q = span_at (scan, o);
          if (q->dropped || q->a < h || !runs_equal (scan, q->a, q->b, p->a, p->b))
            continue;
          if (model == NULL)
            model = q;
          alike = strcmp (q->label, model->label) == 0;
        }
      if (!alike || model == NULL || strcmp (model->label, p->label) == 0)
        continue;
      Span copy = *model;
      p->label = copy.label;
      p->place = copy.place;
      g_free (p->canonical), p->canonical = g_strdup (copy.canonical);
      g_free (p->kb), p->kb = g_strdup (copy.kb);
      g_free (p->country), p->country = g_strdup (copy.country);
    }
}

/* Whether word @i lies in a person's name that stands ("Pellow" PERSON). */
static gboolean
person_at (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  if (w->span < 0)
    return FALSE;
  const Span *q = span_at (scan, w->span);
  return !q->dropped && strcmp (q->label, "PERSON") == 0;
}

static gboolean
list_break (const Word *w)
{
  return ((w->key[0] == ',' || w->key[0] == ';') && w->key[1] == '\0') || strcmp (w->key, "and") == 0;
}

/* Whether @w is a cricket scorecard's mark of a dismissal: "c" (caught
 * by), "b" (bowled by), "st" (stumped by), "lbw", each written lowercase
 * alone.  Prose writes none of them as a word of its own. */
static gboolean
dismissal_mark (const Word *w)
{
  const char *t = w->text;
  return (t[0] == 'c' || t[0] == 'b') ? t[1] == '\0'
         : t[0] == 's'               ? t[1] == 't' && t[2] == '\0'
         : t[0] == 'l' && strcmp (t, "lbw") == 0;
}

/* Whether the words about the one-word span @p are a scorecard's
 * grammar: a dismissal's mark before or after it ("Vane c Tolley b
 * Marsh": every one a player, whatever his name means in English), or a
 * bowler's figures after it ("Marsh 7-1-38-0": three dashes or more). */
static gboolean
on_scorecard (const Scan *scan, const Span *p)
{
  guint n = scan->words->len;
  if (p->a >= 1 && !word_at (scan, p->a)->sentence_start && dismissal_mark (word_at (scan, p->a - 1)))
    return TRUE;
  if (p->b >= n || word_at (scan, p->b)->sentence_start)
    return FALSE;
  const Word *next = word_at (scan, p->b);
  if (dismissal_mark (next))
    return TRUE;
  if (!g_ascii_isdigit (next->text[0]))
    return FALSE;
  guint dashes = 0;
  for (const char *c = next->text; *c; c++)
    dashes += *c == '-';
  return dashes >= 3;
}

/* Whether the one-word span @p stands in a list beside a person, a
 * comma, a semicolon or "and" between: a team sheet's surnames
 * ("Pellow, Long, Ward;") are people whatever their words are; so is
 * a replacement before "for", a person and a bracket ("Green for Quarrie
 * (71)"). */
static gboolean
beside_people (const Scan *scan, const Span *p)
{
  guint n = scan->words->len;
  if (p->a >= 2 && list_break (word_at (scan, p->a - 1)) && !word_at (scan, p->a)->sentence_start
      && person_at (scan, p->a - 2))
    return TRUE;
  if (p->b + 1 >= n || word_at (scan, p->b + 1)->sentence_start || !person_at (scan, p->b + 1))
    return FALSE;
  if (list_break (word_at (scan, p->b)))
    return TRUE;
  const Span *q = span_at (scan, word_at (scan, p->b + 1)->span);
  return strcmp (word_at (scan, p->b)->key, "for") == 0 && q->b < n && strcmp (word_at (scan, q->b)->key, "(") == 0;
}

void
drop_unsupported_people (Scan *scan)
{
  /* The tagger calls most capitalised words it has not seen a person:
   * a game ("Halo"), a song ("Angels"), a firm ("Yahoo"), a word opening
   * a sentence ("Murder is"), a genre in quotes ("'Urban' music").  A
   * reader takes such a word for a person only on the person's
   * evidence: a first name or a title before one of its mentions, a
   * full name it ends, a team sheet.  Where none stands and the word is
   * an English one no list hints as a person's (english-words.tsv), or
   * the document writes it in lowercase too ("urban"), the label is
   * dropped: a name the text does not support is a judge's error, and
   * the word's kind is not to be told from it alone.  On the BBC archive
   * such names were nearly all wrong; the surnames that are English
   * words (Hill, Long, Ward) are hinted by person-names.tsv and read on
   * their evidence.  A god's name (deities.tsv) is its own evidence:
   * "God" is an English word too, but CoNLL writes the god a person and
   * so does a reader ("thank God", "faith in God"). */
  guint8 *lower = NULL; /* per slot: the document writes the word in lowercase */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a != 1 || p->source != SOURCE_TAGGER || p->cued || p->work || p->team
          || p->listed || p->role || strcmp (p->label, "PERSON") != 0)
        continue;
      const Word *w = word_at (scan, p->a);
      if (!w->upper || w->capitals || (first_name_flags (scan, w) & (NAME_WORD_FIRST | NAME_WORD_DEITY)))
        continue;
      /* The cheap evidence first: a name linked to a full one, a team
       * sheet; the document's walks (its marks, its lowercase words)
       * once, and only for a word still in doubt. */
      if (strcmp (p->canonical, w->text) != 0 || beside_people (scan, p) || on_scorecard (scan, p))
        continue;
      gboolean english = (first_name_flags (scan, w) & NAME_WORD_ENGLISH) && !hinted_person (w);
      if (!english)
        {
          if (lower == NULL)
            {
              lower = g_new0 (guint8, MAX (scan->n_slots, 1));
              for (guint i = 0; i < scan->words->len; i++)
                if (!word_at (scan, i)->upper)
                  lower[scan->slots[i]] = 1;
            }
          if (!lower[scan->slots[p->a]])
            continue;
        }
      if (first_name_marked (scan, w) || surname_marked (scan, w))
        continue;
      p->dropped = TRUE;
      if (word_at (scan, p->a)->span == (gint) k)
        word_at (scan, p->a)->span = -1;
    }
  g_free (lower);
}
