/* test-entities.c: the entities stage through `assay run`, on sentences
 * written here: what it must find, with which label. */
#include "../../core/test-util.h"
#include "entity-cases.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

/* The cases the tagger of branch ent-tagger9 (the cue words' kinds,
 * the capitalised run, the lists two words off: eng.testa 90.6 -> 91.6,
 * the tagger alone) gets wrong where the model before it was right.
 * These sentences were written against that model: the same features as
 * before, retrained from other seeds (6 to 10), fail 9 of them too
 * (West Ham, Republic of Ireland, Qatar Open, Sky, Chelsea, Marks And
 * Spencer ...).  Branch ent-fix9 mended the rules for seven of them;
 * each left says why beside it. */
#define TAGGER9_PENDING "a tagger right on it by itself (ent-tagger9's model), or the rule its comment names"

static const EntityCase cases[] = {
  /* Titles give the role and a person; a later surname links to the full
   * name whatever its accents. */
  { "Foreign Minister Tomáš Dvořák said on Monday that Britain and France would act. Dvorak later met reporters.",
    "PERSON:Tomáš Dvořák role=Foreign Minister"
    " | GPE:Britain=United Kingdom kb=iso3166:GB"
    " | GPE:France kb=iso3166:FR"
    " | PERSON:Dvorak=Tomáš Dvořák" },
  /* Office holders the data knows, written without their accents. */
  { "Jan Lipavsky met Kaja Kallas and Antonio Guterres.",
    "PERSON:Jan Lipavsky=Jan Lipavský kb=wikidata:Q42402111"
    " | PERSON:Kaja Kallas kb=wikidata:Q11869065"
    " | PERSON:Antonio Guterres=António Guterres kb=wikidata:Q311440" },
  /* Aliases to one canonical, acronyms only in capitals. */
  { "Officials at NATO and the EU met in Brussels. Who called the meeting? WHO experts did.",
    "ORG:NATO kb=wikidata:Q7184"
    " | ORG:EU=European Union kb=wikidata:Q458"
    " | GPE:Brussels country=Belgium"
    " | ORG:WHO=World Health Organization kb=wikidata:Q7817" },
  /* A place whose name two hinting lists give (Kent the county, Kent in
   * Washington) keeps its label but neither link nor country. */
  { "Roads in Kent and Norfolk were closed.",
    "GPE:Kent | GPE:Norfolk",
    /* "Roads" opening the sentence is a plural noun the new tagger
     * calls an organisation: nothing but its guess says it is none (Kent
     * after "in" is the county now). */
    TAGGER9_PENDING },
  /* A place the tagger found on a town's name GeoNames lists faintly is
   * the town where some word of it is no English word; a district or
   * region of English words stays a place of its own. */
  { "Police in East Kilbride said the man was held. The show moved to the West End, near Canary Wharf.",
    "GPE:East Kilbride kb=geonames:2650405 country=United Kingdom | LOC:West End | LOC:Canary Wharf" },
  /* After "in" a place the lists hint is the place, whatever organisation
   * the tagger read; a name they do not hint as a place stays. */
  { "It rained in Kent. Mr Straw told activists in Blackburn so, and shares in Tesco rose.",
    "GPE:Kent | PERSON:Straw | GPE:Blackburn kb=geonames:2655524 country=United Kingdom | ORG:Tesco" },
  /* A park is a place, no town (cues.tsv loc-head); a first name before
   * "Park" is a person's. */
  { "Thousands marched through Hyde Park on Saturday. The festival moved to Finsbury Park. Grace Park won the title. "
    "Mr Park said the firm would grow.",
    "LOC:Hyde Park | LOC:Finsbury Park | PERSON:Grace Park | PERSON:Park=Grace Park" },
  /* Case, apostrophes: People’s = People's. */
  { "Czechia blamed the PRC, and the People’s Republic of China denied it.",
    "GPE:Czechia=Czech Republic kb=iso3166:CZ"
    " | GPE:PRC=China kb=iso3166:CN"
    " | GPE:People’s Republic of China=China kb=iso3166:CN" },
  /* Threat actors by any alias; demonyms name their country.  Names
   * made of English words stand in a story of computer security (votes.c's
   * drop_idle_actors(): "hackers" here; without it, see the votes table). */
  { "Analysts tie the hackers of Violet Typhoon, also called Zirconium, to Chinese intelligence.",
    "THREAT_ACTOR:Violet Typhoon=APT31 kb=attack:G0128 country=China"
    " | THREAT_ACTOR:Zirconium=APT31 kb=attack:G0128 country=China"
    " | NORP:Chinese=China kb=iso3166:CN country=China" },
  /* An organisation by its shape, its acronym in brackets and later. */
  { "The Baltic Maritime Safety Agency (BMSA) closed the port. BMSA inspectors left on Friday.",
    "ORG:Baltic Maritime Safety Agency"
    " | ORG:BMSA=Baltic Maritime Safety Agency"
    " | ORG:BMSA=Baltic Maritime Safety Agency" },
  /* Roles before the name, with the organisation, and after it. */
  { "NATO Secretary-General Mark Rutte met Kallas, the EU's high representative, in Riga.",
    "ORG:NATO kb=wikidata:Q7184"
    " | PERSON:Mark Rutte kb=wikidata:Q57792 role=Secretary-General role_org=NATO"
    " | PERSON:Kallas role=high representative role_org=European Union"
    " | ORG:EU=European Union kb=wikidata:Q458"
    " | GPE:Riga country=Latvia" },
  /* A long title in capitals, with its country. */
  { "Denmark's Minister for Foreign Affairs and Trade Lars Holm met reporters.",
    "GPE:Denmark kb=iso3166:DK"
    " | PERSON:Lars Holm role=Minister for Foreign Affairs and Trade role_org=Denmark" },
  /* A form of address; an organisation with "of" inside. */
  { "Dr. Amira Haddad told the Ministry of Digital Affairs that the plan was ready.",
    "PERSON:Amira Haddad"
    " | ORG:Ministry of Digital Affairs" },
  /* A capital standing for its government stays a place. */
  { "Beijing denied the claims, and Warsaw said Gdansk was calm.",
    "GPE:Beijing country=China"
    " | GPE:Warsaw country=Poland"
    " | GPE:Gdansk=Gdańsk country=Poland" },
  /* A dateline in capitals; a month is not a name. */
  { "WARSAW, Feb 3 (Reuters) - Poland said on Monday that the port had reopened.",
    "GPE:WARSAW=Warsaw country=Poland"
    " | ORG:Reuters"
    " | GPE:Poland kb=iso3166:PL" },
  /* A reference list is not the story: its authors are not tagged. */
  { "Officials in Prague blamed Russia for the attack on Monday.\n\nReferences\n\n"
    "[1] Novak, J. (2023). Hackers strike Prague. Reuters. Retrieved May 2, 2023.\n",
    "GPE:Prague country=Czech Republic"
    " | GPE:Russia kb=iso3166:RU" },
  /* Currency codes and a dollar's country are units, job acronyms
   * titles: none is a name. */
  { "The deal was worth US$5bn, or AU$7bn and 300m USD, the CFO Michael Sears told CSOs.",
    "PERSON:Michael Sears role=CFO" },
  /* A city only GeoNames knows, in a sentence the tagger reads as a
   * place: a GPE with its country and identifier. */
  { "The storm cut power to 40,000 homes in Oulu on Tuesday.",
    "GPE:Oulu kb=geonames:643492 country=Finland" },
  /* A maker and a model's code are a product, whole; a year is no code. */
  { "Airlines ordered the Boeing 787 and the Airbus A380, Boeing said in its 2024 report.",
    "MISC:Boeing 787 | MISC:Airbus A380 | ORG:Boeing" },
  /* Seas and bays by their heads, a listed place inside kept whole. */
  { "Ships left the Baltic Sea for the Bay of Biscay and the Gulf of Mexico.",
    "LOC:Baltic Sea | LOC:Bay of Biscay | LOC:Gulf of Mexico" },
  /* Titles the cue words spell are roles, not parts of the name; a lone
   * word the lists know as a company is one, whatever it did. */
  { "Chief Financial Officer Michael Sears was fired, Chrysler said.",
    "PERSON:Michael Sears role=Chief Financial Officer | ORG:Chrysler" },
  /* Organisations by the words around them, and so the same name
   * elsewhere in the document. */
  { "Shares in drinks firm Allied Domecq rose, Pernod shares fell and mining shares were flat. Pernod said so.",
    "ORG:Allied Domecq | ORG:Pernod | ORG:Pernod" },
  /* A title's word after a first name, with no name after it, is the
   * surname; before a name it is a title. */
  { "Governor Mervyn King said so, and King Abdullah agreed.",
    "PERSON:Mervyn King role=Governor | PERSON:Abdullah role=King" },
  /* A number before "shares" is how many, no company's name. */
  { "Holders got 9 shares each and bought 1,000 shares in Yukos.", "ORG:Yukos" },
  /* "a stake in X" (cues.tsv kind stake-in): the company, whoever
   * holds the stake; not what is at stake in a place, nor a year. */
  { "Roman Abramovich sold his stake in Sibneft last year.", "PERSON:Roman Abramovich | ORG:Sibneft" },
  { "The bank bought a 10% stake in Vexolan, a maker of chips.", "ORG:Vexolan" },
  { "The trust raised its shareholding in Brenmark to 12%.", "ORG:Brenmark" },
  { "Lives are at stake in Darfur, the envoy said.", "LOC:Darfur" },
  { "GM sold its stake in 2000 and kept the plant.", "ORG:GM" },
  /* A continent or a region (regions.tsv) after "a stake in" stays a
   * place, whatever the tagger read; a company named after one, or a
   * small town's name, stays a company. */
  { "The miner wants a stake in Africa, its chief said.", "LOC:Africa" },
  { "Microsoft has a stake in Europe's biggest cable firm.", "ORG:Microsoft | LOC:Europe" },
  { "The bank has a large stake in Asia, he said.", "LOC:Asia" },
  { "The firm bought a stake in Scandinavia's gas market.", "LOC:Scandinavia" },
  { "The group has a stake in Latin America and Africa.", "LOC:Latin America | LOC:Africa" },
  { "Shares in Marks And Spencer rose 3%.", "ORG:Marks And Spencer" },
  { "The bank took a stake in Asia Pacific Breweries.", "ORG:Asia Pacific Breweries" },
  { "The brewer holds a stake in Portugal Telecom.", "ORG:Portugal Telecom" },
  /* A direction is no region of the list: "Southwest" is the airline. */
  { "Shares in Southwest fell 65 cents.", "ORG:Southwest" },
  /* A long name kept whole, a listed nationality inside it. */
  { "The survey was by the Pew Internet and American Life Project.",
    "ORG:Pew Internet and American Life Project" },
  /* A headline's first word is no person because the tagger says so. */
  { "Fresh hope after Peruvian crisis\n\nTwo years after Peru was hit by a deep crisis, there is fresh hope.",
    "NORP:Peruvian=Peru kb=iso3166:PE country=Peru | GPE:Peru kb=iso3166:PE" },
  /* An organisation's name ends where a title after it begins. */
  { "Former Home Office Minister Ann Widdecombe wrote a novel.",
    "ORG:Home Office | PERSON:Ann Widdecombe role=Minister role_org=Home Office" },
  /* What the text says a name is decides its other mentions. */
  { "Yukos said it would appeal. Russian oil firm Yukos has sued. Yukos said more. Yukos lost.",
    "ORG:Yukos | NORP:Russian=Russia kb=iso3166:RU country=Russia | ORG:Yukos | ORG:Yukos | ORG:Yukos" },
  /* An agency no list knows, in a dateline's brackets; a unit by its
   * number, not taking the country whose possessive follows. */
  { "OSLO, Nov. 13 (Nordwire) - Unit 26165 of Russia's GRU was blamed.",
    "GPE:OSLO=Oslo country=Norway | ORG:Nordwire | ORG:Unit 26165 | GPE:Russia kb=iso3166:RU | ORG:GRU country=Russia" },
  /* An acronym written as a word, its letters the capitals of the name
   * (one after a hyphen too); a contraction is no name; a title in
   * capitals after a person's name is not part of it. */
  { "The World Anti-Doping Agency (Wada) will appeal. We've heard Wada chairman Dick Pound and Anna Berg MP.",
    "ORG:World Anti-Doping Agency | ORG:Wada=World Anti-Doping Agency | ORG:Wada=World Anti-Doping Agency"
    " | PERSON:Dick Pound role=chairman role_org=Wada | PERSON:Anna Berg" },
  /* Malware is a product (ATT&CK's list), by any of its names. */
  { "The 2017 NotPetya outage, which some call ExPetr, cost Maersk dearly.",
    "MISC:NotPetya kb=attack:S0368 | MISC:ExPetr=NotPetya kb=attack:S0368 | ORG:Maersk" },
  /* A listed place before a place suffix is a name of its own, one
   * word or more; a word that is no place keeps its suffix. */
  { "The Copenhagen-based brewer hired a New York-born banker from a US-based fund with broad-based support.",
    "GPE:Copenhagen country=Denmark | GPE:New York country=United States | GPE:US=United States kb=iso3166:US" },
  /* A group's word alone is a NORP with no country, the titles after it
   * no name; inside a longer name it is the name's. */
  { "Muslims and Kurds protested, Tory MPs said. The Communist Party of China met the Jewish Agency.",
    "NORP:Muslims | NORP:Kurds | NORP:Tory | ORG:Communist Party of China | ORG:Jewish Agency" },
  /* A long name the document writes whole is that name where a pass
   * cut it; a place inside another name written elsewhere stays a place. */
  { "West Ham won. West Ham manager Alan Pardew said so. Manchester United lost. He left Manchester on Monday.",
    "ORG:West Ham | ORG:West Ham | PERSON:Alan Pardew role=manager role_org=West Ham | ORG:Manchester United | GPE:Manchester country=United Kingdom" },
  /* A title or a form of address alone is no name; a surname that is
   * also a title still names its person. */
  { "The Pope met the Chancellor and Sir Alex Ferguson. Mervyn King said rates would rise. King added more.",
    "PERSON:Alex Ferguson | PERSON:Mervyn King | PERSON:King=Mervyn King" },
  /* A place, "of" and a listed country are one place; a person or a
   * team "of" a country are two names. */
  { "The Sultan of Brunei came. The Republic of Ireland beat Wales. Michael Johnson of the United States won, and Olympiakos of Greece lost.",
    "GPE:Brunei kb=iso3166:BN | GPE:Republic of Ireland kb=iso3166:IE | GPE:Wales country=United Kingdom | PERSON:Michael Johnson | GPE:United States kb=iso3166:US"
    " | ORG:Olympiakos | GPE:Greece kb=iso3166:GR" },
  /* Not a kind of person or an organisation's head before "of" and a
   * country, nor a word without "the". */
  { "The Emperor of Brazil met the Bank of England. Most of France voted.",
    "GPE:Brazil kb=iso3166:BR | ORG:Bank of England | GPE:France kb=iso3166:FR" },
  /* An event, an award or a law by the head ending its name is one
   * MISC, a listed place before it part of it; a name that speaks is no
   * event ("Epic Games said"). */
  { "Epic Games said it would sue. She won the Booker Prize at the London Marathon under the Freedom of Information Act.",
    "ORG:Epic Games | MISC:Booker Prize | MISC:London Marathon | MISC:Freedom of Information Act" },
  /* After "the", an event that speaks stays the event. */
  { "The Booker Prize said nothing, and the World Cup told fans to wait.", "MISC:Booker Prize | MISC:World Cup" },
  /* A bill by its name is a law, MISC; "Bill" first in a run is the
   * first name. */
  { "MPs will vote on the Finance Bill next week. President Bill Clinton spoke. Microsoft founder Bill Gates gave "
    "the money. He told Bill that the Education Bill would fail.",
    "MISC:Finance Bill | PERSON:Bill Clinton role=President | ORG:Microsoft"
    " | PERSON:Bill Gates role=founder role_org=Microsoft | PERSON:Bill | MISC:Education Bill" },
  /* "Bill" before a surname is the first name after a role too; after
   * a kind of person or a town alone it is a nickname; after a topic a
   * law still. */
  { "New Zealand's Minister of Finance Bill Birch said growth would slow. Secretary of Defense Bill Cohen "
    "visited Tokyo. The Hunting Bill was passed.",
    "GPE:New Zealand kb=iso3166:NZ | PERSON:Bill Birch role=Minister of Finance role_org=New Zealand"
    " | PERSON:Bill Cohen role=Secretary of Defense | GPE:Tokyo country=Japan | MISC:Hunting Bill" },
  { "Buffalo Bill was a showman of the west.", "PERSON:Buffalo Bill" },
  { "The actor, known to friends as Uncle Bill, died at 82.", "PERSON:Uncle Bill" },
  /* ... but a kind of person before a surname is a title, the person
   * the name (cues.tsv role: archbishop, bishop, duke, emperor ...). */
  { "Later Archbishop Okafor spoke.", "PERSON:Okafor role=Archbishop" },
  /* A rank "of" a place is a title, the place alone a name (issue 24:
   * "Emperor of X" GPE over the whole, "Bishop of X" MISC). */
  { "The Empress of Japan met the Archbishop of York.",
    "GPE:Japan kb=iso3166:JP | GPE:York country=United Kingdom" },
  /* "and" inside a law's name holding an org-head; elsewhere two names. */
  { "The Serious Organised Crime and Police Bill was debated. He won at Wimbledon and Masters Cup matches were "
    "played. The Bill and Melinda Gates Foundation gave money.",
    "MISC:Serious Organised Crime and Police Bill | LOC:Wimbledon | MISC:Masters Cup | ORG:Bill and Melinda Gates Foundation" },
  /* Not after a whole organisation's name, its head before "and". */
  { "The Department of Health and Mental Health Act reforms were announced on Monday by the Department of Health.",
    "ORG:Department of Health | MISC:Mental Health Act | ORG:Department of Health" },
  /* Products by their shape (products.tsv), a model's plural after its
   * maker; a road by letters and one or two digits is none, and a group
   * of states is the organisation organisations.tsv lists (G8). */
  { "Apple sold 4.5 million iPods, airlines flew Airbus A380s and the F-16 flew over the G8 summit near the M25.",
    "ORG:Apple | MISC:iPods | MISC:Airbus A380s | MISC:F-16 | ORG:G8" },
  { "Security firm iDefence found the flaw in iTunes.", "ORG:iDefence | MISC:iTunes" },
  /* A city next to a result, in a sentence with a score, is its club,
   * and so are its other mentions but where it is a place ("in Exeter");
   * a nation's team is the nation, and with no score a city is a city. */
  { "Exeter beat Leeds 2-1 and Wales drew 1-1 with England. The fans of Exeter sang. Their bus broke down in Exeter on "
    "Sunday. London beat Paris to host it.",
    "ORG:Exeter | ORG:Leeds | GPE:Wales country=United Kingdom | GPE:England country=United Kingdom | ORG:Exeter"
    " | GPE:Exeter kb=geonames:2649808 country=United Kingdom"
    " | GPE:London country=United Kingdom | GPE:Paris country=France" },
  /* The reverted ent-quality round's misfires on ordinary news: none of
   * this round's rules may bring them back. */
  { "After the game Wenger said he was happy. Nancy Pelosi (California) spoke, and the Bill and Melinda Gates "
    "Foundation gave money.",
    "PERSON:Wenger | PERSON:Nancy Pelosi | GPE:California country=United States | ORG:Bill and Melinda Gates Foundation" },
  /* No rule makes "Obama" an organisation any more, but the tagger itself
   * reads "X staff" as one (main's model and the retrained one alike), and
   * no list knows Obama as a person: a gap of the tagger's. */
  { "Obama staff said so.", "PERSON:Obama",
    "the tagger to tell a person's staff from a company's (or Obama in a list of people)" },
  /* A listed place or nationality opening a run that holds an org-head
   * is the organisation's first word; not before a title, a possessive
   * or "and". */
  { "Scotland Yard said the UK Independence Party and the London Assembly met. UK Foreign Secretary Jack Straw and "
    "Britain's Labour Party disagreed in London.",
    "ORG:Scotland Yard | ORG:UK Independence Party | ORG:London Assembly | GPE:UK=United Kingdom kb=iso3166:GB"
    " | PERSON:Jack Straw role=Foreign Secretary role_org=United Kingdom | GPE:Britain=United Kingdom kb=iso3166:GB"
    " | ORG:Labour Party | GPE:London country=United Kingdom" },
  /* A place the tagger finds on a city's name that is also a surname
   * (Houston) is the city. */
  { "The singer moved to Houston last year.", "GPE:Houston kb=geonames:4699066 country=United States" },
  /* A two-word name opening with a first name of first-names.tsv is a
   * person whatever the tagger made of it; not where a word is a cue
   * (Road) or a listed place (Aston, a GeoNames town). */
  { "Iga Swiatek won the Qatar Open in Doha on Saturday. Aston Villa lost at Grace Road.",
    "PERSON:Iga Swiatek | MISC:Qatar Open | GPE:Doha country=Qatar | ORG:Aston Villa | LOC:Grace Road" },
  /* "Open" ends a tournament's name, which starts at no lowercase word or
   * compound; a headline in title case and the verb are no event. */
  { "Newly-crowned Australian Open champion Marat Safin won. She reached the last 16 of the Australian Open. "
    "Talks in Doha open on Monday.",
    "MISC:Australian Open | PERSON:Marat Safin | MISC:Australian Open | GPE:Doha country=Qatar" },
  { "Shops Open Late In London", "GPE:London country=United Kingdom" },
  /* Not where the second word is a lowercase English word (lynch, camp,
   * orient): the list of first names holds Merrill, Nou, Leyton; a first
   * name may open with a letter beyond ASCII. */
  { "He worked for Merrill Lynch in New York. Barcelona lost at the Nou Camp. Leyton Orient beat Exeter 2-1. "
    "Ömer Yilmaz and Çağla Demir spoke in Ankara.",
    "ORG:Merrill Lynch | GPE:New York country=United States | ORG:Barcelona | LOC:Nou Camp | ORG:Leyton Orient"
    " | ORG:Exeter | PERSON:Ömer Yilmaz | PERSON:Çağla Demir | GPE:Ankara country=Turkey" },
  /* A first name and a loc-head alone are no place by the head (the
   * tagger decides), a title before them no part of the person. */
  /* After a title the tagger's whole person is the name, lowercase
   * particles and all; in a headline in capitals a word joins the person
   * only where the tagger calls it a person's. */
  { "Prime Minister Kengo wa Dondo said he would stay. Former captain Billie Jean King said she was proud.",
    "PERSON:Kengo wa Dondo role=Prime Minister | PERSON:Billie Jean King role=Former captain" },
  { "MINISTER SAYS NATO WILL ACT", "ORG:NATO kb=wikidata:Q7184" },
  /* Not over a capitalised function word where a full stop is missing,
   * nor a title in capitals after the name. */
  { "Labour MP Frank Field MP said so. The analyst Vadim Mitroshin The dispute is old.",
    "ORG:Labour | PERSON:Frank Field role=MP role_org=Labour | PERSON:Vadim Mitroshin role=analyst" },
  { "Andy Street said so. Mayor Andy Street agreed. Wayne Bridge signed. Shoppers filled Oxford Street.",
    "PERSON:Andy Street | PERSON:Andy Street role=Mayor | PERSON:Wayne Bridge | LOC:Oxford Street",
    /* A first name and a place's head are either ("Wayne Bridge signed",
     * "Tower Bridge closed"): only the verb tells them apart, which no
     * list here classifies; the old model's PERSON was its guess. */
    TAGGER9_PENDING },
  /* A kind of person (person-nouns.tsv, from WordNet) before a first name
   * and a surname is a title, whether the tagger took it into the name or
   * gave it a name of its own, at a sentence's start or inside it; it is
   * the person's role. */
  { "Referee Graham Poll said he applied the laws. Actress Anna Keaveney died on Monday, her agent said. "
    "Keeper Petr Cech was organising his wall.",
    "PERSON:Graham Poll role=Referee | PERSON:Anna Keaveney role=Actress | PERSON:Petr Cech role=Keeper" },
  /* Not before a word that is no first name (the show keeps "Consumer"),
   * nor where the word is a first name too (Hunter). */
  { "The Consumer Electronics Show opened in Las Vegas. Hunter Biden Jones spoke to reporters on Monday.",
    "MISC:Consumer Electronics Show | GPE:Las Vegas kb=geonames:5506956 country=United States | PERSON:Hunter Biden Jones",
    /* "Hunter" opens the sentence and is an English word: nothing but
     * the tagger's guess joins it to "Biden Jones". */
    TAGGER9_PENDING },
  /* A place-led run ending in an event's head is the event, though it
   * holds an org-head (Motor); one ending in an org-head stays an
   * organisation led by the place. */
  { "The company said so at the Detroit Motor Show. Scotland Yard and the London Assembly spoke.",
    "MISC:Detroit Motor Show | ORG:Scotland Yard | ORG:London Assembly" },
  /* A name and a bare number right after it are one name where what
   * follows the number cannot be a measure: a possessive (a curly
   * apostrophe too), a verb of cues.tsv (kind name-verb), a capitalised
   * word, the sentence's end, a lowercase word neither a plural nor a
   * unit (kind measure).  Each case is a document of its own: the
   * rule reads one number a sentence. */
  { "He told BBC Radio 4's Today programme so.", "ORG:BBC Radio 4 | MISC:Today" },
  { "He told BBC Radio 4\u2019s Today programme so.", "ORG:BBC Radio 4 | MISC:Today" },
  { "Channel 4 had shown it.", "ORG:Channel 4" },
  { "Channel 4 was criticised.", "ORG:Channel 4" },
  { "Channel 4 has bought the rights.", "ORG:Channel 4" },
  { "Radio 1 plays the song.", "ORG:Radio 1" },
  { "He watched Channel 4 News.", "ORG:Channel 4 | ORG:News" },
  /* A lowercase word that is no unit and no plural: "Channel 4 show". */
  { "He was nominated to leave the Channel 4 show by fellow housemates.", "ORG:Channel 4" },
  { "I heard it on Radio 1 this morning.", "ORG:Radio 1" },
  /* A MISC's year, the sentence's only four-digit number, whatever
   * follows. */
  { "Euro 2004 was held in Portugal.", "MISC:Euro 2004 | GPE:Portugal kb=iso3166:PT" },
  { "He ran Windows 2000 on his computer.", "MISC:Windows 2000" },
  { "World Cup 2006 tickets went on sale.", "MISC:World Cup 2006" },
  /* Not where the word after the number may be a unit or a measure
   * (a share's move, a poll's figure, a lead, a length of time). */
  { "The deal sent Shell 5 per cent lower.", "ORG:Shell" },
  { "The news left Vodafone 3% higher.", "ORG:Vodafone" },
  { "Shares in Marks & Spencer 4 per cent higher.", "ORG:Marks & Spencer" },
  { "The results left Apple 10 per cent up.", "ORG:Apple" },
  { "The poll put Labour 36 per cent, the poll said.", "ORG:Labour" },
  { "The poll put Labour 5 ahead of the Tories.", "ORG:Labour | NORP:Tories" },
  { "Rooney's goal put Manchester United 1 up.", "PERSON:Rooney | ORG:Manchester United" },
  { "The BBC 1 hour documentary was shown.", "ORG:BBC" },
  { "Amazon 1 day delivery is popular.", "ORG:Amazon" },
  { "The bid valued Vodafone 5 billion more.", "ORG:Vodafone" },
  /* Nor in a table's row: no lowercase word. */
  { "Mapei 27", "ORG:Mapei" },
  /* A name joined to its number votes for the name's bare mentions:
   * "Commodore" keeps the label its joined mentions give it. */
  { "In home computing, Commodore was a pioneer. The Commodore 64, launched in 1982, was cheap. "
    "The Commodore 64 sold well.",
    "ORG:Commodore | ORG:Commodore 64 | ORG:Commodore 64" },
  /* Not where names and numbers alternate (results), nor after a place
   * the lists know (a city's team). */
  { "Leicester 17 Wasps 21. Newcastle 27 points clear.",
    "ORG:Leicester | ORG:Wasps | ORG:Newcastle" },
  /* Nor before a count of something ("2 seconds behind"). */
  { "Lance Armstrong of Motorola finished. Motorola 2 seconds behind.",
    "PERSON:Lance Armstrong | ORG:Motorola | ORG:Motorola" },
  /* Police ranks are titles: a run stops at them, and an organisation
   * after a titled person and "of" starts after "of". */
  { "Police Constable Keith Palmer was killed. Detective Inspector Paul Miller of Thames Valley Police said so.",
    "PERSON:Keith Palmer role=Constable | PERSON:Paul Miller role=Detective Inspector | ORG:Thames Valley Police" },
  /* A run stops at "and the", and at "and" after a name the tagger
   * closed with an org-head in it: two names, not one. */
  { "Goldman Sachs and the Wellcome Trust gave money. Elton John and the Terrence Higgins Trust raised funds. "
    "US Airways and Delta Air Lines merged.",
    "ORG:Goldman Sachs | ORG:Wellcome Trust | PERSON:Elton John | ORG:Terrence Higgins Trust | ORG:US Airways"
    " | ORG:Delta Air Lines" },
  { "The Department for Education and Skills and the Office of Management and Budget met.",
    "ORG:Department for Education and Skills | ORG:Office of Management and Budget" },
  /* A place's name by its head starts after "and"; a baroness is a
   * form of address. */
  { "It was written by Lord Falconer and Downing Street adviser Baroness Morgan.",
    "PERSON:Falconer | LOC:Downing Street | PERSON:Morgan" },
  { "The weather was mild and nothing else happened.", "" },
  /* A capitalised run after a noun naming a kind of work (work-nouns.tsv,
   * from WordNet) is the work's title, whatever the tagger made of it,
   * and so are the document's other mentions of it. */
  { "French film A Very Long Engagement has 12 nominations. A Very Long Engagement opened in Paris.",
    "NORP:French=France kb=iso3166:FR country=France | MISC:A Very Long Engagement | MISC:A Very Long Engagement"
    " | GPE:Paris country=France" },
  { "He starred in the sitcom Will and Grace for eight years. Will and Grace ended in 2006.",
    "MISC:Will and Grace | MISC:Will and Grace" },
  { "The documentary Fahrenheit 9/11 and Mel Gibson drew crowds, and the album Songs In The Key Of Life sold well.",
    "MISC:Fahrenheit 9/11 | PERSON:Mel Gibson | MISC:Songs In The Key Of Life" },
  /* Titles listed after a work noun in the plural and "include", "such
   * as": "and" ends one; a year is none. */
  { "Lee made films including Jungle Fever, Do the Right Thing, Summer of Sam and in 1986 a hit.",
    "PERSON:Lee | MISC:Jungle Fever | MISC:Do the Right Thing | MISC:Summer of Sam" },
  /* Not titles: a person after the noun, a title of address, a function
   * word, a class letter, a score. */
  { "Liverpool legend Kenny Dalglish read the book Mr Peston wrote.",
    "ORG:Liverpool | PERSON:Kenny Dalglish | PERSON:Peston" },
  { "They rated the series B notes, then watched the film I had chosen. Nobody liked the score 2-0 either.", "" },
  /* Review of the works rule (issue 24): an organisation or place the
   * tagger found in a run that reads as a name stays one, and so do its
   * other mentions; a one-word title's mention that is a sentence's first
   * common word or a first name is not the work; "legend", "story" and
   * "series" name no work here (work-nouns.tsv: first senses). */
  { "The documentary Channel 4 showed last night angered viewers. Channel 4 said it had received 200 complaints.",
    "ORG:Channel 4 | ORG:Channel 4" },
  { "The story Reuters reported was denied. The novel Microsoft bought is set in Seattle.",
    "ORG:Reuters | ORG:Microsoft | GPE:Seattle kb=geonames:5809844 country=United States" },
  { "The film Closer was a hit. Closer ties with Europe were sought. The film Ray was a hit. Ray was born in Texas.",
    "MISC:Closer | LOC:Europe | MISC:Ray | PERSON:Ray | GPE:Texas country=United States" },
  { "The film Crash won. Crash investigators said the plane was safe.", "MISC:Crash" },
  { "Football legend Maradona is in hospital, and the story Mr Blair told was true.",
    "PERSON:Maradona | PERSON:Blair" },
  { "He wrote the song Yesterday in 1965. The sitcom The Office won.", "MISC:Yesterday | MISC:The Office" },
  { "The drama BBC One screened was good. Political thriller Hotel Rwanda was given a reception.",
    "ORG:BBC One | MISC:Hotel Rwanda" },
  /* A capitalised run with an English function word capitalised inside
   * is a title in title case, in a sentence that is not; not a name's
   * particle ("De Niro"), a listed name, a sentence's first word, nor
   * "I". */
  { "Their new album, How To Dismantle An Atomic Bomb, comes out soon. HBO has had hits with Sex And The City since "
    "1998. Robert De Niro flew to Bosnia And Herzegovina. At The Oval the crowd was quiet. I met Peter and I said "
    "hello.",
    "MISC:How To Dismantle An Atomic Bomb | ORG:HBO | MISC:Sex And The City | PERSON:Robert De Niro"
    " | GPE:Bosnia And Herzegovina=Bosnia and Herzegovina kb=iso3166:BA | LOC:The Oval | PERSON:Peter" },
  /* Not a title: a run that speaks, holds a body's word (cues.tsv kind
   * org-word) or follows a kind of organisation; titles next to them,
   * one opening with a town, still are. */
  { "Transport For London said fares would rise. The charity Save The Children said the children were starving. "
    "The band Queens Of The Stone Age played. The Campaign For Nuclear Disarmament held a rally. Shares in Marks And "
    "Spencer rose. She sang Love In The Time Of Cholera last night. Reading In The Rain, the new novel, sold well.",
    "ORG:Transport For London | ORG:Save The Children | ORG:Queens Of The Stone Age"
    " | ORG:Campaign For Nuclear Disarmament | ORG:Marks And Spencer | MISC:Love In The Time Of Cholera"
    " | MISC:Reading In The Rain" },
  /* Not a body: a sentence's first English word, a run after a work's
   * noun, a listed place; "Shares" opening a sentence cues only a name
   * the tagger left or called an organisation or a person; "And" joins
   * no name the tagger did not start. */
  { "Then Transport For London said fares would rise. The film Friends Of Mine won, and Bosnia And Herzegovina "
    "said no. Shares in Europe fell. Broadcaster Chris Evans said so.",
    "ORG:Transport For London | MISC:Friends Of Mine | GPE:Bosnia And Herzegovina=Bosnia and Herzegovina kb=iso3166:BA | LOC:Europe | PERSON:Chris Evans" },
  /* A noun whose second sense only is a work (work-nouns.tsv kind
   * modified) only after a word that says which kind. */
  { "She starred in the drama series Desperate Housewives. The series Chelsea lost was their worst run.",
    "MISC:Desperate Housewives | ORG:Chelsea" },
  /* Companies by what the text says of them: what a company has after
   * the name's possessive, examples after a kind of organisation in the
   * plural.  Not a person's with a first name, nor a sentence's first
   * word that is an English word. */
  { "Other retailers - including HMV, Monsoon, Jessops, Body Shop and Tesco - did well. "
    "Aston's chief executive Ulrich Bez spoke. Banks such as Barclays and Lloyds TSB lent more.",
    "ORG:HMV | ORG:Monsoon | ORG:Jessops | ORG:Body Shop | ORG:Tesco | ORG:Aston | PERSON:Ulrich Bez | ORG:Barclays"
    " | ORG:Lloyds TSB" },
  { "Roman Abramovich's shares rose. Manufacturers' domestic sales fell.", "PERSON:Roman Abramovich" },
  /* A person's or a known place's shares, takeovers and profits are
   * theirs: after an honorific or a listed place only what a company
   * alone has (kind company-only) makes one an organisation, after the
   * tagger's person not a word of kind person-has; the tagger's person
   * alone does not keep "shares" from a company.  A person listed after
   * an org-noun stays one. */
  { "Mr Smith's shares were sold. Lord Sainsbury's shares are in a trust. Murdoch's takeover of Manchester United failed.",
    "PERSON:Smith | PERSON:Sainsbury | PERSON:Murdoch | ORG:Manchester United" },
  { "Hollywood's earnings rose. Virgin Blue's shares recovered. Tesco's shareholders met.",
    "GPE:Hollywood kb=geonames:5357527 country=United States | ORG:Virgin Blue | ORG:Tesco" },
  /* A one-word name that ended a person's full name in a sentence
   * before is that person's, whatever follows its possessive; the
   * tagger's person alone is not ("Sina"). */
  { "Author Joanne Rowling wrote another book. Rowling's sales rose. Tony Blair met staff. Blair's chief executive "
    "spoke. Shares in Sina rose, and Sina said it was pleased. Sina's shares rose again.",
    "PERSON:Joanne Rowling role=Author | PERSON:Rowling=Joanne Rowling | PERSON:Tony Blair | PERSON:Blair=Tony Blair | ORG:Sina | ORG:Sina | ORG:Sina" },
  { "Political rivals such as Gordon Brown and John Prescott were angry.", "PERSON:Gordon Brown | PERSON:John Prescott" },
  /* An acronym named once is named at its other mentions the tagger
   * missed. */
  { "UKIP spokesman Mark Croucher said the party would stand candidates. Critics said the party UKIP have become a "
    "force. It is time for UKIP to act.",
    "ORG:UKIP | PERSON:Mark Croucher role=spokesman role_org=UKIP | ORG:UKIP | ORG:UKIP" },
  /* An acronym the document also counts in the plural is a thing, not
   * an organisation, at any of its mentions; an organisation's acronym
   * beside it stays. */
  { "Its PVR will offer a 160GB hard drive, and PVRs record TV programmes. The PVR will cost 99 "
    "pounds. Sky's PVR sold well. The PVR lets viewers pause live TV, the BBC said. A BBC spokesman said the BBC "
    "would act.",
    "ORG:Sky | ORG:BBC | ORG:BBC | ORG:BBC" },
  /* One that speaks somewhere is an organisation all the same; the
   * plural itself is no name ("MSPs", "DTIs"). */
  { "The FA charged Chelsea. County FAs will be asked to help. The FA said it was pleased.",
    "ORG:FA | ORG:Chelsea | ORG:FA" },
  { "GM said it would cut 25,000 jobs. GMs of dealerships were told on Friday. GM shares fell.", "ORG:GM | ORG:GM" },
  { "The SNP won the seat. SNP leader Alex Salmond said MSPs would vote on the bill. Other DTIs around the world "
    "are watching.",
    "ORG:SNP | ORG:SNP | PERSON:Alex Salmond role=leader role_org=SNP" },
  /* A name whose "'s" is its own: always written so, and once before a
   * reporting verb; not a person's possessive (the word alone in "Tony
   * Blair"), nor a company's that never speaks with its "'s". */
  { "McDonald's said sales rose in December. McDonald's restaurants in France did well. Tony Blair spoke. Blair's "
    "said he would stay, and Blair's aides agreed. Sony's profits rose, and Sony's shares rose.",
    "ORG:McDonald's | ORG:McDonald's | GPE:France kb=iso3166:FR | PERSON:Tony Blair | PERSON:Blair=Tony Blair"
    " | PERSON:Blair=Tony Blair | ORG:Sony | ORG:Sony" },
  /* "is said to" is no reporting verb after a name's own "'s"; a
   * company that says so is still one. */
  { "Chelsea's said to be keen on the player. Chelsea's manager denied it. Chelsea's fans were happy.",
    "ORG:Chelsea | ORG:Chelsea | ORG:Chelsea",
    /* Nothing here says club but "manager" and "fans" after a possessive,
     * which a singer's or a boxer's name takes as well ("Madonna's
     * manager"): the model before got it by its guess alone. */
    "a cue for a club the sentences do not give (see the club cases below)" },
  { "Sainsbury's said profits fell. Sainsbury's chief executive was upbeat.", "ORG:Sainsbury's | ORG:Sainsbury's" },
  /* A capitalised common noun after "the" that the document also
   * writes in lowercase is no name (CoNLL writes "Budget", "Government"
   * O); not the short form of a longer name of the document, nor a
   * word before an org-noun ("the Times newspaper"). */
  { "The Chancellor will deliver the Budget on 16 March. This year's budget will cut taxes, and the Budget is popular. "
    "The Government said the government would act. The European Commission met. The Commission wants the budget "
    "cut. In an article for the Times newspaper, she said times were hard.",
    /* "the Times newspaper": a name before "newspaper" is its publisher
     * (cues.tsv kind org-after). */
    "ORG:European Commission kb=wikidata:Q8880 | ORG:The Commission=European Commission kb=wikidata:Q8880 | ORG:Times" },
  /* Only a lowercase noun counts ("his 1947 budget"), not an adjective
   * or a verb ("the course was open"). */
  { "He leaked details of his 1947 budget. He leaked the Budget. He played the Open at St Andrews, and the course "
    "was open to all.",
    "MISC:Open | GPE:St Andrews kb=geonames:2638864 country=United Kingdom" },
  /* Nor one before a lowercase noun it qualifies ("the met office", "his
   * budget speech"); a verb, a function word or a mark after it counts.
   * CoNLL's eng.train writes "Treasury", "Senate", "Open" as names
   * (institutions.tsv): never dropped. */
  { "The Met said the suspect fled. The met office forecast rain. The Government said it would act. Critics said the "
    "government had failed. The Treasury said borrowing rose. The treasury is empty. He won the Open. The open was "
    "won in the rain.",
    "ORG:Met | ORG:Treasury | MISC:Open" },
  /* A time zone after a time of day is no name (CoNLL marks GMT MISC;
   * news annotated as OntoNotes does leaves it in the time); a price or
   * a year before capitals is no time. */
  { "Shares were up 3.4% by 1030 GMT in Frankfurt. Polls close at 9pm EST. Films retail for 9.99 US dollars "
    "after the 2004 US election.",
    "GPE:Frankfurt country=Germany | GPE:US=United States kb=iso3166:US | GPE:US=United States kb=iso3166:US" },
  /* Only a listed zone (timezones.tsv) after a time is no name: not a
   * country after a year or a time. */
  { "By 2010 UK carbon emissions must fall. Until 2008 US troops will stay. The talks start at 9am UK time, by 1030 GMT.",
    "GPE:UK=United Kingdom kb=iso3166:GB | GPE:US=United States kb=iso3166:US | GPE:UK=United Kingdom kb=iso3166:GB" },
  /* A person, "of" and an organisation the tagger took as one name: two;
   * an organisation "of" a place stays one. */
  { "It could hurt, said Stuart Hensel of the Economist Intelligence Unit. Dr Jeremy Philpott of the UK Patent "
    "Office agreed, as did the Muslim Council of Britain.",
    "PERSON:Stuart Hensel | ORG:Economist Intelligence Unit | PERSON:Jeremy Philpott | ORG:UK Patent Office"
    " | ORG:Muslim Council of Britain" },
  /* A head alone after "of" completes the name before it: no person
   * and no organisation of one word; a person of a named body without
   * "the" still splits. */
  { "It is listed in the Guinness Book of Records.", "ORG:Guinness Book of Records" },
  { "It could hurt, said Jeremy Philpott of Patent Office.", "PERSON:Jeremy Philpott | ORG:Patent Office" },
  /* A family by its surname in the plural, as CoNLL marks "Clintons";
   * not where the stem is an English word ("the Stones"). */
  { "John Oatley and his wife were at home. The Oatleys said they were happy. Joss Stone sang with the Stones.",
    "PERSON:John Oatley | PERSON:Oatleys | PERSON:Joss Stone | ORG:Stones" },
  /* After a cue noun that also names people ("rival", "broker") the
   * tagger's person shaped as one (a first name, no English word) stays a
   * person; a band's or a company's name of English words is the
   * organisation. */
  { "He beat British rival Greg Rusedski in four sets, said broker Shakil Rizvi. The band Kaiser Chiefs played, "
    "and the production company Scott Free made the film.",
    "NORP:British=United Kingdom kb=iso3166:GB country=United Kingdom | PERSON:Greg Rusedski | PERSON:Shakil Rizvi | ORG:Kaiser Chiefs | ORG:Scott Free" },
  /* A first name and a title's word before a reporting verb are a
   * person; a title alone, or after no first name, is none.  A kind of
   * person as a title before a name is its role, not a plural. */
  /* ... opening a document too (the rule's window once wrapped there). */
  { "Mervyn King said rates would rise.", "PERSON:Mervyn King" },
  { "The Chancellor said so. Mervyn King said so. Striker Wayne Rooney scored. "
    "Fans Peter Smith and John Doe came.",
    "PERSON:Mervyn King | PERSON:Wayne Rooney role=Striker | PERSON:Peter Smith | PERSON:John Doe" },
  /* A club named like a first name or an English word: by a result and
   * one score, or by a plural verb opening the sentence; not a player by
   * sets, nor a name after "if" or inside a longer subject. */
  { "Sale drew 20-20 with Wasps. Wednesday lost 3-0 to Leeds. Chelsea have decided to sell him. "
    "\"Chelsea are saying it clearly.\" Roger Federer beat Hewitt 6-3 6-4. "
    "If Perot were here, people who like Robbie are happy.",
    "ORG:Sale | ORG:Wasps | ORG:Wednesday | ORG:Leeds | ORG:Chelsea | ORG:Chelsea | PERSON:Roger Federer"
    " | PERSON:Hewitt | PERSON:Perot | PERSON:Robbie" },
  /* A listed organisation opening a run that ends in an org-head is that
   * organisation's first word. */
  { "The Commons Public Accounts Committee met. The UN Office for the Coordination of Humanitarian Affairs said so. "
    "MPs in the Commons voted.",
    "ORG:Commons Public Accounts Committee | ORG:UN Office for the Coordination of Humanitarian Affairs"
    " | ORG:Commons=House of Commons country=United Kingdom" },
  /* A month that is a first name opening the tagger's person is the
   * first name; not before a name a list knows, nor a month alone. */
  { "Andrei Medvedev beat Jan Kroslak 6-4 6-3. The fund hired Jan Siewert. In Jan Microsoft cut jobs. "
    "Sales in June rose.",
    "PERSON:Andrei Medvedev | PERSON:Jan Kroslak | PERSON:Jan Siewert | ORG:Microsoft" },
  /* Capitalised words before a listed place the tagger read as one place
   * are that place's part; words after it name something of the place's,
   * and the list's place stays where the tagger reads no place. */
  { "Israel annexed East Jerusalem. Sales in North America rose. China Daily reported it. "
    "He flew from London Heathrow.",
    "GPE:Israel kb=iso3166:IL | LOC:East Jerusalem | LOC:North America | ORG:China Daily"
    " | GPE:London country=United Kingdom" },
  /* A name before "said its" and what a company has is a company, and
   * so are its other mentions; not a person after a title, nor the
   * tagger's person of two words, nor a listed place before
   * what a place has as well. */
  { "Kovala said its profits rose 5%. Kovala will open ten stores.",
    "ORG:Kovala | ORG:Kovala" },
  { "Mr Brown said its effects were small. John Smith said its profits were falling. "
    "Kenya said its profits were rising.",
    "PERSON:Brown | PERSON:John Smith | GPE:Kenya kb=iso3166:KE" },
  /* Nor the tagger's person of one word the lists hint as a person's
   * name or that is a first name: "its" is no person's, and the person
   * speaks for a company or a body. */
  { "Blair said its shares were overvalued. Howard said its profits fell. "
    "The regulator fined Ryanair. O'Leary said its shares would recover.",
    "PERSON:Blair | PERSON:Howard | ORG:Ryanair | PERSON:O'Leary" },
  /* A kind of maker before a name: the name is the company (each of
   * these comes out otherwise without the maker words). */
  { "Shares in chipmaker Quorix rose. Quorix makes memory. He sold his stake in steelmaker Orvana last year. "
    "The automaker Pelleron recalled 10,000 cars.",
    "ORG:Quorix | ORG:Quorix | ORG:Orvana | ORG:Pelleron" },
  /* Not after a sentence's opening phrase of place ("Outside the"): the
   * name opens the clause.  A supermarket is a place as often as a
   * company: no org-noun. */
  { "Outside the supermarket Smith said he was angry. The supermarket Tesco said profits rose.",
    "PERSON:Smith | ORG:Tesco" },
  /* A month after "in" or a word of when is the date, not a first name
   * opening a person's name; elsewhere it may be one. */
  { "In Jan Mourinho was fined. He met Jan Kroslak in Prague.",
    "PERSON:Mourinho | PERSON:Jan Kroslak | GPE:Prague country=Czech Republic" },
  /* A publication by the words around it: a kind of publication after
   * its name, "told the", "writing in the", "an interview with the";
   * not a title, a place, a number or the tagger's person there. */
  { "He told the Guardian he would quit. Writing in the Observer, she agreed. "
    "Britain's Sun newspaper ran the story.",
    "ORG:Guardian | ORG:Observer | GPE:Britain=United Kingdom kb=iso3166:GB | ORG:Sun" },
  { "She told the Prime Minister so. He told the court. Writing in the North, he said so. "
    "He told the 300-strong audience about it.",
    "LOC:North" },
  /* Not a name that modifies a noun after it, nor what was written
   * after a verb of writing without "in", nor an event before
   * "website", nor a word the lists hint as a place before "paper";
   * so none of them decides its other mentions' label (the Today
   * programme is a work, titles.c's programme_title(), and "Today"
   * alone stays no name). */
  { "He told the Ryder Cup team to relax. She wrote the Budget speech herself. He told the Premiership clubs to wait.",
    "MISC:Ryder Cup | MISC:Premiership" }, /* the Budget: no name (event-nouns.tsv) */
  { "The Olympics website was busy. The Olympics open in Athens next week.",
    "MISC:Olympics | MISC:Olympics | GPE:Athens country=Greece" },
  { "He told the Today programme he was sorry. Today is his birthday.", "MISC:Today" },
  /* ... but a word of when is no noun, and a place's word inside a
   * longer name before "newspaper" is the name's. */
  { "He told the Guardian yesterday that he would quit. She wrote in the Observer that it was over.",
    "ORG:Guardian | ORG:Observer" },
  { "The headline on Saturday's Western Mail newspaper said so.", "ORG:Western Mail" },
  /* "magazine" needs no "the" (cues.tsv org-after-bare): "told Heat
   * magazine", "Forbes magazine said"; not after an article, nor the
   * tagger's person of two words, nor a listed place. */
  { "She told Heat magazine she was happy. Forbes magazine named him the richest man.", "ORG:Heat | ORG:Forbes" },
  { "The story ran in a Sunday magazine last week.", "" },
  { "Jane Hill magazine editor said so. He told US magazine he would marry.",
    "PERSON:Jane Hill | GPE:US=United States kb=iso3166:US" },
  /* Every member of a list after an org-noun in the plural is an
   * organisation, "-ies" plurals too; not a person in it, nor a list
   * that opens with no name. */
  { "It sells gear from companies such as Nokia, Intel and Thomson. Rivals such as Gordon Brown and John Prescott spoke. "
    "Companies such as these are rare.",
    "ORG:Nokia | ORG:Intel | ORG:Thomson | PERSON:Gordon Brown | PERSON:John Prescott" },
  /* An acronym before a kind of technology is none of the tagger's
   * organisations, there or elsewhere in the document; not one that
   * speaks or owns there, or that brackets define after an
   * organisation's name, nor before a kind of person, nor what a body
   * has as often as a technology (a scheme, a format). */
  { "Phones with GPRS and MMS technology are popular. GPRS lets people browse the web.", "" },
  { "The BBC technology correspondent is here. The FSA scheme helps savers. The RMT scheme was rejected.",
    "ORG:BBC | ORG:FSA | ORG:RMT" },
  { "The BBC technology is old. The BBC said so. "
    "The Royal National Institute for Deaf People (RNID) backs the RNID technology.",
    "ORG:BBC | ORG:BBC | ORG:Royal National Institute for Deaf People | ORG:RNID=Royal National Institute for Deaf People | ORG:RNID=Royal National Institute for Deaf People" },
  /* "Xs" where the document names "X Awards": the ceremony; no MISC
   * made where nothing was named ("the Smiths", a band or a family). */
  { "The Bafta Awards are in February. She won at the Baftas.", "MISC:Bafta Awards | MISC:Baftas" },
  { "The Smith Award was given. The Smiths played a gig.", "MISC:Smith Award" },
  /* A ceremony's head of cues.tsv ends the name, of any length; not
   * every event head: a law's or an election's name makes no plural an
   * event ("the Patriots", "the Generals"). */
  { "The Brit Music Awards are in February. She won at the Brits.", "MISC:Brit Music Awards | MISC:Brits" },
  { "The Grammy Music Awards were held in Los Angeles. Norah Jones swept the Grammys.",
    "MISC:Grammy Music Awards | GPE:Los Angeles country=United States | PERSON:Norah Jones | MISC:Grammys" },
  { "The Patriot Act was renewed. The Patriots beat the Jets on Sunday.", "MISC:Patriot Act | ORG:Patriots | MISC:Jets" },
  { "Police said the General Election was near. She was at the Generals in London.",
    "ORG:Generals | GPE:London country=United Kingdom" }, /* the General Election: no name (event-nouns.tsv) */
  /* A city GeoNames lists only faintly (also a word, a name), one word
   * the tagger reads as a place right after "in" or "at": the city.  Not
   * a first name ("Asia"), a cue word ("the West"). */
  { "In Nice last week, the plan was announced. Experts met in Nice to share it. Shares fell in Asia and in the West.",
    "GPE:Nice kb=geonames:2990440 country=France | GPE:Nice kb=geonames:2990440 country=France | LOC:Asia | LOC:West" },
  /* A work's title after "starred in", "his role in", "co-wrote", kept
   * whole; "and" ends it.  Not a person after "starring" (no "in"), a
   * name's possessive, or a name the tagger reads as a club or party. */
  { "She starred in Bend It Like Beckham. His role in Closer won praise. She co-wrote The Office with him.",
    "MISC:Bend It Like Beckham | MISC:Closer | MISC:The Office" },
  { "The film, starring Johnny Depp, opened. She played a role in Labour's campaign. He starred in Arsenal's win.",
    "PERSON:Johnny Depp | ORG:Labour | ORG:Arsenal" },
  /* Nor an organisation or a place the lists or a rule claim, or the
   * tagger's organisation with no function word in it; nor a word that
   * heads an organisation's name.  None of them spreads as a title. */
  { "Her role in British Airways is to cut costs. British Airways said profits rose. Shares in British Airways fell.",
    "ORG:British Airways | ORG:British Airways | ORG:British Airways" },
  { "His role in Real Madrid was small. Real Madrid won the match.", "ORG:Real Madrid | ORG:Real Madrid" },
  { "Her role in Downing Street ended. Downing Street said nothing.", "LOC:Downing Street | LOC:Downing Street" },
  { "His role in Parliament was to scrutinise.", "" },
  /* A place phrase after a title is no part of it: "in", "at", "on",
   * then a place after "the", of two words, or a listed country or
   * region; a city alone may be the title's ("Sleepless in Seattle"),
   * and the tagger's one-word place is any unknown word to it. */
  { "She starred in Hamlet at the Old Vic. He saw the film Closer in North America.",
    "MISC:Hamlet | LOC:Old Vic | MISC:Closer | LOC:North America" },
  { "He appeared in Mamma Mia in the West End.", "PERSON:Mamma Mia | LOC:West End" },
  { "She starred in Lost in Translation in 2003. He starred in Death at a Funeral.",
    "MISC:Lost in Translation | MISC:Death at a Funeral" },
  /* The tagger's place around a listed one is protected as the list's
   * name was: no title after a work's noun. */
  { "He saw the film North America with friends.", "LOC:North America" },
};

