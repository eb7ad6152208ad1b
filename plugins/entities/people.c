/* people.c: the entities stage's rules about people: the first-names
 * rule (mend_first_names) and its lists, first-names.tsv and
 * english-words.tsv; people after a title (find_titled_people); a name
 * the tagger cut in two (mend_split_people); and a person's role, the
 * title before the name and whose it is (find_roles). */

#include "entities.h"

#include <string.h>

#include <assay/assay-data.h>
#include <assay/assay-text.h>

/* Adds each row's first field of @file of @data_dir, folded, to @names
 * with @flag; FALSE with @error naming file and line. */
static gboolean
name_words_add (WordMap *names, const char *data_dir, const char *file, guint flag, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, file, NULL);
  word_map_note_source (names, file);
  AssayDataTable *table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  guint n = assay_data_table_get_n_rows (table);
  gboolean counted = flag == NAME_WORD_INSTITUTION || flag == NAME_WORD_COMMON;
  guint width = flag == NAME_WORD_FIRST ? 2 : counted ? 3 : 1;
  const char *format = flag == NAME_WORD_FIRST ? "NAME<TAB>LANGUAGES" : counted ? "WORD<TAB>NAME<TAB>O" : "WORD";
  for (guint i = 0; i < n; i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, width, width, format, error))
        {
          assay_data_table_free (table);
          return FALSE;
        }
      g_autofree char *key = assay_text_fold (row->fields[0], -1);
      word_map_add (names, key, flag);
    }
  assay_data_table_free (table);
  return TRUE;
}

WordMap *
first_names_read_tsv (const char *data_dir, GError **error)
{
  WordMap *names = word_map_new ();
  if (!name_words_add (names, data_dir, "first-names.tsv", NAME_WORD_FIRST, error)
      || !name_words_add (names, data_dir, "english-words.tsv", NAME_WORD_ENGLISH, error)
      || !name_words_add (names, data_dir, "person-nouns.tsv", NAME_WORD_PERSON_NOUN, error)
      || !name_words_add (names, data_dir, "institutions.tsv", NAME_WORD_INSTITUTION, error)
      || !name_words_add (names, data_dir, "common-capitals.tsv", NAME_WORD_COMMON, error)
      || !name_words_add (names, data_dir, "deities.tsv", NAME_WORD_DEITY, error))
    {
      word_map_free (names);
      return NULL;
    }
  return names;
}

gboolean
person_noun_before_name (Scan *scan, guint a, guint b)
{
  /* Three or four words: the kind of person, a first name, one or two
   * more; none a function word ("Uncle Roy All Around You" is a work). */
  if (b - a < 3 || b - a > 4)
    return FALSE;
  const Word *kind = word_at (scan, a), *first = word_at (scan, a + 1);
  guint kind_flags = first_name_flags (scan, kind);
  if (!kind->upper || kind->capitals || !(kind_flags & NAME_WORD_PERSON_NOUN) || (kind_flags & NAME_WORD_FIRST)
      || !first->upper || first->capitals || !(first_name_flags (scan, first) & NAME_WORD_FIRST))
    return FALSE;
  for (guint k = a + 1; k < b; k++)
    if (!word_at (scan, k)->upper || (word_at (scan, k)->cue & CUE_FUNCTION))
      return FALSE;
  return TRUE;
}

/* The tagger reads "Iga Swiatek", "Marion Bartoli" as organisations
 * where it never saw the first name: two capitalised words (neither in
 * capitals) opening with a first name of first-names.tsv, neither a cue
 * word (an org-head, a loc-head such as Road, a title, a month) nor a
 * listed name but a person's, are a person, whatever label the tagger
 * gave them.  Not where the second word is a lowercase English word:
 * the list holds Nou, Monte, Merrill, Leyton, and on the BBC archive
 * "Merrill Lynch", "Nou Camp", "Leyton Orient" were most of its wrong
 * people, few surnames being such words. */
void
mend_first_names (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i + 1 < we; i++)
    {
      Span *s = span_at (scan, word_at (scan, i)->span);
      if (!s || s->a != i || s->b != i + 2 || s->source != SOURCE_TAGGER || strcmp (s->label, "PERSON") == 0)
        continue;
      gboolean plain = TRUE;
      for (guint k = i; k < i + 2 && plain; k++)
        {
          const Word *w = word_at (scan, k);
          /* A word the lists hint or know alone as a place, a company
           * or an organisation ("Kansas City", "Lada Togliatti", "Aston
           * Villa", "San Andreas") is no part of a person's name here:
           * on the BBC archive, letting a small town's name through
           * (Marion Bartoli) turned more places into people than it
           * mended. */
          const GazetteerEntry *alone = w->known.single;
          plain = w->upper && !w->capitals && g_unichar_isalpha (g_utf8_get_char (scan->text + w->start)) && w->cue == 0
                  && (k == i || !(first_name_flags (scan, w) & NAME_WORD_ENGLISH))
                  && (k == i || !w->glued) && (!w->hint || strcmp (w->hint->label, "PERSON") == 0)
                  && (!alone || strcmp (alone->label, "PERSON") == 0);
        }
      const Word *first = word_at (scan, i);
      if (!plain || !(first_name_flags (scan, first) & NAME_WORD_FIRST))
        continue;
      span_set_label (s, "PERSON");
    }
}

/* Whether the tagger (@tags, the sentence's from word @ws) put word @i
 * in a person's name. */
static gboolean
tagged_person (const Scan *scan, guint ws, const guint *tags, guint i)
{
  const char *tag = ner_model_tag (scan->e->model, tags[i - ws]);
  return tag[0] != 'O' && strcmp (tag + 2, "PER") == 0;
}

/* People after a title or a form of address ("Foreign Minister Tomas
 * Novak", "Dr. Jane Doe"): up to three capitalised words nobody else
 * knows.  In a sentence all in capitals a word joins only where the
 * tagger calls it a person's: in a headline ("PRINCE NASEEM RETAINS WBO",
 * "TO COACH NICE") the rule cannot tell a name from the words after it.
 * Where the tagger's person runs on past those words ("captain Billie
 * Jean King", "Prime Minister Kengo wa Dondo", "leader Aung San Suu
 * Kyi") the name is the tagger's whole: on eng.testa the rule cut
 * eleven names so. */
