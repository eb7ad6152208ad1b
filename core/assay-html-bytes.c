/* assay-html-bytes.c: what the HTML extractor (assay-html.c) reads from a
 * page's bytes before gumbo parses it: how deep its elements nest (a
 * page too deep for gumbo to parse in reasonable time is refused), and
 * the charset it declares (a page not in UTF-8 is converted). */
#include "assay-private.h"
#include "assay-html-private.h"

#include <string.h>

/* ---- the depth check ----------------------------------------------------- */

/* Elements that are never open (void) or whose end tag may be left out
 * (a <p> or <li> ends at the next one): neither deepens a sloppy page. */
static gboolean
never_nests (const char *name, gsize n)
{
  static const char *const names[] = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
    "track", "wbr", "param", "keygen", "p", "li", "td", "th", "tr", "dt", "dd", "option",
    "optgroup", "tbody", "thead", "tfoot", "colgroup", "rp", "rt", "!doctype", NULL,
  };
  for (const char *const *p = names; *p; p++)
    if (strlen (*p) == n && g_ascii_strncasecmp (*p, name, n) == 0)
      return TRUE;
  return FALSE;
}

/* How deep the page nests, counted over its tags without building the
 * tree (start tags deepen, end tags come back; comments, and the text of
 * scripts and styles, are skipped), stopping past @max. */
guint
assay_html_depth (const char *s, gsize n, guint max)
{
  guint depth = 0, deepest = 0;
  const char *end = s + n;
  for (const char *p = s; p < end && deepest <= max; p++)
    {
      if (*p != '<' || p + 1 >= end)
        continue;
      if (p + 4 <= end && memcmp (p, "<!--", 4) == 0)
        {
          const char *close = g_strstr_len (p + 4, end - p - 4, "-->");
          if (close == NULL)
            break;
          p = close + 2;
          continue;
        }
      gboolean closing = p[1] == '/';
      const char *name = p + 1 + closing;
      const char *q = name;
      while (q < end && (g_ascii_isalnum (*q) || *q == '!' || *q == '-'))
        q++;
      if (q == name || !(g_ascii_isalpha (*name) || *name == '!'))
        continue;
      gsize len = q - name;
      const char *gt = memchr (q, '>', end - q);
      if (gt == NULL)
        break;
      if (closing)
        {
          if (!never_nests (name, len) && depth > 0)
            depth--;
          p = gt;
          continue;
        }
      gboolean raw = (len == 6 && g_ascii_strncasecmp (name, "script", 6) == 0)
                     || (len == 5 && g_ascii_strncasecmp (name, "style", 5) == 0);
      p = gt;
      if (raw)
        {
          /* Up to its end tag, in any case: what looks like tags inside
           * is text. */
          const char *close = p;
          while (close + 2 + len <= end
                 && !(close[0] == '<' && close[1] == '/'
                      && g_ascii_strncasecmp (close + 2, name, len) == 0))
            close++;
          if (close + 2 + len > end)
            break;
          p = close + 1 + len;
          continue;
        }
      if (gt[-1] != '/' && !never_nests (name, len))
        {
          depth++;
          deepest = MAX (deepest, depth);
        }
    }
  return deepest;
}

/* ---- the encoding -------------------------------------------------------- */

/* The charset a page declares in its first 1024 bytes (<meta
 * charset=X>, or http-equiv's content="text/html; charset=X"), as the
 * HTML standard's prescan looks for it; NULL when none. */
static char *
declared_charset (const char *html, gsize length)
{
  gsize n = MIN (length, 1024);
  for (gsize i = 0; i + 8 < n; i++)
    {
      if (g_ascii_strncasecmp (html + i, "charset=", 8) != 0)
        continue;
      gsize start = i + 8;
      while (start < n && (html[start] == '"' || html[start] == '\'' || html[start] == ' '))
        start++;
      gsize end = start;
      while (end < n && (g_ascii_isalnum (html[end]) || strchr ("-_.:", html[end])))
        end++;
      if (end > start)
        return g_strndup (html + start, end - start);
    }
  return NULL;
}

/* Returns: (transfer full) (nullable): @html (not valid UTF-8) converted
 * from the charset it declares, or NULL when it declares none, or one
 * iconv does not know, or its bytes are not in it. */
char *
assay_html_from_declared_charset (const char *html, gsize length, gsize *out_length)
{
  g_autofree char *charset = declared_charset (html, length);
  if (charset == NULL || g_ascii_strcasecmp (charset, "utf-8") == 0
      || g_ascii_strcasecmp (charset, "utf8") == 0)
    return NULL;
  /* As browsers do: a page labelled Latin-1 is read as Windows-1252,
   * whose curly quotes and dashes such pages hold. */
  const char *from = g_ascii_strcasecmp (charset, "iso-8859-1") == 0
                             || g_ascii_strcasecmp (charset, "latin1") == 0
                             || g_ascii_strcasecmp (charset, "us-ascii") == 0
                         ? "WINDOWS-1252"
                         : charset;
  return g_convert (html, length, "UTF-8", from, NULL, out_length, NULL);
}

