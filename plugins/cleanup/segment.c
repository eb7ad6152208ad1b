/* segment.c: paragraphs, sentences and tokens.
 *
 * Paragraphs: blocks between blank lines; inside a block, a line break
 * ends a paragraph when the line ends a sentence, is short (a heading), or
 * the next line does not go on in lowercase; it joins lines wrapped by
 * hand otherwise.
 *
 * Sentences: a full stop, question or exclamation mark (or an ellipsis),
 * with any closing quotes and brackets after it, then a space and something
 * that can start a sentence (a capital, a digit, an opening quote).  Not a
 * boundary: a stop after an abbreviation (data/abbreviations.txt), an
 * initial ("J. Smith"), a dotted acronym ("U.S."), inside brackets.  A
 * paragraph's end always ends a sentence, so headlines without a stop are
 * sentences of their own.
 *
 * Tokens: runs of letters and digits, joined across an apostrophe, a
 * hyphen, a stop, a comma, a colon or a slash that stands between two of
 * them ("don't", "3,400", "2025-05-29", "10:30"), or an ampersand between
 * two capitals ("AT&T"), with the stop of an
 * abbreviation or acronym kept; every other non-space character is a token
 * of its own, and "..." is one.
 */
#include "cleanup-private.h"

#include <string.h>

#define WORD_SHAPE_BITS 12
#define WORD_SHAPES (1u << WORD_SHAPE_BITS)

struct _Segmenter
{
  GHashTable *abbreviations;
  /* The longest abbreviation, in bytes, and the second words of those
   * of two ("al" of "et al"): a word before a stop that is longer, or
   * two words whose second is none of these, is no abbreviation, and
   * is not copied and hashed to find that out (is_abbreviation_stop()
   * ran at every stop and was a third of the sentence scan in perf). */
  gsize longest;
  GHashTable *second_words;
  /* The shapes (length, first and last byte) of the abbreviations and
   * of the second words, a bit each (word_shape()): a word of no such
   * shape is in neither table, and is not hashed to find that out.
   * Measured (callgrind, bench/dates-bench.py's 20 MB, -j 1):
   * is_abbreviation_stop() made 227k hash lookups there, and the
   * whole process took 1,959.7M instructions; with the shapes, a few
   * hundred lookups and 1,937.7M. */
  guint64 abbreviation_shapes[WORD_SHAPES / 64];
  guint64 second_shapes[WORD_SHAPES / 64];
  /* The abbreviations marked `date` (a month's, a weekday's), which close
   * a date written day first and may end their sentence, and the English
   * words that open one after them (segmenter_load_openers()); NULL
   * until loaded: no date abbreviation ends a sentence then. */
  GHashTable *date_abbreviations;
  GHashTable *openers;
};

/* The bit of the @n bytes at @w (n > 0) in a shape set: their length
 * (up to 63), first and last byte, hashed. */
static inline guint
word_shape (const char *w, gsize n)
{
  guint32 shape = (guint32) MIN (n, 63) << 16 | (guint32) (guchar) w[0] << 8 | (guchar) w[n - 1];
  return (shape * 0x9E3779B1u) >> (32 - WORD_SHAPE_BITS);
}

static inline void
shape_add (guint64 *shapes, const char *w, gsize n)
{
  guint bit = word_shape (w, n);
  shapes[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
}

static inline gboolean
shape_in (const guint64 *shapes, const char *w, gsize n)
{
  guint bit = word_shape (w, n);
  return (shapes[bit / 64] >> (bit % 64)) & 1;
}

Segmenter *
segmenter_new (const char *abbreviations_file, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (abbreviations_file, error);
  if (table == NULL)
    return NULL;
  Segmenter *s = g_new0 (Segmenter, 1);
  s->abbreviations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  s->second_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  s->date_abbreviations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 1, 2,
                                 "one abbreviation a line, without its full stop (\"Dr\"), then `date` for a month's or a weekday's",
                                 error))
        {
          segmenter_free (s);
          return NULL;
        }
      if (row->n_fields == 2 && strcmp (row->fields[1], "date") != 0)
        {
          assay_data_row_set_error (error, table, row, "the second field is `date` or nothing, not '%s'", row->fields[1]);
          segmenter_free (s);
          return NULL;
        }
      char *form = g_strstrip (g_strdup (row->fields[0]));
      g_hash_table_add (s->abbreviations, form);
      if (row->n_fields == 2)
        g_hash_table_add (s->date_abbreviations, g_strdup (form));
      s->longest = MAX (s->longest, strlen (form));
      if (*form)
        shape_add (s->abbreviation_shapes, form, strlen (form));
      /* Two words looked up as a pair have one space between them. */
      const char *space = strchr (form, ' ');
      if (space && !strchr (space + 1, ' '))
        {
          g_hash_table_add (s->second_words, g_strdup (space + 1));
          if (space[1])
            shape_add (s->second_shapes, space + 1, strlen (space + 1));
        }
    }
  return s;
}

