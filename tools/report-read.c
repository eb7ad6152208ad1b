/* report-read.c: the results of `assay run` read back for `assay report`.
 *
 * Reads JSONL with json-glib, as the core does, one line at a time so a
 * large output never sits in memory as one tree.  Accepts outputs with and
 * without stories (DESIGN.md, "Output"): documents name their story in
 * meta.story, story records list their documents, and findings name their
 * story when they have one.  A story named only by a document or a finding
 * still gets an entry, so nothing is dropped from the report.
 */
#include "assay-report.h"

#include <errno.h>
#include <string.h>

G_DEFINE_QUARK (assay-report-error-quark, assay_report_error)

static void
evidence_free (gpointer data)
{
  AssayReportEvidence *e = data;
  g_free (e->doc);
  g_free (e->text);
  g_array_unref (e->annotations);
  g_free (e);
}

static void
finding_free (gpointer data)
{
  AssayReportFinding *f = data;
  g_free (f->kind);
  g_free (f->severity);
  g_free (f->story);
  g_free (f->message);
  g_free (f->within);
  g_ptr_array_unref (f->evidence);
  g_free (f);
}

static void
dated_free (gpointer data)
{
  AssayReportDated *d = data;
  g_free (d->date);
  g_free (d->doc);
  g_free (d->what);
  g_free (d->text);
  g_free (d);
}

static void
doc_free (gpointer data)
{
  AssayReportDoc *d = data;
  g_free (d->id);
  g_free (d->title);
  g_free (d->published);
  g_free (d->source);
  g_free (d->story);
  g_ptr_array_unref (d->dated);
  g_array_unref (d->spans);
  g_free (d);
}

static void
story_free (gpointer data)
{
  AssayReportStory *s = data;
  g_free (s->id);
  g_free (s->title);
  g_free (s->from);
  g_free (s->to);
  g_ptr_array_unref (s->docs);
  g_ptr_array_unref (s->ties);
  g_ptr_array_unref (s->findings);
  g_free (s);
}

static void
error_record_free (gpointer data)
{
  AssayReportErrorRecord *e = data;
  g_free (e->id);
  g_free (e->stage);
  g_free (e->input);
  g_free (e->message);
  g_free (e);
}

void
assay_report_free (AssayReport *report)
{
  if (report == NULL)
    return;
  g_free (report->source);
  g_hash_table_unref (report->docs_by_id);
  g_hash_table_unref (report->stories_by_id);
  g_ptr_array_unref (report->findings);
  g_ptr_array_unref (report->stories);
  g_ptr_array_unref (report->docs);
  g_ptr_array_unref (report->errors);
  g_free (report);
}

/* ---- fields ------------------------------------------------------------- */

/* Returns: (transfer full) (nullable): member @name of @object when it is a
 * string (or a number, written as text), else NULL. */
static char *
dup_string (JsonObject *object, const char *name)
{
  if (object == NULL)
    return NULL;
  JsonNode *node = json_object_get_member (object, name);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  GType type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  return NULL;
}

const char *
assay_report_json_string (JsonObject *object, const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;
  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);
  return NULL;
}

