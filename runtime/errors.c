/* errors.c — raising and inspecting the current thread's exception from C,
 * SyntaxError construction, OSError from errno, AttributeError with context,
 * and warnings on stderr.
 *
 * Invariant: Thread.exc holds at most one pending exception instance (never a
 * class); every raising helper returns NIL so callers can `return rt_raise(...)`.
 */
#include <errno.h>
#include <unistd.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "errors.h"
#include "abstract.h"
#include "containers.h"
#include "interp.h"
#include "module.h"
#include "names.h"
#include "num.h"
#include "str.h"
#include "file.h"

Value exc_memory_error(void);

static Value set_pending(Value exc) {
    TH()->exc = exc;
    return NIL;
}

Value rt_raise(Type *exc_type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Value msg = str_vprintf(fmt, ap);
    va_end(ap);
    if (!msg) return NIL;
    Value exc = exc_new(exc_type, tuple_pack(1, msg));
    if (!exc) return NIL;
    return set_pending(exc);
}

Value rt_raise_value(Value exc) {
    if (IS_TYPE(exc) && type_is_subtype((Type *)exc, &exc_BaseException)) {
        Value inst = rt_call0(exc);
        if (!inst) return NIL;
        if (!IS_INSTANCE(inst, &exc_BaseException))
            return rt_raise(&exc_TypeError,
                            "calling %s should have returned an instance of BaseException, not %s",
                            ((Type *)exc)->name, type_name(inst));
        exc = inst;
    } else if (IS_SMALL(exc) || !(TYPE(exc)->flags & TF_EXC)) {
        return rt_raise(&exc_TypeError, "exceptions must derive from BaseException");
    }
    return set_pending(exc);
}

Value rt_raise_args(Type *exc_type, Value args_tuple) {
    Value exc = exc_new(exc_type, args_tuple);
    if (!exc) return NIL;
    return set_pending(exc);
}

Value rt_raise_nomem(void) {
    Value e = exc_memory_error();
    if (!e) return NIL;
    return set_pending(e);
}

Value rt_raise_oserror(int errnum, Value filename) {
    Type *t = exc_oserror_type(errnum);
    Value args = filename ? tuple_pack(3, MK_SMALL(errnum), str_from_cstr(strerror(errnum)), filename)
                          : tuple_pack(2, MK_SMALL(errnum), str_from_cstr(strerror(errnum)));
    return rt_raise_args(t, args);
}

Value rt_exc_current(void) { return TH()->exc; }

Value rt_exc_fetch(void) {
    Value e = TH()->exc;
    TH()->exc = NIL;
    return e;
}

void rt_exc_clear(void) { TH()->exc = NIL; }

bool rt_exc_matches(Type *exc_type) {
    Value e = TH()->exc;
    return e && IS_INSTANCE(e, exc_type);
}

bool rt_exc_occurred(void) { return TH()->exc != NIL; }

Value rt_syntax_error(Type *t, const char *msg, Value filename, int line, int offset,
                      int end_line, int end_offset, Value text) {
    Value info = tuple_pack(6, filename ? filename : NONE, MK_SMALL(line), MK_SMALL(offset),
                            text ? text : NONE, MK_SMALL(end_line), MK_SMALL(end_offset));
    return rt_raise_args(t, tuple_pack(2, str_from_cstr(msg), info));
}

Value rt_raise_attribute_error(Value obj, Value name) {
    Value msg;
    if (IS_TYPE(obj))
        msg = str_printf("type object '%s' has no attribute '%s'", ((Type *)obj)->name, str_cstr(name));
    else if (TYPE(obj) == &type_module)
        msg = str_printf("module '%s' has no attribute '%s'",
                         str_cstr(((ModuleObj *)obj)->name), str_cstr(name));
    else
        msg = str_printf("'%s' object has no attribute '%s'", type_name(obj), str_cstr(name));
    Value exc = exc_new(&exc_AttributeError, tuple_pack(1, msg));
    if (!exc) return NIL;
    ((ExcObj *)exc)->extra[0] = name;
    ((ExcObj *)exc)->extra[1] = obj;
    return set_pending(exc);
}

/* Write text to sys.stderr (or fd 2 when sys is not set up yet). */
void err_write(const char *s, size_t n) {
    Interp *in = TH()->interp;
    Value f = NIL;
    if (in && in->sys) f = dict_get_cstr(module_dict(in->sys), "stderr");
    if (f && file_check(f)) {
        file_write_raw(f, s, n);
        file_flush(f);
        return;
    }
    if (f && f != NONE) {
        Value saved = rt_exc_fetch();
        Value str = str_new(s, n);
        Value r = rt_call_method(f, NM(write), &str, 1, NIL);
        rt_exc_clear();
        TH()->exc = saved;
        if (r) return;
    }
    if (in && in->stdout && file_check(in->stdout)) file_flush(in->stdout);
    while (n > 0) {
        ssize_t w = write(2, s, n);
        if (w <= 0) {
            if (w < 0 && errno == EINTR) continue;
            return;
        }
        s += w;
        n -= (size_t)w;
    }
}

static void warn_print(Type *category, Value message, Value filename, int line);

void rt_warn(Type *category, Value message, Value filename, int line) {
    Interp *in = TH()->interp;
    Value key = tuple_pack(4, filename ? filename : NONE, MK_SMALL(line), OBJ_VAL(category), message);
    Value saved = rt_exc_fetch();
    Value seen;
    int r = dict_find(in->warnings_seen, key, &seen);
    if (r != 0) {
        rt_exc_clear();
        TH()->exc = saved;
        return;
    }
    dict_set(in->warnings_seen, key, TRUE_V);
    TH()->exc = saved;
    warn_print(category, message, filename, line);
}

void rt_warn_explicit(Type *category, Value message, Value filename, int line) {
    warn_print(category, message, filename, line);
}

static void warn_print(Type *category, Value message, Value filename, int line) {
    Value saved = rt_exc_fetch();
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "%s:%d: %s: ", filename ? str_cstr(filename) : "sys", line, category->name);
    if (!sb_addv_str(&b, message)) rt_exc_clear();
    sb_addc(&b, '\n');
    Value src = filename ? exc_source_line(filename, line) : NIL;
    if (src) {
        const char *p = str_cstr(src);
        while (*p == ' ' || *p == '\t' || *p == '\f') p++;
        size_t n = strlen(p);
        while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r')) n--;
        sb_adds(&b, "  ");
        sb_add(&b, p, n);
        sb_addc(&b, '\n');
    }
    Value text = sb_finish(&b);
    err_write(str_cstr(text), str_len(text));
    rt_exc_clear();
    TH()->exc = saved;
}

const char *type_name(Value v) { return TYPE(v)->name; }
