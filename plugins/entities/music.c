/* music.c: bands, record labels and performers by what music stories
 * write around them (issue 24).  The tagger, trained on CoNLL-2003's
 * newswire of 1996, knows few bands or stage names: a one-word band
 * ("Keane", "Busted") is a person or a place to it, a label ("the Mute
 * label") a thing, a rapper ("DMX") an organisation.  CoNLL's guidelines
 * make bands and labels organisations, performers people.  No open list
 * of bands, labels or artists is in the registries reachable here (npm's
 * and PyPI's hold only MusicBrainz clients), so the evidence is the
 * sentence: a musician's noun between a band and its player, a star's
 * or a musician's noun before a name, a label's noun after its name, a
 * list after "bands".  Organisations go through org_by_cue(), which
 * keeps a person's full name the tagger found; organisations and people
 * so found decide their other mentions' vote (links.c,
 * spread_cued_orgs()). */
#include "entities.h"

#include <string.h>

/* Whether the name at word @a opens with a first name (first-names.tsv,
 * or a name the lists hint as one), or (@surnames) with any word the
 * lists hint as a person's: "Madonna guitarist", "Springsteen guitarist
 * Nils Lofgren" (his backing band's), "bands including Tom Jones" name
 * people.  In a list of bands a surname alone is a band's ("Keane",
 * "Travis"). */
static gboolean
first_named (const Scan *scan, guint a, gboolean surnames)
{
  const Word *w = word_at (scan, a);
  return (first_name_flags (scan, w) & NAME_WORD_FIRST)
         || (w->hint && w->hint->hint && strcmp (w->hint->hint, "FIRST") == 0)
         || (surnames && w->hint && strcmp (w->hint->label, "PERSON") == 0);
}

/* Whether a word of [a, b) ends an event's name ("Eurovision Song
 * Contest"). */
static gboolean
run_has_event_head (const Scan *scan, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    if (word_at (scan, k)->cue & CUE_EVENT_HEAD)
      return TRUE;
  return FALSE;
}

static gboolean is_comma (const Scan *scan, guint i);
static gboolean is_hyphen (const Scan *scan, guint i);

/* The first word of the name that ends right before word @i, or @i
 * where there is none that may be a band's or a label's: the tagger's
 * span ending there, else up to three capitalised words
 * with no span.  Not a place, a nationality or a group the lists know
 * ("Welsh singer", "Liverpool guitarist"), nor a work or a product a
 * rule found ("Xbox frontman J. Allard"), nor a sentence's
 * first word that is an English word ("Jazz singer Cleo Laine"), nor
 * one glued to a quote mark ("the 'Explicit' label"). */
static guint
name_before (const Scan *scan, guint ws, guint i)
{
  if (i <= ws || !is_name_word (word_at (scan, i - 1)) || word_at (scan, i - 1)->glued)
    return i;
  const Span *held = span_at (scan, word_at (scan, i - 1)->span);
  guint a = i - 1;
  if (held)
    {
      if (held->dropped || held->b != i || held->place || held->listed || held->work || held->source != SOURCE_TAGGER
          || strcmp (held->label, "NORP") == 0 || strcmp (held->label, "GPE") == 0)
        return i;
      a = held->a;
    }
  else
    {
      while (a > ws && a + 3 > i && is_name_word (word_at (scan, a - 1)) && word_at (scan, a - 1)->span < 0
             && !word_at (scan, a)->glued && !(word_at (scan, a - 1)->cue & (CUE_MODIFIER | CUE_ROLE | CUE_FUNCTION)))
        a--;
      /* "Blazin' Squad singer": the run goes on before its apostrophe,
       * where this does not read; "Eurovision Song Contest singer": on
       * into the tagger's name; an event's name is none of a band's. */
      if (a > ws && word_at (scan, a)->glued == FALSE && word_at (scan, a - 1)->glued
          && scan->text[word_at (scan, a - 1)->start] == '\'')
        return i;
      if ((a > ws && word_at (scan, a - 1)->upper && word_at (scan, a - 1)->span >= 0) || run_has_event_head (scan, a, i))
        return i;
    }
  /* Words only, in one sentence: not "on 26 November singer Brian
   * Harvey", nor the tagger's "Jay-Z. Soul singer" across a full stop;
   * a hyphen glued between two words is the name's ("Kool-A-Vision"). */
  for (guint k = a; k < i; k++)
    {
      const Word *v = word_at (scan, k);
      if (k > a && k + 1 < i && is_hyphen (scan, k) && word_at (scan, k + 1)->glued)
        continue;
      if ((v->cue & CUE_FUNCTION) || (k > a && v->sentence_start) || !g_unichar_isalpha (g_utf8_get_char (v->text))
          || (k + 1 < i && v->end < word_at (scan, k + 1)->start && scan->text[v->end - 1] == '.'))
        return i;
    }
  const Word *first = word_at (scan, a);
  if ((first->cue & (CUE_GROUP | CUE_ROLE | CUE_HONORIFIC | CUE_MODIFIER))
      || (first->sentence_start && (first_name_flags (scan, first) & NAME_WORD_ENGLISH)))
    return i;
  /* A name opening with a person's is a person's, unless a word after
   * its first is an English word: "Joy Division", "Stone Roses" are
   * bands, "Bruce Springsteen" is not. */
  gboolean english = FALSE;
  for (guint k = a + 1; k < i && !english; k++)
    english = (first_name_flags (scan, word_at (scan, k)) & NAME_WORD_ENGLISH) != 0;
  if (first_named (scan, a, TRUE) && !english)
    return i;
  return a;
}

