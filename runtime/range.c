/* range.c — range (with big-int bounds), its iterators, and slice objects
 * with CPython's index resolution (PySlice_GetIndicesEx).
 *
 * Invariant: a range's start, stop, step and len are exact ints (step != 0,
 * len >= 0) computed once at construction; everything else derives from them.
 * range_iterator is used whenever they are small ints, longrange_iterator
 * otherwise.
 */
#include <string.h>
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "func.h"
#include "names.h"
#include "num.h"
#include "str.h"

#define R(v) ((RangeObj *)(v))
#define ZERO MK_SMALL(0)
#define ONE MK_SMALL(1)

static bool is_exact_int(Value v) { return IS_SMALL(v) || TYPE(v) == &type_int || TYPE(v) == &type_bool; }

/* ---- range --------------------------------------------------------------- */

static Value compute_len(Value start, Value stop, Value step) {
    if (IS_SMALL(start) && IS_SMALL(stop) && IS_SMALL(step)) {
        intptr_t lo = SMALL_VAL(start), hi = SMALL_VAL(stop), st = SMALL_VAL(step);
        if (st > 0) return MK_SMALL(lo < hi ? (hi - lo - 1) / st + 1 : 0);
        return MK_SMALL(lo > hi ? (lo - hi - 1) / (-st) + 1 : 0);
    }
    if (int_sign(step) > 0) {
        if (int_compare(start, stop) >= 0) return ZERO;
        return int_add(int_floordiv(int_sub(int_sub(stop, start), ONE), step), ONE);
    }
    if (int_compare(start, stop) <= 0) return ZERO;
    return int_add(int_floordiv(int_sub(int_sub(start, stop), ONE), int_neg(step)), ONE);
}

Value range_new(Value start, Value stop, Value step) {
    RangeObj *r = gc_obj(sizeof(RangeObj), &type_range);
    if (!r) return rt_raise_nomem();
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = compute_len(start, stop, step);
    if (!r->len) return NIL;
    return OBJ_VAL(r);
}

static Value range_new_slot(Value cls, Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "range() takes no keyword arguments");
    if (nargs < 1) return rt_raise(&exc_TypeError, "range expected at least 1 argument, got %d", nargs);
    if (nargs > 3) return rt_raise(&exc_TypeError, "range expected at most 3 arguments, got %d", nargs);
    Value v[3];
    for (int i = 0; i < nargs; i++)
        if (!(v[i] = rt_number_index(args[i]))) return NIL;
    if (nargs == 1) return range_new(ZERO, v[0], ONE);
    Value step = nargs == 3 ? v[2] : ONE;
    if (step == ZERO) return rt_raise(&exc_ValueError, "range() arg 3 must not be zero");
    return range_new(v[0], v[1], step);
}

static Value range_repr(Value self) {
    RangeObj *r = R(self);
    Value a = int_repr(r->start), b = int_repr(r->stop);
    if (!a || !b) return NIL;
    if (r->step == ONE) return str_printf("range(%s, %s)", str_cstr(a), str_cstr(b));
    Value c = int_repr(r->step);
    if (!c) return NIL;
    return str_printf("range(%s, %s, %s)", str_cstr(a), str_cstr(b), str_cstr(c));
}

static intptr_t range_len(Value self) {
    Value n = R(self)->len;
    if (IS_SMALL(n)) return SMALL_VAL(n);
    rt_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
}

static int range_bool(Value self) { return R(self)->len != ZERO; }

/* start + i * step */
static Value item_at(RangeObj *r, Value i) {
    Value p = int_mul(i, r->step);
    return p ? int_add(r->start, p) : NIL;
}

static Value range_getitem(Value self, Value key) {
    RangeObj *r = R(self);
    if (TYPE(key) == &type_slice) {
        if (!IS_SMALL(r->len)) return rt_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        intptr_t start, stop, step, len;
        if (!slice_indices(key, SMALL_VAL(r->len), &start, &stop, &step, &len)) return NIL;
        Value a = item_at(r, MK_SMALL(start)), b = item_at(r, MK_SMALL(stop));
        Value c = int_mul(MK_SMALL(step), r->step);
        if (!a || !b || !c) return NIL;
        return range_new(a, b, c);
    }
    if (!IS_SMALL(key) && !TYPE(key)->index)
        return rt_raise(&exc_TypeError, "range indices must be integers or slices, not %s", type_name(key));
    Value i = rt_number_index(key);
    if (!i) return NIL;
    if (int_sign(i) < 0) i = int_add(i, r->len);
    if (int_sign(i) < 0 || int_compare(i, r->len) >= 0)
        return rt_raise(&exc_IndexError, "range object index out of range");
    return item_at(r, i);
}

