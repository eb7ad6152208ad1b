/* cleanup-private.h: what the cleanup stage's files share.
 *
 * The stage runs in passes.  Each rewriting pass (character references,
 * encoding repair, Unicode normalisation, boilerplate removal) collects replacements into one
 * AssayTextEdit that the core applies, so every change lands in the offset
 * map.  The annotating passes (structure, segmentation, sections, language)
 * run after the last rewrite.
 */
#pragma once

#include <assay/assay.h>
#include <assay/assay-ascii16-private.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

G_BEGIN_DECLS

/* ---- HTML character references (references.c) ---------------------------- */

typedef struct _References References;

/* Loads @data_file: the named references and the replacements for numeric
 * references to 0x80..0x9F (data/html-entities.tsv). */
References *references_new (const char *data_file, GError **error);
void references_free (References *r);

/* Adds to @edit one replacement for each well-formed character reference
 * in @text ("&#227;", "&#xE3;", "&atilde;"); returns how many. */
guint references_decode (const References *r, const char *text, gsize length, AssayTextEdit *edit);

/* ---- encoding repair (mojibake.c) ---------------------------------------- */

typedef struct _Mojibake Mojibake;

/* Loads the codecs named in @codecs (',' separated iconv names, the first
 * one being the Windows-1252 family) and the signature patterns of
 * @data_file. */
Mojibake *mojibake_new (const char *codecs, const char *data_file, GError **error);
void mojibake_free (Mojibake *m);

/* Adds to @edit the replacements that undo mojibake in @text, repeating
 * up to @max_layers times for text that was mis-decoded more than once;
 * returns how many sequences it repaired. */
guint mojibake_repair (const Mojibake *m,
                       const char *text,
                       gsize length,
                       guint max_layers,
                       AssayTextEdit *edit);

/* Returns: (transfer full): @text repaired (for tests and measurements). */
char *mojibake_fix_string (const Mojibake *m, const char *text, guint max_layers);

/* ---- Unicode normalisation (normalize.c) -------------------------------- */

typedef struct
{
  gboolean nfc;
  gboolean strip_invisible;  /* controls, zero-width, bidi controls, soft hyphens */
  gboolean whitespace;       /* line endings, space runs, blank-line runs */
  gboolean fold_punctuation; /* curly quotes, dashes, ellipsis to ASCII */
} NormalizeOptions;

/* Adds to @edit the replacements that normalise @text; returns how many. */
guint normalize_text (const NormalizeOptions *opts,
                      const char *text,
                      gsize length,
                      AssayTextEdit *edit);

/* ---- boilerplate (boilerplate.c) ---------------------------------------- */

typedef struct _Boilerplate Boilerplate;

/* One line to remove: [start, end) without its newline, and why. */
typedef struct
{
  gsize start;
  gsize end;
  const char *reason; /* owned by the Boilerplate */
} BoilerplateRemoval;

Boilerplate *boilerplate_new (const char *data_file, GError **error);
void boilerplate_free (Boilerplate *b);

/* Returns: (transfer full): the lines of @text to remove
 * (BoilerplateRemoval), in text order. */
GArray *boilerplate_find (const Boilerplate *b, const char *text, gsize length);

/* ---- which rules can match a line (prefilter.c) ---------------------------- */

typedef struct _Prefilter Prefilter;

Prefilter *prefilter_new (void);
void prefilter_free (Prefilter *pf);

/* Gives @pattern (a caseless boilerplate pattern) a gate: returns its
 * number, or -1 when no strings every match holds can be read from it
 * (see prefilter_literals()) or there is no room; the pattern is then
 * tried on every line. */
int prefilter_add (Prefilter *pf, const char *pattern);
guint prefilter_n_gates (const Prefilter *pf);

/* The gates (bit g for gate g) whose pattern may match somewhere in
 * [@s, @s + @n): a closed gate's pattern matches nowhere in it. */
guint32 prefilter_scan (const Prefilter *pf, const char *s, gsize n);

