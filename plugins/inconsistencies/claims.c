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
 *                ("about 3,400 customers were affected"): quantities.c
 *   role         a person's title, as the entities stage recorded it
 *
 * Each claim records what the checks compare: `subject`, `value`, a `key`
 * that says when two claims speak of the same thing, and references to the
 * entity and timex annotations it rests on.
 */
#include "sentence.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* In the passive, does the name ending at byte @name_end say what
 * follows, before the cue at byte @cue_start?  It does through a speech
 * verb within three words ("Polish officials said the attack was carried
 * out by ..."), or when nothing but speaker words stand between it and
 * the cue ("a hack that Dutch officials blamed on ..."; but not "Cyberattack
 * on Gdańsk port blamed on ..."). */
static gboolean
speaks_before (const Sentence *s, gsize name_end, gsize cue_start)
{
  gboolean only_speakers = TRUE;
  guint k = word_from (s, name_end);
  for (guint seen = 0; k < n_words (s) && words_at (s->w, k)->end <= cue_start; seen++, k++)
    {
      if (seen < 3 && word_is (s, k, CUE_SPEECH))
        return TRUE;
      only_speakers &= word_is (s, k, CUE_SPEAKER);
    }
  /* A name right before the cue is the deed's ("Cyberattack on Estonia
   * blamed on ..."). */
  return only_speakers && k > word_from (s, name_end);
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

/* Is the organisation at @os..@oe described by the nationality at
 * @ps..@pe: "Maersk, the Danish shipping group", "Danish shipping giant
 * Maersk"?  The nationality opens or closes a short description that
 * names what the organisation is (cues.tsv `organisation`), joined to the
 * name by a comma after it or by nothing before it.  @end: where the
 * description ends. */
static gboolean
described_by_nationality (const Sentence *s, gsize os, gsize oe, gsize ps, gsize pe, gsize *end)
{
  if (ps >= oe)
    {
      /* "Maersk, the Danish shipping group" */
      if (ps - oe > 8 || s->text[oe] != ',')
        return FALSE;
      for (guint k = word_from (s, oe); k < n_words (s) && words_at (s->w, k)->start < ps; k++)
        {
          const char *w = words_folded (s->w, k);
          if (strcmp (w, "a") != 0 && strcmp (w, "an") != 0 && strcmp (w, "the") != 0)
            return FALSE;
        }
      guint first = word_from (s, pe);
      for (guint k = first; k < n_words (s) && k < first + 4; k++)
        {
          const Word *w = words_at (s->w, k);
          if ((k > first && clause_ends_after (s, k - 1)) || entity_covering (s, w->start, w->end)
              || strchr (",;", s->text[w->start > 0 ? w->start - 1 : 0]))
            return FALSE;
          if (word_is (s, k, CUE_ORGANISATION))
            {
              *end = w->end;
              return TRUE;
            }
        }
      return FALSE;
    }
  if (pe > os)
    return FALSE;
  /* "Danish shipping giant Maersk": lower-case words from the
   * nationality to the name, the last what it is. */
  guint last = G_MAXUINT;
  for (guint k = word_from (s, pe); k < n_words (s) && words_at (s->w, k)->end <= os; k++)
    {
      const Word *w = words_at (s->w, k);
      if (!g_unichar_islower (g_utf8_get_char (s->text + w->start)) || k >= word_from (s, pe) + 3)
        return FALSE;
      last = k;
    }
  if (last == G_MAXUINT || !word_is (s, last, CUE_ORGANISATION))
    return FALSE;
  for (gsize b = pe; b < os; b++)
    if (!(s->text[b] == ' ' || g_ascii_isalnum (s->text[b]) || s->text[b] == '-' || (guchar) s->text[b] >= 0x80))
      return FALSE;
  *end = oe;
  return TRUE;
}

/* Where an organisation is based: "Avast, based in Prague", "the firm,
 * headquartered in Prague", "Prague-based Avast" (cues.tsv's base words,
 * after a short description without another name), or whose it is: "the
 * Czech security firm Avast".  Companies,
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
          gboolean nationality = FALSE;
          if (country == NULL && g_strcmp0 (place->label, "NORP") == 0)
            country = entity_country (place), nationality = TRUE;
          if (j == i || country == NULL)
            continue;
          gsize ps = place->start, pe = place->end;
          gboolean based = FALSE;
          gsize end = MAX (oe, pe);
          if (nationality)
            based = described_by_nationality (s, os, oe, ps, pe, &end);
          else if (pe <= os)
            {
              /* "Prague-based Avast", "a Prague-based security firm, Avast" */
              static const char suffix[] = "-based";
              if (organisation && pe + strlen (suffix) <= os
                  && g_ascii_strncasecmp (s->text + pe, suffix, strlen (suffix)) == 0)
                based = bridged (s, pe + strlen (suffix), os, TRUE) && os - pe < 60;
              /* "Germany's Siemens": a country's own organisation (a city's
               * possessive says less: "London's mayor"). */
              const char *kb = attr (place, "kb");
              if (!based && organisation && kb && g_str_has_prefix (kb, "iso3166:")
                  && ((os - pe == 3 && strncmp (s->text + pe, "'s ", 3) == 0)
                      || (os - pe == 5 && strncmp (s->text + pe, "\u2019s ", 5) == 0)))
                based = TRUE, nationality = TRUE;
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
              /* Words between name and base words are a description set
               * off by a comma, not a clause of its own ("Qantas increased
               * the number of attendants based in London"). */
              based = described && n > 0 && k + n < n_words (s) && words_at (s->w, k + n)->start == ps
                      && (k == first || s->text[oe] == ',');
              for (gsize b = oe; based && b < ps; b++)
                based = !strchr (";.?!", s->text[b]);
            }
          if (!based)
            continue;
          AssayAnnotation *c = add_claim (s, CLAIM_ORIGIN, MIN (os, ps), end, error);
          if (c == NULL)
            return FALSE;
          assay_annotation_set_attr (c, "subject", attr (org, "canonical"));
          assay_annotation_set_attr (c, "value", country);
          assay_annotation_set_attr (c, "key", attr (org, "canonical"));
          if (!nationality)
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

/* Is the name ending at @a the owner of the one at @b: "Russia's GRU",
 * "Russian GRU", or joined by bridge words ("hackers working for Russia's
 * GRU" is Russia's)? */
static gboolean
owns (const Sentence *s, gsize a, gsize b)
{
  if (b - a > 80)
    return FALSE;
  const char *gap = s->text + a;
  gsize n = b - a;
  if (n <= 1 || (n == 3 && strncmp (gap, "'s ", 3) == 0) || (n == 5 && strncmp (gap, "\u2019s ", 5) == 0))
    return TRUE;
  return bridged (s, a, b, FALSE);
}

static gboolean
attribution_claims (Sentence *s, GError **error)
{
  /* What the blame is for: the sentence's event, else the report's
   * ("Lazarus Group is responsible", after "The attack on the hospital
   * began on Sunday"). */
  const char *event = sentence_event (s);
  if (event == NULL)
    event = s->doc_event;
  /* The first people, countries (by name or by their people: "German
   * officials") or organisations of the sentence: who blames is the first
   * of the first three that is not the blamed nor part of its name; in the
   * passive, the first of all eight that says so. */
  const AssayAnnotationView *speakers[8] = { NULL };
  for (guint j = 0, found = 0; j < s->n_entities && found < G_N_ELEMENTS (speakers); j++)
    {
      const char *label = s->entities[j].label;
      /* A nationality speaks for its country ("German officials"), not
       * when it only qualifies the name after it ("Spanish daily ABC"). */
      if (g_strcmp0 (label, "NORP") == 0)
        {
          /* It qualifies the next name when at most two lower-case words
           * stand between, none of them one that speaks or blames
           * ("German officials blamed Russia" is Germany's word). */
          gsize ne = s->entities[j].end;
          gboolean qualifies = FALSE;
          if (j + 1 < s->n_entities && s->entities[j + 1].start - ne <= 24)
            {
              qualifies = TRUE;
              for (gsize b = ne; b < s->entities[j + 1].start && qualifies; b++)
                qualifies = s->text[b] == ' ' || g_ascii_islower (s->text[b]);
              guint between = 0;
              for (guint k = word_from (s, ne); qualifies && k < n_words (s) && words_at (s->w, k)->end <= s->entities[j + 1].start; k++)
                qualifies = ++between <= 2 && !word_is (s, k, CUE_SPEAKER) && !word_is (s, k, CUE_BLAME_AFTER)
                            && !word_is (s, k, CUE_BLAME_BEFORE) && !word_is (s, k, CUE_PAST);
            }
          if (qualifies || entity_country (&s->entities[j]) == NULL)
            continue;
        }
      if (g_strcmp0 (label, "GPE") == 0 || g_strcmp0 (label, "ORG") == 0 || g_strcmp0 (label, "PERSON") == 0
          || g_strcmp0 (label, "NORP") == 0)
        speakers[found++] = &s->entities[j];
    }
  for (guint i = 0; i < n_words (s); i++)
    {
      gboolean after = TRUE;
      const char *voice = NULL;
      guint n = cue_at (s, i, CUE_BLAME_AFTER, &voice);
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
      /* In the passive ("Cyberattack on Gdańsk port blamed on China",
       * "the hack was carried out by Russia") the name before the cue is
       * the deed's, not who blames: only a name that says it does. */
      gboolean passive = after && (g_strcmp0 (voice, "passive") == 0 || (i >= 1 && word_is (s, i - 1, CUE_AUXILIARY))
                                   || (i >= 2 && word_is (s, i - 2, CUE_AUXILIARY)));
      /* Who blames: the sentence's first person, country or organisation
       * before the cue, but not the blamed's own country ("Russia's GRU",
       * "Russian hackers of the GRU"): one joined to it by bridge words. */
      guint considered = passive ? G_N_ELEMENTS (speakers) : 3;
      for (guint j = 0; blamed && j < considered && speakers[j]; j++)
        {
          gsize se = speakers[j]->end, bs = blamed->start;
          if (speakers[j] == blamed || se > cue_start || (se <= bs && owns (s, se, bs)))
            continue;
          if (passive && !speaks_before (s, se, cue_start))
            continue;
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
      /* A country by its people is the country ("German officials"). */
      const char *who = blamer && g_strcmp0 (blamer->label, "NORP") == 0 ? entity_country (blamer)
                        : blamer                                                           ? attr (blamer, "canonical")
                                                                                           : "";
      assay_annotation_set_attr (c, "subject", who);
      assay_annotation_set_attr (c, "value", value ? value : attr (blamed, "canonical"));
      if (entity_country (blamed))
        assay_annotation_set_attr (c, "country", entity_country (blamed));
      assay_annotation_set_attr (c, "key", who);
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
      /* A word of a name is no event ("Volt Typhoon"). */
      if (cls == NULL || entity_covering (s, words_at (s->w, i)->start, words_at (s->w, i)->end))
        continue;
      gboolean other = (i >= 1 && word_is (s, i - 1, CUE_UNRELATED)) || (i >= 2 && word_is (s, i - 2, CUE_UNRELATED));
      if (!other)
        return cls;
    }
  return NULL;
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
      if (cls == NULL || entity_covering (s, words_at (s->w, i)->start, words_at (s->w, i)->end))
        continue;
      if ((i >= 1 && word_is (s, i - 1, CUE_UNRELATED)) || (i >= 2 && word_is (s, i - 2, CUE_UNRELATED)))
        return NULL;
      /* "held without trial since 2001": an event that did not happen. */
      if (i >= 1 && word_is (s, i - 1, CUE_NEGATION))
        return NULL;
      const char *f = words_folded (s->w, i);
      gsize n = strlen (f);
      if (n > 4 && g_str_has_suffix (f, "ing") && i + 1 < cue && !word_is (s, i + 1, CUE_BRIDGE)
          && g_unichar_islower (g_utf8_get_char (s->text + next->start)))
        return NULL;
      return cls;
    }
  /* "has attacked banks since 2014": a verb with "since" tells how long
   * an activity has gone on, the actor's history, not when this event
   * began. */
  if (strcmp (words_folded (s->w, cue), "since") == 0)
    return NULL;
  return event_by_kind (s, cue);
}

/* With no event noun before the cue, the cue's object may be one: "the
 * police began an investigation on Tuesday", "launched its inquiry in
 * May".  The noun stands within three lower-case words after the cue, in
 * its clause.  Returns: (transfer none) its class, or NULL; @noun is its
 * word. */
static const char *
event_after (const Sentence *s, guint after_cue, guint *noun)
{
  for (guint i = after_cue; i < n_words (s) && i < after_cue + 3; i++)
    {
      if (i > after_cue && clause_ends_after (s, i - 1))
        return NULL;
      const char *cls = words_value (s->w, i, CUE_EVENT);
      if (cls && !word_is (s, i - 1, CUE_UNRELATED)
          && !entity_covering (s, words_at (s->w, i)->start, words_at (s->w, i)->end))
        {
          *noun = i;
          return cls;
        }
      if (!g_unichar_islower (g_utf8_get_char (s->text + words_at (s->w, i)->start)))
        return NULL;
    }
  return NULL;
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
  static const CueKind kinds[] = { CUE_START, CUE_END, CUE_ANNOUNCE, CUE_HAPPENED };
  static const char *const names[] = { "start", "end", "announce", "date" };
  for (guint i = 0; i < n_words (s); i++)
    for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
      {
        guint n = cue_at (s, i, kinds[k], NULL);
        if (n == 0)
          continue;
        const char *event = event_before (s, i);
        /* The date follows the cue, or the event noun that is its object. */
        guint last = i + n - 1;
        if (event == NULL && i + n < n_words (s))
          event = event_after (s, i + n, &last);
        if (event == NULL || (kinds[k] == CUE_START && strcmp (words_folded (s->w, i), "since") == 0
                              && compares_since (s, i)))
          {
            i += n - 1;
            break;
          }
        n = last - i + 1;
        gsize cue_end = words_at (s->w, last)->end;
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
  /* An office the base does not have this person holding, with no
   * organisation named: the country of every office they did hold, when
   * that is one ("Defence Minister Lars Løkke Rasmussen" is Denmark's,
   * where the base has him prime minister and foreign minister), and the
   * title allows an office there. */
  const char *country = NULL;
  for (guint t = 0; held && t < held->len; t++)
    {
      const Term *term = held->pdata[t];
      if (country && strcmp (country, term->org) != 0)
        return FALSE;
      country = term->org;
    }
  for (guint i = 0; country && !(role_org && *role_org) && i < options->len; i++)
    {
      char **pair = options->pdata[i];
      if ((*pair[1] == '\0' || strcmp (pair[1], country) == 0) && knowledge_office_terms (k, pair[0], country))
        {
          *office = pair[0], *org = country;
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

/* Does the base have @person holding @office at @org on a day of
 * @first..@last? */
static gboolean
held_between (const Knowledge *k, const char *person, const char *office, const char *org, guint32 first, guint32 last)
{
  g_autofree char *person_key = assay_text_fold (person, -1);
  GPtrArray *held = g_hash_table_lookup (k->by_holder, person_key);
  for (guint i = 0; first && held && i < held->len; i++)
    {
      const Term *term = held->pdata[i];
      if (strcmp (term->office, office) == 0 && strcmp (term->org, org) == 0 && term->from <= last
          && (term->to == 0 || term->to >= first))
        return TRUE;
    }
  return FALSE;
}

/* Is the title of a time the sentence names, not of the report's: does
 * the sentence name a day, month or year on which the base has @person
 * holding @office, who no longer held it when the report was written?
 * "When he was Prime Minister, Boris Johnson visited Kyiv in April 2022." */
static gboolean
held_on_sentence_date (const Sentence *s, const char *person, const char *office, const char *org)
{
  if (s->published && held_between (s->k, person, office, org, s->published, s->published))
    return FALSE;
  /* The first few dates: a sentence of a thousand titles and dates must
   * not cost a million looks. */
  for (guint t = 0, looked = 0; t < s->n_timexes && looked < 8; t++)
    {
      const char *value = attr (&s->timexes[t], "value");
      if (!dated_value (value) || g_strcmp0 (s->timexes[t].label, "DATE") != 0)
        continue;
      looked++;
      if (held_between (s->k, person, office, org, knowledge_parse_day (value, FALSE), knowledge_parse_day (value, TRUE)))
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
      const char *office = NULL, *org = NULL;
      if (resolve_office (s->k, person, title, attr (e, "role_org"), &office, &org))
        {
          assay_annotation_set_attr (c, "office", office);
          assay_annotation_set_attr (c, "org", org);
        }
      if (title_in_past (s, e->start, title) || (office && held_on_sentence_date (s, person, office, org)))
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
claims_extract (const Knowledge *k, AssayDocument *doc, guint32 published, GError **error)
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
  const char *doc_event = NULL;
  for (guint i = 0; i < n_sentences && ok; i++)
    {
      Sentence s = { k, doc, text, sentences[i].start, sentences[i].end,
                     &words, NULL, 0, NULL, 0, FALSE, 0 };
      s.entities = within (entities, n_entities, s.sentence_start, s.sentence_end, &s.n_entities);
      s.timexes = within (timexes, n_timexes, s.sentence_start, s.sentence_end, &s.n_timexes);
      s.in_references = in_section (sections, n_sections, s.sentence_start, "references");
      s.published = published;
      words_cut (&words, k->trie, text, s.sentence_start, s.sentence_end);
      if (doc_event == NULL && !s.in_references)
        doc_event = sentence_event (&s);
      s.doc_event = doc_event;
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
