/* boilerplate.c: finding the lines of a scraped page that are page
 * furniture rather than article: navigation, share and subscribe buttons,
 * advertisements, app prompts, cookie notices, agency disclaimers, photo
 * credits, related-story blocks.
 *
 * What a site writes lives in data/boilerplate.tsv (patterns, headings,
 * section labels).  What holds for any site is here:
 *   - a cluster of two or more menu-like lines (one or two words, no
 *     digits, no punctuation) with nothing between them;
 *   - section labels glued to headlines ("EntertainmentMiss World ..."), two
 *     or more together (one alone may be a name: "WorldCom");
 *   - a teaser: a line cut off with an ellipsis that a later line spells out;
 *   - a line repeated word for word;
 *   - a heading after which only other stories follow ("Related Stories",
 *     misspelt or not).
 * A list of unpunctuated lines at the end is not enough on its own: news
 * bodies end with fixture lists and award winners too.
 * The article body is protected: a cut at a heading happens only when most
 * of the text comes before it, and no rule removes a line that reads as a
 * sentence of the body unless a data pattern names it exactly.
 */
#include "cleanup-private.h"

#include <stdlib.h>
#include <string.h>

typedef enum
{
  RULE_LINE,
  RULE_REST,
} RuleKind;

typedef struct
{
  RuleKind kind;
  char *reason;
  pcre2_code *re;
  int gate; /* its gate in Boilerplate.prefilter, or -1: tried on every line */
} Rule;

struct _Boilerplate
{
  GArray *rules;        /* Rule */
  /* The rules' patterns as one, each a branch in their order ending in
   * (*MARK:index): one call into PCRE2 a line instead of one a rule,
   * whose cost was about half of the patterns' (see all_rules()).  NULL
   * when a pattern cannot be joined; the rules are then tried one by
   * one. */
  pcre2_code *all;
  /* Gates for the rules PCRE2 can start nowhere in particular (a cookie
   * notice anywhere in a line, `.{0,200}...`): such a rule is tried only
   * on a line that holds a piece of the strings its matches hold.  In
   * the joined pattern a callout opens its branch (see gate_callout()). */
  Prefilter *prefilter;
  GPtrArray *headings;  /* char*: normalised heading phrases */
  GPtrArray *labels;    /* char*: section labels, longest first */
};

/* The longest line a data pattern is tried on (a long cookie notice or
 * disclaimer); the patterns' own bounds stay below it. */
#define MAX_FURNITURE 600

/* A line with a glued label, until its neighbours say whether it is a
 * teaser. */
static const char GLUED[] = "glued";
static const char RELATED_TEASER[] = "related-teaser";

typedef struct
{
  gsize start; /* the line, without its newline */
  gsize end;
  const char *reason; /* NULL: kept */
} Line;

static void
rule_clear (gpointer data)
{
  Rule *r = data;
  g_free (r->reason);
  pcre2_code_free (r->re);
}

static int
longest_first (gconstpointer a, gconstpointer b)
{
  return (int) strlen (*(const char *const *) b) - (int) strlen (*(const char *const *) a);
}

/* Lowercase letters and single spaces: how headings are compared. */
static char *
heading_key (const char *text, gsize length)
{
  GString *key = g_string_new (NULL);
  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_unichar_tolower (g_utf8_get_char (p));
      if (g_unichar_isalpha (c))
        g_string_append_unichar (key, c);
      else if (key->len && key->str[key->len - 1] != ' ')
        g_string_append_c (key, ' ');
    }
  while (key->len && key->str[key->len - 1] == ' ')
    g_string_truncate (key, key->len - 1);
  return g_string_free (key, FALSE);
}

/* Whether @pattern keeps its meaning as a branch of a larger one: it
 * refers to no group by number (a backreference, a subroutine call, a
 * condition "(?(1)": the numbers shift) and holds no verb such as (*MARK)
 * or callout of its own.  Every condition is refused, named ones too: rare in
 * boilerplate rules, and one rule alone keeps its meaning. */
static gboolean
joinable (const char *pattern)
{
  for (const char *p = pattern; *p; p++)
    {
      if (p[0] == '\\' && p[1] != '\0')
        {
          if (g_ascii_isdigit (p[1]) || strchr ("gkK", p[1]))
            return FALSE;
          p++; /* an escaped character: "\\(" is no group */
          continue;
        }
      if (p[0] == '(' && (p[1] == '*' || (p[1] == '?' && p[2] != '\0'
                                          && (g_ascii_isdigit (p[2]) || strchr ("+-&RP(C", p[2])))))
        return FALSE;
    }
  return TRUE;
}

