/* checks.c: the findings one document allows on its own.
 *
 * Read from the `claim`, `timex` and `sentence` layers: a weekday written
 * with a date it does not fit; a title its holder did not hold on the
 * publication date, by the knowledge base of office holders; two titles one
 * person never held together; one actor given two origins; a date after the
 * publication date reported as past, by the tense of the verb that governs
 * it.  The cross-document comparisons reuse the knowledge-base checks and
 * the evidence sentences.
 */
#include "checks.h"

#include <stdlib.h>
#include <string.h>

static const char *const weekday_names[8] = { "", "Monday", "Tuesday", "Wednesday", "Thursday",
                                              "Friday", "Saturday", "Sunday" };

/* ---- per document ---------------------------------------------------------- */

/* Evidence longer than this is cut to a window around the claim: a
 * "sentence" of a megabyte (a list, a table, hostile input) would be
 * copied into every finding and kept per claim. */
#define EVIDENCE_MAX 1000

/* The sentence around @offset, as evidence: start, end, and its text. */
char *
checks_sentence (const AssayDocument *doc, gsize offset, gsize *start, gsize *end)
{
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  guint n;
  AssayAnnotation *const *sentences = assay_document_get_annotations (doc, "sentence", &n);
  guint i = n ? assay_document_lower_bound (doc, "sentence", offset + 1) : 0;
  *start = offset, *end = MIN (length, offset + 1);
  if (i > 0 && assay_annotation_get_end (sentences[i - 1]) > offset)
    *start = assay_annotation_get_start (sentences[i - 1]), *end = assay_annotation_get_end (sentences[i - 1]);
  if (*end - *start > EVIDENCE_MAX)
    {
      *start = MAX (*start, offset > EVIDENCE_MAX / 2 ? offset - EVIDENCE_MAX / 2 : 0);
      *end = MIN (*end, *start + EVIDENCE_MAX);
      while (*start > 0 && ((guchar) text[*start] & 0xC0) == 0x80)
        (*start)--;
    }
  while (*end < length && ((guchar) text[*end] & 0xC0) == 0x80)
    (*end)++;
  return g_strndup (text + *start, *end - *start);
}

static void
add_evidence (AssayFinding *f, const AssayDocument *doc, const AssayAnnotation *a)
{
  gsize s, e;
  g_autofree char *sentence = checks_sentence (doc, assay_annotation_get_start (a), &s, &e);
  guint id = assay_annotation_get_id (a);
  assay_finding_add_evidence (f, assay_document_get_id (doc), s, e, sentence, &id, 1);
}

guint32
checks_publication_day (const AssayDocument *doc, const char *key)
{
  /* The one rule for a date written outside the text; a publication date
   * must name its day. */
  const char *published = assay_document_get_meta (doc, key);
  AssayDate d;
  if (published == NULL || !assay_date_parse (published, -1, &d, NULL) || d.grain != ASSAY_DATE_GRAIN_DAY)
    return 0;
  return knowledge_parse_day (published, FALSE);
}

char *
checks_weekday_message (const char *text, int named, guint32 day, const char *how)
{
  g_autofree char *date = knowledge_format_day (day);
  return g_strdup_printf ("\"%s\" names a %s, but %s is a %s (%s).", text, weekday_names[named], date,
                          weekday_names[checks_weekday (day)], how);
}

