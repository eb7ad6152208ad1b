/* test-entities-votes.c: the entities stage's document-level decisions
 * (issue 24's classes: companies by what the text says of them at any
 * mention, an organisation's later mentions, a club named after its
 * city, a city under another spelling), each with sentences next to it
 * where it must not fire.  All
 * sentences written here. */
#include "entity-cases.h"

static const EntityCase cases[] = {
  /* ATT&CK's threat actors named by a word or a title are names only in
   * a story of computer security (cues.tsv kind `cyber`); a code with a
   * digit is one anywhere. */
  { "Play resumed after lunch. Snake was the winner at the zoo show.", "" },
  { "The novel Cloud Atlas sold well, and Violet Typhoon was a hit in Leeds.", "GPE:Leeds country=United Kingdom" },
  { "Hackers from the group Play stole data, the ransomware gang said. Snake was found too.",
    "THREAT_ACTOR:Play kb=attack:G1040 country= | THREAT_ACTOR:Snake=Turla kb=attack:G0010 country=Russia" },
  { "APT28 was named in the report on the election.", "THREAT_ACTOR:APT28 kb=attack:G0007 country=Russia" },
  { "Officials said Turla hackers broke into the ministry.", "THREAT_ACTOR:Turla kb=attack:G0010 country=Russia" },
  /* A company by what it has ("chief operating officer"), decided at
   * every mention of it, whatever the tagger made of the others. */
  { "Vexcom's chief operating officer, Anil Reddy, left in May. Critics say Vexcom should sell. Vexcom now says it may sell.",
    "ORG:Vexcom | PERSON:Anil Reddy role=chief operating officer role_org=Vexcom | ORG:Vexcom | ORG:Vexcom" },
  /* A name, a comma and "the ... network": a company, at its other
   * mentions too. */
  { "Telmora, the new network, starts in May. Telmora will offer cheap calls.", "ORG:Telmora | ORG:Telmora" },
  /* A person's stake is his: after the person's full name, after an
   * honorific; nor "his stake", nor a person's "said its". */
  { "Malcolm Glazer bought more shares. Glazer's stake in the club grew. Mr Hicks's stake in the club is smaller.",
    "PERSON:Malcolm Glazer | PERSON:Glazer=Malcolm Glazer | PERSON:Hicks" },
  { "He raised his stake in the club. Blair said its shares were too cheap.", "PERSON:Blair" },
  /* A city's shares are a place's. */
  { "London's shares of the budget grew, the mayor said.", "GPE:London country=United Kingdom" },
  /* No company by apposition where the noun is a person's trade too, or
   * where it owns what follows. */
  { "Smith, the insurance broker, said so. Paris, the firm's home, is busy.",
    "PERSON:Smith | GPE:Paris country=France" },
  /* An organisation tagged once is found where the same words come
   * again, and its head in capitals alone. */
  { "The telecoms firm NKT Wholesale plans a trial. Rivals will watch NKT Wholesale's trial. "
    "For NKT Wholesale, the chief said, costs matter. NKT is ahead of them.",
    "ORG:NKT Wholesale | ORG:NKT Wholesale | ORG:NKT Wholesale | ORG:NKT" },
  /* Its head no list knows, alone, where the tagger made it a person. */
  { "Broadband group Norvana Online will cut prices. Later Norvana Online said more. Norvana is big.",
    "ORG:Norvana Online | ORG:Norvana Online | ORG:Norvana" },
  { "Vantiq Systems said profits rose. Vantiq said it would hire. Analysts at Vantiq Systems agreed.",
    "ORG:Vantiq Systems | ORG:Vantiq | ORG:Vantiq Systems" },
  /* The same words the tagger called a person once. */
  { "Malvex Energy said profits rose. Shares in Malvex Energy fell. Malvex said it would hire.",
    "ORG:Malvex Energy | ORG:Malvex Energy | ORG:Malvex" },
  /* Not a head that is a person's surname in the document, nor a first
   * name. */
  { "The Kelso Academy opened. Later Rafael Kelso spoke. Kelso said he was pleased.",
    "ORG:Kelso Academy | PERSON:Rafael Kelso | PERSON:Kelso=Rafael Kelso" },
  { "Shares in Alan Media rose. Alan said he was pleased.", "ORG:Alan Media | PERSON:Alan" },
  /* A person named in full, then by the first name alone: the person,
   * not the place the tagger saw without a surname.  Not a first name
   * two people share, a place or a club the lists or a result name, nor
   * another person's surname. */
  { "Sonia O'Sullivan won the race in Cork. Our beloved Sonia scraped into the final. At least Sonia ran.",
    "PERSON:Sonia O'Sullivan | GPE:Cork country=Ireland | PERSON:Sonia=Sonia O'Sullivan"
    " | PERSON:Sonia=Sonia O'Sullivan" },
  { "Sonia O'Sullivan met Sonia Gandhi. Our beloved Sonia scraped into the final.",
    "PERSON:Sonia O'Sullivan | PERSON:Sonia Gandhi | PERSON:Sonia" },
  { "Paris Hilton flew to Paris on Monday.", "ORG:Paris Hilton | GPE:Paris country=France" },
  { "Chelsea Clinton watched the game. Chelsea won 2-0 at home.", "PERSON:Chelsea Clinton | ORG:Chelsea" },
  { "Jack Straw met Gordon Jack. Jack said no.", "PERSON:Jack Straw | PERSON:Gordon Jack | PERSON:Jack=Gordon Jack" },
  /* A club named after its city in a sport document: a plural verb, "and"
   * another club, after a result word or "against". */
  { "Leicester beat Bath 21-10 on Saturday. Leicester say they will not be rushed into a bid.",
    "ORG:Leicester | ORG:Bath | ORG:Leicester" },
  { "The home side won 20-3. Leicester and Saracens are believed to want him.", "ORG:Leicester | ORG:Saracens" },
  { "The home side won 20-3. Their next game is against Leicester.", "ORG:Leicester" },
  /* A club of a plural English word opening a result: a known gap. */
  { "Wasps won 20-3 at home.", "ORG:Wasps", "a club named by a plural English word (Wasps) opening a result with a"
    " score, which no rule names now" },
  /* Not the city's singular, its place, its mayor; not without a sport
   * document; not two cities; not a country's side. */
  { "The home side won 20-3. Leicester is a city in the Midlands. He lives in Leicester. Leicester's mayor spoke.",
    "GPE:Leicester country=United Kingdom | LOC:Midlands | GPE:Leicester country=United Kingdom"
    " | GPE:Leicester country=United Kingdom" },
  { "Leicester are to get a new bypass, the council said.", "GPE:Leicester country=United Kingdom" },
  { "The home side won 20-3. London and Paris are bidding for the Games.",
    "GPE:London country=United Kingdom | GPE:Paris country=France | MISC:Games" },
  { "Ireland beat France 20-10. Ireland are top of the table.",
    "GPE:Ireland kb=iso3166:IE | GPE:France kb=iso3166:FR | GPE:Ireland kb=iso3166:IE" },
  /* A city under its English name where GeoNames' own is another
   * spelling (cities.tsv from libgeonames-common's catalogue): Seville
   * is Sevilla, one GPE with its identifier. */
  { "The final was played in Seville, and a Seville crowd cheered.",
    "GPE:Seville kb=geonames:2510911 country=Spain | GPE:Seville kb=geonames:2510911 country=Spain" },
  { "He flew from Gothenburg to Basra.",
    "GPE:Gothenburg kb=geonames:2711537 country=Sweden | GPE:Basra kb=geonames:99532 country=Iraq" },
  /* Both ends of a route between places the lists know are places,
   * whatever organisation the tagger read; not in a sport report, where
   * a move from one city's club to another's is meant. */
  { "Flights from Seville to Aarhus were cancelled.",
    "GPE:Seville kb=geonames:2510911 country=Spain | GPE:Aarhus kb=geonames:2624652 country=Denmark" },
  { "The home side won 20-3. His move from Seville to Aarhus was confirmed.", "ORG:Seville | ORG:Aarhus" },
  /* The document's score is looked for once (Scan.has_score), not at
   * each route: a route again later is a place again, and a score after
   * the route still makes it a sport report. */
  { "Trains from Leeds to York were cancelled. Analysts at Zorblax Capital cut forecasts. Trains from Leeds to York "
    "were late.",
    "GPE:Leeds country=United Kingdom | GPE:York country=United Kingdom | ORG:Zorblax Capital"
    " | GPE:Leeds country=United Kingdom | GPE:York country=United Kingdom" },
  { "Trains from Leeds to York were cancelled. York won 3-1 on Saturday.",
    "ORG:Leeds | GPE:York country=United Kingdom | GPE:York country=United Kingdom" },
  /* Nor a move's sentence (cues.tsv's transfer) where the document
   * names a player by position (player); a move or a fee alone is no
   * club's. */
  { "The midfielder moved from Newcastle to Chelsea last summer for 10m pounds.", "ORG:Newcastle | ORG:Chelsea" },
  { "He moved from Leeds to York in 1990 to teach.",
    "GPE:Leeds country=United Kingdom | GPE:York country=United Kingdom" },
  { "Trains from Leeds to York were cancelled, and the fee for parking rose.",
    "GPE:Leeds country=United Kingdom | GPE:York country=United Kingdom" },
  /* No first name is a city's other spelling (Larissa for Larisa), and
   * a city's own name keeps its claim against another's English one
   * (Kochi in Japan, not Cochin's). */
  { "Larissa, 19, is a student. Her father said Larissa was happy.", "PERSON:Larissa | PERSON:Larissa" },
  { "He leaves his wife Anne, daughter Larissa and son Tom.", "PERSON:Anne | PERSON:Larissa | PERSON:Tom" },
  { "Floods hit Kochi on Monday.", "GPE:Kochi kb=geonames:1859146 country=Japan" },
  /* "operating" is a company's only before what a company has ("chief
   * operating officer", "operating profit", "operating income"), not
   * before a person's list, rules or theatre; a full name with a first
   * name the lists hint stays a person's. */
  { "Dr Khan's operating list was cut, Khan said.", "PERSON:Khan | PERSON:Khan" },
  { "Warren Buffett's operating rules are simple. Mr Smith's operating theatre was closed.",
    "PERSON:Warren Buffett | PERSON:Smith" },
  { "Dravex's operating profit rose. Brantix's operating losses grew, and Corvane's operating income fell.",
    "ORG:Dravex | ORG:Brantix | ORG:Corvane" },
  { "Kerry's loss in Ohio hurt the Democrats. Tom Hanks's income rose.",
    "PERSON:Kerry | GPE:Ohio kb=iso3166-2:US-OH country=United States | NORP:Democrats | PERSON:Tom Hanks" },
  /* A family's plural after "the" is its people (CoNLL's "Kennedys"
   * PER), not a band's or a club's of English words, nor a team's named
   * after its founder. */
  { "The Kennedys were at the funeral.", "PERSON:Kennedys" },
  { "The Beckhams were in Madrid. Williams were fastest in practice, and Ferrari were second.",
    "PERSON:Beckhams | GPE:Madrid country=Spain | ORG:Williams | ORG:Ferrari" },
  { "The Smiths were formed in Manchester. The Strokes are on tour.",
    "ORG:Smiths | GPE:Manchester country=United Kingdom | ORG:Strokes" },
  /* A surname the document names a person by; not a place's plural
   * (regions.tsv: "Dakota", "Carolina") nor a first name's alone
   * ("Hollie", "Steven"): the tagger's label stays, neither a family
   * nor a band by the verb. */
  { "Paolo Brunetto spoke. The Brunettos were at the funeral.", "PERSON:Paolo Brunetto | PERSON:Brunettos" },
  { "Snow fell overnight and the Dakotas were worst hit.", "MISC:Dakotas" },
  { "Storms moved north and the Carolinas were placed on alert.", "MISC:Carolinas" },
  { "In the sixties the Hollies were one of the biggest bands. Fans said the Stevens were the best act.",
    "MISC:Hollies | MISC:Stevens" },
  /* The tagger's organisation once is not spread to the mentions of a
   * person the document marks so, a kind of person before it (votes.c,
   * links.c: on BBC, "US rapper Snoop Dogg" no longer makes his later
   * mentions organisations).  Known gaps: the tagger's organisation
   * right after the kind of person. */
  { "Rapper Fizzy Dogg cancels tour. US rapper Fizzy Dogg has cancelled his tour of Europe. Fans of Fizzy Dogg "
    "were angry.",
    "PERSON:Fizzy Dogg role=Rapper | GPE:US=United States kb=iso3166:US | PERSON:Fizzy Dogg | LOC:Europe"
    " | PERSON:Fizzy Dogg",
    "the tagger's organisation after a kind of person (\"US rapper X\": ORG) to be the person" },
  { "Rapper Zolto has a new album. Zolto's album sold well, and fans of Zolto queued.",
    "PERSON:Zolto role=Rapper | PERSON:Zolto | PERSON:Zolto",
    "a kind of person opening the tagger's organisation (\"Rapper Zolto\") to be the person's role" },
  /* The person mark is asked once a run (votes.c), not at each repeat:
   * every mention of a run marked once stays the person's. */
  { "Rapper Zolto Capital has a new album. Fans of Zolto Capital queued. US rapper Zolto Capital spoke. Zolto "
    "Capital said so.",
    "PERSON:Zolto Capital | PERSON:Zolto Capital | GPE:US=United States kb=iso3166:US | PERSON:Zolto Capital"
    " | PERSON:Zolto Capital" },
  /* A body named in full, then by its head noun alone after "the": the
   * same organisation (votes.c, vote_heads()), where the tagger made
   * the noun a person. */
  { "The European Court ruled on Monday. The Court is expected to decide soon.",
    "ORG:European Court | ORG:Court" },
  { "The Conservative Party met. Any damage to the Party worried him.", "ORG:Conservative Party | ORG:Party" },
  { "The Council of Ministers met. The parliament would reject the Council's version.",
    "ORG:Council of Ministers | ORG:Council" },
  { "The Office for National Statistics said prices rose. The Office said food led the rise.",
    "ORG:Office for National Statistics | ORG:Office" },
  /* Not with no body of that head named in full; not a word of the
   * tagger's organisation that opens with a first name; not the head
   * opening its own longer name, nor before "of"; not in lowercase.  ("The
   * Academy is a school": an organisation by its predicate,
   * vote_evidence(), not by this vote.) */
  { "He won an Academy Award. The Academy is a school in Leeds.",
    "MISC:Academy Award | ORG:Academy | GPE:Leeds country=United Kingdom" },
  { "Margaret Court won. The Court family was there.", "PERSON:Margaret Court | PERSON:Court",
    "the tagger's ORG for a first name before a body's head (Margaret Court ORG, the family's Court lost)" },
  { "The Bank of England kept rates. The Bank of Mexico cut them.", "ORG:Bank of England | ORG:Bank of Mexico" },
  { "The Kelso Academy opened. The Academy Awards are in March.", "ORG:Kelso Academy | MISC:Academy Awards" },
  { "The Lanark Trust paid. Money from the trust helped.", "ORG:Lanark Trust" },
  /* A common word in a heading all in capitals is no name, even where a
   * list holds it as an acronym ("WHO"), unless the document names the
   * body outside the heading (votes.c, drop_capital_headings()). */
  { "THE STARS WHO LEFT EMPTY-HANDED While many films won, some did not.", "" },
  { "TOO FAST TOO FURIOUS was released.", "" },
  /* Not where the document writes the acronym or its full name outside
   * the heading; not a listed place ("US"); not outside a heading ("The
   * WHO met"), nor in one of two capitals words. */
  { "The WHO said flu spread. WHO WARNS OF FLU SPREAD was the headline.",
    "ORG:WHO=World Health Organization kb=wikidata:Q7817 | ORG:WHO=World Health Organization kb=wikidata:Q7817" },
  { "The World Health Organization met. WHO WARNS OF FLU SPREAD was the headline.",
    "ORG:World Health Organization kb=wikidata:Q7817 | ORG:WHO=World Health Organization kb=wikidata:Q7817" },
  { "ORIOLES BEAT THE ANGELS. The Baltimore Orioles won on Sunday.",
    "ORG:ORIOLES | ORG:Baltimore Orioles" },
  { "US TROOPS LEAVE IRAQ, the paper said.",
    "GPE:US=United States kb=iso3166:US | GPE:IRAQ=Iraq kb=iso3166:IQ" },
  { "IT firms grew. The WHO met in Geneva.",
    "ORG:WHO=World Health Organization kb=wikidata:Q7817 | GPE:Geneva country=Switzerland" },
  /* Nor the tagger's organisation in a sport report's heading
   * (review-ent13); but a company's name that is an English word is the
   * word there (review-last13: "BOOTS ON THE GROUND"). */
  { "BOOTS ON THE GROUND IN IRAQ\n\nMore soldiers arrived on Monday.", "GPE:IRAQ=Iraq kb=iso3166:IQ" },
  { "ARSENAL WIN AT HOME AGAIN\n\nThe Gunners won 2-1.", "ORG:ARSENAL | ORG:Gunners" },
  { "THE STARS WHO WON 2-1 AGAIN\n\nThe side won 2-1 at home.", "" },
#include "cases-evidence15.h"
#include "cases-docs16.h"
#include "cases-unknown18.h"
#include "cases-deities21.h"
#include "cases-headings22.h"
#include "cases-people27.h"
#include "cases-people28.h"
#include "cases-people30.h"
#include "cases-names31.h"
};

ENTITY_CASES_MAIN ("votes", cases, entity_render)
