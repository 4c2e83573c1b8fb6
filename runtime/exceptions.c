/* exceptions.c — the builtin exception hierarchy (exceptions.def) and the
 * behaviour of each family: args, str/repr, chaining attributes, notes,
 * StopIteration.value, SystemExit.code, OSError's errno mapping, SyntaxError's
 * location, ImportError/AttributeError/NameError keywords, exception groups.
 *
 * Invariant: every instance has the ExcObj layout; args is always a tuple and
 * traceback/context/cause are NONE (never NIL) once __new__ has run.  Family
 * attributes live in ExcObj.extra[] (NIL = never set, read back as None).
 */
#include <errno.h>
#include <string.h>
#include "errors.h"
#include "abstract.h"
#include "containers.h"
#include "func.h"
#include "interp.h"
#include "names.h"
#include "num.h"
#include "str.h"
#include "../src/vm.h"

#define exc_object type_object
#define EXC(N, B)                                                               \
    Type exc_##N = {                                                            \
        .ob = {&type_type}, .name = #N, .base = &exc_##B,                       \
        .size = sizeof(ExcObj), .dict_offset = offsetof(ExcObj, dict),          \
        .flags = TF_BASETYPE | TF_EXC,                                          \
    };
#include "exceptions.def"
#undef EXC
#undef exc_object

static Value memory_error_instance;

static inline ExcObj *EX(Value v) { return (ExcObj *)v; }
static inline Value or_none(Value v) { return v ? v : NONE; }

static bool is_exc_instance(Value v) { return !IS_SMALL(v) && (TYPE(v)->flags & TF_EXC); }

/* ---- BaseException ---------------------------------------------------- */

static Value exc_new_slot(Value type, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)type;
    Value self = obj_alloc(t);
    if (!self) return NIL;
    ExcObj *e = EX(self);
    e->args = tuple_from_array(args, (size_t)nargs);
    e->traceback = e->context = e->cause = NONE;
    e->suppress_context = false;
    e->notes = NIL;
    for (int i = 0; i < EXC_NEXTRA; i++) e->extra[i] = NIL;
    return self;
}

static bool no_kw(Value self, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames) > 0) {
        rt_raise(&exc_TypeError, "%s() takes no keyword arguments", TYPE(self)->name);
        return false;
    }
    return true;
}

static Value exc_init_slot(Value self, Value *args, int nargs, Value kwnames) {
    if (!no_kw(self, kwnames)) return NIL;
    EX(self)->args = tuple_from_array(args, (size_t)nargs);
    return NONE;
}

static Value exc_str_slot(Value self) {
    Value a = EX(self)->args;
    if (!a || TUPLE_LEN(a) == 0) return str_from_cstr("");
    if (TUPLE_LEN(a) == 1) return rt_str(TUPLE_ITEMS(a)[0]);
    return rt_str(a);
}

static Value exc_repr_slot(Value self) {
    Value a = EX(self)->args;
    StrBuf b;
    sb_init(&b);
    sb_adds(&b, TYPE(self)->name);
    if (a && TUPLE_LEN(a) == 1) {
        sb_addc(&b, '(');
        if (!sb_addv_repr(&b, TUPLE_ITEMS(a)[0])) return NIL;
        sb_addc(&b, ')');
    } else if (!a || TUPLE_LEN(a) == 0) {
        sb_adds(&b, "()");
    } else if (!sb_addv_repr(&b, a)) {
        return NIL;
    }
    return sb_finish(&b);
}

