/* mod_collections.c — the native `_collections` module: collections.deque and
 * its forward and reverse iterators, with CPython 3.11's behaviour and texts.
 *
 * A deque is a ring buffer: items[(head + i) & (cap - 1)] is element i for
 * i < len; cap is a power of two (or 0 with items NULL, so a zeroed object is
 * a valid empty deque) and every slot outside the live range is NIL so the GC
 * does not keep popped values alive.  `state` changes whenever the shape
 * changes (append, pop, insert, delete, rotate, clear) but not on item
 * assignment or reverse, exactly where CPython bumps it: iterators and the
 * scans that call user code compare it to report "deque mutated during
 * iteration".
 */
#include <string.h>
#include "abstract.h"
#include "containers.h"
#include "cstack.h"
#include "errors.h"
#include "func.h"
#include "module.h"
#include "names.h"
#include "num.h"
#include "str.h"

typedef struct DequeObj {
    Obj ob;
    Value *items;
    size_t cap, head, len;
    size_t maxlen;        /* meaningful only when bounded */
    bool bounded;         /* false: maxlen is None (a zeroed deque is unbounded) */
    size_t state;
} DequeObj;

/* Both iterator kinds: pos is the next element's index from the left. */
typedef struct DequeIterObj {
    Obj ob;
    DequeObj *dq;
    intptr_t pos;
    size_t counter;       /* items left to hand out */
    size_t state;         /* dq->state when the iterator was made */
} DequeIterObj;

static Type type_deque, type_deque_iter, type_deque_reviter;

#define DQ(v) ((DequeObj *)(v))
#define SLOT_AT(d, i) ((d)->items[((d)->head + (size_t)(i)) & ((d)->cap - 1)])

static bool deque_check(Value v) { return IS_INSTANCE(v, &type_deque); }

/* ---- storage ------------------------------------------------------------------- */

static bool set_cap(DequeObj *d, size_t ncap) {
    if (ncap > SIZE_MAX / sizeof(Value) / 4) { rt_raise_nomem(); return false; }
    Value *n = GC_MALLOC(ncap * sizeof(Value));
    if (!n) { rt_raise_nomem(); return false; }
    for (size_t i = 0; i < d->len; i++) n[i] = SLOT_AT(d, i);
    d->items = n;
    d->cap = ncap;
    d->head = 0;
    return true;
}

static inline bool grow(DequeObj *d) { return set_cap(d, d->cap ? d->cap * 2 : 8); }

/* After pops: give memory back once the deque is much smaller than its ring
 * (hysteresis: it must fill half the new ring before growing again). */
static inline void maybe_shrink(DequeObj *d) {
    if (d->cap > 64 && d->len < d->cap / 8) {
        if (!set_cap(d, d->cap / 2)) rt_exc_clear();   /* keeping the old ring is fine */
    }
}

static void dq_clear(DequeObj *d) {
    d->items = NULL;
    d->cap = d->head = d->len = 0;
    d->state++;
}

/* append with maxlen trimming from the other end, as CPython. */
static bool dq_append(DequeObj *d, Value v) {
    if (d->bounded && d->len >= d->maxlen) {
        d->state++;
        if (d->maxlen == 0) return true;
        size_t mask = d->cap - 1;
        d->items[d->head] = NIL;                       /* drop the leftmost */
        d->items[(d->head + d->len) & mask] = v;
        d->head = (d->head + 1) & mask;
        return true;
    }
    if (d->len == d->cap && !grow(d)) return false;
    SLOT_AT(d, d->len) = v;
    d->len++;
    d->state++;
    return true;
}

static bool dq_appendleft(DequeObj *d, Value v) {
    if (d->bounded && d->len >= d->maxlen) {
        d->state++;
        if (d->maxlen == 0) return true;
        size_t mask = d->cap - 1;
        d->items[(d->head + d->len - 1) & mask] = NIL;  /* drop the rightmost */
        d->head = (d->head - 1) & mask;
        d->items[d->head] = v;
        return true;
    }
    if (d->len == d->cap && !grow(d)) return false;
    d->head = (d->head - 1) & (d->cap - 1);
    d->items[d->head] = v;
    d->len++;
    d->state++;
    return true;
}

