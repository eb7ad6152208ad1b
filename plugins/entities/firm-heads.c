/* firm-heads.c: a company's, a broadcaster's or a paper's name by its
 * head noun (issue 24, ent-firms28).
 *
 * The tagger reads a capitalised run by its words' shapes: a surname's
 * shape and a head noun it has seldom seen ("Cinema", "Airline") make a
 * person ("Tarvill Cinema"), a place's first word a place.  Where the
 * run's last word is a company's or a medium's noun (firm-heads.tsv,
 * from WordNet: cinema, airline, radio, newspaper, gazette), the run is
 * the organisation's, as eng.train writes every name of two words or
 * more ending in "airlines", "radio", "television", "journal" or
 * "gazette" (no other label); a capitalised word the tagger left out
 * before it opens the name ("New Tarvill Cinema").  A broadcasting
 * medium opens a station's name as often ("Radio Kelso"), and "FM" in
 * capitals after a name ends one ("Kelso FM").
 *
 * Not a person's name with a first name ("Ann Radio", eng.train's
 * "Tomas Post" is PER), nor a name the lists, a cue or a title made. */

#include "entities.h"

#include <string.h>

enum
{
  FIRM_HEAD = 1, /* the name's last word */
  FIRM_LEAD,     /* its first or last word */
  FIRM_TAIL,     /* in capitals, right after a name */
};

static guint
firm_row (const AssayDataRow *row, const char **wrong)
{
  const char *kind = row->fields[1];
  if (strcmp (kind, "head") == 0)
    return FIRM_HEAD;
  if (strcmp (kind, "lead") == 0)
    return FIRM_LEAD;
  if (strcmp (kind, "tail") == 0)
    return FIRM_TAIL;
  *wrong = "a kind other than head, lead or tail";
  return 0;
}

/* Each head's plural too ("Airlines"), so that a word is asked once,
 * and by its hash's bit first: most capitalised words are no head, and
 * the look-up of every one, twice, cost entities_process 1.0% on 500
 * BBC articles. */
GHashTable *
firm_heads_load (const char *data_dir, guint64 bits[4], GError **error)
{
  GHashTable *words = word_table_load (data_dir, "firm-heads.tsv", "WORD<TAB>head, lead or tail<TAB>SOURCE", 3, firm_row,
                                       error);
  if (words == NULL)
    return NULL;
  guint n = 0;
  g_autofree gpointer *heads = g_hash_table_get_keys_as_array (words, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *head = heads[i];
      guint kind = GPOINTER_TO_UINT (g_hash_table_lookup (words, head));
      char *plural = g_strconcat (head, "s", NULL);
      if (kind != FIRM_TAIL && !g_hash_table_contains (words, plural))
        g_hash_table_insert (words, plural, GUINT_TO_POINTER (kind));
      else
        g_free (plural);
    }
  word_table_hash_bits (words, bits, 4);
  return words;
}

/* @w's kind in firm-heads.tsv, its plural read as the singular
 * ("Airlines"), 0: none.  Only a capitalised word in lowercase after
 * its capital: "CINEMA" in a headline says nothing of the run. */
static guint
firm_kind (const Scan *scan, const Word *w, gboolean capitals)
{
  if (!w->upper || w->capitals != capitals || !word_hash_bit (scan->e->firm_head_bits, 4, w->hash))
    return 0;
  guint kind = GPOINTER_TO_UINT (g_hash_table_lookup (scan->e->firm_heads, w->key));
  return kind == FIRM_TAIL ? 0 : kind;
}

/* Whether the word at @i may open the name before a head the tagger
 * read from the word after it ("New" of "New Tarvill Cinema"): a
 * capitalised word of letters no name holds, no function word, title,
 * form of address, month or reporting verb, nor a possessive's. */
static gboolean
opens_name (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return w->upper && !w->capitals && !w->glued && w->span < 0 && g_ascii_isalpha (w->key[0])
         && !(w->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC | CUE_MONTH | CUE_VERB | CUE_WEEKDAY));
}

