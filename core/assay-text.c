/* assay-text.c: the one rule for when two spellings are one name. */
#include "assay-private.h"

#include <string.h>
#include <utf8proc.h>

char *
assay_text_fold (const char *text, gssize length)
{
  g_return_val_if_fail (text != NULL, NULL);
  if (length < 0)
    length = strlen (text);
  gboolean ascii = TRUE;
  for (gssize i = 0; i < length && ascii; i++)
    ascii = !((guchar) text[i] & 0x80);
  if (ascii)
    {
      /* As g_ascii_strdown(), without its call of g_ascii_tolower() a
       * byte: the entities stage folds 150,000 listed names at start-up. */
      char *key = g_malloc (length + 1);
      for (gssize i = 0; i < length; i++)
        key[i] = (char) ((guint) ((guchar) text[i] - 'A') < 26u ? text[i] + 32 : text[i]);
      key[length] = '\0';
      return key;
    }

  utf8proc_uint8_t *folded = NULL;
  /* Decomposed, so that stripping the marks leaves the base letters
   * (utf8proc refuses DECOMPOSE with COMPOSE). */
  utf8proc_ssize_t n = utf8proc_map ((const utf8proc_uint8_t *) text, length, &folded,
                                     UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
  if (n < 0)
    return g_ascii_strdown (text, length);
  GString *key = g_string_sized_new (n);
  for (const char *p = (const char *) folded; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0x2019 || c == 0x2018 || c == 0x02BC)
        c = '\'';
      g_string_append_unichar (key, c);
    }
  free (folded);
  return g_string_free (key, FALSE);
}
