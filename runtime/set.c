/* set.c — set and frozenset: CPython's setobject.c hash table (linear probing
 * runs of LINEAR_PROBES, then perturbed jumps; same resize policy), so that
 * iteration order, and hence every printed set, matches CPython.
 *
 * Invariants: a slot is unused (key NIL, hash 0), dummy (key DUMMY, hash -1)
 * or active; fill counts active + dummy, used counts active; table is NULL
 * (mask 0) until the first operation that needs it, and is then at least
 * SET_MINSIZE slots with at least one unused slot.  A frozenset never changes
 * once returned to Python code; its hash is cached in `hash` (-1 unknown).
 */
#include <string.h>
#include "containers.h"
#include "abstract.h"
#include "errors.h"
#include "func.h"
#include "names.h"
#include "num.h"
#include "str.h"

#define SET_MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static Obj dummy_obj = {&type_object};
#define DUMMY OBJ_VAL(&dummy_obj)

#define SO(v) ((SetObj *)(v))

/* ---- the table ----------------------------------------------------------- */

static void ensure(SetObj *so) {
    if (so->table) return;
    so->table = GC_MALLOC(SET_MINSIZE * sizeof(SetEntry));
    so->mask = SET_MINSIZE - 1;
    so->fill = so->used = 0;
}

static inline intptr_t hash_of(Value key) {
    if (TYPE(key) == &type_str) return str_hash(key);
    if (IS_SMALL(key)) {
        intptr_t x = SMALL_VAL(key);
        const intptr_t P = ((intptr_t)1 << 61) - 1;
        if (x > -P && x < P) return x == -1 ? -2 : x;
    }
    return rt_hash(key);
}

/* The entry holding key, or the unused entry ending the probe; NULL on error. */
static SetEntry *lookkey(SetObj *so, Value key, intptr_t hash) {
restart:
    ensure(so);
    SetEntry *table, *entry;
    size_t perturb = (size_t)hash, mask = so->mask, i = (size_t)hash & mask;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NIL) return entry;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key) return entry;
                if (TYPE(startkey) == &type_str && TYPE(key) == &type_str) {
                    if (str_eq(startkey, key)) return entry;
                } else {
                    table = so->table;
                    int cmp = rt_eq(startkey, key);
                    if (cmp < 0) return NULL;
                    if (table != so->table || entry->key != startkey) goto restart;
                    if (cmp > 0) return entry;
                    mask = so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void insert_clean(SetEntry *table, size_t mask, Value key, intptr_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    SetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NIL) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NIL) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    entry->key = key;
    entry->hash = hash;
}

static void table_resize(SetObj *so, size_t minused) {
    ensure(so);
    size_t newsize = SET_MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    /* CPython keeps its small table in place when nothing would change. */
    if (newsize == SET_MINSIZE && so->mask == SET_MINSIZE - 1 && so->fill == so->used) return;
    SetEntry *old = so->table;
    size_t oldmask = so->mask;
    SetEntry *nt = GC_MALLOC(newsize * sizeof(SetEntry));
    so->mask = newsize - 1;
    so->table = nt;
    so->fill = so->used;
    for (size_t i = 0; i <= oldmask; i++)
        if (old[i].key != NIL && old[i].key != DUMMY) insert_clean(nt, so->mask, old[i].key, old[i].hash);
}

static int add_entry(SetObj *so, Value key, intptr_t hash) {
restart:
    ensure(so);
    SetEntry *table, *entry, *freeslot = NULL;
    size_t perturb = (size_t)hash, mask = so->mask, i = (size_t)hash & mask;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NIL) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                Value startkey = entry->key;
                if (startkey == key) return 0;
                if (TYPE(startkey) == &type_str && TYPE(key) == &type_str) {
                    if (str_eq(startkey, key)) return 0;
                } else {
                    table = so->table;
                    int cmp = rt_eq(startkey, key);
                    if (cmp > 0) return 0;
                    if (cmp < 0) return -1;
                    if (table != so->table || entry->key != startkey) goto restart;
                    mask = so->mask;
                }
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if (so->fill * 5 < mask * 3) return 0;
    table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    return 0;
}

static int contains_entry(SetObj *so, Value key, intptr_t hash) {
    SetEntry *e = lookkey(so, key, hash);
    if (!e) return -1;
    return e->key != NIL;
}

