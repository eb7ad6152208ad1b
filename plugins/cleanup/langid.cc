// langid.cc: the one C++ file of the stage: a C shim over CLD2 (Compact
// Language Detector 2, Debian's libcld2), which scores n-grams over the
// whole of a passage and does well on short ones.  Only plain C types
// cross this boundary.
#include <cstdio>
#include <cld2/public/compact_lang_det.h>

extern "C" {
#include "langid.h"
}

extern "C" const char *
langid_detect (const char *text, int length, int *percent, int *reliable)
{
  CLD2::Language top3[3];
  int percent3[3];
  double scores[3];
  int text_bytes = 0;
  bool is_reliable = false;
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary (
      text, length, true, nullptr, CLD2::kCLDFlagBestEffort, top3, percent3, scores, nullptr,
      &text_bytes, &is_reliable);
  if (percent)
    *percent = percent3[0];
  if (reliable)
    *reliable = is_reliable;
  return lang == CLD2::UNKNOWN_LANGUAGE ? nullptr : CLD2::LanguageCode (lang);
}
