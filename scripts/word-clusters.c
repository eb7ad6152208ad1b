/* word-clusters.c: exchange clustering of words by their neighbours
 * (Kneser and Ney 1993; Martin, Liermann and Ney 1998), for
 * scripts/make-word-clusters.py, which compiles and runs it.
 *
 * Reads on stdin one text of tokens a line (already lowercased, split
 * by spaces; each line a sentence); clusters the words seen at least
 * MIN_COUNT times into K classes maximising the likelihood of a
 * class bigram model, words moved one at a time to the class that
 * gains most, for PASSES passes or until no word moves; writes
 * "word\tclass\tcount" on stdout, the classes numbered 0..K-1.
 *
 * Usage: word-clusters K MIN_COUNT PASSES < text
 *
 * The objective, with N(c,d) the class bigram counts and Nl(c), Nr(d)
 * their margins: sum N log N - sum Nl log Nl - sum Nr log Nr.  A move
 * changes only the row and column of the two classes, so each
 * candidate class is scored from the word's neighbours' classes alone.
 * Words below MIN_COUNT, and the sentence's ends, are one class of
 * their own (K), never moved. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  char *text;
  long count;
  int id; /* index among the clustered words, -1: rare */
} Word;

static Word *words;
static int n_words, cap_words;
static int *table;
static int table_size = 1 << 22;

static unsigned
hash (const char *s)
{
  unsigned h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char) *s) * 16777619u;
  return h;
}

static int
intern (const char *s)
{
  unsigned j = hash (s) & (table_size - 1);
  while (table[j] >= 0)
    {
      if (strcmp (words[table[j]].text, s) == 0)
        return table[j];
      j = (j + 1) & (table_size - 1);
    }
  if (n_words == cap_words)
    {
      cap_words = cap_words ? cap_words * 2 : 1024;
      words = realloc (words, sizeof *words * cap_words);
    }
  words[n_words].text = strdup (s);
  words[n_words].count = 0;
  table[j] = n_words;
  return n_words++;
}

/* A word's neighbours: (other, count) pairs. */
typedef struct
{
  int *other;
  long *count;
  int n, cap;
} Edges;

static void
edge_add (Edges *e, int other)
{
  /* Pairs arrive unsorted; merged after reading (edges_merge). */
  if (e->n == e->cap)
    {
      e->cap = e->cap ? e->cap * 2 : 4;
      e->other = realloc (e->other, sizeof *e->other * e->cap);
      e->count = realloc (e->count, sizeof *e->count * e->cap);
    }
  e->other[e->n] = other;
  e->count[e->n++] = 1;
}

static int
cmp_int (const void *a, const void *b)
{
  return *(const int *) a - *(const int *) b;
}

static void
edges_merge (Edges *e)
{
  qsort (e->other, e->n, sizeof (int), cmp_int);
  int k = 0;
  for (int i = 0; i < e->n; i++)
    {
      if (k > 0 && e->other[k - 1] == e->other[i])
        e->count[k - 1]++;
      else
        {
          e->other[k] = e->other[i];
          e->count[k++] = 1;
        }
    }
  e->n = k;
}

static inline double
f (double x)
{
  return x > 0 ? x * log (x) : 0;
}

static int
cmp_count (const void *a, const void *b)
{
  const Word *x = *(Word *const *) a, *y = *(Word *const *) b;
  if (x->count != y->count)
    return x->count < y->count ? 1 : -1;
  return strcmp (x->text, y->text);
}

