/* entities.c: the `entities` stage: people, organisations, places,
 * nationalities and threat actors over cleanup's tokens.
 *
 * Per sentence, sources claim words, a stronger one taking them from a
 * weaker (Source): the name lists (gazetteer.c), then rules reading the
 * cue words of data/cues.tsv (organisation shapes, people after titles,
 * acronyms in brackets), then the learned tagger (ner.c), then capitalised
 * pairs before a reporting verb.  Roles are read around each person.  Per
 * document, short forms link to the full names written before (surnames,
 * acronyms) and a word keeps one label.  README.md tells the whole of it.
 */
#include "gazetteer.h"
#include "ner.h"

#include <string.h>


typedef struct
{
  NerModel *model;
  Gazetteer *gazetteer;
  WordMap *cues;    /* key -> Cue flags */
  char **skip_sections; /* section labels whose sentences are not read */
} Entities;

/* Where a name came from, weakest first: a stronger source's span takes
 * the words from a weaker one's. */
typedef enum
{
  SOURCE_REPORTING, /* a capitalised pair before a reporting verb */
  SOURCE_TAGGER,
  SOURCE_RULE,      /* a title before it, an organisation's shape */
  SOURCE_GAZETTEER,
  SOURCE_AROUND,    /* only to claim: a longer name around a known one */
} Source;

typedef struct
{
  gsize start, end;    /* bytes of the text */
  gboolean glued;      /* no space before it */
  gboolean upper;      /* starts with a capital (or a digit) */
  gboolean capitals;   /* no lowercase letter */
  gboolean sentence_start;
  const char *text, *key; /* in the scan's strings */
  guint32 hash;        /* word_hash() of the key */
  guint cue;
  gint span;           /* index into the spans, -1: none */
  const GazetteerEntry *hint; /* nullable: a listed name that only hints starts here */
  guint hint_len;      /* its length in words */
} Word;

typedef struct
{
  guint a, b;          /* words [a, b) */
  const char *label;
  char *canonical, *kb, *country, *role, *role_org;
  Source source;
  gboolean dropped;
  gboolean place;      /* from places.tsv */
  gboolean cued;       /* an organisation by the words around it ("drinks firm X"): weighs more in the vote */
} Span;

typedef struct
{
  const Entities *e;
  const char *text;
  GArray *words;       /* Word */
  GArray *spans;       /* Span */
  GStringChunk *strings; /* the words' text and keys: one allocation a few pages, not two a word */
  GByteArray *scratch; /* find_known()'s arrays, reused sentence after sentence */
} Scan;

static void
span_clear (gpointer data)
{
  Span *s = data;
  g_free (s->canonical);
  g_free (s->kb);
  g_free (s->country);
  g_free (s->role);
  g_free (s->role_org);
}

static void
entities_destroy (gpointer data)
{
  Entities *e = data;
  ner_model_free (e->model);
  gazetteer_free (e->gazetteer);
  word_map_free (e->cues);
  g_strfreev (e->skip_sections);
  g_free (e);
}

