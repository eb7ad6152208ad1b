/* cases-front.h: rows of test-dates.c's table (included inside its
 * cases[]) for a weekday fronted before its clause ("On Saturday, the
 * team will play Leeds"): the clause after it gives its direction, where
 * nothing before it does.  Each rule with sentences near it where it must
 * not fire. */
  /* a cue of the future or a fixture's verb after the comma, or with no
   * comma, at most one word (a preposition) before the weekday */
  { "On [Saturday], the team will play Leeds.", "2005-03-01", "DATE", "2005-03-05" },
  { "On [Saturday] the team will play Leeds.", "2005-03-01", "DATE", "2005-03-05" },
  { "[Saturday], the team will play Leeds.", "2005-03-01", "DATE", "2005-03-05" },
  { "By [Friday], the deal will be done.", "2005-03-01", "DATE", "2005-03-04" },
  { "On [Sunday], Wales host France in Cardiff.", "2005-03-01", "DATE", "2005-03-06" },
  { "On [Saturday night], the band will play in Leeds.", "2005-03-01", "TIME", "2005-03-05TNI" },
  /* the clause after tells a past, or a report's past before its future;
   * a full stop between; a clause of a custom; more than one word before
   * the weekday; the clause's verb after another mark */
  { "On [Saturday], the team lost to Leeds.", "2005-03-01", "DATE", "2005-02-26" },
  { "On [Saturday], he said he will stand for the seat.", "2005-03-01", "DATE", "2005-02-26" },
  { "On [Friday], the minister said talks would resume.", "2005-03-01", "DATE", "2005-02-25" },
  { "On [Saturday]. The team will play Leeds next.", "2005-03-01", "DATE", "2005-02-26" },
  { "On [Saturday], the club meets as it does each week.", "2005-03-01", "DATE", "2005-02-26" },
  { "On [Saturday], fans who travelled will see the final.", "2005-03-01", "DATE", "2005-02-26" },
  { "Since [Tuesday], the shares have gained 4%.", "2005-03-03", "DATE", "2005-03-01" },
  { "On [Saturday] England lost, and they will play again in May.", "2005-03-01", "DATE", "2005-02-26" },
  { "Fans met on [Saturday], and the team will play Leeds.", "2005-03-01", "DATE", "2005-02-26" },
  /* a cue in -ed with no auxiliary before it is a finite past; with one,
   * it still looks ahead; a clause of its own after the comma ("when")
   * is no main clause */
  { "On [Friday], the government planned to pay the first claims.", "2005-03-01", "DATE", "2005-02-25" },
  { "On [16 January], the government planned to pay the first claims.", "2005-03-01", "DATE", "2005-01-16" },
  { "On [Friday], the team is expected to name its captain.", "2005-03-01", "DATE", "2005-03-04" },
  { "On [Friday], when the minister set aside his plans for the trip, the talks ended.", "2005-03-01", "DATE", "2005-02-25" },
  { "On [Friday], after the talks ended, he will fly home.", "2005-03-01", "DATE", "2005-02-25" },
  /* "now" as a discourse marker opening its sentence before "if", or a
   * comma and a word that opens a clause ("if", "before", "following"):
   * no time; "Now, " before a subject (a present set against a past),
   * "Now the", "now that", a "now" inside the sentence still are */
  { "Now if the plan fails, the firm must sell.", "2005-03-01", NULL },
  { "Now, if you are the prisoner, you confess.", "2005-03-01", NULL },
  { "Now, before anyone asks, the plan is sound.", "2005-03-01", NULL },
  { "Now, following the sale of assets, the firm is smaller.", "2005-03-01", NULL },
  { "[Now], the athlete owns the fastest time in the world.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "[Now] that the deal is done, the firm can grow.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "[Now] the firm is bigger than its rival.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "The firm is [now] bigger than its rival.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "We need action [now], if not sooner.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "Prices [now], if anything, are higher.", "2005-03-01", "DATE", "PRESENT_REF" },
  { "On [Friday], if the weather holds, the team will play Leeds.", "2005-03-01", "DATE", "2005-03-04" },
  /* "One day" that opens its sentence before a clause of the future is
   * some day to come, as "will one day" is; before a past, some day gone
   * by (cases-values13.h); not inside the sentence, nor with "later" or
   * "after" */
  { "\"[One day] you will be able to tell your children,\" he said.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "[One day], the firm will float on the stock market.", "2005-03-01", "DATE", "FUTURE_REF" },
  { "[One day] he walked in and sat down.", "2005-03-01", "DATE", "PAST_REF" },
  { "He had been in the job [one day].", "2005-03-01", "DURATION", "P1D" },
  { "[One day] later, he left the club.", "2005-03-01", "DURATION", "P1D" },
