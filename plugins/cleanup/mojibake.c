/* mojibake.c: undoing text that was UTF-8 but got decoded as a single-byte
 * codepage (Windows-1252 above all: "GdaÅ„sk" for "Gdańsk", "â€™" for "’").
 *
 * Mis-decoding turns every multi-byte UTF-8 character into a run of
 * non-ASCII characters, and never touches ASCII.  So the repair looks only
 * at maximal runs of non-ASCII characters: for each codec it re-encodes the
 * run to bytes (characters the codec cannot hold pass through), decodes
 * every valid UTF-8 sequence in those bytes, and keeps the candidate only
 * when it reads as more plausible text than the run did, by a cost: length,
 * plus weirdness (unlikely neighbours by Unicode class: a Latin letter
 * against a Cyrillic one, a lowercase letter before an accented capital, a
 * C1 control, an unassigned code point...), plus known mojibake signatures,
 * minus symbols that are common on their own.  The idea and the weirdness
 * classes follow ftfy (Robyn Speer, Apache-2.0); the signatures are data in
 * data/mojibake.tsv.  Text mis-decoded twice is repaired layer by layer.
 *
 * The codec tables come from the C library's iconv, so there is no table
 * to get wrong here.  The first codec is read "sloppily", as browsers do:
 * its undefined bytes and the C1 controls of Latin-1 map to themselves, so
 * UTF-8 read as Latin-1 is repaired along with UTF-8 read as Windows-1252.
 */
#include "cleanup-private.h"

#include <string.h>
#include <utf8proc.h>

typedef struct
{
  char *name;
  gunichar to_unicode[256];
  GHashTable *to_byte; /* code point -> byte + 1 */
} Codec;

struct _Mojibake
{
  GPtrArray *codecs; /* Codec* */
  GPtrArray *signatures; /* pcre2_code* */
  GPtrArray *commons;    /* pcre2_code* */
};

static void
codec_free (Codec *codec)
{
  g_free (codec->name);
  g_hash_table_unref (codec->to_byte);
  g_free (codec);
}

static Codec *
codec_new (const char *name, gboolean sloppy, GError **error)
{
  Codec *codec = g_new0 (Codec, 1);
  codec->name = g_strdup (name);
  codec->to_byte = g_hash_table_new (NULL, NULL);
  guint defined = 0;
  for (guint b = 0; b < 256; b++)
    {
      char in = (char) b;
      gsize written = 0;
      g_autofree char *utf8 = b < 0x80 ? NULL : g_convert (&in, 1, "UTF-8", name, NULL, &written, NULL);
      gunichar c = b < 0x80 ? b : 0;
      if (utf8 && written > 0 && g_utf8_validate_len (utf8, written, NULL))
        c = g_utf8_get_char (utf8), defined++;
      else if (sloppy && b >= 0x80)
        c = b; /* an undefined byte reads as the C1 control of that number */
      codec->to_unicode[b] = c;
      if (c != 0 || b == 0)
        g_hash_table_insert (codec->to_byte, GUINT_TO_POINTER (c), GUINT_TO_POINTER (b + 1));
    }
  if (defined == 0)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                   "codec '%s' is not known to this system's iconv", name);
      codec_free (codec);
      return NULL;
    }
  if (sloppy)
    /* Latin-1 reading: C1 controls stand for the bytes 0x80..0x9F. */
    for (gunichar c = 0x80; c < 0xA0; c++)
      if (!g_hash_table_contains (codec->to_byte, GUINT_TO_POINTER (c)))
        g_hash_table_insert (codec->to_byte, GUINT_TO_POINTER (c), GUINT_TO_POINTER (c + 1));
  return codec;
}

