/* test-cleanup-gates.c: the cheap tests the cleanup stage runs before its
 * patterns (first bytes, start bytes, required bytes, the literals'
 * prefilter), each checked to turn away no line a pattern would match.
 * Apart from test-cleanup.c so that neither file passes the size one can
 * hold in one's head (issue 25: no source file over 1,200 lines). */
#include "cleanup-private.h"
#include "../../core/test-util.h"

#include <string.h>

static Structure *structure;

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* The strings prefilter_literals() reads from a pattern, sorted and
 * joined by ','; "-" for none. */
static char *
literals_of (const char *pattern)
{
  g_autoptr (GPtrArray) set = prefilter_literals (pattern);
  if (set == NULL)
    return g_strdup ("-");
  g_ptr_array_sort (set, compare_strings);
  g_ptr_array_add (set, NULL);
  return g_strjoinv (",", (char **) set->pdata);
}

/* What every match of a pattern holds: exact where the pattern spells it
 * out, nothing where a construct the reader does not follow is in it
 * (those rules are tried on every line, as before). */
static void
test_prefilter_literals (void)
{
  const struct
  {
    const char *pattern;
    const char *strings;
  } cases[] = {
    /* the gated rules of data/boilerplate.tsv */
    { ".{0,200}(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|cookie "
      "(?:policy|settings|preferences)|by continuing to (?:browse|use) this (?:site|website)).{0,200}",
      "-" /* 12 strings: more than the exact set holds, so required ones */ },
    { ".{0,200}(?:auto-published from|auto-generated from|syndicated feed|has not been (?:edited|reviewed) "
      "by).{0,200}",
      "auto-generated from,auto-published from,has not been edited by,has not been reviewed by,syndicated feed" },
    { ".{0,100}(?:/|\\|)[ ]*(?:reuters|ap|afp|getty images|epa|anadolu|ani|pti|xinhua|shutterstock|alamy)"
      "(?: via getty images)?(?: photo)?",
      "/,|" },
    /* the cheaper side of a sequence: here the agencies, not the bar */
    { "(?:/|\\|)[ ]*(?:reuters|afp)", "afp,reuters" },
    { "Cookies?", "cookie,cookies" },
    { "colou?r", "color,colour" },
    { "\\bcookie\\b", "cookie" },
    { "[K]ey[ ]card", "key card" },
    { "x{2,}y", "x" },
    { "[^a]bc", "bc" },
    { "\\(c\\) \\d{4}", "(c) " },
    { "\u00e9t\u00e9 cookie", " cookie" },
    { "(a|b)c", "ac,bc" },
    /* classes of single characters, ASCII or punctuation (no case) */
    { "[>|]", ">,|" },
    { "[^\\s>]+[>\u00bb\u203a]", ">,\u00bb,\u203a" },
    { "\u00bb more", "\u00bb more" },
    { "[a-c]x", "x" },
    { "[\\w|]x", "x" },
    { "\u24d0x", "x" }, /* a circled a has another case */
    /* nothing sure: an optional or unknown part, or a construct not read */
    { ".{0,200}", "-" },
    { "cookie|.", "-" },
    { "(?:cookie)?", "-" },
    { "(?i)cookie", "-" },
    { "(?=cookie).*", "-" },
    { "(a)\\1", "-" },
    { "\\x{212a}ey", "-" },
    { "\\Qa.b\\E", "-" },
    { "a{,3}b", "-" },
    { "\\p{Lu}ookie", "-" },
    { "[[:alpha:]]", "-" },
    { "", "-" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = literals_of (cases[i].pattern);
      if (i == 0)
        {
          /* too many exact strings: one required string of each
           * alternative is what is left, and the reader says which */
          g_assert_cmpstr (got, !=, "-");
          g_assert_nonnull (strstr (got, "cookie"));
          g_assert_nonnull (strstr (got, "by continuing to "));
          continue;
        }
      if (g_strcmp0 (got, cases[i].strings) != 0)
        g_error ("%s: read %s, expected %s", cases[i].pattern, got, cases[i].strings);
    }
}

/* An ASCII letter matches under PCRE2's caseless Unicode matching only
 * its two cases, and k and s also the Kelvin sign and the long s: the
 * prefilter's folding (bit 0x20) and its look for those two rest on it. */
static void
test_prefilter_caseless (void)
{
  GError *error = NULL;
  pcre2_code *letter = cleanup_compile ("^[a-z]$", PCRE2_CASELESS, "test", &error);
  g_assert_no_error (error);
  pcre2_match_data *md = pcre2_match_data_create (1, NULL);
  guint others = 0;
  for (gunichar c = 0x80; c <= 0x10ffff; c++)
    {
      if (c >= 0xd800 && c <= 0xdfff)
        continue;
      char buf[8];
      gint n = g_unichar_to_utf8 (c, buf);
      if (pcre2_match (letter, (PCRE2_SPTR) buf, n, 0, 0, md, NULL) >= 0)
        {
          if (c != 0x212a && c != 0x17f)
            g_error ("U+%04X matches an ASCII letter caselessly", c);
          others++;
        }
    }
  g_assert_cmpuint (others, ==, 2);
  /* punctuation beyond ASCII, which the reader takes as itself: » › */
  const char *alone[] = { "^\u00bb$", "^\u203a$" };
  for (guint i = 0; i < G_N_ELEMENTS (alone); i++)
    {
      pcre2_code *re = cleanup_compile (alone[i], PCRE2_CASELESS, "test", &error);
      g_assert_no_error (error);
      guint matched = 0;
      for (gunichar c = 0; c <= 0x10ffff; c++)
        {
          if (c >= 0xd800 && c <= 0xdfff)
            continue;
          char buf[8];
          gint n = g_unichar_to_utf8 (c, buf);
          matched += pcre2_match (re, (PCRE2_SPTR) buf, n, 0, 0, md, NULL) >= 0;
        }
      g_assert_cmpuint (matched, ==, 1);
      pcre2_code_free (re);
    }
  pcre2_match_data_free (md);
  pcre2_code_free (letter);
}

/* A gate is open on every line its pattern matches anywhere in (here
 * tried unanchored, at each offset and in both cases, with the Kelvin
 * sign and the long s), and closed on ordinary lines near it. */
static void
test_prefilter_scan (void)
{
  const char *patterns[] = {
    "(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings)|by continuing to (?:browse|use) this site)",
    "(?:auto-published from|syndicated feed|has not been (?:edited|reviewed) by)",
    "(?:/|\\|)[ ]*(?:reuters|afp)",
  };
  Prefilter *pf = prefilter_new ();
  pcre2_code *re[G_N_ELEMENTS (patterns)];
  GError *error = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_assert_cmpint (prefilter_add (pf, patterns[i]), ==, (int) i);
      re[i] = cleanup_compile (patterns[i], PCRE2_CASELESS, "test", &error);
      g_assert_no_error (error);
    }
  g_assert_cmpint (prefilter_add (pf, ".{0,20}x?"), ==, -1);
  g_assert_cmpuint (prefilter_n_gates (pf), ==, G_N_ELEMENTS (patterns));
  const char *cores[] = {
    "we use cookies", "WE USE COOKIES", "Accept all Cookies", "cookie policy", "coo\u212aie settings",
    "COO\u212aIE POLICY", "by continuing to use this \u017fite", "BY CONTINUING TO BROWSE THIS SITE",
    "auto-published from", "Auto-Publi\u017fhed From", "\u017fyndicated feed", "HAS NOT BEEN EDITED BY",
    "photo / Reuters", "x|AFP", "a /reuter\u017f",
    /* near them: no pattern matches (a gate may still open: "policy") */
    "The cook said the policy was set", "Accept the offer", "The site was used by continuing crews",
    "He published from home", "a syndicate fed them", "It has been edited", "The Reuters report",
    "",
  };
  const char *pads[] = { "", "x", "Some words before it, ", "\u00e9\u00e9 caf\u00e9 " };
  pcre2_match_data *md = pcre2_match_data_create (1, NULL);
  for (guint c = 0; c < G_N_ELEMENTS (cores); c++)
    for (guint before = 0; before < G_N_ELEMENTS (pads); before++)
      for (guint shift = 0; shift < 17; shift++)
        {
          g_autofree char *line = g_strdup_printf ("%s%.*s%s and after", pads[before], (int) shift,
                                                   "0123456789abcdefg", cores[c]);
          gsize n = strlen (line);
          guint32 open = prefilter_scan (pf, line, n);
          for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
            {
              gboolean match = pcre2_match (re[i], (PCRE2_SPTR) line, n, 0, 0, md, NULL) >= 0;
              if (match && !((open >> i) & 1))
                g_error ("'%s' matches pattern %u but its gate is closed", line, i);
            }
        }
  /* ordinary sentences open no gate: the gates spare the rules' tries */
  const char *plain[] = {
    "The council met on Monday to agree the budget for the year.",
    "The vote was carried by nine votes to four after a long debate.",
    "Shares in the company rose 3% in early trading in London.",
  };
  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    g_assert_cmphex (prefilter_scan (pf, plain[i], strlen (plain[i])), ==, 0);
  pcre2_match_data_free (md);
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    pcre2_code_free (re[i]);
  prefilter_free (pf);
}