JsonObject *
assay_report_json_object (JsonObject *object, const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;
  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

JsonArray *
assay_report_json_array (JsonObject *object, const char *name)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;
  return node && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

gint64
assay_report_json_int (JsonObject *object, const char *name, gint64 fallback)
{
  JsonNode *node = object ? json_object_get_member (object, name) : NULL;
  if (node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  return fallback;
}

/* Element @index of @array, or NULL past its end or without an array. */
static JsonNode *
element_at (JsonArray *array, guint index)
{
  return array && index < json_array_get_length (array) ? json_array_get_element (array, index) : NULL;
}

JsonObject *
assay_report_json_object_at (JsonArray *array, guint index)
{
  JsonNode *node = element_at (array, index);
  return node && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

gboolean
assay_report_json_int_at (JsonArray *array, guint index, gint64 *value)
{
  JsonNode *node = element_at (array, index);
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

/* ---- records -------------------------------------------------------------- */

typedef struct
{
  AssayReport *report;
  GPtrArray *read_findings; /* AssayReportFinding*, owned, in read order */
  const char *path;
  guint64 line;
} Reader;

static AssayReportStory *
story_get (AssayReport *report, const char *id)
{
  AssayReportStory *s = g_hash_table_lookup (report->stories_by_id, id);
  if (s)
    return s;
  s = g_new0 (AssayReportStory, 1);
  s->id = g_strdup (id);
  s->docs = g_ptr_array_new_with_free_func (g_free);
  s->ties = g_ptr_array_new_with_free_func (g_free);
  s->findings = g_ptr_array_new ();
  g_ptr_array_add (report->stories, s);
  g_hash_table_insert (report->stories_by_id, s->id, s);
  return s;
}

static gboolean
story_has_doc (const AssayReportStory *s, const char *doc)
{
  for (guint i = 0; i < s->docs->len; i++)
    if (strcmp (s->docs->pdata[i], doc) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
missing_field (Reader *r, const char *type, const char *field, GError **error)
{
  g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_RECORD,
               "%s:%" G_GUINT64_FORMAT
               ": a %s record needs \"%s\"; is this the output of assay run?",
               r->path, r->line, type, field);
  return FALSE;
}

static AssayReportFinding *
read_finding (Reader *r, JsonObject *object, const char *within, GError **error)
{
  g_autofree char *kind = dup_string (object, "kind");
  if (kind == NULL)
    {
      missing_field (r, "finding", "kind", error);
      return NULL;
    }
  AssayReportFinding *f = g_new0 (AssayReportFinding, 1);
  f->kind = g_steal_pointer (&kind);
  f->severity = dup_string (object, "severity");
  if (f->severity == NULL)
    f->severity = g_strdup ("unknown");
  f->story = dup_string (object, "story");
  f->message = dup_string (object, "message");
  if (f->message == NULL)
    f->message = g_strdup ("");
  f->within = g_strdup (within);
  f->evidence = g_ptr_array_new_with_free_func (evidence_free);
  JsonArray *evidence = assay_report_json_array (object, "evidence");
  for (guint i = 0; evidence && i < json_array_get_length (evidence); i++)
    {
      JsonObject *e = assay_report_json_object_at (evidence, i);
      if (e == NULL)
        continue;
      AssayReportEvidence *ev = g_new0 (AssayReportEvidence, 1);
      ev->doc = dup_string (e, "doc");
      if (ev->doc == NULL)
        ev->doc = g_strdup (within ? within : "");
      ev->start = assay_report_json_int (e, "start", -1);
      ev->end = assay_report_json_int (e, "end", -1);
      ev->text = dup_string (e, "text");
      if (ev->text == NULL)
        ev->text = g_strdup ("");
      ev->annotations = g_array_new (FALSE, FALSE, sizeof (gint64));
      JsonArray *ids = assay_report_json_array (e, "annotations");
      for (guint k = 0; ids && k < json_array_get_length (ids); k++)
        {
          gint64 id;
          if (assay_report_json_int_at (ids, k, &id))
            g_array_append_val (ev->annotations, id);
        }
      g_ptr_array_add (f->evidence, ev);
    }
  return f;
}

/* The date a claim asserts, when it rests on a time expression (refs
 * "timex"): its own value (the inconsistencies stage writes the TIMEX3
 * value it compares, a TIME by its day), else that expression's value.
 * A claim that refers to no time expression dates nothing, whatever its
 * value looks like: "1200 containers" is no year. */
static const char *
claim_date (JsonObject *claim, GHashTable *timex_values)
{
  JsonArray *refs = assay_report_json_array (assay_report_json_object (claim, "refs"), "timex");
  if (refs == NULL || json_array_get_length (refs) == 0)
    return NULL;
  const char *own = assay_report_json_string (assay_report_json_object (claim, "attrs"), "value");
  if (own && *own)
    return own;
  for (guint i = 0; i < json_array_get_length (refs); i++)
    {
      gint64 id;
      const char *v = assay_report_json_int_at (refs, i, &id)
                          ? g_hash_table_lookup (timex_values, GINT_TO_POINTER (id))
                          : NULL;
      if (v)
        return v;
    }
  return NULL;
}

static void
collect_dated (AssayReportDoc *doc, JsonArray *annotations)
{
  if (doc->published)
    {
      AssayReportDated *d = g_new0 (AssayReportDated, 1);
      /* 2024-03-05T09:12+01:00 is dated by its day. */
      d->date = g_strndup (doc->published, 10);
      d->doc = g_strdup (doc->id);
      d->what = g_strdup ("published");
      d->start = d->end = -1;
      g_ptr_array_add (doc->dated, d);
    }
  if (annotations == NULL)
    return;
  g_autoptr (GHashTable) timex_values = g_hash_table_new (NULL, NULL);
  guint n = json_array_get_length (annotations);
  for (guint i = 0; i < n; i++)
    {
      JsonObject *a = assay_report_json_object_at (annotations, i);
      const char *layer = assay_report_json_string (a, "layer");
      if (layer == NULL)
        continue;
      if (strcmp (layer, "claim") == 0 || strcmp (layer, "timex") == 0)
        {
          AssayReportSpan span
              = { assay_report_json_int (a, "id", -1), assay_report_json_int (a, "start", -1),
                  assay_report_json_int (a, "end", -1) };
          g_array_append_val (doc->spans, span);
        }
      if (strcmp (layer, "timex") != 0)
        continue;
      JsonObject *attrs = assay_report_json_object (a, "attrs");
      const char *value = attrs ? assay_report_json_string (attrs, "value") : NULL;
      if (value)
        g_hash_table_insert (timex_values, GINT_TO_POINTER (assay_report_json_int (a, "id", -1)),
                             (gpointer)value);
    }
  for (guint i = 0; i < n; i++)
    {
      JsonObject *a = assay_report_json_object_at (annotations, i);
      if (a == NULL || g_strcmp0 (assay_report_json_string (a, "layer"), "claim") != 0)
        continue;
      const char *date = claim_date (a, timex_values);
      if (date == NULL)
        continue;
      AssayReportDated *d = g_new0 (AssayReportDated, 1);
      d->date = g_strdup (date);
      d->doc = g_strdup (doc->id);
      const char *label = assay_report_json_string (a, "label");
      JsonObject *attrs = assay_report_json_object (a, "attrs");
      const char *key = attrs ? assay_report_json_string (attrs, "key") : NULL;
      d->what = key && *key ? g_strdup_printf ("%s: %s", label ? label : "claim", key)
                            : g_strdup (label ? label : "claim");
      d->text = dup_string (a, "text");
      d->start = assay_report_json_int (a, "start", -1);
      d->end = assay_report_json_int (a, "end", -1);
      g_ptr_array_add (doc->dated, d);
    }
}

static gboolean
read_doc (Reader *r, JsonObject *object, GError **error)
{
  AssayReport *report = r->report;
  g_autofree char *id = dup_string (object, "id");
  if (id == NULL)
    return missing_field (r, "doc", "id", error);
  if (g_hash_table_contains (report->docs_by_id, id))
    {
      g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_RECORD,
                   "%s:%" G_GUINT64_FORMAT ": a second document with the id '%s'; give each "
                   "input a distinct id",
                   r->path, r->line, id);
      return FALSE;
    }
  JsonObject *meta = assay_report_json_object (object, "meta");
  AssayReportDoc *doc = g_new0 (AssayReportDoc, 1);
  doc->id = g_steal_pointer (&id);
  doc->title = dup_string (meta, "title");
  doc->published = dup_string (meta, "published");
  doc->source = dup_string (meta, "source");
  doc->story = dup_string (meta, "story");
  doc->dated = g_ptr_array_new_with_free_func (dated_free);
  doc->spans = g_array_new (FALSE, FALSE, sizeof (AssayReportSpan));
  g_ptr_array_add (report->docs, doc);
  g_hash_table_insert (report->docs_by_id, doc->id, doc);
  collect_dated (doc, assay_report_json_array (object, "annotations"));
  if (doc->story)
    {
      AssayReportStory *s = story_get (report, doc->story);
      if (!story_has_doc (s, doc->id))
        g_ptr_array_add (s->docs, g_strdup (doc->id));
    }

  JsonArray *findings = assay_report_json_array (object, "findings");
  for (guint i = 0; findings && i < json_array_get_length (findings); i++)
    {
      JsonObject *f = assay_report_json_object_at (findings, i);
      AssayReportFinding *finding = f ? read_finding (r, f, doc->id, error) : NULL;
      if (f && finding == NULL)
        return FALSE;
      if (finding && finding->story == NULL)
        finding->story = g_strdup (doc->story);
      if (finding)
        g_ptr_array_add (r->read_findings, finding);
    }
  return TRUE;
}

static gboolean
read_story (Reader *r, JsonObject *object, GError **error)
{
  g_autofree char *id = dup_string (object, "id");
  if (id == NULL)
    return missing_field (r, "story", "id", error);
  AssayReportStory *s = story_get (r->report, id);
  s->has_record = TRUE;
  r->report->n_story_records++;
  g_free (s->title);
  s->title = dup_string (object, "title");
  g_free (s->from);
  s->from = dup_string (object, "from");
  g_free (s->to);
  s->to = dup_string (object, "to");
  JsonArray *docs = assay_report_json_array (object, "docs");
  for (guint i = 0; docs && i < json_array_get_length (docs); i++)
    {
      JsonNode *node = json_array_get_element (docs, i);
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING
          && !story_has_doc (s, json_node_get_string (node)))
        g_ptr_array_add (s->docs, g_strdup (json_node_get_string (node)));
    }
  JsonArray *ties = assay_report_json_array (object, "ties");
  for (guint i = 0; ties && i < json_array_get_length (ties); i++)
    {
      JsonObject *t = assay_report_json_object_at (ties, i);
      g_autofree char *value = dup_string (t, "value");
      g_autofree char *label = dup_string (t, "label");
      g_autofree char *type = dup_string (t, "type");
      if (value == NULL)
        continue;
      const char *what = label ? label : type;
      g_ptr_array_add (s->ties, what ? g_strdup_printf ("%s (%s)", value, what) : g_strdup (value));
    }
  return TRUE;
}

static gboolean
read_error (Reader *r, JsonObject *object, GError **error)
{
  AssayReportErrorRecord *e = g_new0 (AssayReportErrorRecord, 1);
  e->id = dup_string (object, "id");
  e->stage = dup_string (object, "stage");
  e->input = dup_string (object, "input");
  e->message = dup_string (object, "message");
  if (e->id == NULL)
    e->id = g_strdup ("(no id)");
  if (e->message == NULL)
    e->message = g_strdup ("");
  g_ptr_array_add (r->report->errors, e);
  return TRUE;
}

static gboolean
read_record (Reader *r, JsonObject *object, const AssayReportReadOptions *options, GError **error)
{
  const char *type = assay_report_json_string (object, "type");
  if (type == NULL)
    return missing_field (r, "JSONL", "type", error);
  if (strcmp (type, "doc") == 0)
    {
      if (!read_doc (r, object, error))
        return FALSE;
      return options == NULL || options->on_doc == NULL
             || options->on_doc (object, options->user_data, error);
    }
  if (strcmp (type, "story") == 0)
    return read_story (r, object, error);
  if (strcmp (type, "error") == 0)
    return read_error (r, object, error);
  if (strcmp (type, "finding") == 0)
    {
      AssayReportFinding *f = read_finding (r, object, NULL, error);
      if (f)
        g_ptr_array_add (r->read_findings, f);
      return f != NULL;
    }
  r->report->n_unknown++;
  return TRUE;
}

/* ---- order ---------------------------------------------------------------- */

/* Findings in the order the report shows them: story by story (each
 * story's documents' own findings, then its cross-document ones), then
 * those outside any story, each group in output order. */
static void
order_findings (AssayReport *report, GPtrArray *read_findings)
{
  for (guint i = 0; i < read_findings->len; i++)
    {
      AssayReportFinding *f = read_findings->pdata[i];
      if (f->story)
        g_ptr_array_add (story_get (report, f->story)->findings, f);
    }
  for (guint s = 0; s < report->stories->len; s++)
    {
      AssayReportStory *story = report->stories->pdata[s];
      for (guint i = 0; i < story->findings->len; i++)
        if (((AssayReportFinding *)story->findings->pdata[i])->within)
          g_ptr_array_add (report->findings, story->findings->pdata[i]);
      for (guint i = 0; i < story->findings->len; i++)
        if (((AssayReportFinding *)story->findings->pdata[i])->within == NULL)
          g_ptr_array_add (report->findings, story->findings->pdata[i]);
    }
  for (guint i = 0; i < read_findings->len; i++)
    if (((AssayReportFinding *)read_findings->pdata[i])->story == NULL)
      g_ptr_array_add (report->findings, read_findings->pdata[i]);
  for (guint i = 0; i < report->findings->len; i++)
    {
      AssayReportFinding *f = report->findings->pdata[i];
      f->number = i + 1;
      g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint e = 0; e < f->evidence->len; e++)
        {
          AssayReportEvidence *ev = f->evidence->pdata[e];
          AssayReportDoc *doc = g_hash_table_lookup (report->docs_by_id, ev->doc);
          if (doc && g_hash_table_add (seen, ev->doc))
            doc->n_findings++;
        }
    }
  /* The findings are now owned by report->findings. */
  g_ptr_array_set_free_func (read_findings, NULL);
  g_ptr_array_set_free_func (report->findings, finding_free);
}

AssayReport *
assay_report_read (const char *path, const AssayReportReadOptions *options, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  gboolean from_stdin = strcmp (path, "-") == 0;
  FILE *in = from_stdin ? stdin : fopen (path, "r");
  if (in == NULL)
    {
      g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_READ, "cannot read %s: %s", path,
                   g_strerror (errno));
      return NULL;
    }
  g_autoptr (AssayReport) report = g_new0 (AssayReport, 1);
  report->source = g_strdup (path);
  report->docs = g_ptr_array_new_with_free_func (doc_free);
  report->stories = g_ptr_array_new_with_free_func (story_free);
  report->findings = g_ptr_array_new ();
  report->errors = g_ptr_array_new_with_free_func (error_record_free);
  report->docs_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  report->stories_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GPtrArray) read_findings = g_ptr_array_new_with_free_func (finding_free);
  Reader r = { report, read_findings, from_stdin ? "(standard input)" : path, 0 };

  g_autoptr (JsonParser) parser = json_parser_new_immutable ();
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  gboolean ok = TRUE;
  while (ok && (len = getline (&line, &cap, in)) >= 0)
    {
      r.line++;
      if (strspn (line, " \t\r\n") == (size_t)len)
        continue;
      g_autoptr (GError) parse_error = NULL;
      if (!json_parser_load_from_data (parser, line, len, &parse_error)
          || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        {
          g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_PARSE,
                       "%s:%" G_GUINT64_FORMAT ": not a JSON object (%s); assay report reads "
                       "the JSONL that assay run writes",
                       r.path, r.line, parse_error ? parse_error->message : "another JSON value");
          ok = FALSE;
          break;
        }
      ok = read_record (&r, json_node_get_object (json_parser_get_root (parser)), options, error);
    }
  if (ok && ferror (in))
    {
      g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_READ, "reading %s failed: %s",
                   r.path, g_strerror (errno));
      ok = FALSE;
    }
  free (line);
  if (!from_stdin)
    fclose (in);
  order_findings (report, read_findings);
  if (!ok)
    return NULL;
  return g_steal_pointer (&report);
}

