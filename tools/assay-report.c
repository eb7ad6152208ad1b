/* assay-report.c: the `assay report` command: what a run found, shown to
 * an analyst: a summary on the terminal, a self-contained HTML page, or a
 * CSV/TSV table of the findings (or of one layer's annotations).
 *
 * Exit status: 0 the report was written, 1 the results could not be read
 * or the report not written, 2 the command line is wrong.
 */
#include "assay-report.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

typedef enum
{
  FORMAT_TEXT,
  FORMAT_HTML,
  FORMAT_CSV,
  FORMAT_TSV,
} Format;

static const char *const format_names[] = { "text", "html", "csv", "tsv", NULL };

static int
report_usage_error (const char *message)
{
  g_printerr ("assay: report: %s (see assay report --help)\n", message);
  return 2;
}

/* The terminal's width when standard output is one, else $COLUMNS, else 80. */
static guint
terminal_width (void)
{
  struct winsize ws;
  if (isatty (STDOUT_FILENO) && ioctl (STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
    return ws.ws_col;
  const char *columns = g_getenv ("COLUMNS");
  guint64 n = 0;
  if (columns && g_ascii_string_to_unsigned (columns, 10, 20, 1000, &n, NULL))
    return n;
  return 80;
}

static gboolean
format_from_name (const char *name, Format *format)
{
  for (guint i = 0; format_names[i]; i++)
    if (g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        *format = (Format)i;
        return TRUE;
      }
  return FALSE;
}

/* The output file is written whole under a temporary name and renamed into
 * place, so an interrupted report never leaves half a page. */
typedef struct
{
  FILE *file;
  char *temp;
  char *path;
} Output;

static gboolean
output_open (Output *o, const char *path, GError **error)
{
  if (path == NULL || strcmp (path, "-") == 0)
    {
      o->file = stdout;
      return TRUE;
    }
  struct stat st;
  if (stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    {
      /* A device or a pipe (-o /dev/null, a FIFO) is written in place, as
       * assay run does: renaming over it would replace the device node. */
      o->file = fopen (path, "w");
      if (o->file == NULL)
        {
          g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_WRITE, "cannot write %s: %s",
                       path, g_strerror (errno));
          return FALSE;
        }
      o->path = g_strdup (path);
      return TRUE;
    }
  /* Follow a symbolic link, so the link survives and its target is
   * replaced. */
  g_autofree char *target = realpath (path, NULL);
  if (target)
    path = target;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  o->temp = g_strdup_printf ("%s/.%s.partial-XXXXXX", dir, base);
  int fd = g_mkstemp (o->temp);
  if (fd < 0)
    {
      g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_WRITE, "cannot write %s: %s", path,
                   g_strerror (errno));
      g_clear_pointer (&o->temp, g_free);
      return FALSE;
    }
  fchmod (fd, 0644);
  o->file = fdopen (fd, "w");
  o->path = g_strdup (path);
  return TRUE;
}

static gboolean
output_close (Output *o, gboolean ok, GError **error)
{
  if (o->file == stdout)
    {
      if (fflush (stdout) != 0 && ok)
        {
          g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_WRITE,
                       "writing the report failed: %s", g_strerror (errno));
          return FALSE;
        }
      return ok;
    }
  if (o->file == NULL)
    return ok;
  if (fclose (o->file) != 0 && ok)
    {
      g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_WRITE, "writing %s failed: %s",
                   o->path, g_strerror (errno));
      ok = FALSE;
    }
  if (o->temp == NULL)
    {
      g_free (o->path);
      return ok;
    }
  if (ok && g_rename (o->temp, o->path) != 0)
    {
      g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_WRITE,
                   "cannot rename %s to %s: %s", o->temp, o->path, g_strerror (errno));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (o->temp);
  g_free (o->temp);
  g_free (o->path);
  return ok;
}

static gboolean
write_all (FILE *out, const GString *text, GError **error)
{
  if (fwrite (text->str, 1, text->len, out) == text->len)
    return TRUE;
  g_set_error (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_WRITE, "writing the report failed: %s",
               g_strerror (errno));
  return FALSE;
}

