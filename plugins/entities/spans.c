/* spans.c: names' spans mended once the whole document is read
 * (issue 24's classes from the held-out judges), before link_names()
 * links the mentions: a year or a sentence's opening word glued to a
 * name, an acronym glued to a person's name, a generational suffix cut
 * off, capitalised common plurals the document writes in lowercase. */

#include "entities.h"

#include <string.h>

/* A run of capitalised common words ending in a plural the document
 * also writes in lowercase is no name ("the Law Lords ... nine law
 * lords", "the Trade Unions ... trade unions"): a name of two to four
 * words, no list's, each word a lowercase English word of
 * english-words.tsv and none a first name or a function word, its last
 * ending in "s" (not "ss"), whose words come again in the same order,
 * every one in lowercase.  Dropped at every mention.
 * Where no span qualifies (most documents), no word is read. */
void
drop_lowercase_runs (Scan *scan)
{
  GArray *cands = NULL; /* span indices */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->source == SOURCE_GAZETTEER || p->b - p->a < 2 || p->b - p->a > 4)
        continue;
      gboolean common = TRUE;
      for (guint i = p->a; i < p->b && common; i++)
        {
          const Word *w = word_at (scan, i);
          guint flags = first_name_flags (scan, w);
          /* A word person-names.tsv lists is still one ("Lords"). */
          gboolean listed = w->hint && (w->hint_len != 1 || strcmp (w->hint->label, "PERSON") != 0);
          common = w->upper && !w->capitals && !listed && !(w->cue & CUE_FUNCTION) && (flags & NAME_WORD_ENGLISH)
                   && !(flags & (NAME_WORD_FIRST | NAME_WORD_INSTITUTION));
        }
      /* A plural's: "Foreign Ministry", "Cold War", "The World" are
       * names whatever the text writes in lowercase. */
      const char *last = word_at (scan, p->b - 1)->key;
      gsize n = strlen (last);
      if (!common || n < 3 || last[n - 1] != 's' || last[n - 2] == 's')
        continue;
      if (cands == NULL)
        cands = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (cands, k);
    }
  if (cands == NULL)
    return;
  g_autofree guint8 *opens = g_new0 (guint8, MAX (scan->n_slots, 1));
  for (guint c = 0; c < cands->len; c++)
    opens[scan->slots[span_at (scan, g_array_index (cands, guint, c))->a]] = 1;
  g_autofree guint8 *lower = g_new0 (guint8, cands->len);
  for (guint i = 0; i < scan->words->len; i++)
    {
      const Word *w = word_at (scan, i);
      if (!opens[scan->slots[i]] || w->upper)
        continue;
      for (guint c = 0; c < cands->len; c++)
        {
          const Span *p = span_at (scan, g_array_index (cands, guint, c));
          guint n = p->b - p->a, k = 0;
          while (k < n && i + k < scan->words->len && !word_at (scan, i + k)->upper
                 && scan->slots[i + k] == scan->slots[p->a + k])
            k++;
          if (k == n)
            lower[c] = 1;
        }
    }
  /* Every mention of a run written in lowercase somewhere: the same words. */
  for (guint c = 0; c < cands->len; c++)
    {
      if (!lower[c])
        continue;
      const Span *model = span_at (scan, g_array_index (cands, guint, c));
      for (guint d = 0; d < cands->len; d++)
        {
          Span *p = span_at (scan, g_array_index (cands, guint, d));
          if (p->dropped || p->b - p->a != model->b - model->a)
            continue;
          gboolean same = TRUE;
          for (guint k = 0; k < p->b - p->a && same; k++)
            same = scan->slots[p->a + k] == scan->slots[model->a + k];
          if (!same)
            continue;
          p->dropped = TRUE;
          for (guint i = p->a; i < p->b; i++)
            word_at (scan, i)->span = -1;
        }
    }
  g_array_unref (cands);
}

/* Whether word @i is an ordinary word capitalised only as its
 * sentence's first ("Earlier", "Recent", "Released"): a lowercase
 * English word of english-words.tsv, no first name, no function word
 * ("The Washington Post"), no word of a title or of a body's name
 * (cues.tsv), no list's hint. */
static gboolean
ordinary_opener (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  if (!w->sentence_start || w->capitals || w->hint
      || (w->cue & (CUE_FUNCTION | CUE_ROLE | CUE_MODIFIER | CUE_HONORIFIC | CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_EVENT_HEAD | CUE_ORG_WORD)))
    return FALSE;
  guint flags = first_name_flags (scan, w);
  return (flags & NAME_WORD_ENGLISH) && !(flags & NAME_WORD_FIRST);
}

