/* gc.c — the collector's set-up and the one place roots are registered.
 *
 * Boehm GC scans the stack, registers and the data segment on its own; GMP's
 * limbs are routed to GC_MALLOC_ATOMIC so big ints are collected too.  Anything
 * only reachable from memory the collector does not scan must be listed here
 * through gc_add_root().
 */
#include <string.h>
#include <gmp.h>
#include "interp.h"

static void *gmp_alloc(size_t n) {
    return GC_MALLOC_ATOMIC(n);
}

static void *gmp_realloc(void *p, size_t old, size_t n) {
    (void)old;
    return GC_REALLOC(p, n);
}

/* Never free: the collector owns the memory, a stale pointer must stay valid. */
static void gmp_free(void *p, size_t n) {
    (void)p;
    (void)n;
}

void gc_init(void) {
    GC_INIT();

    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
}

void gc_add_root(Value *slot) {
    GC_add_roots(slot, slot + 1);
}
