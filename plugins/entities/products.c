/* products.c: products and models: a maker's name and a model's code
 * after it ("Boeing 787"), words of a product's shape
 * (data/products.tsv: "iPod"), and products and awards by their names
 * (data/product-names.tsv: "Linux", "Oscar"). */
#include "entities.h"

#include <string.h>

/* Whether @w's first byte may start a model's code (is_model_code()),
 * whose loop reads it first and stops there unless it is a digit, a
 * capital or a hyphen: find_models() asks of every word, and the call
 * was 39 instructions (6.1 M on 500 BBC articles). */
static inline gboolean
may_be_model_code (const Word *w)
{
  return g_ascii_isdigit (w->text[0]) || g_ascii_isupper (w->text[0]) || w->text[0] == '-';
}

/* A model's number or code: digits with capitals ("A380", "RAV4"), or
 * (@numbers) three digits or more, a hyphen allowed ("737-800"), that
 * are no year. */
static gboolean
is_model_code (const Word *w, gboolean numbers)
{
  gsize n = w->end - w->start, digits = 0, letters = 0;
  /* A plural's "s" after a code: "A380s". */
  gsize len = n > 2 && w->text[n - 1] == 's' && g_ascii_isdigit (w->text[n - 2]) ? n - 1 : n;
  for (const char *p = w->text; p < w->text + len; p++)
    if (g_ascii_isdigit (*p))
      digits++;
    else if (g_ascii_isupper (*p))
      letters++;
    else if (*p != '-')
      return FALSE;
  if (digits == 0 || n > 10)
    return FALSE;
  if (letters == 0 && n >= 4 && (g_str_has_prefix (w->text, "19") || g_str_has_prefix (w->text, "20")))
    return FALSE; /* a year or a date: "Boeing 2024 results", "1996-08-30" */
  /* Digits of one or two each side of a hyphen are a score ("6-3",
   * "2-1"): a tennis report's "beat Ann Nikon 6-3" names a player,
   * whose surname the lists hold as a company's, no model; a model's
   * number is longer ("737-800"). */
  const char *hyphen = letters == 0 ? strchr (w->text, '-') : NULL;
  if (hyphen && hyphen > w->text && hyphen - w->text <= 2 && n - (gsize) (hyphen - w->text) - 1 <= 2
      && n - (gsize) (hyphen - w->text) - 1 >= 1 && strchr (hyphen + 1, '-') == NULL)
    return FALSE;
  return letters > 0 || (numbers && n >= 3);
}

/* Whether the maker word @w before a model's code may be a company
 * whatever the tagger called it: no list hints it, or only faintly (a
 * small town: "Orange", "Nokia"), or as a company.  A city or a region
 * the lists know is a place with a postcode or a road after it ("London
 * SW1"), no maker. */
static gboolean
maker_not_place (const Word *w)
{
  const GazetteerEntry *known = w->known.single ? w->known.single : w->hint;
  return !known || known->faint || (known->hint && strcmp (known->hint, "COMPANY") == 0);
}

/* Whether the digits at word @i after the tagger's organisation are a
 * count or a share, not a model's number, by the word after them: a unit or a plural ("Shell 2500 jobs",
 * "Airbus 300 orders"; cues.tsv kind measure), or "%", a hyphen or a
 * slash written against them ("BT 3%", "Leeds 2-1").  The phrase's end,
 * a capitalised word or a lowercase word that is no plural leaves a
 * model ("the Nokia 6600 handset", "the Boeing 787 flies"). */
static gboolean
counts_something (const Scan *scan, guint i, guint we)
{
  if (i + 1 >= we)
    return FALSE;
  const Word *next = word_at (scan, i + 1);
  if (next->glued && strchr ("%-/", next->text[0]))
    return TRUE;
  if (!g_ascii_islower (next->text[0]))
    return FALSE;
  gsize n = next->end - next->start;
  /* A verb in "s" is no plural: "the Nokia 6600 was", "the Velmar 607 has". */
  return (next->cue & CUE_MEASURE)
         || (n > 2 && next->text[n - 1] == 's' && !(next->cue & (CUE_FUNCTION | CUE_VERB | CUE_NAME_VERB)));
}

/* Whether word @w is four digits that are no year: a model's number
 * after the tagger's organisation ("Nokia 6600"); a team's score or
 * total has three at most ("Sussex 363"). */