Mojibake *
mojibake_new (const char *codecs, const char *data_file, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (data_file, error);
  if (table == NULL)
    return NULL;

  Mojibake *m = g_new0 (Mojibake, 1);
  m->codecs = g_ptr_array_new_with_free_func ((GDestroyNotify) codec_free);
  m->signatures = g_ptr_array_new_with_free_func ((GDestroyNotify) pcre2_code_free);
  m->commons = g_ptr_array_new_with_free_func ((GDestroyNotify) pcre2_code_free);

  g_auto (GStrv) names = g_strsplit (codecs, ",", -1);
  for (char **n = names; *n; n++)
    {
      g_strstrip (*n);
      if (**n == '\0')
        continue;
      Codec *codec = codec_new (*n, m->codecs->len == 0, error);
      if (codec == NULL)
        {
          mojibake_free (m);
          return NULL;
        }
      g_ptr_array_add (m->codecs, codec);
    }

  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      g_autofree char *where = assay_data_row_where (table, row);
      if (!assay_data_row_check (table, row, 2, 2, "KIND<TAB>PATTERN", error))
        {
          mojibake_free (m);
          return NULL;
        }
      const char *kind = row->fields[0];
      GPtrArray *into = strcmp (kind, "signature") == 0 ? m->signatures
                        : strcmp (kind, "common") == 0  ? m->commons
                                                        : NULL;
      pcre2_code *re = into ? cleanup_compile (row->fields[1], 0, where, error) : NULL;
      if (into == NULL && error && *error == NULL)
        assay_data_row_set_error (error, table, row, "kind '%s' is neither; write signature or common", kind);
      if (re == NULL)
        {
          mojibake_free (m);
          return NULL;
        }
      g_ptr_array_add (into, re);
    }
  return m;
}

void
mojibake_free (Mojibake *m)
{
  if (m == NULL)
    return;
  g_ptr_array_unref (m->codecs);
  g_ptr_array_unref (m->signatures);
  g_ptr_array_unref (m->commons);
  g_free (m);
}

/* ---- how plausible a piece of text is --------------------------------- */

static gboolean
is_latin (gunichar c)
{
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
         || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) || (c >= 0x1E00 && c <= 0x1EFF)
         || (c >= 0x2C60 && c <= 0x2C7F) || (c >= 0xA720 && c <= 0xA7FF);
}

/* One letter per class of character, as ftfy's weirdness classes:
 * L/l Latin upper/lower, A/a other upper/lower, C uncased letter, i IPA,
 * m letter modifier, M mark, N other number, 1 math or currency symbol,
 * 2 modifier symbol, 3 other symbol, X control, P private use,
 * _ unassigned, ' ' space, o anything else. */
static char
char_class (gunichar c)
{
  if (c < 0x80)
    {
      if (c >= 'A' && c <= 'Z')
        return 'L';
      if (c >= 'a' && c <= 'z')
        return 'l';
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
        return ' ';
      return c < 0x20 || c == 0x7F ? 'X' : 'o';
    }
  switch (utf8proc_category (c))
    {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
      return is_latin (c) ? 'L' : 'A';
    case UTF8PROC_CATEGORY_LL:
      if (c >= 0x250 && c <= 0x2AF)
        return 'i';
      return is_latin (c) ? 'l' : 'a';
    case UTF8PROC_CATEGORY_LM:
      return 'm';
    case UTF8PROC_CATEGORY_LO:
      return 'C';
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return 'M';
    case UTF8PROC_CATEGORY_NO:
      return 'N';
    case UTF8PROC_CATEGORY_SM:
    case UTF8PROC_CATEGORY_SC:
      return '1';
    case UTF8PROC_CATEGORY_SK:
      return c == 0xB4 ? 'o' : '2'; /* the acute accent doubles as a quote */
    case UTF8PROC_CATEGORY_SO:
      return '3';
    case UTF8PROC_CATEGORY_CC:
      return 'X';
    case UTF8PROC_CATEGORY_CO:
      return 'P';
    case UTF8PROC_CATEGORY_CN:
      return '_';
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return ' ';
    default:
      return 'o';
    }
}

static gboolean
is_exclusive (char k)
{
  return k == 'M' || k == 'm' || k == 'N' || k == '1' || k == '3';
}

