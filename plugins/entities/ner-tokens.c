/* ner-tokens.c: what the entities tagger (ner.c) reads of a word: its
 * lowercased form, shape, affixes and flags as hashes (NerToken), kept in
 * a per-thread cache of the words read lately, and the kind of cue word
 * it is (ner_cue_kind()), and each word's slot in its document's table
 * (ner_document_slots()).  Split from ner.c, which keeps the features,
 * the model and its training. */
#include "gazetteer.h"
#include "ner-private.h"
#include "ner.h"

#include <string.h>

guint8
ner_cue_kind (Cue cue, gboolean upper, gboolean first_name)
{
  if (first_name)
    cue &= ~CUE_EVENT_HEAD;
  if (cue & (CUE_ROLE | CUE_HONORIFIC))
    return NER_KIND_PERSON;
  if (upper)
    return cue & CUE_ORG_HEAD ? NER_KIND_ORG_HEAD : cue & CUE_LOC_HEAD ? NER_KIND_LOC_HEAD
           : cue & CUE_EVENT_HEAD ? NER_KIND_EVENT : NER_KIND_NONE;
  return cue & (CUE_ORG_NOUN | CUE_ORG_HEAD) ? NER_KIND_ORG_NOUN
         : cue & CUE_WORK_NOUN ? NER_KIND_WORK
         : cue & CUE_LOC_HEAD ? NER_KIND_LOC_HEAD
         : cue & CUE_EVENT_HEAD ? NER_KIND_EVENT
         : cue & (CUE_FUNCTION | CUE_CONNECTOR) ? NER_KIND_FUNCTION
         : cue & CUE_VERB ? NER_KIND_VERB : NER_KIND_NONE;
}

gboolean
ner_cue_first_name (Cue cue, gboolean upper, const GazetteerEntry *single, gboolean name_next)
{
  return (cue & CUE_EVENT_HEAD) && upper && name_next && single && single->hint && strcmp (single->hint, "FIRST") == 0;
}

/* By byte: the shape class ('X', 'x', 'd', else the ASCII byte itself;
 * '*' past ASCII), the lowercase byte, and the bits token_read_ascii()
 * gathers; a table each, as the reading of a word the token cache
 * missed tested each byte three and four times (SPEED.md, fourteenth
 * round). */
enum
{
  BYTE_LOWERCASE = 1 << 0, /* 'x' */
  BYTE_DIGIT = 1 << 1,     /* 'd' */
  BYTE_HYPHEN = 1 << 2,    /* '-' */
  BYTE_RUN = 1 << 3,       /* 'X', 'x' or 'd': a run of it is one class of the shape */
  BYTE_NOT_ASCII = 1 << 4,
};
static char ascii_shape[256];
static char ascii_lower[256];
static guint8 byte_bits[256];

static void
tables_init (void)
{
  static gsize done = 0;
  if (g_once_init_enter (&done))
    {
      for (int c = 0; c < 256; c++)
        {
          char k = c >= 0x80 ? '*' : g_ascii_isupper (c) ? 'X' : g_ascii_islower (c) ? 'x' : g_ascii_isdigit (c) ? 'd' : (char) c;
          ascii_shape[c] = k;
          ascii_lower[c] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
          byte_bits[c] = (guint8) ((k == 'x' ? BYTE_LOWERCASE : 0) | (k == 'd' ? BYTE_DIGIT : 0) | (k == '-' ? BYTE_HYPHEN : 0)
                                   | (k == 'X' || k == 'x' || k == 'd' ? BYTE_RUN : 0) | (c >= 0x80 ? BYTE_NOT_ASCII : 0));
        }
      g_once_init_leave (&done, 1);
    }
}

static _Thread_local NerTokenCache token_cache;

NerTokenCache *
ner_token_cache (void)
{
  return &token_cache;
}

static void token_read (NerToken *t, const char *word, gsize length);

void
ner_token_fill (NerTokenSlot *slot, const char *word, gsize length)
{
  token_read (&slot->token, word, length);
  slot->length = (guint8) length;
  memcpy (slot->text, word, length);
}

void
ner_token_read_long (NerToken *t, const char *word, gsize length)
{
  token_read (t, word, length);
}

guint32
ner_gaz_hash (const char *gaz_class)
{
  /* fnv() to the NUL in one pass, no strlen() first: a call for every
   * token a list names.  Callgrind over the BBC archive: 2,394.4 M ->
   * 2,393.1 M instructions in entities_process, mispredicted branches
   * 32.84 M -> 32.65 M; output identical. */
  guint32 h = ASSAY_FNV_BASIS;
  for (const char *p = gaz_class; *p; p++)
    h = assay_fnv_step (h, (guchar) *p);
  return h;
}

void
ner_token_init (NerToken *t, const char *word, gsize length, const char *gaz_class)
{
  ner_token_init_hashed (&token_cache, t, word, length, fnv (word, length), gaz_class);
}

/* The suffixes' hashes and the flags, from the lowercased word @lower
 * (@n bytes) and what the reading found.  The suffixes written out, not
 * fnv() in a loop for each: 10 steps either way, the loops' tests and
 * the calls 40 instructions a word read. */
