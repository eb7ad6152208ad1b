/* claims.c: claims read from sentence structure and the earlier layers.
 *
 * Each sentence is cut into words (lowercased, accents kept), and the cue
 * phrases of cues.tsv are matched on them.  The entities and dates stages
 * have already found the names and dates; a claim ties them together:
 *
 *   origin       an actor (a THREAT_ACTOR) and a country, nationality or
 *                organisation joined by nothing but bridge words ("Ember Spider,
 *                a hacker group associated with Ruritanian state security")
 *   attribution  a blame cue and the party it points at ("accused Ruritania")
 *   event-time   an event noun, a start/end/announce cue and the date right
 *                after it ("the attack began in 2022")
 *   quantity     a number, its approximation word and what it counts
 *                ("about 3,400 customers were affected")
 *   role         a person's title, as the entities stage recorded it
 *
 * Each claim records what the checks compare: `subject`, `value`, a `key`
 * that says when two claims speak of the same thing, and references to the
 * entity and timex annotations it rests on.
 */
#include "claims.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


typedef struct
{
  const Knowledge *k;
  AssayDocument *doc;
  const char *text;
  gsize sentence_start, sentence_end;
  Words *w;
  const AssayAnnotationView *entities;
  guint n_entities;
  const AssayAnnotationView *timexes;
  guint n_timexes;
  gboolean in_references;
  guint64 claims;
} Sentence;

static guint
cue_at (const Sentence *s, guint i, CueKind kind, const char **value)
{
  return words_cue (s->w, i, kind, value);
}

static gboolean
word_is (const Sentence *s, guint i, CueKind kind)
{
  return words_is (s->w, i, kind);
}

static guint
n_words (const Sentence *s)
{
  return s->w->len;
}

/* The first word at or after byte @offset. */
static guint
word_from (const Sentence *s, gsize offset)
{
  guint low = 0, high = n_words (s);
  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      if (words_at (s->w, mid)->start < offset)
        low = mid + 1;
      else
        high = mid;
    }
  return low;
}

static const AssayAnnotationView *entity_covering (const Sentence *s, gsize start, gsize end);
static guint first_from (const AssayAnnotationView *layer, guint n, gsize offset);
static void entities_between (const Sentence *s, gsize from, gsize to, guint *first, guint *last);

static const char *
attr (const AssayAnnotationView *a, const char *key)
{
  return assay_annotation_view_get_attr (a, key);
}

/* The country an entity stands for: a country itself, a nationality, or
 * anything the entities stage placed in one. */
static const char *
entity_country (const AssayAnnotationView *e)
{
  const char *label = e->label;
  const char *kb = attr (e, "kb");
  if (kb && g_str_has_prefix (kb, "iso3166:"))
    return attr (e, "canonical");
  if (g_strcmp0 (label, "NORP") == 0)
    return attr (e, "country");
  return attr (e, "country");
}

static gboolean
is_actor (const AssayAnnotationView *e)
{
  return g_strcmp0 (e->label, "THREAT_ACTOR") == 0;
}

static AssayAnnotation *
add_claim (Sentence *s, const char *type, gsize start, gsize end, GError **error)
{
  AssayAnnotation *c = assay_document_add_annotation (s->doc, "claim", start, end, type, error);
  if (c && s->in_references)
    assay_annotation_set_attr (c, "section", "references");
  s->claims++;
  return c;
}

/* Everything between @a and @b (bytes) is bridge words and punctuation.
 * With no word between, a name before the actor must be joined to it
 * ("Ruritania's Ember Spider", "Ruritanian Ember Spider"), not just put beside it by a comma
 * ("According to the agency, Ash Wolf ..."); after the actor, a comma or a colon
 * opens its description ("Ember Spider: Borduvian group"). */
static gboolean
bridged (const Sentence *s, gsize a, gsize b, gboolean actor_first)
{
  if (b < a || b - a > 80)
    return FALSE;
  guint between = 0;
  for (guint i = word_from (s, a); i < n_words (s); i++)
    {
      const Word *w = words_at (s->w, i);
      if (w->start >= b)
        break;
      if (!word_is (s, i, CUE_BRIDGE))
        return FALSE;
      between++;
    }
  if (between == 0 && !actor_first)
    for (gsize i = a; i < b; i++)
      if (strchr (",:(", s->text[i]))
        return FALSE;
  /* A clause or a list between them breaks the link ("Ember Spider; Russia"). */
  for (gsize i = a; i < b; i++)
    if (strchr (";.?!", s->text[i]))
      return FALSE;
  return TRUE;
}

