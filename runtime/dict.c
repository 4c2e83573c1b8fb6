/* dict.c — the insertion-ordered dict (CPython's compact layout: a sparse
 * index table of int32 pointing into a dense entry array), its views and
 * iterators.  The same object serves instance __dict__, module globals and
 * class namespaces, so the exact-str paths never run user code.
 *
 * Invariants: index slots hold EMPTY, DUMMY or the number of a live entry;
 * deleted entries keep their place (key NIL) until the next resize; `version`
 * changes on every mutation.  A zeroed DictObj (obj_alloc of a subclass) is a
 * valid empty dict: the table is created on first insertion.
 */
#include <string.h>
#include "cstack.h"
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "func.h"
#include "names.h"
#include "num.h"
#include "str.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define DICT_MINSIZE 8
#define USABLE(size) (((size) << 1) / 3)
#define HASH_MODULUS (((intptr_t)1 << 61) - 1)

/* ---- hashing and probing ------------------------------------------------- */

static inline intptr_t key_hash(Value k) {
    if (IS_SMALL(k)) {
        intptr_t x = SMALL_VAL(k);
        if (x > -HASH_MODULUS && x < HASH_MODULUS) return x == -1 ? -2 : x;
    } else if (TYPE(k) == &type_str) {
        return str_hash(k);
    }
    return rt_hash(k);
}

static void build_table(DictObj *d, size_t size) {
    d->mask = size - 1;
    d->index = GC_MALLOC_ATOMIC(size * sizeof(int32_t));
    memset(d->index, 0xff, size * sizeof(int32_t));      /* all IX_EMPTY */
    d->cap = USABLE(size);
    d->entries = GC_MALLOC(d->cap * sizeof(DictEntry));
    d->nentries = 0;
}

/* Rebuild with room for at least `minused` entries, dropping deleted ones. */
static void resize(DictObj *d, size_t minused) {
    size_t size = DICT_MINSIZE;
    while (USABLE(size) < minused || size < minused) size <<= 1;
    DictEntry *old = d->entries;
    size_t n = d->nentries;
    build_table(d, size);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!old[i].key) continue;
        d->entries[k] = old[i];
        size_t mask = d->mask, j = (size_t)old[i].hash & mask, perturb = (size_t)old[i].hash;
        while (d->index[j] != IX_EMPTY) { perturb >>= 5; j = (j * 5 + perturb + 1) & mask; }
        d->index[j] = (int32_t)k++;
    }
    d->nentries = k;
}

/* Entry number of key, -1 when absent, -2 on error.  *slot gets the index
 * slot that refers to it. */