void
segmenter_free (Segmenter *s)
{
  if (s == NULL)
    return;
  g_hash_table_unref (s->abbreviations);
  g_hash_table_unref (s->second_words);
  g_hash_table_unref (s->date_abbreviations);
  g_clear_pointer (&s->openers, g_hash_table_unref);
  g_free (s);
}

gboolean
segmenter_load_openers (Segmenter *s, const char *common_words_file, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (common_words_file, error);
  if (table == NULL)
    return FALSE;
  g_autoptr (GHashTable) openers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 2, 2, "LANG<TAB>WORD", error))
        return FALSE;
      if (strcmp (row->fields[0], "en") == 0)
        g_hash_table_add (openers, g_ascii_strdown (row->fields[1], -1));
    }
  g_clear_pointer (&s->openers, g_hash_table_unref);
  s->openers = g_steal_pointer (&openers);
  return TRUE;
}

/* Most of news text is ASCII: its characters and their classes are read
 * here without a call into GLib's Unicode tables, which give the same
 * answers for ASCII; other characters go through them.  Segmentation was
 * 40% of the stage's time in perf; bench/cleanup-bench.py measures what
 * this saves (see the closing note of issue 27). */
static inline gunichar
char_at (const char *p)
{
  return (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
}

static inline const char *
prev_char (const char *p)
{
  return (guchar) p[-1] < 0x80 ? p - 1 : g_utf8_prev_char (p);
}

static inline gboolean
char_isalnum (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c);
}

static inline gboolean
char_isalpha (gunichar c)
{
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (c);
}

static inline gboolean
char_isdigit (gunichar c)
{
  return c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (c);
}

static inline gboolean
char_islower (gunichar c)
{
  return c < 0x80 ? g_ascii_islower (c) : g_unichar_islower (c);
}

static inline gboolean
char_isupper (gunichar c)
{
  return c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (c);
}

static inline gboolean
char_ismark (gunichar c)
{
  return c >= 0x80 && g_unichar_ismark (c);
}

static gboolean
is_space_char (gunichar c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0;
}

static gboolean
is_closer (gunichar c)
{
  return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == 0x201D || c == 0x2019
         || c == 0x00BB || c == 0x203A;
}

/* A capital, a letter of a script without case, a digit, an opening
 * quote or bracket, a dash: anything but a lowercase letter. */
static gboolean
can_start_sentence (gunichar c)
{
  if (char_isalpha (c))
    return !char_islower (c);
  return char_isdigit (c) || c == '"' || c == '\'' || c == 0x201C || c == 0x2018 || c == '('
         || c == '[' || c == 0x00AB || c == 0x2014 || c == '-';
}

/* Whether @table holds the @n bytes at @w as a string. */
static gboolean
table_has (GHashTable *table, const char *w, gsize n)
{
  /* a word on the stack: short, and looked up only when its shape is
   * one of the table's */
  char small[64];
  if (n < sizeof small)
    {
      memcpy (small, w, n), small[n] = '\0';
      return g_hash_table_contains (table, small);
    }
  g_autofree char *large = g_strndup (w, n);
  return g_hash_table_contains (table, large);
}

/* The ASCII bytes a word before a stop is made of: letters, digits, '.'
 * and '\''. */
static const guint8 word_ascii[128] = {
  ['0' ... '9'] = 1, ['A' ... 'Z'] = 1, ['a' ... 'z'] = 1, ['.'] = 1, ['\''] = 1,
};

/* Whether the stop at @dot (an ASCII '.') ends an abbreviation, an
 * initial or a dotted acronym.  The word is read where it is, not
 * copied: only a lookup copies it.  A copy, a strchr() and the general
 * character tests at every stop made this function 31.7M instructions
 * with what it calls, of the dates pipeline's 1,742.1M on
 * bench/dates-bench.py's 20 MB (callgrind, -j 1); with ASCII read by a
 * table, 23.0M of 1,732.2M. */
