/* test-entities-wholes.c: names cut into pieces the stage makes whole
 * again or labels by what the text says of them (issue 24's fourteenth
 * session: a newspaper's title holding a day, a body's name enumerating
 * what it is for, the House of Lords, capitalised common nouns, a work
 * the text calls one), each with sentences
 * next to it where the rule must not fire.  All sentences written
 * here. */
#include "entity-cases.h"

static const EntityCase cases[] = {
  /* A day before a paper's name after "the" or a possessive is the
   * paper's (mend_press_days(), spans.c). */
  { "The story appeared in the Sunday Times last week.", "ORG:Sunday Times" },
  { "He told the Sunday Telegraph that he would go.", "ORG:Sunday Telegraph" },
  { "Britain's Sunday Express ran the claim first.", "GPE:Britain | ORG:Sunday Express" },
  /* ... and "on" and a day after one, before a publication's noun. */
  { "Her column in the Independent on Sunday newspaper was read widely.", "ORG:Independent on Sunday" },
  /* ... not with no article before the day, nor a name after it that
   * ends in no newspaper's title word, nor a date after the paper
   * ("told the Guardian on Sunday"), nor a possessive after that
   * date. */
  { "He said on Sunday, Times readers would see the change.", "" },
  { "That Sunday Arsenal won again at home.", "ORG:Arsenal" },
  { "On the Sunday Arsenal won the cup, fans sang.", "ORG:Arsenal" },
  { "Ahead of the Friday Senate vote, aides met.", "ORG:Senate" },
  { "The Sunday Blair flew to Rome was cold.", "PERSON:Blair | GPE:Rome",
    "the tagger reads a name after a capitalised day as an organisation" },
  { "He told the Guardian on Sunday that he would quit.", "ORG:Guardian" },
  { "He told the Times on Sunday's programme that he would quit.", "ORG:Times" },
  { "Staff at the BBC on Sunday said they would strike.", "ORG:BBC" },
  /* A month after a word of when ("Last", "Next") or "this" is a date,
   * never a name, whichever pass reads it (claim()): not an item of a
   * list of titles before one ("Last May, Ray star ..."); near: "In
   * May", a month in lowercase text, a name after the date. */
  { "The film Ray won awards. Last May, Ray star Jamie Foxx was praised.",
    "MISC:Ray | MISC:Ray | PERSON:Jamie Foxx" },
  { "The film Ray won awards. In May, Ray star Jamie Foxx was praised.",
    "MISC:Ray | MISC:Ray | PERSON:Jamie Foxx" },
  { "They met last May and this June.", "" },
  { "Last May the Senate voted. Next June, Smith will retire.", "ORG:Senate | PERSON:Smith" },
  /* ... and after "in" where the sentence, a comma or a year follows
   * it, also where a person of the month's name is in the story (the
   * person's later mentions take her surname); "in May" before more of
   * the clause may be the person. */
  { "Party chair Tilda May spoke. The vote is due in May. May said she was ready.",
    "PERSON:Tilda May | PERSON:May" },
  { "Rules changed in May 2004, and Tilda May said they were poor.", "PERSON:Tilda May" },
  /* A body's name enumerating what it is for, cut at its commas and
   * "and" (mend_enumerated_names(), spans.c). */
  { "A spokesman for the Department for Culture, Media and Sport said there were no plans.",
    "ORG:Department for Culture, Media and Sport" },
  { "The Department for Environment, Food and Rural Affairs said farmers would be paid.",
    "ORG:Department for Environment, Food and Rural Affairs" },
  /* ... not a list of names after a body's ("Microsoft", "Demos": no
   * English words; "the Treasury": an article), nor days, nor places,
   * nor a list before a noun it modifies. */
  { "Officials from the Ministry of Defence, Microsoft and Sony met.",
    "ORG:Ministry of Defence | ORG:Microsoft | ORG:Sony" },
  { "The Department for Transport said on Monday, Tuesday and Wednesday trains would run.",
    "ORG:Department for Transport" },
  { "The Office of Fair Trading, the Treasury and the Bank agreed.",
    "ORG:Office of Fair Trading | ORG:Treasury | ORG:Bank" },
  { "The Institute for Public Policy Research, Demos and Civitas wrote.",
    "ORG:Institute for Public Policy Research | ORG:Demos | ORG:Civitas" },
  { "Talks between France, Germany and Italy broke down.", "GPE:France | GPE:Germany | GPE:Italy" },
  { "The Ministry of Health, Army and Navy chiefs met.", "ORG:Ministry of Health | ORG:Navy" },
  /* ... nor the armed services, each a body (cues.tsv org-word). */
  { "The Ministry of Defence, Navy and Air Force were on alert.",
    "ORG:Ministry of Defence | ORG:Navy | ORG:Air Force" },
  { "The Ministry of Defence, Navy and Army said troops would stay.",
    "ORG:Ministry of Defence | ORG:Navy | ORG:Army" },
  /* ... nor "and" alone with no comma: "Education and Skills" is as
   * often two things named.  The tagger itself glues a person to a
   * body's name after "and": not mended yet. */
  { "The Department of Health and Tony Blair disagreed.", "ORG:Department of Health | PERSON:Tony Blair",
    "a person after \"and\" cut from the tagger's organisation" },
  /* The House of Lords by its short name, as the House of Commons by
   * its (organisations.tsv; CoNLL's eng.train writes "House of
   * Commons" an organisation and has no "Lords" alone). */
  { "The plan passed the Commons but was defeated in the Lords.", "ORG:Commons | ORG:Lords" },
  { "Peers in the Lords rejected the plan on Monday.", "ORG:Lords" },
  /* ... not in lowercase, nor the cricket ground's possessive. */
  { "The law lords ruled that the detention was unlawful.", "" },
  { "England play at Lord's in May.", "GPE:England" },
  /* ... nor inside another name, nor before "of", nor as a title
   * before names with no "the" before it; after "the", or before a
   * role, it is the body (drop_short_forms_in_names(), rules.c). */
  { "Drug Lords control the border towns.", "" },
  { "The Lords of the Manor owned the village.", "" },
  { "Lords Bingham and Steyn dissented.", "PERSON:Bingham | PERSON:Steyn" },
  { "The Lords voted on Monday, and the Lords Speaker spoke.", "ORG:Lords | ORG:Lords" },
  { "Commons Speaker Michael Martin ruled on it.", "ORG:Commons | PERSON:Michael Martin" },
  /* A capitalised common noun CoNLL's eng.train writes mostly as no
   * name (common-capitals.tsv: Cabinet 3 to 1, Government) is none
   * after "the", though the document never writes it in lowercase. */
  { "Critics in the Cabinet were angry about the plan.", "" },
  { "The Cabinet's decision was final, aides said.", "" },
  { "He wrote to the Government about the cuts.", "" },
  /* ... not a longer name holding it, nor one going on past "of" or a
   * possessive and a capital, nor a word CoNLL writes as a name
   * (institutions.tsv: the Treasury), nor before a publication's
   * noun. */
  { "The Cabinet met on Tuesday and the Cabinet Office said so.", "ORG:Cabinet Office" },
  { "He read the People's Daily every day.", "ORG:People's Daily" },
  { "The Chancellor spoke to the Treasury.", "ORG:Treasury" },
  { "Editors at the People newspaper agreed.", "ORG:People" },
  /* A title the text says is a work right after it, by "is" or a
   * comma and an article, and the document's other mentions of it
   * (find_described_works(), titles.c). */
  { "Wolf Brother is an enchanting book, he said. Critics loved Wolf Brother.",
    "MISC:Wolf Brother | MISC:Wolf Brother" },
  /* ... not a first name the document says is a person's at another
   * mention (a reporting verb after it), which keeps its mentions; the
   * tagger's person at the other mention says nothing. */
  { "Kate Moss, the film, premiered. Kate Moss said she liked it.", "MISC:Kate Moss | PERSON:Kate Moss",
    "the described mention itself stays the tagger's person (Kate Moss PERSON x2, no longer MISC x2)" },
  { "Mary Poppins, the film, opened in London. Mary Poppins made millions.",
    "MISC:Mary Poppins | GPE:London | MISC:Mary Poppins" },
  { "Angels is the best song of the last 25 years, fans said. Robbie sang Angels.",
    "MISC:Angels | PERSON:Robbie | MISC:Angels" },
  { "He wrote Kestrel Moon, the thriller, in 1990. Kestrel Moon was filmed.",
    "MISC:Kestrel Moon | MISC:Kestrel Moon" },
  /* ... not before another noun, nor a clause's subject after a comma,
   * nor a noun whose first sense is no work ("story"), nor an
   * adjective ("a novel candidate"). */
  { "Tom Hanks is a film star in America.", "PERSON:Tom Hanks | GPE:America" },
  { "Sony is a games company from Japan.", "ORG:Sony | GPE:Japan" },
  { "He met Anna Bell, the film star, in Rome.", "PERSON:Anna Bell | GPE:Rome" },
  { "Directed by Antoine Fuqua, the film was poorly received.", "PERSON:Antoine Fuqua" },
  { "Gordon Brown is the story of the week.", "PERSON:Gordon Brown" },
  { "Kerry is a novel candidate for the post.", "PERSON:Kerry" },
};

ENTITY_CASES_MAIN ("wholes", cases, entity_render_plain)
