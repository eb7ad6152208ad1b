/* normalise-relative.c: the values counted from the reference date: a
 * word for the present, past or future ("now"), a day ("yesterday"), a
 * weekday, a month or unit shifted ("next month", "last week"), an
 * anaphor ("that day") and an offset ("three days ago"). */
#include "normalise.h"
#include "tense.h"

#include <math.h>
#include <string.h>

/* Whether the @end letters of @after are a noun's modifier before a
 * `qualified` noun ("at present exchange rates", "at present staffing
 * levels"): both words lowercase and one space apart, the first no
 * function word (a determiner, pronoun, preposition, conjunction or
 * auxiliary of the kinds listed), no verb's "-s" form ("at present
 * employs staff"), no "-ly" adverb ("at present only staff") and no
 * "-ed" participle ("the at present qualified staff"), which would make
 * "present" the time after all. */
static gboolean
present_modifier (const Dates *d, const char *after, gsize end)
{
  if (!g_ascii_islower (after[0]) || after[end] != ' ' || !g_ascii_islower (after[end + 1]))
    return FALSE;
  if (after[end - 1] == 's' || (end > 2 && after[end - 2] == 'l' && after[end - 1] == 'y')
      || (end > 2 && after[end - 2] == 'e' && after[end - 1] == 'd'))
    return FALSE;
  GHashTable *function[] = { d->opener_words, d->subject_words, d->bound_words, d->clause_words,
                             d->coordinator_words, d->owner_words, d->preposition_words, d->path_words,
                             d->aim_words, d->compare_words, d->passive_words, d->present_words,
                             d->complement_words };
  for (guint i = 0; i < G_N_ELEMENTS (function); i++)
    if (word_before_in (function[i], after, end, NULL))
      return FALSE;
  gsize second;
  for (second = end + 1; g_ascii_isalpha (after[second]); second++)
    ;
  return word_before_in (d->qualified_words, after, second, NULL);
}

/* A word for the present, the past or the future: "now", "recently". */
gboolean
normalise_ref (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const char *word = x->word;
  const char *value = g_hash_table_lookup (d->refs, word); /* {REF} matches its words as written */
  if (value == NULL)
    return FALSE;
  /* "for a while", "for some time": a span no count or unit tells (the
   * lexicon's PXX), as TimeBank+AQUAINT tag "for a while"; only after
   * "for", which makes it a span: "it took some time", "some time
   * later", "once in a while" name none a reader could measure */
  if (value[0] == 'P' && value[1] == 'X')
    {
      const char *s = x->m->subject;
      gsize w, n = word_before (s, x->tense->start, x->m->start, &w);
      if (n != 3 || g_ascii_strncasecmp (s + w, "for", 3) != 0)
        return FALSE;
      t->type = "DURATION";
      t->resolution = "absolute";
      t->value = value_duration (-1, value + 2);
      return TRUE;
    }
  /* "the fifth month in the past six": a count follows, whose unit is
   * left out; that is a span, not the past */
  if (g_str_has_suffix (word, "past"))
    {
      const char *after = x->m->subject + x->m->end;
      while (*after == ' ')
        after++;
      char next[24];
      guint n = 0;
      while (g_ascii_isalpha (after[n]) && n < sizeof next - 1)
        next[n] = g_ascii_tolower (after[n]), n++;
      next[n] = '\0';
      if (g_ascii_isdigit (*after) || (n && !g_ascii_isalpha (after[n]) && g_hash_table_contains (d->numbers, next)))
        return FALSE;
    }
  /* "in future" only before a mark or a clause's subject (kind
   * `subject`, or a capital): before a noun it is the adjective's ("in
   * future talks") */
  if (g_ascii_strcasecmp (word, "in future") == 0)
    {
      const char *after = x->m->subject + x->m->end;
      while (*after == ' ')
        after++;
      gsize end;
      for (end = 0; g_ascii_isalpha (after[end]); end++)
        ;
      if (end > 0 && g_ascii_islower (after[0]) && !word_before_in (d->subject_words, after, end, NULL))
        return FALSE;
    }
  /* "present" (after "at": patterns.tsv) before a noun of kind
   * `qualified` is the adjective's ("looking at present trends",
   * "compiled at present rates") */
  if (g_ascii_strcasecmp (word, "present") == 0)
    {
      const char *after = x->m->subject + x->m->end;
      while (*after == ' ')
        after++;
      gsize end;
      for (end = 0; g_ascii_isalpha (after[end]); end++)
        ;
      if (end > 0 && word_before_in (d->qualified_words, after, end, NULL))
        return FALSE;
      if (end > 0 && present_modifier (d, after, end))
        return FALSE;
    }
  /* "now" opening its sentence before "if", or before a comma and a word
   * that opens a clause of its own (word_opens_clause()), is a discourse
   * marker ("Now if the system can learn", "Now, before anyone asks"): no
   * time.  "Now, the firm owns" still tells the present against a past
   * told before, as "Now the", "Now officials" and the conjunction "now
   * that" do (TimeBank+AQUAINT tag those; of its three sentences opened
   * by "Now," it tags none, and its own reading of the two with a
   * subject after the comma is left aside here: BBC reports write seven
   * such, each a present set against a past) */
  if (g_ascii_strcasecmp (word, "now") == 0)
    {
      const char *s = x->m->subject, *after = s + x->m->end;
      gsize at = x->tense->start;
      while (at < x->m->start && !g_ascii_isalnum (s[at]))
        at++;
      if (at == x->m->start
          && ((after[0] == ' ' && after[1] == 'i' && after[2] == 'f' && after[3] == ' ')
              || (after[0] == ',' && after[1] == ' ' && word_opens_clause (x->d, after, 2))))
        return FALSE;
    }
  /* "a later date" only after "at", as TimeBank+AQUAINT's one and the
   * BBC's ("will announce it at a later date"), or after "to", "until"
   * or "till" of a thing put off ("postponed until a later date"), some
   * day still to come: "bears a later date than the letter" compares
   * dates; "at" it in a clause of an event done lies back ("was finally
   * held at a later date") */
  if (g_ascii_strcasecmp (word, "a later date") == 0)
    {
      const char *s = x->m->subject;
      gsize at = x->m->start, w, n = word_before (s, x->tense->start, at, &w);
      gboolean put_off = (n == 2 && g_ascii_strncasecmp (s + w, "to", 2) == 0)
                         || (n == 5 && g_ascii_strncasecmp (s + w, "until", 5) == 0)
                         || (n == 4 && g_ascii_strncasecmp (s + w, "till", 4) == 0);
      if (!put_off && !(n == 2 && g_ascii_strncasecmp (s + w, "at", 2) == 0))
        return FALSE;
      gsize clause = at;
      while (clause > x->tense->start && !clause_or_sentence_mark (s[clause - 1]))
        clause--;
      if (!put_off && done_before (x->tense, clause, at, FALSE))
        value = "PAST_REF";
    }
  t->resolution = "relative";
  t->value = value_ref (value);
  return TRUE;
}