enum { DISCARD_NOTFOUND = 0, DISCARD_FOUND = 1 };

static int discard_entry(SetObj *so, Value key, intptr_t hash) {
    SetEntry *e = lookkey(so, key, hash);
    if (!e) return -1;
    if (e->key == NIL) return DISCARD_NOTFOUND;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    return DISCARD_FOUND;
}

static int add_key(SetObj *so, Value key) {
    intptr_t h = hash_of(key);
    if (h == -1) return -1;
    return add_entry(so, key, h);
}

static int contains_key(SetObj *so, Value key) {
    intptr_t h = hash_of(key);
    if (h == -1) return -1;
    return contains_entry(so, key, h);
}

static int discard_key(SetObj *so, Value key) {
    intptr_t h = hash_of(key);
    if (h == -1) return -1;
    return discard_entry(so, key, h);
}

static void clear_internal(SetObj *so) {
    so->table = NULL;
    so->mask = so->fill = so->used = 0;
    so->hash = -1;
}

/* Next active entry at or after *pos. */
static bool next_entry(SetObj *so, size_t *pos, SetEntry **out) {
    if (!so->table) return false;
    size_t i = *pos, mask = so->mask;
    while (i <= mask && (so->table[i].key == NIL || so->table[i].key == DUMMY)) i++;
    *pos = i + 1;
    if (i > mask) return false;
    *out = &so->table[i];
    return true;
}

/* ---- construction -------------------------------------------------------- */

bool set_check(Value v) {
    Type *t = TYPE(v);
    return t == &type_set || t == &type_frozenset || type_is_subtype(t, &type_set) ||
           type_is_subtype(t, &type_frozenset);
}

bool frozenset_check(Value v) {
    Type *t = TYPE(v);
    return t == &type_frozenset || type_is_subtype(t, &type_frozenset);
}

static SetObj *alloc_set(Type *t) {
    SetObj *so;
    if (t == &type_set || t == &type_frozenset) so = gc_obj(sizeof(SetObj), t);
    else so = (SetObj *)obj_alloc(t);
    if (!so) { rt_raise_nomem(); return NULL; }
    so->hash = -1;
    return so;
}

static int update_internal(SetObj *so, Value other);

static Value make_new_set(Type *t, Value iterable) {
    SetObj *so = alloc_set(t);
    if (!so) return NIL;
    if (iterable && update_internal(so, iterable) < 0) return NIL;
    return OBJ_VAL(so);
}

static Value make_new_set_basetype(Type *t, Value iterable) {
    if (t != &type_set && t != &type_frozenset)
        t = type_is_subtype(t, &type_set) ? &type_set : &type_frozenset;
    return make_new_set(t, iterable);
}

Value set_new(void) { return make_new_set(&type_set, NIL); }
Value set_from_iter(Value iterable_or_nil) { return make_new_set(&type_set, iterable_or_nil); }

Value frozenset_new(Value iterable) {
    if (iterable && TYPE(iterable) == &type_frozenset) return iterable;
    return make_new_set(&type_frozenset, iterable);
}

static int merge(SetObj *so, SetObj *other) {
    if (other == so || other->used == 0) return 0;
    ensure(so);
    if ((so->fill + other->used) * 5 >= so->mask * 3) table_resize(so, (so->used + other->used) * 2);
    SetEntry *dst = so->table, *src = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (size_t i = 0; i <= other->mask; i++)
            if (src[i].key != NIL) dst[i] = src[i];
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        so->fill = so->used = other->used;
        for (size_t i = 0; i <= other->mask; i++)
            if (src[i].key != NIL && src[i].key != DUMMY) insert_clean(dst, so->mask, src[i].key, src[i].hash);
        return 0;
    }
    for (size_t i = 0; i <= other->mask; i++) {
        SetEntry e = other->table[i];
        if (e.key != NIL && e.key != DUMMY && add_entry(so, e.key, e.hash) < 0) return -1;
    }
    return 0;
}