static inline void
token_finish (NerToken *t, const char *lower, gsize n, gboolean title, gboolean caps, gboolean digit,
              gboolean hyphen)
{
  t->n_pre = (guint8) MIN (n, 3);
  t->n_suf = (guint8) MIN (n, 4);
  const guchar *end = (const guchar *) lower + n;
  if (n >= 1)
    t->suf[0] = assay_fnv_step (ASSAY_FNV_BASIS, end[-1]);
  if (n >= 2)
    t->suf[1] = assay_fnv_step (assay_fnv_step (ASSAY_FNV_BASIS, end[-2]), end[-1]);
  if (n >= 3)
    t->suf[2] = assay_fnv_step (assay_fnv_step (assay_fnv_step (ASSAY_FNV_BASIS, end[-3]), end[-2]), end[-1]);
  if (n >= 4)
    t->suf[3] = assay_fnv_step (
        assay_fnv_step (assay_fnv_step (assay_fnv_step (ASSAY_FNV_BASIS, end[-4]), end[-3]), end[-2]), end[-1]);
  t->flags = (title ? NER_TITLE : 0) | (caps ? NER_CAPS : 0) | (digit ? NER_DIGIT : 0) | (hyphen ? NER_HYPHEN : 0);
}

/* token_read() for a word of at most 120 bytes, if it is ASCII, nearly
 * every word of English news: one pass that lowercases, hashes the word
 * and its prefixes and builds the shape, each byte's class, lowercase
 * and bits read from tables (token_read()'s general loop and its second
 * pass for the hash were 530 instructions a word the cache missed).
 * Returns FALSE, @t half written, where a byte is not ASCII: it is then
 * read by the general loop, which writes every field again (a pass over
 * the bytes before, to ask, cost 40 instructions a word).  The same
 * token. */
static gboolean
token_read_ascii (NerToken *t, const char *word, gsize length)
{
  char lower[128];
  guint32 h = ASSAY_FNV_BASIS, shape = ASSAY_FNV_BASIS;
  gsize shape_len = 0;
  char last = 0;
  guint seen = 0; /* byte_bits of every byte */
  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) word[i];
      char k = ascii_shape[c];
      guint bits = byte_bits[c];
      char l = ascii_lower[c];
      lower[i] = l;
      h = assay_fnv_step (h, (guchar) l);
      if (i < 3)
        t->pre[i] = h;
      seen |= bits;
      if ((k != last || !(bits & BYTE_RUN)) && shape_len < 31)
        shape = assay_fnv_step (shape, (guchar) k), shape_len++;
      last = k;
    }
  if (seen & BYTE_NOT_ASCII)
    return FALSE;
  t->word = h;
  t->shape = shape;
  char k0 = length ? ascii_shape[(guchar) word[0]] : 0;
  token_finish (t, lower, length, k0 == 'X', (k0 == 'X' || k0 == 'x') && !(seen & BYTE_LOWERCASE),
                seen & BYTE_DIGIT, seen & BYTE_HYPHEN);
  return TRUE;
}

/* ner_token_init() but the gazetteer's class. */
static void
token_read (NerToken *t, const char *word, gsize length)
{
  tables_init ();
  if (length <= 120 && token_read_ascii (t, word, length))
    return;
  /* The lowercased word, cut at 120 bytes: longer ones are not words. */
  char lower[128];
  gsize n = 0;
  guint32 shape = ASSAY_FNV_BASIS;
  gsize shape_len = 0;
  char last = 0;
  gboolean first = TRUE, title = FALSE, first_alpha = FALSE, any_lower = FALSE, digit = FALSE, hyphen = FALSE;
  const char *p = word, *end = word + length;
  while (p < end && n < 120)
    {
      guchar c = (guchar) *p;
      char k;
      if (c < 0x80)
        {
          k = ascii_shape[c];
          lower[n++] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
          p++;
          if (first)
            title = k == 'X', first_alpha = k == 'X' || k == 'x';
        }
      else
        {
          gunichar u = g_utf8_get_char_validated (p, end - p);
          if (u == (gunichar) -1 || u == (gunichar) -2)
            {
              u = 0xFFFD;
              p++;
            }
          else
            p = g_utf8_next_char (p);
          k = g_unichar_isupper (u) ? 'X' : g_unichar_islower (u) ? 'x' : g_unichar_isdigit (u) ? 'd' : '*';
          n += g_unichar_to_utf8 (g_unichar_tolower (u), lower + n);
          if (first)
            title = k == 'X' || g_unichar_istitle (u), first_alpha = g_unichar_isalpha (u);
        }
      first = FALSE;
      any_lower = any_lower || k == 'x';
      digit = digit || k == 'd';
      hyphen = hyphen || k == '-';
      /* Runs of X, x and d collapse; the shape is cut at 31 classes. */
      if ((k != last || !(k == 'X' || k == 'x' || k == 'd')) && shape_len < 31)
        shape = assay_fnv_step (shape, (guchar) k), shape_len++;
      last = k;
    }
  /* The word's hash, its prefixes' on the way. */
  guint32 h = ASSAY_FNV_BASIS;
  for (gsize i = 0; i < n; i++)
    {
      h = assay_fnv_step (h, (guchar) lower[i]);
      if (i < 3)
        t->pre[i] = h;
    }
  t->word = h;
  t->shape = shape;
  token_finish (t, lower, n, title, first_alpha && !any_lower, digit, hyphen);
}

guint
ner_document_slots (const char *const *keys, const guint32 *hashes, guint n, guint32 *slots)
{
  /* An open-addressed table of the keys, at most half full, each entry
   * the index + 1 of the key's first word (0: empty); keys of the same
   * hash are told apart by their text, so no two words share a history. */
  guint size = 16;
  while (size < 2 * n)
    size *= 2;
  guint32 *first = g_new0 (guint32, size);
  guint distinct = 0;
  for (guint i = 0; i < n; i++)
    {
      guint32 j = (hashes[i] * 0x9E3779B1u) & (size - 1);
      while (first[j] && (hashes[first[j] - 1] != hashes[i] || strcmp (keys[first[j] - 1], keys[i]) != 0))
        j = (j + 1) & (size - 1);
      if (first[j] == 0)
        {
          first[j] = i + 1;
          slots[i] = distinct++;
        }
      else
        slots[i] = slots[first[j] - 1];
    }
  g_free (first);
  return distinct;
}
