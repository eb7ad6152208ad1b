/* words.c: what the words of an expression mean, by the lexicon:
 * numbers said in words or digits, spoken years, units and the durations
 * they make, shift words, modifiers, clock hours and zones. */
#include "dates-private.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Whether the month name @form, as written, shortens a longer name of
 * the same month in the lexicon ("Dec" of "December", "Sept" of
 * "September"), so that a period after it is its own. */
gboolean
month_abbreviates (const Dates *d, const char *form)
{
  const char *month = g_hash_table_lookup (d->months, form);
  gsize len = strlen (form);
  GHashTableIter iter;
  gpointer name, value;
  g_hash_table_iter_init (&iter, d->months);
  while (month && g_hash_table_iter_next (&iter, &name, &value))
    if (strcmp (value, month) == 0 && strlen (name) > len && g_ascii_strncasecmp (name, form, len) == 0)
      return TRUE;
  return FALSE;
}

int
lookup_int (GHashTable *table, const char *word)
{
  const char *v = word ? g_hash_table_lookup (table, word) : NULL;
  return v ? parse_int (v) : 0;
}

/* Which way a shift word ("last", "this coming", "year-ago") points from
 * the reference date, by the lexicon: -1, 0, +1; 0 for no shift or one
 * the lexicon does not know.  @shift is lowercase; spaces between its
 * words may be any whitespace. */
int
shift_step (const Dates *d, const char *shift)
{
  if (shift == NULL)
    return 0;
  char key[64]; /* longer than any shift a lexicon has */
  gsize n = 0;
  for (const char *p = shift; *p; p++)
    {
      if (n == sizeof key - 1)
        return 0;
      if (!g_ascii_isspace (*p))
        key[n++] = *p;
      else if (n > 0 && key[n - 1] != ' ')
        key[n++] = ' ';
    }
  while (n > 0 && key[n - 1] == ' ')
    n--;
  key[n] = '\0';
  return lookup_int (d->shifts, key);
}

const char *
mod_code (const char *mod)
{
  gsize len = mod ? strlen (mod) : 0;
  if (mod == NULL || len >= 32) /* longer than any the patterns take */
    return mod ? "APPROX" : NULL;
  char m[32];
  for (gsize i = 0; i <= len; i++)
    m[i] = ascii_to_lower (mod[i]);
  if (g_str_has_suffix (m, " in")) /* "late in the day" as "late" */
    m[strlen (m) - 3] = '\0';
  if (strcmp (m, "earlier") == 0 || strcmp (m, "later") == 0)
    return NULL;
  const char *w = g_str_has_prefix (m, "the ") ? m + 4 : m; /* "the end of", "year-end" */
  /* "the first day of", "the last week of" the season or year: its start
   * or end, as "the end of" is */
  gboolean part = g_str_has_suffix (m, " of");
  if (strcmp (m, "early") == 0 || g_str_has_prefix (w, "beginning") || g_str_has_prefix (w, "start")
      || (part && (g_str_has_prefix (w, "first ") || g_str_has_prefix (w, "opening "))))
    return "START";
  /* "the closing days", "the final weeks", "the dying minutes" */
  if (strcmp (m, "late") == 0 || g_str_has_prefix (w, "end") || strcmp (w, "closing") == 0 || strcmp (w, "final") == 0
      || strcmp (w, "dying") == 0
      || (part && (g_str_has_prefix (w, "last ") || g_str_has_prefix (w, "final ") || g_str_has_prefix (w, "closing "))))
    return "END";
  if (strcmp (m, "mid") == 0 || g_str_has_prefix (w, "middle"))
    return "MID";
  /* "over a decade ago" (the ago row): TimeML's "more than", as
   * TimeBank+AQUAINT write "over a week" MORE_THAN.  A count's own "for
   * over 48 years", "in under a year" normalise_duration() reads
   * (over_mod_at()), as the count row tried it at every count */
  if (strcmp (m, "more than") == 0 || strcmp (m, "over") == 0)
    return "MORE_THAN";
  if (strcmp (m, "less than") == 0)
    return "LESS_THAN";
  if (strcmp (m, "at least") == 0)
    return "EQUAL_OR_MORE";
  if (strcmp (m, "up to") == 0)
    return "EQUAL_OR_LESS";
  return "APPROX"; /* about, around, nearly, almost, roughly, some */
}

/* @s in lowercase: in @buf (@size bytes) when it fits, else allocated
 * and kept in *@heap for the caller to free.  Normalising lowercases a
 * few words a match, and a malloc() each was a tenth of its time. */
