/* prefilter.c: which of the boilerplate rules can match a line at all,
 * read from the rules' own patterns.
 *
 * A rule that opens with `.{0,200}` (a cookie notice anywhere in a line)
 * gives PCRE2 no byte to start from: anchored at the line's start, it
 * tries its alternatives at each of up to 200 places, 2,000 to 3,000
 * instructions a line, on lines it almost never matches.  Every match of
 * such a rule holds one of a few fixed strings ("cookie policy", "by
 * continuing to use this site"), which prefilter_literals() reads from
 * the pattern.  A few two-byte pieces cover them ("ki" the eight strings
 * with "cookie"), one SSE2 pass over a line looks for the pieces, and
 * where one is found the whole string is compared there: a rule none of
 * whose strings is in the line cannot match it, and is not tried (its
 * gate is closed, prefilter_scan()).  A pattern whose strings cannot be
 * read (a construct the reader below does not follow) gets no gate and
 * is tried on every line, as before; a user's new row needs no hint.
 *
 * The rules are matched caselessly with Unicode properties: an ASCII
 * letter of a pattern matches its other case and, for `k` and `s` alone,
 * the Kelvin sign U+212A and the long s U+017F (the test
 * /cleanup/prefilter/caseless holds PCRE2 to that).  Pieces are compared
 * with bit 0x20 set on both sides, which folds the cases, and strings in
 * ASCII either case; a line holding the Kelvin sign or the long s opens
 * every gate with a k or an s in its strings.  Non-ASCII characters of a
 * pattern break its strings (their other cases are other bytes).
 */
#include "cleanup-private.h"

#include <string.h>

/* The most strings an exact set, or a set of required strings, holds:
 * beyond it the reader knows less and says so, which is always safe. */
#define MAX_STRINGS 16
#define MAX_NEEDLES 16
#define MAX_GATES 32
#define MAX_DEPTH 32

/* ---- reading a pattern ---------------------------------------------------- */

/* What a piece of a pattern can match.  @exact: every string it can match,
 * folded to lowercase (NULL: too many, or unknown).  @required: strings one
 * of which is inside every match (NULL: nothing known).  Only one of them
 * is used: @required when @exact is NULL. */
typedef struct
{
  GPtrArray *exact;
  GPtrArray *required;
} Info;

typedef struct
{
  const char *p;
  gboolean failed;
  guint depth;
} Reader;

static GPtrArray *
set_new (void)
{
  return g_ptr_array_new_with_free_func (g_free);
}

static GPtrArray *
set_of (const char *s)
{
  GPtrArray *set = set_new ();
  g_ptr_array_add (set, g_strdup (s));
  return set;
}

static void
set_free (GPtrArray *set)
{
  if (set)
    g_ptr_array_unref (set);
}

static void
info_clear (Info *info)
{
  set_free (info->exact);
  set_free (info->required);
  info->exact = info->required = NULL;
}

static gboolean
set_has (const GPtrArray *set, const char *s)
{
  for (guint i = 0; i < set->len; i++)
    if (strcmp (set->pdata[i], s) == 0)
      return TRUE;
  return FALSE;
}

/* Adds the strings of @from not yet in @to; FALSE when that makes too
 * many. */
static gboolean
set_merge (GPtrArray *to, const GPtrArray *from)
{
  for (guint i = 0; i < from->len; i++)
    if (!set_has (to, from->pdata[i]))
      {
        if (to->len == MAX_STRINGS)
          return FALSE;
        g_ptr_array_add (to, g_strdup (from->pdata[i]));
      }
  return TRUE;
}

static GPtrArray *
set_copy (const GPtrArray *set)
{
  GPtrArray *copy = set_new ();
  set_merge (copy, set);
  return copy;
}

/* Strings one of which every match of @info holds (a new set), or NULL. */
static GPtrArray *
required_of (const Info *info)
{
  if (info->exact)
    return set_has (info->exact, "") ? NULL : set_copy (info->exact);
  return info->required ? set_copy (info->required) : NULL;
}

/* How often a byte of English news text is each byte, roughly (per ten
 * thousand, letters folded): only to choose which piece of a string to
 * look for, never whether a rule may match. */
static double
byte_share (guchar c)
{
  static const guint16 letters[26] = {
    650, 120, 220, 340, 1010, 180, 160, 490, 560, 12, 60, 320, 190,
    540, 600, 150, 8, 480, 500, 720, 220, 80, 190, 12, 160, 6,
  };
  if (c >= 'a' && c <= 'z')
    return letters[c - 'a'] / 10000.0;
  if (c == ' ')
    return 0.17;
  if (g_ascii_isdigit (c))
    return 0.005;
  return 0.002;
}

