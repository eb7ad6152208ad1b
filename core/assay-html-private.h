/* assay-html-private.h: what the files of HTML extraction (assay-html*.c) share;
 * nothing here is exported. */
#pragma once

#include <glib.h>
#include <gumbo.h>

/* Readability's class weight of @node (an element): 25 down for a
 * negative word in its class, 25 up for a positive one, the same again
 * for its id. */
G_GNUC_INTERNAL double assay_html_class_weight (const GumboNode *node);

/* TRUE when @node's class, id or ARIA role say it is page chrome
 * (Readability's unlikely candidates). */
G_GNUC_INTERNAL gboolean assay_html_is_unlikely (const GumboNode *node);

/* How deep the elements of the page @s (@n bytes) nest, by a count of
 * its tags made before parsing, stopping once past @max. */
G_GNUC_INTERNAL guint assay_html_depth (const char *s, gsize n, guint max);

/* Returns: (transfer full) (nullable): the page @html converted to UTF-8
 * from the charset it declares (@out_length its bytes), or NULL when it
 * declares none, declares UTF-8, or cannot be converted. */
G_GNUC_INTERNAL char *assay_html_from_declared_charset (const char *html, gsize length,
                                                        gsize *out_length);

/* Returns: (transfer full): the <title> @title without the site's name
 * (@site, nullable: when the page declares it), or cut at a separator
 * where the shorter part looks like a site's name. */
G_GNUC_INTERNAL char *assay_html_strip_site_name (const char *title, const char *site);

/* Returns: (transfer full): @title (og:title) without @site (nullable),
 * only where a separator joins the name at either end; unchanged
 * otherwise. */
G_GNUC_INTERNAL char *assay_html_without_site (const char *title, const char *site);

/* What a page's metadata say, each field owned (g_free) and set once:
 * the first value found wins. */
typedef struct
{
  char *title, *og_title, *site, *published, *author, *url, *headline;
  char *ld_published; /* JSON-LD's datePublished, apart: see where it is read */
  char *ld_name;      /* JSON-LD's name, beside its headline */
} AssayHtmlMeta;

/* Returns: (transfer full) (nullable): @value with runs of white space as
 * one space and none at either end, or NULL when that leaves nothing. */
G_GNUC_INTERNAL char *assay_html_clean_value (const char *value);

/* Sets *@slot to @value cleaned (assay_html_clean_value) unless it is
 * already set. */
G_GNUC_INTERNAL void assay_html_set_once (char **slot, const char *value);

/* Returns: (transfer none) (nullable): attribute @name of @node, NULL
 * when it has none or is no element. */
G_GNUC_INTERNAL const char *assay_html_attr (const GumboNode *node, const char *name);

/* Reads what the JSON-LD <script> @script says of the article into @m:
 * the first item with a datePublished or a headline, in a list or an
 * @graph too.  A block too large, too deep or not JSON is passed over. */
G_GNUC_INTERNAL void assay_html_read_jsonld (const GumboNode *script, AssayHtmlMeta *m);
