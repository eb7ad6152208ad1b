/* normalise-holiday.c: a holiday's date (Christmas, New Year, Easter
 * rules in context.c's holiday_in_year()), the one ahead or the one gone
 * by as the words before it and the clause's tense say.  Split from
 * normalise-calendar.c (since split into normalise-days-months.c and
 * normalise-years.c), which had passed the project's 1,200 lines; the
 * code is as it was. */
#include "normalise.h"
#include "holiday-names.h"
#include "tense.h"
#include <string.h>

/* How many days after a holiday a story's "ahead of" or "before" it
 * with no cue of the future still speaks of that one, not the next. */
#define HOLIDAY_JUST_PAST 10

/* A movable feast's rule, E+N or E-N days from Easter Sunday, into @days;
 * FALSE for any other rule. */
static gboolean
feast_offset (const char *rule, int *days)
{
  if (rule[0] != 'E' || (rule[1] != '+' && rule[1] != '-') || !g_ascii_isdigit (rule[2]))
    return FALSE;
  char *end;
  gint64 n = g_ascii_strtoll (rule + 2, &end, 10);
  if (*end != '\0' || n > 366)
    return FALSE;
  *days = rule[1] == '-' ? (int) -n : (int) n;
  return TRUE;
}

gboolean
feast_rule_valid (const char *rule)
{
  int days;
  return feast_offset (rule, &days);
}

/* Easter Sunday of @year by the Gregorian computus (the anonymous
 * algorithm, Meeus' "Astronomical Algorithms" ch. 8): neither GLib nor
 * ICU's public C API has it. */
