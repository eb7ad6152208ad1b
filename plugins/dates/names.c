/* names.c: a common time word capitalised inside a sentence is part of a
 * name, not a time expression ("BBC Radio 4's Today programme"). */
#include "dates-private.h"

#include <string.h>

/* The names capitalised_anyway() knows, as a text writes them with a
 * capital: months' and weekdays' (their forms as the lexicon has them),
 * seasons' (lowercase there), and each in the plural.  One lookup for a
 * word, where one for each table and each number cost most of deciding
 * whether a capitalised date names something. */
void
build_capitalised (Dates *d)
{
  d->capitalised = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTable *tables[] = { d->months, d->weekdays, d->seasons };
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      GHashTableIter iter;
      gpointer key;
      g_hash_table_iter_init (&iter, tables[t]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          char *name = g_strdup (key);
          if (tables[t] == d->seasons)
            name[0] = g_ascii_toupper (name[0]);
          g_hash_table_add (d->capitalised, g_strconcat (name, "s", NULL));
          g_hash_table_add (d->capitalised, name);
        }
    }
}

/* Whether the word at @at opens its sentence, which starts at
 * @sentence_start: only quotes, brackets and spaces before it, or a mark
 * that opens a clause the way a sentence does ("He said: \"Today...").
 * Bytes beyond ASCII are read as quotes and dashes. */
gboolean
opens_sentence (const char *text, gsize sentence_start, gsize at)
{
  while (at > sentence_start)
    {
      guchar c = text[at - 1];
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
        return TRUE;
      if (!(c == ' ' || c == '\t' || c == '"' || c == '\'' || c == '`' || c == '(' || c == ')' || c == '[' || c == ']'
            || c == '-' || c >= 0x80))
        return FALSE;
      at--;
    }
  return TRUE;
}

/* Whether the @n letters at @w are a word English may capitalise in any
 * place: a month's, a weekday's or a season's name, one or many
 * ("Fridays", "Spring"). */
static gboolean
capitalised_anyway (const Dates *d, const char *w, gsize n)
{
  char word[32];
  if (n >= sizeof word)
    return FALSE;
  memcpy (word, w, n);
  word[n] = '\0';
  return g_hash_table_contains (d->capitalised, word);
}

/* Whether [@start, @end) holds a word English capitalises only in a name:
 * capitalised, not first in its sentence, not after a number ("the 19th
 * Century" is a common style), and not capitalised_anyway() ("BBC Radio
 * 4's Today programme", "Footballer of the Year", "the East Anglian
 * Daily Times").  In a headline in title case, where no word of four
 * letters or more is in lowercase, capitals say nothing. */
gboolean
names_something (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start, gsize sentence_end)
{
  gboolean capitalised = FALSE, listed = FALSE;
  for (gsize p = start; p < end && !capitalised;)
    {
      gsize e = p;
      while (e < end && g_ascii_isalpha (text[e]))
        e++;
      if (e == p)
        {
          p++;
          continue;
        }
      gsize before = p;
      while (before > start && (text[before - 1] == ' ' || text[before - 1] == '-'))
        before--;
      gboolean after_number = before > start && before < p && g_ascii_isalnum (text[before - 1]);
      while (after_number && before > start && g_ascii_isalnum (text[before - 1]))
        before--;
      after_number = after_number && g_ascii_isdigit (text[before]);
      if ((p == start || !g_ascii_isalnum (text[p - 1])) && g_ascii_isupper (text[p]) && e - p >= 2
          && g_ascii_islower (text[p + 1]) && !after_number && !opens_sentence (text, sentence_start, p))
        {
          capitalised = !capitalised_anyway (d, text + p, e - p);
          /* an item of a list of names, a comma on each side ("Abbott,
           * Noon, Paul"): a name even where no word of the sentence is
           * in lowercase, which otherwise marks a headline */
          listed = p >= 2 && text[p - 1] == ' ' && text[p - 2] == ',' && text[e] == ',';
        }
      p = e;
    }
  if (!capitalised)
    return FALSE;
  if (listed)
    return TRUE;
  for (gsize p = sentence_start; p < sentence_end;)
    {
      gsize e = p;
      while (e < sentence_end && g_ascii_isalpha (text[e]))
        e++;
      if (e - p >= 4 && g_ascii_islower (text[p]) && (p == sentence_start || !g_ascii_isalnum (text[p - 1])))
        return TRUE;
      p = e > p ? e : p + 1;
    }
  return FALSE;
}

