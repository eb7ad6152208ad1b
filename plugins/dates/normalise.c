/* normalise.c: a match's value, by the normalisation its pattern's KIND
 * names: a table from kind to function, each reading the match's named
 * groups and computing a TIMEX3 value against the reference date. */
#include "normalise.h"
#include "tense.h"

#include <string.h>

/* Copies the text of each named group of @m into @g (see Groups). */
static void
groups_read (const Match *m, Groups *g)
{
  const PCRE2_SIZE *ov = m->ovector;
  /* only the groups the pattern has: most have a few of N_GROUPS */
  gsize need = 0;
  for (guint k = 0; k < m->n_named; k++)
    {
      int n = m->groups[m->named[k]];
      if (ov[2 * n] != PCRE2_UNSET)
        need += ov[2 * n + 1] - ov[2 * n] + 1;
    }
  char *p = g->bytes;
  g->heap = NULL;
  if (need > sizeof g->bytes)
    p = g->heap = g_malloc (need);
  memset (g->text, 0, sizeof g->text);
  for (guint k = 0; k < m->n_named; k++)
    {
      guint i = m->named[k];
      int n = m->groups[i];
      if (ov[2 * n] == PCRE2_UNSET)
        continue;
      gsize len = ov[2 * n + 1] - ov[2 * n];
      memcpy (p, m->subject + ov[2 * n], len);
      p[len] = '\0';
      g->text[i] = p;
      p += len + 1;
    }
}

typedef gboolean (*Normaliser) (const Reading *x, Timex *t);

/* Whether "current" ending at @end stands before a word of kind
 * `accounting` of data/context-words.tsv ("current account", "current
 * expenditure", "current assets"): the accounting term that sets running
 * items against capital ones, no time.  Not where a unit or a thing done
 * at a time (kind `event`) follows the noun: "the current
 * budget year" is the year, "the current spending review" or "spending
 * round" the one now under way. */
static gboolean
current_accounting (const Dates *d, const char *s, gsize end)
{
  gsize noun = end, noun_end;
  while (s[noun] == ' ')
    noun++;
  if (!word_at_in (d->accounting_words, s, noun, &noun_end))
    return FALSE;
  gsize next = noun_end;
  while (s[next] == ' ')
    next++;
  WordKey after;
  gsize after_end = next;
  while (g_ascii_isalpha (s[after_end]))
    after_end++;
  word_key (&after, s, after_end);
  return !after.ok || after.start != next
         || !(unit_code (d, after.word) || key_in (&after, d->event_words));
}

/* The `ref` pattern's words (normalise_ref()), and two vague times of
 * its own.  "Soon", "someday": a time to come that no date tells,
 * FUTURE_REF (the lexicon's), as TimeBank+AQUAINT tag "soon" (5 times:
 * "soon will", "soon to", "will soon").  Not after a word of kind `degree`, which makes it a measure
 * of how soon ("as soon as", "too soon to say", "how soon"); not before
 * one of kind `sequel` or a hyphen, which tie it to another event or
 * make it a word's part ("soon after the war", "soon-to-be"); and not
 * in a clause of an event done ("the venue soon became", "were soon
 * wiped out"), a past moment TimeBank+AQUAINT leave untagged (their
 * "soon became", "soon after being killed", and all five "as soon as"). */
