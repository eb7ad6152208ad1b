/* cleanup.c: the `cleanup` stage: language cleanup of real-world article
 * text, as the first stage of a pipeline.
 *
 * Rewriting passes, each applied through the core so the offset map to the
 * original stays exact:
 *   0. HTML character references (references.c), first: a reference may
 *      stand for a byte of mojibake ("caf&#195;&#169;" is "cafÃ©", which
 *      pass 1 repairs to "café"), or for a space or an invisible
 *      character that pass 2 then treats like any other
 *   1. encoding repair (mojibake.c)
 *   2. Unicode and white-space normalisation (normalize.c)
 *   3. boilerplate removal (boilerplate.c)
 * Every pass can be switched off; `rewrite=false` switches off all of them,
 * so the text keeps the input's offsets.
 */
#include "cleanup-private.h"

#include <string.h>

typedef struct
{
  gboolean rewrite;
  References *references;
  gboolean repair_encoding;
  guint max_layers;
  NormalizeOptions normalize;
  Mojibake *mojibake;
  Boilerplate *boilerplate;
  Segmenter *segmenter;
  gboolean tokens;
  Structure *structure;
  gboolean language;
  guint language_min_letters;
  CommonWords *common_words;
} Cleanup;

/* A block of removed lines, to be marked once the text is final. */
typedef struct
{
  gsize at;     /* where it was, in the text after removal */
  char *label;  /* the first line's reason */
  char *detail; /* "reason:chars" for each line */
} RemovedBlock;

static void
removed_block_clear (gpointer data)
{
  RemovedBlock *r = data;
  g_free (r->label);
  g_free (r->detail);
}

