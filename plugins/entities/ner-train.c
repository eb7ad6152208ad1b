/* ner-train.c: `assay-ner-train`, the command that trains the entities
 * stage's tagger from CoNLL-format files and scores it.
 *
 *   assay-ner-train --train eng.train --model ner.model [--epochs 10] [--bits 18] [--seed N] [--runs N]
 *   assay-ner-train --model ner.model --evaluate eng.testa
 *   --gazetteer DIR: the entities stage's data folder, whose names give
 *   the tagger its gazetteer features and whose cues.tsv and
 *   work-nouns.tsv the kinds of the cue words (the stage always gives
 *   them; train and score with the same folder it will run with).
 *   Training writes the cue rows it read, their tagger's kinds, to
 *   ner-cues.tsv beside the model: the stage's tagger reads those and no
 *   others, so rows added to cues.tsv later feed the rules only.  Scoring
 *   a model reads its ner-cues.tsv where there is one.
 *   assay-ner-train --gazetteer DIR --write-cues FILE: those rows of
 *   DIR's cues.tsv and work-nouns.tsv alone, with no training.
 *
 * CoNLL format: one token a line, the word first and the entity tag last
 * (IOB1 or BIO, types PER ORG LOC MISC), a blank line between sentences,
 * -DOCSTART- lines ignored.  Scores are the CoNLL ones: an entity counts
 * when its span and type are exactly right.
 */
#include "gazetteer.h"
#include "ner.h"

#include <stdio.h>
#include <string.h>

static const char *const TAGS[] = { "O",     "B-PER", "I-PER",  "B-ORG", "I-ORG",
                                    "B-LOC", "I-LOC", "B-MISC", "I-MISC", NULL };

static guint
tag_index (const char *tag)
{
  for (guint t = 0; TAGS[t]; t++)
    if (strcmp (TAGS[t], tag) == 0)
      return t;
  return 0;
}

static void
sentence_free (gpointer data)
{
  NerSentence *s = data;
  g_free (s->tokens);
  g_free (s);
}

/* Sets the slots of the tokens of sentences [from, to) of @sentences
 * (one document; @words their words) as the stage does over a
 * document's words, by their case-folded keys (ner_document_slots()). */
static void
document_slots (GPtrArray *sentences, GPtrArray *words, guint from, guint to)
{
  g_autoptr (GPtrArray) keys = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint k = from; k < to; k++)
    {
      char **w = words->pdata[k];
      for (guint i = 0; w[i]; i++)
        {
          char *key = assay_text_fold (w[i], -1);
          guint32 hash = word_hash (key, strlen (key));
          g_ptr_array_add (keys, key);
          g_array_append_val (hashes, hash);
        }
    }
  g_autofree guint32 *slots = g_new (guint32, MAX (keys->len, 1));
  ner_document_slots ((const char *const *) keys->pdata, (const guint32 *) (gpointer) hashes->data, keys->len,
                      slots);
  guint at = 0;
  for (guint k = from; k < to; k++)
    {
      NerSentence *s = sentences->pdata[k];
      for (guint i = 0; i < s->n; i++)
        s->tokens[i].doc_slot = slots[at++];
    }
}

/* The tagger's sentences for @words (GStrv per sentence), with the
 * gazetteer's classes as the stage computes them when @g is given
 * (CoNLL's words are space-separated; only a possessive is glued), and
 * each word's slot in its document's table (@docs: the index of each
 * document's first sentence, ascending). */