static gboolean
four_digits (const Word *w)
{
  if (w->end - w->start != 4)
    return FALSE;
  for (guint k = 0; k < 4; k++)
    if (!g_ascii_isdigit (w->text[k]))
      return FALSE;
  return TRUE;
}

/* Whether @w is a quarter or a half of a year ("Q4", "H1"): a
 * company's results for it, no model ("Newcrest Q4 profit"). */
static gboolean
is_period (const Word *w)
{
  return w->end - w->start == 2 && (w->text[0] == 'Q' || w->text[0] == 'H') && w->text[1] >= '1' && w->text[1] <= '4';
}

/* Whether the tagger's name @maker of one or two words may make the
 * model whose code of letters and digits (@code) follows it, whatever
 * label it gave: a company's, a place's or a person's name written in
 * letters alone, not in capitals (a shipping table's "USAC W125"
 * is a route and a rate) nor a nationality or a thing ("Russian-made
 * MI-17", "EUROPEAN UNDER-21"); the code opens with one to three
 * capitals ("E200", "YH-999"; "1996-A" is a series' year). */
static gboolean
tagger_maker (const Scan *scan, const Span *maker, const Word *code)
{
  if (maker->source != SOURCE_TAGGER || maker->b - maker->a > 2
      || !(strcmp (maker->label, "ORG") == 0 || strcmp (maker->label, "LOC") == 0 || strcmp (maker->label, "PERSON") == 0))
    return FALSE;
  for (guint k = maker->a; k < maker->b; k++)
    {
      const Word *w = word_at (scan, k);
      if (w->capitals)
        return FALSE;
      for (const char *c = w->text; *c; c++)
        if (!g_ascii_isalpha (*c))
          return FALSE;
    }
  guint caps = 0;
  while (g_ascii_isupper (code->text[caps]))
    caps++;
  return caps >= 1 && caps <= 3 && maker_not_place (word_at (scan, maker->b - 1));
}

/* Whether @w is a roman numeral a product's or a work's name ends in,
 * two to four letters ("XDA II", "Civilization IV"): one letter is as
 * often a name's initial or a letter ("Malcolm X", "Vitamin C"), and
 * "XI" a cricket team's eleven ("World XI"). */
static gboolean
is_roman_numeral (const Word *w)
{
  static const char *const numerals[] = { "II", "III", "IV", "VI", "VII", "VIII", "IX" };
  for (guint k = 0; k < G_N_ELEMENTS (numerals); k++)
    if (strcmp (w->text, numerals[k]) == 0)
      return TRUE;
  return FALSE;
}

/* A maker's name and a model's code after it are a product, MISC, kept
 * whole ("Boeing 787", "Airbus A380", "Orange E200", "Nokia 6600"): the
 * maker is an organisation a list or the tagger found, a company the
 * lists hinted, or, before a code of letters and digits, any one-word or
 * two-word name of the tagger's that the lists know as no place (it
 * takes "Orange" there for a place).  A code the tagger named alone is
 * the model's too. */
void
find_models (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 1; i < we; i++)
    {
      Word *code = word_at (scan, i);
      if (code->glued || !may_be_model_code (code) || !is_model_code (code, TRUE) || is_period (code))
        continue;
      const Span *own = span_at (scan, code->span);
      if (own && (own->source > SOURCE_TAGGER || own->a != i || own->b != i + 1))
        continue;
      guint a = i;
      Span *maker = span_at (scan, word_at (scan, i - 1)->span);
      gboolean letters = is_model_code (code, FALSE);
      /* A number after a team is a score ("Sussex 363"): numbers follow
       * only a maker the lists know as a company, or four digits that
       * are no year the tagger's organisation (is_model_code() left
       * years out). */
      if (maker && maker->b == i && strcmp (maker->label, "ORG") == 0
          && (letters || (maker->source == SOURCE_TAGGER && four_digits (code) && !counts_something (scan, i, we))))
        a = maker->a;
      else if (maker && maker->b == i && letters && tagger_maker (scan, maker, code))
        a = maker->a;
      else
        {
          /* A listed company ending right before: it starts at most the
           * sentence's longest hinted name back (reading back to the
           * sentence's start made a long sentence of numbers quadratic). */
          guint longest = scan->longest_hint;
          guint stop = i - ws > longest ? i - longest : ws;
          for (guint j = i; j-- > stop && a == i;)
            if (word_at (scan, j)->hint && j + word_at (scan, j)->hint_len == i
                && strcmp (word_at (scan, j)->hint->hint, "COMPANY") == 0)
              a = j;
        }
      if (a == i)
        continue;
      Span *s = claim (scan, a, i + 1, "MISC", SOURCE_AROUND);
      if (s)
        {
          s->source = SOURCE_RULE;
          s->canonical = words_text (scan, a, i + 1);
        }
    }
}

