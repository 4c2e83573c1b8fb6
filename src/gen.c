/* gen.c — generator, coroutine and async generator objects, and the
 * awaitables of PEP 492/525 (coroutine_wrapper, async_generator_asend,
 * async_generator_athrow, the wrapped value of an async yield).
 *
 * Invariant: a GenObj owns one Frame that is linked into the thread's frame
 * chain only while it runs (state GEN_RUNNING); every resumption from C goes
 * through vm_resume, every resumption from bytecode through FOR_ITER / SEND
 * in vm.c.  Messages and state rules are CPython 3.11's (genobject.c).
 */
#include <string.h>
#include "vm.h"
#include "../runtime/errors.h"
#include "../runtime/abstract.h"
#include "../runtime/containers.h"
#include "../runtime/str.h"
#include "../runtime/num.h"
#include "../runtime/func.h"
#include "../runtime/names.h"

static inline GenObj *G(Value v) { return (GenObj *)v; }
static inline bool is_exc(Value v) { return !IS_SMALL(v) && (TYPE(v)->flags & TF_EXC); }

/* "coroutine 'f' was never awaited": CPython warns when an unstarted
 * coroutine is dropped.  Under a tracing GC "dropped" is not observable in
 * time, so asp reports every coroutine still unstarted when the program ends
 * (module globals are dropped then in CPython too), pointing at the line that
 * created it.  New coroutines wait in a small ring on the Thread; almost all
 * are started before it fills, and the rest move to the never_awaited list. */
static void move_young_coros(Thread *th)
{
    for (int i = 0; i < th->n_young; i++) {
        GenObj *g = (GenObj *)th->young_coros[i];
        if (g->state == GEN_CREATED) {
            if (!th->never_awaited) th->never_awaited = list_new(0);
            list_append(th->never_awaited, OBJ_VAL(g));
        }
        th->young_coros[i] = NIL;
    }
    th->n_young = 0;
    /* Tasks start their coroutines a little later: drop those now and then. */
    Value l = th->never_awaited;
    if (l && LIST_LEN(l) > 2 * th->never_awaited_pruned + 64) {
        size_t w = 0;
        for (size_t r = 0; r < LIST_LEN(l); r++)
            if (((GenObj *)LIST_ITEMS(l)[r])->state == GEN_CREATED) LIST_ITEMS(l)[w++] = LIST_ITEMS(l)[r];
        ((ListObj *)l)->len = w;
        th->never_awaited_pruned = w;
    }
}

static void report_never_awaited(void)
{
    Thread *th = TH();
    move_young_coros(th);
    Value l = th->never_awaited;
    th->never_awaited = NIL;
    if (!l) return;
    Value saved = rt_exc_fetch();
    static const char hint[] = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n";
    for (size_t i = 0; i < LIST_LEN(l); i++) {
        GenObj *g = (GenObj *)LIST_ITEMS(l)[i];
        if (g->state != GEN_CREATED) continue;
        rt_warn(&exc_RuntimeWarning, str_printf("coroutine '%s' was never awaited", str_cstr(g->qualname)),
                g->origin_file, g->origin_line);
        err_write(hint, sizeof hint - 1);
        rt_exc_clear();
    }
    if (saved) th->exc = saved;
}

static void watch_never_awaited(GenObj *g)
{
    Thread *th = TH();
    Frame *caller = th->frame;
    if (!caller || !caller->code) return;
    g->origin_file = caller->code->filename;
    g->origin_line = frame_lineno(caller);
    if (th->n_young == (int)(sizeof th->young_coros / sizeof th->young_coros[0])) move_young_coros(th);
    th->report_never_awaited = report_never_awaited;
    th->young_coros[th->n_young++] = OBJ_VAL(g);
}

