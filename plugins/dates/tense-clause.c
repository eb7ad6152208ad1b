/* tense-clause.c: the readers of a clause's own verb: whether the
 * clause of a month or day without its year tells an event done
 * (tense_past_clause()), and whether the clause after a date that opens
 * it speaks of what is planned (tense_scheduled_after()).  The cue
 * reading they share is in tense.c. */
#include "tense.h"

#include <string.h>

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
 * own ("was on 5 May", "were in June"), the expression at @to its
 * predicate: one word at most between, its preposition ("was due in
 * June" too).  A complement between tells a state at that time, gone by
 * ("said the flat was empty in June"). */
static gboolean
copula_alone (const Dates *d, const char *text, gsize at, gsize end, gsize to)
{
  gsize n = end - at;
  if (!((n == 3 && strncmp (text + at, "was", 3) == 0) || (n == 4 && strncmp (text + at, "were", 4) == 0)))
    return FALSE;
  guint words = 0;
  for (gsize i = end; i + 1 < to; i++)
    words += text[i] == ' ' && g_ascii_isalpha (text[i + 1]) && g_ascii_strncasecmp (text + i + 1, "due ", 4) != 0;
  if (words > 1)
    return FALSE;
  if (text[end] != ' ' || !g_ascii_islower (text[end + 1]))
    return TRUE;
  gsize w = end + 1, e = w;
  while (g_ascii_islower (text[e]) && e - w < 32)
    e++;
  return !((e - w > 3 && regular_past (text + w, e - w)) || (e - w > 4 && strncmp (text + e - 2, "en", 2) == 0)
           || past_form_at (d, text, w, e));
}

/* Whether the word at @at..@end is a verb in the past that tells an
 * event done: "was", "were" or another past cue of the lexicon ("had",
 * "did"), an irregular past ("rose", "brought"), or a regular one in -ed
 * of five letters or more, not -eed ("need", "proceed"); not after a
 * word of kind `passive` ("will be launched", "the planned", "is
 * listed", "the newly built") nor `unfinished` or `perfect` ("has
 * brought", "had set"). */
/* past_verb_at() with @key, the word ending at @end (word_key()). */
static gboolean
past_verb_keyed (const Tense *tense, const Tense *window, gsize at, gsize end, const WordKey *key)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize n = end - at;
  /* "last" and "since" are past cues of the lexicon, but no verb: "her
   * last show on 5 March" */
  if (!g_ascii_islower (text[at]) || progressive_at (text, at, end))
    return FALSE;
  WordKey previous;
  word_key (&previous, text, at);
  if (key_in (&previous, d->unfinished_words) || key_in (&previous, d->perfect_words) || key_in (key, d->opener_words)
      || key_in (key, d->bound_words))
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
  /* the past row of a future that judges ("will long be remembered")
   * matches at the modal, a future's word: no verb in the past */
  return past_form_at (d, text, at, end) || bare_past_at (d, text, tense->start, at, end)
         || (cue_at (&d->far_cues, window, at, 1u << CUE_PAST) == CUE_PAST
             && cue_at (&d->far_cues, window, at, 1u << CUE_FUTURE) < 0);
}

gboolean
past_verb_at (const Tense *tense, const Tense *window, gsize at, gsize end)
{
  WordKey key;
  word_key (&key, tense->text, end);
  return past_verb_keyed (tense, window, at, end, &key);
}

/* Whether a word of kind `present` ("remains", "is") follows the
 * expression ending at @end in its clause: "said the play's 15 March
 * opening date remains unchanged" speaks of a day still ahead. */
static gboolean
present_after (const Tense *tense, gsize end)
{
  const char *text = tense->text;
  for (gsize at = end; at < end + AFTER_REACH && !after_stops (tense, at); at++)
    if (g_ascii_isalpha (text[at]) && !g_ascii_isalnum (text[at - 1]))
      {
        gsize e = at;
        while (g_ascii_isalpha (text[e]))
          e++;
        if (word_before_in (tense->d->present_words, text, e, NULL))
          return TRUE;
        /* the loop's step lands on the byte after the word, which the
         * loop's test must see: it may be the text's end */
        at = e - 1;
      }
  return FALSE;
}

/* Where a bracketed aside that opens at @at ends, after its ")", in the
 * same sentence, at most 40 bytes on, and before a word in lowercase
 * ("(ONS) reclassified", "(£1.9bn) rose"); 0 where none opens there (a
 * dateline's "(Reuters) - Shares fell" is no aside). */