/* A person's name with its generational suffix ("Martin Luther King
 * Jnr", "Ken Griffey Snr"), which a title's word inside ("King") or
 * the tagger cut in pieces: one person, the suffix in.  The suffixes
 * are English's closed set of four, not knowledge a list would grow.
 * The run before it: two to four capitalised words, the first a first
 * name (first-names.tsv or person-names.tsv's first) or the tagger's
 * person's first word, or a town's name GeoNames lists only faintly,
 * being a person's name too (cities.tsv: "Martin"), no form of
 * address or function word, every word's name a person's or none. */
void
mend_suffixed_people (Scan *scan)
{
  static const char *const suffixes[] = { "jr", "jnr", "sr", "snr" };
  /* The tagger names the suffix (a person's or an organisation's last
   * word): the spans are read, not every word (reading the words cost
   * 0.6% of the stage's instructions). */
  for (guint s = 0; s < scan->spans->len; s++)
    {
      const Span *last = span_at (scan, s);
      guint i = last->b - 1;
      const Word *sfx = word_at (scan, i);
      if (last->dropped || i < 2 || !sfx->upper || sfx->sentence_start || sfx->end - sfx->start > 3
          || (sfx->key[0] != 'j' && sfx->key[0] != 's'))
        continue;
      gboolean is_suffix = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (suffixes) && !is_suffix; k++)
        is_suffix = strcmp (sfx->key, suffixes[k]) == 0;
      Span *own = span_at (scan, sfx->span);
      if (!is_suffix)
        continue;
      /* A name that ends in the suffix is a person's, whatever the
       * tagger called it, where it starts with a first name ("Arthur
       * Lee Bishop Jnr" read as an organisation by its title's word). */
      if (own && own->a + 2 <= i && own->b == i + 1 && strcmp (own->label, "PERSON") != 0
          && own->source != SOURCE_GAZETTEER
          && (first_name_flags (scan, word_at (scan, own->a))
              & NAME_WORD_FIRST))
        {
          own->label = "PERSON";
          own->place = FALSE;
          g_clear_pointer (&own->kb, g_free);
          g_clear_pointer (&own->country, g_free);
          continue;
        }
      if (own && (strcmp (own->label, "PERSON") != 0 || own->a != i))
        continue;
      guint a = i;
      while (a > 0 && i - a < 4)
        {
          const Word *w = word_at (scan, a - 1);
          const Span *q = span_at (scan, w->span);
          if (!w->upper || w->capitals || w->glued || (w->cue & (CUE_HONORIFIC | CUE_FUNCTION))
              || !g_ascii_isalpha (w->text[0]) || (q && strcmp (q->label, "PERSON") != 0))
            break;
          a--;
          if (w->sentence_start)
            break;
        }
      /* The run's first word a first name, else the run is shortened
       * from the left to one ("President Jimmy Carter Jr"). */
      while (a + 2 <= i)
        {
          const Word *f = word_at (scan, a);
          const Span *q = span_at (scan, f->span);
          gboolean first = (first_name_flags (scan, f) & NAME_WORD_FIRST)
                           || (f->hint && (strcmp (f->hint->hint, "FIRST") == 0 || f->hint->faint))
                           || (q && q->a == a && strcmp (q->label, "PERSON") == 0);
          if (first && !(f->cue & CUE_ROLE))
            break;
          a++;
        }
      if (a + 2 > i)
        continue;
      /* The spans inside (a person's pieces) give way; one reaching out
       * of the run (a longer person's name) keeps it. */
      gboolean out = FALSE;
      for (guint k = a; k <= i && !out; k++)
        {
          const Span *q = span_at (scan, word_at (scan, k)->span);
          out = q && (q->a < a || q->b > i + 1);
        }
      if (out)
        continue;
      drop_spans (scan, a, i + 1, NULL);
      Span *person = claim (scan, a, i + 1, "PERSON", SOURCE_RULE);
      if (person)
        person->canonical = words_text (scan, a, i + 1);
    }
}

/* Whether a name of one word of key slot @slot, another than span
 * @k, is in the document. */
static gboolean
alone_elsewhere (const Scan *scan, guint k, guint32 slot)
{
  for (guint o = 0; o < scan->spans->len; o++)
    {
      const Span *q = span_at (scan, o);
      if (o != k && !q->dropped && q->b - q->a == 1 && scan->slots[q->a] == slot)
        return TRUE;
    }
  return FALSE;
}

/* Cuts the rules' and the tagger's names glued to what is not theirs:
 * a year before a person's name ("In 2004 IBM said" read as a person
 * before a reporting verb; a count after one is kept: "Number 10"), and a sentence's ordinary
 * opening word (and "of the" after it) before a name of two words or
 * more the document writes
 * elsewhere within a sentence without it, and never with it ("Earlier
 * Bank of England figures" where "the Bank of England" is written too); an opener before a number alone is no name ("Released
 * 1 March").  A name so cut got its label with the glue: it gives no
 * vote (Span.glued), and a person's name cut to one word in capitals is
 * an acronym, an organisation's.  Before the links, so that no mention
 * is linked to the glued whole. */
