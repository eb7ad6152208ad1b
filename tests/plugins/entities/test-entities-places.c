/* test-entities-places.c: places and the names made from them (issue
 * 24's classes from the held-out judges: a name before "-based" kept
 * whole with its suffix), each with sentences next to it where the rule
 * must not fire.  All sentences written here. */
#include "entity-cases.h"

static const EntityCase cases[] = {
  /* A capitalised word before a suffix of cues.tsv's place-suffix kind
   * is a name of its own, whatever it names. */
  { "Unlike Windows-based phones, the handsets run Symbian.", "MISC:Windows | MISC:Symbian" },
  /* ... and where the tagger ran a name on past the suffix, it is two. */
  { "He bought the Windows-based Creative Zen player.", "MISC:Windows | MISC:Creative Zen" },
  { "It sells Linux-based servers to the Microsoft-owned site.", "MISC:Linux | ORG:Microsoft" },
  { "The Labour-run council and a Google-funded project met.", "ORG:Labour | ORG:Google" },
  /* ... not a nationality: the adjective and its suffix are one word, as
   * CoNLL writes them; a place as before. */
  { "Japanese-made cars sold well in the Lyon-based chain.", "GPE:Lyon country=France" },
  /* ... not a lowercase word, nor a capital a sentence's start gives an
   * English word. */
  { "He runs a home-based business from a state-owned flat.", "" },
  { "Web-based services are growing.", "" },
};

static void
test_cases (void)
{
  entity_cases_run (cases, G_N_ELEMENTS (cases));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/entities-places/cases", test_cases);
  return g_test_run ();
}