static gboolean
run_report (const char *input, Format format, const char *layer, guint width, FILE *out,
            GError **error)
{
  if (layer)
    {
      gpointer table = assay_report_layer_table_new (layer, format == FORMAT_TSV ? '\t' : ',', out);
      AssayReportReadOptions options = { assay_report_layer_table_add, table };
      g_autoptr (AssayReport) report = assay_report_read (input, &options, error);
      gboolean ok = report != NULL && assay_report_layer_table_finish (table, error);
      assay_report_layer_table_free (table);
      return ok;
    }
  if (format == FORMAT_HTML)
    {
      g_autoptr (AssayReportPage) page = assay_report_page_new ();
      AssayReportReadOptions options = { assay_report_page_add_doc, page };
      g_autoptr (AssayReport) report = assay_report_read (input, &options, error);
      if (report == NULL)
        return FALSE;
      return assay_report_page_write (page, report, out, error);
    }
  g_autoptr (AssayReport) report = assay_report_read (input, NULL, error);
  if (report == NULL)
    return FALSE;
  if (format == FORMAT_TEXT)
    {
      assay_report_write_summary (report, width, out);
      return TRUE;
    }
  g_autoptr (GString) table = g_string_new (NULL);
  assay_report_write_findings_table (report, format == FORMAT_TSV ? '\t' : ',', table);
  return write_all (out, table, error);
}

int
assay_report_main (int argc, char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *layer = NULL;
  int width = 0;
  const GOptionEntry entries[]
      = { { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
            "Write the report to FILE (HTML unless --format or the name says .csv/.tsv/.txt)",
            "FILE" },
          { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
            "text (the summary), html, csv or tsv (the findings as a table)", "FORMAT" },
          { "layer", 0, 0, G_OPTION_ARG_STRING, &layer,
            "With csv or tsv: the annotations of layer NAME instead of the findings", "NAME" },
          { "width", 0, 0, G_OPTION_ARG_INT, &width,
            "Cut the summary's quotes to N columns (default: the terminal's width)", "N" },
          { NULL } };
  g_autoptr (GOptionContext) context
      = g_option_context_new ("RESULTS.jsonl - show what a run found");
  g_option_context_set_summary (
      context, "Reads the JSONL that assay run writes (- for standard input) and shows it:\n"
               "  assay report out.jsonl                 a summary on the terminal\n"
               "  assay report out.jsonl -o report.html  one self-contained page for a browser\n"
               "  assay report out.jsonl --format csv    the findings as a table, one row each\n"
               "  assay report out.jsonl --format tsv --layer entity   one layer's annotations\n"
               "Table cells that start like a spreadsheet formula (= + - @) get a leading\n"
               "apostrophe, so an article's text cannot run in a spreadsheet.");
  g_option_context_add_main_entries (context, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return report_usage_error (error->message);
  if (argc != 2)
    return report_usage_error ("name one results file, the JSONL output of assay run");

  Format format = FORMAT_TEXT;
  if (format_name && !format_from_name (format_name, &format))
    return report_usage_error ("--format takes text, html, csv or tsv");
  if (format_name == NULL && layer)
    format = FORMAT_CSV;
  else if (format_name == NULL && output && strcmp (output, "-") != 0)
    format = g_str_has_suffix (output, ".csv")   ? FORMAT_CSV
             : g_str_has_suffix (output, ".tsv") ? FORMAT_TSV
             : g_str_has_suffix (output, ".txt") ? FORMAT_TEXT
                                                 : FORMAT_HTML;
  if (layer && format != FORMAT_CSV && format != FORMAT_TSV)
    return report_usage_error ("--layer writes a table: use it with --format csv or tsv");
  if (width != 0 && (width < 20 || width > 1000))
    return report_usage_error ("--width takes a number of columns from 20 to 1000");
  if (format == FORMAT_HTML && (output == NULL || strcmp (output, "-") == 0)
      && isatty (STDOUT_FILENO))
    return report_usage_error ("the HTML report goes to a file: add -o report.html");

  Output out = { 0 };
  if (!output_open (&out, output, &error))
    {
      g_printerr ("assay: report: %s\n", error->message);
      return 1;
    }
  gboolean ok = run_report (argv[1], format, layer, width ? (guint)width : terminal_width (),
                            out.file, &error);
  ok = output_close (&out, ok, ok ? &error : NULL);
  if (!ok)
    {
      g_printerr ("assay: report: %s\n", error->message);
      return g_error_matches (error, ASSAY_REPORT_ERROR, ASSAY_REPORT_ERROR_NO_LAYER) ? 2 : 1;
    }
  return 0;
}
