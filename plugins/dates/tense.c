/* tense.c: whether the clause before an expression speaks of the future,
 * from the nearest tense cue of the lexicon; read only for the values
 * that depend on it.  A fixture cue, a verb in the present that announces
 * one ("Sale host Bath on Friday"), speaks of the future for a weekday
 * alone (tense_fixture_future()): before a month it is as often a
 * report ("banks face hard times following December's tsunami").  A
 * clause's own verb is read in tense-clause.c, a weekday's coming or
 * gone-by day in tense-weekday.c, a habit or a rule in tense-habit.c
 * (tense.h: what the four share). */
#include "tense.h"

#include <string.h>

/* The first kind of @kinds (a mask of bits 1 << CUE_*) in the order of
 * the kinds whose cue in @set matches at @at, or -1. */
/* @kinds of the far cues less those no cue of which can start with the
 * three bytes at @at: the kinds that can, each probed once a process
 * for the three bytes (Dates.cue_triples).  In cue_at(), not only where
 * speaks_of_future() reads back: the readers of a clause's verb ask for
 * a far cue at each word too (tense_past_clause(), done_after(),
 * tense_future_after()): on the 2,159 BBC documents of /tmp/bbc5.jsonl
 * (callgrind -j 1, the dates pipeline) dates_process() 360.44M ->
 * 353.62M instructions, year_of() with its callees 31.45M -> 27.57M. */
static guint
far_open_kinds (const Tense *tense, gsize at, guint kinds)
{
  const CueSet *far = &tense->d->far_cues;
  const guchar *text = (const guchar *) tense->text;
  if (!(kinds & ~far->unfiltered) || at + 3 > tense->end || text[at] >= 128 || text[at + 1] >= 128 || text[at + 2] >= 128)
    return kinds;
  TripleSlot *triple = triple_slot (&tense->d->cue_triples, (text[at] << 14 | text[at + 1] << 7 | text[at + 2]) + 1);
  if (!triple->known)
    {
      /* every kind that can start with the first byte, whichever the
       * caller asks for: the slot is known for all of them */
      guint probed = far->kinds[text[at]] & ~far->unfiltered;
      triple->known = 1;
      for (guint k = 0; k < N_CUE_KINDS; k++)
        if (probed >> k & 1)
          triple->open |= (guint64) (far->opens[k] ? prefix_opens (far->opens[k], tense->md, far->opens_jit[k], text + at, 3)
                                                   : prefix_opens (far->re[k], tense->md, far->jit[k], text + at, 3))
                          << k;
    }
  return kinds & (triple->open | far->unfiltered);
}

int
cue_at (const CueSet *set, const Tense *tense, gsize at, guint kinds)
{
  PCRE2_SPTR text = (PCRE2_SPTR) tense->text;
  kinds &= set->kinds[(guchar) tense->text[at]];
  if (kinds && set == &tense->d->far_cues)
    kinds = far_open_kinds (tense, at, kinds);
  for (guint k = 0; kinds >> k; k++)
    if ((kinds >> k & 1)
        && (set->jit[k] ? pcre2_jit_match (set->re[k], text, tense->end, at, 0, tense->md, NULL)
                        : pcre2_match (set->re[k], text, tense->end, at, PCRE2_NO_UTF_CHECK, tense->md, NULL))
               >= 0)
      return (int) k;
  return -1;
}

/* Whether the word at @at (its end in *@end) is in @set, in lowercase. */
gboolean
word_at_in (GHashTable *set, const char *text, gsize at, gsize *end)
{
  gsize e = at;
  while (e - at < 31 && (g_ascii_isalpha (text[e]) || text[e] == '-'))
    e++;
  *end = e;
  return e > at && word_before_in (set, text, e, NULL);
}

/* The kind (PAST_ALONE, PAST_SHARED) of the word at @at, ending by
 * @limit, where it is an irregular verb in the past, else 0 (a form
 * that is as often a noun or an adjective, PAST_NOUN, too): the word is
 * in data/past-forms.tsv ("rose", "fell", "began"), in lowercase (a
 * capital is a name: "Rose", "Won"), and not after a word of the kind
 * `passive` of data/context-words.tsv ("will be held", "a stove").  A
 * regular past in -ed is a cue only right before the expression (the
 * lexicon's): that one may be a passive's participle ("will be
 * announced"), which a form like "rose" never is. */
int
past_form_at (const Dates *d, const char *text, gsize at, gsize limit)
{
  int kind = past_form_kind_at (d, text, at, limit);
  return kind == PAST_NOUN || kind == PAST_BARE ? 0 : kind;
}

