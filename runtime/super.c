/* super.c — the super type: attribute lookup along type(obj).__mro__ starting
 * after a given class, binding what it finds to obj.  The zero-argument form
 * reads the calling Python frame (TH()->frame): its first argument and its
 * __class__ free variable, which the compiler creates for methods using super.
 * Invariant: a bound super has obj_type set, and obj is an instance of
 * obj_type or obj_type itself (classmethod-style access). */
#include <string.h>
#include "type.h"
#include "abstract.h"
#include "errors.h"
#include "names.h"
#include "str.h"
#include "containers.h"
#include "func.h"
#include "interp.h"
#include "../src/code.h"

typedef struct SuperObj {
    Obj ob;
    Type *type;       /* __thisclass__ */
    Value obj;        /* __self__ or NIL */
    Type *obj_type;   /* __self_class__ or NULL */
} SuperObj;

/* The type to search: obj itself when it is a subclass of type (classmethods),
 * else type(obj). */
static Type *supercheck(Type *type, Value obj) {
    if (IS_TYPE(obj) && type_is_subtype((Type *)obj, type)) return (Type *)obj;
    if (IS_INSTANCE(obj, type)) return TYPE(obj);
    Value c = rt_getattr_opt(obj, NM(__class__));
    if (c && IS_TYPE(c) && c != OBJ_VAL(TYPE(obj)) && type_is_subtype((Type *)c, type))
        return (Type *)c;
    if (!c && rt_exc_occurred()) return NULL;
    rt_raise(&exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static bool super_zero_args(Type **type_out, Value *obj_out) {
    Thread *th = TH();
    Frame *f = th ? th->frame : NULL;
    if (!f || !f->code) {
        rt_raise(&exc_RuntimeError, "super(): no current frame");
        return false;
    }
    CodeObj *co = f->code;
    if (co->argcount == 0) {
        rt_raise(&exc_RuntimeError, "super(): no arguments");
        return false;
    }
    Value first = f->localsplus[0];
    if (first && (co->localspluskinds[0] & LK_CELL) && !IS_SMALL(first) && TYPE(first) == &type_cell)
        first = ((CellObj *)first)->ref;
    if (!first) {
        rt_raise(&exc_RuntimeError, "super(): arg[0] deleted");
        return false;
    }
    Value names = co->localsplusnames;
    Value cls_name = NM(__class__);
    for (int i = 0; i < co->nlocalsplus; i++) {
        if (!(co->localspluskinds[i] & LK_FREE)) continue;
        Value nm = TUPLE_ITEMS(names)[i];
        if (nm != cls_name && !str_eq(nm, cls_name)) continue;
        Value cell = f->localsplus[i];
        if (!cell || IS_SMALL(cell) || TYPE(cell) != &type_cell) {
            rt_raise(&exc_RuntimeError, "super(): bad __class__ cell");
            return false;
        }
        Value cls = ((CellObj *)cell)->ref;
        if (!cls) {
            rt_raise(&exc_RuntimeError, "super(): empty __class__ cell");
            return false;
        }
        if (!IS_TYPE(cls)) {
            rt_raise(&exc_RuntimeError, "super(): __class__ is not a type (%s)", type_name(cls));
            return false;
        }
        *type_out = (Type *)cls;
        *obj_out = first;
        return true;
    }
    rt_raise(&exc_RuntimeError, "super(): __class__ cell not found");
    return false;
}

static Value super_make(Type *st, Type *type, Value obj) {
    Type *obj_type = NULL;
    if (obj != NIL && obj != NONE) {
        obj_type = supercheck(type, obj);
        if (!obj_type) return NIL;
    } else {
        obj = NIL;
    }
    SuperObj *s = (SuperObj *)obj_alloc(st);
    if (!s) return NIL;
    s->type = type;
    s->obj = obj;
    s->obj_type = obj_type;
    return OBJ_VAL(s);
}

static Value super_new(Value cls, Value *args, int nargs, Value kwnames) {
    if (!arg_nokw("super", kwnames)) return NIL;
    if (nargs > 2) return rt_raise(&exc_TypeError, "super() takes at most 2 arguments (%d given)", nargs);
    Type *type;
    Value obj = NIL;
    if (nargs == 0) {
        if (!super_zero_args(&type, &obj)) return NIL;
    } else {
        if (!IS_TYPE(args[0]))
            return rt_raise(&exc_TypeError, "super() argument 1 must be a type, not %s", type_name(args[0]));
        type = (Type *)args[0];
        if (nargs == 2) obj = args[1];
    }
    return super_make((Type *)cls, type, obj);
}

static Value super_init(Value self, Value *args, int nargs, Value kwnames) { return NONE; }

static Value super_getattro(Value self, Value name) {
    SuperObj *s = (SuperObj *)self;
    Type *start = s->obj_type;
    if (start && !(str_check(name) && name == NM(__class__))) {
        Value mro = start->mro;
        size_t n = TUPLE_LEN(mro), i = 0;
        while (i < n && (Type *)TUPLE_ITEMS(mro)[i] != s->type) i++;
        for (i++; i < n; i++) {
            Value d = ((Type *)TUPLE_ITEMS(mro)[i])->dict;
            Value v = d ? dict_get_str(d, name) : NIL;
            if (!v) continue;
            SlotSig_ternary get = TYPE(v)->get;
            if (!get) return v;
            return get(v, s->obj == OBJ_VAL(start) ? NIL : s->obj, OBJ_VAL(start));
        }
    }
    return obj_generic_getattr(self, name);
}

static Value super_get(Value self, Value obj, Value type) {
    SuperObj *s = (SuperObj *)self;
    if (obj == NIL || obj == NONE || s->obj != NIL) return self;
    return super_make(TYPE(self), s->type, obj);
}

static Value super_repr(Value self) {
    SuperObj *s = (SuperObj *)self;
    if (s->obj_type)
        return str_printf("<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
    return str_printf("<super: <class '%s'>, NULL>", s->type->name);
}

static Value sg_thisclass(Value *a, int n, Value k) { return OBJ_VAL(((SuperObj *)a[0])->type); }
static Value sg_self(Value *a, int n, Value k) {
    SuperObj *s = (SuperObj *)a[0];
    return s->obj ? s->obj : NONE;
}
static Value sg_self_class(Value *a, int n, Value k) {
    SuperObj *s = (SuperObj *)a[0];
    return s->obj_type ? OBJ_VAL(s->obj_type) : NONE;
}

static const MethodDef super_methods[] = {
    {"__thisclass__", sg_thisclass, METH_GETTER, NULL},
    {"__self__", sg_self, METH_GETTER, NULL},
    {"__self_class__", sg_self_class, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL}};

Type type_super = {
    .ob = {&type_type}, .name = "super", .size = sizeof(SuperObj), .flags = TF_BASETYPE,
    .methods = super_methods, .new_ = super_new, .init = super_init, .getattr = super_getattro,
    .get = super_get, .repr = super_repr,
};
