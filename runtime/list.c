/* list.c — the list type and its forward/reverse iterators.
 *
 * Invariant: items[0..len) are valid Values and cap >= len; items may be NULL
 * when cap == 0 (a zeroed ListObj from obj_alloc is a valid empty list).
 * Anything that calls user code (__eq__, __repr__, iteration) re-reads len
 * and items afterwards, since the list may have been mutated meanwhile.
 */
#include <string.h>
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "func.h"
#include "names.h"
#include "num.h"
#include "str.h"

/* ---- storage ------------------------------------------------------------- */

static bool list_resize(ListObj *l, size_t newlen) {
    if (newlen <= l->cap) { l->len = newlen; return true; }
    /* CPython's over-allocation: ~12.5% plus a little, rounded to 4. */
    size_t cap = (newlen + (newlen >> 3) + 6) & ~(size_t)3;
    if (newlen > SIZE_MAX / sizeof(Value) / 2) { rt_raise_nomem(); return false; }
    Value *items = GC_MALLOC(cap * sizeof(Value));
    if (!items) { rt_raise_nomem(); return false; }
    if (l->len) memcpy(items, l->items, l->len * sizeof(Value));
    l->items = items;
    l->cap = cap;
    l->len = newlen;
    return true;
}

/* Room for extra more items, the length unchanged.  list(x) and extend(x)
 * presize from len(x) as CPython does, so list(range(10**12)) fails at once
 * with MemoryError instead of growing until memory runs out. */
static bool list_reserve(ListObj *l, size_t extra) {
    if (extra <= l->cap - l->len) return true;
    if (extra > SIZE_MAX / sizeof(Value) / 2 - l->len) { rt_raise_nomem(); return false; }
    size_t cap = l->len + extra;
    Value *items = GC_MALLOC(cap * sizeof(Value));
    if (!items) { rt_raise_nomem(); return false; }
    if (l->len) memcpy(items, l->items, l->len * sizeof(Value));
    l->items = items;
    l->cap = cap;
    return true;
}

/* CPython's PyObject_LengthHint, __len__ part: 0 when x has no length (or
 * its __len__ raises TypeError); false on any other error. */
static bool len_hint(Value x, size_t *out) {
    *out = 0;
    if (IS_SMALL(x) || !TYPE(x)->len) return true;
    intptr_t n = TYPE(x)->len(x);
    if (n < 0) {
        if (!rt_exc_matches(&exc_TypeError)) return false;
        rt_exc_clear();
        return true;
    }
    *out = (size_t)n;
    return true;
}

Value list_new(size_t len) {
    ListObj *l = gc_obj(sizeof(ListObj), &type_list);
    if (!l) return rt_raise_nomem();
    if (len) {
        l->items = GC_MALLOC(len * sizeof(Value));
        if (!l->items) return rt_raise_nomem();
        l->cap = l->len = len;
    }
    return OBJ_VAL(l);
}

Value list_from_array(const Value *items, size_t n) {
    Value l = list_new(n);
    if (l && n) memcpy(LIST_ITEMS(l), items, n * sizeof(Value));
    return l;
}

bool list_append(Value list, Value item) {
    ListObj *l = (ListObj *)list;
    size_t n = l->len;
    if (n < l->cap) { l->items[n] = item; l->len = n + 1; return true; }
    if (!list_resize(l, n + 1)) return false;
    l->items[n] = item;
    return true;
}

bool list_check(Value v) { return HAS_FLAG(v, TF_LIST); }

Value list_as_tuple(Value list) { return tuple_from_array(LIST_ITEMS(list), LIST_LEN(list)); }

