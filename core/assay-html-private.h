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