void
find_titled_people (Scan *scan, guint ws, guint we, const guint *tags)
{
  /* Every name here follows a role's or an honorific's word, and most
   * sentences have none: 2.5 M fewer instructions on 500 BBC articles. */
  if (!(scan->sentence_cues & (CUE_ROLE | CUE_HONORIFIC)))
    return;
  gboolean has_lower = FALSE;
  for (guint i = ws; i < we && !has_lower; i++)
    has_lower = !word_at (scan, i)->capitals;
  for (guint i = ws; i + 1 < we; i++)
    {
      Word *cue = word_at (scan, i);
      if (!(cue->cue & (CUE_ROLE | CUE_HONORIFIC)))
        continue;
      /* A form of address the lists know as a company's name too
       * ("Hon") is one only after another ("Rt Hon Ann Tarvo"): alone
       * before capitalised words it opens the company's ("Hon Kelvo
       * said"). */
      if (!(cue->cue & CUE_ROLE) && cue->hint && cue->hint->hint && strcmp (cue->hint->hint, "COMPANY") == 0
          && (i == ws || !(word_at (scan, i - 1)->cue & CUE_HONORIFIC)))
        continue;
      /* The title may run on: "Minister for Foreign Affairs and Trade". */
      guint k = i + 1;
      if (cue->cue & CUE_ROLE)
        {
          for (guint t = k; t < we; t++)
            {
              const Word *w = word_at (scan, t);
              if (w->cue & (CUE_ROLE | CUE_MODIFIER))
                k = t + 1; /* the title ends after its last title word */
              else if (!((w->cue & CUE_CONNECTOR) && !w->upper))
                break;
            }
        }
      guint j = k;
      while (j < we && j < k + 3 && word_at (scan, j)->upper && word_at (scan, j)->cue == 0
             && !g_unichar_isdigit (g_utf8_get_char (word_at (scan, j)->text))
             && (has_lower || tagged_person (scan, ws, tags, j)))
        j++;
      /* A place's head after a first name is a surname here: "Mayor Andy
       * Street", "Detective Sergeant Tom Bridge". */
      if (j == k + 1 && j < we && word_at (scan, j)->upper && word_at (scan, j)->cue == CUE_LOC_HEAD
          && (first_name_flags (scan, word_at (scan, k)) & NAME_WORD_FIRST))
        j++;
      /* So is a title's word with no name after it: "governor Mervyn
       * King said" (but "King Abdullah" is a title and a name). */
      else if (j == k + 1 && j < we && word_at (scan, j)->upper && (word_at (scan, j)->cue & CUE_ROLE)
               && (j + 1 >= we || !word_at (scan, j + 1)->upper)
               && (first_name_flags (scan, word_at (scan, k))
                   & NAME_WORD_FIRST))
        j++;
      /* A lone letter after a rank is a generation, no one's name:
       * "Gen Z shoppers" (but "Mr X", a form of address, names a
       * person kept anonymous). */
      if (j == k || (j == k + 1 && !(cue->cue & CUE_HONORIFIC) && word_at (scan, k)->end - word_at (scan, k)->start == 1))
        continue;
      /* Not over a capitalised function word ("analyst Vadim Mitroshin
       * The dispute", a full stop missing, is tagged one person) nor a
       * title in capitals ("Frank Field MP"). */
      if (tagged_person (scan, ws, tags, k) && tagged_person (scan, ws, tags, j - 1))
        {
          guint run = j;
          while (run < we && tagged_person (scan, ws, tags, run)
                 && ner_model_tag (scan->e->model, tags[run - ws])[0] == 'I'
                 && !(word_at (scan, run)->upper && (word_at (scan, run)->cue & CUE_FUNCTION))
                 && !(word_at (scan, run)->capitals && (word_at (scan, run)->cue & CUE_ROLE)))
            if (word_at (scan, run++)->upper)
              j = run;
        }
      /* A title inside an organisation's name is not a person's. */
      Span *around = span_at (scan, cue->span);
      if (around && around->source >= SOURCE_RULE && strcmp (around->label, "ORG") == 0)
        continue;
      Span *s = claim (scan, k, j, "PERSON", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, k, j);
      /* The forms of address before the name are no body's: the
       * tagger's name ending in one ("Most Rev", "Rt Rev" before "Ann
       * Tarvo") goes. */
      Span *address = span_at (scan, cue->span);
      if (s && address && (cue->cue & CUE_HONORIFIC) && address->source <= SOURCE_TAGGER && address->b <= k)
        drop_spans (scan, address->a, address->b, NULL);
    }
}

/* An initial: one capital letter, with or without its full stop.  The
 * length first, in the word itself: most words are longer, and their
 * text is a load away. */
static inline gboolean
is_initial (const Word *w)
{
  return w->end - w->start <= 2 && g_ascii_isupper (w->text[0])
         && (w->text[1] == '\0' || (w->text[1] == '.' && w->text[2] == '\0'));
}

/* A person's name the tagger cut in two: a lone word, no list's but a
 * person's name, right before a person, an initial allowed between, is
 * the person's first name ("Iga" ORG + "Swiatek" PERSON, "George" + "W"
 * + "Bush", "Courteney" + "Cox Arquette"). */
void
mend_split_people (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i + 1 < we; i++)
    {
      /* Most words are no name's: told by the word, before the initial
       * and the second name are looked for. */
      if (word_at (scan, i)->span < 0)
        continue;
      Span *first = span_at (scan, word_at (scan, i)->span);
      guint j = i + 1;
      if (j + 1 < we && word_at (scan, j)->span < 0 && is_initial (word_at (scan, j)) && !word_at (scan, j)->glued)
        j++;
      Span *rest = span_at (scan, word_at (scan, j)->span);
      if (!first || !rest || first == rest || first->source != SOURCE_TAGGER || rest->source != SOURCE_TAGGER
          || first->b - first->a != 1 || rest->a != j || strcmp (rest->label, "PERSON") != 0
          || word_at (scan, j)->glued)
        continue;
      const GazetteerEntry *hint = word_at (scan, i)->hint;
      if (hint && strcmp (hint->label, "PERSON") != 0)
        continue;
      first->dropped = TRUE;
      /* A kind of person before a first name is a title, no name
       * ("Referee" + "Graham Poll"). */
      if (j == i + 1 && person_noun_before_name (scan, i, rest->b))
        {
          word_at (scan, i)->span = -1;
          g_free (rest->role);
          rest->role = words_text (scan, i, i + 1);
          continue;
        }
      rest->a = i;
      for (guint k = i; k < j; k++)
        word_at (scan, k)->span = word_at (scan, j)->span;
      g_free (rest->canonical);
      rest->canonical = words_text (scan, rest->a, rest->b);
    }
}

