/* future.c — _asyncio.Future, its await iterator (FutureIter) and the native
 * handles that Futures and Tasks append to the event loop's ready queue.
 *
 * Semantics are CPython 3.11's _asyncio.Future (futures.py is the readable
 * reference): PENDING -> FINISHED or CANCELLED once; done callbacks are never
 * called directly but scheduled with loop.call_soon in registration order.
 * Invariant: callbacks live in cb0 then cbs, so the usual single waiter (a
 * task's wake-up) costs no list.
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
#include "../src/code.h"

static inline FutureObj *FUT(Value v) { return (FutureObj *)v; }

static Value invalid_state(const char *msg) {
    if (!aio_base()) return NIL;
    Value e = rt_call1(OBJ_VAL(aio.invalid_state_error), str_from_cstr(msg));
    return e ? rt_raise_value(e) : NIL;
}

static bool check_init(FutureObj *f) {
    if (f->loop == NONE) {
        rt_raise(&exc_RuntimeError, "Future object is not initialized.");
        return false;
    }
    return true;
}

/* ---- allocation and __init__ ---------------------------------------------- */

static void fut_defaults(FutureObj *f) {
    f->loop = f->result = f->exception = NONE;
    f->cancel_msg = f->cancelled_exc = NONE;
    f->state = FUT_PENDING;
    f->log_destroy_pending = true;
}

static Value future_new(Value type, Value *args, int nargs, Value kw) {
    Type *t = (Type *)type;
    FutureObj *f = GC_MALLOC(t->size);
    if (!f) return rt_raise_nomem();
    f->ob.type = t;
    fut_defaults(f);
    return OBJ_VAL(f);
}

bool fut_init(FutureObj *f, Value loop) {
    if (loop == NIL || loop == NONE) {
        if (!aio_base()) return false;
        loop = rt_call0(aio.get_event_loop);
        if (!loop) return false;
    }
    f->loop = loop;
    f->cb0 = f->cbs = NIL;
    f->state = FUT_PENDING;
    f->result = f->exception = NONE;
    return true;
}

static Value future_init(Value self, Value *args, int nargs, Value kw) {
    if (nargs) return rt_raise(&exc_TypeError, "Future() takes no positional arguments");
    static const char *const names[] = {"loop"};
    Value loop;
    if (!arg_kw("Future", args, nargs, kw, names, &loop, 1)) return NIL;
    return fut_init(FUT(self), loop) ? NONE : NIL;
}

/* ---- state changes ------------------------------------------------------------ */

/* Hand every done callback to loop.call_soon(cb, fut), in order. */
static bool schedule_callbacks(FutureObj *f) {
    Value cb0 = f->cb0, cbs = f->cbs;
    if (!cb0) return true;
    f->cb0 = f->cbs = NIL;
    if (!aio_call_soon(f->loop, cb0, OBJ_VAL(f))) return false;
    if (cbs)
        for (size_t i = 0; i < LIST_LEN(cbs); i++)
            if (!aio_call_soon(f->loop, LIST_ITEMS(cbs)[i], OBJ_VAL(f))) return false;
    return true;
}

Value fut_cancel(FutureObj *f, Value msg) {
    f->log_tb = false;
    if (f->state != FUT_PENDING) return FALSE_V;
    f->state = FUT_CANCELLED;
    f->cancel_msg = msg ? msg : NONE;
    return schedule_callbacks(f) ? TRUE_V : NIL;
}

bool fut_set_result(FutureObj *f, Value v) {
    if (!check_init(f)) return false;
    if (f->state != FUT_PENDING) { invalid_state("invalid state"); return false; }
    f->result = v;
    f->state = FUT_FINISHED;
    return schedule_callbacks(f);
}

/* Drop the futures whose exception was retrieved since they were noted, so
 * the list stays proportional to what may still be reported (a server loses
 * connections for as long as it runs).  Futures of other types are kept. */
static void prune_unretrieved(Value l) {
    size_t w = 0, n = LIST_LEN(l);
    for (size_t r = 0; r < n; r++) {
        Value v = LIST_ITEMS(l)[r];
        if (aio_is_future(v) && !((FutureObj *)v)->log_tb) continue;
        LIST_ITEMS(l)[w++] = v;
    }
    for (size_t i = w; i < n; i++) LIST_ITEMS(l)[i] = NIL;
    ((ListObj *)l)->len = w;
}

/* futures._note_unretrieved: asp reports exceptions nobody retrieved when the
 * loop closes, so the loop keeps a list of candidates. */
static bool note_unretrieved(FutureObj *f) {
    if (f->loop == NONE || !aio_base()) return true;
    Value l = rt_getattr_opt(f->loop, aio.s_unretrieved);
    if (!l) return !rt_exc_occurred();
    if (TYPE(l) == &type_list) {
        size_t n = LIST_LEN(l);
        if (n >= 256 && (n & (n - 1)) == 0) prune_unretrieved(l);
        return list_append(l, OBJ_VAL(f));
    }
    Value r = rt_call_method(l, str_intern("append"), (Value[]){OBJ_VAL(f)}, 1, NIL);
    return r != NIL;
}

