/* tables.h: memory for the stage's large tables read at start-up (the
 * images' word maps, the tagger's weights), in pages of 2 MiB where the
 * kernel gives them (tables.c). */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Returns @size zeroed bytes, aligned as malloc() aligns (at least 8:
 * glibc gives 8, not 16, on 32-bit ARM and MIPS; the tables' readers load
 * unaligned), a mapped table to its large page; sets *@mapped to what
 * table_free() needs.  A table of 2 MiB or more is mapped on its
 * own and asked for in pages of 2 MiB: one fault a 2 MiB page where a
 * table written whole faulted every 4 KiB, and fewer misses of the TLB
 * where it is probed at random. */
gpointer table_new0 (gsize size, gsize *mapped);

/* Frees what table_new0() gave (@mapped as it set it); NULL is ignored. */
void table_free (gpointer table, gsize mapped);

G_END_DECLS
