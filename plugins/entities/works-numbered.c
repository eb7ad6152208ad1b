/* works-numbered.c: the entities stage's rules about titles of works
 * that end in a number or a subtitle ("FIFA 2005", "Halo 2", "Grand
 * Theft Auto: San Andreas") where the sentence speaks of games or
 * films, and where a capitalised run before a word begins, moved out
 * of works.c as it was to keep each file under 1,200 lines. */

#include "entities.h"

#include <string.h>

/* Whether a product's name (product-names.tsv) that products.c found
 * starts at word @k. */
static gboolean
product_at (const Scan *scan, guint k)
{
  const Word *w = word_at (scan, k);
  const Span *held = span_at (scan, w->span);
  return held && !held->dropped && held->a == k && held->source == SOURCE_RULE && strcmp (held->label, "MISC") == 0
         && (word_map_get (scan->e->product_names, w->key, w->hash) & (PRODUCT_NAME | PRODUCT_FIRST));
}

/* Whether the sentence [ws, we) speaks of games or films: a word
 * product-names.tsv marks so (kind marks-title: "game", "sequel",
 * "film"), or a product it names ("on Xbox").  Not any work's noun:
 * where albums, singles and series are, so are stations, charts and
 * bands with a number ("Radio 1", "Top 40", "Maroon 5"). */
static gboolean
marks_works (const Scan *scan, guint ws, guint we)
{
  for (guint k = ws; k < we; k++)
    {
      const Word *w = word_at (scan, k);
      if (w->upper ? w->span >= 0 && product_at (scan, k)
                   : (word_map_get (scan->e->product_names, w->key, w->hash) & PRODUCT_MARKS_TITLE) != 0)
        return TRUE;
    }
  return FALSE;
}

/* The first word of the run of capitalised words that ends before word
 * @b, lowercase title words allowed between two of them ("Gears of
 * War"), at most six words; @b where there is none.  A sentence's first
 * function word is the sentence's ("The", "If"). */
guint
capitalised_run_start (const Scan *scan, guint ws, guint b)
{
  guint a = b;
  /* Not back past a product's name ("San Andreas for the PlayStation
   * 2") nor a full stop ("Rising Sun. Call of Duty"). */
  while (a > ws && b - a < 6 && (a == b || !product_at (scan, a)))
    {
      const Word *w = word_at (scan, a - 1);
      if (w->text[w->end - w->start - 1] == '.')
        break;
      if (w->upper && g_ascii_isalpha (w->text[0]) && !w->glued)
        {
          a--;
          continue;
        }
      /* One or two title words ("of", "of the"), a capitalised word
       * before them; not "and", which joins two titles. */
      guint k = a;
      while (k > ws && a - k < 2 && a < b && title_word (word_at (scan, k - 1)) && strcmp (word_at (scan, k - 1)->key, "and") != 0)
        k--;
      if (k == a || k == ws || !word_at (scan, k - 1)->upper || !g_ascii_isalpha (word_at (scan, k - 1)->text[0])
          || (word_at (scan, k - 1)->cue & (CUE_FUNCTION | CUE_CONNECTOR)))
        break;
      a = k - 1;
    }
  if (a < b && word_at (scan, a)->sentence_start && (word_at (scan, a)->cue & CUE_FUNCTION))
    a++;
  return a;
}

/* Whether the words [a, b) may be a title's: none is in a name the
 * lists claim ("England"), a rule's person ("Pope John Paul"), an
 * organisation's, a place's or an event's head or a title ("Group",
 * "Channel", "Games", "Cup"), which name bodies and events by their
 * number ("Group 4", "Channel 4"); and (@lead: before the number or the
 * colon) none a function word or a verb of cues.tsv written with a
 * capital: a month or a weekday and its day ("May 19", "Tuesday 9"),
 * a sentence's first word ("Released 11 March"; "The" opening the
 * title is the title's), nor an acronym, which names a channel by its
 * number as often ("BBC 3", "ITV 2"); its last word no noun that
 * names things by their number (product-names.tsv kind numbered:
 * "Radio 1", "Formula 1"). */