bool fut_set_exception(FutureObj *f, Value exc) {
    if (!check_init(f)) return false;
    if (f->state != FUT_PENDING) { invalid_state("invalid state"); return false; }
    f->exception = exc;
    f->state = FUT_FINISHED;
    if (!schedule_callbacks(f)) return false;
    f->log_tb = true;
    return note_unretrieved(f);
}

Value fut_make_cancelled_error(FutureObj *f) {
    if (f->cancelled_exc != NONE) {
        Value e = f->cancelled_exc;
        f->cancelled_exc = NONE;
        return e;
    }
    if (!aio_base()) return NIL;
    if (f->cancel_msg == NONE) return rt_call0(OBJ_VAL(aio.cancelled_error));
    return rt_call1(OBJ_VAL(aio.cancelled_error), f->cancel_msg);
}

static Value raise_cancelled(FutureObj *f) {
    Value e = fut_make_cancelled_error(f);
    return e ? rt_raise_value(e) : NIL;
}

Value fut_result(FutureObj *f) {
    if (f->state == FUT_CANCELLED) return raise_cancelled(f);
    if (f->state != FUT_FINISHED) return invalid_state("Result is not set.");
    f->log_tb = false;
    if (f->exception != NONE) return rt_raise_value(f->exception);
    return f->result;
}

bool fut_add_callback(FutureObj *f, Value fn) {
    if (f->state != FUT_PENDING) return aio_call_soon(f->loop, fn, OBJ_VAL(f));
    if (!f->cb0) { f->cb0 = fn; return true; }
    if (!f->cbs) f->cbs = list_new(0);
    return list_append(f->cbs, fn);
}

/* ---- methods ----------------------------------------------------------------- */

static bool noargs(const char *name, int nargs, Value kw) {
    if (nargs > 1 || (kw && TUPLE_LEN(kw))) {
        rt_raise(&exc_TypeError, "%s() takes no arguments (%d given)", name,
                 nargs - 1 + (kw ? (int)TUPLE_LEN(kw) : 0));
        return false;
    }
    return true;
}

static bool onearg(const char *name, int nargs, Value kw) {
    if (kw && TUPLE_LEN(kw)) {
        rt_raise(&exc_TypeError, "%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != 2) {
        rt_raise(&exc_TypeError, "%s() takes exactly one argument (%d given)", name, nargs - 1);
        return false;
    }
    return true;
}

static Value m_get_loop(Value *a, int n, Value kw) {
    if (!noargs("Future.get_loop", n, kw) || !check_init(FUT(a[0]))) return NIL;
    return FUT(a[0])->loop;
}

static Value m_make_cancelled_error(Value *a, int n, Value kw) {
    if (!noargs("Future._make_cancelled_error", n, kw)) return NIL;
    return fut_make_cancelled_error(FUT(a[0]));
}

/* cancel(msg=None): at most one argument, positional or keyword. */
bool aio_msg_arg(Value *a, int n, Value kw, Value *msg) {
    int nk = kw ? (int)TUPLE_LEN(kw) : 0;
    if (n - 1 + nk > 1) {
        if (nk > 1) rt_raise(&exc_TypeError, "cancel() takes at most 1 keyword argument (%d given)", nk);
        else rt_raise(&exc_TypeError, "cancel() takes at most 1 argument (%d given)", n - 1 + nk);
        return false;
    }
    *msg = NONE;
    if (n == 2) *msg = a[1];
    if (nk) {
        if (strcmp(str_cstr(TUPLE_ITEMS(kw)[0]), "msg") != 0) {
            rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for cancel()",
                     str_cstr(TUPLE_ITEMS(kw)[0]));
            return false;
        }
        *msg = a[n];
    }
    return true;
}

static Value m_cancel(Value *a, int n, Value kw) {
    Value msg;
    if (!aio_msg_arg(a, n, kw, &msg) || !check_init(FUT(a[0]))) return NIL;
    return fut_cancel(FUT(a[0]), msg);
}

static Value m_cancelled(Value *a, int n, Value kw) {
    if (!noargs("Future.cancelled", n, kw)) return NIL;
    return BOOL(FUT(a[0])->state == FUT_CANCELLED);
}

static Value m_done(Value *a, int n, Value kw) {
    if (!noargs("Future.done", n, kw)) return NIL;
    return BOOL(FUT(a[0])->state != FUT_PENDING);
}

static Value m_result(Value *a, int n, Value kw) {
    if (!noargs("Future.result", n, kw)) return NIL;
    return fut_result(FUT(a[0]));
}

static Value m_exception(Value *a, int n, Value kw) {
    if (!noargs("Future.exception", n, kw)) return NIL;
    FutureObj *f = FUT(a[0]);
    if (!check_init(f)) return NIL;
    if (f->state == FUT_CANCELLED) return raise_cancelled(f);
    if (f->state != FUT_FINISHED) return invalid_state("Exception is not set.");
    f->log_tb = false;
    return f->exception;
}