static gboolean
origin_claims (Sentence *s, GError **error)
{
  for (guint i = 0; i < s->n_entities; i++)
    {
      const AssayAnnotationView *actor = &s->entities[i];
      if (!is_actor (actor))
        continue;
      gsize as = actor->start, ae = actor->end;
      /* bridged() spans 80 bytes at most; a name before the actor is
       * seldom longer than 120. */
      guint from, to;
      entities_between (s, as > 200 ? as - 200 : 0, ae + 81, &from, &to);
      for (guint j = from; j < to; j++)
        {
          const AssayAnnotationView *e = &s->entities[j];
          if (j == i || is_actor (e))
            continue;
          const char *country = entity_country (e);
          const char *label = e->label;
          gboolean organisation = g_strcmp0 (label, "ORG") == 0;
          if (country == NULL)
            continue;
          gsize es = e->start, ee = e->end;
          if (!(ee <= as ? bridged (s, ee, as, FALSE) : es >= ae && bridged (s, ae, es, TRUE)))
            continue;
          /* "Ember Spider, Ruritanian officials said": who speaks, not
           * where the actor comes from. */
          guint next = word_from (s, ee);
          if (es >= ae && next < n_words (s) && word_is (s, next, CUE_SPEAKER)
              && words_at (s->w, next)->start == ee + 1 && s->text[ee] == ' ')
            continue;
          AssayAnnotation *c = add_claim (s, CLAIM_ORIGIN, MIN (as, es), MAX (ae, ee), error);
          if (c == NULL)
            return FALSE;
          assay_annotation_set_attr (c, "subject", attr (actor, "canonical"));
          assay_annotation_set_attr (c, "value", country);
          assay_annotation_set_attr (c, "key", attr (actor, "canonical"));
          if (organisation)
            assay_annotation_set_attr (c, "affiliation", attr (e, "canonical"));
          assay_annotation_add_ref (c, "entity", actor->annotation);
          assay_annotation_add_ref (c, "entity", e->annotation);
        }
    }
  return TRUE;
}


/* The place an entity names, as a country: a country itself, or the
 * country a city or region lies in. */
static const char *
place_country (const AssayAnnotationView *e)
{
  const char *label = e->label;
  if (g_strcmp0 (label, "GPE") != 0 && g_strcmp0 (label, "LOC") != 0)
    return NULL;
  return entity_country (e);
}

/* Where an organisation is based: "Avast, based in Prague", "the firm,
 * headquartered in Prague", "Prague-based Avast" (cues.tsv's base words,
 * after a short description without another name).  Companies,
 * agencies and groups get the origin claims threat actors get from their
 * descriptions; reports that base one organisation in two countries
 * disagree. */
static gboolean
base_claims (Sentence *s, GError **error)
{
  for (guint i = 0; i < s->n_entities; i++)
    {
      const AssayAnnotationView *org = &s->entities[i];
      /* Threat actors have theirs from origin_claims(), "based in" among
       * its bridge words; places and nationalities are no organisations.
       * A name the entities stage took for a person or a place is one
       * when its description says so ("a shipping company based in"). */
      const char *label = org->label;
      if (is_actor (org) || g_strcmp0 (label, "GPE") == 0 || g_strcmp0 (label, "NORP") == 0)
        continue;
      gboolean organisation = g_strcmp0 (label, "ORG") == 0;
      gsize os = org->start, oe = org->end;
      guint from, to;
      entities_between (s, os > 200 ? os - 200 : 0, oe + 61, &from, &to);
      for (guint j = from; j < to; j++)
        {
          const AssayAnnotationView *place = &s->entities[j];
          const char *country = place_country (place);
          if (j == i || country == NULL)
            continue;
          gsize ps = place->start, pe = place->end;
          gboolean based = FALSE;
          if (pe <= os)
            {
              /* "Prague-based Avast", "a Prague-based security firm, Avast" */
              static const char suffix[] = "-based";
              if (organisation && pe + strlen (suffix) <= os
                  && g_ascii_strncasecmp (s->text + pe, suffix, strlen (suffix)) == 0)
                based = bridged (s, pe + strlen (suffix), os, TRUE) && os - pe < 60;
            }
          else if (ps >= oe && ps - oe <= 60)
            {
              /* "Avast, a security firm based in Prague": a short
               * description of the organisation, no other name in it. */
              guint k = word_from (s, oe), first = k;
              gboolean described = organisation;
              while (k < n_words (s) && k < first + 6 && words_at (s->w, k)->end <= ps
                     && !words_cue (s->w, k, CUE_BASE, NULL)
                     && !entity_covering (s, words_at (s->w, k)->start, words_at (s->w, k)->end))
                described |= word_is (s, k++, CUE_ORGANISATION);
              guint n = k < n_words (s) ? words_cue (s->w, k, CUE_BASE, NULL) : 0;
              based = described && n > 0 && k + n < n_words (s) && words_at (s->w, k + n)->start == ps;
              for (gsize b = oe; based && b < ps; b++)
                based = !strchr (";.?!", s->text[b]);
            }
          if (!based)
            continue;
          AssayAnnotation *c = add_claim (s, CLAIM_ORIGIN, MIN (os, ps), MAX (oe, pe), error);
          if (c == NULL)
            return FALSE;
          assay_annotation_set_attr (c, "subject", attr (org, "canonical"));
          assay_annotation_set_attr (c, "value", country);
          assay_annotation_set_attr (c, "key", attr (org, "canonical"));
          assay_annotation_set_attr (c, "base", attr (place, "canonical"));
          assay_annotation_add_ref (c, "entity", org->annotation);
          assay_annotation_add_ref (c, "entity", place->annotation);
        }
    }
  return TRUE;
}