Value list_extend(Value list, Value iterable) {
    ListObj *l = (ListObj *)list;
    if (list_check(iterable) || tuple_check(iterable)) {
        /* Copy first: l.extend(l) must not see its own growth. */
        size_t m = list_check(iterable) ? LIST_LEN(iterable) : TUPLE_LEN(iterable);
        Value *src = list_check(iterable) ? LIST_ITEMS(iterable) : TUPLE_ITEMS(iterable);
        size_t n = l->len;
        if (m == 0) return NONE;
        Value *tmp = src;
        if (iterable == list) {
            tmp = GC_MALLOC(m * sizeof(Value));
            memcpy(tmp, src, m * sizeof(Value));
        }
        if (!list_resize(l, n + m)) return NIL;
        memcpy(l->items + n, tmp, m * sizeof(Value));
        return NONE;
    }
    size_t hint;
    if (!len_hint(iterable, &hint) || !list_reserve(l, hint)) return NIL;
    Value it = rt_iter(iterable);
    if (!it) return NIL;
    for (;;) {
        Value v = rt_next(it);
        if (!v) return rt_exc_occurred() ? NIL : NONE;
        if (!list_append(list, v)) return NIL;
    }
}

/* ---- construction -------------------------------------------------------- */

static Value list_new_slot(Value cls, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)cls;
    if (t == &type_list) return list_new(0);
    Value v = obj_alloc(t);
    return v;
}

static Value list_init(Value self, Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames))
        return rt_raise(&exc_TypeError, "list() takes no keyword arguments");
    if (nargs > 1) return rt_raise(&exc_TypeError, "list expected at most 1 argument, got %d", nargs);
    ListObj *l = (ListObj *)self;
    l->len = 0;
    if (nargs == 1) return list_extend(self, args[0]);
    return NONE;
}

/* ---- protocol slots ------------------------------------------------------ */

static Value list_repr(Value self) {
    if (LIST_LEN(self) == 0) return str_from_cstr("[]");
    int st = rt_repr_enter(self);
    if (st) return str_from_cstr("[...]");
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '[');
    for (size_t i = 0; i < LIST_LEN(self); i++) {
        if (i) sb_adds(&b, ", ");
        if (!sb_addv_repr(&b, LIST_ITEMS(self)[i])) { rt_repr_leave(self); return NIL; }
    }
    sb_addc(&b, ']');
    rt_repr_leave(self);
    return sb_finish(&b);
}

static intptr_t list_len(Value self) { return (intptr_t)LIST_LEN(self); }

static size_t llen(Value l) { return LIST_LEN(l); }
static Value *litems(Value l) { return LIST_ITEMS(l); }

#define LIST_CMP(name, op) \
    static Value name(Value a, Value b) { \
        if (!list_check(b)) return NOTIMPL; \
        if ((op == CMP_EQ || op == CMP_NE) && LIST_LEN(a) != LIST_LEN(b)) return BOOL(op == CMP_NE); \
        return seq_richcompare(a, llen, litems, b, op); \
    }
LIST_CMP(list_eq, CMP_EQ)
LIST_CMP(list_ne, CMP_NE)
LIST_CMP(list_lt, CMP_LT)
LIST_CMP(list_le, CMP_LE)
LIST_CMP(list_gt, CMP_GT)
LIST_CMP(list_ge, CMP_GE)

static Value list_slice(Value self, intptr_t start, intptr_t step, intptr_t len) {
    Value r = list_new((size_t)len);
    if (!r) return NIL;
    Value *src = LIST_ITEMS(self), *dst = LIST_ITEMS(r);
    for (intptr_t k = 0, j = start; k < len; k++, j += step) dst[k] = src[j];
    return r;
}

static Value list_getitem(Value self, Value key) {
    size_t n = LIST_LEN(self);
    intptr_t i;
    if (IS_SMALL(key)) i = SMALL_VAL(key);
    else if (TYPE(key) == &type_slice) {
        intptr_t start, stop, step, len;
        if (!slice_indices(key, (intptr_t)n, &start, &stop, &step, &len)) return NIL;
        return list_slice(self, start, step, len);
    } else if (!seq_index(key, "list", &i)) return NIL;
    if (i < 0) i += (intptr_t)n;
    if (i < 0 || (size_t)i >= n) return rt_raise(&exc_IndexError, "list index out of range");
    return LIST_ITEMS(self)[i];
}

