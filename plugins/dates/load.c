/* load.c: the dates stage's data files read into its tables: the
 * lexicon's words and cues, the time zones, and the patterns, each
 * compiled with its lexicon slots filled and its scan hints recorded. */
#include "dates-private.h"
#include "pattern-syntax.h"

#include <stdio.h>
#include <string.h>

static const char *const group_names[N_GROUPS] = {
  "year", "month", "day", "weekday", "shift", "mod", "unit", "number", "word", "season", "part", "hour", "minute", "ampm", "tz",
  "half", "offset", "after",
};

Bank *
bank_new (guint first)
{
  Bank *b = g_new0 (Bank, 1);
  b->first = first;
  b->word_patterns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b->anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  b->pairs = g_malloc0 (128 * 128 * sizeof *b->pairs);
  return b;
}

void
bank_free (Bank *b)
{
  if (b == NULL)
    return;
  g_hash_table_unref (b->word_patterns);
  g_hash_table_unref (b->anchors);
  g_free (b->anchor_table);
  g_free (b->anchor_marks);
  g_free (b->pairs);
  g_free (b->triples.slots);
  g_free (b->found.items);
  g_free (b);
}

/* @options: PCRE2's, besides PCRE2_UTF; @jit: PCRE2_JIT_* for
 * pcre2_jit_compile(), or 0 for a pattern only read, never run. */
static pcre2_code *
compile (const char *pattern, guint32 options, guint32 jit, const char *where, GError **error)
{
  int code;
  PCRE2_SIZE offset;
  pcre2_code *re = pcre2_compile ((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED, PCRE2_UTF | options,
                                  &code, &offset, NULL);
  if (re == NULL)
    {
      PCRE2_UCHAR message[256];
      pcre2_get_error_message (code, message, sizeof message);
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                   "%s: pattern error at character %zu: %s", where, (size_t) offset, message);
      return NULL;
    }
  if (jit)
    pcre2_jit_compile (re, jit);
  return re;
}

/* JIT-compiles pattern @p: called once it has been tried HOT_TRIES
 * times.  Until then the interpreter runs it: JIT-compiling all 63
 * patterns at start-up cost 22M instructions of the 80M a process spent
 * before its first document (callgrind, an empty input), and the
 * patterns tried rarely never paid it back.  Where the compile fails (no
 * memory, no JIT on this machine), the interpreter goes on. */
void
pattern_make_hot (Pattern *p)
{
  p->jit = pcre2_jit_compile (p->re, PCRE2_JIT_COMPLETE) == 0;
  /* not tried again where it failed: HOT_TRIES is passed once */
}

/* The character at @p, lowercase when @caseless. */
static gunichar
trie_char (const char *p, gboolean caseless)
{
  gunichar c = g_utf8_get_char (p);
  return caseless ? g_unichar_tolower (c) : c;
}

/* Appends to @out the words @words[0..@n), which share their first
 * @depth bytes and are sorted, as a regex that matches what the words
 * match from there: a trie, "t(?:en|h(?:irty|ree)|wo)", so that PCRE2
 * tests each letter once on its way to a word and turns away a word
 * that starts no alternative at its first letter, where a flat
 * "ten|thirty|three|two" tested every alternative.  A word that ends
 * where longer ones go on is tried after them, as longest first did
 * ("Sept" before "Sep"). */
static void
append_trie (GString *out, char **words, guint n, gsize depth, gboolean caseless)
{
  gboolean ends = FALSE;
  guint n_branches = 0;
  GString *branches = g_string_new (NULL);
  for (guint i = 0; i < n;)
    {
      if (words[i][depth] == '\0')
        {
          ends = TRUE, i++;
          continue;
        }
      /* the words that go on with the same character */
      gunichar c = trie_char (words[i] + depth, caseless);
      guint j = i + 1;
      while (j < n && words[j][depth] && trie_char (words[j] + depth, caseless) == c)
        j++;
      /* their longest common prefix from here, whole characters */
      gsize common = g_utf8_next_char (words[i] + depth) - words[i];
      for (;;)
        {
          const char *a = words[i] + common;
          gboolean all = *a != '\0';
          for (guint k = i + 1; k < j && all; k++)
            all = words[k][common] && trie_char (words[k] + common, caseless) == trie_char (a, caseless);
          if (!all)
            break;
          common = g_utf8_next_char (a) - words[i];
        }
      g_autofree char *segment = g_regex_escape_string (words[i] + depth, common - depth);
      g_string_append_printf (branches, "%s%s", n_branches++ ? "|" : "", segment);
      append_trie (branches, words + i, j - i, common, caseless);
      i = j;
    }
  if (n_branches == 1 && !ends)
    g_string_append (out, branches->str);
  else if (n_branches > 0)
    g_string_append_printf (out, "(?:%s)%s", branches->str, ends ? "?" : "");
  g_string_free (branches, TRUE);
}