static int update_internal(SetObj *so, Value other) {
    if (set_check(other)) return merge(so, SO(other));
    if (TYPE(other) == &type_dict) {
        size_t n = dict_len(other);
        ensure(so);
        if ((so->fill + n) * 5 >= so->mask * 3) table_resize(so, (so->used + n) * 2);
        DictObj *d = (DictObj *)other;
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (e.key && add_entry(so, e.key, e.hash) < 0) return -1;
        }
        return 0;
    }
    Value it = rt_iter(other);
    if (!it) return -1;
    for (;;) {
        Value k = rt_next(it);
        if (!k) return rt_exc_occurred() ? -1 : 0;
        if (add_key(so, k) < 0) return -1;
    }
}

int set_add(Value s, Value item) { SO(s)->hash = -1; return add_key(SO(s), item); }
int set_update(Value s, Value iterable) { return update_internal(SO(s), iterable); }
size_t set_len(Value s) { return SO(s)->used; }

bool set_next(Value s, size_t *pos, Value *item) {
    SetEntry *e;
    if (!next_entry(SO(s), pos, &e)) return false;
    *item = e->key;
    return true;
}

/* `x in s`, where an unhashable set x is looked up as a frozenset. */
int set_contains(Value s, Value key) {
    int rv = contains_key(SO(s), key);
    if (rv < 0 && set_check(key) && !frozenset_check(key) && rt_exc_matches(&exc_TypeError)) {
        rt_exc_clear();
        Value tmp = make_new_set(&type_frozenset, key);
        if (!tmp) return -1;
        rv = contains_key(SO(s), tmp);
    }
    return rv;
}

int set_discard(Value s, Value key) {
    int rv = discard_key(SO(s), key);
    if (rv < 0 && set_check(key) && !frozenset_check(key) && rt_exc_matches(&exc_TypeError)) {
        rt_exc_clear();
        Value tmp = make_new_set(&type_frozenset, key);
        if (!tmp) return -1;
        rv = discard_key(SO(s), tmp);
    }
    return rv;
}

/* ---- algebra (CPython's algorithms, for identical table layouts) --------- */

static Value set_copy_v(Value so) { return make_new_set_basetype(TYPE(so), so); }

static void swap_bodies(SetObj *a, SetObj *b) {
    SetObj t = *a;
    a->fill = b->fill; a->used = b->used; a->mask = b->mask; a->table = b->table;
    b->fill = t.fill; b->used = t.used; b->mask = t.mask; b->table = t.table;
    if (frozenset_check(OBJ_VAL(a)) && frozenset_check(OBJ_VAL(b))) {
        intptr_t h = a->hash; a->hash = b->hash; b->hash = h;
    } else {
        a->hash = b->hash = -1;
    }
}

static Value intersection(Value sov, Value other) {
    if (sov == other) return set_copy_v(sov);
    Value result = make_new_set_basetype(TYPE(sov), NIL);
    if (!result) return NIL;
    SetObj *so = SO(sov);
    if (set_check(other)) {
        SetObj *o = SO(other);
        if (o->used > so->used) { SetObj *t = so; so = o; o = t; }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(o, &pos, &e)) {
            Value key = e->key;
            intptr_t hash = e->hash;
            int rv = contains_entry(so, key, hash);
            if (rv < 0) return NIL;
            if (rv && add_entry(SO(result), key, hash) < 0) return NIL;
        }
        return result;
    }
    Value it = rt_iter(other);
    if (!it) return NIL;
    for (;;) {
        Value key = rt_next(it);
        if (!key) return rt_exc_occurred() ? NIL : result;
        intptr_t hash = hash_of(key);
        if (hash == -1) return NIL;
        int rv = contains_entry(so, key, hash);
        if (rv < 0) return NIL;
        if (rv) {
            if (add_entry(SO(result), key, hash) < 0) return NIL;
            if (SO(result)->used >= so->used) return result;
        }
    }
}

static int difference_update_internal(Value sov, Value other) {
    SetObj *so = SO(sov);
    if (sov == other) { clear_internal(so); return 0; }
    if (set_check(other)) {
        if ((SO(other)->used >> 3) > so->used) {
            other = intersection(sov, other);
            if (!other) return -1;
        }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(SO(other), &pos, &e))
            if (discard_entry(so, e->key, e->hash) < 0) return -1;
    } else {
        Value it = rt_iter(other);
        if (!it) return -1;
        for (;;) {
            Value key = rt_next(it);
            if (!key) { if (rt_exc_occurred()) return -1; break; }
            if (discard_key(so, key) < 0) return -1;
        }
    }
    if (so->fill - so->used <= so->mask / 4) return 0;
    table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
    return 0;
}

