/* assay-html.c: a news article's page (HTML) into a document: its main
 * text, paragraph by paragraph, and its title, publication time, author,
 * site and address as metadata.
 *
 * The page is parsed by gumbo, an HTML5 parser: broken markup is repaired
 * as a browser would, and character references are decoded.  The main
 * text is found as readability and trafilatura find it: every paragraph of
 * some length scores (one point, one a comma, one a hundred characters, up
 * to three) for the element holding it and, less, for that element's
 * ancestors; a holder's score shrinks with the share of its text that is
 * link text (menus, lists of related stories); the best holder, with those
 * of its siblings that score near it, is the article.  Text written
 * straight into a block beside other blocks (lines parted by <br><br>)
 * scores as paragraphs of that block.  Page chrome that HTML5 names (nav,
 * aside, header, footer, a form that does not wrap the page) and what is
 * no text (script, style, figure, iframe, svg) never counts.  Nor do
 * elements whose class or id say they are chrome ("sidebar", "comment",
 * "related"; data/html-hints.tsv, Readability.js's patterns), and those
 * words move a holder's score down or up ("article", "content") as they
 * move Readability's; a page that is left without an article is read
 * again without them.
 *
 * The metadata come from what publishers write for search engines and
 * social sites: Open Graph (og:title, og:site_name, og:url,
 * article:published_time), schema.org JSON-LD (headline, datePublished,
 * author, publisher), the <meta name="author"> convention, <link
 * rel="canonical">, <time datetime>, and <title> without the site's name.
 *
 * Everything here is a pure function of the bytes: callable from any
 * thread, with nothing kept between calls.
 */
#include "assay-private.h"
#include "assay-html-private.h"

#include <string.h>
#include <gumbo.h>


/* A paragraph shorter than this scores nothing: captions, datelines,
 * "Share this" lines (readability's threshold). */
#define MIN_PARAGRAPH_CHARS 25
/* Below this much text the page holds no article (an index, a login
 * wall, an error page): an error record, not a document of crumbs. */
#define MIN_ARTICLE_CHARS 120
/* A block more than half of whose text is link text is a list of links. */
#define MAX_BLOCK_LINK_DENSITY 0.5
/* Elements nested deeper are not looked into: every walk here recurses,
 * and real pages stay under a hundred levels. */
#define MAX_WALK_DEPTH 256
/* gumbo's tree building checks the open elements from the innermost out
 * at every tag, so time grows with tags times depth: 200,000 nested
 * <div>s (1.2 MB) took five minutes.  Pages nested deeper than this, by a
 * count made before parsing, are refused; real pages stay under 100. */
#define MAX_HTML_DEPTH 512

static void
page_meta_clear (AssayHtmlMeta *m)
{
  g_free (m->title);
  g_free (m->og_title);
  g_free (m->site);
  g_free (m->published);
  g_free (m->author);
  g_free (m->url);
  g_free (m->headline);
  g_free (m->ld_published);
  g_free (m->ld_name);
}

static gboolean
is_element (const GumboNode *node, GumboTag tag)
{
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

const char *
assay_html_attr (const GumboNode *node, const char *name)
{
  if (node->type != GUMBO_NODE_ELEMENT)
    return NULL;
  GumboAttribute *a = gumbo_get_attribute (&node->v.element.attributes, name);
  return a ? a->value : NULL;
}

static const GumboVector *
children (const GumboNode *node)
{
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE)
    return &node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT)
    return &node->v.document.children;
  return NULL;
}

