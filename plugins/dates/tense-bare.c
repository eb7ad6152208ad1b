/* tense-bare.c: a verb whose past is its base ("cut", "put", "set";
 * kind bare of data/past-forms.tsv) as a cue of the past.  Alone the
 * form is as often the present ("prices cut in half", "to cut costs",
 * "will cut") or a noun ("a tax cut on 1 April"); only where the present
 * would take an -s is it the past: "the firm cut 200 jobs" (the present
 * is "the firm cuts").  A determiner before its subject and an object
 * after it keep out the noun ("the tax cut on"), and the subject's
 * place, a noun, keeps out "to", "will", "does" and the modals; so does
 * a pronoun whose present takes -s ("it cut 200 jobs"). */
#include "tense.h"

gboolean
bare_past_at (const Dates *d, const char *text, gsize floor, gsize at, gsize end)
{
  /* the first-byte and pair gates of past_form_kind_at() come first: no
   * other work for a word that is not one of the few */
  if (past_form_kind_at (d, text, at, end) != PAST_BARE)
    return FALSE;
  gsize w, v;
  gsize n = word_before (text, floor, at, &w);
  /* a pronoun of kind `singular` opening its clause: after a mark, the
   * window's start or a word in capitals (the day or month fronted: "On
   * 3 May it cut"), not an object ("would help it cut costs") */
  gboolean pronoun = n >= 2 && n <= 3 && w + n + 1 == at && word_before_in (d->singular_words, text, w + n, NULL)
                     && (w <= floor + 1 || text[w - 1] != ' ' || word_before (text, floor, w, &v) == 0 || !g_ascii_islower (text[v]));
  /* else a subject in the singular: no -s ("the firms cut" may be the
   * present), in lowercase, a word alone right before the verb, no
   * ordinal ("the third set the match up": a noun) */
  if (!pronoun
      && (n < 2 || !g_ascii_islower (text[w]) || text[w + n - 1] == 's' || w + n + 1 != at
          || !word_before_in (d->opener_words, text, w, &v) || v < floor || word_before_in (d->ordinals, text, at, NULL)))
    return FALSE;
  /* an object: a number ("cut 200 jobs", not a score: "the deciding
   * set 6-3") or a determiner ("cut its rate", "put the plan") */
  if (text[end] != ' ')
    return FALSE;
  if (g_ascii_isdigit (text[end + 1]))
    {
      gsize i = end + 1;
      while (g_ascii_isdigit (text[i]) || ((text[i] == ',' || text[i] == '.') && g_ascii_isdigit (text[i + 1])))
        i++;
      return text[i] == ' ' || text[i] == '%';
    }
  gsize e = end + 1;
  while (g_ascii_isalpha (text[e]))
    e++;
  return e > end + 1 && word_before_in (d->opener_words, text, e, NULL);
}
