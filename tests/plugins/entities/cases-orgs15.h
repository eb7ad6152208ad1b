/* cases-orgs15.h: rows of test-entities-orgnames.c's table for issue
 * 24's organisations round of ent-orgs15, each rule with the sentences
 * next to it where it must not fire.  Included inside that table. */

  /* A club's short form that is an English word (clubs.tsv, teams.c's
   * find_club_short_forms()), in a sport report, written with a capital
   * inside a sentence and never in lowercase. */
  { "Tottenham beat Fulham 2-0. The striker joined Spurs on Monday.",
    "ORG:Tottenham | ORG:Fulham | ORG:Spurs" },
  { "Nottingham Forest beat Derby 2-1. Forest chief executive Mark Arthur was pleased.",
    "ORG:Nottingham Forest | ORG:Derby | ORG:Forest | PERSON:Mark Arthur" },
  { "Crystal Palace drew 1-1 with Norwich. Palace boss Iain Dowie was pleased.",
    "ORG:Crystal Palace | ORG:Norwich | ORG:Palace | PERSON:Iain Dowie" },
  /* Opening sentences only: where the words around it show a club. */
  { "Spurs fans were angry after the 2-0 defeat by Chelsea.", "ORG:Spurs | ORG:Chelsea" },
  /* Not the word: in no sport report, opening a sentence with nothing
   * of a club beside it, written in lowercase elsewhere, after "the" or
   * inside a longer name. */
  { "Forest fires swept through the hills on Monday.", "" },
  { "Chelsea beat Arsenal 2-1. Forest fires near the ground delayed the kick-off.", "ORG:Chelsea | ORG:Arsenal" },
  { "Chelsea won 2-1. Fans walked through the forest, and Forest paths were muddy.", "ORG:Chelsea" },
  { "Chelsea won 2-1 on Sunday. The players then went for a walk in Sherwood Forest.",
    "ORG:Chelsea | LOC:Sherwood Forest" },
  { "He loves the trees of the forest. Spurs were worn by the riders.", "" },
  /* A listed club after "against" and before a stop or a small word is
   * the club, not the event the tagger read; not before a noun. */
  { "He scored against Wimbledon to save Everton from relegation, and Everton won 2-1.",
    "ORG:Wimbledon | ORG:Everton | ORG:Everton" },
  { "Federer lost against Wimbledon champion Hewitt 6-4.", "MISC:Wimbledon | PERSON:Hewitt" },
  /* A player named like a club's short form, with nothing of a club
   * beside him, stays the tagger's person. */
  { "Mexico won 2-0 in the friendly. Villa scored twice for Mexico.", "GPE:Mexico | PERSON:Villa | GPE:Mexico" },

  /* A place and a sport's name (cues.tsv kind sport-name), or "Team"
   * and a country: a national sports body (orgnames.c). */
  { "UK Athletics has agreed a new kit deal.", "ORG:UK Athletics" },
  { "The firm kitted out Team GB at the Olympics.", "ORG:Team GB | MISC:Olympics" },
  { "Sport England gave money to the project.", "ORG:Sport England" },
  { "Athletics Kenya named its team on Monday.", "ORG:Athletics Kenya" },
  { "Prince Charles played for Team Highgrove on Sunday.", "PERSON:Charles | ORG:Team Highgrove" },
  { "England Hockey said the coach would stay.", "ORG:England Hockey" },
  { "British Cycling said the team was ready.", "ORG:British Cycling" },
  /* mend-ent15: an MSP is an office as an MP is (cues.tsv role msp). */
  { "Tory MPs said Michael Howard was right. Tory MSPs agreed.", "NORP:Tory | PERSON:Michael Howard | NORP:Tory" },
  { "The MSP for Glasgow resigned.", "GPE:Glasgow" },
  /* mend-ent15: a nationality and a capitalised sport only where the
   * body speaks, owns or is staffed; else the sport's. */
  { "British Cycling's performance director Dave Brailsford spoke.", "ORG:British Cycling | PERSON:Dave Brailsford" },
  { "Scottish Swimming chief executive Paul Bush resigned.", "ORG:Scottish Swimming | PERSON:Paul Bush" },
  { "English Football is in a mess, said the manager.", "NORP:English" },
  { "French Tennis star Amelie Mauresmo won in Berlin.", "NORP:French | PERSON:Amelie Mauresmo | GPE:Berlin" },
  { "Irish Racing is worth a billion euros a year to the economy.", "NORP:Irish" },
  /* Not a longer name, a sport in lowercase, "Team" before a person. */
  { "The UK Athletics Championships start in Birmingham.", "MISC:UK Athletics Championships | GPE:Birmingham" },
  { "He won gold for England in athletics.", "GPE:England" },
  { "Team leader John Smith said the project was late.", "PERSON:John Smith" },
  { "The England hockey team lost.", "GPE:England" },
  { "The British cycling team won.", "NORP:British" },

  /* A name the tagger calls a person, then its initials in brackets: a
   * company (companies.c), and the initials take its label. */
  { "A woman is suing Hewlett Packard (HP) over ink. HP declined to comment.",
    "ORG:Hewlett Packard | ORG:HP | ORG:HP" },
  /* Not a first name's person, English words alone, nor initials of
   * another length. */
  { "Tremors can be caused by conditions like Essential Tremor (ET).", "",
    "the tagger's person over a disease's name (no rule of this table's: English words alone stay as the tagger read them)" },
  { "John Smith (JS) said no.", "PERSON:John Smith | PERSON:JS" },
  { "A woman is suing Hewlett Packard (HPQ) over ink.", "ORG:Hewlett Packard | ORG:HPQ",
    "a company named as two surnames with no initials after it (HPQ is its ticker): the tagger's person, the ticker unread" },

  /* A nationality before a body's name ending in an organisation's head:
   * one name; a party's members by their office: the party alone. */
  { "The leader of the British National Party was arrested.", "ORG:British National Party" },
  { "The Scottish National Party said it would vote against.", "ORG:Scottish National Party" },
  { "The bill passed despite a rebellion by 34 Labour MPs.", "ORG:Labour" },
  { "Tony Banks, Labour MP for West Ham, said so.", "PERSON:Tony Banks | ORG:Labour | GPE:West Ham" },
  /* Not a company with no head, a ministry the nationality only places,
   * a nationality's members, nor the party before a lowercase noun. */
  { "A German Foreign Ministry official said so.", "NORP:German | ORG:Foreign Ministry" },
  { "There are more Scottish and Welsh MPs at Westminster.", "NORP:Scottish | NORP:Welsh | GPE:Westminster" },
  { "The German carmaker BMW said sales rose.", "NORP:German | ORG:BMW" },
  { "Labour ministers met on Monday.", "ORG:Labour" },

  /* "its" or "their", a name and a part of a company (cues.tsv kind
   * company-of and org-head or company-only): the company's part, an
   * organisation, and so its other mentions. */
  { "The oil firm Yukos tried to stop the sale of its Yugansk unit. Yugansk was sold in December.",
    "ORG:Yukos | ORG:Yugansk | ORG:Yugansk" },
  /* Not what a company sells or earns, nor a place's unit with no "its". */
  { "The bank said its Boxing Day sales were strong.", "MISC:Boxing Day" },
  { "Fans said their Beckham shirts sold out.", "PERSON:Beckham" },
  { "The Sangin unit was attacked.", "GPE:Sangin",
    "a town the lists do not name, read by the tagger as a place (LOC)" },

  /* A name, then between commas a short phrase ending in a band's noun:
   * a band; not a phrase with a function word, which speaks of a person. */
  { "Other winners included Green Day, voted best group, and the Black Eyed Peas.",
    "ORG:Green Day | ORG:Black Eyed Peas" },
  { "Keane, a three-piece band, played in London.", "ORG:Keane | GPE:London" },
  { "Smith, head of the group, said sales rose.", "PERSON:Smith" },
  { "John Smith, who founded the band, said so.", "PERSON:John Smith" },
