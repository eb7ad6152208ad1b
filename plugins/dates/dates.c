/* dates.c: the `dates` stage: time expressions and their TIMEX3 values.
 *
 * How expressions are written is data: data/patterns.tsv (PCRE2 patterns,
 * each of a kind), data/lexicon.tsv (month, weekday, number, unit, season
 * words, shift words, and cues of the future), data/timezones.tsv.  Each kind names a
 * normalisation here, which reads the pattern's named groups and computes
 * the value against the reference date:
 *   - the document's metadata `published` (or the key `reference-key`
 *     names), else the option `reference-date` or `assay run
 *     --reference-date` (which yields, from the expression on, to a date
 *     the article states for itself in a dateline: discourse_own_date()),
 *     else the latest full date earlier in the text;
 *   - without any, values stay underspecified ("XXXX-05-28").
 * A date without a year is put in the year that makes it nearest the
 * reference date, or the next one on or after it when the sentence speaks
 * of the future; weekdays likewise, within a week.  Inside a reference list
 * (section `references`) dates are the citation's own: not re-anchored.
 *
 * Output: layer `timex`, label DATE, TIME, DURATION or SET; attributes
 * `value`, `mod` (TIMEX3: START, MID, END, APPROX, MORE_THAN, ...),
 * `anchor` (the reference date used), `resolution` (absolute, relative,
 * underspecified), `weekday` (1 Monday .. 7 Sunday, when one is named),
 * `utc_offset` (of a time written with its zone; the value is local time,
 * as TIMEX3 writes it, with Z when the zone is at UTC+0).
 */
#include "dates-private.h"
#include "holiday-names.h"

#include <stdlib.h>
#include <string.h>

static void
pattern_clear (gpointer data)
{
  Pattern *p = data;
  pcre2_match_data_free (p->md);
  pcre2_code_free (p->re);
  pcre2_code_free (p->opens);
}

static void
dates_destroy (gpointer data)
{
  Dates *d = data;
  GHashTable *tables[]
      = { d->months,      d->weekdays, d->numbers,       d->ordinals,  d->units,       d->seasons,
          d->parts,       d->holidays, d->refs,          d->shifts,    d->frequencies, d->zones,
          d->capitalised, d->business, d->generic_nouns, d->collective_nouns, d->past_forms, d->scales };
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (tables[i])
      g_hash_table_unref (tables[i]);
  context_words_free (d);
  if (d->idioms)
    g_ptr_array_unref (d->idioms);
  if (d->events)
    g_ptr_array_unref (d->events);
  if (d->idiom_words)
    g_hash_table_unref (d->idiom_words);
  pcre2_code_free (d->planned);
  for (guint k = 0; k < N_CUE_KINDS; k++)
    {
      pcre2_code_free (d->near_cues.re[k]), pcre2_code_free (d->far_cues.re[k]);
      pcre2_code_free (d->near_cues.opens[k]), pcre2_code_free (d->far_cues.opens[k]);
    }
  g_free (d->near_cues.needs);
  for (guint i = 0; i < d->n_banks; i++)
    bank_free (d->banks[i]);
  g_free (d->banks);
  g_free (d->cue_triples.slots);
  if (d->patterns)
    g_array_unref (d->patterns);
  g_free (d->reference_key);
  g_free (d->scratch.candidates.items);
  g_free (d->scratch.pairs.items);
  g_free (d->scratch.tokens);
  pcre2_match_data_free (d->scratch.cue);
  if (d->scratch.value)
    g_string_free (d->scratch.value, TRUE);
  g_free (d);
}