/* The cost of looking for the piece of @s at @i (two bytes, or one when
 * @s has one): how often it occurs by chance. */
static double
piece_cost (const char *s, gsize i)
{
  double cost = byte_share ((guchar) s[i]);
  return s[i + 1] ? cost * byte_share ((guchar) s[i + 1]) : cost;
}

/* Whether @s holds the piece @a @b (@b '\0': the one byte @a), and
 * where. */
static gboolean
has_piece (const char *s, char a, char b, gsize *at)
{
  if (b == '\0')
    {
      if (s[0] == a && s[1] == '\0')
        return *at = 0, TRUE;
      return FALSE;
    }
  for (gsize i = 0; s[i] && s[i + 1]; i++)
    if (s[i] == a && s[i + 1] == b)
      return *at = i, TRUE;
  return FALSE;
}

/* The offset of @s's cheapest piece. */
static gsize
best_piece (const char *s, double *cost)
{
  gsize best = 0;
  *cost = piece_cost (s, 0);
  for (gsize i = 1; s[i] && s[i + 1]; i++)
    if (piece_cost (s, i) < *cost)
      *cost = piece_cost (s, i), best = i;
  return best;
}

static double
set_cost (const GPtrArray *set)
{
  double total = 0, cost;
  for (guint i = 0; i < set->len; i++)
    {
      best_piece (set->pdata[i], &cost);
      total += cost;
    }
  return total;
}

/* The cheaper of two required sets to look for (either may be NULL); the
 * other is freed. */
static GPtrArray *
cheaper (GPtrArray *a, GPtrArray *b)
{
  if (a == NULL || b == NULL)
    return a ? a : b;
  if (set_cost (b) < set_cost (a))
    {
      set_free (a);
      return b;
    }
  set_free (b);
  return a;
}

/* @a or @b. */
static Info
info_alternate (Info a, Info b)
{
  Info out = { NULL, NULL };
  if (a.exact && b.exact)
    {
      out.exact = set_copy (a.exact);
      if (!set_merge (out.exact, b.exact))
        g_clear_pointer (&out.exact, set_free);
    }
  if (out.exact == NULL)
    {
      out.required = required_of (&a);
      GPtrArray *other = required_of (&b);
      if (out.required == NULL || other == NULL || !set_merge (out.required, other))
        g_clear_pointer (&out.required, set_free);
      set_free (other);
    }
  info_clear (&a);
  info_clear (&b);
  return out;
}

/* One character the reader does not follow: nothing known. */
static const Info ANY_CHAR = { NULL, NULL };

static Info read_alternation (Reader *r);

/* Whether @c, beyond ASCII, matches only itself under caseless
 * matching: punctuation, which Unicode gives no case (letters, some
 * marks, numbers and symbols have other cases: U+0345, Ⅻ, ⓐ). */
static gboolean
caseless_alone (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
      return TRUE;
    default:
      return FALSE;
    }
}

/* A character class "[...]": one character; known when the class lists
 * a few single characters, ASCII or punctuation ("[ ]", "[>»›|]").  Other
 * classes are read to their end. */
static Info
read_class (Reader *r)
{
  const char *p = r->p + 1;
  gboolean negated = *p == '^';
  if (negated)
    p++;
  const char *first = p;
  if (*p == ']')
    p++; /* a ']' first is a member */
  while (*p && *p != ']')
    {
      if (p[0] == '[' && p[1] == ':')
        {
          const char *end = strstr (p + 2, ":]");
          if (end == NULL)
            break;
          p = end + 2;
        }
      else if (p[0] == '\\' && p[1])
        p += 2;
      else
        p++;
    }
  if (*p != ']')
    {
      r->failed = TRUE;
      return ANY_CHAR;
    }
  r->p = p + 1;
  if (negated)
    return ANY_CHAR;
  /* a class of a few single characters ("[>»›|]"): their set */
  GPtrArray *members = set_new ();
  for (const char *q = first; q < p;)
    {
      char member[8] = { 0 };
      if (q[0] == '\\' && (guchar) q[1] < 0x80 && g_ascii_ispunct (q[1]))
        member[0] = q[1], q += 2;
      else if (q[0] == '\\' || q[0] == '[' || (q[0] == '-' && q != first && q + 1 != p))
        break; /* an escape, a POSIX class, a range */
      else if ((guchar) q[0] < 0x80)
        member[0] = g_ascii_tolower (q[0]), q++;
      else if (caseless_alone (g_utf8_get_char (q)))
        {
          const char *next = g_utf8_next_char (q);
          memcpy (member, q, next - q);
          q = next;
        }
      else
        break;
      GPtrArray *one = set_of (member);
      gboolean room = set_merge (members, one);
      set_free (one);
      if (!room)
        break;
      if (q == p)
        return (Info){ members, NULL };
    }
  set_free (members);
  return ANY_CHAR;
}

