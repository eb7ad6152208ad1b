/* assay.h: the one header a stage plugin includes.
 *
 * It brings in the document model, typed options, the plugin ABI and the
 * text, date and data-table helpers.  These
 * headers are all a plugin may use; the core's own internals stay private.
 */
#pragma once

#define ASSAY_INSIDE
#include <assay/assay-version.h>
#include <assay/assay-document.h>
#include <assay/assay-options.h>
#include <assay/assay-state.h>
#include <assay/assay-plugin.h>
#include <assay/assay-text.h>
#include <assay/assay-date.h>
#include <assay/assay-data.h>
#undef ASSAY_INSIDE