static void
test_cases (void)
{
  entity_cases_run (cases, G_N_ELEMENTS (cases));
}

/* A headline's guesses do not spread to the body: the body's mentions
 * get the same labels whether the headline ends in a quote, a question
 * mark or nothing (the headline is section "title", kept out of the
 * tagger's document history). */
static void
test_headline_history (void)
{
  static const char *const heads[] = { "Police say Tesrin raid was botched", "Police say Tesrin raid was 'botched'",
                                       "Police say Tesrin raid was botched?" };
  static const char *const body = "Tesrin said it would appeal. Analysts said Tesrin had few options left. "
                                  "Tesrin declined to comment further.";
  g_autoptr (GString) jsonl = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autoptr (JsonBuilder) b = json_builder_new ();
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "id");
      g_autofree char *id = g_strdup_printf ("head-%u", i);
      json_builder_add_string_value (b, id);
      json_builder_set_member_name (b, "text");
      g_autofree char *text = g_strdup_printf ("%s\n\n%s", heads[i], body);
      json_builder_add_string_value (b, text);
      json_builder_end_object (b);
      g_autofree char *line = json_to_string (json_builder_get_root (b), FALSE);
      g_string_append_printf (jsonl, "%s\n", line);
    }
  g_autofree char *pipeline = test_write_tmp ("entities-headline-XXXXXX.pipeline", "[pipeline]\nstages=cleanup;entities\n");
  const char *argv[] = { ASSAY_BIN, "run", pipeline, "-", "--layers", "entity", NULL };
  g_autofree char *out = test_run_assay (argv, jsonl->str);
  g_unlink (pipeline);

  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  g_autofree char *first = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_true (json_parser_load_from_data (parser, records[i], -1, NULL));
      JsonArray *anns = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                      "annotations");
      /* The body's annotations, by offset into the body. */
      gint64 body_at = (gint64) strlen (heads[i]) + 2;
      g_autoptr (GString) got = g_string_new (NULL);
      guint mentions = 0;
      for (guint k = 0; k < json_array_get_length (anns); k++)
        {
          JsonObject *a = json_array_get_object_element (anns, k);
          gint64 start = json_object_get_int_member (a, "start");
          if (start < body_at)
            continue;
          g_autofree char *one = entity_render (a);
          g_string_append_printf (got, "%" G_GINT64_FORMAT " %s | ", start - body_at, one);
          mentions++;
        }
      g_assert_cmpuint (mentions, ==, 3);
      if (first == NULL)
        first = g_strdup (got->str);
      else
        g_assert_cmpstr (got->str, ==, first);
    }
}

