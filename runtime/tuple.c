/* tuple.c — the tuple type, its iterator, and the helpers every container
 * file shares (index conversion, the repr recursion guard, unhashability).
 *
 * Invariant: a tuple is immutable once published; rt_empty_tuple is the only
 * empty exact tuple.  Subclass instances keep their __dict__ after the items
 * (DICT_AT_END) so the items stay at the same offset for every tuple.
 */
#include <string.h>
#include "cstack.h"
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "func.h"
#include "interp.h"
#include "names.h"
#include "num.h"
#include "str.h"

Value rt_empty_tuple;

/* ---- shared helpers ------------------------------------------------------ */

int rt_repr_enter(Value v) {
    Thread *th = TH();
    if (!th->repr_active) th->repr_active = list_new(0);
    Value l = th->repr_active;
    for (size_t i = 0; i < LIST_LEN(l); i++)
        if (LIST_ITEMS(l)[i] == v) return 1;
    list_append(l, v);
    return 0;
}

void rt_repr_leave(Value v) {
    Value l = TH()->repr_active;
    if (!l) return;
    for (size_t i = LIST_LEN(l); i-- > 0;) {
        if (LIST_ITEMS(l)[i] == v) {
            memmove(&LIST_ITEMS(l)[i], &LIST_ITEMS(l)[i + 1], (LIST_LEN(l) - i - 1) * sizeof(Value));
            ((ListObj *)l)->len--;
            return;
        }
    }
}

intptr_t rt_hash_unhashable(Value v) {
    rt_raise(&exc_TypeError, "unhashable type: '%s'", type_name(v));
    return -1;
}

bool seq_index(Value key, const char *what, intptr_t *out) {
    if (IS_SMALL(key)) { *out = SMALL_VAL(key); return true; }
    if (!TYPE(key)->index) {
        rt_raise(&exc_TypeError, "%s indices must be integers or slices, not %s", what, type_name(key));
        return false;
    }
    if (rt_index(key, out)) return true;
    if (rt_exc_matches(&exc_OverflowError)) {
        rt_exc_clear();
        rt_raise(&exc_IndexError, "cannot fit '%s' into an index-sized integer", type_name(key));
    }
    return false;
}

Value rt_number_index(Value v) {
    if (IS_SMALL(v) || TYPE(v) == &type_int) return v;
    if (TYPE(v) == &type_bool) return MK_SMALL(((BoolObj *)v)->val != 0);
    SlotSig_unary f = TYPE(v)->index;
    if (!f)
        return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    if (int_check(v)) return int_add(v, MK_SMALL(0));   /* int subclass: its int value */
    Value r = f(v);
    if (!r) return NIL;
    if (!int_check(r))
        return rt_raise(&exc_TypeError, "__index__ returned non-int (type %s)", type_name(r));
    if (!IS_SMALL(r) && TYPE(r) != &type_int) return int_add(r, MK_SMALL(0));
    return r;
}

bool slice_index_value(Value v, intptr_t *out) {
    if (v == NONE) return true;
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return true; }
    if (!TYPE(v)->index) {
        rt_raise(&exc_TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    Value i = rt_number_index(v);
    if (!i) return false;
    int64_t x;
    if (int_to_i64(i, &x)) *out = (intptr_t)x;
    else *out = int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
    return true;
}

/* ---- construction -------------------------------------------------------- */

static TupleObj *alloc_tuple(Type *t, size_t len) {
    TupleObj *o = gc_obj(sizeof(TupleObj) + len * sizeof(Value), t);
    if (!o) { rt_raise_nomem(); return NULL; }
    o->len = len;
    o->hash = -1;
    return o;
}

Value tuple_new(size_t len) {
    if (len == 0) {
        if (!rt_empty_tuple) rt_empty_tuple = OBJ_VAL(alloc_tuple(&type_tuple, 0));
        return rt_empty_tuple;
    }
    TupleObj *o = alloc_tuple(&type_tuple, len);
    return o ? OBJ_VAL(o) : NIL;
}

Value tuple_from_array(const Value *items, size_t n) {
    Value t = tuple_new(n);
    if (t && n) memcpy(TUPLE_ITEMS(t), items, n * sizeof(Value));
    return t;
}

Value tuple_pack(size_t n, ...) {
    Value t = tuple_new(n);
    if (!t) return NIL;
    va_list ap;
    va_start(ap, n);
    for (size_t i = 0; i < n; i++) TUPLE_ITEMS(t)[i] = va_arg(ap, Value);
    va_end(ap);
    return t;
}

bool tuple_check(Value v) { return HAS_FLAG(v, TF_TUPLE); }

/* tuple(iterable) for exact tuples and subclasses. */
static Value tuple_new_slot(Value cls, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)cls;
    if (kwnames && TUPLE_LEN(kwnames) && t == &type_tuple)
        return rt_raise(&exc_TypeError, "tuple() takes no keyword arguments");
    if (kwnames && TUPLE_LEN(kwnames))
        return rt_raise(&exc_TypeError, "%s() takes no keyword arguments", t->name);
    if (nargs > 1)
        return rt_raise(&exc_TypeError, "%s expected at most 1 argument, got %d", t->name, nargs);
    Value src = rt_empty_tuple ? rt_empty_tuple : tuple_new(0);
    if (nargs == 1) {
        if (TYPE(args[0]) == &type_tuple) src = args[0];
        else if (!(src = rt_tuple_from_iter(args[0]))) return NIL;
    }
    if (t == &type_tuple) return src;
    size_t n = TUPLE_LEN(src);
    TupleObj *o = (TupleObj *)obj_alloc_var(t, sizeof(TupleObj) + n * sizeof(Value));
    if (!o) return NIL;
    o->len = n;
    o->hash = -1;
    memcpy(o->items, TUPLE_ITEMS(src), n * sizeof(Value));
    return OBJ_VAL(o);
}