static Value dq_pop(DequeObj *d) {
    if (!d->len) return rt_raise(&exc_IndexError, "pop from an empty deque");
    d->len--;
    Value *slot = &SLOT_AT(d, d->len);
    Value v = *slot;
    *slot = NIL;
    d->state++;
    maybe_shrink(d);
    return v;
}

static Value dq_popleft(DequeObj *d) {
    if (!d->len) return rt_raise(&exc_IndexError, "pop from an empty deque");
    Value v = d->items[d->head];
    d->items[d->head] = NIL;
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    d->state++;
    maybe_shrink(d);
    return v;
}

/* Rotate n steps to the right (negative: left), moving the fewer items. */
static void dq_rotate(DequeObj *d, intptr_t n) {
    intptr_t len = (intptr_t)d->len;
    if (len <= 1) return;
    d->state++;
    n %= len;
    if (n < 0) n += len;
    if (n == 0) return;
    size_t mask = d->cap - 1;
    if (d->len == d->cap) {             /* a full ring rotates by moving head */
        d->head = (d->head - (size_t)n) & mask;
        return;
    }
    if (n <= len / 2) {
        for (intptr_t k = 0; k < n; k++) {
            d->head = (d->head - 1) & mask;
            size_t from = (d->head + d->len) & mask;
            d->items[d->head] = d->items[from];
            d->items[from] = NIL;
        }
    } else {
        for (intptr_t k = 0; k < len - n; k++) {
            d->items[(d->head + d->len) & mask] = d->items[d->head];
            d->items[d->head] = NIL;
            d->head = (d->head + 1) & mask;
        }
    }
}

/* Insert v before element i (0 <= i <= len), shifting the shorter side. */
static bool dq_insert_at(DequeObj *d, size_t i, Value v) {
    if (d->len == d->cap && !grow(d)) return false;
    if (i < d->len / 2) {
        d->head = (d->head - 1) & (d->cap - 1);
        for (size_t k = 0; k < i; k++) SLOT_AT(d, k) = SLOT_AT(d, k + 1);
    } else {
        for (size_t k = d->len; k > i; k--) SLOT_AT(d, k) = SLOT_AT(d, k - 1);
    }
    SLOT_AT(d, i) = v;
    d->len++;
    d->state++;
    return true;
}

static void dq_delete_at(DequeObj *d, size_t i) {
    if (i < d->len / 2) {
        for (size_t k = i; k > 0; k--) SLOT_AT(d, k) = SLOT_AT(d, k - 1);
        d->items[d->head] = NIL;
        d->head = (d->head + 1) & (d->cap - 1);
    } else {
        for (size_t k = i; k + 1 < d->len; k++) SLOT_AT(d, k) = SLOT_AT(d, k + 1);
        SLOT_AT(d, d->len - 1) = NIL;
    }
    d->len--;
    d->state++;
    maybe_shrink(d);
}

static Value dq_to_list(DequeObj *d) {
    Value l = list_new(d->len);
    if (!l) return NIL;
    for (size_t i = 0; i < d->len; i++) LIST_ITEMS(l)[i] = SLOT_AT(d, i);
    return l;
}

/* extend / extendleft: the iterable may be the deque itself (snapshot first). */
static Value dq_extend(DequeObj *d, Value iterable, bool left) {
    bool (*add)(DequeObj *, Value) = left ? dq_appendleft : dq_append;
    if (iterable == OBJ_VAL(d)) {
        iterable = dq_to_list(d);
        if (!iterable) return NIL;
    }
    if (TYPE(iterable) == &type_list || TYPE(iterable) == &type_tuple) {
        /* No user code runs while copying, so the source cannot change. */
        size_t n = TYPE(iterable) == &type_list ? LIST_LEN(iterable) : TUPLE_LEN(iterable);
        Value *src = TYPE(iterable) == &type_list ? LIST_ITEMS(iterable) : TUPLE_ITEMS(iterable);
        for (size_t i = 0; i < n; i++)
            if (!add(d, src[i])) return NIL;
        return NONE;
    }
    if (TYPE(iterable) == &type_deque) {
        DequeObj *s = DQ(iterable);
        for (size_t i = 0, n = s->len; i < n; i++)
            if (!add(d, SLOT_AT(s, i))) return NIL;
        return NONE;
    }
    Value it = rt_iter(iterable);
    if (!it) return NIL;
    for (;;) {
        Value v = rt_next(it);
        if (!v) return rt_exc_occurred() ? NIL : NONE;
        if (!add(d, v)) return NIL;
    }
}

