/* test-seeds.c: the cleanup stage on the real web page among the seeds
 * (../shared/corpus/seeds, the ANI-style report): its page debris must go,
 * and every paragraph of the report must stay, word for word. */
#include "../../core/test-util.h"

#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

static void
test_web_page (void)
{
  g_autofree char *path = test_corpus_path ("seeds/004_1c44d2b2077a189c.txt");
  if (path == NULL)
    return;
  const char *argv[] = { ASSAY_BIN, "run", PROJECT_SOURCE_DIR "/pipelines/news-crosscheck.pipeline",
                         path, "--layers", "removed", NULL };
  g_autofree char *cleaned = test_first_record_text (argv);

  g_autofree char *original = NULL;
  g_assert_true (g_file_get_contents (path, &original, NULL, NULL));
  g_auto (GStrv) lines = g_strsplit (original, "\n", -1);
  guint kept = 0, gone = 0;
  gboolean after_related = FALSE;
  for (char **l = lines; *l; l++)
    {
      g_strstrip (*l);
      guint words = 0;
      for (char *p = *l; *p; p++)
        words += *p == ' ';
      gboolean teaser = g_str_has_suffix (*l, "...");
      /* After the related-stories heading come only other stories' teasers. */
      after_related = after_related || strcmp (*l, "Related Stories") == 0;
      gboolean debris = **l && (after_related || teaser || g_str_has_prefix (*l, "Disclaimer:")
                                || strcmp (*l, "Open in App") == 0 || strcmp (*l, "City") == 0
                                || strcmp (*l, "Epaper") == 0);
      if (debris)
        {
          if (strstr (cleaned, *l) != NULL)
            g_error ("debris left in the text: %s", *l);
          gone++;
        }
      else if (words >= 12)
        {
          if (strstr (cleaned, *l) == NULL)
            g_error ("a paragraph of the report is missing: %s", *l);
          kept++;
        }
    }
  g_test_message ("web page seed: %u debris lines gone, %u report paragraphs kept", gone, kept);
  g_assert_cmpuint (gone, >=, 18);
  g_assert_cmpuint (kept, >=, 8);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cleanup/seeds/web-page", test_web_page);
  return g_test_run ();
}