/* Returns: (transfer full) (nullable): strings, lowercase, one of which
 * every caseless match of @pattern holds; NULL when the pattern says
 * nothing that sure (or holds what this reader does not follow). */
GPtrArray *prefilter_literals (const char *pattern);

/* ---- segmentation (segment.c) --------------------------------------------- */

typedef struct _Segmenter Segmenter;

Segmenter *segmenter_new (const char *abbreviations_file, GError **error);
void segmenter_free (Segmenter *s);
/* Reads the English words of @common_words_file (LANG<TAB>WORD) that open a
 * sentence after a date's abbreviation ("8 Apr. It rained"). */
gboolean segmenter_load_openers (Segmenter *s, const char *common_words_file, GError **error);

/* Adds the layers paragraph, sentence and (when @tokens) token. */
gboolean segment_document (const Segmenter *s, AssayDocument *doc, gboolean tokens, GError **error);

/* ---- structure and metadata (structure.c) -------------------------------- */

typedef struct _Structure Structure;

Structure *structure_new (const char *data_file, GError **error);
void structure_free (Structure *st);

/* Returns: (transfer full) (nullable): ISO 8601 for a written date and
 * time ("XXXX-05-29" without a year), or NULL when there is no date. */
char *structure_parse_when (const Structure *st, const char *text, gsize length);

/* Adds the section layer and the metadata found (title, byline, agency,
 * dateline-place, dateline-country, dateline-date, published, updated),
 * never overwriting metadata the document has. */
gboolean structure_annotate (const Structure *st, AssayDocument *doc, GError **error);

/* ---- language (language.c) ------------------------------------------------- */

typedef struct _CommonWords CommonWords;

/* Loads @data_file: LANG<TAB>WORD lines, the commonest words of each
 * language (at most 32 languages). */
CommonWords *common_words_new (const char *data_file, GError **error);
void common_words_free (CommonWords *cw);

/* Sets metadata `lang` (unless given) and tags passages of the sentence
 * layer that are in another language with at least @min_letters letters.
 * @cw (nullable): common words; passages plainly in the document's
 * language by them are not read by CLD2.  NULL reads every passage. */
gboolean language_annotate (const CommonWords *cw,
                            AssayDocument *doc,
                            guint min_letters,
                            GError **error);

/* What the language pass's word reader finds in @text, summed over its
 * words: for the tests, which hold its fast way over ASCII to the general
 * one (the sums of a text's parts read alone are those of the whole). */
typedef struct
{
  guint words, letters, lower;
  guint common[32];   /* words common in each language, by its bit */
  guint alphabet[32]; /* words written in each language's letters alone */
} WordTally;

void common_words_tally (const CommonWords *cw, const char *text, gsize length, WordTally *tally);

/* ---- helpers (util.c) -------------------------------------------------------- */

/* Compiles @pattern (UTF-8, Unicode properties on), naming @where on error. */
pcre2_code *cleanup_compile (const char *pattern, guint32 flags, const char *where, GError **error);

/* The bytes a match of @re can begin with, where @re is anchored at the
 * subject's start and PCRE2 worked out that set when compiling it (its
 * start bitmap, which it makes only for a pattern that cannot match the
 * empty string): then a subject whose first byte is not in it has no
 * match.  NULL for any other pattern.  Owned by @re. */
const guint8 *cleanup_first_bytes (const pcre2_code *re);

/* A byte every match of @re holds, where PCRE2 knows one (its last
 * literal code unit) and it is ASCII but no letter, so that case does not
 * matter: a subject without it has no match.  -1 otherwise. */
int cleanup_required_byte (const pcre2_code *re);

/* The bytes every match of @re begins with, where @re is not anchored,
 * PCRE2 worked out that set (its start bitmap) and it holds one to four
 * bytes: copied into @bytes, and their number returned; 0 for any other
 * pattern.  See cleanup_find_start(). */
guint cleanup_start_bytes (const pcre2_code *re, guint8 bytes[4]);

