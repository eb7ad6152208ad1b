/* links.c: what a document says of all its mentions: a later short form
 * (a surname, an acronym) names the full name written before, and a
 * word keeps one label through the document. */
#include "entities.h"

/* How a document writes each word (by key): how often capitalised, and
 * whether ever in lowercase.  Read once: asking it of every word for
 * every candidate was quadratic (1.6 MB on one line: 1.15 s).  By the
 * words' slots (one per distinct key): a string-keyed table with an
 * allocation a distinct word was 100 M of the stage's 578 M
 * instructions on 500 BBC articles (bench/stage-callgrind.py). */
typedef struct
{
  guint upper;
  guint16 possessive; /* of the capitalised ones, how many before a glued possessive */
  guint8 lower;
  guint8 verb_after;  /* once before a glued possessive and a reporting verb ("McDonald's said") */
  guint8 speaks;      /* once right before a reporting verb ("GM said") */
  guint8 marked;      /* after a person's mark once ("rapper X"): 0 not looked for yet, 1 no, 2 yes (slot_marked()) */
} WordUse;

/* Adds to *@stems (made when first needed) the key of the acronym that
 * the capitalised word @w writes in the plural, capitals and a
 * lowercase "s" ("PVRs", "DVDs", "ISPs"): a thing or a kind of person
 * counted, a common noun, not a name.  On the BBC archive no such plural
 * is an organisation's. */
static void
note_plural_acronym (const Scan *scan, const Word *w, GHashTable **stems)
{
  gsize n = w->end - w->start;
  const char *t = scan->text + w->start;
  if (w->capitals || n < 3 || n > 16 || t[n - 1] != 's')
    return;
  gsize k = 0;
  while (k < n - 1 && g_ascii_isupper (t[k]))
    k++;
  if (k != n - 1)
    return;
  if (*stems == NULL)
    *stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_add (*stems, g_strndup (w->key, strlen (w->key) - 1));
}

/* Returns (transfer full): scan->n_slots uses, by Scan.slots; *@plurals
 * (transfer full, NULL where there is none): the acronyms the document
 * writes in the plural (note_plural_acronym()). */
static WordUse *
word_uses (Scan *scan, GHashTable **plurals)
{
  *plurals = NULL;
  WordUse *uses = g_new0 (WordUse, MAX (scan->n_slots, 1));
  for (guint i = 0; i < scan->words->len; i++)
    {
      const Word *w = word_at (scan, i);
      WordUse *u = &uses[scan->slots[i]];
      if (!w->upper)
        {
          u->lower = TRUE;
          continue;
        }
      u->upper++;
      note_plural_acronym (scan, w, plurals);
      if (i + 1 < scan->words->len && (word_at (scan, i + 1)->cue & CUE_VERB) && !word_at (scan, i + 1)->upper)
        u->speaks = TRUE;
      if (i + 1 < scan->words->len && is_possessive (word_at (scan, i + 1)) && word_at (scan, i + 1)->glued)
        {
          u->possessive = (guint16) MIN (u->possessive + 1u, G_MAXUINT16);
          /* Not "is said to" ("Chelsea's said to be keen"). */
          if (i + 2 < scan->words->len && (word_at (scan, i + 2)->cue & CUE_VERB) && !word_at (scan, i + 2)->upper
              && !(i + 3 < scan->words->len && strcmp (word_at (scan, i + 3)->key, "to") == 0))
            u->verb_after = TRUE;
        }
    }
  return uses;
}

/* Whether a mention of the word of @slot follows a person's mark: a
 * title, a form of address, a kind of person ("Rapper Eminem").  Looked
 * for once a slot, where a vote asks. */
static gboolean
slot_marked (const Scan *scan, WordUse *uses, guint32 slot)
{
  if (uses[slot].marked == 0)
    {
      uses[slot].marked = 1;
      for (guint i = 1; i < scan->words->len && uses[slot].marked == 1; i++)
        {
          if (scan->slots[i] != slot)
            continue;
          const Word *before = word_at (scan, i - 1);
          if ((before->cue & (CUE_ROLE | CUE_HONORIFIC))
              || (first_name_flags (scan, before) & NAME_WORD_PERSON_NOUN))
            uses[slot].marked = 2;
        }
    }
  return uses[slot].marked == 2;
}

/* The one-word spans of each word key (by Scan.slots), in the order
 * added: a list threaded through the spans.  Its ends are span index + 1
 * (0: none). */
typedef struct
{
  guint *first, *last; /* by slot */
  GArray *next;        /* guint by span index */
} Singles;

static void
add_single (Singles *singles, guint slot, guint span)
{
  if (singles->next->len <= span)
    g_array_set_size (singles->next, span + 1);
  if (singles->last[slot])
    g_array_index (singles->next, guint, singles->last[slot] - 1) = span + 1;
  else
    singles->first[slot] = span + 1;
  singles->last[slot] = span + 1;
}

/* A vote for one word's label (link_names()): per label, and the first
 * mention's label, which wins a tie. */
typedef struct
{
  guint count[5];
  gboolean seen;
} Vote;

/* In link_names()'s table of surnames: a surname two people of the
 * document share, which links to neither. */
#define AMBIGUOUS G_MAXUINT

/* Notes in @firsts (by slot: span + 1, or AMBIGUOUS where two
 * people share it) the first word of the full person's name at span
 * @k where the lists know it as a first name ("Sonia O'Sullivan"). */
static void
note_first_name (const Scan *scan, guint *firsts, guint k)
{
  const Span *p = span_at (scan, k);
  const Word *w = word_at (scan, p->a);
  if (w->capitals || !(first_name_flags (scan, w) & NAME_WORD_FIRST))
    return;
  guint slot = scan->slots[p->a], had = firsts[slot];
  if (had == 0)
    firsts[slot] = k + 1;
  else if (had != AMBIGUOUS)
    {
      g_autofree char *a = assay_text_fold (span_at (scan, had - 1)->canonical, -1);
      g_autofree char *b = assay_text_fold (p->canonical, -1);
      if (strcmp (a, b) != 0)
        firsts[slot] = AMBIGUOUS;
    }
}