static gpointer
entities_create (const AssayHost *host, const AssayOptions *options, GError **error)
{
  Entities *e = g_new0 (Entities, 1);
  const char *data_dir = assay_options_get_string (options, "data");
  e->skip_sections = g_strsplit (assay_options_get_string (options, "skip-sections"), ",", -1);
  for (char **l = e->skip_sections; *l; l++)
    g_strstrip (*l);
  if (!(e->model = ner_model_load (assay_options_get_string (options, "model"), error))
      || !(e->gazetteer = gazetteer_new (data_dir, error)) || !(e->cues = gazetteer_cues_load (data_dir, error)))
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

static const char *const tagger_labels[] = { "PERSON", "ORG", "LOC", "MISC" };

static guint
label_index (const char *label)
{
  if (strcmp (label, "GPE") == 0)
    return 2; /* a place the lists knew, LOC to the tagger */
  for (guint i = 0; i < G_N_ELEMENTS (tagger_labels); i++)
    if (strcmp (label, tagger_labels[i]) == 0)
      return i;
  return 3;
}

/* The tagger's label for a gazetteer's. */
static const char *
tagger_class (const char *label)
{
  if (strcmp (label, "GPE") == 0)
    return "LOC";
  if (strcmp (label, "NORP") == 0 || strcmp (label, "THREAT_ACTOR") == 0)
    return "MISC";
  return label;
}

/* The text of words [a, b), each run of space made one ' '. */
static char *
words_text (const Scan *scan, guint a, guint b)
{
  GString *out = g_string_new (NULL);
  for (guint i = a; i < b; i++)
    {
      const Word *w = &g_array_index (scan->words, Word, i);
      if (i > a && !w->glued)
        g_string_append_c (out, ' ');
      g_string_append (out, w->text);
    }
  return g_string_free (out, FALSE);
}

static Word *
word_at (const Scan *scan, guint i)
{
  return &g_array_index (scan->words, Word, i);
}

static Span *
span_at (const Scan *scan, gint i)
{
  return i < 0 ? NULL : &g_array_index (scan->spans, Span, i);
}

static gboolean
is_possessive (const Word *w)
{
  return w->key[0] == '\'' && (w->key[1] == '\0' || (w->key[1] == 's' && w->key[2] == '\0'));
}

/* Word @i is not a name, whatever the lists or the tagger say: a
 * currency's code (USD), a country's code glued to a dollar sign (US$,
 * AU$), a job title written as an acronym, or its plural (CFO, CSOs). */
static gboolean
not_a_name (const Scan *scan, guint i)
{
  const Word *w = word_at (scan, i);
  if (!w->capitals && !(w->upper && g_str_has_suffix (w->text, "s")))
    return FALSE;
  gsize n = strlen (w->key);
  if (w->capitals && gazetteer_is_currency (scan->e->gazetteer, w->key, w->hash))
    return TRUE;
  if (i + 1 < scan->words->len && word_at (scan, i + 1)->glued && word_at (scan, i + 1)->text[0] == '$')
    return TRUE;
  if (n < 2 || n > 6)
    return FALSE;
  guint cue = word_map_get (scan->e->cues, w->key, w->hash);
  if (!(cue & CUE_ROLE) && w->key[n - 1] == 's')
    {
      char stem[8];
      memcpy (stem, w->key, n - 1);
      stem[n - 1] = '\0';
      cue = word_map_get (scan->e->cues, stem, word_hash (stem, n - 1));
    }
  /* Only titles in capitals: "Chancellor" alone may still name one. */
  return (cue & CUE_ROLE) && g_ascii_isupper (w->text[1]);
}

/* Claims words [a, b) for a new span unless a span at least as strong
 * holds one of them; weaker spans there are dropped.  Returns the span or
 * NULL. */
static Span *
claim (Scan *scan, guint a, guint b, const char *label, Source source)
{
  if (a >= b || (b - a == 1 && not_a_name (scan, a)))
    return NULL;
  for (guint i = a; i < b; i++)
    {
      Span *other = span_at (scan, word_at (scan, i)->span);
      if (other && other->source >= source)
        return NULL;
    }
  for (guint i = a; i < b; i++)
    {
      Span *other = span_at (scan, word_at (scan, i)->span);
      if (other)
        {
          other->dropped = TRUE;
          for (guint k = other->a; k < other->b; k++)
            word_at (scan, k)->span = -1;
        }
    }
  Span s = { .a = a, .b = b, .label = label, .source = source };
  g_array_append_val (scan->spans, s);
  for (guint i = a; i < b; i++)
    word_at (scan, i)->span = scan->spans->len - 1;
  return &g_array_index (scan->spans, Span, scan->spans->len - 1);
}

/* The key of @text (@length bytes) in @scan's strings, as
 * assay_text_fold() makes it, and its case as gazetteer_word_case()
 * reads it; ASCII, nearly every word of English news, through tables. */
static const char *
word_key (Scan *scan, const char *text, gsize length, gboolean *upper, gboolean *capitals, guint32 *hash)
{
  char buf[64];
  gboolean ascii = length < sizeof buf;
  gboolean lower = FALSE;
  for (gsize i = 0; i < length && ascii; i++)
    {
      guchar c = (guchar) text[i];
      ascii = c < 0x80;
      lower = lower || (c >= 'a' && c <= 'z');
      buf[i] = (char) (c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  if (ascii)
    {
      *upper = g_ascii_isupper (text[0]) || g_ascii_isdigit (text[0]);
      *capitals = !lower;
      *hash = word_hash (buf, length);
      return g_string_chunk_insert_len (scan->strings, buf, length);
    }
  gazetteer_word_case (text, upper, capitals);
  g_autofree char *key = assay_text_fold (text, length);
  *hash = word_hash (key, strlen (key));
  return g_string_chunk_insert (scan->strings, key);
}

/* Words of one sentence: cleanup's tokens, with a possessive ending cut
 * off as a word of its own (as CoNLL, which the tagger learned from, and
 * the gazetteer's names expect). */
static void
add_sentence_words (Scan *scan, AssayAnnotation *const *tokens, guint first, guint last)
{
  for (guint t = first; t < last; t++)
    {
      gsize a = assay_annotation_get_start (tokens[t]), b = assay_annotation_get_end (tokens[t]);
      gsize cut = b;
      if (b - a > 3 && strncmp (scan->text + b - 2, "'s", 2) == 0)
        cut = b - 2;
      else if (b - a > 5 && strncmp (scan->text + b - 4, "\xe2\x80\x99s", 4) == 0)
        cut = b - 4;
      for (gsize from = a; from < b; from = cut, cut = b)
        {
          Word w = { .start = from, .end = cut, .span = -1 };
          w.glued = from > 0 && !g_ascii_isspace (scan->text[from - 1]) && scan->words->len > 0
                    && word_at (scan, scan->words->len - 1)->end == from;
          w.sentence_start = t == first && from == a;
          w.text = g_string_chunk_insert_len (scan->strings, scan->text + from, cut - from);
          w.key = word_key (scan, w.text, cut - from, &w.upper, &w.capitals, &w.hash);
          w.cue = word_map_get (scan->e->cues, w.key, w.hash);
          g_array_append_val (scan->words, w);
        }
    }
}

static gboolean
is_name_word (const Word *w)
{
  return w->upper && !(w->sentence_start && (w->cue & CUE_FUNCTION));
}

/* Claims the listed names of words [ws, we); returns their gazetteer
 * classes for the tagger, as gazetteer_classes() gives them at training,
 * from the same pass. */
static const char **
find_known (Scan *scan, guint ws, guint we)
{
  guint n = we - ws;
  /* The gazetteer's view of the words, in the scan's scratch space: no
   * allocation a sentence.  Pointers first, for their alignment. */
  gsize need = n * (2 * sizeof (gpointer) + 4 * sizeof (gboolean) + sizeof (guint32) + sizeof (guint));
  g_byte_array_set_size (scan->scratch, need);
  memset (scan->scratch->data, 0, need);
  guint8 *at = scan->scratch->data;
  const char **keys = (const char **) (gpointer) at;
  const GazetteerEntry **entries = (const GazetteerEntry **) (gpointer) (at += n * sizeof (gpointer));
  gboolean *glued = (gboolean *) (gpointer) (at += n * sizeof (gpointer));
  gboolean *capitals = glued + n, *upper = capitals + n;
  guint32 *hashes = (guint32 *) (upper + n);
  guint *lengths = (guint *) (hashes + n);
  for (guint i = 0; i < n; i++)
    {
      const Word *w = word_at (scan, ws + i);
      keys[i] = w->key, glued[i] = w->glued, upper[i] = w->upper, capitals[i] = w->capitals, hashes[i] = w->hash;
    }
  const char **classes = gazetteer_classes (scan->e->gazetteer, keys, hashes, glued, capitals, upper, n, entries, lengths);
  for (guint i = 0; i < n; i++)
    {
      const GazetteerEntry *entry = entries[i];
      if (entry == NULL)
        continue;
      if (entry->hint)
        {
          /* The tagger decides; find_tagged() reads the hint back. */
          word_at (scan, ws + i)->hint = entry;
          word_at (scan, ws + i)->hint_len = lengths[i];
          continue;
        }
      Span *s = claim (scan, ws + i, ws + i + lengths[i], entry->label, SOURCE_GAZETTEER);
      if (s == NULL)
        continue;
      s->canonical = g_strdup (entry->canonical);
      s->place = entry->place;
      s->kb = g_strdup (entry->kb);
      if (entry->country && (strcmp (entry->label, "GPE") != 0 || strcmp (entry->country, entry->canonical) != 0))
        s->country = g_strdup (entry->country);
    }
  return classes;
}

/* Organisations and places by their shape: a run of capitalised words
 * (with connectors inside) holding an org-head ("Ministry of State
 * Security", "Security Information Service") or else a loc-head ("Baltic
 * Sea", "Bay of Biscay").  A listed place after a connector, once the
 * head was read, is part of the name ("Gulf of Mexico", "Bank of
 * England"). */
static void
find_org_shapes (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i < we;)
    {
      Span *held = span_at (scan, word_at (scan, i)->span);
      if (!is_name_word (word_at (scan, i)) || (held && held->source == SOURCE_GAZETTEER))
        {
          i++;
          continue;
        }
      guint j = i + 1, end = i + 1;
      gboolean head = (word_at (scan, i)->cue & CUE_ORG_HEAD) != 0;
      gboolean loc = (word_at (scan, i)->cue & CUE_LOC_HEAD) != 0, swallowed = FALSE;
      while (j < we)
        {
          Word *w = word_at (scan, j);
          Span *inside = span_at (scan, w->span);
          if (inside && inside->source == SOURCE_GAZETTEER)
            {
              gboolean place = inside->a == j
                               && (strcmp (inside->label, "GPE") == 0 || strcmp (inside->label, "NORP") == 0);
              if ((head || loc) && place && strcmp (inside->label, "GPE") == 0
                  && (word_at (scan, j - 1)->cue & CUE_CONNECTOR) && !word_at (scan, j - 1)->upper)
                {
                  end = j = inside->b;
                  swallowed = TRUE;
                }
              else if (!head && !loc && place)
                {
                  /* Inside a run whose head is still to come: "Pew
                   * Internet and American Life Project" is one name. */
                  end = j = inside->b;
                  swallowed = TRUE;
                  continue;
                }
              break;
            }
          if (w->upper && head && (w->cue & CUE_ROLE) && !(w->cue & CUE_ORG_HEAD))
            break; /* "Home Office | Minister Ann Widdecombe": a title after the name */
          if (w->upper)
            head = head || (w->cue & CUE_ORG_HEAD), loc = loc || (w->cue & CUE_LOC_HEAD), end = ++j;
          else if ((w->cue & CUE_CONNECTOR) && !w->upper && !(loc && !head && strcmp (w->key, "of") != 0))
            j++; /* a place's name goes on past "of" only: "Sea for the Bay" is two */
          else
            break;
        }
      /* A place's head ends its name or comes before "of": "Gulf War"
       * is an event, "1991 Gulf" no place. */
      if (loc && !head)
        {
          guint last = end - 1;
          while (last > i && !word_at (scan, last)->upper)
            last--;
          gboolean of_after = FALSE;
          for (guint k = i; k < end; k++)
            of_after = of_after || ((word_at (scan, k)->cue & CUE_LOC_HEAD) && k + 1 < end
                                    && strcmp (word_at (scan, k + 1)->key, "of") == 0);
          loc = ((word_at (scan, last)->cue & CUE_LOC_HEAD) || of_after)
                && g_ascii_isalpha (scan->text[word_at (scan, i)->start]);
        }
      if ((head || loc) && end - i >= 2)
        {
          Span *s = claim (scan, i, end, head ? "ORG" : "LOC", swallowed ? SOURCE_AROUND : SOURCE_RULE);
          if (s)
            {
              s->source = SOURCE_RULE;
              s->canonical = words_text (scan, i, end);
            }
        }
      i = end;
    }
}

/* People after a title or a form of address ("Foreign Minister Tomas
 * Novak", "Dr. Jane Doe"): up to three capitalised words nobody else
 * knows. */
static void
find_titled_people (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i + 1 < we; i++)
    {
      Word *cue = word_at (scan, i);
      if (!(cue->cue & (CUE_ROLE | CUE_HONORIFIC)))
        continue;
      /* The title may run on: "Minister for Foreign Affairs and Trade". */
      guint k = i + 1;
      if (cue->cue & CUE_ROLE)
        {
          for (guint t = k; t < we; t++)
            {
              const Word *w = word_at (scan, t);
              if (w->cue & (CUE_ROLE | CUE_MODIFIER))
                k = t + 1; /* the title ends after its last title word */
              else if (!((w->cue & CUE_CONNECTOR) && !w->upper))
                break;
            }
        }
      guint j = k;
      while (j < we && j < k + 3 && word_at (scan, j)->upper && word_at (scan, j)->cue == 0
             && !g_unichar_isdigit (g_utf8_get_char (word_at (scan, j)->text)))
        j++;
      if (j == k)
        continue;
      /* A title inside an organisation's name is not a person's. */
      Span *around = span_at (scan, cue->span);
      if (around && around->source >= SOURCE_RULE && strcmp (around->label, "ORG") == 0)
        continue;
      Span *s = claim (scan, k, j, "PERSON", SOURCE_RULE);
      if (s)
        s->canonical = words_text (scan, k, j);
    }
}

static void
find_tagged (Scan *scan, guint ws, guint we, const guint *tags)
{
  const NerModel *model = scan->e->model;
  gboolean has_lower = FALSE;
  for (guint i = ws; i < we && !has_lower; i++)
    has_lower = !word_at (scan, i)->capitals;
  for (guint i = ws; i < we;)
    {
      const char *tag = ner_model_tag (model, tags[i - ws]);
      if (tag[0] == 'O')
        {
          i++;
          continue;
        }
      guint j = i + 1;
      while (j < we && ner_model_tag (model, tags[j - ws])[0] == 'I'
             && strcmp (ner_model_tag (model, tags[j - ws]) + 2, tag + 2) == 0)
        j++;
      guint a = i, b = j;
      i = j;
      /* A name does not end in "of", a possessive or a month ("Retrieved
       * February"), nor start with "According"; a person's does not start
       * with the title before it. */
      while (b > a && (!word_at (scan, b - 1)->upper || is_possessive (word_at (scan, b - 1))
                       || (word_at (scan, b - 1)->cue & CUE_FUNCTION)))
        b--;
      while (a < b && (word_at (scan, a)->cue & CUE_FUNCTION) && !(word_at (scan, a)->cue & CUE_CONNECTOR))
        a++;
      const char *label = label_for (tag + 2);
      if (strcmp (label, "PERSON") == 0)
        {
          while (b - a > 1 && (word_at (scan, a)->cue & (CUE_ROLE | CUE_MODIFIER | CUE_HONORIFIC)))
            a++;
          if (b - a == 1 && (word_at (scan, a)->cue & (CUE_ROLE | CUE_MODIFIER | CUE_HONORIFIC)))
            continue; /* a title alone ("High Representative") */
          /* One word in capitals, in a sentence that is not all in
           * capitals, is an acronym, and acronyms name organisations
           * ("GDL", "RMT"), hardly ever people. */
          const Word *only = word_at (scan, a);
          if (b - a == 1 && only->capitals && has_lower && only->end - only->start >= 2
              && g_ascii_isalpha (scan->text[only->start]) && g_ascii_isalpha (scan->text[only->start + 1]))
            label = "ORG";
        }
      if (b - a == 1 && (word_at (scan, a)->cue & CUE_FUNCTION))
        continue; /* "I" */
      if (b - a == 1 && g_utf8_strlen (word_at (scan, a)->text, -1) == 2 && g_str_has_suffix (word_at (scan, a)->text, "."))
        continue; /* an initial alone: "Novak, J." in a reference list */
      /* A longer name of another kind around a known place, nationality
       * or organisation is another name: "U.S. Open", "Air France";
       * "NATO Allies" in a title is still NATO, and a known person or
       * group is never swallowed ("... and Security Policy Jane Doe"). */
      gboolean around = b - a > 1;
      for (guint k = a; k < b && around; k++)
        {
          const Span *inner = span_at (scan, word_at (scan, k)->span);
          around = inner == NULL
                   || (inner->source == SOURCE_GAZETTEER && inner->a >= a && inner->b <= b
                       && inner->b - inner->a < b - a && strcmp (tagger_class (inner->label), label) != 0
                       && strcmp (inner->label, "PERSON") != 0 && strcmp (inner->label, "THREAT_ACTOR") != 0);
          around = around && !(word_at (scan, k)->cue & (CUE_ROLE | CUE_HONORIFIC));
        }
      /* A city the tagger reads as an organisation is one there: the
       * team or the company named after it ("Barcelona beat Madrid"). */
      Span *known = span_at (scan, word_at (scan, a)->span);
      /* ... but a city that speaks is its government: "Warsaw said". */
      gboolean speaks = b < we && (word_at (scan, b)->cue & CUE_VERB) && !word_at (scan, b)->upper;
      if (known && known->place && known->a == a && known->b == b && strcmp (label, "ORG") == 0 && !speaks)
        {
          known->label = "ORG";
          g_clear_pointer (&known->country, g_free);
          g_free (known->canonical), known->canonical = words_text (scan, a, b);
          continue;
        }
      Span *s = claim (scan, a, b, label, around ? SOURCE_AROUND : SOURCE_TAGGER);
      if (s)
        {
          s->source = SOURCE_TAGGER;
          s->canonical = words_text (scan, a, b);
          /* A place the tagger found where a list hinted a city or
           * region of that name is that one: a GPE, with its country.
           * A lone word the lists know as a company, with no first name
           * before it, is the company, whatever person, place or thing
           * the tagger took it for ("Chrysler said", "Maersk", "Airbus"). */
          const GazetteerEntry *hint = word_at (scan, a)->hint;
          if (hint && b - a == 1 && word_at (scan, a)->hint_len == 1 && strcmp (hint->hint, "COMPANY") == 0
              && strcmp (label, "ORG") != 0)
            s->label = "ORG";
          if (hint && !hint->faint && word_at (scan, a)->hint_len == b - a && strcmp (label, "LOC") == 0
              && strcmp (hint->label, "GPE") == 0)
            {
              s->label = "GPE";
              s->place = TRUE;
              s->kb = g_strdup (hint->kb);
              s->country = g_strdup (hint->country);
            }
        }
    }
}

/* Organisations by the words around them: a capitalised run right after
 * a noun that names a kind of organisation ("drinks firm Allied Domecq",
 * "messaging firm Mblox", "the band Portishead"; cues.tsv kind org-noun),
 * or a name before "shares" or after "shares in".  The tagger's person,
 * place or thing there is the organisation, and weighs more when the
 * document's mentions of the word vote. */
/* The organisation a cue points at, starting at word @a. */
static void
cue_org (Scan *scan, guint a, guint we)
{
  if (a >= we || !is_name_word (word_at (scan, a)) || (word_at (scan, a)->cue & (CUE_ROLE | CUE_HONORIFIC | CUE_FUNCTION)))
    return;
  Span *held = span_at (scan, word_at (scan, a)->span);
  if (held && held->a == a && (held->source == SOURCE_TAGGER || (held->source == SOURCE_RULE && !held->role)))
    {
      if (strcmp (held->label, "ORG") != 0)
        {
          held->label = "ORG";
          held->place = FALSE;
          g_clear_pointer (&held->kb, g_free);
          g_clear_pointer (&held->country, g_free);
        }
      held->cued = TRUE;
      return;
    }
  if (held)
    return; /* a listed name keeps its kind */
  guint b = a;
  while (b < we && b < a + 4 && word_at (scan, b)->upper && word_at (scan, b)->span < 0
         && !(word_at (scan, b)->cue & (CUE_ROLE | CUE_FUNCTION)) && (b == a || !word_at (scan, b)->glued))
    b++;
  Span *s = claim (scan, a, b, "ORG", SOURCE_RULE);
  if (s)
    {
      s->canonical = words_text (scan, a, b);
      s->cued = TRUE;
    }
}

static void
find_cued_orgs (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i < we; i++)
    {
      const Word *w = word_at (scan, i);
      if (w->upper)
        continue;
      guint at[2], n = 0;
      if (w->cue & CUE_ORG_NOUN)
        at[n++] = i + 1; /* "firm X" */
      else if (strcmp (w->key, "shares") == 0)
        {
          if (i > ws)
            {
              /* "X shares": a person or nobody's word; a thing there
               * is a kind of shares ("European shares"). */
              const Span *before = span_at (scan, word_at (scan, i - 1)->span);
              if (!before || strcmp (before->label, "PERSON") == 0)
                at[n++] = before ? before->a : i - 1;
            }
          if (i + 2 < we && strcmp (word_at (scan, i + 1)->key, "in") == 0)
            at[n++] = i + 2; /* "shares in X" */
        }
      for (guint c = 0; c < n; c++)
        cue_org (scan, at[c], we);
    }
}