/* Whether the word at @at is @word, in any case, and whole. */
static gboolean
word_is (const char *text, gsize at, const char *word)
{
  gsize n = strlen (word);
  return g_ascii_strncasecmp (text + at, word, n) == 0 && !g_ascii_isalnum (text[at + n]);
}

gboolean
weekday_in_name (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start)
{
  /* a day is no one: "who" after it ("business with Wednesday, who are
   * fourth"), after a word in lowercase (after a name "who" may be the
   * name's: "spoke to Smith Friday, who was in London"), not "on" ("on
   * Wednesday, who knows") */
  gsize after = end, w;
  if (text[after] == ',')
    after++;
  while (text[after] == ' ')
    after++;
  gsize n = word_before (text, sentence_start, start, &w);
  if (word_is (text, after, "who") && n > 0 && g_ascii_islower (text[w])
      && !(n == 2 && g_ascii_strncasecmp (text + w, "on", 2) == 0))
    return TRUE;
  /* a capitalised word right before it inside a sentence, a name's
   * ("Sheffield Wednesday"), not a month's or a weekday's ("Easter"
   * aside), with a plural verb or a noun of people or things after the
   * pair ("Sheffield Wednesday manager Paul Sturrock", "Sheffield
   * Wednesday fans", "Sheffield Wednesday are fourth") */
  /* (a weekday in lowercase, as readers write one, with its word in
   * lowercase too: "his man friday") */
  if (n < 2 || w + n + 1 != start || !(g_ascii_isupper (text[w]) || g_ascii_islower (text[start])) || !g_ascii_islower (text[w + 1]))
    return FALSE;
  /* a pair of a word and a weekday that is a name (kind `dayname`:
   * "Sheffield Wednesday", "Man Friday"), the word capitalised, wherever
   * it stands ("lost to Sheffield Wednesday."); the pair, not the word,
   * so that the city keeps its weekdays ("talks ended in Sheffield
   * Friday") */
  char pair[32];
  if (end - w < sizeof pair)
    {
      for (gsize i = 0; i < end - w; i++)
        pair[i] = g_ascii_tolower (text[w + i]);
      pair[n] = ' ';
      pair[end - w] = '\0';
      if (g_hash_table_contains (d->dayname_words, pair))
        return TRUE;
    }
  if (!g_ascii_isupper (text[w]) || opens_sentence (text, sentence_start, w) || capitalised_anyway (d, text + w, n))
    return FALSE;
  after = end;
  while (text[after] == ' ')
    after++;
  return after > end
         && (word_is (text, after, "are") || word_is (text, after, "have") || word_is (text, after, "were")
             || word_is (text, after, "who") || generic_noun_at (d, text, after));
}

gboolean
month_names_firm (const Dates *d, const char *text, gsize end)
{
  /* "May's chairman", "of March's debt": a month has no officers, owners
   * or creditors; "May's figures", "May's elections" are the month's */
  gsize at = end;
  if (g_str_has_prefix (text + at, "'s "))
    at += 3;
  else if (g_str_has_prefix (text + at, "\u2019s "))
    at += 5;
  else
    return FALSE;
  gsize word_end = at;
  while (g_ascii_isalpha (text[word_end]) || text[word_end] == '-')
    word_end++;
  return word_end > at && g_ascii_islower (text[at]) && word_before_in (d->firm_words, text, word_end, NULL);
}