/* Whether @w could be a middle initial inside a name: an initial
 * (is_initial()) not glued to the word before, and not a bare I, V or X,
 * which after a first name is a regnal number as often ("George V",
 * "Henry V", "Malcolm X"), nor a bare A after a first name that is an
 * English word too ("Will A Level results", where A is the article). */
gboolean
middle_initial (const Scan *scan, const Word *first, const Word *w)
{
  if (!is_initial (w) || w->glued)
    return FALSE;
  if (w->text[1] == '.')
    return TRUE;
  if (strchr ("IVX", w->text[0]))
    return FALSE;
  return w->text[0] != 'A' || !(first_name_flags (scan, first) & NAME_WORD_ENGLISH);
}

/* A listed first name, one or two middle initials and a surname ("George
 * W Bush", "Michael J. Fox", "Harry S Truman") are one person, whatever
 * the tagger made of the pieces ("George" ORG + "Bush" LOC): an initial
 * between a first name and a capitalised word is a person's mark far
 * more than any other name's.  Not where a capitalised word follows the
 * surname ("John F Kennedy Airport" names a place after the person), nor
 * over a name the lists or a rule gave another label, nor where one name
 * already spans it all, nor a first name inside a longer name. */
void
mend_initialled_people (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i + 2 < we; i++)
    {
      /* The initial first: one word in a hundred is one, and the
       * first-name lookup is the rule's cost. */
      if (!is_initial (word_at (scan, i + 1)))
        continue;
      const Word *first = word_at (scan, i);
      if (!first->upper || first->capitals || first->cue != 0
          || !g_unichar_isalpha (g_utf8_get_char (first->text))
          || !(first_name_flags (scan, first) & NAME_WORD_FIRST))
        continue;
      if (i > ws && word_at (scan, i - 1)->upper && !word_at (scan, i - 1)->sentence_start
          && word_at (scan, i - 1)->cue == 0)
        continue;
      guint j = i + 1;
      while (j < we && j < i + 3 && middle_initial (scan, first, word_at (scan, j)))
        j++;
      if (j == i + 1 || j >= we)
        continue;
      const Word *surname = word_at (scan, j);
      if (!surname->upper || surname->capitals || surname->glued || surname->cue != 0
          || !g_unichar_isalpha (g_utf8_get_char (surname->text)))
        continue;
      guint end = j + 1;
      const Span *tail = span_at (scan, surname->span);
      if (tail && tail->a == j && strcmp (tail->label, "PERSON") == 0)
        end = MAX (end, tail->b);
      if (end < we && word_at (scan, end)->upper && !word_at (scan, end)->glued)
        continue;
      gboolean free = TRUE;
      for (guint k = i; k < end && free; k++)
        {
          const Span *q = span_at (scan, word_at (scan, k)->span);
          free = !q || (q->a >= i && q->b <= end
                        && (q->source <= SOURCE_TAGGER || strcmp (q->label, "PERSON") == 0));
        }
      /* One name over all of it is the tagger's or a rule's reading of
       * the whole, kept: a firm named after its founder ("Arthur D.
       * Little", "Robert W. Baird") is read so. */
      const Span *whole = span_at (scan, first->span);
      if (!free || (whole && whole->a == i && whole->b == end))
        continue;
      /* The tagger's pieces mended, as mend_split_people() mends them:
       * its source, so a person before "website" or "spokesman" stays
       * the person org_by_cue() leaves the tagger's. */
      drop_spans (scan, i, end, NULL);
      Span *s = claim (scan, i, end, "PERSON", SOURCE_TAGGER);
      if (s)
        s->canonical = words_text (scan, i, end);
      i = end - 1;
    }
}

/* The organisation, country or nationality a role belongs to, ending
 * at word @end (exclusive): "NATO", "the EU's", "Czech". */
static const char *
role_owner (const Scan *scan, guint ws, guint end)
{
  if (end > ws && is_possessive (word_at (scan, end - 1)))
    end--;
  if (end <= ws)
    return NULL;
  const Span *s = span_at (scan, word_at (scan, end - 1)->span);
  if (s && s->b == end && (!strcmp (s->label, "ORG") || !strcmp (s->label, "GPE") || !strcmp (s->label, "NORP")))
    return s->canonical;
  return NULL;
}

/* Words [a, b) if they are a title (modifiers and role heads, a head
 * among them). */
/* Word @i is free or only the tagger's. */
static gboolean
only_tagged (const Scan *scan, guint i)
{
  const Span *s = span_at (scan, word_at (scan, i)->span);
  return s == NULL || s->source == SOURCE_TAGGER;
}

/* Every row of role-subjects.tsv is a word of the set. */
static guint
role_subject_value (const AssayDataRow *row, const char **wrong)
{
  (void) row, (void) wrong;
  return 1;
}

/* role-subjects.tsv's words, folded, or NULL with @error set. */
GHashTable *
role_subjects_load (const char *data_dir, GError **error)
{
  return word_table_load (data_dir, "role-subjects.tsv", "WORD<TAB>SOURCE", 2, role_subject_value, error);
}

/* Whether word @i may stand in a title before a name: a head or a
 * modifier of cues.tsv, or a department's subject of role-subjects.tsv
 * ("Culture Secretary", "pensions spokesman"), asked only here. */
static gboolean
role_word (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  return (w->cue & (CUE_ROLE | CUE_MODIFIER)) || g_hash_table_contains (scan->e->role_subjects, w->key);
}