/* Whether the clause before @at supposes a present against the facts:
 * "if" and, after it, the subjunctive "were" ("If the teenage Howard
 * were applying to Cambridge today"), or "were" opening the sentence
 * ("Were he applying today"); not "were to" (a future supposed: "if
 * they were to go today"), nor past a clause's mark ("if it were
 * sunny, they would leave today": the day of the main clause). */
static gboolean
counterfactual_before (const Tense *tense, gsize at)
{
  const char *s = tense->text;
  gboolean supposed = FALSE, were = FALSE;
  for (gsize w = tense->start; w < at; w++)
    {
      if (clause_or_sentence_mark (s[w]))
        supposed = were = FALSE;
      if (!g_ascii_isalpha (s[w]) || (w > 0 && g_ascii_isalnum (s[w - 1])))
        continue;
      gsize e = w;
      while (e < at && g_ascii_isalpha (s[e]))
        e++;
      if (e - w == 2 && g_ascii_strncasecmp (s + w, "if", 2) == 0)
        supposed = TRUE;
      else if (e - w == 4 && g_ascii_strncasecmp (s + w, "were", 4) == 0
               && (supposed || (w == tense->start && g_ascii_isupper (s[w]))))
        were = g_ascii_strncasecmp (s + e, " to ", 4) != 0;
      w = e - 1;
    }
  return were;
}

/* Whether the byte at @at of @text opens or closes a quotation: a
 * straight double quote, or a curly one (its first byte only). */
static gboolean
quote_mark_at (const char *text, gsize at)
{
  return text[at] == '"'
         || ((guchar) text[at] == 0xE2 && (guchar) text[at + 1] == 0x80
             && ((guchar) text[at + 2] == 0x9C || (guchar) text[at + 2] == 0x9D));
}

/* How far around a quoted day word its quotation and attribution are
 * looked for, in bytes: a long quoted sentence, and the words of its
 * attribution. */
#define QUOTE_REACH 400
#define ATTRIBUTION_REACH 60
/* How far into a story its lead's first sentence is looked for: a
 * headline's line or two before it. */
#define LEAD_REACH 600

/* The weekday the attribution from @at names, before @stop or a stop:
 * a verb of speech (kind `reported`), then at most three words and no
 * mark, "on" and a weekday ("the chairman told reporters on Thursday",
 * "Mr Smith, the chief whip, said on Thursday").  -1 where no verb of
 * speech stands there, 0 where one does with no day of its own (a mark
 * after it is another clause's: "said, adding that talks resume on
 * Friday"). */
static int
attribution_day (const Dates *d, const char *text, gsize at, gsize stop)
{
  gboolean speech = FALSE;
  guint words = 0;
  while (text[at] && at < stop && !strchr (".!?;\n", text[at]))
    {
      if (!g_ascii_isalpha (text[at]))
        {
          if (speech && text[at] != ' ')
            return 0;
          at++;
          continue;
        }
      gsize e = at;
      while (g_ascii_isalpha (text[e]))
        e++;
      if (speech && e - at == 2 && strncmp (text + at, "on", 2) == 0 && text[e] == ' ')
        {
          gsize day = e + 1, day_end = day;
          while (g_ascii_isalpha (text[day_end]))
            day_end++;
          char word[16];
          if (day_end - day == 0 || day_end - day >= sizeof word)
            return 0;
          memcpy (word, text + day, day_end - day);
          word[day_end - day] = '\0';
          int weekday = lookup_int (d->weekdays, word);
          return weekday >= 1 && weekday <= 7 ? weekday : 0;
        }
      /* American reports drop the "on" ("the chairman said Monday"); a
       * possessive is a thing of that day ("said Monday's vote") */
      if (speech && g_ascii_isupper (text[at]) && e - at < 16 && text[e] != '\'' && (guchar) text[e] != 0xE2)
        {
          char word[16];
          memcpy (word, text + at, e - at);
          word[e - at] = '\0';
          int weekday = lookup_int (d->weekdays, word);
          if (weekday >= 1 && weekday <= 7)
            return weekday;
        }
      if (speech && ++words > 3)
        return 0;
      if (!speech && word_before_in (d->reported_words, text, e, NULL))
        speech = TRUE;
      at = e;
    }
  return speech ? 0 : -1;
}

