/* compile.h — AST to Code objects (symtable, lowering, emit). */
#ifndef ASP_COMPILE_H
#define ASP_COMPILE_H

#include "ast.h"
#include "code.h"

/* Compile a module / interactive / expression tree.  NULL with SyntaxError
 * pending for errors found after parsing ('return' outside function,
 * 'await' outside async function, ...).  source is the file text (for tracebacks). */
CodeObj *compile_ast(Node *mod, Value filename, Value source, int mode /* enum ParseMode */);

/* Parse and compile in one step (builtins compile/exec/eval, the REPL, import). */
CodeObj *compile_source(const char *src, size_t len, Value filename, int mode, bool *incomplete);

/* needed by the REPL: compile_source with COMPILE_* flags.  COMPILE_TOPLEVEL_AWAIT
 * (CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT) lets the module body itself use await,
 * async for, async with and async comprehensions; code that does is flagged
 * CO_COROUTINE (run it as a coroutine with the globals as its locals). */
enum { COMPILE_TOPLEVEL_AWAIT = 1 };
CodeObj *compile_source_flags(const char *src, size_t len, Value filename, int mode, int flags, bool *incomplete);

/* --dis: print a disassembly of code and every nested code object to stdout. */
void disasm_print(CodeObj *code);

#endif
