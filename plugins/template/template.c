/* template.c: a small, complete stage to copy when you start a new one.
 *
 * It does two real jobs, chosen to show every part of the plugin ABI:
 *
 *   per document   marks words written in capitals ("NATO", "ALERT") in the
 *                  layer `shout`, with the word's length as an attribute;
 *   across them    remembers a fingerprint of every document's text and, at
 *                  the end, reports documents whose text is identical (the
 *                  same wire story filed twice is common in archives).
 *
 * To start a stage of your own: copy this folder, rename the file, the
 * descriptor and the stage name, and keep what you need.  README.md beside
 * this file walks through building it in and out of the assay tree.
 */
#include <assay/assay.h>

#include <string.h>

/* ---- options ------------------------------------------------------------- */

/* Every option is declared once, here: the core validates pipeline files
 * against this table and `assay inspect template` prints it. */
static const AssayOptionSpec template_options[] = {
  {
      .name = "min-length",
      .type = ASSAY_OPTION_INT,
      .default_value = "3",
      .help = "Shortest run of capitals to mark, in letters",
      .min = "2",
      .max = "64",
  },
  {
      .name = "report-duplicates",
      .type = ASSAY_OPTION_BOOL,
      .default_value = "true",
      .help = "Report documents whose text is identical to another's",
  },
  { .name = NULL },
};

/* ---- the instance -------------------------------------------------------- */

typedef struct
{
  gint64 min_length;
  gboolean report_duplicates;
  /* Cross-document phase only: fingerprint -> GPtrArray of Seen. */
  GHashTable *seen;
} Template;

/* What collect() keeps of a document: a few dozen bytes, never the text. */
typedef struct
{
  char *id;
  char *excerpt;
  gsize excerpt_len;
} Seen;

static void
seen_free (gpointer data)
{
  Seen *seen = data;
  g_free (seen->id);
  g_free (seen->excerpt);
  g_free (seen);
}

static gpointer
template_create (G_GNUC_UNUSED const AssayHost *host,
                 const AssayOptions *options,
                 G_GNUC_UNUSED GError **error)
{
  Template *self = g_new0 (Template, 1);
  /* Values arrive validated: no parsing or range checks here. */
  self->min_length = assay_options_get_int (options, "min-length");
  self->report_duplicates = assay_options_get_bool (options, "report-duplicates");
  self->seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                      (GDestroyNotify) g_ptr_array_unref);
  return self;
}

static void
template_destroy (gpointer data)
{
  Template *self = data;
  g_hash_table_unref (self->seen);
  g_free (self);
}

/* ---- per document -------------------------------------------------------- */

static gboolean
template_process (gpointer data, AssayDocument *doc, GError **error)
{
  Template *self = data;
  gsize length;
  const char *text = assay_document_get_text (doc, &length);

  /* Walk the text one code point at a time.  Offsets are bytes, and a span
   * must start and end between code points: stepping with
   * g_utf8_next_char() guarantees both. */
  const char *p = text, *end = text + length;
  while (p < end)
    {
      gunichar c = g_utf8_get_char (p);
      if (!g_unichar_isalpha (c))
        {
          p = g_utf8_next_char (p);
          continue;
        }
      const char *word = p;
      gboolean all_upper = TRUE;
      gint64 letters = 0;
      while (p < end && (g_unichar_isalpha (c = g_utf8_get_char (p)) || c == '\''))
        {
          if (g_unichar_isalpha (c))
            letters++;
          all_upper = all_upper && (!g_unichar_isalpha (c) || g_unichar_isupper (c));
          p = g_utf8_next_char (p);
        }
      if (!all_upper || letters < self->min_length)
        continue;

      /* The layer must be listed in `provides` below, or the core refuses. */
      AssayAnnotation *a = assay_document_add_annotation (doc, "shout", word - text, p - text,
                                                          "CAPS", error);
      if (a == NULL)
        return FALSE;
      char count[24];
      g_snprintf (count, sizeof count, "%" G_GINT64_FORMAT, letters);
      assay_annotation_set_attr (a, "letters", count);
    }
  return TRUE;
}

/* ---- across documents ---------------------------------------------------- */

/* FNV-1a, 64 bits: enough to tell texts apart in an archive of millions. */
static guint64
fingerprint (const char *text, gsize length)
{
  guint64 h = G_GUINT64_CONSTANT (14695981039346656037);
  for (gsize i = 0; i < length; i++)
    h = (h ^ (guchar) text[i]) * G_GUINT64_CONSTANT (1099511628211);
  return h;
}

/* Called in input order on one thread, for every document that every stage
 * processed without error.  Keep a compact summary, never the document. */