/* l[lo:hi] = items (CPython's list_ass_slice), items already a C array. */
static bool ass_simple_slice(ListObj *l, intptr_t lo, intptr_t hi, const Value *v, size_t m) {
    if (lo < 0) lo = 0;
    if (lo > (intptr_t)l->len) lo = (intptr_t)l->len;
    if (hi < lo) hi = lo;
    if (hi > (intptr_t)l->len) hi = (intptr_t)l->len;
    size_t d = (size_t)(hi - lo);      /* items removed */
    size_t n = l->len;
    size_t tail = n - (size_t)hi;
    if (m > d) {
        if (!list_resize(l, n + (m - d))) return false;
        memmove(l->items + lo + m, l->items + hi, tail * sizeof(Value));
    } else if (m < d) {
        memmove(l->items + lo + m, l->items + hi, tail * sizeof(Value));
        l->len = n - (d - m);
        memset(l->items + l->len, 0, (d - m) * sizeof(Value));
    }
    if (m) memcpy(l->items + lo, v, m * sizeof(Value));
    return true;
}

/* The items of v as a C array in *out (a fresh copy when v is self or a
 * general iterable); *out may be NULL when *m is 0.  false on error. */
static bool seq_fast(Value v, Value self, Value **out, size_t *m, const char *errmsg) {
    if (list_check(v) && v != self) { *m = LIST_LEN(v); *out = LIST_ITEMS(v); return true; }
    if (tuple_check(v)) { *m = TUPLE_LEN(v); *out = TUPLE_ITEMS(v); return true; }
    if (v != self && !TYPE(v)->iter && !TYPE(v)->getitem) {
        rt_raise(&exc_TypeError, "%s", errmsg);
        return false;
    }
    Value l = rt_list_from_iter(v);
    if (!l) return false;
    *m = LIST_LEN(l);
    *out = LIST_ITEMS(l);
    return true;
}

