/* hints.c: what a pattern needs around it, read from the pattern itself.
 *
 * The scan tries a pattern only near a word that anchors it (NEEDS) and
 * only as many tokens before that word as a match can hold (BEFORE).  A
 * hint written by hand that leaves out a way to match silently loses
 * matches, so the stage derives both from the pattern: it parses the
 * pattern (as patterns.tsv writes it, lexicon slots unexpanded) into a
 * tree, and looks for what every match must hold as a whole word: a
 * literal word, a word of a lexicon class ({MONTH}), or digits at a word's
 * start (a year's four, a day's one or two).  Of what every match holds,
 * the most selective is chosen; BEFORE is an upper bound of the tokens a
 * match can hold before it.  Bounds are generous where the tree cannot
 * tell (a repetition, an unknown construct): a hint too wide costs time,
 * one too narrow loses matches.  Where no anchor can be proved, the
 * pattern must carry its hints by hand, and loading says so.
 */
#include "dates-private.h"

#include <string.h>

/* What a character can be, as the scan sees it: a digit and a letter
 * make words, a space separates, anything else is a mark (a token). */
enum
{
  C_DIGIT = 1,
  C_LETTER = 2,
  C_SPACE = 4,
  C_MARK = 8,
  C_ALNUM = C_DIGIT | C_LETTER,
  C_ANY = 15,
};

typedef enum
{
  N_SEQ,
  N_ALT,
  N_REPEAT,
  N_CHAR,     /* one character of the categories .cats; .c when literal */
  N_SLOT,     /* a lexicon class: {MONTH} */
  N_BOUNDARY, /* \b */
  N_ZERO,     /* anything else of no width: a lookaround, ^, $, (*MARK) */
} NodeType;

typedef struct Node Node;
struct Node
{
  NodeType type;
  GPtrArray *kids; /* Node, for SEQ, ALT, REPEAT (one) */
  int min, max;    /* REPEAT; max -1: no bound */
  guint8 cats;
  char c; /* a literal ASCII letter or digit, lowercase; 0 otherwise */
  char lits[8]; /* the ASCII characters it can be, when they are few and written out ("-", "[.-]") */
  char *slot;
};

static void
node_free (gpointer data)
{
  Node *n = data;
  if (n->kids)
    g_ptr_array_unref (n->kids);
  g_free (n->slot);
  g_free (n);
}

static Node *
node_new (NodeType type)
{
  Node *n = g_new0 (Node, 1);
  n->type = type;
  if (type == N_SEQ || type == N_ALT || type == N_REPEAT)
    n->kids = g_ptr_array_new_with_free_func (node_free);
  return n;
}

typedef struct
{
  const char *p, *end;
  gboolean failed;
} Parser;

static Node *parse_alt (Parser *ps);

static Node *
char_node (guint8 cats, char c)
{
  Node *n = node_new (N_CHAR);
  n->cats = cats;
  n->c = c ? g_ascii_tolower (c) : 0;
  return n;
}

static guint8
cats_of (char c)
{
  return g_ascii_isdigit (c)   ? C_DIGIT
         : g_ascii_isalpha (c) ? C_LETTER
         : g_ascii_isspace (c) ? C_SPACE
                               : C_MARK;
}

