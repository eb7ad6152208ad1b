/* test-entities-works.c: the entities stage through `assay run`, on
 * sentences written here, for the rules of works.c, people.c's line-ups
 * and the cue words of bands and publications: what must fire, and the
 * sentences near each rule where it must not. */
#include "entity-cases.h"

/* Each annotation is written LABEL:text, separated by " | ". */
static const EntityCase cases[] = {
  /* Titles after a work's noun of cues.tsv (work-noun-modified "single",
   * work-noun "epic", "duet", work-of "remake", "version"), kept whole
   * with their lowercase words. */
  { "The band's new single Common People sold well, and a remake of Solaris is due. The US version of Shameless "
    "starts soon.",
    "MISC:Common People | MISC:Solaris | GPE:US | MISC:Shameless" },
  { "She sang a duet with Elton John, and the duet Islands in the Stream followed.",
    "PERSON:Elton John | MISC:Islands in the Stream" },
  /* Not "single" after a function word, not a name's possessive after
   * "of", not a clause after "version of", not "hit" (a verb as often). */
  { "The single European currency and a single Labour candidate were discussed.", "NORP:European | ORG:Labour" },
  { "A remake of Labour's manifesto was published, and the version of events Mr Smith gave was denied.",
    "ORG:Labour | PERSON:Smith" },
  { "Weak sales hit Tesco, and the dollar has hit European exporters.", "ORG:Tesco | NORP:European" },
  /* A title stops before a phrase that follows it: a day or a month, a
   * region, "for" and a channel or a platform; it keeps "and the" and
   * its own "for" and "on" ("Requiem for a Dream"), but not "and the"
   * and a title ("Closer and the Prime Minister"). */
  { "Microsoft released a new version of Office on Tuesday.", "ORG:Microsoft | MISC:Office" },
  { "The BBC showed an adaptation of Pride and Prejudice on Sunday.", "ORG:BBC | MISC:Pride and Prejudice" },
  { "An adaptation of Dickens for BBC One was shown.", "MISC:Dickens | ORG:BBC One" },
  { "The BBC made an adaptation of Bleak House for BBC Two.", "ORG:BBC | MISC:Bleak House | ORG:BBC Two" },
  { "A version of Linux for Xbox was shown.", "MISC:Linux | MISC:Xbox" },
  { "Disney made a stage version of Beauty and the Beast.", "ORG:Disney | MISC:Beauty and the Beast" },
  { "An adaptation of Requiem for a Dream opened.", "MISC:Requiem for a Dream" },
  { "It is a remake of No Country for Old Men with a new cast.", "MISC:No Country for Old Men" },
  { "They made a version of Murder on the Orient Express in 2010.", "MISC:Murder on the Orient Express" },
  { "He starred in the film Closer and the Prime Minister saw it.", "MISC:Closer" },
  /* A first name the document once marks as a work is the work where
   * nothing says it is the person; "as a" and a kind of person says so
   * ("as a tyrant"), and so does "born" ("Ray was born"); a first name
   * before a verb that ends its clause is a person's ("the story Harry
   * told was true"). */
  { "The epic Cleopatra took $20m. Critics hoped Cleopatra would do better in Europe. Its portrayal of Cleopatra "
    "as a tyrant angered fans. He said Cleopatra \"was a hard film to make\".",
    "MISC:Cleopatra | MISC:Cleopatra | LOC:Europe | PERSON:Cleopatra | MISC:Cleopatra" },
  { "The film Ray was a hit. Ray was born in Georgia.", "MISC:Ray | PERSON:Ray | GPE:Georgia" },
  /* A listed first name alone after a work's noun is the title too
   * ("Alfie", "Alexander"), and so its later mentions; a clause about
   * the person stays one ("the story Harry told"). */
  { "The film Alfie took $6m. Critics liked Alfie.", "MISC:Alfie | MISC:Alfie" },
  { "The epic Alexander opened in London.", "MISC:Alexander | GPE:London" },
  { "The story Harry told was true.", "PERSON:Harry" },
  { "The story Harry told was true, and the story Reuters reported was denied.", "PERSON:Harry | ORG:Reuters" },
  /* A sentence's first word naming a kind of work is no part of the
   * title in title case after it; a title that opens with such a word
   * and a function word keeps it. */
  { "Drama Sex And The City won again, said critics.", "MISC:Sex And The City" },
  { "Song For Whoever was a hit for the band, said critics.", "MISC:Song For Whoever" },
  /* A name the tagger reads before a plural verb is an organisation
   * (British usage: a band, a club), and a name of two words a cue made
   * one is one at its other mentions. */
  { "Kasabian are on tour, and Kasabian have a new album.", "ORG:Kasabian | ORG:Kasabian" },
  { "The band Dolan Creek signed a deal. Dolan Creek will tour in May.", "ORG:Dolan Creek | ORG:Dolan Creek" },
  /* Not people in a list or after a preposition, not a plural noun
   * opening the sentence, not a person by a first name, not a place. */
  { "Smith and Whitfield were arrested, and the likes of Tom Brady are rare. If Garvey were here, he would laugh.",
    "PERSON:Smith | PERSON:Whitfield | PERSON:Tom Brady | PERSON:Garvey" },
  { "Officials were angry, and Graham Coxon and Damon Albarn were there.", "PERSON:Graham Coxon | PERSON:Damon Albarn" },
  { "But Europe were beaten in the final.", "LOC:Europe" },
  /* Line-ups: initials and surnames in a list are people, a surname
   * English writes in lowercase too ("P Rose") once the list is a
   * line-up, a particle kept ("J van Heerden"), a lone surname beside
   * them, brackets after a name skipped. */
  { "Hosts: T Kerrigan; M Quayle, J Barraclough, P Rose, D Okafor; L Whitcombe (capt), N Fairbairn.",
    "PERSON:T Kerrigan | PERSON:M Quayle | PERSON:J Barraclough | PERSON:P Rose | PERSON:D Okafor"
    " | PERSON:L Whitcombe | PERSON:N Fairbairn" },
  { "Visitors: J van Heerden, K Mbeki, Tshabalala, R Pienaar, S Oosthuizen.",
    "PERSON:J van Heerden | PERSON:K Mbeki | PERSON:Tshabalala | PERSON:R Pienaar | PERSON:S Oosthuizen" },
  { "The bill featured A Whitcombe, B Okafor and C Barraclough.",
    "PERSON:A Whitcombe | PERSON:B Okafor | PERSON:C Barraclough" },
  /* Not a lone name beside full names (a band among singers), not an
   * initial before an English word or a name in capitals, not a list of
   * places. */
  { "The singers on the bill were Tom Jones, Aerosmith, Diana Ross and Elton John.",
    "PERSON:Tom Jones | ORG:Aerosmith | PERSON:Diana Ross | PERSON:Elton John" },
  { "He formed S Club in 1999, and the G Force team won.", "ORG:S Club | ORG:G Force" },
  /* E coli is a bacterium, no organisation; cities bidding to host are
   * the cities.  Both known gaps: the tagger calls them organisations,
   * and a city it reads so is taken for its club (rules.c). */
  { "US Airways, UK Online and E Coli made the news.", "ORG:US Airways | ORG:UK Online",
    "a tagger that leaves a bacterium's name alone (E Coli ORG)" },
  { "Leeds, Sheffield, Hull and Grimsby all bid for the games.", "GPE:Leeds | GPE:Sheffield | GPE:Hull | GPE:Grimsby",
    "a city the tagger calls an organisation outside a sport report to stay the city (all four ORG)" },
  /* Products and awards by their names (product-names.tsv) are MISC,
   * not their maker (companies.tsv hints Linux and Xbox as brands) nor a
   * person, the longest name first ("Xbox Live"). */
  { "Most of the bank's servers now run Linux, and Linux software costs it nothing.", "MISC:Linux | MISC:Linux" },
  { "The game can be played over Xbox Live on the Xbox, and on the GameCube next year.",
    "MISC:Xbox Live | MISC:Xbox | MISC:GameCube" },
  { "She won an Oscar in 2002 and two Baftas, and the Bafta for best actress went to Judi Dench.",
    "MISC:Oscar | MISC:Baftas | MISC:Bafta | PERSON:Judi Dench" },
  /* A listed product's last word in capitals is the product alone too,
   * in the document that names it. */
  { "The DS sold well. Nintendo said the DS had two screens, and the Nintendo DS costs £99.",
    "MISC:DS | ORG:Nintendo | MISC:DS | MISC:Nintendo DS" },
  /* Not a listed name inside a longer one, not an award's name before a
   * verb (a person). */
  { "The Linux Foundation hired staff, and Oscar Wilde's play opened in Dublin.",
    "ORG:Linux Foundation | PERSON:Oscar Wilde | GPE:Dublin" },
  { "Oscar said he would stay at the club.", "PERSON:Oscar" },
  { "Bafta's chairman said the Bafta for best game was a surprise.", "ORG:Bafta | MISC:Bafta" },
  /* In a sentence about games or films (product-names.tsv kind
   * marks-title, or a product named), a title's number and its subtitle
   * after a colon are the title's, its lowercase words and a leading
   * "The" kept, a product after it not. */
  { "The shooter Quake 4 sold well, and its rival Far Cry 2 was delayed, said analysts.",
    "MISC:Quake 4 | MISC:Far Cry 2" },
  { "Gamers queued for Half-Life 2: Episode One and the sequel The Godfather: The Game on the Xbox.",
    "MISC:Half-Life 2: Episode One | MISC:The Godfather: The Game | MISC:Xbox" },
  { "If you liked the game, try Gears of Steel 2, Dune 2 and Knights of the Old Kingdom 3.",
    "MISC:Gears of Steel 2 | MISC:Dune 2 | MISC:Knights of the Old Kingdom 3" },
  /* Not a body's head and its number, a score, a date, a count, an
   * acronym's channel, nor where nothing speaks of games or films. */
  { "The film crew hired Group 4 guards.", "ORG:Group 4" },
  { "The game ended Arsenal 2 Chelsea 1.", "ORG:Arsenal | ORG:Chelsea" },
  { "Released 9 March on PC, the game costs £30.", "" },
  { "The film opened on May 5, and Apple 2 days later cut prices.", "ORG:Apple" },
  { "The film was shown on BBC 3 in May.", "ORG:BBC 3" },
  { "The firm Quake 4 said sales rose.", "ORG:Quake 4" },
  /* A possessive inside a title after its own lowercase or function
   * word goes on ("Bill and Ted's Excellent Adventure"); after the run's
   * first word it is an owner or a clause, no title. */
  { "Critics praised the comedy Tom and Jerry's Last Picnic on Friday.", "MISC:Tom and Jerry's Last Picnic" },
  { "She sang the song Do They Know It's Spring at the concert.", "MISC:Do They Know It's Spring" },
  { "They said It's Christmas was a hit.", "" },
  /* A listed name inside a longer title is the title's word; names over
   * every capitalised word, or a listed place ending it after "in" or
   * "from", are no title. */
  { "His debut film Hotel Kigali won a prize, and the series Canadian Mom was cancelled.",
    "MISC:Hotel Kigali | MISC:Canadian Mom" },
  { "The documentary BBC Scotland made was shown.", "ORG:BBC Scotland" },
  { "The charity single Band Aid 20 in Edinburgh was recorded on Friday.", "ORG:Band Aid 20 | GPE:Edinburgh" },
  { "The film The Cold Sea from Spain won the prize.", "MISC:The Cold Sea | GPE:Spain" },
  /* A subtitle after a title's colon is the title's; a clause after the
   * colon is not. */
  { "The film Rogue Squadron: Rebel Strike was delayed.", "MISC:Rogue Squadron: Rebel Strike" },
  { "She reviewed the film Closer: The acting was superb.", "MISC:Closer" },
  { "He praised the film Closer: Jude Law was superb in it.", "MISC:Closer | PERSON:Jude Law",
    "a person after a film's colon, which the rule for games' subtitles takes in (Closer: Jude Law)" },
  /* "for" and words the tagger alone calls an organisation are the
   * title's own; a listed channel after "for" is not (rows above). */
  { "The band's album Songs for the Lost Ones, which won a prize, sold well.", "MISC:Songs for the Lost Ones" },
  /* A person's shape after a work's noun, closed by a mark, is the
   * title, and names its other mentions; a clause about a person after
   * it is not ("made", ", who"). */
  { "Imelda Staunton played Nellie in Mike Leigh's latest film Vera Drake, which won the Golden Lion. She said Vera "
    "Drake was the highlight of her career.",
    "PERSON:Imelda Staunton | PERSON:Nellie | PERSON:Mike Leigh | MISC:Vera Drake | MISC:Golden Lion | MISC:Vera Drake" },
  { "It is the film Tom Cruise made in 2004. Tom Cruise was pleased.", "PERSON:Tom Cruise | PERSON:Tom Cruise" },
  { "In the film Tom Cruise, who plays a hitman, is cold.", "PERSON:Tom Cruise" },
  { "He watched the film Tom Cruise made.", "PERSON:Tom Cruise" },
  { "She starred in the film Maria Full of Grace, which won.", "MISC:Maria Full of Grace" },
  /* An act's possessive and a title in sentence case in a document
   * that speaks of works; not with no work named, not a party's
   * people, nor a body's name with its head. */
  { "The poll's winner beat Jamie Cullum's Twenty and Something in second place in the album chart.",
    "PERSON:Jamie Cullum | MISC:Twenty and Something" },
  { "The album sold well, unlike Kate Bush's Hounds of Love at first.", "PERSON:Kate Bush | MISC:Hounds of Love" },
  { "Labour's Home and Away policy was launched.", "ORG:Labour" },
  { "The album was a hit. Martin Scorsese's Aviator and the Matrix films won.", "PERSON:Martin Scorsese | MISC:Matrix" },
  { "The album was a hit. Labour's Tony Blair and Gordon Brown spoke.",
    "ORG:Labour | PERSON:Tony Blair | PERSON:Gordon Brown" },
  { "The album was a hit. Tesco's Bank of Scotland deal fell through.", "ORG:Tesco | ORG:Bank of Scotland" },
  /* Four names alone after a work's noun are no title closed by its
   * mark: a title and a person run together. */
  { "Spike Lee films include Malcolm X. Attallah Shabazz, his daughter, said so.",
    "PERSON:Spike Lee | MISC:Malcolm X | PERSON:Attallah Shabazz",
    "a sentence's end after a title's one-letter word (Malcolm X. Attallah Shabazz one PERSON, never MISC)" },
#include "cases-works15.h"
#include "cases-works16.h"
#include "cases-works18.h"
#include "cases-works22.h"
#include "cases-works26.h"
#include "cases-works27.h"
#include "cases-works28.h"
#include "cases-works29.h"
#include "cases-events28.h"
#include "cases-events30.h"
#include "cases-titles16c.h"
#include "cases-mend16b.h"
#include "cases-awards15.h"
#include "cases-titles25.h"
};

ENTITY_CASES_MAIN ("works", cases, entity_render_plain)