static gboolean
template_collect (gpointer data, const AssayDocument *doc, G_GNUC_UNUSED GError **error)
{
  Template *self = data;
  if (!self->report_duplicates)
    return TRUE;

  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  if (length == 0)
    return TRUE;
  guint64 key = fingerprint (text, length);
  GPtrArray *group = g_hash_table_lookup (self->seen, &key);
  if (group == NULL)
    {
      group = g_ptr_array_new_with_free_func (seen_free);
      g_hash_table_insert (self->seen, g_memdup2 (&key, sizeof key), group);
    }

  /* The first line (at most 80 bytes, cut between code points) is the
   * evidence an analyst reads. */
  const char *newline = memchr (text, '\n', MIN (length, 80));
  gsize cut = newline ? (gsize) (newline - text) : MIN (length, 80);
  while (cut < length && cut > 0 && ((guchar) text[cut] & 0xC0) == 0x80)
    cut--;
  Seen *seen = g_new0 (Seen, 1);
  seen->id = g_strdup (assay_document_get_id (doc));
  seen->excerpt = g_strndup (text, cut);
  seen->excerpt_len = cut;
  g_ptr_array_add (group, seen);
  return TRUE;
}

static int
compare_groups (gconstpointer a, gconstpointer b)
{
  const Seen *x = (*(GPtrArray *const *) a)->pdata[0];
  const Seen *y = (*(GPtrArray *const *) b)->pdata[0];
  return strcmp (x->id, y->id);
}

/* Called once after the last document: emit the cross-document findings. */
static gboolean
template_finish (gpointer data, AssaySink *sink, GError **error)
{
  Template *self = data;
  g_autoptr (GPtrArray) groups = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->seen);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((GPtrArray *) value)->len > 1)
      g_ptr_array_add (groups, value);
  /* Hash order is arbitrary; findings must come out the same every run. */
  g_ptr_array_sort (groups, compare_groups);

  for (guint i = 0; i < groups->len; i++)
    {
      GPtrArray *group = groups->pdata[i];
      const Seen *first = group->pdata[0];
      g_autofree char *message = g_strdup_printf (
          "%u documents have identical text; '%s' is the first of them", group->len, first->id);
      g_autoptr (AssayFinding) finding
          = assay_finding_new ("duplicate-text", ASSAY_SEVERITY_LOW, message);
      for (guint j = 0; j < group->len; j++)
        {
          const Seen *seen = group->pdata[j];
          assay_finding_add_evidence (finding, seen->id, 0, seen->excerpt_len, seen->excerpt,
                                      NULL, 0);
        }
      if (!assay_sink_emit (sink, finding, error))
        return FALSE;
    }
  return TRUE;
}

/* Over shards (`assay map`, then `assay reduce`): save() writes what
 * collect() kept, merge() appends a shard's to it.  Each group of identical
 * texts keeps its documents in input order when shards are merged in
 * order, so finish() writes what one run would. */
static gboolean
template_save (gpointer data, AssayStateWriter *writer, GError **error)
{
  Template *self = data;
  if (!assay_state_write_uint (writer, g_hash_table_size (self->seen), error))
    return FALSE;
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, self->seen);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *group = value;
      if (!assay_state_write_uint (writer, *(guint64 *) key, error)
          || !assay_state_write_uint (writer, group->len, error))
        return FALSE;
      for (guint i = 0; i < group->len; i++)
        {
          const Seen *seen = group->pdata[i];
          if (!assay_state_write_string (writer, seen->id, error)
              || !assay_state_write_string (writer, seen->excerpt, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
template_merge (gpointer data, AssayStateReader *reader, GError **error)
{
  Template *self = data;
  guint64 n_groups, key, n_seen;
  if (!assay_state_read_uint (reader, &n_groups, error))
    return FALSE;
  for (guint64 g = 0; g < n_groups; g++)
    {
      if (!assay_state_read_uint (reader, &key, error) || !assay_state_read_uint (reader, &n_seen, error))
        return FALSE;
      GPtrArray *group = g_hash_table_lookup (self->seen, &key);
      if (group == NULL)
        {
          group = g_ptr_array_new_with_free_func (seen_free);
          g_hash_table_insert (self->seen, g_memdup2 (&key, sizeof key), group);
        }
      for (guint64 i = 0; i < n_seen; i++)
        {
          Seen *seen = g_new0 (Seen, 1);
          g_ptr_array_add (group, seen);
          if (!assay_state_read_string (reader, &seen->id, error)
              || !assay_state_read_string (reader, &seen->excerpt, error))
            return FALSE;
          if (seen->id == NULL || seen->excerpt == NULL)
            {
              g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT, "%s: a document without an id or text",
                           assay_state_reader_get_path (reader));
              return FALSE;
            }
          seen->excerpt_len = strlen (seen->excerpt);
        }
    }
  return TRUE;
}

/* ---- the descriptor ------------------------------------------------------ */

static const char *const template_provides[] = { "shout", NULL };

static const AssayStageDesc template_desc = {
  ASSAY_STAGE_DESC_HEADER,
  .name = "template",
  .version = "1.0.0",
  .summary = "Mark words in capitals and report documents with identical text",
  .license = "MIT",
  .requires = NULL,
  .provides = template_provides,
  .options = template_options,
  .threading = ASSAY_THREADING_PER_WORKER,
  .create = template_create,
  .process = template_process,
  .destroy = template_destroy,
  .collect = template_collect,
  .finish = template_finish,
  .save = template_save,
  .merge = template_merge,
};

ASSAY_PLUGIN_DEFINE (&template_desc)
