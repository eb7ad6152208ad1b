/* cases-towns20.h: rows of test-entities-places.c's table (included
 * inside it) for rules-towns.c's mend_quiet_towns() (issue 24,
 * ent-tagger20): a town the lists know that the tagger read as an
 * organisation is the town in a story with no word of sport where no
 * mention of it stands where a body named after it does.  All sentences
 * written here. */

  /* No word of sport, no body's context: the town. */
  { "Rotherham was hit by floods.", "GPE:Rotherham country=United Kingdom" },
  /* A longer name holding the town's is its own. */
  { "Rotherham was hit by floods. Rotherham Council said so.",
    "GPE:Rotherham country=United Kingdom | ORG:Rotherham Council" },
  /* A word of sport anywhere in the story: the club's name as often. */
  { "Rotherham was hit by floods. The club sold its ground.", "ORG:Rotherham" },
  /* A mention before what a body has ("the X office"): every mention
   * stays the tagger's. */
  { "Rotherham was hit by floods. The Rotherham office will close.", "ORG:Rotherham | ORG:Rotherham" },
  /* A results table with no score's hyphen: a number after the name. */
  { "Results of the cup on Saturday:\n\nRotherham 2 Dunmore 1", "ORG:Rotherham | ORG:Dunmore" },
  /* "the" before it: a ship, a film, a body; a kind of work before it. */
  { "The Rotherham limped back to its dock.", "ORG:Rotherham" },
  { "The thriller Rotherham opened at number two.", "ORG:Rotherham" },
  /* Before a lowercase word of no cue: a modifier, a product's (a
   * grade of oil) or a body's as often (the tagger's ORG stays). */
  { "Oil prices rose on Monday, while Rotherham crude gained 40 cents a barrel.", "ORG:Rotherham" },
  /* After "with": a body's partner ("a deal with X") as often. */
  { "Rotherham was hit by floods. He agreed a deal with Rotherham last year.", "ORG:Rotherham | ORG:Rotherham" },
  /* Not a name of English words only: a district of Singapore's is
   * England's region here (the tagger's ORG stays, wrong but not this
   * rule's to mend: a region is LOC). */
  { "Pop star ready for awards\n\nSouth West teenage singing star, Jo Penrose, has been nominated.",
    "ORG:South West | PERSON:Jo Penrose" },