/* An escape: an escaped punctuation byte is itself; the character types
 * and assertions that take no argument match something unknown (an
 * assertion matches nothing, which the unknown covers); anything else
 * (\x, \p, \Q, back references) stops the reading. */
static Info
read_escape (Reader *r)
{
  char c = r->p[1];
  if (c != '\0' && g_ascii_ispunct (c))
    {
      r->p += 2;
      char s[2] = { c, '\0' };
      return (Info){ set_of (s), NULL };
    }
  if (c != '\0' && strchr ("dDsSwWhHvVbBAzZGRX", c))
    {
      r->p += 2;
      return ANY_CHAR;
    }
  r->failed = TRUE;
  return ANY_CHAR;
}

static Info
read_atom (Reader *r)
{
  guchar c = (guchar) *r->p;
  if (c == '(')
    {
      if (r->p[1] == '?' && r->p[2] == ':')
        r->p += 3;
      else if (r->p[1] == '?' || r->p[1] == '*')
        {
          /* options, lookarounds, named groups, verbs: not read */
          r->failed = TRUE;
          return ANY_CHAR;
        }
      else
        r->p++;
      if (++r->depth > MAX_DEPTH)
        {
          r->failed = TRUE;
          return ANY_CHAR;
        }
      Info inner = read_alternation (r);
      r->depth--;
      if (*r->p != ')')
        {
          r->failed = TRUE;
          info_clear (&inner);
          return ANY_CHAR;
        }
      r->p++;
      return inner;
    }
  if (c == '[')
    return read_class (r);
  if (c == '\\')
    return read_escape (r);
  if (c == '^' || c == '$')
    {
      r->p++;
      return (Info){ set_of (""), NULL }; /* matches nowhere but adjacent */
    }
  if (c == '.')
    {
      r->p++;
      return ANY_CHAR;
    }
  if (c == '{' || c == '*' || c == '+' || c == '?')
    {
      r->failed = TRUE; /* a literal brace, or a quantifier with nothing before it */
      return ANY_CHAR;
    }
  if (c >= 0x80)
    {
      const char *next = g_utf8_next_char (r->p);
      char s[8] = { 0 };
      gboolean alone = caseless_alone (g_utf8_get_char (r->p));
      if (alone)
        memcpy (s, r->p, next - r->p);
      r->p = next;
      return alone ? (Info){ set_of (s), NULL } : ANY_CHAR;
    }
  r->p++;
  char s[2] = { g_ascii_tolower ((char) c), '\0' };
  return (Info){ set_of (s), NULL };
}

/* Reads "{m}", "{m,}" or "{m,n}" at r->p into @least; FALSE for other
 * text (which PCRE2 may read as literal braces: not followed). */
static gboolean
read_braces (Reader *r, guint *least, gboolean *once)
{
  const char *p = r->p + 1;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  guint64 m = g_ascii_strtoull (p, (char **) &p, 10);
  guint64 n = m;
  if (*p == ',')
    {
      p++;
      n = G_MAXUINT64;
      if (g_ascii_isdigit (*p))
        n = g_ascii_strtoull (p, (char **) &p, 10);
    }
  if (*p != '}')
    return FALSE;
  r->p = p + 1;
  *least = (guint) MIN (m, 2);
  *once = m == 1 && n == 1;
  return TRUE;
}

static Info
read_quantified (Reader *r)
{
  Info atom = read_atom (r);
  if (r->failed)
    return atom;
  char c = *r->p;
  guint least;
  gboolean once = FALSE, at_most_one = c == '?';
  if (c == '?' || c == '*')
    least = 0, r->p++;
  else if (c == '+')
    least = 1, r->p++;
  else if (c == '{')
    {
      if (!read_braces (r, &least, &once))
        {
          r->failed = TRUE;
          return atom;
        }
      at_most_one = FALSE;
    }
  else
    return atom;
  if (*r->p == '?' || *r->p == '+')
    r->p++; /* lazy or possessive: the same strings or fewer */
  if (*r->p == '*' || *r->p == '+' || *r->p == '?' || *r->p == '{')
    r->failed = TRUE;
  if (once)
    return atom;
  Info out = { NULL, NULL };
  if (least == 0 && at_most_one && atom.exact)
    {
      out.exact = set_copy (atom.exact);
      GPtrArray *empty = set_of ("");
      if (!set_merge (out.exact, empty))
        g_clear_pointer (&out.exact, set_free);
      set_free (empty);
    }
  else if (least > 0)
    out.required = required_of (&atom);
  info_clear (&atom);
  return out;
}