/* Whether word @i is a comma in a title's list of departments' subjects
 * of role-subjects.tsv that "and" or another comma goes on ("Culture,
 * Media and Sport Secretary"): the list is the role's, whole.  Not a
 * comma before a subject and its head ("In culture, Sport Minister Ann
 * Lee"). */
static gboolean
subject_comma (const Scan *scan, guint i)
{
  if (i == 0 || i + 2 >= scan->words->len || strcmp (word_at (scan, i)->text, ",") != 0)
    return FALSE;
  const char *then = word_at (scan, i + 2)->text;
  return (strcmp (then, "and") == 0 || strcmp (then, ",") == 0)
         && g_hash_table_contains (scan->e->role_subjects, word_at (scan, i - 1)->key)
         && g_hash_table_contains (scan->e->role_subjects, word_at (scan, i + 1)->key);
}

static gboolean
is_title (const Scan *scan, guint a, guint b)
{
  gboolean head = FALSE;
  for (guint i = a; i < b; i++)
    {
      Cue cue = word_at (scan, i)->cue;
      gboolean inside = i > a && i + 1 < b;
      if (!role_word (scan, i) && !(inside && (cue & CUE_CONNECTOR) && !word_at (scan, i)->upper)
          && !(inside && subject_comma (scan, i)))
        return FALSE;
      head = head || (cue & CUE_ROLE);
    }
  return head && a < b;
}

/* A title ends at its head ("Foreign Minister") or, written in capitals,
 * runs on after it ("High Representative for Foreign Affairs and
 * Security Policy"). */
static gboolean
title_ends_well (const Scan *scan, guint a, guint b)
{
  guint h = b;
  while (h > a && !(word_at (scan, h - 1)->cue & CUE_ROLE))
    h--;
  if (h == a)
    return FALSE;
  for (guint i = h; i < b; i++)
    if (!word_at (scan, i)->upper && !(word_at (scan, i)->cue & CUE_CONNECTOR))
      return FALSE;
  return TRUE;
}

/* Whether the one capitalised role word at @r (to @e) after a person and
 * a comma is rather the next name of a list: no article or owner before
 * it, and after it a list's mark (";"), the sentence's end, or a comma
 * and another capitalised word ("Doe, Bishop; Roe, Hale", a side's
 * line-up, where Bishop is a player).  A title set off by commas goes on
 * in lowercase or with "of" ("Doe, Bishop of Leeds, said"; "Doe,
 * Chairman, said"). */
static gboolean
listed_name_not_title (const Scan *scan, guint r, guint e, guint we)
{
  if (e != r + 1 || !word_at (scan, r)->upper)
    return FALSE;
  if (e >= we)
    return TRUE;
  const char *next = word_at (scan, e)->text;
  if (strcmp (next, ";") == 0)
    return TRUE;
  return strcmp (next, ",") == 0 && e + 1 < we && word_at (scan, e + 1)->upper;
}

/* A person's role: the title before the name ("NATO Secretary-General
 * Jane Doe") or after it, set off by a comma ("Doe, the EU's
 * high representative"). */
void
find_roles (Scan *scan, guint first_span, guint ws, guint we)
{
  /* From this sentence's first span: every sentence reading every span
   * was quadratic (a 1.6 MB document of short sentences took 2.9 s). */
  for (guint k = first_span; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->a < ws || p->b > we || strcmp (p->label, "PERSON") != 0)
        continue;
      /* "Foreign Minister Tomas Novak", "the EU foreign policy chief, Jane Doe" */
      guint title_end = p->a;
      if (title_end > ws + 1 && strcmp (word_at (scan, title_end - 1)->text, ",") == 0)
        title_end--;
      guint a = title_end;
      while (a > ws && only_tagged (scan, a - 1)
             && (role_word (scan, a - 1)
                 || ((word_at (scan, a - 1)->cue & CUE_CONNECTOR) && !word_at (scan, a - 1)->upper)
                 || (a - 1 > ws && subject_comma (scan, a - 1))))
        a--;
      while (a < title_end && (word_at (scan, a)->cue & CUE_CONNECTOR) && !role_word (scan, a))
        a++;
      /* Letters in capitals right after another person's full name and
       * before a comma are that person's post-nominal ("Jane Doe QC,
       * John Roe"), not a title of the next: the person before takes
       * them.  Not a title with no comma after it ("Tory MP John Roe"). */
      Span *before = a > ws ? span_at (scan, word_at (scan, a - 1)->span) : NULL;
      if (before && before != p && !before->dropped && before->b == a && before->b - before->a >= 2
          && strcmp (before->label, "PERSON") == 0 && title_end - a == 1 && title_end < p->a
          && word_at (scan, a)->capitals)
        {
          if (before->role == NULL)
            before->role = words_text (scan, a, title_end);
          continue;
        }
      if (is_title (scan, a, title_end) && title_ends_well (scan, a, title_end))
        {
          /* The tagger's "Foreign Affairs" inside the title is the title's. */
          drop_spans (scan, a, title_end, NULL);
          g_free (p->role);
          p->role = words_text (scan, a, title_end);
          g_free (p->role_org);
          p->role_org = g_strdup (role_owner (scan, ws, a));
          continue;
        }
      /* "Uncle Bill", "Auntie Mary": a kind of person (no cue word, no
       * first name), capitalised inside the sentence, before the tagger's
       * person of one word that is a first name (first-names.tsv, or
       * person-names.tsv's hint) is the name the person goes by; before a
       * surname it is a title ("Archbishop Tutu"). */
      const Word *alone = word_at (scan, p->a);
      if (p->b == p->a + 1 && p->a > ws + 1 && word_at (scan, p->a - 1)->span < 0
          && ((first_name_flags (scan, alone) & NAME_WORD_FIRST)
              || (alone->hint && strcmp (alone->hint->label, "PERSON") == 0 && alone->hint_len == 1)))
        {
          const Word *kind = word_at (scan, p->a - 1);
          guint flags = first_name_flags (scan, kind);
          /* Not a kind of person that is a surname too (person-names.tsv:
           * Prophet, Saint, Child): "Prophet Muhammad", "Saint Therese"
           * are a title and a name, and such a word is a title only
           * before a first name and a surname (person_noun_before_name()). */
          gboolean surname = kind->hint && strcmp (kind->hint->label, "PERSON") == 0;
          if (kind->upper && !kind->capitals && !kind->sentence_start && kind->cue == 0 && !surname
              && (flags & NAME_WORD_PERSON_NOUN) && !(flags & NAME_WORD_FIRST)
              && !word_at (scan, p->a - 2)->upper)
            {
              p->a--;
              word_at (scan, p->a)->span = k;
              g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
              continue;
            }
        }
      /* "Referee Graham Poll", "Keeper Petr Cech": a kind of person
       * (person-nouns.tsv) written as a title, which the tagger leaves out
       * of the name, is the person's role. */
      if (p->role == NULL && p->a > ws && word_at (scan, p->a - 1)->span < 0
          && person_noun_before_name (scan, p->a - 1, p->b))
        {
          p->role = words_text (scan, p->a - 1, p->a);
          continue;
        }
      guint i = p->b;
      if (i + 1 >= we || strcmp (word_at (scan, i)->text, ",") != 0)
        continue;
      i++;
      gboolean article = FALSE;
      if (word_at (scan, i)->cue & CUE_FUNCTION && !(word_at (scan, i)->cue & CUE_MODIFIER))
        i++, article = TRUE; /* "the", "a" */
      guint org_end = i;
      while (org_end < we && word_at (scan, org_end)->span >= 0
             && span_at (scan, word_at (scan, org_end)->span)->b > org_end)
        org_end = span_at (scan, word_at (scan, org_end)->span)->b;
      if (org_end < we && is_possessive (word_at (scan, org_end)))
        org_end++;
      const char *owner = org_end > i ? role_owner (scan, i, org_end) : NULL;
      guint r = owner ? org_end : i, e = r;
      while (e < we && role_word (scan, e) && word_at (scan, e)->span < 0)
        e++;
      /* The title ends at its last head: "chief of staff" is left out. */
      while (e > r && !(word_at (scan, e - 1)->cue & CUE_ROLE))
        e--;
      if (is_title (scan, r, e) && !(!owner && !article && listed_name_not_title (scan, r, e, we)))
        {
          g_free (p->role);
          p->role = words_text (scan, r, e);
          g_free (p->role_org);
          p->role_org = g_strdup (owner);
        }
    }
}