/* The weekday a story's lead names for what was said: its first
 * sentence, in the first paragraph whose first line ends a sentence (a
 * headline's line does not), with a verb of speech and a day as an
 * attribution has them ("The prime minister said on Monday that taxes
 * would fall").  0 where it names none, or where that sentence does not
 * end before @before (the quoted day word). */
static int
lead_speech_day (const Dates *d, const char *text, gsize before)
{
  gsize line = 0;
  while (line < before && line < LEAD_REACH)
    {
      gsize end = line;
      while (text[end] && text[end] != '\n' && !stop_mark (text, end) && end < 2 * LEAD_REACH)
        end++;
      if (end >= 2 * LEAD_REACH)
        return 0;
      if (text[end] != '\0' && text[end] != '\n')
        return end < before ? MAX (attribution_day (d, text, line, end), 0) : 0;
      /* a line with no stop: a headline, or a blank line */
      if (text[end] == '\0')
        return 0;
      line = end + 1;
    }
  return 0;
}

/* The day on which the words quoted around @start..@end were said, when
 * the attribution right after the quotation names it: "...the figures
 * yesterday," a trader said on Friday (the Friday gone by, a report's
 * past, as TimeBank anchors a reported speech's "yesterday" to the day
 * it was said).  The expression lies inside a quotation of its
 * paragraph (an odd count of quotation marks before it), the quotation
 * closes with no line's end, and after it, before any stop, an
 * attribution (attribution_day()).  One with no day of its own takes
 * the day the story's lead names for what was said ("The chairman said
 * on Monday the firm would be sold. ... 'We met the buyers yesterday,'
 * he said": Sunday), as a reader reads it.  *@said is set to that day,
 * counted back from @ref; FALSE where the text names none. */
static gboolean
quoted_speech_day (const Dates *d, const char *text, gsize start, gsize end, const GDate *ref, GDate *said)
{
  guint marks = 0;
  gsize para = start;
  while (para > 0 && text[para - 1] != '\n' && start - para < QUOTE_REACH)
    para--;
  if (para > 0 && text[para - 1] != '\n')
    return FALSE;
  for (gsize at = para; at < start; at++)
    marks += quote_mark_at (text, at);
  if (marks % 2 == 0)
    return FALSE;
  gsize close = end;
  while (text[close] && text[close] != '\n' && !quote_mark_at (text, close) && close - end < QUOTE_REACH)
    close++;
  if (!quote_mark_at (text, close))
    return FALSE;
  gsize at = close + (text[close] == '"' ? 1 : 3);
  int weekday = attribution_day (d, text, at, at + ATTRIBUTION_REACH);
  if (weekday == 0)
    weekday = lead_speech_day (d, text, start);
  if (weekday <= 0)
    return FALSE;
  *said = *ref;
  resolve_weekday (said, weekday, FALSE, 0, FALSE);
  return TRUE;
}

/* A day counted from the reference: "yesterday", "tomorrow morning", "tonight". */
gboolean
normalise_relday (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  const char *word = x->word;
  GDate r = *ref;
  /* "today's consumers": the present in general, which TimeBank leaves
   * unannotated ("today's personal computers"): no expression;
   * "today's ruling", "today's geography quiz" are the day's */
  if (strcmp (word, "today") == 0 && today_generic (d, x->m->subject, x->m->end))
    return FALSE;
  /* "children today watch", "the state of football today.": the present
   * in general */
  /* and "if he were applying today": a present supposed, not the day
   * (TimeBank writes "today" of the present in general PRESENT_REF) */
  if (strcmp (word, "today") == 0 && x->m->end - x->m->start == 5
      && (tense_nowadays (x->tense, x->m->start, x->m->end) || counterfactual_before (x->tense, x->m->start)
          || tense_present_general (x->tense, x->m->start, x->m->end)))
    {
      t->value = value_ref ("PRESENT_REF");
      return TRUE;
    }
  /* inside a quotation whose attribution names the day it was said,
   * counted from that day */
  GDate said;
  if (quoted_speech_day (d, x->m->subject, x->m->start, x->m->end, ref, &said))
    {
      r = said;
      t->anchor = value_day (&said);
    }
  if (strstr (word, "day before yesterday"))
    g_date_subtract_days (&r, 2);
  else if (strstr (word, "day after tomorrow"))
    g_date_add_days (&r, 2);
  else if (g_str_has_prefix (word, "yesterday") || g_str_has_prefix (word, "last night"))
    g_date_subtract_days (&r, 1);
  else if (g_str_has_prefix (word, "tomorrow"))
    g_date_add_days (&r, 1);
  t->value = value_day (&r);
  /* the part of day the last word names, or ends with ("tonight") */
  const char *last_word = strrchr (word, ' ');
  const char *part = g_hash_table_lookup (d->parts, last_word ? last_word + 1 : word);
  GHashTableIter parts;
  gpointer name, code;
  g_hash_table_iter_init (&parts, d->parts);
  while (part == NULL && !last_word && g_hash_table_iter_next (&parts, &name, &code))
    if (g_str_has_suffix (word, name))
      part = code;
  if (part)
    t->type = "TIME", t->value.clock = CLOCK_PART, t->value.part = part;
  return TRUE;
}