/* The first-byte test that spares the structure patterns their tries:
 * an anchored pattern's possible first bytes, both cases under
 * PCRE2_CASELESS; no set for a pattern that may match anywhere. */
static void
test_first_bytes (void)
{
  GError *error = NULL;
  pcre2_code *anchored = cleanup_compile ("^(?:references|notes)\\s*:?$", PCRE2_CASELESS, "test", &error);
  g_assert_no_error (error);
  const guint8 *first = cleanup_first_bytes (anchored);
  g_assert_nonnull (first);
  for (const char *c = "rRnN"; *c; c++)
    g_assert_true (cleanup_first_byte_in (first, (guchar) *c));
  for (const char *c = "xX \"|"; *c; c++)
    g_assert_false (cleanup_first_byte_in (first, (guchar) *c));
  pcre2_code *anywhere = cleanup_compile ("(?:^|[|])published", PCRE2_CASELESS, "test", &error);
  g_assert_no_error (error);
  g_assert_null (cleanup_first_bytes (anywhere));
  pcre2_code_free (anchored);
  pcre2_code_free (anywhere);
}

/* The bytes a pattern that may match anywhere begins with, for
 * cleanup_find_start(): a separator's three (the lead bytes of • and ·);
 * a keyword's first letter in both cases where it may open the subject;
 * none for a pattern that is anchored, or one of more than four first
 * bytes (the keywords of the time lines after their separators). */
