/* measure-mojibake: the encoding repair on the ftfy test cases, case by case. */
#include "cleanup-private.h"
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  Mojibake *m = mojibake_new ("WINDOWS-1252,WINDOWS-1250,WINDOWS-1251,ISO-8859-2,WINDOWS-1257,MACINTOSH,CP437",
                              argv[1], &error);
  g_assert_no_error (error);
  for (int f = 2; f < argc; f++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_true (json_parser_load_from_file (parser, argv[f], NULL));
      JsonArray *cases = json_node_get_array (json_parser_get_root (parser));
      for (guint i = 0; i < json_array_get_length (cases); i++)
        {
          JsonObject *c = json_array_get_object_element (cases, i);
          const char *orig = json_object_get_string_member (c, "original");
          const char *want = json_object_has_member (c, "fixed-encoding")
                                 ? json_object_get_string_member (c, "fixed-encoding")
                                 : json_object_get_string_member (c, "fixed");
          g_autofree char *got = mojibake_fix_string (m, orig, 3);
          const char *verdict = strcmp (orig, want) == 0
                                    ? (strcmp (got, orig) == 0 ? "neg-ok" : "NEG-CHANGED")
                                    : strcmp (got, want) == 0 ? "fixed"
                                    : strcmp (got, orig) == 0 ? "unfixed" : "MISFIXED";
          printf ("%s\t%s\t%s\t%s\n", verdict, json_object_get_string_member (c, "expect"),
                   json_object_get_string_member (c, "label"), got);
        }
    }
  mojibake_free (m);
  return 0;
}
