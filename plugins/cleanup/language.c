/* language.c: the document's language, and passages in another one.
 *
 * The language most of the sentences are in is the document's (metadata
 * `lang`, unless the input has it).  Then each sentence is read on its own,
 * and inside it each
 * stretch between quotation marks and each field of a citation (split at
 * ". "), so an untranslated quotation or a citation's Czech title is found
 * inside an English sentence.  A passage is tagged (layer `language`, label
 * its code) when it is prose with enough letters, its language differs from
 * the document's, and CLD2 is sure of it.
 *
 * CLD2 is the costly part, and most passages of most documents are plainly
 * in one language.  So the words come first (data/common-words.tsv, the
 * commonest words of each language): the language whose words a document
 * uses most is its likely language, and a passage written in that
 * language's letters alone, with enough of its words and few of other
 * languages', is taken to be in it without asking CLD2.  A passage where
 * something differs (a letter the language does not use, too few of its
 * words) is read by CLD2 as before.
 */
#include "cleanup-private.h"
#include "langid.h"

#include <string.h>

/* Longest word looked up, in bytes: no language's common words are longer. */
#define MAX_WORD 48
/* Languages the common words may name: one bit each in a word's set. */
#define MAX_WORD_LANGUAGES 32

typedef struct
{
  char *code;
  gboolean latin;      /* its words are written in ASCII letters: all of them are its */
  GHashTable *letters; /* other letters its words use (gunichar, lowercase) */
} WordLanguage;

struct _CommonWords
{
  GHashTable *words; /* lowercase word -> the languages it is common in, one bit each */
  GArray *languages; /* WordLanguage */
};

static void
word_language_clear (gpointer data)
{
  WordLanguage *l = data;
  g_free (l->code);
  g_hash_table_unref (l->letters);
}

void
common_words_free (CommonWords *cw)
{
  if (cw == NULL)
    return;
  g_hash_table_unref (cw->words);
  g_array_unref (cw->languages);
  g_free (cw);
}

static guint
language_index (CommonWords *cw, const char *code)
{
  for (guint i = 0; i < cw->languages->len; i++)
    if (strcmp (g_array_index (cw->languages, WordLanguage, i).code, code) == 0)
      return i;
  WordLanguage l = { g_strdup (code), FALSE, g_hash_table_new (NULL, NULL) };
  g_array_append_val (cw->languages, l);
  return cw->languages->len - 1;
}

CommonWords *
common_words_new (const char *data_file, GError **error)
{
  g_autoptr (GPtrArray) lines = assay_data_read_lines (data_file, error);
  if (lines == NULL)
    return NULL;
  CommonWords *cw = g_new0 (CommonWords, 1);
  cw->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cw->languages = g_array_new (FALSE, FALSE, sizeof (WordLanguage));
  g_array_set_clear_func (cw->languages, word_language_clear);
  for (guint i = 0; i < lines->len; i++)
    {
      const char *line = lines->pdata[i];
      const char *tab = strchr (line, '\t');
      g_autofree char *word = tab ? g_utf8_strdown (tab + 1, -1) : NULL;
      if (word)
        g_strstrip (word);
      if (tab == NULL || tab == line || *word == '\0' || strlen (word) > MAX_WORD
          || strchr (word, ' '))
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s: '%s' is not LANG<TAB>WORD (one word of at most %d bytes)", data_file,
                       line, MAX_WORD);
          common_words_free (cw);
          return NULL;
        }
      g_autofree char *code = g_strndup (line, tab - line);
      guint index = language_index (cw, code);
      if (index >= MAX_WORD_LANGUAGES)
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s: '%s' is language %u; the file may name at most %d", data_file, code,
                       index + 1, MAX_WORD_LANGUAGES);
          common_words_free (cw);
          return NULL;
        }
      guint set = GPOINTER_TO_UINT (g_hash_table_lookup (cw->words, word)) | (1u << index);
      WordLanguage *l = &g_array_index (cw->languages, WordLanguage, index);
      for (const char *p = word; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          if (c < 0x80)
            l->latin = l->latin || g_ascii_isalpha (c);
          else if (g_unichar_isalpha (c))
            g_hash_table_add (l->letters, GUINT_TO_POINTER (c));
        }
      g_hash_table_insert (cw->words, g_steal_pointer (&word), GUINT_TO_POINTER (set));
    }
  return cw;
}

/* What one reading of a passage's characters found. */
typedef struct
{
  guint letters;
  guint words; /* runs of letters */
  guint lower; /* words starting in lowercase */
  gboolean plain; /* plainly in the language asked about */
} Scan;

/* Counting a text's common words, for one language or for all. */
typedef struct
{
  const CommonWords *cw;
  const WordLanguage *lang; /* the language asked about, or NULL */
  guint lang_index;
  guint *counts; /* hits per language, or NULL */
  guint hits, others;
  gboolean foreign_letter;
} WordCount;

