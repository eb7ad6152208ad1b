/* names.c: a common time word capitalised inside a sentence is part of a
 * name, not a time expression ("BBC Radio 4's Today programme"). */
#include "dates-private.h"

#include <string.h>

/* The names capitalised_anyway() knows, as a text writes them with a
 * capital: months' and weekdays' (their forms as the lexicon has them),
 * seasons' (lowercase there), and each in the plural; decades in words.  One lookup for a
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
  /* and decades in words, "the Sixties": the lexicon's tens from twenty
   * to ninety, "y" made "ies" (spoken_decade() reads them back) */
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, d->numbers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double n = *(const double *) value;
      const char *word = key;
      gsize len = strlen (word);
      if (n >= 20 && n <= 90 && (int) n % 10 == 0 && n == (int) n && len >= 2 && word[len - 1] == 'y')
        {
          char *plural = g_strdup_printf ("%c%.*sies", g_ascii_toupper (word[0]), (int) len - 2, word + 1);
          g_hash_table_add (d->capitalised, plural);
        }
    }
}

/* Whether the word at @at opens its sentence, which starts at
 * @sentence_start: only quotes, brackets and spaces before it, or a mark
 * that opens a clause the way a sentence does ("He said: \"Today...").
 * Bytes beyond ASCII are read as quotes and dashes.  A double quote that
 * closes on a word, a space after it, ends a quotation whose full stop
 * the writer left out ("...in Leeds\" Currently the firm..."): the
 * sentence splitter does not break there, and the capital after it is
 * the new sentence's, not a name's. */
