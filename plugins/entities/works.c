/* works.c: the entities stage's rules about titles of works (films,
 * series, books, albums, plays, songs): a capitalised run right after a
 * noun that names a kind of work is the work's title, MISC ("French
 * film A Very Long Engagement", "the sitcom Will and Grace"), and so
 * are the examples listed after one in the plural ("films including
 * Jungle Fever and Summer of Sam"), read in companies.c's pass; the
 * document's other mentions of the same title are the work too. */

#include "entities.h"

#include <string.h>

#include <assay/assay-text.h>

/* Whether word @w may be inside a title though written in lowercase:
 * an article, a preposition, "and" (cues.tsv kinds connector and
 * title-word: "Lost in Translation", "Kings And Queen", "Men In
 * Black"). */
gboolean
title_word (const Word *w)
{
  return !w->upper && (w->cue & (CUE_CONNECTOR | CUE_TITLE_WORD));
}

/* Whether word @i opens a person's name: a first name (first-names.tsv,
 * or the lists' hint of one) where the tagger or a rule found a person
 * of two words or more, or a first name of first-names.tsv the lists
 * do not take for an English word ("the film Tom Cruise made", "the
 * film Ray Charles inspired", "Katharine Hepburn in The Aviator"). */
gboolean
opens_person (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  gboolean first = (first_name_flags (scan, w) & NAME_WORD_FIRST) != 0;
  gboolean hinted = w->hint && w->hint->hint && strcmp (w->hint->hint, "FIRST") == 0;
  const Span *held = span_at (scan, w->span);
  gboolean person = held && held->a == i && held->b - held->a >= 2 && strcmp (held->label, "PERSON") == 0;
  return first || (hinted && person);
}

/* Whether the lowercase word @b of a title opens a place phrase that
 * follows the title rather than belongs to it ("Hamlet at the Old Vic",
 * "Mamma Mia in the West End", "Closer in North America", "The Sea
 * Inside from Spain"): "in", "at", "on" or "from", then a place of two words or more after "the" or that the lists
 * claim, or a country or a region the lists claim.  Not one city or
 * province alone: titles name one as often ("Sleepless in Seattle",
 * "Midnight in Paris", "Crying Out Love in the Centre of the World"). */
static gboolean
place_phrase (const Scan *scan, guint b, guint we)
{
  const Word *w = word_at (scan, b);
  if (strcmp (w->key, "in") != 0 && strcmp (w->key, "at") != 0 && strcmp (w->key, "on") != 0
      && strcmp (w->key, "from") != 0)
    return FALSE;
  guint k = b + 1;
  gboolean the = k < we && strcmp (word_at (scan, k)->key, "the") == 0;
  if (the)
    k++;
  if (k >= we)
    return FALSE;
  /* A continent or a region (regions.tsv): "Gran Turismo in Europe". */
  if (region_at (scan, k, we))
    return TRUE;
  const Span *held = span_at (scan, word_at (scan, k)->span);
  if (!held || held->dropped || held->a != k
      || (strcmp (held->label, "LOC") != 0 && strcmp (held->label, "GPE") != 0))
    return FALSE;
  if (held->b - held->a >= 2)
    return the || held->source >= SOURCE_GAZETTEER || held->listed;
  /* One word: a place the lists claim, a region or a country's, not a
   * city's or a province's; the tagger's one-word place is any unknown
   * word to it ("Lost in Translation", "Mutiny on the Bounty"). */
  return held->source >= SOURCE_GAZETTEER
         && (strcmp (held->label, "LOC") == 0 || (held->kb && g_str_has_prefix (held->kb, "iso3166:")));
}

/* Whether the lowercase word @b of a title opens a phrase that follows
 * the title rather than belongs to it, besides a place (place_phrase()):
 * a preposition, then a day, a month or a feast (cues.tsv writes them
 * capitalised as function words: "Office on Tuesday", "Pride and
 * Prejudice on Sunday"), or "for" and the platform or channel it is
 * made for, an organisation the lists name or hint at (companies.tsv:
 * "Linux for Xbox", "Doom for the PlayStation", "Dickens for BBC One")
 * or an acronym; not "for" and words of no organisation ("Requiem for
 * a Dream", "No Country for Old Men"), nor words the tagger alone calls
 * one ("Songs for the Lost Ones": it takes most unknown capitalised
 * runs for an organisation), nor "of" ("The Ides of March"). */
static gboolean
trailing_phrase (const Scan *scan, guint b, guint we)
{
  if (place_phrase (scan, b, we))
    return TRUE;
  const Word *w = word_at (scan, b);
  if (!(w->cue & CUE_FUNCTION) || strcmp (w->key, "of") == 0 || b + 1 >= we)
    return FALSE;
  gboolean prep = strcmp (w->key, "on") == 0 || strcmp (w->key, "in") == 0 || strcmp (w->key, "at") == 0
                  || strcmp (w->key, "for") == 0 || strcmp (w->key, "from") == 0 || strcmp (w->key, "until") == 0;
  if (!prep)
    return FALSE;
  const Word *next = word_at (scan, b + 1);
  if (next->upper && !next->glued && g_ascii_isalpha (scan->text[next->start]) && (next->cue & CUE_FUNCTION)
      && !(b + 2 < we && word_at (scan, b + 2)->upper && !word_at (scan, b + 2)->glued))
    return TRUE;
  /* "on" or "for" a product the lists name or products.tsv's shapes
   * match, a platform ("Kettle on the ZX9", "Moon for PlayStation"). */
  guint k = b + 1;
  if (strcmp (w->key, "on") == 0 || strcmp (w->key, "for") == 0)
    {
      if (strcmp (word_at (scan, k)->key, "the") == 0 && k + 1 < we)
        k++;
      const Word *p = word_at (scan, k);
      if (p->upper && g_ascii_isalpha (p->text[0])
          && ((word_map_get (scan->e->product_names, p->key, p->hash) & PRODUCT_NAME)
              || (strpbrk (p->text, "0123456789") && g_regex_match (scan->e->products, p->text, 0, NULL))))
        return TRUE;
      k = b + 1;
    }
  if (strcmp (w->key, "for") != 0)
    return FALSE;
  if (strcmp (word_at (scan, k)->key, "the") == 0 && k + 1 < we)
    k++;
  const Span *held = span_at (scan, word_at (scan, k)->span);
  const GazetteerEntry *hint = word_at (scan, k)->hint;
  return (held && !held->dropped && held->a == k && strcmp (held->label, "ORG") == 0
          && (held->source >= SOURCE_GAZETTEER || held->listed || word_at (scan, k)->capitals))
         || (word_at (scan, k)->upper && hint && (strcmp (hint->label, "ORG") == 0
                                                  || (hint->hint && strcmp (hint->hint, "COMPANY") == 0)));
}

/* Whether a word of the capitalised run from word @a has a kind of
 * @cue: a title's or a body's ("and the Prime Minister", "and the
 * Foreign Office" join a person or a body to a title). */
static gboolean
run_has_cue (const Scan *scan, guint a, guint we, Cue cue)
{
  for (guint k = a; k < we && k < a + 4 && word_at (scan, k)->upper && !word_at (scan, k)->glued; k++)
    if (word_at (scan, k)->cue & cue)
      return TRUE;
  return FALSE;
}

