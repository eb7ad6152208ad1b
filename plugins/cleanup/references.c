/* references.c: HTML character references in text that is not HTML.
 *
 * Archives of plain text often hold the references of the web page the
 * text was taken from ("S&#227;o Paulo", "&#163;8m", "caf&eacute;",
 * "AT&amp;T"): read as they stand, a name is cut at its "&" and a sum
 * loses its currency.  This pass decodes them as the HTML Living
 * Standard's tokenizer does in text, with one difference: only
 * well-formed references are read, ending in ";" ("AT&T", "R&D", "&c",
 * "&copy2005" and "&foo;", no reference, stay as written).
 *
 * The named references and the replacements for numbers 0x80 to 0x9F
 * are data (data/html-entities.tsv, generated from the standard's own
 * table by scripts/make-html-entities.py).  The rules for numbers are the
 * standard's: zero, a surrogate or a number past U+10FFFF becomes U+FFFD;
 * a number 0x80 to 0x9F the table names becomes that Windows-1252
 * character ("&#146;" is "’"); any other control or noncharacter is
 * decoded as what it is, and normalisation's strip-invisible removes the
 * controls after.  A double-escaped "&amp;#227;" is decoded once, to
 * "&#227;", as a browser shows it.
 *
 * Each reference is its own replacement, so the offset map stays exact.
 * Text with no "&" costs one memchr().
 */
#include "cleanup-private.h"

#include <string.h>

/* The longest name in the standard's table is 31 bytes
 * (CounterClockwiseContourIntegral); a longer run is no name. */
#define MAX_NAME 32

struct _References
{
  /* The names are the table's own fields and the replacements sit in one
   * chunk: with a copy of each, loading took 3.8M instructions, 3.0M
   * without (callgrind, a one-document run). */
  AssayDataTable *table;
  GStringChunk *values;
  GHashTable *names;      /* name (in @table) -> UTF-8 replacement (in @values) */
  gunichar c1[0x20];      /* the replacement for 0x80 + i, or 0 for none */
};

void
references_free (References *r)
{
  if (r == NULL)
    return;
  if (r->names)
    g_hash_table_unref (r->names);
  if (r->values)
    g_string_chunk_free (r->values);
  if (r->table)
    assay_data_table_free (r->table);
  g_free (r);
}

/* Reads "HEX" or "HEX HEX" (code points) into UTF-8 in @out (room for
 * two characters and the NUL); FALSE when a field is no code point.  By
 * hand, not g_strsplit() into a GString: loading the table took 6.6M
 * instructions that way, 3.8M this way (callgrind, a one-document run). */
static gboolean
parse_code_points (const char *field, char out[2 * 6 + 1])
{
  gsize n = 0;
  const char *p = field;
  for (guint k = 0; k < 2; k++)
    {
      char *end = NULL;
      if (!g_ascii_isxdigit (*p))
        return FALSE;
      guint64 c = g_ascii_strtoull (p, &end, 16);
      if (c == 0 || c > 0x10FFFF || !g_unichar_validate ((gunichar) c))
        return FALSE;
      n += g_unichar_to_utf8 ((gunichar) c, out + n);
      p = end;
      if (*p == '\0')
        {
          out[n] = '\0';
          return TRUE;
        }
      if (*p++ != ' ')
        return FALSE;
    }
  return FALSE;
}