static Value copy_and_difference(Value so, Value other) {
    Value r = set_copy_v(so);
    if (!r || difference_update_internal(r, other) < 0) return NIL;
    return r;
}

static Value difference(Value sov, Value other) {
    size_t other_size;
    if (set_check(other)) other_size = SO(other)->used;
    else if (TYPE(other) == &type_dict) other_size = dict_len(other);
    else return copy_and_difference(sov, other);
    SetObj *so = SO(sov);
    if ((so->used >> 2) > other_size) return copy_and_difference(sov, other);
    Value result = make_new_set_basetype(TYPE(sov), NIL);
    if (!result) return NIL;
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e)) {
        Value key = e->key;
        intptr_t hash = e->hash;
        int rv;
        if (TYPE(other) == &type_dict) { Value v; rv = dict_find(other, key, &v); }
        else rv = contains_entry(SO(other), key, hash);
        if (rv < 0) return NIL;
        if (!rv && add_entry(SO(result), key, hash) < 0) return NIL;
    }
    return result;
}

static int symmetric_difference_update(Value sov, Value other) {
    SetObj *so = SO(sov);
    if (sov == other) { clear_internal(so); return 0; }
    so->hash = -1;
    if (TYPE(other) == &type_dict) {
        DictObj *d = (DictObj *)other;
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (!e.key) continue;
            int rv = discard_entry(so, e.key, e.hash);
            if (rv < 0) return -1;
            if (rv == DISCARD_NOTFOUND && add_entry(so, e.key, e.hash) < 0) return -1;
        }
        return 0;
    }
    Value os = other;
    if (!set_check(other)) {
        os = make_new_set_basetype(TYPE(sov), other);
        if (!os) return -1;
    }
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(SO(os), &pos, &e)) {
        Value key = e->key;
        intptr_t hash = e->hash;
        int rv = discard_entry(so, key, hash);
        if (rv < 0) return -1;
        if (rv == DISCARD_NOTFOUND && add_entry(so, key, hash) < 0) return -1;
    }
    return 0;
}

static Value symmetric_difference(Value so, Value other) {
    Value os = make_new_set_basetype(TYPE(so), other);
    if (!os || symmetric_difference_update(os, so) < 0) return NIL;
    return os;
}

static Value issubset(Value sov, Value other) {
    if (!set_check(other)) {
        Value tmp = intersection(sov, other);
        if (!tmp) return NIL;
        return BOOL(SO(tmp)->used == SO(sov)->used);
    }
    if (SO(sov)->used > SO(other)->used) return FALSE_V;
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(SO(sov), &pos, &e)) {
        int rv = contains_entry(SO(other), e->key, e->hash);
        if (rv < 0) return NIL;
        if (!rv) return FALSE_V;
    }
    return TRUE_V;
}

static Value issuperset(Value so, Value other) {
    if (set_check(other)) return issubset(other, so);
    Value it = rt_iter(other);
    if (!it) return NIL;
    for (;;) {
        Value key = rt_next(it);
        if (!key) return rt_exc_occurred() ? NIL : TRUE_V;
        int rv = contains_key(SO(so), key);
        if (rv < 0) return NIL;
        if (!rv) return FALSE_V;
    }
}

static Value isdisjoint(Value sov, Value other) {
    if (sov == other) return BOOL(SO(sov)->used == 0);
    if (TYPE(other) == &type_set || TYPE(other) == &type_frozenset) {
        SetObj *so = SO(sov), *o = SO(other);
        if (o->used > so->used) { SetObj *t = so; so = o; o = t; }
        size_t pos = 0;
        SetEntry *e;
        while (next_entry(o, &pos, &e)) {
            int rv = contains_entry(so, e->key, e->hash);
            if (rv < 0) return NIL;
            if (rv) return FALSE_V;
        }
        return TRUE_V;
    }
    Value it = rt_iter(other);
    if (!it) return NIL;
    for (;;) {
        Value key = rt_next(it);
        if (!key) return rt_exc_occurred() ? NIL : TRUE_V;
        int rv = contains_key(SO(sov), key);
        if (rv < 0) return NIL;
        if (rv) return FALSE_V;
    }
}

/* ---- slots --------------------------------------------------------------- */

