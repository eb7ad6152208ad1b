/* assay-html-hints.c: what an element's class and id say of it, for the
 * HTML extractor (assay-html.c): chrome ("sidebar", "comments") or
 * article ("content", "story"), as Readability.js reads them.  The words
 * are a table (data/html-hints.tsv, generated from Readability.js by
 * data/gen-html-hints.py, Apache-2.0), compiled in as a C array by
 * data/tsv-to-c.py so that a page is read with no file to find; the
 * patterns are compiled once a process. */
#include "assay-private.h"
#include "assay-html-private.h"

#include <string.h>

#include "assay-html-hints.h"

/* Readability's class and id hints (data/html-hints.tsv), compiled once
 * a process: each kind one case-insensitive alternation. */
typedef struct
{
  GRegex *unlikely, *maybe, *positive, *negative;
  GPtrArray *roles;
} Hints;

static GRegex *
hint_regex (const char *kind)
{
  g_autoptr (GString) alternation = g_string_new (NULL);
  for (guint i = 0; i < G_N_ELEMENTS (html_hint_rows); i++)
    if (strcmp (html_hint_rows[i][0], kind) == 0)
      g_string_append_printf (alternation, "%s(?:%s)", alternation->len ? "|" : "",
                              html_hint_rows[i][1]);
  if (alternation->len == 0)
    return NULL;
  /* The table is compiled in and tested (tests/core/test-html.c): a
   * pattern that does not compile is the build's error, not a page's. */
  GRegex *re = g_regex_new (alternation->str, G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
  g_warn_if_fail (re != NULL);
  return re;
}

static const Hints *
hints_get (void)
{
  static Hints hints;
  static gsize ready = 0;
  if (g_once_init_enter (&ready))
    {
      hints.unlikely = hint_regex ("unlikely");
      hints.maybe = hint_regex ("maybe");
      hints.positive = hint_regex ("positive");
      hints.negative = hint_regex ("negative");
      hints.roles = g_ptr_array_new ();
      for (guint i = 0; i < G_N_ELEMENTS (html_hint_rows); i++)
        if (strcmp (html_hint_rows[i][0], "role") == 0)
          g_ptr_array_add (hints.roles, (gpointer) html_hint_rows[i][1]);
      g_once_init_leave (&ready, 1);
    }
  return &hints;
}

static gboolean
hint_matches (GRegex *re, const char *value)
{
  return re && value && *value && g_regex_match (re, value, 0, NULL);
}

/* Readability's class weight: 25 down for a negative word in the class,
 * 25 up for a positive one, and the same again for the id. */
double
assay_html_class_weight (const GumboNode *node)
{
  const Hints *h = hints_get ();
  double weight = 0;
  const char *values[] = { assay_html_attr (node, "class"), assay_html_attr (node, "id") };
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    weight += 25 * (hint_matches (h->positive, values[i]) - hint_matches (h->negative, values[i]));
  return weight;
}

/* Chrome by its class or id ("sidebar", "comments"), unless they also
 * say content ("article", "main"), or by its ARIA role; as Readability,
 * never the body, a link, or what is inside a table or code. */
gboolean
assay_html_is_unlikely (const GumboNode *node)
{
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_A)
    return FALSE;
  const Hints *h = hints_get ();
  const char *role = assay_html_attr (node, "role");
  for (guint i = 0; role && i < h->roles->len; i++)
    if (strcmp (role, h->roles->pdata[i]) == 0)
      return TRUE;
  const char *cls = assay_html_attr (node, "class"), *id = assay_html_attr (node, "id");
  if ((cls == NULL || *cls == '\0') && (id == NULL || *id == '\0'))
    return FALSE;
  g_autofree char *both = g_strconcat (cls ? cls : "", " ", id ? id : "", NULL);
  if (!hint_matches (h->unlikely, both) || hint_matches (h->maybe, both))
    return FALSE;
  for (const GumboNode *up = node->parent; up && up->type == GUMBO_NODE_ELEMENT; up = up->parent)
    if (up->v.element.tag == GUMBO_TAG_TABLE || up->v.element.tag == GUMBO_TAG_CODE)
      return FALSE;
  return TRUE;
}

