/* occasions.c: a name right before a lowercase noun for a kind of
 * occasion ("the Zorbacon exhibition", "the Four Counties match", "the
 * Velocon trade show"; occasion-nouns.tsv) is the occasion's own name,
 * MISC as CoNLL-2003 writes named events, at that mention and at the
 * document's other mentions of the same words; and a name the tagger
 * gave a person's or a thing's label that ends in a body's head ("Fund",
 * "Trust") is the body's. */

#include "entities.h"

#include <string.h>

enum
{
  OCCASION_NOUN = 1 << 0,   /* the occasion: "festival", "exhibition" */
  OCCASION_BEFORE = 1 << 1, /* may stand between the name and the noun: "trade" */
  OCCASION_TEAM = 1 << 2,   /* the occasion after a name of two words or more: "match" */
  OCCASION_PHRASE = 1 << 3, /* the occasion only after a word of kind before: "show" */
  OCCASION_AWARD = 1 << 4,  /* an award, after a name with any word before: "three Tarvo awards" */
  OCCASION_PART = 1 << 5,   /* a part of an occasion named for a place: "the Ruritown jury" */
};

static guint
occasion_row_value (const AssayDataRow *row, const char **wrong)
{
  guint value = 0;
  g_auto (GStrv) kinds = g_strsplit (row->fields[1], ",", -1);
  for (guint i = 0; kinds[i]; i++)
    {
      const char *k = g_strstrip (kinds[i]);
      guint v = strcmp (k, "noun") == 0     ? OCCASION_NOUN
                : strcmp (k, "before") == 0 ? OCCASION_BEFORE
                : strcmp (k, "team") == 0   ? OCCASION_TEAM
                : strcmp (k, "phrase") == 0 ? OCCASION_PHRASE
                : strcmp (k, "award") == 0  ? OCCASION_AWARD
                : strcmp (k, "part") == 0   ? OCCASION_PART
                                            : 0;
      if (v == 0)
        {
          *wrong = "an unknown kind (noun, team, phrase, before, award, part)";
          return 0;
        }
      value |= v;
    }
  return value;
}

GHashTable *
occasion_nouns_load (const char *data_dir, guint64 bits[4], GError **error)
{
  GHashTable *words = word_table_load (data_dir, "occasion-nouns.tsv", "WORD<TAB>noun, team, phrase, before, award or part<TAB>SOURCE", 3,
                                       occasion_row_value, error);
  if (words == NULL)
    return NULL;
  word_table_hash_bits (words, bits, 4);
  return words;
}

/* occasion-nouns.tsv's kinds of the lowercase word @w, 0: none.  The
 * key's hash bit first: most words after a name (a verb, "and", "of")
 * are told none without a lookup.  256 bits, not 64: the table's
 * sixty-odd words set most of 64, and every span's next word is asked
 * (mend_occasions()). */
static guint
occasion_kind (const Scan *scan, const Word *w)
{
  if (w->upper || !word_hash_bit (scan->e->occasion_bits, 4, w->hash))
    return 0;
  return GPOINTER_TO_UINT (g_hash_table_lookup (scan->e->occasion_nouns, w->key));
}

/* Whether word @i, before a name, says the name is one occasion's, not
 * the subject of a verb "race" or "walk" nor one of a body's or a
 * band's many ("an Orbicon concert"): "the", "this", "next", "last" or
 * an owner's possessive ("this year's"). */
