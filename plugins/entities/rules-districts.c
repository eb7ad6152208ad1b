/* rules-districts.c: the parts of a town the tagger reads as people.  A
 * district, a suburb or a ground of two capitalised words looks like a
 * first name and a surname ("Hazel Grove", "Forest Gate"); the text
 * says what it is where it is placed in a town, after a preposition of
 * place. */
#include "entities.h"

#include <string.h>

/* The prepositions that place what follows: "at", "in", "near".  Not
 * "from" ("a letter from Ann Lee in Leeds" is a person) nor "with". */
static gboolean
locative (const Word *w)
{
  return strcmp (w->key, "in") == 0 || strcmp (w->key, "at") == 0 || strcmp (w->key, "near") == 0;
}

/* Whether a preposition of place opens the name at word @a, @a > 1:
 * "at", "in" or "near", with "the" or none ("at the Hard Rock Cafe");
 * also "from" where @comma (a town and its county after the name: "from
 * Pease Pottage, West Sussex"; before "in", "a call from Ann Lee in
 * Leeds" is a person's). */
static gboolean
opens_place (const Scan *scan, guint a, gboolean comma)
{
  const Word *w = word_at (scan, a - 1);
  if (strcmp (w->key, "the") == 0 && !w->sentence_start)
    w = word_at (scan, a - 2);
  return locative (w) || (comma && strcmp (w->key, "from") == 0);
}

/* Whether @town is a place inside a country: a subdivision (ISO 3166-2)
 * or a city, not a country ("Ann Lee, UK" is a person and her
 * country). */
static gboolean
within_country (const Span *town)
{
  return town->kb ? g_str_has_prefix (town->kb, "iso3166-2:") || g_str_has_prefix (town->kb, "geonames:")
                  : town->place || town->country != NULL;
}

/* Whether the preposition before word @a ("the" between them or none)
 * follows a kind of person or a role ("a strategist at X in New York",
 * "director at the X"), or a company's word ("shares in X"): what
 * follows is an employer or a company, not a part of a town. */
static gboolean
employer_at (const Scan *scan, guint a)
{
  if (a >= 3 && strcmp (word_at (scan, a - 1)->key, "the") == 0)
    a--;
  if (a < 2 || word_at (scan, a - 1)->sentence_start)
    return FALSE;
  const Word *w = word_at (scan, a - 2);
  return (!w->upper && ((w->cue & CUE_ROLE) || (first_name_flags (scan, w) & NAME_WORD_PERSON_NOUN)))
         || company_context (scan, a);
}

/* Whether word @i joins two items of a list: "," or "and". */
static gboolean
list_joint (const Word *w)
{
  return strcmp (w->key, ",") == 0 || strcmp (w->key, "and") == 0;
}

/* The words the document gives person evidence for beyond the names
 * [a, b) themselves: a key after a title or a form of address ("Mr
 * Grove"), of a one-word person or of a person's name before a
 * reporting verb ("Ann Lee said"), or a word of another person's name
 * of two words or more, mapped to that name's first span.  Made once a
 * document, at its first candidate. */
typedef struct
{
  GHashTable *alone; /* keys after a role or honorific, or of a one-word person */
  GHashTable *named; /* key -> the first PERSON span of two words or more holding it */
} PersonEvidence;

static void
person_evidence_init (const Scan *scan, PersonEvidence *ev)
{
  ev->alone = g_hash_table_new (g_str_hash, g_str_equal);
  ev->named = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || strcmp (p->label, "PERSON") != 0)
        continue;
      /* One word, or a name that speaks ("Ann Lee said"): a person
       * whatever its other mentions are. */
      gboolean speaks = p->b < scan->words->len && !word_at (scan, p->b)->sentence_start
                        && (word_at (scan, p->b)->cue & CUE_VERB);
      if (p->b - p->a == 1 || speaks)
        for (guint i = p->a; i < p->b; i++)
          g_hash_table_add (ev->alone, (gpointer) word_at (scan, i)->key);
      else
        for (guint i = p->a; i < p->b; i++)
          if (!g_hash_table_contains (ev->named, word_at (scan, i)->key))
            g_hash_table_insert (ev->named, (gpointer) word_at (scan, i)->key, (gpointer) p);
    }
  for (guint i = 1; i < scan->words->len; i++)
    if (!word_at (scan, i)->sentence_start && (word_at (scan, i - 1)->cue & (CUE_ROLE | CUE_HONORIFIC)))
      g_hash_table_add (ev->alone, (gpointer) word_at (scan, i)->key);
}

/* Whether the document names a person with a word of @p elsewhere: the
 * word alone, after a title, or in a person's name of other words ("Ann
 * Grove" beside "Hazel Grove"); @p's own other mentions are no
 * evidence. */
