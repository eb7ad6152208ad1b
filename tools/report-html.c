/* report-html.c: the report as one self-contained HTML page.
 *
 * All markup lives in one template, tools/report.html, built into the
 * program as a GResource: the page, then named fragments (a finding, a row
 * of the timeline, ...).  This file only fills them.  A slot written
 * {{name}} receives text and goes through assay_report_html_escape(); a
 * slot written {{&name}} receives markup this file built from fragments,
 * or the document data.  Nothing from the results file reaches the page
 * any other way, so a hostile article cannot inject markup or script.
 *
 * The overview, the stories and the findings are written as HTML, so they
 * show (and print) without any script.  The documents' texts and
 * annotations are written once, compactly, as JSON inside the page, and a
 * document view is built from them by the page's script only when one is
 * opened: a report of 10,000 documents renders no 10,000 texts on open.
 */
#include "assay-report.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>
#include <gio/gio.h>

#include "assay-private.h"

#define TEMPLATE_PATH "/org/assay/report/report.html"

/* The layers drawn in the document view; "removed" is listed apart. */
static const char *const shown_layers[] = { "entity", "timex", "claim", NULL };

struct _AssayReportPage
{
  GString *data; /* the documents, as a JSON array's elements, safe inside <script> */
  guint n_docs;
  GHashTable *fragments; /* name -> template text (not owned: points into template) */
  GBytes *template;
  char *template_text;
  GStringChunk *strings; /* short-lived numbers and labels for one render */
};

void
assay_report_html_escape (GString *out, const char *text)
{
  if (text == NULL)
    return;
  for (const char *p = text; *p; p++)
    switch (*p)
      {
      case '&':
        g_string_append (out, "&amp;");
        break;
      case '<':
        g_string_append (out, "&lt;");
        break;
      case '>':
        g_string_append (out, "&gt;");
        break;
      case '"':
        g_string_append (out, "&quot;");
        break;
      case '\'':
        g_string_append (out, "&#39;");
        break;
      default:
        g_string_append_c (out, *p);
      }
}

/* JSON inside <script type="application/json">: '<', '>' and '&' occur in
 * JSON only inside strings, where \u003c, \u003e and \u0026 mean the same,
 * so no text can close the element or open a comment. */
static void
append_script_safe (GString *out, const char *json, gsize len)
{
  for (gsize i = 0; i < len; i++)
    switch (json[i])
      {
      case '<':
        g_string_append (out, "\\u003c");
        break;
      case '>':
        g_string_append (out, "\\u003e");
        break;
      case '&':
        g_string_append (out, "\\u0026");
        break;
      default:
        g_string_append_c (out, json[i]);
      }
}

AssayReportPage *
assay_report_page_new (void)
{
  AssayReportPage *page = g_new0 (AssayReportPage, 1);
  page->data = g_string_new ("[");
  page->fragments = g_hash_table_new (g_str_hash, g_str_equal);
  page->strings = g_string_chunk_new (4096);
  return page;
}

void
assay_report_page_free (AssayReportPage *page)
{
  if (page == NULL)
    return;
  g_string_free (page->data, TRUE);
  g_hash_table_unref (page->fragments);
  g_free (page->template_text);
  if (page->template)
    g_bytes_unref (page->template);
  g_string_chunk_free (page->strings);
  g_free (page);
}

/* ---- document data -------------------------------------------------------- */

static void
write_string_object (AssayJsonWriter *w, JsonObject *object)
{
  assay_json_begin_object (w);
  if (object)
    {
      JsonObjectIter iter;
      const char *key;
      JsonNode *value;
      json_object_iter_init (&iter, object);
      while (json_object_iter_next (&iter, &key, &value))
        if (JSON_NODE_HOLDS_VALUE (value) && json_node_get_value_type (value) == G_TYPE_STRING)
          {
            assay_json_key (w, key);
            assay_json_string (w, json_node_get_string (value));
          }
    }
  assay_json_end_object (w);
}

/* The original text's bytes [start, end), when the record carries the
 * original (assay run --with-original) and the span lies inside it. */
