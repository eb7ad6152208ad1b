/* structure.c: what a report says about itself: its title, byline and
 * agency, the dateline that opens it, when it was published or updated,
 * and where its reference list is.
 *
 * The patterns, months, agencies and time zones are data/structure.tsv.
 * The logic: the header is the run of short paragraphs at the top (a title
 * line, bylines, time lines); the dateline opens the first paragraph after
 * it; a reference list is a references heading and what follows, or a run
 * of numbered citations ("[1] Author. (2023, February 8). ..."), wherever
 * it stands.  Metadata that came with the input always wins.
 */
#include "cleanup-private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Names carry their length: month_number() and zone_offset() try every
 * word of every short line against every name, and strlen() of each
 * name at each try was about 1% of the dates pipeline's CPU in perf
 * (bench/dates-bench.py). */
typedef struct
{
  char *name;
  int number;
  gsize length;
} Month;

typedef struct
{
  char *name;
  int minutes;
  gsize length;
} Zone;

/* A pattern, and the bytes its match can begin with where it is anchored
 * at the block's start (NULL: any; see first_match()), or, where it is
 * not, the one to four bytes every match begins with (n_starts 0: any). */
typedef struct
{
  pcre2_code *re;
  const guint8 *first_bytes; /* PCRE2's start bitmap, in @re */
  guint8 starts[4];
  guint n_starts;
  int required; /* cleanup_required_byte() */
} Pattern;

static void
pattern_free (gpointer data)
{
  pcre2_code_free (((Pattern *) data)->re);
  g_free (data);
}

struct _Structure
{
  GPtrArray *bylines, *published, *updated, *datelines, *references; /* Pattern* */
  GHashTable *agencies; /* casefolded name -> name as written */
  GArray *months;       /* Month */
  GArray *zones;        /* Zone */
};

static void
month_clear (gpointer data)
{
  g_free (((Month *) data)->name);
}

static void
zone_clear (gpointer data)
{
  g_free (((Zone *) data)->name);
}

void
structure_free (Structure *st)
{
  if (st == NULL)
    return;
  g_ptr_array_unref (st->bylines);
  g_ptr_array_unref (st->published);
  g_ptr_array_unref (st->updated);
  g_ptr_array_unref (st->datelines);
  g_ptr_array_unref (st->references);
  g_hash_table_unref (st->agencies);
  g_array_unref (st->months);
  g_array_unref (st->zones);
  g_free (st);
}

static int
longer_month_first (gconstpointer a, gconstpointer b)
{
  return (int) strlen (((const Month *) b)->name) - (int) strlen (((const Month *) a)->name);
}

