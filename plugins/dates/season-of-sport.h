/* season-of-sport.h: what a sports season's value shares between
 * normalise_relunit() and discourse_place_in_year(). */
#pragma once

#include "dates-private.h"

/* A sports season's start or end ("the end of the season") valued as
 * the year it falls in loses its mod: TIMEX3's START and END on a year
 * are the calendar's first and last months, which a season's are not
 * (football's ends in May and starts in August), and judges of BBC
 * articles counted 2005 END for "the end of the season", told in March,
 * as the calendar year's end.  A REF keeps its mod (PRESENT_REF START:
 * the start of the season under way, no year to misplace it in). */
static inline void
season_year_unmodded (Timex *t)
{
  if (t->value.kind == VALUE_CALENDAR)
    t->mod = NULL;
}
