/* test-state.c: the state file's frame (core/assay-state.c) and the reader
 * and writer stages use (assay-state.h): numbers and strings come back as
 * written, a stage cannot read past its own state nor leave bytes unread,
 * and a state of another pipeline is refused naming what differs. */
#include "test-util.h"

#include <string.h>

static AssayRegistry *registry;
static char *tmp_dir;

static AssayPipeline *
pipeline_from (const char *text)
{
  g_autoptr (GError) error = NULL;
  AssayPipeline *p = assay_pipeline_load_data (text, strlen (text), "test.pipeline", tmp_dir, registry, NULL, &error);
  g_assert_no_error (error);
  return p;
}

static const char *pipeline_text = "[pipeline]\nstages=sentences;counter\n[counter]\nlabel=SENT\n";

/* Writes a state of @p with one stage state holding what @write writes. */
static char *
write_state (const AssayPipeline *p, const char *name, void (*write) (AssayStateWriter *w))
{
  char *path = g_build_filename (tmp_dir, name, NULL);
  FILE *f = fopen (path, "w+b");
  g_assert_nonnull (f);
  g_autoptr (GError) error = NULL;
  AssayStateOut *out = assay_state_out_new (f, path, p, "2024-03-05", 3, 1, &error);
  g_assert_no_error (error);
  AssayStateWriter *w = assay_state_out_begin_stage (out, NULL, &error);
  g_assert_no_error (error);
  write (w);
  g_assert_true (assay_state_out_end_stage (out, &error));
  /* A second stage that failed in collect(). */
  g_assert_nonnull (assay_state_out_begin_stage (out, "collecting document 'x': no room", &error));
  g_assert_true (assay_state_out_end_stage (out, &error));
  g_assert_true (assay_state_out_finish (out, &error));
  assay_state_out_free (out);
  fclose (f);
  return path;
}

static const guint64 numbers[] = { 0, 1, 127, 128, 300, G_MAXUINT32, (guint64) G_MAXUINT32 + 1,
                                   G_GUINT64_CONSTANT (1) << 63, G_MAXUINT64 };

static void
write_values (AssayStateWriter *w)
{
  g_autoptr (GError) error = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    g_assert_true (assay_state_write_uint (w, numbers[i], &error));
  g_assert_true (assay_state_write_string (w, NULL, &error));
  g_assert_true (assay_state_write_string (w, "", &error));
  g_assert_true (assay_state_write_string (w, "Gdańsk", &error));
  g_assert_true (assay_state_write (w, "\x00\xff", 2, &error));
  g_assert_no_error (error);
}

