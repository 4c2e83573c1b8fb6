/* object.c — the root type `object` (creation, identity equality and hash,
 * repr, format, generic attribute access through descriptors and the
 * instance __dict__), instance allocation, and the singletons None,
 * NotImplemented and Ellipsis.  object_init() readies every native type of
 * the object model, bases first.
 * Invariant: obj_alloc returns a zeroed instance whose __dict__ (if its type
 * has one) is a fresh dict. */
#include <string.h>
#include "type.h"
#include "abstract.h"
#include "errors.h"
#include "names.h"
#include "str.h"
#include "num.h"
#include "containers.h"
#include "func.h"
#include "interp.h"

Obj rt_None_obj = {&type_none};
Obj rt_NotImplemented_obj = {&type_notimplemented};
Obj rt_Ellipsis_obj = {&type_ellipsis};

/* ---- allocation ---- */

Value obj_alloc(Type *t) {
    if (t->dict_offset == DICT_AT_END) return obj_alloc_var(t, t->size);
    Obj *o = GC_MALLOC(t->size ? t->size : sizeof(Obj));
    if (!o) return rt_raise_nomem();
    o->type = t;
    if (t->dict_offset) *(Value *)((char *)o + t->dict_offset) = dict_new();
    return OBJ_VAL(o);
}

Value obj_alloc_var(Type *t, size_t nbytes) {
    if (nbytes < t->size) nbytes = t->size;
    bool at_end = t->dict_offset == DICT_AT_END;
    Obj *o = GC_MALLOC(nbytes + (at_end ? sizeof(Value) : 0));
    if (!o) return rt_raise_nomem();
    o->type = t;
    if (t->dict_offset) *obj_dict_ptr(OBJ_VAL(o)) = dict_new();
    return OBJ_VAL(o);
}

/* ---- generic attribute access ---- */

static Value attr_error(Value obj, Value name) { return rt_raise_attribute_error(obj, name); }

static inline bool is_data_descr(Type *dt) { return dt->set || dt->delete; }

Value obj_generic_getattr_opt(Value obj, Value name) {
    Type *t = TYPE(obj);
    Value descr = type_lookup(t, name);
    SlotSig_ternary get = NULL;
    if (descr) {
        Type *dt = TYPE(descr);
        get = dt->get;
        if (get && is_data_descr(dt)) return get(descr, obj, OBJ_VAL(t));
    }
    Value *dp = obj_dict_ptr(obj);
    if (dp && *dp) {
        Value v = dict_get_str(*dp, name);
        if (v) return v;
    }
    if (get) return get(descr, obj, OBJ_VAL(t));
    return descr;
}

Value obj_generic_getattr(Value obj, Value name) {
    Value v = obj_generic_getattr_opt(obj, name);
    if (v || rt_exc_occurred()) return v;
    return attr_error(obj, name);
}

int obj_generic_setattr(Value obj, Value name, Value value) {
    Type *t = TYPE(obj);
    Value descr = type_lookup(t, name);
    if (descr) {
        Type *dt = TYPE(descr);
        if (value == NIL && dt->delete) return dt->delete(descr, obj);
        if (dt->set) return dt->set(descr, obj, value);
    }
    Value *dp = obj_dict_ptr(obj);
    if (!dp) {
        if (descr)
            rt_raise(&exc_AttributeError, "'%s' object attribute '%s' is read-only", type_name(obj),
                     str_cstr(name));
        else
            attr_error(obj, name);
        return -1;
    }
    if (!*dp) *dp = dict_new();
    if (t->flags & TF_TYPE) type_modified((Type *)obj);
    if (value == NIL) {
        int r = dict_del(*dp, name);
        if (r < 0) return -1;
        if (r == 0) {
            attr_error(obj, name);
            return -1;
        }
        return 0;
    }
    return dict_set(*dp, name, value);
}

int obj_generic_delattr(Value obj, Value name) { return obj_generic_setattr(obj, name, NIL); }

/* ---- object's slots ---- */

static bool excess_args(int nargs, Value kwnames) {
    return nargs > 0 || (kwnames && TUPLE_LEN(kwnames) > 0);
}

static Value abstract_error(Type *t) {
    Value am = dict_get_str(t->dict, str_intern("__abstractmethods__"));
    Value l = am ? rt_list_from_iter(am) : list_new(0);
    if (!l || !list_sort(l, NIL, false)) return NIL;
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < LIST_LEN(l); i++) {
        if (i) sb_adds(&b, ", ");
        if (!sb_addv_str(&b, LIST_ITEMS(l)[i])) return NIL;
    }
    Value names = sb_finish(&b);
    return rt_raise(&exc_TypeError, "Can't instantiate abstract class %s with abstract method%s %s",
                    t->name, LIST_LEN(l) == 1 ? "" : "s", str_cstr(names));
}

