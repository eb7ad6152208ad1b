/* util.c: compiling the patterns of the stage's data files. */
#include "cleanup-private.h"

#include <string.h>

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

const guint8 *
cleanup_first_bytes (const pcre2_code *re)
{
  uint32_t options = 0, first_type = 0;
  const uint8_t *bitmap = NULL;
  if (pcre2_pattern_info (re, PCRE2_INFO_ALLOPTIONS, &options) != 0 || !(options & PCRE2_ANCHORED)
      || pcre2_pattern_info (re, PCRE2_INFO_FIRSTCODETYPE, &first_type) != 0 || first_type != 0
      || pcre2_pattern_info (re, PCRE2_INFO_FIRSTBITMAP, &bitmap) != 0)
    return NULL;
  return bitmap;
}

int
cleanup_required_byte (const pcre2_code *re)
{
  uint32_t type = 0, unit = 0;
  if (pcre2_pattern_info (re, PCRE2_INFO_LASTCODETYPE, &type) != 0 || type != 1
      || pcre2_pattern_info (re, PCRE2_INFO_LASTCODEUNIT, &unit) != 0)
    return -1;
  /* ASCII that is no letter: a letter may match caselessly outside ASCII
   * ('k' the Kelvin sign), and PCRE2 says nothing of that here */
  if (unit >= 0x80 || g_ascii_isalpha ((char) unit))
    return -1;
  return (int) unit;
}

guint
cleanup_start_bytes (const pcre2_code *re, guint8 bytes[4])
{
  uint32_t options = 0, first_type = 0;
  const uint8_t *bitmap = NULL;
  if (pcre2_pattern_info (re, PCRE2_INFO_ALLOPTIONS, &options) != 0 || (options & PCRE2_ANCHORED)
      || pcre2_pattern_info (re, PCRE2_INFO_FIRSTCODETYPE, &first_type) != 0 || first_type != 0
      || pcre2_pattern_info (re, PCRE2_INFO_FIRSTBITMAP, &bitmap) != 0 || bitmap == NULL)
    return 0;
  guint n = 0;
  for (guint byte = 0; byte < 256; byte++)
    if (cleanup_first_byte_in (bitmap, (guchar) byte))
      {
        /* a match begins where a character does: never at a byte that
         * continues one, where a search could not start either */
        if (n == 4 || (byte >= 0x80 && byte < 0xC0))
          return 0;
        bytes[n++] = (guint8) byte;
      }
  return n;
}