/* A class [...]: the categories its members can have. */
static Node *
parse_class (Parser *ps)
{
  guint8 cats = 0;
  char lits[8] = { 0 };
  guint n_lits = 0;
  gboolean exact = TRUE; /* every member written out, ASCII */
  gboolean negated = ps->p < ps->end && *ps->p == '^';
  if (negated)
    ps->p++;
  gboolean first = TRUE;
  while (ps->p < ps->end && (*ps->p != ']' || first))
    {
      first = FALSE;
      char c = *ps->p++;
      gboolean range = ps->p + 1 < ps->end && *ps->p == '-' && ps->p[1] != ']';
      if (c != '\\' && c != '[' && (guchar) c < 0x80 && !range && n_lits < sizeof lits - 1)
        lits[n_lits++] = c;
      else if (!range)
        exact = FALSE;
      if (c == '[' && ps->p < ps->end && *ps->p == ':')
        {
          /* a POSIX class: any */
          const char *e = strstr (ps->p, ":]");
          if (e == NULL || e >= ps->end)
            return ps->failed = TRUE, NULL;
          ps->p = e + 2;
          cats |= C_ANY;
        }
      else if (c == '\\' && ps->p < ps->end)
        {
          char e = *ps->p++;
          cats |= e == 'd'              ? C_DIGIT
                  : e == 's'            ? C_SPACE
                  : e == 'w'            ? C_ALNUM | C_MARK
                  : g_ascii_isalpha (e) ? C_ANY
                                        : cats_of (e);
          if (e == 'x' && ps->p < ps->end && *ps->p == '{')
            {
              const char *close = memchr (ps->p, '}', ps->end - ps->p);
              if (close == NULL)
                return ps->failed = TRUE, NULL;
              ps->p = close + 1;
            }
        }
      else if ((guchar)c >= 0x80)
        cats |= C_MARK | C_SPACE;
      else if (ps->p + 1 < ps->end && *ps->p == '-' && ps->p[1] != ']')
        {
          char to = ps->p[1];
          ps->p += 2;
          for (int x = (guchar)c; x <= (guchar)to && x < 128; x++)
            {
              cats |= cats_of ((char)x);
              if (n_lits < sizeof lits - 1)
                lits[n_lits++] = (char)x;
              else
                exact = FALSE;
            }
          exact = exact && (guchar)to < 128;
        }
      else
        cats |= cats_of (c);
    }
  if (ps->p >= ps->end)
    return ps->failed = TRUE, NULL;
  ps->p++;
  Node *n = char_node (negated ? C_ANY : cats, 0);
  if (exact && !negated)
    memcpy (n->lits, lits, sizeof lits);
  return n;
}

/* A group after its '(': returns its tree (a SEQ or an ALT), or a ZERO for
 * a lookaround and the like. */
static Node *
parse_group (Parser *ps)
{
  gboolean zero = FALSE;
  if (ps->p < ps->end && *ps->p == '*')
    {
      /* (*MARK:...), (*FAIL) */
      const char *close = memchr (ps->p, ')', ps->end - ps->p);
      if (close == NULL)
        return ps->failed = TRUE, NULL;
      ps->p = close + 1;
      return node_new (N_ZERO);
    }
  if (ps->p < ps->end && *ps->p == '?')
    {
      ps->p++;
      char c = ps->p < ps->end ? *ps->p : 0;
      if (c == ':')
        ps->p++;
      else if (c == '=' || c == '!')
        ps->p++, zero = TRUE;
      else if (c == '<' && ps->p + 1 < ps->end && (ps->p[1] == '=' || ps->p[1] == '!'))
        ps->p += 2, zero = TRUE;
      else if (c == '<' || c == 'P' || c == '\'')
        {
          /* a named group */
          const char *close = ps->p;
          while (close < ps->end && *close != '>' && *close != '\'')
            close++;
          if (close >= ps->end)
            return ps->failed = TRUE, NULL;
          ps->p = close + 1;
        }
      else if (c == '(')
        {
          /* a condition, (?(<name>)yes|no): either branch, or nothing */
          const char *close = memchr (ps->p, ')', ps->end - ps->p);
          if (close == NULL)
            return ps->failed = TRUE, NULL;
          ps->p = close + 1;
          Node *alt = parse_alt (ps);
          if (ps->failed || ps->p >= ps->end || *ps->p != ')')
            return ps->failed = TRUE, alt;
          ps->p++;
          Node *either = node_new (N_ALT);
          g_ptr_array_add (either->kids, alt);
          g_ptr_array_add (either->kids, node_new (N_SEQ));
          return either;
        }
      else
        {
          /* flags: (?i:...), (?i) */
          while (ps->p < ps->end && (g_ascii_isalpha (*ps->p) || *ps->p == '-'))
            ps->p++;
          if (ps->p < ps->end && *ps->p == ')')
            {
              ps->p++;
              return node_new (N_ZERO);
            }
          if (ps->p >= ps->end || *ps->p != ':')
            return ps->failed = TRUE, NULL;
          ps->p++;
        }
    }
  Node *inner = parse_alt (ps);
  if (ps->failed || ps->p >= ps->end || *ps->p != ')')
    return ps->failed = TRUE, inner;
  ps->p++;
  if (zero)
    {
      node_free (inner);
      return node_new (N_ZERO);
    }
  return inner;
}

