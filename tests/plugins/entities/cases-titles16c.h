/* cases-titles16c.h: rows of test-entities-works.c's table (included
 * inside it) for the sixteenth session's awkward titles, prizes and
 * companies (ent-titles16c): each rule's sentences, and the sentences
 * near it where it must not fire, written here. */

/* A company whose name opens with an ordinal in digits: whole, ORG. */
{ "The film was released by 21st Century Pictures in the US.", "ORG:21st Century Pictures | GPE:US" },
{ "Shares in 21st Century Pictures rose 3%.", "ORG:21st Century Pictures" },
{ "The deal with 21st Century Films was signed.", "ORG:21st Century Films" },
{ "The studio 21st Century Pictures said the film made $50m.", "ORG:21st Century Pictures" },
/* Not a person after a rank, a one-word name after it, a date, nor a
 * table's rank opening a line. */
{ "The 2nd Tony Blair government fell.", "PERSON:Tony Blair" },
{ "In the 20th Century Pablo Picasso painted in Paris.", "PERSON:Pablo Picasso | GPE:Paris" },
{ "He won his 3rd Oscar last night.", "MISC:Oscar" },
{ "On the 21st March Gordon Brown will speak.", "PERSON:Gordon Brown" },
/* A title opening "I," after a work's noun, or before a credit at the
 * sentence's start: whole, MISC. */
{ "The film I, Claudius, starring Derek Jacobi, opened at number one.", "MISC:I, Claudius | PERSON:Derek Jacobi" },
{ "I, Cyborg, starring Derek Jacobi, topped the box office.", "MISC:I, Cyborg | PERSON:Derek Jacobi" },
{ "He read the novel I, Claudius in a week.", "MISC:I, Claudius" },
/* Not a sentence that opens "I", with no work named or a person after
 * the comma. */
{ "I, for one, think Tony Blair is right.", "PERSON:Tony Blair" },
{ "I, Tony Blair, promise to serve.", "PERSON:Tony Blair" },
{ "When the film ended I, Tom and Jane left.", "PERSON:Tom | PERSON:Jane" },
/* A prize's long name with "of" and its acronym in brackets before its
 * head: whole, MISC. */
{ "She won at the Festival of Gospel Music (FGM) Awards in London.", "MISC:Festival of Gospel Music (FGM) Awards | GPE:London" },
{ "The Academy of Country Music (ACM) Awards took place in Las Vegas.",
  "MISC:Academy of Country Music (ACM) Awards | GPE:Las Vegas" },
/* Not a body and its acronym before a lowercase noun, nor a body and
 * its acronym alone. */
{ "He spoke at the Federation of Small Businesses (FSB) conference in May.",
  "ORG:Federation of Small Businesses | ORG:FSB" },
/* A paper's name and "the" before a writer's noun: the paper, ORG; not
 * a nationality, a place, nor a sentence's adjective with no "the". */
{ "The Guardian journalist wrote the piece.", "ORG:Guardian" },
{ "The Guardian columnist wrote about it.", "ORG:Guardian" },
{ "The French journalist Jean Dupont was freed.", "NORP:French | PERSON:Jean Dupont" },
{ "The London journalist said so.", "GPE:London" },
{ "Veteran journalist John Simpson was there.", "PERSON:John Simpson" },
/* A song's title with a bracketed part in capitals after a song's
 * noun: whole, MISC. */
{ "The album includes the singles Skyline and Shine (LIVE).", "MISC:Skyline | MISC:Shine (LIVE)" },
/* Not after a film's noun (a rating, a channel), nor a place the lists
 * know, nor a body and its acronym. */
{ "The singer said the film Closer (PG) was fine.", "MISC:Closer | ORG:PG" },
{ "The Recording Industry (BPI) said sales fell.", "ORG:Recording Industry | ORG:BPI" },
{ "The author Philip Roth (US) was shortlisted.", "PERSON:Philip Roth | GPE:US" },
{ "Her hit single Yeah (UK) sold well.", "MISC:Yeah | GPE:UK" },
/* A record label called one: in apposition after the plural, and with
 * a hyphenated name or a trade's word before the noun. */
{ "He was put in charge of one of hip-hop's most influential labels, Def Jam.", "ORG:Def Jam" },
{ "He joined the Kool-A-Vision record label.", "ORG:Kool-A-Vision" },
{ "He moved to the Mute dance label last year.", "ORG:Mute" },
/* Not a person after the plural, nor a verb of the label's kind after
 * a person's name and a verb. */
{ "The singer joined one of the big labels, Tony Blair said.", "PERSON:Tony Blair" },
{ "Actors Samuel L Jackson and Ben Stiller have signed up for the sitcom.",
  "PERSON:Samuel L Jackson | PERSON:Ben Stiller" },
/* A group's name with two hyphens or a word in capitals inside, after
 * a band's noun: ORG, whole. */
{ "The rap group Bone Thugs-N-Harmony released a single.", "ORG:Bone Thugs-N-Harmony" },
{ "The group Boyz II Men released a single.", "ORG:Boyz II Men" },
/* Not with no band's noun, nor a numeral closing a person's name. */
{ "Bone Thugs-N-Harmony released a single.", "PERSON:Bone Thugs-N-Harmony" },
{ "The group John Paul II founded met in Rome.", "MISC:John Paul II | GPE:Rome" },
{ "The group Tony Blair MP leads met.", "PERSON:Tony Blair" },
/* Songs listed after "hits have included": each a title. */
{ "Her hits have included Toxic and Lucky.", "MISC:Toxic | MISC:Lucky" },
{ "Tom Vale's hits have included Hard Knock Life and Paper Moon.", "PERSON:Tom Vale | MISC:Hard Knock Life | MISC:Paper Moon" },
/* Not cars after "the worst hits" (no song's evidence). */
{ "The worst hits have included Ford, Rover and Vauxhall.", "ORG:Ford | ORG:Rover | ORG:Vauxhall" },
