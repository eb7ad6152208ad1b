/* fuzz-stage.c: one stage's process() on one document, with the stages it
 * needs before it; built once per stage (FUZZ_STAGES names the pipeline's
 * stages, the last the one under test).  The stages are created once and
 * run on every input, as a worker runs them on every document of an
 * archive, so thousands of inputs a second reach them.
 *
 * An input is the document's text; when it starts with '@', its first
 * line (up to 64 bytes) is the "published" metadata instead, so the date
 * paths that depend on it are reached.  A stage may fail a document (an
 * error record), but not crash, not break the document's invariants
 * (checked by the core as it runs) and not write invalid JSON. */
#include "fuzz-util.h"

static const AssayPipeline *pipeline;
static AssayStageSet *stages;
/* The record written holds only the layers of the stage under test: the
 * writer then sees every string that stage made, and not again, on every
 * input, the layers of the stages before it (writing a record was a fifth
 * of a target's time). */
static AssayOutputOptions output;

static void
set_up (void)
{
  g_autofree char *text
      = g_strdup_printf ("[pipeline]\nstages=%s\n[dates]\nreference-key=published\n", FUZZ_STAGES);
  g_autoptr (GError) error = NULL;
  /* Only keep [dates] when the pipeline has it. */
  if (strstr (FUZZ_STAGES, "dates") == NULL)
    *strstr (text, "[dates]") = '\0';
  pipeline = assay_pipeline_load_data (text, strlen (text), "fuzz.pipeline", "/", fuzz_registry (),
                                       NULL, &error);
  if (pipeline == NULL)
    fuzz_fail ("the pipeline", error->message);
  stages = assay_stage_set_new (pipeline, "2025-05-29", &error);
  if (stages == NULL)
    fuzz_fail ("creating the stages", error->message);

  const char *tested = strrchr (FUZZ_STAGES, ';') ? strrchr (FUZZ_STAGES, ';') + 1 : FUZZ_STAGES;
  const AssayStageInfo *info = assay_registry_lookup (fuzz_registry (), tested);
  if (info == NULL)
    fuzz_fail ("no such stage", tested);
  GStrvBuilder *layers = g_strv_builder_new ();
  for (const char *const *p = info->desc.provides; p && *p; p++)
    if (!g_str_has_prefix (*p, "meta:"))
      g_strv_builder_add (layers, *p);
  output.only = g_strv_builder_end (layers);
  g_strv_builder_unref (layers);
}

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  if (stages == NULL)
    set_up ();
  const char *text = (const char *) data;
  gsize length = size;
  g_autofree char *published = NULL;
  if (size > 0 && data[0] == '@')
    {
      const char *nl = memchr (data, '\n', MIN (size, 65));
      gsize meta_len = nl ? (gsize) (nl - text) - 1 : MIN (size, 65) - 1;
      published = g_utf8_make_valid (text + 1, meta_len);
      text += 1 + meta_len + (nl ? 1 : 0);
      length -= 1 + meta_len + (nl ? 1 : 0);
    }
  AssayDocument *doc = assay_document_new ("fuzz", text, length);
  if (published && assay_name_is_key ("published"))
    assay_document_set_meta (doc, "published", published, NULL);

  g_autoptr (GError) error = NULL;
  GString *out = fuzz_out ();
  if (assay_stage_set_process (stages, doc, &error))
    assay_output_document (out, doc, &output);
  else
    assay_output_error (out, "fuzz", NULL, "fuzz", error->message);
  fuzz_check_records (out);
  assay_document_free (doc);
  return 0;
}
