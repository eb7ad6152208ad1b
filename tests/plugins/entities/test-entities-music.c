/* test-entities-music.c: the entities stage through `assay run`, on
 * sentences written here, for bands, labels, musicians and songs known
 * by the words music stories write around them (music.c): a musician's
 * noun between a band's name and a person's, the name after it the
 * musician's, a label's noun after its name, "signed to" before it, a
 * list after "bands ... include", and a song's title after a name's
 * possessive and "single" (works.c): what must fire, and the sentences
 * near each rule where it must not. */
#include "entity-cases.h"

/* Each annotation is written LABEL:text, separated by " | ". */
static const EntityCase cases[] = {
  /* A band's player between two names: the first is the band, whatever
   * the tagger made of it (a place, a thing, nothing). */
  { "Former Busted singer Charlie Simpson is to form a new band.", "ORG:Busted | PERSON:Charlie Simpson" },
  { "Kasabian frontman Tom Meighan said the tour was a success.", "ORG:Kasabian | PERSON:Tom Meighan" },
  { "Razorlight drummer Andy Burrows joined the band in 2004.", "ORG:Razorlight | PERSON:Andy Burrows" },
  /* A name opening with a person's whose later word is an English word;
   * a thing of two words the tagger found. */
  { "Former Stone Roses singer Ian Brown was arrested.", "ORG:Stone Roses | PERSON:Ian Brown" },
  { "The band played with Joy Division singer Ian Curtis in 1979.", "ORG:Joy Division | PERSON:Ian Curtis" },
  { "The film is about former Led Zeppelin singer Robert Plant.", "ORG:Led Zeppelin | PERSON:Robert Plant" },
  /* Not a first name or a surname the lists hint (a solo star's
   * player), a nationality, a place, a genre opening a sentence, a
   * contest's or a show's singer, a club's player. */
  /* The tagger cut "Stuart" from "Price" (English, capitalised
   * mid-sentence): mend_cut_people() joins them. */
  { "Madonna guitarist Stuart Price produced the album.", "PERSON:Madonna | PERSON:Stuart Price" },
  { "Springsteen guitarist Nils Lofgren toured with him.", "PERSON:Nils Lofgren" },
  { "Bruce Springsteen guitarist Nils Lofgren toured with him.", "PERSON:Bruce Springsteen | PERSON:Nils Lofgren" },
  { "Eurovision Song Contest singer Ruslana won.", "MISC:Eurovision Song Contest | PERSON:Ruslana",
    "a contest's name the tagger cuts (Eurovision Song ORG)" },
  { "Welsh singer Tom Jones played at the gig.", "NORP:Welsh | PERSON:Tom Jones" },
  { "Jazz singer Cleo Laine sang on Tuesday.", "PERSON:Cleo Laine" },
  { "Eurovision singer Ruslana won the contest in Istanbul.", "MISC:Eurovision | PERSON:Ruslana | GPE:Istanbul" },
  { "Labour MP Tony Wright and Tory drummer Bob Smith attended.",
    "PERSON:Tony Wright | NORP:Tory | PERSON:Bob Smith" },
  { "Chelsea striker Didier Drogba scored twice.", "ORG:Chelsea | PERSON:Didier Drogba" },
  { "The Smiths singer Morrissey played in Manchester.", "ORG:The Smiths | PERSON:Morrissey | GPE:Manchester",
    "a band the tagger calls a thing before a person-noun (Smiths MISC, as \"Eurovision singer\")" },
  /* The name right after a musician's noun is the musician, whatever
   * the tagger made of it or where it found none; a sentence's first
   * word is the noun, not the name's; the name's other mentions vote
   * with it. */
  { "The rapper DMX was arrested in New York.", "PERSON:DMX | GPE:New York" },
  { "Singer LL Cool J and rapper Ja Rule performed at the show.", "PERSON:LL Cool J | PERSON:Ja Rule" },
  { "US rapper Snoop Dogg was named best act.", "GPE:US | PERSON:Snoop Dogg" },
  { "Rapper Eminem topped the chart with his new album Encore.", "PERSON:Eminem | MISC:Encore" },
  { "He said Def Jam rapper Ja Rule was there.", "ORG:Def Jam | PERSON:Ja Rule" },
  { "He joined the Def Jam label in 1999.", "ORG:Def Jam" },
  /* So is the name after "star", but the name before it is a film's
   * (titles.c), not a band's. */
  { "The soul star Alicia Keys is to open the Super Bowl.", "PERSON:Alicia Keys | MISC:Super Bowl" },
  { "The film was to star Jude Law and Keira Knightley.", "PERSON:Jude Law | PERSON:Keira Knightley" },
  { "Critics say Vera Drake star Imelda Staunton won, and the film took the prize.",
    "MISC:Vera Drake | PERSON:Imelda Staunton", "a title a rule read as a person's name (Vera Drake PERSON)" },
  /* Not a function word, a title, a mark, a place the lists know; a
   * name opening with a number is left (links.c would cut its later
   * mentions to the last word). */
  { "The singer Tuesday said she was tired.", "" },
  { "He thanked singer Sir Cliff Richard for the song.", "PERSON:Cliff Richard" },
  { "The singer, Madonna, said she was happy.", "PERSON:Madonna" },
  { "The singer London loved most was Adele.", "GPE:London | PERSON:Adele" },
  { "Rock singer Pete Doherty has been in a fight.", "PERSON:Pete Doherty" },
  { "Rapper 50 Cent has a new album.", "PERSON:50 Cent", "a stage name opening with a number (nothing found)" },
  /* A record label's noun after its name and a determiner or a
   * possessive; the name after "signed to". */
  { "The album came out on the Mute label last week.", "ORG:Mute" },
  { "The rapper released his new album on the Interscope label.", "ORG:Interscope" },
  { "The band was signed to Creation in 1993 after a gig in Glasgow.", "ORG:Creation | GPE:Glasgow" },
  /* Not the verb, not a label on a tin, not a treaty signed to end a
   * war, not a person signed to a club. */
  { "The label on the tin said it was safe.", "" },
  { "Records show that Smith paid the tax.", "PERSON:Smith" },
  { "The treaty was signed to end the war in Bosnia.", "LOC:Bosnia" },
  { "He was signed to Arsenal in 2001 and played 40 games.", "ORG:Arsenal" },
  { "He said the Labour label was a liability for Brown.", "ORG:Labour | PERSON:Brown" },
  /* A name's possessive says a single is a song ("single" alone is
   * an adjective as often). */
  { "Coldplay's single Speed of Sound went straight to number one.", "ORG:Coldplay | MISC:Speed of Sound",
    "a band's possessive the tagger leaves out (Coldplay missed)" },
  { "Kylie Minogue's single Can't Get You Out of My Head was a hit.",
    "PERSON:Kylie Minogue | MISC:Can't Get You Out of My Head" },
  { "Channel 4's series Shameless won an award.", "ORG:Channel 4 | MISC:Shameless" },
  /* Not a nationality, a listed name alone, a league, a lowercase word
   * after it. */
  { "Britain's single European currency debate is over.", "GPE:Britain | NORP:European" },
  { "In Blair's story Brown is the villain, the critics said.", "PERSON:Blair | PERSON:Brown" },
  { "Arsenal's single Premiership defeat came at Old Trafford.", "ORG:Arsenal | LOC:Old Trafford" },
  { "Europe's single market needs reform, said Mr Blair.", "LOC:Europe | PERSON:Blair" },
  { "England's series win over India was their first.", "GPE:England | GPE:India" },
  /* A list of bands after their plural noun and a few lowercase words:
   * each a band, a first name alone too; a person's full name stays. */
  { "Other bands at the festival include Embrace, Athlete, Keane and The Zutons.",
    "ORG:Embrace | ORG:Athlete | ORG:Keane | ORG:The Zutons" },
  { "Other bands at the sold-out festival include Queens of the Stone Age, The Killers and Keane.",
    "ORG:Queens of the Stone Age | ORG:The Killers | ORG:Keane",
    "a band's name with lowercase words the tagger cuts (Queens, Stone Age)" },
  /* A place the lists name among the bands is a band named so, where
   * another item is a band; a list of places names none. */
  { "Other bands include Zorbek, Texas and Quarrybend.", "ORG:Zorbek | ORG:Texas | ORG:Quarrybend" },
  { "Bands from cities such as Leeds and York played.", "GPE:Leeds | GPE:York" },
  { "Other bands include the Zutons, Athlete and Embrace.", "ORG:Zutons | ORG:Athlete | ORG:Embrace" },
  { "Other bands include the Kaiser Chiefs and Embrace.", "ORG:Kaiser Chiefs | ORG:Embrace",
    "a band named as a first name and an English word (Kaiser Chiefs PERSON: \"Gareth Gates\" is a person)" },
  { "Bands such as Tom Jones and Kylie Minogue's backing group played.", "PERSON:Tom Jones | PERSON:Kylie Minogue" },
  { "The band of brothers fought at Arnhem, said Tom Hanks.", "GPE:Arnhem | PERSON:Tom Hanks" },
  /* The words between the noun and the list open with a preposition:
   * not a clause of their own. */
  { "The groups have targeted projects like the Newbury bypass.", "LOC:Newbury" },
  /* The name right after "group" is one, not a person's. */
  { "McFadden quit chart-topping group Westlife in March.", "PERSON:McFadden | ORG:Westlife" },
  { "The rights group Liberty said the law was wrong.", "ORG:Liberty" },
  { "The group Tony Blair leads met on Monday.", "PERSON:Tony Blair" },
  { "It was a group of people from Leeds.", "GPE:Leeds" },
  { "The minister said the single market was a chart of inflation.", "" },
  /* A song's title after "hit", "track", "single" where the word before
   * says a song's (a music word, a song's or a work's noun, a
   * possessive), or between commas after it: the whole title, its
   * lowercase words inside (music.c, song_after()). */
  { "She reached number one with her debut hit Genie in a Bottle in October 1999.", "MISC:Genie in a Bottle" },
  { "Her most recent single, Car Wash, featuring Missy Elliott, reached number four.",
    "MISC:Car Wash | PERSON:Missy Elliott" },
  { "Their biggest hit, Wonderwall, sold a million copies.", "MISC:Wonderwall" },
  { "The opening track Fix You is slow.", "MISC:Fix You",
    "\"opening\" is no music word (\"the opening track, Silverstone,\"): waits for a test of a document about music" },
  { "The title track, Speed of Sound, was released first.", "MISC:Speed of Sound" },
  { "He won the award for the hit track Lady Marmalade last year.", "MISC:Lady Marmalade",
    "a title opening with a title of address (Lady: works.c's not_a_title())" },
  /* Not a verb after a name or a plural noun, not "a hit to", "the track
   * record", "its single currency", nor a clause between commas. */
  { "Hurricane Katrina hit Louisiana and Mississippi last year.", "PERSON:Katrina | GPE:Louisiana | GPE:Mississippi",
    "a storm's name (Katrina PERSON)" },
  { "The storms hit Mozambique in March.", "GPE:Mozambique" },
  { "The strike was a hit to the economy of the region.", "" },
  { "He has a good track record of winning in Europe.", "LOC:Europe" },
  { "The police track Smith and Jones across Europe.", "PERSON:Smith | PERSON:Jones | LOC:Europe",
    "two surnames the tagger splits (Jones ORG)" },
  { "Her single European tour was cancelled.", "NORP:European" },
  { "His debut single, which was released in May, flopped.", "" },
  { "He won the smash hit award in London.", "GPE:London" },
  /* A circuit after "track" and a name's possessive of a place; a genre
   * bare or after "a" is a noun, "hit" its verb. */
  { "The opening track, Silverstone, was wet.", "LOC:Silverstone" },
  { "Britain's track, Silverstone, hosts the race.", "GPE:Britain | LOC:Silverstone" },
  { "A rock hit Smith on the head during the riot.", "PERSON:Smith" },
  { "The pop hit Toxic was number one.", "MISC:Toxic" },
  { "Kylie's hit Spinning Around topped the charts.", "PERSON:Kylie | MISC:Spinning Around" },
  /* A list of songs after "hits include", "songs such as", "the singles":
   * each a song, whole; not a verb's objects. */
  { "Her hits include What a Girl Wants, Dirrty and Beautiful.", "MISC:What a Girl Wants | MISC:Dirrty | MISC:Beautiful" },
  { "His hits such as Angels and Feel were played at the concert.", "MISC:Angels | MISC:Feel" },
  { "The band released the singles Yellow, Trouble and Clocks last year.", "MISC:Yellow | MISC:Trouble | MISC:Clocks" },
  { "It gave the hit singles Time Is Running Out, Hysteria, and Butterflies And Hurricanes.",
    "MISC:Time Is Running Out | MISC:Hysteria | MISC:Butterflies And Hurricanes" },
  { "They won fame with hits including I Still Haven't Found What I'm Looking For and With Or Without You.",
    "MISC:I Still Haven't Found What I'm Looking For | MISC:With Or Without You" },
  /* The plural's own evidence, or "other", a decade, a preposition
   * before it: an adjective there says nothing. */
  { "The worst hits include Ford, Rover and Vauxhall.", "ORG:Ford | ORG:Rover | ORG:Vauxhall" },
  { "The worst hits were Ford, Rover and Vauxhall.", "ORG:Ford | ORG:Rover | ORG:Vauxhall" },
  { "He sang on 1960s hits such as Come Tomorrow and Sha La La in 1965.", "MISC:Come Tomorrow | MISC:Sha La La" },
  { "The band toured with other hits including Street Life and Avalon.", "MISC:Street Life | MISC:Avalon" },
  { "He sang on old hits such as Come Tomorrow and Sha La La in 1965.", "MISC:Come Tomorrow | MISC:Sha La La",
    "an adjective no list says is music's (\"old\", as \"worst\")" },
  { "The boxer hits Smith and Jones in turn.", "PERSON:Smith | PERSON:Jones", "two surnames the tagger splits (Jones ORG)" },
  { "Her hits include songs by Madonna and Prince.", "PERSON:Madonna | PERSON:Prince",
    "a one-word name after \"and\" (Prince missed)" },
  /* A genre capitalised alone before a musician's noun is no name; a
   * band's name is, and a genre's word that is no musician's noun's. */
  { "Pop star Kylie Minogue has cancelled her tour.", "PERSON:Kylie Minogue" },
  { "Country singer Johnny Cash died in 2003.", "PERSON:Johnny Cash" },
  { "Oasis singer Liam Gallagher was arrested.", "ORG:Oasis | PERSON:Liam Gallagher" },
  /* A band the document names by its player's noun, even opening a
   * sentence, is an organisation at its other mentions; not a contest's
   * name, a genre, a nationality, an English word alone. */
  { "Busted singer Charlie Simpson has left the band. He said leaving Busted was hard.",
    "ORG:Busted | PERSON:Charlie Simpson | ORG:Busted" },
  { "Snow Patrol guitarist Nathan Connolly spoke. He has been a member of Snow Patrol since 2002.",
    "ORG:Snow Patrol | PERSON:Nathan Connolly | ORG:Snow Patrol" },
  { "The Bravery singer Sam Endicott spoke. They played in support to The Bravery in New York.",
    "ORG:Bravery | PERSON:Sam Endicott | ORG:The Bravery | GPE:New York" },
  { "Eurovision singer Ruslana won. She said Eurovision was fun.", "MISC:Eurovision | PERSON:Ruslana | MISC:Eurovision" },
  { "Legendary singer Ray Charles died. Legendary was the word, he said.", "PERSON:Ray Charles" },
  { "Welsh singer Tom Jones played. The Welsh love him.", "NORP:Welsh | PERSON:Tom Jones | NORP:Welsh" },
  { "Busted singer Charlie Simpson spoke. He became a member of Parliament in 1997.",
    "PERSON:Charlie Simpson | ORG:Parliament", "an institution after \"member of\" (missed)" },
  { "Pop goes the weasel, said Smith.", "PERSON:Smith", "a verb's subject at a sentence's start (Pop ORG)" },
  { "He became a member of Parliament in 1997.", "ORG:Parliament", "an institution after \"member of\" (missed)" },
  /* A name the tagger reads as a person that the text makes plural and
   * never one person is a band at every mention (bands.c): a plural
   * verb right after it, or in a music story "their" in its clause. */
  { "Zorbek are to play at the festival in August. The singer said Zorbek were ready.",
    "ORG:Zorbek | ORG:Zorbek" },
  { "The singer was there. Newcomers Zorbek came third for their August gig.", "ORG:Zorbek" },
  { "The singer was there. Velvet Lantern played their first show in May.", "ORG:Velvet Lantern" },
  { "Velvet Lantern have won the cup after beating Marsby 2-1.", "ORG:Velvet Lantern" },
  /* Not a name joined to another, in a phrase or before a wish's
   * "were"; not where one mention is "he"; a first name and a surname
   * need a plural verb, "their" says nothing of it. */
  { "Jenna Marlow and guitarist Tom Pike are on tour.", "PERSON:Jenna Marlow | PERSON:Tom Pike" },
  { "Fans of Jenna Marlow have waited long for the singer.", "PERSON:Jenna Marlow" },
  { "If the young Jenna Marlow were a singer today, she would be famous.", "PERSON:Jenna Marlow" },
  { "The singer was there. Velvet Lantern played their first show in May. Velvet Lantern said he was happy.",
    "PERSON:Velvet Lantern | PERSON:Velvet Lantern" },
  { "The singer was there. Jenna Marlow took their fans by surprise.", "PERSON:Jenna Marlow" },
};

ENTITY_CASES_MAIN ("music", cases, entity_render_plain)