static int
compare_words (gconstpointer a, gconstpointer b, gpointer caseless)
{
  const char *x = *(const char *const *) a, *y = *(const char *const *) b;
  if (!GPOINTER_TO_INT (caseless))
    return strcmp (x, y);
  /* grouped by lowercase characters, as append_trie() reads them */
  while (*x && *y && trie_char (x, TRUE) == trie_char (y, TRUE))
    x = g_utf8_next_char (x), y = g_utf8_next_char (y);
  if (!*x || !*y)
    return (*x != '\0') - (*y != '\0');
  return trie_char (x, TRUE) < trie_char (y, TRUE) ? -1 : 1;
}

/* The words of @table as one group matching any of them (transfer
 * full), for a pattern's slot; @caseless: the slot matches in any
 * case. */
static char *
alternation (GHashTable *table, gboolean caseless)
{
  guint n_words;
  g_autofree char **words = (char **) g_hash_table_get_keys_as_array (table, &n_words);
  g_qsort_with_data (words, n_words, sizeof *words, compare_words, GINT_TO_POINTER (caseless));
  GString *alt = g_string_new ("(?:");
  append_trie (alt, words, n_words, 0, caseless);
  g_string_append_c (alt, ')');
  return g_string_free (alt, FALSE);
}

/* The bytes a match of @re can start with, as PCRE2 says (its bitmap,
 * or its one first code unit in both cases, as PCRE2 does not say
 * whether that one is caseless), into @first; all where it cannot
 * tell. */
static void
first_bytes (const pcre2_code *re, guint8 first[32])
{
  const guint8 *bitmap = NULL;
  guint32 type = 0, unit = 0;
  pcre2_pattern_info (re, PCRE2_INFO_FIRSTBITMAP, &bitmap);
  pcre2_pattern_info (re, PCRE2_INFO_FIRSTCODETYPE, &type);
  memset (first, 0, 32);
  if (bitmap)
    memcpy (first, bitmap, 32);
  else if (type == 1 && pcre2_pattern_info (re, PCRE2_INFO_FIRSTCODEUNIT, &unit) == 0)
    {
      guchar lower = ascii_to_lower (unit), upper = g_ascii_toupper (unit);
      first[lower / 8] |= 1 << (lower % 8);
      first[upper / 8] |= 1 << (upper % 8);
    }
  else
    memset (first, 0xff, 32);
}

static char *probe_source (const char *pattern);

/* Whether @value is a ref's span of no count: "PX" and a unit's code
 * in capitals ("PXX": no unit either, "for a while"). */
static gboolean
ref_span_value (const char *value)
{
  if (!g_str_has_prefix (value, "PX") || value[2] == '\0')
    return FALSE;
  for (const char *c = value + 2; *c; c++)
    if (!g_ascii_isupper (*c))
      return FALSE;
  return TRUE;
}

/* Compiles the cues of each kind (@kinds[CUE_FUTURE] and on, each
 * empty or an alternation) of the lexicon at @path into @set, each kind
 * an anchored pattern of its own, with the bytes its cues can start
 * with; @probed: the set's cues are the far ones, tried where a probe
 * of their first three bytes lets them (speaks_of_future()), and get
 * what those probes run. */
static gboolean
compile_cues (GString *const kinds[N_CUE_KINDS], gboolean probed, const char *path, CueSet *set, GError **error)
{
  static const char *const kind_names[N_CUE_KINDS] = { "future", "fixture", "past" };
  memset (set->kinds, 0, sizeof set->kinds);
  for (guint k = 0; k < N_CUE_KINDS; k++)
    {
      set->re[k] = set->opens[k] = NULL;
      if (kinds[k]->len == 0)
        continue;
      g_autofree char *where = g_strdup_printf ("%s, the %s cues %s TOKENS together", path, kind_names[k],
                                                probed ? "without" : "with");
      /* a probe runs the pattern itself, JIT-compiled for partial
       * matches too, unless it looks behind (see CueSet.opens) */
      g_autofree char *opens_source = probed ? probe_source (kinds[k]->str) : NULL;
      gboolean own = opens_source && strcmp (opens_source, kinds[k]->str) == 0;
      set->re[k] = compile (kinds[k]->str, PCRE2_ANCHORED, PCRE2_JIT_COMPLETE | (own ? PCRE2_JIT_PARTIAL_HARD : 0), where,
                            error);
      if (set->re[k] == NULL)
        return FALSE;
      set->any = TRUE;
      size_t jit_size = 0;
      set->jit[k] = pcre2_pattern_info (set->re[k], PCRE2_INFO_JITSIZE, &jit_size) == 0 && jit_size > 0;
      if (probed && !own)
        {
          set->opens[k] = opens_source ? compile (opens_source, PCRE2_ANCHORED, PCRE2_JIT_PARTIAL_HARD, where, NULL) : NULL;
          if (set->opens[k] == NULL)
            set->unfiltered |= 1 << k;
          else
            set->opens_jit[k] = pcre2_pattern_info (set->opens[k], PCRE2_INFO_JITSIZE, &jit_size) == 0 && jit_size > 0;
        }
      /* the first bytes are PCRE2's: 10.42 gives a pattern compiled
       * anchored the same bitmap as one compiled unanchored (the five
       * shipped cue kinds checked), so no second compile for it */
      guint8 first[32];
      first_bytes (set->re[k], first);
      for (guint b = 0; b < 256; b++)
        set->kinds[b] |= (first[b / 8] >> (b % 8) & 1) << k;
    }
  return TRUE;
}