/* Returns the full person's span + 1 whose first name the one-word
 * span @k is, AMBIGUOUS where two people of the document share it (a
 * person still, which one unknown), or 0: a person named in full is called by the first name
 * alone later ("Sonia O'Sullivan ... Sonia scraped into the final"),
 * which the tagger, seeing no surname, called a place.  Only a word the
 * tagger labelled with nothing else to go on: not a word a list hints
 * as a place ("Paris Hilton ... flew to Paris"), nor one the
 * text or a result decided (a club "Chelsea"), nor the surname of
 * another person in the document. */
static guint
first_name_person (const Scan *scan, const guint *firsts, const guint *last, guint k)
{
  const Span *p = span_at (scan, k);
  const Word *w = word_at (scan, p->a);
  guint slot = scan->slots[p->a];
  gboolean first_hint = w->hint && w->hint->hint && (!strcmp (w->hint->hint, "FIRST") || !strcmp (w->hint->hint, "NAME"));
  gboolean company = w->hint && w->hint->hint && !strcmp (w->hint->hint, "COMPANY");
  if (p->source != SOURCE_TAGGER || p->cued || p->team || (w->hint && !first_hint && !company)
      || !strcmp (p->label, "PERSON") || firsts[slot] == 0 || last[slot] != 0)
    return 0;
  if (firsts[slot] == AMBIGUOUS)
    return AMBIGUOUS;
  /* A company's name in the lists is no evidence at the mention: first
   * names are firms' names too ("Kelly", "Dana"), and the tagger's
   * organisation of such a word echoes the list, not the text.  Unless
   * the "person" ends in capitals, the firm's product the tagger misread
   * ("Sony PSP"): no surname is written so in a report's text. */
  if (company && word_at (scan, span_at (scan, firsts[slot] - 1)->b - 1)->capitals)
    return 0;
  return firsts[slot];
}

/* Whether the two people @had and @p of one surname are one person
 * written by an initial and in full ("H Dorne" in a list of officials,
 * "Hal Dorne" in the report): the initialled one takes the full one's
 * canonical, and the surname (@last, @k: @p's span) links to the full
 * one, not to neither.  Else two people share the surname. */
static gboolean
initial_of (const Scan *scan, Span *had, Span *p, guint *last, guint k)
{
  Span *init = had, *full = p;
  if (word_at (scan, p->a)->end - word_at (scan, p->a)->start == 1)
    init = p, full = had;
  const Word *i = word_at (scan, init->a), *f = word_at (scan, full->a);
  if (init->b - init->a != 2 || i->end - i->start != 1 || !g_ascii_isupper (i->text[0]) || f->end - f->start < 2
      || f->text[0] != i->text[0] || full->b - full->a < 2)
    return FALSE;
  g_free (init->canonical), init->canonical = g_strdup (full->canonical);
  if (full == p)
    *last = k + 1;
  return TRUE;
}

/* A group's word alone (cues.tsv kind `group`: "Muslims", "Tory",
 * "Kurds") is a NORP with no country, whatever the tagger or the vote
 * made it: it speaks for no country.  Found by the tagger or not: its
 * capital is the name's ("Tory MPs"), not a sentence's.  A longer name
 * around it ("Christian Aid", "Muslim Council of Britain") and a rule's
 * or a list's name keep theirs.  One pass over the words. */
/* Names longer than this many words are not looked for again. */
#define CUT_MAX 8

/* One long name the document writes whole: its whole mentions' and its
 * cut pieces' votes for a label, and the first whole mention. */
typedef struct LongName
{
  guint votes[4];
  guint first;         /* span index of the first whole mention, then of the model */
  guint first_of[4];   /* span index + 1 of the first whole mention with each label, 0: none */
  guint a, n;          /* the first whole mention's first word and length in words */
  GArray *cuts;        /* guint: the first words of its cut mentions */
  struct LongName *next; /* another name of the same hash */
} LongName;

static void
long_name_free (gpointer data)
{
  while (data)
    {
      LongName *l = data;
      data = l->next;
      g_array_unref (l->cuts);
      g_free (l);
    }
}

/* Whether word @w, the @k-th (from 0) of a run, may be inside a long name
 * (a capitalised word, or a connector inside); its last must be
 * capitalised too, and its first no function word ("The Aviator" and
 * "Aviator" are one film, as either writes it). */
static gboolean
long_word_ok (const Word *w, guint k)
{
  if (k == 0)
    return w->upper && !(w->cue & CUE_FUNCTION);
  return !w->sentence_start && (w->upper || (w->cue & CUE_CONNECTOR));
}

/* The hash of a run after word @w, the run's hash so far @h: the words'
 * key hashes (word_hash(), read once with the word) and their glue. */
static inline guint32
long_hash_add (guint32 h, const Word *w, guint k)
{
  return (h ^ (w->hash + (k > 0 && w->glued ? 0x9e3779b9u : 0))) * 16777619u;
}

