/* task.c — _asyncio.Task: a coroutine driven by the loop, one step at a time,
 * and the allocation-free `await asyncio.sleep(0)`.
 *
 * A step resumes the coroutine with vm_resume (stackless: no C recursion
 * whatever the await depth) and looks at what it yielded: a Future (wait for
 * it: its done callback wakes the task), None (a bare yield: step again next
 * iteration), anything else is an error thrown back in.  Semantics, messages
 * and scheduling order are CPython 3.11's (tasks.py is the readable copy).
 * Invariant: while a step runs, tasks._current_tasks[loop] and
 * Thread.current_task are this task (a second task entering the same loop is
 * an error, as in CPython); both are reset when the step returns.
 */
#include <string.h>
#include "abstract.h"
#include "containers.h"
#include "errors.h"
#include "func.h"
#include "future.h"
#include "interp.h"
#include "module.h"
#include "names.h"
#include "num.h"
#include "str.h"
#include "../src/vm.h"

static inline TaskObj *T(Value v) { return (TaskObj *)v; }

/* ---- creation -------------------------------------------------------------------- */

static Value task_new(Value type, Value *args, int nargs, Value kw) {
    Type *t = (Type *)type;
    TaskObj *k = GC_MALLOC(t->size);
    if (!k) return rt_raise_nomem();
    k->fut.ob.type = t;
    k->fut.loop = k->fut.result = k->fut.exception = NONE;
    k->fut.cancel_msg = k->fut.cancelled_exc = NONE;
    k->fut.log_destroy_pending = true;
    k->coro = k->name = k->fut_waiter = NONE;
    return OBJ_VAL(k);
}

static int is_coroutine(Value coro) {
    if (TYPE(coro) == &type_coroutine) return 1;
    Value r = rt_call1(aio.iscoroutine, coro);
    return r ? rt_truthy(r) : -1;
}

static Value next_task_name(void) {
    Value c = aio.task_counter;
    if (TYPE(c) != &type_list || LIST_LEN(c) < 1 || !IS_SMALL(LIST_ITEMS(c)[0]))
        return rt_raise(&exc_RuntimeError, "asyncio.tasks._task_counter is damaged");
    intptr_t n = SMALL_VAL(LIST_ITEMS(c)[0]) + 1;
    LIST_ITEMS(c)[0] = MK_SMALL(n);
    return str_printf("Task-%ld", (long)n);
}

static Value task_init(Value self, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"coro", "loop", "name", "context"};
    Value opt[4];
    if (nargs > 1)
        return rt_raise(&exc_TypeError, "Task() takes exactly 1 positional argument (%d given)", nargs);
    if (!arg_kw("Task", args, nargs, kw, names, opt, 4)) return NIL;
    if (nargs == 1) {
        if (opt[0]) return rt_raise(&exc_TypeError, "argument for Task() given by name ('coro') and position (1)");
        opt[0] = args[0];
    }
    if (!opt[0]) return rt_raise(&exc_TypeError, "Task() missing required argument 'coro' (pos 1)");
    TaskObj *t = T(self);
    if (!aio_tasks() || !fut_init(&t->fut, opt[1])) return NIL;
    Value coro = opt[0];
    int ok = is_coroutine(coro);
    if (ok < 0) return NIL;
    if (!ok) {
        t->fut.log_destroy_pending = false;
        Value r = rt_repr(coro);
        return r ? rt_raise(&exc_TypeError, "a coroutine was expected, got %s", str_cstr(r)) : NIL;
    }
    Value name = opt[2];
    if (!name || name == NONE) name = next_task_name();
    else if (TYPE(name) != &type_str) name = rt_str(name);
    if (!name) return NIL;
    t->name = name;
    t->must_cancel = false;
    t->num_cancels = 0;
    t->fut_waiter = NONE;
    t->coro = coro;
    if (!aio_call_soon_step(t, NIL)) return NIL;
    return set_add(aio.all_tasks, self) < 0 ? NIL : NONE;
}