/* ---- counts --------------------------------------------------------------- */

GHashTable *
assay_report_count_kinds (const AssayReport *report)
{
  GHashTable *counts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < report->findings->len; i++)
    {
      const AssayReportFinding *f = report->findings->pdata[i];
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, f->kind));
      g_hash_table_insert (counts, f->kind, GUINT_TO_POINTER (n + 1));
    }
  return counts;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *)a, *(const char *const *)b);
}

GPtrArray *
assay_report_sorted_kinds (GHashTable *counts)
{
  GPtrArray *names = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (names, key);
  g_ptr_array_sort (names, compare_strings);
  return names;
}

guint
assay_report_count_severity (const AssayReport *report, const char *severity)
{
  guint n = 0;
  for (guint i = 0; i < report->findings->len; i++)
    n += strcmp (((AssayReportFinding *)report->findings->pdata[i])->severity, severity) == 0;
  return n;
}

gboolean
assay_report_evidence_mark (const AssayReport *report, const AssayReportEvidence *evidence,
                            gsize *start, gsize *end)
{
  const AssayReportDoc *doc = g_hash_table_lookup (report->docs_by_id, evidence->doc);
  if (doc == NULL || evidence->start < 0)
    return FALSE;
  gsize len = strlen (evidence->text);
  for (guint i = 0; i < evidence->annotations->len; i++)
    {
      gint64 id = g_array_index (evidence->annotations, gint64, i);
      for (guint k = 0; k < doc->spans->len; k++)
        {
          const AssayReportSpan *s = &g_array_index (doc->spans, AssayReportSpan, k);
          if (s->id != id || s->start < evidence->start || s->end <= s->start
              || (gsize)(s->end - evidence->start) > len)
            continue;
          *start = s->start - evidence->start;
          *end = s->end - evidence->start;
          /* Offsets from another text than the quote's would cut a character. */
          return g_utf8_validate_len (evidence->text, *start, NULL)
                 && g_utf8_validate_len (evidence->text + *start, *end - *start, NULL);
        }
    }
  return FALSE;
}

char *
assay_report_finding_docs (const AssayReportFinding *finding, const char *separator)
{
  g_autoptr (GPtrArray) docs = g_ptr_array_new ();
  for (guint i = 0; i < finding->evidence->len; i++)
    {
      const char *doc = ((AssayReportEvidence *)finding->evidence->pdata[i])->doc;
      if (!g_ptr_array_find_with_equal_func (docs, doc, g_str_equal, NULL))
        g_ptr_array_add (docs, (gpointer)doc);
    }
  if (docs->len == 0 && finding->within)
    g_ptr_array_add (docs, finding->within);
  g_ptr_array_add (docs, NULL);
  return g_strjoinv (separator, (char **)docs->pdata);
}