/* Whether the word at @at is capitalised, a name's word: a capital, then
 * letters in lowercase; its end goes to @word_end. */
static gboolean
capitalised_word_at (const char *text, gsize at, gsize *word_end)
{
  if (!g_ascii_isupper (text[at]) || !g_ascii_islower (text[at + 1]))
    return FALSE;
  gsize e = at + 1;
  while (g_ascii_isalpha (text[e]))
    e++;
  *word_end = e;
  return TRUE;
}

/* How far either side of a weekday weekday_titles_work() looks for a
 * word in lowercase, the sign of a sentence in no headline's title case:
 * a title's words and its clause lie within it. */
#define TITLE_CASE_REACH 120

gboolean
weekday_titles_work (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start,
                     gsize sentence_end)
{
  /* the capitalised words after it, a title's ("Sunday Live", "Saturday
   * Night Takeaway"), not a month or a weekday ("Friday March 4") */
  gsize at = end, e = end, first_end = 0;
  guint capitalised = 0;
  /* "On Wednesday Evening Standard journalists went on strike": a
   * weekday after a sentence's opening "On" is its date, the words after
   * it the subject's */
  if (start == sentence_start + 3 && g_ascii_strncasecmp (text + sentence_start, "on ", 3) == 0)
    return FALSE;
  while (text[at] == ' ' && capitalised < 3 && capitalised_word_at (text, at + 1, &e)
         && !word_before_in (d->months, text, e, NULL) && !word_before_in (d->weekdays, text, e, NULL))
    {
      if (capitalised++ == 0)
        first_end = e;
      at = e;
    }
  /* at the text's end (a last row with no full stop) there is no noun:
   * the byte after the NUL is not the text's */
  gsize noun_start = text[at] == ' ' ? at + 1 : at, noun_end = noun_start;
  while (g_ascii_islower (text[noun_end]))
    noun_end++;
  gboolean title_noun = text[at] == ' ' && noun_end > noun_start && !g_ascii_isalnum (text[noun_end])
                        && word_before_in (d->title_words, text, noun_end, NULL);
  /* "Sunday Live programme": a title's words, then its noun */
  if (capitalised > 0 && title_noun)
    return TRUE;
  /* "GMTV's Sunday programme": the noun right after it, after a name's
   * possessive ("He will appear on Sunday's programme" is the day's) */
  gsize w;
  if (capitalised == 0 && title_noun && start >= sentence_start + 4 && text[start - 1] == ' '
      && (g_str_has_prefix (text + start - 3, "'s") || (start >= 5 && g_str_has_prefix (text + start - 5, "\u2019s"))))
    {
      gsize possessive = text[start - 3] == '\'' ? start - 3 : start - 5;
      return word_before (text, sentence_start, possessive, &w) > 0 && g_ascii_isupper (text[w]);
    }
  /* "Saturday Night Takeaway", "Monday Night Football": a part of the
   * day capitalised, then another capitalised word, where the sentence
   * is no headline in title case (a word in lowercase of four letters or
   * more near it: TITLE_CASE_REACH bytes either side, so that a sentence
   * of many weekdays is not read once for each) */
  if (capitalised >= 2)
    {
      char part[16];
      gsize n = first_end - (end + 1);
      if (n < sizeof part)
        {
          for (gsize i = 0; i < n; i++)
            part[i] = g_ascii_tolower (text[end + 1 + i]);
          part[n] = '\0';
          gsize lo = start > sentence_start + TITLE_CASE_REACH ? start - TITLE_CASE_REACH : sentence_start;
          gsize hi = MIN (sentence_end, end + TITLE_CASE_REACH);
          if (g_hash_table_contains (d->parts, part))
            for (gsize p = lo; p < hi;)
              {
                gsize q = p;
                while (q < hi && g_ascii_isalpha (text[q]))
                  q++;
                if (q - p >= 4 && g_ascii_islower (text[p]) && (p == sentence_start || !g_ascii_isalnum (text[p - 1])))
                  return TRUE;
                p = q > p ? q : p + 1;
              }
        }
    }
  return FALSE;
}

