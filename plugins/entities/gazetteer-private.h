/* gazetteer-private.h: what gazetteer.c and gazetteer-image.c share: the
 * word maps' and the gazetteer's layout, which the prebuilt image
 * (gazetteer-image.c) is written from and read back into. */
#pragma once

#include "gazetteer.h"

G_BEGIN_DECLS

#define ENTRY_BLOCK 4096

/* What a word is to the names (the flags of the starts map): a name
 * starts with it (cut at an apostrophe: "people" of "people's"); a name
 * of it alone is listed; a longer name starts with it whole. */
enum
{
  START_NAME = 1 << 0,
  START_WHOLE = 1 << 1,
  START_LONGER = 1 << 2,
  START_ACRONYM = 1 << 3, /* a name of it alone is listed in capitals only */
};
/* GazetteerWord.start holds them in a byte. */
G_STATIC_ASSERT (START_ACRONYM <= G_MAXUINT8);

/* What a key of words joined is to the names (the flags of the keys
 * map): a listed name, listed in capitals only, the start of a longer
 * one. */
enum
{
  KEY_NAME = 1 << 0,
  KEY_ACRONYM = 1 << 1,
  KEY_PREFIX = 1 << 2,
};

struct _Gazetteer
{
  WordMap *starts;     /* the first words of the names' keys, to skip most words at once */
  WordMap *currencies; /* ISO 4217 codes' keys: units, no names */
  /* Every name's key (words joined by ' ') and every prefix of one (cut
   * after each word but the last: where to go on), with KEY_ flags and
   * the name's entry: one probe a word a name grows by. */
  WordMap *keys;
  GPtrArray *entries;  /* blocks of ENTRY_BLOCK GazetteerEntry, owned */
  guint block_used;    /* entries used of the last block */
  gsize entries_mapped; /* an image's entries (one block) from table_new0(): table_free()'s argument, 0: none */
  GStringChunk *strings;
  guint longest;       /* in tokens */
  GPtrArray *sources;  /* the data files read, by name, in order (for the image) */
  char *image;         /* nullable: the strings of the image read (gazetteer-image.c), which the maps' keys and the entries point into */
};

/* The gazetteer read from the data files of @data_dir (the TSVs; no
 * image), or NULL with @error naming the file and line. */
Gazetteer *gazetteer_read_tsv (const char *data_dir, GError **error);

/* Returns (transfer full): the gazetteer of @data_dir/gazetteer.image
 * where that file exists, is whole (the hash in its header its bytes'),
 * was written by this build's code and utf8proc, and every data file it
 * was made from is as it was then; otherwise NULL, and the caller reads
 * the TSVs (a damaged image with a warning naming the file and what is
 * wrong: it is a cache, and must not stop the stage). */
Gazetteer *gazetteer_image_load (const char *data_dir);

/* Sets the hash in the header of the image @data (@n bytes) to its
 * bytes' (what the writer does last; the tests use it to reach the
 * checks behind that hash with an image changed on purpose). */
void gazetteer_image_seal (char *data, gsize n);

/* Writes @g, read from the TSVs of @data_dir, as the image @path. */
gboolean gazetteer_image_write (const Gazetteer *g, const char *data_dir, const char *path, GError **error);

/* The same for a word map of flags alone (first_names_load()'s), from
 * the files word_map_note_source() named. */
gboolean word_map_image_write (const WordMap *m, const char *data_dir, const char *path, GError **error);

G_END_DECLS
