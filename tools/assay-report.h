/* assay-report.h: what the parts of `assay report` share: the results of a
 * run read back from JSONL into a small model (report-read.c), and the
 * three ways of showing it: the terminal summary and the CSV/TSV tables
 * (report-text.c), and the self-contained HTML page (report-html.c).
 *
 * The model keeps what the summary, the tables and the page's overview
 * need (ids, titles, findings, stories, errors, dated claims); a
 * document's text and annotations are not kept in memory but written, as
 * they are read, into the page's data (see AssayReportReadOptions), so
 * that 10,000 documents cost their compact JSON and little more.
 */
#pragma once

#include <stdio.h>
#include <glib.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The `assay report` command (assay-report.c): @argv[0] is the program,
 * options and the results file follow.  Returns the exit status. */
int assay_report_main (int argc, char **argv);

#define ASSAY_REPORT_ERROR (assay_report_error_quark ())
GQuark assay_report_error_quark (void);

typedef enum
{
  ASSAY_REPORT_ERROR_READ,     /* the results file cannot be read */
  ASSAY_REPORT_ERROR_PARSE,    /* a line is not a JSON object */
  ASSAY_REPORT_ERROR_RECORD,   /* a record lacks a field its type needs */
  ASSAY_REPORT_ERROR_WRITE,    /* the output cannot be written */
  ASSAY_REPORT_ERROR_NO_LAYER, /* --layer names a layer no document has */
} AssayReportError;

/* One quoted span of a finding: bytes [start, end) of document @doc. */
typedef struct
{
  char *doc;
  gint64 start, end;
  char *text;
  GArray *annotations; /* gint64 ids of the annotations it rests on */
} AssayReportEvidence;

/* Where a claim or a time expression sits, so evidence can mark it. */
typedef struct
{
  gint64 id, start, end;
} AssayReportSpan;

typedef struct
{
  char *kind;
  char *severity; /* low, medium or high as written */
  char *story;    /* nullable: outside stories, or an older output */
  char *message;
  char *within;        /* nullable: the document whose record carried it */
  GPtrArray *evidence; /* AssayReportEvidence* */
  guint number;        /* 1-based, in the order the report shows findings */
} AssayReportFinding;

/* A claim (or a publication date) placed on a story's timeline. */
typedef struct
{
  char *date; /* TIMEX3 value: 2024-03-04, 2023-10, XXXX-03-04 */
  char *doc;
  char *what;        /* "event-time: attack start", or "published" */
  char *text;        /* the claim's words; nullable for "published" */
  gint64 start, end; /* -1 when the entry has no span */
} AssayReportDated;

typedef struct
{
  char *id;
  char *title;      /* nullable */
  char *published;  /* nullable */
  char *source;     /* nullable */
  char *story;      /* nullable */
  guint n_findings; /* findings whose evidence quotes this document */
  GPtrArray *dated; /* AssayReportDated* */
  GArray *spans;    /* AssayReportSpan of its claim and timex annotations */
} AssayReportDoc;

typedef struct
{
  char *id;
  char *title, *from, *to; /* nullable */
  gboolean has_record;     /* FALSE: only named by documents or findings */
  GPtrArray *docs;         /* char* document ids */
  GPtrArray *ties;         /* char* "value (label)" */
  GPtrArray *findings;     /* AssayReportFinding*, not owned */
} AssayReportStory;

typedef struct
{
  char *id, *stage, *input, *message; /* stage and input nullable */
} AssayReportErrorRecord;

typedef struct
{
  char *source;           /* the results file as named, "-" for standard input */
  GPtrArray *docs;        /* AssayReportDoc*, in output order */
  GPtrArray *stories;     /* AssayReportStory*, in output order */
  GPtrArray *findings;    /* AssayReportFinding*, in report order (see number) */
  GPtrArray *errors;      /* AssayReportErrorRecord* */
  GHashTable *docs_by_id; /* id -> AssayReportDoc*, not owned */
  GHashTable *stories_by_id;
  guint n_story_records; /* story records in the output: 0 means an output without stories */
  guint n_unknown;       /* records of a type this report does not know, skipped */
} AssayReport;

/* Called for each doc record as it is read, with the parsed record
 * (transfer none, valid during the call); returns FALSE with @error set
 * to stop reading. */
typedef gboolean (*AssayReportDocFunc) (JsonObject *record, gpointer user_data, GError **error);