Structure *
structure_new (const char *data_file, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (data_file, error);
  if (table == NULL)
    return NULL;
  Structure *st = g_new0 (Structure, 1);
  GPtrArray **lists[] = { &st->bylines, &st->published, &st->updated, &st->datelines, &st->references };
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    *lists[i] = g_ptr_array_new_with_free_func (pattern_free);
  st->agencies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  st->months = g_array_new (FALSE, TRUE, sizeof (Month));
  g_array_set_clear_func (st->months, month_clear);
  st->zones = g_array_new (FALSE, TRUE, sizeof (Zone));
  g_array_set_clear_func (st->zones, zone_clear);

  /* Months and zones first: patterns refer to {MONTH}. */
  g_autoptr (GPtrArray) patterns = g_ptr_array_new ();
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      char **f = row->fields;
      guint n = row->n_fields;
      char sign;
      int hours, minutes;
      if (n == 3 && strcmp (f[0], "month") == 0 && atoi (f[2]) >= 1 && atoi (f[2]) <= 12)
        {
          Month m = { g_strdup (f[1]), atoi (f[2]), strlen (f[1]) };
          g_array_append_val (st->months, m);
        }
      else if (n == 3 && strcmp (f[0], "tz") == 0
               && sscanf (f[2], "%c%d:%d", &sign, &hours, &minutes) == 3)
        {
          Zone z = { g_strdup (f[1]), (sign == '-' ? -1 : 1) * (hours * 60 + minutes), strlen (f[1]) };
          g_array_append_val (st->zones, z);
        }
      else if (n == 2 && strcmp (f[0], "agency") == 0)
        g_hash_table_insert (st->agencies, g_utf8_casefold (f[1], -1), g_strdup (f[1]));
      else if (n == 2)
        g_ptr_array_add (patterns, (gpointer) row);
      else
        {
          assay_data_row_set_error (error, table, row,
                                    "%u fields, or a month or tz row that does not read; write KIND<TAB>VALUE, "
                                    "month<TAB>NAME<TAB>1 to 12 or tz<TAB>NAME<TAB>+HH:MM",
                                    n);
          structure_free (st);
          return NULL;
        }
    }
  g_array_sort (st->months, longer_month_first);
  GString *alternation = g_string_new ("(?:");
  for (guint i = 0; i < st->months->len; i++)
    g_string_append_printf (alternation, "%s%s", i ? "|" : "", g_array_index (st->months, Month, i).name);
  g_string_append (alternation, ")");

  for (guint i = 0; i < patterns->len; i++)
    {
      const AssayDataRow *row = patterns->pdata[i];
      char **f = row->fields;
      GString *pattern = g_string_new (f[1]);
      g_string_replace (pattern, "{MONTH}", alternation->str, 0);
      GPtrArray *into = strcmp (f[0], "byline") == 0       ? st->bylines
                        : strcmp (f[0], "published") == 0  ? st->published
                        : strcmp (f[0], "updated") == 0    ? st->updated
                        : strcmp (f[0], "dateline") == 0   ? st->datelines
                        : strcmp (f[0], "references") == 0 ? st->references
                                                           : NULL;
      g_autofree char *where = assay_data_row_where (table, row);
      pcre2_code *re = NULL;
      if (into == NULL)
        assay_data_row_set_error (error, table, row,
                                  "unknown kind '%s'; write byline, published, updated, dateline, references, "
                                  "agency, month or tz",
                                  f[0]);
      else
        re = cleanup_compile (pattern->str, PCRE2_CASELESS, where, error);
      g_string_free (pattern, TRUE);
      if (re == NULL)
        {
          g_string_free (alternation, TRUE);
          structure_free (st);
          return NULL;
        }
      Pattern *added = g_new (Pattern, 1);
      added->re = re;
      added->first_bytes = cleanup_first_bytes (re);
      added->n_starts = cleanup_start_bytes (re, added->starts);
      added->required = cleanup_required_byte (re);
      g_ptr_array_add (into, added);
    }
  g_string_free (alternation, TRUE);
  return st;
}

/* ---- times ------------------------------------------------------------ */

static int
month_number (const Structure *st, const char *word, gsize n)
{
  while (n > 0 && word[n - 1] == '.')
    n--;
  for (guint i = 0; i < st->months->len; i++)
    {
      const Month *m = &g_array_index (st->months, Month, i);
      if (m->length == n && g_ascii_strncasecmp (m->name, word, n) == 0)
        return m->number;
    }
  return 0;
}

static gboolean
zone_offset (const Structure *st, const char *word, gsize n, int *minutes)
{
  for (guint i = 0; i < st->zones->len; i++)
    {
      const Zone *z = &g_array_index (st->zones, Zone, i);
      if (z->length == n && strncmp (z->name, word, n) == 0)
        return *minutes = z->minutes, TRUE;
    }
  return FALSE;
}

/* A date written in digits, at the start of @s, read by the dates stage's
 * rule (plugins/dates/doc/calendar.md), so that the two stages read one date
 * alike: a four-digit first number is year/month/day; otherwise the order
 * the separator says, month first with slashes as the US writes them
 * ("5/3/2024" is 3 May), day first with dots and dashes as Europe does
 * ("05.03.2024", "05-03-2024" are 5 March); where that order gives a
 * month above 12 and the other number can be one, the other order is the
 * only reading ("25/03/2024" is 25 March). */
static gboolean
numeric_date (const char *s, int *year, int *month, int *day)
{
  int a, b, c, n = 0;
  char sep1, sep2;
  if (sscanf (s, "%d%c%d%c%d%n", &a, &sep1, &b, &sep2, &c, &n) != 5 || sep1 != sep2
      || (sep1 != '.' && sep1 != '/' && sep1 != '-') || g_ascii_isdigit (s[n]) || a < 0 || b < 0 || c < 0)
    return FALSE;
  int y, m, d;
  if (a >= 1000 && sep1 == '-')
    return FALSE; /* ISO 8601, read with its time and zone below */
  if (a >= 1000)
    y = a, m = b, d = c;
  else if (c < 1000)
    return FALSE;
  else
    {
      gboolean month_first = sep1 == '/';
      m = month_first ? a : b, d = month_first ? b : a, y = c;
      if (m > 12 && d <= 12)
        {
          int t = m;
          m = d, d = t;
        }
    }
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  *year = y, *month = m, *day = d;
  return TRUE;
}