/* ---- argument helpers ------------------------------------------------------------ */

static bool no_args(const char *name, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "deque.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != 1) {
        rt_raise(&exc_TypeError, "deque.%s() takes no arguments (%d given)", name, nargs - 1);
        return false;
    }
    return true;
}

static bool one_arg(const char *name, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "deque.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != 2) {
        rt_raise(&exc_TypeError, "deque.%s() takes exactly one argument (%d given)", name, nargs - 1);
        return false;
    }
    return true;
}

/* An index-sized integer (PyNumber_AsSsize_t): ovf is the error for ints
 * that do not fit. */
static bool as_ssize(Value v, intptr_t *out, Type *ovf, const char *ovf_msg) {
    if (IS_SMALL(v)) { *out = SMALL_VAL(v); return true; }
    Value i = rt_number_index(v);
    if (!i) return false;
    int64_t x;
    if (!int_to_i64(i, &x)) {
        rt_raise(ovf, ovf_msg, type_name(i));
        return false;
    }
    *out = (intptr_t)x;
    return true;
}

/* d[key] index: CPython's sequence protocol messages. */
static bool item_index(Value key, intptr_t *out) {
    if (IS_SMALL(key)) { *out = SMALL_VAL(key); return true; }
    if (!TYPE(key)->index) {
        rt_raise(&exc_TypeError, "sequence index must be integer, not '%s'", type_name(key));
        return false;
    }
    return as_ssize(key, out, &exc_IndexError, "cannot fit '%s' into an index-sized integer");
}

/* index()'s start / stop (_PyEval_SliceIndexNotNone): big ints clamp. */
static bool bound_index(Value v, intptr_t *out) {
    if (v == NONE || (!IS_SMALL(v) && !TYPE(v)->index)) {
        rt_raise(&exc_TypeError, "slice indices must be integers or have an __index__ method");
        return false;
    }
    return slice_index_value(v, out);
}

static Value mutated(void) { return rt_raise(&exc_RuntimeError, "deque mutated during iteration"); }

/* ---- construction ------------------------------------------------------------------ */

static Value deque_new_slot(Value cls, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)cls;
    if (t == &type_deque) {
        DequeObj *d = gc_obj(sizeof(DequeObj), &type_deque);
        return d ? OBJ_VAL(d) : rt_raise_nomem();
    }
    return obj_alloc(t);
}

static Value deque_init(Value self, Value *args, int nargs, Value kwnames) {
    static const char *const names[] = {"iterable", "maxlen"};
    Value kw[2];
    int total = nargs + (kwnames ? (int)TUPLE_LEN(kwnames) : 0);
    if (total > 2) return rt_raise(&exc_TypeError, "deque() takes at most 2 arguments (%d given)", total);
    if (!arg_kw("deque", args, nargs, kwnames, names, kw, 2)) return NIL;
    for (int i = 0; i < nargs; i++) {
        if (kw[i])
            return rt_raise(&exc_TypeError, "argument for deque() given by name ('%s') and position (%d)",
                            names[i], i + 1);
        kw[i] = args[i];
    }
    DequeObj *d = DQ(self);
    bool bounded = false;
    size_t maxlen = 0;
    if (kw[1] && kw[1] != NONE) {
        if (!int_check(kw[1])) return rt_raise(&exc_TypeError, "an integer is required");
        int64_t m;
        if (!int_to_i64(kw[1], &m))
            return rt_raise(&exc_OverflowError, "Python int too large to convert to C ssize_t");
        if (m < 0) return rt_raise(&exc_ValueError, "maxlen must be non-negative");
        bounded = true;
        maxlen = (size_t)m;
    }
    d->bounded = bounded;
    d->maxlen = maxlen;
    if (d->len) dq_clear(d);
    if (kw[0]) return dq_extend(d, kw[0], false);
    return NONE;
}