static void
write_removed_text (AssayJsonWriter *w, const char *original, gint64 start, gint64 end)
{
  gsize len = original ? strlen (original) : 0;
  if (original == NULL || start < 0 || end < start || (gsize)end > len)
    {
      assay_json_null (w);
      return;
    }
  g_autofree char *piece = g_utf8_make_valid (original + start, end - start);
  assay_json_string (w, piece);
}

gboolean
assay_report_page_add_doc (JsonObject *record, gpointer user_data, GError **error)
{
  AssayReportPage *page = user_data;
  g_autoptr (GString) json = g_string_new (NULL);
  AssayJsonWriter w;
  assay_json_writer_init (&w, json);
  assay_json_begin_object (&w);
  assay_json_key (&w, "id");
  assay_json_string (&w, assay_report_json_string (record, "id"));
  assay_json_key (&w, "meta");
  write_string_object (&w, assay_report_json_object (record, "meta"));
  assay_json_key (&w, "text");
  const char *text = assay_report_json_string (record, "text");
  assay_json_string (&w, text ? text : "");
  const char *original = assay_report_json_string (record, "original");

  JsonArray *annotations = assay_report_json_array (record, "annotations");
  guint n = annotations ? json_array_get_length (annotations) : 0;
  assay_json_key (&w, "ann");
  assay_json_begin_array (&w);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *a = assay_report_json_object_at (annotations, i);
      const char *layer = assay_report_json_string (a, "layer");
      if (layer == NULL || !g_strv_contains (shown_layers, layer))
        continue;
      assay_json_begin_array (&w);
      assay_json_string (&w, layer);
      assay_json_int (&w, assay_report_json_int (a, "start", -1));
      assay_json_int (&w, assay_report_json_int (a, "end", -1));
      const char *label = assay_report_json_string (a, "label");
      if (label)
        assay_json_string (&w, label);
      else
        assay_json_null (&w);
      write_string_object (&w, assay_report_json_object (a, "attrs"));
      assay_json_end_array (&w);
    }
  assay_json_end_array (&w);

  assay_json_key (&w, "removed");
  assay_json_begin_array (&w);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *a = assay_report_json_object_at (annotations, i);
      if (g_strcmp0 (assay_report_json_string (a, "layer"), "removed") != 0)
        continue;
      gint64 os = assay_report_json_int (a, "orig_start", -1);
      gint64 oe = assay_report_json_int (a, "orig_end", -1);
      assay_json_begin_array (&w);
      const char *label = assay_report_json_string (a, "label");
      assay_json_string (&w, label ? label : "removed");
      assay_json_int (&w, os);
      assay_json_int (&w, oe);
      const char *detail
          = assay_report_json_string (assay_report_json_object (a, "attrs"), "detail");
      assay_json_string (&w, detail ? detail : "");
      write_removed_text (&w, original, os, oe);
      assay_json_end_array (&w);
    }
  assay_json_end_array (&w);
  assay_json_end_object (&w);

  if (page->n_docs++ > 0)
    g_string_append_c (page->data, ',');
  append_script_safe (page->data, json->str, json->len);
  return TRUE;
}

/* ---- the template ----------------------------------------------------------- */

/* Splits the template at its "<!--@ name -->" lines into fragments. */
static gboolean
load_template (AssayReportPage *page, GError **error)
{
  page->template = g_resources_lookup_data (TEMPLATE_PATH, 0, error);
  if (page->template == NULL)
    return FALSE;
  gsize size;
  const char *bytes = g_bytes_get_data (page->template, &size);
  page->template_text = g_strndup (bytes, size);
  char *p = page->template_text;
  while ((p = strstr (p, "<!--@ ")) != NULL)
    {
      char *name = p + 6;
      char *close = strstr (name, " -->");
      if (close == NULL)
        break;
      *close = '\0';
      char *body = close + 4;
      if (*body == '\n')
        body++;
      char *next = strstr (body, "<!--@ ");
      if (next)
        *next = '\0';
      /* A fragment ends without the line break before the next marker. */
      gsize blen = strlen (body);
      if (blen > 0 && body[blen - 1] == '\n')
        body[blen - 1] = '\0';
      g_hash_table_insert (page->fragments, name, body);
      if (next == NULL)
        break;
      *next = '<';
      p = next;
    }
  if (!g_hash_table_contains (page->fragments, "page"))
    {
      g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_WRITE,
                   "the report template %s has no page fragment", TEMPLATE_PATH);
      return FALSE;
    }
  return TRUE;
}

