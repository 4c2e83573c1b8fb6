/* iter.c — the builtin iterator types: enumerate, zip, map, filter,
 * reversed, the sequence iterator (for classes with only __getitem__) and
 * callable_iterator (iter(f, sentinel)); plus containers_init().
 *
 * Invariant: every __next__ here returns NIL with no exception once
 * exhausted, and keeps returning NIL afterwards (the source is dropped).
 */
#include <string.h>
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "func.h"
#include "interp.h"
#include "names.h"
#include "num.h"
#include "str.h"

static void *alloc_iter(Type *t, Type *exact, size_t size) {
    if (t == exact) return gc_obj(size, t);
    return (void *)obj_alloc(t);
}

static Value self_iter(Value self) { return self; }

static int nkw(Value kwnames) { return kwnames ? (int)TUPLE_LEN(kwnames) : 0; }

/* ---- enumerate ----------------------------------------------------------- */

typedef struct EnumObj { Obj ob; Value it; Value index; } EnumObj;

static Value enumerate_new(Value cls, Value *args, int nargs, Value kwnames) {
    int nk = nkw(kwnames);
    if (nargs + nk > 2)
        return rt_raise(&exc_TypeError, "enumerate() takes at most 2 arguments (%d given)", nargs + nk);
    Value iterable = nargs > 0 ? args[0] : NIL, start = nargs > 1 ? args[1] : NIL;
    for (int i = 0; i < nk; i++) {
        Value name = TUPLE_ITEMS(kwnames)[i];
        const char *s = str_cstr(name);
        if (strcmp(s, "iterable") == 0 && !iterable) iterable = args[nargs + i];
        else if (strcmp(s, "start") == 0 && !start) start = args[nargs + i];
        else if (strcmp(s, "iterable") == 0 || strcmp(s, "start") == 0)
            return rt_raise(&exc_TypeError, "argument for enumerate() given by name ('%s') and position (%d)",
                            s, strcmp(s, "iterable") == 0 ? 1 : 2);
        else return rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for enumerate()", s);
    }
    if (!iterable) return rt_raise(&exc_TypeError, "enumerate() missing required argument 'iterable'");
    Value idx = MK_SMALL(0);
    if (start && !(idx = rt_number_index(start))) return NIL;
    Value it = rt_iter(iterable);
    if (!it) return NIL;
    EnumObj *e = alloc_iter((Type *)cls, &type_enumerate, sizeof(EnumObj));
    e->it = it;
    e->index = idx;
    return OBJ_VAL(e);
}

static Value enumerate_next(Value self) {
    EnumObj *e = (EnumObj *)self;
    if (!e->it) return NIL;
    Value v = rt_next(e->it);
    if (!v) { if (!rt_exc_occurred()) e->it = NIL; return NIL; }
    Value i = e->index;
    if (IS_SMALL(i) && SMALL_VAL(i) < SMALL_MAX) e->index = MK_SMALL(SMALL_VAL(i) + 1);
    else e->index = int_add(i, MK_SMALL(1));
    return tuple_pack(2, i, v);
}

