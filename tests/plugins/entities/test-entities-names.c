/* test-entities-names.c: the entities stage through `assay run`, on
 * sentences written here, for people's names with middle initials
 * (people.c's mend_initialled_people()): what must fire, and the
 * sentences near each rule where it must not; and titles after a kind
 * of work that needs its medium ("TV show X", works.c), and a
 * broadcast's title before "programme" (titles.c's programme_title()), and
 * a title's own capitalised "The" (titles.c's mend_the_titles()); and
 * initials the document ties to a person (initials.c). */
#include "entity-cases.h"

/* Each annotation is written LABEL:text, separated by " | ". */
static const EntityCase cases[] = {
  /* A listed first name, one or two initials with or without a stop,
   * and a surname are one person, whatever the tagger made of them. */
  { "George W Bush will visit Europe next month, the White House has said.",
    "PERSON:George W Bush | LOC:Europe | LOC:White House" },
  { "The actor George C Scott refused the award.", "PERSON:George C Scott" },
  { "Lyndon B Johnson signed the act, and Mary J Blige sang.", "PERSON:Lyndon B Johnson | PERSON:Mary J Blige" },
  { "The band's drummer Paul E Smith played.", "PERSON:Paul E Smith" },
  { "Michael J. Fox starred in the film.", "PERSON:Michael J. Fox" },
  /* A first name and a surname the tagger labelled an organisation are
   * a person where the sentence says so (people-evidence.c): a person's
   * pronoun after the name before any other person, "said" or "told"
   * with no "its" after, a role before. */
  { "He will be up against Carolina Vesk in the final, and she is the favourite.", "PERSON:Carolina Vesk" },
  { "Liverpool forward Milan Drosek is uncertain whether he stays.", "ORG:Liverpool | PERSON:Milan Drosek" },
  { "Telecoms ombudsman Elizabeth Marlow said she would act.", "PERSON:Elizabeth Marlow" },
  /* Not a firm named after a person ("said its"), nor a name after an
   * article (a newspaper, a fashion house). */
  { "Morgan Stanley said its profits rose.", "ORG:Morgan Stanley" },
  { "He wrote in the daily La Corse that he had left.", "ORG:La Corse" },
  { "The loss-making Christian Lavelle house was sold, and he was sad.", "MISC:Christian Lavelle" },
  /* Not a place named after the person, not a regnal number (I, V, X
   * alone), not the article after a first name that is an English word,
   * not a first name inside a longer name, not a group's letter. */
  { "John F Kennedy Airport was shut.", "LOC:John F Kennedy Airport" },
  { "George V was king in 1910.", "PERSON:George V", "a regnal number after a first name (George V one PERSON)" },
  { "Critics said Henry V opened well.", "MISC:Henry V", "a play by a king's name (Henry V MISC, not ORG)" },
  { "Will A Level results improve?", "" },
  { "He visited George A Romero Park.", "LOC:George A Romero Park" },
  { "In Group A Spain beat Italy.", "GPE:Spain | GPE:Italy", "a group's letter (Group A is no organisation)" },
  { "The report by Plan B Ltd was read.", "ORG:Plan B Ltd" },
  /* A person's name before an org-after noun ("website") is made the
   * organisation by rules-context.c's org_by_cue(), with or without an
   * initial, unless the name is person-shaped (no English word in it). */
  { "Voters heard President George W Bush speak. Later the George W Bush website was shut.",
    "PERSON:George W Bush | PERSON:George W Bush",
    "a person's name before \"website\" that holds an English word (Bush) stays the person's" },
  /* "show" and "series" name a work after a word saying which kind,
   * a medium in capitals too ("TV show", "TV series"), though TV alone
   * names nothing. */
  { "He appeared in the cult TV show Twin Peaks and the TV series Ballykissangel.", "MISC:Twin Peaks | MISC:Ballykissangel" },
  { "He appeared in the chat show Parkinson.", "MISC:Parkinson" },
  /* Not after an article, not a show that is an event (a company at
   * it, a verb after the name), not a headline in capitals, not the
   * Motor Show's own name. */
  { "After the show Smith said he was tired.", "PERSON:Smith" },
  { "At the motor show Ford unveiled a new car.", "ORG:Ford" },
  { "Officials at the air show Boeing attended said little.", "ORG:Boeing" },
  { "The TV show Blair joined was popular.", "PERSON:Blair" },
  { "In the series Harmison took 24 wickets.", "PERSON:Harmison", "a cricketer after \"in the series\" (LOC)" },
  { "HE WATCHED THE TV SERIES DALLAS.", "MISC:DALLAS", "a title in a line all in capitals (GPE)" },
  /* A title before "programme" after a channel's possessive, or after
   * "the" and a verb of the press; the lists' names keep theirs. */
  { "He told BBC Radio 4's Today programme that taxes would rise.", "ORG:BBC Radio 4 | MISC:Today" },
  { "He told the Today programme that taxes would rise.", "MISC:Today" },
  { "NASA's Apollo programme ended in 1972.", "ORG:NASA | MISC:Apollo" },
  /* Not without the press or a channel, not a sentence's first word,
   * not today's anything, not a host's name. */
  { "The Government programme was cut.", "" },
  { "The Today programme was first broadcast in 1957.", "MISC:Today",
    "a title opening the sentence, where \"The\" hides the press (Today unnamed)" },
  { "Today's weather will be fine, and today's programme is short.", "" },
  { "He told the Jonathan Ross programme he was happy.", "PERSON:Jonathan Ross" },
  /* "on" is the press only after a reporting verb; a channel's name has
   * a word in capitals or a number, a party's or a council's has not
   * (review-ent13). */
  { "Ministers spent millions on the Government programme last year.", "" },
  { "She said on the Today programme that taxes would rise.", "MISC:Today" },
  { "The Labour Party's Education programme was launched in May.", "ORG:Labour Party" },
  { "The Arts Council's Lottery programme gave money to theatres.", "ORG:Arts Council" },
  { "He told Radio 4's PM programme he was sorry.", "ORG:Radio 4 | MISC:PM" },
  /* A channel is no title: in capitals before it, or alone. */
  { "He told the BBC Today programme so, and the BBC programme Go Digital later.",
    "ORG:BBC | MISC:Today | ORG:BBC | MISC:Go Digital", "a title after \"programme\" (Go Digital PERSON)" },
  { "He told the Radio 4 programme so.", "ORG:Radio 4" },
  { "Speaking on the Panorama programme, he denied it.", "MISC:Panorama",
    "a title the lists claim as a place (Panorama LOC)" },
  /* A capitalised "The" inside a sentence is the name's. */
  { "Critics liked The Pianist a lot, and fans of The Game cheered.", "MISC:The Pianist | PERSON:The Game",
    "a rapper's stage name from a list of artists (The Game LOC)" },
  { "He writes for The Guardian and plays at The Oval.", "ORG:The Guardian | LOC:The Oval" },
  /* Not at a sentence's start, after a colon, in a headline in title
   * case, nor before a nationality. */
  { "The Pianist won.", "MISC:The Pianist", "a title opening a sentence (Pianist ORG)" },
  { "He said: The Aviator is good.", "MISC:The Aviator", "a title after a colon (Aviator MISC)" },
  { "Brown Attacks The Tories Over Tax", "PERSON:Brown | NORP:Tories" },
  { "Voters in Wales and The Dutch voters agreed.", "GPE:Wales | NORP:Dutch" },
  /* Nor where the sentence's reader may have missed a break: after an
   * abbreviation's full stop, after a heading in capitals run into the
   * text (review-ent13); but after a form of address, or a capitalised
   * word in a sentence, or an acronym after lowercase words, it is. */
  { "Officials in the U.S. The White House denied the report.", "GPE:U.S. | LOC:White House" },
  { "ADVANCE WARS DS The UK Nintendo DS launch line-up is to be confirmed.", "GPE:UK | MISC:Nintendo DS",
    "a heading's words apart from the text (UK Nintendo DS one MISC)" },
  { "Officials in the US said The White House denied the report.", "GPE:US | LOC:The White House" },
  { "He met Mr. The Rock at the show.", "PERSON:The Rock" },
  { "He works for the BBC and The Guardian.", "ORG:BBC | ORG:The Guardian" },
#include "cases-initials24.h"
};

ENTITY_CASES_MAIN ("names", cases, entity_render_plain)