char *
ascii_lower (const char *s, char *buf, gsize size, char **heap)
{
  gsize n = strlen (s);
  char *out = n < size ? buf : (*heap = g_malloc (n + 1));
  for (gsize i = 0; i <= n; i++)
    out[i] = ascii_to_lower (s[i]);
  return out;
}

double
number_value (const Dates *d, const char *word)
{
  if (word == NULL)
    return 0;
  /* "150 million", "two billion": a scale word last multiplies the count
   * before it (the ago row's counts back past the calendar) */
  const char *last = strrchr (word, ' ');
  const double *scale = last ? g_hash_table_lookup (d->scales, last + 1) : NULL;
  if (scale && last - word < 48)
    {
      char head[48];
      memcpy (head, word, last - word);
      head[last - word] = '\0';
      double n = number_value (d, head);
      return n > 0 ? n * *scale : n;
    }
  if (g_ascii_isdigit (word[0]))
    {
      /* "6,000 years": the patterns take a comma only between groups of
       * three digits, so dropping it reads the count */
      char digits[32];
      if (strchr (word, ',') && strlen (word) < sizeof digits)
        {
          gsize n = 0;
          for (const char *c = word; *c; c++)
            if (*c != ',')
              digits[n++] = *c;
          digits[n] = '\0';
          word = digits;
        }
      /* "2 1/2": a whole number and a fraction after it */
      char *rest, *slash, *after;
      double whole = g_ascii_strtod (word, &rest);
      long num = strtol (rest, &slash, 10);
      if (slash > rest && *slash == '/')
        {
          long den = strtol (slash + 1, &after, 10);
          if (after > slash + 1 && den > 0)
            whole += (double) num / den;
        }
      return whole;
    }
  char buf[64];
  g_autofree char *heap = NULL;
  char *lower = ascii_lower (word, buf, sizeof buf, &heap);
  /* "two-and-a-half-year": the hyphens of a compound, as the spaces of
   * "two and a half years" */
  if (g_str_has_suffix (lower, "-and-a-half"))
    for (char *c = lower + strlen (lower) - strlen ("-and-a-half"); *c; c++)
      if (*c == '-')
        *c = ' ';
  if (g_str_has_suffix (lower, " and a half"))
    {
      lower[strlen (lower) - strlen (" and a half")] = '\0';
      double n = number_value (d, lower);
      return n > 0 ? n + 0.5 : n;
    }
  const double *v = g_hash_table_lookup (d->numbers, lower);
  if (v)
    return *v;
  /* "a half a second", "a half-a-second lead": the article before a
   * number of the lexicon's that is already one ("half a") */
  const char *rest = g_str_has_prefix (lower, "a ") ? lower + 2 : g_str_has_prefix (lower, "an ") ? lower + 3 : NULL;
  if (rest && (v = g_hash_table_lookup (d->numbers, rest)) != NULL)
    return *v;
  /* "twenty four" adds up, "two hundred" multiplies, and "a" counts one
   * only before "hundred" or "dozen" ("a five-year plan" is five).  Words
   * that do not make one number ("seven a" of "up from seven a year
   * ago", "five six") are none: 0. */
  g_auto (GStrv) parts = g_strsplit_set (lower, " -", -1);
  double total = 0;
  for (char **w = parts; *w; w++)
    {
      if (**w == '\0')
        continue;
      const double *pv = g_hash_table_lookup (d->numbers, *w);
      if (pv == NULL)
        return -1; /* vague ("several") or unknown */
      double value = *pv;
      gboolean article = strcmp (*w, "a") == 0 || strcmp (*w, "an") == 0;
      if (article && total == 0 && w[1] && strcmp (w[1], "hundred") != 0)
        continue;
      double below_hundred = fmod (total, 100);
      if (value == 100)
        total = MAX (total, 1) * 100;
      else if (total == 0 || (below_hundred == 0 && value < 100)
               || (below_hundred >= 20 && fmod (below_hundred, 10) == 0 && value < 10))
        total += value;
      else
        return 0;
    }
  return total > 0 ? total : -1;
}

/* A year said in words: "nineteen ninety-six", "twenty ten", "nineteen
 * hundred", "nineteen oh five", "two thousand and three"; 0 when @words
 * is none (after the century, a number from ten to ninety-nine). */