void
mend_glued (Scan *scan)
{
  /* The names written within a sentence, made when a first opener is
   * met: most documents have none (made for every document, the table
   * cost 1% of the stage's instructions). */
  g_autoptr (GHashTable) names = NULL;
  trim_owner_adjectives (scan);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source == SOURCE_GAZETTEER || p->b - p->a < 2)
        continue;
      guint a = p->a, b = p->b;
      if (strcmp (p->label, "PERSON") == 0)
        {
          /* A year, not any number: "50 Cent" is a name. */
          while (b - a > 1 && is_bare_number (word_at (scan, a), 4) && word_at (scan, a)->end - word_at (scan, a)->start == 4)
            a++;
        }
      if (a == p->a && ordinary_opener (scan, a))
        {
          /* The name may come after lowercase joining words ("Critics
           * of the Trade Ministry"); two words at least left, and the
           * whole never written within a sentence: "Ask Jeeves", "Air
           * China", "Friends of the Earth" are names. */
          guint r = a + 1;
          while (r < b && !word_at (scan, r)->upper)
            r++;
          if (b - r >= 2)
            {
              /* Copies: a name cut below frees its canonical. */
              if (names == NULL)
                {
                  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
                  for (guint o = 0; o < scan->spans->len; o++)
                    {
                      const Span *q = span_at (scan, o);
                      if (!q->dropped && q->canonical && !word_at (scan, q->a)->sentence_start)
                        g_hash_table_add (names, g_strdup (q->canonical));
                    }
                }
              g_autofree char *rest = words_text (scan, r, b);
              g_autofree char *whole = words_text (scan, a, b);
              if (g_hash_table_contains (names, rest) && !g_hash_table_contains (names, whole))
                a = r;
            }
        }
      if (a == p->a && b == p->b)
        continue;
      for (guint i = p->a; i < p->b; i++)
        if (i < a || i >= b)
          word_at (scan, i)->span = -1;
      p->a = a, p->b = b;
      p->glued = TRUE;
      g_free (p->canonical), p->canonical = words_text (scan, a, b);
      const Word *only = word_at (scan, a);
      if (b - a == 1 && strcmp (p->label, "PERSON") == 0 && only->capitals && only->end - only->start >= 2
          && g_ascii_isalpha (only->text[0]) && g_ascii_isalpha (only->text[1]))
        p->label = "ORG";
    }
  /* An acronym glued to a person's full name after it, no punctuation
   * between ("told the BBC Michael Howard has"): two names, the
   * acronym's an organisation's, the first name (first-names.tsv or
   * person-names.tsv's first) and
   * surname a person's.  The acronym three capitals or more that the
   * lists know or the document names alone, no title ("MSP Karen Whitefield"): initials are a
   * name's own ("JP Morgan Chase", "RJ Reynolds", "H.D. Deve Gowda").
   * Not a longer tail ("IBM Thomas Watson Research Center"), nor a
   * tail with a cue word ("BBC World Service"). */
  guint n0 = scan->spans->len;
  for (guint k = 0; k < n0; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source == SOURCE_GAZETTEER || p->b - p->a < 3)
        continue;
      guint cut = p->b - 2, b = p->b;
      gboolean acronym = TRUE;
      for (guint i = p->a; i < cut && acronym; i++)
        {
          const Word *w = word_at (scan, i);
          acronym = w->capitals && w->end - w->start >= 3 && !w->cue
                    && (w->known.single || w->known.start || w->hint || alone_elsewhere (scan, k, scan->slots[i]));
          for (gsize c = 0; acronym && c < w->end - w->start; c++)
            acronym = g_ascii_isupper (w->text[c]);
        }
      const Word *first = word_at (scan, cut), *last = word_at (scan, cut + 1);
      /* ... nor a place's name the lists hint ("GTA San Andreas"). */
      if (!acronym || first->glued || first->capitals || !first->upper || first->cue || last->capitals
          || (first->hint && strcmp (first->hint->hint, "FIRST") != 0 && strcmp (first->hint->hint, "NAME") != 0)
          || !last->upper || last->cue || last->glued)
        continue;
      guint flags = first_name_flags (scan, first);
      if (!(flags & NAME_WORD_FIRST) && !(first->hint && strcmp (first->hint->hint, "FIRST") == 0))
        continue;
      p->b = cut;
      p->label = "ORG";
      g_free (p->canonical), p->canonical = words_text (scan, p->a, cut);
      for (guint i = cut; i < b; i++)
        word_at (scan, i)->span = -1;
      Span *person = claim (scan, cut, b, "PERSON", SOURCE_TAGGER); /* p may move: not read after */
      if (person)
        person->canonical = words_text (scan, cut, b);
    }
}