/* Whether @w is a colon glued to the word before it.  (An ellipsis
 * before a capital ends the sentence: the segmenter's.) */
static gboolean
subtitle_mark (const Scan *scan, const Word *w)
{
  return w->glued && w->end - w->start == 1 && scan->text[w->start] == ':';
}

/* Whether word @c, after a title's colon, opens its subtitle: a
 * capitalised word, not a function word before a lowercase one, a
 * clause ("the film Closer: The acting was superb"), and where
 * @people, not a person's name.  Only the title-case rule asks for
 * @people; the rule for a sentence that marks works (a game's, a
 * film's) does not, since a subtitle there often opens with a first
 * name ("Grand Theft Auto: San Andreas"), so it still reads "the film
 * Closer: Jude Law was superb" as one title (a known gap row in
 * test-entities-works). */
gboolean
subtitle_opens (const Scan *scan, guint c, guint we, gboolean people)
{
  const Word *w = word_at (scan, c);
  if (!w->upper || w->glued || !g_ascii_isalpha (scan->text[w->start]) || (people && opens_person (scan, c)))
    return FALSE;
  return !(w->cue & (CUE_FUNCTION | CUE_CONNECTOR)) || (c + 1 < we && word_at (scan, c + 1)->upper);
}

/* The end of the title that starts at word @a, or @a where none does:
 * capitalised words and digits, lowercase title words between them, up
 * to ten words (ten more after "or," and an alternative title),
 * ending at the first other word, punctuation or possessive; none
 * where a possessive or an apostrophe is followed by more capitalised
 * words. */
guint
title_end (const Scan *scan, guint a, guint we, gboolean listed)
{
  guint b = a, last = a, limit = a + 10;
  gboolean alternative = FALSE;
  while (b < we && b < limit)
    {
      const Word *w = word_at (scan, b);
      /* An alternative title after "or," ("X or, Y", "X; or, Y"): a
       * capitalised subtitle after it goes on, ten words more at most;
       * not in a list, where "or" joins two. */
      if (!listed && !alternative && b > a && last == b)
        {
          guint o = b;
          if (w->glued && w->end - w->start == 1 && scan->text[w->start] == ';')
            o++;
          if (o + 2 < we && !word_at (scan, o)->upper && strcmp (word_at (scan, o)->key, "or") == 0
              && strcmp (word_at (scan, o + 1)->text, ",") == 0 && word_at (scan, o + 1)->glued
              && subtitle_opens (scan, o + 2, we, TRUE))
            {
              alternative = TRUE;
              b = o + 2;
              limit = b + 10;
              continue;
            }
        }
      /* A possessive or a contraction inside the title after a function
       * word ("Do They Know It's Christmas") or after a word the title's
       * own lowercase or function word opens ("One Flew Over the
       * Cuckoo's Nest", "Bill and Ted's Excellent Adventure"): the title
       * goes on.  Not after the run's first word, an owner ("Keane's
       * Hope and Fears") or a clause ("It's Christmas" is no title), nor
       * after two capitalised words ("Mel Gibson's The Passion"). */
      if (is_possessive (w) && b > a + 1 && b + 1 < we && word_at (scan, b + 1)->upper && !word_at (scan, b + 1)->glued
          && ((word_at (scan, b - 1)->cue & CUE_FUNCTION)
              || (b - 1 > a && (word_at (scan, b - 2)->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_TITLE_WORD)))))
        {
          b++;
          continue;
        }
      /* A subtitle after a colon ("CSI: Crime Scene Investigation",
       * "Halo: Combat Evolved"): the title goes on (not a list's item). */
      if (!listed && b > a && b + 1 < we && last == b && subtitle_mark (scan, w) && subtitle_opens (scan, b + 1, we, TRUE))
        {
          b++;
          continue;
        }
      if (is_possessive (w) || (b > a && w->glued && !g_ascii_isalnum (scan->text[w->start])))
        {
          /* A possessive or an apostrophe inside the title ("Who's Your
           * Daddy", "Bill and Ted's Excellent Adventure", "Dunkin'
           * Donuts"): the words do not say where it ends, so no title
           * rather than a piece of one. */
          const char c = scan->text[w->start];
          if ((is_possessive (w) || c == '\'' || g_str_has_prefix (scan->text + w->start, "\u2019")) && b + 1 < we
              && word_at (scan, b + 1)->upper && !word_at (scan, b + 1)->glued && !word_at (scan, b + 1)->sentence_start)
            return a;
          break;
        }
      /* In a list of titles "and" joins two ("Closer and Sideways");
       * written in capitals between two capitalised words it is the
       * title's own, in title case ("Now Or Never and Dust"). */
      if (listed && !w->upper && (strcmp (w->key, "and") == 0 || strcmp (w->key, "or") == 0))
        break;
      /* A number only after a capitalised word or first ("Fahrenheit
       * 9/11", "21 Grams"): after a lowercase word it is the year
       * ("Dirty Pretty Things in 2002"). */
      if (w->upper && (g_ascii_isupper (scan->text[w->start]) || b == a || word_at (scan, b - 1)->upper)
          && g_ascii_isalnum (scan->text[w->start]))
        last = b + 1;
      else if (w->upper)
        break;
      else if (!(b > a && title_word (w)) || trailing_phrase (scan, b, we))
        break;
      /* Two names joined: "Fahrenheit 9/11 and Mel Gibson", "Early
       * Doors and The Alan Clark Diaries", "Ray and the film's star",
       * "Closer and the Prime Minister", "Twin Peaks and the TV series
       * Dallas" (a common noun in capitals); a lowercase "the" before
       * another capitalised word is the title's own ("Beauty and the
       * Beast", "Charlie and the Chocolate Factory"). */
      else if (b + 2 < we
               && ((opens_person (scan, b + 1) && word_at (scan, b + 2)->upper && !word_at (scan, b + 2)->glued)
                   || (strcmp (w->key, "and") == 0 && (word_at (scan, b + 1)->cue & CUE_FUNCTION)
                       && (word_at (scan, b + 1)->upper || !word_at (scan, b + 2)->upper
                           || word_at (scan, b + 2)->glued || run_has_cue (scan, b + 2, we, CUE_ROLE | CUE_ORG_HEAD)
                           || (word_at (scan, b + 2)->capitals && (word_at (scan, b + 2)->cue & CUE_FUNCTION))))))
        break;
      b++;
    }
  /* A question closing the alternative is the title's ("... or, Who
   * Is the Mayor?"). */
  if (alternative && last < we && word_at (scan, last)->glued && strcmp (word_at (scan, last)->text, "?") == 0)
    last++;
  return last;
}

/* Whether the person's name the tagger or a rule found at word @a ends
 * in a word the lists know as a person's name ("the biography Katharine
 * Hepburn in The Aviator"; not "Maria Full of Grace"): a name of two
 * words or more, for a first name alone ends in itself ("the film Alfie
 * took $6m": what the text says decides it, person_cue()). */
