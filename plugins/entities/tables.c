/* tables.c: the stage's large tables in pages of 2 MiB (tables.h).
 *
 * perf over one-document runs had 37% of the samples in page faults,
 * most of them map_of() (gazetteer-image.c) writing some 12 MB of the
 * images' slots a 4 KiB page at a time; an 8 MiB table touched page by
 * page took 3.5 ms here, in pages of 2 MiB 0.4 ms.
 */
/* For madvise() and MADV_HUGEPAGE. */
#define _DEFAULT_SOURCE

#include "tables.h"

#include <sys/mman.h>
#include <unistd.h>

#define HUGE_PAGE ((gsize) 2 << 20)

gpointer
table_new0 (gsize size, gsize *mapped)
{
  *mapped = 0;
#ifdef MADV_HUGEPAGE
  if (size >= HUGE_PAGE)
    {
      /* Aligned to 2 MiB by mapping 2 MiB more and cutting off the
       * ends.  The length is rounded to the small page only: a table's
       * last part short of 2 MiB stays in small pages (the weights, 2.25
       * MiB, would take 4 MiB resident).  Where the kernel has no large
       * pages, or will not, these are ordinary zeroed pages: madvise()
       * is a wish, its error none to report. */
      gsize page = (gsize) sysconf (_SC_PAGESIZE);
      gsize length = (size + page - 1) & ~(page - 1);
      char *raw = mmap (NULL, length + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (raw != MAP_FAILED)
        {
          char *at = (char *) (((guintptr) raw + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1));
          if (at > raw)
            munmap (raw, (gsize) (at - raw));
          if (at + length < raw + length + HUGE_PAGE)
            munmap (at + length, (gsize) (raw + length + HUGE_PAGE - (at + length)));
          madvise (at, length, MADV_HUGEPAGE);
          *mapped = length;
          return at;
        }
    }
#endif
  return g_malloc0 (size);
}

void
table_free (gpointer table, gsize mapped)
{
  if (mapped)
    munmap (table, mapped);
  else
    g_free (table);
}