gboolean
may_be_title (const Scan *scan, guint a, guint b, gboolean lead)
{
  if (a >= b)
    return FALSE;
  for (guint k = a; k < b; k++)
    {
      const Word *w = word_at (scan, k);
      const Span *held = span_at (scan, w->span);
      Cue cue = w->upper ? cue_map_rules (scan->e->cues, w->key, w->hash) : 0;
      /* A title of address or office before "of the" names no one
       * there: the title's word ("Lord of the Rings", "King of the
       * Hill"; "Lord Smith" is a person's). */
      if (k + 2 < b && strcmp (word_at (scan, k + 1)->text, "of") == 0 && strcmp (word_at (scan, k + 2)->text, "the") == 0)
        cue &= ~(Cue) (CUE_ROLE | CUE_HONORIFIC);
      if ((held && (held->source >= SOURCE_GAZETTEER || held->listed
                    || (held->source == SOURCE_RULE && strcmp (held->label, "PERSON") == 0)))
          || (cue & (CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_EVENT_HEAD | CUE_ROLE | CUE_HONORIFIC))
          || (lead && (((cue & (CUE_FUNCTION | CUE_VERB | CUE_NAME_VERB)) && !(k == a && strcmp (w->key, "the") == 0))
                       || (w->capitals && w->end - w->start >= 2)))
          || (lead && k + 1 == b
              && (word_map_get (scan->e->product_names, w->key, w->hash) & PRODUCT_NUMBERED)))
        return FALSE;
    }
  return TRUE;
}

/* Whether word @i is a title's number: one digit written apart (a
 * sequel's; "Number 73", "Hot 97", "Section 48" are no titles),
 * that no mark, measure, plural or number after it makes a count, a
 * score or a share ("Doom 3 sold", not "Apple 3 years", "Leeds 2-1",
 * "Shell 5%"). */
static gboolean
title_number (const Scan *scan, guint i, guint we)
{
  const Word *w = word_at (scan, i);
  gsize n = w->end - w->start;
  if (w->glued || n != 1 || !g_ascii_isdigit (w->text[0]))
    return FALSE;
  if (i + 1 >= we)
    return TRUE;
  const Word *next = word_at (scan, i + 1);
  gsize m = next->end - next->start;
  if ((next->glued && !strchr (",.;:!?)", next->text[0]) && !is_possessive (next)) || next->text[0] == '(')
    return FALSE; /* "3%", "4-1", "Coruna 1 (Martins 22)" */
  if (g_ascii_isdigit (next->text[0]) || (next->cue & CUE_MEASURE))
    return FALSE;
  /* A score: "Arsenal 2 Chelsea 1", "Deportivo Coruna 1 Real Madrid 1". */
  for (guint k = i + 1; k < we && k < i + 4 && word_at (scan, k)->upper; k++)
    if (g_ascii_isdigit (word_at (scan, k)->text[0]))
      return FALSE;
  /* A plural after it is what it counts; "was", "has" are no plurals. */
  return next->upper || !g_ascii_isalpha (next->text[0]) || !(m > 3 && next->text[m - 1] == 's' && next->text[m - 2] != 's')
         || (next->cue & (CUE_FUNCTION | CUE_VERB | CUE_NAME_VERB));
}

/* Whether @w is an ordinal written in digits ("20th", "21st", "2nd",
 * "3rd"), standing alone (not glued to the word before). */
static gboolean
digit_ordinal (const Word *w)
{
  gsize n = w->end - w->start, d = 0;
  while (d < n && g_ascii_isdigit (w->text[d]))
    d++;
  if (w->glued || d == 0 || d > 3 || n != d + 2)
    return FALSE;
  const char *s = w->text + d;
  return strncmp (s, "th", 2) == 0 || strncmp (s, "st", 2) == 0 || strncmp (s, "nd", 2) == 0 || strncmp (s, "rd", 2) == 0;
}

/* A company whose name opens with an ordinal in digits ("20th Century
 * Fox", "21st Century Films"): the tagger reads the ordinal as a date's
 * or a rank's and the capitalised words after it as a person.  Two
 * capitalised words or more right after the ordinal, which the tagger
 * or a rule named a person or an organisation, the first a lowercase
 * English word capitalised (english-words.tsv: "Century", "Division")
 * that opens no person (opens_person(): the lists' first names and
 * hints; "the 2nd Tony Blair government" is a person's), and
 * no month ("21st March Gordon Brown" is a date and a person): the
 * whole an organisation.  A one-word name after it is a rank's or a
 * date's far more often ("his 3rd Oscar", "the 5th Avenue"), and an
 * ordinal opening a sentence is a table's rank ("10th League One"). */
