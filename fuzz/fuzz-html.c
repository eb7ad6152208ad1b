/* fuzz-html.c: the HTML article extractor.  Any bytes, read as a page,
 * must give a document or an error, in bounded time and memory, whatever
 * the markup: a document has text (valid UTF-8, paragraphs separated by
 * one blank line, none empty) and writes a valid record. */
#include "fuzz-util.h"

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  g_autoptr (GError) error = NULL;
  AssayDocument *doc = assay_html_to_document ("fuzz", (const char *) data, size, &error);
  if ((doc == NULL) == (error == NULL))
    fuzz_fail ("both or neither of a document and an error", error ? error->message : NULL);
  if (doc == NULL)
    return 0;
  gsize length = 0;
  const char *text = assay_document_get_text (doc, &length);
  if (length == 0 || !g_utf8_validate (text, length, NULL))
    fuzz_fail ("a document whose text is empty or not UTF-8", NULL);
  if (strstr (text, "\n\n\n") || g_str_has_prefix (text, "\n") || g_str_has_suffix (text, "\n"))
    fuzz_fail ("an empty paragraph, or one not separated by one blank line", text);
  GString *out = fuzz_out ();
  AssayOutputOptions options = { 0 };
  assay_output_document (out, doc, &options);
  fuzz_check_records (out);
  assay_document_free (doc);
  return 0;
}
