/* lineups.c: a team's line-up at a match report's end, a list of
 * players' surnames that the tagger reads one by one and often takes
 * for organisations or places ("Subs Not Used: Bristow, Kent.",
 * "Penhale (Osgood 71), Tarrant, Quimby (Ledger 84)"): each item is a
 * person, and a club heading the list is the club. */
#include "entities.h"

#include <string.h>

enum { MOST_ITEMS = 24 };

static gboolean
is_text (const Scan *scan, guint i, const char *text)
{
  return strcmp (word_at (scan, i)->text, text) == 0;
}

/* Whether word @i is a lowercase word of up to three letters, not
 * "and": a particle's shape ("van", "der", "du", "de"). */
static gboolean
particle_word (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return !w->upper && w->end - w->start <= 3 && g_ascii_isalpha (*w->text) && strcmp (w->key, "and") != 0;
}

/* A particle inside a player's name ("De Zeeuw" is capitalised, "van
 * der Sar" is not): a lowercase word of up to three letters between
 * capitalised words of one item, or two of them ("CJ van der Linde",
 * "J van der Westhuyzen"): else the item ended at the initials and the
 * whole line-up was read as no list. */
static gboolean
particle_at (const Scan *scan, guint i, guint we)
{
  if (!particle_word (scan, i) || i + 1 >= we)
    return FALSE;
  if (word_at (scan, i + 1)->upper)
    return TRUE;
  return i + 2 < we && particle_word (scan, i + 1) && word_at (scan, i + 2)->upper;
}

/* The end of a player's name at @i (capitalised words, particles
 * inside), or @i where none starts. */
static guint
name_end (const Scan *scan, guint i, guint we)
{
  guint b = i;
  while (b < we && b < i + 4
         && ((word_at (scan, b)->upper && g_unichar_isalpha (g_utf8_get_char (word_at (scan, b)->text)))
             || (b > i && particle_at (scan, b, we))))
    b++;
  return b;
}

/* Whether @i is a minute: one to three digits, 1 to 130. */
static gboolean
minute_at (const Scan *scan, guint i)
{
  const char *t = word_at (scan, i)->text;
  gsize n = strlen (t);
  if (n == 0 || n > 3)
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (!g_ascii_isdigit (t[k]))
      return FALSE;
  guint64 m = g_ascii_strtoull (t, NULL, 10);
  return m >= 1 && m <= 130;
}

gboolean
line_up_heading (const Scan *scan, guint i)
{
  for (guint k = i + 1; k < scan->words->len && k < i + 5 && !word_at (scan, k)->sentence_start; k++)
    if (is_text (scan, k, ":"))
      return TRUE;
  return FALSE;
}

typedef struct
{
  guint a, b;
} Item;

static void find_squad_lists (Scan *scan, guint ws, guint we);

/* Whether @i is a short lowercase word a list of players writes as an
 * item of its own after a player, his role ("capt", "vc"). */
static gboolean
annotation_at (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return !w->upper && w->end - w->start <= 4 && g_ascii_isalpha (*w->text) && !(w->cue & CUE_FUNCTION);
}

/* Whether a word is a person's initials: one or two capital letters
 * ("G", "KP"). */
static gboolean
initials_at (const Scan *scan, guint i)
{
  const char *t = word_at (scan, i)->text;
  return g_ascii_isupper (t[0]) && (t[1] == '\0' || (g_ascii_isupper (t[1]) && t[2] == '\0'));
}

/* Whether every item is initials and a surname, half of them or more a
 * single letter ("G Intoppa, S Perugini, CA del Fava, KP Robertson"):
 * a squad by its form, people in any document; not a list of
 * companies' two-letter names ("BT Cellnet, US Airways"). */
static gboolean
initialled (const Scan *scan, const Item *items, guint n_items)
{
  guint single = 0;
  for (guint k = 0; k < n_items; k++)
    {
      if (items[k].b < items[k].a + 2 || !initials_at (scan, items[k].a))
        return FALSE;
      single += word_at (scan, items[k].a)->text[1] == '\0';
    }
  return single * 2 >= n_items;
}

