/* tables.h: memory for the stage's large tables read at start-up (the
 * images' word maps and entries, the tagger's weights), in the kernel's
 * large pages where it offers them (tables.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Under AddressSanitizer (GCC's __SANITIZE_ADDRESS__, clang's
 * __has_feature) every table comes from g_malloc0(): ASan puts redzones
 * only round what malloc() gives, and LeakSanitizer counts only its
 * leaks, so a probe past a mapped table's end or a table never freed
 * would go unseen.  Under valgrind, which tracks malloc() alike, the same
 * is decided when the program runs (tables.c). */
#if defined(__SANITIZE_ADDRESS__)
#define TABLES_ORDINARY_ONLY 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TABLES_ORDINARY_ONLY 1
#endif
#endif

/* Returns @size zeroed bytes, aligned as malloc() aligns (at least 8:
 * glibc gives 8, not 16, on 32-bit ARM and MIPS; the tables' readers load
 * unaligned), a mapped table to its large page; sets *@mapped to what
 * table_free() needs.  A table of at least table_large_page() bytes is
 * mapped on its own and asked for in large pages (madvise()): a table
 * written whole at start-up faults once a large page, not every 4 KiB.
 * Measured: page faults and the CPU of a one-document run (SPEED.md);
 * misses of the TLB were not. */
gpointer table_new0 (gsize size, gsize *mapped);

/* The kernel's large page for anonymous memory (2 MiB on x86-64, 512 MiB
 * on arm64 with 64 KiB pages), read once from
 * /sys/kernel/mm/transparent_hugepage/hpage_pmd_size; 0 where transparent
 * large pages are missing or `never`, in a build with
 * TABLES_ORDINARY_ONLY and under valgrind: then no table is mapped. */
gsize table_large_page (void);

/* Frees what table_new0() gave (@mapped as it set it); NULL is ignored. */
void table_free (gpointer table, gsize mapped);

G_END_DECLS