static void
count_word (WordCount *wc, const char *word)
{
  guint set = GPOINTER_TO_UINT (g_hash_table_lookup (wc->cw->words, word));
  if (set == 0)
    return;
  if (wc->counts)
    for (guint i = 0; i < wc->cw->languages->len; i++)
      wc->counts[i] += (set >> i) & 1;
  if (wc->lang && (set >> wc->lang_index) & 1)
    wc->hits++;
  else if (wc->lang)
    wc->others++;
}

/* Reads [s, end) once: its letters and words, and (when @wc asks about a
 * language) whether any letter is not that language's and how many words
 * point at it and at others.  ASCII, most of the text, takes the short way. */
static void
scan_text (const char *s, const char *end, WordCount *wc, Scan *out)
{
  guint letters = 0, words = 0, lower = 0;
  char word[MAX_WORD + 8];
  gsize wlen = 0;
  gboolean in_word = FALSE, too_long = FALSE;
  for (const char *p = s; p <= end;)
    {
      gunichar c = 0;
      gboolean letter = FALSE;
      const char *next = end + 1;
      if (p < end && (guchar) *p < 0x80)
        c = (guchar) *p, letter = g_ascii_isalpha (*p), next = p + 1;
      else if (p < end)
        c = g_utf8_get_char (p), letter = g_unichar_isalpha (c), next = g_utf8_next_char (p);
      if (letter)
        {
          letters++;
          if (!in_word)
            {
              words++, lower += !g_unichar_isupper (c);
              wlen = 0, too_long = FALSE;
            }
          in_word = TRUE;
          if (wc)
            {
              gunichar lc = c < 0x80 ? (gunichar) g_ascii_tolower ((char) c)
                                     : g_unichar_tolower (c);
              gboolean its = wc->lang
                             && (lc < 0x80 ? wc->lang->latin
                                           : g_hash_table_contains (wc->lang->letters,
                                                                    GUINT_TO_POINTER (lc)));
              if (wc->lang && !its)
                wc->foreign_letter = TRUE;
              if (!too_long && wlen + 6 <= MAX_WORD)
                wlen += g_unichar_to_utf8 (lc, word + wlen);
              else
                too_long = TRUE;
            }
        }
      else
        {
          if (in_word && wc && !too_long)
            {
              word[wlen] = '\0';
              count_word (wc, word);
            }
          in_word = FALSE;
        }
      p = next;
    }
  if (out)
    {
      out->letters = letters, out->words = words, out->lower = lower;
      /* Plain: that language's letters only, one word in four among its
       * commonest (its running text has far more; a quotation in another
       * language, a list of foreign names, has few), and fewer common
       * words of other languages alone than half that. */
      out->plain = wc && wc->lang && !wc->foreign_letter && wc->hits >= 2 && wc->hits * 4 >= words
                   && wc->others * 2 <= wc->hits;
    }
}

static void
scan_passage (const CommonWords *cw, int lang, const char *s, const char *end, Scan *out)
{
  if (cw == NULL || lang < 0)
    {
      scan_text (s, end, NULL, out);
      return;
    }
  WordCount wc
      = { cw, &g_array_index (cw->languages, WordLanguage, lang), lang, NULL, 0, 0, FALSE };
  scan_text (s, end, &wc, out);
}

/* The language whose common words the text uses most, if it clearly
 * leads: the one a passage is first held against.  -1 when none does. */
static int
likely_language (const CommonWords *cw, const char *text, gsize length)
{
  if (cw == NULL || cw->languages->len == 0)
    return -1;
  g_autofree guint *counts = g_new0 (guint, cw->languages->len);
  WordCount wc = { cw, NULL, 0, counts, 0, 0, FALSE };
  scan_text (text, text + length, &wc, NULL);
  guint best = 0, second = 0;
  int index = -1;
  for (guint i = 0; i < cw->languages->len; i++)
    if (counts[i] > best)
      second = best, best = counts[i], index = i;
    else if (counts[i] > second)
      second = counts[i];
  return best >= 3 && 2 * best >= 3 * second ? index : -1;
}

/* Language is a property of prose: four words or more, most of them
 * starting in lowercase.  Lists of names ("Kostyuk, A., Kugai, T.") and
 * short phrases are left alone, since CLD2 guesses wildly on them. */
static gboolean
is_prose (const Scan *sc)
{
  return sc->words >= 4 && sc->lower * 2 >= sc->words;
}

static gboolean
is_quote (gunichar c)
{
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x00AB || c == 0x00BB;
}

typedef struct
{
  const char *code;
  int percent;
  int reliable;
  gboolean assumed; /* taken from the words (scan.plain), not read by CLD2 */
  Scan scan;
} Reading;

/* Tags [start, end) (trimmed) when it reads as another language; @known is
 * a reading of [start, end) already made, or NULL; @lang the index of the
 * document's language among the common words, or -1. */