/* Elements whose content is never article text. */
static gboolean
is_chrome (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_H1: /* the headline: the title's, not the text's */
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_hidden (const GumboNode *node)
{
  if (node->type != GUMBO_NODE_ELEMENT)
    return FALSE;
  const char *aria = assay_html_attr (node, "aria-hidden");
  return assay_html_attr (node, "hidden") != NULL || (aria && g_ascii_strcasecmp (aria, "true") == 0);
}

/* What the walks of one page share: which of its <form>s wrap the page,
 * which of its inline elements hold blocks, and a count of the elements
 * the walks visited (the work done, which
 * assay_html_to_document_counting() hands to the tests). */
typedef struct
{
  GHashTable *page_forms;    /* the <form>s that wrap the page, a set */
  GHashTable *inline_blocks; /* elements not blocks that hold one, a set */
  guint64 visits;
} Page;

static gboolean is_block (GumboTag tag);
static gboolean is_chrome_node (Page *page, const GumboNode *node);

/* What mark_page() finds at or below an element. */
enum
{
  HOLDS_HEADLINE = 1 << 0, /* an <article>, <main> or <h1> */
  HOLDS_BLOCK = 1 << 1,    /* a block that is not chrome */
};

/* Marks what the walks ask of the elements at or below @node, in one
 * pass, bottom up, before them: asked again at every walk that meets an
 * element, its subtree would be walked each time (nested page-wrapping
 * forms made a page a hundred times slower so).  A <form> that holds an
 * <article>, <main> or <h1> wraps the page (ASP.NET writes one round it)
 * and is no form of the page; an inline or unknown element (<span>,
 * <font>, a custom element; not a link) that holds a block holds
 * paragraphs, which the walks go into as into a block.  Returns HOLDS_ flags. */
static guint
mark_page (Page *page, const GumboNode *node, guint depth)
{
  if (depth > MAX_HTML_DEPTH * 2 || node->type != GUMBO_NODE_ELEMENT)
    return 0;
  page->visits++;
  guint below = 0;
  const GumboVector *kids = children (node);
  for (guint i = 0; i < kids->length; i++)
    below |= mark_page (page, kids->data[i], depth + 1);
  GumboTag tag = node->v.element.tag;
  if ((below & HOLDS_HEADLINE) && tag == GUMBO_TAG_FORM)
    g_hash_table_add (page->page_forms, (gpointer) node);
  /* Not a link: what it holds is link text, which never scores and is
   * never written as prose; gone into, a story card (<a><div>picture
   * </div>headline</a>) was written out as the article's. */
  if ((below & HOLDS_BLOCK) && !is_block (tag) && tag != GUMBO_TAG_A)
    g_hash_table_add (page->inline_blocks, (gpointer) node);
  guint found = below & HOLDS_HEADLINE;
  if (tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_H1)
    found |= HOLDS_HEADLINE;
  if (!is_chrome_node (page, node) && (is_block (tag) || (below & HOLDS_BLOCK)))
    found |= HOLDS_BLOCK;
  return found;
}

/* TRUE when @node is an element, not a block, that holds a block. */
static gboolean
holds_blocks (const Page *page, const GumboNode *node)
{
  return node->type == GUMBO_NODE_ELEMENT && g_hash_table_contains (page->inline_blocks, node);
}

/* Chrome by its tag, but a <form> that wraps the page is not. */
static gboolean
is_chrome_node (Page *page, const GumboNode *node)
{
  GumboTag tag = node->v.element.tag;
  return tag == GUMBO_TAG_FORM ? !g_hash_table_contains (page->page_forms, node) : is_chrome (tag);
}

/* Whether the walks for the article pass over @node (an element). */
static gboolean
is_skipped (Page *page, const GumboNode *node, gboolean hints)
{
  return is_chrome_node (page, node) || is_hidden (node)
         || (hints && assay_html_is_unlikely (node));
}

/* Elements that start a block of their own: text on either side of one
 * is another paragraph. */
static gboolean
is_block (GumboTag tag)
{
  switch (tag)
    {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return TRUE;
    default:
      return is_chrome (tag);
    }
}

static gboolean
is_heading (GumboTag tag)
{
  return tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5
         || tag == GUMBO_TAG_H6;
}

/* Appends @text with runs of white space as one space (none at the start
 * of @out or after a line break). */
static void
append_collapsed (GString *out, const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ' && out->str[out->len - 1] != '\n')
            g_string_append_c (out, ' ');
          continue;
        }
      g_string_append_c (out, *p);
    }
}

typedef struct
{
  gsize chars;      /* bytes of text, white space collapsed */
  gsize link_chars; /* of them, inside <a> */
  guint commas;
} TextStats;

/* The inline text of @node into @out (when not NULL), counted in @stats:
 * every text below it but chrome, <br> a line break.  Blocks inside it
 * are read as inline (a <p> inside a <span> is broken markup's). */