static gpointer
dates_create (const AssayHost *host, const AssayOptions *options, GError **error)
{
  Dates *d = g_new0 (Dates, 1);
  GHashTable **tables[] = { &d->months, &d->weekdays, &d->numbers, &d->ordinals,
                            &d->units,  &d->seasons,  &d->parts,   &d->holidays, &d->refs, &d->shifts,
                            &d->frequencies, &d->business, &d->scales };
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    *tables[i] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d->zones = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->patterns = g_array_new (FALSE, TRUE, sizeof (Pattern));
  g_array_set_clear_func (d->patterns, pattern_clear);
  d->reference_key = g_strdup (assay_options_get_string (options, "reference-key"));

  const char *reference = assay_options_get_string (options, "reference-date");
  if (reference == NULL)
    reference = assay_host_get_reference_date (host);
  g_autoptr (GError) date_error = NULL;
  if (reference && !(d->has_reference = reference_read (reference, &d->reference, &d->reference_at, &date_error)))
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED, "reference date %s", date_error->message);
      dates_destroy (d);
      return NULL;
    }

  if (!load_lexicon (d, assay_options_get_string (options, "lexicon"), error)
      || !load_zones (d, assay_options_get_string (options, "timezones"),
                      assay_options_get_string (options, "zones"), error)
      /* the context words first: a pattern may name a kind of them
       * ({ACCOUNTS}) */
      || !load_context_words (d, assay_options_get_string (options, "context-words"), error)
      || !load_patterns (d, assay_options_get_string (options, "patterns"), error)
      || !load_generic_nouns (d, assay_options_get_string (options, "generic-nouns"), error)
      || !load_collective_nouns (d, assay_options_get_string (options, "collective-nouns"), error)
      || !load_past_forms (d, assay_options_get_string (options, "past-forms"), error)
      || !load_idioms (d, assay_options_get_string (options, "idioms"), error)
      || !load_dated_events (d, assay_options_get_string (options, "dated-events"), error))
    {
      dates_destroy (d);
      return NULL;
    }
  build_anchors (d);
  build_capitalised (d);
  word_shapes_fill (&d->term_shapes, d->term_words);
  word_shapes_fill (&d->title_lead_shapes, d->title_lead_words);
  return d;
}

static gboolean
in_section (const AssayAnnotationView *sections, guint n, gsize offset, const char *label)
{
  for (guint i = 0; i < n; i++)
    if (sections[i].start <= offset && offset < sections[i].end)
      return g_strcmp0 (sections[i].label, label) == 0;
  return FALSE;
}

/* Whether @time is a clock time that already took the day @day names,
 * from a time before it: "12:15 GMT" of "from 11:30 to 12:15 GMT on
 * Wednesday", whose first time read the weekday after both, is one
 * expression with "on Wednesday" as it was before the first read it. */
static gboolean
clock_on_day (const Timex *time, const Timex *day)
{
  const TimexValue *a = &time->value, *b = &day->value;
  return a->kind == VALUE_CALENDAR && a->clock == CLOCK_TIME && b->kind == VALUE_CALENDAR && b->clock == CLOCK_NONE
         && a->year == b->year && a->month == b->month && a->day == b->day && a->day != 0;
}

/* "on April 24 and 25", "June 22 and 23, 2006": the day after "and"
 * that follows a day written month first takes its month (and the year
 * written after it, which the first takes too where it had none), a
 * DATE of its own as TimeBank+AQUAINT tags "April 24" and "25"; only
 * where a mark that ends a phrase follows ("On June 22 and 23 people
 * died" is a count).  Read here, after a day is found, not by a
 * pattern: one tried at every month cost 1.0% of dates_process's
 * instructions (bench/stage-callgrind.py, 300 BBC articles). */
static gboolean
second_day_after (const char *text, gsize length, Timex *first, Timex *second)
{
  const TimexValue *v = &first->value;
  gsize p = first->end;
  if (strcmp (first->type, "DATE") != 0 || v->kind != VALUE_CALENDAR || v->day < 1 || v->clock != CLOCK_NONE
      || first->mod || first->ranged || !g_ascii_isalpha (text[first->start]) || !g_ascii_isdigit (text[p - 1])
      || length - p < 5)
    return FALSE;
  /* "or" joins two days as "and" does ("on June 22 or 23"): two DATEs,
   * the day unsure, as TimeML tags each member of a disjunction */
  if (strncmp (text + p, " and ", 5) == 0)
    p += 5;
  else if (strncmp (text + p, " or ", 4) == 0)
    p += 4;
  else
    return FALSE;
  gsize s = p;
  while (p < length && p - s < 3 && g_ascii_isdigit (text[p]))
    p++;
  int day = p - s >= 1 && p - s <= 2 ? atoi (text + s) : 0;
  if (day <= v->day || day > 31)
    return FALSE;
  static const char *const endings[] = { "st", "nd", "rd", "th" };
  for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
    if (length - p >= 2 && strncmp (text + p, endings[k], 2) == 0)
      {
        p += 2;
        break;
      }
  int year = 0;
  if (length - p >= 6 && text[p] == ',' && text[p + 1] == ' ' && g_ascii_isdigit (text[p + 2])
      && g_ascii_isdigit (text[p + 3]) && g_ascii_isdigit (text[p + 4]) && g_ascii_isdigit (text[p + 5])
      && (length - p == 6 || !g_ascii_isalnum (text[p + 6])))
    year = atoi (text + p + 2), p += 6;
  if (p < length && !strchr (".,;:!?)", text[p]))
    return FALSE;
  *second = *first;
  second->start = s, second->end = p;
  second->value.day = day;
  second->weekday = 0;
  if (year)
    {
      if (first->year_open)
        first->value.year = year, first->resolution = "absolute", first->anchor.kind = VALUE_NONE;
      second->value.year = year, second->resolution = "absolute", second->anchor.kind = VALUE_NONE;
    }
  return TRUE;
}