int
main (int argc, char **argv)
{
  if (argc != 4)
    {
      fprintf (stderr, "usage: word-clusters K MIN_COUNT PASSES < text\n");
      return 2;
    }
  int K = atoi (argv[1]), min_count = atoi (argv[2]), passes = atoi (argv[3]);
  table = malloc (sizeof (int) * table_size);
  memset (table, -1, sizeof (int) * table_size);

  /* The text as word indexes, -1 between sentences. */
  int *text = NULL;
  long n_text = 0, cap_text = 0;
  char *line = NULL;
  size_t cap_line = 0;
  ssize_t got;
  while ((got = getline (&line, &cap_line, stdin)) > 0)
    {
      for (char *tok = strtok (line, " \t\r\n"); tok; tok = strtok (NULL, " \t\r\n"))
        {
          if (n_text + 2 > cap_text)
            {
              cap_text = cap_text ? cap_text * 2 : 1 << 20;
              text = realloc (text, sizeof (int) * cap_text);
            }
          int w = intern (tok);
          words[w].count++;
          text[n_text++] = w;
        }
      if (n_text + 2 > cap_text)
        {
          cap_text = cap_text ? cap_text * 2 : 1 << 20;
          text = realloc (text, sizeof (int) * cap_text);
        }
      text[n_text++] = -1;
    }

  /* Clustered words in order of frequency. */
  Word **order = malloc (sizeof (Word *) * n_words);
  for (int i = 0; i < n_words; i++)
    order[i] = &words[i];
  qsort (order, n_words, sizeof (Word *), cmp_count);
  int V = 0;
  for (int i = 0; i < n_words; i++)
    order[i]->id = order[i]->count >= min_count ? V++ : -1;
  fprintf (stderr, "word-clusters: %ld tokens, %d types, %d clustered\n", n_text, n_words, V);

  /* Node V is every rare word and the sentences' ends, in class K. */
  Edges *right = calloc (V + 1, sizeof (Edges)), *left = calloc (V + 1, sizeof (Edges));
  long *self = calloc (V + 1, sizeof (long)), *n_left = calloc (V + 1, sizeof (long)),
       *n_right = calloc (V + 1, sizeof (long));
  int prev = V;
  for (long i = 0; i <= n_text; i++)
    {
      int cur = i == n_text || text[i] < 0 ? V : words[text[i]].id < 0 ? V : words[text[i]].id;
      if (i == n_text || text[i] < 0)
        {
          if (prev != V)
            {
              edge_add (&right[prev], V), edge_add (&left[V], prev);
              n_left[prev]++, n_right[V]++;
            }
          prev = V;
          continue;
        }
      if (prev == cur && cur != V)
        self[cur]++;
      else
        {
          edge_add (&right[prev], cur), edge_add (&left[cur], prev);
        }
      n_left[prev]++, n_right[cur]++;
      prev = cur;
    }
  for (int w = 0; w <= V; w++)
    edges_merge (&right[w]), edges_merge (&left[w]);

  int C = K + 1; /* class K: the rare words and the ends */
  int *cls = malloc (sizeof (int) * (V + 1));
  for (int w = 0; w < V; w++)
    cls[w] = w % K;
  cls[V] = K;
  double *N = calloc ((size_t) C * C, sizeof (double)), *NL = calloc (C, sizeof (double)),
         *NR = calloc (C, sizeof (double));
  for (int w = 0; w <= V; w++)
    {
      for (int j = 0; j < right[w].n; j++)
        N[(size_t) cls[w] * C + cls[right[w].other[j]]] += right[w].count[j];
      N[(size_t) cls[w] * C + cls[w]] += self[w];
      NL[cls[w]] += n_left[w];
      NR[cls[w]] += n_right[w];
    }

  double *R = calloc (C, sizeof (double)), *L = calloc (C, sizeof (double));
  int *rl = malloc (sizeof (int) * C), *ll = malloc (sizeof (int) * C);
  for (int pass = 0; pass < passes; pass++)
    {
      long moved = 0;
      for (int w = 0; w < V; w++)
        {
          int a = cls[w];
          /* The word's neighbours by class, itself apart. */
          int nr = 0, nl = 0;
          for (int j = 0; j < right[w].n; j++)
            {
              int c = cls[right[w].other[j]];
              if (R[c] == 0)
                rl[nr++] = c;
              R[c] += right[w].count[j];
            }
          for (int j = 0; j < left[w].n; j++)
            {
              int c = cls[left[w].other[j]];
              if (L[c] == 0)
                ll[nl++] = c;
              L[c] += left[w].count[j];
            }
          double s = self[w];
          /* Take it out of a. */
          for (int j = 0; j < nr; j++)
            N[(size_t) a * C + rl[j]] -= R[rl[j]];
          for (int j = 0; j < nl; j++)
            N[(size_t) ll[j] * C + a] -= L[ll[j]];
          N[(size_t) a * C + a] -= s;
          NL[a] -= n_left[w], NR[a] -= n_right[w];
          /* The gain of putting it in b (up to a constant): the changed
           * entries of row b and column b, and b's margins. */
          int best = a;
          double best_gain = -1e300;
          for (int b = 0; b < K; b++)
            {
              double g = 0, rb = 0, lb = 0;
              for (int j = 0; j < nr; j++)
                {
                  int c = rl[j];
                  if (c == b)
                    {
                      rb = R[c];
                      continue;
                    }
                  double *x = &N[(size_t) b * C + c];
                  g += f (*x + R[c]) - f (*x);
                }
              for (int j = 0; j < nl; j++)
                {
                  int c = ll[j];
                  if (c == b)
                    {
                      lb = L[c];
                      continue;
                    }
                  double *x = &N[(size_t) c * C + b];
                  g += f (*x + L[c]) - f (*x);
                }
              double *x = &N[(size_t) b * C + b];
              g += f (*x + rb + lb + s) - f (*x);
              g -= f (NL[b] + n_left[w]) - f (NL[b]);
              g -= f (NR[b] + n_right[w]) - f (NR[b]);
              if (g > best_gain + 1e-9 || (b == a && g >= best_gain - 1e-9))
                best_gain = g, best = b;
            }
          /* Put it in best. */
          int b = best;
          for (int j = 0; j < nr; j++)
            if (rl[j] != b)
              N[(size_t) b * C + rl[j]] += R[rl[j]];
          for (int j = 0; j < nl; j++)
            if (ll[j] != b)
              N[(size_t) ll[j] * C + b] += L[ll[j]];
          N[(size_t) b * C + b] += R[b] + L[b] + s;
          NL[b] += n_left[w], NR[b] += n_right[w];
          if (b != a)
            {
              cls[w] = b;
              moved++;
            }
          for (int j = 0; j < nr; j++)
            R[rl[j]] = 0;
          for (int j = 0; j < nl; j++)
            L[ll[j]] = 0;
        }
      double obj = 0;
      for (size_t i = 0; i < (size_t) C * C; i++)
        obj += f (N[i]);
      for (int c = 0; c < C; c++)
        obj -= f (NL[c]) + f (NR[c]);
      fprintf (stderr, "word-clusters: pass %d, %ld moved, objective %.1f\n", pass + 1, moved, obj);
      if (moved == 0)
        break;
    }
  for (int i = 0; i < n_words; i++)
    if (order[i]->id >= 0)
      printf ("%s\t%d\t%ld\n", order[i]->text, cls[order[i]->id], order[i]->count);
  return 0;
}
