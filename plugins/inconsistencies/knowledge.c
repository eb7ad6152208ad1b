/* knowledge.c: reading the inconsistencies stage's data files. */
#include "knowledge.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void
term_free (gpointer data)
{
  Term *t = data;
  g_free (t->office);
  g_free (t->org);
  g_free (t->holder);
  g_free (t->source);
  g_free (t);
}

void
knowledge_free (Knowledge *k)
{
  if (k == NULL)
    return;
  g_clear_pointer (&k->by_holder, g_hash_table_unref);
  g_clear_pointer (&k->by_office, g_hash_table_unref);
  g_clear_pointer (&k->roles, g_hash_table_unref);
  g_clear_pointer (&k->terms, g_ptr_array_unref);
  for (guint i = 0; i < N_CUE_KINDS; i++)
    g_clear_pointer (&k->cues[i], g_hash_table_unref);
  g_clear_pointer (&k->trie, cue_trie_free);
  g_free (k);
}

static guint32
day_of (int year, int month, int day)
{
  GDate date;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

guint32
knowledge_parse_day (const char *iso, gboolean last)
{
  /* The one rule for a date written outside a text (libassay's). */
  AssayDate d;
  if (iso == NULL || !assay_date_parse (iso, -1, &d, NULL))
    return 0;
  int month = d.grain >= ASSAY_DATE_GRAIN_MONTH ? d.month : last ? 12 : 1;
  int day = d.grain >= ASSAY_DATE_GRAIN_DAY ? d.day : last ? g_date_get_days_in_month (month, d.year) : 1;
  return day_of (d.year, month, day);
}

guint32
knowledge_timex_day (const char *value)
{
  /* A TIMEX3 value of a day, alone or with its time or part of the day
   * after a T ("2024-03-02TMO"): the date part, by the one rule. */
  if (value == NULL || strlen (value) < 10 || (value[10] != '\0' && value[10] != 'T'))
    return 0;
  AssayDate d;
  if (!assay_date_parse (value, 10, &d, NULL) || d.grain != ASSAY_DATE_GRAIN_DAY)
    return 0;
  return day_of (d.year, d.month, d.day);
}

char *
knowledge_format_day (guint32 day)
{
  GDate date;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* Adds @item to the list of @key in @index (@key owned by the index);
 * a new list frees its items with @free_item. */
static void
index_add (GHashTable *index, char *key, gpointer item, GDestroyNotify free_item)
{
  GPtrArray *list = g_hash_table_lookup (index, key);
  if (list == NULL)
    {
      list = g_ptr_array_new_with_free_func (free_item);
      g_hash_table_insert (index, key, list);
    }
  else
    g_free (key);
  g_ptr_array_add (list, item);
}

/* Reads one checked row of a table into @k. */
typedef gboolean (*RowLoader) (Knowledge *k, const AssayDataTable *table, const AssayDataRow *row,
                               GError **error);

/* Every table of the stage's knowledge is read so: each row of @path
 * checked against @layout, then given to @load_row; the first wrong row
 * stops the load. */
static gboolean
load_table (Knowledge *k, const char *path, guint min_fields, guint max_fields, const char *layout,
            RowLoader load_row, GError **error)
{
  g_autoptr (AssayDataTable) table = assay_data_table_read (path, error);
  if (table == NULL)
    return FALSE;
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, min_fields, max_fields, layout, error)
          || !load_row (k, table, row, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_holder (Knowledge *k, const AssayDataTable *table, const AssayDataRow *row, GError **error)
{
  char **f = row->fields;
  guint32 from = knowledge_parse_day (f[3], FALSE);
  guint32 to = *f[4] ? knowledge_parse_day (f[4], TRUE) : 0;
  guint32 checked = knowledge_parse_day (f[5], TRUE);
  if (!*f[0] || !*f[1] || !*f[2])
    {
      assay_data_row_set_error (error, table, row, "OFFICE, ORG and HOLDER must not be empty");
      return FALSE;
    }
  if (from == 0 || checked == 0 || (*f[4] && to == 0))
    {
      assay_data_row_set_error (error, table, row,
                                "FROM, TO and CHECKED are dates: write YYYY, YYYY-MM or YYYY-MM-DD "
                                "(TO empty while the term lasts)");
      return FALSE;
    }
  if (to && to < from)
    {
      assay_data_row_set_error (error, table, row, "the term ends (%s) before it begins (%s)", f[4], f[3]);
      return FALSE;
    }
  Term *t = g_new0 (Term, 1);
  t->office = g_strdup (f[0]);
  t->org = g_strdup (f[1]);
  t->holder = g_strdup (f[2]);
  t->source = g_strdup (f[6]);
  t->from = from, t->to = to, t->checked = checked;
  g_ptr_array_add (k->terms, t);
  index_add (k->by_holder, assay_text_fold (t->holder, -1), t, NULL);
  index_add (k->by_office, g_strdup_printf ("%s\t%s", t->office, t->org), t, NULL);
  return TRUE;
}

static gboolean
load_role (Knowledge *k, const AssayDataTable *table, const AssayDataRow *row, GError **error)
{
  char **f = row->fields;
  if (!*f[0] || !*f[1])
    {
      assay_data_row_set_error (error, table, row, "TITLE and OFFICE must not be empty");
      return FALSE;
    }
  char **pair = g_new0 (char *, 3);
  pair[0] = g_strdup (f[1]);
  pair[1] = g_strdup (row->n_fields > 2 ? f[2] : "");
  index_add (k->roles, assay_text_fold (f[0], -1), pair, (GDestroyNotify) g_strfreev);
  return TRUE;
}

/* Words.single holds a word's cue kinds as bits of a guint32. */
G_STATIC_ASSERT (N_CUE_KINDS <= 32);

static const char *const cue_kind_names[N_CUE_KINDS + 1] = {
  "bridge", "blame-after", "blame-before", "negation", "event", "unrelated", "start", "end", "announce",
  "approx", "number", "counted-stop", "verb", "former", "past", "future", "speaker", "story-event",
  "office-changer", "plural", "part-of", "comparison", "base", "organisation", "update", "happened", "tally", "people-verb",
  "auxiliary", "speech", NULL,
};

static gboolean
load_cue (Knowledge *k, const AssayDataTable *table, const AssayDataRow *row, GError **error)
{
  char **f = row->fields;
  int kind = -1;
  for (int c = 0; c < N_CUE_KINDS; c++)
    if (strcmp (f[0], cue_kind_names[c]) == 0)
      kind = c;
  if (kind < 0 || !*f[1])
    {
      g_autofree char *kinds = g_strjoinv (", ", (char **) cue_kind_names);
      assay_data_row_set_error (error, table, row, kind < 0 ? "no cue kind '%s': write one of %s"
                                                            : "a cue of kind '%s' needs a phrase%s",
                                f[0], kind < 0 ? kinds : "");
      return FALSE;
    }
  const char *value = row->n_fields > 2 ? f[2] : "";
  g_autofree char *phrase = assay_text_fold (f[1], -1);
  if (!cue_trie_add (k->trie, phrase, kind, value))
    {
      assay_data_row_set_error (error, table, row, "more cue words than the stage can hold (65,535)");
      return FALSE;
    }
  g_hash_table_insert (k->cues[kind], g_steal_pointer (&phrase), g_strdup (value));
  return TRUE;
}

static gboolean
load_holders (Knowledge *k, const char *path, GError **error)
{
  return load_table (k, path, 7, 8,
                     "OFFICE<TAB>ORG<TAB>HOLDER<TAB>FROM<TAB>TO<TAB>CHECKED<TAB>SOURCE[<TAB>TITLE]",
                     load_holder, error);
}

static gboolean
load_roles (Knowledge *k, const char *path, GError **error)
{
  return load_table (k, path, 2, 3, "TITLE<TAB>OFFICE[<TAB>ORG]", load_role, error);
}

Knowledge *
knowledge_load (const char *holders, const char *holders_extra, const char *roles, const char *role_titles,
                const char *cues, GError **error)
{
  Knowledge *k = g_new0 (Knowledge, 1);
  k->terms = g_ptr_array_new_with_free_func (term_free);
  k->by_holder = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  k->by_office = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  k->roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < N_CUE_KINDS; i++)
    k->cues[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  k->trie = cue_trie_new ();
  if (!load_holders (k, holders, error) || (holders_extra && !load_holders (k, holders_extra, error))
      || !load_roles (k, roles, error) || (role_titles && !load_roles (k, role_titles, error))
      || !load_table (k, cues, 2, 3, "KIND<TAB>PHRASE[<TAB>VALUE]", load_cue, error))
    {
      knowledge_free (k);
      return NULL;
    }
  cue_trie_freeze (k->trie);
  return k;
}

GPtrArray *
knowledge_office_terms (const Knowledge *k, const char *office, const char *org)
{
  g_autofree char *key = g_strdup_printf ("%s\t%s", office, org);
  return g_hash_table_lookup (k->by_office, key);
}