static gboolean
is_abbreviation_stop (const Segmenter *s, const char *text, const char *start, const char *dot)
{
  const char *w = dot;
  while (w > start)
    {
      guchar b = (guchar) w[-1];
      if (b < 0x80)
        {
          if (!word_ascii[b])
            break;
          w--;
          continue;
        }
      const char *prev = g_utf8_prev_char (w);
      gunichar c = g_utf8_get_char (prev);
      if (!(g_unichar_isalnum (c) || c == 0x2019))
        break;
      w = prev;
    }
  gsize n = dot - w;
  if (n == 0)
    return FALSE;
  if (n <= s->longest && shape_in (s->abbreviation_shapes, w, n) && table_has (s->abbreviations, w, n))
    return TRUE;
  /* "et al." and the like: the two words before the stop. */
  if (w > start + 1 && w[-1] == ' ' && shape_in (s->second_shapes, w, n) && table_has (s->second_words, w, n))
    {
      const char *v = w - 1;
      while (v > start && v[-1] != ' ')
        v--;
      if (shape_in (s->abbreviation_shapes, v, dot - v) && table_has (s->abbreviations, v, dot - v))
        return TRUE;
    }
  /* An initial: one capital letter, not the end of "R&D". */
  if (g_utf8_next_char (w) == dot && char_isupper (char_at (w)) && (w == start || w[-1] != '&'))
    return TRUE;
  /* A dotted acronym: letters each followed by a stop ("U.S", "e.g"). */
  gboolean dotted = memchr (w, '.', n) != NULL;
  for (const char *p = w; p < dot && dotted; p = g_utf8_next_char (p))
    {
      gunichar c = char_at (p);
      const char *next = g_utf8_next_char (p);
      if (char_isalpha (c))
        dotted = next == dot || *next == '.';
      else
        dotted = c == '.';
    }
  return dotted;
}

/* Whether the word that ends before @w (after one space) is "the" or a
 * capitalised word that opens no sentence ("the Sun", "Rising Sun"): the
 * word at @w is then part of a name. */
static gboolean
in_name_before (const Segmenter *s, const char *start, const char *w)
{
  if (w - start < 2 || w[-1] != ' ')
    return FALSE;
  const char *e = w - 1, *b = e;
  while (b > start && g_ascii_isalpha (b[-1]))
    b--;
  if (b == e || e - b >= 16 || (b > start && b[-1] != ' '))
    return FALSE;
  if (e - b == 3 && strncmp (b, "the", 3) == 0)
    return TRUE;
  /* the sentence's first word opens it, whatever it is ("Shop Mon.") */
  if (!g_ascii_isupper (*b) || e - b < 2 || b == start)
    return FALSE;
  char word[16];
  for (gsize i = 0; i < (gsize) (e - b); i++)
    word[i] = g_ascii_tolower (b[i]);
  word[e - b] = '\0';
  return !g_hash_table_contains (s->openers, word);
}

/* Whether the stop at @dot, after an abbreviation marked `date` ("8
 * Apr."), ends its sentence: the word at @after is one of the English
 * words that open one (the Snowball list's: a pronoun, an article, a
 * conjunction), capitalised ("8 Apr. It rained", "on Dec. The firm
 * said").  Not before a digit ("Apr. 8") nor a name ("on 8 Apr. Smith
 * said"): a name after the stop stays in the sentence, as after "Dr.",
 * since a name may follow the date inside one ("due on 8 Apr. Smith's
 * lawyers" is rarer than a new sentence, but no word tells them apart).
 * A single letter with a stop is an initial ("Apr. A. Smith").
 * Two readings more:
 *  - in a range or a list the opener joins two dates ("Mon. To Fri.",
 *    "Jan. And Feb."): the word after it is a date abbreviation, and the
 *    sentence goes on; so it does where the opener is a form of "be" and
 *    the word after it is no opener ("Figures for Nov. Are expected";
 *    "Are they" asks a new question);
 *  - after "the" or a capitalised word that is no opener and not the
 *    sentence's first the abbreviation is part of a name ("the Sun."
 *    the newspaper, "the Rising Sun." a pub), no date, and its stop ends
 *    the sentence before any capitalised word, as an ordinary word's
 *    does, but for the range above ("Shop Mon. To Fri."). */
