/* assay-finding.c: findings, what a stage reports beside the annotations
 * (a kind, a severity, a message, and the evidence it rests on), and a
 * document's list of them. */
#include "assay-document-private.h"

typedef struct
{
  char *doc_id;
  gsize start;
  gsize end;
  char *text;
  guint *ids;
  guint n_ids;
} Evidence;

struct _AssayFinding
{
  char *kind;
  AssaySeverity severity;
  char *message;
  GArray *evidence; /* Evidence */
};

const char *
assay_severity_to_string (AssaySeverity severity)
{
  switch (severity)
    {
    case ASSAY_SEVERITY_LOW:
      return "low";
    case ASSAY_SEVERITY_MEDIUM:
      return "medium";
    case ASSAY_SEVERITY_HIGH:
      return "high";
    }
  return "medium";
}

static void
evidence_clear (gpointer data)
{
  Evidence *e = data;
  g_free (e->doc_id);
  g_free (e->text);
  g_free (e->ids);
}

AssayFinding *
assay_finding_new (const char *kind, AssaySeverity severity, const char *message)
{
  g_return_val_if_fail (kind != NULL && message != NULL, NULL);
  AssayFinding *f = g_new0 (AssayFinding, 1);
  f->kind = g_strdup (kind);
  f->severity = CLAMP (severity, ASSAY_SEVERITY_LOW, ASSAY_SEVERITY_HIGH);
  f->message = g_utf8_make_valid (message, -1);
  f->evidence = g_array_new (FALSE, TRUE, sizeof (Evidence));
  g_array_set_clear_func (f->evidence, evidence_clear);
  return f;
}

void
assay_finding_add_evidence (AssayFinding *f,
                            const char *doc_id,
                            gsize start,
                            gsize end,
                            const char *text,
                            const guint *ids,
                            guint n_ids)
{
  g_return_if_fail (f != NULL && doc_id != NULL);
  g_return_if_fail (ids != NULL || n_ids == 0);
  Evidence e = {
    .doc_id = g_strdup (doc_id),
    .start = start,
    .end = MAX (start, end),
    .text = text ? g_utf8_make_valid (text, -1) : NULL,
    .ids = n_ids ? g_memdup2 (ids, n_ids * sizeof (guint)) : NULL,
    .n_ids = n_ids,
  };
  g_array_append_val (f->evidence, e);
}

AssayFinding *
assay_finding_copy (const AssayFinding *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  AssayFinding *copy = assay_finding_new (f->kind, f->severity, f->message);
  for (guint i = 0; i < f->evidence->len; i++)
    {
      const Evidence *e = &g_array_index (f->evidence, Evidence, i);
      assay_finding_add_evidence (copy, e->doc_id, e->start, e->end, e->text, e->ids, e->n_ids);
    }
  return copy;
}

void
assay_finding_free (AssayFinding *f)
{
  if (f == NULL)
    return;
  g_free (f->kind);
  g_free (f->message);
  g_array_unref (f->evidence);
  g_free (f);
}

const char *
assay_finding_get_kind (const AssayFinding *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  return f->kind;
}

AssaySeverity
assay_finding_get_severity (const AssayFinding *f)
{
  g_return_val_if_fail (f != NULL, ASSAY_SEVERITY_MEDIUM);
  return f->severity;
}

const char *
assay_finding_get_message (const AssayFinding *f)
{
  g_return_val_if_fail (f != NULL, NULL);
  return f->message;
}

guint
assay_finding_get_n_evidence (const AssayFinding *f)
{
  g_return_val_if_fail (f != NULL, 0);
  return f->evidence->len;
}

void
assay_finding_get_evidence (const AssayFinding *f,
                            guint index,
                            const char **doc_id,
                            gsize *start,
                            gsize *end,
                            const char **text,
                            const guint **ids,
                            guint *n_ids)
{
  g_return_if_fail (f != NULL && index < f->evidence->len);
  const Evidence *e = &g_array_index (f->evidence, Evidence, index);
  if (doc_id)
    *doc_id = e->doc_id;
  if (start)
    *start = e->start;
  if (end)
    *end = e->end;
  if (text)
    *text = e->text;
  if (ids)
    *ids = e->ids;
  if (n_ids)
    *n_ids = e->n_ids;
}

gboolean
assay_finding_check (const AssayFinding *f, GError **error)
{
  if (!assay_name_is_kebab (f->kind))
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME,
                   "finding kind '%s' is not lower-kebab-case", f->kind);
      return FALSE;
    }
  if (f->evidence->len == 0)
    {
      g_set_error (error, ASSAY_DOCUMENT_ERROR, ASSAY_DOCUMENT_ERROR_BAD_NAME,
                   "finding '%s' has no evidence: every finding must point at the text it "
                   "rests on",
                   f->kind);
      return FALSE;
    }
  return TRUE;
}

gboolean
assay_document_add_finding (AssayDocument *doc, const AssayFinding *f, GError **error)
{
  g_return_val_if_fail (doc != NULL && f != NULL, FALSE);
  if (!assay_finding_check (f, error))
    return FALSE;
  if (doc->findings == NULL)
    doc->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) assay_finding_free);
  g_ptr_array_add (doc->findings, assay_finding_copy (f));
  return TRUE;
}

guint
assay_document_get_n_findings (const AssayDocument *doc)
{
  g_return_val_if_fail (doc != NULL, 0);
  return doc->findings ? doc->findings->len : 0;
}

const AssayFinding *
assay_document_get_finding (const AssayDocument *doc, guint index)
{
  g_return_val_if_fail (doc != NULL && index < assay_document_get_n_findings (doc), NULL);
  return doc->findings->pdata[index];
}