static void
inline_text (Page *page, const GumboNode *node, GString *out, TextStats *stats, gboolean in_link,
             guint depth)
{
  if (depth > MAX_WALK_DEPTH)
    return;
  page->visits++;
  switch (node->type)
    {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
      {
        const char *t = node->v.text.text;
        gsize n = 0;
        gboolean space = FALSE;
        for (const char *p = t; *p; p++)
          {
            gboolean s = g_ascii_isspace (*p);
            if (!s || !space)
              n++;
            space = s;
            if (*p == ',')
              stats->commas++;
          }
        stats->chars += n;
        if (in_link)
          stats->link_chars += n;
        if (out)
          append_collapsed (out, t);
        return;
      }
    case GUMBO_NODE_ELEMENT:
      {
        GumboTag tag = node->v.element.tag;
        if ((tag != GUMBO_TAG_H1 && is_chrome_node (page, node)) || is_hidden (node))
          return;
        if (tag == GUMBO_TAG_BR)
          {
            if (out)
              {
                while (out->len > 0 && out->str[out->len - 1] == ' ')
                  g_string_truncate (out, out->len - 1);
                if (out->len > 0)
                  g_string_append_c (out, '\n');
              }
            return;
          }
        gboolean link = in_link || tag == GUMBO_TAG_A;
        const GumboVector *kids = children (node);
        for (guint i = 0; i < kids->length; i++)
          inline_text (page, kids->data[i], out, stats, link, depth + 1);
        if (out && is_block (tag) && out->len > 0 && out->str[out->len - 1] != ' ')
          g_string_append_c (out, ' ');
        return;
      }
    default:
      return;
    }
}

/* TRUE when an element child of @node starts a block. */
static gboolean
has_block_child (Page *page, const GumboNode *node)
{
  const GumboVector *kids = children (node);
  for (guint i = 0; kids && i < kids->length; i++)
    {
      const GumboNode *k = kids->data[i];
      if (k->type == GUMBO_NODE_ELEMENT
          && ((is_block (k->v.element.tag) && !is_chrome_node (page, k)) || holds_blocks (page, k)))
        return TRUE;
    }
  return FALSE;
}

/* A paragraph: a <p> or <pre>, or a block holding only inline content (a
 * <div> of text, as some sites write paragraphs). */
static gboolean
is_paragraph (Page *page, const GumboNode *node)
{
  if (node->type != GUMBO_NODE_ELEMENT)
    return FALSE;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE)
    return TRUE;
  return (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_TD
          || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_ARTICLE)
         && !has_block_child (page, node);
}

/* ---- scoring ------------------------------------------------------------- */

/* A holder's score, and when it was first scored: holders that score
 * alike rank by their place in the page (the walk goes in document
 * order), so that the article never depends on where the parser's nodes
 * lie in memory, which the hash table's order follows. */
typedef struct
{
  double score;
  guint order;
} Score;

typedef struct
{
  Page *page;
  GHashTable *scores; /* GumboNode* -> Score*, the holders of paragraphs */
  guint next_order;
  const GumboNode *best;
  double best_score;
  guint best_order;
  gboolean hints; /* class and id hints in use */
} Scoring;

/* TRUE when a score @a (first scored at @a_order) ranks above @b. */
static gboolean
ranks_above (double a, guint a_order, double b, guint b_order)
{
  return a > b || (a == b && a_order < b_order);
}

/* A holder's first score, by what its tag says of it (readability's). */
static double
tag_score (const GumboNode *node)
{
  switch (node->v.element.tag)
    {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_SECTION:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
      return -3;
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
    }
}

static void
add_score (Scoring *s, const GumboNode *node, double points)
{
  Score *score = g_hash_table_lookup (s->scores, node);
  if (score == NULL)
    {
      score = g_new (Score, 1);
      score->score = tag_score (node) + (s->hints ? assay_html_class_weight (node) : 0);
      score->order = s->next_order++;
      g_hash_table_insert (s->scores, (gpointer) node, score);
    }
  score->score += points;
}

/* Scores a paragraph of text counted in @st for @holder and, less, its
 * ancestors: the holder gets it all, its parent half, the next a sixth,
 * as readability divides (a paragraph in a wrapper of its own still
 * counts for the article that holds the wrappers). */
