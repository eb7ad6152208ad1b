/* religions.c: the entities stage's words of no body: religions.tsv's
 * adjectives, and the tagger's name that is one ("Islamic leaders",
 * "the Christian faith") or ends in a group's word ("Roman Catholics")
 * made a NORP of no country; diseases.tsv's names ("HIV") made MISC, as
 * CoNLL-2003 labels them, where the tagger read an organisation, a
 * person or a place.  Moved out of rules-places.c, which had grown to
 * its limit. */
#include "entities.h"

#include <string.h>

/* What a key is to the table: bits, as a key may be more than one. */
enum
{
  NO_BODY_RELIGION = 1 << 0,      /* a religion's adjective (religions.tsv's second column) */
  NO_BODY_NAMED = 1 << 1,         /* one that is a person's name too (its third column: "Christian") */
  NO_BODY_DISEASE = 1 << 2,       /* a disease's whole name (diseases.tsv) */
  NO_BODY_DISEASE_FIRST = 1 << 3, /* the first word of a disease's name of more words ("Black Death") */
};

/* The table's value: the bits, and the religion's name ("" for a
 * disease); one allocation, freed by g_free(). */
typedef struct
{
  guint kinds;
  char religion[];
} NoBody;

static void
no_body_add (GHashTable *table, const char *name, guint kinds, const char *religion)
{
  g_autofree char *key = assay_text_fold (name, -1);
  if (*key == '\0')
    return;
  NoBody *had = g_hash_table_lookup (table, key);
  if (had && (kinds & (NO_BODY_RELIGION | NO_BODY_NAMED)) == 0)
    {
      had->kinds |= kinds;
      return;
    }
  gsize n = strlen (religion) + 1;
  NoBody *v = g_malloc (sizeof (NoBody) + n);
  v->kinds = kinds | (had ? had->kinds : 0);
  memcpy (v->religion, religion, n);
  g_hash_table_insert (table, g_steal_pointer (&key), v);
}

/* religions.tsv (scripts/make-religions.py, from WordNet):
 * RELIGION<TAB>ADJECTIVES<TAB>PEOPLE'S NAMES TOO ('|', or -), and
 * diseases.tsv (scripts/make-diseases.py, from WordNet):
 * NAME<TAB>ALIASES, as one table from each word or name, folded as the
 * words' keys are, to a NoBody; NULL with @error naming the file and
 * line. */
GHashTable *
religions_load (const char *data_dir, GError **error)
{
  g_autofree char *path = g_build_filename (data_dir, "religions.tsv", NULL);
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return NULL;
  g_autofree char *disease_path = g_build_filename (data_dir, "diseases.tsv", NULL);
  g_autoptr (AssayDataTable) diseases = assay_data_table_read (disease_path, error);
  if (diseases == NULL)
    return NULL;
  GHashTable *religions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint r = 0; r < assay_data_table_get_n_rows (table); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, r);
      if (!assay_data_row_check (table, row, 3, 3, "RELIGION<TAB>ADJECTIVES<TAB>PEOPLE'S NAMES TOO", error))
        {
          g_hash_table_unref (religions);
          return NULL;
        }
      if (*row->fields[0] == '\0' || *row->fields[1] == '\0' || *row->fields[2] == '\0')
        {
          assay_data_row_set_error (error, table, row, "an empty field; write - for none");
          g_hash_table_unref (religions);
          return NULL;
        }
      for (guint column = 1; column <= 2; column++)
        {
          g_auto (GStrv) adjectives = g_strsplit (row->fields[column], "|", -1);
          for (guint k = 0; adjectives[k]; k++)
            if (*adjectives[k] && strcmp (adjectives[k], "-") != 0)
              no_body_add (religions, adjectives[k], column == 1 ? NO_BODY_RELIGION : NO_BODY_NAMED, row->fields[0]);
        }
    }
  for (guint r = 0; r < assay_data_table_get_n_rows (diseases); r++)
    {
      const AssayDataRow *row = assay_data_table_get_row (diseases, r);
      if (!assay_data_row_check (diseases, row, 1, 2, "NAME<TAB>ALIASES", error))
        {
          g_hash_table_unref (religions);
          return NULL;
        }
      g_auto (GStrv) names = g_strsplit (row->n_fields > 1 ? row->fields[1] : "", "|", -1);
      for (gint k = -1; k < 0 || names[k]; k++)
        {
          const char *name = k < 0 ? row->fields[0] : names[k];
          if (*name == '\0')
            continue;
          no_body_add (religions, name, NO_BODY_DISEASE, "");
          const char *space = strchr (name, ' ');
          if (space)
            {
              g_autofree char *first = g_strndup (name, space - name);
              no_body_add (religions, first, NO_BODY_DISEASE_FIRST, "");
            }
        }
    }
  return religions;
}

static void
make_norp (Span *p, const char *canonical)
{
  p->label = "NORP";
  g_free (p->canonical), p->canonical = g_strdup (canonical);
  g_clear_pointer (&p->kb, g_free);
  g_clear_pointer (&p->country, g_free);
}

/* An article right before word @a, a lowercase word right after word
 * @b - 1: "the Christian faith", where a first name alone never stands. */