/* Whether the name [a, b) before a possessive and a band's player
 * ("X's drummer Tom Pike") may be the band: one word no list or
 * first-names.tsv gives a person ("Madonna's guitarist", "Bono's"), nor
 * the surname of a person the document named in full before ("Amy
 * Castell ... Castell's guitarist"); a solo singer has players too, so
 * a longer name is the tagger's. */
enum { SURNAME_REACH = 512 };

static gboolean
possessive_band (const Scan *scan, guint a, guint b)
{
  const Word *w = word_at (scan, a);
  const GazetteerEntry *e = w->known.single ? w->known.single : w->hint;
  if (b - a != 1 || (first_name_flags (scan, w) & NAME_WORD_FIRST)
      || (e && strcmp (e->label, "PERSON") == 0)
      || (a > 0 && (word_at (scan, a - 1)->cue & (CUE_HONORIFIC | CUE_ROLE | CUE_MUSICIAN))))
    return FALSE;
  /* The last SURNAME_REACH spans only, as companies.c's
   * surname_named(): all of them at every possessive is quadratic in a
   * document of thousands of them. */
  guint from = scan->spans->len > SURNAME_REACH ? scan->spans->len - SURNAME_REACH : 0;
  for (guint k = from; k < scan->spans->len; k++)
    {
      const Span *q = span_at (scan, k);
      if (!q->dropped && q->b <= a && q->b - q->a >= 2 && strcmp (q->label, "PERSON") == 0
          && scan->slots[q->b - 1] == scan->slots[a])
        return FALSE;
    }
  return TRUE;
}

/* "Oasis guitarist Gem Archer", "Former Busted singer Charlie Simpson":
 * a band's player (cues.tsv kind musician) between two names; the
 * one before is the band, and so before its possessive where it is one
 * word no person's (possessive_band(): "X's drummer Tom Pike", "X's
 * lead singer Tom Pike").  A name of one word the tagger called a thing
 * stays where the player is a person-noun too ("Eurovision singer
 * Ruslana", "R&B singer Usher": a contest's, a genre's), and so does an
 * event's ("Eurovision Song Contest singer"); "frontman" is a band's
 * alone.  Returns the band's first word, or @i where there is none. */
static guint
band_before (const Scan *scan, guint ws, guint we, guint i)
{
  const Word *noun = word_at (scan, i);
  if (noun->upper || i + 1 >= we || !is_name_word (word_at (scan, i + 1)) || word_at (scan, i + 1)->glued)
    return i;
  guint end = i;
  if (i >= ws + 2 && is_possessive (word_at (scan, i - 1)))
    end = i - 1; /* "X's drummer Tom Pike" */
  else if (i >= ws + 3 && is_possessive (word_at (scan, i - 2)) && !word_at (scan, i - 1)->upper
           && g_ascii_isalpha (word_at (scan, i - 1)->text[0]))
    end = i - 2; /* "X's lead singer Tom Pike", "X's former drummer" */
  guint a = name_before (scan, ws, end);
  if (a == end || (end < i && !possessive_band (scan, a, end)))
    return i;
  const Span *held = span_at (scan, word_at (scan, a)->span);
  if (held && strcmp (held->label, "MISC") == 0 && (held->b - held->a == 1 || run_has_event_head (scan, held->a, held->b))
      && (first_name_flags (scan, noun) & NAME_WORD_PERSON_NOUN))
    return i;
  return a;
}

/* The band band_before() finds before the player's noun at @i: an
 * organisation. */
static void
band_by_member (Scan *scan, guint ws, guint we, guint i)
{
  guint a = band_before (scan, ws, we, i);
  if (a < i)
    org_by_cue (scan, a, i);
}

/* "rapper DMX", "US rapper Snoop Dogg", "singer LL Cool J", "Rapper
 * Eminem" opening a sentence, "R&B star R Kelly": the name right after a
 * performer's noun (cues.tsv kind musician, @i) is the performer, a
 * person, whatever the
 * tagger made of it (an organisation, a thing) or where it found none;
 * it decides the vote of the name's other mentions (links.c), as a
 * cued organisation's does.
 * Not a name the lists claim (a place, a company), nor one after a
 * mark, a title or a function word ("singer Sir Cliff Richard" is the
 * title's; "the singer Tuesday"). */
