/* abstract.c — the generic object protocol the VM and the library use:
 * operators (forward, reflected, in-place), comparisons, truth, attributes,
 * items, calls, conversion to text, hashing, iteration, isinstance.
 * Invariant: everything here dispatches through type slots with CPython 3.11's
 * rules and error texts; nothing looks special methods up on the instance. */
#include <string.h>
#include "abstract.h"
#include "errors.h"
#include "names.h"
#include "str.h"
#include "bytes.h"
#include "num.h"
#include "containers.h"
#include "func.h"
#include "interp.h"
#include "../src/code.h"

/* ---- binary operators ---- */

static const struct BinOpInfo {
    const char *sym, *isym;
    int fwd, refl, inpl;
} binops[BINOP__COUNT] = {
#define X(name, sym, f, r, i) {sym, sym "=", SLOTNO_##f, SLOTNO_##r, SLOTNO_##i},
    BINOPS(X)
#undef X
};

static inline Value call_binslot(int slot, void *fn, Value a, Value b) {
    if (type_slot_info[slot].sig == SIGK_ternary) return ((SlotSig_ternary)fn)(a, b, NONE);
    return ((SlotSig_binary)fn)(a, b);
}

/* Does tb provide a different implementation of the reflected dunder than ta? */
static bool overrides(Type *ta, Type *tb, int slot) {
    void *x = type_slot_get(ta, slot), *y = type_slot_get(tb, slot);
    if (!y) return false;
    if (x != y) return true;
    return type_lookup(ta, rt_names[slot]) != type_lookup(tb, rt_names[slot]);
}

static Value binary_op1(int op, Value a, Value b) {
    const struct BinOpInfo *bi = &binops[op];
    Type *ta = TYPE(a), *tb = TYPE(b);
    void *fa = type_slot_get(ta, bi->fwd);
    void *fb = ta != tb ? type_slot_get(tb, bi->refl) : NULL;
    Value r;
    if (fb && type_is_subtype(tb, ta) && overrides(ta, tb, bi->refl)) {
        r = call_binslot(bi->refl, fb, b, a);
        if (r != NOTIMPL) return r;
        fb = NULL;
    }
    if (fa) {
        r = call_binslot(bi->fwd, fa, a, b);
        if (r != NOTIMPL) return r;
    }
    if (fb) {
        r = call_binslot(bi->refl, fb, b, a);
        if (r != NOTIMPL) return r;
    }
    return NOTIMPL;
}

static bool is_sequence_type(Type *t) {
    return (t->flags & (TF_STR | TF_LIST | TF_TUPLE)) || type_is_subtype(t, &type_bytes) ||
           type_is_subtype(t, &type_bytearray);
}

Value rt_binop(int op, Value a, Value b, bool inplace) {
    const struct BinOpInfo *bi = &binops[op];
    Value r;
    if (inplace) {
        void *fi = type_slot_get(TYPE(a), bi->inpl);
        if (fi) {
            r = call_binslot(bi->inpl, fi, a, b);
            if (r != NOTIMPL) return r;
        }
    }
    r = binary_op1(op, a, b);
    if (r != NOTIMPL) return r;
    if (op == BINOP_MUL) {
        Type *ta = TYPE(a), *tb = TYPE(b);
        if (is_sequence_type(tb) && !is_sequence_type(ta) && ta->index && tb->mul) {
            r = tb->mul(b, a);
            if (r != NOTIMPL) return r;
        }
        if (is_sequence_type(ta) && !tb->index)
            return rt_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(b));
        if (is_sequence_type(tb) && !ta->index)
            return rt_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(a));
    }
    if (op == BINOP_POW && !inplace)
        return rt_raise(&exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'",
                        type_name(a), type_name(b));
    return rt_raise(&exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    inplace ? bi->isym : bi->sym, type_name(a), type_name(b));
}

/* ---- comparisons ---- */

static const int cmp_slot[6] = {SLOTNO_lt, SLOTNO_le, SLOTNO_eq, SLOTNO_ne, SLOTNO_gt, SLOTNO_ge};
static const int cmp_swap[6] = {CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE};
static const char *const cmp_sym[6] = {"<", "<=", "==", "!=", ">", ">="};