static Value m_add_done_callback(Value *a, int n, Value kw) {
    static const char *const names[] = {"context"};
    Value ctx;
    if (n != 2)
        return rt_raise(&exc_TypeError, "add_done_callback() takes exactly 1 positional argument (%d given)", n - 1);
    if (!arg_kw("add_done_callback", a, n, kw, names, &ctx, 1)) return NIL;
    FutureObj *f = FUT(a[0]);
    if (!check_init(f)) return NIL;
    return fut_add_callback(f, a[1]) ? NONE : NIL;
}

static Value m_remove_done_callback(Value *a, int n, Value kw) {
    if (!onearg("Future.remove_done_callback", n, kw)) return NIL;
    FutureObj *f = FUT(a[0]);
    if (!check_init(f)) return NIL;
    if (!f->cb0) return MK_SMALL(0);
    Value all = list_new(0);
    list_append(all, f->cb0);
    if (f->cbs)
        for (size_t i = 0; i < LIST_LEN(f->cbs); i++) list_append(all, LIST_ITEMS(f->cbs)[i]);
    Value kept = list_new(0);
    intptr_t removed = 0;
    for (size_t i = 0; i < LIST_LEN(all); i++) {
        Value cb = LIST_ITEMS(all)[i];
        int eq = rt_eq(cb, a[1]);
        if (eq < 0) return NIL;
        if (eq) removed++;
        else list_append(kept, cb);
    }
    if (removed) {
        size_t nk = LIST_LEN(kept);
        f->cb0 = nk ? LIST_ITEMS(kept)[0] : NIL;
        f->cbs = nk > 1 ? list_from_array(LIST_ITEMS(kept) + 1, nk - 1) : NIL;
    }
    return MK_SMALL(removed);
}

static Value m_set_result(Value *a, int n, Value kw) {
    if (!onearg("Future.set_result", n, kw)) return NIL;
    return fut_set_result(FUT(a[0]), a[1]) ? NONE : NIL;
}

static Value m_set_exception(Value *a, int n, Value kw) {
    if (!onearg("Future.set_exception", n, kw)) return NIL;
    FutureObj *f = FUT(a[0]);
    if (!check_init(f)) return NIL;
    if (f->state != FUT_PENDING) return invalid_state("invalid state");
    Value exc = a[1];
    if (IS_TYPE(exc)) {
        exc = rt_call0(exc);
        if (!exc) return NIL;
    }
    if (IS_SMALL(exc) || !(TYPE(exc)->flags & TF_EXC))
        return rt_raise(&exc_TypeError, "invalid exception object");
    if (TYPE(exc) == &exc_StopIteration)
        return rt_raise(&exc_TypeError,
                        "StopIteration interacts badly with generators and cannot be raised into a Future");
    return fut_set_exception(f, exc) ? NONE : NIL;
}

static Value m_class_getitem(Value *a, int n, Value kw) {
    if (!onearg("__class_getitem__", n, kw)) return NIL;
    return generic_alias_new(a[0], a[1]);
}

/* ---- attributes --------------------------------------------------------------- */

static Value state_name(FutureObj *f) {
    return str_intern(f->state == FUT_PENDING ? "PENDING" : f->state == FUT_CANCELLED ? "CANCELLED" : "FINISHED");
}

static Value g_state(Value *a, int n, Value kw) { return state_name(FUT(a[0])); }
static Value g_result(Value *a, int n, Value kw) { return FUT(a[0])->result; }
static Value g_exception(Value *a, int n, Value kw) { return FUT(a[0])->exception; }
static Value g_loop(Value *a, int n, Value kw) { return FUT(a[0])->loop; }
static Value g_source_tb(Value *a, int n, Value kw) { return NONE; }

/* CPython's shape: None when empty, else a list of (callback, context). */
static Value g_callbacks(Value *a, int n, Value kw) {
    FutureObj *f = FUT(a[0]);
    if (!f->cb0) return NONE;
    Value l = list_new(0);
    list_append(l, tuple_pack(2, f->cb0, NONE));
    if (f->cbs)
        for (size_t i = 0; i < LIST_LEN(f->cbs); i++) list_append(l, tuple_pack(2, LIST_ITEMS(f->cbs)[i], NONE));
    return l;
}

static bool no_delete(Value v) {
    if (v) return true;
    rt_raise(&exc_AttributeError, "cannot delete attribute");
    return false;
}

static Value g_blocking(Value *a, int n, Value kw) { return BOOL(FUT(a[0])->blocking); }
static Value s_blocking(Value *a, int n, Value kw) {
    if (!no_delete(a[1])) return NIL;
    int t = rt_truthy(a[1]);
    if (t < 0) return NIL;
    FUT(a[0])->blocking = t;
    return NONE;
}

static Value g_log_tb(Value *a, int n, Value kw) { return BOOL(FUT(a[0])->log_tb); }
static Value s_log_tb(Value *a, int n, Value kw) {
    if (!no_delete(a[1])) return NIL;
    int t = rt_truthy(a[1]);
    if (t < 0) return NIL;
    if (t) return rt_raise(&exc_ValueError, "_log_traceback can only be set to False");
    FUT(a[0])->log_tb = false;
    return NONE;
}

