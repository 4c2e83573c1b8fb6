/* mod_thread.c — the native `_thread` module: OS threads running Python
 * callables under the GIL, and the primitive locks threading.py builds on.
 *
 * A new thread gets its own Thread (frame chain, exception, depths; the
 * recursion limit copied) sharing the Interp, and runs its callable with the
 * GIL held.  Invariant: a lock's state (locked) is only read or written under
 * its own mutex, because a waiter takes a freed lock while it does not hold
 * the GIL; an RLock's owner and count are only touched with the GIL held.
 * Every wait drops the GIL and is cut into short slices so that Ctrl-C still
 * interrupts the main thread (KeyboardInterrupt, as CPython).
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "abstract.h"
#include "containers.h"
#include "errors.h"
#include "file.h"
#include "func.h"
#include "gil.h"
#include "interp.h"
#include "module.h"
#include "num.h"
#include "str.h"

#define TIMEOUT_MAX_S 9223372036.0   /* PY_TIMEOUT_MAX in seconds, as CPython prints it */
#define SLICE_NS 20000000L           /* waits wake this often to notice Ctrl-C */

static int n_threads;                /* started by start_new_thread and still running (GIL held) */

/* ---- locks ------------------------------------------------------------------ */

typedef struct LockObj {
    Obj ob;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    bool locked;             /* under mu */
    unsigned long owner;     /* RLock: owning thread's ident, 0 when free */
    unsigned long count;     /* RLock: recursion depth */
} LockObj;

static Type type_lock, type_rlock;

static Value lock_alloc(Type *t) {
    LockObj *l = (LockObj *)obj_alloc(t);
    if (!l) return NIL;
    pthread_mutex_init(&l->mu, NULL);
    pthread_condattr_t a;
    pthread_condattr_init(&a);
    pthread_condattr_setclock(&a, CLOCK_MONOTONIC);
    pthread_cond_init(&l->cv, &a);
    pthread_condattr_destroy(&a);
    return OBJ_VAL(l);
}

static unsigned long self_ident(void) { return (unsigned long)pthread_self(); }

static void add_ns(struct timespec *ts, int64_t ns) {
    ts->tv_sec += (time_t)(ns / 1000000000);
    ts->tv_nsec += (long)(ns % 1000000000);
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_nsec -= 1000000000L;
        ts->tv_sec++;
    }
}

static bool before(const struct timespec *a, const struct timespec *b) {
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/* Take l, waiting at most timeout_ns (< 0: forever; 0: don't wait).
 * 1 taken, 0 timed out, -1 KeyboardInterrupt raised. */
static int lock_take(LockObj *l, int64_t timeout_ns) {
    pthread_mutex_lock(&l->mu);
    if (!l->locked) {
        l->locked = true;
        pthread_mutex_unlock(&l->mu);
        return 1;
    }
    pthread_mutex_unlock(&l->mu);
    if (timeout_ns == 0) return 0;
    struct timespec end;
    clock_gettime(CLOCK_MONOTONIC, &end);
    if (timeout_ns > 0) add_ns(&end, timeout_ns);
    Thread *th = TH();
    Thread *token = gil_release();
    int r = 0;
    pthread_mutex_lock(&l->mu);
    for (;;) {
        if (!l->locked) {
            l->locked = true;
            r = 1;
            break;
        }
        if (th->interrupt) {
            r = -1;
            break;
        }
        struct timespec now, slice;
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (timeout_ns > 0 && !before(&now, &end)) break;
        slice = now;
        add_ns(&slice, SLICE_NS);
        if (timeout_ns > 0 && before(&end, &slice)) slice = end;
        pthread_cond_timedwait(&l->cv, &l->mu, &slice);
    }
    pthread_mutex_unlock(&l->mu);
    gil_acquire(token);
    if (r < 0) {
        th->interrupt = 0;
        rt_raise_value(OBJ_VAL(&exc_KeyboardInterrupt));
    }
    return r;
}

/* false when it was not locked. */
static bool lock_give(LockObj *l) {
    pthread_mutex_lock(&l->mu);
    bool was = l->locked;
    l->locked = false;
    pthread_cond_signal(&l->cv);
    pthread_mutex_unlock(&l->mu);
    return was;
}

/* acquire(blocking=True, timeout=-1) arguments as a timeout in ns (-1 forever). */
static bool acquire_args(Value *args, int nargs, Value kw, int64_t *out) {
    static const char *const names[] = {"blocking", "timeout"};
    Value v[2] = {NIL, NIL};
    if (nargs - 1 > 2) return rt_raise(&exc_TypeError, "acquire() takes at most 2 arguments (%d given)", nargs - 1), false;
    for (int i = 1; i < nargs; i++) v[i - 1] = args[i];
    if (kw) {
        Value kv[2] = {NIL, NIL};
        if (!arg_kw("acquire", args + nargs, 0, kw, names, kv, 2)) return false;
        for (int i = 0; i < 2; i++) {
            if (kv[i] && v[i]) return rt_raise(&exc_TypeError, "argument for acquire() given by name ('%s') and position (%d)", names[i], i + 1), false;
            if (kv[i]) v[i] = kv[i];
        }
    }
    int blocking = 1;
    if (v[0]) {
        blocking = rt_truthy(v[0]);
        if (blocking < 0) return false;
    }
    double t = -1;
    if (v[1]) {
        if (!int_check(v[1]) && !float_check(v[1]))
            return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v[1])), false;
        if (num_to_double(v[1], &t) < 0) return false;
    }
    if (!blocking && t != -1)
        return rt_raise(&exc_ValueError, "can't specify a timeout for a non-blocking call"), false;
    if (t < 0 && t != -1)
        return rt_raise(&exc_ValueError, "timeout value must be positive"), false;
    if (t > TIMEOUT_MAX_S)
        return rt_raise(&exc_OverflowError, "timeout value is too large"), false;
    *out = !blocking ? 0 : t < 0 ? -1 : (int64_t)ceil(t * 1e9);
    return true;
}