GRegex *
products_load (const char *data_dir, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, "products.tsv", NULL);
  AssayDataTable *table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  g_autoptr (GString) all = g_string_new ("^(?:");
  guint n = assay_data_table_get_n_rows (table);
  for (guint i = 0; i < n; i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 2, 2, "PATTERN<TAB>WHAT IT NAMES", error))
        {
          assay_data_table_free (table);
          return NULL;
        }
      /* Each pattern alone first, so that a bad one is named by its line. */
      g_autoptr (GError) bad = NULL;
      g_autoptr (GRegex) one = g_regex_new (row->fields[0], 0, 0, &bad);
      if (one == NULL)
        {
          assay_data_row_set_error (error, table, row, "the pattern does not compile: %s", bad->message);
          assay_data_table_free (table);
          return NULL;
        }
      g_string_append_printf (all, "%s(?:%s)", i ? "|" : "", row->fields[0]);
    }
  assay_data_table_free (table);
  g_string_append (all, ")$");
  if (n == 0)
    g_string_assign (all, "(?!)"); /* no product's shape: nothing matches */
  return g_regex_new (all->str, G_REGEX_OPTIMIZE, 0, error);
}

WordMap *
product_names_load (const char *data_dir, guint64 bits[8], GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, "product-names.tsv", NULL);
  AssayDataTable *table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  WordMap *names = word_map_new ();
  word_map_note_source (names, "product-names.tsv");
  guint n = assay_data_table_get_n_rows (table);
  for (guint i = 0; i < n; i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 3, 3, "NAME<TAB>KIND<TAB>WHAT IT NAMES", error))
        goto fail;
      guint kind = strcmp (row->fields[1], "product") == 0       ? PRODUCT_NAME
                   : strcmp (row->fields[1], "award") == 0       ? PRODUCT_AWARD
                   : strcmp (row->fields[1], "marks-title") == 0 ? PRODUCT_MARKS_TITLE
                   : strcmp (row->fields[1], "numbered") == 0    ? PRODUCT_NUMBERED
                   : strcmp (row->fields[1], "maker") == 0       ? PRODUCT_MAKER
                   : strcmp (row->fields[1], "index") == 0       ? PRODUCT_NAME | PRODUCT_INDEX
                   : strcmp (row->fields[1], "market-word") == 0 ? PRODUCT_MARKET_WORD
                   : strcmp (row->fields[1], "vehicle-noun") == 0 ? PRODUCT_VEHICLE_NOUN
                                                                 : 0;
      if (kind == 0)
        {
          assay_data_row_set_error (error, table, row,
                                    "the kind is \"%s\", not product, award, marks-title, numbered, maker, index, market-word or vehicle-noun",
                                    row->fields[1]);
          goto fail;
        }
      g_autofree char *key = assay_text_fold (row->fields[0], -1);
      g_auto (GStrv) words = g_strsplit (key, " ", -1);
      if (g_strv_length (words) > 3 || strstr (key, "  ") || key[0] == ' ')
        {
          assay_data_row_set_error (error, table, row, "a name is one to three words, one space apart");
          goto fail;
        }
      word_map_add (names, key, kind | word_map_get (names, key, word_hash (key, strlen (key))));
      if (kind & (PRODUCT_NAME | PRODUCT_AWARD))
        {
          guint32 first = word_hash (words[0], strlen (words[0]));
          bits[(first & 511) / 64] |= G_GUINT64_CONSTANT (1) << (first & 63);
        }
      if (words[1])
        word_map_add (names, words[0], PRODUCT_FIRST | word_map_get (names, words[0], word_hash (words[0], strlen (words[0]))));
    }
  assay_data_table_free (table);
  return names;