/* Reads a date, optionally with a time and a zone, in the orders news
 * writes them ("May 29, 2025 15:23 IST", "12 January 2024, 09:15 GMT",
 * "2024-03-05T09:12:00Z", "Thursday 29 May 2025").  Returns ISO 8601:
 * "2025-05-29T15:23+05:30", "2025-05-29T15:23" without a known zone,
 * "2025-05-29", or "XXXX-05-29" without a year; NULL when there is no
 * date. */
char *
structure_parse_when (const Structure *st, const char *text, gsize length)
{
  int year = 0, month = 0, day = 0, hour = -1, minute = 0, offset = 0;
  gboolean zoned = FALSE;
  g_autofree char *s = g_strndup (text, length);

  int y, mo, d, h, mi, consumed = 0;
  if (numeric_date (s, &year, &month, &day))
    {
      /* A time may follow ("05.03.2024 14:30"). */
      const char *t = strchr (s, ' ');
      if (t && sscanf (t + 1, "%2d:%2d", &h, &mi) == 2 && h < 24 && mi < 60)
        hour = h, minute = mi;
    }
  else if (sscanf (s, "%4d-%2d-%2d%n", &y, &mo, &d, &consumed) == 3 && consumed == 10)
    {
      year = y, month = mo, day = d;
      const char *t = s + 10;
      if ((*t == 'T' || *t == ' ') && sscanf (t + 1, "%2d:%2d", &h, &mi) == 2)
        hour = h, minute = mi;
      const char *z = strpbrk (t, "Z+-");
      int oh, om;
      if (z && *z == 'Z')
        zoned = TRUE;
      else if (z && hour >= 0 && sscanf (z + 1, "%2d:%2d", &oh, &om) == 2)
        zoned = TRUE, offset = (*z == '-' ? -1 : 1) * (oh * 60 + om);
    }
  else
    {
      /* Words and numbers, in any of the usual orders. */
      const char *p = s;
      while (*p)
        {
          while (*p && !g_ascii_isalnum (*p))
            p++;
          const char *w = p;
          while (*p && (g_ascii_isalnum (*p) || *p == ':' || *p == '.'))
            p++;
          gsize n = p - w;
          if (n == 0)
            break;
          int m = month_number (st, w, n);
          int num = atoi (w);
          if (m && !month)
            month = m;
          else if (strchr (w, ':') && w[0] >= '0' && w[0] <= '9' && hour < 0
                   && sscanf (w, "%d:%d", &h, &mi) == 2 && h < 24 && mi < 60)
            {
              hour = h, minute = mi;
              const char *q = p;
              while (*q == ' ')
                q++;
              if (g_ascii_strncasecmp (q, "pm", 2) == 0 || g_ascii_strncasecmp (q, "p.m", 3) == 0)
                hour = hour % 12 + 12;
              else if (g_ascii_strncasecmp (q, "am", 2) == 0 || g_ascii_strncasecmp (q, "a.m", 3) == 0)
                hour = hour % 12;
            }
          else if (g_ascii_isdigit (w[0]) && n == 4 && num >= 1800 && num <= 2200 && !year)
            year = num;
          else if (g_ascii_isdigit (w[0]) && num >= 1 && num <= 31 && !day
                   && (n <= 2 || (n <= 4 && g_ascii_isalpha (w[n - 1]))))
            day = num; /* "29", "29th" */
          else if (hour >= 0 && !zoned && g_ascii_isupper (w[0]) && zone_offset (st, w, n, &offset))
            zoned = TRUE;
        }
    }
  if (!month || !day || day > 31)
    return NULL;
  GString *iso = g_string_new (NULL);
  if (year)
    g_string_append_printf (iso, "%04d-%02d-%02d", year, month, day);
  else
    g_string_append_printf (iso, "XXXX-%02d-%02d", month, day);
  if (year && hour >= 0)
    {
      g_string_append_printf (iso, "T%02d:%02d", hour, minute);
      if (zoned && offset == 0)
        g_string_append (iso, "Z");
      else if (zoned)
        g_string_append_printf (iso, "%c%02d:%02d", offset < 0 ? '-' : '+', ABS (offset) / 60,
                                ABS (offset) % 60);
    }
  return g_string_free (iso, FALSE);
}