/* ---- repr ---------------------------------------------------------------------- */

/* coroutines._format_coroutine for native coroutines; the Python helper
 * (tasks._format_coroutine) for anything else. */
static Value format_coro(Value coro) {
    Type *ct = TYPE(coro);
    if (ct == &type_coroutine || ct == &type_generator) {
        GenObj *g = (GenObj *)coro;
        CodeObj *co = (CodeObj *)g->code;
        if (g->frame)
            return str_printf("%s() running at %s:%d", str_cstr(g->qualname), str_cstr(co->filename),
                              frame_lineno(g->frame));
        return str_printf("%s() done, defined at %s:%d", str_cstr(g->qualname), str_cstr(co->filename),
                          co->firstlineno);
    }
    Value m = import_cstr("asyncio.tasks");
    if (!m) return NIL;
    Value f = rt_getattr_cstr(m, "_format_coroutine");
    if (!f) return NIL;
    Value r = rt_call1(f, coro);
    return r ? rt_str(r) : NIL;
}

static Value task_repr_info(TaskObj *t) {
    Value info = fut_repr_info(&t->fut);
    if (!info) return NIL;
    if (t->fut.state == FUT_PENDING && t->num_cancels) LIST_ITEMS(info)[0] = str_intern("cancelling");
    Value name = rt_repr(t->name);
    if (!name) return NIL;
    Value coro = format_coro(t->coro);
    if (!coro) return NIL;
    Value out = list_new(0);
    list_append(out, LIST_ITEMS(info)[0]);
    list_append(out, str_printf("name=%s", str_cstr(name)));
    list_append(out, str_printf("coro=<%s>", str_cstr(coro)));
    if (t->fut_waiter != NONE) {
        Value w = rt_repr(t->fut_waiter);
        if (!w) return NIL;
        list_append(out, str_printf("wait_for=%s", str_cstr(w)));
    }
    for (size_t i = 1; i < LIST_LEN(info); i++) list_append(out, LIST_ITEMS(info)[i]);
    return out;
}

static Value task_repr(Value self) {
    if (T(self)->fut.loop == NONE) return rt_raise(&exc_RuntimeError, "Future object is not initialized.");
    if (rt_repr_enter(self)) return str_from_cstr("...");
    Value info = task_repr_info(T(self));
    Value r = info ? aio_join_repr(self, info) : NIL;
    rt_repr_leave(self);
    return r;
}

/* ---- cancel -------------------------------------------------------------------- */

static Value task_cancel(TaskObj *t, Value msg);

/* waiter.cancel(msg), skipping the method lookup for the native types. */
static Value cancel_waiter(Value w, Value msg) {
    if (TYPE(w) == &aio_type_future) return fut_cancel((FutureObj *)w, msg);
    if (TYPE(w) == &aio_type_task) return task_cancel(T(w), msg);
    return rt_call_method(w, aio.s_cancel, &msg, 1, NIL);
}

static Value task_cancel(TaskObj *t, Value msg) {
    t->fut.log_tb = false;
    if (t->fut.state != FUT_PENDING) return FALSE_V;
    t->num_cancels++;
    if (t->fut_waiter != NONE) {
        Value r = cancel_waiter(t->fut_waiter, msg);
        if (!r) return NIL;
        int b = rt_truthy(r);
        if (b < 0) return NIL;
        if (b) return TRUE_V;
    }
    t->must_cancel = true;
    t->fut.cancel_msg = msg;
    return TRUE_V;
}

/* ---- the step ------------------------------------------------------------------ */

static Value new_runtime_error(Value msg) {
    return msg ? exc_new(&exc_RuntimeError, tuple_pack(1, msg)) : NIL;
}

/* RuntimeError(fmt % (repr(self), repr(other))) thrown into the task next
 * round; other NIL formats only the task, self_too false only `other`. */
