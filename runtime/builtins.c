/* builtins.c — the builtins module: the builtin types and exceptions under
 * their Python names, and the builtin functions (print, len, min/max, sorted,
 * getattr, exec/eval/compile, __build_class__, __import__, open, input, ...).
 *
 * Invariant: every function follows CPython 3.11's argument rules and error
 * texts; functions needing the caller's namespace (globals, locals, vars, dir,
 * exec, eval) read it from the running frame TH()->frame.
 */
#include <string.h>
#include "module.h"
#include "abstract.h"
#include "bytes.h"
#include "containers.h"
#include "errors.h"
#include "file.h"
#include "func.h"
#include "interp.h"
#include "names.h"
#include "num.h"
#include "str.h"
#include "../src/code.h"
#include "../src/compile.h"
#include "../src/parse.h"
#include "../src/vm.h"

extern Type type_super;

/* ---- helpers ---------------------------------------------------------------- */

static Value sys_attr(const char *name) {
    Value sys = TH()->interp->sys;
    return sys ? dict_get_cstr(module_dict(sys), name) : NIL;
}

static Frame *cur_frame(void) {
    Frame *f = TH()->frame;
    /* Skip sentinel frames of vm_call (their code is a single EXIT). */
    while (f && f->code && f->code->ncode <= 1 && !f->globals) f = f->prev;
    return f;
}

/* Keyword arguments of a native call: value for name or NIL. */
static Value kwarg(Value *args, int nargs, Value kw, const char *name) {
    if (!kw) return NIL;
    for (size_t i = 0; i < TUPLE_LEN(kw); i++)
        if (strcmp(str_cstr(TUPLE_ITEMS(kw)[i]), name) == 0) return args[nargs + (int)i];
    return NIL;
}

static bool only_kw(const char *fname, Value kw, const char *const *allowed, int n) {
    if (!kw) return true;
    for (size_t i = 0; i < TUPLE_LEN(kw); i++) {
        const char *k = str_cstr(TUPLE_ITEMS(kw)[i]);
        bool ok = false;
        for (int j = 0; j < n; j++)
            if (strcmp(k, allowed[j]) == 0) ok = true;
        if (!ok) {
            rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for %s()", k, fname);
            return false;
        }
    }
    return true;
}

static int nkw(Value kw) { return kw ? (int)TUPLE_LEN(kw) : 0; }

/* ---- print / input --------------------------------------------------------------- */

static bool write_piece(Value file, Value s) {
    if (file_check(file)) return file_write_raw(file, str_cstr(s), str_len(s));
    return rt_call_method(file, NM(write), &s, 1, NIL) != NIL;
}

static Value b_print(Value *args, int nargs, Value kw) {
    static const char *const allowed[] = {"sep", "end", "file", "flush"};
    if (!only_kw("print", kw, allowed, 4)) return NIL;
    Value sep = kwarg(args, nargs, kw, "sep"), end = kwarg(args, nargs, kw, "end");
    Value file = kwarg(args, nargs, kw, "file"), flush = kwarg(args, nargs, kw, "flush");
    if (sep && sep != NONE && !str_check(sep))
        return rt_raise(&exc_TypeError, "sep must be None or a string, not %s", type_name(sep));
    if (end && end != NONE && !str_check(end))
        return rt_raise(&exc_TypeError, "end must be None or a string, not %s", type_name(end));
    if (!file || file == NONE) {
        file = sys_attr("stdout");
        if (!file || file == NONE) return NONE;
    }
    const char *sp = sep && sep != NONE ? str_cstr(sep) : " ";
    size_t spn = sep && sep != NONE ? str_len(sep) : 1;
    const char *ep = end && end != NONE ? str_cstr(end) : "\n";
    size_t epn = end && end != NONE ? str_len(end) : 1;
    if (file_check(file)) {
        StrBuf b;
        sb_init(&b);
        for (int i = 0; i < nargs; i++) {
            if (i) sb_add(&b, sp, spn);
            if (!sb_addv_str(&b, args[i])) return NIL;
        }
        sb_add(&b, ep, epn);
        if (!file_write_raw(file, b.p, b.len)) return NIL;
    } else {
        Value sepv = sep && sep != NONE ? sep : str_from_cstr(" ");
        for (int i = 0; i < nargs; i++) {
            if (i && !write_piece(file, sepv)) return NIL;
            Value s = rt_str(args[i]);
            if (!s || !write_piece(file, s)) return NIL;
        }
        if (!write_piece(file, end && end != NONE ? end : str_from_cstr("\n"))) return NIL;
    }
    if (flush) {
        int t = rt_truthy(flush);
        if (t < 0) return NIL;
        if (t) {
            if (file_check(file)) {
                if (!file_flush(file)) return NIL;
            } else if (!rt_call_method(file, NM(flush), NULL, 0, NIL)) {
                return NIL;
            }
        }
    }
    return NONE;
}

static Value b_input(Value *args, int nargs, Value kw) {
    if (!arg_nokw("input", kw) || !arg_count("input", nargs, 0, 1)) return NIL;
    Value out = sys_attr("stdout"), in = sys_attr("stdin");
    Value err = sys_attr("stderr");
    if (err && file_check(err)) file_flush(err);
    if (nargs == 1) {
        Value p = rt_str(args[0]);
        if (!p) return NIL;
        if (out && out != NONE && !write_piece(out, p)) return NIL;
    }
    if (out && out != NONE) {
        if (file_check(out)) {
            if (!file_flush(out)) return NIL;
        } else {
            Value r = rt_call_method(out, NM(flush), NULL, 0, NIL);
            if (!r) rt_exc_clear();
        }
    }
    if (!in || in == NONE) return rt_raise(&exc_RuntimeError, "input(): lost sys.stdin");
    Value line = file_check(in) ? file_readline(in) : rt_call_method(in, NM(readline), NULL, 0, NIL);
    if (!line) return NIL;
    if (!str_check(line)) return rt_raise(&exc_TypeError, "object.readline() returned non-string");
    size_t n = str_len(line);
    if (n == 0) return rt_raise(&exc_EOFError, "EOF when reading a line");
    if (str_cstr(line)[n - 1] == '\n') return str_new(str_cstr(line), n - 1);
    return line;
}