/* The rules' @patterns, in order, as one pattern of branches: branch i
 * matches a line exactly when rule i alone does, and the branches are
 * tried in order, so the first that matches is the rule the one-by-one
 * loop would find; its (*MARK) names it.  A gated rule's branch opens
 * with a callout numbered by its gate, which fails the branch on a line
 * where the gate is closed.  NULL when one cannot be
 * joined (see joinable()) or the whole does not compile (a group name
 * used by two rules). */
static pcre2_code *
all_rules (GPtrArray *patterns, const GArray *rules)
{
  if (patterns->len == 0)
    return NULL;
  g_autoptr (GString) all = g_string_new ("^(?:");
  for (guint i = 0; i < patterns->len; i++)
    {
      if (!joinable (patterns->pdata[i]))
        return NULL;
      int gate = g_array_index (rules, Rule, i).gate;
      if (i)
        g_string_append_c (all, '|');
      if (gate >= 0)
        g_string_append_printf (all, "(?C%d)", gate);
      g_string_append_printf (all, "[ ]*(?:%s)[ ]*$(*MARK:%u)", (const char *) patterns->pdata[i], i);
    }
  g_string_append_c (all, ')');
  return cleanup_compile (all->str, PCRE2_CASELESS, "boilerplate patterns joined", NULL);
}

/* A gated rule's branch of the joined pattern goes on only when its gate
 * (the callout's number) is open: @data is the line's open gates. */
static int
gate_callout (pcre2_callout_block *block, void *data)
{
  return (*(const guint32 *) data >> block->callout_number) & 1 ? 0 : 1;
}

/* Whether a rule PCRE2 can start a match of nearly anywhere: it has no
 * first code unit, and no set of first bytes or one of more than half
 * the bytes (the navigation trail's "[^\\s>»›|.!?:]+"), so an anchored try
 * walks into the line.  The others fail at their first byte. */
static gboolean
starts_anywhere (const pcre2_code *re)
{
  uint32_t first_type = 0;
  const uint8_t *bitmap = NULL;
  if (pcre2_pattern_info (re, PCRE2_INFO_FIRSTCODETYPE, &first_type) != 0 || first_type != 0
      || pcre2_pattern_info (re, PCRE2_INFO_FIRSTBITMAP, &bitmap) != 0)
    return FALSE;
  guint bytes = 0;
  for (guint i = 0; bitmap && i < 32; i++)
    bytes += (guint) __builtin_popcount (bitmap[i]);
  return bitmap == NULL || bytes > 128;
}

/* The first rule in order that matches the line [s, s + n), or -1; @md
 * the match data to use, @mc a match context whose callout data is
 * @open, set here to the line's open gates. */
static int
first_rule (const Boilerplate *b, const char *s, gsize n, pcre2_match_data *md,
            pcre2_match_context *mc, guint32 *open)
{
  *open = prefilter_scan (b->prefilter, s, n);
  /* A document's text is valid UTF-8 and a line ends at a '\n', so PCRE2
   * need not check each line again for every rule (that check was most
   * of this loop's time). */
  if (b->all)
    {
      int rc = pcre2_match (b->all, (PCRE2_SPTR) s, n, 0, PCRE2_NO_UTF_CHECK, md, mc);
      if (rc == PCRE2_ERROR_NOMATCH)
        return -1;
      if (rc >= 0)
        {
          PCRE2_SPTR mark = pcre2_get_mark (md);
          if (mark)
            return atoi ((const char *) mark);
        }
      /* a resource limit met by the whole: the rules one by one */
    }
  for (guint r = 0; r < b->rules->len; r++)
    {
      const Rule *rule = &g_array_index (b->rules, Rule, r);
      if (rule->gate >= 0 && !((*open >> rule->gate) & 1))
        continue;
      if (pcre2_match (rule->re, (PCRE2_SPTR) s, n, 0, PCRE2_NO_UTF_CHECK, md, NULL) >= 0)
        return r;
    }
  return -1;
}

