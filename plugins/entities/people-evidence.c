/* people-evidence.c: a person's name the tagger labelled an organisation
 * or a work, mended by what the sentence says of it.  mend_first_names()
 * (people.c) takes the tagger's two-word names whose words no list hints
 * as anything but a person's; a tagger trained with word clusters labels
 * more people so whose first name or surname is a town's or a firm's
 * too ("Adelaide", "Hamilton"), or whose first name is an adjective of a
 * people as well ("Roman"): for those the lists' hints say nothing
 * either way, and the sentence must. */

#include "entities.h"

#include <string.h>

/* Whether @w opens with a letter: an ASCII byte answers without
 * decoding ("Zoe", not "'Zoe", "3M"). */
static inline gboolean
letter_first (const Word *w)
{
  guchar c = (guchar) w->text[0];
  return c < 0x80 ? g_ascii_isalpha (c) : g_unichar_isalpha (g_utf8_get_char (w->text));
}

/* Whether @w may stand in a person's name after its first word: a
 * capitalised word of letters, no cue word, not glued, not one English
 * writes in lowercase ("Lynch", "Camp", "Orient": "Merrill Lynch",
 * "Nou Camp", "Leyton Orient"). */
static gboolean
surname_word (const Scan *scan, const Word *w)
{
  return w->upper && !w->capitals && !w->glued && w->cue == 0 && letter_first (w)
         && !(first_name_flags (scan, w) & NAME_WORD_ENGLISH);
}

/* Whether @key is a word only a person is said to do or be right after
 * the name ("X said", "X, who", "X told"), a body being said to as often
 * but never "aged". */
static gboolean
person_verb (const char *key)
{
  static const char *const verbs[] = { "said", "says", "told", "aged", "who", NULL };
  return g_strv_contains (verbs, key);
}

/* The first personal pronoun after the name [a, b) in its sentence,
 * before any person: 1 a person's ("X sold his stake", "X won the
 * prize for her novel"), -1 a thing's ("X said its profits rose": a
 * firm named after its founder), 0 none.  The first only: a second
 * refers to someone named between as often. */
static int
pronoun_after (const Scan *scan, guint b, guint we)
{
  static const char *const people[] = { "he", "she", "his", "her", "him", "himself", "herself", NULL };
  static const char *const things[] = { "it", "its", "itself", NULL };
  for (guint k = b; k < we; k++)
    {
      const Word *w = word_at (scan, k);
      if (w->upper)
        {
          const Span *q = span_at (scan, w->span);
          if (q && strcmp (q->label, "PERSON") == 0)
            return 0;
          continue;
        }
      /* A first-byte gate: every pronoun opens with h, s or i. */
      char c = w->key[0];
      if ((c == 'h' || c == 's') && g_strv_contains (people, w->key))
        return 1;
      if (c == 'i' && g_strv_contains (things, w->key))
        return -1;
    }
  return 0;
}

/* Whether @w is an article (capitalised only at a sentence's start),
 * which a person's name is not written after. */
static gboolean
determiner (const Word *w)
{
  static const char *const articles[] = { "the", "a", "an", NULL };
  return (!w->upper || w->sentence_start) && (w->cue & CUE_FUNCTION) && g_strv_contains (articles, w->key);
}

/* Whether an article stands before word @i, with at most two lowercase
 * words or marks between ("the daily X", "the loss-making X"; not "a
 * mistake in taking X"). */
static gboolean
after_article (const Scan *scan, guint ws, guint i)
{
  for (guint k = i; k > ws && k + 3 > i; k--)
    {
      const Word *w = word_at (scan, k - 1);
      if (determiner (w))
        return TRUE;
      if (w->upper)
        return FALSE;
    }
  return FALSE;
}

/* Whether the tagger's organisation or work @s, two or three words of
 * [ws, we), is a person by its words and what the sentence says of it. */