int
spoken_year (const Dates *d, const char *words)
{
  g_autofree char *lower = g_strdelimit (g_ascii_strdown (words, -1), "-", ' ');
  const char *rest;
  int century;
  if (g_str_has_prefix (lower, "two thousand"))
    {
      century = 20, rest = lower + strlen ("two thousand");
      while (*rest == ' ')
        rest++;
      if (g_str_has_prefix (rest, "and "))
        rest += 4;
      if (*rest == '\0')
        return 2000;
      double n = number_value (d, rest);
      return n >= 1 && n <= 99 && n == floor (n) ? 2000 + (int) n : 0;
    }
  char *space = strchr (lower, ' ');
  if (space == NULL)
    return 0;
  *space = '\0';
  century = (int) number_value (d, lower);
  for (rest = space + 1; *rest == ' ';)
    rest++;
  if (century < 10 || century > 29)
    return 0;
  if (strcmp (rest, "hundred") == 0)
    return century * 100;
  gboolean oh = g_str_has_prefix (rest, "oh ");
  double n = number_value (d, oh ? rest + 3 : rest);
  if (n != floor (n) || (oh ? n < 1 || n > 9 : n < 10 || n > 99))
    return 0;
  return century * 100 + (int) n;
}

/* A decade said in words, "the seventies", "the Nineties": the plural of
 * a number of the lexicon from twenty to ninety ("seventy" + "ies" for
 * its "y"), as the first year of that decade in the century nearest
 * @ref_year and not after it (1900s for a @ref_year of 0, no reference):
 * "the twenties" read in 2005 is the 1920s, as "the '20s" is; 0 for
 * any other word. */
int
spoken_decade (const Dates *d, const char *word, int ref_year)
{
  gsize len = strlen (word);
  if (len < 6 || len > 16 || g_ascii_strcasecmp (word + len - 3, "ies") != 0)
    return 0;
  char singular[16];
  memcpy (singular, word, len - 3);
  strcpy (singular + len - 3, "y");
  double n = number_value (d, singular);
  if (n < 20 || n > 90 || fmod (n, 10) != 0)
    return 0;
  int century = ref_year > 0 ? ref_year / 100 * 100 : 1900;
  int year = century + (int) n;
  return ref_year > 0 && year > ref_year ? year - 100 : year;
}

/* Whether the word from @start to @end of @text is a scale word of the
 * lexicon (kind `scale`: "hundred", "million"), in any case: the one
 * definition of what multiplies a count ("1.5 million", "thousands of"). */
gboolean
scale_word_at (const Dates *d, const char *text, gsize start, gsize end)
{
  char word[24]; /* longer than any scale word */
  if (end <= start || end - start >= sizeof word)
    return FALSE;
  for (gsize i = start; i < end; i++)
    word[i - start] = g_ascii_tolower (text[i]);
  word[end - start] = '\0';
  return g_hash_table_contains (d->scales, word);
}

/* The lexicon's code of the unit @word, in any case and number (an
 * irregular plural is the lexicon's own row); NULL for none. */
const char *
unit_code (const Dates *d, const char *word)
{
  char lower[32]; /* longer than any unit */
  gsize n = word ? strlen (word) : 0;
  if (word == NULL || n >= sizeof lower)
    return NULL;
  for (gsize i = 0; i <= n; i++)
    lower[i] = ascii_to_lower (word[i]);
  if (n > 1 && lower[n - 1] == 's' && !g_hash_table_contains (d->units, lower))
    lower[--n] = '\0';
  return g_hash_table_lookup (d->units, lower);
}

int
hour_of (const char *hour, const char *ampm)
{
  int h = parse_int (hour);
  if (ampm && (ampm[0] == 'p' || ampm[0] == 'P') && h < 12)
    h += 12;
  if (ampm && (ampm[0] == 'a' || ampm[0] == 'A') && h == 12)
    h = 0;
  return h;
}

/* The UTC offset of the zone @tz in minutes, moved by @offset when one is
 * written after it ("GMT+8", "UTC-03:30"; nullable), into *@out; FALSE for
 * a zone the table does not know. */