static guint
weirdness (const gunichar *s, guint n)
{
  guint weird = 0;
  for (guint i = 0; i < n; i++)
    {
      char k = char_class (s[i]);
      if (k == '2' || k == 'X' || k == 'P' || k == '_')
        weird++;
      if (i == 0)
        continue;
      char p = char_class (s[i - 1]);
      gboolean lower = p == 'l' || p == 'a';
      gboolean upper_beyond_ascii = (k == 'L' && s[i] >= 0x80) || k == 'A';
      if ((lower && upper_beyond_ascii)
          || (k == 'M' && p != 'C' && p != 'M')
          || ((p == 'L' || p == 'l') && (k == 'A' || k == 'a' || k == 'C'))
          || ((p == 'A' || p == 'a' || p == 'C') && (k == 'L' || k == 'l'))
          || ((p == 'L' || p == 'A') && k == 'i') || (p == 'i' && (k == 'L' || k == 'A'))
          || (is_exclusive (p) && is_exclusive (k) && p != k))
        weird++;
    }
  return weird;
}

static guint
count_matches (GPtrArray *patterns, const char *utf8, gsize len, pcre2_match_data *md)
{
  guint count = 0;
  for (guint i = 0; i < patterns->len; i++)
    {
      PCRE2_SIZE offset = 0;
      while (offset <= len
             && pcre2_match (patterns->pdata[i], (PCRE2_SPTR) utf8, len, offset, 0, md, NULL) >= 0)
        {
          PCRE2_SIZE *ov = pcre2_get_ovector_pointer (md);
          count++;
          offset = ov[1] > ov[0] ? ov[1] : ov[0] + 1;
          while (offset < len && ((guchar) utf8[offset] & 0xC0) == 0x80)
            offset++;
        }
    }
  return count;
}

typedef struct
{
  int length;
  int weird;
  int signatures;
  int commons;
} Cost;

static Cost
measure (const Mojibake *m, const gunichar *s, guint n, pcre2_match_data *md)
{
  g_autofree char *utf8 = g_ucs4_to_utf8 (s, n, NULL, NULL, NULL);
  gsize len = strlen (utf8);
  return (Cost){
    .length = n,
    .weird = weirdness (s, n),
    .signatures = count_matches (m->signatures, utf8, len, md),
    .commons = count_matches (m->commons, utf8, len, md),
  };
}

/* Lower is more plausible. */
static int
cost_total (Cost c)
{
  return c.length + 2 * c.weird + 2 * c.signatures - c.commons;
}

/* Whether @orig shows any sign of mojibake at all: text without one is
 * never touched, however much shorter a re-reading would make it. */
static gboolean
has_evidence (Cost orig, const gunichar *s, guint n)
{
  if (orig.signatures > 0 || orig.weird > 0)
    return TRUE;
  for (guint i = 0; i < n; i++)
    if (s[i] == 0xFFFD)
      return TRUE;
  return FALSE;
}

/* Whether @cand is a better reading than @orig: cheaper, and no weirder. */
static gboolean
better (Cost cand, Cost orig)
{
  return cost_total (cand) < cost_total (orig) && cand.weird <= orig.weird;
}

/* ---- candidates ----------------------------------------------------------- */

/* A byte that a lossy decoder replaced (by U+FFFD, or by '?'). */
#define LOST 0x100

/* Decodes the valid UTF-8 sequences in @bytes (CESU-8 surrogate pairs too);
 * a sequence some of whose continuation bytes were lost becomes U+FFFD, as
 * a careful decoder would have made it.  Other bytes come back as @orig's
 * characters.  Returns how many sequences were decoded. */