/* A reference list read (skip-sections empty): the title of a work
 * holds no names the tagger guessed, and the publication after it is an
 * organisation. */
static void
test_references (void)
{
  const char *text = "Officials in Prague blamed Russia for the attack.\n\nReferences\n\n"
                     "[1] Novak, J. (2023, May 2). Harbour Security Landscape: Transport Sector. Delft Papers, 7, 3-19.\n";
  g_autoptr (JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  json_builder_add_string_value (b, "refs");
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, text);
  json_builder_end_object (b);
  g_autofree char *line = json_to_string (json_builder_get_root (b), FALSE);
  g_autofree char *input = g_strdup_printf ("%s\n", line);
  g_autofree char *pipeline = test_write_tmp ("entities-test-refs-XXXXXX.pipeline", "[pipeline]\nstages=cleanup;entities\n[entities]\nskip-sections=\n");
  const char *argv[] = { ASSAY_BIN, "run", pipeline, "-", "--layers", "entity", NULL };
  g_autofree char *out = test_run_assay (argv, input);
  g_unlink (pipeline);

  g_autoptr (JsonParser) parser = json_parser_new ();
  g_assert_true (json_parser_load_from_data (parser, out, strcspn (out, "\n"), NULL));
  JsonArray *anns = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "annotations");
  const char *title = strstr (text, "Harbour"), *title_end = strstr (text, ". Delft");
  gboolean publication = FALSE;
  for (guint k = 0; k < json_array_get_length (anns); k++)
    {
      JsonObject *a = json_array_get_object_element (anns, k);
      gint64 start = json_object_get_int_member (a, "start"), end = json_object_get_int_member (a, "end");
      /* Nothing inside the title ... */
      g_assert_false (start < title_end - text && end > title - text);
      publication = publication
                    || (g_strcmp0 (json_object_get_string_member (a, "text"), "Delft Papers") == 0
                        && g_strcmp0 (json_object_get_string_member (a, "label"), "ORG") == 0);
    }
  /* ... and the publication an organisation. */
  g_assert_true (publication);
}

