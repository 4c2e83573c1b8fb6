/* gil.c — the global interpreter lock (see gil.h) and the start and end of
 * an interpreter thread's life.
 *
 * Invariant: `locked` is true exactly while some thread runs interpreter
 * code; it starts true (the main thread owns the GIL from the beginning) and
 * all of the GIL's state is guarded by `mu`.  A waiter that has waited a whole
 * switch interval without the GIL changing hands sets gil_drop_request; the
 * holder then releases it at its next eval-breaker check and waits until
 * another thread has actually taken it (forced switching), so a busy thread
 * cannot starve the others.
 */
/* The collector's thread registration API is declared only under GC_THREADS;
 * it must come before gc.h (included through gil.h). */
#define GC_THREADS
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <time.h>
#include "gil.h"
#include "cstack.h"

#define SWITCH_INTERVAL_NS 5000000L   /* 5 ms, as sys.getswitchinterval() */

_Atomic int gil_drop_request;
bool gil_threads;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t freed;        /* the GIL was released */
static pthread_cond_t taken;        /* the GIL changed hands */
static bool locked = true;
static unsigned long switches;      /* times the GIL was taken */

void gil_enable(void) {
    if (gil_threads) return;
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&freed, &a);
    pthread_cond_init(&taken, &a);
    pthread_condattr_destroy(&a);
    GC_allow_register_threads();
    gil_threads = true;
}

static void deadline_in(struct timespec *ts, long ns) {
    clock_gettime(CLOCK_MONOTONIC, ts);
    ts->tv_nsec += ns;
    while (ts->tv_nsec >= 1000000000L) {
        ts->tv_nsec -= 1000000000L;
        ts->tv_sec++;
    }
}

/* Take the GIL; mu is held. */
static void take(void) {
    while (locked) {
        unsigned long seen = switches;
        struct timespec ts;
        deadline_in(&ts, SWITCH_INTERVAL_NS);
        int rc = pthread_cond_timedwait(&freed, &mu, &ts);
        if (rc == ETIMEDOUT && locked && switches == seen)
            atomic_store(&gil_drop_request, 1);
    }
    locked = true;
    switches++;
    atomic_store(&gil_drop_request, 0);
    pthread_cond_broadcast(&taken);
}

Thread *gil_release(void) {
    if (!gil_threads) return NULL;
    Thread *th = th_current;
    pthread_mutex_lock(&mu);
    locked = false;
    pthread_cond_signal(&freed);
    pthread_mutex_unlock(&mu);
    return th;
}

void gil_acquire(Thread *token) {
    if (!token) return;
    int saved = errno;
    pthread_mutex_lock(&mu);
    take();
    pthread_mutex_unlock(&mu);
    errno = saved;
}

bool gil_eval_break(Thread *th) {
    if (atomic_load_explicit(&gil_drop_request, memory_order_relaxed) && gil_threads) {
        pthread_mutex_lock(&mu);
        unsigned long seen = switches;
        locked = false;
        pthread_cond_signal(&freed);
        /* Let the waiter run before competing again (it sets the request
         * only while it waits, so it will take the GIL). */
        if (atomic_load(&gil_drop_request))
            while (switches == seen) pthread_cond_wait(&taken, &mu);
        take();
        pthread_mutex_unlock(&mu);
    }
    return th->interrupt != 0;
}

void gil_thread_enter(Thread *th) {
    struct GC_stack_base sb;
    GC_get_stack_base(&sb);
    GC_register_my_thread(&sb);
    /* Signals are the main thread's business (KeyboardInterrupt interrupts
     * its sleeps and waits); libuv's and the collector's still reach us. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigaddset(&set, SIGQUIT);
    sigaddset(&set, SIGCHLD);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGALRM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    th_current = th;
    cstack_init();
    gil_acquire(th);
}

void gil_thread_exit(void) {
    th_current = NULL;
    GC_unregister_my_thread();
}
