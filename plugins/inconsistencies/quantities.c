/* quantities.c: counts read from a sentence ("about 3,400 customers were
 * affected", "the death toll stands at 12"), with what they count and what
 * happened to it, so that two reports' counts of one thing can meet. */
#include "sentence.h"

#include <math.h>
#include <stdlib.h>

/* A number word's value in cues.tsv: "12", or "x12" for a scale. */
static double
number_value (const char *text)
{
  return g_ascii_strtod (text[0] == 'x' ? text + 1 : text, NULL);
}

/* Does a currency sign (or "#") stand right before byte @at?  The sign
 * is a character, not a byte: "→12" is no currency. */
static gboolean
currency_before (const Sentence *s, gsize at)
{
  if (at == 0)
    return FALSE;
  const char *prev = g_utf8_find_prev_char (s->text, s->text + at);
  gunichar c = prev ? g_utf8_get_char (prev) : 0;
  return c == '$' || c == '#' || c == 0x20AC || c == 0x00A3 || c == 0x00A5;
}

/* number_at() past its first test: word @i (folded @w) may be a number. */
static guint
number_at_slow (const Sentence *s, guint i, const char *w, double *value)
{
  double v = 0;
  if (g_ascii_isdigit (w[0]))
    {
      char digits[64];
      gsize n = 0;
      /* "3,000-strong": the number before the suffix. */
      const char *stop = g_str_has_suffix (w, "-strong") ? w + strlen (w) - strlen ("-strong") : NULL;
      for (const char *p = w; *p && p != stop; p++)
        if ((g_ascii_isdigit (*p) || *p == '.') && n + 1 < sizeof digits)
          digits[n++] = *p;
        else if (*p != ',')
          return 0; /* "737-800", "5G", or too long to be a count */
      digits[n] = '\0';
      v = g_ascii_strtod (digits, NULL);
    }
  else if (words_is (s->w, i, CUE_NUMBER))
    v = number_value (words_value (s->w, i, CUE_NUMBER));
  else if (strchr (w, '-') == NULL)
    return 0;
  else
    {
      /* "twenty-five": each part a number word, looked up from a copy on
       * the stack (a part longer than it is no number word: none is), not
       * from a g_strsplit(), whose allocations cost 1,300 instructions a
       * hyphenated word (callgrind, the news-crosscheck pipeline). */
      for (const char *part = w;;)
        {
          const char *dash = strchr (part, '-');
          gsize length = dash ? (gsize) (dash - part) : strlen (part);
          char key[64];
          if (length >= sizeof key)
            return 0;
          memcpy (key, part, length);
          key[length] = '\0';
          const char *pv = g_hash_table_lookup (s->k->cues[CUE_NUMBER], key);
          if (pv == NULL)
            return 0;
          v += number_value (pv);
          if (dash == NULL)
            break;
          part = dash + 1;
        }
    }
  guint n = 1;
  /* "two thousand", "two dozen": a scale multiplies ("x12" in cues.tsv
   * marks one that is only a scale). */
  const char *scale = words_value (s->w, i + 1, CUE_NUMBER);
  if (scale && (scale[0] == 'x' || number_value (scale) >= 100))
    v *= number_value (scale), n = 2;
  *value = v;
  return v > 0 ? n : 0;
}

/* The value of the number written at word @i ("3,400", "seven",
 * "twenty-five", "1.5 million"), and how many words it takes; 0 if none.
 * Inline up to the answer most words give (no digit, no number word, no
 * hyphen: Word.maybe_hyphen), where a call and a strchr() each were: the
 * counts ask it about every word, 857,144 times on 5 MB of
 * bench/dates-bench.py's BBC JSONL, and quantity_claims() took 117.3M
 * instructions there, all it calls included, 63.2M with this and the
 * stack copies above (callgrind, the news-crosscheck pipeline, -j 1). */
static inline guint
number_at (const Sentence *s, guint i, double *value)
{
  if (i >= n_words (s))
    return 0;
  const char *w = words_folded (s->w, i);
  if (!g_ascii_isdigit (w[0]) && !words_is (s->w, i, CUE_NUMBER) && !words_at (s->w, i)->maybe_hyphen)
    return 0;
  return number_at_slow (s, i, w, value);
}

static char *
singular (const char *word)
{
  gsize n = strlen (word);
  if (n > 4 && g_str_has_suffix (word, "ies"))
    return g_strdup_printf ("%.*sy", (int) n - 3, word);
  if (n > 4 && (g_str_has_suffix (word, "ches") || g_str_has_suffix (word, "shes") || g_str_has_suffix (word, "sses")
                || g_str_has_suffix (word, "xes")))
    return g_strndup (word, n - 2);
  if (n > 3 && word[n - 1] == 's' && word[n - 2] != 's' && word[n - 2] != 'u')
    return g_strndup (word, n - 1);
  return g_strdup (word);
}