Boilerplate *
boilerplate_new (const char *data_file, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (data_file, error);
  if (table == NULL)
    return NULL;
  Boilerplate *b = g_new0 (Boilerplate, 1);
  b->rules = g_array_new (FALSE, TRUE, sizeof (Rule));
  g_array_set_clear_func (b->rules, rule_clear);
  b->headings = g_ptr_array_new_with_free_func (g_free);
  b->labels = g_ptr_array_new_with_free_func (g_free);
  b->prefilter = prefilter_new ();
  g_autoptr (GPtrArray) patterns = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      char **fields = row->fields;
      g_autofree char *where = assay_data_row_where (table, row);
      if (!assay_data_row_check (table, row, 3, 3, "KIND<TAB>REASON<TAB>TEXT", error))
        {
          boilerplate_free (b);
          return NULL;
        }
      const char *kind = fields[0];
      if (strcmp (kind, "line") == 0 || strcmp (kind, "rest") == 0)
        {
          /* Whole line, either case, spaces around it allowed.  The pattern
           * is compiled alone first, so an error's position is the user's. */
          pcre2_code *alone = cleanup_compile (fields[2], PCRE2_CASELESS, where, error);
          if (alone == NULL)
            {
              boilerplate_free (b);
              return NULL;
            }
          int gate = starts_anywhere (alone) ? prefilter_add (b->prefilter, fields[2]) : -1;
          pcre2_code_free (alone);
          g_autofree char *anchored = g_strdup_printf ("^[ ]*(?:%s)[ ]*$", fields[2]);
          pcre2_code *re = cleanup_compile (anchored, PCRE2_CASELESS, where, error);
          if (re == NULL)
            {
              boilerplate_free (b);
              return NULL;
            }
          Rule rule = { kind[0] == 'l' ? RULE_LINE : RULE_REST, g_strdup (fields[1]), re, gate };
          g_array_append_val (b->rules, rule);
          g_ptr_array_add (patterns, g_strdup (fields[2]));
        }
      else if (strcmp (kind, "heading") == 0)
        g_ptr_array_add (b->headings, heading_key (fields[2], strlen (fields[2])));
      else if (strcmp (kind, "label") == 0)
        g_ptr_array_add (b->labels, g_strdup (fields[2]));
      else
        {
          assay_data_row_set_error (error, table, row, "unknown kind '%s'; write line, rest, heading or label",
                                    kind);
          boilerplate_free (b);
          return NULL;
        }
    }
  g_ptr_array_sort (b->labels, longest_first);
  b->all = all_rules (patterns, b->rules);
  return b;
}

void
boilerplate_free (Boilerplate *b)
{
  if (b == NULL)
    return;
  pcre2_code_free (b->all);
  prefilter_free (b->prefilter);
  g_array_unref (b->rules);
  g_ptr_array_unref (b->headings);
  g_ptr_array_unref (b->labels);
  g_free (b);
}

/* ---- signals ----------------------------------------------------------- */

static guint
edit_distance (const char *a, const char *b)
{
  gsize n = strlen (a), m = strlen (b);
  g_autofree guint *row = g_new (guint, m + 1);
  for (gsize j = 0; j <= m; j++)
    row[j] = j;
  for (gsize i = 1; i <= n; i++)
    {
      guint diagonal = row[0];
      row[0] = i;
      for (gsize j = 1; j <= m; j++)
        {
          guint up = row[j];
          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] != b[j - 1]));
          diagonal = up;
        }
    }
  return row[m];
}

static gboolean
is_related_heading (const Boilerplate *b, const char *line, gsize length)
{
  if (length > 60)
    return FALSE;
  g_autofree char *key = heading_key (line, length);
  gsize n = strlen (key);
  for (guint i = 0; i < b->headings->len; i++)
    {
      const char *h = b->headings->pdata[i];
      gsize m = strlen (h);
      guint most = MAX (1u, (guint) m / 7);
      /* The distance is at least the difference in length: most short
       * lines are far longer or shorter than any heading, and need no
       * table (edit_distance() was 2.6% of the stage in perf;
       * bench/cleanup-bench.py). */
      if ((n > m ? n - m : m - n) > most)
        continue;
      if (edit_distance (key, h) <= most)
        return TRUE;
    }
  return FALSE;
}