static Value l_acquire(Value *args, int nargs, Value kw) {
    int64_t ns;
    if (!acquire_args(args, nargs, kw, &ns)) return NIL;
    int r = lock_take((LockObj *)args[0], ns);
    return r < 0 ? NIL : BOOL(r);
}

static Value l_enter(Value *args, int nargs, Value kw) {
    int r = lock_take((LockObj *)args[0], -1);
    return r < 0 ? NIL : TRUE_V;
}

static Value l_release(Value *args, int nargs, Value kw) {
    if (!arg_count("release", nargs - 1, 0, 0)) return NIL;
    if (!lock_give((LockObj *)args[0])) return rt_raise(&exc_RuntimeError, "release unlocked lock");
    return NONE;
}

static Value l_exit(Value *args, int nargs, Value kw) {
    if (!lock_give((LockObj *)args[0])) return rt_raise(&exc_RuntimeError, "release unlocked lock");
    return NONE;
}

static bool is_locked(LockObj *l) {
    pthread_mutex_lock(&l->mu);
    bool b = l->locked;
    pthread_mutex_unlock(&l->mu);
    return b;
}

static Value l_locked(Value *args, int nargs, Value kw) {
    if (!arg_count("locked", nargs - 1, 0, 0)) return NIL;
    return BOOL(is_locked((LockObj *)args[0]));
}

static Value l_at_fork_reinit(Value *args, int nargs, Value kw) {
    lock_give((LockObj *)args[0]);
    return NONE;
}

static Value l_repr(Value self) {
    return str_printf("<%s _thread.lock object at %p>", is_locked((LockObj *)self) ? "locked" : "unlocked",
                      (void *)self);
}

static Value lock_new_slot(Value type, Value *args, int nargs, Value kw) {
    return rt_raise(&exc_TypeError, "cannot create '_thread.lock' instances");
}

