/* title-lists.c: a calendar word inside a title that a list of works
 * names ("songs like Sunday Best and New Year's Day", "programmes such as
 * The Roses of May").  date_in_work_title() (names.c) reads a title right
 * after a work's noun; a list puts a lead word between the noun and its
 * titles, and "of" or "the" inside a title, which its walk stops at.
 * The BBC archive has 36 lists of works led so ("films such as", "songs
 * like", "hits including"); TimeML annotates no time in a title. */
#include "dates-private.h"

#include <string.h>

/* The most words a title's walk takes on either side of the expression. */
#define LIST_TITLE_WORDS 6

static gboolean
word_byte (char c)
{
  return g_ascii_isalnum (c) || c == '\'' || c == '-';
}

/* Whether the word at [@w, @e) joins capitalised words in a title ("The
 * Roses of May", "Queen of the Night"). */
static gboolean
title_joiner (const char *text, gsize w, gsize e)
{
  return (e - w == 2 && memcmp (text + w, "of", 2) == 0) || (e - w == 3 && memcmp (text + w, "the", 3) == 0);
}

/* The start of the title run that holds @start: capitalised words back
 * from it, "of" or "the" between two of them, each a space apart. */
static gsize
title_run_start (const char *text, gsize sentence_start, gsize start)
{
  gsize from = start, at = start;
  for (guint i = 0; i < LIST_TITLE_WORDS && at > sentence_start + 1 && text[at - 1] == ' '; i++)
    {
      gsize w = at - 1;
      while (w > sentence_start && word_byte (text[w - 1]))
        w--;
      if (w == at - 1)
        break;
      if (g_ascii_isupper (text[w]))
        from = w;
      else if (!title_joiner (text, w, at - 1))
        break;
      at = w;
    }
  return from;
}

/* The end of the title run that holds @end, as title_run_start() walks;
 * the number of capitalised words after @end to @after. */
static gsize
title_run_end (const char *text, gsize sentence_end, gsize end, guint *after)
{
  gsize to = end, at = end;
  *after = 0;
  for (guint i = 0; i < LIST_TITLE_WORDS && at + 1 < sentence_end && text[at] == ' '; i++)
    {
      gsize e = at + 1;
      while (e < sentence_end && word_byte (text[e]))
        e++;
      if (e == at + 1)
        break;
      if (g_ascii_isupper (text[at + 1]))
        to = e, ++*after;
      else if (!title_joiner (text, at + 1, e))
        break;
      at = e;
    }
  return to;
}

/* Whether a plural of kind `works` and a word of kind `title-lead` ("songs
 * like", "films, including", "programmes such as") end right before
 * @from. */
static gboolean
list_leads_to (const Dates *d, const char *text, gsize sentence_start, gsize from)
{
  if (from < sentence_start + 2 || text[from - 1] != ' ' || !g_ascii_islower (text[from - 2]))
    return FALSE;
  gsize lead;
  if (!word_before_in (d->title_lead_words, text, from - 1, &lead))
    return FALSE;
  /* "as" leads a list only after "such" */
  if (from - 1 - lead == 2 && memcmp (text + lead, "as", 2) == 0)
    {
      gsize such;
      if (word_before (text, sentence_start, lead, &such) != 4 || g_ascii_strncasecmp (text + such, "such", 4) != 0)
        return FALSE;
      lead = such;
    }
  gsize noun_end = lead;
  while (noun_end > sentence_start && (text[noun_end - 1] == ' ' || text[noun_end - 1] == ','))
    noun_end--;
  return noun_end < lead && word_before_in (d->works_words, text, noun_end, NULL);
}

gboolean
date_in_listed_title (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start, gsize sentence_end,
                      TitlesSeen *seen)
{
  if (!g_ascii_isupper (text[start]))
    return FALSE;
  /* most calls, first, with no title of a list named yet in the
   * sentence to follow: a list's lead stands right before its first
   * title, a space apart, so none after a mark, a number's end or the
   * sentence's start ("(May", ", May", "5 May"), nor after a lowercase
   * word ("on Monday", "in May") that is no title's joiner and has no
   * lead's length and first letter.  The walks below would find the same
   * word twice to say no */
  if (seen->n == 0)
    {
      if (start < sentence_start + 2 || text[start - 1] != ' ' || !word_byte (text[start - 2]))
        return FALSE;
      if (g_ascii_islower (text[start - 2]))
        {
          gsize w = start - 2;
          while (w > sentence_start && g_ascii_islower (text[w - 1]))
            w--;
          gsize n = start - 1 - w;
          if ((w == sentence_start || !word_byte (text[w - 1])) && !title_joiner (text, w, start - 1)
              && (n >= 32 || !(d->title_lead_shapes.first[n] >> (text[w] - 'a') & 1)))
            return FALSE;
        }
    }
  gsize from = title_run_start (text, sentence_start, start);
  /* the word right before the title: most are lowercase and neither a
   * list's "and" nor its lead ("on Monday", "in May"), or none ("On
   * Monday" opening a sentence); a mark before leads to a title only
   * after one (a list's comma) */
  gsize w, n = word_before (text, sentence_start, from, &w);
  gboolean adjacent = n > 0 && w + n + 1 == from && text[from - 1] == ' ';
  gboolean coordinator = adjacent && ((n == 3 && memcmp (text + w, "and", 3) == 0) || (n == 2 && memcmp (text + w, "or", 2) == 0));
  if (seen->n > 0 && (coordinator || !adjacent))
    {
      /* the next title of the list: "and", "or" or a comma right after
       * a title it named */
      gsize sep = coordinator ? w : from;
      while (sep > sentence_start && (text[sep - 1] == ' ' || text[sep - 1] == ','))
        sep--;
      for (guint i = 0; sep < from && i < seen->n; i++)
        if (seen->end[i] == sep)
          goto title;
    }
  /* the lead's length and first letter, from the word already found,
   * turn most words away before the set's lowering and hash */
  guchar c0 = (guchar) g_ascii_tolower (text[w]);
  if (!adjacent || n >= 32 || !(d->title_lead_shapes.first[n] >> (c0 >= 'a' && c0 <= 'z' ? c0 - 'a' : 26) & 1)
      || !list_leads_to (d, text, sentence_start, from))
    return FALSE;
title:;
  guint after;
  gsize to = title_run_end (text, sentence_end, end, &after);
  /* a title alone of one word is as often the day itself ("shows such
   * as Friday's"), unless a list's title came before it */
  if (from == start && after == 0 && seen->n == 0)
    return FALSE;
  guint i = seen->n < TITLES_SEEN_MAX ? seen->n++ : (seen->next++ % TITLES_SEEN_MAX);
  seen->start[i] = from;
  seen->end[i] = to;
  return TRUE;
}