static gboolean
person_evidenced (const Scan *scan, const PersonEvidence *ev, const Span *p)
{
  for (guint i = p->a; i < p->b; i++)
    {
      const char *key = word_at (scan, i)->key;
      if (g_hash_table_contains (ev->alone, key))
        return TRUE;
      const Span *other = g_hash_table_lookup (ev->named, key);
      if (other == NULL || other == p)
        continue;
      gboolean same = other->b - other->a == p->b - p->a;
      for (guint k = 0; same && k < p->b - p->a; k++)
        same = strcmp (word_at (scan, other->a + k)->key, word_at (scan, p->a + k)->key) == 0;
      if (!same)
        return TRUE;
    }
  return FALSE;
}

/* Whether span @p is a name the tagger read as a person's, of two or
 * three words that no list hints or cues (a title's word, a listed
 * city's), none in capitals. */
static gboolean
tagged_pair (const Scan *scan, const Span *p)
{
  if (p->dropped || p->source != SOURCE_TAGGER || strcmp (p->label, "PERSON") != 0 || p->b - p->a < 2
      || p->b - p->a > 3)
    return FALSE;
  for (guint i = p->a; i < p->b; i++)
    {
      const Word *w = word_at (scan, i);
      if (w->cue != 0 || w->capitals || (i > p->a && w->glued))
        return FALSE;
    }
  return TRUE;
}

/* The tagger's people of two or three words placed in a town: before
 * "in" and a GPE, in a list of such names and places ("," or "and"
 * between them) that opens after "at", "in" or "near": "greyhound tracks
 * at Eastleigh in Kent, Hazel Grove and Forest Gate in Leeds" are two
 * districts, LOC.  Not a name the document gives person evidence for
 * (person_evidenced()), nor a list that opens otherwise ("said Ann Lee
 * and Tom Hay in Leeds"); then the name's other mentions the tagger
 * read as a person's are the district too. */
void
mend_districts (Scan *scan)
{
  PersonEvidence ev = { NULL, NULL };
  GHashTable *districts = NULL; /* the names made districts, as words_text() writes them */
  /* By the GPEs, far fewer than the words, each asked for "in" or a
   * comma before it. */
  for (guint t = 0; t < scan->spans->len; t++)
    {
      const Span *town = span_at (scan, t);
      if (town->dropped || town->a < 2 || town->label[0] != 'G' || strcmp (town->label, "GPE") != 0)
        continue;
      guint j = town->a - 1;
      const Word *in = word_at (scan, j);
      if (in->sentence_start || word_at (scan, town->a)->sentence_start || (in->key[0] != 'i' && in->key[0] != ',')
          || word_at (scan, j - 1)->span < 0)
        continue;
      gboolean comma = strcmp (in->key, ",") == 0;
      if ((!comma && strcmp (in->key, "in") != 0) || (comma && !within_country (town)))
        continue;
      /* Walk back over the list: items ending where the last began,
       * joined by "," or "and", to the preposition that opens it; after
       * a comma, one name alone ("at Ann Lee, Tom Hay, Leeds" is no
       * town's list). */
      Span *items[16];
      guint count = 0, b = j;
      gboolean opened = FALSE;
      while (b > 0 && count < G_N_ELEMENTS (items))
        {
          Span *item = span_at (scan, word_at (scan, b - 1)->span);
          if (item == NULL || item->dropped || item->b != b || item->a < 2 || word_at (scan, item->a)->sentence_start)
            break;
          if (strcmp (item->label, "GPE") != 0 && strcmp (item->label, "LOC") != 0 && !tagged_pair (scan, item))
            break;
          items[count++] = item;
          if (opens_place (scan, item->a, comma))
            {
              opened = !employer_at (scan, item->a);
              break;
            }
          const Word *before = word_at (scan, item->a - 1);
          if (comma || !list_joint (before) || before->sentence_start)
            break;
          b = item->a - 1;
          /* ", and" */
          if (strcmp (before->key, "and") == 0 && strcmp (word_at (scan, b - 1)->key, ",") == 0
              && !word_at (scan, b)->sentence_start)
            b--;
          if (b == 0 || word_at (scan, b - 1)->span < 0)
            break;
        }
      if (!opened)
        continue;
      for (guint k = 0; k < count; k++)
        {
          Span *p = items[k];
          if (!tagged_pair (scan, p))
            continue;
          if (ev.alone == NULL)
            person_evidence_init (scan, &ev);
          if (person_evidenced (scan, &ev, p))
            continue;
          p->label = "LOC";
          p->place = FALSE;
          if (districts == NULL)
            districts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
          g_hash_table_add (districts, words_text (scan, p->a, p->b));
        }
    }
  /* The district's other mentions the tagger read as a person are the
   * district too ("Hazel Grove" once placed, then alone). */
  for (guint k = 0; districts && k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (!tagged_pair (scan, p))
        continue;
      g_autofree char *text = words_text (scan, p->a, p->b);
      if (g_hash_table_contains (districts, text))
        p->label = "LOC", p->place = FALSE;
    }
  g_clear_pointer (&districts, g_hash_table_unref);
  g_clear_pointer (&ev.alone, g_hash_table_unref);
  g_clear_pointer (&ev.named, g_hash_table_unref);
}
