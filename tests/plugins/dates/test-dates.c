/* test-dates.c: the dates stage, table-driven: an expression in a sentence,
 * a reference date, and the TIMEX3 type, value and mod expected (or that
 * nothing is found).  All cases go through `assay run` in one batch. */
#include "dates-test-util.h"

#include <string.h>
#include <gio/gio.h>
#include <json-glib/json-glib.h>

typedef struct
{
  const char *sentence; /* the expression is between [ and ] */
  const char *reference;
  const char *type;     /* NULL: no timex expected there */
  const char *value;
  const char *mod;
  const char *freq;     /* NULL: not checked; "": none written */
} Case;

static const Case cases[] = {
  /* A quarter not yet reached: last year's in a report, this year's when
   * the clause speaks of the future ("expects"). */
  { "Profits rose in [the fourth quarter].", "2024-03-06", "DATE", "2023-Q4" },
  { "The company expects growth in [the fourth quarter].", "2024-03-06", "DATE", "2024-Q4" },
  /* what the words around an expression tell (tense, discourse) */
#include "cases-context.h"
  /* tense cues of the lexicon */
#include "cases-cues.h"
  /* the year of a month or day named without one, from its clause */
#include "cases-past-clause.h"
  /* a day that is the coming one by its clause */
#include "cases-ahead.h"
  /* a weekday fronted before its clause */
#include "cases-front.h"
  /* a month, day or weekday in a clause about the future */
#include "cases-future.h"
#include "cases-own-date.h"
#include "cases-obligation.h"
#include "cases-every.h"
#include "cases-aside.h"
  /* readers' forms and spans */
#include "cases-forms.h"
  /* what unseen articles needed: sports seasons */
#include "cases-missed.h"
  /* what a held-out judge found in session 12 */
#include "cases-classes.h"
  /* the twelfth session's last classes */
#include "cases-last.h"
  /* the thirteenth session's wrong values */
#include "cases-values13.h"
  /* the fourteenth session's wrong values and types */
#include "cases-values14.h"
  /* the fifteenth session's values: decades, frequencies, pairs, seasons */
#include "cases-values15.h"
  /* the sixteenth session's missed and spurious classes */
#include "cases-values16.h"
  /* dates-values16c: movable feasts, words that are no time */
#include "cases-values16c.h"
  /* the seventeenth session's values: counts with thousands separators,
   * a results report's year, vague present and past words */
#include "cases-values17.h"
  /* the seventeenth session's pairs: two days joined by "or" */
#include "cases-pairs17.h"
  /* the eighteenth session's vague expressions: the present after "at",
   * centuries, durations without a count, idioms */
#include "cases-vague18.h"
#include "cases-vague19.h"
  /* the twentieth session's classes judges named: a sports season's
   * start or end, "this time of the year" */
#include "cases-classes20.h"
  /* dates-vague21: "today's" before a people or a society, the present */
#include "cases-vague21.h"
  /* dates-vague22: spans no count tells ("for a while") */
#include "cases-vague22.h"
  /* mend-dates16c: the feasts' year, a feast opening its sentence, the computus */
#include "cases-mend16c.h"
  /* the thirteenth session's classes of direction */
#include "cases-tense13.h"
  /* the thirteenth session's classes of direction left */
#include "cases-tense13b.h"
  /* a month's name that ends its sentence: nothing read past it */
#include "cases-xsent13.h"
  /* the fourteenth session's classes of direction */
#include "cases-tense14.h"
#include "cases-tense14b.h"
#include "cases-fix14.h"
  /* the fourteenth session's anchors of a story's own time */
#include "cases-ref14.h"
  /* the fourteenth session's vague times and words that are no time */
#include "cases-vague14.h"
  /* the fifteenth session's anchors and directions */
#include "cases-anchor15.h"
  /* the fifteenth session's judges' classes: time words that are no
   * time, words missed, recurring slots, past verbs */
#include "cases-judged15.h"
  /* the review of the fifteenth session's anchors and values */
#include "cases-mend15.h"
  /* the sixteenth session's directions and anchors */
#include "cases-ahead16.h"
  /* the review of the sixteenth session's directions and anchors */
#include "cases-mend16b.h"
  /* the seventeenth session's idioms, titles and a term of this year's */
#include "cases-idioms17.h"
#include "cases-events22.h"
  /* the twenty-third session's fronted days and parts of a season or year */
#include "cases-more23.h"
  /* the spans of the twentieth session's rules against TimeML's extents */
#include "cases-spans24.h"
  /* values the judges found wrong: year pairs, "a second", 9/11 */
#include "cases-values24.h"
  /* verbs whose past is their base ("the mill cut 300 posts") */
#include "cases-tense25.h"
  /* moments, the present day, holidays of events gone by */
#include "cases-events26.h"
  /* year ranges at the edges: "mayor 2008-2009", "the 2008-2009 crisis" */
#include "cases-ranges26.h"
#include "cases-events27.h"
#include "cases-events28.h"
#include "cases-periods28.h"
  /* the present in general, sentences after an unstopped quote */
#include "cases-present28.h"
  /* calendar words in the titles of a list of works */
#include "cases-read28.h"
  /* time words read as dates that are not: holidays in names */
#include "cases-words30.h"
#include "cases-periods29.h"
  /* values and types judges found wrong: rates, old years, mods */
#include "cases-values30.h"
#include "cases-values31.h"
  /* newspapers named for their day, "early days" */
#include "cases-read30.h"
  /* schedules and modal passives before a bare weekday or month */
#include "cases-tense31.h"
  /* spans cut inside a word, counts with fractions, rates of time */
#include "cases-spans27.h"
  /* A quarter before a word of figures reported is the last such quarter
   * reached, whatever the clause's tense ("is due to publish"); figures
   * forecast (kind `forecast` before it in its clause, a cue of the
   * future after it) are of the quarter to come; elsewhere a cue of the
   * future still points ahead */
  { "The ONS is due to publish its second estimate of [third quarter] growth on Friday.", "2005-03-01", "DATE", "2004-Q3" },
  { "The firm expects [fourth-quarter] profits to fall by 5%.", "2005-03-01", "DATE", "2005-Q4" },
  { "Analysts expect [third-quarter] growth to slow.", "2005-03-01", "DATE", "2005-Q3" },
  { "The firm forecast [fourth-quarter] sales of $1bn.", "2005-03-01", "DATE", "2005-Q4" },
  { "The bank predicted [third quarter] growth of 2%.", "2005-03-01", "DATE", "2005-Q3" },
  { "[Second quarter] sales will be weak, the firm warned.", "2005-03-01", "DATE", "2005-Q2" },
  { "[Third-quarter] sales are likely to be flat, the chief executive said.", "2005-03-01", "DATE", "2005-Q3" },
  { "[Third quarter] profits rose 5%.", "2005-03-01", "DATE", "2004-Q3" },
  { "[Third-quarter] profits beat forecasts.", "2005-03-01", "DATE", "2004-Q3" },
  { "It will publish [fourth quarter] results in May.", "2005-03-01", "DATE", "2004-Q4" },
  { "The bank, which had predicted a slowdown, said [fourth-quarter] growth was 2%.", "2005-03-01", "DATE", "2004-Q4" },
  { "Analysts will study [fourth-quarter] pre-tax profits of $2bn.", "2005-03-01", "DATE", "2004-Q4" },
  { "However, a slower-than-expected [fourth quarter] points to weaker growth of 2%.", "2005-03-01", "DATE", "2004-Q4" },
  { "The company expects [fourth-quarter] earnings of 5 cents.", "1989-10-30", "DATE", "1989-Q4" },
  { "Profits will rise 5% in [the third quarter].", "2005-03-01", "DATE", "2005-Q3" },
  { "Sales will rise 5% in [the third quarter] as prices fall.", "2005-03-01", "DATE", "2005-Q3" },
  { "The firm hopes for growth of 5% in [the fourth quarter].", "2005-03-01", "DATE", "2004-Q4" },
  /* Quarters and halves as business news writes them. */
  { "Revenue rose in [Q3 2023].", "2024-03-06", "DATE", "2023-Q3" },
  { "Revenue will rise in [H2 2024].", "2024-03-06", "DATE", "2024-H2" },
  { "Revenue rose in [Q4].", "2024-03-06", "DATE", "2023-Q4" },
  { "Cars that run on H2 are rare.", "2024-03-06", NULL },
  /* Year first with slashes, as East Asian and some European sites write it. */
  { "The file dated [2024/03/05] was leaked.", "2024-03-06", "DATE", "2024-03-05" },
  /* A quarter of a year named by a shift, possessive: that year's. */
  { "Sales will rise in [next year's first quarter].", "1989-10-31", "DATE", "1990-Q1" },
  { "Sales rose in [last year\u2019s fourth quarter].", "1989-10-31", "DATE", "1988-Q4" },
  /* Absolute dates and times in the orders news writes them. */
  { "It happened on [May 29, 2025].", "2025-06-01", "DATE", "2025-05-29" },
  { "It happened on [29 May 2025].", "2025-06-01", "DATE", "2025-05-29" },
  { "It happened on [2025-05-29].", "2025-06-01", "DATE", "2025-05-29" },
  { "Reuters ([2023, February 8]). A title.", "2025-06-01", "DATE", "2023-02-08" },
  { "It was sent at [3:15 p.m. EST] and read.", "2024-01-07", "TIME", "2024-01-07T15:15" },
  { "It was posted at [15:23 IST that day].", "2025-05-29", "TIME", "2025-05-29T15:23" },
  { "It was filed at [09:10 GMT].", "2025-05-29", "TIME", "2025-05-29T09:10Z" },
  /* Hours and minutes alone are a clock time with a zone or after "at",
   * "by" and the like; a race or lap time is a duration, with seconds
   * after hours and minutes or a fraction after minutes and seconds;
   * minutes and seconds alone are left, and so is a clock time with
   * seconds, after "at" or before a zone. */
  { "The meeting starts at [10:35] sharp.", "2025-05-29", "TIME", "2025-05-29T10:35" },
  { "Cragg won the 3,000m in [7:39.89] at the meeting.", "2025-05-29", "DURATION", "PT7M39.89S" },
  { "She lowered the record of [2:17:18] again.", "2025-05-29", "DURATION", "PT2H17M18S" },
  { "He won the marathon in [2:05:38] on Sunday.", "2005-03-01", "DURATION", "PT2H5M38S" },
  { "She was close to the [9:05.00] qualifying mark.", "2005-03-01", "DURATION", "PT9M5S" },
  { "He ran [0:59.5] for the lap.", "2005-03-01", "DURATION", "PT59.5S" },
  { "The film runs [1:45:00] at most.", "2005-03-01", "DURATION", "PT1H45M" },
  { "The quake struck at 10:35:20 and again.", "2005-03-01", NULL },
  { "It ended 12:30:45 EST.", "2005-03-01", NULL },
  { "Doors open 10:30:00 pm.", "2005-03-01", NULL },
  { "John 3:16 says so.", "2005-03-01", NULL },
  { "The ratio was 1:2:3 overall.", "2005-03-01", NULL },
  { "It runs 1:75:00 in all.", "2005-03-01", NULL },
  /* a clock with seconds is no race: hours of two digits, or no race's
   * word before; a fraction of one digit needs one too */
  { "The timestamp was 10:15:30.", "2005-03-01", NULL },
  { "Doors open 19:30:00 for fans.", "2005-03-01", NULL },
  { "The clock read 23:59:59.", "2005-03-01", NULL },
  { "It was reported 02:15:40, police said.", "2005-03-01", NULL },
  { "It was logged in 02:15:40 form.", "2005-03-01", NULL },
  { "The ratio was 1:20.5 overall.", "2005-03-01", NULL },
  { "The race took [2:05:38] in all.", "2005-03-01", "DURATION", "PT2H5M38S" },
  { "He finished in [1:50.8] overall.", "2005-03-01", "DURATION", "PT1M50.8S" },
  { "James Nolan ([3:46.04]) took second.", "2005-03-01", "DURATION", "PT3M46.04S" },
  { "He said 3:39 was the best he could achieve.", "2025-05-29", NULL },
  { "The service starts [10:30 on Sunday].", "2005-03-01", "TIME", "2005-03-06T10:30" },
  { "The deadline is [5:00 on Friday].", "2005-03-01", "TIME", "2005-02-25T05:00" },
  { "Kick-off [7:45] at Anfield.", "2005-03-01", "TIME", "2005-03-01T07:45" },
  /* A time in a zone against a reference with its own time and zone: the
   * last such time before it, or the next in a clause of the future. */
  { "The quake struck at [23:40 GMT], officials said.", "2024-03-06T01:30:00Z", "TIME", "2024-03-05T23:40Z" },
  { "The blast was heard at [02:00 GMT].", "2024-03-06T23:30:00-05:00", "TIME", "2024-03-07T02:00Z" },
  { "The launch will be at [23:00 UTC].", "2024-03-06T01:30:00Z", "TIME", "2024-03-06T23:00Z" },
  { "The meeting ended at [09:10 GMT].", "2024-03-06T10:00:00+01:00", "TIME", "2024-03-06T09:10Z" },
  { "The quake struck at [23:40 GMT].", "2024-03-06", "TIME", "2024-03-06T23:40Z" },
  /* a zone with an offset written after it: local time, on the day named */
  { "The quake struck at [02:15 GMT+8 on Tuesday].", "2024-03-06", "TIME", "2024-03-05T02:15" },
  { "It was filed at [0930 UTC-03:30].", "2025-05-29", "TIME", "2025-05-29T09:30" },
  { "It was filed at [9 p.m. GMT+0].", "2025-05-29", "TIME", "2025-05-29T21:00Z" },
  /* a clock time of four digits takes its zone, apart or written together */
  { "It was filed at [1530 GMT].", "2025-05-29", "TIME", "2025-05-29T15:30Z" },
  { "It was filed at [2041EDT] on the wire.", "1989-11-02", "TIME", "1989-11-02T20:41" },
  { "The budget of 1530 was spent.", "2025-05-29", NULL },
  /* A number under 1800 is as often a count or a clock time as a year. */
  { "Prices rose from 1200 homes to more.", "2005-03-01", NULL },
  { "It came after 1200 people were hurt.", "2005-03-01", NULL },
  { "Voting continues until [1700] on the day.", "2005-03-01", NULL },
  /* no year, but the first time of a range, with the zone of the second (cases-values15.h) */
  { "It will be shown from [1130] to 1215 GMT.", "2005-03-01", "TIME", "2005-03-01T11:30Z" },
  { "It will be televised from [1700 local time].", "2005-03-01", "TIME", "2005-03-01T17:00" }, /* a time, no year (cases-values13.h) */
  /* ... but a date after a word that dates it, at a clause's end */
  { "Records date back to [1670], all kept.", "2005-03-01", "DATE", "1670" },
  { "The oldest act dates back to [1497] - on wool.", "2005-03-01", "DATE", "1497" },
  { "Handel was made a citizen in [1727].", "2005-03-01", "DATE", "1727" },
  { "Laws dating from [1695] which set it still apply.", "2005-03-01", "DATE", "1695" },
  { "Since [1066], the land has passed down.", "2005-03-01", "DATE", "1066" },
  { "It was built in [1180].", "2005-03-01", "DATE", "1180" },
  { "Before [1750], few lived there.", "2005-03-01", "DATE", "1750" },
  { "They fought at Culloden in [1746] - a rout.", "2005-03-01", "DATE", "1746" },
  /* "from", "until" and "after" before a number at a clause's end take
   * counts and 24-hour times */
  { "Voting continues until 1700.", "2005-03-01", NULL },
  { "It is open from 0900 until 1700, and closes.", "2005-03-01", NULL },
  { "The march will go ahead from 1100, police said.", "2005-03-01", NULL },
  { "Numbers rose to 1500 from 1200.", "2005-03-01", NULL },
  { "The flight lands after 1400.", "2005-03-01", NULL },
  /* A year opening a quotation or a sentence, before a verb in -s; after
   * "by" and the like a word in -s still makes it a count. */
  { "He said: \"[2004] reinforces the trend.\"", "2005-03-01", "DATE", "2004" },
  { "Sales rose. [2005] offers the chance for more.", "2005-03-01", "DATE", "2005" },
  { "The army sent 2000 troops there.", "2005-03-01", NULL },
  /* The second of two decades takes the first's century. */
  { "He starred in the 1970s and [80s] on TV.", "2005-03-01", "DATE", "198" },
  { "Mills were built in the 1850s and ['60s].", "2005-03-01", "DATE", "186" },
  { "He admired films of the 1930s and [40s].", "2005-03-01", "DATE", "194" },
  { "It was a hit in [the '40s].", "2005-03-01", "DATE", "194" },
  /* A day or month without its year a few words after a year, in its
   * clause, is in that year; after a comma or "and", the reference's. */
  { "Claims rose in 2001 when the [11 September] attacks came.", "2005-03-01", "DATE", "2001-09-11" },
  { "The band, formed in 1977, begin a tour on [28 March].", "2005-03-01", "DATE", "2005-03-28" },
  { "Sales rose since its launch in 2003 and that as of [February] it leads.", "2005-03-01", "DATE", "2005-02" },
  /* A year of accounts is the period they cover, reported after it: a
   * day after it is not in it; a year of an event is. */
  { "The 2004 results released on [1 March] showed gains.", "2005-03-15", "DATE", "2005-03-01" },
  /* with no verb of reporting between, the day is inside the year */
  { "The 2001 sales on [24 December] were a record.", "2005-03-15", "DATE", "2001-12-24" },
  { "Its 2004 profits, reported on [1 March], rose.", "2005-03-15", "DATE", "2005-03-01" },
  { "The 2004 results published in [February] were good.", "2005-03-15", "DATE", "2005-02" },
  { "Its 2004 pre-tax profits on [3 March] were up.", "2005-03-15", "DATE", "2005-03-03" },
  { "Labour's 1997 victory on [1 May] was huge.", "2005-03-15", "DATE", "1997-05-01" },
  /* A fixture announced in the present speaks of the future for a weekday
   * (2005-03-01 is a Tuesday); before a month, the cue before it decides. */
  { "Sale host Bath in the cup on [Friday].", "2005-03-01", "DATE", "2005-03-04" },
  /* ... but not a noun or an infinitive, nor after a past cue */
  { "A host of stars attended the premiere on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  /* a rate of a measure is no time expression */
  { "It does 40 trillion calculations per second.", "2005-03-01", NULL },
  { "It plays 30-frame-a-second video.", "2005-03-01", NULL },
  { "He paused for [a second], then spoke.", "2005-03-01", "DURATION", "PT1S" },
  { "Thousands gathered to meet the Pope on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "I don't know why I didn't play on [Sunday].", "2005-03-01", "DATE", "2005-02-27" },
  { "England face France at Twickenham on [Sunday].", "2005-03-01", "DATE", "2005-03-06" },
  { "Banks face hard times after the storm in [December].", "2005-03-01", "DATE", "2004-12" },
  { "The band will play 24 gigs, finishing in [August].", "2005-03-01", "DATE", "2005-08" },
  /* A past not written in -ed. */
  { "The law came into force on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "He knew it was over by [Thursday] anyway.", "2005-03-01", "DATE", "2005-02-24" },
  /* A quarter named without its year is a business year's only with a
   * sum or a share near it; in a match report it is no date. */
  { "Wales led 18-12 as the game entered the final quarter.", "2005-03-01", NULL },
  { "The pack struggled for the first quarter, then scored twice.", "2005-03-01", NULL },
  { "Sales rose 4% to $11bn in [the fourth quarter].", "2005-03-01", "DATE", "2004-Q4" },
  { "Profit was \u00a353m in [the quarter].", "2005-03-01", "DATE", "2004-Q4" },
  /* Midnight is the end of its day, as TIMEX3 writes it (a deadline
   * still to come, "have until": next year's, cases-ahead.h). */
  { "They have until [midnight on 1 February] to settle.", "2005-03-01", "TIME", "2006-02-01T24:00" },
  /* Years past, unnumbered, are a time in the past; recent months a span. */
  { "The damages eclipsed [previous years], insurers said.", "2005-03-01", "DATE", "PAST_REF" },
  { "Sales have grown in [recent years].", "2005-03-01", "DATE", "PAST_REF" },
  { "Sales have grown in [recent months].", "2005-03-01", "DURATION", "PXM" },
  { "The market will be as in [the past weeks].", "2005-03-01", "DURATION", "PXW" },
  /* Ages are no durations; an idiom is no date; a holiday takes its year. */
  { "Childcare for all 3 to 14 year-olds was promised.", "2005-03-01", NULL },
  { "But at the end of the day a decision has to be taken.", "2005-03-01", NULL },
  { "Shares fell by [the end of the day].", "2005-03-01", "DATE", "2005-03-01", "END" },
  { "Cameras were the gadget of [Christmas 2004] and sold well.", "2005-03-01", "DATE", "2004-12-25" },
  /* "the past" before a count is no reference to the past */
  { "Output fell for the fifth month in the past six.", "2005-03-01", NULL },
  { "That belongs to [the past], he said.", "2005-03-01", "DATE", "PAST_REF" },
  /* "due to" before a verb speaks of the future; of a cause, not */
  { "The store is due to open in [February].", "2005-03-01", "DATE", "2006-02" },
  { "Sales dropped, due to the storm in [February].", "2005-03-01", "DATE", "2005-02" },
  { "Sales dropped, due to falling demand in [February].", "2005-03-01", "DATE", "2005-02" },
  { "The drop is due to the storm in [February].", "2005-03-01", "DATE", "2005-02" },
  /* "the previous winter" is a season; a possessive's or "those"
   * plural no span */
  { "He missed training during [the previous winter].", "2005-03-01", "DATE", "2004-WI" },
  /* after a year named, they count from it, as "the following year" does */
  { "In 1999 he joined Leeds. [The following summer], he moved to Spain.", "2005-03-01", "DATE", "2000-SU" },
  { "In 1998 he won the title. He had been injured [the previous winter].", "2005-03-01", "DATE", "1997-WI" },
  { "He ran with Coe in his days at Leeds and those days were good.", "2005-03-01", NULL },
  { "In her younger [years] she was a dancer.", "2005-03-01", "DURATION", "PXY" },
  /* "due to" + a verb whose stem ends in -ing is the future */
  { "The new law is due to bring changes in [September].", "2005-03-01", "DATE", "2005-09" },
  { "Losses are due to rising costs in [February].", "2005-03-01", "DATE", "2005-02" },
  { "The repairs took [days] to finish.", "2005-03-01", "DURATION", "PXD" },
  /* "the year" after a year written alone that opened its sentence is
   * that year; not after a background year further in its sentence (a
   * founding or birth year, a relative clause), nor "the year he ..." */
  { "It made 2004 a year to remember. She was hurt at [the start of the year].", "2005-03-01", "DATE", "2004", "START" },
  { "In 1974 Wilson won, and won again [later in the year].", "2005-03-01", "DATE", "1974" },
  { "In 2003 sales rose 5%. [Later in the year] they fell.", "2005-03-01", "DATE", "2003" },
  { "2003 was a bad year. Prices fell for the rest of [the year].", "2005-03-01", "DATE", "2003" },
  { "In 1985 it was the biggest song of [the year].", "2005-03-01", "DATE", "1985" },
  { "In 2004 the economy grew 3%. Early in the year, exports rose. [Later in the year], imports fell.", "2005-03-01", "DATE", "2004" },
  { "Margins could reach 15% by 2006. During [the year] it grew.", "2005-03-01", "DATE", "2005" },
  { "After the 2003 World Cup, rest came during [the year].", "2005-03-01", "DATE", "2005" },
  { "Mr Smith, who joined the bank in 1998, will step down at [the end of the year].", "2005-03-01", "DATE", "2005", "END" },
  /* not the aside's 1987: the year just ended, of profits told in March
   * (dates-values17) */
  { "The company, founded in 1987, said profits for [the year] rose 10%.", "2005-03-01", "DATE", "2004" },
  { "The firm was founded in 1987. Its shares are up 20% on [the year].", "2005-03-01", "DATE", "2005" },
  { "Smith, born in 1970, said [the year] had been hard.", "2005-03-01", "DATE", "2005" },
  { "The 43-year-old, who won gold in 2000, hopes to return [later in the year].", "2005-03-01", "DATE", "2005" },
  { "The stadium was built in 1923. It is due to be demolished by [the end of the year].", "2005-03-01", "DATE", "2005", "END" },
  { "Sales in 2004 rose 5%. The company expects to hire 200 people by [the end of the year].", "2005-03-01", "DATE", "2005", "END" },
  { "Elections were held in 2001. The government says it will hold another vote within [the year].", "2005-03-01", "DATE", "2005" },
  { "The law, passed in 1998, comes into force [later in the year].", "2005-03-01", "DATE", "2005" },
  { "Federer, who won Wimbledon in 2003, is the favourite for [the year]'s first major.", "2005-03-01", "DATE", "2005" },
  { "In 1960 he was born. [The year] he turned 18 he left.", "2005-03-01", "DATE", "2005" },
  { "Well 1981 was to be [the year] he toured Africa.", "2005-03-01", "DATE", "1981" },
  /* a prize's name since dates-words30 (kind `award`: athlete) */
  { "Sales rose in 2003. Jones was voted athlete of [the year].", "2005-03-01", NULL },
  { "In 2003 sales rose. They fell for the rest of [the year].", "2005-03-01", "DATE", "2003" },
  { "Nickel rose 43% in 2004. Copper prices rose 36% during [the year].", "2005-03-01", "DATE", "2004" },
  { "Output fell 0.5% in 2004. However, politicians remain upbeat about a boost [later in the year].", "2005-03-01", "DATE", "2005" },
  { "In 2003 sales rose 5%. By [the end of the year] they had doubled.", "2005-03-01", "DATE", "2003", "END" },
  { "In 2004 he ran [the year]'s best time.", "2005-03-01", "DATE", "2004" },
  { "Shares rose in the day's trading.", "2005-03-01", NULL },
  /* A month not yet come after a past perfect in its clause is last
   * year's; a past perfect further back in the sentence says nothing */
  { "The drought had hurt the economy in [April], it said.", "2005-03-01", "DATE", "2004-04" },
  { "Prices had risen sharply in [April], the report said.", "2005-03-01", "DATE", "2004-04" },
  { "Talks had stalled before the summit in [April].", "2005-03-01", "DATE", "2004-04" },
  /* "had" alone is no event done: plans and deadlines are still to come */
  { "The vote had been due in [April] but was postponed until June.", "2005-03-01", "DATE", "2005-04" },
  { "The company had hoped to open the store in [May], but now says June.", "2005-03-01", "DATE", "2005-05" },
  { "He said the club had to find 5m by [April].", "2005-03-01", "DATE", "2005-04" },
  { "The minister said the government had agreed to hold a vote in [May].", "2005-03-01", "DATE", "2005-05" },
  { "The two sides had agreed to meet again in [April].", "2005-03-01", "DATE", "2005-04" },
  { "Officials said they had set a deadline in [May].", "2005-03-01", "DATE", "2005-05" },
  { "The minister, who had promised the bill in [May], now says it will be late.", "2005-03-01", "DATE", "2005-05" },
  { "The union said it had called a strike in [April].", "2005-03-01", "DATE", "2005-04" },
  { "She had hoped, as her lawyers said after a long fight, that the case is heard in [May].", "2005-03-01", "DATE", "2005-05" },
  /* A holiday with no year and no cue of tense is the one nearest a day
   * named just before, where there is one */
  { "The show will air on 18 December. Other [Christmas] specials include a concert.", "2005-03-01", "DATE", "2005-12-25" },
  { "Figures for 3 January show [Christmas] trade rose.", "2005-09-01", "DATE", "2004-12-25" },
  { "Shoppers crowd the shops at [Christmas].", "2005-03-01", "DATE", "2004-12-25" },
  /* "likely" speaks of the future */
  { "Rates are likely to rise after the election in [May].", "2005-03-01", "DATE", "2005-05" },
  { "He said the most likely cause of the crash on [Sunday] was ice.", "2005-03-01", "DATE", "2005-02-27" },
  { "They met on [Friday, June 14, 2024].", "2024-06-20", "DATE", "2024-06-14" },
  /* Numbers alone: month first with slashes, day first with dots and
   * dashes, the other order where that one gives no month. */
  { "The ruling of [03.02.2009] was appealed.", "2024-03-06", "DATE", "2009-02-03" },
  { "They met on [14-11-2023] in Brussels.", "2024-03-06", "DATE", "2023-11-14" },
  { "The form is dated [5/3/2021].", "2024-03-06", "DATE", "2021-05-03" },
  { "The form is dated [13/5/2021].", "2024-03-06", "DATE", "2021-05-13" },
  { "The score was [31.13].2009 in the table.", "2024-03-06", NULL },
  /* Partial dates: the year from the reference date and the tense. */
  { "Officials said on [Wednesday (May 28th)] that it was over.", "2025-05-29", "DATE", "2025-05-28" },
  { "The talks began on [October 3].", "2024-10-10", "DATE", "2024-10-03" },
  /* No-break and narrow no-break spaces, as web pages write them. */
  { "The talks began on [May\u00a029,\u202f2025] in Rome.", "2025-06-10", "DATE", "2025-05-29" },
  { "It rose [three\u00a0days ago].", "2025-06-10", "DATE", "2025-06-07" },
  { "The talks will begin on [January 3].", "2024-12-10", "DATE", "2025-01-03" },
  { "Sales fell in [June].", "2024-08-01", "DATE", "2024-06" },
  { "Sales fell in [January].", "2024-11-20", "DATE", "2024-01" },
  { "Sales will fall in [January].", "2024-11-20", "DATE", "2025-01" },
  { "Sales fell in [November].", "2024-03-20", "DATE", "2023-11" },
  /* The tense is the nearest cue's before the expression, in its sentence. */
  { "Ana Novak will be named commander of the crew for a mission in [December].", "1998-03-04", "DATE",
    "1998-12" },
  { "The bank says it will buy back the shares issued [July 1], which will pay less.", "1989-10-27", "DATE",
    "1989-07-01" },
  { "Exiles will try to delay the ruling, the government predicted [Wednesday].", "2000-01-07", "DATE",
    "2000-01-05" },
  { "The ship, which has been on patrol since [March], is due home.", "1990-08-13", "DATE", "1990-03" },
  { "The vote is expected on [Thursday].", "2024-03-06", "DATE", "2024-03-07" },
  { "He said the team would travel to Rome [Thursday].", "2000-04-05", "DATE", "2000-04-06" },
  { "The vote would have been held [Thursday].", "2000-04-05", "DATE", "2000-03-30" },
  { "They would look for ways around [Wednesday]'s ruling.", "2000-01-07", "DATE", "2000-01-05" },
  { "Officials postponed until [Tuesday] any action on the case.", "2000-03-30", "DATE", "2000-04-04" },
  { "Rebels were behind [the weekend] attack.", "2024-03-05", "DATE", "2024-W09-WE" },
  { "Talks will resume over [the weekend].", "2024-03-05", "DATE", "2024-W10-WE" },
  /* Relative to the reference date. */
  { "He left [yesterday].", "2024-03-05", "DATE", "2024-03-04" },
  { "She speaks [tonight].", "2024-03-05", "TIME", "2024-03-05TNI" },
  /* A part of a day named by its weekday is a TIME, as one named by
   * "tomorrow" is. */
  { "The blast came [Friday night].", "2024-03-06", "TIME", "2024-03-01TNI" },
  { "They will meet [next Tuesday morning].", "2024-03-06", "TIME", "2024-03-12TMO" },
  { "He left [yesterday afternoon].", "2024-03-06", "TIME", "2024-03-05TAF" },
  { "Talks will resume next Friday at [3 p.m.] in Rome.", "2025-05-29", "TIME", "2025-05-30T15:00" },
  /* across a sentence, the day named before too (TimeBank's "10:35 a.m."
   * after Friday), but as a value only: not one expression */
  { "He left on Monday. At [3 p.m.] she came.", "2025-05-29", "TIME", "2025-05-26T15:00" },
  { "They met on [Friday].", "2024-03-06", "DATE", "2024-03-01" },
  { "They will meet on [Friday].", "2024-03-06", "DATE", "2024-03-08" },
  { "They met [last Thursday].", "2024-03-06", "DATE", "2024-02-29" },
  { "They meet [next Saturday].", "2024-03-06", "DATE", "2024-03-09" },
  { "Profits rose [last year].", "2024-03-06", "DATE", "2023" },
  { "It began in [September last year].", "2024-03-06", "DATE", "2023-09" },
  { "Prices rise [next month].", "2024-03-06", "DATE", "2024-04" },
  { "It was announced earlier [this month]; fine.", "2024-03-06", "DATE", "2024-03" },
  { "They talk [this week].", "2024-03-06", "DATE", "2024-W10" },
  { "It grew [last spring].", "2024-03-06", "DATE", "2023-SP" },
  { "Output grew in [the third quarter].", "2024-11-06", "DATE", "2024-Q3" },
  { "He left [three days ago].", "2024-03-06", "DATE", "2024-03-03" },
  { "It was common in [the 1990s].", "2024-03-06", "DATE", "199" },
  { "It was worse in [late March] than now.", "2024-06-06", "DATE", "2024-03", "END" },
  /* a dash or two between the modifier and the month ("the end of -- March") */
  { "It fell at [the end of -- March 2004].", "2005-01-10", "DATE", "2004-03", "END" },
  { "[Now] it is over.", "2024-03-06", "DATE", "PRESENT_REF" },
  /* Durations and sets. */
  { "The storm lasted [six hours].", "2024-03-06", "DURATION", "PT6H" },
  { "Crimes over [the last 14 years] fell.", "2024-03-06", "DURATION", "P14Y" },
  { "It took [a decade].", "2024-03-06", "DURATION", "P10Y" },
  { "It took [about three weeks].", "2024-03-06", "DURATION", "P3W", "APPROX" },
  { "It was the [eight-year] plan.", "2024-03-06", "DURATION", "P8Y" },
  { "It took [more than two years].", "2024-03-06", "DURATION", "P2Y", "MORE_THAN" },
  { "They meet [every Monday].", "2024-03-06", "SET", "XXXX-WXX-1" },
  { "Prices are reviewed [every three years].", "2024-03-06", "SET", "P3Y" },
  { "It floods [every spring].", "2024-03-06", "SET", "XXXX-SP" },
  { "Fees rise [each twenty-five years].", "2024-03-06", "SET", "P25Y" },
  { "They meet [every two weeks].", "2024-03-06", "SET", "P2W" },
  { "The shop closes on [Sundays].", "2024-03-06", "SET", "XXXX-WXX-7" },
  { "He works on [weekends].", "2024-03-06", "SET", "XXXX-WXX-WE" },
  { "The paper comes out [weekly].", "2024-03-06", "SET", "P1W" },
  { "It paid a [quarterly] dividend.", "2024-03-06", NULL },
  { "The plan runs for [twenty four hours].", "2024-03-06", "DURATION", "PT24H" },
  { "A [five-year] plan.", "2024-03-06", "DURATION", "P5Y" },
  { "It took [almost two and a half years].", "2024-03-06", "DURATION", "P2Y6M", "APPROX" },
  { "The flight took [5 1/2 hours].", "2024-03-06", "DURATION", "PT5H30M" },
  { "It lasted [a minute and a half].", "2024-03-06", "DURATION", "PT1M30S" },
  { "Shares fell for [six straight days].", "2024-03-06", "DURATION", "P6D" },
  { "It will not change for [a couple of years].", "1998-01-08", "DURATION", "P2Y" },
  { "It took [a dozen years].", "1998-01-08", "DURATION", "P12Y" },
  /* slot words sharing a prefix: the longer wins where both fit */
  { "It lasted [fourteen days].", "1998-01-08", "DURATION", "P14D" },
  { "It rained for [forty-four hours].", "1998-01-08", "DURATION", "PT44H" },
  { "They met on [Sept. 5].", "2024-03-06", "DATE", "2023-09-05" },
  { "They met on [Sep 6].", "2024-03-06", "DATE", "2023-09-06" },
  { "Output shrank for [two consecutive quarters].", "2024-03-06", "DURATION", "P2Q" },
  { "Sales rose in [the first quarter of last year].", "2009-05-07", "DATE", "2008-Q1" },
  { "Sales rose in [the final quarter of 2009].", "2010-01-28", "DATE", "2009-Q4" },
  { "Sales slumped over [the summer].", "2009-03-07", "DATE", "2008-SU" },
  { "Sales will pick up in [the summer].", "2009-03-07", "DATE", "2009-SU" },
  { "It began in [the fall].", "2009-11-07", "DATE", "2009-FA" },
  { "It came after [the fall] of the Wall.", "2009-11-07", NULL },
  { "It hit a high for [the year] in June.", "1989-10-30", "DATE", "1989" },
  { "Net income for [the year] ended Aug. 31 fell.", "1989-10-30", "DURATION", "P1Y" },
  { "Shares recovered [late in the day].", "2007-08-10", "DATE", "2007-08-10", "END" },
  { "He was there on [the day] of the vote.", "2007-08-10", NULL },
  { "Rates will stay low in [the near term].", "2009-03-07", "DATE", "FUTURE_REF" },
  { "[For the time being] it is over.", "2009-03-07", "DATE", "PRESENT_REF" },
  { "It holds 14.6%, according to a [recent] filing.", "1989-10-30", "DATE", "PAST_REF" },
  { "It sells its most [recent] model.", "2010-08-09", NULL },
  { "It was built in [the late 19th century].", "2009-03-07", "DATE", "18", "END" },
  { "Third-quarter net fell to $5 million from $6 million [a year earlier].", "1989-11-02", "DATE", "1988-Q3" },
  { "Sales in September were up from [a year ago].", "1989-11-02", "DATE", "1988-09" },
  { "The company was founded [a year ago].", "1989-11-02", "DATE", "1988" },
  { "The firm was founded [several years ago].", "1998-02-13", "DATE", "PAST_REF" },
  { "The plant opened [a decade ago].", "1999-03-12", "DATE", "1989" },
  { "The church was built [a century ago].", "2013-03-21", "DATE", "1913" },
  /* A count no calendar holds is no date (and no overflow). */
  { "It ran [99999999999999999999 years ago].", "2013-03-21", NULL },
  { "It ran [2147483648 quarters ago].", "2013-03-21", NULL },
  { "The plant opened [2 1/2 years ago].", "2013-03-21", "DATE", "2010-09" },
  { "Margins were wider [a quarter ago].", "2013-03-21", "DATE", "2012-Q4" },
  /* "Later" and "before" relate an event to another: the span is the
   * expression, as TimeML annotates it. */
  { "He was freed, and [three days] later he left.", "1989-10-30", "DURATION", "P3D" },
  { "Then, [a few days] later, he left.", "1989-10-30", "DURATION", "PXD" },
  /* a sentence's period after a month's name is not the expression's;
   * an abbreviation's is */
  { "The deal closed on [28 December].", "2005-01-10", "DATE", "2004-12-28" },
  { "The deal closes on [16 Jan.]", "2005-01-10", "DATE", "2005-01-16" },
  /* "a second" before a noun is an ordinal; a quarter of a unit, a quarter */
  { "He won [a second] term in office.", "2005-06-10", NULL },
  { "It was [a second]-rate record.", "2005-06-10", NULL },
  { "[A second] later it blew.", "2005-06-10", "DURATION", "PT1S" },
  { "It was the best song of [the past quarter of a century].", "2005-06-10", "DURATION", "P25Y" },
  { "Sales fell in [the last quarter of 2004].", "2005-06-10", "DATE", "2004-Q4" },
  { "Sales fell in [the last quarter].", "2005-06-10", "DATE", "2005-Q1" },
  { "Nearly [a quarter] said they struggled.", "2005-06-10", NULL },
  { "He lost in [the quarter]-finals of the Open.", "2005-06-10", NULL },
  { "It was [the first quarter]-final of the cup.", "2005-06-10", NULL },
  { "The record is [eight minutes, 04.69 seconds].", "2005-06-10", "DURATION", "PT8M4.69S" },
  /* a common time word capitalised inside a sentence is part of a name */
  { "He told BBC Radio 4's [Today] programme that it was over.", "2005-01-10", NULL },
  { "The story ran in the East Anglian [Daily] Times.", "2005-01-10", NULL },
  { "He was named Footballer of [the Year] again.", "2005-01-10", NULL },
  /* a list of names has no word in lowercase, as a headline in title
   * case; a capitalised time word between commas is a name in it, and
   * in a headline it stays the day */
  { "Balshaw, Cohen, Abbott, Noon, Paul, Smith.", "2005-01-10", NULL },
  { "Prices Fall [Today], Says Report", "2005-01-10", "DATE", "2005-01-10" },
  { "Abbott, Smith, Paul [Tomorrow]", "2005-01-10", "DATE", "2005-01-11" },
  { "It is done (the rest is not.) [Now] they wait.", "2005-01-10", "DATE", "PRESENT_REF" },
  { "It will be done by [Spring 2005], he said.", "2005-01-10", "DATE", "2005-SP" },
  { "The show moves to BBC Two on [Sundays].", "2005-01-10", "SET", "XXXX-WXX-7" },
  { "A painting of [the 19th Century] was sold.", "2005-01-10", "DATE", "18" },
  /* a half after the unit, before the word that relates it */
  { "But [a minute and a half] later, a pilot called.", "1998-01-14", "DURATION", "PT1M30S" },
  { "The plant opened [a year and a half ago].", "2013-03-21", "DATE", "2011-09" },
  { "Notice must come [at least 30 days] before the sale.", "1989-10-27", "DURATION", "P30D", "EQUAL_OR_MORE" },
  /* Number words that make no number together: "seven" is the count of
   * something else, and the expression is "a year ago". */
  { "It has 13 plants, up from seven [a year ago].", "1989-11-02", "DATE", "1988" },
  { "It lasted [twenty four hours].", "1989-11-02", "DURATION", "PT24H" },
  { "It lasted [a hundred years].", "1989-11-02", "DURATION", "P100Y" },
  { "A charge was taken in [the 1988 second quarter].", "1989-11-02", "DATE", "1988-Q2" },
  { "Earnings will fall in [the last half of 1989].", "1989-10-26", "DATE", "1989-H2" },
  { "Sales rose in [the first half of last year].", "2009-04-01", "DATE", "2008-H1" },
  { "It fixed bugs in [the second half of the year 2000].", "2013-03-21", "DATE", "2000-H2" },
  { "Profit jumped for [the first half] to $54 million.", "1989-10-30", NULL },
  { "Net fell from [the year-ago third quarter].", "1989-11-02", "DATE", "1988-Q3" },
  { "The deal should close by [year-end].", "1989-11-02", "DATE", "1989", "END" },
  { "Its [year-end] results were poor.", "1989-11-02", NULL },
  { "Hate groups grew over [the past year].", "1998-03-03", "DATE", "1997" },
  { "Sales rose in [the last quarter].", "2007-01-18", "DATE", "2006-Q4" },
  { "Wages fell over [the last decade].", "1998-02-06", "DURATION", "P10Y" },
  { "They met [this past Friday].", "2024-03-06", "DATE", "2024-03-01" },
  { "They meet [this coming Friday].", "2024-03-06", "DATE", "2024-03-08" },
  { "It closed [the previous week].", "2024-03-06", "DATE", "2024-W09" },
  /* Counted from the date named before, else from the reference date. */
  { "On May 22, 1995, he was promoted, and [the following year] he left.", "1998-04-18", "DATE", "1996" },
  { "He fled in June 1998 and returned [later that year].", "2000-01-28", "DATE", "1998" },
  { "He fled in June 1998; [the following month] he was back.", "2000-01-28", "DATE", "1998-07" },
  { "Sales fell from [the previous year].", "2009-02-03", "DATE", "2008" },
  { "He was held on Monday, March 4, and freed [the next day].", "2013-03-21", "DATE", "2013-03-05" },
  { "Shares fell [the prior day].", "2013-03-21", "DATE", "2013-03-20" },
  { "On May 22, 1995, he was promoted, and [the following week] he left.", "1998-04-18", "DATE", "1995-W22" },
  { "The port was hit on March 4, 2024. [Later that day], police came.", "2024-03-21", "DATE", "2024-03-04" },
  { "The court ruled [that same day].", "2013-03-21", "DATE", "2013-03-21" },
  { "The sides met in October 2004. United won [that day].", "2005-01-21", "DATE", "2004-10-XX" },
  /* A clock time and the day after it are one expression. */
  { "Bids close at [5 p.m. EST, Nov. 9].", "1989-11-02", "TIME", "1989-11-09T17:00" },
  /* (a plural present of a closing verb tells the coming day, as "closes"
   * does) */
  { "Polls close at [12:00 UTC Monday].", "2009-06-04", "TIME", "2009-06-08T12:00Z" },
  { "He spoke at [10 a.m. yesterday].", "2009-06-04", "TIME", "2009-06-03T10:00" },
  { "The launch is set for [0800 UTC] on a clear day.", "2008-09-18", "TIME", "2008-09-18T08:00Z" },
  /* Years and ranges. */
  /* two whole years one apart with no word of a financial or sports year
   * are two DATEs, a span's ends (dates-values24; cases-values24.h) */
  { "The war of [2009]-2010 ended.", "2024-03-06", "DATE", "2009" },
  { "It has gone on since [2022].", "2024-03-06", "DATE", "2022" },
  { "Residents recall the [1992] protests.", "1998-10-25", "DATE", "1992" },
  { "[2012] was a good year.", "2013-03-21", "DATE", "2012" },
  { "It fixed [the year 2000] problem.", "1999-03-21", "DATE", "2000" },
  { "It was built in [the 1800s].", "2013-03-21", "DATE", "18" },
  { "It was built in [the 2000s].", "2013-03-21", "DATE", "200" },
  { "He sent [2000] troops.", "2024-03-06", NULL },
  /* Years said in words, as broadcast transcripts write them. */
  { "The war ended in [nineteen ninety-six].", "2024-03-06", "DATE", "1996" },
  { "It began in [January nineteen ninety-seven].", "2024-03-06", "DATE", "1997-01" },
  { "By [the year two thousand] it was done.", "2024-03-06", "DATE", "2000" },
  { "It was built in [nineteen oh five].", "2024-03-06", "DATE", "1905" },
  /* Not dates. */
  { "He sent [2,000] troops.", "2024-03-06", NULL },
  { "Iraq imports about [three-quarters] of its food.", "1990-08-15", NULL },
  { "The match ended [0-0].", "2024-03-06", NULL },
  /* Without a reference date ("" here) and before any full date in the
   * text: found all the same, with what is not known left out. */
  { "He left [yesterday] and came back.", "", "DATE", "XXXX-XX-XX" },
  { "He will return [next Friday].", "", "DATE", "XXXX-WXX-5" },
  { "He returned [Tuesday night].", "", "TIME", "XXXX-WXX-2TNI" },
  { "Talks ended [three days ago].", "", "DATE", "XXXX-XX-XX" },
  { "[Last year] sales rose.", "", "DATE", "XXXX" },
  { "It opened in [June last year].", "", "DATE", "XXXX-06" },
  { "It closes [next month].", "", "DATE", "XXXX-XX" },
  { "Output fell in [the third quarter].", "", "DATE", "XXXX-Q3" },
  { "The port was hit [last weekend].", "", "DATE", "XXXX-WXX-WE" },
  { "It ran for [six hours].", "", "DURATION", "PT6H" },
  /* the span of "ten days later" is ten days whatever the day (no X) */
  { "He came back [ten days] later.", "", "DURATION", "P10D" },
  { "Profits fell in [the latest quarter].", "", "DATE", "XXXX-QX" },
  { "By 2004 it grew, and [the following year] it fell.", "", "DATE", "2005" },

  { "She flew a Boeing [737] home.", "2024-03-06", NULL },
  { "You [May] go now, she said.", "2024-03-06", NULL },
  { "[Jan] Lipavsky spoke.", "2024-03-06", NULL },
  { "A [44-year-old] man was held.", "2024-03-06", NULL },
  { "[Twenty five] people came.", "2024-03-06", NULL },
  { "He sent [two thousand] troops.", "2024-03-06", NULL },
  { "It was 31 [February] then.", "", "DATE", "XXXX-02" },
  { "Born on [29 February].", "", "DATE", "XXXX-02-29" },
  /* A fiscal or financial year named by a shift is the year, one
   * expression, as TimeBank writes "the current fiscal year"; "current"
   * alone stays the present. */
  { "Sales will rise in [the current financial year].", "2005-03-01", "DATE", "2005" },
  { "Profits fell in [last fiscal year].", "2005-03-01", "DATE", "2004" },
  { "It is [this financial year]'s target.", "2005-03-01", "DATE", "2005" },
  { "The [current] chairman spoke.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* The New Year is a holiday, the first of January, but "the New Year"
   * before a mark is the year it opens, by the tense; a holiday with a
   * shift is the last one before the reference, the next after it, or
   * the reference year's ("this Christmas"). */
  { "The damages will be assessed in [the New Year].", "2005-03-01", "DATE", "2006" },
  { "He will return in [the New Year], his club said.", "2004-12-20", "DATE", "2005" },
  { "Sales rose in [the New Year].", "2005-03-01", "DATE", "2005" },
  { "Sales fell over the [New Year] holiday.", "2005-03-01", "DATE", "2005-01-01" },
  { "Sales fell at [New Year].", "2005-03-01", "DATE", "2005-01-01" },
  { "Trade was slow on 24 December, and the trend went on into [the New Year].", "2005-03-01", "DATE", "2005" },
  { "He earns an honour in the [New Year]'s list.", "2005-03-01", "DATE", "2005-01-01" },
  { "Sales fell on [New Year's Day].", "2005-03-01", "DATE", "2005-01-01" },
  { "Crowds gathered on [New Year's Eve].", "2005-03-01", "DATE", "2004-12-31" },
  /* the preposition decides, not the mark after it: "in the New Year"
   * is the year; the holiday after "celebrate", "mark", "over", "after",
   * "before", "at", a particle's "in" ("saw in") or before a noun */
  { "He will return to training in [the New Year] after surgery.", "2005-03-01", "DATE", "2006" },
  { "Crowds gathered to celebrate the [New Year].", "2005-03-01", "DATE", "2005-01-01" },
  { "Millions saw in the [New Year].", "2005-03-01", "DATE", "2005-01-01" },
  { "Fireworks rang in the [New Year] in London.", "2005-03-01", "DATE", "2005-01-01" },
  { "Parties were held to mark the [New Year].", "2005-03-01", "DATE", "2005-01-01" },
  { "Shops closed just before the [New Year].", "2005-03-01", "DATE", "2005-01-01" },
  { "Shops reopened after the [New Year].", "2005-03-01", "DATE", "2005-01-01" },
  { "Sales were strong over the [New Year].", "2005-03-01", "DATE", "2005-01-01" },
  { "He was knighted in the [New Year] honours list.", "2005-03-01", "DATE", "2005-01-01" },
  { "He moved to [New York] then.", "2005-03-01", NULL },
  { "[This Christmas], parents are expected to spend more.", "2005-03-01", "DATE", "2005-12-25" },
  { "[Last Christmas] was quiet.", "2005-03-01", "DATE", "2004-12-25" },
  /* "this Christmas" by the tense: the one just gone in a report */
  { "Retailers said [this Christmas] was their worst in a decade.", "2005-01-05", "DATE", "2004-12-25" },
  { "[This Christmas] has been the busiest yet.", "2005-01-05", "DATE", "2004-12-25" },
  { "Shops will cut prices [this Christmas].", "2005-01-05", "DATE", "2005-12-25" },
  /* another calendar's New Year is no first of January */
  { "The Chinese [New Year] celebrations began.", "2005-03-01", NULL },
  { "The Lunar [New Year] holiday starts this week.", "2005-03-01", NULL },
  { "The Jewish [New Year] falls in September.", "2005-03-01", NULL },
  { "Orthodox [Christmas] is in January.", "2005-03-01", NULL },
  /* the list's name in capitals, no day (dates-words30, holiday-names.c) */
  { "He will be honoured in the [New Year] Honours.", "2005-03-01", NULL },
  { "[Next Thanksgiving] falls late.", "2005-03-01", "DATE", "2005-11-24" },
  { "It was [Christmas 2003].", "2005-03-01", "DATE", "2003-12-25" },
  { "He said that [Christmas] sales fell.", "2005-03-01", "DATE", "2004-12-25" },
  { "It is tipped to be this year's [Christmas] number one.", "2005-03-01", "DATE", "2005-12-25" },
  { "Next year\u2019s [Christmas] is early.", "2005-03-01", "DATE", "2006-12-25" },
  { "The year's [Christmas] was fine.", "2005-03-01", "DATE", "2004-12-25" },
  /* Year-end: the nearest by the tense, the last one after "since". */
  { "Profits will rise by [year-end].", "2005-03-01", "DATE", "2005", "END" },
  { "Shares have risen since [year-end].", "2005-03-01", "DATE", "2004", "END" },
  { "Shares will be sold after [year-end].", "2005-03-01", "DATE", "2005", "END" },
  { "The rules will apply from [year-end].", "2005-03-01", "DATE", "2005", "END" },
  { "The rules applied from [year-end].", "2005-03-01", "DATE", "2004", "END" },
  { "He was paid a [year-end] bonus.", "2005-03-01", NULL },
  /* A unit after a count says how often: a SET, as TIMEX3 types a rate
   * (MEANTIME, TimeBank's wsj_0918); "a second" so is a unit of measure. */
  { "It had been losing about $1m [a week].", "2005-03-01", "SET", "P1W" },
  { "It will save $500 million [a year].", "2005-03-01", "SET", "P1Y" },
  { "Four flights [a week] go there.", "2005-03-01", "SET", "P1W" },
  { "It costs £4.50 for [an hour]'s session.", "2005-03-01", "DURATION", "PT1H" },
  { "In 2004 [a week] passed quietly.", "2005-03-01", "DURATION", "P1W" },
  { "It lasted [a week].", "2005-03-01", "DURATION", "P1W" },
  { "It shows 30 frames [a second].", "2005-03-01", NULL },
  /* "after" makes it a span between two events; "once" counts a rate */
  { "He was arrested on May 5 [a week] after the attack.", "2005-03-01", "DURATION", "P1W" },
  { "Shares rose 5% [a week] after the launch.", "2005-03-01", "DURATION", "P1W" },
  { "The firm cut 500 jobs [a year] after the merger.", "2005-03-01", "DURATION", "P1Y" },
  { "They meet once [a year].", "2005-03-01", "SET", "P1Y" },
  { "He worked six days [a week] after leaving school.", "2005-03-01", "SET", "P1W" },
  { "He trains twice [a week].", "2005-03-01", "SET", "P1W" },
  { "They meet three times [a year].", "2005-03-01", "SET", "P1Y" },
  /* an amount of something, counted: "two hours of sport a week" */
  { "Children get two hours of sport [a week] in school.", "2005-03-01", "SET", "P1W" },
  { "Give all children two hours of sports lessons [a week].", "2005-03-01", "SET", "P1W" },
  { "He drinks three pints of real ale [a day].", "2005-03-01", "SET", "P1D" },
  { "Four members of staff [a week] after the attack were hurt.", "2005-03-01", "DURATION", "P1W" },
  { "It took one of the players [a week] to recover.", "2005-03-01", "DURATION", "P1W" },
  /* "Today's" before a plural noun of people or made things (WordNet's,
   * in data/generic-nouns.tsv) is the present in general, which TimeBank
   * leaves out; before the day's own participants or an event, the day. */
  { "Speech suits [today]'s personal computers.", "2005-03-01", NULL },
  { "[Today]\u2019s teenagers are bored.", "2005-03-01", NULL },
  { "It is [today]'s music fans who pay.", "2005-03-01", NULL },
  { "Many of [today]'s children play outside.", "2005-03-01", NULL },
  { "[Today]'s winner was a French rider.", "2005-03-01", "DATE", "2005-03-01" },
  { "[Today]'s guest speaker is the prime minister.", "2005-03-01", "DATE", "2005-03-01" },
  { "[Today]'s mourners filled the church.", "2005-03-01", "DATE", "2005-03-01" },
  { "[Today]'s suicide bomber struck at dawn.", "2005-03-01", "DATE", "2005-03-01" },
  { "[Today]'s car bomb killed 10 people.", "2005-03-01", "DATE", "2005-03-01" },
  { "Now for [today]'s geography quiz.", "2005-03-01", "DATE", "2005-03-01" },
  { "[Today]'s ruling was clear.", "2005-03-01", "DATE", "2005-03-01" },
  { "[Today]'s match was close.", "2005-03-01", "DATE", "2005-03-01" },
  { "He left [today].", "2005-03-01", "DATE", "2005-03-01" },
  /* "In some quarters" is among some people; "the next few quarters" a span. */
  { "It was taken in [some quarters] as a sign.", "2005-03-01", NULL },
  { "Interest came from [several quarters].", "2005-03-01", NULL },
  { "It can be absorbed within [the next few quarters].", "2005-03-01", "DURATION", "PXQ" },
  /* "The following year" counts from the year named before however far
   * back ("that year" only within 600 bytes); with none, from the
   * reference. */
  { "He won an Oscar in 1973. The actor sent a young woman to refuse the award on his behalf and to draw attention to the plight of others. The actor sent a young woman to refuse the award on his behalf and to draw attention to the plight of others. The actor sent a young woman to refuse the award on his behalf and to draw attention to the plight of others. The actor sent a young woman to refuse the award on his behalf and to draw attention to the plight of others. The actor sent a young woman to refuse the award on his behalf and to draw attention to the plight of others. The actor sent a young woman to refuse the award on his behalf and to draw attention to the plight of others. The actor sent a young woman to refuse the award on his behalf and to draw attention to the plight of others.  He was nominated [the following year].", "2005-03-01", "DATE", "1974" },
  { "He was nominated [the following year].", "2005-03-01", "DATE", "2006" },
  /* "Is due" speaks of the future; "was due" of the past. */
  { "Mr Bush is due in Europe at [the end of January].", "2005-03-01", "DATE", "2006-01", "END" },
  { "Payment was due in [January].", "2005-03-01", "DATE", "2005-01" },
  /* A weekday's possessive after "for" or "ahead of" follows the tense
   * (2005-03-01 is a Tuesday); elsewhere it names what has happened. */
  { "Williams could be fit for [Saturday]'s opener.", "2005-03-01", "DATE", "2005-03-05" },
  { "Souness dropped Bellamy for [Sunday]'s game.", "2005-03-01", "DATE", "2005-02-27" },
  /* "for" of cause: the day that has happened */
  { "He could face a ban for [Saturday]'s red card.", "2005-03-01", "DATE", "2005-02-26" },
  { "The club will be fined for [Sunday]'s crowd trouble.", "2005-03-01", "DATE", "2005-02-27" },
  { "He is expected to apologise for [Friday]'s remarks.", "2005-03-01", "DATE", "2005-02-25" },
  { "The side will be ready for [Saturday]'s final.", "2005-03-01", "DATE", "2005-03-05" },
  { "Voters will queue ahead of [Sunday]'s election.", "2005-03-01", "DATE", "2005-03-06" },
  { "They would look for ways around [Wednesday]'s ruling.", "2005-03-01", "DATE", "2005-02-23" },
  /* "The 90s" without its apostrophe; "the Sunday Times" is a name. */
  { "He starred in [the 90s] TV comedy.", "2005-03-01", "DATE", "199" },
  { "Audiences are in [the 10s], 100s and more.", "2005-03-01", NULL },
  /* after a measure in the clause, "the 30s" is a range of it */
  { "Temperatures in [the 30s] are forecast for Spain.", "2005-03-01", NULL },
  { "The temperature was in [the 20s] all week.", "2005-03-01", NULL },
  { "Temperatures in [the 90s] are expected.", "2005-03-01", NULL },
  { "He shot a round in [the 60s].", "2005-03-01", NULL },
  { "It was hot. He starred in [the 60s] in a sitcom.", "2005-03-01", "DATE", "196" },
  { "Temperatures fell in [the '60s].", "2005-03-01", "DATE", "196" },
  { "He told the [Sunday] Mirror it was over.", "2005-03-01", NULL },
  /* "from 6 to 9 January", "between 6 and 9 January", "from 10-16
   * January": the first day is a DATE of the second's month and year;
   * not a count larger than the day, nor without "from" or "between" */
  { "CES runs from [6] to 9 January.", "2005-03-01", "DATE", "2005-01-06" },
  { "The festival will run between [6] and 9 January.", "2005-03-01", "DATE", "2006-01-06" },
  { "She plays in Sydney from [10]-16 January 2006.", "2005-03-01", "DATE", "2006-01-10" },
  { "It runs from [9] to 6 January.", "2005-03-01", NULL },
  { "The vote fell from [60] to 9 January.", "2005-03-01", NULL },
  { "He was [6] to 9 January.", "2005-03-01", NULL },
  /* "the last week of December 2004" is one DATE, the ISO week of the
   * month's last Thursday; "the first week of" the first Thursday's;
   * "the last week" alone stays a duration, "of the season" its end
   * (cases-more23.h); "the coming year's" is the
   * year, as "the coming year" */
  { "[The last week of December 2004] saw sales rise.", "2005-03-01", "DATE", "2004-W53" },
  { "Sales rose in [the last week of December].", "2005-03-01", "DATE", "2004-W53" },
  { "[The first week of January 2005] was quiet.", "2005-03-01", "DATE", "2005-W01" },
  { "[The last week] was hard.", "2005-03-01", "DURATION", "P1W" },
  { "[The last week of the season] was hard.", "2005-03-01", "DATE", "2005" },
  { "[The coming year]'s cut has meant more tax.", "2005-03-01", "DATE", "2006" },
  /* "at the present time", "at the moment" (dates-values17) */
  { "All that matters at [the present time] is the games ahead.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "At [the moment] it is all speculation.", "2005-03-01", "DATE", "PRESENT_REF" },
  /* a weekday in a club's name: a capitalised word before it inside the
   * sentence and a noun of people or a plural verb after the pair, or
   * "who" after a bare one; not after a name "who" may be of, nor after
   * "on", nor a name before a weekday alone (US style: "met Blair
   * Thursday") */
  { "He would go if Sheffield Wednesday manager Paul Sturrock agreed.", "2005-03-01", NULL },
  { "Fans say Sheffield Wednesday are fourth.", "2005-03-01", NULL },
  { "He had business with Wednesday, who are fourth.", "2005-03-01", NULL },
  { "I spoke to Smith [Friday], who was in London.", "2005-03-01", "DATE", "2005-02-25" },
  { "We met on [Wednesday], who knows why.", "2005-03-01", "DATE", "2005-02-23" },
  { "He met Blair [Thursday].", "2005-03-01", "DATE", "2005-02-24" },
  { "He told BBC Sport on [Wednesday] that he was fit.", "2005-03-01", "DATE", "2005-02-23" },
  { "He left on the [Sunday] before.", "2005-03-01", "DATE", "2005-02-27" },
  /* A range of counts is a span of some such count (PXW), as TimeBank
   * writes "the next 12 to 18 months" (its "two to three weeks" is P2W). */
  { "He will be out for [four to six weeks].", "2005-03-01", "DURATION", "PXW" },
  { "It takes [5-10 years] to mature.", "2005-03-01", "DURATION", "PXY" },
  { "It took [two or three days].", "2005-03-01", "DURATION", "PXD" },
  { "It lasts [the next 12 to 18 months].", "2005-03-01", "DURATION", "PXM" },
  { "Boil it for [10-15 minutes] first.", "2005-03-01", "DURATION", "PTXM" },
  { "He scored [one to two] goals.", "2005-03-01", NULL },
};

static void
test_table (void)
{
  g_autoptr (GString) jsonl = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
    append_bracketed_record (jsonl, i, cases[i].sentence, cases[i].reference);
    }
  const char *argv[] = { ASSAY_BIN, "run", PROJECT_SOURCE_DIR "/pipelines/dates.pipeline", "-",
                         "--layers", "timex", NULL };
  g_autofree char *out = test_run_assay (argv, jsonl->str);

  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  guint failures = 0;
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const Case *c = &cases[i];
      /* with no brackets, the whole sentence: nothing may be found in it */
      const char *open = strchr (c->sentence, '['), *close = strchr (c->sentence, ']');
      gsize start = open ? (gsize) (open - c->sentence) : 0;
      gsize end = close ? (gsize) (close - c->sentence - 1) : strlen (c->sentence);
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_assert_true (json_parser_load_from_data (parser, records[i], -1, NULL));
      JsonArray *anns = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                      "annotations");
      JsonObject *found = NULL;
      for (guint k = 0; k < json_array_get_length (anns); k++)
        {
          JsonObject *a = json_array_get_object_element (anns, k);
          if ((gsize) json_object_get_int_member (a, "start") < end
              && start < (gsize) json_object_get_int_member (a, "end"))
            found = a;
        }
      g_autofree char *problem = NULL;
      if (c->type == NULL && found)
        problem = g_strdup_printf ("found «%s»", json_object_get_string_member (found, "text"));
      else if (c->type && found == NULL)
        problem = g_strdup ("found nothing");
      else if (c->type)
        {
          JsonObject *attrs = json_object_get_object_member (found, "attrs");
          const char *value = json_object_get_string_member_with_default (attrs, "value", "");
          const char *mod = json_object_get_string_member_with_default (attrs, "mod", NULL);
          const char *type = json_object_get_string_member (found, "label");
          gsize s = json_object_get_int_member (found, "start"), e = json_object_get_int_member (found, "end");
          const char *freq = json_object_get_string_member_with_default (attrs, "freq", "");
          if (strcmp (type, c->type) || strcmp (value, c->value) || g_strcmp0 (mod, c->mod) || s != start || e != end
              || (c->freq && strcmp (freq, c->freq)))
            problem = g_strdup_printf ("got «%s» %s %s%s%s%s%s", json_object_get_string_member (found, "text"),
                                       type, value, mod ? " mod " : "", mod ? mod : "", freq[0] ? " freq " : "", freq);
        }
      if (problem)
        {
          g_test_message ("case %u, «%s» (reference %s): %s", i, c->sentence, c->reference, problem);
          failures++;
        }
    }
  g_test_message ("dates cases: %u of %u right", (guint) G_N_ELEMENTS (cases) - failures,
                  (guint) G_N_ELEMENTS (cases));
  g_assert_cmpuint (failures, ==, 0);
}

/* The option reference-date is a day by the one date rule: a month alone
 * stops the check, saying which day to write. */
static void
test_reference_option_month (void)
{
  g_autofree char *dir = g_dir_make_tmp ("assay-dates-XXXXXX", NULL);
  test_write_file (dir, "m.pipeline", "[pipeline]\nstages=cleanup;dates\n[dates]\nreference-date=2025-05\n", -1);
  g_autofree char *pipeline_path = g_build_filename (dir, "m.pipeline", NULL);
  const char *argv[] = { ASSAY_BIN, "check", pipeline_path, NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GSubprocess) proc
      = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDERR_PIPE | G_SUBPROCESS_FLAGS_STDOUT_SILENCE, &error);
  g_assert_no_error (error);
  g_autofree char *err = NULL;
  g_assert_true (g_subprocess_communicate_utf8 (proc, NULL, NULL, NULL, &err, &error));
  test_remove_tree (dir);
  g_assert_cmpint (g_subprocess_get_exit_status (proc), ==, 2);
  g_assert_nonnull (strstr (err, "reference date '2025-05' names a month"));
  g_assert_nonnull (strstr (err, "write the day, as 2025-05-01"));
}

/* "GMT+8": the zone's offset moved by the hours written after it. */
static void
test_zone_offset (void)
{
  const char *input = "{\"id\":\"z\",\"text\":\"It struck at 02:15 GMT+8 and again at 0930 UTC-03:30.\","
                      "\"published\":\"2024-03-06\"}\n";
  const char *argv[] = { ASSAY_BIN, "run", PROJECT_SOURCE_DIR "/pipelines/dates.pipeline", "-", "--layers", "timex", NULL };
  g_autofree char *out = test_run_assay (argv, input);
  g_assert_nonnull (strstr (out, "\"text\":\"02:15 GMT+8\""));
  g_assert_nonnull (strstr (out, "\"utc_offset\":\"+08:00\""));
  g_assert_nonnull (strstr (out, "\"text\":\"0930 UTC-03:30\""));
  g_assert_nonnull (strstr (out, "\"utc_offset\":\"-03:30\""));
}

/* "from 2009 to 2011", "between July and September 2004": both ends carry
 * the range as ISO 8601 writes an interval; two dates merely near each
 * other do not. */
static void
test_ranges (void)
{
  const char *input = "{\"id\":\"r\",\"text\":\"He served from 2009 to 2011. Sales fell between July and "
                      "September 2004. Prices rose from 5% in 2009 to 7% in 2011. He spoke from 8 June. To 5 July he "
                      "rested.\",\"published\":\"2024-03-06\"}\n";
  const char *argv[] = { ASSAY_BIN, "run", PROJECT_SOURCE_DIR "/pipelines/dates.pipeline", "-", "--layers", "timex", NULL };
  char *out = test_run_assay (argv, input);
  g_assert_nonnull (strstr (out, "\"text\":\"2009\",\"label\":\"DATE\",\"attrs\":{\"value\":\"2009\",\"resolution\":\"absolute\",\"range\":\"2009/2011\"}"));
  g_assert_nonnull (strstr (out, "\"text\":\"2011\",\"label\":\"DATE\",\"attrs\":{\"value\":\"2011\",\"resolution\":\"absolute\",\"range\":\"2009/2011\"}"));
  g_assert_nonnull (strstr (out, "\"range\":\"2004-07/2004-09\""));
  g_assert_nonnull (strstr (out, "\"text\":\"July\",\"label\":\"DATE\",\"attrs\":{\"value\":\"2004-07\",\"resolution\":\"absolute\""));
  /* the third sentence's years, and "from 8 June. To 5 July" across a
   * full stop: no range (two ranges, two ends each) */
  guint ranges = 0;
  for (const char *p = out; (p = strstr (p, "\"range\"")); p++)
    ranges++;
  g_assert_cmpuint (ranges, ==, 4);
  g_free (out);
}

/* "the 2006-2007 fiscal year", "2003-04": two years one apart are one
 * span with both in its range (with the words of a financial year
 * around them, dates-periods29), the second no year of its own; years
 * further apart ("2001-2003") are a range's two ends (dates-vague22) */
static void
test_fiscal_year_range (void)
{
  const char *input = "{\"id\":\"f\",\"text\":\"Debts wait until the 2006-2007 fiscal year. Sales rose during "
                      "2003-04. Figures for the 2001-2003 period were revised.\",\"published\":\"2005-03-01\"}\n";
  const char *argv[] = { ASSAY_BIN, "run", PROJECT_SOURCE_DIR "/pipelines/dates.pipeline", "-", "--layers", "timex", NULL };
  g_autofree char *out = test_run_assay (argv, input);
  g_assert_nonnull (strstr (out, "\"text\":\"the 2006-2007 fiscal year\",\"label\":\"DATE\",\"attrs\":{\"value\":\"2006\",\"resolution\":\"absolute\",\"range\":\"2006/2007\"}"));
  g_assert_nonnull (strstr (out, "\"text\":\"2003-04\",\"label\":\"DATE\",\"attrs\":{\"value\":\"2003\",\"resolution\":\"absolute\",\"range\":\"2003/2004\"}"));
  g_assert_null (strstr (out, "\"text\":\"2007\""));
  g_assert_null (strstr (out, "\"text\":\"04\""));
  g_assert_nonnull (strstr (out, "\"text\":\"2001\""));
  g_assert_nonnull (strstr (out, "\"text\":\"2003\""));
}

/* A reference date nobody can read stops the document with an error record
 * that quotes it and says what to write (the rule is assay_date_parse()'s);
 * so does a year alone, which cannot anchor "yesterday"; an empty one is no
 * reference, and the rest still run. */
static void
test_unreadable_published (void)
{
  const char *input = "{\"id\":\"dmy\",\"text\":\"Sales fell in January.\",\"published\":\"03-02-2009\"}\n"
                      "{\"id\":\"empty\",\"text\":\"Sales fell in January 2009.\",\"published\":\"\"}\n"
                      "{\"id\":\"iso\",\"text\":\"Sales fell in January.\",\"published\":\"2009-02-03T10:00Z\"}\n"
                      "{\"id\":\"year\",\"text\":\"Sales fell in January.\",\"published\":\"2009\"}\n";
  const char *argv[] = { ASSAY_BIN, "run", PROJECT_SOURCE_DIR "/pipelines/dates.pipeline", "-",
                         "--layers", "timex", NULL };
  g_autofree char *out = test_run_assay_status (argv, input, 1);
  g_auto (GStrv) records = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (records), >=, 4);
  g_assert_nonnull (strstr (records[0], "\"type\":\"error\""));
  g_assert_nonnull (strstr (records[0], "metadata 'published' is '03-02-2009': day and month first is ambiguous"));
  g_assert_nonnull (strstr (records[0], "write YYYY"));
  g_assert_nonnull (strstr (records[1], "\"value\":\"2009-01\""));
  g_assert_nonnull (strstr (records[2], "\"value\":\"2009-01\""));
  g_assert_nonnull (strstr (records[3], "\"type\":\"error\""));
  g_assert_nonnull (strstr (records[3], "'2009' names a year"));
  g_assert_nonnull (strstr (records[3], "write the day, as 2009-01-01"));
}