/* Whether word @i opens a capitalised run a name may go on with after
 * "on" or "of": a capitalised word within its sentence, not in
 * capitals, no function word (a weekday, a month: "the Committee on
 * Monday"), no title's word. */
gboolean
name_run_word (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return w->upper && !w->capitals && !w->sentence_start && !w->glued && g_ascii_isalpha (w->text[0])
         && !(w->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC));
}

/* A name cut before "on" or "of" and the capitalised words that are
 * still its own: "European Convention | on | Human Rights" (a body's or
 * an event's name, then "on" and English words: what it is about) and
 * "Club | of | Madrid" (a noun for a kind of body as its name, then "of"
 * and a place the lists know), or a body's head or word before "of"
 * and capitalised words no list's, no person's ("Coalition | of |
 * Upland Farmers": spans-joins.c's of_subject_end()).  One name, the
 * first piece's label.  Not after
 * a name that is no common noun ("Microsoft of Redmond"), nor before a
 * person or a product ("Halo 2 on Xbox Live": "2" is no English word),
 * nor a date ("on Monday"). */
void
mend_of_names (Scan *scan)
{
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b + 1 >= n || (strcmp (p->label, "ORG") != 0 && strcmp (p->label, "MISC") != 0))
        continue;
      const Word *conn = word_at (scan, p->b), *head = word_at (scan, p->b - 1);
      gboolean on = strcmp (conn->key, "on") == 0, of = strcmp (conn->key, "of") == 0;
      if ((!on && !of) || conn->upper || !name_run_word (scan, p->b + 1))
        continue;
      guint flags = first_name_flags (scan, head);
      gboolean common = head->upper && !head->capitals && (flags & NAME_WORD_ENGLISH) && !(flags & NAME_WORD_FIRST)
                        && !(head->cue & (CUE_ROLE | CUE_HONORIFIC | CUE_MODIFIER));
      guint end = p->b + 1;
      if (of)
        {
          /* One noun for a kind of body (cues.tsv org-noun, org-head:
           * not "City", "State", "Palace", "Duke" of a place, which are
           * the place or a title), then a place the lists know, whole. */
          const Span *place = span_at (scan, word_at (scan, end)->span);
          if (place && place->place && place->a == end)
            {
              if (p->b - p->a != 1 || !common || !(head->cue & (CUE_ORG_NOUN | CUE_ORG_HEAD))
                  || (place->b < n && name_run_word (scan, place->b)))
                continue;
              end = place->b;
            }
          else if ((end = of_subject_end (scan, p, n)) == 0)
            continue;
        }
      else
        {
          /* A head (cues.tsv org-head, event-head) or a common noun,
           * then one to four English words, no list's name among them. */
          if (!common && !(head->cue & (CUE_ORG_HEAD | CUE_EVENT_HEAD)))
            continue;
          gboolean english = TRUE;
          while (end < n && end < p->b + 5 && name_run_word (scan, end) && english)
            {
              const Word *w = word_at (scan, end);
              const Span *q = span_at (scan, w->span);
              guint f = first_name_flags (scan, w);
              english = (f & NAME_WORD_ENGLISH) && !(f & NAME_WORD_FIRST)
                        && (!q || (q->source != SOURCE_GAZETTEER && strcmp (q->label, "PERSON") != 0
                                   && q->a >= p->b + 1));
              end += english;
            }
          if (!english || (end < n && word_at (scan, end)->upper && !word_at (scan, end)->sentence_start))
            continue;
          /* Inner spans must end inside the run; a run ending in a
           * head is a name of its own, a place or a body ("Grand Slam
           * on Stadium Court"), and an event's inside is a date
           * ("on Boxing Day"). */
          const Span *q = span_at (scan, word_at (scan, end - 1)->span);
          if ((q && (q->b > end || strcmp (q->label, "MISC") == 0))
              || (word_at (scan, end - 1)->cue & (CUE_ORG_HEAD | CUE_LOC_HEAD | CUE_EVENT_HEAD)))
            continue;
        }
      drop_spans (scan, p->b, end, p);
      for (guint i = p->b; i < end; i++)
        word_at (scan, i)->span = (gint) k;
      p->b = end;
      p->place = FALSE;
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
    }
  mend_for_names (scan);
  mend_body_events (scan);
}

/* The label a name ending in @w takes from its head (cues.tsv): ORG
 * after an org-head or a body's word, LOC after a place's head, MISC
 * after an event's; NULL after none. */