static void
score_text (Scoring *s, const GumboNode *holder, const TextStats *st)
{
  if (st->chars < MIN_PARAGRAPH_CHARS)
    return;
  double points = 1 + st->commas + MIN (st->chars / 100, 3);
  const GumboNode *up = holder;
  for (int level = 0; level < 3 && up && up->type == GUMBO_NODE_ELEMENT; level++)
    {
      if (up->v.element.tag == GUMBO_TAG_HTML)
        break;
      add_score (s, up, points / (level == 0 ? 1 : level == 1 ? 2 : level * 3));
      up = up->parent;
    }
}

/* TRUE when @kids[i] is a <br> and the next node but white space is
 * another: the break between two paragraphs written without <p>. */
static gboolean
is_double_break (const GumboVector *kids, guint i)
{
  if (!is_element (kids->data[i], GUMBO_TAG_BR))
    return FALSE;
  for (guint j = i + 1; j < kids->length; j++)
    {
      const GumboNode *k = kids->data[j];
      if (k->type == GUMBO_NODE_WHITESPACE)
        continue;
      return is_element (k, GUMBO_TAG_BR);
    }
  return FALSE;
}

/* Scores each paragraph below @node for its holders. */
static void
score_paragraphs (Scoring *s, const GumboNode *node, guint depth)
{
  if (depth > MAX_WALK_DEPTH || node->type != GUMBO_NODE_ELEMENT)
    return;
  s->page->visits++;
  if (is_skipped (s->page, node, s->hints))
    return;
  if (is_paragraph (s->page, node))
    {
      TextStats st = { 0 };
      inline_text (s->page, node, NULL, &st, FALSE, 0);
      score_text (s, node->parent, &st);
      /* A <div> of text is its own holder too: a page of bare text. */
      if (node->v.element.tag != GUMBO_TAG_P && st.chars >= MIN_PARAGRAPH_CHARS)
        add_score (s, node, 1 + st.commas + MIN (st.chars / 100, 3));
      return;
    }
  /* Text written straight into @node between its blocks, parted by
   * <br><br>, is paragraphs of @node's (Readability wraps such runs in
   * <p>s): an article written so beside a block of its own (a picture's
   * <div>) would otherwise score nothing. */
  const GumboVector *kids = children (node);
  TextStats run = { 0 };
  for (guint i = 0; i < kids->length; i++)
    {
      const GumboNode *k = kids->data[i];
      if (k->type == GUMBO_NODE_ELEMENT && is_block (k->v.element.tag))
        {
          score_text (s, node, &run);
          run = (TextStats){ 0 };
          score_paragraphs (s, k, depth + 1);
        }
      else if (holds_blocks (s->page, k))
        {
          /* paragraphs inside a <span>, a <font>, a custom element:
           * each scores on its own, not as one run of @node's */
          score_text (s, node, &run);
          run = (TextStats){ 0 };
          score_paragraphs (s, k, depth + 1);
        }
      else if (is_double_break (kids, i))
        {
          score_text (s, node, &run);
          run = (TextStats){ 0 };
        }
      else
        inline_text (s->page, k, NULL, &run, FALSE, 0);
    }
  score_text (s, node, &run);
}

static double
link_density (Page *page, const GumboNode *node)
{
  TextStats st = { 0 };
  inline_text (page, node, NULL, &st, FALSE, 0);
  return st.chars ? (double) st.link_chars / st.chars : 0;
}

static void
pick_best (gpointer key, gpointer value, gpointer data)
{
  Scoring *s = data;
  const GumboNode *node = key;
  Score *score = value;
  score->score *= 1 - link_density (s->page, node);
  if (s->best == NULL || ranks_above (score->score, score->order, s->best_score, s->best_order))
    {
      s->best = node;
      s->best_score = score->score;
      s->best_order = score->order;
    }
}

/* Holders scored among the five best, at three quarters of the best's
 * score or more, with the best itself. */
#define TOP_CANDIDATES 5
#define MIN_ALTERNATIVES 3

static gboolean
is_ancestor (const GumboNode *ancestor, const GumboNode *node)
{
  for (const GumboNode *up = node->parent; up; up = up->parent)
    if (up == ancestor)
      return TRUE;
  return FALSE;
}

