/* util.c: compiling the patterns of the stage's data files, and running
 * those anchored at a subject's start only where its first bytes let a
 * match begin. */
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


/* The pairs of ASCII bytes a subject can start with, a bit each: whether
 * PCRE2 was asked (known) and whether a match can start so (open). */
#define PAIRS (128 * 128)

struct _CleanupOpens
{
  const pcre2_code *re;
  gboolean anchored;
  guint32 min_length;
  guint64 known[PAIRS / 64];
  guint64 open[PAIRS / 64];
};

CleanupOpens *
cleanup_opens_new (const pcre2_code *re)
{
  CleanupOpens *opens = g_new0 (CleanupOpens, 1);
  guint32 options = 0;
  opens->re = re;
  /* a pattern whose every branch starts with ^ is anchored too */
  opens->anchored = pcre2_pattern_info (re, PCRE2_INFO_ALLOPTIONS, &options) == 0 && (options & PCRE2_ANCHORED);
  if (pcre2_pattern_info (re, PCRE2_INFO_MINLENGTH, &opens->min_length) != 0)
    opens->min_length = 0;
  return opens;
}

void
cleanup_opens_free (CleanupOpens *opens)
{
  g_free (opens);
}

/* Whether a match anchored at a subject's start can begin with the ASCII
 * bytes @a and @b: a partial match on them alone, which PCRE2 reports as
 * one when it needs more of the subject.  Measured (callgrind, the first
 * 1,000 articles of bench/dates-bench.py's input): structure_annotate()
 * 21.3M -> 20.0M instructions, the byline and reference patterns ruled
 * out by most paragraphs' first bytes (the datelines' capital letter
 * and letters let most through).  The joined boilerplate pattern gains
 * nothing (its rules may open with any bytes) and does not use it. */
static gboolean
pair_opens (CleanupOpens *opens, guchar a, guchar b, pcre2_match_data *md)
{
  guint pair = a * 128 + b;
  guint64 bit = G_GUINT64_CONSTANT (1) << (pair % 64);
  if (!(opens->known[pair / 64] & bit))
    {
      char probe[2] = { (char) a, (char) b };
      int rc = pcre2_match (opens->re, (PCRE2_SPTR) probe, 2, 0, PCRE2_PARTIAL_HARD, md, NULL);
      if (rc >= 0 || rc == PCRE2_ERROR_PARTIAL)
        opens->open[pair / 64] |= bit;
      opens->known[pair / 64] |= bit;
    }
  return (opens->open[pair / 64] & bit) != 0;
}

int
cleanup_match_start (CleanupOpens *opens, const char *s, gsize n, pcre2_match_data *md)
{
  if (n < opens->min_length)
    return PCRE2_ERROR_NOMATCH;
  guchar a = n > 0 ? (guchar) s[0] : 0, b = n > 1 ? (guchar) s[1] : 0;
  /* NUL and other characters than ASCII go to PCRE2 as they are */
  if (opens->anchored && a && b && a < 128 && b < 128 && !pair_opens (opens, a, b, md))
    return PCRE2_ERROR_NOMATCH;
  return pcre2_match (opens->re, (PCRE2_SPTR) s, n, 0, PCRE2_NO_UTF_CHECK, md, NULL);
}