static void
musician_name (Scan *scan, guint we, guint i)
{
  guint j = i + 1;
  if (j >= we || !is_name_word (word_at (scan, j)) || word_at (scan, j)->glued
      || (word_at (scan, j)->cue & (CUE_FUNCTION | CUE_HONORIFIC | CUE_ROLE | CUE_GROUP)))
    return;
  gint k = word_at (scan, j)->span;
  Span *held = span_at (scan, k);
  gboolean cut = FALSE;
  if (held && held->a == i && word_at (scan, i)->upper && held->b > j && held->source == SOURCE_TAGGER)
    {
      /* The tagger's "Rapper Eminem", "Drummer Fenwick": the noun is
       * the person's role, as find_roles() makes "Referee Graham
       * Poll"'s, no part of the name. */
      word_at (scan, i)->span = -1;
      held->a = j;
      g_free (held->canonical), held->canonical = words_text (scan, j, held->b);
      g_free (held->role), held->role = words_text (scan, i, j);
      cut = TRUE;
    }
  else if (held && (held->a != j || held->source != SOURCE_TAGGER))
    return;
  if (held)
    {
      /* A person already, not cut, is left as the tagger made it: the
       * roles and links of people.c and links.c read it so. */
      if ((strcmp (held->label, "PERSON") == 0 && !cut) || held->place || held->listed || held->work
          || held->b - held->a > 4)
        return;
      held->label = "PERSON";
      g_clear_pointer (&held->kb, g_free);
      g_clear_pointer (&held->country, g_free);
      held->cued = TRUE;
      return;
    }
  /* No name there: up to three capitalised words, nobody's ("LL Cool
   * J"); not a name opening with a number ("50 Cent": links.c would
   * read "Cent" alone as its surname in later mentions). */
  if (!g_unichar_isalpha (g_utf8_get_char (word_at (scan, j)->text)))
    return;
  guint b = j;
  while (b < we && b < j + 3 && word_at (scan, b)->upper && word_at (scan, b)->span < 0
         && (b == j || !word_at (scan, b)->glued) && !(word_at (scan, b)->cue & (CUE_FUNCTION | CUE_ROLE)))
    b++;
  if (b < we && word_at (scan, b)->upper && !word_at (scan, b)->glued)
    return; /* a longer run, or one meeting a name: not read here */
  Span *s = claim (scan, j, b, "PERSON", SOURCE_RULE);
  if (s)
    {
      s->canonical = words_text (scan, j, b);
      s->cued = TRUE;
    }
}

/* Whether word @k is a word in capitals of two letters or more ("II",
 * "DMC"). */
static gboolean
capitals_word (const Scan *scan, guint k)
{
  const Word *w = word_at (scan, k);
  return w->capitals && w->end - w->start >= 2 && g_ascii_isalpha (w->text[0]);
}

/* A group's name after a band's noun that the tagger reads as a
 * person's or cuts short, though no person is named so: a word in
 * capitals inside it, not last ("the group Boyz II Men": the tagger's
 * "Boyz II" goes on over the capitalised words after it), or two glued
 * hyphens with a word between, inside a word or glued words ("the rap
 * group Bone Thugs-N-Harmony").
 * A person's name holds one hyphen ("Jean-Paul Sartre"), an initial of
 * one letter ("Samuel L Jackson") or a numeral last ("John Paul II").
 * The tagger's name becomes an organisation here, before org_by_cue()
 * (which keeps a person-shaped name a person) cues it.  Returns whether
 * it did. */
static gboolean
group_shaped (Scan *scan, guint a, guint we)
{
  Span *held = span_at (scan, word_at (scan, a)->span);
  if (!held || held->dropped || held->a != a || held->source != SOURCE_TAGGER)
    return FALSE;
  guint hyphens = 0;
  gboolean inner = FALSE;
  for (guint k = a; k < held->b; k++)
    {
      const Word *v = word_at (scan, k);
      if (is_hyphen (scan, k))
        hyphens += k + 1 < held->b && word_at (scan, k + 1)->glued;
      else
        for (gsize c = 1; c + 1 < v->end - v->start; c++)
          hyphens += v->text[c] == '-';
      inner = inner || (k > a && capitals_word (scan, k) && k + 1 < we && word_at (scan, k + 1)->upper
                        && !word_at (scan, k + 1)->glued && g_ascii_isalpha (word_at (scan, k + 1)->text[0]));
    }
  if (hyphens < 2 && !inner)
    return FALSE;
  guint b = held->b;
  /* The capitalised words right after a word in capitals that closes
   * the tagger's name, which no other name holds (up to two). */
  if (capitals_word (scan, b - 1))
    while (b < we && b < held->b + 2 && word_at (scan, b)->upper && !word_at (scan, b)->glued
           && word_at (scan, b)->span < 0 && g_ascii_isalpha (word_at (scan, b)->text[0])
           && !(word_at (scan, b)->cue & CUE_FUNCTION))
      word_at (scan, b)->span = word_at (scan, a)->span, b++;
  if (b != held->b)
    {
      held->b = b;
      g_free (held->canonical), held->canonical = words_text (scan, a, b);
    }
  span_set_org (held);
  return TRUE;
}

/* "the Mute label", "Jay-Z's Roc-A-Fella label", "signed to Creation":
 * a record label's name (cues.tsv kind label).  The noun after a name
 * needs a determiner or a possessive before the name: "Critics label
 * Blair a liar" is the verb. */