static const AssayOptionSpec cleanup_options[] = {
  { .name = "rewrite", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Rewrite the text at all; false keeps the input's text and offsets and only annotates" },
  { .name = "decode-references", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Decode HTML character references (&#227; &#xE3; &atilde;) in text that is not HTML; "
            "a page read as HTML has them decoded by its parser already" },
  { .name = "references-data", .type = ASSAY_OPTION_PATH, .default_value = "html-entities.tsv",
    .help = "The HTML standard's named character references, and its replacements for numeric "
            "references to 0x80-0x9F" },
  { .name = "repair-encoding", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Undo mojibake: UTF-8 that was read as Windows-1252, Latin-1 or another single-byte codepage" },
  { .name = "codecs", .type = ASSAY_OPTION_STRING,
    .default_value = "WINDOWS-1252,WINDOWS-1250,WINDOWS-1251,ISO-8859-2,WINDOWS-1257,MACINTOSH,CP437",
    .help = "Codepages (iconv names, ',' separated) that mojibake is undone through, most likely first; "
            "the first is read sloppily, as browsers do, so it covers Latin-1 too" },
  { .name = "max-layers", .type = ASSAY_OPTION_INT, .default_value = "3", .min = "1", .max = "6",
    .help = "How many times text may have been mis-decoded on top of itself" },
  { .name = "mojibake-data", .type = ASSAY_OPTION_PATH, .default_value = "mojibake.tsv",
    .help = "Signatures of mojibake and symbols common in real text, which weigh the repair" },
  { .name = "normalize", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Compose characters to Unicode NFC" },
  { .name = "strip-invisible", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Remove control characters, zero-width spaces, byte-order marks, soft hyphens and "
            "bidirectional controls" },
  { .name = "whitespace", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "One newline convention, no-break and other spaces as plain spaces, one space between "
            "words, at most one blank line between paragraphs" },
  { .name = "fold-punctuation", .type = ASSAY_OPTION_BOOL, .default_value = "false",
    .help = "Fold curly quotes, dashes and the ellipsis character to ASCII" },
  { .name = "remove-boilerplate", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Remove page furniture: navigation, share and subscribe lines, advertisements, app "
            "prompts, cookie notices, disclaimers, photo credits, related-story blocks" },
  { .name = "boilerplate-data", .type = ASSAY_OPTION_PATH, .default_value = "boilerplate.tsv",
    .help = "Patterns, headings and section labels of page furniture" },
  { .name = "segment", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Mark paragraphs and sentences (layers paragraph, sentence)" },
  { .name = "tokens", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Mark tokens too (layer token; not written unless --layers asks for it)" },
  { .name = "abbreviations", .type = ASSAY_OPTION_PATH, .default_value = "abbreviations.txt",
    .help = "Words whose full stop does not end a sentence" },
  { .name = "structure", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Find title, byline, agency, dateline and publication time (metadata the input lacks), "
            "and mark sections: title, byline, body, references" },
  { .name = "structure-data", .type = ASSAY_OPTION_PATH, .default_value = "structure.tsv",
    .help = "Byline, time, dateline and reference-heading patterns; agencies, months, time zones" },
  { .name = "language", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Set metadata lang and tag passages in another language (layer language; needs segment)" },
  { .name = "language-min-letters", .type = ASSAY_OPTION_INT, .default_value = "40", .min = "5",
    .max = "500", .help = "Fewest letters a passage needs before its language is judged" },
  { .name = "language-words", .type = ASSAY_OPTION_PATH, .default_value = "common-words.tsv",
    .help = "The commonest words of each language: a passage plainly in the document's language "
            "by them is not read by CLD2" },
  { .name = NULL },
};

/* ---- the stage -------------------------------------------------------------- */

static void
cleanup_destroy (gpointer data)
{
  Cleanup *self = data;
  references_free (self->references);
  mojibake_free (self->mojibake);
  boilerplate_free (self->boilerplate);
  segmenter_free (self->segmenter);
  structure_free (self->structure);
  common_words_free (self->common_words);
  g_free (self);
}

static gpointer
cleanup_create (const AssayHost *host, const AssayOptions *options, GError **error)
{
  Cleanup *self = g_new0 (Cleanup, 1);
  self->rewrite = assay_options_get_bool (options, "rewrite");
  self->repair_encoding = self->rewrite && assay_options_get_bool (options, "repair-encoding");
  self->max_layers = assay_options_get_int (options, "max-layers");
  self->normalize = (NormalizeOptions){
    .nfc = self->rewrite && assay_options_get_bool (options, "normalize"),
    .strip_invisible = self->rewrite && assay_options_get_bool (options, "strip-invisible"),
    .whitespace = self->rewrite && assay_options_get_bool (options, "whitespace"),
    .fold_punctuation = self->rewrite && assay_options_get_bool (options, "fold-punctuation"),
  };
  if (self->rewrite && assay_options_get_bool (options, "decode-references"))
    {
      self->references = references_new (assay_options_get_string (options, "references-data"), error);
      if (self->references == NULL)
        {
          cleanup_destroy (self);
          return NULL;
        }
    }
  if (self->repair_encoding)
    {
      self->mojibake = mojibake_new (assay_options_get_string (options, "codecs"),
                                     assay_options_get_string (options, "mojibake-data"), error);
      if (self->mojibake == NULL)
        {
          cleanup_destroy (self);
          return NULL;
        }
    }
  if (self->rewrite && assay_options_get_bool (options, "remove-boilerplate"))
    {
      self->boilerplate = boilerplate_new (assay_options_get_string (options, "boilerplate-data"), error);
      if (self->boilerplate == NULL)
        {
          cleanup_destroy (self);
          return NULL;
        }
    }
  if (assay_options_get_bool (options, "segment"))
    {
      self->tokens = assay_options_get_bool (options, "tokens");
      self->segmenter = segmenter_new (assay_options_get_string (options, "abbreviations"), error);
      if (self->segmenter == NULL
          || !segmenter_load_openers (self->segmenter, assay_options_get_string (options, "language-words"), error))
        {
          cleanup_destroy (self);
          return NULL;
        }
    }
  self->language = assay_options_get_bool (options, "language");
  self->language_min_letters = assay_options_get_int (options, "language-min-letters");
  if (self->language)
    {
      self->common_words = common_words_new (assay_options_get_string (options, "language-words"),
                                             error);
      if (self->common_words == NULL)
        {
          cleanup_destroy (self);
          return NULL;
        }
    }
  if (assay_options_get_bool (options, "structure"))
    {
      self->structure = structure_new (assay_options_get_string (options, "structure-data"), error);
      if (self->structure == NULL)
        {
          cleanup_destroy (self);
          return NULL;
        }
    }
  return self;
}

static gboolean
is_blank (const char *s, gsize length)
{
  for (gsize i = 0; i < length; i++)
    if (s[i] != ' ' && s[i] != '\n')
      return FALSE;
  return TRUE;
}

/* Turns the lines to remove into deletions: adjacent lines (blank lines
 * between them too) go as one block, with the line break after it, so no
 * empty paragraphs are left behind.  Fills @blocks with where each block
 * was, in the text after the deletions. */
static void
plan_removals (const char *text, gsize length, GArray *lines, AssayTextEdit *edit, GArray *blocks)
{
  gsize removed_before = 0;
  for (guint i = 0; i < lines->len;)
    {
      const BoilerplateRemoval *first = &g_array_index (lines, BoilerplateRemoval, i);
      GString *detail = g_string_new (NULL);
      guint j = i;
      gsize block_end = first->end;
      while (j < lines->len)
        {
          const BoilerplateRemoval *r = &g_array_index (lines, BoilerplateRemoval, j);
          if (j > i && !is_blank (text + block_end, r->start - block_end))
            break;
          g_string_append_printf (detail, "%s%s:%zu", detail->len ? "," : "", r->reason,
                                  (size_t) (r->end - r->start));
          block_end = r->end;
          j++;
        }
      gsize start = first->start, end = block_end;
      while (end < length && (text[end] == '\n' || text[end] == ' '))
        end++;
      if (end == length)
        /* At the end of the text: take the line break before the block. */
        while (start > 0 && (text[start - 1] == '\n' || text[start - 1] == ' '))
          start--;
      assay_text_edit_replace (edit, start, end, "", 0);
      RemovedBlock block = { start - removed_before, g_strdup (first->reason),
                             g_string_free (detail, FALSE) };
      g_array_append_val (blocks, block);
      removed_before += end - start;
      i = j;
    }
}

/* Applies one rewriting pass's replacements. */
static gboolean
apply (AssayDocument *doc, AssayTextEdit *edit, GError **error)
{
  return assay_text_edit_get_count (edit) == 0 || assay_document_apply_edit (doc, edit, error);
}

static gboolean
cleanup_process (gpointer data, AssayDocument *doc, GError **error)
{
  Cleanup *self = data;
  gsize length;
  const char *text;
  g_autoptr (GArray) removed = g_array_new (FALSE, FALSE, sizeof (RemovedBlock));
  g_array_set_clear_func (removed, removed_block_clear);

  /* A page the reader parsed as HTML (ASSAY_META_PARSED_FROM, which no
   * record can set: a JSONL record's own "file" field once turned the step
   * off) had its references decoded by the HTML parser: an "&eacute;"
   * left in its text was "&amp;eacute;" in the page, and a browser shows
   * it as written. */
  text = assay_document_get_text (doc, &length);
  /* Most texts hold no "&" at all: they cost one memchr(), not an edit
   * made and freed (6M of the step's 9.7M instructions before this test,
   * on the BBC archive four times over, 8,900 documents; callgrind). */
  if (self->references && memchr (text, '&', length) != NULL
      && assay_document_get_meta (doc, ASSAY_META_PARSED_FROM) == NULL)
    {
      g_autoptr (AssayTextEdit) edit = assay_text_edit_new ();
      references_decode (self->references, text, length, edit);
      if (!apply (doc, edit, error))
        return FALSE;
    }

  if (self->repair_encoding)
    {
      g_autoptr (AssayTextEdit) edit = assay_text_edit_new ();
      text = assay_document_get_text (doc, &length);
      mojibake_repair (self->mojibake, text, length, self->max_layers, edit);
      if (!apply (doc, edit, error))
        return FALSE;
    }

  if (self->normalize.nfc || self->normalize.strip_invisible || self->normalize.whitespace
      || self->normalize.fold_punctuation)
    {
      g_autoptr (AssayTextEdit) edit = assay_text_edit_new ();
      text = assay_document_get_text (doc, &length);
      normalize_text (&self->normalize, text, length, edit);
      if (!apply (doc, edit, error))
        return FALSE;
    }

  if (self->boilerplate)
    {
      g_autoptr (AssayTextEdit) edit = assay_text_edit_new ();
      text = assay_document_get_text (doc, &length);
      g_autoptr (GArray) lines = boilerplate_find (self->boilerplate, text, length);
      plan_removals (text, length, lines, edit, removed);
      if (!apply (doc, edit, error))
        return FALSE;
    }

  /* The text is final: from here on, only annotations. */
  for (guint i = 0; i < removed->len; i++)
    {
      const RemovedBlock *r = &g_array_index (removed, RemovedBlock, i);
      AssayAnnotation *a = assay_document_add_annotation (doc, "removed", r->at, r->at, r->label, error);
      if (a == NULL)
        return FALSE;
      assay_annotation_set_attr (a, "detail", r->detail);
    }

  if (self->segmenter && !segment_document (self->segmenter, doc, self->tokens, error))
    return FALSE;
  if (self->structure && !structure_annotate (self->structure, doc, error))
    return FALSE;
  if (self->language
      && !language_annotate (self->common_words, doc, self->language_min_letters, error))
    return FALSE;
  return TRUE;
}

static const char *const cleanup_provides[] = {
  "removed", "paragraph", "sentence", "token", "section",
  "meta:title", "meta:byline", "meta:agency", "meta:published", "meta:updated",
  "meta:dateline-place", "meta:dateline-country", "meta:dateline-date",
  "language", "meta:lang",
  NULL,
};

static const AssayStageDesc cleanup_desc = {
  ASSAY_STAGE_DESC_HEADER,
  .name = "cleanup",
  .version = "0.1.0",
  .summary = "Repair encoding, normalise text, remove page debris, mark structure and language",
  .license = "MIT",
  .provides = cleanup_provides,
  .options = cleanup_options,
  .threading = ASSAY_THREADING_PER_WORKER,
  .flags = ASSAY_STAGE_REWRITES_TEXT,
  .create = cleanup_create,
  .process = cleanup_process,
  .destroy = cleanup_destroy,
};

ASSAY_PLUGIN_DEFINE (&cleanup_desc)