static gsize
bracket_aside (const Tense *tense, gsize at)
{
  const char *text = tense->text;
  if (text[at] != '(')
    return 0;
  for (gsize i = at + 1; i < at + 40 && i < tense->limit && text[i] != '\0'; i++)
    if (text[i] == ')')
      return text[i + 1] == ' ' && g_ascii_islower (text[i + 2]) ? i + 1 : 0;
    else if (text[i] == '(')
      return 0;
  return 0;
}

/* The longest line read as a headline, in bytes (the BBC's run to 80). */
#define HEADLINE_MAX 160

/* How far after a month that opens its clause its verb is looked for. */
#define OPENER_REACH 120

/* Whether the word of kind `path` at @path ends a period of accounts
 * that "the" opens, a count or not between ("the 12 months through
 * June", "the year to June"): the month is where the period ends, of
 * the clause's tense, no destination aimed at ("moved the meeting to
 * June", "extended it by three months to June"); normalise-days-months.c
 * asks it too, for a month whose clause has no past. */
gboolean
tense_period_to (const Dates *d, const char *text, gsize from, gsize path)
{
  gsize w, n = word_before (text, from, path, &w);
  char unit[32];
  if (n == 0 || n >= sizeof unit || w + n + 1 != path)
    return FALSE;
  memcpy (unit, text + w, n);
  unit[n] = '\0';
  /* not a forecast's period, still running ("predicted a profit in
   * the year to June") */
  if (unit_code (d, unit) == NULL || word_between_in (d->forecast_words, text, from, w))
    return FALSE;
  /* back over one token (a count in figures or words) to "the" */
  for (guint tokens = 0; tokens < 2 && w > from + 1 && text[w - 1] == ' '; tokens++)
    {
      gsize t = w - 1;
      while (t > from && text[t - 1] != ' ')
        t--;
      if (w - 1 - t == 3 && g_ascii_strncasecmp (text + t, "the", 3) == 0)
        return TRUE;
      w = t;
    }
  return FALSE;
}

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
    if (clause_mark (text[at - 1], TRUE))
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
      || ((word_before_in (d->aim_words, text, tense->end, &w)
           || (word_before_in (d->path_words, text, tense->end, &w) && !tense_period_to (d, text, from, w))
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
  gboolean publication = FALSE; /* and that verb is of kind `report` ("posted"), not speech ("warned") */
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
      WordKey key;
      word_key (&key, text, e);
      if ((e - at == 2 && g_ascii_strncasecmp (text + at, "to", 2) == 0 && text[e] == ' ' && g_ascii_islower (text[e + 1])
           && !word_before_in (d->opener_words, text, next_end, NULL))
          || (e - at == 3 && strncmp (text + at, "due", 3) == 0) || key_in (&key, d->complement_words)
          || key_in (&key, d->aim_words)
          || (key_in (&key, d->path_words) && !word_before_in (d->opener_words, text, next_end, NULL)
              && !tense_period_to (d, text, from, at))
          || key_in (&key, d->unfinished_words) || key_in (&key, d->perfect_words)
          || key_in (&key, d->present_words) || progressive_at (text, at, e)
          || (cue_at (&d->far_cues, &window, at, 1u << CUE_FUTURE) >= 0 && (future_seen = TRUE)))
        past = FALSE, report_end = 0, publication = FALSE;
      /* after a cue of the future a participle is no past of its own
       * ("will be included in the chart published on 17 April"): only a
       * finite past is ("was", "rose") */
      else if (past_verb_keyed (tense, &window, at, e, &key)
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
          if (key_in (&key, d->reported_words))
            reported = e;
          report_end = key_in (&key, d->reported_words) || key_in (&key, d->report_words) || key_in (&key, d->prospect_words)
                           ? e
                       : reported && copula_alone (d, text, at, e, tense->end) ? reported
                                                                    : 0;
          publication = key_in (&key, d->report_words);
        }
      /* a participle of kind `prospect` after the past ("were drawn
       * against Bayern in the final on 9 April") */
      else if (past && key_in (&key, d->prospect_words))
        report_end = e, publication = FALSE;
      at = e;
    }
  /* a report's verb with words after it names what it reported, whose
   * time may be ahead ("announced a launch in April"), not when; but a
   * figure a period ended with (kind `outcome`: "posted a loss in
   * June") tells that period done, where a publication's verb reported
   * it (kind `report`), not one of speech ("warned of a loss in June"
   * is a forecast) */
  if (past && report_end && word_before (text, report_end, tense->end, &w) > 0 && w > report_end
      && word_before (text, report_end, w, &w) > 0 && !(publication && word_between_in (d->outcome_words, text, report_end, tense->end)))
    past = FALSE;
  if (!past && words <= 1)
    {
      /* it opens its clause ("In June, the virus was discovered"): the
       * verb after it, before any cue of the future or the present */
      gsize at = end;
      if (text[at] == ',')
        at++;
      /* a bracketed aside is passed over, its subject's acronym ("In
       * March the Office of National Statistics (ONS) reclassified") */
      gsize stop = at;
      while (stop < at + OPENER_REACH && !(after_stops (tense, stop) && !bracket_aside (tense, stop)))
        stop = bracket_aside (tense, stop) ? bracket_aside (tense, stop) : stop + 1;
      window.end = stop;
      for (; at < stop && !past; at++)
        {
          if (bracket_aside (tense, at))
            at = bracket_aside (tense, at);
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
word_opens_clause (const Dates *d, const char *text, gsize at)
{
  gsize end = at;
  while (g_ascii_isalpha (text[end]))
    end++;
  return g_ascii_islower (text[at])
         && ((text[at] == 'w' && text[at + 1] == 'h') || (end - at == 2 && strncmp (text + at, "if", 2) == 0)
             || word_before_in (d->clause_words, text, end, NULL) || word_before_in (d->compare_words, text, end, NULL)
             || word_before_in (d->coordinator_words, text, end, NULL) || word_before_in (d->complement_words, text, end, NULL)
             || word_before_in (d->aim_words, text, end, NULL));
}

gsize
tense_when_clause (const Tense *tense, gsize from, gboolean *done)
{
  const char *text = tense->text;
  *done = FALSE;
  gsize first = from;
  while (text[first] == ' ')
    first++;
  gsize opener = 0; /* the length of "when " or "if " */
  if (g_ascii_strncasecmp (text + first, "when ", 5) == 0)
    opener = 5;
  else if (g_ascii_strncasecmp (text + first, "if ", 3) == 0)
    opener = 3;
  if (from == 0 || first == from || text[from - 1] != ',' || opener == 0)
    return from;
  gsize close = first + opener;
  while (close < first + AFTER_REACH && !after_stops (tense, close))
    close++;
  if (text[close] != ',' || close >= tense->limit)
    return from;
  Tense when = *tense;
  when.start = first + opener;
  when.end = close;
  for (gsize at = when.start; at < close; at++)
    {
      if (!g_ascii_isalpha (text[at]) || g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')
        continue;
      gsize e = at;
      while (e < close && g_ascii_isalpha (text[e]))
        e++;
      if (past_verb_at (tense, &when, at, e))
        {
          *done = TRUE;
          break;
        }
      at = e;
    }
  return close + 1;
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
  /* after the comma, a word that opens a clause of its own: "On Friday,
   * when the minister set aside his plans for the trip" is no main
   * clause */
  gsize first = at;
  while (text[first] == ' ')
    first++;
  /* but a "when" or "if" clause after the day's comma is of that same
   * time: done with a verb of the past ("On Saturday, when the match was
   * played, fans rioted"), else passed over to the main clause ("On
   * Saturday, when Wales play France, the roof will be closed"; "On
   * Sunday, when the team is expected to arrive, fans gathered"; "On
   * Sunday, if Wales play France, the roof will be closed") */
  gboolean done = FALSE;
  gsize main = text[end] == ',' ? tense_when_clause (tense, at, &done) : at;
  if (done)
    return FALSE;
  if (main != at)
    at = main;
  else if (text[end] == ',' && word_opens_clause (d, text, first))
    return FALSE;
  /* a dash after the day makes it an entry of a timeline or a diary
   * ("12 January - The firm opens talks"), told in the present of
   * history */
  gsize mark = at;
  while (text[mark] == ' ')
    mark++;
  if (text[mark] == '-' || g_str_has_prefix (text + mark, "\u2013") || g_str_has_prefix (text + mark, "\u2014"))
    return FALSE;
  after.end = at;
  while (after.end < at + AFTER_REACH && !after_stops (tense, after.end))
    after.end++;
  for (; at < after.end; at++)
    {
      if (!g_ascii_isalpha (text[at]) || (at > 0 && (g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')))
        continue;
      gsize e = at;
      while (e < after.end && g_ascii_isalpha (text[e]))
        e++;
      int kind = cue_at (&d->far_cues, &after, at, ALL_CUES);
      /* a cue in -ed with no auxiliary before it is a finite past ("On
       * Friday, the government planned to pay"), where "is expected",
       * "has planned" or "be scheduled" still look ahead */
      gsize w;
      if ((kind == CUE_FUTURE || kind == CUE_FIXTURE) && e - at > 3 && text[e - 2] == 'e' && text[e - 1] == 'd'
          && !((word_before_in (d->present_words, text, at, &w) || word_before_in (d->passive_words, text, at, &w)
                || word_before_in (d->unfinished_words, text, at, &w))
               && w >= end))
        return FALSE;
      if (kind == CUE_FUTURE || kind == CUE_FIXTURE
          || (d->planned && pcre2_match (d->planned, (PCRE2_SPTR) text, after.end, at, PCRE2_NO_UTF_CHECK, tense->md, NULL) >= 0))
        return TRUE;
      if (kind == CUE_PAST || past_verb_at (tense, &after, at, e))
        return FALSE;
      at = e;
    }
  return FALSE;
}

/* Whether the noun phrase after the determiner ending at @e (up to three
 * words, to the clause's end) names a fixture: a word of kind `event`
 * or a fixture cue ("will play the final on 5 February", "will attend
 * the Oscars ceremony"). */
static gboolean
phrase_fixture (Tense *tense, const Tense *window, gsize e)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize at = e;
  for (guint words = 0; words < 3 && at < tense->end; words++)
    {
      while (at < tense->end && text[at] == ' ')
        at++;
      gsize w = at;
      while (w < tense->end && (g_ascii_isalpha (text[w]) || text[w] == '-'))
        w++;
      if (w == at)
        break;
      if (word_before_in (d->event_words, text, w, NULL) || cue_at (&d->far_cues, window, at, 1u << CUE_FIXTURE) >= 0)
        return TRUE;
      at = w;
    }
  return FALSE;
}

/* Whether the word ending at @prev_end (from @prev_start) is a noun a
 * participle after it qualifies ("the ruling made on 22 February",
 * "two men arrested"): a lowercase word one space before, not an
 * auxiliary, a pronoun or determiner, nor an "-ly" adverb ("will be
 * officially opened"). */
gboolean
noun_before (const Dates *d, const char *text, gsize prev_start, gsize prev_end, gsize at)
{
  if (prev_end == prev_start || at != prev_end + 1 || !g_ascii_islower (text[prev_start]))
    return FALSE;
  if (prev_end - prev_start > 2 && text[prev_end - 2] == 'l' && text[prev_end - 1] == 'y')
    return FALSE;
  GHashTable *verbal[] = { d->passive_words, d->coming_words, d->present_words, d->perfect_words,
                           d->conditional_words, d->unfinished_words, d->backshift_words,
                           d->subject_words, d->determiner_words, d->owner_words };
  for (guint i = 0; i < G_N_ELEMENTS (verbal); i++)
    if (word_before_in (verbal[i], text, prev_end, NULL))
      return FALSE;
  return TRUE;
}

gboolean
tense_future_firm (Tense *tense)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize from = tense->start;
  for (gsize at = tense->end; at > tense->start; at--)
    if (clause_mark (text[at - 1], TRUE))
      {
        from = at;
        break;
      }
  /* the last verb that tells its tense wins ("said it will hear ... on
   * 16 February" holds; "postponed the launch until 3 February" does
   * not, "until" being a time aimed at, no verb); a complement ("said
   * that") opens a clause of its own */
  int firm = -1; /* -1: none seen, 0: gone by, 1: holds */
  gboolean future_seen = FALSE, past_before = FALSE;
  Tense window = *tense;
  gsize prev_start = 0, prev_end = 0;
  for (gsize at = from; at < tense->end; at++)
    {
      if (!g_ascii_isalpha (text[at]) || (at > 0 && (g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')))
        {
          if (!g_ascii_isspace (text[at]))
            prev_start = prev_end = 0;
          continue;
        }
      gboolean past_now = FALSE;
      gsize e = at;
      while (e < tense->end && (g_ascii_isalpha (text[e]) || (text[e] == '\'' && g_ascii_isalpha (text[e + 1]))))
        e++;
      WordKey key;
      word_key (&key, text, e);
      if (key_in (&key, d->complement_words))
        firm = -1, future_seen = FALSE;
      else if (key_in (&key, d->conditional_words) || key_in (&key, d->perfect_words))
        firm = 0, past_now = TRUE;
      else if (key_in (&key, d->coming_words) || key_in (&key, d->present_words) || key_in (&key, d->term_words))
        firm = 1, future_seen = TRUE;
      else if (key_in (&key, d->aim_words))
        ;
      /* a noun phrase after a word of kind `topic` names what the act
       * is about, often a past event ("will be sentenced for the attack
       * on 12 February", "will hear evidence about the fire"): the
       * future no longer holds for the day; not after other words ("will
       * be published on the ministry's website", "will play England in
       * the opening match"), nor a fixture ("will prepare for the final") */
      else if (firm == 1 && key_in (&key, d->determiner_words))
        {
          if (prev_end > 0 && word_before_in (d->topic_words, text, prev_end, NULL) && !phrase_fixture (tense, &window, e))
            firm = -1, future_seen = FALSE;
        }
      /* not a participle right after a past ("were scheduled for 27
       * February but postponed") */
      else if (cue_at (&d->far_cues, &window, at, (1u << CUE_FUTURE) | (1u << CUE_FIXTURE)) >= 0)
        firm = past_before ? 0 : 1, future_seen = !past_before;
      /* after a cue of the future a participle is no past of its own
       * ("will be held in Hollywood on 27 February") */
      else if (past_verb_keyed (tense, &window, at, e, &key)
               && (!future_seen || past_form_at (d, text, at, e) == PAST_ALONE
                   || cue_at (&d->far_cues, &window, at, 1u << CUE_PAST) >= 0
                   || noun_before (d, text, prev_start, prev_end, at)))
        firm = 0, future_seen = FALSE, past_now = TRUE;
      past_before = past_now;
      prev_start = at;
      prev_end = e;
      at = e;
    }
  return firm == 1;
}

/* A headline's plan: "Staff to strike on Monday", "Blair to visit Paris
 * on Friday".  @tense's sentence is a line with no stop at its end, and
 * before the expression stands "to" and a verb in lowercase right after
 * a noun or a name (a word in lowercase that is no verb of the past, or
 * a capitalised one), with no verb of the past between the infinitive
 * and the expression ("Plan to cut jobs approved on Monday").  Not "To
 * March, sales rose" (no word before "to"), nor "Figures to March
 * showed" (no verb after it). */
gboolean
tense_headline_plan (const Tense *tense)
{
  const char *text = tense->text;
  gsize end = tense->limit;
  while (end > tense->end && (text[end - 1] == ' ' || text[end - 1] == '\n' || text[end - 1] == '\r'))
    end--;
  if (end <= tense->end || strchr (".!?:;\"'", text[end - 1]) || (text[tense->limit] != '\n' && text[tense->limit] != '\0'))
    return FALSE;
  /* the line's start: the headline is all of its line, and short (a
   * line longer is running text with no stop at its end; its bound
   * keeps the scans below linear in the line: a line of 20,000
   * expressions and no stop read all of it for each) */
  gsize line = tense->start;
  while (line > 0 && text[line - 1] != '\n')
    if (tense->limit - --line > HEADLINE_MAX)
      return FALSE;
  if (tense->limit - line > HEADLINE_MAX)
    return FALSE;
  for (gsize i = line; i < tense->end; i++)
    if (strchr (".!?", text[i]) && (i + 1 == tense->end || text[i + 1] == ' '))
      return FALSE;
  for (gsize at = tense->start; at + 3 < tense->end; at++)
    {
      if (!(at > line && text[at - 1] == ' ' && text[at] == 't' && text[at + 1] == 'o' && text[at + 2] == ' '
            && g_ascii_islower (text[at + 3])))
        continue;
      gsize w, n = word_before (text, line, at, &w);
      if (n == 0 || (!g_ascii_isupper (text[w]) && (regular_past (text + w, n) || past_form_at (tense->d, text, w, w + n))))
        continue;
      if (g_ascii_islower (text[w]) && (word_opens_clause (tense->d, text, w)
                                        || word_before_in (tense->d->present_words, text, w + n, NULL)))
        continue;
      /* no verb done between the infinitive's verb and the expression */
      gsize v = at + 3;
      while (v < tense->end && g_ascii_isalpha (text[v]))
        v++;
      /* "to" before a place or a thing is where one goes, not a plan
       * ("Fans flock to stadium on Monday", "Man taken to hospital on
       * Friday"); a noun of d->generic_nouns that is a verb too takes an
       * object ("UK to host summit on Monday"), a place a preposition or
       * the expression */
      gsize after = v, after_end;
      while (text[after] == ' ')
        after++;
      if (generic_noun_at (tense->d, text, at + 3)
          && (after >= tense->end || word_at_in (tense->d->preposition_words, text, after, &after_end)))
        continue;
      gboolean done = FALSE;
      for (gsize u = v; u < tense->end && !done; u++)
        if (g_ascii_islower (text[u]) && text[u - 1] == ' ')
          {
            gsize e = u;
            while (e < tense->end && g_ascii_isalpha (text[e]))
              e++;
            /* a participle after "be" is the plan's passive ("Man to be
             * sentenced on Friday") */
            done = !word_before_in (tense->d->passive_words, text, u, NULL)
                   && ((e - u > 4 && regular_past (text + u, e - u)) || past_form_at (tense->d, text, u, e));
            u = e;
          }
      if (!done)
        return TRUE;
    }
  return FALSE;
}

gboolean
progressive_before (const char *text, gsize floor, gsize at)
{
  static const char *const adverbs[] = { "also ", "now ", "still ", NULL };
  static const char *const forms[] = { " is ", " are ", " am ", "'re ", NULL };
  for (guint a = 0; a < G_N_ELEMENTS (adverbs); a++)
    {
      gsize stop = at;
      if (adverbs[a] != NULL)
        {
          gsize n = strlen (adverbs[a]);
          if (stop < floor + n || strncmp (text + stop - n, adverbs[a], n) != 0)
            continue;
          stop -= n;
        }
      for (guint i = 0; forms[i]; i++)
        {
          gsize n = strlen (forms[i]);
          if (stop >= floor + n && g_ascii_strncasecmp (text + stop - n, forms[i], n) == 0)
            return TRUE;
        }
    }
  return FALSE;
}

gboolean
tense_progressive_release (const Tense *tense, gsize at)
{
  const char *text = tense->text;
  gsize e = at;
  while (e < tense->end && g_ascii_isalpha (text[e]))
    e++;
  if (e - at < 6 || strncmp (text + e - 3, "ing", 3) != 0 || !word_before_in (tense->d->release_words, text, e, NULL)
      || !progressive_before (text, tense->start, at))
    return FALSE;
  /* in the expression's own clause: "The firm, which is launching a
   * phone, cut prices in the autumn" tells another verb's time */
  for (gsize i = e; i < tense->end; i++)
    if (clause_or_sentence_mark (text[i]))
      return FALSE;
  /* the launch's own time, "in" or "on" after at most four words of its
   * object ("is launching the phone in the autumn"), not the time of a
   * thing the object names ("is rolling back the price rises it made
   * in January", "is staging a sale of stock left over from the
   * summer", "are bringing out figures for the summer quarter"): a
   * subject or a relative word between opens the object's own clause
   * ("the film it shot in the autumn") */
  gsize w, n = word_before (text, e, tense->end, &w);
  guint words = 0; /* quotation marks around a name pass ("its own "third-type" drink in April") */
  for (gsize p = e; p < w; p++)
    words += g_ascii_isalnum (text[p]) && !g_ascii_isalnum (text[p - 1]) && text[p - 1] != '-' && text[p - 1] != '\'';
  if (n != 2 || !(strncmp (text + w, "in", 2) == 0 || strncmp (text + w, "on", 2) == 0) || words > 5
      || word_between_in (tense->d->subject_words, text, e, w) || word_between_in (tense->d->subordinate_words, text, e, w))
    return FALSE;
  Tense window = *tense;
  return !done_before (&window, e, w, FALSE);
}

gboolean
tense_perfect_purpose (const Tense *tense, gsize at)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  if (!(g_ascii_strncasecmp (text + at, "has been ", 9) == 0 || g_ascii_strncasecmp (text + at, "have been ", 10) == 0))
    return FALSE;
  /* not a modal's perfect, a guess about the past ("might have been
   * taken to cut costs") */
  if (word_before_in (d->someday_words, text, at, NULL) || word_before_in (d->backshift_words, text, at, NULL))
    return FALSE;
  gsize from = at + (text[at + 2] == 's' ? 9 : 10);
  /* past the participle: the noun comes after it ("given money to") */
  while (g_ascii_isalpha (text[from]))
    from++;
  for (gsize to = from; to + 3 < tense->end; to++)
    {
      if (clause_or_sentence_mark (text[to]))
        return FALSE;
      if (!(text[to - 1] == ' ' && text[to] == 't' && text[to + 1] == 'o' && text[to + 2] == ' ' && g_ascii_islower (text[to + 3])))
        continue;
      /* "to" after a noun, the infinitive of what the noun is for ("money
       * to strengthen", "funds to sign"), not after a verb ("asked to
       * explain", "forced to sell"), whose infinitive is of any time */
      gsize w, n = word_before (text, from, to, &w);
      if (n == 0 || !noun_before (d, text, w, w + n, to) || regular_past (text + w, n) || past_form_at (d, text, w, w + n) != 0
          || word_before_in (d->phrasal_words, text, w + n, NULL) || word_before_in (d->preposition_words, text, w + n, NULL))
        return FALSE;
      /* a verb after it: not "to the", "up to eight" */
      gsize verb = to + 3, verb_end = verb;
      while (g_ascii_isalpha (text[verb_end]))
        verb_end++;
      if (word_before_in (d->determiner_words, text, verb_end, NULL) || number_word_at (d, text, verb, verb_end))
        return FALSE;
      /* and nothing done between the infinitive and the expression ("to
       * explain what happened in the summer") */
      Tense window = *tense;
      window.start = verb_end;
      for (gsize p = verb_end; p < tense->end; p++)
        {
          if (clause_or_sentence_mark (text[p]))
            return FALSE;
          if (!g_ascii_islower (text[p]) || g_ascii_isalnum (text[p - 1]) || text[p - 1] == '\'')
            continue;
          gsize e = p;
          while (e < tense->end && g_ascii_isalpha (text[e]))
            e++;
          if (past_verb_at (tense, &window, p, e))
            return FALSE;
          p = e - 1;
        }
      return TRUE;
    }
  return FALSE;
}

gboolean
tense_release_opener (const Tense *tense)
{
  const char *text = tense->text;
  gsize at, e;
  if (!tense_opening_word (tense, &at, &e))
    return FALSE;
  if (e - at < 6 || strncmp (text + e - 3, "ing", 3) != 0 || !word_before_in (tense->d->release_words, text, e, NULL))
    return FALSE;
  for (gsize i = e; i < tense->end; i++)
    if (clause_or_sentence_mark (text[i]) || text[i] == '"')
      return FALSE;
  /* the main clause after the phrase's comma: a future cue before any
   * verb of the past ("the console will cost less"), or no past at all
   * ("the box is a networked"); "the album sold well" tells it done */
  gsize main = tense->end;
  while (main < tense->end + AFTER_REACH && !after_stops (tense, main))
    main++;
  if (text[main] != ',' || main >= tense->limit)
    return FALSE;
  Tense rest = *tense;
  rest.start = main + 1;
  rest.end = main + 1;
  while (rest.end < main + 1 + AFTER_REACH && !after_stops (tense, rest.end))
    rest.end++;
  for (gsize p = rest.start; p < rest.end; p++)
    {
      if (!g_ascii_isalpha (text[p]) || g_ascii_isalnum (text[p - 1]) || text[p - 1] == '\'')
        continue;
      if (cue_at (&tense->d->far_cues, &rest, p, 1u << CUE_FUTURE) >= 0)
        return TRUE;
      gsize w = p;
      while (w < rest.end && g_ascii_isalpha (text[w]))
        w++;
      if (past_verb_at (tense, &rest, p, w))
        return FALSE;
      p = w - 1;
    }
  return TRUE;
}

/* The number of words from @from to @to, or G_MAXUINT where a mark of a
 * clause or a sentence stands between. */
static guint
words_between (const char *text, gsize from, gsize to)
{
  guint words = 0;
  for (gsize p = from; p < to; p++)
    {
      if (clause_or_sentence_mark (text[p]) || text[p] == '"')
        return G_MAXUINT;
      words += g_ascii_isalnum (text[p]) && (p == from || text[p - 1] == ' ');
    }
  return words;
}

/* Whether the word ending right before @to (spaces passed) is @word. */
static gboolean
last_word_is (const char *text, gsize floor, gsize to, const char *word)
{
  gsize w, n = word_before (text, floor, to, &w);
  return n == strlen (word) && g_ascii_strncasecmp (text + w, word, n) == 0;
}

/* The prepositions of a term's time: "expires on", "runs until". */
static const char *const term_prepositions[] = { "on", "until", "till", "in", "at", "by", "before", NULL };

gboolean
tense_scheduled_term (const Tense *tense, gsize at)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize e = at;
  while (e < tense->end && g_ascii_isalpha (text[e]))
    e++;
  if (!word_before_in_shaped (d->term_words, &d->term_shapes, text, e, NULL) || words_between (text, e, tense->end) > 5)
    return FALSE;
  /* between the verb and its preposition only a place or an hour ("runs
   * at the Tate until", "expires at midnight on"), not an outcome ("the
   * match ends in a draw on Saturday", a result told in the present) */
  static const char *const between[] = { "at", "in", "the", "midnight", "noon", NULL };
  for (gsize p = e; p < tense->end; p++)
    {
      if (!g_ascii_isalpha (text[p]) || text[p - 1] != ' ')
        continue;
      gsize w = p;
      while (g_ascii_isalpha (text[w]))
        w++;
      gboolean allowed = g_ascii_isupper (text[p]) || w >= tense->end - 1 || text[w] != ' ';
      for (guint i = 0; !allowed && between[i]; i++)
        allowed = w - p == strlen (between[i]) && strncmp (text + p, between[i], w - p) == 0;
      if (!allowed)
        return FALSE;
      p = w - 1;
    }
  gboolean preposition = FALSE;
  for (guint i = 0; !preposition && term_prepositions[i]; i++)
    preposition = last_word_is (text, e, tense->end, term_prepositions[i]);
  if (!preposition)
    return FALSE;
  /* not a custom ("each year the festival runs until 20 February", "the
   * season usually ends in May") */
  gsize clause = at;
  while (clause > tense->start && !clause_or_sentence_mark (text[clause - 1]))
    clause--;
  return !word_between_in (d->recurring_words, text, clause, tense->end)
         && !word_between_in (d->habitual_words, text, clause, tense->end);
}

gboolean
tense_expected_by (const Tense *tense, gsize at)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  gsize e = at;
  while (e < tense->end && g_ascii_isalpha (text[e]))
    e++;
  /* the word after and the window's last word first, the set's look-up
   * last: this is asked at each word speaks_of_future() reads back, and
   * few are followed by "of" or "that" (callgrind -j 1, the bench's
   * first 1,300 documents, 17,002 calls: the whole process 388.4M ->
   * 386.0M instructions, -0.62%; the space's test before the two
   * strncmp() calls 386.0M -> 385.5M) */
  if (text[e] != ' ' || !(strncmp (text + e, " of ", 4) == 0 || strncmp (text + e, " that ", 6) == 0)
      || !last_word_is (text, e, tense->end, "by") || !word_before_in (d->expectation_words, text, e, NULL)
      || words_between (text, e, tense->end) == G_MAXUINT)
    return FALSE;
  /* the clause's verb before the noun: "there were signs of" tells
   * what had been seen by then */
  gsize clause = at;
  while (clause > tense->start && !clause_or_sentence_mark (text[clause - 1]))
    clause--;
  Tense window = *tense;
  if (done_before (&window, clause, at, FALSE))
    return FALSE;
  /* nor where the clause's verb comes after the time and tells the hope
   * gone ("fears of a strike by the end of January proved unfounded",
   * "hopes of a deal by Friday faded on Thursday") */
  gsize stop = tense->end;
  while (stop < tense->end + AFTER_REACH && !after_stops (tense, stop))
    stop++;
  return !done_before (&window, tense->end, stop, FALSE);
}

/* The readers ask for their preposition with the word after the one
 * they are asked at as the floor (last_word_is()); that word ends at a
 * letter's end, never inside the window's last word, so with the
 * window's start as the floor the word is the same or there is none.
 * The word is read once and lowercased once: ten last_word_is() calls
 * cost 600 instructions a window.  Measured: see speaks_of_future(). */
guint
tense_tail_readers (const Tense *tense)
{
  char word[8];
  gsize w, n = word_before (tense->text, tense->start, tense->end, &w);
  if (n == 0 || n >= sizeof word)
    return 0;
  for (gsize i = 0; i < n; i++)
    word[i] = ascii_to_lower (tense->text[w + i]);
  word[n] = '\0';
  guint readers = 0;
  if (strcmp (word, "in") == 0 || strcmp (word, "on") == 0)
    readers |= TAIL_RELEASE;
  if (strcmp (word, "by") == 0)
    readers |= TAIL_EXPECTED;
  for (guint i = 0; !(readers & TAIL_TERM) && term_prepositions[i]; i++)
    if (strcmp (word, term_prepositions[i]) == 0)
      readers |= TAIL_TERM;
  return readers;
}