fail:
  assay_data_table_free (table);
  word_map_free (names);
  return NULL;
}

/* The end of the listed name starting at word @a (its longest), or @a
 * where none does; its kind in @kind. */
static guint
named_product_end (const Scan *scan, guint a, guint we, guint *kind)
{
  const WordMap *names = scan->e->product_names;
  const Word *first = word_at (scan, a);
  guint flags = word_map_get (names, first->key, first->hash);
  guint end = flags & (PRODUCT_NAME | PRODUCT_AWARD) ? a + 1 : a;
  *kind = flags & (PRODUCT_NAME | PRODUCT_AWARD | PRODUCT_INDEX);
  if (!(flags & PRODUCT_FIRST))
    return end;
  g_autoptr (GString) key = g_string_new (first->key);
  for (guint k = a + 1; k < we && k < a + 3 && word_at (scan, k)->upper && !word_at (scan, k)->glued; k++)
    {
      g_string_append_c (key, ' ');
      g_string_append (key, word_at (scan, k)->key);
      guint more = word_map_get (names, key->str, word_hash (key->str, key->len));
      if (more & (PRODUCT_NAME | PRODUCT_AWARD))
        end = k + 1, *kind = more & (PRODUCT_NAME | PRODUCT_AWARD | PRODUCT_INDEX);
    }
  return end;
}

/* Whether word @k, beside a listed name, is a capitalised word that runs
 * on with it into a longer name ("Linux Foundation", "Oscar Wilde"): a
 * word of letters, not a mark or a number, and not the sentence's first. */
static gboolean
runs_on (const Scan *scan, guint k)
{
  const Word *w = word_at (scan, k);
  return w->upper && g_ascii_isalpha (w->text[0]) && !w->sentence_start;
}


/* Whether the words around a stock index's name starting at word @i
 * (@next after it, nullable) read it as the index: a determiner ("The
 * Nasdaq" opening a sentence) or a lowercase word before it ("on
 * Nasdaq") other than a speech verb, a
 * possessive ("Tokyo's Nikkei"), or after it a number ("FTSE 100"), a
 * lowercase "index"-like noun or a verb of how an index moves
 * (product-names.tsv kind market-word: "Dow rises").  The exchange's
 * owner, named bare as a company's subject ("Nasdaq will list its
 * shares", "Nasdaq planning a share sale"), is left to the tagger. */
static gboolean determiner (const Word *w);

static gboolean
reads_as_index (const Scan *scan, guint ws, guint i, const Word *next)
{
  const Word *before = i > ws ? word_at (scan, i - 1) : NULL;
  if (before && !before->sentence_start && ((!before->upper && !(before->cue & CUE_VERB)) || is_possessive (before)))
    return TRUE;
  if (before && determiner (before))
    return TRUE;
  return next && !next->upper
         && (g_ascii_isdigit (next->text[0])
             || (word_map_get (scan->e->product_names, next->key, next->hash) & PRODUCT_MARKET_WORD));
}

/* A product's or an award's name (product-names.tsv) starting at word
 * @i is MISC, its maker's or giver's name no ORG and no one's PERSON
 * ("runs Linux", "won an Oscar"), where the tagger alone or no one named
 * its words and no capitalised word runs on around it; an award's name
 * before a verb is a person's ("Oscar said"), before a possessive the
 * body's that gives it ("Bafta's chairman").  Returns the
 * word after the name, or @i where there is none. */
static guint
named_product (Scan *scan, guint ws, guint we, guint i)
{
  const Word *w = word_at (scan, i);
  if (!(scan->e->product_bits[(w->hash & 511) / 64] & (G_GUINT64_CONSTANT (1) << (w->hash & 63)))
      || !g_ascii_isalpha (w->text[0]))
    return i;
  guint kind = 0, b = named_product_end (scan, i, we, &kind);
  if (b == i)
    return i;
  gboolean free_words = TRUE;
  for (guint k = i; k < b && free_words; k++)
    {
      const Span *held = span_at (scan, word_at (scan, k)->span);
      free_words = !held || (held->source <= SOURCE_TAGGER && held->a >= i && held->b <= b);
    }
  const Word *next = b < we ? word_at (scan, b) : NULL;
  if (!free_words || (i > ws && runs_on (scan, i - 1) && !is_possessive (word_at (scan, i - 1)))
      || (next && runs_on (scan, b))
      || (kind & PRODUCT_AWARD && next && ((!next->upper && (next->cue & CUE_VERB)) || is_possessive (next))))
    return b;
  if (kind & PRODUCT_INDEX && !reads_as_index (scan, ws, i, next))
    return b;
  Span *s = claim (scan, i, b, "MISC", SOURCE_RULE);
  if (s)
    s->canonical = words_text (scan, i, b);
  return b;
}

