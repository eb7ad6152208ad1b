/* spans-joins.c: where a name starts and ends against the words glued
 * to it (issue 24's cut and joined names, ent-ofnames26): a description
 * of who owns a body opening its name. */

#include "entities.h"

static guint
owner_row (const AssayDataRow *row, const char **wrong)
{
  if (!strchr (row->fields[0], '-'))
    {
      *wrong = "no hyphened word";
      return 0;
    }
  return 1;
}

GHashTable *
owner_adjectives_load (const char *data_dir, GError **error)
{
  return word_table_load (data_dir, "owner-adjectives.tsv", "WORD<TAB>SOURCE", 2, owner_row, error);
}

/* A name opening with a hyphened adjective of who owns or runs it
 * (owner-adjectives.tsv: "Privately-held Tarn Group said", capitalised
 * as a sentence's or a headline's first word) starts after it: the
 * adjective describes, as CoNLL writes it (eng.train: 11 of 11 outside
 * the name).  What is owned or run is a body: a person's or a thing's
 * label, which the tagger gave the glued whole, becomes an
 * organisation's.  Read only for a span whose first word holds a
 * hyphen and a capital, and a capitalised word after it. */
void
trim_owner_adjectives (Scan *scan)
{
  GHashTable *owners = scan->e->owner_adjectives;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *first = word_at (scan, p->a);
      if (!first->hyphen || !first->upper || p->dropped || p->b - p->a < 2
          || !word_at (scan, p->a + 1)->upper || word_at (scan, p->a + 1)->glued
          || !g_hash_table_contains (owners, first->key))
        continue;
      word_at (scan, p->a)->span = -1;
      p->a++;
      p->glued = TRUE;
      if (strcmp (p->label, "PERSON") == 0 || strcmp (p->label, "MISC") == 0)
        p->label = "ORG";
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
    }
}

/* Where a body's name cut before "of" goes on to, for mend_of_names():
 * its last word a body's head or word (cues.tsv org-head, org-word: no
 * title's), then "of" and one to four capitalised words that are no
 * list's name and no person's, up to a word that is no capitalised
 * one ("the Coalition of Upland Farmers", "the Federation of Small
 * Traders"): one name, as eng.train writes 46 of the 48 so.  Its two
 * others are a company's suffix and a place ("Bestop Inc of Boulder"),
 * which mend_of_names() reads as a place after.  Returns the word past
 * the run, 0 where none is. */
guint
of_subject_end (const Scan *scan, const Span *p, guint n)
{
  const Word *head = word_at (scan, p->b - 1);
  if (!(head->cue & (CUE_ORG_HEAD | CUE_ORG_WORD)) || (head->cue & (CUE_ROLE | CUE_HONORIFIC))
      || head->capitals)
    return 0;
  guint end = p->b + 1;
  while (end < n && end < p->b + 5 && name_run_word (scan, end))
    {
      const Span *q = span_at (scan, word_at (scan, end)->span);
      if (q
          && (q->source == SOURCE_GAZETTEER || q->place || strcmp (q->label, "PERSON") == 0
              || q->a < p->b + 1))
        return 0;
      end++;
    }
  if (end == p->b + 1
      || (end < n && word_at (scan, end)->upper && !word_at (scan, end)->sentence_start))
    return 0;
  /* A name inside the run ends in it. */
  const Span *q = span_at (scan, word_at (scan, end - 1)->span);
  return q && q->b > end ? 0 : end;
}

/* Whether @w is a first name: first-names.tsv's, or person-names.tsv's
 * first (the lists' hint). */
static gboolean
first_name_word (const Scan *scan, const Word *w)
{
  return (first_name_flags (scan, w) & NAME_WORD_FIRST) || (w->hint && g_strcmp0 (w->hint->hint, "FIRST") == 0);
}

/* Whether word @i may open a body's name before its head: a one-word
 * people's adjective ("the Ruritanian Centre for ...", NORP), or a
 * capitalised word no span holds, within its sentence or a body's word
 * of cues.tsv at its start ("National Centre for ..." opening a
 * sentence; "Yesterday Centre for ..." is no name). */
static gboolean
for_name_lead (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  if (!w->upper || !g_ascii_isalpha (w->text[0]) || (w->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC)))
    return FALSE;
  const Span *q = span_at (scan, w->span);
  if (q)
    return !q->dropped && q->a == i && q->b == i + 1 && strcmp (q->label, "NORP") == 0;
  return !w->sentence_start || (w->cue & (CUE_ORG_HEAD | CUE_ORG_WORD | CUE_MODIFIER));
}

/* A body's name holding "for": a body's head or word (cues.tsv
 * org-head, org-word) with a capital, then "for", "the" maybe, and one
 * to six capitalised words, "of" or "and" allowed between two ("the
 * Centre for Upland Studies", "the Society for the Protection of Moor
 * Birds"), and no capitalised word after them.  The tagger reads the
 * head alone as a place or leaves it, and the words after as a person
 * or a body of their own; eng.train writes every such run one
 * organisation (5 of 5: "Centre for Sociological Studies", "Institute
 * for Human Gene Therapy").  The words before the head that are the
 * name's own come too: the tagger's span ending at the head, or words
 * for_name_lead() allows.  Not a person after "for" (one with a first
 * name, a first name opening the run, or a list's: "the Centre for
 * Jane Doe"), nor a place
 * ("the Parliament for Tarnby East": a seat), nor a listed name alone
 * after it ("the Trust for Ruritania" may as well be a gift to it),
 * nor a weekday or a month ("the Centre for May"), nor after a head after
 * "of" (a title's: "Member of Parliament for ...").  Per word, a cue
 * bit and "for" before anything else is read. */