static gboolean
normalise_vague (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const char *s = x->m->subject;
  gsize at = x->m->start, end = x->m->end;
  /* "a year or two", "a week or two": one or two such units, no one
   * length, a span of some (PXY) as TimeBank writes its range "the next
   * 12 to 18 months" (PXM); after "in" or "within", some time ahead by
   * about that much, FUTURE_REF, as TimeBank+AQUAINT write "You may, in
   * a year or two, save a few more lives"; PAST_REF with "ago" */
  if (x->g.text[G_UNIT])
    {
      const char *code = unit_code (d, x->g.text[G_UNIT]);
      if (code == NULL || strcmp (code, "SE") == 0)
        return FALSE;
      /* "a year or two ago": some time back, no one day to count to */
      if (end > 3 && g_ascii_strncasecmp (s + end - 3, "ago", 3) == 0)
        {
          t->resolution = "relative";
          t->value = value_ref ("PAST_REF");
          return TRUE;
        }
      gsize w, n = word_before (s, x->tense->start, at, &w);
      if ((n == 2 && g_ascii_strncasecmp (s + w, "in", 2) == 0) || (n == 6 && g_ascii_strncasecmp (s + w, "within", 6) == 0))
        {
          t->resolution = "relative";
          t->value = value_ref ("FUTURE_REF");
          return TRUE;
        }
      t->type = "DURATION";
      t->resolution = "absolute";
      t->value = value_duration (-1, code);
      return TRUE;
    }
  const char *word = x->word;
  if (word && strcmp (word, "current") == 0 && current_accounting (d, s, end))
    return FALSE;
  /* "this moment" is the present only after "at" ("at this moment in
   * time"); "this moment of crisis", "captured this moment", "from this
   * moment on" are an instant of the story, no time a reader places */
  gsize at_w;
  if (word && g_ascii_strcasecmp (word, "this moment") == 0
      && !(word_before (s, x->tense->start, at, &at_w) == 2 && g_ascii_strncasecmp (s + at_w, "at", 2) == 0))
    return FALSE;
  if (word == NULL
      || !(strcmp (word, "soon") == 0 || strcmp (word, "very soon") == 0 || strcmp (word, "someday") == 0))
    return normalise_ref (x, t);
  if (word_before_in (d->degree_words, s, at, NULL) || s[end] == '-')
    return FALSE;
  gsize next = end, next_end;
  while (s[next] == ' ')
    next++;
  if (word_at_in (d->sequel_words, s, next, &next_end))
    return FALSE;
  gsize clause = at;
  while (clause > x->tense->start && !clause_or_sentence_mark (s[clause - 1]))
    clause--;
  if (done_before (x->tense, clause, at, FALSE))
    return FALSE;
  /* the verb right after it, or after the clause's subject that opens
   * the sentence with it ("Soon they were gone") */
  gsize verb = next, verb_end = next;
  while (g_ascii_isalpha (s[verb_end]))
    verb_end++;
  if (verb_end > verb && word_before_in (d->subject_words, s, verb_end, NULL))
    {
      for (verb = verb_end; s[verb] == ' '; verb++)
        ;
      for (verb_end = verb; g_ascii_isalpha (s[verb_end]); verb_end++)
        ;
    }
  Tense window = *x->tense;
  window.start = verb;
  window.end = verb_end;
  if (verb_end > verb && past_verb_at (x->tense, &window, verb, verb_end))
    return FALSE;
  return normalise_ref (x, t);
}

/* How far back in its sentence "as many" looks for the count it repeats:
 * about twenty words, an aside between ("the fourth head of the
 * business - which is expected to make a loss - in as many years"). */
#define ECHO_REACH 120

/* The value of an ordinal in words, by its cardinal (lexicon.tsv's
 * numbers): "sixth" six, "fifth" five, "twelfth" twelve, "eighth" eight,
 * "ninth" nine, "twentieth" twenty, "second" and "third" the lexicon's
 * ordinals; 0 where @word (lowercase) is none.  The lexicon's ordinals
 * stop at four, those of quarters, and count "last" four. */
static int
ordinal_in_words (const Dates *d, const char *word)
{
  gsize n = strlen (word);
  if (n > 2 && (g_str_has_suffix (word, "nd") || g_str_has_suffix (word, "rd")))
    return lookup_int (d->ordinals, word);
  if (n < 5 || n > 20 || !g_str_has_suffix (word, "th"))
    return 0;
  char stem[24];
  memcpy (stem, word, n - 2);
  stem[n - 2] = '\0';
  gsize k = n - 2;
  if (stem[k - 1] == 'f') /* fif, twelf */
    strcpy (stem + k - 1, "ve");
  else if (stem[k - 1] == 'h') /* eigh */
    strcpy (stem + k, "t");
  else if (k > 2 && stem[k - 2] == 'i' && stem[k - 1] == 'e') /* twentie */
    strcpy (stem + k - 2, "y");
  const double *v = g_hash_table_lookup (d->numbers, stem);
  if (v == NULL && stem[k - 1] == 'n') /* nin */
    {
      strcpy (stem + k, "e");
      v = g_hash_table_lookup (d->numbers, stem);
    }
  return v ? (int) *v : 0;
}

/* An expression that takes a part from the words before it (kind
 * `elliptic` of patterns.tsv).  "As many" and a unit repeats the count
 * just said, an ordinal or a number ("the sixth such move in as many
 * months": P6M; "five jobs in as many years": P5Y); with none in reach,
 * some (PXM).  "Next" after "this year and" is the next such unit, the
 * unit said before it ("this year and next": 2006), as "next year". */