static guint
decode_sequences (const guint *bytes, const gunichar *orig, guint n, GArray *out)
{
  guint decoded = 0;
  for (guint i = 0; i < n;)
    {
      guint b = bytes[i];
      guint len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
      gboolean ok = len > 0 && i + len <= n;
      guint lost = 0;
      for (guint k = 1; ok && k < len; k++)
        {
          if (bytes[i + k] == LOST)
            lost++;
          else
            ok = lost == 0 && (bytes[i + k] & 0xC0) == 0x80;
        }
      if (ok && lost > 0)
        {
          /* Lost bytes only at the end; a '?' needs a real byte before it. */
          gboolean question = orig[i + len - 1] == '?';
          if (question && lost >= len - 1)
            ok = FALSE;
          if (ok)
            {
              gunichar replacement = 0xFFFD;
              g_array_append_val (out, replacement);
              decoded++;
              i += len;
              continue;
            }
        }
      if (ok && len == 3 && b == 0xE0)
        ok = bytes[i + 1] >= 0xA0;
      if (ok && len == 4)
        ok = (b != 0xF0 || bytes[i + 1] >= 0x90) && (b != 0xF4 || bytes[i + 1] < 0x90);
      if (ok)
        {
          gunichar c = b & (0xFF >> (len + 1));
          for (guint k = 1; k < len; k++)
            c = (c << 6) | (bytes[i + k] & 0x3F);
          if (c >= 0xD800 && c <= 0xDBFF && i + 6 <= n && bytes[i + 3] == 0xED
              && (bytes[i + 4] & 0xF0) == 0xB0 && (bytes[i + 5] & 0xC0) == 0x80)
            {
              /* CESU-8: a surrogate pair written as two 3-byte sequences. */
              gunichar low = 0xD000 | ((bytes[i + 4] & 0x3F) << 6) | (bytes[i + 5] & 0x3F);
              c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
              len = 6;
            }
          else if (c >= 0xD800 && c <= 0xDFFF)
            ok = FALSE;
          if (ok)
            {
              g_array_append_val (out, c);
              decoded++;
              i += len;
              continue;
            }
        }
      g_array_append_val (out, orig[i]);
      i++;
    }
  return decoded;
}

/* Re-reads @run through @codec: the stretches it can encode are re-encoded
 * and their UTF-8 sequences decoded; the rest passes through.  NULL when
 * nothing decoded. */
static GArray *
candidate (const Codec *codec, const gunichar *run, guint n, gboolean last_is_lost)
{
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (gunichar), n);
  g_autofree guint *bytes = g_new (guint, n);
  guint decoded = 0;
  for (guint i = 0; i < n;)
    {
      guint start = i;
      while (i < n)
        {
          if (run[i] == 0xFFFD || (last_is_lost && i == n - 1))
            bytes[i] = LOST;
          else if (g_hash_table_contains (codec->to_byte, GUINT_TO_POINTER (run[i])))
            bytes[i] = GPOINTER_TO_UINT (g_hash_table_lookup (codec->to_byte, GUINT_TO_POINTER (run[i]))) - 1;
          else
            break;
          i++;
        }
      if (i > start)
        decoded += decode_sequences (bytes + start, run + start, i - start, out);
      if (i < n)
        g_array_append_val (out, run[i++]);
    }
  if (decoded == 0)
    {
      g_array_unref (out);
      return NULL;
    }
  return out;
}

/* A run of non-ASCII characters as found in the text, with the ASCII
 * character on each side (0 at the text's ends) as context. */
typedef struct
{
  gsize start;       /* byte offsets of the replaced stretch */
  gsize stop;
  GArray *chars;     /* gunichar: the run, plus a borrowed character */
  gunichar before;
  gunichar after;
  gboolean borrowed_space;    /* a ' ' that was the NBSP of "à", borrowed as U+00A0 */
  gboolean borrowed_question; /* a '?' that may stand for a lost byte */
} Run;

static void
run_clear (gpointer data)
{
  g_array_unref (((Run *) data)->chars);
}

/* The best reading of @chars (with context) among the codecs, in the order
 * of @order; NULL when none beats the text as it is.  @winners, if given,
 * gets a bit per codec whose reading is best. */