void
mend_for_names (Scan *scan)
{
  /* No capitalised body's head or word in the document, no walk: it
   * reads every word (2.1 M instructions on 500 BBC articles). */
  if (!(scan->document_upper_cues & (CUE_ORG_HEAD | CUE_ORG_WORD)))
    return;
  guint n = scan->words->len;
  /* The head's cue bits before anything else: the walk
   * cost 2.7 M instructions on 500 BBC articles reading more first
   * (2.1 M so). */
  const Word *words = scan->word_base;
  for (guint i = 1; i + 1 < n; i++)
    {
      if (!(words[i - 1].cue & (CUE_ORG_HEAD | CUE_ORG_WORD)))
        continue;
      const Word *conn = word_at (scan, i), *head = word_at (scan, i - 1);
      if (conn->key[0] != 'f' || conn->upper
          || strcmp (conn->key, "for") != 0 || !head->upper || head->capitals || head->glued
          || (head->cue & (CUE_ROLE | CUE_HONORIFIC)))
        continue;
      guint r = i + 1;
      if (r + 1 < n && strcmp (word_at (scan, r)->key, "the") == 0 && !word_at (scan, r)->upper)
        r++;
      guint end = r;
      while (end < n && end < r + 6)
        {
          if (name_run_word (scan, end))
            end++;
          else if (end > r && end + 1 < n && !word_at (scan, end)->upper
                   && (strcmp (word_at (scan, end)->key, "of") == 0 || strcmp (word_at (scan, end)->key, "and") == 0)
                   && name_run_word (scan, end + 1))
            end += 2;
          else
            break;
        }
      if (end == r || (end < n && word_at (scan, end)->upper && !word_at (scan, end)->sentence_start)
          || first_name_word (scan, word_at (scan, r)))
        continue;
      /* The words after "for": no person's, no listed name alone, no
       * span reaching out of the run. */
      gboolean ok = TRUE;
      for (guint k = r; k < end && ok; k++)
        {
          const Span *q = span_at (scan, word_at (scan, k)->span);
          if (word_at (scan, k)->cue & (CUE_MONTH | CUE_WEEKDAY | CUE_TIME))
            ok = FALSE;
          if (!q || !ok)
            continue;
          ok = q->a >= r && q->b <= end && !q->place && strcmp (q->label, "GPE") != 0 && strcmp (q->label, "LOC") != 0
               && !(q->a == r && q->b == end && q->source == SOURCE_GAZETTEER);
          if (ok && strcmp (q->label, "PERSON") == 0)
            {
              ok = q->source < SOURCE_GAZETTEER;
              for (guint f = q->a; f < q->b && ok; f++)
                ok = !first_name_word (scan, word_at (scan, f));
            }
        }
      if (!ok)
        continue;
      /* The head's own span: a name of the tagger's or a rule's ending
       * at it, else the words before it that may open the name. */
      guint a = i - 1;
      const Span *p = span_at (scan, head->span);
      if (p && p->b > i)
        continue; /* already past "for": the tagger's or another rule's reading */
      /* A head after "of" is a title's ("Member of Parliament for
       * Tarnby East"). */
      if (a > 0 && strcmp (word_at (scan, a - 1)->key, "of") == 0)
        continue;
      if (p && p->a < a)
        {
          if (p->source == SOURCE_GAZETTEER || strcmp (p->label, "PERSON") == 0 || p->place)
            continue;
          a = p->a;
        }
      else
        while (a > 0 && a + 3 > i && for_name_lead (scan, a - 1))
          a--;
      drop_spans (scan, a, end, NULL);
      Span *s = claim (scan, a, end, "ORG", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, a, end);
      i = end - 1;
    }
}

/* A body's listed name cut from the event, scheme or law it runs:
 * "United Nations | Relief Programme", "UEFA | Cup" (the lists claim
 * the body, the tagger or a rule the run ending in an event's head,
 * cues.tsv event-head).  eng.train writes such a run whole, MISC: a
 * body's name opening a capitalised run ending in a head 4 of 4
 * ("UEFA Cup"), the one named programme MISC.  Not a run with a
 * capitalised word after it, nor a person's or place's name before
 * it.  Per word, the head's cue bit before anything else. */
void
mend_body_events (Scan *scan)
{
  guint n = scan->words->len;
  const Word *words = scan->word_base;
  for (guint i = 2; i < n; i++)
    {
      if (!(words[i].cue & CUE_EVENT_HEAD) || !words[i].upper || words[i].capitals)
        continue;
      Span *q = span_at (scan, words[i].span);
      if (!q || q->dropped || q->b != i + 1 || q->a == 0 || q->source >= SOURCE_GAZETTEER || strcmp (q->label, "MISC") != 0
          || word_at (scan, q->a)->sentence_start
          || (i + 1 < n && word_at (scan, i + 1)->upper && !word_at (scan, i + 1)->sentence_start))
        continue;
      const Span *p = span_at (scan, word_at (scan, q->a - 1)->span);
      if (!p || p->dropped || p->b != q->a || p->source != SOURCE_GAZETTEER || p->place || strcmp (p->label, "ORG") != 0)
        continue;
      guint a = p->a, end = q->b;
      drop_spans (scan, a, end, NULL);
      Span *s = claim (scan, a, end, "MISC", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, a, end);
    }
}