/* "XXXX-MM-DD" given the year of @anchor (an ISO date): the year that puts
 * it nearest the anchor, so a dateline of Dec 31 on a report published
 * Jan 1 lands in the year before.  NULL without a usable anchor. */
static char *
with_year_near (const char *partial, const char *anchor)
{
  int year, month, day, am, ad;
  if (anchor == NULL || sscanf (anchor, "%4d-%2d-%2d", &year, &am, &ad) != 3
      || sscanf (partial, "XXXX-%2d-%2d", &month, &day) != 2)
    return NULL;
  g_autoptr (GDateTime) a = g_date_time_new_utc (year, am, ad, 0, 0, 0);
  int best = 0;
  gint64 best_gap = G_MAXINT64;
  for (int y = year - 1; y <= year + 1; y++)
    {
      g_autoptr (GDateTime) d = g_date_time_new_utc (y, month, day, 0, 0, 0);
      if (d == NULL || a == NULL)
        continue;
      gint64 gap = ABS (g_date_time_difference (d, a));
      if (gap < best_gap)
        best_gap = gap, best = y;
    }
  return best ? g_strdup_printf ("%04d-%02d-%02d", best, month, day) : NULL;
}

/* ---- the document's structure ----------------------------------------- */

typedef struct
{
  gsize start;
  gsize end;
  const char *section; /* NULL until classified */
} Block;

/* Appends @b to the @n blocks at *@blocks (room for *@size), moving them
 * to a larger *@heap (freed with it) when full. */
static void
push_block (Block **blocks, guint *n, guint *size, Block **heap, Block b)
{
  if (G_UNLIKELY (*n == *size))
    {
      Block *more = g_new (Block, 2 * *size);
      memcpy (more, *blocks, *n * sizeof (Block));
      g_free (*heap);
      *blocks = *heap = more;
      *size *= 2;
    }
  (*blocks)[(*n)++] = b;
}

static char *
group (pcre2_code *re, pcre2_match_data *md, const char *subject, const char *name)
{
  PCRE2_SIZE len = 0;
  if (pcre2_substring_length_byname (md, (PCRE2_SPTR) name, &len) != 0 || len == 0)
    return NULL;
  PCRE2_UCHAR *value = NULL;
  if (pcre2_substring_get_byname (md, (PCRE2_SPTR) name, &value, &len) != 0)
    return NULL;
  char *copy = g_strstrip (g_strndup ((const char *) value, len));
  pcre2_substring_free (value);
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);
  return copy;
}

/* Every subject here is a block of the document's text, which is valid
 * UTF-8, cut between characters (a paragraph's span, or a line trimmed of
 * ASCII space): PCRE2 need not check it again for each pattern, which was
 * most of this pass's time (perf on bench/dates-bench.py: 9% of the dates
 * pipeline), as in boilerplate.c. */
static gboolean
first_match (GPtrArray *patterns, const char *s, gsize n, pcre2_match_data *md, pcre2_code **which)
{
  for (guint i = 0; i < patterns->len; i++)
    {
      const Pattern *p = patterns->pdata[i];
      /* An anchored pattern whose first bytes PCRE2 knows is not tried on
       * a block that begins otherwise: most tries of the references
       * pattern, on every paragraph of the body, and of the datelines'.
       * Its call into the JIT code costs more than this test: the dates
       * pipeline 1,930.7M -> 1,920.6M instructions (-0.5%; callgrind,
       * bench/dates-bench.py's 20 MB at -j 1). */
      if (p->first_bytes && n > 0 && !cleanup_first_byte_in (p->first_bytes, (guchar) s[0]))
        continue;
      /* A pattern that opens with a separator (`[|•·]\s*published`) is
       * searched for from the first byte that can open it, and not at all
       * in a block without one: nearly every block (see
       * cleanup_find_start()). */
      gsize from = p->n_starts ? cleanup_find_start (s, n, p->starts, p->n_starts) : 0;
      if (from == n && p->n_starts)
        continue;
      /* A block without the byte every match holds (the dateline's comma
       * or closing bracket; most titles have neither) is not tried: the
       * JIT tries 61,024 -> 23,256 and the dates pipeline 1,989.5M ->
       * 1,979.3M instructions (callgrind, bench/dates-bench.py's 20 MB,
       * -j 1). */
      if (p->required >= 0 && memchr (s + from, p->required, n - from) == NULL)
        continue;
      if (cleanup_match_from (p->re, s, n, from, md) >= 0)
        {
          if (which)
            *which = p->re;
          return TRUE;
        }
    }
  return FALSE;
}