int
past_form_kind_at (const Dates *d, const char *text, gsize at, gsize limit)
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
plan_revised (const Tense *tense, gsize at, gsize cue_end, gsize from)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
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
  while (!sentence_stops (tense, stop) && stop - from < 300)
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
/* Whether the future cue at @at is a present progressive in the passive
 * ("is being questioned", "are also being screened") with a word of kind
 * `topic` between its participle and the expression at @to: the date is
 * then what the act is about, as often gone by ("is being questioned
 * about a stabbing on Sunday", "held in connection with a robbery on
 * Friday"), no time of the act; likewise after "must" and its verb. */
static gboolean
being_about (const Dates *d, const char *text, gsize at, gsize to)
{
  gsize n = 0;
  while (g_ascii_isalpha (text[at + n]))
    n++;
  /* the same of "must" and the verb it rules (a fixture row): "must
   * answer for his tackle on Saturday" speaks of a tackle done */
  if (n == 4 && g_ascii_strncasecmp (text + at, "must", 4) == 0)
    return word_between_in (d->topic_words, text, at + n, to);
  if (!((n == 2 && g_ascii_strncasecmp (text + at, "is", 2) == 0) || (n == 3 && g_ascii_strncasecmp (text + at, "are", 3) == 0)
        || (n == 2 && g_ascii_strncasecmp (text + at, "am", 2) == 0)))
    return FALSE;
  const char *being = strstr (text + at, " being ");
  if (being == NULL || (gsize) (being - text) >= to || being - (text + at) > 16)
    return FALSE;
  gsize from = (gsize) (being - text) + 7;
  while (from < to && g_ascii_isalpha (text[from]))
    from++;
  return word_between_in (d->topic_words, text, from, to);
}

/* Whether the byte at @at opens a mark that sets off an aside: a comma,
 * a spaced hyphen, an en or em dash. */
static gboolean
aside_mark (const char *text, gsize at, gsize end)
{
  return text[at] == ',' || (text[at] == '-' && at > 0 && text[at - 1] == ' ')
         || ((guchar) text[at] == 0xE2 && at + 3 <= end
             && (memcmp (text + at, "\u2013", 3) == 0 || memcmp (text + at, "\u2014", 3) == 0));
}

/* Whether the word at @at is a finite verb that resumes a clause after an
 * aside ("..., is in Leeds", "..., opens in Bath", "..., rose"): of kind
 * `present`, an auxiliary, an irregular past, a regular one, or a verb in
 * -s of five letters or more; not a determiner or a pronoun ("..., the
 * manager said"). */
static gboolean
verb_resumes (const Dates *d, const char *text, gsize at)
{
  static const char *const auxiliaries[] = { "will", "has", "have", "had", "was", "were", "would", "could" };
  if (!g_ascii_islower (text[at]))
    return FALSE;
  gsize e;
  if (word_at_in (d->present_words, text, at, &e) || past_form_at (d, text, at, e))
    return TRUE;
  gsize n = e - at;
  for (guint i = 0; i < G_N_ELEMENTS (auxiliaries); i++)
    if (n == strlen (auxiliaries[i]) && strncmp (text + at, auxiliaries[i], n) == 0)
      return TRUE;
  return (n >= 4 && regular_past (text + at, n)) || (n >= 5 && text[e - 1] == 's' && text[e - 2] != 's');
}

/* Whether the word at @e..@w is a preposition of time with nothing but
 * spaces after it up to @end, where the expression starts: "on", "in",
 * "at", "by", "from", "until", "during". */