static bool step_error_ex(TaskObj *t, const char *fmt, Value other, bool self_too) {
    Value sr = self_too ? rt_repr(OBJ_VAL(t)) : NIL;
    if (self_too && !sr) return false;
    Value orr = other ? rt_repr(other) : NIL;
    if (other && !orr) return false;
    Value msg;
    if (self_too && other) msg = str_printf(fmt, str_cstr(sr), str_cstr(orr));
    else msg = str_printf(fmt, str_cstr(self_too ? sr : orr));
    Value e = new_runtime_error(msg);
    return e && aio_call_soon_step(t, e);
}

static bool step_error(TaskObj *t, const char *fmt, Value other) { return step_error_ex(t, fmt, other, true); }

static Value wakeup_callable(TaskObj *t) {
    if (!t->wakeup) {
        NativeFuncObj *f = gc_obj(sizeof(NativeFuncObj), &type_builtin_function);
        if (!f) return rt_raise_nomem();
        f->name = "task_wakeup";
        f->fn = task_wakeup_fn;
        f->self = OBJ_VAL(t);
        f->module = NIL;
        f->owner = &aio_type_task;
        f->flags = METH_DEFAULT;
        t->wakeup = OBJ_VAL(f);
    }
    return t->wakeup;
}

/* The coroutine yielded r: decide what wakes the task next. */
static bool handle_yield(TaskObj *t, Value r) {
    Value self = OBJ_VAL(t), loop = t->fut.loop;
    if (r == NONE) return aio_call_soon_step(t, NIL);
    if (TYPE(r) == &aio_type_future || TYPE(r) == &aio_type_task) {
        FutureObj *rf = (FutureObj *)r;
        if (rf->loop != loop)
            return step_error(t, "Task %s got Future %s attached to a different loop", r);
        if (!rf->blocking)
            return step_error(t, "yield was used instead of yield from in task %s with %s", r);
        if (r == self) return step_error(t, "Task cannot await on itself: %s", NIL);
        rf->blocking = false;
        Value w = wakeup_callable(t);
        if (!w || !fut_add_callback(rf, w)) return false;
        t->fut_waiter = r;
        if (t->must_cancel) {
            Value c = cancel_waiter(r, t->fut.cancel_msg);
            if (!c) return false;
            int b = rt_truthy(c);
            if (b < 0) return false;
            if (b) t->must_cancel = false;
        }
        return true;
    }
    Value blocking = rt_getattr_opt(r, aio.s_asyncio_future_blocking);
    if (!blocking && rt_exc_occurred()) return false;
    if (blocking && blocking != NONE) {
        Value getter = rt_getattr_opt(r, str_intern("get_loop"));
        if (!getter && rt_exc_occurred()) return false;
        Value oloop = getter ? rt_call0(getter) : rt_getattr(r, aio.s_loop);
        if (!oloop) return false;
        if (oloop != loop)
            return step_error(t, "Task %s got Future %s attached to a different loop", r);
        int b = rt_truthy(blocking);
        if (b < 0) return false;
        if (!b) return step_error(t, "yield was used instead of yield from in task %s with %s", r);
        if (r == self) return step_error(t, "Task cannot await on itself: %s", NIL);
        if (rt_setattr(r, aio.s_asyncio_future_blocking, FALSE_V) < 0) return false;
        Value w = wakeup_callable(t);
        if (!w) return false;
        Value args[2] = {w, NONE};       /* add_done_callback(wakeup, context=None) */
        if (!rt_call_method(r, aio.s_add_done_callback, args, 1, aio.kw_context)) return false;
        t->fut_waiter = r;
        if (t->must_cancel) {
            Value c = rt_call_method(r, aio.s_cancel, &t->fut.cancel_msg, 1, NIL);
            if (!c) return false;
            int cb = rt_truthy(c);
            if (cb < 0) return false;
            if (cb) t->must_cancel = false;
        }
        return true;
    }
    if (TYPE(r) == &type_generator)
        return step_error(t, "yield was used instead of yield from for generator in task %s with %s", r);
    return step_error_ex(t, "Task got bad yield: %s", r, false);
}

