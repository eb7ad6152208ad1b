/* rules-squads.c: a squad list of players by their full names, each
 * with his club in brackets ("Ann Tarvo (Ruritown), Bo Kell (Ruritown
 * Rovers), ..."), in a sport report.  The tagger and the gazetteer read
 * a club named after its town as the town (GPE or LOC), one item at a
 * time; a reader wants the club.  eng.train labels the bracket after a
 * person's name by what it is: a country 1,359 times LOC (a results
 * list's athletes), a club 63 times ORG ("(Sion)", "(Lens)", "(Hamburg)",
 * "(Monaco)"), a town-named club LOC twice.  lineups.c reads the lists
 * whose players go by initials ("K Moe (Leicester)"); this file the
 * ones with first names, which it leaves to lineups.c. */
#include "entities.h"

#include <string.h>

enum
{
  MOST_ENTRIES = 32,
  MOST_NAME_WORDS = 4,
  MOST_SIDE_WORDS = 5,
};

static gboolean
is_text (const Scan *scan, guint i, const char *text)
{
  return strcmp (word_at (scan, i)->text, text) == 0;
}

/* Whether word @i is a capitalised word opening with a letter. */
static gboolean
letter_name_word (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return w->upper && g_unichar_isalpha (g_utf8_get_char (w->text));
}

/* Whether word @i ends a list's item before it: a comma, a semicolon,
 * a colon (a heading's: "Backs:") or "and". */
static gboolean
item_break (const Scan *scan, guint i)
{
  const char *t = word_at (scan, i)->text;
  return ((t[0] == ',' || t[0] == ';' || t[0] == ':') && t[1] == '\0') || strcmp (t, "and") == 0;
}

/* The start of a player's full name ending before @p: two to four
 * capitalised words, a short lowercase particle inside ("Jan de Vos"),
 * a list's break or the sentence's start before them, the first word
 * not initials (lineups.c's find_squad_lists() reads "K Moe (Leeds)");
 * @p where none. */
static guint
player_start (const Scan *scan, guint ws, guint p)
{
  guint a = p;
  while (a > ws && p - a < MOST_NAME_WORDS)
    {
      const Word *w = word_at (scan, a - 1);
      if (letter_name_word (scan, a - 1))
        a--;
      else if (a < p && a - 1 > ws && !w->upper && w->end - w->start <= 3 && g_ascii_isalpha (*w->text)
               && !item_break (scan, a - 1))
        a--;
      else
        break;
    }
  while (a < p && !word_at (scan, a)->upper) /* a particle never opens the name */
    a++;
  if (p - a < 2 || word_at (scan, a)->capitals || (a > ws && !item_break (scan, a - 1)))
    return p;
  return a;
}

/* Whether word @i is a short lowercase word, a player's role beside
 * his side ("capt", "captain", "vc"). */
static gboolean
role_word (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return !w->upper && g_ascii_isalpha (*w->text) && w->end - w->start <= 7 && strcmp (w->key, "and") != 0;
}

/* The end of a side's name in brackets from @k: capitalised words,
 * "and" and "of" inside, up to five; the word after ")", where a role
 * may stand before or after the side and a comma ("(captain,
 * Ruritown)", "(Ruritown, capt)"), else @k. */
static guint
side_end (const Scan *scan, guint k, guint we, guint *sb)
{
  guint sa = k;
  while (k < we && k < sa + MOST_SIDE_WORDS
         && (letter_name_word (scan, k)
             || (k > sa && k + 1 < we && letter_name_word (scan, k + 1)
                 && (strcmp (word_at (scan, k)->key, "and") == 0 || strcmp (word_at (scan, k)->key, "of") == 0))))
    k++;
  *sb = k;
  if (k == sa)
    return sa;
  if (k + 2 < we && is_text (scan, k, ",") && role_word (scan, k + 1))
    k += 2;
  return k < we && is_text (scan, k, ")") ? k + 1 : sa;
}

/* Whether the side [a, b) is a national side: sport-countries.tsv's,
 * or a country the lists name (a kb of ISO 3166), or a people's
 * adjective. */
static gboolean
country_side (const Scan *scan, guint a, guint b)
{
  g_autofree char *text = words_text (scan, a, b);
  if (g_hash_table_contains (scan->e->sport_countries, text))
    return TRUE;
  const Span *s = span_at (scan, word_at (scan, a)->span);
  return s && !s->dropped && s->a == a && s->b == b
         && (strcmp (s->label, "NORP") == 0 || (s->kb && g_str_has_prefix (s->kb, "iso3166:")));
}

