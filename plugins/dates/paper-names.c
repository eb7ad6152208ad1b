/* paper-names.c: a weekday that opens or closes a newspaper's name ("by
 * Sunday Telegraph journalist", "according to the Mail on Sunday") is no
 * day.  The BBC archive names Sunday papers 40 times (16 "Sunday
 * Telegraph", 13 "Sunday Times", 6 "Mail on Sunday", 3 "Independent on
 * Sunday"); TimeBank+AQUAINT and MEANTIME, American and wire news, name
 * none, and TimeML annotates no time inside a name.  normalise_weekday()
 * already drops "the Sunday Times"; the names without "the" before them,
 * and those with the weekday last, are read here. */
#include "dates-private.h"

#include <string.h>

/* The longest name looked up, in bytes: "independent on sunday" and
 * room to spare. */
#define PAPER_NAME_MAX 40

/* Whether the @n bytes at @at, in lowercase, are a name of kind
 * `dayname`. */
static gboolean
dayname_listed (const Dates *d, const char *at, gsize n)
{
  char name[PAPER_NAME_MAX];
  if (n >= sizeof name)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    name[i] = g_ascii_tolower (at[i]);
  name[n] = '\0';
  return g_hash_table_contains (d->dayname_words, name);
}

gboolean
weekday_names_paper (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start)
{
  /* the weekday first, a capitalised word after it, and no third
   * capitalised word ("Sunday Telegraph journalist", "the Daily and
   * Sunday Telegraph newspapers"; "on Sunday Times Square was full" is a
   * day); not after "on", which makes it a day as often ("said on
   * Sunday Telegraph readers were angry") */
  gsize e = end + 1;
  gboolean after_on = start >= sentence_start + 3 && g_ascii_strncasecmp (text + start - 3, "on ", 3) == 0
                      && (start == sentence_start + 3 || !g_ascii_isalnum (text[start - 4]));
  if (!after_on && text[end] == ' ' && g_ascii_isupper (text[e]) && g_ascii_islower (text[e + 1]))
    {
      while (g_ascii_isalpha (text[e]))
        e++;
      gboolean third = text[e] == ' ' && g_ascii_isupper (text[e + 1]);
      if (!third && dayname_listed (d, text + start, e - start))
        return TRUE;
    }
  /* a capitalised word, "on", the weekday ("the Mail on Sunday", "the
   * Independent on Sunday's poll"): only the pairs listed, as "beat
   * Scotland on Sunday" is a day */
  if (start < sentence_start + 5 || g_ascii_strncasecmp (text + start - 4, " on ", 4) != 0)
    return FALSE;
  gsize w = start - 4;
  while (w > sentence_start && g_ascii_isalpha (text[w - 1]))
    w--;
  return g_ascii_isupper (text[w]) && dayname_listed (d, text + w, end - w);
}