static void
ordinal_companies (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 1; i + 2 < we; i++)
    {
      const Word *w = word_at (scan, i);
      if (!g_ascii_isdigit (w->text[0]) || !digit_ordinal (w))
        continue;
      /* The tagger may name the ordinal alone after a company's noun
       * ("the studio 21st Century Pictures": "21st" ORG, "Century Pictures" a
       * person; a company's noun cues the ordinal alone as one); a
       * longer name there stands. */
      const Span *own = span_at (scan, w->span);
      if (own && (own->b - own->a > 1 || own->source > SOURCE_RULE))
        continue;
      const Word *first = word_at (scan, i + 1);
      Span *s = span_at (scan, first->span);
      if (!s || s->dropped || s->a != i + 1 || s->b - s->a < 2 || s->source > SOURCE_RULE
          || (strcmp (s->label, "PERSON") != 0 && strcmp (s->label, "ORG") != 0))
        continue;
      if (!(first_name_flags (scan, first) & NAME_WORD_ENGLISH) || opens_person (scan, i + 1)
          || (cue_map_rules (scan->e->cues, first->key, first->hash) & CUE_MONTH))
        continue;
      gboolean capitalised = TRUE;
      for (guint k = s->a; k < s->b && capitalised; k++)
        capitalised = word_at (scan, k)->upper && !word_at (scan, k)->glued;
      if (!capitalised)
        continue;
      guint b = s->b;
      /* Both parts are the tagger's or a rule's at most (above): the
       * whole takes their words over, as claim() would not from a rule. */
      drop_spans (scan, i, b, NULL);
      Span *org = claim (scan, i, b, "ORG", SOURCE_RULE);
      if (org)
        {
          org->canonical = words_text (scan, i, b);
          span_set_org (org);
        }
      i = b - 1;
    }
}

void
find_numbered_works (Scan *scan, guint ws, guint we)
{
  if (scan->sentence_openers & OPENS_DIGIT) /* an ordinal's "21st" */
    ordinal_companies (scan, ws, we);
  /* Whether the sentence speaks of games or films is asked only once a
   * candidate is found, and once: -1 not yet. */
  gint marks = -1;
  for (guint i = ws + 1; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      /* Most words: no digit or colon after a capitalised word. */
      if (!word_at (scan, i - 1)->upper || (!w->upper && w->text[0] != ':'))
        continue;
      gboolean colon = w->text[0] == ':' && w->end - w->start == 1;
      if (!colon && !title_number (scan, i, we))
        continue;
      guint a = capitalised_run_start (scan, ws, i);
      /* A number before the name: a score's ("Arsenal 2 Chelsea 1"). */
      if (!may_be_title (scan, a, i, TRUE) || (a > ws && g_ascii_isdigit (word_at (scan, a - 1)->text[0])))
        continue;
      if (marks < 0)
        marks = marks_works (scan, ws, we);
      if (!marks)
        return;
      guint b = colon ? i : i + 1;
      /* A subtitle after a colon, in title case, and its number: "Grand
       * Theft Auto: San Andreas", "Riddick: Escape from Butcher Bay". */
      if (i + 1 < we && strcmp (word_at (scan, colon ? i : i + 1)->text, ":") == 0
          && (colon ? i + 1 : i + 2) < we && subtitle_opens (scan, colon ? i + 1 : i + 2, we, FALSE))
        {
          guint c = colon ? i + 1 : i + 2, d = c;
          while (d < we && d - c < 8 && (d == c || !g_ascii_isdigit (word_at (scan, d - 1)->text[0]))
                 && !product_at (scan, d)
                 && ((word_at (scan, d)->upper && !word_at (scan, d)->glued)
                     || (title_word (word_at (scan, d)) && strcmp (word_at (scan, d)->key, "and") != 0 && d + 1 < we
                         && (word_at (scan, d + 1)->upper || title_word (word_at (scan, d + 1))))))
            d++;
          if (d < we && g_ascii_isdigit (word_at (scan, d - 1)->text[0]) && !title_number (scan, d - 1, we))
            d--;
          while (d > c && title_word (word_at (scan, d - 1)))
            d--;
          if (d > c && may_be_title (scan, c, d, FALSE))
            b = d;
        }
      if (b <= i && colon)
        continue;
      claim_title (scan, a, b);
      i = b - 1;
    }
}