static gboolean
normalise_elliptic (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const char *s = x->m->subject;
  if (x->g.text[G_UNIT])
    {
      const char *code = unit_code (d, x->g.text[G_UNIT]);
      if (code == NULL || strcmp (code, "SE") == 0 || strcmp (code, "WE") == 0)
        return FALSE;
      /* the nearest ordinal back in reach, else the nearest count:
       * "the fourth head of the business - which is expected to make a
       * 800m euro loss in 2004 - in as many years" is four; a year, a
       * sum ("800m") or a count of one is none */
      double n = -1, count_n = -1;
      gsize end = x->m->start;
      gsize floor = MAX (x->tense->start, end > ECHO_REACH ? end - ECHO_REACH : 0);
      while (n < 0 && end > floor)
        {
          while (end > floor && !g_ascii_isalnum (s[end - 1]))
            end--;
          gsize w = end;
          while (w > floor && g_ascii_isalnum (s[w - 1]))
            w--;
          char buf[32];
          gsize len = end - w;
          end = w;
          if (len == 0 || len >= sizeof buf)
            continue;
          for (gsize i = 0; i < len; i++)
            buf[i] = ascii_to_lower (s[w + i]);
          buf[len] = '\0';
          const double *count = g_hash_table_lookup (d->numbers, buf);
          gsize digits = strspn (buf, "0123456789");
          int ordinal = ordinal_in_words (d, buf);
          if (ordinal > 1)
            n = ordinal;
          else if (digits > 0 && (buf[digits] == '\0' || strcmp (buf + digits, "th") == 0 || strcmp (buf + digits, "nd") == 0
                                  || strcmp (buf + digits, "rd") == 0))
            {
              double v = g_ascii_strtod (buf, NULL);
              if (v > 1 && v < 1000 && buf[digits] != '\0')
                n = v;
              else if (v > 1 && v < 1000 && count_n < 0)
                count_n = v;
            }
          else if (count && *count > 1 && count_n < 0)
            count_n = *count;
        }
      if (n < 0)
        n = count_n;
      t->type = "DURATION", t->resolution = "absolute";
      t->value = value_duration (n, code);
      return TRUE;
    }
  /* "this year and next": the unit before the coordinator (the pattern
   * reads both) */
  gsize c;
  if (word_before (s, x->tense->start, x->m->start, &c) == 0)
    return FALSE;
  WordKey unit;
  word_key (&unit, s, c);
  if (!unit.ok || unit.start < x->tense->start)
    return FALSE;
  Reading next = *x;
  next.g.text[G_UNIT] = unit.word;
  next.step = 1;
  return normalise_relunit (&next, t);
}

/* The normalisations, by the KIND patterns.tsv names; @needs_reference:
 * its value is counted from the reference date, so without one it is
 * computed from a stand-in (see normalise()). */
static const struct
{
  const char *name;
  Normaliser normalise;
  gboolean needs_reference;
} normalisers[N_KINDS] = {
  [KIND_ISO] = { "iso", normalise_date, FALSE },
  [KIND_DATE] = { "date", normalise_date, FALSE },
  [KIND_MONTH] = { "month", normalise_month, FALSE },
  [KIND_MONTHREL] = { "monthrel", normalise_monthrel, TRUE },
  [KIND_YEAR] = { "year", normalise_year, FALSE },
  [KIND_DECADE] = { "decade", normalise_decade, FALSE },
  [KIND_CENTURY] = { "century", normalise_century, FALSE },
  [KIND_QUARTER] = { "quarter", normalise_quarter, FALSE },
  [KIND_SEASON] = { "season", normalise_season, FALSE },
  [KIND_REF] = { "ref", normalise_vague, FALSE },
  [KIND_QUARTERREL] = { "quarterrel", normalise_quarterrel, TRUE },
  [KIND_YEARAGO] = { "yearago", normalise_yearago, TRUE },
  [KIND_HOLIDAY] = { "holiday", normalise_holiday, TRUE },
  [KIND_DURATION] = { "duration", normalise_duration, FALSE },
  [KIND_SET] = { "set", normalise_set, FALSE },
  [KIND_TIME] = { "time", normalise_time, FALSE },
  [KIND_RELDAY] = { "relday", normalise_relday, TRUE },
  [KIND_TONIGHT] = { "tonight", normalise_relday, TRUE },
  [KIND_WEEKDAY] = { "weekday", normalise_weekday, TRUE },
  [KIND_MONTHSHIFT] = { "monthshift", normalise_monthshift, TRUE },
  [KIND_RELUNIT] = { "relunit", normalise_relunit, TRUE },
  [KIND_WITHIN] = { "within", normalise_relunit, TRUE },
  [KIND_ANAPHOR] = { "anaphor", normalise_anaphor, TRUE },
  [KIND_AGO] = { "ago", normalise_ago, TRUE },
  [KIND_ELLIPTIC] = { "elliptic", normalise_elliptic, TRUE },
};

