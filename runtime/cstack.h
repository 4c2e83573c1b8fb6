/* cstack.h — the guard that turns C-stack exhaustion into RecursionError.
 *
 * Python calls never use the C stack (DESIGN.md section 2), but some C code
 * recurses on the shape of its input: repr/compare/hash of nested containers,
 * the compiler on nested expressions.  Those places ask cstack_exhausted()
 * before recursing; it compares the current stack address with a floor set
 * from RLIMIT_STACK at start-up, so the answer holds under any `ulimit -s`.
 */
#ifndef ASP_CSTACK_H
#define ASP_CSTACK_H

#include <stdbool.h>
#include <stdint.h>

/* Record the stack base; call once, early in main (interp_init does). */
void cstack_init(void);

extern _Thread_local uintptr_t cstack_floor;

/* True when less than the safety margin of C stack is left. */
static inline bool cstack_exhausted(void) {
    char here;
    return (uintptr_t)&here < cstack_floor;
}

/* cstack_exhausted(), raising RecursionError("maximum recursion depth
 * exceeded" + where) when it is; where is e.g. " during compilation". */
bool cstack_check(const char *where);

#endif
