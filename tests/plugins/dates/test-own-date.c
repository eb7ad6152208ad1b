/* test-own-date.c: the date an article states for itself in its header
 * ("Saturday 20 November" under the headline, "ROME, June 3 (Reuters)
 * --") anchors its relative expressions where the reference date is one
 * given for a whole collection (--reference-date), not the document's
 * own `published`.  Rows near the rule where it must not fire: a date in
 * a headline or a sentence, a date line after the body has begun, a
 * document with its own `published`. */
#include "dates-test-util.h"

#include <string.h>

typedef struct
{
  const char *text;      /* the expression checked is between [ and ] */
  const char *published; /* NULL: none, the collection's 2005-03-01 */
  const char *value;
} OwnDateCase;

static const OwnDateCase cases[] = {
  /* a match preview's header: the day, then the kick-off alone */
  { "Leeds v Bath (Sat)\n\nHeadingley\n\nSaturday 20 November\n\n[1430 GMT]\n\nBath have changed their pack.", NULL,
    "2004-11-20T14:30Z" },
  { "Leeds v Bath (Sat)\n\nHeadingley\n\nSaturday 20 November\n\n1430 GMT\n\nBath named the side [yesterday].", NULL,
    "2004-11-19" },
  { "Leeds v Bath\n\nSaturday 20 November\n\nThe coach wants a good start on [the day].", NULL, "2004-11-20" },
  /* an agency's dateline; a date line with no weekday */
  { "ROME, June 3 (Reuters) --\n\nThe minister resigned on [Wednesday].", NULL, "2005-06-01" },
  { "Budget row\n\n14 October\n\nThe chancellor spoke [yesterday].", NULL, "2004-10-13" },
  /* not a date in a sentence or a headline (lowercase words) */
  { "Pay deal agreed\n\nOn 11 September 2001, the towers fell. Workers said on [Monday] they would strike.", NULL,
    "2005-02-28" },
  { "Talks set for 5 May\n\nUnions said on [Monday] they would meet.", NULL, "2005-02-28" },
  /* not a date line after a paragraph of the body (a diary's part) */
  { "Diary of a tour\n\nThe band played every night for a month, and these are the notes the drummer kept of it.\n\n"
    "20 November\n\nWe flew home [yesterday].",
    NULL, "2005-02-28" },
  /* not a weekday alone */
  { "Leeds v Bath\n\nSaturday\n\nBath named the side [yesterday].", NULL, "2005-02-28" },
  /* the document's own `published` stays its reference */
  { "Leeds v Bath\n\nSaturday 20 November\n\nBath named the side [yesterday].", "2005-01-10", "2005-01-09" },
};

static void
test_own_date (void)
{
  g_autoptr (GString) jsonl = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GString) text = g_string_new (cases[i].text);
      g_string_replace (text, "[", "", 1);
      g_string_replace (text, "]", "", 1);
      g_autoptr (JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      g_autofree char *id = g_strdup_printf ("case-%u", i);
      json_builder_add_string_value (b, id);
      json_builder_set_member_name (b, "text");
      json_builder_add_string_value (b, text->str);
      if (cases[i].published)
        {
          json_builder_set_member_name (b, "published");
          json_builder_add_string_value (b, cases[i].published);
        }
      json_builder_end_object (b);
      g_autofree char *line = json_to_string (json_builder_get_root (b), FALSE);
      g_string_append_printf (jsonl, "%s\n", line);
    }
  const char *argv[] = { ASSAY_BIN, "run", PROJECT_SOURCE_DIR "/pipelines/dates.pipeline", "-", "--layers", "timex",
                         "--reference-date", "2005-03-01", NULL };
  g_autofree char *out = test_run_assay (argv, jsonl->str);
  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  guint failures = 0;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const OwnDateCase *c = &cases[i];
      gsize start = strchr (c->text, '[') - c->text, end = strchr (c->text, ']') - c->text - 1;
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_true (json_parser_load_from_data (parser, records[i], -1, NULL));
      JsonArray *anns = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "annotations");
      const char *value = NULL;
      for (guint k = 0; k < json_array_get_length (anns); k++)
        {
          JsonObject *a = json_array_get_object_element (anns, k);
          if ((gsize) json_object_get_int_member (a, "start") == start && (gsize) json_object_get_int_member (a, "end") == end)
            value = json_object_get_string_member_with_default (json_object_get_object_member (a, "attrs"), "value", "");
        }
      if (g_strcmp0 (value, c->value) != 0)
        {
          g_test_message ("case %u, «%s»: got %s, not %s", i, c->text, value ? value : "nothing", c->value);
          failures++;
        }
    }
  g_assert_cmpuint (failures, ==, 0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/own-date", test_own_date);
  return g_test_run ();
}