static void
test_round_trip (void)
{
  g_autoptr (AssayPipeline) p = pipeline_from (pipeline_text);
  g_autofree char *path = write_state (p, "values.state", write_values);
  g_autoptr (GError) error = NULL;
  AssayStateIn *in = assay_state_in_open (path, p, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (assay_state_in_get_reference_date (in), ==, "2024-03-05");
  g_assert_cmpuint (assay_state_in_get_n_records (in), ==, 4);

  g_autofree char *failure = NULL;
  AssayStateReader *r = assay_state_in_next_stage (in, "first", &failure, &error);
  g_assert_no_error (error);
  g_assert_null (failure);
  g_assert_cmpstr (assay_state_reader_get_path (r), ==, path);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      guint64 v = 1;
      g_assert_true (assay_state_read_uint (r, &v, &error));
      g_assert_cmpuint (v, ==, numbers[i]);
    }
  char *s = (char *) "unset";
  g_assert_true (assay_state_read_string (r, &s, &error));
  g_assert_null (s);
  g_autofree char *empty = NULL, *name = NULL;
  g_assert_true (assay_state_read_string (r, &empty, &error));
  g_assert_cmpstr (empty, ==, "");
  g_assert_true (assay_state_read_string (r, &name, &error));
  g_assert_cmpstr (name, ==, "Gdańsk");
  g_assert_cmpuint (assay_state_reader_get_remaining (r), ==, 2);
  /* Past the end of the stage's own state: refused, nothing read. */
  char bytes[3];
  g_assert_false (assay_state_read (r, bytes, 3, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT);
  g_assert_nonnull (strstr (error->message, "ends before the stage has read it all"));
  g_clear_error (&error);
  /* Bytes left unread are a stage's mistake. */
  g_assert_false (assay_state_in_end_stage (in, "first", FALSE, &error));
  g_assert_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_FORMAT);
  g_assert_nonnull (strstr (error->message, "stage 'first' left 2 bytes of its state unread"));
  g_clear_error (&error);
  g_assert_true (assay_state_read (r, bytes, 2, &error));
  g_assert_cmpmem (bytes, 2, "\x00\xff", 2);
  g_assert_true (assay_state_in_end_stage (in, "first", FALSE, &error));

  r = assay_state_in_next_stage (in, "second", &failure, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (failure, ==, "collecting document 'x': no room");
  g_assert_cmpuint (assay_state_reader_get_remaining (r), ==, 0);
  g_assert_true (assay_state_in_end_stage (in, "second", TRUE, &error));
  g_assert_true (assay_state_in_close (in, &error));
  g_assert_no_error (error);
  assay_state_in_free (in);
}

static void
write_overlong (AssayStateWriter *w)
{
  /* Eleven bytes of LEB128: more than 64 bits. */
  static const guint8 bytes[] = { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01 };
  g_assert_true (assay_state_write (w, bytes, sizeof bytes, NULL));
  /* A string that says it is longer than the state. */
  g_assert_true (assay_state_write_uint (w, 1000, NULL));
}

static void
test_damaged_values (void)
{
  g_autoptr (AssayPipeline) p = pipeline_from (pipeline_text);
  g_autofree char *path = write_state (p, "overlong.state", write_overlong);
  g_autoptr (GError) error = NULL;
  AssayStateIn *in = assay_state_in_open (path, p, &error);
  g_assert_no_error (error);
  g_autofree char *failure = NULL;
  AssayStateReader *r = assay_state_in_next_stage (in, "first", &failure, &error);
  guint64 v;
  g_assert_false (assay_state_read_uint (r, &v, &error));
  g_assert_nonnull (strstr (error->message, "does not fit 64 bits"));
  g_clear_error (&error);
  /* The read stopped at the tenth byte: the eleventh is left. */
  guint8 last;
  g_assert_true (assay_state_read (r, &last, 1, &error));
  g_assert_cmpuint (last, ==, 1);
  char *s = NULL;
  g_assert_false (assay_state_read_string (r, &s, &error));
  g_assert_null (s);
  g_assert_nonnull (strstr (error->message, "longer than what is left"));
  assay_state_in_free (in);
}

/* The state's encoding in memory (ABI 1.4), for a stage's own records:
 * what a buffer writer holds reads back the same, a reader stops at the
 * buffer's end with a message naming what it reads, and a cleared writer
 * starts again from nothing. */
static void
test_buffers (void)
{
  g_autoptr (AssayStateWriter) w = assay_state_writer_new_buffer ();
  g_autoptr (GError) error = NULL;
  gsize n;
  g_assert_true (assay_state_write_uint (w, 300, &error));
  g_assert_true (assay_state_write_string (w, "déjà", &error));
  g_assert_true (assay_state_write_string (w, NULL, &error));
  g_assert_true (assay_state_write_uint (w, G_MAXUINT64, &error));
  const guint8 *bytes = assay_state_writer_get_buffer (w, &n);
  /* 300 in two bytes, "déjà" as 7 + 6 bytes, NULL as 0, 2^64 - 1 in ten. */
  g_assert_cmpuint (n, ==, 2 + 7 + 1 + 10);
  g_autofree guint8 *copy = g_memdup2 (bytes, n);
  g_autoptr (AssayStateReader) r = assay_state_reader_new_buffer (copy, n, "the claims of d1");
  guint64 v;
  g_autofree char *text = NULL, *none = NULL;
  g_assert_true (assay_state_read_uint (r, &v, &error));
  g_assert_cmpuint (v, ==, 300);
  g_assert_true (assay_state_read_string (r, &text, &error));
  g_assert_cmpstr (text, ==, "déjà");
  g_assert_true (assay_state_read_string (r, &none, &error));
  g_assert_null (none);
  g_assert_true (assay_state_read_uint (r, &v, &error));
  g_assert_cmpuint (v, ==, G_MAXUINT64);
  g_assert_cmpuint (assay_state_reader_get_remaining (r), ==, 0);
  g_assert_cmpstr (assay_state_reader_get_path (r), ==, "the claims of d1");
  g_assert_false (assay_state_read_uint (r, &v, &error));
  g_assert_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT);
  g_assert_nonnull (strstr (error->message, "the claims of d1 is damaged"));
  g_clear_error (&error);

  /* Cut in the middle of the string: its length is checked before it is
   * read, so nothing past the buffer is touched (ASan would say). */
  g_autoptr (AssayStateReader) cut = assay_state_reader_new_buffer (copy, 5, "a cut record");
  g_assert_true (assay_state_read_uint (cut, &v, &error));
  g_autofree char *partial = NULL;
  g_assert_false (assay_state_read_string (cut, &partial, &error));
  g_assert_null (partial);
  g_assert_nonnull (strstr (error->message, "a cut record"));
  g_clear_error (&error);

  assay_state_writer_clear_buffer (w);
  assay_state_writer_get_buffer (w, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_true (assay_state_write (w, "ab", 2, &error));
  g_assert_cmpmem (assay_state_writer_get_buffer (w, &n), 2, "ab", 2);
  g_autoptr (AssayStateReader) empty = assay_state_reader_new_buffer (NULL, 0, "nothing");
  g_assert_false (assay_state_read_uint (empty, &v, &error));
  g_assert_nonnull (strstr (error->message, "nothing is damaged"));
}

static void
test_other_pipeline (void)
{
  g_autoptr (AssayPipeline) p = pipeline_from (pipeline_text);
  g_autoptr (AssayPipeline) other = pipeline_from ("[pipeline]\nstages=sentences;counter\n[counter]\nlabel=WORD\n");
  g_autofree char *path = write_state (p, "p.state", write_values);
  g_autoptr (GError) error = NULL;
  g_assert_null (assay_state_in_open (path, other, &error));
  g_assert_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_MISMATCH);
  g_assert_nonnull (strstr (error->message, "\"counter.label = SENT\" where this one has \"counter.label = WORD\""));
}

