/* func.c — callables that are not Python functions: builtin functions and
 * methods, method/getset/member descriptors, slot wrappers and method-wrappers,
 * bound methods, classmethod, staticmethod, property, and the native argument
 * helpers.
 * Invariant: a descriptor binds on __get__ and never mutates itself; a bound
 * object (builtin method, method-wrapper, bound method) prepends its receiver. */
#include <string.h>
#include "func.h"
#include "abstract.h"
#include "errors.h"
#include "names.h"
#include "str.h"
#include "num.h"
#include "containers.h"
#include "module.h"
#include "interp.h"

/* ---- helpers ---- */

/* Call fn with `first` prepended to args (keywords ride along unchanged). */
static Value call_prepend(Value callable, NativeFn fn, Value first, Value *args, int nargs,
                          Value kwnames) {
    size_t total = (size_t)nargs + (kwnames ? TUPLE_LEN(kwnames) : 0);
    Value buf[16];
    Value *a = total + 1 <= 16 ? buf : GC_MALLOC((total + 1) * sizeof(Value));
    a[0] = first;
    if (total) memcpy(a + 1, args, total * sizeof(Value));
    if (fn) return fn(a, nargs + 1, kwnames);
    return rt_call(callable, a, nargs + 1, kwnames);
}

static const char *type_cname(Type *t) { return t->name; }

/* ---- builtin functions and builtin methods ---- */

Value native_func_new(const char *name, NativeFn fn, Value module) {
    NativeFuncObj *f = gc_obj(sizeof(NativeFuncObj), &type_builtin_function);
    f->name = name;
    f->fn = fn;
    f->self = NIL;
    f->module = module;
    f->owner = NULL;
    f->flags = 0;
    return OBJ_VAL(f);
}

static Value bind_native(NativeFuncObj *d, Value self) {
    NativeFuncObj *f = gc_obj(sizeof(NativeFuncObj), &type_builtin_function);
    *f = *d;
    f->ob.type = &type_builtin_function;
    f->self = self;
    return OBJ_VAL(f);
}

static Value builtin_call(Value self, Value *args, int nargs, Value kwnames) {
    NativeFuncObj *f = (NativeFuncObj *)self;
    if (f->self == NIL) return f->fn(args, nargs, kwnames);
    if (f->flags & METH_STATIC) return f->fn(args, nargs, kwnames);
    return call_prepend(NIL, f->fn, f->self, args, nargs, kwnames);
}

static bool self_is_module(Value s) { return s == NIL || TYPE(s) == &type_module; }

static Value builtin_repr(Value self) {
    NativeFuncObj *f = (NativeFuncObj *)self;
    if (self_is_module(f->self)) return str_printf("<built-in function %s>", f->name);
    return str_printf("<built-in method %s of %s object at %p>", f->name,
                      TYPE(f->self)->name, (void *)f->self);
}

static Value builtin_get_name(Value *a, int n, Value k) {
    return str_from_cstr(((NativeFuncObj *)a[0])->name);
}
static Value builtin_get_qualname(Value *a, int n, Value k) {
    NativeFuncObj *f = (NativeFuncObj *)a[0];
    if (self_is_module(f->self) && !f->owner) return str_from_cstr(f->name);
    Type *t = f->owner;
    if (!t) t = IS_TYPE(f->self) ? (Type *)f->self : TYPE(f->self);
    return str_printf("%s.%s", str_cstr(t->qualname ? t->qualname : str_from_cstr(t->name)), f->name);
}
static Value builtin_get_module(Value *a, int n, Value k) {
    NativeFuncObj *f = (NativeFuncObj *)a[0];
    return f->module ? f->module : NONE;
}
static Value builtin_get_self(Value *a, int n, Value k) {
    NativeFuncObj *f = (NativeFuncObj *)a[0];
    return f->self ? f->self : NONE;
}
static Value builtin_get_doc(Value *a, int n, Value k) { return NONE; }

static Value builtin_eq(Value a, Value b) {
    if (TYPE(b) != &type_builtin_function) return NOTIMPL;
    NativeFuncObj *x = (NativeFuncObj *)a, *y = (NativeFuncObj *)b;
    return BOOL(x->fn == y->fn && x->self == y->self);
}
static intptr_t builtin_hash(Value a) {
    NativeFuncObj *x = (NativeFuncObj *)a;
    intptr_t h = (intptr_t)((uintptr_t)x->fn >> 4) ^ (intptr_t)((uintptr_t)x->self >> 4);
    return h == -1 ? -2 : h;
}

/* asp keeps no signatures for native functions (inspect falls back on None). */
static Value builtin_get_text_signature(Value *a, int n, Value k) { return NONE; }

