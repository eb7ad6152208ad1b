/* test-entities-companies.c: companies the lists do not know, told by
 * the words beside them, and their products' models (issue 24's classes
 * from the held-out judges: a maker and its model's code cut apart, a
 * model's edition read as a company, a company a spokeswoman speaks for
 * read as a person), each with sentences next to it
 * where the rule must not fire.  All sentences written here. */
#include "entity-cases.h"

static const EntityCase cases[] = {
  /* Media by what the text says of them: a publication after "told the"
   * whose first word may open a title ("Financial"), not the title
   * itself; a broadcaster in capitals before "broadcasts", "coverage"
   * (cues.tsv broadcast-after), at its other mentions too; not a run,
   * an event, a place or a name with a digit there. */
  { "A spokeswoman told the Financial Times on Monday that it was true.", "ORG:Financial Times" },
  { "They told the Foreign Affairs Committee so.", "ORG:Foreign Affairs Committee" },
  { "The firm was adding captioning for Reuters, CNN and BSkyB broadcasts.", "ORG:Reuters | ORG:CNN | ORG:BSkyB" },
  { "Google indexes C-SPAN coverage of Congress. It has shows from C-SPAN since May.",
    "ORG:Google | ORG:C-SPAN | ORG:Congress | ORG:C-SPAN" },
  { "The Olympics coverage was poor. The FA Cup coverage starts. US coverage was weak.",
    "MISC:Olympics | MISC:FA Cup | GPE:US" },
  { "The F1 coverage moved. Smith broadcasts weekly.", "PERSON:Smith" },
  /* A maker and a code of letters and digits are one product, whatever
   * the tagger made of the maker; four digits after its organisation
   * too. */
  { "Shoppers queued for the Nokia 6600 and the Orange E200 on Friday.",
    "MISC:Nokia 6600 | MISC:Orange E200" },
  { "Motorola said the Motorola V600 would sell well.", "ORG:Motorola | MISC:Motorola V600" },
  /* A model's edition in roman numerals is the product's, not a
   * company's; a person's or a war's keeps its label. */
  { "Handhelds such as the XDA II are selling well.", "MISC:XDA II" },
  { "Pope John Paul II met Queen Elizabeth II after World War II ended.",
    "PERSON:John Paul II | PERSON:Elizabeth II | MISC:World War II" },
  /* Near: a count, a share or a year after a company; a postcode
   * after a city; a letter after a name. */
  { "Kelvar Dynamics said the Kelvar 2400 workers would strike.", "ORG:Kelvar Dynamics | ORG:Kelvar" },
  { "Tesco said 2004 profits rose, and Tesco 1500 staff got a bonus.", "ORG:Tesco | ORG:Tesco",
    "a number after a company the lists hint is read as its model's, whatever follows" },
  { "The shop in London SW1 was sold to a chain owned by Tesco.", "GPE:London | ORG:Tesco" },
  { "Henry VIII married six times.", "PERSON:Henry VIII" },
  /* The body a spokesman, an analyst or an economist speaks for
   * (cues.tsv kind speaks-for) is an organisation, at every mention;
   * a name the tagger began a word late is whole. */
  { "A spokeswoman for Tarvex declined to comment. Tarvex said sales rose.", "ORG:Tarvex | ORG:Tarvex" },
  { "Prices will fall, said an analyst at Brenmoor Research.", "ORG:Brenmoor Research" },
  { "Lin Wu, a spokesman for the State Fisheries Control Bureau, said no.",
    "PERSON:Lin Wu | ORG:State Fisheries Control Bureau" },
  /* A name and its acronym of one word (in capitals, or a capital and
   * lowercase letters) agree on an organisation. */
  { "A spokeswoman for Kat declined to comment. The ban hits Kestrel Amber Tarrow, which plans a factory.",
    "ORG:Kat | ORG:Kestrel Amber Tarrow" },
  /* Near: a word whose letters are no name's initials keeps its label;
   * an acronym no rule found leaves the name's. */
  { "A spokeswoman for Kat declined to comment, and Kim Amber Tate agreed.",
    "ORG:Kat | PERSON:Kim Amber Tate" },
  /* What only a company has, then "of": "chief executive of X". */
  { "Ann Lee, chief executive of Wendrop, said so.", "PERSON:Ann Lee | ORG:Wendrop" },
  /* Near: a name that modifies a noun after "of". */
  { "He was chairman of the Tarvish government.", "MISC:Tarvish" },
  /* Near: a person spoken for, by name, title or honorific; a place
   * the lists know; a name before a place's head or an adjective. */
  { "A spokesman for Tony Blair said no, and a spokesman for Mr Howard agreed.",
    "PERSON:Tony Blair | PERSON:Howard" },
  { "A spokesman for Downing Street said no, and an economist at Oxford agreed.",
    "LOC:Downing Street | GPE:Oxford" },
  { "A spokesman for Heathrow airport said the Tutsi-dominated army had left.", "LOC:Heathrow | MISC:Tutsi-dominated" },
  /* The groups of finance ministers and leaders are in
   * organisations.tsv with their hyphened forms. */
  { "Finance ministers of the G8 met before the G-20 talks.", "ORG:G8 | ORG:G-20" },
  /* A function word opening a quotation or what follows a colon opens
   * a sentence, and no organisation's name. */
  { "It added: \"The Tarlow Party will win.\" Then: If Parliament agrees, it passes.",
    "ORG:Tarlow Party | ORG:Parliament" },
  /* Near: a name that starts with "The" mid-sentence is left to the
   * tagger and the lists; a capitalised word in capitals is a
   * headline's. */
  { "She reads The Times daily, and said \"THE BANK is shut\".", "ORG:The Times | ORG:THE BANK" },
  /* "and" between two companies the lists hint whole, or before the
   * words an acronym in brackets stands for, joins two names. */
  { "Fiat and General Motors have until Friday.", "ORG:Fiat | ORG:General Motors" },
  { "Talks between Kelmor and Brantley Motors (BM) ended.", "ORG:Kelmor | ORG:Brantley Motors | ORG:BM" },
  /* Near: one name with "and" inside, its acronym of both sides, or a
   * second side no list hints. */
  { "The Tarn Internet and Coastal Life Project (TICLP) said so.",
    "ORG:Tarn Internet and Coastal Life Project | ORG:TICLP" },
  { "Procter and Gamble Holdings rose.", "ORG:Procter and Gamble Holdings" },
  { "Talks between Samsung Electronics and Sony ended.", "ORG:Samsung Electronics | ORG:Sony" },
  { "The International Federation of the Red Cross and Red Crescent Societies said so.",
    "ORG:International Federation of the Red Cross and Red Crescent Societies" },
  /* Two bodies each with its head, the second "HEAD of X". */
  { "Shares in Tarrow Merchant Bank and Bank of Kelvia rose.", "ORG:Tarrow Merchant Bank | ORG:Bank of Kelvia" },
  { "The Securities and Exchange Commission said so. Investors Bank and Trust rose.",
    "ORG:Securities and Exchange Commission | ORG:Investors Bank and Trust" },
  /* Film and music companies' heads (cues.tsv org-head: pictures,
   * studios, records). */
  { "Sony Pictures said its films sold well. The band left Tarrow Records and recorded at Kelby Studios.",
    "ORG:Sony Pictures | ORG:Tarrow Records | ORG:Kelby Studios" },
  /* Near: the word alone opening a sentence. */
  { "Pictures show the damage.", "" },
  /* A sentence's first word alone, English's lowercase word, before a
   * lowercase noun it modifies, named nowhere else, is no name; one the
   * lists hint as a surname only where the document writes it in
   * lowercase too. */
  { "Rock star Ozzy Osbourne was hurt at a rock concert. Feta cheese is white.", "PERSON:Ozzy Osbourne" },
  { "Lee made the film in Texas.", "PERSON:Lee | GPE:Texas" },
  /* Near: a plural (a band's or a team's name), a word before a verb
   * in "s" or "ed", a word the document capitalises inside a sentence,
   * a company the lists hint. */
  { "Oasis singer Liam Gallagher was fined. Rovers took the lead.",
    "ORG:Oasis | PERSON:Liam Gallagher | ORG:Rovers" },
  { "He bought shares in Lantern. Lantern staff left.", "ORG:Lantern | ORG:Lantern" },
  /* Whatever follows, a sentence's first word alone, English's, that
   * nothing else names, before the sentence's lowercase words (issue 24:
   * "Much" ORG, "Can" ORG). */
  { "Much of northern Kelvia has been shivering under snow. Can prices in the region really be halved?",
    "LOC:Kelvia" },
  /* Near: one of a pair of names, a side in a result, CoNLL's one-word
   * body (institutions.tsv). */
  { "Lantern and Meadow are seeded in the cup draw. Lantern v Meadow. Treasury officials said so.",
    "ORG:Lantern | ORG:Lantern | ORG:Meadow | ORG:Treasury" },
  /* A name, a copula, an article and an organisation's noun ending the
   * phrase. */
  { "Lantor became a bank in 1990, and Tarvex is the first internet firm to list.", "ORG:Lantor | ORG:Tarvex" },
  /* Near: a noun before another noun or a possessive, a person's name
   * the lists know, a place. */
  { "Smith was a company director. Kell is the band's singer. John Smith is a firm believer.",
    "PERSON:Smith | PERSON:Kell | PERSON:John Smith" },
  /* Near: "firm" an adjective in a list of them; a comma and a
   * function word after the noun still end the phrase. */
  { "He said Kell was a firm, fair referee. Kell retired.", "PERSON:Kell | PERSON:Kell" },
  { "Tarrow was a firm, fair boss. Tarrow retired.", "PERSON:Tarrow | PERSON:Tarrow",
    "a surname alone the tagger leaves, at a sentence's start (none; no longer ORG)" },
  { "Tarvex is a firm, and it grew.", "ORG:Tarvex" },
  { "Paris is the city of light.", "GPE:Paris" },
  /* A name glued with "&" is one word (cleanup's tokens), never its
   * second letter alone; "R&D" and "Q&A" are nouns (cues.tsv). */
  { "Shares in AT&T rose, and the firm spent more on R&D.", "ORG:AT&T" },
  { "Like P&O and M&S, it held a Q&A at AT&T's offices.", "ORG:P&O | ORG:M&S | ORG:AT&T" },
  /* The name right before what only a company has (company-only), a
   * modifier allowed between, is the company's, at its other mentions
   * too. */
  { "Euronext chief executive Jean-Francois Theodore held talks. Rival suitor Euronext said so.",
    "ORG:Euronext | PERSON:Jean-Francois Theodore | ORG:Euronext" },
  { "Talks were held with Kazmir shareholders on Monday.", "ORG:Kazmir" },
  { "William Pike spokesman Rupert Adams said odds were cut at William Pike.",
    "ORG:William Pike | PERSON:Rupert Adams | ORG:William Pike" },
  /* Near: one who speaks for a first name and a surname that is no
   * English word, or for a first name alone, speaks for a person, at
   * every mention; "chairman" before a name still makes a company. */
  { "Anna Kowalski arrived on Monday. Anna Kowalski spokeswoman Liz Rosen said she was well.",
    "PERSON:Anna Kowalski | PERSON:Anna Kowalski | PERSON:Liz Rosen" },
  { "Madonna spokeswoman Liz Rosen said Madonna was resting.",
    "PERSON:Madonna | PERSON:Liz Rosen | PERSON:Madonna" },
  { "Peter Kell chairman Ann Lee said Peter Kell would grow.",
    "ORG:Peter Kell | PERSON:Ann Lee | ORG:Peter Kell" },
  /* Near: a field, a party's group, a person's spokesman named by
   * possessive, a spokesman with no name after. */
  { "Health spokesman Paul Burstow and Tory spokesman David Davis met.",
    "PERSON:Paul Burstow | NORP:Tory | PERSON:David Davis" },
  { "Tony Blair's spokesman Tom Kelly and a Tony Blair spokesman said no.",
    "PERSON:Tony Blair | PERSON:Tom Kelly | PERSON:Tony Blair" },
  /* Near: a person's name and "executive" as a modifier of another noun,
   * a title before the name, a place, a sentence's first English word,
   * a name with a first name and no officer after it. */
  { "Madonna executive producer of the film, said so.", "PERSON:Madonna" },
  { "Mr Green chairman of the board and John Smith chairman of Tesco met.",
    "PERSON:Green | PERSON:John Smith | ORG:Tesco" },
  { "The Paris chairman left. Company shareholders voted.", "GPE:Paris" },
  { "Tory chairman Liam Fox met Conservative chairman Ann Lee and PR executive Sarah Macaulay.",
    "NORP:Tory | PERSON:Liam Fox | PERSON:Ann Lee | PERSON:Sarah Macaulay" },
  /* A name before a kind of software or device (product-noun), or one
   * not in capitals before a kind of technology (tech-noun), is a
   * product at every mention. */
  { "He used Kazaa file-sharing software. Like Kazaa these trackers are shared.", "MISC:Kazaa | MISC:Kazaa" },
  { "It works with Visual Radio technology, and the Exeem software spreads.", "MISC:Visual Radio | MISC:Exeem" },
  /* Near: a policy's "program", a golf shot's "chip". */
  { "The Blair program of reform stalled. Blair insisted it worked.", "PERSON:Blair | PERSON:Blair" },
  { "A Smith chip shot won the game.", "PERSON:Smith" },
  /* Near: a name that speaks or owns elsewhere is the maker; a club's
   * player; a kind of person after the noun; an acronym before a kind
   * of technology is none of these (drop_tech_acronyms()). */
  { "Tarvex said its Tarvex software sold well.", "ORG:Tarvex | ORG:Tarvex" },
  { "A spokesman for Tarvex software said so.", "ORG:Tarvex" },
  { "Chelsea player John Terry met the BBC technology correspondent.",
    "ORG:Chelsea | PERSON:John Terry | ORG:BBC" },
  { "GPRS technology is old.", "" },
  /* Near: spaced, "&" joins the name as before. */
  { "Shares in Marks & Spencer and Procter & Gamble rose.", "ORG:Marks & Spencer | ORG:Procter & Gamble" },
  /* A brand, a fashion house or a company's part (company-acts.tsv
   * kind brand; brands.c): the name after an article or a possessive
   * and right before it is the company's, a person's shape too; a
   * place the lists know, a name no determiner opens, a person's
   * name elsewhere in the sentence keep theirs. */
  { "The group bought the Marta Velloni label last year.", "ORG:Marta Velloni" },
  { "The Dorvetti fashion house was founded in 1961.", "ORG:Dorvetti" },
  { "Its Karvanneft subsidiary was put up for auction.", "ORG:Karvanneft" },
  { "The firm's Zelmar unit lost money.", "ORG:Zelmar" },
  { "The firm sold its London unit and its French division.", "GPE:London | NORP:French" },
  { "Critics brand Tom Halvers a liar.", "PERSON:Tom Halvers" },
  /* ... nor a party's people: "division" is its quarrel too. */
  { "The Tory division over Europe grew.", "NORP:Tory | LOC:Europe" },
  { "Marta Velloni said the label would grow.", "PERSON:Marta Velloni" },
  /* A brand phrase in the plural names the companies listed right
   * after it, a person's shape too (company_brand_list()); a verb
   * ("brands"), an honorific, a kind of person keep people. */
  { "The group owns the cosmetics brands Sunny Pell and Gray Dorn.", "ORG:Sunny Pell | ORG:Gray Dorn" },
  { "It bought the labels Tom Velloni and Marsh last year.", "ORG:Tom Velloni | ORG:Marsh" },
  { "The fashion houses Dorvetti and Kelmar showed.", "ORG:Dorvetti | ORG:Kelmar" },
  { "The Kelmar haute-couture house opened.", "ORG:Kelmar" },
  { "The couture houses Pell and Dorn showed.", "ORG:Pell | ORG:Dorn" },
  { "He brands Tom Halvers a liar.", "PERSON:Tom Halvers" },
  { "The labels Mr Halvers owns sold well.", "PERSON:Halvers" },
  { "Rivals Tom Halvers and Bill Marsh spoke.", "PERSON:Tom Halvers | PERSON:Bill Marsh" },
  /* A list after a kind of company in the plural opening the sentence
   * is the kind's, as in the sentence's middle; a person listed stays
   * one, and a kind of person lists no companies. */
  { "Publishers such as Activex have cut jobs.", "ORG:Activex" },
  { "Retailers including Dunmore and Kelvo gained.", "ORG:Dunmore | ORG:Kelvo" },
  { "Publishers such as Tom Halvers spoke.", "PERSON:Tom Halvers" },
#include "cases-companies16c.h"
#include "cases-firms27.h"
#include "cases-heads28.h"
#include "cases-firms29.h"
};

ENTITY_CASES_MAIN ("companies", cases, entity_render_plain)
