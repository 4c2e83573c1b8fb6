/* call.c — binding call arguments to a new frame's parameter slots.
 *
 * Owns CPython 3.11's initialize_locals(): positional, defaults, keyword-only
 * and their defaults, *args, **kwargs and positional-only parameters, with
 * CPython's TypeError texts word for word (named by the function's qualname).
 * Invariant: on success every parameter slot of the frame is bound (non-NIL);
 * on failure the frame is garbage and an exception is pending.
 */
#include <stdio.h>
#include <string.h>
#include "vm.h"
#include "../runtime/errors.h"
#include "../runtime/str.h"
#include "../runtime/containers.h"
#include "../runtime/abstract.h"
#include "../runtime/names.h"
#include "../runtime/func.h"

/* Argument i of the positional part: self (if any) comes first. */
#define POSARG(i) (self ? ((i) == 0 ? self : args[(i) - 1]) : args[i])

static const char *qualname_of(FunctionObj *fn)
{
    if (fn->qualname && str_check(fn->qualname)) return str_cstr(fn->qualname);
    return str_cstr(fn->code->qualname);
}

/* "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (names are repr'd as CPython does). */
static void format_missing(FunctionObj *fn, const char *kind, Value *names, int n)
{
    StrBuf b;
    sb_init(&b);
    for (int i = 0; i < n; i++) {
        if (i > 0) {
            if (n == 2) sb_adds(&b, " and ");
            else if (i == n - 1) sb_adds(&b, ", and ");
            else sb_adds(&b, ", ");
        }
        sb_addv_repr(&b, names[i]);
    }
    Value list = sb_finish(&b);
    rt_raise(&exc_TypeError, "%s() missing %d required %s argument%s: %s", qualname_of(fn), n,
             kind, n == 1 ? "" : "s", str_cstr(list));
}

static void missing_arguments(FunctionObj *fn, Value *lp, int missing, int defcount)
{
    CodeObj *co = fn->code;
    bool positional = defcount != -1;
    int start, end;
    if (positional) { start = 0; end = co->argcount - defcount; }
    else { start = co->argcount; end = start + co->kwonlyargcount; }
    Value *names = GC_MALLOC(sizeof(Value) * (missing + 1));
    int j = 0;
    for (int i = start; i < end && j < missing; i++)
        if (lp[i] == NIL) names[j++] = TUPLE_ITEMS(co->localsplusnames)[i];
    format_missing(fn, positional ? "positional" : "keyword-only", names, j);
}

