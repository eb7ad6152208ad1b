/* assay-html-private.h: what assay-html.c and assay-html-hints.c share;
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
