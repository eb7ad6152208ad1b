/* tables.c: the stage's large tables in the kernel's large pages
 * (tables.h).
 *
 * perf over one-document runs had 37% of the samples in page faults,
 * most of them map_of() (gazetteer-image.c) writing some 12 MB of the
 * images' slots a 4 KiB page at a time.  In large pages a one-document
 * run faulted 8,428 -> 1,947 times (SPEED.md).
 */
/* For madvise() and MADV_HUGEPAGE. */
#define _DEFAULT_SOURCE

#include "tables.h"

#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* valgrind's client requests, where its headers are installed: a few
 * instructions that are no-ops outside valgrind. */
#if defined(__has_include)
#if __has_include(<valgrind/valgrind.h>)
#include <valgrind/valgrind.h>
#endif
#endif

/* The size of the large page the kernel gives anonymous memory, read from
 * sysfs: 2 MiB on x86-64 and on arm64 with 4 KiB pages, 512 MiB on arm64
 * with 64 KiB pages, 16 MiB on ppc64le with the hash MMU.  0 where
 * transparent large pages are missing or `never`, or the size is not
 * readable: then every table is ordinary memory. */
static gsize
read_large_page (void)
{
#if defined(MADV_HUGEPAGE) && !defined(TABLES_ORDINARY_ONLY)
#ifdef RUNNING_ON_VALGRIND
  if (RUNNING_ON_VALGRIND)
    return 0;
#endif
  g_autofree char *enabled = NULL;
  g_autofree char *text = NULL;
  if (!g_file_get_contents ("/sys/kernel/mm/transparent_hugepage/enabled", &enabled, NULL, NULL)
      || strstr (enabled, "[never]") != NULL
      || !g_file_get_contents ("/sys/kernel/mm/transparent_hugepage/hpage_pmd_size", &text, NULL, NULL))
    return 0;
  guint64 size = g_ascii_strtoull (text, NULL, 10);
  /* A power of two past the small page; a mapping is this much longer
   * than its table, so a size no table reaches is as good as none. */
  if (size <= (guint64) sysconf (_SC_PAGESIZE) || (size & (size - 1)) != 0 || size > G_MAXSIZE / 4)
    return 0;
  return (gsize) size;
#else
  return 0;
#endif
}

gsize
table_large_page (void)
{
  /* Stored plus one: g_once_init_leave() takes no 0. */
  static gsize large = 0;
  if (g_once_init_enter (&large))
    g_once_init_leave (&large, read_large_page () + 1);
  return large - 1;
}

gpointer
table_new0 (gsize size, gsize *mapped)
{
  *mapped = 0;
#ifdef MADV_HUGEPAGE
  gsize large = table_large_page ();
  if (large != 0 && size >= large)
    {
      /* Aligned to the large page by mapping one more and cutting off the
       * ends.  The length is rounded to the small page only: a table's
       * last part short of a large page stays in small pages (the
       * weights, 2.25 MiB, would take 4 MiB resident).  madvise() is a
       * wish (with `defrag` at `never` the kernel may still give small
       * pages), its error none to report: these are zeroed pages all
       * the same. */
      gsize page = (gsize) sysconf (_SC_PAGESIZE);
      gsize length = (size + page - 1) & ~(page - 1);
      char *raw = mmap (NULL, length + large, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (raw != MAP_FAILED)
        {
          char *at = (char *) (((guintptr) raw + large - 1) & ~(guintptr) (large - 1));
          if (at > raw)
            munmap (raw, (gsize) (at - raw));
          if (at + length < raw + length + large)
            munmap (at + length, (gsize) (raw + length + large - (at + length)));
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
