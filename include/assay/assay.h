/* assay.h: the one header a stage plugin includes.
 *
 * It brings in the document model, typed options and the plugin ABI.  These
 * headers are all a plugin may use; the core's own internals stay private.
 */
#pragma once

#define ASSAY_INSIDE
#include <assay/assay-version.h>
#include <assay/assay-document.h>
#include <assay/assay-options.h>
#include <assay/assay-plugin.h>
#undef ASSAY_INSIDE