static guint
count_words (const char *s, gsize length)
{
  guint words = 0;
  gboolean in_word = FALSE;
  for (gsize i = 0; i < length; i++)
    {
      gboolean space = s[i] == ' ';
      if (!space && !in_word)
        words++;
      in_word = !space;
    }
  return words;
}

/* One or two words, no digits, no punctuation: a menu item. */
static gboolean
is_menu_like (const char *s, gsize length)
{
  if (length == 0 || length > 24 || count_words (s, length) > 2)
    return FALSE;
  for (const char *p = s; p < s + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!(g_unichar_isalpha (c) || c == ' ' || c == '-' || c == '&'))
        return FALSE;
    }
  return TRUE;
}

/* A label glued to a capitalised headline of three words or more. */
static gboolean
has_glued_label (const Boilerplate *b, const char *s, gsize length)
{
  for (guint i = 0; i < b->labels->len; i++)
    {
      const char *label = b->labels->pdata[i];
      /* most lines begin with no label's first byte: no strlen() and
       * strncmp() a label for them (408k calls, 16M on the BBC archive) */
      if (length == 0 || s[0] != label[0])
        continue;
      gsize n = strlen (label);
      if (length > n + 8 && strncmp (s, label, n) == 0 && g_unichar_isupper (g_utf8_get_char (s + n))
          && count_words (s + n, length - n) >= 3)
        return TRUE;
    }
  return FALSE;
}

/* The text of a line cut off with "..." or "…", without the ellipsis. */
static gboolean
teaser_stem (const char *s, gsize length, gsize *stem)
{
  while (length > 0 && s[length - 1] == ' ')
    length--;
  if (length >= 3 && memcmp (s + length - 3, "...", 3) == 0)
    length -= 3;
  else if (length >= 3 && memcmp (s + length - 3, "\xe2\x80\xa6", 3) == 0)
    length -= 3;
  else
    return FALSE;
  while (length > 0 && s[length - 1] == ' ')
    length--;
  *stem = length;
  return length >= 30;
}

/* The lines of 30 bytes or more seen so far in a document, to find the
 * repeated ones: an open-addressing table over the text itself.  A
 * GHashTable of copies (g_strndup(), g_str_hash() a byte at a time, a
 * free each) was about 2% of the stage alone's samples in perf
 * (bench/cleanup-bench.py's run), this table 0.6%: it copies nothing
 * and hashes eight bytes at a time.  A line counts up to its first NUL,
 * as the copies did. */
typedef struct
{
  const char *line; /* NULL: an empty slot */
  gsize length;
  guint64 hash;
} SeenSlot;

typedef struct
{
  SeenSlot *slots;
  gsize mask;
} SeenLines;

static guint64
line_hash (const char *s, gsize n)
{
  const guint64 k = G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  guint64 h = n * k;
  gsize i = 0;
  for (; i + 8 <= n; i += 8)
    {
      guint64 w;
      memcpy (&w, s + i, 8);
      h = (h ^ w) * k;
      h ^= h >> 29;
    }
  guint64 tail = 0;
  memcpy (&tail, s + i, n - i);
  h = (h ^ tail) * k;
  return h ^ (h >> 32);
}

/* Adds [@s, @s + @n) to @seen; returns whether it was there already. */
static gboolean
seen_before (SeenLines *seen, const char *s, gsize n)
{
  const char *nul = memchr (s, '\0', n);
  if (nul)
    n = nul - s;
  guint64 h = line_hash (s, n);
  for (gsize i = h & seen->mask;; i = (i + 1) & seen->mask)
    {
      SeenSlot *slot = &seen->slots[i];
      if (slot->line == NULL)
        {
          *slot = (SeenSlot){ s, n, h };
          return FALSE;
        }
      if (slot->hash == h && slot->length == n && memcmp (slot->line, s, n) == 0)
        return TRUE;
    }
}