static GArray *
best_reading (const Mojibake *m, const GArray *current, gboolean last_lost, const guint *order,
              guint64 *winners, pcre2_match_data *md)
{
  const gunichar *s = (const gunichar *) current->data;
  guint len = current->len;
  gboolean has_before = s[0] != 0, has_after = s[len - 1] != 0;
  Cost orig = measure (m, s + !has_before, len - !has_before - !has_after, md);
  if (!has_evidence (orig, s + 1, len - 2))
    return NULL;

  GArray *best = NULL;
  int best_total = G_MAXINT;
  for (guint k = 0; k < m->codecs->len; k++)
    {
      guint c = order[k];
      GArray *cand = candidate (m->codecs->pdata[c], s + 1, len - 2, last_lost);
      if (cand == NULL)
        continue;
      g_array_prepend_val (cand, s[0]);
      g_array_append_val (cand, s[len - 1]);
      const gunichar *cs = (const gunichar *) cand->data;
      Cost cc = measure (m, cs + !has_before, cand->len - !has_before - !has_after, md);
      int total = cost_total (cc);
      if (!better (cc, orig) || total > best_total)
        {
          g_array_unref (cand);
          continue;
        }
      if (winners)
        *winners = total < best_total ? (G_GUINT64_CONSTANT (1) << c)
                                      : (*winners | (G_GUINT64_CONSTANT (1) << c));
      if (total < best_total)
        {
          if (best)
            g_array_unref (best);
          best = cand, best_total = total;
        }
      else
        g_array_unref (cand);
    }
  return best;
}

/* Repairs one run layer by layer; returns the repaired run (without
 * context) or NULL when it stays as it is. */
static GArray *
repair_run (const Mojibake *m, const Run *r, const guint *order, guint max_layers,
            pcre2_match_data *md)
{
  GArray *current = g_array_sized_new (FALSE, FALSE, sizeof (gunichar), r->chars->len + 2);
  g_array_append_val (current, r->before);
  g_array_append_vals (current, r->chars->data, r->chars->len);
  g_array_append_val (current, r->after);
  gboolean changed = FALSE;

  for (guint layer = 0; layer < max_layers; layer++)
    {
      gboolean last_lost = r->borrowed_question
                           && g_array_index (current, gunichar, current->len - 2) == '?';
      GArray *best = best_reading (m, current, last_lost, order, NULL, md);
      if (best == NULL)
        break;
      g_array_unref (current);
      current = best;
      changed = TRUE;
    }

  /* Left-over C1 controls are Windows-1252 text read as Latin-1. */
  const Codec *first = m->codecs->len ? m->codecs->pdata[0] : NULL;
  for (guint i = 1; first && i + 1 < current->len; i++)
    {
      gunichar *c = &g_array_index (current, gunichar, i);
      if (*c >= 0x80 && *c < 0xA0 && first->to_unicode[*c] != *c && first->to_unicode[*c] != 0)
        *c = first->to_unicode[*c], changed = TRUE;
    }

  if (!changed)
    {
      g_array_unref (current);
      return NULL;
    }
  g_array_remove_index (current, current->len - 1);
  g_array_remove_index (current, 0);
  return current;
}

static GArray *
find_runs (const char *text, gsize length)
{
  GArray *runs = g_array_new (FALSE, TRUE, sizeof (Run));
  g_array_set_clear_func (runs, run_clear);
  const char *p = text, *end = text + length;
  while ((p = cleanup_skip_ascii (p, end)) < end)
    {
      Run r = { .start = p - text, .chars = g_array_new (FALSE, FALSE, sizeof (gunichar)) };
      while (p < end && (guchar) *p >= 0x80)
        {
          gunichar c = g_utf8_get_char (p);
          g_array_append_val (r.chars, c);
          p = g_utf8_next_char (p);
        }
      r.stop = p - text;
      r.before = r.start > 0 ? (guchar) text[r.start - 1] : 0;
      r.after = p < end ? (guchar) *p : 0;
      gunichar last = g_array_index (r.chars, gunichar, r.chars->len - 1);

      /* "Ã", a space, then a lowercase letter or another space: the space was
       * the no-break space of "à" (bytes C3 A0), made a plain one on the
       * way.  Borrow it. */
      if (last == 0xC3 && r.after == ' ' && p + 1 < end && (g_ascii_islower (p[1]) || p[1] == ' '))
        {
          gunichar nbsp = 0xA0;
          g_array_append_val (r.chars, nbsp);
          r.borrowed_space = TRUE;
          r.stop++;
        }
      /* A '?' right after a run may be a byte a lossy decoder replaced. */
      else if (r.after == '?')
        {
          gunichar q = '?';
          g_array_append_val (r.chars, q);
          r.borrowed_question = TRUE;
          r.stop++;
          r.after = p + 1 < end ? (guchar) p[1] : 0;
        }
      g_array_append_val (runs, r);
    }
  return runs;
}