/* An article split into sections (a pull quote, a picture between them)
 * has its text in several holders that score alike: when three of the
 * next four best, each at three quarters of the best's score or more,
 * lie below one ancestor of the best, that ancestor is the article
 * (Readability's "alternative candidate ancestors").  Returns the best
 * holder otherwise. */
static const GumboNode *
shared_ancestor (const Scoring *s)
{
  const GumboNode *top[TOP_CANDIDATES] = { NULL };
  double top_score[TOP_CANDIDATES] = { 0 };
  guint top_order[TOP_CANDIDATES] = { 0 };
  GHashTableIter iter;
  gpointer key, value;
  g_hash_table_iter_init (&iter, s->scores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const Score *score = value;
      if (key == s->best)
        continue;
      /* insert into the four best after the best, by score, then by
       * place in the page */
      for (guint i = 1; i < TOP_CANDIDATES; i++)
        if (top[i] == NULL
            || ranks_above (score->score, score->order, top_score[i], top_order[i]))
          {
            for (guint j = TOP_CANDIDATES - 1; j > i; j--)
              top[j] = top[j - 1], top_score[j] = top_score[j - 1], top_order[j] = top_order[j - 1];
            top[i] = key, top_score[i] = score->score, top_order[i] = score->order;
            break;
          }
    }
  const GumboNode *alternatives[TOP_CANDIDATES];
  guint n = 0;
  for (guint i = 1; i < TOP_CANDIDATES; i++)
    if (top[i] && s->best_score > 0 && top_score[i] >= 0.75 * s->best_score)
      alternatives[n++] = top[i];
  /* Never <body> or above: a holder is below the page's body (a <body>
   * scored as the best has no ancestor to take). */
  if (n < MIN_ALTERNATIVES || is_element (s->best, GUMBO_TAG_BODY)
      || is_element (s->best, GUMBO_TAG_HTML))
    return s->best;
  for (const GumboNode *up = s->best->parent;
       up && up->type == GUMBO_NODE_ELEMENT && up->v.element.tag != GUMBO_TAG_BODY
       && up->v.element.tag != GUMBO_TAG_HTML;
       up = up->parent)
    {
      guint below = 0;
      for (guint i = 0; i < n; i++)
        below += is_ancestor (up, alternatives[i]);
      if (below >= MIN_ALTERNATIVES)
        return up;
    }
  return s->best;
}

/* ---- the text ------------------------------------------------------------ */

/* Ends the paragraph being gathered in @para, appending it to @text: its
 * lines (from <br>) trimmed, a run of <br><br> a paragraph break, a blank
 * paragraph nothing. */
static void
end_paragraph (GString *text, GString *para)
{
  g_auto (GStrv) lines = g_strsplit (para->str, "\n", -1);
  gboolean blank_before = text->len > 0;
  for (char **l = lines; *l; l++)
    {
      g_strstrip (*l);
      if (**l == '\0')
        {
          blank_before = blank_before || text->len > 0;
          continue;
        }
      if (text->len > 0)
        g_string_append (text, blank_before ? "\n\n" : "\n");
      g_string_append (text, *l);
      blank_before = FALSE;
    }
  g_string_truncate (para, 0);
}

/* Writes the blocks of @node into @text, a paragraph each; inline content
 * between blocks is a paragraph of its own.  A block mostly of links, or
 * a short <div> of text, is left out. */