static Value g_log_destroy(Value *a, int n, Value kw) { return BOOL(FUT(a[0])->log_destroy_pending); }
static Value s_log_destroy(Value *a, int n, Value kw) {
    if (!no_delete(a[1])) return NIL;
    int t = rt_truthy(a[1]);
    if (t < 0) return NIL;
    FUT(a[0])->log_destroy_pending = t;
    return NONE;
}

static Value g_cancel_msg(Value *a, int n, Value kw) { return FUT(a[0])->cancel_msg; }
static Value s_cancel_msg(Value *a, int n, Value kw) {
    if (!no_delete(a[1])) return NIL;
    FUT(a[0])->cancel_msg = a[1];
    return NONE;
}

static Value g_cancelled_exc(Value *a, int n, Value kw) { return FUT(a[0])->cancelled_exc; }
static Value s_cancelled_exc(Value *a, int n, Value kw) {
    if (!no_delete(a[1])) return NIL;
    FUT(a[0])->cancelled_exc = a[1];
    return NONE;
}

/* ---- repr -------------------------------------------------------------------- */

/* format_helpers._format_callback_source(cb, (arg,) or ()): qualname (or
 * name, or repr), the arguments through reprlib, and " at file:line" for
 * plain Python functions. */
static Value format_cb_args(Value cb, Value arg) {
    /* functools.partial unwraps into "f(bound args)(args) at file:line":
     * rare enough to leave to events._format_callback_source. */
    if (!IS_SMALL(cb) && strcmp(TYPE(cb)->name, "partial") == 0) {
        Value ev = import_cstr("asyncio.events");
        Value fn = ev ? rt_getattr(ev, str_intern("_format_callback_source")) : NIL;
        if (!fn) return NIL;
        Value args = arg ? tuple_pack(1, arg) : tuple_pack(0);
        return rt_call(fn, (Value[]){cb, args}, 2, NIL);
    }
    StrBuf b;
    sb_init(&b);
    Value q = rt_getattr_opt(cb, NM(__qualname__));
    if (!q && rt_exc_occurred()) return NIL;
    int t = q ? rt_truthy(q) : 0;
    if (t < 0) return NIL;
    if (!t) {
        q = rt_getattr_opt(cb, NM(__name__));
        if (!q && rt_exc_occurred()) return NIL;
        t = q ? rt_truthy(q) : 0;
        if (t < 0) return NIL;
    }
    if (t ? !sb_addv_str(&b, q) : !sb_addv_repr(&b, cb)) return NIL;
    sb_addc(&b, '(');
    if (arg) {
        Value r = aio_short_repr(arg);
        if (!r || !sb_addv_str(&b, r)) return NIL;
    }
    sb_addc(&b, ')');
    if (IS_INSTANCE(cb, &type_function)) {
        CodeObj *co = ((FunctionObj *)cb)->code;
        sb_adds(&b, " at ");
        if (!sb_addv_str(&b, co->filename)) return NIL;
        sb_printf(&b, ":%d", co->firstlineno);
    }
    return sb_finish(&b);
}

static Value format_cb(Value cb) { return format_cb_args(cb, NIL); }

Value aio_format_callbacks(FutureObj *f) {
    if (!f->cb0) return NIL;
    size_t size = 1 + (f->cbs ? LIST_LEN(f->cbs) : 0);
    Value first = format_cb(f->cb0);
    if (!first) return NIL;
    if (size == 1) return str_printf("cb=[%s]", str_cstr(first));
    Value last = format_cb(LIST_ITEMS(f->cbs)[size - 2]);
    if (!last) return NIL;
    if (size == 2) return str_printf("cb=[%s, %s]", str_cstr(first), str_cstr(last));
    return str_printf("cb=[%s, <%zu more>, %s]", str_cstr(first), size - 2, str_cstr(last));
}

static Value lower_state(FutureObj *f) {
    return str_intern(f->state == FUT_PENDING ? "pending" : f->state == FUT_CANCELLED ? "cancelled" : "finished");
}

Value fut_repr_info(FutureObj *f) {
    Value info = list_new(0);
    list_append(info, lower_state(f));
    if (f->state == FUT_FINISHED) {
        Value r;
        if (f->exception != NONE) {
            r = rt_repr(f->exception);
            if (!r) return NIL;
            r = str_printf("exception=%s", str_cstr(r));
        } else {
            r = aio_short_repr(f->result);
            if (!r) return NIL;
            r = str_printf("result=%s", str_cstr(r));
        }
        list_append(info, r);
    }
    if (f->cb0) {
        Value cb = aio_format_callbacks(f);
        if (!cb) return NIL;
        list_append(info, cb);
    }
    return info;
}

/* "<Name a b c>" from a list of str. */
Value aio_join_repr(Value self, Value info) {
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '<');
    if (!sb_addv_str(&b, TYPE(self)->name_str)) return NIL;
    for (size_t i = 0; i < LIST_LEN(info); i++) {
        sb_addc(&b, ' ');
        if (!sb_addv_str(&b, LIST_ITEMS(info)[i])) return NIL;
    }
    sb_addc(&b, '>');
    return sb_finish(&b);
}