/* Whether words [i, i + n) are the same words as [a, a + n). */
static gboolean
same_words (const Scan *scan, guint i, guint a, guint n)
{
  for (guint k = 0; k < n; k++)
    {
      const Word *w = word_at (scan, i + k), *m = word_at (scan, a + k);
      if ((k > 0 && w->glued != m->glued) || strcmp (w->key, m->key) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The name of @names (hash -> chain) that words [i, i + n) of hash @h
 * are, or NULL. */
static LongName *
long_name_find (const Scan *scan, GHashTable *names, guint32 h, guint i, guint n)
{
  for (LongName *l = g_hash_table_lookup (names, GUINT_TO_POINTER (h)); l; l = l->next)
    if (l->n == n && same_words (scan, i, l->a, n))
      return l;
  return NULL;
}

/* A name of two words or more the document writes whole is that name
 * where the same words are written again but a pass cut them in pieces:
 * "West Ham" ORG once, then "West" ORG + "Ham" PERSON; "Manchester
 * United", then the place Manchester and nothing; only where the pieces
 * lie wholly inside the words and one piece at least is a name.  The
 * mended name takes the label its whole mentions (two votes each) and its
 * pieces (one each) give most often, the first whole mention's on a tie.
 * The whole mentions themselves keep the tagger's labels: re-voting them
 * turned as many right as wrong on the BBC archive (Kaiser Chiefs PERSON,
 * Mittal Steel PERSON).  Linear: one table of the long names by their
 * words, and at each word a look-up for each length some long name
 * starting with that word has (CUT_MAX at most); the ent-quality branch's
 * version read every name of a first word at every word, and every cut
 * for every name (quadratic). */
static void
mend_cut_names (Scan *scan)
{
  g_autoptr (GHashTable) names = g_hash_table_new_full (NULL, NULL, NULL, long_name_free); /* hash -> chain */
  g_autoptr (GHashTable) lengths = g_hash_table_new (NULL, NULL); /* first word's hash -> bit set of lengths */
  /* A bit for each first word's hash, mod 64: most words are passed by
   * without a look-up. */
  guint64 first_bits = 0;
  guint n_spans = scan->spans->len;
  for (guint k = 0; k < n_spans; k++)
    {
      const Span *p = span_at (scan, k);
      guint n = p->b - p->a;
      if (p->dropped || n < 2 || n > CUT_MAX || p->source == SOURCE_REPORTING || !word_at (scan, p->b - 1)->upper)
        continue;
      guint32 h = 2166136261u;
      gboolean ok = TRUE;
      for (guint w = 0; w < n && ok; w++)
        {
          ok = long_word_ok (word_at (scan, p->a + w), w);
          h = long_hash_add (h, word_at (scan, p->a + w), w);
        }
      if (!ok)
        continue;
      LongName *l = long_name_find (scan, names, h, p->a, n);
      if (l == NULL)
        {
          l = g_new0 (LongName, 1);
          l->first = k, l->a = p->a, l->n = n;
          l->cuts = g_array_new (FALSE, FALSE, sizeof (guint));
          l->next = g_hash_table_lookup (names, GUINT_TO_POINTER (h));
          g_hash_table_steal (names, GUINT_TO_POINTER (h));
          g_hash_table_insert (names, GUINT_TO_POINTER (h), l);
          first_bits |= G_GUINT64_CONSTANT (1) << (word_at (scan, p->a)->hash & 63);
          gpointer first = GUINT_TO_POINTER (word_at (scan, p->a)->hash);
          guint bits = GPOINTER_TO_UINT (g_hash_table_lookup (lengths, first));
          g_hash_table_insert (lengths, first, GUINT_TO_POINTER (bits | 1u << n));
        }
      l->votes[label_index (p->label)] += 2;
      if (l->first_of[label_index (p->label)] == 0)
        l->first_of[label_index (p->label)] = k + 1;
    }
  if (g_hash_table_size (names) == 0)
    return;
  /* The cut mentions, the longest name first at each word: the run's
   * hash grows word by word, each length some name of that first word
   * has is looked up once. */
  for (guint i = 0; i < scan->words->len; i++)
    {
      const Word *w = word_at (scan, i);
      guint bits = w->upper && (first_bits >> (w->hash & 63) & 1)
                       ? GPOINTER_TO_UINT (g_hash_table_lookup (lengths, GUINT_TO_POINTER (w->hash)))
                       : 0;
      if (bits == 0)
        continue;
      guint32 hashes[CUT_MAX + 1], h = 2166136261u;
      guint longest = 0;
      for (guint n = 1; n <= CUT_MAX && i + n <= scan->words->len && long_word_ok (word_at (scan, i + n - 1), n - 1); n++)
        {
          h = hashes[n] = long_hash_add (h, word_at (scan, i + n - 1), n - 1);
          longest = n;
        }
      for (guint n = longest; n >= 2; n--)
        {
          if (!(bits & 1u << n) || !word_at (scan, i + n - 1)->upper)
            continue;
          LongName *l = long_name_find (scan, names, hashes[n], i, n);
          if (l == NULL)
            continue;
          gboolean inside = TRUE;
          guint pieces = 0;
          for (guint k = i; k < i + n && inside; k++)
            {
              const Span *q = span_at (scan, word_at (scan, k)->span);
              inside = q == NULL || (q->a >= i && q->b <= i + n && q->b - q->a < n);
              pieces += q != NULL && q->a == k;
            }
          if (!inside || pieces == 0)
            continue;
          for (guint k = i; k < i + n; k++)
            {
              const Span *q = span_at (scan, word_at (scan, k)->span);
              if (q && q->a == k)
                l->votes[label_index (q->label)]++;
            }
          g_array_append_val (l->cuts, i);
          i += n - 1;
          break;
        }
    }
  /* Each name's label and model: the first whole mention with that
   * label (where only the pieces voted so, the whole mentions keep
   * theirs: the first). */
  GHashTableIter it;
  gpointer value;
  g_hash_table_iter_init (&it, names);
  while (g_hash_table_iter_next (&it, NULL, &value))
    for (LongName *l = value; l; l = l->next)
      {
        guint best = label_index (span_at (scan, l->first)->label);
        for (guint c = 0; c < 4; c++)
          if (l->votes[c] > l->votes[best])
            best = c;
        if (l->first_of[best])
          l->first = l->first_of[best] - 1;
      }
  /* The cut mentions made whole, as their model. */
  g_hash_table_iter_init (&it, names);
  while (g_hash_table_iter_next (&it, NULL, &value))
    for (const LongName *l = value; l; l = l->next)
      {
        for (guint c = 0; c < l->cuts->len; c++)
          {
            guint at = g_array_index (l->cuts, guint, c);
            drop_spans (scan, at, at + l->n, NULL);
            /* claim() may move the spans: the model is read again after. */
            Span *s = claim (scan, at, at + l->n, span_at (scan, l->first)->label, SOURCE_TAGGER);
            if (s == NULL)
              continue;
            const Span *model = span_at (scan, l->first);
            s->canonical = g_strdup (model->canonical);
            s->kb = g_strdup (model->kb);
            s->country = g_strdup (model->country);
            s->place = model->place;
            s->cued = model->cued;
            s->numbered = model->numbered; /* votes as its model would (link_names()) */
          }
      }
}

/* Whether word @i is a title's word, or one's plural ("MPs", "ministers"). */
static gboolean
is_title_word (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  if (w->cue & (CUE_ROLE | CUE_MODIFIER))
    return TRUE;
  gsize n = strlen (w->key);
  if (n < 2 || n > 40 || w->key[n - 1] != 's')
    return FALSE;
  char stem[41];
  memcpy (stem, w->key, n - 1);
  stem[n - 1] = '\0';
  return (cue_map_rules (scan->e->cues, stem, word_hash (stem, n - 1)) & CUE_ROLE) != 0;
}

/* A city the document names as a club once, by a result (find_teams():
 * "Exeter beat Leeds 2-1"), is the club wherever it is named alone in
 * that document: a football report's "Exeter" is the club throughout.
 * One table of the clubs' words, one pass over the spans. */
static void
spread_teams (Scan *scan)
{
  g_autoptr (GHashTable) teams = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (!p->dropped && p->team && p->b - p->a == 1)
        g_hash_table_add (teams, (gpointer) word_at (scan, p->a)->key);
    }
  if (g_hash_table_size (teams) == 0)
    return;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      /* The tagger's person of one word too: "Chelsea beat Arsenal 2-1
       * ... Chelsea's manager". */
      gboolean person = strcmp (p->label, "PERSON") == 0 && p->source == SOURCE_TAGGER;
      if (p->dropped || p->team || p->b - p->a != 1
          || (!person && strcmp (p->label, "GPE") != 0 && strcmp (p->label, "LOC") != 0)
          || (p->kb ? !g_str_has_prefix (p->kb, "geonames:") : p->source != SOURCE_TAGGER)
          || word_at (scan, p->a)->capitals || !g_hash_table_contains (teams, word_at (scan, p->a)->key))
        continue; /* in capitals, a dateline's city: "WIGAN 1997-08-23" is the place */
      /* "in Cardiff", "at Swansea": the city where a game was played. */
      if (after_where (scan, p->a))
        continue;
      /* The town's own body or office: "Portsmouth council", "Leicester
       * mayor" (but "Portsmouth manager" is the club's). */
      const Word *after = p->b < scan->words->len ? word_at (scan, p->b) : NULL;
      if (after && !after->upper && (after->cue & (CUE_ORG_HEAD | CUE_ROLE))
          && !(after->cue & (CUE_TEAM_NOUN | CUE_PLAYER)))
        continue;
      span_set_org (p);
    }
}

static void
mark_groups (Scan *scan)
{
  for (guint i = 0; i < scan->words->len; i++)
    {
      Word *w = word_at (scan, i);
      if (!(w->cue & CUE_GROUP) || !w->upper || w->capitals)
        continue;
      Span *p = span_at (scan, w->span);
      if (p == NULL)
        {
          /* ... but not the start of an organisation's name nobody
           * found ("Jewish Agency"). */
          gboolean longer = i + 1 < scan->words->len && word_at (scan, i + 1)->upper
                            && !word_at (scan, i + 1)->sentence_start && (word_at (scan, i + 1)->cue & CUE_ORG_HEAD);
          if (!longer && (p = claim (scan, i, i + 1, "NORP", SOURCE_TAGGER)))
            p->canonical = g_strdup (w->text);
          continue;
        }
      if (p->a != i || p->source > SOURCE_TAGGER || strcmp (p->label, "NORP") == 0)
        continue;
      /* The tagger's "Tory MPs": a group's word and titles after it is
       * the group and people of it, not one name. */
      gboolean titles = TRUE;
      for (guint k = i + 1; k < p->b && titles; k++)
        titles = is_title_word (scan, k);
      if (!titles)
        continue;
      for (guint k = i + 1; k < p->b; k++)
        word_at (scan, k)->span = -1;
      p->b = i + 1;
      p->label = "NORP";
      p->place = FALSE;
      p->cued = FALSE;
      g_free (p->canonical), p->canonical = g_strdup (w->text);
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
      g_clear_pointer (&p->role, g_free);
      g_clear_pointer (&p->role_org, g_free);
    }
}

/* A capitalised common noun is no name: a word after "the" with no
 * capitalised word after it, which english-words.tsv holds in lowercase
 * and CoNLL's eng.train does not write as a name of one word more
 * often than not (institutions.tsv: "the Treasury", "the Senate", "the
 * Open" stay), and
 * the document writes in lowercase as a noun too ("the Budget ...
 * this year's budget", "the Government ... the government"), no list knows, no
 * longer name of the document holds, and no org-noun follows ("the
 * Times newspaper");
 * CoNLL writes "Government", "Budget", "Cabinet" O.  Then the tagger's
 * one-word names of it but people go anywhere in the document ("in
 * Cabinet"), but where a capitalised word follows (a longer name). */
/* A person is not "the X": the tagger's one-word person right after
 * a lowercase "the", with no capitalised word after it, that
 * english-words.tsv holds in lowercase, is the common noun capitalised
 * ("oppose the Bill in the Lords": a parliament's bill); eng.train
 * writes such a word after "the" as a person 2 times in 211.  Not a
 * word of a person's full name in the document ("Bill Clinton ... the
 * Bill he loved" is rarer than the law), nor a word no English holds
 * ("the Smiths" stays as the tagger has it), nor a person's name
 * before a noun of a person's following (cues.tsv person-side: "the
 * Brown camp", "the Clinton administration"): eng.train writes a
 * one-word name between "the" and a lowercase word as a person 11
 * times, 9 of them before such a noun.  Any lowercase noun was too
 * many: "the Smart brand", "the Marlin system", "the Godfather film",
 * "the Charter came" on BBC. */
static void
drop_the_persons (Scan *scan)
{
  /* By slot: a word of a person's full name; made once a candidate asks
   * (most documents have none), so that many candidates do not each
   * read every span. */
  g_autofree gboolean *in_full = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a != 1 || p->a == 0 || w->capitals
          || strcmp (p->label, "PERSON") != 0 || strcmp (word_at (scan, p->a - 1)->text, "the") != 0
          || (p->b < scan->words->len && word_at (scan, p->b)->upper && !word_at (scan, p->b)->sentence_start
              && !word_at (scan, p->b)->glued)
          || !(first_name_flags (scan, w) & NAME_WORD_ENGLISH) || (p->b < scan->words->len && (word_at (scan, p->b)->cue & CUE_PERSON_SIDE)))
        continue;
      if (in_full == NULL)
        {
          in_full = g_new0 (gboolean, MAX (scan->n_slots, 1));
          for (guint o = 0; o < scan->spans->len; o++)
            {
              const Span *q = span_at (scan, o);
              for (guint i = q->a; !q->dropped && q->b - q->a >= 2 && strcmp (q->label, "PERSON") == 0 && i < q->b; i++)
                in_full[scan->slots[i]] = TRUE;
            }
        }
      if (in_full[scan->slots[p->a]])
        continue;
      p->dropped = TRUE;
      word_at (scan, p->a)->span = -1;
    }
}

