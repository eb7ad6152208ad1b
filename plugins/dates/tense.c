/* tense.c: whether the clause before an expression speaks of the future,
 * from the nearest tense cue of the lexicon; read only for the values
 * that depend on it.  A fixture cue, a verb in the present that announces
 * one ("Sale host Bath on Friday"), speaks of the future for a weekday
 * alone (tense_fixture_future()): before a month it is as often a
 * report ("banks face hard times following December's tsunami"). */
#include "dates-private.h"

#include <string.h>

/* The first kind of @kinds (a mask of bits 1 << CUE_*) in the order of
 * the kinds whose cue in @set matches at @at, or -1. */
static int
cue_at (const CueSet *set, const Tense *tense, gsize at, guint kinds)
{
  PCRE2_SPTR text = (PCRE2_SPTR) tense->text;
  kinds &= set->kinds[(guchar) tense->text[at]];
  for (guint k = 0; kinds >> k; k++)
    if ((kinds >> k & 1)
        && (set->jit[k] ? pcre2_jit_match (set->re[k], text, tense->end, at, 0, tense->md, NULL)
                        : pcre2_match (set->re[k], text, tense->end, at, PCRE2_NO_UTF_CHECK, tense->md, NULL))
               >= 0)
      return (int) k;
  return -1;
}

/* Every kind, for cue_at(). */
#define ALL_CUES ((1u << N_CUE_KINDS) - 1)

/* Whether the word at @at (its end in *@end) is in @set, in lowercase. */
static gboolean
word_at_in (GHashTable *set, const char *text, gsize at, gsize *end)
{
  gsize e = at;
  while (e - at < 31 && (g_ascii_isalpha (text[e]) || text[e] == '-'))
    e++;
  *end = e;
  return e > at && word_before_in (set, text, e, NULL);
}

/* The kind (PAST_ALONE, PAST_SHARED) of the word at @at, ending by
 * @limit, where it is an irregular verb in the past, else 0: the word is
 * in data/past-forms.tsv ("rose", "fell", "began"), in lowercase (a
 * capital is a name: "Rose", "Won"), and not after a word of the kind
 * `passive` of data/context-words.tsv ("will be held", "a stove").  A
 * regular past in -ed is a cue only right before the expression (the
 * lexicon's): that one may be a passive's participle ("will be
 * announced"), which a form like "rose" never is. */
int
past_form_at (const Dates *d, const char *text, gsize at, gsize limit)
{
  /* the first two letters first: a word that no past form starts as
   * ("the", "in", "of") costs two comparisons (a tenth of the instructions
   * the words' lookups took, callgrind) */
  if (d->past_forms == NULL || !g_ascii_islower (text[at]) || at + 1 >= limit || !g_ascii_islower (text[at + 1])
      || !(d->past_pairs[text[at] - 'a'] >> (text[at + 1] - 'a') & 1) || (at > 0 && g_ascii_isalnum (text[at - 1])))
    return 0;
  gsize end = at;
  while (end < limit && end - at < 16 && g_ascii_islower (text[end]))
    end++;
  /* most words have no past form of their first letter and length: the
   * table lookup only where one does */
  if (end - at < 3 || end - at >= 16 || !(d->past_shapes[text[at] - 'a'] >> (end - at) & 1)
      || (end < limit && (g_ascii_isalnum (text[end]) || text[end] == '-')))
    return 0;
  char word[16];
  memcpy (word, text + at, end - at);
  word[end - at] = '\0';
  int kind = GPOINTER_TO_INT (g_hash_table_lookup (d->past_forms, word));
  return kind && !word_before_in (d->passive_words, text, at, NULL) ? kind : 0;
}

gboolean
past_form_between (const Dates *d, const char *text, gsize from, gsize to)
{
  /* in the expression's own clause, after a mark and a space ("which
   * took effect in 2004, applies in April"; "rose to 520,000 in April") */
  for (gsize at = to; at > from; at--)
    if ((text[at - 1] == ',' || text[at - 1] == ';' || text[at - 1] == ':') && text[at] == ' ')
      {
        from = at;
        break;
      }
  /* and after a complement's "that": "he knew that the show opens in
   * April" is not done by "knew" (its own past still is: "said that
   * prices rose in April") */
  gsize end;
  for (gsize at = to; at > from; at--)
    if (text[at - 1] == ' ' && g_ascii_isalpha (text[at]) && word_at_in (d->complement_words, text, at, &end))
      {
        from = end;
        break;
      }
  for (gsize at = from; at < to; at++)
    {
      if (!g_ascii_islower (text[at]) || (at > 0 && g_ascii_isalnum (text[at - 1])))
        continue;
      int kind = past_form_at (d, text, at, to);
      gsize w;
      if (kind == PAST_ALONE && !(word_before_in (d->clause_words, text, at, &w) && (w < 2 || text[w - 2] != ',')))
        return TRUE;
    }
  return FALSE;
}

/* Whether the past cue @at..@cue_end is "had" (or "had been") before a
 * word of kind `plan`, with a word of kind `present` after it in its
 * sentence (from @from, the expression's start, to the sentence's end):
 * a plan since revised, its date still ahead ("had expected a rate rise
 * in June, but now expect one in August"): the future of "expected", as
 * without "had". */
