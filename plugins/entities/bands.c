/* bands.c: bands the tagger reads as people, by the number the text
 * gives them (issue 24).  A band's name has no first name and is
 * plural to British English ("Zorbek are", "Zorbek have"); what the
 * text says of it next is plural too ("Zorbek played their first
 * gig").  A person is "he" or "she".  CoNLL-2003's eng.train writes a
 * one-word name right before "are", "were" or "have" (no "and" or comma
 * before it) as a person 4 times in 68, against 46 organisations (teams
 * and firms) and 18 things; before "their" or "they" within a clause,
 * a person 17 times in 171.  The rule reads documents with a music cue
 * only (a musician's, a band's or a label's noun), where a band is
 * likely and a plural person is not; there it relabels every mention
 * of a name the text makes plural and never singular an organisation,
 * as CoNLL's guidelines make a band.  Both halves of the rule live here
 * and ask one test of the verb (plural_verb()) and of a family's plural
 * (family_plural()): find_plural_names(), per sentence, reads a name
 * right before a plural verb as its clause's subject; find_plural_bands(),
 * per document, weighs every mention's number. */
#include "entities.h"

#include <string.h>

/* The names a document may make plural: more are not read (a music
 * page names a few bands, not dozens). */
enum { BAND_NAMES = 16, PRONOUN_REACH = 8 };

typedef struct
{
  guint a, b;   /* one mention's words */
  guint plural; /* mentions the text made plural */
  guint single; /* mentions it made one person */
  gboolean personal; /* opens with a first name, no English word after it: only a plural verb says a band */
} BandCandidate;

typedef enum
{
  NUMBER_NONE,
  NUMBER_ONE,
  NUMBER_MANY,
} Number;

/* The number a pronoun or a verb of @w gives its subject, a closed
 * class of English: cheap first-byte tests before the comparisons. */
static Number
pronoun_number (const Word *w)
{
  static const char *const many[] = { "their", "they", "themselves", NULL };
  static const char *const one[] = { "he", "she", "his", "her", "him", "himself", "herself", NULL };
  char c = w->key[0];
  if (c == 't' && key_in (w->key, many))
    return NUMBER_MANY;
  if ((c == 'h' || c == 's') && key_in (w->key, one))
    return NUMBER_ONE;
  return NUMBER_NONE;
}

static gboolean
plural_verb (const Word *w)
{
  static const char *const verbs[] = { "are", "were", "have", "'re", "'ve", NULL };
  char c = w->key[0];
  return !w->upper && (c == 'a' || c == 'w' || c == 'h' || c == '\'') && key_in (w->key, verbs);
}

/* The sentence-level half of the rule: a name of the tagger right before
 * a plural verb as its clause's subject (its label, whatever the document
 * says elsewhere); find_plural_bands() below is the document-level half. */

/* Whether the word before the name at @a lets the name be its clause's
 * subject: the sentence's start, "the", a quote or a conjunction that
 * opens a clause ("but Kasabian are").  Not "and" or a comma (a list of
 * people: "Smith and Jones were"), nor a preposition ("the likes of
 * Michael Howard are": the plural is another word's), nor "if" (a
 * subjunctive: "If Perot were here"). */
