/* mod_sys.c — the sys module, and struct sequences (named tuples built in C)
 * used by sys and time.
 *
 * Invariant: sys.modules, sys.path, sys.argv and sys.stdout/stderr/stdin are
 * the very objects the Interp holds, so C and Python see the same state.
 */
#include <float.h>
#include <limits.h>
#include <string.h>
#include <unistd.h>
#include "module.h"
#include "abstract.h"
#include "containers.h"
#include "errors.h"
#include "file.h"
#include "func.h"
#include "interp.h"
#include "names.h"
#include "num.h"
#include "str.h"
#include "../src/vm.h"

/* ---- struct sequences ------------------------------------------------------ */

/* A hidden field lives past the tuple's visible length (structseq_new
 * allocates every field); NIL there would mean it was never set. */
#define SQ_GET(i) \
    static Value sq_get##i(Value *a, int n, Value k) { \
        Value v = TUPLE_ITEMS(a[0])[i]; \
        return v ? v : NONE; \
    }
SQ_GET(0) SQ_GET(1) SQ_GET(2) SQ_GET(3) SQ_GET(4) SQ_GET(5) SQ_GET(6) SQ_GET(7)
SQ_GET(8) SQ_GET(9) SQ_GET(10) SQ_GET(11) SQ_GET(12) SQ_GET(13) SQ_GET(14) SQ_GET(15)
SQ_GET(16) SQ_GET(17)
#undef SQ_GET
static const NativeFn sq_getters[] = {
    sq_get0, sq_get1, sq_get2, sq_get3, sq_get4, sq_get5, sq_get6, sq_get7, sq_get8,
    sq_get9, sq_get10, sq_get11, sq_get12, sq_get13, sq_get14, sq_get15, sq_get16, sq_get17,
};
#define SQ_MAX ((int)(sizeof sq_getters / sizeof sq_getters[0]))

static Value structseq_repr(Value self) {
    StructSeqType *st = (StructSeqType *)TYPE(self);
    StrBuf b;
    sb_init(&b);
    Value qn = st->type.module && str_check(st->type.module) &&
                       strcmp(str_cstr(st->type.module), "builtins") != 0
                   ? st->type.module : NIL;
    if (qn) {
        sb_adds(&b, str_cstr(qn));
        sb_addc(&b, '.');
    }
    sb_adds(&b, st->type.name);
    sb_addc(&b, '(');
    size_t n = TUPLE_LEN(self);
    for (size_t i = 0; i < n && (int)i < st->nfields; i++) {
        if (i) sb_adds(&b, ", ");
        sb_adds(&b, st->fields[i]);
        sb_addc(&b, '=');
        if (!sb_addv_repr(&b, TUPLE_ITEMS(self)[i])) return NIL;
    }
    sb_addc(&b, ')');
    return sb_finish(&b);
}

/* struct_time(sequence, dict=None) for types with hidden fields. */
static Value structseq_new_slot(Value type, Value *args, int nargs, Value kw) {
    StructSeqType *st = (StructSeqType *)type;
    static const char *const names[] = {"sequence", "dict"};
    Value out[2] = {NIL, NIL};
    if (nargs > 2) return rt_raise(&exc_TypeError, "structseq() takes at most 2 arguments (%d given)", nargs);
    if (!arg_kw("structseq", args, nargs, kw, names, out, 2)) return NIL;
    for (int i = 0; i < nargs; i++) out[i] = args[i];
    if (!out[0]) return rt_raise(&exc_TypeError, "structseq() missing required argument 'sequence' (pos 1)");
    if (IS_SMALL(out[0]) || !TYPE(out[0])->getitem || !TYPE(out[0])->len)
        return rt_raise(&exc_TypeError, "constructor requires a sequence");
    Value seq = rt_tuple_from_iter(out[0]);
    if (!seq) return NIL;
    int len = (int)TUPLE_LEN(seq);
    const char *mod = st->type.module && str_check(st->type.module) ? str_cstr(st->type.module) : "";
    if (len < st->nvisible) {
        if (st->nvisible == st->nfields)
            return rt_raise(&exc_TypeError, "%s.%s() takes a %d-sequence (%d-sequence given)", mod,
                            st->type.name, st->nvisible, len);
        return rt_raise(&exc_TypeError, "%s.%s() takes an at least %d-sequence (%d-sequence given)", mod,
                        st->type.name, st->nvisible, len);
    }
    if (len > st->nfields)
        return rt_raise(&exc_TypeError, "%s.%s() takes an at most %d-sequence (%d-sequence given)", mod,
                        st->type.name, st->nfields, len);
    Value items[SQ_MAX];
    for (int i = 0; i < st->nfields; i++) items[i] = i < len ? TUPLE_ITEMS(seq)[i] : NONE;
    if (out[1] && out[1] != NONE && dict_check(out[1])) {
        for (int i = len; i < st->nfields; i++) {
            Value v = dict_get_cstr(out[1], st->fields[i]);
            if (v) items[i] = v;
        }
    }
    return structseq_new(st, items);
}