/* Whether @w is a first name of first-names.tsv or of person-names.tsv
 * (kind first: the latter keeps the English words the former leaves
 * out, "Victor", "Guy", "Maria"). */
gboolean
any_first_name (const Scan *scan, const Word *w)
{
  const GazetteerEntry *e = w->known.single;
  return (first_name_flags (scan, w) & NAME_WORD_FIRST)
         || (e && e->hint && strcmp (e->hint, "FIRST") == 0);
}

/* Whether @w could be a kind of person written as a title before a name
 * (person-nouns.tsv): capitalised, not in capitals, no cue word (the
 * titles of cues.tsv are find_titled_people()'s), no first name. */
static gboolean
kind_word (const Scan *scan, const Word *w)
{
  return w->upper && !w->capitals && w->cue == 0
         && (first_name_flags (scan, w) & NAME_WORD_PERSON_NOUN) && !any_first_name (scan, w);
}

/* Moves the span @p's first word, a kind of person, into its role. */
static void
kind_to_role (Scan *scan, Span *p)
{
  word_at (scan, p->a)->span = -1;
  if (p->role == NULL)
    p->role = words_text (scan, p->a, p->a + 1);
  p->a++;
  g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
}

/* Forms of address the tagger took into the name before a person's
 * are no part of it: "Most Rev", "Very Rev" (its organisation) before
 * "Ann Tarvo", which find_titled_people() found after the last of them,
 * go; "Kelso Mr" before "Bo Kell" (a heading's name run on) is
 * "Kelso".  Nor is the title before them a name ("Attorney General
 * Lord"), nor what the tagger called a person there: the person is the
 * name after ("Tory Treasurer Lord" before "Ashby"). */
static void
drop_forms_of_address (Scan *scan)
{
  guint n = scan->words->len;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b >= n || !(word_at (scan, p->b - 1)->cue & CUE_HONORIFIC)
          || p->cued || p->listed)
        continue;
      const Span *next = span_at (scan, word_at (scan, p->b)->span);
      if (!next || next->dropped || next->a != p->b || strcmp (next->label, "PERSON") != 0)
        continue;
      guint b = p->b;
      while (b > p->a && (word_at (scan, b - 1)->cue & CUE_HONORIFIC))
        b--;
      if (b == p->a || (word_at (scan, b - 1)->cue & (CUE_ROLE | CUE_MODIFIER)) || strcmp (p->label, "PERSON") == 0)
        {
          drop_spans (scan, p->a, p->a + 1, NULL);
          continue;
        }
      for (guint i = b; i < p->b; i++)
        word_at (scan, i)->span = -1;
      p->b = b;
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
    }
}

/* The label of the one-word name at @i where it is a body's by a sign
 * beyond its place before a person, else NULL: the lists know it
 * alone (organisations, nationalities: "Yugoslav"), hint a company of
 * it or hold it in institutions.tsv ("Treasury"), or the document names
 * it alone as an organisation (@skip, the span it opens, aside). */
static const char *
body_word (const Scan *scan, guint i, guint skip)
{
  const Word *w = word_at (scan, i);
  const GazetteerEntry *known = w->known.single;
  if (known && (strcmp (known->label, "ORG") == 0 || strcmp (known->label, "NORP") == 0))
    return known->label;
  if ((w->hint && w->hint_len == 1 && w->hint->hint && strcmp (w->hint->hint, "COMPANY") == 0)
      || (first_name_flags (scan, w) & NAME_WORD_INSTITUTION))
    return "ORG";
  guint slot = scan->slots[i];
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *q = span_at (scan, k);
      if (k != skip && !q->dropped && q->b - q->a == 1 && scan->slots[q->a] == slot && strcmp (q->label, "ORG") == 0)
        return "ORG";
    }
  return NULL;
}

