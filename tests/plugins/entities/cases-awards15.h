/* cases-awards15.h: rows of test-entities-works.c's table (included
 * inside it) for the fifteenth session's award lists, stage works and
 * venues (awards.c): each rule's sentences, and the sentences near it
 * where it must not fire, written here. */

/* An award list's line: "Best" no name; after the category and a dash
 * the winner, a work where the category names a kind of work, "by"
 * follows or a venue ends the line; "Y for X" after a kind of person,
 * X the work though it have a person's shape; the place after "at"
 * ending the line a venue, LOC, whole. */
{ "The winners were:\n- Best new play - Kings of the Road by Peter Hall at the Lyceum\n",
  "MISC:Kings of the Road | PERSON:Peter Hall | LOC:Lyceum" },
{ "The winners were:\n- Best actor - Tom Barker for The Glass House at the Almeida\n",
  "PERSON:Tom Barker | MISC:The Glass House | LOC:Almeida" },
{ "The winners were:\n- Best new musical - Sunset Lane at the Victoria Palace\n", "MISC:Sunset Lane | LOC:Victoria Palace" },
{ "The winners were:\n- Best actress - Joan Whitely for Cranford at the Duke of York's\n",
  "PERSON:Joan Whitely | MISC:Cranford | LOC:Duke of York's" },
{ "The winners were:\n- Best revival - The Seagull at the Donmar Warehouse\n",
  "MISC:The Seagull | LOC:Donmar Warehouse" },
{ "The winners were:\n- Best director - Peter Hall for The Seagull at Theatre Royal, Haymarket\n",
  "PERSON:Peter Hall | MISC:The Seagull | LOC:Theatre Royal, Haymarket" },
{ "The winners were:\n- Best new dance production - Northern Ballet's Giselle at Shakespeare's Globe\n",
  "ORG:Northern Ballet | MISC:Giselle | LOC:Shakespeare's Globe" },
{ "The winners were:\n- Best supporting actress - Mary Lyle for Billy Elliot at the Victoria Palace\n",
  "PERSON:Mary Lyle | MISC:Billy Elliot | LOC:Victoria Palace" },
{ "The winners were:\n- Best costume design - All's Well That Ends Well designed by Ann Cole at the Gielgud\n",
  "MISC:All's Well That Ends Well | PERSON:Ann Cole | LOC:Gielgud" },