static void
label_by_cue (Scan *scan, guint ws, guint we, guint i)
{
  const Word *w = word_at (scan, i);
  if (w->upper)
    return;
  if (i + 2 < we && strcmp (word_at (scan, i + 1)->key, "to") == 0)
    {
      guint j = i + 2;
      if (!is_name_word (word_at (scan, j)) || (word_at (scan, j)->cue & CUE_FUNCTION) || first_named (scan, j, TRUE))
        return;
      const Span *held = span_at (scan, word_at (scan, j)->span);
      if (held && (held->place || strcmp (held->label, "GPE") == 0 || strcmp (held->label, "NORP") == 0))
        return; /* "signed to Manchester" is the city's club: teams.c's */
      org_by_cue (scan, j, we);
      return;
    }
  if (i + 1 < we && is_name_word (word_at (scan, i + 1)))
    return; /* "label Def Jam": org-noun's, rules-context.c */
  /* A name in apposition after the plural ("one of hip-hop's most
   * influential labels, Def Jam"), closing the sentence or its clause;
   * not a person's ("labels, Tony Blair said"). */
  char single[64];
  if (i + 2 < we && is_comma (scan, i + 1) && is_name_word (word_at (scan, i + 2))
      && !(word_at (scan, i + 2)->cue & CUE_FUNCTION) && plural_stem (w->key, FALSE, single)
      && !first_named (scan, i + 2, TRUE))
    {
      guint e = i + 2;
      while (e < we && e < i + 6 && word_at (scan, e)->upper && g_ascii_isalpha (word_at (scan, e)->text[0]))
        e++;
      if (e == we || is_comma (scan, e) || strchr (".;:", word_at (scan, e)->text[0]))
        org_by_cue (scan, i + 2, we);
      return;
    }
  /* One lowercase word between the name and the noun, a kind of work
   * (work-nouns.tsv: "his Kool-A-Vision record label") or a genre
   * (cues.tsv music-word: "the Mute dance label"); not a verb before a
   * verb of this kind ("Ben Stiller have signed"). */
  guint at = i;
  if (i > ws + 2 && !word_at (scan, i - 1)->upper && word_at (scan, i - 2)->upper
      && ((word_at (scan, i - 1)->cue & CUE_WORK_NOUN)
          || (cue_map_rules (scan->e->cues, word_at (scan, i - 1)->key, word_at (scan, i - 1)->hash) & CUE_MUSIC_WORD)))
    at = i - 1;
  guint a = name_before (scan, ws, at);
  if (a == at || a == ws)
    return;
  i = at;
  const Word *before = word_at (scan, a - 1);
  if (!is_possessive (before) && !(before->cue & CUE_FUNCTION))
    return;
  org_by_cue (scan, a, i);
}

/* Whether word @i is a hyphen glued to the words around it
 * ("sold-out"). */
static gboolean
is_hyphen (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return w->end - w->start == 1 && scan->text[w->start] == '-' && w->glued;
}

/* "Other bands at the festival include Embrace, Keane and The Zutons":
 * bands' noun in the plural (cues.tsv kind band-noun), up to seven
 * lowercase words or hyphens opening with a preposition, a word of kind examples, then names joined by
 * commas, "and", "or": each a band but for a person's full name
 * ("bands including Tom Jones"). */
static void
listed_bands (Scan *scan, guint we, guint i)
{
  if (word_at (scan, i)->upper)
    return;
  guint j = i + 1;
  while (j < we && j < i + 8 && !word_at (scan, j)->upper && !(word_at (scan, j)->cue & CUE_EXAMPLES)
         && (g_ascii_isalpha (scan->text[word_at (scan, j)->start]) || is_hyphen (scan, j)))
    j++;
  /* The words between are where the bands are, opening with a
   * preposition ("at the festival"), not a clause of their own ("The
   * groups have targeted projects like the Newbury bypass"). */
  if (j >= we || !(word_at (scan, j)->cue & CUE_EXAMPLES)
      || (j > i + 1 && !(word_at (scan, i + 1)->cue & (CUE_TITLE_WORD | CUE_CONNECTOR))))
    return;
  j = examples_from (scan, we, j);
  /* A place the lists name among the bands is a band named so ("bands
   * such as Zorbek, Oregon and Amber Lantern"), where another item is
   * one: "bands from cities such as Leeds and York" names none. */
  gint places[12];
  guint n_places = 0, bands = 0;
  for (guint items = 0; j < we && items < 12; items++)
    {
      /* "The Zutons", "the Kaiser Chiefs": the tagger's name is
       * "Zutons"; mend_the_titles() gives it its capitalised "The"
       * later. */
      if ((word_at (scan, j)->cue & CUE_FUNCTION) && j + 1 < we && word_at (scan, j + 1)->upper)
        j++;
      if (!is_name_word (word_at (scan, j)))
        break;
      const Span *held = span_at (scan, word_at (scan, j)->span);
      /* A first name and a surname: a person's ("Tom Jones"), as the
       * tagger's person of two words or more is; a first name alone is
       * a band's too ("Keane", "Travis").  A surname that is an English
       * word says nothing ("Gareth Gates", "Pete Burns"), so "Kaiser
       * Chiefs" stays the tagger's. */
      gboolean person = (first_named (scan, j, FALSE) && j + 1 < we && is_name_word (word_at (scan, j + 1)))
                        || (held && held->a == j && held->b - held->a >= 2 && strcmp (held->label, "PERSON") == 0);
      /* A run nobody named that goes on past a lowercase word ("Friends
       * of the Earth") is longer than org_by_cue() would take. */
      guint end = j;
      while (end < we && word_at (scan, end)->upper)
        end++;
      gboolean longer = !held && end + 1 < we && !word_at (scan, end)->upper
                        && (word_at (scan, end)->cue & (CUE_TITLE_WORD | CUE_CONNECTOR))
                        && strcmp (word_at (scan, end)->key, "and") != 0;
      if (!person && !longer && !(held && held->place))
        {
          org_by_cue (scan, j, we);
          bands++;
        }
      else if (held && held->place && held->a == j && n_places < G_N_ELEMENTS (places))
        places[n_places++] = word_at (scan, j)->span;
      held = span_at (scan, word_at (scan, j)->span);
      if (held && held->a == j)
        j = held->b;
      else
        while (j < we && word_at (scan, j)->upper)
          j++;
      /* A band's name goes on past its lowercase words ("Queens of the
       * Stone Age"): the next band is after the next comma or "and". */
      while (j + 1 < we && !word_at (scan, j)->upper && (word_at (scan, j)->cue & (CUE_CONNECTOR | CUE_TITLE_WORD))
             && strcmp (word_at (scan, j)->key, "and") != 0 && strcmp (word_at (scan, j)->key, "or") != 0)
        {
          j++;
          while (j < we && word_at (scan, j)->upper && !word_at (scan, j)->glued)
            j++;
        }
      guint next = next_example (scan, we, j);
      if (next == j)
        break;
      j = next;
    }
  for (guint k = 0; k < n_places && bands > 0; k++)
    {
      Span *place = span_at (scan, places[k]);
      span_set_org (place);
      place->cued = TRUE;
    }
}