static const char *
head_label (const Word *w)
{
  return w->cue & (CUE_ORG_HEAD | CUE_ORG_WORD) ? "ORG"
         : w->cue & CUE_LOC_HEAD               ? "LOC"
         : w->cue & CUE_EVENT_HEAD             ? "MISC"
                                               : NULL;
}

/* Whether @w, before the possessive @pos, is a class of people in the
 * plural, a kind of person of person-nouns.tsv: "Farmers'", "Actors'"
 * (the plural's possessive after "s"), "Women's", "Sportsmen's" (WordNet's
 * own rule for the plural in "men"). */
static gboolean
people_plural (const Scan *scan, const Word *w, const Word *pos)
{
  gsize n = strlen (w->key);
  char stem[64];
  if (n < 4 || n >= sizeof stem)
    return FALSE;
  memcpy (stem, w->key, n + 1);
  if (pos->key[1] == '\0' && stem[n - 1] == 's')
    stem[n - 1] = '\0';
  else if (pos->key[1] == 's' && g_str_has_suffix (stem, "men"))
    stem[n - 2] = 'a';
  else
    return FALSE;
  if (word_map_get (scan->e->first_names, stem, word_hash (stem, strlen (stem))) & NAME_WORD_PERSON_NOUN)
    return TRUE;
  /* A compound whose last part is the kind of person ("Sportswriters'",
   * "Housebuilders'"): person-nouns.tsv holds the part, not the whole. */
  gsize m = strlen (stem);
  for (gsize k = 3; k + 4 <= m; k++)
    if (word_map_get (scan->e->first_names, stem + k, word_hash (stem + k, m - k)) & NAME_WORD_PERSON_NOUN)
      return m - k >= 5;
  return FALSE;
}

/* Whether the words [a, b) before the possessive at @b may open a
 * longer name rather than own what follows: a saint ("St Mary" of "St
 * Mary's Hospital", cues.tsv's saint), or a class of people, alone or
 * after one or two capitalised English words, opening a run ("the
 * Farmers' Union", "the Women's Institute", "the Professional
 * Footballers' Association").  Not a place, a company or a person ("Britain's Football
 * Association", "Climax's Action studio", "Tony Blair's Labour Party",
 * "Keane's Hope and Fears" are two names). */
static gboolean
possessive_opens (const Scan *scan, guint a, guint b, const Span *p)
{
  const Word *w = word_at (scan, a);
  if (!w->upper || w->capitals || (a > 0 && word_at (scan, a - 1)->upper && !word_at (scan, a - 1)->sentence_start))
    return FALSE;
  /* A club named for its saint owns its ground ("St Mirren's Paisley
   * Stadium", clubs.tsv). */
  if (b - a == 2 && (w->cue & CUE_SAINT))
    return name_run_word (scan, a + 1) && !club_listed (scan, a, b);
  /* A class of people, alone or after one or two capitalised English
   * words of the tagger's name ("the Professional Footballers'
   * Association"); not after a first name ("Tony Farmers'"). */
  for (guint k = a; k + 1 < b; k++)
    {
      const Word *x = word_at (scan, k);
      guint f = first_name_flags (scan, x);
      if (k > a && !name_run_word (scan, k))
        return FALSE;
      /* ... or a place's name first ("the Glasgow Teachers' Union"). */
      gboolean place = k == a && x->known.single && (strcmp (x->known.single->label, "GPE") == 0 || x->known.single->place);
      if (!place && (!(f & NAME_WORD_ENGLISH) || (f & NAME_WORD_FIRST)))
        return FALSE;
    }
  const Word *last = word_at (scan, b - 1);
  return b - a <= 3 && !last->known.single && people_plural (scan, last, word_at (scan, b))
         && (!p || (p->source != SOURCE_GAZETTEER && strcmp (p->label, "PERSON") != 0 && strcmp (p->label, "GPE") != 0
                    && strcmp (p->label, "NORP") != 0));
}

/* A name cut at a possessive inside it: "St Mary | 's | Hospital",
 * "Farmers | ' | Union", "Critics | ' | Circle Awards".  Where the words
 * before the possessive may open a name (possessive_opens()) and one to
 * four capitalised English words after it end in a head (cues.tsv
 * org-head, org-word, loc-head, event-head), no list's name or person
 * among them and no capitalised word after them, the whole is one name
 * and the head gives its label. */
