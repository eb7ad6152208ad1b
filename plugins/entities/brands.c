/* brands.c: a name right before the noun of a brand, a label, a fashion
 * house or a company's part ("the Marta Velloni label", "the Velloni
 * fashion house", "its Karvanneft subsidiary", "the firm's Zelmar
 * unit"; company-acts.tsv kind brand) is the company's.  Fashion houses
 * and brands are named after their founders, so a name shaped as a
 * person's is no evidence against it here, unlike org_by_cue()'s nouns
 * before a name ("rival Merlene Ottey"); and the tagger reads an
 * unlisted company's part as a place ("Tobolskneft").  CoNLL eng.train
 * writes a company's part before "unit" or after "subsidiary" ORG
 * ("its Specia unit", "its PMC-Sierra unit", "CheckFree unit"), and a
 * place there a place ("the San Francisco unit", "U.S. unit"): a place
 * the lists know stays one. */

#include "entities.h"

#include <string.h>

/* Whether word @k may open a noun phrase before the name: an article, a
 * possessive pronoun or a possessive ("Orvalo's Zelmar unit"). */
static gboolean
determiner_at (const Scan *scan, guint k)
{
  static const char *const words[] = { "the", "a", "an", "its", "their", "his", "her", NULL };
  const Word *w = word_at (scan, k);
  if (is_possessive (w))
    return TRUE;
  if (!(w->cue & CUE_FUNCTION))
    return FALSE;
  for (const char *const *p = words; *p; p++)
    if (strcmp (w->key, *p) == 0)
      return TRUE;
  return FALSE;
}

/* @i: the lowercase word after a capitalised one (find_by_context()).
 * The name must follow a determiner (determiner_at()) or open the
 * sentence: "Critics brand Blair a liar" has the verb, "sold in Velloni
 * brand stores" a modifier.  Only the tagger's reading changes: a list
 * or another rule read the name from its own evidence; nor a place the
 * lists know, a nationality, a date or a title. */
void
company_brand (Scan *scan, guint ws, guint we, guint i)
{
  guint n = company_brand_at (scan, i, we);
  /* A name right after the noun is the noun's ("News-stand chain
   * Dorvik": org_by_cue()'s, rules-context.c). */
  if (n == 0 || (i + n < we && is_name_word (word_at (scan, i + n))))
    return;
  const Word *last = word_at (scan, i - 1);
  if (is_possessive (last) || !g_unichar_isalpha (g_utf8_get_char (last->text)))
    return;
  Span *held = span_at (scan, last->span);
  guint a;
  if (held)
    {
      if (held->dropped || held->b != i || held->source != SOURCE_TAGGER || held->place || held->role || held->kb
          || strcmp (held->label, "NORP") == 0 || strcmp (held->label, "DATE") == 0)
        return;
      a = held->a;
    }
  else
    {
      a = company_name_before (scan, ws, i);
      /* A sentence's capitalised first word may be the determiner
       * ("Its Karvanneft subsidiary"). */
      if (a + 1 < i && determiner_at (scan, a))
        a++;
      if (a == i)
        return;
    }
  if (!g_unichar_isupper (g_utf8_get_char (word_at (scan, a)->text)) || (a > ws && !determiner_at (scan, a - 1)))
    return;
  /* A sentence's first word that nothing named is an English word as
   * often ("Premium brands sold well"). */
  if (a == ws && !held && (first_name_flags (scan, word_at (scan, a)) & NAME_WORD_ENGLISH))
    return;
  for (guint k = a; k < i; k++)
    {
      const Word *v = word_at (scan, k);
      const GazetteerEntry *e = v->known.single ? v->known.single : v->hint;
      /* Nor a party's people: "division" and "brand" are also a
       * party's quarrel and its style ("the Tory division over
       * Europe"), and the word stays NORP. */
      if ((v->cue & (CUE_ROLE | CUE_HONORIFIC | CUE_FUNCTION | CUE_GROUP))
          || (e && (strcmp (e->label, "GPE") == 0 || strcmp (e->label, "LOC") == 0 || strcmp (e->label, "NORP") == 0)))
        return;
    }
  if (!held)
    {
      org_by_cue (scan, a, i);
      return;
    }
  span_set_org (held);
  held->cued = TRUE;
}

/* Whether the names listed after a brand phrase are its: the tagger's,
 * or none, at word @j; not a place or a nationality the lists know, a
 * date, a title, nor a name after an honorific ("the labels Mr Halvers
 * owns"). */
static gboolean
brand_example (const Scan *scan, guint j)
{
  const Word *w = word_at (scan, j);
  if ((w->cue & (CUE_ROLE | CUE_HONORIFIC | CUE_FUNCTION)) || (word_at (scan, j - 1)->cue & CUE_HONORIFIC))
    return FALSE;
  const GazetteerEntry *e = w->known.single ? w->known.single : w->hint;
  if (e && (strcmp (e->label, "GPE") == 0 || strcmp (e->label, "LOC") == 0 || strcmp (e->label, "NORP") == 0))
    return FALSE;
  const Span *held = span_at (scan, w->span);
  return !held
         || (held->a == j && !held->dropped && held->source == SOURCE_TAGGER && !held->place && !held->role
             && !held->kb && strcmp (held->label, "NORP") != 0 && strcmp (held->label, "DATE") != 0);
}

/* "the cosmetics brands Sugar Rush and City Rot", "the labels Velloni
 * and Marsh": a brand phrase in the plural names the companies listed
 * right after it, joined by commas, "and", "or", a person's shape too,
 * as brands are named after their founders; org_by_cue() keeps the
 * tagger's person after its nouns, which name people as often ("rival
 * Merlene Ottey").  The phrase must follow a determiner or a lowercase
 * modifier: "He brands Tom Halvers a liar" is the verb.  @i: the
 * lowercase word in the plural before a capitalised one. */
void
company_brand_list (Scan *scan, guint ws, guint we, guint i)
{
  char single[64];
  if (!plural_stem (word_at (scan, i)->key, FALSE, single))
    return;
  /* @i is the phrase's last word: "labels", or "houses" of "fashion
   * houses". */
  guint n = 1;
  if (company_brand_at (scan, i, we) != 1)
    {
      if (i == ws || company_brand_at (scan, i - 1, we) != 2)
        return;
      n = 2, i--;
    }
  if (i == ws)
    return;
  const Word *before = word_at (scan, i - 1);
  if (!determiner_at (scan, i - 1)
      && (before->upper || (before->cue & (CUE_FUNCTION | CUE_VERB)) || !g_unichar_isalpha (g_utf8_get_char (before->text))))
    return;
  guint j = i + n;
  for (guint items = 0; j < we && items < 12; items++)
    {
      if (!is_name_word (word_at (scan, j)) || !brand_example (scan, j))
        return;
      Span *held = span_at (scan, word_at (scan, j)->span);
      if (held)
        {
          span_set_org (held);
          held->cued = TRUE;
          j = held->b;
        }
      else
        {
          org_by_cue (scan, j, we);
          while (j < we && word_at (scan, j)->upper)
            j++;
        }
      guint next = next_example (scan, we, j);
      if (next == j)
        return;
      j = next;
    }
}