/* Whether the capitalised word @k may be a word of a thing's name no
 * list knows: no word the lists hint (a company's, a place's: "the
 * Frankfurt fair" is the city's, "the Stena ferry" the company's), no
 * head, title or function word, no word of the first names' list
 * alone-standing for a person ("the Jonathan Ross show"). */
static gboolean
thing_word (const Scan *scan, guint k)
{
  const Word *w = word_at (scan, k);
  gboolean digit = FALSE;
  for (const char *c = w->text; *c && !digit; c++)
    digit = g_ascii_isdigit (*c);
  /* A letter first (no count: "the 2001 election", "14 games"), no
   * hyphen ("Oscar-winning", "18-rated"), no acronym with no digit in
   * it, a body's as often ("the CBI conference", "the MTV prize"; not
   * "E3"). */
  return w->upper && !w->hint && !is_possessive (w) && g_ascii_isalpha (w->text[0]) && !strchr (w->text, '-')
         && (!w->capitals || digit)
         && !(w->cue & (CUE_FUNCTION | CUE_CONNECTOR | CUE_ROLE | CUE_HONORIFIC | CUE_MODIFIER | CUE_ORG_HEAD
                        | CUE_LOC_HEAD | CUE_EVENT_HEAD | CUE_ORG_WORD | CUE_MONTH | CUE_WEEKDAY | CUE_TIME));
}

/* Whether the words [a, b) are no name of a thing by their words
 * alone: each a lowercase English word written capitalised ("the Spring
 * fair", "the Party exhibition"), or a first name opening two words or
 * more (a person's: "the Jonathan Ross show"). */
static gboolean
common_run (const Scan *scan, guint a, guint b)
{
  if (b - a >= 2 && (first_name_flags (scan, word_at (scan, a)) & NAME_WORD_FIRST))
    return TRUE;
  for (guint k = a; k < b; k++)
    {
      const Word *w = word_at (scan, k);
      if (w->capitals || !(first_name_flags (scan, w) & NAME_WORD_ENGLISH))
        return FALSE;
    }
  return TRUE;
}

/* The name right after a kind of ship (cues.tsv and work-nouns.tsv kind
 * vessel) at @i: one to four capitalised words and a number after them
 * ("the liner Queen Mary 2"), the ship's, MISC, over a place the lists
 * claim there ("the submarine Kursk": the city's name).  Not a person
 * with no number after (a title's run, a first name alone, a person's
 * name found whole: "the yacht Ellen MacArthur sailed"), nor a clause's subject, a verb after it ("the ship Britain
 * sent", "the boat Smith said was lost"), nor a name of which the run
 * is a piece. */
static void
vessel_after (Scan *scan, guint we, guint i)
{
  guint a = i + 1, b = a;
  while (b < we && b < a + 4 && word_at (scan, b)->upper && !word_at (scan, b)->sentence_start
         && g_ascii_isalpha (word_at (scan, b)->text[0]))
    b++;
  if (b == a || (word_at (scan, a)->cue & CUE_FUNCTION))
    return;
  gboolean numbered = b < we && g_ascii_isdigit (word_at (scan, b)->text[0]) && !word_at (scan, b)->glued
                      && strspn (word_at (scan, b)->text, "0123456789") == strlen (word_at (scan, b)->text);
  /* A person is not numbered so; a ship named after one is.  A first
   * name opens ships' names too ("the liner Crystal Harmony", which the
   * tagger cuts in two): only a person's name found whole is one. */
  const Span *whole = span_at (scan, word_at (scan, a)->span);
  if (!numbered
      && ((word_at (scan, a)->cue & (CUE_ROLE | CUE_HONORIFIC))
          || ((first_name_flags (scan, word_at (scan, a)) & NAME_WORD_FIRST)
              && (b == a + 1 || (whole && whole->a == a && whole->b == b && strcmp (whole->label, "PERSON") == 0)))))
    return;
  b += numbered;
  if (b < we)
    {
      const Word *next = word_at (scan, b);
      gsize len = next->end - next->start;
      if (next->upper
          || (g_ascii_isalpha (next->text[0])
              && ((next->cue & (CUE_VERB | CUE_NAME_VERB)) || (len > 4 && g_str_has_suffix (next->key, "ed")))))
        return;
    }
  for (guint k = a; k < b; k++)
    {
      const Span *held = span_at (scan, word_at (scan, k)->span);
      if (held && (held->a < a || held->b > b || (held->source >= SOURCE_GAZETTEER && !held->place
                                                   && strcmp (held->label, "GPE") != 0)))
        return;
    }
  drop_spans (scan, a, b, NULL);
  Span *s = claim (scan, a, b, "MISC", SOURCE_RULE);
  if (s)
    s->canonical = words_text (scan, a, b);
}