static gboolean
surname_ends (const Scan *scan, guint a)
{
  const Span *held = span_at (scan, word_at (scan, a)->span);
  if (!held || held->a != a || held->b - held->a < 2 || strcmp (held->label, "PERSON") != 0)
    return FALSE;
  const Word *last = word_at (scan, held->b - 1);
  return last->hint && strcmp (last->hint->label, "PERSON") == 0;
}

/* Whether the words [a, b) read as an organisation's or a place's name
 * might: no function word, connector or title word among them ("Channel
 * 4", "Manchester United"; not "Will and Grace", "Songs In The Key Of
 * Life", "The Office", which the tagger often calls organisations). */
static gboolean
plain_run (const Scan *scan, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    if (word_at (scan, k)->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_TITLE_WORD))
      return FALSE;
  return TRUE;
}

/* Whether word @k is inside a name the lists claim (or the tagger's
 * place around one: "North America"), or (where @plain:
 * the title's words read as a name might, plain_run()) one the tagger
 * or a rule takes for an organisation or a place whose first word the
 * lists hint as a company's or a place's or that opens in capitals (an
 * acronym).  There a clause about a company or a place is likelier
 * after a work's noun than a title ("the documentary Channel 4 showed",
 * "the novel Microsoft bought", "the drama BBC One screened"); the
 * tagger's label alone is not ("the documentary Secret Agent",
 * "thriller Hotel Rwanda", "the album Nevermind", "her book Small
 * Island"): it takes most unknown capitalised runs for an organisation
 * or a place. */
static gboolean
held_name (const Scan *scan, guint k, gboolean plain)
{
  const Span *held = span_at (scan, word_at (scan, k)->span);
  if (!held || held->dropped)
    return FALSE;
  if (held->source >= SOURCE_GAZETTEER || held->listed)
    return TRUE;
  if (!plain)
    return FALSE;
  const Word *first = word_at (scan, held->a);
  const char *hint = first->hint ? first->hint->hint : NULL;
  return (strcmp (held->label, "ORG") == 0 || strcmp (held->label, "LOC") == 0 || strcmp (held->label, "GPE") == 0)
         && ((first->capitals && first->end - first->start >= 2)
             || (hint && (strcmp (hint, "COMPANY") == 0 || strcmp (hint, "CITY") == 0 || strcmp (hint, "REGION") == 0)));
}

/* Whether the text says the mention at word @i is a person: a title or
 * a form of address before it ("King Caligula", "Mr Ray"), or after it
 * a reporting verb ("Ray said"), "as a" / "as an" and a kind of person
 * (person-nouns.tsv: "Caligula as a tyrant", the man the film portrays;
 * not "Closer as a play"), an epithet ("Alexander the
 * Great"), a pronoun that only a person takes ("who", "himself"), or
 * "born" within two words ("Ray was born in Georgia"). */
static gboolean
person_cue (const Scan *scan, guint i)
{
  if (i > 0 && (word_at (scan, i - 1)->cue & (CUE_ROLE | CUE_HONORIFIC)) && word_at (scan, i - 1)->upper)
    return TRUE;
  guint n = scan->words->len;
  if (i + 1 >= n)
    return FALSE;
  const Word *next = word_at (scan, i + 1);
  static const char *const persons[] = { "who", "whose", "himself", "herself", "born" };
  for (guint k = 0; k < G_N_ELEMENTS (persons); k++)
    if (strcmp (next->key, persons[k]) == 0 || (i + 2 < n && strcmp (word_at (scan, i + 2)->key, persons[k]) == 0
                                                && strcmp (persons[k], "born") == 0))
      return TRUE;
  if ((next->cue & CUE_VERB) && !next->upper)
    return TRUE;
  if (i + 2 >= n)
    return FALSE;
  const Word *after = word_at (scan, i + 2);
  return (strcmp (next->key, "as") == 0 && (strcmp (after->key, "a") == 0 || strcmp (after->key, "an") == 0)
          && i + 3 < n
          && (first_name_flags (scan, word_at (scan, i + 3))
              & NAME_WORD_PERSON_NOUN))
         || (strcmp (next->key, "the") == 0 && !next->upper && after->upper);
}

/* Whether the one word at @i after a work's noun opens a clause about a
 * person: a lowercase verb after it, then the clause's end, a mark or
 * the sentence's own verb ("the story Harry told was true", "the film
 * Tom made, he said"), where a title's own verb takes an object ("the
 * epic Cleopatra took $20m"). */
static gboolean
lone_person (const Scan *scan, guint i)
{
  guint n = scan->words->len;
  if (i + 1 >= n || word_at (scan, i + 1)->upper || !g_ascii_isalpha (word_at (scan, i + 1)->text[0])
      || (word_at (scan, i + 1)->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_NAME_VERB)))
    return FALSE;
  if (i + 2 >= n)
    return TRUE;
  const Word *after = word_at (scan, i + 2);
  return (after->end - after->start == 1 && strchr (".,;:!?", scan->text[after->start]))
         || ((after->cue & CUE_NAME_VERB) && !after->upper);
}

/* Whether the run of a person's shape ending before word @b, after a
 * work's noun, is closed there as a title is: a mark or the sentence's
 * end after it, not a clause about a person ("the film Vera Drake,
 * which won", "his film Vera Drake."; not "the film Tom Cruise made",
 * "the film Tom Cruise, who plays").  Two or three words, or more with
 * a title's lowercase word ("Maria Full of Grace"): four names alone
 * are a title and a person run together ("Malcolm X. Attallah
 * Shabazz"). */
static gboolean
closed_title (const Scan *scan, guint b)
{
  guint n = scan->words->len;
  if (b >= n || word_at (scan, b)->sentence_start)
    return TRUE;
  const Word *w = word_at (scan, b);
  if (w->end - w->start != 1 || !strchr (",.;:)!?", scan->text[w->start]))
    return FALSE;
  return b + 1 >= n
         || (!person_cue (scan, b - 1) && strcmp (word_at (scan, b + 1)->key, "who") != 0
             && strcmp (word_at (scan, b + 1)->key, "whose") != 0);
}

/* Whether the run [a, b) after a work's noun is no title: a person the
 * text names there ("the film Tom Cruise made", "the documentary
 * Roberto Duran narrated": one to three words opening with a first name),
 * a title of address or office ("the book Mr Peston wrote"), a name the
 * lists claim (a country, an organisation: "the film France sent to
 * Cannes"), names the tagger or a rule takes for an organisation or a
 * place (held_name()) over every word of the run, or a place the lists
 * hint alone ("the atlas Grozny"). */
