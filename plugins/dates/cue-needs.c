/* cue-needs.c: the words a near cue cannot match without (cue-needs.h).
 *
 * A row's pattern is read as PCRE2 reads it, closely enough to be sure
 * of what it needs and no further: a run of letters is a word the row
 * needs where nothing makes it optional (no quantifier on it or on a
 * group around it, no alternative without it) and the pattern puts \s,
 * \b, $ or a mark after it, so that it ends where a word of the text
 * does; a group of alternatives needs one of each alternative's words;
 * a positive lookahead's words are needed too (the subject ends at the
 * expression, so they lie within the cue); lookbehinds, negative
 * lookarounds, classes and conditionals need nothing.  Whatever is not
 * understood (a flag, \Q) leaves the row's kind tried as before. */
#include "cue-needs.h"
#include "pattern-syntax.h"

#include <string.h>

typedef struct
{
  CueNeeds *needs;
  gboolean failed; /* a construct not understood, or no room */
} Parse;

/* A word a row needs, as written in its pattern. */
typedef struct
{
  const char *text;
  guint len;
  gboolean left, anchored;
} WordRef;

#define TERM_WORDS 8 /* a group of more alternatives is not judged */

/* One of which is enough. */
typedef struct
{
  WordRef words[TERM_WORDS];
  guint n;
} Term;

/* What one alternative (or group) needs: each of its terms. */
typedef struct
{
  Term terms[CUE_NEEDS_TERMS];
  guint n;
} Needs;

static inline gboolean
word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c == '_';
}

static void
needs_add (Needs *n, const Term *term)
{
  /* a term left out is a need not tested: the filter only lets more through */
  if (n->n < CUE_NEEDS_TERMS)
    n->terms[n->n++] = *term;
}

/* After an atom at @p: its quantifier's end, and in *@zero whether it
 * allows none. */
static const char *
quantifier (const char *p, gboolean *zero)
{
  *zero = FALSE;
  if (*p == '?' || *p == '*')
    *zero = TRUE;
  else if (*p == '{' && g_ascii_isdigit (p[1]))
    {
      const char *q = p + 1;
      guint64 min = g_ascii_strtoull (q, (char **) &q, 10);
      while (g_ascii_isdigit (*q) || *q == ',')
        q++;
      if (*q != '}')
        return p; /* a literal brace */
      *zero = min == 0;
      p = q;
    }
  else if (*p != '+')
    return p;
  p++;
  if (*p == '?' || *p == '+')
    p++; /* lazy or possessive */
  return p;
}

/* Whether what the pattern has at @p makes the text's next byte no word
 * character: \s at least once, \b, $, or \s* at the end. */
static gboolean
bound_at (const char *p)
{
  gboolean zero;
  if ((p[0] == '\\' && p[1] == 'b') || p[0] == '$')
    return TRUE;
  if (p[0] == '\\' && p[1] == 's')
    {
      const char *q = quantifier (p + 2, &zero);
      return !zero || *q == '$';
    }
  return FALSE;
}

static guint32
word_add (Parse *ps, const WordRef *ref)
{
  CueNeeds *needs = ps->needs;
  const char *text = ref->text;
  guint len = ref->len;
  gboolean left = ref->left, anchored = ref->anchored;
  for (guint i = 0; i < needs->n_words; i++)
    {
      const CueWord *w = &needs->words[i];
      if (w->len == len && memcmp (w->text, text, len) == 0 && w->left == left && w->anchored == anchored)
        return 1u << i;
    }
  if (needs->n_words == CUE_NEEDS_WORDS)
    {
      ps->failed = TRUE;
      return 0;
    }
  CueWord *w = &needs->words[needs->n_words];
  memcpy (w->text, text, len);
  w->len = (guint8) len;
  w->left = left;
  w->anchored = anchored;
  return 1u << needs->n_words++;
}

static const char *parse_alternatives (Parse *ps, const char *p, gboolean start, gboolean bound, gboolean right,
                                       Needs *out);

/* One alternative from @p to the '|', ')' or end that closes it; @start:
 * nothing is consumed before it; @bound: the byte before it is no word
 * character; @right: the same holds of the byte after it. */
