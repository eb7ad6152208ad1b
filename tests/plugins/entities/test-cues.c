/* test-cues.c: the cue words' kinds (gazetteer.c's CueMap): the rules
 * read cues.tsv and work-nouns.tsv as they are now; the tagger reads the
 * kinds its model was trained with (ner-cues.tsv beside the model), so a
 * row added after training moves the rules and not the tagger's
 * features; the one function training and the stage make the tagger's
 * kind with (ner_cue_kind()). */
#include "../../../plugins/entities/entities.h"

#include <glib/gstdio.h>
#include <string.h>

G_STATIC_ASSERT (sizeof (Cue) == 8);

static Cue
rules_of (const CueMap *m, const char *key)
{
  return cue_map_get (m, key, word_hash (key, strlen (key)))->rules;
}

static Cue
tagger_of (const CueMap *m, const char *key)
{
  return cue_map_get (m, key, word_hash (key, strlen (key)))->tagger;
}

/* A data folder with @cues as cues.tsv, @works as work-nouns.tsv and,
 * where not NULL, @tagger as ner-cues.tsv. */
static char *
folder_with (const char *cues, const char *works, const char *tagger)
{
  g_autoptr (GError) error = NULL;
  char *dir = g_dir_make_tmp ("assay-cues-XXXXXX", &error);
  g_assert_no_error (error);
  const char *names[] = { "cues.tsv", "work-nouns.tsv", "ner-cues.tsv" };
  const char *texts[] = { cues, works, tagger };
  for (guint k = 0; k < 3; k++)
    if (texts[k])
      {
        g_autofree char *path = g_build_filename (dir, names[k], NULL);
        g_assert_true (g_file_set_contents (path, texts[k], -1, &error));
        g_assert_no_error (error);
      }
  return dir;
}

static void
folder_remove (char *dir)
{
  const char *names[] = { "cues.tsv", "work-nouns.tsv", "ner-cues.tsv", "written.tsv" };
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *path = g_build_filename (dir, names[k], NULL);
      g_remove (path);
    }
  g_rmdir (dir);
  g_free (dir);
}

#define CUES "firm\torg-noun\nnetwork\torg-noun\nsaid\tverb\nstake\tcompany-of,person-has\nof\tfunction,connector\n"
#define WORKS "film\tany\nsingle\tmodified\n"

/* The rows the model was trained with decide the tagger's kinds: a row
 * added since (network, single) is the rules' alone, a row dropped since
 * (firms) still the tagger's, and a kind the tagger never reads
 * (company-of) is the rules' only. */
static void
test_trained_rows (void)
{
  char *dir = folder_with (CUES, WORKS, "firm\torg-noun\nfirms\torg-noun\nfilm\twork-noun\nsaid\tverb\nof\tfunction,connector\n");
  g_autofree char *tagger = g_build_filename (dir, "ner-cues.tsv", NULL);
  g_autoptr (GError) error = NULL;
  CueMap *m = cue_map_load (dir, tagger, &error);
  g_assert_no_error (error);
  g_assert_cmphex (rules_of (m, "network"), ==, CUE_ORG_NOUN);
  g_assert_cmphex (tagger_of (m, "network"), ==, 0);
  g_assert_cmphex (rules_of (m, "single"), ==, CUE_WORK_NOUN | CUE_WORK_MODIFIED);
  g_assert_cmphex (tagger_of (m, "single"), ==, 0);
  g_assert_cmphex (rules_of (m, "firms"), ==, 0);
  g_assert_cmphex (tagger_of (m, "firms"), ==, CUE_ORG_NOUN);
  g_assert_cmphex (rules_of (m, "stake"), ==, CUE_COMPANY_OF | CUE_PERSON_HAS);
  g_assert_cmphex (tagger_of (m, "stake"), ==, 0);
  g_assert_cmphex (tagger_of (m, "film"), ==, CUE_WORK_NOUN);
  g_assert_cmphex (rules_of (m, "firm"), ==, tagger_of (m, "firm"));
  g_assert_cmphex (tagger_of (m, "of"), ==, CUE_FUNCTION | CUE_CONNECTOR);
  /* A word no file holds: no kinds either way. */
  g_assert_cmphex (rules_of (m, "today"), ==, 0);
  g_assert_cmphex (tagger_of (m, "today"), ==, 0);
  cue_map_free (m);

  /* With no trained rows (a model that has none, and training itself)
   * the tagger reads the rules' rows, its kinds only. */
  m = cue_map_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmphex (tagger_of (m, "network"), ==, CUE_ORG_NOUN);
  g_assert_cmphex (tagger_of (m, "single"), ==, CUE_WORK_NOUN);
  g_assert_cmphex (tagger_of (m, "stake"), ==, 0);
  g_assert_cmphex (tagger_of (m, "firms"), ==, 0);
  cue_map_free (m);
  folder_remove (dir);
}