/* A model's number or code: digits with capitals ("A380", "RAV4"), or
 * (@numbers) three digits or more, a hyphen allowed ("737-800"), that
 * are no year. */
static gboolean
is_model_code (const Word *w, gboolean numbers)
{
  gsize n = w->end - w->start, digits = 0, letters = 0;
  for (const char *p = w->text; *p; p++)
    if (g_ascii_isdigit (*p))
      digits++;
    else if (g_ascii_isupper (*p))
      letters++;
    else if (*p != '-')
      return FALSE;
  if (digits == 0 || n > 10)
    return FALSE;
  if (letters == 0 && n >= 4 && (g_str_has_prefix (w->text, "19") || g_str_has_prefix (w->text, "20")))
    return FALSE; /* a year or a date: "Boeing 2024 results", "1996-08-30" */
  return letters > 0 || (numbers && n >= 3);
}

/* A maker's name and a model's code after it are a product, MISC, kept
 * whole ("Boeing 787", "Airbus A380"): the maker is an organisation a
 * list or the tagger found, or a company the lists hinted. */
static void
find_models (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 1; i < we; i++)
    {
      Word *code = word_at (scan, i);
      if (code->glued || !is_model_code (code, TRUE) || code->span >= 0)
        continue;
      guint a = i;
      Span *maker = span_at (scan, word_at (scan, i - 1)->span);
      /* A number after a team is a score ("Sussex 363"): numbers follow
       * only a maker the lists know as a company. */
      if (maker && maker->b == i && strcmp (maker->label, "ORG") == 0 && is_model_code (code, FALSE))
        a = maker->a;
      else
        for (guint j = i; j-- > ws && a == i;)
          if (word_at (scan, j)->hint && j + word_at (scan, j)->hint_len == i
              && strcmp (word_at (scan, j)->hint->hint, "COMPANY") == 0)
            a = j;
      if (a == i)
        continue;
      Span *s = claim (scan, a, i + 1, "MISC", SOURCE_AROUND);
      if (s)
        {
          s->source = SOURCE_RULE;
          s->canonical = words_text (scan, a, i + 1);
        }
    }
}