/* Resume the coroutine: send None, or throw exc.  *finished on return. */
static Value resume(TaskObj *t, Value exc, bool *finished) {
    Value coro = t->coro;
    Type *ct = TYPE(coro);
    if (ct == &type_coroutine || ct == &type_generator)
        return vm_resume((GenObj *)coro, NONE, exc, finished);
    *finished = false;
    Value r = exc ? rt_call_method(coro, NM(throw), &exc, 1, NIL)
                  : rt_call_method(coro, NM(send), (Value[]){NONE}, 1, NIL);
    if (!r && rt_exc_matches(&exc_StopIteration)) {
        Value e = rt_exc_fetch();
        *finished = true;
        Value v = ((ExcObj *)e)->extra[0];
        return v ? v : NONE;
    }
    return r;
}

/* Apply the outcome of one resumption to the task (tasks.py's except/else). */
static bool step_outcome(TaskObj *t, Value r, bool finished) {
    FutureObj *f = &t->fut;
    Value self = OBJ_VAL(t);
    if (r && !finished) return handle_yield(t, r);
    if (r) {
        bool ok;
        if (t->must_cancel) {
            t->must_cancel = false;
            ok = fut_cancel(f, f->cancel_msg) != NIL;
        } else {
            ok = fut_set_result(f, r);
        }
        return set_discard(aio.all_tasks, self) >= 0 && ok;
    }
    Value e = rt_exc_fetch();
    if (IS_INSTANCE(e, aio.cancelled_error)) {
        f->cancelled_exc = e;
        bool ok = fut_cancel(f, NONE) != NIL;
        return set_discard(aio.all_tasks, self) >= 0 && ok;
    }
    bool fatal = IS_INSTANCE(e, &exc_KeyboardInterrupt) || IS_INSTANCE(e, &exc_SystemExit);
    /* Like CPython, a KeyboardInterrupt/SystemExit stays "never retrieved"
     * when nobody awaits the task: it also escapes the loop. */
    bool ok = fut_set_exception(f, e);
    if (set_discard(aio.all_tasks, self) < 0 || !ok) return false;
    if (fatal) {
        rt_raise_value(e);
        return false;
    }
    return true;
}

/* tasks._enter_task / _leave_task: one running task per loop. */
static bool enter_task(Value loop, Value task) {
    Value cur;
    int found = dict_find(aio.current_tasks, loop, &cur);
    if (found < 0) return false;
    if (found && cur != NONE) {
        Value tr = rt_repr(task);
        if (!tr) return false;
        Value cr = rt_repr(cur);
        if (!cr) return false;
        rt_raise(&exc_RuntimeError, "Cannot enter into task %s while another task %s is being executed.",
                 str_cstr(tr), str_cstr(cr));
        return false;
    }
    return dict_set(aio.current_tasks, loop, task) == 0;
}

static bool leave_task(Value loop, Value task) {
    Value cur = NONE;
    int found = dict_find(aio.current_tasks, loop, &cur);
    if (found < 0) return false;
    if (!found || cur != task) {
        Value tr = rt_repr(task);
        if (!tr) return false;
        Value cr = rt_repr(found ? cur : NONE);
        if (!cr) return false;
        rt_raise(&exc_RuntimeError, "Leaving task %s does not match the current task %s.",
                 str_cstr(tr), str_cstr(cr));
        return false;
    }
    return dict_del(aio.current_tasks, loop) >= 0;
}

static Value step_impl(TaskObj *t, Value exc);