gboolean
load_lexicon (Dates *d, const char *path, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  g_autoptr (GString) far_future = g_string_new (NULL);
  g_autoptr (GString) far_fixture = g_string_new (NULL);
  g_autoptr (GString) far_past = g_string_new (NULL);
  g_autoptr (GString) near_future = g_string_new (NULL);
  g_autoptr (GString) near_fixture = g_string_new (NULL);
  g_autoptr (GString) near_past = g_string_new (NULL);
  g_autoptr (GString) planned = g_string_new (NULL);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      char **f = row->fields;
      if (!assay_data_row_check (table, row, 2, 3, "KIND<TAB>WORD<TAB>VALUE, or future, fixture or past<TAB>PATTERN[<TAB>TOKENS], or planned<TAB>PATTERN",
                                 error))
        return FALSE;
      if (strcmp (f[0], "future") == 0 || strcmp (f[0], "past") == 0 || strcmp (f[0], "fixture") == 0)
        {
          /* Compiled alone first, so an error names its line. */
          g_autofree char *where = assay_data_row_where (table, row);
          guint64 reach = 0;
          if (f[2] && !g_ascii_string_to_unsigned (f[2], 10, 1, MAX_CUE_TOKENS, &reach, NULL))
            {
              g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                           "%s: TOKENS is '%s', not a number of tokens from 1 to %d", where, f[2], MAX_CUE_TOKENS);
              return FALSE;
            }
          pcre2_code *re = compile (f[1], 0, 0, where, error);
          if (re == NULL)
            return FALSE;
          pcre2_code_free (re);
          gboolean is_future = strcmp (f[0], "future") == 0, is_fixture = strcmp (f[0], "fixture") == 0;
          GString *cues = reach == 0 ? (is_future ? far_future : is_fixture ? far_fixture : far_past)
                                     : (is_future ? near_future : is_fixture ? near_fixture : near_past);
          g_string_append_printf (cues, "%s(?:%s)", cues->len ? "|" : "", f[1]);
          d->cue_reach = MAX (d->cue_reach, reach);
          guint kind = is_future ? CUE_FUTURE : is_fixture ? CUE_FIXTURE : CUE_PAST;
          if (reach > 0)
            {
              if (d->near_cues.needs == NULL)
                d->near_cues.needs = g_new0 (CueNeeds, 1);
              cue_needs_add_row (d->near_cues.needs, kind, f[1]);
            }
          for (guint n = 0; n < reach; n++)
            d->near_cues.within[n] |= 1u << kind;
          continue;
        }
      /* a clause of what is planned, read only after a date that opens it
       * (tense_scheduled_after()): several join as alternatives */
      if (strcmp (f[0], "planned") == 0 && row->n_fields == 2)
        {
          g_autofree char *where = assay_data_row_where (table, row);
          pcre2_code *re = compile (f[1], PCRE2_ANCHORED, 0, where, error);
          if (re == NULL)
            return FALSE;
          pcre2_code_free (re);
          g_string_append_printf (planned, "%s(?:%s)", planned->len ? "|" : "", f[1]);
          continue;
        }
      if (row->n_fields != 3)
        goto bad;
      GHashTable *into = strcmp (f[0], "month") == 0     ? d->months
                         : strcmp (f[0], "weekday") == 0 ? d->weekdays
                         : strcmp (f[0], "number") == 0  ? d->numbers
                         : strcmp (f[0], "scale") == 0   ? d->scales
                         : strcmp (f[0], "ordinal") == 0 ? d->ordinals
                         : strcmp (f[0], "unit") == 0    ? d->units
                         : strcmp (f[0], "season") == 0  ? d->seasons
                         : strcmp (f[0], "part") == 0    ? d->parts
                         : strcmp (f[0], "holiday") == 0 ? d->holidays
                         : strcmp (f[0], "ref") == 0     ? d->refs
                         : strcmp (f[0], "shift") == 0   ? d->shifts
                         : strcmp (f[0], "frequency") == 0 ? d->frequencies
                         : strcmp (f[0], "business") == 0 ? d->business
                                                         : NULL;
      if (into == NULL)
        goto bad;
      if (into == d->refs && strcmp (f[2], "PAST_REF") && strcmp (f[2], "PRESENT_REF") && strcmp (f[2], "FUTURE_REF")
          && !ref_span_value (f[2]))
        {
          assay_data_row_set_error (error, table, row,
                       "a ref's value is PAST_REF, PRESENT_REF, FUTURE_REF or PX and a unit (PXX: none), not '%s'", f[2]);
          return FALSE;
        }
      if (into == d->shifts && strcmp (f[2], "-1") && strcmp (f[2], "0") && strcmp (f[2], "+1"))
        {
          assay_data_row_set_error (error, table, row,
                       "a shift's value is -1, 0 or +1, not '%s'", f[2]);
          return FALSE;
        }
      if (into == d->business && strcmp (f[2], "-") != 0)
        {
          assay_data_row_set_error (error, table, row, "a business word has no value: write '-', not '%s'", f[2]);
          return FALSE;
        }
      if (into == d->holidays && !holiday_rule_valid (f[2]) && !feast_rule_valid (f[2]))
        {
          assay_data_row_set_error (error, table, row,
                       "a holiday's rule is MM-DD or N:WEEKDAY:MONTH (N -1 for the last), with '/Y' after it or nothing, "
                       "or E+N or E-N (days from Easter Sunday), not '%s'",
                       f[2]);
          return FALSE;
        }
      if (into == d->frequencies && (f[2][0] != 'P' || !g_ascii_isdigit (f[2][f[2][1] == 'T' ? 2 : 1])))
        {
          assay_data_row_set_error (error, table, row,
                       "a frequency's value is a TIMEX3 duration (P1D, PT1H), not '%s'", f[2]);
          return FALSE;
        }
      if (into == d->numbers || into == d->scales)
        {
          /* read once here, not at each number in the text */
          char *end;
          double value = g_ascii_strtod (f[2], &end);
          if (end == f[2] || *end != '\0' || !(value > 0))
            {
              assay_data_row_set_error (error, table, row,
                           "a number's value is a number above 0 (12, 0.25), not '%s'", f[2]);
              return FALSE;
            }
          g_hash_table_insert (into, g_strdup (f[1]), g_memdup2 (&value, sizeof value));
          continue;
        }
      g_hash_table_insert (into, g_strdup (f[1]), g_strdup (f[2]));
      continue;
    bad:
      assay_data_row_set_error (error, table, row,
                                "'%s' with %u fields is no entry; write KIND<TAB>WORD<TAB>VALUE with KIND one of "
                                "month, weekday, number, scale, ordinal, unit, season, part, holiday, ref, shift, "
                                "frequency, business, or future, fixture or past<TAB>PATTERN[<TAB>TOKENS], or planned<TAB>PATTERN",
                                f[0], row->n_fields);
      return FALSE;
    }
  /* Each kind a pattern of its own, near and far apart (see CueSet).
   * Cues are English words: ASCII word boundaries (no PCRE2_UCP) are
   * right for them and cost half as much, and the cues are read before
   * every partial date.  Anchored: they are tried token by token (see
   * speaks_of_future()). */
  GString *const near[N_CUE_KINDS] = { near_future, near_fixture, near_past };
  GString *const far[N_CUE_KINDS] = { far_future, far_fixture, far_past };
  if (planned->len && (d->planned = compile (planned->str, PCRE2_ANCHORED, 0, path, error)) == NULL)
    return FALSE;
  if (!compile_cues (near, FALSE, path, &d->near_cues, error) || !compile_cues (far, TRUE, path, &d->far_cues, error))
    return FALSE;
  return TRUE;
}