static void
drop_common_nouns (Scan *scan)
{
  drop_the_persons (scan);
  /* By slot, 3: a one-word name after "the" to look at; 1: a word
   * inside a longer name of the document too ("European Commission ...
   * the Commission", "Media Labs Europe ... the Labs"), the short form of
   * that name; 2: a common noun; 4: a candidate whose name goes on past
   * "of" or a possessive somewhere, which only the document's lowercase
   * makes a common noun.  Most documents have no candidate. */
  g_autofree guint8 *common = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a != 1 || p->a == 0 || w->capitals || w->hint
          || strcmp (word_at (scan, p->a - 1)->key, "the") != 0
          || (p->b < scan->words->len && word_at (scan, p->b)->upper && !word_at (scan, p->b)->sentence_start)
          || (p->b < scan->words->len && (word_at (scan, p->b)->cue & CUE_ORG_NOUN))
          || (strcmp (p->label, "ORG") != 0 && strcmp (p->label, "MISC") != 0)
          || (first_name_flags (scan, w) & (NAME_WORD_ENGLISH | NAME_WORD_INSTITUTION))
               != NAME_WORD_ENGLISH)
        continue;
      if (common == NULL)
        common = g_new0 (guint8, MAX (scan->n_slots, 1));
      common[scan->slots[p->a]] = 3;
    }
  if (common == NULL)
    return;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      for (guint i = p->a; !p->dropped && p->b - p->a >= 2 && i < p->b; i++)
        common[scan->slots[i]] = 1;
    }
  /* A word CoNLL writes capitalised inside a sentence mostly as no name
   * (common-capitals.tsv: "Cabinet" 3 to 1, "Government") is the common
   * noun without the document's lowercase ("allies in the Cabinet"),
   * unless a longer name of the document holds it (above), or the name
   * goes on past "of" or a possessive and a capital where it stands
   * ("the State of California", "the Order of Bath", "the People's
   * Daily": a name cut, not a common noun; "the Cabinet's decision" is
   * the noun). */
  gboolean any = FALSE;
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      const Word *next = p->b + 1 < n ? word_at (scan, p->b) : NULL;
      const Word *w = word_at (scan, p->a);
      if (!p->dropped && p->b - p->a == 1 && common[scan->slots[p->a]] == 3 && next
          && (is_possessive (next) || strcmp (next->key, "of") == 0) && word_at (scan, p->b + 1)->upper
          && (first_name_flags (scan, w) & NAME_WORD_COMMON))
        common[scan->slots[p->a]] = 4;
    }
  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (scan, i);
      if (common[scan->slots[i]] == 3 && (first_name_flags (scan, w) & NAME_WORD_COMMON))
        common[scan->slots[i]] = 2, any = TRUE;
    }
  /* The document writes the word in lowercase as a noun: after an
   * article, a demonstrative or a possessive, up to two lowercase words
   * or numbers between that no cue but a modifier's or a function
   * word's marks ("the budget", "his 1947 budget", "the former cabinet"),
   * not as an adjective or a verb ("the course was open": "the Open"
   * stays), nor before an organisation's head, where it is a body's
   * name written in lowercase ("the met office", "the treasury
   * department").  Before another noun it still counts: "the cabinet
   * secretary", "a budget surplus" are the Cabinet's and the Budget's
   * sense (on the BBC archive, refusing every noun after it kept
   * Cabinet and Budget as names in more documents than it mended). */
  static const char *const determiners[] = { "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "'s" };
  for (guint i = 1; i < scan->words->len; i++)
    {
      guint slot = scan->slots[i];
      if ((common[slot] != 3 && common[slot] != 4) || word_at (scan, i)->upper
          || !g_ascii_isalpha (scan->text[word_at (scan, i)->start]))
        continue;
      if (i + 1 < scan->words->len)
        {
          const Word *after = word_at (scan, i + 1);
          if (!after->upper && (after->cue & CUE_ORG_HEAD))
            continue;
        }
      for (guint j = i; j > 0 && j + 3 > i && (common[slot] == 3 || common[slot] == 4); j--)
        {
          const Word *before = word_at (scan, j - 1);
          for (guint d = 0; d < G_N_ELEMENTS (determiners); d++)
            if (strcmp (before->key, determiners[d]) == 0)
              common[slot] = 2, any = TRUE;
          if ((before->upper && !g_ascii_isdigit (scan->text[before->start]))
              || (before->cue & ~(CUE_MODIFIER | CUE_FUNCTION | CUE_WEEKDAY)) || !g_ascii_isalnum (scan->text[before->start]))
            break;
        }
    }
  /* Then the tagger's one-word names of it but people go anywhere in
   * the document ("in Cabinet"), but where a capitalised word follows
   * (a longer name). */
  for (guint k = 0; any && k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (!p->dropped && p->source == SOURCE_TAGGER && p->b - p->a == 1 && common[scan->slots[p->a]] == 2
          && strcmp (p->label, "PERSON") != 0
          && !(p->b < scan->words->len && word_at (scan, p->b)->upper && !word_at (scan, p->b)->sentence_start))
        {
          p->dropped = TRUE;
          word_at (scan, p->a)->span = -1;
        }
    }
}