static gboolean
blamable (const AssayAnnotationView *e)
{
  const char *label = e->label;
  return is_actor (e) || g_strcmp0 (label, "GPE") == 0 || g_strcmp0 (label, "NORP") == 0
         || (g_strcmp0 (label, "ORG") == 0 && attr (e, "country"));
}

static const char *sentence_event (const Sentence *s);

static gboolean
attribution_claims (Sentence *s, GError **error)
{
  const char *event = sentence_event (s);
  /* The first two people, countries or organisations of the sentence:
   * who blames is the first of them that is not the blamed. */
  const AssayAnnotationView *speakers[2] = { NULL, NULL };
  for (guint j = 0, found = 0; j < s->n_entities && found < 2; j++)
    {
      const char *label = s->entities[j].label;
      if (g_strcmp0 (label, "GPE") == 0 || g_strcmp0 (label, "ORG") == 0 || g_strcmp0 (label, "PERSON") == 0)
        speakers[found++] = &s->entities[j];
    }
  for (guint i = 0; i < n_words (s); i++)
    {
      gboolean after = TRUE;
      guint n = cue_at (s, i, CUE_BLAME_AFTER, NULL);
      if (n == 0)
        n = cue_at (s, i, CUE_BLAME_BEFORE, NULL), after = FALSE;
      if (n == 0)
        continue;
      /* "Hackers blamed for Oulu power cut", "China was accused of the
       * hack": what follows "for" or "of" is the deed; the blamed party
       * stands before the cue. */
      if (after && i + n < n_words (s)
          && (strcmp (words_folded (s->w, i + n), "for") == 0 || strcmp (words_folded (s->w, i + n), "of") == 0))
        after = FALSE;
      /* "did not blame", "denied being responsible": no claim. */
      gboolean negated = FALSE;
      for (guint j = i >= 3 ? i - 3 : 0; j < i; j++)
        negated |= word_is (s, j, CUE_NEGATION);
      gsize cue_start = words_at (s->w, i)->start;
      gsize cue_end = words_at (s->w, i + n - 1)->end;
      const AssayAnnotationView *blamed = NULL, *blamer = NULL;
      /* The blamed party: the first blamable name within 60 bytes after
       * the cue, or the nearest before it. */
      guint from, to;
      if (after)
        entities_between (s, cue_end, cue_end + 61, &from, &to);
      else
        entities_between (s, cue_start > 260 ? cue_start - 260 : 0, cue_start, &from, &to);
      for (guint j = from; j < to; j++)
        {
          const AssayAnnotationView *e = &s->entities[j];
          gsize ee = e->end;
          if (after && blamed == NULL && blamable (e))
            blamed = e;
          if (!after && ee <= cue_start && cue_start - ee <= 60 && blamable (e))
            blamed = e;
        }
      /* Who blames: the sentence's first person, country or organisation
       * before the cue. */
      for (guint j = 0; blamed && j < G_N_ELEMENTS (speakers) && speakers[j]; j++)
        if (speakers[j] != blamed && speakers[j]->end <= cue_start)
          {
            blamer = speakers[j];
            break;
          }
      if (negated || blamed == NULL)
        {
          i += n - 1;
          continue;
        }
      gsize bs = blamed->start, be = blamed->end;
      AssayAnnotation *c = add_claim (s, CLAIM_ATTRIBUTION, MIN (cue_start, bs), MAX (cue_end, be), error);
      if (c == NULL)
        return FALSE;
      const char *value = is_actor (blamed) ? attr (blamed, "canonical") : entity_country (blamed);
      assay_annotation_set_attr (c, "subject", blamer ? attr (blamer, "canonical") : "");
      assay_annotation_set_attr (c, "value", value ? value : attr (blamed, "canonical"));
      if (entity_country (blamed))
        assay_annotation_set_attr (c, "country", entity_country (blamed));
      assay_annotation_set_attr (c, "key", blamer ? attr (blamer, "canonical") : "");
      /* What the blame is for: reports are compared on one event only. */
      if (event)
        assay_annotation_set_attr (c, "event", event);
      if (blamer)
        assay_annotation_add_ref (c, "entity", blamer->annotation);
      assay_annotation_add_ref (c, "entity", blamed->annotation);
      i += n - 1;
    }
  return TRUE;
}

/* The event the sentence speaks of ("attack"), unless only as another one
 * ("similar attacks").  Returns: (transfer none) its class, or NULL. */
static const char *
sentence_event (const Sentence *s)
{
  for (guint i = 0; i < n_words (s); i++)
    {
      const char *cls = words_value (s->w, i, CUE_EVENT);
      if (cls == NULL)
        continue;
      gboolean other = (i >= 1 && word_is (s, i - 1, CUE_UNRELATED)) || (i >= 2 && word_is (s, i - 2, CUE_UNRELATED));
      if (!other)
        return cls;
    }
  return NULL;
}

static gboolean
dated_value (const char *value)
{
  return value && g_ascii_isdigit (value[0]) && strlen (value) >= 4 && !strchr (value, 'X') && value[4] != 'W'
         && (value[4] == '\0' || (value[4] == '-' && g_ascii_isdigit (value[5])));
}