/* Appends fragment @name to @out, its slots filled from the NULL-terminated
 * list of (slot, value) pairs that follows.  A value may be NULL (empty). */
static void
fill (AssayReportPage *page, GString *out, const char *name, ...)
{
  const char *body = g_hash_table_lookup (page->fragments, name);
  g_return_if_fail (body != NULL);
  const char *slots[32], *values[32];
  guint n = 0;
  va_list args;
  va_start (args, name);
  for (const char *slot; n < G_N_ELEMENTS (slots) && (slot = va_arg (args, const char *));)
    {
      slots[n] = slot;
      values[n++] = va_arg (args, const char *);
    }
  va_end (args);

  const char *p = body;
  const char *open;
  while ((open = strstr (p, "{{")) != NULL)
    {
      g_string_append_len (out, p, open - p);
      const char *close = strstr (open, "}}");
      g_return_if_fail (close != NULL);
      g_autofree char *slot = g_strndup (open + 2, close - open - 2);
      guint i = 0;
      while (i < n && strcmp (slots[i], slot) != 0)
        i++;
      if (i == n)
        g_critical ("report template: fragment '%s' has a slot '%s' the code does not fill", name,
                    slot);
      else if (slot[0] == '&')
        g_string_append (out, values[i] ? values[i] : "");
      else
        assay_report_html_escape (out, values[i]);
      p = close + 2;
    }
  g_string_append (out, p);
}

static const char *fmt (AssayReportPage *page, const char *format, ...) G_GNUC_PRINTF (2, 3);

static const char *
fmt (AssayReportPage *page, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *text = g_strdup_vprintf (format, args);
  va_end (args);
  return g_string_chunk_insert (page->strings, text);
}

/* A link to a document's view, at bytes [start, end) when start >= 0. */
static const char *
doc_href (AssayReportPage *page, const char *doc, gint64 start, gint64 end)
{
  g_autofree char *escaped = g_uri_escape_string (doc, NULL, FALSE);
  if (start >= 0 && end >= start)
    return fmt (page, "#doc=%s&at=%" G_GINT64_FORMAT "-%" G_GINT64_FORMAT, escaped, start, end);
  return fmt (page, "#doc=%s", escaped);
}

/* ---- the report's parts ------------------------------------------------------ */

typedef struct
{
  AssayReportPage *page;
  const AssayReport *report;
} Render;

static const char *
group_of (const Render *r, const char *story)
{
  AssayReportStory *s = story ? g_hash_table_lookup (r->report->stories_by_id, story) : NULL;
  if (s == NULL)
    return "g-outside";
  guint index = 0;
  g_ptr_array_find (r->report->stories, s, &index);
  return fmt (r->page, "g%u", index);
}

static void
render_finding (const Render *r, GString *out, const AssayReportFinding *f)
{
  g_autoptr (GString) evidence = g_string_new (NULL);
  for (guint i = 0; i < f->evidence->len; i++)
    {
      const AssayReportEvidence *e = f->evidence->pdata[i];
      const AssayReportDoc *doc = g_hash_table_lookup (r->report->docs_by_id, e->doc);
      const char *title = doc && doc->title ? fmt (r->page, "%s (%s)", e->doc, doc->title) : e->doc;
      /* The claim (or date) the finding rests on, marked in its sentence. */
      gsize ms = 0, me = 0;
      gboolean marked = assay_report_evidence_mark (r->report, e, &ms, &me);
      g_autofree char *before = marked ? g_strndup (e->text, ms) : g_strdup (e->text);
      g_autofree char *claim = marked ? g_strndup (e->text + ms, me - ms) : NULL;
      fill (r->page, evidence, marked ? "evidence-marked" : "evidence", "doc", e->doc, "title",
            title, "href", doc_href (r->page, e->doc, e->start, e->end), "before", before, "claim",
            claim, "after", marked ? e->text + me : NULL, NULL);
    }
  g_autofree char *docs = assay_report_finding_docs (f, ", ");
  const char *scope
      = f->within ? fmt (r->page, "in %s", f->within) : fmt (r->page, "across %s", docs);
  fill (r->page, out, "finding", "number", fmt (r->page, "%u", f->number), "kind", f->kind,
        "severity", f->severity, "story", group_of (r, f->story), "within", f->within, "scope",
        scope, "message", f->message, "&evidence", evidence->str, NULL);
}