gboolean
zone_minutes (const Dates *d, const char *tz, const char *offset, int *out)
{
  if (tz == NULL || !g_hash_table_contains (d->zones, tz))
    return FALSE;
  int minutes = GPOINTER_TO_INT (g_hash_table_lookup (d->zones, tz));
  if (offset && (offset[0] == '+' || offset[0] == '-'))
    {
      /* "+8", "+08", "+0530", "+05:30" */
      const char *p = offset + 1;
      int hours = 0, mins = 0, n = 0;
      for (; g_ascii_isdigit (*p) && n < 2; p++, n++)
        hours = hours * 10 + (*p - '0');
      if (*p == ':')
        p++;
      for (n = 0; g_ascii_isdigit (*p) && n < 2; p++, n++)
        mins = mins * 10 + (*p - '0');
      if (hours <= 14 && mins <= 59)
        minutes += (offset[0] == '-' ? -1 : 1) * (hours * 60 + mins);
    }
  *out = minutes;
  return TRUE;
}


/* Reads @path, one word a row, into *@set, which it creates; @what says
 * what a row holds, for the error of a row that is not one word. */
static gboolean
load_word_set (const char *path, const char *what, GHashTable **set, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 1, 1, what, error))
        return FALSE;
      g_hash_table_add (*set, g_strdup (row->fields[0]));
    }
  return TRUE;
}

gboolean
load_generic_nouns (Dates *d, const char *path, GError **error)
{
  return load_word_set (path, "one noun in lowercase, as consumer", &d->generic_nouns, error);
}

gboolean
load_collective_nouns (Dates *d, const char *path, GError **error)
{
  return load_word_set (path, "one noun in lowercase, as society", &d->collective_nouns, error);
}

gboolean
load_past_forms (Dates *d, const char *path, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  d->past_forms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 2, 2,
                                 "WORD<TAB>KIND, a verb in the past in lowercase and past, shared, noun or bare, as rose<TAB>past",
                                 error))
        return FALSE;
      int kind = strcmp (row->fields[1], "past") == 0     ? PAST_ALONE
                 : strcmp (row->fields[1], "shared") == 0 ? PAST_SHARED
                 : strcmp (row->fields[1], "noun") == 0   ? PAST_NOUN
                 : strcmp (row->fields[1], "bare") == 0   ? PAST_BARE
                                                          : 0;
      if (kind == 0)
        {
          assay_data_row_set_error (error, table, row, "the kind '%s' is none of past, shared, noun, bare", row->fields[1]);
          return FALSE;
        }
      const char *word = row->fields[0];
      gsize n = strlen (word);
      if (n < 3 || n > 15 || !g_ascii_islower (word[0]) || !g_ascii_islower (word[1]))
        {
          assay_data_row_set_error (error, table, row, "'%s' is not a word of 3 to 15 letters in lowercase", word);
          return FALSE;
        }
      d->past_shapes[word[0] - 'a'] |= 1u << n;
      d->past_pairs[word[0] - 'a'] |= 1u << (word[1] - 'a');
      g_hash_table_insert (d->past_forms, g_strdup (word), GINT_TO_POINTER (kind));
    }
  return TRUE;
}

/* The kinds of data/context-words.tsv and the set each fills: a new kind
 * is one row here and its field in Dates; the load's messages and the
 * free in dates_destroy() read this table. */