/* Does a clause end between word @i and the next ("...; the talks
 * began")? */
static gboolean
clause_ends_after (const Sentence *s, guint i)
{
  const Word *w = words_at (s->w, i), *next = words_at (s->w, i + 1);
  for (gsize b = w->end; b < next->start; b++)
    if (strchr (";:.?!", s->text[b]))
      return TRUE;
  return FALSE;
}

/* With no event noun before the cue, the clause may still say what began
 * by a word of the kinds of event (cues.tsv story-event) that is an event
 * class too: "Hackers began targeting the ministry in March 2023" is an
 * attack's start.  "The company began operations in 1990" names none. */
static const char *
event_by_kind (const Sentence *s, guint cue)
{
  for (guint back = 1; back <= 8 && back <= cue; back++)
    {
      guint i = cue - back;
      if (clause_ends_after (s, i))
        return NULL;
      const char *kind = words_value (s->w, i, CUE_STORY_EVENT);
      if (kind == NULL || entity_covering (s, words_at (s->w, i)->start, words_at (s->w, i)->end))
        continue;
      GHashTableIter iter;
      gpointer value;
      g_hash_table_iter_init (&iter, s->k->cues[CUE_EVENT]);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        if (strcmp (value, kind) == 0)
          return value;
    }
  return NULL;
}

/* The event a date cue at word @cue speaks of: an event noun in the few
 * words before it, in its clause ("the attack on the port began in
 * March"), not a verb with its object ("fighting cancer since 2004") and
 * not only as another event ("similar attacks").  Returns: (transfer none)
 * its class, or NULL. */
static const char *
event_before (const Sentence *s, guint cue)
{
  for (guint back = 1; back <= 8 && back <= cue; back++)
    {
      guint i = cue - back;
      if (clause_ends_after (s, i))
        return NULL;
      const Word *next = words_at (s->w, i + 1);
      const char *cls = words_value (s->w, i, CUE_EVENT);
      if (cls == NULL)
        continue;
      if ((i >= 1 && word_is (s, i - 1, CUE_UNRELATED)) || (i >= 2 && word_is (s, i - 2, CUE_UNRELATED)))
        return NULL;
      const char *f = words_folded (s->w, i);
      gsize n = strlen (f);
      if (n > 4 && g_str_has_suffix (f, "ing") && i + 1 < cue && !word_is (s, i + 1, CUE_BRIDGE)
          && g_unichar_islower (g_utf8_get_char (s->text + next->start)))
        return NULL;
      return cls;
    }
  return event_by_kind (s, cue);
}

/* "its worst crisis since 1989": a record measured since a date, which
 * starts nothing. */
static gboolean
compares_since (const Sentence *s, guint cue)
{
  /* "the most serious cyber incident at a European port since 2017": the
   * comparison may stand a dozen words back, in the same clause. */
  for (guint back = 1; back <= 12 && back <= cue; back++)
    {
      guint i = cue - back;
      if (clause_ends_after (s, i))
        return FALSE;
      if (word_is (s, i, CUE_COMPARISON))
        return TRUE;
    }
  return FALSE;
}

static gboolean
event_time_claims (Sentence *s, GError **error)
{
  const AssayAnnotationView *actor = NULL;
  for (guint j = 0; j < s->n_entities && actor == NULL; j++)
    if (is_actor (&s->entities[j]))
      actor = &s->entities[j];
  static const CueKind kinds[] = { CUE_START, CUE_END, CUE_ANNOUNCE };
  static const char *const names[] = { "start", "end", "announce" };
  for (guint i = 0; i < n_words (s); i++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        guint n = cue_at (s, i, kinds[k], NULL);
        if (n == 0)
          continue;
        const char *event = event_before (s, i);
        if (event == NULL || (kinds[k] == CUE_START && strcmp (words_folded (s->w, i), "since") == 0
                              && compares_since (s, i)))
          {
            i += n - 1;
            break;
          }
        gsize cue_end = words_at (s->w, i + n - 1)->end;
        /* The date must follow at once, or after "in", "on", "as early as". */
        for (guint t = first_from (s->timexes, s->n_timexes, cue_end); t < s->n_timexes; t++)
          {
            const AssayAnnotationView *x = &s->timexes[t];
            gsize xs = x->start;
            gboolean time = g_strcmp0 (x->label, "TIME") == 0;
            if (xs < cue_end || !(time || g_strcmp0 (x->label, "DATE") == 0))
              continue;
            guint between = 0;
            for (guint j = i + n; j < n_words (s) && words_at (s->w, j)->start < xs; j++)
              between++;
            /* "began targeting the ministry in March": a verb in -ing
             * after the cue carries the date a few words on, in its
             * clause. */
            const char *after = i + n < n_words (s) ? words_folded (s->w, i + n) : "";
            gboolean carried = strlen (after) > 4 && g_str_has_suffix (after, "ing") && between <= 5
                               && xs - cue_end <= 48;
            for (gsize b = cue_end; carried && b < xs; b++)
              carried = !strchr (",;:.?!", s->text[b]);
            if (!carried && (between > 2 || xs - cue_end > 16))
              break;
            const char *value = attr (x, "value");
            /* A time ("late on Friday night", "at 3 p.m. on 7 May") dates
             * the event by its day, so that it meets a report that names
             * only the day at the same precision. */
            g_autofree char *day = time && value && strlen (value) > 10 && value[10] == 'T' ? g_strndup (value, 10) : NULL;
            if (time)
              value = day;
            if (!dated_value (value))
              break;
            AssayAnnotation *c = add_claim (s, CLAIM_EVENT_TIME, words_at (s->w, i)->start,
                                            x->end, error);
            if (c == NULL)
              return FALSE;
            g_autofree char *key = g_strdup_printf ("%s %s", event, names[k]);
            assay_annotation_set_attr (c, "subject", actor ? attr (actor, "canonical") : "");
            assay_annotation_set_attr (c, "value", value);
            assay_annotation_set_attr (c, "key", key);
            if (attr (x, "mod"))
              assay_annotation_set_attr (c, "mod", attr (x, "mod"));
            if (actor)
              assay_annotation_add_ref (c, "entity", actor->annotation);
            assay_annotation_add_ref (c, "timex", x->annotation);
            break;
          }
        i += n - 1;
        break;
      }
  return TRUE;
}