static int list_ass_subscript(Value self, Value key, Value value) {
    ListObj *l = (ListObj *)self;
    intptr_t i;
    if (IS_SMALL(key)) i = SMALL_VAL(key);
    else if (TYPE(key) == &type_slice) {
        intptr_t start, stop, step, len;
        if (!slice_indices(key, (intptr_t)l->len, &start, &stop, &step, &len)) return -1;
        if (step == 1) {
            if (!value) return ass_simple_slice(l, start, stop, NULL, 0) ? 0 : -1;
            size_t m;
            Value *v;
            if (!seq_fast(value, self, &v, &m, "can only assign an iterable")) return -1;
            return ass_simple_slice(l, start, stop, v, m) ? 0 : -1;
        }
        if (!value) {
            /* Delete an extended slice: compact the survivors in place. */
            if (len <= 0) return 0;
            if (step < 0) { stop = start + 1; start = stop + step * (len - 1) - 1; step = -step; }
            size_t w = 0;
            for (size_t r = 0; r < l->len; r++) {
                bool gone = (intptr_t)r >= start && (intptr_t)r < stop && ((intptr_t)r - start) % step == 0 &&
                            ((intptr_t)r - start) / step < len;
                if (!gone) l->items[w++] = l->items[r];
            }
            memset(l->items + w, 0, (l->len - w) * sizeof(Value));
            l->len = w;
            return 0;
        }
        size_t m;
        Value *v;
        if (!seq_fast(value, self, &v, &m, "must assign iterable to extended slice")) return -1;
        if ((intptr_t)m != len) {
            rt_raise(&exc_ValueError, "attempt to assign sequence of size %ld to extended slice of size %ld",
                     (long)m, (long)len);
            return -1;
        }
        for (intptr_t k = 0, j = start; k < len; k++, j += step) l->items[j] = v[k];
        return 0;
    } else if (!seq_index(key, "list", &i)) return -1;
    if (i < 0) i += (intptr_t)l->len;
    if (i < 0 || (size_t)i >= l->len) {
        rt_raise(&exc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (value) l->items[i] = value;
    else ass_simple_slice(l, i, i + 1, NULL, 0);
    return 0;
}

static int list_setitem(Value self, Value key, Value value) {
    return list_ass_subscript(self, key, value);
}

static int list_delitem(Value self, Value key) {
    return list_ass_subscript(self, key, NIL);
}

static int list_contains(Value self, Value x) {
    for (size_t i = 0; i < LIST_LEN(self); i++) {
        int k = rt_eq(LIST_ITEMS(self)[i], x);
        if (k) return k;
    }
    return 0;
}

static Value list_add(Value a, Value b) {
    if (!list_check(b)) return seq_concat_error("list", b);
    size_t n = LIST_LEN(a), m = LIST_LEN(b);
    Value r = list_new(n + m);
    if (!r) return NIL;
    if (n) memcpy(LIST_ITEMS(r), LIST_ITEMS(a), n * sizeof(Value));
    if (m) memcpy(LIST_ITEMS(r) + n, LIST_ITEMS(b), m * sizeof(Value));
    return r;
}

static Value list_iadd(Value a, Value b) {
    if (!list_extend(a, b)) return NIL;
    return a;
}

static Value list_repeat(Value self, Value count, bool reflected) {
    intptr_t k;
    bool ni;
    if (!seq_repeat_count(count, &k, &ni)) {
        if (ni) return seq_repeat_error(count, reflected);
        return NIL;
    }
    size_t n = LIST_LEN(self);
    if (k <= 0 || n == 0) return list_new(0);
    if ((size_t)k > (SIZE_MAX / sizeof(Value)) / 4 / n) return rt_raise_nomem();
    Value r = list_new(n * (size_t)k);
    if (!r) return NIL;
    for (intptr_t j = 0; j < k; j++) memcpy(LIST_ITEMS(r) + j * n, LIST_ITEMS(self), n * sizeof(Value));
    return r;
}
static Value list_mul(Value a, Value b) { return list_repeat(a, b, false); }
static Value list_rmul(Value a, Value b) { return list_repeat(a, b, true); }

static Value list_imul(Value self, Value count) {
    intptr_t k;
    bool ni;
    if (!seq_repeat_count(count, &k, &ni)) {
        if (ni) return seq_repeat_error(count, false);
        return NIL;
    }
    ListObj *l = (ListObj *)self;
    size_t n = l->len;
    if (k <= 0 || n == 0) { l->len = 0; l->items = NULL; l->cap = 0; return self; }
    if ((size_t)k > (SIZE_MAX / sizeof(Value)) / 4 / n) return rt_raise_nomem();
    if (!list_resize(l, n * (size_t)k)) return NIL;
    for (intptr_t j = 1; j < k; j++) memcpy(l->items + j * n, l->items, n * sizeof(Value));
    return self;
}

/* ---- iterators ----------------------------------------------------------- */

typedef struct ListIterObj { Obj ob; Value seq; intptr_t i; } ListIterObj;

static Value list_iter(Value self) {
    ListIterObj *it = gc_obj(sizeof(ListIterObj), &type_list_iterator);
    it->seq = self;
    return OBJ_VAL(it);
}

static Value list_reversed_slot(Value self) {
    ListIterObj *it = gc_obj(sizeof(ListIterObj), &type_list_reverseiterator);
    it->seq = self;
    it->i = (intptr_t)LIST_LEN(self) - 1;
    return OBJ_VAL(it);
}

static Value self_iter(Value self) { return self; }

static Value listiter_next(Value self) {
    ListIterObj *it = (ListIterObj *)self;
    if (!it->seq) return NIL;
    if ((size_t)it->i < LIST_LEN(it->seq)) return LIST_ITEMS(it->seq)[it->i++];
    it->seq = NIL;
    return NIL;
}

static Value listreviter_next(Value self) {
    ListIterObj *it = (ListIterObj *)self;
    if (!it->seq) return NIL;
    if (it->i >= 0 && (size_t)it->i < LIST_LEN(it->seq)) return LIST_ITEMS(it->seq)[it->i--];
    it->seq = NIL;
    return NIL;
}

static Value listiter_length_hint(Value *args, int nargs, Value kwnames) {
    ListIterObj *it = (ListIterObj *)args[0];
    if (!it->seq || (size_t)it->i >= LIST_LEN(it->seq)) return MK_SMALL(0);
    return MK_SMALL((intptr_t)LIST_LEN(it->seq) - it->i);
}

static Value listreviter_length_hint(Value *args, int nargs, Value kwnames) {
    ListIterObj *it = (ListIterObj *)args[0];
    if (!it->seq || it->i < 0 || (size_t)it->i >= LIST_LEN(it->seq)) return MK_SMALL(0);
    return MK_SMALL(it->i + 1);
}

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_list_iterator = {
    .ob = {&type_type}, .name = "list_iterator", .base = &type_object,
    .size = sizeof(ListIterObj), .methods = listiter_methods,
    .iter = self_iter, .next = listiter_next,
};
Type type_list_reverseiterator = {
    .ob = {&type_type}, .name = "list_reverseiterator", .base = &type_object,
    .size = sizeof(ListIterObj), .methods = listreviter_methods,
    .iter = self_iter, .next = listreviter_next,
};

/* ---- methods ------------------------------------------------------------- */

static bool exactly_one(const char *name, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "list.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != 2) {
        rt_raise(&exc_TypeError, "list.%s() takes exactly one argument (%d given)", name, nargs - 1);
        return false;
    }
    return true;
}

static bool no_args(const char *name, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "list.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != 1) {
        rt_raise(&exc_TypeError, "list.%s() takes no arguments (%d given)", name, nargs - 1);
        return false;
    }
    return true;
}