/* A file an option names is in the description by its SHA-256, read in
 * pieces (a data file may be megabytes): every byte counts, the last
 * piece's too, and the sum is the whole file's, so states mapped before
 * the file was read in pieces still merge. */
static void
test_described_file (void)
{
  g_autofree char *lexicon = g_build_filename (tmp_dir, "big-lexicon.txt", NULL);
  /* Three pieces of 64 KiB and a part of a fourth. */
  gsize length = 3 * 65536 + 1001;
  g_autofree char *data = g_malloc (length);
  for (gsize i = 0; i < length; i++)
    data[i] = 'a' + i % 26;
  g_autoptr (GError) error = NULL;
  g_assert_true (g_file_set_contents (lexicon, data, length, &error));
  g_autofree char *text = g_strdup_printf ("[pipeline]\nstages=sentences;counter\n[counter]\nlexicon=%s\n", lexicon);
  g_autoptr (AssayPipeline) p = pipeline_from (text);
  g_autofree char *description = assay_pipeline_describe (p);
  g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
  g_autofree char *line = g_strdup_printf ("  counter.lexicon: sha256 %s\n", sum);
  g_assert_nonnull (strstr (description, line));

  g_autofree char *path = write_state (p, "described.state", write_values);
  AssayStateIn *in = assay_state_in_open_described (path, description, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (assay_state_in_get_n_records (in), ==, 4);
  assay_state_in_free (in);

  /* The last byte changed: another description, and the state is refused
   * naming the file's line. */
  data[length - 1] = '!';
  g_assert_true (g_file_set_contents (lexicon, data, length, &error));
  g_autofree char *changed = assay_pipeline_describe (p);
  g_assert_null (strstr (changed, line));
  g_assert_null (assay_state_in_open_described (path, changed, &error));
  g_assert_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_MISMATCH);
  g_assert_nonnull (strstr (error->message, "counter.lexicon: sha256"));
}

/* A folder an option names (a copy of a stage's data folder,
 * entities.data=COPY) is hashed as a stage's own folder is: a line added
 * to one of its files, or a file added, gives another description, and a
 * state made before is refused naming the option's line. */
static void
test_described_folder (void)
{
  g_autofree char *copy = g_build_filename (tmp_dir, "data-copy", NULL);
  g_assert_cmpint (g_mkdir (copy, 0700), ==, 0);
  g_autofree char *cues = g_build_filename (copy, "cues.tsv", NULL);
  g_autoptr (GError) error = NULL;
  g_assert_true (g_file_set_contents (cues, "said\tverb\n", -1, &error));
  g_autofree char *text = g_strdup_printf ("[pipeline]\nstages=sentences;counter\n[counter]\nlexicon=%s\n", copy);
  g_autoptr (AssayPipeline) p = pipeline_from (text);
  g_autofree char *description = assay_pipeline_describe (p);
  g_assert_nonnull (strstr (description, "  counter.lexicon: sha256 "));
  g_autofree char *again = assay_pipeline_describe (p);
  g_assert_cmpstr (again, ==, description);

  g_autofree char *path = write_state (p, "folder.state", write_values);
  AssayStateIn *in = assay_state_in_open_described (path, description, &error);
  g_assert_no_error (error);
  assay_state_in_free (in);

  g_assert_true (g_file_set_contents (cues, "said\tverb\ntold\tverb\n", -1, &error));
  g_autofree char *changed = assay_pipeline_describe (p);
  g_assert_cmpstr (changed, !=, description);
  g_assert_null (assay_state_in_open_described (path, changed, &error));
  g_assert_error (error, ASSAY_STATE_ERROR, ASSAY_STATE_ERROR_MISMATCH);
  g_assert_nonnull (strstr (error->message, "counter.lexicon: sha256"));
  g_clear_error (&error);

  g_autofree char *added = g_build_filename (copy, "more.tsv", NULL);
  g_assert_true (g_file_set_contents (added, "", 0, &error));
  g_autofree char *grown = assay_pipeline_describe (p);
  g_assert_cmpstr (grown, !=, changed);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  registry = assay_registry_new ();
  assay_registry_scan_dir (registry, FIXTURE_PLUGIN_DIR);
  tmp_dir = g_dir_make_tmp ("assay-state-XXXXXX", NULL);
  g_test_add_func ("/state/round-trip", test_round_trip);
  g_test_add_func ("/state/buffers", test_buffers);
  g_test_add_func ("/state/damaged-values", test_damaged_values);
  g_test_add_func ("/state/other-pipeline", test_other_pipeline);
  g_test_add_func ("/state/described-file", test_described_file);
  g_test_add_func ("/state/described-folder", test_described_folder);
  int status = g_test_run ();
  test_remove_tree (tmp_dir);
  g_free (tmp_dir);
  assay_registry_free (registry);
  return status;
}
