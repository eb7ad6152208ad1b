/* util.c: reading the stage's data files and compiling their patterns. */
#include "cleanup-private.h"

#include <string.h>

GPtrArray *
cleanup_read_data_lines (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize length;
  g_autoptr (GError) local = NULL;
  if (!g_file_get_contents (path, &data, &length, &local))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s", local->message);
      return NULL;
    }
  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA, "%s is not UTF-8", path);
      return NULL;
    }
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto (GStrv) split = g_strsplit (data, "\n", -1);
  for (char **l = split; *l; l++)
    {
      gsize n = strlen (*l);
      if (n > 0 && (*l)[n - 1] == '\r')
        (*l)[--n] = '\0';
      if (n == 0 || (*l)[0] == '#')
        continue;
      g_ptr_array_add (lines, g_strdup (*l));
    }
  return lines;
}

pcre2_code *
cleanup_compile (const char *pattern, guint32 flags, const char *where, GError **error)
{
  int code;
  PCRE2_SIZE offset;
  pcre2_code *re = pcre2_compile ((PCRE2_SPTR) pattern, PCRE2_ZERO_TERMINATED,
                                  PCRE2_UTF | PCRE2_UCP | flags, &code, &offset, NULL);
  if (re == NULL)
    {
      PCRE2_UCHAR message[256];
      pcre2_get_error_message (code, message, sizeof message);
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_DATA,
                   "%s: pattern error at character %zu: %s", where, (size_t) offset, message);
      return NULL;
    }
  pcre2_jit_compile (re, PCRE2_JIT_COMPLETE);
  return re;
}