static gboolean
determiner_at (const Scan *scan, guint i)
{
  static const char *const words[] = { "the", "this", "next", "last" };
  const Word *w = word_at (scan, i);
  if (w->upper && !w->sentence_start)
    return FALSE;
  if (is_possessive (w))
    return TRUE;
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (strcmp (w->key, words[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether span @p's label may give way to an occasion's: a name only
 * the tagger or a rule gave (not the lists', a place, a work, a team),
 * an organisation's, a person's or a place's; not a body's by its head ("the
 * Kelmsford Trust festival", cues.tsv org-head and org-word), a
 * company's or a place's the lists hint, a place by its head ("the
 * Kelvor Street meeting"), a person's by a first name
 * ("the Ann Keller concert" is hers) nor one English word ("the
 * Mobile exhibition" is of phones). */
static gboolean
may_be_occasion (Scan *scan, const Span *p)
{
  if (p->dropped || p->source >= SOURCE_GAZETTEER || p->kb || p->place || p->work || p->team || p->listed
      || !(strcmp (p->label, "ORG") == 0 || strcmp (p->label, "PERSON") == 0 || strcmp (p->label, "LOC") == 0))
    return FALSE;
  const Word *first = word_at (scan, p->a), *last = word_at (scan, p->b - 1);
  if ((last->cue & (CUE_ORG_HEAD | CUE_ORG_WORD)) || (first_name_flags (scan, first) & NAME_WORD_FIRST)
      || (first->hint && first->hint->hint && strcmp (first->hint->hint, "FIRST") == 0))
    return FALSE;
  if (p->b - p->a == 1 && (first_name_flags (scan, first) & NAME_WORD_ENGLISH))
    return FALSE;
  /* A place the tagger read by its place's head ("the Kelvor Street
   * meeting", "the Harbour Park concert") is where the occasion is. */
  if ((last->cue & CUE_LOC_HEAD) && (strcmp (p->label, "LOC") == 0 || strcmp (p->label, "GPE") == 0))
    return FALSE;
  for (guint i = p->a; i < p->b; i++)
    {
      const Word *w = word_at (scan, i);
      const char *hint = w->hint && !w->hint->faint ? w->hint->hint : NULL;
      if ((hint && (strcmp (hint, "COMPANY") == 0 || strcmp (hint, "CITY") == 0 || strcmp (hint, "REGION") == 0))
          || (w->known.single && (strcmp (w->known.single->label, "GPE") == 0 || strcmp (w->known.single->label, "LOC") == 0)))
        return FALSE;
    }
  return TRUE;
}

/* Whether spans @p and @q hold the same words. */
static gboolean
same_words (const Scan *scan, const Span *p, const Span *q)
{
  if (p->b - p->a != q->b - q->a)
    return FALSE;
  for (guint i = 0; i < p->b - p->a; i++)
    if (word_slot (scan, word_at (scan, p->a + i)) != word_slot (scan, word_at (scan, q->a + i)))
      return FALSE;
  return TRUE;
}

/* Whether span @p speaks or owns: a reporting verb ("Orbicon said")
 * or a possessive ("Orbicon's chief") right after it: a body, whatever
 * else names it. */
static gboolean
speaks (const Scan *scan, const Span *p)
{
  if (p->b >= scan->words->len)
    return FALSE;
  const Word *w = word_at (scan, p->b);
  return is_possessive (w) || (!w->upper && (w->cue & CUE_VERB));
}

static void mend_place_occasions (Scan *scan);
static void find_occasion_runs (Scan *scan);

void
mend_occasions (Scan *scan)
{
  guint n = scan->words->len;
  GArray *found = NULL;
  find_occasion_runs (scan);
  mend_place_occasions (scan);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->b >= n || p->a == 0 || p->dropped)
        continue;
      guint kind = occasion_kind (scan, word_at (scan, p->b));
      if (kind == 0)
        continue;
      const Word *first = word_at (scan, p->a);
      gboolean one = p->b - p->a == 1;
      /* An award's name is one whatever stands before it ("his third
       * Tarvo award", "two Halvex nominations"); only there: the same
       * words elsewhere are as often its giver's ("Tarvo said"). */
      if (kind & OCCASION_AWARD)
        {
          /* An acronym's awards are its body's ("the KBA awards"). */
          if (!(one && first->capitals) && may_be_occasion (scan, p))
            p->label = "MISC";
          continue;
        }
      gboolean taken = (kind & OCCASION_NOUN) || ((kind & OCCASION_TEAM) && !one);
      if (!taken && (kind & OCCASION_BEFORE) && p->b + 1 < n)
        taken = (occasion_kind (scan, word_at (scan, p->b + 1)) & (OCCASION_NOUN | OCCASION_TEAM | OCCASION_PHRASE)) != 0;
      else if (one && first->capitals)
        taken = FALSE;
      if (!taken || !determiner_at (scan, p->a - 1) || !may_be_occasion (scan, p))
        continue;
      if (found == NULL)
        found = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (found, k);
    }
  if (found == NULL)
    return;
  /* The document's other mentions of the same words, unless one speaks
   * ("Orbicon said": the organisation that holds it). */
  for (guint f = 0; f < found->len; f++)
    {
      const Span *p = span_at (scan, g_array_index (found, guint, f));
      gboolean spoken = FALSE;
      for (guint k = 0; k < scan->spans->len && !spoken; k++)
        {
          const Span *q = span_at (scan, k);
          spoken = !q->dropped && same_words (scan, p, q) && speaks (scan, q);
        }
      if (spoken)
        continue;
      for (guint k = 0; k < scan->spans->len; k++)
        {
          Span *q = span_at (scan, k);
          if (q == p || (same_words (scan, p, q) && may_be_occasion (scan, q)))
            q->label = "MISC";
        }
    }
  g_array_unref (found);
}

/* Whether @w, capitalised and ending a name, says the name is a body's:
 * an organisation's head (cues.tsv org-head: Trust, Council, Board) or
 * a word for what a body is (org-word: Fund, Coalition, Society), not
 * an org-word of people in the plural ("Students", "Workers": a group,
 * as often no body), nor an event's head. */
static gboolean
body_last_word (const Word *w)
{
  if (!w->upper || w->capitals || (w->cue & CUE_EVENT_HEAD))
    return FALSE;
  if (w->cue & CUE_ORG_HEAD)
    return TRUE;
  gsize n = strlen (w->key);
  return (w->cue & CUE_ORG_WORD) && n > 0 && w->key[n - 1] != 's';
}

void
mend_body_heads (Scan *scan)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a < 2 || p->cued || p->work || p->listed || p->team
          || p->kb || !body_last_word (word_at (scan, p->b - 1)))
        continue;
      gboolean person = strcmp (p->label, "PERSON") == 0;
      /* The tagger's person with a first name ("Anna Trust") is one;
       * its thing (MISC) only where the head is what a body is, as an
       * org-head ends products' and works' names too ("Media Centre",
       * "The Office"). */
      if (person ? (first_name_flags (scan, word_at (scan, p->a)) & NAME_WORD_FIRST) != 0
                 : strcmp (p->label, "MISC") != 0 || (word_at (scan, p->b - 1)->cue & CUE_ORG_HEAD))
        continue;
      /* Its acronym in brackets right after ("the Widows Fund (WF)")
       * took the same label from it. */
      if (p->b + 2 < scan->words->len && strcmp (word_at (scan, p->b)->key, "(") == 0
          && strcmp (word_at (scan, p->b + 2)->key, ")") == 0 && word_at (scan, p->b + 1)->capitals)
        {
          Span *q = span_at (scan, word_at (scan, p->b + 1)->span);
          if (q && !q->dropped && q->b - q->a == 1 && q->source < SOURCE_GAZETTEER && strcmp (q->label, p->label) == 0)
            q->label = "ORG";
        }
      p->label = "ORG";
    }
}

/* Whether word @i is the lowercase occasion's part (occasion-nouns.tsv
 * kind part) itself or, after a possessive, within the two lowercase
 * words after it ("Ruritown's top prize"). */
static gboolean
part_at (const Scan *scan, guint i)
{
  guint n = scan->words->len;
  if (i >= n)
    return FALSE;
  if (is_possessive (word_at (scan, i)))
    {
      for (guint k = i + 1; k < n && k <= i + 2 && !word_at (scan, k)->upper; k++)
        if (occasion_kind (scan, word_at (scan, k)) & OCCASION_PART)
          return TRUE;
      return FALSE;
    }
  return (occasion_kind (scan, word_at (scan, i)) & OCCASION_PART) != 0;
}

/* Whether the place's words of span @q, where the document names an
 * occasion after that place, are the occasion's short form: before one
 * of its parts ("the Ruritown jury", "Ruritown's top prize") or after a
 * time's possessive ("this year's Ruritown").  Where the occasion is
 * ("at Ruritown", "in Ruritown") stays the place: CoNLL-2003's eng.train
 * writes "at Wimbledon" LOC 3 times of 3, "Wimbledon champion" and
 * "the French Open and Wimbledon" MISC. */
static gboolean
occasion_short_form (const Scan *scan, const Span *q)
{
  static const char *const times[] = { "year", "week", "month", "season", "weekend", NULL };
  if (part_at (scan, q->b))
    return TRUE;
  if (q->a < 2 || !is_possessive (word_at (scan, q->a - 1)))
    return FALSE;
  const Word *t = word_at (scan, q->a - 2);
  return !t->upper && key_in (t->key, times);
}

/* A place's name that opens an occasion's name of the document ("the
 * Ruritown Film Festival", an event head's run MISC) is the occasion's
 * short form where occasion_short_form() reads it so: MISC as CoNLL
 * writes "Wimbledon champion".  Only the place's label gives way, as a
 * body's or a person's name opening an occasion's is its own.  The
 * occasions by their first word's slot, the longest kept: one lookup a
 * place, linear in a document of many occasions' names. */
static void
mend_place_occasions (Scan *scan)
{
  GHashTable *firsts = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a < 2 || !(word_at (scan, p->b - 1)->cue & CUE_EVENT_HEAD)
          || strcmp (p->label, "MISC") != 0)
        continue;
      if (firsts == NULL)
        firsts = g_hash_table_new (NULL, NULL);
      gpointer slot = GUINT_TO_POINTER (word_slot (scan, word_at (scan, p->a)) + 1);
      const Span *held = g_hash_table_lookup (firsts, slot);
      if (held == NULL || held->b - held->a < p->b - p->a)
        g_hash_table_insert (firsts, slot, (gpointer) p);
    }
  if (firsts == NULL)
    return;
  for (guint j = 0; j < scan->spans->len; j++)
    {
      Span *q = span_at (scan, j);
      if (q->dropped || !(strcmp (q->label, "GPE") == 0 || strcmp (q->label, "LOC") == 0)
          || !occasion_short_form (scan, q))
        continue;
      const Span *p = g_hash_table_lookup (firsts, GUINT_TO_POINTER (word_slot (scan, word_at (scan, q->a)) + 1));
      if (p == NULL || q->b - q->a >= p->b - p->a)
        continue;
      gboolean same = TRUE;
      for (guint i = 1; i < q->b - q->a && same; i++)
        same = word_slot (scan, word_at (scan, q->a + i)) == word_slot (scan, word_at (scan, p->a + i));
      if (same)
        span_set_label (q, "MISC");
    }
  g_hash_table_unref (firsts);
}

/* Whether word @k is a word of a capitalised run before an occasion's
 * noun: a name's word opening with a letter, not glued to the one
 * before it. */
static gboolean
run_word (const Scan *scan, guint k)
{
  const Word *w = word_at (scan, k);
  return is_name_word (w) && g_ascii_isalpha (w->text[0]) && !w->glued;
}

/* A capitalised run of two words or more between a determiner and an
 * occasion's noun (kinds noun and team) that the tagger and the rules
 * cut in pieces or left partly unnamed ("the Kelvor Duty Free event":
 * GPE Kelvor, the rest no name) is the occasion's name, MISC, whole, as
 * CoNLL-2003 writes a sponsor's or a place's name opening an event's
 * ("Singer World Series").  Not a run a span holds whole (that is
 * mend_occasions()'s), one a span runs out of, nor one ending in a
 * body's or a place's head ("the Kelvor Trust event", "the Tarvo Street
 * event").  The runs are found from the spans' ends, not by a walk over
 * every word of the document (that walk alone was 0.5% of
 * entities_process()): a run in pieces has a piece, and a run no span
 * touches mostly follows a name's possessive ("Ruritown's Kelvor
 * Challenge event"), a span's end too; one after "the" alone is left
 * unnamed (none in the BBC archive when the walk read every word). */
static void
find_occasion_runs (Scan *scan)
{
  guint n = scan->words->len, n_spans = scan->spans->len;
  for (guint j = 0; j < n_spans; j++)
    {
      const Span *p = span_at (scan, j);
      if (p->dropped)
        continue;
      guint i = p->b;
      if (i < n && is_possessive (word_at (scan, i)))
        i++;
      while (i < n && run_word (scan, i))
        i++;
      if (i < 2 || i >= n || !word_at (scan, i - 1)->upper || !word_at (scan, i - 2)->upper
          || !(occasion_kind (scan, word_at (scan, i)) & (OCCASION_NOUN | OCCASION_TEAM)))
        continue;
      guint a = i;
      while (a > 1 && run_word (scan, a - 1))
        a--;
      /* An acronym before the noun is mostly a body's ("the July OIC
       * summit", CoNLL ORG), as in occasion-nouns.tsv's kind before. */
      if (i - a < 2 || !determiner_at (scan, a - 1) || word_at (scan, i - 1)->capitals
          || (word_at (scan, i - 1)->cue & (CUE_ORG_HEAD | CUE_ORG_WORD | CUE_LOC_HEAD)))
        continue;
      /* bare: a word unnamed, or a second piece */
      gboolean whole = FALSE, out = FALSE, bare = FALSE;
      const Span *seen = NULL;
      for (guint k = a; k < i; k++)
        {
          const Span *q = span_at (scan, word_at (scan, k)->span);
          bare = bare || q == NULL || (seen && q != seen);
          if (q == NULL)
            continue;
          seen = q;
          out = out || q->a < a || q->b > i;
          whole = whole || (q->a == a && q->b == i);
        }
      if (whole || out || !bare)
        continue;
      drop_spans (scan, a, i, NULL);
      Span *s = claim (scan, a, i, "MISC", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, a, i);
    }
}