Value task_step(TaskObj *t, Value exc) {
    if (!aio_tasks()) return NIL;
    Value loop = t->fut.loop, self = OBJ_VAL(t);
    if (!enter_task(loop, self)) return NIL;
    Thread *th = TH();
    Value prev_task = th->current_task;
    th->current_task = self;
    Value r = step_impl(t, exc);
    th->current_task = prev_task;
    Value pending = rt_exc_fetch();
    bool left = leave_task(loop, self);
    if (pending) {
        if (!left) rt_exc_clear();
        rt_raise_value(pending);
        return NIL;
    }
    return left ? r : NIL;
}

static Value step_impl(TaskObj *t, Value exc) {
    FutureObj *f = &t->fut;
    Value self = OBJ_VAL(t);
    if (f->state != FUT_PENDING) {
        Value sr = rt_repr(self);
        if (!sr) return NIL;
        Value er = rt_repr(exc ? exc : NONE);
        if (!er) return NIL;
        Value e = rt_call1(OBJ_VAL(aio.invalid_state_error),
                           str_printf("_step(): already done: %s, %s", str_cstr(sr), str_cstr(er)));
        return e ? rt_raise_value(e) : NIL;
    }
    if (t->must_cancel) {
        if (!exc || !IS_INSTANCE(exc, aio.cancelled_error)) {
            exc = fut_make_cancelled_error(f);
            if (!exc) return NIL;
        }
        t->must_cancel = false;
    }
    t->fut_waiter = NONE;
    bool finished;
    Value r = resume(t, exc, &finished);
    return step_outcome(t, r, finished) ? NONE : NIL;
}

/* The done callback of the awaited future: step with its exception, if any. */
Value task_wakeup(TaskObj *t, Value fut) {
    Value r;
    if (TYPE(fut) == &aio_type_future || TYPE(fut) == &aio_type_task)
        r = fut_result((FutureObj *)fut);
    else
        r = rt_call_method(fut, aio.s_result, NULL, 0, NIL);
    if (r) return task_step(t, NIL);
    return task_step(t, rt_exc_fetch());
}

Value task_wakeup_fn(Value *a, int n, Value kw) {
    if (kw && TUPLE_LEN(kw)) return rt_raise(&exc_TypeError, "task_wakeup() takes no keyword arguments");
    if (n != 2) return rt_raise(&exc_TypeError, "task_wakeup() takes exactly one argument (%d given)", n - 1);
    return task_wakeup(T(a[0]), a[1]);
}

/* ---- methods ------------------------------------------------------------------- */

static bool noargs(const char *name, int nargs, Value kw) {
    if (nargs > 1 || (kw && TUPLE_LEN(kw))) {
        rt_raise(&exc_TypeError, "%s() takes no arguments (%d given)", name,
                 nargs - 1 + (kw ? (int)TUPLE_LEN(kw) : 0));
        return false;
    }
    return true;
}

static Value m_cancel(Value *a, int n, Value kw) {
    Value msg;
    if (!aio_msg_arg(a, n, kw, &msg)) return NIL;
    return task_cancel(T(a[0]), msg);
}

static Value m_cancelling(Value *a, int n, Value kw) {
    if (!noargs("Task.cancelling", n, kw)) return NIL;
    return MK_SMALL(T(a[0])->num_cancels);
}

static Value m_uncancel(Value *a, int n, Value kw) {
    if (!noargs("Task.uncancel", n, kw)) return NIL;
    TaskObj *t = T(a[0]);
    if (t->num_cancels > 0) t->num_cancels--;
    return MK_SMALL(t->num_cancels);
}

static Value m_get_coro(Value *a, int n, Value kw) {
    if (!noargs("Task.get_coro", n, kw)) return NIL;
    return T(a[0])->coro;
}

static Value m_get_name(Value *a, int n, Value kw) {
    if (!noargs("Task.get_name", n, kw)) return NIL;
    return T(a[0])->name;
}