Value object_new_slot(Value type, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)type;
    if (excess_args(nargs, kwnames)) {
        if (t->new_ != object_new_slot)
            return rt_raise(&exc_TypeError,
                            "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t->init == object_init_slot)
            return rt_raise(&exc_TypeError, "%s() takes no arguments", t->name);
    }
    if (t->flags & TF_ABSTRACT) return abstract_error(t);
    return obj_alloc(t);
}

Value object_init_slot(Value self, Value *args, int nargs, Value kwnames) {
    Type *t = TYPE(self);
    if (excess_args(nargs, kwnames)) {
        if (t->init != object_init_slot)
            return rt_raise(&exc_TypeError,
                            "object.__init__() takes exactly one argument (the instance to initialize)");
        if (t->new_ == object_new_slot)
            return rt_raise(&exc_TypeError,
                            "%s.__init__() takes exactly one argument (the instance to initialize)",
                            t->name);
    }
    return NONE;
}

Value object_repr(Value self) {
    Type *t = TYPE(self);
    return str_printf("<%s object at %p>", str_cstr(type_qualified_name(t)), (void *)self);
}

static Value object_str(Value self) { return rt_repr(self); }

static intptr_t object_hash(Value self) {
    uintptr_t p = (uintptr_t)self;
    intptr_t h = (intptr_t)((p >> 4) | (p << (8 * sizeof(p) - 4)));
    return h == -1 ? -2 : h;
}

static Value object_eq(Value a, Value b) { return a == b ? TRUE_V : NOTIMPL; }

static Value object_ne(Value a, Value b) {
    SlotSig_binary eq = TYPE(a)->eq;
    if (!eq) return NOTIMPL;
    Value r = eq(a, b);
    if (!r || r == NOTIMPL) return r;
    int t = rt_truthy(r);
    return t < 0 ? NIL : BOOL(!t);
}

static Value object_notimpl(Value a, Value b) { return NOTIMPL; }

static Value object_format(Value self, Value spec) {
    if (!str_check(spec))
        return rt_raise(&exc_TypeError, "__format__() argument must be str, not %s", type_name(spec));
    if (str_len(spec) > 0)
        return rt_raise(&exc_TypeError, "unsupported format string passed to %s.__format__",
                        TYPE(self)->name);
    return rt_str(self);
}

static Value og_class(Value *a, int n, Value k) { return OBJ_VAL(TYPE(a[0])); }

static Value os_class(Value *a, int n, Value k) {
    Value self = a[0], v = a[1];
    if (!v) return rt_raise(&exc_TypeError, "can't delete __class__ attribute");
    if (!IS_TYPE(v))
        return rt_raise(&exc_TypeError, "__class__ must be set to a class, not '%s' object", type_name(v));
    Type *old = TYPE(self), *nt = (Type *)v;
    if (!(old->flags & TF_HEAPTYPE) || !(nt->flags & TF_HEAPTYPE) || IS_SMALL(self))
        return rt_raise(&exc_TypeError,
                        "__class__ assignment only supported for mutable types or ModuleType subclasses");
    if (old->size != nt->size || old->dict_offset != nt->dict_offset)
        return rt_raise(&exc_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                        nt->name, old->name);
    AS_OBJ(self)->type = nt;
    return NONE;
}

/* The __dict__ descriptor: not object's own (dir(int) has no __dict__, as in
 * CPython) but put by type.c on each type that introduces an instance dict. */
Value obj_dict_get(Value *a, int n, Value k) {
    Value *dp = obj_dict_ptr(a[0]);
    if (!dp) return attr_error(a[0], NM(__dict__));
    if (!*dp) *dp = dict_new();
    return *dp;
}