static Value set_repr(Value self) {
    SetObj *so = SO(self);
    bool exact = TYPE(self) == &type_set;
    const char *tn = TYPE(self)->name;
    if (rt_repr_enter(self)) return str_printf("%s(...)", tn);
    if (!so->used) { rt_repr_leave(self); return str_printf("%s()", tn); }
    Value keys = list_new(0);
    size_t pos = 0;
    SetEntry *e;
    while (next_entry(so, &pos, &e)) list_append(keys, e->key);
    Value r = rt_repr(keys);
    rt_repr_leave(self);
    if (!r) return NIL;
    const char *s = str_cstr(r);
    size_t n = str_len(r);
    if (exact) return str_printf("{%.*s}", (int)(n - 2), s + 1);
    return str_printf("%s({%.*s})", tn, (int)(n - 2), s + 1);
}

static intptr_t set_len_slot(Value self) { return (intptr_t)SO(self)->used; }

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL; }

static intptr_t frozenset_hash(Value self) {
    SetObj *so = SO(self);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    size_t pos = 0;
    SetEntry *e;
    /* CPython xors every slot and cancels the unused and dummy ones: only the
     * active entries count. */
    while (next_entry(so, &pos, &e)) hash ^= shuffle_bits((uint64_t)e->hash);
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) hash = 590923713UL;
    so->hash = (intptr_t)hash;
    return so->hash;
}

static Value richcompare(Value v, Value w, int op) {
    if (!set_check(w)) return NOTIMPL;
    SetObj *a = SO(v), *b = SO(w);
    switch (op) {
    case CMP_EQ:
        if (a->used != b->used) return FALSE_V;
        if (frozenset_check(v) && frozenset_check(w) && a->hash != -1 && b->hash != -1 && a->hash != b->hash)
            return FALSE_V;
        return issubset(v, w);
    case CMP_NE: {
        Value r = richcompare(v, w, CMP_EQ);
        if (!r) return NIL;
        return BOOL(r == FALSE_V);
    }
    case CMP_LE: return issubset(v, w);
    case CMP_GE: return issuperset(v, w);
    case CMP_LT: if (a->used >= b->used) return FALSE_V; return issubset(v, w);
    case CMP_GT: if (a->used <= b->used) return FALSE_V; return issuperset(v, w);
    }
    return NOTIMPL;
}
static Value set_eq(Value a, Value b) { return richcompare(a, b, CMP_EQ); }
static Value set_ne(Value a, Value b) { return richcompare(a, b, CMP_NE); }
static Value set_lt(Value a, Value b) { return richcompare(a, b, CMP_LT); }
static Value set_le(Value a, Value b) { return richcompare(a, b, CMP_LE); }
static Value set_gt(Value a, Value b) { return richcompare(a, b, CMP_GT); }
static Value set_ge(Value a, Value b) { return richcompare(a, b, CMP_GE); }

static Value set_or(Value a, Value b) {
    if (!set_check(a) || !set_check(b)) return NOTIMPL;
    Value r = set_copy_v(a);
    if (!r) return NIL;
    if (a == b) return r;
    return update_internal(SO(r), b) < 0 ? NIL : r;
}
static Value set_and(Value a, Value b) {
    if (!set_check(a) || !set_check(b)) return NOTIMPL;
    return intersection(a, b);
}
static Value set_sub(Value a, Value b) {
    if (!set_check(a) || !set_check(b)) return NOTIMPL;
    return difference(a, b);
}
static Value set_xor(Value a, Value b) {
    if (!set_check(a) || !set_check(b)) return NOTIMPL;
    return symmetric_difference(a, b);
}
static Value set_ror(Value self, Value other) { return set_or(other, self); }
static Value set_rand(Value self, Value other) { return set_and(other, self); }
static Value set_rsub(Value self, Value other) { return set_sub(other, self); }
static Value set_rxor(Value self, Value other) { return set_xor(other, self); }

static Value set_ior(Value self, Value other) {
    if (!set_check(other)) return NOTIMPL;
    return update_internal(SO(self), other) < 0 ? NIL : self;
}
static Value set_iand(Value self, Value other) {
    if (!set_check(other)) return NOTIMPL;
    Value tmp = intersection(self, other);
    if (!tmp) return NIL;
    swap_bodies(SO(self), SO(tmp));
    return self;
}
static Value set_isub(Value self, Value other) {
    if (!set_check(other)) return NOTIMPL;
    return difference_update_internal(self, other) < 0 ? NIL : self;
}
static Value set_ixor(Value self, Value other) {
    if (!set_check(other)) return NOTIMPL;
    return symmetric_difference_update(self, other) < 0 ? NIL : self;
}