/* The value of the number written at word @i ("3,400", "seven",
 * "twenty-five", "1.5 million"), and how many words it takes; 0 if none. */
static guint
number_at (const Sentence *s, guint i, double *value)
{
  const char *w = words_folded (s->w, i);
  double v = 0;
  if (g_ascii_isdigit (w[0]))
    {
      char digits[64];
      gsize n = 0;
      /* "3,000-strong": the number before the suffix. */
      const char *stop = g_str_has_suffix (w, "-strong") ? w + strlen (w) - strlen ("-strong") : NULL;
      for (const char *p = w; *p && p != stop; p++)
        if ((g_ascii_isdigit (*p) || *p == '.') && n + 1 < sizeof digits)
          digits[n++] = *p;
        else if (*p != ',')
          return 0; /* "737-800", "5G", or too long to be a count */
      digits[n] = '\0';
      v = g_ascii_strtod (digits, NULL);
    }
  else if (words_is (s->w, i, CUE_NUMBER))
    v = g_ascii_strtod (words_value (s->w, i, CUE_NUMBER), NULL);
  else if (strchr (w, '-') == NULL)
    return 0; /* most words: no number, found by one bit */
  else
    {
      /* "twenty-five": each part a number word. */
      g_auto (GStrv) parts = g_strsplit (w, "-", -1);
      for (char **p = parts; *p; p++)
        {
          const char *pv = g_hash_table_lookup (s->k->cues[CUE_NUMBER], *p);
          if (pv == NULL)
            return 0;
          v += g_ascii_strtod (pv, NULL);
        }
    }
  guint n = 1;
  const char *scale = words_value (s->w, i + 1, CUE_NUMBER);
  if (scale && g_ascii_strtod (scale, NULL) >= 100)
    v *= g_ascii_strtod (scale, NULL), n = 2;
  *value = v;
  return v > 0 ? n : 0;
}

/* The first of @n annotations (sorted by start) that starts at or after
 * @offset.  Every lookup of a sentence's names and dates is a binary
 * search: a sentence of 100,000 dates must not cost 100,000 squared. */
static guint
first_from (const AssayAnnotationView *layer, guint n, gsize offset)
{
  return assay_annotation_view_lower_bound (layer, n, offset);
}

/* The annotation that covers [@start, @end), among the few that start at
 * or before @start (annotations of one layer seldom nest deeper). */
static const AssayAnnotationView *
covering (const AssayAnnotationView *layer, guint n, gsize start, gsize end)
{
  guint i = first_from (layer, n, start + 1);
  for (guint k = 0; k < 8 && i > 0; k++, i--)
    if (end <= layer[i - 1].end)
      return &layer[i - 1];
  return NULL;
}

static gboolean
inside_any (const AssayAnnotationView *layer, guint n, gsize start, gsize end)
{
  return covering (layer, n, start, end) != NULL;
}

static const AssayAnnotationView *
entity_covering (const Sentence *s, gsize start, gsize end)
{
  return covering (s->entities, s->n_entities, start, end);
}

/* The sentence's entities that start in [@from, @to). */
static void
entities_between (const Sentence *s, gsize from, gsize to, guint *first, guint *last)
{
  *first = first_from (s->entities, s->n_entities, from);
  *last = first_from (s->entities, s->n_entities, to);
}

static char *
singular (const char *word)
{
  gsize n = strlen (word);
  if (n > 4 && g_str_has_suffix (word, "ies"))
    return g_strdup_printf ("%.*sy", (int) n - 3, word);
  if (n > 4 && (g_str_has_suffix (word, "ches") || g_str_has_suffix (word, "shes") || g_str_has_suffix (word, "sses")
                || g_str_has_suffix (word, "xes")))
    return g_strndup (word, n - 2);
  if (n > 3 && word[n - 1] == 's' && word[n - 2] != 's' && word[n - 2] != 'u')
    return g_strndup (word, n - 1);
  return g_strdup (word);
}