static gboolean
preposition_closes (const char *text, gsize e, gsize w, gsize end)
{
  static const char *const prepositions[] = { "on", "in", "at", "by", "from", "until", "during" };
  for (gsize k = w; k < end; k++)
    if (text[k] != ' ')
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (prepositions); i++)
    if (w - e == strlen (prepositions[i]) && strncmp (text + e, prepositions[i], w - e) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the cue at @at stands in a relative clause set off by marks
 * and closed before the expression, whose mark the scan passed: after
 * the nearest mark before @at comes "which", "who" or "whose" ("The
 * index, which predicts growth a quarter ahead, remained at 100.8 for
 * January", "Sales, which will rise, fell in January").  The aside's
 * tense is its own; the clause around it speaks of the expression. */
static gboolean
in_closed_aside (const Tense *tense, gsize at)
{
  static const char *const pronouns[] = { "which ", "who ", "whose " };
  const char *text = tense->text;
  gsize m = at;
  while (m > tense->start && text[m - 1] != ',' && !(text[m - 1] == '-' && m >= 2 && text[m - 2] == ' ')
         && !(m >= 3 && (memcmp (text + m - 3, "\u2013", 3) == 0 || memcmp (text + m - 3, "\u2014", 3) == 0)))
    m--;
  if (m <= tense->start)
    return FALSE;
  /* past the mark and its spaces */
  while (m < at && (text[m] == ' ' || (guchar) text[m] >= 0x80))
    m++;
  gboolean relative = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (pronouns) && !relative; i++)
    relative = g_ascii_strncasecmp (text + m, pronouns[i], strlen (pronouns[i])) == 0;
  if (!relative)
    return FALSE;
  /* closed by the verb of the clause around it, in the past, right after
   * the first mark after the cue ("..., remained at 100.8 for January",
   * "..., fell in January"): not a list's next name ("which will host
   * Leeds, Bath and Hull on Saturday" is still the aside's), nor a verb
   * in the present, whose clause may take its future from the aside ("The
   * sale, which had been expected, is part of a plan to pay by February",
   * TimeBank: the coming February) */
  gsize e = at;
  while (e < tense->end && !aside_mark (text, e, tense->end))
    e++;
  while (e < tense->end && !g_ascii_isalpha (text[e]))
    e++;
  gsize w = e;
  while (w < tense->end && g_ascii_isalpha (text[w]))
    w++;
  if (e >= tense->end || !g_ascii_islower (text[e]))
    return FALSE;
  /* closed right before the expression's preposition ("will face Hull,
   * who lost to Derby last month, on Saturday"): the clause around it
   * resumes with the expression */
  if (preposition_closes (text, e, w, tense->end))
    return TRUE;
  if (past_form_at (tense->d, text, e, tense->end) == PAST_ALONE)
    return TRUE;
  if (!regular_past (text + e, w - e))
    return FALSE;
  /* a word in -ed that opens a list's next item is its adjective, and
   * the aside goes on to a mark after the expression, where the clause
   * around it resumes ("which will sell books, used records and old maps
   * on Saturday, is in Leeds"): "and" or "or" after the word before the
   * expression, with no mark between, and after the expression a mark
   * and a word in lowercase before the sentence ends.  A verb in -ed
   * whose objects are joined so ("..., announced cuts and job losses on
   * Monday.") still closes the aside. */
  gboolean joined = FALSE;
  for (gsize k = w; k + 5 <= tense->end && !joined && !aside_mark (text, k, tense->end); k++)
    joined = strncmp (text + k, " and ", 5) == 0 || strncmp (text + k, " or ", 4) == 0;
  if (!joined)
    return TRUE;
  for (gsize k = tense->end; k < tense->end + AFTER_REACH && !sentence_stops (tense, k) && text[k] != ';'; k++)
    if (aside_mark (text, k, k + 3))
      {
        while (!sentence_stops (tense, k) && !g_ascii_isalpha (text[k]) && text[k] != ';')
          k++;
        return !verb_resumes (tense->d, text, k);
      }
  return TRUE;
}

/* Whether "has been" or "have been" at @at, before @end, goes on with a
 * participle of kind `naming` ("has been dubbed", "have been billed as"). */
static gboolean
naming_perfect (const Dates *d, const char *text, gsize at, gsize end)
{
  gsize w = at;
  if (g_str_has_prefix (text + at, "has been "))
    w += 9;
  else if (g_str_has_prefix (text + at, "have been "))
    w += 10;
  else
    return FALSE;
  gsize word_end;
  return w < end && word_at_in (d->naming_words, text, w, &word_end);
}

/* Whether a verb not in the past follows a coordinator between @from and
 * the expression: the relative clause's second verb, whose time is the
 * expression's ("Kenya, who finished second and race on Sunday"); a
 * coordinator before a name, a determiner, a preposition or a number
 * joins nouns ("who beat Leeds and Hull on Saturday", "who won a race
 * and a medal on Sunday"), and one before a past joins two pasts ("who
 * won and drew"). */
static gboolean
coordinated_present (const Tense *tense, gsize from)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  for (gsize at = from; at < tense->end; at++)
    {
      gsize e, we;
      if (text[at] != ' ' || !word_at_in (d->coordinator_words, text, at + 1, &e) || text[e] != ' ')
        continue;
      gsize w = e + 1;
      if (!g_ascii_islower (text[w]) || word_at_in (d->determiner_words, text, w, &we)
          || word_at_in (d->preposition_words, text, w, &we))
        continue;
      we = w;
      while (we < tense->end && g_ascii_isalpha (text[we]))
        we++;
      if (we > w && !past_verb_at (tense, tense, w, we))
        return TRUE;
    }
  return FALSE;
}

