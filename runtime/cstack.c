/* cstack.c — the C-stack floor behind cstack_exhausted() (see cstack.h).
 * Invariant: cstack_floor leaves a margin of at least 96 KiB (an eighth of
 * the stack, at most 256 KiB) for the code that raises the RecursionError. */
#include <sys/resource.h>
#include "cstack.h"
#include "errors.h"

_Thread_local uintptr_t cstack_floor;

void cstack_init(void) {
    char here;
    size_t lim = (size_t)8 << 20;
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur > 0)
        lim = rl.rlim_cur;
    size_t margin = lim / 8 > ((size_t)256 << 10) ? ((size_t)256 << 10) : lim / 8;
    if (margin < ((size_t)96 << 10)) margin = (size_t)96 << 10;
    /* main() and the C library sit above `here`; a few KiB of slack covers them. */
    cstack_floor = (uintptr_t)&here - lim + margin + ((size_t)16 << 10);
}

bool cstack_check(const char *where) {
    if (!cstack_exhausted()) return true;
    rt_raise(&exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
}