/* Whether the word @opens (with its space) ends right before @s in
 * @text, whole, no earlier than @floor. */
static gboolean
opens_before (const char *text, gsize s, gsize floor, const char *opens)
{
  gsize m = strlen (opens);
  return s >= floor + m && g_ascii_strncasecmp (text + s - m, opens, m) == 0
         && !(s > m && g_ascii_isalnum (text[s - m - 1]));
}

/* "from 6 to 9 January", "between 6 and 9 January", "from 10-16
 * January", "on 4-6 March": the first day, written without its month, is a day of the
 * day @t names, a DATE of its own (TimeBank tags both ends), no earlier
 * than @floor; the range itself discourse_range() writes. */
static gboolean
first_day_before (const char *text, const Timex *t, gsize floor, Timex *first)
{
  static const char *const joins[] = { " to ", " until ", " till ", "-", "\u2013", " and ", " or " };
  if (strcmp (t->type, "DATE") != 0 || t->value.kind != VALUE_CALENDAR || t->value.day < 2 || t->value.clock != CLOCK_NONE
      || t->mod || !g_ascii_isdigit (text[t->start]))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (joins); i++)
    {
      gsize n = strlen (joins[i]);
      if (t->start < floor + n + 1 || strncmp (text + t->start - n, joins[i], n) != 0)
        continue;
      gsize e = t->start - n, s = e;
      /* an ordinal's ending is the day's ("on 3rd and 4th of May") */
      static const char *const endings[] = { "st", "nd", "rd", "th" };
      for (guint k = 0; k < G_N_ELEMENTS (endings); k++)
        if (s >= floor + 3 && g_ascii_isdigit (text[s - 3]) && strncmp (text + s - 2, endings[k], 2) == 0)
          {
            s -= 2;
            break;
          }
      gboolean ordinal = s != e;
      gsize digits_end = s;
      while (s > floor && digits_end - s < 3 && g_ascii_isdigit (text[s - 1]))
        s--;
      int day = digits_end - s >= 1 && digits_end - s <= 2 ? atoi (text + s) : 0;
      if (day < 1 || day >= t->value.day || (s > floor && !g_ascii_isspace (text[s - 1])))
        return FALSE;
      /* "from" before it, or "between" or "on" before one joined by
       * "and" ("on 22 and 23 June": two days, as TimeBank+AQUAINT tags
       * "April 24" and "25" of "on April 24 and 25"; no range); a dash
       * alone joins two days ("at Madrid on 4-6 March", "4–6 March"),
       * where a word may be a count's ("rose by 4 to 6 March", "rose by
       * 22 and 23 June" read as no range and no day) */
      gboolean dash = joins[i][0] != ' ', and = strcmp (joins[i], " and ") == 0, or = strcmp (joins[i], " or ") == 0;
      /* "or" as "and" after "on" ("on 4 or 5 April", "on the 12th or
       * 13th of May": either day, two DATEs, as TimeML tags each member
       * of a disjunction; TimeBank+AQUAINT has none), never a range:
       * "between 4 or 5" is no phrase.  "the" only before an ordinal,
       * as a day alone is written ("the 12th", not "the 12") */
      gboolean on = (and || or)
                    && (opens_before (text, s, floor, "on ")
                        || (ordinal && opens_before (text, s, floor, "the ") && opens_before (text, s - 4, floor, "on ")));
      if (!dash && !on && (or || !opens_before (text, s, floor, and ? "between " : "from ")))
        return FALSE;
      *first = *t;
      first->start = s, first->end = e;
      first->value.day = day;
      first->weekday = 0;
      return TRUE;
    }
  return FALSE;
}

