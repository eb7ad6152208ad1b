/* follow.c: which bytes may follow a word at a match's start, read from
 * each pattern's tree (the scan's word filter). */
#include "dates-private.h"
#include "hints-tree.h"

#include <string.h>

/* A pattern that may open with a word ("the", "last", "some") is tried at
 * every such word near its anchor, and most of those tries fail on the
 * next word ("the company"): on the bench's 20 MB of BBC text, "the"
 * alone opened 65k failing tries of 173k.  Which bytes may follow "WORD "
 * at a match's start is read here from the pattern's tree, for each word
 * the patterns write out; the scan then tries a pattern after "WORD "
 * only where the next byte is one of them.  The walk is generous where
 * the tree is (a lookaround, \b and case are taken to let anything by), so
 * that it never turns away a match; nothing in it is learnt from a text. */

/* A lexicon slot's words by their first byte in lowercase, and the
 * bytes they start with: the walks read a slot's words at each place,
 * and a walk through every word of {NUMBER} for each was most of the
 * filter's cost at load. */
typedef struct
{
  GHashTable *table;
  GPtrArray *by_first[128]; /* words that start with an ASCII byte */
  guint64 first[2];
} SlotWords;

typedef struct
{
  const Dates *d;
  const guchar *s; /* "word ", lowercase */
  guint len;
  guint64 next[2]; /* the ASCII bytes a match may have at s[len] */
  SlotWords *slots; /* one for each slot_table() met so far */
  guint *n_slots;
} Walk;

#define MAX_SLOTS 16

static void
next_add (Walk *w, guchar b);

/* @table's words, indexed (see SlotWords) */
static SlotWords *
slot_words (Walk *w, GHashTable *table)
{
  for (guint i = 0; i < *w->n_slots; i++)
    if (w->slots[i].table == table)
      return &w->slots[i];
  if (*w->n_slots == MAX_SLOTS)
    return NULL;
  SlotWords *sw = &w->slots[(*w->n_slots)++];
  sw->table = table;
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guchar c = *(const guchar *) key;
      if (c >= 128 || c == 0)
        continue;
      guchar lower = g_ascii_tolower (c), upper = g_ascii_toupper (c);
      if (sw->by_first[lower] == NULL)
        sw->by_first[lower] = g_ptr_array_new ();
      g_ptr_array_add (sw->by_first[lower], key);
      sw->first[lower / 64] |= G_GUINT64_CONSTANT (1) << (lower % 64);
      sw->first[upper / 64] |= G_GUINT64_CONSTANT (1) << (upper % 64);
    }
  return sw;
}

static void
slot_words_clear (SlotWords *slots, guint n)
{
  for (guint i = 0; i < n; i++)
    for (guint c = 0; c < 128; c++)
      if (slots[i].by_first[c])
        g_ptr_array_unref (slots[i].by_first[c]);
}

/* Whether a character of the tree @n may be the byte @b (in any case). */
static gboolean
char_fits (const Node *n, guchar b)
{
  if (n->c)
    return g_ascii_tolower (b) == n->c;
  if (n->lits[0])
    {
      for (guint i = 0; i < sizeof n->lits && n->lits[i]; i++)
        if (g_ascii_tolower (n->lits[i]) == g_ascii_tolower (b))
          return TRUE;
      return FALSE;
    }
  return (cats_of ((char) b) & n->cats) != 0;
}

static void
next_add (Walk *w, guchar b)
{
  if (b < 128)
    {
      guchar lower = g_ascii_tolower (b), upper = g_ascii_toupper (b);
      w->next[lower / 64] |= G_GUINT64_CONSTANT (1) << (lower % 64);
      w->next[upper / 64] |= G_GUINT64_CONSTANT (1) << (upper % 64);
    }
}