gboolean
normaliser_find (const char *name, Kind *kind)
{
  for (Kind k = 0; k < N_KINDS; k++)
    if (strcmp (name, normalisers[k].name) == 0)
      {
        *kind = k;
        return TRUE;
      }
  return FALSE;
}

char *
normaliser_names (void)
{
  GString *names = g_string_new (NULL);
  for (Kind k = 0; k < N_KINDS; k++)
    g_string_append_printf (names, "%s%s", k ? ", " : "", normalisers[k].name);
  return g_string_free (names, FALSE);
}

/* Whether the sentence of @x names a weekday in the plural ("on
 * Tuesdays", "Wednesdays and Thursdays"): a schedule, whose clock times
 * recur ("broadcast on Tuesdays from 2300 GMT") and fall on no one day. */
static gboolean
schedule_in_sentence (const Reading *x)
{
  const char *text = x->m->subject;
  for (gsize at = x->tense->start; at < x->tense->limit && text[at] != '\0'; at++)
    {
      if (!g_ascii_isupper (text[at]) || (at > 0 && g_ascii_isalnum (text[at - 1])))
        continue;
      char word[16];
      gsize n = 0;
      while (n < sizeof word - 1 && g_ascii_isalpha (text[at + n]))
        word[n] = text[at + n], n++;
      if (n > 6 && word[n - 1] == 's' && !g_ascii_isalnum (text[at + n]))
        {
          word[n - 1] = '\0';
          if (lookup_int (x->d->weekdays, word) > 0)
            return TRUE;
        }
      at += n;
    }
  return FALSE;
}

/* A weekday right before a noun of kind `slot` of context-words.tsv is a
 * slot that recurs ("the Radio 1 Thursday night show": SET
 * XXXX-WXX-4TNI), as TimeBank writes "his weekly radio address" a SET;
 * an event's noun leaves it a day ("a Sunday night memorial service"),
 * nor a noun the slot's noun modifies ("told his Sunday programme
 * audience": that day's; the slot's noun ends its phrase, a mark, a
 * name, a preposition, a present or a clause's word after it),
 * and a capitalised one a title's ("on GMTV's Sunday Programme": the
 * day the programme spoke of, weekday_titles_work()'s).
 * A clock time in a sentence of plural weekdays is no day's (T23:00Z of
 * "on Tuesdays ... from 2300 GMT", XXXX-XX-XXT23:00Z). */
static void
recurring_slot (const Reading *x, Timex *t)
{
  const Match *m = x->m;
  gsize end = t->end ? t->end : m->end, w;
  if (strcmp (t->type, "SET") == 0)
    return;
  if (m->kind == KIND_WEEKDAY && t->weekday && m->subject[end] == ' ' && g_ascii_islower (m->subject[end + 1])
      && word_at_in (x->d->slot_words, m->subject, end + 1, &w)
      && !(m->subject[w] == ' ' && g_ascii_islower (m->subject[w + 1]) && !word_opens_clause (x->d, m->subject, w + 1)
           && !word_at_in (x->d->preposition_words, m->subject, w + 1, &end)
           && !word_at_in (x->d->present_words, m->subject, w + 1, &end)))
    {
      TimexValue day = t->value;
      t->value = (TimexValue){ .kind = VALUE_WEEK, .year = VALUE_X, .week = VALUE_X, .weekday = t->weekday,
                               .clock = day.clock, .hour = day.hour, .minute = day.minute, .utc = day.utc, .part = day.part };
      t->type = "SET", t->resolution = "absolute", t->weekday = 0;
      t->day_before = t->day_open = FALSE;
      return;
    }
  if (m->kind == KIND_TIME && t->weekday == 0 && t->value.kind == VALUE_CALENDAR && t->value.clock == CLOCK_TIME
      && t->value.year != VALUE_X && x->anchored && (t->day_open || t->day_before) && schedule_in_sentence (x))
    {
      t->value.year = t->value.month = t->value.day = VALUE_X;
      t->day_before = t->day_open = FALSE;
    }
}