/* Is word @j a plural noun ("tankers", "people")? */
static gboolean
plural_word (const Sentence *s, guint j)
{
  if (word_is (s, j, CUE_PLURAL))
    return TRUE;
  const char *w = words_folded (s->w, j);
  gsize n = strlen (w);
  return n > 3 && w[n - 1] == 's' && !g_str_has_suffix (w, "ss") && !g_str_has_suffix (w, "us")
         && !g_str_has_suffix (w, "is");
}

/* "a 3,000-strong force": the number counts the members of one thing. */
static gboolean
strong_count (const Sentence *s, guint i)
{
  return g_str_has_suffix (words_folded (s->w, i), "-strong");
}

/* What the number before word @from counts: the noun phrase that starts
 * there, up to five words, and its head.  A count over one (@plural) needs
 * a plural head, the first plural noun ("179 new aerial refueling
 * tankers"): a number whose phrase has none is a model, a version or a
 * label ("777 airliner", "2.0 update").  A nationality in the phrase
 * qualifies it ("seven Ruritanian nationals"): @qualifier.  Returns the
 * head's word index, 0 when there is none. */
static guint
quantity_head (const Sentence *s, guint from, gboolean plural, const char **qualifier)
{
  *qualifier = NULL;
  guint head = 0;
  for (guint j = from; j < n_words (s) && j < from + 5; j++)
    {
      const Word *x = words_at (s->w, j);
      /* Only spaces between the number and the words of the phrase. */
      if (j > 0)
        {
          const Word *prev = words_at (s->w, j - 1);
          gboolean spaced = TRUE;
          for (gsize b = prev->end; b < x->start; b++)
            spaced &= s->text[b] == ' ' || s->text[b] == '-';
          if (!spaced)
            break;
        }
      const AssayAnnotationView *e = entity_covering (s, x->start, x->end);
      if (e && g_strcmp0 (e->label, "NORP") == 0)
        {
          *qualifier = attr (e, "country");
          continue;
        }
      const char *xf = words_folded (s->w, j);
      gsize len = strlen (xf);
      /* Names, measures, numbers and verbs end the phrase ("4 began"). */
      if (e || word_is (s, j, CUE_COUNTED_STOP) || !g_unichar_islower (g_utf8_get_char (s->text + x->start))
          || g_ascii_isdigit (xf[0]) || len < 3 || word_is (s, j, CUE_NUMBER) || word_is (s, j, CUE_PAST)
          || word_is (s, j, CUE_START) || word_is (s, j, CUE_END) || word_is (s, j, CUE_FUTURE)
          || (len > 4 && g_str_has_suffix (xf, "ly")))
        break;
      gboolean participle = len > 4 && (g_str_has_suffix (xf, "ed") || g_str_has_suffix (xf, "ing"));
      if (plural)
        {
          if (!participle && plural_word (s, j))
            return j;
          /* A participle may stand before the head ("1,200 stranded
           * containers", "refueling tankers"); so may an adjective. */
          continue;
        }
      if (participle)
        {
          if (head)
            break;
          continue;
        }
      head = j;
      /* A verb cue ends the phrase ("one ship stranded"). */
      if (j + 1 < n_words (s) && word_is (s, j + 1, CUE_VERB))
        break;
    }
  /* "one affected": no thing counted. */
  return plural || (head && word_is (s, head, CUE_VERB)) ? 0 : head;
}

/* A tally in the few words before word @i, in its clause ("the death
 * toll stands at", "the number of dead rose to").  Returns: (transfer
 * none) its verb class, or NULL. */
static const char *
tally_before (const Sentence *s, guint i)
{
  for (guint back = 1; back <= 6 && back <= i; back++)
    {
      guint j = i - back;
      if (clause_ends_after (s, j))
        return NULL;
      const char *cls;
      guint n = cue_at (s, j, CUE_TALLY, &cls);
      if (n && j + n <= i)
        return cls;
    }
  return NULL;
}