static Value m_set_name(Value *a, int n, Value kw) {
    if (n != 2 || (kw && TUPLE_LEN(kw)))
        return rt_raise(&exc_TypeError, "Task.set_name() takes exactly one argument (%d given)", n - 1);
    Value s = TYPE(a[1]) == &type_str ? a[1] : rt_str(a[1]);
    if (!s) return NIL;
    T(a[0])->name = s;
    return NONE;
}

static Value m_set_result(Value *a, int n, Value kw) {
    return rt_raise(&exc_RuntimeError, "Task does not support set_result operation");
}

static Value m_set_exception(Value *a, int n, Value kw) {
    return rt_raise(&exc_RuntimeError, "Task does not support set_exception operation");
}

static Value m_get_stack(Value *a, int n, Value kw) {
    static const char *const names[] = {"limit"};
    Value limit;
    if (n > 1) return rt_raise(&exc_TypeError, "get_stack() takes no positional arguments");
    if (!arg_kw("get_stack", a, n, kw, names, &limit, 1)) return NIL;
    intptr_t left = -1;                    /* -1: no limit */
    if (limit && limit != NONE) {
        if (!IS_SMALL(limit)) return rt_raise(&exc_TypeError, "limit must be an int or None");
        left = SMALL_VAL(limit) < 0 ? 0 : SMALL_VAL(limit);
    }
    TaskObj *t = T(a[0]);
    Value frames = list_new(0);
    /* base_tasks._task_get_stack: the suspended coroutine's frame chain (the
     * outermost first), else the frames the exception's traceback passed. */
    Value f = NIL;
    static const char *const attrs[] = {"cr_frame", "gi_frame", "ag_frame"};
    for (int i = 0; i < 3 && !f; i++) {
        f = rt_getattr_opt(t->coro, str_intern(attrs[i]));
        if (!f && rt_exc_occurred()) return NIL;
    }
    if (f && f != NONE) {
        while (f && f != NONE) {
            if (left == 0) break;
            if (left > 0) left--;
            list_append(frames, f);
            f = rt_getattr(f, str_intern("f_back"));
            if (!f) return NIL;
        }
        size_t len = LIST_LEN(frames);
        for (size_t i = 0; i < len / 2; i++) {
            Value x = LIST_ITEMS(frames)[i];
            LIST_ITEMS(frames)[i] = LIST_ITEMS(frames)[len - 1 - i];
            LIST_ITEMS(frames)[len - 1 - i] = x;
        }
    } else if (!f && t->fut.exception != NONE) {
        Value tb = rt_getattr(t->fut.exception, str_intern("__traceback__"));
        while (tb && tb != NONE) {
            if (left == 0) break;
            if (left > 0) left--;
            Value fr = rt_getattr(tb, str_intern("tb_frame"));
            if (!fr) return NIL;
            list_append(frames, fr);
            tb = rt_getattr(tb, str_intern("tb_next"));
        }
        if (!tb) return NIL;
    }
    return frames;
}

static Value g_coro(Value *a, int n, Value kw) { return T(a[0])->coro; }
static Value g_fut_waiter(Value *a, int n, Value kw) { return T(a[0])->fut_waiter; }
static Value g_must_cancel(Value *a, int n, Value kw) { return BOOL(T(a[0])->must_cancel); }
static Value g_num_cancels(Value *a, int n, Value kw) { return MK_SMALL(T(a[0])->num_cancels); }