static const struct
{
  const char *name;
  gsize offset; /* of its GHashTable * in Dates */
} context_kinds[] = {
  { "purpose", G_STRUCT_OFFSET (Dates, purpose_words) },
  { "report", G_STRUCT_OFFSET (Dates, report_words) },
  { "measure", G_STRUCT_OFFSET (Dates, measure_words) },
  { "calendar", G_STRUCT_OFFSET (Dates, calendar_words) },
  { "times", G_STRUCT_OFFSET (Dates, times_words) },
  { "perfect", G_STRUCT_OFFSET (Dates, perfect_words) },
  { "owner", G_STRUCT_OFFSET (Dates, owner_words) },
  { "schedule", G_STRUCT_OFFSET (Dates, schedule_words) },
  { "someday", G_STRUCT_OFFSET (Dates, someday_words) },
  { "degree", G_STRUCT_OFFSET (Dates, degree_words) },
  { "sequel", G_STRUCT_OFFSET (Dates, sequel_words) },
  { "figurative", G_STRUCT_OFFSET (Dates, figurative_words) },
  { "lasting", G_STRUCT_OFFSET (Dates, lasting_words) },
  { "finite", G_STRUCT_OFFSET (Dates, finite_words) },
  { "finished", G_STRUCT_OFFSET (Dates, finished_words) },
  { "present", G_STRUCT_OFFSET (Dates, present_words) },
  { "bound", G_STRUCT_OFFSET (Dates, bound_words) },
  { "passive", G_STRUCT_OFFSET (Dates, passive_words) },
  { "subject", G_STRUCT_OFFSET (Dates, subject_words) },
  { "clause", G_STRUCT_OFFSET (Dates, clause_words) },
  { "relative", G_STRUCT_OFFSET (Dates, relative_words) },
  { "subordinate", G_STRUCT_OFFSET (Dates, subordinate_words) },
  { "naming", G_STRUCT_OFFSET (Dates, naming_words) },
  { "miss", G_STRUCT_OFFSET (Dates, miss_words) },
  { "out", G_STRUCT_OFFSET (Dates, out_words) },
  { "compare", G_STRUCT_OFFSET (Dates, compare_words) },
  { "ahead", G_STRUCT_OFFSET (Dates, ahead_words) },
  { "event", G_STRUCT_OFFSET (Dates, event_words) },
  { "fixtures", G_STRUCT_OFFSET (Dates, fixtures_words) },
  { "complement", G_STRUCT_OFFSET (Dates, complement_words) },
  { "habitual", G_STRUCT_OFFSET (Dates, habitual_words) },
  { "forecast", G_STRUCT_OFFSET (Dates, forecast_words) },
  { "qualified", G_STRUCT_OFFSET (Dates, qualified_words) },
  { "topic", G_STRUCT_OFFSET (Dates, topic_words) },
  { "recurring", G_STRUCT_OFFSET (Dates, recurring_words) },
  { "cause", G_STRUCT_OFFSET (Dates, cause_words) },
  { "attributive", G_STRUCT_OFFSET (Dates, attributive_words) },
  { "periodical", G_STRUCT_OFFSET (Dates, periodical_words) },
  { "particle", G_STRUCT_OFFSET (Dates, particle_words) },
  { "generic", G_STRUCT_OFFSET (Dates, generic_words) },
  { "preposition", G_STRUCT_OFFSET (Dates, preposition_words) },
  { "dayname", G_STRUCT_OFFSET (Dates, dayname_words) },
  { "honorific", G_STRUCT_OFFSET (Dates, honorific_words) },
  { "phrasal", G_STRUCT_OFFSET (Dates, phrasal_words) },
  { "slot", G_STRUCT_OFFSET (Dates, slot_words) },
  { "release", G_STRUCT_OFFSET (Dates, release_words) },
  { "term", G_STRUCT_OFFSET (Dates, term_words) },
  { "expectation", G_STRUCT_OFFSET (Dates, expectation_words) },
  { "outcome", G_STRUCT_OFFSET (Dates, outcome_words) },
  { "title", G_STRUCT_OFFSET (Dates, title_words) },
  { "greeting", G_STRUCT_OFFSET (Dates, greeting_words) },
  { "coordinator", G_STRUCT_OFFSET (Dates, coordinator_words) },
  { "opener", G_STRUCT_OFFSET (Dates, opener_words) },
  { "backshift", G_STRUCT_OFFSET (Dates, backshift_words) },
  { "reported", G_STRUCT_OFFSET (Dates, reported_words) },
  { "plan", G_STRUCT_OFFSET (Dates, plan_words) },
  { "aim", G_STRUCT_OFFSET (Dates, aim_words) },
  { "path", G_STRUCT_OFFSET (Dates, path_words) },
  { "unfinished", G_STRUCT_OFFSET (Dates, unfinished_words) },
  { "size", G_STRUCT_OFFSET (Dates, size_words) },
  { "firm", G_STRUCT_OFFSET (Dates, firm_words) },
  { "coming", G_STRUCT_OFFSET (Dates, coming_words) },
  { "conditional", G_STRUCT_OFFSET (Dates, conditional_words) },
  { "prospect", G_STRUCT_OFFSET (Dates, prospect_words) },
  { "determiner", G_STRUCT_OFFSET (Dates, determiner_words) },
  { "seasonal", G_STRUCT_OFFSET (Dates, seasonal_words) },
  { "enduring", G_STRUCT_OFFSET (Dates, enduring_words) },
  { "accounts", G_STRUCT_OFFSET (Dates, accounts_words) },
  { "ledger", G_STRUCT_OFFSET (Dates, ledger_words) },
  { "span", G_STRUCT_OFFSET (Dates, span_words) },
  { "fiscal", G_STRUCT_OFFSET (Dates, fiscal_words) },
  { "closing", G_STRUCT_OFFSET (Dates, closing_words) },
  { "singular", G_STRUCT_OFFSET (Dates, singular_words) },
  { "plural", G_STRUCT_OFFSET (Dates, plural_words) },
  { "giving", G_STRUCT_OFFSET (Dates, giving_words) },
  { "accounting", G_STRUCT_OFFSET (Dates, accounting_words) },
  { "brink", G_STRUCT_OFFSET (Dates, brink_words) },
  { "award", G_STRUCT_OFFSET (Dates, award_words) },
  { "ranking", G_STRUCT_OFFSET (Dates, ranking_words) },
  { "behind", G_STRUCT_OFFSET (Dates, behind_words) },
  { "happened", G_STRUCT_OFFSET (Dates, happened_words) },
  { "event-lead", G_STRUCT_OFFSET (Dates, event_lead_words) },
  { "lead", G_STRUCT_OFFSET (Dates, lead_words) },
  { "link", G_STRUCT_OFFSET (Dates, link_words) },
  { "tensed", G_STRUCT_OFFSET (Dates, tensed_words) },
  { "feast", G_STRUCT_OFFSET (Dates, feast_words) },
  { "feast-next", G_STRUCT_OFFSET (Dates, feast_next_words) },
  { "work", G_STRUCT_OFFSET (Dates, work_words) },
  { "works", G_STRUCT_OFFSET (Dates, works_words) },
  { "title-lead", G_STRUCT_OFFSET (Dates, title_lead_words) },
  { "current-term", G_STRUCT_OFFSET (Dates, current_term_words) },
  { "results", G_STRUCT_OFFSET (Dates, results_words) },
};