gboolean
quantity_claims (Sentence *s, GError **error)
{
  int update = -1; /* does the sentence say a count has changed; -1: not yet looked */
  for (guint i = 0; i < n_words (s); i++)
    {
      const Word *w = words_at (s->w, i);
      double value;
      guint n = number_at (s, i, &value);
      if (n == 0)
        continue;
      gsize num_start = w->start, num_end = words_at (s->w, i + n - 1)->end;
      /* Dates and names hold numbers that count nothing. */
      if (inside_any (s->timexes, s->n_timexes, num_start, num_end) || entity_covering (s, num_start, num_end)
          || currency_before (s, num_start))
        {
          i += n - 1;
          continue;
        }
      /* A number right after a name is a model or an edition, not a
       * count ("the Boeing 787", "Windows 95"); the sentence's first word
       * is capitalised anyway ("Some 3,400"). */
      if (i >= 2 && w->start == words_at (s->w, i - 1)->end + 1 && s->text[w->start - 1] == ' '
          && g_unichar_isupper (g_utf8_get_char (s->text + words_at (s->w, i - 1)->start))
          && !word_is (s, i - 1, CUE_APPROX))
        {
          i += n - 1;
          continue;
        }
      /* "12 of its 40 stores": the first counts a part of the stores. */
      guint from = i + n;
      const char *of = NULL;
      guint part = cue_at (s, from, CUE_PART_OF, &of);
      from += part;
      double total;
      if (part)
        from += number_at (s, from, &total); /* "of its 40 stores" */
      /* "one of the busiest harbours" singles one out; it counts nothing. */
      if (part && value == 1)
        {
          i += n - 1;
          continue;
        }
      const char *qualifier_of;
      guint head = quantity_head (s, from, value != 1 && !strong_count (s, i), &qualifier_of);
      /* No counted noun, but what happened to them right after the number,
       * of a kind that befalls people: "12 dead", "some 1,000 injured". */
      const char *elliptic = NULL;
      if (head == 0 && from < n_words (s) && !part && value > 1 && words_at (s->w, from)->start <= num_end + 1)
        {
          const char *cls = words_value (s->w, from, CUE_VERB);
          if (cls && g_hash_table_contains (s->k->cues[CUE_PEOPLE_VERB], cls))
            elliptic = cls, head = from;
        }
      /* "The death toll stands at 12": the count's noun is in the words
       * before it. */
      const char *tally = NULL;
      if (head == 0 && !part)
        {
          tally = tally_before (s, i);
          if (tally)
            head = i + n - 1;
        }
      if (head == 0)
        {
          i += n - 1;
          continue;
        }
      const char *qualifier = qualifier_of;
      /* How exact: the approximation words just before the number. */
      const char *approx = "exact";
      gsize start = num_start;
      guint first = i; /* the phrase's first word, its approximation's */
      for (guint back = 1; back <= 3 && back <= i; back++)
        {
          const char *v;
          if (cue_at (s, i - back, CUE_APPROX, &v) == back)
            {
              approx = v;
              start = words_at (s->w, i - back)->start;
              first = i - back;
              break;
            }
        }
      /* What happened to them: a verb cue just before the number ("killed
       * 12 people", "killing more than 12 people"), else after the phrase (past a
       * form of "be"), in its clause and before a coordinated one
       * ("killing seven people and injuring 48": the seven are killed). */
      const char *verb = elliptic ? elliptic : tally;
      for (guint j = first > 2 ? first - 2 : 0; j < first && verb == NULL; j++)
        verb = words_value (s->w, j, CUE_VERB);
      for (guint j = head + 1; j < n_words (s) && j <= head + 3 && verb == NULL; j++)
        {
          if (clause_ends_after (s, j - 1) || strcmp (words_folded (s->w, j), "and") == 0)
            break;
          verb = words_value (s->w, j, CUE_VERB);
        }

      const Word *h = words_at (s->w, head);
      g_autofree char *noun = elliptic || tally ? g_strdup ("people") : singular (words_folded (s->w, head));
      /* "a death toll of 12 people": what befell them, from the tally. */
      if (verb == NULL && strcmp (noun, "people") == 0)
        verb = tally_before (s, first);
      g_autofree char *key = g_strdup_printf ("%s%s%s%s%s%s", qualifier ? qualifier : "", qualifier ? " " : "", noun,
                                              part ? " part" : "", verb ? " " : "", verb ? verb : "");
      AssayAnnotation *c = add_claim (s, CLAIM_QUANTITY, start, h->end, error);
      if (c == NULL)
        return FALSE;
      char number[G_ASCII_DTOSTR_BUF_SIZE];
      g_ascii_formatd (number, sizeof number, "%.15g", value);
      assay_annotation_set_attr (c, "subject", noun);
      assay_annotation_set_attr (c, "value", number);
      assay_annotation_set_attr (c, "approx", approx);
      /* "The death toll has risen, with 30 people killed": a new figure.
       * The sentence is searched once, whatever number of counts it has. */
      if (update < 0)
        {
          update = 0;
          for (guint j = 0; j < n_words (s) && !update; j++)
            update = cue_at (s, j, CUE_UPDATE, NULL) > 0;
        }
      if (update)
        assay_annotation_set_attr (c, "update", "true");
      /* Two counts are of one quantity when they count the same thing
       * and say the same happened to it ("12 people were killed", "30
       * people killed"), or nothing; a part ("12 of its stores") is not
       * the whole. */
      assay_annotation_set_attr (c, "key", key);
      i = head;
    }
  return TRUE;
}