static gboolean
not_a_title (const Scan *scan, guint a, guint b)
{
  const Word *first = word_at (scan, a);
  /* A number alone is a title only in digits ("the series 24"), not a
   * score or a date ("score 2-0"); a function word alone is the clause
   * after the noun ("the book I wrote", "the series Who's ..."). */
  gboolean digits = g_ascii_isdigit (scan->text[first->start]);
  for (gsize k = first->start; digits && k < first->end; k++)
    digits = g_ascii_isdigit (scan->text[k]);
  if ((!g_ascii_isupper (scan->text[first->start]) && !digits)
      || (digits && b - a == 1 && first->end - first->start == 4) /* a year: "1986 hit She's Gotta Have It" */
      || (b - a == 1 && (first->cue & CUE_FUNCTION))
      || (first->cue & (CUE_ROLE | CUE_HONORIFIC))
      || (b - a == 1 && first->end - first->start == 1) /* "series B": a class */
      /* A first name alone is the title unless the text says it is the
       * person ("the epic Cleopatra"; "the story Harry told" is a
       * clause, and "who" or a title mark a person: person_cue()). */
      || (opens_person (scan, a) && !named_the (scan, a, b)
          && ((((b - a >= 2 && b - a <= 3) || surname_ends (scan, a))
               && !(b - a >= 2 && (b - a <= 3 || !plain_run (scan, a, b)) && closed_title (scan, b)))
              || (b - a == 1 && (person_cue (scan, a) || lone_person (scan, a)))))
      || (b - a == 1 && first->hint && first->hint_len == 1 && strcmp (first->hint->label, "GPE") == 0))
    return TRUE;
  /* Every capitalised word inside such names: a name inside a longer
   * run is the title's word ("Hotel Rwanda", "American Dad", "Georgia
   * On My Mind"); "BBC Scotland", "Band Aid 20 in Edinburgh" are names,
   * no title. */
  gboolean plain = plain_run (scan, a, b);
  /* ... and a listed place ending the run after a lowercase word, the
   * place the work is in or from ("Band Aid 20 in Edinburgh"; titles
   * naming one city are as many: "Sleepless in Seattle"). */
  const Span *end = span_at (scan, word_at (scan, b - 1)->span);
  if (end && !end->dropped && end->a > a && !word_at (scan, end->a - 1)->upper && end->b == b
      && held_name (scan, b - 1, plain) && (strcmp (end->label, "GPE") == 0 || strcmp (end->label, "LOC") == 0))
    return TRUE;
  for (guint k = a; k < b; k++)
    if (word_at (scan, k)->upper && !held_name (scan, k, plain))
      return FALSE;
  return TRUE;
}

/* Takes the words [a, b) from span @k: what it held after them, from
 * its first capitalised word on, stays a name of its own ("Kings And
 * Queen, Gerard Jugnot" was one ORG: "Gerard Jugnot" stays, a person
 * where it is a first name and one or two more words); the rest goes. */
static void
drop_around (Scan *scan, gint k, guint a, guint b)
{
  Span *other = span_at (scan, k);
  guint from = other->a, to = other->b;
  for (guint j = from; j < to; j++)
    word_at (scan, j)->span = -1;
  guint c = b;
  while (c < to && !word_at (scan, c)->upper)
    c++;
  if (from >= a && c < to)
    {
      /* The span array may grow in claim(): no pointer is kept. */
      const char *label = other->label;
      const Word *first = word_at (scan, c);
      if (to - c >= 2 && to - c <= 3 && (first_name_flags (scan, first) & NAME_WORD_FIRST))
        label = "PERSON";
      other->a = c;
      for (guint j = c; j < to; j++)
        word_at (scan, j)->span = k;
      other->label = label;
      g_free (other->canonical), other->canonical = words_text (scan, c, to);
      return;
    }
  other->dropped = TRUE;
}

/* Claims words [a, b) for a rule, as @label.  The tagger's or a rule's
 * names there go, whole: "Kings And Queen, Abdellatif Kechiche" was one
 * ORG.  Returns: (transfer none): the span, or NULL if none was made. */
static Span *
claim_whole (Scan *scan, guint a, guint b, const char *label)
{
  for (guint k = a; k < b; k++)
    {
      gint held = word_at (scan, k)->span;
      if (held >= 0)
        drop_around (scan, held, a, b);
    }
  return claim (scan, a, b, label, SOURCE_RULE);
}

/* Whether words [a - 2, a) are a title's opening "I," ("I, Claudius",
 * "I, Claudius"): the capital "I" and a comma, the title after it of
 * three words at most and closed by a mark or the sentence's end
 * (@b, before the sentence's end @we), and before the "I" the
 * sentence's start, a work's noun (work-nouns.tsv) or an opening mark.
 * A sentence that opens "I, for one," has a lowercase word after the
 * comma; "I, Tony Blair, ..." a person (opens_person()). */
static gboolean
opens_with_i (Scan *scan, guint a, guint b)
{
  if (a < 2 || b - a > 3 || b < a + 1)
    return FALSE;
  const Word *i = word_at (scan, a - 2), *comma = word_at (scan, a - 1);
  if (strcmp (i->text, "I") != 0 || i->end - i->start != 1 || strcmp (comma->key, ",") != 0 || !comma->glued
      || opens_person (scan, a))
    return FALSE;
  if (b < scan->words->len)
    {
      const Word *after = word_at (scan, b);
      if (!after->glued || !strchr (",.;:!?)\"'", after->text[0]))
        return FALSE;
    }
  if (i->sentence_start)
    return TRUE;
  const Word *before = word_at (scan, a - 3);
  return (before->cue & CUE_WORK_NOUN) || strchr ("(\"'", before->text[0]) != NULL;
}

/* Whether a bracketed word in capitals follows a title ending before
 * word @b: a version's or a credit's part of a song's title ("Shine
 * (LIVE)", "Crazy In Love (REMIX)"): "(", one word of two letters or
 * more with no lowercase letter, ")", in the same sentence, with a
 * song's noun (cues.tsv kind song-noun: "single", "track") the
 * nearest work's noun at most twenty words before the title's first
 * word @a, in its sentence: after
 * a film's or a programme's title a bracketed acronym is a channel's or
 * a rating's ("Panorama (BBC)", "Closer (PG)").  Not a name the lists
 * know ("Yeah (UK)": where it came out), nor a number ("(2004)"). */
static gboolean
bracketed_part (const Scan *scan, guint a, guint b)
{
  if (b + 2 >= scan->words->len)
    return FALSE;
  const Word *open = word_at (scan, b), *part = word_at (scan, b + 1), *close = word_at (scan, b + 2);
  if (strcmp (open->text, "(") != 0 || open->glued || !part->glued || !part->capitals || part->sentence_start
      || part->end - part->start < 2 || !g_ascii_isalpha (part->text[0]) || strcmp (close->key, ")") != 0
      || !close->glued)
    return FALSE;
  if (part->known.single || part->hint)
    return FALSE;
  for (guint k = a; k > 0 && a - k < 20; k--)
    {
      const Word *w = word_at (scan, k - 1);
      if (!w->upper && (w->cue & CUE_SONG_NOUN))
        return TRUE;
      if (!w->upper && (w->cue & CUE_WORK_NOUN))
        return FALSE; /* the nearest work's noun another kind's: "the film X" */
      if (w->sentence_start)
        break;
    }
  return FALSE;
}

/* Claims words [a, b) as a work's title, MISC (with an "I," before it:
 * opens_with_i(); and a bracketed part after it: bracketed_part()). */
void
claim_title (Scan *scan, guint a, guint b)
{
  if (opens_with_i (scan, a, b))
    a -= 2;
  if (bracketed_part (scan, a, b))
    b += 3;
  Span *s = claim_whole (scan, a, b, "MISC");
  if (s)
    {
      /* Not cued: a cued name decides its word's label in the
       * document's vote (links.c), and a one-word title is often a
       * common word or a first name elsewhere ("the film Crash ...
       * Crash investigators", "the film Ray ... Ray was born");
       * spread_works() names its other mentions. */
      s->canonical = words_text (scan, a, b);
      s->work = TRUE;
    }
}

