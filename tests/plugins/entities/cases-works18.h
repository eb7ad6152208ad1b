/* cases-works18.h: rows of test-entities-works.c's table (included
 * inside it) for works-linked.c: titles joined by a lowercase "of" or
 * "and the" with a work's word near them, and the sentences near them
 * where the rule must not fire, written here. */

/* "of" inside a capitalised run, a kind of work, a song's noun or a
 * work's verb within the clause: the whole run, MISC. */
{ "Critics praised My Winter of Rain, the first film by the young director.", "MISC:My Winter of Rain" },
{ "She won the prize for Gardens of the Slow Light, a novel set in Wales.", "MISC:Gardens of the Slow Light | GPE:Wales" },
{ "He co-wrote Keeper of the Salt Marsh with his brother.", "MISC:Keeper of the Salt Marsh" },
{ "Audiences cheered when Winter of the Long Knives opened, and the film took $5m.", "MISC:Winter of the Long Knives" },
/* A title opening with its article and joined by "and the". */
{ "The festival showed The Fox and the Copper Lantern, a film about two brothers.",
  "MISC:The Fox and the Copper Lantern" },
/* Both joints: the run before "and the" opens the title, a first name too. */
{ "Fans queued for Harry Mole and the Keeper of Keys, the third book in the series.",
  "MISC:Harry Mole and the Keeper of Keys" },
/* "and the" after a name: a title only where the document names it whole again. */
{ "Kettle and the Copper Lantern topped the chart. The album Kettle and the Copper Lantern sold well.",
  "MISC:Kettle and the Copper Lantern | MISC:Kettle and the Copper Lantern" },
/* Two titles joined after the "of" one: "and" and two capitalised words end it. */
{ "His films include Day of the Long Rain and Summer Harbour Nights.",
  "MISC:Day of the Long Rain | MISC:Summer Harbour Nights" },
/* Not with no work's word in the clause, nor with a work-of noun only
 * ("a version of"), nor "stars" without "in". */
{ "He met members of Friends of the Earth last year.", "ORG:Friends of the Earth",
  "a body's name cut at 'of the' with no body's word in it (the tagger's ORG:Earth)" },
{ "The remake of the Bridge of Sighs painting was shown.", "LOC:Bridge of Sighs" },
/* Not a body's, a place's or an office's name, nor a person and his band. */
{ "The film was funded by the Bank of England and shown in the Isle of Man.",
  "ORG:Bank of England | GPE:Isle of Man" },
{ "The film was made by the Council of Europe.", "ORG:Council of Europe" },
{ "Tom Hale and the Copper Band played the film's songs.", "PERSON:Tom Hale | ORG:Copper Band" },
/* "and" alone joins two names: "Rosneft and Gazprom" stay two. */
{ "The film about Fieldcorp and Marlow Oil was shown.", "ORG:Fieldcorp | ORG:Marlow Oil" },
/* The sentence's first word is the sentence's: "Sales of" is no title's. */
{ "Sales of Copper Lanterns rose after the film came out.", "" },
/* Not after a title or an office: a person's name. */
{ "Lord Hale of the Treasury praised the film.", "PERSON:Hale | ORG:Treasury" },
