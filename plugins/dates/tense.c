/* tense.c: whether the clause before an expression speaks of the future,
 * from the nearest tense cue of the lexicon; read only for the values
 * that depend on it.  A fixture cue, a verb in the present that announces
 * one ("Sale host Bath on Friday"), speaks of the future for a weekday
 * alone (tense_fixture_future()): before a month it is as often a
 * report ("banks face hard times following December's tsunami"). */
#include "dates-private.h"

#include <string.h>

/* The tense of the clause an expression sits in, from the nearest tense
 * cue before it: "will be named commander for a mission in December"
 * speaks of the future, "said they will meet, after talks ended Friday"
 * of the past.  Cues are tried where tokens start, from the expression
 * back to the start of the window, and the first found decides; where a
 * future and a past cue start together ("expected", "expected on") the
 * future wins.  Searching the whole window forward for its last cue
 * tried every alternative at every letter, ten times the cost: most
 * expressions have a cue a few words before them. */
static int
speaks_of_future (const Tense *tense, int *fixture)
{
  Dates *d = tense->d;
  if (d->cues == NULL)
    return TENSE_PAST;
  const guchar *text = (const guchar *) tense->text;
  guint back = 0; /* tokens between this one and the expression */
  for (gsize at = token_before (tense->tokens, tense->end); at != G_MAXSIZE && at >= tense->start;
       at = token_before (tense->tokens, at), back++)
    {
      gboolean near = back < d->cue_reach;
      pcre2_code *cues = near ? d->cues : d->far_cues;
      const guint8 *first = near ? d->cue_first : d->far_cue_first;
      if (cues == NULL)
        break;
      if (!(first[text[at] / 8] >> (text[at] % 8) & 1))
        continue;
      if (!near && at + 3 <= tense->end && text[at] < 128 && text[at + 1] < 128 && text[at + 2] < 128)
        {
          TripleSlot *triple = triple_slot (&d->cue_triples, (text[at] << 14 | text[at + 1] << 7 | text[at + 2]) + 1);
          if (!triple->known)
            triple->known = 1, triple->open = prefix_opens (cues, tense->md, d->far_cues_jit, text + at, 3);
          if (!triple->open)
            continue;
        }
      gboolean jit = near ? d->cues_jit : d->far_cues_jit;
      if ((jit ? pcre2_jit_match (cues, text, tense->end, at, 0, tense->md, NULL)
               : pcre2_match (cues, text, tense->end, at, PCRE2_NO_UTF_CHECK, tense->md, NULL))
          >= 0)
        {
          const char *mark = (const char *) pcre2_get_mark (tense->md);
          if (strcmp (mark, "fixture") != 0)
            {
              /* a past cue before the fixture's verb is the clause's
               * tense ("I didn't play on Sunday") */
              if (strcmp (mark, "past") == 0)
                *fixture = -1;
              return strcmp (mark, "future") == 0 ? TENSE_FUTURE : TENSE_PAST;
            }
          /* nearer than any other cue: the tense for a weekday; for the
           * rest, the cue before it decides ("will play ... in August") */
          if (*fixture < 0)
            *fixture = (int) (at - tense->start) + 1;
        }
    }
  return TENSE_PAST;
}

static void
tense_read (Tense *tense)
{
  if (tense->future < 0)
    {
      tense->fixture = -1;
      tense->future = speaks_of_future (tense, &tense->fixture);
    }
}

gboolean
tense_future (Tense *tense)
{
  tense_read (tense);
  return tense->future == TENSE_FUTURE;
}

gboolean
tense_fixture_future (Tense *tense)
{
  tense_read (tense);
  return tense->future == TENSE_FUTURE || tense->fixture > 0;
}
