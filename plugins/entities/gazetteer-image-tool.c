/* gazetteer-image-tool.c: assay-gazetteer-image DATA-FOLDER OUTPUT: reads
 * the entities stage's name lists from DATA-FOLDER and writes them as the
 * prebuilt image the stage reads at start-up instead
 * (gazetteer-image.c).  Meson runs it over the build's data folder. */
#include "gazetteer-private.h"

int
main (int argc, char **argv)
{
  if (argc != 3)
    {
      g_printerr ("usage: assay-gazetteer-image DATA-FOLDER OUTPUT\n");
      return 2;
    }
  g_autoptr (GError) error = NULL;
  Gazetteer *g = gazetteer_read_tsv (argv[1], &error);
  if (g == NULL || !gazetteer_image_write (g, argv[1], argv[2], &error))
    {
      g_printerr ("assay-gazetteer-image: %s\n", error->message);
      gazetteer_free (g);
      return 1;
    }
  gazetteer_free (g);
  return 0;
}