/* The ASCII bytes the character @n may be, into w->next. */
static void
char_bytes (Walk *w, const Node *n)
{
  if (n->c)
    next_add (w, n->c);
  else if (n->lits[0])
    for (guint i = 0; i < sizeof n->lits && n->lits[i]; i++)
      next_add (w, n->lits[i]);
  else
    {
      /* the bytes of each category, once */
      static guint64 of_cats[C_ANY + 1][2];
      static gsize done;
      if (g_once_init_enter (&done))
        {
          for (guint b = 1; b < 128; b++)
            for (guint c = 0; c <= C_ANY; c++)
              if (cats_of ((char) b) & c)
                of_cats[c][b / 64] |= G_GUINT64_CONSTANT (1) << (b % 64);
          g_once_init_leave (&done, 1);
        }
      w->next[0] |= of_cats[n->cats & C_ANY][0], w->next[1] |= of_cats[n->cats & C_ANY][1];
    }
}

/* The places in w->s where a match of @n can end when it starts at one
 * of @from (bit i: after i bytes; bit w->len: the whole of w->s read,
 * where what @n may read next goes into w->next instead). */
static guint64
walk (Walk *w, const Node *n, guint64 from)
{
  guint64 to = 0;
  switch (n->type)
    {
    case N_SEQ:
      for (guint i = 0; i < n->kids->len && from; i++)
        from = walk (w, n->kids->pdata[i], from);
      return from;
    case N_ALT:
      for (guint i = 0; i < n->kids->len; i++)
        to |= walk (w, n->kids->pdata[i], from);
      return to;
    case N_REPEAT:
      {
        /* beyond the first w->len + 1 rounds past the least, a round
         * reads nothing new */
        guint rounds = n->max < 0 ? (guint) n->min + w->len + 2 : MIN ((guint) n->max, (guint) n->min + w->len + 2);
        guint64 at = from;
        to = n->min == 0 ? from : 0;
        for (guint k = 1; k <= rounds && at; k++)
          {
            at = walk (w, n->kids->pdata[0], at);
            if (k >= (guint) n->min)
              to |= at;
          }
        return to;
      }
    case N_CHAR:
      for (guint64 bits = from; bits; bits &= bits - 1)
        {
          guint i = __builtin_ctzll (bits);
          if (i == w->len)
            char_bytes (w, n);
          else if (char_fits (n, w->s[i]))
            to |= G_GUINT64_CONSTANT (1) << (i + 1);
        }
      return to;
    case N_SLOT:
      {
        GHashTable *table = slot_table (w->d, n->slot);
        SlotWords *sw = table ? slot_words (w, table) : NULL;
        if (sw == NULL)
          {
            /* unknown: anything, of any length */
            w->next[0] = w->next[1] = ~G_GUINT64_CONSTANT (0);
            return ((G_GUINT64_CONSTANT (2) << w->len) - 1) & ~((from & -from) - 1);
          }
        for (guint64 bits = from; bits; bits &= bits - 1)
          {
            guint i = __builtin_ctzll (bits);
            if (i == w->len)
              {
                w->next[0] |= sw->first[0], w->next[1] |= sw->first[1];
                continue;
              }
            GPtrArray *words = sw->by_first[w->s[i]];
            for (guint j = 0; words && j < words->len; j++)
              {
                const guchar *word = words->pdata[j];
                guint k = 0;
                while (word[k] && i + k < w->len && g_ascii_tolower (word[k]) == w->s[i + k])
                  k++;
                if (word[k] == '\0')
                  to |= G_GUINT64_CONSTANT (1) << (i + k);
                else if (i + k == w->len)
                  next_add (w, word[k]);
              }
          }
        return to;
      }
    case N_BOUNDARY:
    case N_ZERO:
    default:
      return from;
    }
}

/* The words @pattern writes out (lowercase, into @words): runs of ASCII
 * letters outside classes, escapes, group names and lexicon slots, of
 * seven letters at most (a WordFilter's key holds the word and a space). */
