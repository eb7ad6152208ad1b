/* langid.h: language identification, a C view of CLD2 (langid.cc). */
#pragma once

/* Returns: (transfer none) (nullable): the language of @text as an ISO
 * 639-1 code where one exists ("en", "cs"; "zh-Hant" and the like
 * otherwise), or NULL when unknown; @percent gets the share of the text in
 * it, @reliable whether CLD2 trusts its answer. */
const char *langid_detect (const char *text, int length, int *percent, int *reliable);
