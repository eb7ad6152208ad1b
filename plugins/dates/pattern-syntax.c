/* pattern-syntax.c: stepping over a PCRE2 pattern's constructs
 * (pattern-syntax.h). */
#include "pattern-syntax.h"

#include <string.h>

static inline void
mark_unread (gboolean *unread)
{
  if (unread)
    *unread = TRUE;
}

const char *
pattern_escape_end (const char *p, gboolean *unread)
{
  if (p[1] == '\0')
    {
      mark_unread (unread);
      return p + 1;
    }
  if (p[1] == 'Q')
    {
      mark_unread (unread);
      const char *e = strstr (p + 2, "\\E");
      return e ? e + 2 : p + strlen (p);
    }
  if (p[2] == '{' && strchr ("xopPNgk", p[1]))
    {
      const char *e = strchr (p + 3, '}');
      if (e)
        return e + 1;
    }
  return p + 2;
}

const char *
pattern_class_end (const char *p, gboolean *unread)
{
  p++;
  if (*p == '^')
    p++;
  if (*p == ']')
    p++;
  while (*p && *p != ']')
    {
      if (*p == '\\')
        p = pattern_escape_end (p, unread);
      else if (p[0] == '[' && p[1] == ':' && strstr (p + 2, ":]"))
        p = strstr (p + 2, ":]") + 2;
      else
        p++;
    }
  if (*p == '\0')
    {
      mark_unread (unread);
      return p;
    }
  return p + 1;
}

const char *
pattern_group_end (const char *p, gboolean *unread)
{
  guint depth = 0;
  while (*p)
    {
      if (*p == '\\')
        p = pattern_escape_end (p, unread);
      else if (*p == '[')
        p = pattern_class_end (p, unread);
      else
        {
          if (*p == '(')
            depth++;
          else if (*p == ')' && --depth == 0)
            return p + 1;
          p++;
        }
    }
  mark_unread (unread);
  return p;
}