typedef struct
{
  AssayReportDocFunc on_doc; /* nullable */
  gpointer user_data;
} AssayReportReadOptions;

/* Reads the JSONL results at @path ("-": standard input) into a report.
 * Returns: (transfer full) (nullable): the report, or NULL with @error set
 * (ASSAY_REPORT_ERROR_READ, _PARSE with the line, _RECORD with the line
 * and the field). @options: (nullable). */
AssayReport *assay_report_read (const char *path, const AssayReportReadOptions *options,
                                GError **error);
void assay_report_free (AssayReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayReport, assay_report_free)

/* Members of a record read safely: NULL (or @fallback) when a member is
 * absent, null or of another type than asked, never a GLib critical: a
 * results file may be damaged or written by something else.  Returned
 * pointers are owned by the record (transfer none). */
const char *assay_report_json_string (JsonObject *object, const char *name);
JsonObject *assay_report_json_object (JsonObject *object, const char *name);
JsonArray *assay_report_json_array (JsonObject *object, const char *name);
gint64 assay_report_json_int (JsonObject *object, const char *name, gint64 fallback);
/* Element @index of @array when it is an object (an integer). */
JsonObject *assay_report_json_object_at (JsonArray *array, guint index);
gboolean assay_report_json_int_at (JsonArray *array, guint index, gint64 *value);

/* Counts of findings for the overview: by kind (sorted by name) and by
 * severity.  Returns: (transfer full): kind -> guint count (GUINT_TO_POINTER). */
GHashTable *assay_report_count_kinds (const AssayReport *report);
/* Returns: (transfer container): the keys of @counts, sorted. */
GPtrArray *assay_report_sorted_kinds (GHashTable *counts);
guint assay_report_count_severity (const AssayReport *report, const char *severity);

/* The part of @evidence's text that the first of its annotations (a claim
 * or a time expression) covers, as byte offsets into evidence->text;
 * FALSE when there is none to mark. */
gboolean assay_report_evidence_mark (const AssayReport *report, const AssayReportEvidence *evidence,
                                     gsize *start, gsize *end);

/* Returns: (transfer full): @finding's documents, each once, in evidence
 * order, joined by @separator. */
char *assay_report_finding_docs (const AssayReportFinding *finding, const char *separator);

/* ---- report-text.c ------------------------------------------------------- */

/* Writes the terminal summary of @report to @out, evidence cut to @width
 * display columns. */
void assay_report_write_summary (const AssayReport *report, guint width, FILE *out);

/* Writes one table cell (a field of CSV when @separator is ',', of TSV when
 * it is '\t') to @out; see report-text.c for the quoting. */
void assay_report_table_cell (GString *out, const char *text, char separator);

/* Writes the findings of @report as a table with a header to @out. */
void assay_report_write_findings_table (const AssayReport *report, char separator, GString *out);

/* Returns: (transfer full): the state of a doc-record callback
 * (assay_report_layer_table_add) that writes the annotations of layer
 * @layer as table rows to @out, a header first; free it with
 * assay_report_layer_table_free(). */
gpointer assay_report_layer_table_new (const char *layer, char separator, FILE *out);
gboolean assay_report_layer_table_add (JsonObject *record, gpointer state, GError **error);
/* After reading: FALSE with ASSAY_REPORT_ERROR_NO_LAYER when no document
 * has the layer, naming the layers there are (a typo shows). */
gboolean assay_report_layer_table_finish (gpointer state, GError **error);
void assay_report_layer_table_free (gpointer state);

/* ---- report-html.c -------------------------------------------------------- */

typedef struct _AssayReportPage AssayReportPage;

/* The page's document data, filled while the report is read (pass
 * assay_report_page_add_doc as the reader's on_doc with the page). */
AssayReportPage *assay_report_page_new (void);
void assay_report_page_free (AssayReportPage *page);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AssayReportPage, assay_report_page_free)
gboolean assay_report_page_add_doc (JsonObject *record, gpointer page, GError **error);

/* Appends @text to @out with &, <, >, " and ' replaced by entities: the
 * one way any text reaches the page's markup. */
void assay_report_html_escape (GString *out, const char *text);

/* Writes the whole page to @out.  Returns FALSE with @error set when the
 * page cannot be written (ASSAY_REPORT_ERROR_WRITE), or the built-in
 * template cannot be found. */
gboolean assay_report_page_write (AssayReportPage *page, const AssayReport *report, FILE *out,
                                  GError **error);

G_END_DECLS