References *
references_new (const char *data_file, GError **error)
{
  AssayDataTable *table = assay_data_table_read (data_file, error);
  if (table == NULL)
    return NULL;

  References *r = g_new0 (References, 1);
  r->table = table;
  r->values = g_string_chunk_new (8192);
  r->names = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (!assay_data_row_check (table, row, 3, 3, "name<TAB>NAME<TAB>CODE POINTS or number<TAB>HEX<TAB>CODE POINT",
                                 error))
        goto fail;
      const char *kind = row->fields[0], *key = row->fields[1];
      char value[2 * 6 + 1];
      if (!parse_code_points (row->fields[2], value))
        {
          assay_data_row_set_error (error, table, row,
                                    "'%s' is no code point; write it in hex, at most two separated by a space "
                                    "(\"00E9\", \"2242 0338\")",
                                    row->fields[2]);
          goto fail;
        }
      if (strcmp (kind, "name") == 0)
        {
          gsize n = strlen (key);
          gboolean ok = n > 0 && n < MAX_NAME && g_ascii_isalpha (key[0]);
          for (gsize k = 0; ok && k < n; k++)
            ok = g_ascii_isalnum (key[k]);
          if (!ok)
            {
              assay_data_row_set_error (error, table, row,
                                        "'%s' is no reference name; write a letter, then letters and "
                                        "digits (at most %d), without '&' and ';'",
                                        key, MAX_NAME - 1);
              goto fail;
            }
          g_hash_table_replace (r->names, (gpointer) key, g_string_chunk_insert (r->values, value));
        }
      else if (strcmp (kind, "number") == 0)
        {
          char *end = NULL;
          guint64 n = g_ascii_strtoull (key, &end, 16);
          if (*key == '\0' || *end != '\0' || n < 0x80 || n > 0x9F
              || g_utf8_strlen (value, -1) != 1)
            {
              assay_data_row_set_error (error, table, row,
                                        "'%s' is no number from 80 to 9F (hex) with one code point; "
                                        "the standard replaces only those",
                                        key);
              goto fail;
            }
          r->c1[n - 0x80] = g_utf8_get_char (value);
        }
      else
        {
          assay_data_row_set_error (error, table, row, "kind '%s' is neither; write name or number", kind);
          goto fail;
        }
    }
  return r;

fail:
  references_free (r);
  return NULL;
}

/* The character a numeric reference to @n stands for, by the standard's
 * rules (see the file's comment); when the digits ran past U+10FFFF, @n
 * is the first value past it that they reached (numeric_reference()
 * stops multiplying there), so still out of range. */
static gunichar
number_to_char (const References *r, guint32 n)
{
  if (n == 0 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF))
    return 0xFFFD;
  if (n >= 0x80 && n <= 0x9F && r->c1[n - 0x80] != 0)
    return r->c1[n - 0x80];
  return n;
}

/* The length of the well-formed numeric reference at @p ("&#" then
 * digits, or "&#x" then hex digits, then ";"), or 0; its number in @n. */
static gsize
numeric_reference (const char *p, const char *end, guint32 *n)
{
  const char *q = p + 2;
  gboolean hex = q < end && (*q == 'x' || *q == 'X');
  if (hex)
    q++;
  const char *digits = q;
  guint32 value = 0;
  for (; q < end && (hex ? g_ascii_isxdigit (*q) : g_ascii_isdigit (*q)); q++)
    {
      guint d = (guint) (hex ? g_ascii_xdigit_value (*q) : *q - '0');
      /* Past U+10FFFF is out of range however many digits follow. */
      value = value > 0x10FFFF ? value : value * (hex ? 16 : 10) + d;
    }
  if (q == digits || q >= end || *q != ';')
    return 0;
  *n = value;
  return q + 1 - p;
}

/* The length of the well-formed named reference at @p that the table
 * knows ("&", a name, ";"), or 0; its replacement in @value. */
static gsize
named_reference (const References *r, const char *p, const char *end, const char **value)
{
  const char *q = p + 1;
  if (q >= end || !g_ascii_isalpha (*q))
    return 0;
  while (q < end && q - p <= MAX_NAME && g_ascii_isalnum (*q))
    q++;
  if (q >= end || *q != ';' || q - p > MAX_NAME)
    return 0;
  char name[MAX_NAME + 1];
  memcpy (name, p + 1, q - p - 1);
  name[q - p - 1] = '\0';
  *value = g_hash_table_lookup (r->names, name);
  return *value ? (gsize) (q + 1 - p) : 0;
}

guint
references_decode (const References *r, const char *text, gsize length, AssayTextEdit *edit)
{
  guint changes = 0;
  const char *end = text + length;
  const char *p = text;
  while ((p = memchr (p, '&', end - p)) != NULL)
    {
      gsize n = 0;
      if (p + 1 < end && p[1] == '#')
        {
          guint32 number = 0;
          n = numeric_reference (p, end, &number);
          if (n > 0)
            {
              char utf8[8];
              gint len = g_unichar_to_utf8 (number_to_char (r, number), utf8);
              assay_text_edit_replace (edit, p - text, p - text + n, utf8, len);
            }
        }
      else
        {
          const char *value = NULL;
          n = named_reference (r, p, end, &value);
          if (n > 0)
            assay_text_edit_replace (edit, p - text, p - text + n, value, -1);
        }
      changes += n > 0;
      /* What a reference decoded to is not read again: "&amp;#227;"
       * becomes "&#227;" once, as in a browser. */
      p += n > 0 ? n : 1;
    }
  return changes;
}