static gboolean
dates_process (gpointer data, AssayDocument *doc, GError **error)
{
  Dates *d = data;
  gsize length;
  const char *text = assay_document_get_text (doc, &length);

  GDate ref;
  const char *published = assay_document_get_meta (doc, d->reference_key);
  /* Dates counted from a reference nobody could read would all be wrong,
   * and quietly so. */
  g_autoptr (GError) date_error = NULL;
  AssayDate ref_at = { 0 };
  gboolean anchored = published && *published && reference_read (published, &ref, &ref_at, &date_error);
  if (date_error)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_INPUT, "metadata '%s' is %s", d->reference_key,
                   date_error->message);
      return FALSE;
    }
  if (!anchored && d->has_reference)
    ref = d->reference, ref_at = d->reference_at, anchored = TRUE;
  gboolean from_text = !anchored; /* anchor on full dates as they come */
  /* A reference given for a whole collection, not this document's own,
   * yields to the date the article states for itself in its header
   * (discourse_own_date()): "Saturday 20 November" under a match report's
   * headline is the day its "1300 GMT" and "on the day" are counted from. */
  gboolean own_date_open = anchored && !from_text && !(published && *published);

  guint n_sentences, n_sections;
  /* each read once, as an array walked here (the stage adds only timex) */
  g_autofree AssayAnnotationView *sentences = assay_document_view_layer (doc, "sentence", &n_sentences);
  g_autofree AssayAnnotationView *sections = assay_document_view_layer (doc, "section", &n_sections);

  if (length >= G_MAXUINT32)
    {
      g_set_error (error, ASSAY_STAGE_ERROR, ASSAY_STAGE_ERROR_FAILED,
                   "document of %" G_GSIZE_FORMAT " bytes: the dates stage reads at most 4 GiB", length);
      return FALSE;
    }
  if (d->scratch.cue == NULL)
    d->scratch.cue = pcre2_match_data_create (4, NULL);
  if (d->scratch.value == NULL)
    d->scratch.value = g_string_sized_new (64);
  gsize n_words = (length + 63) / 64;
  if (d->scratch.tokens_size < n_words)
    {
      d->scratch.tokens_size = MAX (n_words, 2 * d->scratch.tokens_size);
      d->scratch.tokens = g_renew (guint64, d->scratch.tokens, d->scratch.tokens_size);
    }
  Tokens tokens = { d->scratch.tokens, length };
  dates_scan (d, text, length, sentences, n_sentences, &tokens);
  CandidateList *candidates = &d->scratch.candidates;
  SentenceWalk walk;
  pcre2_match_data *cue = d->scratch.cue;
  gsize taken_until = 0;
  /* most documents have no references section, and need no lookup for
   * each expression */
  gboolean has_references = FALSE;
  for (guint i = 0; i < n_sections && !has_references; i++)
    has_references = g_strcmp0 (sections[i].label, "references") == 0;
  sentence_walk_init (&walk, sentences, n_sentences);
  gboolean ok = TRUE;
  Timex pending = { 0 }; /* found, not yet written: a day may follow it */
  Discourse discourse = { 0 };
  TitlesSeen titles = { 0 }; /* works' titles named so far */

  for (guint i = 0; i < candidates->len && ok; i++)
    {
      Candidate *c = &candidates->items[i];
      if (c->start < taken_until)
        continue;
      /* A longer match starting inside this one does not take over, but one
       * that begins here and is longer already came first. */
      gsize sentence_start = 0, sentence_end = length;
      gboolean layered = FALSE; /* the sentence is the sentence layer's */
      /* the first sentence starting after the candidate (they come in order) */
      sentence_walk_to (&walk, c->start);
      if (walk.next > 0 && walk.end >= c->end)
        sentence_start = walk.start, sentence_end = walk.end, layered = TRUE;
      if (c->match.kind != KIND_HOLIDAY ? names_something (d, text, c->start, c->end, sentence_start, sentence_end)
                                        : holiday_in_name (d, text, c->start, c->end, sentence_start, sentence_end))
        continue;
      if (c->match.kind == KIND_WEEKDAY
          && (weekday_in_name (d, text, c->start, c->end, sentence_start)
              || weekday_titles_work (d, text, c->start, c->end, sentence_start, sentence_end)))
        continue;
      if (c->match.kind == KIND_MONTH && month_names_firm (d, text, c->end))
        continue;
      if (idiom_holds (d, text, c->start, c->end))
        continue;
      if (date_in_work_title (d, text, c->start, c->end, sentence_start, sentence_end, &titles)
          || date_in_listed_title (d, text, c->start, c->end, sentence_start, sentence_end, &titles))
        continue;
      gboolean citation = has_references && in_section (sections, n_sections, c->start, "references");
      /* The tense just before the expression, not of the whole sentence:
       * "He said Friday that talks will resume" speaks of a past Friday,
       * "talks will resume Friday" of a future one. */
      gsize near_start = MAX (sentence_start, c->start > 200 ? c->start - 200 : 0);
      gsize near_end = c->start;
      while (near_start > sentence_start && ((guchar) text[near_start] & 0xC0) == 0x80)
        near_start--;
      Tense tense = { d, text, near_start, near_end, &tokens, cue, -1, -1,
                      tense_limit (d, text, c->end, sentence_end, layered) };

      Timex t = { 0 };
      if (!normalise (d, &c->match, &ref, from_text ? NULL : &ref_at, &tense, anchored && !citation, &t))
        continue;
      gsize taken_before = taken_until;
      if (t.end == 0)
        t.end = c->end;
      /* a span the normalisation took past its match ("2006-2007") holds
       * what it took: "2007" is no year of its own */
      taken_until = MAX (c->end, t.end);
      if (t.day_before || t.week_before)
        t.borrow = tense_borrow (&tense, t.end);
      if (anchored && !citation && strcmp (t.resolution, "relative") == 0)
        t.anchor = value_day (&ref);
      context_every (d, text, &t);
      /* an event's day is a day without its year: tested here, as a call
       * for every expression found was 99K instructions of 500 BBC
       * articles for the few that can name one */
      if ((t.year_open && t.value.day != 0 && !dated_event_place (d, text, c->start, sentence_start, &ref, anchored, &t))
          || !discourse_place_in_year (d, &discourse, text, sentence_start, &t))
        {
          taken_until = taken_before;
          timex_clear (&t);
          continue;
        }
      discourse_place_time (d, &discourse, text, &t);
      discourse_compare_period (&discourse, &t);
      discourse_same_period (&discourse, text, &t);
      discourse_resolve_anaphor (&discourse, &t);
      discourse_weekday_again (&discourse, text, &t);
      discourse_weekday_aside (&discourse, text, &t);
      Timex first;
      if (first_day_before (text, &t, MAX (sentence_start, pending.end), &first)
          || first_count_before (text, &t, MAX (sentence_start, pending.end), &first))
        {
          if (pending.value.kind != VALUE_NONE && !(ok = emit_timex (doc, &pending, d->scratch.value, error)))
            break;
          pending = first;
        }
      gboolean has_pending = pending.value.kind != VALUE_NONE;
      if (has_pending)
        discourse_range (text, &pending, &t), discourse_year_after (d, text, &pending, &t);
      /* "3 p.m. Friday": the day after a clock time is its day, and the
       * two are one expression.  The time waits in @pending for it. */
      if (has_pending && (pending.day_open || clock_on_day (&pending, &t)) && is_one_day (&t)
          && joins_following_day (text + pending.end, text + t.start))
        {
          timex_take_day (&pending, &t);
          timex_clear (&t);
          continue;
        }
      if (has_pending && timex_join_duration (d, &pending, &t, text))
        {
          timex_clear (&t);
          continue;
        }
      if (has_pending && !(ok = emit_timex (doc, &pending, d->scratch.value, error)))
        {
          timex_clear (&t);
          break;
        }
      timex_clear (&pending);
      discourse_note (&discourse, &t, c->end);
      if (own_date_open && !citation && discourse_own_date (d, text, length, &t, &ref)
          && value_to_date (&t.value, &ref))
        {
          ref_at = (AssayDate){ .grain = ASSAY_DATE_GRAIN_DAY, .year = t.value.year, .month = t.value.month,
                                .day = t.value.day };
          own_date_open = FALSE;
        }
      gboolean is_date = strcmp (t.type, "DATE") == 0;
      /* Without a reference date, the latest full date is the anchor. */
      if (from_text && !citation && is_date && strcmp (t.resolution, "absolute") == 0
          && value_to_date (&t.value, &ref))
        anchored = TRUE;
      Timex second;
      if (second_day_after (text, length, &t, &second))
        {
          if (!(ok = emit_timex (doc, &t, d->scratch.value, error)))
            break;
          timex_clear (&t);
          t = second;
          taken_until = second.end;
        }
      pending = t;
    }
  if (ok && pending.value.kind != VALUE_NONE)
    ok = emit_timex (doc, &pending, d->scratch.value, error);
  timex_clear (&pending);
  return ok;
}

