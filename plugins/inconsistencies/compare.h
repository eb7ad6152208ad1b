/* compare.h: stories, and where their reports disagree (compare.c). */
#pragma once

#include "summary.h"

/* Groups the corpus into stories and writes, story by story, its `story`
 * record and the findings where its reports disagree. */
gboolean compare_stories (Corpus *corpus, AssaySink *sink, GError **error);
