/* assay-names.c: the two rules for the names stages give: lower-kebab-case
 * for stages, options, layers and finding kinds, and the looser rule for
 * metadata and attribute keys. */
#include "assay-private.h"


gboolean
assay_name_is_kebab (const char *name)
{
  if (name == NULL || !g_ascii_islower (name[0]))
    return FALSE;
  for (const char *p = name; *p; p++)
    {
      if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        continue;
      if (*p == '-' && p[1] != '\0' && p[1] != '-')
        continue;
      return FALSE;
    }
  return TRUE;
}

gboolean
assay_name_is_key (const char *name)
{
  if (name == NULL || !g_ascii_islower (name[0]))
    return FALSE;
  for (const char *p = name; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-' || *p == '_'))
      return FALSE;
  return TRUE;
}
