/* value.h — the one-word Value and the object header every heap object starts with.
 *
 * Invariant: a Value is either a tagged small int (low bit 1, 62-bit signed
 * payload) or a pointer to an object whose first field is its Type.  The word 0
 * (NIL) is never a Python value: it means "absent" or "an exception is pending
 * on the current thread" (see errors.h).
 */
#ifndef ASP_VALUE_H
#define ASP_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <gc.h>

typedef uintptr_t Value;
typedef struct Type Type;

/* Every heap object begins with this header. */
typedef struct Obj {
    Type *type;
} Obj;

#define NIL ((Value)0)

/* Small ints: 62-bit payload so that the sum of two never overflows int64. */
#define SMALL_MAX (((intptr_t)1 << 61) - 1)
#define SMALL_MIN (-((intptr_t)1 << 61))

static inline bool IS_SMALL(Value v) { return (v & 1) != 0; }
static inline intptr_t SMALL_VAL(Value v) { return (intptr_t)v >> 1; }
static inline Value MK_SMALL(intptr_t i) { return ((uintptr_t)i << 1) | 1; }
static inline bool FITS_SMALL(intptr_t i) { return i >= SMALL_MIN && i <= SMALL_MAX; }

static inline Obj *AS_OBJ(Value v) { return (Obj *)v; }
static inline Value OBJ_VAL(const void *p) { return (Value)p; }

extern Type type_int; /* the type of small ints; defined in int.c */

static inline Type *TYPE(Value v) { return IS_SMALL(v) ? &type_int : ((Obj *)v)->type; }

/* Allocation: objects that may hold Values or pointers use gc_obj; objects whose
 * only pointer is the header's static builtin Type may use gc_obj_atomic. */
static inline void *gc_obj(size_t size, Type *t) {
    Obj *o = GC_MALLOC(size);
    if (o) o->type = t;
    return o;
}
static inline void *gc_obj_atomic(size_t size, Type *t) {
    Obj *o = GC_MALLOC_ATOMIC(size);
    if (o) { __builtin_memset(o, 0, size); o->type = t; }
    return o;
}

/* Singletons (defined in object.c).  None, True, False, NotImplemented, Ellipsis
 * are statically allocated and never move. */
extern Obj rt_None_obj, rt_NotImplemented_obj, rt_Ellipsis_obj;
#define NONE OBJ_VAL(&rt_None_obj)
#define NOTIMPL OBJ_VAL(&rt_NotImplemented_obj)
#define ELLIPSIS OBJ_VAL(&rt_Ellipsis_obj)

/* Native callables: args[0..nargs) positional, then one value per name in
 * kwnames (a tuple of str, or NIL when there are no keywords).  Methods get self
 * as args[0].  Return NIL with an exception set on failure. */
typedef Value (*NativeFn)(Value *args, int nargs, Value kwnames);

#endif