void
find_line_ups (Scan *scan, guint ws, guint we)
{
  find_squad_lists (scan, ws, we);
  /* A heading and its colon in the first five words: "Subs Not Used:"
   * (cues.tsv kind line-up), or a team's name ("Chelsea:"). */
  guint start = ws, head_b = ws;
  gboolean subs = FALSE;
  for (guint i = ws; i < we && i < ws + 5; i++)
    if (is_text (scan, i, ":"))
      {
        subs = (word_at (scan, ws)->cue & CUE_LINE_UP) != 0;
        head_b = i;
        start = i + 1;
        break;
      }
  Item items[MOST_ITEMS];
  guint n_items = 0, brackets = 0;
  guint i = start;
  while (i < we)
    {
      guint b = name_end (scan, i, we);
      /* A player goes by his name: a title before one ("Lord Smith",
       * "Dr White", "Mr Black") makes the list a panel's or a board's;
       * a title's word alone is a surname ("King", "Bishop"). */
      if (b == i || n_items == MOST_ITEMS || (b > i + 1 && (word_at (scan, i)->cue & (CUE_HONORIFIC | CUE_ROLE))))
        return;
      items[n_items++] = (Item) { i, b };
      i = b;
      /* A substitute and his minute: "(Cisse 76)"; a role: "(capt)". */
      if (i < we && is_text (scan, i, "("))
        {
          guint c = name_end (scan, i + 1, we);
          if (c > i + 1 && c + 1 < we && minute_at (scan, c) && is_text (scan, c + 1, ")"))
            {
              if (n_items == MOST_ITEMS)
                return;
              items[n_items++] = (Item) { i + 1, c };
              brackets++;
              i = c + 2;
            }
          else if (i + 2 < we && !word_at (scan, i + 1)->upper && is_text (scan, i + 2, ")"))
            i += 3;
          else
            return;
        }
      if (i >= we)
        break;
      /* "G du Toit/J Fourie": either of two players, each an item. */
      if (is_text (scan, i, ",") || is_text (scan, i, ";") || is_text (scan, i, "/"))
        i++;
      else if (is_text (scan, i, ".") && i + 1 == we)
        i++;
      else
        return;
      /* The player before's role as an item of its own: "O'Connell,
       * capt, S Easterby". */
      if (i + 1 < we && annotation_at (scan, i) && (is_text (scan, i + 1, ",") || is_text (scan, i + 1, ";")))
        i += 2;
    }
  /* A list of players: after "Subs:", one name or more; else four or
   * more with a substitute's minute, or six or more, and no more than a
   * third of them names the lists claim, hint as a company's or list as
   * clubs (a group's "France, Italy, Wales, Spain" are countries; a share
   * index's "Fallers: Tesco, Vodafone, Barclays" companies; a table's
   * "Chelsea, Arsenal, Everton" clubs, whose every mention a line-up's
   * vote would make people). */
  guint listed = 0;
  for (guint k = 0; k < n_items; k++)
    {
      const Span *p = span_at (scan, word_at (scan, items[k].a)->span);
      const Word *w = word_at (scan, items[k].a);
      listed += (p && p->source == SOURCE_GAZETTEER && p->a == items[k].a && p->b == items[k].b)
                || (w->hint && w->hint->hint && strcmp (w->hint->hint, "COMPANY") == 0)
                || club_listed (scan, items[k].a, items[k].b);
    }
  if (n_items == 0 || (!subs && n_items < (brackets ? 4 : 6)) || (!subs && listed * 3 > n_items))
    return;
  /* A bare list outside a sport report is a share index's risers, a
   * chain's stores or a panel, never a team ("Risers: Aggreko, Cairn,
   * ..."); a line-up's heading, its substitutes' minutes or a whole
   * team's eleven names show a match report where no score does ("Subs
   * not used:", "The team is as follows: Given, Breen, ..."). */
  if (!subs && brackets == 0 && n_items < 11 && !sport_report (scan) && !initialled (scan, items, n_items))
    return;
  /* Only a real line-up, under a heading of its own, with its
   * substitutes' minutes or a whole team's eleven names or more,
   * decides the report's other mentions of its names; a bare list of
   * six names may be a shortlist's, and its guess stays in the list. */
  gboolean real = subs || brackets > 0 || n_items >= 11
                  || (head_b > ws && head_b - ws <= 4 && club_listed (scan, ws, head_b));

  /* A team's eleven names make the document a sport report, as a
   * line-up's heading does: a squad after it may stand alone (": Sheahan,
   * Horan, O'Callaghan, ..."). */
  scan->has_line_up = scan->has_line_up || real;
  for (guint k = 0; k < n_items; k++)
    {
      drop_spans (scan, items[k].a, items[k].b, NULL);
      Span *s = claim (scan, items[k].a, items[k].b, "PERSON", SOURCE_RULE);
      if (s)
        {
          s->canonical = words_text (scan, items[k].a, items[k].b);
          /* The report's other mentions of a player are his: the line-up
           * decides the document's vote on the word (links.c), as a cue
           * does ("the enigmatic Robben" after "Lampard, Robben, ..."). */
          s->cued = real;
        }
    }
  /* The team heading it: a town GeoNames lists or a name only the
   * tagger found, not a country's side, which is the country (places.tsv
   * holds England and Wales with no kind to tell them from towns). */
  if (subs || head_b == ws || head_b - ws > 4)
    return;
  Span *head = span_at (scan, word_at (scan, ws)->span);
  /* A heading nobody named, a club clubs.tsv lists or a town the lists
   * hint ("Harwich:"), is the team: a list of four players or more
   * follows it.  Not any word ("Hosts: T Kerrigan, ..."). */
  if (head == NULL && n_items >= 4)
    {
      for (guint k = ws; k < head_b; k++)
        if (!word_at (scan, k)->upper || word_at (scan, k)->span >= 0
            || !g_unichar_isalpha (g_utf8_get_char (word_at (scan, k)->text)))
          return;
      const GazetteerEntry *hint = word_at (scan, ws)->hint;
      if (!club_listed (scan, ws, head_b)
          && !(hint && strcmp (hint->label, "GPE") == 0 && word_at (scan, ws)->hint_len == head_b - ws))
        return;
      Span *s = claim (scan, ws, head_b, "ORG", SOURCE_RULE);
      if (s)
        {
          s->canonical = words_text (scan, ws, head_b);
          s->team = head_b == ws + 1;
        }
      return;
    }
  if (head && head->a == ws && head->b == head_b && strcmp (head->label, "ORG") != 0
      && (head->kb ? g_str_has_prefix (head->kb, "geonames:") : head->source == SOURCE_TAGGER)
      && strcmp (head->label, "NORP") != 0)
    {
      span_set_org (head);
      head->team = head->b - head->a == 1;
    }
}