/* Names of things by the noun beside them, no list knowing them: one to
 * three capitalised words nothing named, after a lowercase word and
 * before a kind of software or device or an event's head in lowercase
 * (cues.tsv kinds product-noun, event-head: "the Exeem software", "at
 * the E3 expo", "the Sundance festival") are the thing's name, MISC,
 * unless common_run(); the tagger's names there are left to it and to
 * products_by_noun() (rules-context.c: "the Women's Institute fair" is
 * the body's); not before a kind of work too ("show": "the ITV1 show"
 * is the channel's).  And a ship's name after its noun (vessel_after()).
 * Asked at each such lowercase word by find_products()'s walk. */
static void
named_thing_at (Scan *scan, guint ws, guint we, guint i)
{
  const Word *w = word_at (scan, i);
  if (i == ws || (w->cue & CUE_WORK_NOUN))
    return;
  if (w->cue & CUE_VESSEL)
    {
      if (i + 1 < we)
        vessel_after (scan, we, i);
      return;
    }
  guint a = i;
  while (a > ws + 1 && a + 3 > i && thing_word (scan, a - 1) && word_at (scan, a - 1)->span < 0
         && !word_at (scan, a - 1)->sentence_start)
    a--;
  if (a == i || word_at (scan, a - 1)->upper || !g_ascii_isalpha (word_at (scan, a - 1)->text[0])
      || common_run (scan, a, i))
    return;
  Span *s = claim (scan, a, i, "MISC", SOURCE_RULE);
  if (s)
    s->canonical = words_text (scan, a, i);
}

/* Whether the code of letters and digits at word @i, which nothing
 * named, is joined by "and", "or" or a comma to a model's name ending
 * in one that a rule found ("the Velmar X40 and V52": find_models(); "the
 * A380 and A3": products.tsv): a maker names its models in a row, and
 * the tagger names the first alone.  Not after the tagger's MISC alone:
 * a road's number ("the M25 and M4") is no product's. */
static gboolean
joined_code (const Scan *scan, guint ws, guint i)
{
  const Word *w = word_at (scan, i);
  if (i < ws + 2 || w->span >= 0 || w->glued || !may_be_model_code (w) || !is_model_code (w, FALSE) || is_period (w))
    return FALSE;
  const Word *join = word_at (scan, i - 1), *prev = word_at (scan, i - 2);
  if (!(strcmp (join->key, "and") == 0 || strcmp (join->key, "or") == 0 || strcmp (join->text, ",") == 0))
    return FALSE;
  const Span *model = span_at (scan, prev->span);
  return model && !model->dropped && model->b == i - 1 && model->source == SOURCE_RULE && strcmp (model->label, "MISC") == 0
         && may_be_model_code (prev)
         && is_model_code (prev, FALSE);
}

/* A word of a product's shape (products.tsv: "iPod", "A380") that no list
 * or rule named is a product, MISC, whatever the tagger said.  Only words
 * of a mixed shape (a letter, and a digit or a capital after a lowercase
 * letter) are tried: the patterns are for them, and most words (numbers,
 * acronyms) are not; a regular expression for every acronym cost 4% of
 * the stage. */