static Value get_args(Value *a, int n, Value k) { return EX(a[0])->args; }
static Value set_args(Value *a, int n, Value k) {
    if (!a[1]) return rt_raise(&exc_TypeError, "args may not be deleted");
    Value t = rt_tuple_from_iter(a[1]);
    if (!t) return NIL;
    EX(a[0])->args = t;
    return NONE;
}
static Value get_tb(Value *a, int n, Value k) { return or_none(EX(a[0])->traceback); }
static Value set_tb(Value *a, int n, Value k) {
    if (!a[1]) return rt_raise(&exc_TypeError, "__traceback__ may not be deleted");
    if (a[1] != NONE && TYPE(a[1]) != &type_traceback)
        return rt_raise(&exc_TypeError, "__traceback__ must be a traceback or None");
    EX(a[0])->traceback = a[1];
    return NONE;
}
static Value get_context(Value *a, int n, Value k) { return or_none(EX(a[0])->context); }
static Value set_context(Value *a, int n, Value k) {
    if (!a[1]) return rt_raise(&exc_TypeError, "__context__ may not be deleted");
    if (a[1] != NONE && !is_exc_instance(a[1]))
        return rt_raise(&exc_TypeError, "exception context must be None or derive from BaseException");
    EX(a[0])->context = a[1];
    return NONE;
}
static Value get_cause(Value *a, int n, Value k) { return or_none(EX(a[0])->cause); }
static Value set_cause(Value *a, int n, Value k) {
    if (!a[1]) return rt_raise(&exc_TypeError, "__cause__ may not be deleted");
    if (a[1] != NONE && !is_exc_instance(a[1]))
        return rt_raise(&exc_TypeError, "exception cause must be None or derive from BaseException");
    EX(a[0])->cause = a[1];
    EX(a[0])->suppress_context = true;
    return NONE;
}
static Value get_suppress(Value *a, int n, Value k) { return BOOL(EX(a[0])->suppress_context); }
static Value set_suppress(Value *a, int n, Value k) {
    if (!a[1]) return rt_raise(&exc_TypeError, "__suppress_context__ may not be deleted");
    int t = rt_truthy(a[1]);
    if (t < 0) return NIL;
    EX(a[0])->suppress_context = t;
    return NONE;
}

static Value m_with_traceback(Value *a, int n, Value k) {
    if (!arg_nokw("with_traceback", k) || !arg_count("with_traceback", n - 1, 1, 1)) return NIL;
    Value args[2] = {a[0], a[1]};
    if (!set_tb(args, 2, NIL)) return NIL;
    return a[0];
}