/* Is word @j a plural noun ("tankers", "people")? */
static gboolean
plural_word (const Sentence *s, guint j)
{
  if (word_is (s, j, CUE_PLURAL))
    return TRUE;
  const char *w = words_folded (s->w, j);
  gsize n = strlen (w);
  return n > 3 && w[n - 1] == 's' && !g_str_has_suffix (w, "ss") && !g_str_has_suffix (w, "us")
         && !g_str_has_suffix (w, "is");
}

/* "a 3,000-strong force": the number counts the members of one thing. */
static gboolean
strong_count (const Sentence *s, guint i)
{
  return g_str_has_suffix (words_folded (s->w, i), "-strong");
}

/* What the number before word @from counts: the noun phrase that starts
 * there, up to five words, and its head.  A count over one (@plural) needs
 * a plural head, the first plural noun ("179 new aerial refueling
 * tankers"): a number whose phrase has none is a model, a version or a
 * label ("777 airliner", "2.0 update").  A nationality in the phrase
 * qualifies it ("seven Ruritanian nationals"): @qualifier.  Returns the
 * head's word index, 0 when there is none. */
static guint
quantity_head (const Sentence *s, guint from, gboolean plural, const char **qualifier)
{
  *qualifier = NULL;
  guint head = 0;
  for (guint j = from; j < n_words (s) && j < from + 5; j++)
    {
      const Word *x = words_at (s->w, j);
      /* Only spaces between the number and the words of the phrase. */
      if (j > 0)
        {
          const Word *prev = words_at (s->w, j - 1);
          gboolean spaced = TRUE;
          for (gsize b = prev->end; b < x->start; b++)
            spaced &= s->text[b] == ' ' || s->text[b] == '-';
          if (!spaced)
            break;
        }
      const AssayAnnotationView *e = entity_covering (s, x->start, x->end);
      if (e && g_strcmp0 (e->label, "NORP") == 0)
        {
          *qualifier = attr (e, "country");
          continue;
        }
      const char *xf = words_folded (s->w, j);
      gsize len = strlen (xf);
      /* Names, measures, numbers and verbs end the phrase ("4 began"). */
      if (e || word_is (s, j, CUE_COUNTED_STOP) || !g_unichar_islower (g_utf8_get_char (s->text + x->start))
          || g_ascii_isdigit (xf[0]) || len < 3 || word_is (s, j, CUE_NUMBER) || word_is (s, j, CUE_PAST)
          || word_is (s, j, CUE_START) || word_is (s, j, CUE_END) || word_is (s, j, CUE_FUTURE)
          || (len > 4 && g_str_has_suffix (xf, "ly")))
        break;
      gboolean participle = len > 4 && (g_str_has_suffix (xf, "ed") || g_str_has_suffix (xf, "ing"));
      if (plural)
        {
          if (!participle && plural_word (s, j))
            return j;
          /* A participle may stand before the head ("1,200 stranded
           * containers", "refueling tankers"); so may an adjective. */
          continue;
        }
      if (participle)
        {
          if (head)
            break;
          continue;
        }
      head = j;
      /* A verb cue ends the phrase ("one ship stranded"). */
      if (j + 1 < n_words (s) && word_is (s, j + 1, CUE_VERB))
        break;
    }
  /* "one affected": no thing counted. */
  return plural || (head && word_is (s, head, CUE_VERB)) ? 0 : head;
}