/* Sets @p, the tagger's person or place over [a, b), to the
 * organisation over [a', b), a' the first of the capitalised words
 * before it opens_name() takes (two at most). */
static void
make_firm (Scan *scan, Span *p)
{
  guint a = p->a;
  while (a > 0 && p->a - a < 2 && !word_at (scan, a)->sentence_start && opens_name (scan, a - 1))
    a--;
  if (a < p->a)
    {
      guint k = (guint) word_at (scan, p->a)->span;
      for (guint i = a; i < p->a; i++)
        word_at (scan, i)->span = (gint) k;
      p->a = a;
      g_free (p->canonical);
      p->canonical = words_text (scan, p->a, p->b);
    }
  span_set_org (p);
}

/* A run no name holds ending in a head ("Tarvill Airline cancelled
 * flights", which the tagger left out at a sentence's start): the
 * organisation's, its words opens_name()'s, two or three of them. */
static void
claim_firm_runs (Scan *scan, guint n)
{
  /* The words through one pointer, the capital's test first: most
   * words are lowercase, and this loop reads every word. */
  const Word *words = word_at (scan, 0);
  for (guint i = 1; i < n; i++)
    {
      const Word *w = &words[i];
      if (!w->upper || !word_hash_bit (scan->e->firm_head_bits, 4, w->hash) || w->span >= 0 || w->sentence_start
          || firm_kind (scan, w, FALSE) == 0
          || (i + 1 < n && word_at (scan, i + 1)->upper && !word_at (scan, i + 1)->sentence_start))
        continue;
      guint a = i;
      while (a > 0 && i - a < 2 && !word_at (scan, a)->sentence_start && opens_name (scan, a - 1))
        a--;
      if (a == i || word_at (scan, a)->sentence_start || any_first_name (scan, word_at (scan, a)))
        continue;
      /* A place's or a company's name right before opens the whole
       * ("Ruritania Central Television", "Tarvill Motor Industry
       * Corp"); a name of another kind there, or a run at a sentence's
       * start (a heading's "Export Business"), is none the rule can
       * tell. */
      const Word *before = word_at (scan, a - 1);
      if (before->upper && !word_at (scan, a)->glued)
        {
          const Span *q = span_at (scan, before->span);
          if (q == NULL || q->dropped || q->b != a
              || (strcmp (q->label, "GPE") != 0 && strcmp (q->label, "LOC") != 0 && strcmp (q->label, "ORG") != 0))
            continue;
          a = q->a;
          drop_spans (scan, a, a + 1, NULL);
        }
      Span *s = claim (scan, a, i + 1, "ORG", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, a, i + 1);
    }
}