/* What training writes is read back as the same kinds, and only the
 * rows the tagger reads are written. */
static void
test_write_read (void)
{
  char *dir = folder_with (CUES, WORKS, NULL);
  g_autoptr (GError) error = NULL;
  CueMap *trained = cue_map_load (dir, NULL, &error);
  g_assert_no_error (error);
  g_autofree char *written = g_build_filename (dir, "written.tsv", NULL);
  g_assert_true (cue_map_write_tagger (trained, written, &error));
  g_assert_no_error (error);
  g_autofree char *text = NULL;
  g_assert_true (g_file_get_contents (written, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "\nsingle\twork-noun\n"));
  g_assert_nonnull (strstr (text, "\nof\tconnector,function\n"));
  g_assert_null (strstr (text, "stake"));
  CueMap *read = cue_map_load (dir, written, &error);
  g_assert_no_error (error);
  const char *keys[] = { "firm", "network", "said", "stake", "of", "film", "single" };
  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      g_assert_cmphex (tagger_of (read, keys[k]), ==, tagger_of (trained, keys[k]));
      g_assert_cmphex (rules_of (read, keys[k]), ==, rules_of (trained, keys[k]));
    }
  cue_map_free (trained);
  cue_map_free (read);
  folder_remove (dir);
}

/* A trained row of a kind the tagger does not read, or no kind at all,
 * is an error naming the file and line. */
static void
test_bad_rows (void)
{
  const char *bad[] = { "firm\torg-noun\nstake\tcompany-of\n", "firm\torg-noun\nstake\tnoun\n" };
  for (guint k = 0; k < G_N_ELEMENTS (bad); k++)
    {
      char *dir = folder_with (CUES, WORKS, bad[k]);
      g_autofree char *tagger = g_build_filename (dir, "ner-cues.tsv", NULL);
      g_autoptr (GError) error = NULL;
      g_assert_null (cue_map_load (dir, tagger, &error));
      g_assert_nonnull (error);
      g_assert_nonnull (strstr (error->message, "ner-cues.tsv:2"));
      folder_remove (dir);
    }
}

/* A row's kinds, read in place between the commas (gazetteer.c's
 * cue_rows_read()): each name stripped of the space around it and
 * compared whole, so a kind's prefix or a longer word is no kind; an
 * empty name between commas an error naming the line, an empty field no
 * kind at all. */
static void
test_kind_names (void)
{
  static const struct
  {
    const char *kinds;
    Cue rules;         /* where @error is NULL */
    const char *error; /* NULL: read */
  } cases[] = {
    { "role", CUE_ROLE, NULL },
    { " role , modifier ", CUE_ROLE | CUE_MODIFIER, NULL },
    { "role,modifier,verb", CUE_ROLE | CUE_MODIFIER | CUE_VERB, NULL },
    { "org-after-bare", CUE_ORG_AFTER_BARE, NULL },
    { "org-after", CUE_ORG_AFTER, NULL },
    { "work-noun-modified", CUE_WORK_NOUN | CUE_WORK_MODIFIED, NULL },
    { "", 0, NULL },
    { "rol", 0, "unknown kind \"rol\"" },
    { "roles", 0, "unknown kind \"roles\"" },
    { "org-after-bar", 0, "unknown kind \"org-after-bar\"" },
    { "role,,verb", 0, "unknown kind \"\"" },
    { "role,", 0, "unknown kind \"\"" },
    { "role, sport cyber", 0, "unknown kind \"sport cyber\"" },
  };
  for (gsize k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autofree char *cues = g_strdup_printf ("minister\t%s\n", cases[k].kinds);
      char *dir = folder_with (cues, WORKS, NULL);
      g_autoptr (GError) error = NULL;
      CueMap *m = cue_map_load (dir, NULL, &error);
      if (cases[k].error)
        {
          g_assert_null (m);
          g_assert_nonnull (error);
          g_assert_nonnull (strstr (error->message, "cues.tsv:1"));
          g_assert_nonnull (strstr (error->message, cases[k].error));
        }
      else
        {
          g_assert_no_error (error);
          g_assert_cmphex (rules_of (m, "minister"), ==, cases[k].rules);
          cue_map_free (m);
        }
      folder_remove (dir);
    }
}

