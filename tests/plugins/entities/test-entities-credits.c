/* test-entities-credits.c: the entities stage through `assay run`, on
 * sentences written here, for films' titles known by their credit
 * (titles.c's find_credited_titles(): "X, starring Y", "X, directed by
 * Y", "X star Y", "X producer Y") or by a kind of work after it ("the
 * Phantom of the Opera movie") or by a list a work is in
 * (spread_listed_works()) or by a channel's possessive before its own
 * ("BBC Radio 4's Woman's Hour"), and film and music companies by
 * their name in full (companies.c's vote_company_stems(): "Paramount
 * Pictures ... Paramount"): what must fire, and the sentences near each
 * rule where it must not. */
#include "entity-cases.h"

/* Each annotation is written LABEL:text, separated by " | ". */
static const EntityCase cases[] = {
  /* A credit after a comma and a capitalised name, in a document that
   * names a kind of work in lowercase. */
  { "Critics liked the film, and The Aviator, starring Leonardo DiCaprio, took $9m.",
    "MISC:The Aviator | PERSON:Leonardo DiCaprio" },
  { "Critics praised the film. He said Sideways, directed by Alexander Payne, opens today.",
    "MISC:Sideways | PERSON:Alexander Payne" },
  { "Critics say Kinsey starring Liam Neeson is a film about the man.", "MISC:Kinsey | PERSON:Liam Neeson" },
  /* Who made it or is in it, before a person's name; its other mentions
   * follow (spread_works()), but a sentence's first English word. */
  { "\"It was hard,\" said Sideways producer Michael London of the film. Sideways won five awards.",
    "MISC:Sideways | PERSON:Michael London | MISC:Sideways",
    "a title's second mention opening a sentence, an English word (Sideways ORG)" },
  { "The panel included Roger Clarke and Touching the Void director Kevin McDonald, who made the film.",
    "PERSON:Roger Clarke | MISC:Touching the Void | PERSON:Kevin McDonald" },
  { "Critics say Vera Drake star Imelda Staunton won, and the film took the prize.",
    "MISC:Vera Drake | PERSON:Imelda Staunton", "a title a rule read as a person's name (Vera Drake PERSON)" },
  /* An actor or actress before the name is the work's too (ent-titles24);
   * a musician's noun before a listed item says a person, no title. */
  { "She said former Night Riders actor Tom Rayne was in the film.",
    "MISC:Night Riders | PERSON:Tom Rayne" },
  { "The film cast Dusty Answers actress Jill Orme.", "MISC:Dusty Answers | PERSON:Jill Orme" },
  { "The song features rapper Kaylo and Dune actor Jim Farr, who made the film.",
    "PERSON:Kaylo | MISC:Dune | PERSON:Jim Farr" },
  { "British actor Sam Pell and veteran actor Al Moss made the film.", "NORP:British | PERSON:Sam Pell | PERSON:Al Moss" },
  { "Veteran actor Al Moss made the film.", "PERSON:Al Moss" },
  /* Not without a kind of work named in lowercase, nor a run the lists
   * hint as a place or a company, nor a club in a sport report, nor a
   * nationality, nor a sentence's first English word alone, nor a run
   * after "and" that may begin further back, nor a person before a
   * credit with a lowercase word after it, nor a credit in lowercase
   * before a name. */
  { "He said Sideways producer Michael London spoke.", "PERSON:Michael London" },
  { "The panel included Roger Clarke and Touching the Void director Kevin McDonald, a film-maker.",
    "PERSON:Roger Clarke | MISC:Touching the Void | PERSON:Kevin McDonald",
    "a credit's title with no kind of work in lowercase near it (the tagger's ORG Void stays)" },
  { "Hollywood star Tom Cruise praised the film.", "GPE:Hollywood | PERSON:Tom Cruise" },
  { "Microsoft director Bill Gates spoke about the film.", "ORG:Microsoft | PERSON:Bill Gates" },
  { "Chelsea star Frank Lampard praised the film before Chelsea won 2-1.",
    "ORG:Chelsea | PERSON:Frank Lampard | ORG:Chelsea" },
  { "British director Mike Leigh made the film.", "NORP:British | PERSON:Mike Leigh" },
  { "Film director Ken Loach praised the movie.", "PERSON:Ken Loach" },
  { "Cakes and Ladders star Jo Bell criticised the show.", "MISC:Cakes and Ladders | PERSON:Jo Bell",
    "a title with 'and' before a credit, told from 'Ann Lee and Dune star Jim Farr' (a person, then a title)" },
  { "He said Labour director Matt Carter spoke at the conference.", "ORG:Labour | PERSON:Matt Carter" },
  { "The operation, directed by General Jackson, ended the war.", "PERSON:Jackson" },
  { "Leeds, directed by Peter Ridsdale, lost money.", "ORG:Leeds | PERSON:Peter Ridsdale" },
  /* A title with "of", "with" or "for" inside before a kind of work,
   * after "the", a possessive or its own "The": whole. */
  { "He won a prize for The Phantom of the Opera movie last year.", "MISC:The Phantom of the Opera" },
  { "Mr Blair told the BBC's Breakfast with Frost show that he agreed.",
    "PERSON:Blair | ORG:BBC | MISC:Breakfast with Frost" },
  { "He praised the Fight for Your Rights series.", "MISC:Fight for Your Rights" },
  /* Not a person's name with its particle, a head's or a place's name
   * the lists claim, nor a maker's name with no lowercase word. */
  { "Last week the Robert de Niro thriller fell to number four.", "PERSON:Robert de Niro" },
  { "He read the Bank of England report and the Disney film review.", "ORG:Bank of England | ORG:Disney" },
  { "Students at the University of London film society met.", "ORG:University of London" },
  { "He joined the Isle of Man film festival.", "GPE:Isle of Man" },
  /* The other items of a list a work's title is in are works. */
  { "Critics liked the film Closer, Hotel Rwanda and Garden State.",
    "MISC:Closer | MISC:Hotel Rwanda | MISC:Garden State" },
  { "She appeared in the film Carry On Cleo, Carry On Matron and Carry On Loving.",
    "MISC:Carry On Cleo | MISC:Carry On Matron | MISC:Carry On Loving" },
  { "The film Closer, Hotel Rwanda and Garden State were praised.",
    "MISC:Closer | MISC:Hotel Rwanda | MISC:Garden State" },
  /* Not a name after a lone "and" before a verb in the past, a clause
   * of its own; not a title's word after "your" (review of
   * ent-works13). */
  { "Third was the single The Number Of The Beast and Erasure entered the chart at four.",
    "MISC:The Number Of The Beast | ORG:Erasure" },
  { "She appeared in the films Carry On Cleo, Carry On at your Convenience, Carry On Matron and Carry On Loving.",
    "MISC:Carry On Cleo | MISC:Carry On at your Convenience | MISC:Carry On Matron | MISC:Carry On Loving" },
  /* Not a person a first name opens, nor the surname of one the
   * document names in full, nor a company the lists hint, nor an item
   * the list does not join to the work ("and the film X"). */
  { "Critics liked the film Closer and Leonardo DiCaprio.", "MISC:Closer | PERSON:Leonardo DiCaprio" },
  { "Annette Bening starred. Critics praised the film Being Julia, Closer, and Bening herself.",
    "PERSON:Annette Bening | MISC:Being Julia | MISC:Closer | PERSON:Bening" },
  { "The album Definitely Maybe, Sony and Nintendo were praised.", "MISC:Definitely Maybe | ORG:Sony | ORG:Nintendo" },
  { "Nominees were Hotel Rwanda, Garden State and the film Closer.",
    "MISC:Hotel Rwanda | MISC:Garden State | MISC:Closer",
    "titles listed before 'the film X', whose joint is no list's (Hotel Rwanda ORG, Garden State PERSON)" },
  { "The album Definitely Maybe, Oasis and Blur were praised.", "MISC:Definitely Maybe | ORG:Oasis | ORG:Blur",
    "bands listed with an album: a list's items taken for works whatever their kind (MISC)" },
  /* A title with its own possessive after a channel's or another
   * organisation's possessive: whole. */
  { "Mr Blair told BBC Radio 4's Woman's Hour that he agreed.", "PERSON:Blair | ORG:BBC Radio 4 | MISC:Woman's Hour" },
  { "He criticised shows like the BBC's They Think It's All Over.", "ORG:BBC | MISC:They Think It's All Over" },
  { "Dench starred in the RSC's All's Well That Ends Well last year.", "ORG:RSC | MISC:All's Well That Ends Well" },
  /* Not a person's name a first name opens; not without the owner. */
  { "Microsoft's Bill Gates's plans were praised.", "ORG:Microsoft | PERSON:Bill Gates" },
  { "Apple's Steve Jobs's keynote was long.", "ORG:Apple | PERSON:Steve Jobs" },
  { "Woman's Hour is broadcast daily.", "MISC:Woman's Hour",
    "a possessive title with no channel before it nor a work noun after it (Hour LOC)" },
  /* A film or music company named in full makes its name without its
   * last word the company elsewhere in the document. */
  { "Paramount Pictures, the studio behind the film, spoke. It will be a franchise for Paramount, he said.",
    "ORG:Paramount Pictures | ORG:Paramount" },
  { "He left Death Row Records in 1996. Death Row later went bankrupt.", "ORG:Death Row Records | ORG:Death Row" },
  /* Not a place the lists claim, nor a street, nor a name the document
   * never writes in full with the company's word. */
  { "London Records signed the band in London.", "ORG:London Records | GPE:London" },
  { "Abbey Road Studios is on Abbey Road.", "ORG:Abbey Road Studios | LOC:Abbey Road" },
  /* A club the lists name has stars too (review-last13). */
  { "Real Madrid star David Beckham will appear in the film Goal.",
    "ORG:Real Madrid | PERSON:David Beckham | MISC:Goal" },
  /* A name's possessive and one capitalised English word, where the
   * sentence calls something a work and the owner is named nowhere else
   * but so (titles.c's possessive_word_title()); its other mentions. */
  { "Charlotte's Web, the family film starring Dakota Fanning, took $12m.",
    "MISC:Charlotte's Web | PERSON:Dakota Fanning" },
  { "The sequel to Schindler's List was never made.", "MISC:Schindler's List" },
  { "Ocean's Thirteen took $36m, the studio said of the sequel. Ocean's Thirteen stars George Clooney.",
    "MISC:Ocean's Thirteen | MISC:Ocean's Thirteen | PERSON:George Clooney" },
  /* Not with no work named in the sentence, nor a word in lowercase, a
   * place's head, a first name, a kind of work, a company's product, an
   * apostrophe cutting a word; not an owner the text names otherwise too
   * or whose name is longer, a maker. */
  { "Ocean's Thirteen took $36m on Friday.", "" },
  { "Ocean's waves are high in the film.", "" },
  { "The film showed the waves of Ocean's Bay.", "ORG:Ocean | ORG:Bay",
    "the tagger's two names in a place's name (Ocean's Bay LOC)" },
  { "Labour's Tony Blair praised the film.", "ORG:Labour | PERSON:Tony Blair" },
  { "The single Soldier, by Destiny's Child and Lil Wayne, debuted at four.",
    "MISC:Soldier | ORG:Destiny's Child | PERSON:Lil Wayne", "a band's name with a possessive (Destiny PERSON)" },
  { "He praised the film, but Tony Blair said Blair's Cabinet met.", "PERSON:Tony Blair | PERSON:Blair" },
  { "Martin Scorsese's Aviator took $10m, and the film won.", "PERSON:Martin Scorsese" },
  { "Critics heard Mozart's Requiem in the film.", "PERSON:Mozart | MISC:Requiem",
    "the tagger's person on a capitalised kind of work (Requiem PERSON)" },
  { "Ocean's Twelve is a comedy. Mr Ocean's daughter said so.", "PERSON:Ocean",
    "a title of address the tagger keeps in a place's name (Mr Ocean LOC)" },
  /* A title of address before "of the" is a title's word, not a
   * person's title (works.c's may_be_title()); "trilogy" a work's noun. */
  { "Critics say Lord of the Flies, starring Hugh Jones, is a good film.",
    "MISC:Lord of the Flies | PERSON:Hugh Jones" },
  { "Lord of the Rings director Peter Jackson made the film.", "MISC:Lord of the Rings | PERSON:Peter Jackson" },
  { "He saw all three films in the Lord of the Rings trilogy last year.", "MISC:Lord of the Rings" },
  /* Not with no work's noun or credit beside it, nor a person's title
   * without "of the". */
  { "He became the Lord of the Manor in 1990, and wrote a trilogy.", "" },
  { "Lord Smith of the Treasury praised the film.", "PERSON:Smith | ORG:Treasury" },
  { "He wrote a trilogy of novels about Paris.", "GPE:Paris" },
  /* A title set off by commas after a kind of work (titles.c's
   * apposed_title()). */
  { "Her new romantic comedy, Prime, opens on Friday at number one.", "MISC:Prime" },
  { "The band released a new album, Astronaut, in May.", "MISC:Astronaut" },
  { "The film, Lost in Translation, won.", "MISC:Lost in Translation" },
  /* Not a person the text names there or in full elsewhere, a place, a
   * noun whose second sense only is a work, a lowercase word, a run no
   * comma closes. */
  { "The comedy, Jim Carrey said, was his best film.", "PERSON:Jim Carrey" },
  { "Johnny Depp is good. In the film, Depp, 41, plays a writer.", "PERSON:Johnny Depp | PERSON:Depp" },
  { "After the film, Paris, where it was made, was busy.", "GPE:Paris" },
  { "The series, Smith said, is over.", "PERSON:Smith" },
  { "In the film, Smith plays a doctor.", "PERSON:Smith" },
  { "Her first comedy, in 2003, was a hit.", "" },
  /* A kind of work opening the sentence, capitalised, then its title
   * (titles.c's opening_kind()). */
  { "Comedy Shark Tale came in at number four with $7m.", "MISC:Shark Tale" },
  { "Comedy adventure Son of the Monster, came in at number four.", "MISC:Son of the Monster" },
  { "Thriller Collateral took $24m.", "MISC:Collateral" },
  { "Comedy Christmas with the Kranks, starring Tim Allen, was second. The film did well.",
    "MISC:Christmas with the Kranks | PERSON:Tim Allen" },
  { "Comedy Central said it would show the film.", "ORG:Comedy Central", "the tagger's name cut (Central ORG)" },
  /* Not a person's noun or a body's after it, a plural, a name the noun
   * opens, a club in a sport report, nor two titles joined. */
  { "Comedy star Steve Martin made the film.", "PERSON:Steve Martin" },
  { "Thriller writer John Grisham sold the film rights.", "PERSON:John Grisham" },
  { "Film critic Roger Ebert liked it.", "PERSON:Roger Ebert" },
  { "Film company Miramax bought it.", "ORG:Miramax" },
  { "Film fans Tom and Ann queued.", "PERSON:Tom | PERSON:Ann" },
  { "Novel Idea Ltd was sold.", "ORG:Novel Idea Ltd" },
  { "Blues slam Blackburn over Savage. Blackburn won 2-1.", "ORG:Blackburn | PERSON:Savage | ORG:Blackburn",
    "a surname alone in a headline (Savage LOC)" },
  { "Comedy sequel Meet the Fockers and Shall We Dance, starring Jennifer Lopez, came in.",
    "MISC:Meet the Fockers | MISC:Shall We Dance | PERSON:Jennifer Lopez" },
  /* A title a verb names right after a work's noun (titles.c's
   * named_work(), cues.tsv kind work-named). */
  { "The song, titled Grief Never Grows Old and described as a ballad, was written by Mike Read.",
    "MISC:Grief Never Grows Old | PERSON:Mike Read" },
  { "His book, entitled The Year of Magical Thinking, sold well.", "MISC:The Year of Magical Thinking" },
  /* Not after another noun, nor a judgement's object, a person a first
   * name opens, a surname named in full elsewhere, a place, a verb
   * before a lowercase word. */
  { "He met a man called John Smith in the film.", "PERSON:John Smith" },
  { "The documentary called Blair a liar.", "PERSON:Blair" },
  { "The film called Tony Blair a liar.", "PERSON:Tony Blair" },
  { "Tony Blair spoke. The film called Blair, he said.", "PERSON:Tony Blair | PERSON:Blair" },
  { "The album, titled Britain, sold well.", "GPE:Britain" },
  { "The film called for changes.", "" },
};

ENTITY_CASES_MAIN ("credits", cases, entity_render_plain)