static const MethodDef enumerate_methods[] = {
    {"__class_getitem__", cont_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_enumerate = {
    .ob = {&type_type}, .name = "enumerate", .base = &type_object, .size = sizeof(EnumObj),
    .flags = TF_BASETYPE, .methods = enumerate_methods, .iter = self_iter, .next = enumerate_next, .new_ = enumerate_new,
};

/* ---- zip ----------------------------------------------------------------- */

typedef struct ZipObj { Obj ob; Value iters; bool strict, done; } ZipObj;

static Value zip_new(Value cls, Value *args, int nargs, Value kwnames) {
    int nk = nkw(kwnames);
    bool strict = false;
    if (nk > 1) return rt_raise(&exc_TypeError, "zip() takes at most 1 keyword argument (%d given)", nk);
    if (nk == 1) {
        const char *s = str_cstr(TUPLE_ITEMS(kwnames)[0]);
        if (strcmp(s, "strict") != 0)
            return rt_raise(&exc_TypeError, "'%s' is an invalid keyword argument for zip()", s);
        int t = rt_truthy(args[nargs]);
        if (t < 0) return NIL;
        strict = t;
    }
    Value iters = tuple_new((size_t)nargs);
    for (int i = 0; i < nargs; i++)
        if (!(TUPLE_ITEMS(iters)[i] = rt_iter(args[i]))) return NIL;
    ZipObj *z = alloc_iter((Type *)cls, &type_zip, sizeof(ZipObj));
    z->iters = iters;
    z->strict = strict;
    return OBJ_VAL(z);
}

static Value zip_next(Value self) {
    ZipObj *z = (ZipObj *)self;
    size_t n = TUPLE_LEN(z->iters);
    if (z->done || n == 0) return NIL;
    Value r = tuple_new(n);
    for (size_t i = 0; i < n; i++) {
        Value v = rt_next(TUPLE_ITEMS(z->iters)[i]);
        if (v) { TUPLE_ITEMS(r)[i] = v; continue; }
        if (rt_exc_occurred()) return NIL;
        z->done = true;
        if (!z->strict) return NIL;
        if (i) {
            return rt_raise(&exc_ValueError, "zip() argument %zu is shorter than argument%s%zu", i + 1,
                            i == 1 ? " " : "s 1-", i);
        }
        for (i = 1; i < n; i++) {
            Value w = rt_next(TUPLE_ITEMS(z->iters)[i]);
            if (w) {
                return rt_raise(&exc_ValueError, "zip() argument %zu is longer than argument%s%zu", i + 1,
                                i == 1 ? " " : "s 1-", i);
            }
            if (rt_exc_occurred()) return NIL;
        }
        return NIL;
    }
    return r;
}

Type type_zip = {
    .ob = {&type_type}, .name = "zip", .base = &type_object, .size = sizeof(ZipObj),
    .flags = TF_BASETYPE, .iter = self_iter, .next = zip_next, .new_ = zip_new,
};

/* ---- map ----------------------------------------------------------------- */

typedef struct MapObj { Obj ob; Value func; Value iters; } MapObj;

static Value map_new(Value cls, Value *args, int nargs, Value kwnames) {
    if ((Type *)cls == &type_map && nkw(kwnames)) return rt_raise(&exc_TypeError, "map() takes no keyword arguments");
    if (nargs < 2) return rt_raise(&exc_TypeError, "map() must have at least two arguments.");
    Value iters = tuple_new((size_t)nargs - 1);
    for (int i = 1; i < nargs; i++)
        if (!(TUPLE_ITEMS(iters)[i - 1] = rt_iter(args[i]))) return NIL;
    MapObj *m = alloc_iter((Type *)cls, &type_map, sizeof(MapObj));
    m->func = args[0];
    m->iters = iters;
    return OBJ_VAL(m);
}

static Value map_next(Value self) {
    MapObj *m = (MapObj *)self;
    size_t n = TUPLE_LEN(m->iters);
    Value buf[8];
    Value *a = n <= 8 ? buf : GC_MALLOC(n * sizeof(Value));
    for (size_t i = 0; i < n; i++)
        if (!(a[i] = rt_next(TUPLE_ITEMS(m->iters)[i]))) return NIL;
    return rt_call(m->func, a, (int)n, NIL);
}

Type type_map = {
    .ob = {&type_type}, .name = "map", .base = &type_object, .size = sizeof(MapObj),
    .flags = TF_BASETYPE, .iter = self_iter, .next = map_next, .new_ = map_new,
};

/* ---- filter -------------------------------------------------------------- */

typedef struct FilterObj { Obj ob; Value func; Value it; } FilterObj;

static Value filter_new(Value cls, Value *args, int nargs, Value kwnames) {
    if ((Type *)cls == &type_filter && nkw(kwnames))
        return rt_raise(&exc_TypeError, "filter() takes no keyword arguments");
    if (nargs != 2) return rt_raise(&exc_TypeError, "filter expected 2 arguments, got %d", nargs);
    Value it = rt_iter(args[1]);
    if (!it) return NIL;
    FilterObj *f = alloc_iter((Type *)cls, &type_filter, sizeof(FilterObj));
    f->func = args[0];
    f->it = it;
    return OBJ_VAL(f);
}

static Value filter_next(Value self) {
    FilterObj *f = (FilterObj *)self;
    bool plain = f->func == NONE || f->func == OBJ_VAL(&type_bool);
    for (;;) {
        Value v = rt_next(f->it);
        if (!v) return NIL;
        int t;
        if (plain) t = rt_truthy(v);
        else {
            Value r = rt_call1(f->func, v);
            if (!r) return NIL;
            t = rt_truthy(r);
        }
        if (t < 0) return NIL;
        if (t) return v;
    }
}

Type type_filter = {
    .ob = {&type_type}, .name = "filter", .base = &type_object, .size = sizeof(FilterObj),
    .flags = TF_BASETYPE, .iter = self_iter, .next = filter_next, .new_ = filter_new,
};

/* ---- reversed ------------------------------------------------------------ */

typedef struct RevObj { Obj ob; Value seq; intptr_t index; } RevObj;

static Value reversed_new(Value cls, Value *args, int nargs, Value kwnames) {
    if ((Type *)cls == &type_reversed && nkw(kwnames))
        return rt_raise(&exc_TypeError, "reversed() takes no keyword arguments");
    if (nargs != 1) return rt_raise(&exc_TypeError, "reversed expected 1 argument, got %d", nargs);
    Value seq = args[0];
    Type *t = TYPE(seq);
    if (t->reversed) return t->reversed(seq);
    if (!t->getitem || dict_check(seq))
        return rt_raise(&exc_TypeError, "'%s' object is not reversible", type_name(seq));
    intptr_t n = rt_len(seq);
    if (n < 0) return NIL;
    RevObj *r = alloc_iter((Type *)cls, &type_reversed, sizeof(RevObj));
    r->seq = seq;
    r->index = n - 1;
    return OBJ_VAL(r);
}

static Value reversed_next(Value self) {
    RevObj *r = (RevObj *)self;
    if (!r->seq || r->index < 0) { r->seq = NIL; return NIL; }
    Value v = rt_getitem(r->seq, MK_SMALL(r->index));
    if (v) { r->index--; return v; }
    if (rt_exc_matches(&exc_IndexError) || rt_exc_matches(&exc_StopIteration)) rt_exc_clear();
    r->seq = NIL;
    return NIL;
}

static Value reversed_length_hint(Value *args, int nargs, Value kwnames) {
    RevObj *r = (RevObj *)args[0];
    return MK_SMALL(r->seq && r->index >= 0 ? r->index + 1 : 0);
}

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_reversed = {
    .ob = {&type_type}, .name = "reversed", .base = &type_object, .size = sizeof(RevObj),
    .flags = TF_BASETYPE, .methods = reversed_methods,
    .iter = self_iter, .next = reversed_next, .new_ = reversed_new,
};

/* ---- the sequence iterator ----------------------------------------------- */

typedef struct SeqIterObj { Obj ob; Value seq; intptr_t index; } SeqIterObj;

Value seqiter_new(Value seq) {
    SeqIterObj *it = gc_obj(sizeof(SeqIterObj), &type_seqiter);
    it->seq = seq;
    return OBJ_VAL(it);
}

static Value seqiter_next(Value self) {
    SeqIterObj *it = (SeqIterObj *)self;
    if (!it->seq) return NIL;
    Value v = rt_getitem(it->seq, MK_SMALL(it->index));
    if (v) { it->index++; return v; }
    if (rt_exc_matches(&exc_IndexError) || rt_exc_matches(&exc_StopIteration)) rt_exc_clear();
    it->seq = NIL;
    return NIL;
}

static Value seqiter_length_hint(Value *args, int nargs, Value kwnames) {
    SeqIterObj *it = (SeqIterObj *)args[0];
    if (!it->seq) return MK_SMALL(0);
    intptr_t n = rt_len(it->seq);
    if (n < 0) {
        /* No __len__: NotImplemented, as CPython's iterator does. */
        if (rt_exc_matches(&exc_TypeError)) { rt_exc_clear(); return NOTIMPL; }
        return NIL;
    }
    return MK_SMALL(n > it->index ? n - it->index : 0);
}

static const MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_seqiter = {
    .ob = {&type_type}, .name = "iterator", .base = &type_object, .size = sizeof(SeqIterObj),
    .methods = seqiter_methods, .iter = self_iter, .next = seqiter_next,
};

/* ---- callable_iterator --------------------------------------------------- */

typedef struct CallIterObj { Obj ob; Value func, sentinel; } CallIterObj;

Value callable_iter_new(Value callable, Value sentinel) {
    CallIterObj *it = gc_obj(sizeof(CallIterObj), &type_callable_iterator);
    it->func = callable;
    it->sentinel = sentinel;
    return OBJ_VAL(it);
}

static Value calliter_next(Value self) {
    CallIterObj *it = (CallIterObj *)self;
    if (!it->func) return NIL;
    Value v = rt_call0(it->func);
    if (!v) {
        if (rt_exc_matches(&exc_StopIteration)) { rt_exc_clear(); it->func = NIL; }
        return NIL;
    }
    int c = rt_eq(v, it->sentinel);
    if (c < 0) return NIL;
    if (c) { it->func = NIL; return NIL; }
    return v;
}

Type type_callable_iterator = {
    .ob = {&type_type}, .name = "callable_iterator", .base = &type_object, .size = sizeof(CallIterObj),
    .iter = self_iter, .next = calliter_next,
};

/* ---- start-up ------------------------------------------------------------ */

void containers_init(void) {
    static Type *const types[] = {
        &type_tuple, &type_list, &type_dict, &type_set, &type_frozenset, &type_range, &type_slice,
        &type_tuple_iterator, &type_list_iterator, &type_list_reverseiterator,
        &type_dict_keys, &type_dict_values, &type_dict_items,
        &type_dict_keyiterator, &type_dict_valueiterator, &type_dict_itemiterator,
        &type_dict_reversekeyiterator, &type_dict_reversevalueiterator, &type_dict_reverseitemiterator,
        &type_set_iterator, &type_range_iterator, &type_longrange_iterator,
        &type_enumerate, &type_zip, &type_map, &type_filter, &type_reversed, &type_seqiter,
        &type_callable_iterator,
    };
    if (!rt_empty_tuple) tuple_new(0);
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) type_ready(types[i]);
    /* Mutable containers are unhashable: __hash__ is None, as in CPython. */
    static Type *const unhashable[] = {&type_list, &type_dict, &type_set, &type_slice,
                                       &type_dict_keys, &type_dict_items};
    for (size_t i = 0; i < sizeof unhashable / sizeof unhashable[0]; i++)
        dict_set_str(unhashable[i]->dict, NM(__hash__), NONE);
}