/* The title starting at word @a, if there is one (before @we; @listed:
 * one of a list, which "and" ends): claimed
 * as a work, the tagger's names there dropped.  Returns the word after
 * it, or @a where there is none. */
static guint
take_title (Scan *scan, guint a, guint we, gboolean listed)
{
  /* A year's possessive before the title: "films including 1989's
   * Shirley Valentine". */
  guint from = a;
  if (a + 2 < we && g_ascii_isdigit (scan->text[word_at (scan, a)->start]) && is_possessive (word_at (scan, a + 1)))
    a += 2;
  guint b = title_end (scan, a, we, listed);
  if (b == a || !word_at (scan, a)->upper || word_at (scan, a)->glued || not_a_title (scan, a, b))
    return from;
  claim_title (scan, a, b);
  return b;
}

gboolean
listed_works (Scan *scan, guint we, guint i, guint j)
{
  if (!plural_has_cue (scan, word_at (scan, i)->key, CUE_WORK_NOUN))
    return FALSE;
  /* Each example a title, joined by commas, "and", "or". */
  j = examples_from (scan, we, j);
  for (guint items = 0; j < we && items < 12; items++)
    {
      guint b = take_title (scan, j, we, TRUE);
      if (b == j)
        break;
      j = next_example (scan, we, b);
      if (j == b)
        break;
    }
  return TRUE;
}

/* Whether the work noun at word @i may be read as one: a noun whose
 * second sense only is a work (work-nouns.tsv kind modified: "series",
 * "story") only after a word that says which kind, no function word nor
 * mark but a medium in capitals or a name's possessive ("TV series CSI",
 * "BBC series Ballykissangel", "Coldplay's single X"; not "In the series
 * Harmison took 24 wickets", "the story Reuters reported"). */
static gboolean
work_noun_here (const Scan *scan, guint ws, guint i)
{
  if (!(word_at (scan, i)->cue & CUE_WORK_MODIFIED))
    return TRUE;
  if (i == ws)
    return FALSE;
  /* A medium written in capitals ("TV series X", "PC game X") says
   * which kind, though cues.tsv marks it a function word so that it
   * names nothing alone; a line all in capitals says nothing. */
  const Word *before = word_at (scan, i - 1);
  gboolean medium = before->capitals && !word_at (scan, i)->upper && before->end - before->start > 1;
  /* So does a name's possessive: whose work it is ("Coldplay's single
   * Speed of Sound", "Channel 4's series Shameless"); not before a name
   * the lists know, whose adjective "single" or "story" may be ("Britain's
   * single European currency", "In Blair's story Brown is"). */
  gboolean owner = is_possessive (before) && i - 1 > ws && word_at (scan, i - 2)->upper;
  /* A possessive determiner says whose a song's noun is ("her single
   * Moon Over Kelvor"), whose other sense is an adjective that a
   * capitalised title does not follow: eng.train's one "single" before
   * a capital is "a single Olympiad", none after a determiner. */
  if ((owner || ((word_at (scan, i)->cue & CUE_SONG_NOUN) && possessive_determiner (before)))
      && !word_at (scan, i)->upper)
    {
      /* A day's or a month's possessive says when, not whose ("Sunday's
       * game Leeds lost", "May's single"). */
      if (owner && (word_at (scan, i - 2)->cue & (CUE_WEEKDAY | CUE_MONTH)))
        return FALSE;
      if (i + 2 >= scan->words->len)
        return FALSE;
      const Word *next = word_at (scan, i + 1), *after = word_at (scan, i + 2);
      const Span *held = span_at (scan, next->span);
      if ((held && (held->source >= SOURCE_GAZETTEER || strcmp (held->label, "NORP") == 0
                    || strcmp (held->label, "GPE") == 0 || strcmp (held->label, "LOC") == 0))
          || (next->cue & (CUE_GROUP | CUE_COMPETITION))
          || ((next->cue & CUE_FUNCTION) && !(next->upper && after->upper && !after->glued)))
        return FALSE;
      /* A function word opens a title only capitalised with the
       * title's next word ("A Song For Tomorrow").  A listed name alone
       * is the name ("Brown is"); in a longer title it may open one
       * ("Speed of Sound"). */
      return !(next->hint || next->known.single) || (after->upper && !after->glued)
             || (after->cue & (CUE_TITLE_WORD | CUE_CONNECTOR));
    }
  return (!(before->cue & (CUE_FUNCTION | CUE_CONNECTOR)) || medium) && g_ascii_isalnum (scan->text[before->start]);
}

guint
work_after (Scan *scan, guint ws, guint we, guint i)
{
  /* Not a verb after "to" ("to film the match"). */
  if (i + 1 >= we || (i > ws && strcmp (word_at (scan, i - 1)->key, "to") == 0) || !work_noun_here (scan, ws, i))
    return i;
  /* A work-of noun (cues.tsv: "a remake of X", "the sequel to X") has
   * "of" or "to" before its title; no name's possessive is one ("the
   * version of Labour's plan", "would hit Europe's economies"). */
  guint j = i + 1;
  if (word_at (scan, i)->cue & CUE_WORK_VERB)
    {
      if (j + 1 >= we || (strcmp (word_at (scan, j)->key, "of") != 0 && strcmp (word_at (scan, j)->key, "to") != 0))
        return i;
      j++;
    }
  guint end = title_end (scan, j, we, FALSE);
  if ((end < we && is_possessive (word_at (scan, end)))
      || ((word_at (scan, i)->cue & CUE_WORK_MODIFIED) && match_after_title (scan, j, end, we)))
    return i;
  /* An owner's possessive inside the title ("the animated film Tiger's
   * Long Walk"), where the document names the owner nowhere else
   * (owned_title_end()): not a place's or a listed name's possessive
   * ("the film Britain's ..."), nor a person or a name the lists know
   * after it, which the owner's is ("the film Miramax's Harvey Weinstein
   * bought", "the song Blair's Labour Party used"); nor an owner of two
   * words but a title and a name ("Captain Marlow's"), a maker's
   * ("Mel Gibson's The Passion of the Christ", "a version of E
   * Nesbit's Five Children and It"),
   * nor a year, a function word or an acronym after it ("Eric
   * Clapton's 1991 album", "Bill Cosby's TV show"). */
  if (end == j && word_at (scan, j)->upper && !word_at (scan, j)->glued)
    {
      guint e = owned_title_end (scan, j, we), t = j;
      while (t < e && !is_possessive (word_at (scan, t)))
        t++;
      const Span *owner = span_at (scan, word_at (scan, j)->span);
      const Span *owned = t + 1 < e ? span_at (scan, word_at (scan, t + 1)->span) : NULL;
      if (e > t + 1
          && !(owner && !owner->dropped
               && (owner->source >= SOURCE_GAZETTEER || owner->listed || owner->place
                   || strcmp (owner->label, "GPE") == 0 || strcmp (owner->label, "LOC") == 0))
          && !opens_person (scan, t + 1) && !run_has_cue (scan, t + 1, e, CUE_ORG_HEAD)
          && !(t - j >= 2 && !(word_at (scan, j)->cue & (CUE_ROLE | CUE_HONORIFIC))) && g_ascii_isalpha (word_at (scan, t + 1)->text[0])
          && !(word_at (scan, t + 1)->cue & CUE_FUNCTION) && !word_at (scan, t + 1)->capitals
          && !(owned && !owned->dropped && (owned->source >= SOURCE_GAZETTEER || owned->listed || owned->work)))
        {
          claim_title (scan, j, e);
          return e - 1;
        }
    }
  guint b = take_title (scan, j, we, FALSE);
  return b > j ? b - 1 : i;
}

