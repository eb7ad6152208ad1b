/* cases-works15.h: rows of test-entities-works.c's table (included
 * inside it) for the fifteenth session's works, events and vessels:
 * each rule's sentences, and the sentences near it where it must not
 * fire, written here. */

/* An award's category and "for" name the work it was won for, in a
 * document that speaks of works, a person's shape too ("Vera Drake":
 * the category says who won). */
{ "The film won twice: Jamie Foxx won best actor for Ray, and Hilary Swank won best actress for Million Dollar "
  "Baby.",
  "PERSON:Jamie Foxx | MISC:Ray | PERSON:Hilary Swank | MISC:Million Dollar Baby" },
{ "The rapper won best song for Lose Yourself, the film's theme.", "MISC:Lose Yourself" },
{ "In the film she was nominated for best supporting actress for Vera Drake.", "MISC:Vera Drake",
  "a film of a person's shape after an award's category (news names the person there as often: \"best actor for "
  "Jamie Foxx\")" },
{ "The film had five nominations, including best actor for Jamie Foxx and best director for Mike Leigh. Actor Don "
  "Cheadle was nominated too, best actor for Cheadle being a first.",
  "PERSON:Jamie Foxx | PERSON:Mike Leigh | PERSON:Don Cheadle | PERSON:Cheadle" },
/* Titles whole with their owner's possessive or "and" where the
 * category says a work is named; not a maker named alone elsewhere. */
{ "The film won. She was nominated for best actress for Bridget Jones's Diary, and Mike Leigh won best film for "
  "Secrets and Lies.",
  "MISC:Bridget Jones's Diary | PERSON:Mike Leigh | MISC:Secrets and Lies" },
{ "The film won. He won best director for Clint Eastwood's film, and Eastwood smiled.",
  "PERSON:Clint Eastwood | PERSON:Eastwood" },
{ "The film won. They took best actor and actress for Ray and Million Dollar Baby respectively.",
  "MISC:Ray | MISC:Million Dollar Baby" },
{ "The film won. She was best actress for Suddenly Last Summer and Festen's Rufus Norris was best director.",
  "MISC:Suddenly Last Summer | PERSON:Rufus Norris" },
{ "Johnny Depp starred in the film. Depp has shunned box office hits.", "PERSON:Johnny Depp | PERSON:Depp" },
{ "Clint Eastwood was named best director for Million Dollar Baby. Million Dollar Baby also won best film.",
  "PERSON:Clint Eastwood | MISC:Million Dollar Baby | MISC:Million Dollar Baby" },
/* Not "best" before a noun of no award ("chance", "deal", "price"),
 * a place or a club the lists know, a sport report, nor where no work
 * is named. */
{ "The film flopped. The best chance for Labour is a third term, and the best deal for Britain is to wait.",
  "ORG:Labour | GPE:Britain" },
{ "The film flopped. He got the best price for Tesco in years.", "ORG:Tesco" },
{ "Chelsea won 2-1. He was the best player for Chelsea and the best actor for Arsenal fans.",
  "ORG:Chelsea | ORG:Chelsea | ORG:Arsenal" },
{ "He won best actor for Hamlet at the Old Vic.", "MISC:Hamlet | LOC:Old Vic",
  "a play's title where no kind of work is named in lowercase (speaks_of_works())" },
/* mend-ent15: the ceremony after "at" is no word of the title, and a
 * place after the category is the place's (the reviewer's sentences). */
{ "The film was a hit. Jamie Foxx won best actor for Ray at the Oscars.",
  "PERSON:Jamie Foxx | MISC:Ray | MISC:Oscars" },
{ "The film won. Critics said the prize for best film for Europe went to a German film.",
  "LOC:Europe | NORP:German" },
{ "The film won. He was named best director for Paris, the city where it was shot.", "GPE:Paris" },
/* A surname given in full opening a sentence elsewhere is the person's
 * (surname_marked() reads the tagger's names, not a first name's
 * place). */
{ "Don Cheadle starred in the film. The film won best actor for Cheadle.", "PERSON:Don Cheadle | PERSON:Cheadle" },
/* "and" joins a title's own pair of English words, not two films or two
 * people. */
{ "The film won. He won best actor for Ray and Sideways at the film awards.", "MISC:Ray | MISC:Sideways" },
{ "The director won best film for Trump and Clinton, a political film.", "PERSON:Trump | PERSON:Clinton",
  "a one-word surname after an award's category read as a person (Trump and Clinton each MISC)" },
/* A sentence about the box office: its opening run is a film's title,
 * and so its other mentions, "the" and "The" alike. */
{ "The Incredibles took $300m at the box office. Critics liked The Incredibles.",
  "MISC:The Incredibles | MISC:The Incredibles" },
{ "Meet the Fockers topped the box office. Meet The Fockers took $19m.",
  "MISC:Meet the Fockers | MISC:Meet The Fockers" },
{ "Blade: Trinity took $16m at the box office in its first weekend.", "MISC:Blade: Trinity" },
{ "National Treasure stayed third at the box office.", "MISC:National Treasure" },
/* Not a person, a company, a city, a listed name, an English word
 * alone, nor "The" alone opening it. */
{ "Jim Carrey topped the box office. Disney topped the box office too.", "PERSON:Jim Carrey | ORG:Disney" },
{ "Sales at the box office fell. The film topped the box office.", "" },
/* mend-ent15: a reporting verb after the opening run; a film says
 * nothing, its cinema does. */
{ "Odeon said box office takings were up in its cinemas, a boost for the film industry.", "" },