/* The set of kind @k in @d. */
static GHashTable **
context_set (Dates *d, guint k)
{
  return G_STRUCT_MEMBER_P (d, context_kinds[k].offset);
}

void
context_words_free (Dates *d)
{
  for (guint k = 0; k < G_N_ELEMENTS (context_kinds); k++)
    g_clear_pointer (context_set (d, k), g_hash_table_unref);
}

gboolean
load_context_words (Dates *d, const char *path, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  const char *names[G_N_ELEMENTS (context_kinds) + 1];
  for (guint k = 0; k < G_N_ELEMENTS (context_kinds); k++)
    {
      names[k] = context_kinds[k].name;
      *context_set (d, k) = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }
  names[G_N_ELEMENTS (context_kinds)] = NULL;
  g_autofree char *all = g_strjoinv (", ", (char **)names);
  g_autofree char *shape = g_strconcat ("KIND<TAB>WORD, KIND one of ", all, NULL);
  /* a row's kind is most often its previous row's: the file is written
   * kind by kind, and looking each row's up from the first kind was
   * 58,000 strcmp() calls, a third of loading the file (callgrind) */
  guint k = 0;
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 2, 2, shape, error))
        return FALSE;
      if (strcmp (row->fields[0], context_kinds[k].name) != 0)
        {
          k = 0;
          while (k < G_N_ELEMENTS (context_kinds)
                 && strcmp (row->fields[0], context_kinds[k].name) != 0)
            k++;
        }
      if (k == G_N_ELEMENTS (context_kinds))
        {
          assay_data_row_set_error (error, table, row, "the kind '%s' is none of %s",
                                    row->fields[0], all);
          return FALSE;
        }
      g_autofree char *word = g_ascii_strdown (row->fields[1], -1);
      if (strlen (word) >= 32)
        {
          assay_data_row_set_error (error, table, row, "the word '%s' is longer than 31 bytes", row->fields[1]);
          return FALSE;
        }
      g_hash_table_add (*context_set (d, k), g_steal_pointer (&word));
    }
  return TRUE;
}

gsize
word_before (const char *text, gsize floor, gsize end, gsize *start)
{
  while (end > floor && text[end - 1] == ' ')
    end--;
  gsize w = end;
  while (w > floor && g_ascii_isalpha (text[w - 1]))
    w--;
  *start = w;
  return end - w;
}

gboolean
word_between_in (GHashTable *set, const char *text, gsize from, gsize to)
{
  gsize w;
  for (gsize end = to; end > from; end = w)
    {
      if (!g_ascii_isalpha (text[end - 1]))
        {
          w = end - 1;
          continue;
        }
      if (word_before_in (set, text, end, &w) && w >= from)
        return TRUE;
      while (end > from && g_ascii_isalpha (text[end - 1]))
        end--;
      w = end;
    }
  return FALSE;
}