Value rt_compare(Value a, Value b, int op) {
    if (IS_SMALL(a) && IS_SMALL(b)) {
        intptr_t x = SMALL_VAL(a), y = SMALL_VAL(b);
        switch (op) {
        case CMP_LT: return BOOL(x < y);
        case CMP_LE: return BOOL(x <= y);
        case CMP_EQ: return BOOL(x == y);
        case CMP_NE: return BOOL(x != y);
        case CMP_GT: return BOOL(x > y);
        default: return BOOL(x >= y);
        }
    }
    Type *ta = TYPE(a), *tb = TYPE(b);
    int sw = cmp_swap[op];
    SlotSig_binary f;
    bool checked = false;
    Value r;
    if (ta != tb && type_is_subtype(tb, ta) &&
        (f = (SlotSig_binary)type_slot_get(tb, cmp_slot[sw])) != NULL) {
        checked = true;
        r = f(b, a);
        if (r != NOTIMPL) return r;
    }
    if ((f = (SlotSig_binary)type_slot_get(ta, cmp_slot[op])) != NULL) {
        r = f(a, b);
        if (r != NOTIMPL) return r;
    }
    if (!checked && (f = (SlotSig_binary)type_slot_get(tb, cmp_slot[sw])) != NULL) {
        r = f(b, a);
        if (r != NOTIMPL) return r;
    }
    if (op == CMP_EQ) return BOOL(a == b);
    if (op == CMP_NE) return BOOL(a != b);
    return rt_raise(&exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_sym[op], type_name(a), type_name(b));
}

int rt_compare_bool(Value a, Value b, int op) {
    Value r = rt_compare(a, b, op);
    if (r == TRUE_V) return 1;
    if (r == FALSE_V) return 0;
    if (!r) return -1;
    return rt_truthy(r);
}

int rt_eq(Value a, Value b) {
    if (a == b) return 1;
    if (IS_SMALL(a) && IS_SMALL(b)) return 0;
    if (!IS_SMALL(a) && !IS_SMALL(b) && TYPE(a) == &type_str && TYPE(b) == &type_str)
        return str_eq(a, b);
    return rt_compare_bool(a, b, CMP_EQ);
}

/* ---- unary operators and truth ---- */

static Value unary(Value a, SlotSig_unary f, const char *what) {
    if (!f) return rt_raise(&exc_TypeError, "bad operand type for %s: '%s'", what, type_name(a));
    return f(a);
}
Value rt_neg(Value a) { return unary(a, TYPE(a)->neg, "unary -"); }
Value rt_pos(Value a) { return unary(a, TYPE(a)->pos, "unary +"); }
Value rt_invert(Value a) { return unary(a, TYPE(a)->invert, "unary ~"); }
Value rt_abs(Value a) { return unary(a, TYPE(a)->abs, "abs()"); }

