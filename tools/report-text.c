/* report-text.c: the report as text: the summary an analyst reads on the
 * terminal, and the findings (or one layer's annotations) as a CSV or TSV
 * table for a spreadsheet.
 *
 * The summary shows every finding, the per-document ones included, with
 * its evidence quoted on one line each, cut to the terminal's width, so
 * nothing is left visible only inside a JSON record.
 */
#include "assay-report.h"
#include "assay-private.h"

#include <errno.h>
#include <string.h>

/* ---- display width --------------------------------------------------------- */

static guint
char_width (gunichar c)
{
  if (g_unichar_iszerowidth (c))
    return 0;
  return g_unichar_iswide (c) ? 2 : 1;
}

/* Appends @text on one line (line breaks and tabs become spaces), cut with
 * "…" so that it takes at most @width columns. */
static void
append_cut (GString *out, const char *text, guint width)
{
  guint used = 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == '\n' || c == '\r' || c == '\t')
        c = ' ';
      guint w = char_width (c);
      /* Keep a column for the ellipsis unless the rest fits exactly. */
      if (used + w > width || (used + w == width && *g_utf8_next_char (p) != '\0'))
        {
          g_string_append (out, "…");
          return;
        }
      g_string_append_unichar (out, c);
      used += w;
    }
}

/* Appends @text wrapped at word boundaries to @width columns, the first
 * line starting with @indent, the others with @more. */
static void
append_wrapped_hanging (GString *out, const char *text, const char *indent, const char *more,
                        guint width)
{
  guint room = width > strlen (more) + 20 ? width - strlen (more) : 20;
  g_auto (GStrv) words = g_strsplit_set (text, " \n\t", -1);
  guint used = 0;
  g_string_append (out, indent);
  for (char **w = words; *w; w++)
    {
      if (**w == '\0')
        continue;
      guint len = 0;
      for (const char *p = *w; *p; p = g_utf8_next_char (p))
        len += char_width (g_utf8_get_char (p));
      if (used > 0 && used + 1 + len > room)
        {
          g_string_append_c (out, '\n');
          g_string_append (out, more);
          used = 0;
        }
      else if (used > 0)
        {
          g_string_append_c (out, ' ');
          used++;
        }
      g_string_append (out, *w);
      used += len;
    }
  g_string_append_c (out, '\n');
}

static void
append_wrapped (GString *out, const char *text, const char *indent, guint width)
{
  append_wrapped_hanging (out, text, indent, indent, width);
}

/* ---- summary ---------------------------------------------------------------- */

static const char *const severities[] = { "high", "medium", "low" };

static void
plural (GString *out, guint n, const char *one, const char *many)
{
  g_string_append_printf (out, "%u %s", n, n == 1 ? one : many);
}

/* The display width of the @len bytes at @text. */
static guint
width_of (const char *text, gsize len)
{
  guint w = 0;
  for (const char *p = text; p < text + len; p = g_utf8_next_char (p))
    w += char_width (g_utf8_get_char (p));
  return w;
}

/* Appends evidence @e quoted, cut to @room columns, with the claim (or
 * date) the finding rests on between « and ».  When the claim would fall
 * past the cut, the quote starts later ("…") so that the claim shows. */
static void
append_quote (GString *out, const AssayReport *report, const AssayReportEvidence *e, guint room)
{
  g_autoptr (GString) q = g_string_new ("\"");
  gsize ms, me;
  if (assay_report_evidence_mark (report, e, &ms, &me))
    {
      const char *text = e->text, *from = text;
      guint claim = width_of (text + ms, me - ms) + 2;
      if (width_of (text, ms) + claim + 2 > room)
        {
          /* What is left beside the claim goes before it, but for a few
           * columns of what follows; the quote starts at a word. */
          guint after = MIN (width_of (text + me, strlen (text + me)), 8);
          guint keep = room > claim + after + 3 ? room - claim - after - 3 : 0;
          while (from < text + ms && width_of (from, text + ms - from) > keep)
            from = g_utf8_next_char (from);
          const char *space = strchr (from, ' ');
          if (from > text && from[-1] != ' ' && space && space < text + ms)
            from = space + 1;
          g_string_append (q, "…");
        }
      g_string_append_len (q, from, text + ms - from);
      g_string_append (q, "«");
      g_string_append_len (q, text + ms, me - ms);
      g_string_append (q, "»");
      g_string_append (q, text + me);
    }
  else
    g_string_append (q, e->text);
  g_string_append_c (q, '"');
  append_cut (out, q->str, room);
}