/* The kinds of word @i music.c alone reads (song-noun, music-word):
 * entities.c masks the genres off Word.cue, and a song's noun in
 * capitals, for they are common words to every other rule ("pop",
 * "Hit"). */
static Cue
music_kinds (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return cue_map_rules (scan->e->cues, w->key, w->hash) & (CUE_SONG_NOUN | CUE_MUSIC_WORD);
}

gboolean
possessive_determiner (const Word *w)
{
  static const char *const words[] = { "her", "his", "their", "its", "my", "our", "your" };
  for (guint k = 0; k < G_N_ELEMENTS (words); k++)
    if (strcmp (w->key, words[k]) == 0)
      return TRUE;
  return FALSE;
}

/* Whether word @k is a name's possessive ("Kylie's hit"), not a
 * place's: "Britain's track" is a circuit as often. */
static gboolean
owner_before (const Scan *scan, guint ws, guint k)
{
  if (!is_possessive (word_at (scan, k)) || k == ws || !word_at (scan, k - 1)->upper)
    return FALSE;
  const Span *owner = span_at (scan, word_at (scan, k - 1)->span);
  return !(owner && (owner->place || strcmp (owner->label, "GPE") == 0 || strcmp (owner->label, "LOC") == 0));
}

/* Whether the music words ending at @k ("pop", "biggest pop") stand
 * after a determiner or a possessive, as a song's noun's modifiers do
 * ("the pop hit", "her most recent single", "Kylie's biggest hit"): bare or
 * after "a", a genre is a noun as often, the song's noun its verb ("A
 * rock hit Smith on the head", "Rock tracks the charts"). */
static gboolean
music_word_led (const Scan *scan, guint ws, guint k)
{
  static const char *const determiners[] = { "the", "this", "that", "these", "those" };
  while (k > ws
         && ((music_kinds (scan, k - 1) & (CUE_MUSIC_WORD | CUE_SONG_NOUN)) || strcmp (word_at (scan, k - 1)->key, "most") == 0))
    k--;
  if (k == ws)
    return FALSE;
  const Word *w = word_at (scan, k - 1);
  for (guint d = 0; d < G_N_ELEMENTS (determiners); d++)
    if (strcmp (w->key, determiners[d]) == 0)
      return TRUE;
  return possessive_determiner (w) || owner_before (scan, ws, k - 1);
}

/* Whether the word before the song's noun at @i says it is a song's: a
 * music word ("debut hit", "title track", "pop hit"), another song's
 * or a work's noun ("hit single", "album track"), a possessive ("her
 * hit", "Kylie's hit"; not for "single", an adjective as often: "its
 * single currency"), or with @the, for a plural, "the" too ("the
 * singles"); not "a hit to the economy", "the track record", "storms
 * hit Mozambique". */
static gboolean
song_noun_here (const Scan *scan, guint ws, guint i, gboolean the)
{
  if (i == ws)
    return FALSE;
  const Word *before = word_at (scan, i - 1);
  /* A name before it is its subject as often ("Katrina hit Louisiana"). */
  if (before->upper && !before->sentence_start)
    return FALSE;
  if (before->cue & CUE_WORK_NOUN)
    return TRUE;
  if (music_kinds (scan, i - 1) & (CUE_MUSIC_WORD | CUE_SONG_NOUN))
    return music_word_led (scan, ws, i - 1);
  if (word_at (scan, i)->cue & CUE_WORK_MODIFIED)
    return FALSE;
  return possessive_determiner (before) || owner_before (scan, ws, i - 1) || (the && strcmp (before->key, "the") == 0);
}

