/* assay-utf8.c: the checks and repairs that keep every document and
 * every string stored in one valid UTF-8. */
#include "assay-private.h"

#include <string.h>

gboolean
assay_utf8_validate (const char *text, gsize length, const char **end)
{
  const char *p = text, *stop = text + length;
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080), ones = G_GUINT64_CONSTANT (0x0101010101010101);
  while (p < stop)
    {
      /* Eight ASCII bytes at a time (none high, none NUL): news text is
       * mostly ASCII, and g_utf8_validate_len() reads it a byte at a
       * time, which was a sixth of a whole run's instructions. */
      guint64 w;
      while (stop - p >= 8 && (memcpy (&w, p, 8), !((w | ((w - ones) & ~w)) & high)))
        p += 8;
      while (p < stop && (guchar) *p < 0x80 && *p != '\0')
        p++;
      if (p == stop)
        break;
      if (*p == '\0')
        {
          if (end)
            *end = p;
          return FALSE;
        }
      /* A run of bytes beyond ASCII holds whole characters when valid:
       * GLib checks it, sequences, ranges and all. */
      const char *q = p;
      while (q < stop && (guchar) *q >= 0x80)
        q++;
      if (!g_utf8_validate_len (p, q - p, end))
        return FALSE;
      p = q;
    }
  if (end)
    *end = stop;
  return TRUE;
}

char *
assay_utf8_make_valid (const char *text, gsize length, gsize *out_length, guint *n_invalid)
{
  const char *end;
  guint invalid = 0;

  if (assay_utf8_validate (text, length, &end))
    {
      if (n_invalid)
        *n_invalid = 0;
      if (out_length)
        *out_length = length;
      return g_strndup (text, length);
    }

  GString *out = g_string_sized_new (length + 16);
  const char *p = text;
  gsize left = length;
  while (!assay_utf8_validate (p, left, &end))
    {
      g_string_append_len (out, p, end - p);
      g_string_append (out, "\xEF\xBF\xBD");
      invalid++;
      left -= (end - p) + 1;
      p = end + 1;
    }
  g_string_append_len (out, p, left);
  if (n_invalid)
    *n_invalid = invalid;
  if (out_length)
    *out_length = out->len;
  return g_string_free (out, FALSE);
}