/* 1 when the int x is one of r's values. */
static int int_in_range(RangeObj *r, Value x) {
    if (int_sign(r->step) > 0) {
        if (int_compare(x, r->start) < 0 || int_compare(x, r->stop) >= 0) return 0;
    } else {
        if (int_compare(x, r->start) > 0 || int_compare(x, r->stop) <= 0) return 0;
    }
    Value m = int_mod(int_sub(x, r->start), r->step);
    if (!m) return -1;
    return m == ZERO;
}

static Value as_int(Value x) { return TYPE(x) == &type_bool ? MK_SMALL(((BoolObj *)x)->val != 0) : x; }

static int range_contains(Value self, Value x) {
    if (is_exact_int(x)) return int_in_range(R(self), as_int(x));
    Value it = rt_iter(self);
    if (!it) return -1;
    for (;;) {
        Value v = rt_next(it);
        if (!v) return rt_exc_occurred() ? -1 : 0;
        int c = rt_eq(v, x);
        if (c) return c;
    }
}

static Value range_eq_impl(Value a, Value b) {
    if (a == b) return TRUE_V;
    RangeObj *x = R(a), *y = R(b);
    if (int_compare(x->len, y->len) != 0) return FALSE_V;
    if (x->len == ZERO) return TRUE_V;
    if (int_compare(x->start, y->start) != 0) return FALSE_V;
    if (x->len == ONE) return TRUE_V;
    return BOOL(int_compare(x->step, y->step) == 0);
}

static Value range_eq(Value a, Value b) {
    if (TYPE(b) != &type_range) return NOTIMPL;
    return range_eq_impl(a, b);
}

static Value range_ne(Value a, Value b) {
    if (TYPE(b) != &type_range) return NOTIMPL;
    return BOOL(range_eq_impl(a, b) == FALSE_V);
}

static intptr_t range_hash(Value self) {
    RangeObj *r = R(self);
    Value t[3] = {r->len, NONE, NONE};
    if (r->len != ZERO) {
        t[1] = r->start;
        if (r->len != ONE) t[2] = r->step;
    }
    return tuple_hash_items(t, 3);
}

/* ---- range iterators ----------------------------------------------------- */

typedef struct RangeIterObj { Obj ob; intptr_t next, step, remaining; } RangeIterObj;
typedef struct LongRangeIterObj { Obj ob; Value start, step, len, index; } LongRangeIterObj;

static Value make_iter(Value start, Value step, Value len) {
    if (IS_SMALL(start) && IS_SMALL(step) && IS_SMALL(len)) {
        RangeIterObj *it = gc_obj_atomic(sizeof(RangeIterObj), &type_range_iterator);
        it->next = SMALL_VAL(start);
        it->step = SMALL_VAL(step);
        it->remaining = SMALL_VAL(len);
        return OBJ_VAL(it);
    }
    LongRangeIterObj *it = gc_obj(sizeof(LongRangeIterObj), &type_longrange_iterator);
    it->start = start;
    it->step = step;
    it->len = len;
    it->index = ZERO;
    return OBJ_VAL(it);
}

static Value range_iter(Value self) { return make_iter(R(self)->start, R(self)->step, R(self)->len); }

static Value range_reversed(Value self) {
    RangeObj *r = R(self);
    if (r->len == ZERO) return make_iter(ZERO, ONE, ZERO);
    Value last = item_at(r, int_sub(r->len, ONE));
    Value nstep = int_neg(r->step);
    if (!last || !nstep) return NIL;
    return make_iter(last, nstep, r->len);
}

static Value self_iter(Value self) { return self; }

static Value rangeiter_next(Value self) {
    RangeIterObj *it = (RangeIterObj *)self;
    if (it->remaining <= 0) return NIL;
    intptr_t v = it->next;
    if (--it->remaining) it->next += it->step;
    return MK_SMALL(v);
}

static Value longrangeiter_next(Value self) {
    LongRangeIterObj *it = (LongRangeIterObj *)self;
    if (int_compare(it->index, it->len) >= 0) return NIL;
    Value v = int_add(it->start, int_mul(it->index, it->step));
    it->index = int_add(it->index, ONE);
    return v;
}

static Value rangeiter_length_hint(Value *args, int nargs, Value kwnames) {
    return MK_SMALL(((RangeIterObj *)args[0])->remaining);
}