/* Whether word @i is a comma. */
static gboolean
is_comma (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return w->end - w->start == 1 && scan->text[w->start] == ',';
}

/* "her debut hit Genie in a Bottle", "the hit track Lady Marmalade",
 * "her most recent single, Car Wash, featuring ...": the title after a
 * song's noun (@i, kind song-noun) the word before says is one, or
 * between commas after it, is a song (works.c's work_after() reads it
 * as it reads "the song X": the whole title, its lowercase words
 * inside, up to a mark or a lowercase word no title holds). */
static void
song_after (Scan *scan, guint ws, guint we, guint i)
{
  guint j = i + 1;
  gboolean apposed = j + 1 < we && is_comma (scan, j);
  if (apposed)
    j++;
  if (j >= we || !word_at (scan, j)->upper || word_at (scan, j)->glued || !song_noun_here (scan, ws, i, FALSE))
    return;
  /* Between commas the title must end at the second: "the single, Car
   * Wash, featuring"; not "her last single, Madonna said". */
  guint b = title_end (scan, j, we, FALSE);
  if (apposed && (b == j || b >= we || !is_comma (scan, b)))
    return;
  /* A place the lists name is none ("the opening track, Silverstone,"). */
  const Span *held = span_at (scan, word_at (scan, j)->span);
  if (held && held->a == j && held->place)
    return;
  work_after (scan, ws, we, apposed ? i + 1 : i);
}

/* Whether @w is a decade, "1960s" or "60s". */
static gboolean
decade (const Word *w)
{
  gsize n = strlen (w->key);
  if ((n != 3 && n != 5) || w->key[n - 1] != 's' || w->key[n - 2] != '0')
    return FALSE;
  for (gsize k = 0; k + 1 < n; k++)
    if (!g_ascii_isdigit (w->key[k]))
      return FALSE;
  return TRUE;
}

/* Whether word @j is an auxiliary (cues.tsv kind name-verb in
 * lowercase: "have", "has") before a word of kind examples ("have
 * included"). */
static gboolean
has_examples_after (const Scan *scan, guint j)
{
  const Word *w = word_at (scan, j), *next = word_at (scan, j + 1);
  return !w->upper && (w->cue & CUE_NAME_VERB) && !next->upper && (next->cue & CUE_EXAMPLES)
         && w->key[0] == 'h';
}

/* "Her hits include What a Girl Wants, Dirrty and Beautiful", "songs
 * such as X", "the singles Yellow, Trouble and Clocks": a song's noun
 * in the plural (@i, kind song-noun) before a word of kind examples, or
 * one the word before says is a song's right before two titles or more
 * joined by commas, "and", "or": each a song, whole. */
static void
listed_songs (Scan *scan, guint ws, guint we, guint i)
{
  guint j = i + 1;
  if (j >= we)
    return;
  /* The noun's own evidence either way, or before it a preposition
   * ("with hits including"), "other" or a decade ("1960s hits such
   * as"): "the worst hits include Ford, Rover and Vauxhall" are cars. */
  const Word *before = i > ws ? word_at (scan, i - 1) : NULL;
  if (!song_noun_here (scan, ws, i, TRUE)
      && !(before && (decade (before) || (!before->upper && ((before->cue & CUE_FUNCTION) || strcmp (before->key, "other") == 0)))))
    return;
  /* "hits have included X, Y and Z": "have", "has" or "had" (kind
   * name-verb) before the examples' word. */
  if (j + 1 < we && has_examples_after (scan, j))
    j++;
  if (!word_at (scan, j)->upper && (word_at (scan, j)->cue & CUE_EXAMPLES))
    j = examples_from (scan, we, j);
  else
    {
      /* No examples' word: a list of two or more says the titles. */
      guint b = title_end (scan, j, we, TRUE);
      if (b == j || next_example (scan, we, b) == b)
        return;
    }
  for (guint items = 0; j < we && items < 12; items++)
    {
      const Word *first = word_at (scan, j);
      guint b = title_end (scan, j, we, TRUE);
      /* A title's own "And", "Or" is capitalised, the list's is not:
       * "Butterflies And Hurricanes", "With Or Without You". */
      while (b > j && b + 1 < we && word_at (scan, b)->upper && !word_at (scan, b + 1)->glued
             && word_at (scan, b + 1)->upper
             && (strcmp (word_at (scan, b)->key, "and") == 0 || strcmp (word_at (scan, b)->key, "or") == 0))
        {
          guint more = title_end (scan, b + 1, we, TRUE);
          if (more == b + 1)
            break;
          b = more;
        }
      if (b == j || !first->upper || first->glued || ((first->cue & CUE_FUNCTION) && b - j == 1))
        return;
      const Span *held = span_at (scan, first->span);
      /* A place or a name the lists know is none of a song's. */
      if (!(held && held->a == j && (held->place || held->listed || held->source >= SOURCE_GAZETTEER)))
        claim_title (scan, j, b);
      guint next = next_example (scan, we, b);
      if (next == b)
        return;
      j = next;
    }
}