void structseq_init_type(StructSeqType *st, const char *name, const char *module,
                         const char *const *fields, int nfields) {
    structseq_init_type_hidden(st, name, module, fields, nfields, nfields);
}

void structseq_init_type_hidden(StructSeqType *st, const char *name, const char *module,
                                const char *const *fields, int nfields, int nvisible) {
    if (nfields > SQ_MAX) nfields = SQ_MAX;
    if (nvisible > nfields) nvisible = nfields;
    MethodDef *defs = GC_MALLOC_UNCOLLECTABLE(sizeof(MethodDef) * (size_t)(nfields + 1));
    for (int i = 0; i < nfields; i++) {
        defs[i].name = fields[i];
        defs[i].fn = sq_getters[i];
        defs[i].flags = METH_GETTER;
        defs[i].doc = NULL;
    }
    memset(&defs[nfields], 0, sizeof(MethodDef));
    Type *t = &st->type;
    t->ob.type = &type_type;
    t->name = name;
    t->base = &type_tuple;
    t->size = sizeof(TupleObj);
    t->flags = TF_TUPLE;
    t->methods = defs;
    t->repr = structseq_repr;
    if (nvisible < nfields) t->new_ = structseq_new_slot;
    st->fields = fields;
    st->nfields = nfields;
    st->nvisible = nvisible;
    type_ready(t);
    if (module) t->module = str_intern(module);
}

Value structseq_new(StructSeqType *st, const Value *items) {
    Value t = tuple_from_array(items, (size_t)st->nfields);
    if (!t) return NIL;
    ((Obj *)t)->type = &st->type;
    /* Hidden fields stay allocated after the visible items (as CPython's). */
    if (st->nvisible && st->nvisible < st->nfields) ((TupleObj *)t)->len = (size_t)st->nvisible;
    return t;
}

/* ---- sys functions ----------------------------------------------------------- */

static StructSeqType version_info_type, flags_type, float_info_type, hooks_type,
    impl_type, int_info_type;

static Value sys_dict(void) { return module_dict(TH()->interp->sys); }

static Value sys_exit(Value *a, int n, Value k) {
    if (!arg_nokw("exit", k) || !arg_count("exit", n, 0, 1)) return NIL;
    return rt_raise_args(&exc_SystemExit, n ? tuple_pack(1, a[0]) : rt_empty_tuple);
}

static Value sys_getrecursionlimit(Value *a, int n, Value k) {
    if (!arg_count("getrecursionlimit", n, 0, 0)) return NIL;
    return MK_SMALL(TH()->recursion_limit);
}

static Value sys_setrecursionlimit(Value *a, int n, Value k) {
    if (!arg_nokw("setrecursionlimit", k) || !arg_count("setrecursionlimit", n, 1, 1)) return NIL;
    if (!int_check(a[0]))
        return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer",
                        type_name(a[0]));
    int64_t v;
    if (!int_to_i64(a[0], &v) || v > INT_MAX)
        return rt_raise(&exc_OverflowError, "Python int too large to convert to C int");
    if (v < 1) return rt_raise(&exc_ValueError, "recursion limit must be greater or equal than 1");
    Thread *th = TH();
    if (v <= th->depth)
        return rt_raise(&exc_RecursionError,
                        "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                        (int)v, th->depth);
    th->recursion_limit = (int)v;
    return NONE;
}

static Value handled_exc(void) {
    Value h = TH()->handled;
    return h && h != NONE ? h : NIL;
}

static Value sys_exc_info(Value *a, int n, Value k) {
    Value e = handled_exc();
    if (!e) return tuple_pack(3, NONE, NONE, NONE);
    Value tb = ((ExcObj *)e)->traceback;
    return tuple_pack(3, OBJ_VAL(TYPE(e)), e, tb ? tb : NONE);
}

