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

guint32
knowledge_parse_day (const char *iso, gboolean last)
{
  if (iso == NULL || strlen (iso) < 4)
    return 0;
  int y = 0, m = 0, d = 0;
  int n = sscanf (iso, "%4d-%2d-%2d", &y, &m, &d);
  if (n < 1 || y < 1 || y > 9999)
    return 0;
  if (n == 1)
    m = last ? 12 : 1;
  if (m < 1 || m > 12)
    return 0;
  if (n < 3)
    d = last ? g_date_get_days_in_month (m, y) : 1;
  if (!g_date_valid_dmy (d, m, y))
    return 0;
  GDate date;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
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

static void
index_term (GHashTable *index, char *key, Term *t)
{
  GPtrArray *list = g_hash_table_lookup (index, key);
  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (index, key, list);
    }
  else
    g_free (key);
  g_ptr_array_add (list, t);
}

static gboolean
load_holders (Knowledge *k, const char *path, GError **error)
{
  g_autoptr (GPtrArray) lines = assay_data_read_lines (path, error);
  if (lines == NULL)
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines->pdata[i], "\t", -1);
      guint n = g_strv_length (f);
      guint32 from = n >= 7 ? knowledge_parse_day (f[3], FALSE) : 0;
      guint32 to = n >= 7 && *f[4] ? knowledge_parse_day (f[4], TRUE) : 0;
      guint32 checked = n >= 7 ? knowledge_parse_day (f[5], TRUE) : 0;
      if (n < 7 || !*f[0] || !*f[1] || !*f[2] || from == 0 || checked == 0 || (*f[4] && to == 0) || (to && to < from))
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s, entry %u: expected OFFICE<TAB>ORG<TAB>HOLDER<TAB>FROM<TAB>TO<TAB>CHECKED<TAB>SOURCE"
                       " with dates as YYYY[-MM[-DD]], TO empty or not before FROM",
                       path, i + 1);
          return FALSE;
        }
      Term *t = g_new0 (Term, 1);
      t->office = g_strdup (f[0]);
      t->org = g_strdup (f[1]);
      t->holder = g_strdup (f[2]);
      t->source = g_strdup (f[6]);
      t->from = from, t->to = to, t->checked = checked;
      g_ptr_array_add (k->terms, t);
      index_term (k->by_holder, assay_text_fold (t->holder, -1), t);
      index_term (k->by_office, g_strdup_printf ("%s\t%s", t->office, t->org), t);
    }
  return TRUE;
}

static gboolean
load_roles (Knowledge *k, const char *path, GError **error)
{
  g_autoptr (GPtrArray) lines = assay_data_read_lines (path, error);
  if (lines == NULL)
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines->pdata[i], "\t", -1);
      if (g_strv_length (f) < 2 || !*f[0] || !*f[1])
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s, entry %u: expected TITLE<TAB>OFFICE[<TAB>ORG]", path, i + 1);
          return FALSE;
        }
      char *title = assay_text_fold (f[0], -1);
      GPtrArray *list = g_hash_table_lookup (k->roles, title);
      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
          g_hash_table_insert (k->roles, title, list);
        }
      else
        g_free (title);
      char **pair = g_new0 (char *, 3);
      pair[0] = g_strdup (f[1]);
      pair[1] = g_strdup (f[2] ? f[2] : "");
      g_ptr_array_add (list, pair);
    }
  return TRUE;
}

static gboolean
load_cues (Knowledge *k, const char *path, GError **error)
{
  static const char *const names[N_CUE_KINDS] = {
    "bridge", "blame-after", "blame-before", "negation", "event", "unrelated", "start", "end", "announce",
    "approx", "number", "counted-stop", "verb", "former", "past", "future", "speaker", "story-event",
    "office-changer", "plural", "part-of", "comparison", "base", "organisation",
  };
  g_autoptr (GPtrArray) lines = assay_data_read_lines (path, error);
  if (lines == NULL)
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines->pdata[i], "\t", -1);
      int kind = -1;
      for (int c = 0; f[0] && c < N_CUE_KINDS; c++)
        if (strcmp (f[0], names[c]) == 0)
          kind = c;
      if (kind < 0 || g_strv_length (f) < 2 || !*f[1])
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s, entry %u: expected KIND<TAB>PHRASE[<TAB>VALUE] with a known KIND", path, i + 1);
          return FALSE;
        }
      g_autofree char *phrase = assay_text_fold (f[1], -1);
      if (!cue_trie_add (k->trie, phrase, kind, f[2] ? f[2] : ""))
        {
          g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                       "%s, entry %u: more cue words than the stage can hold (65,535)", path, i + 1);
          return FALSE;
        }
      g_hash_table_insert (k->cues[kind], g_steal_pointer (&phrase), g_strdup (f[2] ? f[2] : ""));
    }
  return TRUE;
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
      || !load_cues (k, cues, error))
    {
      knowledge_free (k);
      return NULL;
    }
  return k;
}

GPtrArray *
knowledge_office_terms (const Knowledge *k, const char *office, const char *org)
{
  g_autofree char *key = g_strdup_printf ("%s\t%s", office, org);
  return g_hash_table_lookup (k->by_office, key);
}