static void
write_blocks (Page *page, const GumboNode *node, GString *text, GString *para, gboolean hints,
              guint depth)
{
  if (depth > MAX_WALK_DEPTH || node->type != GUMBO_NODE_ELEMENT)
    return;
  page->visits++;
  const GumboVector *kids = children (node);
  for (guint i = 0; i < kids->length; i++)
    {
      const GumboNode *k = kids->data[i];
      if (k->type == GUMBO_NODE_ELEMENT && is_skipped (page, k, hints))
        continue;
      if (k->type == GUMBO_NODE_ELEMENT && is_block (k->v.element.tag))
        {
          end_paragraph (text, para);
          if (is_paragraph (page, k) || is_heading (k->v.element.tag)
              || k->v.element.tag == GUMBO_TAG_LI)
            {
              if (k->v.element.tag == GUMBO_TAG_LI && has_block_child (page, k))
                {
                  write_blocks (page, k, text, para, hints, depth + 1);
                  continue;
                }
              TextStats st = { 0 };
              inline_text (page, k, para, &st, FALSE, 0);
              if (st.chars > 0 && (double) st.link_chars / st.chars > MAX_BLOCK_LINK_DENSITY)
                g_string_truncate (para, 0);
              /* A short <div> of text inside the article is a label (an
               * advertisement's, a caption's), not prose: writers' short
               * paragraphs are <p>s, their subheadings headings. */
              if (!is_element (k, GUMBO_TAG_P) && !is_element (k, GUMBO_TAG_LI)
                  && !is_element (k, GUMBO_TAG_BLOCKQUOTE) && !is_element (k, GUMBO_TAG_PRE)
                  && !is_heading (k->v.element.tag) && st.chars < MIN_PARAGRAPH_CHARS)
                g_string_truncate (para, 0);
              end_paragraph (text, para);
            }
          else
            write_blocks (page, k, text, para, hints, depth + 1);
          continue;
        }
      if (holds_blocks (page, k))
        {
          write_blocks (page, k, text, para, hints, depth + 1);
          continue;
        }
      TextStats st = { 0 };
      inline_text (page, k, para, &st, FALSE, 0);
    }
  end_paragraph (text, para);
}

/* The article's text: the best holder, and those of its siblings that
 * score near it (readability: a fifth of the best, and at least 10), or
 * are paragraphs of plain prose (long, few links). */
static char *
article_text (Page *page, const GumboNode *body, gboolean hints)
{
  Scoring s = { .page = page,
                .scores = g_hash_table_new_full (NULL, NULL, NULL, g_free),
                .hints = hints };
  score_paragraphs (&s, body, 0);
  g_hash_table_foreach (s.scores, pick_best, &s);
  if (s.best)
    s.best = shared_ancestor (&s);
  GString *text = g_string_new (NULL);
  if (s.best)
    {
      g_autoptr (GString) para = g_string_new (NULL);
      double threshold = MAX (10, s.best_score * 0.2);
      const GumboNode *parent = s.best->parent;
      const GumboVector *siblings = parent ? children (parent) : NULL;
      for (guint i = 0; siblings && i < siblings->length; i++)
        {
          const GumboNode *sib = siblings->data[i];
          if (sib->type != GUMBO_NODE_ELEMENT)
            continue;
          gboolean take = sib == s.best;
          if (!take)
            {
              const Score *score = g_hash_table_lookup (s.scores, sib);
              take = score && score->score >= threshold;
            }
          if (!take && is_element (sib, GUMBO_TAG_P))
            {
              TextStats st = { 0 };
              inline_text (page, sib, NULL, &st, FALSE, 0);
              take = st.chars > 80 && st.link_chars * 4 < st.chars;
            }
          if (!take)
            continue;
          if (is_paragraph (page, sib))
            {
              /* A holder that is a paragraph itself (a <div> of text). */
              TextStats st = { 0 };
              inline_text (page, sib, para, &st, FALSE, 0);
              end_paragraph (text, para);
            }
          else
            write_blocks (page, sib, text, para, hints, 0);
        }
    }
  g_hash_table_unref (s.scores);
  return g_string_free (text, FALSE);
}

/* ---- metadata ------------------------------------------------------------ */