void
mend_firm_heads (Scan *scan)
{
  guint n = scan->words->len;
  claim_firm_runs (scan, n);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->cued || p->work || p->listed || p->team || p->kb)
        continue;
      gboolean person = strcmp (p->label, "PERSON") == 0;
      /* The tagger's organisation only gets the word it left out
       * before ("New Tarvill Cinema"). */
      if (!person && strcmp (p->label, "LOC") != 0 && strcmp (p->label, "GPE") != 0 && strcmp (p->label, "ORG") != 0)
        continue;
      const Word *first = word_at (scan, p->a);
      /* "Kelso FM": the station's band after the tagger's name, no
       * name's own. */
      if (p->b < n)
        {
          Word *next = word_at (scan, p->b);
          const Span *q = span_at (scan, next->span);
          if (!next->glued && !next->sentence_start && next->capitals
              && word_hash_bit (scan->e->firm_head_bits, 4, next->hash)
              && (q == NULL || (q->b - q->a == 1 && q->source <= SOURCE_TAGGER && !q->dropped))
              && GPOINTER_TO_UINT (g_hash_table_lookup (scan->e->firm_heads, next->key)) == FIRM_TAIL
              && !(person && p->b - p->a > 1 && any_first_name (scan, first)))
            {
              drop_spans (scan, p->b, p->b + 1, p);
              next->span = (gint) k;
              p->b++;
              g_free (p->canonical);
              p->canonical = words_text (scan, p->a, p->b);
              make_firm (scan, p);
              continue;
            }
        }
      if (p->b - p->a < 2)
        continue;
      const Word *last = word_at (scan, p->b - 1);
      guint kind = firm_kind (scan, last, FALSE);
      /* cues.tsv's film and music companies' last words ("Tarvill
       * Pictures", "Kelso Records"), and a paper's title's after "the"
       * ("the Kelso Post"; "Post" alone ends a person's name as often). */
      if (kind == 0 && last->upper && !last->capitals
          && ((last->cue & CUE_COMPANY_TAIL)
              || ((last->cue & CUE_PRESS_TITLE) && p->a > 0 && strcmp (word_at (scan, p->a - 1)->key, "the") == 0)))
        kind = FIRM_HEAD;
      if (kind == 0 && firm_kind (scan, first, FALSE) == FIRM_LEAD)
        kind = FIRM_LEAD;
      /* A person with a first name is one ("Ann Radio"): only a
       * station's name opens with its medium ("Radio Kelso").  The
       * first name by any_first_name(): first-names.tsv leaves out
       * those that are English words ("Tom", "Bill", "Peter"), which
       * person-names.tsv keeps as first names ("Tom Business" was made
       * an organisation so). */
      if (kind == 0
          || (person && any_first_name (scan, first) && firm_kind (scan, first, FALSE) != FIRM_LEAD))
        continue;
      make_firm (scan, p);
    }
}

/* Whether the one-word name at @a has, at this mention, what only a
 * company has: "shares in Tarvill", "a stake in Tarvill" (cues.tsv
 * stake-in before "in": one holds shares in a company, never in a
 * person), an act only a company does ("Tarvill shares fell",
 * "Tarvill, which employs 300 people": firm_act_at()), or
 * "Tarvill's shareholders" (company-only, up to two
 * lowercase words after the possessive, the noun phrase's last).  A brand named after its
 * founder ("Anna Tarvill ... shares in Tarvill") keeps such a mention
 * the company's, whatever the founder's full name says of the surname
 * elsewhere (link_names(), links.c).  eng.train has none of these
 * after a full person of the surname, and no PER with one. */
gboolean
firm_cue_at (const Scan *scan, guint a)
{
  guint n = scan->words->len;
  /* A capitalised word's cues are not in Word.cue: a sentence's first
   * ("Shares in Tarvill") is asked of the map. */
  const Word *stake = a >= 2 ? word_at (scan, a - 2) : NULL;
  if (stake && strcmp (word_at (scan, a - 1)->key, "in") == 0 && (!stake->upper || stake->sentence_start)
      && ((stake->upper ? cue_map_rules (scan->e->cues, stake->key, stake->hash) : stake->cue) & CUE_STAKE_IN))
    return TRUE;
  if (a + 2 >= n)
    return FALSE;
  if (!is_possessive (word_at (scan, a + 1)))
    return firm_act_at (scan, a);
  for (guint j = a + 2; j < n && j < a + 5; j++)
    {
      const Word *w = word_at (scan, j);
      if (w->upper || w->sentence_start || !g_ascii_isalpha (w->key[0]))
        return FALSE;
      /* The noun itself, not a modifier of a body's or a post's
       * noun ("Tarvill's executive board" is a sport body's as often). */
      if (w->cue & CUE_COMPANY_ONLY)
        {
          const Word *next = j + 1 < n ? word_at (scan, j + 1) : NULL;
          return next == NULL || next->upper
                 || !(next->cue & (CUE_ORG_HEAD | CUE_ORG_NOUN | CUE_COMPANY_OF | CUE_ROLE));
        }
    }
  return FALSE;
}
