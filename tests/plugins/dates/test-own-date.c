/* test-own-date.c: the date an article states for itself in a dateline
 * ("BRUSSELS, Feb 9 (AFP) -", a clock time and its zone, the line under
 * a byline, a weekday with its day and month alone under the headline)
 * anchors its relative expressions where the reference date is one given
 * for a whole collection (--reference-date), not the document's own
 * `published`.  Rows near the rule where it must not fire: a date in a
 * headline or a sentence, a day and month alone, a listing's dates, a
 * date well after the reference, a date line after the body has begun, a
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
  /* Rows that fire fail on 91e47ea, which had no such rule; the rows
   * near it pass there, and those marked "ffd5ad8" failed on that
   * commit, which took a date with no evidence of a dateline. */
  /* a place in capitals and a comma, an agency in brackets */
  { "BRUSSELS, Feb 9 (AFP) -\n\nMinisters met [yesterday] to discuss fish quotas.", NULL, "2005-02-08" },
  { "NEW DELHI, February 9 -\n\nThe monsoon report came out on [Monday].", NULL, "2005-02-07" },
  /* a dateline's day without its year after the collection's reference
   * is the year before's: 12 March 2004, a Friday (fails on ffd5ad8 too,
   * which counted from 12 March 2005) */
  { "CAIRO, March 12 (MENA) -\n\nThe talks ended on [Friday].", NULL, "2004-03-12" },
  /* a clock time and its zone on the line */
  { "11 February, 16:05 GMT\n\nThe vote was held [yesterday].", NULL, "2005-02-10" },
  /* the line under a byline */
  { "By Mary Jones\nPress Association, 3 February\n\nThe hearing ended [yesterday].", NULL, "2005-02-02" },
  /* a weekday, its day and its month alone, right under the headline;
   * its "on the day" counts from it */
  { "Hull v Wigan\n\nFriday 11 February\n\nThe squad trained [yesterday].", NULL, "2005-02-10" },
  { "Hull v Wigan\n\nFriday 11 February\n\nThe coach wants a fast start on [the day].", NULL, "2005-02-11" },
  /* not a date in a sentence or a headline (lowercase words) */
  { "Pay deal agreed\n\nOn 11 September 2001, the towers fell. Workers said on [Monday] they would strike.", NULL,
    "2005-02-28" },
  { "Talks set for 5 May\n\nUnions said on [Monday] they would meet.", NULL, "2005-02-28" },
  /* not a headline in Title Case (ffd5ad8) */
  { "Strike Called For February 14\n\nUnions said on [Monday] that talks had failed.", NULL, "2005-02-28" },
  /* not a day and month without a weekday or other evidence (ffd5ad8) */
  { "Budget row\n\n14 October\n\nThe chancellor spoke [yesterday].", NULL, "2005-02-28" },
  { "Closing date: 31 January\n\nStaff were told on [Monday].", NULL, "2005-02-28" },
  /* not one of a listing's date lines (ffd5ad8) */
  { "Tour dates\n\nFriday 4 February\nSaturday 5 February\n\nThe band cancelled a show [yesterday].", NULL,
    "2005-02-28" },
  /* not a date more than a few days after the collection's reference: a
   * day to come (ffd5ad8) */
  { "Summer fair\n\nSaturday 9 July\n\nThe organisers said [yesterday] that tickets were selling.", NULL,
    "2005-02-28" },
  /* not a weekday alone under more than a headline and a subheading */
  { "Cup news\nRound four\nTeams\nFriday 11 February\n\nThe draw was made [yesterday].", NULL, "2005-02-28" },
  /* not a date line after a paragraph of the body (a diary's part) */
  { "Diary of a tour\n\nThe band played every night for a month, and these are the notes the drummer kept of it.\n\n"
    "Friday 11 February\n\nWe flew home [yesterday].",
    NULL, "2005-02-28" },
  /* not a weekday alone */
  { "Hull v Wigan\n\nFriday\n\nThe squad trained [yesterday].", NULL, "2005-02-28" },
  /* the document's own `published` stays its reference */
  { "Hull v Wigan\n\nFriday 11 February\n\nThe squad trained [yesterday].", "2005-01-10", "2005-01-09" },
};

static void
test_own_date (void)
{
  g_autoptr (GString) jsonl = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
    append_bracketed_record (jsonl, i, cases[i].text, cases[i].published);
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
