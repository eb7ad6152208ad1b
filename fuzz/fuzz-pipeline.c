/* fuzz-pipeline.c: the pipeline-file parser and validator, over the build
 * tree's real plugins: any bytes give a pipeline or an error naming the
 * file, never a crash, and a pipeline only when every stage is known. */
#include "fuzz-util.h"

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  AssayRegistry *registry = fuzz_registry ();
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayPipeline) pipeline = assay_pipeline_load_data (
      (const char *) data, size, "fuzz.pipeline", "/nonexistent", registry, NULL, &error);
  if ((pipeline == NULL) == (error == NULL))
    fuzz_fail ("a pipeline and an error, or neither", error ? error->message : NULL);
  if (error && !g_str_has_prefix (error->message, "fuzz.pipeline: "))
    fuzz_fail ("an error that does not name the file", error->message);
  if (pipeline)
    for (guint i = 0; i < pipeline->stages->len; i++)
      {
        const AssayPipelineStage *stage = pipeline->stages->pdata[i];
        if (assay_registry_lookup (registry, stage->info->desc.name) != stage->info)
          fuzz_fail ("a stage that is not on the plugin path", stage->instance);
      }
  return 0;
}