static Value longrangeiter_length_hint(Value *args, int nargs, Value kwnames) {
    LongRangeIterObj *it = (LongRangeIterObj *)args[0];
    return int_sub(it->len, it->index);
}

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef longrangeiter_methods[] = {
    {"__length_hint__", longrangeiter_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_range_iterator = {
    .ob = {&type_type}, .name = "range_iterator", .base = &type_object,
    .size = sizeof(RangeIterObj), .methods = rangeiter_methods,
    .iter = self_iter, .next = rangeiter_next,
};
Type type_longrange_iterator = {
    .ob = {&type_type}, .name = "longrange_iterator", .base = &type_object,
    .size = sizeof(LongRangeIterObj), .methods = longrangeiter_methods,
    .iter = self_iter, .next = longrangeiter_next,
};

/* ---- range methods ------------------------------------------------------- */

static Value r_start(Value *args, int nargs, Value kwnames) { return R(args[0])->start; }
static Value r_stop(Value *args, int nargs, Value kwnames) { return R(args[0])->stop; }
static Value r_step(Value *args, int nargs, Value kwnames) { return R(args[0])->step; }

static bool one_arg(const char *name, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "range.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != 2) {
        rt_raise(&exc_TypeError, "range.%s() takes exactly one argument (%d given)", name, nargs - 1);
        return false;
    }
    return true;
}

static Value r_count(Value *args, int nargs, Value kwnames) {
    if (!one_arg("count", nargs, kwnames)) return NIL;
    if (is_exact_int(args[1])) {
        int c = int_in_range(R(args[0]), as_int(args[1]));
        return c < 0 ? NIL : MK_SMALL(c);
    }
    Value it = rt_iter(args[0]);
    if (!it) return NIL;
    intptr_t n = 0;
    for (;;) {
        Value v = rt_next(it);
        if (!v) return rt_exc_occurred() ? NIL : MK_SMALL(n);
        int c = rt_eq(v, args[1]);
        if (c < 0) return NIL;
        n += c;
    }
}

static Value r_index(Value *args, int nargs, Value kwnames) {
    if (!one_arg("index", nargs, kwnames)) return NIL;
    RangeObj *r = R(args[0]);
    Value x = args[1];
    if (is_exact_int(x)) {
        x = as_int(x);
        int c = int_in_range(r, x);
        if (c < 0) return NIL;
        if (c) return int_floordiv(int_sub(x, r->start), r->step);
        Value rep = rt_repr(args[1]);
        return rep ? rt_raise(&exc_ValueError, "%s is not in range", str_cstr(rep)) : NIL;
    }
    Value it = rt_iter(args[0]);
    if (!it) return NIL;
    for (intptr_t i = 0;; i++) {
        Value v = rt_next(it);
        if (!v) {
            if (rt_exc_occurred()) return NIL;
            return rt_raise(&exc_ValueError, "sequence.index(x): x not in sequence");
        }
        int c = rt_eq(v, x);
        if (c < 0) return NIL;
        if (c) return MK_SMALL(i);
    }
}

static const MethodDef range_methods[] = {
    {"start", r_start, METH_GETTER, NULL},
    {"stop", r_stop, METH_GETTER, NULL},
    {"step", r_step, METH_GETTER, NULL},
    {"count", r_count, METH_DEFAULT, NULL},
    {"index", r_index, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_range = {
    .ob = {&type_type}, .name = "range", .base = &type_object,
    .size = sizeof(RangeObj), .methods = range_methods,
    .repr = range_repr, .hash = range_hash, .len = range_len, .bool_ = range_bool,
    .eq = range_eq, .ne = range_ne, .getitem = range_getitem, .contains = range_contains,
    .iter = range_iter, .reversed = range_reversed, .new_ = range_new_slot,
};

/* ---- slice --------------------------------------------------------------- */

#define S(v) ((SliceObj *)(v))

Value slice_new(Value start, Value stop, Value step) {
    SliceObj *s = gc_obj(sizeof(SliceObj), &type_slice);
    if (!s) return rt_raise_nomem();
    s->start = start;
    s->stop = stop;
    s->step = step;
    return OBJ_VAL(s);
}

static Value slice_new_slot(Value cls, Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "slice() takes no keyword arguments");
    if (nargs < 1) return rt_raise(&exc_TypeError, "slice expected at least 1 argument, got %d", nargs);
    if (nargs > 3) return rt_raise(&exc_TypeError, "slice expected at most 3 arguments, got %d", nargs);
    if (nargs == 1) return slice_new(NONE, args[0], NONE);
    return slice_new(args[0], args[1], nargs == 3 ? args[2] : NONE);
}

bool slice_indices(Value slice, intptr_t length, intptr_t *start, intptr_t *stop,
                   intptr_t *step, intptr_t *slicelen) {
    SliceObj *s = S(slice);
    intptr_t st = 1;
    if (s->step != NONE) {
        if (!slice_index_value(s->step, &st)) return false;
        if (st == 0) { rt_raise(&exc_ValueError, "slice step cannot be zero"); return false; }
        if (st < -INTPTR_MAX) st = -INTPTR_MAX;
    }
    intptr_t b = st < 0 ? INTPTR_MAX : 0, e = st < 0 ? INTPTR_MIN : INTPTR_MAX;
    if (!slice_index_value(s->start, &b) || !slice_index_value(s->stop, &e)) return false;
    if (b < 0) { b += length; if (b < 0) b = st < 0 ? -1 : 0; }
    else if (b >= length) b = st < 0 ? length - 1 : length;
    if (e < 0) { e += length; if (e < 0) e = st < 0 ? -1 : 0; }
    else if (e >= length) e = st < 0 ? length - 1 : length;
    intptr_t n = 0;
    if (st < 0) { if (e < b) n = (b - e - 1) / (-st) + 1; }
    else if (b < e) n = (e - b - 1) / st + 1;
    *start = b; *stop = e; *step = st; *slicelen = n;
    return true;
}

static Value slice_repr(Value self) {
    SliceObj *s = S(self);
    Value a = rt_repr(s->start), b = a ? rt_repr(s->stop) : NIL, c = b ? rt_repr(s->step) : NIL;
    if (!c) return NIL;
    return str_printf("slice(%s, %s, %s)", str_cstr(a), str_cstr(b), str_cstr(c));
}

static Value slice_cmp(Value a, Value b, int op) {
    if (TYPE(b) != &type_slice) return NOTIMPL;
    if (a == b && (op == CMP_EQ || op == CMP_NE)) return BOOL(op == CMP_EQ);
    Value x = tuple_pack(3, S(a)->start, S(a)->stop, S(a)->step);
    Value y = tuple_pack(3, S(b)->start, S(b)->stop, S(b)->step);
    return rt_compare(x, y, op);
}
static Value slice_eq(Value a, Value b) { return slice_cmp(a, b, CMP_EQ); }
static Value slice_ne(Value a, Value b) { return slice_cmp(a, b, CMP_NE); }
static Value slice_lt(Value a, Value b) { return slice_cmp(a, b, CMP_LT); }
static Value slice_le(Value a, Value b) { return slice_cmp(a, b, CMP_LE); }
static Value slice_gt(Value a, Value b) { return slice_cmp(a, b, CMP_GT); }
static Value slice_ge(Value a, Value b) { return slice_cmp(a, b, CMP_GE); }

static Value s_start(Value *args, int nargs, Value kwnames) { return S(args[0])->start; }
static Value s_stop(Value *args, int nargs, Value kwnames) { return S(args[0])->stop; }
static Value s_step(Value *args, int nargs, Value kwnames) { return S(args[0])->step; }

static Value s_indices(Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "slice.indices() takes no keyword arguments");
    if (nargs != 2)
        return rt_raise(&exc_TypeError, "slice.indices() takes exactly one argument (%d given)", nargs - 1);
    Value n = rt_number_index(args[1]);
    if (!n) return NIL;
    if (int_sign(n) < 0) return rt_raise(&exc_ValueError, "length should not be negative");
    int64_t len;
    if (!int_to_i64(n, &len) || len > INTPTR_MAX / 2)
        return rt_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
    intptr_t start, stop, step, slen;
    if (!slice_indices(args[0], (intptr_t)len, &start, &stop, &step, &slen)) return NIL;
    return tuple_pack(3, int_from_i64(start), int_from_i64(stop), int_from_i64(step));
}

static const MethodDef slice_methods[] = {
    {"start", s_start, METH_GETTER, NULL},
    {"stop", s_stop, METH_GETTER, NULL},
    {"step", s_step, METH_GETTER, NULL},
    {"indices", s_indices, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_slice = {
    .ob = {&type_type}, .name = "slice", .base = &type_object,
    .size = sizeof(SliceObj), .methods = slice_methods,
    .repr = slice_repr, .hash = rt_hash_unhashable,
    .eq = slice_eq, .ne = slice_ne, .lt = slice_lt, .le = slice_le, .gt = slice_gt, .ge = slice_ge,
    .new_ = slice_new_slot,
};