static gboolean
date_stop_ends (const Segmenter *s, const char *text, const char *start, const char *dot, const char *after,
                const char *end)
{
  if (s->openers == NULL || after >= end || !g_ascii_isupper (*after))
    return FALSE;
  const char *w = dot;
  while (w > start && g_ascii_isalpha (w[-1]))
    w--;
  if (w == dot || (gsize) (dot - w) >= 16 || !table_has (s->date_abbreviations, w, dot - w))
    return FALSE;
  /* a name's abbreviation ends before any capital, but for a range
   * word joining it to a date abbreviation ("Harbour Mon. To Fri.") */
  gboolean name = in_name_before (s, start, w);
  const char *e = after + 1;
  while (e < end && g_ascii_islower (*e))
    e++;
  if ((e < end && (g_ascii_isalnum (*e) || *e == '.')) || e - after >= 16)
    return name;
  char word[16];
  for (gsize i = 0; i < (gsize) (e - after); i++)
    word[i] = g_ascii_tolower (after[i]);
  word[e - after] = '\0';
  if (!g_hash_table_contains (s->openers, word))
    return name;
  /* the word after the opener */
  const char *n = e;
  while (n < end && *n == ' ')
    n++;
  const char *ne = n;
  while (ne < end && g_ascii_isalpha (*ne))
    ne++;
  if (n == e || ne == n || ne - n >= 16)
    return TRUE;
  if (g_ascii_isupper (*n) && table_has (s->date_abbreviations, n, ne - n))
    return FALSE;
  if (name)
    return TRUE;
  /* English's forms of "be" that a plural or a singular subject takes */
  static const char *const be[] = { "is", "are", "was", "were" };
  gboolean verb = FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (be) && !verb; i++)
    verb = strcmp (word, be[i]) == 0;
  if (!verb || !g_ascii_islower (*n))
    return TRUE;
  char next[16];
  for (gsize i = 0; i < (gsize) (ne - n); i++)
    next[i] = n[i];
  next[ne - n] = '\0';
  return g_hash_table_contains (s->openers, next);
}

static gboolean
add (AssayDocument *doc, const char *layer, const char *text, const char *a, const char *b,
     GError **error)
{
  return assay_document_add_annotation (doc, layer, a - text, b - text, NULL, error) != NULL;
}

/* Bytes plain_tokens() reads at once. */
#define TOKEN_BLOCK 64

/* Adds the tokens at the start of [@p, @end) that need no look at a
 * character beyond ASCII, a stop or a join, as segment_tokens() would:
 * runs of ASCII letters and digits that end at a space, at punctuation
 * that joins nothing ("word," "(word)"), or at a joiner that has no
 * letter or digit after it ("word, next"), and the punctuation between
 * them, one character a token.  They are found from bit masks of
 * TOKEN_BLOCK bytes (readable from @p on), with no branch on each byte
 * (that loop's turn at each token's end was most of segment_tokens(),
 * itself a sixth of the stage; bench/cleanup-bench.py).  Returns where
 * segment_tokens() goes on (a stop, a character beyond ASCII, a joiner
 * that may join, a run that may go on past the block), or NULL on an
 * error. */