char *
assay_html_clean_value (const char *value)
{
  if (value == NULL)
    return NULL;
  GString *out = g_string_new (NULL);
  append_collapsed (out, value);
  g_strstrip (out->str);
  out->len = strlen (out->str);
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

void
assay_html_set_once (char **slot, const char *value)
{
  if (*slot == NULL)
    *slot = assay_html_clean_value (value);
}

/* Reads the metadata of the page below @node: <meta>, <link>, JSON-LD,
 * <title>, <time>, and the first <h1> (for a page with no title). */
static void
read_meta (Page *page, const GumboNode *node, AssayHtmlMeta *m, char **h1, char **time, guint depth)
{
  if (depth > MAX_WALK_DEPTH || node->type != GUMBO_NODE_ELEMENT)
    return;
  page->visits++;
  switch (node->v.element.tag)
    {
    case GUMBO_TAG_META:
      {
        const char *key = assay_html_attr (node, "property");
        if (key == NULL)
          key = assay_html_attr (node, "name");
        if (key == NULL)
          key = assay_html_attr (node, "itemprop");
        const char *content = assay_html_attr (node, "content");
        if (key == NULL || content == NULL)
          return;
        if (g_ascii_strcasecmp (key, "og:title") == 0)
          assay_html_set_once (&m->og_title, content);
        else if (g_ascii_strcasecmp (key, "og:site_name") == 0)
          assay_html_set_once (&m->site, content);
        else if (g_ascii_strcasecmp (key, "og:url") == 0)
          assay_html_set_once (&m->url, content);
        else if (g_ascii_strcasecmp (key, "article:published_time") == 0
                 || g_ascii_strcasecmp (key, "datePublished") == 0)
          assay_html_set_once (&m->published, content);
        else if (g_ascii_strcasecmp (key, "author") == 0
                 || (g_ascii_strcasecmp (key, "article:author") == 0
                     && !g_str_has_prefix (content, "http")))
          assay_html_set_once (&m->author, content);
        return;
      }
    case GUMBO_TAG_LINK:
      {
        const char *rel = assay_html_attr (node, "rel");
        if (rel && g_ascii_strcasecmp (rel, "canonical") == 0)
          assay_html_set_once (&m->url, assay_html_attr (node, "href"));
        return;
      }
    case GUMBO_TAG_SCRIPT:
      {
        const char *type = assay_html_attr (node, "type");
        if (type && g_ascii_strcasecmp (type, "application/ld+json") == 0)
          assay_html_read_jsonld (node, m);
        return;
      }
    case GUMBO_TAG_TITLE:
      if (m->title == NULL)
        {
          g_autoptr (GString) t = g_string_new (NULL);
          TextStats st = { 0 };
          const GumboVector *kids = children (node);
          for (guint i = 0; i < kids->length; i++)
            inline_text (page, kids->data[i], t, &st, FALSE, 0);
          m->title = assay_html_clean_value (t->str);
        }
      return;
    case GUMBO_TAG_TIME:
      if (*time == NULL)
        *time = assay_html_clean_value (assay_html_attr (node, "datetime"));
      break;
    case GUMBO_TAG_H1:
      if (*h1 == NULL && !is_hidden (node))
        {
          g_autoptr (GString) t = g_string_new (NULL);
          TextStats st = { 0 };
          inline_text (page, node, t, &st, FALSE, 0);
          *h1 = assay_html_clean_value (t->str);
        }
      break;
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
      return;
    default:
      break;
    }
  const GumboVector *kids = children (node);
  for (guint i = 0; i < kids->length; i++)
    read_meta (page, kids->data[i], m, h1, time, depth + 1);
}

/* ---- the document -------------------------------------------------------- */

/* @text without its lines that are @line (ignoring ASCII case), and
 * without the paragraphs that leaves empty: a headline written as text
 * (a page without <h1>) is the title's, not the article's. */
static char *
without_line (const char *text, const char *line)
{
  GString *out = g_string_new (NULL);
  g_auto (GStrv) paras = g_strsplit (text, "\n\n", -1);
  for (char **p = paras; *p; p++)
    {
      g_auto (GStrv) lines = g_strsplit (*p, "\n", -1);
      gboolean first = TRUE;
      for (char **l = lines; *l; l++)
        {
          if (g_ascii_strcasecmp (*l, line) == 0)
            continue;
          g_string_append (out, first ? (out->len ? "\n\n" : "") : "\n");
          g_string_append (out, *l);
          first = FALSE;
        }
    }
  return g_string_free (out, FALSE);
}

AssayDocument *
assay_html_to_document (const char *id, const char *html, gsize length, GError **error)
{
  return assay_html_to_document_counting (id, html, length, NULL, error);
}

AssayDocument *
assay_html_to_document_counting (const char *id, const char *html, gsize length, guint64 *visits,
                                 GError **error)
{
  g_return_val_if_fail (id != NULL && (html != NULL || length == 0), NULL);
  if (visits)
    *visits = 0;

  /* gumbo reads UTF-8: a page in another charset it declares is
   * converted; bytes that are in none become U+FFFD, counted as a .txt
   * file's are. */
  guint invalid = 0;
  g_autofree char *repaired = NULL;
  if (!g_utf8_validate_len (html, length, NULL))
    {
      gsize converted_length = 0;
      repaired = assay_html_from_declared_charset (html, length, &converted_length);
      if (repaired)
        length = converted_length;
      else
        repaired = assay_utf8_make_valid (html, length, &length, &invalid);
      html = repaired;
    }
  if (assay_html_depth (html ? html : "", length, MAX_HTML_DEPTH) > MAX_HTML_DEPTH)
    {
      g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_TOO_DEEP,
                   "the page nests elements deeper than %d levels (its tags, counted before "
                   "parsing); no article page does, and parsing it would take minutes",
                   MAX_HTML_DEPTH);
      return NULL;
    }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0; /* its list of parse errors is not used */
  GumboOutput *out = gumbo_parse_with_options (&options, html ? html : "", length);

  Page page = { .page_forms = g_hash_table_new (NULL, NULL),
                .inline_blocks = g_hash_table_new (NULL, NULL) };
  const GumboVector *top = children (out->root);
  for (guint i = 0; i < top->length; i++)
    mark_page (&page, top->data[i], 0);
  AssayHtmlMeta m = { 0 };
  g_autofree char *h1 = NULL, *time = NULL;
  read_meta (&page, out->root, &m, &h1, &time, 0);

  const GumboNode *body = NULL;
  for (guint i = 0; i < top->length && !body; i++)
    if (is_element (top->data[i], GUMBO_TAG_BODY))
      body = top->data[i];
  g_autofree char *text = body ? article_text (&page, body, TRUE) : g_strdup ("");
  /* The hints mislead on a page that names its article's block "comment"
   * or the like: read without them, as Readability does, when they leave
   * no article. */
  if (body && g_utf8_strlen (text, -1) < MIN_ARTICLE_CHARS)
    {
      g_free (text);
      text = article_text (&page, body, FALSE);
    }
  gumbo_destroy_output (&options, out);
  g_hash_table_unref (page.page_forms);
  g_hash_table_unref (page.inline_blocks);
  if (visits)
    *visits = page.visits;

  g_autofree char *title = NULL;
  if (m.og_title)
    title = assay_html_without_site (m.og_title, m.site);
  else if (m.headline)
    {
      /* Some sites put a description in headline and the title in name
       * (Wikipedia): as Readability, the one the <title> holds. */
      gboolean name_fits = m.ld_name && m.title && strcmp (m.ld_name, m.headline) != 0
                           && strstr (m.title, m.ld_name) && !strstr (m.title, m.headline);
      title = g_strdup (name_fits ? m.ld_name : m.headline);
    }
  else if (m.title)
    title = assay_html_strip_site_name (m.title, m.site);
  else if (h1)
    title = g_strdup (h1);
  if (title)
    {
      char *rest = without_line (text, title);
      g_free (text);
      text = rest;
    }

  if (g_utf8_strlen (text, -1) < MIN_ARTICLE_CHARS)
    {
      g_set_error (error, ASSAY_INPUT_ERROR, ASSAY_INPUT_ERROR_NO_ARTICLE,
                   "no article found in the page (%ld characters of paragraph text outside "
                   "menus and links; an article has at least %d)",
                   g_utf8_strlen (text, -1), MIN_ARTICLE_CHARS);
      page_meta_clear (&m);
      return NULL;
    }

  AssayDocument *doc = assay_document_new (id, text, strlen (text));
  /* JSON-LD's datePublished first: it is told apart from dateModified,
   * where many sites fill article:published_time with the last change
   * (as Readability, which prefers it too). */
  const char *published = m.ld_published ? m.ld_published : m.published ? m.published : time;
  struct
  {
    const char *key, *value;
  } meta[] = {
    { "title", title }, { "published", published }, { "author", m.author },
    { "source", m.site }, { "url", m.url },
  };
  for (guint i = 0; i < G_N_ELEMENTS (meta); i++)
    if (meta[i].value)
      assay_document_set_meta (doc, meta[i].key, meta[i].value, NULL);
  if (invalid > 0)
    {
      char count[16];
      g_snprintf (count, sizeof count, "%u", invalid);
      assay_document_set_meta (doc, ASSAY_META_INVALID_UTF8, count, NULL);
    }
  assay_document_set_meta (doc, ASSAY_META_PARSED_FROM, "html", NULL);
  page_meta_clear (&m);
  return doc;
}