static gboolean
quantity_claims (Sentence *s, GError **error)
{
  for (guint i = 0; i < n_words (s); i++)
    {
      const Word *w = words_at (s->w, i);
      double value;
      guint n = number_at (s, i, &value);
      if (n == 0)
        continue;
      gsize num_start = w->start, num_end = words_at (s->w, i + n - 1)->end;
      /* Dates and names hold numbers that count nothing. */
      if (inside_any (s->timexes, s->n_timexes, num_start, num_end) || entity_covering (s, num_start, num_end)
          || (num_start > 0 && strchr ("$€£#", s->text[num_start - 1])))
        {
          i += n - 1;
          continue;
        }
      /* A number right after a name is a model or an edition, not a
       * count ("the Boeing 787", "Windows 95"); the sentence's first word
       * is capitalised anyway ("Some 3,400"). */
      if (i >= 2 && w->start == words_at (s->w, i - 1)->end + 1 && s->text[w->start - 1] == ' '
          && g_unichar_isupper (g_utf8_get_char (s->text + words_at (s->w, i - 1)->start))
          && !word_is (s, i - 1, CUE_APPROX))
        {
          i += n - 1;
          continue;
        }
      /* "12 of its 40 stores": the first counts a part of the stores. */
      guint from = i + n;
      const char *of = NULL;
      guint part = cue_at (s, from, CUE_PART_OF, &of);
      from += part;
      double total;
      if (part)
        from += number_at (s, from, &total); /* "of its 40 stores" */
      /* "one of the busiest harbours" singles one out; it counts nothing. */
      if (part && value == 1)
        {
          i += n - 1;
          continue;
        }
      const char *qualifier_of;
      guint head = quantity_head (s, from, value != 1 && !strong_count (s, i), &qualifier_of);
      if (head == 0)
        {
          i += n - 1;
          continue;
        }
      const char *qualifier = qualifier_of;
      /* How exact: the approximation words just before the number. */
      const char *approx = "exact";
      gsize start = num_start;
      for (guint back = 1; back <= 3 && back <= i; back++)
        {
          const char *v;
          if (cue_at (s, i - back, CUE_APPROX, &v) == back)
            {
              approx = v;
              start = words_at (s->w, i - back)->start;
              break;
            }
        }
      /* What happened to them: a verb cue after the phrase (past a form of
       * "be") or just before the number ("killed 12 people"). */
      const char *verb = NULL;
      for (guint j = head + 1; j < n_words (s) && j <= head + 3 && verb == NULL; j++)
        verb = words_value (s->w, j, CUE_VERB);
      for (guint j = i > 2 ? i - 2 : 0; j < i && verb == NULL; j++)
        verb = words_value (s->w, j, CUE_VERB);

      const Word *h = words_at (s->w, head);
      g_autofree char *noun = singular (words_folded (s->w, head));
      g_autofree char *key = g_strdup_printf ("%s%s%s%s%s%s", qualifier ? qualifier : "", qualifier ? " " : "", noun,
                                              part ? " part" : "", verb ? " " : "", verb ? verb : "");
      AssayAnnotation *c = add_claim (s, CLAIM_QUANTITY, start, h->end, error);
      if (c == NULL)
        return FALSE;
      char number[G_ASCII_DTOSTR_BUF_SIZE];
      g_ascii_formatd (number, sizeof number, "%.15g", value);
      assay_annotation_set_attr (c, "subject", noun);
      assay_annotation_set_attr (c, "value", number);
      assay_annotation_set_attr (c, "approx", approx);
      /* Two counts are of one quantity when they count the same thing
       * and say the same happened to it ("12 people were killed", "30
       * people killed"), or nothing; a part ("12 of its stores") is not
       * the whole. */
      assay_annotation_set_attr (c, "key", key);
      i = head;
    }
  return TRUE;
}

/* The office a title names, and its organisation: the entities stage's
 * `role_org` when it found one, else the only one the title allows, else
 * the one the knowledge base has this person holding that office at. */
static gboolean
resolve_office (const Knowledge *k, const char *person, const char *title, const char *role_org,
                const char **office, const char **org)
{
  g_autofree char *folded = assay_text_fold (title, -1);
  GPtrArray *options = NULL;
  /* "Commission President": the organisation named with the title may
   * make it another office than the title alone names. */
  if (role_org && *role_org)
    {
      g_autofree char *with_org = g_strdup_printf ("%s %s", role_org, title);
      g_autofree char *folded_org = assay_text_fold (with_org, -1);
      options = g_hash_table_lookup (k->roles, folded_org);
      if (options)
        role_org = NULL; /* the alias names the organisation itself */
    }
  if (options == NULL)
    options = g_hash_table_lookup (k->roles, folded);
  if (options == NULL)
    {
      /* "Ruritanian Foreign Minister": the title's last words may be the
       * alias, unless a word before them makes it another office ("Vice
       * President", "Deputy Prime Minister"). */
      for (char *p = strchr (folded, ' '); p && options == NULL; p = strchr (p + 1, ' '))
        {
          *p = '\0';
          gboolean other_office = FALSE;
          g_auto (GStrv) before = g_strsplit_set (folded, " -", -1);
          for (char **w = before; *w && !other_office; w++)
            other_office = g_hash_table_contains (k->cues[CUE_OFFICE_CHANGER], *w);
          *p = ' ';
          if (other_office)
            return FALSE;
          options = g_hash_table_lookup (k->roles, p + 1);
        }
    }
  if (options == NULL)
    return FALSE;
  g_autofree char *person_key = assay_text_fold (person, -1);
  GPtrArray *held = g_hash_table_lookup (k->by_holder, person_key);
  for (guint i = 0; i < options->len; i++)
    {
      char **pair = options->pdata[i];
      if (role_org && *role_org && *pair[1] && strcmp (pair[1], role_org) != 0)
        continue;
      if (role_org && *role_org)
        {
          *office = pair[0], *org = *pair[1] ? pair[1] : role_org;
          return TRUE;
        }
      /* No organisation named: the person's own term of that office, if
       * they held it at one only. */
      const char *found = NULL;
      for (guint t = 0; held && t < held->len; t++)
        {
          const Term *term = held->pdata[t];
          /* Without an organisation named, only an office the base has
           * this person holding ("Chancellor Gordon Brown" is no German
           * chancellor). */
          if (strcmp (term->office, pair[0]) != 0 || (*pair[1] && strcmp (term->org, pair[1]) != 0))
            continue;
          if (found && strcmp (found, term->org) != 0)
            return FALSE;
          found = term->org;
        }
      if (found)
        {
          *office = pair[0], *org = found;
          return TRUE;
        }
    }
  return FALSE;
}

