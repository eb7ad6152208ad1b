/* assay-output.c: the JSONL records of DESIGN.md's output contract.
 *
 *   {"type":"doc","id":..,"meta":{..},"text":..,"annotations":[..],"findings":[..]}
 *   {"type":"story","id":..,"docs":[..],"from":..,"to":..,"ties":[..]}   (assay-stories.c)
 *   {"type":"finding","story":..?,"kind":..,"severity":..,"message":..,"evidence":[..]}
 *   {"type":"error","id":..,"stage":..,"input":..,"message":..}
 *
 * Every annotation carries its id (references point at ids), label (null
 * when it has none) and attrs ({} when none), so consumers see one shape.
 * When the text was rewritten, each annotation also carries orig_start and
 * orig_end, its span in the text as it was read.
 */
#include "assay-private.h"

#include <string.h>

static gboolean
layer_wanted (const AssayOutputOptions *opts, const char *layer)
{
  if (opts == NULL)
    return TRUE;
  if (opts->only)
    return g_strv_contains ((const char *const *) opts->only, layer);
  if (opts->except)
    return !g_strv_contains ((const char *const *) opts->except, layer);
  return TRUE;
}

static void
write_meta (const char *key, const char *value, gpointer user_data)
{
  AssayJsonWriter *w = user_data;
  assay_json_key (w, key);
  assay_json_string (w, value);
}

static void
write_annotation (AssayJsonWriter *w, const AssayDocument *doc, const AssayAnnotation *a,
                  const char *text)
{
  gsize start = assay_annotation_get_start (a), end = assay_annotation_get_end (a);

  assay_json_begin_object (w);
  assay_json_key (w, "id");
  assay_json_int (w, assay_annotation_get_id (a));
  assay_json_key (w, "layer");
  assay_json_string (w, assay_annotation_get_layer (a));
  assay_json_key (w, "start");
  assay_json_int (w, start);
  assay_json_key (w, "end");
  assay_json_int (w, end);
  if (assay_document_is_rewritten (doc))
    {
      gsize orig_start, orig_end;
      assay_document_map_to_original (doc, start, end, &orig_start, &orig_end);
      assay_json_key (w, "orig_start");
      assay_json_int (w, orig_start);
      assay_json_key (w, "orig_end");
      assay_json_int (w, orig_end);
    }
  assay_json_key (w, "text");
  assay_json_string_len (w, text + start, end - start);
  assay_json_key (w, "label");
  assay_json_string (w, assay_annotation_get_label (a));
  assay_json_key (w, "attrs");
  assay_json_begin_object (w);
  for (guint i = 0, n = assay_annotation_get_n_attrs (a); i < n; i++)
    {
      const char *key, *value;
      assay_annotation_get_nth_attr (a, i, &key, &value);
      assay_json_key (w, key);
      assay_json_string (w, value);
    }
  assay_json_end_object (w);
  guint n_refs = assay_annotation_get_n_refs (a);
  if (n_refs > 0)
    {
      assay_json_key (w, "refs");
      assay_json_begin_object (w);
      for (guint i = 0; i < n_refs; i++)
        {
          const char *key;
          guint n_ids;
          const guint *ids = assay_annotation_get_nth_ref (a, i, &key, &n_ids);
          assay_json_key (w, key);
          assay_json_begin_array (w);
          for (guint j = 0; j < n_ids; j++)
            assay_json_int (w, ids[j]);
          assay_json_end_array (w);
        }
      assay_json_end_object (w);
    }
  assay_json_end_object (w);
}