/* A name whose "'s" is its own ("McDonald's", "Sainsbury's"): the
 * document writes its one word at least twice, always before a
 * possessive, and once with a reporting verb right after that
 * (cues.tsv kind verb: "McDonald's said"), which no owner's possessive
 * has ("has", "is" after it are as often a contraction: "Blair's
 * said"), but "is said to" ("Chelsea's said to be keen": "has"
 * before a past form, "Sony's announced", stays unread: the lists hold
 * Sainsbury and Kellogg bare as they hold Sony).  Its one-word names
 * take the "'s" in, wherever they stand. */
static void
keep_own_possessives (Scan *scan, const WordUse *uses)
{
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      const WordUse *u = &uses[scan->slots[p->a]];
      if (p->dropped || p->b - p->a != 1 || !u->verb_after || u->possessive < 2 || u->possessive < u->upper || p->b >= n
          || !is_possessive (word_at (scan, p->b)) || word_at (scan, p->b)->span >= 0
          || strcmp (p->canonical, w->text) != 0)
        continue;
      word_at (scan, p->b)->span = (gint) k;
      p->b++;
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
    }
}

/* Inside one document a later short form names the full one: "Novak"
 * is "Tomas Novak", "MSS" the "Ministry of State Security" it was
 * introduced with; the full name written first is the canonical.
 * First, long names cut in pieces are mended (mend_cut_names()). */