/* A new deque of self's type holding its items (deque.copy / __copy__). */
static Value deque_copy_of(Value self) {
    DequeObj *d = DQ(self);
    if (TYPE(self) == &type_deque) {
        DequeObj *r = gc_obj(sizeof(DequeObj), &type_deque);
        if (!r) return rt_raise_nomem();
        r->bounded = d->bounded;
        r->maxlen = d->maxlen;
        if (!dq_extend(r, self, false)) return NIL;
        return OBJ_VAL(r);
    }
    Value cls = OBJ_VAL(TYPE(self));
    Value r = d->bounded ? rt_call2(cls, self, int_from_i64((int64_t)d->maxlen)) : rt_call1(cls, self);
    if (r && !deque_check(r))
        return rt_raise(&exc_TypeError, "%s() must return a deque, not %s", TYPE(self)->name, type_name(r));
    return r;
}

/* ---- protocol slots ------------------------------------------------------------------ */

static Value deque_repr(Value self) {
    if (rt_repr_enter(self)) return str_from_cstr("[...]");
    Value l = dq_to_list(DQ(self));
    Value r = l ? rt_repr(l) : NIL;
    rt_repr_leave(self);
    if (!r) return NIL;
    const char *name = str_cstr(TYPE(self)->name_str);
    if (DQ(self)->bounded) return str_printf("%s(%s, maxlen=%zu)", name, str_cstr(r), DQ(self)->maxlen);
    return str_printf("%s(%s)", name, str_cstr(r));
}

static intptr_t deque_len(Value self) { return (intptr_t)DQ(self)->len; }

static int deque_contains(Value self, Value x) {
    DequeObj *d = DQ(self);
    size_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        int k = rt_eq(SLOT_AT(d, i), x);
        if (k) return k;
        if (d->state != state) { mutated(); return -1; }
    }
    return 0;
}

static Value deque_getitem(Value self, Value key) {
    DequeObj *d = DQ(self);
    intptr_t i;
    if (!item_index(key, &i)) return NIL;
    if (i < 0) i += (intptr_t)d->len;
    if (i < 0 || (size_t)i >= d->len) return rt_raise(&exc_IndexError, "deque index out of range");
    return SLOT_AT(d, i);
}

static int deque_ass_item(Value self, Value key, Value value) {
    DequeObj *d = DQ(self);
    intptr_t i;
    if (!item_index(key, &i)) return -1;
    if (i < 0) i += (intptr_t)d->len;
    if (i < 0 || (size_t)i >= d->len) {
        rt_raise(&exc_IndexError, "deque index out of range");
        return -1;
    }
    if (value) SLOT_AT(d, i) = value;
    else dq_delete_at(d, (size_t)i);
    return 0;
}

static int deque_setitem(Value self, Value key, Value value) { return deque_ass_item(self, key, value); }
static int deque_delitem(Value self, Value key) { return deque_ass_item(self, key, NIL); }

/* CPython's deque_richcompare: size shortcuts for ==/!=, then the first
 * unequal pair decides; the scan fails like the iterators it stands for if
 * either deque changes shape meanwhile. */
static Value deque_richcompare(Value v, Value w, int op) {
    if (!deque_check(w)) return NOTIMPL;
    DequeObj *a = DQ(v), *b = DQ(w);
    size_t vs = a->len, ws = b->len;
    if (op == CMP_EQ || op == CMP_NE) {
        if (v == w) return BOOL(op == CMP_EQ);
        if (vs != ws) return BOOL(op == CMP_NE);
    }
    if (!cstack_check(" in comparison")) return NIL;
    size_t sa = a->state, sb = b->state;
    for (size_t i = 0;; i++) {
        if (a->state != sa) return mutated();
        bool xend = i >= vs;
        if (b->state != sb) return mutated();
        if (xend || i >= ws) break;
        Value x = SLOT_AT(a, i), y = SLOT_AT(b, i);
        int k = rt_eq(x, y);
        if (k < 0) return NIL;
        if (!k) return rt_compare(x, y, op);
    }
    bool r;
    switch (op) {
    case CMP_LT: r = vs < ws; break;
    case CMP_LE: r = vs <= ws; break;
    case CMP_EQ: r = vs == ws; break;
    case CMP_NE: r = vs != ws; break;
    case CMP_GT: r = vs > ws; break;
    default: r = vs >= ws; break;
    }
    return BOOL(r);
}
static Value deque_eq(Value a, Value b) { return deque_richcompare(a, b, CMP_EQ); }
static Value deque_ne(Value a, Value b) { return deque_richcompare(a, b, CMP_NE); }
static Value deque_lt(Value a, Value b) { return deque_richcompare(a, b, CMP_LT); }
static Value deque_le(Value a, Value b) { return deque_richcompare(a, b, CMP_LE); }
static Value deque_gt(Value a, Value b) { return deque_richcompare(a, b, CMP_GT); }
static Value deque_ge(Value a, Value b) { return deque_richcompare(a, b, CMP_GE); }