static void
append_finding (GString *out, const AssayReport *report, const AssayReportFinding *f, guint width)
{
  g_autofree char *docs = assay_report_finding_docs (f, ", ");
  g_autoptr (GString) head = g_string_new (NULL);
  g_string_append_printf (head, "#%u %s, %s", f->number, f->kind, f->severity);
  if (f->story)
    g_string_append_printf (head, ", story %s", f->story);
  g_string_append_printf (head, ", %s %s", f->within ? "in" : "across", docs);
  /* A blank line apart: a finding's lines read as one block. */
  g_string_append_c (out, '\n');
  append_wrapped_hanging (out, head->str, "  ", "     ", width);
  append_wrapped (out, f->message, "      ", width);
  for (guint i = 0; i < f->evidence->len; i++)
    {
      const AssayReportEvidence *e = f->evidence->pdata[i];
      g_autoptr (GString) where = g_string_new ("      ");
      g_string_append_printf (where, "%s: ", e->doc);
      g_string_append (out, where->str);
      guint used = width_of (where->str, where->len);
      append_quote (out, report, e, width > used + 10 ? width - used : 10);
      g_string_append_c (out, '\n');
    }
}

void
assay_report_write_summary (const AssayReport *report, guint width, FILE *out)
{
  g_autoptr (GString) s = g_string_new (NULL);
  g_string_append_printf (s, "assay report: %s\n", report->source);
  plural (s, report->docs->len, "document", "documents");
  g_string_append (s, ", ");
  if (report->n_story_records > 0 || report->stories->len > 0)
    {
      plural (s, report->stories->len, "story", "stories");
      g_string_append (s, ", ");
    }
  plural (s, report->findings->len, "finding", "findings");
  if (report->findings->len > 0)
    {
      g_string_append (s, " (");
      for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
        g_string_append_printf (s, "%s%u %s", i ? ", " : "",
                                assay_report_count_severity (report, severities[i]), severities[i]);
      g_string_append (s, ")");
    }
  g_string_append (s, ", ");
  plural (s, report->errors->len, "error", "errors");
  g_string_append (s, "\n");

  if (report->stories->len == 0)
    append_wrapped (s,
                    "No stories: this output groups no documents into stories (written before "
                    "stories, or by a pipeline without them); findings are listed together.",
                    "", width);
  if (report->n_unknown > 0)
    g_string_append_printf (s, "%u record%s of an unknown type skipped.\n", report->n_unknown,
                            report->n_unknown == 1 ? "" : "s");

  if (report->findings->len == 0)
    g_string_append (s, "\nNo findings: assay flagged no disagreement in these documents.\n");
  else
    {
      g_autoptr (GHashTable) kinds = assay_report_count_kinds (report);
      g_autoptr (GPtrArray) names = assay_report_sorted_kinds (kinds);
      g_string_append (s, "\nFindings by kind\n");
      for (guint i = 0; i < names->len; i++)
        g_string_append_printf (s, "  %-22s %u\n", (char *)names->pdata[i],
                                GPOINTER_TO_UINT (g_hash_table_lookup (kinds, names->pdata[i])));
    }

  guint quiet = 0;
  for (guint i = 0; i < report->stories->len; i++)
    {
      const AssayReportStory *story = report->stories->pdata[i];
      if (story->findings->len == 0)
        {
          quiet++;
          continue;
        }
      g_string_append_printf (s, "\nStory %s", story->id);
      if (story->title)
        g_string_append_printf (s, ": %s", story->title);
      if (story->from || story->to)
        g_string_append_printf (s, " (%s to %s)", story->from ? story->from : "?",
                                story->to ? story->to : "?");
      g_string_append (s, "\n");
      /* Not g_ptr_array_copy(): it would copy the free function too. */
      g_autoptr (GPtrArray) docs = g_ptr_array_new ();
      for (guint d = 0; d < story->docs->len; d++)
        g_ptr_array_add (docs, story->docs->pdata[d]);
      g_ptr_array_add (docs, NULL);
      g_autofree char *doc_list = g_strjoinv (", ", (char **)docs->pdata);
      g_autofree char *line = g_strdup_printf ("%u document%s: %s", story->docs->len,
                                               story->docs->len == 1 ? "" : "s", doc_list);
      append_wrapped (s, line, "  ", width);
      for (guint f = 0; f < story->findings->len; f++)
        append_finding (s, report, story->findings->pdata[f], width);
    }
  if (quiet > 0)
    g_string_append_printf (
        s, "\n%u stor%s without findings not listed (the HTML report shows them).\n", quiet,
        quiet == 1 ? "y" : "ies");

  gboolean header = FALSE;
  for (guint i = 0; i < report->findings->len; i++)
    {
      const AssayReportFinding *f = report->findings->pdata[i];
      if (f->story)
        continue;
      if (!header)
        g_string_append (s, report->stories->len ? "\nFindings outside stories\n" : "\nFindings\n");
      header = TRUE;
      append_finding (s, report, f, width);
    }

  if (report->errors->len > 0)
    {
      g_string_append_printf (s, "\nErrors: %u input%s failed and %s no document\n",
                              report->errors->len, report->errors->len == 1 ? "" : "s",
                              report->errors->len == 1 ? "has" : "have");
      for (guint i = 0; i < report->errors->len; i++)
        {
          const AssayReportErrorRecord *e = report->errors->pdata[i];
          g_string_append_printf (s, "  %s", e->id);
          if (e->stage)
            g_string_append_printf (s, ", stage %s", e->stage);
          if (e->input)
            g_string_append_printf (s, ", input %s", e->input);
          g_string_append (s, "\n");
          append_wrapped (s, e->message, "      ", width);
        }
    }
  /* Article text could carry terminal escape sequences: every control
   * character but the line breaks written here is shown as U+FFFD. */
  g_autoptr (GString) clean = g_string_sized_new (s->len);
  for (const char *p = s->str; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c != '\n' && g_unichar_iscntrl (c))
        g_string_append_unichar (clean, 0xFFFD);
      else
        g_string_append_len (clean, p, g_utf8_next_char (p) - p);
    }
  fputs (clean->str, out);
}

