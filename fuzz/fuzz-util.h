/* fuzz-util.h: what the libFuzzer targets share.
 *
 * The targets run in one process for millions of inputs, so everything
 * costly (the plugin registry, stage instances) is made once, on the
 * first input, and kept.  A broken invariant calls abort(): libFuzzer
 * reports it as a crash and keeps the input that caused it.
 */
#pragma once

#define _GNU_SOURCE
#include "assay-private.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <json-glib/json-glib.h>
#include <yajl/yajl_parse.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static inline void
fuzz_fail (const char *what, const char *detail)
{
  fprintf (stderr, "fuzz: %s: %s\n", what, detail ? detail : "");
  abort ();
}

/* The registry of the build tree's plugins, loaded once. */
static inline AssayRegistry *
fuzz_registry (void)
{
  static AssayRegistry *registry;
  if (registry == NULL)
    {
      registry = assay_registry_new ();
      assay_registry_scan_dir (registry, FUZZ_PLUGIN_DIR);
      if (assay_registry_get_stages (registry)->len == 0)
        fuzz_fail ("no plugins found in", FUZZ_PLUGIN_DIR);
    }
  return registry;
}

/* Returns: the buffer a target writes its records to, emptied; kept
 * from one input to the next, so that writing a record does not grow a
 * new buffer each time (reallocations and page faults of fresh memory
 * showed in perf of the cleanup target). */
static inline GString *
fuzz_out (void)
{
  static GString *out;
  if (out == NULL)
    out = g_string_sized_new (65536);
  g_string_truncate (out, 0);
  return out;
}

/* Each line of @out must be one JSON object: the output contract.
 *
 * yajl validates without building a tree (no callbacks): json-glib,
 * which builds one, was 80% of a stage target's own instructions on a
 * document's record (callgrind, 500 inputs of the cleanup target), and
 * the target ran 4.5 times faster without any check.  yajl is as strict:
 * the grammar, escapes, control characters and UTF-8. */
static inline void
fuzz_check_records (const GString *out)
{
  for (const char *line = out->str, *end = out->str + out->len; line < end;)
    {
      const char *nl = memchr (line, '\n', end - line);
      if (nl == NULL)
        fuzz_fail ("a record without its newline", line);
      if (nl == line || line[0] != '{')
        fuzz_fail ("a record that is not an object", line);
      yajl_handle parser = yajl_alloc (NULL, NULL, NULL);
      if (yajl_parse (parser, (const unsigned char *) line, nl - line) != yajl_status_ok
          || yajl_complete_parse (parser) != yajl_status_ok)
        {
          unsigned char *why = yajl_get_error (parser, 1, (const unsigned char *) line, nl - line);
          fuzz_fail ("a record that is not JSON", (const char *) why);
        }
      yajl_free (parser);
      line = nl + 1;
    }
}

/* Returns: a descriptor holding @data, read from its start.  One memfd
 * serves every input (emptied and refilled): the caller must not close
 * it.  A memfd made and closed per input cost kernel time (the reader
 * target's system time over 4,000 inputs went from 0.59 to 0.40 s). */
static inline int
fuzz_memfd (const guint8 *data, size_t size)
{
  static int fd = -1;
  if (fd < 0 && (fd = memfd_create ("fuzz-input", MFD_CLOEXEC)) < 0)
    fuzz_fail ("memfd_create", g_strerror (errno));
  if (ftruncate (fd, 0) != 0)
    fuzz_fail ("ftruncate", g_strerror (errno));
  for (size_t done = 0; done < size;)
    {
      ssize_t n = pwrite (fd, data + done, size - done, done);
      if (n <= 0)
        fuzz_fail ("write", g_strerror (errno));
      done += n;
    }
  if (lseek (fd, 0, SEEK_SET) != 0)
    fuzz_fail ("lseek", g_strerror (errno));
  return fd;
}
