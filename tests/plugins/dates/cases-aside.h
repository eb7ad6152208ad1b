/* cases-aside.h: rows of test-dates.c's table (included inside its
 * cases[]) for a cue of tense inside a relative clause set off by marks
 * ("which ...,") and closed by the past verb of the clause around it:
 * the aside's tense is its own.  Rows near it where the aside's cue
 * still counts: the expression inside the aside, a list's commas, a
 * verb in the present after the aside, a cue of its own after it. */
  { "The index, which predicts growth a quarter ahead, remained at 100.8 for [January].", "2005-03-01", "DATE", "2005-01" },
  { "Sales, which will rise next year, fell in [January].", "2005-03-01", "DATE", "2005-01" },
  { "The index - which predicts growth - remained at 100.8 for [January].", "2005-03-01", "DATE", "2005-01" },
  { "The club, which will host Leeds on [Saturday], is top.", "2005-03-01", "DATE", "2005-03-05" },
  { "The club, which will host Leeds, Bath and Hull on [Saturday], is top.", "2005-03-01", "DATE", "2005-03-05" },
  { "The sale, which had been expected, is part of a plan to pay the loan by [February].", "2005-03-01", "DATE", "2006-02" },
  { "The firm, which expects growth, will open a store in [January].", "2005-03-01", "DATE", "2006-01" },
  { "He will captain the side in the opening event, the Dubai Sevens, which start on [Thursday].", "2005-03-01", "DATE", "2005-03-03" },
  /* a list inside the aside whose next item opens with an adjective in
   * -ed: the aside goes on to the expression, and its cue counts (these
   * pass on 91e47ea, which had no aside rule, and failed on ffd5ad8) */
  { "The stall, which will sell cakes, dried fruit and jam on [Saturday], is in York.", "2005-03-01", "DATE",
    "2005-03-05" },
  { "The fair, which will show tools, painted chairs or old clocks on [Sunday], opens in Bath.", "2005-03-01", "DATE",
    "2005-03-06" },
  /* near it, a verb in -ed that closes the aside, its objects joined by
   * "and": the aside's cue stays its own (these fail on 91e47ea) */
  { "The firm, which will close, announced cuts and job losses on [Monday].", "2005-03-01", "DATE", "2005-02-28" },
  { "The bank, which will merge, posted losses and wrote off debts on [Friday].", "2005-03-01", "DATE", "2005-02-25" },
  { "The club, which will move, signed a striker and a keeper on [Friday], the manager said.", "2005-03-01", "DATE",
    "2005-02-25" },