/* ---- tables ----------------------------------------------------------------- */

void
assay_report_table_cell (GString *out, const char *text, char separator)
{
  if (text == NULL)
    text = "";
  /* A cell that starts like a formula would be run by a spreadsheet
   * (OWASP "CSV injection"): an article's text is not to be trusted, so
   * such a cell starts with an apostrophe, which spreadsheets hide. */
  gboolean formula = strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0';
  /* TSV is read by spreadsheets and by Python's csv (excel-tab) with the
   * same quoting as CSV, so it gets the same quoting, with tabs. */
  const char specials[] = { separator, '"', '\r', '\n', '\0' };
  gboolean quote = formula || strpbrk (text, specials) != NULL || g_ascii_isspace (text[0]);
  if (!quote)
    {
      g_string_append (out, text);
      return;
    }
  /* RFC 4180: the field in double quotes, each quote doubled. */
  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
end_row (GString *out, char separator)
{
  g_string_append (out, separator == ',' ? "\r\n" : "\n");
}

static void
append_row (GString *out, char separator, const char *const *cells, guint n)
{
  for (guint i = 0; i < n; i++)
    {
      if (i)
        g_string_append_c (out, separator);
      assay_report_table_cell (out, cells[i], separator);
    }
  end_row (out, separator);
}

void
assay_report_write_findings_table (const AssayReport *report, char separator, GString *out)
{
  static const char *const header[]
      = { "kind", "severity", "story", "documents", "message", "evidence" };
  append_row (out, separator, header, G_N_ELEMENTS (header));
  for (guint i = 0; i < report->findings->len; i++)
    {
      const AssayReportFinding *f = report->findings->pdata[i];
      g_autofree char *docs = assay_report_finding_docs (f, "; ");
      g_autoptr (GString) evidence = g_string_new (NULL);
      for (guint e = 0; e < f->evidence->len; e++)
        {
          const AssayReportEvidence *ev = f->evidence->pdata[e];
          g_string_append_printf (evidence, "%s%s [%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT "]: %s",
                                  e ? " | " : "", ev->doc, ev->start, ev->end, ev->text);
        }
      const char *cells[] = { f->kind, f->severity, f->story, docs, f->message, evidence->str };
      append_row (out, separator, cells, G_N_ELEMENTS (cells));
    }
}