/* Whether the run [j, end) after a verb cue is an organisation or a
 * place the text names, not a title: the tagger's, a rule's or the
 * lists' name of one word, a name of more that the lists claim ("the
 * Bank of England", "North America"), or that the tagger or a rule
 * reads as an organisation, or a rule as a place, with no function word
 * in it ("her role in British Airways", "Real Madrid", "Downing Street";
 * not "co-wrote The Office", "starred in Vera Drake"), or
 * one word that heads an organisation's name (cues.tsv org-head: "his
 * role in Parliament") or that CoNLL writes as an organisation
 * (institutions.tsv: "the Treasury").  A verb says less than a work's
 * noun: only a person or a MISC there may still be a title. */
static gboolean
body_after_verb (const Scan *scan, guint j, guint end)
{
  const Word *first = word_at (scan, j);
  if (end - j == 1
      && ((first->cue & CUE_ORG_HEAD)
          || (first_name_flags (scan, first) & NAME_WORD_INSTITUTION)))
    return TRUE;
  const Span *held = span_at (scan, first->span);
  if (!held || held->b != end || strcmp (held->label, "PERSON") == 0 || strcmp (held->label, "MISC") == 0)
    return FALSE;
  return end - j == 1 || held->source >= SOURCE_GAZETTEER || held->listed
         || (plain_run (scan, j, end) && (strcmp (held->label, "ORG") == 0 || held->source >= SOURCE_RULE));
}

/* A verb says less than a work's noun ("a role in Labour's campaign",
 * "starred in Arsenal's win"): the title is no name's possessive nor an
 * organisation (body_after_verb()); "and" ends it ("starred in Vera
 * Drake and Closer": two). */
guint
work_after_verb (Scan *scan, guint ws, guint we, guint i)
{
  (void) ws;
  guint j = i + 1;
  if (word_at (scan, i)->cue & CUE_WORK_IN)
    {
      if (j >= we || strcmp (word_at (scan, j)->key, "in") != 0)
        return i;
      j++;
    }
  if (j >= we)
    return i;
  guint end = title_end (scan, j, we, TRUE);
  if (end == j || (end < we && is_possessive (word_at (scan, end))))
    return i;
  if (body_after_verb (scan, j, end))
    return i;
  guint b = take_title (scan, j, we, TRUE);
  return b > j ? b - 1 : i;
}

/* Whether the one-word title's mention at word @i may be another word:
 * a sentence's first word English writes in lowercase (english-words.tsv:
 * "Lost in the woods, ...", "Closer ties", "Crash investigators") or a
 * first name the text says is a person's there (person_cue()): a
 * first name the document once marks as a work ("the epic Alexander")
 * is the work where nothing says it is the person. */
static gboolean
other_word (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  guint flags = first_name_flags (scan, w);
  if (w->sentence_start && (flags & NAME_WORD_ENGLISH))
    return TRUE;
  return (flags & NAME_WORD_FIRST) && person_cue (scan, i);
}

void
spread_works (Scan *scan)
{
  g_autoptr (GHashTable) works = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || !p->work)
        continue;
      if (!works)
        works = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      /* The title as written: link_names() may have given a one-word
       * title a person's full name as its canonical ("Kinsey starring
       * Liam Neeson ... Alfred Kinsey"), who stays the person. */
      g_autofree char *raw = words_text (scan, p->a, p->b);
      g_hash_table_add (works, assay_text_fold (raw, -1));
    }
  if (!works)
    return; /* nearly every document: no cost */
  /* A mention written as the title was, that nothing named or that the
   * tagger or a rule named in pieces inside it ("A Very Long Engagement
   * opened", first in its sentence; "Will" and "Grace" as two people):
   * the work.  Up to MAX_SPREAD titles a document, each compared with
   * every word, so the pass stays linear in the document. */
  enum { MAX_SPREAD = 32 };
  guint titles[MAX_SPREAD], n_titles = 0;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < scan->spans->len && n_titles < MAX_SPREAD; k++)
    {
      const Span *p = span_at (scan, k);
      if (!p->dropped && p->work && g_hash_table_add (seen, p->canonical))
        titles[n_titles++] = k;
    }
  for (guint t = 0; t < n_titles; t++)
    {
      guint a = span_at (scan, titles[t])->a, len = span_at (scan, titles[t])->b - a;
      gboolean plain = plain_run (scan, a, a + len);
      for (guint i = 0; i + len <= scan->words->len; i++)
        {
          /* person_cue() reads the words after a one-word mention; a
           * longer title's own words follow its first ("Meet the
           * Fockers" is no epithet's "Alexander the Great"), so only a
           * title before it speaks there ("King Arthur"). */
          if (i == a || !word_at (scan, i)->upper || strcmp (word_at (scan, i)->key, word_at (scan, a)->key) != 0
              || (len == 1 && (other_word (scan, i) || person_cue (scan, i)))
              || (len > 1 && i > 0 && word_at (scan, i - 1)->upper
                  && (word_at (scan, i - 1)->cue & (CUE_ROLE | CUE_HONORIFIC))))
            continue;
          guint j = 0;
          while (j < len && strcmp (word_at (scan, i + j)->key, word_at (scan, a + j)->key) == 0)
            {
              const Span *held = span_at (scan, word_at (scan, i + j)->span);
              if (held && (held->source > SOURCE_RULE || held->work || held->a < i || held->b > i + len))
                break;
              /* The tagger's organisation or place stays where the
               * title reads as one might (held_name()). */
              if (held_name (scan, i + j, plain))
                break;
              j++;
            }
          /* Whole words: not inside a longer capitalised run. */
          if (j < len || (i + len < scan->words->len && word_at (scan, i + len)->upper
                          && !word_at (scan, i + len)->sentence_start && !word_at (scan, i + len)->glued))
            continue;
          for (guint k = i; k < i + len; k++)
            {
              Span *held = span_at (scan, word_at (scan, k)->span);
              if (held)
                {
                  held->dropped = TRUE;
                  for (guint m = held->a; m < held->b; m++)
                    word_at (scan, m)->span = -1;
                }
            }
          Span *s = claim (scan, i, i + len, "MISC", SOURCE_RULE);
          if (s)
            s->canonical = words_text (scan, i, i + len);
          i += len - 1;
        }
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      /* Only a person's name: the tagger's organisations and places
       * keep their label (held_name()), and a one-word person where the
       * word is a common one or a first name the text marks as a person's ("Ray was born",
       * other_word()). */
      if (p->dropped || p->work || p->source > SOURCE_RULE || strcmp (p->label, "PERSON") != 0
          || (p->b - p->a == 1 && other_word (scan, p->a)) || person_cue (scan, p->a))
        continue;
      g_autofree char *raw = words_text (scan, p->a, p->b);
      g_autofree char *key = assay_text_fold (raw, -1);
      if (!g_hash_table_contains (works, key))
        continue;
      p->label = "MISC";
      p->place = FALSE;
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
      g_clear_pointer (&p->role, g_free);
      g_clear_pointer (&p->role_org, g_free);
      g_free (p->canonical), p->canonical = g_strdup (raw);
    }
}