static GPtrArray *
tagger_sentences (const Gazetteer *g, const CueMap *cues, GPtrArray *words, GArray *docs)
{
  GPtrArray *sentences = g_ptr_array_new_with_free_func (sentence_free);
  for (guint k = 0; k < words->len; k++)
    {
      char **w = words->pdata[k];
      guint n = g_strv_length (w);
      g_autofree const char **classes = NULL;
      g_autofree guint8 *kinds = g_new0 (guint8, MAX (n, 1));
      if (g)
        {
          char **keys = g_new0 (char *, n + 1);
          g_autofree gboolean *glued = g_new0 (gboolean, n);
          g_autofree gboolean *capitals = g_new0 (gboolean, n);
          g_autofree gboolean *upper = g_new0 (gboolean, n);
          for (guint i = 0; i < n; i++)
            {
              keys[i] = assay_text_fold (w[i], -1);
              glued[i] = i > 0 && (strcmp (keys[i], "'s") == 0 || strcmp (keys[i], "'") == 0);
              gazetteer_word_case (w[i], &upper[i], &capitals[i]);
            }
          /* The cue word's kind, as the stage reads it (entities.c's
           * look_up_words(), the same function and inputs). */
          for (guint i = 0; cues && i < n; i++)
            {
              guint32 hash = word_hash (keys[i], strlen (keys[i]));
              Cue cue = cue_map_get (cues, keys[i], hash)->tagger;
              GazetteerWord known = upper[i] ? gazetteer_word (g, keys[i], hash) : (GazetteerWord) { 0 };
              gboolean first_name = ner_cue_first_name (cue, upper[i], known.single, i + 1 < n && upper[i + 1] && !glued[i + 1]);
              kinds[i] = cue ? ner_cue_kind (cue, upper[i], first_name) : NER_KIND_NONE;
            }
          classes = gazetteer_classes (g, (const char *const *) keys, NULL, glued, capitals, upper, n, NULL, NULL);
          g_strfreev (keys);
        }
      NerSentence *s = g_new0 (NerSentence, 1);
      s->n = n;
      s->tokens = g_new0 (NerToken, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        {
          ner_token_init (&s->tokens[i], w[i], strlen (w[i]), classes ? classes[i] : NULL);
          s->tokens[i].kind = kinds[i];
        }
      g_ptr_array_add (sentences, s);
    }
  for (guint d = 0; d < docs->len; d++)
    document_slots (sentences, words, g_array_index (docs, guint, d),
                    d + 1 < docs->len ? g_array_index (docs, guint, d + 1) : words->len);
  return sentences;
}

/* Reads @path into sentences (GStrv of words) and their gold tags (BIO
 * indexes), and into @docs the index of each document's first sentence
 * (a -DOCSTART- line starts one; the file's start does too). */
static gboolean
read_conll (const char *path, GPtrArray *sentences, GPtrArray *gold, GArray *docs, GError **error)
{
  g_autofree char *data = NULL;
  if (!g_file_get_contents (path, &data, NULL, error))
    return FALSE;
  g_auto (GStrv) lines = g_strsplit (data, "\n", -1);
  GStrvBuilder *words = g_strv_builder_new ();
  g_autoptr (GArray) tags = g_array_new (FALSE, FALSE, sizeof (guint));
  char prev_type[8] = "O";
  guint first = sentences->len;
  g_array_append_val (docs, first);
  for (char **l = lines;; l++)
    {
      gboolean end = *l == NULL || **l == '\0' || g_str_has_prefix (*l, "-DOCSTART-");
      if (end)
        {
          if (tags->len > 0)
            {
              g_ptr_array_add (sentences, g_strv_builder_end (words));
              g_ptr_array_add (gold, g_memdup2 (tags->data, tags->len * sizeof (guint)));
              g_array_set_size (tags, 0);
            }
          g_strv_builder_unref (words);
          words = g_strv_builder_new ();
          strcpy (prev_type, "O");
          if (*l == NULL)
            break;
          if (g_str_has_prefix (*l, "-DOCSTART-") && g_array_index (docs, guint, docs->len - 1) < sentences->len)
            {
              first = sentences->len;
              g_array_append_val (docs, first);
            }
          continue;
        }
      g_auto (GStrv) cols = g_strsplit (*l, " ", -1);
      guint n = g_strv_length (cols);
      if (n < 2)
        continue;
      const char *tag = cols[n - 1];
      /* IOB1 to BIO: I-X after something that is not X begins an entity. */
      char bio[16];
      if (strcmp (tag, "O") == 0)
        strcpy (bio, "O");
      else if (tag[0] == 'B' || strcmp (prev_type, tag + 2) != 0)
        g_snprintf (bio, sizeof bio, "B-%s", tag + 2);
      else
        g_snprintf (bio, sizeof bio, "I-%s", tag + 2);
      g_strlcpy (prev_type, strcmp (tag, "O") == 0 ? "O" : tag + 2, sizeof prev_type);
      g_strv_builder_add (words, cols[0]);
      guint t = tag_index (bio);
      g_array_append_val (tags, t);
    }
  g_strv_builder_unref (words);
  return TRUE;
}

typedef struct
{
  guint start, end;
  char type[8];
} Span;

static GArray *
spans (const guint *tags, guint n)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Span));
  for (guint i = 0; i < n;)
    {
      const char *t = TAGS[tags[i]];
      if (t[0] == 'O')
        {
          i++;
          continue;
        }
      Span s = { i, i + 1 };
      g_strlcpy (s.type, t + 2, sizeof s.type);
      i++;
      while (i < n && TAGS[tags[i]][0] == 'I' && strcmp (TAGS[tags[i]] + 2, s.type) == 0)
        s.end = ++i;
      g_array_append_val (out, s);
    }
  return out;
}