static int set_contains_slot(Value self, Value key) { return set_contains(self, key); }

/* ---- iterator ------------------------------------------------------------ */

typedef struct SetIterObj { Obj ob; Value set; size_t used, pos, len; } SetIterObj;

static Value set_iter(Value self) {
    SetIterObj *it = gc_obj(sizeof(SetIterObj), &type_set_iterator);
    it->set = self;
    it->used = it->len = SO(self)->used;
    return OBJ_VAL(it);
}

static Value self_iter(Value self) { return self; }

static Value setiter_next(Value self) {
    SetIterObj *it = (SetIterObj *)self;
    if (!it->set) return NIL;
    SetObj *so = SO(it->set);
    if (it->used != so->used) {
        it->used = (size_t)-1;
        return rt_raise(&exc_RuntimeError, "Set changed size during iteration");
    }
    SetEntry *e;
    if (!next_entry(so, &it->pos, &e)) { it->set = NIL; return NIL; }
    it->len--;
    return e->key;
}

static Value setiter_length_hint(Value *args, int nargs, Value kwnames) {
    SetIterObj *it = (SetIterObj *)args[0];
    return MK_SMALL(it->set && it->used == SO(it->set)->used ? (intptr_t)it->len : 0);
}

static const MethodDef setiter_methods[] = {
    {"__length_hint__", setiter_length_hint, METH_DEFAULT, NULL},
    {NULL, NULL, 0, NULL},
};

Type type_set_iterator = {
    .ob = {&type_type}, .name = "set_iterator", .base = &type_object,
    .size = sizeof(SetIterObj), .methods = setiter_methods,
    .iter = self_iter, .next = setiter_next,
};

/* ---- constructors -------------------------------------------------------- */

static Value set_new_slot(Value cls, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)cls;
    if (t == &type_set && kwnames && TUPLE_LEN(kwnames))
        return rt_raise(&exc_TypeError, "set() takes no keyword arguments");
    return make_new_set(t, NIL);
}

static Value set_init(Value self, Value *args, int nargs, Value kwnames) {
    if (kwnames && TUPLE_LEN(kwnames)) return rt_raise(&exc_TypeError, "set() takes no keyword arguments");
    if (nargs > 1) return rt_raise(&exc_TypeError, "set expected at most 1 argument, got %d", nargs);
    clear_internal(SO(self));
    if (nargs == 1 && update_internal(SO(self), args[0]) < 0) return NIL;
    return NONE;
}

static Value frozenset_new_slot(Value cls, Value *args, int nargs, Value kwnames) {
    Type *t = (Type *)cls;
    if (t == &type_frozenset && kwnames && TUPLE_LEN(kwnames))
        return rt_raise(&exc_TypeError, "frozenset() takes no keyword arguments");
    int npos = nargs;
    if (npos > 1) return rt_raise(&exc_TypeError, "%s expected at most 1 argument, got %d", t->name, npos);
    Value it = npos ? args[0] : NIL;
    if (t != &type_frozenset) return make_new_set(t, it);
    if (it && TYPE(it) == &type_frozenset) return it;
    return make_new_set(t, it);
}

/* ---- methods ------------------------------------------------------------- */

static const char *tname(Value self) { return frozenset_check(self) ? "frozenset" : "set"; }

static bool check_one(Value *args, int nargs, Value kwnames, const char *name) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "%s.%s() takes no keyword arguments", tname(args[0]), name);
        return false;
    }
    if (nargs != 2) {
        rt_raise(&exc_TypeError, "%s.%s() takes exactly one argument (%d given)", tname(args[0]), name, nargs - 1);
        return false;
    }
    return true;
}

static bool check_none(Value *args, int nargs, Value kwnames, const char *name) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "%s.%s() takes no keyword arguments", tname(args[0]), name);
        return false;
    }
    if (nargs != 1) {
        rt_raise(&exc_TypeError, "%s.%s() takes no arguments (%d given)", tname(args[0]), name, nargs - 1);
        return false;
    }
    return true;
}