/* Whether the relative pronoun at @at ("who", "which") opens a clause
 * whose own verb, right after it (an adverb in -ly passed), is in the
 * past: "..., who grabbed a late win at Getafe on Saturday" tells its
 * own time, whatever the clause around it says further back ("Madrid
 * will stay behind Valencia, who ..."; "... trail City, who won ...").
 * An irregular past there already stopped the reader at the pronoun (a
 * word of kind `clause`); this is the same for a verb in -ed or "was". */
static gboolean
relative_past (const Tense *tense, gsize at)
{
  const char *text = tense->text;
  gsize e;
  /* after a comma: a clause set apart, which runs on to the expression
   * (the caller saw no mark between); a restrictive one ("The man who
   * stole the car appears in court in May") closes at the main verb */
  if (at < 2 || text[at - 1] != ' ' || text[at - 2] != ',' || !word_at_in (tense->d->relative_words, text, at, &e)
      || text[e] != ' ')
    return FALSE;
  for (guint words = 0; words < 2; words++)
    {
      gsize w = e + 1, we = w;
      while (we < tense->end && g_ascii_isalpha (text[we]))
        we++;
      if (we == w)
        return FALSE;
      if (we - w > 3 && text[we - 2] == 'l' && text[we - 1] == 'y' && text[we] == ' ')
        {
          e = we;
          continue;
        }
      /* a present perfect ("who have won", "which has been billed as")
       * tells where things stand, no event of its own day */
      if (perfect_auxiliary (text, w, we))
        return FALSE;
      /* right after the pronoun, "lost", "left", "shot" are the verb
       * (PAST_NOUN: elsewhere as often "lost ground", "the left") */
      return (past_verb_at (tense, tense, w, we) || past_form_kind_at (tense->d, text, w, we) == PAST_NOUN)
             && !coordinated_present (tense, we);
    }
  return FALSE;
}

/* Whether the word at @at is an irregular past alone ("stole", "began"),
 * or one as often a noun ("shot", "lost", "left", PAST_NOUN) right after
 * a relative pronoun, where only a verb stands: "will question the man
 * who shot Smith on Friday" tells the Friday gone by, as "who stole the
 * car on Friday" did. */
static gboolean
relative_or_alone (const Dates *d, const char *text, gsize at, gsize end)
{
  int kind = past_form_kind_at (d, text, at, end);
  return kind == PAST_ALONE || (kind == PAST_NOUN && word_before_in (d->relative_words, text, at, NULL));
}

/* Whether the cue of the future at @at is a participle of a plan that
 * qualifies a noun: before it, after a determiner ("the scheduled
 * announcement", "its planned release", "the expected results"), or
 * after it, in -ing, a near cue @near_cue (lexicon.tsv's "the summit
 * starting on Monday", "the meeting taking place in Geneva on Friday";
 * not "is starting", nor a far cue such as "coming into force").  It
 * says the noun's event was arranged as of the time of the clause's
 * verb, not that its day is still ahead of the reference.  A past
 * further back in the sentence is then the tense ("had finished the
 * album ahead of the scheduled announcement on 25 December", written in
 * March, is the December gone by; "took $10m in the three days beginning
 * on Friday"); a report's verb is not ("said the planned launch on 10
 * October would go ahead"), nor a present perfect ("has been invited to
 * the meeting taking place on Friday"), nor no cue at all: the plan's
 * future stands. */
static gboolean
plan_participle (const Dates *d, const char *text, gsize at, gsize end, gboolean near_cue)
{
  gsize e = at;
  while (e < end && g_ascii_isalpha (text[e]))
    e++;
  if (e - at > 4 && text[e - 2] == 'e' && text[e - 1] == 'd')
    return text[e] == ' ' && g_ascii_islower (text[e + 1]) && word_before_in (d->determiner_words, text, at, NULL);
  gsize w, n;
  /* the infinitive's row ("the team to face Scotland on Saturday"): after
   * a noun, or a name ("Smith to quit on Friday"), not after a verb
   * ("agreed to", "wants to"), which is the clause's own tense */
  if (near_cue && e - at == 2 && strncmp (text + at, "to", 2) == 0)
    return (n = word_before (text, 0, at, &w)) > 0 && text[w + n] == ' ' && w + n + 1 == at
           && ((g_ascii_isupper (text[w]) && !word_opens_clause (d, text, w))
               || (noun_before (d, text, w, w + n, at) && !regular_past (text + w, n)
                   && past_form_at (d, text, w, w + n) == 0));
  return near_cue && e - at > 5 && strncmp (text + e - 3, "ing", 3) == 0 && (n = word_before (text, 0, at, &w)) > 0
         && noun_before (d, text, w, w + n, at);
}

