/* assay-html-jsonld.c: what a page's schema.org JSON-LD says of its
 * article (headline, datePublished, author, publisher), for
 * assay-html.c.  The blocks are publishers' own JSON, often malformed or
 * wrapped for XHTML, and any size: each is checked flat for its depth
 * before json-glib (which recurses a level at a time) is given it. */
#include "assay-html-private.h"

#include <string.h>
#include <json-glib/json-glib.h>

/* JSON-LD blocks larger than this, or nested deeper, are not parsed
 * (json-glib recurses a level at a time); real ones are a few KB. */
#define MAX_JSONLD_BYTES (1 << 20)
#define MAX_JSONLD_DEPTH 64

/* The length of the JSON text @s (@n bytes) up to the end of its first
 * object or array; 0 when it opens with anything else or nests deeper
 * than @max.  A flat scan, so json-glib's recursion is never asked to go
 * deeper; and json-glib is given the first value alone, because when a
 * second follows it (1.6) keeps the first and leaks the second's tree
 * ("{...}{...}": 576 bytes a page, found when the reader's fuzzing showed
 * the same leak for JSONL lines). */
static gsize
json_first_value (const char *s, gsize n, guint max)
{
  guint depth = 0;
  gboolean in_string = FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (in_string)
        {
          if (s[i] == '\\')
            i++;
          else if (s[i] == '"')
            in_string = FALSE;
          continue;
        }
      if (depth == 0 && !g_ascii_isspace (s[i]) && s[i] != '{' && s[i] != '[')
        return 0;
      if (s[i] == '"')
        in_string = TRUE;
      else if ((s[i] == '{' || s[i] == '[') && ++depth > max)
        return 0;
      else if ((s[i] == '}' || s[i] == ']') && --depth == 0)
        return i + 1;
    }
  return n;
}

static const char *
json_string (JsonObject *o, const char *key)
{
  JsonNode *n = json_object_get_member (o, key);
  if (n && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return json_node_get_string (n);
  return NULL;
}

/* A schema.org person or organisation: a name, an object with "name", or
 * an array of either (names joined with ", "). */
static char *
json_names (JsonNode *n, guint depth)
{
  if (n == NULL || depth > 4)
    return NULL;
  if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
    return assay_html_clean_value (json_node_get_string (n));
  if (JSON_NODE_HOLDS_OBJECT (n))
    return assay_html_clean_value (json_string (json_node_get_object (n), "name"));
  if (JSON_NODE_HOLDS_ARRAY (n))
    {
      g_autoptr (GString) all = g_string_new (NULL);
      JsonArray *a = json_node_get_array (n);
      for (guint i = 0; i < json_array_get_length (a); i++)
        {
          g_autofree char *one = json_names (json_array_get_element (a, i), depth + 1);
          if (one && !strstr (all->str, one))
            g_string_append_printf (all, "%s%s", all->len ? ", " : "", one);
        }
      return all->len ? g_strdup (all->str) : NULL;
    }
  return NULL;
}

/* Takes what a JSON-LD item says of the article: the first item with a
 * datePublished or a headline, in a list or an @graph too. */
static void
read_jsonld_node (JsonNode *n, AssayHtmlMeta *m, guint depth)
{
  if (n == NULL || depth > 3)
    return;
  if (JSON_NODE_HOLDS_ARRAY (n))
    {
      JsonArray *a = json_node_get_array (n);
      for (guint i = 0; i < json_array_get_length (a); i++)
        read_jsonld_node (json_array_get_element (a, i), m, depth + 1);
      return;
    }
  if (!JSON_NODE_HOLDS_OBJECT (n))
    return;
  JsonObject *o = json_node_get_object (n);
  if (json_object_has_member (o, "@graph"))
    read_jsonld_node (json_object_get_member (o, "@graph"), m, depth + 1);
  if (!json_object_has_member (o, "datePublished") && !json_object_has_member (o, "headline"))
    return;
  assay_html_set_once (&m->ld_published, json_string (o, "datePublished"));
  /* The name beside the headline is read from the same item only: an
   * earlier item (the site's WebPage, with a date but no headline) names
   * the site, not the article. */
  if (m->headline == NULL)
    {
      m->headline = assay_html_clean_value (json_string (o, "headline"));
      if (m->headline)
        {
          g_free (m->ld_name);
          m->ld_name = assay_html_clean_value (json_string (o, "name"));
        }
    }
  if (m->author == NULL)
    m->author = json_names (json_object_get_member (o, "author"), 0);
  if (m->site == NULL)
    m->site = json_names (json_object_get_member (o, "publisher"), 0);
}

void
assay_html_read_jsonld (const GumboNode *script, AssayHtmlMeta *m)
{
  if (script->type != GUMBO_NODE_ELEMENT)
    return;
  const GumboVector *kids = &script->v.element.children;
  if (kids->length == 0)
    return;
  const GumboNode *t = kids->data[0];
  if (t->type != GUMBO_NODE_TEXT && t->type != GUMBO_NODE_WHITESPACE
      && t->type != GUMBO_NODE_CDATA)
    return;
  const char *json = t->v.text.text;
  gsize n = strlen (json);
  /* A block wrapped for XHTML ("<![CDATA[ ... ]]>", maybe after "//"):
   * in HTML5 a script's text is raw, so the wrapper is part of it. */
  while (n > 0 && g_ascii_isspace (*json))
    json++, n--;
  if (g_str_has_prefix (json, "//"))
    json += 2, n -= 2;
  if (g_str_has_prefix (json, "<![CDATA["))
    {
      json += 9, n -= 9;
      while (n > 0 && g_ascii_isspace (json[n - 1]))
        n--;
      if (n >= 3 && memcmp (json + n - 3, "]]>", 3) == 0)
        n -= 3;
      while (n > 0 && (g_ascii_isspace (json[n - 1]) || json[n - 1] == '/'))
        n--;
    }
  if (n > MAX_JSONLD_BYTES || (n = json_first_value (json, n, MAX_JSONLD_DEPTH)) == 0
      || !g_utf8_validate (json, n, NULL))
    return;
  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  if (json_parser_load_from_data (parser, json, n, NULL))
    read_jsonld_node (json_parser_get_root (parser), m, 0);
}