static void too_many_positional(FunctionObj *fn, Value *lp, int given)
{
    CodeObj *co = fn->code;
    int kwonly_given = 0;
    for (int i = co->argcount; i < co->argcount + co->kwonlyargcount; i++)
        if (lp[i] != NIL) kwonly_given++;
    int defcount = fn->defaults ? (int)TUPLE_LEN(fn->defaults) : 0;
    char sig[64], kwsig[96];
    bool plural;
    if (defcount) {
        plural = true;
        snprintf(sig, sizeof sig, "from %d to %d", co->argcount - defcount, co->argcount);
    } else {
        plural = co->argcount != 1;
        snprintf(sig, sizeof sig, "%d", co->argcount);
    }
    if (kwonly_given)
        snprintf(kwsig, sizeof kwsig, " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given, kwonly_given != 1 ? "s" : "");
    else
        kwsig[0] = 0;
    rt_raise(&exc_TypeError, "%s() takes %s positional argument%s but %d%s %s given",
             qualname_of(fn), sig, plural ? "s" : "", given, kwsig,
             given == 1 && !kwonly_given ? "was" : "were");
}

/* true when it raised the positional-only error. */
static bool posonly_passed_as_keyword(FunctionObj *fn, Value kwnames)
{
    CodeObj *co = fn->code;
    StrBuf b;
    sb_init(&b);
    int conflicts = 0;
    size_t nkw = TUPLE_LEN(kwnames);
    for (int k = 0; k < co->posonlyargcount; k++) {
        Value pname = TUPLE_ITEMS(co->localsplusnames)[k];
        for (size_t k2 = 0; k2 < nkw; k2++) {
            Value kw = TUPLE_ITEMS(kwnames)[k2];
            if (kw == pname || (str_check(kw) && str_eq(kw, pname))) {
                if (conflicts++) sb_adds(&b, ", ");
                sb_add(&b, str_cstr(pname), str_len(pname));
            }
        }
    }
    if (!conflicts) return false;
    Value names = sb_finish(&b);
    rt_raise(&exc_TypeError,
             "%s() got some positional-only arguments passed as keyword arguments: '%s'",
             qualname_of(fn), str_cstr(names));
    return true;
}

bool call_bind_args(Frame *f, FunctionObj *fn, Value self, Value *args, int nargs, Value kwnames)
{
    CodeObj *co = fn->code;
    Value *lp = f->localsplus;
    int argcount = nargs + (self ? 1 : 0);
    int co_argcount = co->argcount;
    int total_args = co_argcount + co->kwonlyargcount;
    uint32_t flags = co->flags;

    /* The common case: exactly the positional parameters, nothing else. */
    if (kwnames == NIL && argcount == co_argcount && !(flags & (CO_VARARGS | CO_VARKEYWORDS))
        && co->kwonlyargcount == 0) {
        if (self) { lp[0] = self; for (int i = 0; i < nargs; i++) lp[i + 1] = args[i]; }
        else for (int i = 0; i < nargs; i++) lp[i] = args[i];
        return true;
    }

    Value kwdict = NIL;
    if (flags & CO_VARKEYWORDS) {
        kwdict = dict_new();
        lp[total_args + ((flags & CO_VARARGS) ? 1 : 0)] = kwdict;
    }
    int n = argcount > co_argcount ? co_argcount : argcount;
    for (int j = 0; j < n; j++) lp[j] = POSARG(j);
    if (flags & CO_VARARGS) {
        Value u = tuple_new(argcount - n);
        for (int j = n; j < argcount; j++) TUPLE_ITEMS(u)[j - n] = POSARG(j);
        lp[total_args] = u;
    }

    if (kwnames != NIL) {
        size_t kwcount = TUPLE_LEN(kwnames);
        Value *names = TUPLE_ITEMS(co->localsplusnames);
        for (size_t i = 0; i < kwcount; i++) {
            Value kw = TUPLE_ITEMS(kwnames)[i];
            Value value = args[nargs + i];
            int j;
            if (!str_check(kw)) {
                rt_raise(&exc_TypeError, "%s() keywords must be strings", qualname_of(fn));
                return false;
            }
            for (j = co->posonlyargcount; j < total_args; j++)
                if (names[j] == kw) goto found;
            for (j = co->posonlyargcount; j < total_args; j++)
                if (str_eq(names[j], kw)) goto found;
            if (kwdict == NIL) {
                if (co->posonlyargcount && posonly_passed_as_keyword(fn, kwnames)) return false;
                rt_raise(&exc_TypeError, "%s() got an unexpected keyword argument '%s'",
                         qualname_of(fn), str_cstr(kw));
                return false;
            }
            if (dict_set(kwdict, kw, value) < 0) return false;
            continue;
        found:
            if (lp[j] != NIL) {
                rt_raise(&exc_TypeError, "%s() got multiple values for argument '%s'",
                         qualname_of(fn), str_cstr(kw));
                return false;
            }
            lp[j] = value;
        }
    }

    if (argcount > co_argcount && !(flags & CO_VARARGS)) {
        too_many_positional(fn, lp, argcount);
        return false;
    }

    if (argcount < co_argcount) {
        int defcount = fn->defaults ? (int)TUPLE_LEN(fn->defaults) : 0;
        int m = co_argcount - defcount;
        int missing = 0;
        for (int i = argcount; i < m; i++)
            if (lp[i] == NIL) missing++;
        if (missing) {
            missing_arguments(fn, lp, missing, defcount);
            return false;
        }
        if (defcount) {
            Value *defs = TUPLE_ITEMS(fn->defaults);
            for (int i = n > m ? n - m : 0; i < defcount; i++)
                if (lp[m + i] == NIL) lp[m + i] = defs[i];
        }
    }

    if (co->kwonlyargcount > 0) {
        int missing = 0;
        for (int i = co_argcount; i < total_args; i++) {
            if (lp[i] != NIL) continue;
            if (fn->kwdefaults && fn->kwdefaults != NONE) {
                Value def;
                int r = dict_find(fn->kwdefaults, TUPLE_ITEMS(co->localsplusnames)[i], &def);
                if (r < 0) return false;
                if (r) { lp[i] = def; continue; }
            }
            missing++;
        }
        if (missing) {
            missing_arguments(fn, lp, missing, -1);
            return false;
        }
    }
    return true;
}

Value call_func_str(Value func)
{
    Value qn = rt_getattr_opt(func, NM(__qualname__));
    if (!qn || !str_check(qn)) {
        rt_exc_clear();
        return str_printf("%s object", type_name(func));
    }
    Value mod = rt_getattr_opt(func, NM(__module__));
    if (!mod) rt_exc_clear();
    if (mod && str_check(mod) && strcmp(str_cstr(mod), "builtins") != 0)
        return str_printf("%s.%s()", str_cstr(mod), str_cstr(qn));
    return str_printf("%s()", str_cstr(qn));
}