static Value sys_exception(Value *a, int n, Value k) {
    Value e = handled_exc();
    return e ? e : NONE;
}

static Value sys_getsizeof(Value *a, int n, Value k) {
    if (!arg_count("getsizeof", n, 1, 2)) return NIL;
    Value v = a[0];
    Value m = rt_lookup_special(v, NM(__sizeof__));
    if (m) {
        Value r = rt_call0(m);
        if (r) return r;
        rt_exc_clear();
    } else if (rt_exc_occurred()) {
        rt_exc_clear();
    }
    size_t sz = IS_SMALL(v) ? 28 : TYPE(v)->size + 16;
    if (str_check(v)) sz = 49 + str_len(v);
    else if (list_check(v)) sz = 56 + 8 * LIST_LEN(v);
    else if (tuple_check(v)) sz = 40 + 8 * TUPLE_LEN(v);
    else if (dict_check(v)) sz = 64 + 24 * dict_len(v);
    return MK_SMALL((intptr_t)sz);
}

static Value sys_intern(Value *a, int n, Value k) {
    if (!arg_count("intern", n, 1, 1)) return NIL;
    if (TYPE(a[0]) != &type_str)
        return rt_raise(&exc_TypeError, "intern() argument must be str, not %s", type_name(a[0]));
    return str_intern_value(a[0]);
}

static Value sys_get_int_max(Value *a, int n, Value k) {
    Value v = dict_get_cstr(sys_dict(), "_int_max_str_digits");
    return v ? v : MK_SMALL(4300);
}