static void
evaluate (const NerModel *m, GPtrArray *sentences, GPtrArray *gold, GArray *docs)
{
  const char *types[] = { "PER", "ORG", "LOC", "MISC" };
  guint tp[5] = { 0 }, fp[5] = { 0 }, fn[5] = { 0 };
  guint slots = 1;
  for (guint k = 0; k < sentences->len; k++)
    {
      const NerSentence *s = sentences->pdata[k];
      for (guint i = 0; i < s->n; i++)
        slots = MAX (slots, s->tokens[i].doc_slot + 1);
    }
  g_autofree guint16 *counts = g_new0 (guint16, (gsize) slots * NER_HISTORY_TYPES);
  for (guint k = 0, d = 0; k < sentences->len; k++)
    {
      /* Each document's history from its start, as the stage keeps it. */
      if (d < docs->len && g_array_index (docs, guint, d) == k)
        memset (counts, 0, (gsize) slots * NER_HISTORY_TYPES * sizeof *counts), d++;
      NerSentence *s = sentences->pdata[k];
      g_autofree guint *guess = g_new (guint, MAX (s->n, 1));
      ner_history_apply (s, counts);
      ner_tag (m, s, guess);
      ner_history_add (m, s, guess, counts);
      g_autoptr (GArray) want = spans (gold->pdata[k], s->n);
      g_autoptr (GArray) got = spans (guess, s->n);
      for (guint i = 0; i < got->len; i++)
        {
          Span *g = &g_array_index (got, Span, i);
          gboolean hit = FALSE;
          for (guint j = 0; j < want->len && !hit; j++)
            {
              Span *w = &g_array_index (want, Span, j);
              hit = w->start == g->start && w->end == g->end && strcmp (w->type, g->type) == 0;
            }
          for (guint t = 0; t < 4; t++)
            if (strcmp (types[t], g->type) == 0)
              hit ? tp[t]++ : fp[t]++;
          hit ? tp[4]++ : fp[4]++;
        }
      for (guint j = 0; j < want->len; j++)
        {
          Span *w = &g_array_index (want, Span, j);
          gboolean hit = FALSE;
          for (guint i = 0; i < got->len && !hit; i++)
            {
              Span *g = &g_array_index (got, Span, i);
              hit = w->start == g->start && w->end == g->end && strcmp (w->type, g->type) == 0;
            }
          if (!hit)
            {
              for (guint t = 0; t < 4; t++)
                if (strcmp (types[t], w->type) == 0)
                  fn[t]++;
              fn[4]++;
            }
        }
    }
  printf ("| type | P | R | F1 |\n| --- | ---: | ---: | ---: |\n");
  for (guint t = 0; t < 5; t++)
    {
      double p = tp[t] + fp[t] ? 100.0 * tp[t] / (tp[t] + fp[t]) : 0;
      double r = tp[t] + fn[t] ? 100.0 * tp[t] / (tp[t] + fn[t]) : 0;
      printf ("| %s | %.2f | %.2f | %.2f |\n", t < 4 ? types[t] : "all", p, r, p + r ? 2 * p * r / (p + r) : 0);
    }
}