/* One zone, from a row of the file or an entry of the option; @where
 * says which ("timezones.tsv:12", "the option zones"). */
static gboolean
zone_add (Dates *d, const char *name, const char *offset, const char *where, GError **error)
{
  char sign;
  int h, m;
  /* The option comes from a command line: a name too long or not UTF-8
   * is told, not cut or built into a pattern. */
  if (strlen (name) >= 16 || *name == '\0' || !g_utf8_validate (name, -1, NULL) || strpbrk (name, " \t"))
    {
      g_autofree char *shown = g_utf8_make_valid (name, -1);
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                   "%s: time zone '%s': a name is one word of UTF-8, 1 to 15 bytes", where, shown);
      return FALSE;
    }
  if (sscanf (offset, "%c%d:%d", &sign, &h, &m) != 3 || (sign != '+' && sign != '-'))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                   "%s: time zone '%s': the offset '%s' is not +HH:MM or -HH:MM (+05:30)", where, name, offset);
      return FALSE;
    }
  g_hash_table_insert (d->zones, g_strdup (name), GINT_TO_POINTER ((sign == '-' ? -1 : 1) * (h * 60 + m)));
  return TRUE;
}

gboolean
load_zones (Dates *d, const char *path, const char *overrides, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      g_autofree char *where = assay_data_row_where (table, row);
      if (!assay_data_row_check (table, row, 2, 2, "ABBREVIATION<TAB>OFFSET, as IST<TAB>+05:30", error)
          || !zone_add (d, row->fields[0], row->fields[1], where, error))
        return FALSE;
    }
  /* The option's entries come last and so win: "IST=+01:00,CST=+08:00". */
  g_auto (GStrv) extra = g_strsplit (overrides ? overrides : "", ",", -1);
  for (char **e = extra; *e; e++)
    {
      if (**e == '\0')
        continue;
      char *eq = strchr (*e, '=');
      if (eq == NULL)
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "the option zones: '%s' is not NAME=+HH:MM (IST=+01:00)", *e);
          return FALSE;
        }
      *eq = '\0';
      if (!zone_add (d, *e, eq + 1, "the option zones", error))
        return FALSE;
    }
  return TRUE;
}