int rt_truthy(Value v) {
    if (v == TRUE_V) return 1;
    if (v == FALSE_V || v == NONE) return 0;
    if (IS_SMALL(v)) return SMALL_VAL(v) != 0;
    Type *t = TYPE(v);
    if (t->bool_) return t->bool_(v);
    if (t->len) {
        intptr_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

/* ---- attributes ---- */

static bool check_name(Value name) {
    if (!IS_SMALL(name) && str_check(name)) return true;
    rt_raise(&exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
    return false;
}

Value rt_getattr(Value obj, Value name) {
    if (!check_name(name)) return NIL;
    SlotSig_binary f = TYPE(obj)->getattr;
    if (!f) f = obj_generic_getattr;
    return f(obj, name);
}

Value rt_getattr_opt(Value obj, Value name) {
    if (!check_name(name)) return NIL;
    SlotSig_binary f = TYPE(obj)->getattr;
    if (!f || f == obj_generic_getattr) return obj_generic_getattr_opt(obj, name);
    Value r = f(obj, name);
    if (!r && rt_exc_matches(&exc_AttributeError)) rt_exc_clear();
    return r;
}

int rt_setattr(Value obj, Value name, Value value) {
    if (!check_name(name)) return -1;
    SlotSig_setitem f = TYPE(obj)->setattr;
    if (!f) f = obj_generic_setattr;
    return f(obj, name, value);
}

int rt_delattr(Value obj, Value name) {
    if (!check_name(name)) return -1;
    SlotSig_delitem f = TYPE(obj)->delattr;
    if (!f) f = obj_generic_delattr;
    return f(obj, name);
}

Value rt_getattr_cstr(Value obj, const char *name) { return rt_getattr(obj, str_intern(name)); }

Value rt_lookup_special(Value obj, Value name) {
    Type *t = TYPE(obj);
    Value f = type_lookup(t, name);
    if (!f) return NIL;
    SlotSig_ternary get = TYPE(f)->get;
    if (get) return get(f, obj, OBJ_VAL(t));
    return f;
}

Value rt_call_method(Value obj, Value name, Value *args, int nargs, Value kwnames) {
    Type *t = TYPE(obj);
    if (t->getattr == obj_generic_getattr) {
        Value f = type_lookup(t, name);
        if (f && (TYPE(f) == &type_function || TYPE(f) == &type_method_descriptor)) {
            Value *dp = obj_dict_ptr(obj);
            if (!dp || !*dp || !dict_get_str(*dp, name)) {
                size_t total = (size_t)nargs + (kwnames ? TUPLE_LEN(kwnames) : 0);
                Value buf[8];
                Value *a = total + 1 <= 8 ? buf : GC_MALLOC((total + 1) * sizeof(Value));
                a[0] = obj;
                if (total) memcpy(a + 1, args, total * sizeof(Value));
                return rt_call(f, a, nargs + 1, kwnames);
            }
        }
    }
    Value m = rt_getattr(obj, name);
    if (!m) return NIL;
    return rt_call(m, args, nargs, kwnames);
}

/* ---- items ---- */

static bool is_builtin_generic(Value t) {
    Type *x = (Type *)t;
    return x == &type_list || x == &type_dict || x == &type_tuple || x == &type_set ||
           x == &type_frozenset || x == &type_type;
}

Value rt_getitem(Value obj, Value key) {
    SlotSig_binary f = TYPE(obj)->getitem;
    if (f) return f(obj, key);
    if (IS_TYPE(obj)) {
        Value cg = type_lookup((Type *)obj, NM(__class_getitem__));
        if (cg) {
            if (TYPE(cg)->get) {
                cg = TYPE(cg)->get(cg, NIL, obj);
                if (!cg) return NIL;
            }
            return rt_call1(cg, key);
        }
        if (is_builtin_generic(obj)) return generic_alias_new(obj, key);
        return rt_raise(&exc_TypeError, "type '%s' is not subscriptable", ((Type *)obj)->name);
    }
    return rt_raise(&exc_TypeError, "'%s' object is not subscriptable", type_name(obj));
}

int rt_setitem(Value obj, Value key, Value value) {
    SlotSig_setitem f = TYPE(obj)->setitem;
    if (f) return f(obj, key, value);
    rt_raise(&exc_TypeError, "'%s' object does not support item assignment", type_name(obj));
    return -1;
}

int rt_delitem(Value obj, Value key) {
    SlotSig_delitem f = TYPE(obj)->delitem;
    if (f) return f(obj, key);
    rt_raise(&exc_TypeError, "'%s' object doesn't support item deletion", type_name(obj));
    return -1;
}

int rt_contains(Value container, Value item) {
    Type *t = TYPE(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        rt_raise(&exc_TypeError, "argument of type '%s' is not iterable", type_name(container));
        return -1;
    }
    Value it = rt_iter(container);
    if (!it) return -1;
    for (;;) {
        Value x = rt_next(it);
        if (!x) return rt_exc_occurred() ? -1 : 0;
        int r = rt_eq(x, item);
        if (r != 0) return r;
    }
}

intptr_t rt_len(Value obj) {
    SlotSig_len f = TYPE(obj)->len;
    if (!f) {
        rt_raise(&exc_TypeError, "object of type '%s' has no len()", type_name(obj));
        return -1;
    }
    return f(obj);
}

bool rt_index(Value v, intptr_t *out) {
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    if (!int_check(v)) {
        SlotSig_unary f = TYPE(v)->index;
        if (!f) {
            rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
            return false;
        }
        Value r = f(v);
        if (!r) return false;
        if (!int_check(r)) {
            rt_raise(&exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
            return false;
        }
        v = r;
        if (IS_SMALL(v)) {
            *out = SMALL_VAL(v);
            return true;
        }
    }
    int64_t i;
    if (!int_to_i64(v, &i)) {
        rt_raise(&exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name(v));
        return false;
    }
    *out = (intptr_t)i;
    return true;
}

/* ---- calls ---- */

Value rt_call(Value callable, Value *args, int nargs, Value kwnames) {
    SlotSig_call f = TYPE(callable)->call;
    if (!f) return rt_raise(&exc_TypeError, "'%s' object is not callable", type_name(callable));
    return f(callable, args, nargs, kwnames);
}

Value rt_call0(Value callable) { return rt_call(callable, NULL, 0, NIL); }
Value rt_call1(Value callable, Value a) { return rt_call(callable, &a, 1, NIL); }
Value rt_call2(Value callable, Value a, Value b) {
    Value args[2] = {a, b};
    return rt_call(callable, args, 2, NIL);
}
bool rt_callable(Value v) { return TYPE(v)->call != NULL; }

/* ---- text ---- */

Value rt_repr(Value v) {
    SlotSig_unary f = TYPE(v)->repr;
    Value r = f ? f(v) : object_repr(v);
    if (!r) return NIL;
    if (IS_SMALL(r) || !str_check(r))
        return rt_raise(&exc_TypeError, "__repr__ returned non-string (type %s)", type_name(r));
    return r;
}

Value rt_str(Value v) {
    if (!IS_SMALL(v) && TYPE(v) == &type_str) return v;
    SlotSig_unary f = TYPE(v)->str;
    if (!f) return rt_repr(v);
    Value r = f(v);
    if (!r) return NIL;
    if (IS_SMALL(r) || !str_check(r))
        return rt_raise(&exc_TypeError, "__str__ returned non-string (type %s)", type_name(r));
    return r;
}

Value rt_ascii(Value v) {
    Value r = rt_repr(v);
    if (!r || AS_STR(r)->ascii) return r;
    const unsigned char *s = (const unsigned char *)str_cstr(r);
    size_t n = str_len(r);
    StrBuf b;
    sb_init(&b);
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        if (c < 0x80) {
            sb_addc(&b, (char)c);
            i++;
            continue;
        }
        uint32_t cp;
        int len;
        if (c >= 0xf0) { cp = c & 0x07; len = 4; }
        else if (c >= 0xe0) { cp = c & 0x0f; len = 3; }
        else { cp = c & 0x1f; len = 2; }
        for (int k = 1; k < len && i + (size_t)k < n; k++) cp = (cp << 6) | (s[i + k] & 0x3f);
        i += (size_t)len;
        if (cp <= 0xff) sb_printf(&b, "\\x%02x", cp);
        else if (cp <= 0xffff) sb_printf(&b, "\\u%04x", cp);
        else sb_printf(&b, "\\U%08x", cp);
    }
    return sb_finish(&b);
}

Value rt_format(Value v, Value spec) {
    if (!spec) spec = NM(empty);
    if (!IS_SMALL(v) && TYPE(v) == &type_str && str_len(spec) == 0) return v;
    SlotSig_binary f = TYPE(v)->format;
    if (!f) return rt_raise(&exc_TypeError, "Type %s doesn't define __format__", type_name(v));
    Value r = f(v, spec);
    if (!r) return NIL;
    if (IS_SMALL(r) || !str_check(r))
        return rt_raise(&exc_TypeError, "__format__ must return a str, not %s", type_name(r));
    return r;
}

intptr_t rt_hash(Value v) {
    if (IS_SMALL(v)) return int_hash(v);
    SlotSig_hash f = TYPE(v)->hash;
    if (!f) {
        rt_raise(&exc_TypeError, "unhashable type: '%s'", type_name(v));
        return -1;
    }
    return f(v);
}

/* ---- iteration ---- */

Value rt_iter(Value v) {
    Type *t = TYPE(v);
    if (t->iter) {
        Value it = t->iter(v);
        if (!it) return NIL;
        if (!TYPE(it)->next)
            return rt_raise(&exc_TypeError, "iter() returned non-iterator of type '%s'", type_name(it));
        return it;
    }
    if (t->getitem) return seqiter_new(v);
    return rt_raise(&exc_TypeError, "'%s' object is not iterable", type_name(v));
}

Value rt_next(Value it) {
    SlotSig_unary f = TYPE(it)->next;
    if (!f) return rt_raise(&exc_TypeError, "'%s' object is not an iterator", type_name(it));
    Value r = f(it);
    if (!r && rt_exc_matches(&exc_StopIteration)) rt_exc_clear();
    return r;
}

Value rt_list_from_iter(Value iterable) {
    if (!IS_SMALL(iterable)) {
        Type *t = TYPE(iterable);
        if (t == &type_list) return list_from_array(LIST_ITEMS(iterable), LIST_LEN(iterable));
        if (t == &type_tuple) return list_from_array(TUPLE_ITEMS(iterable), TUPLE_LEN(iterable));
    }
    Value l = list_new(0);
    if (!l || !list_extend(l, iterable)) return NIL;
    return l;
}

Value rt_tuple_from_iter(Value iterable) {
    if (!IS_SMALL(iterable)) {
        Type *t = TYPE(iterable);
        if (t == &type_tuple) return iterable;
        if (t == &type_list) return tuple_from_array(LIST_ITEMS(iterable), LIST_LEN(iterable));
    }
    Value l = rt_list_from_iter(iterable);
    if (!l) return NIL;
    return tuple_from_array(LIST_ITEMS(l), LIST_LEN(l));
}

/* ---- isinstance / issubclass ---- */

static int plain_isinstance(Value obj, Type *cls) {
    if (IS_INSTANCE(obj, cls)) return 1;
    Value c = rt_getattr_opt(obj, NM(__class__));
    if (!c) return rt_exc_occurred() ? -1 : 0;
    return c != OBJ_VAL(TYPE(obj)) && IS_TYPE(c) && type_is_subtype((Type *)c, cls);
}

int rt_isinstance(Value obj, Value cls) {
    if (OBJ_VAL(TYPE(obj)) == cls) return 1;
    if (IS_SMALL(cls)) goto bad;
    Type *ct = TYPE(cls);
    if (ct == &type_type) return plain_isinstance(obj, (Type *)cls);
    if (ct == &type_tuple) {
        for (size_t i = 0; i < TUPLE_LEN(cls); i++) {
            int r = rt_isinstance(obj, TUPLE_ITEMS(cls)[i]);
            if (r) return r;
        }
        return 0;
    }
    if (ct == &type_union) {
        Value args = ((AliasObj *)cls)->args;
        for (size_t i = 0; i < TUPLE_LEN(args); i++) {
            Value a = TUPLE_ITEMS(args)[i];
            int r = a == NONE ? obj == NONE : rt_isinstance(obj, a);
            if (r) return r;
        }
        return 0;
    }
    Value chk = rt_lookup_special(cls, NM(__instancecheck__));
    if (chk) {
        Value r = rt_call1(chk, obj);
        if (!r) return -1;
        return rt_truthy(r);
    }
    if (rt_exc_occurred()) return -1;
    if (IS_TYPE(cls)) return plain_isinstance(obj, (Type *)cls);
bad:
    rt_raise(&exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

int rt_issubclass(Value derived, Value cls) {
    if (IS_SMALL(cls)) goto bad;
    Type *ct = TYPE(cls);
    if (ct == &type_type) {
        if (!IS_TYPE(derived)) {
            rt_raise(&exc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return type_is_subtype((Type *)derived, (Type *)cls);
    }
    if (ct == &type_tuple) {
        for (size_t i = 0; i < TUPLE_LEN(cls); i++) {
            int r = rt_issubclass(derived, TUPLE_ITEMS(cls)[i]);
            if (r) return r;
        }
        return 0;
    }
    if (ct == &type_union) {
        Value args = ((AliasObj *)cls)->args;
        for (size_t i = 0; i < TUPLE_LEN(args); i++) {
            Value a = TUPLE_ITEMS(args)[i];
            if (a == NONE) a = OBJ_VAL(&type_none);
            int r = rt_issubclass(derived, a);
            if (r) return r;
        }
        return 0;
    }
    Value chk = rt_lookup_special(cls, NM(__subclasscheck__));
    if (chk) {
        Value r = rt_call1(chk, derived);
        if (!r) return -1;
        return rt_truthy(r);
    }
    if (rt_exc_occurred()) return -1;
    if (IS_TYPE(cls)) {
        if (!IS_TYPE(derived)) {
            rt_raise(&exc_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return type_is_subtype((Type *)derived, (Type *)cls);
    }
bad:
    rt_raise(&exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}