static void
written_words (const char *pattern, GHashTable *words)
{
  for (const char *p = pattern; *p;)
    {
      if (*p == '\\')
        {
          p++;
          if (*p && (p[1] == '{') && (*p == 'x' || *p == 'p' || *p == 'P'))
            p = strchr (p, '}') ? strchr (p, '}') + 1 : p + strlen (p);
          else if (*p)
            p++;
          continue;
        }
      if (*p == '[')
        {
          p++;
          if (*p == '^')
            p++;
          if (*p == ']')
            p++;
          while (*p && *p != ']')
            p += *p == '\\' && p[1] ? 2 : 1;
          p += *p ? 1 : 0;
          continue;
        }
      if (*p == '{')
        {
          const char *close = strchr (p, '}');
          p = close ? close + 1 : p + 1;
          continue;
        }
      if (p[0] == '(' && p[1] == '?')
        {
          p += 2;
          if (*p == '<' && p[1] != '=' && p[1] != '!')
            p = strchr (p, '>') ? strchr (p, '>') + 1 : p + strlen (p);
          else if (*p == 'P' && p[1] == '<')
            p = strchr (p, '>') ? strchr (p, '>') + 1 : p + strlen (p);
          else
            while (g_ascii_isalpha (*p) || *p == '-')
              p++;
          continue;
        }
      if (g_ascii_isalpha (*p))
        {
          const char *start = p;
          while (g_ascii_isalpha (*p))
            p++;
          if (p - start < 8)
            g_hash_table_add (words, g_ascii_strdown (start, p - start));
          continue;
        }
      p++;
    }
}

/* Whether the tree of @pattern reads each character it matches as one
 * (or a zero-width one as none): not with a back reference (\1, \k,
 * \g), \R or \X, which can match more, \K, which is of no width but
 * the tree reads as one, nor the flag x, under which a space written is
 * no space to match. */
static gboolean
tree_reads_widths (const char *pattern)
{
  for (const char *p = pattern; *p; p++)
    {
      if (*p == '\\')
        {
          if (p[1] == '\0' || strchr ("123456789kgRXK", p[1]))
            return FALSE;
          p++;
        }
      else if (p[0] == '(' && p[1] == '?')
        for (const char *f = p + 2; g_ascii_isalpha (*f) || *f == '-'; f++)
          if (*f == 'x')
            return FALSE;
    }
  return TRUE;
}

GHashTable *
hints_word_filters (const Dates *d, const Bank *b)
{
  GHashTable *filters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  guint n = MIN (BANK_PATTERNS, d->patterns->len - b->first);
  Node *trees[BANK_PATTERNS] = { NULL };
  g_autoptr (GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      const char *written = g_array_index (d->patterns, Pattern, b->first + i).written;
      if (written == NULL || !tree_reads_widths (written))
        continue;
      Parser ps = { written, written + strlen (written), FALSE };
      Node *tree = parse_alt (&ps);
      if (ps.failed || ps.p != ps.end)
        {
          node_free (tree);
          continue;
        }
      trees[i] = tree;
      written_words (written, words);
    }
  SlotWords slots[MAX_SLOTS] = { { NULL } };
  guint n_slots = 0;
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      const char *word = key;
      g_autofree char *s = g_strconcat (word, " ", NULL);
      WordFilter *f = g_new0 (WordFilter, 1);
      for (guint i = 0; i < n; i++)
        {
          guint64 bit = G_GUINT64_CONSTANT (1) << i;
          /* the first byte already turns it away */
          if (trees[i] == NULL || !(b->first_open[(guchar) word[0]] & bit))
            continue;
          Walk w = { d, (const guchar *) s, strlen (s), { 0, 0 }, slots, &n_slots };
          if (walk (&w, trees[i], 1) != 0)
            continue; /* a whole match within "word ": any byte may follow */
          f->filtered |= bit;
          for (guint h = 0; h < 2; h++)
            for (guint64 bits = w.next[h]; bits; bits &= bits - 1)
              f->open[follow_class (h * 64 + __builtin_ctzll (bits))] |= bit;
        }
      f->open[FOLLOW_CLASSES - 1] = ~G_GUINT64_CONSTANT (0);
      if (f->filtered)
        g_hash_table_insert (filters, g_strdup (word), f);
      else
        g_free (f);
    }
  slot_words_clear (slots, n_slots);
  for (guint i = 0; i < n; i++)
    if (trees[i])
      node_free (trees[i]);
  return filters;
}