/* An initial: one capital letter, with or without its full stop. */
static gboolean
is_initial (const Word *w)
{
  return g_ascii_isupper (w->text[0]) && (w->text[1] == '\0' || (w->text[1] == '.' && w->text[2] == '\0'));
}

/* A person's name the tagger cut in two: a lone word, no list's but a
 * person's name, right before a person, an initial allowed between, is
 * the person's first name ("Iga" ORG + "Swiatek" PERSON, "George" + "W"
 * + "Bush", "Courteney" + "Cox Arquette"). */
static void
mend_split_people (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i + 1 < we; i++)
    {
      Span *first = span_at (scan, word_at (scan, i)->span);
      guint j = i + 1;
      if (j + 1 < we && word_at (scan, j)->span < 0 && is_initial (word_at (scan, j)) && !word_at (scan, j)->glued)
        j++;
      Span *rest = span_at (scan, word_at (scan, j)->span);
      if (!first || !rest || first == rest || first->source != SOURCE_TAGGER || rest->source != SOURCE_TAGGER
          || first->b - first->a != 1 || rest->a != j || strcmp (rest->label, "PERSON") != 0
          || word_at (scan, j)->glued)
        continue;
      const GazetteerEntry *hint = word_at (scan, i)->hint;
      if (hint && strcmp (hint->label, "PERSON") != 0)
        continue;
      first->dropped = TRUE;
      rest->a = i;
      for (guint k = i; k < j; k++)
        word_at (scan, k)->span = word_at (scan, j)->span;
      g_free (rest->canonical), rest->canonical = words_text (scan, rest->a, rest->b);
    }
}

