/* headings.c: names in a heading written all in capitals.  A wire
 * story's or a sport report's heading names its people and clubs in
 * capitals ("TENNIS - KOVAC BEATS ROSSI", "PANAMA 'S DIEGO LUNA
 * FIGHTS ON"), where the tagger, which learnt names by their capitals,
 * finds little; the story below writes them as names ("Ivan Kovac",
 * "Kovac said").  The same words in the heading are those names.
 * And a headline question's opening auxiliary, which the tagger reads
 * as a name's first word for its capital ("Will Tory housing plans ...?"). */
#include "entities.h"

#define AMBIGUOUS G_MAXUINT

/* Whether span @p is the tail of a capitalised run nobody named
 * ("Dead Or Alive" read as "Or Alive"): a piece, whose words in a
 * heading would be a piece too. */
static gboolean
tail_of_run (const Scan *scan, const Span *p)
{
  if (p->a == 0)
    return FALSE;
  const Word *before = word_at (scan, p->a - 1);
  return before->upper && before->span < 0 && !word_at (scan, p->a)->sentence_start
         && g_ascii_isalpha (before->text[0]);
}

/* The span + 1 of a name of two words or more outside the heading
 * whose words are those from @i on, the longest; 0: none.  *@len is
 * set to its length in words. */
static guint
longer_name_at (const Scan *scan, const bool *heading, guint i, guint *len)
{
  guint best = 0;
  *len = 0;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      guint n = p->b - p->a;
      if (p->dropped || n < 2 || n > 4 || n <= *len || heading[p->a] || i + n > scan->words->len
          || tail_of_run (scan, p))
        continue;
      guint m = 0;
      while (m < n && scan->slots[i + m] == scan->slots[p->a + m] && heading[i + m] && word_at (scan, i + m)->span < 0)
        m++;
      if (m == n)
        best = k + 1, *len = n;
    }
  return best;
}

void
find_heading_names (Scan *scan)
{
  if (!scan->has_capital_heading)
    return; /* nearly every document: drop_capital_headings() read the words */
  g_autofree bool *heading = capital_heading_words (scan);
  /* Per word's slot, the one-word name the story gives it outside the
   * headings (span + 1), AMBIGUOUS where two mentions differ in label. */
  g_autofree guint *single = g_new0 (guint, MAX (scan->n_slots, 1));
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a != 1 || heading[p->a])
        continue;
      guint *had = &single[scan->slots[p->a]];
      if (tail_of_run (scan, p))
        *had = AMBIGUOUS;
      else if (*had == 0)
        *had = k + 1;
      else if (*had != AMBIGUOUS && strcmp (span_at (scan, *had - 1)->label, p->label) != 0)
        *had = AMBIGUOUS;
    }
  guint n = scan->words->len;
  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (scan, i);
      if (!heading[i] || w->span >= 0 || w->end - w->start < 2)
        continue;
      guint len = 1, to = longer_name_at (scan, heading, i, &len);
      if (to == 0)
        {
          len = 1;
          to = single[scan->slots[i]];
        }
      if (to == 0 || to == AMBIGUOUS)
        continue;
      Span copy = *span_at (scan, to - 1);
      /* People, bodies and places only: a heading's capitals make an
       * event's or a sport's name the section's label as often ("RUGBY
       * LEAGUE - ...", "GRAND SLAM" of a headline about a run of wins),
       * which a name the story gives in title case does not tell apart
       * (eng.train: 4 such, which its gold leaves unnamed). */
      if (strcmp (copy.label, "PERSON") != 0 && strcmp (copy.label, "ORG") != 0
          && strcmp (copy.label, "GPE") != 0 && strcmp (copy.label, "LOC") != 0)
        continue;
      Span *s = claim (scan, i, i + len, copy.label, SOURCE_RULE);
      if (s)
        {
          s->canonical = g_strdup (copy.canonical);
          s->kb = g_strdup (copy.kb);
          s->country = g_strdup (copy.country);
          s->place = copy.place;
        }
      i += len - 1;
    }
}

/* Whether the sentence word @i opens ends in a question mark. */
static gboolean
asks (const Scan *scan, guint i)
{
  guint n = scan->words->len;
  for (guint k = i + 1; k < n && !word_at (scan, k)->sentence_start; k++)
    if (k + 1 == n || word_at (scan, k + 1)->sentence_start)
      return strcmp (word_at (scan, k)->text, "?") == 0;
  return FALSE;
}

void
cut_question_verbs (Scan *scan)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      Word *w = word_at (scan, p->a);
      /* A capital's cues are cleared (entities.c: "Will Smith"), so the
       * map is asked again, only at a sentence's first word. */
      if (p->dropped || p->b - p->a < 2 || !w->sentence_start || w->capitals || p->source > SOURCE_RULE
          || !(cue_map_rules (scan->e->cues, w->key, w->hash) & CUE_NAME_VERB) || !asks (scan, p->a))
        continue;
      w->span = -1;
      p->a++;
      g_free (p->canonical);
      p->canonical = words_text (scan, p->a, p->b);
    }
}
