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
 * as CoNLL's guidelines make a band. */
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
  /* "the Kennedys were": a family's plural, people.c's
   * (find_plural_names(), family_plural()). */
  gsize len = strlen (first->key);
  if (p->b - p->a == 1 && p->a > 0 && first->key[len - 1] == 's' && strcmp (word_at (scan, p->a - 1)->key, "the") == 0)
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
