/* rules-leads.c: places whose name opens with what they are.  A river,
 * a lake, a mountain or a village of two halves is named by a word
 * before its own ("the River Sedd", "Lake Corran", "Lower Tidwick",
 * place-leads.tsv); a name of a word no list holds after it reads to the
 * tagger as a person's or a body's, where the leading word says which
 * place it is. */
#include "entities.h"

#include <string.h>

enum
{
  LEAD_FEATURE = 1, /* a river, a lake, a mountain: LOC */
  LEAD_TOWN = 2,    /* a settlement's half: GPE */
};

static guint
lead_row (const AssayDataRow *row, const char **wrong)
{
  if (strcmp (row->fields[1], "feature") == 0)
    return LEAD_FEATURE;
  if (strcmp (row->fields[1], "town") == 0)
    return LEAD_TOWN;
  *wrong = "a kind that is neither feature nor town";
  return 0;
}

GHashTable *
place_leads_load (const char *data_dir, guint64 bits[4], GError **error)
{
  GHashTable *words = word_table_load (data_dir, "place-leads.tsv", "WORD<TAB>feature or town<TAB>SOURCE", 3, lead_row,
                                       error);
  if (words)
    word_table_hash_bits (words, bits, 4);
  return words;
}

/* Whether the word before @a ("the" between them or none) places what
 * follows: "in", "near", "at", "on", "from", "to", "across", "into",
 * "of" ("the banks of the River Sedd"), or "the" alone. */
static gboolean
placed_after (const Scan *scan, guint a)
{
  static const char *const before[] = { "in", "near", "at", "on", "from", "to", "across", "into", "of", "the", NULL };
  return a > 0 && !word_at (scan, a)->sentence_start && key_in (word_at (scan, a - 1)->key, before);
}

/* The lead's kind where the tagger's person or organisation @p is a
 * place named by its leading word: two or three words, the first in
 * place-leads.tsv, the rest capitalised words of no cue (no
 * organisation's head: "Mount Sinai Hospital") and no lowercase
 * English word ("the Upper Tribunal", a body's), none in capitals; not
 * a name that speaks ("River Jones said": a person's).  A lead that is
 * a first name too is the place only after a word that places it, and
 * so is an organisation (a results table's "River Plate 0" is the
 * club), after "the" alone in a sport report.  Else 0. */
static guint
lead_kind (const Scan *scan, const Span *p, gint *sport)
{
  if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a < 2 || p->b - p->a > 3 || p->team || p->work
      || p->cued)
    return 0;
  gboolean person = strcmp (p->label, "PERSON") == 0;
  if (!person && strcmp (p->label, "ORG") != 0)
    return 0;
  const Word *lead = word_at (scan, p->a);
  if (!lead->upper || lead->capitals || !word_hash_bit (scan->e->place_lead_bits, 4, lead->hash))
    return 0;
  guint kind = GPOINTER_TO_UINT (g_hash_table_lookup (scan->e->place_leads, lead->key));
  if (kind == 0)
    return 0;
  for (guint i = p->a + 1; i < p->b; i++)
    {
      const Word *w = word_at (scan, i);
      if (!w->upper || w->capitals || w->cue != 0 || w->glued || (first_name_flags (scan, w) & NAME_WORD_ENGLISH))
        return 0;
    }
  if (p->b < scan->words->len && !word_at (scan, p->b)->sentence_start && !word_at (scan, p->b)->upper
      && (word_at (scan, p->b)->cue & CUE_VERB))
    return 0;
  gboolean placed = placed_after (scan, p->a);
  if (person && (first_name_flags (scan, lead) & NAME_WORD_FIRST) && !placed)
    return 0;
  if (!person && !placed)
    return 0;
  if (!person && strcmp (word_at (scan, p->a - 1)->key, "the") != 0)
    {
      /* Asked at the first such body only: a walk over the spans. */
      if (*sport < 0)
        *sport = sport_document (scan) || scan->has_player;
      if (*sport)
        return 0;
    }
  return kind;
}

static void
become_lead_place (Span *p, guint kind)
{
  p->label = kind == LEAD_TOWN ? "GPE" : "LOC";
  p->place = kind == LEAD_TOWN;
}

/* The tagger's people and organisations named as places by their
 * leading word (lead_kind()) are those places, LOC or GPE; the name's
 * other mentions the tagger read as a person or a body are too, as
 * mend_districts() spreads a district's label. */
void
mend_place_leads (Scan *scan)
{
  g_autoptr (GHashTable) places = NULL; /* words_text() -> kind */
  gint sport = -1; /* whether a sport report, once asked */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      guint kind = lead_kind (scan, p, &sport);
      if (kind == 0)
        continue;
      become_lead_place (p, kind);
      if (places == NULL)
        places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (places, words_text (scan, p->a, p->b), GUINT_TO_POINTER (kind));
    }
  for (guint k = 0; places && k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a < 2 || p->b - p->a > 3 || p->team || p->work
          || (strcmp (p->label, "PERSON") != 0 && strcmp (p->label, "ORG") != 0))
        continue;
      g_autofree char *text = words_text (scan, p->a, p->b);
      guint kind = GPOINTER_TO_UINT (g_hash_table_lookup (places, text));
      if (kind != 0)
        become_lead_place (p, kind);
    }
}