/* Not a line of no category, "Best" before a capital, a person after a
 * kind of person, nor a first name opening a winner the category does
 * not call a work. */
{ "Thanks for the letter.\nBest wishes - John\n", "PERSON:John" },
{ "Best Buy said sales rose in the quarter.", "ORG:Best Buy" },
/* A results table's line has a figure for its winner: no title. */
{ "The results:\n- Best time - 9.85 by Asafa Powell at Athens\n", "PERSON:Asafa Powell | GPE:Athens" },
{ "Best time - 2:04:55 by Paul Tergat in Berlin\n", "PERSON:Paul Tergat | GPE:Berlin" },
{ "Best player - Frank Lampard of Chelsea\n", "PERSON:Frank Lampard | ORG:Chelsea" },
/* A club is no title: a sport's award line. */
{ "The awards:\n- Outstanding player - Wayne Rooney for Everton\n", "PERSON:Wayne Rooney | ORG:Everton" },
{ "The awards:\n- Best performance - Manchester United at Old Trafford\n", "ORG:Manchester United | LOC:Old Trafford" },
{ "The awards:\n- Best moment - Liverpool's win at Anfield\n", "ORG:Liverpool | LOC:Anfield" },
{ "The winners were:\n- Best actor - Tom Barker at the Almeida\n", "PERSON:Tom Barker | LOC:Almeida" },
{ "The winners were:\n- Best newcomer - James Horton at the Almeida\n", "PERSON:James Horton | LOC:Almeida" },
/* A place after a work's title and "at" is its venue, LOC; a title
 * that took it in is cut there.  Not the owner of what follows, an
 * event, nor a place after no work. */
{ "Dame Eileen Hart, who starred in The Winter's Tale at the Barbican, was nominated.",
  "PERSON:Eileen Hart | MISC:The Winter's Tale | LOC:Barbican" },
{ "The show is the musical Guys and Dolls at the Piccadilly.", "MISC:Guys and Dolls | LOC:Piccadilly" },
{ "They saw the musical Blood Brothers at the Phoenix.", "MISC:Blood Brothers | LOC:Phoenix" },
{ "They saw the musical Blood Brothers at the Phoenix, on the Prince Edward's invitation.",
  "MISC:Blood Brothers | LOC:Phoenix | PERSON:Edward" },
{ "She met him at the Prince Edward's wedding in June.", "PERSON:Edward" },
{ "He starred in 1999 in a film.", "" },
{ "They saw the musical Blood Brothers at the Olivier Awards.", "MISC:Blood Brothers | MISC:Olivier Awards" },
{ "A revival of Labour's fortunes was hoped for.", "ORG:Labour" },
{ "The revival of Manchester United began in 1986.", "ORG:Manchester United" },
{ "The revival of Labour under Blair took a decade.", "ORG:Labour | PERSON:Blair" },
{ "The actor starred in the drama at the BBC for ten years.", "ORG:BBC" },
{ "She starred in Hamlet at the RSC in 2004.", "MISC:Hamlet" },
{ "The musical director of the orchestra left for Berlin.", "GPE:Berlin" },
/* A place after "at the" in a sentence of a performance (a work's
 * title, "starred") in a document of works is a venue; not a body's or
 * a competition's head, a run a lowercase noun follows, nor outside a
 * document of works. */
{ "The film was a hit. Judi Dench, who starred in it at the Gielgud, won.", "PERSON:Judi Dench | LOC:Gielgud" },
{ "The film was a hit. He took a new role at the Premier League.", "MISC:Premier League" },
{ "The chairman left. He took a similar role at the Premier League.", "MISC:Premier League" },
{ "The film was a hit. She starred in it at the Curzon Mayfair cinema.", "LOC:Curzon Mayfair",
  "a cinema's name before its kind in lowercase (the tagger's MISC stays: the rule leaves a run a lowercase noun "
  "follows)" },
/* "nominated for X", "won for X": X the work, whole, in a document of
 * works; not a person, a category, a one-word organisation of the
 * tagger's, a name the lists claim, nor in a sport report. */
{ "The film was a hit. She was nominated for The Lady from the Sea, and won for Closer.",
  "MISC:The Lady from the Sea | MISC:Closer" },
{ "The film was a hit. He was nominated for Labour in 2001.", "ORG:Labour" },
{ "The film was a hit. He was nominated for Best Actor in 2001.", "",
  "a category in capitals after \"nominated for\" (the tagger's ORG stays; the rule leaves it)" },
{ "The film was a hit. She was nominated for Billy Elliot.", "MISC:Billy Elliot",
  "a title of a person's shape after \"nominated for\" (a first name opens it: left to the tagger)" },
{ "Chelsea won 2-1. He won for Chelsea on Saturday, and was nominated for Dundee.", "ORG:Chelsea | ORG:Chelsea | ORG:Dundee" },
/* A venue's other mentions: the same words the tagger took for a
 * person or a work, or nothing named, after "the"; not inside a longer
 * name, nor an organisation of the tagger's. */
{ "The winners were:\n- Best actor - Tom Barker for The Glass House at the Olivier\nHe thanked the Olivier, and the "
  "Olivier Awards thanked him.\n",
  "PERSON:Tom Barker | MISC:The Glass House | LOC:Olivier | LOC:Olivier | MISC:Olivier Awards" },
/* Not an award product-names.tsv names, after a work's title. */
{ "The film was a hit. The film Closer was shown at the Golden Globes.", "MISC:Closer | MISC:Golden Globes" },
