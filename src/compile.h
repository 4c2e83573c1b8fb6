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

/* --dis: print a disassembly of code and every nested code object to stdout. */
void disasm_print(CodeObj *code);

#endif