static int
compare_dated (gconstpointer a, gconstpointer b)
{
  const AssayReportDated *x = *(AssayReportDated *const *)a;
  const AssayReportDated *y = *(AssayReportDated *const *)b;
  return strcmp (x->date, y->date);
}

static void
render_timeline (const Render *r, GString *out, const AssayReportStory *story)
{
  g_autoptr (GPtrArray) dated = g_ptr_array_new ();
  for (guint i = 0; i < story->docs->len; i++)
    {
      const AssayReportDoc *doc
          = g_hash_table_lookup (r->report->docs_by_id, story->docs->pdata[i]);
      for (guint d = 0; doc && d < doc->dated->len; d++)
        g_ptr_array_add (dated, doc->dated->pdata[d]);
    }
  if (dated->len == 0)
    {
      fill (r->page, out, "note", "text", "No dated claims in these documents.", NULL);
      return;
    }
  /* Stable, so one date keeps its documents in the story's order. */
  g_ptr_array_sort (dated, compare_dated);
  g_autoptr (GString) rows = g_string_new (NULL);
  for (guint i = 0; i < dated->len; i++)
    {
      const AssayReportDated *d = dated->pdata[i];
      if (d->start >= 0)
        fill (r->page, rows, "timeline-row", "date", d->date, "doc", d->doc, "what", d->what,
              "text", d->text, "href", doc_href (r->page, d->doc, d->start, d->end), NULL);
      else
        fill (r->page, rows, "timeline-row-nolink", "date", d->date, "doc", d->doc, "what", d->what,
              "text", "the document's date", NULL);
    }
  fill (r->page, out, "timeline", "&rows", rows->str, NULL);
}

static void
render_story (const Render *r, GString *out, guint index)
{
  const AssayReportStory *s = r->report->stories->pdata[index];
  g_autoptr (GString) ties = g_string_new (NULL);
  if (s->ties->len > 0)
    {
      g_autoptr (GString) items = g_string_new (NULL);
      for (guint i = 0; i < s->ties->len; i++)
        fill (r->page, items, "tie", "text", s->ties->pdata[i], NULL);
      fill (r->page, ties, "ties", "&items", items->str, NULL);
    }
  g_autoptr (GString) docs = g_string_new (NULL);
  for (guint i = 0; i < s->docs->len; i++)
    {
      const char *id = s->docs->pdata[i];
      const AssayReportDoc *doc = g_hash_table_lookup (r->report->docs_by_id, id);
      const char *details = doc == NULL
                                ? fmt (r->page, "%s: not in this output (failed?)", id)
                                : fmt (r->page, "%s%s%s%s%s", id, doc->published ? " · " : "",
                                       doc->published ? doc->published : "",
                                       doc->source ? " · " : "", doc->source ? doc->source : "");
      fill (r->page, docs, "story-doc", "href", doc_href (r->page, id, -1, -1), "title",
            doc && doc->title ? doc->title : id, "details", details, NULL);
    }
  g_autoptr (GString) timeline = g_string_new (NULL);
  render_timeline (r, timeline, s);
  g_autoptr (GString) findings = g_string_new (NULL);
  fill (r->page, findings, "findings-heading", NULL);
  if (s->findings->len == 0)
    fill (r->page, findings, "note", "text",
          "No findings: these reports agree as far as assay checks.", NULL);
  /* Read order is the report's order inside a story: documents, with
   * their own findings, come before the cross-document findings. */
  for (guint i = 0; i < s->findings->len; i++)
    render_finding (r, findings, s->findings->pdata[i]);
  const char *dates = s->from || s->to ? fmt (r->page, "%s to %s · ", s->from ? s->from : "?",
                                              s->to ? s->to : "?")
                                       : "";
  fill (r->page, out, "story", "anchor", fmt (r->page, "story-%u", index), "group",
        fmt (r->page, "g%u", index), "id", s->id, "title",
        s->title ? fmt (r->page, ": %s", s->title) : "", "dates", dates, "n_docs",
        fmt (r->page, "%u", s->docs->len), "n_findings", fmt (r->page, "%u", s->findings->len),
        "record_note",
        s->has_record ? ""
                      : " · named by its documents or findings; the output has no story record",
        "&ties", ties->str, "&docs", docs->str, "&timeline", timeline->str, "&findings",
        findings->str, NULL);
}

