/* type.h — Type objects: name, bases, MRO, dict, instance layout and the slot
 * table generated from slots.def.
 *
 * Invariant: after type_ready() (native types) or type_new() (classes), every
 * slot is either NULL (no such special method anywhere in the MRO) or callable;
 * a slot is refreshed whenever a dunder is assigned on the class or a base.
 */
#ifndef ASP_TYPE_H
#define ASP_TYPE_H

#include "value.h"

typedef Value (*SlotSig_unary)(Value);
typedef Value (*SlotSig_binary)(Value, Value);
typedef Value (*SlotSig_ternary)(Value, Value, Value);
typedef Value (*SlotSig_call)(Value, Value *, int, Value);
typedef Value (*SlotSig_exit)(Value, Value, Value, Value);
typedef intptr_t (*SlotSig_hash)(Value);
typedef intptr_t (*SlotSig_len)(Value);
typedef int (*SlotSig_inquiry)(Value);
typedef int (*SlotSig_setitem)(Value, Value, Value);
typedef int (*SlotSig_delitem)(Value, Value);
typedef int (*SlotSig_contains)(Value, Value);

/* A native method, class method or attribute getter listed by a native type. */
typedef struct MethodDef {
    const char *name;
    NativeFn fn;
    int flags;        /* METH_* */
    const char *doc;  /* may be NULL */
} MethodDef;

enum {
    METH_DEFAULT = 0,     /* instance method: args[0] is self */
    METH_CLASS = 1,       /* classmethod: args[0] is the type */
    METH_STATIC = 2,      /* staticmethod: no self */
    METH_GETTER = 4,      /* read-only property: fn(&self, 1, NIL) */
};

enum {
    TF_HEAPTYPE = 1 << 0,    /* created by a class statement / type(); has __dict__ slots refreshed */
    TF_BASETYPE = 1 << 1,    /* may be subclassed */
    TF_ABSTRACT = 1 << 2,    /* cannot be instantiated directly */
    TF_INT = 1 << 3,         /* int or subclass: fast isinstance checks */
    TF_STR = 1 << 4,
    TF_TUPLE = 1 << 5,
    TF_LIST = 1 << 6,
    TF_DICT = 1 << 7,
    TF_EXC = 1 << 8,         /* BaseException or subclass */
    TF_TYPE = 1 << 9,        /* type or a metaclass */
};

struct Type {
    Obj ob;                  /* ob.type: &type_type or a metaclass */
    const char *name;        /* tp_name: "int", "NoneType"; for classes the __name__ text */
    Value name_str;          /* __name__ (str); NIL until type_ready */
    Value qualname;          /* __qualname__ (str) */
    Value module;            /* __module__ (str); "builtins" for native types */
    Type *base;              /* __base__: the solid base; NULL only for object */
    Value bases;             /* __bases__ (tuple) */
    Value mro;               /* __mro__ (tuple of types, self first) */
    Value dict;              /* the class namespace (dict); methods, slot wrappers */
    size_t size;             /* bytes in an instance, header included */
    size_t dict_offset;      /* byte offset of the instance __dict__ Value; 0 = none */
    uint32_t flags;          /* TF_* */
    const MethodDef *methods;/* native types: methods installed by type_ready */
    Value subclasses;        /* list of weak-ish refs (plain list) for slot refresh; NIL if none */
    Value doc;               /* __doc__ or NONE */
#define SLOT(dunder, field, sig) SlotSig_##sig field;
#include "slots.def"
#undef SLOT
};

extern Type type_type, type_object;

/* Make a statically defined native type usable: links base, builds MRO and
 * dict, installs methods and slot wrappers, inherits unset slots from base.
 * Call once at start-up for every native type, bases first. */
void type_ready(Type *t);

/* type(name, bases, ns) and the class statement: creates a heap type, computes
 * the C3 MRO (CPython's error text when inconsistent), fills slots from the
 * dunders found in the MRO, calls __set_name__ and __init_subclass__. */
Value type_new(Type *meta, Value name, Value bases, Value ns, Value kwnames_kwvals_dict);

/* Look name (interned str) up along the MRO; NIL (no exception) when absent. */
Value type_lookup(Type *t, Value name);

/* After `C.__dunder__ = v` (or del): refresh that slot in C and its subclasses. */
void type_update_slot(Type *t, Value name);

bool type_is_subtype(Type *a, Type *b);
static inline bool IS_INSTANCE(Value v, Type *t) {
    Type *vt = TYPE(v);
    return vt == t || type_is_subtype(vt, t);
}
#define HAS_FLAG(v, f) ((TYPE(v)->flags & (f)) != 0)

/* The instance __dict__ slot of v, or NULL when its type has none. */
static inline Value *obj_dict_ptr(Value v) {
    Type *t = TYPE(v);
    return t->dict_offset ? (Value *)((char *)v + t->dict_offset) : NULL;
}

/* Allocate a zeroed instance of t (t->size bytes) with a fresh __dict__ if it has one. */
Value obj_alloc(Type *t);

#endif