void
find_products (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i < we; i++)
    {
      Word *w = word_at (scan, i);
      if (!w->upper && (w->cue & (CUE_PRODUCT_NOUN | CUE_VESSEL | CUE_EVENT_HEAD)))
        named_thing_at (scan, ws, we, i);
      /* A name product-names.tsv lists, first: one pass over the words
       * for both (a pass of its own cost 0.7% of the stage). */
      if (w->upper)
        {
          guint b = named_product (scan, ws, we, i);
          if (b > i)
            {
              i = b - 1;
              continue;
            }
        }
      const Span *held = span_at (scan, w->span);
      if (held && (held->source != SOURCE_TAGGER || held->a != i || held->b != i + 1))
        continue;
      /* A product's name starts with a capital or a digit, or has a
       * capital second ("iPod"): most words go here, unread. */
      if (!w->upper && !g_ascii_isupper (w->text[1]))
        continue;
      gboolean digit = FALSE, camel = FALSE, letter = FALSE;
      for (const char *c = w->text; *c; c++)
        {
          digit = digit || g_ascii_isdigit (*c);
          letter = letter || g_ascii_isalpha (*c);
          camel = camel || (c > w->text && g_ascii_isupper (*c) && g_ascii_islower (c[-1]));
        }
      if (!letter || !(digit || camel)
          || (!g_regex_match (scan->e->products, w->text, 0, NULL) && !(digit && joined_code (scan, ws, i))))
        continue;
      Span *s = claim (scan, i, i + 1, "MISC", SOURCE_RULE);
      if (s)
        s->canonical = g_strdup (w->text);
    }
}

/* Whether @w is an article or a possessive determiner, what stands
 * before a thing's name ("a", "the", "his"). */