/* A body's name run into a person's ("Kelvo Dave Quarnby" for the
 * union Kelvo's Dave Quarnby): the tagger's person of three words, the
 * second a first name, the first none (neither list's) but a body's by
 * body_word(), no longer name the lists know over them, is two
 * mentions: the body, and the person from the first name on.  Three-word
 * people whose first word no list knows are as many ("Khoo Kay Peng",
 * "Gala Leon Garcia" in eng.train), hence the body's sign; and only the
 * tagger's person: its organisation of such words is a firm named after
 * people as often ("Tarvo Kell Quarnby", "Citigroup Smith Barney"). */
static void
split_body_people (Scan *scan)
{
  guint n_spans = scan->spans->len;
  for (guint k = 0; k < n_spans; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a != 3 || p->source != SOURCE_TAGGER || p->cued || p->listed || p->work || p->team
          || p->kb || strcmp (p->label, "PERSON") != 0)
        continue;
      const Word *body = word_at (scan, p->a), *first = word_at (scan, p->a + 1), *last = word_at (scan, p->a + 2);
      if (!body->upper || body->glued || first->glued || last->glued || !g_ascii_isalpha (body->key[0])
          || first->capitals || !any_first_name (scan, first) || !last->upper || last->capitals
          || (first->hint && first->hint_len > 1) || (body->hint && body->hint_len > 1)
          || (body->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC | CUE_MODIFIER)) || any_first_name (scan, body))
        continue;
      const char *label = body_word (scan, p->a, k);
      if (label == NULL)
        continue;
      guint a = p->a;
      word_at (scan, a)->span = -1;
      p->a = a + 1;
      g_free (p->canonical), p->canonical = words_text (scan, p->a, p->b);
      Span *s = claim (scan, a, a + 1, label, SOURCE_TAGGER); /* p is stale from here */
      if (s)
        s->canonical = words_text (scan, a, a + 1);
    }
}

/* Per document, before link_names() reads the people: a kind of person
 * the tagger took into a person's name as its first word is the
 * person's role, not the name ("Singer Fenwick", "Dancer Keira Boyd").
 * Before a first name and a surname it is always a title
 * (person_noun_before_name()).  Before a surname alone only where the
 * document names that surname after another first name ("Helen
 * Fenwick"); an initial ("G Easterby", "V Matfield") says nothing.  A
 * first name is never the kind: person-nouns.tsv holds English words
 * that are first names too ("Guy Ritchie", "Victor Matfield").  First,
 * the other words the tagger took into or beside a person's name that
 * are none of it: forms of address (drop_forms_of_address()) and a
 * body's name (split_body_people()). */
void
mend_kind_titles (Scan *scan)
{
  g_autoptr (GHashTable) named = NULL; /* surname key -> the key of a first name before it */
  drop_forms_of_address (scan);
  split_body_people (scan);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->b - p->a < 2 || p->b - p->a > 4 || strcmp (p->label, "PERSON") != 0
          || !kind_word (scan, word_at (scan, p->a)))
        continue;
      if (p->b - p->a >= 3)
        {
          if (person_noun_before_name (scan, p->a, p->b))
            kind_to_role (scan, p);
          continue;
        }
      if (!named)
        {
          /* Built once, for the first document that has a candidate. */
          named = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint o = 0; o < scan->spans->len; o++)
            {
              const Span *q = span_at (scan, o);
              const Word *first = word_at (scan, q->b - 2);
              if (!q->dropped && q->b - q->a >= 2 && strcmp (q->label, "PERSON") == 0
                  && any_first_name (scan, first))
                g_hash_table_insert (named, (gpointer) word_at (scan, q->b - 1)->key,
                                     (gpointer) word_at (scan, q->b - 2)->key);
            }
        }
      const Word *surname = word_at (scan, p->b - 1);
      const char *before = g_hash_table_lookup (named, surname->key);
      if (surname->upper && !(surname->cue & CUE_FUNCTION) && before && strcmp (before, word_at (scan, p->a)->key) != 0)
        kind_to_role (scan, p);
    }
}

/* A family by its name in the plural ("the Oatleys", "the Kennedys"):
 * one word after "the", ending in s, whose stem is the surname of a
 * person the document names (of two words or more), and no lowercase
 * English word, is those people, PERSON, as CoNLL marks "Clintons" and
 * "Kennedys"; the tagger made it an organisation.  Not a work's title
 * found as one ("the series The Osbournes": works.c's). */
void
mend_families (Scan *scan)
{
  g_autoptr (GHashTable) surnames = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      char stem[64];
      if (p->dropped || p->b - p->a != 1 || p->work || p->source > SOURCE_RULE || strcmp (p->label, "PERSON") == 0
          || !plural_stem (w->key, FALSE, stem) || w->capitals || p->a == 0
          || strcmp (word_at (scan, p->a - 1)->key, "the") != 0)
        continue;
      if (!surnames)
        {
          /* Built once, for the first document that has a candidate. */
          surnames = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint o = 0; o < scan->spans->len; o++)
            {
              const Span *q = span_at (scan, o);
              if (!q->dropped && q->b - q->a >= 2 && strcmp (q->label, "PERSON") == 0)
                g_hash_table_add (surnames, (gpointer) word_at (scan, q->b - 1)->key);
            }
        }
      gboolean family = g_hash_table_contains (surnames, stem);
      if (!family && strlen (w->key) > 4 && plural_stem (w->key, TRUE, stem)) /* "the Joneses" */
        family = g_hash_table_contains (surnames, stem);
      /* Not a word English writes in lowercase: "the Stones" (the band,
       * though Joss Stone is named), "Aids" after Band Aid. */
      if (!family || (word_map_get (scan->e->first_names, stem, word_hash (stem, strlen (stem))) & NAME_WORD_ENGLISH))
        continue;
      p->label = "PERSON";
      p->place = FALSE;
      g_clear_pointer (&p->kb, g_free);
      g_clear_pointer (&p->country, g_free);
      g_free (p->canonical), p->canonical = g_strdup (w->text);
    }
}

