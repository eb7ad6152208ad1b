/* dates-test-util.h: what the dates stage's test programs share: a run
 * with patterns of the test's own, and the texts it found. */
#pragma once

#include "../../core/test-util.h"
#include "../table-util.h"

#include <json-glib/json-glib.h>

/* The records (JSONL, timex layer) of a run of cleanup's segmentation
 * and dates with @patterns as its patterns.tsv over @jsonl. */
static inline char *
run_with_patterns (const char *patterns, const char *jsonl)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-dates-XXXXXX", NULL);
  test_write_file (dir, "patterns.tsv", patterns, -1);
  g_autofree char *pipeline = g_strdup_printf ("[pipeline]\nstages=cleanup;dates\n[cleanup]\nrewrite=false\ntokens=false\nlanguage=false\n"
                                               "[dates]\npatterns=%s/patterns.tsv\n", dir);
  test_write_file (dir, "p.pipeline", pipeline, -1);
  g_autofree char *pipeline_path = g_build_filename (dir, "p.pipeline", NULL);
  const char *argv[] = { ASSAY_BIN, "run", pipeline_path, "-", "--layers", "timex", NULL };
  char *out = test_run_assay (argv, jsonl);
  test_remove_tree (dir);
  return out;
}

/* Appends to @jsonl the record "case-@i" of @text with its one pair of
 * brackets (marking the expression a table expects) taken out, and with
 * @published as its own reference where not NULL. */
static inline void
append_bracketed_record (GString *jsonl, guint i, const char *text, const char *published)
{
  g_autoptr (GString) plain = g_string_new (text);
  g_string_replace (plain, "[", "", 1);
  g_string_replace (plain, "]", "", 1);
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  g_autofree char *id = g_strdup_printf ("case-%u", i);
  json_builder_add_string_value (b, id);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, plain->str);
  if (published)
    {
      json_builder_set_member_name (b, "published");
      json_builder_add_string_value (b, published);
    }
  json_builder_end_object (b);
  g_autofree char *line = json_to_string (json_builder_get_root (b), FALSE);
  g_string_append_printf (jsonl, "%s\n", line);
}

/* The texts of the timex annotations in @record, joined by '|'. */
static inline char *
found_texts (const char *record)
{
  g_autoptr (JsonNode) node = json_from_string (record, NULL);
  g_assert_nonnull (node);
  JsonArray *annotations = json_object_get_array_member (json_node_get_object (node), "annotations");
  GString *found = g_string_new (NULL);
  for (guint i = 0; i < json_array_get_length (annotations); i++)
    g_string_append_printf (found, "%s%s", i ? "|" : "",
                            json_object_get_string_member (json_array_get_object_element (annotations, i), "text"));
  return g_string_free (found, FALSE);
}