/* A broken data file stops the pipeline before any article, saying which
 * file and which entry: @file is written with @contents, the others are
 * the stage's own. */
static void
check_bad_data (const char *file, const char *contents, const char *where, const char *what)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("entities-data-XXXXXX", &error);
  g_assert_no_error (error);
  static const char *const files[] = { "countries.tsv", "places.tsv", "demonyms.tsv", "nationalities.tsv", "religions.tsv", "organisations.tsv",
                                       "office-holders.tsv", "actors.tsv", "actors-extra.tsv", "cities.tsv",
                                       "subdivisions.tsv", "person-names.tsv", "companies.tsv", "currencies.tsv", "malware.tsv", "diseases.tsv", "first-names.tsv",
                                       "cues.tsv", "work-nouns.tsv", "products.tsv", "product-names.tsv", "ner.model",
                                       "english-words.tsv", "timezones.tsv", "regions.tsv", "clubs.tsv",
                                       "person-nouns.tsv", "institutions.tsv", "common-capitals.tsv", "seats.tsv",
                                       "languages.tsv", "parties.tsv", "company-acts.tsv", "event-nouns.tsv", "occasion-nouns.tsv",
                                       "match-words.tsv", "sport-countries.tsv", "team-nicknames.tsv", "role-subjects.tsv", "software-nouns.tsv",
                                       "deities.tsv", "venue-bodies.tsv", "person-aliases.tsv",
                                       "owner-adjectives.tsv", "place-leads.tsv", "firm-heads.tsv" };
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *to = g_build_filename (dir, files[i], NULL);
      if (strcmp (files[i], file) == 0)
        {
          g_assert_true (g_file_set_contents (to, contents, -1, NULL));
          continue;
        }
      g_autofree char *from = g_build_filename (ENTITIES_DATA, files[i], NULL);
      g_assert_cmpint (symlink (from, to), ==, 0);
    }
  g_autofree char *pipeline = g_build_filename (dir, "test.pipeline", NULL);
  /* The model is an option of its own, not a file of the data folder. */
  g_autofree char *text = g_strdup_printf ("[pipeline]\nstages=cleanup;entities\n[entities]\ndata=%s\n%s%s%s", dir,
                                           strcmp (file, "ner.model") == 0 ? "model=" : "",
                                           strcmp (file, "ner.model") == 0 ? dir : "",
                                           strcmp (file, "ner.model") == 0 ? "/ner.model\n" : "");
  g_assert_true (g_file_set_contents (pipeline, text, -1, NULL));

  const char *argv[] = { ASSAY_BIN, "run", pipeline, "-", NULL };
  g_auto (TestResult) r = { 0 };
  test_run (&r, NULL, "{\"id\":\"a\",\"text\":\"Hello.\"}\n", argv);
  g_assert_cmpint (r.status, ==, 2);
  test_assert_contains (r.err, where);
  test_assert_contains (r.err, what);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *to = g_build_filename (dir, files[i], NULL);
      g_unlink (to);
    }
  g_unlink (pipeline);
  g_rmdir (dir);
}