static gboolean
opens_subject (const Scan *scan, guint ws, guint a)
{
  static const char *const before[] = { "the", "but", "while", "when", "because", "although", "though",
                                        "that", "since", "after", "before", "\"", "\u201c" };
  if (a == ws)
    return TRUE;
  const char *key = word_at (scan, a - 1)->key;
  for (guint k = 0; k < G_N_ELEMENTS (before); k++)
    if (strcmp (key, before[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @w is a family's plural: "Kennedys" of a surname, the singular
 * no English word ("Smiths", "Stones", "Rangers" are bands and clubs as
 * often).  CoNLL's people (eng.train's "Kennedys" is PER).  The caller
 * asks after "the" alone: a family takes it, a team named after its
 * founder does not ("Williams were fastest").  A surname is a word
 * person-names.tsv lists as a part of a name (NAME: "Beckham") or the
 * last word of a person's name in the document ("John Kennedy ... the
 * Kennedys"); a first name alone is not one ("the Tonys", "the Hollies"
 * are prizes and bands), nor a place's name ("the Dakotas", "the
 * Carolinas": regions.tsv, a place's hint): those are PLURAL_OTHER,
 * whose label the tagger's read stays, neither a family nor a band by
 * the verb alone. */
typedef enum
{
  PLURAL_NONE,   /* no name's plural the lists know */
  PLURAL_OTHER,  /* a place's or a first name's: no family, no band either */
  PLURAL_FAMILY, /* a surname's: the family */
} Plural;

static Plural
family_plural (const Scan *scan, const Word *w)
{
  gsize n = strlen (w->key);
  if (n < 4 || n >= 64 || w->key[n - 1] != 's' || w->key[n - 2] == 's')
    return PLURAL_NONE;
  char single[64];
  memcpy (single, w->key, n - 1);
  single[n - 1] = '\0';
  guint32 hash = word_hash (single, n - 1);
  guint flags = word_map_get (scan->e->first_names, single, hash);
  if (flags & NAME_WORD_ENGLISH)
    return PLURAL_NONE;
  if (g_hash_table_contains (scan->e->regions, single) || g_hash_table_contains (scan->e->regions, w->key))
    return PLURAL_OTHER;
  const GazetteerEntry *e = gazetteer_word (scan->e->gazetteer, single, hash).single;
  if (e && (e->place || strcmp (e->label, "GPE") == 0 || strcmp (e->label, "LOC") == 0
            || (e->hint && (strcmp (e->hint, "CITY") == 0 || strcmp (e->hint, "REGION") == 0))))
    return PLURAL_OTHER;
  if (e && e->hint && strcmp (e->hint, "NAME") == 0)
    return PLURAL_FAMILY;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (!p->dropped && p->b - p->a >= 2 && strcmp (p->label, "PERSON") == 0
          && strcmp (word_at (scan, p->b - 1)->key, single) == 0)
        return PLURAL_FAMILY;
    }
  return (flags & NAME_WORD_FIRST) || (e && e->hint && strcmp (e->hint, "FIRST") == 0) ? PLURAL_OTHER : PLURAL_NONE;
}

void
find_plural_names (Scan *scan, guint first_span, guint ws, guint we)
{
  /* A name English gives a plural verb is no one person: a band or a
   * club in British usage ("Roxy Music were formed", "Kasabian have
   * split", "Wasps were beaten").  "were", "are" and "have" are the
   * plural forms of the verbs names most take.  Only the tagger's
   * person or other name (its places stay: "Europe were beaten" is a
   * team, "Asia are" a market), the subject of its clause
   * (opens_subject()), and no person's name by its words: not opening
   * with a first name of first-names.tsv nor holding a word the lists
   * hint as a person's ("Graham Coxon", "John Terry" have plural verbs
   * only in lists this does not see), nor a family ("the Kennedys"). */
  /* The sentence's spans, from @first_span on, not its words: a few a
   * sentence. */
  for (guint s = first_span, n = scan->spans->len; s < n; s++)
    {
      guint i = span_at (scan, s)->b;
      if (i >= we || span_at (scan, s)->dropped)
        continue;
      const Word *w = word_at (scan, i);
      if (w->glued || !plural_verb (w))
        continue;
      const Span *held = span_at (scan, word_at (scan, i - 1)->span);
      if (!held || held->dropped || held->b != i || held->source != SOURCE_TAGGER || held->listed || held->work
          || (strcmp (held->label, "PERSON") != 0 && strcmp (held->label, "MISC") != 0) || held->b - held->a > 4
          || !opens_subject (scan, ws, held->a))
        continue;
      guint a = held->a;
      const Word *first = word_at (scan, a);
      gboolean person = (first_name_flags (scan, first) & NAME_WORD_FIRST) != 0;
      for (guint k = a; k < held->b && !person; k++)
        {
          const Word *v = word_at (scan, k);
          person = (v->hint && strcmp (v->hint->label, "PERSON") == 0) || strcmp (v->key, "and") == 0
                   || (v->cue & (CUE_GROUP | CUE_ROLE | CUE_HONORIFIC));
        }
      /* A plural noun the tagger took for a name at a sentence's start
       * ("Officials were", "Analysts have"): English writes it in
       * lowercase. */
      /* A family is its people, whatever the tagger called it ("the
       * Beckhams" MISC). */
      Plural plural = held->b - a == 1 && a > ws && strcmp (word_at (scan, a - 1)->key, "the") == 0
                          ? family_plural (scan, first)
                          : PLURAL_NONE;
      if (plural == PLURAL_FAMILY)
        span_at (scan, word_at (scan, a)->span)->label = "PERSON";
      if (plural != PLURAL_NONE)
        continue;
      if (person || (held->b - a == 1 && first->sentence_start
                     && (first_name_flags (scan, first) & NAME_WORD_ENGLISH)))
        continue;
      org_by_cue (scan, a, we);
    }
}

/* Whether the name opening at word @a is joined to another or stands
 * in a phrase, walking back in its clause (to a mark or the sentence's
 * start, PRONOUN_REACH words at most): "and", "with", a preposition
 * ("Lena Marsh and drummer Zorbek have", "a museum dedicated to Zorbek
 * are", "fans of Zorbek have"), or a comma right before it ("Lena,
 * Zorbek have"); then its verb or pronoun is another subject's.  A
 * closed class of English, as music.c's possessive determiners. */
static gboolean
joined_before (const Scan *scan, guint a)
{
  static const char *const joins[] = { "and", "or", "nor", "with", "plus", "as", "of", "by", "to", "for", "from",
                                       "at", "on", "in", "into", "about", "like", "than", "against", NULL };
  for (guint k = a; k > 0 && k + PRONOUN_REACH > a && !word_at (scan, k)->sentence_start; k--)
    {
      const Word *w = word_at (scan, k - 1);
      char c = w->key[0];
      if (c == '&' || (k == a && c == ','))
        return TRUE;
      if (!g_ascii_isalnum (c) && c != '\'' && (guchar) c < 0x80)
        return FALSE;
      if (!w->upper && key_in (w->key, joins))
        return TRUE;
    }
  return FALSE;
}

/* Whether word @i is a plural verb after a name (joined_before() has
 * told the name is alone), not a wish's or a condition's "were" ("if
 * the young Lena Marsh were", "as though Zorbek were"). */
static gboolean
plural_verb_at (const Scan *scan, guint i, guint a)
{
  static const char *const conditions[] = { "if", "though", "wish", "unless", NULL };
  if (!plural_verb (word_at (scan, i)))
    return FALSE;
  if (strcmp (word_at (scan, i)->key, "were") != 0)
    return TRUE;
  for (guint k = a; k > 0 && k + PRONOUN_REACH > a && !word_at (scan, k)->sentence_start; k--)
    if (key_in (word_at (scan, k - 1)->key, conditions))
      return FALSE;
  return !word_at (scan, a)->sentence_start || !key_in (word_at (scan, a)->key, conditions);
}

/* The number the text gives the name at words [a, b) of @n: a plural
 * verb right after it ("Zorbek are"), else (@pronouns) the first
 * pronoun after it in its clause, before another name, a comma or a
 * word opening another clause or object ("Zorbek played their first
 * gig", "Zorbek said he"); none where the name is joined to another or
 * stands in a phrase (joined_before(), asked only where there is
 * evidence: most names have none), nor before a possessive ("Zorbek's
 * fans are"). */
static Number
mention_number (const Scan *scan, guint a, guint b, guint n, gboolean pronouns)
{
  static const char *const stops[] = { "and", "or", "but", "with", ",", ";", "(", "who", "whom", "which", "that", "to",
                                       "because", "after", "before", "when", "while", "if", "as", "since", "so",
                                       "until", "though", "although", "where", "whether", NULL };
  if (b >= n || word_at (scan, b)->sentence_start)
    return NUMBER_NONE;
  Number found = NUMBER_NONE;
  if (plural_verb_at (scan, b, a))
    found = NUMBER_MANY;
  else if (pronouns && !is_possessive (word_at (scan, b)))
    for (guint k = b; k < n && k < b + PRONOUN_REACH && found == NUMBER_NONE; k++)
      {
        const Word *w = word_at (scan, k);
        if (w->sentence_start || w->upper)
          break;
        found = pronoun_number (w);
        if (found == NUMBER_NONE && key_in (w->key, stops))
          break;
      }
  return found != NUMBER_NONE && joined_before (scan, a) ? NUMBER_NONE : found;
}

/* Whether words [a, b) and [c, c + b - a) are the same words, by their
 * slots: no string is compared. */
static gboolean
same_slots (const Scan *scan, guint a, guint b, guint c)
{
  for (guint k = 0; k < b - a; k++)
    if (scan->slots[a + k] != scan->slots[c + k])
      return FALSE;
  return TRUE;
}

/* Whether the tagger's person @p may be a band: a name of one to three
 * words no rule, role or list gave a person. */
static gboolean
band_shaped (const Scan *scan, const Span *p)
{
  if (p->dropped || p->source != SOURCE_TAGGER || p->cued || p->role || p->b - p->a > 3 || p->label[0] != 'P'
      || strcmp (p->label, "PERSON") != 0)
    return FALSE;
  const Word *first = word_at (scan, p->a);
  /* "the Kennedys were": a family's plural, or a place's or a first
   * name's ("the Dakotas"): find_plural_names() reads them (family_plural()). */
  if (p->b - p->a == 1 && p->a > 0 && strcmp (word_at (scan, p->a - 1)->key, "the") == 0
      && family_plural (scan, first) != PLURAL_NONE)
    return FALSE;
  const GazetteerEntry *e = first->known.single ? first->known.single : first->hint;
  return !(e && strcmp (e->label, "PERSON") == 0 && p->b - p->a == 1)
         && g_unichar_isalpha (g_utf8_get_char (first->text));
}

/* Whether the name [a, b) opens with a first name and has no English
 * word after it ("Lena Marsh"): a person's shape, where "Amber
 * Lantern" is a band's as "Joy Division" is. */
static gboolean
person_shaped (const Scan *scan, guint a, guint b)
{
  const Word *first = word_at (scan, a);
  if (!(first_name_flags (scan, first) & NAME_WORD_FIRST)
      && !(first->hint && first->hint->hint && strcmp (first->hint->hint, "FIRST") == 0))
    return FALSE;
  for (guint k = a + 1; k < b; k++)
    if (first_name_flags (scan, word_at (scan, k)) & NAME_WORD_ENGLISH)
      return FALSE;
  return TRUE;
}

void
find_plural_bands (Scan *scan)
{
  /* A pronoun says a band only where music is the story; a plural verb
   * after a name no coordination joins says a group anywhere (a side,
   * a party: CoNLL's organisations too). */
  gboolean music = (scan->document_cues & (CUE_MUSICIAN | CUE_BAND_NOUN | CUE_LABEL | CUE_SONG_NOUN)) != 0;
  guint n = scan->words->len;
  BandCandidate names[BAND_NAMES];
  guint n_names = 0;
  /* Every mention of each name votes: one "he" keeps it a person. */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (!band_shaped (scan, p))
        continue;
      BandCandidate *c = NULL;
      for (guint r = 0; r < n_names && !c; r++)
        if (names[r].b - names[r].a == p->b - p->a && same_slots (scan, names[r].a, names[r].b, p->a))
          c = &names[r];
      if (!c)
        {
          if (n_names == BAND_NAMES)
            continue;
          c = &names[n_names++];
          *c = (BandCandidate) { p->a, p->b, 0, 0, person_shaped (scan, p->a, p->b) };
        }
      /* A plural pronoun says a band only in a music story and not of a
       * person's shape; a plural verb says it anywhere. */
      Number number = mention_number (scan, p->a, p->b, n, music && !c->personal);
      c->plural += number == NUMBER_MANY;
      c->single += number == NUMBER_ONE;
    }
  /* Where only a verb was asked, the pronouns are asked again for "he"
   * or "she", of the few names a plural verb follows. */
  for (guint r = 0; r < n_names; r++)
    {
      BandCandidate *c = &names[r];
      if (c->plural == 0 || c->single > 0 || (music && !c->personal))
        continue;
      for (guint k = 0; k < scan->spans->len; k++)
        {
          const Span *p = span_at (scan, k);
          if (band_shaped (scan, p) && p->b - p->a == c->b - c->a && same_slots (scan, c->a, c->b, p->a)
              && mention_number (scan, p->a, p->b, n, TRUE) == NUMBER_ONE)
            c->single++;
        }
    }
  for (guint r = 0; r < n_names; r++)
    {
      const BandCandidate *c = &names[r];
      if (c->plural == 0 || c->single > 0)
        continue;
      for (guint k = 0; k < scan->spans->len; k++)
        {
          Span *p = span_at (scan, k);
          if (band_shaped (scan, p) && p->b - p->a == c->b - c->a && same_slots (scan, c->a, c->b, p->a))
            {
              span_set_org (p);
              p->cued = TRUE;
            }
        }
    }
}