void
mend_possessive_names (Scan *scan)
{
  guint n = scan->words->len;
  for (guint i = 1; i + 1 < n; i++)
    {
      const Word *pos = word_at (scan, i);
      if (!is_possessive (pos) || !name_run_word (scan, i + 1))
        continue;
      Span *p = span_at (scan, word_at (scan, i - 1)->span);
      if (p && (p->dropped || p->b != i))
        continue;
      guint a = p ? p->a : i - 1;
      if (!possessive_opens (scan, a, i, p))
        continue;
      guint end = i + 1;
      gboolean english = TRUE;
      while (english && end < n && end < i + 5 && name_run_word (scan, end))
        {
          const Word *w = word_at (scan, end);
          const Span *q = span_at (scan, w->span);
          guint f = first_name_flags (scan, w);
          /* A head is English whatever the (American) word list says:
           * "Centre"; the tagger's person of one head word is no person
           * ("the Writers' Guild" read as Writers ORG, Guild PERSON). */
          english = ((f & NAME_WORD_ENGLISH) || head_label (w)) && !(f & NAME_WORD_FIRST)
                    && (!q || (q->source != SOURCE_GAZETTEER && q->a > i
                               && (strcmp (q->label, "PERSON") != 0 || (head_label (w) && q->b - q->a == 1))));
          end += english;
        }
      const char *label = head_label (word_at (scan, end - 1));
      if (!english || end == i + 1 || !label || (end < n && word_at (scan, end)->upper && !word_at (scan, end)->sentence_start))
        continue;
      const Span *last = span_at (scan, word_at (scan, end - 1)->span);
      if (last && last->b > end)
        continue;
      drop_spans (scan, i, end, p);
      if (!p)
        {
          p = claim (scan, a, end, label, SOURCE_RULE);
          if (!p)
            continue;
        }
      else
        {
          for (guint k = i; k < end; k++)
            word_at (scan, k)->span = word_at (scan, a)->span;
          p->b = end;
          p->label = label;
          p->place = FALSE;
          g_clear_pointer (&p->kb, g_free);
          g_clear_pointer (&p->country, g_free);
        }
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
      i = end - 1;
    }
}

/* A city the lists claim, cut from a longer place they list that starts
 * with it ("Miami" of "Miami Beach", a town GeoNames lists faintly: the
 * list's longest claim won the words): the longer place, where its
 * further words are capitalised within the sentence and no capitalised
 * word follows it ("Miami Beach police"; not "Miami Beach Club").  A
 * longer place starting with a claimed city's name is that place: no
 * club or firm is listed as one. */
void
mend_longer_places (Scan *scan)
{
  enum { MAX_WORDS = 6 };
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_GAZETTEER || !p->place || strcmp (p->label, "GPE") != 0 || p->b >= n
          || !name_run_word (scan, p->b))
        continue;
      const char *keys[MAX_WORDS];
      gboolean glued[MAX_WORDS], capitals[MAX_WORDS];
      guint m = 0;
      for (guint i = p->a; i < n && m < MAX_WORDS && (i == p->a || !word_at (scan, i)->sentence_start); i++, m++)
        {
          keys[m] = word_at (scan, i)->key;
          glued[m] = word_at (scan, i)->glued;
          capitals[m] = word_at (scan, i)->capitals;
        }
      const GazetteerEntry *entry = NULL;
      guint len = gazetteer_match (scan->e->gazetteer, keys, glued, capitals, 0, m, FALSE, &entry);
      if (len <= p->b - p->a || entry == NULL || !entry->place || strcmp (entry->label, "GPE") != 0)
        continue;
      guint end = p->a + len;
      gboolean whole = end >= n || !word_at (scan, end)->upper || word_at (scan, end)->sentence_start;
      for (guint i = p->b; i < end && whole; i++)
        {
          const Span *q = span_at (scan, word_at (scan, i)->span);
          whole = name_run_word (scan, i) && (!q || (q->source != SOURCE_GAZETTEER && q->a >= p->b && q->b <= end));
        }
      if (!whole)
        continue;
      drop_spans (scan, p->b, end, NULL);
      for (guint i = p->b; i < end; i++)
        word_at (scan, i)->span = (gint) k;
      p->b = end;
      g_free (p->canonical), p->canonical = g_strdup (entry->canonical);
      g_free (p->kb), p->kb = g_strdup (entry->kb);
      g_free (p->country), p->country = g_strdup (entry->country);
    }
}

/* Grows the organisation @p to words [@a, @b), the words it takes
 * unclaimed or another span's, dropped. */
static void
grow_span (Scan *scan, guint k, guint a, guint b)
{
  Span *p = span_at (scan, k);
  if (a < p->a)
    drop_spans (scan, a, p->a, p);
  if (b > p->b)
    drop_spans (scan, p->b, b, p);
  p = span_at (scan, k);
  p->a = a;
  p->b = b;
  for (guint i = a; i < b; i++)
    word_at (scan, i)->span = (gint) k;
  p->place = FALSE;
  g_clear_pointer (&p->kb, g_free);
  g_clear_pointer (&p->country, g_free);
  g_free (p->canonical), p->canonical = words_text (scan, a, b);
}

/* Whether word @i is "the" or a possessive: what stands before a
 * paper's name ("the Sunday Times", "Britain's Sunday Times"). */