static gboolean
determiner (const Word *w)
{
  static const char *const words[] = { "a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "that" };
  if (w->upper && !w->sentence_start)
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (strcmp (w->key, words[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the tagger's organisation @p of two words is a name and a
 * model's number of three or four digits after an article or a
 * possessive pronoun ("the Velmar 607", "its new Velmar 4150"), as eng.train
 * writes "the Airbus 310" MISC: a company is not numbered so after
 * "the".  No year ("the Velmar 2004 results": is_model_code()) and no
 * count or share, a unit or a plural after it (counts_something(): "the
 * Velmar 300 jobs"). */
static gboolean
numbered_model (const Scan *scan, const Span *p)
{
  /* An adjective allowed between ("its new Velmar 607"). */
  guint d = p->a;
  if (d > 0 && !word_at (scan, d - 1)->upper && g_ascii_isalpha (word_at (scan, d - 1)->text[0])
      && !determiner (word_at (scan, d - 1)))
    d--;
  if (p->b - p->a != 2 || d == 0 || !determiner (word_at (scan, d - 1)))
    return FALSE;
  const Word *name = word_at (scan, p->a), *last = word_at (scan, p->b - 1);
  gsize n = last->end - last->start;
  if (!g_ascii_isdigit (last->text[0]) || n < 3 || n > 4 || last->glued || !g_ascii_isalpha (name->text[0])
      || strspn (last->text, "0123456789") != n || !is_model_code (last, TRUE))
    return FALSE;
  /* A capitalised word after it runs the name on: a building's ("the
   * Kelso 101 Tower"), which the tagger cut short. */
  if (p->b < scan->words->len && word_at (scan, p->b)->upper)
    return FALSE;
  return !counts_something (scan, p->b - 1, scan->words->len);
}

/* Whether the tagger's organisation @p of two or three words is a
 * vehicle maker's name (product-names.tsv kind maker) and a model's:
 * "the Ford Cortina", "a Vauxhall Corsa", "the Mini Cooper" are cars,
 * the maker alone a company.  Each word after the maker is capitalised,
 * no cue word (a head: "Ford Foundation", "Nissan Motor"; a title), no
 * name the lists hint as a company's or a place's ("Ford Europe"), no
 * other maker (two makers are a company: "MG Rover", "Peugeot
 * Citroen"). */
static gboolean
maker_and_model (const Scan *scan, const Span *p)
{
  const Word *maker = word_at (scan, p->a);
  if (p->b - p->a > 3 || !(word_map_get (scan->e->product_names, maker->key, maker->hash) & PRODUCT_MAKER))
    return FALSE;
  /* A determiner before it, an adjective allowed between ("a red
   * Vauxhall Corsa", "the new VW Beetle"): a company is named bare as
   * often, after a preposition or a verb ("of Fiat Auto", "said Saab
   * Automobile"); nothing capitalised or possessive after it, which
   * would make it part of a longer name ("the Volvo Women's Open"). */
  guint d = p->a;
  if (d > 0 && !word_at (scan, d - 1)->upper && !determiner (word_at (scan, d - 1)))
    d--;
  if (d == 0 || !determiner (word_at (scan, d - 1)) || word_at (scan, p->a)->glued)
    return FALSE;
  /* Nor before what a company has ("the Fiat Powertrain plant": the
   * maker's division, by the works it runs) or a noun of its parts
   * (company-acts.tsv kind brand: "the Ford Capital unit"). */
  if (p->b < scan->words->len
      && (word_at (scan, p->b)->upper || is_possessive (word_at (scan, p->b)) || (word_at (scan, p->b)->cue & CUE_COMPANY_OF)
          || company_brand_at (scan, p->b, scan->words->len)))
    return FALSE;
  for (guint k = p->a + 1; k < p->b; k++)
    {
      const Word *w = word_at (scan, k);
      const GazetteerEntry *listed = w->known.single;
      /* Not a company's form in capitals or abbreviated ("Volkswagen
       * AG", "Boeing Co").  A small town's name the lists hint faintly
       * is a model's as often (cars are named after places: "the Ford
       * Corvanta" of a hamlet Corvanta). */
      if (!w->upper || w->cue || w->glued || is_possessive (w) || w->capitals || w->end - w->start < 3
          || (word_map_get (scan->e->product_names, w->key, w->hash) & PRODUCT_MAKER)
          || (w->hint && !w->hint->faint && w->hint->hint && strcmp (w->hint->hint, "FIRST") != 0
              && strcmp (w->hint->hint, "NAME") != 0)
          || (listed && !listed->faint
              && (!listed->hint || (strcmp (listed->hint, "FIRST") != 0 && strcmp (listed->hint, "NAME") != 0))))
        return FALSE;
    }
  return TRUE;
}

/* Whether the tagger's organisation @p of two words or more is a
 * product's name by its last word: a model's code of letters and digits
 * ("Motorola V600") or an edition in roman numerals ("the XDA II"): a
 * company is not numbered so; a person or an event keeps its label
 * ("Pope John Paul II", "World War II").  Read after the document's
 * votes, which read the organisation's words as any other's. */
static gboolean
numbered_product (const Scan *scan, const Span *p)
{
  if (p->dropped || p->source != SOURCE_TAGGER || p->cued || p->b - p->a < 2 || strcmp (p->label, "ORG") != 0)
    return FALSE;
  const Word *last = word_at (scan, p->b - 1);
  /* A king's or an emperor's number is his ("Emperor Charles VI"). */
  for (guint k = p->a; k < p->b; k++)
    if (word_at (scan, k)->cue & (CUE_ROLE | CUE_HONORIFIC))
      return FALSE;
  return is_roman_numeral (last) || (may_be_model_code (last) && is_model_code (last, FALSE) && !is_period (last))
         || maker_and_model (scan, p) || numbered_model (scan, p) || vehicle_kind_last (scan, p);
}

void
spread_products (Scan *scan)
{
  for (guint k = 0; k < scan->spans->len; k++)
    if (numbered_product (scan, span_at (scan, k)))
      span_at (scan, k)->label = "MISC";
  /* The short forms: each product's name of two words or more whose
   * last word is in capitals ("Nintendo DS", "Windows XP"), by that
   * word's key. */
  g_autoptr (GHashTable) shorts = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      const Word *first = word_at (scan, p->a), *last = word_at (scan, p->b - 1);
      if (p->dropped || p->b - p->a < 2 || p->source != SOURCE_RULE || strcmp (p->label, "MISC") != 0
          || !last->capitals || last->end - last->start < 2 || !g_ascii_isalpha (last->text[0])
          || !(word_map_get (scan->e->product_names, first->key, first->hash) & PRODUCT_FIRST))
        continue;
      if (!shorts)
        shorts = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_add (shorts, (gpointer) last->key);
    }
  if (!shorts)
    return;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (!p->dropped && p->b - p->a == 1 && p->source <= SOURCE_RULE && strcmp (p->label, "MISC") != 0
          && g_hash_table_contains (shorts, word_at (scan, p->a)->key))
        p->label = "MISC";
    }
}