static Value future_repr(Value self) {
    if (!check_init(FUT(self))) return NIL;
    if (rt_repr_enter(self)) return str_from_cstr("...");
    Value info = fut_repr_info(FUT(self));
    Value r = info ? aio_join_repr(self, info) : NIL;
    rt_repr_leave(self);
    return r;
}

/* ---- reprlib.repr (futures show results through it) --------------------------- */

static Value cp_slice(Value s, size_t a, size_t b) {
    size_t oa = str_cp_offset(s, a), ob = str_cp_offset(s, b);
    return str_new(str_cstr(s) + oa, ob - oa);
}

/* s[:i] + "..." + s[len-j:] when s is longer than max code points. */
static Value squeeze(Value s, size_t max) {
    size_t n = AS_STR(s)->cplen;
    if (n <= max) return s;
    size_t i = (max - 3) / 2, j = max - 3 - i;
    return str_printf("%s...%s", str_cstr(cp_slice(s, 0, i)), str_cstr(cp_slice(s, n - j, n)));
}

static Value short_repr(Value v, int level);

static Value short_items(const Value *items, size_t n, int level, const char *left,
                         const char *right, const char *trail) {
    StrBuf b;
    sb_init(&b);
    sb_adds(&b, left);
    if (level <= 0 && n) {
        sb_adds(&b, "...");
    } else {
        size_t m = n > 6 ? 6 : n;
        for (size_t i = 0; i < m; i++) {
            if (i) sb_adds(&b, ", ");
            Value r = short_repr(items[i], level - 1);
            if (!r || !sb_addv_str(&b, r)) return NIL;
        }
        if (n > 6) sb_adds(&b, ", ...");
        if (n == 1) sb_adds(&b, trail);
    }
    sb_adds(&b, right);
    return sb_finish(&b);
}

/* sorted(x) when the items allow it, else iteration order (reprlib's
 * _possibly_sorted). */
static Value possibly_sorted(Value x) {
    Value l = rt_list_from_iter(x);
    if (!l) return NIL;
    Value c = list_from_array(LIST_ITEMS(l), LIST_LEN(l));
    if (!list_sort(c, NIL, false)) {
        rt_exc_clear();
        return l;
    }
    return c;
}

static Value short_repr(Value v, int level) {
    Type *t = TYPE(v);
    if (t == &type_str) {
        size_t n = AS_STR(v)->cplen;
        Value r = rt_repr(n > 30 ? cp_slice(v, 0, 30) : v);
        if (!r || AS_STR(r)->cplen <= 30) return r;
        r = rt_repr(str_concat(cp_slice(v, 0, 13), cp_slice(v, n - 14, n)));
        if (!r) return NIL;
        size_t rn = AS_STR(r)->cplen;
        return str_printf("%s...%s", str_cstr(cp_slice(r, 0, 13)), str_cstr(cp_slice(r, rn - 14, rn)));
    }
    if (t == &type_int) {
        Value r = rt_repr(v);
        return r ? squeeze(r, 40) : NIL;
    }
    if (t == &type_tuple) return short_items(TUPLE_ITEMS(v), TUPLE_LEN(v), level, "(", ")", ",");
    if (t == &type_list) return short_items(LIST_ITEMS(v), LIST_LEN(v), level, "[", "]", "");
    if (t == &type_set || t == &type_frozenset) {
        bool fs = t == &type_frozenset;
        if (set_len(v) == 0) return str_from_cstr(fs ? "frozenset()" : "set()");
        Value l = possibly_sorted(v);
        if (!l) return NIL;
        return short_items(LIST_ITEMS(l), LIST_LEN(l), level, fs ? "frozenset({" : "{", fs ? "})" : "}", "");
    }
    if (t == &type_dict) {
        size_t n = dict_len(v);
        if (n == 0) return str_from_cstr("{}");
        if (level <= 0) return str_from_cstr("{...}");
        Value keys = possibly_sorted(v);
        if (!keys) return NIL;
        StrBuf b;
        sb_init(&b);
        sb_addc(&b, '{');
        for (size_t i = 0; i < LIST_LEN(keys) && i < 4; i++) {
            Value k = LIST_ITEMS(keys)[i], val;
            if (dict_find(v, k, &val) <= 0) return rt_exc_occurred() ? NIL : rt_raise_args(&exc_KeyError, tuple_pack(1, k));
            Value kr = short_repr(k, level - 1);
            if (!kr) return NIL;
            Value vr = short_repr(val, level - 1);
            if (!vr) return NIL;
            if (i) sb_adds(&b, ", ");
            sb_printf(&b, "%s: %s", str_cstr(kr), str_cstr(vr));
        }
        if (n > 4) sb_adds(&b, ", ...");
        sb_addc(&b, '}');
        return sb_finish(&b);
    }
    Value r = rt_repr(v);
    if (!r) {
        if (!rt_exc_matches(&exc_Exception)) return NIL;
        rt_exc_clear();
        return str_printf("<%s instance at %#lx>", str_cstr(t->name_str), (unsigned long)v);
    }
    return squeeze(r, 30);
}

