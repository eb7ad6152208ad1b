/* charts.c: the entities stage's rule for a music chart's name: "the
 * Top 40", "the Hot 100 chart".  CoNLL writes works and events MISC,
 * and a chart is a list published as one; the tagger reads it as an
 * organisation or cuts its number off. */

#include "entities.h"

#include <string.h>

/* Whether @w is a bare number of one to three digits. */
static gboolean
short_number (const Scan *scan, const Word *w)
{
  gsize n = w->end - w->start;
  if (n == 0 || n > 3)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (!g_ascii_isdigit (scan->text[w->start + k]))
      return FALSE;
  return TRUE;
}

/* In a document about music (a musician's, a band's, a song's or a
 * label's noun among its words): capitalised words and a short number
 * are a chart's name where the last word is "Top" ("the Top 40", "the
 * Top 10") or a word of the charts follows the number in lowercase
 * (cues.tsv kind music-word: "the Hot 100 chart").  Not a body's name
 * (an org-head, or a name another rule read: "the Radio 1 chart
 * show"), and an acronym before stays its own ("the US Top 10"). */
void
find_charts (Scan *scan, guint ws, guint we)
{
  /* Most sentences hold no number: the OR of their words' first bytes
   * says so before any word is read (1.8 M instructions on 500 BBC
   * articles without it). */
  if (!(scan->sentence_openers & OPENS_DIGIT)
      || !(scan->document_cues & (CUE_MUSICIAN | CUE_BAND_NOUN | CUE_SONG_NOUN | CUE_LABEL)))
    return;
  for (guint k = ws + 1; k < we; k++)
    {
      const Word *n = word_at (scan, k);
      if (!g_ascii_isdigit (scan->text[n->start]) || !short_number (scan, n) || !word_at (scan, k - 1)->upper)
        continue;
      const Word *p = word_at (scan, k - 1);
      gboolean top = strcmp (p->key, "top") == 0;
      gboolean chart = k + 1 < we && !word_at (scan, k + 1)->upper
                       && (cue_map_rules (scan->e->cues, word_at (scan, k + 1)->key, word_at (scan, k + 1)->hash)
                           & CUE_MUSIC_WORD);
      /* ... but a chart's programme is its broadcaster's ("the Radio 1
       * chart show"). */
      if (chart && k + 2 < we
          && (word_at (scan, k + 2)->cue & (CUE_EVENT_HEAD | CUE_WORK_NOUN | CUE_WORK_MODIFIED | CUE_PROGRAMME)))
        chart = FALSE;
      if (!top && !chart)
        continue;
      guint a = k;
      while (a > ws && a + 3 > k)
        {
          const Word *w = word_at (scan, a - 1);
          const Span *held = span_at (scan, w->span);
          if (!w->upper || w->capitals || !g_ascii_isalpha (scan->text[w->start]) || (w->cue & (CUE_FUNCTION | CUE_ORG_HEAD))
              || (held && held->source >= SOURCE_GAZETTEER))
            break;
          a--;
        }
      if (a == k)
        continue;
      /* "Top 10 tips" opening a sentence: a capitalised adjective. */
      if (top && a == k - 1 && word_at (scan, a)->sentence_start && !chart)
        continue;
      gboolean stronger = FALSE;
      for (guint m = a; m <= k; m++)
        {
          const Span *held = span_at (scan, word_at (scan, m)->span);
          stronger = stronger || (held && (held->source >= SOURCE_GAZETTEER || held->a < a || held->b > k + 1));
        }
      if (stronger)
        continue;
      drop_spans (scan, a, k + 1, NULL);
      Span *s = claim (scan, a, k + 1, "MISC", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, a, k + 1);
    }
}