static const MethodDef builtin_methods[] = {
    {"__name__", builtin_get_name, METH_GETTER, NULL},
    {"__qualname__", builtin_get_qualname, METH_GETTER, NULL},
    {"__module__", builtin_get_module, METH_GETTER, NULL},
    {"__self__", builtin_get_self, METH_GETTER, NULL},
    {"__doc__", builtin_get_doc, METH_GETTER, NULL},
    {"__text_signature__", builtin_get_text_signature, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_builtin_function = {
    .ob = {&type_type}, .name = "builtin_function_or_method", .size = sizeof(NativeFuncObj),
    .methods = builtin_methods, .call = builtin_call, .repr = builtin_repr,
    .eq = builtin_eq, .hash = builtin_hash,
};

/* ---- method descriptors (instance methods of native types) ---- */

Value method_descr_new(Type *owner, const MethodDef *def) {
    if (def->flags & METH_STATIC) {
        NativeFuncObj *f = (NativeFuncObj *)native_func_new(def->name, def->fn, NIL);
        f->owner = owner;
        f->flags = METH_STATIC;
        return staticmethod_new(OBJ_VAL(f));
    }
    NativeFuncObj *f = gc_obj(sizeof(NativeFuncObj),
                              (def->flags & METH_CLASS) ? &type_classmethod_descriptor
                                                        : &type_method_descriptor);
    f->name = def->name;
    f->fn = def->fn;
    f->self = NIL;
    f->module = NIL;
    f->owner = owner;
    f->flags = def->flags;
    return OBJ_VAL(f);
}

static Value mdescr_get(Value self, Value obj, Value type) {
    if (obj == NIL) return self;
    NativeFuncObj *d = (NativeFuncObj *)self;
    if (!IS_INSTANCE(obj, d->owner))
        return rt_raise(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        d->name, type_cname(d->owner), type_name(obj));
    return bind_native(d, obj);
}

static Value mdescr_call(Value self, Value *args, int nargs, Value kwnames) {
    NativeFuncObj *d = (NativeFuncObj *)self;
    if (nargs < 1)
        return rt_raise(&exc_TypeError, "unbound method %s.%s() needs an argument",
                        type_cname(d->owner), d->name);
    if (!IS_INSTANCE(args[0], d->owner))
        return rt_raise(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        d->name, type_cname(d->owner), type_name(args[0]));
    return d->fn(args, nargs, kwnames);
}

static Value mdescr_repr(Value self) {
    NativeFuncObj *d = (NativeFuncObj *)self;
    return str_printf("<method '%s' of '%s' objects>", d->name, type_cname(d->owner));
}

static Value mdescr_get_objclass(Value *a, int n, Value k) {
    return OBJ_VAL(((NativeFuncObj *)a[0])->owner);
}
static Value mdescr_get_qualname(Value *a, int n, Value k) {
    NativeFuncObj *d = (NativeFuncObj *)a[0];
    return str_printf("%s.%s", d->owner->name, d->name);
}

static const MethodDef mdescr_methods[] = {
    {"__name__", builtin_get_name, METH_GETTER, NULL},
    {"__qualname__", mdescr_get_qualname, METH_GETTER, NULL},
    {"__objclass__", mdescr_get_objclass, METH_GETTER, NULL},
    {"__doc__", builtin_get_doc, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_method_descriptor = {
    .ob = {&type_type}, .name = "method_descriptor", .size = sizeof(NativeFuncObj),
    .methods = mdescr_methods, .call = mdescr_call, .get = mdescr_get, .repr = mdescr_repr,
};

/* Class methods of native types (dict.fromkeys): bind to the class. */
static Value cmdescr_get(Value self, Value obj, Value type) {
    NativeFuncObj *d = (NativeFuncObj *)self;
    if (type == NIL || type == NONE) type = OBJ_VAL(TYPE(obj));
    return bind_native(d, type);
}

static Value cmdescr_call(Value self, Value *args, int nargs, Value kwnames) {
    NativeFuncObj *d = (NativeFuncObj *)self;
    if (nargs < 1)
        return rt_raise(&exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                        d->name, type_cname(d->owner));
    if (!IS_TYPE(args[0]))
        return rt_raise(&exc_TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2",
                        d->name, type_cname(d->owner), type_name(args[0]));
    return d->fn(args, nargs, kwnames);
}

Type type_classmethod_descriptor = {
    .ob = {&type_type}, .name = "classmethod_descriptor", .size = sizeof(NativeFuncObj),
    .methods = mdescr_methods, .call = cmdescr_call, .get = cmdescr_get, .repr = mdescr_repr,
};

/* ---- T.__new__ for native types: a builtin bound to T ---- */

static Value new_wrapper_fn(Value *args, int nargs, Value kwnames) {
    Type *owner = (Type *)args[0];
    if (nargs < 2)
        return rt_raise(&exc_TypeError, "%s.__new__(): not enough arguments", owner->name);
    Value sub = args[1];
    if (!IS_TYPE(sub))
        return rt_raise(&exc_TypeError, "%s.__new__(X): X is not a type object (%s)", owner->name,
                        type_name(sub));
    Type *st = (Type *)sub;
    if (!type_is_subtype(st, owner))
        return rt_raise(&exc_TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner->name,
                        st->name, st->name, owner->name);
    /* The most derived native base of st must use this __new__ (CPython's
     * "is not safe" check): object.__new__(int) would build a broken int. */
    Type *nb = st;
    while (nb && (nb->flags & TF_HEAPTYPE)) nb = nb->base;
    if (nb && nb != owner && nb->new_ != owner->new_)
        return rt_raise(&exc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", owner->name,
                        st->name, nb->name);
    if (!owner->new_) return rt_raise(&exc_TypeError, "cannot create '%s' instances", st->name);
    return owner->new_(sub, args + 2, nargs - 2, kwnames);
}

Value new_wrapper_new(Type *owner) {
    NativeFuncObj *f = (NativeFuncObj *)native_func_new("__new__", new_wrapper_fn, NIL);
    f->self = OBJ_VAL(owner);
    f->owner = owner;
    return OBJ_VAL(f);
}

bool is_new_wrapper(Value v) {
    return !IS_SMALL(v) && TYPE(v) == &type_builtin_function &&
           ((NativeFuncObj *)v)->fn == new_wrapper_fn;
}

/* ---- getset descriptors ---- */

Value getset_new(Type *owner, const char *name, NativeFn get, NativeFn set) {
    GetSetObj *g = gc_obj(sizeof(GetSetObj), &type_getset_descriptor);
    g->owner = owner;
    g->name = name;
    g->get = get;
    g->set = set;
    return OBJ_VAL(g);
}

static bool descr_check(Type *owner, const char *name, Value obj) {
    if (IS_INSTANCE(obj, owner)) return true;
    rt_raise(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
             name, type_cname(owner), type_name(obj));
    return false;
}

static Value getset_get(Value self, Value obj, Value type) {
    GetSetObj *g = (GetSetObj *)self;
    if (obj == NIL) return self;
    if (!descr_check(g->owner, g->name, obj)) return NIL;
    if (!g->get)
        return rt_raise(&exc_AttributeError, "attribute '%s' of '%s' objects is not readable",
                        g->name, type_cname(g->owner));
    return g->get(&obj, 1, NIL);
}

static int getset_set(Value self, Value obj, Value value) {
    GetSetObj *g = (GetSetObj *)self;
    if (!descr_check(g->owner, g->name, obj)) return -1;
    if (!g->set) {
        rt_raise(&exc_AttributeError, "attribute '%s' of '%s' objects is not writable", g->name,
                 type_cname(g->owner));
        return -1;
    }
    Value a[2] = {obj, value};
    return g->set(a, 2, NIL) ? 0 : -1;
}

static int getset_delete(Value self, Value obj) { return getset_set(self, obj, NIL); }

static Value getset_repr(Value self) {
    GetSetObj *g = (GetSetObj *)self;
    return str_printf("<attribute '%s' of '%s' objects>", g->name, type_cname(g->owner));
}

static Value getset_get_name(Value *a, int n, Value k) {
    return str_from_cstr(((GetSetObj *)a[0])->name);
}
static Value getset_get_objclass(Value *a, int n, Value k) {
    return OBJ_VAL(((GetSetObj *)a[0])->owner);
}
static const MethodDef getset_methods[] = {
    {"__name__", getset_get_name, METH_GETTER, NULL},
    {"__objclass__", getset_get_objclass, METH_GETTER, NULL},
    {"__doc__", builtin_get_doc, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_getset_descriptor = {
    .ob = {&type_type}, .name = "getset_descriptor", .size = sizeof(GetSetObj),
    .methods = getset_methods, .get = getset_get, .set = getset_set, .delete = getset_delete,
    .repr = getset_repr,
};

/* ---- member descriptors (__slots__) ---- */

Value member_descr_new(Type *owner, Value name, size_t offset) {
    MemberObj *m = gc_obj(sizeof(MemberObj), &type_member_descriptor);
    m->owner = owner;
    m->name = name;
    m->offset = offset;
    return OBJ_VAL(m);
}

static Value member_get(Value self, Value obj, Value type) {
    MemberObj *m = (MemberObj *)self;
    if (obj == NIL) return self;
    if (!descr_check(m->owner, str_cstr(m->name), obj)) return NIL;
    Value v = *(Value *)((char *)obj + m->offset);
    if (!v)
        return rt_raise(&exc_AttributeError, "'%s' object has no attribute '%s'",
                        type_cname(m->owner), str_cstr(m->name));
    return v;
}

static int member_set(Value self, Value obj, Value value) {
    MemberObj *m = (MemberObj *)self;
    if (!descr_check(m->owner, str_cstr(m->name), obj)) return -1;
    Value *p = (Value *)((char *)obj + m->offset);
    if (value == NIL && *p == NIL) {
        rt_raise(&exc_AttributeError, "'%s' object has no attribute '%s'", type_cname(m->owner),
                 str_cstr(m->name));
        return -1;
    }
    *p = value;
    return 0;
}

static int member_delete(Value self, Value obj) { return member_set(self, obj, NIL); }

static Value member_repr(Value self) {
    MemberObj *m = (MemberObj *)self;
    return str_printf("<member '%s' of '%s' objects>", str_cstr(m->name), type_cname(m->owner));
}

static Value member_get_name(Value *a, int n, Value k) { return ((MemberObj *)a[0])->name; }
static Value member_get_objclass(Value *a, int n, Value k) {
    return OBJ_VAL(((MemberObj *)a[0])->owner);
}
static const MethodDef member_methods[] = {
    {"__name__", member_get_name, METH_GETTER, NULL},
    {"__objclass__", member_get_objclass, METH_GETTER, NULL},
    {"__doc__", builtin_get_doc, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_member_descriptor = {
    .ob = {&type_type}, .name = "member_descriptor", .size = sizeof(MemberObj),
    .methods = member_methods, .get = member_get, .set = member_set, .delete = member_delete,
    .repr = member_repr,
};

/* ---- slot wrappers ---- */

Value wrapper_descr_new(Type *owner, int slot, void *fn) {
    WrapperDescrObj *w = gc_obj(sizeof(WrapperDescrObj), &type_wrapper_descriptor);
    w->owner = owner;
    w->slot = slot;
    w->fn = fn;
    return OBJ_VAL(w);
}

static const char *slot_name(int slot) { return str_cstr(rt_names[slot]); }

static bool check_nargs(int got, int want) {
    if (got == want) return true;
    rt_raise(&exc_TypeError, "expected %d argument%s, got %d", want, want == 1 ? "" : "s", got);
    return false;
}

static Value status_result(int r) { return r < 0 ? NIL : NONE; }

Value slot_call(int slot, void *fn, Value *args, int nargs, Value kwnames) {
    int sig = type_slot_info[slot].sig;
    Value self = args[0];
    int n = nargs - 1;
    Value *a = args + 1;
    if (sig != SIGK_call && kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "wrapper %s() takes no keyword arguments", slot_name(slot));
        return NIL;
    }
    switch (sig) {
    case SIGK_unary: {
        if (!check_nargs(n, 0)) return NIL;
        Value r = ((SlotSig_unary)fn)(self);
        if (r == NIL && slot == SLOTNO_next && !rt_exc_occurred())
            return rt_raise_args(&exc_StopIteration, rt_empty_tuple);
        return r;
    }
    case SIGK_binary:
        if (!check_nargs(n, 1)) return NIL;
        return ((SlotSig_binary)fn)(self, a[0]);
    case SIGK_ternary:
        if (slot == SLOTNO_get) {
            if (n < 1 || n > 2) {
                if (n < 1) return rt_raise(&exc_TypeError, "expected at least 1 argument, got %d", n);
                return rt_raise(&exc_TypeError, "expected at most 2 arguments, got %d", n);
            }
            Value obj = a[0] == NONE ? NIL : a[0];
            Value type = n > 1 && a[1] != NONE ? a[1] : NIL;
            if (obj == NIL && type == NIL)
                return rt_raise(&exc_TypeError, "__get__(None, None) is invalid");
            if (type == NIL) type = OBJ_VAL(TYPE(obj));
            return ((SlotSig_ternary)fn)(self, obj, type);
        }
        if (n < 1 || n > 2) {
            if (n < 1) return rt_raise(&exc_TypeError, "expected at least 1 argument, got %d", n);
            return rt_raise(&exc_TypeError, "expected at most 2 arguments, got %d", n);
        }
        return ((SlotSig_ternary)fn)(self, a[0], n > 1 ? a[1] : NONE);
    case SIGK_call: {
        Value r = ((SlotSig_call)fn)(self, a, n, kwnames);
        if (slot == SLOTNO_init && r != NIL) return NONE;
        return r;
    }
    case SIGK_exit:
        if (!check_nargs(n, 3)) return NIL;
        return ((SlotSig_exit)fn)(self, a[0], a[1], a[2]);
    case SIGK_hash: {
        if (!check_nargs(n, 0)) return NIL;
        intptr_t h = ((SlotSig_hash)fn)(self);
        return h == -1 && rt_exc_occurred() ? NIL : int_from_i64(h);
    }
    case SIGK_len: {
        if (!check_nargs(n, 0)) return NIL;
        intptr_t l = ((SlotSig_len)fn)(self);
        return l < 0 ? NIL : int_from_i64(l);
    }
    case SIGK_inquiry: {
        if (!check_nargs(n, 0)) return NIL;
        int r = ((SlotSig_inquiry)fn)(self);
        return r < 0 ? NIL : BOOL(r);
    }
    case SIGK_setitem:
        if (!check_nargs(n, 2)) return NIL;
        return status_result(((SlotSig_setitem)fn)(self, a[0], a[1]));
    case SIGK_delitem:
        if (!check_nargs(n, 1)) return NIL;
        return status_result(((SlotSig_delitem)fn)(self, a[0]));
    case SIGK_contains: {
        if (!check_nargs(n, 1)) return NIL;
        int r = ((SlotSig_contains)fn)(self, a[0]);
        return r < 0 ? NIL : BOOL(r);
    }
    }
    return rt_raise(&exc_SystemError, "bad slot signature");
}

static Value wrapper_call(Value self, Value *args, int nargs, Value kwnames) {
    WrapperDescrObj *w = (WrapperDescrObj *)self;
    if (nargs < 1)
        return rt_raise(&exc_TypeError, "descriptor '%s' of '%s' object needs an argument",
                        slot_name(w->slot), type_cname(w->owner));
    if (!IS_INSTANCE(args[0], w->owner))
        return rt_raise(&exc_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                        slot_name(w->slot), type_cname(w->owner), type_name(args[0]));
    return slot_call(w->slot, w->fn, args, nargs, kwnames);
}

typedef struct MethodWrapperObj { Obj ob; WrapperDescrObj *descr; Value self; } MethodWrapperObj;

static Value wrapper_get(Value self, Value obj, Value type) {
    WrapperDescrObj *w = (WrapperDescrObj *)self;
    if (obj == NIL) return self;
    if (!IS_INSTANCE(obj, w->owner))
        return rt_raise(&exc_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        slot_name(w->slot), type_cname(w->owner), type_name(obj));
    MethodWrapperObj *m = gc_obj(sizeof(MethodWrapperObj), &type_method_wrapper);
    m->descr = w;
    m->self = obj;
    return OBJ_VAL(m);
}

static Value wrapper_repr(Value self) {
    WrapperDescrObj *w = (WrapperDescrObj *)self;
    return str_printf("<slot wrapper '%s' of '%s' objects>", slot_name(w->slot), type_cname(w->owner));
}

static Value wrapper_get_name(Value *a, int n, Value k) {
    return rt_names[((WrapperDescrObj *)a[0])->slot];
}
static Value wrapper_get_qualname(Value *a, int n, Value k) {
    WrapperDescrObj *w = (WrapperDescrObj *)a[0];
    return str_printf("%s.%s", w->owner->name, slot_name(w->slot));
}
static Value wrapper_get_objclass(Value *a, int n, Value k) {
    return OBJ_VAL(((WrapperDescrObj *)a[0])->owner);
}
static const MethodDef wrapper_methods[] = {
    {"__name__", wrapper_get_name, METH_GETTER, NULL},
    {"__qualname__", wrapper_get_qualname, METH_GETTER, NULL},
    {"__objclass__", wrapper_get_objclass, METH_GETTER, NULL},
    {"__doc__", builtin_get_doc, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_wrapper_descriptor = {
    .ob = {&type_type}, .name = "wrapper_descriptor", .size = sizeof(WrapperDescrObj),
    .methods = wrapper_methods, .call = wrapper_call, .get = wrapper_get, .repr = wrapper_repr,
};

static Value mwrapper_call(Value self, Value *args, int nargs, Value kwnames) {
    MethodWrapperObj *m = (MethodWrapperObj *)self;
    size_t total = (size_t)nargs + (kwnames ? TUPLE_LEN(kwnames) : 0);
    Value buf[8];
    Value *a = total + 1 <= 8 ? buf : GC_MALLOC((total + 1) * sizeof(Value));
    a[0] = m->self;
    if (total) memcpy(a + 1, args, total * sizeof(Value));
    return slot_call(m->descr->slot, m->descr->fn, a, nargs + 1, kwnames);
}

static Value mwrapper_repr(Value self) {
    MethodWrapperObj *m = (MethodWrapperObj *)self;
    return str_printf("<method-wrapper '%s' of %s object at %p>", slot_name(m->descr->slot),
                      type_name(m->self), (void *)m->self);
}

static Value mwrapper_get_name(Value *a, int n, Value k) {
    return rt_names[((MethodWrapperObj *)a[0])->descr->slot];
}
static Value mwrapper_get_self(Value *a, int n, Value k) { return ((MethodWrapperObj *)a[0])->self; }
static Value mwrapper_get_qualname(Value *a, int n, Value k) {
    MethodWrapperObj *m = (MethodWrapperObj *)a[0];
    return str_printf("%s.%s", m->descr->owner->name, slot_name(m->descr->slot));
}
static Value mwrapper_eq(Value a, Value b) {
    if (TYPE(b) != &type_method_wrapper) return NOTIMPL;
    MethodWrapperObj *x = (MethodWrapperObj *)a, *y = (MethodWrapperObj *)b;
    return BOOL(x->descr == y->descr && x->self == y->self);
}
static intptr_t mwrapper_hash(Value a) {
    MethodWrapperObj *x = (MethodWrapperObj *)a;
    intptr_t h = (intptr_t)(((uintptr_t)x->descr >> 4) ^ ((uintptr_t)x->self >> 4));
    return h == -1 ? -2 : h;
}
static const MethodDef mwrapper_methods[] = {
    {"__name__", mwrapper_get_name, METH_GETTER, NULL},
    {"__qualname__", mwrapper_get_qualname, METH_GETTER, NULL},
    {"__self__", mwrapper_get_self, METH_GETTER, NULL},
    {"__doc__", builtin_get_doc, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_method_wrapper = {
    .ob = {&type_type}, .name = "method-wrapper", .size = sizeof(MethodWrapperObj),
    .methods = mwrapper_methods, .call = mwrapper_call, .repr = mwrapper_repr,
    .eq = mwrapper_eq, .hash = mwrapper_hash,
};

/* ---- bound methods ---- */

Value method_new(Value func, Value self) {
    MethodObj *m = gc_obj(sizeof(MethodObj), &type_method);
    m->func = func;
    m->self = self;
    return OBJ_VAL(m);
}

static Value method_call(Value self, Value *args, int nargs, Value kwnames) {
    MethodObj *m = (MethodObj *)self;
    return call_prepend(m->func, NULL, m->self, args, nargs, kwnames);
}

static Value method_repr(Value self) {
    MethodObj *m = (MethodObj *)self;
    Value name = rt_getattr_opt(m->func, NM(__qualname__));
    if (!name && rt_exc_occurred()) return NIL;
    if (!name || !str_check(name)) {
        name = rt_getattr_opt(m->func, NM(__name__));
        if (!name && rt_exc_occurred()) return NIL;
    }
    StrBuf b;
    sb_init(&b);
    sb_adds(&b, "<bound method ");
    if (name && str_check(name)) sb_adds(&b, str_cstr(name));
    else sb_adds(&b, "?");
    sb_adds(&b, " of ");
    if (!sb_addv_repr(&b, m->self)) return NIL;
    sb_adds(&b, ">");
    return sb_finish(&b);
}

static Value method_getattr(Value self, Value name) {
    Value r = obj_generic_getattr(self, name);
    if (r || !rt_exc_matches(&exc_AttributeError)) return r;
    rt_exc_clear();
    return rt_getattr(((MethodObj *)self)->func, name);
}

static Value method_eq(Value a, Value b) {
    if (TYPE(b) != &type_method) return NOTIMPL;
    MethodObj *x = (MethodObj *)a, *y = (MethodObj *)b;
    if (x->self != y->self) return FALSE_V;
    int r = rt_eq(x->func, y->func);
    return r < 0 ? NIL : BOOL(r);
}

static intptr_t method_hash(Value a) {
    MethodObj *x = (MethodObj *)a;
    intptr_t h = rt_hash(x->func);
    if (h == -1) return -1;
    h ^= (intptr_t)((uintptr_t)x->self >> 4);
    return h == -1 ? -2 : h;
}

static Value method_get_func(Value *a, int n, Value k) { return ((MethodObj *)a[0])->func; }
static Value method_get_self(Value *a, int n, Value k) { return ((MethodObj *)a[0])->self; }
static Value method_get_doc(Value *a, int n, Value k) {
    return rt_getattr(((MethodObj *)a[0])->func, NM(__doc__));
}
static const MethodDef method_methods[] = {
    {"__func__", method_get_func, METH_GETTER, NULL},
    {"__self__", method_get_self, METH_GETTER, NULL},
    {"__doc__", method_get_doc, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_method = {
    .ob = {&type_type}, .name = "method", .size = sizeof(MethodObj), .methods = method_methods,
    .call = method_call, .repr = method_repr, .getattr = method_getattr, .eq = method_eq,
    .hash = method_hash,
};

/* ---- classmethod / staticmethod ---- */

static Value cm_alloc(Type *t, Value func) {
    ClassMethodObj *c = (ClassMethodObj *)obj_alloc(t);
    if (!c) return NIL;
    c->func = func;
    return OBJ_VAL(c);
}

Value classmethod_new(Value func) { return cm_alloc(&type_classmethod, func); }
Value staticmethod_new(Value func) { return cm_alloc(&type_staticmethod, func); }

static Value cm_new(Value type, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)type;
    const char *name = t == &type_staticmethod || type_is_subtype(t, &type_staticmethod)
                           ? "staticmethod" : "classmethod";
    if (kwnames && TUPLE_LEN(kwnames))
        return rt_raise(&exc_TypeError, "%s() takes no keyword arguments", name);
    if (nargs != 1)
        return rt_raise(&exc_TypeError, "%s expected 1 argument, got %d", name, nargs);
    return cm_alloc(t, args[0]);
}

static Value cm_init(Value self, Value *args, int nargs, Value kwnames) { return NONE; }

static Value classmethod_get(Value self, Value obj, Value type) {
    if (type == NIL || type == NONE) type = OBJ_VAL(TYPE(obj));
    return method_new(((ClassMethodObj *)self)->func, type);
}

static Value staticmethod_get(Value self, Value obj, Value type) {
    return ((StaticMethodObj *)self)->func;
}

static Value staticmethod_call(Value self, Value *args, int nargs, Value kwnames) {
    return rt_call(((StaticMethodObj *)self)->func, args, nargs, kwnames);
}

static Value cm_repr_common(Value self, const char *kind) {
    StrBuf b;
    sb_init(&b);
    sb_printf(&b, "<%s(", kind);
    if (!sb_addv_repr(&b, ((ClassMethodObj *)self)->func)) return NIL;
    sb_adds(&b, ")>");
    return sb_finish(&b);
}
static Value classmethod_repr(Value self) { return cm_repr_common(self, "classmethod"); }
static Value staticmethod_repr(Value self) { return cm_repr_common(self, "staticmethod"); }

static Value cm_get_func(Value *a, int n, Value k) { return ((ClassMethodObj *)a[0])->func; }
static Value cm_get_isabstract(Value *a, int n, Value k) {
    Value v = rt_getattr_opt(((ClassMethodObj *)a[0])->func, str_intern("__isabstractmethod__"));
    if (!v) return rt_exc_occurred() ? NIL : FALSE_V;
    int t = rt_truthy(v);
    return t < 0 ? NIL : BOOL(t);
}

/* classmethod/staticmethod copy the wrapped function's metadata (3.10+). */
static Value cm_getattr(Value self, Value name) {
    Value r = obj_generic_getattr(self, name);
    if (r || !rt_exc_matches(&exc_AttributeError)) return r;
    if (name == NM(__name__) || name == NM(__qualname__) || name == NM(__doc__) ||
        name == NM(__module__) || name == NM(__annotations__)) {
        Value err = rt_exc_fetch();
        Value v = rt_getattr_opt(((ClassMethodObj *)self)->func, name);
        if (v || rt_exc_occurred()) return v;
        rt_raise_value(err);
    }
    return NIL;
}

static const MethodDef cm_methods[] = {
    {"__func__", cm_get_func, METH_GETTER, NULL},
    {"__wrapped__", cm_get_func, METH_GETTER, NULL},
    {"__isabstractmethod__", cm_get_isabstract, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_classmethod = {
    .ob = {&type_type}, .name = "classmethod", .size = sizeof(ClassMethodObj),
    .dict_offset = offsetof(ClassMethodObj, dict), .flags = TF_BASETYPE, .methods = cm_methods,
    .new_ = cm_new, .init = cm_init, .get = classmethod_get, .repr = classmethod_repr,
    .getattr = cm_getattr,
};

Type type_staticmethod = {
    .ob = {&type_type}, .name = "staticmethod", .size = sizeof(StaticMethodObj),
    .dict_offset = offsetof(StaticMethodObj, dict), .flags = TF_BASETYPE, .methods = cm_methods,
    .new_ = cm_new, .init = cm_init, .get = staticmethod_get, .call = staticmethod_call,
    .repr = staticmethod_repr, .getattr = cm_getattr,
};

/* ---- property ---- */

static Value prop_doc_from(Value fget) {
    if (fget == NONE) return NONE;
    Value d = rt_getattr_opt(fget, NM(__doc__));
    if (!d) { rt_exc_clear(); return NONE; }
    return d;
}

static Value prop_new(Value type, Value *args, int nargs, Value kwnames) {
    PropertyObj *p = (PropertyObj *)obj_alloc((Type *)type);
    if (!p) return NIL;
    p->fget = p->fset = p->fdel = p->doc = NONE;
    p->name = NONE;
    return OBJ_VAL(p);
}

static Value prop_init(Value self, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"fget", "fset", "fdel", "doc"};
    Value v[4] = {NIL, NIL, NIL, NIL};
    if (nargs > 4)
        return rt_raise(&exc_TypeError, "property() takes at most 4 arguments (%d given)",
                        nargs + (kwnames ? (int)TUPLE_LEN(kwnames) : 0));
    for (int i = 0; i < nargs; i++) v[i] = args[i];
    Value kw[4];
    if (!arg_kw("property", args, nargs, kwnames, names, kw, 4)) return NIL;
    for (int i = 0; i < 4; i++) {
        if (kw[i]) {
            if (v[i]) return rt_raise(&exc_TypeError, "argument for property() given by name ('%s') and position (%d)", names[i], i + 1);
            v[i] = kw[i];
        }
    }
    PropertyObj *p = (PropertyObj *)self;
    p->fget = v[0] ? v[0] : NONE;
    p->fset = v[1] ? v[1] : NONE;
    p->fdel = v[2] ? v[2] : NONE;
    p->getter_doc = false;
    if (v[3] && v[3] != NONE) {
        p->doc = v[3];
    } else {
        p->doc = prop_doc_from(p->fget);
        p->getter_doc = true;
    }
    /* A subclass stores __doc__ in its instance dict, as CPython does. */
    Value *d = obj_dict_ptr(self);
    if (d && *d && TYPE(self) != &type_property) dict_set_str(*d, NM(__doc__), p->doc);
    return NONE;
}

static Value prop_err(PropertyObj *p, Value obj, const char *what) {
    if (p->name != NONE && p->name != NIL && str_check(p->name))
        return rt_raise(&exc_AttributeError, "property '%s' of '%s' object has no %s",
                        str_cstr(p->name), type_name(obj), what);
    return rt_raise(&exc_AttributeError, "property of '%s' object has no %s", type_name(obj), what);
}

static Value prop_get(Value self, Value obj, Value type) {
    PropertyObj *p = (PropertyObj *)self;
    if (obj == NIL) return self;
    if (p->fget == NONE) return prop_err(p, obj, "getter");
    return rt_call1(p->fget, obj);
}

static int prop_set(Value self, Value obj, Value value) {
    PropertyObj *p = (PropertyObj *)self;
    Value r;
    if (value == NIL) {
        if (p->fdel == NONE) { prop_err(p, obj, "deleter"); return -1; }
        r = rt_call1(p->fdel, obj);
    } else {
        if (p->fset == NONE) { prop_err(p, obj, "setter"); return -1; }
        r = rt_call2(p->fset, obj, value);
    }
    return r ? 0 : -1;
}

static int prop_delete(Value self, Value obj) { return prop_set(self, obj, NIL); }

static Value prop_copy(Value self, Value fget, Value fset, Value fdel) {
    PropertyObj *p = (PropertyObj *)self;
    Value doc = p->getter_doc && fget != NIL ? NONE : p->doc;
    Value args[4] = {fget ? fget : p->fget, fset ? fset : p->fset, fdel ? fdel : p->fdel, doc};
    Value np = rt_call(OBJ_VAL(TYPE(self)), args, 4, NIL);
    if (np && IS_INSTANCE(np, &type_property)) ((PropertyObj *)np)->name = p->name;
    return np;
}

static Value prop_getter(Value *a, int n, Value k) {
    if (!arg_count("getter", n - 1, 1, 1)) return NIL;
    return prop_copy(a[0], a[1], NIL, NIL);
}
static Value prop_setter(Value *a, int n, Value k) {
    if (!arg_count("setter", n - 1, 1, 1)) return NIL;
    return prop_copy(a[0], NIL, a[1], NIL);
}
static Value prop_deleter(Value *a, int n, Value k) {
    if (!arg_count("deleter", n - 1, 1, 1)) return NIL;
    return prop_copy(a[0], NIL, NIL, a[1]);
}
static Value prop_set_name(Value *a, int n, Value k) {
    if (!arg_count("__set_name__", n - 1, 2, 2)) return NIL;
    ((PropertyObj *)a[0])->name = a[2];
    return NONE;
}
static Value prop_get_fget(Value *a, int n, Value k) { return ((PropertyObj *)a[0])->fget; }
static Value prop_get_fset(Value *a, int n, Value k) { return ((PropertyObj *)a[0])->fset; }
static Value prop_get_fdel(Value *a, int n, Value k) { return ((PropertyObj *)a[0])->fdel; }
static Value prop_get_doc(Value *a, int n, Value k) { return ((PropertyObj *)a[0])->doc; }
static Value prop_set_doc(Value *a, int n, Value k) {
    ((PropertyObj *)a[0])->doc = a[1] ? a[1] : NONE;
    return NONE;
}
static Value prop_get_isabstract(Value *a, int n, Value k) {
    PropertyObj *p = (PropertyObj *)a[0];
    Value fs[3] = {p->fget, p->fset, p->fdel};
    Value nm = str_intern("__isabstractmethod__");
    for (int i = 0; i < 3; i++) {
        if (fs[i] == NONE) continue;
        Value v = rt_getattr_opt(fs[i], nm);
        if (!v) {
            if (rt_exc_occurred()) return NIL;
            continue;
        }
        int t = rt_truthy(v);
        if (t != 0) return t < 0 ? NIL : TRUE_V;
    }
    return FALSE_V;
}

static const MethodDef prop_methods[] = {
    {"getter", prop_getter, 0, NULL},
    {"setter", prop_setter, 0, NULL},
    {"deleter", prop_deleter, 0, NULL},
    {"__set_name__", prop_set_name, 0, NULL},
    {"fget", prop_get_fget, METH_GETTER, NULL},
    {"fset", prop_get_fset, METH_GETTER, NULL},
    {"fdel", prop_get_fdel, METH_GETTER, NULL},
    {"__doc__", prop_get_doc, METH_GETTER, NULL},
    {"__doc__", prop_set_doc, METH_SETTER, NULL},
    {"__isabstractmethod__", prop_get_isabstract, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_property = {
    .ob = {&type_type}, .name = "property", .size = sizeof(PropertyObj), .flags = TF_BASETYPE,
    .methods = prop_methods, .new_ = prop_new, .init = prop_init, .get = prop_get,
    .set = prop_set, .delete = prop_delete,
};

/* ---- argument helpers ---- */

bool arg_count(const char *fname, int nargs, int min, int max) {
    if (nargs >= min && (max < 0 || nargs <= max)) return true;
    if (min == 0 && max == 0) {
        rt_raise(&exc_TypeError, "%s() takes no arguments (%d given)", fname, nargs);
    } else if (min == 1 && max == 1) {
        rt_raise(&exc_TypeError, "%s() takes exactly one argument (%d given)", fname, nargs);
    } else if (nargs < min) {
        rt_raise(&exc_TypeError, "%s expected %s%d argument%s, got %d", fname,
                 min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    } else {
        rt_raise(&exc_TypeError, "%s expected %s%d argument%s, got %d", fname,
                 min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    }
    return false;
}

bool arg_nokw(const char *fname, Value kwnames) {
    if (!kwnames || TUPLE_LEN(kwnames) == 0) return true;
    rt_raise(&exc_TypeError, "%s() takes no keyword arguments", fname);
    return false;
}

bool arg_kw(const char *fname, Value *args, int nargs, Value kwnames,
            const char *const *names, Value *out, int nnames) {
    for (int i = 0; i < nnames; i++) out[i] = NIL;
    if (!kwnames) return true;
    size_t nk = TUPLE_LEN(kwnames);
    for (size_t j = 0; j < nk; j++) {
        Value k = TUPLE_ITEMS(kwnames)[j];
        const char *ks = str_cstr(k);
        int i;
        for (i = 0; i < nnames; i++)
            if (strcmp(names[i], ks) == 0) break;
        if (i == nnames) {
            rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for %s()", ks, fname);
            return false;
        }
        out[i] = args[nargs + j];
    }
    return true;
}