static const MethodDef task_methods[] = {
    {"cancel", m_cancel, METH_DEFAULT, NULL},
    {"cancelling", m_cancelling, METH_DEFAULT, NULL},
    {"uncancel", m_uncancel, METH_DEFAULT, NULL},
    {"get_coro", m_get_coro, METH_DEFAULT, NULL},
    {"get_name", m_get_name, METH_DEFAULT, NULL},
    {"set_name", m_set_name, METH_DEFAULT, NULL},
    {"set_result", m_set_result, METH_DEFAULT, NULL},
    {"set_exception", m_set_exception, METH_DEFAULT, NULL},
    {"get_stack", m_get_stack, METH_DEFAULT, NULL},
    {"_coro", g_coro, METH_GETTER, NULL},
    {"_fut_waiter", g_fut_waiter, METH_GETTER, NULL},
    {"_must_cancel", g_must_cancel, METH_GETTER, NULL},
    {"_num_cancels_requested", g_num_cancels, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type aio_type_task = {
    .ob = {&type_type}, .name = "_asyncio.Task", .base = &aio_type_future, .size = sizeof(TaskObj),
    .flags = TF_BASETYPE, .methods = task_methods, .new_ = task_new, .init = task_init,
    .repr = task_repr,
};

/* ---- sleep(0) ---------------------------------------------------------------------- */

/* `await asyncio.sleep(0)` yields None to the task once.  Inside a native task
 * the awaitable is one shared object: the task remembers the frame that is
 * suspended in it, so the resumption in that frame finishes the await.
 * Elsewhere each call gets its own two-state object. */
typedef struct Sleep0 { Obj ob; int state; /* 0 fresh, 1 yielded, 2 done */ bool shared; } Sleep0;

static Sleep0 sleep0_shared = {{&aio_type_sleep0}, 0, true};

Value aio_sleep0_func(Value *a, int n, Value kw) {
    if (n || (kw && TUPLE_LEN(kw))) return rt_raise(&exc_TypeError, "_sleep0() takes no arguments");
    if (aio_is_task(TH()->current_task)) return OBJ_VAL(&sleep0_shared);
    Sleep0 *s = gc_obj(sizeof(Sleep0), &aio_type_sleep0);
    if (!s) return rt_raise_nomem();
    s->state = 0;
    s->shared = false;
    return OBJ_VAL(s);
}

static Value s0_next(Value self) {
    Sleep0 *s = (Sleep0 *)self;
    if (!s->shared) {
        if (s->state == 0) { s->state = 1; return NONE; }
        s->state = 2;
        return NIL;
    }
    Thread *th = TH();
    if (!aio_is_task(th->current_task)) return NIL;
    TaskObj *t = T(th->current_task);
    if (t->sleep0_frame == (void *)th->frame) {
        t->sleep0_frame = NULL;
        return NIL;
    }
    t->sleep0_frame = th->frame;
    return NONE;
}

static void s0_forget(Sleep0 *s) {
    Value ct = TH()->current_task;
    if (!s->shared) s->state = 2;
    else if (aio_is_task(ct)) T(ct)->sleep0_frame = NULL;
}

static Value s0_send(Value *a, int n, Value kw) {
    Value r = s0_next(a[0]);
    if (!r && !rt_exc_occurred()) return rt_raise_args(&exc_StopIteration, rt_empty_tuple);
    return r;
}

static Value s0_throw(Value *a, int n, Value kw) {
    if (n < 2) return rt_raise(&exc_TypeError, "throw expected at least 1 argument, got 0");
    s0_forget((Sleep0 *)a[0]);
    Value e = a[1];
    if (n > 2 && a[2] != NONE && IS_TYPE(e)) e = rt_call1(e, a[2]);
    return e ? rt_raise_value(e) : NIL;
}

static Value s0_close(Value *a, int n, Value kw) {
    s0_forget((Sleep0 *)a[0]);
    return NONE;
}

static Value s0_self(Value v) { return v; }

static const MethodDef sleep0_methods[] = {
    {"send", s0_send, METH_DEFAULT, NULL},
    {"throw", s0_throw, METH_DEFAULT, NULL},
    {"close", s0_close, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type aio_type_sleep0 = {
    .ob = {&type_type}, .name = "_asyncio._Sleep0", .size = sizeof(Sleep0),
    .methods = sleep0_methods, .await = s0_self, .iter = s0_self, .next = s0_next,
};


bool task_types_init(void) {
    type_ready(&aio_type_task);
    type_ready(&aio_type_sleep0);
    return true;
}