/* A listed country or city right before an event or organisation the
 * tagger found is part of its name: "Qatar" + "Open" is the Qatar Open,
 * "China" + "Daily" China Daily. */
static void
mend_place_prefix (Scan *scan, guint ws, guint we)
{
  for (guint i = ws; i + 1 < we; i++)
    {
      Span *place = span_at (scan, word_at (scan, i)->span);
      Span *rest = span_at (scan, word_at (scan, i + 1)->span);
      if (!place || !rest || place == rest || place->source != SOURCE_GAZETTEER || place->b != i + 1
          || strcmp (place->label, "GPE") != 0 || rest->source != SOURCE_TAGGER || rest->a != i + 1
          || word_at (scan, i + 1)->glued
          || (strcmp (rest->label, "MISC") != 0 && strcmp (rest->label, "ORG") != 0))
        continue;
      place->dropped = TRUE;
      for (guint k = place->a; k <= i; k++)
        word_at (scan, k)->span = word_at (scan, i + 1)->span;
      rest->a = place->a;
      g_free (rest->canonical), rest->canonical = words_text (scan, rest->a, rest->b);
    }
}

/* Two or three capitalised words the others left, before a reporting
 * verb: a person ("Jane Doe said"). */
static void
find_reporting (Scan *scan, guint ws, guint we)
{
  for (guint i = ws + 2; i < we; i++)
    {
      if (!(word_at (scan, i)->cue & CUE_VERB) || word_at (scan, i)->upper)
        continue;
      guint a = i;
      while (a > ws && a > i - 3 && is_name_word (word_at (scan, a - 1)) && word_at (scan, a - 1)->span < 0
             && word_at (scan, a - 1)->cue == 0)
        a--;
      if (i - a >= 2)
        {
          Span *s = claim (scan, a, i, "PERSON", SOURCE_REPORTING);
          if (s)
            s->canonical = words_text (scan, a, i);
        }
    }
}

/* The organisation, country or nationality a role belongs to, ending
 * at word @end (exclusive): "NATO", "the EU's", "Czech". */
static const char *
role_owner (const Scan *scan, guint ws, guint end)
{
  if (end > ws && is_possessive (word_at (scan, end - 1)))
    end--;
  if (end <= ws)
    return NULL;
  const Span *s = span_at (scan, word_at (scan, end - 1)->span);
  if (s && s->b == end && (!strcmp (s->label, "ORG") || !strcmp (s->label, "GPE") || !strcmp (s->label, "NORP")))
    return s->canonical;
  return NULL;
}

/* Words [a, b) if they are a title (modifiers and role heads, a head
 * among them). */
/* Word @i is free or only the tagger's. */
static gboolean
only_tagged (const Scan *scan, guint i)
{
  const Span *s = span_at (scan, word_at (scan, i)->span);
  return s == NULL || s->source == SOURCE_TAGGER;
}