Value obj_dict_set(Value *a, int n, Value k) {
    Value *dp = obj_dict_ptr(a[0]);
    if (!dp) return attr_error(a[0], NM(__dict__));
    if (!a[1]) return rt_raise(&exc_TypeError, "cannot delete __dict__");
    if (!dict_check(a[1]))
        return rt_raise(&exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'", type_name(a[1]));
    *dp = a[1];
    return NONE;
}

static Value om_dir(Value *a, int n, Value k) {
    if (!arg_count("object.__dir__", n - 1, 0, 0)) return NIL;
    Value d = dict_new();
    Value *dp = obj_dict_ptr(a[0]);
    size_t pos;
    Value key, val;
    if (dp && *dp) {
        pos = 0;
        while (dict_next(*dp, &pos, &key, &val)) dict_set(d, key, NONE);
    }
    Value mro = TYPE(a[0])->mro;
    for (size_t i = 0; i < TUPLE_LEN(mro); i++) {
        pos = 0;
        while (dict_next(((Type *)TUPLE_ITEMS(mro)[i])->dict, &pos, &key, &val)) dict_set(d, key, NONE);
    }
    return dict_keys_list(d);
}

static Value om_init_subclass(Value *a, int n, Value k) {
    Type *t = (Type *)a[0];
    if (k && TUPLE_LEN(k))
        return rt_raise(&exc_TypeError, "%s.__init_subclass__() takes no keyword arguments",
                        str_cstr(t->qualname));
    if (n > 1)
        return rt_raise(&exc_TypeError, "%s.__init_subclass__() takes no arguments (%d given)",
                        str_cstr(t->qualname), n - 1);
    return NONE;
}

static Value om_subclasshook(Value *a, int n, Value k) { return NOTIMPL; }

static Value om_reduce_ex(Value *a, int n, Value k) {
    return rt_raise(&exc_TypeError, "cannot pickle '%s' object", type_name(a[0]));
}

/* object.__getstate__: None, or the instance dict when it has entries. */
static Value om_getstate(Value *a, int n, Value k) {
    if (!arg_count("object.__getstate__", n - 1, 0, 0)) return NIL;
    Value *dp = obj_dict_ptr(a[0]);
    if (dp && *dp && dict_len(*dp) > 0) return *dp;
    return NONE;
}

static Value om_sizeof(Value *a, int n, Value k) { return int_from_i64((int64_t)TYPE(a[0])->size); }

static const MethodDef object_methods[] = {
    {"__class__", og_class, METH_GETTER, NULL},
    {"__class__", os_class, METH_SETTER, NULL},
    {"__dir__", om_dir, 0, NULL},
    {"__init_subclass__", om_init_subclass, METH_CLASS, NULL},
    {"__subclasshook__", om_subclasshook, METH_CLASS, NULL},
    {"__reduce_ex__", om_reduce_ex, 0, NULL},
    {"__reduce__", om_reduce_ex, 0, NULL},
    {"__getstate__", om_getstate, 0, NULL},
    {"__sizeof__", om_sizeof, 0, NULL},
    {NULL, NULL, 0, NULL}};

Type type_object = {
    .ob = {&type_type}, .name = "object", .size = sizeof(Obj), .flags = TF_BASETYPE,
    .methods = object_methods, .new_ = object_new_slot, .init = object_init_slot,
    .repr = object_repr, .str = object_str, .hash = object_hash, .eq = object_eq,
    .ne = object_ne, .lt = object_notimpl, .le = object_notimpl, .gt = object_notimpl,
    .ge = object_notimpl, .format = object_format, .getattr = obj_generic_getattr,
    .setattr = obj_generic_setattr, .delattr = obj_generic_delattr,
};

/* ---- None, NotImplemented, Ellipsis ---- */

static Value singleton_new(Value type, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)type;
    if (excess_args(nargs, kwnames)) return rt_raise(&exc_TypeError, "%s takes no arguments", t->name);
    if (t == &type_none) return NONE;
    if (t == &type_notimplemented) return NOTIMPL;
    return ELLIPSIS;
}

static Value none_repr(Value self) { return str_intern("None"); }
static int none_bool(Value self) { return 0; }
static Value notimpl_repr(Value self) { return str_intern("NotImplemented"); }
static int notimpl_bool(Value self) { return 1; }
static Value ellipsis_repr(Value self) { return str_intern("Ellipsis"); }
static Value singleton_reduce(Value *a, int n, Value k) {
    return a[0] == NONE ? str_intern("None") : rt_repr(a[0]);
}
static const MethodDef singleton_methods[] = {
    {"__reduce__", singleton_reduce, 0, NULL},
    {NULL, NULL, 0, NULL}};

Type type_none = {
    .ob = {&type_type}, .name = "NoneType", .size = sizeof(Obj), .methods = singleton_methods,
    .new_ = singleton_new, .repr = none_repr, .bool_ = none_bool,
};
Type type_notimplemented = {
    .ob = {&type_type}, .name = "NotImplementedType", .size = sizeof(Obj),
    .methods = singleton_methods, .new_ = singleton_new, .repr = notimpl_repr, .bool_ = notimpl_bool,
};
Type type_ellipsis = {
    .ob = {&type_type}, .name = "ellipsis", .size = sizeof(Obj), .methods = singleton_methods,
    .new_ = singleton_new, .repr = ellipsis_repr,
};

/* ---- start-up ---- */

void object_init(void) {
    static Type *const types[] = {
        &type_object, &type_type, &type_none, &type_notimplemented, &type_ellipsis,
        &type_builtin_function, &type_method_descriptor, &type_classmethod_descriptor,
        &type_getset_descriptor, &type_member_descriptor, &type_wrapper_descriptor,
        &type_method_wrapper, &type_method, &type_classmethod, &type_staticmethod,
        &type_property, &type_super, &type_generic_alias, &type_union,
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) type_ready(types[i]);
}