static Value m_append(Value *args, int nargs, Value kwnames) {
    if (!exactly_one("append", nargs, kwnames)) return NIL;
    return list_append(args[0], args[1]) ? NONE : NIL;
}

static Value m_extend(Value *args, int nargs, Value kwnames) {
    if (!exactly_one("extend", nargs, kwnames)) return NIL;
    return list_extend(args[0], args[1]);
}

static Value m_insert(Value *args, int nargs, Value kwnames) {
    if (!arg_nokw("list.insert", kwnames)) return NIL;
    if (nargs != 3) return rt_raise(&exc_TypeError, "insert expected 2 arguments, got %d", nargs - 1);
    intptr_t i;
    if (!IS_SMALL(args[1]) && !TYPE(args[1])->index)
        return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[1]));
    if (!slice_index_value(args[1], &i)) return NIL;
    ListObj *l = (ListObj *)args[0];
    intptr_t n = (intptr_t)l->len;
    if (i < 0) { i += n; if (i < 0) i = 0; }
    if (i > n) i = n;
    return ass_simple_slice(l, i, i, &args[2], 1) ? NONE : NIL;
}

static Value m_pop(Value *args, int nargs, Value kwnames) {
    if (!arg_nokw("list.pop", kwnames)) return NIL;
    if (nargs > 2) return rt_raise(&exc_TypeError, "pop expected at most 1 argument, got %d", nargs - 1);
    ListObj *l = (ListObj *)args[0];
    intptr_t i = -1;
    if (nargs == 2) {
        if (!IS_SMALL(args[1]) && !TYPE(args[1])->index)
            return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(args[1]));
        if (!rt_index(args[1], &i)) return NIL;
    }
    if (l->len == 0) return rt_raise(&exc_IndexError, "pop from empty list");
    if (i < 0) i += (intptr_t)l->len;
    if (i < 0 || (size_t)i >= l->len) return rt_raise(&exc_IndexError, "pop index out of range");
    Value v = l->items[i];
    ass_simple_slice(l, i, i + 1, NULL, 0);
    return v;
}

static Value m_remove(Value *args, int nargs, Value kwnames) {
    if (!exactly_one("remove", nargs, kwnames)) return NIL;
    ListObj *l = (ListObj *)args[0];
    for (size_t i = 0; i < l->len; i++) {
        int k = rt_eq(l->items[i], args[1]);
        if (k < 0) return NIL;
        if (k) {
            if (i < l->len) ass_simple_slice(l, (intptr_t)i, (intptr_t)i + 1, NULL, 0);
            return NONE;
        }
    }
    return rt_raise(&exc_ValueError, "list.remove(x): x not in list");
}

static Value m_index(Value *args, int nargs, Value kwnames) {
    if (!arg_nokw("list.index", kwnames)) return NIL;
    if (nargs < 2) return rt_raise(&exc_TypeError, "index expected at least 1 argument, got %d", nargs - 1);
    if (nargs > 4) return rt_raise(&exc_TypeError, "index expected at most 3 arguments, got %d", nargs - 1);
    Value self = args[0];
    intptr_t start, stop;
    if (!seq_index_bounds(args + 2, nargs - 2, LIST_LEN(self), &start, &stop)) return NIL;
    for (intptr_t i = start; i < stop && (size_t)i < LIST_LEN(self); i++) {
        int k = rt_eq(LIST_ITEMS(self)[i], args[1]);
        if (k < 0) return NIL;
        if (k) return MK_SMALL(i);
    }
    Value r = rt_repr(args[1]);
    if (!r) return NIL;
    return rt_raise(&exc_ValueError, "%s is not in list", str_cstr(r));
}

