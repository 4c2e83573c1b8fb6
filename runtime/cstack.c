/* cstack.c — the C-stack floor behind cstack_exhausted() (see cstack.h).
 * Invariant: cstack_floor leaves a margin of at least 128 KiB (a quarter of
 * the stack, at most 512 KiB) for the code that raises the RecursionError. */
#include <pthread.h>
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
    /* A quarter of the stack (at most 512 KiB, at least 128 KiB) stays in
     * reserve for raising and reporting the error; the Python-level code never
     * needs the C stack, so little is lost. */
    size_t margin = lim / 4 > ((size_t)512 << 10) ? ((size_t)512 << 10) : lim / 4;
    if (margin < ((size_t)128 << 10)) margin = (size_t)128 << 10;
    /* The real bounds of this thread's stack (for the main thread glibc reads
     * them from the process's mappings and the rlimit); the environment and
     * whatever sits above `here` are then accounted for exactly. */
    pthread_attr_t attr;
    void *lo;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
        bool ok = pthread_attr_getstack(&attr, &lo, &size) == 0 && size > margin;
        pthread_attr_destroy(&attr);
        if (ok && (uintptr_t)lo < (uintptr_t)&here) {
            cstack_floor = (uintptr_t)lo + margin;
            return;
        }
    }
    /* Fallback: assume the stack ends lim bytes below here, less some slack
     * for the environment and main()'s callers. */
    cstack_floor = (uintptr_t)&here - lim + margin + ((size_t)64 << 10);
}

bool cstack_check(const char *where) {
    if (!cstack_exhausted()) return true;
    rt_raise(&exc_RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
}