/* The shipped model's rows: this round's cue words are the rules' only. */
static void
test_shipped (void)
{
  g_autofree char *tagger = g_build_filename (ENTITIES_DATA, "ner-cues.tsv", NULL);
  g_autoptr (GError) error = NULL;
  CueMap *m = cue_map_load (ENTITIES_DATA, tagger, &error);
  g_assert_no_error (error);
  g_assert_cmphex (rules_of (m, "network") & CUE_ORG_NOUN, !=, 0);
  g_assert_cmphex (tagger_of (m, "network"), ==, 0);
  g_assert_cmphex (tagger_of (m, "adaptation"), ==, 0);
  g_assert_cmphex (tagger_of (m, "firm"), ==, CUE_ORG_NOUN);
  /* d217ff3's work-in and work-verb rows gave the tagger no kind: not
   * work-noun, which the shipped file once gave them. */
  const char *const no_kind[] = { "role", "roles", "starred", "starring", "stars", "co-starred",
                                  "co-starring", "co-stars", "co-directed", "co-written", "co-wrote" };
  for (gsize k = 0; k < G_N_ELEMENTS (no_kind); k++)
    {
      g_assert_cmphex (tagger_of (m, no_kind[k]), ==, 0);
      g_assert_cmphex (rules_of (m, no_kind[k]) & (CUE_WORK_IN | CUE_WORK_VERB), !=, 0);
    }
  /* A work noun d217ff3 listed keeps its kind. */
  g_assert_cmphex (tagger_of (m, "film"), ==, CUE_WORK_NOUN);
  cue_map_free (m);
}

/* The tagger's kind: a first name before a capitalised word is no
 * event's head ("Secretary of Defense Bill Cohen"), a lowercase kind is
 * not read on a capitalised word. */
static void
test_kind (void)
{
  g_assert_cmpuint (ner_cue_kind (CUE_EVENT_HEAD, TRUE, FALSE), ==, NER_KIND_EVENT);
  g_assert_cmpuint (ner_cue_kind (CUE_EVENT_HEAD, TRUE, TRUE), ==, NER_KIND_NONE);
  g_assert_cmpuint (ner_cue_kind (CUE_EVENT_HEAD | CUE_ROLE, TRUE, TRUE), ==, NER_KIND_PERSON);
  g_assert_cmpuint (ner_cue_kind (CUE_ORG_NOUN, FALSE, FALSE), ==, NER_KIND_ORG_NOUN);
  g_assert_cmpuint (ner_cue_kind (CUE_ORG_NOUN, TRUE, FALSE), ==, NER_KIND_NONE);
  g_assert_cmpuint (ner_cue_kind (CUE_WORK_NOUN, FALSE, FALSE), ==, NER_KIND_WORK);
  g_assert_cmpuint (ner_cue_kind (CUE_COMPANY_OF | CUE_CEREMONY, FALSE, FALSE), ==, NER_KIND_NONE);
}

/* The first-name test both training and the stage make: an event's head
 * the lists hint as a first name, capitalised, before a name ("Bill
 * Cohen"); not before a lowercase word or a sentence's end ("the Finance
 * Bill"), not a word of another kind or hint. */
static void
test_first_name (void)
{
  const GazetteerEntry first = { .label = "PERSON", .hint = "FIRST" };
  const GazetteerEntry city = { .label = "GPE", .hint = "CITY" };
  g_assert_true (ner_cue_first_name (CUE_EVENT_HEAD, TRUE, &first, TRUE));
  g_assert_true (ner_cue_first_name (CUE_EVENT_HEAD | CUE_ROLE, TRUE, &first, TRUE));
  g_assert_false (ner_cue_first_name (CUE_EVENT_HEAD, TRUE, &first, FALSE));
  g_assert_false (ner_cue_first_name (CUE_EVENT_HEAD, FALSE, &first, TRUE));
  g_assert_false (ner_cue_first_name (CUE_ORG_HEAD, TRUE, &first, TRUE));
  g_assert_false (ner_cue_first_name (CUE_EVENT_HEAD, TRUE, &city, TRUE));
  g_assert_false (ner_cue_first_name (CUE_EVENT_HEAD, TRUE, NULL, TRUE));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cues/trained-rows", test_trained_rows);
  g_test_add_func ("/cues/write-read", test_write_read);
  g_test_add_func ("/cues/bad-rows", test_bad_rows);
  g_test_add_func ("/cues/kind-names", test_kind_names);
  g_test_add_func ("/cues/shipped", test_shipped);
  g_test_add_func ("/cues/kind", test_kind);
  g_test_add_func ("/cues/first-name", test_first_name);
  return g_test_run ();
}