Value gen_new(Frame *f, FunctionObj *fn)
{
    uint32_t flags = fn->code->flags;
    Type *t = (flags & CO_COROUTINE) ? &type_coroutine
              : (flags & CO_ASYNC_GENERATOR) ? &type_async_generator : &type_generator;
    GenObj *g = gc_obj(sizeof(GenObj), t);
    if (!g) return rt_raise_nomem();
    g->frame = f;
    f->gen = g;
    g->name = fn->name;
    g->qualname = fn->qualname;
    g->state = GEN_CREATED;
    g->finalizer = NIL;
    g->exc_state = NIL;
    g->code = OBJ_VAL(fn->code);
    g->origin_file = NIL;
    if (t == &type_coroutine) watch_never_awaited(g);
    return OBJ_VAL(g);
}

/* The generator returned `value`: raise what send() raises then. */
static Value set_stop(GenObj *g, Value value)
{
    if (g->ob.type == &type_async_generator) return rt_raise_args(&exc_StopAsyncIteration, rt_empty_tuple);
    if (value == NONE) return rt_raise_args(&exc_StopIteration, rt_empty_tuple);
    return rt_raise_args(&exc_StopIteration, tuple_pack(1, value));
}

static Value gen_send_impl(GenObj *g, Value v)
{
    bool fin;
    Value r = vm_resume(g, v, NIL, &fin);
    if (!r) return NIL;
    if (fin) return set_stop(g, r);
    return r;
}

static Value gen_iternext(Value self)
{
    bool fin;
    Value r = vm_resume(G(self), NONE, NIL, &fin);
    if (!r) return NIL;
    if (fin) {
        if (r != NONE) return set_stop(G(self), r);
        return NIL;
    }
    return r;
}

static Value gen_iter(Value self) { return self; }