static gboolean
check_weekdays (AssayDocument *doc, GError **error)
{
  guint n;
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  for (guint i = 0; i < n; i++)
    {
      const char *wd = assay_annotation_get_attr (timexes[i], "weekday");
      const char *value = assay_annotation_get_attr (timexes[i], "value");
      const char *resolution = assay_annotation_get_attr (timexes[i], "resolution");
      guint32 day = knowledge_timex_day (value);
      int named = wd ? atoi (wd) : 0;
      if (day == 0 || named < 1 || named > 7 || checks_weekday (day) == named)
        continue;
      gsize s = assay_annotation_get_start (timexes[i]), e = assay_annotation_get_end (timexes[i]);
      g_autofree char *span = g_strndup (text + s, e - s);
      g_autofree char *how = g_strcmp0 (resolution, "absolute") == 0
                                 ? g_strdup ("the year as written")
                                 : g_strdup_printf ("year %.4s assumed from the reference date %s", value,
                                                    assay_annotation_get_attr (timexes[i], "anchor")
                                                        ? assay_annotation_get_attr (timexes[i], "anchor")
                                                        : "of the text");
      g_autofree char *message = checks_weekday_message (span, named, day, how);
      g_autoptr (AssayFinding) f = assay_finding_new ("weekday-mismatch",
                                                      g_strcmp0 (resolution, "absolute") == 0 ? ASSAY_SEVERITY_HIGH
                                                                                              : ASSAY_SEVERITY_MEDIUM,
                                                      message);
      add_evidence (f, doc, timexes[i]);
      if (!assay_document_add_finding (doc, f, error))
        return FALSE;
    }
  return TRUE;
}

/* The tense cue (past or future) of the phrase of up to three words ending
 * at word @j: 1 past, -1 future, 0 none. */
static int
tense_at (const Knowledge *k, char **words, guint j)
{
  /* One buffer for the three phrases, the words appended as they are: a
   * GString and a printf() for each phrase made this 44.3M instructions
   * for its 4,759 calls on the BBC archive (callgrind, one copy,
   * news-crosscheck), 10.9M so (checks_document() 94.1M -> 56.2M). */
  g_autoptr (GString) p = g_string_sized_new (64);
  for (guint n = MIN (j + 1, 3u); n > 0; n--)
    {
      g_string_truncate (p, 0);
      for (guint i = j + 1 - n; i <= j; i++)
        {
          if (p->len)
            g_string_append_c (p, ' ');
          g_string_append (p, words[i]);
        }
      int tense = g_hash_table_contains (k->cues[CUE_FUTURE], p->str) ? -1
                  : g_hash_table_contains (k->cues[CUE_PAST], p->str) ? 1
                                                                     : 0;
      if (tense)
        return tense;
    }
  return 0;
}

/* Does the verb that governs the date at [@start, @end) report the past?
 * The nearest tense cue before the date in its clause decides ("announced
 * today another event to be held on October 12" is to come: "to be held"
 * is nearer than "announced"); a participle after "be" does not decide
 * ("may be signed"); with no cue before it, the nearest after. */
static gboolean
reports_past (const Knowledge *k, const AssayDocument *doc, gsize start, gsize end)
{
  gsize s, e;
  /* The sentence, cut to a window around the date: the governing verb is
   * near it, and a long sentence must not be copied per date. */
  g_autofree char *sentence = checks_sentence (doc, start, &s, &e);
  if (end > e)
    end = e;
  gsize ds = MAX (start, s) - s, de = end - s;
  /* The dates themselves are no tense words: "May 20" is no "may". */
  guint n;
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  guint i = n ? assay_document_lower_bound (doc, "timex", s > 200 ? s - 200 : 0) : 0;
  for (; i < n && assay_annotation_get_start (timexes[i]) < e; i++)
    {
      gsize ts = MAX (s, assay_annotation_get_start (timexes[i])), te = MIN (e, assay_annotation_get_end (timexes[i]));
      if (ts < te)
        memset (sentence + (ts - s), ' ', te - ts);
    }
  /* The clause: from the last clause mark before the date to the next one. */
  gsize from = ds, to = de;
  while (from > 0 && !strchr (";:", sentence[from - 1]))
    from--;
  while (sentence[to] && !strchr (";:.", sentence[to]))
    to++;
  g_autofree char *before = assay_text_fold (sentence + from, ds - from);
  g_autofree char *after = assay_text_fold (sentence + de, to - de);
  const char *separators = " ,\"“”()\n";
  g_auto (GStrv) bw = g_strsplit_set (before, separators, -1);
  g_auto (GStrv) aw = g_strsplit_set (after, separators, -1);
  g_autoptr (GPtrArray) words = g_ptr_array_new ();
  for (char **w = bw; *w; w++)
    if (**w)
      g_ptr_array_add (words, *w);
  for (guint j = words->len; j-- > 0;)
    {
      int tense = tense_at (k, (char **) words->pdata, j);
      /* "may be signed", "will be held": a participle after "be" takes its
       * tense from the words before. */
      if (tense > 0 && j > 0 && strcmp (words->pdata[j - 1], "be") == 0)
        continue;
      if (tense)
        return tense > 0;
    }
  g_ptr_array_set_size (words, 0);
  for (char **w = aw; *w; w++)
    if (**w)
      g_ptr_array_add (words, *w);
  for (guint j = 0; j < words->len; j++)
    {
      int tense = tense_at (k, (char **) words->pdata, j);
      if (tense)
        return tense > 0;
    }
  return FALSE;
}