static gboolean
plan_revised (const Dates *d, const char *text, gsize at, gsize cue_end, gsize from)
{
  if (cue_end - at != 3 || g_ascii_strncasecmp (text + at, "had", 3) != 0 || text[cue_end] != ' ')
    return FALSE;
  gsize w = cue_end + 1;
  if (strncmp (text + w, "been ", 5) == 0)
    w += 5;
  gsize w_end = w;
  while (g_ascii_isalpha (text[w_end]))
    w_end++;
  if (!word_before_in (d->plan_words, text, w_end, NULL))
    return FALSE;
  gsize stop = from;
  while (text[stop] && text[stop] != '.' && text[stop] != '!' && text[stop] != '?' && text[stop] != '\n' && stop - from < 300)
    stop++;
  return word_between_in (d->present_words, text, w_end, stop);
}

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
  if (!d->near_cues.any && !d->far_cues.any)
    return TENSE_NONE;
  const guchar *text = (const guchar *) tense->text;
  guint back = 0; /* tokens between this one and the expression */
  gboolean past_seen = FALSE; /* an irregular past form nearer the expression */
  gboolean present_own = FALSE; /* a fixture's verb in -s nearer the expression */
  for (gsize at = token_before (tense->tokens, tense->end); at != G_MAXSIZE && at >= tense->start;
       at = token_before (tense->tokens, at), back++)
    {
      gboolean near = back < d->cue_reach;
      if (!near && !d->far_cues.any)
        break;
      /* the past seen is its own clause's ("after the pack drove them
       * off the ball on Sunday"): no future cue before it counts */
      if (past_seen && g_ascii_isalpha (text[at]))
        {
          gsize end = at;
          while (end < tense->end && g_ascii_isalpha (text[end]))
            end++;
          if (word_before_in (d->clause_words, tense->text, end, NULL))
            break;
        }
      int kind = -1;
      const CueSet *far = &d->far_cues;
      guint far_kinds = far->kinds[text[at]];
      if ((far_kinds & ~far->unfiltered) && at + 3 <= tense->end && text[at] < 128 && text[at + 1] < 128
          && text[at + 2] < 128)
        {
          /* the kinds whose cues can start with these three bytes, each
           * probed once */
          TripleSlot *triple = triple_slot (&d->cue_triples, (text[at] << 14 | text[at + 1] << 7 | text[at + 2]) + 1);
          if (!triple->known)
            {
              triple->known = 1;
              for (guint k = 0; k < N_CUE_KINDS; k++)
                if ((far_kinds & ~far->unfiltered) >> k & 1)
                  triple->open |= (guint64) (far->opens[k] ? prefix_opens (far->opens[k], tense->md, far->opens_jit[k], text + at, 3)
                                                           : prefix_opens (far->re[k], tense->md, far->jit[k], text + at, 3))
                                  << k;
            }
          far_kinds &= triple->open | far->unfiltered;
        }
      if (far_kinds)
        kind = cue_at (&d->far_cues, tense, at, far_kinds);
      /* a near cue counts where it is of a kind before the far one's */
      guint near_kinds = near ? d->near_cues.kinds[text[at]] & (kind < 0 ? ALL_CUES : (1u << kind) - 1) : 0;
      if (near_kinds)
        {
          int near_kind = cue_at (&d->near_cues, tense, at, near_kinds);
          if (near_kind >= 0)
            kind = near_kind;
        }
      /* the first two letters, here in the loop: a call at each word
       * cost the stage 0.2% of its instructions */
      if (kind < 0 && !past_seen && !present_own && g_ascii_islower (text[at]) && at + 1 < tense->end && g_ascii_islower (text[at + 1])
          && (d->past_pairs[text[at] - 'a'] >> (text[at + 1] - 'a') & 1)
          && past_form_at (d, tense->text, at, tense->end) == PAST_ALONE)
        {
          /* an irregular past ("began", "took") yields to a future cue
           * earlier in the clause: "the changes would apply once the
           * new tax year began in April"; not in a relative clause of
           * its own ("could not stop the bullet that tore through his
           * window Friday night").  A participle ("built", "made") is
           * no cue, it is as often an adjective ("will open the newly
           * built hospital on Friday") */
          if (!word_before_in (d->clause_words, tense->text, at, NULL))
            {
              past_seen = TRUE;
              continue;
            }
          kind = CUE_PAST;
        }
      /* "that" after a verb opens a clause of its own: a fixture cue
       * in it gives its tense, not the reporting verb before ("announced
       * that talks resume on Monday") */
      gsize word_end;
      if (kind < 0 && *fixture > 0 && !past_seen && g_ascii_isalpha (text[at])
          && word_at_in (d->complement_words, tense->text, at, &word_end))
        return TENSE_NONE;
      if (kind < 0)
        continue;
      if (past_seen && kind != CUE_FUTURE)
        kind = CUE_PAST;
      /* after a fixture's verb in -s only a future cue further back
       * counts ("will play at the Open, which starts on 31 January") */
      if (present_own && kind != CUE_FUTURE)
        return TENSE_NONE;
      if (kind != CUE_FIXTURE)
        {
          /* a past cue before the fixture's verb is the clause's tense
           * ("I didn't play on Sunday") */
          if (kind == CUE_PAST)
            *fixture = -1;
          /* "should be", "must be" after "said" in its sentence: the
           * report's modal, shifted back, no future of its own */
          gsize modal_end = at;
          while (modal_end < tense->end && g_ascii_isalpha (text[modal_end]))
            modal_end++;
          if (kind == CUE_FUTURE && word_before_in (d->backshift_words, tense->text, modal_end, NULL)
              && word_between_in (d->reported_words, tense->text, tense->start, at))
            return TENSE_NONE;
          if (kind == CUE_PAST && plan_revised (d, tense->text, at, modal_end, tense->end))
            return TENSE_FUTURE;
          return kind == CUE_FUTURE ? TENSE_FUTURE : TENSE_PAST;
        }
      /* nearer than any other cue: the tense for a weekday; for the
       * rest, the cue before it decides ("will play ... in August") */
      if (*fixture < 0)
        *fixture = (int) (at - tense->start) + 1;
      /* in its form in -s it is a finite verb in the present, its
       * clause's own: a past further back is another clause's ("He
       * revealed the club hosts Bath on Sunday"), where a bare form may
       * be governed by it ("I didn't play on Sunday"); a future further
       * back still speaks of its time ("will miss the start of the
       * season, which begins in August") */
      gsize cue_end = at;
      while (cue_end < tense->end && g_ascii_isalpha (text[cue_end]))
        cue_end++;
      if (cue_end - at > 2 && text[cue_end - 1] == 's')
        present_own = TRUE;
    }
  if (past_seen)
    *fixture = -1;
  return past_seen ? TENSE_PAST : TENSE_NONE;
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

gboolean
tense_unknown (Tense *tense)
{
  tense_read (tense);
  return tense->future == TENSE_NONE && tense->fixture <= 0;
}

/* How far after a possessive weekday its clause's verb is looked for. */
#define AFTER_REACH 120