/* A weekday: "Friday", "next Friday", "Thursday morning". */
gboolean
normalise_weekday (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const Match *m = x->m;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  const char *shift = x->shift;
  int step = x->step;
  GDate r = *ref;
  /* "Thursday morning" is a part of that day, TIME 1998-02-12TMO,
   * as TIMEX3 and HeidelTime write it, and as "tomorrow morning"
   * is. */
  /* "Wednesday's ruling" names an event as news reports it: one that
   * has happened, whatever the clause around it says of the future
   * ("they would look for ways around Wednesday's ruling"). */
  const char *after = m->subject + m->end;
  /* "the Sunday Times", "the Sunday Mirror": a name */
  if (m->start >= 4 && g_ascii_strncasecmp (m->subject + m->start - 4, "the ", 4) == 0 && after[0] == ' '
      && g_ascii_isupper (after[1]) && g_ascii_islower (after[2]))
    return FALSE;
  const char *part = x->g.text[G_PART] ? g_hash_table_lookup (d->parts, x->g.text[G_PART]) : NULL;
  /* "on a Sunday", "on a Friday night": some one, no day of a week
   * told, as TIMEX3 writes a weekday alone (XXXX-WXX-7).  Only after
   * "on": "a" alone is a noun's, the weekday its adjective, a day of the
   * story ("in a Wednesday media event", "a Sunday night memorial
   * service", MEANTIME and TimeBank); "on a Sunday Times reporter" a
   * name's */
  if (shift == NULL && m->start >= 5 && (m->start == 5 || !g_ascii_isalnum (m->subject[m->start - 6]))
      && g_ascii_strncasecmp (m->subject + m->start - 5, "on a ", 5) == 0)
    {
      if (after[0] == ' ' && g_ascii_isupper (after[1]) && g_ascii_islower (after[2]))
        return FALSE;
      t->value = (TimexValue){ .kind = VALUE_WEEK, .year = VALUE_X, .week = VALUE_X, .weekday = t->weekday };
      if (part)
        t->type = "TIME", t->value.clock = CLOCK_PART, t->value.part = part;
      return TRUE;
    }
  /* the coming one after a fixture's verb, or as an awaited possessive */
  resolve_weekday (&r, t->weekday, shift != NULL, step, shift == NULL && tense_weekday_ahead (tense, m->start, m->end));
  t->value = value_day (&r);
  /* (the clause is read only for a possessive or after "the", the
   * forms discourse_weekday_again() moves) */
  const char *s = m->subject;
  gboolean again_form = g_str_has_prefix (after, "'s") || g_str_has_prefix (after, "\u2019s")
                        || (m->start >= 4 && g_ascii_strncasecmp (s + m->start - 4, "the ", 4) == 0);
  t->weekday_read = shift != NULL ? 2 : again_form && tense_weekday_again_ahead (tense, m->start, m->end) ? 1 : 3;
  if (part)
    t->type = "TIME", t->value.clock = CLOCK_PART, t->value.part = part;
  return TRUE;
}

/* A month with a shift: "last June", "next March". */
gboolean
normalise_monthshift (const Reading *x, Timex *t)
{
  const GDate *ref = x->ref;
  int step = x->step;
  int month = x->month;
  GDate r = *ref;
  int ref_month = g_date_get_month (&r), y = g_date_get_year (&r);
  if (step < 0)
    y -= month >= ref_month;
  else if (step > 0)
    y += month <= ref_month;
  t->value = value_calendar (y, month, 0);
  return TRUE;
}

/* Whether @p holds " to " and a date of a month after it: "to 31 July",
 * "to the 31st of March", "to March" (not "to date", "to come"). */
static gboolean
to_month_after (const Dates *d, const char *p)
{
  if (strncmp (p, " to ", 4) != 0)
    return FALSE;
  p += 4;
  if (strncmp (p, "the ", 4) == 0)
    p += 4;
  if (g_ascii_isdigit (*p))
    {
      const char *q = p;
      while (g_ascii_isdigit (*q))
        q++;
      while (g_ascii_isalpha (*q) && q - p < 4)
        q++;
      if (q - p > 4 || *q != ' ')
        return FALSE;
      p = q + 1;
      if (strncmp (p, "of ", 3) == 0)
        p += 3;
    }
  char word[16];
  gsize n = 0;
  while (n < sizeof word - 1 && g_ascii_isalpha (p[n]))
    word[n] = p[n], n++;
  word[n] = '\0';
  return n > 0 && !g_ascii_isalpha (p[n]) && g_hash_table_contains (d->months, word);
}

/* Whether "the season" from @start to @end is the idiom's time of year
 * told by what it is for, no time: "'Tis the season", "the season to be
 * jolly", "the season for giving" (not "the season to date", "the season
 * for Leeds"). */
static gboolean
season_idiom (const char *text, gsize start, gsize end)
{
  if (start >= 4 && g_ascii_strncasecmp (text + start - 4, "tis ", 4) == 0)
    return TRUE;
  if (strncmp (text + end, " to be ", 7) == 0)
    return TRUE;
  if (strncmp (text + end, " for ", 5) != 0)
    return FALSE;
  const char *w = text + end + 5, *e = w;
  while (g_ascii_islower (*e))
    e++;
  return e - w > 4 && strncmp (e - 3, "ing", 3) == 0 && !g_ascii_isalnum (*e);
}