/* Copies @path into @dir unless it is there already: the model file
 * names its word classes' file, which is read from beside it. */
static gboolean
copy_beside (const char *path, const char *dir, GError **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *target = g_build_filename (dir, base, NULL);
  g_autofree char *a = g_canonicalize_filename (path, NULL), *b = g_canonicalize_filename (target, NULL);
  if (strcmp (a, b) == 0)
    return TRUE;
  g_autofree char *text = NULL;
  gsize length;
  return g_file_get_contents (path, &text, &length, error) && g_file_set_contents (target, text, length, error);
}

int
main (int argc, char **argv)
{
  g_auto (GStrv) train = NULL;
  g_autofree char *model_path = NULL, *eval_path = NULL, *gazetteer_dir = NULL, *write_cues = NULL,
                  *clusters = NULL;
  int epochs = 10, bits = NER_DEFAULT_BITS, seed = 1, runs = 1, min_count = 0;
  const GOptionEntry entries[] = {
    { "train", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &train, "CoNLL file to train on (repeatable)", "FILE" },
    { "model", 0, 0, G_OPTION_ARG_FILENAME, &model_path, "The model file to write, or to read", "FILE" },
    { "evaluate", 0, 0, G_OPTION_ARG_FILENAME, &eval_path, "CoNLL file to score the model on", "FILE" },
    { "epochs", 0, 0, G_OPTION_ARG_INT, &epochs, "Passes over the training data (default 10)", "N" },
    { "min-count", 0, 0, G_OPTION_ARG_INT, &min_count,
      "Give weights only to feature rows at least N training tokens read (default 0: all)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "The seed of the sentences' order in training (default 1)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs,
      "Train N times, seeds SEED to SEED + N - 1, and average the weights (default 1)", "N" },
    { "bits", 0, 0, G_OPTION_ARG_INT, &bits, "The model's feature rows, as a power of two (default " G_STRINGIFY (NER_DEFAULT_BITS) ")", "B" },
    { "gazetteer", 0, 0, G_OPTION_ARG_FILENAME, &gazetteer_dir,
      "The entities stage's data folder, for the gazetteer features", "DIR" },
    { "clusters", 0, 0, G_OPTION_ARG_FILENAME, &clusters,
      "Word classes to read as features (ner-clusters.tsv); copied beside the model, which names it", "FILE" },
    { "write-cues", 0, 0, G_OPTION_ARG_FILENAME, &write_cues,
      "Write the tagger's cue rows of --gazetteer DIR's cues.tsv and work-nouns.tsv to FILE, as training "
      "does, and nothing else",
      "FILE" },
    { NULL }
  };
  g_autoptr (GOptionContext) context = g_option_context_new ("- train or score the entities tagger");
  g_option_context_add_main_entries (context, entries, NULL);
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (context, &argc, &argv, &error)
      || (write_cues ? gazetteer_dir == NULL : model_path == NULL || (!train && !eval_path)))
    {
      g_printerr ("assay-ner-train: %s\n", error ? error->message
                                                 : "give --model and --train or --evaluate, or --gazetteer and "
                                                   "--write-cues (see --help)");
      return 2;
    }
  /* The rows a model was trained with, written again from the data it
   * was trained with (a past commit's cues.tsv and work-nouns.tsv in
   * DIR): the shipped ner-cues.tsv is remade so (data/README.md). */
  if (write_cues)
    {
      CueMap *trained = cue_map_load (gazetteer_dir, NULL, &error);
      gboolean ok = trained && cue_map_write_tagger (trained, write_cues, &error);
      cue_map_free (trained);
      if (!ok)
        g_printerr ("assay-ner-train: %s\n", error->message);
      return ok ? 0 : 1;
    }
  Gazetteer *gazetteer = NULL;
  CueMap *cues = NULL;
  g_autofree char *model_dir = g_path_get_dirname (model_path);
  g_autofree char *tagger_cues = g_build_filename (model_dir, "ner-cues.tsv", NULL);
  /* Training reads cues.tsv's rows; scoring the kinds the model was
   * trained with, as the stage does (entities.c). */
  gboolean trained_cues = !train && g_file_test (tagger_cues, G_FILE_TEST_EXISTS);
  if (gazetteer_dir
      && (!(gazetteer = gazetteer_new (gazetteer_dir, &error))
          || !(cues = cue_map_load (gazetteer_dir, trained_cues ? tagger_cues : NULL, &error))))
    {
      g_printerr ("assay-ner-train: %s\n", error->message);
      return 1;
    }
  NerModel *m = NULL;
  if (train)
    {
      g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      g_autoptr (GPtrArray) gold = g_ptr_array_new_with_free_func (g_free);
      g_autoptr (GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint));
      for (char **f = train; *f; f++)
        if (!read_conll (*f, words, gold, docs, &error))
          {
            g_printerr ("assay-ner-train: %s\n", error->message);
            return 1;
          }
      g_autoptr (GPtrArray) sentences = tagger_sentences (gazetteer, cues, words, docs);
      if (bits < 8 || bits > 24)
        {
          g_printerr ("assay-ner-train: --bits %d: give 8 to 24\n", bits);
          return 2;
        }
      if (runs < 1 || runs > 100)
        {
          g_printerr ("assay-ner-train: --runs %d: give 1 to 100\n", runs);
          return 2;
        }
      if (min_count < 0 || min_count > 255)
        {
          g_printerr ("assay-ner-train: --min-count %d: give 0 to 255\n", min_count);
          return 2;
        }
      m = ner_model_new (TAGS, (guint) bits);
      ner_model_set_min_count (m, (guint) min_count);
      if (clusters && !(ner_model_set_clusters (m, clusters, &error) && copy_beside (clusters, model_dir, &error)))
        {
          g_printerr ("assay-ner-train: %s\n", error->message);
          return 1;
        }
      ner_train (m, sentences, gold, docs, epochs, (guint32) seed, (guint) runs);
      if (!ner_model_save (m, model_path, &error) || (cues && !cue_map_write_tagger (cues, tagger_cues, &error)))
        {
          g_printerr ("assay-ner-train: %s\n", error->message);
          return 1;
        }
      g_printerr ("assay-ner-train: %u sentences, %d epochs, model written to %s\n", sentences->len, epochs,
                  model_path);
    }
  else if (!(m = ner_model_load (model_path, &error)))
    {
      g_printerr ("assay-ner-train: %s\n", error->message);
      return 1;
    }
  if (eval_path)
    {
      g_autoptr (GPtrArray) words = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      g_autoptr (GPtrArray) gold = g_ptr_array_new_with_free_func (g_free);
      g_autoptr (GArray) docs = g_array_new (FALSE, FALSE, sizeof (guint));
      if (!read_conll (eval_path, words, gold, docs, &error))
        {
          g_printerr ("assay-ner-train: %s\n", error->message);
          return 1;
        }
      g_autoptr (GPtrArray) sentences = tagger_sentences (gazetteer, cues, words, docs);
      evaluate (m, sentences, gold, docs);
    }
  ner_model_free (m);
  gazetteer_free (gazetteer);
  cue_map_free (cues);
  return 0;
}