void
link_names (Scan *scan, GHashTable *acronyms)
{
  /* Most documents introduce no acronym, and GLib hashes a key even to
   * look it up in an empty table (link_names() 65.4M -> 64.3M
   * instructions on 500 BBC articles; SPEED.md, seventeenth round). */
  gboolean any_acronym = g_hash_table_size (acronyms) > 0;
  drop_capital_headings (scan);
  cut_question_verbs (scan);
  drop_idle_actors (scan);
  mend_suffixed_people (scan);
  mend_kind_titles (scan);
  mend_glued (scan);
  mend_of_names (scan);
  mend_possessive_names (scan);
  mend_longer_places (scan);
  mend_press_days (scan);
  mend_enumerated_names (scan);
  find_described_works (scan);
  mend_cut_names (scan);
  /* An acronym the document counts in the plural ("the PVR ... two
   * PVRs") is a thing, whatever the tagger called it: dropped, and not
   * spread to its other mentions below; but one that speaks somewhere
   * ("GM said ... GMs of dealerships", "The FA said ... County FAs") is
   * an organisation.  The plural itself is no name either ("PVRs",
   * "MSPs"). */
  GHashTable *plurals;
  g_autofree WordUse *uses = word_uses (scan, &plurals);
  g_autoptr (GHashTable) counted = plurals;
  for (guint k = 0; counted && k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      if (p->dropped || p->b - p->a != 1 || p->source > SOURCE_TAGGER)
        continue;
      gboolean thing = w->capitals && !uses[scan->slots[p->a]].speaks && g_hash_table_contains (counted, w->key);
      if (!w->capitals && w->upper)
        {
          /* The plural's own key less its "s", as noted. */
          gsize n = strlen (w->key);
          char stem[17];
          if (n >= 3 && n <= 16 && w->key[n - 1] == 's')
            {
              memcpy (stem, w->key, n - 1), stem[n - 1] = '\0';
              thing = g_hash_table_contains (counted, stem) && w->end - w->start == n;
              for (gsize c = 0; thing && c + 1 < n; c++)
                thing = g_ascii_isupper (scan->text[w->start + c]);
            }
        }
      if (thing)
        {
          p->dropped = TRUE;
          word_at (scan, p->a)->span = -1;
        }
    }
  drop_common_nouns (scan);
  drop_lowercase_runs (scan);
  vote_evidence (scan);
  vote_listed_companies (scan);
  g_autoptr (GHashTable) full = g_hash_table_new (g_str_hash, g_str_equal);  /* key (person_keys') -> span+1 */
  /* The document's word keys by slot (Word.slot), not in string-keyed
   * tables: with the surnames, the votes and the one-word spans so,
   * link_names() ran 49 M -> 37 M instructions on 500 BBC articles. */
  guint n_slots = MAX (scan->n_slots, 1);
  g_autofree guint *last = g_new0 (guint, n_slots); /* surname's slot -> span + 1, 0: none, or AMBIGUOUS */
  g_autofree guint *firsts = g_new0 (guint, n_slots); /* first name's slot -> span + 1, as @last */
  /* Each full person's folded key by span, made once: the look-up below
   * asks it of the same spans, which nothing between changes (built and
   * folded twice, 2,313 words_text() and 2,387 assay_text_fold() calls
   * on 500 BBC articles). */
  g_autoptr (GPtrArray) person_keys = NULL; /* char * by span index, made where a full person is */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || strcmp (p->label, "PERSON") != 0 || p->b - p->a < 2)
        continue;
      g_autofree char *raw = words_text (scan, p->a, p->b);
      char *key = assay_text_fold (raw, -1);
      if (person_keys == NULL)
        {
          person_keys = g_ptr_array_new_full (scan->spans->len, g_free);
          g_ptr_array_set_size (person_keys, (gint) scan->spans->len);
        }
      person_keys->pdata[k] = key;
      if (!g_hash_table_contains (full, key))
        g_hash_table_insert (full, key, GUINT_TO_POINTER (k + 1));
      note_first_name (scan, firsts, k);
      guint surname = scan->slots[p->b - 1];
      guint had = last[surname];
      if (had == 0)
        last[surname] = k + 1;
      else if (had != AMBIGUOUS && strcmp (span_at (scan, had - 1)->canonical, p->canonical) != 0
               && !initial_of (scan, span_at (scan, had - 1), p, &last[surname], k))
        {
          g_autofree char *a = assay_text_fold (span_at (scan, had - 1)->canonical, -1);
          g_autofree char *b = assay_text_fold (p->canonical, -1);
          if (strcmp (a, b) != 0)
            last[surname] = AMBIGUOUS;
        }
    }
  /* A person the text calls by a title and a first name alone before it
   * names anyone in full with that first name ("Prince Halvard ...
   * opposition leader Halvard Stenmo") is another person: a document
   * names its people in full first, so the lone first name is either's,
   * linked to neither.  After the full name, the title is the same
   * person's ("Halvard Stenmo ... Sir Halvard"). */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || !p->role || p->b - p->a != 1 || strcmp (p->label, "PERSON") != 0)
        continue;
      guint slot = scan->slots[p->a], had = firsts[slot];
      if (had != 0 && had != AMBIGUOUS && span_at (scan, had - 1)->a > p->a)
        firsts[slot] = AMBIGUOUS;
    }
  /* The words the text itself names an organisation or a place alone
   * twice ("Rock band X" in the headline, "the band X"; cued), or once
   * where the lists hint a company of the word ("X's shares" where
   * "Bill X" chairs it): no person's surname there, whatever a person
   * of the same surname elsewhere in the document ("Carol X") says.
   * Once alone is too little: a sport report's or a politician's
   * possessive reads as a company's as often ("X's executive board",
   * "leaving X to lead the team"). */
  g_autofree guint8 *named_other = g_new0 (guint8, n_slots);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || !p->cued || p->b - p->a != 1 || strcmp (p->label, "PERSON") == 0)
        continue;
      const Word *w = word_at (scan, p->a);
      guint8 *named = &named_other[scan->slots[p->a]];
      gboolean company = w->hint && w->hint->hint && strcmp (w->hint->hint, "COMPANY") == 0;
      *named = company ? 2 : MIN (*named + 1, 2);
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      /* A country is a known name, unless the document calls a person
       * by it ("Michael Jordan ... Jordan scored"). */
      if (p->dropped || (p->source == SOURCE_GAZETTEER && (p->b - p->a != 1 || strcmp (p->label, "GPE") != 0)))
        continue;
      /* The key of the whole name: a word's own key (word_key() makes
       * it as assay_text_fold() would), or folded from the name's text
       * where a full name is looked for; other names look for nothing. */
      guint to = 0;
      if (p->b - p->a >= 2 && !strcmp (p->label, "PERSON"))
        to = GPOINTER_TO_UINT (g_hash_table_lookup (full, person_keys->pdata[k]));
      else if (p->b - p->a == 1)
        {
          const Word *w = word_at (scan, p->a);
          guint slot = word_slot (scan, w);
          to = last[slot] == AMBIGUOUS || named_other[slot] == 2 ? 0 : last[slot];
          if (to == 0 && any_acronym)
            to = GPOINTER_TO_UINT (g_hash_table_lookup (acronyms, w->key));
        }
      if (to == 0 && p->b - p->a == 1)
        to = first_name_person (scan, firsts, last, k);
      if (to == AMBIGUOUS)
        {
          /* "Prince Rupert ... after Rupert becomes king ... leader
           * Rupert Stenmo": a person, not the tagger's organisation. */
          p->label = "PERSON";
          continue;
        }
      if (to == 0 && p->b - p->a == 1 && p->source == SOURCE_TAGGER && !p->cued && !p->team
          && last[scan->slots[p->a]] == AMBIGUOUS && named_other[scan->slots[p->a]] != 2
          && !(first_name_flags (scan, word_at (scan, p->a)) & NAME_WORD_ENGLISH))
        {
          /* A surname two people of the document share ("Ann Baxter
           * ... her brother Rob Baxter ... Baxter said") is one of them,
           * which is unknown, but a person still: not the tagger's
           * organisation of the word alone.  Not an English word: two
           * firms the tagger misread as people end in one ("X Foods"). */
          p->label = "PERSON";
          continue;
        }
      if (to == 0 || to - 1 == k)
        continue;
      const Span *target = span_at (scan, to - 1);
      /* A brand named after its founder: its mention with what only a
       * company has stays the company's ("Anna Tarvill ... shares in
       * Tarvill"), and gives the vote below nothing (its other
       * mentions stay the founder's). */
      if (p->cued && p->b - p->a == 1 && strcmp (p->label, "ORG") == 0 && strcmp (target->label, "PERSON") == 0
          && firm_cue_at (scan, p->a))
        continue;
      if (p->source == SOURCE_GAZETTEER && strcmp (target->label, "PERSON") != 0)
        continue;
      if (p->source == SOURCE_GAZETTEER)
        g_clear_pointer (&p->kb, g_free);
      p->label = target->label;
      g_free (p->canonical), p->canonical = g_strdup (target->canonical);
      if (target->kb && !p->kb)
        p->kb = g_strdup (target->kb);
      if (target->country && !p->country)
        p->country = g_strdup (target->country);
    }
  /* One name, one label in a document: a single word the tagger called
   * a person once and a place once ("said Novak", "Novak's") takes
   * the label it had most often. */
  g_autofree Vote *votes = g_new0 (Vote, n_slots);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      /* A one-word name joined to its number ("Commodore 64") votes for
       * the name: else its bare mentions ("Commodore") lost the votes
       * the joined ones gave before the join, and took another label. */
      if (p->dropped || p->glued || (p->source != SOURCE_TAGGER && !p->cued) || p->b - p->a - (p->numbered ? 1 : 0) != 1)
        continue;
      /* The founder's brand kept above votes for none of his mentions
       * (named twice, named_other, it was no surname there). */
      guint surname = last[scan->slots[p->a]];
      if (p->cued && surname != 0 && surname != AMBIGUOUS && named_other[scan->slots[p->a]] != 2
          && strcmp (p->label, "ORG") == 0
          && strcmp (span_at (scan, surname - 1)->label, "PERSON") == 0 && firm_cue_at (scan, p->a))
        continue;
      Vote *vote = &votes[scan->slots[p->a]];
      guint *count = vote->count;
      if (!vote->seen)
        {
          /* The first mention's label wins a tie. */
          vote->seen = TRUE;
          count[4] = label_index (p->label);
        }
      /* A label the lists confirmed (a hinted city the tagger found: GPE)
       * weighs double: "Oulu blackout" in a headline is not a person.  One
       * the text itself gave ("oil firm Yukos") decides: the tagger's
       * thirteen "Yukos said" do not outweigh it. */
      count[label_index (p->label)] += p->cued ? 1000 : strcmp (p->label, "GPE") == 0 ? 2 : 1;
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      /* A club by its result keeps its label; spread_teams() names the
       * city's other mentions, where they are no place. */
      /* A name cut from its glue (mend_glued()) gave no vote but takes
       * the others' ("In 2003 Oracle said ... Oracle's chief"). */
      if (p->dropped || (p->source != SOURCE_TAGGER && !p->glued) || p->cued || p->team || p->b - p->a != 1
          || (p->glued && !votes[scan->slots[p->a]].seen))
        continue;
      const guint *count = votes[scan->slots[p->a]].count; /* voted in the loop before */
      guint best = count[4];
      for (guint l = 0; l < 4; l++)
        if (count[l] > count[best])
          best = l;
      if (best == label_index (p->label))
        continue;
      p->label = tagger_labels[best];
      if (best != 2 && p->place)
        {
          /* No longer a place: not the city's identifier either. */
          p->place = FALSE;
          g_clear_pointer (&p->kb, g_free);
          g_clear_pointer (&p->country, g_free);
        }
      const Word *w = word_at (scan, p->a);
      if (best == 2 && w->hint && !w->hint->faint && w->hint_len == 1 && strcmp (w->hint->label, "GPE") == 0)
        {
          /* The place the lists hinted, as find_tagged() makes it. */
          p->label = "GPE";
          p->place = TRUE;
          g_free (p->kb), p->kb = g_strdup (w->hint->kb);
          g_free (p->country), p->country = g_strdup (w->hint->country);
        }
    }

  /* A sentence's first word alone that the tagger calls a person, no
   * list knows at all (as a name, a place, a company), no full name explains and the document never
   * names again is a capitalised common word: "Fresh hope after ...",
   * "Hard act to follow" in a headline. */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a != 1 || !w->sentence_start
          || strcmp (p->label, "PERSON") != 0 || w->hint
          || strcmp (p->canonical, w->text) != 0)
        continue;
      gboolean again = FALSE;
      for (guint o = 0; o < scan->spans->len && !again; o++)
        again = o != k && !span_at (scan, o)->dropped
                && strstr (span_at (scan, o)->canonical, w->text) != NULL;
      /* Capitalised elsewhere: another word than this one. */
      if (!again)
        {
          const WordUse *u = &uses[scan->slots[p->a]];
          again = u->upper > (w->upper ? 1u : 0u);
        }
      if (!again)
        {
          p->dropped = TRUE;
          word_at (scan, p->a)->span = -1;
        }
    }

  /* The one-word spans by key, in order (dropped ones too: that is asked
   * when they are looked up), so that the model of a mention is found
   * without reading every span for every word. */
  g_autofree guint *single_first = g_new0 (guint, n_slots), *single_last = g_new0 (guint, n_slots);
  g_autoptr (GArray) single_next = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (single_next, scan->spans->len); /* once, not a call into GLib a span */
  Singles singles_ = { .first = single_first, .last = single_last, .next = single_next }, *singles = &singles_;
  for (guint k = 0; k < scan->spans->len; k++)
    if (span_at (scan, k)->b - span_at (scan, k)->a == 1)
      add_single (singles, scan->slots[span_at (scan, k)->a], k);

  /* Words nobody tagged that are a known surname ("Novak said"), or an
   * acronym the document introduced ("BMSA inspectors"). */
  for (guint i = 0; i < scan->words->len; i++)
    {
      Word *w = word_at (scan, i);
      guint to;
      if (w->span >= 0 || !w->upper)
        continue;
      if (any_acronym && (w->capitals || !w->sentence_start)
          && (to = GPOINTER_TO_UINT (g_hash_table_lookup (acronyms, w->key))))
        {
          Span target = *span_at (scan, to - 1);
          Span *s = claim (scan, i, i + 1, target.label, SOURCE_REPORTING);
          if (s)
            {
              add_single (singles, word_slot (scan, w), scan->spans->len - 1);
              s->canonical = g_strdup (target.canonical);
              s->kb = g_strdup (target.kb);
              s->country = g_strdup (target.country);
            }
          continue;
        }
      gboolean longer = i + 1 < scan->words->len && word_at (scan, i + 1)->upper && !word_at (scan, i + 1)->glued;
      guint slot = word_slot (scan, w);
      if (!(to = last[slot] == AMBIGUOUS || named_other[slot] == 2 ? 0 : last[slot]))
        {
          /* A word the document names alone at least twice with one
           * label (an acronym once), and never writes in lowercase, is
           * that name where the tagger missed it ("Yukos said" first in
           * a story). */
          const guint *count = votes[word_slot (scan, w)].seen ? votes[word_slot (scan, w)].count : NULL;
          if (count == NULL || longer || (w->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC)) || not_a_name (scan, i)
              || (counted && g_hash_table_contains (counted, w->key)))
            continue;
          guint best = count[4];
          for (guint l = 0; l < 4; l++)
            if (count[l] > count[best])
              best = l;
          /* Once is enough for an organisation's acronym, a word of
           * capitals only ("UKIP spokesman" tagged, "party UKIP have"
           * and "time for UKIP" missed): no English word is written so.
           * Not for the other labels: on BBC, an acronym the tagger
           * called a place or MISC once was more often a thing ("ICT",
           * "NHS" MISC) than a place or a work. */
          gboolean lower = uses[word_slot (scan, w)].lower;
          gboolean acronym = w->capitals && w->end - w->start >= 2 && g_ascii_isalpha (scan->text[w->start])
                             && best == label_index ("ORG");
          /* Once is enough for an organisation's name that is no
           * English word, first name or name the lists hint ("Wanadoo"
           * tagged once, then missed): the tagger's organisation of a
           * word no list explains is one at its other mentions; not a
           * word of a product's or a title's shape, a capital after a
           * lowercase letter or a hyphen ("GameBoy", "PowerPC",
           * "Spider-Man"), which the tagger calls an organisation as
           * often.  Nor a person's name the document marks so
           * ("Rapper Eminem").  A league's one-word name (cues.tsv
           * competition: "Premiership") is a name still: its cue only
           * tells find_competitions() to make it MISC in a sport report. */
          guint flags = first_name_flags (scan, w);
          gboolean plain_org = best == label_index ("ORG") && !w->capitals && (w->cue & ~CUE_COMPETITION) == 0
                               && (!w->hint || (w->hint->hint && strcmp (w->hint->hint, "COMPANY") == 0))
                               && !(flags & (NAME_WORD_FIRST | NAME_WORD_ENGLISH | NAME_WORD_PERSON_NOUN))
                               && !product_shaped (w) && count[best] < 2 && !slot_marked (scan, uses, scan->slots[i]);
          if (count[best] < (acronym || plain_org ? 1u : 2u) || lower)
            continue;
          /* As one of its mentions with that label has it (a GPE with
           * its country, not only LOC). */
          const Span *model = NULL;
          for (guint o = singles->first[word_slot (scan, w)]; o && !model; o = g_array_index (singles->next, guint, o - 1))
            {
              const Span *q = span_at (scan, o - 1);
              if (!q->dropped && label_index (q->label) == best)
                model = q;
            }
          if (model == NULL)
            continue;
          Span copy = *model;
          Span *s = claim (scan, i, i + 1, copy.label, SOURCE_REPORTING);
          if (s)
            {
              add_single (singles, word_slot (scan, w), scan->spans->len - 1);
              s->canonical = g_strdup (copy.canonical);
              s->kb = g_strdup (copy.kb);
              s->country = g_strdup (copy.country);
              s->place = copy.place;
            }
          continue;
        }
      if (longer)
        continue; /* part of a longer name nobody found */
      char *canonical = g_strdup (span_at (scan, to - 1)->canonical);
      Span *s = claim (scan, i, i + 1, "PERSON", SOURCE_REPORTING);
      if (s)
        {
          s->canonical = canonical;
          add_single (singles, word_slot (scan, w), scan->spans->len - 1);
        }
      else
        g_free (canonical);
    }
  find_later_orgs (scan);
  vote_heads (scan);
  find_city_teams (scan);
  spread_teams (scan);
  find_competitions (scan);
  mark_groups (scan);
  spread_cued_runs (scan);
  vote_headline (scan);
  /* Last: the passes above read a one-word name as its word. */
  keep_own_possessives (scan, uses);
}
