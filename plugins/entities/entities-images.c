/* entities-images.c: assay-entities-images DATA-FOLDER OUTPUT-FOLDER:
 * reads the entities stage's name lists (the gazetteer), its first
 * names' and English words' map, its football clubs' map and its
 * companies' map from DATA-FOLDER and writes them as the prebuilt images
 * the stage reads at start-up instead (gazetteer-image.c):
 * gazetteer.image, first-names.image, clubs.image and companies.image.
 * Meson runs it over the build's data folder. */
#include "entities.h"
#include "gazetteer-private.h"

int
main (int argc, char **argv)
{
  if (argc != 3)
    {
      g_printerr ("usage: assay-entities-images DATA-FOLDER OUTPUT-FOLDER\n");
      return 2;
    }
  g_autoptr (GError) error = NULL;
  g_autofree char *gazetteer_path = g_build_filename (argv[2], "gazetteer.image", NULL);
  g_autofree char *names_path = g_build_filename (argv[2], "first-names.image", NULL);
  g_autofree char *clubs_path = g_build_filename (argv[2], "clubs.image", NULL);
  g_autofree char *companies_path = g_build_filename (argv[2], "companies.image", NULL);
  Gazetteer *g = gazetteer_read_tsv (argv[1], &error);
  WordMap *names = g ? first_names_read_tsv (argv[1], &error) : NULL;
  WordMap *clubs = names ? clubs_read_tsv (argv[1], &error) : NULL;
  WordMap *companies = clubs ? companies_read_tsv (argv[1], &error) : NULL;
  gboolean ok = companies && gazetteer_image_write (g, argv[1], gazetteer_path, &error)
                && word_map_image_write (names, argv[1], names_path, &error)
                && word_map_image_write (clubs, argv[1], clubs_path, &error)
                && word_map_image_write (companies, argv[1], companies_path, &error);
  if (!ok)
    g_printerr ("assay-entities-images: %s\n", error->message);
  gazetteer_free (g);
  word_map_free (names);
  word_map_free (clubs);
  word_map_free (companies);
  return ok ? 0 : 1;
}
