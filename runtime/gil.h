/* gil.h — the global interpreter lock: one thread at a time runs Python.
 *
 * Until the first extra thread starts (gil_enable) the lock is a formality:
 * every call below is a cheap no-op, so single-threaded programs pay nothing.
 * After that a thread holds the GIL whenever it touches interpreter state;
 * blocking calls (sleep, lock waits, reads, the event loop's poll) bracket the
 * wait with gil_release() / gil_acquire(), and the VM's eval breaker hands the
 * GIL over when another thread has waited longer than the switch interval
 * (CPython's "drop request" scheme).
 */
#ifndef ASP_GIL_H
#define ASP_GIL_H

#include <stdatomic.h>
#include <stdbool.h>
#include "interp.h"

/* Nonzero: a thread waits for the GIL; the holder should yield at its next
 * eval-breaker check (backward jumps and calls). */
extern _Atomic int gil_drop_request;
/* True once a second thread was started (never reset). */
extern bool gil_threads;

/* Called by the GIL holder before it starts the first extra thread: makes the
 * collector ready for more threads.  Idempotent. */
void gil_enable(void);

/* Begin a blocking section: drop the GIL.  Returns the token to give back to
 * gil_acquire (NULL when threads never started: nothing was released). */
Thread *gil_release(void);
/* End a blocking section (or start running a new thread): wait for the GIL.
 * No-op for NULL; preserves errno. */
void gil_acquire(Thread *token);
/* The eval breaker: called when th->interrupt or gil_drop_request is set.
 * Yields the GIL if asked; true when a KeyboardInterrupt is pending. */
bool gil_eval_break(Thread *th);

/* Start the current OS thread's life as an interpreter thread (register it
 * with the collector, set th_current and the C-stack floor, take the GIL) and
 * end it (unregister; the caller released the GIL already).  mod_thread.c's
 * bootstrap uses them. */
void gil_thread_enter(Thread *th);
void gil_thread_exit(void);

#endif