static bool check_var(Value *args, Value kwnames, const char *name) {
    if (kwnames && TUPLE_LEN(kwnames)) {
        rt_raise(&exc_TypeError, "%s.%s() takes no keyword arguments", tname(args[0]), name);
        return false;
    }
    return true;
}

static Value m_add(Value *args, int nargs, Value kwnames) {
    if (!check_one(args, nargs, kwnames, "add")) return NIL;
    return set_add(args[0], args[1]) < 0 ? NIL : NONE;
}

static Value m_discard(Value *args, int nargs, Value kwnames) {
    if (!check_one(args, nargs, kwnames, "discard")) return NIL;
    return set_discard(args[0], args[1]) < 0 ? NIL : NONE;
}

static Value m_remove(Value *args, int nargs, Value kwnames) {
    if (!check_one(args, nargs, kwnames, "remove")) return NIL;
    int rv = set_discard(args[0], args[1]);
    if (rv < 0) return NIL;
    if (rv == DISCARD_NOTFOUND) {
        Value t = tuple_pack(1, args[1]);
        return t ? rt_raise_args(&exc_KeyError, t) : NIL;
    }
    return NONE;
}

static Value m_pop(Value *args, int nargs, Value kwnames) {
    if (!check_none(args, nargs, kwnames, "pop")) return NIL;
    SetObj *so = SO(args[0]);
    if (so->used == 0) return rt_raise(&exc_KeyError, "pop from an empty set");
    SetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (entry->key == NIL || entry->key == DUMMY) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    Value key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = (size_t)(entry - so->table) + 1;
    return key;
}

static Value m_clear(Value *args, int nargs, Value kwnames) {
    if (!check_none(args, nargs, kwnames, "clear")) return NIL;
    clear_internal(SO(args[0]));
    return NONE;
}

static Value m_copy(Value *args, int nargs, Value kwnames) {
    if (!check_none(args, nargs, kwnames, "copy")) return NIL;
    if (TYPE(args[0]) == &type_frozenset) return args[0];
    return set_copy_v(args[0]);
}

static Value m_update(Value *args, int nargs, Value kwnames) {
    if (!check_var(args, kwnames, "update")) return NIL;
    for (int i = 1; i < nargs; i++)
        if (update_internal(SO(args[0]), args[i]) < 0) return NIL;
    return NONE;
}

static Value m_union(Value *args, int nargs, Value kwnames) {
    if (!check_var(args, kwnames, "union")) return NIL;
    Value r = set_copy_v(args[0]);
    if (!r) return NIL;
    for (int i = 1; i < nargs; i++) {
        if (args[i] == args[0]) continue;
        if (update_internal(SO(r), args[i]) < 0) return NIL;
    }
    return r;
}

static Value intersection_multi(Value *args, int nargs) {
    if (nargs == 1) return set_copy_v(args[0]);
    Value r = args[0];
    for (int i = 1; i < nargs; i++)
        if (!(r = intersection(r, args[i]))) return NIL;
    return r;
}

static Value m_intersection(Value *args, int nargs, Value kwnames) {
    if (!check_var(args, kwnames, "intersection")) return NIL;
    return intersection_multi(args, nargs);
}

static Value m_intersection_update(Value *args, int nargs, Value kwnames) {
    if (!check_var(args, kwnames, "intersection_update")) return NIL;
    Value tmp = intersection_multi(args, nargs);
    if (!tmp) return NIL;
    swap_bodies(SO(args[0]), SO(tmp));
    return NONE;
}

static Value m_difference(Value *args, int nargs, Value kwnames) {
    if (!check_var(args, kwnames, "difference")) return NIL;
    if (nargs == 1) return set_copy_v(args[0]);
    Value r = difference(args[0], args[1]);
    if (!r) return NIL;
    for (int i = 2; i < nargs; i++)
        if (difference_update_internal(r, args[i]) < 0) return NIL;
    return r;
}

static Value m_difference_update(Value *args, int nargs, Value kwnames) {
    if (!check_var(args, kwnames, "difference_update")) return NIL;
    for (int i = 1; i < nargs; i++)
        if (difference_update_internal(args[0], args[i]) < 0) return NIL;
    return NONE;
}