static gboolean
try_passage (AssayDocument *doc, const char *text, const char *start, const char *end,
             const char *doc_lang, guint min_letters, const CommonWords *cw, int lang,
             const Reading *known, gboolean *tagged, GError **error)
{
  *tagged = FALSE;
  while (start < end && !g_unichar_isalnum (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);
      if (g_unichar_isalnum (c) || c == '.' || c == '!' || c == '?')
        break;
      end = prev;
    }
  /* Trimming takes no letters, so a known reading's scan holds. */
  Scan sc;
  if (known)
    sc = known->scan;
  else
    scan_passage (cw, lang, start, end, &sc);
  if (sc.letters < min_letters || !is_prose (&sc) || sc.plain)
    return TRUE;
  int percent = known ? known->percent : 0, reliable = known ? known->reliable : 0;
  const char *code = known ? known->code : langid_detect (start, end - start, &percent, &reliable);
  if (code == NULL || !reliable || percent < 80 || strcmp (code, doc_lang) == 0)
    return TRUE;
  AssayAnnotation *a = assay_document_add_annotation (doc, "language", start - text, end - text,
                                                      code, error);
  if (a == NULL)
    return FALSE;
  char share[8];
  g_snprintf (share, sizeof share, "%d", percent);
  assay_annotation_set_attr (a, "percent", share);
  *tagged = TRUE;
  return TRUE;
}

gboolean
language_annotate (const CommonWords *cw, AssayDocument *doc, guint min_letters, GError **error)
{
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  if (length == 0)
    return TRUE;

  guint n;
  AssayAnnotation *const *sentences = assay_document_get_annotations (doc, "sentence", &n);

  /* The document's language: the one most of its sentences are in, by
   * letters (a report full of Italian names is still English); the whole
   * text when there are no sentences to count.  A sentence plainly in the
   * language the words point at counts for it unread. */
  int likely = n > 0 ? likely_language (cw, text, length) : -1;
  const char *likely_code = likely >= 0 ? g_array_index (cw->languages, WordLanguage, likely).code
                                        : NULL;
  g_autoptr (GHashTable) letters = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree Reading *readings = g_new0 (Reading, MAX (n, 1));
  const char *doc_lang = NULL;
  guint best = 0;
  for (guint i = 0; i < n; i++)
    {
      const char *s = text + assay_annotation_get_start (sentences[i]);
      const char *e = text + assay_annotation_get_end (sentences[i]);
      Reading *r = &readings[i];
      scan_passage (cw, likely, s, e, &r->scan);
      if (r->scan.plain)
        r->code = likely_code, r->percent = 100, r->reliable = TRUE, r->assumed = TRUE;
      else
        r->code = langid_detect (s, e - s, &r->percent, &r->reliable);
      const char *code = r->code;
      if (code == NULL || !r->reliable)
        continue;
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (letters, code)) + r->scan.letters;
      g_hash_table_insert (letters, (gpointer) code, GUINT_TO_POINTER (count));
      if (count > best)
        best = count, doc_lang = code;
    }
  if (doc_lang == NULL)
    doc_lang = langid_detect (text, length, NULL, NULL);
  if (assay_document_get_meta (doc, "lang") == NULL && doc_lang)
    if (!assay_document_set_meta (doc, "lang", doc_lang, error))
      return FALSE;
  /* The input's word on the language wins, as with all metadata. */
  if (assay_document_get_meta (doc, "lang"))
    doc_lang = assay_document_get_meta (doc, "lang");
  if (doc_lang == NULL)
    return TRUE;
  /* Passages are held against the words only when they point at the
   * document's language; otherwise every one is read, as a plain sentence
   * in the likely language is a passage in another. */
  int lang = likely_code && strcmp (likely_code, doc_lang) == 0 ? likely : -1;

  for (guint i = 0; i < n; i++)
    {
      const char *s = text + assay_annotation_get_start (sentences[i]);
      const char *e = text + assay_annotation_get_end (sentences[i]);
      Reading *r = &readings[i];
      if (r->assumed && lang < 0)
        {
          r->code = langid_detect (s, e - s, &r->percent, &r->reliable);
          r->assumed = r->scan.plain = FALSE;
        }
      gboolean tagged;
      /* Each sentence was read above, whole; reuse that reading. */
      if (!try_passage (doc, text, s, e, doc_lang, min_letters, cw, lang, r, &tagged, error))
        return FALSE;
      if (tagged)
        continue;
      /* Inside the sentence: quoted stretches and ". "-separated fields. */
      const char *piece = s;
      for (const char *p = s; p <= e;)
        {
          gunichar c = p < e ? g_utf8_get_char (p) : 0;
          const char *next = p < e ? g_utf8_next_char (p) : e + 1;
          gboolean cut = p == e || is_quote (c) || (c == '.' && next < e && *next == ' ');
          if (cut)
            {
              if (piece < p && (piece != s || p != e)
                  && !try_passage (doc, text, piece, p, doc_lang, min_letters, cw, lang, NULL,
                                   &tagged, error))
                return FALSE;
              piece = next;
            }
          p = next;
        }
    }
  return TRUE;
}
