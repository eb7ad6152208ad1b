/* assay-html-title.c: a page's title without its site's name, for the
 * HTML extractor (assay-html.c): "Headline | Site", "Site - Headline".
 * Pure string functions, callable from any thread. */
#include "assay-private.h"
#include "assay-html-private.h"

#include <string.h>

/* What parts a site's name from the headline in a title. */
static const char *const title_separators[] = { " | ", " - ", " \u2013 ", " \u2014 ", " :: ",
                                                " \u00b7 ", " \u2022 ", " / ", NULL };

/* The page's <title> without the site's name: "Headline | Site",
 * "Site - Headline".  The site's name (when the page says it) goes from
 * either end; otherwise the title is cut at its last separator when what
 * follows is not the longer part (most sites put their name last), or at
 * its first when what comes before is shorter:
 * a headline is longer than a name, and may hold a dash of its own. */
char *
assay_html_strip_site_name (const char *title, const char *site)
{
  const char *first = NULL, *last = NULL;
  gsize first_len = 0, last_len = 0;
  for (const char *const *sep = title_separators; *sep; sep++)
    for (const char *at = strstr (title, *sep); at; at = strstr (at + 1, *sep))
      {
        if (first == NULL || at < first)
          first = at, first_len = strlen (*sep);
        if (last == NULL || at > last)
          last = at, last_len = strlen (*sep);
      }
  if (first == NULL)
    return g_strdup (title);
  const char *tail = last + last_len;
  gsize head_len = first - title;
  if (site && g_ascii_strcasecmp (tail, site) == 0)
    return g_strndup (title, last - title);
  if (site && strlen (site) == head_len && g_ascii_strncasecmp (title, site, head_len) == 0)
    return g_strdup (first + first_len);
  if (strlen (tail) <= (gsize) (last - title))
    return g_strndup (title, last - title);
  if (head_len < strlen (first + first_len))
    return g_strdup (first + first_len);
  return g_strdup (title);
}

/* @title without the site's name (@site, nullable) where a separator
 * joins it at either end ("Headline - BBC News"); unchanged otherwise.
 * For og:title, which sites mean to be the headline alone but many end
 * with their name: only a name the page declares is taken off. */
char *
assay_html_without_site (const char *title, const char *site)
{
  if (site == NULL || *site == '\0')
    return g_strdup (title);
  /* A site's name with its motto ("Name - what we do"): the name alone
   * is what ends its titles. */
  static const char *const mottos[] = { " - ", " | ", " \u2013 ", " \u2014 ", NULL };
  for (const char *const *sep = mottos; *sep; sep++)
    {
      const char *at = strstr (site, *sep);
      if (at && at > site)
        {
          g_autofree char *name = g_strndup (site, at - site);
          g_autofree char *stripped = assay_html_without_site (title, name);
          if (strcmp (stripped, title) != 0)
            return g_steal_pointer (&stripped);
        }
    }
  /* Only where the name sits at an end, a separator between it and the
   * headline, and cut exactly there: a headline that merely starts with
   * the name ("Reuters reporter detained - officials") keeps its words. */
  gsize tl = strlen (title), sl = strlen (site);
  for (const char *const *sep = title_separators; *sep; sep++)
    {
      gsize pl = strlen (*sep);
      if (tl <= sl + pl)
        continue;
      if (g_ascii_strcasecmp (title + tl - sl, site) == 0
          && strncmp (title + tl - sl - pl, *sep, pl) == 0)
        return g_strndup (title, tl - sl - pl);
      if (g_ascii_strncasecmp (title, site, sl) == 0 && strncmp (title + sl, *sep, pl) == 0)
        return g_strdup (title + sl + pl);
    }
  return g_strdup (title);
}