/* A word like "former" in the few words before the title. */
static gboolean
title_in_past (const Sentence *s, gsize entity_start, const char *title)
{
  gsize reach = strlen (title) + 24;
  gsize from = entity_start > s->sentence_start + reach ? entity_start - reach : s->sentence_start;
  for (guint i = word_from (s, from); i < n_words (s); i++)
    {
      const Word *w = words_at (s->w, i);
      if (w->start >= entity_start)
        break;
      if (word_is (s, i, CUE_FORMER))
        return TRUE;
    }
  return FALSE;
}

static gboolean
role_claims (Sentence *s, GError **error)
{
  for (guint i = 0; i < s->n_entities; i++)
    {
      const AssayAnnotationView *e = &s->entities[i];
      const char *title = attr (e, "role");
      if (title == NULL || g_strcmp0 (e->label, "PERSON") != 0)
        continue;
      const char *person = attr (e, "canonical");
      AssayAnnotation *c = add_claim (s, CLAIM_ROLE, e->start, e->end, error);
      if (c == NULL)
        return FALSE;
      g_autofree char *lower = g_utf8_strdown (title, -1);
      assay_annotation_set_attr (c, "subject", person);
      assay_annotation_set_attr (c, "value", lower);
      assay_annotation_set_attr (c, "key", person);
      assay_annotation_set_attr (c, "title", title);
      const char *office, *org;
      if (resolve_office (s->k, person, title, attr (e, "role_org"), &office, &org))
        {
          assay_annotation_set_attr (c, "office", office);
          assay_annotation_set_attr (c, "org", org);
        }
      if (title_in_past (s, e->start, title))
        assay_annotation_set_attr (c, "former", "true");
      assay_annotation_add_ref (c, "entity", e->annotation);
    }
  return TRUE;
}

/* The slice of @all (@total views of a layer) within [@start, @end). */
static const AssayAnnotationView *
within (const AssayAnnotationView *all, guint total, gsize start, gsize end, guint *n)
{
  guint first = first_from (all, total, start), last = first;
  while (last < total && all[last].start < end)
    last++;
  /* Keep only what ends inside the sentence too. */
  while (last > first && all[last - 1].end > end)
    last--;
  *n = last - first;
  return all ? all + first : NULL;
}

/* Whether the section of @sections (@n views) that holds @offset is
 * labelled @label. */
static gboolean
in_section (const AssayAnnotationView *sections, guint n, gsize offset, const char *label)
{
  for (guint i = 0; i < n; i++)
    if (sections[i].start <= offset && offset < sections[i].end)
      return g_strcmp0 (sections[i].label, label) == 0;
  return FALSE;
}

/* summary.c asks this for each name and date: the getters, not a view
 * allocated and copied for each question. */
gboolean
claims_in_section (const AssayDocument *doc, gsize offset, const char *label)
{
  guint n;
  AssayAnnotation *const *sections = assay_document_get_annotations (doc, "section", &n);
  for (guint i = 0; i < n; i++)
    if (assay_annotation_get_start (sections[i]) <= offset && offset < assay_annotation_get_end (sections[i]))
      return g_strcmp0 (assay_annotation_get_label (sections[i]), label) == 0;
  return FALSE;
}

gboolean
claims_extract (const Knowledge *k, AssayDocument *doc, GError **error)
{
  gsize length;
  const char *text = assay_document_get_text (doc, &length);
  /* Each layer read once, as one array: claims are added to a layer of
   * their own, so these views stay whole while the sentences are read. */
  guint n_sentences, n_entities, n_timexes, n_sections;
  g_autofree AssayAnnotationView *sentences = assay_document_view_layer (doc, "sentence", &n_sentences);
  g_autofree AssayAnnotationView *entities = assay_document_view_layer (doc, "entity", &n_entities);
  g_autofree AssayAnnotationView *timexes = assay_document_view_layer (doc, "timex", &n_timexes);
  g_autofree AssayAnnotationView *sections = assay_document_view_layer (doc, "section", &n_sections);
  Words words;
  words_init (&words);
  gboolean ok = TRUE;
  for (guint i = 0; i < n_sentences && ok; i++)
    {
      Sentence s = { k, doc, text, sentences[i].start, sentences[i].end,
                     &words, NULL, 0, NULL, 0, FALSE, 0 };
      s.entities = within (entities, n_entities, s.sentence_start, s.sentence_end, &s.n_entities);
      s.timexes = within (timexes, n_timexes, s.sentence_start, s.sentence_end, &s.n_timexes);
      s.in_references = in_section (sections, n_sections, s.sentence_start, "references");
      words_cut (&words, k->trie, text, s.sentence_start, s.sentence_end);
      /* Claims in a reference list are the cited work's: its origins are
       * kept (a citation can misdescribe an actor), its dates and numbers
       * are not. */
      ok = origin_claims (&s, error) && base_claims (&s, error) && role_claims (&s, error)
           && (s.in_references
               || (attribution_claims (&s, error) && event_time_claims (&s, error) && quantity_claims (&s, error)));
    }
  words_clear (&words);
  return ok;
}
