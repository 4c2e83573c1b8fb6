/* func.h — callables that are not Python functions: builtin functions, method
 * descriptors of native types, bound methods, slot wrappers, and the
 * classmethod / staticmethod / property descriptors.
 * Invariant: a NativeFuncObj with self != NIL prepends self to every call. */
#ifndef ASP_FUNC_H
#define ASP_FUNC_H

#include "value.h"
#include "type.h"

typedef struct NativeFuncObj {
    Obj ob;
    const char *name;     /* __name__ */
    NativeFn fn;
    Value self;           /* bound receiver (or module); NIL for a plain function */
    Value module;         /* __module__ str or NIL */
    Type *owner;          /* method descriptors: the type they belong to; else NULL */
    int flags;            /* METH_* */
} NativeFuncObj;

typedef struct MethodObj { Obj ob; Value func; Value self; } MethodObj;   /* bound method */
typedef struct ClassMethodObj { Obj ob; Value func; Value dict; } ClassMethodObj;
typedef struct StaticMethodObj { Obj ob; Value func; Value dict; } StaticMethodObj;
typedef struct PropertyObj { Obj ob; Value fget, fset, fdel, doc; Value name; bool getter_doc; Value dict; } PropertyObj;
/* A slot wrapper (`int.__add__`): the C slot function of owner for slot
 * number `slot` (a names.h N_<dunder> id below the names.def names). */
typedef struct WrapperDescrObj { Obj ob; Type *owner; int slot; void *fn; } WrapperDescrObj;
/* A getset descriptor made from METH_GETTER / METH_SETTER entries. */
typedef struct GetSetObj { Obj ob; Type *owner; const char *name; NativeFn get, set; } GetSetObj;
/* A __slots__ member: the Value at byte `offset` of the instance. */
typedef struct MemberObj { Obj ob; Type *owner; Value name; size_t offset; } MemberObj;

extern Type type_builtin_function, type_method_descriptor, type_method,
    type_classmethod, type_staticmethod, type_property, type_wrapper_descriptor,
    type_method_wrapper, type_classmethod_descriptor, type_getset_descriptor,
    type_member_descriptor, type_super;

/* A builtin function (builtins, module functions). */
Value native_func_new(const char *name, NativeFn fn, Value module);
/* A method descriptor for a native type's MethodDef; binds on attribute access. */
Value method_descr_new(Type *owner, const MethodDef *def);
Value method_new(Value func, Value self);        /* bound method */
Value wrapper_descr_new(Type *owner, int slot, void *fn);
Value getset_new(Type *owner, const char *name, NativeFn get, NativeFn set);
Value member_descr_new(Type *owner, Value name, size_t offset);
/* `T.__new__` of a native type: a builtin bound to T calling T's new_ slot. */
Value new_wrapper_new(Type *owner);
bool is_new_wrapper(Value v);
/* Call C slot `fn` (slot number `slot`) as Python calls its slot wrapper:
 * args[0] is self. */
Value slot_call(int slot, void *fn, Value *args, int nargs, Value kwnames);
Value classmethod_new(Value func);
Value staticmethod_new(Value func);

/* Argument helpers for native functions: CPython's messages, e.g.
 * "len() takes exactly one argument (2 given)", "expected at most 3 arguments, got 4". */
bool arg_count(const char *fname, int nargs, int min, int max);
bool arg_nokw(const char *fname, Value kwnames);
/* Pull keyword arguments by name into out[] (NIL when absent); rejects unknown
 * names with "'x' is an invalid keyword argument for f()". */
bool arg_kw(const char *fname, Value *args, int nargs, Value kwnames,
            const char *const *names, Value *out, int nnames);

#endif