static const AssayOptionSpec dates_options[] = {
  { .name = "reference-key", .type = ASSAY_OPTION_STRING, .default_value = "published",
    .help = "The metadata key whose date anchors relative expressions" },
  { .name = "reference-date", .type = ASSAY_OPTION_STRING, .default_value = NULL,
    .help = "Anchor (YYYY-MM-DD) for documents without that metadata; else assay run --reference-date, "
            "else the latest full date earlier in the text" },
  { .name = "zones", .type = ASSAY_OPTION_STRING, .default_value = NULL,
    .help = "Time-zone readings that override data/timezones.tsv, as NAME=+HH:MM,... (IST=+01:00)" },
  { .name = "lexicon", .type = ASSAY_OPTION_PATH, .default_value = "lexicon.tsv",
    .help = "Month, weekday, number, unit, season and part-of-day words, holidays, words for the "
            "present, past and future, shift words (last, this, next); cues of the future and the past" },
  { .name = "patterns", .type = ASSAY_OPTION_PATH, .default_value = "patterns.tsv",
    .help = "How time expressions are written, each with the kind of normalisation it gets" },
  { .name = "timezones", .type = ASSAY_OPTION_PATH, .default_value = "timezones.tsv",
    .help = "Time-zone abbreviations and their UTC offsets" },
  { .name = "generic-nouns", .type = ASSAY_OPTION_PATH, .default_value = "generic-nouns.tsv",
    .help = "Nouns of people and made things (from WordNet): after \"today's\" they speak of the present" },
  { .name = "collective-nouns", .type = ASSAY_OPTION_PATH, .default_value = "collective-nouns.tsv",
    .help = "Nouns of a people or a society (from WordNet): singular after \"today's\" they speak of the present" },
  { .name = "past-forms", .type = ASSAY_OPTION_PATH, .default_value = "past-forms.tsv",
    .help = "Irregular verbs in the past (from WordNet): a cue that a clause speaks of the past (\"rose in April\")" },
  { .name = "idioms", .type = ASSAY_OPTION_PATH, .default_value = "idioms.tsv",
    .help = "Set phrases with a time word that name no time (\"call it a day\", \"saved the day\"; from WordNet "
            "and judged rows)" },
  { .name = "dated-events", .type = ASSAY_OPTION_PATH, .default_value = "dated-events.tsv",
    .help = "Days that name an event, with its year: \"the 11 September attacks\", \"9/11\"" },
  { .name = "context-words", .type = ASSAY_OPTION_PATH, .default_value = "context-words.tsv",
    .help = "Words that tell how a nearby expression reads: purpose before \"for\", a report's verbs, "
            "measures before \"the 30s\", other calendars before \"New Year\", \"once\" and \"twice\" before a rate, "
            "\"had\" and a finished event (\"had risen\") before a month not yet come, possessives before a plural "
            "unit alone (\"his days\"), words of the present and words that bound a year before \"the year\", "
            "words after which a past form is a participle or a noun (\"will be held\"), "
            "pronouns that open a new clause (\"before Wednesday's game he would\"), prepositions of a time aimed at "
            "(\"until\") or of a path (\"to\"), auxiliaries of the present (\"has\"), units of a size (\"pixels\")" },
  { .name = NULL },
};

static const char *const dates_requires[] = { "sentence", "section", "meta:published", NULL };
static const char *const dates_provides[] = { "timex", NULL };

static const AssayStageDesc dates_desc = {
  ASSAY_STAGE_DESC_HEADER,
  .name = "dates",
  .version = "0.1.0",
  .summary = "Find dates, times, durations and sets, with their TIMEX3 values",
  .license = "MIT",
  .requires = dates_requires,
  .provides = dates_provides,
  .options = dates_options,
  /* per worker, and it must stay so: a pattern counts its tries and
   * swaps in its JIT code while the instance runs (scan.c, try_pattern()),
   * which a shared instance would race on */
  .threading = ASSAY_THREADING_PER_WORKER,
  .create = dates_create,
  .process = dates_process,
  .destroy = dates_destroy,
};

ASSAY_PLUGIN_DEFINE (&dates_desc)