static Value deque_add(Value a, Value b) {
    if (!deque_check(b)) return seq_concat_error("deque", b);
    Value r = deque_copy_of(a);
    if (!r || !dq_extend(DQ(r), b, false)) return NIL;
    return r;
}

static Value deque_iadd(Value a, Value b) {
    if (!dq_extend(DQ(a), b, false)) return NIL;
    return a;
}

/* d *= n (CPython's deque_inplace_repeat, maxlen aware). */
static Value inplace_repeat(Value self, intptr_t n) {
    DequeObj *d = DQ(self);
    size_t size = d->len;
    if (size == 0 || n == 1) return self;
    if (n <= 0) { dq_clear(d); return self; }
    if (d->bounded && (size_t)n > (d->maxlen + size - 1) / size)
        n = (intptr_t)((d->maxlen + size - 1) / size);   /* only the tail survives */
    if ((size_t)n > SIZE_MAX / sizeof(Value) / 8 / size) return rt_raise_nomem();
    Value seq = dq_to_list(d);
    if (!seq) return NIL;
    for (intptr_t k = 1; k < n; k++)
        if (!dq_extend(d, seq, false)) return NIL;
    return self;
}

static bool repeat_count(Value count, bool reflected, intptr_t *n, Value *err) {
    *err = NIL;
    if (!IS_SMALL(count) && !TYPE(count)->index) {
        *err = seq_repeat_error(count, reflected);
        return false;
    }
    return as_ssize(count, n, &exc_OverflowError, "cannot fit '%s' into an index-sized integer");
}

static Value deque_repeat(Value self, Value count, bool reflected) {
    intptr_t n;
    Value err;
    if (!repeat_count(count, reflected, &n, &err)) return err;
    Value r = deque_copy_of(self);
    return r ? inplace_repeat(r, n) : NIL;
}
static Value deque_mul(Value a, Value b) { return deque_repeat(a, b, false); }
static Value deque_rmul(Value a, Value b) { return deque_repeat(a, b, true); }

static Value deque_imul(Value self, Value count) {
    intptr_t n;
    Value err;
    if (!repeat_count(count, false, &n, &err)) return err;
    return inplace_repeat(self, n);
}

/* ---- iterators ------------------------------------------------------------------------ */

static Value make_iter(Value self, Type *t) {
    DequeObj *d = DQ(self);
    DequeIterObj *it = gc_obj(sizeof(DequeIterObj), t);
    if (!it) return rt_raise_nomem();
    it->dq = d;
    it->pos = t == &type_deque_iter ? 0 : (intptr_t)d->len - 1;
    it->counter = d->len;
    it->state = d->state;
    return OBJ_VAL(it);
}

static Value deque_iter(Value self) { return make_iter(self, &type_deque_iter); }
static Value deque_reversed(Value self) { return make_iter(self, &type_deque_reviter); }

static Value dequeiter_next(Value self) {
    DequeIterObj *it = (DequeIterObj *)self;
    if (it->dq->state != it->state) { it->counter = 0; return mutated(); }
    if (it->counter == 0) return NIL;
    it->counter--;
    Value v = SLOT_AT(it->dq, it->pos);
    it->pos += TYPE(self) == &type_deque_iter ? 1 : -1;
    return v;
}

static Value iter_self(Value self) { return self; }

static Value dequeiter_length_hint(Value *args, int nargs, Value kwnames) {
    return MK_SMALL((intptr_t)((DequeIterObj *)args[0])->counter);
}