static void
easter_sunday (int year, GDate *h)
{
  int a = year % 19, b = year / 100, c = year % 100;
  int f = (b + 8) / 25, g = (b - f + 1) / 3;
  int e = (19 * a + b - b / 4 - g + 15) % 30;
  int l = (32 + 2 * (b % 4) + 2 * (c / 4) - e - c % 4) % 7;
  int m = (a + 11 * e + 22 * l) / 451;
  int month = (e + l - 7 * m + 114) / 31, day = (e + l - 7 * m + 114) % 31 + 1;
  g_date_clear (h, 1);
  g_date_set_dmy (h, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/* holiday_in_year() with the movable feasts: Easter and the days counted
 * from it. */
static gboolean
holiday_date (const char *rule, int year, GDate *h)
{
  int days;
  if (!feast_offset (rule, &days))
    return holiday_in_year (rule, year, h);
  if (year < 1583 || year > 9999)
    return FALSE;
  easter_sunday (year, h);
  if (days > 0)
    g_date_add_days (h, (guint) days);
  else if (days < 0)
    g_date_subtract_days (h, (guint) -days);
  return TRUE;
}

/* Which way a preposition right before a holiday at @start points ("the"
 * between them passed over), by the kinds of data/context-words.tsv: +1
 * for one of kind `aim`, a time aimed at ("before the New Year", "until
 * Easter", "towards Christmas"), or one of kind `link` after one of kind
 * `lead` ("ahead of Christmas", "in the run-up to Christmas"); -1 for
 * one of kind `behind` ("since"); 0 for any other ("over", "at",
 * "after": the tense decides), for `link` after any other word, and for
 * one of kind `tensed` ("for", "into", of kind `aim` too: "sales for
 * Christmas" is as often the one gone by, and "in" or "into" the New
 * Year is the year it opens, holiday_opens_year()).  Where the phrase
 * starts goes to @at. */
static int
holiday_aim (const Dates *d, const char *text, gsize start, gsize *at)
{
  gsize w, e = start;
  if (word_before (text, 0, e, &w) == 3 && g_ascii_strncasecmp (text + w, "the", 3) == 0)
    e = w;
  WordKey key;
  word_key (&key, text, e);
  *at = key.start;
  if (key_in (&key, d->behind_words))
    return -1;
  if (key_in (&key, d->link_words))
    {
      WordKey lead;
      word_key (&lead, text, key.start);
      *at = lead.start;
      return key_in (&lead, d->lead_words) ? 1 : 0;
    }
  if (!key.ok || key_in (&key, d->tensed_words))
    return 0;
  return key_in (&key, d->aim_words) ? 1 : 0;
}

/* What the main clause after a phrase that opens its sentence, from
 * @from to the sentence's end, tells first: 1 a verb in the past
 * ("Before Christmas, Cairn revealed that ...": a report's verb counts,
 * as the event is the reporting), -1 a cue of the future ("Ahead of
 * Christmas sales will rise"), 0 neither. */
static int
main_clause_done (Tense *tense, gsize from)
{
  const char *text = tense->text;
  Tense window = *tense;
  for (gsize w = from; w < tense->limit; w++)
    {
      if (!g_ascii_isalpha (text[w]) || g_ascii_isalnum (text[w - 1]))
        continue;
      gsize e = w;
      while (e < tense->limit && g_ascii_isalpha (text[e]))
        e++;
      window.end = e;
      if (cue_at (&tense->d->far_cues, &window, w, 1u << CUE_FUTURE) >= 0)
        return -1;
      if (past_verb_at (tense, &window, w, e))
        return 1;
      w = e;
    }
  return 0;
}

/* "Christmas is a time for giving", "New Year's Eve is always busy": a
 * holiday bare opening its sentence (from @start, which is the
 * sentence's or further in, to @holiday: spaces and quotes only) before
 * "is" or "are" and a word of kind `habitual` or an indefinite article
 * speaks of it in any year (the present of a rule, not of one year:
 * TimeML gives a generic date no year).  Not a noun's complement ("the
 * run-up to Christmas is a battle": the season the story is in), nor "is
 * a week away", an article before a unit, which counts to the next one. */
static gboolean
holiday_generic (const Dates *d, const char *text, gsize start, gsize holiday, gsize end)
{
  for (gsize i = start; i < holiday; i++)
    if (text[i] != ' ' && text[i] != '"' && text[i] != '\n')
      return FALSE;
  const char *p = text + end;
  if (*p++ != ' ')
    return FALSE;
  if (strncmp (p, "is ", 3) == 0)
    p += 3;
  else if (strncmp (p, "are ", 4) == 0)
    p += 4;
  else
    return FALSE;
  gsize at = (gsize) (p - text), word_end;
  if (word_at_in (d->habitual_words, text, at, &word_end))
    return TRUE;
  gsize article = p[0] == 'a' && p[1] == ' ' ? 2 : p[0] == 'a' && p[1] == 'n' && p[2] == ' ' ? 3 : 0;
  if (article == 0)
    return FALSE;
  return !word_at_in (d->units, text, at + article, &word_end);
}

/* A year of four digits at @at standing alone (not "1984-5", "1984s",
 * "1984.5"), or 0. */
static int
year_word_at (const char *text, gsize at)
{
  for (gsize i = 0; i < 4; i++)
    if (!g_ascii_isdigit (text[at + i]))
      return 0;
  /* strchr() finds the terminator too: a year ending the text stops there */
  if (g_ascii_isalnum (text[at + 4]) || (text[at + 4] != '\0' && strchr ("-/.", text[at + 4]) && g_ascii_isdigit (text[at + 5])))
    return 0;
  return parse_int (text + at);
}

/* The year a holiday's own phrase gives it, from @start to @end, or 0:
 * "1984's Christmas", "Easter of 1916", "the Christmas party in 1984"
 * (its noun phrase, up to three words in lowercase, none a finite verb,
 * then "in" or "of" and the year).  The reference year was taken, where
 * the phrase tells the holiday of a year long gone.  "Of" and its year
 * right after the holiday are its phrase's, as in "the summer of 1969":
 * @own_end is set to their end there, else left. */
static int
holiday_own_year (const Dates *d, const char *text, gsize start, gsize end, gsize *own_end)
{
  /* "1984's Christmas", "1984’s Christmas" */
  if (start >= 7 && text[start - 1] == ' ' && text[start - 2] == 's')
    {
      gsize ap = text[start - 3] == '\'' ? start - 3 : start >= 9 && memcmp (text + start - 5, "\u2019", 3) == 0 ? start - 5 : 0;
      if (ap >= 4 && (ap == 4 || !g_ascii_isalnum (text[ap - 5])))
        return year_word_at (text, ap - 4);
    }
  gsize at = end;
  for (int words = 0; words <= 3 && text[at] == ' '; words++)
    {
      at++;
      gsize w = at;
      while (g_ascii_islower (text[at]))
        at++;
      if (at == w)
        return 0;
      if (at - w == 2 && text[at] == ' ' && (memcmp (text + w, "in", 2) == 0 || memcmp (text + w, "of", 2) == 0))
        {
          int year = year_word_at (text, at + 1);
          if (year && words == 0 && text[w] == 'o')
            *own_end = at + 5;
          if (year)
            return year;
        }
      if (word_before_in (d->finite_words, text, at, NULL))
        return 0;
    }
  return 0;
}

/* A holiday, by its rule in the lexicon: in the year written, or the one
 * a shift names ("last Christmas" the last before the reference, "next
 * Easter" the first after it, "this Christmas" the reference year's), or
 * else the year that puts it nearest the reference, by the tense. */
gboolean
normalise_holiday (const Reading *x, Timex *t)
{
  const Dates *d = x->d;
  const GDate *ref = x->ref;
  Tense *tense = x->tense;
  const char *rule = g_hash_table_lookup (d->holidays, x->g.text[G_WORD]);
  GDate h;
  int y = g_date_get_year (ref);
  if (rule == NULL)
    return FALSE;
  gsize own_end = 0;
  int own = x->year ? x->year : holiday_own_year (d, x->m->subject, x->m->start, x->m->end, &own_end);
  if (!holiday_date (rule, own ? own : y, &h))
    return FALSE;
  /* the word before, when the lexicon has it as a shift of one word
   * that points ("last", "next", "previous") or is "this"; not "that",
   * as often a conjunction ("said that Christmas sales fell") */
  const char *text = x->m->subject;
  gsize w, e = x->m->start;
  /* "Chinese New Year", "Orthodox Christmas": another calendar's day */
  if (word_before_in (d->calendar_words, text, e, &w))
    return FALSE;
  e = w + word_before (text, 0, e, &w);
  char shift[8];
  gboolean shifted = FALSE, of_year = FALSE;
  int step = 0;
  /* "this year's Christmas", "last year's Christmas sales": the shift
   * before "year's" names the year (the year itself is found apart) */
  gsize apostrophe = e >= 2 && text[e - 2] == '\'' ? 2 : e >= 4 && memcmp (text + e - 4, "\u2019", 3) == 0 ? 4 : 0;
  gsize year_end = e - apostrophe;
  if (apostrophe && text[e - 1] == 's' && year_end >= 4 && g_ascii_strncasecmp (text + year_end - 4, "year", 4) == 0
      && (year_end == 4 || !g_ascii_isalnum (text[year_end - 5])))
    {
      of_year = TRUE;
      e = w + word_before (text, 0, year_end - 4, &w);
    }
  if (e > w && e - w < sizeof shift && e < x->m->start && (w == 0 || !g_ascii_isalnum (text[w - 1])))
    {
      for (gsize i = w; i < e; i++)
        shift[i - w] = g_ascii_tolower (text[i]);
      shift[e - w] = '\0';
      step = shift_step (d, shift);
      shifted = g_hash_table_contains (d->shifts, shift) && (step != 0 || strcmp (shift, "this") == 0);
    }
  /* a movable feast's name is as often a name's part or a noun's
   * modifier ("the Good Friday Agreement", "Easter Island", "Easter
   * eggs"): it is the feast bare after a word of kind `feast` ("over
   * Easter", "by Whitsun") or a shift ("last Easter"), with no
   * capitalised word after it, or with its year ("Easter 2004") */
  int feast_days;
  gboolean feast = feast_offset (rule, &feast_days);
  if (feast && own == 0)
    {
      gsize next = x->m->end;
      while (text[next] == ' ')
        next++;
      /* "I" or "Mr" is no name's part ("Over Easter I read",
       * holiday_clause_follows()); a word in
       * lowercase after it is the feast's only where it cannot be a noun
       * it modifies (kind `feast-next`: "by Easter for repairs", "until
       * Easter he will stay"; not "a book on Easter customs", "prices
       * cut on Easter eggs") */
      gsize next_end;
      if ((g_ascii_isupper (text[next]) && !holiday_clause_follows (d, text, next))
          || !(shifted || word_before_in (d->feast_words, text, x->m->start, NULL))
          || (g_ascii_islower (text[next]) && !word_at_in (d->feast_next_words, text, next, &next_end)))
        return FALSE;
    }
  if (own == 0 && shifted && of_year)
    holiday_date (rule, y + step, &h);
  else if (own == 0 && shifted && step == 0)
    {
      /* "this Christmas" is the reference year's, but within a month
       * after the last one the tense decides, as for a bare month (by
       * its month alone: a holiday named to come is the next one, where
       * "by Dec. 23" in January is a deadline just past):
       * "Retailers said this Christmas was their worst", in January,
       * is the one just gone */
      t->start = w;
      GDate last = h;
      if (g_date_compare (&last, ref) > 0)
        holiday_date (rule, y - 1, &last);
      if (g_date_days_between (&last, ref) <= 31)
        holiday_date (rule, year_for (ref, g_date_get_month (&h), 0, tense_future (tense)), &h);
    }
  else if (own == 0 && shifted)
    {
      t->start = w;
      if (step < 0 && g_date_compare (&h, ref) >= 0)
        holiday_date (rule, y - 1, &h);
      else if (step > 0 && g_date_compare (&h, ref) <= 0)
        holiday_date (rule, y + 1, &h);
    }
  else if (own == 0)
    {
      /* the nearest, by the month it falls in (the nth weekday's rule
       * gives the same month every year); with no cue of tense, the one
       * nearest a day named just before may be meant
       * (discourse_place_in_year()) */
      holiday_date (rule, year_for (ref, g_date_get_month (&h), 0, tense_future (tense)), &h);
      /* a feast moves by weeks from year to year: the next one on or
       * after the reference in a clause of the future, the last one
       * before it in a clause of the past, by its day */
      /* a feast opening its sentence ("Over Easter I read", "On Easter
       * Monday we will march"): its main clause tells the time */
      int feast_main = 0;
      if (feast && tense_unknown (tense))
        {
          gsize lead = tense->start, prep = x->m->start;
          while (lead < x->m->start && (g_ascii_isspace (text[lead]) || text[lead] == '"'))
            lead++;
          word_before (text, 0, x->m->start, &prep);
          if (prep == lead || x->m->start == lead)
            feast_main = main_clause_done (tense, x->m->end);
        }
      if (feast && (tense_future (tense) || feast_main < 0))
        for (int k = 0; k < 2 && g_date_compare (&h, ref) < 0; k++)
          holiday_date (rule, y + k, &h);
      else if (feast
               && (!tense_unknown (tense) || feast_main > 0 || done_before (tense, tense->start, x->m->start, FALSE)))
        {
          /* a clause of the past, or an event done before it in its
           * clause ("The talks ended before Easter"): the last one on or
           * before the reference, counted from the reference's year (the
           * month's nearest year may be the next: "The shop closed by
           * Easter", read in December, is that year's) */
          holiday_date (rule, y, &h);
          if (g_date_compare (&h, ref) > 0)
            holiday_date (rule, y - 1, &h);
        }
      else if (feast)
        {
          /* no tense: the nearest ("Talks on Good Friday", read in
           * January, is the one in March, not the last April's) */
          GDate other;
          for (int k = -1; k <= 1; k++)
            if (holiday_date (rule, y + k, &other)
                && ABS (g_date_days_between (&other, ref)) < ABS (g_date_days_between (&h, ref)))
              h = other;
        }
      gsize aim_at;
      int aim = holiday_aim (d, text, x->m->start, &aim_at);
      /* opening its sentence, the main clause after it tells the time
       * ("Ahead of Christmas, shops hired staff", "Before Christmas the
       * minister said", with no comma) */
      gsize lead = tense->start;
      while (lead < aim_at && (g_ascii_isspace (text[lead]) || text[lead] == '"'))
        lead++;
      gboolean fronted = lead == aim_at && (text[x->m->end] == ',' || text[x->m->end] == ' ');
      /* a time aimed at is the next one on or after the reference where
       * its clause tells no event done, before it or right after it
       * ("Dollar slides ahead of New Year", read in March, is the next
       * New Year; "Shops were busy ahead of Christmas", "Sales before
       * Christmas were weak", "Ahead of Christmas, shops hired staff" the
       * last); "since" the last one before */
      gsize after = x->m->end, after_end;
      while (text[after] == ' ')
        after++;
      for (after_end = after; g_ascii_isalpha (text[after_end]); after_end++)
        ;
      Tense window = *tense;
      window.end = after_end;
      gboolean past_cue = !tense_future (tense) && !tense_unknown (tense);
      int main_clause = fronted ? main_clause_done (tense, x->m->end + 1) : 0;
      /* the last one, days gone by with no cue of the future nor a
       * wish or a modal before it (kind `someday`: "He wants the deal
       * done before Christmas"): a story of 28 December's "Shops are
       * busy ahead of Christmas" speaks of the one just past */
      GDate last = h;
      if (g_date_compare (&last, ref) > 0)
        holiday_date (rule, g_date_get_year (&last) - 1, &last);
      gboolean just_past = !tense_future (tense) && main_clause >= 0
                           && !word_between_in (d->someday_words, text, tense->start, x->m->start)
                           && g_date_compare (&last, ref) <= 0
                           && g_date_days_between (&last, ref) <= HOLIDAY_JUST_PAST;
      if (aim > 0 && just_past)
        h = last;
      else if (aim > 0 && !past_cue && !done_before (tense, tense->start, x->m->start, FALSE)
          && !(after_end > after && past_verb_at (tense, &window, after, after_end))
          && main_clause <= 0)
        {
          holiday_date (rule, y - 1, &h);
          for (int k = 0; k < 2 && g_date_compare (&h, ref) < 0; k++)
            holiday_date (rule, y + k, &h);
        }
      else if (aim < 0 && g_date_compare (&h, ref) > 0)
        holiday_date (rule, g_date_get_year (&h) - 1, &h);
      /* discourse_place_in_year() reads fixed rules only */
      if (aim == 0 && tense_unknown (tense) && !feast)
        t->holiday_open = rule;
      /* "victims of the Boxing Day disaster": a noun of an event that
       * has happened (kind `happened`) right after it names the last
       * one, whatever the clause's tense; tested only where the one
       * ahead was taken.  In lowercase only: a capital makes it a name's
       * word ("the Christmas Fire Brigade", "a New Year Storm Appeal"),
       * no event at all */
      gsize noun_end;
      if (g_date_compare (&h, ref) > 0 && text[x->m->end] == ' ' && g_ascii_islower (text[x->m->end + 1])
          && word_at_in (d->happened_words, text, x->m->end + 1, &noun_end))
        {
          holiday_date (rule, g_date_get_year (&h) - 1, &h);
          t->holiday_open = NULL;
        }
    }
  t->value = value_day (&h);
  /* a rule in /Y in "in the ...": the year it opens ("will be assessed
   * in the New Year") */
  gsize the;
  if (g_str_has_suffix (rule, "/Y") && own == 0 && !shifted && holiday_opens_year (d, text, x->m->start, x->m->end, &the))
    {
      t->start = the;
      t->value = value_calendar (g_date_get_year (&h), 0, 0);
      t->holiday_open = NULL;
    }
  if (own) /* "Christmas 2004", "Easter of 1916" */
    t->resolution = "absolute";
  if (own_end)
    t->end = own_end;
  /* a fixed day alone (M-D, "12-25": a rule loading checked that opens
   * with a digit and holds no ':' of a weekday's rule nor the "/Y" of
   * "01-01/Y"), tested after the sentence's shape: a sscanf() on every
   * holiday found was 70K instructions of dates_process on 500 BBC
   * articles, for a shape few sentences have */
  if (own == 0 && !shifted && holiday_generic (d, text, tense->start, x->m->start, x->m->end)
      && g_ascii_isdigit (rule[0]) && strpbrk (rule, ":/") == NULL)
    {
      t->value.year = VALUE_X;
      t->resolution = "absolute";
      t->anchor.kind = VALUE_NONE;
      t->holiday_open = NULL;
      t->year_open = FALSE;
    }
  return TRUE;
}
