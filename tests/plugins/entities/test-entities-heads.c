/* test-entities-heads.c: a name takes its label from its head noun
 * (issue 24's classes from the held-out judges: agreements, treaties
 * and charities read as people), each with sentences next to it where
 * the rule must not fire.  All sentences written here. */
#include "entity-cases.h"

static const EntityCase cases[] = {
  /* A capitalised run ending in a document's head (cues.tsv's
   * event-head: agreement, accord, pact, protocol, convention, charter)
   * is one MISC name, and the acronym given beside it follows it. */
  { "Ministers signed the Tarrow Fishing Agreement (TFA) in May. The TFA expires next year.",
    "MISC:Tarrow Fishing Agreement | MISC:TFA=Tarrow Fishing Agreement | MISC:TFA=Tarrow Fishing Agreement" },
  { "The Brenley Accord ended the strike, and the Coastal Pact followed.", "MISC:Brenley Accord | MISC:Coastal Pact" },
  { "Delegates met at the Marlow Convention on Disabled Rights and the Marlow Protocol was signed.",
    "MISC:Marlow Convention on Disabled Rights | MISC:Marlow Protocol" },
  /* A charity named for its aid (cues.tsv's org-head "aid") is an
   * organisation at every mention. */
  { "Brackwater Aid said the floods had left thousands homeless. Brackwater Aid staff flew out.",
    "ORG:Brackwater Aid | ORG:Brackwater Aid" },
  /* ... not the same words in lowercase or opening a sentence alone. */
  { "The agreement was signed on Monday, and the pact held.", "" },
  { "Convention organisers said the event sold out.", "" },
  { "Aid agencies said food was running out.", "" },
  { "The accord reached in Geneva was welcomed.", "GPE:Geneva country=Switzerland" },
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
  g_test_add_func ("/entities-heads/cases", test_cases);
  return g_test_run ();
}