/* Whether the item of a list that ends at @end is a version's number, no
 * year: one to three digits alone ("95", "98" in "Windows 95, 98,
 * 2000"). */
static gboolean
version_item_at (const char *text, gsize end)
{
  gsize w = end;
  while (w > 0 && g_ascii_isdigit (text[w - 1]))
    w--;
  return w < end && end - w <= 3 && (w == 0 || text[w - 1] == ' ');
}

/* Whether the bare year at [@start, @end) is a number of a name: right
 * after a capitalised word that is one name alone ("running Windows
 * 2000", "the Russell 2000 index", "a venture called Orion 1980"), or an
 * item of a list of versions after one ("Windows 95, 98, NT, 2000 and XP").
 * TimeBank+AQUAINT leaves "Orion 1980" untagged and MEANTIME "Russell
 * 2000"; neither has a year after a name that either tags.  The year
 * stays after a word of kind `edition` (an event or a law named with its
 * year: "Euro 2004", "the Terrorism Act 2000"), a month's, weekday's or
 * season's name, a sentence's first word, a word of the rows that date a
 * year in title case ("Sales Rise In 2004"), and a name of two words or
 * more ("Aero India 2005", "Autosport International 2005": a show's,
 * named for its year as often as a product is). */
gboolean
year_in_name (const Dates *d, const char *text, gsize start, gsize end)
{
  /* the words before a year of patterns.tsv's first year row */
  static const char *const dating[] = { "in", "since", "until", "till", "by", "from", "before", "after", "during",
                                        "through", "of", "and", "or", "to", "between", "early", "late", "mid",
                                        "year", "spring", "summer", "autumn", "fall", "winter", "the", "fiscal" };
  /* a list of versions: an item of one to three digits before it,
   * across ", " and single words ("Windows 95, 98, NT, 2000"); not after
   * it, where a count or a score follows a year's comma as often ("in
   * 2004, 24% higher", "in 2003, 2-6 6-3") */
  for (gsize p = start; p >= 2 && text[p - 1] == ' ' && (text[p - 2] == ',' || text[p - 2] == ' ');)
    {
      gsize item_end = text[p - 2] == ',' ? p - 2 : p - 1;
      if (version_item_at (text, item_end))
        return TRUE;
      gsize w = item_end;
      while (w > 0 && g_ascii_isalnum (text[w - 1]))
        w--;
      if (w == item_end || start - w > 64)
        break;
      p = w;
    }
  /* a capital and lowercase letters: an acronym ("WWDC 2005", "CES
   * 2005", MEANTIME's one such tagged) or a word in mixed case ("CeBit
   * 2005") names a conference or a fair as often as a product ("FIFA
   * 2005"), and keeps its year */
  gsize word, n = word_before (text, 0, start, &word);
  gsize lower = 1;
  while (lower < n && g_ascii_islower (text[word + lower]))
    lower++;
  if (n < 2 || lower < n || word + n + 1 != start || !g_ascii_isupper (text[word]) || opens_sentence (text, 0, word)
      || capitalised_anyway (d, text + word, n) || word_before_in (d->edition_words, text, word + n, NULL))
    return FALSE;
  char folded[16];
  if (n < sizeof folded)
    {
      for (gsize i = 0; i < n; i++)
        folded[i] = g_ascii_tolower (text[word + i]);
      folded[n] = '\0';
      for (guint i = 0; i < G_N_ELEMENTS (dating); i++)
        if (strcmp (folded, dating[i]) == 0)
          return FALSE;
    }
  /* a name of two capitalised words or more keeps its year */
  gsize prev, pn = word_before (text, 0, word, &prev);
  return !(pn > 0 && prev + pn + 1 == word && g_ascii_isupper (text[prev]) && !opens_sentence (text, 0, prev));
}
