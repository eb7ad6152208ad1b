/* holiday-names.c: a holiday's word inside a capitalised name or a title
 * ("the Christmas Island", "Father Christmas", "the song Last Christmas",
 * "A Christmas Carol", "the Daily Post Christmas Appeal") names a place,
 * a figure or a work, no day.  names_something() (names.c) leaves
 * holidays alone, as their own words are capitalised; this reads the
 * words right around one.  TimeBank+AQUAINT has no "Christmas"; the BBC
 * archive holds a dozen so (songs, shows, "Father Christmas"). */
#include "holiday-names.h"

#include <string.h>

/* Whether the word that ends at @end is a possessive of a name
 * ("Britain's Christmas", "the Queen's Christmas message"): the holiday
 * is that name's, and a day.  Not a pronoun's contraction ("Do They Know
 * It's Christmas", a title): kind `subject` of context-words.tsv. */
static gboolean
possessive_ends (const Dates *d, const char *text, gsize w, gsize end)
{
  gsize n = end - w;
  gboolean ascii = n >= 2 && text[end - 2] == '\'' && text[end - 1] == 's';
  /* ’ is three bytes: E2 80 99 */
  gboolean curly = n >= 4 && (guchar) text[end - 4] == 0xE2 && (guchar) text[end - 3] == 0x80
                   && (guchar) text[end - 2] == 0x99 && text[end - 1] == 's';
  if (!ascii && !curly)
    return FALSE;
  gsize stem = end - (ascii ? 2 : 4);
  return !(stem > w && word_before_in (d->subject_words, text, stem, NULL));
}

gboolean
holiday_clause_follows (const Dates *d, const char *text, gsize next)
{
  /* a form of address ("by Christmas Mr Pellow said", "at Easter Dr Vane
   * wrote": kind `honorific`) opens a new clause with its person's name,
   * the holiday its adverbial: no title calls a holiday "Christmas Mr";
   * nor "I" ("Over Easter I read").  A first name there ("At Easter Ann
   * Lowe said") stays unread: the stage has no list of them.  The BBC
   * archive has none of the three shapes; the guard keeps a rule that
   * drops holidays before capitals from dropping these */
  if (text[next] == 'I' && !g_ascii_isalnum (text[next + 1]))
    return TRUE;
  gsize e = next;
  while (g_ascii_isalpha (text[e]))
    e++;
  return e > next && word_before_in (d->honorific_words, text, e, NULL);
}

gboolean
holiday_in_name (const Dates *d, const char *text, gsize start, gsize end, gsize sentence_start, gsize sentence_end)
{
  /* the word right after, a space apart: "Christmas Island" */
  if (end + 2 < sentence_end && text[end] == ' ' && g_ascii_isupper (text[end + 1]))
    {
      gsize e = end + 1;
      while (e < sentence_end && g_ascii_isalpha (text[e]))
        e++;
      if (holiday_clause_follows (d, text, end + 1))
        return FALSE;
      if (names_something (d, text, end + 1, e, sentence_start, sentence_end))
        return TRUE;
    }
  /* the word right before, a space apart: "Father Christmas", "Last
   * Christmas" (a shift the normalisation would join to it), not a
   * name's possessive, another calendar ("Chinese New Year") nor a
   * greeting ("a \"Merry Christmas\"", which TimeML tags) */
  if (start < sentence_start + 3 || text[start - 1] != ' ' || !g_ascii_isalpha (text[start - 2]))
    return FALSE;
  gsize w = start - 1;
  for (;;)
    if (w > sentence_start && (g_ascii_isalpha (text[w - 1]) || text[w - 1] == '\''))
      w--;
    else if (w >= sentence_start + 4 && memcmp (text + w - 3, "\xE2\x80\x99", 3) == 0 && g_ascii_isalpha (text[w - 4]))
      w -= 3; /* a curly apostrophe inside the word */
    else
      break;
  while (w < start - 1 && text[w] == '\'')
    w++; /* a quotation's mark, not the word's ("'Last Christmas'") */
  if (!g_ascii_isupper (text[w]) || possessive_ends (d, text, w, start - 1)
      || word_before_in (d->calendar_words, text, start - 1, NULL)
      || word_before_in (d->greeting_words, text, start - 1, NULL))
    return FALSE;
  return names_something (d, text, w, start - 1, sentence_start, sentence_end);
}