static const char *
plain_tokens (AssayDocument *doc, const char *text, const char *p, const char *end, GError **error)
{
#ifdef __SSE2__
  guint64 alnum = 0, space = 0, other = 0, joiner = 0;
  for (int k = 0; k < TOKEN_BLOCK / 16; k++)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (p + 16 * k));
      /* ASCII letters, and digits: '0' to '9' */
      __m128i letter = assay_ascii_letters16 (v);
      __m128i digit = assay_ascii_digits16 (v);
      /* is_space_char()'s ASCII ones */
      __m128i blank = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (' ')),
                                                  _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\n'))),
                                    _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\t')),
                                                  _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\r'))));
      /* segment_tokens()'s ASCII joiners but the stop, which is looked
       * at the general way (abbreviations, "...") */
      __m128i join = _mm_or_si128 (_mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('\'')),
                                                               _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('&'))),
                                                 _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('-'))),
                                   _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 (',')),
                                                               _mm_cmpeq_epi8 (v, _mm_set1_epi8 (':'))),
                                                 _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('/'))));
      guint64 a = (guint16) _mm_movemask_epi8 (_mm_or_si128 (letter, digit));
      guint64 b = (guint16) _mm_movemask_epi8 (blank);
      /* neither, nor a stop, nor beyond ASCII (top bit) */
      guint64 o = (guint16) ~_mm_movemask_epi8 (_mm_or_si128 (_mm_or_si128 (letter, digit),
                                                              _mm_or_si128 (_mm_or_si128 (blank, v),
                                                                            _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('.')))));
      alnum |= a << (16 * k), space |= b << (16 * k), other |= o << (16 * k);
      joiner |= (guint64) (guint16) _mm_movemask_epi8 (join) << (16 * k);
    }
  guint limit = (gsize) (end - p) < TOKEN_BLOCK ? (guint) (end - p) : TOKEN_BLOCK;
  if (limit < TOKEN_BLOCK)
    {
      guint64 keep = (G_GUINT64_CONSTANT (1) << limit) - 1;
      alnum &= keep, space &= keep, other &= keep;
    }
  for (guint i = 0;;)
    {
      if (i >= limit)
        return p + limit;
      /* Spaces make no token. */
      guint64 rest = ~(space >> i);
      i += rest ? (guint) __builtin_ctzll (rest) : TOKEN_BLOCK - i;
      if (i >= limit)
        return p + limit;
      if ((other >> i) & 1)
        {
          /* punctuation other than a stop: a token of its own */
          if (!add (doc, "token", text, p + i, p + i + 1, error))
            return NULL;
          i++;
          continue;
        }
      if (!((alnum >> i) & 1))
        return p + i;
      rest = ~(alnum >> i);
      guint j = i + (rest ? (guint) __builtin_ctzll (rest) : TOKEN_BLOCK - i);
      if (j >= limit)
        return p + i;
      if (!((space >> j) & 1) && !((other >> j) & 1))
        return p + i; /* a stop, or beyond ASCII */
      if ((joiner >> j) & 1)
        {
          /* It joins when a letter or digit follows it in the sentence:
           * none does at the sentence's end or before ASCII that is
           * neither; anything else is for the general way. */
          guint k = j + 1;
          gboolean sentence_end = k == (gsize) (end - p);
          if (!sentence_end && (k >= limit || ((alnum >> k) & 1) || !((space >> k) & 1 || (other >> k) & 1
                                                                      || p[k] == '.')))
            return p + i;
        }
      if (!add (doc, "token", text, p + i, p + j, error))
        return NULL;
      i = j;
    }
#else
  (void) doc, (void) text, (void) end, (void) error;
  return p;
#endif
}