static intptr_t lookup(DictObj *d, Value key, intptr_t hash, size_t *slot) {
restart:
    if (!d->index) return -1;
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    bool key_str = TYPE(key) == &type_str;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            Value sk = e->key;
            if (sk == key) { *slot = i; return ix; }
            if (e->hash == hash) {
                if (key_str && TYPE(sk) == &type_str) {
                    if (str_eq(sk, key)) { *slot = i; return ix; }
                } else {
                    DictEntry *ents = d->entries;
                    int c = rt_eq(sk, key);
                    if (c < 0) return -2;
                    if (ents != d->entries || d->entries[ix].key != sk) goto restart;
                    if (c) { *slot = i; return ix; }
                }
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* The str-only probe: never runs user code (non-str keys never match; a key
 * of a str subclass matches by text, as CPython's unicode compare would
 * unless the subclass overrides __eq__). */
static intptr_t lookup_str(DictObj *d, Value key, intptr_t hash, size_t *slot) {
    if (!d->index) return -1;
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t ix = d->index[i];
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            DictEntry *e = &d->entries[ix];
            if (e->key == key ||
                (e->hash == hash && !IS_SMALL(e->key) && str_check(e->key) && str_eq(e->key, key))) {
                *slot = i;
                return ix;
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static void insert_new(DictObj *d, Value key, intptr_t hash, Value value) {
    if (!d->index || d->nentries >= d->cap) resize(d, d->used * 3 > DICT_MINSIZE ? d->used * 3 : 1);
    size_t mask = d->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (d->index[i] >= 0) { perturb >>= 5; i = (i * 5 + perturb + 1) & mask; }
    d->index[i] = (int32_t)d->nentries;
    DictEntry *e = &d->entries[d->nentries++];
    e->hash = hash;
    e->key = key;
    e->value = value;
    d->used++;
    d->version++;
}

static int set_known_hash(DictObj *d, Value key, intptr_t hash, Value value) {
    size_t slot;
    intptr_t ix = lookup(d, key, hash, &slot);
    if (ix == -2) return -1;
    if (ix >= 0) { d->entries[ix].value = value; d->version++; return 0; }
    insert_new(d, key, hash, value);
    return 0;
}

static void delete_at(DictObj *d, size_t slot, intptr_t ix) {
    d->index[slot] = IX_DUMMY;
    d->entries[ix].key = NIL;
    d->entries[ix].value = NIL;
    d->used--;
    d->version++;
}

/* ---- C API --------------------------------------------------------------- */

Value dict_new(void) {
    DictObj *d = gc_obj(sizeof(DictObj), &type_dict);
    if (!d) return rt_raise_nomem();
    return OBJ_VAL(d);
}

bool dict_check(Value v) { return HAS_FLAG(v, TF_DICT); }

int dict_find(Value d, Value key, Value *out) {
    DictObj *o = (DictObj *)d;
    if (o->used == 0) {
        /* Still hash: an unhashable key is an error even in an empty dict. */
        if (!IS_SMALL(key) && TYPE(key) != &type_str && rt_hash(key) == -1) return -1;
        return 0;
    }
    intptr_t hash = key_hash(key);
    if (hash == -1) return -1;
    size_t slot;
    intptr_t ix = lookup(o, key, hash, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    *out = o->entries[ix].value;
    return 1;
}

int dict_set(Value d, Value key, Value value) {
    intptr_t hash = key_hash(key);
    if (hash == -1) return -1;
    return set_known_hash((DictObj *)d, key, hash, value);
}

int dict_del(Value d, Value key) {
    DictObj *o = (DictObj *)d;
    intptr_t hash = key_hash(key);
    if (hash == -1) return -1;
    size_t slot;
    intptr_t ix = lookup(o, key, hash, &slot);
    if (ix == -2) return -1;
    if (ix < 0) return 0;
    delete_at(o, slot, ix);
    return 1;
}

Value dict_get_str(Value d, Value key) {
    DictObj *o = (DictObj *)d;
    if (!o->used) return NIL;
    size_t slot;
    intptr_t ix = lookup_str(o, key, str_hash(key), &slot);
    return ix >= 0 ? o->entries[ix].value : NIL;
}

void dict_set_str(Value d, Value key, Value value) {
    DictObj *o = (DictObj *)d;
    intptr_t hash = str_hash(key);
    size_t slot;
    intptr_t ix = lookup_str(o, key, hash, &slot);
    if (ix >= 0) { o->entries[ix].value = value; o->version++; return; }
    insert_new(o, key, hash, value);
}

Value dict_get_cstr(Value d, const char *key) { return dict_get_str(d, str_intern(key)); }
void dict_set_cstr(Value d, const char *key, Value value) { dict_set_str(d, str_intern(key), value); }

size_t dict_len(Value d) { return ((DictObj *)d)->used; }

bool dict_next(Value d, size_t *pos, Value *key, Value *value) {
    DictObj *o = (DictObj *)d;
    while (*pos < o->nentries) {
        DictEntry *e = &o->entries[(*pos)++];
        if (e->key) {
            if (key) *key = e->key;
            if (value) *value = e->value;
            return true;
        }
    }
    return false;
}

Value dict_copy(Value d) {
    DictObj *src = (DictObj *)d;
    DictObj *o = (DictObj *)dict_new();
    if (!o) return NIL;
    if (src->used) {
        resize(o, src->used);
        for (size_t i = 0; i < src->nentries; i++)
            if (src->entries[i].key) insert_new(o, src->entries[i].key, src->entries[i].hash, src->entries[i].value);
    }
    return OBJ_VAL(o);
}

Value dict_keys_list(Value d) {
    DictObj *o = (DictObj *)d;
    Value l = list_new(o->used);
    if (!l) return NIL;
    size_t k = 0;
    for (size_t i = 0; i < o->nentries; i++)
        if (o->entries[i].key) LIST_ITEMS(l)[k++] = o->entries[i].key;
    return l;
}

static Value dict_iter(Value self);

/* Merge a mapping: exact dicts (and subclasses keeping dict's __iter__)
 * directly, anything else through keys() and __getitem__. */
static int merge_mapping(Value d, Value other, bool override) {
    if (dict_check(other) && TYPE(other)->iter == dict_iter) {
        DictObj *src = (DictObj *)other;
        if (other == d || src->used == 0) return 0;
        DictObj *o = (DictObj *)d;
        if (o->used == 0 && o->cap < src->used) resize(o, src->used + o->used);
        for (size_t i = 0; i < src->nentries; i++) {
            DictEntry e = src->entries[i];
            if (!e.key) continue;
            if (!override) {
                size_t slot;
                intptr_t ix = lookup(o, e.key, e.hash, &slot);
                if (ix == -2) return -1;
                if (ix >= 0) continue;
                insert_new(o, e.key, e.hash, e.value);
            } else if (set_known_hash(o, e.key, e.hash, e.value) < 0) {
                return -1;
            }
        }
        return 0;
    }
    Value keys = rt_call_method(other, NM(keys), NULL, 0, NIL);
    if (!keys) return -1;
    Value it = rt_iter(keys);
    if (!it) return -1;
    for (;;) {
        Value k = rt_next(it);
        if (!k) return rt_exc_occurred() ? -1 : 0;
        if (!override) {
            Value tmp;
            int f = dict_find(d, k, &tmp);
            if (f < 0) return -1;
            if (f) continue;
        }
        Value v = rt_getitem(other, k);
        if (!v || dict_set(d, k, v) < 0) return -1;
    }
}

/* Merge an iterable of key/value pairs (dict(seq), d.update(seq)). */
static int merge_pairs(Value d, Value seq) {
    Value it = rt_iter(seq);
    if (!it) return -1;
    for (long i = 0;; i++) {
        Value item = rt_next(it);
        if (!item) return rt_exc_occurred() ? -1 : 0;
        Value k, v;
        if (tuple_check(item) && TUPLE_LEN(item) == 2) {
            k = TUPLE_ITEMS(item)[0];
            v = TUPLE_ITEMS(item)[1];
        } else {
            Value fast = item;
            if (!tuple_check(item) && !list_check(item)) {
                if (!TYPE(item)->iter && !TYPE(item)->getitem) {
                    rt_raise(&exc_TypeError, "cannot convert dictionary update sequence element #%ld to a sequence", i);
                    return -1;
                }
                fast = rt_list_from_iter(item);
                if (!fast) return -1;
            }
            size_t n = tuple_check(fast) ? TUPLE_LEN(fast) : LIST_LEN(fast);
            if (n != 2) {
                rt_raise(&exc_ValueError, "dictionary update sequence element #%ld has length %zu; 2 is required", i, n);
                return -1;
            }
            Value *items = tuple_check(fast) ? TUPLE_ITEMS(fast) : LIST_ITEMS(fast);
            k = items[0];
            v = items[1];
        }
        if (dict_set(d, k, v) < 0) return -1;
    }
}

/* dict.update(other) without keywords: a mapping if it has keys(). */
int dict_update(Value d, Value other) {
    if (TYPE(other) == &type_dict) return merge_mapping(d, other, true);
    Value keys = rt_getattr_opt(other, NM(keys));
    if (!keys && rt_exc_occurred()) return -1;
    if (keys) return merge_mapping(d, other, true);
    return merge_pairs(d, other);
}

/* ---- construction -------------------------------------------------------- */

static Value dict_new_slot(Value cls, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)cls;
    if (t == &type_dict) return dict_new();
    return obj_alloc(t);
}

static Value update_common(Value self, const char *fname, Value *args, int nargs, Value kwnames) {
    if (nargs > 1) return rt_raise(&exc_TypeError, "%s expected at most 1 argument, got %d", fname, nargs);
    if (nargs == 1 && dict_update(self, args[0]) < 0) return NIL;
    if (kwnames) {
        for (size_t i = 0; i < TUPLE_LEN(kwnames); i++)
            if (dict_set(self, TUPLE_ITEMS(kwnames)[i], args[nargs + i]) < 0) return NIL;
    }
    return NONE;
}

static Value dict_init(Value self, Value *args, int nargs, Value kwnames) {
    return update_common(self, "dict", args, nargs, kwnames);
}

/* ---- protocol slots ------------------------------------------------------ */

static Value dict_repr(Value self) {
    DictObj *d = (DictObj *)self;
    if (d->used == 0) return str_from_cstr("{}");
    if (rt_repr_enter(self)) return str_from_cstr("{...}");
    StrBuf b;
    sb_init(&b);
    sb_addc(&b, '{');
    bool first = true;
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (!e.key) continue;
        if (!first) sb_adds(&b, ", ");
        first = false;
        if (!sb_addv_repr(&b, e.key)) goto fail;
        sb_adds(&b, ": ");
        if (!sb_addv_repr(&b, e.value)) goto fail;
    }
    sb_addc(&b, '}');
    rt_repr_leave(self);
    return sb_finish(&b);
fail:
    rt_repr_leave(self);
    return NIL;
}

static intptr_t dict_len_slot(Value self) { return (intptr_t)((DictObj *)self)->used; }

static Value raise_key_error(Value key) {
    Value t = tuple_pack(1, key);
    return t ? rt_raise_args(&exc_KeyError, t) : NIL;
}

static Value dict_getitem(Value self, Value key) {
    Value v;
    if (TYPE(key) == &type_str) {
        v = dict_get_str(self, key);
        if (v) return v;
    } else {
        int f = dict_find(self, key, &v);
        if (f < 0) return NIL;
        if (f) return v;
    }
    if (TYPE(self) != &type_dict) {
        Value missing = rt_lookup_special(self, NM(__missing__));
        if (missing) return rt_call1(missing, key);
        if (rt_exc_occurred()) return NIL;
    }
    return raise_key_error(key);
}

static int dict_setitem(Value self, Value key, Value value) { return dict_set(self, key, value); }

static int dict_delitem(Value self, Value key) {
    int r = dict_del(self, key);
    if (r < 0) return -1;
    if (r == 0) { raise_key_error(key); return -1; }
    return 0;
}

static int dict_contains(Value self, Value key) {
    Value v;
    return dict_find(self, key, &v);
}

static Value dict_eq_impl(Value a, Value b) {
    if (!cstack_check(" in comparison")) return NIL;
    DictObj *x = (DictObj *)a, *y = (DictObj *)b;
    if (x->used != y->used) return FALSE_V;
    for (size_t i = 0; i < x->nentries; i++) {
        DictEntry e = x->entries[i];
        if (!e.key) continue;
        Value bv;
        int f = dict_find(b, e.key, &bv);
        if (f < 0) return NIL;
        if (!f) return FALSE_V;
        int c = rt_eq(e.value, bv);
        if (c < 0) return NIL;
        if (!c) return FALSE_V;
    }
    return TRUE_V;
}

static Value dict_eq(Value a, Value b) {
    if (!dict_check(b)) return NOTIMPL;
    return dict_eq_impl(a, b);
}

static Value dict_ne(Value a, Value b) {
    if (!dict_check(b)) return NOTIMPL;
    Value r = dict_eq_impl(a, b);
    if (!r) return NIL;
    return BOOL(r == FALSE_V);
}

static Value dict_or(Value a, Value b) {
    if (!dict_check(a) || !dict_check(b)) return NOTIMPL;
    Value r = dict_copy(a);
    if (!r || dict_update(r, b) < 0) return NIL;
    return r;
}

static Value dict_ror(Value self, Value other) { return dict_or(other, self); }

static Value dict_ior(Value self, Value other) {
    if (dict_update(self, other) < 0) return NIL;
    return self;
}

/* ---- iterators ----------------------------------------------------------- */

enum { IT_KEYS, IT_VALUES, IT_ITEMS };

typedef struct DictIterObj {
    Obj ob;
    Value dict;          /* NIL once exhausted */
    size_t used;         /* d->used when created */
    intptr_t pos;        /* next entry number (reverse: current) */
    intptr_t remaining;  /* items still expected */
} DictIterObj;

static Value make_iter(Value d, Type *t, bool reverse) {
    DictIterObj *it = gc_obj(sizeof(DictIterObj), t);
    DictObj *o = (DictObj *)d;
    it->dict = d;
    it->used = o->used;
    it->remaining = (intptr_t)o->used;
    it->pos = reverse ? (intptr_t)o->nentries - 1 : 0;
    return OBJ_VAL(it);
}

static Value dict_iter(Value self) { return make_iter(self, &type_dict_keyiterator, false); }
static Value dict_reversed(Value self) { return make_iter(self, &type_dict_reversekeyiterator, true); }

/* The next live entry, or NULL when exhausted or on error (exception set). */
static DictEntry *iter_step(DictIterObj *it, bool reverse) {
    if (!it->dict) return NULL;
    DictObj *d = (DictObj *)it->dict;
    if (it->used != d->used) {
        rt_raise(&exc_RuntimeError, "dictionary changed size during iteration");
        it->used = (size_t)-1;   /* sticky */
        return NULL;
    }
    DictEntry *e = NULL;
    if (reverse) {
        while (it->pos >= 0 && it->pos < (intptr_t)d->nentries) {
            DictEntry *c = &d->entries[it->pos--];
            if (c->key) { e = c; break; }
        }
    } else {
        while (it->pos < (intptr_t)d->nentries) {
            DictEntry *c = &d->entries[it->pos++];
            if (c->key) { e = c; break; }
        }
    }
    if (!e) { it->dict = NIL; return NULL; }
    if (it->remaining == 0) {
        rt_raise(&exc_RuntimeError, "dictionary keys changed during iteration");
        it->dict = NIL;
        return NULL;
    }
    it->remaining--;
    return e;
}

static Value self_iter(Value self) { return self; }

static Value next_key(Value self) { DictEntry *e = iter_step((DictIterObj *)self, false); return e ? e->key : NIL; }
static Value next_value(Value self) { DictEntry *e = iter_step((DictIterObj *)self, false); return e ? e->value : NIL; }
static Value next_item(Value self) {
    DictEntry *e = iter_step((DictIterObj *)self, false);
    return e ? tuple_pack(2, e->key, e->value) : NIL;
}
static Value rnext_key(Value self) { DictEntry *e = iter_step((DictIterObj *)self, true); return e ? e->key : NIL; }
static Value rnext_value(Value self) { DictEntry *e = iter_step((DictIterObj *)self, true); return e ? e->value : NIL; }
static Value rnext_item(Value self) {
    DictEntry *e = iter_step((DictIterObj *)self, true);
    return e ? tuple_pack(2, e->key, e->value) : NIL;
}

static Value iter_length_hint(Value *args, int nargs, Value kwnames) {
    DictIterObj *it = (DictIterObj *)args[0];
    if (it->dict && it->used == ((DictObj *)it->dict)->used) return MK_SMALL(it->remaining);
    return MK_SMALL(0);
}

static const MethodDef iter_methods[] = {
    {"__length_hint__", iter_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

#define DICT_ITER_TYPE(var, tname, nextf) \
    Type var = { .ob = {&type_type}, .name = tname, .base = &type_object, \
                 .size = sizeof(DictIterObj), .methods = iter_methods, \
                 .iter = self_iter, .next = nextf };
DICT_ITER_TYPE(type_dict_keyiterator, "dict_keyiterator", next_key)
DICT_ITER_TYPE(type_dict_valueiterator, "dict_valueiterator", next_value)
DICT_ITER_TYPE(type_dict_itemiterator, "dict_itemiterator", next_item)
DICT_ITER_TYPE(type_dict_reversekeyiterator, "dict_reversekeyiterator", rnext_key)
DICT_ITER_TYPE(type_dict_reversevalueiterator, "dict_reversevalueiterator", rnext_value)
DICT_ITER_TYPE(type_dict_reverseitemiterator, "dict_reverseitemiterator", rnext_item)

/* ---- views --------------------------------------------------------------- */

typedef struct DictViewObj { Obj ob; Value dict; } DictViewObj;

static Value make_view(Value d, Type *t) {
    DictViewObj *v = gc_obj(sizeof(DictViewObj), t);
    v->dict = d;
    return OBJ_VAL(v);
}

#define VDICT(v) (((DictViewObj *)(v))->dict)

static bool is_setview(Value v) { return TYPE(v) == &type_dict_keys || TYPE(v) == &type_dict_items; }

static intptr_t view_len(Value self) { return (intptr_t)((DictObj *)VDICT(self))->used; }

static Value keys_iter(Value self) { return make_iter(VDICT(self), &type_dict_keyiterator, false); }
static Value values_iter(Value self) { return make_iter(VDICT(self), &type_dict_valueiterator, false); }
static Value items_iter(Value self) { return make_iter(VDICT(self), &type_dict_itemiterator, false); }
static Value keys_rev(Value self) { return make_iter(VDICT(self), &type_dict_reversekeyiterator, true); }
static Value values_rev(Value self) { return make_iter(VDICT(self), &type_dict_reversevalueiterator, true); }
static Value items_rev(Value self) { return make_iter(VDICT(self), &type_dict_reverseitemiterator, true); }

static int keys_contains(Value self, Value key) { return dict_contains(VDICT(self), key); }

static int items_contains(Value self, Value item) {
    if (!tuple_check(item) || TUPLE_LEN(item) != 2) return 0;
    Value v;
    int f = dict_find(VDICT(self), TUPLE_ITEMS(item)[0], &v);
    if (f <= 0) return f;
    return rt_eq(v, TUPLE_ITEMS(item)[1]);
}

static Value view_repr(Value self) {
    if (rt_repr_enter(self)) return str_from_cstr("...");
    Value l = rt_list_from_iter(self);
    Value r = l ? rt_repr(l) : NIL;
    rt_repr_leave(self);
    if (!r) return NIL;
    return str_printf("%s(%s)", TYPE(self)->name, str_cstr(r));
}

static int all_contained_in(Value self, Value other) {
    Value it = rt_iter(self);
    if (!it) return -1;
    for (;;) {
        Value x = rt_next(it);
        if (!x) return rt_exc_occurred() ? -1 : 1;
        int c = rt_contains(other, x);
        if (c <= 0) return c;
    }
}

static Value view_richcompare(Value self, Value other, int op) {
    if (!set_check(other) && !is_setview(other)) return NOTIMPL;
    intptr_t ls = rt_len(self), lo = rt_len(other);
    if (ls < 0 || lo < 0) return NIL;
    int ok = 0;
    switch (op) {
    case CMP_EQ: case CMP_NE:
        if (ls == lo) ok = all_contained_in(self, other);
        if (op == CMP_NE && ok >= 0) ok = !ok;
        break;
    case CMP_LT: if (ls < lo) ok = all_contained_in(self, other); break;
    case CMP_LE: if (ls <= lo) ok = all_contained_in(self, other); break;
    case CMP_GT: if (ls > lo) ok = all_contained_in(other, self); break;
    case CMP_GE: if (ls >= lo) ok = all_contained_in(other, self); break;
    }
    if (ok < 0) return NIL;
    return BOOL(ok);
}
static Value view_eq(Value a, Value b) { return view_richcompare(a, b, CMP_EQ); }
static Value view_ne(Value a, Value b) { return view_richcompare(a, b, CMP_NE); }
static Value view_lt(Value a, Value b) { return view_richcompare(a, b, CMP_LT); }
static Value view_le(Value a, Value b) { return view_richcompare(a, b, CMP_LE); }
static Value view_gt(Value a, Value b) { return view_richcompare(a, b, CMP_GT); }
static Value view_ge(Value a, Value b) { return view_richcompare(a, b, CMP_GE); }

/* CPython's _PyDictView_Intersect, `left` and `right` in operator order. */
static Value view_and_impl(Value left, Value right) {
    Value self = left, other = right;
    if (!is_setview(self)) { self = right; other = left; }
    intptr_t ls = view_len(self);
    if (TYPE(other) == &type_set && ls <= (intptr_t)set_len(other)) {
        Value name = str_intern("intersection");
        return rt_call_method(other, name, &self, 1, NIL);
    }
    if (is_setview(other) && view_len(other) > ls) { Value t = self; self = other; other = t; }
    Value result = set_new();
    Value it = rt_iter(other);
    if (!it) return NIL;
    int (*contains)(Value, Value) = TYPE(self) == &type_dict_keys ? keys_contains : items_contains;
    for (;;) {
        Value k = rt_next(it);
        if (!k) return rt_exc_occurred() ? NIL : result;
        int c = contains(self, k);
        if (c < 0) return NIL;
        if (c && set_add(result, k) < 0) return NIL;
    }
}

static Value set_of(Value v) { return set_from_iter(v); }

static Value view_or_impl(Value left, Value right) {
    Value r = set_of(left);
    if (!r || set_update(r, right) < 0) return NIL;
    return r;
}

static Value view_sub_impl(Value left, Value right) {
    Value r = set_of(left);
    if (!r) return NIL;
    Value name = str_intern("difference_update");
    return rt_call_method(r, name, &right, 1, NIL) ? r : NIL;
}

static Value view_xor_impl(Value left, Value right) {
    Value r = set_of(left);
    if (!r) return NIL;
    Value name = str_intern("symmetric_difference_update");
    return rt_call_method(r, name, &right, 1, NIL) ? r : NIL;
}

static Value view_and(Value a, Value b) { return view_and_impl(a, b); }
static Value view_rand(Value a, Value b) { return view_and_impl(b, a); }
static Value view_or(Value a, Value b) { return view_or_impl(a, b); }
static Value view_ror(Value a, Value b) { return view_or_impl(b, a); }
static Value view_sub(Value a, Value b) { return view_sub_impl(a, b); }
static Value view_rsub(Value a, Value b) { return view_sub_impl(b, a); }
static Value view_xor(Value a, Value b) { return view_xor_impl(a, b); }
static Value view_rxor(Value a, Value b) { return view_xor_impl(b, a); }

static Value view_isdisjoint(Value *args, int nargs, Value kwnames) {
    if (nargs != 2) return rt_raise(&exc_TypeError, "%s.isdisjoint() takes exactly one argument (%d given)",
                                    TYPE(args[0])->name, nargs - 1);
    Value self = args[0], other = args[1];
    if (self == other) return BOOL(view_len(self) == 0);
    if (set_check(other) || is_setview(other)) {
        intptr_t lo = rt_len(other);
        if (lo < 0) return NIL;
        if (lo > view_len(self)) { Value t = self; self = other; other = t; }
    }
    Value it = rt_iter(other);
    if (!it) return NIL;
    for (;;) {
        Value x = rt_next(it);
        if (!x) return rt_exc_occurred() ? NIL : TRUE_V;
        int c = rt_contains(self, x);
        if (c < 0) return NIL;
        if (c) return FALSE_V;
    }
}

static Value view_mapping(Value *args, int nargs, Value kwnames) { return VDICT(args[0]); }

static const MethodDef setview_methods[] = {
    {"isdisjoint", view_isdisjoint, METH_DEFAULT, NULL},
    {"mapping", view_mapping, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};
static const MethodDef valview_methods[] = {
    {"mapping", view_mapping, METH_GETTER, NULL},
    {NULL, NULL, 0, NULL},
};

#define SETVIEW_SLOTS \
    .hash = rt_hash_unhashable, .eq = view_eq, .ne = view_ne, .lt = view_lt, .le = view_le, \
    .gt = view_gt, .ge = view_ge, .and_ = view_and, .rand_ = view_rand, .or_ = view_or, \
    .ror_ = view_ror, .sub = view_sub, .rsub = view_rsub, .xor_ = view_xor, .rxor = view_rxor

Type type_dict_keys = {
    .ob = {&type_type}, .name = "dict_keys", .base = &type_object, .size = sizeof(DictViewObj),
    .methods = setview_methods, .repr = view_repr, .len = view_len, .iter = keys_iter,
    .reversed = keys_rev, .contains = keys_contains, SETVIEW_SLOTS,
};
Type type_dict_items = {
    .ob = {&type_type}, .name = "dict_items", .base = &type_object, .size = sizeof(DictViewObj),
    .methods = setview_methods, .repr = view_repr, .len = view_len, .iter = items_iter,
    .reversed = items_rev, .contains = items_contains, SETVIEW_SLOTS,
};
Type type_dict_values = {
    .ob = {&type_type}, .name = "dict_values", .base = &type_object, .size = sizeof(DictViewObj),
    .methods = valview_methods, .repr = view_repr, .len = view_len, .iter = values_iter,
    .reversed = values_rev,
};

/* ---- methods ------------------------------------------------------------- */

static bool no_args(const char *name, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "dict.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs != 1) {
        rt_raise(&exc_TypeError, "dict.%s() takes no arguments (%d given)", name, nargs - 1);
        return false;
    }
    return true;
}

static bool one_or_two(const char *name, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "dict.%s() takes no keyword arguments", name);
        return false;
    }
    if (nargs < 2) { rt_raise(&exc_TypeError, "%s expected at least 1 argument, got %d", name, nargs - 1); return false; }
    if (nargs > 3) { rt_raise(&exc_TypeError, "%s expected at most 2 arguments, got %d", name, nargs - 1); return false; }
    return true;
}

static Value m_keys(Value *args, int nargs, Value kwnames) {
    if (!no_args("keys", nargs, kwnames)) return NIL;
    return make_view(args[0], &type_dict_keys);
}
static Value m_values(Value *args, int nargs, Value kwnames) {
    if (!no_args("values", nargs, kwnames)) return NIL;
    return make_view(args[0], &type_dict_values);
}
static Value m_items(Value *args, int nargs, Value kwnames) {
    if (!no_args("items", nargs, kwnames)) return NIL;
    return make_view(args[0], &type_dict_items);
}

static Value m_get(Value *args, int nargs, Value kwnames) {
    if (!one_or_two("get", nargs, kwnames)) return NIL;
    Value v;
    int f = dict_find(args[0], args[1], &v);
    if (f < 0) return NIL;
    return f ? v : (nargs > 2 ? args[2] : NONE);
}

static Value m_setdefault(Value *args, int nargs, Value kwnames) {
    if (!one_or_two("setdefault", nargs, kwnames)) return NIL;
    Value v;
    int f = dict_find(args[0], args[1], &v);
    if (f < 0) return NIL;
    if (f) return v;
    Value dflt = nargs > 2 ? args[2] : NONE;
    if (dict_set(args[0], args[1], dflt) < 0) return NIL;
    return dflt;
}

static Value m_pop(Value *args, int nargs, Value kwnames) {
    if (!one_or_two("pop", nargs, kwnames)) return NIL;
    DictObj *d = (DictObj *)args[0];
    intptr_t hash = key_hash(args[1]);
    if (hash == -1) return NIL;
    size_t slot;
    intptr_t ix = d->used ? lookup(d, args[1], hash, &slot) : -1;
    if (ix == -2) return NIL;
    if (ix < 0) return nargs > 2 ? args[2] : raise_key_error(args[1]);
    Value v = d->entries[ix].value;
    delete_at(d, slot, ix);
    return v;
}

static Value m_popitem(Value *args, int nargs, Value kwnames) {
    if (!no_args("popitem", nargs, kwnames)) return NIL;
    DictObj *d = (DictObj *)args[0];
    if (d->used == 0) return rt_raise(&exc_KeyError, "popitem(): dictionary is empty");
    intptr_t i = (intptr_t)d->nentries - 1;
    while (i >= 0 && !d->entries[i].key) i--;
    DictEntry e = d->entries[i];
    Value r = tuple_pack(2, e.key, e.value);
    if (!r) return NIL;
    size_t mask = d->mask, j = (size_t)e.hash & mask, perturb = (size_t)e.hash;
    while (d->index[j] != (int32_t)i) { perturb >>= 5; j = (j * 5 + perturb + 1) & mask; }
    delete_at(d, j, i);
    d->nentries = (size_t)i;     /* keep the entry array dense at the end */
    return r;
}

static Value m_update(Value *args, int nargs, Value kwnames) {
    return update_common(args[0], "update", args + 1, nargs - 1, kwnames);
}

static Value m_copy(Value *args, int nargs, Value kwnames) {
    if (!no_args("copy", nargs, kwnames)) return NIL;
    return dict_copy(args[0]);
}

static Value m_clear(Value *args, int nargs, Value kwnames) {
    if (!no_args("clear", nargs, kwnames)) return NIL;
    DictObj *d = (DictObj *)args[0];
    d->index = NULL; d->entries = NULL;
    d->used = d->nentries = d->cap = d->mask = 0;
    d->version++;
    return NONE;
}

static Value m_fromkeys(Value *args, int nargs, Value kwnames) {
    if (!one_or_two("fromkeys", nargs, kwnames)) return NIL;
    Value cls = args[0], iterable = args[1], value = nargs > 2 ? args[2] : NONE;
    Value d = rt_call0(cls);
    if (!d) return NIL;
    bool exact = TYPE(d) == &type_dict;
    Value it = rt_iter(iterable);
    if (!it) return NIL;
    for (;;) {
        Value k = rt_next(it);
        if (!k) return rt_exc_occurred() ? NIL : d;
        int r = exact ? dict_set(d, k, value) : rt_setitem(d, k, value);
        if (r < 0) return NIL;
    }
}

static Value m_sizeof(Value *args, int nargs, Value kwnames) {
    DictObj *d = (DictObj *)args[0];
    return MK_SMALL(48 + (intptr_t)((d->mask + 1) * 4 + d->cap * sizeof(DictEntry)));
}

static const MethodDef dict_methods[] = {
    {"keys", m_keys, METH_DEFAULT, NULL},
    {"values", m_values, METH_DEFAULT, NULL},
    {"items", m_items, METH_DEFAULT, NULL},
    {"get", m_get, METH_DEFAULT, NULL},
    {"setdefault", m_setdefault, METH_DEFAULT, NULL},
    {"pop", m_pop, METH_DEFAULT, NULL},
    {"popitem", m_popitem, METH_DEFAULT, NULL},
    {"update", m_update, METH_DEFAULT, NULL},
    {"copy", m_copy, METH_DEFAULT, NULL},
    {"clear", m_clear, METH_DEFAULT, NULL},
    {"fromkeys", m_fromkeys, METH_CLASS, NULL},
    {"__sizeof__", m_sizeof, METH_DEFAULT, NULL},
    {"__class_getitem__", cont_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_dict = {
    .ob = {&type_type}, .name = "dict", .base = &type_object,
    .size = sizeof(DictObj), .flags = TF_BASETYPE | TF_DICT,
    .methods = dict_methods,
    .repr = dict_repr, .hash = rt_hash_unhashable, .len = dict_len_slot,
    .eq = dict_eq, .ne = dict_ne,
    .getitem = dict_getitem, .setitem = dict_setitem, .delitem = dict_delitem,
    .contains = dict_contains, .iter = dict_iter, .reversed = dict_reversed,
    .or_ = dict_or, .ror_ = dict_ror, .ior = dict_ior,
    .new_ = dict_new_slot, .init = dict_init,
};