Value aio_short_repr(Value v) { return short_repr(v, 6); }

/* ---- FutureIter: what `await fut` drives ----------------------------------------- */

typedef struct FutureIter { Obj ob; Value fut; /* NIL once finished */ } FutureIter;

static Value future_await(Value self) {
    FutureIter *it = gc_obj(sizeof(FutureIter), &aio_type_future_iter);
    if (!it) return rt_raise_nomem();
    it->fut = self;
    return OBJ_VAL(it);
}

/* Pending: hand the future to the task once (it clears the blocking flag and
 * resumes us when the future is done).  Done: finish with its result. */
static Value fi_next(Value self) {
    FutureIter *it = (FutureIter *)self;
    if (!it->fut) return NIL;
    FutureObj *f = FUT(it->fut);
    if (f->state == FUT_PENDING) {
        if (!f->blocking) {
            f->blocking = true;
            return OBJ_VAL(f);
        }
        return rt_raise(&exc_RuntimeError, "await wasn't used with future");
    }
    it->fut = NIL;
    Value r = fut_result(f);
    if (!r) return NIL;
    if (r == NONE) return NIL;             /* exhausted, no exception: the value None */
    return rt_raise_args(&exc_StopIteration, tuple_pack(1, r));
}

static Value fi_send(Value *a, int n, Value kw) {
    if (!onearg("send", n, kw)) return NIL;
    Value r = fi_next(a[0]);
    if (!r && !rt_exc_occurred()) return rt_raise_args(&exc_StopIteration, rt_empty_tuple);
    return r;
}

static Value fi_throw(Value *a, int n, Value kw) {
    if (kw && TUPLE_LEN(kw)) return rt_raise(&exc_TypeError, "throw() takes no keyword arguments");
    if (n < 2 || n > 4)
        return rt_raise(&exc_TypeError, "throw expected at least 1 argument, got %d", n - 1);
    Value typ = a[1], val = n > 2 ? a[2] : NONE, tb = n > 3 ? a[3] : NONE;
    Value exc;
    if (IS_TYPE(typ) && type_is_subtype((Type *)typ, &exc_BaseException)) {
        if (val != NONE && IS_INSTANCE(val, (Type *)typ)) exc = val;
        else if (val == NONE) exc = rt_call0(typ);
        else if (tuple_check(val)) exc = rt_call(typ, TUPLE_ITEMS(val), (int)TUPLE_LEN(val), NIL);
        else exc = rt_call1(typ, val);
        if (!exc) return NIL;
    } else if (!IS_SMALL(typ) && (TYPE(typ)->flags & TF_EXC)) {
        if (val != NONE) return rt_raise(&exc_TypeError, "instance exception may not have a separate value");
        exc = typ;
    } else {
        return rt_raise(&exc_TypeError,
                        "exceptions must be classes deriving BaseException or instances of such a class");
    }
    if (tb != NONE) ((ExcObj *)exc)->traceback = tb;
    ((FutureIter *)a[0])->fut = NIL;
    return rt_raise_value(exc);
}

static Value fi_close(Value *a, int n, Value kw) {
    if (!noargs("close", n, kw)) return NIL;
    ((FutureIter *)a[0])->fut = NIL;
    return NONE;
}

static Value self_iter(Value v) { return v; }