gboolean
tense_opening_word (const Tense *tense, gsize *start, gsize *end)
{
  const char *text = tense->text;
  gsize at = tense->start;
  while (at < tense->end && (text[at] == ' ' || text[at] == '"'))
    at++;
  /* the window starts at the sentence's start, not 200 bytes back in it */
  gsize before = tense->start;
  while (before > 0 && (text[before - 1] == ' ' || text[before - 1] == '"'))
    before--;
  if ((before > 0 && !strchr (".!?\n", text[before - 1])) || !g_ascii_isupper (text[at]))
    return FALSE;
  gsize e = at;
  while (e < tense->end && g_ascii_isalpha (text[e]))
    e++;
  *start = at;
  *end = e;
  return TRUE;
}

/* Whether @tense's expression lies in a phrase that opens its sentence:
 * the sentence's first word, in capitals, a preposition or a word that
 * opens a clause ("In a speech to open ...", "After his decision to quit
 * ..."), and no mark of a clause between it and the expression. */
static gboolean
opening_phrase (const Tense *tense)
{
  const char *text = tense->text;
  gsize at, e;
  if (!tense_opening_word (tense, &at, &e))
    return FALSE;
  const Dates *d = tense->d;
  if (!word_before_in (d->preposition_words, text, e, NULL) && !word_before_in (d->aim_words, text, e, NULL)
      && !word_before_in (d->clause_words, text, e, NULL))
    return FALSE;
  for (gsize i = e; i < tense->end; i++)
    if (clause_mark (text[i], TRUE))
      return FALSE;
  return TRUE;
}

/* Whether the rest of the expression's clause, after @tense's end (the
 * expression itself holds no verb), tells its event done before any cue
 * of the future: "The fair taking place in Leeds on Friday was
 * cancelled", "the summit starting on Monday had been called off". */
