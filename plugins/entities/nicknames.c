/* nicknames.c: a side by its nickname in a sport report ("the
 * Wallabies", "Gunners boss", "the Saints were"): the tagger calls it a
 * thing (MISC), a place (LOC: "the Kiwis") or leaves it, and many are
 * English words ("Lions", "Saints"), so only team-nicknames.tsv's words
 * are read, only capitalised inside a sentence and alone, and only in a
 * sport report. */
#include "entities.h"

#include <string.h>

static guint
nickname_row (const AssayDataRow *row, const char **wrong)
{
  if (*row->fields[1] == '\0')
    {
      *wrong = "an empty side";
      return 0;
    }
  return 1;
}

GHashTable *
team_nicknames_load (const char *data_dir, GError **error)
{
  return word_table_load (data_dir, "team-nicknames.tsv", "WORD<TAB>SIDE<TAB>SOURCE", 3, nickname_row, error);
}

/* Whether word @i stands alone: no capitalised name word before it in
 * its sentence ("Detroit Lions", "Newport Gwent Dragons" are the longer
 * name's; "the" is fine), none after it but a possessive's. */
static gboolean
alone_at (const Scan *scan, guint i)
{
  if (i > 0 && !word_at (scan, i)->sentence_start)
    {
      const Word *before = word_at (scan, i - 1);
      if (before->upper && !(before->sentence_start && (before->cue & CUE_FUNCTION)))
        return FALSE;
      if (before->glued) /* "Neath-Swansea Ospreys": a piece of a word before it */
        return FALSE;
    }
  if (i + 1 < scan->words->len && !word_at (scan, i + 1)->sentence_start)
    {
      const Word *after = word_at (scan, i + 1);
      if (after->upper && g_unichar_isalpha (g_utf8_get_char (after->text)))
        return FALSE;
    }
  return TRUE;
}

void
find_nicknames (Scan *scan)
{
  /* The document's kind first: a lookup of each capitalised word of
   * every document was 0.8% of the stage's instructions on the BBC
   * archive's first 500 (business) articles. */
  if (!sport_report (scan))
    return;
  guint n = scan->words->len;
  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (scan, i);
      /* Inside a sentence only: a sentence's first word is capitalised
       * whatever it is ("Lions roar at night"). */
      if (!w->upper || w->capitals || w->sentence_start || w->glued || !g_ascii_isupper (w->text[0])
          || !g_hash_table_contains (scan->e->team_nicknames, w->key))
        continue;
      Span *p = span_at (scan, w->span);
      /* A nickname the tagger took into a player's name after it
       * ("fellow Wallabies Tam Orrin" one person): a person of three
       * words or more opening with it is the side and the player, a
       * name of two words or more (eng.train writes the plural nickname
       * ORG: "Springboks", "All Blacks"; no first name is a side's
       * nickname of the list, and first-names.tsv lacks "John", an
       * English word). */
      if (p && p->a == i && p->b >= i + 3 && strcmp (p->label, "PERSON") == 0)
        {
          p->a = i + 1;
          word_at (scan, i)->span = -1;
          g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
          if ((p = claim (scan, i, i + 1, "ORG", SOURCE_RULE)))
            p->canonical = words_text (scan, i, i + 1);
          continue;
        }
      if (!alone_at (scan, i))
        continue;
      if (p && (p->a != i || p->b != i + 1 || strcmp (p->label, "ORG") == 0))
        continue;
      if (p)
        span_set_org (p);
      else if (!(p = claim (scan, i, i + 1, "ORG", SOURCE_RULE)))
        continue;
      g_free (p->canonical), p->canonical = words_text (scan, i, i + 1);
    }
}