/* A run of scale words of any length is read without a frame per word:
 * "1 million million ... cars a day" once overflowed the stack at about
 * 65,000 words (a recursion per scale word), killing the whole run. */
static void
test_long_scale_run (void)
{
  g_autoptr (GString) text = g_string_new ("1 ");
  for (guint i = 0; i < 100000; i++)
    g_string_append (text, "million ");
  g_string_append (text, "cars a day.");
  g_autofree char *input = g_strdup_printf ("{\"id\":\"m\",\"text\":\"%s\",\"published\":\"2005-03-01\"}\n", text->str);
  const char *argv[] = { ASSAY_BIN, "run", PROJECT_SOURCE_DIR "/pipelines/dates.pipeline", "-", "--layers", "timex", NULL };
  g_autofree char *out = test_run_assay (argv, input);
  g_assert_nonnull (strstr (out, "\"text\":\"a day\",\"label\":\"SET\""));
}

/* The instructions dates_process() executes on one document of @n
 * repeats of @unit.  0 where the test skipped. */
static guint64
dates_stage_instructions (const char *unit, guint n)
{
  g_autoptr (GString) text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append (text, unit);
  const char *argv[] = { ASSAY_BIN, "run", PROJECT_SOURCE_DIR "/pipelines/dates.pipeline", "-", "--layers", "timex",
                         "-o", "/dev/null", NULL };
  return test_stage_instructions (argv, "dates_process", text->str, "2005-03-01");
}

