/* works-matches.c: where a name after a work noun of the second sense
 * (cues.tsv work-noun-modified: "game", "classic") is a side of a
 * match, not a title; read by works.c's work_after(), apart from
 * works.c to keep it under 1,200 lines. */

#include "entities.h"

#include <string.h>

/* Whether the word @w is a past verb by its ending ("played", "edged"):
 * a clause's subject stands before it ("the game Tarn Ovel played"), a
 * title rarely (a title's participle has a comma before it: "the game
 * X, released in May"). */
static gboolean
past_verb (const Word *w)
{
  gsize n = w->end - w->start;
  return !w->upper && n > 3 && w->text[n - 2] == 'e' && w->text[n - 1] == 'd';
}

/* Whether the name [@a, @end) after "game" or "classic" (cues.tsv
 * work-noun-modified), in a sentence ending at @we, is a side of a
 * match, not a title.  Anywhere: "against", "v" or a score after it
 * ("the cup classic Tarvo against Halvex", "Tarvo 2-0": cues.tsv
 * fixture), or a result in it.  In a sport report only, where a series' or a show's title
 * has them as often ("suburban series X named best comedy", "series X
 * beat Y to the prize"): a result's or a game's verb (cues.tsv result,
 * match-words.tsv: "won", "drew") or any past verb after it ("In the
 * crucial game Tarvo won 2-0", "the last game Tarn Ovel played"), a
 * sport's word (cues.tsv sport, a competition's or an event's head),
 * or a name the tagger or the lists read as a place or a club ("the
 * famous classic Tarvo Park derby"). */
gboolean
match_after_title (const Scan *scan, guint a, guint end, guint we)
{
  if (end == a)
    return FALSE;
  /* A result written with bare numbers is one run of capitalised words
   * to the title's reader ("the cup game Tarvo 2 Halvex 1"): a name, a
   * number, a name and a number at its end. */
  if (end - a >= 4 && is_bare_number (word_at (scan, end - 1), 2))
    for (guint k = a + 1; k + 2 < end; k++)
      if (is_bare_number (word_at (scan, k), 2) && g_ascii_isalpha (word_at (scan, k + 1)->text[0]))
        return TRUE;
  if (end >= we)
    return FALSE;
  const Word *w = word_at (scan, end);
  if (w->upper)
    {
      if (is_score (scan, end))
        return TRUE;
    }
  else if ((w->cue & CUE_FIXTURE) || strcmp (w->key, "against") == 0)
    return TRUE;
  const Span *held = span_at (scan, word_at (scan, a)->span);
  gboolean place = held && !held->dropped && held->a == a && held->b == end
                   && (strcmp (held->label, "LOC") == 0 || strcmp (held->label, "GPE") == 0);
  gboolean sided = !w->upper && g_ascii_isalpha (w->text[0])
                   && ((w->cue & (CUE_RESULT | CUE_SPORT | CUE_COMPETITION_HEAD | CUE_EVENT_HEAD)) || past_verb (w)
                       || g_hash_table_contains (scan->e->match_words, w->key));
  return (sided || place || club_listed (scan, a, end)) && sport_report (scan);
}
