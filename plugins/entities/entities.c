/* entities.c: the `entities` stage: people, organisations, places and
 * other names, found by the learned tagger (ner.c) over cleanup's tokens,
 * sentence by sentence.
 *
 * Layer `entity`, labels PERSON, ORG, LOC and MISC (the tagger's PER, ORG,
 * LOC, MISC), attribute `canonical` (the name as written, white space
 * folded).  Work in progress (issue 4): gazetteers with canonical names
 * and identifiers (GPE, NORP, THREAT_ACTOR), rules for names the tagger
 * misses, coreference inside a document and roles come next.
 */
#include "ner.h"

#include <string.h>

typedef struct
{
  NerModel *model;
} Entities;

static void
entities_destroy (gpointer data)
{
  Entities *e = data;
  ner_model_free (e->model);
  g_free (e);
}

static gpointer
entities_create (const AssayHost *host, const AssayOptions *options, GError **error)
{
  Entities *e = g_new0 (Entities, 1);
  e->model = ner_model_load (assay_options_get_string (options, "model"), error);
  if (e->model == NULL)
    {
      entities_destroy (e);
      return NULL;
    }
  return e;
}

static const char *
label_for (const char *type)
{
  if (strcmp (type, "PER") == 0)
    return "PERSON";
  return type; /* ORG, LOC, MISC */
}

static char *
folded_text (const char *s, gsize n)
{
  GString *out = g_string_sized_new (n);
  gboolean space = FALSE;
  for (gsize i = 0; i < n; i++)
    {
      if (g_ascii_isspace (s[i]))
        space = out->len > 0;
      else
        {
          if (space)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, s[i]);
        }
    }
  return g_string_free (out, FALSE);
}

static gboolean
entities_process (gpointer data, AssayDocument *doc, GError **error)
{
  Entities *e = data;
  const char *text = assay_document_get_text (doc, NULL);
  guint n_sentences, n_tokens;
  AssayAnnotation *const *sentences = assay_document_get_annotations (doc, "sentence", &n_sentences);
  AssayAnnotation *const *tokens = assay_document_get_annotations (doc, "token", &n_tokens);

  for (guint s = 0; s < n_sentences; s++)
    {
      gsize start = assay_annotation_get_start (sentences[s]), end = assay_annotation_get_end (sentences[s]);
      guint first = assay_document_lower_bound (doc, "token", start), last = first;
      while (last < n_tokens && assay_annotation_get_start (tokens[last]) < end)
        last++;
      guint n = last - first;
      if (n == 0)
        continue;
      NerSentence sent = { .n = n, .words = g_new0 (char *, n + 1), .lower = g_new0 (char *, n + 1) };
      for (guint i = 0; i < n; i++)
        {
          AssayAnnotation *t = tokens[first + i];
          sent.words[i] = g_strndup (text + assay_annotation_get_start (t),
                                     assay_annotation_get_end (t) - assay_annotation_get_start (t));
          sent.lower[i] = g_utf8_strdown (sent.words[i], -1);
        }
      g_autofree guint *tags = g_new (guint, n);
      ner_tag (e->model, &sent, tags);
      g_strfreev (sent.words);
      g_strfreev (sent.lower);

      for (guint i = 0; i < n;)
        {
          const char *tag = ner_model_tag (e->model, tags[i]);
          if (tag[0] == 'O')
            {
              i++;
              continue;
            }
          guint j = i + 1;
          while (j < n && ner_model_tag (e->model, tags[j])[0] == 'I')
            j++;
          gsize a = assay_annotation_get_start (tokens[first + i]);
          gsize b = assay_annotation_get_end (tokens[first + j - 1]);
          AssayAnnotation *ann = assay_document_add_annotation (doc, "entity", a, b, label_for (tag + 2), error);
          if (ann == NULL)
            return FALSE;
          g_autofree char *canonical = folded_text (text + a, b - a);
          assay_annotation_set_attr (ann, "canonical", canonical);
          i = j;
        }
    }
  return TRUE;
}

static const AssayOptionSpec entities_options[] = {
  { .name = "model", .type = ASSAY_OPTION_PATH, .default_value = "ner.model",
    .help = "The tagger's model, trained by assay-ner-train" },
  { .name = NULL },
};

static const char *const entities_requires[] = { "sentence", "token", NULL };
static const char *const entities_provides[] = { "entity", NULL };

static const AssayStageDesc entities_desc = {
  ASSAY_STAGE_DESC_HEADER,
  .name = "entities",
  .version = "0.1.0",
  .summary = "Find people, organisations, places and other names",
  .license = "MIT",
  .requires = entities_requires,
  .provides = entities_provides,
  .options = entities_options,
  .threading = ASSAY_THREADING_SHARED, /* the model is read-only: one copy for all workers */
  .create = entities_create,
  .process = entities_process,
  .destroy = entities_destroy,
};

ASSAY_PLUGIN_DEFINE (&entities_desc)