/* The months at a year's start in which the last year's accounts and
 * statistics come out: a company's full-year results, a country's
 * growth for the year (most in its first quarter; a firm's year ending
 * in March reports in May or June, which this leaves the year running,
 * as before).  The bound is doc/relative.md's ("The three months are a bound"). */
#define RESULTS_MONTHS 3

/* Whether "the year" or "the full year" at [@start, @end) is the year
 * just ended whose figures a report gives: told in the first
 * RESULTS_MONTHS months of a year, a word of kind `results` in its
 * sentence ("Acme said profits for the full year rose 8%", "sales for
 * the year were up"), and the figures told as done: no cue of the
 * future, no word of kind `forecast` in the sentence ("expects profits
 * for the full year to rise" is this year's), no present perfect or
 * modal in its clause before it ("shares have risen 5% over the
 * year"), no present in its clause ("sales for the year are up 2%": the
 * year so far), not "the year ahead", not "on the year" (a change
 * against the year before: "inflation was 3% on the year").  Before it,
 * only the words from the last `results` word on are the figures' own:
 * "the firm says profits for the year rose" reports in the present what
 * is done.  TimeBank+AQUAINT dates such a year as the year reported
 * (wsj_0189, wsj_0610), which, read in October, is the year running.
 * The cheap tests come first: the month, the words at its edges, the
 * clause's tense (read once for the match already); the sentence's
 * word sets next; the reading of the rest of the sentence
 * (tense_future_after()) last, which costs more than the sets. */
static gboolean
year_of_results (const Reading *x, gsize start, gsize end)
{
  const Dates *d = x->d;
  Tense *tense = x->tense;
  if (g_date_get_month (x->ref) > RESULTS_MONTHS || d->results_words == NULL)
    return FALSE;
  const char *text = x->m->subject;
  if (g_ascii_strncasecmp (text + end, " ahead", 6) == 0
      || (start >= 3 && g_ascii_strncasecmp (text + start - 3, "on ", 3) == 0 && (start == 3 || !g_ascii_isalpha (text[start - 4]))))
    return FALSE;
  if (tense_future (tense))
    return FALSE;
  gsize from = tense->start, to = tense->limit;
  if (!word_between_in (d->results_words, text, from, to) || word_between_in (d->forecast_words, text, from, to)
      || tense_future_after (tense, end))
    return FALSE;
  gsize clause = start, clause_end = end;
  while (clause > from && !strchr (",;:", text[clause - 1]))
    clause--;
  while (clause_end < to && !strchr (",;:", text[clause_end]))
    clause_end++;
  /* the figures' own words: from the last `results` word before it in
   * its clause, when there is one */
  gsize own = clause;
  for (gsize e = start; e > clause; e--)
    {
      gsize w;
      if (g_ascii_isalpha (text[e - 1]) && !g_ascii_isalpha (text[e]) && word_before_in (d->results_words, text, e, &w)
          && w >= clause)
        {
          own = w;
          break;
        }
    }
  return !word_between_in (d->unfinished_words, text, own, start) && !word_between_in (d->present_words, text, own, clause_end);
}