/* Sets metadata unless the input (or an earlier finding) has it. */
static gboolean
offer_meta (AssayDocument *doc, const char *key, const char *value, GError **error)
{
  if (value == NULL || assay_document_get_meta (doc, key))
    return TRUE;
  return assay_document_set_meta (doc, key, value, error);
}

static const char *
agency_name (const Structure *st, const char *name)
{
  if (name == NULL)
    return NULL;
  g_autofree char *folded = g_utf8_casefold (name, -1);
  return g_hash_table_lookup (st->agencies, folded);
}

/* A line under a headline that is a date and perhaps a time and nothing
 * else, with no word such as "Published" before it ("Tuesday 5 March
 * 2024, 14:30 CET", "05.03.2024 09:12"): the publication time, as news
 * pages print it.  At most two words that are no month or zone (a
 * weekday, "at"), so that a sentence with a date in it is not one.
 * Returns: (transfer full) (nullable): the time, ISO 8601, with a year. */
static char *
date_line (const Structure *st, const char *s, gsize n)
{
  if (n == 0 || n > 80)
    return NULL;
  /* structure_parse_when() finds a day only in digits: a line without
   * one (most headlines and bylines) is no date, and is not copied and
   * read with sscanf() to find that out (date_line() was 2% of the
   * dates pipeline's CPU in perf; bench/dates-bench.py). */
  gboolean digit = FALSE;
  for (gsize i = 0; i < n && !digit; i++)
    digit = g_ascii_isdigit (s[i]);
  if (!digit)
    return NULL;
  g_autofree char *when = structure_parse_when (st, s, n);
  if (when == NULL || !g_ascii_isdigit (when[0]))
    return NULL;
  guint other = 0;
  for (gsize i = 0; i < n;)
    {
      if (!g_ascii_isalpha (s[i]))
        {
          i++;
          continue;
        }
      gsize w = i;
      while (i < n && (g_ascii_isalpha (s[i]) || s[i] == '.'))
        i++;
      int minutes;
      gboolean ampm = g_ascii_strncasecmp (s + w, "am", i - w) == 0 || g_ascii_strncasecmp (s + w, "pm", i - w) == 0
                      || g_ascii_strncasecmp (s + w, "a.m.", i - w) == 0
                      || g_ascii_strncasecmp (s + w, "p.m.", i - w) == 0;
      if (!ampm && month_number (st, s + w, i - w) == 0 && !zone_offset (st, s + w, i - w, &minutes))
        other++;
    }
  /* Non-ASCII letters count as words too ("Dienstag"). */
  for (gsize i = 0; i < n; i++)
    other += ((guchar) s[i] & 0xC0) == 0xC0;
  return other <= 2 ? g_steal_pointer (&when) : NULL;
}

/* A byline names someone: a capital first, a few words, no sentence. */
static gboolean
is_name_like (const char *name)
{
  gsize n = strlen (name);
  guint words = 1;
  for (gsize i = 0; i < n; i++)
    words += name[i] == ' ';
  return g_unichar_isupper (g_utf8_get_char (name)) && words <= 8 && name[n - 1] != '.';
}

/* The block's end is tested first and the words counted only up to the
 * limit: most blocks it is asked about are paragraphs ending in a full
 * stop, and counting the spaces of each whole was 0.6% of the dates
 * pipeline's instructions (callgrind, bench/dates-bench.py's 20 MB). */
static gboolean
is_heading_like (const char *s, gsize n)
{
  if (n == 0 || n > 250)
    return FALSE;
  /* ',', '.' and ';' are ASCII: only the last byte can be one */
  char last = s[n - 1];
  gboolean ellipsis = n >= 3 && memcmp (s + n - 3, "...", 3) == 0;
  if ((last == '.' && !ellipsis) || last == ',' || last == ';')
    return FALSE;
  guint words = 1;
  for (gsize i = 0; i < n && words <= 30; i++)
    words += s[i] == ' ';
  return words <= 30 && memchr (s, '\n', n) == NULL;
}