static const MethodDef fi_methods[] = {
    {"send", fi_send, METH_DEFAULT, NULL},
    {"throw", fi_throw, METH_DEFAULT, NULL},
    {"close", fi_close, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type aio_type_future_iter = {
    .ob = {&type_type}, .name = "_asyncio.FutureIter", .size = sizeof(FutureIter),
    .methods = fi_methods, .iter = self_iter, .next = fi_next,
};

/* ---- the Future type -------------------------------------------------------------- */

static const MethodDef future_methods[] = {
    {"get_loop", m_get_loop, METH_DEFAULT, NULL},
    {"_make_cancelled_error", m_make_cancelled_error, METH_DEFAULT, NULL},
    {"cancel", m_cancel, METH_DEFAULT, NULL},
    {"cancelled", m_cancelled, METH_DEFAULT, NULL},
    {"done", m_done, METH_DEFAULT, NULL},
    {"result", m_result, METH_DEFAULT, NULL},
    {"exception", m_exception, METH_DEFAULT, NULL},
    {"add_done_callback", m_add_done_callback, METH_DEFAULT, NULL},
    {"remove_done_callback", m_remove_done_callback, METH_DEFAULT, NULL},
    {"set_result", m_set_result, METH_DEFAULT, NULL},
    {"set_exception", m_set_exception, METH_DEFAULT, NULL},
    {"__class_getitem__", m_class_getitem, METH_CLASS, NULL},
    {"_state", g_state, METH_GETTER, NULL},
    {"_result", g_result, METH_GETTER, NULL},
    {"_exception", g_exception, METH_GETTER, NULL},
    {"_loop", g_loop, METH_GETTER, NULL},
    {"_callbacks", g_callbacks, METH_GETTER, NULL},
    {"_source_traceback", g_source_tb, METH_GETTER, NULL},
    {"_asyncio_future_blocking", g_blocking, METH_GETTER, NULL},
    {"_asyncio_future_blocking", s_blocking, METH_SETTER, NULL},
    {"_log_traceback", g_log_tb, METH_GETTER, NULL},
    {"_log_traceback", s_log_tb, METH_SETTER, NULL},
    {"_log_destroy_pending", g_log_destroy, METH_GETTER, NULL},
    {"_log_destroy_pending", s_log_destroy, METH_SETTER, NULL},
    {"_cancel_message", g_cancel_msg, METH_GETTER, NULL},
    {"_cancel_message", s_cancel_msg, METH_SETTER, NULL},
    {"_cancelled_exc", g_cancelled_exc, METH_GETTER, NULL},
    {"_cancelled_exc", s_cancelled_exc, METH_SETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type aio_type_future = {
    .ob = {&type_type}, .name = "_asyncio.Future", .size = sizeof(FutureObj),
    .dict_offset = offsetof(FutureObj, dict), .flags = TF_BASETYPE,
    .methods = future_methods, .new_ = future_new, .init = future_init,
    .repr = future_repr, .await = future_await, .iter = future_await,
};

/* ---- handles on the loop's ready queue -------------------------------------------- */

/* A done callback `callback(arg)` or a task step (task, arg = exception or
 * NIL).  The loop sees what events.Handle offers it: _cancelled and _run(). */
typedef struct AioHandle {
    Obj ob;
    Value callback;          /* NIL for a step */
    Value arg;
    Value loop;
    TaskObj *task;           /* steps */
    bool cancelled;
    bool queued;             /* a step handle on a ready queue (not reusable yet) */
} AioHandle;

/* TaskStepMethWrapper: a task step as a plain callable (call_soon on loops
 * without the fast path, and the _callback of step handles). */
typedef struct StepWrapper { Obj ob; TaskObj *task; Value exc; } StepWrapper;

static Value step_wrapper_new(TaskObj *t, Value exc) {
    StepWrapper *w = gc_obj(sizeof(StepWrapper), &aio_type_step_wrapper);
    if (!w) return rt_raise_nomem();
    w->task = t;
    w->exc = exc;
    return OBJ_VAL(w);
}

static Value sw_call(Value self, Value *args, int nargs, Value kw) {
    if (nargs || (kw && TUPLE_LEN(kw))) return rt_raise(&exc_TypeError, "function takes no arguments");
    StepWrapper *w = (StepWrapper *)self;
    return task_step(w->task, w->exc);
}

static Value sw_self(Value *a, int n, Value kw) { return OBJ_VAL(((StepWrapper *)a[0])->task); }

static const MethodDef step_wrapper_methods[] = {
    {"__self__", sw_self, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type aio_type_step_wrapper = {
    .ob = {&type_type}, .name = "TaskStepMethWrapper", .size = sizeof(StepWrapper), .call = sw_call,
    .methods = step_wrapper_methods,
};

static Value handle_new(Value loop) {
    AioHandle *h = gc_obj(sizeof(AioHandle), &aio_type_handle);
    if (!h) return rt_raise_nomem();
    h->loop = loop;
    return OBJ_VAL(h);
}

/* 1: the loop is a plain events.EventLoop (*ready is its _ready list);
 * 0: use loop.call_soon; -1: error (the loop is closed). */
static int fast_ready(Value loop, Value *ready) {
    if (!aio.loop_call_soon) return 0;
    Type *t = TYPE(loop);
    if (!t->dict_offset || type_lookup(t, aio.s_call_soon) != aio.loop_call_soon ||
        type_lookup(t, aio.s_check_closed) != aio.loop_check_closed)
        return 0;
    Value d = *obj_dict_ptr(loop);
    if (!d || dict_get_str(d, aio.s_call_soon)) return 0;
    Value r = dict_get_str(d, aio.s_ready);
    if (!r || TYPE(r) != &type_list) return 0;
    Value closed = dict_get_str(d, aio.s_closed);
    if (!closed) return 0;
    int c = rt_truthy(closed);
    if (c < 0) return -1;
    if (c) {
        rt_raise(&exc_RuntimeError, "Event loop is closed");
        return -1;
    }
    *ready = r;
    return 1;
}

bool aio_call_soon(Value loop, Value fn, Value arg) {
    Value ready;
    int fast = fast_ready(loop, &ready);
    if (fast < 0) return false;
    if (fast) {
        Value hv = handle_new(loop);
        if (!hv) return false;
        AioHandle *h = (AioHandle *)hv;
        h->callback = fn;
        h->arg = arg;
        return list_append(ready, hv);
    }
    Value args[2] = {fn, arg};
    return rt_call_method(loop, aio.s_call_soon, args, arg ? 2 : 1, NIL) != NIL;
}

bool aio_call_soon_step(TaskObj *t, Value exc) {
    Value loop = t->fut.loop, ready;
    int fast = fast_ready(loop, &ready);
    if (fast < 0) return false;
    if (fast) {
        AioHandle *h = (AioHandle *)t->step_handle;
        if (!h || h->queued || h->cancelled || h->loop != loop) {
            Value hv = handle_new(loop);
            if (!hv) return false;
            h = (AioHandle *)hv;
            h->task = t;
            t->step_handle = hv;
        }
        h->arg = exc;
        h->queued = true;
        return list_append(ready, OBJ_VAL(h));
    }
    Value w = step_wrapper_new(t, exc);
    return w && rt_call_method(loop, aio.s_call_soon, &w, 1, NIL) != NIL;
}

static inline AioHandle *H(Value v) { return (AioHandle *)v; }

static Value h_callback(AioHandle *h) {
    if (h->callback) return h->callback;
    if (h->cancelled) return NONE;
    return step_wrapper_new(h->task, h->arg);
}

static Value h_args(AioHandle *h) {
    if (h->cancelled) return NONE;
    if (h->callback && h->arg) return tuple_pack(1, h->arg);
    return rt_empty_tuple;
}

/* events.Handle._run: errors other than SystemExit / KeyboardInterrupt go to
 * the loop's exception handler with CPython's message and context. */
static Value hm_run(Value *a, int n, Value kw) {
    AioHandle *h = H(a[0]);
    Value r;
    Value cb = h->callback, arg = h->arg;
    if (!cb) {
        h->queued = false;
        h->arg = NIL;
        r = task_step(h->task, arg);
    } else if (TYPE(cb) == &type_builtin_function && ((NativeFuncObj *)cb)->fn == task_wakeup_fn &&
               aio_is_task(((NativeFuncObj *)cb)->self)) {
        r = task_wakeup((TaskObj *)((NativeFuncObj *)cb)->self, arg);
    } else {
        r = arg ? rt_call1(cb, arg) : rt_call0(cb);
    }
    if (r) return NONE;
    if (rt_exc_matches(&exc_SystemExit) || rt_exc_matches(&exc_KeyboardInterrupt)) return NIL;
    Value exc = rt_exc_fetch();
    Value cbv = cb ? cb : step_wrapper_new(h->task, arg);
    if (!cbv) return NIL;
    Value src = format_cb_args(cbv, cb ? arg : NIL);
    if (!src) return NIL;
    Value ctx = dict_new();
    dict_set_cstr(ctx, "message", str_printf("Exception in callback %s", str_cstr(src)));
    dict_set_cstr(ctx, "exception", exc);
    dict_set_cstr(ctx, "handle", a[0]);
    return rt_call_method(h->loop, aio.s_call_exception_handler, &ctx, 1, NIL) ? NONE : NIL;
}

static Value hm_cancel(Value *a, int n, Value kw) {
    AioHandle *h = H(a[0]);
    if (!h->cancelled) {
        h->cancelled = true;
        h->callback = NIL;
        h->arg = NIL;
    }
    return NONE;
}

static Value hm_cancelled(Value *a, int n, Value kw) { return BOOL(H(a[0])->cancelled); }
static Value hm_get_context(Value *a, int n, Value kw) { return NONE; }
static Value hg_cancelled(Value *a, int n, Value kw) { return BOOL(H(a[0])->cancelled); }
static Value hg_callback(Value *a, int n, Value kw) { return h_callback(H(a[0])); }
static Value hg_args(Value *a, int n, Value kw) { return h_args(H(a[0])); }
static Value hg_loop(Value *a, int n, Value kw) { return H(a[0])->loop; }

/* events.Handle's repr in CPython 3.11: "<Handle cancelled cb(args) at f:n>". */
static Value handle_repr(Value self) {
    AioHandle *h = H(self);
    if (h->cancelled) return str_printf("<%s cancelled>", str_cstr(TYPE(self)->name_str));
    Value cb = h_callback(h);
    if (!cb) return NIL;
    Value src = format_cb_args(cb, h->callback ? h->arg : NIL);
    if (!src) return NIL;
    return str_printf("<%s %s>", str_cstr(TYPE(self)->name_str), str_cstr(src));
}

static const MethodDef handle_methods[] = {
    {"_run", hm_run, METH_DEFAULT, NULL},
    {"cancel", hm_cancel, METH_DEFAULT, NULL},
    {"cancelled", hm_cancelled, METH_DEFAULT, NULL},
    {"get_context", hm_get_context, METH_DEFAULT, NULL},
    {"_cancelled", hg_cancelled, METH_GETTER, NULL},
    {"_callback", hg_callback, METH_GETTER, NULL},
    {"_args", hg_args, METH_GETTER, NULL},
    {"_loop", hg_loop, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

Type aio_type_handle = {
    .ob = {&type_type}, .name = "_asyncio.Handle", .size = sizeof(AioHandle),
    .methods = handle_methods, .repr = handle_repr,
};

bool future_types_init(void) {
    type_ready(&aio_type_future);
    type_ready(&aio_type_future_iter);
    type_ready(&aio_type_handle);
    type_ready(&aio_type_step_wrapper);
    return true;
}