/* (type(it), (deque, items already handed out)): what the constructor takes. */
static Value dequeiter_reduce(Value *args, int nargs, Value kwnames) {
    DequeIterObj *it = (DequeIterObj *)args[0];
    return tuple_pack(2, OBJ_VAL(TYPE(args[0])),
                      tuple_pack(2, OBJ_VAL(it->dq), MK_SMALL((intptr_t)(it->dq->len - it->counter))));
}

/* _deque_iterator(deque[, index]): an iterator that has skipped index items. */
static Value dequeiter_new_slot(Value cls, Value *args, int nargs, Value kwnames) {
    if (!arg_nokw(((Type *)cls)->name, kwnames)) return NIL;
    if (nargs < 1) return rt_raise(&exc_TypeError, "function takes at least 1 argument (0 given)");
    if (nargs > 2) return rt_raise(&exc_TypeError, "function takes at most 2 arguments (%d given)", nargs);
    if (!deque_check(args[0]))
        return rt_raise(&exc_TypeError, "argument 1 must be collections.deque, not %s", type_name(args[0]));
    intptr_t skip = 0;
    if (nargs == 2 && !as_ssize(args[1], &skip, &exc_OverflowError, "Python int too large to convert to C ssize_t"))
        return NIL;
    Value it = make_iter(args[0], (Type *)cls);
    if (!it) return NIL;
    DequeIterObj *o = (DequeIterObj *)it;
    for (; skip > 0 && o->counter; skip--) {
        o->counter--;
        o->pos += (Type *)cls == &type_deque_iter ? 1 : -1;
    }
    return it;
}

