/* repl.h — the interactive prompt: `asp` on a terminal, `asp -i script.py`. */
#ifndef ASP_REPL_H
#define ASP_REPL_H

#include "../runtime/value.h"

/* Read-eval-print in the namespace `globals` (the __main__ dict) until EOF,
 * exit() or an uncaught SystemExit; returns the exit status.  banner: print
 * the two-line banner first (plain `asp`, not -i).  On a terminal the line is
 * edited with libedit and the REPL's event loop runs while it waits for
 * input; otherwise lines are read from stdin with prompts on stderr. */
int repl_run(Value globals, bool banner);

/* The first banner line, also `asp -V`'s answer is its first words. */
#define REPL_VERSION "asp 0.1 (Python 3.11 subset)"

#endif