static void
write_finding_body (AssayJsonWriter *w, const AssayFinding *f)
{
  assay_json_key (w, "kind");
  assay_json_string (w, assay_finding_get_kind (f));
  assay_json_key (w, "severity");
  assay_json_string (w, assay_severity_to_string (assay_finding_get_severity (f)));
  assay_json_key (w, "message");
  assay_json_string (w, assay_finding_get_message (f));
  assay_json_key (w, "evidence");
  assay_json_begin_array (w);
  for (guint i = 0, n = assay_finding_get_n_evidence (f); i < n; i++)
    {
      const char *doc_id, *text;
      gsize start, end;
      const guint *ids;
      guint n_ids;
      assay_finding_get_evidence (f, i, &doc_id, &start, &end, &text, &ids, &n_ids);
      assay_json_begin_object (w);
      assay_json_key (w, "doc");
      assay_json_string (w, doc_id);
      assay_json_key (w, "start");
      assay_json_int (w, start);
      assay_json_key (w, "end");
      assay_json_int (w, end);
      assay_json_key (w, "text");
      assay_json_string (w, text);
      if (n_ids > 0)
        {
          assay_json_key (w, "annotations");
          assay_json_begin_array (w);
          for (guint j = 0; j < n_ids; j++)
            assay_json_int (w, ids[j]);
          assay_json_end_array (w);
        }
      assay_json_end_object (w);
    }
  assay_json_end_array (w);
}

void
assay_output_document (GString *out, const AssayDocument *doc, const AssayOutputOptions *opts)
{
  AssayJsonWriter w;
  gsize text_len;
  const char *text = assay_document_get_text (doc, &text_len);

  assay_json_writer_init (&w, out);
  assay_json_begin_object (&w);
  assay_json_key (&w, "type");
  assay_json_string (&w, "doc");
  assay_json_key (&w, "id");
  assay_json_string (&w, assay_document_get_id (doc));
  assay_json_key (&w, "meta");
  assay_json_begin_object (&w);
  assay_document_foreach_meta (doc, write_meta, &w);
  assay_json_end_object (&w);
  assay_json_key (&w, "text");
  assay_json_string_len (&w, text, text_len);
  if (opts && opts->with_original && assay_document_is_rewritten (doc))
    {
      gsize orig_len;
      const char *orig = assay_document_get_original_text (doc, &orig_len);
      assay_json_key (&w, "original");
      assay_json_string_len (&w, orig, orig_len);
    }

  assay_json_key (&w, "annotations");
  assay_json_begin_array (&w);
  guint n_layers;
  const char *const *layers = assay_document_get_layers (doc, &n_layers);
  for (guint l = 0; l < n_layers; l++)
    {
      if (!layer_wanted (opts, layers[l]))
        continue;
      guint n;
      AssayAnnotation *const *list = assay_document_get_annotations (doc, layers[l], &n);
      for (guint i = 0; i < n; i++)
        write_annotation (&w, doc, list[i], text);
    }
  assay_json_end_array (&w);

  assay_json_key (&w, "findings");
  assay_json_begin_array (&w);
  for (guint i = 0, n = assay_document_get_n_findings (doc); i < n; i++)
    {
      assay_json_begin_object (&w);
      write_finding_body (&w, assay_document_get_finding (doc, i));
      assay_json_end_object (&w);
    }
  assay_json_end_array (&w);
  assay_json_end_object (&w);
  g_string_append_c (out, '\n');
}

void
assay_output_finding (GString *out, const AssayFinding *finding)
{
  assay_output_finding_in_story (out, finding, NULL);
}

void
assay_output_finding_in_story (GString *out, const AssayFinding *finding, const char *story)
{
  AssayJsonWriter w;
  assay_json_writer_init (&w, out);
  assay_json_begin_object (&w);
  assay_json_key (&w, "type");
  assay_json_string (&w, "finding");
  if (story)
    {
      assay_json_key (&w, "story");
      assay_json_string (&w, story);
    }
  write_finding_body (&w, finding);
  assay_json_end_object (&w);
  g_string_append_c (out, '\n');
}

void
assay_output_error (GString *out,
                    const char *id,
                    const char *stage,
                    const char *input,
                    const char *message)
{
  AssayJsonWriter w;
  assay_json_writer_init (&w, out);
  assay_json_begin_object (&w);
  assay_json_key (&w, "type");
  assay_json_string (&w, "error");
  assay_json_key (&w, "id");
  assay_json_string (&w, id);
  assay_json_key (&w, "stage");
  assay_json_string (&w, stage);
  assay_json_key (&w, "input");
  assay_json_string (&w, input);
  assay_json_key (&w, "message");
  assay_json_string (&w, message);
  assay_json_end_object (&w);
  g_string_append_c (out, '\n');
}
