/* entity-cases.h: the entities stage's table tests' one harness: each
 * case a text and the annotations it must give, all run through one
 * `assay run` (cleanup, entities) and judged as a table
 * (table-util.h). */
#pragma once

#include "../table-util.h"

#include <string.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

/* Each annotation is written LABEL:text, then "=canonical" where that
 * differs from the text, then kb, country, role and role_org where set. */
typedef struct
{
  const char *text;
  const char *expect;  /* annotations in order, separated by " | " */
  const char *pending; /* non-NULL: a known gap, what it waits for */
} EntityCase;

static inline char *
entity_render (JsonObject *a)
{
  GString *out = g_string_new (NULL);
  const char *text = json_object_get_string_member (a, "text");
  g_string_append_printf (out, "%s:%s", json_object_get_string_member (a, "label"), text);
  JsonObject *attrs = json_object_get_object_member (a, "attrs");
  const char *canonical = json_object_get_string_member_with_default (attrs, "canonical", "");
  if (strcmp (canonical, text) != 0)
    g_string_append_printf (out, "=%s", canonical);
  static const char *const keys[] = { "kb", "country", "role", "role_org" };
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    if (json_object_has_member (attrs, keys[i]))
      g_string_append_printf (out, " %s=%s", keys[i], json_object_get_string_member (attrs, keys[i]));
  return g_string_free (out, FALSE);
}

/* Renders one annotation as a case's expected text gives it. */
typedef char *(*EntityRender) (JsonObject *annotation);

/* LABEL:text alone, for tables that judge spans and labels only. */
static inline char *
entity_render_plain (JsonObject *a)
{
  return g_strdup_printf ("%s:%s", json_object_get_string_member (a, "label"), json_object_get_string_member (a, "text"));
}

/* Runs @cases through one `assay run` and judges them as a table, each
 * annotation rendered by @render (entity_render() where a table names
 * attributes too, a plainer one where it gives LABEL:text alone). */
static inline void
entity_cases_run_rendered (const EntityCase *cases, guint n_cases, EntityRender render)
{
  g_autoptr (GString) jsonl = g_string_new (NULL);
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr (JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      g_autofree char *id = g_strdup_printf ("case-%u", i);
      json_builder_add_string_value (b, id);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, cases[i].text);
      json_builder_end_object (b);
      g_autofree char *line = json_to_string (json_builder_get_root (b), FALSE);
      g_string_append_printf (jsonl, "%s\n", line);
    }
  g_autofree char *pipeline = test_write_tmp ("entities-cases-XXXXXX.pipeline", "[pipeline]\nstages=cleanup;entities\n");
  const char *argv[] = { ASSAY_BIN, "run", pipeline, "-", "--layers", "entity", NULL };
  g_autofree char *out = test_run_assay (argv, jsonl->str);
  g_unlink (pipeline);

  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  TestTable table = { 0 };
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_true (json_parser_load_from_data (parser, records[i], -1, NULL));
      JsonArray *anns = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                      "annotations");
      g_autoptr (GString) got = g_string_new (NULL);
      for (guint k = 0; k < json_array_get_length (anns); k++)
        {
          g_autofree char *one = render (json_array_get_object_element (anns, k));
          g_string_append_printf (got, "%s%s", k ? " | " : "", one);
        }
      test_table_case (&table, cases[i].text, got->str, cases[i].expect, cases[i].pending);
    }
  test_table_finish (&table);
}

static inline void
entity_cases_run (const EntityCase *cases, guint n_cases)
{
  entity_cases_run_rendered (cases, n_cases, entity_render);
}

/* The whole program of one area's table: @cases judged under the test
 * path "/entities-@area/cases", each annotation rendered by @render. */
#define ENTITY_CASES_MAIN(area, cases, render)                                                                         \
  static void test_cases (void) { entity_cases_run_rendered (cases, G_N_ELEMENTS (cases), render); }                    \
  int main (int argc, char **argv)                                                                                     \
  {                                                                                                                    \
    g_test_init (&argc, &argv, NULL);                                                                                  \
    g_test_add_func ("/entities-" area "/cases", test_cases);                                                          \
    return g_test_run ();                                                                                              \
  }
