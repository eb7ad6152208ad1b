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
 */
#include "cleanup-private.h"
#include "langid.h"

#include <string.h>

static guint
count_letters (const char *s, const char *end)
{
  guint n = 0;
  for (const char *p = s; p < end; p = g_utf8_next_char (p))
    n += g_unichar_isalpha (g_utf8_get_char (p));
  return n;
}

/* Language is a property of prose: four words or more, most of them
 * starting in lowercase.  Lists of names ("Kostyuk, A., Kugai, T.") and
 * short phrases are left alone, since CLD2 guesses wildly on them. */
static gboolean
is_prose (const char *s, const char *end)
{
  guint words = 0, lower = 0;
  gboolean in_word = FALSE;
  for (const char *p = s; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean letter = g_unichar_isalpha (c);
      if (letter && !in_word)
        words++, lower += !g_unichar_isupper (c);
      in_word = letter;
    }
  return words >= 4 && lower * 2 >= words;
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
} Reading;

/* Tags [start, end) (trimmed) when it reads as another language; @known is
 * a reading of [start, end) already made, or NULL. */
static gboolean
try_passage (AssayDocument *doc, const char *text, const char *start, const char *end,
             const char *doc_lang, guint min_letters, const Reading *known, gboolean *tagged,
             GError **error)
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
  if (count_letters (start, end) < min_letters || !is_prose (start, end))
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
language_annotate (AssayDocument *doc, guint min_letters, GError **error)
{
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  if (length == 0)
    return TRUE;

  guint n;
  AssayAnnotation *const *sentences = assay_document_get_annotations (doc, "sentence", &n);

  /* The document's language: the one most of its sentences are in, by
   * letters (a report full of Italian names is still English); the whole
   * text when there are no sentences to count. */
  g_autoptr (GHashTable) letters = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree Reading *readings = g_new0 (Reading, MAX (n, 1));
  const char *doc_lang = NULL;
  guint best = 0;
  for (guint i = 0; i < n; i++)
    {
      const char *s = text + assay_annotation_get_start (sentences[i]);
      const char *e = text + assay_annotation_get_end (sentences[i]);
      Reading *r = &readings[i];
      r->code = langid_detect (s, e - s, &r->percent, &r->reliable);
      const char *code = r->code;
      if (code == NULL || !r->reliable)
        continue;
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (letters, code)) + count_letters (s, e);
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

  for (guint i = 0; i < n; i++)
    {
      const char *s = text + assay_annotation_get_start (sentences[i]);
      const char *e = text + assay_annotation_get_end (sentences[i]);
      gboolean tagged;
      /* Each sentence was read above, whole; reuse that reading. */
      if (!try_passage (doc, text, s, e, doc_lang, min_letters, &readings[i], &tagged, error))
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
                  && !try_passage (doc, text, piece, p, doc_lang, min_letters, NULL, &tagged, error))
                return FALSE;
              piece = next;
            }
          p = next;
        }
    }
  return TRUE;
}
