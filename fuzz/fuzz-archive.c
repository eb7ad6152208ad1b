/* fuzz-archive.c: archives read as the reader reads them.  Any bytes, as
 * a tar (any compression) or zip, must give items and JSONL members
 * until the end, in bounded time and memory: each item a document or an
 * error naming the archive, each member's data read to its end or to an
 * error, and no loop without progress. */
#include "fuzz-util.h"

int
LLVMFuzzerTestOneInput (const guint8 *data, size_t size)
{
  int fd = fuzz_memfd (data, size);
  g_autoptr (GError) error = NULL;
  AssayArchive *archive = assay_archive_open (fd, "fuzz.tar", "fuzz.tar", &error);
  if ((archive == NULL) == (error == NULL))
    fuzz_fail ("both or neither of an archive and an error", NULL);
  guint64 steps = 0;
  char buf[4096];
  while (archive)
    {
      AssayInputItem item = { 0 };
      char *unread = NULL;
      AssayArchiveNext next = assay_archive_next (archive, 4096, &item, &unread);
      if (next == ASSAY_ARCHIVE_END)
        break;
      if (next == ASSAY_ARCHIVE_ITEM)
        {
          /* A page's article is found by whoever takes the item. */
          static JsonParser *parser;
          if (parser == NULL)
            parser = json_parser_new_immutable ();
          AssayReaderLimits limits;
          assay_reader_limits_init (&limits);
          assay_input_item_parse (&item, parser, &limits);
          if ((item.doc == NULL) == (item.error == NULL) || item.id == NULL || item.location == NULL)
            fuzz_fail ("an item without one of a document and an error, or its id", item.location);
          if (item.error && strstr (item.error->message, "fuzz.tar") == NULL)
            fuzz_fail ("an error that does not name the archive", item.error->message);
        }
      else if (next == ASSAY_ARCHIVE_JSONL)
        {
          gssize n;
          while ((n = assay_archive_read (archive, buf, sizeof buf)) > 0)
            ;
        }
      assay_input_item_clear (&item);
      g_free (unread);
      /* Every header read moves on in the input. */
      if (++steps > size + 16)
        fuzz_fail ("more members than bytes", NULL);
    }
  assay_archive_free (archive);
  return 0;
}