static const char *
parse_sequence (Parse *ps, const char *p, gboolean start, gboolean bound, gboolean right, Needs *out)
{
  const char *run = NULL; /* a run of letters being read */
  guint run_len = 0;
  gboolean run_left = FALSE, run_anchored = FALSE, zero;
#define FLUSH(ENDS)                                                                                                    \
  do                                                                                                                   \
    {                                                                                                                  \
      if (run_len > 0 && (ENDS) && run_len < sizeof ((CueWord *) 0)->text)                                             \
        {                                                                                                              \
          Term term = { { { run, run_len, run_left, run_anchored } }, 1 };                                             \
          needs_add (out, &term);                                                                                      \
        }                                                                                                              \
      run_len = 0;                                                                                                     \
    }                                                                                                                  \
  while (0)
  while (!ps->failed && *p && *p != '|' && *p != ')')
    {
      if (g_ascii_isalpha (*p))
        {
          if (run_len == 0)
            run = p, run_left = bound, run_anchored = start;
          run_len++;
          const char *q = quantifier (p + 1, &zero);
          if (q != p + 1)
            run_len = 0; /* its last letter repeated or optional: not a word as written */
          p = q;
          start = bound = FALSE;
        }
      else if (p[0] == '\\' && p[1] == 'b')
        {
          FLUSH (TRUE);
          bound = TRUE;
          p += 2;
        }
      else if (p[0] == '\\' && p[1] == 's')
        {
          FLUSH (bound_at (p));
          p = quantifier (p + 2, &zero);
          bound = bound || !zero;
          start = FALSE;
        }
      else if (*p == '\\')
        {
          FLUSH (FALSE);
          p = quantifier (pattern_escape_end (p, &ps->failed), &zero);
          start = bound = FALSE;
        }
      else if (*p == '[')
        {
          FLUSH (FALSE);
          p = quantifier (pattern_class_end (p, &ps->failed), &zero);
          start = bound = FALSE;
        }
      else if (*p == '(')
        {
          FLUSH (FALSE);
          const char *end = pattern_group_end (p, &ps->failed);
          const char *after = quantifier (end, &zero);
          if (p[1] == '?' && p[2] == '=')
            {
              /* a positive lookahead: needed, consumes nothing */
              Needs inner = { 0 };
              parse_alternatives (ps, p + 3, start, bound, FALSE, &inner);
              for (guint t = 0; after == end && t < inner.n; t++)
                needs_add (out, &inner.terms[t]);
            }
          else if (p[1] == '?' && (p[2] == '!' || (p[2] == '<' && (p[3] == '=' || p[3] == '!'))))
            ; /* looks around, consumes nothing, needs nothing here */
          else if (p[1] == '?' && p[2] == '(')
            start = bound = FALSE; /* a conditional: either branch */
          else if (p[1] != '?' || p[2] == ':' || p[2] == '>' || (p[2] == '<' && g_ascii_isalpha (p[3]))
                   || (p[2] == 'P' && p[3] == '<'))
            {
              const char *inside = p[1] != '?' ? p + 1 : p[2] == ':' || p[2] == '>' ? p + 3 : strchr (p, '>') + 1;
              if (after == end)
                {
                  Needs inner = { 0 };
                  parse_alternatives (ps, inside, start, bound, bound_at (end), &inner);
                  for (guint t = 0; t < inner.n; t++)
                    needs_add (out, &inner.terms[t]);
                }
              start = bound = FALSE;
            }
          else
            ps->failed = TRUE; /* a flag, a comment, a callout: not read */
          p = after;
        }
      else if (*p == '$')
        {
          FLUSH (TRUE);
          p++;
        }
      else if (*p == '^')
        {
          FLUSH (FALSE);
          p++;
        }
      else if (*p == '.' || word_byte ((guchar) *p))
        {
          FLUSH (FALSE);
          p = quantifier (p + 1, &zero);
          start = bound = FALSE;
        }
      else if (*p == '*' || *p == '+' || *p == '?' || *p == '{')
        ps->failed = TRUE;
      else
        {
          /* a mark, a space, a byte of UTF-8: no word character, a bound
           * on both sides where it is there at all */
          const char *q = quantifier (p + 1, &zero);
          gboolean sure = q == p + 1;
          FLUSH (sure);
          p = q;
          bound = sure;
          start = FALSE;
        }
    }
  FLUSH (right);
#undef FLUSH
  return p;
}

/* The alternatives from @p to the ')' or end closing them: one
 * alternative's needs are its own; several need one of their words each
 * (a term of each alternative's first), or nothing where one has none. */