static Value m_symmetric_difference(Value *args, int nargs, Value kwnames) {
    if (!check_one(args, nargs, kwnames, "symmetric_difference")) return NIL;
    return symmetric_difference(args[0], args[1]);
}

static Value m_symmetric_difference_update(Value *args, int nargs, Value kwnames) {
    if (!check_one(args, nargs, kwnames, "symmetric_difference_update")) return NIL;
    return symmetric_difference_update(args[0], args[1]) < 0 ? NIL : NONE;
}

static Value m_issubset(Value *args, int nargs, Value kwnames) {
    if (!check_one(args, nargs, kwnames, "issubset")) return NIL;
    return issubset(args[0], args[1]);
}

static Value m_issuperset(Value *args, int nargs, Value kwnames) {
    if (!check_one(args, nargs, kwnames, "issuperset")) return NIL;
    return issuperset(args[0], args[1]);
}

static Value m_isdisjoint(Value *args, int nargs, Value kwnames) {
    if (!check_one(args, nargs, kwnames, "isdisjoint")) return NIL;
    return isdisjoint(args[0], args[1]);
}

static const MethodDef set_methods[] = {
    {"add", m_add, METH_DEFAULT, NULL},
    {"discard", m_discard, METH_DEFAULT, NULL},
    {"remove", m_remove, METH_DEFAULT, NULL},
    {"pop", m_pop, METH_DEFAULT, NULL},
    {"clear", m_clear, METH_DEFAULT, NULL},
    {"copy", m_copy, METH_DEFAULT, NULL},
    {"update", m_update, METH_DEFAULT, NULL},
    {"union", m_union, METH_DEFAULT, NULL},
    {"intersection", m_intersection, METH_DEFAULT, NULL},
    {"intersection_update", m_intersection_update, METH_DEFAULT, NULL},
    {"difference", m_difference, METH_DEFAULT, NULL},
    {"difference_update", m_difference_update, METH_DEFAULT, NULL},
    {"symmetric_difference", m_symmetric_difference, METH_DEFAULT, NULL},
    {"symmetric_difference_update", m_symmetric_difference_update, METH_DEFAULT, NULL},
    {"issubset", m_issubset, METH_DEFAULT, NULL},
    {"issuperset", m_issuperset, METH_DEFAULT, NULL},
    {"isdisjoint", m_isdisjoint, METH_DEFAULT, NULL},
    {"__class_getitem__", cont_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static const MethodDef frozenset_methods[] = {
    {"copy", m_copy, METH_DEFAULT, NULL},
    {"union", m_union, METH_DEFAULT, NULL},
    {"intersection", m_intersection, METH_DEFAULT, NULL},
    {"difference", m_difference, METH_DEFAULT, NULL},
    {"symmetric_difference", m_symmetric_difference, METH_DEFAULT, NULL},
    {"issubset", m_issubset, METH_DEFAULT, NULL},
    {"issuperset", m_issuperset, METH_DEFAULT, NULL},
    {"isdisjoint", m_isdisjoint, METH_DEFAULT, NULL},
    {"__class_getitem__", cont_class_getitem, METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

#define SET_COMMON_SLOTS \
    .repr = set_repr, .len = set_len_slot, .contains = set_contains_slot, .iter = set_iter, \
    .eq = set_eq, .ne = set_ne, .lt = set_lt, .le = set_le, .gt = set_gt, .ge = set_ge, \
    .or_ = set_or, .ror_ = set_ror, .and_ = set_and, .rand_ = set_rand, \
    .sub = set_sub, .rsub = set_rsub, .xor_ = set_xor, .rxor = set_rxor

Type type_set = {
    .ob = {&type_type}, .name = "set", .base = &type_object,
    .size = sizeof(SetObj), .flags = TF_BASETYPE, .methods = set_methods,
    SET_COMMON_SLOTS, .hash = rt_hash_unhashable,
    .ior = set_ior, .iand = set_iand, .isub = set_isub, .ixor = set_ixor,
    .new_ = set_new_slot, .init = set_init,
};

Type type_frozenset = {
    .ob = {&type_type}, .name = "frozenset", .base = &type_object,
    .size = sizeof(SetObj), .flags = TF_BASETYPE, .methods = frozenset_methods,
    SET_COMMON_SLOTS, .hash = frozenset_hash,
    .new_ = frozenset_new_slot,
};