/* A sequence: the exact strings of its current run of exactly known
 * pieces are kept (crossed with each next piece while few), and when a
 * piece is not exactly known, or the strings grow too many, the run's
 * strings become a requirement: the cheapest requirement met so far is
 * the sequence's.  So "\\bcookie\\b" requires "cookie", not "c". */
static Info
read_sequence (Reader *r)
{
  GPtrArray *run = set_of ("");
  GPtrArray *required = NULL;
  gboolean all_exact = TRUE;
  while (!r->failed && *r->p && *r->p != '|' && *r->p != ')')
    {
      Info piece = read_quantified (r);
      if (piece.exact && run->len * piece.exact->len <= MAX_STRINGS)
        {
          GPtrArray *crossed = set_new ();
          for (guint i = 0; i < run->len; i++)
            for (guint j = 0; j < piece.exact->len; j++)
              {
                char *s = g_strconcat (run->pdata[i], piece.exact->pdata[j], NULL);
                if (set_has (crossed, s))
                  g_free (s);
                else
                  g_ptr_array_add (crossed, s);
              }
          set_free (run);
          run = crossed;
          info_clear (&piece);
          continue;
        }
      all_exact = FALSE;
      Info ended = { run, NULL };
      required = cheaper (required, required_of (&ended));
      set_free (run);
      if (piece.exact)
        {
          run = piece.exact;
          piece.exact = NULL;
        }
      else
        {
          required = cheaper (required, required_of (&piece));
          run = set_of ("");
        }
      info_clear (&piece);
    }
  if (all_exact)
    return (Info){ run, NULL };
  Info ended = { run, NULL };
  required = cheaper (required, required_of (&ended));
  set_free (run);
  return (Info){ NULL, required };
}

static Info
read_alternation (Reader *r)
{
  Info info = read_sequence (r);
  while (!r->failed && *r->p == '|')
    {
      r->p++;
      info = info_alternate (info, read_sequence (r));
    }
  return info;
}

GPtrArray *
prefilter_literals (const char *pattern)
{
  Reader r = { pattern, FALSE, 0 };
  Info info = read_alternation (&r);
  GPtrArray *required = NULL;
  if (!r.failed && *r.p == '\0')
    required = required_of (&info);
  info_clear (&info);
  return required;
}

/* ---- looking for the strings --------------------------------------------- */

typedef struct
{
  guint8 first, second; /* folded (| 0x20); second unused for one byte */
  gboolean single;
} Needle;

/* A string a gate's pattern requires, found by its needle at @at. */
typedef struct
{
  char *text; /* lowercase */
  gsize length;
  gsize at;
  guint needle;
  guint gate;
} Literal;

struct _Prefilter
{
  Needle needles[MAX_NEEDLES];
  guint n_needles;
  GArray *literals; /* Literal, by needle */
  guint from[MAX_NEEDLES + 1]; /* needle k's literals: from[k] to from[k + 1] */
  guint32 gate_ks;  /* gates with a k or an s in a string */
  guint n_gates;
#ifdef __SSE2__
  /* the needles' bytes in every lane: by needle for the second look,
   * the pairs' then the single bytes' for the first */
  __m128i first[MAX_NEEDLES], second[MAX_NEEDLES];
  __m128i pair_first[MAX_NEEDLES], pair_second[MAX_NEEDLES], single[MAX_NEEDLES];
  guint n_pairs, n_singles;
#endif
};

static void
literal_clear (gpointer data)
{
  g_free (((Literal *) data)->text);
}

Prefilter *
prefilter_new (void)
{
  Prefilter *pf = g_new0 (Prefilter, 1);
  pf->literals = g_array_new (FALSE, FALSE, sizeof (Literal));
  g_array_set_clear_func (pf->literals, literal_clear);
  return pf;
}

void
prefilter_free (Prefilter *pf)
{
  if (pf == NULL)
    return;
  g_array_unref (pf->literals);
  g_free (pf);
}

