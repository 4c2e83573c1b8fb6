/* gc.c — the collector's set-up and the one place roots are registered.
 *
 * Boehm GC scans the stack, registers and the data segment on its own; GMP's
 * allocations are routed to the collector so big ints are collected too.  Anything
 * only reachable from memory the collector does not scan must be listed here
 * through gc_add_root().  Threads: the collector runs single-threaded until
 * the first extra thread starts; then gil.c enables thread registration and
 * every interpreter thread registers its stack (gil_thread_enter).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gmp.h>
#include "interp.h"

/* GMP cannot report a failed allocation; the operations check sizes first
 * (int.c raises MemoryError), so this is the last resort instead of a crash. */
static void gmp_out_of_memory(void) {
    fflush(stdout);
    fputs("MemoryError: out of memory in a big-integer operation\n", stderr);
    exit(1);
}

/* Scanned, not atomic: GMP keeps pointers in some of its temporaries (the FFT's
 * arrays of pointers into a big block), and an atomic block hides them from
 * the collector, which then frees live memory mid-multiplication.  Limbs that
 * outlive the operation are moved to atomic memory by int.c's take(). */
static void *gmp_alloc(size_t n) {
    void *p = GC_MALLOC(n);
    if (!p) gmp_out_of_memory();
    return p;
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
    (void)old;
    p = GC_REALLOC(p, n);
    if (!p) gmp_out_of_memory();
    return p;
}

/* Never free: the collector owns the memory, a stale pointer must stay valid. */
static void gmp_free(void *p, size_t n) {
    (void)p;
    (void)n;
}

/* CPython prints nothing when an allocation fails (it raises MemoryError), so
 * the collector's "Failed to expand heap" / "very large block" notes stay quiet. */
static void gc_quiet(char *msg, GC_word arg) {
    (void)msg;
    (void)arg;
}

void gc_init(void) {
    GC_INIT();
    GC_set_warn_proc(gc_quiet);
    /* Start with a heap big enough that short programs never collect and
     * frame-heavy ones collect rarely (the default few hundred KiB makes
     * async benchmarks spend half their time collecting). */
    GC_expand_hp((size_t)8 << 20);

    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

void gc_add_root(Value *slot) {
    GC_add_roots(slot, slot + 1);
}
