/* fuzz-reader.c: the JSONL reader and the record writer.  Any bytes, read
 * as a JSONL stream, must give one doc or error record per non-blank line
 * (every record valid JSON), in bounded time and memory, whatever the
 * nesting, escapes, line ends or ids. */
#include "fuzz-util.h"

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  int fd = fuzz_memfd (data, size);
  AssayReader *reader = assay_reader_new_for_fd (fd, "fuzz.jsonl");
  /* Small limits, so the limit paths are reached as often as the others. */
  AssayReaderLimits limits;
  assay_reader_limits_init (&limits);
  limits.max_doc_bytes = 4096;
  limits.max_line_bytes = 8192;
  assay_reader_set_limits (reader, &limits);

  GString *out = fuzz_out ();
  AssayOutputOptions options = { 0 };
  AssayInputItem item;
  guint64 records = 0;
  while (assay_reader_next (reader, &item))
    {
      if ((item.doc == NULL) == (item.error == NULL))
        fuzz_fail ("an item with both or neither of a document and an error", item.location);
      if (item.location == NULL || item.id == NULL || *item.id == '\0')
        fuzz_fail ("an item without its id or location", item.location);
      if (item.doc)
        {
          if (*assay_document_get_id (item.doc) == '\0')
            fuzz_fail ("a document with an empty id", item.location);
          assay_output_document (out, item.doc, &options);
        }
      else
        {
          if (strstr (item.error->message, "fuzz.jsonl:") == NULL)
            fuzz_fail ("an error that does not name file:line", item.error->message);
          assay_output_error (out, item.id, NULL, item.location, item.error->message);
        }
      assay_input_item_clear (&item);
      records++;
    }
  if (records > size)
    fuzz_fail ("more records than bytes", NULL);
  fuzz_check_records (out);
  assay_reader_free (reader);
  return 0;
}