/* ---- protocol slots ------------------------------------------------------ */

static Value tuple_repr(Value self) {
    size_t n = TUPLE_LEN(self);
    if (n == 0) return str_from_cstr("()");
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '(');
    for (size_t i = 0; i < n; i++) {
        if (i) sb_adds(&b, ", ");
        if (!sb_addv_repr(&b, TUPLE_ITEMS(self)[i])) return NIL;
    }
    if (n == 1) sb_addc(&b, ',');
    sb_addc(&b, ')');
    return sb_finish(&b);
}

/* CPython 3.11's xxHash-based tuplehash. */
#define XXPRIME_1 ((uint64_t)11400714785074694791ULL)
#define XXPRIME_2 ((uint64_t)14029467366897019727ULL)
#define XXPRIME_5 ((uint64_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

intptr_t tuple_hash_items(const Value *items, size_t n) {
    uint64_t acc = XXPRIME_5;
    if (!cstack_check("")) return -1;
    for (size_t i = 0; i < n; i++) {
        intptr_t h = rt_hash(items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (intptr_t)acc;
}

static intptr_t tuple_hash(Value self) {
    TupleObj *t = (TupleObj *)self;
    if (t->hash != -1) return t->hash;
    intptr_t h = tuple_hash_items(t->items, t->len);
    if (h != -1 && TYPE(self) == &type_tuple) t->hash = h;
    return h;
}

static intptr_t tuple_len(Value self) { return (intptr_t)TUPLE_LEN(self); }

/* Lexicographic comparison shared by tuple and list: items are re-read on
 * every step because user __eq__ may mutate a list. */
Value seq_richcompare(Value v, size_t (*lenf)(Value), Value *(*itemsf)(Value), Value w, int op) {
    size_t i;
    if (!cstack_check(" in comparison")) return NIL;
    for (i = 0; i < lenf(v) && i < lenf(w); i++) {
        Value a = itemsf(v)[i], b = itemsf(w)[i];
        int k = rt_eq(a, b);
        if (k < 0) return NIL;
        if (!k) break;
    }
    size_t vl = lenf(v), wl = lenf(w);
    if (i >= vl || i >= wl) {
        bool r;
        switch (op) {
        case CMP_LT: r = vl < wl; break;
        case CMP_LE: r = vl <= wl; break;
        case CMP_EQ: r = vl == wl; break;
        case CMP_NE: r = vl != wl; break;
        case CMP_GT: r = vl > wl; break;
        default: r = vl >= wl; break;
        }
        return BOOL(r);
    }
    if (op == CMP_EQ) return FALSE_V;
    if (op == CMP_NE) return TRUE_V;
    return rt_compare(itemsf(v)[i], itemsf(w)[i], op);
}

static size_t tlen(Value t) { return TUPLE_LEN(t); }
static Value *titems(Value t) { return TUPLE_ITEMS(t); }

#define TUPLE_CMP(name, op) \
    static Value name(Value a, Value b) { \
        if (!tuple_check(b)) return NOTIMPL; \
        return seq_richcompare(a, tlen, titems, b, op); \
    }
TUPLE_CMP(tuple_eq, CMP_EQ)
TUPLE_CMP(tuple_ne, CMP_NE)
TUPLE_CMP(tuple_lt, CMP_LT)
TUPLE_CMP(tuple_le, CMP_LE)
TUPLE_CMP(tuple_gt, CMP_GT)
TUPLE_CMP(tuple_ge, CMP_GE)

static Value tuple_getitem(Value self, Value key) {
    size_t n = TUPLE_LEN(self);
    if (IS_SMALL(key)) {
        intptr_t i = SMALL_VAL(key);
        if (i < 0) i += (intptr_t)n;
        if (i < 0 || (size_t)i >= n) return rt_raise(&exc_IndexError, "tuple index out of range");
        return TUPLE_ITEMS(self)[i];
    }
    if (TYPE(key) == &type_slice) {
        intptr_t start, stop, step, len;
        if (!slice_indices(key, (intptr_t)n, &start, &stop, &step, &len)) return NIL;
        if (step == 1 && len == (intptr_t)n && TYPE(self) == &type_tuple) return self;
        Value r = tuple_new((size_t)len);
        if (!r) return NIL;
        for (intptr_t k = 0, j = start; k < len; k++, j += step) TUPLE_ITEMS(r)[k] = TUPLE_ITEMS(self)[j];
        return r;
    }
    intptr_t i;
    if (!seq_index(key, "tuple", &i)) return NIL;
    if (i < 0) i += (intptr_t)n;
    if (i < 0 || (size_t)i >= n) return rt_raise(&exc_IndexError, "tuple index out of range");
    return TUPLE_ITEMS(self)[i];
}

static int tuple_contains(Value self, Value x) {
    for (size_t i = 0; i < TUPLE_LEN(self); i++) {
        int k = rt_eq(TUPLE_ITEMS(self)[i], x);
        if (k) return k;
    }
    return 0;
}

/* `seq + other` when other is not of the same kind: give the reflected
 * operand its chance (NotImplemented) if it has __radd__, else CPython's
 * concatenation error. */
Value seq_concat_error(const char *tname, Value other) {
    if ((TYPE(other)->flags & TF_HEAPTYPE) && TYPE(other)->radd) return NOTIMPL;
    return rt_raise(&exc_TypeError, "can only concatenate %s (not \"%s\") to %s", tname,
                    type_name(other), tname);
}

static Value tuple_add(Value a, Value b) {
    if (!tuple_check(b)) return seq_concat_error("tuple", b);
    size_t n = TUPLE_LEN(a), m = TUPLE_LEN(b);
    if (m == 0 && TYPE(a) == &type_tuple) return a;
    if (n == 0 && TYPE(b) == &type_tuple) return b;
    Value r = tuple_new(n + m);
    if (!r) return NIL;
    memcpy(TUPLE_ITEMS(r), TUPLE_ITEMS(a), n * sizeof(Value));
    memcpy(TUPLE_ITEMS(r) + n, TUPLE_ITEMS(b), m * sizeof(Value));
    return r;
}

/* The repeat count of `seq * n`: false with NOTIMPL-worthy *notimpl set when
 * n is not an integer. */
bool seq_repeat_count(Value n, intptr_t *out, bool *notimpl) {
    *notimpl = false;
    if (IS_SMALL(n)) { *out = SMALL_VAL(n); return true; }
    if (!TYPE(n)->index) { *notimpl = true; return false; }
    if (rt_index(n, out)) return true;
    /* rt_index reports a huge int as IndexError (right for subscripts); a
     * repeat count that does not fit is an OverflowError in CPython. */
    if (rt_exc_matches(&exc_OverflowError) || rt_exc_matches(&exc_IndexError)) {
        rt_exc_clear();
        rt_raise(&exc_OverflowError, "cannot fit '%s' into an index-sized integer", type_name(n));
    }
    return false;
}

Value seq_repeat_error(Value n, bool reflected) {
    /* CPython tries a class's __rmul__ before the sequence repeat; native
     * operands (float, str) go straight to the repeat and its error. */
    if (!reflected && (TYPE(n)->flags & TF_HEAPTYPE) && TYPE(n)->rmul) return NOTIMPL;
    return rt_raise(&exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                    type_name(n));
}

static Value tuple_repeat(Value self, Value count, bool reflected) {
    intptr_t k;
    bool ni;
    if (!seq_repeat_count(count, &k, &ni)) {
        if (ni) return seq_repeat_error(count, reflected);
        return NIL;
    }
    size_t n = TUPLE_LEN(self);
    if (k <= 0 || n == 0) return tuple_new(0);
    if (k == 1 && TYPE(self) == &type_tuple) return self;
    if ((size_t)k > (SIZE_MAX / sizeof(Value)) / n) return rt_raise_nomem();
    Value r = tuple_new(n * (size_t)k);
    if (!r) return NIL;
    for (intptr_t j = 0; j < k; j++) memcpy(TUPLE_ITEMS(r) + j * n, TUPLE_ITEMS(self), n * sizeof(Value));
    return r;
}
static Value tuple_mul(Value a, Value b) { return tuple_repeat(a, b, false); }
static Value tuple_rmul(Value a, Value b) { return tuple_repeat(a, b, true); }

/* ---- iterator ------------------------------------------------------------ */

typedef struct SeqIterObj { Obj ob; Value seq; size_t i; } SeqIterObj;

static Value tuple_iter(Value self) {
    SeqIterObj *it = gc_obj(sizeof(SeqIterObj), &type_tuple_iterator);
    it->seq = self;
    return OBJ_VAL(it);
}

static Value self_iter(Value self) { return self; }

static Value tupleiter_next(Value self) {
    SeqIterObj *it = (SeqIterObj *)self;
    if (!it->seq) return NIL;
    if (it->i < TUPLE_LEN(it->seq)) return TUPLE_ITEMS(it->seq)[it->i++];
    it->seq = NIL;
    return NIL;
}

static Value tupleiter_length_hint(Value *args, int nargs, Value kwnames) {
    SeqIterObj *it = (SeqIterObj *)args[0];
    return MK_SMALL(it->seq ? (intptr_t)(TUPLE_LEN(it->seq) - it->i) : 0);
}

static const MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_tuple_iterator = {
    .ob = {&type_type}, .name = "tuple_iterator", .base = &type_object,
    .size = sizeof(SeqIterObj), .methods = tupleiter_methods,
    .iter = self_iter, .next = tupleiter_next,
};

/* ---- methods ------------------------------------------------------------- */

/* index(x, start, stop) bounds, clamped like CPython's list/tuple.index. */
bool seq_index_bounds(Value *args, int nargs, size_t len, intptr_t *start, intptr_t *stop) {
    *start = 0;
    *stop = INTPTR_MAX;
    if (nargs > 0 && !slice_index_value(args[0], start)) return false;
    if (nargs > 1 && !slice_index_value(args[1], stop)) return false;
    intptr_t n = (intptr_t)len;
    if (*start < 0) { *start += n; if (*start < 0) *start = 0; }
    if (*stop < 0) { *stop += n; if (*stop < 0) *stop = 0; }
    return true;
}

static Value tuple_index_m(Value *args, int nargs, Value kwnames) {
    if (!arg_nokw("tuple.index", kwnames)) return NIL;
    if (nargs < 2) return rt_raise(&exc_TypeError, "index expected at least 1 argument, got %d", nargs - 1);
    if (nargs > 4) return rt_raise(&exc_TypeError, "index expected at most 3 arguments, got %d", nargs - 1);
    Value self = args[0];
    intptr_t start, stop;
    if (!seq_index_bounds(args + 2, nargs - 2, TUPLE_LEN(self), &start, &stop)) return NIL;
    for (intptr_t i = start; i < stop && (size_t)i < TUPLE_LEN(self); i++) {
        int k = rt_eq(TUPLE_ITEMS(self)[i], args[1]);
        if (k < 0) return NIL;
        if (k) return MK_SMALL(i);
    }
    return rt_raise(&exc_ValueError, "tuple.index(x): x not in tuple");
}

static Value tuple_count_m(Value *args, int nargs, Value kwnames) {
    if (!arg_nokw("tuple.count", kwnames)) return NIL;
    if (nargs != 2) return rt_raise(&exc_TypeError, "tuple.count() takes exactly one argument (%d given)", nargs - 1);
    intptr_t c = 0;
    for (size_t i = 0; i < TUPLE_LEN(args[0]); i++) {
        int k = rt_eq(TUPLE_ITEMS(args[0])[i], args[1]);
        if (k < 0) return NIL;
        c += k;
    }
    return MK_SMALL(c);
}

static Value tuple_getnewargs(Value *args, int nargs, Value kwnames) {
    return tuple_pack(1, tuple_from_array(TUPLE_ITEMS(args[0]), TUPLE_LEN(args[0])));
}

Value cont_class_getitem(Value *args, int nargs, Value kwnames) {
    if (nargs != 2)
        return rt_raise(&exc_TypeError, "__class_getitem__() takes exactly one argument (%d given)", nargs - 1);
    return generic_alias_new(args[0], args[1]);
}

static const MethodDef tuple_methods[] = {
    {"index", tuple_index_m, METH_DEFAULT, NULL},
    {"count", tuple_count_m, METH_DEFAULT, NULL},
    {"__getnewargs__", tuple_getnewargs, METH_DEFAULT, NULL},
    {"__class_getitem__", cont_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_tuple = {
    .ob = {&type_type}, .name = "tuple", .base = &type_object,
    .size = sizeof(TupleObj), .flags = TF_BASETYPE | TF_TUPLE,
    .methods = tuple_methods,
    .repr = tuple_repr, .hash = tuple_hash, .len = tuple_len,
    .eq = tuple_eq, .ne = tuple_ne, .lt = tuple_lt, .le = tuple_le, .gt = tuple_gt, .ge = tuple_ge,
    .getitem = tuple_getitem, .contains = tuple_contains, .iter = tuple_iter,
    .add = tuple_add, .mul = tuple_mul, .rmul = tuple_rmul,
    .new_ = tuple_new_slot,
};