/* A unit counted from the reference: "last year", "this week", "the weekend". */
gboolean
normalise_relunit (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  const char *unit_s = x->g.text[G_UNIT];
  const char *shift = x->shift;
  int step = x->step;
  GDate r = *ref;
  const char *code = unit_code (d, unit_s);
  if (code == NULL)
    return FALSE;
  /* "at the end of the day" is the idiom, "in the end" (all nine on the
   * BBC archive); a day's end is written otherwise ("by the end of the
   * day", "the end of the day's trading") */
  const Match *m = x->m;
  if (strcmp (code, "D") == 0 && t->mod && strcmp (t->mod, "END") == 0 && m->start >= 3
      && g_ascii_strncasecmp (m->subject + m->start - 3, "at ", 3) == 0
      && (m->start == 3 || !g_ascii_isalnum (m->subject[m->start - 4])))
    return FALSE;
  /* "a little late in the day", "relatively late in the day": after a
   * word of kind `figurative`, late in a process, the idiom (both such
   * on the BBC archive); "late in the day" alone may be the day's end,
   * as MEANTIME tags it */
  if (strcmp (code, "D") == 0 && x->g.text[G_MOD] && g_ascii_strncasecmp (x->g.text[G_MOD], "late", 4) == 0
      && word_before_in (d->figurative_words, m->subject, m->start, NULL))
    return FALSE;
  int y = g_date_get_year (&r);
  const char *mod_s = x->g.text[G_MOD];
  /* "losses for the year to 31 July", "sales in the week to 25
   * December": the span ending then, as "the year ended DATE" is
   * (TimeBank: six of six DURATION P1Y), not the year of the reference */
  if ((strcmp (code, "Y") == 0 || strcmp (code, "W") == 0 || strcmp (code, "M") == 0) && step == 0 && !mod_s && shift
      && g_ascii_strcasecmp (shift, "the") == 0 && to_month_after (d, m->subject + m->end))
    {
      t->type = "DURATION", t->resolution = "absolute";
      t->value = value_duration (1, code);
      return TRUE;
    }
  /* "this season", "last season", "the start of the season": a sports
   * season, which TimeBank+AQUAINT and MEANTIME never name.  TIMEX3 has
   * no value for a season of sport: the year it starts where the
   * reference's month tells it for every sport, else PAST_REF,
   * PRESENT_REF or FUTURE_REF (value_season_of_sport()).  Not a season that names a thing or a numbered one of a
   * series: "season ticket(s)", "season pass" (context-words.tsv, kind
   * `seasonal`), "the last season of the show", "season 3". */
  if (strcmp (code, "SE") == 0)
    {
      /* the word after it, or after its possessive: "the season opener",
       * "the season's greetings" (kind `seasonal`) */
      const char *after = m->subject + m->end;
      if (after[0] == '\'' && after[1] == 's')
        after += 2;
      else if (strncmp (after, "\xE2\x80\x99s", 4) == 0)
        after += 4;
      gsize n = 0;
      if (after[0] == ' ')
        while (g_ascii_isalpha (after[1 + n]))
          n++;
      if (strncmp (after, " of ", 4) == 0 || (after[0] == ' ' && g_ascii_isdigit (after[1]))
          || (n > 0 && word_before_in (d->seasonal_words, after + 1, n, NULL)))
        return FALSE;
      gboolean the = shift && g_ascii_strcasecmp (shift, "the") == 0;
      /* a season of something's own ("after its last season": a
       * determiner before "last" or "next"; "the this season" is a slip
       * for "this season"), and "the season" of an idiom */
      if (!the && !(shift && g_ascii_strcasecmp (shift, "this") == 0)
          && word_before_in (d->determiner_words, m->subject, m->start, NULL))
        return FALSE;
      if (the && !mod_s && (season_idiom (m->subject, m->start, m->end)))
        return FALSE;
      /* "the season" with no cue of the future may be the season of the
       * year just written, as "the year" is ("He joined Leeds in 1998.
       * The season was a disaster"; discourse_place_in_year()), which
       * needs the reference's year to replace, and gives it the value
       * of the reference's season where none is written */
      /* "the season ahead": one to come, whichever */
      if (step == 0 && the && !mod_s && g_str_has_prefix (m->subject + m->end, " ahead"))
        {
          t->value = value_ref ("FUTURE_REF");
          return TRUE;
        }
      if (step == 0 && the && !tense_future (tense))
        {
          t->value = counted_from (&r, 'Y', step);
          t->the_year = 2; /* a season: not a past month's year (discourse.c) */
          return TRUE;     /* its mod goes where discourse gives it a year */
        }
      t->value = value_season_of_sport (&r, step, g_strcmp0 (mod_code (mod_s), "END") == 0);
      season_year_unmodded (t);
      return TRUE;
    }
  discourse_mark_before (t, code, step, mod_s, shift);
  if (strcmp (code, "Y") == 0 && mod_s && g_ascii_strcasecmp (mod_s, "end") == 0)
    {
      /* "by year-end", "after year-end": the end of the nearest year
       * by the tense, and of the last one before the reference after
       * "since" (TimeBank: "since year-end", written in October 1989, is
       * 1988's end); "shares will be sold after year-end" is this one's.  TimeBank is split on the
       * value, the year (wsj_0950, wsj_1013) or its last day (wsj_0006,
       * wsj_0586): the year with mod END is how TIMEX3 writes "the end
       * of the year", and stays.  By its month alone (year_for()):
       * "will ship by year-end" said on 20 January is this year's. */
      gsize w, n = word_before (m->subject, 0, m->start, &w);
      gboolean back = n == 5 && g_ascii_strncasecmp (m->subject + w, "since", 5) == 0;
      t->value = value_calendar (back ? y - 1 : year_for (&r, 12, 0, tense_future (tense)), 0, 0);
    }
  else if (strcmp (code, "Y") == 0 || strcmp (code, "M") == 0 || strcmp (code, "D") == 0)
    {
      gboolean the = step == 0 && shift && g_ascii_strcasecmp (shift, "the") == 0;
      /* "the month" after "of" is an award or a part told otherwise
       * ("player of the month", "the rest of the month").  Nor "the end
       * of the month", "later in the month", as before "the month" was
       * found: TimeBank+AQUAINT writes its one "the end of the month" as
       * a day (1990-08-30), which the month with mod END would miss */
      if (code[0] == 'M' && the
          && (mod_s || (m->start >= 3 && g_ascii_strncasecmp (m->subject + m->start - 3, "of ", 3) == 0)))
        return FALSE;
      /* "the month" ahead is no month named before it: left unfound,
       * as every "the month" was before the past month's rule */
      if (code[0] == 'M' && the && tense_future (tense))
        return FALSE;
      t->value = counted_from (&r, code[0], step);
      int started = code[0] == 'Y' ? fiscal_year_started (d, m->subject + m->end) : 0;
      if (started) /* "the next fiscal year starting April 2005": that year's */
        {
          t->value = value_calendar (started, 0, 0);
          t->resolution = "absolute";
          return TRUE;
        }
      /* "the year", "the month" with no shift word may be the period
       * just written (discourse_place_in_year(); "the month" is kept
       * only as such a month) */
      if ((code[0] == 'Y' || code[0] == 'M') && the && !tense_future (tense))
        t->the_year = TRUE;
      /* "profits for the full year rose", told in February: the year
       * just ended, unless the text named a year or a month of this
       * year before it (discourse_place_in_year()) */
      if (code[0] == 'Y' && the && !mod_s && t->the_year && year_of_results (x, m->start, m->end))
        t->the_year = 3;
    }
  else if (strcmp (code, "WE") == 0 && shift && g_ascii_strncasecmp (shift, "the", 3) == 0)
    {
      /* "the weekend": the last one in a report of what happened, the
       * next one when the clause speaks of the future, as a weekday. */
      /* "the previous weekend", "the following weekend" count from a
       * weekend named before (discourse_resolve_anaphor()); with none,
       * the last one or the next */
      resolve_weekday (&r, G_DATE_SATURDAY, FALSE, 0, step != 0 ? step > 0 : tense_future (tense));
      t->value = value_week (&r);
      t->value.weekend = TRUE;
      if (step != 0)
        t->refers = 'W', t->refers_step = step;
      /* "usually plays golf at the weekend": every weekend (a word of
       * kind `habitual` earlier in its sentence, a present simple) */
      if (step == 0 && !x->g.text[G_MOD] && tense_habitual (tense, m->start, m->end))
        {
          t->type = "SET", t->resolution = "absolute";
          t->value = (TimexValue){ .kind = VALUE_WEEK, .year = VALUE_X, .week = VALUE_X, .weekend = TRUE };
        }
    }
  else if (strcmp (code, "W") == 0 || strcmp (code, "WE") == 0)
    {
      step < 0 ? g_date_subtract_days (&r, 7) : step > 0 ? g_date_add_days (&r, 7) : (void) 0;
      t->value = value_week (&r);
      t->value.weekend = strcmp (code, "WE") == 0;
    }
  else if (strcmp (code, "Q") == 0)
    {
      int q = (g_date_get_month (&r) - 1) / 3 + 1 + step;
      if (q < 1)
        q += 4, y--;
      if (q > 4)
        q -= 4, y++;
      t->value = value_period (y, 'Q', q);
    }
  else if (strcmp (code, "DE") == 0)
    t->value = (TimexValue){ .kind = VALUE_DECADE, .year = y / 10 + step };
  else if (strcmp (code, "CE") == 0)
    t->value = (TimexValue){ .kind = VALUE_CENTURY, .year = y / 100 + step };
  else
    return FALSE;
  return TRUE;
}