static gboolean
article_before (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return (strcmp (w->key, "the") == 0 && !w->glued) || is_possessive (w);
}

/* Whether word @i is a lowercase English word written with a capital,
 * as most papers' names are ("Times", "Mirror", "Mail"), where a
 * person's or a firm's is not ("Blair", "BBC"). */
static gboolean
common_word (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  guint f = first_name_flags (scan, w);
  return w->upper && !w->capitals && (f & NAME_WORD_ENGLISH) && !(f & NAME_WORD_FIRST);
}

/* A newspaper whose title holds a day (cues.tsv kind weekday): the
 * tagger takes the day for a date and keeps the rest ("Times",
 * "Telegraph").  After "the" or a possessive, a capitalised day, no
 * span's, right before an organisation of common words (common_word())
 * ending in a newspaper's title word (kind press-title) is that
 * paper's ("the Sunday Times", "the Sunday Telegraph"); "on Sunday,
 * Times readers" has no article before the day, and "the Friday Senate
 * vote", "the Sunday Arsenal won" and "the Sunday Blair flew" no
 * paper's name after it.  After "the" and such a name the tagger found,
 * whatever its label, "on" and a day are the paper's only where a
 * publication's noun (kind org-after) follows the day ("the
 * Independent on Sunday newspaper"), and the whole is an organisation:
 * "told the Guardian on Sunday" is a date, and a possessive after the
 * day tells nothing ("the Times on Sunday's programme" is a date's
 * programme as often as "the Mail on Sunday's editor" is a paper's). */
void
mend_press_days (Scan *scan)
{
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || p->source > SOURCE_RULE || !common_word (scan, p->a))
        continue;
      const Word *title = word_at (scan, p->b - 1);
      if (!(cue_map_rules (scan->e->cues, title->key, title->hash) & CUE_PRESS_TITLE))
        continue;
      guint a = p->a, b = p->b;
      gboolean org = strcmp (p->label, "ORG") == 0;
      if (a >= 2 && org)
        {
          const Word *day = word_at (scan, a - 1);
          if ((day->cue & CUE_WEEKDAY) && day->upper && !day->capitals && day->span < 0 && !word_at (scan, a)->glued
              && article_before (scan, a - 2))
            a--;
        }
      if (b + 2 < n && a >= 1 && article_before (scan, a - 1) && strcmp (word_at (scan, b)->key, "on") == 0)
        {
          const Word *day = word_at (scan, b + 1), *after = word_at (scan, b + 2);
          if ((day->cue & CUE_WEEKDAY) && day->upper && !day->capitals && day->span < 0
              && (after->cue & CUE_ORG_AFTER) && !after->upper)
            b += 2;
        }
      if (a == p->a && b == p->b)
        continue;
      grow_span (scan, k, a, b);
      span_at (scan, k)->label = "ORG";
    }
}

/* Where a part of an enumerated name starting at word @i ends: one to
 * three capitalised English words within the sentence, none a first
 * name, none a listed name's or a person's, none a head of its own
 * (an org-head or loc-head word ends a body's or a place's name:
 * "Office"), none what names a body (org-word: "Navy", "Air Force");
 * @i itself when there is none. */
static guint
enumerated_part (const Scan *scan, guint i)
{
  guint n = scan->words->len, end = i;
  while (end < n && end < i + 3 && name_run_word (scan, end))
    {
      const Word *w = word_at (scan, end);
      const Span *q = span_at (scan, w->span);
      guint f = first_name_flags (scan, w);
      if (!(f & NAME_WORD_ENGLISH) || (f & NAME_WORD_FIRST)
          || (w->cue & (CUE_ORG_HEAD | CUE_ORG_WORD | CUE_LOC_HEAD | CUE_EVENT_HEAD))
          || (q && (q->source == SOURCE_GAZETTEER || q->place || strcmp (q->label, "PERSON") == 0)))
        return i;
      end++;
    }
  if (end < n && name_run_word (scan, end))
    return i; /* runs on past three words: not a part */
  return end;
}

/* A body's name that enumerates what it is for, cut at its commas and
 * "and": "Department for Culture | Media | Sport", "Department for
 * Environment, Food and Rural Affairs".  An organisation opening with
 * an org-head and "for", "of" or "on" ("Department for Culture"), then
 * one or more parts after commas and a last part after "and", each part
 * capitalised English words (enumerated_part()), is one name.  The
 * list's shape is the evidence: "A, B and C" after a head is what the
 * body covers, where "Department of Health and Tony Blair", "Sony and
 * Microsoft" or "France, Germany and Italy" name two or three (a head
 * opens none of those, or a part is a first name, no English word or a
 * listed name), nor "the Ministry of Health, Army and Navy chiefs" (a
 * noun after the list). */