static gboolean
segment_tokens (const Segmenter *s, AssayDocument *doc, const char *text, const char *start,
                const char *end, GError **error)
{
  gsize length;
  assay_document_get_text (doc, &length);
  const char *text_end = text + length;
  const char *p = start;
  while (p < end)
    {
      if (text_end - p >= TOKEN_BLOCK)
        {
          const char *q = plain_tokens (doc, text, p, end, error);
          if (q == NULL)
            return FALSE;
          if (q > p)
            {
              p = q;
              continue;
            }
        }
      gunichar c = char_at (p);
      if (is_space_char (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      const char *t = p;
      if (char_isalnum (c))
        {
          while (p < end)
            {
              /* A token's ASCII letters and digits, most of its bytes,
               * in a tight loop: they go on the token as the general
               * case below would take them (segment_tokens() was a sixth
               * of the stage in perf; bench/cleanup-bench.py). */
              while (p < end && g_ascii_isalnum (*p))
                p++;
              if (p >= end)
                break;
              gunichar d = char_at (p);
              const char *next = g_utf8_next_char (p);
              if (char_isalnum (d) || char_ismark (d))
                {
                  p = next;
                  continue;
                }
              gboolean joiner = d == '\'' || d == 0x2019 || d == '-' || d == '.' || d == ','
                                || d == ':' || d == '/' || d == 0x2010 || d == 0x2011;
              /* An ampersand joins two capitals ("AT&T", "P&O", "R&D"):
               * a name written so is one word, as CoNLL writes "S&P" and
               * "T&N" for the tagger, where "Marks & Spencer", spaced, is
               * three, and "&amp;" after a capital stays apart. */
              if (d == '&' && next < end && g_unichar_isupper (char_at (next))
                  && g_unichar_isupper (char_at (prev_char (p))))
                {
                  p = next;
                  continue;
                }
              if (joiner && next < end && char_isalnum (char_at (next)))
                {
                  /* A comma or colon joins digits only (3,400 and 10:30). */
                  if ((d == ',' || d == ':') && !(char_isdigit (char_at (prev_char (p)))
                                                  && char_isdigit (char_at (next))))
                    break;
                  p = next;
                  continue;
                }
              if (d == '.' && is_abbreviation_stop (s, text, t, p))
                p = next; /* keep the stop of "Mr." and "U.S." */
              break;
            }
        }
      else if (c == '.' && p + 2 < end && p[1] == '.' && p[2] == '.')
        p += 3;
      else
        p = g_utf8_next_char (p);
      if (!add (doc, "token", text, t, p, error))
        return FALSE;
    }
  return TRUE;
}

/* Bytes the sentence scan must look at: brackets, stops, and the start of
 * every character beyond ASCII (an ellipsis among them). */
static const guint8 sentence_byte[256] = {
  ['('] = 1, ['['] = 1, ['{'] = 1, [')'] = 1, [']'] = 1, ['}'] = 1,
  ['.'] = 1, ['!'] = 1, ['?'] = 1, [0x80 ... 0xff] = 1,
};

/* The first byte in [@p, @end) that sentence_byte[] marks, or @end.
 * Sixteen bytes at a time where SSE2 is (x86-64's baseline): the loop
 * byte by byte was half of the sentence scan's time in perf, about 5% of
 * the dates pipeline's CPU time on the BBC archive (bench/dates-bench.py
 * and bench/cleanup-bench.py measure the stage; see the stage's
 * README).  The table stays the one answer: the vector test marks the
 * same bytes. */
static inline const char *
next_sentence_byte (const char *p, const char *end)
{
#ifdef __SSE2__
  for (; end - p >= 16; p += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) p);
      /* '(' and ')' differ in their lowest bit, '[' and '{' (and ']' and
       * '}') in 0x20: two tests of a changed copy for six brackets, where
       * there were six (the dates pipeline on bench/dates-bench.py's
       * 20 MB 1,732.2M -> 1,720.7M instructions, callgrind, -j 1) */
      __m128i paren = _mm_cmpeq_epi8 (_mm_or_si128 (v, _mm_set1_epi8 (1)), _mm_set1_epi8 (')'));
      __m128i folded = _mm_and_si128 (v, _mm_set1_epi8 ((char) ~0x20));
      __m128i hit = _mm_or_si128 (_mm_or_si128 (paren, _mm_cmpeq_epi8 (folded, _mm_set1_epi8 ('['))),
                                  _mm_cmpeq_epi8 (folded, _mm_set1_epi8 (']')));
      hit = _mm_or_si128 (hit, _mm_or_si128 (_mm_cmpeq_epi8 (v, _mm_set1_epi8 ('.')), _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('!'))));
      hit = _mm_or_si128 (hit, _mm_cmpeq_epi8 (v, _mm_set1_epi8 ('?')));
      /* bytes from 0x80 on: their top bit, which movemask reads anyway */
      int mask = _mm_movemask_epi8 (_mm_or_si128 (hit, v));
      if (mask)
        return p + __builtin_ctz (mask);
    }
#endif
  while (p < end && !sentence_byte[(guchar) *p])
    p++;
  return p;
}

static gboolean
segment_sentences (const Segmenter *s, AssayDocument *doc, const char *text, const char *start,
                   const char *end, gboolean tokens, GError **error)
{
  const char *sentence = start;
  int depth = 0;
  for (const char *p = start; p < end;)
    {
      /* Most bytes are none of the brackets and stops looked for below. */
      p = next_sentence_byte (p, end);
      if (p >= end)
        break;
      gunichar c = char_at (p);
      const char *next = g_utf8_next_char (p);
      if (c == '(' || c == '[' || c == '{')
        depth++;
      else if ((c == ')' || c == ']' || c == '}') && depth > 0)
        depth--;

      gboolean terminator = c == '.' || c == '!' || c == '?' || c == 0x2026;
      if (!terminator || depth > 0)
        {
          p = next;
          continue;
        }
      /* Runs of terminators ("?!", "...") and the closers after them. */
      const char *stop = next;
      while (stop < end)
        {
          gunichar d = char_at (stop);
          if (d == '.' || d == '!' || d == '?' || d == 0x2026 || is_closer (d))
            stop = g_utf8_next_char (stop);
          else
            break;
        }
      const char *after = stop;
      while (after < end && is_space_char (char_at (after)))
        after = g_utf8_next_char (after);
      gboolean boundary = after == end
                          || (after > stop && can_start_sentence (char_at (after)));
      if (boundary && c == '.' && stop == next && is_abbreviation_stop (s, text, sentence, p)
          && !date_stop_ends (s, text, sentence, p, after, end))
        boundary = FALSE;
      if (!boundary)
        {
          p = stop;
          continue;
        }
      if (!add (doc, "sentence", text, sentence, stop, error)
          || (tokens && !segment_tokens (s, doc, text, sentence, stop, error)))
        return FALSE;
      sentence = p = after;
    }
  const char *tail = end;
  while (tail > sentence && is_space_char (char_at (prev_char (tail))))
    tail = prev_char (tail);
  if (tail > sentence)
    {
      if (!add (doc, "sentence", text, sentence, tail, error)
          || (tokens && !segment_tokens (s, doc, text, sentence, tail, error)))
        return FALSE;
    }
  return TRUE;
}