/* "That year", "the following week": counted from the reference until discourse finds the date named before. */
gboolean
normalise_anaphor (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  const char *unit_s = x->g.text[G_UNIT];
  int step = x->step;
  GDate r = *ref;
  /* "that year", "the following week", "the same day": the value
   * counted from the reference date stands until the stage finds the
   * date named before it (in dates_process). */
  /* "the next morning": the next day's, a DATE as TimeBank writes it */
  const char *code = unit_s && g_hash_table_contains (d->parts, unit_s) ? "D" : unit_code (d, unit_s);
  if (code == NULL || (strcmp (code, "Y") && strcmp (code, "M") && strcmp (code, "W") && strcmp (code, "D")))
    return FALSE;
  /* "the next morning" before a lowercase word that patterns.tsv does not
   * name (the group `after`) is a time only where that word is a verb in
   * the past: "the next morning came the news", "... found him", but not
   * "the next morning session".  A regular past as the pattern wrote it
   * (three letters or more in -ed); an irregular one from past-forms.tsv,
   * so a new form there counts here too. */
  gsize after = group_offset (x->m, G_AFTER), after_end = group_end (x->m, G_AFTER);
  if (after_end > after
      && !(regular_past (x->m->subject + after, after_end - after)
           || past_form_at (d, x->m->subject, after, after_end)))
    return FALSE;
  t->refers = code[0], t->refers_step = step;
  t->value = counted_from (&r, t->refers, step);
  /* "the same month in 2004", "the same month of 2004", "that day in
   * 1999": the month or day named before, in the year written right after (a comparison's other
   * year: "car sales in January fell 3% against the same month in
   * 2004"); TimeBank writes such a year a DATE of its own, so it stays
   * one */
  const char *after_s = x->m->subject + x->m->end;
  if (step == 0 && (strncmp (after_s, " in ", 4) == 0 || strncmp (after_s, " of ", 4) == 0) && g_ascii_isdigit (after_s[4])
      && g_ascii_isdigit (after_s[5])
      && g_ascii_isdigit (after_s[6]) && g_ascii_isdigit (after_s[7]) && !g_ascii_isalnum (after_s[8]))
    {
      int year = (int) g_ascii_strtoll (after_s + 4, NULL, 10);
      if (year >= 1800 && year <= 2099)
        t->refers_year = year;
    }
  /* "the next morning" is a story's, counted from a date it named
   * (discourse_resolve_anaphor()); with none, no day is known: the day
   * after the report's would put a past story's night after it was
   * written */
  if (unit_s && g_hash_table_contains (d->parts, unit_s))
    t->value = value_calendar (VALUE_X, VALUE_X, VALUE_X);
  return TRUE;
}

