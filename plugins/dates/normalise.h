/* normalise.h: what the normalisations share: a match as they read it
 * (Reading), and where its named groups lie.  normalise.c reads a match
 * and calls its kind's function, which lives in the file of its area:
 * normalise-days-months.c, normalise-years.c, normalise-holiday.c,
 * normalise-relative.c, normalise-period.c. */
#pragma once

#include "dates-private.h"

/* The text each named group of a match holds, NUL-terminated, or NULL
 * where the group did not match.  Copied once into @bytes (matches are
 * short; a longer one's copies go to @heap): a copy for each group
 * allocated and freed was a third of the time spent normalising. */
typedef struct
{
  char *text[N_GROUPS];
  char bytes[512];
  char *heap; /* nullable; freed by the caller */
} Groups;

/* Where group @g starts in the text (0 when it did not match). */
static inline gsize
group_offset (const Match *m, guint g)
{
  int n = m->groups[g];
  const PCRE2_SIZE *ov = m->ovector;
  return n < 0 || ov[2 * n] == PCRE2_UNSET ? 0 : ov[2 * n];
}

/* Where group @g ends in the text (0 when it did not match). */
static inline gsize
group_end (const Match *m, guint g)
{
  int n = m->groups[g];
  const PCRE2_SIZE *ov = m->ovector;
  return n < 0 || ov[2 * n] == PCRE2_UNSET ? 0 : ov[2 * n + 1];
}

/* What every normalisation reads of a match, read once: its named
 * groups' text, the shift word and its direction, the word group in
 * lowercase, and the year, month and day as numbers. */
typedef struct
{
  const Dates *d;
  const Match *m;
  const GDate *ref;
  const AssayDate *ref_at; /* the reference's time and zone, when written; nullable */
  Tense *tense;
  gboolean anchored;
  Groups g;
  const char *shift; /* lowercase, or NULL */
  int step;          /* the shift's direction: -1, 0, +1 */
  const char *word;  /* the group `word` in lowercase, or NULL */
  int year, month, day; /* 0 where not named */
} Reading;

/* Each kind's value of @x into @t; FALSE when the match is no time
 * expression after all. */
gboolean normalise_date (const Reading *x, Timex *t);
gboolean normalise_month (const Reading *x, Timex *t);
gboolean normalise_monthrel (const Reading *x, Timex *t);
gboolean normalise_year (const Reading *x, Timex *t);
gboolean normalise_decade (const Reading *x, Timex *t);
gboolean normalise_century (const Reading *x, Timex *t);
gboolean normalise_quarter (const Reading *x, Timex *t);
gboolean normalise_season (const Reading *x, Timex *t);
gboolean normalise_holiday (const Reading *x, Timex *t);
gboolean normalise_yearago (const Reading *x, Timex *t);
gboolean normalise_quarterrel (const Reading *x, Timex *t);
int fiscal_year_started (const Dates *d, const char *after);
gboolean normalise_ref (const Reading *x, Timex *t);
gboolean normalise_relday (const Reading *x, Timex *t);
gboolean normalise_weekday (const Reading *x, Timex *t);
gboolean normalise_monthshift (const Reading *x, Timex *t);
gboolean normalise_relunit (const Reading *x, Timex *t);
gboolean normalise_anaphor (const Reading *x, Timex *t);
gboolean normalise_ago (const Reading *x, Timex *t);
gboolean normalise_duration (const Reading *x, Timex *t);
gboolean normalise_set (const Reading *x, Timex *t);
gboolean normalise_time (const Reading *x, Timex *t);