static Value sys_set_int_max(Value *a, int n, Value k) {
    static const char *const names[] = {"maxdigits"};
    Value out[1] = {NIL};
    if (!arg_kw("set_int_max_str_digits", a, n, k, names, out, 1)) return NIL;
    Value v = n ? a[0] : out[0];
    if (!v) return rt_raise(&exc_TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    intptr_t d;
    if (!rt_index(v, &d)) return NIL;
    if (d != 0 && d < 640)
        return rt_raise(&exc_ValueError, "maxdigits must be 0 or larger than 640");
    dict_set_cstr(sys_dict(), "_int_max_str_digits", MK_SMALL(d));
    return NONE;
}

static Value sys_get_asyncgen_hooks(Value *a, int n, Value k) {
    Thread *th = TH();
    Value items[2] = {th->asyncgen_firstiter ? th->asyncgen_firstiter : NONE,
                      th->asyncgen_finalizer ? th->asyncgen_finalizer : NONE};
    return structseq_new(&hooks_type, items);
}

static Value sys_set_asyncgen_hooks(Value *a, int n, Value k) {
    static const char *const names[] = {"firstiter", "finalizer"};
    Value out[2] = {NIL, NIL};
    if (!arg_kw("set_asyncgen_hooks", a, n, k, names, out, 2)) return NIL;
    for (int i = 0; i < n && i < 2; i++) out[i] = a[i];
    if (out[1] && out[1] != NONE && !rt_callable(out[1]))
        return rt_raise(&exc_TypeError, "callable finalizer expected, got %s", type_name(out[1]));
    if (out[0] && out[0] != NONE && !rt_callable(out[0]))
        return rt_raise(&exc_TypeError, "callable firstiter expected, got %s", type_name(out[0]));
    if (out[1]) TH()->asyncgen_finalizer = out[1];
    if (out[0]) TH()->asyncgen_firstiter = out[0];
    return NONE;
}

static Value sys_displayhook(Value *a, int n, Value k) {
    if (!arg_count("displayhook", n, 1, 1)) return NIL;
    if (a[0] == NONE) return NONE;
    Value b = TH()->interp->builtins;
    dict_set_cstr(b, "_", NONE);
    Value r = rt_repr(a[0]);
    if (!r) return NIL;
    Value out = dict_get_cstr(sys_dict(), "stdout");
    if (out && file_check(out)) {
        if (!file_write_raw(out, str_cstr(r), str_len(r)) || !file_write_raw(out, "\n", 1)) return NIL;
    } else if (out) {
        Value s = str_concat(r, str_from_cstr("\n"));
        if (!rt_call_method(out, NM(write), &s, 1, NIL)) return NIL;
    }
    dict_set_cstr(b, "_", a[0]);
    return NONE;
}

static Value sys_excepthook(Value *a, int n, Value k) {
    if (!arg_count("excepthook", n, 3, 3)) return NIL;
    if (a[1] != NONE && HAS_FLAG(a[1], TF_EXC)) {
        if (a[2] != NONE && ((ExcObj *)a[1])->traceback != a[2]) ((ExcObj *)a[1])->traceback = a[2];
        exc_print(a[1]);
    }
    return NONE;
}

static Value sys_getframe(Value *a, int n, Value k);

/* In excprint.c: the uncaught-exception text as a list of pieces. */
Value exc_format_lines(Value obj, bool has_limit, long limit, bool chain, bool only);

/* _asp_format_exception(exc_or_tb, limit=None, chain=True, only=False): the
 * traceback module's formatter, shared with the printer of uncaught exceptions
 * so both agree to the character. */
static Value sys_asp_format_exception(Value *a, int n, Value k) {
    static const char *const names[] = {"obj", "limit", "chain", "only"};
    Value out[4] = {NIL, NIL, NIL, NIL};
    if (!arg_kw("_asp_format_exception", a, n, k, names, out, 4)) return NIL;
    if (!arg_count("_asp_format_exception", n, 1, 4)) return NIL;
    for (int i = 0; i < n; i++) out[i] = a[i];
    bool has_limit = out[1] && out[1] != NONE;
    intptr_t limit = 0;
    if (has_limit && !rt_index(out[1], &limit)) return NIL;
    int chain = out[2] ? rt_truthy(out[2]) : 1;
    int only = out[3] ? rt_truthy(out[3]) : 0;
    if (chain < 0 || only < 0) return NIL;
    return exc_format_lines(out[0], has_limit, (long)limit, chain, only);
}

static Value sys_getdefaultencoding(Value *a, int n, Value k) { return str_from_cstr("utf-8"); }

/* Weak: the frame object belongs to src/frame.c. */
Value frame_object(Frame *f) __attribute__((weak));

static Value sys_getframe(Value *a, int n, Value k) {
    intptr_t depth = 0;
    if (n > 0 && !rt_index(a[0], &depth)) return NIL;
    Frame *f = TH()->frame;
    while (f && depth > 0) {
        f = f->prev;
        if (f && f->code && f->code->ncode == 1) continue;
        depth--;
    }
    if (!f || !frame_object) return rt_raise(&exc_ValueError, "call stack is not deep enough");
    return frame_object(f);
}

static const char *const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static const char *const flags_fields[] = {
    "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
    "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
static const char *const float_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                           "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                           "rounds"};
static const char *const hooks_fields[] = {"firstiter", "finalizer"};
static const char *const impl_fields[] = {"name", "cache_tag", "version", "hexversion"};
static const char *const int_info_fields[] = {"bits_per_digit", "sizeof_digit",
                                              "default_max_str_digits", "str_digits_check_threshold"};

bool mod_sys_init(Value m) {
    Interp *in = TH()->interp;
    structseq_init_type(&version_info_type, "version_info", "sys", version_fields, 5);
    structseq_init_type(&flags_type, "flags", "sys", flags_fields, 18);
    structseq_init_type(&float_info_type, "float_info", "sys", float_fields, 11);
    structseq_init_type(&hooks_type, "asyncgen_hooks", NULL, hooks_fields, 2);
    structseq_init_type(&impl_type, "implementation", "sys", impl_fields, 4);
    structseq_init_type(&int_info_type, "int_info", "sys", int_info_fields, 4);

    dict_set_cstr(module_dict(m), "__loader__", str_from_cstr("built-in"));
    module_add(m, "modules", in->modules);
    module_add(m, "path", in->path);
    module_add(m, "argv", in->argv);
    module_add(m, "orig_argv", in->argv);
    module_add(m, "version", str_from_cstr("3.11.7 (asp 0.1) [C11, Boehm GC]"));
    Value vi[5] = {MK_SMALL(3), MK_SMALL(11), MK_SMALL(7), str_from_cstr("final"), MK_SMALL(0)};
    Value version_info = structseq_new(&version_info_type, vi);
    module_add(m, "version_info", version_info);
    module_add(m, "hexversion", MK_SMALL(0x030B07F0));
    Value iv[4] = {str_from_cstr("asp"), NONE, version_info, MK_SMALL(0x030B07F0)};
    module_add(m, "implementation", structseq_new(&impl_type, iv));
    module_add(m, "platform", str_from_cstr("linux"));
    module_add(m, "byteorder", str_from_cstr("little"));
    module_add(m, "maxsize", int_from_i64(INT64_MAX));
    module_add(m, "maxunicode", MK_SMALL(0x10FFFF));
    char exe[4096];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    module_add(m, "executable", len > 0 ? str_new(exe, (size_t)len) : str_from_cstr(""));
    module_add(m, "prefix", str_from_cstr("/usr/local"));
    module_add(m, "exec_prefix", str_from_cstr("/usr/local"));
    module_add(m, "base_prefix", str_from_cstr("/usr/local"));
    module_add(m, "ps1", str_from_cstr(">>> "));
    module_add(m, "ps2", str_from_cstr("... "));
    module_add(m, "dont_write_bytecode", TRUE_V);
    module_add(m, "builtin_module_names",
               tuple_pack(4, str_from_cstr("builtins"), str_from_cstr("math"), str_from_cstr("sys"),
                          str_from_cstr("time")));
    Value fl[18];
    for (int i = 0; i < 18; i++) fl[i] = MK_SMALL(0);
    fl[4] = MK_SMALL(1);
    fl[13] = FALSE_V;
    fl[16] = FALSE_V;
    fl[17] = MK_SMALL(-1);
    module_add(m, "flags", structseq_new(&flags_type, fl));
    Value fi[11] = {float_new(DBL_MAX), MK_SMALL(DBL_MAX_EXP), MK_SMALL(DBL_MAX_10_EXP),
                    float_new(DBL_MIN), MK_SMALL(DBL_MIN_EXP), MK_SMALL(DBL_MIN_10_EXP),
                    MK_SMALL(DBL_DIG), MK_SMALL(DBL_MANT_DIG), float_new(DBL_EPSILON),
                    MK_SMALL(FLT_RADIX), MK_SMALL(1)};
    module_add(m, "float_info", structseq_new(&float_info_type, fi));
    Value ii[4] = {MK_SMALL(30), MK_SMALL(4), MK_SMALL(4300), MK_SMALL(640)};
    module_add(m, "int_info", structseq_new(&int_info_type, ii));

    in->stdin = file_from_fd(0, "<stdin>", "r", false);
    in->stdout = file_from_fd(1, "<stdout>", "w", false);
    in->stderr = file_from_fd(2, "<stderr>", "w", false);
    module_add(m, "stdin", in->stdin);
    module_add(m, "stdout", in->stdout);
    module_add(m, "stderr", in->stderr);
    module_add(m, "__stdin__", in->stdin);
    module_add(m, "__stdout__", in->stdout);
    module_add(m, "__stderr__", in->stderr);

    module_add_func(m, "exit", sys_exit);
    module_add_func(m, "getrecursionlimit", sys_getrecursionlimit);
    module_add_func(m, "setrecursionlimit", sys_setrecursionlimit);
    module_add_func(m, "exc_info", sys_exc_info);
    module_add_func(m, "exception", sys_exception);
    module_add_func(m, "getsizeof", sys_getsizeof);
    module_add_func(m, "intern", sys_intern);
    module_add_func(m, "get_int_max_str_digits", sys_get_int_max);
    module_add_func(m, "set_int_max_str_digits", sys_set_int_max);
    module_add_func(m, "get_asyncgen_hooks", sys_get_asyncgen_hooks);
    module_add_func(m, "set_asyncgen_hooks", sys_set_asyncgen_hooks);
    module_add_func(m, "displayhook", sys_displayhook);
    module_add_func(m, "excepthook", sys_excepthook);
    module_add_func(m, "getdefaultencoding", sys_getdefaultencoding);
    module_add_func(m, "getfilesystemencoding", sys_getdefaultencoding);
    module_add_func(m, "_getframe", sys_getframe);
    module_add_func(m, "_asp_format_exception", sys_asp_format_exception);
    module_add_func(m, "_asp_mark_iterable_coroutine", gen_mark_iterable_coroutine);
    module_add(m, "__displayhook__", dict_get_cstr(module_dict(m), "displayhook"));
    module_add(m, "__excepthook__", dict_get_cstr(module_dict(m), "excepthook"));
    return true;
}