/* A national side sport-countries.tsv names. */
typedef struct
{
  char *name, *kb; /* kb NULL where the row gives "-" */
} SportCountry;

static void
sport_country_free (gpointer data)
{
  SportCountry *c = data;
  g_free (c->name);
  g_free (c->kb);
  g_free (c);
}

GHashTable *
sport_countries_load (const char *data_dir, GError **error)
{
  static const char shape[] = "SHORT<TAB>COUNTRY<TAB>KB<TAB>SOURCE";
  g_autofree char *path = g_build_filename (data_dir, "sport-countries.tsv", NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  GHashTable *sides = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, sport_country_free);
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 4, 4, shape, error))
        goto fail;
      const char *kb = row->fields[2];
      if (*row->fields[0] == '\0' || *row->fields[1] == '\0' || *row->fields[3] == '\0'
          || !(strcmp (kb, "-") == 0 || g_str_has_prefix (kb, "iso3166:")))
        {
          assay_data_row_set_error (error, table, row, "an empty field or a KB not iso3166:XX nor -; write %s", shape);
          goto fail;
        }
      SportCountry *c = g_new (SportCountry, 1);
      c->name = g_strdup (row->fields[1]);
      c->kb = strcmp (kb, "-") == 0 ? NULL : g_strdup (kb);
      g_hash_table_insert (sides, g_strdup (row->fields[0]), c);
    }
  return sides;
fail:
  g_hash_table_unref (sides);
  return NULL;
}

/* A player of a squad list and the side in brackets after him: name
 * [a, b), side [sa, sb) (sa == sb: none read). */
typedef struct
{
  guint a, b, sa, sb;
  const SportCountry *country;
  guint ca, cb; /* a country after the club and a comma: "(Leeds, GB)" (ca == cb: none) */
  const SportCountry *club_country;
} SquadEntry;

/* Whether word @i is a short lowercase role in a player's brackets
 * ("capt", "captain", "vc"). */
static gboolean
bracket_role (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return !w->upper && g_ascii_isalpha (*w->text) && w->end - w->start <= 7 && !(w->cue & CUE_FUNCTION);
}

/* The end of a side's name in brackets from @k: capitalised words,
 * "and" and "of" inside ("Wessex and Bath"), up to five. */
static guint
side_end (const Scan *scan, guint k, guint we)
{
  guint sa = k;
  while (k < we && k < sa + 5
         && ((word_at (scan, k)->upper && g_unichar_isalpha (g_utf8_get_char (word_at (scan, k)->text)))
             || (k > sa && k + 1 < we && word_at (scan, k + 1)->upper
                 && (strcmp (word_at (scan, k)->key, "and") == 0 || strcmp (word_at (scan, k)->key, "of") == 0))))
    k++;
  return k;
}

/* The national side sport-countries.tsv names by the words [a, b), or
 * NULL. */