{ "Hollywood's box office takings fell, and US box office takings rose.", "GPE:Hollywood | GPE:US" },
{ "Critics said the box office was weak.", "" },
{ "Oscar-winning director Hayao Miyazaki's film charms the Japan box office.",
  "PERSON:Hayao Miyazaki | GPE:Japan" },
{ "Ticketweb and the SECC box office will write to customers.", "ORG:Ticketweb | ORG:SECC",
  "a company the lists do not know before \"and\" (Ticketweb): the tagger leaves it" },
/* A title found once is the work where "the" is written "The" and
 * back, and at a sentence's start: no epithet ("Alexander the Great")
 * inside a title of its own words; a person's title before it still
 * says the person. */
{ "The film did well. Meet The Fockers topped the chart. Critics said Meet the Fockers was weak.",
  "MISC:Meet The Fockers | MISC:Meet the Fockers" },
{ "The film Meet the Fockers topped the chart. Meet the Fockers was weak.",
  "MISC:Meet the Fockers | MISC:Meet the Fockers" },
{ "The epic Alexander opened in London. King Alexander died young.",
  "MISC:Alexander | GPE:London | PERSON:Alexander" },
/* An event's name nothing else named before a lowercase event head
 * (cues.tsv kind event-head: expo, exhibition, festival), MISC; not a
 * listed place or company, an acronym, a capitalised common word, nor
 * the tagger's names there ("the Women's Institute fair"). */
{ "Sony showed the console at the E3 expo in Los Angeles.", "ORG:Sony | MISC:E3 | GPE:Los Angeles" },
{ "The Frankfurt book fair opened, and the Women's Institute fair drew crowds.",
  "GPE:Frankfurt | ORG:Women's Institute" },
{ "Microsoft's exhibition and the Sony fair opened.", "ORG:Microsoft | ORG:Sony" },
{ "Delegates at the Labour conference in Brighton cheered the Tory exhibition.",
  "ORG:Labour | GPE:Brighton | NORP:Tory" },
/* Nor a number, a hyphenated word or an acronym with no digit (a
 * body's as often); an event's head ends its capitalised name. */
{ "Labour lost the 2001 election, and he played 14 games.", "ORG:Labour" },
{ "The TUC exhibition opened, and the 18-rated games were banned.", "ORG:TUC" },
{ "The Millennium Exhibition closed.", "MISC:Millennium Exhibition" },
{ "Fans of the Warcraft games waited.", "MISC:Warcraft" },
/* A ship's name after its noun (work-nouns.tsv kind vessel, from
 * WordNet; liner and ferry in cues.tsv), MISC, over a listed place;
 * a number after a title's run makes it a ship's ("Queen Mary 2"). */
{ "Divers reached the sunken Russian submarine Kursk on the sea bed. Kursk is a city in Russia.",
  "NORP:Russian | MISC:Kursk | GPE:Kursk | GPE:Russia" },
{ "The tanker Prestige sank off Spain in 2002, and the ferry Estonia sank in 1994.",
  "MISC:Prestige | GPE:Spain | MISC:Estonia" },
{ "The luxury cruise liner Crystal Harmony, now in the Gulf of Mexico, is full.",
  "MISC:Crystal Harmony | LOC:Gulf of Mexico" },
{ "The luxury cruise liner Crystal Harmony docked in Miami.", "MISC:Crystal Harmony | GPE:Miami",
  "a verb in -ed after a ship's name read as a main verb, not a clause's (\"the ship Britain sent\")" },
/* Not a clause's subject (a verb after it), a person's name, the name
 * before the noun (its owner's as often: "the Stena ferry"), nor a
 * ship with no name. */
{ "The ship Britain sent to the Gulf was damaged.", "GPE:Britain | LOC:Gulf" },
{ "The yacht Ellen MacArthur sailed broke records.", "PERSON:Ellen MacArthur" },
{ "The boat Smith said was lost was found, and he bought a ship in Greece.", "PERSON:Smith | GPE:Greece" },
{ "The Kursk submarine sank in August 2000.", "GPE:Kursk",
  "a ship's name before its noun (its owner's as often: \"the Stena ferry\")" },
/* A sequel's title after "to" (cues.tsv kind work-of, as "remake of");
 * not a verb after "to", nor a name's possessive. */
{ "The sequel to Meet the Parents took $40m, and a prequel to Shrek is planned.",
  "MISC:Meet the Parents | MISC:Shrek" },
{ "The sequel to be released next year is a comedy, unlike the sequel to Labour's deal.", "ORG:Labour" },
/* A work-of noun describes a work as a work's noun does ("X, a
 * live-action adaptation of Y"), not after a person's name. */
{ "The film did well. Archangel, an adaptation of the novel, was third.", "MISC:Archangel" },
{ "Tony Blair, the version of events his aides gave, was angry.", "PERSON:Tony Blair" },
