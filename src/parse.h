/* parse.h — source text to AST (lexer + bison push parser), with CPython 3.11's
 * SyntaxError messages and positions. */
#ifndef ASP_PARSE_H
#define ASP_PARSE_H

#include "ast.h"

enum ParseMode { PARSE_FILE, PARSE_SINGLE /* one REPL statement */, PARSE_EVAL };
/* OR'd into a mode: the source is a script read from a file or stdin, which
 * CPython tokenizes from a stream (an error at the end of the file then gets
 * offset 0: no caret).  compile_source passes it through. */
enum { PARSE_STREAM = 0x100 };

/* Parse src (NUL-terminated UTF-8).  Returns K_Module / K_Interactive /
 * K_Expression, or NULL with a SyntaxError (or IndentationError) pending whose
 * filename, lineno, offset, text, end_lineno, end_offset are set.
 * For PARSE_SINGLE, *incomplete (if non-NULL) is set true when the input ends
 * inside an unfinished statement (the REPL then asks for more lines). */
Node *parse_source(const char *src, size_t len, Value filename, int mode, bool *incomplete);

/* --tokens: print one line per token ("1,0-1,5:\tNAME\t'print'" like
 * `python3 -m tokenize`) to stdout. false on a tokenize error (exception set). */
bool lex_dump_tokens(const char *src, size_t len, Value filename);

#endif
