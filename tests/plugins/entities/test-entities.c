/* test-entities.c: the entities stage through `assay run`, on sentences
 * written here: what it must find, with which label. */
#include "../../core/test-util.h"

#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

static const struct
{
  const char *text;
  const char *expect; /* "LABEL:text|LABEL:text" in order */
  const char *pending; /* non-NULL: a known gap, what it waits for */
} cases[] = {
  { "Jan Lipavsky said on Monday that Britain and France would act.",
    "PERSON:Jan Lipavsky|LOC:Britain|LOC:France" },
  { "Officials at NATO and the European Union met in Brussels.",
    "ORG:NATO|ORG:European Union|LOC:Brussels" },
  { "Kaja Kallas spoke to reporters in Tallinn after the meeting.", "PERSON:Kaja Kallas|LOC:Tallinn",
    "the office-holder gazetteer (issue 4): the tagger alone reads an unknown name as ORG" },
  { "The weather was mild and nothing else happened.", "" },
};

static void
test_cases (void)
{
  g_autoptr (GString) jsonl = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
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
  g_autofree char *pipeline = g_build_filename (g_get_tmp_dir (), "entities-test.pipeline", NULL);
  g_assert_true (g_file_set_contents (pipeline, "[pipeline]\nstages=cleanup;entities\n", -1, NULL));
  const char *argv[] = { ASSAY_BIN, "run", pipeline, "-", "--layers", "entity", NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocessLauncher) launcher = g_subprocess_launcher_new (
      G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "ASSAY_PLUGIN_PATH");
  g_autoptr (GSubprocess) proc = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_autofree char *out = NULL;
  g_subprocess_communicate_utf8 (proc, jsonl->str, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_unlink (pipeline);

  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_true (json_parser_load_from_data (parser, records[i], -1, NULL));
      JsonArray *anns = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                      "annotations");
      g_autoptr (GString) got = g_string_new (NULL);
      for (guint k = 0; k < json_array_get_length (anns); k++)
        {
          JsonObject *a = json_array_get_object_element (anns, k);
          g_string_append_printf (got, "%s%s:%s", k ? "|" : "", json_object_get_string_member (a, "label"),
                                  json_object_get_string_member (a, "text"));
        }
      if (strcmp (got->str, cases[i].expect) == 0)
        continue;
      if (cases[i].pending)
        {
          g_autofree char *why = g_strdup_printf ("«%s»: got %s, expected %s; waits for %s", cases[i].text,
                                                  got->str, cases[i].expect, cases[i].pending);
          g_test_incomplete (why);
          continue;
        }
      g_error ("«%s»: got %s, expected %s", cases[i].text, got->str, cases[i].expect);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/entities/cases", test_cases);
  return g_test_run ();
}