gboolean
opens_sentence (const char *text, gsize sentence_start, gsize at)
{
  while (at > sentence_start)
    {
      guchar c = text[at - 1];
      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
        return TRUE;
      if (c == '"' && text[at] == ' ' && at - 1 > sentence_start && g_ascii_isalnum (text[at - 2]))
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

/* Whether the capitalised word at @first (a weekday right after it) is
 * a first name with a role or a title before it, the weekday its
 * surname: "coach Mike Friday", "chairman Tim Sunday" (a noun of people
 * or things in lowercase, generic-nouns.tsv), "Lt Col Tim Sunday", "Dr.
 * Ann Monday" (kind `honorific` of context-words.tsv).  A preposition or
 * a verb before the pair leaves the weekday a day ("talks ended in
 * Sheffield Friday", "beat Chelsea Saturday"), as two capitalised words
 * before it do ("said President Bush Friday"). */
static gboolean
weekday_surname (const Dates *d, const char *text, gsize first, gsize sentence_start)
{
  gsize w, end = first;
  if (end < 2 || text[end - 1] != ' ')
    return FALSE;
  end--;
  gboolean stop = text[end - 1] == '.';
  if (stop)
    end--;
  gsize n = word_before (text, sentence_start, end, &w);
  if (n == 0 || w + n != end)
    return FALSE;
  if (g_ascii_islower (text[w]))
    return !stop && generic_noun_at (d, text, w);
  return g_ascii_isupper (text[w]) && word_before_in (d->honorific_words, text, end, NULL);
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
  if (weekday_names_paper (d, text, start, end, sentence_start))
    return TRUE;
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
  if (weekday_surname (d, text, w, sentence_start))
    return TRUE;
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

/* Whether the items of the list that ends at @end, across ", " and
 * single words, are versions' numbers: two or more of one to three
 * digits alone ("Windows 95, 98, NT, 2000"), and no year among them
 * ("in 1996, 98, 2000" lists years; "At 35, 2004 was" has one count). */
static gboolean
version_list_before (const char *text, gsize start)
{
  guint versions = 0;
  for (gsize p = start; p >= 2 && text[p - 1] == ' ' && (text[p - 2] == ',' || text[p - 2] == ' ');)
    {
      gsize item_end = text[p - 2] == ',' ? p - 2 : p - 1;
      gsize w = item_end;
      while (w > 0 && g_ascii_isalnum (text[w - 1]))
        w--;
      if (w == item_end || start - w > 64 || (w > 0 && text[w - 1] != ' '))
        break;
      gsize digits = 0;
      while (w + digits < item_end && g_ascii_isdigit (text[w + digits]))
        digits++;
      if (digits == item_end - w && digits == 4)
        return FALSE;
      versions += digits == item_end - w && digits <= 3;
      p = w;
    }
  return versions >= 2;
}

/* The sentence around @at as far as a mark that ends one (. ! ? or a
 * line's end before a space), at most 300 bytes each way: enough for
 * names_something() to tell a headline in title case. */
static void
sentence_around (const char *text, gsize at, gsize *start, gsize *end)
{
  gsize s = at;
  while (s > 0 && at - s < 300 && text[s - 1] != '\n'
         && !((text[s - 1] == ' ') && s >= 2 && (text[s - 2] == '.' || text[s - 2] == '!' || text[s - 2] == '?')))
    s--;
  gsize e = at;
  while (text[e] && e - at < 300 && text[e] != '\n'
         && !((text[e] == '.' || text[e] == '!' || text[e] == '?') && (text[e + 1] == ' ' || text[e + 1] == '\0')))
    e++;
  *start = s;
  *end = e;
}

/* Whether the bare year at [@start, @end), which no word of its pattern
 * dates ("in 2004": the caller leaves those), is a number of a product's
 * name, no date.  Only where the evidence says a product:
 *  - an item of a list of versions (version_list_before());
 *  - right after one capitalised word that English writes in lowercase
 *    as a made thing or a person (data/generic-nouns.tsv, from WordNet:
 *    "running Windows 2000"; its nouns are never events or acts), and
 *    that names_something()
 *    reads as a name (not a sentence's first word, not a month's or a
 *    season's, not in a headline in title case).
 * Not after a place's, a holiday's or a person's name ("Athens 2004",
 * "Easter 2005", "Chelsea 2004": WordNet writes them capitalised, so
 * they are in no list), an event's ("Euro 2004", "the Terrorism Act
 * 2000": the list has no event, no act), a
 * name of two words or more, the first opening the sentence or not
 * ("Champions League 2005", "the Hall of Fame 2004"), or a citation
 * ("(Smith 2004)").  TimeBank+AQUAINT's "Orion 1980" and MEANTIME's
 * "Russell 2000" are untagged there and so are missed: a rule resting
 * on them dropped real years after any capitalised word. */
gboolean
year_in_name (const Dates *d, const char *text, gsize start, gsize end)
{
  (void) end;
  if (version_list_before (text, start))
    return TRUE;
  gsize word, n = word_before (text, 0, start, &word);
  if (n < 2 || word + n + 1 != start || !g_ascii_isupper (text[word]) || (word > 0 && text[word - 1] == '(')
      || !generic_noun_capitalised (d, text, word, n))
    return FALSE;
  gsize sentence_start, sentence_end;
  sentence_around (text, word, &sentence_start, &sentence_end);
  if (!names_something (d, text, word, word + n, sentence_start, sentence_end))
    return FALSE;
  /* a name of two words or more keeps its year: "Champions League
   * 2005", "Comic Relief 2005", "the Hall of Fame 2004" */
  gsize prev, pn = word_before (text, 0, word, &prev);
  if (pn == 2 && strncmp (text + prev, "of", 2) == 0)
    pn = word_before (text, 0, prev, &prev);
  /* an article opening the sentence names nothing ("The Windows 2000
   * release") */
  gboolean article = (pn == 1 && (text[prev] == 'A')) || (pn == 2 && strncmp (text + prev, "An", 2) == 0)
                     || (pn == 3 && strncmp (text + prev, "The", 3) == 0);
  return !(pn > 0 && g_ascii_isupper (text[prev]) && !article);
}

/* The most capitalised words date_in_work_title() walks on either side of
 * the expression: a title's length, at most. */
#define TITLE_WORDS_MAX 5
/* The most words date_in_work_title() reads back from a work's noun to
 * the determiner of its phrase ("her new hit single"). */
#define TITLE_PHRASE_WORDS 4

/* Notes the title at [@start, @end) in @seen, the latest TITLES_SEEN_MAX
 * kept; TRUE, for the caller to return. */
static gboolean
title_seen (TitlesSeen *seen, gsize start, gsize end)
{
  guint i = seen->n < TITLES_SEEN_MAX ? seen->n++ : (seen->next++ % TITLES_SEEN_MAX);
  seen->start[i] = start;
  seen->end[i] = end;
  return TRUE;
}

static gboolean title_after_work_noun (const Dates *d, const char *text, gsize noun_end, gsize sentence_start);

/* Whether @text has an opening quotation mark right before @at; its start
 * to @quote. */
static gboolean
quote_before (const char *text, gsize floor, gsize at, gsize *quote)
{
  if (at > floor && text[at - 1] == '"')
    return *quote = at - 1, TRUE;
  if (at >= floor + 3 && memcmp (text + at - 3, "\u201c", 3) == 0)
    return *quote = at - 3, TRUE;
  return FALSE;
}

gboolean
date_in_work_title (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start, gsize sentence_end,
                    TitlesSeen *seen)
{
  if (!g_ascii_isupper (text[start]))
    return FALSE;
  /* the capitalised words around it, each a single space apart; those
   * that are no month, weekday or season counted ("Manic", "Best";
   * "Friday March 4" has none) */
  guint others = 0;
  gsize at = end, e;
  for (guint i = 0; i < TITLE_WORDS_MAX && at + 1 < sentence_end && text[at] == ' ' && capitalised_word_at (text, at + 1, &e); i++)
    {
      others += !capitalised_anyway (d, text + at + 1, e - at - 1);
      at = e;
    }
  gsize run_end = at, from = start, w, opener = start;
  guint opener_others = 0;
  for (guint i = 0; i < TITLE_WORDS_MAX; i++)
    {
      gsize n = word_before (text, sentence_start, from, &w);
      if (n < 2 || w + n + 1 != from || !capitalised_word_at (text, w, &e) || e != w + n)
        break;
      /* a sentence's first word is a title's only where the title was
       * named before (below) */
      if (opens_sentence (text, sentence_start, w))
        {
          opener = w, opener_others = !capitalised_anyway (d, text + w, n);
          break;
        }
      others += !capitalised_anyway (d, text + w, n);
      from = opener = w;
    }
  if (others + opener_others == 0)
    return FALSE;
  gsize quote;
  gboolean quoted = others > 0 && quote_before (text, sentence_start, from, &quote);
  /* in quotation marks that close right after the run, in a sentence
   * that names a kind of work: a title written as one ("the band closed
   * the show with \"Manic Monday\"").  Quotation marks alone are no
   * sign: a greeting or a day's own name is quoted as often ("wished
   * them a \"Merry Christmas\"", "what traders call \"Grim Monday\""),
   * and TimeML tags those (TIDES 2005 marks holidays and named days);
   * the sentence is read only here, past every cheaper test */
  if (quoted && (text[run_end] == '"' || g_str_has_prefix (text + run_end, "\u201d"))
      && word_between_in (d->work_words, text, sentence_start, sentence_end))
    return title_seen (seen, from, run_end);
  if (others == 0 || !title_after_work_noun (d, text, quoted ? quote : from, sentence_start))
    {
      /* the same words again, where a title was found before: "the film
       * Grey Friday ... Grey Friday is drawn from a memoir" */
      for (guint i = 0; i < seen->n; i++)
        {
          gsize n = seen->end[i] - seen->start[i];
          if ((run_end - from == n && memcmp (text + from, text + seen->start[i], n) == 0)
              || (run_end - opener == n && memcmp (text + opener, text + seen->start[i], n) == 0))
            return TRUE;
        }
      return FALSE;
    }
  return title_seen (seen, from, run_end);
}

/* Whether a work's noun ends before @noun_end and opens a noun phrase
 * (date_in_work_title()). */
static gboolean
title_after_work_noun (const Dates *d, const char *text, gsize noun_end, gsize sentence_start)
{
  /* after a work's noun in lowercase that opens a noun phrase: a
   * determiner or a possessive before it, words in lowercase or a year
   * between ("the film Sunday Best", "her 1999 hit single Manic Monday",
   * "Anna's new film"); not a verb's ("Leeds play Sunday Best Club",
   * "they will play Sunday Best Club") */
  if (noun_end < sentence_start + 2 || text[noun_end - 1] != ' ')
    return FALSE;
  gsize noun;
  if (!g_ascii_islower (text[noun_end - 2]) || !word_before_in (d->work_words, text, noun_end - 1, &noun)
      || !g_ascii_islower (text[noun]))
    return FALSE;
  gsize at_word = noun;
  for (guint i = 0; i < TITLE_PHRASE_WORDS && at_word > sentence_start; i++)
    {
      gsize word_end = at_word;
      while (word_end > sentence_start && text[word_end - 1] == ' ')
        word_end--;
      gsize s = word_end;
      while (s > sentence_start && (g_ascii_isalnum (text[s - 1]) || text[s - 1] == '\'' || text[s - 1] == '-'))
        s--;
      if (s == word_end || word_end == at_word)
        return FALSE;
      if ((word_end - s > 2 && text[word_end - 2] == '\'' && text[word_end - 1] == 's')
          || word_before_in (d->determiner_words, text, word_end, NULL))
        return TRUE;
      if (!g_ascii_islower (text[s]) && !g_ascii_isdigit (text[s]))
        return FALSE;
      at_word = s;
    }
  return FALSE;
}