static gboolean
is_title (const Scan *scan, guint a, guint b)
{
  gboolean head = FALSE;
  for (guint i = a; i < b; i++)
    {
      guint cue = word_at (scan, i)->cue;
      gboolean inside = i > a && i + 1 < b;
      if (!(cue & (CUE_ROLE | CUE_MODIFIER)) && !(inside && (cue & CUE_CONNECTOR) && !word_at (scan, i)->upper))
        return FALSE;
      head = head || (cue & CUE_ROLE);
    }
  return head && a < b;
}

/* A title ends at its head ("Foreign Minister") or, written in capitals,
 * runs on after it ("High Representative for Foreign Affairs and
 * Security Policy"). */
static gboolean
title_ends_well (const Scan *scan, guint a, guint b)
{
  guint h = b;
  while (h > a && !(word_at (scan, h - 1)->cue & CUE_ROLE))
    h--;
  if (h == a)
    return FALSE;
  for (guint i = h; i < b; i++)
    if (!word_at (scan, i)->upper && !(word_at (scan, i)->cue & CUE_CONNECTOR))
      return FALSE;
  return TRUE;
}

/* A person's role: the title before the name ("NATO Secretary-General
 * Jane Doe") or after it, set off by a comma ("Doe, the EU's
 * high representative"). */
static void
find_roles (Scan *scan, guint ws, guint we)
{
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->a < ws || p->b > we || strcmp (p->label, "PERSON") != 0)
        continue;
      /* "Foreign Minister Tomas Novak", "the EU foreign policy chief, Jane Doe" */
      guint title_end = p->a;
      if (title_end > ws + 1 && strcmp (word_at (scan, title_end - 1)->text, ",") == 0)
        title_end--;
      guint a = title_end;
      while (a > ws && only_tagged (scan, a - 1)
             && ((word_at (scan, a - 1)->cue & (CUE_ROLE | CUE_MODIFIER))
                 || ((word_at (scan, a - 1)->cue & CUE_CONNECTOR) && !word_at (scan, a - 1)->upper)))
        a--;
      while (a < title_end && (word_at (scan, a)->cue & CUE_CONNECTOR) && !(word_at (scan, a)->cue & (CUE_ROLE | CUE_MODIFIER)))
        a++;
      if (is_title (scan, a, title_end) && title_ends_well (scan, a, title_end))
        {
          /* The tagger's "Foreign Affairs" inside the title is the title's. */
          for (guint t = a; t < title_end; t++)
            {
              Span *inner = span_at (scan, word_at (scan, t)->span);
              if (inner)
                {
                  inner->dropped = TRUE;
                  for (guint w = inner->a; w < inner->b; w++)
                    word_at (scan, w)->span = -1;
                }
            }
          p->role = words_text (scan, a, title_end);
          p->role_org = g_strdup (role_owner (scan, ws, a));
          continue;
        }
      guint i = p->b;
      if (i + 1 >= we || strcmp (word_at (scan, i)->text, ",") != 0)
        continue;
      i++;
      if (word_at (scan, i)->cue & CUE_FUNCTION && !(word_at (scan, i)->cue & CUE_MODIFIER))
        i++; /* "the", "a" */
      guint org_end = i;
      while (org_end < we && word_at (scan, org_end)->span >= 0
             && span_at (scan, word_at (scan, org_end)->span)->b > org_end)
        org_end = span_at (scan, word_at (scan, org_end)->span)->b;
      if (org_end < we && is_possessive (word_at (scan, org_end)))
        org_end++;
      const char *owner = org_end > i ? role_owner (scan, i, org_end) : NULL;
      guint r = owner ? org_end : i, e = r;
      while (e < we && (word_at (scan, e)->cue & (CUE_ROLE | CUE_MODIFIER)) && word_at (scan, e)->span < 0)
        e++;
      /* The title ends at its last head: "chief of staff" is left out. */
      while (e > r && !(word_at (scan, e - 1)->cue & CUE_ROLE))
        e--;
      if (is_title (scan, r, e))
        {
          p->role = words_text (scan, r, e);
          p->role_org = g_strdup (owner);
        }
    }
}

/* Acronyms after a name in brackets ("Ministry of State Security (MSS)")
 * name what the name does; later the acronym alone does too. */
static void
find_acronyms (Scan *scan, guint ws, guint we, GHashTable *acronyms)
{
  for (guint i = ws + 1; i + 2 < we; i++)
    {
      Span *name = span_at (scan, word_at (scan, i - 1)->span);
      if (name == NULL || name->b != i || strcmp (word_at (scan, i)->text, "(") != 0
          || strcmp (word_at (scan, i + 2)->text, ")") != 0)
        continue;
      Word *acro = word_at (scan, i + 1);
      glong len = g_utf8_strlen (acro->text, -1);
      if (len < 2 || len > 8)
        continue;
      gboolean caps = TRUE;
      for (const char *c = acro->text; *c && caps; c = g_utf8_next_char (c))
        caps = g_unichar_isupper (g_utf8_get_char (c));
      /* Its letters are the capitals of the name's words, in order. */
      const char *next = acro->key;
      for (guint k = name->a; k < name->b && caps && *next; k++)
        if (word_at (scan, k)->upper && g_utf8_get_char (word_at (scan, k)->key) == g_utf8_get_char (next))
          next = g_utf8_next_char (next);
      if (!caps || *next)
        continue;
      Span copy = *name;
      Span *s = claim (scan, i + 1, i + 2, copy.label, SOURCE_RULE);
      if (s == NULL)
        continue;
      s->canonical = g_strdup (copy.canonical);
      s->kb = g_strdup (copy.kb);
      s->country = g_strdup (copy.country);
      g_hash_table_insert (acronyms, g_strdup (acro->key), GUINT_TO_POINTER (scan->spans->len));
    }
}

/* Inside one document a later short form names the full one: "Novak"
 * is "Tomas Novak", "MSS" the "Ministry of State Security" it was
 * introduced with; the full name written first is the canonical. */