/* Whether word @k, inside a capitalised run, is a function word written
 * capitalised as titles write them ("Sex And The City", "How To
 * Dismantle An Atomic Bomb", "The Beginning Of Wisdom"), an English
 * word (english-words.tsv: not a name's particle, "Robert De Niro", nor
 * a month or a weekday, "Sunday Times"); "I" is always capitalised, so it
 * says nothing. */
static gboolean
capitalised_function_word (const Scan *scan, guint k)
{
  const Word *w = word_at (scan, k);
  return w->upper && !w->capitals && (w->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_TITLE_WORD))
         && (first_name_flags (scan, w) & NAME_WORD_ENGLISH);
}

/* Whether the run [a, b), capitalised in title case, is no title: it
 * opens with a company's name the lists know alone (a headline's
 * subject: "Sony To Cut Jobs In Europe"; not a place's, which many
 * titles open with: "Reading In The Rain"), or a company's or an organisation's name the lists hold
 * is written there with "And" for "&" ("Hilton Hotels And Resorts"; the
 * lists do not hold "Marks & Spencer", which stays a title so). */
static gboolean
listed_run (const Scan *scan, guint a, guint b)
{
  const Word *first = word_at (scan, a);
  if (first->hint && first->hint_len == 1 && first->hint->hint && strcmp (first->hint->hint, "COMPANY") == 0)
    return TRUE;
  enum { MAX_RUN = 12 };
  const char *keys[MAX_RUN];
  gboolean glued[MAX_RUN], capitals[MAX_RUN];
  guint n = MIN (b - a, MAX_RUN);
  for (guint k = 0; k < n; k++)
    {
      const Word *w = word_at (scan, a + k);
      keys[k] = strcmp (w->key, "and") == 0 ? "&" : w->key;
      glued[k] = k > 0 && w->glued, capitals[k] = w->capitals;
    }
  const GazetteerEntry *entry = NULL;
  return gazetteer_match (scan->e->gazetteer, keys, glued, capitals, 0, n, FALSE, &entry) >= 2;
}

/* A body's name in title case, by a word of what bodies are or do
 * (cues.tsv org-word: "Transport For London", "The Campaign For Nuclear
 * Disarmament") or after a kind of organisation ("the band Queens Of The
 * Stone Age"), words [a, b) with a capitalised function word inside:
 * claimed whole as an organisation, a place the lists know at its end
 * included (the new tagger reads only "London" there).  Not a run in
 * capitals, a title's, one a listed name opens ("Bosnia And
 * Herzegovina") or another rule's.  Returns whether it claimed. */
static gboolean
claim_body (Scan *scan, guint ws, guint a, guint b)
{
  /* The sentence's first word, capitalised as the first: "The", "Then"
   * (an English word but no body's). */
  if (a == ws && ((word_at (scan, a)->cue & CUE_FUNCTION)
                  || (!(word_at (scan, a)->cue & CUE_ORG_WORD)
                      && (first_name_flags (scan, word_at (scan, a))
                          & NAME_WORD_ENGLISH))))
    a++;
  if (b < a + 3)
    return FALSE;
  gboolean body = a > ws && (word_at (scan, a - 1)->cue & CUE_ORG_NOUN) && !word_at (scan, a - 1)->upper;
  guint inner = 0;
  for (guint k = a; k < b; k++)
    {
      const Word *w = word_at (scan, k);
      const Span *held = span_at (scan, w->span);
      body = body || (w->cue & CUE_ORG_WORD);
      /* Nor over another rule's name ("the film Friends Of Mine"). */
      if (w->capitals || (w->cue & (CUE_ROLE | CUE_HONORIFIC)) || (held && held->source == SOURCE_RULE)
          || (held && held->source >= SOURCE_GAZETTEER && held->a <= a))
        return FALSE;
      if (k > a && k + 1 < b && capitalised_function_word (scan, k))
        inner++;
    }
  if (!body || inner == 0 || capitalised_function_word (scan, a))
    return FALSE;
  Span *org = claim_whole (scan, a, b, "ORG");
  if (org)
    org->canonical = words_text (scan, a, b);
  return org != NULL;
}

void
find_title_case_works (Scan *scan, guint ws, guint we)
{
  /* Names write their function words in lowercase ("Bank of England",
   * "The Lord of the Rings"); only a title in title case capitalises
   * them.  A sentence in title case (a headline) says nothing. */
  gboolean any = FALSE;
  for (guint i = ws + 1; i < we && !any; i++)
    any = word_at (scan, i)->upper && (word_at (scan, i)->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_TITLE_WORD));
  if (!any)
    return; /* most sentences: no function word capitalised inside */
  guint lower = 0;
  for (guint i = ws; i < we; i++)
    if (!word_at (scan, i)->upper && g_ascii_isalpha (scan->text[word_at (scan, i)->start])
        && !(word_at (scan, i)->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_TITLE_WORD)))
      lower++;
  if (lower < 2)
    return;
  for (guint i = ws; i < we;)
    {
      if (!word_at (scan, i)->upper || !g_ascii_isalpha (scan->text[word_at (scan, i)->start]))
        {
          i++;
          continue;
        }
      guint a = i, b = i + 1;
      /* A number is the title's after its capitalised words
       * ("Assault On Precinct 13"). */
      while (b < we && word_at (scan, b)->upper && !word_at (scan, b)->glued
             && (g_ascii_isalpha (scan->text[word_at (scan, b)->start]) || !word_at (scan, b - 1)->capitals))
        b++;
      i = b;
      /* A run that speaks is a body, as in the event rule ("Transport
       * For London said"). */
      gboolean refused = b < we && (word_at (scan, b)->cue & CUE_VERB) && !word_at (scan, b)->upper;
      /* So is one right after a kind of organisation ("the band Queens
       * Of The Stone Age", "the charity Save The Children"). */
      refused = refused || (a > ws && (word_at (scan, a - 1)->cue & CUE_ORG_NOUN) && !word_at (scan, a - 1)->upper);
      /* Its last word is no function word: "... Bomb, comes". */
      while (b > a && capitalised_function_word (scan, b - 1))
        b--;
      if (claim_body (scan, ws, a, b))
        continue;
      guint inner = 0;
      for (guint k = a; k < b && !refused; k++)
        {
          const Word *w = word_at (scan, k);
          const Span *held = span_at (scan, w->span);
          /* Not a name the lists claim ("Bosnia And Herzegovina"), nor a
           * run that an organisation's, a place's or a title's word
           * shapes ("Bank Of America", "Isle Of Man", "Duke Of York"),
           * or a body's ("Save The Children", cues.tsv kind org-word),
           * nor one in capitals, nor a run a work's noun already named
           * longer ("the song Do They Know It's Christmas", which the
           * possessive cuts here). */
          refused = w->capitals || (held && (held->source >= SOURCE_GAZETTEER || held->work))
                    || (w->cue & (CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_ROLE | CUE_HONORIFIC | CUE_ORG_WORD));
          if (k > a && k + 1 < b && capitalised_function_word (scan, k) && strcmp (w->key, "i") != 0)
            inner++;
        }
      if (refused || inner == 0 || b - a < 3)
        continue;
      /* A sentence's first function word is the sentence's, not the
       * title's ("At The Oval", "The Sex And The City star"); so is its
       * first word where it names a kind of work ("Comedy Meet The
       * Fockers topped the chart": the cue map's kinds are masked on
       * capitalised words, so it is asked again), where a name's word
       * follows it (not "Song For Whoever", "Story Of My Life"). */
      const Word *opening = word_at (scan, a);
      if (opening->sentence_start
          && ((opening->cue & CUE_FUNCTION)
              || ((cue_map_rules (scan->e->cues, opening->key, opening->hash) & CUE_WORK_NOUN) && a + 1 < b
                  && !(word_at (scan, a + 1)->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_TITLE_WORD)))))
        a++;
      if (b - a < 3 || listed_run (scan, a, b))
        continue;
      claim_title (scan, a, b);
    }
}

