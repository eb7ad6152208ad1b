/* hints-tree.h: a pattern as a tree (hints.c parses it), for what the
 * stage reads from a pattern itself: its hints (hints.c) and the bytes
 * that may follow a word at a match's start (follow.c). */
#pragma once

#include "dates-private.h"

/* What a character can be, as the scan sees it: a digit and a letter
 * make words, a space separates, anything else is a mark (a token). */
enum
{
  C_DIGIT = 1,
  C_LETTER = 2,
  C_SPACE = 4,
  C_MARK = 8,
  C_ALNUM = C_DIGIT | C_LETTER,
  C_ANY = 15,
};

typedef enum
{
  N_SEQ,
  N_ALT,
  N_REPEAT,
  N_CHAR,     /* one character of the categories .cats; .c when literal */
  N_SLOT,     /* a lexicon class: {MONTH} */
  N_BOUNDARY, /* \b */
  N_ZERO,     /* anything else of no width: a lookaround, ^, $, (*MARK) */
} NodeType;

typedef struct Node Node;
struct Node
{
  NodeType type;
  GPtrArray *kids; /* Node, for SEQ, ALT, REPEAT (one) */
  int min, max;    /* REPEAT; max -1: no bound */
  guint8 cats;
  char c; /* a literal ASCII letter or digit, lowercase; 0 otherwise */
  char lits[8]; /* the ASCII characters it can be, when they are few and written out ("-", "[.-]") */
  char *slot;
};

typedef struct
{
  const char *p, *end;
  gboolean failed;
} Parser;

/* @ps's pattern from its place to the next ')' or its end, as a tree; on
 * a construct it cannot read, ps->failed */
Node *parse_alt (Parser *ps);
void node_free (gpointer data);
/* what the scan takes the ASCII character @c for */
guint8 cats_of (char c);
/* the lexicon's words of the slot @name ("{MONTH}"), or NULL */
GHashTable *slot_table (const Dates *d, const char *name);