/* Rows are written a document at a time, so a table of a large output
 * never sits in memory whole. */
typedef struct
{
  char *layer;
  char separator;
  FILE *out;
  GString *rows;
  GHashTable *seen; /* the layers met, to name them when @layer is not one */
  gboolean found;
} LayerTable;

gpointer
assay_report_layer_table_new (const char *layer, char separator, FILE *out)
{
  static const char *const header[] = { "document", "start", "end", "text", "label", "attributes" };
  LayerTable *t = g_new0 (LayerTable, 1);
  t->layer = g_strdup (layer);
  t->separator = separator;
  t->out = out;
  t->rows = g_string_new (NULL);
  t->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  append_row (t->rows, separator, header, G_N_ELEMENTS (header));
  return t;
}

void
assay_report_layer_table_free (gpointer state)
{
  LayerTable *t = state;
  g_free (t->layer);
  g_string_free (t->rows, TRUE);
  g_hash_table_unref (t->seen);
  g_free (t);
}

gboolean
assay_report_layer_table_finish (gpointer state, GError **error)
{
  LayerTable *t = state;
  if (t->found)
    return TRUE;
  g_autoptr (GPtrArray) names = assay_report_sorted_kinds (t->seen);
  g_ptr_array_add (names, NULL);
  g_autofree char *list = g_strjoinv (", ", (char **)names->pdata);
  g_autofree char *hint = assay_suggest (t->layer, (const char *const *)names->pdata);
  g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_NO_LAYER,
               "no document has a layer '%s'%s%s%s; the layers in this output: %s", t->layer,
               hint ? " (did you mean '" : "", hint ? hint : "", hint ? "'?)" : "",
               *list ? list : "none");
  return FALSE;
}

/* An annotation's text: its "text", or, where the output leaves it out
 * (structural layers, by default), its span of the record's text. */
static char *
span_text (JsonObject *record, JsonObject *a)
{
  const char *text = assay_report_json_string (a, "text");
  if (text)
    return g_strdup (text);
  const char *whole = assay_report_json_string (record, "text");
  gint64 start = assay_report_json_int (a, "start", -1), end = assay_report_json_int (a, "end", -1);
  if (whole == NULL || start < 0 || end < start || (gsize) end > strlen (whole))
    return NULL;
  return g_strndup (whole + start, end - start);
}

gboolean
assay_report_layer_table_add (JsonObject *record, gpointer state, GError **error)
{
  LayerTable *t = state;
  const char *doc = assay_report_json_string (record, "id");
  JsonArray *annotations = assay_report_json_array (record, "annotations");
  for (guint i = 0; annotations && i < json_array_get_length (annotations); i++)
    {
      JsonObject *a = assay_report_json_object_at (annotations, i);
      const char *layer = assay_report_json_string (a, "layer");
      if (layer && !g_hash_table_contains (t->seen, layer))
        g_hash_table_add (t->seen, g_strdup (layer));
      if (g_strcmp0 (layer, t->layer) != 0)
        continue;
      t->found = TRUE;
      g_autofree char *start
          = g_strdup_printf ("%" G_GINT64_FORMAT, assay_report_json_int (a, "start", -1));
      g_autofree char *end
          = g_strdup_printf ("%" G_GINT64_FORMAT, assay_report_json_int (a, "end", -1));
      JsonNode *attrs = json_object_get_member (a, "attrs");
      g_autofree char *attrs_text
          = attrs && JSON_NODE_HOLDS_OBJECT (attrs)
                    && json_object_get_size (json_node_get_object (attrs)) > 0
                ? json_to_string (attrs, FALSE)
                : g_strdup ("");
      const char *label = assay_report_json_string (a, "label");
      g_autofree char *text = span_text (record, a);
      const char *cells[] = {
        doc, start, end, text, label, attrs_text,
      };
      append_row (t->rows, t->separator, cells, G_N_ELEMENTS (cells));
    }
  if (fwrite (t->rows->str, 1, t->rows->len, t->out) != t->rows->len)
    {
      g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_WRITE,
                   "writing the table failed: %s", g_strerror (errno));
      return FALSE;
    }
  g_string_truncate (t->rows, 0);
  return TRUE;
}
