/* test-util.h: small helpers the core's tests share. */
#pragma once

#include "assay-private.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

/* Writes @contents to @dir/@name, making folders on the way. */
static inline void
test_write_file (const char *dir, const char *name, const char *contents, gssize length)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);
  g_assert_cmpint (g_mkdir_with_parents (parent, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static inline void
test_remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  if (dir)
    {
      const char *name;
      while ((name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          test_remove_tree (child);
        }
      g_dir_close (dir);
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

/* Returns: (transfer full) (nullable): the path of @relative below the
 * shared corpus (../shared/corpus beside the project), or NULL after
 * marking the test skipped with a message that says so: a user's clone has
 * no corpus, CI has. */
static inline char *
test_corpus_path (const char *relative)
{
  char *path = g_build_filename (PROJECT_SOURCE_DIR, "..", "shared", "corpus", relative, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    return path;
  g_autofree char *message
      = g_strdup_printf ("skipped: %s is absent (the shared corpus sits beside the project in CI)",
                         path);
  g_test_skip (message);
  g_free (path);
  return NULL;
}

/* Returns: (transfer full): every item the reader gives for @inputs
 * within @limits (nullable: the defaults), in order; free with
 * test_items_free(). */
static inline GPtrArray *
test_read_all_within (const char *const *inputs, const AssayReaderLimits *limits)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (AssayReader) reader = assay_reader_new (inputs, &error);
  g_assert_no_error (error);
  if (limits)
    assay_reader_set_limits (reader, limits);
  GPtrArray *items = g_ptr_array_new ();
  AssayInputItem *item = g_new0 (AssayInputItem, 1);
  while (assay_reader_next (reader, item))
    {
      g_ptr_array_add (items, item);
      item = g_new0 (AssayInputItem, 1);
    }
  g_free (item);
  return items;
}

static inline GPtrArray *
test_read_all (const char *const *inputs)
{
  return test_read_all_within (inputs, NULL);
}

static inline void
test_items_free (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      assay_input_item_clear (items->pdata[i]);
      g_free (items->pdata[i]);
    }
  g_ptr_array_unref (items);
}

/* Runs @argv (NULL-terminated, an `assay run` command) and returns
 * (transfer full) the "text" of the first record it writes; the test
 * fails where it cannot run or the record does not parse. */
static inline char *
test_first_record_text (const char *const *argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) proc = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  g_autofree char *out = NULL;
  g_subprocess_communicate_utf8 (proc, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_auto (GStrv) records = g_strsplit (out, "\n", 2);
  g_assert_true (json_parser_load_from_data (parser, records[0], -1, NULL));
  JsonObject *doc = json_node_get_object (json_parser_get_root (parser));
  return g_strdup (json_object_get_string_member (doc, "text"));
}
