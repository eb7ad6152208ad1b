/* cleanup.c: the `cleanup` stage: language cleanup of real-world article
 * text, as the first stage of a pipeline.
 *
 * Rewriting passes, each applied through the core so the offset map to the
 * original stays exact:
 *   1. encoding repair (mojibake.c)
 *   2. Unicode and white-space normalisation (normalize.c)
 * Every pass can be switched off; `rewrite=false` switches off all of them,
 * so the text keeps the input's offsets.
 */
#include "cleanup-private.h"

#include <string.h>

typedef struct
{
  gboolean rewrite;
  gboolean repair_encoding;
  guint max_layers;
  NormalizeOptions normalize;
  Mojibake *mojibake;
} Cleanup;

static const AssayOptionSpec cleanup_options[] = {
  { .name = "rewrite", .type = ASSAY_OPTION_BOOL, .default_value = "true",
    .help = "Rewrite the text at all; false keeps the input's text and offsets and only annotates" },
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
  { .name = NULL },
};

/* ---- the stage -------------------------------------------------------------- */

static void
cleanup_destroy (gpointer data)
{
  Cleanup *self = data;
  mojibake_free (self->mojibake);
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
  return self;
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
  return TRUE;
}

static const AssayStageDesc cleanup_desc = {
  ASSAY_STAGE_DESC_HEADER,
  .name = "cleanup",
  .version = "0.1.0",
  .summary = "Repair encoding, normalise Unicode and white space",
  .license = "MIT",
  .options = cleanup_options,
  .threading = ASSAY_THREADING_PER_WORKER,
  .flags = ASSAY_STAGE_REWRITES_TEXT,
  .create = cleanup_create,
  .process = cleanup_process,
  .destroy = cleanup_destroy,
};

ASSAY_PLUGIN_DEFINE (&cleanup_desc)