/* ---- simple functions ------------------------------------------------------------- */

static Value b_len(Value *a, int n, Value kw) {
    if (!arg_nokw("len", kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "len() takes exactly one argument (%d given)", n);
    intptr_t l = rt_len(a[0]);
    if (l < 0) return NIL;
    return MK_SMALL(l);
}

static Value b_repr(Value *a, int n, Value kw) {
    if (!arg_nokw("repr", kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "repr() takes exactly one argument (%d given)", n);
    return rt_repr(a[0]);
}

static Value b_ascii(Value *a, int n, Value kw) {
    if (!arg_nokw("ascii", kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "ascii() takes exactly one argument (%d given)", n);
    return rt_ascii(a[0]);
}

static Value b_abs(Value *a, int n, Value kw) {
    if (!arg_nokw("abs", kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "abs() takes exactly one argument (%d given)", n);
    return rt_abs(a[0]);
}

static Value minmax(Value *a, int n, Value kw, bool is_max) {
    const char *name = is_max ? "max" : "min";
    static const char *const allowed[] = {"key", "default"};
    if (!only_kw(name, kw, allowed, 2)) return NIL;
    Value key = kwarg(a, n, kw, "key"), dflt = kwarg(a, n, kw, "default");
    if (key == NONE) key = NIL;
    if (n == 0) return rt_raise(&exc_TypeError, "%s expected at least 1 argument, got 0", name);
    if (n > 1 && dflt)
        return rt_raise(&exc_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", name);
    Value it = rt_iter(n == 1 ? a[0] : tuple_from_array(a, (size_t)n));
    if (!it) return NIL;
    Value best = NIL, bestkey = NIL;
    for (;;) {
        Value x = rt_next(it);
        if (!x) {
            if (rt_exc_occurred()) return NIL;
            break;
        }
        Value k = key ? rt_call1(key, x) : x;
        if (!k) return NIL;
        if (!best) {
            best = x;
            bestkey = k;
            continue;
        }
        int c = rt_compare_bool(k, bestkey, is_max ? CMP_GT : CMP_LT);
        if (c < 0) return NIL;
        if (c) {
            best = x;
            bestkey = k;
        }
    }
    if (!best) {
        if (dflt) return dflt;
        return rt_raise(&exc_ValueError, "%s() arg is an empty sequence", name);
    }
    return best;
}

static Value b_max(Value *a, int n, Value kw) { return minmax(a, n, kw, true); }
static Value b_min(Value *a, int n, Value kw) { return minmax(a, n, kw, false); }

static Value b_sum(Value *a, int n, Value kw) {
    static const char *const allowed[] = {"start"};
    if (!only_kw("sum", kw, allowed, 1)) return NIL;
    if (n < 1) return rt_raise(&exc_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (n > 2) return rt_raise(&exc_TypeError, "sum() takes at most 2 arguments (%d given)", n);
    Value start = n > 1 ? a[1] : kwarg(a, n, kw, "start");
    if (!start) start = MK_SMALL(0);
    if (str_check(start))
        return rt_raise(&exc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (TYPE(start) == &type_bytes)
        return rt_raise(&exc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (TYPE(start) == &type_bytearray)
        return rt_raise(&exc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    Value it = rt_iter(a[0]);
    if (!it) return NIL;
    Value acc = start;
    /* Float fast path: plain double addition, as CPython 3.11. */
    bool fmode = false;
    double facc = 0;
    for (;;) {
        Value x = rt_next(it);
        if (!x) {
            if (rt_exc_occurred()) return NIL;
            break;
        }
        if (fmode) {
            if (TYPE(x) == &type_float) {
                facc += FLOAT_VAL(x);
                continue;
            }
            if (IS_SMALL(x)) {
                facc += (double)SMALL_VAL(x);
                continue;
            }
            acc = float_new(facc);
            fmode = false;
        } else if (TYPE(acc) == &type_float && (TYPE(x) == &type_float || IS_SMALL(x))) {
            fmode = true;
            facc = FLOAT_VAL(acc) + (IS_SMALL(x) ? (double)SMALL_VAL(x) : FLOAT_VAL(x));
            continue;
        }
        if (IS_SMALL(acc) && IS_SMALL(x)) {
            acc = int_from_i64((int64_t)SMALL_VAL(acc) + (int64_t)SMALL_VAL(x));
            continue;
        }
        if (IS_SMALL(acc) && TYPE(x) == &type_float) {
            fmode = true;
            facc = (double)SMALL_VAL(acc) + FLOAT_VAL(x);
            continue;
        }
        acc = rt_binop(BINOP_ADD, acc, x, false);
        if (!acc) return NIL;
    }
    if (fmode) return float_new(facc);
    return acc;
}

static Value b_sorted(Value *a, int n, Value kw) {
    static const char *const allowed[] = {"key", "reverse"};
    if (!only_kw("sort", kw, allowed, 2)) return NIL;   /* CPython names list.sort */
    if (n != 1) {
        if (n == 0) return rt_raise(&exc_TypeError, "sorted expected 1 argument, got 0");
        return rt_raise(&exc_TypeError, "sorted expected 1 argument, got %d", n);
    }
    Value key = kwarg(a, n, kw, "key"), rev = kwarg(a, n, kw, "reverse");
    int r = 0;
    if (rev && (r = rt_truthy(rev)) < 0) return NIL;
    Value l = rt_list_from_iter(a[0]);
    if (!l) return NIL;
    if (!list_sort(l, key == NONE ? NIL : key, r)) return NIL;
    return l;
}

static Value anyall(Value *a, int n, Value kw, bool is_any) {
    const char *name = is_any ? "any" : "all";
    if (!arg_nokw(name, kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "%s() takes exactly one argument (%d given)", name, n);
    Value it = rt_iter(a[0]);
    if (!it) return NIL;
    for (;;) {
        Value x = rt_next(it);
        if (!x) {
            if (rt_exc_occurred()) return NIL;
            return BOOL(!is_any);
        }
        int t = rt_truthy(x);
        if (t < 0) return NIL;
        if (t == is_any) return BOOL(is_any);
    }
}
static Value b_any(Value *a, int n, Value kw) { return anyall(a, n, kw, true); }
static Value b_all(Value *a, int n, Value kw) { return anyall(a, n, kw, false); }

static Value b_round(Value *a, int n, Value kw) {
    static const char *const names[] = {"number", "ndigits"};
    Value out[2] = {NIL, NIL};
    if (n > 2) return rt_raise(&exc_TypeError, "round() takes at most 2 arguments (%d given)", n);
    if (!arg_kw("round", a, n, kw, names, out, 2)) return NIL;
    for (int i = 0; i < n; i++) out[i] = a[i];
    if (!out[0]) return rt_raise(&exc_TypeError, "round() missing required argument 'number' (pos 1)");
    Value m = rt_lookup_special(out[0], NM(__round__));
    if (!m) {
        if (rt_exc_occurred()) return NIL;
        return rt_raise(&exc_TypeError, "type %s doesn't define __round__ method", type_name(out[0]));
    }
    if (!out[1] || out[1] == NONE) return rt_call0(m);
    return rt_call1(m, out[1]);
}

static Value b_divmod(Value *a, int n, Value kw) {
    if (!arg_nokw("divmod", kw)) return NIL;
    if (n != 2) return rt_raise(&exc_TypeError, "divmod expected 2 arguments, got %d", n);
    Value x = a[0], y = a[1];
    Type *tx = TYPE(x), *ty = TYPE(y);
    bool sub_first = tx != ty && type_is_subtype(ty, tx) && ty->rdivmod;
    if (sub_first) {
        Value r = ty->rdivmod(y, x);
        if (r != NOTIMPL) return r;
    }
    if (tx->divmod) {
        Value r = tx->divmod(x, y);
        if (r != NOTIMPL) return r;
    }
    if (!sub_first && tx != ty && ty->rdivmod) {
        Value r = ty->rdivmod(y, x);
        if (r != NOTIMPL) return r;
    }
    return rt_raise(&exc_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    tx->name, ty->name);
}

static Value b_pow(Value *a, int n, Value kw) {
    static const char *const names[] = {"base", "exp", "mod"};
    Value out[3] = {NIL, NIL, NIL};
    if (n > 3) return rt_raise(&exc_TypeError, "pow() takes at most 3 arguments (%d given)", n);
    if (!arg_kw("pow", a, n, kw, names, out, 3)) return NIL;
    for (int i = 0; i < n; i++) out[i] = a[i];
    if (!out[0]) return rt_raise(&exc_TypeError, "pow() missing required argument 'base' (pos 1)");
    if (!out[1]) return rt_raise(&exc_TypeError, "pow() missing required argument 'exp' (pos 2)");
    if (!out[2] || out[2] == NONE) return rt_binop(BINOP_POW, out[0], out[1], false);
    Type *t = TYPE(out[0]);
    if (t->pow) {
        Value r = t->pow(out[0], out[1], out[2]);
        if (r != NOTIMPL) return r;
    }
    return rt_raise(&exc_TypeError,
                    "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", t->name,
                    type_name(out[1]), type_name(out[2]));
}

static Value b_hash(Value *a, int n, Value kw) {
    if (!arg_nokw("hash", kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "hash() takes exactly one argument (%d given)", n);
    intptr_t h = rt_hash(a[0]);
    if (h == -1 && rt_exc_occurred()) return NIL;
    return int_from_i64(h);
}

static Value b_id(Value *a, int n, Value kw) {
    if (!arg_nokw("id", kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "id() takes exactly one argument (%d given)", n);
    return int_from_u64((uint64_t)a[0]);
}

static Value b_ord(Value *a, int n, Value kw) {
    if (!arg_nokw("ord", kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "ord() takes exactly one argument (%d given)", n);
    Value v = a[0];
    if (str_check(v)) {
        size_t cp = AS_STR(v)->cplen;
        if (cp != 1)
            return rt_raise(&exc_TypeError, "ord() expected a character, but string of length %zu found", cp);
        const char *p = str_cstr(v);
        return MK_SMALL(str_next_cp(&p));
    }
    const char *d;
    size_t len;
    if (bytes_buffer(v, &d, &len)) {
        if (len != 1)
            return rt_raise(&exc_TypeError, "ord() expected a character, but string of length %zu found", len);
        return MK_SMALL((unsigned char)d[0]);
    }
    return rt_raise(&exc_TypeError, "ord() expected string of length 1, but %s found", type_name(v));
}

static Value b_chr(Value *a, int n, Value kw) {
    if (!arg_nokw("chr", kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "chr() takes exactly one argument (%d given)", n);
    if (float_check(a[0]))
        return rt_raise(&exc_TypeError, "'float' object cannot be interpreted as an integer");
    intptr_t i;
    if (!rt_index(a[0], &i)) {
        if (rt_exc_matches(&exc_OverflowError)) {
            rt_exc_clear();
            return rt_raise(&exc_OverflowError, "Python int too large to convert to C int");
        }
        return NIL;
    }
    if (i < 0 || i > 0x10FFFF) return rt_raise(&exc_ValueError, "chr() arg not in range(0x110000)");
    return str_from_codepoint((uint32_t)i);
}

static Value base_conv(Value *a, int n, Value kw, const char *name, int base) {
    if (!arg_nokw(name, kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "%s() takes exactly one argument (%d given)", name, n);
    Value v = a[0];
    if (!int_check(v)) {
        Value m = rt_lookup_special(v, NM(__index__));
        if (!m) {
            if (rt_exc_occurred()) return NIL;
            return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                            type_name(v));
        }
        v = rt_call0(m);
        if (!v) return NIL;
    }
    return int_to_base_str(v, base, true);
}
static Value b_hex(Value *a, int n, Value kw) { return base_conv(a, n, kw, "hex", 16); }
static Value b_oct(Value *a, int n, Value kw) { return base_conv(a, n, kw, "oct", 8); }
static Value b_bin(Value *a, int n, Value kw) { return base_conv(a, n, kw, "bin", 2); }

static Value b_format(Value *a, int n, Value kw) {
    if (!arg_nokw("format", kw) || !arg_count("format", n, 1, 2)) return NIL;
    Value spec = n > 1 ? a[1] : str_from_cstr("");
    if (!str_check(spec))
        return rt_raise(&exc_TypeError, "format() argument 2 must be str, not %s", type_name(spec));
    return rt_format(a[0], spec);
}

/* ---- iteration ---------------------------------------------------------------- */

static Value b_iter(Value *a, int n, Value kw) {
    if (!arg_nokw("iter", kw) || !arg_count("iter", n, 1, 2)) return NIL;
    if (n == 1) return rt_iter(a[0]);
    if (!rt_callable(a[0])) return rt_raise(&exc_TypeError, "iter(v, w): v must be callable");
    return callable_iter_new(a[0], a[1]);
}

static Value b_next(Value *a, int n, Value kw) {
    if (!arg_nokw("next", kw) || !arg_count("next", n, 1, 2)) return NIL;
    Type *t = TYPE(a[0]);
    if (!t->next) return rt_raise(&exc_TypeError, "'%s' object is not an iterator", t->name);
    Value r = t->next(a[0]);
    if (r) return r;
    if (rt_exc_occurred()) {
        if (n > 1 && rt_exc_matches(&exc_StopIteration)) {
            rt_exc_clear();
            return a[1];
        }
        return NIL;
    }
    if (n > 1) return a[1];
    return rt_raise_args(&exc_StopIteration, rt_empty_tuple);
}

static Value b_aiter(Value *a, int n, Value kw) {
    if (!arg_nokw("aiter", kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "aiter() takes exactly one argument (%d given)", n);
    Type *t = TYPE(a[0]);
    if (!t->aiter) return rt_raise(&exc_TypeError, "'%s' object is not an async iterable", t->name);
    Value it = t->aiter(a[0]);
    if (!it) return NIL;
    if (!TYPE(it)->anext)
        return rt_raise(&exc_TypeError, "aiter() returned not an async iterator of type '%s'",
                        type_name(it));
    return it;
}

/* anext(it, default): an awaitable that turns StopAsyncIteration into default. */
typedef struct ANextObj { Obj ob; Value awaitable; Value iter; Value dflt; } ANextObj;
static Type type_anext_awaitable;

static Value anext_getiter(ANextObj *o) {
    if (o->iter) return o->iter;
    Value aw = o->awaitable;
    Type *t = TYPE(aw);
    if (t == &type_coroutine) {
        o->iter = aw;
        return aw;
    }
    if (!t->await)
        return rt_raise(&exc_TypeError, "'%s' object can't be awaited", t->name);
    Value it = t->await(aw);
    if (!it) return NIL;
    o->iter = it;
    return it;
}

static Value anext_fix(ANextObj *o, Value r) {
    if (r) return r;
    if (!rt_exc_occurred() || rt_exc_matches(&exc_StopAsyncIteration)) {
        rt_exc_clear();
        return rt_raise_args(&exc_StopIteration, tuple_pack(1, o->dflt));
    }
    return NIL;
}

static Value anext_send_to(ANextObj *o, Value v) {
    Value it = anext_getiter(o);
    if (!it) return NIL;
    if (v == NONE && TYPE(it)->next && TYPE(it) != &type_coroutine) return TYPE(it)->next(it);
    return rt_call_method(it, NM(send), &v, 1, NIL);
}

static Value an_next(Value self) {
    ANextObj *o = (ANextObj *)self;
    return anext_fix(o, anext_send_to(o, NONE));
}

static Value an_await(Value self) { return self; }

static Value an_send(Value *a, int n, Value kw) {
    if (!arg_count("send", n - 1, 1, 1)) return NIL;
    ANextObj *o = (ANextObj *)a[0];
    return anext_fix(o, anext_send_to(o, a[1]));
}

static Value an_throw(Value *a, int n, Value kw) {
    ANextObj *o = (ANextObj *)a[0];
    Value it = anext_getiter(o);
    if (!it) return NIL;
    return anext_fix(o, rt_call_method(it, NM(throw), a + 1, n - 1, NIL));
}

static Value an_close(Value *a, int n, Value kw) {
    ANextObj *o = (ANextObj *)a[0];
    Value it = anext_getiter(o);
    if (!it) return NIL;
    Value m = rt_getattr_opt(it, NM(close));
    if (!m) {
        rt_exc_clear();
        return NONE;
    }
    return rt_call0(m);
}

static const MethodDef anext_methods[] = {
    {"send", an_send, METH_DEFAULT, NULL},
    {"throw", an_throw, METH_DEFAULT, NULL},
    {"close", an_close, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_anext_awaitable = {
    .ob = {&type_type}, .name = "anext_awaitable", .base = &type_object,
    .size = sizeof(ANextObj), .methods = anext_methods,
    .await = an_await, .iter = an_await, .next = an_next,
};

static Value b_anext(Value *a, int n, Value kw) {
    if (!arg_nokw("anext", kw) || !arg_count("anext", n, 1, 2)) return NIL;
    Type *t = TYPE(a[0]);
    if (!t->anext) return rt_raise(&exc_TypeError, "'%s' object is not an async iterator", t->name);
    Value aw = t->anext(a[0]);
    if (!aw) return NIL;
    if (n == 1) return aw;
    ANextObj *o = gc_obj(sizeof(ANextObj), &type_anext_awaitable);
    o->awaitable = aw;
    o->iter = NIL;
    o->dflt = a[1];
    return OBJ_VAL(o);
}

/* ---- types and attributes --------------------------------------------------------- */

static Value b_isinstance(Value *a, int n, Value kw) {
    if (!arg_nokw("isinstance", kw)) return NIL;
    if (n != 2) return rt_raise(&exc_TypeError, "isinstance expected 2 arguments, got %d", n);
    int r = rt_isinstance(a[0], a[1]);
    return r < 0 ? NIL : BOOL(r);
}

static Value b_issubclass(Value *a, int n, Value kw) {
    if (!arg_nokw("issubclass", kw)) return NIL;
    if (n != 2) return rt_raise(&exc_TypeError, "issubclass expected 2 arguments, got %d", n);
    int r = rt_issubclass(a[0], a[1]);
    return r < 0 ? NIL : BOOL(r);
}

static Value b_callable(Value *a, int n, Value kw) {
    if (!arg_nokw("callable", kw)) return NIL;
    if (n != 1) return rt_raise(&exc_TypeError, "callable() takes exactly one argument (%d given)", n);
    return BOOL(rt_callable(a[0]));
}

static bool attr_name(Value v) {
    if (str_check(v)) return true;
    rt_raise(&exc_TypeError, "attribute name must be string, not '%s'", type_name(v));
    return false;
}

static Value b_getattr(Value *a, int n, Value kw) {
    if (!arg_nokw("getattr", kw)) return NIL;
    if (n < 2 || n > 3) return rt_raise(&exc_TypeError, "getattr expected at least 2 arguments, got %d", n);
    if (!attr_name(a[1])) return NIL;
    Value name = str_intern_value(a[1]);
    if (n == 2) return rt_getattr(a[0], name);
    Value v = rt_getattr(a[0], name);
    if (v) return v;
    if (rt_exc_matches(&exc_AttributeError)) {
        rt_exc_clear();
        return a[2];
    }
    return NIL;
}

static Value b_setattr(Value *a, int n, Value kw) {
    if (!arg_nokw("setattr", kw)) return NIL;
    if (n != 3) return rt_raise(&exc_TypeError, "setattr expected 3 arguments, got %d", n);
    if (!attr_name(a[1])) return NIL;
    if (rt_setattr(a[0], str_intern_value(a[1]), a[2]) < 0) return NIL;
    return NONE;
}

static Value b_delattr(Value *a, int n, Value kw) {
    if (!arg_nokw("delattr", kw)) return NIL;
    if (n != 2) return rt_raise(&exc_TypeError, "delattr expected 2 arguments, got %d", n);
    if (!attr_name(a[1])) return NIL;
    if (rt_delattr(a[0], str_intern_value(a[1])) < 0) return NIL;
    return NONE;
}

static Value b_hasattr(Value *a, int n, Value kw) {
    if (!arg_nokw("hasattr", kw)) return NIL;
    if (n != 2) return rt_raise(&exc_TypeError, "hasattr expected 2 arguments, got %d", n);
    if (!attr_name(a[1])) return NIL;
    Value v = rt_getattr(a[0], str_intern_value(a[1]));
    if (v) return TRUE_V;
    if (rt_exc_matches(&exc_AttributeError)) {
        rt_exc_clear();
        return FALSE_V;
    }
    return NIL;
}

/* locals() of a frame: its locals dict, or a snapshot of its fast locals. */
static Value frame_locals(Frame *f) {
    if (!f) return dict_new();
    if (f->locals) return f->locals;
    Value d = dict_new();
    CodeObj *co = f->code;
    for (int i = 0; i < co->nlocalsplus; i++) {
        Value v = f->localsplus[i];
        if (!v) continue;
        uint8_t kind = co->localspluskinds ? co->localspluskinds[i] : LK_LOCAL;
        if ((kind & (LK_CELL | LK_FREE)) && !IS_SMALL(v) && TYPE(v) == &type_cell) {
            v = ((CellObj *)v)->ref;
            if (!v) continue;
        }
        if (dict_set(d, TUPLE_ITEMS(co->localsplusnames)[i], v) < 0) return NIL;
    }
    return d;
}

static Value b_globals(Value *a, int n, Value kw) {
    if (!arg_count("globals", n, 0, 0)) return NIL;
    Frame *f = cur_frame();
    return f ? f->globals : module_dict(TH()->interp->main_module);
}

static Value b_locals(Value *a, int n, Value kw) {
    if (!arg_count("locals", n, 0, 0)) return NIL;
    return frame_locals(cur_frame());
}

static Value b_vars(Value *a, int n, Value kw) {
    if (!arg_nokw("vars", kw) || !arg_count("vars", n, 0, 1)) return NIL;
    if (n == 0) return frame_locals(cur_frame());
    Value d = rt_getattr(a[0], NM(__dict__));
    if (!d && rt_exc_matches(&exc_AttributeError)) {
        rt_exc_clear();
        return rt_raise(&exc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return d;
}

Value builtins_dir(Value obj) {
    Value m = rt_lookup_special(obj, NM(__dir__));
    if (!m) {
        if (rt_exc_occurred()) return NIL;
        return rt_raise(&exc_TypeError, "object does not provide __dir__");
    }
    Value r = rt_call0(m);
    if (!r) return NIL;
    Value l = rt_list_from_iter(r);
    if (!l || !list_sort(l, NIL, false)) return NIL;
    return l;
}

static Value b_dir(Value *a, int n, Value kw) {
    if (!arg_nokw("dir", kw) || !arg_count("dir", n, 0, 1)) return NIL;
    if (n == 1) return builtins_dir(a[0]);
    Value d = frame_locals(cur_frame());
    if (!d) return NIL;
    Value l = rt_list_from_iter(d);
    if (!l || !list_sort(l, NIL, false)) return NIL;
    return l;
}

/* ---- exec / eval / compile ------------------------------------------------------------ */

static Value source_text(Value src, const char *fname, const char **text, size_t *len) {
    if (str_check(src)) {
        *text = str_cstr(src);
        *len = str_len(src);
    } else if (bytes_buffer(src, text, len)) {
        char *copy = GC_MALLOC_ATOMIC(*len + 1);
        memcpy(copy, *text, *len);
        copy[*len] = 0;
        *text = copy;
    } else {
        return rt_raise(&exc_TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    if (strlen(*text) != *len) return rt_raise(&exc_SyntaxError, "source code string cannot contain null bytes");
    return TRUE_V;
}

static Value run_code(const char *fname, Value *a, int n, Value kw, int mode) {
    static const char *const names[] = {"source", "globals", "locals"};
    Value out[3] = {NIL, NIL, NIL};
    if (n > 3) return rt_raise(&exc_TypeError, "%s expected at most 3 arguments, got %d", fname, n);
    if (!arg_kw(fname, a, n, kw, names, out, 3)) return NIL;
    for (int i = 0; i < n; i++) out[i] = a[i];
    if (!out[0]) return rt_raise(&exc_TypeError, "%s expected at least 1 argument, got 0", fname);
    Value g = out[1] && out[1] != NONE ? out[1] : NIL;
    Value l = out[2] && out[2] != NONE ? out[2] : NIL;
    if (g && !dict_check(g))
        return rt_raise(&exc_TypeError, mode == PARSE_EVAL ? "globals must be a dict"
                                                           : "exec() globals must be a dict, not %s",
                        type_name(g));
    if (l && !rt_lookup_special(l, NM(__getitem__))) {
        rt_exc_clear();
        return rt_raise(&exc_TypeError, "locals must be a mapping");
    }
    if (!g) {
        Frame *f = cur_frame();
        if (f) {
            g = f->globals;
            if (!l) l = frame_locals(f);
        } else {
            g = module_dict(TH()->interp->main_module);
        }
    }
    if (!l) l = g;
    if (!dict_get_str(g, NM(__builtins__))) dict_set_str(g, NM(__builtins__), TH()->interp->builtins);
    CodeObj *code;
    if (TYPE(out[0]) == &type_code) {
        code = (CodeObj *)out[0];
    } else {
        const char *text;
        size_t len;
        if (!source_text(out[0], fname, &text, &len)) return NIL;
        if (mode == PARSE_EVAL) {
            while (*text == ' ' || *text == '\t') text++, len--;
        }
        code = compile_source(text, len, str_from_cstr("<string>"), mode, NULL);
        if (!code) return NIL;
    }
    Value r = vm_exec(code, g, l);
    if (!r) return NIL;
    return mode == PARSE_EVAL ? r : NONE;
}

static Value b_exec(Value *a, int n, Value kw) { return run_code("exec", a, n, kw, PARSE_FILE); }
static Value b_eval(Value *a, int n, Value kw) { return run_code("eval", a, n, kw, PARSE_EVAL); }

static Value b_compile(Value *a, int n, Value kw) {
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize"};
    Value out[6] = {NIL, NIL, NIL, NIL, NIL, NIL};
    if (n > 6) return rt_raise(&exc_TypeError, "compile() takes at most 6 arguments (%d given)", n);
    if (!arg_kw("compile", a, n, kw, names, out, 6)) return NIL;
    for (int i = 0; i < n; i++) out[i] = a[i];
    if (!out[0]) return rt_raise(&exc_TypeError, "compile() missing required argument 'source' (pos 1)");
    if (!out[1]) return rt_raise(&exc_TypeError, "compile() missing required argument 'filename' (pos 2)");
    if (!out[2]) return rt_raise(&exc_TypeError, "compile() missing required argument 'mode' (pos 3)");
    if (!str_check(out[2]))
        return rt_raise(&exc_TypeError, "compile() argument 'mode' must be str, not %s", type_name(out[2]));
    const char *m = str_cstr(out[2]);
    int mode = strcmp(m, "exec") == 0 ? PARSE_FILE : strcmp(m, "eval") == 0 ? PARSE_EVAL
             : strcmp(m, "single") == 0 ? PARSE_SINGLE : -1;
    if (mode < 0) return rt_raise(&exc_ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    if (TYPE(out[0]) == &type_code) return out[0];
    Value fn = out[1];
    if (!str_check(fn)) {
        const char *d;
        size_t l;
        if (!bytes_buffer(fn, &d, &l))
            return rt_raise(&exc_TypeError, "expected str, bytes or os.PathLike object, not %s", type_name(fn));
        fn = str_new(d, l);
    }
    const char *text;
    size_t len;
    if (!source_text(out[0], "compile", &text, &len)) return NIL;
    CodeObj *code = compile_source(text, len, fn, mode, NULL);
    return code ? OBJ_VAL(code) : NIL;
}

/* ---- classes and imports ----------------------------------------------------------------- */

static Value b_build_class(Value *a, int n, Value kw) {
    if (n < 2) return rt_raise(&exc_TypeError, "__build_class__: not enough arguments");
    Value func = a[0], name = a[1];
    if (TYPE(func) != &type_function)
        return rt_raise(&exc_TypeError, "__build_class__: func must be a function");
    if (!str_check(name)) return rt_raise(&exc_TypeError, "__build_class__: name is not a string");
    Value orig_bases = tuple_from_array(a + 2, (size_t)(n - 2));
    /* PEP 560: non-type bases may substitute themselves via __mro_entries__. */
    Value bases = orig_bases;
    bool changed = false;
    Value nb = list_new(0);
    for (int i = 2; i < n; i++) {
        if (!IS_TYPE(a[i])) {
            Value me = rt_getattr_opt(a[i], NM(__mro_entries__));
            if (me) {
                Value r = rt_call1(me, orig_bases);
                if (!r) return NIL;
                if (!tuple_check(r)) return rt_raise(&exc_TypeError, "__mro_entries__ must return a tuple");
                for (size_t k = 0; k < TUPLE_LEN(r); k++) list_append(nb, TUPLE_ITEMS(r)[k]);
                changed = true;
                continue;
            }
            if (rt_exc_occurred()) return NIL;
        }
        list_append(nb, a[i]);
    }
    if (changed) bases = list_as_tuple(nb);
    /* keywords: metaclass=..., the rest go to the metaclass */
    Value meta = NIL;
    int k = nkw(kw);
    Value kwvals[64], kwn[64];
    int nk = 0;
    for (int i = 0; i < k && nk < 64; i++) {
        Value kname = TUPLE_ITEMS(kw)[i];
        if (strcmp(str_cstr(kname), "metaclass") == 0) {
            meta = a[n + i];
        } else {
            kwn[nk] = kname;
            kwvals[nk++] = a[n + i];
        }
    }
    bool is_class = false;
    if (!meta) {
        meta = TUPLE_LEN(bases) ? OBJ_VAL(TYPE(TUPLE_ITEMS(bases)[0])) : OBJ_VAL(&type_type);
        is_class = true;
    } else {
        is_class = IS_TYPE(meta);
    }
    if (is_class) {
        Type *w = type_calc_meta((Type *)meta, bases);
        if (!w) return NIL;
        meta = OBJ_VAL(w);
    }
    Value kwnames = nk ? tuple_from_array(kwn, (size_t)nk) : NIL;
    Value ns;
    Value prep = rt_getattr_opt(meta, NM(__prepare__));
    if (prep) {
        Value pargs[66];
        pargs[0] = name;
        pargs[1] = bases;
        for (int i = 0; i < nk; i++) pargs[2 + i] = kwvals[i];
        ns = rt_call(prep, pargs, 2, kwnames);
        if (!ns) return NIL;
        if (!rt_lookup_special(ns, NM(__getitem__))) {
            rt_exc_clear();
            return rt_raise(&exc_TypeError, "%s.__prepare__() must return a mapping, not %s",
                            IS_TYPE(meta) ? ((Type *)meta)->name : "<metaclass>", type_name(ns));
        }
    } else {
        if (rt_exc_occurred()) return NIL;
        ns = dict_new();
    }
    if (changed && dict_check(ns)) dict_set_str(ns, str_intern("__orig_bases__"), orig_bases);
    Value cell = vm_exec_function_body(func, ns);
    if (!cell) return NIL;
    Value cargs[67];
    cargs[0] = name;
    cargs[1] = bases;
    cargs[2] = ns;
    for (int i = 0; i < nk; i++) cargs[3 + i] = kwvals[i];
    Value cls = rt_call(meta, cargs, 3, kwnames);
    if (!cls) return NIL;
    if (!IS_SMALL(cell) && TYPE(cell) == &type_cell && !((CellObj *)cell)->ref)
        ((CellObj *)cell)->ref = cls;
    return cls;
}

static Value b_import(Value *a, int n, Value kw) {
    static const char *const names[] = {"name", "globals", "locals", "fromlist", "level"};
    Value out[5] = {NIL, NIL, NIL, NIL, NIL};
    if (n > 5) return rt_raise(&exc_TypeError, "__import__() takes at most 5 arguments (%d given)", n);
    if (!arg_kw("__import__", a, n, kw, names, out, 5)) return NIL;
    for (int i = 0; i < n; i++) out[i] = a[i];
    if (!out[0]) return rt_raise(&exc_TypeError, "__import__() missing required argument 'name' (pos 1)");
    intptr_t level = 0;
    if (out[4] && !rt_index(out[4], &level)) return NIL;
    return import_module(out[0], out[1] && out[1] != NONE ? out[1] : NIL,
                         out[3] ? out[3] : NIL, (int)level);
}

static Value b_open(Value *a, int n, Value kw) {
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener"};
    Value out[8] = {NIL, NIL, NIL, NIL, NIL, NIL, NIL, NIL};
    if (n > 8) return rt_raise(&exc_TypeError, "open() takes at most 8 arguments (%d given)", n);
    if (!arg_kw("open", a, n, kw, names, out, 8)) return NIL;
    for (int i = 0; i < n; i++) out[i] = a[i];
    if (!out[0]) return rt_raise(&exc_TypeError, "open() missing required argument 'file' (pos 1)");
    const char *mode = "r";
    if (out[1]) {
        if (!str_check(out[1]))
            return rt_raise(&exc_TypeError, "open() argument 'mode' must be str, not %s", type_name(out[1]));
        mode = str_cstr(out[1]);
    }
    if (out[3] && out[3] != NONE) {
        if (!str_check(out[3]))
            return rt_raise(&exc_TypeError, "open() argument 'encoding' must be str or None, not %s",
                            type_name(out[3]));
        if (strchr(mode, 'b')) return rt_raise(&exc_ValueError, "binary mode doesn't take an encoding argument");
    }
    Value f = file_open(out[0], mode);
    if (!f) return NIL;
    if (out[3] && out[3] != NONE) ((FileObj *)f)->encoding = out[3];
    return f;
}

/* ---- exit / quit / help / copyright --------------------------------------------------------- */

typedef struct PrinterObj { Obj ob; Value name; Value text; } PrinterObj;

static Value quitter_repr(Value self) {
    return str_printf("Use %s() or Ctrl-D (i.e. EOF) to exit", str_cstr(((PrinterObj *)self)->name));
}

static Value quitter_call(Value self, Value *a, int n, Value kw) {
    if (n > 1) return rt_raise(&exc_TypeError, "__call__() takes from 1 to 2 positional arguments but %d were given", n + 1);
    return rt_raise_args(&exc_SystemExit, n ? tuple_pack(1, a[0]) : rt_empty_tuple);
}

static Type type_quitter = {
    .ob = {&type_type}, .name = "Quitter", .base = &type_object, .size = sizeof(PrinterObj),
    .repr = quitter_repr, .call = quitter_call,
};

static Value printer_repr(Value self) { return ((PrinterObj *)self)->text; }

static Value printer_call(Value self, Value *a, int n, Value kw) {
    Value out = sys_attr("stdout");
    Value t = str_concat(((PrinterObj *)self)->text, str_from_cstr("\n"));
    if (out && out != NONE && !write_piece(out, t)) return NIL;
    return NONE;
}

static Type type_printer = {
    .ob = {&type_type}, .name = "_Printer", .base = &type_object, .size = sizeof(PrinterObj),
    .repr = printer_repr, .call = printer_call,
};

static Value make_printer(Type *t, const char *name, const char *text) {
    PrinterObj *p = gc_obj(sizeof(PrinterObj), t);
    p->name = str_from_cstr(name);
    p->text = text ? str_from_cstr(text) : NIL;
    return OBJ_VAL(p);
}

/* ---- the module ------------------------------------------------------------------------------ */

static const struct { const char *name; NativeFn fn; } builtin_funcs[] = {
    {"print", b_print}, {"input", b_input}, {"len", b_len}, {"repr", b_repr},
    {"ascii", b_ascii}, {"abs", b_abs}, {"min", b_min}, {"max", b_max}, {"sum", b_sum},
    {"sorted", b_sorted}, {"any", b_any}, {"all", b_all}, {"round", b_round},
    {"divmod", b_divmod}, {"pow", b_pow}, {"hash", b_hash}, {"id", b_id}, {"ord", b_ord},
    {"chr", b_chr}, {"hex", b_hex}, {"oct", b_oct}, {"bin", b_bin}, {"format", b_format},
    {"iter", b_iter}, {"next", b_next}, {"aiter", b_aiter}, {"anext", b_anext},
    {"isinstance", b_isinstance}, {"issubclass", b_issubclass}, {"callable", b_callable},
    {"getattr", b_getattr}, {"setattr", b_setattr}, {"delattr", b_delattr},
    {"hasattr", b_hasattr}, {"globals", b_globals}, {"locals", b_locals}, {"vars", b_vars},
    {"dir", b_dir}, {"exec", b_exec}, {"eval", b_eval}, {"compile", b_compile},
    {"__build_class__", b_build_class}, {"__import__", b_import}, {"open", b_open},
    {NULL, NULL},
};

void builtins_init(void) {
    Interp *in = TH()->interp;
    type_ready(&type_module);
    type_ready(&type_anext_awaitable);
    type_ready(&type_quitter);
    type_ready(&type_printer);
    Value m = module_new(str_intern("builtins"));
    in->builtins = module_dict(m);
    dict_set_cstr(in->modules, "builtins", m);
    dict_set_cstr(module_dict(m), "__loader__", str_from_cstr("built-in"));
    dict_set_cstr(module_dict(m), "__package__", str_from_cstr(""));
    dict_set_cstr(module_dict(m), "__doc__",
                  str_from_cstr("Built-in functions, exceptions, and other objects."));

    static const struct { const char *name; Type *t; } types[] = {
        {"object", &type_object}, {"type", &type_type}, {"int", &type_int}, {"bool", &type_bool},
        {"float", &type_float}, {"str", &type_str}, {"bytes", &type_bytes},
        {"bytearray", &type_bytearray}, {"list", &type_list}, {"tuple", &type_tuple},
        {"dict", &type_dict}, {"set", &type_set}, {"frozenset", &type_frozenset},
        {"range", &type_range}, {"slice", &type_slice}, {"enumerate", &type_enumerate},
        {"zip", &type_zip}, {"map", &type_map}, {"filter", &type_filter},
        {"reversed", &type_reversed}, {"super", &type_super}, {"property", &type_property},
        {"staticmethod", &type_staticmethod}, {"classmethod", &type_classmethod},
        {"memoryview", &type_memoryview},
        {NULL, NULL},
    };
    for (int i = 0; types[i].name; i++) module_add(m, types[i].name, OBJ_VAL(types[i].t));
#define EXC(N, B) module_add(m, #N, OBJ_VAL(&exc_##N));
#include "exceptions.def"
#undef EXC
    module_add(m, "EnvironmentError", OBJ_VAL(&exc_OSError));
    module_add(m, "IOError", OBJ_VAL(&exc_OSError));
    module_add(m, "None", NONE);
    module_add(m, "True", TRUE_V);
    module_add(m, "False", FALSE_V);
    module_add(m, "Ellipsis", ELLIPSIS);
    module_add(m, "NotImplemented", NOTIMPL);
    module_add(m, "__debug__", TRUE_V);
    for (int i = 0; builtin_funcs[i].name; i++)
        module_add_func(m, builtin_funcs[i].name, builtin_funcs[i].fn);
    module_add(m, "exit", make_printer(&type_quitter, "exit", NULL));
    module_add(m, "quit", make_printer(&type_quitter, "quit", NULL));
    module_add(m, "help", make_printer(&type_printer, "help",
               "Type help() for interactive help, or help(object) for help about object.\n"
               "(asp has no interactive help: see https://docs.python.org/3.11/)"));
    module_add(m, "copyright", make_printer(&type_printer, "copyright",
               "Copyright (c) asp authors.\nPython is Copyright (c) 2001-2023 Python Software Foundation."));
    module_add(m, "credits", make_printer(&type_printer, "credits",
               "    Thanks to the CPython developers; asp follows CPython 3.11's behaviour."));
    module_add(m, "license", make_printer(&type_printer, "license",
               "asp is free software; see https://docs.python.org/3/license.html for Python's license."));
}