static void
link_names (Scan *scan, GHashTable *acronyms)
{
  g_autoptr (GHashTable) full = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* key -> span+1 */
  g_autoptr (GHashTable) last = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);  /* surname -> span+1, 0: ambiguous */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || strcmp (p->label, "PERSON") != 0 || p->b - p->a < 2)
        continue;
      g_autofree char *raw = words_text (scan, p->a, p->b);
      char *key = assay_text_fold (raw, -1);
      if (!g_hash_table_contains (full, key))
        g_hash_table_insert (full, key, GUINT_TO_POINTER (k + 1));
      else
        g_free (key);
      const char *surname = word_at (scan, p->b - 1)->key;
      guint had = GPOINTER_TO_UINT (g_hash_table_lookup (last, surname));
      if (!g_hash_table_contains (last, surname))
        g_hash_table_insert (last, g_strdup (surname), GUINT_TO_POINTER (k + 1));
      else if (had && strcmp (span_at (scan, had - 1)->canonical, p->canonical) != 0)
        {
          g_autofree char *a = assay_text_fold (span_at (scan, had - 1)->canonical, -1);
          g_autofree char *b = assay_text_fold (p->canonical, -1);
          if (strcmp (a, b) != 0)
            g_hash_table_insert (last, g_strdup (surname), GUINT_TO_POINTER (0));
        }
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      /* A country is a known name, unless the document calls a person
       * by it ("Michael Jordan ... Jordan scored"). */
      if (p->dropped || (p->source == SOURCE_GAZETTEER && (p->b - p->a != 1 || strcmp (p->label, "GPE") != 0)))
        continue;
      g_autofree char *raw = words_text (scan, p->a, p->b);
      g_autofree char *key = assay_text_fold (raw, -1);
      guint to = 0;
      if (p->b - p->a >= 2 && !strcmp (p->label, "PERSON"))
        to = GPOINTER_TO_UINT (g_hash_table_lookup (full, key));
      else if (p->b - p->a == 1)
        to = GPOINTER_TO_UINT (g_hash_table_lookup (last, key));
      if (to == 0 && p->b - p->a == 1)
        to = GPOINTER_TO_UINT (g_hash_table_lookup (acronyms, key));
      if (to == 0 || to - 1 == k)
        continue;
      const Span *target = span_at (scan, to - 1);
      if (p->source == SOURCE_GAZETTEER && strcmp (target->label, "PERSON") != 0)
        continue;
      if (p->source == SOURCE_GAZETTEER)
        g_clear_pointer (&p->kb, g_free);
      p->label = target->label;
      g_free (p->canonical), p->canonical = g_strdup (target->canonical);
      if (target->kb && !p->kb)
        p->kb = g_strdup (target->kb);
      if (target->country && !p->country)
        p->country = g_strdup (target->country);
    }
  /* One name, one label in a document: a single word the tagger called
   * a person once and a place once ("said Novak", "Novak's") takes
   * the label it had most often. */
  g_autoptr (GHashTable) votes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || (p->source != SOURCE_TAGGER && !p->cued) || p->b - p->a != 1)
        continue;
      guint *count = g_hash_table_lookup (votes, word_at (scan, p->a)->key);
      if (count == NULL)
        {
          /* The first mention's label wins a tie. */
          g_hash_table_insert (votes, g_strdup (word_at (scan, p->a)->key), count = g_new0 (guint, 5));
          count[4] = label_index (p->label);
        }
      /* A label the lists confirmed (a hinted city the tagger found: GPE)
       * weighs double: "Oulu blackout" in a headline is not a person.  One
       * the text itself gave ("oil firm Yukos") decides: the tagger's
       * thirteen "Yukos said" do not outweigh it. */
      count[label_index (p->label)] += p->cued ? 1000 : strcmp (p->label, "GPE") == 0 ? 2 : 1;
    }
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      if (p->dropped || p->source != SOURCE_TAGGER || p->cued || p->b - p->a != 1)
        continue;
      const guint *count = g_hash_table_lookup (votes, word_at (scan, p->a)->key);
      guint best = count[4];
      for (guint l = 0; l < 4; l++)
        if (count[l] > count[best])
          best = l;
      if (best == label_index (p->label))
        continue;
      p->label = tagger_labels[best];
      const Word *w = word_at (scan, p->a);
      if (best == 2 && w->hint && !w->hint->faint && w->hint_len == 1 && strcmp (w->hint->label, "GPE") == 0)
        {
          /* The place the lists hinted, as find_tagged() makes it. */
          p->label = "GPE";
          p->place = TRUE;
          g_free (p->kb), p->kb = g_strdup (w->hint->kb);
          g_free (p->country), p->country = g_strdup (w->hint->country);
        }
    }

  /* A sentence's first word alone that the tagger calls a person, no
   * list knows at all (as a name, a place, a company), no full name explains and the document never
   * names again is a capitalised common word: "Fresh hope after ...",
   * "Hard act to follow" in a headline. */
  for (guint k = 0; k < scan->spans->len; k++)
    {
      Span *p = span_at (scan, k);
      const Word *w = word_at (scan, p->a);
      if (p->dropped || p->source != SOURCE_TAGGER || p->b - p->a != 1 || !w->sentence_start
          || strcmp (p->label, "PERSON") != 0 || w->hint
          || strcmp (p->canonical, w->text) != 0)
        continue;
      gboolean again = FALSE;
      for (guint o = 0; o < scan->spans->len && !again; o++)
        again = o != k && !span_at (scan, o)->dropped
                && strstr (span_at (scan, o)->canonical, w->text) != NULL;
      for (guint i = 0; i < scan->words->len && !again; i++)
        again = i != p->a && word_at (scan, i)->upper && strcmp (word_at (scan, i)->key, w->key) == 0;
      if (!again)
        {
          p->dropped = TRUE;
          word_at (scan, p->a)->span = -1;
        }
    }

  /* Words nobody tagged that are a known surname ("Novak said"), or an
   * acronym the document introduced ("BMSA inspectors"). */
  for (guint i = 0; i < scan->words->len; i++)
    {
      Word *w = word_at (scan, i);
      guint to;
      if (w->span >= 0 || !w->upper)
        continue;
      if (w->capitals && (to = GPOINTER_TO_UINT (g_hash_table_lookup (acronyms, w->key))))
        {
          Span target = *span_at (scan, to - 1);
          Span *s = claim (scan, i, i + 1, target.label, SOURCE_REPORTING);
          if (s)
            {
              s->canonical = g_strdup (target.canonical);
              s->kb = g_strdup (target.kb);
              s->country = g_strdup (target.country);
            }
          continue;
        }
      if (!(to = GPOINTER_TO_UINT (g_hash_table_lookup (last, w->key))))
        continue;
      if ((i + 1 < scan->words->len && word_at (scan, i + 1)->upper && !word_at (scan, i + 1)->glued))
        continue; /* part of a longer name nobody found */
      char *canonical = g_strdup (span_at (scan, to - 1)->canonical);
      Span *s = claim (scan, i, i + 1, "PERSON", SOURCE_REPORTING);
      if (s)
        s->canonical = canonical;
      else
        g_free (canonical);
    }
}