/* The stage stays linear in a document's length: four times the text
 * takes about four times the instructions, not sixteen.  Tab-separated
 * rates ("5<tab>a<tab>week") once made the look back for a count walk to
 * the start of the text each time (1.02 s for 20,000 against 0.067 s for
 * 5,000: at 1,000 and 4,000 that loop still makes 9 times, not 4).
 * Instructions, not seconds (see test_stage_instructions()): they do not
 * move between runs, so the bound is a quarter over linear and small
 * documents serve, which keeps callgrind's time short. */
static void
test_linear (void)
{
  static const char *const units[] = { "5\ta\tweek\t", "5 a week. ", "$1m a year and 4 flights a day\n" };
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      guint64 small = dates_stage_instructions (units[i], 1000);
      if (!small)
        return;
      guint64 large = dates_stage_instructions (units[i], 4000);
      g_test_message ("dates stage, unit %u: %" G_GUINT64_FORMAT " instructions for 1,000 repeats, %" G_GUINT64_FORMAT
                      " for 4,000 (%.2f times)",
                      i, small, large, (double) large / small);
      g_assert_cmpuint (large, <, 5 * small);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dates/table", test_table);
  g_test_add_func ("/dates/unreadable-published", test_unreadable_published);
  g_test_add_func ("/dates/zone-offset", test_zone_offset);
  g_test_add_func ("/dates/reference-option-month", test_reference_option_month);
  g_test_add_func ("/dates/ranges", test_ranges);
  g_test_add_func ("/dates/fiscal-year-range", test_fiscal_year_range);
  g_test_add_func ("/dates/long-scale-run", test_long_scale_run);
  g_test_add_func ("/dates/linear", test_linear);
  return g_test_run ();
}