/* Whether [s, end) holds fewer than @limit characters, counted no further
 * than @limit: a paragraph's line is mostly far longer (g_utf8_strlen()
 * counting whole lines was 1% of the dates pipeline in perf). */
static gboolean
fewer_chars_than (const char *s, const char *end, guint limit)
{
  guint count = 0;
  for (const char *p = s; p < end; p = g_utf8_next_char (p))
    if (++count >= limit)
      return FALSE;
  return TRUE;
}

/* Whether the line break after [line, line_end) ends a paragraph: yes,
 * unless the line stops mid-sentence and the next line goes on with a
 * lowercase word (or the line ends with a hyphen or a comma), which is
 * text wrapped by hand. */
static gboolean
line_ends_paragraph (const char *line, const char *line_end, const char *next, const char *end)
{
  while (line_end > line && is_space_char (char_at (prev_char (line_end))))
    line_end = prev_char (line_end);
  if (line_end == line || next >= end)
    return TRUE;
  gunichar last = char_at (prev_char (line_end));
  if (last == '.' || last == '!' || last == '?' || last == ':' || is_closer (last) || last == 0x2026)
    return TRUE;
  /* Hand-wrapped lines are long; a short one is a heading or a list item. */
  if (fewer_chars_than (line, line_end, 40))
    return TRUE;
  if (last == '-' || last == ',')
    return FALSE;
  return !char_islower (char_at (next));
}

/* "[1] Author. (2023). Title. ..." : a citation reads as one sentence. */
static gboolean
is_citation (const char *p, const char *end)
{
  if (p >= end || *p != '[')
    return FALSE;
  const char *q = p + 1;
  while (q < end && g_ascii_isdigit (*q))
    q++;
  return q > p + 1 && q < end && *q == ']';
}

gboolean
segment_document (const Segmenter *s, AssayDocument *doc, gboolean tokens, GError **error)
{
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  const char *end = text + length;
  const char *p = text;

  while (p < end)
    {
      /* Skip blank lines. */
      while (p < end && is_space_char (char_at (p)))
        p = g_utf8_next_char (p);
      if (p >= end)
        break;
      const char *para = p;
      const char *para_end = p;
      for (;;)
        {
          const char *nl = memchr (p, '\n', end - p);
          const char *line_end = nl ? nl : end;
          const char *content_end = line_end;
          while (content_end > p && is_space_char (char_at (prev_char (content_end))))
            content_end = prev_char (content_end);
          para_end = content_end;
          if (nl == NULL)
            {
              p = end;
              break;
            }
          const char *next_line = nl + 1;
          const char *q = next_line;
          while (q < end && (*q == ' ' || *q == '\t' || *q == '\r'))
            q++;
          gboolean blank_next = q >= end || *q == '\n';
          if (blank_next || line_ends_paragraph (p, content_end, q, end))
            {
              p = next_line;
              break;
            }
          p = next_line; /* a hard-wrapped line: the paragraph goes on */
        }
      if (para_end <= para)
        continue;
      if (!add (doc, "paragraph", text, para, para_end, error))
        return FALSE;
      if (is_citation (para, para_end))
        {
          if (!add (doc, "sentence", text, para, para_end, error)
              || (tokens && !segment_tokens (s, doc, text, para, para_end, error)))
            return FALSE;
        }
      else if (!segment_sentences (s, doc, text, para, para_end, tokens, error))
        return FALSE;
    }
  return TRUE;
}