static void
test_bad_data (void)
{
  /* FILE:LINE, the line counted with comments, as an editor shows it. */
  check_bad_data ("cues.tsv", "# cue words\nminister\trole\nchief\tboss\n", "cues.tsv:3:", "unknown kind \"boss\"");
  check_bad_data ("cues.tsv", "minister\trole\textra\n", "cues.tsv:1:", "write WORD<TAB>KIND");
  check_bad_data ("work-nouns.tsv", "# works\nfilm\tany\nsitcom\tsometimes\n", "work-nouns.tsv:3:",
                  "unknown kind \"sometimes\"");
  check_bad_data ("products.tsv", "# shapes\ni[A-Z\tiPod\n", "products.tsv:2:", "the pattern does not compile");
  check_bad_data ("products.tsv", "i[A-Z][a-z]+\n", "products.tsv:1:", "write PATTERN<TAB>WHAT IT NAMES");
  check_bad_data ("product-names.tsv", "# names\nLinux\tsoftware\tan operating system\n", "product-names.tsv:2:",
                  "not product, award, marks-title, numbered, maker, index, market-word or vehicle-noun");
  check_bad_data ("cities.tsv", "Oulu\tFI\t128618\tgeonames:643492\tmaybe\n", "cities.tsv:1:",
                  "none of claim, hint, faint");
  check_bad_data ("companies.tsv", "# companies\nAcme\n", "companies.tsv:2:", "1 field where");
  check_bad_data ("first-names.tsv", "# names\nIga\ten\tpl\n", "first-names.tsv:2:", "write NAME<TAB>LANGUAGES");
  check_bad_data ("religions.tsv", "# religions\nIslam\n", "religions.tsv:2:", "RELIGION<TAB>ADJECTIVES<TAB>PEOPLE'S NAMES TOO");
  check_bad_data ("diseases.tsv", "# diseases\nHIV\tx\ty\n", "diseases.tsv:2:", "NAME<TAB>ALIASES");
  check_bad_data ("company-acts.tsv", "# acts\nwent bust\tact\tWordNet\nhas\tmaybe\tEnglish\n", "company-acts.tsv:3:",
                  "write PHRASE<TAB>act, shared, aux or brand<TAB>SOURCE");
  check_bad_data ("company-acts.tsv", "# acts\nwent bust\tact\tWordNet\nhas\tmaybe\tEnglish\n", "company-acts.tsv:3:",
                  "unknown kind 'maybe'");
  check_bad_data ("company-acts.tsv", "has been\taux\tEnglish\n", "company-acts.tsv:1:", "an aux of more than one word");
  check_bad_data ("company-acts.tsv", "went bust\tact\n", "company-acts.tsv:1:", "2 fields where");
  /* mend-ent17b: ent-events17's three tables, read by one loader
   * (word_table_load()) or event_nouns_load(). */
  check_bad_data ("event-nouns.tsv", "# occasions\nBudget\tglossary\nWhite Paper\t\n", "event-nouns.tsv:3:", "an empty source");
  check_bad_data ("match-words.tsv", "# games\nwon\tat\tWordNet\ndrew\tnear\tWordNet\n", "match-words.tsv:3:",
                  "an unknown word to stand before");
  check_bad_data ("match-words.tsv", "won over\tat\tWordNet\n", "match-words.tsv:1:", "more than one word");
  /* ent-hyphens24's phrases: an empty word (two spaces) matched nothing,
   * a row that never fired, and was taken without a word. */
  check_bad_data ("person-aliases.tsv", "# aliases\nalso known as\tusage\nreal  name\tusage\n", "person-aliases.tsv:3:",
                  "one space between each");
  check_bad_data ("person-aliases.tsv", "aka\n", "person-aliases.tsv:1:", "write PHRASE<TAB>SOURCE");
  /* ent-firms28: a head noun's kind is one of three. */
  check_bad_data ("firm-heads.tsv", "# heads\ncinema\thead\tWordNet\nradio\tfirst\tWordNet\n", "firm-heads.tsv:3:",
                  "a kind other than head, lead or tail");
  /* ent-ofnames26: an adjective of ownership is one hyphened word. */
  check_bad_data ("owner-adjectives.tsv", "# owners\nstate-owned\tusage\nstate owned\tusage\n", "owner-adjectives.tsv:3:",
                  "more than one word");
  check_bad_data ("owner-adjectives.tsv", "stateowned\tusage\n", "owner-adjectives.tsv:1:", "no hyphened word");
  /* ent-sport20: a side's KB is an ISO code with its prefix, or "-". */
  check_bad_data ("sport-countries.tsv", "# sides\nSA\tSouth Africa\tiso3166:ZA\tusage\nNZ\tNew Zealand\tNZ\tusage\n",
                  "sport-countries.tsv:3:", "a KB not iso3166:XX nor -");
  check_bad_data ("sport-countries.tsv", "Aus\tAustralia\tiso3166:AU\n", "sport-countries.tsv:1:", "3 fields where");
  check_bad_data ("role-subjects.tsv", "# subjects\nculture\n", "role-subjects.tsv:2:", "write WORD<TAB>SOURCE");
  check_bad_data ("role-subjects.tsv", "culture\t\n", "role-subjects.tsv:1:", "an empty source");
  /* ent-software18: software-nouns.tsv, by word_table_load() too. */
  check_bad_data ("software-nouns.tsv", "# kinds\nservice\tbefore\tWordNet\nconsole\tafter\tWordNet\n",
                  "software-nouns.tsv:3:", "an unknown place of the name");
  check_bad_data ("software-nouns.tsv", "web site\tcalled\tWordNet\n", "software-nouns.tsv:1:", "more than one word");
  /* ent-orgs20: occasion-nouns.tsv, by word_table_load() too. */
  check_bad_data ("occasion-nouns.tsv", "# occasions\nfestival\tnoun\tusage\nfair\tplace\tusage\n",
                  "occasion-nouns.tsv:3:", "an unknown kind (noun, team, phrase, before, award, part)");
  check_bad_data ("places.tsv", "\nAtlantis\tXX\n", "places.tsv:2:", "no country with code XX");
  check_bad_data ("ner.model", "ASNER1\ntags 1\nO\n", "ner.model", "retrain it with assay-ner-train");
}