/* A count of units back or on: "three years ago", "two weeks from now"; "three days later" is the span. */
gboolean
normalise_ago (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const Match *m = x->m;
  const GDate *ref = x->ref;
  const char *unit_s = x->g.text[G_UNIT];
  const char *number_s = x->g.text[G_NUMBER];
  const char *word = x->word;
  GDate r = *ref;
  const char *code = unit_code (d, unit_s);
  double n = number_value (d, number_s);
  if (n > 0 && group_offset (m, G_HALF)) /* "an hour and a half later" */
    n += 0.5;
  gboolean forward = strcmp (word, "later") == 0 || strcmp (word, "from now") == 0;
  /* "a month earlier", "a week earlier" of figures compared is the month
   * or week before the one named, as "the previous month" is
   * (discourse_resolve_anaphor()); the one before the reference until
   * one is named.  TimeBank+AQUAINT dates "a UNIT earlier" 26 times of
   * 27 ("a year earlier", DATE, the grain of the period compared), and
   * spans "A day earlier" once (P1D), which stays a span below.  Not
   * before "than", a span ("finished a month earlier than expected") */
  gsize word_end = group_end (x->m, G_WORD);
  if (code && n == 1 && (strcmp (code, "M") == 0 || strcmp (code, "W") == 0) && strcmp (word, "earlier") == 0
      && !(word_end > 0 && strncmp (m->subject + word_end, " than", 5) == 0))
    {
      t->refers = code[0], t->refers_step = -1;
      t->value = counted_from (ref, code[0], -1);
      return TRUE;
    }
  /* "three days later", "30 days before", "five years earlier": TimeML
   * dates the event the word relates, not the span; the expression is
   * the span, P3D (TimeBank: "Three days later", "a few days later",
   * "A day earlier", the counts of units it tags before either word;
   * none above one before "earlier").  Not
   * "one year earlier", which TimeBank dates as "a year earlier": the
   * year before, of figures compared. */
  gboolean earlier = strcmp (word, "earlier") == 0 && !(n == 1 && strcmp (code ? code : "", "Y") == 0);
  if (code && n != 0 && (strcmp (word, "later") == 0 || strcmp (word, "before") == 0 || earlier))
    {
      gsize span_end = group_offset (m, G_WORD);
      while (span_end > t->start && g_ascii_isspace (m->subject[span_end - 1]))
        span_end--;
      t->type = "DURATION";
      t->value = value_duration (n, code);
      t->resolution = "absolute";
      /* "Three days later" without its word, "A day earlier" with it, as
       * TimeBank spans each */
      if (!earlier)
        t->end = span_end;
      return TRUE;
    }
  if (code && n < 0 && (strcmp (word, "ago") == 0 || strcmp (word, "from now") == 0))
    {
      /* "several years ago": some time back, no date. */
      t->value = (TimexValue){ .kind = VALUE_REF, .ref = forward ? REF_FUTURE : REF_PAST };
      return TRUE;
    }
  if (code && strcmp (code, "Y") == 0 && n > 0 && n != floor (n))
    {
      /* "2 1/2 years ago": 30 months back. */
      code = "M";
      n *= 12;
    }
  if (code == NULL || n <= 0 || n != floor (n))
    return FALSE;
  /* A count no calendar holds ("99999999999999999999 years ago") is
   * no date: the value must stay within the years 1 to 9999. */
  if (strcmp (code, "WE") == 0 || strcmp (code, "SE") == 0) /* "a weekend ago", "two seasons ago": no count of them dates a day */
    return FALSE;
  int years_each = strcmp (code, "CE") == 0 ? 100 : strcmp (code, "DE") == 0 ? 10 : strcmp (code, "Y") == 0 ? 1 : 0;
  double unit_days = years_each ? 366.0 * years_each : strcmp (code, "Q") == 0 ? 92 : strcmp (code, "M") == 0 ? 31
                     : strcmp (code, "2W") == 0 ? 14 : strcmp (code, "W") == 0 ? 7 : 1;
  double days_away = n * unit_days;
  guint32 julian = g_date_get_julian (&r);
  if (forward ? julian + days_away > LAST_JULIAN : days_away >= julian)
    {
      /* "6,000 years ago": years back past the year 1, which TIMEX3's
       * four digits cannot write, but still some time back, as "several
       * years ago" is.  Not a count past an int ("2147483648 quarters
       * ago" is a string of digits, no count, where "4.5 billion years
       * ago" has a scale word to make it one), nor other units: no story
       * counts days or quarters back that far */
      if (!years_each || (n > G_MAXINT && strchr (number_s, ' ') == NULL))
        return FALSE;
      t->value = (TimexValue){ .kind = VALUE_REF, .ref = forward ? REF_FUTURE : REF_PAST };
      return TRUE;
    }
  int k = (int) n;
  if (years_each)
    {
      t->value = value_calendar (g_date_get_year (&r) + (forward ? 1 : -1) * k * years_each, 0, 0);
      if (strcmp (code, "Y") == 0 && !forward)
        /* "A year ago" opening its sentence: 'O', no figure compared
         * (normalise_yearago()) */
        t->years_back = k, t->years_back_from = strcmp (word, "ago") != 0                          ? 'T'
                                                : opens_sentence (x->m->subject, 0, x->m->start) ? 'O'
                                                                                                 : 'N';
    }
  else if (strcmp (code, "Q") == 0)
    {
      int q = (g_date_get_month (&r) - 1) / 3 + (forward ? k : -k);
      int y = g_date_get_year (&r) + (q < 0 ? (q - 3) / 4 : q / 4);
      t->value = value_period (y, 'Q', ((q % 4) + 4) % 4 + 1);
    }
  else if (strcmp (code, "M") == 0)
    {
      forward ? g_date_add_months (&r, k) : g_date_subtract_months (&r, k);
      t->value = value_calendar (g_date_get_year (&r), g_date_get_month (&r), 0);
    }
  else if (strcmp (code, "W") == 0 || strcmp (code, "D") == 0 || strcmp (code, "2W") == 0)
    {
      int days = k * (strcmp (code, "D") == 0 ? 1 : strcmp (code, "W") == 0 ? 7 : 14);
      forward ? g_date_add_days (&r, days) : g_date_subtract_days (&r, days);
      t->value = value_day (&r);
    }
  else
    t->value = value_day (&r); /* hours, minutes: the day it was */
  return TRUE;
}
