/* works-named.c: the entities stage's shapes of a work's title that a
 * person's name also has, read by works.c's not_a_title(); apart from
 * works.c to keep it under 1,200 lines. */

#include "entities.h"

#include <string.h>

/* Whether the run [a, b) is a name, "the" and a noun ("Bertie the
 * Baker", "Ivan the Terrible"): after a work's noun the title, though a
 * person's epithet has the shape, as the title the work takes from it
 * ("the epic Alexander the Great"); a name of a person's shape alone
 * needs a mark after it (closed_title()). */
gboolean
named_the (const Scan *scan, guint a, guint b)
{
  if (b - a != 3 || word_at (scan, a + 1)->upper || strcmp (word_at (scan, a + 1)->key, "the") != 0)
    return FALSE;
  if (b >= scan->words->len)
    return TRUE;
  /* Not before a clause's verb, the person's ("the biography Alexander
   * the Great wrote"). */
  const Word *next = word_at (scan, b);
  return next->upper || !g_ascii_isalpha (next->text[0]) || (next->cue & (CUE_FUNCTION | CUE_CONNECTOR));
}