static const MethodDef lock_methods[] = {
    {"acquire", l_acquire, METH_DEFAULT, NULL},
    {"acquire_lock", l_acquire, METH_DEFAULT, NULL},
    {"release", l_release, METH_DEFAULT, NULL},
    {"release_lock", l_release, METH_DEFAULT, NULL},
    {"locked", l_locked, METH_DEFAULT, NULL},
    {"locked_lock", l_locked, METH_DEFAULT, NULL},
    {"__enter__", l_enter, METH_DEFAULT, NULL},
    {"__exit__", l_exit, METH_DEFAULT, NULL},
    {"_at_fork_reinit", l_at_fork_reinit, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_lock = {
    .ob = {&type_type}, .name = "_thread.lock", .size = sizeof(LockObj),
    .methods = lock_methods, .repr = l_repr, .new_ = lock_new_slot,
};

/* ---- RLock -------------------------------------------------------------------- */

static Value r_acquire(Value *args, int nargs, Value kw) {
    int64_t ns;
    if (!acquire_args(args, nargs, kw, &ns)) return NIL;
    LockObj *l = (LockObj *)args[0];
    unsigned long me = self_ident();
    if (l->count > 0 && l->owner == me) {
        l->count++;
        return TRUE_V;
    }
    int r = lock_take(l, ns);
    if (r < 0) return NIL;
    if (r) {
        l->owner = me;
        l->count = 1;
    }
    return BOOL(r);
}

static Value r_enter(Value *args, int nargs, Value kw) {
    Value self = args[0];
    return r_acquire(&self, 1, NIL);
}

static Value r_release(Value *args, int nargs, Value kw) {
    LockObj *l = (LockObj *)args[0];
    if (l->count == 0 || l->owner != self_ident())
        return rt_raise(&exc_RuntimeError, "cannot release un-acquired lock");
    if (--l->count == 0) {
        l->owner = 0;
        lock_give(l);
    }
    return NONE;
}

static Value r_is_owned(Value *args, int nargs, Value kw) {
    LockObj *l = (LockObj *)args[0];
    return BOOL(l->count > 0 && l->owner == self_ident());
}

static Value r_recursion_count(Value *args, int nargs, Value kw) {
    LockObj *l = (LockObj *)args[0];
    return int_from_u64(l->owner == self_ident() ? l->count : 0);
}

/* _release_save() -> (count, owner): release completely (Condition.wait). */
static Value r_release_save(Value *args, int nargs, Value kw) {
    LockObj *l = (LockObj *)args[0];
    if (l->count == 0) return rt_raise(&exc_RuntimeError, "cannot release un-acquired lock");
    Value st = tuple_pack(2, int_from_u64(l->count), int_from_u64(l->owner));
    l->count = 0;
    l->owner = 0;
    lock_give(l);
    return st;
}

/* _acquire_restore((count, owner)): take it again as it was. */
static Value r_acquire_restore(Value *args, int nargs, Value kw) {
    if (!arg_count("_acquire_restore", nargs - 1, 1, 1)) return NIL;
    LockObj *l = (LockObj *)args[0];
    Value st = args[1];
    int64_t count;
    if (TYPE(st) != &type_tuple || TUPLE_LEN(st) != 2 || !int_to_i64(TUPLE_ITEMS(st)[0], &count))
        return rt_raise(&exc_TypeError, "_acquire_restore() argument 1 must be tuple");
    /* Only the thread that saved the state restores it (Condition.wait). */
    unsigned long o = self_ident();
    if (lock_take(l, -1) < 0) return NIL;
    l->owner = o;
    l->count = (unsigned long)count;
    return NONE;
}

static Value r_at_fork_reinit(Value *args, int nargs, Value kw) {
    LockObj *l = (LockObj *)args[0];
    l->owner = 0;
    l->count = 0;
    lock_give(l);
    return NONE;
}

static Value r_repr(Value self) {
    LockObj *l = (LockObj *)self;
    return str_printf("<%s %s object owner=%lu count=%lu at %p>", is_locked(l) ? "locked" : "unlocked",
                      TYPE(self) == &type_rlock ? "_thread.RLock" : type_name(self),
                      l->owner, l->count, (void *)self);
}

static Value rlock_new_slot(Value type, Value *args, int nargs, Value kw) {
    return lock_alloc((Type *)type);
}

static const MethodDef rlock_methods[] = {
    {"acquire", r_acquire, METH_DEFAULT, NULL},
    {"release", r_release, METH_DEFAULT, NULL},
    {"__enter__", r_enter, METH_DEFAULT, NULL},
    {"__exit__", r_release, METH_DEFAULT, NULL},
    {"_is_owned", r_is_owned, METH_DEFAULT, NULL},
    {"_recursion_count", r_recursion_count, METH_DEFAULT, NULL},
    {"_release_save", r_release_save, METH_DEFAULT, NULL},
    {"_acquire_restore", r_acquire_restore, METH_DEFAULT, NULL},
    {"_at_fork_reinit", r_at_fork_reinit, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_rlock = {
    .ob = {&type_type}, .name = "_thread.RLock", .size = sizeof(LockObj), .flags = TF_BASETYPE,
    .methods = rlock_methods, .repr = r_repr, .new_ = rlock_new_slot,
};

/* ---- threads ------------------------------------------------------------------- */

/* What a new thread needs; an uncollectable block until the thread has
 * copied it onto its own (scanned) stack. */
typedef struct Boot {
    Value fn, args, kwargs;
    Thread *th;
} Boot;

/* _set_sentinel(): a new lock that this thread's end releases (threading
 * acquires it at once; Thread.join waits on it).  The slot is in the
 * bootstrap's stack frame, so the collector sees it; NULL in the main thread. */
static _Thread_local Value *sentinel_slot;

static void report_unhandled(Value fn, Value exc) {
    if (IS_INSTANCE(exc, &exc_SystemExit)) return;
    Interp *in = TH()->interp;
    Value r = rt_repr(fn);
    if (!r) {
        rt_exc_clear();
        r = str_from_cstr("<object>");
    }
    if (in->stdout && file_check(in->stdout) && !file_flush(in->stdout)) rt_exc_clear();
    Value line = str_printf("Exception ignored in thread started by: %s\n", str_cstr(r));
    if (in->stderr && file_check(in->stderr)) {
        file_write_raw(in->stderr, str_cstr(line), str_len(line));
        file_flush(in->stderr);
    }
    exc_print(exc);
    rt_exc_clear();
}

static void *bootstrap(void *arg) {
    Boot b = *(Boot *)arg;
    Value sentinel = NIL;
    gil_thread_enter(b.th);
    GC_FREE(arg);
    sentinel_slot = &sentinel;
    Value *items = TUPLE_ITEMS(b.args);
    int n = (int)TUPLE_LEN(b.args);
    Value kwnames = NIL;
    Value *all = items;
    if (b.kwargs != NONE && dict_len(b.kwargs) > 0) {
        size_t nk = dict_len(b.kwargs), pos = 0, i = 0;
        all = GC_MALLOC(sizeof(Value) * ((size_t)n + nk));
        memcpy(all, items, sizeof(Value) * (size_t)n);
        kwnames = tuple_new(nk);
        Value k, v;
        while (dict_next(b.kwargs, &pos, &k, &v) && i < nk) {
            TUPLE_ITEMS(kwnames)[i] = k;
            all[n + i++] = v;
        }
    }
    if (!rt_call(b.fn, all, n, kwnames)) report_unhandled(b.fn, rt_exc_fetch());
    n_threads--;
    sentinel_slot = NULL;
    gil_release();
    if (sentinel) lock_give((LockObj *)sentinel);
    gil_thread_exit();
    /* Keep b (and so the Thread) visible to the collector until here. */
    __asm__ volatile("" : : "r"(&b) : "memory");
    return NULL;
}

static Value t_start_new_thread(Value *args, int nargs, Value kw) {
    if (!arg_nokw("start_new_thread", kw) || !arg_count("start_new_thread", nargs, 2, 3)) return NIL;
    if (!rt_callable(args[0])) return rt_raise(&exc_TypeError, "first arg must be callable");
    if (!IS_INSTANCE(args[1], &type_tuple)) return rt_raise(&exc_TypeError, "2nd arg must be a tuple");
    Value kwargs = nargs > 2 ? args[2] : NONE;
    if (kwargs != NONE && !IS_INSTANCE(kwargs, &type_dict))
        return rt_raise(&exc_TypeError, "optional 3rd arg must be a dictionary");
    Thread *cur = TH();
    Thread *th = GC_MALLOC(sizeof(Thread));
    if (!th) return rt_raise_nomem();
    memset(th, 0, sizeof *th);
    th->interp = cur->interp;
    th->recursion_limit = cur->recursion_limit;
    th->exc = NIL;
    th->handled = NONE;
    th->asyncgen_firstiter = NONE;
    th->asyncgen_finalizer = NONE;
    th->running_loop = NONE;
    th->current_task = NONE;
    Boot *b = GC_MALLOC_UNCOLLECTABLE(sizeof(Boot));
    if (!b) return rt_raise_nomem();
    b->fn = args[0];
    b->args = args[1];
    b->kwargs = kwargs;
    b->th = th;
    gil_enable();
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_t tid;
    int rc = pthread_create(&tid, &attr, bootstrap, b);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        GC_FREE(b);
        return rt_raise(&exc_RuntimeError, "can't start new thread");
    }
    n_threads++;
    return int_from_u64((unsigned long)tid);
}

static Value t_allocate_lock(Value *args, int nargs, Value kw) {
    if (!arg_nokw("allocate_lock", kw) || !arg_count("allocate_lock", nargs, 0, 0)) return NIL;
    return lock_alloc(&type_lock);
}

static Value t_get_ident(Value *args, int nargs, Value kw) {
    return int_from_u64(self_ident());
}

static Value t_get_native_id(Value *args, int nargs, Value kw) {
    return int_from_i64((int64_t)syscall(SYS_gettid));
}

static Value t_count(Value *args, int nargs, Value kw) { return MK_SMALL(n_threads); }

static Value t_set_sentinel(Value *args, int nargs, Value kw) {
    Value l = lock_alloc(&type_lock);
    if (!l) return NIL;
    if (sentinel_slot) *sentinel_slot = l;
    return l;
}

static Value t_stack_size(Value *args, int nargs, Value kw) {
    if (!arg_count("stack_size", nargs, 0, 1)) return NIL;
    return MK_SMALL(0);
}

static Value t_exit(Value *args, int nargs, Value kw) {
    return rt_raise_args(&exc_SystemExit, rt_empty_tuple);
}

/* asyncio's running loop is per thread (CPython keeps it in the thread
 * state): events._get_running_loop / _set_running_loop are these. */
static Value t_get_running_loop(Value *args, int nargs, Value kw) {
    Value l = TH()->running_loop;
    return l ? l : NONE;
}

static Value t_set_running_loop(Value *args, int nargs, Value kw) {
    if (!arg_count("_set_running_loop", nargs, 1, 1)) return NIL;
    TH()->running_loop = args[0];
    return NONE;
}

/* _main_ident(): the main thread's ident.  _thread is first imported before
 * any thread can be started, so by the main thread. */
static unsigned long main_ident;

static Value t_main_ident(Value *args, int nargs, Value kw) { return int_from_u64(main_ident); }

static Value t_daemon_threads_allowed(Value *args, int nargs, Value kw) { return TRUE_V; }

bool mod_thread_init(Value m) {
    main_ident = self_ident();
    type_ready(&type_lock);
    type_ready(&type_rlock);
    module_add(m, "LockType", OBJ_VAL(&type_lock));
    module_add(m, "lock", OBJ_VAL(&type_lock));
    module_add(m, "RLock", OBJ_VAL(&type_rlock));
    module_add(m, "error", OBJ_VAL(&exc_RuntimeError));
    module_add(m, "TIMEOUT_MAX", float_new(TIMEOUT_MAX_S));
    module_add_func(m, "start_new_thread", t_start_new_thread);
    module_add_func(m, "start_new", t_start_new_thread);
    module_add_func(m, "allocate_lock", t_allocate_lock);
    module_add_func(m, "allocate", t_allocate_lock);
    module_add_func(m, "get_ident", t_get_ident);
    module_add_func(m, "get_native_id", t_get_native_id);
    module_add_func(m, "_count", t_count);
    module_add_func(m, "_set_sentinel", t_set_sentinel);
    module_add_func(m, "stack_size", t_stack_size);
    module_add_func(m, "exit", t_exit);
    module_add_func(m, "exit_thread", t_exit);
    module_add_func(m, "daemon_threads_allowed", t_daemon_threads_allowed);
    module_add_func(m, "_get_running_loop", t_get_running_loop);
    module_add_func(m, "_main_ident", t_main_ident);
    module_add_func(m, "_set_running_loop", t_set_running_loop);
    return true;
}