gboolean
perfect_between (const Dates *d, const char *text, gsize from, gsize to)
{
  /* each word in turn, from the last: one of `finished` after one of
   * `perfect`, a space apart ("had hurt", not "had agreed") */
  gsize w;
  for (gsize end = to; end > from; end = w)
    {
      while (end > from && !g_ascii_isalpha (text[end - 1]))
        end--;
      w = end;
      while (w > from && g_ascii_isalpha (text[w - 1]))
        w--;
      if (w == end || w < from + 2 || text[w - 1] != ' ')
        continue;
      gsize pw;
      char word[32];
      if (end - w >= sizeof word)
        continue;
      memcpy (word, text + w, end - w);
      word[end - w] = '\0';
      for (char *c = word; *c; c++)
        *c = ascii_to_lower (*c);
      if (g_hash_table_contains (d->finished_words, word) && word_before_in (d->perfect_words, text, w - 1, &pw)
          && pw >= from)
        return TRUE;
    }
  return FALSE;
}

static inline gboolean
word_in (GHashTable *set, const WordShapes *shapes, const char *text, gsize end, gsize *start)
{
  while (end > 0 && text[end - 1] == ' ')
    end--;
  /* the word lowered as it is found, from its end back, into the end of
   * @word: one pass over its bytes, not one to find its start and one
   * to copy it (measured: callgrind -j 1, the bench's first 1,300
   * documents, 48,836 calls: word_before_in()'s own instructions
   * 7.23M -> 6.62M, the process 389.6M -> 388.4M, -0.32%) */
  char word[33];
  gsize w = end, n = 0;
  word[32] = '\0';
  while (w > 0 && n < 32)
    {
      char c = text[w - 1];
      if (!g_ascii_isalpha (c) && c != '-' && c != '\'')
        break;
      word[31 - n++] = ascii_to_lower (c);
      w--;
    }
  if (start)
    *start = w;
  if (n == 0 || n >= 32 || (w > 0 && g_ascii_isalnum (text[w - 1])))
    return FALSE;
  if (shapes)
    {
      guchar c = (guchar) word[32 - n];
      if (!(shapes->first[n] >> (c >= 'a' && c <= 'z' ? c - 'a' : 26) & 1))
        return FALSE;
    }
  return g_hash_table_contains (set, word + 32 - n);
}

gboolean
word_before_in (GHashTable *set, const char *text, gsize end, gsize *start)
{
  return word_in (set, NULL, text, end, start);
}

/* A set's words of most shapes are few: "expires", "runs" of term_words
 * leave most lengths and first letters empty, and a word of those is
 * turned away before the hash (callgrind -j 1, the bench's first 1,300
 * documents, 13,770 calls: tense_scheduled_term() with its callees
 * 4.02M -> 2.81M, the process 386.85M -> 385.89M, -0.25%). */
gboolean
word_before_in_shaped (GHashTable *set, const WordShapes *shapes, const char *text, gsize end, gsize *start)
{
  return word_in (set, shapes, text, end, start);
}

void
word_shapes_fill (WordShapes *shapes, GHashTable *set)
{
  memset (shapes, 0, sizeof *shapes);
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const guchar *word = key;
      gsize n = strlen (key);
      /* a key of 32 bytes or more is never found (word_in()) */
      if (n > 0 && n < 32)
        shapes->first[n] |= 1u << (word[0] >= 'a' && word[0] <= 'z' ? word[0] - 'a' : 26);
    }
}

/* Whether @word (@n letters, writable) or the singular its spelling
 * gives ("celebrities", "boxes", "consumers") is in d->generic_nouns;
 * irregular plurals ("children") are listed there. */
static gboolean
generic_noun (const Dates *d, char *word, guint n)
{
  if (g_hash_table_contains (d->generic_nouns, word))
    return TRUE;
  if (n < 4 || word[n - 1] != 's' || word[n - 2] == 's')
    return FALSE;
  if (word[n - 2] == 'e' && word[n - 3] == 'i')
    {
      strcpy (word + n - 3, "y"); /* celebrities */
      if (g_hash_table_contains (d->generic_nouns, word))
        return TRUE;
      strcpy (word + n - 3, "ies");
    }
  word[n - 1] = '\0'; /* consumers */
  if (g_hash_table_contains (d->generic_nouns, word))
    return TRUE;
  if (word[n - 2] == 'e')
    {
      word[n - 2] = '\0'; /* boxes, churches */
      return g_hash_table_contains (d->generic_nouns, word);
    }
  return FALSE;
}