GArray *
boilerplate_find (const Boilerplate *b, const char *text, gsize length)
{
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));
  for (gsize start = 0; start <= length;)
    {
      const char *nl = memchr (text + start, '\n', length - start);
      gsize end = nl ? (gsize) (nl - text) : length;
      Line line = { start, end, NULL };
      g_array_append_val (lines, line);
      if (nl == NULL)
        break;
      start = end + 1;
    }

  pcre2_match_data *md = pcre2_match_data_create (4, NULL);
  guint32 open = 0;
  pcre2_match_context *mc = pcre2_match_context_create (NULL);
  pcre2_set_callout (mc, gate_callout, &open);
  /* at most one slot in two taken: a line adds one at most */
  gsize slots = 16;
  while (slots < 2 * (gsize) lines->len)
    slots *= 2;
  g_autofree SeenSlot *seen_slots = g_new0 (SeenSlot, slots);
  SeenLines seen = { seen_slots, slots - 1 };
  guint cut = lines->len; /* first line of a related block cut to the end */

  for (guint i = 0; i < lines->len && i < cut; i++)
    {
      Line *l = &g_array_index (lines, Line, i);
      const char *s = text + l->start;
      gsize n = l->end - l->start;
      if (n == 0)
        continue;

      /* Page furniture is short; a long paragraph is never matched. */
      int matched = n <= MAX_FURNITURE ? first_rule (b, s, n, md, mc, &open) : -1;
      if (matched >= 0)
        {
          const Rule *rule = &g_array_index (b->rules, Rule, matched);
          if (rule->kind == RULE_REST && l->start * 10 < length * 4)
            l->reason = rule->reason; /* too early to cut: only the heading */
          else if (rule->kind == RULE_REST)
            cut = i, l->reason = rule->reason;
          else
            l->reason = rule->reason;
        }
      if (l->reason == NULL && is_related_heading (b, s, n))
        {
          l->reason = "related";
          if (l->start * 10 >= length * 4)
            cut = i;
        }
      if (l->reason == NULL && has_glued_label (b, s, n))
        l->reason = GLUED;

      gsize stem;
      if (l->reason == NULL && teaser_stem (s, n, &stem))
        for (guint j = i + 1; j < lines->len && l->reason == NULL; j++)
          {
            const Line *later = &g_array_index (lines, Line, j);
            if (later->end - later->start > stem && memcmp (text + later->start, s, stem) == 0)
              l->reason = "teaser";
          }

      if (l->reason == NULL && n >= 30)
        {
          /* One look-up, not two: every line of 30 bytes or more,
           * paragraphs too, is hashed whole (perf: 4% of the stage). */
          if (seen_before (&seen, s, n))
            l->reason = "repeated";
        }
    }
  /* A glued label alone may be a company's name ("WorldCom",
   * "HealthSouth"); teaser blocks come two or more together. */
  for (guint i = 0; i < lines->len; i++)
    {
      Line *l = &g_array_index (lines, Line, i);
      if (l->reason != GLUED)
        continue;
      gboolean company = FALSE;
      for (gint d = -1; d <= 1 && !company; d += 2)
        for (gint k = (gint) i + d; k >= 0 && k < (gint) lines->len; k += d)
          {
            const Line *o = &g_array_index (lines, Line, k);
            if (o->end == o->start)
              continue;
            company = o->reason == GLUED || o->reason == RELATED_TEASER;
            break;
          }
      l->reason = company || i >= cut ? RELATED_TEASER : NULL;
    }
  for (guint i = 0; i < lines->len; i++)
    if (g_array_index (lines, Line, i).reason == GLUED)
      g_array_index (lines, Line, i).reason = NULL;

  for (guint i = cut; i < lines->len; i++)
    {
      Line *l = &g_array_index (lines, Line, i);
      if (l->reason == NULL && l->end > l->start)
        l->reason = "related";
    }

  /* Clusters of menu-like lines with nothing between them. */
  for (guint i = 0; i < lines->len;)
    {
      guint j = i;
      while (j < lines->len)
        {
          const Line *l = &g_array_index (lines, Line, j);
          if (!is_menu_like (text + l->start, l->end - l->start))
            break;
          j++;
        }
      if (j - i >= 2)
        for (guint k = i; k < j; k++)
          if (g_array_index (lines, Line, k).reason == NULL)
            g_array_index (lines, Line, k).reason = "navigation";
      i = MAX (j, i + 1);
    }

  pcre2_match_data_free (md);
  pcre2_match_context_free (mc);

  GArray *removals = g_array_new (FALSE, FALSE, sizeof (BoilerplateRemoval));
  for (guint i = 0; i < lines->len; i++)
    {
      const Line *l = &g_array_index (lines, Line, i);
      if (l->reason)
        {
          BoilerplateRemoval r = { l->start, l->end, l->reason };
          g_array_append_val (removals, r);
        }
    }
  g_array_unref (lines);
  return removals;
}