/* Whether the run [a, b) may be a song's title in a list: no person's
 * name (opens_person(), a surname the document gives in full), no name
 * the lists hint as a company's or a place's, claim, or head
 * (may_be_title()), no work already. */
static gboolean
song_item (Scan *scan, guint a, guint b)
{
  const Word *first = word_at (scan, a);
  const Span *held = span_at (scan, first->span);
  const char *hint = first->hint ? first->hint->hint : NULL;
  return b > a && b <= a + 8 && !first->glued && g_ascii_isalpha (scan->text[first->start]) && !opens_person (scan, a)
         && !(b == a + 1 && surname_marked (scan, first))
         && !(hint && (strcmp (hint, "COMPANY") == 0 || strcmp (hint, "CITY") == 0 || strcmp (hint, "REGION") == 0))
         && !(held && !held->dropped && (held->work || held->a < a || held->b > b)) && may_be_title (scan, a, b, FALSE);
}

void
listed_singles (Scan *scan, guint ws, guint we, guint i)
{
  /* A song's noun in the plural ("singles", "hits", "tracks"), not a
   * word of the charts' after it ("the singles chart" names where the
   * acts are placed, and acts as often). */
  const Word *noun = word_at (scan, i);
  gsize n = strlen (noun->key);
  if (noun->upper || n < 4 || noun->key[n - 1] != 's' || i + 3 >= we
      || (cue_map_rules (scan->e->cues, word_at (scan, i + 1)->key, word_at (scan, i + 1)->hash) & CUE_MUSIC_WORD))
    return;
  guint items[8][2], count = 0;
  const Word *mark = word_at (scan, i + 1);
  gboolean comma = mark->end - mark->start == 1 && scan->text[mark->start] == ',';
  if (comma || is_dash (scan, mark))
    {
      /* In apposition, two titles or more closed by the same mark or
       * the sentence's end: "his two singles, X and Y, reached", "two
       * more hits - X and Y -". */
      guint j = i + 2, b = j;
      while (j < we && count < 8)
        {
          b = title_end (scan, j, we, TRUE);
          if (!song_item (scan, j, b))
            return;
          items[count][0] = j, items[count][1] = b, count++;
          guint k = next_example (scan, we, b);
          if (k == b || k >= we || !word_at (scan, k)->upper)
            break;
          j = k;
        }
      const Word *close = b < we ? word_at (scan, b) : NULL;
      if (count < 2
          || (close && !(comma ? close->end - close->start == 1 && scan->text[close->start] == ',' : is_dash (scan, close))
              && !(close->end - close->start == 1 && scan->text[close->start] == '.')))
        return;
    }
  else
    {
      /* Placed in a chart one by one after it: each title right before
       * "at number N", after the list's word, a comma or "and"
       * ("including X at number 12, Y at number 19 and Z at number
       * 33"); two at least, or the acts of a chart are as likely. */
      guint last = i + 1;
      for (guint k = i + 2; k + 2 < we && count < 8; k++)
        {
          /* A list goes on from its last position (a title of eight
           * words at most between two), for eight titles at most: a
           * sentence of many song nouns is not walked whole for each. */
          if (k > last + 24 || k > i + 8 * 24)
            break;
          if (strcmp (word_at (scan, k)->key, "at") != 0 || !chart_place_at (scan, k, we))
            continue;
          last = k;
          guint a = capitalised_run_start (scan, i + 1, k);
          if (a >= k || a <= i + 1 || title_end (scan, a, we, TRUE) != k || !song_item (scan, a, k))
            continue;
          const Word *before = word_at (scan, a - 1);
          if (!((before->cue & CUE_EXAMPLES) || strcmp (before->key, "and") == 0
                || (before->end - before->start == 1 && scan->text[before->start] == ',')))
            continue;
          items[count][0] = a, items[count][1] = k, count++;
        }
      if (count < 2)
        return;
    }
  if (!speaks_of_works (scan))
    return;
  for (guint c = 0; c < count; c++)
    claim_title (scan, items[c][0], items[c][1]);
}