static gboolean
done_after (const Tense *tense)
{
  const char *text = tense->text;
  Tense after = *tense;
  after.end = tense->end;
  while (after.end < tense->end + AFTER_REACH && !after_stops (tense, after.end))
    after.end++;
  /* a plan inside a phrase opening its sentence ("In a speech to open
   * the conference on Monday, Blair said", "After his decision to quit
   * on Friday, Smith thanked the fans"): the main clause after the
   * phrase's comma tells the story's time */
  if (text[after.end] == ',' && after.end < tense->limit && opening_phrase (tense))
    {
      gsize main = after.end + 1;
      after.end = main;
      while (after.end < main + AFTER_REACH && !after_stops (tense, after.end))
        after.end++;
    }
  for (gsize at = tense->end; at < after.end; at++)
    {
      if (!g_ascii_islower (text[at]) || (at > 0 && (g_ascii_isalnum (text[at - 1]) || text[at - 1] == '\'')))
        continue;
      gsize e = at;
      while (e < after.end && g_ascii_isalpha (text[e]))
        e++;
      /* a present perfect tells where the plan stands, not its day:
       * "the minister to visit Paris on Monday has been named" */
      if (cue_at (&tense->d->far_cues, &after, at, 1u << CUE_FUTURE) >= 0 || perfect_auxiliary (text, at, e))
        return FALSE;
      if (past_verb_at (tense, &after, at, e))
        return TRUE;
      at = e;
    }
  return FALSE;
}

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
  gboolean marked = FALSE; /* a comma or a dash passed, between here and the expression */
  gboolean naming_seen = FALSE; /* a relative's perfect of naming nearer the expression */
  gboolean plan_seen = FALSE; /* a participle of a plan qualifying a noun nearer (plan_participle()) */
  CueScan scan; /* the words the near cues need, read back from the end (at[] only where found) */
  scan.scanned = tense->end, scan.found = 0;
  /* which of the readers of a plan told in the present may hold: each
   * needs a preposition of its own as the window's last word, and was
   * asked at each word read back (14,900 to 27,600 calls each on the
   * 2,159 BBC documents of /tmp/bbc5.jsonl; callgrind -j 1 of the dates
   * pipeline: speaks_of_future() with its callees 38.90M -> 33.85M
   * instructions, the whole process 569.87M -> 565.08M, -0.84%) */
  guint tail = tense_tail_readers (tense);
  for (gsize at = token_before (tense->tokens, tense->end); at != G_MAXSIZE && at >= tense->start;
       at = token_before (tense->tokens, at), back++)
    {
      gboolean near = back < d->cue_reach;
      if (aside_mark (tense->text, at, tense->end))
        marked = TRUE;
      if (!near && !d->far_cues.any)
        break;
      if (!marked && *fixture < 0 && text[at] == 'w' && relative_past (tense, at))
        {
          *fixture = -1;
          return TENSE_PAST;
        }
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
      gboolean near_cue = FALSE; /* @kind is a near cue's, which ends at the expression */
      if (d->far_cues.kinds[text[at]])
        kind = cue_at (&d->far_cues, tense, at, ALL_CUES);
      /* a near cue counts where it is of a kind before the far one's */
      guint near_kinds = near ? d->near_cues.kinds[text[at]] & d->near_cues.within[back]
                                    & (kind < 0 ? ALL_CUES : (1u << kind) - 1)
                              : 0;
      /* a near kind is tried only where the words after the token hold
       * what one of its rows needs (cue-needs.h): the "to be" row had
       * been tried at every lowercase word twelve back.  Measured
       * (callgrind, -j 1, the bench's first 1,300 documents, 3 MB): the
       * near cues' tries here 16,546 -> 7,900 with the far ones', the
       * whole process 391.8M -> 389.6M instructions (-0.56%) */
      if (near_kinds && (near_kinds & d->near_cues.needs->judged))
        {
          guint32 present = cue_needs_present (d->near_cues.needs, &scan, tense->text, at, tense->end);
          /* every row of a judged kind needs some word: none, none met */
          if (present == 0)
            near_kinds &= ~d->near_cues.needs->judged;
          for (guint judged = present ? near_kinds & d->near_cues.needs->judged : 0; judged; judged &= judged - 1)
            if (!cue_needs_met (d->near_cues.needs, (guint) __builtin_ctz (judged), present))
              near_kinds &= ~(judged & -judged);
        }
      if (near_kinds)
        {
          int near_kind = cue_at (&d->near_cues, tense, at, near_kinds);
          if (near_kind >= 0)
            kind = near_kind, near_cue = TRUE;
        }
      /* the first two letters, here in the loop: a call at each word
       * cost the stage 0.2% of its instructions */
      if (kind < 0 && !past_seen && !present_own && g_ascii_islower (text[at]) && at + 1 < tense->end && g_ascii_islower (text[at + 1])
          && (d->past_pairs[text[at] - 'a'] >> (text[at + 1] - 'a') & 1)
          && relative_or_alone (d, tense->text, at, tense->end))
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
      /* a present perfect of naming right after a relative word
       * describes its noun ("will play in what has been dubbed Europe's
       * biggest tent on Tuesday, 14 June"): no cue of the clause, but the
       * past where no other cue is found */
      if (kind == CUE_PAST && naming_perfect (d, tense->text, at, tense->end)
          && word_before_in (d->subordinate_words, tense->text, at, NULL))
        {
          naming_seen = TRUE;
          continue;
        }
      /* "that" after a verb opens a clause of its own: a fixture cue
       * in it gives its tense, not the reporting verb before ("announced
       * that talks resume on Monday") */
      gsize word_end;
      if (kind < 0 && *fixture > 0 && !past_seen && g_ascii_isalpha (text[at])
          && word_at_in (d->complement_words, tense->text, at, &word_end))
        return TENSE_NONE;
      /* after a plan's participle, a verb in -ed that tells an event
       * done is a past too ("finished the album on Tuesday, ahead of the
       * scheduled announcement"), a report's verb not */
      if (kind < 0 && plan_seen && g_ascii_islower (text[at]))
        {
          gsize e = at;
          while (e < tense->end && g_ascii_isalpha (text[e]))
            e++;
          if (!word_before_in (d->reported_words, tense->text, e, NULL) && past_verb_at (tense, tense, at, e))
            return TENSE_PAST;
        }
      /* a present progressive of a launch or a release ("is launching
       * the phone in the autumn", "are bringing out an album in May"):
       * an arrangement, which English tells in the present; other
       * verbs' progressives are as often a trend ("prices are rising") */
      /* so is a term set in the present ("his contract expires on 1
       * February", "the festival runs until 20 February"), and what a
       * noun of expectation looks to "by" a time ("hopes of a truce by
       * the end of February") */
      if (kind < 0 && !past_seen && !plan_seen && g_ascii_isalpha (text[at])
          && ((g_ascii_islower (text[at])
               && (((tail & TAIL_RELEASE) && tense_progressive_release (tense, at))
                   || ((tail & TAIL_TERM) && tense_scheduled_term (tense, at))))
              || ((tail & TAIL_EXPECTED) && tense_expected_by (tense, at))))
        kind = CUE_FUTURE;
      if (kind < 0 || ((kind == CUE_FUTURE || kind == CUE_FIXTURE) && being_about (d, tense->text, at, tense->end))
          || (marked && in_closed_aside (tense, at)))
        continue;
      if (kind == CUE_FUTURE && !plan_seen && plan_participle (d, tense->text, at, tense->end, near_cue))
        {
          plan_seen = TRUE;
          continue;
        }
      /* the infinitive's row after a verb ("agreed to meet them on
       * Friday"): the verb before is the tense, as it was without it */
      if (kind == CUE_FUTURE && near_cue && text[at] == 't' && text[at + 1] == 'o' && text[at + 2] == ' ')
        continue;
      /* a report's verb or a present perfect further back leaves the
       * plan's future standing; a past cue that is no verb ("his last
       * budget before the expected polling day") is passed over */
      if (plan_seen && kind == CUE_PAST)
        {
          gsize cue_end = at;
          while (cue_end < tense->end && g_ascii_isalpha (text[cue_end]))
            cue_end++;
          if (!past_verb_at (tense, tense, at, cue_end))
            continue;
          if (word_before_in (d->reported_words, tense->text, cue_end, NULL)
              || perfect_auxiliary (tense->text, at, cue_end))
            return TENSE_FUTURE;
        }
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
          if (kind == CUE_PAST && plan_revised (tense, at, modal_end, tense->end))
            return TENSE_FUTURE;
          /* a present perfect that readies something for a purpose
           * ("has been given money to strengthen the squad in the
           * summer"): the infinitive's time is still to come */
          if (kind == CUE_PAST && !past_seen && tense_perfect_purpose (tense, at))
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
  if (past_seen || naming_seen)
    *fixture = -1;
  /* a plan's participle with no cue before it: the verb after the
   * expression tells whether the plan held */
  if (plan_seen && !past_seen && !naming_seen)
    return done_after (tense) ? TENSE_PAST : TENSE_FUTURE;
  if (past_seen || naming_seen)
    return TENSE_PAST;
  /* with no cue, a headline's infinitive of a plan ("Staff to strike on
   * Monday", any verb: the row of lexicon.tsv lists verbs of fixtures
   * for the noun's plan in running text) */
  return tense_headline_plan (tense) || tense_release_opener (tense) ? TENSE_FUTURE : TENSE_NONE;
}

