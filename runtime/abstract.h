/* abstract.h — the generic object protocol: what `a + b`, `a[i]`, `a.x`,
 * `f(x)`, `repr(a)`, `iter(a)` mean for any pair of values, dispatched through
 * type slots with Python's rules (reflected operands, NotImplemented fallback,
 * subclass-first for reflected ops, identity shortcut for == on containers).
 * The VM calls these; it inlines only small-int fast paths before them.
 */
#ifndef ASP_ABSTRACT_H
#define ASP_ABSTRACT_H

#include "value.h"
#include "type.h"

/* Binary operators, in the order of the BINARY_OP operand (CPython 3.11 order). */
#define BINOPS(X) \
    X(ADD, "+", add, radd, iadd) X(AND, "&", and_, rand_, iand) \
    X(FLOORDIV, "//", floordiv, rfloordiv, ifloordiv) X(LSHIFT, "<<", lshift, rlshift, ilshift) \
    X(MATMUL, "@", matmul, rmatmul, imatmul) X(MUL, "*", mul, rmul, imul) \
    X(MOD, "%", mod, rmod, imod) X(OR, "|", or_, ror_, ior) \
    X(POW, "**", pow, rpow, ipow) X(RSHIFT, ">>", rshift, rrshift, irshift) \
    X(SUB, "-", sub, rsub, isub) X(TRUEDIV, "/", truediv, rtruediv, itruediv) \
    X(XOR, "^", xor_, rxor, ixor)
enum BinOp {
#define X(name, sym, f, r, i) BINOP_##name,
    BINOPS(X)
#undef X
    BINOP__COUNT
};
/* inplace=true tries __iadd__ first, then falls back to the binary form; the
 * error text then says "+=" as CPython does. */
Value rt_binop(int op, Value a, Value b, bool inplace);

enum CmpOp { CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE };
Value rt_compare(Value a, Value b, int op);      /* the Value result (may be non-bool) */
int rt_compare_bool(Value a, Value b, int op);   /* 1 / 0 / -1 error */
int rt_eq(Value a, Value b);                     /* identity first, then ==; 1 / 0 / -1 */

Value rt_neg(Value a);
Value rt_pos(Value a);
Value rt_invert(Value a);
Value rt_abs(Value a);
int rt_truthy(Value v);                          /* 1 / 0 / -1 */

/* Attributes. name must be a str (interned when it comes from code). */
Value rt_getattr(Value obj, Value name);         /* AttributeError text as CPython 3.11 */
Value rt_getattr_opt(Value obj, Value name);     /* NIL with no exception when absent */
int rt_setattr(Value obj, Value name, Value value);
int rt_delattr(Value obj, Value name);
Value rt_getattr_cstr(Value obj, const char *name);
/* The generic object.__getattribute__ / __setattr__ (descriptors, instance dict). */
Value obj_generic_getattr(Value obj, Value name);
/* Same lookup without raising when absent: NIL and no exception. */
Value obj_generic_getattr_opt(Value obj, Value name);
int obj_generic_setattr(Value obj, Value name, Value value);
int obj_generic_delattr(Value obj, Value name);
/* Look a special method up on the type (never the instance) and bind it; NIL, no exception, if absent. */
Value rt_lookup_special(Value obj, Value name);
/* obj.name(*args): method call without creating a bound method when possible. */
Value rt_call_method(Value obj, Value name, Value *args, int nargs, Value kwnames);

/* Items */
Value rt_getitem(Value obj, Value key);
int rt_setitem(Value obj, Value key, Value value);
int rt_delitem(Value obj, Value key);
int rt_contains(Value container, Value item);    /* `in`: 1 / 0 / -1 */
intptr_t rt_len(Value obj);                      /* -1 on error */
/* An index for sequences: __index__, TypeError "... indices must be integers or slices, not X" by caller. */
bool rt_index(Value v, intptr_t *out);           /* false + exception (OverflowError / TypeError) */

/* Calls */
Value rt_call(Value callable, Value *args, int nargs, Value kwnames);
Value rt_call0(Value callable);
Value rt_call1(Value callable, Value a);
Value rt_call2(Value callable, Value a, Value b);
bool rt_callable(Value v);

/* Conversion to text */
Value rt_repr(Value v);                          /* always a str or NIL */
Value rt_str(Value v);
Value rt_ascii(Value v);
Value rt_format(Value v, Value spec);            /* format(v, spec) via __format__ */
intptr_t rt_hash(Value v);                       /* -1 on error ("unhashable type: 'list'") */

/* Iteration */
Value rt_iter(Value v);                          /* "'int' object is not iterable" */
/* Next item; NIL with no exception = exhausted; NIL with exception = error.
 * Callers check rt_exc_occurred() after NIL. StopIteration from __next__ is
 * swallowed into the exhausted state. */
Value rt_next(Value it);
/* Collect an iterable into a new list / tuple. */
Value rt_list_from_iter(Value iterable);
Value rt_tuple_from_iter(Value iterable);

/* isinstance / issubclass with tuples, __instancecheck__ and __subclasscheck__. */
int rt_isinstance(Value obj, Value cls);         /* 1 / 0 / -1 */
int rt_issubclass(Value derived, Value cls);

#endif
