/* compare.h: stories, and where their reports disagree (compare.c). */
#pragma once

#include "summary.h"

/* join(): groups the corpus into stories and tells each story's
 * documents to @sink.  Returns: (transfer full): the stories (Story*, in
 * order; they point into @corpus, so free them first), or NULL with
 * @error. */
GPtrArray *compare_join (Corpus *corpus, AssaySink *sink, GError **error);

/* finish_stories(): writes, for each of @stories from @first to @end - 1,
 * its `story` record and the findings where its reports disagree; what a
 * story writes depends on its own documents only. */
gboolean compare_story_range (const Corpus *corpus, GPtrArray *stories, guint first, guint end, AssaySink *sink,
                              GError **error);