gboolean
tense_future_after (const Tense *tense, gsize from)
{
  Dates *d = tense->d;
  if (!d->far_cues.any)
    return FALSE;
  const char *text = tense->text;
  Tense after = *tense;
  after.end = from;
  while (after.end < from + AFTER_REACH && text[after.end] && !strchr (",;:.!?()", text[after.end]))
    after.end++;
  guint words = 0;
  for (gsize at = from; at < after.end; at++)
    {
      if (!g_ascii_isalpha (text[at]) || (at > 0 && (g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')))
        continue;
      /* a word in -s after the possessive's noun is a verb in the
       * present ("Saturday's defeat means they will struggle"); the noun
       * itself may be a plural ("Saturday's matches will") */
      gsize end = at;
      while (end < after.end && g_ascii_isalpha (text[end]))
        end++;
      if (words++ > 0 && g_ascii_islower (text[at]) && end - at > 2 && text[end - 1] == 's' && text[end - 2] != 's')
        return FALSE;
      /* a new clause's subject: "had said before Wednesday's game he
       * would consider leaving" */
      if (end - at < 8 && d->subject_words)
        {
          char word[8];
          for (gsize i = at; i < end; i++)
            word[i - at] = g_ascii_tolower (text[i]);
          word[end - at] = '\0';
          if (g_hash_table_contains (d->subject_words, word))
            return FALSE;
        }
      int kind = cue_at (&d->far_cues, &after, at, ALL_CUES);
      if (kind == CUE_FUTURE)
        return TRUE;
      if (kind == CUE_PAST || past_form_at (d, text, at, after.end))
        return FALSE;
    }
  return FALSE;
}

int
tense_borrow (Tense *tense, gsize end)
{
  const char *text = tense->text;
  if (tense_future (tense))
    return BORROW_AHEAD;
  if (tense->future == TENSE_PAST)
    return BORROW_ANY;
  guint before = 0;
  for (gsize at = tense->start; at < tense->end && before < 2; at++)
    before += g_ascii_isalpha (text[at]) && (at == 0 || !g_ascii_isalnum (text[at - 1]));
  /* at most one word before it in its sentence: the clause's verb comes
   * after it, in the future ("Later in the week, ministers will discuss
   * it") or not ("By 4pm it was over", "Earlier in the day he had met"):
   * the day named is the story's */
  if (before <= 1)
    return tense_future_after (tense, end + (text[end] == ',')) ? BORROW_AHEAD : BORROW_ANY;
  /* else a verb in the past anywhere in the sentence, in -ed or
   * irregular ("made its first test flight Tuesday in Everett at 18:00
   * UTC", "Following a fall at the start of the day, the Dow has
   * recovered"); with none ("The shops open at 9am", "Kick-off is at
   * 3pm") a time is as often what is usual, or of a day to come.
   * (Reading the lexicon's cues at each word cost 0.2% of the stage's
   * instructions.) */
  gsize stop = end;
  while (stop < end + AFTER_REACH && text[stop] && !strchr (".!?\n", text[stop]))
    stop++;
  for (gsize at = tense->start; at < stop; at++)
    {
      if (!g_ascii_isalpha (text[at]) || (at > 0 && g_ascii_isalnum (text[at - 1])))
        continue;
      gsize word_end = at;
      while (word_end < stop && g_ascii_isalpha (text[word_end]))
        word_end++;
      /* four letters at least: "red", "bed" after a time is no verb */
      if ((word_end - at > 3 && regular_past (text + at, word_end - at))
          || past_form_at (tense->d, text, at, word_end))
        return BORROW_ANY;
      at = word_end;
    }
  return BORROW_AHEAD;
}

static gboolean sentence_present_simple (const Tense *tense, gsize start, gsize end, gboolean future_too);

/* Whether the noun ending at @end is its phrase's head: a mark after it,
 * or a word that opens another phrase ("against", "which", "and"). */
static gboolean
noun_is_head (const Dates *d, const char *text, gsize end)
{
  gsize at = end;
  while (text[at] == ' ')
    at++;
  if (!g_ascii_isalpha (text[at]))
    return TRUE;
  gsize word_end = at;
  while (g_ascii_isalpha (text[word_end]))
    word_end++;
  return word_before_in (d->preposition_words, text, word_end, NULL) || word_before_in (d->bound_words, text, word_end, NULL)
         || word_before_in (d->clause_words, text, word_end, NULL) || word_before_in (d->subject_words, text, word_end, NULL);
}

/* Whether the possessive weekday at @start..@end ("Saturday's") is the
 * coming one: after "forward to" (kind `ahead`), or before a noun of
 * kind `event` whose clause speaks of the future ("Saturday's game will
 * be shown live"); a past event with a future consequence is past
 * ("Saturday's defeat will hurt the club"). */
static gboolean
possessive_ahead (Tense *tense, gsize start, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize w;
  if (start >= 3 && g_ascii_strncasecmp (text + start - 3, "to ", 3) == 0 && word_before_in (d->ahead_words, text, start - 3, &w))
    return TRUE;
  /* "after Sunday's final", "following his sending-off in Sunday's
   * final": done (kind `clause`) */
  for (gsize back = start, words = 0; words < 4 && back > 0; words++, back = w)
    if (word_before_in (d->clause_words, text, back, &w))
      return FALSE;
    else if (w == back || !g_ascii_islower (text[w]))
      break;
  /* the possessive's noun, after names ("Tuesday's Champions League
   * group tie") and one word in lowercase at most ("Sunday's big match");
   * its clause speaks of the future before it or after it ("Almunia will
   * start Tuesday's tie", "Saturday's game will be shown live") */
  gsize at = end;
  while (text[at] && text[at] != ' ')
    at++;
  gsize word_end;
  for (guint words = 0, lower = 0; words < 5 && lower < 2 && text[at] == ' '; words++, at = word_end)
    {
      if (word_at_in (d->event_words, text, at + 1, &word_end))
        /* or it is what a verb in the present right before it names
         * ("the most important thing is Sunday's game"): the noun is the
         * head (a mark or a preposition after it, not "Sunday's match
         * report") and nothing in the sentence is past ("is Saturday's
         * match, which Chelsea won 2-1") */
        return tense_future (tense) || tense_future_after (tense, end)
               || (word_before_in (d->present_words, text, start, NULL) && noun_is_head (d, text, word_end)
                   && sentence_present_simple (tense, start, end, FALSE));
      lower += !g_ascii_isupper (text[at + 1]);
    }
  return FALSE;
}

/* Whether the sentence around @start..@end holds no verb of the past (in
 * -ed, "need" and "speed" aside, or irregular) and no cue of the
 * lexicon's past, nor of its future where @future_too: a present simple
 * throughout, what
 * happens as a rule ("He usually plays golf at the weekend"), not a
 * report of one time ("Police often patrol the area, and they arrested
 * three men at the weekend", "He always said the match at the weekend
 * would be hard"). */
static gboolean
sentence_present_simple (const Tense *tense, gsize start, gsize end, gboolean future_too)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize stop = end;
  while (stop < end + AFTER_REACH && text[stop] && !strchr (".!?\n", text[stop]))
    stop++;
  Tense all = *tense;
  all.end = stop;
  for (gsize at = tense->start; at < stop; at++)
    {
      if (at == start)
        at = end;
      if (!g_ascii_isalpha (text[at]) || (at > 0 && (g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')))
        continue;
      gsize word_end = at;
      while (word_end < stop && g_ascii_isalpha (text[word_end]))
        word_end++;
      gsize n = word_end - at;
      /* a comparison's clause after the expression is another time
       * ("watch more television than their parents did") */
      if (at > end && word_before_in (d->compare_words, text, word_end, NULL))
        break;
      int far = cue_at (&d->far_cues, &all, at, ALL_CUES);
      int near = cue_at (&d->near_cues, &all, at, ALL_CUES);
      /* a fixture's verb is a present ("usually plays golf") */
      /* four letters, not -eed: "need", "proceed" are presents */
      if ((n > 3 && regular_past (text + at, n) && text[word_end - 3] != 'e')
          || past_form_at (d, text, at, word_end) || far == CUE_PAST || near == CUE_PAST
          || (future_too && (far == CUE_FUTURE || near == CUE_FUTURE)))
        return FALSE;
      at = word_end;
    }
  return TRUE;
}

/* Whether a word of kind `habitual` is in the clause before @start: the
 * nearest back, with no semicolon between nor a coordinator that opens a
 * clause of its own (an opener, a subject word or a name after it: "but
 * tomorrow it opens at 10am", "and the strike starts at noon"). */
static gsize
next_word_end (const char *text, gsize at, gsize stop)
{
  while (at < stop && g_ascii_isalpha (text[at]))
    at++;
  return at;
}

static gboolean
habitual_in_clause (const Dates *d, const char *text, gsize from, gsize start)
{
  gsize at = start, next = start;
  while (at > from)
    {
      if (text[at - 1] == ';')
        return FALSE;
      if (!g_ascii_isalpha (text[at - 1]))
        {
          at--;
          continue;
        }
      gsize w;
      if (word_before_in (d->habitual_words, text, at, &w) && w >= from)
        return TRUE;
      if (word_before_in (d->coordinator_words, text, at, &w) && w >= from && next < start
          && (word_before_in (d->opener_words, text, next_word_end (text, next, start), NULL)
              || word_before_in (d->subject_words, text, next_word_end (text, next, start), NULL)
              || g_ascii_isupper (text[next])))
        return FALSE;
      while (at > from && g_ascii_isalpha (text[at - 1]))
        at--;
      next = at;
    }
  return FALSE;
}

gboolean
tense_habitual (Tense *tense, gsize start, gsize end)
{
  return habitual_in_clause (tense->d, tense->text, tense->start, start) && sentence_present_simple (tense, start, end, TRUE);
}

gboolean
tense_nowadays (Tense *tense, gsize start, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  /* "the children of today", "the kids of today": of people or things
   * (data/generic-nouns.tsv), not of events ("the events of today", the
   * day's), not "as of today", nor before a possessive's noun ("of
   * today's") */
  if (start >= 3 && strncmp (text + start - 3, "of ", 3) == 0 && !g_ascii_isalnum (text[end]) && text[end] != '\''
      && (guchar) text[end] != 0xe2 && plural_noun_before (d, text, start - 3, FALSE))
    return TRUE;
  /* after a name as after a plural noun of people: "Poverty in Britain
   * today is worse than", "Africa today faces many problems"; after a
   * name the clause may end at "today" ("most homes in Britain today
   * have one", "fewer jobs in Britain today.") */
  gsize w;
  gsize n = word_before (text, tense->start, start, &w);
  gboolean named = n >= 2 && w + n + 1 == start && g_ascii_isupper (text[w]);
  if (!d->far_cues.any || !(named || plural_noun_before (d, text, start, TRUE)))
    return FALSE;
  gboolean clause_ends = named && text[end] && strchr (".,;:!?", text[end]);
  if (!clause_ends && (text[end] != ' ' || !g_ascii_islower (text[end + 1])))
    return FALSE;
  /* the word after: no cue of the past or the future ("the players
   * today were superb", "fans today will see"), no verb in -ed or
   * irregular past ("fans today celebrated", "pupils today sat") */
  gsize at = end + 1, word_end = at;
  while (!clause_ends && g_ascii_isalpha (text[word_end]))
    word_end++;
  Tense after = *tense;
  after.end = word_end;
  /* (a fixture's verb is a present: "Africa today faces many problems") */
  int far = clause_ends ? -1 : cue_at (&d->far_cues, &after, at, ALL_CUES);
  int near = clause_ends ? -1 : cue_at (&d->near_cues, &after, at, ALL_CUES);
  if (!clause_ends
      && (far == CUE_PAST || far == CUE_FUTURE || near == CUE_PAST || near == CUE_FUTURE
          || regular_past (text + at, word_end - at) || past_form_at (d, text, at, word_end)))
    return FALSE;
  /* a fixture's verb between a name and a name is the day's fixture,
   * whatever general words the sentence holds further on ("Chelsea today
   * host Arsenal in the biggest game of the season for most fans"); not
   * a state of things ("Africa today faces many problems"), nor after
   * plural noun ("children today play Xbox games more") or a place
   * ("fans in Britain today play FIFA more than ever") */
  gsize next = word_end;
  while (text[next] == ' ')
    next++;
  if ((far == CUE_FIXTURE || near == CUE_FIXTURE) && named && next > word_end && g_ascii_isupper (text[next])
      && !word_before_in (d->preposition_words, text, w, NULL) && !plural_noun_before (d, text, start, TRUE))
    return FALSE;
  /* and a word of people or things in general in the sentence ("Most
   * consumers today own", "watch more television"), in a present simple
   * throughout: "Voters today go to the polls" is the day's event */
  gsize stop = end;
  while (stop < end + AFTER_REACH && text[stop] && !strchr (".!?\n", text[stop]))
    stop++;
  return (word_between_in (d->generic_words, text, tense->start, stop) || word_between_in (d->habitual_words, text, tense->start, stop))
         && sentence_present_simple (tense, start, end, TRUE);
}

gboolean
tense_future_word_before (Tense *tense, gsize start)
{
  const Dates *d = tense->d;
  gsize w;
  if (!d->far_cues.any || word_before (tense->text, 0, start, &w) == 0)
    return FALSE;
  Tense before = *tense;
  before.end = start;
  return cue_at (&d->far_cues, &before, w, ALL_CUES) == CUE_FUTURE || cue_at (&d->near_cues, &before, w, ALL_CUES) == CUE_FUTURE;
}

/* Whether a verb in -ed comes right before "in" and the expression ending
 * at @to ("was signed in April", "the deal, signed in April, ..."): an
 * event done, as an irregular past is; not after a passive's or an
 * infinitive's word (kind `passive`: "will be signed in April", "is
 * listed in April", "to be opened in May"). */
static gboolean
regular_past_before (const Dates *d, const char *text, gsize from, gsize to)
{
  gsize w, v;
  if (word_before (text, from, to, &w) != 2 || g_ascii_strncasecmp (text + w, "in", 2) != 0)
    return FALSE;
  gsize n = word_before (text, from, w, &v);
  /* five letters at least, as the lexicon's -ed cue ([a-z]{3,}ed) */
  return n >= 5 && g_ascii_islower (text[v]) && regular_past (text + v, n)
         && (v == 0 || text[v - 1] == ' ' || text[v - 1] == ',')
         && !word_before_in (d->passive_words, text, v, NULL);
}

gboolean
tense_coordinated_future (const Tense *tense)
{
  /* "will be introduced in April and passed in June": the verb in -ed
   * after "and" or "or" shares the tense of the clause before it */
  const char *text = tense->text;
  gsize w, v, c;
  if (word_before (text, tense->start, tense->end, &w) != 2 || g_ascii_strncasecmp (text + w, "in", 2) != 0)
    return FALSE;
  gsize n = word_before (text, tense->start, w, &v);
  if (n < 5 || text[v + n - 2] != 'e' || text[v + n - 1] != 'd')
    return FALSE;
  n = word_before (text, tense->start, v, &c);
  if (!((n == 3 && g_ascii_strncasecmp (text + c, "and", 3) == 0) || (n == 2 && g_ascii_strncasecmp (text + c, "or", 2) == 0)))
    return FALSE;
  Tense before = *tense;
  before.end = c;
  before.future = -1;
  int fixture = -1;
  return speaks_of_future (&before, &fixture) == TENSE_FUTURE;
}

gboolean
tense_since_before (const Tense *tense)
{
  /* "since" in the expression's own clause (after its last mark), with
   * no cue of the future after it: "its first results since listing on
   * the London Stock Exchange in June" counts from a June gone by; "open
   * since demand will peak in June" is of a cause */
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize from = tense->start;
  for (gsize at = tense->end; at > tense->start; at--)
    if (strchr (",;:()", text[at - 1]))
      {
        from = at;
        break;
      }
  Tense after = *tense;
  for (gsize at = from; at + 5 <= tense->end; at++)
    {
      if (g_ascii_strncasecmp (text + at, "since", 5) != 0 || (at > 0 && g_ascii_isalnum (text[at - 1]))
          || g_ascii_isalnum (text[at + 5]))
        continue;
      for (gsize w = at + 5; w < tense->end; w++)
        if (g_ascii_isalpha (text[w]) && !g_ascii_isalnum (text[w - 1])
            && (cue_at (&d->far_cues, &after, w, ALL_CUES) == CUE_FUTURE
                || cue_at (&d->near_cues, &after, w, ALL_CUES) == CUE_FUTURE))
          return FALSE;
      return TRUE;
    }
  return FALSE;
}

gboolean
done_between (const Dates *d, const char *text, gsize from, gsize to)
{
  return perfect_between (d, text, from, to) || past_form_between (d, text, from, to)
         || regular_past_before (d, text, from, to);
}

/* Where a weekday dates a fixture awaited by the words before it: "ahead
 * of Sunday's game", "ahead of their Six Nations game against Ireland on
 * Sunday" (AWAIT_AHEAD), "for Saturday's match", "named for the game
 * against Italy on Sunday" (AWAIT_FOR), with the fixture a noun of kind
 * `event` of data/context-words.tsv; *@cue is where "ahead" or "for"
 * starts.  Only names, determiners and one more word in lowercase come
 * between the cue and the noun ("for his display in the game on Sunday"
 * is no fixture awaited), and only names and the prepositions of a
 * fixture's opponent or place between the noun and "on". */
typedef enum
{
  AWAIT_NONE,
  AWAIT_AHEAD,
  AWAIT_FOR,
} Await;

static Await
await_cue_before (const char *text, gsize floor, gsize at, gsize *cue)
{
  gsize w;
  gsize n = word_before (text, floor, at, &w);
  if (n == 3 && g_ascii_strncasecmp (text + w, "for", 3) == 0 && (w == floor || text[w - 1] == ' '))
    return *cue = w, AWAIT_FOR;
  if (n == 2 && strncmp (text + w, "of", 2) == 0 && word_before (text, floor, w, &w) == 5
      && g_ascii_strncasecmp (text + w, "ahead", 5) == 0 && (w == floor || text[w - 1] == ' '))
    return *cue = w, AWAIT_AHEAD;
  return AWAIT_NONE;
}

static Await
awaited_fixture (const Dates *d, const char *text, gsize floor, gsize start, gsize end, gboolean possessive, gsize *cue)
{
  static const char *const links[] = { "against", "v", "vs", "versus", "at", "in", "with", "the", NULL };
  static const char *const determiners[] = { "the", "a", "their", "his", "her", "its", "our", "this", "next", NULL };
  gsize w, at;
  if (possessive)
    {
      Await kind = await_cue_before (text, floor, start, cue);
      if (kind != AWAIT_FOR)
        return kind;
      /* "for Saturday's" names what is awaited only before a fixture
       * ("fined for Saturday's trouble" names what happened) */
      at = end;
      while (text[at] && text[at] != ' ')
        at++;
      gsize word_end;
      for (guint words = 0, lower = 0; words < 5 && lower < 2 && text[at] == ' '; words++, at = word_end)
        {
          if (word_at_in (d->event_words, text, at + 1, &word_end))
            return AWAIT_FOR;
          lower += !g_ascii_isupper (text[at + 1]);
        }
      return AWAIT_NONE;
    }
  /* "... on Sunday": back over the opponent and the place to the noun */
  if (word_before (text, floor, start, &w) != 2 || strncmp (text + w, "on", 2) != 0)
    return AWAIT_NONE;
  at = w;
  for (guint words = 0; words < 7; words++)
    {
      gsize n = word_before (text, floor, at, &w);
      if (n == 0 || (text[w + n] != ' ' && text[w + n] != '-'))
        return AWAIT_NONE;
      if (word_before_in (d->event_words, text, w + n, NULL) && g_ascii_islower (text[w]))
        break;
      gboolean link = g_ascii_isupper (text[w]);
      for (guint i = 0; !link && links[i]; i++)
        link = n == strlen (links[i]) && strncmp (text + w, links[i], n) == 0;
      if (!link)
        return AWAIT_NONE;
      at = w;
    }
  /* and back from the noun over names and determiners to the cue */
  at = w;
  for (guint words = 0, lower = 0; words < 6; words++)
    {
      Await kind = await_cue_before (text, floor, at, cue);
      if (kind != AWAIT_NONE)
        return kind;
      gsize n = word_before (text, floor, at, &w);
      if (n == 0 || text[w + n] != ' ')
        return AWAIT_NONE;
      gboolean determiner = FALSE;
      for (guint i = 0; !determiner && determiners[i]; i++)
        determiner = n == strlen (determiners[i]) && g_ascii_strncasecmp (text + w, determiners[i], n) == 0;
      if (!determiner && !g_ascii_isupper (text[w])
          && (++lower > 1 || word_before_in (d->preposition_words, text, w + n, NULL)
              || word_before_in (d->clause_words, text, w + n, NULL)))
        return AWAIT_NONE;
      at = w;
    }
  return AWAIT_NONE;
}

gboolean
tense_weekday_ahead (Tense *tense, gsize start, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  const char *after = text + end, *before = text + start;
  gboolean possessive = g_str_has_prefix (after, "'s") || g_str_has_prefix (after, "\u2019s");
  /* but "ahead of Sunday's election", and "for" of purpose, after a
   * word of data/context-words.tsv ("fit for Saturday's opener"), name
   * what is awaited: there the clause's tense decides.  "For" of cause
   * ("fined for Saturday's trouble") names what has happened. */
  gsize w;
  /* A fixture awaited ("has flown to Dublin ahead of Sunday's game", "has
   * been named for the game against Italy on Sunday") is the coming one
   * whatever the verb's tense, as a preview writes it: unless the clause
   * tells it from before a past ("had forecast ahead of Friday's
   * announcement").  After "for", only in a clause of the present perfect
   * or a modal (`unfinished`): "withdrew from the team for Friday's
   * clash" tells of one gone. */
  gsize cue;
  Await await = awaited_fixture (d, text, tense->start, start, end, possessive, &cue);
  if (await != AWAIT_NONE)
    {
      gsize clause = cue;
      while (clause > tense->start && !strchr (",;(", text[clause - 1]))
        clause--;
      if (!word_between_in (d->perfect_words, text, clause, cue)
          && (await == AWAIT_AHEAD || word_between_in (d->unfinished_words, text, clause, cue)))
        return TRUE;
    }
  if (possessive
      && ((start >= 4 && g_ascii_strncasecmp (before - 4, "for ", 4) == 0
           && word_before_in (d->purpose_words, text, start - 4, &w))
          || (start >= 9 && g_ascii_strncasecmp (before - 9, "ahead of ", 9) == 0)))
    possessive = FALSE;
  return possessive ? possessive_ahead (tense, start, end) : tense_fixture_future (tense);
}

/* Whether the word at @at..@end is a verb in the past that tells an
 * event done: "was", "were" or another past cue of the lexicon ("had",
 * "did"), an irregular past ("rose", "brought"), or a regular one in -ed
 * of five letters or more, not -eed ("need", "proceed"); not after a
 * word of kind `passive` ("will be launched", "the planned", "is
 * listed", "the newly built") nor `unfinished` or `perfect` ("has
 * brought", "had set"). */
/* Whether the word at @at..@end is "was" or "were" before a word in
 * -ing, adverbs in -ly between: a past progressive ("was retiring in
 * June", "were going ahead in July") tells what was under way or
 * arranged at the time of the telling, no event over. */
static gboolean
progressive_at (const char *text, gsize at, gsize end)
{
  gsize n = end - at;
  if (!((n == 3 && strncmp (text + at, "was", 3) == 0) || (n == 4 && strncmp (text + at, "were", 4) == 0)))
    return FALSE;
  for (guint words = 0; words < 3 && text[end] == ' '; words++)
    {
      gsize w = end + 1, e = w;
      while (g_ascii_islower (text[e]))
        e++;
      if (e - w > 4 && strncmp (text + e - 3, "ing", 3) == 0)
        return TRUE;
      if (e - w < 4 || strncmp (text + e - 2, "ly", 2) != 0)
        return FALSE;
      end = e;
    }
  return FALSE;
}

/* Whether the word at @at..@end is "was" or "were" with no participle
 * after it (in -ed, an irregular past, or in -en: "was arrested", "was
 * held", "were taken"): a copula, whose clause names no event of its
 * own ("was on 5 May", "were in June"). */
static gboolean
copula_alone (const Dates *d, const char *text, gsize at, gsize end)
{
  gsize n = end - at;
  if (!((n == 3 && strncmp (text + at, "was", 3) == 0) || (n == 4 && strncmp (text + at, "were", 4) == 0)))
    return FALSE;
  if (text[end] != ' ' || !g_ascii_islower (text[end + 1]))
    return TRUE;
  gsize w = end + 1, e = w;
  while (g_ascii_islower (text[e]) && e - w < 32)
    e++;
  return !((e - w > 3 && regular_past (text + w, e - w)) || (e - w > 4 && strncmp (text + e - 2, "en", 2) == 0)
           || past_form_at (d, text, w, e));
}

static gboolean
past_verb_at (const Tense *tense, const Tense *window, gsize at, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize n = end - at;
  /* "last" and "since" are past cues of the lexicon, but no verb: "her
   * last show on 5 March" */
  if (!g_ascii_islower (text[at]) || progressive_at (text, at, end) || word_before_in (d->unfinished_words, text, at, NULL)
      || word_before_in (d->perfect_words, text, at, NULL) || word_before_in (d->opener_words, text, end, NULL)
      || word_before_in (d->bound_words, text, end, NULL))
    return FALSE;
  if (n > 4 && regular_past (text + at, n) && text[end - 3] != 'e')
    {
      /* through an adverb in -ly: "will be officially recognised" */
      gsize w, before = at;
      gsize adverb = word_before (text, 0, at, &w);
      if (adverb > 3 && text[w + adverb - 2] == 'l' && text[w + adverb - 1] == 'y')
        before = w;
      return !word_before_in (d->passive_words, text, before, NULL);
    }
  return past_form_at (d, text, at, end) || cue_at (&d->far_cues, window, at, 1u << CUE_PAST) == CUE_PAST;
}

/* Whether a word of kind `present` ("remains", "is") follows the
 * expression ending at @end in its clause: "said the play's 15 March
 * opening date remains unchanged" speaks of a day still ahead. */
static gboolean
present_after (const Tense *tense, gsize end)
{
  const char *text = tense->text;
  for (gsize at = end; at < end + AFTER_REACH && text[at] && !strchr (",;:.!?()", text[at]); at++)
    if (g_ascii_isalpha (text[at]) && !g_ascii_isalnum (text[at - 1]))
      {
        gsize e = at;
        while (g_ascii_isalpha (text[e]))
          e++;
        if (word_before_in (tense->d->present_words, text, e, NULL))
          return TRUE;
        at = e;
      }
  return FALSE;
}

/* How far after a month that opens its clause its verb is looked for. */
#define OPENER_REACH 120

gboolean
tense_past_clause (Tense *tense, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  if (!d->far_cues.any || tense_future (tense) || tense->fixture > 0)
    return FALSE;
  /* the clause: after its last mark, or a complement's "that" */
  gsize from = tense->start;
  for (gsize at = tense->end; at > tense->start; at--)
    if (strchr (",;:()\"", text[at - 1]))
      {
        from = at;
        break;
      }
  /* a determiner right before it, or opening it, makes it a noun's
   * modifier ("gave no reason for the Jan. 14 deadline"), no time of
   * the verb; a preposition of kind `aim` or `path` a time aimed at
   * ("was adjourned until May"); a coordinator the second end of a
   * range, whose first end was read on its own ("between 12 January
   * and 10 February") */
  gsize w;
  if ((word_before_in (d->opener_words, text, tense->end, &w) && w >= from) || word_at_in (d->opener_words, text, tense->end, &w)
      || ((word_before_in (d->aim_words, text, tense->end, &w) || word_before_in (d->path_words, text, tense->end, &w)
           || word_before_in (d->coordinator_words, text, tense->end, &w))
          && w >= from))
    return FALSE;
  /* the verbs before it, in order: the last that tells the tense wins;
   * an infinitive ("agreed to buy it in April", not "to a calendar
   * year") or a complement ("said that") opens a time of its own, "due"
   * a plan ("was due in April"); a word of kind `aim` after the verb a
   * time aimed at ("extended its offer until 5 p.m. EST Nov. 9", "was
   * inside the mark for the championships in March"); one of kind
   * `path` too, but not before a determiner ("changed from a fiscal
   * year to a calendar year in December"); a
   * present, a modal or a cue of the future ("has extended loans
   * through January", "codenamed Xenon, will be unveiled in May") no
   * event done; a past perfect ("had set a deadline in May") is
   * done_between()'s, which knows the participles of an event done */
  gboolean past = FALSE, future_seen = FALSE;
  gsize report_end = 0; /* the end of a report's verb that gave @past */
  gsize reported = 0;   /* the end of a verb of speech or thought ("said") before */
  guint words = 0;
  Tense window = *tense;
  for (gsize at = from; at < tense->end; at++)
    {
      if (!g_ascii_isalpha (text[at]) || (at > 0 && (g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')))
        continue;
      gsize e = at;
      while (e < tense->end && g_ascii_isalpha (text[e]))
        e++;
      words++;
      gsize next_end = e + 1;
      while (text[e] == ' ' && g_ascii_isalpha (text[next_end]))
        next_end++;
      if ((e - at == 2 && g_ascii_strncasecmp (text + at, "to", 2) == 0 && text[e] == ' ' && g_ascii_islower (text[e + 1])
           && !word_before_in (d->opener_words, text, next_end, NULL))
          || (e - at == 3 && strncmp (text + at, "due", 3) == 0) || word_before_in (d->complement_words, text, e, NULL)
          || word_before_in (d->aim_words, text, e, NULL)
          || (word_before_in (d->path_words, text, e, NULL) && !word_before_in (d->opener_words, text, next_end, NULL))
          || word_before_in (d->unfinished_words, text, e, NULL) || word_before_in (d->perfect_words, text, e, NULL)
          || word_before_in (d->present_words, text, e, NULL) || progressive_at (text, at, e)
          || (cue_at (&d->far_cues, &window, at, 1u << CUE_FUTURE) >= 0 && (future_seen = TRUE)))
        past = FALSE, report_end = 0;
      /* after a cue of the future a participle is no past of its own
       * ("will be included in the chart published on 17 April"): only a
       * finite past is ("was", "rose") */
      else if (past_verb_at (tense, &window, at, e)
               && (!future_seen || past_form_at (d, text, at, e) == PAST_ALONE
                   || cue_at (&d->far_cues, &window, at, 1u << CUE_PAST) >= 0))
        {
          past = TRUE;
          /* a verb of a coming event ("threatened a strike in April",
           * "were drawn against Bayern in the final on 9 April", kind
           * `prospect`) names what is to come as a report names what it
           * reported; and "was" or "were" alone after a verb of speech
           * or thought is the report's present, backshifted ("said the
           * election was on 5 May"): neither tells when.  A verb of an
           * event after the report is one done ("said he was arrested
           * in June", "said the firm collapsed in June"). */
          if (word_before_in (d->reported_words, text, e, NULL))
            reported = e;
          report_end = word_before_in (d->reported_words, text, e, NULL) || word_before_in (d->report_words, text, e, NULL)
                               || word_before_in (d->prospect_words, text, e, NULL)
                           ? e
                       : reported && copula_alone (d, text, at, e) ? reported
                                                                    : 0;
        }
      /* a participle of kind `prospect` after the past ("were drawn
       * against Bayern in the final on 9 April") */
      else if (past && word_before_in (d->prospect_words, text, e, NULL))
        report_end = e;
      at = e;
    }
  /* a report's verb with words after it names what it reported, whose
   * time may be ahead ("announced a launch in April"), not when */
  if (past && report_end && word_before (text, report_end, tense->end, &w) > 0 && w > report_end
      && word_before (text, report_end, w, &w) > 0)
    past = FALSE;
  if (!past && words <= 1)
    {
      /* it opens its clause ("In June, the virus was discovered"): the
       * verb after it, before any cue of the future or the present */
      gsize at = end;
      if (text[at] == ',')
        at++;
      gsize stop = at;
      while (stop < at + OPENER_REACH && text[stop] && !strchr (",;:.!?()", text[stop]))
        stop++;
      window.end = stop;
      for (; at < stop && !past; at++)
        {
          if (!g_ascii_isalpha (text[at]) || (at > 0 && (g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')))
            continue;
          gsize e = at;
          while (e < stop && g_ascii_isalpha (text[e]))
            e++;
          int kind = cue_at (&d->far_cues, &window, at, ALL_CUES);
          if (kind == CUE_FUTURE || kind == CUE_FIXTURE || word_before_in (d->present_words, text, e, NULL))
            return FALSE;
          past = past_verb_at (tense, &window, at, e);
          at = e;
        }
      return past;
    }
  return past && !tense_future_after (tense, end + (text[end] == ',')) && !present_after (tense, end);
}

gboolean
tense_scheduled_after (const Tense *tense, gsize end)
{
  Dates *d = tense->d;
  const char *text = tense->text;
  if (!d->far_cues.any)
    return FALSE;
  Tense after = *tense;
  gsize at = end + (text[end] == ',');
  /* a dash after the day makes it an entry of a timeline or a diary
   * ("12 January - The firm opens talks"), told in the present of
   * history */
  gsize mark = at;
  while (text[mark] == ' ')
    mark++;
  if (text[mark] == '-' || g_str_has_prefix (text + mark, "\u2013") || g_str_has_prefix (text + mark, "\u2014"))
    return FALSE;
  after.end = at;
  while (after.end < at + AFTER_REACH && text[after.end] && !strchr (",;:.!?()", text[after.end]))
    after.end++;
  for (; at < after.end; at++)
    {
      if (!g_ascii_isalpha (text[at]) || (at > 0 && (g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')))
        continue;
      gsize e = at;
      while (e < after.end && g_ascii_isalpha (text[e]))
        e++;
      int kind = cue_at (&d->far_cues, &after, at, ALL_CUES);
      if (kind == CUE_FUTURE || kind == CUE_FIXTURE
          || (d->planned && pcre2_match (d->planned, (PCRE2_SPTR) text, after.end, at, PCRE2_NO_UTF_CHECK, tense->md, NULL) >= 0))
        return TRUE;
      if (kind == CUE_PAST || past_verb_at (tense, &after, at, e))
        return FALSE;
      at = e;
    }
  return FALSE;
}

gboolean
tense_fixture_own (Tense *tense)
{
  tense_read (tense);
  if (tense->future != TENSE_NONE || tense->fixture <= 0)
    return FALSE;
  const char *text = tense->text;
  gsize from = tense->start + (gsize) tense->fixture - 1;
  for (gsize at = from; at < tense->end; at++)
    if (strchr (",;:()", text[at])
        || (at > from && g_ascii_isalpha (text[at]) && !g_ascii_isalnum (text[at - 1])
            && word_at_in (tense->d->clause_words, text, at, &(gsize){ 0 })))
      return FALSE;
  return TRUE;
}

gboolean
tense_weekday_again_ahead (Tense *tense, gsize start, gsize end)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  /* the noun it names: after the possessive, or after the weekday that
   * "the" opens ("the Thursday vote"), one word in lowercase at most
   * between ("Sunday's big match") */
  gsize at = end;
  if (text[at] == '\'' && text[at + 1] == 's')
    at += 2;
  else if (g_str_has_prefix (text + at, "\u2019s"))
    at += 4;
  gsize word_end = at;
  gboolean event = FALSE;
  for (guint words = 0; words < 2 && text[at] == ' ' && g_ascii_islower (text[at + 1]); words++, at = word_end)
    if ((event = word_at_in (d->event_words, text, at + 1, &word_end)))
      break;
  if (!event)
    return FALSE;
  /* nor the verb before it in its clause (after its last mark, or a
   * complement's "that": "stressing that Thursday's meeting"): "was sent
   * off in the final minute of Sunday's match" tells the match held; a
   * report's verb ("said Sunday's game would be tough"), an infinitive
   * or a cue of the future opens a time of its own */
  gsize from = tense->start;
  for (gsize back = start; back > tense->start; back--)
    if (strchr (",;:()\"", text[back - 1]))
      {
        from = back;
        break;
      }
  Tense before = *tense;
  before.end = start;
  gboolean done = FALSE;
  for (gsize w = from; w < start; w++)
    {
      if (!g_ascii_isalpha (text[w]) || (w > 0 && (g_ascii_isalnum (text[w - 1]) || text[w - 1] == '\'')))
        continue;
      gsize e = w;
      while (e < start && g_ascii_isalpha (text[e]))
        e++;
      if (word_before_in (d->complement_words, text, e, NULL) || word_before_in (d->reported_words, text, e, NULL)
          || (e - w == 2 && g_ascii_strncasecmp (text + w, "to", 2) == 0 && g_ascii_islower (text[e + 1]))
          || cue_at (&d->far_cues, &before, w, 1u << CUE_FUTURE) >= 0)
        done = FALSE;
      else if (past_verb_at (tense, &before, w, e))
        done = TRUE;
      w = e;
    }
  if (done)
    return FALSE;
  /* the rest of its clause tells nothing done: "was" and "were" may say
   * what the event is ("Thursday's meeting was only a first step"), a
   * verb in the past or a past cue of the lexicon tells it held
   * ("Monday's talks broke down", "Tuesday's deadline was missed", "the
   * Thursday meeting last week") */
  Tense rest = *tense;
  rest.start = word_end;
  rest.end = word_end;
  while (rest.end < word_end + AFTER_REACH && text[rest.end] && !strchr (",;:.!?()", text[rest.end]))
    rest.end++;
  for (at = word_end; at < rest.end; at++)
    {
      if (!g_ascii_isalpha (text[at]) || g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')
        continue;
      gsize e = at;
      while (e < rest.end && g_ascii_isalpha (text[e]))
        e++;
      gsize n = e - at;
      gboolean copula = (n == 3 && strncmp (text + at, "was", 3) == 0) || (n == 4 && strncmp (text + at, "were", 4) == 0);
      /* a participle after "is being", "will be" is no past ("where
       * Saturday's game is being played") */
      if (!copula
          && ((n > 4 && regular_past (text + at, n) && text[e - 3] != 'e' && !word_before_in (d->passive_words, text, at, NULL))
              || past_form_at (d, text, at, e)
              || cue_at (&d->far_cues, &rest, at, 1u << CUE_PAST) == CUE_PAST))
        return FALSE;
      at = e;
    }
  return TRUE;
}