/* Whether the fixture cue nearest the expression is a verb in -s right
 * before "in" and the expression, one particle (kind `phrasal`) at most
 * between ("the tournament kicks off in mid-February", "the festival
 * opens in the spring"): a present of what is arranged, its month or
 * season the coming one, as a weekday's is.  Before a month a fixture's
 * verb with an object is as often a report ("faces charges over a crash
 * in January"), a bare form may be another's ("did not play in
 * January"), and a clause of what comes round tells a custom ("the
 * season usually kicks off in August"): none of them. */
static gboolean
fixture_present_in (Tense *tense)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  if (tense->fixture <= 0 || !g_ascii_isalpha (text[tense->end]))
    return FALSE;
  gsize at = tense->start + (gsize) tense->fixture - 1, e = at;
  while (e < tense->end && g_ascii_isalpha (text[e]))
    e++;
  gsize w, n = word_before (text, e, tense->end, &w);
  if (e - at < 4 || text[e - 1] != 's' || !g_ascii_islower (text[at]) || n != 2 || strncmp (text + w, "in", 2) != 0)
    return FALSE;
  gsize p, pn = word_before (text, e, w, &p);
  if (pn > 0 && (p != e + 1 || !word_before_in (d->phrasal_words, text, p + pn, NULL)))
    return FALSE;
  gsize clause = at;
  while (clause > tense->start && !clause_or_sentence_mark (text[clause - 1]))
    clause--;
  /* nor after a verb of speech, a report of what was said ("He said
   * the window closes in January", TimeBank's reading) */
  return !word_between_in (d->habitual_words, text, clause, tense->end) && !tense_recurring (tense, tense->end)
         && !word_between_in (d->reported_words, text, tense->start, at);
}