static const SportCountry *
sport_country_at (const Scan *scan, guint a, guint b)
{
  g_autofree char *text = words_text (scan, a, b);
  return g_hash_table_lookup (scan->e->sport_countries, text);
}

/* Reads the brackets at word @i ("(" there): their side into @e; the
 * word after ")", or @i where they are no player's side and role:
 * capitalised words, a role before or after them and a comma ("(Aus,
 * capt)", "(captain, Leinster)"), a role alone ("(capt)"), or a club
 * and its athlete's country after a comma ("(Leeds, GB)", a results
 * list's: the country only where sport-countries.tsv names it, so an
 * address's "(Ealing, Southall)" is no such pair). */
static guint
squad_brackets (const Scan *scan, guint i, guint we, SquadEntry *e)
{
  guint k = i + 1;
  e->sa = e->sb = e->ca = e->cb = k;
  e->club_country = NULL;
  if (k + 1 < we && bracket_role (scan, k) && is_text (scan, k + 1, ","))
    k += 2;
  guint sa = k;
  k = side_end (scan, k, we);
  guint sb = k;
  if (sb > sa && k + 1 < we && is_text (scan, k, ",") && bracket_role (scan, k + 1))
    k += 2;
  else if (sb > sa && k + 2 < we && is_text (scan, k, ","))
    {
      guint cb = side_end (scan, k + 1, we);
      if (cb > k + 1 && cb < we && is_text (scan, cb, ")"))
        {
          const SportCountry *c = sport_country_at (scan, k + 1, cb);
          if (c == NULL)
            return i;
          e->ca = k + 1, e->cb = cb, e->club_country = c;
          k = cb;
        }
    }
  if (sb == sa && k < we && bracket_role (scan, k))
    k++;
  if (k >= we || !is_text (scan, k, ")") || k == i + 1)
    return i;
  e->sa = sa, e->sb = sb;
  return k + 1;
}

/* The end of a result after a results list's entry ("13:01.2", "8.41m",
 * "27:01.3"): words opening with a digit and the ":" or "." between
 * them, up to six; @i where none. */
static guint
result_end (const Scan *scan, guint i, guint we)
{
  guint k = i;
  while (k < we && k < i + 6
         && (g_ascii_isdigit (*word_at (scan, k)->text)
             || (k > i && k + 1 < we && (is_text (scan, k, ":") || is_text (scan, k, "."))
                 && g_ascii_isdigit (*word_at (scan, k + 1)->text))))
    k++;
  return k;
}

/* Makes [a, b) a person unless a name across its bounds holds a word
 * ("Casey; Gustard", the tagger's one person, would lose words). */
static void
squad_person (Scan *scan, guint a, guint b)
{
  for (guint k = a; k < b; k++)
    {
      const Span *held = span_at (scan, word_at (scan, k)->span);
      if (held && (held->a < a || held->b > b))
        return;
    }
  const Span *held = span_at (scan, word_at (scan, a)->span);
  if (held && held->a == a && held->b == b && strcmp (held->label, "PERSON") == 0)
    return;
  drop_spans (scan, a, b, NULL);
  Span *s = claim (scan, a, b, "PERSON", SOURCE_RULE);
  if (s)
    s->canonical = words_text (scan, a, b);
}

/* Makes [a, b) the national side @c names, a country (GPE). */
static void
squad_country (Scan *scan, guint a, guint b, const SportCountry *c)
{
  Span *held = span_at (scan, word_at (scan, a)->span);
  if (held && held->a == a && held->b == b && strcmp (held->label, "GPE") == 0)
    return;
  drop_spans (scan, a, b, NULL);
  Span *s = claim (scan, a, b, "GPE", SOURCE_RULE);
  if (s)
    {
      s->canonical = g_strdup (c->name);
      s->kb = g_strdup (c->kb);
    }
}

/* Whether the words [a, b) are one place's name, the lists' or the
 * tagger's. */
static gboolean
named_place (const Scan *scan, guint a, guint b)
{
  const Span *p = span_at (scan, word_at (scan, a)->span);
  return p && p->a == a && p->b == b && (strcmp (p->label, "GPE") == 0 || strcmp (p->label, "LOC") == 0);
}

