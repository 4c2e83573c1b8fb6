/* vm.c — the bytecode interpreter: one dispatch loop over heap frames.
 *
 * Invariant (DESIGN.md section 2): Python-to-Python calls, returns, generator
 * resumption (FOR_ITER, SEND), yields and exception unwinding switch the
 * current frame inside run() and never recurse on the C stack.  C enters the
 * loop only through vm_call / vm_call_function / vm_exec / vm_resume; the
 * frame they link has ret_mode RET_EXIT, and run() returns when that frame
 * returns, yields or unwinds.  Thread.frame is always the running frame.
 */
#include <string.h>
#include "vm.h"
#include "../runtime/errors.h"
#include "../runtime/abstract.h"
#include "../runtime/containers.h"
#include "../runtime/str.h"
#include "../runtime/num.h"
#include "../runtime/func.h"
#include "../runtime/module.h"
#include "../runtime/cstack.h"
#include "../runtime/names.h"
#include "../runtime/gil.h"

_Static_assert(OP__COUNT <= 256, "opcodes must fit in 8 bits");

#define GEN_FLAGS (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)
#define C_DEPTH_MAX 20000

/* ---- C stack guard ---------------------------------------------------- */

/* Enter from C: false + RecursionError when nesting or the C stack is too deep. */
static bool c_enter(Thread *th)
{
    if (th->c_depth >= C_DEPTH_MAX || cstack_exhausted()) {
        rt_raise(&exc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
        return false;
    }
    th->c_depth++;
    return true;
}

/* BEFORE_WITH / BEFORE_ASYNC_WITH: look up __(a)enter__ and __(a)exit__ on
 * the type (CPython 3.11's messages when either is missing), call the enter
 * method and return its result (for async: the awaitable), *exit the bound
 * exit method.  NIL with the exception set on failure. */
static Value enter_context(Value mgr, bool async, Value *exit)
{
    const char *proto = async ? "asynchronous context manager" : "context manager";
    Value enter = rt_lookup_special(mgr, async ? NM(__aenter__) : NM(__enter__));
    if (!enter) {
        if (!rt_exc_occurred())
            rt_raise(&exc_TypeError, "'%s' object does not support the %s protocol", type_name(mgr), proto);
        return NIL;
    }
    *exit = rt_lookup_special(mgr, async ? NM(__aexit__) : NM(__exit__));
    if (!*exit) {
        if (!rt_exc_occurred())
            rt_raise(&exc_TypeError, "'%s' object does not support the %s protocol (missed %s method)",
                     type_name(mgr), proto, async ? "__aexit__" : "__exit__");
        return NIL;
    }
    return rt_call0(enter);
}

/* ---- small helpers ---------------------------------------------------- */

static inline bool is_exc(Value v) { return !IS_SMALL(v) && (TYPE(v)->flags & TF_EXC); }
static inline bool is_real(Value v) { return v != NIL && v != NONE; }
static inline ExcObj *EXO(Value v) { return (ExcObj *)v; }

/* Set exc.__context__ = handled, breaking cycles as CPython's _PyErr_SetObject. */
static void chain_context(Value exc, Value handled, bool overwrite)
{
    if (!is_exc(exc) || !is_exc(handled) || exc == handled) return;
    if (!overwrite && is_real(EXO(exc)->context)) return;
    Value o = handled, slow = handled;
    bool toggle = false;
    for (;;) {
        Value ctx = EXO(o)->context;
        if (!is_exc(ctx)) break;
        if (ctx == exc) { EXO(o)->context = NONE; break; }
        o = ctx;
        if (o == slow) break;
        if (toggle) slow = EXO(slow)->context;
        toggle = !toggle;
    }
    EXO(exc)->context = handled;
}

static Value builtins_of(Value globals)
{
    Value b = dict_get_str(globals, NM(__builtins__));
    if (b) {
        if (TYPE(b) == &type_module) return module_dict(b);
        if (dict_check(b)) return b;
    }
    return TH()->interp->builtins;
}

static ExcEntry *find_handler(CodeObj *co, uint32_t pc)
{
    for (uint32_t i = 0; i < co->nexc; i++) {
        ExcEntry *e = &co->exctab[i];
        if (pc >= e->start && pc < e->end) return e;
    }
    return NULL;
}

static Value raise_name_error(Value name, bool unbound_local, bool free)
{
    if (unbound_local)
        rt_raise(&exc_UnboundLocalError,
                 "cannot access local variable '%s' where it is not associated with a value",
                 str_cstr(name));
    else if (free)
        rt_raise(&exc_NameError,
                 "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                 str_cstr(name));
    else
        rt_raise(&exc_NameError, "name '%s' is not defined", str_cstr(name));
    Value e = rt_exc_current();
    if (e && is_exc(e) && !unbound_local) EXO(e)->extra[0] = name;
    return NIL;
}

/* Look a name up in a mapping that may not be a dict (class bodies with
 * __prepare__): NIL without exception when absent. */
static Value mapping_get(Value m, Value name)
{
    if (TYPE(m) == &type_dict) return dict_get_str(m, name);
    Value v = rt_getitem(m, name);
    if (!v && rt_exc_matches(&exc_KeyError)) rt_exc_clear();
    return v;
}

static int mapping_set(Value m, Value name, Value v)
{
    if (TYPE(m) == &type_dict) { dict_set_str(m, name, v); return 0; }
    return rt_setitem(m, name, v);
}

/* StopIteration's value (None when absent). */
static Value stop_value(Value exc)
{
    if (!is_exc(exc)) return NONE;
    Value v = EXO(exc)->extra[0];
    return v ? v : NONE;
}

/* The generator kind in messages. */
const char *gen_kind(GenObj *g)
{
    Type *t = g->ob.type;
    if (t == &type_coroutine) return "coroutine";
    if (t == &type_async_generator) return "async generator";
    return "generator";
}

/* PEP 479: StopIteration (and StopAsyncIteration in async generators) leaving
 * a generator body becomes RuntimeError with __cause__ set. */
static void gen_convert_stop(GenObj *g)
{
    Value exc = rt_exc_current();
    if (!exc) return;
    const char *what;
    if (IS_INSTANCE(exc, &exc_StopIteration)) what = "StopIteration";
    else if (g->ob.type == &type_async_generator && IS_INSTANCE(exc, &exc_StopAsyncIteration))
        what = "StopAsyncIteration";
    else return;
    rt_exc_clear();
    rt_raise(&exc_RuntimeError, "%s raised %s", gen_kind(g), what);
    Value n = rt_exc_current();
    if (n && is_exc(n)) {
        EXO(n)->cause = exc;
        EXO(n)->context = exc;
        EXO(n)->suppress_context = true;
    }
}

/* Link g's saved frame on top of prev (which receives results per mode).
 * The caller has checked the state is CREATED or SUSPENDED. */
static Frame *gen_link(Thread *th, GenObj *g, Value value, Frame *prev, int mode)
{
    Frame *gf = g->frame;
    if (g->state == GEN_CREATED) {
        if (value != NONE) {
            rt_raise(&exc_TypeError, "can't send non-None value to a just-started %s", gen_kind(g));
            return NULL;
        }
    } else {
        *gf->sp++ = value;
    }
    if (th->depth >= th->recursion_limit) {
        if (g->state != GEN_CREATED) gf->sp--;
        rt_raise(&exc_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    th->depth++;
    g->state = GEN_RUNNING;
    gf->prev = prev;
    gf->ret_mode = (uint8_t)mode;
    g->resumer_handled = th->handled;
    if (is_real(g->exc_state)) th->handled = g->exc_state;
    th->frame = gf;
    return gf;
}

/* g's frame stops running (yield when !finished, return or exception when finished). */
static void gen_unlink(Thread *th, GenObj *g, bool finished)
{
    th->handled = g->resumer_handled;
    g->resumer_handled = NIL;
    g->frame->prev = NULL;
    th->depth--;
    if (finished) {
        g->state = GEN_CLOSED;
        g->exc_state = NIL;
        g->frame = NULL;                 /* let the locals go */
    } else {
        g->state = GEN_SUSPENDED;
    }
}

static bool is_native_gen(Value v)
{
    if (IS_SMALL(v)) return false;
    Type *t = TYPE(v);
    return t == &type_generator || t == &type_coroutine;
}

Value gen_yieldfrom(GenObj *g)
{
    if (g->state != GEN_SUSPENDED || !g->frame) return NIL;
    Frame *f = g->frame;
    Instr *ip = f->ip;
    if (ip - f->code->code < 2) return NIL;
    if (I_OP(ip[-1]) != OP_YIELD_VALUE || I_OP(ip[-2]) != OP_SEND) return NIL;
    if (f->sp <= frame_stack(f)) return NIL;
    return f->sp[-1];
}

/* CALL_FUNCTION_EX / DICT_MERGE: the positional tuple of a * argument. */
static Value star_args_tuple(Value func, Value a)
{
    if (TYPE(a) == &type_tuple) return a;
    if (TYPE(a) == &type_list) return list_as_tuple(a);
    if (!TYPE(a)->iter && !TYPE(a)->getitem) {
        Value fs = call_func_str(func);
        return rt_raise(&exc_TypeError, "%s argument after * must be an iterable, not %s",
                        str_cstr(fs), type_name(a));
    }
    return rt_tuple_from_iter(a);
}

/* {**m} / f(**m): iterate a mapping's keys and values into dict d.
 * func != NIL selects call semantics (duplicates are errors). */
static bool merge_mapping(Value d, Value m, Value func)
{
    if (dict_check(m) && TYPE(m) == &type_dict) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(m, &pos, &k, &v)) {
            if (func) {
                Value old;
                int r = dict_find(d, k, &old);
                if (r < 0) return false;
                if (r) goto dup;
            }
            if (dict_set(d, k, v) < 0) return false;
            continue;
        dup:
            if (str_check(k)) {
                Value fs = call_func_str(func);
                rt_raise(&exc_TypeError, "%s got multiple values for keyword argument '%s'",
                         str_cstr(fs), str_cstr(k));
            } else {
                rt_raise(&exc_TypeError, "keywords must be strings");
            }
            return false;
        }
        return true;
    }
    Value keys = rt_getattr_opt(m, NM(keys));
    if (!keys) {
        if (rt_exc_occurred()) return false;
        if (func) {
            Value fs = call_func_str(func);
            rt_raise(&exc_TypeError, "%s argument after ** must be a mapping, not %s",
                     str_cstr(fs), type_name(m));
        } else {
            rt_raise(&exc_TypeError, "'%s' object is not a mapping", type_name(m));
        }
        return false;
    }
    Value kl = rt_call0(keys);
    if (!kl) return false;
    Value it = rt_iter(kl);
    if (!it) return false;
    Value k;
    while ((k = rt_next(it))) {
        if (func) {
            Value old;
            int r = dict_find(d, k, &old);
            if (r < 0) return false;
            if (r) {
                if (str_check(k)) {
                    Value fs = call_func_str(func);
                    rt_raise(&exc_TypeError, "%s got multiple values for keyword argument '%s'",
                             str_cstr(fs), str_cstr(k));
                } else {
                    rt_raise(&exc_TypeError, "keywords must be strings");
                }
                return false;
            }
        }
        Value v = rt_getitem(m, k);
        if (!v || dict_set(d, k, v) < 0) return false;
    }
    return !rt_exc_occurred();
}

/* except / except*: the clause's type must be exception classes. */
static bool valid_exc_spec(Value t)
{
    if (TYPE(t) == &type_tuple) {
        for (size_t i = 0; i < TUPLE_LEN(t); i++)
            if (!IS_TYPE(TUPLE_ITEMS(t)[i]) || !type_is_subtype((Type *)TUPLE_ITEMS(t)[i], &exc_BaseException))
                return false;
        return true;
    }
    return IS_TYPE(t) && type_is_subtype((Type *)t, &exc_BaseException);
}

static bool exc_matches(Value exc, Value t)
{
    if (TYPE(t) == &type_tuple) {
        for (size_t i = 0; i < TUPLE_LEN(t); i++)
            if (IS_INSTANCE(exc, (Type *)TUPLE_ITEMS(t)[i])) return true;
        return false;
    }
    return IS_INSTANCE(exc, (Type *)t);
}

/* RAISE_VARARGS: build the exception instance from a class or instance. */
static Value make_exception(Value v, bool cause)
{
    if (IS_TYPE(v) && type_is_subtype((Type *)v, &exc_BaseException)) {
        Value e = rt_call0(v);
        if (!e) return NIL;
        if (!is_exc(e)) {
            Value r1 = rt_repr(v), r2 = rt_repr(e);
            if (!r1 || !r2) return NIL;
            return rt_raise(&exc_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            str_cstr(r1), type_name(e));
        }
        return e;
    }
    if (is_exc(v)) return v;
    if (cause) return rt_raise(&exc_TypeError, "exception causes must derive from BaseException");
    return rt_raise(&exc_TypeError, "exceptions must derive from BaseException");
}

static bool unpack_iter(Value seq, Value *out, int before, int after, bool star)
{
    /* out[0..before) gets the first items, then (star) a list, then after items. */
    Value it = rt_iter(seq);
    if (!it) {
        if (rt_exc_matches(&exc_TypeError) && !TYPE(seq)->iter && !TYPE(seq)->getitem) {
            rt_exc_clear();
            rt_raise(&exc_TypeError, "cannot unpack non-iterable %s object", type_name(seq));
        }
        return false;
    }
    for (int i = 0; i < before; i++) {
        Value v = rt_next(it);
        if (!v) {
            if (rt_exc_occurred()) return false;
            if (star)
                rt_raise(&exc_ValueError, "not enough values to unpack (expected at least %d, got %d)",
                         before + after, i);
            else
                rt_raise(&exc_ValueError, "not enough values to unpack (expected %d, got %d)", before, i);
            return false;
        }
        out[i] = v;
    }
    if (!star) {
        Value v = rt_next(it);
        if (v) {
            rt_raise(&exc_ValueError, "too many values to unpack (expected %d)", before);
            return false;
        }
        return !rt_exc_occurred();
    }
    Value rest = rt_list_from_iter(it);
    if (!rest) return false;
    size_t n = LIST_LEN(rest);
    if (n < (size_t)after) {
        rt_raise(&exc_ValueError, "not enough values to unpack (expected at least %d, got %zu)",
                 before + after, before + n);
        return false;
    }
    for (int i = 0; i < after; i++) out[before + 1 + i] = LIST_ITEMS(rest)[n - after + i];
    ((ListObj *)rest)->len = n - after;
    out[before] = rest;
    return true;
}

static Value format_value(Value v, int flags, Value spec)
{
    switch (flags & 3) {
    case 1: v = rt_str(v); break;
    case 2: v = rt_repr(v); break;
    case 3: v = rt_ascii(v); break;
    }
    if (!v) return NIL;
    if (spec == NIL && TYPE(v) == &type_str) return v;
    return rt_format(v, spec ? spec : NM(empty));
}

static bool import_star(Frame *f, Value mod)
{
    Value dst = f->locals ? f->locals : f->globals;
    Value all = rt_getattr_opt(mod, NM(__all__));
    bool skip_private = false;
    if (!all) {
        if (rt_exc_occurred()) return false;
        Value d = rt_getattr_opt(mod, NM(__dict__));
        if (!d) {
            if (!rt_exc_occurred())
                rt_raise(&exc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return false;
        }
        all = rt_list_from_iter(d);
        if (!all) return false;
        skip_private = true;
    }
    Value it = rt_iter(all);
    if (!it) return false;
    Value name;
    while ((name = rt_next(it))) {
        if (!str_check(name)) {
            rt_raise(&exc_TypeError, "%s in %s.%s must be str, not %s",
                     skip_private ? "Key" : "Item", "module", skip_private ? "__dict__" : "__all__",
                     type_name(name));
            return false;
        }
        if (skip_private && str_cstr(name)[0] == '_') continue;
        Value v = rt_getattr(mod, name);
        if (!v || mapping_set(dst, name, v) < 0) return false;
    }
    return !rt_exc_occurred();
}

/* PREP_RERAISE_STAR: what an except* statement re-raises (CPython's
 * _PyExc_PrepReraiseStar).  raised: the exceptions the clauses ended with. */
static bool same_metadata(Value e, Value orig)
{
    return is_exc(e) && is_exc(orig) && EXO(e)->notes == EXO(orig)->notes &&
           EXO(e)->traceback == EXO(orig)->traceback && EXO(e)->cause == EXO(orig)->cause &&
           EXO(e)->context == EXO(orig)->context;
}

static bool is_eg(Value v) { return is_exc(v) && IS_INSTANCE(v, &exc_BaseExceptionGroup); }

static void collect_leaves(Value e, Value set)
{
    if (!is_real(e)) return;
    if (is_eg(e)) {
        Value excs = EXO(e)->extra[1];
        if (excs && TYPE(excs) == &type_tuple)
            for (size_t i = 0; i < TUPLE_LEN(excs); i++) collect_leaves(TUPLE_ITEMS(excs)[i], set);
        return;
    }
    list_append(set, e);
}

static Value leaf_matcher(Value *args, int nargs, Value kw)
{
    Value leaves = args[0];
    for (size_t i = 0; i < LIST_LEN(leaves); i++)
        if (LIST_ITEMS(leaves)[i] == args[1]) return TRUE_V;
    return FALSE_V;
}

static Value prep_reraise_star(Value orig, Value excs)
{
    size_t n = LIST_LEN(excs);
    if (n == 0) return NONE;
    if (!is_eg(orig)) return LIST_ITEMS(excs)[0];
    Value raised = list_new(0), reraised = list_new(0);
    for (size_t i = 0; i < n; i++) {
        Value e = LIST_ITEMS(excs)[i];
        if (e == NONE) continue;
        list_append(same_metadata(e, orig) ? reraised : raised, e);
    }
    Value reraised_eg = NONE;
    if (LIST_LEN(reraised)) {
        Value leaves = list_new(0);
        for (size_t i = 0; i < LIST_LEN(reraised); i++) collect_leaves(LIST_ITEMS(reraised)[i], leaves);
        NativeFuncObj *m = (NativeFuncObj *)native_func_new("matcher", leaf_matcher, NIL);
        m->self = leaves;
        Value mv = OBJ_VAL(m);
        Value pair = rt_call_method(orig, str_intern("split"), &mv, 1, NIL);
        if (!pair) return NIL;
        if (TYPE(pair) != &type_tuple || TUPLE_LEN(pair) != 2)
            return rt_raise(&exc_TypeError, "split must return a 2-tuple");
        reraised_eg = TUPLE_ITEMS(pair)[0];
    }
    if (LIST_LEN(raised) == 0) return reraised_eg;
    if (reraised_eg != NONE) list_append(raised, reraised_eg);
    if (LIST_LEN(raised) == 1) return LIST_ITEMS(raised)[0];
    return exc_group_new(NM(empty), raised);
}

/* ---- the dispatch loop ------------------------------------------------- */

/* Run frames starting at f (already linked as th->frame) until a RET_EXIT
 * frame returns (*yielded=false), yields (*yielded=true) or unwinds (NIL).
 * throwing: f starts by raising the pending exception at its current ip. */
static Value run(Thread *th, Frame *f, bool *yielded, bool throwing)
{
    CodeObj *co;
    Instr *ip;
    Value *sp, *lp, *consts, *names;
    Value kwnames = NIL;
    Instr w;
    uint32_t oparg;

#define LOAD_FRAME()                                                   \
    do {                                                               \
        co = f->code; ip = f->ip; sp = f->sp; lp = f->localsplus;       \
        consts = co->consts ? TUPLE_ITEMS(co->consts) : NULL;          \
        names = co->names ? TUPLE_ITEMS(co->names) : NULL;             \
    } while (0)
#define SAVE_FRAME() do { f->ip = ip; f->sp = sp; } while (0)
/* The eval breaker, polled at backward jumps and calls: Ctrl-C (true: raise
 * KeyboardInterrupt) or another thread asking for the GIL (gil.h). */
#define EVAL_BREAK()                                                   \
    ((th->interrupt | atomic_load_explicit(&gil_drop_request, memory_order_relaxed)) && \
     gil_eval_break(th))
/* A taken jump; backward ones poll the eval breaker. */
#define JUMPTO(t)                                                      \
    do {                                                               \
        Instr *t_ = co->code + (t);                                    \
        if (t_ < ip && EVAL_BREAK()) goto interrupted;   \
        ip = t_;                                                       \
    } while (0)
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(intptr_t)(n)])

#if defined(__GNUC__)
    static const void *const labels[OP__COUNT] = {
#define OP(name, operand, pops, pushes, flags) [OP_##name] = &&L_##name,
#include "opcodes.def"
#undef OP
    };
#define TARGET(name) L_##name:
#define DISPATCH() do { w = *ip++; oparg = I_ARG(w); goto *labels[I_OP(w)]; } while (0)
#else
#define TARGET(name) case OP_##name:
#define DISPATCH() goto dispatch
#endif

    LOAD_FRAME();
    if (throwing) goto error_propagated;     /* vm_resume chained it already */

#if defined(__GNUC__)
    DISPATCH();
#else
dispatch:
    w = *ip++;
    oparg = I_ARG(w);
    switch (I_OP(w)) {
#endif

    TARGET(NOP) DISPATCH();
    TARGET(POP_TOP) { sp--; DISPATCH(); }
    TARGET(COPY) { Value v = PEEK(oparg); PUSH(v); DISPATCH(); }
    TARGET(SWAP) { Value t = TOP(); TOP() = PEEK(oparg); PEEK(oparg) = t; DISPATCH(); }
    TARGET(LOAD_CONST) { PUSH(consts[oparg]); DISPATCH(); }

    TARGET(LOAD_FAST) {
        Value v = lp[oparg];
        if (!v) { raise_name_error(TUPLE_ITEMS(co->localsplusnames)[oparg], true, false); goto error; }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_FAST) { lp[oparg] = POP(); DISPATCH(); }
    TARGET(DELETE_FAST) {
        if (!lp[oparg]) { raise_name_error(TUPLE_ITEMS(co->localsplusnames)[oparg], true, false); goto error; }
        lp[oparg] = NIL;
        DISPATCH();
    }
    TARGET(MAKE_CELL) { lp[oparg] = cell_new(lp[oparg]); DISPATCH(); }
    TARGET(COPY_FREE_VARS) {
        Value cl = f->func ? f->func->closure : NIL;
        if (cl) {
            int base = co->nlocalsplus - (int)oparg;
            for (uint32_t i = 0; i < oparg && i < TUPLE_LEN(cl); i++) lp[base + i] = TUPLE_ITEMS(cl)[i];
        }
        DISPATCH();
    }
    TARGET(LOAD_CLOSURE) { PUSH(lp[oparg]); DISPATCH(); }
    TARGET(LOAD_DEREF) {
        Value v = ((CellObj *)lp[oparg])->ref;
        if (!v) {
            bool free = co->localspluskinds && (co->localspluskinds[oparg] & LK_FREE);
            raise_name_error(TUPLE_ITEMS(co->localsplusnames)[oparg], !free, free);
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_DEREF) { ((CellObj *)lp[oparg])->ref = POP(); DISPATCH(); }
    TARGET(DELETE_DEREF) {
        CellObj *c = (CellObj *)lp[oparg];
        if (!c->ref) {
            bool free = co->localspluskinds && (co->localspluskinds[oparg] & LK_FREE);
            raise_name_error(TUPLE_ITEMS(co->localsplusnames)[oparg], !free, free);
            goto error;
        }
        c->ref = NIL;
        DISPATCH();
    }
    TARGET(LOAD_CLASSDEREF) {
        Value name = TUPLE_ITEMS(co->localsplusnames)[oparg];
        Value v = NIL;
        if (f->locals) {
            v = mapping_get(f->locals, name);
            if (!v && rt_exc_occurred()) goto error;
        }
        if (!v) {
            v = ((CellObj *)lp[oparg])->ref;
            if (!v) {
                bool free = co->localspluskinds && (co->localspluskinds[oparg] & LK_FREE);
                raise_name_error(name, !free, free);
                goto error;
            }
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        Value name = names[oparg];
        Value v = dict_get_str(f->globals, name);
        if (!v) {
            v = dict_get_str(f->builtins, name);
            if (!v) { raise_name_error(name, false, false); goto error; }
        }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_GLOBAL) { dict_set_str(f->globals, names[oparg], POP()); DISPATCH(); }
    TARGET(DELETE_GLOBAL) {
        int r = dict_del(f->globals, names[oparg]);
        if (r < 0) goto error;
        if (r == 0) { raise_name_error(names[oparg], false, false); goto error; }
        DISPATCH();
    }
    TARGET(LOAD_NAME) {
        Value name = names[oparg];
        Value v = NIL;
        if (f->locals) {
            v = mapping_get(f->locals, name);
            if (!v && rt_exc_occurred()) goto error;
        }
        if (!v) v = dict_get_str(f->globals, name);
        if (!v) v = dict_get_str(f->builtins, name);
        if (!v) { raise_name_error(name, false, false); goto error; }
        PUSH(v);
        DISPATCH();
    }
    TARGET(STORE_NAME) {
        Value v = POP();
        Value dst = f->locals ? f->locals : f->globals;
        SAVE_FRAME();
        if (mapping_set(dst, names[oparg], v) < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_NAME) {
        Value dst = f->locals ? f->locals : f->globals;
        int r;
        if (TYPE(dst) == &type_dict) r = dict_del(dst, names[oparg]);
        else {
            r = rt_delitem(dst, names[oparg]) < 0 ? -1 : 1;
            if (r < 0 && rt_exc_matches(&exc_KeyError)) { rt_exc_clear(); r = 0; }
        }
        if (r < 0) goto error;
        if (r == 0) { raise_name_error(names[oparg], false, false); goto error; }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        SAVE_FRAME();
        Value v = rt_getattr(TOP(), names[oparg]);
        if (!v) goto error;
        TOP() = v;
        DISPATCH();
    }
    TARGET(STORE_ATTR) {
        Value obj = POP(), v = POP();
        SAVE_FRAME();
        if (rt_setattr(obj, names[oparg], v) < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_ATTR) {
        Value obj = POP();
        SAVE_FRAME();
        if (rt_delattr(obj, names[oparg]) < 0) goto error;
        DISPATCH();
    }
    TARGET(LOAD_METHOD) {
        Value obj = TOP(), name = names[oparg];
        Type *t = TYPE(obj);
        if (t->getattr == obj_generic_getattr) {
            Value d = type_lookup(t, name);
            if (d && (TYPE(d) == &type_function || TYPE(d) == &type_method_descriptor)) {
                Value *dp = obj_dict_ptr(obj);
                if (!dp || !*dp || !dict_get_str(*dp, name)) {
                    TOP() = d;
                    PUSH(obj);
                    DISPATCH();
                }
            }
        }
        SAVE_FRAME();
        Value v = rt_getattr(obj, name);
        if (!v) goto error;
        TOP() = v;
        PUSH(NIL);
        DISPATCH();
    }

    /* ---- calls ---- */
    {
        Value callable, self, *args, *base;
        int nargs;
        Value kw;

    TARGET(KW_NAMES) { kwnames = consts[oparg]; DISPATCH(); }

    TARGET(CALL) {
        kw = kwnames;
        kwnames = NIL;
        int total = (int)oparg;
        args = sp - total;
        callable = args[-1];
        base = args - 1;
        nargs = total - (kw ? (int)TUPLE_LEN(kw) : 0);
        self = NIL;
        goto do_call;
    }
    TARGET(CALL_METHOD) {
        kw = kwnames;
        kwnames = NIL;
        int total = (int)oparg;
        args = sp - total;
        base = args - 2;
        callable = args[-2];
        self = NIL;
        nargs = total - (kw ? (int)TUPLE_LEN(kw) : 0);
        if (args[-1]) {
            args--;
            nargs++;
            if (TYPE(callable) == &type_method_descriptor) {
                SAVE_FRAME();
                Value res = ((NativeFuncObj *)callable)->fn(args, nargs, kw);
                sp = base;
                if (!res) goto error;
                PUSH(res);
                DISPATCH();
            }
        }
        goto do_call;
    }
    TARGET(CALL_FUNCTION_EX) {
        Value kwargs = (oparg & 1) ? POP() : NIL;
        Value pargs = POP();
        callable = TOP();
        base = sp - 1;
        SAVE_FRAME();
        pargs = star_args_tuple(callable, pargs);
        if (!pargs) goto error;
        self = NIL;
        kw = NIL;
        if (kwargs && (TYPE(kwargs) != &type_dict || dict_len(kwargs) > 0)) {
            if (TYPE(kwargs) != &type_dict) {
                Value d = dict_new();
                if (!merge_mapping(d, kwargs, callable)) goto error;
                kwargs = d;
            }
            size_t nk = dict_len(kwargs), np = TUPLE_LEN(pargs);
            Value *all = GC_MALLOC(sizeof(Value) * (np + nk + 1));
            memcpy(all, TUPLE_ITEMS(pargs), np * sizeof(Value));
            kw = tuple_new(nk);
            size_t pos = 0, i = 0;
            Value k, v;
            while (dict_next(kwargs, &pos, &k, &v)) {
                if (!str_check(k)) { rt_raise(&exc_TypeError, "keywords must be strings"); goto error; }
                TUPLE_ITEMS(kw)[i] = k;
                all[np + i] = v;
                i++;
            }
            args = all;
            nargs = (int)np;
        } else {
            args = TUPLE_ITEMS(pargs);
            nargs = (int)TUPLE_LEN(pargs);
        }
        goto do_call;
    }

    do_call:
        if (TYPE(callable) == &type_method && !self) {
            MethodObj *m = (MethodObj *)callable;
            if (TYPE(m->func) == &type_function) { self = m->self; callable = m->func; }
        }
        if (TYPE(callable) == &type_function) {
            FunctionObj *fn = (FunctionObj *)callable;
            CodeObj *c = fn->code;
            SAVE_FRAME();
            Frame *nf = frame_new(c, fn, fn->globals, fn->builtins, NIL);
            if (!nf) { rt_raise_nomem(); goto error; }
            if (!call_bind_args(nf, fn, self, args, nargs, kw)) goto error;
            sp = base;
            if (c->flags & GEN_FLAGS) {
                Value g = gen_new(nf, fn);
                if (!g) goto error;
                PUSH(g);
                DISPATCH();
            }
            if (th->depth >= th->recursion_limit) {
                rt_raise(&exc_RecursionError, "maximum recursion depth exceeded");
                goto error;
            }
            SAVE_FRAME();
            nf->prev = f;
            nf->ret_mode = RET_PUSH;
            th->depth++;
            th->frame = nf;
            f = nf;
            LOAD_FRAME();
            if (EVAL_BREAK()) goto interrupted;
            DISPATCH();
        }
        if (!self && TYPE(callable) == &type_type && (((Type *)callable)->flags & TF_HEAPTYPE) &&
            ((Type *)callable)->new_ == object_new_slot) {
            /* C(...) of a plain class with a Python __init__: allocate, then
             * run __init__ as a linked frame (no C recursion). */
            Value init = type_lookup((Type *)callable, NM(__init__));
            if (init && TYPE(init) == &type_function &&
                !(((FunctionObj *)init)->code->flags & GEN_FLAGS)) {
                FunctionObj *fn = (FunctionObj *)init;
                SAVE_FRAME();
                Value obj = object_new_slot(callable, args, nargs, kw);
                if (!obj) goto error;
                Frame *nf = frame_new(fn->code, fn, fn->globals, fn->builtins, NIL);
                if (!nf) { rt_raise_nomem(); goto error; }
                if (!call_bind_args(nf, fn, obj, args, nargs, kw)) goto error;
                if (th->depth >= th->recursion_limit) {
                    rt_raise(&exc_RecursionError, "maximum recursion depth exceeded");
                    goto error;
                }
                sp = base;
                PUSH(obj);
                SAVE_FRAME();
                nf->prev = f;
                nf->ret_mode = RET_INIT;
                th->depth++;
                th->frame = nf;
                f = nf;
                LOAD_FRAME();
                if (EVAL_BREAK()) goto interrupted;
                DISPATCH();
            }
        }
        {
            SAVE_FRAME();
            Value res;
            if (self) {
                Value *a2 = GC_MALLOC(sizeof(Value) * (nargs + 1 + (kw ? TUPLE_LEN(kw) : 0)));
                a2[0] = self;
                memcpy(a2 + 1, args, sizeof(Value) * (nargs + (kw ? TUPLE_LEN(kw) : 0)));
                res = rt_call(callable, a2, nargs + 1, kw);
            } else {
                res = rt_call(callable, args, nargs, kw);
            }
            sp = base;
            if (!res) goto error;
            PUSH(res);
            DISPATCH();
        }
    }

    TARGET(MAKE_FUNCTION) {
        CodeObj *c = (CodeObj *)POP();
        Value closure = (oparg & 8) ? POP() : NIL;
        Value ann = (oparg & 4) ? POP() : NIL;
        Value kwd = (oparg & 2) ? POP() : NIL;
        Value defs = (oparg & 1) ? POP() : NIL;
        Value fv = function_new(c, f->globals, c->qualname);
        if (!fv) goto error;
        FunctionObj *fn = (FunctionObj *)fv;
        if (defs) fn->defaults = defs;
        if (kwd) fn->kwdefaults = kwd;
        if (closure) fn->closure = closure;
        if (ann) {
            if (TYPE(ann) == &type_tuple) {
                Value d = dict_new();
                for (size_t i = 0; i + 1 < TUPLE_LEN(ann); i += 2)
                    if (dict_set(d, TUPLE_ITEMS(ann)[i], TUPLE_ITEMS(ann)[i + 1]) < 0) goto error;
                ann = d;
            }
            fn->annotations = ann;
        }
        PUSH(fv);
        DISPATCH();
    }
    TARGET(LOAD_BUILD_CLASS) {
        Value v = dict_get_cstr(f->builtins, "__build_class__");
        if (!v) { rt_raise(&exc_NameError, "__build_class__ not found"); goto error; }
        PUSH(v);
        DISPATCH();
    }

    TARGET(RETURN_VALUE) {
        Value v = POP();
        Frame *prev = f->prev;
        int mode = f->ret_mode;
        GenObj *g = f->gen;
        if (g) gen_unlink(th, g, true);
        else { th->depth--; f->prev = NULL; }
        th->frame = prev;
        switch (mode) {
        case RET_EXIT:
            *yielded = false;
            return v;
        case RET_PUSH:
            f = prev;
            LOAD_FRAME();
            PUSH(v);
            DISPATCH();
        case RET_SEND:
            f = prev;
            LOAD_FRAME();
            sp--;                        /* the receiver */
            PUSH(v);
            ip = co->code + I_ARG(ip[-1]);
            DISPATCH();
        case RET_INIT:
            f = prev;
            LOAD_FRAME();
            if (v != NONE) {
                rt_raise(&exc_TypeError, "__init__() should return None, not '%s'", type_name(v));
                goto error;
            }
            DISPATCH();
        case RET_FOR_ITER:
        default:
            f = prev;
            LOAD_FRAME();
            sp--;                        /* the exhausted iterator */
            ip = co->code + I_ARG(ip[-1]);
            DISPATCH();
        }
    }

    /* ---- operators ---- */
    TARGET(BINARY_OP) {
        Value b = POP(), a = TOP();
        if (IS_SMALL(a) && IS_SMALL(b)) {
            intptr_t x = SMALL_VAL(a), y = SMALL_VAL(b), r;
            int op = (int)oparg >= BINOP__COUNT ? (int)oparg - BINOP__COUNT : (int)oparg;
            switch (op) {
            case BINOP_ADD: r = x + y; if (FITS_SMALL(r)) { TOP() = MK_SMALL(r); DISPATCH(); } break;
            case BINOP_SUB: r = x - y; if (FITS_SMALL(r)) { TOP() = MK_SMALL(r); DISPATCH(); } break;
            case BINOP_MUL: {
                intptr_t p;
                if (!__builtin_mul_overflow(x, y, &p) && FITS_SMALL(p)) { TOP() = MK_SMALL(p); DISPATCH(); }
                break;
            }
            case BINOP_FLOORDIV:
                if (y != 0) {
                    r = x / y;
                    if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
                    if (FITS_SMALL(r)) { TOP() = MK_SMALL(r); DISPATCH(); }
                }
                break;
            case BINOP_MOD:
                if (y != 0) {
                    r = x % y;
                    if (r != 0 && ((r < 0) != (y < 0))) r += y;
                    TOP() = MK_SMALL(r);
                    DISPATCH();
                }
                break;
            case BINOP_AND: TOP() = MK_SMALL(x & y); DISPATCH();
            case BINOP_OR: TOP() = MK_SMALL(x | y); DISPATCH();
            case BINOP_XOR: TOP() = MK_SMALL(x ^ y); DISPATCH();
            default: break;
            }
        }
        SAVE_FRAME();
        Value r = (int)oparg >= BINOP__COUNT ? rt_binop((int)oparg - BINOP__COUNT, a, b, true)
                                             : rt_binop((int)oparg, a, b, false);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NEGATIVE) {
        Value a = TOP();
        if (IS_SMALL(a) && SMALL_VAL(a) != SMALL_MIN) { TOP() = MK_SMALL(-SMALL_VAL(a)); DISPATCH(); }
        SAVE_FRAME();
        Value r = rt_neg(a);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_POSITIVE) {
        SAVE_FRAME();
        Value r = rt_pos(TOP());
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_INVERT) {
        SAVE_FRAME();
        Value r = rt_invert(TOP());
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(UNARY_NOT) {
        Value v = TOP();
        if (v == TRUE_V) { TOP() = FALSE_V; DISPATCH(); }
        if (v == FALSE_V || v == NONE) { TOP() = TRUE_V; DISPATCH(); }
        if (IS_SMALL(v)) { TOP() = BOOL(SMALL_VAL(v) == 0); DISPATCH(); }
        SAVE_FRAME();
        int t = rt_truthy(v);
        if (t < 0) goto error;
        TOP() = BOOL(!t);
        DISPATCH();
    }
    TARGET(COMPARE_OP) {
        Value b = POP(), a = TOP();
        if (IS_SMALL(a) && IS_SMALL(b)) {
            intptr_t x = (intptr_t)a, y = (intptr_t)b;   /* tagging preserves order */
            bool r;
            switch (oparg) {
            case CMP_LT: r = x < y; break;
            case CMP_LE: r = x <= y; break;
            case CMP_EQ: r = x == y; break;
            case CMP_NE: r = x != y; break;
            case CMP_GT: r = x > y; break;
            default: r = x >= y; break;
            }
            TOP() = BOOL(r);
            DISPATCH();
        }
        SAVE_FRAME();
        Value r = rt_compare(a, b, (int)oparg);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(IS_OP) {
        Value b = POP(), a = TOP();
        TOP() = BOOL((a == b) != (oparg != 0));
        DISPATCH();
    }
    TARGET(CONTAINS_OP) {
        Value b = POP(), a = TOP();
        SAVE_FRAME();
        int r = rt_contains(b, a);
        if (r < 0) goto error;
        TOP() = BOOL((r != 0) != (oparg != 0));
        DISPATCH();
    }
    TARGET(BINARY_SUBSCR) {
        Value k = POP(), c = TOP();
        if (IS_SMALL(k)) {
            intptr_t i = SMALL_VAL(k);
            if (TYPE(c) == &type_list) {
                ListObj *l = (ListObj *)c;
                if (i < 0) i += (intptr_t)l->len;
                if (i >= 0 && (size_t)i < l->len) { TOP() = l->items[i]; DISPATCH(); }
            } else if (TYPE(c) == &type_tuple) {
                TupleObj *t = (TupleObj *)c;
                if (i < 0) i += (intptr_t)t->len;
                if (i >= 0 && (size_t)i < t->len) { TOP() = t->items[i]; DISPATCH(); }
            }
        }
        SAVE_FRAME();
        Value r = rt_getitem(c, k);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(STORE_SUBSCR) {
        Value k = POP(), c = POP(), v = POP();
        if (IS_SMALL(k) && TYPE(c) == &type_list) {
            ListObj *l = (ListObj *)c;
            intptr_t i = SMALL_VAL(k);
            if (i < 0) i += (intptr_t)l->len;
            if (i >= 0 && (size_t)i < l->len) { l->items[i] = v; DISPATCH(); }
        }
        SAVE_FRAME();
        if (rt_setitem(c, k, v) < 0) goto error;
        DISPATCH();
    }
    TARGET(DELETE_SUBSCR) {
        Value k = POP(), c = POP();
        SAVE_FRAME();
        if (rt_delitem(c, k) < 0) goto error;
        DISPATCH();
    }

    /* ---- building ---- */
    TARGET(BUILD_TUPLE) {
        Value t = tuple_from_array(sp - oparg, oparg);
        sp -= oparg;
        PUSH(t);
        DISPATCH();
    }
    TARGET(BUILD_LIST) {
        Value l = list_from_array(sp - oparg, oparg);
        sp -= oparg;
        PUSH(l);
        DISPATCH();
    }
    TARGET(BUILD_SET) {
        Value s = set_new();
        SAVE_FRAME();
        for (uint32_t i = 0; i < oparg; i++)
            if (set_add(s, sp[(int)i - (int)oparg]) < 0) goto error;
        sp -= oparg;
        PUSH(s);
        DISPATCH();
    }
    TARGET(BUILD_MAP) {
        Value d = dict_new();
        SAVE_FRAME();
        Value *items = sp - 2 * oparg;
        for (uint32_t i = 0; i < oparg; i++)
            if (dict_set(d, items[2 * i], items[2 * i + 1]) < 0) goto error;
        sp -= 2 * oparg;
        PUSH(d);
        DISPATCH();
    }
    TARGET(BUILD_SLICE) {
        Value step = oparg == 3 ? POP() : NONE;
        Value stop = POP(), start = TOP();
        TOP() = slice_new(start, stop, step);
        DISPATCH();
    }
    TARGET(BUILD_STRING) {
        StrBuf b;
        sb_init(&b);
        for (uint32_t i = 0; i < oparg; i++) {
            Value s = sp[(int)i - (int)oparg];
            sb_add(&b, str_cstr(s), str_len(s));
        }
        sp -= oparg;
        PUSH(sb_finish(&b));
        DISPATCH();
    }
    TARGET(LIST_APPEND) {
        Value v = POP(), l = PEEK(oparg);
        if (TYPE(l) != &type_list) { rt_raise(&exc_SystemError, "LIST_APPEND: bad stack"); goto error; }
        list_append(l, v);
        DISPATCH();
    }
    TARGET(SET_ADD) {
        Value v = POP();
        SAVE_FRAME();
        if (set_add(PEEK(oparg), v) < 0) goto error;
        DISPATCH();
    }
    TARGET(MAP_ADD) {
        Value v = POP(), k = POP();
        SAVE_FRAME();
        if (dict_set(PEEK(oparg), k, v) < 0) goto error;
        DISPATCH();
    }
    TARGET(LIST_EXTEND) {
        Value it = POP();
        SAVE_FRAME();
        if (!list_extend(PEEK(oparg), it)) {
            if (rt_exc_matches(&exc_TypeError) && !TYPE(it)->iter && !TYPE(it)->getitem) {
                rt_exc_clear();
                rt_raise(&exc_TypeError, "Value after * must be an iterable, not %s", type_name(it));
            }
            goto error;
        }
        DISPATCH();
    }
    TARGET(SET_UPDATE) {
        Value it = POP();
        SAVE_FRAME();
        if (set_update(PEEK(oparg), it) < 0) goto error;
        DISPATCH();
    }
    TARGET(DICT_UPDATE) {
        Value m = POP();
        SAVE_FRAME();
        if (!merge_mapping(PEEK(oparg), m, NIL)) goto error;
        DISPATCH();
    }
    TARGET(DICT_MERGE) {
        Value m = POP();
        SAVE_FRAME();
        Value func = (sp - (int)oparg - 2 >= frame_stack(f)) ? PEEK(oparg + 2) : NONE;
        if (!merge_mapping(PEEK(oparg), m, func)) goto error;
        DISPATCH();
    }
    TARGET(LIST_TO_TUPLE) { TOP() = list_as_tuple(TOP()); DISPATCH(); }
    TARGET(UNPACK_SEQUENCE) {
        Value seq = TOP();
        int n = (int)oparg;
        Value *items = NULL;
        size_t len = 0;
        if (TYPE(seq) == &type_tuple) { items = TUPLE_ITEMS(seq); len = TUPLE_LEN(seq); }
        else if (TYPE(seq) == &type_list) { items = LIST_ITEMS(seq); len = LIST_LEN(seq); }
        if (items) {
            if (len != (size_t)n) {
                if (len < (size_t)n)
                    rt_raise(&exc_ValueError, "not enough values to unpack (expected %d, got %zu)", n, len);
                else
                    rt_raise(&exc_ValueError, "too many values to unpack (expected %d)", n);
                goto error;
            }
            sp--;
            for (int i = n - 1; i >= 0; i--) PUSH(items[i]);
            DISPATCH();
        }
        SAVE_FRAME();
        Value *tmp = GC_MALLOC(sizeof(Value) * (n + 1));
        if (!unpack_iter(seq, tmp, n, 0, false)) goto error;
        sp--;
        for (int i = n - 1; i >= 0; i--) PUSH(tmp[i]);
        DISPATCH();
    }
    TARGET(UNPACK_EX) {
        int before = (int)(oparg & 0xff), after = (int)(oparg >> 8);
        Value seq = TOP();
        SAVE_FRAME();
        Value *tmp = GC_MALLOC(sizeof(Value) * (before + after + 2));
        if (!unpack_iter(seq, tmp, before, after, true)) goto error;
        sp--;
        for (int i = before + after; i >= 0; i--) PUSH(tmp[i]);
        DISPATCH();
    }
    TARGET(FORMAT_VALUE) {
        Value spec = (oparg & 4) ? POP() : NIL;
        SAVE_FRAME();
        Value r = format_value(TOP(), (int)oparg, spec);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }

    /* ---- control flow ---- */
    TARGET(JUMP) {
        Instr *t = co->code + oparg;
        if (t < ip && EVAL_BREAK()) goto interrupted;   /* raised at the jump itself */
        ip = t;
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_FALSE) {
        Value v = POP();
        if (v == FALSE_V || v == NONE) { JUMPTO(oparg); DISPATCH(); }
        if (v == TRUE_V) DISPATCH();
        if (IS_SMALL(v)) { if (SMALL_VAL(v) == 0) JUMPTO(oparg); DISPATCH(); }
        SAVE_FRAME();
        int t = rt_truthy(v);
        if (t < 0) goto error;
        if (!t) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_TRUE) {
        Value v = POP();
        if (v == TRUE_V) { JUMPTO(oparg); DISPATCH(); }
        if (v == FALSE_V || v == NONE) DISPATCH();
        if (IS_SMALL(v)) { if (SMALL_VAL(v) != 0) JUMPTO(oparg); DISPATCH(); }
        SAVE_FRAME();
        int t = rt_truthy(v);
        if (t < 0) goto error;
        if (t) JUMPTO(oparg);
        DISPATCH();
    }
    TARGET(POP_JUMP_IF_NONE) { if (POP() == NONE) JUMPTO(oparg); DISPATCH(); }
    TARGET(POP_JUMP_IF_NOT_NONE) { if (POP() != NONE) JUMPTO(oparg); DISPATCH(); }
    TARGET(JUMP_IF_FALSE_OR_POP) {
        Value v = TOP();
        SAVE_FRAME();
        int t = v == TRUE_V ? 1 : v == FALSE_V ? 0 : rt_truthy(v);
        if (t < 0) goto error;
        if (!t) JUMPTO(oparg); else sp--;
        DISPATCH();
    }
    TARGET(JUMP_IF_TRUE_OR_POP) {
        Value v = TOP();
        SAVE_FRAME();
        int t = v == TRUE_V ? 1 : v == FALSE_V ? 0 : rt_truthy(v);
        if (t < 0) goto error;
        if (t) JUMPTO(oparg); else sp--;
        DISPATCH();
    }
    TARGET(GET_ITER) {
        SAVE_FRAME();
        Value it = rt_iter(TOP());
        if (!it) goto error;
        TOP() = it;
        DISPATCH();
    }
    TARGET(FOR_ITER) {
        Value it = TOP();
        Type *t = TYPE(it);
        if (t == &type_generator) {
            GenObj *g = (GenObj *)it;
            if (g->state == GEN_CLOSED) { sp--; ip = co->code + oparg; DISPATCH(); }
            if (g->state == GEN_RUNNING) {
                rt_raise(&exc_ValueError, "generator already executing");
                goto error;
            }
            SAVE_FRAME();
            Frame *gf = gen_link(th, g, NONE, f, RET_FOR_ITER);
            if (!gf) goto error;
            f = gf;
            LOAD_FRAME();
            if (EVAL_BREAK()) goto interrupted;
            DISPATCH();
        }
        if (!t->next) {
            rt_raise(&exc_TypeError, "'%s' object is not an iterator", type_name(it));
            goto error;
        }
        SAVE_FRAME();
        Value v = t->next(it);
        if (v) { PUSH(v); DISPATCH(); }
        if (th->exc) {
            if (!rt_exc_matches(&exc_StopIteration)) goto error;
            rt_exc_clear();
        }
        sp--;
        ip = co->code + oparg;
        DISPATCH();
    }

    /* ---- exceptions ---- */
    TARGET(PUSH_EXC_INFO) {
        Value exc = TOP();
        if (f->gen) {
            TOP() = f->gen->exc_state ? f->gen->exc_state : NONE;
            f->gen->exc_state = exc;
        } else {
            TOP() = th->handled ? th->handled : NONE;
        }
        th->handled = exc;
        PUSH(exc);
        DISPATCH();
    }
    TARGET(POP_EXCEPT) {
        Value v = POP();
        if (f->gen) {
            f->gen->exc_state = v;
            th->handled = is_real(v) ? v : f->gen->resumer_handled;
        } else {
            th->handled = v;
        }
        DISPATCH();
    }
    TARGET(CHECK_EXC_MATCH) {
        Value t = POP();
        if (!valid_exc_spec(t)) {
            rt_raise(&exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
            goto error;
        }
        bool m = exc_matches(TOP(), t);
        PUSH(BOOL(m));
        DISPATCH();
    }
    TARGET(CHECK_EG_MATCH) {
        Value t = POP();
        if (!valid_exc_spec(t)) {
            rt_raise(&exc_TypeError, "catching classes that do not inherit from BaseException is not allowed");
            goto error;
        }
        bool bad = false;
        if (TYPE(t) == &type_tuple) {
            for (size_t i = 0; i < TUPLE_LEN(t); i++)
                if (type_is_subtype((Type *)TUPLE_ITEMS(t)[i], &exc_BaseExceptionGroup)) bad = true;
        } else if (type_is_subtype((Type *)t, &exc_BaseExceptionGroup)) bad = true;
        if (bad) {
            rt_raise(&exc_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
            goto error;
        }
        Value exc = TOP(), match, rest;
        SAVE_FRAME();
        if (is_eg(exc)) {
            if (!exc_group_split(exc, t, &match, &rest)) goto error;
        } else if (is_exc(exc) && exc_matches(exc, t)) {
            /* A naked exception is wrapped, as CPython: ExceptionGroup('', (exc,)). */
            match = exc_group_new(NM(empty), tuple_pack(1, exc));
            if (!match) goto error;
            EXO(match)->traceback = EXO(exc)->traceback;
            rest = NONE;
        } else {
            match = NONE;
        }
        if (match == NONE) { PUSH(NONE); DISPATCH(); }
        TOP() = rest;
        PUSH(match);
        th->handled = match;
        DISPATCH();
    }
    TARGET(PREP_RERAISE_STAR) {
        Value excs = POP(), orig = TOP();
        SAVE_FRAME();
        Value r = prep_reraise_star(orig, excs);
        if (!r) goto error;
        TOP() = r;
        DISPATCH();
    }
    TARGET(RERAISE) {
        Value exc = POP();
        SAVE_FRAME();
        rt_raise_value(exc);
        goto exception_unwind;
    }
    TARGET(RAISE_VARARGS) {
        SAVE_FRAME();
        if (oparg == 0) {
            Value h = th->handled;
            if (!is_real(h)) {
                rt_raise(&exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            rt_raise_value(h);
            goto exception_unwind;
        }
        Value cause = oparg == 2 ? POP() : NIL;
        Value exc = make_exception(POP(), false);
        if (!exc) goto error;
        if (cause) {
            Value c = NONE;
            if (cause != NONE) {
                c = make_exception(cause, true);
                if (!c) goto error;
            }
            EXO(exc)->cause = c;
            EXO(exc)->suppress_context = true;
        }
        chain_context(exc, th->handled, true);
        rt_raise_value(exc);
        goto error;
    }
    TARGET(LOAD_ASSERTION_ERROR) { PUSH(OBJ_VAL(&exc_AssertionError)); DISPATCH(); }

    TARGET(BEFORE_WITH) {
        SAVE_FRAME();
        Value exit, r = enter_context(TOP(), false, &exit);
        if (!r) goto error;
        TOP() = exit;
        PUSH(r);
        DISPATCH();
    }
    TARGET(WITH_EXCEPT_START) {
        Value exc = TOP(), exit = PEEK(3);
        Value tb = is_exc(exc) ? EXO(exc)->traceback : NONE;
        Value a[3] = {OBJ_VAL(TYPE(exc)), exc, tb ? tb : NONE};
        SAVE_FRAME();
        Value r = rt_call(exit, a, 3, NIL);
        if (!r) goto error;
        PUSH(r);
        DISPATCH();
    }

    /* ---- generators and coroutines ---- */
    TARGET(YIELD_VALUE) {
        Value v = POP();
        SAVE_FRAME();
        GenObj *g = f->gen;
        Frame *prev = f->prev;
        int mode = f->ret_mode;
        if (g) gen_unlink(th, g, false);
        th->frame = prev;
        switch (mode) {
        case RET_EXIT:
            *yielded = true;
            return v;
        case RET_SEND:
        case RET_FOR_ITER:
        default:
            f = prev;
            LOAD_FRAME();
            PUSH(v);
            DISPATCH();
        }
    }
    TARGET(SEND) {
        Value v = POP();
        Value r = TOP();
        if (is_native_gen(r)) {
            GenObj *g = (GenObj *)r;
            if (g->state == GEN_CLOSED) {
                if (TYPE(r) == &type_coroutine) {
                    rt_raise(&exc_RuntimeError, "cannot reuse already awaited coroutine");
                    goto error;
                }
                TOP() = NONE;
                ip = co->code + oparg;
                DISPATCH();
            }
            if (g->state == GEN_RUNNING) {
                rt_raise(&exc_ValueError, "%s already executing", gen_kind(g));
                goto error;
            }
            SAVE_FRAME();
            Frame *gf = gen_link(th, g, v, f, RET_SEND);
            if (!gf) goto error;
            f = gf;
            LOAD_FRAME();
            if (EVAL_BREAK()) goto interrupted;
            DISPATCH();
        }
        SAVE_FRAME();
        Value res;
        if (v == NONE && TYPE(r)->next) res = TYPE(r)->next(r);
        else res = rt_call_method(r, NM(send), &v, 1, NIL);
        if (res) { PUSH(res); DISPATCH(); }
        if (th->exc) {
            if (!rt_exc_matches(&exc_StopIteration)) goto error;
            res = stop_value(rt_exc_fetch());
        } else {
            res = NONE;
        }
        TOP() = res;
        ip = co->code + oparg;
        DISPATCH();
    }
    TARGET(GET_YIELD_FROM_ITER) {
        Value v = TOP();
        if (TYPE(v) == &type_coroutine) {
            if (!(co->flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE))) {
                rt_raise(&exc_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                goto error;
            }
            DISPATCH();
        }
        if (TYPE(v) == &type_generator) DISPATCH();
        SAVE_FRAME();
        Value it = rt_iter(v);
        if (!it) goto error;
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_AWAITABLE) {
        SAVE_FRAME();
        Value it = gen_get_awaitable(TOP(), (int)oparg);
        if (!it) goto error;
        TOP() = it;
        DISPATCH();
    }
    TARGET(ASYNC_GEN_WRAP) { TOP() = gen_async_wrap(TOP()); DISPATCH(); }
    TARGET(BEFORE_ASYNC_WITH) {
        SAVE_FRAME();
        Value exit, r = enter_context(TOP(), true, &exit);
        if (!r) goto error;
        TOP() = exit;
        PUSH(r);
        DISPATCH();
    }
    TARGET(GET_AITER) {
        Value obj = TOP();
        SAVE_FRAME();
        if (!TYPE(obj)->aiter) {
            rt_raise(&exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                     type_name(obj));
            goto error;
        }
        Value it = TYPE(obj)->aiter(obj);
        if (!it) goto error;
        if (!TYPE(it)->anext) {
            rt_raise(&exc_TypeError,
                     "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                     type_name(it));
            goto error;
        }
        TOP() = it;
        DISPATCH();
    }
    TARGET(GET_ANEXT) {
        Value it = TOP();
        SAVE_FRAME();
        Value aw;
        if (TYPE(it) == &type_async_generator) {
            aw = TYPE(it)->anext(it);
            if (!aw) goto error;
        } else {
            if (!TYPE(it)->anext) {
                rt_raise(&exc_TypeError,
                         "'async for' requires an iterator with __anext__ method, got %s", type_name(it));
                goto error;
            }
            Value r = TYPE(it)->anext(it);
            if (!r) goto error;
            aw = gen_get_awaitable(r, 3);
            if (!aw) goto error;
        }
        PUSH(aw);
        DISPATCH();
    }
    TARGET(END_ASYNC_FOR) {
        Value exc = POP();
        if (is_exc(exc) && IS_INSTANCE(exc, &exc_StopAsyncIteration)) {
            sp--;
            DISPATCH();
        }
        SAVE_FRAME();
        rt_raise_value(exc);
        goto exception_unwind;
    }
    TARGET(CLEANUP_THROW) {
        Value exc = POP();
        if (is_exc(exc) && IS_INSTANCE(exc, &exc_StopIteration)) {
            sp -= 2;
            PUSH(stop_value(exc));
            DISPATCH();
        }
        SAVE_FRAME();
        rt_raise_value(exc);
        goto exception_unwind;
    }

    /* ---- imports and odds ---- */
    TARGET(IMPORT_NAME) {
        Value fromlist = POP(), level = TOP();
        SAVE_FRAME();
        Value m = import_module(names[oparg], f->globals, fromlist,
                                IS_SMALL(level) ? (int)SMALL_VAL(level) : 0);
        if (!m) goto error;
        TOP() = m;
        DISPATCH();
    }
    TARGET(IMPORT_FROM) {
        SAVE_FRAME();
        Value v = import_from(TOP(), names[oparg]);
        if (!v) goto error;
        PUSH(v);
        DISPATCH();
    }
    TARGET(IMPORT_STAR) {
        Value m = POP();
        SAVE_FRAME();
        if (!import_star(f, m)) goto error;
        DISPATCH();
    }
    TARGET(SETUP_ANNOTATIONS) {
        Value dst = f->locals ? f->locals : f->globals;
        SAVE_FRAME();
        Value a = mapping_get(dst, NM(__annotations__));
        if (!a) {
            if (rt_exc_occurred()) goto error;
            if (mapping_set(dst, NM(__annotations__), dict_new()) < 0) goto error;
        }
        DISPATCH();
    }
    TARGET(PRINT_EXPR) {
        Value v = POP();
        SAVE_FRAME();
        if (v == NONE) DISPATCH();
        Value b = th->interp->builtins;
        dict_set_cstr(b, "_", NONE);
        Value r = rt_repr(v);
        if (!r) goto error;
        Value out = rt_getattr_cstr(th->interp->sys, "stdout");
        if (!out) goto error;
        Value s = str_concat(r, str_from_cstr("\n"));
        if (!rt_call_method(out, NM(write), &s, 1, NIL)) goto error;
        dict_set_cstr(b, "_", v);
        DISPATCH();
    }
    TARGET(EXIT) {
        Value v = sp > frame_stack(f) ? POP() : NONE;
        SAVE_FRAME();
        th->frame = f->prev;
        *yielded = false;
        return v;
    }

#if !defined(__GNUC__)
    default:
        rt_raise(&exc_SystemError, "unknown opcode %d", (int)I_OP(w));
        goto error;
    }
#endif

interrupted:
    th->interrupt = 0;
    SAVE_FRAME();
    rt_raise_value(OBJ_VAL(&exc_KeyboardInterrupt));
    goto error;

error:
    /* A fresh error in this frame: chain the handled exception and record
     * where it happened. */
    {
        Value exc = th->exc;
        if (!exc) rt_raise(&exc_SystemError, "error return without exception set");
        exc = th->exc;
        chain_context(exc, th->handled, false);
    }
error_propagated:
    {
        Value exc = th->exc;
        if (is_exc(exc)) {
            long lasti = (long)(ip - co->code) - 1;   /* -1: not started (the def line) */
            Value tb = traceback_new(EXO(exc)->traceback, co, (int)lasti);
            ((TracebackObj *)tb)->frame = f;
            EXO(exc)->traceback = tb;
        }
    }
exception_unwind:
    for (;;) {
        long pc = (long)(ip - co->code) - 1;
        ExcEntry *h = pc >= 0 ? find_handler(co, (uint32_t)pc) : NULL;
        if (h) {
            sp = frame_stack(f) + h->depth;
            PUSH(rt_exc_fetch());
            ip = co->code + h->target;
            kwnames = NIL;
            DISPATCH();
        }
        /* No handler: the frame ends with the exception. */
        Frame *prev = f->prev;
        int mode = f->ret_mode;
        GenObj *g = f->gen;
        SAVE_FRAME();
        if (g) {
            gen_unlink(th, g, true);
            gen_convert_stop(g);
        } else {
            th->depth--;
            f->prev = NULL;
        }
        th->frame = prev;
        if (mode == RET_EXIT) return NIL;
        f = prev;
        LOAD_FRAME();
        kwnames = NIL;
        goto error_propagated;
    }
}

/* ---- entry points from C ---------------------------------------------- */

/* Run f (bound, unlinked) to completion as a call from C. */
static Value run_frame(Thread *th, Frame *f)
{
    if (!c_enter(th)) return NIL;
    int extra = th->c_depth > 1 ? 1 : 0;     /* CPython counts a nested C entry too */
    if (th->depth + extra >= th->recursion_limit) {
        th->c_depth--;
        return rt_raise(&exc_RecursionError, "maximum recursion depth exceeded while calling a Python object");
    }
    Value saved_handled = th->handled;
    th->depth += 1 + extra;
    f->prev = th->frame;
    f->ret_mode = RET_EXIT;
    th->frame = f;
    bool yielded;
    Value r = run(th, f, &yielded, false);
    th->depth -= extra;
    th->c_depth--;
    if (!r) th->handled = saved_handled;
    return r;
}

Value vm_call_function(Value func, Value *args, int nargs, Value kwnames)
{
    FunctionObj *fn = (FunctionObj *)func;
    CodeObj *c = fn->code;
    Frame *f = frame_new(c, fn, fn->globals, fn->builtins, NIL);
    if (!f) return rt_raise_nomem();
    if (!call_bind_args(f, fn, NIL, args, nargs, kwnames)) return NIL;
    if (c->flags & GEN_FLAGS) return gen_new(f, fn);
    return run_frame(TH(), f);
}

Value vm_call(Value callable, Value *args, int nargs, Value kwnames)
{
    if (TYPE(callable) == &type_function) return vm_call_function(callable, args, nargs, kwnames);
    return rt_call(callable, args, nargs, kwnames);
}

Value vm_exec(CodeObj *code, Value globals, Value locals)
{
    Frame *f = frame_new(code, NULL, globals, builtins_of(globals), locals ? locals : globals);
    if (!f) return rt_raise_nomem();
    return run_frame(TH(), f);
}

Value vm_exec_function_body(Value func, Value locals)
{
    FunctionObj *fn = (FunctionObj *)func;
    Frame *f = frame_new(fn->code, fn, fn->globals, fn->builtins, locals);
    if (!f) return rt_raise_nomem();
    return run_frame(TH(), f);
}

/* Rewind a frame suspended at the YIELD_VALUE of a yield-from loop so that
 * it looks like it is executing its SEND (the receiver on top). */
static void rewind_to_send(Frame *f)
{
    if (f->ip - f->code->code >= 2 && I_OP(f->ip[-1]) == OP_YIELD_VALUE && I_OP(f->ip[-2]) == OP_SEND)
        f->ip--;
}

Value vm_resume(GenObj *g, Value value, Value exc, bool *finished)
{
    return vm_resume_throw(g, value, exc, NULL, 0, finished);
}

Value vm_resume_throw(GenObj *g, Value value, Value exc, Value *raw, int nraw, bool *finished)
{
    Thread *th = TH();
    *finished = false;
    if (g->state == GEN_RUNNING)
        return rt_raise(&exc_ValueError, "%s already executing", gen_kind(g));
    if (g->state == GEN_CLOSED) {
        if (g->ob.type == &type_coroutine && value != NIL && !exc)
            return rt_raise(&exc_RuntimeError, "cannot reuse already awaited coroutine");
        if (exc) {
            if (g->ob.type == &type_coroutine && !IS_INSTANCE(exc, &exc_GeneratorExit))
                return rt_raise(&exc_RuntimeError, "cannot reuse already awaited coroutine");
            return rt_raise_value(exc);
        }
        *finished = true;
        return NONE;
    }
    if (!c_enter(th)) return NIL;
    Value saved_handled = th->handled;
    Value r;
    bool yielded = false;
    if (!exc) {
        Frame *gf = gen_link(th, g, value == NIL ? NONE : value, th->frame, RET_EXIT);
        if (!gf) { th->c_depth--; return NIL; }
        r = run(th, gf, &yielded, false);
    } else {
        /* throw(): walk down the chain of suspended native generators this
         * one delegates to; the innermost gets the exception (or its
         * non-native receiver's throw()/close() is called first). */
        int n = 0, cap = 8;
        GenObj **chain = GC_MALLOC(sizeof(GenObj *) * cap);
        GenObj *cur = g;
        Value recv;
        for (;;) {
            if (n == cap) {
                GenObj **c2 = GC_MALLOC(sizeof(GenObj *) * cap * 2);
                memcpy(c2, chain, sizeof(GenObj *) * cap);
                chain = c2;
                cap *= 2;
            }
            chain[n++] = cur;
            recv = gen_yieldfrom(cur);
            if (!recv || !is_native_gen(recv) || ((GenObj *)recv)->state != GEN_SUSPENDED) break;
            cur = (GenObj *)recv;
        }
        Value pending = exc;
        if (recv && !is_native_gen(recv)) {
            bool closing = IS_INSTANCE(exc, &exc_GeneratorExit);
            for (int i = 0; i < n; i++) chain[i]->state = GEN_RUNNING;
            Value res = NIL;
            bool have_meth = false;
            if (closing) {
                Value m = rt_getattr_opt(recv, NM(close));
                if (m) {
                    Value cr = rt_call0(m);
                    if (!cr) pending = rt_exc_fetch();
                } else if (rt_exc_occurred()) {
                    pending = rt_exc_fetch();
                }
            } else {
                Value m = rt_getattr_opt(recv, NM(throw));
                if (m) {
                    have_meth = true;
                    /* CPython hands the receiver throw()'s own arguments. */
                    res = raw ? rt_call(m, raw, nraw, NIL) : rt_call(m, &exc, 1, NIL);
                    if (!res) pending = rt_exc_fetch();
                } else if (rt_exc_occurred()) {
                    pending = rt_exc_fetch();
                }
            }
            for (int i = 0; i < n; i++) chain[i]->state = GEN_SUSPENDED;
            if (have_meth && res) {      /* the receiver yielded: so does the chain */
                th->c_depth--;
                return res;
            }
        }
        /* Link every level, outermost first, as if each were inside its SEND. */
        Frame *prev = th->frame;
        for (int i = 0; i < n; i++) {
            GenObj *gi = chain[i];
            Frame *gf = gi->frame;
            bool innermost = i == n - 1;
            if (gi->state == GEN_CREATED) {
                /* nothing to rewind: the exception is raised at the start */
            } else if (!innermost || recv) {
                rewind_to_send(gf);
            } else {
                *gf->sp++ = NONE;            /* the value the yield would have produced */
            }
            th->depth++;
            gi->state = GEN_RUNNING;
            gf->prev = prev;
            gf->ret_mode = i == 0 ? RET_EXIT : RET_SEND;
            gi->resumer_handled = th->handled;
            if (is_real(gi->exc_state)) th->handled = gi->exc_state;
            th->frame = gf;
            prev = gf;
        }
        if (recv && !is_native_gen(recv) && is_exc(pending) && IS_INSTANCE(pending, &exc_StopIteration)) {
            /* The receiver finished: end the innermost SEND loop with its value
             * (CPython 3.11's _gen_throw does this jump itself). */
            prev->sp[-1] = stop_value(pending);
            prev->ip = prev->code->code + I_ARG(prev->ip[-1]);
            r = run(th, prev, &yielded, false);
        } else {
            /* CPython's _PyErr_ChainStackItem: a thrown exception is chained
             * only to the receiving generator's own handled exception. */
            GenObj *inner = chain[n - 1];
            if (is_exc(pending) && is_real(inner->exc_state)) chain_context(pending, inner->exc_state, true);
            rt_raise_value(pending);
            r = run(th, prev, &yielded, true);
        }
    }
    th->c_depth--;
    if (!r) { th->handled = saved_handled; return NIL; }
    *finished = !yielded;
    return r;
}

void gen_init(void)
{
    type_ready(&type_traceback);
    type_ready(&type_frame);
    type_ready(&type_generator);
    type_ready(&type_coroutine);
    type_ready(&type_async_generator);
    type_ready(&type_coroutine_wrapper);
    type_ready(&type_async_generator_asend);
    type_ready(&type_async_generator_athrow);
    type_ready(&type_async_gen_wrapped_value);
}