static const char *
parse_alternatives (Parse *ps, const char *p, gboolean start, gboolean bound, gboolean right, Needs *out)
{
  Needs first = { 0 };
  p = parse_sequence (ps, p, start, bound, right, &first);
  if (*p != '|')
    {
      *out = first;
      return p;
    }
  Term any = { 0 };
  gboolean each = TRUE;
  for (gboolean one = TRUE; one || (*p == '|' && !ps->failed); one = FALSE)
    {
      Needs alt = first;
      if (!one)
        {
          alt.n = 0;
          p = parse_sequence (ps, p + 1, start, bound, right, &alt);
        }
      each = each && alt.n > 0 && any.n + alt.terms[0].n <= TERM_WORDS;
      if (each)
        {
          memcpy (any.words + any.n, alt.terms[0].words, alt.terms[0].n * sizeof any.words[0]);
          any.n += alt.terms[0].n;
        }
    }
  out->n = 0;
  if (each)
    needs_add (out, &any);
  return p;
}

void
cue_needs_add_row (CueNeeds *needs, guint kind, const char *pattern)
{
  Parse ps = { needs, FALSE };
  Needs row = { 0 };
  const char *end = parse_alternatives (&ps, pattern, TRUE, FALSE, FALSE, &row);
  if (ps.failed || *end != '\0' || row.n == 0 || needs->n_rows[kind] == CUE_NEEDS_ROWS)
    {
      needs->unjudged |= 1u << kind;
      needs->judged &= ~(1u << kind);
      return;
    }
  guint r = needs->n_rows[kind];
  guint n = 0;
  for (guint t = 0; t < row.n; t++)
    {
      guint32 mask = 0;
      for (guint i = 0; i < row.terms[t].n; i++)
        mask |= word_add (&ps, &row.terms[t].words[i]);
      /* a lookahead's words are often the row's own again: once is enough */
      guint seen = 0;
      while (seen < n && needs->terms[kind][r][seen] != mask)
        seen++;
      if (seen == n)
        needs->terms[kind][r][n++] = mask;
    }
  if (ps.failed)
    {
      needs->unjudged |= 1u << kind;
      needs->judged &= ~(1u << kind);
      return;
    }
  needs->n_terms[kind][r] = (guint8) n;
  needs->n_rows[kind]++;
  if (!(needs->unjudged >> kind & 1))
    needs->judged |= 1u << kind;
  for (guint c = 0; c < 256; c++)
    needs->word_byte[c] = word_byte ((guchar) c);
  /* the words by their last byte (read back from a window's end) or,
   * where anchored, by their first (read at the token) */
  memset (needs->by_last, 0, sizeof needs->by_last);
  memset (needs->anchored_by_first, 0, sizeof needs->anchored_by_first);
  for (guint i = 0; i < needs->n_words; i++)
    {
      const CueWord *w = &needs->words[i];
      if (w->anchored)
        needs->anchored_by_first[(guchar) w->text[0]] |= 1u << i;
      else
        needs->by_last[(guchar) w->text[w->len - 1]] |= 1u << i;
    }
}

/* Whether @w is written at @text + @at (its bytes compared here: a
 * call to memcmp() cost more than the few bytes). */
static inline gboolean
word_is_at (const CueWord *w, const guchar *text, gsize at)
{
  guint i = 0;
  while (i < w->len && text[at + i] == (guchar) w->text[i])
    i++;
  return i == w->len;
}

guint32
cue_needs_present (const CueNeeds *needs, CueScan *scan, const char *text, gsize at, gsize end)
{
  const guchar *t = (const guchar *) text;
  for (gsize p = scan->scanned; p > at; p--)
    {
      /* a word's end first: most bytes are inside one */
      if (p < end && needs->word_byte[t[p]])
        continue;
      guint32 m = needs->by_last[t[p - 1]] & ~scan->found;
      for (; m; m &= m - 1)
        {
          guint i = (guint) __builtin_ctz (m);
          const CueWord *w = &needs->words[i];
          if (p >= w->len && word_is_at (w, t, p - w->len) && (!w->left || p == w->len || !needs->word_byte[t[p - w->len - 1]]))
            {
              /* the nearest to the end: its start is the greatest */
              scan->found |= 1u << i;
              scan->at[i] = p - w->len;
            }
        }
    }
  if (at < scan->scanned)
    scan->scanned = at;
  guint32 present = 0;
  for (guint32 m = scan->found; m; m &= m - 1)
    {
      guint i = (guint) __builtin_ctz (m);
      if (scan->at[i] >= at)
        present |= 1u << i;
    }
  for (guint32 m = needs->anchored_by_first[t[at]]; m; m &= m - 1)
    {
      guint i = (guint) __builtin_ctz (m);
      const CueWord *w = &needs->words[i];
      if (at + w->len <= end && word_is_at (w, t, at) && (at + w->len == end || !needs->word_byte[t[at + w->len]])
          && (!w->left || at == 0 || !needs->word_byte[t[at - 1]]))
        present |= 1u << i;
    }
  return present;
}