guint
prefilter_n_gates (const Prefilter *pf)
{
  return pf->n_gates;
}

static guint
needle_index (Needle *needles, guint *n_needles, Needle needle)
{
  for (guint i = 0; i < *n_needles; i++)
    if (needles[i].first == needle.first && needles[i].single == needle.single
        && (needle.single || needles[i].second == needle.second))
      return i;
  if (*n_needles == MAX_NEEDLES)
    return MAX_NEEDLES;
  needles[*n_needles] = needle;
  return (*n_needles)++;
}

static int
by_needle (gconstpointer a, gconstpointer b)
{
  const Literal *x = a, *y = b;
  return x->needle != y->needle ? (x->needle < y->needle ? -1 : 1) : (x->gate > y->gate) - (x->gate < y->gate);
}

int
prefilter_add (Prefilter *pf, const char *pattern)
{
  if (pf->n_gates == MAX_GATES)
    return -1;
  g_autoptr (GPtrArray) strings = prefilter_literals (pattern);
  if (strings == NULL || strings->len == 0)
    return -1;
  /* the needles, kept only if all the strings find one */
  Needle needles[MAX_NEEDLES];
  guint n_needles = pf->n_needles;
  memcpy (needles, pf->needles, sizeof needles);
  /* Few needles, each rare: the piece that costs least for each string
   * it covers among those still uncovered, until all are ("ki" for the
   * eight strings with "cookie", where "co" covers all twelve but
   * occurs everywhere). */
  gsize at[MAX_STRINGS];
  guint which[MAX_STRINGS];
  gboolean covered[MAX_STRINGS] = { FALSE };
  for (guint left = strings->len; left > 0;)
    {
      const char *piece = NULL;
      double best_score = 0;
      for (guint i = 0; i < strings->len; i++)
        {
          const char *s = strings->pdata[i];
          gsize length = strlen (s);
          for (gsize j = 0; !covered[i] && j < MAX (length, 2) - 1; j++)
            {
              guint count = 0;
              gsize where;
              for (guint o = 0; o < strings->len; o++)
                count += !covered[o] && has_piece (strings->pdata[o], s[j], s[j + 1], &where);
              double score = piece_cost (s, j) / count;
              if (piece == NULL || score < best_score)
                piece = s + j, best_score = score;
            }
        }
      Needle needle = { (guint8) (piece[0] | 0x20), (guint8) (piece[1] | 0x20), piece[1] == '\0' };
      guint k = needle_index (needles, &n_needles, needle);
      if (k == MAX_NEEDLES)
        return -1;
      for (guint o = 0; o < strings->len; o++)
        if (!covered[o] && has_piece (strings->pdata[o], piece[0], piece[1], &at[o]))
          covered[o] = TRUE, which[o] = k, left--;
    }
  memcpy (pf->needles, needles, sizeof needles);
  pf->n_needles = n_needles;
#ifdef __SSE2__
  pf->n_pairs = pf->n_singles = 0;
  for (guint k = 0; k < n_needles; k++)
    {
      pf->first[k] = _mm_set1_epi8 ((char) needles[k].first);
      pf->second[k] = _mm_set1_epi8 ((char) needles[k].second);
      if (needles[k].single)
        pf->single[pf->n_singles++] = pf->first[k];
      else
        {
          pf->pair_first[pf->n_pairs] = pf->first[k];
          pf->pair_second[pf->n_pairs++] = pf->second[k];
        }
    }
#endif
  for (guint i = 0; i < strings->len; i++)
    {
      const char *s = strings->pdata[i];
      Literal literal = { g_strdup (s), strlen (s), at[i], which[i], pf->n_gates };
      g_array_append_val (pf->literals, literal);
      if (strpbrk (s, "ks"))
        pf->gate_ks |= 1u << pf->n_gates;
    }
  g_array_sort (pf->literals, by_needle);
  for (guint k = 0, l = 0; k <= MAX_NEEDLES; k++)
    {
      while (l < pf->literals->len && g_array_index (pf->literals, Literal, l).needle < k)
        l++;
      pf->from[k] = l;
    }
  return (int) pf->n_gates++;
}

/* Whether @text (lowercase, from a pattern) is at [@s, @s + @n) as the
 * caseless pattern would match it in ASCII. */
static gboolean
literal_at (const Literal *literal, const guchar *s)
{
  for (gsize j = 0; j < literal->length; j++)
    {
      guchar want = (guchar) literal->text[j], have = s[j];
      if (have != want && !(g_ascii_islower (want) && have == want - (guchar) 0x20))
        return FALSE;
    }
  return TRUE;
}