static Value m_count(Value *args, int nargs, Value kwnames) {
    if (!exactly_one("count", nargs, kwnames)) return NIL;
    intptr_t c = 0;
    for (size_t i = 0; i < LIST_LEN(args[0]); i++) {
        int k = rt_eq(LIST_ITEMS(args[0])[i], args[1]);
        if (k < 0) return NIL;
        c += k;
    }
    return MK_SMALL(c);
}

static Value m_clear(Value *args, int nargs, Value kwnames) {
    if (!no_args("clear", nargs, kwnames)) return NIL;
    ListObj *l = (ListObj *)args[0];
    l->len = 0; l->cap = 0; l->items = NULL;
    return NONE;
}

static Value m_copy(Value *args, int nargs, Value kwnames) {
    if (!no_args("copy", nargs, kwnames)) return NIL;
    return list_from_array(LIST_ITEMS(args[0]), LIST_LEN(args[0]));
}

static Value m_reverse(Value *args, int nargs, Value kwnames) {
    if (!no_args("reverse", nargs, kwnames)) return NIL;
    ListObj *l = (ListObj *)args[0];
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i]; l->items[i] = l->items[j - 1]; l->items[j - 1] = t;
    }
    return NONE;
}

static Value m_sort(Value *args, int nargs, Value kwnames) {
    int npos = nargs;
    if (npos > 1) return rt_raise(&exc_TypeError, "sort() takes no positional arguments");
    static const char *const names[] = {"key", "reverse"};
    Value kw[2] = {NIL, NIL};
    if (!arg_kw("sort", args, npos, kwnames, names, kw, 2)) return NIL;
    Value key = kw[0] == NONE ? NIL : kw[0];
    bool rev = false;
    if (kw[1]) {
        if (!IS_SMALL(kw[1]) && !TYPE(kw[1])->index)
            return rt_raise(&exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(kw[1]));
        int t = rt_truthy(kw[1]);
        if (t < 0) return NIL;
        rev = t;
    }
    return list_sort(args[0], key, rev) ? NONE : NIL;
}

static Value m_sizeof(Value *args, int nargs, Value kwnames) {
    return MK_SMALL(40 + 8 * (intptr_t)((ListObj *)args[0])->cap);
}

static const MethodDef list_methods[] = {
    {"append", m_append, METH_DEFAULT, NULL},
    {"extend", m_extend, METH_DEFAULT, NULL},
    {"insert", m_insert, METH_DEFAULT, NULL},
    {"pop", m_pop, METH_DEFAULT, NULL},
    {"remove", m_remove, METH_DEFAULT, NULL},
    {"index", m_index, METH_DEFAULT, NULL},
    {"count", m_count, METH_DEFAULT, NULL},
    {"clear", m_clear, METH_DEFAULT, NULL},
    {"copy", m_copy, METH_DEFAULT, NULL},
    {"reverse", m_reverse, METH_DEFAULT, NULL},
    {"sort", m_sort, METH_DEFAULT, NULL},
    {"__sizeof__", m_sizeof, METH_DEFAULT, NULL},
    {"__class_getitem__", cont_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_list = {
    .ob = {&type_type}, .name = "list", .base = &type_object,
    .size = sizeof(ListObj), .flags = TF_BASETYPE | TF_LIST,
    .methods = list_methods,
    .repr = list_repr, .hash = rt_hash_unhashable, .len = list_len,
    .eq = list_eq, .ne = list_ne, .lt = list_lt, .le = list_le, .gt = list_gt, .ge = list_ge,
    .getitem = list_getitem, .setitem = list_setitem, .delitem = list_delitem,
    .contains = list_contains, .iter = list_iter, .reversed = list_reversed_slot,
    .add = list_add, .iadd = list_iadd, .mul = list_mul, .rmul = list_rmul, .imul = list_imul,
    .new_ = list_new_slot, .init = list_init,
};