/* The instructions entities_process() executes on one document of @n
 * sentences, each naming things the document-wide rules read: long names
 * written whole and cut (a new one each sentence), events, groups, a
 * place "of" a country, a title alone, a band before its singer (one
 * band a document, find_band_mentions()), a list of companies with a
 * surname (person_evidence()).  0 where the test skipped. */
static guint64
stage_instructions (guint n)
{
  g_autoptr (GString) text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text,
                            "West Ham won at Kingston Park %u. West Ham manager Alan Pardew said Muslims and Tory MPs "
                            "saw the Booker Prize in the Republic of Ireland, the Queen said. Oasis singer Liam "
                            "Gallagher sang in Leeds. Microsoft, Apple and Jobs were in court. ",
                            i);
  g_autofree char *pipeline = test_write_tmp ("entities-test-long-XXXXXX.pipeline", "[pipeline]\nstages=cleanup;entities\n");
  const char *argv[] = { ASSAY_BIN, "run", pipeline, "-", "--layers", "entity", "--max-annotations", "10000000", "-o", "/dev/null", NULL };
  guint64 instructions = test_stage_instructions (argv, "entities_process", text->str, NULL);
  g_unlink (pipeline);
  return instructions;
}

/* The document-wide rules stay linear in a document's length: eight times
 * the sentences take about eight times the instructions, not sixty-four
 * (the reverted ent-quality round's loops took 27 s on 800 KB against
 * 5 s; 4,000 sentences are 600 KB).  Instructions, not CPU seconds,
 * which grew 26 times in CI for eight times the text (the caches and page
 * faults of a 2.5 MB document, not its loops): counts do not move between
 * runs, so the bound can be tight, a quarter over linear, room for a
 * sort's log factor and nothing more. */
static void
test_linear (void)
{
  guint64 small = stage_instructions (500);
  if (!small)
    return;
  guint64 large = stage_instructions (4000);
  g_test_message ("entities stage: %" G_GUINT64_FORMAT " instructions for 500 sentences, %" G_GUINT64_FORMAT
                  " for 4,000 (%.2f times)",
                  small, large, (double) large / small);
  g_assert_cmpuint (large, <, 10 * small);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/entities/cases", test_cases);
  g_test_add_func ("/entities/headline-history", test_headline_history);
  g_test_add_func ("/entities/references", test_references);
  g_test_add_func ("/entities/bad-data", test_bad_data);
  g_test_add_func ("/entities/linear", test_linear);
  return g_test_run ();
}