static void
render_overview (const Render *r, GString *notes, GString *kinds, GString *kind_options)
{
  const AssayReport *report = r->report;
  if (report->stories->len == 0)
    fill (r->page, notes, "note", "text",
          "No stories: this output groups no documents into stories (it was written before assay "
          "grouped reports of one event, or by a pipeline that does not), so all findings are "
          "listed together.",
          NULL);
  if (report->findings->len == 0)
    fill (r->page, notes, "note", "text",
          "No findings: assay flagged no disagreement in these documents.", NULL);
  if (report->errors->len > 0)
    fill (r->page, notes, "note", "text",
          fmt (r->page, "%u input%s failed: see Errors below.", report->errors->len,
               report->errors->len == 1 ? "" : "s"),
          NULL);
  if (report->n_unknown > 0)
    fill (r->page, notes, "note", "text",
          fmt (r->page, "%u record%s of a type this report does not know were skipped.",
               report->n_unknown, report->n_unknown == 1 ? "" : "s"),
          NULL);

  g_autoptr (GHashTable) counts = assay_report_count_kinds (report);
  g_autoptr (GPtrArray) names = assay_report_sorted_kinds (counts);
  if (names->len == 0)
    return;
  g_autoptr (GString) rows = g_string_new (NULL);
  for (guint i = 0; i < names->len; i++)
    {
      const char *kind = names->pdata[i];
      guint by[3] = { 0 };
      static const char *const severities[] = { "high", "medium", "low" };
      for (guint f = 0; f < report->findings->len; f++)
        {
          const AssayReportFinding *finding = report->findings->pdata[f];
          for (guint s = 0; s < 3; s++)
            by[s] += strcmp (finding->kind, kind) == 0
                     && strcmp (finding->severity, severities[s]) == 0;
        }
      fill (r->page, rows, "kind-row", "kind", kind, "high", fmt (r->page, "%u", by[0]), "medium",
            fmt (r->page, "%u", by[1]), "low", fmt (r->page, "%u", by[2]), "all",
            fmt (r->page, "%u", GPOINTER_TO_UINT (g_hash_table_lookup (counts, kind))), NULL);
      fill (r->page, kind_options, "option", "value", kind, "label", kind, NULL);
    }
  fill (r->page, kinds, "kinds", "&rows", rows->str, NULL);
}

