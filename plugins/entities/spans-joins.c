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