gboolean
generic_noun_capitalised (const Dates *d, const char *text, gsize at, gsize n)
{
  char word[32];
  if (n < 3 || n >= sizeof word)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (!g_ascii_isalpha (text[at + i]) || (i > 0 && !g_ascii_islower (text[at + i])))
        return FALSE;
      word[i] = g_ascii_tolower (text[at + i]);
    }
  word[n] = '\0';
  return generic_noun (d, word, (guint) n);
}

gboolean
generic_noun_at (const Dates *d, const char *text, gsize at)
{
  char word[32];
  guint n = 0;
  while (n < sizeof word - 1 && g_ascii_islower (text[at + n]))
    {
      word[n] = text[at + n];
      n++;
    }
  word[n] = '\0';
  return n >= 3 && !g_ascii_isalnum (text[at + n]) && generic_noun (d, word, n);
}

/* Whether @word (@n letters) is written as a plural: a regular one, or
 * the irregular plurals of people nouns ("children", "women", "people"). */
static gboolean
plural_spelling (const char *word, guint n)
{
  if (n >= 4 && word[n - 1] == 's' && word[n - 2] != 's' && word[n - 2] != 'u')
    return TRUE;
  return n >= 3 && (g_str_has_suffix (word, "ren") || g_str_has_suffix (word, "men") || g_str_has_suffix (word, "ple"));
}

gboolean
plural_noun_before (const Dates *d, const char *text, gsize start, gboolean plural)
{
  /* the word right before, in lowercase, or capitalised where it opens
   * a sentence ("Children today"; "Rangers today" mid-sentence is a
   * name) */
  gsize w;
  guint n = (guint) word_before (text, 0, start, &w);
  if (n < 3 || n >= 32 || w + n + 1 != start)
    return FALSE;
  if (!g_ascii_islower (text[w]))
    {
      gsize mark = w;
      while (mark > 0 && text[mark - 1] == ' ')
        mark--;
      if (mark > 0 && !strchr (".!?\"\n", text[mark - 1]))
        return FALSE;
    }
  char word[32];
  for (guint i = 0; i < n; i++)
    word[i] = ascii_to_lower (text[w + i]);
  word[n] = '\0';
  return (!plural || plural_spelling (word, n)) && generic_noun (d, word, n);
}

gboolean
today_generic (const Dates *d, const char *text, gsize end)
{
  const char *p = text + end;
  if (g_str_has_prefix (p, "'s "))
    p += 3;
  else if (g_str_has_prefix (p, "\u2019s "))
    p += 5;
  else
    return FALSE;
  /* The head noun decides, the last of the nouns of people and things
   * in a row, after at most two words before them: "today's consumer
   * devices", "today's music fans"; "today's car bomb" is the day's.
   * Only a plural head speaks of people or things in general ("today's
   * teenagers"), not the day's own ("today's winner", "today's guest
   * speaker"), nor one whose verb is in the past ("today's mourners
   * filled the church").  A singular noun of a people or a society
   * speaks of them in general too ("today's youth", "in today's
   * society,"), where the phrase ends at it: at a mark, or before a
   * verb or a relative word ("today's youth is", "today's youth what"),
   * not before another noun ("today's youth team" is the day's side) nor
   * a preposition, which may make it an act ("today's generation of
   * power"). */
  gboolean head = FALSE, plural = FALSE, collective = FALSE;
  for (guint k = 0; k < 4 && g_ascii_islower (*p); k++)
    {
      char word[32];
      guint n = 0;
      while (g_ascii_islower (p[n]) && n < sizeof word - 1)
        word[n] = p[n], n++;
      word[n] = '\0';
      if (g_ascii_isalpha (p[n]))
        return FALSE;
      gboolean was_plural = plural_spelling (word, n);
      gboolean was_collective = !was_plural && g_hash_table_contains (d->collective_nouns, word);
      if (was_collective || generic_noun (d, word, n))
        head = TRUE, plural = was_plural, collective = was_collective;
      else if (head)
        /* the word after the noun phrase: a verb in the past tells of
         * the day's */
        return (plural
                || (collective
                    && (g_hash_table_contains (d->finite_words, word) || g_hash_table_contains (d->subordinate_words, word))))
               && !regular_past (word, n) && strcmp (word, "was") != 0 && strcmp (word, "were") != 0
               && strcmp (word, "had") != 0 && strcmp (word, "did") != 0;
      else if (k >= 2)
        return FALSE;
      p += n;
      if (*p != ' ')
        return head && (plural || (collective && *p != '\'' && !g_ascii_isalnum (*p)));
      p++;
    }
  return head && plural;
}