void
tense_read (Tense *tense)
{
  if (tense->future < 0)
    {
      tense->fixture = -1;
      tense->future = speaks_of_future (tense, &tense->fixture);
      if (tense->future == TENSE_NONE && fixture_present_in (tense))
        tense->future = TENSE_FUTURE;
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

/* Whether the rest of the sentence after the judging future at @at
 * ("will long be remembered", "will go down in history") tells the event
 * still to come: a condition on it ("if Wales win", "if the weather
 * holds"), or a relative clause whose verb is not in the past ("by all
 * who attend", "by everyone who will watch"; not "who saw it", "that
 * changed the game").  Then the modal is the event's own future. */
static gboolean
judgement_pending (const Tense *tense, gsize at)
{
  const Dates *d = tense->d;
  const char *text = tense->text;
  Tense rest = *tense;
  rest.end = at;
  while (rest.end < at + AFTER_REACH && !sentence_stops (tense, rest.end))
    rest.end++;
  for (gsize w = at; w < rest.end; w++)
    {
      if (!g_ascii_isalpha (text[w]) || (w > 0 && (g_ascii_isalnum (text[w - 1]) || text[w - 1] == '\'')))
        continue;
      gsize e = w;
      while (e < rest.end && g_ascii_isalpha (text[e]))
        e++;
      /* a condition in the present: "even if Wales lost" is no
       * condition on the event */
      if (e - w == 2 && g_ascii_strncasecmp (text + w, "if", 2) == 0)
        {
          gboolean past = FALSE;
          for (gsize v = e; v < rest.end && !past && !clause_mark (text[v], FALSE); v++)
            {
              if (!g_ascii_islower (text[v]) || g_ascii_isalpha (text[v - 1]))
                continue;
              gsize ve = v;
              while (ve < rest.end && g_ascii_isalpha (text[ve]))
                ve++;
              past = past_verb_at (tense, &rest, v, ve) || past_form_kind_at (d, text, v, ve) == PAST_NOUN
                     || past_form_at (d, text, v, ve) > 0;
              v = ve;
            }
          if (!past)
            return TRUE;
        }
      if (word_before_in (d->relative_words, text, e, NULL))
        {
          gsize v = e;
          while (text[v] == ' ')
            v++;
          gsize ve = v;
          while (ve < rest.end && g_ascii_isalpha (text[ve]))
            ve++;
          /* a verb right after the pronoun, in lowercase, no determiner
           * ("that the team won" says nothing here) */
          if (ve > v && g_ascii_islower (text[v]) && !word_before_in (d->opener_words, text, ve, NULL)
              && !past_verb_at (tense, &rest, v, ve) && cue_at (&d->far_cues, &rest, v, 1u << CUE_PAST) < 0)
            return TRUE;
        }
      w = e;
    }
  return FALSE;
}

gboolean
tense_future_after (const Tense *tense, gsize from)
{
  Dates *d = tense->d;
  if (!d->far_cues.any)
    return FALSE;
  const char *text = tense->text;
  /* a "when" clause of the day's own time, closed by a comma, tells it
   * done with a verb of the past ("The match on Saturday, when fans
   * rioted, will be investigated"), else is passed over to the main
   * clause's verb ("The final on Saturday, when Wales play France, will
   * be live") */
  gboolean done;
  from = tense_when_clause (tense, from, &done);
  if (done)
    return FALSE;
  Tense after = *tense;
  after.end = from;
  /* a closed bracket is passed over, its words read as the clause's:
   * "Saturday's game (1500 GMT) will be shown live", "Saturday's game
   * (which we won) will hurt" */
  while (after.end < from + AFTER_REACH
         && (!after_stops (tense, after.end) || (text[after.end] == '(' && after.end < tense->limit)))
    {
      if (text[after.end] == '(')
        {
          gsize close = after.end + 1;
          while (close < from + AFTER_REACH && close < tense->limit && text[close] && !strchr ("().!?", text[close]))
            close++;
          if (close >= tense->limit || text[close] != ')')
            break;
          after.end = close;
        }
      after.end++;
    }
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
      /* the lexicon's future that judges what is done ("will long be
       * remembered") is a past row matching at the modal's word, which
       * the future row shadows before an expression */
      if (kind == CUE_FUTURE && cue_at (&d->far_cues, &after, at, 1u << CUE_PAST) == CUE_PAST)
        return judgement_pending (tense, at);
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
  while (stop < end + AFTER_REACH && !sentence_stops (tense, stop))
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
    if (clause_mark (text[at - 1], FALSE))
      {
        from = at;
        break;
      }
  Tense after = *tense;
  for (gsize at = from; at + 5 <= tense->end; at++)
    {
      /* the first letter before the call: a call a byte cost 1.4M
       * instructions on the bench's 20 MB (43,684 calls, callgrind) */
      if ((text[at] | 0x20) != 's' || g_ascii_strncasecmp (text + at, "since", 5) != 0
          || (at > 0 && g_ascii_isalnum (text[at - 1]))
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

gboolean
tense_fixture_own (Tense *tense)
{
  tense_read (tense);
  if (tense->future != TENSE_NONE || tense->fixture <= 0)
    return FALSE;
  const char *text = tense->text;
  gsize from = tense->start + (gsize) tense->fixture - 1;
  for (gsize at = from; at < tense->end; at++)
    if (clause_mark (text[at], FALSE)
        || (at > from && g_ascii_isalpha (text[at]) && !g_ascii_isalnum (text[at - 1])
            && word_at_in (tense->d->clause_words, text, at, &(gsize){ 0 })))
      return FALSE;
  return TRUE;
}