static gboolean
between_article_and_noun (const Scan *scan, guint a, guint b)
{
  if (a == 0 || b >= scan->words->len || !g_ascii_islower (word_at (scan, b)->text[0]))
    return FALSE;
  const char *before = word_at (scan, a - 1)->key;
  return strcmp (before, "the") == 0 || strcmp (before, "a") == 0 || strcmp (before, "an") == 0;
}

/* Whether "the" stands before word @a, or before one lowercase word
 * before it ("the ruling", "the opposition"). */
static gboolean
after_the (const Scan *scan, guint a)
{
  for (guint k = 1; k <= 2 && k <= a; k++)
    {
      const Word *w = word_at (scan, a - k);
      if (strcmp (w->key, "the") == 0)
        return TRUE;
      if (w->upper || !g_ascii_isalpha (w->text[0]))
        return FALSE;
    }
  return FALSE;
}

/* Words @a to @b - 1 each capitalised, of letters, dots and hyphens
 * only: no year ("1992 European") nor a clause the tagger took in ("I'm
 * Jewish") before a group's word. */
static gboolean
words_of_letters (const Scan *scan, guint a, guint b)
{
  for (guint i = a; i < b; i++)
    {
      const Word *w = word_at (scan, i);
      if (!w->upper || !g_ascii_isalpha (w->text[0]))
        return FALSE;
      for (const char *c = w->text; *c; c++)
        if (!g_ascii_isalpha (*c) && *c != '.' && *c != '-')
          return FALSE;
    }
  return TRUE;
}

/* A disease's name the tagger or a rule read as a body, a person or a
 * place ("HIV" ORG) is MISC, unless the document tied it to another
 * name ("BSE" after "the Budapest Stock Exchange (BSE)": its canonical
 * is that name's). */
static void
mend_disease (Scan *scan, Span *p, const NoBody *v)
{
  if (p->source == SOURCE_GAZETTEER
      || (strcmp (p->label, "ORG") && strcmp (p->label, "PERSON") && strcmp (p->label, "LOC") && strcmp (p->label, "GPE")))
    return;
  g_autofree char *text = words_text (scan, p->a, p->b);
  if (p->b - p->a > 1)
    {
      g_autofree char *key = assay_text_fold (text, -1);
      v = g_hash_table_lookup (scan->e->religions, key);
    }
  if (v == NULL || !(v->kinds & NO_BODY_DISEASE) || !p->canonical || g_ascii_strcasecmp (p->canonical, text) != 0)
    return;
  p->label = "MISC";
  g_clear_pointer (&p->kb, g_free);
  g_clear_pointer (&p->country, g_free);
}

/* A religion's adjective the tagger named alone (MISC, ORG or PERSON:
 * "Islamic leaders") is a NORP of no country, its canonical the
 * religion's name; one that is a person's name too ("Christian") only
 * between an article and a lowercase word.  Read after the tagger, not
 * claimed by the lists: the lists' class would move the tagger's
 * features and cut the names it begins ("Islamic Jihad", "Islamic
 * Salvation Front"), which stay the tagger's.  A name of more words
 * the tagger called a person or a thing that ends in a group's word of
 * cues.tsv ("Roman Catholics") is a NORP too: no person's name ends so,
 * and a body's ends in its own head ("Catholic Relief Services"). */
void
mend_religions (Scan *scan)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || strcmp (p->label, "NORP") == 0)
        continue;
      const Word *first = word_at (scan, p->a);
      const NoBody *v = g_hash_table_lookup (scan->e->religions, first->key);
      if (v && (v->kinds & (NO_BODY_DISEASE | NO_BODY_DISEASE_FIRST)))
        mend_disease (scan, p, v);
      if (p->source != SOURCE_TAGGER)
        continue;
      if (p->b - p->a == 1)
        {
          if (v == NULL || first->capitals || !(v->kinds & (NO_BODY_RELIGION | NO_BODY_NAMED)))
            continue;
          if ((v->kinds & NO_BODY_RELIGION) || between_article_and_noun (scan, p->a, p->b))
            make_norp (p, v->religion);
        }
      else if ((word_at (scan, p->b - 1)->cue & CUE_GROUP) && word_at (scan, p->b - 1)->upper
               && (strcmp (p->label, "PERSON") == 0 || strcmp (p->label, "MISC") == 0) && words_of_letters (scan, p->a, p->b - 1))
        {
          /* A party's name the lists know is the party's, an
           * organisation, as the lists label it elsewhere: before a noun
           * ("Liberal Democrat peer") or, plural, after "the" ("the
           * ruling Social Democrats"); a bare plural counts its members
           * ("a handful of Social Democrats": eng.train MISC), a NORP. */
          const Word *last = word_at (scan, p->b - 1);
          if (seats_party_name (scan, p->a, p->b) && (last->text[last->end - last->start - 1] != 's' || after_the (scan, p->a)))
            {
              p->label = "ORG";
              g_clear_pointer (&p->kb, g_free);
              g_clear_pointer (&p->country, g_free);
              continue;
            }
          g_autofree char *text = words_text (scan, p->a, p->b);
          make_norp (p, text);
        }
    }
}