static Node *
parse_atom (Parser *ps)
{
  char c = *ps->p++;
  switch (c)
    {
    case '(':
      return parse_group (ps);
    case '[':
      return parse_class (ps);
    case '.':
      return char_node (C_ANY, 0);
    case '^':
    case '$':
      return node_new (N_ZERO);
    case '{':
      {
        const char *close = memchr (ps->p, '}', ps->end - ps->p);
        if (close && g_ascii_isupper (*ps->p))
          {
            Node *n = node_new (N_SLOT);
            n->slot = g_strndup (ps->p - 1, close + 1 - (ps->p - 1));
            ps->p = close + 1;
            return n;
          }
        return char_node (C_MARK, 0);
      }
    case '\\':
      {
        if (ps->p >= ps->end)
          return ps->failed = TRUE, NULL;
        char e = *ps->p++;
        if (e == 'b')
          return node_new (N_BOUNDARY);
        if (e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G')
          return node_new (N_ZERO);
        if (e == 'd')
          return char_node (C_DIGIT, 0);
        if (e == 's')
          return char_node (C_SPACE, 0);
        if (e == 'Q')
          {
            /* quoted to \E: literal characters */
            Node *seq = node_new (N_SEQ);
            while (ps->p < ps->end && !(ps->p[0] == '\\' && ps->p + 1 < ps->end && ps->p[1] == 'E'))
              {
                char q = *ps->p++;
                g_ptr_array_add (seq->kids, char_node (cats_of (q), g_ascii_isalnum (q) ? q : 0));
              }
            ps->p = MIN (ps->p + 2, ps->end);
            return seq;
          }
        if (e == 'x' && ps->p < ps->end && *ps->p == '{')
          {
            const char *close = memchr (ps->p, '}', ps->end - ps->p);
            if (close == NULL)
              return ps->failed = TRUE, NULL;
            ps->p = close + 1;
            return char_node (C_MARK | C_SPACE, 0);
          }
        if (g_ascii_isalnum (e))
          return char_node (C_ANY, 0); /* \w, \S, \p, a back reference: anything */
        Node *n = char_node (cats_of (e), 0);
        n->lits[0] = e;
        return n;
      }
    default:
      if ((guchar)c >= 0x80)
        {
          while (ps->p < ps->end && ((guchar)*ps->p & 0xC0) == 0x80)
            ps->p++;
          return char_node (C_MARK | C_SPACE, 0);
        }
      {
        Node *n = char_node (cats_of (c), g_ascii_isalnum (c) ? c : 0);
        n->lits[0] = c;
        return n;
      }
    }
}

/* A quantifier after an atom, if any: *, +, ?, {n}, {n,}, {n,m}, each
 * perhaps lazy or possessive. */
static Node *
parse_quantified (Parser *ps, Node *atom)
{
  if (ps->p >= ps->end)
    return atom;
  int min = 1, max = 1;
  char c = *ps->p;
  if (c == '*')
    min = 0, max = -1, ps->p++;
  else if (c == '+')
    min = 1, max = -1, ps->p++;
  else if (c == '?')
    min = 0, max = 1, ps->p++;
  else if (c == '{' && ps->p + 1 < ps->end && g_ascii_isdigit (ps->p[1]))
    {
      char *after;
      min = (int)g_ascii_strtoll (ps->p + 1, &after, 10);
      max = min;
      if (*after == ',')
        max = g_ascii_isdigit (after[1]) ? (int)g_ascii_strtoll (after + 1, &after, 10)
                                         : (after++, -1);
      if (*after != '}')
        return atom;
      ps->p = after + 1;
    }
  else
    return atom;
  if (ps->p < ps->end && (*ps->p == '?' || *ps->p == '+'))
    ps->p++;
  Node *r = node_new (N_REPEAT);
  r->min = min, r->max = max;
  g_ptr_array_add (r->kids, atom);
  return r;
}

static Node *
parse_seq (Parser *ps)
{
  Node *seq = node_new (N_SEQ);
  while (!ps->failed && ps->p < ps->end && *ps->p != '|' && *ps->p != ')')
    {
      Node *atom = parse_atom (ps);
      if (atom == NULL)
        break;
      atom = parse_quantified (ps, atom);
      /* a group of one sequence, unquantified, is part of this one */
      if (atom->type == N_SEQ)
        {
          for (guint i = 0; i < atom->kids->len; i++)
            g_ptr_array_add (seq->kids, g_ptr_array_steal_index (atom->kids, i--));
          node_free (atom);
        }
      else
        g_ptr_array_add (seq->kids, atom);
    }
  return seq;
}

static Node *
parse_alt (Parser *ps)
{
  Node *first = parse_seq (ps);
  if (ps->p >= ps->end || *ps->p != '|')
    return first;
  Node *alt = node_new (N_ALT);
  g_ptr_array_add (alt->kids, first);
  while (!ps->failed && ps->p < ps->end && *ps->p == '|')
    {
      ps->p++;
      g_ptr_array_add (alt->kids, parse_seq (ps));
    }
  return alt;
}

/* ---- what a tree can match ------------------------------------------------ */

typedef struct
{
  const Dates *d;
} Ctx;

/* The lexicon's words of the slot @name, or NULL. */
static GHashTable *
slot_table (const Dates *d, const char *name)
{
  DatesSlot slots[DATES_N_SLOTS];
  dates_slots (d, slots);
  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    if (strcmp (name, slots[i].name) == 0)
      return slots[i].table;
  return NULL;
}

/* The tokens in @s as the scan counts them: a word's start (after a byte
 * that is no letter or digit) and each mark, spaces none. */
static guint
tokens_in (const char *s)
{
  guint n = 0;
  for (const guchar *p = (const guchar *)s; *p; p++)
    if (g_ascii_isalnum (*p) ? p == (const guchar *)s || !g_ascii_isalnum (p[-1])
                             : !g_ascii_isspace (*p) && (*p & 0xC0) != 0x80)
      n++;
  return n;
}

#define MANY 64 /* more tokens than any BEFORE may say */

static gboolean
nullable (const Node *n)
{
  switch (n->type)
    {
    case N_SEQ:
      for (guint i = 0; i < n->kids->len; i++)
        if (!nullable (n->kids->pdata[i]))
          return FALSE;
      return TRUE;
    case N_ALT:
      for (guint i = 0; i < n->kids->len; i++)
        if (nullable (n->kids->pdata[i]))
          return TRUE;
      return FALSE;
    case N_REPEAT:
      return n->min == 0 || nullable (n->kids->pdata[0]);
    case N_CHAR:
    case N_SLOT:
      return FALSE;
    default:
      return TRUE;
    }
}

/* The categories of a match's first (@last: last) character; a slot's
 * words start and end with a letter or a digit, or a mark ("a.m."). */
static guint8
edge (const Ctx *cx, const Node *n, gboolean last)
{
  switch (n->type)
    {
    case N_SEQ:
      {
        guint8 cats = 0;
        for (guint k = 0; k < n->kids->len; k++)
          {
            const Node *kid = n->kids->pdata[last ? n->kids->len - 1 - k : k];
            cats |= edge (cx, kid, last);
            if (!nullable (kid))
              break;
          }
        return cats;
      }
    case N_ALT:
      {
        guint8 cats = 0;
        for (guint i = 0; i < n->kids->len; i++)
          cats |= edge (cx, n->kids->pdata[i], last);
        return cats;
      }
    case N_REPEAT:
      return edge (cx, n->kids->pdata[0], last);
    case N_CHAR:
      return n->cats;
    case N_SLOT:
      {
        /* as its words start (end) */
        GHashTable *table = slot_table (cx->d, n->slot);
        if (table == NULL)
          return C_ANY;
        guint8 cats = 0;
        GHashTableIter iter;
        gpointer key;
        g_hash_table_iter_init (&iter, table);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          {
            const char *w = key;
            gsize len = strlen (w);
            if (len)
              cats |= (guchar)w[last ? len - 1 : 0] >= 0x80 ? C_MARK
                                                            : cats_of (w[last ? len - 1 : 0]);
          }
        return cats;
      }
    default:
      return 0;
    }
}

/* Whether @n is letters or digits only, one or more: part of one word
 * with its neighbours of the same. */
static gboolean
alnum_run (const Node *n)
{
  if (n->type == N_REPEAT)
    return n->min >= 1 && alnum_run (n->kids->pdata[0]);
  return n->type == N_CHAR && n->cats && !(n->cats & ~C_ALNUM);
}

/* Whether @n is a class of a few letters and digits, written out. */
static gboolean
alnum_lits (const Node *n)
{
  if (n->lits[0] == '\0')
    return FALSE;
  for (const char *l = n->lits; *l; l++)
    if (!g_ascii_isalnum (*l))
      return FALSE;
  return TRUE;
}

/* An upper bound of the tokens a match of @n holds. */
static guint
max_tokens (const Ctx *cx, const Node *n)
{
  guint total = 0;
  switch (n->type)
    {
    case N_SEQ:
      for (guint i = 0; i < n->kids->len; i++)
        {
          /* letters and digits in a row are one word */
          const Node *kid = n->kids->pdata[i], *prev = i ? n->kids->pdata[i - 1] : NULL;
          if (prev && alnum_run (kid) && alnum_run (prev))
            continue;
          total += max_tokens (cx, kid);
        }
      break;
    case N_ALT:
      for (guint i = 0; i < n->kids->len; i++)
        total = MAX (total, max_tokens (cx, n->kids->pdata[i]));
      break;
    case N_REPEAT:
      {
        guint one = max_tokens (cx, n->kids->pdata[0]);
        total = one == 0 ? 0 : alnum_run (n) ? 1 : n->max < 0 ? MANY : one * (guint)n->max;
        break;
      }
    case N_CHAR:
      total = n->cats & (C_ALNUM | C_MARK) ? 1 : 0;
      break;
    case N_SLOT:
      {
        GHashTable *table = slot_table (cx->d, n->slot);
        GHashTableIter iter;
        gpointer word;
        if (table == NULL)
          return MANY;
        g_hash_table_iter_init (&iter, table);
        while (g_hash_table_iter_next (&iter, &word, NULL))
          total = MAX (total, tokens_in (word));
        break;
      }
    default:
      break;
    }
  return MIN (total, MANY);
}

/* What every match holds as a whole word: the NEEDS alternatives (one of
 * them is in every match) and the most tokens before it.  score: how
 * selective (higher is rarer); 0: nothing proved. */
typedef struct
{
  GString *needs;
  guint before;
  int score;
} Proof;

static void
proof_clear (Proof *a)
{
  if (a->needs)
    g_string_free (a->needs, TRUE);
  *a = (Proof){ 0 };
}

static const struct
{
  const char *slot;
  int score;
} class_scores[] = { { "{MONTH}", 40 },   { "{WEEKDAY}", 40 }, { "{SEASON}", 40 },
                     { "{HOLIDAY}", 50 }, { "{TZ}", 40 },      { "{PART}", 30 },
                     { "{UNIT}", 20 },    { "{ORDINAL}", 20 }, { "{NUMBER}", 10 } };

/* A word's score: longer words are rarer, as a rule. */
static int
word_score (const char *w)
{
  return 20 + 5 * (int)MIN (strlen (w), 8);
}

/* Keeps in *@best the better of it and @a (which it takes). */
static void
keep_better (Proof *best, Proof *a)
{
  if (a->score > best->score
      || (a->score == best->score && a->score > 0 && a->before < best->before))
    {
      proof_clear (best);
      *best = *a;
    }
  else
    proof_clear (a);
}

static Proof proof_of (const Ctx *cx, const Node *n, guint8 before, guint8 after);

/* Digits at a word's start: `year` when exactly four must lead, `short`
 * when one or two, `digit` otherwise.  @kids[from, to) are digit
 * characters or repetitions of them. */
static Proof
digits_anchor (const Node *const *kids, guint from, guint to)
{
  int min = 0, max = 0;
  for (guint i = from; i < to; i++)
    {
      const Node *k = kids[i];
      int lo = k->type == N_REPEAT ? k->min : 1, hi = k->type == N_REPEAT ? k->max : 1;
      min += lo;
      max = max < 0 || hi < 0 ? -1 : max + hi;
    }
  Proof a = { g_string_new (NULL), 0, 5 };
  if (min == 4 && max == 4)
    g_string_assign (a.needs, "year"), a.score = 15;
  else if (min >= 1 && max >= 1 && max <= 2)
    g_string_assign (a.needs, "short"), a.score = 8;
  else
    g_string_assign (a.needs, "digit");
  return a;
}

static gboolean
is_digits (const Node *n)
{
  if (n->type == N_REPEAT)
    return n->max != 0 && ((const Node *)n->kids->pdata[0])->type == N_CHAR
           && ((const Node *)n->kids->pdata[0])->cats == C_DIGIT && n->min >= 1;
  return n->type == N_CHAR && n->cats == C_DIGIT;
}

/* The categories that can come right before (@forward FALSE) or after
 * kid @i of @seq, from its neighbours and the context @outside. */
static guint8
neighbours (const Ctx *cx, const Node *seq, guint i, gboolean forward, guint8 outside)
{
  guint8 cats = 0;
  guint n = seq->kids->len;
  for (gint k = (gint)i + (forward ? 1 : -1); k >= 0 && k < (gint)n; k += forward ? 1 : -1)
    {
      const Node *kid = seq->kids->pdata[k];
      if (kid->type == N_BOUNDARY)
        {
          /* \b between a letter or digit and what is beyond it: that is
           * no letter or digit */
          const Node *self = seq->kids->pdata[i];
          guint8 own = edge (cx, self, forward);
          if (own && !(own & ~C_ALNUM))
            return cats | (C_SPACE | C_MARK);
          continue;
        }
      cats |= edge (cx, kid, !forward);
      if (!nullable (kid))
        return cats;
    }
  return cats | outside;
}

static Proof
proof_of_seq (const Ctx *cx, const Node *seq, guint8 before, guint8 after)
{
  Proof best = { 0 };
  const Node *const *kids = (const Node *const *)seq->kids->pdata;
  guint n = seq->kids->len;
  guint tokens_before = 0;
  for (guint i = 0; i < n; i++)
    {
      guint8 left = neighbours (cx, seq, i, FALSE, before);
      /* a run of literal letters and digits: a word when nothing
       * alphanumeric can touch it (its forms are spelt out only where
       * nothing can before it: from each letter of a word in turn, they
       * were four fifths of deriving the hints at start-up) */
      if (kids[i]->type == N_CHAR && kids[i]->c && (g_ascii_isalpha (kids[i]->c)))
        {
          if (left & C_ALNUM)
            goto next;
          /* the word's forms: a class of a few letters or digits in it
           * ("Q[1-4]") makes one form for each */
          guint j = i;
          g_autoptr (GPtrArray) forms = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (forms, g_strdup (""));
          for (; j < n && kids[j]->type == N_CHAR && (kids[j]->c || alnum_lits (kids[j])); j++)
            {
              const char *choices = kids[j]->c ? (const char[]) { kids[j]->c, 0 } : kids[j]->lits;
              if (forms->len * strlen (choices) > 16)
                break;
              g_autoptr (GPtrArray) longer = g_ptr_array_new_with_free_func (g_free);
              for (guint f = 0; f < forms->len; f++)
                for (const char *ch = choices; *ch; ch++)
                  g_ptr_array_add (longer, g_strdup_printf ("%s%c", (char *)forms->pdata[f], g_ascii_tolower (*ch)));
              g_ptr_array_unref (forms);
              forms = g_steal_pointer (&longer);
            }
          guint8 right = neighbours (cx, seq, j - 1, TRUE, after);
          if (!(right & C_ALNUM))
            {
              Proof a = { g_string_new (NULL), tokens_before, G_MAXINT };
              for (guint f = 0; f < forms->len; f++)
                {
                  g_string_append_printf (a.needs, "%s\"%s\"", f ? "|" : "", (char *)forms->pdata[f]);
                  a.score = MIN (a.score, word_score (forms->pdata[f]));
                }
              keep_better (&best, &a);
            }
        }
      else if (is_digits (kids[i]) && !(left & C_ALNUM))
        {
          guint j = i;
          while (j < n && is_digits (kids[j]))
            j++;
          guint8 right = neighbours (cx, seq, j - 1, TRUE, after);
          Proof a = digits_anchor (kids, i, j);
          a.before = tokens_before;
          /* `year` and `short` count the digits a word starts with: no
           * digit may follow them */
          if (right & C_DIGIT)
            g_string_assign (a.needs, "digit"), a.score = 5;
          /* and where one of a few characters must follow them ("1990s",
           * "10:35", "2025-05-29"), those: `year+s`, `short+:` */
          else if (j < n && kids[j]->type == N_CHAR && kids[j]->lits[0] && strcmp (a.needs->str, "digit") != 0)
            {
              g_autofree char *digits = g_strdup (a.needs->str);
              g_string_truncate (a.needs, 0);
              gboolean usable = TRUE;
              for (const char *l = kids[j]->lits; *l; l++)
                {
                  usable = usable && !g_ascii_isspace (*l) && !g_ascii_isdigit (*l);
                  g_string_append_printf (a.needs, "%s%s+%c", a.needs->len ? "|" : "", digits,
                                          g_ascii_tolower (*l));
                }
              if (usable)
                a.score += 15;
              else
                g_string_assign (a.needs, digits);
            }
          keep_better (&best, &a);
        }
      else if (!nullable (kids[i]))
        {
          guint8 right = neighbours (cx, seq, i, TRUE, after);
          Proof a = proof_of (cx, kids[i], left, right);
          a.before += tokens_before;
          keep_better (&best, &a);
        }
    next:
      tokens_before = MIN (tokens_before + max_tokens (cx, kids[i]), MANY);
    }
  return best;
}

static Proof
proof_of (const Ctx *cx, const Node *n, guint8 before, guint8 after)
{
  switch (n->type)
    {
    case N_SEQ:
      return proof_of_seq (cx, n, before, after);
    case N_ALT:
      {
        /* one of the branches' anchors: all of them, the least selective
         * counting */
        Proof all = { g_string_new (NULL), 0, G_MAXINT };
        for (guint i = 0; i < n->kids->len; i++)
          {
            Proof a = proof_of (cx, n->kids->pdata[i], before, after);
            if (a.score == 0)
              {
                proof_clear (&all);
                proof_clear (&a);
                return all;
              }
            g_string_append_printf (all.needs, "%s%s", all.needs->len ? "|" : "", a.needs->str);
            all.before = MAX (all.before, a.before);
            all.score = MIN (all.score, a.score);
            proof_clear (&a);
          }
        return all;
      }
    case N_REPEAT:
      if (n->min >= 1)
        return proof_of (cx, n->kids->pdata[0], before, n->max == 1 ? after : (guint8)C_ANY);
      return (Proof){ 0 };
    case N_SLOT:
      {
        /* a class's word, whole ("{UNIT}s": the plural is a form too) */
        for (guint i = 0; i < G_N_ELEMENTS (class_scores); i++)
          if (strcmp (n->slot, class_scores[i].slot) == 0 && !(before & C_ALNUM)
              && !(after & C_ALNUM))
            return (Proof){ g_string_new (n->slot), 0, class_scores[i].score };
        /* a class the scan has no anchors for: each word's longest word */
        GHashTable *table = slot_table (cx->d, n->slot);
        if (table == NULL || (before & C_ALNUM) || (after & C_ALNUM))
          return (Proof){ 0 };
        Proof a = { g_string_new (NULL), 0, G_MAXINT };
        GHashTableIter iter;
        gpointer key;
        g_hash_table_iter_init (&iter, table);
        while (g_hash_table_iter_next (&iter, &key, NULL))
          {
            g_auto (GStrv) words = g_strsplit_set (key, " -", -1);
            const char *longest = "";
            guint at = 0, longest_at = 0;
            for (char **w = words; *w; w++)
              {
                if (strlen (*w) > strlen (longest))
                  longest = *w, longest_at = at;
                at += tokens_in (*w);
              }
            gboolean alnum = *longest != '\0';
            for (const char *c = longest; *c; c++)
              alnum = alnum && g_ascii_isalnum (*c);
            if (!alnum)
              {
                proof_clear (&a);
                return a;
              }
            g_autofree char *lower = g_ascii_strdown (longest, -1);
            g_string_append_printf (a.needs, "%s\"%s\"", a.needs->len ? "|" : "", lower);
            a.before = MAX (a.before, longest_at);
            a.score = MIN (a.score, word_score (lower));
          }
        return a;
      }
    default:
      return (Proof){ 0 };
    }
}

gboolean
hints_derive (const Dates *d, const char *pattern, char **needs, guint *before)
{
  Parser ps = { pattern, pattern + strlen (pattern), FALSE };
  Node *tree = parse_alt (&ps);
  gboolean parsed = !ps.failed && ps.p == ps.end;
  Ctx cx = { d };
  /* what comes before a match and after it is not known */
  Proof a = parsed ? proof_of (&cx, tree, C_ANY, C_ANY) : (Proof){ 0 };
  node_free (tree);
  if (a.score == 0)
    {
      proof_clear (&a);
      return FALSE;
    }
  *needs = g_string_free (a.needs, FALSE);
  /* A repetition ("[\s-]+") has no bound: the scan looks no further back
   * than MAX_BEFORE tokens anyway (and WINDOW_BEFORE bytes). */
  *before = MIN (a.before, MAX_BEFORE);
  return TRUE;
}