guint
mojibake_repair (const Mojibake *m,
                 const char *text,
                 gsize length,
                 guint max_layers,
                 AssayTextEdit *edit)
{
  g_return_val_if_fail (m->codecs->len <= 64, 0);
  pcre2_match_data *md = pcre2_match_data_create (4, NULL);
  g_autoptr (GArray) runs = find_runs (text, length);
  guint repaired = 0;

  /* Runs vote for the codec that reads them best, so a codepage that fits
   * the whole document wins where a single run could go either way. */
  g_autofree guint *votes = g_new0 (guint, m->codecs->len);
  g_autofree guint *order = g_new (guint, m->codecs->len);
  for (guint c = 0; c < m->codecs->len; c++)
    order[c] = c;
  for (guint i = 0; i < runs->len; i++)
    {
      const Run *r = &g_array_index (runs, Run, i);
      g_autoptr (GArray) current = g_array_new (FALSE, FALSE, sizeof (gunichar));
      g_array_append_val (current, r->before);
      g_array_append_vals (current, r->chars->data, r->chars->len);
      g_array_append_val (current, r->after);
      guint64 winners = 0;
      GArray *best = best_reading (m, current, r->borrowed_question, order, &winners, md);
      if (best)
        g_array_unref (best);
      for (guint c = 0; c < m->codecs->len; c++)
        votes[c] += (winners >> c) & 1;
    }
  /* Most votes first; ties keep the configured order. */
  for (guint a = 1; a < m->codecs->len; a++)
    for (guint b = a; b > 0 && votes[order[b]] > votes[order[b - 1]]; b--)
      {
        guint t = order[b];
        order[b] = order[b - 1];
        order[b - 1] = t;
      }

  for (guint i = 0; i < runs->len; i++)
    {
      const Run *r = &g_array_index (runs, Run, i);
      GArray *fixed = repair_run (m, r, order, max_layers, md);
      if (fixed == NULL)
        continue;
      gsize stop = r->stop;
      gunichar last = g_array_index (fixed, gunichar, fixed->len - 1);
      if (r->borrowed_space && last == 0xA0)
        {
          /* The borrowed space was not needed: leave it alone. */
          g_array_remove_index (fixed, fixed->len - 1);
          stop--;
        }
      else if (r->borrowed_space && stop < length && text[stop] != ' ')
        {
          gunichar space = ' '; /* "à" took the space's place; give one back */
          g_array_append_val (fixed, space);
        }
      g_autofree char *utf8 = g_ucs4_to_utf8 ((gunichar *) fixed->data, fixed->len, NULL, NULL, NULL);
      g_array_unref (fixed);
      if (strlen (utf8) == stop - r->start && memcmp (utf8, text + r->start, stop - r->start) == 0)
        continue;
      assay_text_edit_replace (edit, r->start, stop, utf8, -1);
      repaired++;
    }
  pcre2_match_data_free (md);
  return repaired;
}

char *
mojibake_fix_string (const Mojibake *m, const char *text, guint max_layers)
{
  g_autoptr (AssayDocument) doc = assay_document_new ("mojibake", text, -1);
  g_autoptr (AssayTextEdit) edit = assay_text_edit_new ();
  gsize len;
  const char *t = assay_document_get_text (doc, &len);
  mojibake_repair (m, t, len, max_layers, edit);
  assay_document_apply_edit (doc, edit, NULL);
  return g_strdup (assay_document_get_text (doc, NULL));
}