/* Whether the word before the noun at @noun ranks or picks it within
 * the year rather than naming a prize: a determiner ("the film of the
 * year"), an ordinal ("the third manager of the year to be sacked", "her
 * second album of the year"), a word of kind `ranking` ("his only book
 * of the year", "the top-selling artist") or a superlative, alone or in
 * a compound ("best", "the biggest-selling album of the year"). */
static gboolean
ranked_within_year (const Dates *d, const char *s, gsize noun)
{
  WordKey key;
  word_key (&key, s, noun);
  if (!key.ok)
    return FALSE;
  gsize n = strlen (key.word);
  return key_in (&key, d->determiner_words) || key_in (&key, d->ordinals) || key_in (&key, d->ranking_words)
         || (n > 3 && strcmp (key.word + n - 3, "est") == 0) || strstr (key.word, "est-") != NULL;
}

/* Whether @x is "the year" of an award's name: after "of" and a noun of
 * kind `award` of data/context-words.tsv ("named player of the year",
 * "won album of the year", "France's player of the year"), which names
 * the prize, no date; not where the word before the noun ranks it within
 * the year (ranked_within_year(): "the film of the year", "its biggest
 * album of the year", "the first player of the year to score"). */
static gboolean
award_of_the_year (const Dates *d, const Reading *x)
{
  const char *s = x->m->subject;
  gsize at = x->m->start, of, noun;
  if (x->shift == NULL || strcmp (x->shift, "the") != 0 || x->g.text[G_UNIT] == NULL
      || g_ascii_strcasecmp (x->g.text[G_UNIT], "year") != 0 || x->m->end != group_end (x->m, G_UNIT))
    return FALSE;
  if (at < 4 || s[at - 1] != ' ' || g_ascii_strncasecmp (s + at - 3, "of", 2) != 0 || s[at - 4] != ' ')
    return FALSE;
  of = at - 3;
  if (!word_before_in (d->award_words, s, of, &noun))
    return FALSE;
  return !ranked_within_year (d, s, noun);
}

/* Computes the value of @m; FALSE when the match is no time expression
 * after all (an impossible date...), or when it needs a reference date
 * and @anchored says there is none (see normalise()). */
static gboolean
normalise_at (const Dates *d, const Match *m, const GDate *ref, const AssayDate *ref_at, Tense *tense, gboolean anchored,
              Timex *t)
{
  Reading x = { d, m, ref, ref_at, tense, anchored };
  groups_read (m, &x.g);
  /* "ended on 8 June. It is on Sunday": a month's name that does not
   * abbreviate ends its sentence with the period after it, so that every
   * look-ahead from the match's end (a clause's verb, a scheduled present,
   * a year named after it) reads the day's own sentence, not the next;
   * "on Dec. 28" and "by Dec." keep the abbreviation's period, which
   * ends the sentence as well where a capital follows ("ended on 8 Apr.
   * It is ...": no day or year comes after a month that closes a date
   * written day first), and the look-aheads stop there too */
  Match body;
  gsize month_end = group_end (m, G_MONTH);
  gboolean period = month_end + 1 == m->end && m->subject[month_end] == '.' && x.g.text[G_MONTH];
  gboolean abbreviation = period && month_abbreviates (d, x.g.text[G_MONTH]);
  gboolean stop_after = period && !abbreviation;
  if (abbreviation && g_ascii_isspace (m->subject[m->end]))
    {
      const char *next = m->subject + m->end;
      while (g_ascii_isspace (*next))
        next++;
      stop_after = g_ascii_isupper (*next);
    }
  if (stop_after)
    {
      body = *m;
      body.end = month_end;
      x.m = m = &body;
    }
  g_autofree char *groups_heap = x.g.heap;
  char *year_s = x.g.text[G_YEAR], *month_s = x.g.text[G_MONTH], *day_s = x.g.text[G_DAY];
  char *shift_s = x.g.text[G_SHIFT], *word_s = x.g.text[G_WORD];
  char shift_buf[64], word_buf[64];
  g_autofree char *shift_heap = NULL, *word_heap = NULL;
  x.shift = shift_s ? ascii_lower (g_strstrip (shift_s), shift_buf, sizeof shift_buf, &shift_heap) : NULL;
  x.step = shift_step (d, x.shift);
  x.word = word_s ? ascii_lower (word_s, word_buf, sizeof word_buf, &word_heap) : NULL;
  x.year = year_s ? (g_ascii_isdigit (year_s[0]) ? parse_int (year_s) : spoken_year (d, year_s)) : 0;
  /* "the seventies": a decade in words; not after a word of measure in
   * its clause ("temperatures in the seventies" are degrees) */
  if (year_s && x.year == 0 && m->kind == KIND_DECADE && !measure_in_clause (d, m))
    x.year = spoken_decade (d, year_s, anchored ? g_date_get_year (ref) : 0);
  if (year_s && x.year == 0)
    return FALSE;
  x.month = month_s ? (g_ascii_isdigit (month_s[0]) ? parse_int (month_s) : lookup_int (d->months, month_s)) : 0;
  x.day = day_s ? parse_int (day_s) : 0;
  t->weekday = lookup_int (d->weekdays, x.g.text[G_WEEKDAY]);
  /* a weekday in lowercase, as readers write one (patterns.tsv): the
   * lexicon's are capitalised */
  const char *weekday_s = x.g.text[G_WEEKDAY];
  char capital[16];
  if (t->weekday == 0 && weekday_s && g_ascii_islower (weekday_s[0]) && strlen (weekday_s) < sizeof capital)
    {
      strcpy (capital, weekday_s);
      capital[0] = g_ascii_toupper (capital[0]);
      t->weekday = lookup_int (d->weekdays, capital);
    }
  t->mod = mod_code (x.g.text[G_MOD]);
  t->type = "DATE";
  t->resolution = "relative";
  t->start = m->start;
  if (year_s && strlen (year_s) == 2)
    x.year = x.year < 50 ? 2000 + x.year : 1900 + x.year;
  if (normalisers[m->kind].needs_reference && !anchored)
    return FALSE;
  /* a year alone that numbers a name ("Windows 2000"): no date; not
   * where its pattern read a word that dates it before it ("in 2004",
   * "Sales Rise In 2004": the match starts before the year) */
  if (m->kind == KIND_YEAR && t->mod == NULL && group_offset (m, G_YEAR) == m->start && group_end (m, G_YEAR) == m->end
      && m->ovector[0] == m->start && year_in_name (d, m->subject, m->start, m->end))
    return FALSE;
  if (award_of_the_year (d, &x))
    return FALSE;
  if (!normalisers[m->kind].normalise (&x, t))
    return FALSE;
  recurring_slot (&x, t);
  /* the expression ends before the sentence's period, and keeps an
   * abbreviation's */
  if (stop_after && !abbreviation && t->end == 0)
    t->end = month_end;
  return TRUE;
}