/* The offset in @s (@n bytes) of the first of the @n_bytes @bytes (from
 * cleanup_start_bytes()), or @n.  No match of the pattern begins before
 * it, so a search may start there, and need not start when it is @n.
 * PCRE2's JIT code looks for a start in its bitmap a byte at a time; for
 * `[|•·]\s*published` on the header blocks of bench/dates-bench.py's
 * 20 MB that was about 1,200 instructions a block, sixteen bytes a step
 * here a tenth of it. */
static inline gsize
cleanup_find_start (const char *s, gsize n, const guint8 bytes[4], guint n_bytes)
{
  const guchar *p = (const guchar *) s;
  gsize i = 0;
#ifdef __SSE2__
  __m128i b0 = _mm_set1_epi8 ((char) bytes[0]);
  __m128i b1 = _mm_set1_epi8 ((char) bytes[n_bytes > 1 ? 1 : 0]);
  __m128i b2 = _mm_set1_epi8 ((char) bytes[n_bytes > 2 ? 2 : 0]);
  __m128i b3 = _mm_set1_epi8 ((char) bytes[n_bytes > 3 ? 3 : 0]);
  for (; i + 16 <= n; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (p + i));
      __m128i hit = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, b0), _mm_cmpeq_epi8 (v, b1)),
                                  _mm_or_si128 (_mm_cmpeq_epi8 (v, b2), _mm_cmpeq_epi8 (v, b3)));
      int mask = _mm_movemask_epi8 (hit);
      if (mask)
        return i + __builtin_ctz ((unsigned) mask);
    }
#endif
  for (; i < n; i++)
    for (guint k = 0; k < n_bytes; k++)
      if (p[i] == bytes[k])
        return i;
  return n;
}

/* The first byte of [@p, @end) beyond ASCII, or @end: sixteen bytes a
 * step with SSE2, whose movemask reads each byte's top bit.  The encoding
 * repair looks for runs of such bytes, and a text is nearly all ASCII:
 * with its byte loop mojibake_repair() took 48.9M instructions, all it
 * calls included, 26.4M with this (callgrind, the news-crosscheck
 * pipeline at -j 1 on 5 MB of bench/dates-bench.py's BBC JSONL). */
static inline const char *
cleanup_skip_ascii (const char *p, const char *end)
{
#ifdef __SSE2__
  for (; end - p >= 16; p += 16)
    {
      int mask = _mm_movemask_epi8 (_mm_loadu_si128 ((const __m128i *) p));
      if (mask)
        return p + __builtin_ctz ((unsigned) mask);
    }
#endif
  while (p < end && (guchar) *p < 0x80)
    p++;
  return p;
}

/* Whether @byte is in @first_bytes (from cleanup_first_bytes()). */
static inline gboolean
cleanup_first_byte_in (const guint8 *first_bytes, guchar byte)
{
  return (first_bytes[byte / 8] >> (byte % 8)) & 1;
}

/* Matches @re (from cleanup_compile()) against @s, @n bytes of valid UTF-8,
 * from the offset @from (where a character begins; a lookbehind still sees
 * what is before it), as a search from the start would find it where no
 * match begins before @from.  Straight into the JIT code: pcre2_match() reaches the
 * same code through a wrapper that checks its arguments again, 20M
 * instructions on the 150k tries of the structure pass in
 * bench/dates-bench.py's 20 MB (callgrind).  A pattern the JIT could not
 * compile (no JIT on this machine, or no memory for it) goes to the
 * interpreter, with the same results. */
static inline int
cleanup_match_from (const pcre2_code *re, const char *s, gsize n, gsize from, pcre2_match_data *md)
{
  int rc = pcre2_jit_match (re, (PCRE2_SPTR) s, n, from, 0, md, NULL);
  if (G_UNLIKELY (rc == PCRE2_ERROR_JIT_BADOPTION))
    rc = pcre2_match (re, (PCRE2_SPTR) s, n, from, PCRE2_NO_UTF_CHECK, md, NULL);
  return rc;
}

/* The same from the subject's start. */
static inline int
cleanup_match (const pcre2_code *re, const char *s, gsize n, pcre2_match_data *md)
{
  return cleanup_match_from (re, s, n, 0, md);
}

G_END_DECLS