gboolean
assay_report_page_write (AssayReportPage *page, const AssayReport *report, FILE *out,
                         GError **error)
{
  if (!load_template (page, error))
    return FALSE;
  Render r = { page, report };
  g_autoptr (GString) notes = g_string_new (NULL);
  g_autoptr (GString) kinds = g_string_new (NULL);
  g_autoptr (GString) kind_options = g_string_new (NULL);
  render_overview (&r, notes, kinds, kind_options);

  /* Stories with findings first; those without after them, in a template
   * the page's script opens on request (they are hidden until asked for,
   * and at scale they are most stories). */
  g_autoptr (GString) stories = g_string_new (NULL);
  g_autoptr (GString) quiet_stories = g_string_new (NULL);
  g_autoptr (GString) story_options = g_string_new (NULL);
  for (guint i = 0; i < report->stories->len; i++)
    {
      const AssayReportStory *s = report->stories->pdata[i];
      render_story (&r, s->findings->len ? stories : quiet_stories, i);
      fill (page, story_options, "option", "value", fmt (page, "g%u", i), "label",
            fmt (page, "%s%s%s (%u finding%s)", s->id, s->title ? ": " : "",
                 s->title ? s->title : "", s->findings->len, s->findings->len == 1 ? "" : "s"),
            NULL);
    }

  g_autoptr (GString) outside = g_string_new (NULL);
  g_autoptr (GString) outside_findings = g_string_new (NULL);
  guint n_outside = 0;
  for (guint i = 0; i < report->findings->len; i++)
    {
      const AssayReportFinding *f = report->findings->pdata[i];
      if (strcmp (group_of (&r, f->story), "g-outside") == 0)
        {
          render_finding (&r, outside_findings, f);
          n_outside++;
        }
    }
  if (n_outside > 0)
    {
      fill (page, outside, "outside", "group", "g-outside", "heading",
            report->stories->len ? "Findings outside stories" : "Findings", "&notes", "",
            "&findings", outside_findings->str, NULL);
      if (report->stories->len)
        fill (page, story_options, "option", "value", "g-outside", "label",
              fmt (page, "Outside stories (%u finding%s)", n_outside, n_outside == 1 ? "" : "s"),
              NULL);
    }

  g_autoptr (GString) quiet = g_string_new (NULL);
  if (quiet_stories->len > 0)
    fill (page, quiet, "quiet", "&stories", quiet_stories->str, NULL);

  g_autoptr (GString) story_filters = g_string_new (NULL);
  if (report->stories->len > 0)
    fill (page, story_filters, "story-filters", "&story_options", story_options->str, NULL);

  g_autoptr (GString) errors = g_string_new (NULL);
  if (report->errors->len > 0)
    {
      g_autoptr (GString) rows = g_string_new (NULL);
      for (guint i = 0; i < report->errors->len; i++)
        {
          const AssayReportErrorRecord *e = report->errors->pdata[i];
          fill (page, rows, "error-row", "id", e->id, "stage", e->stage, "input", e->input,
                "message", e->message, NULL);
        }
      guint n = report->errors->len;
      fill (page, errors, "errors", "heading",
            fmt (page, "Errors: %u input%s failed and ha%s no document", n, n == 1 ? "" : "s",
                 n == 1 ? "s" : "ve"),
            "&rows", rows->str, NULL);
    }

  const char *summary = fmt (page, "%u document%s, %u stor%s, %u finding%s, %u error%s",
                             report->docs->len, report->docs->len == 1 ? "" : "s",
                             report->stories->len, report->stories->len == 1 ? "y" : "ies",
                             report->findings->len, report->findings->len == 1 ? "" : "s",
                             report->errors->len, report->errors->len == 1 ? "" : "s");
  g_string_append_c (page->data, ']');
  /* The page, then the document data (the bulk of it: written, not copied
   * into the page), then the page's end. */
  g_autoptr (GString) head = g_string_sized_new (stories->len + 64 * 1024);
  fill (page, head, "page", "source", report->source, "summary", summary, "n_docs",
        fmt (page, "%u", report->docs->len), "n_stories", fmt (page, "%u", report->stories->len),
        "n_findings", fmt (page, "%u", report->findings->len), "n_high",
        fmt (page, "%u", assay_report_count_severity (report, "high")), "n_medium",
        fmt (page, "%u", assay_report_count_severity (report, "medium")), "n_low",
        fmt (page, "%u", assay_report_count_severity (report, "low")), "n_errors",
        fmt (page, "%u", report->errors->len), "&notes", notes->str, "&kinds", kinds->str,
        "&kind_options", kind_options->str, "&story_filters", story_filters->str, "&stories",
        stories->str, "&quiet", quiet->str, "&outside", outside->str, "&errors", errors->str, NULL);
  g_autoptr (GString) tail = g_string_new (NULL);
  fill (page, tail, "page-end", NULL);
  if (fwrite (head->str, 1, head->len, out) != head->len
      || fwrite (page->data->str, 1, page->data->len, out) != page->data->len
      || fwrite (tail->str, 1, tail->len, out) != tail->len)
    {
      g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_WRITE,
                   "writing the report failed: %s", g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}