/* Computes the value of @m against @ref, or without a reference date
 * when @anchored is FALSE; FALSE when @m is no time expression after all.
 * An expression that needs the reference ("yesterday", "last year",
 * "three days ago") is still found without one: its value is computed
 * from a stand-in date and the digits that came from it are masked
 * ("XXXX", "XXXX-XX-XX"), keeping a month that was named ("June last
 * year": "XXXX-06"), and a weekday as TIMEX3 writes one alone
 * ("XXXX-WXX-5").  Its resolution says `underspecified`. */
gboolean
normalise (const Dates *d, const Match *m, const GDate *ref, const AssayDate *ref_at, Tense *tense,
           gboolean anchored, Timex *t)
{
  if (normalise_at (d, m, ref, ref_at, tense, anchored, t))
    {
      /* a date whose year nothing told ("the third quarter", written
       * without a reference date) */
      if (strcmp (t->type, "SET") != 0 && strcmp (t->type, "DURATION") != 0 && value_year_unknown (&t->value))
        t->resolution = "underspecified";
      return TRUE;
    }
  if (anchored)
    return FALSE;
  timex_clear (t);
  *t = (Timex) { 0 };
  GDate stand_in;
  g_date_clear (&stand_in, 1);
  g_date_set_dmy (&stand_in, 15, G_DATE_JUNE, 2000);
  if (!normalise_at (d, m, &stand_in, NULL, tense, TRUE, t))
    return FALSE;
  if (t->value.kind == VALUE_DURATION)
    return TRUE; /* "three days later" is three days, whatever the day */
  if (m->kind == KIND_WEEKDAY && t->weekday)
    {
      /* a weekday alone, as TIMEX3 writes it, keeping its part of the day */
      TimexValue day = t->value;
      t->value = (TimexValue){ .kind = VALUE_WEEK, .year = VALUE_X, .week = VALUE_X, .weekday = t->weekday,
                               .clock = day.clock, .hour = day.hour, .minute = day.minute, .part = day.part };
    }
  else
    /* the year always came from the stand-in; the rest unless named */
    value_mask (&t->value, m->kind == KIND_MONTHREL || m->kind == KIND_MONTHSHIFT);
  t->resolution = "underspecified";
  return TRUE;
}