/* throw(typ[, val[, tb]]) / throw(exc): the exception instance to raise. */
static Value normalize_throw(Value *args, int nargs)
{
    Value typ = args[0];
    Value val = nargs > 1 ? args[1] : NIL;
    Value tb = nargs > 2 ? args[2] : NIL;
    if (tb == NONE) tb = NIL;
    else if (tb && TYPE(tb) != &type_traceback)
        return rt_raise(&exc_TypeError, "throw() third argument must be a traceback object");
    Value exc;
    if (IS_TYPE(typ) && type_is_subtype((Type *)typ, &exc_BaseException)) {
        if (val && is_exc(val) && IS_INSTANCE(val, (Type *)typ)) exc = val;
        else if (!val || val == NONE) exc = rt_call0(typ);
        else if (TYPE(val) == &type_tuple) exc = rt_call(typ, TUPLE_ITEMS(val), (int)TUPLE_LEN(val), NIL);
        else exc = rt_call1(typ, val);
        if (!exc) return NIL;
        if (!is_exc(exc))
            return rt_raise(&exc_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            ((Type *)typ)->name, type_name(exc));
    } else if (is_exc(typ)) {
        if (val && val != NONE)
            return rt_raise(&exc_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return rt_raise(&exc_TypeError,
                        "exceptions must be classes or instances deriving from BaseException, not %s",
                        type_name(typ));
    }
    if (tb) ((ExcObj *)exc)->traceback = tb;
    return exc;
}

static Value gen_throw_impl(GenObj *g, Value *args, int nargs)
{
    Value exc = normalize_throw(args, nargs);
    if (!exc) return NIL;
    bool fin;
    Value r = vm_resume_throw(g, NIL, exc, args, nargs, &fin);
    if (!r) return NIL;
    if (fin) return set_stop(g, r);
    return r;
}

static Value gen_close_impl(GenObj *g)
{
    if (g->state == GEN_CLOSED) return NONE;
    if (g->state == GEN_RUNNING) return rt_raise(&exc_ValueError, "%s already executing", gen_kind(g));
    if (g->state == GEN_CREATED) {
        g->state = GEN_CLOSED;
        return NONE;
    }
    Value ge = exc_new(&exc_GeneratorExit, rt_empty_tuple);
    if (!ge) return NIL;
    bool fin;
    Value r = vm_resume(g, NIL, ge, &fin);
    if (r) {
        if (!fin) return rt_raise(&exc_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
        return NONE;
    }
    if (rt_exc_matches(&exc_StopIteration) || rt_exc_matches(&exc_GeneratorExit)) {
        rt_exc_clear();
        return NONE;
    }
    return NIL;
}

static Value m_send(Value *a, int n, Value kw)
{
    if (!arg_nokw("send", kw) || !arg_count("send", n - 1, 1, 1)) return NIL;
    return gen_send_impl(G(a[0]), a[1]);
}
static Value m_throw(Value *a, int n, Value kw)
{
    if (!arg_nokw("throw", kw) || !arg_count("throw", n - 1, 1, 3)) return NIL;
    return gen_throw_impl(G(a[0]), a + 1, n - 1);
}
static Value m_close(Value *a, int n, Value kw)
{
    if (!arg_nokw("close", kw) || !arg_count("close", n - 1, 0, 0)) return NIL;
    return gen_close_impl(G(a[0]));
}

static Value gen_repr(Value self)
{
    const char *kind = self ? gen_kind(G(self)) : "generator";
    if (G(self)->ob.type == &type_async_generator) kind = "async_generator";
    return str_printf("<%s object %s at %p>", kind, str_cstr(G(self)->qualname), (void *)self);
}

static Value g_frame(Value *a, int n, Value k)
{
    GenObj *g = G(a[0]);
    return g->state == GEN_CLOSED || !g->frame ? NONE : frame_object(g->frame);
}
static Value g_running(Value *a, int n, Value k) { return BOOL(G(a[0])->state == GEN_RUNNING); }
static Value g_suspended(Value *a, int n, Value k) { return BOOL(G(a[0])->state == GEN_SUSPENDED); }
static Value g_code(Value *a, int n, Value k) { return G(a[0])->code; }
static Value g_yieldfrom(Value *a, int n, Value k)
{
    Value r = gen_yieldfrom(G(a[0]));
    return r ? r : NONE;
}
static Value g_ag_running(Value *a, int n, Value k) { return BOOL(G(a[0])->running_async); }
static Value g_name(Value *a, int n, Value k) { return G(a[0])->name; }
static Value g_qualname(Value *a, int n, Value k) { return G(a[0])->qualname; }
static Value g_set_name(Value *a, int n, Value k)
{
    if (!a[1] || !str_check(a[1])) return rt_raise(&exc_TypeError, "__name__ must be set to a string object");
    G(a[0])->name = a[1];
    return NONE;
}
static Value g_set_qualname(Value *a, int n, Value k)
{
    if (!a[1] || !str_check(a[1]))
        return rt_raise(&exc_TypeError, "__qualname__ must be set to a string object");
    G(a[0])->qualname = a[1];
    return NONE;
}
static Value g_origin(Value *a, int n, Value k) { return NONE; }

#define NAME_ATTRS                                                   \
    {"__name__", g_name, METH_GETTER, NULL},                         \
    {"__name__", g_set_name, METH_SETTER, NULL},                     \
    {"__qualname__", g_qualname, METH_GETTER, NULL},                 \
    {"__qualname__", g_set_qualname, METH_SETTER, NULL}

static const MethodDef generator_methods[] = {
    {"send", m_send, METH_DEFAULT, NULL},
    {"throw", m_throw, METH_DEFAULT, NULL},
    {"close", m_close, METH_DEFAULT, NULL},
    {"gi_frame", g_frame, METH_GETTER, NULL},
    {"gi_running", g_running, METH_GETTER, NULL},
    {"gi_suspended", g_suspended, METH_GETTER, NULL},
    {"gi_code", g_code, METH_GETTER, NULL},
    {"gi_yieldfrom", g_yieldfrom, METH_GETTER, NULL},
    NAME_ATTRS,
    {NULL, NULL, 0, NULL},
};

Type type_generator = {
    .ob = {&type_type}, .name = "generator", .base = &type_object,
    .size = sizeof(GenObj), .methods = generator_methods,
    .repr = gen_repr, .iter = gen_iter, .next = gen_iternext,
};

/* ---- coroutines -------------------------------------------------------- */

typedef struct CoroWrapper { Obj ob; Value coro; } CoroWrapper;

static Value coro_await(Value self)
{
    CoroWrapper *w = gc_obj(sizeof(CoroWrapper), &type_coroutine_wrapper);
    w->coro = self;
    return OBJ_VAL(w);
}

static const MethodDef coroutine_methods[] = {
    {"send", m_send, METH_DEFAULT, NULL},
    {"throw", m_throw, METH_DEFAULT, NULL},
    {"close", m_close, METH_DEFAULT, NULL},
    {"cr_frame", g_frame, METH_GETTER, NULL},
    {"cr_running", g_running, METH_GETTER, NULL},
    {"cr_suspended", g_suspended, METH_GETTER, NULL},
    {"cr_code", g_code, METH_GETTER, NULL},
    {"cr_await", g_yieldfrom, METH_GETTER, NULL},
    {"cr_origin", g_origin, METH_GETTER, NULL},
    NAME_ATTRS,
    {NULL, NULL, 0, NULL},
};

Type type_coroutine = {
    .ob = {&type_type}, .name = "coroutine", .base = &type_object,
    .size = sizeof(GenObj), .methods = coroutine_methods,
    .repr = gen_repr, .await = coro_await,
};

static Value cw_iternext(Value self) { return gen_send_impl(G(((CoroWrapper *)self)->coro), NONE); }
static Value cw_send(Value *a, int n, Value kw)
{
    if (!arg_nokw("send", kw) || !arg_count("send", n - 1, 1, 1)) return NIL;
    return gen_send_impl(G(((CoroWrapper *)a[0])->coro), a[1]);
}
static Value cw_throw(Value *a, int n, Value kw)
{
    if (!arg_nokw("throw", kw) || !arg_count("throw", n - 1, 1, 3)) return NIL;
    return gen_throw_impl(G(((CoroWrapper *)a[0])->coro), a + 1, n - 1);
}
static Value cw_close(Value *a, int n, Value kw) { return gen_close_impl(G(((CoroWrapper *)a[0])->coro)); }

static const MethodDef cw_methods[] = {
    {"send", cw_send, METH_DEFAULT, NULL},
    {"throw", cw_throw, METH_DEFAULT, NULL},
    {"close", cw_close, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_coroutine_wrapper = {
    .ob = {&type_type}, .name = "coroutine_wrapper", .base = &type_object,
    .size = sizeof(CoroWrapper), .methods = cw_methods,
    .iter = gen_iter, .next = cw_iternext,
};

/* The iterator `await obj` drives (GET_AWAITABLE; where 3: GET_ANEXT). */
Value gen_get_awaitable(Value obj, int where)
{
    Type *t = TYPE(obj);
    Value res = NIL;
    if (t == &type_coroutine ||
        (t == &type_generator && (((CodeObj *)G(obj)->code)->flags & CO_ITERABLE_COROUTINE))) {
        res = obj;
    } else if (t->await) {
        res = t->await(obj);
        if (res) {
            Type *rt = TYPE(res);
            if (rt == &type_coroutine ||
                (rt == &type_generator && (((CodeObj *)G(res)->code)->flags & CO_ITERABLE_COROUTINE))) {
                rt_raise(&exc_TypeError, "__await__() returned a coroutine");
                res = NIL;
            } else if (!rt->next) {
                rt_raise(&exc_TypeError, "__await__() returned non-iterator of type '%s'", type_name(res));
                res = NIL;
            }
        }
    } else if (where == 1) {
        return rt_raise(&exc_TypeError,
                        "'async with' received an object from __aenter__ that does not implement __await__: %s",
                        type_name(obj));
    } else if (where == 2) {
        return rt_raise(&exc_TypeError,
                        "'async with' received an object from __aexit__ that does not implement __await__: %s",
                        type_name(obj));
    } else {
        rt_raise(&exc_TypeError, "object %s can't be used in 'await' expression", type_name(obj));
    }
    if (where == 3) {
        if (!res) {
            Value cause = rt_exc_fetch();
            rt_raise(&exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                     type_name(obj));
            Value e = rt_exc_current();
            if (e && is_exc(e) && cause) {
                ((ExcObj *)e)->cause = cause;
                ((ExcObj *)e)->context = cause;
                ((ExcObj *)e)->suppress_context = true;
            }
        }
        return res;
    }
    if (res && TYPE(res) == &type_coroutine && gen_yieldfrom(G(res)))
        return rt_raise(&exc_RuntimeError, "coroutine is being awaited already");
    return res;
}

/* ---- async generators -------------------------------------------------- */

typedef struct WrappedValue { Obj ob; Value val; } WrappedValue;

Value gen_async_wrap(Value v)
{
    WrappedValue *w = gc_obj(sizeof(WrappedValue), &type_async_gen_wrapped_value);
    w->val = v;
    return OBJ_VAL(w);
}

Type type_async_gen_wrapped_value = {
    .ob = {&type_type}, .name = "async_generator_wrapped_value", .base = &type_object,
    .size = sizeof(WrappedValue),
};

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct ASend { Obj ob; GenObj *gen; Value sendval; int state; } ASend;
typedef struct AThrow { Obj ob; GenObj *gen; Value args; int state; } AThrow;  /* args NIL: aclose() */

static bool init_hooks(GenObj *g)
{
    if (g->hooks_inited) return true;
    g->hooks_inited = true;
    Thread *th = TH();
    if (th->asyncgen_finalizer && th->asyncgen_finalizer != NONE) g->finalizer = th->asyncgen_finalizer;
    if (th->asyncgen_firstiter && th->asyncgen_firstiter != NONE) {
        Value r = rt_call1(th->asyncgen_firstiter, OBJ_VAL(g));
        if (!r) return false;
    }
    return true;
}

/* async_gen_unwrap_value: an async yield finishes the awaitable. */
static Value unwrap(GenObj *g, Value result)
{
    if (!result) {
        if (!rt_exc_occurred()) rt_raise_args(&exc_StopAsyncIteration, rt_empty_tuple);
        if (rt_exc_matches(&exc_StopAsyncIteration) || rt_exc_matches(&exc_GeneratorExit))
            g->closed_by_aclose = true;
        g->running_async = false;
        return NIL;
    }
    if (TYPE(result) == &type_async_gen_wrapped_value) {
        Value v = ((WrappedValue *)result)->val;
        g->running_async = false;
        if (v == NONE) return rt_raise_args(&exc_StopIteration, rt_empty_tuple);
        return rt_raise_args(&exc_StopIteration, tuple_pack(1, v));
    }
    return result;
}

static Value asend_new(GenObj *g, Value v)
{
    ASend *a = gc_obj(sizeof(ASend), &type_async_generator_asend);
    a->gen = g;
    a->sendval = v;
    a->state = AW_INIT;
    return OBJ_VAL(a);
}

static Value asend_send_impl(ASend *o, Value arg)
{
    if (o->state == AW_CLOSED)
        return rt_raise(&exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    if (o->state == AW_INIT) {
        if (o->gen->running_async)
            return rt_raise(&exc_RuntimeError, "anext(): asynchronous generator is already running");
        if (!arg || arg == NONE) arg = o->sendval;
        o->state = AW_ITER;
    }
    o->gen->running_async = true;
    Value r = gen_send_impl(o->gen, arg ? arg : NONE);
    r = unwrap(o->gen, r);
    if (!r) o->state = AW_CLOSED;
    return r;
}

static Value asend_next(Value self) { return asend_send_impl((ASend *)self, NIL); }
static Value asend_send(Value *a, int n, Value kw)
{
    if (!arg_nokw("send", kw) || !arg_count("send", n - 1, 1, 1)) return NIL;
    return asend_send_impl((ASend *)a[0], a[1]);
}
static Value asend_throw(Value *a, int n, Value kw)
{
    if (!arg_nokw("throw", kw) || !arg_count("throw", n - 1, 1, 3)) return NIL;
    ASend *o = (ASend *)a[0];
    if (o->state == AW_CLOSED)
        return rt_raise(&exc_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    Value r = gen_throw_impl(o->gen, a + 1, n - 1);
    r = unwrap(o->gen, r);
    if (!r) o->state = AW_CLOSED;
    return r;
}
static Value aw_close(Value *a, int n, Value kw)
{
    ((ASend *)a[0])->state = AW_CLOSED;
    return NONE;
}

static const MethodDef asend_methods[] = {
    {"send", asend_send, METH_DEFAULT, NULL},
    {"throw", asend_throw, METH_DEFAULT, NULL},
    {"close", aw_close, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_async_generator_asend = {
    .ob = {&type_type}, .name = "async_generator_asend", .base = &type_object,
    .size = sizeof(ASend), .methods = asend_methods,
    .iter = gen_iter, .next = asend_next, .await = gen_iter,
};

static Value athrow_new(GenObj *g, Value args)
{
    AThrow *a = gc_obj(sizeof(AThrow), &type_async_generator_athrow);
    a->gen = g;
    a->args = args;
    a->state = AW_INIT;
    return OBJ_VAL(a);
}

static Value athrow_check_error(AThrow *o)
{
    o->gen->running_async = false;
    o->state = AW_CLOSED;
    if (!o->args && (rt_exc_matches(&exc_StopAsyncIteration) || rt_exc_matches(&exc_GeneratorExit))) {
        rt_exc_clear();
        rt_raise_args(&exc_StopIteration, rt_empty_tuple);
    }
    return NIL;
}

static Value athrow_yield_close(AThrow *o)
{
    o->gen->running_async = false;
    o->state = AW_CLOSED;
    return rt_raise(&exc_RuntimeError, "async generator ignored GeneratorExit");
}

static Value athrow_send_impl(AThrow *o, Value arg)
{
    GenObj *g = o->gen;
    if (o->state == AW_CLOSED)
        return rt_raise(&exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    if (g->state == GEN_CLOSED) {
        o->state = AW_CLOSED;
        return rt_raise_args(&exc_StopIteration, rt_empty_tuple);
    }
    Value r;
    if (o->state == AW_INIT) {
        if (g->running_async) {
            o->state = AW_CLOSED;
            return rt_raise(&exc_RuntimeError, o->args ? "athrow(): asynchronous generator is already running"
                                                       : "aclose(): asynchronous generator is already running");
        }
        if (g->closed_by_aclose) {
            o->state = AW_CLOSED;
            return rt_raise_args(&exc_StopAsyncIteration, rt_empty_tuple);
        }
        if (arg && arg != NONE)
            return rt_raise(&exc_RuntimeError, "can't send non-None value to a just-started coroutine");
        o->state = AW_ITER;
        g->running_async = true;
        if (!o->args) {
            g->closed_by_aclose = true;
            Value ge = exc_new(&exc_GeneratorExit, rt_empty_tuple);
            bool fin;
            r = vm_resume(g, NIL, ge, &fin);
            if (r && fin) r = (set_stop(g, r), NIL);
            if (r && TYPE(r) == &type_async_gen_wrapped_value) return athrow_yield_close(o);
        } else {
            r = gen_throw_impl(g, TUPLE_ITEMS(o->args), (int)TUPLE_LEN(o->args));
            r = unwrap(g, r);
        }
        if (!r) return athrow_check_error(o);
        return r;
    }
    r = gen_send_impl(g, arg ? arg : NONE);
    if (o->args) return unwrap(g, r);
    if (r) {
        if (TYPE(r) == &type_async_gen_wrapped_value) return athrow_yield_close(o);
        return r;
    }
    return athrow_check_error(o);
}

static Value athrow_next(Value self) { return athrow_send_impl((AThrow *)self, NIL); }
static Value athrow_send(Value *a, int n, Value kw)
{
    if (!arg_nokw("send", kw) || !arg_count("send", n - 1, 1, 1)) return NIL;
    return athrow_send_impl((AThrow *)a[0], a[1]);
}
static Value athrow_throw(Value *a, int n, Value kw)
{
    if (!arg_nokw("throw", kw) || !arg_count("throw", n - 1, 1, 3)) return NIL;
    AThrow *o = (AThrow *)a[0];
    if (o->state == AW_CLOSED)
        return rt_raise(&exc_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    Value r = gen_throw_impl(o->gen, a + 1, n - 1);
    if (o->args) return unwrap(o->gen, r);
    if (r && TYPE(r) == &type_async_gen_wrapped_value) return athrow_yield_close(o);
    if (!r && (rt_exc_matches(&exc_StopAsyncIteration) || rt_exc_matches(&exc_GeneratorExit))) {
        rt_exc_clear();
        rt_raise_args(&exc_StopIteration, rt_empty_tuple);
    }
    return r;
}
static Value athrow_close(Value *a, int n, Value kw)
{
    ((AThrow *)a[0])->state = AW_CLOSED;
    return NONE;
}

static const MethodDef athrow_methods[] = {
    {"send", athrow_send, METH_DEFAULT, NULL},
    {"throw", athrow_throw, METH_DEFAULT, NULL},
    {"close", athrow_close, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_async_generator_athrow = {
    .ob = {&type_type}, .name = "async_generator_athrow", .base = &type_object,
    .size = sizeof(AThrow), .methods = athrow_methods,
    .iter = gen_iter, .next = athrow_next, .await = gen_iter,
};

static Value agen_anext(Value self)
{
    if (!init_hooks(G(self))) return NIL;
    return asend_new(G(self), NONE);
}
static Value agen_aiter(Value self) { return self; }

static Value agen_asend(Value *a, int n, Value kw)
{
    if (!arg_nokw("asend", kw) || !arg_count("asend", n - 1, 1, 1)) return NIL;
    if (!init_hooks(G(a[0]))) return NIL;
    return asend_new(G(a[0]), a[1]);
}
static Value agen_athrow(Value *a, int n, Value kw)
{
    if (!arg_nokw("athrow", kw) || !arg_count("athrow", n - 1, 1, 3)) return NIL;
    if (!init_hooks(G(a[0]))) return NIL;
    return athrow_new(G(a[0]), tuple_from_array(a + 1, (size_t)(n - 1)));
}
static Value agen_aclose(Value *a, int n, Value kw)
{
    if (!arg_nokw("aclose", kw) || !arg_count("aclose", n - 1, 0, 0)) return NIL;
    if (!init_hooks(G(a[0]))) return NIL;
    return athrow_new(G(a[0]), NIL);
}

static const MethodDef agen_methods[] = {
    {"asend", agen_asend, METH_DEFAULT, NULL},
    {"athrow", agen_athrow, METH_DEFAULT, NULL},
    {"aclose", agen_aclose, METH_DEFAULT, NULL},
    {"ag_frame", g_frame, METH_GETTER, NULL},
    {"ag_running", g_ag_running, METH_GETTER, NULL},
    {"ag_suspended", g_suspended, METH_GETTER, NULL},
    {"ag_code", g_code, METH_GETTER, NULL},
    {"ag_await", g_yieldfrom, METH_GETTER, NULL},
    NAME_ATTRS,
    {NULL, NULL, 0, NULL},
};

Type type_async_generator = {
    .ob = {&type_type}, .name = "async_generator", .base = &type_object,
    .size = sizeof(GenObj), .methods = agen_methods,
    .repr = gen_repr, .aiter = agen_aiter, .anext = agen_anext,
};

/* sys._asp_mark_iterable_coroutine(func): types.coroutine's flag flip.  The
 * function gets its own copy of the code with CO_ITERABLE_COROUTINE, as
 * CPython's code.replace(co_flags=...) does. */
Value gen_mark_iterable_coroutine(Value *args, int nargs, Value kwnames)
{
    if (nargs != 1 || TYPE(args[0]) != &type_function)
        return rt_raise(&exc_TypeError, "_asp_mark_iterable_coroutine() expects a function");
    FunctionObj *fn = (FunctionObj *)args[0];
    CodeObj *c = GC_MALLOC(sizeof(CodeObj));
    memcpy(c, fn->code, sizeof(CodeObj));
    c->flags |= CO_ITERABLE_COROUTINE;
    fn->code = c;
    return NONE;
}