/* The gates of the strings of needle @k at the hits @mask of the block at
 * @i, that the line [@p, @p + @n) holds there. */
static guint32
verify (const Prefilter *pf, guint k, guint mask, gsize i, const guchar *p, gsize n, guint32 open)
{
  guint32 gates = 0;
  for (; mask; mask &= mask - 1)
    {
      gsize hit = i + (gsize) __builtin_ctz (mask);
      for (guint l = pf->from[k]; l < pf->from[k + 1]; l++)
        {
          const Literal *literal = &g_array_index (pf->literals, Literal, l);
          if (((open | gates) >> literal->gate) & 1 || hit < literal->at
              || hit - literal->at + literal->length > n)
            continue;
          if (literal_at (literal, p + hit - literal->at))
            gates |= 1u << literal->gate;
        }
    }
  return gates;
}

guint32
prefilter_scan (const Prefilter *pf, const char *s, gsize n)
{
  if (pf->n_gates == 0)
    return 0;
  guint32 all = (guint32) ((1ull << pf->n_gates) - 1);
#ifdef __SSE2__
  const guchar *p = (const guchar *) s;
  guint32 open = 0;
  guint count = pf->n_needles, n_pairs = pf->n_pairs, n_singles = pf->n_singles;
  const __m128i *first = pf->first, *second = pf->second;
  const __m128i *pair_first = pf->pair_first, *pair_second = pf->pair_second, *single = pf->single;
  __m128i fold = _mm_set1_epi8 (0x20);
  guchar tail[33];
  for (gsize i = 0; i < n && open != all; i += 16)
    {
      const guchar *block = p + i;
      if (i + 17 > n)
        {
          /* past the line's end, an ASCII byte no needle has (0x7f
           * stays 0x7f) */
          memset (tail, 0x7f, sizeof tail);
          memcpy (tail, p + i, n - i);
          block = tail;
        }
      __m128i raw = _mm_loadu_si128 ((const __m128i *) block);
      __m128i a = _mm_or_si128 (raw, fold);
      __m128i b = _mm_or_si128 (_mm_loadu_si128 ((const __m128i *) (block + 1)), fold);
      __m128i any = _mm_setzero_si128 ();
      for (guint k = 0; k < n_pairs; k++)
        any = _mm_or_si128 (any, _mm_and_si128 (_mm_cmpeq_epi8 (a, pair_first[k]),
                                                _mm_cmpeq_epi8 (b, pair_second[k])));
      for (guint k = 0; k < n_singles; k++)
        any = _mm_or_si128 (any, _mm_cmpeq_epi8 (a, single[k]));
      if (G_UNLIKELY (_mm_movemask_epi8 (any)))
        {
          /* a candidate: which needles, and whether their strings are
           * there (a hit past the end is cut off by the mask) */
          guint inside = i + 16 <= n ? 0xffffu : (1u << (n - i)) - 1;
          for (guint k = 0; k < count; k++)
            {
              __m128i hit = _mm_cmpeq_epi8 (a, first[k]);
              if (!pf->needles[k].single)
                hit = _mm_and_si128 (hit, _mm_cmpeq_epi8 (b, second[k]));
              guint mask = (guint) _mm_movemask_epi8 (hit) & inside;
              if (mask)
                open |= verify (pf, k, mask, i, p, n, open);
            }
        }
      /* a Kelvin sign or long s may stand for a string's k or s */
      if (G_UNLIKELY (_mm_movemask_epi8 (raw)) && (pf->gate_ks & ~open))
        {
          __m128i raw_next = _mm_loadu_si128 ((const __m128i *) (block + 1));
          __m128i special
            = _mm_or_si128 (_mm_and_si128 (_mm_cmpeq_epi8 (raw, _mm_set1_epi8 ((char) 0xc5)),
                                           _mm_cmpeq_epi8 (raw_next, _mm_set1_epi8 ((char) 0xbf))),
                            _mm_and_si128 (_mm_cmpeq_epi8 (raw, _mm_set1_epi8 ((char) 0x84)),
                                           _mm_cmpeq_epi8 (raw_next, _mm_set1_epi8 ((char) 0xaa))));
          if (_mm_movemask_epi8 (special))
            open |= pf->gate_ks;
        }
    }
  return open;
#else
  /* no quick look: every rule is tried, as before the gates */
  (void) s;
  (void) n;
  return all;
#endif
}