static gint
span_order (gconstpointer x, gconstpointer y)
{
  const Span *a = x, *b = y;
  return a->a != b->a ? (a->a < b->a ? -1 : 1) : (a->b > b->b ? -1 : a->b < b->b);
}

static gboolean
entities_process (gpointer data, AssayDocument *doc, GError **error)
{
  Scan scan = { .e = data, .text = assay_document_get_text (doc, NULL) };
  scan.words = g_array_new (FALSE, FALSE, sizeof (Word));
  scan.strings = g_string_chunk_new (16384);
  scan.scratch = g_byte_array_new ();
  scan.spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_array_set_clear_func (scan.spans, span_clear);
  g_autoptr (GHashTable) acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GArray) tokens_buf = g_array_new (FALSE, FALSE, sizeof (NerToken));
  g_autoptr (GArray) tags_buf = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean ok = TRUE;

  guint n_sentences, n_tokens;
  AssayAnnotation *const *sentences = assay_document_get_annotations (doc, "sentence", &n_sentences);
  AssayAnnotation *const *tokens = assay_document_get_annotations (doc, "token", &n_tokens);
  guint n_sections;
  AssayAnnotation *const *sections = assay_document_get_annotations (doc, "section", &n_sections);
  guint section = 0;
  for (guint s = 0; s < n_sentences; s++)
    {
      gsize start = assay_annotation_get_start (sentences[s]), end = assay_annotation_get_end (sentences[s]);
      /* A reference list's authors and titles are not what the story
       * says: its sentences are not read. */
      while (section < n_sections && assay_annotation_get_end (sections[section]) <= start)
        section++;
      if (section < n_sections && assay_annotation_get_start (sections[section]) <= start
          && assay_annotation_get_label (sections[section])
          && g_strv_contains ((const char *const *) scan.e->skip_sections, assay_annotation_get_label (sections[section])))
        continue;
      guint first = assay_document_lower_bound (doc, "token", start), last = first;
      while (last < n_tokens && assay_annotation_get_start (tokens[last]) < end)
        last++;
      guint ws = scan.words->len;
      add_sentence_words (&scan, tokens, first, last);
      guint we = scan.words->len, n = we - ws;
      if (n == 0)
        continue;

      const char **classes = find_known (&scan, ws, we);
      g_array_set_size (tokens_buf, n);
      NerSentence sent = { .n = n, .tokens = (NerToken *) (gpointer) tokens_buf->data };
      for (guint i = 0; i < n; i++)
        {
          const Word *w = word_at (&scan, ws + i);
          ner_token_init (&sent.tokens[i], scan.text + w->start, w->end - w->start, classes[i]);
        }
      g_free (classes);
      g_array_set_size (tags_buf, n);
      guint *tags = (guint *) (gpointer) tags_buf->data;
      ner_tag (scan.e->model, &sent, tags);

      find_org_shapes (&scan, ws, we);
      find_titled_people (&scan, ws, we);
      find_tagged (&scan, ws, we, tags);
      mend_split_people (&scan, ws, we);
      mend_place_prefix (&scan, ws, we);
      find_models (&scan, ws, we);
      find_cued_orgs (&scan, ws, we);
      find_reporting (&scan, ws, we);
      find_acronyms (&scan, ws, we, acronyms);
      find_roles (&scan, ws, we);
    }
  link_names (&scan, acronyms);

  g_array_sort (scan.spans, span_order); /* after this, word->span is stale */
  for (guint k = 0; k < scan.spans->len && ok; k++)
    {
      const Span *p = span_at (&scan, k);
      if (p->dropped)
        continue;
      AssayAnnotation *ann = assay_document_add_annotation (doc, "entity", word_at (&scan, p->a)->start,
                                                            word_at (&scan, p->b - 1)->end, p->label, error);
      if (ann == NULL)
        {
          ok = FALSE;
          break;
        }
      assay_annotation_set_attr (ann, "canonical", p->canonical);
      if (p->kb)
        assay_annotation_set_attr (ann, "kb", p->kb);
      if (p->country)
        assay_annotation_set_attr (ann, "country", p->country);
      if (p->role)
        assay_annotation_set_attr (ann, "role", p->role);
      if (p->role_org)
        assay_annotation_set_attr (ann, "role_org", p->role_org);
    }
  g_array_unref (scan.spans);
  g_array_unref (scan.words);
  g_string_chunk_free (scan.strings);
  g_byte_array_unref (scan.scratch);
  return ok;
}

static const AssayOptionSpec entities_options[] = {
  { .name = "model", .type = ASSAY_OPTION_PATH, .default_value = "ner.model",
    .help = "The tagger's model (format ASNER2: int8 weights in 2^bits hashed rows), trained by "
            "assay-ner-train --train FILE.conll --gazetteer DATA-FOLDER; train it with the same data folder "
            "as this stage's `data`, since the model learned how far to trust the lists" },
  { .name = "data", .type = ASSAY_OPTION_PATH, .default_value = ".",
    .help = "The folder of the knowledge files, all tab-separated text: names that claim words "
            "(countries.tsv, places.tsv, demonyms.tsv, organisations.tsv, office-holders.tsv, actors.tsv, "
            "actors-extra.tsv, and the `claim` lines of cities.tsv and subdivisions.tsv), names that only hint "
            "the tagger (companies.tsv, person-names.tsv, the `hint` lines), currency codes that are no names "
            "(currencies.tsv) and the rules' cue words (cues.tsv: titles, organisation and place heads, "
            "reporting verbs); copy the stage's data folder, edit, and point here to extend them" },
  { .name = "skip-sections", .type = ASSAY_OPTION_STRING, .default_value = "references",
    .help = "Sections (labels of cleanup's section layer, separated by ',') whose names are not tagged: "
            "a reference list's authors and titles are not the story's; empty to read everything" },
  { .name = NULL },
};

/* The section layer is read where cleanup gives it, not required. */
static const char *const entities_requires[] = { "sentence", "token", NULL };
static const char *const entities_provides[] = { "entity", NULL };

static const AssayStageDesc entities_desc = {
  ASSAY_STAGE_DESC_HEADER,
  .name = "entities",
  .version = "0.2.0",
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