/* "said Stuart Hensel of the Economist Intelligence Unit": the tagger
 * took a person, "of" and the organisation they speak for as one ORG.
 * A name of the tagger or a rule that opens (a form of address allowed
 * before) with a first name of first-names.tsv and one more capitalised
 * word, then "of", "the" allowed, then a run holding an org-head, is the
 * person and the organisation ("Dr Jeremy Philpott of the UK Patent
 * Office"); not "Muslim Council of Britain", not "Harvard School of
 * Public Health" (no first name before "of"), not a head alone after
 * "of" ("Guinness Book of Records"). */
void
mend_person_of_org (Scan *scan, guint first_span)
{
  for (guint k = first_span, n = scan->spans->len; k < n; k++)
    {
      Span *s = span_at (scan, k);
      if (s->dropped || s->b - s->a < 4 || s->source > SOURCE_RULE || strcmp (s->label, "PERSON") == 0)
        continue;
      guint i = s->a, p = (word_at (scan, i)->cue & CUE_HONORIFIC) ? i + 1 : i, b = s->b;
      const Word *first = word_at (scan, p), *last = word_at (scan, p + 1);
      if (p + 3 >= b || !first->upper || first->capitals || !last->upper || last->capitals || last->cue
          || !(first_name_flags (scan, first) & NAME_WORD_FIRST)
          || strcmp (word_at (scan, p + 2)->key, "of") != 0)
        continue;
      guint o = p + 3;
      if (strcmp (word_at (scan, o)->key, "the") == 0)
        o++;
      gboolean head = FALSE;
      for (guint j = o; j < b; j++)
        head = head || (word_at (scan, j)->cue & CUE_ORG_HEAD);
      /* A head alone after "of" completes the name before it, no
       * organisation of its own ("Guinness Book of Records", "Jersey
       * Chamber of Commerce"). */
      if (o >= b || !head || !word_at (scan, o)->upper || (o == p + 3 && o + 1 == b))
        continue;
      for (guint j = i; j < o; j++)
        word_at (scan, j)->span = -1;
      s->a = o;
      span_set_org (s);
      g_free (s->canonical), s->canonical = words_text (scan, o, b);
      Span *person = claim (scan, p, p + 2, "PERSON", SOURCE_RULE); /* s may move: not read after */
      if (person)
        person->canonical = words_text (scan, p, p + 2);
    }
}

/* Whether word @i ends a line-up's item: a comma, a semicolon, a full
 * stop or "and" ("S Jones and D Peel"). */
static gboolean
item_break (const Word *w)
{
  /* By bytes: it is asked of nearly every word of a list's sentence. */
  const char *k = w->key;
  return ((k[0] == ',' || k[0] == ';' || k[0] == '.') && k[1] == '\0')
         || (k[0] == 'a' && k[1] == 'n' && k[2] == 'd' && k[3] == '\0');
}

/* One item of a list ("G Murphy", "O'Driscoll (capt)"): its name's
 * words [a, b), and what it reads as. */
typedef struct
{
  guint a, b;
  gboolean initial; /* an initial and a capitalised surname: "G Murphy" */
  gboolean person;  /* so, with a surname no English word ("Murphy", not "Best"), or one person's span of two words or more */
  gboolean weak;    /* one word the tagger calls a person */
  gboolean lone;    /* one word (its glued pieces too: "Mo'unga") no list knows but as a person's name, nor an English word */
} LineItem;

/* Whether word @w is a particle inside a surname after an initial
 * ("R de Marigny", "P van der Merwe"): a lowercase word of one to
 * three letters, not "and" nor "or". */
static gboolean
particle (const Word *w)
{
  gsize n = strlen (w->key);
  return !w->upper && !w->glued && n >= 1 && n <= 3 && g_ascii_isalpha (w->key[0]) && strcmp (w->key, "and") != 0
         && strcmp (w->key, "or") != 0;
}

/* Reads the item at word @i (before @we) into @item; returns the word
 * after its name and any brackets after it ("(capt)", "(Cardiff)"),
 * a break or @we, or @i where the item is no name of one to four words,
 * all capitalised but particles after an initial; pieces glued to a
 * word are its own ("O'Driscoll", "Simpson-Daniel"). */
static guint
line_item (const Scan *scan, guint i, guint we, LineItem *item)
{
  const Word *first = word_at (scan, i);
  gboolean initial = first->text[1] == '\0' && g_ascii_isupper (first->text[0]);
  /* "A" is an initial inside a sentence ("L Cullen, A Foley"). */
  if (!first->upper || !g_ascii_isalpha (first->text[0])
      || (first->cue & (CUE_ROLE | CUE_HONORIFIC))
      || ((first->cue & CUE_FUNCTION) && !(initial && !first->sentence_start)))
    return i;
  guint b = i + 1, words = 1;
  while (b < we && words < 4)
    {
      const Word *w = word_at (scan, b);
      if (w->glued)
        {
          /* A piece of the word: letters, or an apostrophe or a
           * hyphen and letters. */
          if (!g_ascii_isalpha (w->text[0]) && !((w->text[0] == '\'' || w->text[0] == '-') && g_ascii_isalpha (w->text[1]))
              && !g_str_has_prefix (w->text, "\u2019"))
            break;
        }
      else if (initial && words == 1 && particle (w) && b + 1 < we && word_at (scan, b + 1)->upper)
        ;
      else if (w->upper && g_ascii_isalpha (w->text[0]) && !(w->cue & (CUE_FUNCTION | CUE_ROLE | CUE_HONORIFIC)))
        words++;
      else
        break;
      b++;
    }
  guint end = b;
  if (end < we && strcmp (word_at (scan, end)->key, "(") == 0)
    {
      while (end < we && end < b + 6 && word_at (scan, end)->text[0] != ')')
        end++;
      if (end == we || strcmp (word_at (scan, end)->key, ")") != 0)
        return i;
      end++;
    }
  if (end < we && !item_break (word_at (scan, end)))
    return i;
  *item = (LineItem) { .a = i, .b = b };
  const Span *held = span_at (scan, first->span);
  if (initial && words == 2 && !word_at (scan, b - 1)->capitals)
    {
      const Word *surname = word_at (scan, b - 1);
      while (surname->glued)
        surname--;
      item->initial = TRUE;
      item->person = !(first_name_flags (scan, surname) & NAME_WORD_ENGLISH)
                     && !surname->cue && !(held && held->source >= SOURCE_GAZETTEER);
    }
  else if (held && held->a == i && held->b == b && words >= 2 && strcmp (held->label, "PERSON") == 0)
    item->person = TRUE;
  else if (words == 1)
    {
      gboolean someone = held && held->a == i && held->b == b && strcmp (held->label, "PERSON") == 0;
      item->weak = someone;
      item->lone = !first->capitals && !first->cue && !first->known.start && !(held && held->source >= SOURCE_GAZETTEER)
                   && !(first->hint && strcmp (first->hint->label, "PERSON") != 0)
                   && !(first_name_flags (scan, first) & NAME_WORD_ENGLISH);
    }
  return end;
}