void
mend_enumerated_names (Scan *scan)
{
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || strcmp (p->label, "ORG") != 0 || p->b - p->a < 3 || p->b + 3 >= n)
        continue;
      const Word *head = word_at (scan, p->a), *conn = word_at (scan, p->a + 1);
      if (!(head->cue & CUE_ORG_HEAD) || head->capitals
          || (strcmp (conn->key, "for") != 0 && strcmp (conn->key, "of") != 0 && strcmp (conn->key, "on") != 0))
        continue;
      guint end = p->b, commas = 0;
      gboolean closed = FALSE;
      while (end + 1 < n && !closed)
        {
          const Word *sep = word_at (scan, end);
          gboolean comma = strcmp (sep->text, ",") == 0, and = strcmp (sep->key, "and") == 0 && !sep->upper;
          if (!comma && !and)
            break;
          guint part = enumerated_part (scan, end + 1);
          if (part == end + 1)
            break;
          commas += comma;
          end = part;
          closed = and;
        }
      if (!closed || commas == 0)
        continue;
      /* A lowercase word after the list that is no verb or function
       * word is a noun it modifies: "the Ministry of Health, Army and
       * Navy chiefs" names three bodies. */
      const Word *next = end < n ? word_at (scan, end) : NULL;
      if (next && !next->upper && g_ascii_isalpha (next->text[0]) && !is_possessive (next)
          && !(next->cue & (CUE_VERB | CUE_NAME_VERB | CUE_FUNCTION | CUE_CONNECTOR | CUE_TIME | CUE_TITLE_WORD)))
        continue;
      grow_span (scan, k, p->a, end);
    }
}

/* event-nouns.tsv's phrases, folded as the stage keys words, a glued
 * word (the possessive's "'s", a hyphen's halves) joined with no space:
 * a set of them. */
GHashTable *
event_nouns_load (const char *data_dir, guint64 *first_bits, GError **error)
{
  static const char shape[] = "PHRASE<TAB>SOURCE";
  g_autofree char *path = g_build_filename (data_dir, "event-nouns.tsv", NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  GHashTable *nouns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 2, 2, shape, error))
        goto fail;
      const char *wrong = *row->fields[0] == '\0'   ? "an empty phrase"
                          : *row->fields[1] == '\0' ? "an empty source"
                          : strstr (row->fields[0], "  ") ? "two spaces in a row"
                                                           : NULL;
      if (wrong)
        {
          assay_data_row_set_error (error, table, row, "%s; write %s", wrong, shape);
          goto fail;
        }
      char *key = assay_text_fold (row->fields[0], -1);
      /* The first word as the tokeniser may cut it: to a space, or to a
       * hyphen or an apostrophe ("pre-budget", "queen's"). */
      gsize space = strcspn (key, " "), cut = strcspn (key, " -'");
      *first_bits |= G_GUINT64_CONSTANT (1) << (word_hash (key, space) & 63);
      *first_bits |= G_GUINT64_CONSTANT (1) << (word_hash (key, cut) & 63);
      g_hash_table_add (nouns, key);
    }
  return nouns;
fail:
  g_hash_table_unref (nouns);
  return NULL;
}

/* A name whose words are exactly an occasion's, a paper's or a body of
 * office-holders' (event-nouns.tsv: "the Budget", "the General
 * Election", "a White Paper", "Cabinet ministers") is no name, whatever
 * the tagger called it: CoNLL writes them so.  Not a work's title ("the
 * film Election") nor a name the words around it made an organisation
 * ("the think tank Spending Review").  Per span, a bit of the rows'
 * first words' hashes, a capital and a length of one to four words
 * before the folded text is built. */
void
drop_event_nouns (Scan *scan)
{
  GHashTable *nouns = scan->e->event_nouns;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *first = word_at (scan, p->a);
      if (!(scan->e->event_first_bits & (G_GUINT64_CONSTANT (1) << (first->hash & 63))) || p->dropped || p->work
          || p->cued || p->b - p->a > 4 || !first->upper || first->capitals)
        continue;
      char key[96];
      gsize at = 0;
      for (guint i = p->a; i < p->b; i++)
        {
          const Word *w = word_at (scan, i);
          gsize len = strlen (w->key);
          if (at + len + 2 > sizeof key)
            {
              at = 0;
              break;
            }
          if (i > p->a && !w->glued)
            key[at++] = ' ';
          memcpy (key + at, w->key, len);
          at += len;
        }
      if (at == 0)
        continue;
      key[at] = '\0';
      if (g_hash_table_contains (nouns, key))
        {
          p->dropped = TRUE;
          for (guint i = p->a; i < p->b; i++)
            if (word_at (scan, i)->span == (gint) k)
              word_at (scan, i)->span = -1;
        }
    }
}