/* "Pop star Robbie Williams", "Country singer X": a genre capitalised
 * alone before a musician's noun (@i) and a name is no name itself,
 * whatever the tagger made of it ("Pop" ORG). */
static void
genre_before (Scan *scan, guint ws, guint we, guint i)
{
  if (i == ws || i + 1 >= we || !is_name_word (word_at (scan, i + 1)))
    return;
  Word *genre = word_at (scan, i - 1);
  Span *held = span_at (scan, genre->span);
  if (!genre->upper || !held || held->a != i - 1 || held->b != i || held->source != SOURCE_TAGGER
      || !(music_kinds (scan, i - 1) & CUE_MUSIC_WORD)
      || (i - 1 > ws && word_at (scan, i - 2)->upper && !genre->sentence_start))
    return;
  held->dropped = TRUE;
  genre->span = -1;
}

void
find_music (Scan *scan, guint ws, guint we)
{
  /* Every test below needs a word of these kinds, and most sentences
   * have none.  The sentence's OR is of the cue map's kinds before
   * Word.cue's masks: it holds a capitalised first word's, read again
   * by cue_map_rules() below ("Rapper Eminem").  5.2 M -> 0.45 M
   * instructions on 500 BBC articles. */
  if (!(scan->sentence_cues & (CUE_SONG_NOUN | CUE_MUSICIAN | CUE_LABEL | CUE_BAND_NOUN)))
    return;
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      Cue cue = w->cue;
      /* entities.c reads these kinds in lowercase only; a sentence's
       * first word is looked up again ("Rapper Eminem"). */
      if (w->sentence_start && w->upper && !w->capitals)
        cue = cue_map_rules (scan->e->cues, w->key, w->hash) & CUE_MUSICIAN;
      /* A song's noun (kept on Word.cue in lowercase only) where a
       * title may follow it: a capitalised word, a comma and one, a
       * list's "include". */
      if ((cue & CUE_SONG_NOUN) && i + 1 < we
          && (word_at (scan, i + 1)->upper || (word_at (scan, i + 1)->cue & CUE_EXAMPLES)
              || (i + 2 < we && has_examples_after (scan, i + 1))
              || (i + 2 < we && is_comma (scan, i + 1) && word_at (scan, i + 2)->upper)))
        {
          char single[64];
          if (plural_stem (w->key, FALSE, single))
            listed_songs (scan, ws, we, i);
          else
            song_after (scan, ws, we, i);
        }
      if (!(cue & (CUE_MUSICIAN | CUE_LABEL | CUE_BAND_NOUN)))
        continue;
      if (cue & CUE_MUSICIAN)
        {
          genre_before (scan, ws, we, i);
          /* A film's player before its name is titles.c's ("Vera Drake
           * star Imelda Staunton"): only a musician says a band. */
          if (!(cue & CUE_WORK_CREW))
            band_by_member (scan, ws, we, i);
          musician_name (scan, we, i);
        }
      if (cue & CUE_LABEL)
        label_by_cue (scan, ws, we, i);
      if (cue & CUE_BAND_NOUN)
        {
          char single[64];
          if (plural_stem (w->key, FALSE, single))
            listed_bands (scan, we, i);
          else if (!w->upper && i + 1 < we && !word_at (scan, i + 1)->glued
                   && (group_shaped (scan, i + 1, we) || !first_named (scan, i + 1, TRUE)))
            /* "indie group Bloc Party", "rights group Liberty"; not a
             * person's name ("the group Tony Blair leads", "the group
             * Blair leads"), but for a group's shape (group_shaped()). */
            org_by_cue (scan, i + 1, we);
        }
    }
}

/* A band's name is the document's (find_band_mentions()): words [a, b)
 * before a band's player's noun. */
typedef struct
{
  guint a, b;
  guint others; /* its mentions elsewhere, not opening a sentence */
  guint next;   /* the next band of the same first word, G_MAXUINT: none */
} BandName;

/* "Busted singer Charlie Simpson", "Snow Patrol guitarist Nathan
 * Connolly" opening a sentence: the run from the sentence's start @ws to
 * the player's noun at @i, whose first word is an English word (which
 * name_before() leaves: "Jazz singer", "Legendary singer" look the
 * same), or @i where none: one to three capitalised words, no genre
 * ("Pop star"), no title, group or function word, nothing a rule or the
 * lists found ("Xbox frontman J. Allard": a product), nothing the tagger
 * holds as a place or a people, nor a thing of one word before a
 * person-noun ("Eurovision singer"). */
static guint
opening_band (const Scan *scan, guint ws, guint i)
{
  if (i <= ws || i - ws > 3 || (music_kinds (scan, ws) & CUE_MUSIC_WORD) || first_named (scan, ws, FALSE)
      || !(first_name_flags (scan, word_at (scan, ws)) & NAME_WORD_ENGLISH))
    return i;
  for (guint k = ws; k < i; k++)
    {
      const Word *v = word_at (scan, k);
      if (!v->upper || (k > ws && v->glued) || !g_unichar_isalpha (g_utf8_get_char (v->text))
          || (v->cue & (CUE_FUNCTION | CUE_ROLE | CUE_GROUP | CUE_HONORIFIC | CUE_MODIFIER)))
        return i;
      const Span *held = span_at (scan, v->span);
      if (held
          && (held->place || held->listed || held->work || held->source != SOURCE_TAGGER
              || strcmp (held->label, "NORP") == 0 || strcmp (held->label, "GPE") == 0
              || strcmp (held->label, "LOC") == 0
              || (strcmp (held->label, "MISC") == 0 && held->b - held->a == 1
                  && (first_name_flags (scan, word_at (scan, i)) & NAME_WORD_PERSON_NOUN))))
        return i;
    }
  return ws;
}