static Value m_add_note(Value *a, int n, Value k) {
    if (!arg_nokw("add_note", k) || !arg_count("add_note", n - 1, 1, 1)) return NIL;
    if (!str_check(a[1]))
        return rt_raise(&exc_TypeError, "note must be a str, not '%s'", type_name(a[1]));
    Value *dp = obj_dict_ptr(a[0]);
    Value notes = NIL;
    if (dp && *dp) notes = dict_get_cstr(*dp, "__notes__");
    if (!notes) {
        notes = list_new(0);
        Value key = str_intern("__notes__");
        if (rt_setattr(a[0], key, notes) < 0) return NIL;
    } else if (!list_check(notes)) {
        return rt_raise(&exc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    EX(a[0])->notes = notes;
    if (!list_append(notes, a[1])) return NIL;
    return NONE;
}

static Value m_reduce(Value *a, int n, Value k) {
    Value *dp = obj_dict_ptr(a[0]);
    if (dp && *dp && dict_len(*dp))
        return tuple_pack(3, OBJ_VAL(TYPE(a[0])), EX(a[0])->args, *dp);
    return tuple_pack(2, OBJ_VAL(TYPE(a[0])), EX(a[0])->args);
}

/* BaseException.__setstate__: the unpickled dict's items become attributes. */
static Value m_setstate(Value *a, int n, Value k) {
    if (!arg_count("__setstate__", n - 1, 1, 1)) return NIL;
    if (a[1] == NONE) return NONE;
    if (!dict_check(a[1])) return rt_raise(&exc_TypeError, "state is not a dictionary");
    size_t pos = 0;
    Value key, val;
    while (dict_next(a[1], &pos, &key, &val))
        if (rt_setattr(a[0], key, val) < 0) return NIL;
    return NONE;
}

static const MethodDef base_methods[] = {
    {"args", get_args, METH_GETTER, NULL},
    {"args", set_args, METH_SETTER, NULL},
    {"__traceback__", get_tb, METH_GETTER, NULL},
    {"__traceback__", set_tb, METH_SETTER, NULL},
    {"__context__", get_context, METH_GETTER, NULL},
    {"__context__", set_context, METH_SETTER, NULL},
    {"__cause__", get_cause, METH_GETTER, NULL},
    {"__cause__", set_cause, METH_SETTER, NULL},
    {"__suppress_context__", get_suppress, METH_GETTER, NULL},
    {"__suppress_context__", set_suppress, METH_SETTER, NULL},
    {"with_traceback", m_with_traceback, METH_DEFAULT, NULL},
    {"add_note", m_add_note, METH_DEFAULT, NULL},
    {"__reduce__", m_reduce, METH_DEFAULT, NULL},
    {"__setstate__", m_setstate, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

/* Family attributes: one getter/setter pair per extra[] index. */
#define XATTR(i)                                                               \
    static Value xget##i(Value *a, int n, Value k) { return or_none(EX(a[0])->extra[i]); } \
    static Value xset##i(Value *a, int n, Value k) { EX(a[0])->extra[i] = or_none(a[1]); return NONE; }
XATTR(0) XATTR(1) XATTR(2) XATTR(3) XATTR(4) XATTR(5) XATTR(6)
#undef XATTR
#define RW(name, i) {name, xget##i, METH_GETTER, NULL}, {name, xset##i, METH_SETTER, NULL}

/* ---- simple families ---------------------------------------------------- */

static Value stopiter_init(Value self, Value *args, int nargs, Value kw) {
    if (!exc_init_slot(self, args, nargs, kw)) return NIL;
    EX(self)->extra[0] = nargs > 0 ? args[0] : NONE;
    return NONE;
}
static const MethodDef stopiter_methods[] = {RW("value", 0), {NULL, NULL, 0, NULL}};

static Value sysexit_init(Value self, Value *args, int nargs, Value kw) {
    if (!exc_init_slot(self, args, nargs, kw)) return NIL;
    EX(self)->extra[0] = nargs == 0 ? NONE : nargs == 1 ? args[0] : EX(self)->args;
    return NONE;
}
static const MethodDef sysexit_methods[] = {RW("code", 0), {NULL, NULL, 0, NULL}};

static Value keyerror_str(Value self) {
    Value a = EX(self)->args;
    if (a && TUPLE_LEN(a) == 1) return rt_repr(TUPLE_ITEMS(a)[0]);
    return exc_str_slot(self);
}

/* Keyword-only attributes (ImportError name/path, AttributeError name/obj,
 * NameError name) go to extra[first..]. */
static bool kw_attrs(Value self, const char *fname, Value *args, int nargs, Value kw,
                     const char *const *names, int nnames, int first) {
    if (!kw || TUPLE_LEN(kw) == 0) return true;
    Value out[3] = {NIL, NIL, NIL};
    if (!arg_kw(fname, args, nargs, kw, names, out, nnames)) return false;
    for (int i = 0; i < nnames; i++)
        if (out[i]) EX(self)->extra[first + i] = out[i];
    return true;
}

static int npos(int nargs, Value kw) { return nargs; }

static Value importerror_init(Value self, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"name", "path"};
    if (!kw_attrs(self, "ImportError", args, nargs, kw, names, 2, 1)) return NIL;
    int n = npos(nargs, kw);
    EX(self)->args = tuple_from_array(args, (size_t)n);
    if (n == 1) EX(self)->extra[0] = args[0];
    return NONE;
}
static Value importerror_str(Value self) {
    Value m = EX(self)->extra[0];
    if (m && TYPE(m) == &type_str) return m;
    return exc_str_slot(self);
}
static const MethodDef importerror_methods[] = {
    RW("msg", 0), RW("name", 1), RW("path", 2), {NULL, NULL, 0, NULL}};

static Value attrerror_init(Value self, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"name", "obj"};
    if (!kw_attrs(self, "AttributeError", args, nargs, kw, names, 2, 0)) return NIL;
    EX(self)->args = tuple_from_array(args, (size_t)nargs);
    return NONE;
}
static const MethodDef attrerror_methods[] = {RW("name", 0), RW("obj", 1), {NULL, NULL, 0, NULL}};

static Value nameerror_init(Value self, Value *args, int nargs, Value kw) {
    static const char *const names[] = {"name"};
    if (!kw_attrs(self, "NameError", args, nargs, kw, names, 1, 0)) return NIL;
    EX(self)->args = tuple_from_array(args, (size_t)nargs);
    return NONE;
}
static const MethodDef nameerror_methods[] = {RW("name", 0), {NULL, NULL, 0, NULL}};

/* ---- OSError ----------------------------------------------------------- */

Type *exc_oserror_type(int e) {
    switch (e) {
    case EAGAIN: case EALREADY: case EINPROGRESS:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
        return &exc_BlockingIOError;
    case ECHILD: return &exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &exc_BrokenPipeError;
    case ECONNABORTED: return &exc_ConnectionAbortedError;
    case ECONNREFUSED: return &exc_ConnectionRefusedError;
    case ECONNRESET: return &exc_ConnectionResetError;
    case EEXIST: return &exc_FileExistsError;
    case ENOENT: return &exc_FileNotFoundError;
    case EISDIR: return &exc_IsADirectoryError;
    case ENOTDIR: return &exc_NotADirectoryError;
    case EINTR: return &exc_InterruptedError;
    case EACCES: case EPERM: return &exc_PermissionError;
    case ESRCH: return &exc_ProcessLookupError;
    case ETIMEDOUT: return &exc_TimeoutError;
    default: return &exc_OSError;
    }
}

static void oserror_parse(Value self, Value *args, int nargs) {
    ExcObj *e = EX(self);
    e->args = tuple_from_array(args, (size_t)nargs);
    if (nargs >= 2 && nargs <= 5) {
        e->extra[0] = args[0];
        e->extra[1] = args[1];
        if (nargs >= 3 && args[2] != NONE && TYPE(self) == &exc_BlockingIOError && int_check(args[2])) {
            /* BlockingIOError's third argument is the count of characters written. */
            e->extra[4] = args[2];
        } else if (nargs >= 3 && args[2] != NONE) {
            e->extra[2] = args[2];
            if (nargs >= 5 && args[4] != NONE) e->extra[3] = args[4];
            e->args = tuple_from_array(args, 2);
        }
    }
}

static Value oserror_new(Value type, Value *args, int nargs, Value kw) {
    Type *t = (Type *)type;
    if (t == &exc_OSError && nargs >= 2 && IS_SMALL(args[0]))
        t = exc_oserror_type((int)SMALL_VAL(args[0]));
    Value self = exc_new_slot(OBJ_VAL(t), args, nargs, kw);
    if (!self) return NIL;
    oserror_parse(self, args, nargs);
    return self;
}

static Value oserror_init(Value self, Value *args, int nargs, Value kw) {
    if (!no_kw(self, kw)) return NIL;
    return NONE;
}

static Value oserror_str(Value self) {
    ExcObj *e = EX(self);
    if (e->extra[2]) {
        if (e->extra[3])
            return str_printf("[Errno %s] %s: %s -> %s", str_cstr(rt_str(e->extra[0])),
                              str_cstr(rt_str(e->extra[1])), str_cstr(rt_repr(e->extra[2])),
                              str_cstr(rt_repr(e->extra[3])));
        Value en = rt_str(e->extra[0]), se = en ? rt_str(e->extra[1]) : NIL;
        Value fn = se ? rt_repr(e->extra[2]) : NIL;
        if (!fn) return NIL;
        return str_printf("[Errno %s] %s: %s", str_cstr(en), str_cstr(se), str_cstr(fn));
    }
    if (e->extra[0] && e->extra[1]) {
        Value en = rt_str(e->extra[0]), se = en ? rt_str(e->extra[1]) : NIL;
        if (!se) return NIL;
        return str_printf("[Errno %s] %s", str_cstr(en), str_cstr(se));
    }
    return exc_str_slot(self);
}
/* characters_written (BlockingIOError's count) exists only once set. */
static Value get_written(Value *a, int n, Value k) {
    Value v = EX(a[0])->extra[4];
    return v ? v : rt_raise(&exc_AttributeError, "characters_written");
}
static Value set_written(Value *a, int n, Value k) {
    if (!a[1]) {
        if (!EX(a[0])->extra[4]) return rt_raise(&exc_AttributeError, "characters_written");
        EX(a[0])->extra[4] = NIL;
        return NONE;
    }
    intptr_t i;
    if (!rt_index(a[1], &i)) return NIL;
    EX(a[0])->extra[4] = int_from_i64(i);
    return NONE;
}
static const MethodDef oserror_methods[] = {
    RW("errno", 0), RW("strerror", 1), RW("filename", 2), RW("filename2", 3),
    {"characters_written", get_written, METH_GETTER, NULL},
    {"characters_written", set_written, METH_SETTER, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- SyntaxError -------------------------------------------------------- */

static Value syntaxerror_init(Value self, Value *args, int nargs, Value kw) {
    if (!exc_init_slot(self, args, nargs, kw)) return NIL;
    ExcObj *e = EX(self);
    if (nargs >= 1) e->extra[0] = args[0];
    if (nargs == 2) {
        Value info = rt_tuple_from_iter(args[1]);
        if (!info) return NIL;
        size_t n = TUPLE_LEN(info);
        if (n < 4 || n > 6)
            return rt_raise(&exc_IndexError, "tuple index out of range");
        for (size_t i = 0; i < n; i++) e->extra[1 + i] = TUPLE_ITEMS(info)[i];
    }
    return NONE;
}

static Value syntaxerror_str(Value self) {
    ExcObj *e = EX(self);
    const char *base = NULL;
    if (e->extra[1] && str_check(e->extra[1])) {
        const char *fn = str_cstr(e->extra[1]);
        const char *slash = strrchr(fn, '/');
        base = slash ? slash + 1 : fn;
    }
    bool have_line = e->extra[2] && TYPE(e->extra[2]) == &type_int;
    Value msg = rt_str(or_none(e->extra[0]));
    if (!msg) return NIL;
    if (!base && !have_line) return msg;
    if (base && have_line)
        return str_printf("%s (%s, line %ld)", str_cstr(msg), base, (long)SMALL_VAL(e->extra[2]));
    if (base) return str_printf("%s (%s)", str_cstr(msg), base);
    return str_printf("%s (line %ld)", str_cstr(msg), (long)SMALL_VAL(e->extra[2]));
}

static Value get_pfal(Value *a, int n, Value k) { return NONE; }
static const MethodDef syntaxerror_methods[] = {
    RW("msg", 0), RW("filename", 1), RW("lineno", 2), RW("offset", 3), RW("text", 4),
    RW("end_lineno", 5), RW("end_offset", 6),
    {"print_file_and_line", get_pfal, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- exception groups ---------------------------------------------------- */

static bool is_group(Value v) {
    return !IS_SMALL(v) && IS_INSTANCE(v, &exc_BaseExceptionGroup);
}

static Value group_make(Type *t, Value message, Value excs_arg) {
    const char *tn = "BaseExceptionGroup";
    if (!str_check(message))
        return rt_raise(&exc_TypeError, "%s.__new__() argument 1 must be str, not %s", tn,
                        type_name(message));
    Value excs;
    if (tuple_check(excs_arg) || list_check(excs_arg)) {
        excs = rt_tuple_from_iter(excs_arg);
    } else if (!IS_SMALL(excs_arg) && TYPE(excs_arg)->getitem && !dict_check(excs_arg) &&
               !set_check(excs_arg)) {
        excs = rt_tuple_from_iter(excs_arg);
    } else {
        return rt_raise(&exc_TypeError, "second argument (exceptions) must be a sequence");
    }
    if (!excs) return NIL;
    size_t n = TUPLE_LEN(excs);
    if (n == 0)
        return rt_raise(&exc_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (size_t i = 0; i < n; i++) {
        Value x = TUPLE_ITEMS(excs)[i];
        if (!is_exc_instance(x))
            return rt_raise(&exc_ValueError, "Item %zu of second argument (exceptions) is not an exception", i);
        if (!IS_INSTANCE(x, &exc_Exception)) nested_base = true;
    }
    if (t == &exc_BaseExceptionGroup) {
        if (!nested_base) t = &exc_ExceptionGroup;
    } else if (t == &exc_ExceptionGroup) {
        if (nested_base)
            return rt_raise(&exc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && type_is_subtype(t, &exc_Exception)) {
        return rt_raise(&exc_TypeError, "Cannot nest BaseExceptions in '%s'", t->name);
    }
    Value a[2] = {message, excs_arg};
    Value self = exc_new_slot(OBJ_VAL(t), a, 2, NIL);
    if (!self) return NIL;
    EX(self)->extra[0] = message;
    EX(self)->extra[1] = excs;
    return self;
}

static Value group_new(Value type, Value *args, int nargs, Value kw) {
    if (nargs != 2) {
        if (kw && TUPLE_LEN(kw))
            return rt_raise(&exc_TypeError, "BaseExceptionGroup.__new__() takes no keyword arguments");
        return rt_raise(&exc_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", nargs);
    }
    return group_make((Type *)type, args[0], args[1]);
}

static Value group_init(Value self, Value *args, int nargs, Value kw) {
    if (!no_kw(self, kw)) return NIL;
    EX(self)->args = tuple_from_array(args, (size_t)nargs);
    return NONE;
}

Value exc_group_new(Value message, Value excs_list) {
    return group_make(&exc_BaseExceptionGroup, message, excs_list);
}

static Value group_str(Value self) {
    Value excs = EX(self)->extra[1];
    size_t n = excs ? TUPLE_LEN(excs) : 0;
    Value msg = rt_str(or_none(EX(self)->extra[0]));
    if (!msg) return NIL;
    return str_printf("%s (%zu sub-exception%s)", str_cstr(msg), n, n == 1 ? "" : "s");
}

static Value g_message(Value *a, int n, Value k) { return or_none(EX(a[0])->extra[0]); }
static Value g_exceptions(Value *a, int n, Value k) { return or_none(EX(a[0])->extra[1]); }

static Value m_derive(Value *a, int n, Value k) {
    if (!arg_nokw("derive", k) || !arg_count("derive", n - 1, 1, 1)) return NIL;
    return group_make(&exc_BaseExceptionGroup, or_none(EX(a[0])->extra[0]), a[1]);
}

enum MatcherKind { MATCH_TYPE, MATCH_PRED };

static bool check_matcher(Value m, int *kind) {
    if (IS_TYPE(m) && type_is_subtype((Type *)m, &exc_BaseException)) {
        *kind = MATCH_TYPE;
        return true;
    }
    if (tuple_check(m)) {
        for (size_t i = 0; i < TUPLE_LEN(m); i++) {
            Value x = TUPLE_ITEMS(m)[i];
            if (!(IS_TYPE(x) && type_is_subtype((Type *)x, &exc_BaseException))) goto bad;
        }
        *kind = MATCH_TYPE;
        return true;
    }
    if (rt_callable(m)) {
        *kind = MATCH_PRED;
        return true;
    }
bad:
    rt_raise(&exc_TypeError, "expected a function, exception type or tuple of exception types");
    return false;
}

static int matches(Value exc, Value m, int kind) {
    if (kind == MATCH_TYPE) return rt_isinstance(exc, m);
    Value r = rt_call1(m, exc);
    if (!r) return -1;
    return rt_truthy(r);
}

/* orig.derive(excs) with orig's traceback, chaining and notes copied. */
static Value group_subset(Value orig, Value list, Value *out) {
    *out = NONE;
    if (LIST_LEN(list) == 0) return TRUE_V;
    Value eg = rt_call_method(orig, str_intern("derive"), &list, 1, NIL);
    if (!eg) return NIL;
    if (!is_group(eg))
        return rt_raise(&exc_TypeError, "derive must return an instance of BaseExceptionGroup");
    EX(eg)->traceback = or_none(EX(orig)->traceback);
    EX(eg)->context = or_none(EX(orig)->context);
    EX(eg)->cause = or_none(EX(orig)->cause);
    EX(eg)->suppress_context = true;
    Value notes = rt_getattr_opt(orig, str_intern("__notes__"));
    if (notes) {
        if (list_check(notes) || tuple_check(notes)) notes = rt_list_from_iter(notes);
        if (!notes || rt_setattr(eg, str_intern("__notes__"), notes) < 0) return NIL;
        if (list_check(notes)) EX(eg)->notes = notes;
    } else if (rt_exc_occurred()) {
        return NIL;
    }
    *out = eg;
    return TRUE_V;
}

static bool split_rec(Value exc, Value m, int kind, bool want_rest, Value *match, Value *rest) {
    *match = NONE;
    *rest = NONE;
    int r = matches(exc, m, kind);
    if (r < 0) return false;
    if (r) {
        *match = exc;
        return true;
    }
    if (!is_group(exc)) {
        if (want_rest) *rest = exc;
        return true;
    }
    Value excs = EX(exc)->extra[1];
    Value ml = list_new(0), rl = list_new(0);
    for (size_t i = 0; excs && i < TUPLE_LEN(excs); i++) {
        Value sm, sr;
        if (!split_rec(TUPLE_ITEMS(excs)[i], m, kind, want_rest, &sm, &sr)) return false;
        if (sm != NONE) list_append(ml, sm);
        if (sr != NONE) list_append(rl, sr);
    }
    if (!group_subset(exc, ml, match)) return false;
    if (want_rest && !group_subset(exc, rl, rest)) return false;
    return true;
}

static Value m_split(Value *a, int n, Value k) {
    if (!arg_nokw("split", k) || !arg_count("split", n - 1, 1, 1)) return NIL;
    int kind;
    if (!check_matcher(a[1], &kind)) return NIL;
    Value match, rest;
    if (!split_rec(a[0], a[1], kind, true, &match, &rest)) return NIL;
    return tuple_pack(2, match, rest);
}

static Value m_subgroup(Value *a, int n, Value k) {
    if (!arg_nokw("subgroup", k) || !arg_count("subgroup", n - 1, 1, 1)) return NIL;
    int kind;
    if (!check_matcher(a[1], &kind)) return NIL;
    Value match, rest;
    if (!split_rec(a[0], a[1], kind, false, &match, &rest)) return NIL;
    return match;
}

bool exc_group_split(Value exc, Value matcher, Value *match, Value *rest) {
    *match = *rest = NONE;
    if (exc == NONE || !exc) return true;
    int r = rt_isinstance(exc, matcher);
    if (r < 0) return false;
    if (r) {
        if (is_group(exc)) {
            *match = exc;
        } else {
            Value l = list_from_array(&exc, 1);
            Value g = exc_group_new(str_from_cstr(""), l);
            if (!g) return false;
            EX(g)->traceback = or_none(EX(exc)->traceback);
            *match = g;
        }
        return true;
    }
    if (is_group(exc)) {
        int kind;
        if (!check_matcher(matcher, &kind)) return false;
        return split_rec(exc, matcher, kind, true, match, rest);
    }
    *rest = exc;
    return true;
}

static Value m_class_getitem(Value *a, int n, Value k) {
    if (n < 2) return rt_raise(&exc_TypeError, "__class_getitem__ expected 1 argument");
    return generic_alias_new(a[0], a[1]);
}

static const MethodDef group_methods[] = {
    {"message", g_message, METH_GETTER, NULL},
    {"exceptions", g_exceptions, METH_GETTER, NULL},
    {"derive", m_derive, METH_DEFAULT, NULL},
    {"split", m_split, METH_DEFAULT, NULL},
    {"subgroup", m_subgroup, METH_DEFAULT, NULL},
    {"__class_getitem__", m_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL}};

/* ---- construction from C ------------------------------------------------ */

Value exc_new(Type *t, Value args) {
    if (!args) args = rt_empty_tuple;
    if (t->flags & TF_HEAPTYPE)
        return rt_call(OBJ_VAL(t), TUPLE_ITEMS(args), (int)TUPLE_LEN(args), NIL);
    Value v = t->new_(OBJ_VAL(t), TUPLE_ITEMS(args), (int)TUPLE_LEN(args), NIL);
    if (v && t->init && !t->init(v, TUPLE_ITEMS(args), (int)TUPLE_LEN(args), NIL)) return NIL;
    return v;
}

Value exc_memory_error(void) { return memory_error_instance; }

void exceptions_init(void) {
    Type *b = &exc_BaseException;
    b->new_ = exc_new_slot;
    b->init = exc_init_slot;
    b->str = exc_str_slot;
    b->repr = exc_repr_slot;
    b->methods = base_methods;

    exc_KeyError.str = keyerror_str;
    exc_StopIteration.init = stopiter_init;
    exc_StopIteration.methods = stopiter_methods;
    exc_SystemExit.init = sysexit_init;
    exc_SystemExit.methods = sysexit_methods;
    exc_ImportError.init = importerror_init;
    exc_ImportError.str = importerror_str;
    exc_ImportError.methods = importerror_methods;
    exc_AttributeError.init = attrerror_init;
    exc_AttributeError.methods = attrerror_methods;
    exc_NameError.init = nameerror_init;
    exc_NameError.methods = nameerror_methods;
    exc_OSError.new_ = oserror_new;
    exc_OSError.init = oserror_init;
    exc_OSError.str = oserror_str;
    exc_OSError.methods = oserror_methods;
    exc_SyntaxError.init = syntaxerror_init;
    exc_SyntaxError.str = syntaxerror_str;
    exc_SyntaxError.methods = syntaxerror_methods;
    exc_BaseExceptionGroup.new_ = group_new;
    exc_BaseExceptionGroup.init = group_init;
    exc_BaseExceptionGroup.str = group_str;
    exc_BaseExceptionGroup.methods = group_methods;
    /* ExceptionGroup(BaseExceptionGroup, Exception): the solid base is the group. */
    exc_ExceptionGroup.base = &exc_BaseExceptionGroup;

#define EXC(N, B) type_ready(&exc_##N);
#include "exceptions.def"
#undef EXC

    Type *eg = &exc_ExceptionGroup;
    eg->bases = tuple_pack(2, OBJ_VAL(&exc_BaseExceptionGroup), OBJ_VAL(&exc_Exception));
    eg->mro = tuple_pack(5, OBJ_VAL(eg), OBJ_VAL(&exc_BaseExceptionGroup), OBJ_VAL(&exc_Exception),
                         OBJ_VAL(&exc_BaseException), OBJ_VAL(&type_object));

    memory_error_instance = exc_new(&exc_MemoryError, rt_empty_tuple);
}