/* A squad list whose every player has initials and his side in
 * brackets: "C Doe (Australia); B Roe (Samoa), J Poe (SA) T Loe (New
 * Zealand)", "K Moe (Leicester), P Noe (Wasps)", a referee's "H Coe (W
 * Yorkshire).", an athletics entry's "D Foe (Riverside Harriers)".  The
 * tagger reads an initial and a surname as an organisation ("C Doe"
 * ORG) or drops an initial that is a word ("A Roe": the article), and
 * mend_line_ups() reads no list where a side's brackets end an item
 * with no comma after them.  Each player is a person; a side by its
 * short form (sport-countries.tsv: "SA", "NZ", "S Africa") is the
 * country, never the gazetteer's reading ("SA" is Saudi Arabia's ISO
 * code); in a list where no side is a country, the sides are clubs
 * (ORG: "Leicester", "Ulster" there are the clubs), though a lone
 * entry's place stays (a referee's county).  Two entries or
 * more, or one alone in its sentence in a sport report with a
 * one-letter initial ("UK Sport (UKS)" is no person). */
static void
find_squad_lists (Scan *scan, guint ws, guint we)
{
  if (!(scan->sentence_openers & OPENS_BRACKET))
    return;
  SquadEntry entries[MOST_ITEMS];
  guint n = 0, i = ws;
  gboolean whole = TRUE; /* nothing in the sentence but the entries, their breaks and a heading */
  while (i < we)
    {
      /* The entry's start: the sentence's, a break's or a heading's
       * colon, or the brackets of the entry before it. */
      gboolean starts = i == ws || n > 0 || is_text (scan, i - 1, ":") || is_text (scan, i - 1, ",")
                        || is_text (scan, i - 1, ";");
      /* A results list's place before its entry: "2 A Roe", "2. A Roe". */
      guint a = i;
      if (minute_at (scan, i) && i + 2 < we)
        a = is_text (scan, i + 1, ".") ? i + 2 : i + 1;
      if (a > i && !(a + 1 < we && initials_at (scan, a)))
        a = i;
      guint b = a + 1 < we && initials_at (scan, a) ? name_end (scan, a + 1, we) : a;
      SquadEntry e = { .a = a, .b = b };
      guint next = b > a + 1 && b < we && is_text (scan, b, "(") ? squad_brackets (scan, b, we, &e) : b;
      if (next > b)
        next = result_end (scan, next, we);
      if (next <= b || !starts || n == MOST_ITEMS)
        {
          whole = whole && n == 0;
          if (n >= 2)
            break;
          n = 0;
          i++;
          continue;
        }
      if (e.sb > e.sa)
        e.country = sport_country_at (scan, e.sa, e.sb);
      entries[n++] = e;
      i = next;
      if (i < we && (is_text (scan, i, ",") || is_text (scan, i, ";") || is_text (scan, i, "/")))
        i++;
      else if (i < we && is_text (scan, i, ".") && i + 1 == we)
        i++;
      /* The next entry's place, where the sentence broke after it:
       * "J Doe (Leeds, GB) 13:01.2, 2." */
      if (i + 2 == we && minute_at (scan, i) && is_text (scan, i + 1, "."))
        i = we;
    }
  if (n == 0)
    return;
  const Span *listed = span_at (scan, word_at (scan, entries[0].a)->span);
  if (n == 1
      && (!whole || i < we || word_at (scan, entries[0].a)->text[1] != '\0' || !sport_report (scan)
          || (listed && listed->source >= SOURCE_GAZETTEER)))
    return;
  gboolean by_country = FALSE;
  for (guint k = 0; k < n; k++)
    by_country = by_country || entries[k].country;
  for (guint k = 0; k < n; k++)
    {
      const SquadEntry *e = &entries[k];
      squad_person (scan, e->a, e->b);
      if (e->sb == e->sa)
        continue;
      if (e->country)
        {
          squad_country (scan, e->sa, e->sb, e->country);
          continue;
        }
      /* A club with its athlete's country after it is the club, in any
       * list. */
      if (e->club_country)
        {
          /* A club and its athlete's country are a results list's, a
           * sport report's mark as a line-up is: the club's other
           * mentions are the club. */
          scan->has_line_up = TRUE;
          squad_country (scan, e->ca, e->cb, e->club_country);
        }
      else if (by_country || (n == 1 && named_place (scan, e->sa, e->sb)))
        continue;
      Span *s = span_at (scan, word_at (scan, e->sa)->span);
      if (s && s->a == e->sa && s->b == e->sb)
        {
          if (strcmp (s->label, "ORG") != 0)
            span_set_org (s);
        }
      else
        {
          drop_spans (scan, e->sa, e->sb, NULL);
          s = claim (scan, e->sa, e->sb, "ORG", SOURCE_RULE);
          if (s)
            s->canonical = words_text (scan, e->sa, e->sb);
        }
      /* Beside its athlete's country a town is the club, as a result
       * makes it (Span.team): no later mend makes it the town again. */
      if (s && e->club_country)
        s->team = TRUE;
    }
}