/* Whether words [a, b) and [c, c + b - a) are the same words. */
static gboolean
same_words (const Scan *scan, guint a, guint b, guint c)
{
  if (c + (b - a) > scan->words->len)
    return FALSE;
  for (guint k = 0; k < b - a; k++)
    if (strcmp (word_at (scan, a + k)->key, word_at (scan, c + k)->key) != 0)
      return FALSE;
  return TRUE;
}

/* The band's mention at words [c, e), a capitalised "the" before it
 * @the: an organisation, whatever the tagger made of it ("support to
 * The Bravery" LOC, "leaving Busted" MISC) or where it found none; not
 * a name a rule or the lists gave another kind, nor a longer one. */
static void
band_mention (Scan *scan, guint c, guint e, gboolean the)
{
  Span *held = span_at (scan, word_at (scan, c)->span);
  if (!held)
    {
      for (guint k = c; k < e; k++)
        if (word_at (scan, k)->span >= 0)
          return;
      Span *s = claim (scan, c, e, "ORG", SOURCE_RULE);
      if (s)
        {
          s->canonical = words_text (scan, c, e);
          s->cued = TRUE;
        }
      return;
    }
  if ((held->a != c && !(the && held->a + 1 == c)) || held->b != e || held->listed || held->work || held->role
      || held->source > SOURCE_RULE || held->dropped)
    return;
  if (strcmp (held->label, "ORG") != 0)
    {
      span_set_org (held);
    }
  held->cued = TRUE;
}

void
find_band_mentions (Scan *scan)
{
  /* A band is found only before a musician's noun, and most documents
   * have none: 2.3 M -> 0.01 M instructions on 500 BBC articles. */
  if (!(scan->document_cues & CUE_MUSICIAN))
    return;
  guint n = scan->words->len;
  g_autoptr (GArray) bands = NULL;
  g_autofree guint *heads = NULL; /* per slot, its first band, G_MAXUINT: none */
  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (scan, i);
      if (!(w->cue & CUE_MUSICIAN) || w->upper || (w->cue & CUE_WORK_CREW) || i + 1 >= n
          || word_at (scan, i + 1)->sentence_start)
        continue;
      guint ws = i;
      while (ws > 0 && !word_at (scan, ws)->sentence_start)
        ws--;
      guint a = band_before (scan, ws, n, i);
      if (a == i && is_name_word (word_at (scan, i + 1)) && !word_at (scan, i + 1)->glued)
        a = opening_band (scan, ws, i);
      if (a == i)
        continue;
      if (!bands)
        {
          bands = g_array_new (FALSE, FALSE, sizeof (BandName));
          heads = g_new (guint, MAX (scan->n_slots, 1));
          memset (heads, 0xff, sizeof (guint) * MAX (scan->n_slots, 1));
        }
      /* One entry a band, chained by its first word's slot: a document
       * naming a band a thousand times is one lookup a word, not a
       * thousand (the first entry of the same words answered alone). */
      guint32 slot = scan->slots[a];
      guint *link = &heads[slot];
      while (*link != G_MAXUINT)
        {
          const BandName *known = &g_array_index (bands, BandName, *link);
          if (known->b - known->a == i - a && same_words (scan, known->a, known->b, a))
            break;
          link = &g_array_index (bands, BandName, *link).next;
        }
      if (*link != G_MAXUINT)
        continue;
      BandName band = { a, i, 0, G_MAXUINT };
      *link = bands->len;
      g_array_append_val (bands, band);
    }
  if (!bands)
    return;
  /* Each band's other mentions: the same words, capitalised, no part of
   * a longer run of capitalised words (but a "The" before); one not
   * opening a sentence says the document names the band so. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint c = 0; c < n; c++)
      {
        const Word *w = word_at (scan, c);
        if (!w->upper)
          continue;
        for (guint r = heads[scan->slots[c]]; r != G_MAXUINT; r = g_array_index (bands, BandName, r).next)
          {
            BandName *band = &g_array_index (bands, BandName, r);
            guint e = c + (band->b - band->a);
            if (!same_words (scan, band->a, band->b, c)
                || (e < n && word_at (scan, e)->upper && !word_at (scan, e)->sentence_start && !word_at (scan, e)->glued))
              continue;
            const Word *before = c > 0 ? word_at (scan, c - 1) : NULL;
            gboolean the = before && !w->sentence_start && before->upper && strcmp (before->key, "the") == 0;
            if (before && !w->sentence_start && before->upper && !the)
              continue;
            gboolean opening = w->sentence_start || (the && before->sentence_start);
            if (pass == 0 && c != band->a && !opening)
              band->others++;
            else if (pass == 1 && band->others > 0)
              band_mention (scan, c, e, the);
            break;
          }
      }
}