/* The spaces of Unicode that news text puts between a day and its month
 * (no-break, narrow no-break, thin), as a class's contents. */
#define WIDE_SPACES "\\s\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}"

/* @pattern with each `\s` matching Unicode's spaces too.  Patterns are
 * compiled without PCRE2_UCP, so that `\b`, `\d` and `\s` are tested on
 * ASCII without a lookup in Unicode's tables at each character (about
 * 6 % of the stage's instructions); only `\s` needs more, and gets
 * it here, inside a class ("[\s-]") or as one. */
static char *
spaces_widened (const char *pattern)
{
  GString *out = g_string_sized_new (strlen (pattern) + 64);
  gboolean in_class = FALSE;
  for (const char *p = pattern; *p; p++)
    {
      if (*p == '\\' && p[1] == 'Q')
        {
          /* quoted to \E: literal */
          const char *e = strstr (p + 2, "\\E");
          gsize n = e ? (gsize) (e + 2 - p) : strlen (p);
          g_string_append_len (out, p, n);
          p += n - 1;
        }
      else if (in_class && p[0] == '[' && p[1] == ':' && strstr (p + 2, ":]"))
        {
          /* a POSIX class ("[:alpha:]") inside a class: its ']' closes nothing */
          const char *e = strstr (p + 2, ":]");
          g_string_append_len (out, p, e + 2 - p);
          p = e + 1;
        }
      else if (*p == '\\' && p[1] == 's')
        {
          g_string_append (out, in_class ? WIDE_SPACES : "[" WIDE_SPACES "]");
          p++;
        }
      else if (*p == '\\' && p[1])
        {
          g_string_append_len (out, p, 2);
          p++;
        }
      else
        {
          /* a ']' right after '[' or '[^' is a member, not the end */
          if (*p == '[' && !in_class)
            {
              in_class = TRUE;
              g_string_append_c (out, *p);
              if (p[1] == '^')
                g_string_append_c (out, *++p);
              if (p[1] == ']')
                g_string_append_c (out, *++p);
              continue;
            }
          if (*p == ']' && in_class)
            in_class = FALSE;
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* @pattern as the pair filter's probes read it (scan.c, prefix_opens()),
 * or NULL when it cannot have one.  A probe puts a space (or " a")
 * before the bytes it tries, not the text that comes before them, so a
 * lookbehind would judge that space: each is replaced by the answer that
 * lets the most matches through, true ("(?:)") where it asks for
 * something, false ("(*FAIL)") inside a negative assertion, where a
 * lookbehind that holds can only forbid a match ("(?!(?<=-)a-second)").
 * A probe then says no only where no text before the bytes could make
 * them start a match.  That holds where a part that matches more makes
 * the whole match more: not across an atomic group, a possessive
 * quantifier, a backtracking verb or a conditional, nor where a back
 * reference or a subroutine call could read what a lookbehind holds, so
 * a pattern with a lookbehind and any of those has no pair filter.
 * Measured: "(?<=-)" inside the duration pattern's negative lookahead
 * had cost that pattern its filter, and it was tried 161,728 times on
 * the 20 MB of bench/dates-bench.py (8,700 matches); with the filter,
 * 52,152 times, all patterns 260k tries instead of 370k, and the whole
 * process 1,985M instructions instead of 2,042M (callgrind, -j 1). */
static char *
probe_source (const char *pattern)
{
  /* most patterns have none, only named groups: not walked (the walk of
   * the 64 patterns' expanded text cost 6M instructions at start-up) */
  if (strstr (pattern, "(?<=") == NULL && strstr (pattern, "(?<!") == NULL)
    return g_strdup (pattern);
  GString *out = g_string_sized_new (strlen (pattern));
  /* for each open group, whether it is a negative assertion */
  GArray *negative = g_array_new (FALSE, FALSE, sizeof (gboolean));
  guint negatives = 0;
  gboolean quantified = FALSE, refused = FALSE, looks_behind = FALSE;
  for (const char *p = pattern; *p;)
    {
      const char *next = p + 1;
      gboolean quantifier = FALSE;
      if (*p == '\\')
        {
          /* a back reference: \1 to \9, \g, \k */
          refused |= (p[1] >= '1' && p[1] <= '9') || p[1] == 'g' || p[1] == 'k';
          next = pattern_escape_end (p, NULL);
        }
      else if (*p == '[')
        next = pattern_class_end (p, NULL);
      else if (g_str_has_prefix (p, "(?<=") || g_str_has_prefix (p, "(?<!"))
        {
          g_string_append (out, negatives % 2 ? "(*FAIL)" : "(?:)");
          p = pattern_group_end (p, NULL);
          quantified = FALSE, looks_behind = TRUE;
          continue;
        }
      else if (g_str_has_prefix (p, "(?#"))
        next = strchr (p, ')') ? strchr (p, ')') + 1 : p + strlen (p);
      else if (*p == '(')
        {
          refused |= p[1] == '*' || g_str_has_prefix (p, "(?>") || g_str_has_prefix (p, "(?(")
                    || g_str_has_prefix (p, "(?R") || g_str_has_prefix (p, "(?&") || g_str_has_prefix (p, "(?P>")
                    || g_str_has_prefix (p, "(?P=")
                    || (p[1] == '?' && (g_ascii_isdigit (p[2]) || ((p[2] == '+' || p[2] == '-') && g_ascii_isdigit (p[3]))));
          gboolean is_negative = g_str_has_prefix (p, "(?!");
          g_array_append_val (negative, is_negative);
          negatives += is_negative;
          /* past "(?", whose '?' is no quantifier */
          next = p[1] == '?' ? p + 2 : p + 1;
        }
      else if (*p == ')' && negative->len)
        {
          negatives -= g_array_index (negative, gboolean, negative->len - 1);
          g_array_set_size (negative, negative->len - 1);
        }
      else if (*p == '*' || *p == '+' || *p == '?' || *p == '{')
        {
          /* a quantifier's '+' after another makes it possessive */
          refused |= *p == '+' && quantified;
          if (*p == '{')
            next = strchr (p, '}') ? strchr (p, '}') + 1 : p + 1;
          quantifier = TRUE;
        }
      g_string_append_len (out, p, next - p);
      quantified = quantifier;
      p = next;
    }
  g_array_free (negative, TRUE);
  if (!looks_behind)
    {
      g_string_free (out, TRUE);
      return g_strdup (pattern);
    }
  return refused ? (g_string_free (out, TRUE), NULL) : g_string_free (out, FALSE);
}

void
dates_slots (const Dates *d, DatesSlot out[DATES_N_SLOTS])
{
  const DatesSlot slots[DATES_N_SLOTS] = {
    { "{MONTH}", d->months },     { "{WEEKDAY}", d->weekdays },   { "{NUMBER}", d->numbers },
    { "{ORDINAL}", d->ordinals }, { "{UNIT}", d->units },         { "{SEASON}", d->seasons },
    { "{PART}", d->parts },       { "{TZ}", d->zones },           { "{HOLIDAY}", d->holidays },
    { "{REF}", d->refs },         { "{FREQUENCY}", d->frequencies },
    { "{ACCOUNTS}", d->accounts_words } /* context-words.tsv's kind `accounts` */,
    { "{SCALE}", d->scales },
  };
  memcpy (out, slots, sizeof slots);
}

gboolean
load_patterns (Dates *d, const char *path, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  DatesSlot slots[DATES_N_SLOTS];
  dates_slots (d, slots);
  /* each slot's group as patterns take it, built at its first use: one
   * for each of the 46 uses was 5M instructions of a process's start
   * (a trie and a sort of its words each time; callgrind) */
  g_autoptr (GPtrArray) wrapped = g_ptr_array_new_full (DATES_N_SLOTS, g_free);
  g_ptr_array_set_size (wrapped, DATES_N_SLOTS);
  static const char *const class_names[N_NEEDS] = { "digit", "year", "short", "{MONTH}", "{WEEKDAY}", "{UNIT}", "{NUMBER}",
                                                     "{ORDINAL}", "{SEASON}", "{PART}", "{HOLIDAY}", "{TZ}" };
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      char **f = row->fields;
      g_autofree char *where = assay_data_row_where (table, row);
      if (!assay_data_row_check (table, row, 2, 4, "KIND<TAB>PATTERN, or KIND<TAB>NEEDS<TAB>BEFORE<TAB>PATTERN", error))
        return FALSE;
      if (row->n_fields == 3 || (row->n_fields == 4 && (*f[1] == '\0') != (*f[2] == '\0')))
        {
          assay_data_row_set_error (error, table, row,
                                    "NEEDS and BEFORE go together; write KIND<TAB>PATTERN to have them read from the "
                                    "pattern, or both");
          return FALSE;
        }
      /* Hints read from the pattern, unless written by hand (an override,
       * which tests/plugins/dates checks against the development sets). */
      const char *pattern_s = f[row->n_fields - 1];
      g_autofree char *derived_needs = NULL;
      g_autofree char *derived_before = NULL;
      const char *needs_s = row->n_fields == 4 ? f[1] : "", *before_s = row->n_fields == 4 ? f[2] : "";
      if (*needs_s == '\0')
        {
          guint n_before;
          if (!hints_derive (d, pattern_s, &derived_needs, &n_before))
            {
              /* a pattern PCRE2 refuses is told as such first */
              pcre2_code *broken = compile (pattern_s, 0, 0, where, error);
              if (broken == NULL)
                return FALSE;
              pcre2_code_free (broken);
              assay_data_row_set_error (error, table, row,
                                        "no word every match must hold could be read from the pattern; write "
                                        "KIND<TAB>NEEDS<TAB>BEFORE<TAB>PATTERN with its hints by hand");
              return FALSE;
            }
          derived_before = g_strdup_printf ("%u", n_before);
          needs_s = derived_needs, before_s = derived_before;
        }
      /* for pattern authors: the hints each pattern is scanned with */
      if (g_getenv ("ASSAY_DATES_SHOW_HINTS"))
        g_printerr ("%s\t%s\tNEEDS %s\tBEFORE %s\t(%s)\n", where, f[0], needs_s, before_s,
                    derived_needs ? "read from the pattern" : "written by hand");
      /* the pattern's bank, and its bit there */
      guint in_bank = d->patterns->len % BANK_PATTERNS;
      if (in_bank == 0)
        {
          d->banks = g_renew (Bank *, d->banks, d->n_banks + 1);
          d->banks[d->n_banks++] = bank_new (d->patterns->len);
        }
      Bank *bank = d->banks[d->n_banks - 1];
      guint64 before;
      if (!g_ascii_string_to_unsigned (before_s, 10, 0, MAX_BEFORE, &before, NULL))
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s: BEFORE is '%s', not a number of tokens from 0 to %d", where, before_s, MAX_BEFORE);
          return FALSE;
        }
      Kind kind;
      if (!normaliser_find (f[0], &kind))
        {
          g_autofree char *known = normaliser_names ();
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s: no normalisation is called '%s' (KIND is one of %s)", where, f[0], known);
          return FALSE;
        }
      guint64 bit = G_GUINT64_CONSTANT (1) << in_bank;
      g_auto (GStrv) needs = g_strsplit (needs_s, "|", -1);
      for (char **n = needs; *n; n++)
        {
          gboolean known = FALSE;
          if (g_str_has_prefix (*n, "short+") || g_str_has_prefix (*n, "year+") || g_str_has_prefix (*n, "digit+"))
            {
              guint digits = **n == 's' ? 0 : **n == 'y' ? 1 : 2;
              const char *then = strchr (*n, '+') + 1;
              /* digits written together with a word of a class
               * ("1530GMT"): whatever the class's words begin with */
              GHashTable *class = NULL;
              for (guint s = 0; s < G_N_ELEMENTS (slots); s++)
                if (strcmp (then, slots[s].name) == 0)
                  class = slots[s].table;
              if (class)
                {
                  GHashTableIter iter;
                  gpointer word;
                  g_hash_table_iter_init (&iter, class);
                  while (g_hash_table_iter_next (&iter, &word, NULL))
                    if ((guchar) *(const char *) word < 128)
                      bank->digits_then[digits][(guchar) ascii_to_lower (*(const char *) word)] |= bit;
                  continue;
                }
              if (strlen (then) != 1 || (guchar) *then >= 128 || g_ascii_isspace (*then))
                {
                  g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                               "%s: NEEDS '%s': after '+' comes the one ASCII character that follows the digits, "
                               "or a class ({TZ}) whose words follow them",
                               where, *n);
                  return FALSE;
                }
              bank->digits_then[digits][(guchar) ascii_to_lower (*then)] |= bit;
              continue;
            }
          /* A word in quotes is that word, even one that names a class ("year"). */
          gsize len = strlen (*n);
          gboolean quoted = len > 2 && (*n)[0] == '"' && (*n)[len - 1] == '"';
          if (!quoted && strchr (*n, '"'))
            {
              g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                           "%s: NEEDS '%s': a quoted word is written \"word\", quotes at both ends", where, *n);
              return FALSE;
            }
          for (guint c = 0; c < N_NEEDS && !quoted; c++)
            if (strcmp (*n, class_names[c]) == 0)
              bank->class_patterns[c] |= bit, known = TRUE;
          if (!known && **n)
            {
              g_autofree char *word = quoted ? g_ascii_strdown (*n + 1, len - 2) : g_ascii_strdown (*n, -1);
              guint64 mask = GPOINTER_TO_SIZE (g_hash_table_lookup (bank->word_patterns, word));
              g_hash_table_insert (bank->word_patterns, g_steal_pointer (&word), GSIZE_TO_POINTER (mask | bit));
            }
        }
      GString *pattern = g_string_new (pattern_s);
      for (guint s = 0; s < G_N_ELEMENTS (slots); s++)
        if (strstr (pattern->str, slots[s].name))
          {
            /* Month and weekday names are capitalised ("may" is a verb),
             * zones are upper case; other words come in any case. */
            gboolean cased = slots[s].table == d->months || slots[s].table == d->weekdays
                             || slots[s].table == d->zones || slots[s].table == d->holidays;
            if (wrapped->pdata[s] == NULL)
              {
                char *alt = alternation (slots[s].table, !cased);
                wrapped->pdata[s] = cased ? alt : g_strdup_printf ("(?i:%s)", alt);
                if (!cased)
                  g_free (alt);
              }
            g_string_replace (pattern, slots[s].name, wrapped->pdata[s], 0);
          }
      /* Compiled once, anchored: PCRE2 (10.42) gives an anchored
       * pattern the same bitmap of the bytes a match can begin with as
       * an unanchored one (all 64 shipped patterns checked), so the code
       * that tells them is the code the interpreter runs until the
       * pattern proves hot, and the code then JIT-compiled as it is
       * (pattern_make_hot()).  Compiling each pattern unanchored for its
       * bitmap and again anchored for the JIT cost 8.3M instructions of
       * pcre2_compile() on bench/dates-bench.py's 20 MB (callgrind). */
      g_autofree char *widened = spaces_widened (pattern->str);
      pcre2_code *re = compile (widened, PCRE2_ANCHORED, 0, where, NULL);
      /* an error is told at its place in the pattern as written */
      if (re == NULL)
        pcre2_code_free (compile (pattern->str, PCRE2_ANCHORED, 0, where, error));
      if (re == NULL && error && *error == NULL)
        g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s: pattern error", where);
      g_string_free (pattern, TRUE);
      if (re == NULL)
        return FALSE;
      /* what the pair filter's probes run: the pattern itself, unless it
       * looks behind */
      g_autofree char *opens_source = probe_source (widened);
      pcre2_code *opens = opens_source && strcmp (opens_source, widened) != 0
                              ? compile (opens_source, PCRE2_ANCHORED, 0, where, NULL)
                              : NULL;
      Pattern p = { .kind = kind, .re = re, .expr = pcre2_substring_number_from_name (re, (PCRE2_SPTR) "expr"),
                    .md = pcre2_match_data_create_from_pattern (re, NULL), .opens = opens,
                    .pair_filter = opens_source && (opens || strcmp (opens_source, widened) == 0),
                    .before = before };
      guint8 first[32] = { 0 }; /* a bit for each byte a match can start with */
      for (guint g = 0; g < N_GROUPS; g++)
        if ((p.groups[g] = pcre2_substring_number_from_name (re, (PCRE2_SPTR) group_names[g])) >= 0)
          p.named[p.n_named++] = g;
      first_bytes (re, first);
      guint64 mask = bit;
      for (guint b = 0; b < 256; b++)
        if (first[b / 8] & (1 << (b % 8)))
          bank->first_open[b] |= mask;
      if (p.pair_filter)
        bank->pair_filtered |= mask;
      for (guint n = 0; n <= before; n++)
        bank->reach[n] |= mask;
      for (guint v = 0; v < 256; v++)
        if (v & (1u << (in_bank % 8)))
          bank->most_before[in_bank / 8][v] = MAX (bank->most_before[in_bank / 8][v], before);
      g_array_append_val (d->patterns, p);
    }
  return TRUE;
}
