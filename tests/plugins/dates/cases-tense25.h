/* cases-tense25.h: rows of test-dates.c's table (included inside its
 * cases[]) for dates-tense25 (issue 25).  A verb whose past is its base
 * (kind bare of past-forms.tsv: "cut", "set", "put") tells an event done
 * where the present would want an -s: a singular noun after a
 * determiner before it, an object after it.  A day and month fronted
 * before such a clause is then last year's, as a weekday already was;
 * a plural subject, "will", "to" or a noun's "cut" leave it ahead. */
  { "On [20 March] the mill cut 300 posts.", "2005-03-01", "DATE", "2004-03-20" },
  { "On [20 March], the lender set its rate at 4%.", "2005-03-01", "DATE", "2004-03-20" },
  { "On [20 March] the council put the plan to a vote.", "2005-03-01", "DATE", "2004-03-20" },
  { "On [20 March] the mill cuts 300 posts.", "2005-03-01", "DATE", "2005-03-20" },
  { "On [20 March] the mills cut 300 posts.", "2005-03-01", "DATE", "2005-03-20" },
  { "On [20 March] the mill will cut 300 posts.", "2005-03-01", "DATE", "2005-03-20" },
  { "On [20 March] the mill plans to cut 300 posts.", "2005-03-01", "DATE", "2005-03-20" },
  { "On [20 March] the fuel cut on diesel begins.", "2005-03-01", "DATE", "2005-03-20" },
  /* a noun's "set": a score after it, or an ordinal before it */
  { "On [20 March] the opening set 6-2 goes to the seed.", "2005-03-01", "DATE", "2005-03-20" },
  { "On [20 March] the second set the tone.", "2005-03-01", "DATE", "2005-03-20" },
  { "On [20 March] the mill cut 4.5% of its posts.", "2005-03-01", "DATE", "2004-03-20" },
  /* the weekday reads the same verb: past alone, ahead after "will" */
  { "On [Thursday] the mill cut 300 posts.", "2005-03-01", "DATE", "2005-02-24" },
  { "On [Thursday] the mill will cut 300 posts.", "2005-03-01", "DATE", "2005-03-03" },
  /* irregular pasts of past-forms.tsv (WordNet's verb.exc) front a day
   * as a regular past does */
  { "On [20 March] the envoys met in Oslo.", "2005-03-01", "DATE", "2004-03-20" },
  { "On [20 March], the guild held its vote.", "2005-03-01", "DATE", "2004-03-20" },
  { "On [20 March] the minister spoke to the guild.", "2005-03-01", "DATE", "2004-03-20" },