static gboolean
has_digit (const char *p, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (g_ascii_isdigit (p[i]))
      return TRUE;
  return FALSE;
}

/* A date later than the publication date, in a sentence that reports the
 * past ("was signed on June 3" in an article of May 28). */
static gboolean
check_future_past (const Knowledge *k, AssayDocument *doc, guint32 published, GError **error)
{
  guint n;
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  AssayAnnotation *const *timexes = assay_document_get_annotations (doc, "timex", &n);
  for (guint i = 0; i < n; i++)
    {
      const char *value = assay_annotation_get_attr (timexes[i], "value");
      /* A date as written: with its year, or a day and month the dates
       * stage put in the year nearest the publication ("June 8"), not a
       * weekday or "tomorrow", which it resolves by tense. */
      const char *resolution = assay_annotation_get_attr (timexes[i], "resolution");
      gsize ts = assay_annotation_get_start (timexes[i]), te = assay_annotation_get_end (timexes[i]);
      gboolean written = g_strcmp0 (resolution, "absolute") == 0
                         || (g_strcmp0 (resolution, "relative") == 0 && value && strlen (value) == 10
                             && has_digit (text + ts, te - ts));
      if (!written || g_strcmp0 (assay_annotation_get_label (timexes[i]), "DATE") != 0 || value == NULL
          || !g_ascii_isdigit (value[0]) || strlen (value) < 7 || value[4] != '-' || !g_ascii_isdigit (value[5]))
        continue;
      /* Its first day must lie after the publication date. */
      guint32 first = knowledge_parse_day (value, FALSE);
      if (first == 0 || first <= published + 1 || !reports_past (k, doc, ts, te))
        continue;
      g_autofree char *date = knowledge_format_day (published);
      g_autofree char *message = g_strdup_printf ("%s is reported as past, but the article was published on %s.",
                                                  value, date);
      g_autoptr (AssayFinding) f = assay_finding_new ("anachronism", ASSAY_SEVERITY_MEDIUM, message);
      add_evidence (f, doc, timexes[i]);
      if (!assay_document_add_finding (doc, f, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
checked_role (const AssayAnnotation *c)
{
  return assay_annotation_get_attr (c, "office") && !assay_annotation_get_attr (c, "former")
         && !assay_annotation_get_attr (c, "section");
}

gboolean
checks_terms_overlap (const Knowledge *k, const char *person, const char *office_a, const char *org_a,
               const char *office_b, const char *org_b, gboolean *known)
{
  g_autofree char *key = assay_text_fold (person, -1);
  GPtrArray *held = g_hash_table_lookup (k->by_holder, key);
  gboolean has_a = FALSE, has_b = FALSE;
  for (guint i = 0; held && i < held->len; i++)
    for (guint j = 0; j < held->len; j++)
      {
        const Term *a = held->pdata[i], *b = held->pdata[j];
        if (strcmp (a->office, office_a) || strcmp (a->org, org_a) || strcmp (b->office, office_b)
            || strcmp (b->org, org_b))
          continue;
        has_a = has_b = TRUE;
        guint32 a_to = a->to ? a->to : G_MAXUINT32, b_to = b->to ? b->to : G_MAXUINT32;
        if (a->from <= b_to && b->from <= a_to)
          return TRUE;
      }
  *known = has_a && has_b;
  return FALSE;
}

static gboolean
check_roles (const Knowledge *k, AssayDocument *doc, guint32 published, GError **error)
{
  guint n;
  AssayAnnotation *const *claims = assay_document_get_annotations (doc, "claim", &n);
  /* One claim for each person and office, and each person's claims
   * together: pairs are only ever of one person's titles, so a document of
   * many titles costs their number, not its square. */
  g_autoptr (GPtrArray) roles = g_ptr_array_new ();
  g_autoptr (GHashTable) distinct = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) by_person = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (assay_annotation_get_label (claims[i]), CLAIM_ROLE) == 0 && checked_role (claims[i]))
      {
        const char *person = assay_annotation_get_attr (claims[i], "subject");
        char *triple = g_strdup_printf ("%s\t%s\t%s", person, assay_annotation_get_attr (claims[i], "office"),
                                        assay_annotation_get_attr (claims[i], "org"));
        if (!g_hash_table_add (distinct, triple))
          continue;
        GArray *mine = g_hash_table_lookup (by_person, person);
        if (mine == NULL)
          g_hash_table_insert (by_person, (gpointer) person, mine = g_array_new (FALSE, FALSE, sizeof (guint)));
        g_array_append_val (mine, roles->len);
        g_ptr_array_add (roles, claims[i]);
      }
  g_autoptr (GHashTable) reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < roles->len; i++)
    {
      const AssayAnnotation *c = roles->pdata[i];
      const char *person = assay_annotation_get_attr (c, "subject"), *office = assay_annotation_get_attr (c, "office");
      const char *org = assay_annotation_get_attr (c, "org"), *title = assay_annotation_get_attr (c, "title");
      g_autofree char *seen = g_strdup_printf ("%s\t%s\t%s", person, office, org);
      if (published && !g_hash_table_contains (reported, seen))
        {
          gsize s, e;
          g_autofree char *sentence = checks_sentence (doc, assay_annotation_get_start (c), &s, &e);
          g_autoptr (AssayFinding) f = checks_role (k, assay_document_get_id (doc), person, office, org,
                                                          title, published, "the publication date", s, e, sentence,
                                                          assay_annotation_get_id (c));
          if (f && !assay_document_add_finding (doc, f, error))
            return FALSE;
          g_hash_table_add (reported, g_steal_pointer (&seen));
        }
      /* Two titles for one person whose terms never overlapped. */
      GArray *mine = g_hash_table_lookup (by_person, person);
      for (guint m = 0; m < mine->len; m++)
        {
          guint j = g_array_index (mine, guint, m);
          if (j <= i)
            continue;
          const AssayAnnotation *d = roles->pdata[j];
          const char *office_b = assay_annotation_get_attr (d, "office"), *org_b = assay_annotation_get_attr (d, "org");
          if (g_strcmp0 (person, assay_annotation_get_attr (d, "subject")) != 0
              || (strcmp (office, office_b) == 0 && strcmp (org, org_b) == 0))
            continue;
          gboolean known = FALSE;
          if (checks_terms_overlap (k, person, office, org, office_b, org_b, &known) || !known)
            continue;
          g_autofree char *message = g_strdup_printf (
              "%s is called both %s (%s, %s) and %s (%s, %s), offices the knowledge base has them holding at "
              "different times, never together.",
              person, title, office, org, assay_annotation_get_attr (d, "title"), office_b, org_b);
          g_autoptr (AssayFinding) f = assay_finding_new ("role-conflict", ASSAY_SEVERITY_MEDIUM, message);
          add_evidence (f, doc, c);
          add_evidence (f, doc, d);
          if (!assay_document_add_finding (doc, f, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* One actor, two origins in one document. */
static gboolean
check_origins (AssayDocument *doc, GError **error)
{
  guint n;
  AssayAnnotation *const *claims = assay_document_get_annotations (doc, "claim", &n);
  g_autoptr (GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* The first claim of each actor, value and place (text or reference
   * list), grouped by actor: pairs are of one actor's claims only. */
  g_autoptr (GPtrArray) origins = g_ptr_array_new ();
  g_autoptr (GHashTable) distinct = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n; i++)
    {
      const AssayAnnotation *a = claims[i];
      const char *key = assay_annotation_get_attr (a, "key");
      if (g_strcmp0 (assay_annotation_get_label (a), CLAIM_ORIGIN) != 0 || key == NULL)
        continue;
      char *triple = g_strdup_printf ("%s\t%s\t%d", key, assay_annotation_get_attr (a, "value"),
                                      assay_annotation_get_attr (a, "section") != NULL);
      if (!g_hash_table_add (distinct, triple))
        continue;
      GArray *mine = g_hash_table_lookup (by_key, key);
      if (mine == NULL)
        g_hash_table_insert (by_key, (gpointer) key, mine = g_array_new (FALSE, FALSE, sizeof (guint)));
      g_array_append_val (mine, origins->len);
      g_ptr_array_add (origins, (gpointer) a);
    }
  for (guint i = 0; i < origins->len; i++)
    {
      const AssayAnnotation *a = origins->pdata[i];
      GArray *mine = g_hash_table_lookup (by_key, assay_annotation_get_attr (a, "key"));
      for (guint m = 0; m < mine->len; m++)
        {
          guint j = g_array_index (mine, guint, m);
          const AssayAnnotation *b = origins->pdata[j];
          if (j <= i || g_strcmp0 (assay_annotation_get_attr (a, "value"), assay_annotation_get_attr (b, "value")) == 0)
            continue;
          const char *actor = assay_annotation_get_attr (a, "subject");
          const char *va = assay_annotation_get_attr (a, "value"), *vb = assay_annotation_get_attr (b, "value");
          gboolean ordered = strcmp (va, vb) < 0;
          g_autofree char *pair = g_strdup_printf ("%s\t%s\t%s", actor, ordered ? va : vb, ordered ? vb : va);
          if (!g_hash_table_add (done, g_steal_pointer (&pair)))
            continue;
          gboolean cited = assay_annotation_get_attr (a, "section") || assay_annotation_get_attr (b, "section");
          g_autofree char *message = g_strdup_printf (
              "%s is tied to %s in one place and to %s in another of the same document%s.", actor, va, vb,
              cited ? " (one of them in the reference list: the citation describes the actor otherwise than the text)"
                    : "");
          g_autoptr (AssayFinding) f = assay_finding_new ("attribute-conflict",
                                                          cited ? ASSAY_SEVERITY_LOW : ASSAY_SEVERITY_HIGH, message);
          add_evidence (f, doc, a);
          add_evidence (f, doc, b);
          if (!assay_document_add_finding (doc, f, error))
            return FALSE;
        }
    }
  return TRUE;
}
int
checks_weekday (guint32 day)
{
  GDate date;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  return g_date_get_weekday (&date);
}

static gboolean
term_covers (const Term *t, guint32 day)
{
  /* An open term is taken to go on: after `checked` nobody knows. */
  return t->from <= day && (t->to == 0 || day <= t->to);
}

static char *
holders_on (const Knowledge *k, const char *office, const char *org, guint32 day, const char *except)
{
  GPtrArray *terms = knowledge_office_terms (k, office, org);
  GString *names = g_string_new (NULL);
  for (guint i = 0; terms && i < terms->len; i++)
    {
      const Term *t = terms->pdata[i];
      if (term_covers (t, day) && (t->to || day <= t->checked) && g_strcmp0 (t->holder, except) != 0
          && !strstr (names->str, t->holder))
        g_string_append_printf (names, "%s%s (%s)", names->len ? " and " : "", t->holder, t->source);
    }
  return g_string_free (names, names->len == 0);
}

/* Is @person (as a report writes them) the holder @holder (as the
 * knowledge base writes them)?  A report may give only the surname
 * ("President Bush") or fewer given names ("Bush" for "George W. Bush"):
 * every word it writes must be one of the holder's, the last the same. */
static gboolean
same_person (const char *person, const char *holder)
{
  g_autofree char *p = assay_text_fold (person, -1), *h = assay_text_fold (holder, -1);
  if (strcmp (p, h) == 0)
    return TRUE;
  g_auto (GStrv) pw = g_strsplit (p, " ", -1), hw = g_strsplit (h, " ", -1);
  guint np = g_strv_length (pw), nh = g_strv_length (hw);
  if (np == 0 || nh == 0 || np > nh || strcmp (pw[np - 1], hw[nh - 1]) != 0)
    return FALSE;
  for (guint i = 0; i + 1 < np; i++)
    if (!g_strv_contains ((const char *const *) hw, pw[i]))
      return FALSE;
  return TRUE;
}

AssayFinding *
checks_role (const Knowledge *k, const char *doc_id, const char *person, const char *office, const char *org,
                   const char *title, guint32 day, const char *assumed, gsize start, gsize end, const char *evidence,
                   guint claim_id)
{
  g_autofree char *person_key = assay_text_fold (person, -1);
  GPtrArray *held = g_hash_table_lookup (k->by_holder, person_key);
  const Term *first = NULL, *last = NULL;
  for (guint i = 0; held && i < held->len; i++)
    {
      const Term *t = held->pdata[i];
      if (strcmp (t->office, office) != 0 || strcmp (t->org, org) != 0)
        continue;
      if (term_covers (t, day))
        return NULL;
      if (first == NULL || t->from < first->from)
        first = t;
      if (last == NULL || t->from > last->from)
        last = t;
    }
  /* The report may name the holder by fewer names than the knowledge base. */
  GPtrArray *terms = knowledge_office_terms (k, office, org);
  for (guint i = 0; first == NULL && terms && i < terms->len; i++)
    {
      const Term *t = terms->pdata[i];
      if (term_covers (t, day) && same_person (person, t->holder))
        return NULL;
    }
  g_autofree char *date = knowledge_format_day (day);
  g_autofree char *others = holders_on (k, office, org, day, person);
  g_autofree char *message = NULL;
  const char *kind = "anachronism";
  AssaySeverity severity = ASSAY_SEVERITY_HIGH;
  if (first)
    {
      const Term *near = day < first->from ? first : last;
      g_autofree char *from = knowledge_format_day (near->from);
      g_autofree char *to = near->to ? knowledge_format_day (near->to) : NULL;
      g_autofree char *then = others ? g_strdup_printf ("; on that date it was held by %s", others) : NULL;
      message = g_strdup_printf ("%s is called %s (%s, %s) on %s (%s), but held that office from %s%s%s (%s)%s.",
                                 person, title, office, org, date, assumed, from, to ? " to " : " on", to ? to : "",
                                 near->source, then ? then : "");
    }
  else
    {
      /* Never held it, by the knowledge base: a conflict with it only
       * when the base knows who held the office that day. */
      if (others == NULL)
        return NULL;
      kind = "role-conflict";
      severity = ASSAY_SEVERITY_MEDIUM;
      message = g_strdup_printf ("%s is called %s, but on %s (%s) the office of %s (%s) was held by %s, "
                                 "by the knowledge base of office holders.",
                                 person, title, date, assumed, office, org, others);
    }
  AssayFinding *f = assay_finding_new (kind, severity, message);
  assay_finding_add_evidence (f, doc_id, start, end, evidence, &claim_id, 1);
  return f;
}

gboolean
checks_document (const Knowledge *k, const char *reference_key, AssayDocument *doc, GError **error)
{
  guint32 published = checks_publication_day (doc, reference_key);
  return check_weekdays (doc, error) && check_origins (doc, error) && check_roles (k, doc, published, error)
         && (published == 0 || check_future_past (k, doc, published, error));
}