typedef struct
{
  guint sa, sb;
} Side;

/* Two players or more by their full names, each with a side in
 * brackets and a list's break or the sentence's end after them, in a
 * sport report: every side is the club (ORG), unless one of them is a
 * country, when the list is by country and its other brackets may be
 * anything (a town of birth, a region).  Outside sport the brackets
 * are a nominee's film or an MP's seat ("Jo Lee (Ripon), Al Dee
 * (Keswick)"), left as they are. */
static void mend_club_names (Scan *scan, guint ws, guint we);

void
find_named_squads (Scan *scan, guint ws, guint we)
{
  mend_club_names (scan, ws, we);
  if (!(scan->sentence_openers & OPENS_BRACKET))
    return;
  Side sides[MOST_ENTRIES];
  guint n = 0;
  for (guint p = ws + 2; p + 2 < we && n < MOST_ENTRIES; p++)
    {
      const char *t = word_at (scan, p)->text;
      if (t[0] != '(' || t[1] != '\0')
        continue;
      guint sa = p + 1;
      if (sa + 3 < we && role_word (scan, sa) && is_text (scan, sa + 1, ","))
        sa += 2;
      if (!letter_name_word (scan, sa))
        continue;
      guint sb, after = side_end (scan, sa, we, &sb);
      if (after == sa)
        continue;
      guint a = player_start (scan, ws, p);
      /* The list's last player, after "and", may end it inside a
       * sentence ("..., and Bo Kell (Ruritown) were picked"). */
      if (a == p
          || (after < we && !item_break (scan, after) && !(is_text (scan, after, ".") && after + 1 == we)
              && !(a > ws && strcmp (word_at (scan, a - 1)->text, "and") == 0)))
        continue;
      sides[n++] = (Side) { sa, sb };
      p = after - 1;
    }
  if (n < 2 || !sport_report (scan))
    return;
  for (guint k = 0; k < n; k++)
    if (country_side (scan, sides[k].sa, sides[k].sb))
      return;
  for (guint k = 0; k < n; k++)
    {
      guint sa = sides[k].sa, sb = sides[k].sb;
      Span *s = span_at (scan, word_at (scan, sa)->span);
      if (s && s->a == sa && s->b == sb)
        {
          if (strcmp (s->label, "ORG") != 0)
            span_set_org (s);
        }
      else
        {
          drop_spans (scan, sa, sb, NULL);
          s = claim (scan, sa, sb, "ORG", SOURCE_RULE);
          if (s)
            s->canonical = words_text (scan, sa, sb);
        }
      /* A town's name is the club at its other mentions too, and no
       * later mend of towns makes it the town again. */
      if (s && sb == sa + 1)
        s->team = TRUE;
    }
}

/* A capitalised run before "club" in lowercase of which a place is only
 * the last part ("An All England club spokesman"): the run is the
 * club's name (ORG), not the place.  A place that is the whole run is
 * where the club is ("the Ruritown club", "the New York club"), a
 * people's adjective its country's ("a Scottish club"), left as they
 * are; a town and a club's word the lists split ("Ruritown United") are
 * teams.c's find_split_clubs()'. */
static void
mend_club_names (Scan *scan, guint ws, guint we)
{
  /* cues.tsv gives "club" both kinds: a sentence with neither word of
   * an organisation nor of sport has no "club" (most sentences), and is
   * not walked word by word (0.44% of entities_process() before). */
  const Cue club = CUE_ORG_NOUN | CUE_SPORT;
  if ((scan->sentence_cues & club) != club)
    return;
  for (guint k = ws + 1; k + 1 < we; k++)
    {
      const Word *next = word_at (scan, k + 1);
      if (next->upper || strcmp (next->key, "club") != 0 || word_at (scan, k)->span < 0)
        continue;
      const Span *p = span_at (scan, word_at (scan, k)->span);
      if (p->dropped || p->b != k + 1 || p->a <= ws
          || !(strcmp (p->label, "GPE") == 0 || strcmp (p->label, "LOC") == 0))
        continue;
      /* The run's other words before the place: capitalised, no name's,
       * not the sentence's first ("All" of "All England"). */
      guint a = p->a;
      while (a > ws && word_at (scan, a - 1)->upper && is_name_word (word_at (scan, a - 1))
             && word_at (scan, a - 1)->span < 0 && !word_at (scan, a - 1)->sentence_start)
        a--;
      if (a == p->a)
        continue;
      drop_spans (scan, a, k + 1, NULL);
      Span *s = claim (scan, a, k + 1, "ORG", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, a, k + 1);
    }
}