static void
test_start_bytes (void)
{
  const struct
  {
    const char *pattern;
    const char *bytes;
  } cases[] = {
    { "[|\u2022\u00b7]\\s*published", "|\xc2\xe2" },
    { "(?:^|[|])published", "Pp|" },
    { "(?:^|[|\u2022\u00b7]\\s*)(?:published|dated)", "" },
    { "^published", "" },
    { "[a-f]x", "" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GError *error = NULL;
      pcre2_code *re = cleanup_compile (cases[i].pattern, PCRE2_CASELESS, "test", &error);
      g_assert_no_error (error);
      guint8 bytes[4];
      guint n = cleanup_start_bytes (re, bytes);
      g_assert_cmpmem (bytes, n, cases[i].bytes, strlen (cases[i].bytes));
      pcre2_code_free (re);
    }
}

/* The byte every match holds, for first_match()'s memchr(): the comma
 * a dateline needs, the closing bracket where a bracket comes last; none
 * where the last literal is a letter (caseless, it could match beyond
 * ASCII) or where no literal is needed at all; and no match of a pattern
 * with a required byte in a subject without it. */
static void
test_required_byte (void)
{
  const struct
  {
    const char *pattern;
    int byte;
  } cases[] = {
    { "^\\p{Lu}\\w+\\s*,\\s*\\d+", ',' },
    { "^\\w+\\s*\\((?:[^)]{2,40})\\)\\s*[:-]\\s", ')' },
    { "^(?:references|sources)\\s*:?$", -1 },
    { "^\\d+ k", ' ' },
    { "^\\d+k", -1 },
    { "[|\u2022]\\s*\\w+", -1 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GError *error = NULL;
      pcre2_code *re = cleanup_compile (cases[i].pattern, PCRE2_CASELESS, "test", &error);
      g_assert_no_error (error);
      g_assert_cmpint (cleanup_required_byte (re), ==, cases[i].byte);
      pcre2_code_free (re);
    }
  /* a subject without the byte: no match; with it: a match */
  GError *error = NULL;
  pcre2_code *re = cleanup_compile ("^\\p{Lu}\\w+\\s*,\\s*\\d+", PCRE2_CASELESS, "test", &error);
  g_assert_no_error (error);
  pcre2_match_data *md = pcre2_match_data_create (4, NULL);
  g_assert_cmpint (cleanup_match (re, "Lisbon 12", 9, md), <, 0);
  g_assert_cmpint (cleanup_match (re, "Lisbon, 12", 10, md), >, 0);
  pcre2_match_data_free (md);
  pcre2_code_free (re);
}

/* The lookahead that opens a dateline row of structure.tsv changes no
 * match, only what a failure costs: each row with one, with the months
 * written in, matches every prefix of each line below where the row
 * without it matches, and at the same span.  The lines hold datelines,
 * paragraphs that open like one, and places at the bounds the lookahead
 * reads (40 characters after the capital, spaces before the comma, a tab,
 * a no-break space, a bracket, the end of the line). */
static void
test_dateline_lookahead (void)
{
  GError *error = NULL;
  g_autoptr (AssayDataTable) table = assay_data_table_read (CLEANUP_DATA_DIR "/structure.tsv", &error);
  g_assert_no_error (error);
  const char *const lines[] = {
    "LISBON, March 3 (Agencia Uno) - Shares fell.",
    "Port Ellery [Avalon], March 3, 2024: the port reopened.",
    "Port Ellery , March 3 - the port reopened.",
    "Port Ellery\t, March 3 - the port reopened.",
    "Port Ellery\u00a0, March 3 - the port reopened.",
    "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, March 3 - forty after the capital.",
    "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, March 3 - forty-one after it.",
    "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa     , March 3 - spaces past forty.",
    "Aaaaaaaaa aaaaaaaaa aaaaaaaaa aaaaaaaaa a , March 3 - a word past forty.",
    "St. John's-on-Sea \u2019Mid, Mar. 4th (Wire) : text",
    "However, the court heard on March 3 that the firm had cut 500 jobs.",
    "Fraud charges were brought against the former chief executive, March 3 - no.",
    "Quarterly profits at Ellery Corp jumped 76% to $1.13bn (\u00a3600m) for the quarter, from $639m.",
    "March 3 (Agencia Uno) - Shares fell.",
    "Lisbon",
    "Lisbon ,",
  };
  guint rows = 0;
  pcre2_match_data *md = pcre2_match_data_create (16, NULL);
  for (guint i = 0; i < assay_data_table_get_n_rows (table); i++)
    {
      const AssayDataRow *row = assay_data_table_get_row (table, i);
      if (row->n_fields != 2 || strcmp (row->fields[0], "dateline") != 0 || !g_str_has_prefix (row->fields[1], "^(?="))
        continue;
      rows++;
      const char *after = strstr (row->fields[1], ")(?<");
      g_assert_nonnull (after);
      g_autofree char *bare = g_strconcat ("^", after + 1, NULL);
      GString *with = g_string_new (row->fields[1]), *without = g_string_new (bare);
      g_string_replace (with, "{MONTH}", "(?:March|Mar)", 0);
      g_string_replace (without, "{MONTH}", "(?:March|Mar)", 0);
      pcre2_code *a = cleanup_compile (with->str, PCRE2_CASELESS, "test", &error);
      g_assert_no_error (error);
      pcre2_code *b = cleanup_compile (without->str, PCRE2_CASELESS, "test", &error);
      g_assert_no_error (error);
      for (guint l = 0; l < G_N_ELEMENTS (lines); l++)
        for (const char *end = lines[l] + strlen (lines[l]); end > lines[l]; end = g_utf8_prev_char (end))
          {
            gsize n = end - lines[l];
            int ra = cleanup_match (a, lines[l], n, md);
            PCRE2_SIZE sa = ra > 0 ? pcre2_get_ovector_pointer (md)[0] : 0, ea = ra > 0 ? pcre2_get_ovector_pointer (md)[1] : 0;
            int rb = cleanup_match (b, lines[l], n, md);
            PCRE2_SIZE sb = rb > 0 ? pcre2_get_ovector_pointer (md)[0] : 0, eb = rb > 0 ? pcre2_get_ovector_pointer (md)[1] : 0;
            g_assert_cmpint (ra > 0, ==, rb > 0);
            g_assert_cmpuint (sa, ==, sb);
            g_assert_cmpuint (ea, ==, eb);
          }
      pcre2_code_free (a);
      pcre2_code_free (b);
      g_string_free (with, TRUE);
      g_string_free (without, TRUE);
    }
  pcre2_match_data_free (md);
  g_assert_cmpuint (rows, >, 0);
}

/* cleanup_find_start() against a plain scan, with the first start byte at
 * every place of a line longer than two SSE2 blocks, and with none. */
static void
test_find_start (void)
{
  const guint8 bytes[4] = { '|', 0xC2, 0xE2, 0 };
  char line[48];
  for (guint n_bytes = 1; n_bytes <= 3; n_bytes++)
    for (gsize at = 0; at <= sizeof line; at++)
      {
        memset (line, 'a', sizeof line);
        if (at < sizeof line)
          line[at] = (char) bytes[n_bytes - 1];
        /* a byte of the set not asked for, before it, is passed over */
        if (n_bytes < 3 && at > 0)
          line[at - 1] = (char) bytes[2];
        g_assert_cmpuint (cleanup_find_start (line, sizeof line, bytes, n_bytes), ==, at);
        /* a shorter subject ends where it ends */
        g_assert_cmpuint (cleanup_find_start (line, at / 2, bytes, n_bytes), ==, at / 2);
      }
}

/* cleanup_skip_ascii() against a plain scan: a byte beyond ASCII (a
 * UTF-8 lead byte, a continuation byte) at every place of a line longer
 * than two SSE2 blocks, and none; a shorter end stops it. */
static void
test_skip_ascii (void)
{
  const guchar high[] = { 0xC3, 0x80, 0xFF };
  char line[48];
  for (guint h = 0; h < G_N_ELEMENTS (high); h++)
    for (gsize at = 0; at <= sizeof line; at++)
      {
        /* every ASCII byte but NUL, the top one (0x7F) among them */
        for (gsize i = 0; i < sizeof line; i++)
          line[i] = (char) (1 + (i * 37) % 127);
        if (at < sizeof line)
          line[at] = (char) high[h];
        g_assert_true (cleanup_skip_ascii (line, line + sizeof line) == line + at);
        g_assert_true (cleanup_skip_ascii (line, line + at / 2) == line + at / 2);
      }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_autoptr (GError) error = NULL;
  structure = structure_new (CLEANUP_DATA_DIR "/structure.tsv", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cleanup/structure/first-bytes", test_first_bytes);
  g_test_add_func ("/cleanup/structure/start-bytes", test_start_bytes);
  g_test_add_func ("/cleanup/structure/find-start", test_find_start);
  g_test_add_func ("/cleanup/structure/required-byte", test_required_byte);
  g_test_add_func ("/cleanup/skip-ascii", test_skip_ascii);
  g_test_add_func ("/cleanup/structure/dateline-lookahead", test_dateline_lookahead);
  g_test_add_func ("/cleanup/prefilter/literals", test_prefilter_literals);
  g_test_add_func ("/cleanup/prefilter/caseless", test_prefilter_caseless);
  g_test_add_func ("/cleanup/prefilter/scan", test_prefilter_scan);
  int status = g_test_run ();
  structure_free (structure);
  return status;
}