static const MethodDef dequeiter_methods[] = {
    {"__length_hint__", dequeiter_length_hint, METH_DEFAULT, NULL},
    {"__reduce__", dequeiter_reduce, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

static Type type_deque_iter = {
    .ob = {&type_type}, .name = "_collections._deque_iterator", .base = &type_object,
    .size = sizeof(DequeIterObj), .methods = dequeiter_methods,
    .iter = iter_self, .next = dequeiter_next, .new_ = dequeiter_new_slot,
};
static Type type_deque_reviter = {
    .ob = {&type_type}, .name = "_collections._deque_reverse_iterator", .base = &type_object,
    .size = sizeof(DequeIterObj), .methods = dequeiter_methods,
    .iter = iter_self, .next = dequeiter_next, .new_ = dequeiter_new_slot,
};

/* ---- methods ------------------------------------------------------------------------------ */

static Value m_append(Value *args, int nargs, Value kwnames) {
    if (!one_arg("append", nargs, kwnames)) return NIL;
    return dq_append(DQ(args[0]), args[1]) ? NONE : NIL;
}

static Value m_appendleft(Value *args, int nargs, Value kwnames) {
    if (!one_arg("appendleft", nargs, kwnames)) return NIL;
    return dq_appendleft(DQ(args[0]), args[1]) ? NONE : NIL;
}

static Value m_pop(Value *args, int nargs, Value kwnames) {
    if (!no_args("pop", nargs, kwnames)) return NIL;
    return dq_pop(DQ(args[0]));
}

static Value m_popleft(Value *args, int nargs, Value kwnames) {
    if (!no_args("popleft", nargs, kwnames)) return NIL;
    return dq_popleft(DQ(args[0]));
}

static Value m_extend(Value *args, int nargs, Value kwnames) {
    if (!one_arg("extend", nargs, kwnames)) return NIL;
    return dq_extend(DQ(args[0]), args[1], false);
}

static Value m_extendleft(Value *args, int nargs, Value kwnames) {
    if (!one_arg("extendleft", nargs, kwnames)) return NIL;
    return dq_extend(DQ(args[0]), args[1], true);
}

static Value m_clear(Value *args, int nargs, Value kwnames) {
    if (!no_args("clear", nargs, kwnames)) return NIL;
    if (DQ(args[0])->len) dq_clear(DQ(args[0]));
    return NONE;
}

static Value m_copy(Value *args, int nargs, Value kwnames) {
    if (!no_args("copy", nargs, kwnames)) return NIL;
    return deque_copy_of(args[0]);
}

static Value m_dunder_copy(Value *args, int nargs, Value kwnames) {
    if (!no_args("__copy__", nargs, kwnames)) return NIL;
    return deque_copy_of(args[0]);
}

static Value m_count(Value *args, int nargs, Value kwnames) {
    if (!one_arg("count", nargs, kwnames)) return NIL;
    DequeObj *d = DQ(args[0]);
    size_t state = d->state;
    intptr_t c = 0;
    for (size_t i = 0; i < d->len; i++) {
        int k = rt_eq(SLOT_AT(d, i), args[1]);
        if (k < 0) return NIL;
        c += k;
        if (d->state != state) return mutated();
    }
    return MK_SMALL(c);
}

static Value m_index(Value *args, int nargs, Value kwnames) {
    if (!arg_nokw("deque.index", kwnames)) return NIL;
    if (nargs < 2) return rt_raise(&exc_TypeError, "index() takes at least 1 argument (%d given)", nargs - 1);
    if (nargs > 4) return rt_raise(&exc_TypeError, "index() takes at most 3 arguments (%d given)", nargs - 1);
    DequeObj *d = DQ(args[0]);
    intptr_t start = 0, stop = INTPTR_MAX;
    if (nargs > 2 && !bound_index(args[2], &start)) return NIL;
    if (nargs > 3 && !bound_index(args[3], &stop)) return NIL;
    intptr_t n = (intptr_t)d->len;
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    if (stop > n) stop = n;
    size_t state = d->state;
    for (intptr_t i = start; i < stop; i++) {
        int k = rt_eq(SLOT_AT(d, i), args[1]);
        if (k > 0) return MK_SMALL(i);
        if (k < 0) return NIL;
        if (d->state != state) return mutated();
    }
    Value r = rt_repr(args[1]);
    if (!r) return NIL;
    return rt_raise(&exc_ValueError, "%s is not in deque", str_cstr(r));
}

static Value m_insert(Value *args, int nargs, Value kwnames) {
    if (!arg_nokw("deque.insert", kwnames)) return NIL;
    if (nargs != 3) return rt_raise(&exc_TypeError, "insert() takes exactly 2 arguments (%d given)", nargs - 1);
    DequeObj *d = DQ(args[0]);
    intptr_t i;
    if (!as_ssize(args[1], &i, &exc_OverflowError, "Python int too large to convert to C ssize_t")) return NIL;
    if (d->bounded && d->len == d->maxlen)
        return rt_raise(&exc_IndexError, "deque already at its maximum size");
    intptr_t n = (intptr_t)d->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    return dq_insert_at(d, (size_t)i, args[2]) ? NONE : NIL;
}

static Value m_remove(Value *args, int nargs, Value kwnames) {
    if (!one_arg("remove", nargs, kwnames)) return NIL;
    DequeObj *d = DQ(args[0]);
    size_t state = d->state;
    for (size_t i = 0; i < d->len; i++) {
        int k = rt_eq(SLOT_AT(d, i), args[1]);
        if (k < 0) return NIL;
        if (d->state != state) return rt_raise(&exc_IndexError, "deque mutated during iteration");
        if (k) { dq_delete_at(d, i); return NONE; }
    }
    Value r = rt_repr(args[1]);
    if (!r) return NIL;
    return rt_raise(&exc_ValueError, "%s is not in deque", str_cstr(r));
}

static Value m_reverse(Value *args, int nargs, Value kwnames) {
    if (!no_args("reverse", nargs, kwnames)) return NIL;
    DequeObj *d = DQ(args[0]);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        Value t = SLOT_AT(d, i);
        SLOT_AT(d, i) = SLOT_AT(d, j - 1);
        SLOT_AT(d, j - 1) = t;
    }
    return NONE;
}

static Value m_rotate(Value *args, int nargs, Value kwnames) {
    if (!arg_nokw("deque.rotate", kwnames)) return NIL;
    if (nargs > 2) return rt_raise(&exc_TypeError, "deque.rotate expected at most 1 argument, got %d", nargs - 1);
    intptr_t n = 1;
    if (nargs == 2 && !as_ssize(args[1], &n, &exc_OverflowError, "Python int too large to convert to C ssize_t"))
        return NIL;
    dq_rotate(DQ(args[0]), n);
    return NONE;
}

/* (type(d), () or ((), maxlen), d.__getstate__(), iter(d)): what copy and
 * pickle rebuild a deque from. */
static Value m_reduce(Value *args, int nargs, Value kwnames) {
    if (!no_args("__reduce__", nargs, kwnames)) return NIL;
    Value self = args[0];
    Value getstate = rt_getattr_cstr(self, "__getstate__");
    Value state = getstate ? rt_call0(getstate) : NIL;
    if (!state) return NIL;
    Value it = rt_iter(self);
    if (!it) return NIL;
    Value cargs = DQ(self)->bounded
        ? tuple_pack(2, rt_empty_tuple, int_from_i64((int64_t)DQ(self)->maxlen))
        : rt_empty_tuple;
    return tuple_pack(4, OBJ_VAL(TYPE(self)), cargs, state, it);
}

static Value g_maxlen(Value *args, int nargs, Value kwnames) {
    DequeObj *d = DQ(args[0]);
    return d->bounded ? int_from_i64((int64_t)d->maxlen) : NONE;
}

static const MethodDef deque_methods[] = {
    {"append", m_append, METH_DEFAULT, "Add an element to the right side of the deque."},
    {"appendleft", m_appendleft, METH_DEFAULT, "Add an element to the left side of the deque."},
    {"clear", m_clear, METH_DEFAULT, "Remove all elements from the deque."},
    {"__copy__", m_dunder_copy, METH_DEFAULT, "Return a shallow copy of a deque."},
    {"copy", m_copy, METH_DEFAULT, "Return a shallow copy of a deque."},
    {"count", m_count, METH_DEFAULT, "D.count(value) -> integer -- return number of occurrences of value"},
    {"extend", m_extend, METH_DEFAULT, "Extend the right side of the deque with elements from the iterable"},
    {"extendleft", m_extendleft, METH_DEFAULT, "Extend the left side of the deque with elements from the iterable"},
    {"index", m_index, METH_DEFAULT, NULL},
    {"insert", m_insert, METH_DEFAULT, "D.insert(index, object) -- insert object before index"},
    {"pop", m_pop, METH_DEFAULT, "Remove and return the rightmost element."},
    {"popleft", m_popleft, METH_DEFAULT, "Remove and return the leftmost element."},
    {"__reduce__", m_reduce, METH_DEFAULT, "Return state information for pickling."},
    {"remove", m_remove, METH_DEFAULT, "D.remove(value) -- remove first occurrence of value."},
    {"reverse", m_reverse, METH_DEFAULT, "D.reverse() -- reverse *IN PLACE*"},
    {"rotate", m_rotate, METH_DEFAULT, "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."},
    {"__class_getitem__", cont_class_getitem, METH_CLASS, "See PEP 585"},
    {"maxlen", g_maxlen, METH_GETTER, "maximum size of a deque or None if unbounded"},
    {NULL, NULL, 0, NULL},
};

static Type type_deque = {
    .ob = {&type_type}, .name = "collections.deque", .base = &type_object,
    .size = sizeof(DequeObj), .flags = TF_BASETYPE,
    .methods = deque_methods,
    .repr = deque_repr, .len = deque_len,   /* no hash: own __eq__ makes __hash__ None */
    .eq = deque_eq, .ne = deque_ne, .lt = deque_lt, .le = deque_le, .gt = deque_gt, .ge = deque_ge,
    .getitem = deque_getitem, .setitem = deque_setitem, .delitem = deque_delitem,
    .contains = deque_contains, .iter = deque_iter, .reversed = deque_reversed,
    .add = deque_add, .iadd = deque_iadd, .mul = deque_mul, .rmul = deque_rmul, .imul = deque_imul,
    .new_ = deque_new_slot, .init = deque_init,
};

bool mod_collections_init(Value m) {
    if (!(type_deque.flags & TF_READY)) {
        type_deque.doc = str_from_cstr("deque([iterable[, maxlen]]) --> deque object\n\n"
                                       "A list-like sequence optimized for data accesses near its endpoints.");
        type_ready(&type_deque);
        type_ready(&type_deque_iter);
        type_ready(&type_deque_reviter);
    }
    module_add(m, "deque", OBJ_VAL(&type_deque));
    module_add(m, "_deque_iterator", OBJ_VAL(&type_deque_iter));
    module_add(m, "_deque_reverse_iterator", OBJ_VAL(&type_deque_reviter));
    return true;
}