G_GNUC_NO_INLINE static gboolean
evidenced_person (const Scan *scan, const Span *s, guint ws, guint we)
{
  guint i = s->a;
  const Word *after = s->b < we ? word_at (scan, s->b) : NULL;
  const Word *before = i > ws ? word_at (scan, i - 1) : NULL;
  /* Not where a capitalised word follows: "Harlan Hamilton Hall",
   * "Elena Park Road" name something after the person. */
  if (after && after->upper && !after->sentence_start)
    return FALSE;
  const Word *first = word_at (scan, i);
  if (!first->upper || first->capitals || first->cue != 0 || !letter_first (first))
    return FALSE;
  /* Two words, or three with a middle initial between ("Lyndon B
   * Johnson").  The initial alone is no evidence: the tagger's whole
   * name over one is a firm named after its founder as often
   * ("Robert W. Baird", mend_initialled_people()). */
  if (s->b - i == 3 && !middle_initial (scan, first, word_at (scan, i + 1)))
    return FALSE;
  if (!surname_word (scan, word_at (scan, s->b - 1)) || !any_first_name (scan, first))
    return FALSE;
  /* Not a title in quotes ("Ren A Ren", a book). */
  if (before && (before->text[0] == '"' || g_str_has_prefix (before->text, "\u201c")))
    return FALSE;
  gboolean role = before && !before->upper && (before->cue & (CUE_ROLE | CUE_PLAYER));
  gboolean context = role || (after && !after->upper && person_verb (after->key));
  /* The sentence's evidence after the name's shape and its first
   * name: the pronoun's search reads the rest of the sentence. */
  int pronoun = pronoun_after (scan, s->b, we);
  if (!(pronoun > 0 || (context && pronoun == 0)))
    return FALSE;
  /* An article before the name, or before its lowercase modifier,
   * makes it a thing's ("the daily La Corse", "the loss-making
   * Christian Lacroix house"), but for a person's role between ("the
   * designer Christian Lacroix"). */
  if (!role && after_article (scan, ws, i))
    return FALSE;
  /* A firm named after its founder ("Arthur D Little", "Calvin
   * Klein") is the lists' company. */
  return !name_listed (scan->e->companies, scan, s->a, s->b);
}

/* The sentence's spans, from @first_span on, not its words: a few a
 * sentence, and the span's own fields settle most; the words and the
 * lists are read in evidenced_person(), out of line: the loop runs for
 * every sentence, its candidates are one in several hundred spans. */
void
mend_evidenced_people (Scan *scan, guint first_span, guint ws, guint we)
{
  /* Nothing here adds a span: the array stays where it is. */
  Span *spans = (Span *) (gpointer) scan->spans->data;
  for (guint k = first_span, n = scan->spans->len; k < n; k++)
    {
      Span *s = &spans[k];
      if (s->source != SOURCE_TAGGER || s->b - s->a - 2 > 1u || s->dropped || s->work || s->cued || s->listed
          || (strcmp (s->label, "ORG") != 0 && strcmp (s->label, "MISC") != 0) || s->a < ws || s->b > we
          || word_at (scan, s->a)->span != (gint) k || !evidenced_person (scan, s, ws, we))
        continue;
      span_set_label (s, "PERSON");
    }
}

/* Whether @w, a word with no name of its own, may join a person's name
 * beside it: capitalised, of letters, not in capitals, no cue word, not
 * glued, and no list's name but a person's. */
static gboolean
loose_name_word (const Word *w)
{
  const GazetteerEntry *alone = w->known.single;
  return w->span < 0 && w->upper && !w->capitals && !w->glued && w->cue == 0
         && letter_first (w) && (!w->hint || strcmp (w->hint->label, "PERSON") == 0)
         && (!alone || strcmp (alone->label, "PERSON") == 0);
}

void
mend_cut_people (Scan *scan, guint first_span, guint ws, guint we)
{
  /* The sentence's spans, not its words, as mend_evidenced_people(). */
  Span *spans = (Span *) (gpointer) scan->spans->data;
  for (guint k = first_span, n = scan->spans->len; k < n; k++)
    {
      Span *s = &spans[k];
      gint index = (gint) k;
      guint i = s->a;
      if (s->source != SOURCE_TAGGER || s->b != i + 1 || s->dropped || i < ws || s->b > we
          || strcmp (s->label, "PERSON") != 0 || word_at (scan, i)->span != index)
        continue;
      /* A listed first name the tagger left out before a one-word
       * surname ("Elton" + "John" PERSON), no capitalised word before
       * it inside the sentence (a longer name nobody found); at a
       * sentence's start not an English word, capitalised by its place
       * ("Early", "Young"). */
      Word *prev = i > ws ? word_at (scan, i - 1) : NULL;
      if (prev && loose_name_word (prev) && any_first_name (scan, prev)
          && !(prev->sentence_start && (first_name_flags (scan, prev) & NAME_WORD_ENGLISH))
          && (i - 1 == ws || prev->sentence_start || !word_at (scan, i - 2)->upper))
        {
          prev->span = index;
          s->a = i - 1;
        }
      /* A one-word first name and the capitalised word after it inside
       * the sentence, with no capitalised word after that ("met Anna"
       * PERSON + "Price"): English words too, capitalised mid-sentence,
       * but the first name no English word ("Joy", "My": a band's or a
       * song's first word the tagger read a person). */
      else if (i + 1 < we && loose_name_word (word_at (scan, i + 1)) && !word_at (scan, i + 1)->sentence_start
               && any_first_name (scan, word_at (scan, i))
               && !(first_name_flags (scan, word_at (scan, i)) & NAME_WORD_ENGLISH)
               && (i + 2 >= we || !word_at (scan, i + 2)->upper))
        {
          word_at (scan, i + 1)->span = index;
          s->b = i + 2;
        }
      else
        continue;
      g_free (s->canonical), s->canonical = words_text (scan, s->a, s->b);
    }
}
