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

/* Each line of @out must be one JSON object: the output contract. */
static inline void
fuzz_check_records (const GString *out)
{
  static JsonParser *parser;
  if (parser == NULL)
    parser = json_parser_new_immutable ();
  for (const char *line = out->str, *end = out->str + out->len; line < end;)
    {
      const char *nl = memchr (line, '\n', end - line);
      if (nl == NULL)
        fuzz_fail ("a record without its newline", line);
      g_autoptr (GError) error = NULL;
      if (!json_parser_load_from_data (parser, line, nl - line, &error))
        fuzz_fail ("a record that is not JSON", error->message);
      JsonNode *root = json_parser_get_root (parser);
      if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
        fuzz_fail ("a record that is not an object", NULL);
      if (!g_utf8_validate (line, nl - line, NULL))
        fuzz_fail ("a record that is not UTF-8", NULL);
      line = nl + 1;
    }
}

/* Returns: a descriptor holding @data, read from its start; the caller
 * closes it. */
static inline int
fuzz_memfd (const guint8 *data, size_t size)
{
  int fd = memfd_create ("fuzz-input", MFD_CLOEXEC);
  if (fd < 0)
    fuzz_fail ("memfd_create", g_strerror (errno));
  for (size_t done = 0; done < size;)
    {
      ssize_t n = write (fd, data + done, size - done);
      if (n <= 0)
        fuzz_fail ("write", g_strerror (errno));
      done += n;
    }
  lseek (fd, 0, SEEK_SET);
  return fd;
}
