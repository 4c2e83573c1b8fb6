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
    METH_SETTER = 8,      /* setter for the METH_GETTER of the same name:
                           * fn([self, value], 2, NIL) returns NONE or NIL;
                           * value is NIL for `del obj.name` */
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
    TF_READY = 1 << 10,      /* type_ready / type_new has run */
};

/* Type.dict_offset value for subclasses of variable-size natives (str, tuple):
 * the __dict__ Value is the last word of the object's GC allocation; allocate
 * such instances with obj_alloc_var(). */
#define DICT_AT_END ((size_t)-1)

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

/* The slot table as data: slot number (== its names.h N_<dunder> id), the C
 * signature and where the field lives in Type. */
enum { SIGK_unary, SIGK_binary, SIGK_ternary, SIGK_call, SIGK_exit, SIGK_hash,
       SIGK_len, SIGK_inquiry, SIGK_setitem, SIGK_delitem, SIGK_contains };
typedef struct SlotInfo { int sig; size_t offset; } SlotInfo;
enum {
#define SLOT(dunder, field, sig) SLOTNO_##field,
#include "slots.def"
#undef SLOT
    SLOT__COUNT
};
extern const SlotInfo type_slot_info[SLOT__COUNT];
static inline void *type_slot_get(Type *t, int slot) {
    return *(void **)((char *)t + type_slot_info[slot].offset);
}
static inline void type_slot_set(Type *t, int slot, void *fn) {
    *(void **)((char *)t + type_slot_info[slot].offset) = fn;
}

/* Make a statically defined native type usable: links base, builds MRO and
 * dict, installs methods and slot wrappers, inherits unset slots from base.
 * Call once at start-up for every native type, bases first. */
void type_ready(Type *t);

/* type(name, bases, ns) and the class statement: creates a heap type, computes
 * the C3 MRO (CPython's error text when inconsistent), fills slots from the
 * dunders found in the MRO, calls __set_name__ and __init_subclass__. */
Value type_new(Type *meta, Value name, Value bases, Value ns, Value kwnames_kwvals_dict);

/* Look name (interned str) up along the MRO; NIL (no exception) when absent.
 * Results are cached: code that changes a ready type's dict other than through
 * setattr on the class must call type_modified() afterwards. */
Value type_lookup(Type *t, Value name);
void type_modified(Type *t);

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
    if (!t->dict_offset) return NULL;
    if (t->dict_offset == DICT_AT_END)
        return (Value *)((char *)v + GC_size((void *)v) - sizeof(Value));
    return (Value *)((char *)v + t->dict_offset);
}

/* The __dict__ getter and setter (object.c) that type_ready / type_new put
 * on each type introducing an instance dict (CPython has none on object). */
Value obj_dict_get(Value *a, int n, Value k);
Value obj_dict_set(Value *a, int n, Value k);

/* Allocate a zeroed instance of t (t->size bytes) with a fresh __dict__ if it has one. */
Value obj_alloc(Type *t);
/* Allocate a zeroed instance of t of nbytes (>= t->size; for variable-size
 * objects such as str and tuple) with room for, and a fresh, __dict__ when
 * t has one (DICT_AT_END). */
Value obj_alloc_var(Type *t, size_t nbytes);

/* The __get__ slot receives obj == NIL when the attribute is read through the
 * class (CPython's NULL instance): `C.f` calls get(f, NIL, C). */

/* Singleton types (object.c) and the typing aliases (genericalias.c). */
extern Type type_none, type_notimplemented, type_ellipsis;
extern Type type_generic_alias, type_union;   /* types.GenericAlias, types.UnionType */
/* types.GenericAlias (origin[args]) and types.UnionType (args only). */
typedef struct AliasObj { Obj ob; Value origin; Value args; Value params; } AliasObj;
/* list[int]: a types.GenericAlias (args: a tuple or a single value). */
Value generic_alias_new(Value origin, Value args);
/* a | b for types, None, aliases and unions: a types.UnionType, or NOTIMPL. */
Value union_or(Value a, Value b);
/* Is v a type (any metaclass)? */
static inline bool IS_TYPE(Value v) { return !IS_SMALL(v) && (TYPE(v)->flags & TF_TYPE); }
/* The most derived metaclass of meta and the bases' metaclasses (the class
 * statement's rule); NULL + TypeError "metaclass conflict: ..." */
Type *type_calc_meta(Type *meta, Value bases);
/* "__main__.C" / "int": module-qualified name for reprs. */
Value type_qualified_name(Type *t);
/* The slot functions of type, object and None (other modules compare against them). */
Value type_call(Value self, Value *args, int nargs, Value kwnames);
Value object_new_slot(Value type, Value *args, int nargs, Value kwnames);
Value object_init_slot(Value self, Value *args, int nargs, Value kwnames);
Value object_repr(Value self);

#endif