static gboolean
is_citation_start (const char *s, gsize n)
{
  gsize i = 0;
  if (n > 2 && s[0] == '[')
    {
      i = 1;
      while (i < n && g_ascii_isdigit (s[i]))
        i++;
      return i > 1 && i < n && s[i] == ']';
    }
  return FALSE;
}

static gboolean
looks_like_citation (const char *s, gsize n)
{
  /* A year in brackets, "Retrieved", or an address: the shape of a reference. */
  g_autofree char *copy = g_strndup (s, n);
  for (const char *p = copy; (p = strchr (p, '(')); p++)
    if (g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) && g_ascii_isdigit (p[3]) && g_ascii_isdigit (p[4]))
      return TRUE;
  return strstr (copy, "Retrieved") || strstr (copy, "http://") || strstr (copy, "https://")
         || strstr (copy, "doi:");
}

gboolean
structure_annotate (const Structure *st, AssayDocument *doc, GError **error)
{
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  /* room for a news article's paragraphs on the stack, on the heap past
   * that: grown from nothing, a GArray was reallocated and cleared several
   * times a document (0.7% of the dates pipeline's instructions, callgrind
   * on bench/dates-bench.py's 20 MB); made at its size, its allocation,
   * freeing and appends were 9.0M instructions of 1,961.6M there, without
   * them 1,956.0M (callgrind, -j 1) */
  Block stack_blocks[64];
  g_autofree Block *heap_blocks = NULL;
  Block *blocks = stack_blocks;
  guint n_blocks = 0, blocks_size = G_N_ELEMENTS (stack_blocks);

  guint n_paragraphs;
  AssayAnnotation *const *paragraphs = assay_document_get_annotations (doc, "paragraph", &n_paragraphs);
  if (n_paragraphs > 0)
    for (guint i = 0; i < n_paragraphs; i++)
      {
        Block b = { assay_annotation_get_start (paragraphs[i]), assay_annotation_get_end (paragraphs[i]) };
        push_block (&blocks, &n_blocks, &blocks_size, &heap_blocks, b);
      }
  else
    /* Without paragraphs (segmentation off), every non-blank line is a block. */
    for (gsize start = 0; start < length;)
      {
        const char *nl = memchr (text + start, '\n', length - start);
        gsize end = nl ? (gsize) (nl - text) : length;
        gsize s = start, e = end;
        while (s < e && g_ascii_isspace (text[s]))
          s++;
        while (e > s && g_ascii_isspace (text[e - 1]))
          e--;
        if (e > s)
          {
            Block b = { s, e };
            push_block (&blocks, &n_blocks, &blocks_size, &heap_blocks, b);
          }
        start = end + 1;
      }
  if (n_blocks == 0)
    return TRUE;

  pcre2_match_data *md = pcre2_match_data_create (16, NULL);
  gboolean ok = TRUE;
  g_autofree char *published = NULL, *updated = NULL, *byline = NULL, *agency = NULL;

  /* The header: a title line, then bylines and time lines. */
  guint body_from = 0;
  for (guint i = 0; i < n_blocks && i < 8; i++)
    {
      Block *b = &blocks[i];
      const char *s = text + b->start;
      gsize n = b->end - b->start;
      pcre2_code *re;
      gboolean time_line = FALSE;
      if (first_match (st->published, s, n, md, &re))
        {
          g_autofree char *when = group (re, md, s, "when");
          if (when && !published)
            published = structure_parse_when (st, when, strlen (when));
          time_line = published != NULL;
        }
      if (first_match (st->updated, s, n, md, &re))
        {
          g_autofree char *when = group (re, md, s, "when");
          if (when && !updated)
            updated = structure_parse_when (st, when, strlen (when));
          time_line = time_line || updated != NULL;
        }
      if (!time_line)
        {
          g_autofree char *when = date_line (st, s, n);
          time_line = when != NULL;
          if (when && !published)
            published = g_steal_pointer (&when);
        }
      g_autofree char *name = first_match (st->bylines, s, n, md, &re) ? group (re, md, s, "name") : NULL;
      if (name && !is_name_like (name))
        g_clear_pointer (&name, g_free);
      if (name)
        {
          if (name && !byline)
            {
              byline = g_strdup (name);
              if (agency_name (st, name))
                agency = g_strdup (agency_name (st, name));
            }
          b->section = "byline";
        }
      else if (time_line && n < 120)
        b->section = "byline";
      else if (i == 0 && is_heading_like (s, n) && !first_match (st->datelines, s, n, md, NULL))
        b->section = "title";
      else if (i > 0 && blocks[i - 1].section
               && strcmp (blocks[i - 1].section, "title") == 0
               && is_heading_like (s, n) && n < 160 && !first_match (st->datelines, s, n, md, NULL))
        b->section = "title"; /* a subtitle */
      else
        break;
      body_from = i + 1;
    }
  if (body_from > 0 && body_from == n_blocks)
    {
      /* A text of headings only: the first is its title, the rest body. */
      for (guint i = 1; i < n_blocks; i++)
        if (strcmp (blocks[i].section, "title") == 0)
          blocks[i].section = NULL;
      body_from = 1;
    }

  /* The dateline that opens the body. */
  if (body_from < n_blocks)
    {
      const Block *b = &blocks[body_from];
      pcre2_code *re;
      if (first_match (st->datelines, text + b->start, b->end - b->start, md, &re))
        {
          const char *s = text + b->start;
          g_autofree char *place = group (re, md, s, "place");
          g_autofree char *country = group (re, md, s, "country");
          g_autofree char *date = group (re, md, s, "date");
          g_autofree char *dateline_agency = group (re, md, s, "agency");
          g_autofree char *when = date ? structure_parse_when (st, date, strlen (date)) : NULL;
          const char *known = assay_document_get_meta (doc, "published");
          if (when && g_str_has_prefix (when, "XXXX"))
            {
              char *dated = with_year_near (when, known ? known : published ? published : updated);
              if (dated)
                g_free (when), when = dated;
            }
          if (dateline_agency && !agency)
            agency = g_strdup (agency_name (st, dateline_agency) ? agency_name (st, dateline_agency)
                                                                 : dateline_agency);
          ok = offer_meta (doc, "dateline-place", place, error)
               && offer_meta (doc, "dateline-country", country, error)
               && offer_meta (doc, "dateline-date", when, error);
        }
    }

  /* Reference lists: a heading and the citations after it, or a run of
   * numbered lines of which one at least has a citation's shape. */
  for (guint i = body_from; i < n_blocks && ok; i++)
    {
      Block *b = &blocks[i];
      const char *s = text + b->start;
      gsize n = b->end - b->start;
      gboolean heading = first_match (st->references, s, n, md, NULL);
      if (!heading && !is_citation_start (s, n))
        continue;
      guint last = i;
      gboolean cited = heading;
      for (guint j = heading ? i + 1 : i; j < n_blocks; j++)
        {
          const Block *c = &blocks[j];
          const char *cs = text + c->start;
          gsize cn = c->end - c->start;
          gboolean numbered = is_citation_start (cs, cn);
          if (!(numbered || (heading && looks_like_citation (cs, cn))))
            break;
          cited = cited || looks_like_citation (cs, cn);
          last = j;
        }
      if (!cited)
        continue;
      for (guint j = i; j <= last; j++)
        blocks[j].section = "references";
      i = last;
    }
  pcre2_match_data_free (md);

  ok = ok && offer_meta (doc, "byline", byline, error) && offer_meta (doc, "agency", agency, error)
       && offer_meta (doc, "updated", updated, error)
       && offer_meta (doc, "published", published ? published : updated, error);
  if (ok && blocks[0].section
      && strcmp (blocks[0].section, "title") == 0)
    {
      const Block *b = &blocks[0];
      g_autofree char *title = g_strndup (text + b->start, b->end - b->start);
      ok = offer_meta (doc, "title", title, error);
    }

  /* Sections: runs of blocks of one kind; everything else is body. */
  for (guint i = 0; i < n_blocks && ok;)
    {
      const char *kind = blocks[i].section;
      if (kind == NULL)
        kind = "body";
      guint j = i + 1;
      while (j < n_blocks)
        {
          const char *next = blocks[j].section;
          if (strcmp (next ? next : "body", kind) != 0)
            break;
          j++;
        }
      ok = assay_document_add_annotation (doc, "section", blocks[i].start,
                                          blocks[j - 1].end, kind, error)
           != NULL;
      i = j;
    }
  return ok;
}