/* Whether the document names a kind of work anywhere in lowercase ("the
 * album", "his latest film"): one that speaks of works.  A walk over the
 * whole document, so its answer is kept in the scan: the rules ask it
 * sentence by sentence. */
gboolean
speaks_of_works (Scan *scan)
{
  if (scan->works_spoken == 0)
    {
      scan->works_spoken = 1;
      for (guint i = 0; i < scan->words->len && scan->works_spoken == 1; i++)
        if (!word_at (scan, i)->upper && (word_at (scan, i)->cue & CUE_WORK_NOUN)
            && !(word_at (scan, i)->cue & CUE_WORK_MODIFIED))
          scan->works_spoken = 2;
    }
  return scan->works_spoken == 2;
}

/* Whether word @k opens a chart's position: "at", "to" or "from",
 * then "number" and a number in digits or a lowercase word ("at number
 * two", "from number 13"), or "No" and digits ("to No 1"). */
gboolean
chart_place_at (const Scan *scan, guint k, guint we)
{
  if (k + 2 >= we)
    return FALSE;
  const Word *before = word_at (scan, k), *w = word_at (scan, k + 1), *n = word_at (scan, k + 2);
  if (before->upper
      || (strcmp (before->key, "at") != 0 && strcmp (before->key, "to") != 0 && strcmp (before->key, "from") != 0))
    return FALSE;
  if (!w->upper && strcmp (w->key, "number") == 0
      && (g_ascii_isdigit (n->text[0]) || (!n->upper && g_ascii_isalpha (n->text[0]))))
    return TRUE;
  return w->upper && strcmp (w->text, "No") == 0 && g_ascii_isdigit (n->text[0]);
}

/* Whether the sentence [ws, we) places something in a chart
 * (chart_place_at()). */
static gboolean
chart_position (const Scan *scan, guint ws, guint we)
{
  for (guint k = ws; k < we; k++)
    if (chart_place_at (scan, k, we))
      return TRUE;
  return FALSE;
}

void
find_possessive_titles (Scan *scan, guint ws, guint we)
{
  /* An act's possessive and a title in sentence case, in a document that
   * speaks of works ("Keane's Hope and Fears in second place", "Fatboy
   * Slim's Palookaville and The ..."): three capitalised words or more
   * with a lowercase title word inside, the owner the tagger's or a
   * rule's person or organisation.  Not a party's people ("Labour's
   * Tony Blair and Gordon Brown": title_end() stops before a first
   * name), a body's or a place's name ("Tesco's Bank of Scotland", a
   * head inside), a name the lists claim, nor a run going on after a
   * capitalised word; not two titles joined, where a first name, a
   * function word or two capitalised words follow "and" ("Bridget
   * Jones's Diary and Iris", "The Devil's Advocate and the Matrix
   * series", "Scorsese's Aviator and Million Dollar Baby"; a title
   * joins one word so, "Hope and Fears"), nor a MISC or a possessive
   * inside ("Swamp
   * at Sadler's Wells": the title and where it played).  Where the
   * sentence places something in a chart (chart_position(): "Akon's
   * Locked Up is at number five"), a title of one to five plain words
   * too: there the run after an act's possessive is what was placed,
   * not a member (opens_person(): "Oasis's Noel Gallagher") nor a
   * place the lists claim. */
  gint placed = -1; /* chart_position(), asked once a sentence where needed */
  for (guint i = ws + 1; i + 2 < we; i++)
    {
      if (!is_possessive (word_at (scan, i)) || !word_at (scan, i + 1)->upper || word_at (scan, i + 1)->glued)
        continue;
      if (word_at (scan, i + 2)->upper && placed < 0)
        placed = chart_position (scan, ws, we);
      if (word_at (scan, i + 2)->upper && placed != 1)
        continue;
      const Span *owner = span_at (scan, word_at (scan, i - 1)->span);
      if (!owner || owner->dropped || owner->b != i || owner->work
          || (strcmp (owner->label, "PERSON") != 0 && strcmp (owner->label, "ORG") != 0))
        continue;
      /* After "by" the possessive is inside the act's own name, which
       * "by" credits ("a hit by Mother's Pride"). */
      if (owner->a > ws && strcmp (word_at (scan, owner->a - 1)->key, "by") == 0)
        continue;
      guint a = i + 1, b = title_end (scan, a, we, FALSE);
      if ((b < a + 3 || plain_run (scan, a, b)) && b > a && b <= a + 5 && placed < 0)
        placed = chart_position (scan, ws, we);
      if (((b < a + 3 || plain_run (scan, a, b)) && (placed != 1 || b == a || b > a + 5))
          || opens_person (scan, a) || (b == a + 1 && surname_marked (scan, word_at (scan, a)))
          || (b < we && (word_at (scan, b)->upper || is_possessive (word_at (scan, b)))))
        continue;
      gboolean refused = FALSE;
      for (guint k = a; k < b && !refused; k++)
        {
          const Word *w = word_at (scan, k);
          const Span *held = span_at (scan, w->span);
          refused = w->capitals || is_possessive (w)
                    || (held
                        && (held->source >= SOURCE_GAZETTEER || held->listed || held->work
                            || strcmp (held->label, "MISC") == 0))
                    || (w->upper
                        && (w->cue & (CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_EVENT_HEAD | CUE_ROLE | CUE_HONORIFIC | CUE_ORG_WORD)))
                    || (strcmp (w->key, "and") == 0 && k + 1 < b
                        && ((word_at (scan, k + 1)->cue & CUE_FUNCTION) || opens_person (scan, k + 1)
                            || (k + 2 < b && word_at (scan, k + 2)->upper)));
        }
      if (refused)
        continue;
      if (!speaks_of_works (scan))
        return;
      claim_title (scan, a, b);
      i = b;
    }
}