/* Makes item @it a person: the tagger's name over it (an initial and a
 * surname read as an organisation, "G Murphy" ORG; "Foley" without its
 * "A") goes, or nothing named it ("Viljoen;"). */
static void
item_person (Scan *scan, const LineItem *it)
{
  for (guint k = it->a; k < it->b; k++)
    {
      /* A name across the item's bounds ("Casey; Gustard", the tagger's
       * one person) would lose its other words: it stays. */
      const Span *held = span_at (scan, word_at (scan, k)->span);
      if (held && (held->a < it->a || held->b > it->b))
        return;
    }
  const Span *held = span_at (scan, word_at (scan, it->a)->span);
  if (held && held->a == it->a && held->b == it->b && strcmp (held->label, "PERSON") == 0)
    return;
  Span *s = claim (scan, it->a, it->b, "PERSON", SOURCE_RULE);
  if (s)
    s->canonical = words_text (scan, it->a, it->b);
}

/* Decides the list @items of @n: a line-up where half of it or more
 * are initials and surnames or persons of two words or more (two at
 * least), each of those a person; a lone surname there a person where
 * a neighbour is an initial's or one word the tagger calls a person
 * (not where the neighbours are full names: "Michael Jackson,
 * Aerosmith, Diana Ross"), and so in a list of four surnames or more
 * that the tagger's people make more than half of ("Parker, Klerck,
 * Surgener"). */
static void
line_up_decide (Scan *scan, const LineItem *items, guint n)
{
  if (n < 3)
    return;
  guint people = 0, weak = 0;
  for (guint k = 0; k < n; k++)
    people += items[k].person, weak += items[k].weak;
  gboolean line_up = people >= 2 && people * 2 >= n;
  gboolean surnames = n >= 4 && (people + weak) * 2 > n;
  for (guint k = 0; k < n && (line_up || surnames); k++)
    {
      gboolean near = (k > 0 && (items[k - 1].initial || items[k - 1].weak))
                      || (k + 1 < n && (items[k + 1].initial || items[k + 1].weak));
      if ((line_up && (items[k].person || items[k].initial)) || (items[k].lone && near))
        item_person (scan, &items[k]);
    }
}

void
mend_line_ups (Scan *scan, guint ws, guint we)
{
  /* A team sheet is a list of three names or more, each item between
   * breaks; an item that is no name, or a colon ("Wales: K Morgan"),
   * ends the list.  "S Club", "G Force", "A Level" name no player: the
   * word after the initial is English, and a list of them is no
   * line-up. */
  enum { MAX_ITEMS = 32 };
  /* Three items need two breaks: most sentences have fewer, and cost
   * one look a word. */
  guint marks = 0;
  for (guint k = ws; k < we && marks < 2; k++)
    {
      const char *key = word_at (scan, k)->key;
      marks += ((key[0] == ',' || key[0] == ';') && key[1] == '\0')
               || (key[0] == 'a' && key[1] == 'n' && key[2] == 'd' && key[3] == '\0');
    }
  if (marks < 2)
    return;
  LineItem items[MAX_ITEMS];
  guint n = 0;
  guint i = ws;
  while (i < we)
    {
      guint next = line_item (scan, i, we, &items[n]);
      if (next > i)
        {
          if (++n == MAX_ITEMS)
            line_up_decide (scan, items, n), n = 0;
          i = next + 1; /* past the break */
          continue;
        }
      line_up_decide (scan, items, n);
      n = 0;
      /* The next item starts after a break or a colon; the capitalised
       * words right before a break open a list too ("featured A
       * Whitcombe, B Okafor and ..."). */
      guint j = i;
      while (j < we && !item_break (word_at (scan, j)) && strcmp (word_at (scan, j)->key, ":") != 0)
        j++;
      if (j < we && j > i + 1 && word_at (scan, j - 1)->upper && item_break (word_at (scan, j)))
        {
          guint c = j;
          while (c > i + 1 && c + 4 > j && (word_at (scan, c - 1)->upper || word_at (scan, c - 1)->glued))
            c--;
          if (line_item (scan, c, we, &items[0]) == j)
            n = 1;
        }
      i = j + 1;
    }
  line_up_decide (scan, items, n);
}

void
spread_cued_orgs (Scan *scan)
{
  /* The vote of links.c weighs a cued name's label for names of one word
   * only; a longer one the text marks as an organisation ("Roxy Music
   * were formed", "P2P network Red Swoosh") is the organisation at its
   * mentions the tagger took for a person too ("Roxy Music will
   * appear"). */
  g_autoptr (GHashTable) orgs = NULL;
  for (guint k = 0; k < scan->spans->len; k++)
    {
      const Span *p = span_at (scan, k);
      if (p->dropped || !p->cued || p->b - p->a < 2 || strcmp (p->label, "ORG") != 0)
        continue;
      if (!orgs)
        orgs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autofree char *raw = words_text (scan, p->a, p->b);
      g_hash_table_add (orgs, assay_text_fold (raw, -1));
    }
  if (!orgs)
    return; /* nearly every document */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a < 2 || strcmp (p->label, "PERSON") != 0)
        continue;
      g_autofree char *raw = words_text (scan, p->a, p->b);
      g_autofree char *key = assay_text_fold (raw, -1);
      if (!g_hash_table_contains (orgs, key))
        continue;
      p->label = "ORG";
      g_clear_pointer (&p->role, g_free);
      g_clear_pointer (&p->role_org, g_free);
    }
}
